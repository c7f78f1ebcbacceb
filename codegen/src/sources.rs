//! The sources facts cite: `data/sources.toml`, and the checks that tie the data files' facts
//! to it.
//!
//! Every id a fact cites is a source of the file; every source is cited by some fact; a
//! `verified` or `disputed` fact cites at least one source; a `disputed` fact's note says how
//! the sources disagree. A problem is an [`Error`] naming the file, the term and the field.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::Error;
use crate::emit::{date, lit};
use crate::model::{Source, SourcesFile};

/// Where the sources are, relative to the repository root.
pub const SOURCES_FILE: &str = "data/sources.toml";

/// The texts the checks read: `data/sources.toml` first, then every vocabulary data file and
/// the declaration's links and timeline (`data/declaration.toml`), each
/// as (path relative to the root, text).
pub fn texts(root: &std::path::Path) -> Result<Vec<(String, String)>, Error> {
    let vocabularies = crate::vocabulary_files(root)?;
    std::iter::once(SOURCES_FILE.to_string())
        .chain(vocabularies.iter().map(crate::VocabularyFile::path))
        .chain(std::iter::once("data/declaration.toml".to_string()))
        .map(|relative| {
            std::fs::read_to_string(root.join(&relative))
                .map(|text| (relative.clone(), text))
                .map_err(|e| Error::data(&relative, e))
        })
        .collect()
}

/// Reads `data/sources.toml`'s text: every source, checked (ids unique and well-formed,
/// titles non-empty, addresses `https://`, dates real).
pub fn parse(text: &str) -> Result<Vec<Source>, Error> {
    let file: SourcesFile = toml::from_str(text).map_err(|e| Error::data(SOURCES_FILE, e))?;
    let mut ids = BTreeSet::new();
    for s in &file.source {
        let at = format!("{SOURCES_FILE}: source {:?}", s.id);
        let well_formed = !s.id.is_empty()
            && s.id.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            });
        if !well_formed {
            return Err(Error::data(
                &format!("{at}, field id"),
                "not lowercase letters and digits in hyphen-separated words",
            ));
        }
        if !ids.insert(s.id.as_str()) {
            return Err(Error::data(
                &format!("{at}, field id"),
                "the id is used twice",
            ));
        }
        if s.title.trim().is_empty() {
            return Err(Error::data(&format!("{at}, field title"), "empty"));
        }
        if let Some(url) = &s.url
            && (!url.starts_with("https://") || url.contains(char::is_whitespace))
        {
            return Err(Error::data(
                &format!("{at}, field url"),
                format!("{url:?} is not an https:// address"),
            ));
        }
        for (field, d) in [("published", &s.published), ("read", &s.read)] {
            if let Some(d) = d {
                date(d, &format!("{at}, field {field}"))?;
            }
        }
    }
    Ok(file.source)
}

/// Checks that the facts of the vocabulary data files and the sources agree (see the module
/// documentation). `texts` holds `data/sources.toml` and the data files, as [`texts`] reads
/// them; the result is the sources.
pub fn check(texts: &[(String, String)]) -> Result<Vec<Source>, Error> {
    let sources_text = texts
        .iter()
        .find(|(path, _)| path == SOURCES_FILE)
        .map(|(_, text)| text.as_str())
        .ok_or_else(|| Error::data(SOURCES_FILE, "missing"))?;
    let sources = parse(sources_text)?;
    let known: BTreeSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let mut cited = BTreeSet::new();
    for (path, text) in texts.iter().filter(|(path, _)| path != SOURCES_FILE) {
        let value: toml::Value = toml::from_str(text).map_err(|e| Error::data(path, e))?;
        let Some(table) = value.as_table() else {
            continue;
        };
        for (key, child) in table {
            if key == "term" {
                for term in child.as_array().into_iter().flatten() {
                    let code = term
                        .get("code")
                        .and_then(|c| c.as_str())
                        .unwrap_or_default();
                    let at = format!("{path}: term {code:?}");
                    for (field, v) in term.as_table().into_iter().flatten() {
                        walk(&at, field, v, &known, &mut cited)?;
                    }
                }
            } else {
                walk(path, key, child, &known, &mut cited)?;
            }
        }
    }
    if let Some(unused) = sources.iter().find(|s| !cited.contains(&s.id)) {
        return Err(Error::data(
            &format!("{SOURCES_FILE}: source {:?}", unused.id),
            "cited by no fact: cite it or remove it",
        ));
    }
    Ok(sources)
}

/// Checks the value at `field` (a dotted path under `at`) and everything in it.
fn walk(
    at: &str,
    field: &str,
    value: &toml::Value,
    known: &BTreeSet<&str>,
    cited: &mut BTreeSet<String>,
) -> Result<(), Error> {
    let here = || format!("{at}, field {field}");
    match value {
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(at, &format!("{field}[{i}]"), item, known, cited)?;
            }
        }
        toml::Value::Table(table) => {
            let ids: Vec<&str> = table
                .get("sources")
                .and_then(|s| s.as_array())
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str())
                .collect();
            for id in &ids {
                if !known.contains(id) {
                    return Err(Error::data(
                        &format!("{}.sources", here()),
                        format!("cites {id:?}, which is not a source of {SOURCES_FILE}"),
                    ));
                }
            }
            cited.extend(ids.iter().map(|id| id.to_string()));
            if let Some(status) = table.get("status").and_then(|s| s.as_str()) {
                if matches!(status, "verified" | "disputed") && ids.is_empty() {
                    return Err(Error::data(
                        &here(),
                        format!(
                            "a {status} fact cites no source: give the ids of {SOURCES_FILE} that support it in `sources`, or mark it unverified"
                        ),
                    ));
                }
                let note = table
                    .get("note")
                    .and_then(|n| n.as_str())
                    .unwrap_or_default();
                if status == "disputed" && note.trim().is_empty() {
                    return Err(Error::data(
                        &here(),
                        "a disputed fact has no note saying how the sources disagree",
                    ));
                }
            }
            for (key, child) in table {
                if key != "sources" {
                    walk(at, &format!("{field}.{key}"), child, known, cited)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The generated Rust of the sources: the `SOURCES` table the crate's `sources` module
/// includes.
pub fn emit(sources: &[Source]) -> Result<String, Error> {
    let mut out = String::new();
    out.push_str(
        "// @generated by eu-clasi-codegen from data/sources.toml.\n\
         // Do not edit: edit the data file and run `cargo run -p eu-clasi-codegen`.\n\n\
         /// Every source the crate's facts cite (from `data/sources.toml`), in the file's order.\n\
         const SOURCES: &[Source] = &[\n",
    );
    let opt = |v: &Option<String>| match v {
        Some(v) => format!("Some({})", lit(v)),
        None => "None".to_string(),
    };
    for s in sources {
        let at = format!("{SOURCES_FILE}: source {:?}", s.id);
        let when = |d: &Option<crate::model::Date>| -> Result<String, Error> {
            Ok(match d {
                Some(d) => format!("Some({})", date(d, &at)?),
                None => "None".to_string(),
            })
        };
        writeln!(
            out,
            "Source {{ id: {}, title: {}, publisher: {}, url: {}, published: {}, read: {} }},",
            lit(&s.id),
            lit(&s.title),
            opt(&s.publisher),
            opt(&s.url),
            when(&s.published)?,
            when(&s.read)?,
        )
        .ok();
    }
    out.push_str("];\n");
    Ok(out)
}
