//! Any bytes, streamed as JSON Lines of progress reports: the reports that read become a
//! scorecard, rendered as Markdown and SVG in every language, without a panic; and the
//! scorecard's counts add up as documented.
#![no_main]

use eu_clasi::json::JsonLines;
use eu_clasi_report::scorecard::Scorecard;
use eu_clasi::{Lang, ProgressReport, Vocabulary};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reports: Vec<ProgressReport> = JsonLines::<_, ProgressReport>::new(data)
        .filter_map(|line| line.result.ok())
        .collect();
    let card = Scorecard::from_reports(&reports);
    assert_eq!(card.reports_read, reports.len());
    assert_eq!(card.progress.actions, 17);
    assert!(card.progress.with_progress <= card.progress.actions);
    assert_eq!(
        card.withdrawn + card.current + card.outside_roadmap,
        card.records
    );
    for &lang in Lang::all() {
        let md = card.to_markdown(lang);
        assert!(md.starts_with("# "));
        let svg = card.to_svg(lang);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>\n"));
    }
});
