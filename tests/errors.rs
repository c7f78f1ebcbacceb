//! Errors name the value at fault and the real bounds, and keep what they come from.

use std::error::Error as _;
use std::sync::Arc;

use eu_clasi::{Error, ProgressReport, json};
use serde_json::Value;

fn minimal() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/progress-report/minimal.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn json_error(text: &str) -> (String, String) {
    match json::from_str::<ProgressReport>(text) {
        Err(Error::Json { path, message, .. }) => (path, message),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn a_period_written_as_an_array_is_refused_at_period() {
    let mut doc = minimal();
    doc["period"] = serde_json::json!(["2025-01", "2025-06"]);
    let (path, message) = json_error(&doc.to_string());
    assert_eq!(path, "/period");
    assert!(
        message.starts_with("invalid type: sequence, expected"),
        "{message}"
    );
}

#[test]
fn a_count_of_the_wrong_type_is_reported_at_the_count_with_its_documented_maximum() {
    let mut doc = minimal();
    doc["indicators"] = serde_json::json!([
        {"kind": "arrests", "count": 3},
        {"kind": "arrests", "count": "14"}
    ]);
    let (path, message) = json_error(&doc.to_string());
    assert_eq!(path, "/indicators/1/count");
    assert_eq!(
        message,
        "invalid type: string \"14\", expected a whole number from 0 to 9007199254740991"
    );
    // The kind may come after the other members (the order is kept: the text is written as is).
    let mut with = |indicators: &str| {
        doc["indicators"] = serde_json::json!("INDICATORS");
        doc.to_string().replace("\"INDICATORS\"", indicators)
    };
    let (path, message) = json_error(&with(
        r#"[{"count": 1, "substance": "cocaine", "kind": "arrests"}]"#,
    ));
    assert_eq!(path, "/indicators/0");
    assert!(
        message.starts_with("unknown field `substance`, expected"),
        "{message}"
    );
    // Once the kind is known, a member it does not have is reported at that member.
    let (path, message) = json_error(&with(r#"[{"kind": "arrests", "count": 1, "amount": 1}]"#));
    assert_eq!(path, "/indicators/0/amount");
    assert!(
        message.starts_with("unknown field `amount`, expected"),
        "{message}"
    );
}

#[test]
fn a_duplicate_key_is_reported_at_the_key() {
    let text = minimal().to_string();
    let twice = text.replacen("\"action\":", "\"action\":\"1.i\",\"action\":", 1);
    assert_eq!(json_error(&twice).0, "/action");
    let twice = text.replacen("\"start\":", "\"start\":\"2025\",\"start\":", 1);
    assert_eq!(json_error(&twice).0, "/period/start");
    let mut doc = minimal();
    doc["extensions"] = serde_json::json!({});
    let with_ext = doc.to_string().replacen(
        "\"extensions\":{}",
        "\"extensions\":{\"x_a\":1,\"x_a\":2}",
        1,
    );
    let (path, message) = json_error(&with_ext);
    assert_eq!(path, "/extensions/x_a");
    assert!(message.contains("given twice"), "{message}");
}

#[test]
fn json_and_io_errors_keep_their_source() {
    let err = json::from_str::<ProgressReport>("{\"id\": 1}").unwrap_err();
    let source = err.source().expect("a JSON error has a source");
    let inner = source.downcast_ref::<Arc<serde_json::Error>>().unwrap();
    assert!(inner.is_data());

    struct Failing;
    impl std::io::Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "no",
            ))
        }
    }
    let err = json::from_reader::<ProgressReport, _>(Failing).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    let inner = err
        .source()
        .and_then(|s| s.downcast_ref::<Arc<std::io::Error>>())
        .expect("an I/O error has its io::Error as source");
    assert_eq!(inner.kind(), std::io::ErrorKind::PermissionDenied);
}

#[test]
fn the_schema_reports_one_wrong_count_once_at_the_count() {
    let schema = eu_clasi::schema::by_name("progress-report").unwrap();
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut doc = minimal();
    doc["indicators"] = serde_json::json!([
        {"kind": "arrests", "count": 3},
        {"kind": "arrests", "count": "14"}
    ]);
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| e.instance_path().to_string())
        .collect();
    assert_eq!(errors, ["/indicators/1/count"]);
    // An unknown kind is one error too, at the kind.
    doc["indicators"] = serde_json::json!([{"kind": "seizures", "count": 3}]);
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| e.instance_path().to_string())
        .collect();
    assert_eq!(errors, ["/indicators/0/kind"]);
}

