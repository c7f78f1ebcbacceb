//! `eu-clasi validate`: validates JSON and JSON Lines documents against one of the crate's
//! schemas, the way the Rust types read them: the command-line face of the schema contract.
//!
//! ```text
//! eu-clasi validate --type progress-report reports.jsonl
//! eu-clasi validate data/declaration.json          # the type from its "$schema"
//! cat reports.jsonl | eu-clasi validate --type=progress_report -
//! eu-clasi validate --type period --format json a.json b.jsonl
//! eu-clasi validate --help                         # the schema names, exit codes
//! ```
//!
//! - The type is `--type NAME` (a schema name; `_` and `-` alike: `progress_report` is
//!   `progress-report`); without it, each document's `"$schema"` names it
//!   (`urn:eu-clasi:schema:v1:declaration`, or a URL ending in `declaration.schema.json`). A
//!   document that names none, with no `--type`, is a usage error that says so.
//! - `FILE` ending in `.jsonl` or `.ndjson` holds one document a line, streamed in constant
//!   memory; a malformed line is reported and the lines after it are still checked. `FILE`
//!   ending in `.json` holds one document. `-` (standard input) and any other file are told
//!   apart by their first non-blank line: a whole JSON document on it means JSON Lines,
//!   otherwise the input is one (pretty-printed) document.
//! - Every problem of a document is reported, in one list (`eu_clasi::json::CheckedLines`,
//!   `eu_clasi::json::check`): human output (default) is `file:line: /json/pointer: kind:
//!   message` for each, then a summary on standard error. `--format json`: one JSON object a
//!   document on standard output, `{"file", "line", "valid", "errors": [{"path", "kind",
//!   "rule", "message"}]}` (`rule` only for a broken rule), where `kind` is `syntax` (not
//!   well-formed JSON), `schema` (breaks the schema) or `rule` (breaks a rule the schema lists
//!   under `x-rules`, named by `rule`).
//! - Exit code 0 when every document is valid, 1 when any is invalid, 2 for a usage or I/O
//!   error (an unknown type, a missing file), with a message that says what to do. A closed
//!   pipe (`| head -1`) ends the program quietly.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use eu_clasi::json::CheckedLines;
use eu_clasi::{Problem, schema};

use crate::ValidateArgs;
use crate::output::{self, tell, wrote};

/// How the problems are written: `--format`.
#[derive(Clone, Copy, PartialEq)]
pub enum Format {
    /// `file:line: /json/pointer: kind: message` for each problem, then a summary on
    /// standard error.
    Human,
    /// One JSON object a document on standard output.
    Json,
}

/// One document's line of `--format json` output.
#[derive(serde::Serialize)]
struct Document<'a> {
    /// The file, as named on the command line (`-` for standard input).
    file: &'a str,
    /// The document's line (1 for a whole-file document).
    line: usize,
    /// Whether the document has no problem.
    valid: bool,
    /// Every problem of the document.
    errors: &'a [Problem],
}

/// The schema a `"$schema"` value names: the last part of a `urn:eu-clasi:schema:v1:NAME` or
/// of a URL or path ending in `NAME.schema.json`.
fn named_schema(value: &str) -> String {
    let last = value
        .rsplit(['/', ':', '#'])
        .find(|part| !part.is_empty())
        .unwrap_or(value);
    let last = last.strip_suffix(".json").unwrap_or(last);
    output::schema_name(last.strip_suffix(".schema").unwrap_or(last))
}

/// Only the `"$schema"` member of a document.
#[derive(serde::Deserialize)]
struct SchemaMember {
    /// The value of `"$schema"`, of any JSON type.
    #[serde(rename = "$schema")]
    schema: Option<serde_json::Value>,
}

/// What the documents checked so far gave, and where it is written.
struct Tally {
    /// `--type`, if given.
    type_name: Option<String>,
    /// The check of each schema met so far, by name.
    checkers: HashMap<String, schema::ProblemChecker>,
    /// The valid documents.
    valid: usize,
    /// The invalid documents.
    invalid: usize,
    /// Standard output, buffered.
    out: BufWriter<std::io::Stdout>,
    /// `--format`.
    format: Format,
}

