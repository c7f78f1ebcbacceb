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
//! # Free text and formulas
//!
//! A few columns hold free text: a report's `summary` and `reporting_unit_name`, a piece of
//! evidence's `reference`, an operation's `name`. A spreadsheet opening a CSV file takes a
//! cell that starts with `=`, `+`, `-` or `@` (or a tab or a carriage return) for a formula
//! and runs it: `=1+1` shows as 2, and a `HYPERLINK` formula becomes a live link that can
//! send a cell elsewhere (OWASP, "CSV Injection"). By default such a free-text cell is
//! **neutralised** as OWASP describes: a single quote is put before it (`'=1+1`), which
//! LibreOffice and Excel show as the text `=1+1`. Only free-text cells starting with one of
//! those characters are changed; codes, dates and numbers never are. For pandas, DuckDB and
//! other programs that do not run formulas, [`TableOptions::raw_text`] writes free text
//! exactly as given.
//!
//! ```
//! use eu_clasi_report::tables::{Table, TableOptions, Tables};
//! use eu_clasi_sample as sample;
//!
//! let reports: Vec<_> = sample::progress_reports(7, 20).collect();
//! let tables = Tables::new(&reports, &[]);
//! assert_eq!(tables.rows(Table::Reports).len(), 20);
//! let mut csv = Vec::new();
//! tables.write(Table::Reports, &mut csv)?; // neutralised, safe to open in a spreadsheet
//! let text = String::from_utf8(csv)?;
//! assert!(text.starts_with("id,action,reporter,period_start,period_end,status,"));
//! let mut raw = Vec::new();
//! tables.write_with(Table::Reports, &mut raw, TableOptions { raw_text: true })?; // for pandas
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`Tables`] holds every row in memory; [`TablesWriter`] writes the tables of a stream of
//! records one record at a time, keeping only what the scorecard tables need.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::scorecard::{Scorecard, ScorecardBuilder, Totals};
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

/// How the CSV tables are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TableOptions {
    /// Write free text exactly as given, even a cell a spreadsheet would take for a formula
    /// (`=1+1`). `false` (the default) neutralises such cells with a leading single quote
    /// ([`neutralise`]): use the default for files people open in LibreOffice or Excel, and
    /// `true` for pandas, DuckDB and other programs that never run formulas.
    pub raw_text: bool,
}

/// A free-text cell made safe to open in a spreadsheet, as OWASP ("CSV Injection")
/// describes: text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which a
/// spreadsheet would take for a formula, gets a single quote in front (`'=1+1`); any other
/// text is returned as it is.
///
/// ```
/// use eu_clasi_report::tables::neutralise;
///
/// assert_eq!(neutralise("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(neutralise("-5 kg seized"), "'-5 kg seized");
/// assert_eq!(neutralise("Joint action"), "Joint action");
/// ```
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

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

    /// The columns of free text (see [`TableOptions`]): the only cells that are ever
    /// neutralised.
    pub fn free_text_columns(self) -> &'static [&'static str] {
        match self {
            Table::Reports => &["summary", "reporting_unit_name"],
            Table::Evidence => &["reference"],
            Table::JointOperations => &["name"],
            _ => &[],
        }
    }

    /// The positions of [`Table::free_text_columns`] among [`Table::columns`].
    fn free_text_positions(self) -> Vec<usize> {
        let free = self.free_text_columns();
        self.columns()
            .iter()
            .enumerate()
            .filter(|(_, c)| free.contains(c))
            .map(|(i, _)| i)
            .collect()
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

/// The rows a report gives: its row of `reports.csv`, its indicators' and its evidence's.
type ReportRows = (Vec<String>, Vec<Vec<String>>, Vec<Vec<String>>);

fn report_rows(r: &ProgressReport) -> ReportRows {
    let id = r.id.to_string();
    let row = vec![
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
    ];
    let indicators = r
        .indicators
        .iter()
        .enumerate()
        .map(|(i, indicator)| keyed(id.clone(), i, measure_cells(indicator)))
        .collect();
    let evidence = r
        .evidence
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let kind = match e {
                eu_clasi::Evidence::Document { .. } => "document",
                eu_clasi::Evidence::Url { .. } => "url",
            };
            keyed(id.clone(), i, [kind.to_owned(), e.reference().to_owned()])
        })
        .collect();
    (row, indicators, evidence)
}

/// The rows an operation gives: its row of `joint_operations.csv`, its participants' and
/// its outcomes'.
fn operation_rows(o: &JointOperation) -> ReportRows {
    let id = o.id.to_string();
    let row = vec![
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
    ];
    let participants = o
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| keyed(id.clone(), i, [p.code().to_owned()]))
        .collect();
    let outcomes = o
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, indicator)| keyed(id.clone(), i, measure_cells(indicator)))
        .collect();
    (row, participants, outcomes)
}

