//! Every vocabulary as a SKOS concept scheme, in Turtle and JSON-LD, written with the oxigraph
//! family's RDF crates (`oxrdf`, `oxttl`, `oxjsonld`).
//!
//! Each vocabulary is a `skos:ConceptScheme` `urn:eu-clasi:vocab:<kind>` ([`scheme_iri`]) with
//!
//! - `skos:prefLabel` and `dcterms:title` in `en`, `es`, `pt` and `fr`: the vocabulary's name
//!   ([`Vocabulary::title`], the data file's `title`);
//! - `dcterms:description` (`en`): what the vocabulary is ([`Vocabulary::about`], the first
//!   paragraph of the data file's `doc`);
//! - `dcterms:license`: the crate's licences as SPDX IRIs (`http://spdx.org/licenses/MIT`,
//!   `http://spdx.org/licenses/Apache-2.0`: the package's `license`), and `dcterms:rights` the
//!   SPDX expression itself (`MIT OR Apache-2.0`: either licence, at the user's option);
//! - `vann:preferredNamespaceUri` (`urn:eu-clasi:vocab:<kind>:`, the start of its concepts'
//!   IRIs) and `vann:preferredNamespacePrefix` (the Turtle prefix, `crime-area`);
//! - `skos:notation`: the kind (`crime_area`).
//!
//! Each term is a `skos:Concept` `urn:eu-clasi:vocab:<kind>:<wire code>` ([`concept_iri`]) with:
//!
//! - `skos:notation`: the wire code;
//! - `skos:prefLabel` in `en`, `es`, `pt` and `fr`, with language tags; a language whose label is
//!   the crate's own translation rather than an official or standard name is also given as a
//!   `urn:eu-clasi:ontology:translatedLanguage` value (`"es"`), so the two can be told apart;
//! - `skos:altLabel` for acronyms, official names, the declaration's wordings, former names and
//!   other aliases, each tagged with the language it is in
//!   ([`Vocabulary::tagged_aliases`]): `"narcotráfico"@es`, `"Polônia"@pt-BR`,
//!   `"Deutschland"@de`. A name written the same in every language (an acronym or code used as
//!   it is, tagged `mul` in the data) is an `altLabel` in each of `en`, `es`, `pt` and `fr`
//!   ([`TaggedAlias::language_tags`](crate::TaggedAlias::language_tags)). An `altLabel` that
//!   would be the very `prefLabel` of its language (same text, same tag) is left out, as SKOS
//!   requires;
//! - `skos:definition` (`en`): the term's description;
//! - crosswalks as SKOS mapping properties: a crime area's ICCS codes and FollowTheMoney topic
//!   (`skos:closeMatch`, to `urn:eu-clasi:iccs:<code>` and `urn:eu-clasi:ftm-topic:<topic>`,
//!   each with its `skos:notation`, since neither classification publishes IRIs) and its EMPACT
//!   priorities of both cycles (`skos:broadMatch`, to the concepts of the two EMPACT schemes); a
//!   state's entry in the EU Publications Office's country authority table (`skos:exactMatch`
//!   `http://publications.europa.eu/resource/authority/country/<ISO alpha-3>`: the table's code
//!   is the ISO 3166-1 alpha-3 code for every state that has one, as all of the crate's states
//!   do); a component project's programme (`skos:broader`, `skos:narrower`). Crosswalks that are
//!   the crate's own, unverified mapping say so in a `skos:editorialNote`.
//!
//! Every literal that is in a language carries its tag; only codes (notations, the
//! `translatedLanguage` values, the namespace and licence expression) are plain. The one
//! property the crate coins, `urn:eu-clasi:ontology:translatedLanguage`, is declared in the
//! graph (an `rdf:Property` and `owl:DatatypeProperty` with its label, comment, domain and
//! range, defined by the ontology `urn:eu-clasi:ontology:`).
//!
//! ```
//! use eu_clasi::export::skos::{concept_iri, from_concept_iri};
//! use eu_clasi::CrimeArea;
//!
//! let iri = concept_iri(CrimeArea::DrugTrafficking);
//! assert_eq!(iri, "urn:eu-clasi:vocab:crime_area:drug_trafficking");
//! assert_eq!(from_concept_iri::<CrimeArea>(&iri)?, CrimeArea::DrugTrafficking);
//! # Ok::<(), eu_clasi::Error>(())
//! ```

