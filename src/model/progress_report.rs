//! Progress on one roadmap action, as one actor reports it.

use serde::Serialize;

use super::builder::{self, Inputs};
use super::record::{
    self, CheckAgainst as _, check_action, check_modified, check_reporter, check_reporting_unit,
};
use super::{
    Evidence, Extensions, Indicator, IntoField, MODIFIED_NOT_BEFORE_CREATED, RecordId,
    ReportingUnit, Timestamp,
};
use crate::validate::check_length;
use crate::{
    ActionId, Actor, CrimeArea, ImplementationStatus, Instrument, Lang, Location, PartialDate,
    Period, Problem, Rule, Tlp, Validate,
};

/// The fewest characters a [`Summary`]'s text has.
pub const SUMMARY_MIN_CHARS: usize = 1;
/// The most characters a [`Summary`]'s text has.
pub const SUMMARY_MAX_CHARS: usize = 2000;

crate::shape::object_shaped! {
    through = super::additions::hinted_members("progress report");
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
    /// Its schema says, and [`Validate`] checks, that the action is one of the built-in roadmap's,
    /// the reporter is a state or a body, and a reporting unit is named only for a state. Beyond
    /// its schema, two rules are checked by the crate only (listed under `x-rules`): `modified` is
    /// not before `created`, and the period does not end before it starts.
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
    /// assert_eq!(wrong.problems()[0].path, "/action");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<ProgressReport>))]
    #[cfg_attr(feature = "schema", schemars(transform = super::record::report_schema))]
    #[serde(deny_unknown_fields)]
    pub struct ProgressReport {
        /// The `$id` of the JSON Schema the document follows, `urn:eu-clasi:schema:v1:progress-report`, or
        /// absent. A document that names another schema (another type's, another version's) is
        /// refused, and so is `null`.
        #[serde(
            rename = "$schema",
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::versions::present"
        )]
        #[cfg_attr(feature = "schema", schemars(with = "crate::SchemaId<ProgressReport>"))]
        pub schema: Option<crate::SchemaId<ProgressReport>>,
        /// The report's id, kept through its revisions.
        pub id: RecordId,
        /// The roadmap action the report is about (`1.vi`): one of the built-in 2025-2026
        /// roadmap's actions, which the schema lists (a schema for another roadmap comes from
        /// `schema::for_roadmap`).
        pub action: ActionId,
        /// Who reports: a state (`state:...`) or a body (`body:...`), never a collective actor.
        pub reporter: Actor,
        /// The national unit of the reporting state that made the report (its police, customs,
        /// prosecution service, ...), only when the reporter is a state. Never a person.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reporting_unit: Option<ReportingUnit>,
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
}

crate::shape::object_shaped! {
    /// A short account of the work, in one of the four languages: 1 to 2000 characters. It must
    /// not name persons.
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Summary {
        /// The language of the text.
        pub lang: Lang,
        /// The text: 1 to 2000 characters.
        #[cfg_attr(feature = "schema", schemars(length(min = SUMMARY_MIN_CHARS, max = SUMMARY_MAX_CHARS)))]
        pub text: String,
    }
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
    /// with empty lists, no reporting unit, no extension, and not withdrawn: for code that
    /// already holds every required value typed. [`ProgressReport::builder`] names the fields,
    /// takes their text forms, and reports every problem at once.
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
            reporting_unit: None,
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

impl Validate for ProgressReport {
    const RULES: &'static [Rule] = &[MODIFIED_NOT_BEFORE_CREATED];

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
        record::problems_against(self, roadmap)
    }
}

impl record::CheckAgainst for ProgressReport {
    fn validate_against(
        &self,
        at: &Location<'_>,
        roadmap: &crate::Roadmap,
        problems: &mut Vec<Problem>,
    ) {
        check_action(&at.key("action"), roadmap, self.action, problems);
        check_reporter(&at.key("reporter"), self.reporter, problems);
        let unit = at.key("reporting_unit");
        check_reporting_unit(&unit, self.reporter, self.reporting_unit.as_ref(), problems);
        self.reporting_unit.validate_at(&unit, problems);
        self.period.validate_at(&at.key("period"), problems);
        self.summary.validate_at(&at.key("summary"), problems);
        self.indicators.validate_at(&at.key("indicators"), problems);
        self.evidence.validate_at(&at.key("evidence"), problems);
        check_modified(at, self.created, self.modified, problems);
    }
}

