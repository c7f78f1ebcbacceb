//! The crime areas the declaration names, with their ICCS codes, EMPACT priorities and
//! FollowTheMoney topic.

use crate::{Fact, Labels, Provenance, TRANSLATED_ES_PT_FR};

use super::empact::{EmpactPriority2022, EmpactPriority2026};
use super::empact::{EmpactPriority2022 as E22, EmpactPriority2026 as E26};
use super::vocabulary;

vocabulary! {
    /// A crime area named in the EU-CLASI Joint Declaration: the thirteen priority crime areas of para 30 and Annex 1.vi, and the financing of terrorism of Annex 4.ii.
    ///
    /// Thirteen terms are the declaration's priority crime areas: para 30 commits to "combat drug
    /// trafficking and disrupt high-risk criminal networks" and to pursue "other key priority
    /// crime areas", and Annex 1.vi lists the crimes priority investigations target. The
    /// fourteenth, [`CrimeArea::TerrorismFinancing`], is named only in Annex 4.ii ("the fight
    /// against money laundering and the financing of terrorism"), not among the priorities of
    /// para 30 or Annex 1.vi. It is a term of its own because tagging a terrorism-financing case as
    /// money laundering would be wrong data, and because the UNODC International Classification
    /// of Crime for Statistical Purposes (ICCS) and the FATF standards keep the two offences
    /// apart; but it is not a priority area: [`is_priority`](CrimeArea::is_priority) is `false`
    /// for it alone, and [`priorities`](CrimeArea::priorities) lists the thirteen others.
    ///
    /// Each term carries the declaration's own words for it ([`definition`](CrimeArea::definition)
    /// and every [`wordings`](CrimeArea::wordings)), its UNODC ICCS v1.0 codes
    /// ([`iccs`](CrimeArea::iccs), each marked verified or unverified), the EMPACT priorities it
    /// falls under and its FollowTheMoney topic where one fits. The English labels are the
    /// declaration's wording; the Spanish, Portuguese and French labels are this crate's
    /// translations.
    ///
    /// ```
    /// use eu_clasi::{CrimeArea, Provenance, Vocabulary};
    ///
    /// assert_eq!(CrimeArea::lookup("trata de personas").unwrap(), CrimeArea::TraffickingInHumanBeings);
    /// assert_eq!(CrimeArea::lookup("lavagem de dinheiro").unwrap(), CrimeArea::FinancialCrime);
    /// assert_eq!(CrimeArea::FirearmsTrafficking.definition(), "the design, manufacture and illicit trafficking of firearms");
    ///
    /// let drugs = CrimeArea::DrugTrafficking.iccs();
    /// assert_eq!((drugs[0].code, drugs[0].provenance), ("0601", Provenance::Verified));
    /// assert!(CrimeArea::CriminalUseOfCryptocurrencies.iccs().is_empty());
    ///
    /// assert_eq!(CrimeArea::priorities().len(), 13);
    /// assert!(!CrimeArea::TerrorismFinancing.is_priority());
    /// ```
    #[vocabulary(kind = "crime_area", case = "snake_case", labels = CrimeArea::labels_of, aliases = CrimeArea::aliases_of)]
    pub enum CrimeArea {
        /// Drug trafficking: the production, transport, trafficking and distribution of controlled drugs. The declaration's first priority (para 30, "combat drug trafficking"), named in Annex 1.vi as "the trafficking of drugs".
        DrugTrafficking,
        /// Trafficking in human beings: recruiting, moving or holding people by coercion or deception to exploit them. Named in para 30 and Annex 1.vi as "the trafficking in human beings".
        TraffickingInHumanBeings,
        /// Migrant smuggling: procuring, for a financial or other material benefit, the illegal entry of a person into a State, as distinct from trafficking in human beings. Named "the smuggling of migrants" in para 30 and "migrant smuggling" in Annex 1.vi.
        MigrantSmuggling,
        /// Child sexual abuse and exploitation, online and offline, including child sexual abuse material. Named "child sexual abuse" in para 30 and "child sexual exploitation" in Annex 1.vi.
        ChildSexualAbuse,
        /// Firearms trafficking: "the design, manufacture and illicit trafficking of firearms" (para 30), named "trafficking of firearms" in Annex 1.vi.
        FirearmsTrafficking,
        /// Cybercrime: crimes against computer systems and crimes committed through them. Named "cyber" in para 30 ("cyber, environmental and financial crimes") and "cyber-crime" in Annex 1.vi.
        Cybercrime,
        /// Environmental crime, deforestation included: "environmental crime notably deforestation" (para 14), named again in para 30 and Annex 1.vi.
        EnvironmentalCrime,
        /// Economic and financial crime and money laundering: fraud, counterfeiting, criminal finances and the laundering of the proceeds of crime. Named "financial crimes" in para 30, "financial crime and money laundering" in Annex 1.vi and in the heading of Annex 4.
        FinancialCrime,
        /// Corruption, public and private: named among the priority crime areas in para 30 and Annex 1.vi, and the subject of para 13.
        Corruption,
        /// Organised property crime: organised burglaries, thefts and robberies, vehicle crime and the like. Named in para 30 and, "including trafficking in cultural goods", in Annex 1.vi.
        OrganisedPropertyCrime,
        /// Trafficking in cultural goods: the illicit trade in cultural property. Named in para 30 and, as part of organised property crime, in Annex 1.vi.
        TraffickingInCulturalGoods,
        /// The criminal use of cryptocurrencies, including crypto-assets acquired through crime: named in para 30 ("the criminal use of cryptocurrencies") and para 16 (assets "of crypto nature").
        CriminalUseOfCryptocurrencies,
        /// High-risk criminal networks: the most threatening criminal networks and their key individuals, the declaration's other first priority (para 30, "disrupt high-risk criminal networks"; Annex 1.vi and 1.ix).
        HighRiskCriminalNetworks,
        /// The financing of terrorism, named only in Annex 4.ii alongside money laundering. Not one of the declaration's priority crime areas; see the type's description.
        TerrorismFinancing,
    }
}

