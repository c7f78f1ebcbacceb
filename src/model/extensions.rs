//! `x_`-prefixed additions to a record, kept losslessly.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::Error;

/// The JSON Schema pattern of an extension's key: exactly the keys [`Extensions`] accepts.
pub const EXTENSION_KEY_PATTERN: &str = "^x_[a-z0-9_]{1,63}$(?!\\n)";

/// Whether `key` has the form of an extension's key: `x_` then 1 to 63 lower-case letters,
/// digits and `_`.
fn is_extension_key(key: &str) -> bool {
    let Some(rest) = key.strip_prefix("x_") else {
        return false;
    };
    (1..=63).contains(&rest.len())
        && rest
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
}

/// Additions to a record that its schema does not define, under keys that start with `x_`
/// (`x_national_case_count`), with any JSON value: the one place a record carries data of its
/// own, since records reject every unknown member.
///
/// Keys are `x_` followed by 1 to 63 lower-case letters, digits and `_`. A document whose
/// extensions (or any object inside them) have the same key twice is rejected rather than
/// read with one of the values silently dropped; JSON Schema cannot see duplicate keys, so
/// only the Rust reader catches this. Extensions are kept in key order and written back as
/// they were read.
///
/// **No personal data.** Extensions must not carry personal data either: no names of
/// persons, dates of birth, identity or document numbers, or anything else that identifies a
/// suspect, a victim or an officer. The crate cannot check the values; the records'
/// publishers are responsible for what they put here.
///
/// ```
/// use eu_clasi::{json, Extensions};
///
/// let ext: Extensions = json::from_str(r#"{"x_vessels_boarded": 3, "x_programme": "pilot"}"#)?;
/// assert_eq!(ext.get("x_vessels_boarded"), Some(&serde_json::json!(3)));
/// assert!(json::from_str::<Extensions>(r#"{"vessels": 3}"#).is_err());
/// assert!(json::from_str::<Extensions>(r#"{"x_a": 1, "x_a": 2}"#).is_err());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Extensions(BTreeMap<String, Value>);

impl Extensions {
    /// No extension.
    pub const fn new() -> Self {
        Extensions(BTreeMap::new())
    }

    /// Whether there is no extension.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many extensions there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The value of the extension `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// Sets the extension `key` to `value`, returning the value it replaces.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `key` is not `x_` followed by 1 to 63 lower-case letters,
    /// digits and `_`.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) -> Result<Option<Value>, Error> {
        let key = key.into();
        check_key(&key)?;
        Ok(self.0.insert(key, value))
    }

    /// Removes the extension `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// Every extension, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

fn check_key(key: &str) -> Result<(), Error> {
    if is_extension_key(key) {
        Ok(())
    } else {
        Err(Error::InvalidValue {
            what: "extension key",
            input: key.to_owned(),
            reason: "expected x_ followed by 1 to 63 lower-case letters, digits and _, like x_vessels_boarded".into(),
        })
    }
}

impl crate::Validate for Extensions {
    /// Extensions have no problem beyond parsing: their keys are checked when read.
    fn validate_at(&self, _: &crate::Location<'_>, _: &mut Vec<crate::Problem>) {}
}

impl<'de> serde::Deserialize<'de> for Extensions {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Extensions;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "an object whose keys are x_ followed by lower-case letters, digits and _",
                )
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extensions, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    check_key(&key).map_err(de::Error::custom)?;
                    if out.contains_key(&key) {
                        return Err(de::Error::custom(format!(
                            "duplicate key `{key}`: the extension is given twice"
                        )));
                    }
                    let value = map.next_value_seed(StrictValue)?;
                    out.insert(key, value);
                }
                Ok(Extensions(out))
            }
        }
        deserializer.deserialize_map(V)
    }
}

crate::readers::from_json!(Extensions);

/// The fast path's extensions: keys checked as serde's reader checks them, each once, and
/// values that are `true`, `false`, `null`, plain digits or strings without escapes; nested
/// values and other numbers are left to serde.
impl crate::readers::FastRead for Extensions {
    fn fast_read(c: &mut crate::readers::Cursor<'_>) -> Option<Self> {
        let mut out = BTreeMap::new();
        let mut members = c.object()?;
        while let Some(key) = c.key(&mut members)? {
            if !is_extension_key(key) || out.contains_key(key) {
                return None;
            }
            let value = match c.next_byte()? {
                b't' | b'f' => Value::Bool(c.bool()?),
                b'n' => c.null().map(|()| Value::Null)?,
                b'"' => Value::String(c.str()?.to_owned()),
                b'0'..=b'9' => Value::from(c.digits()?),
                _ => return None,
            };
            out.insert(key.to_owned(), value);
        }
        Some(Extensions(out))
    }
}

