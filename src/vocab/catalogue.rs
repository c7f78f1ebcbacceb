//! Every vocabulary's terms, with their labels and facts, as one document for consumers in
//! other languages (`data/vocabulary.json`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::declaration::ParagraphKind;
use crate::{
    Actor, Body, BodyKind, BodyScope, CollectiveActor, Country, CrimeArea, EmpactPriority2022,
    EmpactPriority2026, ImplementationStatus, Instrument, InstrumentKind, Lang, Membership,
    OperationKind, Provenance, Region, Substance, Tlp, Vocabulary,
};

/// Every vocabulary of the crate, with each term's code, description, labels in the four
/// languages, lookup aliases and facts: the crate's vocabularies as data, for programs that
/// cannot link the crate.
///
/// `facts` holds each term's metadata (official names, dates, sources, ICCS codes, members, ...)
/// as the Rust accessors return it, each fact with its provenance, and for crime areas,
/// states, bodies, collective actors and instruments `named_in`: the paragraphs and roadmap
/// actions that name the term.
///
/// ```
/// use eu_clasi::VocabularyCatalogue;
///
/// let catalogue = VocabularyCatalogue::built_in();
/// let crime_areas = catalogue.vocabulary("crime_area").unwrap();
/// assert_eq!(crime_areas.terms.len(), 14);
/// assert_eq!(crime_areas.terms[0].code, "drug_trafficking");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "VocabularyCatalogue"))]
pub struct VocabularyCatalogue {
    /// The `$id` of the JSON Schema the document follows (optional).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The vocabularies, in the crate's order.
    pub vocabularies: Vec<VocabularyEntry>,
}

/// One vocabulary of a [`VocabularyCatalogue`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "VocabularyEntry"))]
pub struct VocabularyEntry {
    /// The vocabulary's kind (`crime_area`), as in [`Vocabulary::KIND`].
    pub kind: String,
    /// What the vocabulary is.
    pub description: String,
    /// Its terms, in order.
    pub terms: Vec<TermEntry>,
}

/// One term of a vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "TermEntry"))]
pub struct TermEntry {
    /// The wire code.
    pub code: String,
    /// What the term means, in English.
    pub description: String,
    /// Its labels.
    pub labels: TermLabels,
    /// The other names lookup finds it by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Its metadata, as the crate's accessors return it.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub facts: Map<String, Value>,
}

/// A term's labels in the four languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "TermLabels"))]
pub struct TermLabels {
    /// English.
    pub en: String,
    /// Spanish.
    pub es: String,
    /// Portuguese.
    pub pt: String,
    /// French.
    pub fr: String,
    /// The languages whose label is the crate's own translation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translated: Vec<Lang>,
}

fn facts(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map.into_iter().filter(|(_, v)| !v.is_null()).collect(),
        _ => Map::new(),
    }
}

fn entry<V: Vocabulary>(facts_of: impl Fn(V) -> Map<String, Value>) -> VocabularyEntry {
    VocabularyEntry {
        kind: V::KIND.to_owned(),
        description: V::about(),
        terms: V::all()
            .iter()
            .map(|&term| {
                let l = term.labels();
                TermEntry {
                    code: term.code().to_owned(),
                    description: term.description().to_owned(),
                    labels: TermLabels {
                        en: l.en.to_owned(),
                        es: l.es.to_owned(),
                        pt: l.pt.to_owned(),
                        fr: l.fr.to_owned(),
                        translated: l.translated.to_vec(),
                    },
                    aliases: term.aliases().into_iter().map(str::to_owned).collect(),
                    facts: facts_of(term),
                }
            })
            .collect(),
    }
}

/// How the declaration refers to each passage (`para 30`, `Annex 1.vi`).
fn named_in(passages: Vec<crate::Passage<'static>>) -> (String, Value) {
    let refs: Vec<String> = passages.into_iter().map(|p| p.reference()).collect();
    ("named_in".to_owned(), json!(refs))
}

fn none<V>(_: V) -> Map<String, Value> {
    Map::new()
}

/// Serializes a value the crate built itself (static data of plain types), which cannot fail.
fn to_value<T: Serialize>(value: T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

impl VocabularyCatalogue {
    /// The catalogue of every vocabulary of the crate.
    pub fn built_in() -> Self {
        VocabularyCatalogue {
            schema: None,
            vocabularies: vec![
                entry::<CrimeArea>(|a| {
                    facts(to_value(a.info()))
                        .into_iter()
                        .chain([
                            ("is_priority".to_owned(), json!(a.is_priority())),
                            named_in(a.named_in()),
                        ])
                        .collect()
                }),
                entry::<Country>(|c| {
                    facts(json!({
                        "alpha3": c.alpha3(),
                        "eu_code": c.eu_code(),
                        "region": c.region(),
                        "memberships": c.memberships(),
                    }))
                    .into_iter()
                    .chain([named_in(Actor::from(c).named_in())])
                    .collect()
                }),
                entry::<Region>(none),
                entry::<Membership>(|m| {
                    facts(
                        json!({ "members": m.members(), "source": m.source(), "since": m.since() }),
                    )
                }),
                entry::<Body>(|b| {
                    facts(to_value(b.info()))
                        .into_iter()
                        .chain([named_in(Actor::from(b).named_in())])
                        .collect()
                }),
                entry::<BodyKind>(none),
                entry::<BodyScope>(none),
                entry::<CollectiveActor>(|c| {
                    facts(json!({ "declaration_wording": c.declaration_wording() }))
                        .into_iter()
                        .chain([named_in(Actor::from(c).named_in())])
                        .collect()
                }),
                entry::<Actor>(none),
                entry::<Instrument>(|i| {
                    facts(to_value(i.info()))
                        .into_iter()
                        .chain([named_in(i.named_in())])
                        .collect()
                }),
                entry::<InstrumentKind>(none),
                entry::<EmpactPriority2022>(|p| {
                    facts(json!({ "number": p.number(), "cycle": EmpactPriority2022::cycle() }))
                }),
                entry::<EmpactPriority2026>(|p| {
                    facts(json!({ "number": p.number(), "cycle": EmpactPriority2026::cycle() }))
                }),
                entry::<Tlp>(|t| facts(json!({ "colour": t.colour() }))),
                entry::<Lang>(none),
                entry::<Provenance>(none),
                entry::<ParagraphKind>(none),
                entry::<ImplementationStatus>(none),
                entry::<OperationKind>(none),
                entry::<Substance>(none),
            ],
        }
    }

    /// The vocabulary of this kind.
    pub fn vocabulary(&self, kind: &str) -> Option<&VocabularyEntry> {
        self.vocabularies.iter().find(|v| v.kind == kind)
    }
}

impl crate::Validate for VocabularyCatalogue {
    /// A catalogue has no problem beyond parsing.
    fn validate_at(&self, _: &crate::Location<'_>, _: &mut Vec<crate::Problem>) {}
}

crate::shape::object_shaped!(VocabularyCatalogue, VocabularyEntry, TermEntry, TermLabels);
