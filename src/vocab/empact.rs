//! The EU crime priorities of the EMPACT policy cycles 2022-2025 and 2026-2029.
//!
//! EMPACT (European Multidisciplinary Platform Against Criminal Threats) is the EU's
//! Member-State-driven framework for operational cooperation against serious and organised
//! crime. Each cycle starts with a Europol threat assessment (EU SOCTA), from which the Council
//! sets the crime priorities in conclusions; the declaration (para 8, Annex 1.viii and 1.ix)
//! refers to EMPACT and to its next cycle, 2026-2029.

use crate::{Fact, PartialDate};

use super::vocabulary;

/// One EMPACT policy cycle: its years, when the Council set its priorities, and the threat
/// assessment it builds on.
///
/// ```
/// use eu_clasi::{EmpactPriority2022, EmpactPriority2026, Provenance};
///
/// let cycle = EmpactPriority2026::cycle();
/// assert_eq!((cycle.first_year, cycle.last_year), (2026, 2029));
/// assert_eq!(cycle.adopted.value.to_string(), "2025-06-13");
/// assert_eq!(cycle.adopted.provenance, Provenance::Verified);
/// assert_eq!(EmpactPriority2022::cycle().name, "EMPACT 2022-2025");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct EmpactCycle {
    /// The cycle's usual name, `EMPACT 2022-2025`.
    pub name: &'static str,
    /// The first year of the cycle.
    pub first_year: u16,
    /// The last year of the cycle.
    pub last_year: u16,
    /// The date of the Council conclusions that set the cycle's priorities.
    pub adopted: Fact<PartialDate>,
    /// The EU Serious and Organised Crime Threat Assessment the priorities build on.
    pub threat_assessment: Fact<&'static str>,
}

include!("../generated/empact_priority_2022.rs");

impl EmpactPriority2022 {
    /// The priority's official order number in the Council conclusions (1 to 10), or `None` for
    /// the horizontal goal on document fraud.
    pub const fn number(self) -> Option<u8> {
        self.number_data()
    }

    /// Whether this is the horizontal goal (document fraud) rather than a numbered priority.
    pub const fn is_horizontal(self) -> bool {
        self.number().is_none()
    }

    /// The cycle these priorities belong to: EMPACT 2022-2025, set by the Council conclusions
    /// of 26 May 2021.
    pub const fn cycle() -> EmpactCycle {
        Self::CYCLE
    }
}

include!("../generated/empact_priority_2026.rs");

impl EmpactPriority2026 {
    /// The priority's official order number in the Council conclusions, 1 to 7. Every priority
    /// of this cycle has one (the cycle has no separate horizontal goal in the sources held).
    pub const fn number(self) -> u8 {
        self.number_data()
    }

    /// The cycle these priorities belong to: EMPACT 2026-2029, set by the Council conclusions
    /// of 13 June 2025.
    pub const fn cycle() -> EmpactCycle {
        Self::CYCLE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Provenance, Vocabulary};

    #[test]
    fn ten_priorities_and_one_horizontal_goal_in_2022_2025() {
        assert_eq!(EmpactPriority2022::all().len(), 11);
        let numbers: Vec<u8> = EmpactPriority2022::all()
            .iter()
            .filter_map(|p| p.number())
            .collect();
        assert_eq!(numbers, (1..=10).collect::<Vec<u8>>());
        let horizontal: Vec<_> = EmpactPriority2022::all()
            .iter()
            .filter(|p| p.is_horizontal())
            .collect();
        assert_eq!(horizontal, [&EmpactPriority2022::DocumentFraud]);
        // The horizontal goal comes last, after the ten numbered priorities.
        assert_eq!(
            EmpactPriority2022::all().last(),
            Some(&EmpactPriority2022::DocumentFraud)
        );
    }

    #[test]
    fn council_order_2022_2025() {
        use EmpactPriority2022 as P;
        assert_eq!(P::HighRiskCriminalNetworks.number(), Some(1));
        assert_eq!(P::CyberAttacks.number(), Some(2));
        assert_eq!(P::DrugsTrafficking.number(), Some(6));
        assert_eq!(P::FirearmsTrafficking.number(), Some(10));
        assert_eq!(P::CyberAttacks.code(), "cyber_attacks");
        assert_eq!(
            P::FraudEconomicAndFinancialCrimes.code(),
            "fraud_economic_and_financial_crimes"
        );
    }

