//! A tour of the crate's vocabularies, printed in one of the four languages.
//!
//! ```text
//! cargo run --example tour                 # English
//! cargo run --example tour -- --lang es    # Spanish (also: pt, fr, or a language's name)
//! ```
//!
//! `--lang=es` works too. Exit code 2 with a message on a bad argument (clap's); a closed
//! pipe (`| head`) ends it quietly.

use std::fmt::Write as _;
use std::io::Write as _;

use clap::Parser;

use eu_clasi::{
    Body, CollectiveActor, Country, CrimeArea, Instrument, Lang, Membership, Tlp, Vocabulary,
};

/// The tour's own headings, in the four languages.
fn heading(lang: Lang, key: &str) -> &'static str {
    let [en, es, pt, fr] = match key {
        "title" => [
            "The EU-CLASI Joint Declaration's vocabularies",
            "Los vocabularios de la Declaración Conjunta UE-CLASI",
            "Os vocabulários da Declaração Conjunta UE-CLASI",
            "Les vocabulaires de la déclaration conjointe UE-CLASI",
        ],
        "crime_areas" => [
            "Crime areas",
            "Ámbitos delictivos",
            "Domínios criminais",
            "Domaines de criminalité",
        ],
        "not_priority" => [
            "named, not a priority",
            "mencionado, no prioritario",
            "mencionado, não prioritário",
            "mentionné, non prioritaire",
        ],
        "states" => ["States", "Estados", "Estados", "États"],
        "memberships" => ["Memberships", "Pertenencias", "Adesões", "Appartenances"],
        "members" => ["members", "miembros", "membros", "membres"],
        "bodies" => ["Bodies", "Organismos", "Organismos", "Organismes"],
        "instruments" => [
            "Programmes and instruments",
            "Programas e instrumentos",
            "Programas e instrumentos",
            "Programmes et instruments",
        ],
        "collective" => [
            "Other actors",
            "Otros actores",
            "Outros atores",
            "Autres acteurs",
        ],
        "tlp" => [
            "Traffic Light Protocol 2.0",
            "Protocolo de semáforo (TLP) 2.0",
            "Protocolo do semáforo (TLP) 2.0",
            "Protocole TLP 2.0",
        ],
        "unverified" => [
            "? unverified (see the crate's docs)",
            "? no verificado (véase la documentación)",
            "? não verificado (ver a documentação)",
            "? non vérifié (voir la documentation)",
        ],
        "translation" => [
            "* the crate's own translation",
            "* traducción propia de la biblioteca",
            "* tradução própria da biblioteca",
            "* traduction propre à la bibliothèque",
        ],
        _ => [""; 4],
    };
    match lang {
        Lang::En => en,
        Lang::Es => es,
        Lang::Pt => pt,
        Lang::Fr => fr,
    }
}

/// Prints a tour of the crate's vocabularies.
#[derive(Parser)]
#[command(
    after_help = "languages: en, es, pt, fr (or a language's name)\n\nexit codes: 0 ok, 2 usage error"
)]
struct Options {
    /// en, es, pt or fr, or a language's name ("español", "French")
    #[arg(long, short, default_value = "en", value_parser = |s: &str| Lang::lookup(s))]
    lang: Lang,
}

/// A label, starred when it is the crate's own translation.
fn label<V: Vocabulary>(term: V, lang: Lang) -> String {
    let labels = term.labels();
    let star = if labels.is_translation(lang) { "*" } else { "" };
    format!("{}{star}", labels.get(lang))
}

fn section(out: &mut String, lang: Lang, key: &str) {
    let title = heading(lang, key);
    let _ = writeln!(out, "\n{title}\n{}", "-".repeat(title.chars().count()));
}

/// The whole tour, as text.
fn tour(lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n{}\n{}",
        heading(lang, "title"),
        heading(lang, "translation"),
        heading(lang, "unverified")
    );

    section(&mut out, lang, "crime_areas");
    for &area in CrimeArea::all() {
        let note = if area.is_priority() {
            String::new()
        } else {
            format!(" ({})", heading(lang, "not_priority"))
        };
        let iccs: Vec<String> = area
            .iccs()
            .iter()
            .map(|c| {
                if c.provenance.needs_checking() {
                    format!("{}?", c.code)
                } else {
                    c.code.to_owned()
                }
            })
            .collect();
        let iccs = if iccs.is_empty() {
            "-".to_owned()
        } else {
            iccs.join(" ")
        };
        let _ = writeln!(
            out,
            "  {:<34} {}{note}\n  {:<34} ICCS {iccs}",
            area.code(),
            label(area, lang),
            ""
        );
    }

    section(&mut out, lang, "memberships");
    for &m in Membership::all() {
        let codes: Vec<&str> = m.members().iter().map(|c| c.code()).collect();
        let _ = writeln!(
            out,
            "  {} ({} {}):\n    {}",
            label(m, lang),
            m.members().len(),
            heading(lang, "members"),
            codes.join(" ")
        );
    }

    section(&mut out, lang, "states");
    for &country in Country::all() {
        let memberships: Vec<&str> = country
            .memberships()
            .into_iter()
            .map(|m| m.code())
            .collect();
        let _ = writeln!(
            out,
            "  {}  {:<32} {}",
            country.code(),
            label(country, lang),
            memberships.join(" ")
        );
    }

    section(&mut out, lang, "bodies");
    for &body in Body::all() {
        let name = body.info().name;
        let star = if name.is_translation(lang) { "*" } else { "" };
        let _ = writeln!(out, "  {:<32} {}{star}", label(body, lang), name.get(lang));
    }

    section(&mut out, lang, "instruments");
    // Programmes are known by their acronyms (EMPACT, EL PAcCTO, COPOLAD, ...), as bodies are.
    for &instrument in Instrument::all() {
        let _ = writeln!(
            out,
            "  {:<22} {:<16} {}",
            label(instrument.kind(), lang),
            instrument.acronym().unwrap_or(""),
            label(instrument, lang)
        );
    }

    section(&mut out, lang, "collective");
    for &actor in CollectiveActor::all() {
        let _ = writeln!(out, "  {}", label(actor, lang));
    }

    section(&mut out, lang, "tlp");
    for &tlp in Tlp::all() {
        let _ = writeln!(out, "  {}", label(tlp, lang));
    }
    out
}

fn main() {
    let options = Options::parse();
    // Written at once; a reader that stops early (`| head`) is no error.
    let _ = std::io::stdout().write_all(tour(options.lang).as_bytes());
}
