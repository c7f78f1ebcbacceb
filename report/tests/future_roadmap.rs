//! A scorecard counts against the roadmap it is given: a future declaration read from JSON
//! drives the same aggregation as the built-in one.

use eu_clasi::{ActionId, Declaration, Lang, ProgressReport, declaration, json};
use eu_clasi_report::scorecard::Scorecard;
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
