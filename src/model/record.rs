//! What the records people exchange have in common: ids, revisions, withdrawal, and the rules
//! that relate them to the built-in roadmap.
//!
//! # Versioning
//!
//! A record ([`ProgressReport`](crate::ProgressReport), [`JointOperation`](crate::JointOperation))
//! keeps its [`RecordId`] for life. To correct or update it, its publisher sends a revision: the
//! whole record again, with the same id and a later `modified` timestamp. To withdraw it, the
//! publisher sends a revision with `withdrawn: true`. A reader keeps, for each id, the revision
//! with the latest `modified` ([`latest_revisions`]) and ignores withdrawn records
//! ([`current_revisions`]).
//!
//! # No personal data
//!
//! Records describe cooperation, not people. No field holds the name of a person, a date of
//! birth, an identity or document number, or free text about a suspect, a victim or an
//! officer: actors are states and bodies from the crate's vocabularies, results are counts,
//! weights and sums of money, evidence points to documents and web pages. The only free text
//! is a report's summary and an operation's name, which must not name persons either; and
//! extensions, which must not carry personal data.

use std::collections::HashMap;

use super::{RecordId, Timestamp};
use crate::{ActionId, Actor, Error, Location, Problem, Roadmap, Rule};

/// A record that is revised by sending it again with the same id and a later `modified`, and
/// withdrawn by a revision that says `withdrawn: true` (see [`latest_revisions`]).
///
/// [`revise`](Revisioned::revise), [`revise_at`](Revisioned::revise_at) and
/// [`withdraw`](Revisioned::withdraw) are written once here for every record
/// ([`ProgressReport`](crate::ProgressReport), [`JointOperation`](crate::JointOperation)); a
/// record only says where its id, `modified` and `withdrawn` are.
pub trait Revisioned {
    /// The id the record keeps through its revisions.
    fn record_id(&self) -> RecordId;
    /// When this revision was made.
    fn modified(&self) -> Timestamp;
    /// Whether this revision withdraws the record.
    fn is_withdrawn(&self) -> bool;
    /// Sets when this revision was made.
    fn set_modified(&mut self, modified: Timestamp);
    /// Sets whether this revision withdraws the record.
    fn set_withdrawn(&mut self, withdrawn: bool);

    /// Turns the record into its next revision, made now: the id and `created` stay, and
    /// `modified` moves to the current second ([`Timestamp::now_seconds`]). Change the fields
    /// before or after; the revision is what is then sent.
    ///
    /// `modified` never moves backwards: when the clock is behind the record's `modified` (a
    /// clock set back, a record from a machine whose clock runs ahead) or in the same second,
    /// the revision is stamped one second after `modified`'s whole second, so it is always
    /// strictly later than the revision it replaces and wins in [`latest_revisions`] in any
    /// order of arrival.
    ///
    /// ```
    /// use eu_clasi::{ImplementationStatus, Period, ProgressReport, Revisioned, Tlp};
    ///
    /// let mut report = ProgressReport::builder()
    ///     .action("1.iii")
    ///     .reporter("state:CO")
    ///     .reporting_unit("police")
    ///     .period(Period::half(2026, 1)?)
    ///     .status("in_progress")
    ///     .summary("es", "Intercambio de información con la EUDA.")
    ///     .tlp(Tlp::Amber)
    ///     .build()?;
    /// let first = report.clone();
    /// report.status = ImplementationStatus::Completed;
    /// report.revise()?;
    /// assert_eq!((report.id, report.created), (first.id, first.created));
    /// assert!(report.modified > first.modified);
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the clock is set outside the years 1000..=9999, or
    /// `modified` is the last second of the year 9999.
    fn revise(&mut self) -> Result<(), Error> {
        self.revise_at(Timestamp::now_seconds()?)
    }

    /// [`revise`](Revisioned::revise) with `now` for the clock: `modified` becomes `now` if
    /// that is later, else one second after `modified`'s whole second. For reproducible
    /// revisions and tests.
    ///
    /// ```
    /// use eu_clasi::{JointOperation, Revisioned};
    ///
    /// let mut op = JointOperation::builder()
    ///     .name("Operation Coral Tide")
    ///     .kind("maritime_interdiction")
    ///     .crime_area("drug_trafficking")
    ///     .lead("body:maoc_n")
    ///     .period("2025-05/2025-07")
    ///     .created("2025-08-01T12:00:00Z")
    ///     .tlp("TLP:AMBER+STRICT")
    ///     .build()?;
    /// op.revise_at("2025-11-03T09:30:00Z".parse()?)?;
    /// assert_eq!(op.modified.to_string(), "2025-11-03T09:30:00Z");
    /// // A clock behind the record: one second later, never backwards.
    /// op.revise_at("2025-01-01T00:00:00Z".parse()?)?;
    /// assert_eq!(op.modified.to_string(), "2025-11-03T09:30:01Z");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `modified` is the last second of the year 9999.
    fn revise_at(&mut self, now: Timestamp) -> Result<(), Error> {
        let modified = next_modified(self.modified(), now)?;
        self.set_modified(modified);
        Ok(())
    }

