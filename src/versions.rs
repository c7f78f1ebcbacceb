//! Versions of the contract: which `"$schema"` each type of document accepts, and what a
//! version number promises.
//!
//! Four types are whole documents that name their schema in a `"$schema"` member
//! ([`DocumentType`]): [`ProgressReport`](crate::ProgressReport),
//! [`JointOperation`](crate::JointOperation), [`Declaration`](crate::Declaration) and
//! [`VocabularyCatalogue`](crate::VocabularyCatalogue). Each accepts exactly two things there:
//! its own schema's `$id` (`urn:eu-clasi:schema:v1:progress-report`), or no `"$schema"` at all.
//! Another type's id, another version's id, any other string and `null` are refused, by the
//! Rust reader ([`SchemaId`]) and by every JSON Schema validator (the schema says `const`), so
//! a document is never read as something it says it is not, and a value read never writes out
//! an id other than its own.
//!
//! # The versioning policy
//!
//! - **What changes the version.** The `v1` in every `$id` changes when a schema stops
//!   accepting a document it accepted before, or starts accepting a document a `v1` reader
//!   would refuse in a way the policy below does not foresee: a member added, removed or
//!   renamed, a type or a pattern changed, a rule added. Everything `v1` says holds for every
//!   `v1` document.
//! - **What a `v1` reader does with a `v2` document.** It refuses it at `/$schema`, before
//!   reading anything else, with an error that names both: "the document says
//!   urn:eu-clasi:schema:v2:progress-report; this crate reads v1
//!   (urn:eu-clasi:schema:v1:progress-report)". It never guesses at a document of a version it
//!   does not know. A document without `"$schema"` is read as the version of the reader.
//! - **How additions reach old readers.** Within a version, new information travels in the
//!   record's `extensions` object, under keys that start with `x_` (`"extensions":
//!   {"x_case_number": "..."}`): every `v1` reader accepts them, keeps them and writes them
//!   out again, unread. An unknown member anywhere else is refused, and the error says where
//!   the addition belongs. What proves itself as an extension may become a member of the next
//!   version.
//! - **Vocabularies grow within a version.** A new term (a new state, body or crime area) is
//!   a minor release of the crate with the same `$id`s: a reader older than the term refuses a
//!   document that uses it, at that value, until it is updated. A published code is never
//!   removed or renamed within a version (see the README's "Vocabularies and versions").
//!
//! ```
//! use eu_clasi::versions::DocumentType;
//! use eu_clasi::{json, Error, ProgressReport};
//!
//! assert_eq!(ProgressReport::SCHEMA_ID, "urn:eu-clasi:schema:v1:progress-report");
//! let v2 = r#"{"$schema": "urn:eu-clasi:schema:v2:progress-report"}"#;
//! let Err(Error::Json { path, message, .. }) = json::from_str::<ProgressReport>(v2) else {
//!     unreachable!()
//! };
//! assert_eq!(path, "/$schema");
//! assert_eq!(
//!     message,
//!     "the document says urn:eu-clasi:schema:v2:progress-report; this crate reads v1 \
//!      (urn:eu-clasi:schema:v1:progress-report)"
//! );
//! ```

use std::fmt;
use std::marker::PhantomData;

use crate::Error;

/// The version of the schema contract, part of every `$id`.
pub const VERSION: &str = "v1";

/// What every schema `$id` starts with: `urn:eu-clasi:schema:`, then the version, a colon
/// and the schema's name.
pub const ID_PREFIX: &str = "urn:eu-clasi:schema:";

/// The `$id` of the schema called `$name` in this version, as a `&'static str`.
macro_rules! schema_id {
    ($name:literal) => {
        concat!("urn:eu-clasi:schema:v1:", $name)
    };
}

