//! The records' fast reader: one pass over the bytes of a document written the plain way, with
//! no serde machinery between the bytes and the typed value.
//!
//! It is a *fast path*, never a second contract. [`FastRead::fast_read`] either returns the
//! value serde's reader (the crate's `Deserialize` impls, on serde_json) would return for the
//! same text, or gives up (`None`) and leaves the document to that reader, which decides, and
//! words the error with its path. It gives up on anything it was not written for: an escape or
//! a control character in a string, a `null`, a number other than plain digits, a key it does
//! not know or meets twice, a missing member, nested values inside extensions, bad syntax.
//! Every leaf is read by the leaf type's own `FromStr`, which its serde reader also calls, so
//! the two readers cannot disagree on a code (an indicator's kind included), a date or an id.
//!
//! The rule it must keep (fast result is `None`, or equal to serde's `Ok`) is checked by the
//! differential test on every mutation of the contract corpus and by the contract fuzz target.

/// JSON's four white-space bytes (RFC 8259): space, tab, line feed, carriage return.
const fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// A position in a document being read by the fast path.
pub(crate) struct Cursor<'a> {
    text: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `text`.
    pub(crate) const fn new(text: &'a str) -> Self {
        Cursor { text, i: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    #[inline]
    fn skip_ws(&mut self) {
        let b = self.bytes();
        while self.i < b.len() && is_ws(b[self.i]) {
            self.i += 1;
        }
    }

    /// The next byte that is not white space, not consumed.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes().get(self.i).copied()
    }

    /// Consumes `byte`, after white space, or gives up.
    #[inline]
    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.i += 1)
    }

    /// Consumes the literal `word` (`true`, `false`, `null`), after white space.
    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.skip_ws();
        let end = self.i + word.len();
        let b = self.bytes();
        (b.get(self.i..end)? == word && !b.get(end).is_some_and(u8::is_ascii_alphanumeric))
            .then(|| self.i = end)
    }

    /// Whether only white space is left: a document must end after its value.
    pub(crate) fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// A string without escapes or control characters, borrowed from the text.
    #[inline]
    pub(crate) fn str(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let b = self.bytes();
        let mut j = start;
        // Eight bytes at a time, for the first 32 (codes, ids, dates, names end there): the
        // lowest flagged byte of a word is the first `"`, `\` or control character in it.
        for _ in 0..4 {
            let Some(chunk) = b.get(j..j + 8) else { break };
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let found = special_bytes(u64::from_le_bytes(word));
            if found != 0 {
                j += (found.trailing_zeros() / 8) as usize;
                return self.close_str(start, j);
            }
            j += 8;
        }
        if j - start == 32 {
            // A longer string (a summary, a name): its end found by memchr's SIMD search,
            // then no control character before it (a loop the compiler vectorises).
            let end = j + memchr::memchr2(b'"', b'\\', &b[j..])?;
            let control = b[j..end].iter().fold(false, |seen, &c| seen | (c < 0x20));
            return if control {
                None
            } else {
                self.close_str(start, end)
            };
        }
        while let Some(&c) = b.get(j) {
            if c == b'"' || c == b'\\' || c < 0x20 {
                return self.close_str(start, j);
            }
            j += 1;
        }
        None
    }

    /// Ends a string at `end`, where its first special byte is: a string only when that is
    /// the closing quote.
    #[inline]
    fn close_str(&mut self, start: usize, end: usize) -> Option<&'a str> {
        if self.bytes().get(end) != Some(&b'"') {
            return None;
        }
        self.i = end + 1;
        // The bounds are ASCII quotes, so the slice is on character boundaries.
        self.text.get(start..end)
    }

    /// A value read by `T`'s `FromStr` from a string without escapes.
    #[inline]
    pub(crate) fn parsed<T: std::str::FromStr>(&mut self) -> Option<T> {
        self.str()?.parse().ok()
    }

    /// A value of `T` from a string of `len` bytes read without scanning it, when the bytes
    /// at the cursor are a quote, `len` bytes and a quote and `T`'s `FromStr` accepts those
    /// bytes; otherwise as [`Cursor::parsed`].
    ///
    /// Only for a `T` whose `FromStr` accepts no `"`, `\` or control character: a string it
    /// accepts then has no escape and ends at that second quote, so the value is the one the
    /// scan would have read.
    #[inline]
    pub(crate) fn parsed_sized<T: std::str::FromStr>(&mut self, len: usize) -> Option<T> {
        self.skip_ws();
        let (start, end) = (self.i + 1, self.i + 1 + len);
        let b = self.bytes();
        if b.get(self.i) == Some(&b'"')
            && b.get(end) == Some(&b'"')
            && let Some(value) = self.text.get(start..end).and_then(|s| s.parse().ok())
        {
            self.i = end + 1;
            return Some(value);
        }
        self.parsed()
    }

    /// A whole number written as plain digits (no sign, fraction or exponent), of at most 15
    /// digits; anything else is left to serde.
    pub(crate) fn digits(&mut self) -> Option<u64> {
        self.skip_ws();
        let b = self.bytes();
        let start = self.i;
        let mut j = start;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        let n = j - start;
        if n == 0 || n > 15 || (n > 1 && b[start] == b'0') {
            return None;
        }
        if b.get(j).is_some_and(|c| matches!(c, b'.' | b'e' | b'E')) {
            return None;
        }
        self.i = j;
        Some(
            b[start..j]
                .iter()
                .fold(0u64, |v, d| v * 10 + u64::from(d - b'0')),
        )
    }

    /// `true` or `false`.
    pub(crate) fn bool(&mut self) -> Option<bool> {
        match self.peek()? {
            b't' => self.literal(b"true").map(|()| true),
            b'f' => self.literal(b"false").map(|()| false),
            _ => None,
        }
    }

    /// `null`.
    pub(crate) fn null(&mut self) -> Option<()> {
        self.literal(b"null")
    }

    /// The next byte that is not white space, not consumed, for a reader that picks by it.
    pub(crate) fn next_byte(&mut self) -> Option<u8> {
        self.peek()
    }

    /// Opens an object: `{`. Read its members with [`Cursor::key`].
    #[inline]
    pub(crate) fn object(&mut self) -> Option<Members> {
        self.eat(b'{')?;
        Some(Members { first: true })
    }

    /// The next member's key, its `:` consumed (`Some(Some(key))`), or the object's end, its
    /// `}` consumed (`Some(None)`); `None` gives up.
    #[inline]
    pub(crate) fn key(&mut self, members: &mut Members) -> Option<Option<&'a str>> {
        if !self.member(members)? {
            return Some(None);
        }
        let key = self.str()?;
        self.colon()?;
        Some(Some(key))
    }

    /// Whether another member follows (the cursor is then at its key), or the object ends (its
    /// `}` consumed); `None` gives up.
    #[inline]
    pub(crate) fn member(&mut self, members: &mut Members) -> Option<bool> {
        match self.peek()? {
            b'}' => {
                self.i += 1;
                return Some(false);
            }
            b',' if !members.first => self.i += 1,
            _ if members.first => {}
            _ => return None,
        }
        members.first = false;
        Some(true)
    }

    /// Consumes the key at the cursor when it is exactly `"key"` (a key with no byte that needs
    /// escaping), with no scan of its bytes: the key a document most likely has next.
    #[inline]
    pub(crate) fn exact_key(&mut self, key: &str) -> bool {
        self.skip_ws();
        let b = self.bytes();
        let (start, end) = (self.i + 1, self.i + 1 + key.len());
        let found = b.get(self.i) == Some(&b'"')
            && b.get(end) == Some(&b'"')
            && same_key(key, self.text.get(start..end).unwrap_or_default());
        if found {
            self.i = end + 1;
        }
        found
    }

    /// The `:` after a key.
    #[inline]
    pub(crate) fn colon(&mut self) -> Option<()> {
        self.eat(b':')
    }

    /// An array of `T`, each element read by `read`.
    #[inline]
    pub(crate) fn array<T>(
        &mut self,
        mut read: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.i += 1;
            return Some(Vec::new());
        }
        // Room for the usual list (codes of a few bytes: up to eight) at once, rather than
        // growing from four.
        let mut out = Vec::with_capacity(if size_of::<T>() <= 8 { 8 } else { 4 });
        loop {
            out.push(read(self)?);
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => return None,
            }
        }
    }
}

