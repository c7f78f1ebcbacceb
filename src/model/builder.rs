//! What the record builders ([`ProgressReportBuilder`](crate::ProgressReportBuilder),
//! [`JointOperationBuilder`](crate::JointOperationBuilder)) share: the values their setters
//! accept, and the collection of every problem until `build()`.

use super::{RecordId, Timestamp};
use crate::{
    ActionId, Actor, Body, Country, CrimeArea, Error, ImplementationStatus, Instrument, Lang,
    Location, OperationKind, Period, Problem, Tlp, UnitKind, Validate, Vocabulary,
};

/// A value a record builder's setter accepts for a field of type `T`: a `T` itself, or the
/// text a person types for it. A text that does not read is not an error at the setter: the
/// builder keeps it, and `build()` reports it with every other problem, at the field's path.
///
/// - For a vocabulary ([`Actor`], [`CrimeArea`], [`ImplementationStatus`], [`Tlp`], ...), the
///   text is the term's wire code (`"in_progress"`, `"TLP:AMBER"`, `"state:BR"`) or anything
///   [`Vocabulary::lookup`] finds: a label in English, Spanish,
///   Portuguese or French, an acronym or an alias, in any case, with or without accents
///   (`"in progress"`, `"amber"`, `"Brasil"`). A text that names nothing gives the nearest
///   codes ("did you mean state:BR?"), never the whole vocabulary.
/// - For the other values, the text is read by `T`'s [`FromStr`](std::str::FromStr): `"1.ii"`
///   for an [`ActionId`], `"2026-01/2026-06"` for a [`Period`], a timestamp or a record id.
///
/// ```
/// use eu_clasi::{ActionId, Actor, Country, Error, ImplementationStatus, IntoField, Tlp};
///
/// let typed: ActionId = "1.ii".parse()?;
/// assert_eq!(IntoField::<ActionId>::into_field(typed)?, typed);
/// assert_eq!(IntoField::<ActionId>::into_field("1.ii")?, typed);
/// assert!(IntoField::<ActionId>::into_field("1.2").is_err());
///
/// assert_eq!(IntoField::<Actor>::into_field("Brasil")?, Actor::State(Country::Br));
/// assert_eq!(IntoField::<Tlp>::into_field("amber")?, Tlp::Amber);
/// let status: ImplementationStatus = "en curso".into_field()?;
/// assert_eq!(status, ImplementationStatus::InProgress);
/// match IntoField::<Actor>::into_field("Brazill") {
///     Err(Error::NotFound { suggestions, .. }) => assert_eq!(suggestions, ["state:BR"]),
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub trait IntoField<T> {
    /// The field's value.
    ///
    /// # Errors
    /// For a vocabulary, [`Error::NotFound`] (with the nearest codes) or [`Error::Ambiguous`]
    /// when the text names no term or several; otherwise the error of `T`'s `FromStr`.
    fn into_field(self) -> Result<T, Error>;
}

/// Values read from text by their `FromStr`.
macro_rules! into_field_parsed {
    ($($ty:ty),+ $(,)?) => {$(
        impl IntoField<$ty> for $ty {
            fn into_field(self) -> Result<$ty, Error> {
                Ok(self)
            }
        }
        impl IntoField<$ty> for &str {
            fn into_field(self) -> Result<$ty, Error> {
                self.parse()
            }
        }
        impl IntoField<$ty> for &String {
            fn into_field(self) -> Result<$ty, Error> {
                self.parse()
            }
        }
        impl IntoField<$ty> for String {
            fn into_field(self) -> Result<$ty, Error> {
                self.parse()
            }
        }
    )+};
}

/// Vocabularies, read from text by [`looked_up`].
macro_rules! into_field_looked_up {
    ($($ty:ty),+ $(,)?) => {$(
        impl IntoField<$ty> for $ty {
            fn into_field(self) -> Result<$ty, Error> {
                Ok(self)
            }
        }
        impl IntoField<$ty> for &str {
            fn into_field(self) -> Result<$ty, Error> {
                looked_up(self)
            }
        }
        impl IntoField<$ty> for &String {
            fn into_field(self) -> Result<$ty, Error> {
                looked_up(self)
            }
        }
        impl IntoField<$ty> for String {
            fn into_field(self) -> Result<$ty, Error> {
                looked_up(&self)
            }
        }
    )+};
}

/// The term `text` names: its wire code exactly, or whatever the vocabulary's look-up finds.
pub(crate) fn looked_up<V: Vocabulary>(text: &str) -> Result<V, Error> {
    text.parse::<V>().or_else(|_| V::lookup(text))
}

into_field_parsed!(ActionId, Period, RecordId, Timestamp);

into_field_looked_up!(
    Actor,
    CrimeArea,
    ImplementationStatus,
    Instrument,
    Lang,
    OperationKind,
    Tlp,
    Body,
    UnitKind,
);

impl IntoField<Actor> for Country {
    fn into_field(self) -> Result<Actor, Error> {
        Ok(Actor::State(self))
    }
}

impl IntoField<Actor> for Body {
    fn into_field(self) -> Result<Actor, Error> {
        Ok(Actor::Body(self))
    }
}

