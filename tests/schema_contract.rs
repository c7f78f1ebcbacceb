//! The schema contract: the shipped schemas and documents are what the code generates, every
//! schema is a valid draft 2020-12 schema, and the schemas accept exactly what the Rust parser
//! accepts, on the shipped documents and on every fixture, as judged by an independent
//! validator (the `jsonschema` crate, with format assertion on).

use std::path::{Path, PathBuf};

use eu_clasi::{ProblemKind, schema};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const REGENERATE: &str = "run `cargo xtask regen` and commit the result";

#[test]
fn shipped_schemas_and_documents_are_what_the_code_generates() {
    let mut stale = Vec::new();
    let generated = schema::generated_files();
    for (relative, contents) in &generated {
        match std::fs::read_to_string(root().join(relative)) {
            Ok(on_disk) if on_disk == *contents => {}
            Ok(_) => stale.push(format!("{relative} differs from what the code generates")),
            Err(_) => stale.push(format!("{relative} is missing")),
        }
    }
    // No schema file that the code no longer generates.
    for entry in std::fs::read_dir(root().join("schemas")).unwrap() {
        let name = format!("schemas/{}", entry.unwrap().file_name().to_string_lossy());
        if !generated.iter().any(|(relative, _)| *relative == name) {
            stale.push(format!("{name} is no longer generated: delete it"));
        }
    }
    assert!(stale.is_empty(), "{}\n=> {REGENERATE}", stale.join("\n"));
}

fn compile(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("{}: {e}", schema["$id"]))
}

fn schema_errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn every_schema_is_a_valid_draft_2020_12_schema_with_a_versioned_id() {
    for (name, schema) in schema::all() {
        if let Err(e) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("{name}: not a valid 2020-12 schema: {e}");
        }
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
        assert_eq!(schema["$id"], schema::id(&name), "{name}");
        assert!(schema["title"].is_string(), "{name} has no title");
        assert!(
            schema["description"]
                .as_str()
                .is_some_and(|d| !d.is_empty()),
            "{name} has no description"
        );
        // Self-contained: every $ref points into the schema itself.
        let text = schema.to_string();
        for r in text.split("\"$ref\":\"").skip(1) {
            assert!(
                r.starts_with("#/$defs/"),
                "{name} has an outside $ref: {}",
                &r[..r.find('"').unwrap_or(r.len())]
            );
        }
        // Only formats that JSON Schema defines survive, and each is backed by a pattern.
        for format in text.split("\"format\":\"").skip(1) {
            let format = &format[..format.find('"').unwrap()];
            assert!(
                ["date", "date-time", "uuid"].contains(&format),
                "{name} has format {format}"
            );
        }
    }
}

#[test]
fn shipped_documents_pass_their_schema_and_the_rust_parser() {
    for (relative, name) in [
        ("data/declaration.json", "declaration"),
        ("data/vocabulary.json", "vocabulary-catalogue"),
    ] {
        let text = std::fs::read_to_string(root().join(relative)).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            doc["$schema"],
            schema::id(name),
            "{relative} names the wrong schema"
        );
        let validator = compile(&schema::by_name(name).unwrap());
        assert_eq!(
            schema_errors(&validator, &doc),
            Vec::<String>::new(),
            "{relative}"
        );
        let problems =
            schema::check(name, text.as_bytes()).unwrap_or_else(|e| panic!("{relative}: {e}"));
        assert!(problems.is_empty(), "{relative}: {problems:?}");
    }
}

/// Every fixture file under `tests/fixtures/<group>/<schema-name>/`.
fn fixtures(group: &str) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(root().join("tests/fixtures").join(group)) else {
        return out;
    };
    for dir in dirs {
        let dir = dir.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&dir).unwrap() {
            out.push((name.clone(), file.unwrap().path()));
        }
    }
    out.sort();
    out
}

fn load(path: &Path) -> (Vec<u8>, Value) {
    let bytes = std::fs::read(path).unwrap();
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
    (bytes, value)
}

