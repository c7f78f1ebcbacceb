//! `eu-clasi`, the command-line face of the EU-CLASI data model: it validates documents
//! against the crate's schemas, prints the 2025-2026 roadmap's scorecard from progress reports,
//! writes and reads the XLSX reporting template and the CSV tables, and writes the MISP and
//! SKOS exports of the vocabularies.
//!
//! ```text
//! cargo install --path cli                                    # from a checkout of the repository
//! eu-clasi validate --type progress-report reports.jsonl
//! eu-clasi validate data/declaration.json                     # the type from its "$schema"
//! eu-clasi scorecard data/sample/progress-reports.jsonl --lang es --svg card.svg
//! eu-clasi scorecard --generate 50000 --seed 7 > big.jsonl    # fictitious input, any size
//! eu-clasi spreadsheet template --lang es informes.xlsx
//! eu-clasi spreadsheet read informes.xlsx > reports.jsonl
//! eu-clasi spreadsheet csv reports.jsonl tablas/
//! eu-clasi export --format=skos-turtle --output=eu-clasi.ttl
//! eu-clasi completions bash > ~/.local/share/bash-completion/completions/eu-clasi
//! eu-clasi man validate > eu-clasi-validate.1
//! ```
//!
//! This file holds the command line (clap's derive types) and sends each subcommand to its
//! module. Every subcommand behaves like a tool: `--help` on standard output lists its choices
//! and exit codes, every option takes `--option=value`, a closed pipe (`| head -1`) ends it
//! quietly with exit code 0, every file is written beside its target and renamed into place,
//! and the exit code is 0 for success, 1 for invalid input (every problem is reported) and 2
//! for a usage or I/O error (clap's usage errors included).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod export;
mod output;
mod scorecard;
mod spreadsheet;
mod validate;

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};
use eu_clasi::{Lang, Vocabulary, schema};

use output::tell;

/// The exit codes of `eu-clasi`, `validate` and `scorecard`, for `--help`.
const EXIT_CODES: &str =
    "exit codes: 0 ok, 1 invalid input (every problem is reported), 2 usage or I/O error";

/// Where `scorecard --write-sample` writes the shipped sample when given no path: the
/// repository's file, relative to the current folder (the repository's root).
const SAMPLE_PATH: &str = "data/sample/progress-reports.jsonl";

/// The EU-CLASI Joint Declaration's tools: validate documents, score the 2025-2026 roadmap,
/// fill spreadsheets, export the vocabularies.
#[derive(Parser)]
#[command(name = "eu-clasi", version, propagate_version = true, after_help = EXIT_CODES)]
struct Cli {
    /// What to do.
    #[command(subcommand)]
    command: Command,
}

/// The subcommands of `eu-clasi`.
#[derive(Subcommand)]
enum Command {
    /// Validate JSON and JSON Lines documents against the crate's schemas, every problem of each
    ///
    /// FILE ending in .jsonl or .ndjson holds one document a line, streamed in constant memory; a
    /// malformed line is reported and the lines after it are still checked. FILE ending in .json
    /// holds one document. - (standard input) and any other file are told apart by their first
    /// non-blank line: a whole JSON document on it means JSON Lines, otherwise the input is one
    /// (pretty-printed) document.
    ///
    /// Human output (the default) is `file:line: /json/pointer: kind: message` for each problem,
    /// then a summary on standard error. `--format json` writes one JSON object a document on
    /// standard output: {"file", "line", "valid", "errors": [{"path", "kind", "rule", "message"}]},
    /// where kind is syntax (not well-formed JSON), schema (breaks the schema) or rule (breaks a
    /// rule the schema lists under x-rules, named by rule).
    Validate(ValidateArgs),
    /// Print the roadmap's scorecard from progress reports (Markdown, SVG), or make fictitious
    /// reports
    ///
    /// The scorecard of the EU-CLASI 2025-2026 roadmap gives, for each pillar and action, the
    /// latest status each actor reports, whether the action has progress, and the indicators
    /// added up, as Markdown on standard output (and an SVG chart with --svg, a page for the
    /// review with --html).
    ///
    /// FILE holds progress reports as JSON Lines (one report a line; - for standard input), every
    /// revision of every record in any order: the scorecard keeps the latest revision of each
    /// record and leaves out withdrawn records. A line that cannot be read as a progress report,
    /// or that breaks a rule of its contract, is reported on standard error as
    /// `file:line: /json/pointer: kind: message` and left out; the scorecard of the other lines is
    /// still printed (exit code 1).
    Scorecard(ScorecardArgs),
    /// Write the XLSX reporting template, read a filled one back, write CSV tables
    Spreadsheet(SpreadsheetArgs),
    /// Write one export of the vocabularies (MISP taxonomy or galaxies, SKOS) to a path
    ///
    /// Everything is written beside the target first and moved into place at the end, so a
    /// failure never leaves a half-written file or folder.
    Export(ExportArgs),
    /// Write the completion script of a shell for eu-clasi to standard output
    #[command(after_help = "exit codes: 0 ok, 2 usage or I/O error")]
    Completions {
        /// The shell to complete in
        shell: clap_complete::Shell,
    },
    /// Write a man page (roff) to standard output: eu-clasi's, or a subcommand's
    #[command(after_help = "exit codes: 0 ok, 2 usage or I/O error")]
    Man {
        /// The subcommand whose page to write (`validate`, `spreadsheet template`, ...);
        /// none for eu-clasi's own page
        #[arg(value_name = "SUBCOMMAND")]
        command: Vec<String>,
    },
}

