//! The institutions, agencies, networks and mechanisms the declaration names, with what the
//! crate knows of each: acronym, official names, kind, scope, seat, founding date, secretariat.

use crate::{Fact, Labels, Lang, PartialDate, TRANSLATED_ES_PT_FR};

use super::vocabulary;

/// Only the French text is the crate's own translation.
const TRANSLATED_FR: &[Lang] = &[Lang::Fr];
/// The Portuguese and French texts are the crate's own translations.
const TRANSLATED_PT_FR: &[Lang] = &[Lang::Pt, Lang::Fr];

vocabulary! {
    /// A body the EU-CLASI Joint Declaration names: a union, a committee, an EU agency, an
    /// intergovernmental centre, a network, a partnership, a task force or a dialogue mechanism.
    ///
    /// Programmes (EL PAcCTO, COPOLAD, EUROFRONT, ...) and frameworks (EMPACT, APLICAMOS) are not
    /// bodies and are not listed here. [`Body::info`] gives the acronym, the official names in
    /// English, Spanish, Portuguese and French, the declaration's own wording where it differs,
    /// the [`BodyKind`], the [`BodyScope`], and the seat, founding date and secretariat as
    /// [`Fact`]s with their provenance (`None` where the crate's sources say nothing).
    /// [`Vocabulary::lookup`](crate::Vocabulary::lookup) finds a body by its acronym, any of its
    /// official names, the declaration's wording, or a former name (`"EMCDDA"`, `"GAFISUD"`).
    ///
    /// ```
    /// use eu_clasi::{Body, BodyKind, BodyScope, Lang, Provenance, Vocabulary};
    ///
    /// assert_eq!(Body::MaocN.to_string(), "maoc_n");
    /// assert_eq!(Body::lookup("EMCDDA").unwrap(), Body::Euda);
    /// assert_eq!(Body::lookup("Comunidad de Policías de América").unwrap(), Body::Ameripol);
    /// assert_eq!(
    ///     Body::Eurojust.declaration_name(),
    ///     Some("European Agency for Criminal Justice Cooperation")
    /// );
    /// assert_eq!(Body::Eurojust.name_in(Lang::En), "European Union Agency for Criminal Justice Cooperation");
    /// assert_eq!(Body::MaocN.kind(), BodyKind::IntergovernmentalCentre);
    /// assert_eq!(Body::Celac.scope(), BodyScope::LatinAmericaAndCaribbean);
    ///
    /// let carin = Body::Carin.info();
    /// assert_eq!(carin.secretariat.unwrap().value, "Europol");
    /// assert_eq!(Body::Gafilat.info().seat.unwrap().provenance, Provenance::Unverified);
    /// ```
    #[vocabulary(kind = "body", case = "snake_case", labels = Body::labels_of, aliases = Body::aliases_of)]
    pub enum Body {
        /// The European Union, whose Member States' Ministers of Interior and/or Security are one side of the EU-CLASI cooperation (paras 1, 5, 8 and throughout).
        Eu,
        /// The Council of the European Union, in whose document series the declaration was circulated (Council document 6403/25, a note from the Presidency to delegations). The declaration itself does not name the Council: the note's header reads "From: Presidency".
        CouncilOfTheEu,
        /// The Latin American Committee on Internal Security (CLASI), a ministerial-level committee of Latin American states modelled on the EU's COSI and the EU's partner in the declaration (paras 1, 5, 18, 25, 26, 29 and throughout).
        Clasi,
        /// The Community of Latin American and Caribbean States (CELAC), whose summit declaration with the EU of 18 July 2023 the declaration recalls (para 6) and whose leaders, with the EU's, it invites to endorse its efforts (para 35).
        Celac,
        /// The European Union Agency for Law Enforcement Cooperation (Europol), the EU's law enforcement agency (paras 7, 8 and 19; Annex 1.iii, 1.vi, 1.vii, 1.ix, 1.x and 1.xi).
        Europol,
        /// The European Union Agency for Criminal Justice Cooperation (Eurojust), which the declaration calls the European Agency for Criminal Justice Cooperation (paras 8 and 19; Annex 1.ix and 1.xi).
        Eurojust,
        /// The European Union Drugs Agency (EUDA), until July 2024 the European Monitoring Centre for Drugs and Drug Addiction (EMCDDA) (para 19; Annex 1.iii).
        Euda,
        /// The European Union Agency for Law Enforcement Training (CEPOL) (para 19).
        Cepol,
        /// The European Border and Coast Guard Agency (Frontex) (para 19).
        Frontex,
        /// The Maritime Analysis and Operations Centre – Narcotics (MAOC (N), written MAOC-N in the declaration), an intergovernmental law-enforcement centre in Lisbon against maritime drug trafficking; not an EU agency (para 19; Annex 1.iv).
        MaocN,
        /// The Police Community of the Americas (Ameripol), a regional police cooperation body whose Treaty of Constitution was signed in Brasília on 9 November 2023 (paras 8, 21 and 25; Annex 1.vii and 1.x).
        Ameripol,
        /// The Financial Action Task Force of Latin America (GAFILAT, formerly GAFISUD), a FATF-style regional body against money laundering and terrorist financing (para 20).
        Gafilat,
        /// The Caribbean Financial Action Task Force (CFATF, in Spanish GAFIC), a FATF-style regional body of Caribbean states (para 20).
        Cfatf,
        /// The Anti-Money Laundering Operational Network (AMON), an informal network of law-enforcement money-laundering investigators whose permanent secretariat is Europol (para 20).
        Amon,
        /// The Camden Asset Recovery Inter-agency Network (CARIN), an informal network of asset-recovery practitioners whose permanent secretariat is Europol; the declaration calls it the Camden Inter-Agency Asset Recovery Network (para 20).
        Carin,
        /// The European Ports Alliance, a public-private partnership of the EU, its ports, customs and law enforcement against drug trafficking and organised crime, with which the Annex asks for a strong partnership (Annex 2.i).
        EuropeanPortsAlliance,
        /// The Counter-Narcotics Task Force the Annex asks to launch and coordinate priority investigations against drug trafficking (Annex 1.vii). The crate takes it to be the bi-regional operational working group against drug trafficking (Grupo de Trabajo Operacional, GTO) launched in Buenos Aires on 19 October 2022; that identification is the crate's inference, not confirmed by any source.
        CounterNarcoticsTaskForce,
        /// The EU-CELAC Coordination and Cooperation Mechanism on Drugs, the bi-regional dialogue on drug policy between the EU and CELAC states, whose high-level meeting of 22 February 2024 in La Paz the declaration recalls (paras 6 and 33).
        EuCelacDrugsMechanism,
    }
}

