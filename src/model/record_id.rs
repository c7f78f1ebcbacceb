//! The id of a record: a UUID.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

use crate::Error;

/// The id of a record ([`ProgressReport`](crate::ProgressReport),
/// [`JointOperation`](crate::JointOperation)): a UUID in its lowercase hyphenated text form
/// (RFC 9562), of any version, held as a [`uuid::Uuid`].
///
/// A record keeps its id through all its revisions. The system that first writes a record makes
/// its id: [`RecordId::new_v7`] makes a time-ordered version 7 UUID (ids made later sort later),
/// and any [`Uuid`] converts into a `RecordId` and back. Only the canonical text form is read:
/// upper-case digits, braces, a `urn:uuid:` prefix or missing hyphens are rejected, so that one
/// id has one spelling and ids compare as strings.
///
/// ```
/// use eu_clasi::RecordId;
/// use uuid::Uuid;
///
/// let id: RecordId = "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60".parse()?;
/// assert_eq!(id.to_string(), "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60");
/// assert_eq!(id.version(), 7);
/// assert_eq!(RecordId::from_u128(id.as_u128()), id);
/// assert!("0195A3E4-7C2B-7D41-9F3E-5B8C1D2E4F60".parse::<RecordId>().is_err());
/// assert!("0195a3e47c2b7d419f3e5b8c1d2e4f60".parse::<RecordId>().is_err());
///
/// // New ids, and UUIDs from elsewhere.
/// let new = RecordId::new_v7();
/// assert_eq!(new.version(), 7);
/// let uuid: Uuid = new.into();
/// assert_eq!(RecordId::from(uuid), new);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(Uuid);

/// The JSON Schema pattern of a [`RecordId`]: exactly the strings `FromStr` accepts.
pub const RECORD_ID_PATTERN: &str =
    "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$(?!\\n)";

impl RecordId {
    /// A new time-ordered id (a version 7 UUID: the current Unix time in milliseconds, then
    /// random bits), for a new record. Ids made later by the same process sort after earlier
    /// ones.
    pub fn new_v7() -> Self {
        RecordId(Uuid::now_v7())
    }

    /// The id whose 128 bits are `bits` (most significant first, as the text form writes them).
    pub const fn from_u128(bits: u128) -> Self {
        RecordId(Uuid::from_u128(bits))
    }

    /// The id's 128 bits.
    pub const fn as_u128(self) -> u128 {
        self.0.as_u128()
    }

    /// The id as a [`Uuid`].
    pub const fn as_uuid(&self) -> &Uuid {
        &self.0
    }

    /// The UUID's version: the 4 bits after the second hyphen (4 for a random UUID, 7 for a
    /// time-ordered one). Any version is accepted.
    pub const fn version(self) -> u8 {
        self.0.get_version_num() as u8
    }
}

impl From<Uuid> for RecordId {
    fn from(uuid: Uuid) -> Self {
        RecordId(uuid)
    }
}

impl From<RecordId> for Uuid {
    fn from(id: RecordId) -> Self {
        id.0
    }
}

impl fmt::Display for RecordId {
    /// The lower-case hyphenated form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.hyphenated(), f)
    }
}

impl FromStr for RecordId {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        // The canonical form, decoded in one pass; anything else takes the checks below, which
        // word the error.
        if let Some(bits) = canonical_bits(s.as_bytes()) {
            return Ok(RecordId::from_u128(bits));
        }
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
        // uuid also reads upper-case digits; the canonical form has lower-case ones only.
        if let Some(b) = bytes.iter().find(|b| b.is_ascii_uppercase()) {
            return Err(invalid(if b.is_ascii_hexdigit() {
                "hex digits must be lower-case"
            } else {
                "only hex digits and hyphens are allowed"
            }));
        }
        Uuid::try_parse_ascii(bytes)
            .map(RecordId)
            .map_err(|_| invalid("only hex digits and hyphens are allowed"))
    }
}

/// The 128 bits of a UUID in the canonical form: 36 characters, hyphens after the 8th, 12th,
/// 16th and 20th digit, lower-case hex digits elsewhere.
fn canonical_bits(b: &[u8]) -> Option<u128> {
    /// The value of each lower-case hex digit; 0xff for any other byte.
    const HEX: [u8; 256] = {
        let mut table = [0xff; 256];
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
    /// Where each byte's two digits start.
    const PAIRS: [usize; 16] = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
    let b: &[u8; 36] = b.try_into().ok()?;
    if b[8] != b'-' || b[13] != b'-' || b[18] != b'-' || b[23] != b'-' {
        return None;
    }
    let mut bytes = [0u8; 16];
    let mut bad = 0u8;
    for (out, &at) in bytes.iter_mut().zip(&PAIRS) {
        let (high, low) = (HEX[usize::from(b[at])], HEX[usize::from(b[at + 1])]);
        bad |= high | low;
        *out = high << 4 | (low & 0x0f);
    }
    // A valid digit is below 16; 0xff marks any other byte.
    (bad < 16).then(|| u128::from_be_bytes(bytes))
}

crate::readers::string_form!(
    RecordId,
    expecting = "a record id: a lower-case hyphenated UUID",
    description = "The id of a record: a UUID (RFC 9562, any version) in lower-case hyphenated form. A record keeps its id through all its revisions.",
    pattern = RECORD_ID_PATTERN,
    format = "uuid",
    fast_len = 36,
);

#[cfg(test)]
mod tests {
    use super::*;

    /// What `fast_len` relies on (the fast reader takes the usual length without scanning):
    /// the parse accepts no byte that would end or escape a JSON string.
    #[test]
    fn the_parse_refuses_every_byte_that_ends_or_escapes_a_json_string() {
        crate::model::testing::refuses_json_string_breakers::<RecordId>(
            "fd81b222-00ec-4fe9-821e-65d624f4d21a",
        );
    }

    #[test]
    fn the_one_pass_decoder_reads_what_uuid_reads_and_nothing_else() {
        for text in [
            "fd81b222-00ec-4fe9-821e-65d624f4d21a",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60",
        ] {
            let uuid = Uuid::try_parse(text).unwrap();
            assert_eq!(
                canonical_bits(text.as_bytes()),
                Some(uuid.as_u128()),
                "{text}"
            );
        }
        for text in [
            "FD81B222-00EC-4FE9-821E-65D624F4D21A",
            "fd81b22200ec4fe9821e65d624f4d21a",
            "{fd81b222-00ec-4fe9-821e-65d624f4d21a}",
            "fd81b222-00ec-4fe9-821e-65d624f4d21g",
            "fd81b222-00ec-4fe9-821e_65d624f4d21a",
            "fd81b222a00ec-4fe9-821e-65d624f4d21a",
            "-fd81b22200ec-4fe9-821e-65d624f4d21a",
            "fd81b222-00ec-4fe9-821e-65d624f4d21",
        ] {
            assert_eq!(canonical_bits(text.as_bytes()), None, "{text}");
        }
    }

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
