//! `eu-clasi spreadsheet`: progress reports in spreadsheets. Writes the XLSX reporting
//! template in a language, reads a filled one back into JSON Lines, and writes records as CSV
//! tables.
//!
//! ```text
//! eu-clasi spreadsheet template --lang es informes.xlsx
//! eu-clasi spreadsheet template --lang es --reports sent.jsonl revise.xlsx
//! eu-clasi spreadsheet read informes.xlsx > reports.jsonl
//! eu-clasi spreadsheet csv reports.jsonl tables/
//! eu-clasi spreadsheet --help
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

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;

use eu_clasi::json::LineReader;
use eu_clasi::{Error, JointOperation, Lang, ProgressReport, Timestamp, json};
use eu_clasi_report::spreadsheet::Limits;
use eu_clasi_report::spreadsheet::{self, Template};
use eu_clasi_report::tables::{TableOptions, TablesWriter};

use crate::SpreadsheetCommand;
use crate::output::{self, tell};

/// The exit codes of `eu-clasi spreadsheet`, for `--help`.
pub const EXIT_CODES: &str =
    "exit codes: 0 ok, 1 invalid input (rows or lines left out), 2 usage or I/O error";

/// A record of a JSON Lines file.
enum Record {
    /// A line with a `"reporter"`.
    Report(Box<ProgressReport>),
    /// A line with a `"lead"`.
    Operation(Box<JointOperation>),
}

/// Reads the records of `reader` one line at a time and hands each valid one to `each`; an
/// invalid line is reported on stderr. Returns how many lines were invalid.
fn read_lines(
    name: &str,
    reader: impl BufRead,
    mut each: impl FnMut(Record) -> Result<(), String>,
) -> Result<usize, String> {
    let mut lines = LineReader::new(reader);
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
            Ok(record) => each(record)?,
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
    Ok(invalid)
}

/// Reads the records of `file` (`-`: standard input), as [`read_lines`].
fn open_lines(file: &str, each: impl FnMut(Record) -> Result<(), String>) -> Result<usize, String> {
    if file == "-" {
        read_lines("-", std::io::stdin().lock(), each)
    } else {
        let f = std::fs::File::open(file)
            .map_err(|e| format!("cannot open {file}: {e}; check the path"))?;
        read_lines(file, BufReader::new(f), each)
    }
}

/// Writes the template in `lang` to `out`, filled with the latest revision of each report of
/// `reports` if given.
fn template(lang: Lang, reports: Option<&str>, out: &Path) -> Result<ExitCode, String> {
    let mut template = Template::new(lang);
    let mut invalid = 0;
    if let Some(file) = reports {
        let mut reports: Vec<ProgressReport> = Vec::new();
        invalid = open_lines(file, |record| {
            if let Record::Report(r) = record {
                reports.push(*r);
            }
            Ok(())
        })?;
        let latest = eu_clasi::current_revisions(&reports).into_iter().cloned();
        template = template
            .with_reports(latest)
            .map_err(|e| format!("{file}: {e}"))?;
    }
    let bytes = template.to_bytes().map_err(|e| e.to_string())?;
    output::write_whole(out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes the reports of the filled template `file` as JSON Lines to standard output, and its
/// problems to standard error (at most `max_problems`, then how many more there were).
fn read(file: &Path, max_problems: usize) -> Result<ExitCode, String> {
    let now = Timestamp::now().map_err(|e| format!("cannot tell the time: {e}"))?;
    let limits = Limits {
        max_problems,
        max_problems_per_sheet: max_problems,
        ..Limits::default()
    };
    let reading = spreadsheet::read_path_with_limits(file, now, &limits)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let mut out = Vec::new();
    for report in &reading.reports {
        serde_json::to_writer(&mut out, report)
            .map_err(|e| format!("cannot write a report: {e}"))?;
        out.push(b'\n');
    }
    output::write_stdout(&out);
    for p in &reading.problems {
        tell!("{p}");
    }
    if reading.problems_left_out > 0 {
        tell!(
            "{}: ... and {} more problem{} not shown (--max-problems)",
            file.display(),
            reading.problems_left_out,
            if reading.problems_left_out == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    Ok(
        if reading.problems.is_empty() && reading.problems_left_out == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

/// Writes the tables of the records of `file` into the folder `dir`, a record at a time (the
/// memory it takes grows with the distinct records the scorecard counts, not with the input),
/// and each table's row count to standard error. With `raw`, free text is written exactly as
/// given, for pandas or DuckDB, instead of neutralised for spreadsheets.
fn csv(file: &str, dir: &Path, raw: bool) -> Result<ExitCode, String> {
    // The writer stages the folder where `staging` says: remembered, so that an interruption
    // removes it.
    output::staging(dir);
    let mut writer =
        TablesWriter::create(dir, TableOptions { raw_text: raw }).map_err(|e| e.to_string())?;
    let invalid = open_lines(file, |record| {
        match record {
            Record::Report(r) => writer.add_report(&r),
            Record::Operation(o) => writer.add_operation(&o),
        }
        .map_err(|e| e.to_string())
    })?;
    let counts = writer.finish().map_err(|e| e.to_string())?;
    for (table, rows) in counts {
        tell!("{}: {rows} rows", dir.join(table.file_name()).display());
    }
    Ok(if invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs `eu-clasi spreadsheet`: exit code 0 when everything read was valid, 1 when some row
/// or line was not (the rest is still written), 2 for a usage or I/O error.
pub fn run(command: &SpreadsheetCommand) -> ExitCode {
    let result = match command {
        SpreadsheetCommand::Template { lang, reports, out } => {
            template(*lang, reports.as_deref(), out)
        }
        SpreadsheetCommand::Read { file, max_problems } => read(file, *max_problems),
        SpreadsheetCommand::Csv { file, dir, raw } => csv(file, dir, *raw),
    };
    result.unwrap_or_else(|message| {
        tell!("eu-clasi spreadsheet: {message}");
        ExitCode::from(2)
    })
}