vocabulary! {
    /// What sort of body a [`Body`] is: a union, a council, an EU agency, a network, ...
    ///
    /// ```
    /// use eu_clasi::{Body, BodyKind, Vocabulary};
    ///
    /// assert_eq!(Body::Gafilat.kind(), BodyKind::FatfStyleRegionalBody);
    /// assert_eq!(BodyKind::lookup("FSRB").unwrap(), BodyKind::FatfStyleRegionalBody);
    /// assert_eq!(BodyKind::EuAgency.code(), "eu_agency");
    /// ```
    #[vocabulary(kind = "body_kind", case = "snake_case", labels = BodyKind::labels_of, aliases = BodyKind::aliases_of)]
    pub enum BodyKind {
        /// A union of states with its own institutions and legal order (the European Union).
        Union,
        /// An institution of a union in which the governments of its member states meet (the Council of the European Union).
        Council,
        /// A committee of the ministers of several states responsible for a policy area (CLASI).
        MinisterialCommittee,
        /// An intergovernmental bloc of the states of a region (CELAC).
        RegionalBloc,
        /// A decentralised agency of the European Union set up by EU law (Europol, Eurojust, the EUDA, CEPOL, Frontex).
        EuAgency,
        /// An operational centre set up by an agreement between states, outside the EU's institutional framework (MAOC (N)).
        IntergovernmentalCentre,
        /// A body through which police forces of several states cooperate (Ameripol).
        PoliceCooperationBody,
        /// A regional body that applies the standards of the Financial Action Task Force (FATF) against money laundering and terrorist financing (GAFILAT, the CFATF).
        FatfStyleRegionalBody,
        /// A network of practitioners of several states and agencies without a founding treaty (AMON, CARIN).
        InformalNetwork,
        /// A partnership of public authorities and private companies (the European Ports Alliance).
        PublicPrivatePartnership,
        /// A group of law enforcement units of several states set up to run or coordinate operations against one crime area (the Counter-Narcotics Task Force).
        TaskForce,
        /// A standing framework for political and technical dialogue between two groups of states (the EU-CELAC Coordination and Cooperation Mechanism on Drugs).
        DialogueMechanism,
    }
}

vocabulary! {
    /// The states a [`Body`] brings together or works for: the EU, Latin America, the Caribbean,
    /// both regions, the Americas or the whole world.
    ///
    /// The scope is the crate's own classification, drawn from the membership the crate's sources
    /// give; it is not a fact stated by the bodies themselves.
    ///
    /// ```
    /// use eu_clasi::{Body, BodyScope, Vocabulary};
    ///
    /// assert_eq!(Body::Clasi.scope(), BodyScope::LatinAmerica);
    /// assert_eq!(Body::MaocN.scope(), BodyScope::Europe);
    /// assert_eq!(BodyScope::lookup("birregional").unwrap(), BodyScope::BiRegional);
    /// ```
    #[vocabulary(kind = "body_scope", case = "snake_case", labels = BodyScope::labels_of, aliases = BodyScope::aliases_of)]
    pub enum BodyScope {
        /// The European Union and its Member States.
        Eu,
        /// European states, not only EU Member States (MAOC (N) was founded with the United Kingdom).
        Europe,
        /// Latin American states.
        LatinAmerica,
        /// The states of Latin America and the Caribbean.
        LatinAmericaAndCaribbean,
        /// Caribbean states.
        Caribbean,
        /// The EU and its Member States together with the states of Latin America and the Caribbean.
        BiRegional,
        /// The states of North, Central and South America and the Caribbean.
        Americas,
        /// States and organisations from every continent.
        Global,
    }
}

/// What the crate knows of a [`Body`], from its reference notes on the declaration.
///
/// Every fact beyond the declaration's own text is a [`Fact`] with its provenance; a field is
/// `None` where the crate's sources say nothing, and [`note`](BodyInfo::note) says what else is
/// known (or not known).
///
/// ```
/// use eu_clasi::{Body, Provenance};
///
/// let maoc = Body::MaocN.info();
/// assert_eq!(maoc.acronym, Some("MAOC (N)"));
/// assert_eq!(maoc.seat.unwrap().value, "Lisbon, Portugal");
/// // Sources disagree on when MAOC (N) started.
/// assert_eq!(maoc.founded.unwrap().provenance, Provenance::Disputed);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct BodyInfo {
    /// The acronym or short name the body goes by (`"Europol"`, `"MAOC (N)"`), if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<&'static str>,
    /// The official name in English, Spanish, Portuguese and French. A language marked
    /// translated is the crate's own rendering, or a name the crate's sources do not confirm.
    pub name: Labels,
    /// The declaration's own wording for the body, where it differs from the official English
    /// name (Eurojust, MAOC (N), CARIN, the European Ports Alliance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declaration_name: Option<&'static str>,
    /// What sort of body it is.
    pub kind: BodyKind,
    /// The states it brings together or works for (the crate's classification).
    pub scope: BodyScope,
    /// Where it is seated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seat: Option<Fact<&'static str>>,
    /// When it was founded (or, where the note says so, first set up under an earlier name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub founded: Option<Fact<PartialDate>>,
    /// The body that runs its secretariat, or the host of the secretariat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secretariat: Option<Fact<&'static str>>,
    /// What the declaration's wording is taken to refer to, where that is the crate's inference
    /// rather than a match of names or acronyms (the Counter-Narcotics Task Force). `None` where
    /// the declaration names the body by its name or acronym.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identification: Option<Fact<&'static str>>,
    /// What else a user should know: membership, legal basis, what is not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

