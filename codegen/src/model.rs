//! The shape of the data files under `data/vocabularies/`: one file per vocabulary, one
//! `[[term]]` entry per term holding everything the crate says about it.
//!
//! These types are the data files' contract: they are read with `deny_unknown_fields`, and
//! the schemas under `data/schema/` (one per [`Family`]) are generated from them.
//!
//! They are not the runtime types of `eu-clasi`, on purpose: the runtime types are compiled
//! from what this crate generates, so the generator cannot depend on them (a stale or broken
//! generated file could then never be regenerated), and they are `const` tables of
//! `&'static str` where these are owned values read by serde. What they share is named, not
//! copied: a vocabulary's family, order and face are its header's data; the runtime paths of a
//! language, a provenance and an indicator unit are written from these enums' variant names
//! (`crate::Lang::Es`), so a variant the runtime type lacks fails to compile, and [`Lang`] and
//! [`Status`] are checked against `lang.toml` and `provenance.toml` at every generation (a term
//! of the data file the enum cannot read is an error naming it); every other vocabulary a term
//! refers to is resolved through that vocabulary's own data file.

use schemars::JsonSchema;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One of the four languages every term is labelled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// French.
    Fr,
}

impl Lang {
    /// The Rust path of the language: its variant of `eu_clasi::Lang`, which the generated code
    /// names by this enum's variant name (`crate::Lang::Es`), so that the two cannot differ
    /// without the generated code failing to compile.
    pub fn rust(self) -> String {
        format!("crate::Lang::{self:?}")
    }
}

/// A text in each of the four languages. `translated` lists the languages whose text is the
/// crate's own translation; every other text is an official or standard form, or a form a
/// source uses (an EU body's names in the EU's languages are official, not translations).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// English.
    pub en: String,
    /// Spanish.
    pub es: String,
    /// Portuguese.
    pub pt: String,
    /// French.
    pub fr: String,
    /// The languages whose text is the crate's own translation, not an official name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translated: Vec<Lang>,
}

impl Labels {
    /// The four texts, in the order en, es, pt, fr.
    pub fn texts(&self) -> [&str; 4] {
        [&self.en, &self.es, &self.pt, &self.fr]
    }
}

/// How a fact is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Taken from the declaration's own text.
    Declaration,
    /// Found in the sources it cites.
    Verified,
    /// Found, but the sources disagree: the note says how.
    Disputed,
    /// Best knowledge, confirmed by no source: the note says what is missing.
    Unverified,
}

/// A fact with how it is known, the sources that support it and a note.
///
/// A `verified` or `disputed` fact cites at least one source id of `data/sources.toml`; a
/// `disputed` one says in its note how the sources disagree, an `unverified` one what is
/// missing.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    /// The value.
    pub value: T,
    /// How it is known.
    pub status: Status,
    /// The ids of the sources (in `data/sources.toml`) that support it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What else to know: a qualification, how the sources disagree (`disputed`), or what is
    /// missing (`unverified`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A date known to the year (`2011`), the month (`2021-02`) or the day (`2023-11-09`).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(transparent)]
pub struct Date(#[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))] pub String);

/// What kind of entry a vocabulary data file holds: the shape of its terms, and the schema
/// under `data/schema/` they follow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Labels and aliases only.
    #[default]
    Plain,
    /// TLP markings (with their colour).
    Tlp,
    /// Implementation statuses (with whether they are active).
    ImplementationStatus,
    /// Bodies.
    Body,
    /// Instruments.
    Instrument,
    /// Crime areas.
    CrimeArea,
    /// States.
    Country,
    /// Memberships.
    Membership,
    /// EMPACT priorities.
    EmpactPriority,
    /// Collective actors.
    CollectiveActor,
    /// Kinds of indicator (with the unit each counts in).
    IndicatorKind,
    /// No terms of its own: a vocabulary whose face makes its terms from other vocabularies'
    /// (the actor: states, bodies and collective actors). Only its header is data.
    Derived,
}

impl Family {
    /// The family's name, as a header writes it: also its schema's name under `data/schema/`.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    fn is_plain(&self) -> bool {
        *self == Family::Plain
    }
}

/// A vocabulary's name in each of the four languages: the crate's own names, none official.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// English.
    pub en: String,
    /// Spanish.
    pub es: String,
    /// Portuguese.
    pub pt: String,
    /// French.
    pub fr: String,
}

