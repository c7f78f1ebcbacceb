//! A user's everyday task with this crate, written as a new user would write it from the
//! README and the rustdoc: the task's body is its user's code, and the assertions after it
//! check that it did what it says.

use eu_clasi::json::CheckedLines;
use eu_clasi::{Lang, ProgressReport};
use eu_clasi_report::scorecard::Scorecard;

/// A scorecard in Portuguese from a JSON Lines file.
#[test]
fn a_scorecard_in_portuguese() -> Result<(), eu_clasi::Error> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/sample/progress-reports.jsonl"
    );
    // --- the user's code
    let file = std::io::BufReader::new(std::fs::File::open(path).map_err(eu_clasi::Error::from)?);
    let mut reports = Vec::new();
    for line in CheckedLines::<_, ProgressReport>::new(file) {
        let line = line?;
        match line.result {
            Ok(report) => reports.push(report),
            Err(problems) => eprintln!("linha {}: {problems:?}", line.number),
        }
    }
    let markdown = Scorecard::from_reports(&reports).to_markdown(Lang::Pt);
    // --- what it did
    assert_eq!(reports.len(), 90);
    assert!(markdown.contains("Pilar 1"), "{markdown}");
    assert!(markdown.contains("1996,5 kg"), "{markdown}");
    Ok(())
}
