//! The substances a drug seizure is reported in.

use super::vocabulary;

include!("../generated/substance.rs");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    #[test]
    fn seven_substances_with_their_codes_in_order() {
        let codes: Vec<_> = Substance::all().iter().map(|s| s.code()).collect();
        assert_eq!(
            codes,
            [
                "cocaine",
                "cannabis",
                "heroin",
                "synthetic_drugs",
                "new_psychoactive_substances",
                "precursors",
                "other_substance"
            ]
        );
    }

    #[test]
    fn found_by_common_names_in_each_language() {
        assert_eq!(Substance::lookup("maconha").unwrap(), Substance::Cannabis);
        assert_eq!(
            Substance::lookup("nuevas sustancias psicoactivas").unwrap(),
            Substance::NewPsychoactiveSubstances
        );
        assert_eq!(
            Substance::lookup("précurseurs").unwrap(),
            Substance::Precursors
        );
        assert_eq!(
            Substance::lookup("MDMA").unwrap(),
            Substance::SyntheticDrugs
        );
        assert_eq!(Substance::Cannabis.label(Lang::Pt), "canábis");
        assert!(Substance::Cocaine.labels().is_translation(Lang::Es));
    }
}
