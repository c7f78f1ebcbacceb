//! Validates JSON and JSON Lines documents against one of the crate's schemas, the way the
//! Rust types read them: the command-line face of the schema contract.
//!
//! ```text
//! cargo run --example validate -- --type progress-report reports.jsonl
//! cargo run --example validate -- data/declaration.json          # the type from its "$schema"
//! cat reports.jsonl | cargo run --example validate -- --type=progress_report -
//! cargo run --example validate -- --type period --format json a.json b.jsonl
//! cargo run --example validate -- --help                         # the schema names, exit codes
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

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use common::{Args, EXIT_CODES, tell, wrote};
use eu_clasi::json::CheckedLines;
use eu_clasi::{Problem, schema};

const USAGE: &str =
    "usage: cargo run --example validate -- [--type <schema-name>] [--format human|json] FILE...
       cargo run --example validate -- --help
FILE: .json (one document), .jsonl (JSON Lines), or - for standard input";

fn help() -> String {
    format!(
        "Validates documents against the crate's schemas and lists every problem.\n{USAGE}\n\n\
         --type NAME     the schema to check against (_ or -); without it, each document's \"$schema\"\n\
         --format FMT    human (default) or json (one object a document)\n\
         \nschema names: {}\n\n{EXIT_CODES}",
        schema::names().join(", ")
    )
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Human,
    Json,
}

struct Options {
    type_name: Option<String>,
    format: Format,
    files: Vec<String>,
}

/// Reads the command line: `Ok(None)` for `--help`.
fn parse_args(mut args: Args<impl Iterator<Item = String>>) -> Result<Option<Options>, String> {
    let mut type_name = None;
    let mut format = Format::Human;
    let mut files = Vec::new();
    while let Some(arg) = args.next_arg() {
        match arg.flag.as_str() {
            "--type" | "-t" => {
                let name = common::schema_name(&args.value(&arg, "a schema name (see --help)")?);
                if !schema::names().contains(&name) {
                    return Err(format!(
                        "unknown type {name:?}; the schema names are: {}",
                        schema::names().join(", ")
                    ));
                }
                type_name = Some(name);
            }
            "--format" | "-f" => {
                format = match args.value(&arg, "human or json")?.as_str() {
                    "human" => Format::Human,
                    "json" => Format::Json,
                    other => {
                        return Err(format!("--format takes human or json, not \"{other}\""));
                    }
                }
            }
            "--help" | "-h" => {
                common::no_value(&arg)?;
                return Ok(None);
            }
            "-" => files.push(arg.raw),
            flag if flag.starts_with('-') => return Err(format!("unknown option \"{}\"", arg.raw)),
            _ => files.push(arg.raw),
        }
    }
    if files.is_empty() {
        return Err("name at least one FILE (or - for standard input)".into());
    }
    Ok(Some(Options {
        type_name,
        format,
        files,
    }))
}

/// One document's line of `--format json` output.
#[derive(serde::Serialize)]
struct Document<'a> {
    file: &'a str,
    line: usize,
    valid: bool,
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
    common::schema_name(last.strip_suffix(".schema").unwrap_or(last))
}

/// Only the `"$schema"` member of a document.
#[derive(serde::Deserialize)]
struct SchemaMember {
    #[serde(rename = "$schema")]
    schema: Option<serde_json::Value>,
}

struct Tally {
    type_name: Option<String>,
    checkers: HashMap<String, schema::ProblemChecker>,
    valid: usize,
    invalid: usize,
    out: BufWriter<std::io::Stdout>,
    format: Format,
}

impl Tally {
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

fn run(options: &Options) -> Result<Tally, String> {
    let mut tally = Tally {
        type_name: options.type_name.clone(),
        checkers: HashMap::new(),
        valid: 0,
        invalid: 0,
        out: BufWriter::new(std::io::stdout()),
        format: options.format,
    };
    for file in &options.files {
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

fn main() -> ExitCode {
    let options = match parse_args(Args::from_env()) {
        Ok(Some(options)) => options,
        Ok(None) => {
            common::write_stdout(format!("{}\n", help()).as_bytes());
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            tell!("validate: {message}\n{USAGE}\n(--help lists the schema names)");
            return ExitCode::from(2);
        }
    };
    let start = std::time::Instant::now();
    match run(&options) {
        Ok(tally) => {
            if options.format == Format::Human {
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
            tell!("validate: {message}");
            ExitCode::from(2)
        }
    }
}
