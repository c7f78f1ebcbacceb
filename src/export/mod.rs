//! The vocabularies in the formats other tools read: a MISP taxonomy and MISP galaxies
//! ([`misp`]), and SKOS concept schemes in Turtle and JSON-LD ([`skos`]); and the records as
//! MISP events ([`event`]).
//!
//! Everything here is built from the crate's public vocabulary API, so the exports cannot say
//! something the vocabularies do not. The files the crate ships under `exports/` are exactly
//! what [`generated_files`] returns (a test and CI fail when they drift; run
//! `cargo xtask regen` to regenerate them, and
//! `eu-clasi export --format=FORMAT --output=PATH` (the `eu-clasi-cli` crate) to write one
//! format anywhere).
//!
//! # Identifiers that never change
//!
//! Every MISP galaxy and cluster value has a version 5 (name-based, SHA-1) UUID computed from
//! [`UUID_NAMESPACE`] and the name `<kind>:<wire code>` ([`uuid_of`]), so a regeneration never
//! changes an id and anyone can recompute one. In Python:
//!
//! ```text
//! >>> import uuid
//! >>> ns = uuid.UUID("e664ad23-9eb6-55bf-9e3e-bb4a9692de79")
//! >>> str(uuid.uuid5(ns, "body:europol"))
//! '421ac40b-6e11-5189-8b34-d52443b8a695'
//! ```
//!
//! A galaxy's UUID (also its cluster's) is the same recipe with the kind `galaxy` and the
//! galaxy's type (`galaxy:eu-clasi-body`).
//!
//! ```
//! use eu_clasi::export::{uuid_of, uuid_for};
//! use eu_clasi::Body;
//!
//! assert_eq!(uuid_for(Body::Europol).to_string(), "421ac40b-6e11-5189-8b34-d52443b8a695");
//! assert_eq!(uuid_for(Body::Europol), uuid_of("body", "europol"));
//! assert_eq!(uuid_for(Body::Europol).get_version_num(), 5);
//! ```
//!
//! Every SKOS concept has the IRI `urn:eu-clasi:vocab:<kind>:<wire code>` under [`BASE_IRI`]
//! (see [`skos`]).

use uuid::Uuid;

use crate::{Actor, Error, Vocabulary, VocabularyVisitor};

pub mod event;
pub mod misp;
pub mod skos;

/// The namespace of every UUID the exports mint: `e664ad23-9eb6-55bf-9e3e-bb4a9692de79`.
///
/// It was computed once as the version 5 UUID of the name `urn:eu-clasi` in the standard URL
/// namespace (`uuid.uuid5(uuid.NAMESPACE_URL, "urn:eu-clasi")` in Python) and is fixed: it
/// never changes, whatever else does.
pub const UUID_NAMESPACE: Uuid = Uuid::from_u128(0xe664ad23_9eb6_55bf_9e3e_bb4a9692de79);

/// The base of every IRI the SKOS export mints: `urn:eu-clasi:vocab:`.
///
/// A concept scheme is `urn:eu-clasi:vocab:<kind>` (`urn:eu-clasi:vocab:crime_area`), a
/// concept `urn:eu-clasi:vocab:<kind>:<wire code>` (`urn:eu-clasi:vocab:country:BR`). Like the
/// schema ids (`urn:eu-clasi:schema:v1:...`), these are names, not addresses: nothing is served
/// at them.
pub const BASE_IRI: &str = "urn:eu-clasi:vocab:";

/// The version 5 UUID of the name `kind:code` in [`UUID_NAMESPACE`].
///
/// ```
/// let id = eu_clasi::export::uuid_of("country", "BR");
/// assert_eq!(id, eu_clasi::export::uuid_of("country", "BR"));
/// assert_ne!(id, eu_clasi::export::uuid_of("country", "AR"));
/// ```
pub fn uuid_of(kind: &str, code: &str) -> Uuid {
    Uuid::new_v5(&UUID_NAMESPACE, format!("{kind}:{code}").as_bytes())
}

