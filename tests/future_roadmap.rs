//! Records are validated against a roadmap that is passed in: a future declaration read from
//! JSON drives the same rules as the built-in one. (The scorecard's side is
//! report/tests/future_roadmap.rs.)

use eu_clasi::{ActionId, Declaration, ProgressReport, Validate, declaration, json};

use eu_clasi_sample as sample;

/// The built-in declaration, written to JSON and read back, with a roadmap of its own: the
/// action 4.iii dropped and a new action 4.iv added, as a next roadmap might do.
fn next_roadmap() -> Declaration {
    let text = serde_json::to_string(declaration()).unwrap();
    let mut next: Declaration = json::from_str(&text).unwrap();
    let pillar = next
        .roadmap
        .pillars
        .iter_mut()
        .find(|p| p.number == 4)
        .unwrap();
    let mut new = pillar.actions.pop().unwrap();
    assert_eq!(new.id.to_string(), "4.iii");
    new.id = "4.iv".parse().unwrap();
    new.text = "Strengthen asset recovery in both regions.".into();
    pillar.actions.push(new);
    next.roadmap.period.start = "2027".parse().unwrap();
    next.roadmap.period.end = "2028".parse().unwrap();
    next
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