/// The bytes of `word` that are `"`, `\` or below 0x20 (the bytes a plain string stops at),
/// each flagged by its high bit, by the usual bit tricks on eight bytes at once. A flag above
/// the lowest may be false (a borrow from a flagged byte below); the lowest is exact.
#[inline]
const fn special_bytes(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // A byte equal to `"` (or `\`) is zero in `word ^ "..."`, and subtracting one borrows into
    // its high bit; a byte below 0x20 borrows when 0x20 is subtracted. `& !word` keeps only
    // the bytes whose own high bit was clear, as those three are: one mask serves all three.
    let quote = (word ^ (ONES * b'"' as u64)).wrapping_sub(ONES);
    let backslash = (word ^ (ONES * b'\\' as u64)).wrapping_sub(ONES);
    let control = word.wrapping_sub(ONES * 0x20);
    (quote | backslash | control) & !word & HIGHS
}

/// The state of an object being read member by member.
pub(crate) struct Members {
    first: bool,
}

/// A type the fast path reads.
pub(crate) trait FastRead: Sized {
    /// The value at the cursor, or `None` to leave the document to serde.
    fn fast_read(c: &mut Cursor<'_>) -> Option<Self>;
}

impl FastRead for String {
    #[inline]
    fn fast_read(c: &mut Cursor<'_>) -> Option<Self> {
        c.str().map(str::to_owned)
    }
}

impl FastRead for bool {
    #[inline]
    fn fast_read(c: &mut Cursor<'_>) -> Option<Self> {
        c.bool()
    }
}

impl<T: FastRead> FastRead for Vec<T> {
    #[inline]
    fn fast_read(c: &mut Cursor<'_>) -> Option<Self> {
        c.array(T::fast_read)
    }
}

/// Whether two keys are the same, compared eight bytes at a time in registers: keys are short,
/// and a call to `memcmp` for each costs more than the comparison.
#[inline]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let (mut a, mut b) = (a, b);
    while let (Some((x, rest_a)), Some((y, rest_b))) =
        (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
    {
        if x != y {
            return false;
        }
        (a, b) = (rest_a, rest_b);
    }
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// Sets a member read once; a second copy gives up (serde's reader refuses it, with its path).
#[inline]
pub(crate) fn once<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

/// Reads a whole document of `T`: the value, then nothing but white space.
pub(crate) fn document<T: FastRead>(text: &str) -> Option<T> {
    let mut c = Cursor::new(text);
    let value = T::fast_read(&mut c)?;
    c.at_end().then_some(value)
}

/// Implements [`FastRead`] for types read from one JSON string by their `FromStr`, as their
/// serde reader does.
macro_rules! fast_from_str {
    ($ty:ty, len = $len:expr) => {
        impl $crate::readers::FastRead for $ty {
            #[inline]
            fn fast_read(c: &mut $crate::readers::Cursor<'_>) -> Option<Self> {
                c.parsed_sized($len)
            }
        }
    };
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::readers::FastRead for $ty {
                #[inline]
                fn fast_read(c: &mut $crate::readers::Cursor<'_>) -> Option<Self> {
                    c.parsed()
                }
            }
        )*
    };
}

