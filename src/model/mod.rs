//! The records people exchange while implementing the roadmap, and the values they are made of.
//!
//! The records ([`ProgressReport`], [`JointOperation`]) describe cooperation, never people:
//! no field holds a person's name, date of birth, identity number or free-form details about
//! a suspect, and the types leave no room for them except through [`Extensions`], which must
//! not carry personal data either. A record keeps its [`RecordId`] through its revisions; a
//! revision has a later `modified`, and one with `withdrawn: true` withdraws the record
//! ([`latest_revisions`], [`current_revisions`]).

pub(crate) mod additions;
mod builder;
mod decimal;
mod evidence;
mod extensions;
mod indicator;
mod joint_operation;
mod money;
mod progress_report;
mod record;
mod record_id;
mod reporting_unit;
#[cfg(test)]
mod testing;
mod timestamp;

pub use crate::readers::MAX_SAFE_INTEGER;
pub use builder::IntoField;
pub use decimal::{Amount, DECIMAL_PATTERN, Quantity};
pub use evidence::{
    DOCUMENT_REFERENCE_MAX_CHARS, DOCUMENT_REFERENCE_PATTERN, Evidence, URL_MAX_CHARS, URL_PATTERN,
};
pub(crate) use extensions::strict_object;
pub use extensions::{EXTENSION_KEY_PATTERN, Extensions};
pub use indicator::{Indicator, IndicatorValue, MAX_COUNT};
pub use joint_operation::{
    JointOperation, JointOperationBuilder, OPERATION_NAME_MAX_CHARS, OPERATION_NAME_MIN_CHARS,
};
pub use money::{CURRENCY_CODES, Currency, Money};
pub use progress_report::{
    ProgressReport, ProgressReportBuilder, SUMMARY_MAX_CHARS, SUMMARY_MIN_CHARS, Summary,
};
pub use record::{
    MODIFIED_NOT_BEFORE_CREATED, REPORTER_PATTERN, Revisioned, current_revisions, latest_revisions,
};
#[cfg(feature = "schema")]
pub(crate) use record::{ROADMAP_ANNOTATION, roadmap_actions};
pub use record_id::{RECORD_ID_PATTERN, RecordId};
pub use reporting_unit::{ReportingUnit, UNIT_NAME_MAX_CHARS, UNIT_NAME_PATTERN};
pub use timestamp::{TIMESTAMP_PATTERN, Timestamp};
