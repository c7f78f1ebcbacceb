//! The sources facts cite: `data/sources.toml`, and the checks that tie the data files' facts
//! to it.
//!
//! Every source has a locator a reader can follow: a URL, a code file's repository, path and
//! commit, or a document's publisher and date (see [`Locator`]). Every id a fact cites is a
//! source of the file; every source is cited by some fact; a `verified` or `disputed` fact
//! cites at least one source; a `disputed` fact's note says how the sources disagree, and an
//! `unverified` fact's note what is missing. A problem is an [`Error`] naming the file, the
//! term and the field.

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

/// How a reader finds a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locator<'a> {
    /// Its address: open it.
    Url(&'a str),
    /// A file in a code repository: open `path` in `repository` at `commit`.
    Code {
        /// The repository, `owner/name` on GitHub.
        repository: &'a str,
        /// The file's path in the repository.
        path: &'a str,
        /// The commit the file was read at.
        commit: &'a str,
    },
    /// A document known by its reference: find it by its publisher, title and date.
    Document {
        /// Who publishes it.
        publisher: &'a str,
        /// When it was published.
        published: &'a str,
    },
}

/// The source's locator, the first of [`Locator`]'s kinds it has (a URL, then a code file,
/// then a document reference); `None` if it has none. A code locator needs all three of
/// `repository`, `path` and `commit`.
pub fn locator(s: &Source) -> Option<Locator<'_>> {
    if let Some(url) = &s.url {
        return Some(Locator::Url(url));
    }
    if let (Some(repository), Some(path), Some(commit)) = (&s.repository, &s.path, &s.commit) {
        return Some(Locator::Code {
            repository,
            path,
            commit,
        });
    }
    if let (Some(publisher), Some(published)) = (&s.publisher, &s.published) {
        return Some(Locator::Document {
            publisher,
            published: &published.0,
        });
    }
    None
}

/// Checks a code locator's parts where any is given: all three present, the repository
/// `owner/name`, the path relative, the commit 40 lowercase hex digits.
fn check_code_locator(s: &Source, at: &str) -> Result<(), Error> {
    let parts = [
        ("repository", &s.repository),
        ("path", &s.path),
        ("commit", &s.commit),
    ];
    if parts.iter().all(|(_, v)| v.is_none()) {
        return Ok(());
    }
    if let Some((field, _)) = parts.iter().find(|(_, v)| v.is_none()) {
        return Err(Error::data(
            &format!("{at}, field {field}"),
            "missing: a code file's locator is its repository, path and commit, all three",
        ));
    }
    let name_part = |w: &str| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
    };
    if let Some(repository) = &s.repository
        && !matches!(repository.split_once('/'), Some((owner, name)) if name_part(owner) && name_part(name))
    {
        return Err(Error::data(
            &format!("{at}, field repository"),
            format!("{repository:?} is not owner/name"),
        ));
    }
    if let Some(path) = &s.path
        && (path.is_empty() || path.starts_with('/') || path.contains(char::is_whitespace))
    {
        return Err(Error::data(
            &format!("{at}, field path"),
            format!("{path:?} is not a path in the repository (no leading /, no spaces)"),
        ));
    }
    if let Some(commit) = &s.commit
        && !(commit.len() == 40
            && commit
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
    {
        return Err(Error::data(
            &format!("{at}, field commit"),
            format!("{commit:?} is not a commit id (40 lowercase hex digits)"),
        ));
    }
    Ok(())
}