pub(crate) use fast_from_str;

/// Implements [`FastRead`] for a struct read from an object whose members are each read by
/// their own type's [`FastRead`], as serde's derive (with `deny_unknown_fields`) reads it: any
/// order, no member twice, no other member. `required` members must be there, `optional`
/// ones are `Option` fields (`None` when missing; an explicit `null` is left to serde),
/// `default` ones take their type's `Default` when missing.
macro_rules! fast_struct {
    ($ty:ident { $($field:ident : $how:ident = $key:literal),* $(,)? }) => {
        impl $crate::readers::FastRead for $ty {
            fn fast_read(c: &mut $crate::readers::Cursor<'_>) -> Option<Self> {
                /// The members' positions in the order serde writes them.
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                #[derive(Clone, Copy)]
                enum Member { $($field),* }
                const KEYS: &[&str] = &[$($key),*];
                $( let mut $field = None; )*
                let mut members = c.object()?;
                // Documents mostly list the members in the order serde writes them: the key
                // expected next is tried first, then every key.
                let mut next = 0;
                while c.member(&mut members)? {
                    let at = if KEYS.get(next).is_some_and(|k| c.exact_key(k)) {
                        next
                    } else {
                        let key = c.str()?;
                        KEYS.iter().position(|k| $crate::readers::same_key(k, key))?
                    };
                    c.colon()?;
                    next = at + 1;
                    match at {
                        $( at if at == Member::$field as usize => {
                            $crate::readers::once(&mut $field, $crate::readers::FastRead::fast_read(c))?
                        } )*
                        _ => return None,
                    }
                }
                Some($ty { $( $field: $crate::readers::fast_struct!(@finish $how $field), )* })
            }
        }
    };
    (@finish required $f:ident) => { $f? };
    (@finish optional $f:ident) => { $f };
    (@finish default $f:ident) => { $f.unwrap_or_default() };
}

