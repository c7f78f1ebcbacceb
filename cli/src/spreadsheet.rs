//! Progress reports in spreadsheets: writes the XLSX reporting template in a language, reads
//! a filled one back into JSON Lines, and writes records as CSV tables.
//!
//! ```text
//! cargo run --example spreadsheet --features spreadsheet,csv -- template --lang es informes.xlsx
//! cargo run --example spreadsheet --features spreadsheet,csv -- template --lang es --reports sent.jsonl revise.xlsx
//! cargo run --example spreadsheet --features spreadsheet,csv -- read informes.xlsx > reports.jsonl
//! cargo run --example spreadsheet --features spreadsheet,csv -- csv reports.jsonl tables/
//! cargo run --example spreadsheet --features spreadsheet,csv -- --help
//! ```
//!
//! - `template [--lang L] [--reports FILE.jsonl] OUT.xlsx` writes the template in `L` (en,
//!   es, pt, fr or a language's name; en by default), filled with the reports of `FILE` when
//!   given, so that they can be revised. The file is written whole or not at all.
//! - `read FILLED.xlsx` writes the reports of a filled template as JSON Lines on standard
//!   output, and every problem on standard error as `Sheet!Cell: message`, in the workbook's
//!   language; rows with a problem are left out.
//! - `csv FILE.jsonl OUT_DIR` writes the tables of the progress reports and joint operations
//!   of `FILE` (one record a line, `-` for standard input) into `OUT_DIR`, which must not exist
//!   or be empty, and is never left half-written: `reports.csv`, `indicators.csv`,
//!   `evidence.csv`, `joint_operations.csv`, `participants.csv`, `outcomes.csv` and the
//!   scorecard's `scorecard_actions.csv`, `scorecard_statuses.csv`, `scorecard_totals.csv`.
//!   An invalid line is reported as `file:line: /json/pointer: message` and left out.
//! - Exit code 0 when everything read was valid, 1 when some row or line was not (the rest
//!   is still written), 2 for a usage or I/O error, with a message on standard error.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use common::{Args, tell};
use eu_clasi::json::LineReader;
use eu_clasi::spreadsheet::{self, Template};
use eu_clasi::tables::Tables;
use eu_clasi::{Error, JointOperation, Lang, ProgressReport, Timestamp, Vocabulary, json};

const USAGE: &str =
    "usage: spreadsheet template [--lang en|es|pt|fr] [--reports FILE.jsonl] OUT.xlsx
       spreadsheet read FILLED.xlsx > reports.jsonl
       spreadsheet csv FILE.jsonl|- OUT_DIR
       spreadsheet --help
exit codes: 0 ok, 1 invalid input (rows or lines left out), 2 usage or I/O error";

enum Command {
    Help,
    Template {
        lang: Lang,
        reports: Option<String>,
        out: String,
    },
    Read {
        file: String,
    },
    Csv {
        file: String,
        dir: String,
    },
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut positional: Vec<String> = Vec::new();
    let mut lang: Option<String> = None;
    let mut reports: Option<String> = None;
    let mut args = Args::new(args);
    while let Some(arg) = args.next_arg() {
        let slot = match arg.flag.as_str() {
            "--help" | "-h" => {
                common::no_value(&arg)?;
                return Ok(Command::Help);
            }
            "--lang" | "-l" => &mut lang,
            "--reports" => &mut reports,
            "-" => {
                positional.push(arg.raw);
                continue;
            }
            other if other.starts_with('-') => {
                return Err(format!("unknown argument {:?}", arg.raw));
            }
            _ => {
                positional.push(arg.raw);
                continue;
            }
        };
        let hint = if arg.flag == "--reports" {
            "a JSON Lines file of progress reports"
        } else {
            "en, es, pt or fr"
        };
        let value = args.value(&arg, hint)?;
        common::set_once(slot, &arg, value)?;
    }
    let mut positional = positional.into_iter();
    let command = positional
        .next()
        .ok_or("name a command: template, read or csv")?;
    let rest: Vec<String> = positional.collect();
    let only_template = |what: &str| {
        if command != "template" && (lang.is_some() || reports.is_some()) {
            Err(format!("--lang and --reports go with template, not {what}"))
        } else {
            Ok(())
        }
    };
    match (command.as_str(), rest.as_slice()) {
        ("template", [out]) => {
            let lang = match lang {
                None => Lang::En,
                Some(value) => Lang::lookup(&value).map_err(|e| {
                    format!("--lang {value:?}: {e}; use en, es, pt or fr (or a language's name)")
                })?,
            };
            Ok(Command::Template {
                lang,
                reports,
                out: out.clone(),
            })
        }
        ("template", _) => Err("template needs one OUT.xlsx".into()),
        ("read", [file]) => {
            only_template("read")?;
            Ok(Command::Read { file: file.clone() })
        }
        ("read", _) => Err("read needs one FILLED.xlsx".into()),
        ("csv", [file, dir]) => {
            only_template("csv")?;
            Ok(Command::Csv {
                file: file.clone(),
                dir: dir.clone(),
            })
        }
        ("csv", _) => Err("csv needs FILE.jsonl and OUT_DIR".into()),
        (other, _) => Err(format!(
            "unknown command {other:?}; use template, read or csv"
        )),
    }
}

