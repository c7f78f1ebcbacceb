//! # eu-clasi-report
//!
//! What people make of many [`eu_clasi`] records, and how they see them: the roadmap's
//! [`scorecard`] (progress per pillar and action, in Markdown, SVG and a printable HTML page,
//! in English, Spanish, Portuguese or French), the records as CSV [`tables`] (feature `csv`), and XLSX reporting
//! templates filled in by national units and read back as progress reports ([`spreadsheet`],
//! feature `spreadsheet`).
//!
//! The contract itself (vocabularies, the declaration, the records, reading and validating
//! JSON, the schemas) is the `eu-clasi` crate; this crate only uses its public API, so every
//! record it reads or writes is one that crate accepts.
//!
//! ```
//! use eu_clasi::Lang;
//! use eu_clasi_report::scorecard::Scorecard;
//!
//! let reports = eu_clasi_sample::sample_file();
//! let card = Scorecard::from_reports(&reports);
//! assert_eq!(card.pillars.len(), 4);
//! assert!(card.to_markdown(Lang::Es).contains("Pilar 1"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod scorecard;
#[cfg(feature = "spreadsheet")]
#[cfg_attr(docsrs, doc(cfg(feature = "spreadsheet")))]
pub mod spreadsheet;
#[cfg(feature = "csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "csv")))]
pub mod tables;
