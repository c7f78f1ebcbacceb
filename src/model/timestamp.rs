//! Instants in UTC, for the creation and revision of records.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};

use crate::Error;

/// An instant in UTC, written in RFC 3339 form with a literal `Z`:
/// `2025-06-30T17:45:00Z`, or with a fraction of a second of 1 to 9 digits
/// (`2025-06-30T17:45:00.250Z`).
///
/// Seconds are required; a time zone offset (`+02:00`, even `+00:00`), a lower-case `t` or
/// `z`, a space for the `T`, a leap second (`:60`) and a year before 1000 are rejected, so that
/// every timestamp has one form and every JSON Schema validator reads it as Rust does. The
/// calendar is checked: `2025-02-30T00:00:00Z` is rejected.
///
/// A timestamp is written back with as many fraction digits as it was read with, so that
/// reading and writing a record changes nothing. Two timestamps are equal and ordered by the
/// instant they mean: `…:00.5Z` equals `…:00.500Z`.
///
/// ```
/// use eu_clasi::Timestamp;
///
/// let t: Timestamp = "2025-06-30T17:45:00.250Z".parse()?;
/// assert_eq!(t.to_string(), "2025-06-30T17:45:00.250Z");
/// assert_eq!(t, "2025-06-30T17:45:00.25Z".parse()?);
/// assert!(t < "2025-06-30T17:45:01Z".parse()?);
/// assert_eq!(t.as_datetime().timestamp_millis(), 1_751_305_500_250);
///
/// for bad in ["2025-06-30T17:45:00+00:00", "2025-06-30T17:45Z", "2025-02-30T00:00:00Z"] {
///     assert!(bad.parse::<Timestamp>().is_err(), "{bad}");
/// }
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Timestamp {
    instant: DateTime<Utc>,
    /// How many fraction digits the text form has (0: none).
    digits: u8,
}

/// The JSON Schema pattern of a [`Timestamp`]; the schema adds `format: date-time` for the
/// calendar check (`2025-02-30T00:00:00Z` matches the pattern but is no instant).
pub const TIMESTAMP_PATTERN: &str = r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?Z$(?!\n)";

impl Timestamp {
    /// The timestamp of a `chrono` instant, written with the fewest fraction digits that keep
    /// it exact (none for a whole second).
    ///
    /// ```
    /// use eu_clasi::Timestamp;
    ///
    /// let dt = chrono::DateTime::from_timestamp(1_751_305_500, 120_000_000).unwrap();
    /// assert_eq!(Timestamp::from_datetime(dt)?.to_string(), "2025-06-30T17:45:00.12Z");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the year is outside 1000..=9999 or the instant is a leap
    /// second.
    pub fn from_datetime(instant: DateTime<Utc>) -> Result<Self, Error> {
        let invalid = |reason: &str| Error::InvalidValue {
            what: "timestamp",
            input: instant.to_string(),
            reason: reason.to_owned(),
        };
        if !(1000..=9999).contains(&instant.year()) {
            return Err(invalid("the year is outside 1000..=9999"));
        }
        let mut nanos = instant.nanosecond();
        if nanos >= 1_000_000_000 {
            return Err(invalid("a leap second cannot be written in this form"));
        }
        let mut digits = 9;
        if nanos == 0 {
            digits = 0;
        } else {
            while nanos.is_multiple_of(10) {
                nanos /= 10;
                digits -= 1;
            }
        }
        Ok(Timestamp { instant, digits })
    }

    /// The current instant, from the system clock.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the clock is set outside the years 1000..=9999.
    pub fn now() -> Result<Self, Error> {
        Self::from_datetime(std::time::SystemTime::now().into())
    }

    /// The current instant from the system clock, at whole-second precision: the fraction of
    /// a second is dropped, so the timestamp is written `2026-01-15T10:00:00Z` rather than with
    /// nine fraction digits. This is the form records made by this crate's builders use.
    ///
    /// ```
    /// use eu_clasi::Timestamp;
    ///
    /// let now = Timestamp::now_seconds()?;
    /// assert_eq!(now.fraction_digits(), 0);
    /// assert!(!now.to_string().contains('.'));
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the clock is set outside the years 1000..=9999.
    pub fn now_seconds() -> Result<Self, Error> {
        Self::now().map(Self::truncated_to_seconds)
    }

    /// The same instant without its fraction of a second (rounded down to the whole second),
    /// written with no fraction digits.
    ///
    /// ```
    /// use eu_clasi::Timestamp;
    ///
    /// let t: Timestamp = "2025-06-30T17:45:00.999Z".parse()?;
    /// assert_eq!(t.truncated_to_seconds().to_string(), "2025-06-30T17:45:00Z");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[must_use]
    pub fn truncated_to_seconds(self) -> Self {
        // Dropping the nanoseconds keeps the year, so the instant stays writable; a value
        // chrono cannot build (none exists for a whole second) leaves the instant as it was.
        let instant = DateTime::from_timestamp(self.instant.timestamp(), 0).unwrap_or(self.instant);
        Timestamp { instant, digits: 0 }
    }

