//! The EU crime priorities of the EMPACT policy cycles 2022-2025 and 2026-2029.
//!
//! EMPACT (European Multidisciplinary Platform Against Criminal Threats) is the EU's
//! Member-State-driven framework for operational cooperation against serious and organised
//! crime. Each cycle starts with a Europol threat assessment (EU SOCTA), from which the Council
//! sets the crime priorities in conclusions; the declaration (para 8, Annex 1.viii and 1.ix)
//! refers to EMPACT and to its next cycle, 2026-2029.

use crate::{Fact, Labels, PartialDate, TRANSLATED_ES_PT_FR};

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

/// The EMPACT 2022-2025 cycle.
const CYCLE_2022_2025: EmpactCycle = EmpactCycle {
    name: "EMPACT 2022-2025",
    first_year: 2022,
    last_year: 2025,
    adopted: Fact::verified(PartialDate::ymd_unchecked(2021, 5, 26))
        .with_note("Council conclusions setting the EU priorities for the fight against serious and organised crime for EMPACT 2022-2025"),
    threat_assessment: Fact::verified("EU SOCTA 2021"),
};

/// The EMPACT 2026-2029 cycle.
const CYCLE_2026_2029: EmpactCycle = EmpactCycle {
    name: "EMPACT 2026-2029",
    first_year: 2026,
    last_year: 2029,
    adopted: Fact::verified(PartialDate::ymd_unchecked(2025, 6, 13))
        .with_note("Council (Justice and Home Affairs) conclusions approved on 13 June 2025"),
    threat_assessment: Fact::verified("EU SOCTA 2025"),
};

vocabulary! {
    /// An EU crime priority of the EMPACT 2022-2025 cycle, set by the Council conclusions of 26 May 2021 on the basis of EU SOCTA 2021: ten priorities and the horizontal goal on document fraud.
    ///
    /// Variants follow the Council's order; [`number`](EmpactPriority2022::number) gives the
    /// official order number (`None` for the horizontal goal). Where the Council press release's
    /// scope wording was retrieved, the variant's description quotes it; where it was not, the
    /// description says so and summarises a secondary source. The English labels are the
    /// priorities' names; the Spanish, Portuguese and French labels are this crate's translations.
    ///
    /// ```
    /// use eu_clasi::{EmpactPriority2022, Vocabulary};
    ///
    /// assert_eq!(EmpactPriority2022::all().len(), 11);
    /// assert_eq!(EmpactPriority2022::HighRiskCriminalNetworks.number(), Some(1));
    /// assert_eq!(EmpactPriority2022::DocumentFraud.number(), None);
    /// assert_eq!(EmpactPriority2022::CyberAttacks.code(), "cyber_attacks");
    /// assert_eq!(EmpactPriority2022::lookup("Trata de personas").unwrap(), EmpactPriority2022::TraffickingInHumanBeings);
    /// ```
    #[vocabulary(kind = "empact_priority_2022", case = "snake_case", labels = EmpactPriority2022::labels_of, aliases = EmpactPriority2022::aliases_of)]
    pub enum EmpactPriority2022 {
        /// Priority 1, high-risk criminal networks: "identify and disrupt high-risk criminal networks active in the EU, with special emphasis on those using corruption, acts of violence, firearms and money laundering through parallel underground financial systems" (Council press release, 26 May 2021).
        HighRiskCriminalNetworks,
        /// Priority 2, cyber-attacks: "target criminal offenders orchestrating cyber-attacks, particularly those offering specialised criminal services online" (Council press release, 26 May 2021).
        CyberAttacks,
        /// Priority 3, trafficking in human beings: "disrupt criminal networks engaged in trafficking in human beings, with special focus on those who exploit minors, those who use or threaten with violence against victims and their families and those who recruit and advertise victims online" (Council press release, 26 May 2021).
        TraffickingInHumanBeings,
        /// Priority 4, child sexual exploitation: "combat child abuse online and offline, including the production and dissemination of child abuse material as well as online child sexual exploitation" (Council press release, 26 May 2021).
        ChildSexualExploitation,
        /// Priority 5, migrant smuggling: "fight against criminal networks involved in migrant smuggling, in particular those providing facilitation services along the main migratory routes" (Council press release, 26 May 2021).
        MigrantSmuggling,
        /// Priority 6, drugs trafficking: "identify and target the criminal networks involved in drug trafficking, including trafficking and distribution of cannabis, cocaine, heroin, synthetic drugs and new psychoactive substances" (Council press release, 26 May 2021).
        DrugsTrafficking,
        /// Priority 7, fraud, economic and financial crimes. The Council's full scope wording was not retrieved; a secondary summary (eucrim) says it includes online fraud schemes, excise fraud, MTIC fraud, intellectual property crime, counterfeiting of goods and currencies, criminal finances and money laundering.
        FraudEconomicAndFinancialCrimes,
        /// Priority 8, organised property crime. The Council's full scope wording was not retrieved; a secondary summary (eucrim) says it focuses on organised burglaries, thefts and robberies, vehicle crime and illegal trade in cultural goods.
        OrganisedPropertyCrime,
        /// Priority 9, environmental crime. The Council's full scope wording was not retrieved; a secondary summary (eucrim) says it targets organised crime groups able to infiltrate legal business structures or set up their own companies.
        EnvironmentalCrime,
        /// Priority 10, firearms trafficking. Only the heading was retrieved; the Council's scope wording was not retrieved.
        FirearmsTrafficking,
        /// The horizontal goal on document fraud, which serves all the priorities and has no order number: "production and provision of fraudulent and false documents".
        DocumentFraud,
    }
}

