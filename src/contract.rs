//! The contract's constants, in one place: the patterns and bounds that the wire format's
//! strings and numbers keep (each is also in the JSON Schemas, as a `pattern`, a `maxLength`
//! or a `maximum`), and the rules the crate checks beyond the schemas (each listed under
//! `x-rules` in the schema of the type it applies to, with the id a [`Problem`](crate::Problem)
//! carries in [`Problem::rule`](crate::Problem::rule)).
//!
//! The constants of a tool module stay with it: `json`'s line limit, `schema`'s version and
//! `export`'s IRIs.
//!
//! ```
//! use eu_clasi::contract::{MAX_COUNT, SUMMARY_MAX_CHARS};
//!
//! assert_eq!(MAX_COUNT, (1 << 53) - 1); // the largest integer every JSON reader holds exactly
//! assert_eq!(SUMMARY_MAX_CHARS, 2000);
//! ```

pub use crate::dates::{DAY_PATTERN, PERIOD_ORDERED, YEAR_OR_MONTH_PATTERN};
pub use crate::declaration::{ACTION_ID_PATTERN, EVENT_IDS_UNIQUE, EVENTS_RESOLVE, RECITALS_FIRST};
pub use crate::model::{
    CURRENCY_CODES, DECIMAL_PATTERN, DOCUMENT_REFERENCE_MAX_CHARS, DOCUMENT_REFERENCE_PATTERN,
    EXTENSION_KEY_PATTERN, MAX_COUNT, MAX_SAFE_INTEGER, MODIFIED_NOT_BEFORE_CREATED,
    OPERATION_NAME_MAX_CHARS, OPERATION_NAME_MIN_CHARS, RECORD_ID_PATTERN, REPORTER_PATTERN,
    SUMMARY_MAX_CHARS, SUMMARY_MIN_CHARS, TIMESTAMP_PATTERN, UNIT_NAME_MAX_CHARS,
    UNIT_NAME_PATTERN, URL_MAX_CHARS, URL_PATTERN,
};
