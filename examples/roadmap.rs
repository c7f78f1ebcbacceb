//! Prints the EU-CLASI 2025-2026 roadmap (the Annex of the Joint Declaration, Council document
//! 6403/25) pillar by pillar: each action's id and text, and the crime areas, actors (states,
//! bodies, other actors) and instruments it names.
//!
//! ```text
//! cargo run --example roadmap                                          # English
//! cargo run --example roadmap -- --lang es                             # also pt, fr, or a language's name
//! cargo run --example roadmap -- --crime-area migrant_smuggling        # only the actions naming it
//! cargo run --example roadmap -- --crime-area "migrant smuggling"      # a label works too,
//! cargo run --example roadmap -- --crime-area "tráfico ilícito de migrantes" --lang pt  # in any language
//! cargo run --example roadmap -- --body Eurojust                     # the actions naming a body
//! cargo run --example roadmap -- --action=1.vi                         # one action
//! cargo run --example roadmap -- --help
//! ```
//!
//! The action texts and pillar titles are quoted verbatim in English, the declaration's
//! original language; `--lang` sets the headings and the labels of the linked terms. A crime
//! area is found with [`Vocabulary::lookup`], by its code, an alias or a label in any of the
//! four languages; a name that fits several areas ("tráfico de personas") is refused with its
//! candidates. `--body` finds a body the same way (`Body::lookup`: code, acronym, alias or
//! label), and the listing keeps the actions that name it (`Declaration::actions_naming`);
//! `--action` shows one action by its id. The filters combine. Every option also takes its
//! value as `--option=value`. A bad argument (unknown flag, missing value, unknown language,
//! unknown or ambiguous crime area or body, an id the roadmap does not have) prints a message
//! on stderr and exits with code 2. A closed pipe (`| head`) ends it quietly.

use std::io::Write as _;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser};
use eu_clasi::{ActionId, Body, CrimeArea, Error, Lang, RoadmapAction, Vocabulary, declaration};

/// The width the text is wrapped to, in characters.
const WIDTH: usize = 100;
/// The indentation of an action's text and links.
const INDENT: usize = 6;

/// What the command line asks for.
struct Options {
    lang: Lang,
    crime_area: Option<CrimeArea>,
    body: Option<Body>,
    action: Option<ActionId>,
}

include!("generated/roadmap_text.rs");

/// Prints the EU-CLASI 2025-2026 roadmap pillar by pillar, with the crime areas, actors and
/// instruments each action names.
#[derive(Parser)]
struct Args {
    /// en, es, pt or fr, or a language's name
    #[arg(long, short, default_value = "en", value_parser = |s: &str| Lang::lookup(s))]
    lang: Lang,
    /// Only the actions naming this crime area: its code, an alias or a label in any language
    #[arg(long, short)]
    crime_area: Option<String>,
    /// Only the actions naming this body: its code, acronym, alias or label
    #[arg(long, short)]
    body: Option<String>,
    /// Only this action, by its id (such as 1.vi)
    #[arg(long, short)]
    action: Option<String>,
}