/// The rows of the three scorecard tables: actions, statuses and totals.
type ScorecardRows = (Vec<Vec<String>>, Vec<Vec<String>>, Vec<Vec<String>>);

fn scorecard_rows(card: &Scorecard) -> ScorecardRows {
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
    (actions, statuses, totals)
}

/// Writes one row, its free-text cells (at `free`) neutralised unless `options` say not.
fn write_row<W: Write>(
    writer: &mut csv::Writer<W>,
    row: &[String],
    free: &[usize],
    options: TableOptions,
) -> Result<(), csv::Error> {
    if options.raw_text || free.is_empty() {
        return writer.write_record(row);
    }
    writer.write_record(row.iter().enumerate().map(|(i, cell)| {
        if free.contains(&i) {
            neutralise(cell)
        } else {
            Cow::Borrowed(cell.as_str())
        }
        .into_owned()
    }))
}

/// Makes the folder the tables of `dir` are written into before it is renamed to `dir`.
fn begin_dir(dir: &Path) -> Result<PathBuf, Error> {
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
    std::fs::create_dir(&temp).map_err(|source| Error::Io {
        path: temp.clone(),
        source,
    })?;
    Ok(temp)
}

/// Renames the finished folder `temp` to `dir`.
fn commit_dir(temp: &Path, dir: &Path) -> Result<(), Error> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    if dir.exists() {
        std::fs::remove_dir(dir).map_err(io)?;
    }
    std::fs::rename(temp, dir).map_err(io)
}

fn create(path: PathBuf) -> Result<csv::Writer<BufWriter<File>>, Error> {
    let file = File::create(&path).map_err(|source| Error::Io { path, source })?;
    Ok(csv::Writer::from_writer(BufWriter::new(file)))
}

