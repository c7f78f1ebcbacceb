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
/// its labels. [`get`](AnyTerm::get) gives the typed term back.
///
/// ```
/// use eu_clasi::{lookup_any, Country, Instrument};
///
/// let hit = lookup_any("Brasil").found[0];
/// assert_eq!(hit.get::<Country>(), Some(Country::Br));
/// assert_eq!(hit.get::<Instrument>(), None); // a term of another vocabulary
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct AnyTerm {
    /// The vocabulary's kind (`crime_area`, `body`, `instrument`, ...).
    pub kind: &'static str,
    /// The term's wire code in that vocabulary.
    pub code: &'static str,
    /// The term's labels in the four languages.
    pub labels: crate::Labels,
}

impl AnyTerm {
    /// The term of `V`, when the term is one of `V`'s: the typed value, without a `match` on
    /// [`kind`](AnyTerm::kind).
    pub fn get<V: Vocabulary>(&self) -> Option<V> {
        if self.kind == V::KIND {
            V::lookup_index().by_code(self.code)
        } else {
            None
        }
    }

    /// Whether the term is one of `V`'s.
    pub fn is<V: Vocabulary>(&self) -> bool {
        self.get::<V>().is_some()
    }

    fn of<V: Vocabulary>(term: V) -> Self {
        AnyTerm {
            kind: V::KIND,
            code: term.code(),
            labels: term.labels(),
        }
    }
}

/// What [`lookup_any`] (or [`Vocabularies::lookup`]) found: the terms the text names, in every
/// vocabulary searched, and when it names none, the nearest terms ("did you mean").
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct AnyLookup {
    /// Every term the text names, in the registry's order of vocabularies; several when the
    /// text names terms of several vocabularies (or is ambiguous within one).
    pub found: Vec<AnyTerm>,
    /// When nothing was found: the terms whose names are within a few edits of the text, the
    /// nearest first (at most three).
    pub suggestions: Vec<AnyTerm>,
}

/// A term found inside a longer text by [`recognise`] (or [`Vocabularies::recognise`]): the
/// term, and where in the text its name stands.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Recognised {
    /// The term.
    pub term: AnyTerm,
    /// The byte range of the text where the term's name was found (`&text[span]` is the name
    /// as written).
    pub span: std::ops::Range<usize>,
}

/// The vocabularies a look-up across vocabularies searches: every vocabulary ([`all`]), the
/// vocabularies of things a name may contain ([`of_names`]), or those chosen with
/// [`with`](Vocabularies::with) and [`without`](Vocabularies::without).
///
/// [`all`]: Vocabularies::all
/// [`of_names`]: Vocabularies::of_names
///
/// ```
/// use eu_clasi::{Body, Country, CrimeArea, Vocabularies};
///
/// // Only states and bodies: who may report on the roadmap.
/// let reporters = Vocabularies::none().with::<Country>().with::<Body>();
/// let hit = reporters.lookup("Brasil");
/// assert_eq!(hit.found[0].get::<Country>(), Some(Country::Br));
/// assert!(reporters.lookup("trata de personas").found.is_empty());
///
/// // "CLASI" is a membership and a body; without memberships, only the body.
/// let found = Vocabularies::all().without::<eu_clasi::Membership>().lookup("CLASI").found;
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].get::<Body>(), Some(Body::Clasi));
/// # let _ = CrimeArea::DrugTrafficking;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabularies {
    kinds: Vec<&'static str>,
}

