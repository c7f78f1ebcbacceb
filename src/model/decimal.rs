//! Exact non-negative decimals with four fraction digits, written as JSON strings: amounts of
//! money and quantities in kilograms. Never a float.

use std::fmt;

use crate::Error;

/// The JSON Schema pattern of an [`Amount`] and a [`Quantity`]: a non-negative decimal with
/// up to 18 integer digits (no leading zero) and up to 4 fraction digits, exactly the strings
/// `FromStr` accepts.
pub const DECIMAL_PATTERN: &str = r"^(0|[1-9][0-9]{0,17})(\.[0-9]{1,4})?$(?!\n)";

/// Ten-thousandths in one unit.
const SCALE: u128 = 10_000;
/// One more than the largest value, in ten-thousandths: 10^18 units.
const LIMIT: u128 = 1_000_000_000_000_000_000 * SCALE;

/// Parses the decimal form into ten-thousandths.
fn parse(s: &str, what: &'static str) -> Result<u128, Error> {
    let invalid = |reason: &str| Error::InvalidValue {
        what,
        input: s.to_owned(),
        reason: format!(
            "{reason}; expected a non-negative decimal in a JSON string with up to 18 integer digits and up to 4 fraction digits, like \"1250000\" or \"0.5\""
        ),
    };
    // The first full stop, found byte by byte (`split_once` searches for a `char`).
    let (whole, fraction) = match s.bytes().position(|b| b == b'.') {
        Some(dot) => (&s[..dot], Some(&s[dot + 1..])),
        None => (s, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("the integer part is not digits"));
    }
    if whole.len() > 1 && whole.starts_with('0') {
        return Err(invalid("the integer part has a leading zero"));
    }
    if whole.len() > 18 {
        return Err(invalid("the integer part has more than 18 digits"));
    }
    // At most 18 digits: the integer part fits in a u64.
    let mut value = u128::from(
        whole
            .bytes()
            .fold(0u64, |n, d| n * 10 + u64::from(d - b'0')),
    ) * SCALE;
    if let Some(fraction) = fraction {
        if fraction.is_empty()
            || fraction.len() > 4
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(invalid("the fraction is not 1 to 4 digits"));
        }
        let mut scale = SCALE;
        for d in fraction.bytes() {
            scale /= 10;
            value += u128::from(d - b'0') * scale;
        }
    }
    Ok(value)
}

/// Writes ten-thousandths in the shortest decimal form: no trailing fraction zeros, no
/// fraction for a whole number.
fn write(f: &mut fmt::Formatter<'_>, value: u128) -> fmt::Result {
    write!(f, "{}", value / SCALE)?;
    let mut fraction = value % SCALE;
    if fraction == 0 {
        return Ok(());
    }
    let mut digits = 4;
    while fraction.is_multiple_of(10) {
        fraction /= 10;
        digits -= 1;
    }
    write!(f, ".{fraction:0digits$}")
}

