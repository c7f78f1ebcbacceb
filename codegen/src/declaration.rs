//! The declaration as data: its verbatim text read from `data/source/council-6403-25.md`,
//! and what each passage names, its paragraph kinds and the timeline from
//! `data/declaration.toml`.

use std::collections::HashSet;
use std::fmt::Write as _;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Error;
use crate::emit::{Variants, lit};
use crate::model::{Date, Status};

const TOML: &str = "data/declaration.toml";
const SOURCE: &str = "data/source/council-6403-25.md";

macro_rules! links {
    ($(#[doc = $doc:literal])* $name:ident { $($(#[$fattr:meta])* pub $field:ident : $ty:ty,)* }) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fattr])* pub $field: $ty,)*
            /// The `crime_area` codes of the areas it names.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub crime_areas: Vec<String>,
            /// The `country` codes of the states it names.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub states: Vec<String>,
            /// The `body` codes of the bodies it names.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub bodies: Vec<String>,
            /// The `instrument` codes of the instruments it names.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub instruments: Vec<String>,
            /// The `collective_actor` codes of the actors it names.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub collective_actors: Vec<String>,
            /// The ids of the timeline events it names.
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            pub events: Vec<String>,
        }
    };
}

links! {
    /// What a numbered paragraph is and names.
    ParagraphLinks {
        /// Its number.
        pub number: u8,
        /// `recital` or `commitment`.
        pub kind: String,
    }
}

links! {
    /// What a roadmap action names.
    ActionLinks {
        /// Its id (`1.vi`).
        pub id: String,
        /// The crime area of each of its listed targets, in the text's order (1.vi).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub targets: Vec<String>,
    }
}

/// A dated event the declaration names or implies.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventData {
    /// A stable id.
    pub id: String,
    /// What happened or will happen, in the declaration's words where it has them.
    pub title: String,
    /// When, as a date (`2023-11-09`, `2023-03`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// When, as a period from a start to an end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<[Date; 2]>,
    /// When, as a recurrence every so many months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_months: Option<u16>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// How the date is known, where it is not simply the declaration's own statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The sources that support or dispute it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What else to know: how the sources disagree with the declaration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// `data/declaration.toml`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationFile {
    /// Every numbered paragraph, in order.
    pub paragraph: Vec<ParagraphLinks>,
    /// Every roadmap action, in order.
    pub action: Vec<ActionLinks>,
    /// The timeline.
    pub event: Vec<EventData>,
}

/// The verbatim text, as found in the source document.
#[derive(Debug, Default)]
pub struct Text {
    /// The subject line of the cover note.
    pub subject: String,
    /// The cover note.
    pub cover_note: String,
    /// The line before the operative paragraphs.
    pub chapeau: String,
    /// The Annex's title after "ANNEX TO THE JOINT DECLARATION: ".
    pub roadmap_title: String,
    /// The file codes (`JAI 222`, ...).
    pub file_codes: Vec<String>,
    /// The numbered paragraphs.
    pub paragraphs: Vec<(u8, String)>,
    /// The pillars: number, title.
    pub pillars: Vec<(u8, String)>,
    /// The actions: pillar, numeral, text, target wordings.
    pub actions: Vec<(u8, String, String, Vec<String>)>,
}

