//! A joint operation carried out under the roadmap.

use serde::Serialize;

use super::builder::{self, Inputs};
use super::record::{self, CheckAgainst as _, check_action, check_modified};
use super::{Extensions, Indicator, IntoField, MODIFIED_NOT_BEFORE_CREATED, RecordId, Timestamp};
use crate::validate::check_length;
use crate::{
    ActionId, Actor, Body, CrimeArea, Instrument, Location, OperationKind, PartialDate, Period,
    Problem, Rule, Tlp, Validate,
};

/// The fewest characters a [`JointOperation`]'s name has.
pub const OPERATION_NAME_MIN_CHARS: usize = 1;
/// The most characters a [`JointOperation`]'s name has.
pub const OPERATION_NAME_MAX_CHARS: usize = 200;

crate::shape::object_shaped! {
    through = super::additions::hinted_members("joint operation");
    /// A joint operation of EU and CLASI actors: an action day, a joint investigation team, an
    /// operational task force, a maritime interdiction, ... with who led it, who took part, which
    /// roadmap actions it carries out, and what it achieved.
    ///
    /// Required: the record's id, the operation's name, its kind, at least one crime area, the
    /// lead, the period, the creation and revision timestamps, and a TLP marking. Lists are
    /// omitted when empty and `withdrawn` when false.
    ///
    /// An operation is revised by sending it again with the same `id` and a later `modified`,
    /// and withdrawn by a revision with `withdrawn: true`
    /// ([`latest_revisions`](crate::latest_revisions)). It holds no personal data: its name is
    /// the operation's code name, never a person's, and the extensions must not carry any.
    ///
    /// Its schema says, and [`Validate`] checks, that every action is one of the built-in
    /// roadmap's. Beyond its schema, two rules are checked by the crate only (listed under
    /// `x-rules`): `modified` is not before `created`, and the period does not end before it
    /// starts.
    ///
    /// ```
    /// use eu_clasi::{json, Actor, Body, CrimeArea, JointOperation, OperationKind, Period, Tlp, Validate};
    ///
    /// let op = JointOperation::new(
    ///     "6a1f0e52-3b7c-4d89-a2e4-9c5b7d3f1e08".parse()?,
    ///     "Operation Coral Tide",
    ///     OperationKind::MaritimeInterdiction,
    ///     vec![CrimeArea::DrugTrafficking],
    ///     Actor::Body(Body::MaocN),
    ///     Period::new("2025-05".parse()?, "2025-07".parse()?),
    ///     "2025-08-01T12:00:00Z".parse()?,
    ///     Tlp::AmberStrict,
    /// );
    /// assert!(op.problems().is_empty());
    /// let text = serde_json::to_string(&op)?;
    /// assert_eq!(json::from_str::<JointOperation>(&text)?, op);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[derive(Debug, Clone, PartialEq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<JointOperation>))]
    #[cfg_attr(feature = "schema", schemars(transform = super::record::operation_schema))]
    #[serde(deny_unknown_fields)]
    pub struct JointOperation {
        /// The `$id` of the JSON Schema the document follows, `urn:eu-clasi:schema:v1:joint-operation`, or
        /// absent. A document that names another schema (another type's, another version's) is
        /// refused, and so is `null`.
        #[serde(
            rename = "$schema",
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::versions::present"
        )]
        #[cfg_attr(feature = "schema", schemars(with = "crate::SchemaId<JointOperation>"))]
        pub schema: Option<crate::SchemaId<JointOperation>>,
        /// The operation's id, kept through its revisions.
        pub id: RecordId,
        /// The operation's name or code name, 1 to 200 characters: an operation's name, never a
        /// person's.
        #[cfg_attr(feature = "schema", schemars(length(min = OPERATION_NAME_MIN_CHARS, max = OPERATION_NAME_MAX_CHARS)))]
        pub name: String,
        /// What kind of operation it is.
        pub kind: OperationKind,
        /// The crime areas it targets: at least one.
        #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
        pub crime_areas: Vec<CrimeArea>,
        /// Who led it.
        pub lead: Actor,
        /// The other states, bodies and actors that took part.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub participants: Vec<Actor>,
        /// The bodies that supported it without taking part (analysis, coordination, funding).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub supporting_bodies: Vec<Body>,
        /// The programmes, frameworks and tools it used.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub instruments: Vec<Instrument>,
        /// When it ran.
        pub period: Period,
        /// The roadmap actions it carries out: actions of the built-in 2025-2026 roadmap, which the
        /// schema lists (a schema for another roadmap comes from `schema::for_roadmap`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub actions: Vec<ActionId>,
        /// What it achieved, measured.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub outcomes: Vec<Indicator>,
        /// How far the record may be shared (TLP 2.0).
        pub tlp: Tlp,
        /// When the record was first made.
        pub created: Timestamp,
        /// When this revision was made: `created` for the first, later for each revision.
        pub modified: Timestamp,
        /// Whether this revision withdraws the record.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub withdrawn: bool,
        /// Additions under `x_` keys; they must not carry personal data.
        #[serde(default, skip_serializing_if = "Extensions::is_empty")]
        pub extensions: Extensions,
    }
}