macro_rules! fixed_point {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, $schema_description:literal
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(u128);

        impl $name {
            /// Zero.
            pub const ZERO: $name = $name(0);

            /// The largest value: 999999999999999999.9999.
            pub const MAX: $name = $name(LIMIT - 1);

            /// The value of `n` ten-thousandths (`25_000` is 2.5).
            ///
            /// # Errors
            /// [`Error::InvalidValue`] when the value is above [`Self::MAX`].
            pub fn from_ten_thousandths(n: u128) -> Result<Self, Error> {
                if n < LIMIT {
                    Ok($name(n))
                } else {
                    Err(Error::InvalidValue {
                        what: $what,
                        input: format!("{n} ten-thousandths"),
                        reason: "the value is above 999999999999999999.9999".into(),
                    })
                }
            }

            /// The value of `n` whole units.
            ///
            /// # Errors
            /// [`Error::InvalidValue`] when the value is above [`Self::MAX`].
            pub fn from_units(n: u64) -> Result<Self, Error> {
                Self::from_ten_thousandths(u128::from(n) * SCALE)
            }

            /// The value in ten-thousandths (2.5 is `25_000`).
            pub const fn ten_thousandths(self) -> u128 {
                self.0
            }

            /// The sum, or `None` when it is above [`Self::MAX`] (it could not be written).
            pub const fn checked_add(self, other: Self) -> Option<Self> {
                match self.0.checked_add(other.0) {
                    Some(sum) if sum < LIMIT => Some($name(sum)),
                    _ => None,
                }
            }

            /// The sum of every value, or `None` when a partial sum is above [`Self::MAX`].
            pub fn checked_sum<'a>(values: impl IntoIterator<Item = &'a Self>) -> Option<Self> {
                values
                    .into_iter()
                    .try_fold(Self::ZERO, |sum, v| sum.checked_add(*v))
            }
        }

        impl fmt::Display for $name {
            /// The shortest decimal form: `2.5`, `1250000`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write(f, self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                parse(s, $what).map($name)
            }
        }

        $crate::readers::string_form!(
            $name,
            expecting = concat!("an ", $what, " as a decimal in a JSON string, like \"2.5\""),
            description = $schema_description,
            pattern = DECIMAL_PATTERN,
        );
    };
}

fixed_point! {
    /// An exact, non-negative amount of money, in the currency that goes with it in
    /// [`Money`](crate::Money): a decimal with up to 18 integer digits and up to 4 fraction
    /// digits, written as a JSON **string** (`"1250000.50"`), never as a JSON number, so that no
    /// reader rounds it through a float.
    ///
    /// It is held as a whole number of ten-thousandths and written back in its shortest form
    /// (`"1250000.50"` is written `"1250000.5"`; the value is the same). Sums are checked:
    /// [`checked_add`](Self::checked_add) and [`checked_sum`](Self::checked_sum) return `None`
    /// rather than wrap or round.
    ///
    /// ```
    /// use eu_clasi::Amount;
    ///
    /// let frozen: Amount = "1250000.50".parse()?;
    /// let seized: Amount = "0.0005".parse()?;
    /// assert_eq!(frozen.ten_thousandths(), 12_500_005_000);
    /// assert_eq!(frozen.checked_add(seized).unwrap().to_string(), "1250000.5005");
    /// assert_eq!(Amount::MAX.checked_add(seized), None);
    /// for bad in ["-1", "1.23456", "01", "1e6", "1,5", ".5", "1.", ""] {
    ///     assert!(bad.parse::<Amount>().is_err(), "{bad}");
    /// }
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    Amount, "amount",
    "An exact non-negative amount of money as a decimal in a JSON string (never a number): up to 18 integer digits without a leading zero, and up to 4 fraction digits, like \"1250000.50\"."
}

