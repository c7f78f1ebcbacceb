//! Check a file of progress reports as a receiving system would: every line of a JSON Lines
//! file is read and checked (schema and rules at once), each problem is printed with its line
//! and JSON path, and the valid reports are reduced to where each action stands now, the latest
//! revision of each record, withdrawn records left out.
//!
//! ```sh
//! cargo run --example check_reports                          # the shipped fictitious sample
//! cargo run --example check_reports -- my-reports.jsonl
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, Write as _};
use std::process::ExitCode;

use eu_clasi::json::CheckedLines;
use eu_clasi::{Lang, ProgressReport, Vocabulary, current_revisions};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("check_reports: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let path = match std::env::args().nth(1) {
        Some(arg) if arg.starts_with('-') => {
            eprintln!("usage: check_reports [REPORTS.jsonl]");
            return Ok(ExitCode::from(2));
        }
        Some(path) => path,
        None => "data/sample/progress-reports.jsonl".to_owned(),
    };

    // Read and check every line; a bad line is reported and the next ones are still read.
    let mut text = String::new();
    let mut reports: Vec<ProgressReport> = Vec::new();
    let mut invalid = 0;
    let file = File::open(&path).map_err(|e| format!("{path}: {e}"))?;
    for line in CheckedLines::<_, ProgressReport>::new(BufReader::new(file)) {
        let line = line?;
        match line.result {
            Ok(report) => reports.push(report),
            Err(problems) => {
                invalid += 1;
                for problem in problems {
                    writeln!(text, "{path}:{}: {problem}", line.number)?;
                }
            }
        }
    }
    writeln!(
        text,
        "{path}: {} valid reports, {invalid} invalid",
        reports.len()
    )?;

    // A record is revised over time: what counts is its latest revision, unless withdrawn.
    let current = current_revisions(&reports);
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for report in &current {
        *by_status.entry(report.status.label(Lang::En)).or_default() += 1;
    }
    writeln!(text, "{} records stand now:", current.len())?;
    for (status, count) in by_status {
        writeln!(text, "  {count:>3}  {status}")?;
    }
    // Written at once; a reader that stops early (`| head`) is no error.
    let _ = std::io::stdout().write_all(text.as_bytes());
    Ok(if invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
