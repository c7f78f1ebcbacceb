//! # eu-clasi
//!
//! The EU-CLASI Joint Declaration (Council of the EU document 6403/25, Brussels, 5 March 2025)
//! and its Annex, the *2025-2026 Roadmap to implement operational cooperation priorities*, as a
//! typed, validated, multilingual data model with a JSON Schema contract.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod error;
mod lang;
pub mod model;
pub mod vocab;

pub use error::Error;
pub use lang::{Labels, Lang, TRANSLATED_ES_PT_FR};
pub use model::{PartialDate, Precision};
pub use vocab::{
    CrimeArea, CrimeAreaInfo, EmpactCycle, EmpactPriority2022, EmpactPriority2026, Fact, IccsCode,
    Provenance, Tlp, Vocabulary,
};
