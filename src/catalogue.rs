//! Every vocabulary's terms, with their labels and facts, as one document for consumers in
//! other languages (`data/vocabulary.json`).

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::{
    Body, CollectiveActor, Country, CrimeArea, EmpactPriority2022, EmpactPriority2026,
    IndicatorKind, Instrument, Lang, Membership, Tlp, Vocabulary,
};

crate::shape::object_shaped! {
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
    /// // Facts cite sources by id; the catalogue lists them.
    /// assert!(catalogue.sources.iter().any(|s| s.id == "ref-88"));
    /// ```
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct VocabularyCatalogue {
        /// The `$id` of the JSON Schema the document follows, `urn:eu-clasi:schema:v1:vocabulary-catalogue`, or
        /// absent. A document that names another schema (another type's, another version's) is
        /// refused, and so is `null`.
        #[serde(
            rename = "$schema",
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::versions::present"
        )]
        #[cfg_attr(
            feature = "schema",
            schemars(with = "crate::SchemaId<VocabularyCatalogue>")
        )]
        pub schema: Option<crate::SchemaId<VocabularyCatalogue>>,
        /// The vocabularies, in the crate's order.
        pub vocabularies: Vec<VocabularyEntry>,
        /// The sources the facts' `sources` ids name (see [`crate::sources()`]).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub sources: Vec<crate::SourceEntry>,
    }
}

crate::shape::object_shaped! {
    /// One vocabulary of a [`VocabularyCatalogue`].
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct VocabularyEntry {
        /// The vocabulary's kind (`crime_area`), as in [`Vocabulary::KIND`].
        pub kind: String,
        /// What the vocabulary is.
        pub description: String,
        /// Its terms, in order.
        pub terms: Vec<TermEntry>,
    }
}

crate::shape::object_shaped! {
    /// One term of a vocabulary.
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
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
        /// Its metadata, as the crate's accessors return it. A key given twice, at any depth, is
        /// refused, as everywhere in the crate's documents.
        #[serde(
            default,
            skip_serializing_if = "Map::is_empty",
            deserialize_with = "crate::model::strict_object"
        )]
        pub facts: Map<String, Value>,
    }
}

crate::shape::object_shaped! {
    /// A term's labels in the four languages.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
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
}

fn facts(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map.into_iter().filter(|(_, v)| !v.is_null()).collect(),
        _ => Map::new(),
    }
}

fn entry<V: Vocabulary + Catalogued>() -> VocabularyEntry {
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
                    facts: term.facts(),
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

/// What the catalogue says of a term beyond its code, description, labels and aliases.
pub(crate) trait Catalogued: Copy {
    /// The term's facts, as its Rust accessors give them.
    fn facts(self) -> Map<String, Value> {
        Map::new()
    }
}

// The vocabularies whose terms have no facts beyond their labels get the empty facts from the
// generated registry (src/generated/registry.rs).

impl Catalogued for CrimeArea {
    fn facts(self) -> Map<String, Value> {
        facts(to_value(self.info()))
            .into_iter()
            .chain([
                ("is_priority".to_owned(), json!(self.is_priority())),
                named_in(self.named_in()),
            ])
            .collect()
    }
}

impl Catalogued for Country {
    fn facts(self) -> Map<String, Value> {
        facts(json!({
            "alpha3": self.alpha3(),
            "eu_code": self.eu_code(),
            "region": self.region(),
            "memberships": self.memberships(),
        }))
        .into_iter()
        .chain([named_in(self.named_in())])
        .collect()
    }
}

impl Catalogued for Membership {
    fn facts(self) -> Map<String, Value> {
        facts(json!({ "members": self.members(), "source": self.source(), "since": self.since() }))
    }
}

impl Catalogued for Body {
    fn facts(self) -> Map<String, Value> {
        facts(to_value(self.info()))
            .into_iter()
            .chain([named_in(self.named_in())])
            .collect()
    }
}

impl Catalogued for CollectiveActor {
    fn facts(self) -> Map<String, Value> {
        facts(json!({ "declaration_wording": self.declaration_wording() }))
            .into_iter()
            .chain([named_in(self.named_in())])
            .collect()
    }
}

impl Catalogued for Instrument {
    fn facts(self) -> Map<String, Value> {
        facts(to_value(self.info()))
            .into_iter()
            .chain([named_in(self.named_in())])
            .collect()
    }
}

impl Catalogued for EmpactPriority2022 {
    fn facts(self) -> Map<String, Value> {
        facts(json!({ "number": self.number(), "cycle": EmpactPriority2022::cycle() }))
    }
}

impl Catalogued for EmpactPriority2026 {
    fn facts(self) -> Map<String, Value> {
        facts(json!({ "number": self.number(), "cycle": EmpactPriority2026::cycle() }))
    }
}

impl Catalogued for IndicatorKind {
    fn facts(self) -> Map<String, Value> {
        facts(json!({ "members": self.unit().members() }))
    }
}

impl Catalogued for Tlp {
    fn facts(self) -> Map<String, Value> {
        facts(json!({ "colour": self.colour() }))
    }
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
            vocabularies: {
                macro_rules! entries {
                    ($($v:ty),+) => { vec![$(entry::<$v>()),+] };
                }
                crate::vocab::vocabularies!(entries)
            },
            sources: crate::sources()
                .iter()
                .map(crate::SourceEntry::from)
                .collect(),
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

crate::versions::document_type!(VocabularyCatalogue, "vocabulary-catalogue");
crate::readers::from_json!(VocabularyCatalogue);
