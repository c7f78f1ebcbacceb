//! Counts `COUNT` small generated progress reports one at a time, to measure the memory a
//! stream costs: into a scorecard ([`ScorecardBuilder`]), or into CSV tables as well
//! ([`TablesWriter`]) when a folder is given. Each report is dropped once counted.
//!
//! ```text
//! cargo build --release -p eu-clasi-report --all-features --example stream_memory
//! /usr/bin/time -v target/release/examples/stream_memory 10000000
//! /usr/bin/time -v target/release/examples/stream_memory 10000000 /tmp/tables
//! ```
use eu_clasi_report::scorecard::ScorecardBuilder;
use eu_clasi_report::tables::{TableOptions, TablesWriter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = args
        .next()
        .ok_or("usage: stream_memory COUNT [DIR]")?
        .parse()?;
    let reports = eu_clasi_sample::progress_reports(1, count);
    match args.next() {
        None => {
            let mut builder = ScorecardBuilder::new();
            for report in reports {
                builder.add(&report);
            }
            let card = builder.finish();
            println!(
                "{} reports, {} records, {} current",
                card.reports_read, card.records, card.current
            );
        }
        Some(dir) => {
            let mut writer = TablesWriter::create(dir, TableOptions::default())?;
            for report in reports {
                writer.add_report(&report)?;
            }
            for (table, rows) in writer.finish()? {
                println!("{}: {rows} rows", table.file_name());
            }
        }
    }
    Ok(())
}
