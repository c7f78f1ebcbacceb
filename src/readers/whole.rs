//! Whole numbers as JSON Schema counts them: `3`, `3.0`, `3e0` and `-0` are all integers there,
//! so the Rust readers of integer fields accept them too, and the two sides agree.

use std::fmt;

/// The largest integer every JSON reader represents exactly (2^53 - 1): beyond it, JavaScript's
/// numbers lose integers.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Reads a whole number of type `T` from any JSON number with no fractional part that fits in
/// `T`: `4`, `4.0`, `4e0`, `-0`.
pub(crate) fn whole<'de, D: serde::Deserializer<'de>, T: TryFrom<u64>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let max = max::<T>();
    let v = whole_up_to(deserializer, max)?;
    T::try_from(v).map_err(|_| serde::de::Error::custom(format!("{v} is outside 0..={max}")))
}

/// Reads a whole number as [`whole`] does, with `max` as the largest value named in the messages
/// of wrong input (a count is read above its documented maximum, and reported by validation).
pub(crate) fn whole_up_to<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    max: u64,
) -> Result<u64, D::Error> {
    struct V(u64);
    impl serde::de::Visitor<'_> for V {
        type Value = u64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a whole number from 0 to {}", self.0)
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u64, E> {
            Ok(v)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u64, E> {
            u64::try_from(v).map_err(|_| {
                E::custom(format!(
                    "{v} is negative; expected a whole number from 0 to {}",
                    self.0
                ))
            })
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<u64, E> {
            // Whole numbers up to 2^53 are exact as f64; JSON Schema counts 4.0 as an integer.
            if v.fract() == 0.0 && (-0.0..=MAX_SAFE_INTEGER as f64).contains(&v) {
                Ok(v as u64)
            } else {
                Err(E::custom(format!(
                    "{v} is not a whole number from 0 to {}",
                    self.0
                )))
            }
        }
    }
    deserializer.deserialize_any(V(max))
}

/// The largest `u64` that converts into `T` (found by halving), for messages.
fn max<T: TryFrom<u64>>() -> u64 {
    let (mut lo, mut hi) = (0u64, u64::MAX);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if T::try_from(mid).is_ok() {
            lo = mid
        } else {
            hi = mid - 1
        }
    }
    lo
}

/// [`whole`] for a count of months that cannot be 0.
pub(crate) fn whole_nonzero_u16<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<std::num::NonZeroU16, D::Error> {
    let n: u16 = whole(deserializer)?;
    std::num::NonZeroU16::new(n).ok_or_else(|| {
        serde::de::Error::custom("0 is not allowed; expected a whole number from 1 to 65535")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct N(#[serde(deserialize_with = "whole")] u8);

    #[test]
    fn whole_numbers_in_every_json_spelling() {
        for (text, n) in [
            ("3", 3),
            ("3.0", 3),
            ("3e0", 3),
            ("0.3e1", 3),
            ("-0", 0),
            ("-0.0", 0),
            ("255", 255),
        ] {
            assert_eq!(serde_json::from_str::<N>(text).unwrap().0, n, "{text}");
        }
        for text in ["3.5", "-1", "256", "1e400", "\"3\"", "null", "1e20"] {
            assert!(serde_json::from_str::<N>(text).is_err(), "{text}");
        }
        assert_eq!(max::<u8>(), 255);
        assert_eq!(max::<u64>(), u64::MAX);
    }
}