    /// Turns the record into the revision that withdraws it: [`revise`](Revisioned::revise),
    /// with `withdrawn` set. Sending it tells readers to drop the record
    /// ([`current_revisions`]).
    ///
    /// ```
    /// use eu_clasi::{current_revisions, Period, ProgressReport, Revisioned};
    ///
    /// let report = ProgressReport::builder()
    ///     .action("4.i")
    ///     .reporter("body:europol")
    ///     .period(Period::quarter(2026, 1)?)
    ///     .status("planned")
    ///     .summary("en", "Preparation of a joint training.")
    ///     .tlp("TLP:CLEAR")
    ///     .build()?;
    /// let mut withdrawal = report.clone();
    /// withdrawal.withdraw()?;
    /// assert!(withdrawal.withdrawn && withdrawal.id == report.id);
    /// assert!(current_revisions([&report, &withdrawal]).is_empty());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`revise`](Revisioned::revise).
    fn withdraw(&mut self) -> Result<(), Error> {
        self.revise()?;
        self.set_withdrawn(true);
        Ok(())
    }
}

/// Implements [`Revisioned`] for a record whose id, `modified` and `withdrawn` are its fields
/// `id`, `modified` and `withdrawn`.
macro_rules! revisioned {
    ($($ty:ty),+ $(,)?) => {$(
        impl Revisioned for $ty {
            fn record_id(&self) -> RecordId {
                self.id
            }
            fn modified(&self) -> Timestamp {
                self.modified
            }
            fn is_withdrawn(&self) -> bool {
                self.withdrawn
            }
            fn set_modified(&mut self, modified: Timestamp) {
                self.modified = modified;
            }
            fn set_withdrawn(&mut self, withdrawn: bool) {
                self.withdrawn = withdrawn;
            }
        }
    )+};
}

revisioned!(crate::ProgressReport, crate::JointOperation);

/// The latest revision of each record: for each id, the one with the latest `modified`; of
/// two with the same `modified`, the one that comes later in `records`. Withdrawn records are
/// kept (see [`current_revisions`] to drop them). The result lists the records in the order
/// their ids first appear in `records`.
///
/// ```
/// use eu_clasi::{current_revisions, latest_revisions, Actor, Body, CrimeArea, JointOperation, OperationKind, Period, Tlp};
///
/// let first = JointOperation::new(
///     "6a1f0e52-3b7c-4d89-a2e4-9c5b7d3f1e08".parse()?,
///     "Operation Coral Tide",
///     OperationKind::MaritimeInterdiction,
///     vec![CrimeArea::DrugTrafficking],
///     Actor::Body(Body::MaocN),
///     Period::new("2025-05".parse()?, "2025-07".parse()?),
///     "2025-08-01T12:00:00Z".parse()?,
///     Tlp::AmberStrict,
/// );
/// let mut withdrawal = first.clone();
/// withdrawal.modified = "2026-01-15T10:00:00Z".parse()?;
/// withdrawal.withdrawn = true;
///
/// // The order of arrival does not matter: the later `modified` wins.
/// let latest = latest_revisions([&withdrawal, &first]);
/// assert_eq!(latest.len(), 1);
/// assert!(latest[0].withdrawn);
/// assert!(current_revisions([&first, &withdrawal]).is_empty());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub fn latest_revisions<'a, T: Revisioned>(records: impl IntoIterator<Item = &'a T>) -> Vec<&'a T> {
    let mut latest: Vec<&'a T> = Vec::new();
    let mut place: HashMap<RecordId, usize> = HashMap::new();
    for record in records {
        match place.get(&record.record_id()) {
            Some(&i) => {
                if record.modified() >= latest[i].modified() {
                    latest[i] = record;
                }
            }
            None => {
                place.insert(record.record_id(), latest.len());
                latest.push(record);
            }
        }
    }
    latest
}

/// The latest revision of each record that is not withdrawn: [`latest_revisions`] without the
/// records whose latest revision withdraws them.
pub fn current_revisions<'a, T: Revisioned>(
    records: impl IntoIterator<Item = &'a T>,
) -> Vec<&'a T> {
    let mut latest = latest_revisions(records);
    latest.retain(|r| !r.is_withdrawn());
    latest
}

