//! The scorecard of the EU-CLASI 2025-2026 roadmap from progress reports: for each pillar and
//! action, the latest status each actor reports, whether the action has progress, and the
//! indicators added up; as Markdown on standard output and, if asked, as an SVG chart.
//!
//! ```text
//! cargo run --example scorecard -- data/sample/progress-reports.jsonl             # Markdown, English
//! cargo run --example scorecard -- data/sample/progress-reports.jsonl --lang es --svg card.svg
//! cat reports.jsonl | cargo run --example scorecard -- -                           # - reads stdin
//! cargo run --example scorecard -- --generate 50000 --seed 7 > big.jsonl          # fictitious input
//! cargo run --example scorecard -- --write-sample                                  # rewrites the shipped sample
//! cargo run --example scorecard -- --help
//! ```
//!
//! - `FILE` holds progress reports as JSON Lines (one report a line; `-` for standard input),
//!   every revision of every record in any order: the scorecard keeps the latest revision of
//!   each record and leaves out withdrawn records (see `eu_clasi::scorecard`).
//! - A line that cannot be read as a progress report, or that breaks a rule of its contract
//!   (`Validate`), is reported on standard error as `file:line: /json/pointer: kind: message`
//!   (every problem of the line, from `eu_clasi::json::CheckedLines`), and left out; the other lines are still read and the scorecard is still printed.
//! - `--lang` (en, es, pt, fr, or a language's name) sets the headings and labels of the
//!   Markdown and the SVG. `--svg PATH` also writes the chart, a self-contained SVG file.
//! - `--generate N [--seed S]` writes N fictitious progress reports
//!   (`eu_clasi_sample::progress_reports`, seed 0 by default) as JSON Lines to standard output
//!   instead, and reads nothing: the way to make inputs of any size for trials and benchmarks.
//! - `--write-sample` writes `data/sample/progress-reports.jsonl` again from
//!   `eu_clasi_sample::sample_file()`: run it when a test says the shipped sample is stale.
//! - Exit code 0 when every line was valid, 1 when some were not (the scorecard is still
//!   printed), 2 for a usage or I/O error (an unknown flag or language, a missing file, a file
//!   that cannot be written), with a message on standard error. A closed pipe (`| head -1`)
//!   ends the program quietly with exit code 0.

mod common;

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use common::{Args, EXIT_CODES, tell};
use eu_clasi::json::CheckedLines;
use eu_clasi::{Lang, ProgressReport, Vocabulary};
use eu_clasi_report::scorecard::Scorecard;
use eu_clasi_sample as sample;

const USAGE: &str =
    "usage: cargo run --example scorecard -- FILE.jsonl|- [--lang en|es|pt|fr] [--svg OUT.svg]
       cargo run --example scorecard -- --generate N [--seed S]
       cargo run --example scorecard -- --write-sample
       cargo run --example scorecard -- --help";

/// Where `--write-sample` writes the shipped sample.
const SAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/sample/progress-reports.jsonl"
);

/// What the command line asks for.
enum Command {
    Help,
    Score {
        file: String,
        lang: Lang,
        svg: Option<String>,
    },
    Generate {
        count: usize,
        seed: u64,
    },
    WriteSample,
}

/// Reads the command line, or says what is wrong with it.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut file: Option<String> = None;
    let mut lang: Option<String> = None;
    let mut svg: Option<String> = None;
    let mut generate: Option<String> = None;
    let mut seed: Option<String> = None;
    let mut write_sample = false;
    let mut args = Args::new(args);
    while let Some(arg) = args.next_arg() {
        let slot = match arg.flag.as_str() {
            "--help" | "-h" => {
                common::no_value(&arg)?;
                return Ok(Command::Help);
            }
            "--write-sample" => {
                common::no_value(&arg)?;
                write_sample = true;
                continue;
            }
            "--lang" | "-l" => &mut lang,
            "--svg" => &mut svg,
            "--generate" => &mut generate,
            "--seed" => &mut seed,
            "-" => &mut file,
            other if other.starts_with('-') => {
                return Err(format!("unknown argument {:?}", arg.raw));
            }
            _ => {
                if file.replace(arg.raw).is_some() {
                    return Err("give one FILE only".to_owned());
                }
                continue;
            }
        };
        if arg.flag == "-" {
            if slot.replace(arg.raw).is_some() {
                return Err("give one FILE only".to_owned());
            }
            continue;
        }
        let hint = match arg.flag.as_str() {
            "--lang" | "-l" => "en, es, pt or fr (or a language's name)",
            "--svg" => "the path of the SVG file to write",
            "--generate" => "a number of reports",
            _ => "a whole number",
        };
        let value = args.value(&arg, hint)?;
        common::set_once(slot, &arg, value)?;
    }

    if write_sample {
        if file.is_some() || lang.is_some() || svg.is_some() || generate.is_some() || seed.is_some()
        {
            return Err("--write-sample takes no other argument".into());
        }
        return Ok(Command::WriteSample);
    }
    if let Some(n) = generate {
        if file.is_some() || lang.is_some() || svg.is_some() {
            return Err(
                "--generate writes reports and reads none: give no FILE, --lang or --svg".into(),
            );
        }
        let count = n
            .parse()
            .map_err(|_| format!("--generate {n:?}: expected a number of reports"))?;
        let seed = match seed {
            None => 0,
            Some(s) => s.parse().map_err(|_| {
                format!(
                    "--seed {s:?}: expected a whole number from 0 to {}",
                    u64::MAX
                )
            })?,
        };
        return Ok(Command::Generate { count, seed });
    }
    if seed.is_some() {
        return Err("--seed goes with --generate".into());
    }
    let lang = match lang {
        None => Lang::En,
        Some(value) => Lang::lookup(&value).map_err(|e| {
            format!("--lang {value:?}: {e}; use en, es, pt or fr (or a language's name)")
        })?,
    };
    let file =
        file.ok_or("name a FILE of progress reports (JSON Lines), or - for standard input")?;
    Ok(Command::Score { file, lang, svg })
}

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

