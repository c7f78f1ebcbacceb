//! The template written, filled and read back.

use rust_xlsxwriter::Workbook;

use super::*;
use eu_clasi::{Lang, ProgressReport, Timestamp, Vocabulary};
use eu_clasi_sample as sample;

fn now() -> Timestamp {
    "2026-11-30T12:00:00Z".parse().unwrap()
}

/// Sample reports cut down to what the template holds, in `lang`; one unit in two of the
/// sample's reporting units gets a name.
fn reports(lang: Lang, n: usize) -> Vec<ProgressReport> {
    let all: Vec<ProgressReport> = sample::progress_reports(11, n).collect();
    eu_clasi::current_revisions(&all)
        .into_iter()
        .cloned()
        .map(|mut r| {
            r.evidence.clear();
            r.extensions = eu_clasi::Extensions::new();
            r.withdrawn = false;
            r.summary.lang = lang;
            r.crime_areas.truncate(3);
            r.partners.truncate(3);
            r.instruments.truncate(2);
            r
        })
        .filter(|r| r.created <= now())
        .enumerate()
        .map(|(i, mut r)| {
            if let Some(unit) = r.reporting_unit.as_mut().filter(|_| i % 2 == 0) {
                unit.name = Some(format!("[Fictitious example] Unit «{i}» – ñ, ç, ã"));
            }
            r
        })
        .collect()
}

#[test]
fn a_filled_template_reads_back_into_the_same_reports_in_every_language() {
    for &lang in Lang::all() {
        let sent = reports(lang, 80);
        assert!(sent.len() > 30, "{}", sent.len());
        let units: Vec<_> = sent
            .iter()
            .filter_map(|r| r.reporting_unit.as_ref())
            .collect();
        assert!(units.len() > 5, "{} reports with a unit", units.len());
        assert!(units.iter().any(|u| u.name.is_some()));
        assert!(units.iter().any(|u| u.name.is_none()));
        let bytes = Template::new(lang)
            .with_reports(sent.clone())
            .unwrap()
            .to_bytes()
            .unwrap();
        let reading = read(&bytes, now()).unwrap();
        assert_eq!(reading.lang, lang);
        assert_eq!(reading.problems, [], "{lang}");
        let expected: Vec<ProgressReport> = sent
            .into_iter()
            .map(|mut r| {
                r.modified = now();
                r
            })
            .collect();
        assert_eq!(reading.reports, expected, "{lang}");
    }
}

#[test]
fn reports_the_template_cannot_hold_are_refused() {
    let r = reports(Lang::En, 1).remove(0);
    let err = Template::new(Lang::En)
        .with_reports([r.clone(), r])
        .unwrap_err();
    assert!(err.to_string().contains("another revision"), "{err}");
    let mut r = reports(Lang::En, 1).remove(0);
    r.withdrawn = true;
    let err = Template::new(Lang::En).with_reports([r]).unwrap_err();
    assert!(
        err.to_string().ends_with("without losing its withdrawal"),
        "{err}"
    );
    let r = reports(Lang::Fr, 1).remove(0);
    assert!(matches!(
        Template::new(Lang::En).with_reports([r]),
        Err(Error::NotRepresentable { .. })
    ));
}

/// A workbook with the sheets of a Spanish template, its cells written from `rows`.
fn workbook(reports: &[&[&str]], indicators: &[&[Cell]]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    sheet.set_name("Informes").unwrap();
    for (r, row) in reports.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32 + 1, c as u16, *text).unwrap();
            }
        }
    }
    let sheet = wb.add_worksheet();
    sheet.set_name("Indicadores").unwrap();
    for (r, row) in indicators.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Text(t) => sheet.write_string(r as u32 + 1, c as u16, *t).unwrap(),
                Cell::Number(n) => sheet.write_number(r as u32 + 1, c as u16, *n).unwrap(),
                Cell::Empty => sheet,
            };
        }
    }
    wb.save_to_buffer().unwrap()
}