/// A revision is not older than the record it revises.
pub const MODIFIED_NOT_BEFORE_CREATED: Rule = Rule {
    id: "modified-not-before-created",
    description: "modified is the same instant as created or later",
};

/// Checks a record against a roadmap given at run time; [`problems_against`] turns it into the
/// public `problems_against` of each record, and its `Validate` passes the built-in roadmap.
pub(super) trait CheckAgainst {
    /// Appends every problem of the record, located under `at`, with its actions checked
    /// against `roadmap`.
    fn validate_against(&self, at: &Location<'_>, roadmap: &Roadmap, problems: &mut Vec<Problem>);
}

/// Every problem of `record`, with its actions checked against `roadmap`.
pub(super) fn problems_against<T: CheckAgainst>(record: &T, roadmap: &Roadmap) -> Vec<Problem> {
    let mut problems = Vec::new();
    record.validate_against(&Location::root(), roadmap, &mut problems);
    problems
}

/// A record's members, listed once, in the order serde writes them: each field with how the
/// readers treat it when it is missing (`required`, `optional` for an `Option`, `default`)
/// and its wire key, and, for a member the builder has no default for, what it holds (the
/// builder's "required" problem says so).
///
/// From the one list come the fast reader ([`fast_struct!`](crate::readers::fast_struct),
/// which also builds the struct from every field, so a field missing from the list does not
/// compile), `MEMBERS` (the keys in document order, the order of the builder's problems) and
/// `BUILDER_REQUIRED`. A test holds the keys to serde's own list of the struct's fields.
macro_rules! record_members {
    ($ty:ident { $($field:ident : $how:ident = $key:literal $(=> $what:literal)?),* $(,)? }) => {
        $crate::readers::fast_struct!($ty { $($field: $how = $key),* });

        impl $ty {
            /// Every member's key, in document order.
            pub(super) const MEMBERS: &'static [&'static str] = &[$($key),*];
            /// The members a builder needs set, each with what it holds.
            pub(super) const BUILDER_REQUIRED: &'static [(&'static str, &'static str)] =
                &[$($(($key, $what),)?)*];
        }
    };
}

pub(super) use record_members;

/// The `modified` of a revision made at `now` of a record last modified at `modified`: `now`
/// when it is later than `modified`; otherwise (the clock is behind the record, or in the same
/// second) one second after `modified`'s whole second, so that the revision is always strictly
/// later and wins in [`latest_revisions`] whatever the order of arrival.
fn next_modified(modified: Timestamp, now: Timestamp) -> Result<Timestamp, Error> {
    if now > modified {
        Ok(now)
    } else {
        modified.truncated_to_seconds().plus_seconds(1)
    }
}

pub(super) fn check_modified(
    at: &Location<'_>,
    created: Timestamp,
    modified: Timestamp,
    problems: &mut Vec<Problem>,
) {
    if modified < created {
        problems.push(at.key("modified").rule_problem(
            &MODIFIED_NOT_BEFORE_CREATED,
            format!("the record was modified ({modified}) before it was created ({created})"),
        ));
    }
}

/// An action id of a record is one of `roadmap`'s actions: a schema problem, as the schema
/// lists the roadmap's ids (see [`roadmap_actions`]).
pub(super) fn check_action(
    at: &Location<'_>,
    roadmap: &Roadmap,
    action: ActionId,
    problems: &mut Vec<Problem>,
) {
    if !roadmap.has_action(action) {
        problems.push(at.schema_problem(format!(
            "the {} roadmap has no action {action}",
            roadmap.years()
        )));
    }
}

/// A report names a reporting unit only when its reporter is a state: the unit is one of the
/// state's authorities, and a body reports as itself. The schema states it with `if`/`else`
/// ([`report_schema`]).
pub(super) fn check_reporting_unit(
    at: &Location<'_>,
    reporter: Actor,
    unit: Option<&crate::ReportingUnit>,
    problems: &mut Vec<Problem>,
) {
    if let (Some(unit), false) = (unit, matches!(reporter, Actor::State(_))) {
        problems.push(at.schema_problem(format!(
            "the reporter {reporter} is not a state, so it has no national unit ({}); leave reporting_unit out",
            unit.kind
        )));
    }
}

/// A progress report is made by a state or a body, never a collective actor. The schema
/// states it with a `pattern` ([`REPORTER_PATTERN`]).
pub(super) fn check_reporter(at: &Location<'_>, reporter: Actor, problems: &mut Vec<Problem>) {
    if let Actor::Collective(c) = reporter {
        problems.push(at.schema_problem(format!(
            "the reporter {c} is a collective actor; a report is made by a state or a body"
        )));
    }
}

