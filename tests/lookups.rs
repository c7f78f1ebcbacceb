//! Look-ups find what people type: real-world spellings in the four languages, per vocabulary
//! (acronyms in each language, short and long names, former names, decomposed accents), the
//! look-up across every vocabulary or some, with the typed term back, "did you mean" for a near
//! miss, and the terms named inside a longer name the crate has no term for.

use eu_clasi::{
    Body, Country, CrimeArea, Error, Instrument, Membership, OperationKind, Region, UnitKind,
    Vocabularies, Vocabulary, lookup_any, recognise,
};

/// Each spelling with the term it must find.
fn finds<V: Vocabulary>(cases: &[(&str, V)]) {
    for &(text, want) in cases {
        assert_eq!(V::lookup(text), Ok(want), "{} lookup of {text:?}", V::KIND);
    }
}

#[test]
fn crime_areas_as_people_write_them() {
    use CrimeArea::*;
    finds(&[
        ("trata de pessoas", TraffickingInHumanBeings),
        ("trata de personas", TraffickingInHumanBeings),
        ("human trafficking", TraffickingInHumanBeings),
        ("lavagem de capitais", FinancialCrime),
        ("branqueamento de capitais", FinancialCrime),
        ("blanqueo de capitales", FinancialCrime),
        ("lavado de dinero", FinancialCrime),
        ("armas de fuego", FirearmsTrafficking),
        ("armas de fogo", FirearmsTrafficking),
        ("cibercriminalidad", Cybercrime),
        ("ciberdelincuencia", Cybercrime),
        ("crimes cibernéticos", Cybercrime),
        ("CYBERCRIMINALITÉ", Cybercrime),
        ("narcotrafico", DrugTrafficking),
        ("trafic de stupéfiants", DrugTrafficking),
    ]);
}

/// The French and Portuguese everyday names of every priority crime area, besides the labels.
#[test]
fn crime_areas_in_everyday_french_and_portuguese() {
    use CrimeArea::*;
    finds(&[
        ("traite des personnes", TraffickingInHumanBeings),
        ("traite d'êtres humains", TraffickingInHumanBeings),
        ("tráfico humano", TraffickingInHumanBeings),
        ("trafic illicite de migrants", MigrantSmuggling),
        ("auxílio à imigração ilegal", MigrantSmuggling),
        ("tráfico de entorpecentes", DrugTrafficking),
        ("trafic illicite de stupéfiants", DrugTrafficking),
        ("pédopornographie", ChildSexualAbuse),
        ("pornografia infantil", ChildSexualAbuse),
        ("trafic illicite d'armes à feu", FirearmsTrafficking),
        ("tráfico ilícito de armas de fogo", FirearmsTrafficking),
        ("cyberattaques", Cybercrime),
        ("crimes informáticos", Cybercrime),
        ("crimes environnementaux", EnvironmentalCrime),
        ("crimes contra o meio ambiente", EnvironmentalCrime),
        ("criminalité économique et financière", FinancialCrime),
        ("criminalidade econômica e financeira", FinancialCrime),
        ("fraude", FinancialCrime),
        ("anticorrupção", Corruption),
        ("atteintes aux biens", OrganisedPropertyCrime),
        (
            "criminalidade organizada contra o patrimônio",
            OrganisedPropertyCrime,
        ),
        ("trafic d'antiquités", TraffickingInCulturalGoods),
        ("tráfico de obras de arte", TraffickingInCulturalGoods),
        ("cryptomonnaie", CriminalUseOfCryptocurrencies),
        ("criptomoeda", CriminalUseOfCryptocurrencies),
        ("réseaux criminels", HighRiskCriminalNetworks),
        ("redes criminosas", HighRiskCriminalNetworks),
        ("financement terroriste", TerrorismFinancing),
        ("financiamento terrorista", TerrorismFinancing),
    ]);
}