impl Title {
    /// The four names, in the order en, es, pt, fr.
    pub fn texts(&self) -> [&str; 4] {
        [&self.en, &self.es, &self.pt, &self.fr]
    }
}

/// The other names of a term, by the language each is in: `aliases.es = ["narcotráfico"]`.
///
/// A key is a BCP 47 language tag: one of the four languages (`en`, `es`, `pt`, `fr`), a
/// regional form of one (`en-US`, `pt-BR`), or another language a name comes from
/// (`de` for `Deutschland`). The key `mul` (ISO 639-2 "multiple languages") holds the names
/// written the same in every language (acronyms and codes used as they are: `MDMA`, `EL`,
/// `SEACOP VI`). A name used in several, but not all, of the languages is listed under each
/// (`OEDT` under `es`, `pt` and `fr`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(transparent)]
pub struct Aliases(
    #[schemars(extend("propertyNames" = { "pattern": "^(mul|[a-z]{2,3}(-[A-Z]{2})?)$" }))]
    pub  BTreeMap<String, Vec<String>>,
);

impl Aliases {
    /// The order of the languages: `mul`, then the four languages each followed by its
    /// regional forms, then every other language by its tag.
    fn rank(tag: &str) -> (usize, &str) {
        let primary = tag.split('-').next().unwrap_or(tag);
        let position = ["mul", "en", "es", "pt", "fr"]
            .iter()
            .position(|l| *l == primary)
            .unwrap_or(5);
        (position, tag)
    }

    /// Every name with its language tag: `mul` first, then the four languages each followed by
    /// its regional forms, then every other language by its tag, and within a language as the
    /// data file lists them.
    pub fn tagged(&self) -> Vec<(String, String)> {
        let mut tags: Vec<&String> = self.0.keys().collect();
        tags.sort_by_key(|t| Self::rank(t));
        tags.into_iter()
            .flat_map(|t| self.0[t].iter().map(move |name| (t.clone(), name.clone())))
            .collect()
    }

    /// Every name once, in the order of [`Aliases::tagged`].
    pub fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (_, name) in self.tagged() {
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }

    /// Whether there is no name.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(Vec::is_empty)
    }
}

/// What every data file says of its vocabulary.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// The vocabulary's name in snake_case (`crime_area`), as in error messages and the
    /// vocabulary catalogue.
    pub kind: String,
    /// The Rust type (`CrimeArea`).
    pub rust_type: String,
    /// The vocabulary's name in the four languages (singular: `Crime area`): the SKOS concept
    /// scheme's label and title, and the label of a MISP taxonomy predicate whose values are
    /// its terms. Not given for a `derived` vocabulary, whose face names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// What kind of entry the file's terms are, which the file's `#:schema` line names
    /// (`plain` when not given).
    #[serde(default, skip_serializing_if = "Family::is_plain")]
    pub family: Family,
    /// The vocabulary's place in the registry: the order of the vocabulary catalogue
    /// (`data/vocabulary.json`), the schema roots and `visit_vocabularies`. Unique.
    pub order: u16,
    /// The hand-written module under `src/vocab/` that gives the type its public face and
    /// includes its generated file (`body` for `body_kind`).
    pub face: String,
    /// The type's documentation, in Markdown (rustdoc): its first paragraph is the
    /// vocabulary's description in the catalogue and the schema. Not given for a `derived`
    /// vocabulary, whose face documents it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Whether the set of terms is closed for good (the four languages, the TLP 2.0 labels):
    /// then the enum is exhaustive and users may match it without a wildcard arm. Otherwise
    /// (the default) it is `#[non_exhaustive]`, and a new term is a minor release.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exhaustive: bool,
}

/// An EMPACT policy cycle (in the EMPACT priority files).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    /// Its name (`EMPACT 2022-2025`).
    pub name: String,
    /// Its first year.
    pub first_year: u16,
    /// Its last year.
    pub last_year: u16,
    /// When the Council set its priorities.
    pub adopted: Fact<Date>,
    /// The threat assessment the priorities rest on.
    pub threat_assessment: Fact<String>,
}

/// A vocabulary data file: its header and its terms, in the vocabulary's order.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct File<T> {
    /// What the file says of its vocabulary.
    pub vocabulary: Header,
    /// The policy cycle, in the EMPACT priority files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<Cycle>,
    /// The terms, in the vocabulary's order.
    pub term: Vec<T>,
}

