//! Writes one export format of the crate's vocabularies to a chosen path.
//!
//! ```text
//! cargo run --example export --features exports -- --format=skos-turtle --output=eu-clasi.ttl
//! cargo run --example export --features exports -- --format=skos-jsonld --output=-   # to stdout
//! cargo run --example export --features exports -- --format=misp-galaxies --output=misp/
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

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use common::tell;
use eu_clasi::export::Format;

const USAGE: &str =
    "usage: cargo run --example export --features exports -- --format=FORMAT --output=PATH
  FORMAT: misp-taxonomy, misp-galaxies (PATH: a new or empty directory),
          skos-turtle, skos-jsonld (PATH: a file, or - for standard output)
  exit codes: 0 written, 1 the export could not be built, 2 usage or I/O error";

struct Args {
    format: Format,
    output: String,
}

fn parse_args() -> Result<Args, String> {
    let (mut format, mut output) = (None, None);
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
                format = Some(name.parse::<Format>().map_err(|e| e.to_string())?);
            }
            "--output" => output = Some(value("--output")?),
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unexpected argument {other:?}")),
        }
    }
    Ok(Args {
        format: format.ok_or("--format is required")?,
        output: output.ok_or("--output is required")?,
    })
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
    let files = match args.format.render() {
        Ok(files) => files,
        Err(e) => {
            tell!("export: cannot build {}: {e}", args.format);
            return ExitCode::from(1);
        }
    };
    let result = match (args.format, files.as_slice()) {
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
                tell!("export: wrote {} to {}", args.format, args.output);
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            tell!("export: {message}");
            ExitCode::from(2)
        }
    }
}
