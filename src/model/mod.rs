//! The shared pieces of the data model: dates, periods, and (as they land) the records people
//! exchange.

mod date;
mod period;

pub use date::{PartialDate, Precision};
pub use period::{Period, Timing};