use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{Graph, Literal, NamedNode, Term, Triple};

use super::{BASE_IRI, each_vocabulary};
use crate::{Country, CrimeArea, Error, Instrument, Provenance, Vocabulary, VocabularyVisitor};

/// The SKOS namespace.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// The DCMI Metadata Terms namespace.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// The VANN namespace (vocabulary annotations: a vocabulary's preferred namespace).
pub const VANN: &str = "http://purl.org/vocab/vann/";
/// The OWL namespace.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// Where the SPDX licence list names each licence (`http://spdx.org/licenses/MIT`).
pub const SPDX_LICENSES: &str = "http://spdx.org/licenses/";
/// The namespace of the crate's own properties (`translatedLanguage`).
pub const ONTOLOGY: &str = "urn:eu-clasi:ontology:";
/// The EU Publications Office's country authority table.
pub const EU_COUNTRY_AUTHORITY: &str = "http://publications.europa.eu/resource/authority/country/";
/// Where the crate's ICCS codes are named (`urn:eu-clasi:iccs:0601`).
pub const ICCS_BASE: &str = "urn:eu-clasi:iccs:";
/// Where the crate's FollowTheMoney topics are named (`urn:eu-clasi:ftm-topic:crime.traffick.drug`).
pub const FTM_TOPIC_BASE: &str = "urn:eu-clasi:ftm-topic:";

/// The IRI of a vocabulary's concept scheme: `urn:eu-clasi:vocab:<kind>`.
///
/// ```
/// assert_eq!(eu_clasi::export::skos::scheme_iri::<eu_clasi::Country>(), "urn:eu-clasi:vocab:country");
/// ```
pub fn scheme_iri<V: Vocabulary>() -> String {
    format!("{BASE_IRI}{}", V::KIND)
}

/// The IRI of a term's concept: `urn:eu-clasi:vocab:<kind>:<wire code>`.
///
/// ```
/// assert_eq!(eu_clasi::export::skos::concept_iri(eu_clasi::Country::Br), "urn:eu-clasi:vocab:country:BR");
/// ```
pub fn concept_iri<V: Vocabulary>(term: V) -> String {
    format!("{BASE_IRI}{}:{}", V::KIND, term.code())
}

/// The term whose concept IRI is `iri`, read strictly (the IRI [`concept_iri`] writes).
///
/// # Errors
/// [`Error::InvalidValue`] when the IRI is not a concept of `V`'s scheme, or names no term of it
/// (with the vocabulary's codes).
///
/// ```
/// use eu_clasi::export::skos::from_concept_iri;
/// use eu_clasi::{Country, Tlp};
///
/// assert_eq!(from_concept_iri::<Country>("urn:eu-clasi:vocab:country:BR")?, Country::Br);
/// assert_eq!(from_concept_iri::<Tlp>("urn:eu-clasi:vocab:tlp:TLP:AMBER+STRICT")?, Tlp::AmberStrict);
/// assert!(from_concept_iri::<Country>("urn:eu-clasi:vocab:body:europol").is_err());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub fn from_concept_iri<V: Vocabulary>(iri: &str) -> Result<V, Error> {
    let bad = |reason: String| Error::InvalidValue {
        what: "SKOS concept IRI",
        input: iri.to_owned(),
        reason,
    };
    let prefix = format!("{}:", scheme_iri::<V>());
    let code = iri
        .strip_prefix(&prefix)
        .ok_or_else(|| bad(format!("expected an IRI starting with {prefix}")))?;
    code.parse::<V>().map_err(|e| bad(e.to_string()))
}

/// The vocabulary kind and wire code a concept IRI names, when it has the form
/// `urn:eu-clasi:vocab:<kind>:<code>` for one of the exported vocabularies.
///
/// ```
/// use eu_clasi::export::skos::concept_kind;
/// assert_eq!(concept_kind("urn:eu-clasi:vocab:crime_area:cybercrime"), Some(("crime_area", "cybercrime")));
/// assert_eq!(concept_kind("urn:eu-clasi:vocab:nonsense:x"), None);
/// ```
pub fn concept_kind(iri: &str) -> Option<(&'static str, &str)> {
    let rest = iri.strip_prefix(BASE_IRI)?;
    let (kind, code) = rest.split_once(':')?;
    super::vocabulary_kinds()
        .into_iter()
        .find(|k| *k == kind)
        .map(|k| (k, code))
}