impl Tally {
    /// Counts a document and writes its problems (human) or its object (json).
    fn report(&mut self, file: &str, line: usize, errors: &[Problem]) {
        if errors.is_empty() {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
        match self.format {
            Format::Human => {
                for e in errors {
                    wrote(writeln!(self.out, "{file}:{line}: {e}"));
                }
            }
            Format::Json => {
                let doc = Document {
                    file,
                    line,
                    valid: errors.is_empty(),
                    errors,
                };
                wrote(serde_json::to_writer(&mut self.out, &doc).map_err(std::io::Error::from));
                wrote(writeln!(self.out));
            }
        }
    }

    /// The check for a document: `--type`'s, or the one its `"$schema"` names.
    fn checker(
        &mut self,
        file: &str,
        line: usize,
        bytes: &[u8],
    ) -> Result<schema::ProblemChecker, String> {
        let name = match &self.type_name {
            Some(name) => name.clone(),
            None => {
                let named = serde_json::from_slice::<SchemaMember>(bytes)
                    .ok()
                    .and_then(|m| m.schema);
                match named {
                    Some(serde_json::Value::String(s)) => {
                        let name = named_schema(&s);
                        if !schema::names().contains(&name) {
                            return Err(format!(
                                "{file}:{line}: its \"$schema\" \"{s}\" names no schema of this crate; give --type <schema-name> (see --help)"
                            ));
                        }
                        name
                    }
                    _ if serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_err() => {
                        return Err(format!(
                            "{file}:{line}: no --type was given, and the line is not a whole JSON document, so no \"$schema\" can be read from it; for one pretty-printed document name the file .json (or read it from -), or give --type <schema-name>"
                        ));
                    }
                    _ => {
                        return Err(format!(
                            "{file}:{line}: no --type was given and the document names no \"$schema\"; give --type <schema-name>, one of: {}",
                            schema::names().join(", ")
                        ));
                    }
                }
            }
        };
        if let Some(&c) = self.checkers.get(&name) {
            return Ok(c);
        }
        let c = schema::problem_checker(&name).map_err(|e| e.to_string())?;
        self.checkers.insert(name, c);
        Ok(c)
    }

    /// Checks one whole document.
    fn check_document(&mut self, file: &str, bytes: &[u8]) -> Result<(), String> {
        let check = self.checker(file, 1, bytes)?;
        let problems = check(bytes).err().unwrap_or_default();
        self.report(file, 1, &problems);
        Ok(())
    }

    /// Checks JSON Lines: every line as the type `--type` or the first line's `"$schema"`
    /// names. `first` is the first non-blank line, numbered `first_number`.
    fn check_lines(
        &mut self,
        file: &str,
        (first_number, first): (usize, &[u8]),
        reader: impl BufRead,
    ) -> Result<(), String> {
        let check = self.checker(file, first_number, first)?;
        for line in CheckedLines::with_check(reader, check) {
            let line = line.map_err(|e| format!("{file}: {e}"))?;
            let mut problems = line.result.err().unwrap_or_default();
            for p in &mut problems {
                if p.kind == eu_clasi::ProblemKind::Syntax
                    && p.message.starts_with("EOF while parsing")
                {
                    p.message.push_str(
                        "; in JSON Lines each document is one line: for one pretty-printed document, name the file .json",
                    );
                }
            }
            self.report(file, line.number, &problems);
        }
        Ok(())
    }
}

/// What a file holds, told apart by its name or, for `-` and other names, by its first line.
enum Input {
    /// One document.
    Document(Vec<u8>),
    /// JSON Lines: the first non-blank line (its number and bytes), and the whole input again
    /// from its start.
    Lines(NumberedLine, Box<dyn BufRead>),
}

/// A line's number and its bytes.
type NumberedLine = (usize, Vec<u8>);

/// Reads up to the first non-blank line of `reader`: every byte read, and that line's number
/// and bytes (trimmed), if there is one.
fn first_line(reader: &mut impl BufRead) -> std::io::Result<(Vec<u8>, Option<NumberedLine>)> {
    let mut read = Vec::new();
    let mut number = 0;
    loop {
        let start = read.len();
        if reader.read_until(b'\n', &mut read)? == 0 {
            return Ok((read, None));
        }
        number += 1;
        let line = read[start..].trim_ascii();
        if !line.is_empty() {
            let line = line.to_vec();
            return Ok((read, Some((number, line))));
        }
    }
}

/// Opens `file` (`-`: standard input) and tells what it holds.
fn open(file: &str) -> Result<Input, String> {
    let cannot = |e: std::io::Error| format!("cannot read {file}: {e}; check the path");
    let mut reader: Box<dyn BufRead> = if file == "-" {
        Box::new(BufReader::with_capacity(1 << 16, std::io::stdin()))
    } else {
        let f = std::fs::File::open(file).map_err(cannot)?;
        Box::new(BufReader::with_capacity(1 << 16, f))
    };
    let named_lines = file.ends_with(".jsonl") || file.ends_with(".ndjson");
    if file.ends_with(".json") {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(cannot)?;
        return Ok(Input::Document(bytes));
    }
    let (mut read, first) = first_line(&mut reader).map_err(cannot)?;
    let Some(first) = first else {
        // Nothing but white space: one (empty) document, unless the name says JSON Lines.
        return Ok(if named_lines {
            Input::Lines((1, Vec::new()), Box::new(std::io::Cursor::new(read)))
        } else {
            Input::Document(read)
        });
    };
    let whole_line = serde_json::from_slice::<serde::de::IgnoredAny>(&first.1).is_ok();
    if named_lines || whole_line {
        let again = std::io::Cursor::new(read).chain(reader);
        Ok(Input::Lines(first, Box::new(again)))
    } else {
        reader.read_to_end(&mut read).map_err(cannot)?;
        Ok(Input::Document(read))
    }
}

/// Checks every file of `args`, in order: `Err` for a usage or I/O error, which ends the
/// check.
fn check_files(args: &ValidateArgs) -> Result<Tally, String> {
    let mut tally = Tally {
        type_name: args.type_name.clone(),
        checkers: HashMap::new(),
        valid: 0,
        invalid: 0,
        out: BufWriter::new(std::io::stdout()),
        format: args.format,
    };
    for file in &args.files {
        match open(file)? {
            Input::Document(bytes) => tally.check_document(file, &bytes)?,
            Input::Lines((number, first), reader) => {
                if first.is_empty() {
                    continue; // an empty JSON Lines file holds no document
                }
                tally.check_lines(file, (number, &first), reader)?
            }
        }
    }
    wrote(tally.out.flush());
    Ok(tally)
}

/// Runs `eu-clasi validate`: exit code 0 when every document is valid, 1 when any is
/// invalid, 2 for a usage or I/O error.
pub fn run(args: &ValidateArgs) -> ExitCode {
    let start = std::time::Instant::now();
    match check_files(args) {
        Ok(tally) => {
            if args.format == Format::Human {
                let documents = tally.valid + tally.invalid;
                let seconds = start.elapsed().as_secs_f64();
                tell!(
                    "{} valid, {} invalid ({:.0} documents/s)",
                    tally.valid,
                    tally.invalid,
                    documents as f64 / seconds.max(1e-9)
                );
            }
            if tally.invalid == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(message) => {
            tell!("eu-clasi validate: {message}");
            ExitCode::from(2)
        }
    }
}
