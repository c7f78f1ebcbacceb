//! Records as MISP events: a [`ProgressReport`] or a [`JointOperation`] in MISP's event format
//! (the MISP core format, `{"Event": {...}}`), for the MISP instances many of the units the
//! roadmap's action 1.ii concerns already share in.
//!
//! An event is made from one revision of one record ([`ProgressReport::to_misp_event`],
//! [`JointOperation::to_misp_event`]):
//!
//! - **`uuid`**: the record's id, so that every revision of a record updates the same event;
//!   **`timestamp`**: the revision's `modified` (Unix seconds), so MISP takes a later revision
//!   over an earlier one. `published` is `false` and `publish_timestamp` `"0"`: whoever imports
//!   the event publishes it.
//! - **`info`**: what the record is (`EU-CLASI progress report: roadmap action 1.iii, Europol,
//!   2025-07 to 2025-12 (ongoing)`; an operation's name, kind and period), prefixed
//!   `[Withdrawn] ` for a withdrawn record, on one line, at most 256 characters.
//! - **`date`**: for a joint operation the first day of its period (when it began), for a
//!   progress report the last day of its period (the day its status is reported at).
//! - **`distribution`** from the TLP marking ([`distribution`]), never further than the marking
//!   allows: `TLP:RED` and `TLP:AMBER+STRICT` "your organisation only" (`0`), `TLP:AMBER` and
//!   `TLP:GREEN` "this community only" (`1`), `TLP:CLEAR` "all communities" (`3`);
//!   `sharing_group_id` is `"0"`, as MISP requires of every distribution but a sharing group.
//!   `threat_level_id` is "undefined" (`4`) and `analysis` "complete" (`2`): the record is a
//!   finished account, and how far its work has come is the `implementation-status` tag.
//! - **`Tag`**: the record's [machine tags](ProgressReport::machine_tags): its TLP marking
//!   (MISP's `tlp` taxonomy), the `eu-clasi` taxonomy's tags of its roadmap actions (with their
//!   pillars), implementation status, operation kind and crime areas, `eu-clasi:withdrawn` for a
//!   withdrawn record, and the galaxy cluster tags ([`GalaxyTag`]) of the states, bodies and
//!   instruments it names.
//! - **`Attribute`**: every indicator or outcome (a count as a `counter`, a weight in kilograms
//!   or a sum of money as a `float`, the comment saying what it is: `arrests`,
//!   `drug_seizure: cocaine, kilograms`, `assets_frozen: EUR`), a report's summary (`text`,
//!   with its language), reporting unit kind and evidence (`link` or `text`), and the collective
//!   actors it names (`text`), all in the category `Other` (evidence in `External analysis`),
//!   none an IDS indicator. Each attribute's UUID is the version 5 UUID, in the event's UUID as
//!   namespace, of a name that says which it is ([`attribute_uuid`]), so a revision updates the
//!   same attributes. A withdrawn record's attributes are marked `deleted`, which removes them
//!   from the event where MISP already holds it.
//!
//! No personal data enters an event: the records hold none, and what a record may carry beyond
//! its fields (the `extensions`) and the name of a reporting unit are left out.
//!
//! PyMISP reads the events as they are (`MISPEvent().from_json`), and they follow the rules of
//! MISP's own event schema (`format/2.4/schema.json`).
//!
//! ```
//! use eu_clasi::{json, JointOperation};
//! use eu_clasi::export::event::MispEvent;
//!
//! let op: JointOperation = json::from_str(r#"{
//!   "id": "7a7ec00c-eafd-4b3a-bdba-3c3f7c74ad3a",
//!   "name": "Operation Atlantic Breeze", "kind": "maritime_interdiction",
//!   "crime_areas": ["drug_trafficking"], "lead": "body:maoc_n", "participants": ["state:PT"],
//!   "period": {"start": "2025-05-12", "end": "2025-05-30"}, "actions": ["1.iv"],
//!   "outcomes": [{"kind": "drug_seizure", "substance": "cocaine", "kilograms": "4200"}],
//!   "tlp": "TLP:AMBER+STRICT", "created": "2025-06-05T10:00:00Z", "modified": "2025-06-05T10:00:00Z"
//! }"#)?;
//! let event: MispEvent = op.to_misp_event();
//! assert_eq!(event.event.uuid, "7a7ec00c-eafd-4b3a-bdba-3c3f7c74ad3a");
//! assert_eq!(event.event.distribution, "0");
//! assert_eq!(event.event.date, "2025-05-12");
//! let tags: Vec<&str> = event.event.tags.iter().map(|t| t.name.as_str()).collect();
//! assert!(tags.contains(&"tlp:amber+strict"));
//! assert!(tags.contains(&r#"eu-clasi:crime-area="drug-trafficking""#));
//! assert!(tags.contains(&r#"misp-galaxy:eu-clasi-state="Portugal""#));
//! assert_eq!(event.event.attributes[0].value, "4200");
//! let text = serde_json::to_string(&event)?;
//! assert!(text.starts_with(r#"{"Event":{"uuid":"7a7ec00c-"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::BufRead;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::misp::{GalaxyTag, MachineTag, WITHDRAWN_TAG};
use crate::json::CheckedLines;
use crate::{
    ActionId, Actor, Body, CrimeArea, Evidence, Indicator, Instrument, JointOperation, Lang,
    PartialDate, Problem, ProblemKind, ProgressReport, RecordId, Timestamp, Tlp, Vocabulary,
    declaration,
};

