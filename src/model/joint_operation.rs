//! A joint operation carried out under the roadmap.

use serde::{Deserialize, Serialize};

use super::record::{check_action, check_modified};
use super::{
    ACTION_IN_ROADMAP, Extensions, Indicator, MODIFIED_NOT_BEFORE_CREATED, RecordId, Revisioned,
    Timestamp,
};
use crate::validate::check_length;
use crate::{
    ActionId, Actor, Body, CrimeArea, Instrument, Location, OperationKind, Period, Problem, Rule,
    Tlp, Validate,
};

/// The fewest characters a [`JointOperation`]'s name has.
pub const OPERATION_NAME_MIN_CHARS: usize = 1;
/// The most characters a [`JointOperation`]'s name has.
pub const OPERATION_NAME_MAX_CHARS: usize = 200;

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
/// Beyond its schema, an operation is checked for these rules ([`Validate`]): every action is
/// one of the roadmap's, `modified` is not before `created`, and the period does not end
/// before it starts.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<JointOperation>))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "JointOperation"))]
pub struct JointOperation {
    /// The `$id` of the JSON Schema the document follows (optional).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
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
    /// The roadmap actions it carries out.
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

impl JointOperation {
    /// An operation with its required fields, first recorded at `created` (so `modified` is
    /// `created`), with empty lists, no extension, and not withdrawn.
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

impl Revisioned for JointOperation {
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

impl Validate for JointOperation {
    const RULES: &'static [Rule] = &[ACTION_IN_ROADMAP, MODIFIED_NOT_BEFORE_CREATED];

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

crate::shape::object_shaped!(JointOperation);
#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(rules(&op), ["action-in-roadmap", "action-in-roadmap"]);
        let paths: Vec<String> = op.problems().into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["/actions/2", "/actions/3"]);
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

    const MAX: u64 = crate::model::MAX_COUNT + 1;
}
