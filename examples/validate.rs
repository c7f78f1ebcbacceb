//! Validates JSON and JSON Lines documents against one of the crate's schemas, the way the
//! Rust types read them: the command-line face of the schema contract.
//!
//! ```text
//! cargo run --example validate -- --type progress-report reports.jsonl
//! cargo run --example validate -- --type declaration data/declaration.json
//! cat reports.jsonl | cargo run --example validate -- --type progress-report -
//! cargo run --example validate -- --type period --format json a.json b.jsonl
//! ```
//!
//! - `FILE` ending in `.jsonl` holds one document a line, streamed in constant memory; a
//!   malformed line is reported and the lines after it are still checked. `-` reads JSON Lines
//!   from standard input. Any other file holds one JSON document.
//! - Human output (default): `file:line: /json/pointer: message` for each problem, then a
//!   summary. `--format json`: one JSON object a document on standard output,
//!   `{"file", "line", "valid", "errors": [{"path", "kind", "message"}]}`, where `kind` is
//!   `syntax` (not well-formed JSON), `schema` (breaks the schema) or `rule` (breaks a rule the
//!   schema lists under `x-rules`).
//! - Exit code 0 when every document is valid, 1 when any is invalid, 2 for a usage or I/O
//!   error (an unknown type, a missing file), with a message that says what to do.

use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use eu_clasi::json::LineReader;
use eu_clasi::{Error, Problem, ProblemKind, schema};

const USAGE: &str = "usage: cargo run --example validate -- --type <schema-name> [--format human|json] FILE... (FILE: .json, .jsonl, or - for JSON Lines on stdin)";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Human,
    Json,
}

struct Args {
    type_name: String,
    format: Format,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut type_name = None;
    let mut format = Format::Human;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--type" | "-t" => type_name = Some(args.next().ok_or("--type needs a schema name")?),
            "--format" | "-f" => {
                format = match args.next().as_deref() {
                    Some("human") => Format::Human,
                    Some("json") => Format::Json,
                    other => return Err(format!("--format takes human or json, not {other:?}")),
                }
            }
            "--help" | "-h" => return Err(String::new()),
            "-" => files.push(arg),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag:?}")),
            _ => files.push(arg),
        }
    }
    let type_name = type_name.ok_or("--type is required")?;
    if !schema::names().contains(&type_name) {
        return Err(format!(
            "unknown type {type_name:?}; the schema names are: {}",
            schema::names().join(", ")
        ));
    }
    if files.is_empty() {
        return Err("name at least one FILE (or - for standard input)".into());
    }
    Ok(Args {
        type_name,
        format,
        files,
    })
}

/// One document's line of `--format json` output.
#[derive(serde::Serialize)]
struct Document<'a> {
    file: &'a str,
    line: usize,
    valid: bool,
    errors: &'a [Reported],
}

/// One reported error.
#[derive(serde::Serialize)]
struct Reported {
    path: String,
    kind: &'static str,
    message: String,
}

fn from_problem(p: Problem) -> Reported {
    let kind = match p.kind {
        ProblemKind::Schema => "schema",
        ProblemKind::Rule => "rule",
    };
    Reported {
        path: p.path,
        kind,
        message: p.message,
    }
}

fn from_error(e: Error) -> (Option<usize>, Reported) {
    match e {
        Error::Json {
            path,
            line,
            malformed,
            message,
            ..
        } => {
            let kind = if malformed { "syntax" } else { "schema" };
            (
                Some(line),
                Reported {
                    path,
                    kind,
                    message,
                },
            )
        }
        other => (
            None,
            Reported {
                path: String::new(),
                kind: "syntax",
                message: other.to_string(),
            },
        ),
    }
}

struct Tally {
    checker: schema::Checker,
    valid: usize,
    invalid: usize,
    out: std::io::BufWriter<std::io::Stdout>,
    format: Format,
}

impl Tally {
    fn report(&mut self, file: &str, line: usize, errors: &[Reported]) -> std::io::Result<()> {
        if errors.is_empty() {
            self.valid += 1;
        } else {
            self.invalid += 1;
        }
        match self.format {
            Format::Human => {
                for e in errors {
                    let path = if e.path.is_empty() { "/" } else { &e.path };
                    writeln!(
                        self.out,
                        "{file}:{line}: {path}: {} [{}]",
                        e.message, e.kind
                    )?;
                }
            }
            Format::Json => {
                let doc = Document {
                    file,
                    line,
                    valid: errors.is_empty(),
                    errors,
                };
                serde_json::to_writer(&mut self.out, &doc)?;
                writeln!(self.out)?;
            }
        }
        Ok(())
    }

    fn check(&mut self, file: &str, line: usize, bytes: &[u8]) -> std::io::Result<()> {
        match (self.checker)(bytes) {
            Ok(problems) => {
                let errors: Vec<Reported> = problems.into_iter().map(from_problem).collect();
                self.report(file, line, &errors)
            }
            Err(e) => {
                let (at, reported) = from_error(e);
                // A single document's error line is the line in the file; a JSON Lines
                // document is one line.
                let at = if line == 1 {
                    at.filter(|&l| l > 0).unwrap_or(1)
                } else {
                    line
                };
                self.report(file, at, &[reported])
            }
        }
    }

    fn check_lines(&mut self, file: &str, reader: impl BufRead) -> Result<(), String> {
        let mut lines = LineReader::new(reader);
        while let Some((number, line)) = lines.next_line() {
            let result = match line {
                Ok(bytes) => self.check(file, number, bytes),
                Err(Error::Io { message, .. }) => {
                    return Err(format!("{file}:{number}: cannot read: {message}"));
                }
                Err(e) => {
                    let (_, reported) = from_error(e);
                    self.report(file, number, &[reported])
                }
            };
            result.map_err(|e| format!("cannot write the report: {e}"))?;
        }
        Ok(())
    }
}

fn run(args: &Args) -> Result<Tally, String> {
    let checker = schema::checker(&args.type_name).map_err(|e| e.to_string())?;
    let mut tally = Tally {
        checker,
        valid: 0,
        invalid: 0,
        out: std::io::BufWriter::new(std::io::stdout()),
        format: args.format,
    };
    for file in &args.files {
        if file == "-" {
            tally.check_lines("-", std::io::stdin().lock())?;
        } else if file.ends_with(".jsonl") {
            let f = std::fs::File::open(file)
                .map_err(|e| format!("cannot open {file}: {e}; check the path"))?;
            tally.check_lines(file, BufReader::with_capacity(1 << 16, f))?;
        } else {
            let bytes = std::fs::read(file)
                .map_err(|e| format!("cannot read {file}: {e}; check the path"))?;
            tally
                .check(file, 1, &bytes)
                .map_err(|e| format!("cannot write the report: {e}"))?;
        }
    }
    tally
        .out
        .flush()
        .map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(tally)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("validate: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let start = std::time::Instant::now();
    match run(&args) {
        Ok(tally) => {
            if args.format == Format::Human {
                let documents = tally.valid + tally.invalid;
                let seconds = start.elapsed().as_secs_f64();
                eprintln!(
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
            eprintln!("validate: {message}");
            ExitCode::from(2)
        }
    }
}