impl JointOperation {
    /// An operation with its required fields, first recorded at `created` (so `modified` is
    /// `created`), with empty lists, no extension, and not withdrawn: for code that already
    /// holds every required value typed. [`JointOperation::builder`] names the fields, takes
    /// their text forms, and reports every problem at once.
    #[allow(clippy::too_many_arguments)] // one argument per required field
    pub fn new(
        id: RecordId,
        name: impl Into<String>,
        kind: OperationKind,
        crime_areas: Vec<CrimeArea>,
        lead: Actor,
        period: Period,
        created: Timestamp,
        tlp: Tlp,
    ) -> Self {
        JointOperation {
            schema: None,
            id,
            name: name.into(),
            kind,
            crime_areas,
            lead,
            participants: Vec::new(),
            supporting_bodies: Vec::new(),
            instruments: Vec::new(),
            period,
            actions: Vec::new(),
            outcomes: Vec::new(),
            tlp,
            created,
            modified: created,
            withdrawn: false,
            extensions: Extensions::new(),
        }
    }
}

impl Validate for JointOperation {
    const RULES: &'static [Rule] = &[MODIFIED_NOT_BEFORE_CREATED];

    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        self.validate_against(at, &crate::declaration().roadmap, problems);
    }
}

impl JointOperation {
    /// Every problem of the operation, with its roadmap actions checked against `roadmap`
    /// instead of the built-in 2025-2026 roadmap: for records of a later roadmap, read from
    /// JSON as a [`Declaration`](crate::Declaration). [`Validate::problems`] is this with the
    /// built-in roadmap.
    pub fn problems_against(&self, roadmap: &crate::Roadmap) -> Vec<Problem> {
        record::problems_against(self, roadmap)
    }
}

impl record::CheckAgainst for JointOperation {
    fn validate_against(
        &self,
        at: &Location<'_>,
        roadmap: &crate::Roadmap,
        problems: &mut Vec<Problem>,
    ) {
        check_length(
            &at.key("name"),
            &self.name,
            OPERATION_NAME_MIN_CHARS,
            OPERATION_NAME_MAX_CHARS,
            problems,
        );
        if self.crime_areas.is_empty() {
            problems.push(
                at.key("crime_areas")
                    .schema_problem("must list at least one crime area"),
            );
        }
        self.period.validate_at(&at.key("period"), problems);
        let actions = at.key("actions");
        for (i, &action) in self.actions.iter().enumerate() {
            check_action(&actions.index(i), roadmap, action, problems);
        }
        self.outcomes.validate_at(&at.key("outcomes"), problems);
        check_modified(at, self.created, self.modified, problems);
    }
}

impl JointOperation {
    /// A builder for a new operation record, for records made in code: set the fields by
    /// name, then [`build`](JointOperationBuilder::build) checks everything at once. See
    /// [`JointOperationBuilder`] for the defaults.
    ///
    /// ```
    /// use eu_clasi::{Body, Indicator, JointOperation, Period, Tlp};
    ///
    /// let op = JointOperation::builder()
    ///     .name("Operation Coral Tide")
    ///     .kind("maritime_interdiction")
    ///     .crime_area("drug_trafficking")
    ///     .lead(Body::MaocN)
    ///     .participant("state:PT")
    ///     .period("2025-05/2025-07")
    ///     .action("2.i")
    ///     .outcome(Indicator::Arrests { count: 3 })
    ///     .tlp(Tlp::AmberStrict)
    ///     .build()?;
    /// assert_eq!(op.participants.len(), 1);
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    pub fn builder() -> JointOperationBuilder {
        JointOperationBuilder::new()
    }
}

