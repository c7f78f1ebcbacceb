//! # eu-clasi
//!
//! The EU-CLASI Joint Declaration (Council of the EU document 6403/25, Brussels, 5 March 2025)
//! and its Annex, the *2025-2026 Roadmap to implement operational cooperation priorities*, as a
//! typed, validated, multilingual data model with a JSON Schema contract.
//!
//! ## Vocabularies
//!
//! Every vocabulary is an enum implementing [`Vocabulary`]: one wire code per term (its serde
//! string, its `Display` form, its JSON Schema `enum` value and its strict `FromStr` input),
//! labels in English, Spanish, Portuguese and French, and [`Vocabulary::lookup`], which finds a
//! term by code, acronym, alias or label in any of the four languages, ignoring case and
//! accents.
//!
//! ```
//! use eu_clasi::{Body, Country, CrimeArea, Error, Lang, Membership, Tlp, Vocabulary};
//!
//! // Crime areas: the declaration's priorities, with ICCS codes and EMPACT priorities.
//! let thb = CrimeArea::lookup("trata de personas")?;
//! assert_eq!(thb, CrimeArea::TraffickingInHumanBeings);
//! assert_eq!(thb.label(Lang::Pt), "tráfico de seres humanos");
//! assert!(thb.iccs().iter().any(|c| c.code == "0204"));
//! assert_eq!(CrimeArea::priorities().len(), 13);
//!
//! // An alias that names two terms is an error naming both.
//! match CrimeArea::lookup("tráfico de personas") {
//!     Err(Error::Ambiguous { candidates, .. }) => assert_eq!(candidates.len(), 2),
//!     other => panic!("{other:?}"),
//! }
//!
//! // States: ISO 3166-1 alpha-2 on the wire, memberships as data.
//! assert_eq!(Country::lookup("Grèce")?, Country::Gr);
//! assert_eq!(Country::Gr.code(), "GR");
//! assert_eq!(Country::Gr.eu_code(), Some("EL"));
//! assert_eq!(Membership::Clasi.members().len(), 16);
//! assert!(Country::Ht.is_ameripol_treaty_signatory() && !Country::Ht.is_clasi_member());
//!
//! // Bodies: official names, the declaration's own wording, former names.
//! assert_eq!(Body::lookup("European Agency for Criminal Justice Cooperation")?, Body::Eurojust);
//! assert_eq!(Body::lookup("EMCDDA")?, Body::Euda);
//!
//! // TLP 2.0 markings, ordered from the most restrictive.
//! assert_eq!("TLP:AMBER+STRICT".parse::<Tlp>()?, Tlp::AmberStrict);
//! assert!(Tlp::Red < Tlp::Clear);
//! # Ok::<(), eu_clasi::Error>(())
//! ```
//!
//! ## The declaration
//!
//! [`declaration()`] is the whole declaration, verbatim, with every passage linked to what it
//! names; the same types read a future declaration from JSON.
//!
//! ```
//! use eu_clasi::{declaration, Actor, Body, CrimeArea, Instrument};
//!
//! let d = declaration();
//! let vi = d.action("1.vi".parse()?).unwrap();
//! assert_eq!(vi.targets.len(), 10);
//! assert_eq!(vi.targets[0].wording, "the trafficking of drugs");
//! let ids: Vec<String> = d.actions_naming(Instrument::Seacop).map(|a| a.id.to_string()).collect();
//! assert_eq!(ids, ["1.iv"]);
//! assert_eq!(d.pillar(2).unwrap().bodies(), [Body::EuropeanPortsAlliance]);
//! # Ok::<(), eu_clasi::Error>(())
//! ```
//!
//! ## Records
//!
//! [`ProgressReport`] and [`JointOperation`] are the records people exchange while implementing
//! the roadmap: TLP-marked, revised by sending them again with a later `modified`, withdrawable,
//! and free of personal data by construction: no field holds a person's name, date of birth,
//! identity number or free-form details about a suspect, and the types leave no room for them
//! except through [`Extensions`], which must not carry personal data either. A record keeps
//! its [`RecordId`] through its revisions; a revision has a later `modified`, and one with
//! `withdrawn: true` withdraws the record ([`latest_revisions`], [`current_revisions`]).
//! Dates are as precise as their source: a [`PartialDate`] known to the year, the month or the
//! day, a [`Period`] from one to another. In code, records are made with a
//! builder ([`ProgressReport::builder`], [`JointOperation::builder`]) that reports every
//! problem at `build()`, and revised with [`Revisioned::revise`] and
//! [`Revisioned::withdraw`]. What people make of many records (the roadmap scorecard, CSV
//! tables, XLSX templates) is the `eu-clasi-report` crate;
//! fictitious records at any size come from `eu-clasi-sample`; the `eu-clasi` command-line
//! tool is `eu-clasi-cli`.
//!
//! ```
//! use eu_clasi::{Period, ProgressReport, Revisioned};
//!
//! let report = ProgressReport::builder()
//!     .action("4.ii")
//!     .reporter("state:BR")
//!     .reporting_unit("financial_intelligence_unit")
//!     .period(Period::half(2026, 1)?)
//!     .status("in_progress")
//!     .summary("pt", "[Exemplo fictício] Troca de informação financeira com a GAFILAT.")
//!     .tlp("TLP:AMBER")
//!     .build()?;
//! let mut withdrawal = report.clone();
//! withdrawal.withdraw()?;
//! assert!(withdrawal.modified > report.modified && withdrawal.id == report.id);
//! # Ok::<(), eu_clasi::Error>(())
//! ```
//!
//! ## Exports for other tools
//!
//! With the `exports` feature, [`export`] writes the vocabularies as a MISP taxonomy and MISP
//! galaxies (deterministic version 5 UUIDs) and as SKOS concept schemes in Turtle and JSON-LD,
//! and reads MISP machine tags and SKOS concept IRIs back as terms; the files are shipped in
//! `exports/`.
//!
//! ## Reading and validating JSON
//!
//! [`json`] reads documents and JSON Lines with the JSON Pointer of any error; [`Validate`]
//! lists every problem of a parsed value; [`schema`] generates the JSON Schemas the crate ships
//! in `schemas/` and checks a document by schema name; [`VocabularyCatalogue`] is every
//! vocabulary's terms, labels and facts as one document (`data/vocabulary.json`).
//!
//! Parsing (serde) checks a document's shape and stops at the first error. [`Validate`] then
//! checks a parsed value against the rest of its contract and reports *every* problem, each
//! with its JSON Pointer:
//!
//! - [`ProblemKind::Syntax`]: the input is not well-formed JSON at all (reported by the
//!   readers of [`json`] that list problems: [`json::check`] and [`json::CheckedLines`]);
//! - [`ProblemKind::Schema`]: a constraint the JSON Schema also states (a string's length, a
//!   number's range) that the Rust type does not enforce while parsing, or well-formed JSON
//!   that does not fit the type at all (a missing member, a string for a number);
//! - [`ProblemKind::Rule`]: a rule JSON Schema cannot state (a period's start is not after its
//!   end). Each such rule is listed in the schema under `x-rules`, with the id that
//!   [`Problem::rule`] carries; the rules are constants of [`contract`].
//!
//! A document is valid when it parses and has no problem: exactly then does it pass the JSON
//! Schema (for [`ProblemKind::Schema`] problems) and the rules.
//!
//! ## One path per item
//!
//! The types, traits and functions of documents (vocabularies, the declaration, records,
//! dates, validation, the catalogue, [`Error`]) are used from the crate root. The public
//! modules are namespaces used by name: [`contract`] (every pattern, bound and rule of the
//! wire format), [`versions`] (the schema ids and what a version promises), [`document`]
//! (any document by its `$schema`, and checking a file or a stream whatever its framing),
//! [`json`] (reading and writing), [`schema`] and [`export`].
//!
//! A document's `"$schema"` is its own schema's `$id` or absent, and [`versions`] says what a
//! version promises.
//!
//! ```
//! use eu_clasi::{json, Period, Validate};
//!
//! let p: Period = json::from_str(r#"{"start": "2026-07", "end": "2026-12"}"#)?;
//! assert!(p.problems().is_empty());
//! let err = json::from_str::<Period>(r#"{"start": "2026-07", "end": "2026-12", "x": 1}"#).unwrap_err();
//! assert!(err.to_string().starts_with("/x: unknown field `x`"));
//! # Ok::<(), eu_clasi::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// `object_shaped!` reads a struct one attribute or field per step, and a doc comment's every
// line is an attribute: the largest record comes within a few steps of the default limit, 128
// (a limit of 120 fails).
#![recursion_limit = "256"]
#![cfg_attr(docsrs, feature(doc_cfg))]

