//! The programmes, frameworks, operational tools, assessments, legal instruments and
//! approaches the declaration names, and their kinds.

use crate::{Fact, Labels, Lang, PartialDate, TRANSLATED_ES_PT_FR};

use super::vocabulary;

vocabulary! {
    /// The kind of an instrument the EU-CLASI Joint Declaration names: a programme, a framework,
    /// an operational tool, an assessment, a legal instrument or an approach.
    ///
    /// The kinds are this crate's classification, not the declaration's own; the declaration does
    /// call EMPACT and APLICAMOS "frameworks" (para 8).
    ///
    /// ```
    /// use eu_clasi::{Instrument, InstrumentKind, Vocabulary};
    ///
    /// assert_eq!(InstrumentKind::OperationalTool.code(), "operational_tool");
    /// assert_eq!(Instrument::JointInvestigationTeam.kind(), InstrumentKind::OperationalTool);
    /// assert_eq!(InstrumentKind::lookup("instrumento jurídico").unwrap(), InstrumentKind::LegalInstrument);
    /// ```
    #[vocabulary(kind = "instrument_kind", case = "snake_case", labels = InstrumentKind::labels_of)]
    pub enum InstrumentKind {
        /// A funded cooperation programme or project, with implementing agencies and phases.
        Programme,
        /// A standing framework or set of arrangements that organises cooperation.
        Framework,
        /// A tool law-enforcement or judicial authorities use in operations and investigations.
        OperationalTool,
        /// A threat assessment or analytical report.
        Assessment,
        /// A treaty, agreement or arrangement that binds or will bind its parties.
        LegalInstrument,
        /// A way of working that the declaration asks the parties to follow.
        Approach,
    }
}

impl InstrumentKind {
    const fn labels_of(self) -> Labels {
        match self {
            InstrumentKind::Programme => {
                Labels::new("programme", "programa", "programa", "programme")
            }
            InstrumentKind::Framework => Labels::new("framework", "marco", "quadro", "cadre"),
            InstrumentKind::OperationalTool => Labels::new(
                "operational tool",
                "herramienta operativa",
                "ferramenta operacional",
                "outil opérationnel",
            ),
            InstrumentKind::Assessment => {
                Labels::new("assessment", "evaluación", "avaliação", "évaluation")
            }
            InstrumentKind::LegalInstrument => Labels::new(
                "legal instrument",
                "instrumento jurídico",
                "instrumento jurídico",
                "instrument juridique",
            ),
            InstrumentKind::Approach => Labels::new("approach", "enfoque", "abordagem", "approche"),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    /// The instruments of this kind, in the vocabulary's order.
    ///
    /// ```
    /// use eu_clasi::{Instrument, InstrumentKind};
    ///
    /// let assessments: Vec<_> = InstrumentKind::Assessment.instruments().collect();
    /// assert_eq!(
    ///     assessments,
    ///     [Instrument::EuSocta, Instrument::Ideal, Instrument::DecodingCriminalNetworks]
    /// );
    /// ```
    pub fn instruments(self) -> impl Iterator<Item = Instrument> {
        <Instrument as crate::Vocabulary>::all()
            .iter()
            .copied()
            .filter(move |i| i.kind() == self)
    }
}

vocabulary! {
    /// A programme, framework, operational tool, assessment, legal instrument or approach that the
    /// EU-CLASI Joint Declaration (Council doc 6403/25) or its Annex names.
    ///
    /// Each instrument carries its kind, acronym, full name in English, Spanish, Portuguese and
    /// French, the exact wording the declaration uses for it, who implements, owns or supports it,
    /// the programme it is a component of, its key dates and the open questions about it, each
    /// sourced fact with its [`Provenance`](crate::Provenance) (see [`Instrument::info`]).
    /// [`lookup`](crate::Vocabulary::lookup) finds an instrument by its acronym, full name in any
    /// of the four languages, the declaration's wording (including plurals such as "OAPs" and
    /// "JITs") and other names in use ("EL PAcCTO 2.0", "Tratado de Brasília", "PAO", "ECI").
    ///
    /// ```
    /// use eu_clasi::{Instrument, InstrumentKind, Provenance, Vocabulary};
    ///
    /// let paccto = Instrument::lookup("EL PAcCTO 2.0").unwrap();
    /// assert_eq!(paccto, Instrument::ElPaccto);
    /// assert_eq!(paccto.code(), "el_paccto");
    /// assert_eq!(paccto.kind(), InstrumentKind::Programme);
    /// assert_eq!(paccto.acronym(), Some("EL PAcCTO"));
    ///
    /// // The declaration writes it in capitals.
    /// assert!(paccto.declaration_name().ends_with("(EL PACCTO)"));
    ///
    /// // Dates are as precise as the source: the second phase was launched in March 2023.
    /// let launch = paccto.dates().iter().find(|d| d.event == "EL PAcCTO 2.0 launched in Panama").unwrap();
    /// assert_eq!(launch.date.value.to_string(), "2023-03");
    /// assert_eq!(launch.date.provenance, Provenance::Declaration);
    ///
    /// assert_eq!(Instrument::Seacop.parent(), Some(Instrument::Gifp));
    /// assert_eq!(Instrument::lookup("JITs").unwrap(), Instrument::JointInvestigationTeam);
    /// ```
    #[vocabulary(kind = "instrument", case = "snake_case", labels = Instrument::labels_of, aliases = Instrument::aliases_of)]
    pub enum Instrument {
        /// COPOLAD, the EU-funded bi-regional cooperation programme between Latin America, the Caribbean and the European Union on drugs policies (para 20).
        Copolad,
        /// EL PAcCTO, the EU-funded cooperation programme with Latin America and the Caribbean against transnational organised crime, with police, justice and penitentiary pillars; its second phase, EL PAcCTO 2.0, was launched in March 2023 in Panama (paras 20 and 21).
        ElPaccto,
        /// EUROFRONT, the EU-funded programme on integrated border management and the fight against trafficking in human beings and smuggling of migrants in Latin America (para 20).
        Eurofront,
        /// GLACY-e (Global Action on Cybercrime Enhanced), the joint European Union and Council of Europe capacity-building project on cybercrime, successor of GLACY and GLACY+ (para 20).
        GlacyE,
        /// SEACOP (Seaport Cooperation Project), the EU-funded project against maritime trafficking, a component project of the Global Illicit Flows Programme (para 20, Annex 1.iv).
        Seacop,
        /// The Global Illicit Flows Programme (GIFP), the European Union's umbrella programme against illicit flows, successor of the Cocaine Route Programme (para 20).
        Gifp,
        /// EMPACT (European Multidisciplinary Platform Against Criminal Threats), the EU's Member-State-driven framework for tackling priority crime areas in multi-year cycles, supported by Europol (paras 8 and 18, Annex 1.viii and 1.ix).
        Empact,
        /// APLICAMOS, the framework the declaration names next to EMPACT (para 8); the expansion of the name was not found in any source.
        Aplicamos,
        /// The Partnership on Justice and Security between the European Union and Latin America and the Caribbean, which EL PAcCTO is an essential instrument to enhance (para 21).
        EuLacJusticeSecurityPartnership,
        /// The EU-CLASI working procedures, agreed before the declaration, which establish an 18-month cycle of meetings at Ministerial, Institutional and Senior Officials' level (para 27).
        EuClasiWorkingProcedures,
        /// An operational action plan (OAP), the planning unit of EMPACT for each priority; the declaration highlights OAPs adopted under the coordination of CLASI following the EMPACT model (para 18, Annex 1.viii).
        OperationalActionPlan,
        /// The operational task force (OTF) concept developed by Europol, used against high-risk criminal networks in the context of EMPACT (Annex 1.ix).
        OperationalTaskForce,
        /// A joint investigation team (JIT), the instrument for cross-border criminal investigations, supported by Eurojust (Annex 1.ix).
        JointInvestigationTeam,
        /// A fusion centre, the existing centres the Annex asks to use to steer inter-agency cooperation and support special investigative units (Annex 1.i).
        FusionCentre,
        /// The EU Serious and Organised Crime Threat Assessment (EU SOCTA), Europol's strategic threat assessment that starts each EMPACT cycle (para 7, Annex 1.v and 1.vi).
        EuSocta,
        /// IDEAL, the Latin American Documentation and Threat Assessment Instrument, a threat assessment modelled on the EU SOCTA and developed with the support of EL PAcCTO (paras 7 and 21, Annex 1.v and 1.vi).
        Ideal,
        /// Europol's report "Decoding the EU's most threatening criminal networks", published on 5 April 2024 (para 7).
        DecodingCriminalNetworks,
        /// The Treaty of Constitution of Ameripol (the Treaty of Brasília), signed on 9 November 2023 in Brasília, which gives Ameripol international legal personality once in force (para 25, Annex 1.x).
        AmeripolTreaty,
        /// The Working Arrangement between Ameripol and Europol whose negotiations the Annex asks to anticipate as much as possible (Annex 1.x).
        EuropolAmeripolWorkingArrangement,
        /// The international agreements enabling the exchange of personal data that CLASI countries are to conclude with Europol and, where applicable, Eurojust (Annex 1.xi).
        PersonalDataAgreements,
        /// The follow-the-money approach: targeting the financial flows and economic infrastructure of organised crime and tracing, freezing and confiscating illegally acquired assets (paras 16 and 30, Annex 4.i).
        FollowTheMoney,
    }
}

/// A dated event in the life of an [`Instrument`]: a launch, the start or end of a phase or
/// cycle, an edition, a signature.
///
/// ```
/// use eu_clasi::{Instrument, Provenance};
///
/// let signed = &Instrument::AmeripolTreaty.dates()[0];
/// assert_eq!(signed.event, "signed in Brasília");
/// assert_eq!(signed.date.value.to_string(), "2023-11-09");
/// assert_eq!(signed.date.provenance, Provenance::Declaration);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct InstrumentDate {
    /// What happened, in English.
    pub event: &'static str,
    /// When, as precise as the source, with where the date comes from.
    pub date: Fact<PartialDate>,
}

impl InstrumentDate {
    const fn new(event: &'static str, date: Fact<PartialDate>) -> Self {
        InstrumentDate { event, date }
    }
}

/// Everything the crate knows about one [`Instrument`], as returned by [`Instrument::info`].
///
/// Fields the crate's sources say nothing about are `None` (or empty); facts that are disputed
/// or unverified say so in their [`Provenance`](crate::Provenance), and the open questions are
/// listed in [`notes`](InstrumentInfo::notes).
///
/// ```
/// use eu_clasi::{Instrument, InstrumentKind, Lang};
///
/// let info = Instrument::OperationalActionPlan.info();
/// assert_eq!(info.kind, InstrumentKind::OperationalTool);
/// assert_eq!(info.acronym, Some("OAP"));
/// assert_eq!(info.name.get(Lang::Es), "Plan de Acción Operativo");
/// assert!(!info.name.is_translation(Lang::Es));
/// assert!(info.name.is_translation(Lang::Pt));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct InstrumentInfo {
    /// What kind of instrument it is.
    pub kind: InstrumentKind,
    /// Its acronym, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<&'static str>,
    /// Its full name in English, Spanish, Portuguese and French (these are also the
    /// vocabulary labels); the Spanish, Portuguese and French names are marked as translations
    /// unless a source gives them.
    pub name: Labels,
    /// The exact wording the declaration uses for it, as it occurs in the text.
    pub declaration_name: &'static str,
    /// The institutions that implement, own or support it, as one plain string, when sourced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implementer: Option<Fact<&'static str>>,
    /// The programme it is a component project of, when it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<Instrument>,
    /// Its key dates, in chronological order.
    #[serde(skip_serializing_if = "<[InstrumentDate]>::is_empty")]
    pub dates: &'static [InstrumentDate],
    /// Other names it is found by in [`lookup`](crate::Vocabulary::lookup), besides its code,
    /// acronym, full names and declaration wording.
    #[serde(skip_serializing_if = "<[&str]>::is_empty")]
    pub aliases: &'static [&'static str],
    /// Further facts and the open questions about it (unverified or disputed points).
    #[serde(skip_serializing_if = "<[Fact<&str>]>::is_empty")]
    pub notes: &'static [Fact<&'static str>],
}

