//! FIRST's Traffic Light Protocol 2.0 markings.

use crate::{Labels, TRANSLATED_ES_PT_FR};

use super::vocabulary;

vocabulary! {
    /// A Traffic Light Protocol (TLP) 2.0 marking, as defined by FIRST: how far a record may be
    /// shared.
    ///
    /// The wire form is FIRST's own label (`TLP:AMBER+STRICT`). Variants are ordered from the most
    /// restrictive to the least, so `Ord` compares restrictiveness: `Tlp::Red < Tlp::Clear`.
    /// TLP 2.0 was launched by FIRST in August 2022 and has been authoritative since January 2023;
    /// the 1.0 label `TLP:WHITE` is not a TLP 2.0 label and is rejected on the wire
    /// (a [`lookup`](crate::Vocabulary::lookup) of `"TLP:WHITE"` finds [`Tlp::Clear`], which replaced it).
    ///
    /// ```
    /// use eu_clasi::{Tlp, Vocabulary};
    ///
    /// assert_eq!(Tlp::AmberStrict.to_string(), "TLP:AMBER+STRICT");
    /// assert_eq!("TLP:GREEN".parse::<Tlp>().unwrap(), Tlp::Green);
    /// assert!("TLP:WHITE".parse::<Tlp>().is_err());
    /// assert_eq!(Tlp::lookup("white").unwrap(), Tlp::Clear);
    /// assert!(Tlp::Red < Tlp::Amber && Tlp::Amber < Tlp::Clear);
    /// ```
    #[vocabulary(kind = "tlp", case = "SCREAMING_SNAKE_CASE", labels = Tlp::labels_of, aliases = Tlp::aliases_of)]
    pub enum Tlp {
        /// For the eyes and ears of individual recipients only, no further disclosure.
        #[strum(serialize = "TLP:RED")]
        Red,
        /// Limited disclosure, restricted to the recipient's organisation only.
        #[strum(serialize = "TLP:AMBER+STRICT")]
        AmberStrict,
        /// Limited disclosure, on a need-to-know basis within the recipient's organisation and its clients.
        #[strum(serialize = "TLP:AMBER")]
        Amber,
        /// Limited disclosure, within the recipient's community, not through publicly accessible channels.
        #[strum(serialize = "TLP:GREEN")]
        Green,
        /// No limit on disclosure, subject to standard copyright rules.
        #[strum(serialize = "TLP:CLEAR")]
        Clear,
    }
}

impl Tlp {
    const fn labels_of(self) -> Labels {
        match self {
            Tlp::Red => Labels::new(
                "TLP:RED (red)",
                "TLP:RED (rojo)",
                "TLP:RED (vermelho)",
                "TLP:RED (rouge)",
            ),
            Tlp::AmberStrict => Labels::new(
                "TLP:AMBER+STRICT (amber, organisation only)",
                "TLP:AMBER+STRICT (ámbar, solo la organización)",
                "TLP:AMBER+STRICT (âmbar, apenas a organização)",
                "TLP:AMBER+STRICT (ambre, organisation uniquement)",
            ),
            Tlp::Amber => Labels::new(
                "TLP:AMBER (amber)",
                "TLP:AMBER (ámbar)",
                "TLP:AMBER (âmbar)",
                "TLP:AMBER (ambre)",
            ),
            Tlp::Green => Labels::new(
                "TLP:GREEN (green)",
                "TLP:GREEN (verde)",
                "TLP:GREEN (verde)",
                "TLP:GREEN (vert)",
            ),
            Tlp::Clear => Labels::new(
                "TLP:CLEAR (clear)",
                "TLP:CLEAR (libre)",
                "TLP:CLEAR (livre)",
                "TLP:CLEAR (libre)",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            Tlp::Red => vec!["red"],
            Tlp::AmberStrict => vec!["amber+strict", "amber strict"],
            Tlp::Amber => vec!["amber"],
            Tlp::Green => vec!["green"],
            Tlp::Clear => vec!["clear", "TLP:WHITE", "white"],
        }
    }

    /// The colour FIRST gives the label, as `#RRGGBB`, where FIRST's specification is sourced:
    /// red `#FF2B2B` and amber `#FFC000` (for both amber markings) are; green and clear are not
    /// (`None`).
    pub const fn colour(self) -> Option<&'static str> {
        match self {
            Tlp::Red => Some("#FF2B2B"),
            Tlp::AmberStrict | Tlp::Amber => Some("#FFC000"),
            Tlp::Green | Tlp::Clear => None,
        }
    }
}