/// The pattern of a progress report's `reporter` in its schema, besides the actor's `enum`:
/// a state or a body.
pub const REPORTER_PATTERN: &str = "^(state|body):";

/// The pattern of a state's actor code, which the schema's `if` tests before it allows a
/// `reporting_unit`.
#[cfg(feature = "schema")]
const STATE_PATTERN: &str = "^state:";

/// The annotation that marks, in a record's schema, a list of a roadmap's action ids (its
/// value is the roadmap's years): [`schema::for_roadmap`](crate::schema::for_roadmap)
/// replaces the list where it stands.
#[cfg(feature = "schema")]
pub(crate) const ROADMAP_ANNOTATION: &str = "x-roadmap";

/// Restricts the schema of an action id (a property, or the items of a list) to `roadmap`'s
/// actions: an `enum` of their ids beside the id's `$ref`, annotated with the roadmap's years.
#[cfg(feature = "schema")]
pub(crate) fn roadmap_actions(node: &mut serde_json::Value, roadmap: &Roadmap) {
    if let serde_json::Value::Object(map) = node {
        let ids: Vec<serde_json::Value> = roadmap
            .actions()
            .map(|a| serde_json::Value::String(a.id.to_string()))
            .collect();
        map.insert("enum".into(), serde_json::Value::Array(ids));
        map.insert(ROADMAP_ANNOTATION.into(), roadmap.years().into());
    }
}

/// The schema of a progress report, beyond what the derive writes: the action is one of the
/// built-in roadmap's, the reporter a state or a body, and a reporting unit only given for a
/// state. Used as `#[schemars(transform = ...)]` on [`ProgressReport`](crate::ProgressReport).
#[cfg(feature = "schema")]
pub(crate) fn report_schema(schema: &mut schemars::Schema) {
    use serde_json::json;
    let roadmap = &crate::declaration().roadmap;
    if let Some(properties) = schema
        .get_mut("properties")
        .and_then(serde_json::Value::as_object_mut)
    {
        if let Some(action) = properties.get_mut("action") {
            roadmap_actions(action, roadmap);
        }
        if let Some(serde_json::Value::Object(reporter)) = properties.get_mut("reporter") {
            reporter.insert("pattern".into(), REPORTER_PATTERN.into());
        }
    }
    schema.insert(
        "allOf".into(),
        json!([{
            "description": "A reporting_unit is given only when the reporter is a state (state:...): it names the national unit of that state that made the report; a body reports as itself.",
            "if": { "properties": { "reporter": { "pattern": STATE_PATTERN } } },
            "else": { "properties": { "reporting_unit": { "type": "null" } } },
        }]),
    );
}

