//! Records and scorecards as CSV tables, for spreadsheets, pandas and DuckDB.
//!
//! Each [`Table`] has stable, documented column names ([`Table::columns`]) and one row per
//! record or per item of a record's list, keyed by the record's id. Values are written as
//! the JSON wire form writes them: wire codes (`1.vi`, `state:CO`, `TLP:AMBER`), dates as
//! `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, timestamps in RFC 3339, booleans as `true`/`false`,
//! and amounts and kilograms as **exact decimal strings** (`1250000.5`): read them as text
//! (`dtype=str` in pandas, `VARCHAR` or `DECIMAL(22,4)` in DuckDB) to keep every digit. A
//! list of codes in one cell (a report's crime areas, say) is joined by `;`. An empty cell
//! is an absent value.
//!
//! ```
//! use eu_clasi_report::tables::{Table, Tables};
//! use eu_clasi_sample as sample;
//!
//! let reports: Vec<_> = sample::progress_reports(7, 20).collect();
//! let tables = Tables::new(&reports, &[]);
//! assert_eq!(tables.rows(Table::Reports).len(), 20);
//! let mut csv = Vec::new();
//! tables.write(Table::Reports, &mut csv)?;
//! let text = String::from_utf8(csv)?;
//! assert!(text.starts_with("id,action,reporter,period_start,period_end,status,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::scorecard::{Scorecard, Totals};
use eu_clasi::{
    Indicator, IndicatorKind, IndicatorValue, JointOperation, ProgressReport, Vocabulary,
};

/// What went wrong writing a table.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The csv crate could not write a row.
    #[error("cannot write {file}: {source}")]
    Csv {
        /// The table's file name.
        file: &'static str,
        /// What the csv crate said.
        #[source]
        source: csv::Error,
    },
    /// A file or folder could not be made.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The output folder exists and is not empty: nothing is overwritten.
    #[error("{0}: the folder exists and is not empty; nothing was written")]
    NotEmpty(PathBuf),
}

/// One CSV table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    /// `reports.csv`: one row per progress report.
    Reports,
    /// `indicators.csv`: one row per indicator of a report, keyed by `report_id`.
    Indicators,
    /// `evidence.csv`: one row per piece of evidence of a report, keyed by `report_id`.
    Evidence,
    /// `joint_operations.csv`: one row per joint operation.
    JointOperations,
    /// `participants.csv`: one row per participant of an operation, keyed by `operation_id`.
    Participants,
    /// `outcomes.csv`: one row per outcome of an operation, keyed by `operation_id`.
    Outcomes,
    /// `scorecard_actions.csv`: one row per roadmap action of the reports' scorecard.
    ScorecardActions,
    /// `scorecard_statuses.csv`: one row per action and actor: the actor's latest status.
    ScorecardStatuses,
    /// `scorecard_totals.csv`: one row per total of the scorecard (for the roadmap, each
    /// pillar and each action), in its unit.
    ScorecardTotals,
}

/// The columns an indicator or an outcome takes: what it measures and its value in one of
/// `count`, `kilograms` (with `substance`) or `amount` (with `currency`).
const MEASURE: [&str; 6] = [
    "kind",
    "count",
    "kilograms",
    "substance",
    "amount",
    "currency",
];

impl Table {
    /// Every table, in the order [`Tables::write_dir`] writes them.
    pub const ALL: [Table; 9] = [
        Table::Reports,
        Table::Indicators,
        Table::Evidence,
        Table::JointOperations,
        Table::Participants,
        Table::Outcomes,
        Table::ScorecardActions,
        Table::ScorecardStatuses,
        Table::ScorecardTotals,
    ];