impl ProgressReport {
    /// A builder for a new report, for records made in code: set the fields by name, then
    /// [`build`](ProgressReportBuilder::build) checks everything at once. See
    /// [`ProgressReportBuilder`] for the defaults.
    ///
    /// ```
    /// use eu_clasi::{Indicator, ProgressReport, Validate};
    ///
    /// let report = ProgressReport::builder()
    ///     .action("2.ii")
    ///     .reporter("body:european_ports_alliance")
    ///     .period(eu_clasi::Period::half(2026, 1)?)
    ///     .status("ongoing")
    ///     .summary("en", "Vulnerability assessments in two partner ports.")
    ///     .indicator(Indicator::PortAssessments { count: 2 })
    ///     .tlp("TLP:GREEN")
    ///     .build()?;
    /// assert_eq!(report.created, report.modified);
    /// assert!(report.problems().is_empty());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    pub fn builder() -> ProgressReportBuilder {
        ProgressReportBuilder::new()
    }
}

/// Builds a [`ProgressReport`] field by field, checking everything at [`build`](Self::build).
/// Made by [`ProgressReport::builder`].
///
/// Setters take the typed value or the text a person types for it ([`IntoField`]): a text
/// that does not read is reported by `build()` with every other problem, at the field's JSON
/// path, so one call lists all that is wrong.
///
/// Defaults: a new time-ordered [`RecordId::new_v7`]; `created` and `modified` both the
/// current second ([`Timestamp::now_seconds`]; `modified` follows `created` unless set);
/// empty lists; no extension; not withdrawn.
///
/// Required, with no default: the action, the reporter, the period, the status, the summary,
/// and the TLP marking. The TLP has no default on purpose: how far a report may be shared is
/// the reporter's decision, and either default would be wrong for someone (`TLP:CLEAR` would
/// publish what was meant to stay in the community, `TLP:AMBER` would hold back what is
/// public), so the builder asks for it.
///
/// ```
/// use eu_clasi::{Error, ProgressReport};
///
/// let err = ProgressReport::builder()
///     .action("1.xii")
///     .reporter("state:XX")
///     .period("2026-01/2026-06")
///     .summary("en", "")
///     .build()
///     .unwrap_err();
/// let Error::Invalid { problems } = err else { unreachable!() };
/// let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
/// assert_eq!(paths, ["/action", "/reporter", "/status", "/summary/text", "/tlp"]);
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until build() is called"]
pub struct ProgressReportBuilder {
    record: ProgressReport,
    modified: Option<Timestamp>,
    inputs: Inputs,
}

impl ProgressReportBuilder {
    fn new() -> Self {
        let mut inputs = Inputs::default();
        let now = builder::now_or_problem(&mut inputs);
        // Placeholders for the required fields: replaced by the setters, and reported as
        // required by build() when they are not.
        let record = ProgressReport::new(
            RecordId::new_v7(),
            ActionId::new_unchecked(1, 1),
            Actor::Body(crate::Body::Europol),
            Period::new(PartialDate::year_only(2025), PartialDate::year_only(2025)),
            ImplementationStatus::NotStarted,
            Summary::new(Lang::En, "-"),
            now,
            Tlp::Red,
        );
        ProgressReportBuilder {
            record,
            modified: None,
            inputs,
        }
    }

    /// The record's id, instead of a new one (for a record whose id was made elsewhere).
    pub fn id(mut self, id: impl IntoField<RecordId>) -> Self {
        if let Some(v) = self.inputs.read("id", id) {
            self.record.id = v;
        }
        self
    }