/// The command line of `eu-clasi validate` ([`validate::run`]).
#[derive(Args)]
#[command(after_help = validate_after_help())]
pub struct ValidateArgs {
    /// The schema to check against (`_` or `-` alike, any case); without it, each
    /// document's "$schema" names it (urn:eu-clasi:schema:v1:NAME)
    #[arg(long = "type", short = 't', value_name = "NAME", value_parser = schema_names(),
          hide_possible_values = true)]
    pub type_name: Option<String>,
    /// human (one line a problem, a summary) or json (one object a document)
    #[arg(long, short, value_name = "FORMAT", default_value = "human",
          value_parser = validate_formats())]
    pub format: validate::Format,
    /// The documents: .json (one document), .jsonl or .ndjson (JSON Lines), or - for
    /// standard input
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
}

/// What `validate --help` shows after the options: the schema names and the exit codes.
fn validate_after_help() -> String {
    format!(
        "schema names: {}\n\n{EXIT_CODES}",
        schema::names().join(", ")
    )
}

/// The command line of `eu-clasi scorecard` ([`scorecard::run`]).
#[derive(Args)]
#[command(after_help = EXIT_CODES)]
pub struct ScorecardArgs {
    /// Progress reports as JSON Lines, or - for standard input
    #[arg(value_name = "FILE", required_unless_present_any = ["generate", "write_sample"])]
    pub file: Option<String>,
    /// The language of the headings and labels: en, es, pt or fr (or a language's name)
    #[arg(long, short, value_name = "LANG", default_value = "en", value_parser = languages())]
    pub lang: Lang,
    /// Also write the chart as a self-contained SVG file
    #[arg(long, value_name = "PATH")]
    pub svg: Option<PathBuf>,
    /// Also write the page for the review: one self-contained HTML file (chart, tables of
    /// actors and statuses, totals, legend; prints on A4)
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
    /// Write N fictitious progress reports as JSON Lines to standard output instead, reading
    /// nothing (inputs of any size for trials and benchmarks)
    #[arg(long, value_name = "N", conflicts_with_all = ["file", "lang", "svg", "html"])]
    pub generate: Option<usize>,
    /// The seed of --generate (default 0): the same seed gives the same reports
    #[arg(long, value_name = "S", requires = "generate", conflicts_with_all = ["file", "lang", "svg", "html"])]
    pub seed: Option<u64>,
    /// Write the shipped sample of fictitious reports to PATH (default
    /// data/sample/progress-reports.jsonl, from the repository's root) instead
    #[arg(long, value_name = "PATH", num_args = 0..=1, default_missing_value = SAMPLE_PATH,
          conflicts_with_all = ["file", "lang", "svg", "html", "generate", "seed"])]
    pub write_sample: Option<PathBuf>,
}

/// The command line of `eu-clasi spreadsheet` ([`spreadsheet::run`]).
#[derive(Args)]
#[command(after_help = spreadsheet::EXIT_CODES)]
pub struct SpreadsheetArgs {
    /// What to do with spreadsheets.
    #[command(subcommand)]
    pub command: SpreadsheetCommand,
}

