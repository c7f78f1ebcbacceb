//! How sure the crate is of a fact it states.

use super::vocabulary;

include!("../generated/provenance.rs");

impl Provenance {
    /// Whether a user should check the fact before relying on it (disputed or unverified).
    pub const fn needs_checking(self) -> bool {
        matches!(self, Provenance::Disputed | Provenance::Unverified)
    }
}

/// A fact with where it comes from: a value, its [`Provenance`], and a note where sources
/// disagree or the value needs explaining.
///
/// ```
/// use eu_clasi::{Fact, Provenance};
///
/// const SEAT: Fact<&str> = Fact::unverified("Buenos Aires").with_note("no source found for the secretariat's seat");
/// assert_eq!(SEAT.value, "Buenos Aires");
/// assert_eq!(SEAT.provenance, Provenance::Unverified);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Fact<T> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub provenance: Provenance,
    /// Why it is disputed or unverified, or what else a user should know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    /// The ids of the sources that support it, from the crate's sources file
    /// (`data/sources.toml`): at least one for a verified or disputed fact of the crate's data.
    #[serde(skip_serializing_if = "<[&str]>::is_empty")]
    pub sources: &'static [&'static str],
}

impl<T: Copy> Fact<T> {
    /// A fact taken from the declaration's text.
    pub const fn declaration(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Declaration,
            note: None,
            sources: &[],
        }
    }

    /// A fact found in a published source.
    pub const fn verified(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Verified,
            note: None,
            sources: &[],
        }
    }

    /// A fact on which published sources disagree; `note` says how.
    pub const fn disputed(value: T, note: &'static str) -> Self {
        Fact {
            value,
            provenance: Provenance::Disputed,
            note: Some(note),
            sources: &[],
        }
    }

    /// The crate's best knowledge, not confirmed by a source it holds.
    pub const fn unverified(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Unverified,
            note: None,
            sources: &[],
        }
    }

    /// The same fact with a note.
    pub const fn with_note(self, note: &'static str) -> Self {
        Fact {
            value: self.value,
            provenance: self.provenance,
            note: Some(note),
            sources: self.sources,
        }
    }

    /// The sources it cites, as the crate holds them (see [`crate::Source`]); an id the crate
    /// holds no source for is skipped (the crate's own data has none).
    ///
    /// ```
    /// use eu_clasi::Body;
    ///
    /// let founded = Body::Clasi.info().founded.unwrap();
    /// let titles: Vec<&str> = founded.source_refs().map(|s| s.title).collect();
    /// assert_eq!(titles.len(), founded.sources.len());
    /// assert!(!titles.is_empty());
    /// ```
    pub fn source_refs(&self) -> impl Iterator<Item = &'static crate::Source> + use<T> {
        self.sources.iter().filter_map(|id| crate::Source::get(id))
    }

    /// The same fact, supported by the sources with these ids.
    pub const fn with_sources(self, sources: &'static [&'static str]) -> Self {
        Fact {
            value: self.value,
            provenance: self.provenance,
            note: self.note,
            sources,
        }
    }
}
