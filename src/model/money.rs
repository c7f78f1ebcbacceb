//! Money: an exact amount and its ISO 4217 currency.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::Amount;
use crate::Error;

/// The currency codes a [`Currency`] accepts, in this order: the euro and the US dollar, the
/// national currencies of the CELAC states, then those of the EU Member States outside the
/// euro area.
pub const CURRENCY_CODES: &[&str] = &[
    "EUR",
    "USD", // the euro (20 EU Member States) and the US dollar (also Ecuador, El Salvador, Panama)
    "ARS", "BOB", "BRL", "CLP", "COP", "CRC", "CUP", "DOP", "GTQ", "HNL", "MXN", "NIO", "PAB",
    "PYG", "PEN", "UYU", "VES", "XCD", "BSD", "BBD", "BZD", "GYD", "HTG", "JMD", "SRD", "TTD",
    "BGN", "CZK", "DKK", "HUF", "PLN", "RON", "SEK",
];

/// A currency, by its ISO 4217 alphabetic code: the euro, the US dollar, or the currency of
/// one of the crate's 60 states.
///
/// Only the codes in [`CURRENCY_CODES`] are accepted, in upper case: `EUR`, `USD`, the
/// currencies of the CELAC states (`ARS`, `BOB`, `BRL`, ..., with `XCD`, the East Caribbean
/// dollar, for the six states that share it) and those of the EU Member States outside the
/// euro area (`BGN`, `CZK`, `DKK`, `HUF`, `PLN`, `RON`, `SEK`). An amount in any other
/// currency is reported converted into one of these.
///
/// ```
/// use eu_clasi::Currency;
///
/// let real: Currency = "BRL".parse()?;
/// assert_eq!(real.code(), "BRL");
/// assert_eq!(Currency::EUR.to_string(), "EUR");
/// assert!("brl".parse::<Currency>().is_err());
/// assert!("GBP".parse::<Currency>().is_err());
/// assert_eq!(Currency::all().count(), 35);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(&'static str);

impl Currency {
    /// The euro.
    pub const EUR: Currency = Currency("EUR");
    /// The US dollar.
    pub const USD: Currency = Currency("USD");

    /// The ISO 4217 alphabetic code (`EUR`).
    pub const fn code(self) -> &'static str {
        self.0
    }

    /// Every accepted currency, in the order of [`CURRENCY_CODES`].
    pub fn all() -> impl Iterator<Item = Currency> {
        CURRENCY_CODES.iter().map(|&c| Currency(c))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl FromStr for Currency {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        CURRENCY_CODES
            .iter()
            .find(|&&c| c == s)
            .map(|&c| Currency(c))
            .ok_or_else(|| Error::UnknownCode {
                kind: "currency",
                input: s.to_owned(),
                expected: CURRENCY_CODES,
            })
    }
}

impl TryFrom<&str> for Currency {
    type Error = Error;
    fn try_from(s: &str) -> Result<Self, Error> {
        s.parse()
    }
}

impl crate::Validate for Currency {
    /// A currency has no problem beyond parsing: its code is checked when it is read.
    fn validate_at(&self, _: &crate::Location<'_>, _: &mut Vec<crate::Problem>) {}
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

crate::readers::fast_from_str!(Currency);

crate::readers::from_json_string!(Currency, "an ISO 4217 currency code like \"EUR\"");
crate::readers::from_json!(Currency, Money);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Currency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::Currency").into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A currency by its ISO 4217 alphabetic code: EUR, USD, or the currency of a CELAC state or of an EU Member State outside the euro area.",
            "type": "string",
            "enum": CURRENCY_CODES,
        })
    }
}

crate::shape::object_shaped! {
    /// An exact sum of money in a currency.
    ///
    /// ```
    /// use eu_clasi::{json, Currency, Money};
    ///
    /// let m: Money = json::from_str(r#"{"amount": "2500000", "currency": "EUR"}"#)?;
    /// assert_eq!(m.currency, Currency::EUR);
    /// assert_eq!(m.to_string(), "2500000 EUR");
    /// assert!(json::from_str::<Money>(r#"{"amount": 2500000, "currency": "EUR"}"#).is_err());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Money {
        /// The amount, as a decimal string.
        pub amount: Amount,
        /// The currency.
        pub currency: Currency,
    }
}

impl Money {
    /// `amount` in `currency`.
    pub const fn new(amount: Amount, currency: Currency) -> Self {
        Money { amount, currency }
    }

    /// The sum of two sums in the same currency; `None` when the currencies differ or the sum
    /// is above [`Amount::MAX`].
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        Some(Money::new(
            self.amount.checked_add(other.amount)?,
            self.currency,
        ))
    }

    /// The total in each currency, without conversion; `None` when a total is above
    /// [`Amount::MAX`].
    ///
    /// ```
    /// use eu_clasi::{Currency, Money};
    ///
    /// let sums = [
    ///     Money::new("100.5".parse()?, Currency::EUR),
    ///     Money::new("20".parse()?, Currency::USD),
    ///     Money::new("0.5".parse()?, Currency::EUR),
    /// ];
    /// let totals = Money::totals_by_currency(&sums).unwrap();
    /// assert_eq!(totals[&Currency::EUR].to_string(), "101");
    /// assert_eq!(totals[&Currency::USD].to_string(), "20");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    pub fn totals_by_currency<'a>(
        sums: impl IntoIterator<Item = &'a Money>,
    ) -> Option<BTreeMap<Currency, Amount>> {
        let mut totals: BTreeMap<Currency, Amount> = BTreeMap::new();
        for m in sums {
            let total = totals.entry(m.currency).or_default();
            *total = total.checked_add(m.amount)?;
        }
        Some(totals)
    }
}

impl fmt::Display for Money {
    /// The amount and the currency code: `2500000 EUR`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

impl crate::Validate for Money {
    /// Money has no problem beyond parsing: its amount and currency are checked when read.
    fn validate_at(&self, _: &crate::Location<'_>, _: &mut Vec<crate::Problem>) {}
}

crate::readers::fast_struct!(Money {
    amount: required = "amount",
    currency: required = "currency"
});
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_35_distinct_iso_codes() {
        assert_eq!(CURRENCY_CODES.len(), 35);
        for (i, c) in CURRENCY_CODES.iter().enumerate() {
            assert!(
                c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()),
                "{c}"
            );
            assert!(!CURRENCY_CODES[..i].contains(c), "{c} twice");
            assert_eq!(c.parse::<Currency>().unwrap().code(), *c);
        }
        for gone in ["GBP", "CUC", "VEF", "HRK", "eur", "Eur", "EURO", ""] {
            assert!(gone.parse::<Currency>().is_err(), "{gone}");
        }
    }

    #[test]
    fn sums_only_within_a_currency() {
        let eur = Money::new("1.5".parse().unwrap(), Currency::EUR);
        let usd = Money::new("1.5".parse().unwrap(), Currency::USD);
        assert_eq!(eur.checked_add(eur).unwrap().to_string(), "3 EUR");
        assert_eq!(eur.checked_add(usd), None);
        let max = Money::new(Amount::MAX, Currency::EUR);
        assert_eq!(max.checked_add(eur), None);
        assert_eq!(Money::totals_by_currency(&[max, eur]), None);
        assert_eq!(Money::totals_by_currency(&[]).unwrap().len(), 0);
    }
}
