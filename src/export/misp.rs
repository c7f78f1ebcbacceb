//! The vocabularies as MISP sees them: the taxonomy `eu-clasi` and three galaxies.
//!
//! **The taxonomy** (`exports/misp/taxonomies/eu-clasi/machinetag.json`, MISP's
//! `machinetag.json` format) tags events and attributes with machine tags
//! `eu-clasi:<predicate>="<value>"` for five predicates: `crime-area` (every [`CrimeArea`]),
//! `pillar` (the roadmap's pillars), `roadmap-action` (every action of the roadmap),
//! `implementation-status` (every [`ImplementationStatus`]) and `operation-kind` (every
//! [`OperationKind`]), and the tag `eu-clasi:withdrawn` (a predicate
//! without values) that marks an event made from a withdrawn record ([`super::event`]). A value
//! is the term's wire code with `-` for `_` (`drug-trafficking`), an action's id (`1.vi`) or a
//! pillar's number (`1`); a predicate's label is its vocabulary's
//! [title](crate::Vocabulary::title). MISP's format holds one language and refuses unknown
//! fields, so the Spanish, Portuguese and French labels are in companion files of the same
//! shape beside it (`machinetag.es.json`, ...). TLP markings are not repeated: MISP's own `tlp`
//! taxonomy has the TLP 2.0 labels, and [`Tlp`]'s [`MachineTag`] writes and reads them
//! (`tlp:amber+strict`).
//!
//! The taxonomy, each predicate and each value has a version 5 UUID by the recipe of
//! misp-taxonomies' own `gen_uuid.py` ([`taxonomy_uuid`]): the name-based UUID, in the
//! standard DNS namespace, of the namespace (`eu-clasi`), of `namespace:predicate`
//! (`eu-clasi:crime-area`), or of the machine tag (`eu-clasi:crime-area="drug-trafficking"`).
//! So running that script over the files changes nothing, a regeneration never changes an id,
//! and the companions carry the English file's ids (the same tags). Every file is laid out as
//! `jq .` prints it, as misp-taxonomies' CI requires.
//!
//! **The galaxies** (`exports/misp/galaxies/*.json` with their clusters in
//! `exports/misp/clusters/*.json`, as in MISP's misp-galaxy repository) are `eu-clasi-body`
//! (every [`Body`]), `eu-clasi-instrument` (every [`Instrument`]: programmes, frameworks, tools,
//! assessments, legal instruments, approaches) and `eu-clasi-state` (every [`Country`]). Each
//! value has its description, `meta` (acronyms, official names and other names as `synonyms`,
//! the passages of the declaration as `refs`, seat, founding date, country codes, ...) and
//! `related` links: a programme to the bodies that implement it and to its component projects,
//! a body or treaty to its member states and each state back to the bodies and treaty whose
//! member lists ([`Membership`]) include it. The CFATF has no member links: the crate holds no
//! member list for it. Every UUID is [`uuid_of`] the term. Every file is laid out exactly as
//! `jq --sort-keys .` prints it (keys sorted, two-space indent, final newline), as misp-galaxy's
//! CI requires, and holds no empty list.
//!
//! ```
//! use eu_clasi::export::misp::MachineTag;
//! use eu_clasi::{CrimeArea, Tlp};
//!
//! let tag = CrimeArea::DrugTrafficking.machine_tag();
//! assert_eq!(tag, r#"eu-clasi:crime-area="drug-trafficking""#);
//! assert_eq!(CrimeArea::from_machine_tag(&tag)?, CrimeArea::DrugTrafficking);
//! assert_eq!(Tlp::from_machine_tag("tlp:amber+strict")?, Tlp::AmberStrict);
//! # Ok::<(), eu_clasi::Error>(())
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{jq_sorted, pretty, refs, uuid_for, uuid_of};
use crate::{
    ActionId, Body, Country, CrimeArea, Error, Fact, ImplementationStatus, Instrument, Lang,
    Membership, OperationKind, Pillar, Provenance, Tlp, Vocabulary, declaration,
};

/// The taxonomy's namespace: the first part of every machine tag.
pub const NAMESPACE: &str = "eu-clasi";

/// The taxonomy's version. It is raised whenever the taxonomy's content changes (a test
/// fails until it is), so MISP instances see the update.
pub const TAXONOMY_VERSION: u32 = 2;

/// The galaxies' and clusters' version, raised whenever a cluster's content changes (a test
/// fails until it is).
pub const GALAXY_VERSION: u32 = 3;

/// The version 5 UUID of a name of the taxonomy, by misp-taxonomies' `gen_uuid.py`: the
/// name-based (SHA-1) UUID of `name` in the standard DNS namespace. The names are the
/// namespace (`eu-clasi`, the taxonomy's UUID), `namespace:predicate` (a predicate's) and the
/// machine tag `namespace:predicate="value"` (a value's).
///
/// ```
/// use eu_clasi::export::misp::{taxonomy_uuid, MachineTag};
/// use eu_clasi::CrimeArea;
///
/// // In Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'eu-clasi:crime-area="migrant-smuggling"')
/// let tag = CrimeArea::MigrantSmuggling.machine_tag();
/// assert_eq!(taxonomy_uuid(&tag).get_version_num(), 5);
/// assert_eq!(taxonomy_uuid(&tag), uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_DNS, tag.as_bytes()));
/// ```
pub fn taxonomy_uuid(name: &str) -> uuid::Uuid {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_DNS, name.as_bytes())
}

