//! The case-insensitive lookup index behind [`Vocabulary::lookup`].

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::{Error, Vocabulary};

/// The index's keys are a few hundred names the crate itself holds, so a fast hash (rustc's
/// FxHash, from the `rustc-hash` crate) serves better than the default DoS-resistant one.
type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The names a vocabulary's terms are found by, normalised with [`normalize`], each with the
/// term it names, or the wire codes of every term when it names several.
///
/// Built once per vocabulary, the first time [`Vocabulary::lookup`] is called.
#[derive(Debug)]
pub struct LookupIndex<V: 'static> {
    keys: FastMap<Box<[u8]>, Match<V>>,
    /// Every wire code with its term, for the strict parse.
    codes: CodeTable<V>,
    /// Every name exactly as the crate spells it, with what its normalised form finds: the
    /// fast path for text that needs no normalising (the same answer by construction).
    exact: FastMap<&'static str, Match<V>>,
    /// The names people write (labels and aliases, not wire codes), normalised, for finding
    /// terms inside a longer text ([`LookupIndex::within`]).
    names: FastMap<String, Match<V>>,
    /// The most words a name of `names` has.
    most_words: usize,
}

/// The wire codes of one vocabulary with their terms, for the strict parse that every record
/// reads its codes with: an open-addressing table at most half full, keyed by a hash of the
/// code's length and its first and last bytes (a code is a short ASCII word). A slot is four
/// bytes (16 bits of the hash and the code's position), so that the table of a vocabulary
/// stays in a few cache lines while records stream through the cache; a probe compares
/// strings only when the 16 bits match.
#[derive(Debug)]
struct CodeTable<V: 'static> {
    /// `tag << 16 | (position + 1)`, 0 for an empty slot, at the slot the hash's top bits
    /// pick or the next free one after it.
    slots: Box<[u32]>,
    /// Every code with its term, in the order given.
    codes: Box<[(&'static str, V)]>,
    /// 64 minus the table's size in bits: `hash >> shift` is the first slot.
    shift: u32,
}

impl<V: Copy> CodeTable<V> {
    fn new(codes: impl Iterator<Item = (&'static str, V)>) -> Self {
        let mut list: Vec<(&'static str, V)> = Vec::new();
        for (code, term) in codes {
            // A code given again (a former code equal to a current one) keeps the last term,
            // as a map would.
            match list.iter_mut().find(|(c, _)| *c == code) {
                Some(entry) => entry.1 = term,
                None => list.push((code, term)),
            }
        }
        // Positions are 16 bits (0 marks an empty slot): no vocabulary comes near.
        debug_assert!(list.len() < 0xffff, "a vocabulary of {} codes", list.len());
        let bits = (list.len().max(1) * 2).next_power_of_two().trailing_zeros();
        let mut slots = vec![0u32; 1 << bits];
        let mask = slots.len() - 1;
        let shift = 64 - bits;
        for (position, (code, _)) in list.iter().enumerate() {
            let hash = code_hash(code.as_bytes());
            let mut i = (hash >> shift) as usize;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            // Positions are below 0xffff (checked above).
            slots[i] = tag(hash) << 16 | (position as u32 + 1);
        }
        CodeTable {
            slots: slots.into_boxed_slice(),
            codes: list.into_boxed_slice(),
            shift,
        }
    }

    #[inline]
    fn get(&self, code: &str) -> Option<V> {
        let hash = code_hash(code.as_bytes());
        let (mask, want) = (self.slots.len() - 1, tag(hash));
        let mut i = (hash >> self.shift) as usize;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if slot >> 16 == want {
                let (c, term) = self.codes[(slot & 0xffff) as usize - 1];
                // Compared in registers: a call to `memcmp` costs more for a short code.
                if crate::readers::same_key(c, code) {
                    return Some(term);
                }
            }
            i = (i + 1) & mask;
        }
    }
}

/// The 16 bits of a hash a slot keeps (its low bits: the top ones pick the slot).
#[inline]
const fn tag(hash: u64) -> u32 {
    (hash & 0xffff) as u32
}

/// A hash of a short word from its length and up to 16 of its bytes (the first and the last
/// eight), read as whole words: strings that differ only in the middle collide, and are told
/// apart by the comparison.
#[inline]
fn code_hash(code: &[u8]) -> u64 {
    fn word<const N: usize>(bytes: &[u8]) -> [u8; N] {
        let mut out = [0u8; N];
        out.copy_from_slice(&bytes[..N]);
        out
    }
    let n = code.len();
    let (a, b) = if n >= 8 {
        (
            u64::from_le_bytes(word(code)),
            u64::from_le_bytes(word(&code[n - 8..])),
        )
    } else if n >= 4 {
        (
            u64::from(u32::from_le_bytes(word(code))),
            u64::from(u32::from_le_bytes(word(&code[n - 4..]))),
        )
    } else if n > 0 {
        (
            u64::from(code[0]) | u64::from(code[n / 2]) << 8 | u64::from(code[n - 1]) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    let h = (a ^ (n as u64).rotate_left(56)).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b;
    h.wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ (h >> 29)
}

#[derive(Debug, Clone)]
enum Match<V: 'static> {
    One(V),
    Many(Vec<&'static str>),
}

impl<V: Vocabulary> LookupIndex<V> {
    /// Builds the index of `V` from every term's code, labels and aliases.
    pub fn build() -> Self {
        let keys = super::lookup_keys::<V>()
            .into_iter()
            .map(|(key, terms)| {
                let found = match terms.as_slice() {
                    [one] => Match::One(*one),
                    many => Match::Many(many.iter().map(|t| t.code()).collect()),
                };
                (key.into_bytes().into_boxed_slice(), found)
            })
            .collect();
        // Former wire codes still parse (never written): see `former_codes` in the data files.
        let codes = CodeTable::new(
            V::all()
                .iter()
                .map(|&t| (t.code(), t))
                .chain(super::sealed::Sealed::former_codes().iter().copied()),
        );
        let mut names: FastMap<String, Vec<V>> = FastMap::default();
        for &term in V::all() {
            let labels = term.labels();
            for name in labels.iter().map(|(_, text)| text).chain(term.aliases()) {
                let entry = names.entry(normalize(name)).or_default();
                if !entry.contains(&term) {
                    entry.push(term);
                }
            }
        }
        names.remove("");
        let most_words = names
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(0);
        let names = names
            .into_iter()
            .map(|(key, terms)| {
                let found = match terms.as_slice() {
                    [one] => Match::One(*one),
                    many => Match::Many(many.iter().map(|t| t.code()).collect()),
                };
                (key, found)
            })
            .collect();
        let mut index = LookupIndex {
            keys,
            codes,
            exact: FastMap::default(),
            names,
            most_words,
        };
        for &term in V::all() {
            let labels = term.labels();
            let names = std::iter::once(term.code())
                .chain(labels.iter().map(|(_, text)| text))
                .chain(term.aliases());
            for name in names {
                if let Some(found) = index.keys.get(normalize(name).as_bytes()) {
                    index.exact.insert(name, found.clone());
                }
            }
        }
        index
    }

    /// The term whose wire code is exactly `code`.
    pub(crate) fn by_code(&self, code: &str) -> Option<V> {
        self.codes.get(code)
    }

    /// Finds the term `text` names.
    ///
    /// # Errors
    /// [`Error::NotFound`] or [`Error::Ambiguous`], as for [`Vocabulary::lookup`].
    pub fn find(&self, text: &str) -> Result<V, Error> {
        if let Some(found) = self.exact.get(text) {
            return self.answer(text, Some(found));
        }
        // The normalised text goes into a buffer on the stack; only a name too long for it
        // (none of the index's names is) takes the allocating path.
        let mut stack = StackKey {
            buf: [0; STACK_KEY],
            len: 0,
            overflow: false,
        };
        normalize_into(text, &mut stack);
        let found = if stack.overflow {
            self.keys.get(normalize(text).as_bytes())
        } else {
            self.keys.get(stack.as_slice())
        };
        self.answer(text, found)
    }

    fn answer(&self, text: &str, found: Option<&Match<V>>) -> Result<V, Error> {
        match found {
            Some(Match::One(term)) => Ok(*term),
            Some(Match::Many(codes)) => Err(Error::Ambiguous {
                kind: V::KIND,
                input: text.to_owned(),
                candidates: codes.clone(),
            }),
            None => Err(Error::NotFound {
                kind: V::KIND,
                input: text.to_owned(),
                suggestions: self.suggest(text),
            }),
        }
    }

    /// The codes of the terms whose names are nearest to `text` (at most three, nearest first),
    /// for a "did you mean": names within a few edits of the text, once normalised.
    fn suggest(&self, text: &str) -> Vec<&'static str> {
        self.suggest_scored(text)
            .into_iter()
            .map(|(_, code)| code)
            .collect()
    }

    /// [`suggest`](Self::suggest), each code with its distance in edits, for ordering the
    /// suggestions of several vocabularies together.
    pub(crate) fn suggest_scored(&self, text: &str) -> Vec<(usize, &'static str)> {
        let wanted = normalize(text);
        let len = wanted.chars().count();
        // One edit in four characters, at least one and at most three.
        let allowed = (len / 4).clamp(1, 3);
        let mut near: Vec<(usize, &'static str)> = Vec::new();
        for (key, found) in &self.keys {
            let Ok(key) = std::str::from_utf8(key) else {
                continue;
            };
            if key.chars().count().abs_diff(len) > allowed {
                continue;
            }
            let distance = strsim::osa_distance(&wanted, key);
            if distance > allowed {
                continue;
            }
            match found {
                Match::One(term) => near.push((distance, term.code())),
                Match::Many(codes) => near.extend(codes.iter().map(|&c| (distance, c))),
            }
        }
        near.sort();
        let mut codes: Vec<(usize, &'static str)> = Vec::new();
        for (distance, code) in near {
            if !codes.iter().any(|(_, c)| *c == code) && codes.len() < 3 {
                codes.push((distance, code));
            }
        }
        codes
    }

    /// The terms named inside a text split into `words`: for each word where a name of
    /// `names` starts, the longest such name, as (first word, one past the last word, the
    /// codes it names). A name of one word of at most three letters counts only when written
    /// as an acronym (no lower-case letter): `UE` and `JIT` are found, the Spanish `de` is not
    /// Germany's code nor `red` (a network) TLP:RED.
    pub(crate) fn within(&self, words: &[Word]) -> Vec<(usize, usize, Vec<&'static str>)> {
        let mut found = Vec::new();
        let mut key = String::new();
        for start in 0..words.len() {
            let longest = self.most_words.min(words.len() - start);
            for len in (1..=longest).rev() {
                key.clear();
                for (i, word) in words[start..start + len].iter().enumerate() {
                    if i > 0 {
                        key.push(' ');
                    }
                    key.push_str(&word.key);
                }
                let Some(hit) = self.names.get(key.as_str()) else {
                    continue;
                };
                if len == 1 && key.chars().count() <= 3 && !words[start].acronym {
                    continue;
                }
                let codes = match hit {
                    Match::One(term) => vec![term.code()],
                    Match::Many(codes) => codes.clone(),
                };
                found.push((start, start + len, codes));
                break;
            }
        }
        found
    }

    /// How many distinct names the index knows.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the index knows no name at all.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// A word of a text, as [`words`] splits it: where it is, its normalised form, and whether it
/// is written as an acronym (no lower-case letter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// The byte range of the word in the text.
    pub(crate) span: std::ops::Range<usize>,
    /// The word as [`normalize`] writes it.
    pub(crate) key: String,
    /// Whether the word has no lower-case letter.
    pub(crate) acronym: bool,
}

/// Whether [`normalize`] folds `c` into a space between words.
fn separates(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            '-' | '_' | '/' | ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'
        )
    } else {
        matches!(c, '–' | '—') || c.is_whitespace()
    }
}

/// The words of `text`, split where [`normalize`] puts a space: the normalised words joined by
/// single spaces are `normalize(text)`. A piece that normalises to nothing (a lone
/// parenthesis) is no word.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let push = |from: usize, to: usize, out: &mut Vec<Word>| {
        let piece = &text[from..to];
        let key = normalize(piece);
        if !key.is_empty() {
            out.push(Word {
                span: from..to,
                key,
                acronym: !piece.chars().any(char::is_lowercase),
            });
        }
    };
    for (i, c) in text.char_indices() {
        match (separates(c), start) {
            (true, Some(from)) => {
                push(from, i, &mut out);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(from) = start {
        push(from, text.len(), &mut out);
    }
    out
}

/// The form names are compared in: lower case, without accents (each letter's canonical
/// Unicode decomposition without its combining marks, so `é` and `e` + U+0301 are both `e`,
/// `ç` is `c`, `ñ` is `n`), with `-`, `_`, `/`, dashes and runs of white
/// space folded to one space, parentheses, quotes, full stops and commas dropped, and the
/// ends trimmed. [`Vocabulary::lookup`] compares names in this
/// form; a program that matches its own lists of names (a spreadsheet's headers, say) the
/// same way uses it too.
///
/// ```
/// use eu_clasi::normalize;
///
/// assert_eq!(normalize("  Tráfico-de_MIGRANTES (ES) "), "trafico de migrantes es");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    normalize_into(text, &mut out);
    // Only whole characters are written, so the bytes are UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// Where [`normalize_into`] writes.
trait Sink {
    fn push(&mut self, b: u8);
    fn extend(&mut self, bytes: &[u8]);
    fn is_empty(&self) -> bool;
}

impl Sink for Vec<u8> {
    #[inline]
    fn push(&mut self, b: u8) {
        Vec::push(self, b);
    }

    #[inline]
    fn extend(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }

    #[inline]
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

/// Longer than any name the indexes hold.
const STACK_KEY: usize = 160;

/// A key buffer on the stack, which notes when the text did not fit.
struct StackKey {
    buf: [u8; STACK_KEY],
    len: usize,
    overflow: bool,
}

impl StackKey {
    fn as_slice(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

impl Sink for StackKey {
    #[inline]
    fn push(&mut self, b: u8) {
        match self.buf.get_mut(self.len) {
            Some(slot) => {
                *slot = b;
                self.len += 1;
            }
            None => self.overflow = true,
        }
    }

    #[inline]
    fn extend(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.push(b);
        }
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// [`normalize`], appending the UTF-8 bytes to `out`: ASCII byte by byte (the common case),
/// other characters one by one.
#[inline]
fn normalize_into<S: Sink>(text: &str, out: &mut S) {
    let mut pending_space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            match b {
                b'(' | b')' | b'\'' | b'"' | b'.' | b',' => {}
                b'-' | b'_' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {
                    pending_space = true
                }
                _ => {
                    if pending_space && !out.is_empty() {
                        out.push(b' ');
                    }
                    pending_space = false;
                    out.push(b.to_ascii_lowercase());
                }
            }
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        match c {
            '’' | '‘' | '“' | '”' => {}
            '–' | '—' => pending_space = true,
            c if c.is_whitespace() => pending_space = true,
            // A combining accent written apart from its letter (decomposed input) is dropped,
            // as the accent of a composed letter is.
            c if is_combining_mark(c) => {}
            c => {
                if pending_space && !out.is_empty() {
                    out.push(b' ');
                }
                pending_space = false;
                for lower in c.to_lowercase() {
                    // The letter's canonical decomposition without its combining marks:
                    // `é` is `e` + U+0301, `ç` is `c` + U+0327, `ñ` is `n` + U+0303.
                    decompose_canonical(lower, |part| {
                        if !is_combining_mark(part) {
                            let mut utf8 = [0u8; 4];
                            out.extend(part.encode_utf8(&mut utf8).as_bytes());
                        }
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_code_table_finds_every_code_and_nothing_else() {
        // Codes that share their length, first and last bytes collide in the hash.
        let owned: Vec<String> = (0..300)
            .map(|i| format!("code_{i:03}_middle_{}_end", i % 7))
            .chain(["a", "ab", "abc", "abcd", "abcdefgh", "", "x_y"].map(String::from))
            .collect();
        let codes: Vec<&'static str> = owned.into_iter().map(|s| &*s.leak()).collect();
        let table = super::CodeTable::new(codes.iter().enumerate().map(|(i, &c)| (c, i)));
        for (i, code) in codes.iter().enumerate() {
            assert_eq!(table.get(code), Some(i), "{code}");
        }
        for other in [
            "code_000_middle_1_end",
            "abcdefg",
            "b",
            "ABC",
            "code",
            "x_z",
        ] {
            assert_eq!(table.get(other), None, "{other}");
        }
    }

    #[test]
    fn words_split_where_normalize_puts_a_space() {
        for text in [
            "Policía Nacional de Colombia",
            "  MAOC (N) ",
            "Équipe commune d'enquête — France/Brésil",
            "trafficking_in_human_beings",
            "( ) - a",
            "a\u{1c}b\u{a0}c\u{2028}d",
            "",
        ] {
            let words = super::words(text);
            let joined: Vec<&str> = words.iter().map(|w| w.key.as_str()).collect();
            assert_eq!(joined.join(" "), super::normalize(text), "{text:?}");
            for w in &words {
                assert_eq!(super::normalize(&text[w.span.clone()]), w.key);
            }
        }
        let words = super::words("Policía de la UE");
        let acronyms: Vec<bool> = words.iter().map(|w| w.acronym).collect();
        assert_eq!(acronyms, [false, false, false, true]);
    }

    #[test]
    fn normalize_folds_case_accents_and_punctuation() {
        use super::normalize;
        assert_eq!(normalize("  MAOC (N) "), "maoc n");
        assert_eq!(normalize("MAOC-N"), "maoc n");
        assert_eq!(
            normalize("trafficking_in_human_beings"),
            "trafficking in human beings"
        );
        assert_eq!(normalize("TRATA DE PERSONAS"), "trata de personas");
        assert_eq!(normalize("Perú"), "peru");
        // Decomposed input: the accent as a combining mark after its letter.
        assert_eq!(normalize("Bre\u{301}sil"), "bresil");
        assert_eq!(normalize("Bre\u{301}sil"), normalize("Brésil"));
        assert_eq!(normalize("Curaçao"), "curacao");
        assert_eq!(
            normalize("Comunidade de Polícias das Américas"),
            "comunidade de policias das americas"
        );
    }
}
