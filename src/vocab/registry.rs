//! Walking the registry of vocabularies. The registry itself, the one list of the crate's
//! vocabularies in their order, is generated from the `[vocabulary]` headers of the data files
//! (`src/generated/registry.rs`, the `vocabularies!` macro); the schema roots, the vocabulary
//! catalogue, the crate root's re-exports and [`visit_vocabularies`] all follow it, and the
//! tests walk it through [`visit_vocabularies`].

use super::Vocabulary;

/// Something that does one thing with each vocabulary, given to [`visit_vocabularies`].
///
/// ```
/// use eu_clasi::{Vocabulary, VocabularyVisitor, visit_vocabularies};
///
/// /// Counts the terms of every vocabulary.
/// struct Count(Vec<(&'static str, usize)>);
///
/// impl VocabularyVisitor for Count {
///     fn visit<V: Vocabulary>(&mut self) {
///         self.0.push((V::KIND, V::all().len()));
///     }
/// }
///
/// let mut count = Count(Vec::new());
/// visit_vocabularies(&mut count);
/// assert_eq!(count.0[0], ("crime_area", 14));
/// assert!(count.0.contains(&("country", 60)));
/// ```
pub trait VocabularyVisitor {
    /// Called once for each vocabulary `V`.
    fn visit<V: Vocabulary>(&mut self);
}

/// Calls `visitor` with every vocabulary of the crate, in the catalogue's order (the order of
/// `data/vocabulary.json`).
pub fn visit_vocabularies<T: VocabularyVisitor>(visitor: &mut T) {
    macro_rules! visit {
        ($($v:ty),+) => {
            $( visitor.visit::<$v>(); )+
        };
    }
    super::vocabularies!(visit);
}

/// A term of some vocabulary, as [`lookup_any`] finds it: which vocabulary, which code, and
/// its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AnyTerm {
    /// The vocabulary's kind (`crime_area`, `body`, `instrument`, ...).
    pub kind: &'static str,
    /// The term's wire code in that vocabulary.
    pub code: &'static str,
    /// The term's labels in the four languages.
    pub labels: crate::Labels,
}

/// What [`lookup_any`] found: the terms the text names, in every vocabulary, and when it names
/// none, the nearest terms ("did you mean").
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct AnyLookup {
    /// Every term the text names, in the registry's order of vocabularies; several when the
    /// text names terms of several vocabularies (or is ambiguous within one).
    pub found: Vec<AnyTerm>,
    /// When nothing was found: the terms whose names are within a few edits of the text.
    pub suggestions: Vec<AnyTerm>,
}

/// Looks `text` up in every vocabulary at once, as [`Vocabulary::lookup`] does in one, and
/// says which vocabulary each match belongs to. [`Actor`](crate::Actor), which only wraps
/// states, bodies and collective actors, is left out so that a body is not found twice.
///
/// ```
/// use eu_clasi::{Vocabulary, lookup_any};
///
/// // "El PAcCTO" is a programme (an instrument), not a body.
/// let hit = lookup_any("El PAcCTO");
/// assert_eq!(hit.found.len(), 1);
/// assert_eq!((hit.found[0].kind, hit.found[0].code), ("instrument", "el_paccto"));
///
/// // The EMCDDA's Spanish, Portuguese and French acronym finds the EUDA.
/// assert_eq!(lookup_any("OEDT").found[0].code, "euda");
///
/// // A near miss suggests what was meant.
/// let miss = lookup_any("Brasiil");
/// assert!(miss.found.is_empty());
/// assert_eq!(miss.suggestions[0].code, "BR");
/// ```
pub fn lookup_any(text: &str) -> AnyLookup {
    struct Lookup<'a> {
        text: &'a str,
        result: AnyLookup,
    }
    impl VocabularyVisitor for Lookup<'_> {
        fn visit<V: Vocabulary>(&mut self) {
            if V::KIND == <crate::Actor as Vocabulary>::KIND {
                return;
            }
            let term = |code: &str| {
                code.parse::<V>().ok().map(|t| AnyTerm {
                    kind: V::KIND,
                    code: t.code(),
                    labels: t.labels(),
                })
            };
            match V::lookup(self.text) {
                Ok(t) => self.result.found.extend(term(t.code())),
                Err(crate::Error::Ambiguous { candidates, .. }) => {
                    self.result
                        .found
                        .extend(candidates.iter().filter_map(|c| term(c)));
                }
                Err(crate::Error::NotFound { suggestions, .. }) => {
                    self.result
                        .suggestions
                        .extend(suggestions.iter().filter_map(|c| term(c)));
                }
                Err(_) => {}
            }
        }
    }
    let mut lookup = Lookup {
        text,
        result: AnyLookup::default(),
    };
    visit_vocabularies(&mut lookup);
    if !lookup.result.found.is_empty() {
        lookup.result.suggestions.clear();
    }
    lookup.result
}