/// Reads the command line (clap ends the program on a usage error or `--help`), then finds
/// the terms it names, or says why it cannot.
fn parse_args() -> Result<Options, String> {
    let help = format!(
        "crime area codes: {}\nbody codes: {}\naction ids: {}\n\nexit codes: 0 ok, 2 usage error",
        CrimeArea::codes().join(", "),
        Body::codes().join(", "),
        declaration()
            .actions()
            .map(|a| a.id.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let matches = Args::command().after_help(help).get_matches();
    let args = Args::from_arg_matches(&matches).map_err(|e| e.to_string())?;
    Ok(Options {
        lang: args.lang,
        crime_area: match args.crime_area {
            None => None,
            Some(value) => Some(resolve_crime_area(&value, args.lang)?),
        },
        body: args.body.as_deref().map(resolve_body).transpose()?,
        action: args.action.as_deref().map(resolve_action).transpose()?,
    })
}

/// Finds the body a text names (`Body::lookup`), or says why it cannot.
fn resolve_body(text: &str) -> Result<Body, String> {
    Body::lookup(text).map_err(|e| {
        format!(
            "--body {text:?}: {e}\nbody codes: {}",
            Body::codes().join(", ")
        )
    })
}

/// The id of an action of the roadmap, or why it is none.
fn resolve_action(text: &str) -> Result<ActionId, String> {
    let ids = || {
        declaration()
            .actions()
            .map(|a| a.id.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id: ActionId = text
        .trim()
        .parse()
        .map_err(|e| format!("--action {text:?}: {e}\naction ids: {}", ids()))?;
    match declaration().action(id) {
        Some(_) => Ok(id),
        None => Err(format!(
            "--action {text:?}: the roadmap has no action {id}\naction ids: {}",
            ids()
        )),
    }
}

/// Finds the crime area a text names, or says why it cannot.
fn resolve_crime_area(text: &str, lang: Lang) -> Result<CrimeArea, String> {
    match CrimeArea::lookup(text) {
        Ok(area) => Ok(area),
        Err(Error::Ambiguous { candidates, .. }) => {
            let named: Vec<String> = candidates
                .iter()
                .map(|code| match code.parse::<CrimeArea>() {
                    Ok(area) => format!("  {code}  ({})", label(area, lang)),
                    Err(_) => format!("  {code}"),
                })
                .collect();
            Err(format!(
                "--crime-area {text:?} is ambiguous: it names {} crime areas; give one of their codes:\n{}",
                candidates.len(),
                named.join("\n")
            ))
        }
        Err(e) => Err(format!(
            "--crime-area {text:?}: {e}\ncrime area codes: {}",
            CrimeArea::codes().join(", ")
        )),
    }
}

/// A label in `lang`, starred when it is the crate's own translation.
fn label<V: Vocabulary>(term: V, lang: Lang) -> String {
    let labels = term.labels();
    let star = if labels.is_translation(lang) { "*" } else { "" };
    format!("{}{star}", labels.get(lang))
}

/// `text` broken into lines of at most `width` characters (a longer word gets a line of its
/// own), the first prefixed by `first` and the others by `indent` spaces.
fn wrap(text: &str, first: &str, indent: usize, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!empty) + word.chars().count();
        if !empty && needed > width {
            lines.push(std::mem::replace(&mut line, " ".repeat(indent)));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines
}

/// One action: its id, its text wrapped, and what it names.
fn print_action(out: &mut Vec<String>, action: &RoadmapAction, lang: Lang) {
    let pad = " ".repeat(INDENT);
    out.push(format!("  {}", action.id));
    out.extend(wrap(&action.full_text(), &pad, INDENT, WIDTH));
    let m = &action.mentions;
    let links = [
        (
            Heading::CrimeAreas,
            m.crime_areas
                .iter()
                .map(|&t| label(t, lang))
                .collect::<Vec<_>>(),
        ),
        (
            Heading::States,
            m.states.iter().map(|&t| label(t, lang)).collect(),
        ),
        (
            Heading::Bodies,
            m.bodies.iter().map(|&t| label(t, lang)).collect(),
        ),
        (
            Heading::OtherActors,
            m.collective_actors
                .iter()
                .map(|&t| label(t, lang))
                .collect(),
        ),
        (
            Heading::Instruments,
            m.instruments.iter().map(|&t| label(t, lang)).collect(),
        ),
    ];
    for (heading, names) in links {
        if names.is_empty() {
            continue;
        }
        let first = format!("{pad}{}: ", heading.get(lang));
        out.extend(wrap(&names.join(", "), &first, INDENT + 2, WIDTH));
    }
}

/// The whole listing, one line per element.
fn render(options: &Options) -> Vec<String> {
    let Options {
        lang,
        crime_area,
        body,
        action,
    } = *options;
    let d = declaration();
    let roadmap = &d.roadmap;
    let mut out = Vec::new();

    out.push(roadmap.title.clone());
    let subtitle = format!(
        "{} {}: {} {} ({})",
        Heading::Roadmap.get(lang),
        format_args!("{}-{}", roadmap.period.start, roadmap.period.end),
        Heading::AnnexOf.get(lang),
        d.reference.number,
        d.reference.date
    );
    out.extend(wrap(&subtitle, "", 0, WIDTH));
    let verbatim = Heading::Verbatim
        .get(lang)
        .replace("{lang}", lang.label(lang));
    out.extend(wrap(&verbatim, "", 0, WIDTH));
    out.push(Heading::Translation.get(lang).to_owned());

    let total = d.actions().count();
    // The crate's look-ups give the actions each filter keeps.
    let naming_area: Option<Vec<ActionId>> =
        crime_area.map(|x| d.actions_naming(x).map(|a| a.id).collect());
    let naming_body: Option<Vec<ActionId>> =
        body.map(|x| d.actions_naming(x).map(|a| a.id).collect());
    let shown = |a: &RoadmapAction| {
        naming_area.as_ref().is_none_or(|ids| ids.contains(&a.id))
            && naming_body.as_ref().is_none_or(|ids| ids.contains(&a.id))
            && action.is_none_or(|id| a.id == id)
    };
    if let Some(area) = crime_area {
        let count = d.actions().filter(|a| shown(a)).count();
        out.push(format!(
            "{}: {} ({area}) — {count} {} {total} {}",
            Heading::CrimeArea.get(lang),
            label(area, lang),
            Heading::Of.get(lang),
            Heading::Actions.get(lang)
        ));
    }
    if let Some(body) = body {
        let count = d.actions().filter(|a| shown(a)).count();
        out.push(format!(
            "{} ({body}) — {count} {} {total} {}",
            label(body, lang),
            Heading::Of.get(lang),
            Heading::Actions.get(lang)
        ));
    }
    if (crime_area.is_some() || body.is_some() || action.is_some())
        && d.actions().filter(|a| shown(a)).count() == 0
    {
        if crime_area.is_some() {
            out.push(String::new());
            out.push(Heading::NoAction.get(lang).to_owned());
        }
        return out;
    }

    for pillar in &roadmap.pillars {
        let actions: Vec<&RoadmapAction> = pillar.actions.iter().filter(|a| shown(a)).collect();
        if actions.is_empty() {
            continue;
        }
        let heading = format!(
            "{} {}: {}",
            Heading::Pillar.get(lang),
            pillar.number,
            pillar.title
        );
        out.push(String::new());
        out.push(heading.clone());
        out.push("=".repeat(heading.chars().count()));
        for action in actions {
            out.push(String::new());
            print_action(&mut out, action, lang);
        }
    }
    if crime_area.is_none() && body.is_none() && action.is_none() {
        out.push(String::new());
        out.push(format!(
            "{total} {}, {} {}",
            Heading::Actions.get(lang),
            roadmap.pillars.len(),
            Heading::Pillars.get(lang)
        ));
    }
    out
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("roadmap: {message}");
            return ExitCode::from(2);
        }
    };
    let mut text = render(&options).join("\n");
    text.push('\n');
    // A reader that stops early (`| head`) is no error.
    let _ = std::io::stdout().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
