//! `eu-clasi validate`: validates JSON and JSON Lines documents against one of the crate's
//! schemas, the way the Rust types read them: the command-line face of
//! `eu_clasi::document::Checker`, which does all the work (framing, the type from `"$schema"`,
//! every problem with its place).
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
//!   `progress-report`); without it, each document's `"$schema"` names it (the `$id` of its
//!   root schema, `urn:eu-clasi:schema:v1:declaration`), line by line in JSON Lines, so a file
//!   may mix progress reports and joint operations. A document that names none, with no
//!   `--type`, is a usage error that says so.
//! - One pretty-printed document or JSON Lines, in a file or on standard input (`-`), told
//!   apart by the checker; a malformed line is one invalid line and the next line is still
//!   read; a pretty-printed document in a `.jsonl` file is one problem, with the hint that in
//!   JSON Lines each document is one line.
//! - Every problem of a document is reported, in one list: human output (default) is
//!   `file:line: /json/pointer: kind: message` for each (the root written `(root)`), then a
//!   summary on standard error. `--format json`: one JSON object a document on standard
//!   output, `{"file", "line", "schema", "valid", "errors": [...]}`.
//! - Exit code 0 when every document is valid, 1 when any is invalid, 2 for a usage or I/O
//!   error (an unknown type, a missing file), with a message that says what to do. A closed
//!   pipe (`| head -1`) ends the program quietly.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use eu_clasi::document::{Checked, Checker, Expect};
use eu_clasi::{Problem, ProblemKind, schema};

use crate::ValidateArgs;
use crate::output::{tell, wrote};

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
struct DocumentLine<'a> {
    file: &'a str,
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema: Option<&'a str>,
    valid: bool,
    errors: &'a [Problem],
}

/// The counts so far, and where the output goes.
struct Tally {
    valid: usize,
    invalid: usize,
    out: BufWriter<std::io::Stdout>,
    format: Format,
}

impl Tally {
    /// Counts one checked document and writes its problems.
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
                let doc = DocumentLine {
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

/// Checks every file of `args`; `Err` for a usage or I/O error.
fn check_files(args: &ValidateArgs) -> Result<Tally, String> {
    let expect = match &args.type_name {
        Some(name) => schema::expect(name).map_err(|_| {
            format!(
                "unknown type {name:?}; the schema names are: {}",
                schema::names().join(", ")
            )
        })?,
        None => Expect::named(),
    };
    let mut tally = Tally {
        valid: 0,
        invalid: 0,
        out: BufWriter::new(std::io::stdout()),
        format: args.format,
    };
    let checker = Checker::new(expect);
    for file in &args.files {
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
            if args.type_name.is_none()
                && checked.schema.is_none()
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

/// Runs `eu-clasi validate`.
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