fn iri(text: &str) -> Result<NamedNode, Error> {
    NamedNode::new(text).map_err(|e| Error::InvalidValue {
        what: "IRI",
        input: text.to_owned(),
        reason: e.to_string(),
    })
}

fn tagged(text: &str, lang: &str) -> Result<Literal, Error> {
    Literal::new_language_tagged_literal(text, lang).map_err(|e| Error::InvalidValue {
        what: "language tag",
        input: lang.to_owned(),
        reason: e.to_string(),
    })
}

/// The graph being built, with the few IRIs every vocabulary uses.
struct Builder {
    triples: Vec<Triple>,
    error: Option<Error>,
}

impl Builder {
    fn add(&mut self, s: &str, p: &str, o: impl Into<Term>) -> Result<(), Error> {
        self.triples.push(Triple::new(iri(s)?, iri(p)?, o.into()));
        Ok(())
    }

    fn link(&mut self, s: &str, p: &str, o: &str) -> Result<(), Error> {
        let object = iri(o)?;
        self.add(s, p, object)
    }

    fn skos(name: &str) -> String {
        format!("{SKOS}{name}")
    }

    fn vocabulary<V: Vocabulary>(&mut self) -> Result<(), Error> {
        let scheme = scheme_iri::<V>();
        self.link(&scheme, rdf::TYPE.as_str(), &Self::skos("ConceptScheme"))?;
        self.add(
            &scheme,
            &Self::skos("notation"),
            Literal::new_simple_literal(V::KIND),
        )?;
        for (lang, title) in V::title().iter() {
            self.add(
                &scheme,
                &Self::skos("prefLabel"),
                tagged(title, lang.code())?,
            )?;
            self.add(
                &scheme,
                &format!("{DCTERMS}title"),
                tagged(title, lang.code())?,
            )?;
        }
        self.add(
            &scheme,
            &format!("{DCTERMS}description"),
            tagged(&V::about(), "en")?,
        )?;
        for licence in licences() {
            self.link(&scheme, &format!("{DCTERMS}license"), &licence)?;
        }
        self.add(
            &scheme,
            &format!("{DCTERMS}rights"),
            Literal::new_simple_literal(LICENCE_EXPRESSION),
        )?;
        self.add(
            &scheme,
            &format!("{VANN}preferredNamespaceUri"),
            Literal::new_simple_literal(format!("{scheme}:")),
        )?;
        self.add(
            &scheme,
            &format!("{VANN}preferredNamespacePrefix"),
            Literal::new_simple_literal(prefix_of(V::KIND)),
        )?;
        for &term in V::all() {
            self.concept(&scheme, term)?;
        }
        Ok(())
    }

    fn concept<V: Vocabulary>(&mut self, scheme: &str, term: V) -> Result<(), Error> {
        let c = concept_iri(term);
        self.link(&c, rdf::TYPE.as_str(), &Self::skos("Concept"))?;
        self.link(&c, &Self::skos("inScheme"), scheme)?;
        self.add(
            &c,
            &Self::skos("notation"),
            Literal::new_simple_literal(term.code()),
        )?;
        let labels = term.labels();
        for (lang, text) in labels.iter() {
            self.add(&c, &Self::skos("prefLabel"), tagged(text, lang.code())?)?;
            if labels.is_translation(lang) {
                self.add(
                    &c,
                    &format!("{ONTOLOGY}translatedLanguage"),
                    Literal::new_simple_literal(lang.code()),
                )?;
            }
        }
        for (text, lang) in alt_labels(term) {
            self.add(&c, &Self::skos("altLabel"), tagged(text, lang)?)?;
        }
        self.add(
            &c,
            &Self::skos("definition"),
            tagged(term.description(), "en")?,
        )?;
        let broader = self.crosswalks(&c, V::KIND, term.code())?;
        if broader {
            Ok(())
        } else {
            self.link(&c, &Self::skos("topConceptOf"), scheme)?;
            self.link(scheme, &Self::skos("hasTopConcept"), &c)
        }
    }