/// A type of whole document that names its schema in a `"$schema"` member: its schema's name
/// and `$id`. Sealed: the crate's four document types implement it, and no other type can.
///
/// ```
/// use eu_clasi::versions::DocumentType;
/// use eu_clasi::{Declaration, JointOperation};
///
/// assert_eq!(JointOperation::SCHEMA_NAME, "joint-operation");
/// assert_eq!(Declaration::SCHEMA_ID, "urn:eu-clasi:schema:v1:declaration");
/// ```
pub trait DocumentType: sealed::Sealed {
    /// The schema's name: its file in `schemas/` is `<name>.schema.json`, and the last part of
    /// its `$id`.
    const SCHEMA_NAME: &'static str;
    /// The schema's `$id`, the one value the document's `"$schema"` may hold.
    const SCHEMA_ID: &'static str;
}

pub(crate) mod sealed {
    pub trait Sealed {}
}

/// Implements [`DocumentType`] for the document type `$ty`, whose schema is called `$name`:
/// in the type's own module, so that this module refers to no layer above it.
macro_rules! document_type {
    ($ty:ty, $name:literal) => {
        impl $crate::versions::sealed::Sealed for $ty {}
        impl $crate::versions::DocumentType for $ty {
            const SCHEMA_NAME: &'static str = $name;
            const SCHEMA_ID: &'static str = $crate::versions::schema_id!($name);
        }
    };
}

pub(crate) use {document_type, schema_id};

/// The `"$schema"` member of a document of type `T`: it can only hold `T`'s own schema `$id`
/// ([`DocumentType::SCHEMA_ID`]), so a value read or built never claims to be something
/// else. The documents' `schema` fields are `Option<SchemaId<Self>>`: `None` writes no
/// `"$schema"`.
///
/// Reading accepts exactly `T`'s `$id`; anything else (another type's id, another version's,
/// any other string, `null`) is refused with a message that names what the document says and
/// what the crate reads.
///
/// ```
/// use eu_clasi::versions::SchemaId;
/// use eu_clasi::{Declaration, ProgressReport};
///
/// let id = SchemaId::<ProgressReport>::new();
/// assert_eq!(id.to_string(), "urn:eu-clasi:schema:v1:progress-report");
/// assert_eq!(serde_json::to_string(&id)?, r#""urn:eu-clasi:schema:v1:progress-report""#);
///
/// let mut declaration = eu_clasi::declaration().clone();
/// declaration.schema = Some(SchemaId::new());
/// assert!(serde_json::to_string(&declaration)?.starts_with(r#"{"$schema":"urn:eu-clasi:schema:v1:declaration""#));
///
/// assert!("urn:eu-clasi:schema:v1:joint-operation".parse::<SchemaId<ProgressReport>>().is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct SchemaId<T>(PhantomData<fn() -> T>);

impl<T: DocumentType> SchemaId<T> {
    /// `T`'s schema `$id`.
    pub const fn new() -> Self {
        SchemaId(PhantomData)
    }

    /// The `$id` as text.
    pub const fn as_str(&self) -> &'static str {
        T::SCHEMA_ID
    }
}

impl<T: DocumentType> Default for SchemaId<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Clone for SchemaId<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for SchemaId<T> {}

impl<T> PartialEq for SchemaId<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Eq for SchemaId<T> {}

impl<T> std::hash::Hash for SchemaId<T> {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl<T: DocumentType> fmt::Debug for SchemaId<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SchemaId({})", T::SCHEMA_ID)
    }
}

impl<T: DocumentType> fmt::Display for SchemaId<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::SCHEMA_ID)
    }
}

/// Why `claimed` is not `T`'s `$id`, naming what the document says and what the crate reads.
fn mismatch<T: DocumentType>(claimed: &str) -> String {
    let parts = claimed
        .strip_prefix(ID_PREFIX)
        .and_then(|rest| rest.split_once(':'));
    match parts {
        Some((version, name)) if name == T::SCHEMA_NAME && version != VERSION => format!(
            "the document says {claimed}; this crate reads {VERSION} ({})",
            T::SCHEMA_ID
        ),
        Some((_, name))
            if name
                .strip_prefix(T::SCHEMA_NAME)
                .is_some_and(|rest| rest.starts_with(":roadmap-")) =>
        {
            format!(
                "the document says {claimed}, the $id of a schema made for the records of another roadmap; a {} says {} or has no \"$schema\", whatever its roadmap",
                T::SCHEMA_NAME,
                T::SCHEMA_ID
            )
        }
        Some((_, name)) if name != T::SCHEMA_NAME => format!(
            "the document says {claimed}, the schema of a {name} document; a {} says {} or has no \"$schema\"",
            T::SCHEMA_NAME,
            T::SCHEMA_ID
        ),
        _ => format!(
            "the document says {claimed:?}, which is not the $id of an eu-clasi schema; a {} says {} or has no \"$schema\"",
            T::SCHEMA_NAME,
            T::SCHEMA_ID
        ),
    }
}

