//! The actors the declaration names as a group (authorities, sectors, officials) rather than as
//! a named body.

use crate::{Labels, TRANSLATED_ES_PT_FR};

use super::vocabulary;

vocabulary! {
    /// A group of actors the EU-CLASI Joint Declaration names without naming a body: kinds of
    /// authorities, sectors of society, and the officials and leaders of the two regions.
    ///
    /// For named institutions, see [`Body`](crate::Body).
    /// [`CollectiveActor::declaration_wording`] gives the exact phrases the declaration uses for
    /// each; a phrase that names two actors at once ("police and judicial authorities") belongs
    /// to both, but is not a lookup alias of either.
    ///
    /// ```
    /// use eu_clasi::{CollectiveActor, Lang, Vocabulary};
    ///
    /// assert_eq!(CollectiveActor::lookup("asset recovery agencies").unwrap(), CollectiveActor::AssetRecoveryOffices);
    /// assert_eq!(CollectiveActor::lookup("FIU").unwrap(), CollectiveActor::FinancialIntelligenceUnits);
    /// assert_eq!(CollectiveActor::CivilSocietyOrganisations.code(), "civil_society_organisations");
    /// assert_eq!(CollectiveActor::JudicialAuthorities.label(Lang::Es), "autoridades judiciales");
    /// assert!(CollectiveActor::PoliceAuthorities
    ///     .declaration_wording()
    ///     .contains(&"police and judicial authorities"));
    /// ```
    #[vocabulary(kind = "collective_actor", case = "snake_case", labels = CollectiveActor::labels_of, aliases = CollectiveActor::aliases_of)]
    pub enum CollectiveActor {
        /// The law enforcement authorities of both regions, whose information exchange, methods and cooperation with judicial authorities the declaration addresses (paras 17 and 34; Annex 1.ii).
        LawEnforcementAuthorities,
        /// The police authorities of Latin America and the Caribbean, whose participation in the next EMPACT cycle the Annex promotes (Annex 1.viii).
        PoliceAuthorities,
        /// The judicial authorities, named with law enforcement (paras 17 and 34) and, for Latin America and the Caribbean, with the police (Annex 1.viii).
        JudicialAuthorities,
        /// The competent authorities or entities of each country, whose coordination with other actors the declaration stresses (paras 22 and 23) and whose participation in EMPACT the Annex promotes (Annex 1.viii).
        CompetentAuthorities,
        /// The asset recovery offices of third countries (para 20), called asset recovery agencies in the Annex, which encourages bi-regional cooperation between them (Annex 4.iii).
        AssetRecoveryOffices,
        /// The financial intelligence units that carry out the exchange of financial intelligence the Annex promotes (Annex 4.ii); the declaration names the exchange, not the units.
        FinancialIntelligenceUnits,
        /// The special investigative units that existing fusion centres should support (Annex 1.i).
        SpecialInvestigativeUnits,
        /// The national prison authorities: the national institutions working to prevent convicted leaders and members of criminal networks from continuing their criminal activities while incarcerated (para 10), and the detention facilities whose resilience the Annex addresses (Annex 3).
        PrisonAuthorities,
        /// The private sector, named among the actors whose coordination the declaration calls for (para 22), in the fight against corruption (para 13) and in the resilience of logistic hubs (Annex 2.i).
        PrivateSector,
        /// Civil society organisations, named among the actors whose coordination and collaboration the declaration calls for (paras 22 and 23).
        CivilSocietyOrganisations,
        /// Academic institutions, named among the partners of educational campaigns for a culture of legality (para 23).
        AcademicInstitutions,
        /// Media outlets, named among the partners of educational campaigns for a culture of legality (para 23).
        MediaOutlets,
        /// Local communities, named among the actors whose coordination the declaration calls for (para 22).
        LocalCommunities,
        /// International organisations, named among the actors whose coordination the declaration calls for (para 22).
        InternationalOrganisations,
        /// The senior officials of the EU and CLASI, one of the three levels of the EU-CLASI meeting cycle (para 27), whose next meeting is to review the declaration's implementation (para 36).
        SeniorOfficials,
        /// The Ministers of Interior and/or Security of the EU Member States and the Ministers with responsibility for security matters of the CLASI Member States: the declaration's authors (paras 1 and 37 and the title).
        Ministers,
        /// The Heads of State or Government of the EU and CELAC, whose declaration of 18 July 2023 the declaration recalls (para 6) and whom it invites, as the Leaders of the EU and CELAC, to endorse its efforts at their next summit (para 35).
        HeadsOfStateOrGovernment,
    }
}

