//! The data files under `data/` are the source of the crate's vocabularies: these tests check
//! that the Rust generated from them is fresh, and that every data file follows its JSON
//! Schema (`data/schema/`), so that a malformed edit fails with the file, the term and the
//! field.

use std::path::Path;

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
    problems_against(file, &eu_clasi_codegen::schema_of(family), text)
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
    let files = eu_clasi_codegen::vocabulary_files(root()).unwrap_or_else(|e| panic!("{e}"));
    assert!(files.len() > 20, "{} vocabulary files", files.len());
    for file in files {
        let path = file.path();
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        all.extend(problems(&path, file.header.family, &text));
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

#[test]
fn the_sources_file_follows_its_schema() {
    let path = eu_clasi_codegen::sources::SOURCES_FILE;
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("data/schema/sources.schema.json")).unwrap(),
    )
    .unwrap();
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    let doc = serde_json::to_value(toml::from_str::<toml::Value>(&text).unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let problems: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{path}: at {}: {e}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The data files' texts with one edit: `old` replaced once by `new` in the file `path`.
fn texts_with(path: &str, old: &str, new: &str) -> Vec<(String, String)> {
    let mut texts = eu_clasi_codegen::sources::texts(root()).unwrap();
    let (_, text) = texts.iter_mut().find(|(p, _)| p == path).unwrap();
    let edited = text.replacen(old, new, 1);
    assert_ne!(edited, *text, "{path}: {old:?} not found");
    *text = edited;
    texts
}

/// The error the source checks give for the data files with one edit.
fn source_error(path: &str, old: &str, new: &str) -> String {
    match eu_clasi_codegen::sources::check(&texts_with(path, old, new)) {
        Ok(_) => panic!("{path}: the edit {old:?} -> {new:?} passed the checks"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_facts_and_their_sources_agree() {
    let texts = eu_clasi_codegen::sources::texts(root()).unwrap();
    let sources = eu_clasi_codegen::sources::check(&texts).unwrap_or_else(|e| panic!("{e}"));
    // The Rust table is the file's.
    let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let rust: Vec<&str> = eu_clasi::sources().iter().map(|s| s.id).collect();
    assert_eq!(ids, rust);
}

#[test]
fn a_cited_id_that_is_not_a_source_names_the_file_the_term_and_the_field() {
    let path = "data/vocabularies/body.toml";
    let err = source_error(
        path,
        "sources = [\"caracas-declaration\"]",
        "sources = [\"caracas-declarationx\"]",
    );
    assert!(
        err.contains(path)
            && err.contains("term \"celac\", field founded.sources")
            && err.contains("\"caracas-declarationx\""),
        "{err}"
    );
}

#[test]
fn a_source_nobody_cites_is_an_error() {
    let path = eu_clasi_codegen::sources::SOURCES_FILE;
    let err = source_error(
        path,
        "[[source]]\n",
        "[[source]]\nid = \"uncited-source\"\ntitle = \"A source no fact cites\"\nurl = \"https://example.org/uncited\"\n\n[[source]]\n",
    );
    assert!(
        err.contains(path)
            && err.contains("source \"uncited-source\"")
            && err.contains("cited by no fact"),
        "{err}"
    );
}

#[test]
fn a_verified_fact_without_a_source_names_the_file_the_term_and_the_field() {
    let path = "data/vocabularies/crime_area.toml";
    // The financing of terrorism's ICCS code loses its source.
    let err = source_error(path, "sources = [\"ref-91\"]\n", "");
    assert!(
        err.contains(path)
            && err.contains("term \"terrorism_financing\", field iccs[0]")
            && err.contains("a verified fact cites no source"),
        "{err}"
    );
}

#[test]
fn a_disputed_fact_without_a_note_names_the_file_the_term_and_the_field() {
    let path = "data/vocabularies/membership.toml";
    let err = source_error(
        path,
        "note = \"one report lists Peru among eight founding signatories",
        "note_was = \"one report lists Peru among eight founding signatories",
    );
    assert!(
        err.contains(path)
            && err.contains("term \"clasi\", field accessions[7]")
            && err.contains("disputed fact has no note"),
        "{err}"
    );
}

#[test]
fn an_unverified_fact_without_a_note_names_the_file_the_term_and_the_field() {
    let path = "data/vocabularies/body.toml";
    // GAFILAT's seat loses the note saying that no source gives it.
    let err = source_error(
        path,
        "note = \"no source the crate holds gives the seat of GAFILAT",
        "note_was = \"no source the crate holds gives the seat of GAFILAT",
    );
    assert!(
        err.contains(path)
            && err.contains("term \"gafilat\", field seat")
            && err.contains("an unverified fact has no note saying what is missing"),
        "{err}"
    );
}

#[test]
fn a_source_without_a_locator_names_the_file_and_the_source() {
    let path = eu_clasi_codegen::sources::SOURCES_FILE;
    // EL PAcCTO's page on CLASI's creation loses its address; its publisher alone, with no
    // date, does not let a reader find it.
    let err = source_error(
        path,
        "url = \"https://elpaccto.eu/en/agenda/technical-meeting-for-the-creation-of-the-latin-american-committee-for-homeland-security/\"\n",
        "",
    );
    assert!(
        err.contains(path) && err.contains("source \"ref-1\"") && err.contains("no locator"),
        "{err}"
    );
}

#[test]
fn a_code_file_source_needs_its_repository_path_and_commit() {
    let path = eu_clasi_codegen::sources::SOURCES_FILE;
    let err = source_error(
        path,
        "commit = \"04d68923976d776b5624897adc1c9b27820f1a23\"\n",
        "",
    );
    assert!(
        err.contains("source \"ftm-topic-04d6892\", field commit"),
        "{err}"
    );
}

#[test]
fn every_source_has_a_locator_a_reader_can_follow() {
    // The generated table, read through the crate's API: a URL, a code file, or a document
    // reference, for every source any fact cites.
    for s in eu_clasi::sources() {
        let url = s.url.is_some_and(|u| u.starts_with("https://"));
        let code = s.repository.is_some() && s.path.is_some() && s.commit.is_some();
        let document = s.publisher.is_some() && s.published.is_some();
        assert!(url || code || document, "{}: no locator", s.id);
    }
    // And the sources are the ones the data files' facts cite, no more.
    let texts = eu_clasi_codegen::sources::texts(root()).unwrap();
    let checked = eu_clasi_codegen::sources::check(&texts).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        checked
            .iter()
            .all(|s| eu_clasi_codegen::sources::locator(s).is_some())
    );
}