impl EmpactPriority2022 {
    const fn labels_of(self) -> Labels {
        match self {
            Self::HighRiskCriminalNetworks => Labels::new(
                "High-risk criminal networks",
                "Redes delictivas de alto riesgo",
                "Redes criminosas de alto risco",
                "Réseaux criminels à haut risque",
            ),
            Self::CyberAttacks => Labels::new(
                "Cyber-attacks",
                "Ciberataques",
                "Ciberataques",
                "Cyberattaques",
            ),
            Self::TraffickingInHumanBeings => Labels::new(
                "Trafficking in human beings",
                "Trata de personas",
                "Tráfico de seres humanos",
                "Traite des êtres humains",
            ),
            Self::ChildSexualExploitation => Labels::new(
                "Child sexual exploitation",
                "Explotación sexual infantil",
                "Exploração sexual de crianças",
                "Exploitation sexuelle des enfants",
            ),
            Self::MigrantSmuggling => Labels::new(
                "Migrant smuggling",
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "Trafic de migrants",
            ),
            Self::DrugsTrafficking => Labels::new(
                "Drugs trafficking",
                "Tráfico de drogas",
                "Tráfico de drogas",
                "Trafic de drogue",
            ),
            Self::FraudEconomicAndFinancialCrimes => Labels::new(
                "Fraud, economic and financial crimes",
                "Fraude y delitos económicos y financieros",
                "Fraude e crimes económicos e financeiros",
                "Fraude et criminalité économique et financière",
            ),
            Self::OrganisedPropertyCrime => Labels::new(
                "Organised property crime",
                "Delincuencia organizada contra la propiedad",
                "Criminalidade organizada contra o património",
                "Criminalité organisée contre les biens",
            ),
            Self::EnvironmentalCrime => Labels::new(
                "Environmental crime",
                "Delitos ambientales",
                "Crimes ambientais",
                "Criminalité environnementale",
            ),
            Self::FirearmsTrafficking => Labels::new(
                "Firearms trafficking",
                "Tráfico de armas de fuego",
                "Tráfico de armas de fogo",
                "Trafic d'armes à feu",
            ),
            Self::DocumentFraud => Labels::new(
                "Document fraud",
                "Fraude documental",
                "Fraude documental",
                "Fraude documentaire",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            Self::HighRiskCriminalNetworks => vec!["high risk criminal networks"],
            Self::CyberAttacks => vec!["cyberattacks"],
            Self::TraffickingInHumanBeings => vec!["THB", "human trafficking"],
            Self::ChildSexualExploitation => vec!["child sexual abuse"],
            Self::MigrantSmuggling => vec!["smuggling of migrants"],
            Self::DrugsTrafficking => vec!["drug trafficking", "narcotráfico"],
            Self::FraudEconomicAndFinancialCrimes => {
                vec!["economic and financial crime", "fraud"]
            }
            Self::OrganisedPropertyCrime => vec!["organized property crime"],
            Self::EnvironmentalCrime => vec!["environmental crimes"],
            Self::FirearmsTrafficking => vec!["firearms", "trafficking of firearms"],
            Self::DocumentFraud => vec!["fraudulent and false documents"],
        }
    }

    /// The priority's official order number in the Council conclusions (1 to 10), or `None` for
    /// the horizontal goal on document fraud.
    pub const fn number(self) -> Option<u8> {
        match self {
            Self::HighRiskCriminalNetworks => Some(1),
            Self::CyberAttacks => Some(2),
            Self::TraffickingInHumanBeings => Some(3),
            Self::ChildSexualExploitation => Some(4),
            Self::MigrantSmuggling => Some(5),
            Self::DrugsTrafficking => Some(6),
            Self::FraudEconomicAndFinancialCrimes => Some(7),
            Self::OrganisedPropertyCrime => Some(8),
            Self::EnvironmentalCrime => Some(9),
            Self::FirearmsTrafficking => Some(10),
            Self::DocumentFraud => None,
        }
    }

    /// Whether this is the horizontal goal (document fraud) rather than a numbered priority.
    pub const fn is_horizontal(self) -> bool {
        self.number().is_none()
    }

    /// The cycle these priorities belong to: EMPACT 2022-2025, set by the Council conclusions
    /// of 26 May 2021.
    pub const fn cycle() -> EmpactCycle {
        CYCLE_2022_2025
    }
}

vocabulary! {
    /// An EU crime priority of the EMPACT 2026-2029 cycle, set by the Council (Justice and Home Affairs) conclusions approved on 13 June 2025: seven priorities.
    ///
    /// Variants follow the Council's order; [`number`](EmpactPriority2026::number) gives the
    /// official order number. The English label of each priority is its title as the Council
    /// press release words it; the Spanish, Portuguese and French labels are this crate's
    /// translations. The cycle is the "next EMPACT cycle (2026-2029)" of the declaration's
    /// Annex 1.viii.
    ///
    /// ```
    /// use eu_clasi::{EmpactPriority2026, Lang, Vocabulary};
    ///
    /// assert_eq!(EmpactPriority2026::all().len(), 7);
    /// assert_eq!(EmpactPriority2026::DrugTrafficking.number(), 3);
    /// assert_eq!(EmpactPriority2026::DrugTrafficking.label(Lang::En), "Fighting drug trafficking");
    /// assert!(EmpactPriority2026::DrugTrafficking.labels().is_translation(Lang::Es));
    /// ```
    #[vocabulary(kind = "empact_priority_2026", case = "snake_case", labels = EmpactPriority2026::labels_of, aliases = EmpactPriority2026::aliases_of)]
    pub enum EmpactPriority2026 {
        /// Priority 1: "Identifying and disrupting the most threatening criminal networks and individuals".
        MostThreateningCriminalNetworks,
        /// Priority 2: "Tackling the fastest growing crimes in the online sphere: cyber-attacks, online child sexual exploitation and online fraud schemes".
        OnlineCrime,
        /// Priority 3: "Fighting drug trafficking"; according to eucrim, by focusing on the production, trafficking and distribution of cannabis, cocaine, heroin, synthetic drugs and new psychoactive substances.
        DrugTrafficking,
        /// Priority 4: "Tackling migrant smuggling and trafficking in human beings".
        MigrantSmugglingAndTraffickingInHumanBeings,
        /// Priority 5: "Targeting firearms and explosives crime".
        FirearmsAndExplosivesCrime,
        /// Priority 6: "Disrupting networks involved in environmental crimes".
        EnvironmentalCrime,
        /// Priority 7: "Fighting economic and financial crimes such as VAT fraud and intellectual property crime".
        EconomicAndFinancialCrime,
    }
}

impl EmpactPriority2026 {
    const fn labels_of(self) -> Labels {
        match self {
            Self::MostThreateningCriminalNetworks => Labels::new(
                "Identifying and disrupting the most threatening criminal networks and individuals",
                "Identificar y desarticular las redes delictivas y las personas más peligrosas",
                "Identificar e desmantelar as redes criminosas e os indivíduos mais ameaçadores",
                "Identifier et démanteler les réseaux criminels et les individus les plus menaçants",
            ),
            Self::OnlineCrime => Labels::new(
                "Tackling the fastest growing crimes in the online sphere: cyber-attacks, online child sexual exploitation and online fraud schemes",
                "Combatir los delitos de más rápido crecimiento en el ámbito en línea: ciberataques, explotación sexual infantil en línea y estafas en línea",
                "Combater os crimes de crescimento mais rápido no meio em linha: ciberataques, exploração sexual de crianças em linha e esquemas de fraude em linha",
                "Lutter contre les formes de criminalité en ligne qui progressent le plus vite : cyberattaques, exploitation sexuelle des enfants en ligne et escroqueries en ligne",
            ),
            Self::DrugTrafficking => Labels::new(
                "Fighting drug trafficking",
                "Luchar contra el tráfico de drogas",
                "Combater o tráfico de droga",
                "Lutter contre le trafic de drogue",
            ),
            Self::MigrantSmugglingAndTraffickingInHumanBeings => Labels::new(
                "Tackling migrant smuggling and trafficking in human beings",
                "Combatir el tráfico ilícito de migrantes y la trata de personas",
                "Combater o tráfico de migrantes e o tráfico de seres humanos",
                "Lutter contre le trafic de migrants et la traite des êtres humains",
            ),
            Self::FirearmsAndExplosivesCrime => Labels::new(
                "Targeting firearms and explosives crime",
                "Combatir los delitos relacionados con armas de fuego y explosivos",
                "Visar a criminalidade ligada a armas de fogo e explosivos",
                "Cibler la criminalité liée aux armes à feu et aux explosifs",
            ),
            Self::EnvironmentalCrime => Labels::new(
                "Disrupting networks involved in environmental crimes",
                "Desarticular las redes implicadas en delitos ambientales",
                "Desmantelar as redes envolvidas em crimes ambientais",
                "Démanteler les réseaux impliqués dans la criminalité environnementale",
            ),
            Self::EconomicAndFinancialCrime => Labels::new(
                "Fighting economic and financial crimes such as VAT fraud and intellectual property crime",
                "Luchar contra los delitos económicos y financieros, como el fraude del IVA y los delitos contra la propiedad intelectual",
                "Combater os crimes económicos e financeiros, como a fraude ao IVA e a criminalidade contra a propriedade intelectual",
                "Lutter contre la criminalité économique et financière, comme la fraude à la TVA et les atteintes à la propriété intellectuelle",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            Self::MostThreateningCriminalNetworks => vec![
                "most threatening criminal networks",
                "high-risk criminal networks",
            ],
            Self::OnlineCrime => vec!["online crime", "cyber-attacks", "online fraud schemes"],
            Self::DrugTrafficking => vec!["drug trafficking", "tráfico de drogas", "narcotráfico"],
            Self::MigrantSmugglingAndTraffickingInHumanBeings => vec![
                "migrant smuggling and trafficking in human beings",
                "migrant smuggling",
                "trafficking in human beings",
                "THB",
                "trata de personas",
            ],
            Self::FirearmsAndExplosivesCrime => {
                vec![
                    "firearms and explosives crime",
                    "firearms trafficking",
                    "firearms",
                ]
            }
            Self::EnvironmentalCrime => vec!["environmental crime", "environmental crimes"],
            Self::EconomicAndFinancialCrime => vec!["economic and financial crimes", "VAT fraud"],
        }
    }

    /// The priority's official order number in the Council conclusions, 1 to 7. Every priority
    /// of this cycle has one (the cycle has no separate horizontal goal in the sources held).
    pub const fn number(self) -> u8 {
        match self {
            Self::MostThreateningCriminalNetworks => 1,
            Self::OnlineCrime => 2,
            Self::DrugTrafficking => 3,
            Self::MigrantSmugglingAndTraffickingInHumanBeings => 4,
            Self::FirearmsAndExplosivesCrime => 5,
            Self::EnvironmentalCrime => 6,
            Self::EconomicAndFinancialCrime => 7,
        }
    }

    /// The cycle these priorities belong to: EMPACT 2026-2029, set by the Council conclusions
    /// of 13 June 2025.
    pub const fn cycle() -> EmpactCycle {
        CYCLE_2026_2029
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
