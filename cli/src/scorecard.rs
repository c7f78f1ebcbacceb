//! `eu-clasi scorecard`: the scorecard of the EU-CLASI 2025-2026 roadmap from progress
//! reports (for each pillar and action, the latest status each actor reports, whether the
//! action has progress, and the indicators added up) as Markdown on standard output and, if
//! asked, as an SVG chart; and fictitious progress reports for trials.
//!
//! ```text
//! eu-clasi scorecard data/sample/progress-reports.jsonl             # Markdown, English
//! eu-clasi scorecard data/sample/progress-reports.jsonl --lang es --svg card.svg
//! cat reports.jsonl | eu-clasi scorecard -                           # - reads stdin
//! eu-clasi scorecard --generate 50000 --seed 7 > big.jsonl          # fictitious input
//! eu-clasi scorecard --write-sample                                  # rewrites the shipped sample
//! ```
//!
//! - `FILE` holds progress reports as JSON Lines (one report a line; `-` for standard input),
//!   every revision of every record in any order: the scorecard keeps the latest revision of
//!   each record and leaves out withdrawn records (`eu_clasi_report::scorecard`).
//! - A line that cannot be read as a progress report, or that breaks a rule of its contract
//!   (`Validate`), is reported on standard error as `file:line: /json/pointer: kind: message`
//!   (every problem of the line, from `eu_clasi::json::CheckedLines`), and left out; the other
//!   lines are still read and the scorecard is still printed.
//! - `--lang` (en, es, pt, fr, or a language's name) sets the headings and labels of the
//!   Markdown and the SVG. `--svg PATH` also writes the chart, a self-contained SVG file
//!   (`--html PATH` the page for the review, a self-contained HTML file),
//!   written beside `PATH` and renamed into place.
//! - `--generate N [--seed S]` writes N fictitious progress reports
//!   (`eu_clasi_sample::progress_reports`, seed 0 by default) as JSON Lines to standard output
//!   instead, and reads nothing: the way to make inputs of any size for trials and benchmarks.
//! - `--write-sample [PATH]` writes `eu_clasi_sample::sample_file()` as JSON Lines to `PATH`,
//!   by default `data/sample/progress-reports.jsonl` (run from the repository's root, it
//!   rewrites the shipped sample).
//! - Exit code 0 when every line was valid, 1 when some were not (the scorecard is still
//!   printed), 2 for a usage or I/O error (an unknown flag or language, a missing file, a file
//!   that cannot be written), with a message on standard error. A closed pipe (`| head -1`)
//!   ends the program quietly with exit code 0.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use eu_clasi::json::CheckedLines;
use eu_clasi::{Lang, ProgressReport};
use eu_clasi_report::scorecard::{Scorecard, ScorecardBuilder};

use crate::ScorecardArgs;
use crate::output::{self, tell};

/// Writes JSON Lines of `reports` to `out`.
fn write_lines(
    out: &mut impl Write,
    reports: impl Iterator<Item = ProgressReport>,
) -> std::io::Result<()> {
    for report in reports {
        serde_json::to_writer(&mut *out, &report)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// What reading the input gave: the scorecard of the valid reports, and how many lines were
/// not valid.
struct Input {
    /// The scorecard, built one report at a time: it keeps per record only what its latest
    /// revision counts, so its memory grows with the distinct records, not the input.
    card: Scorecard,
    /// How many lines were left out.
    invalid: usize,
}

/// Reads the reports of `reader` into a scorecard, reporting every problem of each invalid
/// line on stderr.
fn read(name: &str, reader: impl BufRead) -> Result<Input, String> {
    let mut builder = ScorecardBuilder::new();
    let mut invalid = 0;
    for line in CheckedLines::<_, ProgressReport>::new(reader) {
        let line = line.map_err(|e| format!("{name}: {e}"))?;
        match line.result {
            Ok(report) => builder.add(&report),
            Err(problems) => {
                invalid += 1;
                for p in problems {
                    tell!("{name}:{}: {p}", line.number);
                }
            }
        }
    }
    Ok(Input {
        card: builder.finish(),
        invalid,
    })
}

/// Writes `count` fictitious reports made from `seed` to standard output.
fn generate(count: usize, seed: u64) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    output::wrote(write_lines(
        &mut out,
        eu_clasi_sample::progress_reports(seed, count),
    ));
    ExitCode::SUCCESS
}

/// Writes the shipped sample to `path`, whole or not at all.
fn write_sample(path: &Path) -> Result<ExitCode, String> {
    let mut bytes = Vec::new();
    write_lines(&mut bytes, eu_clasi_sample::sample_file().into_iter())
        .and_then(|()| {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)?;
            }
            output::write_whole(path, &bytes)
        })
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    tell!("wrote {}", path.display());
    Ok(ExitCode::SUCCESS)
}

/// Reads the reports of `file` (`-`: standard input) and prints their scorecard in `lang`,
/// writing its chart to `svg` and its page to `html` if given.
fn score(
    file: &str,
    lang: Lang,
    svg: Option<&Path>,
    html: Option<&Path>,
) -> Result<ExitCode, String> {
    let input = if file == "-" {
        read("-", std::io::stdin().lock())?
    } else {
        let f = std::fs::File::open(file)
            .map_err(|e| format!("cannot open {file}: {e}; check the path"))?;
        read(file, BufReader::with_capacity(1 << 16, f))?
    };
    let card = input.card;
    if let Some(path) = svg {
        output::write_whole(path, card.to_svg(lang).as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = html {
        output::write_whole(path, card.to_html(lang).as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    output::write_stdout(card.to_markdown(lang).as_bytes());
    if input.invalid > 0 {
        tell!(
            "eu-clasi scorecard: {} invalid line{} left out",
            input.invalid,
            if input.invalid == 1 { "" } else { "s" }
        );
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// Runs `eu-clasi scorecard`. Clap has already refused the combinations that make no sense
/// (`--generate` with a FILE, `--seed` without `--generate`, ...).
pub fn run(args: &ScorecardArgs) -> ExitCode {
    let result = if let Some(path) = &args.write_sample {
        write_sample(path)
    } else if let Some(count) = args.generate {
        Ok(generate(count, args.seed.unwrap_or(0)))
    } else if let Some(file) = &args.file {
        score(file, args.lang, args.svg.as_deref(), args.html.as_deref())
    } else {
        Err("name a FILE of progress reports (JSON Lines), or - for standard input".to_owned())
    };
    result.unwrap_or_else(|message| {
        tell!("eu-clasi scorecard: {message}");
        ExitCode::from(2)
    })
}