/// Builds a [`JointOperation`] field by field, checking everything at [`build`](Self::build).
/// Made by [`JointOperation::builder`].
///
/// Setters take the typed value or its text ([`IntoField`]); a text that does not read is
/// reported by `build()` with every other problem, at the field's JSON path.
///
/// Defaults: a new time-ordered [`RecordId::new_v7`]; `created` and `modified` both the
/// current second ([`Timestamp::now_seconds`]; `modified` follows `created` unless set);
/// empty lists; no extension; not withdrawn.
///
/// Required, with no default: the name, the kind, at least one crime area, the lead, the
/// period, and the TLP marking (which has no default for the reason given at
/// [`ProgressReportBuilder`](crate::ProgressReportBuilder)).
///
/// ```
/// use eu_clasi::{Error, JointOperation};
///
/// let err = JointOperation::builder()
///     .name("Operation Coral Tide")
///     .kind("sting")
///     .lead("body:maoc_n")
///     .period("2025-07/2025-05")
///     .action("4.iv")
///     .build()
///     .unwrap_err();
/// let Error::Invalid { problems } = err else { unreachable!() };
/// let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
/// assert_eq!(paths, ["/kind", "/crime_areas", "/period", "/actions/0", "/tlp"]);
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until build() is called"]
pub struct JointOperationBuilder {
    record: JointOperation,
    modified: Option<Timestamp>,
    inputs: Inputs,
}

impl JointOperationBuilder {
    fn new() -> Self {
        let mut inputs = Inputs::default();
        let now = builder::now_or_problem(&mut inputs);
        // Placeholders for the required fields: replaced by the setters, and reported as
        // required by build() when they are not. No crime area: the record's own check
        // reports an empty list.
        let record = JointOperation::new(
            RecordId::new_v7(),
            "-",
            OperationKind::ActionDay,
            Vec::new(),
            Actor::Body(Body::Europol),
            Period::new(PartialDate::year_only(2025), PartialDate::year_only(2025)),
            now,
            Tlp::Red,
        );
        JointOperationBuilder {
            record,
            modified: None,
            inputs,
        }
    }

    /// The record's id, instead of a new one.
    pub fn id(mut self, id: impl IntoField<RecordId>) -> Self {
        if let Some(v) = self.inputs.read("id", id) {
            self.record.id = v;
        }
        self
    }

