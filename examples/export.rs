//! Writes one export format of the crate's vocabularies to a chosen path, or turns records
//! into MISP events.
//!
//! ```text
//! cargo run --example export --features exports -- --format=skos-turtle --output=eu-clasi.ttl
//! cargo run --example export --features exports -- --format=skos-jsonld --output=-   # to stdout
//! cargo run --example export --features exports -- --format=misp-galaxies --output=misp/
//! cargo run --example export --features exports -- --format misp-event RECORDS.jsonl   # to stdout
//! ```
//!
//! - `--format=FORMAT`: `misp-taxonomy` (the taxonomy `eu-clasi/machinetag.json` with its es, pt
//!   and fr companions), `misp-galaxies` (`galaxies/*.json` and `clusters/*.json`), `skos-turtle`
//!   or `skos-jsonld` (one file each); or `misp-event`: every record of `RECORDS.jsonl` (progress
//!   reports and joint operations, one a line; `-` for standard input) as a MISP event, one
//!   event a line ([`eu_clasi::export::event`] does the work). A line that is not a valid record
//!   is reported on standard error as `RECORDS.jsonl:LINE: /pointer: problem`, and then nothing
//!   is written to a file (standard output has the other lines' events) and the exit code is 1.
//! - `--output=PATH`: for the SKOS formats and `misp-event`, the file to write, or `-` for
//!   standard output (the default for `misp-event`); for
//!   the MISP formats, a directory that must not exist yet or be empty, laid out as MISP's own
//!   repositories are (`taxonomies/eu-clasi/machinetag.json`; `galaxies/`, `clusters/`).
//!   Everything is written beside the target first and moved into place at the end, so a
//!   failure never leaves a half-written file or folder.
//! - Exit code 0 when written, 1 when the export could not be built, 2 for a usage or I/O
//!   error, with a message that says what to do.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use common::tell;
use eu_clasi::export::Format;
use eu_clasi::export::event::misp_events;

const USAGE: &str = "usage: cargo run --example export --features exports -- --format=FORMAT --output=PATH [RECORDS.jsonl]
  FORMAT: misp-taxonomy, misp-galaxies (PATH: a new or empty directory),
          skos-turtle, skos-jsonld (PATH: a file, or - for standard output),
          misp-event (PATH: a file, or - as without --output; RECORDS.jsonl: progress reports and joint
          operations, one a line, or - for standard input; one MISP event a line)
  exit codes: 0 written, 1 the export could not be built or a record is invalid,
              2 usage or I/O error";

/// What to write: a vocabulary export, or the MISP events of a file of records.
enum What {
    Vocabularies(Format),
    MispEvents { input: String },
}

impl std::fmt::Display for What {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            What::Vocabularies(format) => format.fmt(f),
            What::MispEvents { .. } => f.write_str("misp-event"),
        }
    }
}

struct Args {
    what: What,
    output: String,
}

fn parse_args() -> Result<Args, String> {
    let (mut format, mut output, mut input) = (None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--format" => {
                let name = value("--format")?;
                let name = name.trim().to_lowercase().replace('_', "-");
                format = Some(if name == "misp-event" {
                    None
                } else {
                    Some(
                        name.parse::<Format>()
                            .map_err(|e| format!("{e}, or misp-event"))?,
                    )
                });
            }
            "--output" => output = Some(value("--output")?),
            "--help" | "-h" => return Err(String::new()),
            other if input.is_none() && (other == "-" || !other.starts_with('-')) => {
                input = Some(arg.clone());
            }
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    let what = match (format.ok_or("--format is required")?, input) {
        (Some(format), None) => What::Vocabularies(format),
        (Some(format), Some(input)) => {
            return Err(format!("{format} reads no input file (got {input:?})"));
        }
        (None, Some(input)) => What::MispEvents { input },
        (None, None) => {
            return Err("misp-event needs RECORDS.jsonl (or - for standard input)".into());
        }
    };
    // Events go to standard output unless told otherwise; the vocabularies need a target.
    let output = match (&what, output) {
        (_, Some(output)) => output,
        (What::MispEvents { .. }, None) => "-".to_owned(),
        (What::Vocabularies(_), None) => return Err("--output is required".into()),
    };
    Ok(Args { what, output })
}

