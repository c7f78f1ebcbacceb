//! The case-insensitive lookup index behind [`Vocabulary::lookup`](crate::Vocabulary::lookup).

use std::collections::HashMap;

use crate::{Error, Vocabulary};

/// The names a vocabulary's terms are found by, normalised with [`normalize`], each with the
/// term it names, or the wire codes of every term when it names several.
///
/// Built once per vocabulary, the first time [`Vocabulary::lookup`] is called.
#[derive(Debug)]
pub struct LookupIndex<V: 'static> {
    keys: HashMap<String, Match<V>>,
}

#[derive(Debug)]
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
                (key, found)
            })
            .collect();
        LookupIndex { keys }
    }

    /// Finds the term `text` names.
    ///
    /// # Errors
    /// [`Error::NotFound`] or [`Error::Ambiguous`], as for [`Vocabulary::lookup`].
    pub fn find(&self, text: &str) -> Result<V, Error> {
        match self.keys.get(normalize(text).as_str()) {
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
/// ```
/// use eu_clasi::vocab::normalize;
///
/// assert_eq!(normalize("  MAOC (N) "), "maoc n");
/// assert_eq!(normalize("MAOC-N"), "maoc n");
/// assert_eq!(normalize("trafficking_in_human_beings"), "trafficking in human beings");
/// assert_eq!(normalize("TRATA DE PERSONAS"), "trata de personas");
/// assert_eq!(normalize("Perú"), "peru");
/// assert_eq!(normalize("Comunidade de Polícias das Américas"), "comunidade de policias das americas");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        match c {
            '(' | ')' | '\'' | '’' | '‘' | '"' | '“' | '”' | '.' | ',' => {}
            '-' | '_' | '/' | '–' | '—' => pending_space = true,
            c if c.is_whitespace() => pending_space = true,
            c => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                if c.is_ascii() {
                    out.push(c.to_ascii_lowercase());
                } else {
                    for lower in c.to_lowercase() {
                        out.push(fold_accent(lower));
                    }
                }
            }
        }
    }
    out
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
