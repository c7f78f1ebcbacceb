//! The JSON shapes the crate's records and tagged enums accept: objects only.
//!
//! serde's derived `Deserialize` for a struct also reads a sequence of its fields in order, and
//! an internally tagged enum reads a sequence whose first element is the tag: from JSON,
//! `"period": ["2025-01", "2025-06"]` would be a `Period`. The crate's JSON Schemas say
//! `"type": "object"` for every one of these types, so the Rust side must refuse the array too.
//!
//! One mechanism does it for every record struct and tagged enum: the type keeps its derived
//! `Deserialize` body (through `#[serde(remote = "Self")]`, which turns the derive into an
//! inherent function), and [`object_shaped!`] implements the `Deserialize` trait by running that
//! body on [`ObjectOnly`], a deserializer adapter that asks the format for a map where the body
//! asks for a struct, and refuses a sequence where the body asks for any value (the internally
//! tagged enums). The adapter wraps one level only: each field's own `Deserialize` applies its
//! own rule, so nothing is checked twice and the read path stays as fast as the derive.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// A deserializer that reads a struct only from a map, and any value except a sequence.
pub(crate) struct ObjectOnly<D>(pub(crate) D);

/// A visitor that refuses a sequence and passes everything else to the visitor it wraps.
struct NoSequence<V>(V);

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
        self.0.deserialize_any(NoSequence(visitor))
    }

    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
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
        self.0.expecting(f)
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

/// Implements `Deserialize` for a type whose derive carries `#[serde(remote = "Self")]`, by
/// running the derived body on [`ObjectOnly`], and `Serialize` as the derive writes it.
///
/// The type also needs `#[cfg_attr(feature = "schema", schemars(rename = "TypeName"))]`, since
/// schemars would otherwise name its schema after `Self`.
macro_rules! object_shaped {
    ($($ty:ident),* $(,)?) => {
        $(
            impl<'de> serde::Deserialize<'de> for $ty {
                #[inline]
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    $ty::deserialize($crate::shape::ObjectOnly(deserializer))
                }
            }

            impl serde::Serialize for $ty {
                #[inline]
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    $ty::serialize(self, serializer)
                }
            }
        )*
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
