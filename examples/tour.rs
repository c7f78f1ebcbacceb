//! A tour of the crate's vocabularies, printed in one of the four languages.
//!
//! ```text
//! cargo run --example tour                 # English
//! cargo run --example tour -- --lang es    # Spanish (also: pt, fr, or a language's name)
//! ```
//!
//! Exit code 2 with a message on a bad argument.

use std::process::ExitCode;

use eu_clasi::{
    Body, CollectiveActor, Country, CrimeArea, Instrument, Lang, Membership, Tlp, Vocabulary,
};

const USAGE: &str = "usage: cargo run --example tour -- [--lang en|es|pt|fr]";

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

fn parse_args() -> Result<Lang, String> {
    let mut lang = Lang::En;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" | "-l" => {
                let value = args
                    .next()
                    .ok_or("--lang needs a value: en, es, pt or fr")?;
                lang = Lang::lookup(&value)
                    .map_err(|e| format!("--lang {value}: {e}; use en, es, pt or fr"))?;
            }
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(lang)
}

/// A label, starred when it is the crate's own translation.
fn label<V: Vocabulary>(term: V, lang: Lang) -> String {
    let labels = term.labels();
    let star = if labels.is_translation(lang) { "*" } else { "" };
    format!("{}{star}", labels.get(lang))
}

fn section(lang: Lang, key: &str) {
    let title = heading(lang, key);
    println!("\n{title}\n{}", "-".repeat(title.chars().count()));
}

fn main() -> ExitCode {
    let lang = match parse_args() {
        Ok(lang) => lang,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("tour: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    println!(
        "{}\n{}",
        heading(lang, "title"),
        heading(lang, "translation")
    );

    section(lang, "crime_areas");
    for &area in CrimeArea::all() {
        let note = if area.is_priority() {
            String::new()
        } else {
            format!(" ({})", heading(lang, "not_priority"))
        };
        let iccs: Vec<&str> = area.iccs().iter().map(|c| c.code).collect();
        println!(
            "  {:<34} {}{note}  [ICCS {}]",
            area.code(),
            label(area, lang),
            iccs.join(", ")
        );
    }

    section(lang, "memberships");
    for &m in Membership::all() {
        let codes: Vec<&str> = m.members().iter().map(|c| c.code()).collect();
        println!(
            "  {} ({} {}): {}",
            label(m, lang),
            m.members().len(),
            heading(lang, "members"),
            codes.join(" ")
        );
    }

    section(lang, "states");
    for &country in Country::all() {
        let memberships: Vec<String> = country
            .memberships()
            .into_iter()
            .map(|m| label(m, lang))
            .collect();
        println!(
            "  {}  {:<28} {}",
            country.code(),
            label(country, lang),
            memberships.join(", ")
        );
    }

    section(lang, "bodies");
    for &body in Body::all() {
        println!("  {:<14} {}", label(body, lang), body.name_in(lang));
    }

    section(lang, "instruments");
    for &instrument in Instrument::all() {
        println!(
            "  {:<20} {}",
            label(instrument.kind(), lang),
            label(instrument, lang)
        );
    }

    section(lang, "collective");
    for &actor in CollectiveActor::all() {
        println!("  {}", label(actor, lang));
    }

    section(lang, "tlp");
    for &tlp in Tlp::all() {
        println!("  {:<18} {}", tlp.code(), tlp.description());
    }
    ExitCode::SUCCESS
}
