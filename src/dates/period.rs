//! Periods and the timing of events.

use crate::{Error, PartialDate};

crate::shape::object_shaped! {
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
    ///
    /// // The text form reads back, and the usual reporting periods have their own helpers.
    /// assert_eq!("2025/2026".parse::<Period>()?, roadmap);
    /// assert_eq!(Period::half(2026, 1)?.to_string(), "2026-01/2026-06");
    /// assert_eq!(Period::quarter(2026, 3)?, "2026-07/2026-09".parse()?);
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<Period>))]
    #[serde(deny_unknown_fields)]
    pub struct Period {
        /// The first day, month or year of the period.
        pub start: PartialDate,
        /// The last day, month or year of the period (inclusive).
        pub end: PartialDate,
    }
}

impl Period {
    /// A period from `start` to `end`, inclusive.
    pub const fn new(start: PartialDate, end: PartialDate) -> Self {
        Period { start, end }
    }

    /// The calendar year `year`: `2026/2026`, from 1 January to 31 December.
    ///
    /// ```
    /// use eu_clasi::Period;
    ///
    /// assert_eq!(Period::year(2026)?.to_string(), "2026/2026");
    /// assert!(Period::year(999).is_err());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `year` is outside 1000..=9999.
    pub fn year(year: u16) -> Result<Self, Error> {
        let y = PartialDate::new(year, None, None)?;
        Ok(Period::new(y, y))
    }

    /// Half `half` (1 or 2) of `year`: January to June or July to December, known to the month
    /// (`2026-01/2026-06`), as half-yearly reports cover.
    ///
    /// ```
    /// use eu_clasi::Period;
    ///
    /// assert_eq!(Period::half(2026, 2)?.to_string(), "2026-07/2026-12");
    /// let err = Period::half(2026, 3).unwrap_err();
    /// assert!(err.to_string().contains("half 3 is not 1 or 2"));
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `half` is not 1 or 2, or `year` is outside 1000..=9999.
    pub fn half(year: u16, half: u8) -> Result<Self, Error> {
        if !(1..=2).contains(&half) {
            return Err(Error::InvalidValue {
                what: "period",
                input: format!("half {half} of {year}"),
                reason: format!("half {half} is not 1 or 2"),
            });
        }
        Self::months(year, half * 6 - 5, half * 6)
    }

    /// Quarter `quarter` (1 to 4) of `year`, known to the month: quarter 3 of 2026 is
    /// `2026-07/2026-09`.
    ///
    /// ```
    /// use eu_clasi::Period;
    ///
    /// assert_eq!(Period::quarter(2026, 1)?.to_string(), "2026-01/2026-03");
    /// assert!(Period::quarter(2026, 0).is_err());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `quarter` is outside 1..=4, or `year` outside 1000..=9999.
    pub fn quarter(year: u16, quarter: u8) -> Result<Self, Error> {
        if !(1..=4).contains(&quarter) {
            return Err(Error::InvalidValue {
                what: "period",
                input: format!("quarter {quarter} of {year}"),
                reason: format!("quarter {quarter} is not one of 1 to 4"),
            });
        }
        Self::months(year, quarter * 3 - 2, quarter * 3)
    }

    /// Month `month` (1 to 12) of `year`, as a period of one month: `2026-03/2026-03`.
    ///
    /// ```
    /// use eu_clasi::Period;
    ///
    /// assert_eq!(Period::month(2026, 3)?.to_string(), "2026-03/2026-03");
    /// assert!(Period::month(2026, 13).is_err());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `month` is outside 1..=12, or `year` outside 1000..=9999.
    pub fn month(year: u16, month: u8) -> Result<Self, Error> {
        Self::months(year, month, month)
    }

    fn months(year: u16, first: u8, last: u8) -> Result<Self, Error> {
        Ok(Period::new(
            PartialDate::new(year, Some(first), None)?,
            PartialDate::new(year, Some(last), None)?,
        ))
    }

