//! `cargo run -p eu-clasi-codegen [-- --check]`: regenerates (or, with `--check`, checks) the
//! Rust and the schemas generated from the data files. Exit 0: written or fresh; 1: stale
//! (with `--check`) or invalid data; 2: usage.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = match args.as_slice() {
        [] => false,
        [flag] if flag == "--check" => true,
        [flag] if flag == "--help" || flag == "-h" => {
            println!(
                "usage: cargo run -p eu-clasi-codegen [-- --check]\n\n\
                 Reads data/vocabularies/*.toml and writes src/generated/*.rs and data/schema/*.json.\n\
                 --check  write nothing; list the stale files and exit 1 if any\n\n\
                 exit codes: 0 written or fresh, 1 stale or invalid data, 2 usage"
            );
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("usage: cargo run -p eu-clasi-codegen [-- --check]");
            return ExitCode::from(2);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = match eu_clasi_codegen::generate(&root) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let mut changed = 0;
    for file in &files {
        let path = root.join(&file.path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(file.text.as_str()) {
            continue;
        }
        changed += 1;
        if check {
            eprintln!("stale: {}", file.path.display());
            continue;
        }
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("error: {}: {e}", dir.display());
            return ExitCode::from(1);
        }
        if let Err(e) = std::fs::write(&path, &file.text) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    if check && changed > 0 {
        eprintln!("{changed} stale: run `cargo xtask regen`");
        return ExitCode::from(1);
    }
    println!("{changed} written, {} unchanged", files.len() - changed);
    ExitCode::SUCCESS
}
