//! Records are validated against a roadmap that is passed in: a future declaration read from
//! JSON drives the same rules as the built-in one. (The scorecard's side is
//! report/tests/future_roadmap.rs.)

use eu_clasi::versions::SchemaId;
use eu_clasi::{ActionId, Declaration, ProgressReport, Validate, json, schema};

use eu_clasi_sample as sample;

/// The sample crate's fictitious next declaration (a 2027-2028 roadmap in which 4.iv replaces
/// 4.iii), written to JSON and read back, as a next roadmap would arrive.
fn next_roadmap() -> Declaration {
    let text = serde_json::to_string(&sample::next_declaration().unwrap()).unwrap();
    json::from_str(&text).unwrap()
}

fn report_on(action: &str) -> ProgressReport {
    // A sample report of its own for each action: the seed is the action's text.
    let seed = action.bytes().map(u64::from).sum();
    let mut report = sample::progress_reports(seed, 1).next().unwrap();
    report.action = action.parse::<ActionId>().unwrap();
    report
}

#[test]
fn a_report_is_checked_against_the_roadmap_it_is_given() {
    let next = next_roadmap();
    let new = report_on("4.iv");
    let old = report_on("4.iii");

    // Against the built-in 2025-2026 roadmap, 4.iv does not exist.
    let problems = new.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .to_string()
            .contains("the 2025-2026 roadmap has no action 4.iv")
    );
    assert!(old.problems().is_empty());

    // Against the next roadmap, the same report is valid and the dropped action is not.
    assert!(new.problems_against(&next.roadmap).is_empty());
    let problems = old.problems_against(&next.roadmap);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .to_string()
            .contains("the 2027-2028 roadmap has no action 4.iii")
    );
}

/// The schema `schema::for_roadmap` gives for the next roadmap judges its records as
/// `problems_against` does: a report on the new action 4.iv passes it and the built-in schema
/// refuses it; a report on the dropped action 4.iii the reverse. The documents keep their
/// `"$schema"`, the format's id.
#[test]
fn a_roadmap_read_from_json_gets_a_schema_of_its_own() {
    let next = next_roadmap();
    let compile = |s: &serde_json::Value| {
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(s)
            .unwrap()
    };
    let built_in = compile(&schema::by_name("progress-report").unwrap());
    let own = schema::for_roadmap("progress-report", &next.roadmap).unwrap();
    assert_eq!(
        own["$id"],
        "urn:eu-clasi:schema:v1:progress-report:roadmap-2027-2028"
    );
    let own = compile(&own);
    for (action, in_next) in [("4.iv", true), ("4.iii", false), ("1.i", true)] {
        let mut report = report_on(action);
        report.schema = Some(SchemaId::new());
        let doc = serde_json::to_value(&report).unwrap();
        assert_eq!(own.is_valid(&doc), in_next, "{action}");
        assert_eq!(
            report.problems_against(&next.roadmap).is_empty(),
            in_next,
            "{action}"
        );
        let in_built_in = report.problems().is_empty();
        assert_eq!(built_in.is_valid(&doc), in_built_in, "{action}");
    }
    let operation_schema = schema::for_roadmap("joint-operation", &next.roadmap).unwrap();
    assert_eq!(
        operation_schema["properties"]["actions"]["items"]["enum"]
            .as_array()
            .unwrap()
            .last()
            .unwrap(),
        "4.iv"
    );
    // A schema that lists no action is the same for every roadmap.
    assert_eq!(
        schema::for_roadmap("period", &next.roadmap),
        schema::by_name("period")
    );
    assert!(schema::for_roadmap("no-such-schema", &next.roadmap).is_none());
}