impl Instrument {
    /// Everything the crate knows about the instrument.
    pub const fn info(self) -> InstrumentInfo {
        use InstrumentKind as K;
        use PartialDate as D;
        match self {
            Instrument::Copolad => InstrumentInfo {
                kind: K::Programme,
                acronym: Some("COPOLAD"),
                name: Labels::new(
                    "Cooperation Programme between Latin America, the Caribbean and the European Union on Drugs Policies",
                    "Programa de Cooperación entre América Latina, el Caribe y la Unión Europea en Políticas sobre Drogas",
                    "Programa de Cooperação entre a América Latina, o Caribe e a União Europeia em Políticas sobre Drogas",
                    "Programme de coopération entre l'Amérique latine, les Caraïbes et l'Union européenne en matière de politiques sur les drogues",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Cooperation Programme on Drugs Policies (COPOLAD)",
                implementer: Some(Fact::verified(
                    "FIIAPP (Madrid) with IILA (Rome); partners GIZ and EMCDDA/EUDA",
                )),
                parent: None,
                dates: const {
                    &[
                        InstrumentDate::new("COPOLAD I began", Fact::verified(D::year_only(2011))),
                        InstrumentDate::new("COPOLAD I ended", Fact::verified(D::year_only(2015))),
                        InstrumentDate::new("COPOLAD II began", Fact::verified(D::year_only(2016))),
                        InstrumentDate::new("COPOLAD II ended", Fact::verified(D::year_only(2020))),
                        InstrumentDate::new(
                            "COPOLAD III began",
                            Fact::verified(D::year_month(2021, 2)),
                        ),
                        InstrumentDate::new(
                            "COPOLAD III ended",
                            Fact::verified(D::year_month(2025, 1)),
                        ),
                        InstrumentDate::new(
                            "EMCDDA's contribution ended",
                            Fact::verified(D::year_month(2025, 3)),
                        ),
                    ]
                },
                aliases: &["Cooperation Programme on Drugs Policies", "COPOLAD III"],
                notes: const {
                    &[
                        Fact::verified("COPOLAD III had a budget of EUR 15 million."),
                        Fact::verified(
                            "COPOLAD also supports the EU-CELAC Coordination and Cooperation Mechanism on Drugs.",
                        ),
                        Fact::unverified(
                            "Which phase was current at the declaration (5 March 2025) is unclear: COPOLAD III officially ran to January 2025 and had just ended or been extended; no COPOLAD IV was found.",
                        ),
                    ]
                },
            },
            Instrument::ElPaccto => InstrumentInfo {
                kind: K::Programme,
                acronym: Some("EL PAcCTO"),
                name: Labels::new(
                    "EU Programme with Latin America and the Caribbean against Transnational Organised Crime",
                    "Europa Latinoamérica Programa de Asistencia contra el Crimen Transnacional Organizado",
                    "Programa da UE com a América Latina e o Caribe contra o Crime Organizado Transnacional",
                    "Programme de l'UE avec l'Amérique latine et les Caraïbes contre la criminalité organisée transnationale",
                )
                .translated(&[Lang::Pt, Lang::Fr]),
                declaration_name: "EU Programme with Latin America and the Caribbean against Transnational Organised Crime (EL PACCTO)",
                implementer: Some(
                    Fact::verified("FIIAPP and Expertise France (lead)")
                        .with_note("other partners are not sourced"),
                ),
                parent: None,
                dates: const {
                    &[
                        InstrumentDate::new(
                            "EL PAcCTO (first phase) began",
                            Fact::unverified(D::year_only(2017)),
                        ),
                        InstrumentDate::new(
                            "EL PAcCTO 2.0 launched in Panama",
                            Fact::declaration(D::year_month(2023, 3)),
                        ),
                        InstrumentDate::new(
                            "EL PAcCTO 2.0 implementation began",
                            Fact::verified(D::year_month(2023, 11)),
                        ),
                        InstrumentDate::new(
                            "EL PAcCTO 2.0 ends",
                            Fact::verified(D::year_month(2027, 12)),
                        ),
                    ]
                },
                aliases: &[
                    "EL PAcCTO 2.0",
                    "EL PACCTO Programme",
                ],
                notes: const {
                    &[
                        Fact::verified(
                            "EL PAcCTO has promoted CLASI since 2019 and now supports it through EL PAcCTO 2.0.",
                        ),
                        Fact::declaration(
                            "The declaration recognises its vital support for the EU-CLASI dialogue, the development of IDEAL and the strengthening of Ameripol (para 21).",
                        ),
                    ]
                },
            },
            Instrument::Eurofront => InstrumentInfo {
                kind: K::Programme,
                acronym: Some("EUROFRONT"),
                name: Labels::new(
                    "Programme on integrated border management and the fight against trafficking in human beings and smuggling of migrants",
                    "Programa de gestión integrada de fronteras y lucha contra la trata de personas y el tráfico ilícito de migrantes",
                    "Programa de gestão integrada de fronteiras e luta contra o tráfico de seres humanos e o contrabando de migrantes",
                    "Programme de gestion intégrée des frontières et de lutte contre la traite des êtres humains et le trafic de migrants",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "programme on integrated border management and fight against trafficking in human beings and smuggling of migrants– EUROFRONT",
                implementer: Some(Fact::verified(
                    "FIIAPP (component I, with the Spanish National Police), IOM (component II) and IILA",
                )),
                parent: None,
                dates: const {
                    &[InstrumentDate::new(
                        "launched in Brussels",
                        Fact::verified(D::ymd_unchecked(2020, 3, 3)),
                    )]
                },
                aliases: &["Programa EUROFRONT"],
                notes: const {
                    &[
                        Fact::verified(
                            "Budget EUR 15 million over four years (50 months); seven countries: Argentina, Bolivia, Brazil, Colombia, Ecuador, Paraguay and Peru.",
                        ),
                        Fact::verified(
                            "Four pilot borders: Rumichaca (Colombia-Ecuador), Desaguadero (Peru-Bolivia), the Triple Frontier (Argentina-Brazil-Paraguay) and Aguas Blancas-Bermejo (Argentina-Bolivia).",
                        ),
                        Fact::unverified("The programme's current phase after 2024 was not found."),
                    ]
                },
            },
            Instrument::GlacyE => InstrumentInfo {
                kind: K::Programme,
                acronym: Some("GLACY-e"),
                name: Labels::new(
                    "Global Action on Cybercrime Enhanced",
                    "Acción Global sobre la Ciberdelincuencia Ampliada",
                    "Ação Global sobre o Cibercrime Alargada",
                    "Action globale sur la cybercriminalité élargie",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Global Action against Cybercrime (GLACY-e)",
                implementer: Some(
                    Fact::verified("Council of Europe").with_note(
                        "a joint project of the European Union (NDICI-Global Europe) and the Council of Europe; delivery by the Council of Europe's C-PROC office in Bucharest is unverified",
                    ),
                ),
                parent: None,
                dates: const {
                    &[
                        InstrumentDate::new(
                            "GLACY (predecessor) began",
                            Fact::verified(D::ymd_unchecked(2013, 11, 1)),
                        ),
                        InstrumentDate::new(
                            "GLACY (predecessor) ended",
                            Fact::verified(D::ymd_unchecked(2016, 10, 31)),
                        ),
                        InstrumentDate::new(
                            "GLACY+ (predecessor) began",
                            Fact::verified(D::year_only(2016)),
                        ),
                        InstrumentDate::new(
                            "GLACY+ (predecessor) ended",
                            Fact::verified(D::year_month(2024, 2)),
                        ),
                    ]
                },
                aliases: &["Global Action against Cybercrime"],
                notes: const {
                    &[
                        Fact::verified(
                            "Hub countries: Chile, Dominican Republic, Ghana, Senegal, Sri Lanka, Philippines, Mauritius and Tonga.",
                        ),
                        Fact::declaration(
                            "The declaration calls it the \"Global Action against Cybercrime\"; the project's name is \"Global Action on Cybercrime Enhanced\".",
                        ),
                        Fact::unverified("GLACY-e's own start and end dates were not found."),
                    ]
                },
            },
            Instrument::Seacop => InstrumentInfo {
                kind: K::Programme,
                acronym: Some("SEACOP"),
                name: Labels::new(
                    "Seaport Cooperation Project",
                    "Proyecto de Cooperación Portuaria",
                    "Projeto de Cooperação Portuária",
                    "Projet de coopération portuaire",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Seaport Cooperation Project (SEACOP)",
                implementer: Some(
                    Fact::verified("Expertise France (lead) with FIIAPP")
                        .with_note("Expertise France is sourced as the lead of phase V"),
                ),
                parent: Some(Instrument::Gifp),
                dates: const {
                    &[
                        InstrumentDate::new(
                            "SEACOP began",
                            Fact::verified(D::year_month(2010, 7)),
                        ),
                        InstrumentDate::new(
                            "SEACOP V began (30 months)",
                            Fact::verified(D::ymd_unchecked(2021, 5, 1)),
                        ),
                        InstrumentDate::new(
                            "SEACOP VI began (3 years)",
                            Fact::verified(D::year_month(2024, 1)),
                        ),
                    ]
                },
                aliases: &["Seaport Cooperation Project", "SEACOP VI"],
                notes: const {
                    &[Fact::verified(
                        "Works against maritime trafficking, notably through Joint Maritime Control Units.",
                    )]
                },
            },
            Instrument::Gifp => InstrumentInfo {
                kind: K::Programme,
                acronym: Some("GIFP"),
                name: Labels::new(
                    "Global Illicit Flows Programme",
                    "Programa Global sobre Flujos Ilícitos",
                    "Programa Global sobre Fluxos Ilícitos",
                    "Programme mondial sur les flux illicites",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Global Illicit Flows Programme (GIFP)",
                implementer: Some(
                    Fact::verified("European Commission")
                        .with_note("the European Commission set the programme up in November 2019"),
                ),
                parent: None,
                dates: const {
                    &[InstrumentDate::new(
                        "set up by the European Commission",
                        Fact::verified(D::year_month(2019, 11)),
                    )]
                },
                aliases: &[
                    "Global Illicit Flows Programme",
                    "Global Illicit Flows Programme of the European Union",
                ],
                notes: const {
                    &[Fact::verified(
                        "An EU umbrella programme, successor of the Cocaine Route Programme; SEACOP is one of its component projects.",
                    )]
                },
            },
            Instrument::Empact => InstrumentInfo {
                kind: K::Framework,
                acronym: Some("EMPACT"),
                name: Labels::new(
                    "European Multidisciplinary Platform Against Criminal Threats",
                    "Plataforma Multidisciplinar Europea contra las Amenazas Delictivas",
                    "Plataforma Multidisciplinar Europeia contra Ameaças Criminosas",
                    "Plateforme pluridisciplinaire européenne contre les menaces criminelles",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "European Multidisciplinary Platform Against Criminal Threats (EMPACT)",
                implementer: Some(Fact::verified(
                    "EU Member States (Member-State driven), with the support of Europol",
                )),
                parent: None,
                dates: const {
                    &[
                        InstrumentDate::new("established", Fact::verified(D::year_only(2010))),
                        InstrumentDate::new(
                            "2012-2013 cycle began",
                            Fact::verified(D::year_only(2012)),
                        ),
                        InstrumentDate::new(
                            "2014-2017 cycle began",
                            Fact::verified(D::year_only(2014)),
                        ),
                        InstrumentDate::new(
                            "2018-2021 cycle began",
                            Fact::verified(D::year_only(2018)),
                        ),
                        InstrumentDate::new(
                            "made permanent by Council conclusions",
                            Fact::verified(D::year_month(2021, 3)),
                        ),
                        InstrumentDate::new(
                            "Council conclusions set the 2022-2025 priorities",
                            Fact::verified(D::ymd_unchecked(2021, 5, 26)),
                        ),
                        InstrumentDate::new(
                            "2022-2025 cycle began",
                            Fact::verified(D::year_only(2022)),
                        ),
                        InstrumentDate::new(
                            "2022-2025 cycle ends",
                            Fact::verified(D::year_only(2025)),
                        ),
                        InstrumentDate::new(
                            "Council conclusions set the 2026-2029 priorities",
                            Fact::verified(D::ymd_unchecked(2025, 6, 13)),
                        ),
                        InstrumentDate::new(
                            "2026-2029 cycle begins",
                            Fact::declaration(D::year_only(2026)),
                        ),
                        InstrumentDate::new(
                            "2026-2029 cycle ends",
                            Fact::declaration(D::year_only(2029)),
                        ),
                    ]
                },
                aliases: &["EMPACT cycle", "EMPACT model"],
                notes: const {
                    &[Fact::declaration(
                        "The Annex promotes the participation of Latin American and Caribbean authorities in the next EMPACT cycle (2026-2029) and its operational action plans (Annex 1.viii).",
                    )]
                },
            },
            Instrument::Aplicamos => InstrumentInfo {
                kind: K::Framework,
                acronym: Some("APLICAMOS"),
                name: Labels::new("APLICAMOS", "APLICAMOS", "APLICAMOS", "APLICAMOS"),
                declaration_name: "APLICAMOS",
                implementer: Some(Fact::unverified("CLASI").with_note(
                    "the crate's inference: APLICAMOS is probably CLASI's Latin American counterpart to EMPACT; no source found",
                )),
                parent: None,
                dates: const {
                    &[InstrumentDate::new(
                        "CLASI operational action plans (PAOs) on firearms, drugs and trafficking and smuggling of persons started",
                        Fact::unverified(D::year_month(2025, 3)).with_note(
                            "the start of CLASI's PAOs in March 2025 is sourced; that they belong to APLICAMOS is an inference",
                        ),
                    )]
                },
                aliases: &[],
                notes: const {
                    &[
                        Fact::declaration(
                            "The declaration calls APLICAMOS a framework, next to EMPACT (para 8).",
                        ),
                        Fact::unverified(
                            "The expansion of the acronym APLICAMOS was not found in any source; the name is given as the declaration writes it.",
                        ),
                    ]
                },
            },
            Instrument::EuLacJusticeSecurityPartnership => InstrumentInfo {
                kind: K::Framework,
                acronym: None,
                name: Labels::new(
                    "Partnership on Justice and Security between the European Union and Latin America and the Caribbean",
                    "Asociación en materia de Justicia y Seguridad entre la Unión Europea y América Latina y el Caribe",
                    "Parceria em matéria de Justiça e Segurança entre a União Europeia e a América Latina e as Caraíbas",
                    "Partenariat en matière de justice et de sécurité entre l'Union européenne et l'Amérique latine et les Caraïbes",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Partnership on Justice and Security between the European Union and Latin America and the Caribbean",
                implementer: None,
                parent: None,
                dates: &[],
                aliases: &["Partnership on Justice and Security"],
                notes: const {
                    &[
                        Fact::declaration(
                            "The declaration calls EL PAcCTO an essential instrument to enhance this partnership (para 21).",
                        ),
                        Fact::unverified(
                            "The crate's sources say nothing about the partnership beyond the declaration's mention: its owner and dates are unknown.",
                        ),
                    ]
                },
            },
            Instrument::EuClasiWorkingProcedures => InstrumentInfo {
                kind: K::Framework,
                acronym: None,
                name: Labels::new(
                    "EU-CLASI working procedures",
                    "procedimientos de trabajo UE-CLASI",
                    "procedimentos de trabalho UE-CLASI",
                    "procédures de travail UE-CLASI",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "EU-CLASI working procedures",
                implementer: None,
                parent: None,
                dates: &[],
                aliases: &[],
                notes: const {
                    &[
                        Fact::declaration(
                            "The agreement on the working procedures establishes an 18-month cycle of meetings at Ministerial, Institutional and Senior Officials' level (para 27).",
                        ),
                        Fact::unverified("The date the working procedures were agreed is not stated."),
                    ]
                },
            },
            Instrument::OperationalActionPlan => InstrumentInfo {
                kind: K::OperationalTool,
                acronym: Some("OAP"),
                name: Labels::new(
                    "Operational Action Plan",
                    "Plan de Acción Operativo",
                    "Plano de Ação Operacional",
                    "Plan d'action opérationnel",
                )
                .translated(&[Lang::Pt, Lang::Fr]),
                declaration_name: "operational action plans (OAPs)",
                implementer: None,
                parent: None,
                dates: const {
                    &[InstrumentDate::new(
                        "CLASI operational action plans (PAOs) started",
                        Fact::verified(D::year_month(2025, 3)),
                    )]
                },
                aliases: &[
                    "OAPs",
                    "operational action plans",
                    "PAO",
                    "PAOs",
                    "Planes de Acción Operativos",
                ],
                notes: const {
                    &[
                        Fact::declaration(
                            "The declaration highlights OAPs adopted under the coordination of CLASI following the EMPACT model (para 18).",
                        ),
                        Fact::verified("The 2022-2025 EMPACT cycle had 15 OAPs."),
                        Fact::verified(
                            "CLASI's first PAOs cover firearms, drugs and trafficking and smuggling of persons.",
                        ),
                        Fact::disputed(
                            "How often OAPs are drawn up: \"biannual\" or \"annual\".",
                            "eucrim says \"biannual\", another source \"annual\"; that the 2022-2025 cycle's OAPs ran for two years is unverified",
                        ),
                    ]
                },
            },
            Instrument::OperationalTaskForce => InstrumentInfo {
                kind: K::OperationalTool,
                acronym: Some("OTF"),
                name: Labels::new(
                    "Operational Task Force",
                    "Grupo Operativo Especial",
                    "Grupo Operacional Especial",
                    "Groupe opérationnel spécial",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "operational task force (OTF)",
                implementer: Some(Fact::declaration("Europol").with_note(
                    "the declaration: the OTF concept was \"developed by Europol\" (Annex 1.ix)",
                )),
                parent: None,
                dates: &[],
                aliases: &["OTFs", "operational task forces", "OTF concept"],
                notes: const {
                    &[Fact::unverified(
                        "An OTF is a temporary group of Member States, with Europol and possibly third countries, running coordinated investigations against high-value targets.",
                    )]
                },
            },
            Instrument::JointInvestigationTeam => InstrumentInfo {
                kind: K::OperationalTool,
                acronym: Some("JIT"),
                name: Labels::new(
                    "Joint Investigation Team",
                    "Equipo Conjunto de Investigación",
                    "Equipa de Investigação Conjunta",
                    "Équipe commune d'enquête",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "joint investigation teams (JITs)",
                implementer: Some(Fact::declaration("Eurojust (support)").with_note(
                    "the declaration: JITs \"supported by Eurojust\" (Annex 1.ix); sources confirm Eurojust supports JITs",
                )),
                parent: None,
                dates: &[],
                aliases: &[
                    "JITs",
                    "joint investigation teams",
                    "ECI",
                    "EIC",
                    "Equipos Conjuntos de Investigación",
                ],
                notes: const {
                    &[Fact::unverified(
                        "Legal base: Article 13 of the EU Convention on Mutual Assistance in Criminal Matters (2000) and Framework Decision 2002/465/JHA. The Spanish (ECI) and Portuguese (EIC) names are unverified.",
                    )]
                },
            },
            Instrument::FusionCentre => InstrumentInfo {
                kind: K::OperationalTool,
                acronym: None,
                name: Labels::new(
                    "fusion centre",
                    "centro de fusión",
                    "centro de fusão",
                    "centre de fusion",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "fusion centres",
                implementer: None,
                parent: None,
                dates: &[],
                aliases: &["fusion center", "fusion centers", "centros de fusión"],
                notes: const {
                    &[
                        Fact::declaration(
                            "The Annex asks to promote the use of existing fusion centres to steer inter-agency cooperation and support special investigative units (Annex 1.i).",
                        ),
                        Fact::unverified(
                            "Which fusion centres are meant is not stated; the crate's sources say nothing more about them.",
                        ),
                    ]
                },
            },
            Instrument::EuSocta => InstrumentInfo {
                kind: K::Assessment,
                acronym: Some("EU SOCTA"),
                name: Labels::new(
                    "EU Serious and Organised Crime Threat Assessment",
                    "Evaluación de la Amenaza de la Delincuencia Grave y Organizada de la UE",
                    "Avaliação da Ameaça da Criminalidade Grave e Organizada da UE",
                    "Évaluation de la menace que représente la grande criminalité organisée dans l'UE",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "European Union Serious and Organised Crime Threat Assessment (EU SOCTA)",
                implementer: Some(Fact::verified("Europol")),
                parent: None,
                dates: const {
                    &[
                        InstrumentDate::new(
                            "2013 edition",
                            Fact::unverified(D::year_only(2013))
                                .with_note("listed as an edition; no source cited for it"),
                        ),
                        InstrumentDate::new(
                            "2017 edition",
                            Fact::unverified(D::year_only(2017))
                                .with_note("listed as an edition; no source cited for it"),
                        ),
                        InstrumentDate::new("2021 edition", Fact::verified(D::year_only(2021))),
                        InstrumentDate::new("2025 edition", Fact::verified(D::year_only(2025))),
                    ]
                },
                aliases: &[
                    "SOCTA",
                    "European Union Serious and Organised Crime Threat Assessment",
                    "EU SOCTA 2025",
                ],
                notes: const {
                    &[Fact::verified(
                        "Europol's strategic threat assessment; each edition starts an EMPACT cycle.",
                    )]
                },
            },
            Instrument::Ideal => InstrumentInfo {
                kind: K::Assessment,
                acronym: Some("IDEAL"),
                name: Labels::new(
                    "Latin American Documentation and Threat Assessment Instrument",
                    "Instrumento de Documentación y Evaluación de Amenazas en Latinoamérica",
                    "Instrumento Latino-Americano de Documentação e Avaliação de Ameaças",
                    "Instrument latino-américain de documentation et d'évaluation des menaces",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Latin American Documentation and Threat Assessment Instrument (IDEAL)",
                implementer: Some(Fact::declaration("supported by EL PAcCTO").with_note(
                    "the declaration recognises EL PAcCTO's support for the development of IDEAL (para 21); who owns IDEAL is not sourced",
                )),
                parent: None,
                dates: const {
                    &[
                        InstrumentDate::new(
                            "IDEAL 1.0 launched",
                            Fact::verified(D::year_month(2021, 7)),
                        ),
                        InstrumentDate::new("IDEAL 2.0 launched", Fact::verified(D::year_only(2022))),
                    ]
                },
                aliases: &[
                    "Instrument for the Documentation and Evaluation of Threats in Latin America",
                    "Documentation and Threat Assessment Instrument in Latin America",
                    "IDEAL 1.0",
                    "IDEAL 2.0",
                    "IDEAL 3.0",
                    "Plataforma IDEAL 3.0",
                ],
                notes: const {
                    &[
                        Fact::verified("A Latin American threat assessment modelled on the EU SOCTA."),
                        Fact::verified("The \"Plataforma IDEAL 3.0\" was in place by 2025."),
                    ]
                },
            },
            Instrument::DecodingCriminalNetworks => InstrumentInfo {
                kind: K::Assessment,
                acronym: None,
                name: Labels::new(
                    "Decoding the EU's most threatening criminal networks",
                    "Descifrando las redes criminales más amenazantes de la UE",
                    "Descodificar as redes criminosas mais ameaçadoras da UE",
                    "Décrypter les réseaux criminels les plus menaçants de l'UE",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "‘Decoding the EU’s most threatening criminal networks’",
                implementer: Some(Fact::declaration("Europol")),
                parent: None,
                dates: const {
                    &[InstrumentDate::new(
                        "published by Europol",
                        Fact::declaration(D::ymd_unchecked(2024, 4, 5)),
                    )]
                },
                aliases: &[],
                notes: const {
                    &[Fact::unverified(
                        "Annex 1.vi refers to \"the analytical reports of Europol (mapping and EU SOCTA)\": that the \"mapping\" is this report is the crate's inference.",
                    )]
                },
            },
            Instrument::AmeripolTreaty => InstrumentInfo {
                kind: K::LegalInstrument,
                acronym: None,
                name: Labels::new(
                    "Treaty of Constitution of Ameripol",
                    "Tratado Constitutivo de Ameripol",
                    "Tratado de Constituição da Ameripol",
                    "Traité constitutif d'Ameripol",
                )
                .translated(&[Lang::Es, Lang::Fr]),
                declaration_name: "Treaty of Constitution of Ameripol",
                implementer: None,
                parent: None,
                dates: const {
                    &[InstrumentDate::new(
                        "signed in Brasília",
                        Fact::declaration(D::ymd_unchecked(2023, 11, 9)),
                    )]
                },
                aliases: &[
                    "Tratado de Brasília",
                    "Treaty of Brasília",
                    "Ameripol Treaty",
                    "Tratado de Constitución de Ameripol",
                ],
                notes: const {
                    &[
                        Fact::verified(
                            "Signed at the Palácio da Justiça in Brasília (Brazil's Ministry of Justice and Public Security); it gives Ameripol international legal personality.",
                        ),
                        Fact::disputed(
                            "Thirteen signatories: Brazil, Argentina, Colombia, Chile, Costa Rica, Ecuador, Haiti, Honduras, Panama, Paraguay, Dominican Republic, Suriname and Uruguay.",
                            "the official Brazilian government release lists Suriname; one outlet lists Bolivia instead",
                        ),
                        Fact::disputed(
                            "The declaration says the treaty was signed \"by 13 CLASI Member States\" (para 25).",
                            "the signatories include Haiti and Suriname, which are not CLASI members, while CLASI members Bolivia, El Salvador, Mexico, Peru and Guatemala did not sign",
                        ),
                        Fact::declaration(
                            "Not yet in force at the declaration: the Annex asks to support its entry into force for the signatory countries, including the necessary data protection provisions (Annex 1.x).",
                        ),
                    ]
                },
            },
            Instrument::EuropolAmeripolWorkingArrangement => InstrumentInfo {
                kind: K::LegalInstrument,
                acronym: None,
                name: Labels::new(
                    "Working Arrangement between Ameripol and Europol",
                    "Acuerdo de Trabajo entre Ameripol y Europol",
                    "Acordo de Trabalho entre a Ameripol e a Europol",
                    "Arrangement de travail entre Ameripol et Europol",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "Working Arrangement between Ameripol and Europol",
                implementer: Some(Fact::declaration("Ameripol and Europol (the parties)")),
                parent: None,
                dates: &[],
                aliases: &[
                    "Europol-Ameripol Working Arrangement",
                    "Ameripol-Europol Working Arrangement",
                ],
                notes: const {
                    &[Fact::declaration(
                        "Under negotiation at the declaration: the Annex asks to anticipate the negotiations as much as possible (Annex 1.x).",
                    )]
                },
            },
            Instrument::PersonalDataAgreements => InstrumentInfo {
                kind: K::LegalInstrument,
                acronym: None,
                name: Labels::new(
                    "international agreements enabling the exchange of personal data",
                    "acuerdos internacionales que permiten el intercambio de datos personales",
                    "acordos internacionais que permitem o intercâmbio de dados pessoais",
                    "accords internationaux permettant l'échange de données à caractère personnel",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "international agreements enabling the exchange of personal data",
                implementer: Some(Fact::declaration(
                    "CLASI countries with Europol and, where applicable, Eurojust (the parties)",
                )),
                parent: None,
                dates: &[],
                aliases: &[],
                notes: const {
                    &[Fact::declaration(
                        "To be concluded, to enhance the cooperation of CLASI countries with Europol and, where applicable, Eurojust (Annex 1.xi).",
                    )]
                },
            },
            Instrument::FollowTheMoney => InstrumentInfo {
                kind: K::Approach,
                acronym: None,
                name: Labels::new(
                    "follow-the-money approach",
                    "enfoque de seguir el dinero",
                    "abordagem de seguir o dinheiro",
                    "approche « suivre l'argent »",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: "follow-the-money approach",
                implementer: None,
                parent: None,
                dates: &[],
                aliases: &[
                    "follow the money",
                    "following the money",
                    "'follow the money' approach",
                ],
                notes: const {
                    &[Fact::declaration(
                        "The declaration asks for a robust follow-the-money approach (para 16), to disrupt high-risk criminal networks by following the money (para 30) and for its full implementation, intensifying financial investigations (Annex 4.i).",
                    )]
                },
            },
        }
    }

    const fn labels_of(self) -> Labels {
        self.info().name
    }

    /// The lookup names beyond code and labels: acronym, declaration wording, other aliases.
    fn aliases_of(self) -> Vec<&'static str> {
        let info = self.info();
        info.acronym
            .into_iter()
            .chain(std::iter::once(info.declaration_name))
            .chain(info.aliases.iter().copied())
            .collect()
    }

    /// What kind of instrument it is.
    pub const fn kind(self) -> InstrumentKind {
        self.info().kind
    }

    /// Its acronym, when it has one (`"EL PAcCTO"`, `"GLACY-e"`, `"EU SOCTA"`, `"OAP"`, ...).
    pub const fn acronym(self) -> Option<&'static str> {
        self.info().acronym
    }

    /// Its full name in English, Spanish, Portuguese and French, with the translations marked.
    pub const fn name(self) -> Labels {
        self.info().name
    }

    /// The exact wording the declaration uses for it, as it occurs in the text: for example
    /// `"EU Programme with Latin America and the Caribbean against Transnational Organised Crime (EL PACCTO)"`
    /// (the declaration writes EL PAcCTO in capitals) or `"joint investigation teams (JITs)"`.
    pub const fn declaration_name(self) -> &'static str {
        self.info().declaration_name
    }

    /// The institutions that implement, own or support it, as one plain string with its
    /// provenance; `None` where the crate's sources name none.
    pub const fn implementer(self) -> Option<Fact<&'static str>> {
        self.info().implementer
    }

    /// The programme it is a component project of: SEACOP is a component project of the
    /// Global Illicit Flows Programme (para 20). `None` for every other instrument.
    pub const fn parent(self) -> Option<Instrument> {
        self.info().parent
    }

    /// The instruments that are component projects of this one (the reverse of
    /// [`parent`](Instrument::parent)).
    ///
    /// ```
    /// use eu_clasi::Instrument;
    ///
    /// assert_eq!(Instrument::Gifp.components().collect::<Vec<_>>(), [Instrument::Seacop]);
    /// ```
    pub fn components(self) -> impl Iterator<Item = Instrument> {
        <Instrument as crate::Vocabulary>::all()
            .iter()
            .copied()
            .filter(move |i| i.parent() == Some(self))
    }

    /// Its key dates, in chronological order, each as precise as its source.
    pub const fn dates(self) -> &'static [InstrumentDate] {
        self.info().dates
    }

    /// Further facts and the open questions about it, each with its provenance.
    pub const fn notes(self) -> &'static [Fact<&'static str>] {
        self.info().notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Provenance, Vocabulary};

    const SOURCE: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/source/council-6403-25.md"
    ));

    fn squash(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn there_are_21_instruments_in_the_briefed_order_and_kinds() {
        use Instrument as I;
        use InstrumentKind as K;
        let expected = [
            (I::Copolad, K::Programme),
            (I::ElPaccto, K::Programme),
            (I::Eurofront, K::Programme),
            (I::GlacyE, K::Programme),
            (I::Seacop, K::Programme),
            (I::Gifp, K::Programme),
            (I::Empact, K::Framework),
            (I::Aplicamos, K::Framework),
            (I::EuLacJusticeSecurityPartnership, K::Framework),
            (I::EuClasiWorkingProcedures, K::Framework),
            (I::OperationalActionPlan, K::OperationalTool),
            (I::OperationalTaskForce, K::OperationalTool),
            (I::JointInvestigationTeam, K::OperationalTool),
            (I::FusionCentre, K::OperationalTool),
            (I::EuSocta, K::Assessment),
            (I::Ideal, K::Assessment),
            (I::DecodingCriminalNetworks, K::Assessment),
            (I::AmeripolTreaty, K::LegalInstrument),
            (I::EuropolAmeripolWorkingArrangement, K::LegalInstrument),
            (I::PersonalDataAgreements, K::LegalInstrument),
            (I::FollowTheMoney, K::Approach),
        ];
        assert_eq!(Instrument::all().len(), expected.len());
        for (term, (want, kind)) in Instrument::all().iter().zip(expected) {
            assert_eq!(*term, want);
            assert_eq!(term.kind(), kind, "{term}");
        }
        assert_eq!(InstrumentKind::Programme.instruments().count(), 6);
        assert_eq!(InstrumentKind::Approach.instruments().count(), 1);
    }

    #[test]
    fn wire_codes_are_snake_case_of_the_names() {
        assert_eq!(Instrument::ElPaccto.code(), "el_paccto");
        assert_eq!(Instrument::GlacyE.code(), "glacy_e");
        assert_eq!(Instrument::EuSocta.code(), "eu_socta");
        assert_eq!(
            Instrument::EuLacJusticeSecurityPartnership.code(),
            "eu_lac_justice_security_partnership"
        );
        assert_eq!(InstrumentKind::LegalInstrument.code(), "legal_instrument");
        for &term in Instrument::all() {
            assert_eq!(term.code().parse::<Instrument>().unwrap(), term);
            let json = serde_json::to_string(&term).unwrap();
            assert_eq!(json, format!("\"{term}\""));
            assert_eq!(serde_json::from_str::<Instrument>(&json).unwrap(), term);
        }
    }

    #[test]
    fn every_declaration_name_occurs_verbatim_in_the_declaration() {
        let source = squash(SOURCE);
        for &term in Instrument::all() {
            let name = term.declaration_name();
            assert!(
                source.contains(name),
                "{term}: {name:?} is not in the declaration"
            );
        }
        // The declaration writes the programme in capitals, not "EL PAcCTO".
        assert!(!source.contains("EL PAcCTO"));
    }

    #[test]
    fn lookups_find_acronyms_plurals_and_other_languages() {
        let cases = [
            ("EL PAcCTO", Instrument::ElPaccto),
            ("EL PACCTO", Instrument::ElPaccto),
            ("EL PAcCTO 2.0", Instrument::ElPaccto),
            ("GLACY-e", Instrument::GlacyE),
            ("JITs", Instrument::JointInvestigationTeam),
            ("ECI", Instrument::JointInvestigationTeam),
            (
                "Equipa de Investigação Conjunta",
                Instrument::JointInvestigationTeam,
            ),
            (
                "Équipe commune d'enquête",
                Instrument::JointInvestigationTeam,
            ),
            ("Tratado de Brasília", Instrument::AmeripolTreaty),
            ("tratado de brasilia", Instrument::AmeripolTreaty),
            (
                "Tratado de Constituição da Ameripol",
                Instrument::AmeripolTreaty,
            ),
            ("EU SOCTA", Instrument::EuSocta),
            ("OAPs", Instrument::OperationalActionPlan),
            ("PAO", Instrument::OperationalActionPlan),
            (
                "Plan de Acción Operativo",
                Instrument::OperationalActionPlan,
            ),
            ("OTF", Instrument::OperationalTaskForce),
            ("fusion centres", Instrument::FusionCentre),
            ("following the money", Instrument::FollowTheMoney),
            ("'follow the money' approach", Instrument::FollowTheMoney),
            ("Global Action against Cybercrime", Instrument::GlacyE),
            (
                "Cooperation Programme on Drugs Policies",
                Instrument::Copolad,
            ),
            (
                "Europa Latinoamérica Programa de Asistencia contra el Crimen Transnacional Organizado",
                Instrument::ElPaccto,
            ),
            (
                "Decoding the EU's most threatening criminal networks",
                Instrument::DecodingCriminalNetworks,
            ),
            ("APLICAMOS", Instrument::Aplicamos),
        ];
        for (text, want) in cases {
            assert_eq!(Instrument::lookup(text).unwrap(), want, "{text}");
        }
        assert!(Instrument::lookup("mapping").is_err());
        assert!(Instrument::lookup("Europol").is_err());
    }

    #[test]
    fn no_name_names_two_instruments() {
        for &term in Instrument::all() {
            let labels = term.labels();
            let names = std::iter::once(term.code())
                .chain(labels.iter().map(|(_, t)| t))
                .chain(term.aliases());
            for name in names {
                assert_eq!(Instrument::lookup(name).unwrap(), term, "{name:?}");
            }
        }
        for &kind in InstrumentKind::all() {
            for (_, label) in kind.labels().iter() {
                assert_eq!(InstrumentKind::lookup(label).unwrap(), kind, "{label:?}");
            }
        }
    }

    #[test]
    fn only_seacop_has_a_parent_and_it_is_gifp() {
        assert_eq!(Instrument::Seacop.parent(), Some(Instrument::Gifp));
        let with_parent: Vec<_> = Instrument::all()
            .iter()
            .filter(|i| i.parent().is_some())
            .collect();
        assert_eq!(with_parent, [&Instrument::Seacop]);
        assert_eq!(
            Instrument::Gifp.components().collect::<Vec<_>>(),
            [Instrument::Seacop]
        );
    }

    #[test]
    fn aplicamos_expansion_is_not_stated_as_verified() {
        let info = Instrument::Aplicamos.info();
        // The name is the declaration's word, not an invented expansion.
        for (_, name) in info.name.iter() {
            assert_eq!(name, "APLICAMOS");
        }
        let expansion: Vec<_> = info
            .notes
            .iter()
            .filter(|n| n.value.contains("expansion"))
            .collect();
        assert_eq!(expansion.len(), 1);
        assert_eq!(expansion[0].provenance, Provenance::Unverified);
        assert!(info.implementer.unwrap().provenance.needs_checking());
        assert!(
            info.dates
                .iter()
                .all(|d| d.date.provenance.needs_checking())
        );
    }

    #[test]
    fn open_questions_carry_their_provenance() {
        let provenance_of = |term: Instrument, needle: &str| {
            let notes: Vec<_> = term
                .notes()
                .iter()
                .filter(|n| n.value.contains(needle) || n.note.is_some_and(|x| x.contains(needle)))
                .collect();
            assert_eq!(notes.len(), 1, "{term}: {needle:?}");
            notes[0].provenance
        };
        assert_eq!(
            provenance_of(Instrument::OperationalActionPlan, "\"annual\""),
            Provenance::Disputed
        );
        assert_eq!(
            provenance_of(Instrument::Copolad, "5 March 2025"),
            Provenance::Unverified
        );
        assert_eq!(
            provenance_of(Instrument::GlacyE, "start and end dates"),
            Provenance::Unverified
        );
        assert_eq!(
            provenance_of(Instrument::DecodingCriminalNetworks, "mapping"),
            Provenance::Unverified
        );
        assert_eq!(
            provenance_of(Instrument::AmeripolTreaty, "lists Bolivia instead"),
            Provenance::Disputed
        );
        assert_eq!(
            provenance_of(Instrument::AmeripolTreaty, "13 CLASI Member States"),
            Provenance::Disputed
        );
        assert_eq!(
            provenance_of(Instrument::OperationalTaskForce, "high-value targets"),
            Provenance::Unverified
        );
        // Every disputed fact says how the sources disagree.
        for &term in Instrument::all() {
            for note in term.notes() {
                if note.provenance == Provenance::Disputed {
                    assert!(note.note.is_some(), "{term}: {}", note.value);
                }
            }
        }
    }

    fn date(term: Instrument, event: &str) -> Fact<PartialDate> {
        term.dates()
            .iter()
            .find(|d| d.event == event)
            .unwrap_or_else(|| panic!("{term}: no {event:?}"))
            .date
    }

    #[test]
    fn key_dates_are_as_precise_as_their_sources() {
        let cases = [
            (
                Instrument::ElPaccto,
                "EL PAcCTO 2.0 launched in Panama",
                "2023-03",
                Provenance::Declaration,
            ),
            (
                Instrument::ElPaccto,
                "EL PAcCTO (first phase) began",
                "2017",
                Provenance::Unverified,
            ),
            (
                Instrument::Copolad,
                "COPOLAD III began",
                "2021-02",
                Provenance::Verified,
            ),
            (
                Instrument::Copolad,
                "COPOLAD III ended",
                "2025-01",
                Provenance::Verified,
            ),
            (
                Instrument::Empact,
                "2022-2025 cycle began",
                "2022",
                Provenance::Verified,
            ),
            (
                Instrument::Empact,
                "2026-2029 cycle begins",
                "2026",
                Provenance::Declaration,
            ),
            (
                Instrument::Empact,
                "2026-2029 cycle ends",
                "2029",
                Provenance::Declaration,
            ),
            (
                Instrument::EuSocta,
                "2013 edition",
                "2013",
                Provenance::Unverified,
            ),
            (
                Instrument::EuSocta,
                "2025 edition",
                "2025",
                Provenance::Verified,
            ),
            (
                Instrument::Ideal,
                "IDEAL 1.0 launched",
                "2021-07",
                Provenance::Verified,
            ),
            (
                Instrument::Seacop,
                "SEACOP VI began (3 years)",
                "2024-01",
                Provenance::Verified,
            ),
            (
                Instrument::Gifp,
                "set up by the European Commission",
                "2019-11",
                Provenance::Verified,
            ),
            (
                Instrument::AmeripolTreaty,
                "signed in Brasília",
                "2023-11-09",
                Provenance::Declaration,
            ),
            (
                Instrument::DecodingCriminalNetworks,
                "published by Europol",
                "2024-04-05",
                Provenance::Declaration,
            ),
        ];
        for (term, event, when, provenance) in cases {
            let fact = date(term, event);
            assert_eq!(fact.value.to_string(), when, "{term}: {event}");
            assert_eq!(fact.provenance, provenance, "{term}: {event}");
        }
        assert!(
            Instrument::GlacyE
                .dates()
                .iter()
                .all(|d| d.event.contains("predecessor"))
        );
    }

    #[test]
    fn built_in_dates_exist_and_are_in_order() {
        for &term in Instrument::all() {
            let dates = term.dates();
            for d in dates {
                let v = d.date.value;
                assert_eq!(PartialDate::new(v.year(), v.month(), v.day()).unwrap(), v);
            }
            for pair in dates.windows(2) {
                // A date may be less precise than the next one: it must only be able to come first.
                assert!(
                    pair[0].date.value.earliest() <= pair[1].date.value.latest(),
                    "{term}: {} after {}",
                    pair[0].event,
                    pair[1].event
                );
            }
        }
    }

    #[test]
    fn translations_are_marked_unless_sourced() {
        let official = |term: Instrument, lang: Lang| !term.name().is_translation(lang);
        assert!(official(Instrument::ElPaccto, Lang::Es));
        assert!(!official(Instrument::ElPaccto, Lang::Pt));
        assert!(official(Instrument::OperationalActionPlan, Lang::Es));
        assert!(!official(Instrument::OperationalActionPlan, Lang::Pt));
        assert!(official(Instrument::AmeripolTreaty, Lang::Pt));
        assert!(!official(Instrument::AmeripolTreaty, Lang::Es));
        assert!(!official(Instrument::Copolad, Lang::Es));
        assert!(!official(Instrument::JointInvestigationTeam, Lang::Es));
        assert_eq!(
            Instrument::AmeripolTreaty.label(Lang::Pt),
            "Tratado de Constituição da Ameripol"
        );
        for &term in Instrument::all() {
            assert!(official(term, Lang::En), "{term}");
        }
    }

    #[test]
    fn implementers_are_sourced_or_absent() {
        assert_eq!(
            Instrument::Copolad.implementer().unwrap().value,
            "FIIAPP (Madrid) with IILA (Rome); partners GIZ and EMCDDA/EUDA"
        );
        assert_eq!(
            Instrument::Seacop.implementer().unwrap().value,
            "Expertise France (lead) with FIIAPP"
        );
        assert_eq!(
            Instrument::GlacyE.implementer().unwrap().value,
            "Council of Europe"
        );
        assert_eq!(Instrument::EuSocta.implementer().unwrap().value, "Europol");
        assert_eq!(
            Instrument::OperationalTaskForce
                .implementer()
                .unwrap()
                .value,
            "Europol"
        );
        assert_eq!(
            Instrument::EuLacJusticeSecurityPartnership.implementer(),
            None
        );
        assert_eq!(Instrument::FusionCentre.implementer(), None);
        assert_eq!(Instrument::FollowTheMoney.implementer(), None);
    }

    #[test]
    fn info_serialises_without_empty_fields() {
        let json = serde_json::to_value(Instrument::FusionCentre.info()).unwrap();
        assert_eq!(json["kind"], "operational_tool");
        assert_eq!(json["declaration_name"], "fusion centres");
        assert!(json.get("acronym").is_none());
        assert!(json.get("dates").is_none());
        let json = serde_json::to_value(Instrument::Seacop.info()).unwrap();
        assert_eq!(json["parent"], "gifp");
        assert_eq!(json["dates"][2]["date"]["value"], "2024-01");
        assert_eq!(json["dates"][2]["date"]["provenance"], "verified");
    }
}
