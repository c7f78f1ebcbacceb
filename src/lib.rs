//! # eu-clasi
//!
//! The EU-CLASI Joint Declaration (Council of the EU document 6403/25, Brussels, 5 March 2025)
//! and its Annex, the *2025-2026 Roadmap to implement operational cooperation priorities*, as a
//! typed, validated, multilingual data model with a JSON Schema contract.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod declaration;
mod error;
pub mod json;
mod lang;
pub mod model;
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub mod schema;
pub mod validate;
pub mod vocab;

pub use declaration::{
    ACTION_ID_PATTERN, ActionId, CouncilReference, Declaration, Event, Meeting, Mentions,
    Paragraph, ParagraphKind, Passage, Pillar, Roadmap, RoadmapAction, Target, declaration,
};
pub use error::Error;
pub use lang::{Labels, Lang, TRANSLATED_ES_PT_FR};
pub use model::{PartialDate, Period, Precision, Timing};
pub use validate::{Location, Problem, ProblemKind, Rule, Validate};
pub use vocab::{
    Actor, Body, BodyInfo, BodyKind, BodyScope, ClasiAccession, ClasiMember, CollectiveActor,
    Country, CrimeArea, CrimeAreaInfo, EmpactCycle, EmpactPriority2022, EmpactPriority2026, Fact,
    IccsCode, Instrument, InstrumentDate, InstrumentInfo, InstrumentKind, Membership, Provenance,
    Region, TermEntry, TermLabels, Tlp, Vocabulary, VocabularyCatalogue, VocabularyEntry,
};
