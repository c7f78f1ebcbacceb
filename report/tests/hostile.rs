//! Hostile and unusual input at the edges, every input made here in the test: workbooks
//! whose dimensions, archive, shared strings, formulas, numbers or text try to hurt the
//! reader, and CSV free text a spreadsheet would run. Memory is measured in the `#[ignore]`d
//! test at the end (peak RSS, never a time).
#![cfg(all(feature = "spreadsheet", feature = "csv"))]

use std::io::Write as _;

use eu_clasi::{Lang, Timestamp};
use eu_clasi_report::spreadsheet::{
    self, CellProblemKind, Error, Limit, Limits, Reading, Template,
};
use eu_clasi_report::tables::{Table, TableOptions, Tables};
use rust_xlsxwriter::{Formula, Workbook};
use zip::write::SimpleFileOptions;

fn now() -> Timestamp {
    "2026-11-30T12:00:00Z".parse().unwrap()
}

/// A minimal XLSX archive made by hand: the English sheet of reports holding `sheet` (the
/// worksheet's XML), a table of shared strings when given, and any `extra` files.
fn xlsx(sheet: &str, shared: Option<&str>, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflate = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut file = |name: &str, bytes: &[u8]| {
        out.start_file(name, deflate).unwrap();
        out.write_all(bytes).unwrap();
    };
    file(
        "[Content_Types].xml",
        br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    );
    file(
        "_rels/.rels",
        br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    file(
        "xl/workbook.xml",
        br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Reports" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    file(
        "xl/_rels/workbook.xml.rels",
        br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
    );
    file("xl/worksheets/sheet1.xml", sheet.as_bytes());
    if let Some(shared) = shared {
        file("xl/sharedStrings.xml", shared.as_bytes());
    }
    for (name, bytes) in extra {
        file(name, bytes);
    }
    out.finish().unwrap().into_inner()
}

/// A worksheet's XML: `dimension` (when given) and `rows` inside `<sheetData>`.
fn worksheet(dimension: Option<&str>, rows: &str) -> String {
    let dim = dimension.map_or(String::new(), |d| format!(r#"<dimension ref="{d}"/>"#));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{rows}</sheetData></worksheet>"#
    )
}

fn limit_of(result: Result<Reading, Error>) -> Limit {
    match result {
        Err(Error::Limit(e)) => e.limit,
        other => panic!("expected a limit, got {other:?}"),
    }
}

#[test]
fn the_hand_made_archive_is_a_workbook_the_reader_reads() {
    let sheet = worksheet(
        None,
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c></row>"#,
    );
    let reading = spreadsheet::read(&xlsx(&sheet, None, &[]), now()).unwrap();
    assert_eq!(reading.lang, Lang::En);
    assert!(reading.reports.is_empty() && reading.problems.is_empty());
}

#[test]
fn one_cell_at_the_last_row_and_column_is_refused_not_allocated() {
    let far = r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#;
    // Declared by the dimension, and by the cell alone.
    let declared = worksheet(Some("A1:XFD1048576"), far);
    assert_eq!(
        limit_of(spreadsheet::read(&xlsx(&declared, None, &[]), now())),
        Limit::Rows
    );
    let undeclared = worksheet(None, far);
    assert_eq!(
        limit_of(spreadsheet::read(&xlsx(&undeclared, None, &[]), now())),
        Limit::Rows
    );
    let wide = worksheet(
        None,
        r#"<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>"#,
    );
    assert_eq!(
        limit_of(spreadsheet::read(&xlsx(&wide, None, &[]), now())),
        Limit::Columns
    );
    // With the limits opened all the way, the sheet is still read cell by cell, never as a
    // grid: the far cell is outside the template's columns and ignored.
    let open = Limits {
        max_rows: u32::MAX,
        max_columns: u32::MAX,
        ..Limits::default()
    };
    let reading = spreadsheet::read_with_limits(&xlsx(&declared, None, &[]), now(), &open).unwrap();
    assert!(reading.reports.is_empty());
    // A row number past what a u32 holds is an error, not an abort.
    let huge = worksheet(
        None,
        r#"<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>"#,
    );
    assert!(spreadsheet::read(&xlsx(&huge, None, &[]), now()).is_err());
}

#[test]
fn a_zip_bomb_is_refused_by_its_ratio_and_size() {
    let sheet = worksheet(None, "");
    let zeros = vec![b' '; 4 * 1024 * 1024];
    let bytes = xlsx(&sheet, None, &[("xl/media/padding.xml", &zeros)]);
    assert!(bytes.len() < 100_000, "{}", bytes.len());
    assert_eq!(
        limit_of(spreadsheet::read(&bytes, now())),
        Limit::CompressionRatio
    );
    let tight = Limits {
        max_compression_ratio: u64::MAX,
        max_entry_bytes: 1024 * 1024,
        ..Limits::default()
    };
    assert_eq!(
        limit_of(spreadsheet::read_with_limits(&bytes, now(), &tight)),
        Limit::EntryBytes
    );
    let total = Limits {
        max_compression_ratio: u64::MAX,
        max_total_bytes: 2 * 1024 * 1024,
        ..Limits::default()
    };
    assert_eq!(
        limit_of(spreadsheet::read_with_limits(&bytes, now(), &total)),
        Limit::TotalBytes
    );
    let few = Limits {
        max_entries: 3,
        ..Limits::default()
    };
    assert_eq!(
        limit_of(spreadsheet::read_with_limits(&bytes, now(), &few)),
        Limit::Entries
    );
}

#[test]
fn a_file_whose_header_lies_about_its_size_gains_nothing() {
    let name = "xl/liar.xml";
    let spaces = vec![b' '; 8 * 1024 * 1024];
    let mut bytes = xlsx(&worksheet(None, ""), None, &[(name, &spaces)]);
    // The declared (uncompressed) size, in the local header (offset 22) and in the central
    // directory (offset 24), both made 100 bytes.
    let mut patched = 0;
    let mut at = 0;
    while let Some(pos) = bytes[at..]
        .windows(name.len())
        .position(|w| w == name.as_bytes())
    {
        let pos = at + pos;
        for (start, sig, offset) in [
            (pos.wrapping_sub(30), b"PK\x03\x04", 22),
            (pos.wrapping_sub(46), b"PK\x01\x02", 24),
        ] {
            if bytes.get(start..start + 4) == Some(&sig[..]) {
                bytes[start + offset..start + offset + 4].copy_from_slice(&100u32.to_le_bytes());
                patched += 1;
            }
        }
        at = pos + 1;
    }
    assert_eq!(patched, 2);
    // Read as a stream, the true size shows: the zip reader stops at the declared size and
    // says the file is larger (an error of the archive), or the ratio is refused; never is
    // the file taken at its word.
    match spreadsheet::read(&bytes, now()) {
        Err(Error::Limit(e)) => assert_eq!(e.limit, Limit::CompressionRatio),
        Err(Error::Read(_)) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn shared_strings_are_held_to_their_count_and_length() {
    let sheet = worksheet(None, "");
    // calamine reserves room for the declared count: a huge one is refused first.
    let declared = r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000000"><si><t>a</t></si></sst>"#;
    assert_eq!(
        limit_of(spreadsheet::read(&xlsx(&sheet, Some(declared), &[]), now())),
        Limit::SharedStrings
    );
    let long = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>{}</t></si></sst>"#,
        "x".repeat(200_000)
    );
    assert_eq!(
        limit_of(spreadsheet::read(&xlsx(&sheet, Some(&long), &[]), now())),
        Limit::StringBytes
    );
}

/// 100,000 cells in the template's columns (20,000 rows of five), each the shared string 0.
fn one_string_everywhere() -> String {
    let mut rows = String::new();
    for r in 2..=20_001 {
        rows.push_str(&format!(r#"<row r="{r}">"#));
        for c in ["H", "I", "J", "K", "L"] {
            rows.push_str(&format!(r#"<c r="{c}{r}" t="s"><v>0</v></c>"#));
        }
        rows.push_str("</row>");
    }
    rows
}

#[test]
fn one_long_string_in_every_cell_is_refused_by_the_text_it_adds_up_to() {
    let shared = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="100000" uniqueCount="1"><si><t>{}</t></si></sst>"#,
        "y".repeat(32_767)
    );
    let rows = one_string_everywhere();
    let bytes = xlsx(&worksheet(None, &rows), Some(&shared), &[]);
    assert!(bytes.len() < 2_500_000, "{}", bytes.len());
    assert_eq!(limit_of(spreadsheet::read(&bytes, now())), Limit::TextBytes);
    let few = Limits {
        max_cells: 1000,
        ..Limits::default()
    };
    assert_eq!(
        limit_of(spreadsheet::read_with_limits(&bytes, now(), &few)),
        Limit::Cells
    );
}

#[test]
fn a_shared_formula_naming_a_huge_index_is_a_problem_not_an_allocation() {
    let rows = r#"<row r="2"><c r="B2"><f t="shared" si="4000000000" ref="B2:B3">1+1</f><v>2</v></c><c r="C2"><f t="shared" si="4000000000"/><v>2</v></c></row>"#;
    let reading = spreadsheet::read(&xlsx(&worksheet(None, rows), None, &[]), now()).unwrap();
    assert!(reading.reports.is_empty());
    let formulas: Vec<_> = reading
        .problems
        .iter()
        .filter(|p| p.kind == CellProblemKind::Formula)
        .collect();
    assert_eq!(formulas.len(), 2, "{:?}", reading.problems);
    assert_eq!(formulas[0].cell, "B2");
    assert!(
        formulas[0].message.contains("=1+1"),
        "{}",
        formulas[0].message
    );
}

/// A workbook with the English template's two sheets, `reports` rows of text and one
/// indicator row for report row 2 whose value cell is written by `value`.
fn filled(
    lang: Lang,
    report: &[&str],
    value: impl FnOnce(&mut rust_xlsxwriter::Worksheet),
    kind: &str,
    unit: &str,
) -> Vec<u8> {
    let (reports, indicators) = match lang {
        Lang::En => ("Reports", "Indicators"),
        Lang::Es => ("Informes", "Indicadores"),
        Lang::Pt => ("Relatórios", "Indicadores"),
        _ => ("Rapports", "Indicateurs"),
    };
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name(reports).unwrap();
    for (c, text) in report.iter().enumerate() {
        if !text.is_empty() {
            sheet.write_string(1, c as u16, *text).unwrap();
        }
    }
    let sheet = wb.add_worksheet();
    sheet.set_name(indicators).unwrap();
    sheet.write_number(1, 0, 2.0).unwrap();
    sheet.write_string(1, 1, kind).unwrap();
    value(sheet);
    if !unit.is_empty() {
        let col = if kind == "drug_seizure" { 3 } else { 4 };
        sheet.write_string(1, col, unit).unwrap();
    }
    wb.save_to_buffer().unwrap()
}

const REPORT: &[&str] = &[
    "",
    "1.vi",
    "state:CO",
    "2025-04",
    "2025-09",
    "in_progress",
    "TLP:GREEN",
    "Two meetings.",
];

fn kilograms(lang: Lang, text: &'static str) -> Reading {
    let bytes = filled(
        lang,
        REPORT,
        |s| {
            s.write_string(1, 2, text).unwrap();
        },
        "drug_seizure",
        "cocaine",
    );
    spreadsheet::read(&bytes, now()).unwrap()
}

fn kilograms_read(reading: &Reading) -> Option<String> {
    let r = reading.reports.first()?;
    let json = serde_json::to_value(&r.indicators[0]).ok()?;
    json.get("kilograms")?.as_str().map(str::to_owned)
}

#[test]
fn numbers_typed_as_text_are_read_by_the_workbooks_language_and_never_guessed() {
    // Unambiguous: read.
    for (lang, text, expected) in [
        (Lang::Es, "1.234,5", "1234.5"),
        (Lang::Es, "1234,5", "1234.5"),
        (Lang::Fr, "1 234,5", "1234.5"),
        (Lang::Pt, "12,25", "12.25"),
        (Lang::En, "1,234.5", "1234.5"),
        (Lang::En, "1234.5", "1234.5"),
        (Lang::En, "1,234,567", "1234567"),
        (Lang::En, "1 234", "1234"),
        (Lang::Es, "1234", "1234"),
    ] {
        let reading = kilograms(lang, text);
        assert_eq!(reading.problems, [], "{lang} {text}");
        assert_eq!(
            kilograms_read(&reading).as_deref(),
            Some(expected),
            "{lang} {text}"
        );
    }
    // Two numbers at once: refused at its cell, saying how to write it.
    for (lang, text) in [
        (Lang::En, "1,234"),
        (Lang::Es, "1.234"),
        (Lang::Fr, "1.500"),
    ] {
        let reading = kilograms(lang, text);
        assert!(reading.reports.is_empty(), "{lang} {text}");
        assert_eq!(
            reading.problems.len(),
            1,
            "{lang} {text}: {:?}",
            reading.problems
        );
        let p = &reading.problems[0];
        assert_eq!(p.kind, CellProblemKind::AmbiguousNumber);
        assert_eq!(p.cell, "C2");
        assert!(p.message.contains("1234"), "{}", p.message);
    }
    // Written the other language's way: refused, saying how this one writes numbers.
    for (lang, text) in [(Lang::En, "1,5"), (Lang::Es, "1.5"), (Lang::En, "1.234,5")] {
        let reading = kilograms(lang, text);
        assert!(reading.reports.is_empty(), "{lang} {text}");
        assert_eq!(
            reading.problems[0].kind,
            CellProblemKind::NotANumber,
            "{lang} {text}"
        );
        assert!(
            reading.problems[0].message.contains("1234"),
            "{lang} {text}"
        );
    }
}

#[test]
fn numeric_cells_past_fifteen_digits_and_formula_cells_are_refused_at_their_cell() {
    let bytes = filled(
        Lang::En,
        REPORT,
        |s| {
            s.write_number(1, 2, 12_345_678_901_234_567.0).unwrap();
        },
        "arrests",
        "",
    );
    let reading = spreadsheet::read(&bytes, now()).unwrap();
    assert!(reading.reports.is_empty());
    assert_eq!(reading.problems[0].kind, CellProblemKind::AmbiguousNumber);
    assert_eq!(reading.problems[0].cell, "C2");
    let bytes = filled(
        Lang::En,
        REPORT,
        |s| {
            s.write_formula(1, 2, Formula::new("=6*7").set_result("42"))
                .unwrap();
        },
        "arrests",
        "",
    );
    let reading = spreadsheet::read(&bytes, now()).unwrap();
    assert!(reading.reports.is_empty());
    assert_eq!(reading.problems[0].kind, CellProblemKind::Formula);
    assert!(
        reading.problems[0].message.contains("=6*7"),
        "{}",
        reading.problems[0].message
    );
    // Fifteen digits are held exactly and read.
    let bytes = filled(
        Lang::En,
        REPORT,
        |s| {
            s.write_number(1, 2, 123_456_789_012_345.0).unwrap();
        },
        "arrests",
        "",
    );
    let reading = spreadsheet::read(&bytes, now()).unwrap();
    assert!(
        reading
            .problems
            .iter()
            .all(|p| p.kind != CellProblemKind::AmbiguousNumber)
    );
}

#[test]
fn problems_are_capped_and_their_quoted_text_escaped_and_shortened() {
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("Reports").unwrap();
    let hostile = format!("\u{1b}[31mred\u{1b}[0m {}", "z".repeat(500));
    for r in 1..=300u32 {
        sheet.write_string(r, 1, &hostile).unwrap();
    }
    let bytes = wb.save_to_buffer().unwrap();
    let reading = spreadsheet::read(&bytes, now()).unwrap();
    let all = reading.problems.len() + reading.problems_left_out;
    assert!(all > 300, "{all}");
    for p in &reading.problems {
        assert!(!p.message.contains('\u{1b}'), "{}", p.message);
        assert!(p.message.chars().count() < 300, "{}", p.message);
    }
    assert!(
        reading
            .problems
            .iter()
            .any(|p| p.message.contains("\\u001b[31mred"))
    );
    let capped = Limits {
        max_problems_per_sheet: 10,
        max_problems: 5,
        ..Limits::default()
    };
    let reading = spreadsheet::read_with_limits(&bytes, now(), &capped).unwrap();
    assert_eq!(reading.problems.len(), 5);
    assert_eq!(reading.problems_left_out, all - 5);
}

#[test]
fn free_text_comes_back_as_it_was_sent_through_the_template() {
    let mut reports: Vec<_> = eu_clasi_sample::progress_reports(3, 40).collect();
    reports = eu_clasi::current_revisions(&reports)
        .into_iter()
        .filter(|r| r.created <= now())
        .take(1)
        .cloned()
        .collect();
    let mut r = reports.remove(0);
    r.evidence.clear();
    r.extensions = eu_clasi::Extensions::new();
    r.withdrawn = false;
    r.summary.lang = Lang::En;
    r.crime_areas.truncate(3);
    r.partners.truncate(3);
    r.instruments.truncate(2);
    r.summary.text = "  Two meetings,\ttabbed;\nsecond line.\r\nThird _x0041_ \u{7}.  ".into();
    if let Some(unit) = r.reporting_unit.as_mut() {
        unit.name = Some("  Unit  with spaces ".into());
    }
    let template = Template::new(Lang::En).with_reports([r.clone()]).unwrap();
    let reading = spreadsheet::read(&template.to_bytes().unwrap(), now()).unwrap();
    assert_eq!(reading.problems, []);
    let back = &reading.reports[0];
    assert_eq!(back.summary.text, r.summary.text);
    assert_eq!(back.reporting_unit, r.reporting_unit);
}

#[test]
fn a_summary_a_spreadsheet_would_run_is_neutralised_by_default_and_raw_on_request() {
    let mut r = eu_clasi_sample::progress_reports(9, 1).next().unwrap();
    r.summary.text = "=1+1".into();
    let tables = Tables::new(std::slice::from_ref(&r), &[]);
    let mut safe = Vec::new();
    tables.write(Table::Reports, &mut safe).unwrap();
    let safe = String::from_utf8(safe).unwrap();
    assert!(safe.contains(",'=1+1,"), "{safe}");
    let mut raw = Vec::new();
    tables
        .write_with(Table::Reports, &mut raw, TableOptions { raw_text: true })
        .unwrap();
    assert!(String::from_utf8(raw).unwrap().contains(",=1+1,"));
    // Where CI opens them with LibreOffice and pandas (.ci/csv_injection.sh).
    if let Some(dir) = std::env::var_os("EU_CLASI_CSV_INJECTION_DIR") {
        let dir = std::path::PathBuf::from(dir);
        tables.write_dir(dir.join("safe")).unwrap();
        tables
            .write_dir_with(dir.join("raw"), TableOptions { raw_text: true })
            .unwrap();
    }
}

/// A sheet of reports with a number in each of its first 19 columns, on as many rows as the
/// default limits allow cells (the most cells a reader holds).
fn full_sheet() -> String {
    let columns: Vec<String> = (0..19u8)
        .map(|c| char::from(b'A' + c).to_string())
        .collect();
    let rows = Limits::default().max_cells / 19;
    let mut out = String::new();
    for r in 2..rows + 2 {
        out.push_str(&format!(r#"<row r="{r}">"#));
        for c in &columns {
            out.push_str(&format!(r#"<c r="{c}{r}"><v>1</v></c>"#));
        }
        out.push_str("</row>");
    }
    out
}

/// The peak resident memory of this process so far, in kB (`VmHWM`), on Linux.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Run alone: `cargo test --all-features -p eu-clasi-report --test hostile -- --ignored
/// --nocapture`. Reads each hostile workbook (all under 10 MB) and reports the peak RSS of
/// the process after each; the whole stays under 256 MB.
#[test]
#[ignore = "measures memory: run alone, with --ignored --nocapture"]
fn peak_memory_of_hostile_workbooks() {
    let far = worksheet(
        Some("A1:XFD1048576"),
        r#"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#,
    );
    let shared = format!(
        r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="100000" uniqueCount="1"><si><t>{}</t></si></sst>"#,
        "y".repeat(32_767)
    );
    let rows = one_string_everywhere();
    // A bomb of about 2 MB: 2 GiB of spaces, compressed, written in pieces.
    let mut bomb =
        zip::ZipWriter::new_append(std::io::Cursor::new(xlsx(&worksheet(None, ""), None, &[])))
            .unwrap();
    bomb.start_file(
        "xl/bomb.xml",
        SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true),
    )
    .unwrap();
    let piece = vec![b' '; 1024 * 1024];
    for _ in 0..2048 {
        bomb.write_all(&piece).unwrap();
    }
    let bomb = bomb.finish().unwrap().into_inner();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("cell at XFD1048576", xlsx(&far, None, &[])),
        (
            "100,000 cells sharing one 32,767-character string",
            xlsx(&worksheet(None, &rows), Some(&shared), &[]),
        ),
        ("zip bomb of 2 GiB", bomb),
        (
            "every cell of the template's columns filled, as many rows as allowed",
            xlsx(&worksheet(None, &full_sheet()), None, &[]),
        ),
    ];
    // The largest honest workbook: the template with its 1,000 reports filled in.
    let reports: Vec<_> = eu_clasi_sample::progress_reports(5, 3000).collect();
    let current: Vec<_> = eu_clasi::current_revisions(&reports)
        .into_iter()
        .filter(|r| r.created <= now())
        .take(1000)
        .cloned()
        .map(|mut r| {
            r.evidence.clear();
            r.extensions = eu_clasi::Extensions::new();
            r.withdrawn = false;
            r.summary.lang = Lang::En;
            r.summary.text = "w".repeat(eu_clasi::contract::SUMMARY_MAX_CHARS);
            r.crime_areas.truncate(3);
            r.partners.truncate(3);
            r.instruments.truncate(2);
            r
        })
        .collect();
    let template = Template::new(Lang::En).with_reports(current).unwrap();
    cases.push(("1,000 full reports", template.to_bytes().unwrap()));
    let before = peak_rss_kb().unwrap_or(0);
    println!("peak RSS before reading: {before} kB");
    for (name, bytes) in &cases {
        assert!(bytes.len() < 10 * 1024 * 1024, "{name}: {}", bytes.len());
        let result = spreadsheet::read(bytes, now());
        let peak = peak_rss_kb().unwrap_or(0);
        println!(
            "{name} ({} bytes): {} -> peak RSS {peak} kB",
            bytes.len(),
            match &result {
                Ok(r) => format!("{} reports, {} problems", r.reports.len(), r.problems.len()),
                Err(e) => e.to_string(),
            }
        );
        assert!(peak < 256 * 1024, "{name}: peak RSS {peak} kB");
    }
}
