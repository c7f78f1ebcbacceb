//! Look-ups find what people type: real-world spellings in the four languages, per vocabulary
//! (acronyms in each language, short and long names, former names, decomposed accents), the
//! look-up across every vocabulary, and "did you mean" for a near miss.

use eu_clasi::{Body, Country, CrimeArea, Error, Instrument, Membership, Vocabulary, lookup_any};

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
