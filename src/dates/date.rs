//! Dates as precise as the source: a year, a month, or a day.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// How precise a [`PartialDate`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// Only the year is known (`2026`).
    Year,
    /// The year and the month are known (`2023-03`).
    Month,
    /// The full calendar date is known (`2025-03-05`).
    Day,
}

/// A calendar date known to the year, the month or the day, never padded into a false day.
///
/// The wire form is ISO 8601: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a year from 1000 to 9999.
/// A full date must exist in the calendar (`2023-02-29` does not).
/// Dates order by year, then month, then day, a less precise date coming before the more
/// precise ones it contains (`2023` < `2023-03` < `2023-03-01`).
///
/// ```
/// use eu_clasi::{PartialDate, Precision};
///
/// let launch: PartialDate = "2023-03".parse()?;
/// assert_eq!(launch.precision(), Precision::Month);
/// assert_eq!(launch.to_string(), "2023-03");
/// assert_eq!(launch.month(), Some(3));
/// assert_eq!(launch.day(), None);
///
/// assert!("2023-02-29".parse::<PartialDate>().is_err());
/// assert!("2023-3".parse::<PartialDate>().is_err());
/// assert!(PartialDate::new(2024, Some(2), Some(29)).is_ok());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: u16,
    /// 0 when unknown.
    month: u8,
    /// 0 when unknown.
    day: u8,
}

/// The JSON Schema pattern of a [`PartialDate`] known to the year or the month.
pub const YEAR_OR_MONTH_PATTERN: &str = "^[1-9][0-9]{3}(-(0[1-9]|1[0-2]))?$(?!\\n)";
/// The JSON Schema pattern of a [`PartialDate`] known to the day; the schema adds
/// `format: date` for the calendar check (`2023-02-29` matches the pattern but is no date).
pub const DAY_PATTERN: &str = "^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$(?!\\n)";

impl PartialDate {
    /// A date of the given precision: `month` and `day` are `None` where unknown.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the year is outside 1000..=9999, the month outside 1..=12,
    /// a day is given without a month, or the day does not exist in that month.
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Result<Self, Error> {
        let invalid = |reason: String| Error::InvalidValue {
            what: "date",
            input: format!("{year}-{month:?}-{day:?}"),
            reason,
        };
        if !(1000..=9999).contains(&year) {
            return Err(invalid(format!("year {year} is outside 1000..=9999")));
        }
        match (month, day) {
            (None, None) => Ok(Self::year_only(year)),
            (None, Some(_)) => Err(invalid("a day needs a month".into())),
            (Some(m), None) if (1..=12).contains(&m) => Ok(Self::year_month(year, m)),
            (Some(m), None) => Err(invalid(format!("month {m} is outside 1..=12"))),
            (Some(m), Some(d)) => {
                if chrono::NaiveDate::from_ymd_opt(i32::from(year), u32::from(m), u32::from(d))
                    .is_some()
                {
                    Ok(Self::ymd_unchecked(year, m, d))
                } else {
                    Err(invalid(format!(
                        "{year:04}-{m:02}-{d:02} is not a day of the calendar"
                    )))
                }
            }
        }
    }

    /// A date known to the year.
    pub(crate) const fn year_only(year: u16) -> Self {
        PartialDate {
            year,
            month: 0,
            day: 0,
        }
    }

    /// A date known to the month. The built-in data's dates are checked by a test.
    pub(crate) const fn year_month(year: u16, month: u8) -> Self {
        PartialDate {
            year,
            month,
            day: 0,
        }
    }

    /// A full date. The built-in data's dates are checked by a test.
    pub(crate) const fn ymd_unchecked(year: u16, month: u8, day: u8) -> Self {
        PartialDate { year, month, day }
    }

