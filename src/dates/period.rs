//! Periods and the timing of events.

use crate::PartialDate;

/// A span of time from a start date to an end date, each as precise as the source.
///
/// The period runs from the first day `start` can mean to the last day `end` can mean:
/// `2025`-`2026` is 1 January 2025 to 31 December 2026. A period whose start comes after its
/// end breaks the rule [`Period::is_ordered`] checks; the record validation of this crate
/// reports it.
///
/// ```
/// use eu_clasi::{Period, PartialDate};
///
/// let roadmap = Period::new("2025".parse()?, "2026".parse()?);
/// assert!(roadmap.is_ordered());
/// assert!(roadmap.contains("2025-03-05".parse()?));
/// assert_eq!(roadmap.to_string(), "2025/2026");
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<Period>))]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Period"))]
pub struct Period {
    /// The first day, month or year of the period.
    pub start: PartialDate,
    /// The last day, month or year of the period (inclusive).
    pub end: PartialDate,
}

impl Period {
    /// A period from `start` to `end`, inclusive.
    pub const fn new(start: PartialDate, end: PartialDate) -> Self {
        Period { start, end }
    }

    /// Whether the period starts no later than it ends (comparing the first day `start` can mean
    /// with the last day `end` can mean).
    pub fn is_ordered(&self) -> bool {
        match (self.start.earliest(), self.end.latest()) {
            (Some(s), Some(e)) => s <= e,
            _ => false,
        }
    }

    /// Whether every day `date` can mean lies within the period.
    pub fn contains(&self, date: PartialDate) -> bool {
        match (
            self.start.earliest(),
            self.end.latest(),
            date.earliest(),
            date.latest(),
        ) {
            (Some(s), Some(e), Some(ds), Some(de)) => s <= ds && de <= e,
            _ => false,
        }
    }
}

impl std::fmt::Display for Period {
    /// ISO 8601 interval notation: `start/end`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.start, self.end)
    }
}

/// When an event of the declaration's timeline happens: on a date, over a period, or as a
/// recurring cycle.
///
/// ```
/// use eu_clasi::Timing;
///
/// let t: Timing = serde_json::from_str(r#"{"period":{"start":"2026-07","end":"2026-12"}}"#)?;
/// assert!(matches!(t, Timing::Period(_)));
/// let cycle: Timing = serde_json::from_str(r#"{"every_months":18}"#)?;
/// assert!(matches!(cycle, Timing::EveryMonths(m) if m.get() == 18));
/// assert!(serde_json::from_str::<Timing>(r#"{"every_months":0}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Timing {
    /// On a date known to the year, the month or the day.
    Date(PartialDate),
    /// Over a period, for example the second half of 2026.
    Period(Period),
    /// Once every so many months, for example the 18-month cycle of EU-CLASI meetings.
    EveryMonths(
        #[serde(deserialize_with = "crate::readers::whole_nonzero_u16")] std::num::NonZeroU16,
    ),
}

/// The rule every [`Period`] follows.
pub const PERIOD_ORDERED: crate::Rule = crate::Rule {
    id: "period-ordered",
    description: "start is not after end: the first day start can mean is on or before the last day end can mean",
};

impl crate::Validate for Period {
    const RULES: &'static [crate::Rule] = &[PERIOD_ORDERED];

    fn validate_at(&self, at: &crate::Location<'_>, problems: &mut Vec<crate::Problem>) {
        if !self.is_ordered() {
            problems.push(at.rule_problem(
                &PERIOD_ORDERED,
                format!(
                    "the period starts ({}) after it ends ({})",
                    self.start, self.end
                ),
            ));
        }
    }
}

crate::shape::object_shaped!(Period);
