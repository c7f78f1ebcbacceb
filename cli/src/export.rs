//! `eu-clasi export`: writes one export format of the crate's vocabularies to a chosen path.
//!
//! ```text
//! eu-clasi export --format=skos-turtle --output=eu-clasi.ttl
//! eu-clasi export --format=skos-jsonld --output=-   # to stdout
//! eu-clasi export --format=misp-galaxies --output=misp/
//! eu-clasi export --format=misp-event records.jsonl > events.jsonl
//! ```
//!
//! - `--format=FORMAT`: `misp-taxonomy` (the taxonomy `eu-clasi/machinetag.json` with its es, pt
//!   and fr companions), `misp-galaxies` (`galaxies/*.json` and `clusters/*.json`), `skos-turtle`
//!   or `skos-jsonld` (one file each); or `misp-event`: every record of `RECORDS.jsonl`
//!   (progress reports and joint operations, `-` for standard input) as a MISP event, one JSON
//!   document a line (see `eu_clasi::export::event`).
//! - `--output=PATH`: for the SKOS formats and `misp-event`, the file to write, or `-` for
//!   standard output (the default for `misp-event`); for
//!   the MISP formats, a directory that must not exist yet or be empty, laid out as MISP's own
//!   repositories are (`taxonomies/eu-clasi/machinetag.json`; `galaxies/`, `clusters/`).
//!   Everything is written beside the target first and moved into place at the end, so a
//!   failure never leaves a half-written file or folder.
//! - Exit code 0 when written, 1 when the export could not be built, 2 for a usage or I/O
//!   error, with a message that says what to do.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use eu_clasi::export::Format;
use eu_clasi::export::event::misp_events;

use crate::output::{self, tell};
use crate::{ExportArgs, ExportFormat};

/// The exit codes of `eu-clasi export`, for `--help`.
pub const EXIT_CODES: &str =
    "exit codes: 0 written, 1 the export could not be built, 2 usage or I/O error";

/// Writes `files` (paths under `prefix`, with their contents) into the folder `target`, which
/// must not exist or be empty: into a staged sibling folder first, renamed into place at the
/// end.
fn write_folder(target: &Path, files: &[(String, String)], prefix: &str) -> Result<(), String> {
    if let Ok(mut entries) = std::fs::read_dir(target)
        && entries.next().is_some()
    {
        return Err(format!(
            "{} exists and is not empty; name a new or empty directory",
            target.display()
        ));
    }
    let partial = output::staging(target);
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

/// Runs `eu-clasi export`: exit code 0 when written, 1 when the export could not be built, 2
/// for a usage or I/O error.
pub fn run(args: &ExportArgs) -> ExitCode {
    let format = match (args.format, &args.records) {
        (ExportFormat::MispEvent, Some(records)) => return events(records, args.output.as_deref()),
        (ExportFormat::MispEvent, None) => {
            tell!("eu-clasi export: misp-event needs RECORDS.jsonl (or - for standard input)");
            return ExitCode::from(2);
        }
        (ExportFormat::Vocabularies(_), Some(records)) => {
            tell!(
                "eu-clasi export: {records:?}: only misp-event reads records; the other formats \
                 export the vocabularies"
            );
            return ExitCode::from(2);
        }
        (ExportFormat::Vocabularies(format), None) => format,
    };
    let Some(output_path) = args.output.as_deref() else {
        tell!("eu-clasi export: --output is needed: a file, - for standard output, or a directory");
        return ExitCode::from(2);
    };
    let files = match format.render() {
        Ok(files) => files,
        Err(e) => {
            tell!("eu-clasi export: cannot build {format}: {e}");
            return ExitCode::from(1);
        }
    };
    let result = match (format, files.as_slice()) {
        (Format::SkosTurtle | Format::SkosJsonLd, [(_, contents)]) => {
            if output_path == "-" {
                output::write_stdout(contents.as_bytes());
                Ok(())
            } else {
                let target = Path::new(output_path);
                output::write_whole(target, contents.as_bytes())
                    .map_err(|e| format!("cannot write {}: {e}", target.display()))
            }
        }
        (Format::SkosTurtle | Format::SkosJsonLd, _) => {
            Err(format!("{} did not give one file", format))
        }
        (Format::MispTaxonomy | Format::MispGalaxies, _) if output_path == "-" => Err(format!(
            "{} is several files: --output must name a directory",
            format
        )),
        (Format::MispTaxonomy | Format::MispGalaxies, files) => {
            write_folder(Path::new(output_path), files, "exports/misp/")
        }
    };
    match result {
        Ok(()) => {
            if output_path != "-" {
                tell!("eu-clasi export: wrote {} to {}", format, output_path);
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            tell!("eu-clasi export: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes the MISP event of every record of `input` (`-`: standard input), one a line, to
/// `output` (a file, written beside and renamed into place only when every record was valid;
/// `-` or none: standard output). Exit code 0 when every record became an event, 1 when some
/// were invalid (each problem is reported), 2 for an I/O error.
fn events(input: &str, output: Option<&str>) -> ExitCode {
    let reader: Box<dyn BufRead> = if input == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(input) {
            Ok(file) => Box::new(std::io::BufReader::new(file)),
            Err(e) => {
                tell!("eu-clasi export: cannot open {input}: {e}; check the path");
                return ExitCode::from(2);
            }
        }
    };
    let target = output.filter(|o| *o != "-").map(Path::new);
    let staged = target.map(output::staging);
    let mut out: Box<dyn Write> = match &staged {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(staged) => match std::fs::File::create(staged) {
            Ok(file) => Box::new(std::io::BufWriter::new(file)),
            Err(e) => {
                tell!("eu-clasi export: cannot write {}: {e}", staged.display());
                return ExitCode::from(2);
            }
        },
    };
    let mut valid = true;
    let written = || -> std::io::Result<()> {
        for line in misp_events(reader) {
            let line = line.map_err(std::io::Error::other)?;
            match line.result {
                Ok(event) => {
                    serde_json::to_writer(&mut out, &event)?;
                    out.write_all(b"\n")?;
                }
                Err(problems) => {
                    valid = false;
                    for p in problems {
                        tell!("{input}:{}: {p}", line.number);
                    }
                }
            }
        }
        out.flush()
    };
    let result = written();
    let Some((staged, target)) = staged.zip(target) else {
        // Standard output: a reader that went away (`| head`) ends the program quietly.
        if let Err(e) = result {
            output::write_failed(e);
        }
        return if valid {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    };
    let placed = result.and_then(|()| {
        if valid {
            std::fs::rename(&staged, target)
        } else {
            Ok(())
        }
    });
    if !valid || placed.is_err() {
        let _ = std::fs::remove_file(&staged);
    }
    match placed {
        Err(e) => {
            tell!("eu-clasi export: cannot write {}: {e}", target.display());
            ExitCode::from(2)
        }
        Ok(()) if valid => {
            tell!("eu-clasi export: wrote misp-event to {}", target.display());
            ExitCode::SUCCESS
        }
        Ok(()) => {
            tell!("eu-clasi export: {input} has invalid records; nothing was written");
            ExitCode::from(1)
        }
    }
}