/// A MISP event document: `{"Event": {...}}`, as MISP exports and imports one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MispEvent {
    /// The event.
    #[serde(rename = "Event")]
    pub event: EventBody,
}

/// The fields of a [`MispEvent`], as the MISP core format names them (every number a string,
/// as MISP writes them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventBody {
    /// The event's UUID: the record's id.
    pub uuid: String,
    /// What the event is, on one line.
    pub info: String,
    /// The date the event refers to (`YYYY-MM-DD`).
    pub date: String,
    /// When the record was last revised: Unix seconds.
    pub timestamp: String,
    /// Whether the event is published: `false`, the importer publishes it.
    pub published: bool,
    /// When it was last published: `"0"`, never.
    pub publish_timestamp: String,
    /// How far MISP shares it: `"0"` to `"3"` ([`distribution`]).
    pub distribution: String,
    /// The sharing group: `"0"`, none.
    pub sharing_group_id: String,
    /// The threat level: `"4"`, undefined.
    pub threat_level_id: String,
    /// The state of the analysis: `"2"`, complete.
    pub analysis: String,
    /// How many attributes it has.
    pub attribute_count: String,
    /// Its tags.
    #[serde(rename = "Tag")]
    pub tags: Vec<EventTag>,
    /// Its attributes.
    #[serde(rename = "Attribute", default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<EventAttribute>,
}

/// A tag of a [`MispEvent`]: a machine tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTag {
    /// The tag (`eu-clasi:crime-area="drug-trafficking"`).
    pub name: String,
}

/// An attribute of a [`MispEvent`]: one measured result, or one other fact of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventAttribute {
    /// Its UUID ([`attribute_uuid`]).
    pub uuid: String,
    /// Its MISP type: `counter`, `float`, `text` or `link`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its MISP category: `Other`, or `External analysis` for evidence.
    pub category: String,
    /// Its value.
    pub value: String,
    /// What it is: the indicator's kind and unit, or the field it comes from.
    pub comment: String,
    /// Whether it is an indicator for intrusion detection: never.
    pub to_ids: bool,
    /// Whether MISP should not correlate it with other events' values: `true` but for links
    /// (a count of 12 says nothing about another event with 12).
    pub disable_correlation: bool,
    /// Its distribution: `"5"`, the event's.
    pub distribution: String,
    /// When it was last changed: the event's timestamp.
    pub timestamp: String,
    /// Whether it is deleted: `true` in an event made from a withdrawn record.
    pub deleted: bool,
}

/// The MISP distribution level of a TLP marking, as the event's `distribution` string:
/// `TLP:RED` and `TLP:AMBER+STRICT` `"0"` (your organisation only), `TLP:AMBER` and `TLP:GREEN`
/// `"1"` (this community only), `TLP:CLEAR` `"3"` (all communities). The event keeps the
/// marking itself as its `tlp:` tag; the distribution only keeps MISP from carrying it further
/// than the marking allows.
///
/// ```
/// use eu_clasi::export::event::distribution;
/// use eu_clasi::Tlp;
///
/// assert_eq!(distribution(Tlp::AmberStrict), "0");
/// assert_eq!(distribution(Tlp::Green), "1");
/// assert_eq!(distribution(Tlp::Clear), "3");
/// ```
pub const fn distribution(tlp: Tlp) -> &'static str {
    match tlp {
        Tlp::Red | Tlp::AmberStrict => "0",
        Tlp::Amber | Tlp::Green => "1",
        Tlp::Clear => "3",
    }
}

