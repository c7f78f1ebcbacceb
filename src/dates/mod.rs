//! Dates as precise as their source: a [`PartialDate`] known to the year, the month or the day,
//! a [`Period`] from one to another, and the [`Timing`] of an event. The lowest layer of the
//! crate with the languages and the validation types: vocabularies, the declaration and the
//! records are all dated with them.

mod date;
mod period;

pub use date::{DAY_PATTERN, PartialDate, Precision, YEAR_OR_MONTH_PATTERN};
pub use period::{PERIOD_ORDERED, Period, Timing};