/// The programmes and kinds of operation by their French, Portuguese and Spanish names and
/// acronyms: a joint investigation team is an ECE in French, an ECI in Spanish and Brazilian
/// Portuguese, an EIC in European Portuguese.
#[test]
fn programmes_and_operations_in_every_language() {
    finds(&[
        ("ECE", Instrument::JointInvestigationTeam),
        (
            "équipes communes d'enquête",
            Instrument::JointInvestigationTeam,
        ),
        (
            "Equipe Conjunta de Investigação",
            Instrument::JointInvestigationTeam,
        ),
        ("suivre l'argent", Instrument::FollowTheMoney),
        ("seguir o dinheiro", Instrument::FollowTheMoney),
        (
            "plans d'action opérationnels",
            Instrument::OperationalActionPlan,
        ),
        ("força-tarefa operacional", Instrument::OperationalTaskForce),
        ("centros de fusão", Instrument::FusionCentre),
    ]);
    finds(&[
        ("ECE", OperationKind::JointInvestigationTeam),
        ("ECI", OperationKind::JointInvestigationTeam),
        ("EIC", OperationKind::JointInvestigationTeam),
        ("journées d'action", OperationKind::ActionDay),
        (
            "échange de renseignements",
            OperationKind::InformationExchange,
        ),
        ("troca de informações", OperationKind::InformationExchange),
        ("formation", OperationKind::CapacityBuilding),
    ]);
    finds(&[
        ("police nationale", UnitKind::Police),
        ("Polícia Federal", UnitKind::Police),
        ("douanes", UnitKind::Customs),
        (
            "unidade de inteligência financeira",
            UnitKind::FinancialIntelligenceUnit,
        ),
        ("asset recovery office", UnitKind::AssetRecoveryOffice),
    ]);
    let kinds: Vec<&str> = lookup_any("ECE").found.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, ["instrument", "operation_kind"]);
}

#[test]
fn bodies_and_programmes_by_their_acronyms_in_every_language() {
    finds(&[
        ("OEDT", Body::Euda),
        ("EMCDDA", Body::Euda),
        ("GAFIC", Body::Cfatf),
        ("GAFISUD", Body::Gafilat),
        ("MAOC-N", Body::MaocN),
        ("AMERIPOL", Body::Ameripol),
    ]);
    finds(&[
        ("El PAcCTO", Instrument::ElPaccto),
        ("EL PACCTO", Instrument::ElPaccto),
        ("SOCTA", Instrument::EuSocta),
        ("EMPACT", Instrument::Empact),
    ]);
}

#[test]
fn states_by_common_and_decomposed_names() {
    finds(&[
        ("Holanda", Country::Nl),
        ("Países Bajos", Country::Nl),
        ("Pays-Bas", Country::Nl),
        ("Bre\u{301}sil", Country::Br),
        ("Brésil", Country::Br),
        ("BRA", Country::Br),
        ("República Dominicana", Country::Do),
        ("Perou", Country::Pe),
    ]);
    finds(&[
        ("EU-27", Membership::Eu),
        ("Tratado de Brasília", Membership::AmeripolTreaty),
    ]);
}

#[test]
fn one_look_up_across_every_vocabulary_says_where_each_match_belongs() {
    let found = lookup_any("CLASI").found;
    let kinds: Vec<(&str, &str)> = found.iter().map(|t| (t.kind, t.code)).collect();
    assert_eq!(kinds, [("membership", "clasi"), ("body", "clasi")]);
    assert_eq!(lookup_any("Holanda").found[0].kind, "country");
    assert!(lookup_any("no such thing at all").found.is_empty());
}

#[test]
fn a_near_miss_suggests_the_nearest_terms() {
    match Country::lookup("Brasiil") {
        Err(Error::NotFound { suggestions, .. }) => assert_eq!(suggestions, ["BR"]),
        other => panic!("{other:?}"),
    }
    let message = CrimeArea::lookup("cibercriminalidade de")
        .unwrap_err()
        .to_string();
    assert!(message.ends_with("did you mean cybercrime?"), "{message}");
    // Far from every name: no suggestion, and the message says nothing of one.
    match Body::lookup("Atlantis") {
        Err(Error::NotFound { suggestions, .. }) => assert!(suggestions.is_empty()),
        other => panic!("{other:?}"),
    }
    assert_eq!(lookup_any("Eurojst").suggestions[0].code, "eurojust");
}