// One path per item. The types, traits and functions of documents (vocabularies, the
// declaration, records, dates, validation, the catalogue, the error) are used from the crate
// root, and their modules are private; the modules that are public are namespaces used by
// name: `contract` (the constants), `versions` (what a schema version promises), `document`
// (any document by its `$schema`, and checking files and streams), `json` (reading and
// writing), `schema` and `export`.
mod catalogue;
pub mod contract;
mod dates;
mod declaration;
pub mod document;
mod error;
#[cfg(feature = "exports")]
#[cfg_attr(docsrs, doc(cfg(feature = "exports")))]
pub mod export;
pub mod json;
mod model;
mod readers;
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub mod schema;
mod shape;
mod sources;
mod validate;
pub mod versions;
mod vocab;

pub use catalogue::{TermEntry, TermLabels, VocabularyCatalogue, VocabularyEntry};
pub use dates::{PartialDate, Period, Precision, Timing};
pub use declaration::{
    ActionId, CouncilReference, Declaration, Event, Meeting, Mentions, Named, Paragraph, Passage,
    Pillar, Roadmap, RoadmapAction, Target, declaration,
};
pub use error::Error;
pub use model::{
    Amount, Currency, Evidence, Extensions, Indicator, IndicatorValue, IntoField, JointOperation,
    JointOperationBuilder, Money, ProgressReport, ProgressReportBuilder, Quantity, RecordId,
    ReportingUnit, Revisioned, Summary, Timestamp, current_revisions, latest_revisions,
};
pub use sources::{Source, SourceEntry, sources};
// Inside the crate the schema ids are named from the root, as the document types are.
pub use validate::{Location, Problem, ProblemKind, Rule, Validate};
pub(crate) use versions::SchemaId;
pub use vocab::{
    AnyLookup, AnyTerm, BodyInfo, ClasiAccession, ClasiMember, CrimeAreaInfo, EmpactCycle, Fact,
    IccsCode, IndicatorUnit, InstrumentDate, InstrumentInfo, Labels, Recognised, TaggedAlias,
    Vocabularies, Vocabulary, VocabularyVisitor, lookup_any, normalize, recognise,
    visit_vocabularies,
};
vocab::reexport_vocabularies!();

/// The README's Rust tour, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