impl Vocabularies {
    /// Every vocabulary but [`Actor`](crate::Actor), which only wraps states, bodies and
    /// collective actors (add it with [`with`](Vocabularies::with) to find actors' codes).
    pub fn all() -> Self {
        struct Kinds(Vec<&'static str>);
        impl VocabularyVisitor for Kinds {
            fn visit<V: Vocabulary>(&mut self) {
                if V::KIND != <crate::Actor as Vocabulary>::KIND {
                    self.0.push(V::KIND);
                }
            }
        }
        let mut kinds = Kinds(Vec::new());
        visit_vocabularies(&mut kinds);
        Vocabularies { kinds: kinds.0 }
    }

    /// The vocabularies of things a name may contain, which [`recognise`] searches: states,
    /// regions, memberships, bodies, kinds of unit, programmes and instruments, crime areas
    /// and kinds of operation. Not TLP markings, languages, statuses, substances, collective
    /// actors and the like, whose names (`red`, `clear`, `done`, `other`, `police`) are common
    /// words inside other names.
    pub fn of_names() -> Self {
        Vocabularies::none()
            .with::<crate::Country>()
            .with::<crate::Region>()
            .with::<crate::Membership>()
            .with::<crate::Body>()
            .with::<crate::UnitKind>()
            .with::<crate::Instrument>()
            .with::<crate::CrimeArea>()
            .with::<crate::OperationKind>()
    }

    /// No vocabulary: a start for [`with`](Vocabularies::with).
    pub fn none() -> Self {
        Vocabularies { kinds: Vec::new() }
    }

    /// These vocabularies and `V`.
    #[must_use]
    pub fn with<V: Vocabulary>(mut self) -> Self {
        if !self.kinds.contains(&V::KIND) {
            self.kinds.push(V::KIND);
        }
        self
    }

    /// These vocabularies without `V`.
    #[must_use]
    pub fn without<V: Vocabulary>(mut self) -> Self {
        self.kinds.retain(|k| *k != V::KIND);
        self
    }

    /// Whether `V` is one of these vocabularies.
    pub fn contains<V: Vocabulary>(&self) -> bool {
        self.kinds.contains(&V::KIND)
    }

    /// Looks `text` up in each of these vocabularies, as [`Vocabulary::lookup`] does in one,
    /// and says which vocabulary each match belongs to; when nothing matches, the nearest terms
    /// of these vocabularies, nearest first.
    pub fn lookup(&self, text: &str) -> AnyLookup {
        struct Lookup<'a> {
            scope: &'a Vocabularies,
            text: &'a str,
            result: AnyLookup,
            near: Vec<(usize, AnyTerm)>,
        }
        impl VocabularyVisitor for Lookup<'_> {
            fn visit<V: Vocabulary>(&mut self) {
                if !self.scope.contains::<V>() {
                    return;
                }
                let index = V::lookup_index();
                let term = |code: &str| index.by_code(code).map(AnyTerm::of::<V>);
                match V::lookup(self.text) {
                    Ok(t) => self.result.found.push(AnyTerm::of(t)),
                    Err(crate::Error::Ambiguous { candidates, .. }) => {
                        self.result
                            .found
                            .extend(candidates.iter().filter_map(|c| term(c)));
                    }
                    Err(crate::Error::NotFound { .. }) => {
                        self.near.extend(
                            index
                                .suggest_scored(self.text)
                                .into_iter()
                                .filter_map(|(d, c)| term(c).map(|t| (d, t))),
                        );
                    }
                    Err(_) => {}
                }
            }
        }
        let mut lookup = Lookup {
            scope: self,
            text,
            result: AnyLookup::default(),
            near: Vec::new(),
        };
        visit_vocabularies(&mut lookup);
        let mut result = lookup.result;
        if result.found.is_empty() {
            // Nearest first; of two as near, the registry's order.
            let mut near = lookup.near;
            near.sort_by_key(|(distance, _)| *distance);
            result.suggestions = near.into_iter().take(3).map(|(_, t)| t).collect();
        }
        result
    }

    /// The terms of these vocabularies named inside `text`, in the order they stand: for a
    /// name the crate has no term for but that contains names it has.
    ///
    /// Names are compared as [`Vocabulary::lookup`] compares them (case, accents, `-` and `_`
    /// ignored), word by word: a term is found where one of its labels or aliases stands as
    /// whole words. Where names overlap, the longer wins (`Caribbean Financial Action Task
    /// Force` is the body CFATF, not the region Caribbean); a name that belongs to terms of
    /// several vocabularies (a joint investigation team is an instrument and a kind of
    /// operation) gives each. A one-word name of at most three letters counts only when
    /// written in capitals, as an acronym. Wire codes are not names: the Spanish `de` is not
    /// Germany's code.
    pub fn recognise(&self, text: &str) -> Vec<Recognised> {
        struct Within<'a> {
            scope: &'a Vocabularies,
            words: &'a [super::Word],
            found: Vec<(usize, usize, AnyTerm)>,
        }
        impl VocabularyVisitor for Within<'_> {
            fn visit<V: Vocabulary>(&mut self) {
                if !self.scope.contains::<V>() {
                    return;
                }
                let index = V::lookup_index();
                for (start, end, codes) in index.within(self.words) {
                    for code in codes {
                        if let Some(term) = index.by_code(code) {
                            self.found.push((start, end, AnyTerm::of(term)));
                        }
                    }
                }
            }
        }
        let words = super::words(text);
        let mut within = Within {
            scope: self,
            words: &words,
            found: Vec::new(),
        };
        visit_vocabularies(&mut within);
        // Longer names first, then from the left; a name overlapping one kept is dropped,
        // unless it covers the very same words (the same name in another vocabulary).
        let mut found = within.found;
        found.sort_by_key(|&(start, end, _)| (std::cmp::Reverse(end - start), start));
        let mut kept: Vec<(usize, usize, AnyTerm)> = Vec::new();
        for (start, end, term) in found {
            let clashes = kept
                .iter()
                .any(|&(s, e, _)| start < e && s < end && (s, e) != (start, end));
            if !clashes && !kept.iter().any(|k| (k.0, k.1, k.2) == (start, end, term)) {
                kept.push((start, end, term));
            }
        }
        kept.sort_by_key(|&(start, end, _)| (start, end));
        kept.into_iter()
            .filter_map(|(start, end, term)| {
                let from = words.get(start)?.span.start;
                let to = words.get(end.checked_sub(1)?)?.span.end;
                Some(Recognised {
                    term,
                    span: from..to,
                })
            })
            .collect()
    }
}