/// The UUID of an attribute of the event `event`: the version 5 UUID of `name` in the event's
/// UUID as namespace. The names are `summary`, `reporting-unit`, `evidence:<n>`,
/// `collective:<code>` (a collective actor) and, for an indicator,
/// `indicator:<kind>:<n>` (`indicator:arrests:0`), with the substance or currency after the kind
/// (`indicator:drug_seizure:cocaine:0`, `indicator:assets_frozen:EUR:1`); `<n>` counts from 0 the
/// earlier items of the record with the same name. So each attribute keeps its UUID through
/// the record's revisions, and a revised count updates the attribute MISP already holds.
///
/// ```
/// use eu_clasi::export::event::attribute_uuid;
/// use uuid::Uuid;
///
/// let event = Uuid::parse_str("7a7ec00c-eafd-4b3a-bdba-3c3f7c74ad3a")?;
/// let id = attribute_uuid(event, "indicator:arrests:0");
/// assert_eq!(id, Uuid::new_v5(&event, b"indicator:arrests:0"));
/// # Ok::<(), uuid::Error>(())
/// ```
pub fn attribute_uuid(event: Uuid, name: &str) -> Uuid {
    Uuid::new_v5(&event, name.as_bytes())
}

/// What the event is made from, for the fields both kinds of record share.
struct Record<'a> {
    id: RecordId,
    tlp: Tlp,
    modified: Timestamp,
    withdrawn: bool,
    info: String,
    date: Option<chrono::NaiveDate>,
    tags: Vec<String>,
    indicators: &'a [Indicator],
    /// Attributes other than indicators: (name for the UUID, type, category, value, comment).
    others: Vec<(String, &'static str, &'static str, String, String)>,
}

/// Unix seconds of a timestamp, as MISP writes them; 0 for an instant before 1970.
fn unix_seconds(t: Timestamp) -> String {
    t.as_datetime().timestamp().max(0).to_string()
}

/// `info` on one line (control characters become spaces) and at most 256 characters, as the
/// MISP core format asks; `[Withdrawn] ` first for a withdrawn record.
fn one_line(text: &str, withdrawn: bool) -> String {
    let prefix = if withdrawn { "[Withdrawn] " } else { "" };
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out = format!("{prefix}{}", text.trim());
    if out.chars().count() > 256 {
        out = out.chars().take(255).collect();
        out.push('…');
    }
    out
}

/// The tags, each once, in order.
fn dedup(tags: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        if !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

/// The galaxy cluster tag of an actor: a state's or a body's; a collective actor has none.
fn actor_tag(actor: Actor) -> Option<String> {
    match actor {
        Actor::State(c) => Some(c.galaxy_tag()),
        Actor::Body(b) => Some(b.galaxy_tag()),
        Actor::Collective(_) => None,
    }
}

/// The tags of roadmap actions: each action's, then the tag of each pillar they belong to.
fn action_tags(actions: &[ActionId]) -> Vec<String> {
    let d = declaration();
    let pillars = actions
        .iter()
        .filter_map(|a| d.pillar(a.pillar()))
        .map(|p| p.machine_tag());
    actions
        .iter()
        .map(|a| a.machine_tag())
        .chain(pillars)
        .collect()
}

/// A record's period in words: `2025-07 to 2025-12`, or one date when both ends are equal.
fn period_text(start: PartialDate, end: PartialDate) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start} to {end}")
    }
}

/// An indicator as an attribute: (name for the UUID without its number, type, value, comment).
fn indicator_parts(indicator: &Indicator) -> (String, &'static str, String, String) {
    let kind = indicator.kind().code();
    match indicator {
        Indicator::DrugSeizure {
            substance,
            kilograms,
        } => (
            format!("indicator:{kind}:{}", substance.code()),
            "float",
            kilograms.to_string(),
            format!("{kind}: {}, kilograms", substance.code()),
        ),
        Indicator::AssetsFrozen { amount } | Indicator::AssetsConfiscated { amount } => (
            format!("indicator:{kind}:{}", amount.currency.code()),
            "float",
            amount.amount.to_string(),
            format!("{kind}: {}", amount.currency.code()),
        ),
        other => (
            format!("indicator:{kind}"),
            "counter",
            other.count().unwrap_or_default().to_string(),
            kind.to_owned(),
        ),
    }
}