/// The version 5 UUID of a term: [`uuid_of`] its vocabulary's [`KIND`](Vocabulary::KIND) and
/// its wire code.
pub fn uuid_for<V: Vocabulary>(term: V) -> Uuid {
    uuid_of(V::KIND, term.code())
}

/// Calls `visitor` for every vocabulary the SKOS export covers: every vocabulary of the crate's
/// registry ([`visit_vocabularies`](crate::visit_vocabularies)), in its order, but
/// [`Actor`], whose terms are the states, bodies and collective actors, each
/// already a concept of its own scheme.
pub(crate) fn each_vocabulary<T: VocabularyVisitor>(visitor: &mut T) {
    struct SkipActor<'a, T>(&'a mut T);
    impl<T: VocabularyVisitor> VocabularyVisitor for SkipActor<'_, T> {
        fn visit<V: Vocabulary>(&mut self) {
            if V::KIND != Actor::KIND {
                self.0.visit::<V>();
            }
        }
    }
    crate::visit_vocabularies(&mut SkipActor(visitor));
}

/// The kinds of every vocabulary the SKOS export covers, in order.
///
/// ```
/// let kinds = eu_clasi::export::vocabulary_kinds();
/// assert_eq!(kinds[0], "crime_area");
/// assert!(!kinds.contains(&"actor"));
/// ```
pub fn vocabulary_kinds() -> Vec<&'static str> {
    struct Kinds(Vec<&'static str>);
    impl VocabularyVisitor for Kinds {
        fn visit<V: Vocabulary>(&mut self) {
            self.0.push(V::KIND);
        }
    }
    let mut kinds = Kinds(Vec::new());
    each_vocabulary(&mut kinds);
    kinds.0
}

/// The references a MISP file gives for a term: today, the passages of the declaration that
/// name it (`Council document 6403/25, para 20`).
///
/// This is the one place references are made: when facts carry their sources, add each
/// source's URL here and every MISP file follows.
pub(crate) fn refs<'a>(
    named_in: &[crate::Passage<'static>],
    sources: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let number = &crate::declaration().reference.number;
    let mut refs: Vec<String> = named_in
        .iter()
        .map(|p| format!("Council document {number}, {}", p.reference()))
        .collect();
    // Then the address of every source the term's facts cite, once each, in citing order.
    for id in sources {
        if let Some(url) = crate::Source::get(id).and_then(|s| s.url)
            && !refs.iter().any(|r| r == url)
        {
            refs.push(url.to_owned());
        }
    }
    refs
}

/// One of the formats the crate exports its vocabularies in.
///
/// ```
/// use eu_clasi::export::Format;
///
/// let format: Format = "skos-turtle".parse()?;
/// assert_eq!(format, Format::SkosTurtle);
/// assert!(format.render()?.iter().all(|(path, _)| path.starts_with("exports/skos/")));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The MISP taxonomy `eu-clasi` (`machinetag.json`) with its Spanish, Portuguese and
    /// French companions.
    MispTaxonomy,
    /// The MISP galaxies and clusters of the bodies, the instruments and the states.
    MispGalaxies,
    /// Every vocabulary as a SKOS concept scheme, in Turtle.
    SkosTurtle,
    /// Every vocabulary as a SKOS concept scheme, in JSON-LD.
    SkosJsonLd,
}

impl Format {
    /// Every format, in the order [`generated_files`] writes them.
    pub const ALL: [Format; 4] = [
        Format::MispTaxonomy,
        Format::MispGalaxies,
        Format::SkosTurtle,
        Format::SkosJsonLd,
    ];