/// A MISP taxonomy (`machinetag.json`), with exactly the fields MISP's schema allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    /// The namespace of its machine tags.
    pub namespace: String,
    /// Its name, spelled out.
    pub expanded: String,
    /// What it is for.
    pub description: String,
    /// Its version: an integer that grows with every change.
    pub version: u32,
    /// Its UUID: [`taxonomy_uuid`] of its namespace.
    pub uuid: String,
    /// What MISP may tag with it (`event`, `attribute`, `org`, `user`).
    #[serde(rename = "type")]
    pub kinds: Vec<String>,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refs: Vec<String>,
    /// Its predicates.
    pub predicates: Vec<TaxonomyEntry>,
    /// The values of each predicate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<TaxonomyValues>,
}

/// A predicate or a value of a [`Taxonomy`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyEntry {
    /// The string in the machine tag.
    pub value: String,
    /// Its label.
    pub expanded: String,
    /// What it means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its UUID: [`taxonomy_uuid`] of `namespace:predicate` for a predicate, of the machine
    /// tag for a value.
    pub uuid: String,
}

/// The values of one predicate of a [`Taxonomy`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyValues {
    /// The predicate.
    pub predicate: String,
    /// Its values.
    pub entry: Vec<TaxonomyEntry>,
}

/// A MISP galaxy (`galaxies/<type>.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Galaxy {
    /// Its name.
    pub name: String,
    /// Its type: the file name and the `type` of its cluster.
    #[serde(rename = "type")]
    pub kind: String,
    /// What it holds.
    pub description: String,
    /// Its UUID, the same as its cluster's.
    pub uuid: String,
    /// Its version.
    pub version: u32,
    /// The namespace it belongs to.
    pub namespace: String,
    /// The Font Awesome icon MISP shows for it.
    pub icon: String,
}

/// A MISP cluster (`clusters/<type>.json`): the values of a [`Galaxy`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    /// Its name (the galaxy's).
    pub name: String,
    /// Its type (the galaxy's).
    #[serde(rename = "type")]
    pub kind: String,
    /// What it holds.
    pub description: String,
    /// Its UUID (the galaxy's).
    pub uuid: String,
    /// Its version.
    pub version: u32,
    /// Where its content comes from.
    pub source: String,
    /// Who wrote it.
    pub authors: Vec<String>,
    /// What sort of things its values are.
    pub category: String,
    /// Its values.
    pub values: Vec<ClusterValue>,
}

/// One value of a [`Cluster`]: one term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClusterValue {
    /// Its name, as MISP shows it.
    pub value: String,
    /// What it is.
    pub description: String,
    /// Its UUID: [`uuid_of`] the term.
    pub uuid: String,
    /// Everything else known of it.
    pub meta: Map<String, Value>,
    /// Its links to other values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// A link from a [`ClusterValue`] to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// The UUID of the value linked to.
    #[serde(rename = "dest-uuid")]
    pub dest_uuid: String,
    /// What the link means (`member-of`, `includes`, `implemented-by`, `part-of`).
    #[serde(rename = "type")]
    pub kind: String,
}

/// A term that has a MISP machine tag, and can be read back from one.
///
/// ```
/// use eu_clasi::export::misp::MachineTag;
/// use eu_clasi::{declaration, ActionId, ImplementationStatus};
///
/// let id: ActionId = "1.vi".parse()?;
/// assert_eq!(id.machine_tag(), r#"eu-clasi:roadmap-action="1.vi""#);
/// assert_eq!(ActionId::from_machine_tag(r#"eu-clasi:roadmap-action="1.vi""#)?, id);
/// assert!(ActionId::from_machine_tag(r#"eu-clasi:roadmap-action="4.iv""#).is_err());
///
/// let pillar = declaration().pillar(2).unwrap();
/// assert_eq!(pillar.machine_tag(), r#"eu-clasi:pillar="2""#);
/// assert_eq!(<&eu_clasi::Pillar>::from_machine_tag(r#"eu-clasi:pillar="2""#)?.number, 2);
///
/// let status = ImplementationStatus::from_machine_tag(r#"eu-clasi:implementation-status="in-progress""#)?;
/// assert_eq!(status, ImplementationStatus::InProgress);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub trait MachineTag: Sized {
    /// The machine tag: `namespace:predicate="value"`, or `namespace:predicate` for a
    /// taxonomy without values (MISP's `tlp`).
    fn machine_tag(&self) -> String;

    /// The term a machine tag names, read strictly: the namespace, predicate and value must be
    /// the ones [`machine_tag`](MachineTag::machine_tag) writes.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] naming the tag, what part of it is wrong and what was expected.
    fn from_machine_tag(tag: &str) -> Result<Self, Error>;
}

