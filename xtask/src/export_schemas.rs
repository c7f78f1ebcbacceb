//! Writes the crate's JSON Schemas, generated documents and exports: the command for tools.
//!
//! ```text
//! cargo run --example export_schemas --features exports         # into this repository
//! cargo run --example export_schemas --features exports -- DIR  # into DIR/schemas/, DIR/data/, DIR/exports/
//! ```
//!
//! With the `exports` feature it also writes `exports/` (the MISP taxonomy and galaxies, the
//! SKOS concept schemes in Turtle and JSON-LD: see `eu_clasi::export`). Every schema is `schemas/<name>.schema.json` (draft 2020-12, self-contained, with a
//! versioned `$id`); `data/declaration.json` and `data/vocabulary.json` carry a `"$schema"`
//! equal to their schema's `$id`. The output is byte-identical from one run to the next, and
//! `cargo test` fails when the checked-in files differ from it.
//!
//! Nothing is left half-written: every changed file is first written beside its target
//! (`.NAME.partial`), and only when all are written are they renamed into place; the report
//! (`wrote ...`, `N written, M unchanged`) is printed after that, and a closed pipe
//! (`| head -1`) ends it quietly. Exit codes: 0 written, 1 the exports could not be built,
//! 2 usage or I/O error.

mod common;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use common::{EXIT_CODES, say, tell};

const USAGE: &str = "usage: cargo run --example export_schemas [--features exports] [-- DIR]";

/// The sibling of `path` a file is written to before it is renamed into place.
fn partial(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

/// Writes every changed file beside its target, then renames them all into place; on a
/// failure, removes what it staged and changes nothing.
fn write_all(changed: &[(PathBuf, &str)]) -> Result<(), String> {
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    let mut stage = || -> Result<(), String> {
        for (path, contents) in changed {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            let tmp = partial(path);
            std::fs::write(&tmp, contents)
                .map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
            staged.push((tmp, path));
        }
        Ok(())
    };
    if let Err(e) = stage() {
        for (tmp, _) in &staged {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    for (tmp, path) in &staged {
        std::fs::rename(tmp, path)
            .map_err(|e| format!("cannot move {} into place: {e}", path.display()))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = match (args.next(), args.next()) {
        (None, _) => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        (Some(flag), None) if flag == "--help" || flag == "-h" => {
            common::write_stdout(
                format!(
                    "Writes the crate's JSON Schemas (schemas/), generated documents (data/) and, with the exports feature, exports/ into DIR (default: this repository).\n{USAGE}\n\n{EXIT_CODES}\n"
                )
                .as_bytes(),
            );
            return ExitCode::SUCCESS;
        }
        (Some(flag), None) if flag.starts_with('-') => {
            tell!("export_schemas: unknown option {flag:?}\n{USAGE}");
            return ExitCode::from(2);
        }
        (Some(dir), None) => PathBuf::from(dir),
        (Some(_), Some(extra)) => {
            tell!("export_schemas: unexpected argument {extra:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    #[allow(unused_mut)]
    let mut files = eu_clasi::schema::generated_files();
    #[cfg(feature = "exports")]
    match eu_clasi::export::generated_files() {
        Ok(exports) => files.extend(exports),
        Err(e) => {
            tell!("export_schemas: cannot build the exports: {e}");
            return ExitCode::from(1);
        }
    }
    let mut changed = Vec::new();
    let mut report = Vec::new();
    for (relative, contents) in &files {
        let path = dir.join(relative);
        if std::fs::read_to_string(&path).is_ok_and(|old| old == *contents) {
            report.push(format!("unchanged {relative}"));
        } else {
            report.push(format!("wrote     {relative} ({} bytes)", contents.len()));
            changed.push((path, contents.as_str()));
        }
    }
    if let Err(e) = write_all(&changed) {
        tell!("export_schemas: {e}");
        return ExitCode::from(2);
    }
    for line in report {
        say!("{line}");
    }
    say!(
        "{} written, {} unchanged, in {}",
        changed.len(),
        files.len() - changed.len(),
        dir.display()
    );
    ExitCode::SUCCESS
}