    /// The format's name on a command line: `misp-taxonomy`, `misp-galaxies`, `skos-turtle`,
    /// `skos-jsonld`.
    pub const fn name(self) -> &'static str {
        match self {
            Format::MispTaxonomy => "misp-taxonomy",
            Format::MispGalaxies => "misp-galaxies",
            Format::SkosTurtle => "skos-turtle",
            Format::SkosJsonLd => "skos-jsonld",
        }
    }

    /// The format's files: each path relative to the repository root (under `exports/`) with
    /// its contents.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] if the RDF serializer refuses a term (an IRI or a language tag
    /// it cannot write), naming the term.
    pub fn render(self) -> Result<Vec<(String, String)>, Error> {
        match self {
            Format::MispTaxonomy => Ok(misp::taxonomy_files()),
            Format::MispGalaxies => Ok(misp::galaxy_files()),
            Format::SkosTurtle => Ok(vec![(
                "exports/skos/eu-clasi.ttl".to_owned(),
                skos::turtle()?,
            )]),
            Format::SkosJsonLd => Ok(vec![(
                "exports/skos/eu-clasi.jsonld".to_owned(),
                skos::json_ld()?,
            )]),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| Error::InvalidValue {
                what: "export format",
                input: s.to_owned(),
                reason: "expected one of misp-taxonomy, misp-galaxies, skos-turtle, skos-jsonld"
                    .to_owned(),
            })
    }
}

/// Every file of every format, each path relative to the repository root: what the crate
/// ships under `exports/`.
///
/// # Errors
/// As [`Format::render`].
pub fn generated_files() -> Result<Vec<(String, String)>, Error> {
    let mut files = Vec::new();
    for format in Format::ALL {
        files.extend(format.render()?);
    }
    Ok(files)
}

/// A value the crate built itself from static data of plain types, as pretty JSON with a
/// final newline (serializing it cannot fail): exactly what `jq .` prints of it.
///
/// jq and serde_json write the same layout (two-space indent, `": "`, `[]` and `{}` for empty
/// containers, every non-ASCII character as it is, the same escapes) with one exception,
/// handled here: jq escapes DEL (U+007F) as `\u007f`. Numbers are printed alike only for
/// integers below 10^17, the only numbers these files hold (versions).
pub(crate) fn pretty<T: serde::Serialize>(value: &T) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    // DEL can only occur inside a string, where jq writes it escaped.
    let mut text = text.replace('\u{7f}', "\\u007f");
    text.push('\n');
    text
}

/// A value as `jq --sort-keys .` prints it: [`pretty`], with the keys of every object sorted
/// (by their UTF-8 bytes, as jq sorts them). MISP's misp-galaxy repository keeps every galaxy
/// and cluster file in this form, and its CI refuses any other.
pub(crate) fn jq_sorted<T: serde::Serialize>(value: &T) -> String {
    let mut value = serde_json::to_value(value).unwrap_or_default();
    sort_keys(&mut value);
    pretty(&value)
}

/// Sorts every object's keys, whatever serde_json's `preserve_order` feature says.
pub(crate) fn sort_keys(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.sort_keys();
            for v in map.values_mut() {
                sort_keys(v);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_namespace_is_the_documented_one() {
        assert_eq!(
            UUID_NAMESPACE,
            Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:eu-clasi")
        );
        assert_eq!(
            UUID_NAMESPACE.to_string(),
            "e664ad23-9eb6-55bf-9e3e-bb4a9692de79"
        );
    }

    #[test]
    fn format_names_round_trip_and_unknown_names_are_refused() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
        let err = "skos".parse::<Format>().unwrap_err().to_string();
        assert!(err.contains("expected one of misp-taxonomy"), "{err}");
    }

    #[test]
    fn every_vocabulary_is_listed_once() {
        let kinds = vocabulary_kinds();
        let mut unique = kinds.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), kinds.len());
        let catalogue = crate::VocabularyCatalogue::built_in();
        for v in &catalogue.vocabularies {
            assert_eq!(
                kinds.contains(&v.kind.as_str()),
                v.kind != "actor",
                "{} is not exported",
                v.kind
            );
        }
    }
}