    /// The table's file name (`reports.csv`).
    pub const fn file_name(self) -> &'static str {
        match self {
            Table::Reports => "reports.csv",
            Table::Indicators => "indicators.csv",
            Table::Evidence => "evidence.csv",
            Table::JointOperations => "joint_operations.csv",
            Table::Participants => "participants.csv",
            Table::Outcomes => "outcomes.csv",
            Table::ScorecardActions => "scorecard_actions.csv",
            Table::ScorecardStatuses => "scorecard_statuses.csv",
            Table::ScorecardTotals => "scorecard_totals.csv",
        }
    }

    /// The table's column names, in order: its header row. They are stable: a column is
    /// never renamed or removed.
    pub fn columns(self) -> Vec<&'static str> {
        let measure = |key: &'static str| {
            let mut c = vec![key, "position"];
            c.extend(MEASURE);
            c
        };
        match self {
            Table::Reports => vec![
                "id",
                "action",
                "reporter",
                "period_start",
                "period_end",
                "status",
                "summary_lang",
                "summary",
                "crime_areas",
                "partners",
                "instruments",
                "created",
                "modified",
                "tlp",
                "withdrawn",
                "extensions",
                "reporting_unit_kind",
                "reporting_unit_name",
            ],
            Table::Indicators => measure("report_id"),
            Table::Evidence => vec!["report_id", "position", "kind", "reference"],
            Table::JointOperations => vec![
                "id",
                "name",
                "kind",
                "crime_areas",
                "lead",
                "supporting_bodies",
                "instruments",
                "period_start",
                "period_end",
                "actions",
                "tlp",
                "created",
                "modified",
                "withdrawn",
                "extensions",
            ],
            Table::Participants => vec!["operation_id", "position", "participant"],
            Table::Outcomes => measure("operation_id"),
            Table::ScorecardActions => {
                vec!["pillar", "action", "reports", "actors", "has_progress"]
            }
            Table::ScorecardStatuses => {
                vec![
                    "action",
                    "actor",
                    "status",
                    "modified",
                    "reports",
                    "unit_kinds",
                ]
            }
            Table::ScorecardTotals => vec![
                "scope",
                "pillar",
                "action",
                "kind",
                "substance",
                "currency",
                "value",
                "overflowed",
            ],
        }
    }
}

/// The tables of a set of records: progress reports, joint operations, and the scorecard of
/// the reports ([`Scorecard::from_reports`]).
#[derive(Debug, Clone)]
pub struct Tables {
    rows: Vec<(Table, Vec<Vec<String>>)>,
}

fn joined<T: Vocabulary>(items: &[T]) -> String {
    items.iter().map(|i| i.code()).collect::<Vec<_>>().join(";")
}

fn extensions_cell(e: &eu_clasi::Extensions) -> String {
    if e.is_empty() {
        String::new()
    } else {
        serde_json::to_string(e).unwrap_or_default()
    }
}

/// An indicator's cells after its key and position, in the order of `MEASURE`.
fn measure_cells(indicator: &Indicator) -> [String; 6] {
    let kind = indicator.kind().code().to_owned();
    let none = String::new;
    match indicator.value() {
        IndicatorValue::Count(count) => [kind, count.to_string(), none(), none(), none(), none()],
        IndicatorValue::Kilograms {
            substance,
            kilograms,
        } => [
            kind,
            none(),
            kilograms.to_string(),
            substance.code().to_owned(),
            none(),
            none(),
        ],
        IndicatorValue::Money(money) => [
            kind,
            none(),
            none(),
            none(),
            money.amount.to_string(),
            money.currency.code().to_owned(),
        ],
    }
}

fn keyed(key: String, position: usize, rest: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut row = vec![key, position.to_string()];
    row.extend(rest);
    row
}

/// The rows of one scope's totals.
fn total_rows(scope: &str, pillar: String, action: String, totals: &Totals) -> Vec<Vec<String>> {
    let row = |kind: &str, substance: String, currency: String, value: String, over: bool| {
        vec![
            scope.to_owned(),
            pillar.clone(),
            action.clone(),
            kind.to_owned(),
            substance,
            currency,
            value,
            over.to_string(),
        ]
    };
    let mut rows = Vec::new();
    for (kind, n) in &totals.counts {
        rows.push(row(
            kind.code(),
            String::new(),
            String::new(),
            n.to_string(),
            false,
        ));
    }
    for (s, kg) in &totals.kilograms {
        rows.push(row(
            IndicatorKind::DrugSeizure.code(),
            s.code().to_owned(),
            String::new(),
            kg.to_string(),
            false,
        ));
    }
    for (kind, sums) in [
        (IndicatorKind::AssetsFrozen, &totals.frozen),
        (IndicatorKind::AssetsConfiscated, &totals.confiscated),
    ] {
        for (c, a) in sums {
            rows.push(row(
                kind.code(),
                String::new(),
                c.code().to_owned(),
                a.to_string(),
                false,
            ));
        }
    }
    for m in &totals.overflowed {
        use crate::scorecard::Measure;
        let (kind, substance, currency) = match *m {
            Measure::Count(k) => (k, String::new(), String::new()),
            Measure::Kilograms(s) => (
                IndicatorKind::DrugSeizure,
                s.code().to_owned(),
                String::new(),
            ),
            Measure::Frozen(c) => (
                IndicatorKind::AssetsFrozen,
                String::new(),
                c.code().to_owned(),
            ),
            Measure::Confiscated(c) => (
                IndicatorKind::AssetsConfiscated,
                String::new(),
                c.code().to_owned(),
            ),
        };
        rows.push(row(kind.code(), substance, currency, String::new(), true));
    }
    rows
}