impl Body {
    /// Everything the crate knows of the body.
    pub const fn info(self) -> BodyInfo {
        match self {
            Body::Eu => BodyInfo {
                acronym: Some("EU"),
                name: Labels::new(
                    "European Union",
                    "Unión Europea",
                    "União Europeia",
                    "Union européenne",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::Union,
                scope: BodyScope::Eu,
                seat: None,
                founded: None,
                secretariat: None,
                identification: None,
                note: Some(
                    "The crate's reference notes give no seat or founding date for the EU itself; \
                     they list its 27 Member States in protocol order.",
                ),
            },
            Body::CouncilOfTheEu => BodyInfo {
                acronym: None,
                name: Labels::new(
                    "Council of the European Union",
                    "Consejo de la Unión Europea",
                    "Conselho da União Europeia",
                    "Conseil de l'Union européenne",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::Council,
                scope: BodyScope::Eu,
                seat: None,
                founded: None,
                secretariat: None,
                identification: None,
                note: Some(
                    "The declaration was circulated as Council document 6403/25 of 5 March 2025, \
                     a note from the Presidency to delegations (file codes JAI 222, COSI 34, \
                     ENFOPOL 57, CRIMORG 36, CORDROGUE 25, COLAC 23, JAIEX 16). The crate's \
                     reference notes give no seat or founding date for the Council.",
                ),
            },
            Body::Clasi => BodyInfo {
                acronym: Some("CLASI"),
                name: Labels::new(
                    "Latin American Committee on Internal Security",
                    "Comité Latinoamericano de Seguridad Interior",
                    "Comitê Latino-Americano de Segurança Interna",
                    "Comité latino-américain de sécurité intérieure",
                )
                .translated(TRANSLATED_FR),
                declaration_name: None,
                kind: BodyKind::MinisterialCommittee,
                scope: BodyScope::LatinAmerica,
                seat: None,
                founded: Some(
                    Fact::verified(PartialDate::ymd_unchecked(2022, 3, 2)).with_note(
                        "Declaración de Creación del CLASI, signed in Brussels on the margins of \
                         the Justice and Home Affairs Council; two 2026 press pieces say 2021, \
                         which is wrong",
                    ),
                ),
                secretariat: None,
                identification: None,
                note: Some(
                    "No permanent secretariat and no seat were found (unverified): the committee \
                     has a rotating pro tempore presidency (Argentina first, 2022; Panama in \
                     September 2023; Bolivia from February 2026) and a support group (Grupo de \
                     Apoyo del CLASI) that meets yearly. Modelled on the EU's COSI; promoted since \
                     2019 by the EU programme EL PAcCTO. Also rendered in English as the Latin \
                     American Committee for Homeland Security. No single official Portuguese name \
                     was found: sources write Comitê or Comité Latino-Americano de Segurança \
                     Interna, and one Portuguese government page Comité da América Latina para a \
                     Segurança Interna.",
                ),
            },
            Body::Celac => BodyInfo {
                acronym: Some("CELAC"),
                name: Labels::new(
                    "Community of Latin American and Caribbean States",
                    "Comunidad de Estados Latinoamericanos y Caribeños",
                    "Comunidade de Estados Latino-Americanos e Caribenhos",
                    "Communauté des États latino-américains et caribéens",
                )
                .translated(TRANSLATED_FR),
                declaration_name: None,
                kind: BodyKind::RegionalBloc,
                scope: BodyScope::LatinAmericaAndCaribbean,
                seat: None,
                founded: Some(
                    Fact::verified(PartialDate::ymd_unchecked(2011, 12, 3))
                        .with_note("Declaration of Caracas"),
                ),
                secretariat: None,
                identification: None,
                note: Some(
                    "An intergovernmental bloc of 33 states, with no seat; that it is run by a \
                     rotating pro tempore presidency is unverified.",
                ),
            },
            Body::Europol => BodyInfo {
                acronym: Some("Europol"),
                name: Labels::new(
                    "European Union Agency for Law Enforcement Cooperation",
                    "Agencia de la Unión Europea para la Cooperación Policial",
                    "Agência da União Europeia para a Cooperação Policial",
                    "Agence de l'Union européenne pour la coopération des services répressifs",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::EuAgency,
                scope: BodyScope::Eu,
                seat: Some(Fact::verified("The Hague, Netherlands")),
                founded: Some(Fact::unverified(PartialDate::year_only(1995)).with_note(
                    "the Europol Convention of 1995; fully operational from 1 July 1999; an \
                         EU agency since 2010, now under Regulation (EU) 2016/794",
                )),
                secretariat: None,
                identification: None,
                note: Some(
                    "Permanent secretariat of the AMON and CARIN networks. Published the report \
                     'Decoding the EU's most threatening criminal networks' on 5 April 2024 \
                     (declaration, para 7).",
                ),
            },
            Body::Eurojust => BodyInfo {
                acronym: Some("Eurojust"),
                name: Labels::new(
                    "European Union Agency for Criminal Justice Cooperation",
                    "Agencia de la Unión Europea para la Cooperación Judicial Penal",
                    "Agência da União Europeia para a Cooperação Judiciária Penal",
                    "Agence de l'Union européenne pour la coopération judiciaire en matière pénale",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: Some("European Agency for Criminal Justice Cooperation"),
                kind: BodyKind::EuAgency,
                scope: BodyScope::Eu,
                seat: Some(Fact::verified("The Hague, Netherlands")),
                founded: Some(
                    Fact::verified(PartialDate::ymd_unchecked(2002, 2, 28)).with_note(
                        "Council Decision 2002/187/JHA; now governed by Regulation (EU) \
                         2018/1727 of 14 November 2018",
                    ),
                ),
                secretariat: None,
                identification: None,
                note: Some(
                    "The declaration leaves 'Union' out of the agency's name. Eurojust supports \
                     joint investigation teams (Annex 1.ix).",
                ),
            },
            Body::Euda => BodyInfo {
                acronym: Some("EUDA"),
                name: Labels::new(
                    "European Union Drugs Agency",
                    "Agencia de la Unión Europea sobre Drogas",
                    "Agência da União Europeia sobre Drogas",
                    "Agence de l'Union européenne sur les drogues",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::EuAgency,
                scope: BodyScope::Eu,
                seat: Some(Fact::verified("Lisbon, Portugal")),
                founded: Some(Fact::verified(PartialDate::year_only(1993)).with_note(
                    "founded as the European Monitoring Centre for Drugs and Drug Addiction \
                         (EMCDDA) by Regulation (EEC) No 302/93",
                )),
                secretariat: None,
                identification: None,
                note: Some(
                    "Became the EUDA under Regulation (EU) 2023/1322 of 27 June 2023. Sources \
                     disagree on when the EUDA started work: 2 July 2024 (the European \
                     Commission) or 1 July 2024 (one other source).",
                ),
            },
            Body::Cepol => BodyInfo {
                acronym: Some("CEPOL"),
                name: Labels::new(
                    "European Union Agency for Law Enforcement Training",
                    "Agencia de la Unión Europea para la Formación Policial",
                    "Agência da União Europeia para a Formação Policial",
                    "Agence de l'Union européenne pour la formation des services répressifs",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::EuAgency,
                scope: BodyScope::Eu,
                seat: Some(Fact::verified("Budapest, Hungary")),
                founded: Some(Fact::verified(PartialDate::year_only(2000)).with_note(
                    "founded as the European Police College by Council Decision \
                         2000/820/JHA; an EU agency under Council Decision 2005/681/JHA; its \
                         current mandate, Regulation (EU) 2015/2219, applies from 1 July 2016",
                )),
                secretariat: None,
                identification: None,
                note: None,
            },
            Body::Frontex => BodyInfo {
                acronym: Some("Frontex"),
                name: Labels::new(
                    "European Border and Coast Guard Agency",
                    "Agencia Europea de la Guardia de Fronteras y Costas",
                    "Agência Europeia da Guarda de Fronteiras e Costeira",
                    "Agence européenne de garde-frontières et de garde-côtes",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::EuAgency,
                scope: BodyScope::Eu,
                seat: Some(Fact::verified("Warsaw, Poland")),
                founded: Some(Fact::unverified(PartialDate::year_only(2004)).with_note(
                    "Regulation (EC) No 2007/2004, operational from 2005; the European \
                         Border and Coast Guard Agency since 2016, now under Regulation (EU) \
                         2019/1896",
                )),
                secretariat: None,
                identification: None,
                note: None,
            },
            Body::MaocN => BodyInfo {
                acronym: Some("MAOC (N)"),
                name: Labels::new(
                    "Maritime Analysis and Operations Centre – Narcotics",
                    "Centro de Análisis y Operaciones Marítimas – Narcóticos",
                    "Centro de Análise e Operações Marítimas – Narcóticos",
                    "Centre d'analyse et d'opérations maritimes – Stupéfiants",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: Some("Maritime Analysis and Operations Centre - Narcotics"),
                kind: BodyKind::IntergovernmentalCentre,
                scope: BodyScope::Europe,
                seat: Some(Fact::verified("Lisbon, Portugal")),
                founded: Some(Fact::disputed(
                    PartialDate::ymd_unchecked(2007, 9, 30),
                    "the International Agreement was signed on 30 September 2007 by France, \
                     Ireland, Italy, Spain, the Netherlands, Portugal and the United Kingdom; the \
                     centre's own site says it was operational from April 2007, an older text \
                     says from 1 April 2006",
                )),
                secretariat: None,
                identification: None,
                note: Some(
                    "A law-enforcement centre with military support; not an EU agency, but \
                     co-funded by the EU's Internal Security Fund. Observers: Cape Verde, the \
                     European Commission, Europol, UNODC, the EMCDDA (now EUDA), the EEAS, the \
                     European Defence Agency, Eurojust and Frontex. Memoranda of understanding \
                     with Brazil, Colombia and Senegal.",
                ),
            },
            Body::Ameripol => BodyInfo {
                acronym: Some("Ameripol"),
                name: Labels::new(
                    "Police Community of the Americas",
                    "Comunidad de Policías de América",
                    "Comunidade de Polícias das Américas",
                    "Communauté des polices d'Amérique",
                )
                .translated(TRANSLATED_FR),
                declaration_name: None,
                kind: BodyKind::PoliceCooperationBody,
                scope: BodyScope::Americas,
                seat: Some(Fact::verified("Bogotá, Colombia")),
                founded: Some(Fact::verified(PartialDate::year_only(2007)).with_note(
                    "created in Bogotá in 2007; statutes adopted in 2012 in the Dominican \
                         Republic",
                )),
                secretariat: None,
                identification: None,
                note: Some(
                    "36 police forces of 30 countries, and 31 observers. The Treaty of \
                     Constitution of Ameripol (Treaty of Brasília), signed on 9 November 2023, \
                     gives it international legal personality; its 13 signatories include Haiti \
                     and Suriname (one outlet lists Bolivia instead of Suriname), which are not \
                     CLASI members, although the declaration (para 25) calls them 13 CLASI Member \
                     States.",
                ),
            },
            Body::Gafilat => BodyInfo {
                acronym: Some("GAFILAT"),
                name: Labels::new(
                    "Financial Action Task Force of Latin America",
                    "Grupo de Acción Financiera de Latinoamérica",
                    "Grupo de Ação Financeira da América Latina",
                    "Groupe d'action financière d'Amérique latine",
                )
                .translated(TRANSLATED_PT_FR),
                declaration_name: None,
                kind: BodyKind::FatfStyleRegionalBody,
                scope: BodyScope::LatinAmerica,
                seat: Some(Fact::unverified("Buenos Aires, Argentina")),
                founded: Some(
                    Fact::verified(PartialDate::ymd_unchecked(2000, 12, 8)).with_note(
                        "memorandum of understanding signed in Cartagena de Indias, under the \
                         former name GAFISUD",
                    ),
                ),
                secretariat: None,
                identification: None,
                note: Some(
                    "18 members: Argentina, Bolivia, Brazil, Chile, Colombia, Costa Rica, Cuba, \
                     Ecuador, El Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama, \
                     Paraguay, Peru, the Dominican Republic and Uruguay. Runs an asset-recovery \
                     network (RRAG).",
                ),
            },
            Body::Cfatf => BodyInfo {
                acronym: Some("CFATF"),
                name: Labels::new(
                    "Caribbean Financial Action Task Force",
                    "Grupo de Acción Financiera del Caribe",
                    "Grupo de Ação Financeira do Caribe",
                    "Groupe d'action financière des Caraïbes",
                )
                .translated(TRANSLATED_PT_FR),
                declaration_name: None,
                kind: BodyKind::FatfStyleRegionalBody,
                scope: BodyScope::Caribbean,
                seat: Some(Fact::verified("Port of Spain, Trinidad and Tobago")),
                founded: Some(Fact::verified(PartialDate::year_month(1990, 5)).with_note(
                    "meeting in Aruba, May 1990; Kingston Declaration, November 1992; \
                         memorandum of understanding, November 1996",
                )),
                secretariat: Some(
                    Fact::verified("Government of Trinidad and Tobago")
                        .with_note("hosts the secretariat in Port of Spain"),
                ),
                identification: None,
                note: Some("Its Spanish acronym is GAFIC."),
            },
            Body::Amon => BodyInfo {
                acronym: Some("AMON"),
                name: Labels::new(
                    "Anti-Money Laundering Operational Network",
                    "Red Operativa contra el Blanqueo de Capitales",
                    "Rede Operacional de Combate ao Branqueamento de Capitais",
                    "Réseau opérationnel de lutte contre le blanchiment de capitaux",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: None,
                kind: BodyKind::InformalNetwork,
                scope: BodyScope::Global,
                seat: None,
                founded: Some(
                    Fact::verified(PartialDate::year_month(2012, 1))
                        .with_note("launched at a meeting in Prague on 26-27 January 2012"),
                ),
                secretariat: Some(Fact::verified("Europol")),
                identification: None,
                note: Some(
                    "An informal network of law-enforcement anti-money-laundering investigators.",
                ),
            },
            Body::Carin => BodyInfo {
                acronym: Some("CARIN"),
                name: Labels::new(
                    "Camden Asset Recovery Inter-agency Network",
                    "Red Interinstitucional de Recuperación de Activos de Camden",
                    "Rede Interinstitucional de Recuperação de Ativos de Camden",
                    "Réseau interinstitutionnel de recouvrement des avoirs de Camden",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: Some("Camden Inter-Agency Asset Recovery Network"),
                kind: BodyKind::InformalNetwork,
                scope: BodyScope::Global,
                seat: None,
                founded: Some(Fact::verified(PartialDate::year_month(2004, 9)).with_note(
                    "Establishment Congress in The Hague, 22-23 September 2004, after a \
                         conference in Dublin (Camden Court Hotel) in October 2002",
                )),
                secretariat: Some(Fact::verified("Europol")),
                identification: None,
                note: Some(
                    "An informal inter-agency network of asset-recovery practitioners of 54 to \
                     58 jurisdictions and 9 international organisations. The declaration's \
                     wording puts the words of the name in another order; one CARIN site writes \
                     Camden Assets Recovery Interagency Network.",
                ),
            },
            Body::EuropeanPortsAlliance => BodyInfo {
                acronym: None,
                name: Labels::new(
                    "European Ports Alliance Public Private Partnership",
                    "Asociación Público-Privada de la Alianza Europea de Puertos",
                    "Parceria Público-Privada da Aliança Europeia dos Portos",
                    "Partenariat public-privé de l'Alliance européenne des ports",
                )
                .translated(TRANSLATED_ES_PT_FR),
                declaration_name: Some("European Ports Alliance"),
                kind: BodyKind::PublicPrivatePartnership,
                scope: BodyScope::Eu,
                seat: None,
                founded: Some(
                    Fact::verified(PartialDate::ymd_unchecked(2024, 1, 24)).with_note(
                        "launched at the Port of Antwerp by the European Commission and the \
                         Belgian Council Presidency",
                    ),
                ),
                secretariat: None,
                identification: None,
                note: Some(
                    "Brings together ports, customs and law enforcement; a key action of the EU \
                     Roadmap to fight drug trafficking and organised crime of 18 October 2023, \
                     with EUR 200 million for customs equipment; 31 ports by mid-2024.",
                ),
            },
            Body::CounterNarcoticsTaskForce => BodyInfo {
                acronym: None,
                name: Labels::new(
                    "Counter-Narcotics Task Force",
                    "Grupo de Trabajo Operacional Birregional contra el narcotráfico",
                    "Grupo de Trabalho Operacional Birregional contra o narcotráfico",
                    "Groupe de travail opérationnel birégional contre le narcotrafic",
                )
                .translated(TRANSLATED_PT_FR),
                declaration_name: None,
                kind: BodyKind::TaskForce,
                scope: BodyScope::BiRegional,
                seat: None,
                founded: Some(
                    Fact::unverified(PartialDate::ymd_unchecked(2022, 10, 19)).with_note(
                        "the launch of the bi-regional GTO in Buenos Aires is verified; that it \
                         is the declaration's Counter-Narcotics Task Force is an inference",
                    ),
                ),
                secretariat: None,
                identification: Some(
                    Fact::unverified(
                        "Grupo de Trabajo Operacional (GTO) Birregional contra el narcotráfico, \
                         launched in Buenos Aires on 19 October 2022",
                    )
                    .with_note(
                        "the crate's inference: no source the crate holds calls the GTO the \
                         Counter-Narcotics Task Force, but it is the bi-regional EU-Latin \
                         American operational law-enforcement task force on drug trafficking, \
                         created at the request of the EU's Justice and Home Affairs ministers \
                         and CLASI's ministers",
                    ),
                ),
                note: Some(
                    "The English name is the declaration's; the Spanish name is the GTO's. The \
                     GTO was co-organised by EL PAcCTO and MAOC (N) with COPOLAD III and SEACOP \
                     V, brought together 12 Latin American and 4 EU countries, and is meant to \
                     become a network of specialised anti-narcotics police.",
                ),
            },
            Body::EuCelacDrugsMechanism => BodyInfo {
                acronym: None,
                name: Labels::new(
                    "EU-CELAC Coordination and Cooperation Mechanism on Drugs",
                    "Mecanismo de Coordinación y Cooperación sobre Drogas UE-CELAC",
                    "Mecanismo de Coordenação e Cooperação sobre Drogas UE-CELAC",
                    "Mécanisme de coordination et de coopération en matière de drogues UE-CELAC",
                )
                .translated(TRANSLATED_PT_FR),
                declaration_name: None,
                kind: BodyKind::DialogueMechanism,
                scope: BodyScope::BiRegional,
                seat: None,
                founded: None,
                secretariat: None,
                identification: None,
                note: Some(
                    "No founding date: sources say only that it was created between 1994 and \
                     1998; Working Procedures adopted in 2009. A political and technical dialogue \
                     of the 27 EU and 33 CELAC states, supported by COPOLAD. Its XXIV High-Level \
                     Meeting in La Paz on 22 February 2024 (co-chairs Belgium and Bolivia) adopted \
                     the La Paz Declaration the EU-CLASI declaration recalls (para 6).",
                ),
            },
        }
    }

    /// The acronym or short name the body goes by, if it has one (`"CLASI"`, `"MAOC (N)"`).
    pub const fn acronym(self) -> Option<&'static str> {
        self.info().acronym
    }

    /// The body's official name in one language (a translation where
    /// [`info().name`](BodyInfo::name) marks that language translated).
    ///
    /// ```
    /// use eu_clasi::{Body, Lang};
    ///
    /// assert_eq!(Body::Clasi.name_in(Lang::Es), "Comité Latinoamericano de Seguridad Interior");
    /// ```
    pub const fn name_in(self, lang: Lang) -> &'static str {
        self.info().name.get(lang)
    }

    /// The declaration's own wording for the body where it differs from the official English
    /// name: `"European Agency for Criminal Justice Cooperation"` for Eurojust,
    /// `"Camden Inter-Agency Asset Recovery Network"` for CARIN,
    /// `"Maritime Analysis and Operations Centre - Narcotics"` for MAOC (N) and
    /// `"European Ports Alliance"`; `None` for every other body.
    pub const fn declaration_name(self) -> Option<&'static str> {
        self.info().declaration_name
    }

    /// What sort of body it is.
    pub const fn kind(self) -> BodyKind {
        self.info().kind
    }

    /// The states it brings together or works for.
    pub const fn scope(self) -> BodyScope {
        self.info().scope
    }

    const fn labels_of(self) -> Labels {
        match self {
            Body::Eu => Labels::new("EU", "UE", "UE", "UE").translated(TRANSLATED_ES_PT_FR),
            Body::CouncilOfTheEu => Labels::new(
                "Council of the EU",
                "Consejo de la UE",
                "Conselho da UE",
                "Conseil de l'UE",
            )
            .translated(TRANSLATED_ES_PT_FR),
            Body::Clasi => Labels::new("CLASI", "CLASI", "CLASI", "CLASI"),
            Body::Celac => Labels::new("CELAC", "CELAC", "CELAC", "CELAC"),
            Body::Europol => Labels::new("Europol", "Europol", "Europol", "Europol"),
            Body::Eurojust => Labels::new("Eurojust", "Eurojust", "Eurojust", "Eurojust"),
            Body::Euda => Labels::new("EUDA", "EUDA", "EUDA", "EUDA"),
            Body::Cepol => Labels::new("CEPOL", "CEPOL", "CEPOL", "CEPOL"),
            Body::Frontex => Labels::new("Frontex", "Frontex", "Frontex", "Frontex"),
            Body::MaocN => Labels::new("MAOC (N)", "MAOC (N)", "MAOC (N)", "MAOC (N)"),
            Body::Ameripol => Labels::new("Ameripol", "Ameripol", "Ameripol", "Ameripol"),
            Body::Gafilat => Labels::new("GAFILAT", "GAFILAT", "GAFILAT", "GAFILAT"),
            Body::Cfatf => {
                Labels::new("CFATF", "GAFIC", "GAFIC", "GAFIC").translated(TRANSLATED_PT_FR)
            }
            Body::Amon => Labels::new("AMON", "AMON", "AMON", "AMON"),
            Body::Carin => Labels::new("CARIN", "CARIN", "CARIN", "CARIN"),
            Body::EuropeanPortsAlliance => Labels::new(
                "European Ports Alliance",
                "Alianza Europea de Puertos",
                "Aliança Europeia dos Portos",
                "Alliance européenne des ports",
            )
            .translated(TRANSLATED_ES_PT_FR),
            Body::CounterNarcoticsTaskForce => Labels::new(
                "Counter-Narcotics Task Force",
                "GTO Birregional contra el narcotráfico",
                "GTO Birregional contra o narcotráfico",
                "GTO birégional contre le narcotrafic",
            )
            .translated(TRANSLATED_PT_FR),
            Body::EuCelacDrugsMechanism => Labels::new(
                "EU-CELAC Drugs Mechanism",
                "Mecanismo UE-CELAC sobre Drogas",
                "Mecanismo UE-CELAC sobre Drogas",
                "Mécanisme UE-CELAC sur les drogues",
            )
            .translated(TRANSLATED_ES_PT_FR),
        }
    }

    /// Former names and other spellings the crate's sources give, beyond the acronym, the
    /// official names and the declaration's wording.
    const fn other_names(self) -> &'static [&'static str] {
        match self {
            Body::Eu | Body::Celac | Body::Europol | Body::Eurojust | Body::Frontex => &[],
            Body::Ameripol | Body::Amon | Body::EuCelacDrugsMechanism => &[],
            Body::CouncilOfTheEu => &["Council"],
            Body::Clasi => &[
                "Latin American Committee for Homeland Security",
                "Comité Latino-Americano de Segurança Interna",
                "Comité da América Latina para a Segurança Interna",
            ],
            Body::Euda => &[
                "EMCDDA",
                "European Monitoring Centre for Drugs and Drug Addiction",
            ],
            Body::Cepol => &["European Police College"],
            Body::MaocN => &["MAOC-N", "MAOC"],
            Body::Gafilat => &["GAFISUD"],
            Body::Cfatf => &["GAFIC", "Grupo de Acción Financiera del Caribe (GAFIC)"],
            Body::Carin => &["Camden Assets Recovery Interagency Network"],
            Body::EuropeanPortsAlliance => {
                &["European Ports Alliance (Public Private Partnership)"]
            }
            Body::CounterNarcoticsTaskForce => &[
                "GTO",
                "Grupo de Trabajo Operacional (GTO) Birregional contra el narcotráfico",
            ],
        }
    }

    fn aliases_of(self) -> Vec<&'static str> {
        let info = self.info();
        info.acronym
            .into_iter()
            .chain(info.name.iter().map(|(_, name)| name))
            .chain(info.declaration_name)
            .chain(self.other_names().iter().copied())
            .collect()
    }
}

impl BodyKind {
    const fn labels_of(self) -> Labels {
        match self {
            BodyKind::Union => Labels::new(
                "union of states",
                "unión de Estados",
                "união de Estados",
                "union d'États",
            ),
            BodyKind::Council => Labels::new("council", "consejo", "conselho", "conseil"),
            BodyKind::MinisterialCommittee => Labels::new(
                "ministerial committee",
                "comité ministerial",
                "comitê ministerial",
                "comité ministériel",
            ),
            BodyKind::RegionalBloc => Labels::new(
                "regional bloc",
                "bloque regional",
                "bloco regional",
                "bloc régional",
            ),
            BodyKind::EuAgency => Labels::new(
                "EU agency",
                "agencia de la UE",
                "agência da UE",
                "agence de l'UE",
            ),
            BodyKind::IntergovernmentalCentre => Labels::new(
                "intergovernmental centre",
                "centro intergubernamental",
                "centro intergovernamental",
                "centre intergouvernemental",
            ),
            BodyKind::PoliceCooperationBody => Labels::new(
                "police cooperation body",
                "organismo de cooperación policial",
                "organismo de cooperação policial",
                "organisme de coopération policière",
            ),
            BodyKind::FatfStyleRegionalBody => Labels::new(
                "FATF-style regional body",
                "organismo regional al estilo del GAFI",
                "organismo regional ao estilo do GAFI",
                "organisme régional de type GAFI",
            ),
            BodyKind::InformalNetwork => Labels::new(
                "informal network",
                "red informal",
                "rede informal",
                "réseau informel",
            ),
            BodyKind::PublicPrivatePartnership => Labels::new(
                "public-private partnership",
                "asociación público-privada",
                "parceria público-privada",
                "partenariat public-privé",
            ),
            BodyKind::TaskForce => Labels::new(
                "task force",
                "grupo de trabajo operacional",
                "força-tarefa",
                "groupe de travail opérationnel",
            ),
            BodyKind::DialogueMechanism => Labels::new(
                "dialogue mechanism",
                "mecanismo de diálogo",
                "mecanismo de diálogo",
                "mécanisme de dialogue",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            BodyKind::EuAgency => vec!["European Union agency"],
            BodyKind::IntergovernmentalCentre => vec!["intergovernmental center"],
            BodyKind::FatfStyleRegionalBody => vec!["FSRB"],
            BodyKind::PublicPrivatePartnership => vec!["PPP"],
            BodyKind::Union
            | BodyKind::Council
            | BodyKind::MinisterialCommittee
            | BodyKind::RegionalBloc
            | BodyKind::PoliceCooperationBody
            | BodyKind::InformalNetwork
            | BodyKind::TaskForce
            | BodyKind::DialogueMechanism => Vec::new(),
        }
    }
}

impl BodyScope {
    const fn labels_of(self) -> Labels {
        match self {
            BodyScope::Eu => Labels::new(
                "European Union",
                "Unión Europea",
                "União Europeia",
                "Union européenne",
            ),
            BodyScope::Europe => Labels::new("Europe", "Europa", "Europa", "Europe"),
            BodyScope::LatinAmerica => Labels::new(
                "Latin America",
                "América Latina",
                "América Latina",
                "Amérique latine",
            ),
            BodyScope::LatinAmericaAndCaribbean => Labels::new(
                "Latin America and the Caribbean",
                "América Latina y el Caribe",
                "América Latina e Caribe",
                "Amérique latine et Caraïbes",
            ),
            BodyScope::Caribbean => Labels::new("Caribbean", "Caribe", "Caribe", "Caraïbes"),
            BodyScope::BiRegional => Labels::new(
                "EU and Latin America and the Caribbean",
                "UE y América Latina y el Caribe",
                "UE e América Latina e Caribe",
                "UE et Amérique latine et Caraïbes",
            ),
            BodyScope::Americas => Labels::new("Americas", "América", "Américas", "Amériques"),
            BodyScope::Global => Labels::new("global", "mundial", "mundial", "mondial"),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    fn aliases_of(self) -> Vec<&'static str> {
        match self {
            BodyScope::Eu => vec!["EU", "UE"],
            BodyScope::LatinAmerica => vec!["Latinoamérica"],
            BodyScope::LatinAmericaAndCaribbean => vec!["LAC"],
            BodyScope::BiRegional => vec!["birregional", "birégional", "bi-regional"],
            BodyScope::Global => vec!["worldwide"],
            BodyScope::Europe | BodyScope::Caribbean | BodyScope::Americas => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{lookup_keys, normalize};
    use crate::{Provenance, Vocabulary};

    /// The declaration as published (Council document 6403/25).
    const SOURCE: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/source/council-6403-25.md"
    ));

    #[test]
    fn has_the_eighteen_bodies_in_order() {
        assert_eq!(Body::all().len(), 18);
        assert_eq!(Body::all()[0], Body::Eu);
        assert_eq!(Body::all()[17], Body::EuCelacDrugsMechanism);
        assert_eq!(
            Body::codes(),
            [
                "eu",
                "council_of_the_eu",
                "clasi",
                "celac",
                "europol",
                "eurojust",
                "euda",
                "cepol",
                "frontex",
                "maoc_n",
                "ameripol",
                "gafilat",
                "cfatf",
                "amon",
                "carin",
                "european_ports_alliance",
                "counter_narcotics_task_force",
                "eu_celac_drugs_mechanism",
            ]
        );
    }

    #[test]
    fn finds_bodies_by_former_names_declaration_wording_and_other_languages() {
        let cases = [
            ("EMCDDA", Body::Euda),
            (
                "European Monitoring Centre for Drugs and Drug Addiction",
                Body::Euda,
            ),
            (
                "European Agency for Criminal Justice Cooperation",
                Body::Eurojust,
            ),
            ("Comunidad de Policías de América", Body::Ameripol),
            ("Comunidade de Policias das Americas", Body::Ameripol),
            ("GAFISUD", Body::Gafilat),
            ("GAFIC", Body::Cfatf),
            ("MAOC (N)", Body::MaocN),
            ("MAOC-N", Body::MaocN),
            ("maoc", Body::MaocN),
            ("Camden Inter-Agency Asset Recovery Network", Body::Carin),
            ("Camden Asset Recovery Inter-agency Network", Body::Carin),
            ("GTO", Body::CounterNarcoticsTaskForce),
            (
                "Grupo de Trabajo Operacional Birregional contra el narcotráfico",
                Body::CounterNarcoticsTaskForce,
            ),
            ("Comité Latinoamericano de Seguridad Interior", Body::Clasi),
            ("Comité Latino-Americano de Segurança Interna", Body::Clasi),
            (
                "Comunidad de Estados Latinoamericanos y Caribeños",
                Body::Celac,
            ),
            (
                "Mecanismo de Coordinación y Cooperación sobre Drogas UE-CELAC",
                Body::EuCelacDrugsMechanism,
            ),
            ("European Police College", Body::Cepol),
            ("European Ports Alliance", Body::EuropeanPortsAlliance),
            ("UE", Body::Eu),
            ("Union européenne", Body::Eu),
            ("Conseil de l'Union européenne", Body::CouncilOfTheEu),
            ("european border and coast guard agency", Body::Frontex),
        ];
        for (text, body) in cases {
            assert_eq!(Body::lookup(text), Ok(body), "{text:?}");
        }
        assert!(
            Body::lookup("EL PAcCTO").is_err(),
            "a programme is not a body"
        );
        assert!(Body::lookup("EMPACT").is_err(), "a framework is not a body");
    }

    #[test]
    fn eurojust_declaration_wording_finds_eurojust() {
        let wording = Body::Eurojust.declaration_name().unwrap();
        assert_eq!(Body::lookup(wording), Ok(Body::Eurojust));
        assert!(!wording.contains("Union"));
        assert!(
            Body::Eurojust
                .name_in(Lang::En)
                .contains("European Union Agency")
        );
    }

    #[test]
    fn no_name_names_two_bodies() {
        for (key, bodies) in lookup_keys::<Body>() {
            assert_eq!(bodies.len(), 1, "{key:?} names {bodies:?}");
        }
        for (key, kinds) in lookup_keys::<BodyKind>() {
            assert_eq!(kinds.len(), 1, "{key:?} names {kinds:?}");
        }
        for (key, scopes) in lookup_keys::<BodyScope>() {
            assert_eq!(scopes.len(), 1, "{key:?} names {scopes:?}");
        }
    }

    #[test]
    fn every_body_is_named_in_the_declaration() {
        for &body in Body::all() {
            if body == Body::CouncilOfTheEu {
                // The Council is the declaration's publisher, named only through its Presidency.
                assert!(SOURCE.contains("From:\tPresidency"));
                assert!(!SOURCE.contains("Council"));
                continue;
            }
            let info = body.info();
            let wording = info.declaration_name.unwrap_or(info.name.en);
            assert!(
                SOURCE.contains(wording),
                "{body}: {wording:?} is not in the text"
            );
            if let Some(acronym) = info.acronym {
                assert!(
                    normalize(SOURCE).contains(&normalize(acronym)),
                    "{body}: {acronym:?} is not in the text"
                );
            }
        }
    }

    #[test]
    fn declaration_names_differ_from_official_names() {
        let differing: Vec<Body> = Body::all()
            .iter()
            .copied()
            .filter(|b| b.declaration_name().is_some())
            .collect();
        assert_eq!(
            differing,
            [
                Body::Eurojust,
                Body::MaocN,
                Body::Carin,
                Body::EuropeanPortsAlliance
            ]
        );
        for body in differing {
            assert_ne!(body.declaration_name(), Some(body.name_in(Lang::En)));
        }
    }

    #[test]
    fn every_body_has_an_official_name_in_every_language() {
        for &body in Body::all() {
            for (lang, name) in body.info().name.iter() {
                assert!(!name.trim().is_empty(), "{body} has no name in {lang}");
            }
            assert!(!body.name_in(Lang::En).is_empty());
            // French names are never in the crate's sources.
            assert!(body.info().name.is_translation(Lang::Fr), "{body}");
        }
    }

    #[test]
    fn marks_unsourced_names_as_translations() {
        assert!(!Body::Ameripol.info().name.is_translation(Lang::Es));
        assert!(!Body::Ameripol.info().name.is_translation(Lang::Pt));
        assert!(!Body::Gafilat.info().name.is_translation(Lang::Es));
        assert!(Body::Gafilat.info().name.is_translation(Lang::Pt));
        assert!(Body::Europol.info().name.is_translation(Lang::Es));
        assert!(Body::Carin.info().name.is_translation(Lang::Es));
        assert!(
            Body::EuCelacDrugsMechanism
                .info()
                .name
                .is_translation(Lang::Pt)
        );
        assert!(
            !Body::EuCelacDrugsMechanism
                .info()
                .name
                .is_translation(Lang::Es)
        );
    }

    #[test]
    fn counter_narcotics_task_force_identification_is_unverified() {
        let info = Body::CounterNarcoticsTaskForce.info();
        let identification = info.identification.unwrap();
        assert_eq!(identification.provenance, Provenance::Unverified);
        assert!(identification.value.contains("GTO"));
        assert!(identification.note.is_some());
        assert_eq!(info.founded.unwrap().provenance, Provenance::Unverified);
        assert_eq!(info.founded.unwrap().value.to_string(), "2022-10-19");
        for &body in Body::all() {
            if body != Body::CounterNarcoticsTaskForce {
                assert!(body.info().identification.is_none(), "{body}");
            }
        }
    }

    #[test]
    fn facts_carry_their_provenance() {
        let maoc = Body::MaocN.info().founded.unwrap();
        assert_eq!(maoc.provenance, Provenance::Disputed);
        assert_eq!(maoc.value.to_string(), "2007-09-30");
        assert_eq!(
            Body::Clasi.info().founded.unwrap().value.to_string(),
            "2022-03-02"
        );
        assert_eq!(
            Body::Clasi.info().founded.unwrap().provenance,
            Provenance::Verified
        );
        assert_eq!(
            Body::Europol.info().founded.unwrap().provenance,
            Provenance::Unverified
        );
        assert_eq!(
            Body::Frontex.info().founded.unwrap().provenance,
            Provenance::Unverified
        );
        assert_eq!(
            Body::Gafilat.info().seat.unwrap(),
            Fact::unverified("Buenos Aires, Argentina")
        );
        assert_eq!(
            Body::Celac.info().founded.unwrap().value.to_string(),
            "2011-12-03"
        );
        // Month-only dates stay month-only.
        assert_eq!(
            Body::Carin.info().founded.unwrap().value.to_string(),
            "2004-09"
        );
        assert_eq!(
            Body::Amon.info().founded.unwrap().value.to_string(),
            "2012-01"
        );
        assert_eq!(
            Body::Cfatf.info().founded.unwrap().value.to_string(),
            "1990-05"
        );
    }

    #[test]
    fn secretariats_and_unknowns() {
        assert_eq!(
            Body::Carin.info().secretariat,
            Some(Fact::verified("Europol"))
        );
        assert_eq!(
            Body::Amon.info().secretariat,
            Some(Fact::verified("Europol"))
        );
        let clasi = Body::Clasi.info();
        assert_eq!(clasi.secretariat, None);
        assert_eq!(clasi.seat, None);
        assert!(clasi.note.unwrap().contains("No permanent secretariat"));
        assert_eq!(Body::EuCelacDrugsMechanism.info().founded, None);
        let seats: Vec<(Body, &str)> = Body::all()
            .iter()
            .filter_map(|&b| b.info().seat.map(|s| (b, s.value)))
            .collect();
        assert_eq!(seats.len(), 9);
        assert!(seats.contains(&(Body::Euda, "Lisbon, Portugal")));
        assert!(seats.contains(&(Body::Ameripol, "Bogotá, Colombia")));
    }

    #[test]
    fn kinds_and_scopes() {
        let agencies: Vec<Body> = Body::all()
            .iter()
            .copied()
            .filter(|b| b.kind() == BodyKind::EuAgency)
            .collect();
        assert_eq!(
            agencies,
            [
                Body::Europol,
                Body::Eurojust,
                Body::Euda,
                Body::Cepol,
                Body::Frontex
            ]
        );
        assert_ne!(Body::MaocN.kind(), BodyKind::EuAgency);
        // Every kind and scope is used by at least one body, except none.
        for &kind in BodyKind::all() {
            assert!(
                Body::all().iter().any(|b| b.kind() == kind),
                "{kind} unused"
            );
        }
        for &scope in BodyScope::all() {
            assert!(
                Body::all().iter().any(|b| b.scope() == scope),
                "{scope} unused"
            );
        }
        assert_eq!(
            BodyKind::lookup("asociación público-privada"),
            Ok(BodyKind::PublicPrivatePartnership)
        );
        assert_eq!(
            BodyScope::lookup("Amérique latine"),
            Ok(BodyScope::LatinAmerica)
        );
    }

    #[test]
    fn wire_codes_round_trip() {
        for &body in Body::all() {
            let json = serde_json::to_string(&body).unwrap();
            assert_eq!(json, format!("\"{body}\""));
            assert_eq!(serde_json::from_str::<Body>(&json).unwrap(), body);
            assert_eq!(body.to_string().parse::<Body>(), Ok(body));
        }
        assert!(
            "MAOC-N".parse::<Body>().is_err(),
            "strict parse takes codes only"
        );
    }
}
