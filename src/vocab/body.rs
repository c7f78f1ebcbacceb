//! The institutions, agencies, networks and mechanisms the declaration names, with what the
//! crate knows of each: acronym, official names, kind, scope, seat, founding date, secretariat.

use crate::{Fact, Labels, Lang, PartialDate};

use super::vocabulary;

/// What the crate knows of a [`Body`]: its entry in `data/vocabularies/body.toml`, each fact
/// with the sources it cites.
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
    /// Who its members are, in words, where the crate's sources say (the CFATF). The member
    /// states of the organisations the crate holds a member table of are
    /// [`Membership::members`](crate::Membership::members).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Fact<&'static str>>,
    /// What the declaration's wording is taken to refer to, where that is the crate's inference
    /// rather than a match of names or acronyms (the Counter-Narcotics Task Force). `None` where
    /// the declaration names the body by its name or acronym.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identification: Option<Fact<&'static str>>,
    /// What else a user should know: membership, legal basis, what is not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

include!("../generated/body.rs");
include!("../generated/body_kind.rs");
include!("../generated/body_scope.rs");

impl Body {
    /// Everything the crate knows of the body.
    pub const fn info(self) -> BodyInfo {
        self.data()
    }

    /// The lookup names beyond code and labels, each with its language: the acronym (the same
    /// in every language), the official names (each in its language), the declaration's
    /// wording (English), then the data file's other names.
    fn aliases_of(self) -> Vec<crate::TaggedAlias> {
        let info = self.info();
        info.acronym
            .map(crate::TaggedAlias::shared)
            .into_iter()
            .chain(
                info.name
                    .iter()
                    .map(|(lang, name)| crate::TaggedAlias::in_lang(lang, name)),
            )
            .chain(
                info.declaration_name
                    .map(|name| crate::TaggedAlias::in_lang(crate::Lang::En, name)),
            )
            .chain(self.other_names().iter().copied())
            .collect()
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
        }
        // The EU's own bodies have official names in every EU language: none is the crate's
        // translation.
        for body in [
            Body::Eu,
            Body::CouncilOfTheEu,
            Body::Europol,
            Body::Eurojust,
            Body::Euda,
            Body::Cepol,
            Body::Frontex,
        ] {
            for lang in [Lang::Es, Lang::Pt, Lang::Fr] {
                assert!(!body.info().name.is_translation(lang), "{body} in {lang}");
            }
        }
    }

    #[test]
    fn marks_unsourced_names_as_translations() {
        assert!(!Body::Ameripol.info().name.is_translation(Lang::Es));
        assert!(!Body::Ameripol.info().name.is_translation(Lang::Pt));
        assert!(!Body::Gafilat.info().name.is_translation(Lang::Es));
        assert!(Body::Gafilat.info().name.is_translation(Lang::Pt));
        // The FATF's French pages write GAFILAT's and the CFATF's French names.
        assert!(!Body::Gafilat.info().name.is_translation(Lang::Fr));
        assert!(!Body::Cfatf.info().name.is_translation(Lang::Fr));
        assert!(!Body::Europol.info().name.is_translation(Lang::Es));
        assert!(Body::Carin.info().name.is_translation(Lang::Es));
        // CLASI has no official Portuguese name: the crate writes the form Portugal's
        // interior ministry uses, which is not its own translation.
        assert_eq!(
            Body::Clasi.name_in(Lang::Pt),
            "Comité da América Latina para a Segurança Interna"
        );
        assert!(!Body::Clasi.info().name.is_translation(Lang::Pt));
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
            Body::Frontex.info().founded.unwrap(),
            Fact::verified(PartialDate::new(2004, None, None).unwrap())
                .with_sources(&["eu-frontex"])
                .with_note(
                    "the EU's page on the agency gives 2004 as the year it was established; its founding act and later mandates are not listed here because no source the crate holds confirms them"
                )
        );
        // An unverified fact says what is missing.
        let seat = Body::Gafilat.info().seat.unwrap();
        assert_eq!(
            (seat.value, seat.provenance),
            ("Buenos Aires, Argentina", Provenance::Unverified)
        );
        assert!(seat.note.is_some_and(|n| n.contains("no source")));
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
            Some(Fact::verified("Europol").with_sources(&["ref-50", "ref-51", "ref-52"]))
        );
        assert_eq!(
            Body::Amon.info().secretariat,
            Some(Fact::verified("Europol").with_sources(&["ref-59", "ref-60"]))
        );
        let clasi = Body::Clasi.info();
        assert_eq!(clasi.secretariat, None);
        assert_eq!(clasi.seat, None);
        assert!(clasi.note.unwrap().contains("No permanent secretariat"));
        // The sources disagree on when the EU-CELAC drugs mechanism was created.
        let mechanism = Body::EuCelacDrugsMechanism.info().founded.unwrap();
        assert_eq!(mechanism.provenance, Provenance::Disputed);
        assert_eq!(mechanism.value.to_string(), "1999");
        assert!(
            mechanism
                .note
                .is_some_and(|n| n.contains("between 1994 and 1998"))
        );
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