impl Tables {
    /// The tables of `reports` and `operations`, every revision as given (one row each);
    /// the scorecard tables count the current revisions only, as the scorecard does.
    pub fn new(reports: &[ProgressReport], operations: &[JointOperation]) -> Self {
        let mut report_rows_ = Vec::new();
        let mut indicators = Vec::new();
        let mut evidence = Vec::new();
        for r in reports {
            let (row, i, e) = report_rows(r);
            report_rows_.push(row);
            indicators.extend(i);
            evidence.extend(e);
        }
        let mut ops = Vec::new();
        let mut participants = Vec::new();
        let mut outcomes = Vec::new();
        for o in operations {
            let (row, p, out) = operation_rows(o);
            ops.push(row);
            participants.extend(p);
            outcomes.extend(out);
        }
        let (actions, statuses, totals) = scorecard_rows(&Scorecard::from_reports(reports));
        Tables {
            rows: vec![
                (Table::Reports, report_rows_),
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

    /// Writes `table` as CSV (RFC 4180, UTF-8, header row first) to `out`, free text
    /// neutralised ([`TableOptions::default`]).
    ///
    /// # Errors
    /// [`Error::Csv`] if writing fails.
    pub fn write(&self, table: Table, out: impl Write) -> Result<(), Error> {
        self.write_with(table, out, TableOptions::default())
    }

    /// Writes `table` as CSV (RFC 4180, UTF-8, header row first) to `out`, as `options` say.
    ///
    /// # Errors
    /// [`Error::Csv`] if writing fails.
    pub fn write_with(
        &self,
        table: Table,
        out: impl Write,
        options: TableOptions,
    ) -> Result<(), Error> {
        let file = table.file_name();
        let wrap = |source| Error::Csv { file, source };
        let free = table.free_text_positions();
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(table.columns()).map_err(wrap)?;
        for row in self.rows(table) {
            write_row(&mut writer, row, &free, options).map_err(wrap)?;
        }
        writer.flush().map_err(|e| wrap(e.into()))
    }

    /// Writes every table into the folder `dir` (which must not exist, or be empty), each
    /// under its [`Table::file_name`], free text neutralised; returns how many rows each
    /// has. See [`Tables::write_dir_with`].
    ///
    /// # Errors
    /// Those of [`Tables::write_dir_with`].
    pub fn write_dir(&self, dir: impl AsRef<Path>) -> Result<Vec<(Table, usize)>, Error> {
        self.write_dir_with(dir, TableOptions::default())
    }

    /// Writes every table into the folder `dir` (which must not exist, or be empty), each
    /// under its [`Table::file_name`], as `options` say; returns how many rows each has.
    /// The tables are written into a new folder beside `dir` that is renamed to `dir` at the
    /// end, so `dir` is never left half-written.
    ///
    /// # Errors
    /// [`Error::NotEmpty`] if `dir` holds files, [`Error::Io`] or [`Error::Csv`] if a file
    /// cannot be written (the temporary folder is then removed).
    pub fn write_dir_with(
        &self,
        dir: impl AsRef<Path>,
        options: TableOptions,
    ) -> Result<Vec<(Table, usize)>, Error> {
        let dir = dir.as_ref();
        let temp = begin_dir(dir)?;
        let result = self
            .write_all(&temp, options)
            .and_then(|counts| commit_dir(&temp, dir).map(|()| counts));
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
        result
    }

    fn write_all(&self, dir: &Path, options: TableOptions) -> Result<Vec<(Table, usize)>, Error> {
        let mut counts = Vec::new();
        for table in Table::ALL {
            let path = dir.join(table.file_name());
            let file = File::create(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            self.write_with(table, BufWriter::new(file), options)?;
            counts.push((table, self.rows(table).len()));
        }
        Ok(counts)
    }
}

/// One table being written by a [`TablesWriter`].
struct Open {
    table: Table,
    writer: csv::Writer<BufWriter<File>>,
    free: Vec<usize>,
    rows: usize,
}

impl Open {
    fn row(&mut self, row: &[String], options: TableOptions) -> Result<(), Error> {
        let file = self.table.file_name();
        write_row(&mut self.writer, row, &self.free, options)
            .map_err(|source| Error::Csv { file, source })?;
        self.rows += 1;
        Ok(())
    }
}

/// The CSV tables of a stream of records, written one record at a time into a folder: the
/// memory it takes grows with the number of distinct reports (what the scorecard tables
/// need of each, see [`ScorecardBuilder`]), never with the records' text. The same tables
/// as [`Tables::write_dir_with`], row for row.
///
/// The tables are written into a new folder beside the one asked for, renamed to it by
/// [`TablesWriter::finish`]; a writer dropped unfinished (after an error, say) removes it.
///
/// ```
/// use eu_clasi_report::tables::{TableOptions, TablesWriter};
///
/// let dir = std::env::temp_dir().join(format!("eu-clasi-doc-tables-{}", std::process::id()));
/// let mut writer = TablesWriter::create(&dir, TableOptions::default())?;
/// for report in eu_clasi_sample::progress_reports(7, 100) {
///     writer.add_report(&report)?;
/// }
/// let counts = writer.finish()?;
/// assert_eq!(counts[0].1, 100);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct TablesWriter {
    dir: PathBuf,
    temp: PathBuf,
    options: TableOptions,
    open: Vec<Open>,
    scorecard: ScorecardBuilder,
    finished: bool,
}

impl std::fmt::Debug for TablesWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TablesWriter")
            .field("dir", &self.dir)
            .field("temp", &self.temp)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl TablesWriter {
    /// Starts writing the tables into the folder `dir` (which must not exist, or be empty).
    ///
    /// # Errors
    /// [`Error::NotEmpty`] if `dir` holds files, [`Error::Io`] or [`Error::Csv`] if the
    /// files cannot be made.
    pub fn create(dir: impl AsRef<Path>, options: TableOptions) -> Result<Self, Error> {
        let dir = dir.as_ref().to_path_buf();
        let temp = begin_dir(&dir)?;
        let mut writer = TablesWriter {
            dir,
            temp,
            options,
            open: Vec::new(),
            scorecard: ScorecardBuilder::new(),
            finished: false,
        };
        for table in Table::ALL {
            let mut w = create(writer.temp.join(table.file_name()))?;
            w.write_record(table.columns())
                .map_err(|source| Error::Csv {
                    file: table.file_name(),
                    source,
                })?;
            writer.open.push(Open {
                table,
                writer: w,
                free: table.free_text_positions(),
                rows: 0,
            });
        }
        Ok(writer)
    }

    fn table(&mut self, table: Table) -> Option<&mut Open> {
        self.open.iter_mut().find(|o| o.table == table)
    }

    fn rows(&mut self, table: Table, rows: &[Vec<String>]) -> Result<(), Error> {
        let options = self.options;
        if let Some(open) = self.table(table) {
            for row in rows {
                open.row(row, options)?;
            }
        }
        Ok(())
    }

    /// Writes a report's rows (every revision as given) and counts it for the scorecard.
    ///
    /// # Errors
    /// [`Error::Csv`] if a row cannot be written.
    pub fn add_report(&mut self, report: &ProgressReport) -> Result<(), Error> {
        let (row, indicators, evidence) = report_rows(report);
        self.rows(Table::Reports, std::slice::from_ref(&row))?;
        self.rows(Table::Indicators, &indicators)?;
        self.rows(Table::Evidence, &evidence)?;
        self.scorecard.add(report);
        Ok(())
    }

    /// Writes an operation's rows.
    ///
    /// # Errors
    /// [`Error::Csv`] if a row cannot be written.
    pub fn add_operation(&mut self, operation: &JointOperation) -> Result<(), Error> {
        let (row, participants, outcomes) = operation_rows(operation);
        self.rows(Table::JointOperations, std::slice::from_ref(&row))?;
        self.rows(Table::Participants, &participants)?;
        self.rows(Table::Outcomes, &outcomes)
    }

    /// Writes the scorecard tables, closes every file and renames the folder to the one
    /// asked for; returns how many rows each table has, in [`Table::ALL`]'s order.
    ///
    /// # Errors
    /// [`Error::Csv`] or [`Error::Io`] if a file cannot be written or the folder renamed
    /// (the temporary folder is then removed).
    pub fn finish(mut self) -> Result<Vec<(Table, usize)>, Error> {
        let builder = std::mem::take(&mut self.scorecard);
        let (actions, statuses, totals) = scorecard_rows(&builder.finish());
        self.rows(Table::ScorecardActions, &actions)?;
        self.rows(Table::ScorecardStatuses, &statuses)?;
        self.rows(Table::ScorecardTotals, &totals)?;
        let mut counts = Vec::new();
        for mut open in std::mem::take(&mut self.open) {
            let file = open.table.file_name();
            open.writer.flush().map_err(|e| Error::Csv {
                file,
                source: e.into(),
            })?;
            counts.push((open.table, open.rows));
        }
        commit_dir(&self.temp, &self.dir)?;
        self.finished = true;
        Ok(counts)
    }
}

impl Drop for TablesWriter {
    fn drop(&mut self) {
        if !self.finished {
            self.open.clear();
            let _ = std::fs::remove_dir_all(&self.temp);
        }
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

    fn csv_of(tables: &Tables, table: Table, options: TableOptions) -> Vec<csv::StringRecord> {
        let mut out = Vec::new();
        tables.write_with(table, &mut out, options).unwrap();
        csv::Reader::from_reader(out.as_slice())
            .records()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn free_text_a_spreadsheet_would_run_is_neutralised_and_only_it() {
        let mut report = sample::progress_reports(5, 1).next().unwrap();
        report.summary.text = "=1+1".into();
        report.indicators = vec![Indicator::Arrests { count: 5 }];
        let tables = Tables::new(std::slice::from_ref(&report), &[]);
        let columns = Table::Reports.columns();
        let summary = columns.iter().position(|c| *c == "summary").unwrap();
        let rows = csv_of(&tables, Table::Reports, TableOptions::default());
        assert_eq!(&rows[0][summary], "'=1+1");
        // Codes, dates and numbers are never touched.
        assert_eq!(&rows[0][0], report.id.to_string());
        assert_eq!(&rows[0][1], report.action.to_string());
        let raw = csv_of(&tables, Table::Reports, TableOptions { raw_text: true });
        assert_eq!(&raw[0][summary], "=1+1");
        for start in ["+", "-", "@", "\t", "\r"] {
            assert!(
                neutralise(&format!("{start}x")).starts_with('\''),
                "{start:?}"
            );
        }
        for safe in ["", "a=1", " =1", "'=1", "1-2"] {
            assert_eq!(neutralise(safe), safe);
        }
        assert_eq!(Table::ScorecardTotals.free_text_columns(), &[] as &[&str]);
    }

    #[test]
    fn the_streaming_writer_writes_what_tables_write() {
        let mut reports: Vec<_> = sample::progress_reports(11, 200).collect();
        reports[3].summary.text = "@SUM(A1)".into();
        let operations: Vec<_> = sample::joint_operations(11, 20).collect();
        let base = std::env::temp_dir().join(format!("eu-clasi-stream-{}", std::process::id()));
        let (all, streamed) = (base.join("all"), base.join("streamed"));
        std::fs::create_dir_all(&base).unwrap();
        let counts = Tables::new(&reports, &operations).write_dir(&all).unwrap();
        let mut writer = TablesWriter::create(&streamed, TableOptions::default()).unwrap();
        for r in &reports {
            writer.add_report(r).unwrap();
        }
        for o in &operations {
            writer.add_operation(o).unwrap();
        }
        assert_eq!(writer.finish().unwrap(), counts);
        for table in Table::ALL {
            let a = std::fs::read(all.join(table.file_name())).unwrap();
            let b = std::fs::read(streamed.join(table.file_name())).unwrap();
            assert_eq!(a, b, "{table:?}");
        }
        // A writer dropped unfinished leaves nothing behind.
        let dropped = base.join("dropped");
        drop(TablesWriter::create(&dropped, TableOptions::default()).unwrap());
        let left: Vec<_> = std::fs::read_dir(&base).unwrap().collect();
        assert_eq!(left.len(), 2);
        std::fs::remove_dir_all(&base).unwrap();
    }
}
