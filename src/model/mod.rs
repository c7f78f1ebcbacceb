//! The shared pieces of the data model: dates, periods, and (as they land) the records people
//! exchange.

mod date;
mod period;

pub use date::{DAY_PATTERN, PartialDate, Precision, YEAR_OR_MONTH_PATTERN};
pub use period::{Period, Timing};