impl Tables {
    /// The tables of `reports` and `operations`, every revision as given (one row each);
    /// the scorecard tables count the current revisions only, as the scorecard does.
    pub fn new(reports: &[ProgressReport], operations: &[JointOperation]) -> Self {
        let mut report_rows = Vec::new();
        let mut indicators = Vec::new();
        let mut evidence = Vec::new();
        for r in reports {
            let id = r.id.to_string();
            report_rows.push(vec![
                id.clone(),
                r.action.to_string(),
                r.reporter.code().to_owned(),
                r.period.start.to_string(),
                r.period.end.to_string(),
                r.status.code().to_owned(),
                r.summary.lang.code().to_owned(),
                r.summary.text.clone(),
                joined(&r.crime_areas),
                joined(&r.partners),
                joined(&r.instruments),
                r.created.to_string(),
                r.modified.to_string(),
                r.tlp.code().to_owned(),
                r.withdrawn.to_string(),
                extensions_cell(&r.extensions),
                r.reporting_unit
                    .as_ref()
                    .map(|u| u.kind.code().to_owned())
                    .unwrap_or_default(),
                r.reporting_unit
                    .as_ref()
                    .and_then(|u| u.name.clone())
                    .unwrap_or_default(),
            ]);
            for (i, indicator) in r.indicators.iter().enumerate() {
                indicators.push(keyed(id.clone(), i, measure_cells(indicator)));
            }
            for (i, e) in r.evidence.iter().enumerate() {
                let kind = match e {
                    eu_clasi::Evidence::Document { .. } => "document",
                    eu_clasi::Evidence::Url { .. } => "url",
                };
                evidence.push(keyed(
                    id.clone(),
                    i,
                    [kind.to_owned(), e.reference().to_owned()],
                ));
            }
        }
        let mut ops = Vec::new();
        let mut participants = Vec::new();
        let mut outcomes = Vec::new();
        for o in operations {
            let id = o.id.to_string();
            ops.push(vec![
                id.clone(),
                o.name.clone(),
                o.kind.code().to_owned(),
                joined(&o.crime_areas),
                o.lead.code().to_owned(),
                joined(&o.supporting_bodies),
                joined(&o.instruments),
                o.period.start.to_string(),
                o.period.end.to_string(),
                o.actions
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(";"),
                o.tlp.code().to_owned(),
                o.created.to_string(),
                o.modified.to_string(),
                o.withdrawn.to_string(),
                extensions_cell(&o.extensions),
            ]);
            for (i, p) in o.participants.iter().enumerate() {
                participants.push(keyed(id.clone(), i, [p.code().to_owned()]));
            }
            for (i, indicator) in o.outcomes.iter().enumerate() {
                outcomes.push(keyed(id.clone(), i, measure_cells(indicator)));
            }
        }
        let card = Scorecard::from_reports(reports);
        let mut actions = Vec::new();
        let mut statuses = Vec::new();
        let mut totals = total_rows("roadmap", String::new(), String::new(), &card.totals);
        for p in &card.pillars {
            totals.extend(total_rows(
                "pillar",
                p.number.to_string(),
                String::new(),
                &p.totals,
            ));
            for a in &p.actions {
                actions.push(vec![
                    p.number.to_string(),
                    a.id.to_string(),
                    a.reports.to_string(),
                    a.actors.len().to_string(),
                    a.has_progress.to_string(),
                ]);
                for s in &a.actors {
                    statuses.push(vec![
                        a.id.to_string(),
                        s.actor.code().to_owned(),
                        s.status.code().to_owned(),
                        s.modified.to_string(),
                        s.reports.to_string(),
                        s.units
                            .iter()
                            .map(|u| u.code())
                            .collect::<Vec<_>>()
                            .join(";"),
                    ]);
                }
                totals.extend(total_rows(
                    "action",
                    p.number.to_string(),
                    a.id.to_string(),
                    &a.totals,
                ));
            }
        }
        Tables {
            rows: vec![
                (Table::Reports, report_rows),
                (Table::Indicators, indicators),
                (Table::Evidence, evidence),
                (Table::JointOperations, ops),
                (Table::Participants, participants),
                (Table::Outcomes, outcomes),
                (Table::ScorecardActions, actions),
                (Table::ScorecardStatuses, statuses),
                (Table::ScorecardTotals, totals),
            ],
        }
    }

    /// The rows of `table`, without the header, each with one cell per column.
    pub fn rows(&self, table: Table) -> &[Vec<String>] {
        self.rows
            .iter()
            .find(|(t, _)| *t == table)
            .map_or(&[], |(_, rows)| rows.as_slice())
    }