/// A code of the UNODC International Classification of Crime for Statistical Purposes
/// (ICCS, version 1.0, March 2015), with its title and how sure the crate is of it.
///
/// Codes are written as UNODC writes them: a 2-digit section, a 4-digit division, a 5-digit
/// group or a 6-digit class, with the leading zero (`"0601"`, `"06012"`).
///
/// ```
/// use eu_clasi::{CrimeArea, Provenance};
///
/// let smuggling = &CrimeArea::MigrantSmuggling.iccs()[1];
/// assert_eq!(smuggling.code, "08051");
/// assert_eq!(smuggling.title, "Smuggling of migrants");
/// assert_eq!(smuggling.provenance, Provenance::Verified);
/// assert_eq!(smuggling.level(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct IccsCode {
    /// The ICCS code, as UNODC writes it.
    pub code: &'static str,
    /// The code's title (see `note` where it is not the exact ICCS title).
    pub title: &'static str,
    /// Whether the code (and its title) was found in a published source.
    pub provenance: Provenance,
    /// What else a user should know: what the code excludes, why it is unverified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

impl IccsCode {
    const fn verified(code: &'static str, title: &'static str) -> Self {
        IccsCode {
            code,
            title,
            provenance: Provenance::Verified,
            note: None,
        }
    }

    const fn unverified(code: &'static str, title: &'static str) -> Self {
        IccsCode {
            code,
            title,
            provenance: Provenance::Unverified,
            note: None,
        }
    }

    const fn with_note(self, note: &'static str) -> Self {
        IccsCode {
            note: Some(note),
            ..self
        }
    }

    /// The code's level in the ICCS hierarchy: 1 for a section (2 digits), 2 for a division
    /// (4 digits), 3 for a group (5 digits), 4 for a class (6 digits); 0 for any other length.
    pub const fn level(&self) -> u8 {
        match self.code.len() {
            2 => 1,
            4 => 2,
            5 => 3,
            6 => 4,
            _ => 0,
        }
    }
}

/// Everything the crate knows about one [`CrimeArea`], in one place.
///
/// The EMPACT mappings are the crate's own, unverified: no source maps the declaration's
/// crime areas to EMPACT priorities.
///
/// ```
/// use eu_clasi::{CrimeArea, EmpactPriority2022};
///
/// let info = CrimeArea::DrugTrafficking.info();
/// assert_eq!(info.definition, "drug trafficking");
/// assert!(info.wordings.contains(&"the trafficking of drugs"));
/// assert_eq!(info.empact_2022_2025, &[EmpactPriority2022::DrugsTrafficking]);
/// assert_eq!(info.ftm_topic.map(|t| t.value), Some("crime.traffick.drug"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct CrimeAreaInfo {
    /// The declaration's own words naming the area, verbatim.
    pub definition: &'static str,
    /// Every phrase by which the declaration names the area, verbatim.
    pub wordings: &'static [&'static str],
    /// The area's UNODC ICCS v1.0 codes, broadest first; empty where ICCS has none.
    pub iccs: &'static [IccsCode],
    /// The EMPACT 2022-2025 priorities the area falls under (the crate's own mapping).
    pub empact_2022_2025: &'static [EmpactPriority2022],
    /// The EMPACT 2026-2029 priorities the area falls under (the crate's own mapping).
    pub empact_2026_2029: &'static [EmpactPriority2026],
    /// The FollowTheMoney `topics` value that fits the area, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ftm_topic: Option<Fact<&'static str>>,
}

/// Where the FollowTheMoney topics were looked up.
const FTM_SOURCE: &str = "FollowTheMoney topic vocabulary, followthemoney/types/topic.py in opensanctions/followthemoney (commit 04d68923976d776b5624897adc1c9b27820f1a23)";