/// The collective actors among `actors`, as (name for the UUID, type, category, value,
/// comment) attributes whose comment is `role (collective actor)`.
fn collective_attributes(
    actors: impl IntoIterator<Item = Actor>,
    role: &str,
) -> Vec<(String, &'static str, &'static str, String, String)> {
    actors
        .into_iter()
        .filter_map(|a| a.collective())
        .map(|c| {
            (
                format!("collective:{}", c.code()),
                "text",
                "Other",
                c.label(Lang::En).to_owned(),
                format!("{role} (collective actor)"),
            )
        })
        .collect()
}

impl Record<'_> {
    fn event(self) -> MispEvent {
        let uuid = *self.id.as_uuid();
        let timestamp = unix_seconds(self.modified);
        // Each name counts its earlier uses: the n-th attribute of the same name gets `:n`.
        let mut seen: Vec<String> = Vec::new();
        let mut numbered = |name: String| {
            let n = seen.iter().filter(|s| **s == name).count();
            seen.push(name.clone());
            format!("{name}:{n}")
        };
        let mut attributes = Vec::new();
        let mut push = |name: String, kind: &str, category: &str, value: String, comment| {
            attributes.push(EventAttribute {
                uuid: attribute_uuid(uuid, &name).to_string(),
                kind: kind.to_owned(),
                category: category.to_owned(),
                value,
                comment,
                to_ids: false,
                disable_correlation: kind != "link",
                distribution: "5".to_owned(),
                timestamp: timestamp.clone(),
                deleted: self.withdrawn,
            });
        };
        for indicator in self.indicators {
            let (name, kind, value, comment) = indicator_parts(indicator);
            push(numbered(name), kind, "Other", value, comment);
        }
        for (name, kind, category, value, comment) in self.others {
            push(name, kind, category, value, comment);
        }
        let date = self
            .date
            .unwrap_or_else(|| self.modified.as_datetime().date_naive());
        MispEvent {
            event: EventBody {
                uuid: uuid.to_string(),
                info: one_line(&self.info, self.withdrawn),
                date: date.format("%Y-%m-%d").to_string(),
                timestamp,
                published: false,
                publish_timestamp: "0".to_owned(),
                distribution: distribution(self.tlp).to_owned(),
                sharing_group_id: "0".to_owned(),
                threat_level_id: "4".to_owned(),
                analysis: "2".to_owned(),
                attribute_count: attributes.len().to_string(),
                tags: self
                    .tags
                    .into_iter()
                    .map(|name| EventTag { name })
                    .collect(),
                attributes,
            },
        }
    }
}

impl ProgressReport {
    /// The report's MISP machine tags, each once: its TLP marking (`tlp:green`), its roadmap
    /// action and that action's pillar, its implementation status and crime areas (the
    /// `eu-clasi` taxonomy), `eu-clasi:withdrawn` when it is withdrawn, then the galaxy cluster
    /// tags of the reporter, the partner states and bodies, and the instruments. The tags of a
    /// report whose action is not one of the built-in roadmap's (a report that does not
    /// validate) are not all in the taxonomy.
    ///
    /// ```
    /// use eu_clasi::{json, ProgressReport};
    ///
    /// let report: ProgressReport = json::from_str(r#"{
    ///   "id": "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60", "action": "2.ii",
    ///   "reporter": "body:european_ports_alliance", "period": {"start": "2025-04", "end": "2025-09"},
    ///   "status": "ongoing", "summary": {"lang": "en", "text": "Port assessments."},
    ///   "crime_areas": ["drug_trafficking"], "partners": ["state:EC"],
    ///   "created": "2025-10-01T08:00:00Z", "modified": "2025-10-01T08:00:00Z", "tlp": "TLP:GREEN"
    /// }"#)?;
    /// assert_eq!(report.machine_tags(), [
    ///     "tlp:green",
    ///     r#"eu-clasi:roadmap-action="2.ii""#,
    ///     r#"eu-clasi:pillar="2""#,
    ///     r#"eu-clasi:implementation-status="ongoing""#,
    ///     r#"eu-clasi:crime-area="drug-trafficking""#,
    ///     r#"misp-galaxy:eu-clasi-body="European Ports Alliance""#,
    ///     r#"misp-galaxy:eu-clasi-state="Ecuador""#,
    /// ]);
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "exports")))]
    pub fn machine_tags(&self) -> Vec<String> {
        let eu_clasi = std::iter::once(self.tlp.machine_tag())
            .chain(action_tags(&[self.action]))
            .chain(std::iter::once(self.status.machine_tag()))
            .chain(self.crime_areas.iter().map(CrimeArea::machine_tag))
            .chain(self.withdrawn.then(|| WITHDRAWN_TAG.to_owned()));
        let galaxies = std::iter::once(self.reporter)
            .chain(self.partners.iter().copied())
            .filter_map(actor_tag)
            .chain(self.instruments.iter().map(Instrument::galaxy_tag));
        dedup(eu_clasi.chain(galaxies))
    }

    /// The report as a MISP event ([the module](crate::export::event) says what goes where).
    #[cfg_attr(docsrs, doc(cfg(feature = "exports")))]
    pub fn to_misp_event(&self) -> MispEvent {
        let reporter = self.reporter.label(Lang::En);
        let info = format!(
            "EU-CLASI progress report: roadmap action {}, {reporter}, {} ({})",
            self.action,
            period_text(self.period.start, self.period.end),
            self.status.label(Lang::En)
        );
        let mut others = vec![(
            "summary".to_owned(),
            "text",
            "Other",
            self.summary.text.clone(),
            format!("summary ({})", self.summary.lang.code()),
        )];
        if let Some(unit) = &self.reporting_unit {
            others.push((
                "reporting-unit".to_owned(),
                "text",
                "Other",
                unit.kind.label(Lang::En).to_owned(),
                "reporting unit (its kind)".to_owned(),
            ));
        }
        for (i, evidence) in self.evidence.iter().enumerate() {
            let (kind, comment) = match evidence {
                Evidence::Url { .. } => ("link", "evidence (web page)"),
                Evidence::Document { .. } => ("text", "evidence (document)"),
            };
            others.push((
                format!("evidence:{i}"),
                kind,
                "External analysis",
                evidence.reference().to_owned(),
                comment.to_owned(),
            ));
        }
        others.extend(collective_attributes(
            std::iter::once(self.reporter).chain(self.partners.iter().copied()),
            "reporter or partner",
        ));
        Record {
            id: self.id,
            tlp: self.tlp,
            modified: self.modified,
            withdrawn: self.withdrawn,
            info,
            date: self.period.end.latest(),
            tags: self.machine_tags(),
            indicators: &self.indicators,
            others,
        }
        .event()
    }
}

