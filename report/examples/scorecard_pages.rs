//! Writes the scorecard of the shipped sample as SVG and HTML in the four languages, into the
//! folder given (by default `target/scorecard`): `scorecard-en.svg`, `scorecard-en.html`, ...
//! CI opens the pages in headless Chromium to check that they fit an A4 page.
//!
//! ```text
//! cargo run -p eu-clasi-report --example scorecard_pages -- target/scorecard
//! ```

use eu_clasi::Lang;
use eu_clasi_report::scorecard::Scorecard;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| "target/scorecard".into(), std::path::PathBuf::from);
    std::fs::create_dir_all(&dir)?;
    let card = Scorecard::from_reports(&eu_clasi_sample::sample_file());
    for lang in [Lang::En, Lang::Es, Lang::Pt, Lang::Fr] {
        std::fs::write(dir.join(format!("scorecard-{lang}.svg")), card.to_svg(lang))?;
        std::fs::write(
            dir.join(format!("scorecard-{lang}.html")),
            card.to_html(lang),
        )?;
        std::fs::write(
            dir.join(format!("scorecard-{lang}.md")),
            card.to_markdown(lang),
        )?;
    }
    println!("{}", dir.display());
    Ok(())
}