/// The parts of a machine tag: namespace, predicate and (unquoted) value.
fn split_tag(tag: &str) -> Result<(&str, &str, Option<&str>), Error> {
    let bad = |reason: &str| Error::InvalidValue {
        what: "MISP machine tag",
        input: tag.to_owned(),
        reason: reason.to_owned(),
    };
    let (namespace, rest) = tag
        .split_once(':')
        .ok_or_else(|| bad("expected namespace:predicate or namespace:predicate=\"value\""))?;
    match rest.split_once('=') {
        None => Ok((namespace, rest, None)),
        Some((predicate, quoted)) => {
            let value = quoted
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .filter(|v| !v.contains('"'))
                .ok_or_else(|| bad("the value must be in double quotes"))?;
            Ok((namespace, predicate, Some(value)))
        }
    }
}

/// The value of an `eu-clasi` machine tag with this predicate.
fn tag_value<'a>(tag: &'a str, predicate: &str) -> Result<&'a str, Error> {
    let (ns, pred, value) = split_tag(tag)?;
    let bad = |reason: String| Error::InvalidValue {
        what: "MISP machine tag",
        input: tag.to_owned(),
        reason,
    };
    if ns != NAMESPACE {
        return Err(bad(format!("namespace {ns:?}; expected {NAMESPACE:?}")));
    }
    if pred != predicate {
        return Err(bad(format!("predicate {pred:?}; expected {predicate:?}")));
    }
    value.ok_or_else(|| bad(format!("expected {NAMESPACE}:{predicate}=\"value\"")))
}

fn unknown_value(tag: &str, value: &str, expected: &[String]) -> Error {
    Error::InvalidValue {
        what: "MISP machine tag",
        input: tag.to_owned(),
        reason: format!(
            "unknown value {value:?}; expected one of {}",
            expected.join(", ")
        ),
    }
}

/// A wire code as a MISP value: `-` for `_` (`drug_trafficking` -> `drug-trafficking`).
fn misp_value(code: &str) -> String {
    code.replace('_', "-")
}

/// A term of a vocabulary whose terms are values of one predicate of the taxonomy.
fn vocabulary_tag<V: Vocabulary>(term: V, predicate: &str) -> String {
    format!("{NAMESPACE}:{predicate}=\"{}\"", misp_value(term.code()))
}

fn vocabulary_from_tag<V: Vocabulary>(tag: &str, predicate: &str) -> Result<V, Error> {
    let value = tag_value(tag, predicate)?;
    V::all()
        .iter()
        .copied()
        .find(|t| misp_value(t.code()) == value)
        .ok_or_else(|| {
            let expected: Vec<String> = V::all().iter().map(|t| misp_value(t.code())).collect();
            unknown_value(tag, value, &expected)
        })
}

const CRIME_AREA: &str = "crime-area";
const PILLAR: &str = "pillar";
const ROADMAP_ACTION: &str = "roadmap-action";
const IMPLEMENTATION_STATUS: &str = "implementation-status";
const OPERATION_KIND: &str = "operation-kind";
const WITHDRAWN: &str = "withdrawn";

/// The tag of an event made from a withdrawn record: `eu-clasi:withdrawn`.
pub const WITHDRAWN_TAG: &str = "eu-clasi:withdrawn";

impl MachineTag for CrimeArea {
    fn machine_tag(&self) -> String {
        vocabulary_tag(*self, CRIME_AREA)
    }

    fn from_machine_tag(tag: &str) -> Result<Self, Error> {
        vocabulary_from_tag(tag, CRIME_AREA)
    }
}

impl MachineTag for OperationKind {
    fn machine_tag(&self) -> String {
        vocabulary_tag(*self, OPERATION_KIND)
    }

    fn from_machine_tag(tag: &str) -> Result<Self, Error> {
        vocabulary_from_tag(tag, OPERATION_KIND)
    }
}

impl MachineTag for ImplementationStatus {
    fn machine_tag(&self) -> String {
        vocabulary_tag(*self, IMPLEMENTATION_STATUS)
    }

    fn from_machine_tag(tag: &str) -> Result<Self, Error> {
        vocabulary_from_tag(tag, IMPLEMENTATION_STATUS)
    }
}

impl MachineTag for ActionId {
    fn machine_tag(&self) -> String {
        format!("{NAMESPACE}:{ROADMAP_ACTION}=\"{self}\"")
    }

    /// Only the ids of the built-in roadmap's actions are values of the taxonomy.
    fn from_machine_tag(tag: &str) -> Result<Self, Error> {
        let value = tag_value(tag, ROADMAP_ACTION)?;
        declaration()
            .actions()
            .map(|a| a.id)
            .find(|id| id.to_string() == value)
            .ok_or_else(|| {
                let expected: Vec<String> =
                    declaration().actions().map(|a| a.id.to_string()).collect();
                unknown_value(tag, value, &expected)
            })
    }
}