impl CollectiveActor {
    /// The exact phrases the declaration uses for this actor, each found word for word
    /// (ignoring case) in Council document 6403/25. A phrase that names two actors is listed
    /// under both.
    ///
    /// ```
    /// use eu_clasi::CollectiveActor;
    ///
    /// assert_eq!(
    ///     CollectiveActor::AssetRecoveryOffices.declaration_wording(),
    ///     ["asset recovery offices", "asset recovery agencies"]
    /// );
    /// ```
    pub const fn declaration_wording(self) -> &'static [&'static str] {
        match self {
            CollectiveActor::LawEnforcementAuthorities => &[
                "law enforcement and judicial authorities",
                "law enforcement in both regions",
            ],
            CollectiveActor::PoliceAuthorities => &["police and judicial authorities"],
            CollectiveActor::JudicialAuthorities => &[
                "law enforcement and judicial authorities",
                "police and judicial authorities",
            ],
            CollectiveActor::CompetentAuthorities => &[
                "competent authorities of Latin America and the Caribbean",
                "competent entities of each country",
                "competent entities in each country",
            ],
            CollectiveActor::AssetRecoveryOffices => {
                &["asset recovery offices", "asset recovery agencies"]
            }
            CollectiveActor::FinancialIntelligenceUnits => &["exchange of financial intelligence"],
            CollectiveActor::SpecialInvestigativeUnits => &["special investigative units"],
            CollectiveActor::PrisonAuthorities => &[
                "national institutions working to prevent leaders and members of criminal \
                 networks who are convicted from continuing their criminal activities while \
                 incarcerated",
                "detention facilities",
            ],
            CollectiveActor::PrivateSector => &["the private sector", "public and private sectors"],
            CollectiveActor::CivilSocietyOrganisations => &["civil society organisations"],
            CollectiveActor::AcademicInstitutions => &["academic institutions"],
            CollectiveActor::MediaOutlets => &["media outlets"],
            CollectiveActor::LocalCommunities => &["local communities"],
            CollectiveActor::InternationalOrganisations => &["international organisations"],
            CollectiveActor::SeniorOfficials => {
                &["Senior Officials' level", "senior officials' meeting"]
            }
            CollectiveActor::Ministers => &[
                "Ministers of Interior and/or Security",
                "Ministers with responsibility for security matters",
            ],
            CollectiveActor::HeadsOfStateOrGovernment => &[
                "Heads of State or Government",
                "leaders of the two regions",
                "Leaders of the European Union and CELAC",
            ],
        }
    }

    const fn labels_of(self) -> Labels {
        match self {
            CollectiveActor::LawEnforcementAuthorities => Labels::new(
                "law enforcement authorities",
                "autoridades encargadas de hacer cumplir la ley",
                "autoridades responsáveis pela aplicação da lei",
                "autorités répressives",
            ),
            CollectiveActor::PoliceAuthorities => Labels::new(
                "police authorities",
                "autoridades policiales",
                "autoridades policiais",
                "autorités de police",
            ),
            CollectiveActor::JudicialAuthorities => Labels::new(
                "judicial authorities",
                "autoridades judiciales",
                "autoridades judiciárias",
                "autorités judiciaires",
            ),
            CollectiveActor::CompetentAuthorities => Labels::new(
                "competent authorities",
                "autoridades competentes",
                "autoridades competentes",
                "autorités compétentes",
            ),
            CollectiveActor::AssetRecoveryOffices => Labels::new(
                "asset recovery offices",
                "oficinas de recuperación de activos",
                "gabinetes de recuperação de ativos",
                "bureaux de recouvrement des avoirs",
            ),
            CollectiveActor::FinancialIntelligenceUnits => Labels::new(
                "financial intelligence units",
                "unidades de inteligencia financiera",
                "unidades de inteligência financeira",
                "cellules de renseignement financier",
            ),
            CollectiveActor::SpecialInvestigativeUnits => Labels::new(
                "special investigative units",
                "unidades especiales de investigación",
                "unidades especiais de investigação",
                "unités spéciales d'enquête",
            ),
            CollectiveActor::PrisonAuthorities => Labels::new(
                "prison authorities",
                "autoridades penitenciarias",
                "autoridades penitenciárias",
                "autorités pénitentiaires",
            ),
            CollectiveActor::PrivateSector => Labels::new(
                "private sector",
                "sector privado",
                "setor privado",
                "secteur privé",
            ),
            CollectiveActor::CivilSocietyOrganisations => Labels::new(
                "civil society organisations",
                "organizaciones de la sociedad civil",
                "organizações da sociedade civil",
                "organisations de la société civile",
            ),
            CollectiveActor::AcademicInstitutions => Labels::new(
                "academic institutions",
                "instituciones académicas",
                "instituições académicas",
                "établissements universitaires",
            ),
            CollectiveActor::MediaOutlets => Labels::new(
                "media outlets",
                "medios de comunicación",
                "meios de comunicação social",
                "médias",
            ),
            CollectiveActor::LocalCommunities => Labels::new(
                "local communities",
                "comunidades locales",
                "comunidades locais",
                "communautés locales",
            ),
            CollectiveActor::InternationalOrganisations => Labels::new(
                "international organisations",
                "organizaciones internacionales",
                "organizações internacionais",
                "organisations internationales",
            ),
            CollectiveActor::SeniorOfficials => Labels::new(
                "senior officials",
                "altos funcionarios",
                "altos funcionários",
                "hauts fonctionnaires",
            ),
            CollectiveActor::Ministers => Labels::new(
                "ministers of interior and/or security",
                "ministros del Interior y/o de Seguridad",
                "ministros do Interior e/ou da Segurança",
                "ministres de l'Intérieur et/ou de la Sécurité",
            ),
            CollectiveActor::HeadsOfStateOrGovernment => Labels::new(
                "Heads of State or Government",
                "Jefes de Estado o de Gobierno",
                "Chefes de Estado ou de Governo",
                "chefs d'État ou de gouvernement",
            ),
        }
        .translated(TRANSLATED_ES_PT_FR)
    }

    /// Other names the actor is found by: common terms and acronyms, and the declaration's
    /// wordings that name only this actor.
    fn aliases_of(self) -> Vec<&'static str> {
        let own_wording = self.declaration_wording().iter().copied().filter(|phrase| {
            <Self as crate::Vocabulary>::all()
                .iter()
                .filter(|other| other.declaration_wording().contains(phrase))
                .count()
                == 1
        });
        let other: &[&str] = match self {
            CollectiveActor::LawEnforcementAuthorities => &[
                "law enforcement",
                "law enforcement agencies",
                "law enforcement authority",
            ],
            CollectiveActor::PoliceAuthorities => &["police", "police forces"],
            CollectiveActor::JudicialAuthorities => &["judicial authority"],
            CollectiveActor::CompetentAuthorities => &["competent entities"],
            CollectiveActor::AssetRecoveryOffices => &["ARO", "AROs", "asset recovery agency"],
            CollectiveActor::FinancialIntelligenceUnits => &[
                "FIU",
                "FIUs",
                "financial intelligence",
                "financial intelligence unit",
            ],
            CollectiveActor::SpecialInvestigativeUnits => &["special investigative unit"],
            CollectiveActor::PrisonAuthorities => &[
                "penitentiary authorities",
                "prison administrations",
                "prison services",
            ],
            CollectiveActor::PrivateSector => &["private sectors"],
            CollectiveActor::CivilSocietyOrganisations => {
                &["civil society", "civil society organizations", "CSOs"]
            }
            CollectiveActor::AcademicInstitutions => &["academia"],
            CollectiveActor::MediaOutlets => &["media"],
            CollectiveActor::LocalCommunities => &[],
            CollectiveActor::InternationalOrganisations => &["international organizations"],
            CollectiveActor::SeniorOfficials => &[],
            CollectiveActor::Ministers => &["ministers", "ministers of interior", "ministros"],
            CollectiveActor::HeadsOfStateOrGovernment => &["leaders"],
        };
        own_wording.chain(other.iter().copied()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Vocabulary;
    use crate::vocab::lookup_keys;

    /// The declaration as published (Council document 6403/25).
    const SOURCE: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/source/council-6403-25.md"
    ));

    #[test]
    fn has_the_seventeen_actors_in_order() {
        assert_eq!(CollectiveActor::all().len(), 17);
        assert_eq!(
            CollectiveActor::all()[0],
            CollectiveActor::LawEnforcementAuthorities
        );
        assert_eq!(
            CollectiveActor::all()[16],
            CollectiveActor::HeadsOfStateOrGovernment
        );
        assert_eq!(CollectiveActor::MediaOutlets.code(), "media_outlets");
        assert_eq!(
            CollectiveActor::HeadsOfStateOrGovernment.code(),
            "heads_of_state_or_government"
        );
    }

    #[test]
    fn every_wording_occurs_verbatim_in_the_declaration() {
        let text = SOURCE.to_lowercase();
        for &actor in CollectiveActor::all() {
            assert!(!actor.declaration_wording().is_empty(), "{actor}");
            for phrase in actor.declaration_wording() {
                assert!(
                    text.contains(&phrase.to_lowercase()),
                    "{actor}: {phrase:?} is not in the declaration"
                );
            }
        }
    }

    #[test]
    fn shared_wordings_are_not_aliases() {
        for phrase in [
            "police and judicial authorities",
            "law enforcement and judicial authorities",
        ] {
            assert!(
                CollectiveActor::lookup(phrase).is_err(),
                "{phrase:?} names two actors"
            );
        }
        for (key, actors) in lookup_keys::<CollectiveActor>() {
            assert_eq!(actors.len(), 1, "{key:?} names {actors:?}");
        }
    }

    #[test]
    fn finds_actors_by_the_declarations_wording_and_other_languages() {
        let cases = [
            (
                "asset recovery agencies",
                CollectiveActor::AssetRecoveryOffices,
            ),
            (
                "asset recovery offices",
                CollectiveActor::AssetRecoveryOffices,
            ),
            (
                "exchange of financial intelligence",
                CollectiveActor::FinancialIntelligenceUnits,
            ),
            (
                "financial intelligence",
                CollectiveActor::FinancialIntelligenceUnits,
            ),
            (
                "law enforcement",
                CollectiveActor::LawEnforcementAuthorities,
            ),
            (
                "special investigative units",
                CollectiveActor::SpecialInvestigativeUnits,
            ),
            (
                "national institutions working to prevent leaders and members of criminal networks who are convicted from continuing their criminal activities while incarcerated",
                CollectiveActor::PrisonAuthorities,
            ),
            (
                "competent entities of each country",
                CollectiveActor::CompetentAuthorities,
            ),
            (
                "senior officials' meeting",
                CollectiveActor::SeniorOfficials,
            ),
            (
                "Ministers of Interior and/or Security",
                CollectiveActor::Ministers,
            ),
            ("Leaders", CollectiveActor::HeadsOfStateOrGovernment),
            (
                "Jefes de Estado o de Gobierno",
                CollectiveActor::HeadsOfStateOrGovernment,
            ),
            (
                "organizações da sociedade civil",
                CollectiveActor::CivilSocietyOrganisations,
            ),
            (
                "autorités judiciaires",
                CollectiveActor::JudicialAuthorities,
            ),
            ("sector privado", CollectiveActor::PrivateSector),
        ];
        for (text, actor) in cases {
            assert_eq!(CollectiveActor::lookup(text), Ok(actor), "{text:?}");
        }
    }

    #[test]
    fn labels_are_translations_outside_english() {
        for &actor in CollectiveActor::all() {
            let labels = actor.labels();
            for (lang, label) in labels.iter() {
                assert!(!label.is_empty(), "{actor} has no {lang} label");
            }
            assert!(labels.is_translation(crate::Lang::Es), "{actor}");
            assert!(!labels.is_translation(crate::Lang::En), "{actor}");
        }
    }
}