    /// The operation's name or code name, 1 to 200 characters; never a person's name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        let name: String = name.into();
        if let Some(v) = self.inputs.read("name", Text(name)) {
            self.record.name = v;
        }
        self
    }

    /// What kind of operation it is: an [`OperationKind`] or its text: its code
    /// (`"action_day"`) or any name the look-up finds (`"JIT"`, `"journée d'action"`).
    pub fn kind(mut self, kind: impl IntoField<OperationKind>) -> Self {
        if let Some(v) = self.inputs.read("kind", kind) {
            self.record.kind = v;
        }
        self
    }

    /// Adds a crime area the operation targets (a [`CrimeArea`], its code, or any name the
    /// look-up finds: `"traite des personnes"`).
    pub fn crime_area(mut self, area: impl IntoField<CrimeArea>) -> Self {
        let index = self.record.crime_areas.len();
        if let Some(v) = self.inputs.read_item("crime_areas", index, area) {
            self.record.crime_areas.push(v);
        }
        self
    }

    /// Who led it: an [`Actor`], a country, a body, or the actor's text: its code or any name
    /// the look-up finds (`"Ameripol"`, `"España"`).
    pub fn lead(mut self, lead: impl IntoField<Actor>) -> Self {
        if let Some(v) = self.inputs.read("lead", lead) {
            self.record.lead = v;
        }
        self
    }

    /// Adds a state, body or other actor that took part.
    pub fn participant(mut self, participant: impl IntoField<Actor>) -> Self {
        let index = self.record.participants.len();
        if let Some(v) = self.inputs.read_item("participants", index, participant) {
            self.record.participants.push(v);
        }
        self
    }

    /// Adds a body that supported the operation without taking part (a [`Body`], its code, or
    /// any name the look-up finds: `"OEDT"`).
    pub fn supporting_body(mut self, body: impl IntoField<Body>) -> Self {
        let index = self.record.supporting_bodies.len();
        if let Some(v) = self.inputs.read_item("supporting_bodies", index, body) {
            self.record.supporting_bodies.push(v);
        }
        self
    }

    /// Adds a programme, framework or tool it used (an [`Instrument`], its code, or any name
    /// the look-up finds).
    pub fn instrument(mut self, instrument: impl IntoField<Instrument>) -> Self {
        let index = self.record.instruments.len();
        if let Some(v) = self.inputs.read_item("instruments", index, instrument) {
            self.record.instruments.push(v);
        }
        self
    }

    /// When it ran: a [`Period`] or its text (`"2025-06-10/2025-06-12"`).
    pub fn period(mut self, period: impl IntoField<Period>) -> Self {
        if let Some(v) = self.inputs.read("period", period) {
            self.record.period = v;
        }
        self
    }

    /// Adds a roadmap action it carries out (an [`ActionId`] or its text, `"1.vi"`).
    pub fn action(mut self, action: impl IntoField<ActionId>) -> Self {
        let index = self.record.actions.len();
        if let Some(v) = self.inputs.read_item("actions", index, action) {
            self.record.actions.push(v);
        }
        self
    }

    /// Adds a measured result.
    pub fn outcome(mut self, outcome: Indicator) -> Self {
        self.record.outcomes.push(outcome);
        self
    }

    /// How far the record may be shared: a [`Tlp`] or its text (`"TLP:AMBER"`, `"amber"`).
    /// Required.
    pub fn tlp(mut self, tlp: impl IntoField<Tlp>) -> Self {
        if let Some(v) = self.inputs.read("tlp", tlp) {
            self.record.tlp = v;
        }
        self
    }

    /// When the record was first made, instead of now; `modified` follows unless set.
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

    /// The `x_` extensions.
    pub fn extensions(mut self, extensions: Extensions) -> Self {
        self.record.extensions = extensions;
        self
    }

    /// The operation, if every required field was set, every text read, and the record has
    /// no problem ([`Validate`]).
    ///
    /// # Errors
    /// [`Error::Invalid`](crate::Error::Invalid) with every problem, each at its JSON path, in
    /// document order.
    pub fn build(self) -> Result<JointOperation, crate::Error> {
        let mut record = self.record;
        record.modified = self.modified.unwrap_or(record.created);
        self.inputs.finish(
            record,
            JointOperation::BUILDER_REQUIRED,
            JointOperation::MEMBERS,
        )
    }
}

/// A name, which is any text: it always reads (its length is checked by `build()`).
struct Text(String);

impl IntoField<String> for Text {
    fn into_field(self) -> Result<String, crate::Error> {
        Ok(self.0)
    }
}

record::record_members!(JointOperation {
    schema: optional = "$schema",
    id: required = "id",
    name: required = "name" => "the operation's name or code name",
    kind: required = "kind" => "what kind of operation it is",
    crime_areas: required = "crime_areas",
    lead: required = "lead" => "who led it",
    participants: default = "participants",
    supporting_bodies: default = "supporting_bodies",
    instruments: default = "instruments",
    period: required = "period" => "when it ran",
    actions: default = "actions",
    outcomes: default = "outcomes",
    tlp: required = "tlp" => "how far the record may be shared; no TLP is assumed",
    created: required = "created",
    modified: required = "modified",
    withdrawn: default = "withdrawn",
    extensions: default = "extensions",
});
crate::versions::document_type!(JointOperation, "joint-operation");
crate::readers::from_json!(fast: JointOperation);
#[cfg(test)]
mod tests {
    use super::*;
    use crate::Revisioned as _;
    use crate::{Country, ProblemKind, json};

    fn operation() -> JointOperation {
        let mut op = JointOperation::new(
            "b7e3c9d2-4f1a-4c8e-9d2b-6a5f3e1c7b90".parse().unwrap(),
            "Operation Puerto Seguro",
            OperationKind::ActionDay,
            vec![CrimeArea::DrugTrafficking, CrimeArea::Corruption],
            Actor::State(Country::Ec),
            Period::new("2025-06-10".parse().unwrap(), "2025-06-12".parse().unwrap()),
            "2025-06-20T16:00:00Z".parse().unwrap(),
            Tlp::Green,
        );
        op.actions = vec!["1.vi".parse().unwrap(), "2.i".parse().unwrap()];
        op
    }

