//! Progress on one roadmap action, as one actor reports it.

use serde::{Deserialize, Serialize};

use super::record::{check_action, check_modified, check_reporter};
use super::{
    ACTION_IN_ROADMAP, Evidence, Extensions, Indicator, MODIFIED_NOT_BEFORE_CREATED,
    REPORTER_STATE_OR_BODY, RecordId, Revisioned, Timestamp,
};
use crate::validate::check_length;
use crate::{
    ActionId, Actor, CrimeArea, ImplementationStatus, Instrument, Lang, Location, Period, Problem,
    Rule, Tlp, Validate,
};

/// The fewest characters a [`Summary`]'s text has.
pub const SUMMARY_MIN_CHARS: usize = 1;
/// The most characters a [`Summary`]'s text has.
pub const SUMMARY_MAX_CHARS: usize = 2000;

/// A report of the progress one state or body has made on one action of the 2025-2026
/// roadmap over a period: how far the action has come, what was done, and what it achieved.
///
/// Required: the record's id, the roadmap action, the reporter, the period, the status, a
/// summary, the creation and revision timestamps, and a TLP marking that says how far the
/// report may be shared. Lists are omitted when empty and `withdrawn` when false.
///
/// A report is revised by sending it again with the same `id` and a later `modified`, and
/// withdrawn by a revision with `withdrawn: true` ([`latest_revisions`](crate::latest_revisions)).
/// It holds no personal data: no field names a person, and neither the summary nor the
/// extensions may.
///
/// Beyond its schema, a report is checked for these rules ([`Validate`]): the action is one of
/// the roadmap's, the reporter is a state or a body, `modified` is not before `created`, and
/// the period does not end before it starts.
///
/// ```
/// use eu_clasi::{json, Body, ImplementationStatus, ProgressReport, Validate};
///
/// let report: ProgressReport = json::from_str(r#"{
///   "id": "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60",
///   "action": "2.ii",
///   "reporter": "body:european_ports_alliance",
///   "period": {"start": "2025-04", "end": "2025-09"},
///   "status": "ongoing",
///   "summary": {"lang": "en", "text": "Vulnerability assessments in two partner ports."},
///   "indicators": [{"kind": "port_assessments", "count": 2}],
///   "created": "2025-10-01T08:00:00Z",
///   "modified": "2025-10-01T08:00:00Z",
///   "tlp": "TLP:GREEN"
/// }"#)?;
/// assert_eq!(report.status, ImplementationStatus::Ongoing);
/// assert_eq!(report.reporter.body(), Some(Body::EuropeanPortsAlliance));
/// assert!(report.problems().is_empty());
///
/// let mut wrong = report.clone();
/// wrong.action = "4.iv".parse()?;
/// assert_eq!(wrong.problems()[0].rule, Some("action-in-roadmap"));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<ProgressReport>))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "ProgressReport"))]
pub struct ProgressReport {
    /// The `$id` of the JSON Schema the document follows (optional).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The report's id, kept through its revisions.
    pub id: RecordId,
    /// The roadmap action the report is about (`1.vi`).
    pub action: ActionId,
    /// Who reports: a state or a body.
    pub reporter: Actor,
    /// The period the report covers.
    pub period: Period,
    /// How far the action has come at the end of the period.
    pub status: ImplementationStatus,
    /// What was done, in a few sentences.
    pub summary: Summary,
    /// The crime areas the work addressed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crime_areas: Vec<CrimeArea>,
    /// The states, bodies and other actors the reporter worked with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Actor>,
    /// The programmes, frameworks and tools the work used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<Instrument>,
    /// What the work achieved, measured.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// Where the report's claims can be checked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// When the report was first made.
    pub created: Timestamp,
    /// When this revision was made: `created` for the first, later for each revision.
    pub modified: Timestamp,
    /// How far the report may be shared (TLP 2.0).
    pub tlp: Tlp,
    /// Whether this revision withdraws the report.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withdrawn: bool,
    /// Additions under `x_` keys; they must not carry personal data.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

/// A short account of the work, in one of the four languages: 1 to 2000 characters. It must
/// not name persons.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Summary"))]
pub struct Summary {
    /// The language of the text.
    pub lang: Lang,
    /// The text: 1 to 2000 characters.
    #[cfg_attr(feature = "schema", schemars(length(min = SUMMARY_MIN_CHARS, max = SUMMARY_MAX_CHARS)))]
    pub text: String,
}

impl Summary {
    /// A summary in `lang`.
    pub fn new(lang: Lang, text: impl Into<String>) -> Self {
        Summary {
            lang,
            text: text.into(),
        }
    }
}

impl Validate for Summary {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        check_length(
            &at.key("text"),
            &self.text,
            SUMMARY_MIN_CHARS,
            SUMMARY_MAX_CHARS,
            problems,
        );
    }
}

impl ProgressReport {
    /// A report with its required fields, first made at `created` (so `modified` is `created`),
    /// with empty lists, no extension, and not withdrawn.
    #[allow(clippy::too_many_arguments)] // one argument per required field
    pub fn new(
        id: RecordId,
        action: ActionId,
        reporter: Actor,
        period: Period,
        status: ImplementationStatus,
        summary: Summary,
        created: Timestamp,
        tlp: Tlp,
    ) -> Self {
        ProgressReport {
            schema: None,
            id,
            action,
            reporter,
            period,
            status,
            summary,
            crime_areas: Vec::new(),
            partners: Vec::new(),
            instruments: Vec::new(),
            indicators: Vec::new(),
            evidence: Vec::new(),
            created,
            modified: created,
            tlp,
            withdrawn: false,
            extensions: Extensions::new(),
        }
    }
}

