//! The crate's top-level modules form layers, each using only those below it: languages,
//! dates, sources and the validation types; then the vocabularies; then the declaration; then
//! the records; then everything built on them (catalogue, schemas, exports). What people make
//! of records (scorecard, tables, spreadsheets, the sample generator, the tool) lives in member
//! crates that depend on this one, which Cargo keeps from pointing back. The test reads `src/` and fails on a reference that points up a layer, or on
//! a cycle between two modules of the upper layers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. The lowest is one layer of small modules that may use each other
/// (an error holds problems, a problem list converts into an error).
const LAYERS: &[&[&str]] = &[
    &[
        "lang", "error", "validate", "readers", "dates", "sources", "shape", "versions",
    ],
    &["vocab"],
    &["declaration"],
    &["model"],
    // Reading JSON: the records' own fast reader is reached through a trait the records
    // implement (`json::FromJson`), so reading sits below nothing it reads but needs no layer
    // above the records.
    &["json"],
    &["document", "catalogue", "schema", "export", "contract"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Which top-level module each name re-exported at the crate root comes from.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    let mut rest = lib;
    while let Some(at) = rest.find("pub use ") {
        rest = &rest[at + "pub use ".len()..];
        let end = rest.find(';').unwrap_or(rest.len());
        let item = &rest[..end];
        if let Some((module, list)) = item.split_once("::") {
            let list = list.trim().trim_start_matches('{').trim_end_matches('}');
            for name in list.split(',') {
                let name = name.trim();
                if !name.is_empty() {
                    names.insert(name.to_owned(), module.trim().to_owned());
                }
            }
        }
    }
    names
}

/// The top-level modules each module's non-test code refers to through `crate::`.
fn references() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let names = root_names(&lib);
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in all {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_owned();
        // Generated files belong to the module that includes them; unit-test code is left out.
        if module == "lib" || module == "generated" || relative.ends_with("testing.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("crate::") {
                let after = &line[i + "crate::".len()..];
                let ident: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let target = if ident.chars().next().is_some_and(char::is_uppercase)
                    || names.contains_key(&ident)
                {
                    names.get(&ident).cloned()
                } else if after.starts_with('{') {
                    // `crate::{A, b::C}`: each name of the list.
                    let list = &after[1..after.find('}').unwrap_or(after.len())];
                    for name in list.split(',') {
                        let name = name.trim().split("::").next().unwrap_or_default();
                        if let Some(m) = names
                            .get(name)
                            .cloned()
                            .or_else(|| layer_of(name).map(|_| name.to_owned()))
                            && m != module
                        {
                            graph.entry(module.clone()).or_default().insert(m);
                        }
                    }
                    None
                } else {
                    Some(ident)
                };
                if let Some(target) = target
                    && target != module
                    && layer_of(&target).is_some()
                {
                    graph.entry(module.clone()).or_default().insert(target);
                }
            }
        }
    }
    graph
}

#[test]
fn every_module_uses_only_its_own_layer_and_those_below() {
    let graph = references();
    assert!(
        graph.contains_key("model") && graph.contains_key("schema"),
        "{graph:?}"
    );
    let mut wrong = Vec::new();
    for (module, targets) in &graph {
        let Some(own) = layer_of(module) else {
            wrong.push(format!("{module} is in no layer: add it to LAYERS"));
            continue;
        };
        for target in targets {
            if layer_of(target).is_some_and(|l| l > own) {
                wrong.push(format!(
                    "{module} (layer {own}) uses {target}, a higher layer"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_cycle_between_the_upper_layers_modules() {
    let graph = references();
    for (module, targets) in &graph {
        if layer_of(module) == Some(0) {
            continue;
        }
        for target in targets {
            if layer_of(target) == layer_of(module) {
                let back = graph.get(target).is_some_and(|t| t.contains(module));
                assert!(!back, "{module} and {target} use each other");
            }
        }
    }
}
