//! The shared pieces of the data model: dates, periods, and (as they land) the records people
//! exchange.

mod date;
mod decimal;
mod evidence;
mod extensions;
mod indicator;
mod money;
mod period;
mod record_id;
#[cfg(test)]
mod testing;
mod timestamp;

pub use date::{DAY_PATTERN, PartialDate, Precision, YEAR_OR_MONTH_PATTERN};
pub use decimal::{Amount, DECIMAL_PATTERN, Quantity};
pub use evidence::{
    DOCUMENT_REFERENCE_MAX_CHARS, DOCUMENT_REFERENCE_PATTERN, Evidence, URL_MAX_CHARS, URL_PATTERN,
};
pub use extensions::{EXTENSION_KEY_PATTERN, Extensions};
pub use indicator::{Indicator, MAX_COUNT};
pub use money::{CURRENCY_CODES, Currency, Money};
pub use period::{Period, Timing};
pub use record_id::{RECORD_ID_PATTERN, RecordId};
pub use timestamp::{TIMESTAMP_PATTERN, Timestamp};