    /// The roadmap action the report is about: an [`ActionId`] or its text (`"1.ii"`).
    pub fn action(mut self, action: impl IntoField<ActionId>) -> Self {
        if let Some(v) = self.inputs.read("action", action) {
            self.record.action = v;
        }
        self
    }

    /// Who reports: an [`Actor`] (a state or a body), a [`Country`](crate::Country), a
    /// [`Body`](crate::Body), or its text: the wire code (`"state:CO"`, `"body:europol"`) or any
    /// name the look-up finds (`"Brasil"`, `"Colombie"`, `"EMCDDA"`). A text that names nothing
    /// gets the nearest states and bodies as suggestions, never a collective actor, which
    /// cannot report.
    pub fn reporter(mut self, reporter: impl IntoField<Actor>) -> Self {
        let read = builder::state_or_body(reporter.into_field());
        if let Some(v) = self.inputs.take("reporter", read) {
            self.record.reporter = v;
        }
        self
    }

    /// The national unit of the reporting state that made the report: a [`ReportingUnit`]
    /// (see [`ReportingUnit::named`]), a [`UnitKind`](crate::UnitKind), or a kind's text: its
    /// code (`"customs"`) or any name the look-up finds (`"asset recovery office"`,
    /// `"aduanas"`). Only for a state reporter.
    pub fn reporting_unit(mut self, unit: impl IntoField<ReportingUnit>) -> Self {
        if let Some(v) = self.inputs.read("reporting_unit", unit) {
            self.record.reporting_unit = Some(v);
        }
        self
    }

    /// The period the report covers: a [`Period`] (see [`Period::half`],
    /// [`Period::quarter`]) or its text (`"2026-01/2026-06"`).
    pub fn period(mut self, period: impl IntoField<Period>) -> Self {
        if let Some(v) = self.inputs.read("period", period) {
            self.record.period = v;
        }
        self
    }

    /// How far the action has come: an [`ImplementationStatus`] or its text: its code
    /// (`"in_progress"`) or any label or alias (`"in progress"`, `"en curso"`, `"done"`).
    pub fn status(mut self, status: impl IntoField<ImplementationStatus>) -> Self {
        if let Some(v) = self.inputs.read("status", status) {
            self.record.status = v;
        }
        self
    }

    /// What was done, in `lang` (a [`Lang`] or its code, `"es"`); 1 to 2000 characters.
    pub fn summary(mut self, lang: impl IntoField<Lang>, text: impl Into<String>) -> Self {
        if let Some(lang) = self.inputs.read("summary", lang) {
            self.record.summary = Summary::new(lang, text);
        }
        self
    }

    /// Adds a crime area the work addressed (a [`CrimeArea`], its code, or any name the
    /// look-up finds: `"trata de personas"`).
    pub fn crime_area(mut self, area: impl IntoField<CrimeArea>) -> Self {
        let index = self.record.crime_areas.len();
        if let Some(v) = self.inputs.read_item("crime_areas", index, area) {
            self.record.crime_areas.push(v);
        }
        self
    }

    /// Adds a partner the reporter worked with (an [`Actor`], a country, a body, or the
    /// actor's text: its code or any name the look-up finds).
    pub fn partner(mut self, partner: impl IntoField<Actor>) -> Self {
        let index = self.record.partners.len();
        if let Some(v) = self.inputs.read_item("partners", index, partner) {
            self.record.partners.push(v);
        }
        self
    }

    /// Adds a programme, framework or tool the work used (an [`Instrument`], its code, or any
    /// name the look-up finds: `"EL PAcCTO"`, `"ECI"`).
    pub fn instrument(mut self, instrument: impl IntoField<Instrument>) -> Self {
        let index = self.record.instruments.len();
        if let Some(v) = self.inputs.read_item("instruments", index, instrument) {
            self.record.instruments.push(v);
        }
        self
    }

    /// Adds a measured result.
    pub fn indicator(mut self, indicator: Indicator) -> Self {
        self.record.indicators.push(indicator);
        self
    }

    /// Adds a place where the report's claims can be checked.
    pub fn evidence(mut self, evidence: Evidence) -> Self {
        self.record.evidence.push(evidence);
        self
    }

