//! The actors the declaration names as a group (authorities, sectors, officials) rather than as
//! a named body.

use super::vocabulary;

include!("../generated/collective_actor.rs");

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
        self.wording_data()
    }

    /// Other names the actor is found by: common terms and acronyms, and the declaration's
    /// wordings that name only this actor.
    /// The declaration's wordings are English.
    fn aliases_of(self) -> Vec<crate::TaggedAlias> {
        let own_wording = self.declaration_wording().iter().copied().filter(|phrase| {
            <Self as crate::Vocabulary>::all()
                .iter()
                .filter(|other| other.declaration_wording().contains(phrase))
                .count()
                == 1
        });
        let other = self.other_names();
        own_wording
            .map(|w| crate::TaggedAlias::in_lang(crate::Lang::En, w))
            .chain(other.iter().copied())
            .collect()
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
