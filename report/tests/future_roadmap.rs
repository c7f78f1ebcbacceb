//! A scorecard counts against the roadmap it is given: a future declaration read from JSON
//! drives the same aggregation as the built-in one.

use eu_clasi::{ActionId, Declaration, Lang, ProgressReport, json};
use eu_clasi_report::scorecard::Scorecard;
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
fn a_scorecard_counts_against_the_roadmap_it_is_given() {
    let next = next_roadmap();
    let reports = [report_on("4.iv"), report_on("4.iii")];
    let ids: Vec<_> = reports.iter().map(|r| r.id).collect();
    assert_ne!(ids[0], ids[1], "two records");

    let card = Scorecard::from_reports_against(&next.roadmap, &reports);
    assert_eq!((card.current, card.outside_roadmap), (1, 1));
    let pillar = card.pillars.iter().find(|p| p.number == 4).unwrap();
    let listed: Vec<String> = pillar.actions.iter().map(|a| a.id.to_string()).collect();
    assert_eq!(listed, ["4.i", "4.ii", "4.iv"]);
    assert!(
        card.to_markdown(Lang::En)
            .starts_with("# Scorecard of the EU-CLASI 2027-2028 roadmap")
    );

    let built_in = Scorecard::from_reports(&reports);
    assert_eq!((built_in.current, built_in.outside_roadmap), (1, 1));
    assert!(
        built_in
            .to_markdown(Lang::Es)
            .starts_with("# Cuadro de seguimiento de la hoja de ruta UE-CLASI 2025-2026")
    );
}