/// Reads a JSON object of free values, refusing a key given twice at any depth, as
/// [`Extensions`] are read (for `#[serde(deserialize_with)]` on maps of free values, such as
/// the vocabulary catalogue's facts): serde_json's own `Value` keeps the last of two equal keys
/// silently, where the crate's contract says a key given twice is an error.
pub(crate) fn strict_object<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<serde_json::Map<String, Value>, D::Error> {
    struct Object;
    impl<'de> Visitor<'de> for Object {
        type Value = serde_json::Map<String, Value>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            match StrictValue.visit_map(map)? {
                Value::Object(object) => Ok(object),
                _ => Err(de::Error::custom("expected an object")),
            }
        }
    }
    deserializer.deserialize_map(Object)
}

/// Reads any JSON value, rejecting an object that has the same key twice (serde_json's own
/// `Value` keeps the last one silently).
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("a number that is not finite"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictValue)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrictValue)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "duplicate key `{key}`: the key is given twice"
                )));
            }
            let value = map.next_value_seed(StrictValue)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Extensions {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Extensions".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::Extensions").into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Additions the schema does not define, under keys x_ followed by 1 to 63 lower-case letters, digits and _, with any JSON value. No key may appear twice. Extensions must not carry personal data.",
            "type": "object",
            "propertyNames": { "pattern": EXTENSION_KEY_PATTERN },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn rejects_duplicate_keys_at_every_depth() {
        let err = json::from_str::<Extensions>(r#"{"x_a":1,"x_a":2}"#).unwrap_err();
        assert!(err.to_string().contains("given twice"), "{err}");
        assert!(
            err.to_string()
                .starts_with("/x_a: the key \"x_a\" is given twice"),
            "{err}"
        );
        assert!(json::from_str::<Extensions>(r#"{"x_a":{"b":1,"b":2}}"#).is_err());
        assert!(json::from_str::<Extensions>(r#"{"x_a":[{"b":1},{"c":1,"c":1}]}"#).is_err());
        // serde_json's own map would have kept the last value.
        let lax: serde_json::Map<String, Value> =
            serde_json::from_str(r#"{"x_a":1,"x_a":2}"#).unwrap();
        assert_eq!(lax["x_a"], 2);
    }

    proptest::proptest! {
        /// Rust and the `propertyNames` pattern accept the same keys.
        #[test]
        fn key_check_agrees_with_the_pattern(s in crate::model::testing::near("x_[a-z0-9_]{0,64}")) {
            let matches = crate::model::testing::pattern_matcher(EXTENSION_KEY_PATTERN);
            proptest::prop_assert_eq!(is_extension_key(&s), matches(&s), "{}", s);
        }
    }

    #[test]
    fn keeps_any_value_losslessly() {
        let text = r#"{"x_a":{"b":[1,-2,2.5,"s",true,null,{}]},"x_b_2":18446744073709551615}"#;
        let ext: Extensions = json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&ext).unwrap(), text);
        assert_eq!(ext.len(), 2);
    }

    #[test]
    fn keys_must_have_the_extension_form() {
        let long = format!("x_{}", "a".repeat(63));
        let too_long = format!("x_{}", "a".repeat(64));
        assert!(is_extension_key(&long));
        for bad in [
            "",
            "x_",
            "x",
            "a_b",
            "X_a",
            "x_A",
            "x-a",
            "x_a-b",
            "x_é",
            "_x_a",
            too_long.as_str(),
        ] {
            assert!(!is_extension_key(bad), "{bad:?}");
            assert!(
                json::from_str::<Extensions>(&format!("{{{bad:?}:1}}")).is_err(),
                "{bad:?}"
            );
        }
        let mut ext = Extensions::new();
        assert!(ext.insert("x_ok", Value::Null).unwrap().is_none());
        assert!(ext.insert("bad", Value::Null).is_err());
        assert_eq!(ext.remove("x_ok"), Some(Value::Null));
        assert!(ext.is_empty());
    }
}