/// The schema of a joint operation, beyond what the derive writes: every action is one of the
/// built-in roadmap's. Used as `#[schemars(transform = ...)]` on
/// [`JointOperation`](crate::JointOperation).
#[cfg(feature = "schema")]
pub(crate) fn operation_schema(schema: &mut schemars::Schema) {
    let roadmap = &crate::declaration().roadmap;
    if let Some(items) = schema
        .get_mut("properties")
        .and_then(|p| p.get_mut("actions"))
        .and_then(|a| a.get_mut("items"))
    {
        roadmap_actions(items, roadmap);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record of the tests: id, modified, withdrawn, and a tag to tell copies apart.
    #[derive(Debug, PartialEq)]
    struct Rec(u128, Timestamp, bool, u8);

    #[allow(non_snake_case)]
    fn R(id: u128, modified: &str, withdrawn: bool, tag: u8) -> Rec {
        Rec(id, modified.parse().unwrap(), withdrawn, tag)
    }

    #[test]
    fn revise_and_withdraw_are_the_traits_for_any_record() {
        let mut r = R(1, "2025-05-01T00:00:00Z", false, 0);
        r.revise_at("2025-04-01T00:00:00Z".parse().unwrap())
            .unwrap();
        assert_eq!(r.1.to_string(), "2025-05-01T00:00:01Z");
        r.withdraw().unwrap();
        assert!(r.2 && r.1 > "2025-05-01T00:00:01Z".parse().unwrap());
        assert_eq!(r.0, 1);
    }

    impl Revisioned for Rec {
        fn record_id(&self) -> RecordId {
            RecordId::from_u128(self.0)
        }
        fn modified(&self) -> Timestamp {
            self.1
        }
        fn is_withdrawn(&self) -> bool {
            self.2
        }
        fn set_modified(&mut self, modified: Timestamp) {
            self.1 = modified;
        }
        fn set_withdrawn(&mut self, withdrawn: bool) {
            self.2 = withdrawn;
        }
    }

    #[test]
    fn keeps_the_latest_modified_per_id_and_the_later_of_a_tie() {
        let records = [
            R(1, "2025-05-01T00:00:00Z", false, 0),
            R(2, "2025-05-01T00:00:00Z", false, 1),
            R(1, "2025-06-01T00:00:00Z", false, 2),
            R(1, "2025-04-01T00:00:00Z", false, 3),
            R(2, "2025-05-01T00:00:00.000Z", true, 4),
            R(3, "2025-01-01T00:00:00Z", false, 5),
        ];
        let latest: Vec<u8> = latest_revisions(&records).iter().map(|r| r.3).collect();
        assert_eq!(latest, [2, 4, 5]);
        let current: Vec<u8> = current_revisions(&records).iter().map(|r| r.3).collect();
        assert_eq!(current, [2, 5]);
        assert!(latest_revisions::<Rec>([]).is_empty());
    }

    #[test]
    fn a_revision_is_always_strictly_later() {
        let t = |s: &str| s.parse::<Timestamp>().unwrap();
        let modified = t("2026-01-15T10:00:00.500Z");
        // The clock is ahead: the revision is stamped with it.
        assert_eq!(
            next_modified(modified, t("2026-01-15T10:05:00Z")).unwrap(),
            t("2026-01-15T10:05:00Z")
        );
        // The clock is behind, or in the same whole second: one second after modified's.
        for now in ["2026-01-15T09:00:00Z", "2026-01-15T10:00:00Z"] {
            let next = next_modified(modified, t(now)).unwrap();
            assert_eq!(next.to_string(), "2026-01-15T10:00:01Z");
            assert!(next > modified);
        }
        assert!(next_modified(t("9999-12-31T23:59:59Z"), t("2026-01-01T00:00:00Z")).is_err());
    }

    #[test]
    fn the_action_rule_lists_the_built_in_roadmap() {
        let ids: Vec<String> = crate::declaration()
            .actions()
            .map(|a| a.id.to_string())
            .collect();
        assert_eq!(ids.len(), 17);
        let first = ids.first().unwrap();
        let last = ids.last().unwrap();
        assert_eq!((first.as_str(), last.as_str()), ("1.i", "4.iii"));
        for listed in ["1.xi", "2.i", "2.ii", "3.i"] {
            assert!(ids.iter().any(|i| i == listed), "{listed}");
        }
        assert!(
            !ids.iter()
                .any(|i| i == "1.xii" || i == "2.iii" || i == "3.ii" || i == "4.iv")
        );
    }

    /// The fields serde's derive reads for a struct, as it passes them to
    /// `deserialize_struct`: the keys in declaration order, renames applied.
    fn serde_fields(read: fn(Capture) -> Result<(), serde::de::value::Error>) -> Vec<&'static str> {
        let fields = std::cell::Cell::new(None);
        let _ = read(Capture(&fields));
        fields.get().unwrap_or_default().to_vec()
    }

    /// A deserializer that keeps the fields a struct's derive asks for, and reads nothing.
    struct Capture<'a>(&'a std::cell::Cell<Option<&'static [&'static str]>>);

    impl<'de> serde::Deserializer<'de> for Capture<'_> {
        type Error = serde::de::value::Error;

        fn deserialize_any<V: serde::de::Visitor<'de>>(
            self,
            _: V,
        ) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("only structs"))
        }

        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.set(Some(fields));
            Err(serde::de::Error::custom("fields kept"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    #[test]
    fn each_records_member_list_is_serdes_list_of_its_fields() {
        let report = serde_fields(|d| {
            <crate::ProgressReport as serde::Deserialize>::deserialize(d).map(drop)
        });
        assert_eq!(report, crate::ProgressReport::MEMBERS);
        let operation = serde_fields(|d| {
            <crate::JointOperation as serde::Deserialize>::deserialize(d).map(drop)
        });
        assert_eq!(operation, crate::JointOperation::MEMBERS);
        assert_eq!(report.len(), 18);
        assert_eq!(operation.len(), 17);
        // What the builders ask for is a member of the record.
        for (key, _) in crate::ProgressReport::BUILDER_REQUIRED {
            assert!(report.contains(key), "{key}");
        }
        for (key, _) in crate::JointOperation::BUILDER_REQUIRED {
            assert!(operation.contains(key), "{key}");
        }
    }
}