impl Revisioned for ProgressReport {
    fn record_id(&self) -> RecordId {
        self.id
    }
    fn modified(&self) -> Timestamp {
        self.modified
    }
    fn is_withdrawn(&self) -> bool {
        self.withdrawn
    }
}

impl Validate for ProgressReport {
    const RULES: &'static [Rule] = &[
        ACTION_IN_ROADMAP,
        REPORTER_STATE_OR_BODY,
        MODIFIED_NOT_BEFORE_CREATED,
    ];

    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        self.validate_against(at, &crate::declaration().roadmap, problems);
    }
}

impl ProgressReport {
    /// Every problem of the report, with its roadmap actions checked against `roadmap`
    /// instead of the built-in 2025-2026 roadmap: for records of a later roadmap, read from
    /// JSON as a [`Declaration`](crate::Declaration). [`Validate::problems`] is this with the
    /// built-in roadmap.
    pub fn problems_against(&self, roadmap: &crate::Roadmap) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.validate_against(&Location::root(), roadmap, &mut problems);
        problems
    }

    fn validate_against(
        &self,
        at: &Location<'_>,
        roadmap: &crate::Roadmap,
        problems: &mut Vec<Problem>,
    ) {
        check_action(&at.key("action"), roadmap, self.action, problems);
        check_reporter(&at.key("reporter"), self.reporter, problems);
        self.period.validate_at(&at.key("period"), problems);
        self.summary.validate_at(&at.key("summary"), problems);
        self.indicators.validate_at(&at.key("indicators"), problems);
        self.evidence.validate_at(&at.key("evidence"), problems);
        check_modified(at, self.created, self.modified, problems);
    }
}

crate::shape::object_shaped!(ProgressReport, Summary);
#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Body, CollectiveActor, Country, ProblemKind, json};

    fn report() -> ProgressReport {
        ProgressReport::new(
            "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b".parse().unwrap(),
            "1.iii".parse().unwrap(),
            Actor::State(Country::Co),
            Period::new("2025-04".parse().unwrap(), "2025-09".parse().unwrap()),
            ImplementationStatus::InProgress,
            Summary::new(Lang::Es, "Intercambio de información con la EUDA."),
            "2025-10-02T09:15:00Z".parse().unwrap(),
            Tlp::Amber,
        )
    }

    fn rules(r: &ProgressReport) -> Vec<&'static str> {
        r.problems().iter().filter_map(|p| p.rule).collect()
    }

    #[test]
    fn a_new_report_is_valid_and_omits_what_is_empty() {
        let r = report();
        assert!(r.problems().is_empty());
        let value = serde_json::to_value(&r).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "action", "created", "id", "modified", "period", "reporter", "status", "summary",
                "tlp"
            ]
        );
        let back: ProgressReport = json::from_str(&value.to_string()).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn action_must_be_in_the_roadmap() {
        let mut r = report();
        r.action = "4.iv".parse().unwrap();
        assert_eq!(rules(&r), ["action-in-roadmap"]);
        assert_eq!(r.problems()[0].path, "/action");
        r.action = "4.iii".parse().unwrap();
        assert!(r.problems().is_empty());
    }

    #[test]
    fn reporter_must_be_a_state_or_a_body() {
        let mut r = report();
        r.reporter = Actor::Collective(CollectiveActor::PoliceAuthorities);
        assert_eq!(rules(&r), ["reporter-state-or-body"]);
        assert_eq!(r.problems()[0].path, "/reporter");
        r.reporter = Actor::Body(Body::Europol);
        assert!(r.problems().is_empty());
    }

    #[test]
    fn modified_must_not_be_before_created() {
        let mut r = report();
        r.modified = "2025-10-02T09:14:59.999Z".parse().unwrap();
        assert_eq!(rules(&r), ["modified-not-before-created"]);
        assert_eq!(r.problems()[0].path, "/modified");
        r.modified = "2025-10-02T09:15:00.000Z".parse().unwrap();
        assert!(r.problems().is_empty());
    }

    #[test]
    fn the_period_rule_is_checked_at_its_path() {
        let mut r = report();
        r.period = Period::new("2026".parse().unwrap(), "2025-12".parse().unwrap());
        let problems = r.problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (problems[0].path.as_str(), problems[0].rule),
            ("/period", Some("period-ordered"))
        );
    }

    #[test]
    fn summary_length_is_a_schema_problem_at_its_path() {
        let mut r = report();
        r.summary.text = String::new();
        assert_eq!(r.problems()[0].path, "/summary/text");
        assert_eq!(r.problems()[0].kind, ProblemKind::Schema);
        r.summary.text = "ñ".repeat(SUMMARY_MAX_CHARS);
        assert!(r.problems().is_empty());
        r.summary.text.push('.');
        assert_eq!(r.problems().len(), 1);
    }

    #[test]
    fn nested_problems_are_reported_with_their_paths_in_document_order() {
        let mut r = report();
        r.action = "4.iv".parse().unwrap();
        r.indicators = vec![
            Indicator::Arrests { count: 1 },
            Indicator::Arrests { count: u64::MAX },
        ];
        r.evidence = vec![Evidence::Url {
            reference: "https://".into(),
        }];
        r.modified = "2025-01-01T00:00:00Z".parse().unwrap();
        let paths: Vec<String> = r.problems().into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "/action",
                "/indicators/1/count",
                "/evidence/0/reference",
                "/modified"
            ]
        );
    }

    #[test]
    fn withdrawn_is_written_only_when_true() {
        let mut r = report();
        r.withdrawn = true;
        let text = serde_json::to_string(&r).unwrap();
        assert!(text.contains(r#""withdrawn":true"#));
        assert!(json::from_str::<ProgressReport>(&text.replace("true", "\"true\"")).is_err());
    }
}