impl<T: DocumentType> std::str::FromStr for SchemaId<T> {
    type Err = Error;

    /// Accepts exactly `T`'s `$id`.
    fn from_str(s: &str) -> Result<Self, Error> {
        if s == T::SCHEMA_ID {
            Ok(Self::new())
        } else {
            Err(Error::InvalidValue {
                what: "$schema",
                input: s.to_owned(),
                reason: mismatch::<T>(s),
            })
        }
    }
}

impl<T: DocumentType> serde::Serialize for SchemaId<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(T::SCHEMA_ID)
    }
}

impl<'de, T: DocumentType> serde::Deserialize<'de> for SchemaId<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<T>(PhantomData<fn() -> T>);
        impl<T: DocumentType> serde::de::Visitor<'_> for Visitor<T> {
            type Value = SchemaId<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    f,
                    "the $id of the {} schema, {}, or no \"$schema\" member",
                    T::SCHEMA_NAME,
                    T::SCHEMA_ID
                )
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SchemaId<T>, E> {
                if v == T::SCHEMA_ID {
                    Ok(SchemaId::new())
                } else {
                    Err(E::custom(mismatch::<T>(v)))
                }
            }
        }
        deserializer.deserialize_str(Visitor(PhantomData))
    }
}

impl<T: DocumentType> crate::readers::FastRead for SchemaId<T> {
    #[inline]
    fn fast_read(c: &mut crate::readers::Cursor<'_>) -> Option<Self> {
        (c.str()? == T::SCHEMA_ID).then(Self::new)
    }
}

#[cfg(feature = "schema")]
impl<T: DocumentType> schemars::JsonSchema for SchemaId<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("SchemaId_{}", T::SCHEMA_NAME).into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "const": T::SCHEMA_ID })
    }
}

/// Reads a present `"$schema"` member: `null` is refused rather than read as absent, as the
/// schema's `const` refuses it.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<SchemaId<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: DocumentType,
{
    serde::Deserialize::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Declaration, JointOperation, ProgressReport, VocabularyCatalogue};

    #[test]
    fn the_ids_follow_the_version_and_the_names() {
        fn check<T: DocumentType>() {
            assert_eq!(
                T::SCHEMA_ID,
                format!("{ID_PREFIX}{VERSION}:{}", T::SCHEMA_NAME)
            );
        }
        check::<ProgressReport>();
        check::<JointOperation>();
        check::<Declaration>();
        check::<VocabularyCatalogue>();
    }

    #[test]
    fn every_other_claim_is_refused_with_what_it_says_and_what_is_read() {
        let read = |s: &str| s.parse::<SchemaId<ProgressReport>>();
        assert!(read(ProgressReport::SCHEMA_ID).is_ok());
        let message = |s: &str| match read(s) {
            Err(Error::InvalidValue { reason, .. }) => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            message("urn:eu-clasi:schema:v2:progress-report"),
            "the document says urn:eu-clasi:schema:v2:progress-report; this crate reads v1 (urn:eu-clasi:schema:v1:progress-report)"
        );
        assert_eq!(
            message("urn:eu-clasi:schema:v1:joint-operation"),
            "the document says urn:eu-clasi:schema:v1:joint-operation, the schema of a joint-operation document; a progress-report says urn:eu-clasi:schema:v1:progress-report or has no \"$schema\""
        );
        assert!(
            message("urn:eu-clasi:schema:v1:progress-report:roadmap-2027-2028")
                .contains("another roadmap")
        );
        assert!(message("https://example.org/progress-report.schema.json").contains("not the $id"));
        assert!(message("").contains("not the $id"));
    }
}
