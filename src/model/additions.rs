//! Where additions belong: a record's reader that words an unknown member's error with the
//! place an addition goes, the record's `extensions` object under an `x_` key.
//!
//! A record is declared through [`object_shaped!`](crate::shape::object_shaped) with
//! `through = super::additions::hinted_members("...")`, and its derived `Deserialize` body
//! reads on [`ObjectOnly`](crate::shape::ObjectOnly) as every record struct does, with one more
//! adapter underneath ([`Additions`]) that watches the object's keys: when the derive refuses
//! a key it does not know, the error it gives is kept, and what to do instead is appended to
//! it. Nothing else changes: the same documents are read, the same errors are given at the
//! same places.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// The hint appended to an unknown member's error in a `what` (`progress report`).
fn hint(what: &str, key: &str) -> String {
    let suggested: String = if key.starts_with("x_") {
        key.to_owned()
    } else {
        let tail: String = key
            .chars()
            .take(63)
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        format!("x_{tail}")
    };
    format!(
        "; the members of a {what} are fixed by its schema version, and an addition goes in its \"extensions\" object, under a key that starts with x_ (\"extensions\": {{\"{suggested}\": ...}})"
    )
}

/// A deserializer that reads a record's object as the one it wraps does, and appends
/// [`hint`] to the error of an unknown key.
pub(crate) struct Additions<D> {
    inner: D,
    /// What the record is, in words: `progress report`.
    what: &'static str,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Additions<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_any(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_map(Watch {
            visitor,
            what: self.what,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner.deserialize_struct(
            name,
            fields,
            Watch {
                visitor,
                what: self.what,
            },
        )
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct enum identifier ignored_any
    }
}

/// `inner`, with the errors of unknown keys of a `what` (`progress report`) hinted: the
/// adapter a record names in [`object_shaped!`](crate::shape::object_shaped)'s `through`.
pub(crate) fn hinted_members<'de, D: Deserializer<'de>>(
    inner: D,
    what: &'static str,
) -> Additions<D> {
    Additions { inner, what }
}

/// The record's visitor, given a map whose keys are watched.
struct Watch<V> {
    visitor: V,
    what: &'static str,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Watch<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(WatchedMap {
            map,
            what: self.what,
        })
    }
}

struct WatchedMap<A> {
    map: A,
    what: &'static str,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WatchedMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.map.next_key_seed(KeySeed {
            seed,
            what: self.what,
        })
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

struct KeySeed<K> {
    seed: K,
    what: &'static str,
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeySeed<K> {
    type Value = K::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<K::Value, D::Error> {
        self.seed.deserialize(Key {
            inner: deserializer,
            what: self.what,
        })
    }
}

/// A key's deserializer: the derive reads a key as an identifier, by its `visit_str`.
struct Key<D> {
    inner: D,
    what: &'static str,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Key<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_any(KeyVisitor {
            visitor,
            what: self.what,
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_identifier(KeyVisitor {
            visitor,
            what: self.what,
        })
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_str(KeyVisitor {
            visitor,
            what: self.what,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum ignored_any
    }
}

/// The derive's key visitor: refuses a key it does not know, and the refusal gets the hint.
struct KeyVisitor<V> {
    visitor: V,
    what: &'static str,
}

/// `read`, with the hint appended to its error.
fn hinted<T, E: de::Error>(what: &str, key: &str, read: Result<T, E>) -> Result<T, E> {
    read.map_err(|e| E::custom(format_args!("{e}{}", hint(what, key))))
}

impl<'de, V: Visitor<'de>> Visitor<'de> for KeyVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        hinted(self.what, v, self.visitor.visit_str(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        hinted(self.what, v, self.visitor.visit_borrowed_str(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        let key = v.clone();
        hinted(self.what, &key, self.visitor.visit_string(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.visitor.visit_u64(v)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> {
        self.visitor.visit_bytes(v)
    }
}

#[cfg(test)]
mod tests {
    use crate::{Error, JointOperation, ProgressReport, json};

    #[test]
    fn an_unknown_member_says_where_additions_belong_and_nothing_else_changes() {
        let text = r#"{"notes": "a member the schema does not define"}"#;
        let Err(Error::Json { path, message, .. }) = json::from_str::<ProgressReport>(text) else {
            panic!()
        };
        assert_eq!(path, "/notes");
        assert!(
            message.starts_with("unknown field `notes`, expected one of `$schema`, `id`"),
            "{message}"
        );
        assert!(
            message.ends_with(
                "an addition goes in its \"extensions\" object, under a key that starts with x_ (\"extensions\": {\"x_notes\": ...})"
            ),
            "{message}"
        );
        let text = r#"{"Case-Number": 1}"#;
        let err = json::from_str::<JointOperation>(text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("members of a joint operation"), "{err}");
        assert!(err.contains("{\"x_case_number\": ...}"), "{err}");
        // A known member with a wrong value keeps its own error, without the hint.
        let err = json::from_str::<ProgressReport>(r#"{"id": 1}"#)
            .unwrap_err()
            .to_string();
        assert!(!err.contains("extensions"), "{err}");
        // And a known member is still read: the error is the next one, a missing member.
        let err = json::from_str::<ProgressReport>(r#"{"withdrawn": true}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("missing field"), "{err}");
    }
}