impl CrimeArea {
    const fn labels_of(self) -> Labels {
        match self {
            Self::DrugTrafficking => Labels::new(
                "drug trafficking",
                "tráfico de drogas",
                "tráfico de drogas",
                "trafic de drogue",
            ),
            Self::TraffickingInHumanBeings => Labels::new(
                "trafficking in human beings",
                "trata de personas",
                "tráfico de seres humanos",
                "traite des êtres humains",
            ),
            Self::MigrantSmuggling => Labels::new(
                "migrant smuggling",
                "tráfico ilícito de migrantes",
                "tráfico de migrantes",
                "trafic de migrants",
            ),
            Self::ChildSexualAbuse => Labels::new(
                "child sexual abuse and exploitation",
                "abuso y explotación sexual infantil",
                "abuso e exploração sexual de crianças",
                "abus sexuels et exploitation sexuelle des enfants",
            ),
            Self::FirearmsTrafficking => Labels::new(
                "trafficking of firearms",
                "tráfico de armas de fuego",
                "tráfico de armas de fogo",
                "trafic d'armes à feu",
            ),
            Self::Cybercrime => Labels::new(
                "cyber-crime",
                "ciberdelincuencia",
                "cibercriminalidade",
                "cybercriminalité",
            ),
            Self::EnvironmentalCrime => Labels::new(
                "environmental crime",
                "delitos ambientales",
                "crimes ambientais",
                "criminalité environnementale",
            ),
            Self::FinancialCrime => Labels::new(
                "financial crime and money laundering",
                "delincuencia financiera y lavado de activos",
                "crimes financeiros e lavagem de dinheiro",
                "criminalité financière et blanchiment de capitaux",
            ),
            Self::Corruption => Labels::new("corruption", "corrupción", "corrupção", "corruption"),
            Self::OrganisedPropertyCrime => Labels::new(
                "organised property crime",
                "delincuencia organizada contra la propiedad",
                "criminalidade organizada contra o património",
                "criminalité organisée contre les biens",
            ),
            Self::TraffickingInCulturalGoods => Labels::new(
                "trafficking in cultural goods",
                "tráfico de bienes culturales",
                "tráfico de bens culturais",
                "trafic de biens culturels",
            ),
            Self::CriminalUseOfCryptocurrencies => Labels::new(
                "criminal use of cryptocurrencies",
                "uso delictivo de criptomonedas",
                "uso criminoso de criptomoedas",
                "utilisation criminelle des cryptomonnaies",
            ),
            Self::HighRiskCriminalNetworks => Labels::new(
                "high-risk criminal networks",
                "redes delictivas de alto riesgo",
                "redes criminosas de alto risco",
                "réseaux criminels à haut risque",
            ),
            Self::TerrorismFinancing => Labels::new(
                "financing of terrorism",
                "financiamiento del terrorismo",
                "financiamento do terrorismo",
                "financement du terrorisme",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    /// Every wording of the declaration, then the common names in English, Spanish,
    /// Portuguese and French and the EMPACT-style names.
    fn aliases_of(self) -> Vec<&'static str> {
        let others: &[&str] = match self {
            Self::DrugTrafficking => &[
                "drugs trafficking",
                "narcotics trafficking",
                "illicit drug trafficking",
                "narcotráfico",
                "tráfico ilícito de drogas",
                "tráfico de estupefacientes",
                "tráfico de droga",
                "trafic de stupéfiants",
                "trafic de drogues",
                "narcotrafic",
            ],
            Self::TraffickingInHumanBeings => &[
                "human trafficking",
                "trafficking in persons",
                "THB",
                "trata de seres humanos",
                // Latin American Spanish uses "tráfico de personas" both for trafficking in
                // human beings and for migrant smuggling, so it is an alias of both and a
                // lookup of it is ambiguous rather than a guess.
                "tráfico de personas",
                "tráfico de pessoas",
                "trafic d'êtres humains",
            ],
            Self::MigrantSmuggling => &[
                "smuggling of migrants",
                "people smuggling",
                // Also an alias of trafficking in human beings: see there.
                "tráfico de personas",
                "tráfico de migrantes",
                "contrabando de migrantes",
                "introdução clandestina de migrantes",
                "passage clandestin de migrants",
            ],
            Self::ChildSexualAbuse => &[
                "child sexual abuse material",
                "abuso sexual infantil",
                "explotación sexual infantil",
                "abuso sexual de crianças",
                "exploração sexual de crianças",
                "abus sexuels sur enfants",
                "exploitation sexuelle des enfants",
            ],
            Self::FirearmsTrafficking => &[
                "firearms trafficking",
                "illicit trafficking of firearms",
                "arms trafficking",
                "weapons trafficking",
                "tráfico de armas",
                "tráfico ilícito de armas de fuego",
                "trafic d'armes",
            ],
            Self::Cybercrime => &[
                "cyber-attacks",
                "cyberattacks",
                "ciberdelito",
                "cibercrimen",
                "cibercrime",
            ],
            Self::EnvironmentalCrime => &[
                "environmental crimes",
                "delincuencia medioambiental",
                "delitos contra el medio ambiente",
                "crimen ambiental",
                "crime ambiental",
                "criminalidade ambiental",
                "atteintes à l'environnement",
                "deforestación",
                "desmatamento",
                "desflorestação",
                "déforestation",
            ],
            Self::FinancialCrime => &[
                "economic and financial crime",
                "economic and financial crime and money laundering",
                "fraud, economic and financial crimes",
                "fraud",
                "lavado de activos",
                "lavado de dinero",
                "blanqueo de capitales",
                "delitos financieros",
                "lavagem de dinheiro",
                "branqueamento de capitais",
                "crimes financeiros",
                "blanchiment de capitaux",
                "blanchiment d'argent",
                "criminalité financière",
            ],
            Self::Corruption => &["anti-corruption"],
            Self::OrganisedPropertyCrime => &[
                "organized property crime",
                "property crime",
                "delitos contra la propiedad",
                "crimes contra o património",
                "crimes contra o patrimônio",
                "criminalité contre les biens",
            ],
            Self::TraffickingInCulturalGoods => &[
                "illicit trafficking in cultural property",
                "illegal trade in cultural goods",
                "tráfico ilícito de bienes culturales",
                "tráfico ilícito de bens culturais",
                "trafic illicite de biens culturels",
            ],
            Self::CriminalUseOfCryptocurrencies => &[
                "cryptocurrency",
                "crypto-assets",
                "criptomonedas",
                "criptoactivos",
                "criptomoedas",
                "criptoativos",
                "cryptomonnaies",
                "crypto-actifs",
            ],
            Self::HighRiskCriminalNetworks => &[
                "high risk criminal networks",
                "redes criminales de alto riesgo",
                "réseaux criminels les plus menaçants",
            ],
            Self::TerrorismFinancing => &[
                "terrorist financing",
                "terrorism financing",
                "financing terrorism",
                "financiación del terrorismo",
                "financiamento ao terrorismo",
            ],
        };
        self.wordings().iter().chain(others).copied().collect()
    }

    /// Everything the crate knows about the area: its wording in the declaration, its ICCS
    /// codes, EMPACT priorities and FollowTheMoney topic.
    pub const fn info(self) -> CrimeAreaInfo {
        match self {
            Self::DrugTrafficking => DRUG_TRAFFICKING,
            Self::TraffickingInHumanBeings => TRAFFICKING_IN_HUMAN_BEINGS,
            Self::MigrantSmuggling => MIGRANT_SMUGGLING,
            Self::ChildSexualAbuse => CHILD_SEXUAL_ABUSE,
            Self::FirearmsTrafficking => FIREARMS_TRAFFICKING,
            Self::Cybercrime => CYBERCRIME,
            Self::EnvironmentalCrime => ENVIRONMENTAL_CRIME,
            Self::FinancialCrime => FINANCIAL_CRIME,
            Self::Corruption => CORRUPTION,
            Self::OrganisedPropertyCrime => ORGANISED_PROPERTY_CRIME,
            Self::TraffickingInCulturalGoods => TRAFFICKING_IN_CULTURAL_GOODS,
            Self::CriminalUseOfCryptocurrencies => CRIMINAL_USE_OF_CRYPTOCURRENCIES,
            Self::HighRiskCriminalNetworks => HIGH_RISK_CRIMINAL_NETWORKS,
            Self::TerrorismFinancing => TERRORISM_FINANCING,
        }
    }

    /// The declaration's own words naming the area, verbatim: the phrase of para 30, of
    /// Annex 1.vi or of the paragraph that names it (`"the design, manufacture and illicit
    /// trafficking of firearms"`, `"environmental crime notably deforestation"`).
    pub const fn definition(self) -> &'static str {
        self.info().definition
    }

    /// Every phrase by which the declaration names the area, each verbatim as it occurs in the
    /// text (case included), for linking the declaration's paragraphs to areas.
    ///
    /// Some are elliptic: para 30's "cyber, environmental and financial crimes" names three
    /// areas at once, so `"cyber"` is a wording of [`CrimeArea::Cybercrime`], `"environmental"`
    /// of [`CrimeArea::EnvironmentalCrime`] and `"financial crimes"` of
    /// [`CrimeArea::FinancialCrime`]. Annex 1.vi's "organised property crime including
    /// trafficking in cultural goods" names both organised property crime and trafficking in
    /// cultural goods, and Annex 4.ii's "money laundering and the financing of terrorism" names
    /// both financial crime and the financing of terrorism.
    pub const fn wordings(self) -> &'static [&'static str] {
        self.info().wordings
    }