/// Reads the source document's structure. Every string is a line's text exactly.
pub fn parse_source(md: &str) -> Result<Text, Error> {
    let mut t = Text::default();
    let mut in_codes = false;
    for (number, line) in md.lines().enumerate() {
        let at = || format!("{SOURCE}:{}", number + 1);
        let trimmed = line.trim_end();
        if let Some(rest) = trimmed.strip_prefix("**JAI ") {
            in_codes = true;
            t.file_codes.push(format!("JAI {}", rest.trim()));
            continue;
        }
        if in_codes {
            let code = trimmed.trim_end_matches("**").trim();
            t.file_codes.push(code.to_string());
            in_codes = !trimmed.ends_with("**");
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("Subject:") {
            t.subject = rest.trim().to_string();
        } else if trimmed.starts_with("Delegations will find in annex") {
            t.cover_note = trimmed.to_string();
        } else if trimmed.starts_with("We, the Ministers") && trimmed.ends_with(':') {
            t.chapeau = trimmed.to_string();
        } else if let Some(rest) = trimmed.strip_prefix("## **ANNEX TO THE JOINT DECLARATION: ") {
            t.roadmap_title = rest.trim_end_matches("**").to_string();
        } else if let Some((n, text)) = numbered(trimmed)
            && t.pillars.is_empty()
        {
            t.paragraphs.push((n, text.to_string()));
        } else if let Some((n, title)) = pillar(trimmed) {
            t.pillars.push((n, title.to_string()));
        } else if let Some((numeral, text)) = action(trimmed) {
            let pillar = t
                .pillars
                .last()
                .map(|p| p.0)
                .ok_or_else(|| Error::data(&at(), "an action before any pillar"))?;
            t.actions
                .push((pillar, numeral.to_string(), text.to_string(), Vec::new()));
        } else if let Some(item) = trimmed.trim_start().strip_prefix("- ")
            && let Some(last) = t.actions.last_mut()
            && last.2.ends_with(':')
            && last.0 == t.pillars.last().map(|p| p.0).unwrap_or_default()
        {
            last.3.push(item.trim_end_matches([',', '.']).to_string());
        }
    }
    if t.subject.is_empty() || t.cover_note.is_empty() || t.chapeau.is_empty() {
        return Err(Error::data(
            SOURCE,
            "no subject, cover note or chapeau found",
        ));
    }
    Ok(t)
}

/// `12. text` -> (12, text).
fn numbered(line: &str) -> Option<(u8, &str)> {
    let (n, rest) = line.split_once(". ")?;
    Some((n.parse().ok()?, rest))
}

/// `### **1- Operational ...**` -> (1, title).
fn pillar(line: &str) -> Option<(u8, &str)> {
    let rest = line.trim_start_matches('#');
    if rest.len() == line.len() {
        return None;
    }
    let rest = rest.trim().trim_start_matches("**").trim_end_matches("**");
    let (n, title) = rest.split_once("- ")?;
    Some((n.parse().ok()?, title))
}

/// `- vi) text` or `vii) text` -> (numeral, text).
fn action(line: &str) -> Option<(&str, &str)> {
    let line = line.strip_prefix("- ").unwrap_or(line);
    let (numeral, text) = line.split_once(") ")?;
    (!numeral.is_empty() && numeral.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
        .then_some((numeral, text))
}

fn refs(v: &Variants, kind: &str, codes: &[String], at: &str) -> Result<String, Error> {
    let (ty, map) = v
        .get(kind)
        .ok_or_else(|| Error::data(at, format!("no vocabulary {kind}")))?;
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    for c in codes {
        if !seen.insert(c) {
            return Err(Error::data(at, format!("{c:?} is listed twice")));
        }
        let variant = map
            .get(c)
            .ok_or_else(|| Error::data(at, format!("{kind} has no term {c:?}")))?;
        items.push(format!("{ty}::{variant}"));
    }
    Ok(format!("&[{}]", items.join(", ")))
}

macro_rules! mentions {
    ($v:expr, $l:expr, $at:expr, $events:expr) => {{
        for e in &$l.events {
            if !$events.contains(e.as_str()) {
                return Err(Error::data(&$at, format!("events: no event {e:?} in the timeline")));
            }
        }
        format!(
            "M {{ crime_areas: {}, states: {}, bodies: {}, instruments: {}, collective_actors: {}, events: &[{}] }}",
            refs($v, "crime_area", &$l.crime_areas, &$at)?,
            refs($v, "country", &$l.states, &$at)?,
            refs($v, "body", &$l.bodies, &$at)?,
            refs($v, "instrument", &$l.instruments, &$at)?,
            refs($v, "collective_actor", &$l.collective_actors, &$at)?,
            $l.events.iter().map(|e| lit(e)).collect::<Vec<_>>().join(", ")
        )
    }};
}

/// The generated Rust of the declaration.
pub fn generate(md: &str, file: &DeclarationFile, v: &Variants) -> Result<String, Error> {
    let text = parse_source(md)?;
    let events: HashSet<&str> = file.event.iter().map(|e| e.id.as_str()).collect();
    if events.len() != file.event.len() {
        return Err(Error::data(TOML, "an event id is used twice"));
    }
    let mut out = String::new();
    out.push_str(
        "// @generated by eu-clasi-codegen from data/source/council-6403-25.md (the text) and\n\
         // data/declaration.toml (the links). Do not edit: edit the data and run\n\
         // `cargo run -p eu-clasi-codegen`.\n\n",
    );
    for (name, value) in [
        ("SUBJECT", &text.subject),
        ("COVER_NOTE", &text.cover_note),
        ("CHAPEAU", &text.chapeau),
        ("ROADMAP_TITLE", &text.roadmap_title),
    ] {
        writeln!(out, "pub(super) const {name}: &str = {};", lit(value)).ok();
    }
    writeln!(
        out,
        "pub(super) const FILE_CODES: &[&str] = &[{}];",
        text.file_codes
            .iter()
            .map(|c| lit(c))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .ok();
    if text.paragraphs.len() != file.paragraph.len() {
        return Err(Error::data(
            TOML,
            format!(
                "{} paragraphs, the source has {}",
                file.paragraph.len(),
                text.paragraphs.len()
            ),
        ));
    }
    out.push_str("\npub(super) const PARAGRAPHS: &[P] = &[\n");
    for ((n, body), links) in text.paragraphs.iter().zip(&file.paragraph) {
        let at = format!("{TOML}: paragraph {}", links.number);
        if *n != links.number {
            return Err(Error::data(
                &at,
                format!("the source's paragraph here is {n}"),
            ));
        }
        let kind = match links.kind.as_str() {
            "recital" => "ParagraphKind::Recital",
            "commitment" => "ParagraphKind::Commitment",
            other => {
                return Err(Error::data(
                    &at,
                    format!("kind: {other:?} is not recital or commitment"),
                ));
            }
        };
        writeln!(
            out,
            "P {{ number: {n}, kind: {kind}, text: {}, mentions: {} }},",
            lit(body),
            mentions!(v, links, at, events)
        )
        .ok();
    }
    out.push_str("];\n\npub(super) const PILLAR_TITLES: &[(u8, &str)] = &[\n");
    for (n, title) in &text.pillars {
        writeln!(out, "({n}, {}),", lit(title)).ok();
    }
    out.push_str("];\n\npub(super) const ACTIONS: &[A] = &[\n");
    if text.actions.len() != file.action.len() {
        return Err(Error::data(
            TOML,
            format!(
                "{} actions, the source has {}",
                file.action.len(),
                text.actions.len()
            ),
        ));
    }
    for ((pillar, numeral, body, wordings), links) in text.actions.iter().zip(&file.action) {
        let id = format!("{pillar}.{numeral}");
        let at = format!("{TOML}: action {}", links.id);
        if id != links.id {
            return Err(Error::data(
                &at,
                format!("the source's action here is {id}"),
            ));
        }
        let index = [
            "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
        ]
        .iter()
        .position(|r| r == numeral)
        .ok_or_else(|| Error::data(&at, "numeral out of range"))?
            + 1;
        if wordings.len() != links.targets.len() {
            return Err(Error::data(
                &at,
                format!(
                    "targets: {} given, the source lists {}",
                    links.targets.len(),
                    wordings.len()
                ),
            ));
        }
        let (ty, areas) = v
            .get("crime_area")
            .ok_or_else(|| Error::data(&at, "no crime_area vocabulary"))?;
        let mut targets = Vec::new();
        for (area, wording) in links.targets.iter().zip(wordings) {
            let variant = areas
                .get(area)
                .ok_or_else(|| Error::data(&at, format!("targets: no crime area {area:?}")))?;
            targets.push(format!(
                "T {{ crime_area: {ty}::{variant}, wording: {} }}",
                lit(wording)
            ));
        }
        writeln!(
            out,
            "A {{ id: ActionId::new_unchecked({pillar}, {index}), text: {}, targets: &[{}], mentions: {} }},",
            lit(body),
            targets.join(", "),
            mentions!(v, links, at, events)
        )
        .ok();
    }
    out.push_str("];\n\npub(super) const EVENTS: &[Ev] = &[\n");
    for e in &file.event {
        let at = format!("{TOML}: event {:?}", e.id);
        let when = match (&e.date, &e.period, e.every_months) {
            (Some(d), None, None) => format!("When::Date({})", crate::emit::date(d, &at)?),
            (None, Some([a, b]), None) => format!(
                "When::Period({}, {})",
                crate::emit::date(a, &at)?,
                crate::emit::date(b, &at)?
            ),
            (None, None, Some(n)) if n > 0 => format!("When::EveryMonths({n})"),
            _ => {
                return Err(Error::data(
                    &at,
                    "give exactly one of date, period or every_months (above 0)",
                ));
            }
        };
        let provenance = match e.status {
            None => "None".to_string(),
            Some(s) => format!("Some({})", crate::emit::provenance(s)),
        };
        writeln!(
            out,
            "Ev {{ id: {}, title: {}, when: {when}, place: {}, provenance: {provenance}, note: {}, sources: &[{}] }},",
            lit(&e.id),
            lit(&e.title),
            e.place.as_deref().map_or("None".into(), |p| format!("Some({})", lit(p))),
            e.note.as_deref().map_or("None".into(), |p| format!("Some({})", lit(p))),
            e.sources.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", ")
        )
        .ok();
    }
    out.push_str("];\n");
    Ok(out)
}
