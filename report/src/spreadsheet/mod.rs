//! Progress reports in spreadsheets: an XLSX reporting template in each language, and the
//! filled workbook read back into validated [`ProgressReport`](eu_clasi::ProgressReport)s.
//!
//! [`Template`] writes a workbook (with `rust_xlsxwriter`) whose sheets are named in the
//! user's language: one of reports (one row per report), one of indicators (one row each,
//! keyed by the row number of their report), one that explains every column, and a hidden
//! one holding the drop-down lists. Every value a record takes from a vocabulary (the
//! roadmap action, the reporter, the status, the TLP marking, crime areas, partners,
//! instruments, indicator kinds, substances and currencies) is picked from a drop-down list
//! of labels in that language; dates, numbers and text lengths are checked by the
//! spreadsheet's own data validation as the person types.
//!
//! [`read`] reads a filled workbook (with `calamine`) back: rows left empty are ignored, an
//! id is minted (a random UUID) for each new row and kept for a row that has one, so that
//! sending the same workbook again revises the same reports, and every problem is reported
//! with its sheet and cell (`Informes!C12`) and a message in the workbook's language.
//!
//! ```
//! use eu_clasi_report::spreadsheet::{self, Template};
//! use eu_clasi::{Lang, Timestamp};
//!
//! let bytes = Template::new(Lang::Es).to_bytes()?;
//! let reading = spreadsheet::read(&bytes, "2025-10-01T08:00:00Z".parse()?)?;
//! assert_eq!(reading.lang, Lang::Es);
//! assert!(reading.reports.is_empty() && reading.problems.is_empty()); // nothing filled in yet
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod columns;
mod limits;
mod read;
mod text;
mod write;

use std::fmt;

pub use limits::{Exceeded, Limit, Limits};
pub use read::{Reading, read, read_path, read_path_with_limits, read_with_limits};
pub use write::Template;

/// The first rows of each sheet the template's drop-down lists and checks cover: 1000
/// reports and 5000 indicators. Rows below are read all the same, but unchecked as typed.
pub const TEMPLATE_REPORT_ROWS: u32 = 1000;
/// The rows of the sheet of indicators the template's checks cover (see
/// [`TEMPLATE_REPORT_ROWS`]).
pub const TEMPLATE_INDICATOR_ROWS: u32 = 5000;

/// What went wrong writing or reading a workbook as a whole (a problem in one cell is a
/// [`CellProblem`], not an error).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The workbook could not be written.
    #[error("cannot write the workbook: {0}")]
    Write(#[from] rust_xlsxwriter::XlsxError),
    /// The file is not an XLSX workbook calamine can read.
    #[error("cannot read the workbook: {0}")]
    Read(#[from] calamine::XlsxError),
    /// The workbook is past one of the [`Limits`]: refused whole, before reading it could
    /// cost more than the limits allow.
    #[error("the workbook is refused: {0}")]
    Limit(Exceeded),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The workbook has no sheet of reports in any of the four languages: it was not made
    /// from a [`Template`].
    #[error(
        "the workbook has no sheet of progress reports (one named Reports, Informes, Relatórios or Rapports); its sheets are: {}",
        found.join(", ")
    )]
    NotATemplate {
        /// The sheets the workbook has.
        found: Vec<String>,
    },
    /// A report given to [`Template::with_reports`] holds something the template has no
    /// column for, so writing it would lose it.
    #[error("report {id} cannot be written in the template without losing its {what}")]
    NotRepresentable {
        /// The report's id.
        id: eu_clasi::RecordId,
        /// What would be lost.
        what: String,
    },
}

/// One problem in a filled workbook: where it is (sheet and cell) and what is wrong, in the
/// workbook's language. `Display` writes `Informes!C12: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet's name as the workbook spells it (`Informes`).
    pub sheet: String,
    /// The cell, in A1 notation (`C12`).
    pub cell: String,
    /// What kind of problem it is.
    pub kind: CellProblemKind,
    /// What is wrong, in the workbook's language.
    pub message: String,
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!{}: {}", self.sheet, self.cell, self.message)
    }
}

/// What kind of [`CellProblem`] it is, for programs that act on problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CellProblemKind {
    /// A required cell is empty.
    Missing,
    /// The text is not one of the drop-down list's values (nor a code or label of one).
    NotInList,
    /// A number was expected.
    NotANumber,
    /// A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) was expected.
    NotADate,
    /// The id is not a record id, or is used twice.
    BadId,
    /// An indicator names a row of the sheet of reports that holds no report.
    NoSuchReport,
    /// A value given where the indicator's kind does not use it, or missing where it does.
    Inconsistent,
    /// The spreadsheet shows an error value (`#N/A`, `#REF!`, ...) in the cell.
    CellError,
    /// The cell holds a formula: its value is not read (type the value itself).
    Formula,
    /// A number that could be read two ways (`1,234` in an English workbook), or with more
    /// significant digits than a spreadsheet holds exactly (15).
    AmbiguousNumber,
    /// The report breaks one of the record's rules or limits (see
    /// [`Validate`](eu_clasi::Validate)): a period ending before it starts, a text too long, ...
    Invalid,
}

#[cfg(test)]
mod tests;