#[test]
fn valid_fixtures_pass_the_schema_and_the_rust_parser() {
    let all = fixtures("valid");
    assert!(all.len() >= 10, "too few valid fixtures: {}", all.len());
    for (name, path) in all {
        let (bytes, doc) = load(&path);
        let validator =
            compile(&schema::by_name(&name).unwrap_or_else(|| panic!("no schema {name}")));
        assert_eq!(
            schema_errors(&validator, &doc),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
        let problems =
            schema::check(&name, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(problems.is_empty(), "{}: {problems:?}", path.display());
    }
}

#[test]
fn invalid_fixtures_fail_both_the_schema_and_the_rust_parser() {
    let all = fixtures("invalid");
    assert!(all.len() >= 20, "too few invalid fixtures: {}", all.len());
    for (name, path) in all {
        let (bytes, doc) = load(&path);
        let validator = compile(&schema::by_name(&name).unwrap());
        let schema_says = schema_errors(&validator, &doc);
        let rust_says = match schema::check(&name, &bytes) {
            Err(e) => vec![e.to_string()],
            Ok(problems) => {
                assert!(
                    problems.iter().any(|p| p.kind == ProblemKind::Schema),
                    "{}: an invalid fixture must break the schema, not only a rule: {problems:?}",
                    path.display()
                );
                problems.iter().map(ToString::to_string).collect()
            }
        };
        assert!(
            !rust_says.is_empty(),
            "{}: the Rust parser accepts it",
            path.display()
        );
        if path.file_name().is_some_and(|f| f == "duplicate-key.json") {
            // Other parsers keep the last value of a duplicate key before validating: the schema
            // cannot see duplicates. Only the Rust parser refuses them.
            assert!(
                schema_says.is_empty(),
                "{}: {schema_says:?}",
                path.display()
            );
        } else {
            assert!(
                !schema_says.is_empty(),
                "{}: the schema accepts it, Rust says {rust_says:?}",
                path.display()
            );
        }
    }
}

#[test]
fn rule_fixtures_pass_the_schema_and_break_a_rust_rule() {
    let all = fixtures("rules");
    assert!(!all.is_empty());
    for (name, path) in all {
        let (bytes, doc) = load(&path);
        let schema = schema::by_name(&name).unwrap();
        let validator = compile(&schema);
        assert_eq!(
            schema_errors(&validator, &doc),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
        let problems =
            schema::check(&name, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!problems.is_empty(), "{}: no rule broken", path.display());
        let listed = schema.to_string();
        for p in &problems {
            assert_eq!(p.kind, ProblemKind::Rule, "{}: {p}", path.display());
            let id = p.rule.unwrap();
            assert!(
                listed.contains(&format!("\"id\":\"{id}\"")),
                "{}: rule {id} is not listed in x-rules",
                path.display()
            );
        }
    }
}

#[test]
fn duplicate_keys_are_refused_by_the_rust_parser() {
    let err = eu_clasi::json::from_str::<eu_clasi::Period>(
        r#"{"start":"2025","start":"2024","end":"2026"}"#,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("/start: the key \"start\" is given twice"),
        "{err}"
    );
    let err = eu_clasi::json::from_str::<eu_clasi::Declaration>(r#"{"title":"a","title":"b"}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("/title: the key \"title\" is given twice"),
        "{err}"
    );
}

/// Checks each vocabulary of the registry ([`eu_clasi::visit_vocabularies`]): its root schema's
/// `enum` is its serde strings, with a description and labels for each.
#[derive(Default)]
struct EnumsMatchSerde {
    seen: Vec<String>,
}

impl eu_clasi::VocabularyVisitor for EnumsMatchSerde {
    fn visit<V: eu_clasi::Vocabulary>(&mut self) {
        let name = V::KIND.replace('_', "-");
        let s = schema::by_name(&name).unwrap_or_else(|| panic!("{name} is not a root schema"));
        let serde: Vec<Value> = V::all()
            .iter()
            .map(|t| serde_json::to_value(t).unwrap())
            .collect();
        assert_eq!(s["enum"].as_array().unwrap(), &serde, "{name}");
        assert_eq!(
            s["x-enum-descriptions"].as_array().unwrap().len(),
            serde.len(),
            "{name}"
        );
        assert_eq!(
            s["x-enum-labels"].as_array().unwrap().len(),
            serde.len(),
            "{name}"
        );
        self.seen.push(name);
    }
}

#[test]
fn every_vocabulary_schema_enum_is_its_serde_strings() {
    let mut check = EnumsMatchSerde::default();
    eu_clasi::visit_vocabularies(&mut check);
    assert!(check.seen.contains(&"indicator-kind".to_owned()));
    // Every root schema with an enum is one of the vocabularies above.
    for (name, s) in schema::all() {
        if s.get("enum").is_some() && s.get("x-enum-labels").is_some() {
            assert!(
                check.seen.contains(&name),
                "{name} is a vocabulary this test does not check"
            );
        }
    }
}

#[test]
fn the_shipped_sample_passes_its_schema_line_by_line() {
    let validator = compile(&schema::by_name("progress-report").unwrap());
    let text = std::fs::read_to_string(root().join("data/sample/progress-reports.jsonl")).unwrap();
    let mut lines = 0;
    for (number, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let doc: Value = serde_json::from_str(line).unwrap();
        assert_eq!(
            schema_errors(&validator, &doc),
            Vec::<String>::new(),
            "line {}",
            number + 1
        );
        lines += 1;
    }
    assert!(lines >= 17, "{lines}");
}

/// A progress report and a joint operation with every `"$schema"` a document might carry: its
/// own `$id` and none are valid, another version's, another type's, a URL and `null` are
/// refused, by the Rust reader (at `/$schema`) and by the schema alike; and what Rust reads
/// writes back its own id or none, never another.
#[test]
fn a_document_accepts_its_own_schema_id_or_none_and_nothing_else() {
    for (name, file) in [
        ("progress-report", "ecuador-customs-unit.json"),
        ("joint-operation", "maritime-interdiction.json"),
    ] {
        let path = root().join("tests/fixtures/valid").join(name).join(file);
        let (_, base) = load(&path);
        let validator = compile(&schema::by_name(name).unwrap());
        let other = if name == "progress-report" {
            "joint-operation"
        } else {
            "progress-report"
        };
        let cases = [
            (Some(Value::String(schema::id(name))), true),
            (None, true),
            (Some(format!("urn:eu-clasi:schema:v2:{name}").into()), false),
            (Some(Value::String(schema::id(other))), false),
            (
                Some(format!("https://example.org/{name}.schema.json").into()),
                false,
            ),
            (Some(Value::Null), false),
        ];
        for (claim, valid) in cases {
            let mut doc = base.clone();
            match &claim {
                Some(v) => doc["$schema"] = v.clone(),
                None => {
                    doc.as_object_mut().unwrap().remove("$schema");
                }
            }
            let text = doc.to_string();
            let schema_says = schema_errors(&validator, &doc);
            assert_eq!(
                schema_says.is_empty(),
                valid,
                "{name} {claim:?}: {schema_says:?}"
            );
            match schema::check(name, text.as_bytes()) {
                Ok(problems) => {
                    assert!(valid, "{name} {claim:?}: Rust accepts it");
                    assert!(problems.is_empty(), "{name} {claim:?}: {problems:?}");
                }
                Err(eu_clasi::Error::Json { path, .. }) => {
                    assert!(!valid, "{name} {claim:?}: Rust refuses it");
                    assert_eq!(path, "/$schema", "{name} {claim:?}");
                }
                Err(e) => panic!("{name} {claim:?}: {e}"),
            }
            if valid {
                let back = match name {
                    "progress-report" => serde_json::to_value(
                        eu_clasi::json::from_str::<eu_clasi::ProgressReport>(&text).unwrap(),
                    ),
                    _ => serde_json::to_value(
                        eu_clasi::json::from_str::<eu_clasi::JointOperation>(&text).unwrap(),
                    ),
                }
                .unwrap();
                assert_eq!(back.get("$schema"), claim.as_ref(), "{name}");
            }
        }
    }
}

/// The rules the schemas state are the ones Rust checks: a report's reporter pattern lets
/// through exactly the states and bodies, and every `x-rules` entry of every schema is a rule
/// no part of the schema states (no rule id appears in a schema both as `x-rules` and as a
/// moved constraint, and the three record rules that moved are gone from `x-rules`).
#[test]
fn the_statable_rules_are_in_the_schemas_and_only_the_others_under_x_rules() {
    use eu_clasi::{Actor, Vocabulary, contract::REPORTER_PATTERN};
    let pattern = REPORTER_PATTERN.strip_prefix('^').unwrap();
    for actor in Actor::all() {
        let may_report = !matches!(actor, Actor::Collective(_));
        let code = actor.code();
        let matches = pattern
            .trim_start_matches('(')
            .split_once("):")
            .map(|(kinds, _)| kinds.split('|').any(|k| code.starts_with(&format!("{k}:"))))
            .unwrap();
        assert_eq!(matches, may_report, "{code}");
    }
    let report = schema::by_name("progress-report").unwrap();
    assert_eq!(
        report["properties"]["reporter"]["pattern"],
        REPORTER_PATTERN
    );
    let mut listed = Vec::new();
    for (name, s) in schema::all() {
        let text = s.to_string();
        for moved in [
            "action-in-roadmap",
            "reporter-state-or-body",
            "reporting-unit-of-a-state",
            "paragraphs-numbered",
            "pillars-numbered",
            "actions-numbered",
        ] {
            assert!(
                !text.contains(&format!("\"id\":\"{moved}\"")),
                "{name}: {moved}"
            );
        }
        rule_ids(&s, &mut listed);
    }
    listed.sort();
    listed.dedup();
    assert_eq!(
        listed,
        [
            "event-ids-unique",
            "events-resolve",
            "modified-not-before-created",
            "period-ordered",
            "recitals-first"
        ]
    );
}

/// The ids of every `x-rules` entry in `schema`, at any depth.
fn rule_ids(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map {
                if key == "x-rules" {
                    out.extend(
                        value
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|r| r["id"].as_str().map(str::to_owned)),
                    );
                } else {
                    rule_ids(value, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| rule_ids(v, out)),
        _ => {}
    }
}