    /// The instant `seconds` whole seconds later, written with the same fraction digits.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the result lies after the year 9999.
    pub(crate) fn plus_seconds(self, seconds: i64) -> Result<Self, Error> {
        let later = self
            .instant
            .checked_add_signed(chrono::TimeDelta::seconds(seconds))
            .filter(|t| t.year() <= 9999)
            .ok_or_else(|| Error::InvalidValue {
                what: "timestamp",
                input: self.to_string(),
                reason: format!("{seconds} s later is after the year 9999"),
            })?;
        Ok(Timestamp {
            instant: later,
            digits: self.digits,
        })
    }

    /// A fixed instant (1970-01-01T00:00:00Z) for values that are replaced before use.
    pub(crate) const EPOCH: Timestamp = Timestamp {
        instant: DateTime::UNIX_EPOCH,
        digits: 0,
    };

    /// The instant, as a `chrono` date-time in UTC.
    pub const fn as_datetime(self) -> DateTime<Utc> {
        self.instant
    }

    /// How many digits the fraction of a second is written with (0 when there is none).
    pub const fn fraction_digits(self) -> u8 {
        self.digits
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.instant == other.instant
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.instant.cmp(&other.instant)
    }
}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.instant.hash(state);
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.instant;
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )?;
        if self.digits > 0 {
            let digits = usize::from(self.digits);
            let scaled = t.nanosecond() / 10u32.pow(9 - u32::from(self.digits));
            write!(f, ".{scaled:0digits$}")?;
        }
        f.write_str("Z")
    }
}

impl FromStr for Timestamp {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason: &str| Error::InvalidValue {
            what: "timestamp",
            input: s.to_owned(),
            reason: format!(
                "{reason}; expected YYYY-MM-DDThh:mm:ss, an optional fraction of 1 to 9 digits, and Z, like 2025-06-30T17:45:00Z"
            ),
        };
        let b = s.as_bytes();
        // YYYY-MM-DDThh:mm:ss is 19 bytes; then an optional fraction, then Z.
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(range)?;
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
        };
        let separators_ok = b.len() >= 20
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b'T'
            && b[13] == b':'
            && b[16] == b':';
        let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
            number(0..4),
            number(5..7),
            number(8..10),
            number(11..13),
            number(14..16),
            number(17..19),
        ) else {
            return Err(invalid("the date or the time is not all digits"));
        };
        if !separators_ok {
            return Err(invalid("the separators are not -, -, T, : and :"));
        }
        if b[0] == b'0' {
            return Err(invalid("the year is before 1000"));
        }
        let (nanos, digits) = match &b[19..] {
            [b'Z'] => (0, 0),
            [b'.', fraction @ .., b'Z'] => {
                if fraction.is_empty()
                    || fraction.len() > 9
                    || !fraction.iter().all(u8::is_ascii_digit)
                {
                    return Err(invalid("the fraction of a second is not 1 to 9 digits"));
                }
                let value = fraction
                    .iter()
                    .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
                // At most 9 digits: the length fits in a u8 and the scale in a u32.
                let digits = fraction.len() as u8;
                (value * 10u32.pow(9 - u32::from(digits)), digits)
            }
            _ => {
                return Err(invalid(
                    "the time must end with Z (UTC); offsets such as +00:00 are not accepted",
                ));
            }
        };
        if hour > 23 || minute > 59 || second > 59 {
            return Err(invalid("the time is outside 00:00:00..=23:59:59"));
        }
        let date = NaiveDate::from_ymd_opt(year as i32, month, day)
            .ok_or_else(|| invalid("the date is not a day of the calendar"))?;
        let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)
            .ok_or_else(|| invalid("the time is outside 00:00:00..=23:59:59"))?;
        Ok(Timestamp {
            instant: date.and_time(time).and_utc(),
            digits,
        })
    }
}

crate::readers::string_form!(
    Timestamp,
    expecting = "a timestamp in UTC like \"2025-06-30T17:45:00Z\"",
    description = "An instant in UTC in RFC 3339 form with a literal Z: YYYY-MM-DDThh:mm:ss, an optional fraction of a second of 1 to 9 digits, then Z (2025-06-30T17:45:00Z). The year is from 1000 to 9999, the day exists in the calendar, and there is no leap second.",
    pattern = TIMESTAMP_PATTERN,
    format = "date-time",
    fast_len = 20,
);

#[cfg(test)]
mod tests {
    use super::*;

    /// What `fast_len` relies on (the fast reader takes the usual length without scanning):
    /// the parse accepts no byte that would end or escape a JSON string.
    #[test]
    fn the_parse_refuses_every_byte_that_ends_or_escapes_a_json_string() {
        crate::model::testing::refuses_json_string_breakers::<Timestamp>("2026-02-14T16:19:56Z");
    }

