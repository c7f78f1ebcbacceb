//! Test helpers: what an independent JSON Schema validator says.

/// A function that says whether a JSON Schema validator (the `jsonschema` crate, as other
/// languages' validators would) finds that a string matches `pattern`.
pub(crate) fn pattern_matcher(pattern: &str) -> impl Fn(&str) -> bool {
    let schema = serde_json::json!({ "type": "string", "pattern": pattern });
    let validator = jsonschema::validator_for(&schema).unwrap();
    move |s: &str| validator.is_valid(&serde_json::Value::String(s.to_owned()))
}

/// A validator for one of the crate's root schemas, asserting `format`s.
pub(crate) fn schema_validator(name: &str) -> jsonschema::Validator {
    let schema = crate::schema::by_name(name).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// The fixtures of the records, read from `tests/fixtures/{valid,invalid,rules}/<schema>/`.
mod fixtures {
    use std::path::{Path, PathBuf};

    use super::schema_validator;
    use crate::schema::check;
    use crate::{ProblemKind, json};

    const SCHEMAS: &[&str] = &["progress-report", "joint-operation"];

    fn files(group: &str, schema: &str) -> Vec<(String, Vec<u8>)> {
        let dir: PathBuf = [
            env!("CARGO_MANIFEST_DIR"),
            "tests",
            "fixtures",
            group,
            schema,
        ]
        .iter()
        .collect();
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .map(|p: PathBuf| {
                let name = p.file_stem().and_then(|s| s.to_str()).unwrap().to_owned();
                (name, std::fs::read(Path::new(&p)).unwrap())
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn valid_fixtures_pass_rust_and_the_schema_and_round_trip() {
        for schema in SCHEMAS {
            let validator = schema_validator(schema);
            let fixtures = files("valid", schema);
            assert!(fixtures.len() >= 4, "{schema}: too few valid fixtures");
            for (name, bytes) in fixtures {
                let problems =
                    check(schema, &bytes).unwrap_or_else(|e| panic!("{schema}/{name}: {e}"));
                assert!(problems.is_empty(), "{schema}/{name}: {problems:?}");
                let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                assert!(
                    validator.is_valid(&value),
                    "{schema}/{name}: the schema rejects it"
                );
                let reserialized = match *schema {
                    "progress-report" => round_trip::<crate::ProgressReport>(&bytes),
                    _ => round_trip::<crate::JointOperation>(&bytes),
                };
                assert!(
                    validator.is_valid(&reserialized),
                    "{schema}/{name}: written back, the schema rejects it"
                );
            }
        }
    }

    /// Reads, writes and reads again: the value must not change.
    fn round_trip<
        T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
    >(
        bytes: &[u8],
    ) -> serde_json::Value {
        let first: T = json::from_slice(bytes).unwrap();
        let text = serde_json::to_string(&first).unwrap();
        let second: T = json::from_str(&text).unwrap();
        assert_eq!(first, second);
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn invalid_fixtures_fail_rust_and_the_schema() {
        for schema in SCHEMAS {
            let validator = schema_validator(schema);
            let fixtures = files("invalid", schema);
            assert!(fixtures.len() >= 15, "{schema}: too few invalid fixtures");
            for (name, bytes) in fixtures {
                let rust_rejects = match check(schema, &bytes) {
                    Err(_) => true,
                    Ok(problems) => {
                        assert!(
                            problems.iter().all(|p| p.kind == ProblemKind::Schema),
                            "{schema}/{name}: breaks a rule, so it belongs in fixtures/rules: {problems:?}"
                        );
                        !problems.is_empty()
                    }
                };
                assert!(rust_rejects, "{schema}/{name}: Rust accepts it");
                let schema_rejects = serde_json::from_slice::<serde_json::Value>(&bytes)
                    .map(|v| !validator.is_valid(&v))
                    .unwrap_or(true);
                if name == "duplicate-key" {
                    // JSON Schema sees the parsed object, in which one of the two values is
                    // already gone: only the Rust reader can reject this document.
                    assert!(
                        !schema_rejects,
                        "{schema}/{name}: expected only Rust to see it"
                    );
                } else {
                    assert!(schema_rejects, "{schema}/{name}: the schema accepts it");
                }
            }
        }
    }

    #[test]
    fn rule_fixtures_pass_the_schema_and_break_the_rule_they_are_named_for() {
        for schema in SCHEMAS {
            let validator = schema_validator(schema);
            let fixtures = files("rules", schema);
            assert!(fixtures.len() >= 3, "{schema}: too few rule fixtures");
            for (name, bytes) in fixtures {
                let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                assert!(
                    validator.is_valid(&value),
                    "{schema}/{name}: the schema rejects it"
                );
                let problems =
                    check(schema, &bytes).unwrap_or_else(|e| panic!("{schema}/{name}: {e}"));
                let rules: Vec<&str> = problems
                    .iter()
                    .map(|p| p.rule.unwrap_or("(schema)"))
                    .collect();
                let expected = match name.as_str() {
                    "modified-before-created" => "modified-not-before-created",
                    "action-not-in-roadmap" => "action-in-roadmap",
                    "period-backwards" => "period-ordered",
                    "collective-reporter" => "reporter-state-or-body",
                    other => panic!("{schema}/{other}: no rule is known for this fixture name"),
                };
                assert_eq!(rules, [expected], "{schema}/{name}");
            }
        }
    }
}

/// Strings generated from `regex`, half of them as generated and half with one character
/// replaced, inserted or removed: near misses of a form, for agreement tests.
pub(crate) fn near(regex: &str) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let noise = prop::sample::select(vec![
        '0', '1', '9', 'a', 'f', 'g', 'A', 'F', 'T', 't', 'Z', 'z', 'x', '_', '-', ':', '.', '+',
        ' ', '/', 'é', '\n', '\u{0}',
    ]);
    (
        proptest::string::string_regex(regex).unwrap(),
        0u8..4,
        any::<prop::sample::Index>(),
        noise,
    )
        .prop_map(|(s, op, at, c)| {
            let mut chars: Vec<char> = s.chars().collect();
            let i = at.index(chars.len() + 1);
            match op {
                0 if i < chars.len() => chars[i] = c,
                1 => chars.insert(i, c),
                2 if i < chars.len() => {
                    chars.remove(i);
                }
                _ => {}
            }
            chars.into_iter().collect()
        })
}
