//! The id of a roadmap action, in the document's own numbering.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// The id of a roadmap action in the Annex's own numbering: the pillar's number, a full stop,
/// and the item's lower-case Roman numeral (`1.vi` is item vi of pillar 1).
///
/// Pillars are numbered 1 to 9 and items i to xxxix (1 to 39), so the type can hold the next
/// roadmap too. Only canonical numerals are accepted: `1.iiii` and `1.VI` are rejected. Whether
/// an id names an action of a particular roadmap is for that roadmap to say
/// ([`Declaration::action`](crate::Declaration::action)).
///
/// ```
/// use eu_clasi::ActionId;
///
/// let id: ActionId = "1.vi".parse()?;
/// assert_eq!((id.pillar(), id.item()), (1, 6));
/// assert_eq!(id.to_string(), "1.vi");
/// assert_eq!(ActionId::new(4, 3)?.to_string(), "4.iii");
/// for bad in ["1.vi ", "1-vi", "1.VI", "1.iiii", "0.i", "10.i", "1.", "1.xl", "vi"] {
///     assert!(bad.parse::<ActionId>().is_err(), "{bad}");
/// }
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActionId {
    pillar: u8,
    item: u8,
}

/// The JSON Schema pattern of an [`ActionId`]: exactly the strings `FromStr` accepts.
pub const ACTION_ID_PATTERN: &str = r"^[1-9]\.(x{1,3}(ix|iv|v?i{0,3})|ix|iv|v?i{1,3}|v)$(?!\n)";

/// The highest item number of a pillar: xxxix.
pub(crate) const MAX_ITEM: u8 = 39;

impl ActionId {
    /// The id of item `item` (1-39) of pillar `pillar` (1-9).
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when either number is out of range.
    pub fn new(pillar: u8, item: u8) -> Result<Self, Error> {
        if !(1..=9).contains(&pillar) || !(1..=MAX_ITEM).contains(&item) {
            return Err(Error::InvalidValue {
                what: "action id",
                input: format!("pillar {pillar}, item {item}"),
                reason: "expected a pillar from 1 to 9 and an item from 1 to 39".into(),
            });
        }
        Ok(ActionId { pillar, item })
    }

    /// For the built-in roadmap, whose ids a test checks.
    pub(crate) const fn new_unchecked(pillar: u8, item: u8) -> Self {
        ActionId { pillar, item }
    }

    /// The pillar's number (1-9).
    pub const fn pillar(self) -> u8 {
        self.pillar
    }

    /// The item's number within the pillar (1-39): 6 for `vi`.
    pub const fn item(self) -> u8 {
        self.item
    }

    /// The item's Roman numeral as the document writes it (`vi`).
    pub fn numeral(self) -> String {
        roman(self.item).to_owned()
    }
}

/// The canonical lower-case Roman numerals of 1 to 39: item `n` is `NUMERALS[n - 1]`.
/// A test checks the table against the rules of Roman numerals.
const NUMERALS: [&str; MAX_ITEM as usize] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii",
    "xxviii", "xxix", "xxx", "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii",
    "xxxviii", "xxxix",
];

/// The numeral of item `n` (1-39; an id never holds another).
fn roman(n: u8) -> &'static str {
    NUMERALS
        .get(usize::from(n).wrapping_sub(1))
        .copied()
        .unwrap_or_default()
}

impl fmt::Display for ActionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.pillar, roman(self.item))
    }
}

impl FromStr for ActionId {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason: &str| Error::InvalidValue {
            what: "action id",
            input: s.to_owned(),
            reason: format!(
                "{reason}; expected a pillar number, a full stop and a lower-case Roman numeral, like 1.vi"
            ),
        };
        // The first full stop, found byte by byte (`split_once` searches for a `char`).
        let dot = s
            .bytes()
            .position(|b| b == b'.')
            .ok_or_else(|| invalid("no full stop"))?;
        let (pillar, numeral) = (&s[..dot], &s[dot + 1..]);
        let pillar = match pillar.as_bytes() {
            [d @ b'1'..=b'9'] => d - b'0',
            _ => return Err(invalid("the pillar is not a digit from 1 to 9")),
        };
        // Canonical numerals are the ones `roman` writes: the numeral's value names the one
        // canonical spelling it may be, which must be the numeral itself.
        let item = roman_value(numeral)
            .filter(|&n| {
                (1..=MAX_ITEM).contains(&n)
                    && crate::readers::same_key(NUMERALS[usize::from(n) - 1], numeral)
            })
            .ok_or_else(|| invalid("the item is not a lower-case Roman numeral from i to xxxix"))?;
        Ok(ActionId { pillar, item })
    }
}

/// The value of a numeral of `i`, `v` and `x` read with the subtractive rule (a letter before a
/// larger one counts negative), for a numeral of at most 8 letters: the value of a canonical
/// numeral, and some number, or `None`, for anything else.
fn roman_value(numeral: &str) -> Option<u8> {
    let b = numeral.as_bytes();
    if b.is_empty() || b.len() > 8 {
        return None;
    }
    let value = |c: u8| match c {
        b'i' => Some(1i16),
        b'v' => Some(5),
        b'x' => Some(10),
        _ => None,
    };
    let mut total = 0i16;
    for (k, &c) in b.iter().enumerate() {
        let v = value(c)?;
        let next = b.get(k + 1).map_or(Some(0), |&n| value(n))?;
        total += if v < next { -v } else { v };
    }
    u8::try_from(total).ok()
}

crate::readers::string_form!(
    ActionId,
    expecting = "a roadmap action id like \"1.vi\"",
    description = "The id of a roadmap action in the Annex's own numbering: the pillar's number (1-9), a full stop, and the item's canonical lower-case Roman numeral (i-xxxix), like 1.vi.",
    pattern = ACTION_ID_PATTERN,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeral_is_read_by_its_value_only_when_it_is_the_canonical_spelling() {
        for (n, numeral) in NUMERALS.iter().enumerate() {
            assert_eq!(roman_value(numeral), Some(n as u8 + 1), "{numeral}");
        }
        for other in [
            "iiii", "vv", "iix", "xxxx", "xl", "ivi", "I", "", "xxxviiii", "vx",
        ] {
            assert!(format!("1.{other}").parse::<ActionId>().is_err(), "{other}");
        }
    }

    #[test]
    fn every_id_round_trips_and_pattern_agrees_in_shape() {
        for pillar in 1..=9 {
            for item in 1..=MAX_ITEM {
                let id = ActionId::new(pillar, item).unwrap();
                let text = id.to_string();
                assert_eq!(text.parse::<ActionId>().unwrap(), id);
            }
        }
    }

    #[test]
    fn the_numeral_table_follows_the_rules_of_roman_numerals() {
        for n in 1..=MAX_ITEM {
            let mut rest = n;
            let mut expected = String::new();
            for (value, digits) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
                while rest >= value {
                    expected.push_str(digits);
                    rest -= value;
                }
            }
            assert_eq!(roman(n), expected);
        }
    }

    #[test]
    fn rejects_non_canonical_and_out_of_range() {
        for bad in [
            "1.iiii", "1.vv", "1.iix", "1.xl", "1.l", "0.i", "1.0", "", ".", "1.i.", " 1.i", "1.I",
        ] {
            assert!(bad.parse::<ActionId>().is_err(), "{bad:?}");
        }
        assert!(ActionId::new(0, 1).is_err());
        assert!(ActionId::new(1, 40).is_err());
    }
}
