//! The shared pieces of the data model: dates, and (as they land) the records people exchange.

mod date;

pub use date::{PartialDate, Precision};