    /// The area's UNODC ICCS v1.0 codes, broadest first, each marked verified or unverified.
    ///
    /// Empty for [`CrimeArea::CriminalUseOfCryptocurrencies`]: ICCS classifies the act, not the
    /// means, so it has no cryptocurrency category; classify by the underlying act (money
    /// laundering 07041, fraud 0701, ...) and record the cryptocurrency use as an attribute.
    /// Empty for [`CrimeArea::TerrorismFinancing`]: the crate's sources give only 09061
    /// (participation in a terrorist group) as a related code, which is a different offence, and
    /// no ICCS code for the financing of terrorism was sourced.
    pub const fn iccs(self) -> &'static [IccsCode] {
        self.info().iccs
    }

    /// The EMPACT 2022-2025 priorities the area falls under. This mapping is the crate's own,
    /// unverified: no source maps the declaration's areas to EMPACT priorities. Empty where no
    /// priority covers the area (corruption, the criminal use of cryptocurrencies and the
    /// financing of terrorism are not EMPACT priorities of their own).
    pub const fn empact_2022_2025(self) -> &'static [EmpactPriority2022] {
        self.info().empact_2022_2025
    }

    /// The EMPACT 2026-2029 priorities the area falls under. This mapping is the crate's own,
    /// unverified: no source maps the declaration's areas to EMPACT priorities. Empty where no
    /// priority covers the area (corruption, organised property crime, trafficking in cultural
    /// goods, the criminal use of cryptocurrencies and the financing of terrorism).
    pub const fn empact_2026_2029(self) -> &'static [EmpactPriority2026] {
        self.info().empact_2026_2029
    }

    /// The FollowTheMoney `topics` value that fits the area, where one does, with a note naming
    /// where the topic list was found (`followthemoney/types/topic.py` in
    /// opensanctions/followthemoney). The value exists in that list (verified); the choice of
    /// topic for the area is the crate's.
    ///
    /// `None` where no topic fits more closely than the generic `crime`: migrant smuggling
    /// (FtM has no smuggling topic, and `crime.traffick.human` would conflate it with
    /// trafficking in human beings), child sexual abuse, corruption, the criminal use of
    /// cryptocurrencies and high-risk criminal networks (`crime.boss`, "Criminal leadership",
    /// tags leaders, not networks).
    pub const fn ftm_topic(self) -> Option<Fact<&'static str>> {
        self.info().ftm_topic
    }

    /// Whether the area is one of the declaration's priority crime areas (para 30, Annex 1.vi):
    /// `true` for all but [`CrimeArea::TerrorismFinancing`].
    pub const fn is_priority(self) -> bool {
        !matches!(self, Self::TerrorismFinancing)
    }

    /// The thirteen priority crime areas of the declaration, in the vocabulary's order: every
    /// area but [`CrimeArea::TerrorismFinancing`].
    pub const fn priorities() -> &'static [CrimeArea] {
        &PRIORITIES
    }
}

// The data of each area, one constant per term.