impl MachineTag for &'static Pillar {
    fn machine_tag(&self) -> String {
        format!("{NAMESPACE}:{PILLAR}=\"{}\"", self.number)
    }

    /// Reads the tag as a pillar of the built-in roadmap.
    fn from_machine_tag(tag: &str) -> Result<Self, Error> {
        let value = tag_value(tag, PILLAR)?;
        let pillars = &declaration().roadmap.pillars;
        pillars
            .iter()
            .find(|p| p.number.to_string() == value)
            .ok_or_else(|| {
                let expected: Vec<String> = pillars.iter().map(|p| p.number.to_string()).collect();
                unknown_value(tag, value, &expected)
            })
    }
}

/// TLP markings are tags of MISP's own `tlp` taxonomy: `tlp:red`, `tlp:amber+strict`,
/// `tlp:amber`, `tlp:green`, `tlp:clear`.
impl MachineTag for Tlp {
    fn machine_tag(&self) -> String {
        self.code().replacen("TLP:", "tlp:", 1).to_lowercase()
    }

    fn from_machine_tag(tag: &str) -> Result<Self, Error> {
        Tlp::all()
            .iter()
            .copied()
            .find(|t| t.machine_tag() == tag)
            .ok_or_else(|| {
                let expected: Vec<String> = Tlp::all().iter().map(|t| t.machine_tag()).collect();
                Error::InvalidValue {
                    what: "MISP machine tag",
                    input: tag.to_owned(),
                    reason: format!(
                        "not a TLP 2.0 tag of MISP's tlp taxonomy; expected one of {}",
                        expected.join(", ")
                    ),
                }
            })
    }
}

/// The words the taxonomy's labels of pillars and actions are made of, in each language
/// (the crate's own translations; the pillars' titles and the actions' texts exist only in
/// the declaration's English).
const fn roadmap_words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("Pillar", "Roadmap action"),
        Lang::Es => ("Pilar", "Acción de la hoja de ruta"),
        Lang::Pt => ("Pilar", "Ação do roteiro"),
        Lang::Fr => ("Pilier", "Action de la feuille de route"),
    }
}

/// The label of the `withdrawn` predicate in each language (the crate's own translations).
const fn withdrawn_words(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Withdrawn record",
        Lang::Es => "Registro retirado",
        Lang::Pt => "Registo retirado",
        Lang::Fr => "Enregistrement retiré",
    }
}

fn vocabulary_entries<V: Vocabulary>(lang: Lang) -> Vec<TaxonomyEntry> {
    V::all()
        .iter()
        .map(|&t| TaxonomyEntry {
            value: misp_value(t.code()),
            expanded: t.label(lang).to_owned(),
            description: (lang == Lang::En).then(|| t.description().to_owned()),
            uuid: String::new(),
        })
        .collect()
}

/// Gives the taxonomy, each predicate and each value its UUID ([`taxonomy_uuid`]).
fn assign_uuids(t: &mut Taxonomy) {
    t.uuid = taxonomy_uuid(&t.namespace).to_string();
    for p in &mut t.predicates {
        p.uuid = taxonomy_uuid(&format!("{}:{}", t.namespace, p.value)).to_string();
    }
    for group in &mut t.values {
        for e in &mut group.entry {
            let tag = format!("{}:{}=\"{}\"", t.namespace, group.predicate, e.value);
            e.uuid = taxonomy_uuid(&tag).to_string();
        }
    }
}