impl JointOperation {
    /// The operation's MISP machine tags, each once: its TLP marking, its kind, crime areas
    /// and roadmap actions with their pillars (the `eu-clasi` taxonomy), `eu-clasi:withdrawn`
    /// when it is withdrawn, then the galaxy cluster tags of the lead, the participating states
    /// and bodies, the supporting bodies and the instruments.
    ///
    /// ```
    /// use eu_clasi::{Body, JointOperation, Tlp};
    ///
    /// let op = JointOperation::builder()
    ///     .name("Operation Coral Tide")
    ///     .kind("maritime_interdiction")
    ///     .crime_area("drug_trafficking")
    ///     .lead(Body::MaocN)
    ///     .participant("state:PT")
    ///     .period("2025-05/2025-07")
    ///     .action("2.i")
    ///     .tlp(Tlp::AmberStrict)
    ///     .build()?;
    /// assert_eq!(op.machine_tags(), [
    ///     "tlp:amber+strict",
    ///     r#"eu-clasi:operation-kind="maritime-interdiction""#,
    ///     r#"eu-clasi:crime-area="drug-trafficking""#,
    ///     r#"eu-clasi:roadmap-action="2.i""#,
    ///     r#"eu-clasi:pillar="2""#,
    ///     r#"misp-galaxy:eu-clasi-body="MAOC (N)""#,
    ///     r#"misp-galaxy:eu-clasi-state="Portugal""#,
    /// ]);
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "exports")))]
    pub fn machine_tags(&self) -> Vec<String> {
        let eu_clasi = std::iter::once(self.tlp.machine_tag())
            .chain(std::iter::once(self.kind.machine_tag()))
            .chain(self.crime_areas.iter().map(CrimeArea::machine_tag))
            .chain(action_tags(&self.actions))
            .chain(self.withdrawn.then(|| WITHDRAWN_TAG.to_owned()));
        let galaxies = std::iter::once(self.lead)
            .chain(self.participants.iter().copied())
            .filter_map(actor_tag)
            .chain(self.supporting_bodies.iter().map(Body::galaxy_tag))
            .chain(self.instruments.iter().map(Instrument::galaxy_tag));
        dedup(eu_clasi.chain(galaxies))
    }

    /// The operation as a MISP event ([the module](crate::export::event) says what goes where).
    #[cfg_attr(docsrs, doc(cfg(feature = "exports")))]
    pub fn to_misp_event(&self) -> MispEvent {
        let info = format!(
            "{} (EU-CLASI joint operation: {}, {})",
            self.name,
            self.kind.label(Lang::En),
            period_text(self.period.start, self.period.end)
        );
        // The full description when it fits, else the name alone (at most 200 characters).
        let info = if info.chars().count() + 12 > 256 {
            self.name.clone()
        } else {
            info
        };
        let mut others = collective_attributes(std::iter::once(self.lead), "lead");
        others.extend(collective_attributes(
            self.participants.iter().copied(),
            "participant",
        ));
        Record {
            id: self.id,
            tlp: self.tlp,
            modified: self.modified,
            withdrawn: self.withdrawn,
            info,
            date: self.period.start.earliest(),
            tags: self.machine_tags(),
            indicators: &self.outcomes,
            others,
        }
        .event()
    }
}