    /// A full date from a `chrono` date.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the year is outside 1000..=9999.
    pub fn from_naive(date: chrono::NaiveDate) -> Result<Self, Error> {
        use chrono::Datelike;
        let year = u16::try_from(date.year()).unwrap_or(0);
        // month() and day() are at most 12 and 31.
        Self::new(year, Some(date.month() as u8), Some(date.day() as u8))
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month (1-12), when known.
    pub const fn month(self) -> Option<u8> {
        if self.month == 0 {
            None
        } else {
            Some(self.month)
        }
    }

    /// The day of the month, when known.
    pub const fn day(self) -> Option<u8> {
        if self.day == 0 { None } else { Some(self.day) }
    }

    /// How precise the date is.
    pub const fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The full calendar date, when the date is known to the day.
    pub fn to_naive(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(
            i32::from(self.year),
            u32::from(self.month()?),
            u32::from(self.day()?),
        )
    }

    /// The first calendar day the date can mean (`2023-03` -> 2023-03-01).
    pub fn earliest(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(
            i32::from(self.year),
            u32::from(self.month().unwrap_or(1)),
            u32::from(self.day().unwrap_or(1)),
        )
    }

    /// The last calendar day the date can mean (`2026` -> 2026-12-31, `2024-02` -> 2024-02-29).
    pub fn latest(self) -> Option<chrono::NaiveDate> {
        let year = i32::from(self.year);
        match (self.month(), self.day()) {
            (Some(m), Some(d)) => chrono::NaiveDate::from_ymd_opt(year, u32::from(m), u32::from(d)),
            (Some(m), None) => {
                let (ny, nm) = if m == 12 {
                    (year + 1, 1)
                } else {
                    (year, u32::from(m) + 1)
                };
                chrono::NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
            }
            (None, _) => chrono::NaiveDate::from_ymd_opt(year, 12, 31),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month() {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day() {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        // The three forms, read byte by byte; anything else, and any date `new` refuses, takes
        // the general path below, which words the error.
        if let Some((year, month, day)) = plain_date(s.as_bytes())
            && let Ok(date) = PartialDate::new(year, month, day)
        {
            return Ok(date);
        }
        let invalid = |reason: &str| Error::InvalidValue {
            what: "date",
            input: s.to_owned(),
            reason: format!("{reason}; expected YYYY, YYYY-MM or YYYY-MM-DD"),
        };
        let digits = |part: &str, len: usize| -> Option<u16> {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let mut parts = s.split('-');
        let year = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or_else(|| invalid("the year is not four digits"))?;
        let month = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(|| invalid("the month is not two digits"))?),
        };
        let day = match parts.next() {
            None => None,
            Some(p) => Some(digits(p, 2).ok_or_else(|| invalid("the day is not two digits"))?),
        };
        if parts.next().is_some() {
            return Err(invalid("too many parts"));
        }
        // Two ASCII digits fit in a u8.
        let narrow = |v: Option<u16>| v.map(|v| v as u8);
        PartialDate::new(year, narrow(month), narrow(day)).map_err(|e| match e {
            Error::InvalidValue { reason, .. } => invalid(&reason),
            other => other,
        })
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, as numbers.
fn plain_date(b: &[u8]) -> Option<(u16, Option<u8>, Option<u8>)> {
    let digit = |i: usize| b[i].is_ascii_digit().then(|| u16::from(b[i] - b'0'));
    let two = |i: usize| Some((digit(i)? * 10 + digit(i + 1)?) as u8);
    if !matches!(b.len(), 4 | 7 | 10) {
        return None;
    }
    let year = ((digit(0)? * 10 + digit(1)?) * 10 + digit(2)?) * 10 + digit(3)?;
    let month = if b.len() >= 7 && b[4] == b'-' {
        Some(two(5)?)
    } else if b.len() == 4 {
        None
    } else {
        return None;
    };
    let day = if b.len() == 10 && b[7] == b'-' {
        Some(two(8)?)
    } else if b.len() == 7 {
        None
    } else {
        return None;
    };
    Some((year, month, day))
}

crate::readers::string_form!(
    PartialDate,
    expecting = "a date as YYYY, YYYY-MM or YYYY-MM-DD"
);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::PartialDate").into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date known to the year (YYYY), the month (YYYY-MM) or the day (YYYY-MM-DD), with a year from 1000 to 9999; a full date must exist in the calendar.",
            "type": "string",
            "anyOf": [
                { "pattern": YEAR_OR_MONTH_PATTERN },
                { "pattern": DAY_PATTERN, "format": "date" }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_precision_and_round_trips() {
        for s in [
            "2026",
            "2023-03",
            "2025-03-05",
            "2024-02-29",
            "1000",
            "9999-12-31",
        ] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
        }
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for s in [
            "",
            "202",
            "20255",
            "0999",
            "2023-3",
            "2023-00",
            "2023-13",
            "2023-02-29",
            "2023-04-31",
            "2023-03-5",
            "2023-03-05-01",
            "2023-03-05T00:00",
            "+2023",
            "２０２３",
            "2023-",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s:?} was accepted");
        }
    }

    #[test]
    fn bounds_of_partial_dates() {
        let d: PartialDate = "2024-02".parse().unwrap();
        assert_eq!(d.earliest().unwrap().to_string(), "2024-02-01");
        assert_eq!(d.latest().unwrap().to_string(), "2024-02-29");
        let y: PartialDate = "2026".parse().unwrap();
        assert_eq!(y.latest().unwrap().to_string(), "2026-12-31");
        assert!(y < "2026-01".parse().unwrap());
    }
}