/// Looks `text` up in every vocabulary at once, as [`Vocabulary::lookup`] does in one, and
/// says which vocabulary each match belongs to: [`Vocabularies::all`]'s
/// [`lookup`](Vocabularies::lookup). [`Actor`](crate::Actor), which only wraps states, bodies
/// and collective actors, is left out so that a body is not found twice. To search only some
/// vocabularies, use [`Vocabularies`].
///
/// ```
/// use eu_clasi::{Body, Instrument, Vocabulary, lookup_any};
///
/// // "El PAcCTO" is a programme (an instrument), not a body.
/// let hit = lookup_any("El PAcCTO");
/// assert_eq!(hit.found.len(), 1);
/// assert_eq!(hit.found[0].get::<Instrument>(), Some(Instrument::ElPaccto));
///
/// // The EMCDDA's Spanish, Portuguese and French acronym finds the EUDA.
/// assert_eq!(lookup_any("OEDT").found[0].get::<Body>(), Some(Body::Euda));
///
/// // A near miss suggests what was meant.
/// let miss = lookup_any("Brasiil");
/// assert!(miss.found.is_empty());
/// assert_eq!(miss.suggestions[0].code, "BR");
/// ```
pub fn lookup_any(text: &str) -> AnyLookup {
    Vocabularies::all().lookup(text)
}

/// The terms named inside `text`, a name the crate has no term for: the states, regions,
/// memberships, bodies, kinds of unit, instruments, crime areas and kinds of operation it
/// contains ([`Vocabularies::of_names`]'s [`recognise`](Vocabularies::recognise), which says
/// how names are found).
///
/// ```
/// use eu_clasi::{recognise, Country, UnitKind};
///
/// let text = "Policía Nacional de Colombia";
/// let found = recognise(text);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].term.get::<UnitKind>(), Some(UnitKind::Police));
/// assert_eq!(&text[found[0].span.clone()], "Policía Nacional");
/// assert_eq!(found[1].term.get::<Country>(), Some(Country::Co));
/// ```
pub fn recognise(text: &str) -> Vec<Recognised> {
    Vocabularies::of_names().recognise(text)
}