/// The subcommands of `eu-clasi spreadsheet`.
#[derive(Subcommand)]
pub enum SpreadsheetCommand {
    /// Write the XLSX reporting template in a language
    ///
    /// The template is filled with the latest revision of each progress report of --reports,
    /// if given, so that they can be revised. The workbook is written whole or not at all.
    #[command(after_help = spreadsheet::EXIT_CODES)]
    Template {
        /// The workbook's language: en, es, pt or fr (or a language's name)
        #[arg(long, short, value_name = "LANG", default_value = "en", value_parser = languages())]
        lang: Lang,
        /// Progress reports (JSON Lines, - for standard input) to fill the template with, the
        /// latest revision of each, so that they can be revised
        #[arg(long, value_name = "FILE.jsonl")]
        reports: Option<String>,
        /// The workbook to write
        #[arg(value_name = "OUT.xlsx")]
        out: PathBuf,
    },
    /// Read a filled template back into progress reports (JSON Lines)
    ///
    /// The reports are written as JSON Lines on standard output, every problem on standard
    /// error as `Sheet!Cell: message` in the workbook's language; rows with a problem are left
    /// out (exit code 1).
    #[command(after_help = spreadsheet::EXIT_CODES)]
    Read {
        /// The filled workbook
        #[arg(value_name = "FILLED.xlsx")]
        file: PathBuf,
        /// Show at most N problems (per sheet and in all), then how many more there were
        #[arg(long, value_name = "N", default_value_t = 1000)]
        max_problems: usize,
    },
    /// Write progress reports and joint operations as CSV tables
    ///
    /// The tables (reports, indicators, evidence, joint_operations, participants, outcomes and
    /// the scorecard's actions, statuses and totals) are written into a new or empty folder,
    /// beside it first and renamed into place, never left half-written. An invalid line is
    /// reported as `file:line: /json/pointer: message` and left out (exit code 1).
    #[command(after_help = spreadsheet::EXIT_CODES)]
    Csv {
        /// Progress reports and joint operations as JSON Lines, or - for standard input
        #[arg(value_name = "FILE.jsonl")]
        file: String,
        /// The folder to write, which must not exist or be empty
        #[arg(value_name = "OUT_DIR")]
        dir: PathBuf,
        /// Write free text exactly as given, for pandas or DuckDB. By default a text cell
        /// that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
        /// CR) is written with a ' before it, so that the tables are safe to open in
        /// LibreOffice or Excel
        #[arg(long)]
        raw: bool,
    },
}

/// The command line of `eu-clasi export` ([`export::run`]).
#[derive(Args)]
#[command(after_help = export::EXIT_CODES)]
pub struct ExportArgs {
    /// misp-taxonomy (the taxonomy eu-clasi/machinetag.json with its es, pt and fr companions),
    /// misp-galaxies (galaxies/*.json and clusters/*.json), skos-turtle or skos-jsonld (one
    /// file each), or misp-event (each record of RECORDS.jsonl as a MISP event, one a line)
    #[arg(long, value_name = "FORMAT", value_parser = export_formats())]
    pub format: ExportFormat,
    /// For the SKOS formats and misp-event the file to write, or - for standard output (the
    /// default for misp-event); for the MISP taxonomy and galaxies a directory that must not
    /// exist yet or be empty, laid out as MISP's own repositories are
    #[arg(long, value_name = "PATH")]
    pub output: Option<String>,
    /// With misp-event: progress reports and joint operations as JSON Lines, or - for
    /// standard input
    #[arg(value_name = "RECORDS.jsonl")]
    pub records: Option<String>,
}

/// What `eu-clasi export` writes: one format of the vocabularies, or records as MISP events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// An export of the vocabularies.
    Vocabularies(eu_clasi::export::Format),
    /// Records as MISP events.
    MispEvent,
}

/// A value parser for a closed list of names: it lists them for `--help` and the shell
/// completions, and on refusal says in its own words what it takes (clap's usage error, exit
/// code 2).
#[derive(Clone)]
struct Choice<T> {
    /// The names to list, in order.
    names: fn() -> Vec<String>,
    /// Reads a value, or says why it is none (the message names the option).
    parse: fn(&str) -> Result<T, String>,
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Choice<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let refuse = |message: String| {
            clap::Error::raw(
                ErrorKind::InvalidValue,
                format!("{message}\n\nFor more information, try '--help'.\n"),
            )
        };
        let text = value
            .to_str()
            .ok_or_else(|| refuse(format!("{value:?} is not UTF-8 text")))?;
        (self.parse)(text).map_err(|message| refuse(message).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.names)().into_iter().map(PossibleValue::new)))
    }
}