/// A reporter read from what a setter was given: a collective actor cannot report, so a text
/// that names nothing gets the nearest *states and bodies* as suggestions, and a text that
/// names a state or a body besides collective actors names that state or body.
pub(super) fn state_or_body(read: Result<Actor, Error>) -> Result<Actor, Error> {
    let may_report = |a: &Actor| !matches!(a, Actor::Collective(_));
    match read {
        Err(Error::NotFound { kind, input, .. }) => {
            let near = crate::vocab::Vocabularies::none()
                .with::<Country>()
                .with::<Body>()
                .lookup(&input);
            let suggestions = near
                .suggestions
                .iter()
                .filter_map(|t| {
                    t.get::<Country>()
                        .map(Actor::State)
                        .or_else(|| t.get::<Body>().map(Actor::Body))
                })
                .map(|a| a.code())
                .collect();
            Err(Error::NotFound {
                kind,
                input,
                suggestions,
            })
        }
        Err(Error::Ambiguous {
            kind,
            input,
            candidates,
        }) => {
            let reporters: Vec<Actor> = candidates
                .iter()
                .filter_map(|c| c.parse::<Actor>().ok())
                .filter(may_report)
                .collect();
            match reporters.as_slice() {
                [one] => Ok(*one),
                [] => Err(Error::Ambiguous {
                    kind,
                    input,
                    candidates,
                }),
                many => Err(Error::Ambiguous {
                    kind,
                    input,
                    candidates: many.iter().map(|a| a.code()).collect(),
                }),
            }
        }
        other => other,
    }
}

/// The problems of a record's inputs, gathered by its builder until `build()`: the texts that
/// did not read, the required fields never set, and which fields they concern.
#[derive(Debug, Clone, Default)]
pub(super) struct Inputs {
    /// Problems of values given to setters, each at its path.
    problems: Vec<Problem>,
    /// The top-level fields whose value was not read or not given: the record holds a
    /// placeholder there, whose own problems are not reported.
    unusable: Vec<&'static str>,
    /// The required fields that were set.
    set: Vec<&'static str>,
}

impl Inputs {
    /// Reads `value` for the field `field`; on success the field counts as set (and earlier
    /// problems of it are dropped), on failure its problem is kept for `build()`.
    pub(super) fn read<T>(&mut self, field: &'static str, value: impl IntoField<T>) -> Option<T> {
        self.take(field, value.into_field())
    }

    /// [`read`](Self::read) with the value already read (or its error).
    pub(super) fn take<T>(&mut self, field: &'static str, value: Result<T, Error>) -> Option<T> {
        self.forget(field);
        match value {
            Ok(v) => {
                self.set.push(field);
                Some(v)
            }
            Err(e) => {
                self.fail(field, None, &e);
                None
            }
        }
    }

    /// Reads `value` as item `index` of the list field `field`; a failure is kept for
    /// `build()` at `/field/index`.
    pub(super) fn read_item<T>(
        &mut self,
        field: &'static str,
        index: usize,
        value: impl IntoField<T>,
    ) -> Option<T> {
        match value.into_field() {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(field, Some(index), &e);
                None
            }
        }
    }

    /// Records that `field` could not be given a value, with `error` as the reason.
    pub(super) fn fail(&mut self, field: &'static str, index: Option<usize>, error: &Error) {
        let root = Location::root();
        let at = root.key(field);
        let message = match error {
            Error::InvalidValue { input, reason, .. } => format!("{input:?}: {reason}"),
            other => other.to_string(),
        };
        self.problems.push(match index {
            Some(i) => at.index(i).schema_problem(message),
            None => at.schema_problem(message),
        });
        if !self.unusable.contains(&field) {
            self.unusable.push(field);
        }
    }

    fn forget(&mut self, field: &'static str) {
        let prefix = format!("/{field}");
        self.problems
            .retain(|p| p.path != prefix && !p.path.starts_with(&format!("{prefix}/")));
        self.unusable.retain(|f| *f != field);
        self.set.retain(|f| *f != field);
    }

    /// `record` if it has no problem, else [`Error::Invalid`] with every problem: those of the
    /// inputs, a "required" problem for each of `required` (field name and what it holds) that
    /// was never set, and the record's own problems outside the unusable fields, all in the
    /// order of `fields` (the record's fields in document order).
    pub(super) fn finish<R: Validate>(
        mut self,
        record: R,
        required: &[(&'static str, &'static str)],
        fields: &[&'static str],
    ) -> Result<R, Error> {
        let root = Location::root();
        for &(field, what) in required {
            if !self.set.contains(&field) && !self.unusable.contains(&field) {
                self.problems.push(
                    root.key(field)
                        .schema_problem(format!("required: {what}; the builder has no {field}")),
                );
                self.unusable.push(field);
            }
        }
        let top = |p: &Problem| -> String {
            p.path
                .trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        let unusable = self.unusable;
        let mut problems = self.problems;
        problems.extend(
            record
                .problems()
                .into_iter()
                .filter(|p| !unusable.iter().any(|f| *f == top(p))),
        );
        if problems.is_empty() {
            return Ok(record);
        }
        let position = |p: &Problem| {
            let field = top(p);
            fields
                .iter()
                .position(|f| *f == field)
                .unwrap_or(fields.len())
        };
        problems.sort_by_key(position);
        Err(Error::Invalid { problems })
    }
}

/// The timestamp a builder starts with: now, at whole seconds; if the clock cannot be read,
/// a placeholder, and the reason is kept for `build()` at `created`.
pub(super) fn now_or_problem(inputs: &mut Inputs) -> Timestamp {
    match Timestamp::now_seconds() {
        Ok(now) => now,
        Err(e) => {
            inputs.fail("created", None, &e);
            Timestamp::EPOCH
        }
    }
}
