//! The data files under `data/` are the source of the crate's vocabularies: these tests check
//! that the Rust generated from them is fresh, and that every data file follows its JSON
//! Schema (`data/schema/`), so that a malformed edit fails with the file, the term and the
//! field.

use std::path::Path;

use eu_clasi_codegen::emit::FILES;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn generated_code_is_fresh() {
    let stale = eu_clasi_codegen::stale(root()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}; run `cargo run -p eu-clasi-codegen`"
    );
}

/// The data file's term at a JSON Pointer into it (`/term/3/labels/es` -> `term "eu"`).
fn term_at(doc: &serde_json::Value, pointer: &str) -> String {
    let mut parts = pointer.split('/').skip(1);
    if parts.next() == Some("term")
        && let Some(index) = parts.next().and_then(|i| i.parse::<usize>().ok())
        && let Some(code) = doc["term"][index]["code"].as_str()
    {
        let rest: Vec<&str> = parts.collect();
        return format!("term {code:?}, field {}", rest.join("."));
    }
    format!("at {pointer}")
}

/// Every problem of one vocabulary data file against its schema, as
/// `file: term "x", field y: message`.
fn problems(file: &str, family: eu_clasi_codegen::emit::Family, text: &str) -> Vec<String> {
    problems_against(file, &eu_clasi_codegen::schema_of(family, file), text)
}

/// Every problem of one data file against the schema at `schema_path`.
fn problems_against(file: &str, schema_path: &str, text: &str) -> Vec<String> {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(schema_path)).unwrap()).unwrap();
    let value: toml::Value = match toml::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![format!("{file}: {e}")],
    };
    let doc = serde_json::to_value(value).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    validator
        .iter_errors(&doc)
        .map(|e| {
            let pointer = e.instance_path().to_string();
            format!("{file}: {}: {e}", term_at(&doc, &pointer))
        })
        .collect()
}

#[test]
fn every_data_file_follows_its_schema() {
    let mut all = Vec::new();
    for (file, family) in FILES {
        let path = format!("data/vocabularies/{file}.toml");
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        all.extend(problems(&path, *family, &text));
    }
    let path = "data/declaration.toml";
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    all.extend(problems_against(
        path,
        "data/schema/declaration.schema.json",
        &text,
    ));
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn a_malformed_edit_names_the_file_the_term_and_the_field() {
    let path = "data/vocabularies/body.toml";
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    // A translator mistypes a language key in the second body's labels.
    let broken = text.replacen("es = \"Consejo de la UE\"", "sp = \"Consejo de la UE\"", 1);
    assert_ne!(broken, text);
    let found = problems(path, eu_clasi_codegen::emit::Family::Body, &broken);
    assert!(
        found
            .iter()
            .any(|p| p.contains("term \"council_of_the_eu\", field labels") && p.contains("sp")),
        "{found:#?}"
    );
}
