//! `eu-clasi export`: writes one export format of the crate's vocabularies to a chosen path.
//!
//! ```text
//! eu-clasi export --format=skos-turtle --output=eu-clasi.ttl
//! eu-clasi export --format=skos-jsonld --output=-   # to stdout
//! eu-clasi export --format=misp-galaxies --output=misp/
//! ```
//!
//! - `--format=FORMAT`: `misp-taxonomy` (the taxonomy `eu-clasi/machinetag.json` with its es, pt
//!   and fr companions), `misp-galaxies` (`galaxies/*.json` and `clusters/*.json`), `skos-turtle`
//!   or `skos-jsonld` (one file each).
//! - `--output=PATH`: for the SKOS formats, the file to write, or `-` for standard output; for
//!   the MISP formats, a directory that must not exist yet or be empty, laid out as MISP's own
//!   repositories are (`taxonomies/eu-clasi/machinetag.json`; `galaxies/`, `clusters/`).
//!   Everything is written beside the target first and moved into place at the end, so a
//!   failure never leaves a half-written file or folder.
//! - Exit code 0 when written, 1 when the export could not be built, 2 for a usage or I/O
//!   error, with a message that says what to do.

use std::path::Path;
use std::process::ExitCode;

use eu_clasi::export::Format;

use crate::ExportArgs;
use crate::output::{self, tell};

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
    let files = match args.format.render() {
        Ok(files) => files,
        Err(e) => {
            tell!("eu-clasi export: cannot build {}: {e}", args.format);
            return ExitCode::from(1);
        }
    };
    let result = match (args.format, files.as_slice()) {
        (Format::SkosTurtle | Format::SkosJsonLd, [(_, contents)]) => {
            if args.output == "-" {
                output::write_stdout(contents.as_bytes());
                Ok(())
            } else {
                let target = Path::new(&args.output);
                output::write_whole(target, contents.as_bytes())
                    .map_err(|e| format!("cannot write {}: {e}", target.display()))
            }
        }
        (Format::SkosTurtle | Format::SkosJsonLd, _) => {
            Err(format!("{} did not give one file", args.format))
        }
        (Format::MispTaxonomy | Format::MispGalaxies, _) if args.output == "-" => Err(format!(
            "{} is several files: --output must name a directory",
            args.format
        )),
        (Format::MispTaxonomy | Format::MispGalaxies, files) => {
            write_folder(Path::new(&args.output), files, "exports/misp/")
        }
    };
    match result {
        Ok(()) => {
            if args.output != "-" {
                tell!("eu-clasi export: wrote {} to {}", args.format, args.output);
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            tell!("eu-clasi export: {message}");
            ExitCode::from(2)
        }
    }
}
