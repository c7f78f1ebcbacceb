//! How sure the crate is of a fact it states.

use crate::Labels;

use super::vocabulary;

vocabulary! {
    /// Where a fact in this crate comes from, and how sure it is.
    ///
    /// Every fact the crate states beyond the declaration's own text (a founding date, a seat, an
    /// ICCS code, a membership) carries one, so that a user can tell a sourced fact from the
    /// crate's best knowledge. The statuses follow the crate's reference notes on the declaration.
    ///
    /// ```
    /// use eu_clasi::{Provenance, Vocabulary};
    ///
    /// assert_eq!(Provenance::Unverified.code(), "unverified");
    /// assert!(Provenance::Unverified.needs_checking());
    /// assert!(!Provenance::Declaration.needs_checking());
    /// ```
    #[vocabulary(kind = "provenance", case = "snake_case", labels = Provenance::labels_of)]
    pub enum Provenance {
        /// Taken from the text of the declaration (Council document 6403/25) itself.
        Declaration,
        /// Found in a published source.
        Verified,
        /// Found in published sources that disagree; the note says how.
        Disputed,
        /// The crate's best knowledge or its own mapping, not confirmed by any source it holds: check before relying on it.
        Unverified,
    }
}

impl Provenance {
    const fn labels_of(self) -> Labels {
        match self {
            Provenance::Declaration => Labels::new(
                "from the declaration",
                "de la declaración",
                "da declaração",
                "de la déclaration",
            ),
            Provenance::Verified => Labels::new("verified", "verificado", "verificado", "vérifié"),
            Provenance::Disputed => {
                Labels::new("disputed", "controvertido", "controverso", "contesté")
            }
            Provenance::Unverified => Labels::new(
                "unverified",
                "no verificado",
                "não verificado",
                "non vérifié",
            ),
        }
        .translated(crate::TRANSLATED_ES_PT_FR)
    }

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
}

impl<T: Copy> Fact<T> {
    /// A fact taken from the declaration's text.
    pub const fn declaration(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Declaration,
            note: None,
        }
    }

    /// A fact found in a published source.
    pub const fn verified(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Verified,
            note: None,
        }
    }

    /// A fact on which published sources disagree; `note` says how.
    pub const fn disputed(value: T, note: &'static str) -> Self {
        Fact {
            value,
            provenance: Provenance::Disputed,
            note: Some(note),
        }
    }

    /// The crate's best knowledge, not confirmed by a source it holds.
    pub const fn unverified(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Unverified,
            note: None,
        }
    }

    /// The same fact with a note.
    pub const fn with_note(self, note: &'static str) -> Self {
        Fact {
            value: self.value,
            provenance: self.provenance,
            note: Some(note),
        }
    }
}