/// The fields every term has, whatever its vocabulary (flattened into each entry).
#[derive(Debug, Clone)]
pub struct Common {
    /// The wire code.
    pub code: String,
    /// The Rust variant name.
    pub variant: String,
    /// The description.
    pub description: String,
    /// The labels.
    pub labels: Labels,
    /// The other names it is found by, each with its language tag (`mul`: the same in every
    /// language), in the order of [`Aliases::tagged`].
    pub aliases: Vec<(String, String)>,
    /// Wire codes it had before, still parsed.
    pub former_codes: Vec<String>,
}

/// `snake_case` or `UPPER` code to `UpperCamel` variant name.
pub fn variant_of(code: &str) -> String {
    code.split(['_', '-', ':', '+'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

macro_rules! term {
    ($(#[doc = $doc:literal])* $name:ident { $($(#[$fattr:meta])* pub $field:ident : $ty:ty,)* }) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// The wire code: the serde string, `Display` form and schema `enum` value. Never
            /// renamed once published: a new code moves the old one to `former_codes`.
            pub code: String,
            /// The Rust variant name, where it is not the code in UpperCamelCase.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub variant: Option<String>,
            /// What the term means, in English: one paragraph (the variant's documentation).
            pub description: String,
            /// The term's labels in the four languages.
            pub labels: Labels,
            /// Other names the term is found by (acronyms in other languages, short names,
            /// common spellings), besides its code, labels and the names given in other
            /// fields, by the language each is in ([`Aliases`]).
            #[serde(default, skip_serializing_if = "Aliases::is_empty")]
            pub aliases: Aliases,
            /// Wire codes the term had before: still parsed, never written.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub former_codes: Vec<String>,
            $($(#[$fattr])* pub $field: $ty,)*
        }

        impl $name {
            /// The common fields, with the variant name resolved.
            pub fn base(&self) -> Common {
                Common {
                    code: self.code.clone(),
                    variant: self.variant.clone().unwrap_or_else(|| variant_of(&self.code)),
                    description: self.description.clone(),
                    labels: self.labels.clone(),
                    aliases: self.aliases.tagged(),
                    former_codes: self.former_codes.clone(),
                }
            }
        }
    };
}

term! {
    /// A term with labels and aliases only.
    Plain {}
}

term! {
    /// A TLP 2.0 marking.
    TlpTerm {
        /// The colour FIRST gives the label (`#RRGGBB`), where FIRST's specification is sourced.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub colour: Option<String>,
    }
}

term! {
    /// An implementation status.
    StatusTerm {
        /// Whether work on the action is being done.
        #[serde(default)]
        pub active: bool,
    }
}

term! {
    /// A body the declaration names.
    BodyTerm {
        /// The acronym or short name it goes by.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub acronym: Option<String>,
        /// The official name in the four languages.
        pub name: Labels,
        /// The declaration's own wording, where it differs from the official English name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub declaration_name: Option<String>,
        /// Its `body_kind` code.
        pub kind: String,
        /// Its `body_scope` code.
        pub scope: String,
        /// Where it is seated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub seat: Option<Fact<String>>,
        /// When it was founded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub founded: Option<Fact<Date>>,
        /// Who runs its secretariat.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub secretariat: Option<Fact<String>>,
        /// Who its members are, in words, where its sources say.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub members: Option<Fact<String>>,
        /// What the declaration's wording is taken to refer to, where that is an inference.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub identification: Option<Fact<String>>,
        /// What else a user should know.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
    }
}

/// A dated event in an instrument's life.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstrumentDate {
    /// What happened, in English.
    pub event: String,
    /// When, as precise as the source.
    pub date: Date,
    /// How the date is known.
    pub status: Status,
    /// The sources that support it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What else to know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

term! {
    /// A programme, framework, assessment, tool or treaty the declaration names. Its labels
    /// are its full names.
    InstrumentTerm {
        /// Its `instrument_kind` code.
        pub kind: String,
        /// Its acronym.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub acronym: Option<String>,
        /// The exact wording the declaration uses for it.
        pub declaration_name: String,
        /// Who implements, owns or supports it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub implementer: Option<Fact<String>>,
        /// The `instrument` code of the programme it is a component of.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent: Option<String>,
        /// Its key dates, in chronological order.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub dates: Vec<InstrumentDate>,
        /// Further facts and open questions.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub notes: Vec<Fact<String>>,
    }
}

/// A UNODC ICCS v1.0 code.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Iccs {
    /// The code, as UNODC writes it (`0601`, `060121`).
    pub code: String,
    /// Its title in ICCS v1.0.
    pub title: String,
    /// How the code and title are known.
    pub status: Status,
    /// The sources that support them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What else to know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

term! {
    /// A crime area.
    CrimeAreaTerm {
        /// Whether it is one of the declaration's priority crime areas.
        #[serde(default = "yes")]
        pub priority: bool,
        /// The declaration's own words naming it.
        pub definition: String,
        /// Every phrase by which the declaration names it, verbatim.
        pub wordings: Vec<String>,
        /// Its ICCS codes, broadest first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub iccs: Vec<Iccs>,
        /// The `empact_priority_2022` codes it falls under.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub empact_2022_2025: Vec<String>,
        /// The `empact_priority_2026` codes it falls under.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub empact_2026_2029: Vec<String>,
        /// The FollowTheMoney topic that fits it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ftm_topic: Option<Fact<String>>,
    }
}

fn yes() -> bool {
    true
}

term! {
    /// A state. Its aliases are its other official names.
    CountryTerm {
        /// Its ISO 3166-1 alpha-3 code.
        pub alpha3: String,
        /// Its `region` code.
        pub region: String,
    }
}

/// How a state became a CLASI member.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accession {
    /// The state's `country` code.
    pub state: String,
    /// `founding` or `acceded`.
    pub accession: AccessionKind,
    /// When it acceded, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Date>,
    /// How it is known.
    pub status: Status,
    /// The sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What else to know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How a state became a CLASI member.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AccessionKind {
    /// A founding member.
    Founding,
    /// Joined later.
    Acceded,
}

term! {
    /// A membership: a set of states.
    MembershipTerm {
        /// The members' `country` codes.
        pub members: Vec<String>,
        /// Where the member list comes from.
        pub source: Fact<String>,
        /// Since when the membership exists.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub since: Option<Fact<Date>>,
        /// How each member joined (CLASI only).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub accessions: Vec<Accession>,
    }
}

term! {
    /// An EMPACT priority.
    EmpactTerm {
        /// Its official order number, or none for a horizontal goal.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub number: Option<u8>,
    }
}

term! {
    /// A collective actor.
    CollectiveTerm {
        /// The phrases by which the declaration names it, verbatim.
        pub declaration_wording: Vec<String>,
    }
}

/// What an indicator kind counts in: the members its indicators carry besides `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A whole number of things (the member `count`).
    Count,
    /// A weight of a substance, in kilograms (the members `substance` and `kilograms`).
    Kilograms,
    /// A sum of money in a currency (the member `amount`).
    Money,
}

term! {
    /// A kind of indicator: what a record measures. Its description is also the documentation
    /// of its `Indicator` variant.
    IndicatorKindTerm {
        /// What its indicators count in.
        pub unit: Unit,
        /// For a kind that counts: what its count is, the documentation of the `count` member
        /// (`How many arrests.`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub count_description: Option<String>,
    }
}

/// A data file of a `derived` vocabulary: its header only.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DerivedFile {
    /// What the file says of its vocabulary.
    pub vocabulary: Header,
}

/// A published source that facts cite (in `data/sources.toml`).
///
/// Only what is known of it is given: a field nobody has confirmed is left out. Every source
/// has a locator, so that a reader can find it: a `url`; or, for a file in a code repository,
/// its `repository`, `path` and `commit`; or, for a document known by its reference, its
/// `publisher` and `published` date (with its `title`). `eu-clasi-codegen` refuses a source
/// with none.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Its stable id, cited in facts' `sources` (lowercase letters, digits and hyphens:
    /// `ref-88`, `council-6403-25`). Never changed once published.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub id: String,
    /// Its title, from the page's own words or its address.
    pub title: String,
    /// Who publishes it, where the site's owner is evident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Its full address (`https://...`), where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^https://\S+$"))]
    pub url: Option<String>,
    /// For a file in a code repository: the repository, as `owner/name` on GitHub.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"))]
    pub repository: Option<String>,
    /// For a file in a code repository: its path in the repository, without a leading `/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[^/\s][^\s]*$"))]
    pub path: Option<String>,
    /// For a file in a code repository: the commit it was read at (40 lowercase hex digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9a-f]{40}$"))]
    pub commit: Option<String>,
    /// When it was published, as precise as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// When it was read for the crate, as precise as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read: Option<Date>,
}

/// The sources file, `data/sources.toml`: one `[[source]]` entry per source.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// The sources, in the file's order.
    pub source: Vec<Source>,
}