/// `--lang`: en, es, pt or fr, or a language's name in any of them (`Lang::lookup`).
fn languages() -> Choice<Lang> {
    Choice {
        names: || Lang::codes().iter().map(|c| (*c).to_owned()).collect(),
        parse: |text| {
            Lang::lookup(text).map_err(|e| {
                format!("--lang {text:?}: {e}; use en, es, pt or fr (or a language's name)")
            })
        },
    }
}

/// `validate --type`: a schema name, with `_` or `-`, in any case.
fn schema_names() -> Choice<String> {
    Choice {
        names: schema::names,
        parse: |text| {
            let name = output::schema_name(text);
            if schema::names().contains(&name) {
                Ok(name)
            } else {
                Err(format!(
                    "unknown type {name:?}; the schema names are: {}",
                    schema::names().join(", ")
                ))
            }
        },
    }
}

/// `validate --format`: human or json.
fn validate_formats() -> Choice<validate::Format> {
    Choice {
        names: || vec!["human".to_owned(), "json".to_owned()],
        parse: |text| match text {
            "human" => Ok(validate::Format::Human),
            "json" => Ok(validate::Format::Json),
            other => Err(format!("--format takes human or json, not \"{other}\"")),
        },
    }
}

/// `export --format`: an export format's name, with `_` or `-`, in any case.
fn export_formats() -> Choice<ExportFormat> {
    Choice {
        names: || {
            eu_clasi::export::Format::ALL
                .iter()
                .map(|f| f.name().to_owned())
                .chain(["misp-event".to_owned()])
                .collect()
        },
        parse: |text| {
            let name = output::schema_name(text);
            if name == "misp-event" {
                return Ok(ExportFormat::MispEvent);
            }
            name.parse()
                .map(ExportFormat::Vocabularies)
                .map_err(|e| format!("--format {text:?}: {e}, or misp-event"))
        },
    }
}

/// Writes the man page of `eu-clasi` or of the subcommand `path` names to standard output.
fn man(path: &[String]) -> ExitCode {
    let mut command = Cli::command();
    // Built, so that every subcommand knows its full name (`eu-clasi-validate`).
    command.build();
    let mut page = &command;
    for name in path {
        match page.find_subcommand(name) {
            Some(sub) => page = sub,
            None => {
                let names: Vec<&str> = page.get_subcommands().map(|c| c.get_name()).collect();
                tell!(
                    "eu-clasi man: {:?} has no subcommand {name:?}; its subcommands are: {}",
                    page.get_display_name().unwrap_or(page.get_name()),
                    names.join(", ")
                );
                return ExitCode::from(2);
            }
        }
    }
    let mut roff = Vec::new();
    if let Err(e) = clap_mangen::Man::new(page.clone()).render(&mut roff) {
        tell!("eu-clasi man: cannot write the page: {e}");
        return ExitCode::from(2);
    }
    output::write_stdout(&roff);
    ExitCode::SUCCESS
}

/// Reads the command line (clap prints `--help` and ends the program with exit code 2 on a
/// usage error) and runs the subcommand.
fn main() -> ExitCode {
    output::remove_staged_on_signal();
    match Cli::parse().command {
        Command::Validate(args) => validate::run(&args),
        Command::Scorecard(args) => scorecard::run(&args),
        Command::Spreadsheet(args) => spreadsheet::run(&args.command),
        Command::Export(args) => export::run(&args),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "eu-clasi", &mut script);
            output::write_stdout(&script);
            ExitCode::SUCCESS
        }
        Command::Man { command } => man(&command),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        // clap's own check: names, conflicts, requirements and defaults fit together.
        Cli::command().debug_assert();
    }

    #[test]
    fn choices_take_every_spelling_their_help_promises() {
        let command = Cli::command();
        let lang = languages();
        let lang_ok = |t: &str| lang.parse_ref(&command, None, OsStr::new(t)).is_ok();
        assert!(lang_ok("es") && lang_ok("español") && !lang_ok("xx"));
        let names = schema_names();
        let name = |t: &str| names.parse_ref(&command, None, OsStr::new(t)).ok();
        assert_eq!(name("Progress_Report").as_deref(), Some("progress-report"));
        assert_eq!(name("no-such-type"), None);
        let formats = export_formats();
        let format = |t: &str| formats.parse_ref(&command, None, OsStr::new(t)).ok();
        assert_eq!(
            format("SKOS_Turtle"),
            Some(ExportFormat::Vocabularies(
                eu_clasi::export::Format::SkosTurtle
            ))
        );
        assert_eq!(format("MISP_Event"), Some(ExportFormat::MispEvent));
        assert_eq!(format("skos"), None);
    }
}
