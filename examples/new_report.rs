//! Make a progress report in code, as a reporting system would: set its fields by name (typed
//! values, or the words a person types, in any of the four languages), let `build()` check them
//! all at once, write the report as JSON, then revise it and finally withdraw it. Every record
//! here is fictitious.
//!
//! ```sh
//! cargo run --example new_report
//! ```

use std::fmt::Write as _;
use std::io::Write as _;

use eu_clasi::{
    Error, ImplementationStatus, Indicator, Period, ProgressReport, Revisioned, Tlp, json,
    latest_revisions,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    // A first try with two mistakes: the builder names every problem at its JSON path.
    let attempt = ProgressReport::builder()
        .action("2.iv") // pillar 2 of the 2025-2026 roadmap has two actions
        .reporter("Portugal")
        .period("2026-01/2026-06")
        .status("em curso") // Portuguese for "in progress"
        .summary(
            "pt",
            "[Exemplo fictício] Avaliação conjunta de dois portos parceiros.",
        )
        .build(); // and no TLP: how far a report may be shared is never assumed
    if let Err(Error::Invalid { problems }) = &attempt {
        writeln!(text, "The first try has {} problems:", problems.len())?;
        for problem in problems {
            writeln!(text, "  {problem}")?;
        }
    }

    // The report as it is sent: every field checked, `id`, `created` and `modified` filled in.
    let first = ProgressReport::builder()
        .action("2.ii")
        .reporter("Portugal")
        .period(Period::half(2026, 1)?)
        .status("em curso")
        .summary(
            "pt",
            "[Exemplo fictício] Avaliação conjunta de dois portos parceiros.",
        )
        .indicator(Indicator::PortAssessments { count: 2 })
        .tlp(Tlp::Green)
        .build()?;
    let pretty = json::to_string_pretty(&first)?;
    writeln!(text, "\nThe report, as JSON:\n{pretty}")?;

    // Six months on, the same record is revised: same id and `created`, a later `modified`.
    let mut revised = first.clone();
    revised.period = "2026-01/2026-12".parse()?;
    revised.status = ImplementationStatus::Completed;
    revised.indicators = vec![Indicator::PortAssessments { count: 5 }];
    revised.revise()?;

    // It turns out to duplicate another record: a last revision withdraws it.
    let mut withdrawn = revised.clone();
    withdrawn.withdraw()?;

    // Whatever order the revisions arrive in, the latest one wins.
    let received = [withdrawn.clone(), first, revised];
    let latest = latest_revisions(&received);
    writeln!(
        text,
        "\n{} revisions received, {} record; its latest revision withdraws it: {}",
        received.len(),
        latest.len(),
        latest.first().is_some_and(|r| r.withdrawn)
    )?;
    // Written at once; a reader that stops early (`| head`) is no error.
    let _ = std::io::stdout().write_all(text.as_bytes());
    Ok(())
}