/// What reading the input gave: the valid reports, and how many lines were not.
struct Input {
    reports: Vec<ProgressReport>,
    invalid: usize,
}

/// Reads the reports of `reader`, reporting every problem of each invalid line on stderr.
fn read(name: &str, reader: impl BufRead) -> Result<Input, String> {
    let mut input = Input {
        reports: Vec::new(),
        invalid: 0,
    };
    for line in CheckedLines::<_, ProgressReport>::new(reader) {
        let line = line.map_err(|e| format!("{name}: {e}"))?;
        match line.result {
            Ok(report) => input.reports.push(report),
            Err(problems) => {
                input.invalid += 1;
                for p in problems {
                    tell!("{name}:{}: {p}", line.number);
                }
            }
        }
    }
    Ok(input)
}

/// Writes `text` to stdout; a reader that stops early (`| head`) ends the program quietly.
fn print(text: &str) -> Result<(), String> {
    common::write_stdout(text.as_bytes());
    Ok(())
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Help => {
            print(&format!(
                "Prints the scorecard of the EU-CLASI 2025-2026 roadmap from progress reports \
                 (JSON Lines).\n{USAGE}\n\n\
                 --lang LANG     en, es, pt or fr (or a language's name; default en)\n\
                 --svg PATH      also write the chart as an SVG file\n\
                 --generate N    write N fictitious reports as JSON Lines (--seed S, default 0)\n\
                 --write-sample  rewrite data/sample/progress-reports.jsonl\n\
                 Every option also takes its value as --option=value.\n\n{EXIT_CODES}\n"
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Generate { count, seed } => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
            match write_lines(&mut out, sample::progress_reports(seed, count)) {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(e) => common::write_failed(e),
            }
        }
        Command::WriteSample => {
            let write = || -> std::io::Result<()> {
                if let Some(dir) = std::path::Path::new(SAMPLE_PATH).parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let mut out = BufWriter::new(std::fs::File::create(SAMPLE_PATH)?);
                write_lines(&mut out, sample::sample_file().into_iter())
            };
            write().map_err(|e| format!("cannot write {SAMPLE_PATH}: {e}"))?;
            tell!("wrote {SAMPLE_PATH}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Score { file, lang, svg } => {
            let input = if file == "-" {
                read("-", std::io::stdin().lock())?
            } else {
                let f = std::fs::File::open(&file)
                    .map_err(|e| format!("cannot open {file}: {e}; check the path"))?;
                read(&file, BufReader::with_capacity(1 << 16, f))?
            };
            let card = Scorecard::from_reports(&input.reports);
            if let Some(path) = svg {
                std::fs::write(&path, card.to_svg(lang))
                    .map_err(|e| format!("cannot write {path}: {e}"))?;
            }
            print(&card.to_markdown(lang))?;
            if input.invalid > 0 {
                tell!(
                    "scorecard: {} invalid line{} left out",
                    input.invalid,
                    if input.invalid == 1 { "" } else { "s" }
                );
                Ok(ExitCode::from(1))
            } else {
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(message) => {
            tell!("scorecard: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(code) => code,
        Err(message) => {
            tell!("scorecard: {message}");
            ExitCode::from(2)
        }
    }
}
