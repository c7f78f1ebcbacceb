//! Validates JSON and JSON Lines documents against one of the crate's schemas, the way the
//! Rust types read them: the command-line face of `eu_clasi::document::Checker`, which does
//! all the work (framing, the type from `"$schema"`, every problem with its place).
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
//!   `progress-report`); without it, each document's `"$schema"` names its own
//!   (`urn:eu-clasi:schema:v1:declaration`), so JSON Lines may mix types line by line. A
//!   document that names none, or one this crate does not read, with no `--type`, is a usage
//!   error that says so.
//! - `FILE` ending in `.jsonl` or `.ndjson` holds one document a line, read in bounded memory;
//!   a malformed line is reported and the lines after it are still checked, and a document
//!   written over several lines is one problem with a hint. `FILE` ending in `.json` holds one
//!   document. `-` (standard input) and any other file are told apart by their first non-blank
//!   line: a whole JSON value on it means JSON Lines, otherwise one (pretty-printed) document.
//! - Every problem of a document is reported, in one list: human output (default) is
//!   `file:line: /json/pointer: kind: message` for each (the root's pointer written `(root)`),
//!   then a summary on standard error. `--format json`: one JSON object a document on standard
//!   output, `{"file", "line", "schema", "valid", "errors": [{"path", "kind", "rule", "message",
//!   "line", "column"}]}` (`rule` only for a broken rule, `line` and `column` only where reading
//!   stopped), where `kind` is `syntax` (not well-formed JSON), `schema` (breaks the schema) or
//!   `rule` (breaks a rule the schema lists under `x-rules`, named by `rule`).
//! - Exit code 0 when every document is valid, 1 when any is invalid, 2 for a usage or I/O
//!   error (an unknown type, a missing file), with a message that says what to do. A closed
//!   pipe (`| head -1`) ends the program quietly.

mod common;

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use common::{Args, EXIT_CODES, tell, wrote};
use eu_clasi::document::{Checked, Checker, Expect};
use eu_clasi::{Problem, ProblemKind, schema};

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
    expect: Option<Expect>,
    format: Format,
    files: Vec<String>,
}

/// Reads the command line: `Ok(None)` for `--help`.
fn parse_args(mut args: Args<impl Iterator<Item = String>>) -> Result<Option<Options>, String> {
    let mut expect = None;
    let mut format = Format::Human;
    let mut files = Vec::new();
    while let Some(arg) = args.next_arg() {
        match arg.flag.as_str() {
            "--type" | "-t" => {
                let name = common::schema_name(&args.value(&arg, "a schema name (see --help)")?);
                expect = Some(schema::expect(&name).map_err(|_| {
                    format!(
                        "unknown type {name:?}; the schema names are: {}",
                        schema::names().join(", ")
                    )
                })?);
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
        expect,
        format,
        files,
    }))
}

/// One document's line of `--format json` output.
#[derive(serde::Serialize)]
struct Document<'a> {
    file: &'a str,
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema: Option<&'a str>,
    valid: bool,
    errors: &'a [Problem],
}

struct Tally {
    valid: usize,
    invalid: usize,
    out: BufWriter<std::io::Stdout>,
    format: Format,
}

impl Tally {
    fn report(&mut self, file: &str, checked: &Checked) {
        if checked.is_valid() {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
        match self.format {
            Format::Human => {
                for p in &checked.problems {
                    wrote(writeln!(self.out, "{file}:{}: {p}", checked.line));
                }
            }
            Format::Json => {
                let doc = Document {
                    file,
                    line: checked.line,
                    schema: checked.schema,
                    valid: checked.is_valid(),
                    errors: &checked.problems,
                };
                wrote(serde_json::to_writer(&mut self.out, &doc).map_err(std::io::Error::from));
                wrote(writeln!(self.out));
            }
        }
    }
}

fn run(options: &Options) -> Result<Tally, String> {
    let mut tally = Tally {
        valid: 0,
        invalid: 0,
        out: BufWriter::new(std::io::stdout()),
        format: options.format,
    };
    let checker = Checker::new(options.expect.unwrap_or(Expect::named()));
    for file in &options.files {
        let checks: Box<dyn Iterator<Item = _>> = if file == "-" {
            Box::new(checker.check_reader(std::io::stdin().lock()))
        } else {
            let checks = checker
                .check_path(file)
                .map_err(|e| format!("{file}: {e}; check the path"))?;
            Box::new(checks)
        };
        for checked in checks {
            let checked = checked.map_err(|e| format!("{file}: {e}"))?;
            // A document whose type neither --type nor its "$schema" tells is a usage error.
            if checked.schema.is_none()
                && let Some(p) = checked.problems.first()
                && p.kind != ProblemKind::Syntax
            {
                wrote(tally.out.flush());
                return Err(format!(
                    "{file}:{}: {}; give --type <schema-name> (see --help)",
                    checked.line, p.message
                ));
            }
            tally.report(file, &checked);
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