    /// Writes `table` as CSV (RFC 4180, UTF-8, header row first) to `out`.
    ///
    /// # Errors
    /// [`Error::Csv`] if writing fails.
    pub fn write(&self, table: Table, out: impl Write) -> Result<(), Error> {
        let file = table.file_name();
        let wrap = |source| Error::Csv { file, source };
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(table.columns()).map_err(wrap)?;
        for row in self.rows(table) {
            writer.write_record(row).map_err(wrap)?;
        }
        writer.flush().map_err(|e| wrap(e.into()))
    }

    /// Writes every table into the folder `dir` (which must not exist, or be empty), each
    /// under its [`Table::file_name`]; returns how many rows each has. The tables are
    /// written into a new folder beside `dir` that is renamed to `dir` at the end, so `dir`
    /// is never left half-written.
    ///
    /// # Errors
    /// [`Error::NotEmpty`] if `dir` holds files, [`Error::Io`] or [`Error::Csv`] if a file
    /// cannot be written (the temporary folder is then removed).
    pub fn write_dir(&self, dir: impl AsRef<Path>) -> Result<Vec<(Table, usize)>, Error> {
        let dir = dir.as_ref();
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        if let Ok(mut entries) = std::fs::read_dir(dir)
            && entries.next().is_some()
        {
            return Err(Error::NotEmpty(dir.to_path_buf()));
        }
        let name = dir
            .file_name()
            .map_or_else(|| "tables".into(), |n| n.to_string_lossy().into_owned());
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = parent.join(format!(".{name}.partial-{}", std::process::id()));
        std::fs::create_dir(&temp).map_err(io(&temp))?;
        let written = self.write_all(&temp);
        let result = written.and_then(|counts| {
            if dir.exists() {
                std::fs::remove_dir(dir).map_err(io(dir))?;
            }
            std::fs::rename(&temp, dir).map_err(io(dir))?;
            Ok(counts)
        });
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
        result
    }

    fn write_all(&self, dir: &Path) -> Result<Vec<(Table, usize)>, Error> {
        let mut counts = Vec::new();
        for table in Table::ALL {
            let path = dir.join(table.file_name());
            let file = std::fs::File::create(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            self.write(table, std::io::BufWriter::new(file))?;
            counts.push((table, self.rows(table).len()));
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eu_clasi_sample as sample;

    #[test]
    fn every_row_has_one_cell_per_column() {
        let reports: Vec<_> = sample::progress_reports(3, 300).collect();
        let tables = Tables::new(&reports, &[]);
        for table in Table::ALL {
            let width = table.columns().len();
            for row in tables.rows(table) {
                assert_eq!(row.len(), width, "{table:?}");
            }
        }
        let indicators: usize = reports.iter().map(|r| r.indicators.len()).sum();
        assert_eq!(tables.rows(Table::Indicators).len(), indicators);
        assert_eq!(tables.rows(Table::ScorecardActions).len(), 17);
    }

    #[test]
    fn amounts_are_written_exactly_and_read_back_by_the_csv_crate() {
        let mut report = sample::progress_reports(1, 1).next().unwrap();
        report.indicators = vec![Indicator::AssetsFrozen {
            amount: eu_clasi::Money::new(
                "999999999999999999.9999".parse().unwrap(),
                eu_clasi::Currency::EUR,
            ),
        }];
        let tables = Tables::new(std::slice::from_ref(&report), &[]);
        let mut out = Vec::new();
        tables.write(Table::Indicators, &mut out).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let headers = reader.headers().unwrap().clone();
        let record = reader.records().next().unwrap().unwrap();
        let amount = headers.iter().position(|h| h == "amount").unwrap();
        assert_eq!(&record[amount], "999999999999999999.9999");
        assert_eq!(&record[0], report.id.to_string());
    }

    #[test]
    fn write_dir_refuses_a_folder_with_files_and_leaves_nothing_behind() {
        let base = std::env::temp_dir().join(format!("eu-clasi-tables-{}", std::process::id()));
        std::fs::create_dir_all(&base).unwrap();
        let out = base.join("out");
        let tables = Tables::new(&[], &[]);
        let counts = tables.write_dir(&out).unwrap();
        assert_eq!(counts.len(), Table::ALL.len());
        assert!(matches!(tables.write_dir(&out), Err(Error::NotEmpty(_))));
        let left: Vec<_> = std::fs::read_dir(&base).unwrap().collect();
        assert_eq!(left.len(), 1); // only out/, no partial folder
        std::fs::remove_dir_all(&base).unwrap();
    }
}