/// The kind of record a line of JSON holds, told by the member only it requires: `reporter`
/// for a progress report, `lead` for a joint operation.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    reporter: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    lead: Option<serde::de::IgnoredAny>,
}

/// The MISP event of one record given as JSON: a [`ProgressReport`] (it has `reporter`) or a
/// [`JointOperation`] (it has `lead`), read and checked as [`check`](crate::json::check) does.
///
/// ```
/// use eu_clasi::export::event::misp_event_of;
///
/// let line = br#"{"id":"87530a3b-60a7-4065-90fa-22b936d04d1b","name":"Operation Minimal","kind":"information_exchange","crime_areas":["cybercrime"],"lead":"state:CR","period":{"start":"2025","end":"2026"},"tlp":"TLP:GREEN","created":"2025-12-31T23:59:59Z","modified":"2025-12-31T23:59:59Z"}"#;
/// let event = misp_event_of(line).unwrap();
/// assert_eq!(event.event.uuid, "87530a3b-60a7-4065-90fa-22b936d04d1b");
///
/// let problems = misp_event_of(br#"{"id": "x"}"#).unwrap_err();
/// assert!(problems[0].message.starts_with("expected a progress report"));
/// ```
///
/// # Errors
/// Every problem of the record, each with its JSON Pointer path: one when the JSON cannot be
/// read, or is neither record (it has neither `reporter` nor `lead`, or both), else every
/// problem of the record's contract.
pub fn misp_event_of(json: &[u8]) -> Result<MispEvent, Vec<Problem>> {
    // Input that is not a JSON object at all gets the reader's own syntax problem, with its
    // place, from the record it is most often meant to be.
    let Ok(probe) = serde_json::from_slice::<Probe>(json) else {
        return crate::json::check::<ProgressReport>(json).map(|r| r.to_misp_event());
    };
    match (probe.reporter, probe.lead) {
        (Some(_), None) => crate::json::check::<ProgressReport>(json).map(|r| r.to_misp_event()),
        (None, Some(_)) => crate::json::check::<JointOperation>(json).map(|o| o.to_misp_event()),
        _ => Err(vec![Problem::new(
            "",
            ProblemKind::Schema,
            "expected a progress report (with \"reporter\") or a joint operation \
             (with \"lead\"), not both or neither",
        )]),
    }
}

/// The MISP events of a JSON Lines input of records, one per non-blank line, in order: what
/// `eu-clasi export --format misp-event RECORDS.jsonl` writes, one event a line. Each line is
/// read by [`misp_event_of`]: a line that is not a valid record gives every problem it has
/// (with the line's number), and the lines after it are still read. As for
/// [`CheckedLines`], the iterator yields `Err` only when reading the input fails, and lines
/// longer than [`DEFAULT_MAX_LINE_BYTES`](crate::json::DEFAULT_MAX_LINE_BYTES) are refused
/// unread.
///
/// ```
/// use eu_clasi::export::event::{misp_events, MispEvent};
///
/// let input = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample/progress-reports.jsonl"))?;
/// let mut events: Vec<MispEvent> = Vec::new();
/// for line in misp_events(input.as_slice()) {
///     events.push(line?.result.expect("the sample is valid"));
/// }
/// // A revision updates the same event, with a later timestamp.
/// assert_eq!(events[0].event.uuid, events[1].event.uuid);
/// let seconds = |e: &MispEvent| e.event.timestamp.parse::<i64>().unwrap();
/// assert!(seconds(&events[1]) > seconds(&events[0]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn misp_events<R: BufRead>(reader: R) -> CheckedLines<R, MispEvent> {
    CheckedLines::with_check(reader, misp_event_of)
}
