//! The declaration's vocabularies.
//!
//! Every vocabulary is a Rust enum with unit variants that implements [`Vocabulary`]: a stable
//! wire code (the serde string, the `Display` string, the JSON Schema `enum` value and the
//! strict `FromStr` input are all the same string), a description, labels in English, Spanish,
//! Portuguese and French, and a forgiving [`Vocabulary::lookup`] that finds a term by its code,
//! acronym, alias or label in any of the four languages, ignoring case.

use std::collections::HashMap;
use std::hash::Hash;

use crate::Error;

mod index;
mod macros;
mod registry;

// The vocabularies' modules (their hand-written faces) and types, the `vocabularies!` list
// every other list follows, generated from the data files' headers.
include!("../generated/registry.rs");

pub(crate) use macros::vocabulary;
pub use registry::{
    AnyLookup, AnyTerm, Recognised, Vocabularies, VocabularyVisitor, lookup_any, recognise,
    visit_vocabularies,
};

/// What every vocabulary of the crate offers.
///
/// ```
/// use eu_clasi::{Country, CrimeArea, Lang, Vocabulary};
///
/// // Wire code, strict parse and Display are one string.
/// assert_eq!(CrimeArea::MigrantSmuggling.code(), "migrant_smuggling");
/// assert_eq!("migrant_smuggling".parse::<CrimeArea>().unwrap(), CrimeArea::MigrantSmuggling);
///
/// // Lookup forgives: any code, acronym, alias or label, in any language, any case.
/// assert_eq!(Country::lookup("Brasil").unwrap(), Country::Br);
/// assert_eq!(CrimeArea::lookup("Trata de personas").unwrap(), CrimeArea::TraffickingInHumanBeings);
///
/// // Labels in four languages.
/// assert_eq!(Country::Br.label(Lang::Fr), "Brésil");
/// ```
pub trait Vocabulary:
    sealed::Sealed
    + Copy
    + Eq
    + Ord
    + Hash
    + std::fmt::Debug
    + std::fmt::Display
    + std::str::FromStr<Err = Error>
    + serde::Serialize
    + serde::de::DeserializeOwned
    + Send
    + Sync
    + 'static
{
    /// The vocabulary's own name, in snake_case (`crime_area`, `country`, ...), as used in
    /// error messages and in the vocabulary catalogue.
    const KIND: &'static str;

    /// Every term, in the vocabulary's order.
    fn all() -> &'static [Self];

    /// Every wire code, in the same order as [`all`](Vocabulary::all).
    fn codes() -> &'static [&'static str];

    /// The term's wire code: its serde string and `Display` form.
    fn code(self) -> &'static str;

    /// What the term means, in English (the variant's documentation).
    fn description(self) -> &'static str;

    /// The term's labels in the four languages.
    fn labels(self) -> Labels;

    /// Other names the term is found by in [`lookup`](Vocabulary::lookup): acronyms, official
    /// names, former names, the declaration's own wording. Code and labels are not repeated
    /// here. These are the texts of [`tagged_aliases`](Vocabulary::tagged_aliases), each once.
    fn aliases(self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for alias in self.tagged_aliases() {
            if !out.contains(&alias.text) {
                out.push(alias.text);
            }
        }
        out
    }

    /// The term's [`aliases`](Vocabulary::aliases), each with the language it is in (a name
    /// used in several languages once for each; see [`TaggedAlias`] for the tags): from the
    /// data files' `aliases.<language>` lists, with the names other fields give tagged by a
    /// fixed rule (an acronym or code the same in every language; the declaration's own
    /// wording English; an official name in the language it is the name in).
    ///
    /// ```
    /// use eu_clasi::{Body, TaggedAlias, Vocabulary};
    ///
    /// let aliases = Body::Euda.tagged_aliases();
    /// assert!(aliases.contains(&TaggedAlias::new("en", "EMCDDA")));
    /// assert!(aliases.contains(&TaggedAlias::new("es", "OEDT")));
    /// assert!(aliases.contains(&TaggedAlias::new("pt", "OEDT")));
    /// ```
    fn tagged_aliases(self) -> Vec<TaggedAlias>;

    /// The vocabulary's own name in the four languages, singular (`Crime area`, `Ámbito
    /// delictivo`, ...): the crate's names, from the data file's `[vocabulary]` header.
    ///
    /// ```
    /// use eu_clasi::{CrimeArea, Lang, Vocabulary};
    /// assert_eq!(CrimeArea::title().get(Lang::Fr), "Domaine de criminalité");
    /// ```
    fn title() -> Labels {
        <Self as sealed::Sealed>::TITLE
    }

    /// The term's label in one language.
    fn label(self, lang: Lang) -> &'static str {
        self.labels().get(lang)
    }

    /// Finds a term by its code, acronym, alias or label in any of the four languages,
    /// ignoring case, surrounding space, and the difference between `-`, `_` and a space.
    ///
    /// # Errors
    /// [`Error::NotFound`] when nothing matches, [`Error::Ambiguous`] (naming every candidate)
    /// when the text names more than one term.
    fn lookup(text: &str) -> Result<Self, Error> {
        Self::lookup_index().find(text)
    }

    /// What the vocabulary is, in English: the first paragraph of its documentation.
    ///
    /// ```
    /// use eu_clasi::{Tlp, Vocabulary};
    /// assert!(Tlp::about().starts_with("A Traffic Light Protocol (TLP) 2.0 marking"));
    /// ```
    fn about() -> String {
        first_paragraph(Self::DOC)
    }
}