/// The taxonomy in one language: English is `machinetag.json` itself, the other languages its
/// companions, whose `expanded` labels are in that language (descriptions stay in the English
/// file: the crate has them in English only).
///
/// ```
/// use eu_clasi::export::misp::taxonomy;
/// use eu_clasi::Lang;
///
/// let en = taxonomy(Lang::En);
/// assert_eq!(en.namespace, "eu-clasi");
/// let es = taxonomy(Lang::Es);
/// let areas = es.values.iter().find(|v| v.predicate == "crime-area").unwrap();
/// assert_eq!(areas.entry[1].expanded, "trata de personas");
/// ```
pub fn taxonomy(lang: Lang) -> Taxonomy {
    let d = declaration();
    let (pillar_word, action_word) = roadmap_words(lang);
    let english = lang == Lang::En;
    let predicate = |value: &str, expanded: &str, description: String| TaxonomyEntry {
        value: value.to_owned(),
        expanded: expanded.to_owned(),
        description: english.then_some(description),
        uuid: String::new(),
    };
    let predicates = vec![
        predicate(CRIME_AREA, CrimeArea::title().get(lang), CrimeArea::about()),
        predicate(
            PILLAR,
            pillar_word,
            format!(
                "A pillar of the roadmap in the declaration's Annex ({}): one of its numbered chapters.",
                d.roadmap.title
            ),
        ),
        predicate(
            ROADMAP_ACTION,
            action_word,
            format!(
                "An action of the roadmap in the declaration's Annex ({}), by its number in the Annex.",
                d.roadmap.title
            ),
        ),
        predicate(
            IMPLEMENTATION_STATUS,
            ImplementationStatus::title().get(lang),
            ImplementationStatus::about(),
        ),
        predicate(
            OPERATION_KIND,
            OperationKind::title().get(lang),
            OperationKind::about(),
        ),
        predicate(
            WITHDRAWN,
            withdrawn_words(lang),
            "The record the event was made from has been withdrawn by whoever made it: what it \
             says no longer stands (its figures are deleted from the event)."
                .to_owned(),
        ),
    ];
    let pillars = d
        .roadmap
        .pillars
        .iter()
        .map(|p| TaxonomyEntry {
            value: p.number.to_string(),
            expanded: format!("{pillar_word} {}: {}", p.number, p.title),
            description: english.then(|| {
                let ids: Vec<String> = p.actions.iter().map(|a| a.id.to_string()).collect();
                format!("{}, with the roadmap actions {}.", p.title, ids.join(", "))
            }),
            uuid: String::new(),
        })
        .collect();
    let actions = d
        .actions()
        .map(|a| TaxonomyEntry {
            value: a.id.to_string(),
            expanded: format!("{action_word} {}", a.id),
            description: english.then(|| a.full_text()),
            uuid: String::new(),
        })
        .collect();
    let values = vec![
        TaxonomyValues {
            predicate: CRIME_AREA.to_owned(),
            entry: vocabulary_entries::<CrimeArea>(lang),
        },
        TaxonomyValues {
            predicate: PILLAR.to_owned(),
            entry: pillars,
        },
        TaxonomyValues {
            predicate: ROADMAP_ACTION.to_owned(),
            entry: actions,
        },
        TaxonomyValues {
            predicate: IMPLEMENTATION_STATUS.to_owned(),
            entry: vocabulary_entries::<ImplementationStatus>(lang),
        },
        TaxonomyValues {
            predicate: OPERATION_KIND.to_owned(),
            entry: vocabulary_entries::<OperationKind>(lang),
        },
    ];
    let description = if english {
        format!(
            "Tags for the information exchanged under the {} ({}, Council document {}) and its \
             roadmap: the crime areas it names, the roadmap's pillars and actions, how far \
             the implementation of an action has come, the kinds of joint operation, and \
             whether a record has been withdrawn. TLP markings are tags of MISP's own tlp \
             taxonomy. Spanish, Portuguese and French labels are in the companion files \
             machinetag.es.json, machinetag.pt.json and machinetag.fr.json.",
            d.short_title, d.reference.date, d.reference.number
        )
    } else {
        format!(
            "The {} labels of the eu-clasi taxonomy (companion of machinetag.json, which has \
             the descriptions). Labels of crime areas and implementation statuses are the \
             eu-clasi crate's own translations unless the English file's term says otherwise; \
             pillar titles and action texts exist only in the declaration's English.",
            lang.label(Lang::En)
        )
    };
    let mut taxonomy = Taxonomy {
        namespace: NAMESPACE.to_owned(),
        expanded: d.short_title.clone(),
        description,
        version: TAXONOMY_VERSION,
        uuid: String::new(),
        kinds: vec!["event".to_owned(), "attribute".to_owned()],
        refs: vec![format!("Council document {}", d.reference.number)],
        predicates,
        values,
    };
    assign_uuids(&mut taxonomy);
    taxonomy
}

/// The taxonomy's files: `machinetag.json` and its three companions.
pub(crate) fn taxonomy_files() -> Vec<(String, String)> {
    Lang::all()
        .iter()
        .map(|&lang| {
            let name = match lang {
                Lang::En => "machinetag.json".to_owned(),
                other => format!("machinetag.{}.json", other.code()),
            };
            (
                format!("exports/misp/taxonomies/{NAMESPACE}/{name}"),
                pretty(&taxonomy(lang)),
            )
        })
        .collect()
}

/// A fact's value, with its provenance when it is not from the declaration or verified.
fn fact_text(value: String, provenance: Provenance) -> String {
    if provenance.needs_checking() {
        format!("{value} ({})", provenance.code())
    } else {
        value
    }
}

fn fact<T: std::fmt::Display + Copy>(fact: Fact<T>) -> Value {
    json!(fact_text(fact.value.to_string(), fact.provenance))
}

/// Names, each once, in order, leaving out `value` itself.
fn synonyms<'a>(value: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        if name != value && !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    }
    out
}

/// Where a membership's member list is a cluster value: the body or treaty it is the list of,
/// and the type of the link from a member to it.
fn membership_value(m: Membership) -> (uuid::Uuid, &'static str) {
    match m {
        Membership::Eu => (uuid_for(Body::Eu), "member-of"),
        Membership::Celac => (uuid_for(Body::Celac), "member-of"),
        Membership::Clasi => (uuid_for(Body::Clasi), "member-of"),
        Membership::Gafilat => (uuid_for(Body::Gafilat), "member-of"),
        Membership::AmeripolTreaty => (uuid_for(Instrument::AmeripolTreaty), "signatory-of"),
    }
}