enum Cell {
    Text(&'static str),
    Number(f64),
    Empty,
}

const OK: &[&str] = &[
    "",
    "1.vi",
    "Colombia",
    "2025-04",
    "2025-09",
    "en curso",
    "TLP:GREEN (verde)",
    "Dos reuniones de intercambio de información.",
];

#[test]
fn labels_codes_and_other_languages_are_read_and_empty_rows_ignored() {
    let second: &[&str] = &[
        "",
        "2.ii",
        "body:europol",
        "2025",
        "2025",
        "completed",
        "TLP:CLEAR",
        "Evaluaciones.",
        "drug trafficking",
    ];
    let bytes = workbook(
        &[OK, &[], &["", "", "", "", "", "", "", "   "], second],
        &[
            &[
                Cell::Number(2.0),
                Cell::Text("detenciones (número)"),
                Cell::Number(14.0),
            ],
            &[
                Cell::Number(5.0),
                Cell::Text("decomiso de drogas (kg)"),
                Cell::Text("1250,5"),
                Cell::Text("cocaína"),
            ],
        ],
    );
    let reading = read(&bytes, now()).unwrap();
    assert_eq!(reading.problems, []);
    assert_eq!(reading.reports.len(), 2);
    let [a, b] = [&reading.reports[0], &reading.reports[1]];
    assert_eq!(a.reporter.code(), "state:CO");
    assert_eq!(a.indicators[0].count(), Some(14));
    assert_eq!(b.status.code(), "completed");
    assert_eq!(b.crime_areas.len(), 1);
    let json = serde_json::to_string(&b.indicators).unwrap();
    assert!(json.contains(r#""kilograms":"1250.5""#), "{json}");
    assert_ne!(a.id, b.id);
    assert_eq!((a.created, a.modified), (now(), now()));
}

#[test]
fn the_four_kinds_of_mistake_give_one_cell_addressed_problem_each_in_spanish() {
    let unknown_action: &[&str] = &[
        "",
        "9.ix",
        "Colombia",
        "2025-04",
        "2025-09",
        "en curso",
        "TLP:GREEN (verde)",
        "Texto.",
    ];
    let end_before_start: &[&str] = &[
        "",
        "1.vi",
        "Colombia",
        "2025-09",
        "2025-04",
        "en curso",
        "TLP:GREEN (verde)",
        "Texto.",
    ];
    let missing_status: &[&str] = &[
        "",
        "1.vi",
        "Colombia",
        "2025-04",
        "2025-09",
        "",
        "TLP:GREEN (verde)",
        "Texto.",
    ];
    let bytes = workbook(
        &[unknown_action, end_before_start, missing_status, OK],
        &[&[
            Cell::Number(5.0),
            Cell::Text("detenciones (número)"),
            Cell::Text("doce"),
        ]],
    );
    let reading = read(&bytes, now()).unwrap();
    let shown: Vec<String> = reading.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "Informes!B2: «9.ix» no figura en la lista de «Acción de la hoja de ruta»; elija un valor de la lista desplegable",
            "Informes!E3: el periodo termina (2025-04) antes de empezar (2025-09)",
            "Informes!F4: Estado es obligatorio y la celda está vacía",
            "Indicadores!C2: «doce» no es un número",
        ]
    );
    let kinds: Vec<CellProblemKind> = reading.problems.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            CellProblemKind::NotInList,
            CellProblemKind::Invalid,
            CellProblemKind::Missing,
            CellProblemKind::NotANumber
        ]
    );
    // No report with a problem is read, nor one whose indicator has a problem.
    assert_eq!(reading.reports, []);
}

#[test]
fn indicators_must_name_a_report_row_and_use_the_fields_of_their_kind() {
    let bytes = workbook(
        &[OK],
        &[
            &[Cell::Number(7.0), Cell::Text("arrests"), Cell::Number(1.0)],
            &[Cell::Number(2.0), Cell::Text("arrests"), Cell::Number(1.5)],
            &[
                Cell::Number(2.0),
                Cell::Text("drug_seizure"),
                Cell::Number(3.0),
            ],
            &[
                Cell::Number(2.0),
                Cell::Text("assets_frozen"),
                Cell::Number(3.0),
                Cell::Empty,
                Cell::Text("GBP"),
            ],
            &[
                Cell::Number(2.0),
                Cell::Text("arrests"),
                Cell::Number(2.0),
                Cell::Text("cocaine"),
            ],
        ],
    );
    let reading = read(&bytes, now()).unwrap();
    let cells: Vec<String> = reading
        .problems
        .iter()
        .map(|p| format!("{}!{} {:?}", p.sheet, p.cell, p.kind))
        .collect();
    assert_eq!(
        cells,
        [
            "Indicadores!A2 NoSuchReport",
            "Indicadores!C3 NotANumber",
            "Indicadores!D4 Inconsistent",
            "Indicadores!E5 NotInList",
            "Indicadores!D6 Inconsistent",
        ]
    );
}