    fn note(&mut self, c: &str, text: String) -> Result<(), Error> {
        self.add(c, &Self::skos("editorialNote"), tagged(&text, "en")?)
    }

    /// The term's links to other classifications; whether it has a broader concept in its own
    /// scheme.
    fn crosswalks(&mut self, c: &str, kind: &str, code: &str) -> Result<bool, Error> {
        if kind == CrimeArea::KIND
            && let Ok(area) = code.parse::<CrimeArea>()
        {
            self.crime_area(c, area)?;
        } else if kind == Country::KIND
            && let Ok(state) = code.parse::<Country>()
        {
            self.link(
                c,
                &Self::skos("exactMatch"),
                &format!("{EU_COUNTRY_AUTHORITY}{}", state.alpha3()),
            )?;
        } else if kind == Instrument::KIND
            && let Ok(instrument) = code.parse::<Instrument>()
        {
            for component in instrument.components() {
                self.link(c, &Self::skos("narrower"), &concept_iri(component))?;
            }
            if let Some(parent) = instrument.parent() {
                self.link(c, &Self::skos("broader"), &concept_iri(parent))?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn crime_area(&mut self, c: &str, area: CrimeArea) -> Result<(), Error> {
        let close = Self::skos("closeMatch");
        for iccs in area.iccs() {
            let target = format!("{ICCS_BASE}{}", iccs.code);
            self.link(c, &close, &target)?;
            self.add(
                &target,
                &Self::skos("notation"),
                Literal::new_simple_literal(iccs.code),
            )?;
            self.add(&target, rdfs::LABEL.as_str(), tagged(iccs.title, "en")?)?;
            if iccs.provenance.needs_checking() {
                self.note(
                    c,
                    format!("The match to ICCS {} is {}.", iccs.code, iccs.provenance),
                )?;
            }
        }
        let mut empact = false;
        for p in area.empact_2022_2025() {
            self.link(c, &Self::skos("broadMatch"), &concept_iri(*p))?;
            empact = true;
        }
        for p in area.empact_2026_2029() {
            self.link(c, &Self::skos("broadMatch"), &concept_iri(*p))?;
            empact = true;
        }
        if empact {
            self.note(
                c,
                "The EMPACT matches are the eu-clasi crate's own mapping, unverified.".to_owned(),
            )?;
        }
        if let Some(topic) = area.ftm_topic() {
            let target = format!("{FTM_TOPIC_BASE}{}", topic.value);
            self.link(c, &close, &target)?;
            self.add(
                &target,
                &Self::skos("notation"),
                Literal::new_simple_literal(topic.value),
            )?;
            if topic.provenance != Provenance::Verified
                && topic.provenance != Provenance::Declaration
            {
                self.note(
                    c,
                    format!(
                        "The match to the FollowTheMoney topic {} is {}.",
                        topic.value, topic.provenance
                    ),
                )?;
            }
        }
        Ok(())
    }

    /// The ontology of the terms the crate coins: today the one property
    /// `translatedLanguage`.
    fn ontology(&mut self) -> Result<(), Error> {
        let ontology = ONTOLOGY;
        self.link(ontology, rdf::TYPE.as_str(), &format!("{OWL}Ontology"))?;
        self.add(
            ontology,
            rdfs::LABEL.as_str(),
            tagged("eu-clasi ontology", "en")?,
        )?;
        self.add(
            ontology,
            &format!("{DCTERMS}description"),
            tagged(
                "The properties the eu-clasi crate coins for its SKOS export of the EU-CLASI \
                 vocabularies.",
                "en",
            )?,
        )?;
        for licence in licences() {
            self.link(ontology, &format!("{DCTERMS}license"), &licence)?;
        }
        let p = format!("{ONTOLOGY}translatedLanguage");
        self.link(&p, rdf::TYPE.as_str(), rdf::PROPERTY.as_str())?;
        self.link(&p, rdf::TYPE.as_str(), &format!("{OWL}DatatypeProperty"))?;
        self.link(&p, rdfs::IS_DEFINED_BY.as_str(), ontology)?;
        self.link(&p, rdfs::DOMAIN.as_str(), &Self::skos("Concept"))?;
        self.link(&p, rdfs::RANGE.as_str(), rdfs::LITERAL.as_str())?;
        self.add(
            &p,
            rdfs::LABEL.as_str(),
            tagged("translated language", "en")?,
        )?;
        self.add(
            &p,
            rdfs::COMMENT.as_str(),
            tagged(
                "A language (ISO 639-1 code) in which the concept's skos:prefLabel is the eu-clasi \
                 crate's own translation, not an official or standard name.",
                "en",
            )?,
        )
    }
}

/// The crate's licence, as the package gives it: an SPDX expression (`MIT OR Apache-2.0`).
pub const LICENCE_EXPRESSION: &str = env!("CARGO_PKG_LICENSE");

/// The IRI of each licence of [`LICENCE_EXPRESSION`] in the SPDX licence list, in its order.
///
/// ```
/// assert_eq!(
///     eu_clasi::export::skos::licences(),
///     ["http://spdx.org/licenses/MIT", "http://spdx.org/licenses/Apache-2.0"]
/// );
/// ```
pub fn licences() -> Vec<String> {
    LICENCE_EXPRESSION
        .split(" OR ")
        .map(|id| format!("{SPDX_LICENSES}{}", id.trim()))
        .collect()
}

/// A vocabulary's Turtle prefix (and `vann:preferredNamespacePrefix`): its kind with `-` for
/// `_` (`crime-area`).
fn prefix_of(kind: &str) -> String {
    kind.replace('_', "-")
}

/// A term's `skos:altLabel`s as (text, language tag) pairs: each of its
/// [tagged aliases](Vocabulary::tagged_aliases) in each of its
/// [language tags](crate::TaggedAlias::language_tags), once, leaving out a pair that is the
/// term's `prefLabel` in that language.
///
/// ```
/// use eu_clasi::export::skos::alt_labels;
/// use eu_clasi::{Body, Country, CrimeArea};
///
/// let drugs = alt_labels(CrimeArea::DrugTrafficking);
/// assert!(drugs.contains(&("narcotrafic", "fr")));
/// assert!(drugs.contains(&("narcotráfico", "es")) && drugs.contains(&("narcotráfico", "pt")));
/// assert!(alt_labels(Country::De).contains(&("Deutschland", "de")));
/// // The EUDA's acronym is its label in every language: no altLabel repeats it.
/// assert!(!alt_labels(Body::Euda).iter().any(|(text, _)| *text == "EUDA"));
/// ```
pub fn alt_labels<V: Vocabulary>(term: V) -> Vec<(&'static str, &'static str)> {
    let labels = term.labels();
    let mut out: Vec<(&'static str, &'static str)> = Vec::new();
    for alias in term.tagged_aliases() {
        for lang in alias.language_tags() {
            let is_pref = labels
                .iter()
                .any(|(l, text)| l.code() == lang && text == alias.text);
            if !is_pref && !out.contains(&(alias.text, lang)) {
                out.push((alias.text, lang));
            }
        }
    }
    out
}

impl VocabularyVisitor for Builder {
    fn visit<V: Vocabulary>(&mut self) {
        if self.error.is_none()
            && let Err(e) = self.vocabulary::<V>()
        {
            self.error = Some(e);
        }
    }
}

/// Every triple of the export, each once, in a fixed order (by subject, predicate, object), so
/// that both serialisations come out byte-identical from one run to the next.
///
/// # Errors
/// [`Error::InvalidValue`] if a term's IRI or a language tag is refused by the RDF crate,
/// naming it.
pub fn triples() -> Result<Vec<Triple>, Error> {
    let mut builder = Builder {
        triples: Vec::new(),
        error: None,
    };
    builder.ontology()?;
    each_vocabulary(&mut builder);
    if let Some(e) = builder.error {
        return Err(e);
    }
    let mut keyed: Vec<(String, Triple)> = builder
        .triples
        .into_iter()
        .map(|t| {
            let subject = match &t.subject {
                oxrdf::NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
                other => other.to_string(),
            };
            let object = match &t.object {
                Term::NamedNode(n) => n.as_str().to_owned(),
                other => other.to_string(),
            };
            let key = format!("{subject}\u{0}{}\u{0}{object}", t.predicate.as_str());
            (key, t)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    Ok(keyed.into_iter().map(|(_, t)| t).collect())
}

/// The export as an [`oxrdf::Graph`].
///
/// ```
/// let graph = eu_clasi::export::skos::graph()?;
/// assert!(graph.len() > 1000);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// As [`triples`].
pub fn graph() -> Result<Graph, Error> {
    let mut graph = Graph::new();
    for t in triples()? {
        graph.insert(&t);
    }
    Ok(graph)
}

fn io_error(format: &str, e: std::io::Error) -> Error {
    Error::InvalidValue {
        what: "RDF serialisation",
        input: format.to_owned(),
        reason: e.to_string(),
    }
}

/// The prefixes both serialisations declare.
fn prefixes() -> Vec<(String, String)> {
    let mut out = vec![
        ("skos".to_owned(), SKOS.to_owned()),
        ("dcterms".to_owned(), DCTERMS.to_owned()),
        ("vann".to_owned(), VANN.to_owned()),
        ("owl".to_owned(), OWL.to_owned()),
        ("spdx".to_owned(), SPDX_LICENSES.to_owned()),
        (
            "rdfs".to_owned(),
            "http://www.w3.org/2000/01/rdf-schema#".to_owned(),
        ),
        ("eu-clasi".to_owned(), ONTOLOGY.to_owned()),
        ("eu-country".to_owned(), EU_COUNTRY_AUTHORITY.to_owned()),
        ("iccs".to_owned(), ICCS_BASE.to_owned()),
    ];
    for kind in super::vocabulary_kinds() {
        out.push((prefix_of(kind), format!("{BASE_IRI}{kind}:")));
    }
    out
}

/// The export in Turtle.
///
/// ```
/// let ttl = eu_clasi::export::skos::turtle()?;
/// assert!(ttl.contains("@prefix skos: <http://www.w3.org/2004/02/skos/core#> ."));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// As [`triples`], or when the serializer fails.
pub fn turtle() -> Result<String, Error> {
    let mut serializer = oxttl::TurtleSerializer::new();
    for (name, iri) in prefixes() {
        serializer = serializer
            .with_prefix(name.as_str(), iri.as_str())
            .map_err(|e| Error::InvalidValue {
                what: "Turtle prefix",
                input: iri.clone(),
                reason: e.to_string(),
            })?;
    }
    let mut writer = serializer.for_writer(Vec::new());
    for t in triples()? {
        writer
            .serialize_triple(&t)
            .map_err(|e| io_error("Turtle", e))?;
    }
    let bytes = writer.finish().map_err(|e| io_error("Turtle", e))?;
    String::from_utf8(bytes).map_err(|e| Error::InvalidValue {
        what: "RDF serialisation",
        input: "Turtle".to_owned(),
        reason: e.to_string(),
    })
}

/// The export in JSON-LD: an array of node objects (expanded form, every IRI in full, no
/// `@context` needed), pretty-printed with sorted keys.
///
/// ```
/// let json: serde_json::Value = serde_json::from_str(&eu_clasi::export::skos::json_ld()?).unwrap();
/// let nodes = json.as_array().unwrap();
/// assert!(nodes.iter().any(|n| n["@id"] == "urn:eu-clasi:vocab:crime_area:drug_trafficking"));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// As [`triples`], or when the serializer fails.
pub fn json_ld() -> Result<String, Error> {
    let mut writer = oxjsonld::JsonLdSerializer::new().for_writer(Vec::new());
    for t in triples()? {
        writer
            .serialize_quad(t.as_ref().in_graph(oxrdf::GraphNameRef::DefaultGraph))
            .map_err(|e| io_error("JSON-LD", e))?;
    }
    let bytes = writer.finish().map_err(|e| io_error("JSON-LD", e))?;
    let mut value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| Error::InvalidValue {
            what: "RDF serialisation",
            input: "JSON-LD".to_owned(),
            reason: e.to_string(),
        })?;
    super::sort_keys(&mut value);
    Ok(super::pretty(&value))
}