/// The links from the value `uuid` to the members of every membership listed there.
fn member_links(uuid: uuid::Uuid) -> (Vec<Related>, Vec<&'static str>) {
    let mut related = Vec::new();
    let mut codes = Vec::new();
    for &m in Membership::all() {
        if membership_value(m).0 == uuid {
            for &c in m.members() {
                related.push(Related {
                    dest_uuid: uuid_for(c).to_string(),
                    kind: "includes".to_owned(),
                });
                codes.push(c.code());
            }
        }
    }
    (related, codes)
}

/// Inserts a list into a value's `meta`, unless it is empty: misp-galaxy's files hold no
/// empty list.
fn insert_list<T: Serialize>(meta: &mut Map<String, Value>, key: &str, items: Vec<T>) {
    if !items.is_empty() {
        meta.insert(key.into(), json!(items));
    }
}

fn insert_refs<'a>(
    meta: &mut Map<String, Value>,
    named_in: &[crate::Passage<'static>],
    sources: impl IntoIterator<Item = &'a str>,
) {
    let refs = refs(named_in, sources);
    if !refs.is_empty() {
        meta.insert("refs".into(), json!(refs));
    }
}

/// A term that is a value of one of the crate's galaxies, and so has a galaxy cluster tag.
///
/// ```
/// use eu_clasi::export::misp::GalaxyTag;
/// use eu_clasi::{Body, Country, Instrument};
///
/// assert_eq!(Body::Europol.galaxy_tag(), r#"misp-galaxy:eu-clasi-body="Europol""#);
/// assert_eq!(Country::Br.galaxy_tag(), r#"misp-galaxy:eu-clasi-state="Brazil""#);
/// assert_eq!(Instrument::Seacop.galaxy_tag(), r#"misp-galaxy:eu-clasi-instrument="SEACOP""#);
/// ```
pub trait GalaxyTag {
    /// The type of the galaxy whose cluster holds the term (`eu-clasi-body`).
    const GALAXY: &'static str;

    /// The term's value in the cluster: the name MISP shows.
    fn cluster_value(&self) -> &'static str;

    /// The term's galaxy cluster tag: `misp-galaxy:<galaxy>="<value>"`.
    fn galaxy_tag(&self) -> String {
        format!("misp-galaxy:{}=\"{}\"", Self::GALAXY, self.cluster_value())
    }
}

impl GalaxyTag for Body {
    const GALAXY: &'static str = "eu-clasi-body";

    /// Its English label.
    fn cluster_value(&self) -> &'static str {
        self.label(Lang::En)
    }
}

impl GalaxyTag for Instrument {
    const GALAXY: &'static str = "eu-clasi-instrument";

    /// Its acronym, or its English label when it has none.
    fn cluster_value(&self) -> &'static str {
        self.info().acronym.unwrap_or(self.label(Lang::En))
    }
}

impl GalaxyTag for Country {
    const GALAXY: &'static str = "eu-clasi-state";

    /// Its English label.
    fn cluster_value(&self) -> &'static str {
        self.label(Lang::En)
    }
}

fn body_value(b: Body) -> ClusterValue {
    let info = b.info();
    let value = b.cluster_value();
    let mut meta = Map::new();
    let labels = b.labels();
    let names = info
        .acronym
        .into_iter()
        .chain(info.name.iter().map(|(_, n)| n))
        .chain(info.declaration_name)
        .chain(b.aliases())
        .chain(labels.iter().map(|(_, n)| n));
    insert_list(&mut meta, "synonyms", synonyms(value, names));
    let cited = [
        info.seat.map(|f| f.sources),
        info.founded.map(|f| f.sources),
        info.secretariat.map(|f| f.sources),
        info.identification.map(|f| f.sources),
        info.members.map(|f| f.sources),
    ];
    insert_refs(
        &mut meta,
        &b.named_in(),
        cited.into_iter().flatten().flatten().copied(),
    );
    meta.insert("kind".into(), json!(info.kind.label(Lang::En)));
    meta.insert("scope".into(), json!(info.scope.label(Lang::En)));
    if let Some(seat) = info.seat {
        meta.insert("seat".into(), fact(seat));
    }
    if let Some(founded) = info.founded {
        meta.insert("founded".into(), fact(founded));
    }
    if let Some(secretariat) = info.secretariat {
        meta.insert("secretariat".into(), fact(secretariat));
    }
    let (related, members) = member_links(uuid_for(b));
    if !members.is_empty() {
        meta.insert("members".into(), json!(members));
    }
    ClusterValue {
        value: value.to_owned(),
        description: b.description().to_owned(),
        uuid: uuid_for(b).to_string(),
        meta,
        related,
    }
}

