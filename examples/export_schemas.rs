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

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = match (args.next(), args.next()) {
        (None, _) => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        (Some(flag), _) if flag == "--help" || flag == "-h" => {
            println!("usage: cargo run --example export_schemas [--features exports] [-- DIR]");
            return ExitCode::SUCCESS;
        }
        (Some(dir), None) => PathBuf::from(dir),
        (Some(_), Some(extra)) => {
            eprintln!(
                "export_schemas: unexpected argument {extra:?}\nusage: cargo run --example export_schemas [--features exports] [-- DIR]"
            );
            return ExitCode::from(2);
        }
    };
    #[allow(unused_mut)]
    let mut files = eu_clasi::schema::generated_files();
    #[cfg(feature = "exports")]
    match eu_clasi::export::generated_files() {
        Ok(exports) => files.extend(exports),
        Err(e) => {
            eprintln!("export_schemas: cannot build the exports: {e}");
            return ExitCode::from(1);
        }
    }
    let (mut written, mut unchanged) = (0, 0);
    for (relative, contents) in &files {
        let path = dir.join(relative);
        if std::fs::read_to_string(&path).is_ok_and(|old| old == *contents) {
            println!("unchanged {relative}");
            unchanged += 1;
            continue;
        }
        if let Some(parent) = path.parent()
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            eprintln!("export_schemas: cannot create {}: {e}", parent.display());
            return ExitCode::from(2);
        }
        if let Err(e) = std::fs::write(&path, contents) {
            eprintln!("export_schemas: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("wrote     {relative} ({} bytes)", contents.len());
        written += 1;
    }
    println!(
        "{written} written, {unchanged} unchanged, in {}",
        dir.display()
    );
    ExitCode::SUCCESS
}