/// The crate's own side of every vocabulary: not nameable outside the crate, so
/// [`Vocabulary`] cannot be implemented elsewhere and these items are no public API.
pub(crate) mod sealed {
    /// What the crate's code generation gives every vocabulary.
    pub trait Sealed: Sized + 'static {
        /// The vocabulary's own documentation (its type's doc comment), raw.
        const DOC: &'static str;

        /// The vocabulary's name in the four languages (the data file's `title`).
        const TITLE: crate::Labels;

        /// The vocabulary's lookup index, built on first use.
        fn lookup_index() -> &'static super::LookupIndex<Self>;

        /// The wire codes the vocabulary's terms had before, each with its term: still parsed
        /// by `FromStr`, serde and lookup, never written.
        fn former_codes() -> &'static [(&'static str, Self)] {
            &[]
        }
    }
}

pub use body::BodyInfo;
pub use crime_area::{CrimeAreaInfo, IccsCode};
pub use empact::EmpactCycle;
pub use index::normalize;
pub(crate) use index::{LookupIndex, Word, words};
pub use indicator_kind::IndicatorUnit;
pub use instrument::{InstrumentDate, InstrumentInfo};
pub(crate) use lang::TRANSLATED_ES_PT_FR;
pub use lang::{Labels, TaggedAlias};
pub use membership::{ClasiAccession, ClasiMember};
pub use provenance::Fact;

/// Finds the term whose wire code is `code` exactly (the strict parse behind `FromStr` and serde).
pub(crate) fn from_code<V: Vocabulary>(code: &str) -> Result<V, Error> {
    V::lookup_index()
        .by_code(code)
        .ok_or_else(|| Error::UnknownCode {
            kind: V::KIND,
            input: code.to_owned(),
            expected: V::codes(),
        })
}

/// Builds the lookup keys of one vocabulary: each normalised name with every term it names.
pub(crate) fn lookup_keys<V: Vocabulary>() -> HashMap<String, Vec<V>> {
    let mut map: HashMap<String, Vec<V>> = HashMap::new();
    for &term in V::all() {
        let labels = term.labels();
        let former = <V as sealed::Sealed>::former_codes()
            .iter()
            .filter(move |(_, t)| *t == term)
            .map(|(code, _)| *code);
        let names = std::iter::once(term.code())
            .chain(former)
            .chain(labels.iter().map(|(_, text)| text))
            .chain(term.aliases());
        for name in names {
            let entry = map.entry(normalize(name)).or_default();
            if !entry.contains(&term) {
                entry.push(term);
            }
        }
    }
    map
}

/// The first paragraph of a doc comment, as one line, with rustdoc links reduced to their text.
pub(crate) fn first_paragraph(doc: &str) -> String {
    let paragraph: Vec<&str> = doc
        .lines()
        .map(str::trim)
        .take_while(|line| !line.is_empty())
        .collect();
    strip_links(&paragraph.join(" "))
}

/// `[text](target)` -> `text`, `[text]` -> `text` (rustdoc links), backticks removed from
/// link texts.
pub(crate) fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(rest[open + 1..close].trim_matches('`'));
        rest = &rest[close + 1..];
        if rest.starts_with('(')
            && let Some(end) = rest.find(')')
        {
            rest = &rest[end + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// The JSON Schema of a vocabulary: a string `enum` of the wire codes, with each term's
/// description and labels as annotations in the same order.
#[cfg(feature = "schema")]
pub(crate) fn vocabulary_schema<V: Vocabulary>(doc: &str) -> schemars::Schema {
    let label = |t: V| {
        let l = t.labels();
        serde_json::json!({ "en": l.en, "es": l.es, "pt": l.pt, "fr": l.fr })
    };
    let former = <V as sealed::Sealed>::former_codes();
    // A former wire code still parses, so the schema accepts it too, after the current codes,
    // described as deprecated.
    let codes: Vec<&str> = V::codes()
        .iter()
        .copied()
        .chain(former.iter().map(|(code, _)| *code))
        .collect();
    let descriptions: Vec<String> = V::all()
        .iter()
        .map(|t| t.description().to_owned())
        .chain(former.iter().map(|(_, t)| {
            format!(
                "Deprecated: the former code of `{}`. {}",
                t.code(),
                t.description()
            )
        }))
        .collect();
    let labels: Vec<serde_json::Value> = V::all()
        .iter()
        .map(|&t| label(t))
        .chain(former.iter().map(|&(_, t)| label(t)))
        .collect();
    schemars::json_schema!({
        "description": first_paragraph(doc),
        "type": "string",
        "enum": codes,
        "x-enum-descriptions": descriptions,
        "x-enum-labels": labels,
    })
}