#[test]
fn what_no_schema_can_see_is_refused_and_listed_in_every_root_schema() {
    // A lone surrogate: JSON may write it, a Rust string cannot hold it.
    let lone = r#"{"start": "\ud800", "end": "2025"}"#;
    assert!(json::from_str::<eu_clasi::Period>(lone).is_err());
    let twice = r#"{"start": "2025", "start": "2025", "end": "2025"}"#;
    assert!(json::from_str::<eu_clasi::Period>(twice).is_err());
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(json::from_str::<eu_clasi::Extensions>(&format!(r#"{{"x_deep": {deep}}}"#)).is_err());
    for (name, schema) in eu_clasi::schema::all() {
        let description = schema["description"].as_str().unwrap_or_default();
        assert!(
            description.ends_with(eu_clasi::schema::NOT_IN_ANY_SCHEMA),
            "{name}: {description}"
        );
    }
}

#[test]
fn evidence_errors_are_reported_at_the_member() {
    let mut doc = minimal();
    let mut with = |evidence: &str| {
        doc["evidence"] = serde_json::json!("EVIDENCE");
        doc.to_string().replace("\"EVIDENCE\"", evidence)
    };
    let (path, message) = json_error(&with(
        r#"[{"kind": "document", "reference": "6403/25"}, {"kind": "url", "reference": 5}]"#,
    ));
    assert_eq!(path, "/evidence/1/reference");
    assert!(
        message.starts_with("invalid type: integer `5`, expected a string"),
        "{message}"
    );
    // The kind may come last; an unknown kind is reported at the kind, an unknown member at itself.
    let (path, message) = json_error(&with(r#"[{"reference": "6403/25", "kind": "fax"}]"#));
    assert_eq!(path, "/evidence/0/kind");
    assert!(message.starts_with("unknown variant `fax`"), "{message}");
    let (path, _) = json_error(&with(
        r#"[{"kind": "document", "reference": "6403/25", "page": 2}]"#,
    ));
    assert_eq!(path, "/evidence/0/page");
    let (path, message) = json_error(&with(r#"[{"reference": "6403/25"}]"#));
    assert_eq!(path, "/evidence/0");
    assert!(message.starts_with("missing field `kind`"), "{message}");
    let (path, message) = json_error(&with(r#"[["document", "6403/25"]]"#));
    assert_eq!(path, "/evidence/0");
    assert!(message.starts_with("invalid type: sequence"), "{message}");
    let reference_twice =
        with(r#"[{"kind": "url", "reference": "https://a", "reference": "https://b"}]"#);
    assert_eq!(json_error(&reference_twice).0, "/evidence/0/reference");
}

#[test]
fn a_key_given_twice_in_the_catalogues_facts_is_refused() {
    let text = include_str!("../data/vocabulary.json");
    assert!(json::from_str::<eu_clasi::VocabularyCatalogue>(text).is_ok());
    // In a term's facts, and in a fact's value, deeper down (found by the contract fuzz target).
    let twice = text.replacen("\"facts\": {", "\"facts\": {\"x\": 1, \"x\": 2,", 1);
    assert_ne!(twice, text);
    let (path, message) = match json::from_str::<eu_clasi::VocabularyCatalogue>(&twice) {
        Err(Error::Json { path, message, .. }) => (path, message),
        other => panic!("a key given twice was accepted: {}", other.is_ok()),
    };
    assert_eq!(path, "/vocabularies/0/terms/0/facts/x");
    assert!(message.contains("given twice"), "{message}");
    let deeper = text.replacen(
        "\"provenance\": \"verified\",",
        "\"provenance\": \"verified\", \"provenance\": \"verified\",",
        1,
    );
    assert_ne!(deeper, text);
    assert!(json::from_str::<eu_clasi::VocabularyCatalogue>(&deeper).is_err());
}

#[test]
fn the_root_is_written_as_root_and_its_pointer_is_empty() {
    use eu_clasi::{Period, Validate};
    let backwards: Period = json::from_str(r#"{"start":"2026","end":"2025"}"#).unwrap();
    let problem = &backwards.problems()[0];
    assert_eq!(problem.path, "");
    assert!(
        problem
            .to_string()
            .starts_with("(root): rule period-ordered: "),
        "{problem}"
    );
    let err = json::from_str::<Period>("[]").unwrap_err();
    assert!(matches!(&err, Error::Json { path, .. } if path.is_empty()));
    assert!(
        err.to_string()
            .starts_with("(root): invalid type: sequence"),
        "{err}"
    );
    // A member named "" has the pointer "/", as RFC 6901 says.
    let err = json::from_str::<Period>(r#"{"": 1}"#).unwrap_err();
    assert!(err.to_string().starts_with("/: unknown field ``"), "{err}");
}

#[test]
fn a_problem_met_while_reading_has_its_line_and_column_and_a_rule_has_none() {
    use eu_clasi::{Period, ProblemKind};
    let problems =
        json::check::<Period>(b"{\n  \"start\": \"2025\",\n  \"end\": 2026\n}").unwrap_err();
    assert_eq!(
        (problems[0].kind, problems[0].line, problems[0].column),
        (ProblemKind::Schema, 3, 13)
    );
    assert!(
        !problems[0].message.contains("line"),
        "{}",
        problems[0].message
    );
    let problems = json::check::<Period>(b"{\"start\": \"2025\"").unwrap_err();
    assert_eq!(
        (problems[0].kind, problems[0].line, problems[0].column),
        (ProblemKind::Syntax, 1, 16)
    );
    let problems = json::check::<Period>(br#"{"start":"2026","end":"2025"}"#).unwrap_err();
    assert_eq!((problems[0].line, problems[0].column), (0, 0));
    // Written out, the position is there when known and left out when not.
    let written = serde_json::to_value(&problems[0]).unwrap();
    assert!(written.get("line").is_none(), "{written}");
}

/// Every enum of every document is read from its code only: the one-key object serde's
/// derived enums also read (`{"arrests": null}`) is refused wherever a code stands, at the
/// code's path.
#[test]
fn a_code_written_as_an_object_is_refused_at_its_path() {
    let cases: [(&str, Value, &str); 6] = [
        (
            "indicators",
            serde_json::json!([{"kind": {"arrests": null}, "count": 1}]),
            "/indicators/0/kind",
        ),
        (
            "indicators",
            serde_json::json!([{"kind": {"arrests": {}}, "count": 1}]),
            "/indicators/0/kind",
        ),
        (
            "evidence",
            serde_json::json!([{"kind": {"url": null}, "reference": "https://a"}]),
            "/evidence/0/kind",
        ),
        (
            "status",
            serde_json::json!({"in_progress": null}),
            "/status",
        ),
        ("tlp", serde_json::json!({"TLP:AMBER": {}}), "/tlp"),
        (
            "reporter",
            serde_json::json!({"state:BR": null}),
            "/reporter",
        ),
    ];
    for (member, value, at) in cases {
        let mut doc = minimal();
        doc[member] = value;
        let (path, message) = json_error(&doc.to_string());
        assert_eq!(path, at, "{member}: {message}");
        assert!(
            message.starts_with("invalid type: map"),
            "{member}: {message}"
        );
    }
}

#[test]
fn a_document_is_read_as_the_type_its_schema_names_or_refused_with_what_it_claims() {
    use eu_clasi::document::{Document, DocumentKind};
    let mut doc = minimal();
    doc["$schema"] = "urn:eu-clasi:schema:v1:progress-report".into();
    let read = Document::from_slice(doc.to_string().as_bytes()).unwrap();
    assert_eq!(read.document_type(), DocumentKind::ProgressReport);
    for (id, said) in [
        (
            "urn:eu-clasi:schema:v2:progress-report",
            "the document says urn:eu-clasi:schema:v2:progress-report; this crate reads v1",
        ),
        (
            "urn:eu-clasi:schema:v1:period",
            "is the $id of no document type this crate reads",
        ),
        (
            "https://example.org/x.json",
            "is the $id of no document type this crate reads",
        ),
    ] {
        doc["$schema"] = id.into();
        let err = Document::from_slice(doc.to_string().as_bytes()).unwrap_err();
        assert!(
            matches!(&err, Error::Json { path, .. } if path == "/$schema"),
            "{err:?}"
        );
        assert!(err.to_string().contains(said), "{err}");
        let problems = Document::check(doc.to_string().as_bytes()).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "/$schema");
    }
    doc.as_object_mut().unwrap().remove("$schema");
    let err = Document::from_slice(doc.to_string().as_bytes()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("(root): the document names no \"$schema\""),
        "{err}"
    );
    // Not JSON, or not an object: why, with the place.
    let err = Document::from_slice(b"[1, 2]").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("(root): invalid type: sequence, expected a document"),
        "{err}"
    );
    let err = Document::from_slice(b"{\"$schema\": ").unwrap_err();
    assert!(
        matches!(
            err,
            Error::Json {
                malformed: true,
                ..
            }
        ),
        "{err:?}"
    );
    // Every type by its id, and the ids are the schemas'.
    for t in DocumentKind::ALL {
        assert_eq!(DocumentKind::from_schema_id(t.schema_id()).unwrap(), t);
        let schema = eu_clasi::schema::by_name(t.schema_name()).unwrap();
        assert_eq!(schema["$id"], t.schema_id());
    }
}

/// A stream whose first line is no JSON at all (garbage, a byte order mark) is JSON Lines: that
/// line is one invalid document and every line after it is still read.
#[test]
fn a_bad_first_line_is_one_invalid_line_of_json_lines() {
    use eu_clasi::document::Checker;
    let sample = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/sample/progress-reports.jsonl"
    ))
    .unwrap();
    let report = sample.lines().next().unwrap();
    for first in ["garbage", &format!("\u{feff}{report}")] {
        let input = format!("{first}\n{report}\n{report}\n");
        let checker = Checker::new(eu_clasi::schema::expect("progress-report").unwrap());
        let verdicts: Vec<bool> = checker
            .check_reader(input.as_bytes())
            .map(|c| c.unwrap().is_valid())
            .collect();
        assert_eq!(verdicts, [false, true, true], "{first:.20}");
    }
}