fixed_point! {
    /// An exact, non-negative quantity, in the unit the field that holds it names
    /// (`kilograms`): a decimal with up to 18 integer digits and up to 4 fraction digits (a
    /// tenth of a gram for kilograms), written as a JSON **string** (`"1250.5"`), never as a
    /// JSON number.
    ///
    /// The same exact form as [`Amount`], with checked sums.
    ///
    /// ```
    /// use eu_clasi::Quantity;
    ///
    /// let a: Quantity = "1250.5".parse()?;
    /// let b: Quantity = "0.25".parse()?;
    /// assert_eq!(Quantity::checked_sum([&a, &b]).unwrap().to_string(), "1250.75");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    Quantity, "quantity",
    "An exact non-negative quantity as a decimal in a JSON string (never a number), in the unit its field names: up to 18 integer digits without a leading zero, and up to 4 fraction digits, like \"1250.5\"."
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_shortest_form() {
        for (input, printed, units) in [
            ("0", "0", 0),
            ("0.0", "0", 0),
            ("7", "7", 70_000),
            ("7.5", "7.5", 75_000),
            ("7.50", "7.5", 75_000),
            ("0.0001", "0.0001", 1),
            ("12.3400", "12.34", 123_400),
            ("1250000.05", "1250000.05", 12_500_000_500),
            (
                "999999999999999999.9999",
                "999999999999999999.9999",
                LIMIT - 1,
            ),
        ] {
            let a: Amount = input.parse().unwrap();
            assert_eq!(a.ten_thousandths(), units, "{input}");
            assert_eq!(a.to_string(), printed);
            assert_eq!(printed.parse::<Amount>().unwrap(), a);
        }
    }

    #[test]
    fn rejects_what_the_pattern_rejects() {
        for bad in [
            "",
            "-0",
            "-1",
            "+1",
            "01",
            "00",
            "00.5",
            ".5",
            "5.",
            "1.23456",
            "1e3",
            "1E3",
            "1,5",
            " 1",
            "1 ",
            "1_000",
            "NaN",
            "inf",
            "１",
            "1000000000000000000",
            "1.-1",
        ] {
            assert!(bad.parse::<Amount>().is_err(), "{bad:?}");
            assert!(bad.parse::<Quantity>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn sums_are_exact_and_checked() {
        let a: Amount = "0.1".parse().unwrap();
        let b: Amount = "0.2".parse().unwrap();
        assert_eq!(a.checked_add(b).unwrap(), "0.3".parse().unwrap());
        let values: Vec<Amount> = ["1.5", "2.25", "1000000", "0.0001"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        assert_eq!(
            Amount::checked_sum(&values).unwrap().to_string(),
            "1000003.7501"
        );
        assert_eq!(Amount::checked_sum(&[]), Some(Amount::ZERO));
        let max = Amount::MAX;
        assert_eq!(max.checked_add(Amount::ZERO), Some(max));
        assert_eq!(
            max.checked_add(Amount::from_ten_thousandths(1).unwrap()),
            None
        );
        assert_eq!(Amount::checked_sum(&[max, max]), None);
        assert!(Amount::from_ten_thousandths(LIMIT).is_err());
        assert!(Amount::from_units(u64::MAX).is_err());
        assert_eq!(
            Amount::from_units(999_999_999_999_999_999)
                .unwrap()
                .to_string(),
            "999999999999999999"
        );
    }

    proptest::proptest! {
        /// Rust and the pattern accept the same strings.
        #[test]
        fn parse_agrees_with_the_pattern(s in crate::model::testing::near("(0|[1-9][0-9]{0,19})(\\.[0-9]{0,5})?")) {
            let matches = crate::model::testing::pattern_matcher(DECIMAL_PATTERN);
            proptest::prop_assert_eq!(s.parse::<Amount>().is_ok(), matches(&s), "{}", s);
        }

        /// Every value is written in a form that reads back as the same value.
        #[test]
        fn round_trips(n in 0..LIMIT) {
            let a = Amount::from_ten_thousandths(n).unwrap();
            proptest::prop_assert_eq!(a.to_string().parse::<Amount>().unwrap(), a);
        }

        /// Checked sums equal the sums of the integers, and fail exactly above the maximum.
        #[test]
        fn sums_are_exact(a in 0..LIMIT, b in 0..LIMIT) {
            let sum = Quantity::from_ten_thousandths(a).unwrap()
                .checked_add(Quantity::from_ten_thousandths(b).unwrap());
            proptest::prop_assert_eq!(sum.map(Quantity::ten_thousandths), (a + b < LIMIT).then_some(a + b));
        }
    }

    #[test]
    fn serde_uses_strings_only() {
        let a: Amount = serde_json::from_str("\"2.5\"").unwrap();
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"2.5\"");
        assert!(serde_json::from_str::<Amount>("2.5").is_err());
        assert!(serde_json::from_str::<Quantity>("3").is_err());
    }
}