/// The bodies an implementer text names: each part of it (split at commas, `and`, `with`,
/// `of`, `by`, slashes and brackets) that is the name, acronym or alias of a body.
fn implementers(text: &str) -> Vec<Body> {
    let mut bodies = Vec::new();
    let parts = text
        .split([',', ';', '/', '(', ')'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" with "))
        .flat_map(|p| p.split(" of "))
        .flat_map(|p| p.split(" by "));
    for part in parts {
        if let Ok(body) = Body::lookup(part.trim())
            && !bodies.contains(&body)
        {
            bodies.push(body);
        }
    }
    bodies
}

fn instrument_value(i: Instrument) -> ClusterValue {
    let info = i.info();
    let value = i.cluster_value();
    let mut meta = Map::new();
    let names = info
        .acronym
        .into_iter()
        .chain(info.name.iter().map(|(_, n)| n))
        .chain(std::iter::once(info.declaration_name))
        .chain(i.aliases())
        .chain(std::iter::once(i.label(Lang::En)));
    insert_list(&mut meta, "synonyms", synonyms(value, names));
    let cited = info
        .implementer
        .map(|f| f.sources)
        .into_iter()
        .chain(info.dates.iter().map(|d| d.date.sources))
        .chain(info.notes.iter().map(|n| n.sources))
        .flatten()
        .copied();
    insert_refs(&mut meta, &i.named_in(), cited);
    meta.insert("kind".into(), json!(info.kind.label(Lang::En)));
    let mut related = Vec::new();
    if let Some(implementer) = info.implementer {
        meta.insert("implementer".into(), fact(implementer));
        for body in implementers(implementer.value) {
            related.push(Related {
                dest_uuid: uuid_for(body).to_string(),
                kind: "implemented-by".to_owned(),
            });
        }
    }
    if !info.dates.is_empty() {
        let dates: Vec<String> = info
            .dates
            .iter()
            .map(|d| fact_text(format!("{}: {}", d.date.value, d.event), d.date.provenance))
            .collect();
        meta.insert("dates".into(), json!(dates));
    }
    if let Some(parent) = info.parent {
        related.push(Related {
            dest_uuid: uuid_for(parent).to_string(),
            kind: "part-of".to_owned(),
        });
    }
    for component in i.components() {
        related.push(Related {
            dest_uuid: uuid_for(component).to_string(),
            kind: "includes".to_owned(),
        });
    }
    let (members, codes) = member_links(uuid_for(i));
    if !codes.is_empty() {
        meta.insert("members".into(), json!(codes));
    }
    related.extend(members);
    ClusterValue {
        value: value.to_owned(),
        description: i.description().to_owned(),
        uuid: uuid_for(i).to_string(),
        meta,
        related,
    }
}

fn state_value(c: Country) -> ClusterValue {
    let value = c.cluster_value();
    let mut meta = Map::new();
    meta.insert("country".into(), json!(c.code()));
    let labels = c.labels();
    let names = labels.iter().map(|(_, n)| n).chain(c.aliases());
    insert_list(&mut meta, "synonyms", synonyms(value, names));
    insert_refs(&mut meta, &c.named_in(), []);
    meta.insert("iso-alpha3".into(), json!(c.alpha3()));
    if let Some(eu) = c.eu_code() {
        meta.insert("eu-code".into(), json!(eu));
    }
    meta.insert("region".into(), json!(c.region().label(Lang::En)));
    let memberships = c.memberships();
    let labels: Vec<&str> = memberships.iter().map(|m| m.label(Lang::En)).collect();
    insert_list(&mut meta, "memberships", labels);
    let related = memberships
        .iter()
        .map(|&m| {
            let (uuid, kind) = membership_value(m);
            Related {
                dest_uuid: uuid.to_string(),
                kind: kind.to_owned(),
            }
        })
        .collect();
    ClusterValue {
        value: value.to_owned(),
        description: c.description().to_owned(),
        uuid: uuid_for(c).to_string(),
        meta,
        related,
    }
}

/// A galaxy with its cluster.
fn galaxy<V: Vocabulary>(
    kind: &str,
    name: &str,
    icon: &str,
    category: &str,
    value: impl Fn(V) -> ClusterValue,
) -> (Galaxy, Cluster) {
    let uuid = uuid_of("galaxy", kind).to_string();
    let description = V::about();
    let galaxy = Galaxy {
        name: name.to_owned(),
        kind: kind.to_owned(),
        description: description.clone(),
        uuid: uuid.clone(),
        version: GALAXY_VERSION,
        namespace: NAMESPACE.to_owned(),
        icon: icon.to_owned(),
    };
    let d = declaration();
    let cluster = Cluster {
        name: name.to_owned(),
        kind: kind.to_owned(),
        description,
        uuid,
        version: GALAXY_VERSION,
        source: format!(
            "The {} (Council document {}) and the sources the eu-clasi crate cites",
            d.short_title, d.reference.number
        ),
        authors: vec!["eu-clasi".to_owned()],
        category: category.to_owned(),
        values: V::all().iter().map(|&t| value(t)).collect(),
    };
    (galaxy, cluster)
}

