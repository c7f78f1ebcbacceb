//! The crate's one error type.
//!
//! Every message names what was wrong and what was expected; errors that come from a
//! JSON document also name the JSON path of the offending value.

use std::fmt;
use std::sync::Arc;

/// Everything that can go wrong in this crate.
///
/// ```
/// use eu_clasi::{CrimeArea, Error};
///
/// let err = "done".parse::<CrimeArea>().unwrap_err();
/// assert!(matches!(err, Error::UnknownCode { .. }));
/// assert!(err.to_string().starts_with("unknown crime_area \"done\"; expected one of drug_trafficking, "));
/// ```
///
/// A JSON or I/O error keeps the error it comes from as its [`source`](std::error::Error::source),
/// shared in an [`Arc`] so that `Error` stays `Clone`:
///
/// ```
/// use std::error::Error as _;
/// use eu_clasi::{json, Error, Period};
///
/// let err = json::from_str::<Period>(r#"{"start": 2025}"#).unwrap_err();
/// assert!(err.source().is_some());
/// let Error::Json { source: Some(source), .. } = &err else { unreachable!() };
/// assert!(source.is_data());
/// ```
///
/// Two errors are equal when everything they say is equal; their sources are not compared.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string is not the wire code of any term of a vocabulary.
    #[error("unknown {kind} {input:?}; expected one of {}", Expected(expected))]
    UnknownCode {
        /// The vocabulary's kind, as in [`Vocabulary::KIND`](crate::Vocabulary::KIND).
        kind: &'static str,
        /// The string that was given.
        input: String,
        /// Every wire code the vocabulary accepts.
        expected: &'static [&'static str],
    },
    /// A free-text lookup matched no term of a vocabulary.
    #[error(
        "no {kind} is called {input:?} (looked up by code, acronym, alias and label in en, es, pt and fr){}",
        did_you_mean(suggestions)
    )]
    NotFound {
        /// The vocabulary's kind.
        kind: &'static str,
        /// The text that was looked up.
        input: String,
        /// The codes of the terms whose names are within a few edits of the text, nearest
        /// first (at most three): a "did you mean". Empty when no name is near.
        suggestions: Vec<&'static str>,
    },
    /// A free-text lookup matched more than one term.
    #[error("{input:?} is ambiguous in {kind}: it names {}", candidates.join(", "))]
    Ambiguous {
        /// The vocabulary's kind.
        kind: &'static str,
        /// The text that was looked up.
        input: String,
        /// The wire codes of every term it names.
        candidates: Vec<&'static str>,
    },
    /// A JSON document could not be read as the expected type.
    #[error(
        "{}: {}{message}{}",
        at(path),
        if *malformed { "not well-formed JSON: " } else { "" },
        Position(*line, *column)
    )]
    Json {
        /// The JSON Pointer of the value that could not be read (empty for the document root).
        path: String,
        /// The line of the input where reading stopped (1-based; 0 when unknown).
        line: usize,
        /// The column of the input where reading stopped (1-based; 0 when unknown).
        column: usize,
        /// Whether the input is not well-formed JSON at all (a syntax error or an early end),
        /// rather than well-formed JSON of the wrong shape.
        malformed: bool,
        /// What was wrong and what was expected (`Display` writes "not well-formed JSON: "
        /// before it when `malformed`).
        message: String,
        /// The serde_json error this one comes from, when there is one.
        source: Option<Arc<serde_json::Error>>,
    },
    /// A document was read but breaks rules of its type; every problem is listed.
    #[error("{} problem{}: {}", problems.len(), if problems.len() == 1 { "" } else { "s" }, Listed(problems))]
    Invalid {
        /// Every problem found, each with its JSON Pointer path.
        problems: Vec<crate::Problem>,
    },
    /// Reading the input failed.
    #[error("cannot read the input: {message}")]
    Io {
        /// The operating system's description of the failure.
        message: String,
        /// The I/O error this one comes from.
        source: Arc<std::io::Error>,
    },
    /// Writing the output failed.
    #[error("cannot write the output: {message}")]
    Write {
        /// The operating system's description of the failure.
        message: String,
        /// The I/O error this one comes from.
        source: Arc<std::io::Error>,
    },
    /// A string does not have the form a typed value requires (an action id, a date, ...).
    #[error("invalid {what} {input:?}: {reason}")]
    InvalidValue {
        /// What was being parsed, for example `action id`.
        what: &'static str,
        /// The string that was given.
        input: String,
        /// Why it was rejected and what form is expected.
        reason: String,
    },
}

struct Expected<'a>(&'a [&'a str]);

impl fmt::Display for Expected<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, code) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(code)?;
        }
        Ok(())
    }
}

/// ` (line L, column C)`, ` (line L)` or nothing, as much as is known.
pub(crate) struct Position(pub usize, pub usize);

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0, self.1) {
            (0, _) => Ok(()),
            (line, 0) => write!(f, " (line {line})"),
            (line, column) => write!(f, " (line {line}, column {column})"),
        }
    }
}

/// A JSON Pointer as a user reads it: `(root)` for the document root, whose pointer is the
/// empty string (RFC 6901; `/` would be the member named "").
pub(crate) fn at(path: &str) -> &str {
    if path.is_empty() { "(root)" } else { path }
}

struct Listed<'a>(&'a [crate::Problem]);

impl fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io {
            message: e.to_string(),
            source: Arc::new(e),
        }
    }
}

/// `; did you mean a, b?` for the suggestions of a lookup, or nothing.
fn did_you_mean(suggestions: &[&str]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(" or "))
    }
}
impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        use Error::*;
        match (self, other) {
            (
                UnknownCode {
                    kind,
                    input,
                    expected,
                },
                UnknownCode {
                    kind: k,
                    input: i,
                    expected: e,
                },
            ) => kind == k && input == i && expected == e,
            (
                NotFound {
                    kind,
                    input,
                    suggestions,
                },
                NotFound {
                    kind: k,
                    input: i,
                    suggestions: s,
                },
            ) => kind == k && input == i && suggestions == s,
            (
                Ambiguous {
                    kind,
                    input,
                    candidates,
                },
                Ambiguous {
                    kind: k,
                    input: i,
                    candidates: c,
                },
            ) => kind == k && input == i && candidates == c,
            (
                Json {
                    path,
                    line,
                    column,
                    malformed,
                    message,
                    ..
                },
                Json {
                    path: p,
                    line: l,
                    column: c,
                    malformed: m,
                    message: msg,
                    ..
                },
            ) => path == p && line == l && column == c && malformed == m && message == msg,
            (Invalid { problems }, Invalid { problems: p }) => problems == p,
            (Io { message, .. }, Io { message: m, .. }) => message == m,
            (Write { message, .. }, Write { message: m, .. }) => message == m,
            (
                InvalidValue {
                    what,
                    input,
                    reason,
                },
                InvalidValue {
                    what: w,
                    input: i,
                    reason: r,
                },
            ) => what == w && input == i && reason == r,
            _ => false,
        }
    }
}

impl Eq for Error {}
