//! The JSON shapes the crate's structs accept: objects only.
//!
//! serde's derived `Deserialize` for a struct also reads a sequence of its fields in order:
//! from JSON, `"period": ["2025-01", "2025-06"]` would be a `Period`. The crate's JSON Schemas
//! say `"type": "object"` for every one of these types, so the Rust side must refuse the array
//! too.
//!
//! One mechanism does it for every struct: the struct is declared through [`object_shaped!`],
//! which keeps serde's derived `Deserialize` body on a private shadow of the struct
//! (`#[serde(remote = ...)]`) and implements the `Deserialize` trait by running that body on
//! [`ObjectOnly`], a deserializer adapter that passes the struct's request on with a visitor
//! that refuses a sequence. The adapter wraps one level only: each field's own `Deserialize`
//! applies its own rule, so nothing is checked twice and the read path stays as fast as the
//! derive. (The internally tagged enums, `Indicator` and `Evidence`, have readers of their own,
//! which read an object only.)

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// A deserializer that reads a struct, and any value, from anything but a sequence.
///
/// The second member is the name of the struct it reads, which its errors give
/// (`expected struct Period`): the body it runs is the derive of the struct's private shadow,
/// whose own name is not the struct's.
pub(crate) struct ObjectOnly<D>(pub(crate) D, pub(crate) &'static str);

/// A visitor that refuses a sequence and passes everything else to the visitor it wraps; with
/// a struct's name, it expects that struct.
struct NoSequence<V>(V, Option<&'static str>);

macro_rules! forward {
    ($($method:ident),* $(,)?) => {
        $(
            #[inline]
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    #[inline]
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(NoSequence(visitor, None))
    }

    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(self.1, fields, NoSequence(visitor, Some(self.1)))
    }

    forward!(
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    #[inline]
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, visitor)
    }

    #[inline]
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, visitor)
    }

    #[inline]
    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, visitor)
    }

    #[inline]
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, visitor)
    }

    #[inline]
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! visit {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            #[inline]
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.0.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for NoSequence<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(name) => write!(f, "struct {name}"),
            None => self.0.expecting(f),
        }
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }

    visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    #[inline]
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    #[inline]
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    #[inline]
    fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<V::Value, D2::Error> {
        self.0.visit_some(d)
    }

    #[inline]
    fn visit_newtype_struct<D2: Deserializer<'de>>(self, d: D2) -> Result<V::Value, D2::Error> {
        self.0.visit_newtype_struct(d)
    }

    #[inline]
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }

    #[inline]
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