    fn rules(op: &JointOperation) -> Vec<&'static str> {
        op.problems().iter().filter_map(|p| p.rule).collect()
    }

    #[test]
    fn a_new_operation_is_valid_and_round_trips() {
        let op = operation();
        assert!(op.problems().is_empty());
        let text = serde_json::to_string(&op).unwrap();
        assert!(!text.contains("participants") && !text.contains("withdrawn"));
        assert_eq!(json::from_str::<JointOperation>(&text).unwrap(), op);
    }

    #[test]
    fn every_action_must_be_in_the_roadmap() {
        let mut op = operation();
        op.actions.push("4.iv".parse().unwrap());
        op.actions.push("3.ii".parse().unwrap());
        // The schema lists the roadmap's actions: a schema problem, not a rule.
        assert!(rules(&op).is_empty());
        let seen: Vec<(String, ProblemKind)> = op
            .problems()
            .into_iter()
            .map(|p| (p.path, p.kind))
            .collect();
        assert_eq!(
            seen,
            [
                ("/actions/2".into(), ProblemKind::Schema),
                ("/actions/3".into(), ProblemKind::Schema)
            ]
        );
    }

    #[test]
    fn modified_must_not_be_before_created() {
        let mut op = operation();
        op.modified = "2025-06-20T15:59:59Z".parse().unwrap();
        assert_eq!(rules(&op), ["modified-not-before-created"]);
    }

    #[test]
    fn the_period_rule_is_checked() {
        let mut op = operation();
        op.period = Period::new("2025-07".parse().unwrap(), "2025-06-30".parse().unwrap());
        assert_eq!(rules(&op), ["period-ordered"]);
    }

    #[test]
    fn name_bounds_and_crime_areas_are_schema_problems() {
        let mut op = operation();
        op.name = String::new();
        op.crime_areas.clear();
        let problems = op.problems();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|p| p.kind == ProblemKind::Schema));
        assert_eq!(problems[0].path, "/name");
        assert_eq!(problems[1].path, "/crime_areas");
        op.name = "x".repeat(OPERATION_NAME_MAX_CHARS);
        op.crime_areas.push(CrimeArea::Cybercrime);
        assert!(op.problems().is_empty());
        op.name.push('x');
        assert_eq!(op.problems()[0].path, "/name");
    }

    #[test]
    fn outcome_counts_are_capped() {
        let mut op = operation();
        op.outcomes = vec![Indicator::JitsSetUp { count: MAX }];
        assert_eq!(op.problems()[0].path, "/outcomes/0/count");
    }

    #[test]
    fn the_builder_makes_the_same_operation_as_new() {
        let op = operation();
        let built = JointOperation::builder()
            .id(op.id)
            .name("Operation Puerto Seguro")
            .kind(OperationKind::ActionDay)
            .crime_area(CrimeArea::DrugTrafficking)
            .crime_area("corruption")
            .lead(Country::Ec)
            .period("2025-06-10/2025-06-12")
            .created("2025-06-20T16:00:00Z")
            .action("1.vi")
            .action("2.i")
            .tlp(Tlp::Green)
            .build()
            .unwrap();
        assert_eq!(built, op);
    }

    #[test]
    fn the_builder_reports_missing_fields_and_bad_names_together() {
        let err = JointOperation::builder()
            .name("x".repeat(OPERATION_NAME_MAX_CHARS + 1))
            .supporting_body("europool")
            .build()
            .unwrap_err();
        let crate::Error::Invalid { problems } = err else {
            panic!("{err:?}")
        };
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "/name",
                "/kind",
                "/crime_areas",
                "/lead",
                "/supporting_bodies/0",
                "/period",
                "/tlp"
            ]
        );
        assert!(problems[1].message.starts_with("required: "));
    }

    #[test]
    fn revise_never_moves_modified_backwards() {
        let mut op = operation();
        op.revise_at("2020-01-01T00:00:00Z".parse().unwrap())
            .unwrap();
        assert_eq!(op.modified.to_string(), "2025-06-20T16:00:01Z");
        op.withdraw().unwrap();
        assert!(op.withdrawn);
        assert!(op.modified > "2025-06-20T16:00:01Z".parse().unwrap());
    }

    const MAX: u64 = crate::model::MAX_COUNT + 1;
}