#[test]
fn ids_are_kept_checked_and_not_repeated() {
    let id = "0195a3e4-7c2b-7d41-9f3e-5b8c1d2e4f60";
    let mut kept = OK.to_vec();
    kept[0] = id;
    let mut bad = OK.to_vec();
    bad[0] = "0195A3E4";
    let bytes = workbook(&[&kept, &bad, &kept], &[]);
    let reading = read(&bytes, now()).unwrap();
    assert_eq!(reading.reports.len(), 1);
    assert_eq!(reading.reports[0].id.to_string(), id);
    let cells: Vec<&str> = reading.problems.iter().map(|p| p.cell.as_str()).collect();
    assert_eq!(cells, ["A3", "A4"]);
    assert!(
        reading.problems[1]
            .message
            .contains("ya se usa en la fila 2")
    );
}

#[test]
fn a_workbook_without_a_sheet_of_reports_is_no_template() {
    let mut wb = Workbook::new();
    wb.add_worksheet().set_name("Hoja1").unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let err = read(&bytes, now()).unwrap_err();
    assert!(err.to_string().ends_with("its sheets are: Hoja1"), "{err}");
    assert!(matches!(read(b"not a zip", now()), Err(Error::Read(_))));
}

/// A row of [`OK`] with the reporter `reporter` and the unit's cells (columns R and S).
fn with_unit<'a>(reporter: &'a str, kind: &'a str, name: &'a str) -> Vec<&'a str> {
    let mut row = OK.to_vec();
    row[2] = reporter;
    row.resize(17, "");
    row.extend([kind, name]);
    row
}

#[test]
fn the_reporting_unit_is_read_by_label_in_any_language_or_by_code() {
    let rows = [
        with_unit("Colombia", "aduanas", ""),
        with_unit(
            "Colombia",
            "financial_intelligence_unit",
            "[Fictitious example] UIAF",
        ),
        with_unit("Colombia", "ministério público", ""),
        with_unit("Colombia", "FIU", ""),
        with_unit("Colombia", "", ""),
    ];
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let reading = read(&workbook(&rows, &[]), now()).unwrap();
    assert_eq!(reading.problems, []);
    let units: Vec<Option<eu_clasi::ReportingUnit>> = reading
        .reports
        .iter()
        .map(|r| r.reporting_unit.clone())
        .collect();
    use eu_clasi::{ReportingUnit, UnitKind};
    assert_eq!(
        units,
        [
            Some(ReportingUnit::new(UnitKind::Customs)),
            Some(ReportingUnit::named(
                UnitKind::FinancialIntelligenceUnit,
                "[Fictitious example] UIAF"
            )),
            Some(ReportingUnit::new(UnitKind::ProsecutionService)),
            Some(ReportingUnit::new(UnitKind::FinancialIntelligenceUnit)),
            None,
        ]
    );
}

#[test]
fn a_unit_without_kind_of_a_body_or_unknown_is_a_problem_at_its_cell() {
    let long = "x".repeat(201);
    let rows = [
        with_unit("Colombia", "", "[Fictitious example] Anti-drug unit"),
        with_unit("Europol", "policía", ""),
        with_unit("Colombia", "brigada", ""),
        with_unit("Colombia", "policía", &long),
        with_unit("Colombia", "policía", "dos\nlíneas"),
    ];
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let reading = read(&workbook(&rows, &[]), now()).unwrap();
    let shown: Vec<String> = reading.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "Informes!S2: el nombre de una unidad requiere el tipo de unidad en «Unidad informante»",
            "Informes!R3: «Europol» no es un Estado, así que no tiene unidad nacional; deje la unidad vacía",
            "Informes!R4: «brigada» no figura en la lista de «Unidad informante»; elija un valor de la lista desplegable",
            "Informes!S5: el texto tiene 201 caracteres; como máximo 200",
            "Informes!S6: el nombre de la unidad debe ocupar una línea, sin caracteres de control",
        ]
    );
    assert_eq!(reading.reports, []);
}

#[test]
fn the_unit_columns_follow_the_existing_ones_with_a_drop_down_of_unit_kinds() {
    use super::columns::{Field, LISTS, List, REPORT_COLUMNS, position};
    // Appended: the columns a workbook already sent out has keep their places.
    assert_eq!(position(REPORT_COLUMNS, Field::Created), 16);
    assert_eq!(position(REPORT_COLUMNS, Field::UnitKind), 17);
    assert_eq!(position(REPORT_COLUMNS, Field::UnitName), 18);
    assert_eq!(LISTS.last(), Some(&List::UnitKind));
    for &lang in Lang::all() {
        let entries = List::UnitKind.entries(lang);
        assert_eq!(entries.len(), eu_clasi::UnitKind::all().len());
        assert!(entries.iter().all(|(label, code)| {
            code.parse::<eu_clasi::UnitKind>()
                .is_ok_and(|k| k.label(lang) == label)
        }));
    }
}