/// [`CrimeArea::DrugTrafficking`].
const DRUG_TRAFFICKING: CrimeAreaInfo = CrimeAreaInfo {
    definition: "drug trafficking",
    wordings: &[
        "drug trafficking",
        "the trafficking of drugs",
        "drug production, transportation, trafficking and distribution",
    ],
    iccs: &[
        IccsCode::verified(
            "0601",
            "Unlawful acts involving controlled drugs or precursors",
        ),
        IccsCode::unverified("06012", TITLE_06012),
        IccsCode::unverified("060121", "Unlawful trafficking of controlled drugs"),
    ],
    empact_2022_2025: &[E22::DrugsTrafficking],
    empact_2026_2029: &[E26::DrugTrafficking],
    ftm_topic: Some(Fact::verified("crime.traffick.drug").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::TraffickingInHumanBeings`].
const TRAFFICKING_IN_HUMAN_BEINGS: CrimeAreaInfo = CrimeAreaInfo {
    definition: "the trafficking in human beings",
    wordings: &[
        "trafficking in human beings",
        "the trafficking in human beings",
    ],
    iccs: &[
        IccsCode::verified("0204", "Trafficking in persons"),
        IccsCode::verified("02041", "Trafficking in persons for sexual exploitation")
            .with_note(TIP_TITLE),
        IccsCode::verified(
            "02042",
            "Trafficking in persons for forced labour or services",
        )
        .with_note(TIP_TITLE),
        IccsCode::verified("02043", "Trafficking in persons for organ removal")
            .with_note(TIP_TITLE_GROUPED),
        IccsCode::verified("02044", "Trafficking in persons for other purposes")
            .with_note(TIP_TITLE_GROUPED),
    ],
    empact_2022_2025: &[E22::TraffickingInHumanBeings],
    empact_2026_2029: &[E26::MigrantSmugglingAndTraffickingInHumanBeings],
    ftm_topic: Some(Fact::verified("crime.traffick.human").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::MigrantSmuggling`].
const MIGRANT_SMUGGLING: CrimeAreaInfo = CrimeAreaInfo {
    definition: "the smuggling of migrants",
    wordings: &[
        "the smuggling of migrants",
        "smuggling of migrants",
        "migrant smuggling",
    ],
    iccs: &[
        IccsCode::unverified("0805", "Acts related to migration")
            .with_note("the parent division of 08051; its title is unverified"),
        IccsCode::verified("08051", "Smuggling of migrants").with_note(NOTE_08051),
    ],
    empact_2022_2025: &[E22::MigrantSmuggling],
    empact_2026_2029: &[E26::MigrantSmugglingAndTraffickingInHumanBeings],
    // FtM has no smuggling topic; crime.traffick.human would tag smuggling as
    // trafficking in human beings, the confusion this vocabulary keeps apart.
    ftm_topic: None,
};

/// [`CrimeArea::ChildSexualAbuse`].
const CHILD_SEXUAL_ABUSE: CrimeAreaInfo = CrimeAreaInfo {
    definition: "child sexual abuse",
    wordings: &["child sexual abuse", "child sexual exploitation"],
    iccs: &[
        IccsCode::verified("0302", "Sexual exploitation"),
        IccsCode::verified("03022", "Sexual exploitation of children"),
        IccsCode::verified("030221", "Child pornography").with_note(NOTE_030221),
    ],
    empact_2022_2025: &[E22::ChildSexualExploitation],
    empact_2026_2029: &[E26::OnlineCrime],
    ftm_topic: None,
};

/// [`CrimeArea::FirearmsTrafficking`].
const FIREARMS_TRAFFICKING: CrimeAreaInfo = CrimeAreaInfo {
    definition: "the design, manufacture and illicit trafficking of firearms",
    wordings: &[
        "the design, manufacture and illicit trafficking of firearms",
        "trafficking of firearms",
    ],
    iccs: &[
        IccsCode::unverified(
            "0901",
            "Acts involving weapons, explosives and other destructive materials",
        )
        .with_note("the parent division of 09012; its title is unverified"),
        IccsCode::verified("09012", "Trafficking of weapons and explosives").with_note(NOTE_09012),
    ],
    empact_2022_2025: &[E22::FirearmsTrafficking],
    empact_2026_2029: &[E26::FirearmsAndExplosivesCrime],
    ftm_topic: Some(Fact::verified("crime.traffick").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::Cybercrime`].
const CYBERCRIME: CrimeAreaInfo = CrimeAreaInfo {
    definition: "cyber-crime",
    wordings: &["cyber-crime", "cyber", "Cybercrime"],
    iccs: &[
        IccsCode::verified("0903", "Acts against computer systems").with_note(NOTE_0903),
        IccsCode::verified("09031", "Unlawful access to a computer system"),
    ],
    empact_2022_2025: &[E22::CyberAttacks],
    empact_2026_2029: &[E26::OnlineCrime],
    ftm_topic: Some(Fact::verified("crime.cyber").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::EnvironmentalCrime`].
const ENVIRONMENTAL_CRIME: CrimeAreaInfo = CrimeAreaInfo {
    definition: "environmental crime notably deforestation",
    wordings: &[
        "environmental crime notably deforestation",
        "environmental crime",
        "environmental",
        "deforestation",
    ],
    iccs: &[
        IccsCode::verified(
            "1001",
            "Acts that cause environmental pollution or degradation",
        ),
        IccsCode::verified("1002", "Acts involving the movement or dumping of waste"),
        IccsCode::unverified("1003", "Trade or possession of protected species")
            .with_note(NOTE_SHORT_LABEL),
        IccsCode::unverified("1004", "Depletion or degradation of natural resources")
            .with_note(NOTE_SHORT_LABEL),
        IccsCode::unverified("10041", "Illegal logging").with_note(NOTE_10041),
    ],
    empact_2022_2025: &[E22::EnvironmentalCrime],
    empact_2026_2029: &[E26::EnvironmentalCrime],
    ftm_topic: Some(Fact::verified("crime.env").with_note(FTM_ENV_NOTE)),
};

/// [`CrimeArea::FinancialCrime`].
const FINANCIAL_CRIME: CrimeAreaInfo = CrimeAreaInfo {
    definition: "financial crime and money laundering",
    wordings: &[
        "financial crime and money laundering",
        "financial crime",
        "financial crimes",
        "money laundering",
        "launder money",
    ],
    iccs: &[
        IccsCode::verified("0701", "Fraud"),
        IccsCode::unverified("0702", "Forgery/counterfeiting").with_note(NOTE_0702),
        IccsCode::verified("0704", "Acts involving the proceeds of crime"),
        IccsCode::verified("07041", "Money laundering"),
    ],
    empact_2022_2025: &[E22::FraudEconomicAndFinancialCrimes],
    empact_2026_2029: &[E26::EconomicAndFinancialCrime, E26::OnlineCrime],
    ftm_topic: Some(Fact::verified("crime.fin").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::Corruption`].
const CORRUPTION: CrimeAreaInfo = CrimeAreaInfo {
    definition: "corruption",
    wordings: &["corruption", "anticorruption"],
    iccs: &[
        IccsCode::verified("0703", "Corruption"),
        IccsCode::verified("07031", "Bribery"),
        IccsCode::unverified("07032", "Embezzlement"),
        IccsCode::unverified("07033", "Abuse of functions"),
        IccsCode::unverified("07034", "Trading in influence"),
        IccsCode::unverified("07035", "Illicit enrichment"),
    ],
    empact_2022_2025: &[],
    empact_2026_2029: &[],
    ftm_topic: None,
};

/// [`CrimeArea::OrganisedPropertyCrime`].
const ORGANISED_PROPERTY_CRIME: CrimeAreaInfo = CrimeAreaInfo {
    definition: "organised property crime",
    wordings: &[
        "organised property crime",
        "organised property crime including trafficking in cultural goods",
    ],
    iccs: &[
        IccsCode::verified("0401", "Robbery"),
        IccsCode::verified("0501", "Burglary"),
        IccsCode::verified("0502", "Theft"),
        IccsCode::verified("05021", "Motor vehicle theft").with_note(NOTE_05021),
    ],
    empact_2022_2025: &[E22::OrganisedPropertyCrime],
    empact_2026_2029: &[],
    ftm_topic: Some(Fact::verified("crime.theft").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::TraffickingInCulturalGoods`].
const TRAFFICKING_IN_CULTURAL_GOODS: CrimeAreaInfo = CrimeAreaInfo {
    definition: "trafficking in cultural goods",
    wordings: &["trafficking in cultural goods"],
    iccs: &[
        IccsCode::unverified("07042", "Illicit trafficking in cultural property")
            .with_note(NOTE_07042),
    ],
    empact_2022_2025: &[E22::OrganisedPropertyCrime],
    empact_2026_2029: &[],
    ftm_topic: Some(Fact::verified("crime.traffick").with_note(FTM_SOURCE)),
};

/// [`CrimeArea::CriminalUseOfCryptocurrencies`].
const CRIMINAL_USE_OF_CRYPTOCURRENCIES: CrimeAreaInfo = CrimeAreaInfo {
    definition: "the criminal use of cryptocurrencies",
    wordings: &[
        "the criminal use of cryptocurrencies",
        "criminal use of cryptocurrencies",
        "cryptocurrencies",
        "crypto nature",
    ],
    iccs: &[],
    empact_2022_2025: &[],
    empact_2026_2029: &[],
    ftm_topic: None,
};

/// [`CrimeArea::HighRiskCriminalNetworks`].
const HIGH_RISK_CRIMINAL_NETWORKS: CrimeAreaInfo = CrimeAreaInfo {
    definition: "high-risk criminal networks",
    wordings: &[
        "high-risk criminal networks",
        "the high-risk criminal networks",
        "the most threatening criminal networks",
        "most threatening criminal networks",
    ],
    iccs: &[
        IccsCode::verified("0905", "Acts related to an organized criminal group"),
        IccsCode::verified("09051", "Participation in an organized criminal group"),
    ],
    empact_2022_2025: &[E22::HighRiskCriminalNetworks],
    empact_2026_2029: &[E26::MostThreateningCriminalNetworks],
    ftm_topic: None,
};

/// [`CrimeArea::TerrorismFinancing`].
const TERRORISM_FINANCING: CrimeAreaInfo = CrimeAreaInfo {
    definition: "the financing of terrorism",
    wordings: &["the financing of terrorism", "financing of terrorism"],
    iccs: &[],
    empact_2022_2025: &[],
    empact_2026_2029: &[],
    ftm_topic: Some(Fact::verified("crime.terror").with_note(FTM_TERROR_NOTE)),
};

/// The thirteen priority areas (checked against `is_priority` in the tests).
const PRIORITIES: [CrimeArea; 13] = [
    CrimeArea::DrugTrafficking,
    CrimeArea::TraffickingInHumanBeings,
    CrimeArea::MigrantSmuggling,
    CrimeArea::ChildSexualAbuse,
    CrimeArea::FirearmsTrafficking,
    CrimeArea::Cybercrime,
    CrimeArea::EnvironmentalCrime,
    CrimeArea::FinancialCrime,
    CrimeArea::Corruption,
    CrimeArea::OrganisedPropertyCrime,
    CrimeArea::TraffickingInCulturalGoods,
    CrimeArea::CriminalUseOfCryptocurrencies,
    CrimeArea::HighRiskCriminalNetworks,
];

/// The title of ICCS group 06012.
const TITLE_06012: &str = "Unlawful trafficking, cultivation or production of controlled drugs or precursors not for personal consumption";

/// What ICCS 08051 excludes.
const NOTE_08051: &str = "excludes trafficking in persons (0204), illegal adoption (020291) and forged travel documents (07023)";

/// How ICCS treats cyber-enabled offences.
const NOTE_0903: &str = "cyber-enabled offences are classified by the underlying act and marked with ICCS's cybercrime-related disaggregation tag; groups 09032 and 09033 exist but their titles are unverified";

/// For environmental divisions known only by their Eurostat short labels.
const NOTE_SHORT_LABEL: &str = "the code exists (Eurostat short labels); this title is a short description, the exact ICCS title is unverified";

/// Why 07042 is a guess.
const NOTE_07042: &str = "no ICCS code for trafficking in cultural goods was confirmed; this is the crate's best guess, under 0704 Acts involving the proceeds of crime";

/// Where the FollowTheMoney topic `crime.env` was found.
const FTM_ENV_NOTE: &str = "FollowTheMoney topic \"Environmental violations\"; present in followthemoney/types/topic.py in opensanctions/followthemoney (commit 04d68923976d776b5624897adc1c9b27820f1a23), absent from older alephdata/followthemoney versions";

/// Why `crime.terror` is the FollowTheMoney topic of the financing of terrorism.
const FTM_TERROR_NOTE: &str = "FollowTheMoney topic \"Terrorism\" (FtM has no terrorism-financing topic; the financing of terrorism is a terrorist offence); followthemoney/types/topic.py in opensanctions/followthemoney (commit 04d68923976d776b5624897adc1c9b27820f1a23)";

/// Why 0702 is unverified.
const NOTE_0702: &str =
    "the division's code and title are unverified; its group 07023 (forged documents) is verified";

/// What ICCS 09012 covers.
const NOTE_09012: &str =
    "covers firearms, their parts, components and ammunition; classes 090121 to 090129";

/// The other classes of 03022.
const NOTE_030221: &str =
    "the other classes of 03022 (grooming and the like) are unverified and not listed";

/// The title of 05021.
const NOTE_05021: &str =
    "title as the crate's reference notes word it, not necessarily the exact ICCS title";

/// Why 10041 is unverified.
const NOTE_10041: &str = "the code for illegal logging (deforestation) under 1004 is unverified";
/// The note on the trafficking-in-persons groups whose titles are composed.
const TIP_TITLE: &str = "title composed from the division's title and the group's purpose, not necessarily the exact ICCS wording";
/// The same, for the groups Eurostat reports together.
const TIP_TITLE_GROUPED: &str = "title composed from the division's title and the group's purpose, not necessarily the exact ICCS wording; Eurostat reports 02043 and 02044 together";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Vocabulary};

    /// The declaration, read only here.
    const SOURCE: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/source/council-6403-25.md"
    ));

    /// The FollowTheMoney topics, as listed in `followthemoney/types/topic.py` (`_TOPICS`) of
    /// opensanctions/followthemoney, commit 04d68923976d776b5624897adc1c9b27820f1a23.
    const FTM_TOPICS: &[&str] = &[
        "crime",
        "crime.fraud",
        "crime.cyber",
        "crime.fin",
        "crime.env",
        "crime.theft",
        "crime.war",
        "crime.boss",
        "crime.terror",
        "crime.traffick",
        "crime.traffick.drug",
        "crime.traffick.human",
        "forced.labor",
        "asset.frozen",
        "wanted",
        "corp.offshore",
        "corp.shell",
        "corp.public",
        "corp.disqual",
        "gov",
        "gov.national",
        "gov.state",
        "gov.muni",
        "gov.soe",
        "gov.igo",
        "gov.head",
        "gov.admin",
        "gov.executive",
        "gov.legislative",
        "gov.judicial",
        "gov.security",
        "gov.financial",
        "gov.religion",
        "fin",
        "fin.bank",
        "fin.fund",
        "fin.adivsor",
        "mare.detained",
        "mare.shadow",
        "mare.sts",
        "reg.action",
        "reg.warn",
        "role.pep",
        "role.pep.frmr",
        "role.pep.intl",
        "role.pep.natl",
        "role.pol",
        "role.rca",
        "role.judge",
        "role.civil",
        "role.diplo",
        "role.lawyer",
        "role.acct",
        "role.spy",
        "role.oligarch",
        "role.journo",
        "role.act",
        "role.lobby",
        "pol.party",
        "pol.union",
        "rel",
        "mil",
        "sanction",
        "sanction.linked",
        "sanction.control",
        "sanction.counter",
        "export.control",
        "export.control.linked",
        "export.risk",
        "invest.risk",
        "invest.ban",
        "debarment",
        "poi",
    ];

    /// The text with every run of white space folded to one space.
    fn normalised(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn fourteen_areas_thirteen_priorities() {
        assert_eq!(CrimeArea::all().len(), 14);
        assert_eq!(CrimeArea::priorities().len(), 13);
        let by_flag: Vec<CrimeArea> = CrimeArea::all()
            .iter()
            .copied()
            .filter(|a| a.is_priority())
            .collect();
        assert_eq!(CrimeArea::priorities(), by_flag.as_slice());
        assert!(!CrimeArea::TerrorismFinancing.is_priority());
        assert!(!CrimeArea::priorities().contains(&CrimeArea::TerrorismFinancing));
    }

    #[test]
    fn order_and_codes() {
        let codes = CrimeArea::codes();
        assert_eq!(
            codes,
            [
                "drug_trafficking",
                "trafficking_in_human_beings",
                "migrant_smuggling",
                "child_sexual_abuse",
                "firearms_trafficking",
                "cybercrime",
                "environmental_crime",
                "financial_crime",
                "corruption",
                "organised_property_crime",
                "trafficking_in_cultural_goods",
                "criminal_use_of_cryptocurrencies",
                "high_risk_criminal_networks",
                "terrorism_financing",
            ]
        );
    }

    #[test]
    fn every_wording_and_definition_occurs_verbatim_in_the_declaration() {
        let text = normalised(SOURCE);
        for area in CrimeArea::all() {
            assert!(!area.wordings().is_empty(), "{area}: no wording");
            for wording in area.wordings() {
                assert!(
                    text.contains(wording),
                    "{area}: {wording:?} is not in the declaration"
                );
            }
            let definition = area.definition();
            assert!(text.contains(definition), "{area}: {definition:?}");
            assert!(
                area.wordings().contains(&definition),
                "{area}: the definition is not among the wordings"
            );
        }
    }

    #[test]
    fn specific_wordings() {
        assert!(
            CrimeArea::DrugTrafficking
                .wordings()
                .contains(&"the trafficking of drugs")
        );
        assert!(CrimeArea::Cybercrime.wordings().contains(&"cyber"));
        assert!(CrimeArea::Cybercrime.wordings().contains(&"cyber-crime"));
        assert_eq!(
            CrimeArea::EnvironmentalCrime.definition(),
            "environmental crime notably deforestation"
        );
        assert_eq!(
            CrimeArea::FirearmsTrafficking.definition(),
            "the design, manufacture and illicit trafficking of firearms"
        );
        assert_eq!(
            CrimeArea::TerrorismFinancing.definition(),
            "the financing of terrorism"
        );
    }

    #[test]
    fn iccs_codes() {
        let drugs = CrimeArea::DrugTrafficking.iccs();
        let find = |code: &str| drugs.iter().find(|c| c.code == code).unwrap();
        assert_eq!(find("0601").provenance, Provenance::Verified);
        assert_eq!(
            find("0601").title,
            "Unlawful acts involving controlled drugs or precursors"
        );
        assert_eq!(find("06012").provenance, Provenance::Unverified);
        assert_eq!(find("060121").provenance, Provenance::Unverified);

        assert!(CrimeArea::CriminalUseOfCryptocurrencies.iccs().is_empty());
        // No financing-of-terrorism code is sourced: none is invented, and 09061
        // (participation in a terrorist group) is a different offence.
        assert!(CrimeArea::TerrorismFinancing.iccs().is_empty());

        let laundering = CrimeArea::FinancialCrime.iccs();
        assert!(
            laundering
                .iter()
                .any(|c| c.code == "07041" && c.provenance == Provenance::Verified)
        );
        let smuggling = CrimeArea::MigrantSmuggling.iccs();
        assert!(
            smuggling
                .iter()
                .any(|c| c.code == "08051" && c.provenance == Provenance::Verified)
        );
        let cultural = CrimeArea::TraffickingInCulturalGoods.iccs();
        assert_eq!(cultural.len(), 1);
        assert_eq!(cultural[0].provenance, Provenance::Unverified);
        let env = CrimeArea::EnvironmentalCrime.iccs();
        assert!(
            env.iter()
                .any(|c| c.code == "10041" && c.provenance == Provenance::Unverified)
        );
    }

    #[test]
    fn iccs_codes_are_well_formed_and_broadest_first() {
        for area in CrimeArea::all() {
            for code in area.iccs() {
                assert!(code.level() >= 1, "{area}: {}", code.code);
                assert!(
                    code.code.bytes().all(|b| b.is_ascii_digit()),
                    "{}",
                    code.code
                );
                // Every code belongs to one of the 11 ICCS sections.
                let section: u8 = code.code[..2].parse().unwrap();
                assert!((1..=11).contains(&section), "{}", code.code);
            }
            // Broadest first within a division: a code never comes after one of its own
            // subdivisions.
            let codes = area.iccs();
            for (i, later) in codes.iter().enumerate() {
                for earlier in &codes[..i] {
                    assert!(
                        !earlier.code.starts_with(later.code),
                        "{area}: {} listed after {}",
                        later.code,
                        earlier.code
                    );
                }
            }
        }
    }

    #[test]
    fn empact_mappings() {
        let old: Vec<EmpactPriority2022> = CrimeArea::all()
            .iter()
            .flat_map(|a| a.empact_2022_2025().iter().copied())
            .collect();
        // Every numbered 2022-2025 priority is reached by some area; the horizontal goal on
        // document fraud is not a crime area of the declaration.
        for p in EmpactPriority2022::all() {
            assert_eq!(old.contains(p), p.number().is_some(), "{p}");
        }
        let new: Vec<EmpactPriority2026> = CrimeArea::all()
            .iter()
            .flat_map(|a| a.empact_2026_2029().iter().copied())
            .collect();
        for p in EmpactPriority2026::all() {
            assert!(new.contains(p), "{p}");
        }
        assert_eq!(
            CrimeArea::DrugTrafficking.empact_2022_2025(),
            [EmpactPriority2022::DrugsTrafficking]
        );
        assert!(CrimeArea::TerrorismFinancing.empact_2022_2025().is_empty());
        assert!(CrimeArea::TerrorismFinancing.empact_2026_2029().is_empty());
    }

    #[test]
    fn ftm_topics_exist_in_followthemoney() {
        for area in CrimeArea::all() {
            if let Some(topic) = area.ftm_topic() {
                assert!(FTM_TOPICS.contains(&topic.value), "{area}: {}", topic.value);
                assert_eq!(topic.provenance, Provenance::Verified, "{area}");
                assert!(
                    topic.note.is_some_and(|n| n.contains("topic.py")),
                    "{area}: note does not say where the topic was found"
                );
            }
        }
        assert_eq!(
            CrimeArea::DrugTrafficking.ftm_topic().map(|t| t.value),
            Some("crime.traffick.drug")
        );
        assert_eq!(
            CrimeArea::TraffickingInHumanBeings
                .ftm_topic()
                .map(|t| t.value),
            Some("crime.traffick.human")
        );
        assert_eq!(CrimeArea::MigrantSmuggling.ftm_topic(), None);
    }

    #[test]
    fn lookups_in_four_languages() {
        let cases = [
            ("trata de personas", CrimeArea::TraffickingInHumanBeings),
            ("Tráfico de pessoas", CrimeArea::TraffickingInHumanBeings),
            (
                "traite des êtres humains",
                CrimeArea::TraffickingInHumanBeings,
            ),
            ("tráfico de migrantes", CrimeArea::MigrantSmuggling),
            ("trafic de migrants", CrimeArea::MigrantSmuggling),
            ("narcotráfico", CrimeArea::DrugTrafficking),
            ("narcotrafico", CrimeArea::DrugTrafficking),
            ("trafic de drogue", CrimeArea::DrugTrafficking),
            ("the trafficking of drugs", CrimeArea::DrugTrafficking),
            ("lavado de activos", CrimeArea::FinancialCrime),
            ("blanqueo de capitales", CrimeArea::FinancialCrime),
            ("lavagem de dinheiro", CrimeArea::FinancialCrime),
            ("blanchiment de capitaux", CrimeArea::FinancialCrime),
            ("money laundering", CrimeArea::FinancialCrime),
            ("tráfico de armas de fuego", CrimeArea::FirearmsTrafficking),
            ("trafic d'armes à feu", CrimeArea::FirearmsTrafficking),
            ("ciberdelincuencia", CrimeArea::Cybercrime),
            ("cybercriminalité", CrimeArea::Cybercrime),
            ("cybercrime", CrimeArea::Cybercrime),
            ("Cyber-crime", CrimeArea::Cybercrime),
            ("delitos ambientales", CrimeArea::EnvironmentalCrime),
            ("crimes ambientais", CrimeArea::EnvironmentalCrime),
            ("deforestation", CrimeArea::EnvironmentalCrime),
            ("corrupção", CrimeArea::Corruption),
            (
                "trafic de biens culturels",
                CrimeArea::TraffickingInCulturalGoods,
            ),
            ("criptomoedas", CrimeArea::CriminalUseOfCryptocurrencies),
            (
                "High risk criminal networks",
                CrimeArea::HighRiskCriminalNetworks,
            ),
            ("financement du terrorisme", CrimeArea::TerrorismFinancing),
            (
                "financiamiento del terrorismo",
                CrimeArea::TerrorismFinancing,
            ),
            ("terrorist financing", CrimeArea::TerrorismFinancing),
        ];
        for (text, area) in cases {
            assert_eq!(CrimeArea::lookup(text), Ok(area), "{text:?}");
        }
        // Bare "trafficking" names several areas: it is no alias of any.
        assert!(CrimeArea::lookup("trafficking").is_err());
    }

    /// The names shared by two areas on purpose, each with the areas it names.
    const SHARED: &[(&str, [&str; 2])] = &[(
        "tráfico de personas",
        ["trafficking_in_human_beings", "migrant_smuggling"],
    )];

    #[test]
    fn every_name_finds_its_own_area() {
        for &area in CrimeArea::all() {
            let labels = area.labels();
            for name in labels.iter().map(|(_, t)| t).chain(area.aliases()) {
                match SHARED.iter().find(|(shared, _)| *shared == name) {
                    Some((_, codes)) => {
                        assert!(codes.contains(&area.code()), "{name:?}");
                        assert!(
                            matches!(
                                CrimeArea::lookup(name),
                                Err(crate::Error::Ambiguous { candidates, .. }) if candidates.len() == 2
                                    && codes.iter().all(|c| candidates.contains(c))
                            ),
                            "{name:?} should be ambiguous"
                        );
                    }
                    None => assert_eq!(CrimeArea::lookup(name), Ok(area), "{name:?}"),
                }
            }
        }
    }

    #[test]
    fn labels() {
        assert_eq!(
            CrimeArea::TraffickingInHumanBeings.label(Lang::Es),
            "trata de personas"
        );
        assert_eq!(CrimeArea::Cybercrime.label(Lang::En), "cyber-crime");
        for area in CrimeArea::all() {
            let labels = area.labels();
            assert!(!labels.is_translation(Lang::En), "{area}");
            for lang in [Lang::Es, Lang::Pt, Lang::Fr] {
                assert!(labels.is_translation(lang), "{area} {lang}");
            }
        }
    }
}
