//! What an indicator measures, and the unit it counts in.

use super::vocabulary;

include!("../generated/indicator_kind.rs");

/// What an [`IndicatorKind`] counts in: the members its indicators carry besides `kind`.
///
/// ```
/// use eu_clasi::{IndicatorKind, IndicatorUnit};
///
/// assert_eq!(IndicatorKind::DrugSeizure.unit(), IndicatorUnit::Kilograms);
/// assert_eq!(IndicatorUnit::Kilograms.members(), ["kind", "substance", "kilograms"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IndicatorUnit {
    /// A whole number of things, from 0 to 2^53 − 1 (the member `count`).
    Count,
    /// A weight of a substance, in kilograms, as an exact decimal (the members `substance` and
    /// `kilograms`).
    Kilograms,
    /// A sum of money in a currency, as an exact decimal (the member `amount`).
    Money,
}

impl IndicatorUnit {
    /// The members of an indicator in this unit, `kind` first, in the order they are written.
    pub const fn members(self) -> &'static [&'static str] {
        match self {
            IndicatorUnit::Count => &["kind", "count"],
            IndicatorUnit::Kilograms => &["kind", "substance", "kilograms"],
            IndicatorUnit::Money => &["kind", "amount"],
        }
    }
}

impl IndicatorKind {
    /// What the kind's indicators count in (from the data file).
    pub const fn unit(self) -> IndicatorUnit {
        self.unit_data()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    #[test]
    fn every_kind_has_one_unit_and_labels_in_four_languages() {
        let counts = IndicatorKind::all()
            .iter()
            .filter(|k| k.unit() == IndicatorUnit::Count)
            .count();
        assert_eq!((IndicatorKind::all().len(), counts), (11, 8));
        assert_eq!(IndicatorKind::AssetsConfiscated.unit(), IndicatorUnit::Money);
        assert_eq!(IndicatorKind::JitsSetUp.code(), "jits_set_up");
        assert_eq!(
            IndicatorKind::lookup("detenciones").ok(),
            Some(IndicatorKind::Arrests)
        );
        assert!(
            IndicatorKind::all()
                .iter()
                .all(|k| k.labels().is_translation(Lang::Es) && !k.label(Lang::Fr).is_empty())
        );
    }
}
