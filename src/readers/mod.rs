//! Readers every layer shares: the records' fast one-pass reader ([`FastRead`], with
//! [`fast_struct!`] for structs and [`fast_from_str!`] for leaves), the serde glue of the types
//! written as one JSON string ([`string_form!`]), and the readers of whole numbers as JSON
//! Schema counts them ([`whole()`], [`whole_up_to`]).

mod fast;
mod string_form;
mod whole;

pub(crate) use fast::{Cursor, FastRead, document, fast_from_str, fast_struct, once, same_key};
pub(crate) use string_form::string_form;
pub use whole::MAX_SAFE_INTEGER;
pub(crate) use whole::{whole, whole_nonzero_u16, whole_up_to};
