//! The substances a drug seizure is reported in.

use crate::{Labels, TRANSLATED_ES_PT_FR};

use super::vocabulary;

vocabulary! {
    /// A drug or drug precursor, as a seizure is reported: the broad classes that seizure
    /// statistics count separately.
    ///
    /// The classes are broad on purpose, so that the reports of states with different drug
    /// laws add up; a seizure that fits none of them is `other_substance`. The es, pt and fr
    /// labels are this crate's own translations.
    ///
    /// ```
    /// use eu_clasi::{Lang, Substance, Vocabulary};
    ///
    /// assert_eq!(Substance::NewPsychoactiveSubstances.to_string(), "new_psychoactive_substances");
    /// assert_eq!(Substance::lookup("NPS")?, Substance::NewPsychoactiveSubstances);
    /// assert_eq!(Substance::lookup("cocaína")?, Substance::Cocaine);
    /// assert_eq!(Substance::Heroin.label(Lang::Fr), "héroïne");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[vocabulary(kind = "substance", case = "snake_case", labels = Substance::labels_of, aliases = Substance::aliases_of)]
    pub enum Substance {
        /// Cocaine in any form: cocaine hydrochloride, cocaine base and paste, crack.
        Cocaine,
        /// Cannabis herb, resin and other cannabis products.
        Cannabis,
        /// Heroin and other opiates derived from the opium poppy.
        Heroin,
        /// Synthetic drugs under international control: amphetamine, methamphetamine, MDMA (ecstasy), synthetic opioids such as fentanyl, and the like.
        SyntheticDrugs,
        /// New psychoactive substances (NPS): substances that mimic controlled drugs but are not, or not yet, under international control.
        NewPsychoactiveSubstances,
        /// Drug precursors and pre-precursors: chemicals used to produce illicit drugs.
        Precursors,
        /// A substance that fits none of the other classes.
        OtherSubstance,
    }
}

impl Substance {
    const fn labels_of(self) -> Labels {
        match self {
            Self::Cocaine => Labels::new("cocaine", "cocaína", "cocaína", "cocaïne"),
            Self::Cannabis => Labels::new("cannabis", "cannabis", "canábis", "cannabis"),
            Self::Heroin => Labels::new("heroin", "heroína", "heroína", "héroïne"),
            Self::SyntheticDrugs => Labels::new(
                "synthetic drugs",
                "drogas sintéticas",
                "drogas sintéticas",
                "drogues de synthèse",
            ),
            Self::NewPsychoactiveSubstances => Labels::new(
                "new psychoactive substances",
                "nuevas sustancias psicoactivas",
                "novas substâncias psicoativas",
                "nouvelles substances psychoactives",
            ),
            Self::Precursors => Labels::new(
                "drug precursors",
                "precursores de drogas",
                "precursores de drogas",
                "précurseurs de drogues",
            ),
            Self::OtherSubstance => Labels::new(
                "other substance",
                "otra sustancia",
                "outra substância",
                "autre substance",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            Self::Cocaine => vec!["crack", "cocaine base", "coca paste"],
            Self::Cannabis => vec!["marijuana", "marihuana", "maconha", "hashish", "haschisch"],
            Self::Heroin => vec!["opiates", "opiáceos", "opiacés"],
            Self::SyntheticDrugs => vec![
                "amphetamine",
                "methamphetamine",
                "MDMA",
                "ecstasy",
                "fentanyl",
                "drogues synthétiques",
            ],
            Self::NewPsychoactiveSubstances => vec!["NPS", "NSP"],
            Self::Precursors => vec![
                "precursors",
                "precursores",
                "précurseurs",
                "chemical precursors",
            ],
            Self::OtherSubstance => vec!["other"],
        }
    }
}

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