pub(crate) use fast_struct;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_test_finds_the_first_quote_backslash_or_control_byte_in_any_lane() {
        let first = |bytes: [u8; 8]| {
            let found = special_bytes(u64::from_le_bytes(bytes));
            (found != 0).then(|| found.trailing_zeros() / 8)
        };
        for lane in 0..8u32 {
            for special in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                let mut bytes = *b"abcdefgh";
                bytes[lane as usize] = special;
                assert_eq!(first(bytes), Some(lane), "{lane} {special}");
                // A special byte or a borrow-prone byte above it changes nothing.
                for above in (lane as usize + 1)..8 {
                    for other in [b'"', 0x00, 0x20, 0x21, b' '] {
                        let mut more = bytes;
                        more[above] = other;
                        assert_eq!(first(more), Some(lane), "{lane} {special} {above} {other}");
                    }
                }
            }
            for plain in [b' ', b'!', b'#', 0x7f, 0x80, 0xff, b'[', b']'] {
                let mut bytes = *b"abcdefgh";
                bytes[lane as usize] = plain;
                assert_eq!(first(bytes), None, "{lane} {plain}");
            }
        }
    }

    #[test]
    fn keys_are_the_same_only_byte_for_byte() {
        for (a, b, same) in [
            ("id", "id", true),
            ("id", "ie", false),
            ("id", "i", false),
            ("reporting_unit", "reporting_unit", true),
            ("reporting_unit", "reporting_uniT", false),
            ("reporting_unit", "Reporting_unit", false),
            ("supporting_bodies", "supporting_bodies", true),
            ("", "", true),
            ("é", "é", true),
        ] {
            assert_eq!(same_key(a, b), same, "{a} {b}");
        }
    }

    #[test]
    fn long_strings_end_at_their_quote_and_give_up_on_escapes_and_control_bytes() {
        let long = "a string longer than the thirty-two bytes read word by word";
        for prefix in [
            "",
            "0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdefg",
        ] {
            let text = format!("{prefix}{long}");
            assert_eq!(
                Cursor::new(&format!("\"{text}\" ,")).str(),
                Some(text.as_str())
            );
            for bad in ["\\\"", "\t", "\u{1}", "\n"] {
                let doc = format!("\"{text}{bad}more\"");
                assert_eq!(Cursor::new(&doc).str(), None, "{doc:?}");
            }
            assert_eq!(Cursor::new(&format!("\"{text}")).str(), None);
        }
    }

    #[test]
    fn strings_with_escapes_or_control_characters_are_left_to_serde() {
        assert_eq!(
            Cursor::new(r#""plain text, long enough""#).str(),
            Some("plain text, long enough")
        );
        assert_eq!(Cursor::new(r#"  "é""#).str(), Some("é"));
        assert_eq!(Cursor::new(r#""a\"b""#).str(), None);
        assert_eq!(Cursor::new("\"a\tb\"").str(), None);
        assert_eq!(Cursor::new("\"unterminated").str(), None);
    }

    #[test]
    fn numbers_other_than_plain_digits_are_left_to_serde() {
        assert_eq!(Cursor::new("0").digits(), Some(0));
        assert_eq!(Cursor::new(" 1234,").digits(), Some(1234));
        for other in ["-1", "01", "1.0", "1e3", "1E3", "1234567890123456", "", "x"] {
            assert_eq!(Cursor::new(other).digits(), None, "{other}");
        }
    }

    #[test]
    fn objects_and_arrays_need_their_commas_and_nothing_more() {
        let read = |text: &str| {
            let mut c = Cursor::new(text);
            let mut m = c.object()?;
            let mut keys = Vec::new();
            while let Some(k) = c.key(&mut m)? {
                keys.push((k.to_owned(), c.array(Cursor::digits)?));
            }
            c.at_end().then_some(keys)
        };
        assert_eq!(
            read(r#"{"a": [1, 2], "b": []}"#),
            Some(vec![("a".into(), vec![1, 2]), ("b".into(), vec![])])
        );
        assert_eq!(read("{}"), Some(vec![]));
        for bad in [
            r#"{"a": [1,], "b": []}"#,
            r#"{"a": [1 2]}"#,
            r#"{,"a": []}"#,
            r#"{"a": [],}"#,
            r#"{"a" []}"#,
            r#"{"a": []"b": []}"#,
            r#"{"a": []} x"#,
            r#"{"a": [1]"#,
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
        assert_eq!(Cursor::new("truex").bool(), None);
        assert_eq!(Cursor::new("true").bool(), Some(true));
        assert_eq!(Cursor::new(" false]").bool(), Some(false));
    }
}
