//! The case-insensitive lookup index behind [`Vocabulary::lookup`](crate::Vocabulary::lookup).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::{Error, Vocabulary};

/// A multiply-rotate hash over 8-byte words (the scheme of rustc's FxHash): the index's keys
/// are a few hundred names the crate itself holds, so a fast hash serves better than the
/// default DoS-resistant one.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0x517c_c1b7_2722_0a95;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The names a vocabulary's terms are found by, normalised with [`normalize`], each with the
/// term it names, or the wire codes of every term when it names several.
///
/// Built once per vocabulary, the first time [`Vocabulary::lookup`] is called.
#[derive(Debug)]
pub struct LookupIndex<V: 'static> {
    keys: FastMap<Box<[u8]>, Match<V>>,
    /// Every wire code with its term, for the strict parse.
    codes: FastMap<&'static str, V>,
    /// Every name exactly as the crate spells it, with what its normalised form finds: the
    /// fast path for text that needs no normalising (the same answer by construction).
    exact: FastMap<&'static str, Match<V>>,
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
        let codes = V::all()
            .iter()
            .map(|&t| (t.code(), t))
            .chain(super::sealed::Sealed::former_codes().iter().copied())
            .collect();
        let mut index = LookupIndex {
            keys,
            codes,
            exact: FastMap::default(),
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
        self.codes.get(code).copied()
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
            }),
        }
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

/// The form names are compared in: lower case, without the accents of Spanish, Portuguese
/// and French letters (`é` is `e`, `ç` is `c`, `ñ` is `n`), with `-`, `_`, `/`, dashes and runs of white
/// space folded to one space, parentheses, quotes, full stops and commas dropped, and the
/// ends trimmed.
///
pub(crate) fn normalize(text: &str) -> String {
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
            c => {
                if pending_space && !out.is_empty() {
                    out.push(b' ');
                }
                pending_space = false;
                for lower in c.to_lowercase() {
                    let mut utf8 = [0u8; 4];
                    out.extend(fold_accent(lower).encode_utf8(&mut utf8).as_bytes());
                }
            }
        }
    }
}

/// The letter without its accent, for the accented lower-case letters of Spanish, Portuguese
/// and French; any other character unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(
            normalize("Comunidade de Polícias das Américas"),
            "comunidade de policias das americas"
        );
    }
}