    #[test]
    fn seven_priorities_in_2026_2029_in_council_order() {
        assert_eq!(EmpactPriority2026::all().len(), 7);
        let numbers: Vec<u8> = EmpactPriority2026::all()
            .iter()
            .map(|p| p.number())
            .collect();
        assert_eq!(numbers, (1..=7).collect::<Vec<u8>>());
    }

    #[test]
    fn titles_2026_2029_are_the_council_wording() {
        use EmpactPriority2026 as P;
        assert_eq!(
            P::MostThreateningCriminalNetworks.label(Lang::En),
            "Identifying and disrupting the most threatening criminal networks and individuals"
        );
        assert_eq!(
            P::OnlineCrime.label(Lang::En),
            "Tackling the fastest growing crimes in the online sphere: cyber-attacks, online child sexual exploitation and online fraud schemes"
        );
        assert_eq!(
            P::FirearmsAndExplosivesCrime.label(Lang::En),
            "Targeting firearms and explosives crime"
        );
        assert_eq!(
            P::EconomicAndFinancialCrime.label(Lang::En),
            "Fighting economic and financial crimes such as VAT fraud and intellectual property crime"
        );
        // The description quotes the title too.
        for p in P::all() {
            assert!(
                p.description().contains(p.label(Lang::En)),
                "{p}: description does not quote the title"
            );
        }
    }

    #[test]
    fn translations_are_marked() {
        for p in EmpactPriority2022::all() {
            let labels = p.labels();
            assert!(!labels.is_translation(Lang::En), "{p}");
            for lang in [Lang::Es, Lang::Pt, Lang::Fr] {
                assert!(labels.is_translation(lang), "{p} {lang}");
            }
        }
        for p in EmpactPriority2026::all() {
            let labels = p.labels();
            assert!(!labels.is_translation(Lang::En), "{p}");
            for lang in [Lang::Es, Lang::Pt, Lang::Fr] {
                assert!(labels.is_translation(lang), "{p} {lang}");
            }
        }
    }

    #[test]
    fn scope_not_retrieved_is_said() {
        use EmpactPriority2022 as P;
        for p in [
            P::FraudEconomicAndFinancialCrimes,
            P::OrganisedPropertyCrime,
            P::EnvironmentalCrime,
            P::FirearmsTrafficking,
        ] {
            assert!(p.description().contains("not retrieved"), "{p}");
        }
        assert!(
            P::HighRiskCriminalNetworks
                .description()
                .contains("\"identify and disrupt high-risk criminal networks active in the EU")
        );
    }

    #[test]
    fn lookups_in_four_languages() {
        use EmpactPriority2022 as P;
        assert_eq!(
            P::lookup("trata de personas").unwrap(),
            P::TraffickingInHumanBeings
        );
        assert_eq!(
            P::lookup("Trafic de migrants").unwrap(),
            P::MigrantSmuggling
        );
        assert_eq!(
            P::lookup("tráfico de armas de fogo").unwrap(),
            P::FirearmsTrafficking
        );
        assert_eq!(P::lookup("drug trafficking").unwrap(), P::DrugsTrafficking);
        assert_eq!(
            EmpactPriority2026::lookup("Trata de personas").unwrap(),
            EmpactPriority2026::MigrantSmugglingAndTraffickingInHumanBeings
        );
        assert_eq!(
            EmpactPriority2026::lookup("lutter contre le trafic de drogue").unwrap(),
            EmpactPriority2026::DrugTrafficking
        );
    }

    #[test]
    fn every_name_finds_its_own_priority() {
        fn check<V: Vocabulary>() {
            for &term in V::all() {
                let labels = term.labels();
                let names = labels.iter().map(|(_, t)| t).chain(term.aliases());
                for name in names {
                    assert_eq!(V::lookup(name), Ok(term), "{name:?}");
                }
            }
        }
        check::<EmpactPriority2022>();
        check::<EmpactPriority2026>();
    }

    #[test]
    fn cycles() {
        let old = EmpactPriority2022::cycle();
        assert_eq!((old.first_year, old.last_year), (2022, 2025));
        assert_eq!(old.adopted.value.to_string(), "2021-05-26");
        assert_eq!(old.adopted.provenance, Provenance::Verified);
        assert_eq!(old.threat_assessment.value, "EU SOCTA 2021");
        let new = EmpactPriority2026::cycle();
        assert_eq!((new.first_year, new.last_year), (2026, 2029));
        assert_eq!(new.adopted.value.to_string(), "2025-06-13");
        assert_eq!(new.threat_assessment.value, "EU SOCTA 2025");
    }
}
