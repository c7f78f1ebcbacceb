//! Readers every layer shares: the one way values written as one JSON string are read
//! ([`string`](fn@string), [`unit_enum!`], [`string_form!`]), the readers of whole numbers as JSON Schema
//! counts them, the records' one-pass reader, and [`FromJson`], the sealed trait of the types
//! the crate's readers read.

mod duplicates;
mod fast;
mod string;
mod string_form;
mod whole;

pub(crate) use duplicates::first_duplicate_key;
pub(crate) use fast::{Cursor, FastRead, document, fast_from_str, fast_struct, once, same_key};
pub(crate) use string::{FromJsonString, from_json_string, string, unit_enum};
pub(crate) use string_form::string_form;
pub use whole::MAX_SAFE_INTEGER;
pub(crate) use whole::{whole, whole_nonzero_u16, whole_up_to};

/// A type the crate's JSON readers read: [`json::from_str`](crate::json::from_str) and the
/// other readers of [`json`](crate::json) take any `T: FromJson`.
///
/// Every root type of the crate's schemas implements it (the vocabularies, the declaration and
/// its roadmap actions, the vocabulary catalogue, the records, their ids, dates, periods,
/// indicators and sums of money), and so do the parts of the records (evidence, reporting
/// units, summaries, extensions) and lists of any of these. For any other type, use
/// serde_json itself.
///
/// The trait is sealed: it cannot be implemented outside the crate. Through it the readers
/// take, for [`ProgressReport`](crate::ProgressReport) and
/// [`JointOperation`](crate::JointOperation), the records' own one-pass reader, chosen when
/// the program is compiled (no type is inspected at run time); it gives the value serde's
/// reader gives, or leaves the document to that reader.
pub trait FromJson: serde::de::DeserializeOwned + sealed::Sealed {}

pub(crate) mod sealed {
    /// What [`FromJson`](super::FromJson) adds, out of the public API.
    pub trait Sealed: Sized {
        /// The value of the whole document `text` read by the type's own one-pass reader:
        /// `Some` with the value serde's reader gives, or `None` to leave the document to
        /// that reader. Only the records have such a reader.
        #[inline]
        fn fast_document(text: &str) -> Option<Self> {
            let _ = text;
            None
        }
    }
}

impl<T: FromJson> sealed::Sealed for Vec<T> {}
impl<T: FromJson> FromJson for Vec<T> {}

/// Implements [`FromJson`] for types read by serde alone, or (`fast: T`) by the records'
/// one-pass reader first.
macro_rules! from_json {
    (fast: $ty:ty) => {
        impl $crate::readers::sealed::Sealed for $ty {
            #[inline]
            fn fast_document(text: &str) -> Option<Self> {
                $crate::readers::document(text)
            }
        }
        impl $crate::readers::FromJson for $ty {}
    };
    ($($ty:ty),+ $(,)?) => {
        $(
            impl $crate::readers::sealed::Sealed for $ty {}
            impl $crate::readers::FromJson for $ty {}
        )+
    };
}

pub(crate) use from_json;