    /// When the report was first made, instead of now; `modified` follows unless set.
    pub fn created(mut self, created: impl IntoField<Timestamp>) -> Self {
        if let Some(v) = self.inputs.read("created", created) {
            self.record.created = v;
        }
        self
    }

    /// When this revision was made, instead of `created`.
    pub fn modified(mut self, modified: impl IntoField<Timestamp>) -> Self {
        if let Some(v) = self.inputs.read("modified", modified) {
            self.modified = Some(v);
        }
        self
    }

    /// How far the report may be shared: a [`Tlp`] or its text (`"TLP:AMBER"`, `"amber"`).
    /// Required.
    pub fn tlp(mut self, tlp: impl IntoField<Tlp>) -> Self {
        if let Some(v) = self.inputs.read("tlp", tlp) {
            self.record.tlp = v;
        }
        self
    }

    /// The `x_` extensions.
    pub fn extensions(mut self, extensions: Extensions) -> Self {
        self.record.extensions = extensions;
        self
    }

    /// The report, if every required field was set, every text read, and the report has no
    /// problem ([`Validate`]).
    ///
    /// # Errors
    /// [`Error::Invalid`](crate::Error::Invalid) with every problem, each at its JSON path, in
    /// document order: texts that did not read, required fields not set, and the report's own
    /// problems (an action not in the roadmap, a collective reporter, ...).
    pub fn build(self) -> Result<ProgressReport, crate::Error> {
        let mut record = self.record;
        record.modified = self.modified.unwrap_or(record.created);
        self.inputs.finish(
            record,
            ProgressReport::BUILDER_REQUIRED,
            ProgressReport::MEMBERS,
        )
    }
}

crate::readers::fast_struct!(Summary {
    lang: required = "lang",
    text: required = "text"
});
record::record_members!(ProgressReport {
    schema: optional = "$schema",
    id: required = "id",
    action: required = "action" => "the roadmap action the report is about",
    reporter: required = "reporter" => "the state or body that reports",
    reporting_unit: optional = "reporting_unit",
    period: required = "period" => "the period the report covers",
    status: required = "status" => "how far the action has come",
    summary: required = "summary" => "what was done, in a few sentences",
    crime_areas: default = "crime_areas",
    partners: default = "partners",
    instruments: default = "instruments",
    indicators: default = "indicators",
    evidence: default = "evidence",
    created: required = "created",
    modified: required = "modified",
    tlp: required = "tlp" => "how far the report may be shared; no TLP is assumed",
    withdrawn: default = "withdrawn",
    extensions: default = "extensions",
});
crate::versions::document_type!(ProgressReport, "progress-report");
crate::readers::from_json!(fast: ProgressReport);
crate::readers::from_json!(Summary);
#[cfg(test)]
mod tests {
    use super::*;
    use crate::Revisioned as _;
    use crate::{Body, CollectiveActor, Country, Error, ProblemKind, json};

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

    /// The one problem of `r`, as (path, kind).
    fn only_problem(r: &ProgressReport) -> (String, ProblemKind) {
        let problems = r.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        (problems[0].path.clone(), problems[0].kind)
    }

    #[test]
    fn action_must_be_in_the_roadmap() {
        let mut r = report();
        r.action = "4.iv".parse().unwrap();
        // The schema lists the roadmap's actions: a schema problem.
        assert_eq!(only_problem(&r), ("/action".into(), ProblemKind::Schema));
        r.action = "4.iii".parse().unwrap();
        assert!(r.problems().is_empty());
    }

