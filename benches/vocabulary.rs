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
    let area = |t: &str| CrimeArea::lookup(t).is_ok();
    let body = |t: &str| Body::lookup(t).is_ok();
    let country = |t: &str| Country::lookup(t).is_ok();
    type Case = (&'static str, &'static str, fn(&str) -> bool);
    let cases: [Case; 16] = [
        ("crime area by code", "migrant_smuggling", area),
        (
            "crime area by label en",
            "trafficking in human beings",
            area,
        ),
        (
            "crime area by label en, other case",
            "Trafficking in Human Beings",
            area,
        ),
        ("crime area by label es", "trata de personas", area),
        ("crime area by label pt", "tráfico de seres humanos", area),
        ("crime area by label fr", "traite des êtres humains", area),
        ("crime area by alias", "narcotráfico", area),
        ("body by acronym", "EMCDDA", body),
        (
            "body by declaration wording",
            "European Agency for Criminal Justice Cooperation",
            body,
        ),
        (
            "body by declaration wording, upper case",
            "EUROPEAN AGENCY FOR CRIMINAL JUSTICE COOPERATION",
            body,
        ),
        ("body by label es", "Comunidad de Policías de América", body),
        ("country by ISO code", "BR", country),
        (
            "country by label fr, decomposed accent",
            "Bre\u{301}sil",
            country,
        ),
        ("country by label es", "Brasil", country),
        ("country by label fr, no accent", "Bresil", country),
        ("country, not found", "Atlantis", |t| {
            Country::lookup(t).is_err()
        }),
    ];
    for (what, text, f) in cases {
        assert!(f(text), "{what}: {text}");
        g.bench_function(format!("lookup {what}: {text}"), |b| {
            b.iter(|| f(black_box(text)))
        });
    }
    g.bench_function("label in a language", |b| {
        b.iter(|| black_box(Country::Br).label(black_box(Lang::Fr)))
    });
    g.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