/// Reads `data/sources.toml`'s text: every source, checked (ids unique and well-formed,
/// titles non-empty, addresses `https://`, code locators whole, dates real, and a locator on
/// every source).
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
        check_code_locator(s, &at)?;
        if locator(s).is_none() {
            return Err(Error::data(
                &at,
                "no locator a reader can follow: give its `url`, or a code file's `repository`, `path` and `commit`, or a document's `publisher` and `published` date",
            ));
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
                if status == "unverified" && note.trim().is_empty() {
                    return Err(Error::data(
                        &here(),
                        "an unverified fact has no note saying what is missing",
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
         // Do not edit: edit the data file and run `cargo xtask regen`.\n\n\
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
            "Source {{ id: {}, title: {}, publisher: {}, url: {}, repository: {}, path: {}, commit: {}, published: {}, read: {} }},",
            lit(&s.id),
            lit(&s.title),
            opt(&s.publisher),
            opt(&s.url),
            opt(&s.repository),
            opt(&s.path),
            opt(&s.commit),
            when(&s.published)?,
            when(&s.read)?,
        )
        .ok();
    }
    out.push_str("];\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sources file with one source, `s`, whose fields after its id and title are `fields`.
    fn one_source(fields: &str) -> String {
        format!("[[source]]\nid = \"s\"\ntitle = \"A title\"\n{fields}")
    }

    /// The error `parse` gives for one source with these fields, as (where, what).
    fn refusal(fields: &str) -> (String, String) {
        match parse(&one_source(fields)) {
            Ok(_) => panic!("accepted a source with {fields:?}"),
            Err(e) => (e.at, e.message),
        }
    }

    #[test]
    fn each_kind_of_locator_is_accepted() {
        let kinds = [
            "url = \"https://example.org/page\"\n",
            "repository = \"owner/name\"\npath = \"dir/file.py\"\ncommit = \"04d68923976d776b5624897adc1c9b27820f1a23\"\n",
            "publisher = \"A publisher\"\npublished = \"2015-03\"\n",
        ];
        for fields in kinds {
            let sources = parse(&one_source(fields)).unwrap_or_else(|e| panic!("{e}"));
            assert!(locator(&sources[0]).is_some(), "{fields}");
        }
        let code = parse(&one_source(kinds[1])).unwrap_or_default();
        assert_eq!(
            locator(&code[0]),
            Some(Locator::Code {
                repository: "owner/name",
                path: "dir/file.py",
                commit: "04d68923976d776b5624897adc1c9b27820f1a23",
            })
        );
    }

    #[test]
    fn a_source_without_a_locator_is_refused() {
        // A title alone, a publisher without a date, a date without a publisher: none of
        // them lets a reader find the source.
        for fields in [
            "",
            "publisher = \"A publisher\"\n",
            "published = \"2024-03-13\"\nread = \"2026-12-01\"\n",
        ] {
            let (at, message) = refusal(fields);
            assert_eq!(at, "data/sources.toml: source \"s\"", "{fields}");
            assert!(message.starts_with("no locator"), "{message}");
        }
    }

    #[test]
    fn a_code_locator_needs_all_three_parts_well_formed() {
        let commit = "commit = \"04d68923976d776b5624897adc1c9b27820f1a23\"\n";
        let cases = [
            (
                format!("repository = \"owner/name\"\n{commit}"),
                "field path",
            ),
            (
                "repository = \"owner/name\"\npath = \"a.py\"\n".to_string(),
                "field commit",
            ),
            (
                format!("repository = \"owner\"\npath = \"a.py\"\n{commit}"),
                "field repository",
            ),
            (
                format!("repository = \"owner/name\"\npath = \"/a.py\"\n{commit}"),
                "field path",
            ),
            (
                "repository = \"owner/name\"\npath = \"a.py\"\ncommit = \"04D68923\"\n".to_string(),
                "field commit",
            ),
            // A URL does not excuse a broken code locator beside it.
            (
                format!("url = \"https://example.org\"\nrepository = \"owner/name\"\n{commit}"),
                "field path",
            ),
        ];
        for (fields, field) in cases {
            let (at, _) = refusal(&fields);
            assert_eq!(
                at,
                format!("data/sources.toml: source \"s\", {field}"),
                "{fields}"
            );
        }
    }

    /// The data files' texts: one source with an address, and one vocabulary file whose
    /// first term has the fact `fact` as its `seat`.
    fn texts_with_fact(fact: &str) -> Vec<(String, String)> {
        vec![
            (
                SOURCES_FILE.to_string(),
                one_source("url = \"https://example.org\"\n"),
            ),
            (
                "data/vocabularies/body.toml".to_string(),
                format!("[[term]]\ncode = \"a_body\"\n[term.seat]\n{fact}"),
            ),
        ]
    }

    #[test]
    fn an_unverified_fact_needs_a_note_saying_what_is_missing() {
        let bare = "value = \"Somewhere\"\nstatus = \"unverified\"\nsources = [\"s\"]\n";
        let err = check(&texts_with_fact(bare)).err();
        let (at, message) = err.map(|e| (e.at, e.message)).unwrap_or_default();
        assert_eq!(
            at,
            "data/vocabularies/body.toml: term \"a_body\", field seat"
        );
        assert_eq!(
            message,
            "an unverified fact has no note saying what is missing"
        );
        let blank = format!("{bare}note = \"  \"\n");
        assert!(check(&texts_with_fact(&blank)).is_err());
        let noted = format!("{bare}note = \"no source gives the seat\"\n");
        assert!(check(&texts_with_fact(&noted)).is_ok());
    }
}