    #[test]
    fn round_trips_keeping_the_fraction_digits() {
        for s in [
            "2025-03-05T00:00:00Z",
            "2025-03-05T09:30:15.5Z",
            "2025-03-05T09:30:15.50Z",
            "2025-03-05T09:30:15.000Z",
            "2025-03-05T09:30:15.123456789Z",
            "2024-02-29T23:59:59.999999999Z",
            "1000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
        ] {
            let t: Timestamp = s.parse().unwrap();
            assert_eq!(t.to_string(), s);
            assert_eq!(t.to_string().parse::<Timestamp>().unwrap(), t);
        }
        let t: Timestamp = "2025-03-05T09:30:15.000Z".parse().unwrap();
        assert_eq!(t.fraction_digits(), 3);
        assert_eq!(t, "2025-03-05T09:30:15Z".parse().unwrap());
    }

    #[test]
    fn orders_by_instant() {
        let a: Timestamp = "2025-03-05T09:30:15.9Z".parse().unwrap();
        let b: Timestamp = "2025-03-05T09:30:16Z".parse().unwrap();
        let c: Timestamp = "2025-03-06T00:00:00Z".parse().unwrap();
        assert!(a < b && b < c);
        assert_eq!(a.max(c), c);
    }

    #[test]
    fn rejects_every_other_form() {
        for bad in [
            "",
            "2025-03-05",
            "2025-03-05T09:30Z",
            "2025-03-05T09:30:15",
            "2025-03-05T09:30:15+00:00",
            "2025-03-05T09:30:15+01:00",
            "2025-03-05T09:30:15.5+00:00",
            "2025-03-05t09:30:15Z",
            "2025-03-05T09:30:15z",
            "2025-03-05 09:30:15Z",
            "2025-03-05T09:30:15.Z",
            "2025-03-05T09:30:15.1234567890Z",
            "2025-03-05T09:30:15,5Z",
            "2025-03-05T24:00:00Z",
            "2025-03-05T23:60:00Z",
            "2016-12-31T23:59:60Z",
            "2025-02-29T00:00:00Z",
            "2025-02-30T00:00:00Z",
            "2025-04-31T00:00:00Z",
            "2025-13-01T00:00:00Z",
            "2025-00-01T00:00:00Z",
            "2025-01-00T00:00:00Z",
            "0999-01-01T00:00:00Z",
            "+2025-03-05T09:30:15Z",
            "2025-3-05T09:30:15Z",
            "2025-03-05T9:30:15Z",
            "2025-03-05T09:30:15ZZ",
            " 2025-03-05T09:30:15Z",
            "2025-03-05T09:30:15Z ",
            "2025-03-05T09:30:1５Z",
            "2025-03-05T09:30:15.+1Z",
        ] {
            assert!(bad.parse::<Timestamp>().is_err(), "{bad:?}");
        }
    }

    proptest::proptest! {
        /// Rust and the schema (pattern and `format: date-time`) accept the same strings.
        #[test]
        fn parse_agrees_with_the_schema(
            s in crate::model::testing::near(
                "[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|\\+00:00)"
            )
        ) {
            let schema = crate::model::testing::schema_validator("timestamp");
            let accepted = schema.is_valid(&serde_json::Value::String(s.clone()));
            proptest::prop_assert_eq!(s.parse::<Timestamp>().is_ok(), accepted, "{}", s);
        }

        /// Writing and reading back gives the same instant and the same text.
        #[test]
        fn round_trips(secs in -30_610_224_000i64..253_402_300_799, nanos in 0u32..1_000_000_000) {
            let dt = DateTime::from_timestamp(secs, nanos).unwrap();
            let t = Timestamp::from_datetime(dt).unwrap();
            let back: Timestamp = t.to_string().parse().unwrap();
            proptest::prop_assert_eq!(back.as_datetime(), dt);
            proptest::prop_assert_eq!(back.to_string(), t.to_string());
        }
    }

    #[test]
    fn from_datetime_writes_the_fewest_exact_digits() {
        let whole = DateTime::from_timestamp(1_741_132_800, 0).unwrap();
        assert_eq!(
            Timestamp::from_datetime(whole).unwrap().to_string(),
            "2025-03-05T00:00:00Z"
        );
        let nanos = DateTime::from_timestamp(1_741_132_800, 7).unwrap();
        assert_eq!(
            Timestamp::from_datetime(nanos).unwrap().to_string(),
            "2025-03-05T00:00:00.000000007Z"
        );
        let old = DateTime::from_timestamp(-62_000_000_000, 0).unwrap();
        assert!(Timestamp::from_datetime(old).is_err());
        assert!(Timestamp::now().unwrap().as_datetime().year() >= 2025);
    }
}