/// Declares a struct that is read from a JSON object only, with its field list written once.
///
/// The struct is emitted as written (its derives, `Serialize` among them, and its docs). Its
/// `Deserialize` is serde's derive run on [`ObjectOnly`]: the macro also emits, inside an
/// anonymous `const` block, a private shadow of the struct that keeps only the `#[serde]`
/// attributes of the struct and of its fields and derives `Deserialize` with
/// `#[serde(remote = ...)]` pointing at the struct. The derive's inherent function therefore
/// lands on the private shadow, never in the public API.
///
/// Written as `object_shaped! { /// docs ... pub struct Name { ... } }`. A type whose reading
/// needs one more adapter adds `through = path::to::adapter("argument");` before the struct: the
/// deserializer is then `adapter(deserializer, "argument")` under [`ObjectOnly`] (the records'
/// unknown-member hint is read this way).
///
/// The macro reads the struct one attribute (each line of a doc comment is one) or field per
/// step, so a struct takes as many recursion steps as it has of those: the crate raises its
/// `recursion_limit` to 256 for them.
///
/// A struct declared this way has no inherent `deserialize` of serde's, only the trait's:
///
/// ```compile_fail,E0599
/// let _ = eu_clasi::Money::deserialize(serde_json::json!(["1", "EUR"]));
/// ```
macro_rules! object_shaped {
    // The struct's attributes: `#[serde(...)]` is kept for the shadow, anything else dropped.
    (@container $name:ident $what:tt [[serde $args:tt] $($rest:tt)*] [$($kept:tt)*] $fields:tt) => {
        $crate::shape::object_shaped!(@container $name $what [$($rest)*] [$($kept)* #[serde $args]] $fields);
    };
    (@container $name:ident $what:tt [[$($other:tt)*] $($rest:tt)*] $kept:tt $fields:tt) => {
        $crate::shape::object_shaped!(@container $name $what [$($rest)*] $kept $fields);
    };
    (@container $name:ident $what:tt [] $kept:tt $fields:tt) => {
        $crate::shape::object_shaped!(@fields $name $what $kept [] $fields);
    };
    // The next field: its attributes are filtered by `@field`.
    (@fields $name:ident $what:tt $kept:tt $done:tt [{ [$($attrs:tt)*] $field:ident : $ty:ty } $($todo:tt)*]) => {
        $crate::shape::object_shaped!(@field $name $what $kept $done [$($todo)*] $field [$ty] [] $($attrs)*);
    };
    (@field $name:ident $what:tt $kept:tt $done:tt $todo:tt $field:ident $ty:tt [$($acc:tt)*] [serde $args:tt] $($rest:tt)*) => {
        $crate::shape::object_shaped!(@field $name $what $kept $done $todo $field $ty [$($acc)* #[serde $args]] $($rest)*);
    };
    (@field $name:ident $what:tt $kept:tt $done:tt $todo:tt $field:ident $ty:tt $acc:tt [$($other:tt)*] $($rest:tt)*) => {
        $crate::shape::object_shaped!(@field $name $what $kept $done $todo $field $ty $acc $($rest)*);
    };
    (@field $name:ident $what:tt $kept:tt [$($done:tt)*] $todo:tt $field:ident [$ty:ty] [$($acc:tt)*]) => {
        $crate::shape::object_shaped!(@fields $name $what $kept [$($done)* $($acc)* $field: $ty,] $todo);
    };
    // Every field filtered: the shadow and the `Deserialize` that runs it.
    (@fields $name:ident [$($what:tt)*] [$($kept:tt)*] [$($done:tt)*] []) => {
        const _: () = {
            type Remote = $name;

            #[derive(serde::Deserialize)]
            #[serde(remote = "Remote")]
            $($kept)*
            #[allow(dead_code)]
            struct Shadow { $($done)* }

            impl<'de> serde::Deserialize<'de> for $name {
                #[inline]
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    $crate::shape::object_shaped!(@read Shadow, deserializer, stringify!($name), $($what)*)
                }
            }
        };
    };
    (@read $($shadow:ident)::+, $de:ident, $name:expr $(,)?) => {
        $($shadow)::+::deserialize($crate::shape::ObjectOnly($de, $name))
    };
    (@read $($shadow:ident)::+, $de:ident, $name:expr, $($through:ident)::+ ($what:literal)) => {
        $($shadow)::+::deserialize($crate::shape::ObjectOnly($($through)::+($de, $what), $name))
    };
    // The struct as written, then its shadow.
    (
        @entry $through:tt
        $(#[$($attr:tt)*])*
        $vis:vis struct $name:ident {
            $( $(#[$($fattr:tt)*])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$($attr)*])*
        $vis struct $name {
            $( $(#[$($fattr)*])* $fvis $field: $ty, )*
        }

        $crate::shape::object_shaped!(
            @container $name $through [$([$($attr)*])*] [] [$({ [$([$($fattr)*])*] $field: $ty })*]
        );
    };
    // The entry, with an adapter or without.
    (through = $($through:ident)::+ ($what:literal); $($rest:tt)*) => {
        $crate::shape::object_shaped!(@entry [$($through)::+ ($what)] $($rest)*);
    };
    (#[$($first:tt)*] $($rest:tt)*) => {
        $crate::shape::object_shaped!(@entry [] #[$($first)*] $($rest)*);
    };
}

pub(crate) use object_shaped;

#[cfg(test)]
mod tests {
    use crate::{Indicator, Money, Period, json};

    #[test]
    fn structs_and_tagged_enums_are_read_from_objects_only() {
        let err = json::from_str::<Period>(r#"["2025-01", "2025-06"]"#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("(root): invalid type: sequence, expected struct Period"),
            "{err}"
        );
        assert!(json::from_str::<Money>(r#"["1", "EUR"]"#).is_err());
        assert!(json::from_str::<Indicator>(r#"["arrests", 1]"#).is_err());
        assert!(serde_json::from_str::<Period>(r#"["2025-01", "2025-06"]"#).is_err());
        let value = serde_json::json!(["2025-01", "2025-06"]);
        assert!(serde_json::from_value::<Period>(value).is_err());
        // The object forms still read, in any order of their members.
        let p: Period = json::from_str(r#"{"end": "2025-06", "start": "2025-01"}"#).unwrap();
        assert_eq!(p.to_string(), "2025-01/2025-06");
        let i: Indicator = json::from_str(r#"{"count": 3, "kind": "arrests"}"#).unwrap();
        assert_eq!(i.count(), Some(3));
    }
}