#[test]
fn a_look_up_restricted_to_some_vocabularies_gives_typed_terms() {
    let reporters = Vocabularies::none().with::<Country>().with::<Body>();
    let hit = reporters.lookup("Colombie");
    assert_eq!(hit.found.len(), 1);
    assert_eq!(hit.found[0].get::<Country>(), Some(Country::Co));
    assert_eq!(hit.found[0].get::<Body>(), None);
    assert!(hit.found[0].is::<Country>());
    // Outside the scope: not found, and not suggested.
    assert!(reporters.lookup("trata de personas").found.is_empty());
    assert!(reporters.lookup("trata de personas").suggestions.is_empty());
    // "CLASI" is a membership and a body; the scope decides.
    assert_eq!(lookup_any("CLASI").found.len(), 2);
    let only_bodies = Vocabularies::all().without::<Membership>().lookup("CLASI");
    assert_eq!(only_bodies.found[0].get::<Body>(), Some(Body::Clasi));
    assert_eq!(only_bodies.found.len(), 1);
    // Suggestions across vocabularies come nearest first, at most three.
    let miss = lookup_any("Colombai");
    assert!(miss.suggestions.len() <= 3);
    assert_eq!(miss.suggestions[0].get::<Country>(), Some(Country::Co));
}

/// What `recognise` finds in `text`: each term's kind and code, with the words it stands on.
fn recognised(text: &str) -> Vec<(&'static str, &'static str, String)> {
    recognise(text)
        .into_iter()
        .map(|r| (r.term.kind, r.term.code, text[r.span].to_owned()))
        .collect()
}

#[test]
fn a_name_the_crate_does_not_know_is_answered_with_what_it_contains() {
    assert_eq!(
        recognised("Policía Nacional de Colombia"),
        [
            ("unit_kind", "police", "Policía Nacional".into()),
            ("country", "CO", "Colombia".into()),
        ]
    );
    // The longer name wins where names overlap; a name two vocabularies share gives both.
    assert_eq!(
        recognised("Caribbean Financial Action Task Force"),
        [(
            "body",
            "cfatf",
            "Caribbean Financial Action Task Force".into()
        )]
    );
    assert_eq!(
        recognised("ECI Colombia–España contra el narcotráfico"),
        [
            ("instrument", "joint_investigation_team", "ECI".into()),
            ("operation_kind", "joint_investigation_team", "ECI".into()),
            ("country", "CO", "Colombia".into()),
            ("country", "ES", "España".into()),
            ("crime_area", "drug_trafficking", "narcotráfico".into()),
        ]
    );
    // Short words count only as acronyms, and codes are not names: no Germany in "de", no
    // Spain in "es", no EU in "eu" (Portuguese "I"), and in capitals still no Germany.
    assert_eq!(
        recognised("POLICÍA NACIONAL DE COLOMBIA"),
        [
            ("unit_kind", "police", "POLICÍA NACIONAL".into()),
            ("country", "CO", "COLOMBIA".into()),
        ]
    );
    assert!(recognised("eu e a red de apoio es de todos").is_empty());
    assert_eq!(
        recognised("Unidade de Inteligência Financeira do Brasil"),
        [
            (
                "unit_kind",
                "financial_intelligence_unit",
                "Unidade de Inteligência Financeira".into()
            ),
            ("country", "BR", "Brasil".into()),
        ]
    );
    assert!(recognise("").is_empty());
    assert!(recognise("Atlantis Lighthouse Board of Nowhere").is_empty());
    assert_eq!(
        recognised("Atlantis Maritime Authority")[0].1,
        "coast_guard"
    );
    // A scope of one's own: the regions of the Caribbean Community's name.
    let regions = Vocabularies::none()
        .with::<Region>()
        .recognise("Caribbean Community");
    assert_eq!(regions[0].term.get::<Region>(), Some(Region::Caribbean));
}