/// Writes `bytes` to stdout; a reader that stops early (`| head`) is not an error.
fn print(bytes: &[u8]) -> Result<(), String> {
    match std::io::stdout().lock().write_all(bytes) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// A record of a JSON Lines file.
enum Record {
    Report(Box<ProgressReport>),
    Operation(Box<JointOperation>),
}

/// Reads the records of `reader`; an invalid line is reported on stderr. Returns the records
/// and how many lines were invalid.
fn read_lines(name: &str, reader: impl BufRead) -> Result<(Vec<Record>, usize), String> {
    let mut lines = LineReader::new(reader);
    let mut records = Vec::new();
    let mut invalid = 0;
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    while let Some((number, line)) = lines.next_line() {
        let bytes = match line {
            Ok(bytes) => bytes,
            Err(Error::Io { message, .. }) => {
                return Err(format!("{name}:{number}: cannot read: {message}"));
            }
            Err(e) => {
                invalid += 1;
                let _ = writeln!(err, "{name}:{number}: /: {e}");
                continue;
            }
        };
        let shape: Result<serde_json::Map<String, serde_json::Value>, _> =
            serde_json::from_slice(bytes);
        let record = match shape {
            Ok(map) if map.contains_key("reporter") => {
                json::from_slice_valid::<ProgressReport>(bytes).map(|r| Record::Report(Box::new(r)))
            }
            Ok(map) if map.contains_key("lead") => json::from_slice_valid::<JointOperation>(bytes)
                .map(|o| Record::Operation(Box::new(o))),
            Ok(_) => {
                invalid += 1;
                let _ = writeln!(
                    err,
                    "{name}:{number}: /: neither a progress report (it has no \"reporter\") nor a joint operation (it has no \"lead\")"
                );
                continue;
            }
            Err(_) => {
                json::from_slice::<ProgressReport>(bytes).map(|r| Record::Report(Box::new(r)))
            }
        };
        match record {
            Ok(record) => records.push(record),
            Err(Error::Invalid { problems }) => {
                invalid += 1;
                for p in problems {
                    let _ = writeln!(err, "{name}:{number}: {p}");
                }
            }
            Err(Error::Json { path, message, .. }) => {
                invalid += 1;
                let path = if path.is_empty() { "/" } else { &path };
                let _ = writeln!(err, "{name}:{number}: {path}: {message}");
            }
            Err(other) => {
                invalid += 1;
                let _ = writeln!(err, "{name}:{number}: /: {other}");
            }
        }
    }
    Ok((records, invalid))
}

fn open_lines(file: &str) -> Result<(Vec<Record>, usize), String> {
    if file == "-" {
        read_lines("-", std::io::stdin().lock())
    } else {
        let f = std::fs::File::open(file)
            .map_err(|e| format!("cannot open {file}: {e}; check the path"))?;
        read_lines(file, BufReader::new(f))
    }
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, renamed.
fn write_whole(path: &str, bytes: &[u8]) -> Result<(), String> {
    let target = Path::new(path);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = target.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    let result = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, target));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&temp);
        return Err(format!("cannot write {path}: {e}"));
    }
    Ok(())
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Help => {
            print(
                format!(
                    "Writes the EU-CLASI progress report template (XLSX) in a language, reads a filled one \
                     back into JSON Lines, and writes records as CSV tables.\n{USAGE}\n"
                )
                .as_bytes(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Template { lang, reports, out } => {
            let mut template = Template::new(lang);
            let mut invalid = 0;
            if let Some(file) = reports {
                let (records, bad) = open_lines(&file)?;
                invalid = bad;
                let reports: Vec<ProgressReport> = records
                    .into_iter()
                    .filter_map(|r| match r {
                        Record::Report(r) => Some(*r),
                        Record::Operation(_) => None,
                    })
                    .collect();
                let latest = eu_clasi::current_revisions(&reports).into_iter().cloned();
                template = template
                    .with_reports(latest)
                    .map_err(|e| format!("{file}: {e}"))?;
            }
            let bytes = template.to_bytes().map_err(|e| e.to_string())?;
            write_whole(&out, &bytes)?;
            Ok(if invalid > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Read { file } => {
            let now = Timestamp::now().map_err(|e| format!("cannot tell the time: {e}"))?;
            let reading = match spreadsheet::read_path(&file, now) {
                Ok(r) => r,
                Err(e) => return Err(format!("{file}: {e}")),
            };
            let mut out = Vec::new();
            for report in &reading.reports {
                serde_json::to_writer(&mut out, report)
                    .map_err(|e| format!("cannot write a report: {e}"))?;
                out.push(b'\n');
            }
            print(&out)?;
            let stderr = std::io::stderr();
            let mut err = stderr.lock();
            for p in &reading.problems {
                let _ = writeln!(err, "{p}");
            }
            Ok(if reading.problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Csv { file, dir } => {
            let (records, invalid) = open_lines(&file)?;
            let (mut reports, mut operations) = (Vec::new(), Vec::new());
            for record in records {
                match record {
                    Record::Report(r) => reports.push(*r),
                    Record::Operation(o) => operations.push(*o),
                }
            }
            let tables = Tables::new(&reports, &operations);
            let counts = tables.write_dir(&dir).map_err(|e| e.to_string())?;
            let stderr = std::io::stderr();
            let mut err = stderr.lock();
            for (table, rows) in counts {
                let _ = writeln!(err, "{dir}/{}: {rows} rows", table.file_name());
            }
            Ok(if invalid > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            tell!("spreadsheet: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(code) => code,
        Err(message) => {
            tell!("spreadsheet: {message}");
            ExitCode::from(2)
        }
    }
}
