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
    let cases: [(&str, &str); 8] = [
        ("code", "migrant_smuggling"),
        ("acronym", "EMCDDA"),
        (
            "alias (declaration wording)",
            "European Agency for Criminal Justice Cooperation",
        ),
        ("label en", "Trafficking in human beings"),
        ("label es", "trata de personas"),
        ("label pt", "tráfico de seres humanos"),
        ("label fr", "traite des êtres humains"),
        ("label es, accents dropped", "Mexico"),
    ];
    for (what, text) in cases {
        g.bench_function(format!("lookup by {what}: {text:?}"), |b| {
            b.iter(|| {
                let t = black_box(text);
                (CrimeArea::lookup(t).is_ok()
                    || Body::lookup(t).is_ok()
                    || Country::lookup(t).is_ok()) as u8
            })
        });
    }
    g.bench_function("lookup, crime area only: \"trata de personas\"", |b| {
        b.iter(|| CrimeArea::lookup(black_box("trata de personas")))
    });
    g.bench_function("lookup, body only: \"EMCDDA\"", |b| {
        b.iter(|| Body::lookup(black_box("EMCDDA")))
    });
    g.bench_function("lookup, country only: \"Brasil\"", |b| {
        b.iter(|| Country::lookup(black_box("Brasil")))
    });
    g.bench_function("label in a language", |b| {
        b.iter(|| black_box(Country::Br).label(black_box(Lang::Fr)))
    });
    g.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