/// The three galaxies with their clusters: bodies, instruments, states.
///
/// ```
/// use eu_clasi::export::{misp, uuid_for};
/// use eu_clasi::{Body, Country};
///
/// let galaxies = misp::galaxies();
/// let (_, states) = galaxies.iter().find(|(g, _)| g.kind == "eu-clasi-state").unwrap();
/// let brazil = states.values.iter().find(|v| v.value == "Brazil").unwrap();
/// assert_eq!(brazil.uuid, uuid_for(Country::Br).to_string());
/// assert!(brazil.related.iter().any(|r| r.dest_uuid == uuid_for(Body::Clasi).to_string()));
/// ```
pub fn galaxies() -> Vec<(Galaxy, Cluster)> {
    vec![
        galaxy(
            Body::GALAXY,
            "EU-CLASI bodies",
            "university",
            "organisation",
            body_value,
        ),
        galaxy(
            Instrument::GALAXY,
            "EU-CLASI programmes and instruments",
            "book",
            "instrument",
            instrument_value,
        ),
        galaxy(
            Country::GALAXY,
            "EU-CLASI states",
            "globe",
            "country",
            state_value,
        ),
    ]
}

/// The galaxies' and clusters' files.
pub(crate) fn galaxy_files() -> Vec<(String, String)> {
    galaxies()
        .into_iter()
        .flat_map(|(g, c)| {
            [
                (
                    format!("exports/misp/galaxies/{}.json", g.kind),
                    jq_sorted(&g),
                ),
                (
                    format!("exports/misp/clusters/{}.json", c.kind),
                    jq_sorted(&c),
                ),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A digest of the taxonomy's content in every language, its version left out.
    fn taxonomy_digest() -> String {
        let mut text = String::new();
        for &lang in Lang::all() {
            let mut t = taxonomy(lang);
            t.version = 0;
            text.push_str(&pretty(&t));
        }
        uuid::Uuid::new_v5(&super::super::UUID_NAMESPACE, text.as_bytes()).to_string()
    }

    /// A digest of every galaxy and cluster, their versions left out.
    fn galaxy_digest() -> String {
        let mut text = String::new();
        for (mut g, mut c) in galaxies() {
            (g.version, c.version) = (0, 0);
            text.push_str(&pretty(&g));
            text.push_str(&pretty(&c));
        }
        uuid::Uuid::new_v5(&super::super::UUID_NAMESPACE, text.as_bytes()).to_string()
    }

    /// MISP updates a taxonomy or galaxy only when its version grows: when the content changes,
    /// raise the version and record the new digest here.
    #[test]
    fn the_versions_change_with_the_content() {
        let recorded = [
            (TAXONOMY_VERSION, "TAXONOMY_DIGEST", taxonomy_digest()),
            (GALAXY_VERSION, "GALAXY_DIGEST", galaxy_digest()),
        ];
        let expected = [(2, TAXONOMY_DIGEST), (3, GALAXY_DIGEST)];
        for ((version, name, digest), (at, recorded_digest)) in recorded.iter().zip(expected) {
            assert!(
                *version == at && digest == recorded_digest,
                "the content changed: raise the version above {version} and set {name} to {digest:?}"
            );
        }
    }

    const TAXONOMY_DIGEST: &str = "6080a7b5-3975-5b01-9e77-376081b259f3";
    const GALAXY_DIGEST: &str = "1c28f0a4-d818-5ee2-a940-bfa66a7a10eb";

    #[test]
    fn implementers_are_found_by_name_and_acronym() {
        assert_eq!(
            implementers("EU Member States (Member-State driven), with the support of Europol"),
            [Body::Europol]
        );
        assert_eq!(
            implementers("FIIAPP (Madrid) with IILA (Rome); partners GIZ and EMCDDA/EUDA"),
            [Body::Euda]
        );
        assert_eq!(
            implementers("Ameripol and Europol (the parties)"),
            [Body::Ameripol, Body::Europol]
        );
        assert!(implementers("supported by EL PAcCTO").is_empty());
    }

    #[test]
    fn malformed_tags_say_what_is_wrong() {
        let err = |tag: &str| CrimeArea::from_machine_tag(tag).unwrap_err().to_string();
        assert!(err("drug-trafficking").contains("expected namespace:predicate"));
        assert!(err("eu-clasi:crime-area=drug-trafficking").contains("double quotes"));
        assert!(err("misp:crime-area=\"drug-trafficking\"").contains("namespace \"misp\""));
        assert!(err("eu-clasi:pillar=\"1\"").contains("predicate \"pillar\""));
        assert!(err("eu-clasi:crime-area").contains("expected eu-clasi:crime-area=\"value\""));
        let unknown = err("eu-clasi:crime-area=\"drug_trafficking\"");
        assert!(
            unknown
                .contains("unknown value \"drug_trafficking\"; expected one of drug-trafficking, "),
            "{unknown}"
        );
        assert!(Tlp::from_machine_tag("tlp:white").is_err());
    }
}