    /// Whether the period starts no later than it ends (comparing the first day `start` can mean
    /// with the last day `end` can mean).
    pub fn is_ordered(&self) -> bool {
        // Without building calendar days: a date is a real day of its month, so a missing
        // month or day is the earliest (1) or latest (12, 31) value it can take, and the
        // two read as (year, month, day) compare as the days they mean.
        let (start, end) = (self.start, self.end);
        let first = (
            start.year(),
            start.month().unwrap_or(1),
            start.day().unwrap_or(1),
        );
        let last = (
            end.year(),
            end.month().unwrap_or(12),
            end.day().unwrap_or(31),
        );
        first <= last
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

impl std::str::FromStr for Period {
    type Err = Error;

    /// Reads the form [`Display`](std::fmt::Display) writes: two [`PartialDate`]s, each a
    /// year, a month or a day, joined by `/` (`2026-01/2026-06`, `2025/2026`,
    /// `2025-03-05/2025-06-30`). Like a period read from JSON, one whose start comes after its
    /// end is read, and [`Validate`](crate::Validate) reports it (rule `period-ordered`).
    ///
    /// ```
    /// use eu_clasi::Period;
    ///
    /// let p: Period = "2025-03-05/2025-06-30".parse()?;
    /// assert_eq!(p.to_string(), "2025-03-05/2025-06-30");
    ///
    /// let err = "2026-01/2026-13".parse::<Period>().unwrap_err();
    /// assert!(err.to_string().contains("the end \"2026-13\""), "{err}");
    /// assert!("2026-01".parse::<Period>().is_err());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason: String| Error::InvalidValue {
            what: "period",
            input: s.to_owned(),
            reason,
        };
        let Some((start, end)) = s.split_once('/') else {
            return Err(invalid(
                "there is no '/'; expected start/end, two dates of the form YYYY, YYYY-MM or YYYY-MM-DD, like 2026-01/2026-06".into(),
            ));
        };
        let date = |part: &str, which: &str| {
            part.parse::<PartialDate>().map_err(|e| {
                let why = match e {
                    Error::InvalidValue { reason, .. } => reason,
                    other => other.to_string(),
                };
                invalid(format!("the {which} {part:?} is not a date: {why}"))
            })
        };
        Ok(Period::new(date(start, "start")?, date(end, "end")?))
    }
}

impl TryFrom<&str> for Period {
    type Error = Error;

    /// The same as [`str::parse`].
    fn try_from(s: &str) -> Result<Self, Error> {
        s.parse()
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

crate::readers::fast_struct!(Period {
    start: required = "start",
    end: required = "end"
});
crate::readers::from_json!(Period, Timing);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_the_order_of_the_first_and_last_days_meant() {
        let mut dates = Vec::new();
        for year in [2023, 2024, 2025] {
            dates.push(PartialDate::new(year, None, None).unwrap());
            for month in 1..=12 {
                dates.push(PartialDate::new(year, Some(month), None).unwrap());
                for day in [1, 15, 28, 29, 30, 31] {
                    if let Ok(date) = PartialDate::new(year, Some(month), Some(day)) {
                        dates.push(date);
                    }
                }
            }
        }
        for &start in &dates {
            for &end in &dates {
                let by_days = start.earliest().unwrap() <= end.latest().unwrap();
                assert_eq!(
                    Period::new(start, end).is_ordered(),
                    by_days,
                    "{start} {end}"
                );
            }
        }
    }

    #[test]
    fn the_text_form_round_trips_at_every_precision() {
        for text in [
            "2026-01/2026-06",
            "2025/2026",
            "2025-03-05/2025-06-30",
            "2025/2025-06-30",
            "2026/2025",
        ] {
            let p: Period = text.parse().unwrap();
            assert_eq!(p.to_string(), text);
        }
    }

    #[test]
    fn parse_errors_say_which_side_and_why() {
        let cases = [
            ("", "no '/'"),
            ("2026", "no '/'"),
            ("2026-13/2026-12", "the start \"2026-13\""),
            ("2026-01/2026-02-30", "the end \"2026-02-30\""),
            ("2026-01/", "the end \"\""),
            ("2026/2026/2026", "the end \"2026/2026\""),
            (" 2026/2026", "the start \" 2026\""),
        ];
        for (text, expected) in cases {
            let err = text.parse::<Period>().unwrap_err().to_string();
            assert!(err.contains(expected), "{text:?}: {err}");
            assert!(err.starts_with("invalid period"), "{err}");
        }
    }

    #[test]
    fn helpers_cover_the_calendar_and_reject_what_is_out_of_range() {
        assert_eq!(Period::year(2025).unwrap().to_string(), "2025/2025");
        let halves: Vec<String> = (1..=2)
            .map(|h| Period::half(2026, h).unwrap().to_string())
            .collect();
        assert_eq!(halves, ["2026-01/2026-06", "2026-07/2026-12"]);
        let quarters: Vec<String> = (1..=4)
            .map(|q| Period::quarter(2026, q).unwrap().to_string())
            .collect();
        assert_eq!(
            quarters,
            [
                "2026-01/2026-03",
                "2026-04/2026-06",
                "2026-07/2026-09",
                "2026-10/2026-12"
            ]
        );
        for m in 1..=12 {
            assert!(Period::month(2026, m).unwrap().is_ordered());
        }
        assert!(Period::half(2026, 0).is_err());
        assert!(Period::quarter(2026, 5).is_err());
        assert!(Period::month(2026, 0).is_err());
        assert!(Period::year(10_000).is_err());
        assert!(Period::half(999, 1).is_err());
    }
}
