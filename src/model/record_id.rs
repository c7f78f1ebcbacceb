//! The id of a record: a UUID.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// The id of a record ([`ProgressReport`](crate::ProgressReport),
/// [`JointOperation`](crate::JointOperation)): a UUID in its lowercase hyphenated text form
/// (RFC 9562), of any version.
///
/// A record keeps its id through all its revisions. Ids are made by the system that first
/// writes the record (a random version 4 or a time-ordered version 7 UUID from any UUID
/// library); this crate only reads and writes them. Only the canonical text form is accepted:
/// upper-case digits, braces, a `urn:uuid:` prefix or missing hyphens are rejected, so that
/// one id has one spelling and ids compare as strings.
///
/// ```
/// use eu_clasi::RecordId;
///
/// let id: RecordId = "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60".parse()?;
/// assert_eq!(id.to_string(), "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60");
/// assert_eq!(id.version(), 7);
/// assert_eq!(RecordId::from_u128(id.as_u128()), id);
/// assert!("0195A3E4-7C2B-7D41-9F3E-5B8C1D2E4F60".parse::<RecordId>().is_err());
/// assert!("0195a3e47c2b7d419f3e5b8c1d2e4f60".parse::<RecordId>().is_err());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(u128);

/// The JSON Schema pattern of a [`RecordId`]: exactly the strings `FromStr` accepts.
pub const RECORD_ID_PATTERN: &str =
    "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$(?!\\n)";

impl RecordId {
    /// The id whose 128 bits are `bits` (most significant first, as the text form writes them).
    pub const fn from_u128(bits: u128) -> Self {
        RecordId(bits)
    }

    /// The id's 128 bits.
    pub const fn as_u128(self) -> u128 {
        self.0
    }

    /// The UUID's version: the 4 bits after the second hyphen (4 for a random UUID, 7 for a
    /// time-ordered one). Any version is accepted.
    pub const fn version(self) -> u8 {
        ((self.0 >> 76) & 0xf) as u8
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            b >> 96,
            (b >> 80) & 0xffff,
            (b >> 64) & 0xffff,
            (b >> 48) & 0xffff,
            b & 0xffff_ffff_ffff
        )
    }
}

const NOT_HEX: u8 = 0xff;

/// The value of each lower-case hex digit; `NOT_HEX` for every other byte.
const HEX: [u8; 256] = {
    let mut table = [NOT_HEX; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

impl FromStr for RecordId {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason: &str| Error::InvalidValue {
            what: "record id",
            input: s.to_owned(),
            reason: format!(
                "{reason}; expected a UUID in lower-case hyphenated form, like 0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60"
            ),
        };
        let bytes = s.as_bytes();
        if bytes.len() != 36 {
            return Err(invalid("the id is not 36 characters long"));
        }
        if [8, 13, 18, 23].iter().any(|&i| bytes[i] != b'-') {
            return Err(invalid(
                "hyphens must stand after the 8th, 12th, 16th and 20th digit",
            ));
        }
        // Two 64-bit halves, one table look-up a digit: ids are read once a record.
        let mut halves = [0u64; 2];
        let mut digits = 0;
        for &b in bytes {
            if b == b'-' {
                continue;
            }
            let digit = HEX[usize::from(b)];
            if digit == NOT_HEX {
                return Err(invalid(if b.is_ascii_hexdigit() {
                    "hex digits must be lower-case"
                } else {
                    "only hex digits and hyphens are allowed"
                }));
            }
            let half = &mut halves[digits / 16];
            *half = (*half << 4) | u64::from(digit);
            digits += 1;
        }
        if digits != 32 {
            return Err(invalid("a UUID has 32 hex digits"));
        }
        Ok(RecordId(
            (u128::from(halves[0]) << 64) | u128::from(halves[1]),
        ))
    }
}

crate::model::string_form!(
    RecordId,
    expecting = "a record id: a lower-case hyphenated UUID",
    description = "The id of a record: a UUID (RFC 9562, any version) in lower-case hyphenated form. A record keeps its id through all its revisions.",
    pattern = RECORD_ID_PATTERN,
    format = "uuid",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_every_bit_in_place() {
        for s in [
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60",
            "f47ac10b-58cc-4372-a567-0e02b2c3d479",
        ] {
            let id: RecordId = s.parse().unwrap();
            assert_eq!(id.to_string(), s);
        }
        let id: RecordId = "01234567-89ab-cdef-0123-456789abcdef".parse().unwrap();
        assert_eq!(id.as_u128(), 0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
        assert_eq!(id.version(), 0xc);
        assert_eq!(
            RecordId::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef).to_string(),
            "01234567-89ab-cdef-0123-456789abcdef"
        );
    }

    proptest::proptest! {
        /// Rust and the schema (pattern and `format: uuid`) accept the same strings.
        #[test]
        fn parse_agrees_with_the_schema(s in crate::model::testing::near("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            let schema = crate::model::testing::schema_validator("record-id");
            let accepted = schema.is_valid(&serde_json::Value::String(s.clone()));
            proptest::prop_assert_eq!(s.parse::<RecordId>().is_ok(), accepted, "{}", s);
        }

        #[test]
        fn round_trips(bits: u128) {
            let id = RecordId::from_u128(bits);
            proptest::prop_assert_eq!(id.to_string().parse::<RecordId>().unwrap(), id);
        }
    }

    #[test]
    fn rejects_every_other_spelling() {
        for bad in [
            "",
            "F47AC10B-58CC-4372-A567-0E02B2C3D479",
            "f47ac10b-58cc-4372-a567-0e02b2c3d47",
            "f47ac10b-58cc-4372-a567-0e02b2c3d4799",
            "f47ac10b58cc4372a5670e02b2c3d479",
            "{f47ac10b-58cc-4372-a567-0e02b2c3d479}",
            "urn:uuid:f47ac10b-58cc-4372-a567-0e02b2c3d479",
            "f47ac10b-58cc-4372-a567_0e02b2c3d479",
            "f47ac10b-58cc-4372-a5670-e02b2c3d479",
            "g47ac10b-58cc-4372-a567-0e02b2c3d479",
            " f47ac10b-58cc-4372-a567-0e02b2c3d47",
            "f47ac10b-58cc-4372-a567-0e02b2c3d4７",
        ] {
            assert!(bad.parse::<RecordId>().is_err(), "{bad:?}");
        }
    }
}
