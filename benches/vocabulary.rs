//! Vocabulary parsing: strict wire codes, forgiving lookup by code, alias and label in each
//! language, and label lookup. Target: lookup by any alias under 100 ns.
//!
//! `cargo bench --bench vocabulary`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eu_clasi::{Body, Country, CrimeArea, Lang, Vocabulary};

fn lookups(c: &mut Criterion) {
    // Warm the indexes so that building them is not measured.
    let _ = CrimeArea::lookup("x");
    let _ = Country::lookup("x");
    let _ = Body::lookup("x");

    let mut g = c.benchmark_group("vocabulary");
    g.bench_function("parse wire code (FromStr): crime_area", |b| {
        b.iter(|| black_box("trafficking_in_cultural_goods").parse::<CrimeArea>())
    });
    g.bench_function("parse wire code (FromStr): country", |b| {
        b.iter(|| black_box("VE").parse::<Country>())
    });
    g.bench_function("serde_json wire code: country", |b| {
        b.iter(|| serde_json::from_str::<Country>(black_box("\"VE\"")))
    });
    // Lookup by every kind of name, each in the vocabulary that owns it.
    let area = |t: &'static str| move || CrimeArea::lookup(black_box(t));
    let body = |t: &'static str| move || Body::lookup(black_box(t));
    let country = |t: &'static str| move || Country::lookup(black_box(t));
    let cases: Vec<(&str, Box<dyn Fn() -> bool>)> = vec![
        (
            "crime area by code: migrant_smuggling",
            Box::new(move || area("migrant_smuggling")().is_ok()),
        ),
        (
            "crime area by label en: Trafficking in human beings",
            Box::new(move || area("Trafficking in human beings")().is_ok()),
        ),
        (
            "crime area by label es: trata de personas",
            Box::new(move || area("trata de personas")().is_ok()),
        ),
        (
            "crime area by label pt: tráfico de seres humanos",
            Box::new(move || area("tráfico de seres humanos")().is_ok()),
        ),
        (
            "crime area by label fr: traite des êtres humains",
            Box::new(move || area("traite des êtres humains")().is_ok()),
        ),
        (
            "crime area by alias: narcotráfico",
            Box::new(move || area("narcotráfico")().is_ok()),
        ),
        (
            "body by acronym: EMCDDA",
            Box::new(move || body("EMCDDA")().is_ok()),
        ),
        (
            "body by declaration wording: European Agency for Criminal Justice Cooperation",
            Box::new(move || body("European Agency for Criminal Justice Cooperation")().is_ok()),
        ),
        (
            "body by label es: Comunidad de Policías de América",
            Box::new(move || body("Comunidad de Policías de América")().is_ok()),
        ),
        (
            "country by ISO code: BR",
            Box::new(move || country("BR")().is_ok()),
        ),
        (
            "country by label es: Brasil",
            Box::new(move || country("Brasil")().is_ok()),
        ),
        (
            "country by label fr: Brésil",
            Box::new(move || country("Brésil")().is_ok()),
        ),
        (
            "country by label without accents: Mexico",
            Box::new(move || country("Mexico")().is_ok()),
        ),
        (
            "country, not found: Atlantis",
            Box::new(move || country("Atlantis")().is_err()),
        ),
    ];
    for (what, f) in &cases {
        assert!(f(), "{what}");
        g.bench_function(format!("lookup {what}"), |b| b.iter(f));
    }
    g.bench_function("label in a language", |b| {
        b.iter(|| black_box(Country::Br).label(black_box(Lang::Fr)))
    });
    g.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