    #[test]
    fn reporter_must_be_a_state_or_a_body() {
        let mut r = report();
        r.reporter = Actor::Collective(CollectiveActor::PoliceAuthorities);
        assert_eq!(only_problem(&r), ("/reporter".into(), ProblemKind::Schema));
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

    fn built() -> ProgressReportBuilder {
        ProgressReport::builder()
            .action("1.iii")
            .reporter(Country::Co)
            .period("2025-04/2025-09")
            .status(ImplementationStatus::InProgress)
            .summary(Lang::Es, "Intercambio de información con la EUDA.")
            .tlp("TLP:AMBER")
    }

    #[test]
    fn the_builder_makes_the_same_report_as_new() {
        let r = report();
        let b = built()
            .id(r.id)
            .created("2025-10-02T09:15:00Z")
            .build()
            .unwrap();
        assert_eq!(b, r);
    }

    #[test]
    fn the_builder_defaults_to_a_new_id_and_the_current_second() {
        let a = built().build().unwrap();
        let b = built().build().unwrap();
        assert_ne!(a.id, b.id);
        assert_eq!(a.id.version(), 7);
        assert_eq!(a.created, a.modified);
        assert_eq!(a.created.fraction_digits(), 0);
    }

    #[test]
    fn the_builder_reports_every_text_that_does_not_read_with_what_was_expected() {
        let err = built()
            .status("dnoe")
            .crime_area("drug_trafficking")
            .crime_area("drugs")
            .partner("state:XX")
            .created("2025-10-02 09:15:00Z")
            .tlp("ambre")
            .build()
            .unwrap_err();
        let Error::Invalid { problems } = err else {
            panic!("{err:?}")
        };
        let seen: Vec<(&str, ProblemKind)> =
            problems.iter().map(|p| (p.path.as_str(), p.kind)).collect();
        assert_eq!(
            seen,
            [
                ("/status", ProblemKind::Schema),
                ("/crime_areas/1", ProblemKind::Schema),
                ("/partners/0", ProblemKind::Schema),
                ("/created", ProblemKind::Schema),
                ("/tlp", ProblemKind::Schema),
            ]
        );
        // A typo gets the nearest codes, never the whole vocabulary.
        assert!(
            problems[0].message.ends_with("did you mean completed?"),
            "{}",
            problems[0].message
        );
        assert!(!problems[0].message.contains("not_started"));
        assert!(problems[3].message.contains("\"2025-10-02 09:15:00Z\""));
        assert!(
            problems[4].message.ends_with("did you mean TLP:AMBER?"),
            "{}",
            problems[4].message
        );
    }

    #[test]
    fn the_builder_takes_what_people_type_for_a_vocabulary() {
        let r = ProgressReport::builder()
            .action("1.iii")
            .reporter("Brasil")
            .reporting_unit("asset recovery office")
            .period("2025-04/2025-09")
            .status("in progress")
            .summary("português", "Troca de informação financeira.")
            .crime_area("lavagem de dinheiro")
            .partner("EMCDDA")
            .instrument("El PAcCTO")
            .tlp("amber")
            .build()
            .unwrap();
        assert_eq!(r.reporter, Actor::State(Country::Br));
        assert_eq!(
            r.reporting_unit,
            Some(ReportingUnit::new(crate::UnitKind::AssetRecoveryOffice))
        );
        assert_eq!(r.status, ImplementationStatus::InProgress);
        assert_eq!(r.summary.lang, Lang::Pt);
        assert_eq!(r.crime_areas, [CrimeArea::FinancialCrime]);
        assert_eq!(r.partners, [Actor::Body(Body::Euda)]);
        assert_eq!(r.instruments, [Instrument::ElPaccto]);
        assert_eq!(r.tlp, Tlp::Amber);
        // Wire codes still read as they are.
        let r = built()
            .reporter("state:BR")
            .tlp("TLP:AMBER+STRICT")
            .build()
            .unwrap();
        assert_eq!(
            (r.reporter, r.tlp),
            (Actor::State(Country::Br), Tlp::AmberStrict)
        );
    }

    /// The message of the problem the builder gives for the reporter `text`.
    fn reporter_problem(text: &str) -> String {
        let Err(Error::Invalid { problems }) = built().reporter(text).build() else {
            panic!("{text:?} was accepted")
        };
        assert_eq!(problems[0].path, "/reporter");
        problems[0].message.clone()
    }

    #[test]
    fn a_reporter_that_names_nothing_gets_the_nearest_states_and_bodies_only() {
        assert!(
            reporter_problem("Brazill").ends_with("did you mean state:BR?"),
            "{}",
            reporter_problem("Brazill")
        );
        // Near a collective actor's name only: a partner may be one and is suggested it; a
        // reporter may not, and is suggested no collective actor.
        let near_collective = "privat sector";
        match IntoField::<Actor>::into_field(near_collective) {
            Err(Error::NotFound { suggestions, .. }) => {
                assert!(
                    suggestions.contains(&"collective:private_sector"),
                    "{suggestions:?}"
                )
            }
            other => panic!("{other:?}"),
        }
        let message = reporter_problem(near_collective);
        assert!(!message.contains("collective:"), "{message}");
        // A collective actor named outright is read, and refused as a reporter.
        assert!(
            reporter_problem("private sector").contains("is a collective actor"),
            "{}",
            reporter_problem("private sector")
        );
    }

    #[test]
    fn a_later_setter_replaces_an_earlier_problem() {
        let r = built().action("one").action("2.i").build().unwrap();
        assert_eq!(r.action.to_string(), "2.i");
    }

    #[test]
    fn the_builder_reports_the_record_rules_too() {
        let err = built()
            .reporter("collective:police_authorities")
            .created("2025-10-02T09:15:00Z")
            .modified("2025-10-01T00:00:00Z")
            .build()
            .unwrap_err();
        let Error::Invalid { problems } = err else {
            panic!("{err:?}")
        };
        let seen: Vec<_> = problems
            .iter()
            .map(|p| (p.path.as_str(), p.kind, p.rule))
            .collect();
        assert_eq!(
            seen,
            [
                ("/reporter", ProblemKind::Schema, None),
                (
                    "/modified",
                    ProblemKind::Rule,
                    Some("modified-not-before-created")
                )
            ]
        );
    }

    #[test]
    fn revise_keeps_the_id_and_moves_modified_forward_and_withdraw_marks_it() {
        let mut r = report();
        let first = r.clone();
        r.revise().unwrap();
        assert_eq!((r.id, r.created), (first.id, first.created));
        assert!(r.modified > first.modified);
        assert_eq!(r.modified.fraction_digits(), 0);
        let mut w = r.clone();
        w.withdraw().unwrap();
        assert!(w.withdrawn && w.modified > r.modified);
        assert!(w.problems().is_empty());
    }

    #[test]
    fn a_reporting_unit_is_named_only_for_a_state() {
        let mut r = report();
        r.reporting_unit = Some(ReportingUnit::named(
            crate::UnitKind::Police,
            "[Fictitious example] Anti-drug unit",
        ));
        assert!(r.problems().is_empty());
        let text = serde_json::to_string(&r).unwrap();
        assert!(text.contains(
            r#""reporting_unit":{"kind":"police","name":"[Fictitious example] Anti-drug unit"}"#
        ));
        assert_eq!(json::from_str::<ProgressReport>(&text).unwrap(), r);
        r.reporter = Actor::Body(Body::Europol);
        assert_eq!(
            only_problem(&r),
            ("/reporting_unit".into(), ProblemKind::Schema)
        );
        r.reporter = Actor::State(Country::Co);
        r.reporting_unit = Some(ReportingUnit::named(crate::UnitKind::Customs, "a\nb"));
        assert_eq!(r.problems()[0].path, "/reporting_unit/name");
    }

    #[test]
    fn the_builder_takes_a_unit_by_kind_code_or_whole() {
        let r = built().reporting_unit("customs").build().unwrap();
        assert_eq!(
            r.reporting_unit,
            Some(ReportingUnit::new(crate::UnitKind::Customs))
        );
        let err = built().reporting_unit("militia").build().unwrap_err();
        assert!(err.to_string().contains("/reporting_unit: "), "{err}");
        let r = built().reporting_unit("Aduanas").build().unwrap();
        assert_eq!(
            r.reporting_unit,
            Some(ReportingUnit::new(crate::UnitKind::Customs))
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