/// A sibling of `target` to write into before moving it into place.
fn staging(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    target.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

fn write_file(target: &Path, contents: &str) -> Result<(), String> {
    let partial = staging(target);
    std::fs::write(&partial, contents)
        .and_then(|()| std::fs::rename(&partial, target))
        .map_err(|e| {
            let _ = std::fs::remove_file(&partial);
            format!("cannot write {}: {e}", target.display())
        })
}

fn write_folder(target: &Path, files: &[(String, String)], prefix: &str) -> Result<(), String> {
    if let Ok(mut entries) = std::fs::read_dir(target)
        && entries.next().is_some()
    {
        return Err(format!(
            "{} exists and is not empty; name a new or empty directory",
            target.display()
        ));
    }
    let partial = staging(target);
    let result = (|| -> std::io::Result<()> {
        for (path, contents) in files {
            let relative = path.strip_prefix(prefix).unwrap_or(path);
            let file = partial.join(relative);
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(file, contents)?;
        }
        if target.is_dir() {
            std::fs::remove_dir(target)?;
        }
        std::fs::rename(&partial, target)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_dir_all(&partial);
        format!("cannot write {}: {e}", target.display())
    })
}

/// Writes the MISP event of every record of `input` to `output`, one a line. Returns whether
/// every record was valid; a file is written only then.
fn write_events(input: &str, output: &str) -> Result<bool, String> {
    let reader: Box<dyn std::io::BufRead> = if input == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(input).map_err(|e| format!("cannot read {input}: {e}"))?;
        Box::new(std::io::BufReader::new(file))
    };
    let to_stdout = output == "-";
    let target = Path::new(output);
    let partial = staging(target);
    let mut out: Box<dyn Write> = if to_stdout {
        Box::new(std::io::stdout().lock())
    } else {
        let file = std::fs::File::create(&partial)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        Box::new(std::io::BufWriter::new(file))
    };
    let mut valid = true;
    let result = (|| -> Result<(), String> {
        for line in misp_events(reader) {
            let line = line.map_err(|e| format!("{input}: {e}"))?;
            match line.result {
                Ok(event) => {
                    let text = eu_clasi::json::to_string(&event).map_err(|e| e.to_string())?;
                    match writeln!(out, "{text}") {
                        Ok(()) => {}
                        // The reader stopped early (`| head`): not an error of ours.
                        Err(e) if to_stdout && e.kind() == std::io::ErrorKind::BrokenPipe => {
                            return Ok(());
                        }
                        Err(e) => return Err(format!("cannot write {output}: {e}")),
                    }
                }
                Err(problems) => {
                    valid = false;
                    for p in problems {
                        tell!("{input}:{}: {p}", line.number);
                    }
                }
            }
        }
        match out.flush() {
            Err(e) if !(to_stdout && e.kind() == std::io::ErrorKind::BrokenPipe) => {
                Err(format!("cannot write {output}: {e}"))
            }
            _ => Ok(()),
        }
    })();
    drop(out);
    if to_stdout {
        return result.map(|()| valid);
    }
    match result {
        Ok(()) if valid => std::fs::rename(&partial, target)
            .map(|()| true)
            .map_err(|e| {
                let _ = std::fs::remove_file(&partial);
                format!("cannot write {}: {e}", target.display())
            }),
        other => {
            let _ = std::fs::remove_file(&partial);
            other.map(|()| false)
        }
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) if message.is_empty() => {
            // A reader that stops early (`| head`) is not an error.
            let _ = writeln!(std::io::stdout().lock(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            tell!("export: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let format = match &args.what {
        What::Vocabularies(format) => *format,
        What::MispEvents { input } => {
            return match write_events(input, &args.output) {
                Ok(true) => {
                    if args.output != "-" {
                        tell!("export: wrote misp-event to {}", args.output);
                    }
                    ExitCode::SUCCESS
                }
                Ok(false) => {
                    tell!("export: {input} has invalid records; they have no event");
                    ExitCode::from(1)
                }
                Err(message) => {
                    tell!("export: {message}");
                    ExitCode::from(2)
                }
            };
        }
    };
    let files = match format.render() {
        Ok(files) => files,
        Err(e) => {
            tell!("export: cannot build {format}: {e}");
            return ExitCode::from(1);
        }
    };
    let result = match (format, files.as_slice()) {
        (Format::SkosTurtle | Format::SkosJsonLd, [(_, contents)]) => {
            if args.output == "-" {
                match std::io::stdout().lock().write_all(contents.as_bytes()) {
                    Ok(()) => Ok(()),
                    // The reader stopped early (`| head`): not an error of ours.
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                    Err(e) => Err(format!("cannot write to standard output: {e}")),
                }
            } else {
                write_file(Path::new(&args.output), contents)
            }
        }
        (Format::SkosTurtle | Format::SkosJsonLd, _) => {
            Err(format!("{format} did not give one file"))
        }
        (Format::MispTaxonomy | Format::MispGalaxies, _) if args.output == "-" => Err(format!(
            "{format} is several files: --output must name a directory"
        )),
        (Format::MispTaxonomy | Format::MispGalaxies, files) => {
            write_folder(Path::new(&args.output), files, "exports/misp/")
        }
    };
    match result {
        Ok(()) => {
            if args.output != "-" {
                tell!("export: wrote {} to {}", args.what, args.output);
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            tell!("export: {message}");
            ExitCode::from(2)
        }
    }
}
