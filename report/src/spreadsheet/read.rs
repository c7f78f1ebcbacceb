//! Reading a filled workbook back into progress reports.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, XlsxError};

use super::columns::{
    Field, INDICATOR_COLUMNS, List, REPORT_COLUMNS, Resolver, position, repeats, unit_of,
};
use super::limits::{ArchiveError, Exceeded, Limit, Limits, check_archive};
use super::text::Text;
use super::write::column_letter;
use super::{CellProblem, CellProblemKind, Error};
use eu_clasi::contract::{MAX_COUNT, SUMMARY_MAX_CHARS, UNIT_NAME_MAX_CHARS};
use eu_clasi::{
    ActionId, Actor, Indicator, IndicatorKind, IndicatorUnit, IndicatorValue, Lang, Money,
    PartialDate, Period, ProgressReport, RecordId, ReportingUnit, Summary, Timestamp, UnitKind,
    Validate, Vocabulary,
};

/// What a filled workbook holds: the reports read from its rows without a problem, and every
/// problem found, each with its cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The workbook's language (from its sheets' names).
    pub lang: Lang,
    /// The reports, in the order of their rows; a row with a problem gives none.
    pub reports: Vec<ProgressReport>,
    /// The problems, sheet by sheet, row by row, cell by cell: at most
    /// [`Limits::max_problems_per_sheet`] of a sheet and [`Limits::max_problems`] in all.
    pub problems: Vec<CellProblem>,
    /// How many more problems were found than [`Reading::problems`] lists (the rows they
    /// are in give no report all the same).
    pub problems_left_out: usize,
}

/// Reads a filled template (the bytes of an XLSX file) into progress reports, within the
/// default [`Limits`] (see [`read_with_limits`]).
///
/// Rows left empty are ignored. A row without an id gets a new random one (a version 4 UUID)
/// and `created` = `now`; a row with an id keeps it, and its creation time, so the reports
/// read are revisions of those sent before. Every report read has `modified` = `now`, its
/// summary in the workbook's language, and passes [`Validate`]; the rows that do not are
/// reported in [`Reading::problems`], in the workbook's language.
///
/// # Errors
/// [`Error::Read`] if the bytes are not an XLSX workbook, [`Error::Limit`] if it is past one
/// of the [`Limits`], [`Error::NotATemplate`] if it has no sheet of reports in any of the
/// four languages.
pub fn read(bytes: &[u8], now: Timestamp) -> Result<Reading, Error> {
    read_with_limits(bytes, now, &Limits::default())
}

/// Reads a filled template as [`read`] does, within `limits`.
///
/// Before calamine reads anything, the archive is checked as a stream (its files' count,
/// declared and true sizes and compression ratios, the declared and true count of shared
/// strings and their lengths); then the two sheets are read cell by cell, never as a grid
/// sized by their dimensions, and each cell's row and column, the count of cells and the
/// text they hold together are checked as they come. No workbook makes the reader allocate
/// more than the limits allow, whatever its dimensions say.
///
/// # Errors
/// Those of [`read`].
pub fn read_with_limits(bytes: &[u8], now: Timestamp, limits: &Limits) -> Result<Reading, Error> {
    check_archive(bytes, limits).map_err(|e| match e {
        ArchiveError::Zip(e) => Error::Read(XlsxError::Zip(e)),
        ArchiveError::Limit(e) => Error::Limit(e),
    })?;
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes))?;
    let names = workbook.sheet_names();
    let lang = Lang::all()
        .iter()
        .copied()
        .find(|&l| names.iter().any(|n| n == Text::SheetReports.get(l)))
        .ok_or_else(|| Error::NotATemplate {
            found: names.clone(),
        })?;
    let mut budget = Budget {
        cells: 0,
        text: 0,
        limits,
    };
    let reports_name = Text::SheetReports.get(lang);
    let reports = Sheet::read(
        &mut workbook,
        reports_name,
        REPORT_COLUMNS.len(),
        &mut budget,
    )?;
    let indicators_name = Text::SheetIndicators.get(lang);
    let indicators = if names.iter().any(|n| n == indicators_name) {
        Sheet::read(
            &mut workbook,
            indicators_name,
            INDICATOR_COLUMNS.len(),
            &mut budget,
        )?
    } else {
        Sheet::default()
    };
    Ok(Reader_::new(lang, now, *limits).read(&reports, &indicators))
}

/// Reads the filled template at `path` ([`read`]).
///
/// # Errors
/// [`Error::Io`] if the file cannot be read, and those of [`read`].
pub fn read_path(path: impl AsRef<Path>, now: Timestamp) -> Result<Reading, Error> {
    read_path_with_limits(path, now, &Limits::default())
}

/// Reads the filled template at `path` within `limits` ([`read_with_limits`]); a file
/// larger than the limits allow the archive is refused before it is read into memory.
///
/// # Errors
/// [`Error::Io`] if the file cannot be read, and those of [`read`].
pub fn read_path_with_limits(
    path: impl AsRef<Path>,
    now: Timestamp,
    limits: &Limits,
) -> Result<Reading, Error> {
    let path = path.as_ref();
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > limits.max_total_bytes {
        return Err(Error::Limit(Exceeded {
            limit: Limit::TotalBytes,
            place: path.display().to_string(),
            found: size,
            max: limits.max_total_bytes,
        }));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    read_with_limits(&bytes, now, limits)
}

/// The cells and text read so far, against the limits.
struct Budget<'a> {
    cells: u64,
    text: u64,
    limits: &'a Limits,
}

/// One cell as read: its value, and its formula when it has one.
#[derive(Debug, Clone)]
struct SheetCell {
    data: Data,
    formula: Option<String>,
}

/// The cells of one sheet the reader looks at (those in the template's columns), by
/// position: only the cells present are held, never a grid sized by the sheet's dimensions.
#[derive(Debug, Default)]
struct Sheet {
    cells: HashMap<(u32, u32), SheetCell>,
    last_row: u32,
}

impl Sheet {
    fn read<R: std::io::Read + std::io::Seek>(
        workbook: &mut Xlsx<R>,
        name: &str,
        columns: usize,
        budget: &mut Budget<'_>,
    ) -> Result<Sheet, Error> {
        let limits = budget.limits;
        let exceeded = |limit: Limit, place: String, found: u64, max: u64| {
            Error::Limit(Exceeded {
                limit,
                place,
                found,
                max,
            })
        };
        let mut reader = workbook.worksheet_cells_reader(name)?;
        let dims = reader.dimensions();
        let (rows, cols) = (dims.end.0, dims.end.1);
        if rows >= limits.max_rows {
            return Err(exceeded(
                Limit::Rows,
                format!("{name} (its declared dimension)"),
                u64::from(rows) + 1,
                u64::from(limits.max_rows),
            ));
        }
        if cols >= limits.max_columns {
            return Err(exceeded(
                Limit::Columns,
                format!("{name} (its declared dimension)"),
                u64::from(cols) + 1,
                u64::from(limits.max_columns),
            ));
        }
        let mut sheet = Sheet::default();
        // Shared formulas are read without expanding them (calamine would make room for
        // every shared index a cell names); their anchor's text is enough to show.
        while let Some(cell) = reader.next_cell_with_formula_metadata()? {
            let (row, col) = cell.pos;
            let place = || {
                format!(
                    "{name}!{}{}",
                    column_letter(col as usize),
                    u64::from(row) + 1
                )
            };
            if row >= limits.max_rows {
                return Err(exceeded(
                    Limit::Rows,
                    place(),
                    u64::from(row) + 1,
                    u64::from(limits.max_rows),
                ));
            }
            if col >= limits.max_columns {
                return Err(exceeded(
                    Limit::Columns,
                    place(),
                    u64::from(col) + 1,
                    u64::from(limits.max_columns),
                ));
            }
            budget.cells += 1;
            if budget.cells > limits.max_cells {
                return Err(exceeded(
                    Limit::Cells,
                    place(),
                    budget.cells,
                    limits.max_cells,
                ));
            }
            let text = match &cell.value {
                DataRef::SharedString(s) => s.len(),
                DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.len(),
                _ => 0,
            } as u64;
            if text > limits.max_string_bytes {
                return Err(exceeded(
                    Limit::StringBytes,
                    place(),
                    text,
                    limits.max_string_bytes,
                ));
            }
            if usize::try_from(col).is_ok_and(|c| c >= columns) {
                // Outside the template's columns: counted, never held.
                continue;
            }
            budget.text += text;
            if budget.text > limits.max_text_bytes {
                return Err(exceeded(
                    Limit::TextBytes,
                    place(),
                    budget.text,
                    limits.max_text_bytes,
                ));
            }
            let formula = cell.formula.map(|f| match f {
                calamine::XlsxFormulaMetadata::Normal { formula }
                | calamine::XlsxFormulaMetadata::Shared { formula, .. } => formula,
                _ => String::new(),
            });
            let data = Data::from(cell.value);
            if matches!(data, Data::Empty) && formula.is_none() {
                continue;
            }
            sheet.last_row = sheet.last_row.max(row);
            sheet.cells.insert((row, col), SheetCell { data, formula });
        }
        Ok(sheet)
    }

    fn get_value(&self, at: (u32, u32)) -> Option<&Data> {
        self.cells.get(&at).map(|c| &c.data)
    }

    fn formula(&self, at: (u32, u32)) -> Option<&str> {
        self.cells.get(&at).and_then(|c| c.formula.as_deref())
    }

    fn end(&self) -> Option<(u32, u32)> {
        (!self.cells.is_empty()).then_some((self.last_row, 0))
    }
}

/// A problem already recorded; the value it concerns is unusable.
struct Reported;

/// A cell's value as the reader sees it.
enum Value {
    Empty,
    Text(String),
    Int(i64),
    Float(f64),
    Date(u16, u8, u8),
    Error(String),
}

fn value(data: Option<&Data>) -> Value {
    match data {
        None | Some(Data::Empty) => Value::Empty,
        Some(Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => {
            // Kept as written: free text (a summary, a unit's name) comes back with its
            // spaces, tabs and line breaks; everything else is read trimmed.
            if s.trim().is_empty() {
                Value::Empty
            } else {
                Value::Text(s.clone())
            }
        }
        Some(Data::Int(i)) => Value::Int(*i),
        Some(Data::Float(f)) => Value::Float(*f),
        Some(Data::Bool(b)) => Value::Text(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Some(Data::DateTime(dt)) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Value::Date(y, m, d)
        }
        Some(Data::Error(e)) => Value::Error(e.to_string()),
    }
}

impl Value {
    /// The value written as text, as a person reads it in the cell.
    fn text(&self) -> Option<String> {
        match self {
            Value::Empty | Value::Error(_) => None,
            Value::Text(s) => Some(s.trim().to_owned()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Date(y, m, d) => Some(format!("{y:04}-{m:02}-{d:02}")),
        }
    }
}

/// A problem with the position it is sorted by.
struct Found {
    sheet: usize,
    row: u32,
    col: u16,
    problem: CellProblem,
}

struct Reader_ {
    lang: Lang,
    now: Timestamp,
    resolver: Resolver,
    found: Vec<Found>,
    limits: Limits,
    /// Problems found per sheet, listed or not.
    per_sheet: [usize; 2],
    left_out: usize,
}

/// A report read from a row, with the rows of its indicators.
struct Row {
    row: u32,
    report: ProgressReport,
    indicator_rows: Vec<u32>,
    /// Whether one of its indicators has a problem: the report is then left out too, never
    /// written without it.
    broken: bool,
}

const REPORTS: usize = 0;
const INDICATORS: usize = 1;

impl Reader_ {
    fn new(lang: Lang, now: Timestamp, limits: Limits) -> Self {
        Reader_ {
            lang,
            now,
            resolver: Resolver::new(lang),
            found: Vec::new(),
            limits,
            per_sheet: [0; 2],
            left_out: 0,
        }
    }

    fn sheet_name(&self, sheet: usize) -> &'static str {
        if sheet == REPORTS {
            Text::SheetReports.get(self.lang)
        } else {
            Text::SheetIndicators.get(self.lang)
        }
    }

    /// A cell whose text is none of its column's list: the problem names the text and the
    /// column's header.
    fn not_in_list(&mut self, sheet: usize, row: u32, col: u16, text: &str) -> Reported {
        let header = format!("«{}»", self.header(sheet, col));
        self.problem(
            sheet,
            row,
            col,
            CellProblemKind::NotInList,
            Text::NotInList,
            &[text, &header],
        )
    }

    fn problem(
        &mut self,
        sheet: usize,
        row: u32,
        col: u16,
        kind: CellProblemKind,
        text: Text,
        args: &[&str],
    ) -> Reported {
        let count = self.per_sheet.get_mut(sheet).map_or(0, |n| {
            *n += 1;
            *n
        });
        if count > self.limits.max_problems_per_sheet
            || self.found.len() >= self.limits.max_problems
        {
            self.left_out += 1;
            return Reported;
        }
        let quoted: Vec<String> = args
            .iter()
            .map(|a| quote(a, self.limits.max_quoted_chars))
            .collect();
        let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
        let problem = CellProblem {
            sheet: self.sheet_name(sheet).to_owned(),
            cell: format!("{}{}", column_letter(usize::from(col)), row + 1),
            kind,
            message: text.fill(self.lang, &quoted),
        };
        self.found.push(Found {
            sheet,
            row,
            col,
            problem,
        });
        Reported
    }

    fn header(&self, sheet: usize, col: u16) -> String {
        let columns = if sheet == REPORTS {
            REPORT_COLUMNS
        } else {
            INDICATOR_COLUMNS
        };
        columns
            .get(usize::from(col))
            .map(|c| c.header(self.lang))
            .unwrap_or_default()
    }

    /// The value of a cell; a cell holding a formula or showing an error is reported.
    fn cell(&mut self, range: &Sheet, sheet: usize, row: u32, col: u16) -> Result<Value, Reported> {
        if let Some(formula) = range.formula((row, u32::from(col))) {
            let shown = if formula.is_empty() {
                "=…".to_owned()
            } else {
                format!("={formula}")
            };
            return Err(self.problem(
                sheet,
                row,
                col,
                CellProblemKind::Formula,
                Text::Formula,
                &[&shown],
            ));
        }
        match value(range.get_value((row, u32::from(col)))) {
            Value::Error(e) => Err(self.problem(
                sheet,
                row,
                col,
                CellProblemKind::CellError,
                Text::CellError,
                &[&e],
            )),
            v => Ok(v),
        }
    }

    /// The text of a cell, trimmed, `None` when empty; a cell holding a formula or showing
    /// an error is reported.
    fn text(
        &mut self,
        range: &Sheet,
        sheet: usize,
        row: u32,
        col: u16,
    ) -> Result<Option<String>, Reported> {
        Ok(self.cell(range, sheet, row, col)?.text())
    }

    /// The text of a cell of free text exactly as written (spaces, tabs and line breaks
    /// kept), `None` when empty or blank.
    fn free_text(
        &mut self,
        range: &Sheet,
        sheet: usize,
        row: u32,
        col: u16,
    ) -> Result<Option<String>, Reported> {
        Ok(match self.cell(range, sheet, row, col)? {
            Value::Text(s) => Some(s),
            v => v.text(),
        })
    }

    fn required(
        &mut self,
        range: &Sheet,
        sheet: usize,
        row: u32,
        col: u16,
    ) -> Result<String, Reported> {
        match self.text(range, sheet, row, col)? {
            Some(t) => Ok(t),
            None => {
                let header = self.header(sheet, col);
                Err(self.problem(
                    sheet,
                    row,
                    col,
                    CellProblemKind::Missing,
                    Text::Missing,
                    &[&header],
                ))
            }
        }
    }

    /// The wire code a cell picks from a list; `None` when the cell is empty.
    fn pick(
        &mut self,
        text: Option<String>,
        list: List,
        sheet: usize,
        row: u32,
        col: u16,
    ) -> Result<Option<String>, Reported> {
        let Some(text) = text else { return Ok(None) };
        match self.resolver.resolve(list, &text) {
            Some(code) => Ok(Some(code)),
            None => Err(self.not_in_list(sheet, row, col, &text)),
        }
    }

    fn pick_required<T: std::str::FromStr>(
        &mut self,
        range: &Sheet,
        list: List,
        row: u32,
        col: u16,
    ) -> Result<T, Reported> {
        let text = self.required(range, REPORTS, row, col)?;
        let code = self.pick(Some(text.clone()), list, REPORTS, row, col)?;
        match code.and_then(|c| c.parse().ok()) {
            Some(v) => Ok(v),
            None => Err(self.not_in_list(REPORTS, row, col, &text)),
        }
    }

    fn date(&mut self, range: &Sheet, row: u32, col: u16) -> Result<PartialDate, Reported> {
        let text = self.required(range, REPORTS, row, col)?;
        text.parse().map_err(|_| {
            self.problem(
                REPORTS,
                row,
                col,
                CellProblemKind::NotADate,
                Text::NotADate,
                &[&text],
            )
        })
    }

    fn read(mut self, reports: &Sheet, indicators: &Sheet) -> Reading {
        let mut rows: Vec<Row> = Vec::new();
        // Rows of the sheet of reports that hold something (read or not), by 0-based row.
        let mut filled: HashMap<u32, Option<usize>> = HashMap::new();
        let mut ids: HashMap<RecordId, u32> = HashMap::new();
        let last = reports.end().map_or(0, |(r, _)| r);
        for row in 1..=last {
            if is_empty_row(reports, row, REPORT_COLUMNS.len()) {
                continue;
            }
            let read = self.report_row(reports, row);
            let index = read.ok().and_then(|report| {
                if let Some(&first) = ids.get(&report.id) {
                    let id = report.id.to_string();
                    let first = (first + 1).to_string();
                    self.problem(
                        REPORTS,
                        row,
                        position(REPORT_COLUMNS, Field::Id),
                        CellProblemKind::BadId,
                        Text::DuplicateId,
                        &[&id, &first],
                    );
                    return None;
                }
                ids.insert(report.id, row);
                rows.push(Row {
                    row,
                    report,
                    indicator_rows: Vec::new(),
                    broken: false,
                });
                Some(rows.len() - 1)
            });
            filled.insert(row, index);
        }

        let last = indicators.end().map_or(0, |(r, _)| r);
        for row in 1..=last {
            if is_empty_row(indicators, row, INDICATOR_COLUMNS.len()) {
                continue;
            }
            let (report_row, indicator) = self.indicator_row(indicators, row);
            let Ok(report_row) = report_row else {
                continue;
            };
            let target = report_row
                .checked_sub(1)
                .and_then(|r| filled.get(&r).copied());
            match target {
                // The report's own row has a problem, already reported.
                Some(None) => {}
                Some(Some(index)) => {
                    if let Some(r) = rows.get_mut(index) {
                        match indicator {
                            Ok(indicator) => {
                                r.report.indicators.push(indicator);
                                r.indicator_rows.push(row);
                            }
                            Err(Reported) => r.broken = true,
                        }
                    }
                }
                None => {
                    let n = report_row.to_string();
                    let sheet = format!("«{}»", Text::SheetReports.get(self.lang));
                    self.problem(
                        INDICATORS,
                        row,
                        position(INDICATOR_COLUMNS, Field::ReportRow),
                        CellProblemKind::NoSuchReport,
                        Text::NoSuchReport,
                        &[&n, &sheet],
                    );
                }
            }
        }

        let mut out = Vec::new();
        for row in rows {
            // Validated even when broken, so that every problem of the row is reported.
            if self.validate(&row) && !row.broken {
                out.push(row.report);
            }
        }
        self.found.sort_by_key(|f| (f.sheet, f.row, f.col));
        Reading {
            lang: self.lang,
            reports: out,
            problems: self.found.into_iter().map(|f| f.problem).collect(),
            problems_left_out: self.left_out,
        }
    }

    /// Reads one row of the sheet of reports; every problem is recorded.
    fn report_row(&mut self, range: &Sheet, row: u32) -> Result<ProgressReport, Reported> {
        let at = |field| position(REPORT_COLUMNS, field);
        let id: Result<Option<RecordId>, _> = self.parsed(
            range,
            row,
            Field::Id,
            (CellProblemKind::BadId, Text::NotAnId),
        );
        let action = self.pick_required::<ActionId>(range, List::Action, row, at(Field::Action));
        let reporter = self.pick_required::<Actor>(range, List::Reporter, row, at(Field::Reporter));
        let start = self.date(range, row, at(Field::Start));
        let end = self.date(range, row, at(Field::End));
        let status = self.pick_required(range, List::Status, row, at(Field::Status));
        let tlp = self.pick_required(range, List::Tlp, row, at(Field::Tlp));
        let summary = self
            .free_text(range, REPORTS, row, at(Field::Summary))
            .and_then(|t| match t {
                Some(t) => Ok(t),
                None => self.required(range, REPORTS, row, at(Field::Summary)),
            });
        let crime_areas = self.picks(range, row, Field::CrimeArea, List::CrimeArea);
        let partners = self.picks(range, row, Field::Partner, List::Partner);
        let instruments = self.picks(range, row, Field::Instrument, List::Instrument);
        let created: Result<Option<Timestamp>, _> = self.parsed(
            range,
            row,
            Field::Created,
            (CellProblemKind::NotADate, Text::NotATimestamp),
        );
        let unit = self.reporting_unit(range, row);
        let (id, created) = (id?, created?);
        let id = match id {
            Some(id) => id,
            None => new_id().map_err(|e| {
                self.problem(
                    REPORTS,
                    row,
                    at(Field::Id),
                    CellProblemKind::BadId,
                    Text::Other,
                    &[&e.to_string()],
                )
            })?,
        };
        let mut report = ProgressReport::new(
            id,
            action?,
            reporter?,
            Period::new(start?, end?),
            status?,
            Summary::new(self.lang, summary?),
            created.unwrap_or(self.now),
            tlp?,
        );
        report.modified = self.now;
        report.crime_areas = crime_areas?;
        report.partners = partners?;
        report.instruments = instruments?;
        report.reporting_unit = unit?;
        Ok(report)
    }

    /// The reporting unit of a row: none when both its cells are empty; a name without a
    /// kind is a problem at the name's cell.
    fn reporting_unit(
        &mut self,
        range: &Sheet,
        row: u32,
    ) -> Result<Option<ReportingUnit>, Reported> {
        let kind_col = position(REPORT_COLUMNS, Field::UnitKind);
        let name_col = position(REPORT_COLUMNS, Field::UnitName);
        let kind = self
            .text(range, REPORTS, row, kind_col)
            .and_then(|t| self.pick(t, List::UnitKind, REPORTS, row, kind_col));
        let name = self.free_text(range, REPORTS, row, name_col);
        let (kind, name) = (kind?, name?);
        match (kind, name) {
            (None, None) => Ok(None),
            (None, Some(_)) => {
                let header = format!("«{}»", self.header(REPORTS, kind_col));
                Err(self.problem(
                    REPORTS,
                    row,
                    name_col,
                    CellProblemKind::Inconsistent,
                    Text::UnitNameWithoutKind,
                    &[&header],
                ))
            }
            (Some(code), name) => match code.parse::<UnitKind>() {
                Ok(kind) => Ok(Some(ReportingUnit { kind, name })),
                Err(_) => Err(self.not_in_list(REPORTS, row, kind_col, &code)),
            },
        }
    }

    /// An optional cell of the sheet of reports parsed as a `T` (an id, a timestamp); `None`
    /// when empty, a problem of `kind` with `text` when it does not parse.
    fn parsed<T: std::str::FromStr>(
        &mut self,
        range: &Sheet,
        row: u32,
        field: Field,
        (kind, text): (CellProblemKind, Text),
    ) -> Result<Option<T>, Reported> {
        let col = position(REPORT_COLUMNS, field);
        let Some(value) = self.text(range, REPORTS, row, col)? else {
            return Ok(None);
        };
        value
            .parse()
            .map(Some)
            .map_err(|_| self.problem(REPORTS, row, col, kind, text, &[&value]))
    }

    /// The values of a repeated column, in column order, empty cells skipped.
    fn picks<T: std::str::FromStr>(
        &mut self,
        range: &Sheet,
        row: u32,
        field: Field,
        list: List,
    ) -> Result<Vec<T>, Reported> {
        let first = position(REPORT_COLUMNS, field);
        let mut out = Vec::new();
        let mut failed = false;
        for n in 0..repeats(field) {
            let col = first + u16::try_from(n).unwrap_or(0);
            let picked = self
                .text(range, REPORTS, row, col)
                .and_then(|t| self.pick(t, list, REPORTS, row, col));
            match picked {
                Ok(Some(code)) => match code.parse() {
                    Ok(v) => out.push(v),
                    Err(_) => failed = true,
                },
                Ok(None) => {}
                Err(Reported) => failed = true,
            }
        }
        if failed { Err(Reported) } else { Ok(out) }
    }

    /// Reads one row of the sheet of indicators: the report's row number (1-based) and the
    /// indicator, each or both with a problem.
    fn indicator_row(
        &mut self,
        range: &Sheet,
        row: u32,
    ) -> (Result<u32, Reported>, Result<Indicator, Reported>) {
        let report_row = self.report_row_number(range, row);
        let indicator = self.indicator(range, row);
        (report_row, indicator)
    }

    fn indicator(&mut self, range: &Sheet, row: u32) -> Result<Indicator, Reported> {
        let at = |field| position(INDICATOR_COLUMNS, field);
        let kind = self
            .text(range, INDICATORS, row, at(Field::Kind))
            .and_then(|t| match t {
                Some(t) => self.pick(Some(t), List::Kind, INDICATORS, row, at(Field::Kind)),
                None => {
                    let header = self.header(INDICATORS, at(Field::Kind));
                    Err(self.problem(
                        INDICATORS,
                        row,
                        at(Field::Kind),
                        CellProblemKind::Missing,
                        Text::Missing,
                        &[&header],
                    ))
                }
            })
            .and_then(|k| k.ok_or(Reported));
        let unit = kind.as_ref().ok().and_then(|k| unit_of(k));
        let value = self.number(range, row, unit, kind.is_ok());
        let substance = self.optional_pick(range, row, Field::Substance, List::Substance);
        let currency = self.optional_pick(range, row, Field::Currency, List::Currency);
        let (kind, value, substance, currency) = (kind?, value?, substance?, currency?);
        let mismatch = |reader: &mut Self, field: Field, text: Text, kinds: &[IndicatorKind]| {
            let labels: Vec<&str> = kinds.iter().map(|k| k.label(reader.lang)).collect();
            Err(reader.problem(
                INDICATORS,
                row,
                at(field),
                CellProblemKind::Inconsistent,
                text,
                &labels,
            ))
        };
        let seizure = [IndicatorKind::DrugSeizure];
        let money = [
            IndicatorKind::AssetsFrozen,
            IndicatorKind::AssetsConfiscated,
        ];
        if unit != Some(IndicatorUnit::Kilograms) && substance.is_some() {
            return mismatch(self, Field::Substance, Text::SubstanceNotUsed, &seizure);
        }
        if unit != Some(IndicatorUnit::Money) && currency.is_some() {
            return mismatch(self, Field::Currency, Text::CurrencyNotUsed, &money);
        }
        match unit {
            Some(IndicatorUnit::Kilograms) if substance.is_none() => {
                return mismatch(self, Field::Substance, Text::SubstanceRequired, &seizure);
            }
            Some(IndicatorUnit::Money) if currency.is_none() => {
                return mismatch(self, Field::Currency, Text::CurrencyRequired, &money);
            }
            _ => {}
        }
        // The codes and numbers were read from the lists and checked above: a failure here is
        // reported at the kind's cell, as any other the reader did not foresee.
        let read = || -> Result<Indicator, eu_clasi::Error> {
            let kind: IndicatorKind = kind.parse()?;
            let measured = match kind.unit() {
                IndicatorUnit::Kilograms => IndicatorValue::Kilograms {
                    substance: substance.as_deref().unwrap_or_default().parse()?,
                    kilograms: value.parse()?,
                },
                IndicatorUnit::Money => IndicatorValue::Money(Money::new(
                    value.parse()?,
                    currency.as_deref().unwrap_or_default().parse()?,
                )),
                IndicatorUnit::Count => IndicatorValue::Count(value.parse().map_err(|_| {
                    eu_clasi::Error::InvalidValue {
                        what: "count",
                        input: value.clone(),
                        reason: "not a whole number".to_owned(),
                    }
                })?),
            };
            // The value was made in the kind's unit, so the indicator exists.
            Indicator::new(kind, measured).ok_or_else(|| eu_clasi::Error::InvalidValue {
                what: "indicator",
                input: kind.code().to_owned(),
                reason: "a value in another unit".to_owned(),
            })
        };
        read().map_err(|e| {
            self.problem(
                INDICATORS,
                row,
                at(Field::Kind),
                CellProblemKind::Invalid,
                Text::Other,
                &[&e.to_string()],
            )
        })
    }

    fn optional_pick(
        &mut self,
        range: &Sheet,
        row: u32,
        field: Field,
        list: List,
    ) -> Result<Option<String>, Reported> {
        let col = position(INDICATOR_COLUMNS, field);
        let text = self.text(range, INDICATORS, row, col)?;
        self.pick(text, list, INDICATORS, row, col)
    }

    fn report_row_number(&mut self, range: &Sheet, row: u32) -> Result<u32, Reported> {
        let col = position(INDICATOR_COLUMNS, Field::ReportRow);
        let v = self.cell(range, INDICATORS, row, col)?;
        let n = match &v {
            Value::Int(i) => u32::try_from(*i).ok(),
            Value::Float(f) if f.fract() == 0.0 && *f >= 0.0 && *f <= f64::from(u32::MAX) => {
                Some(*f as u32)
            }
            Value::Text(t) => t.parse().ok(),
            _ => None,
        };
        match (n, v) {
            (Some(n), _) => Ok(n),
            (None, Value::Empty) => self
                .required(range, INDICATORS, row, col)
                .and(Err(Reported)),
            (None, Value::Error(_)) => self.text(range, INDICATORS, row, col).and(Err(Reported)),
            (None, v) => {
                let text = v.text().unwrap_or_default();
                Err(self.problem(
                    INDICATORS,
                    row,
                    col,
                    CellProblemKind::NotANumber,
                    Text::NotANumber,
                    &[&text],
                ))
            }
        }
    }

    /// An indicator's value as a decimal string: a whole number for a count (or when the
    /// kind is unknown), an exact decimal for kilograms and amounts.
    fn number(
        &mut self,
        range: &Sheet,
        row: u32,
        unit: Option<IndicatorUnit>,
        kind_known: bool,
    ) -> Result<String, Reported> {
        let col = position(INDICATOR_COLUMNS, Field::Value);
        let v = self.cell(range, INDICATORS, row, col)?;
        let shown = v.text().unwrap_or_default();
        let text = match &v {
            Value::Empty => return self.required(range, INDICATORS, row, col),
            Value::Error(_) => return self.text(range, INDICATORS, row, col).and(Err(Reported)),
            Value::Date(..) => None,
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => {
                if significant_digits(*f) > 15 {
                    return Err(self.problem(
                        INDICATORS,
                        row,
                        col,
                        CellProblemKind::AmbiguousNumber,
                        Text::InexactNumber,
                        &[&shown],
                    ));
                }
                Some(f.to_string())
            }
            Value::Text(t) => match localized_number(t.trim(), self.lang) {
                Ok(n) => Some(n),
                Err(NumberText::Ambiguous) => {
                    return Err(self.problem(
                        INDICATORS,
                        row,
                        col,
                        CellProblemKind::AmbiguousNumber,
                        Text::AmbiguousNumber,
                        &[&shown],
                    ));
                }
                Err(NumberText::Miswritten) => {
                    return Err(self.problem(
                        INDICATORS,
                        row,
                        col,
                        CellProblemKind::NotANumber,
                        Text::NumberWritten,
                        &[&shown],
                    ));
                }
                Err(NumberText::NotANumber) => None,
            },
        };
        let Some(text) = text else {
            return Err(self.problem(
                INDICATORS,
                row,
                col,
                CellProblemKind::NotANumber,
                Text::NotANumber,
                &[&shown],
            ));
        };
        if !kind_known {
            return Ok(text);
        }
        match unit {
            Some(IndicatorUnit::Kilograms | IndicatorUnit::Money) => {
                match text.parse::<eu_clasi::Amount>() {
                    Ok(a) => Ok(a.to_string()),
                    Err(_) => Err(self.problem(
                        INDICATORS,
                        row,
                        col,
                        CellProblemKind::NotANumber,
                        Text::NotAnAmount,
                        &[&shown],
                    )),
                }
            }
            _ => match text.parse::<u64>() {
                Ok(n) if n <= MAX_COUNT => Ok(n.to_string()),
                _ => {
                    let max = MAX_COUNT.to_string();
                    Err(self.problem(
                        INDICATORS,
                        row,
                        col,
                        CellProblemKind::NotANumber,
                        Text::NotAWholeNumber,
                        &[&shown, &max],
                    ))
                }
            },
        }
    }

    /// Checks a report read from a row and reports its problems at their cells; whether it
    /// passed.
    fn validate(&mut self, row: &Row) -> bool {
        let problems = row.report.problems();
        let at = |field| position(REPORT_COLUMNS, field);
        for p in &problems {
            let r = &row.report;
            let (sheet, line, col, text, args): (usize, u32, u16, Text, Vec<String>) =
                match (p.path.as_str(), p.rule) {
                    ("/period", _) => (
                        REPORTS,
                        row.row,
                        at(Field::End),
                        Text::PeriodOrder,
                        vec![r.period.end.to_string(), r.period.start.to_string()],
                    ),
                    ("/action", _) => (
                        REPORTS,
                        row.row,
                        at(Field::Action),
                        Text::NotInList,
                        vec![
                            r.action.to_string(),
                            format!("«{}»", self.header(REPORTS, at(Field::Action))),
                        ],
                    ),
                    ("/reporter", _) => (
                        REPORTS,
                        row.row,
                        at(Field::Reporter),
                        Text::NotStateOrBody,
                        vec![r.reporter.label(self.lang).to_owned()],
                    ),
                    ("/modified", _) => (
                        REPORTS,
                        row.row,
                        at(Field::Created),
                        Text::CreatedInFuture,
                        vec![r.created.to_string(), r.modified.to_string()],
                    ),
                    ("/reporting_unit", _) => (
                        REPORTS,
                        row.row,
                        at(Field::UnitKind),
                        Text::UnitOfABody,
                        vec![r.reporter.label(self.lang).to_owned()],
                    ),
                    ("/reporting_unit/name", _) => {
                        let chars = r
                            .reporting_unit
                            .as_ref()
                            .and_then(|u| u.name.as_ref())
                            .map_or(0, |n| n.chars().count());
                        if chars > UNIT_NAME_MAX_CHARS {
                            (
                                REPORTS,
                                row.row,
                                at(Field::UnitName),
                                Text::TooLong,
                                vec![chars.to_string(), UNIT_NAME_MAX_CHARS.to_string()],
                            )
                        } else {
                            (
                                REPORTS,
                                row.row,
                                at(Field::UnitName),
                                Text::UnitNameOneLine,
                                vec![],
                            )
                        }
                    }
                    ("/summary/text", _) => (
                        REPORTS,
                        row.row,
                        at(Field::Summary),
                        Text::TooLong,
                        vec![
                            r.summary.text.chars().count().to_string(),
                            SUMMARY_MAX_CHARS.to_string(),
                        ],
                    ),
                    (path, _) if path.starts_with("/indicators/") => {
                        let index: usize = path
                            .split('/')
                            .nth(2)
                            .and_then(|i| i.parse().ok())
                            .unwrap_or(0);
                        let line = row.indicator_rows.get(index).copied().unwrap_or(row.row);
                        let value = r
                            .indicators
                            .get(index)
                            .and_then(Indicator::count)
                            .map(|c| c.to_string())
                            .unwrap_or_default();
                        (
                            INDICATORS,
                            line,
                            position(INDICATOR_COLUMNS, Field::Value),
                            Text::CountTooLarge,
                            vec![value, MAX_COUNT.to_string()],
                        )
                    }
                    _ => (
                        REPORTS,
                        row.row,
                        at(Field::Id),
                        Text::Other,
                        vec![format!("{}: {}", p.path, p.message)],
                    ),
                };
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            self.problem(sheet, line, col, CellProblemKind::Invalid, text, &args);
        }
        problems.is_empty()
    }
}

fn is_empty_row(range: &Sheet, row: u32, columns: usize) -> bool {
    (0..columns).all(|c| {
        let c = u32::try_from(c).unwrap_or(u32::MAX);
        matches!(value(range.get_value((row, c))), Value::Empty)
    })
}

/// A new random record id (a version 4 UUID), through [`RecordId`]'s text form.
fn new_id() -> Result<RecordId, eu_clasi::Error> {
    uuid::Uuid::new_v4().to_string().parse()
}

/// A cell's text as a problem's message quotes it: control characters (ANSI escapes among
/// them) written as the JSON tools write them (`\u001b`, `\n`), and shortened to `max`
/// characters with an ellipsis.
pub(crate) fn quote(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i >= max {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// A number's whole part and decimals (`None` when it has none) when `text` is well-formed
/// with `decimal` before the decimals and the whole part grouped by threes with `group` or
/// spaces, or not grouped at all.
fn split_number(text: &str, decimal: char, group: char) -> Option<(&str, Option<&str>)> {
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let mut parts = text.split(decimal);
    let int = parts.next()?;
    let frac = parts.next();
    if parts.next().is_some() || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    let mut groups = int.split(|c: char| c == group || is_space(c));
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let ok = digits(first)
        && (rest.is_empty() || first.len() <= 3)
        && rest.iter().all(|g| g.len() == 3 && digits(g));
    ok.then_some((int, frac))
}

/// How many significant digits the shortest decimal that reads back as `f` has: more than
/// 15 and the number is not one a spreadsheet holds exactly.
fn significant_digits(f: f64) -> usize {
    let e = format!("{:e}", f.abs());
    let mantissa = e.split('e').next().unwrap_or("");
    mantissa.chars().filter(char::is_ascii_digit).count()
}

/// Why a text is not read as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberText {
    /// It could be read as two numbers (`1,234` in an English workbook).
    Ambiguous,
    /// It looks like a number written another language's way (`1,5` in an English one).
    Miswritten,
    /// It is not a number at all.
    NotANumber,
}

/// A number typed as text, read the way the workbook's language writes numbers: a point
/// before the decimals in English, a comma in Spanish, Portuguese and French; thousands
/// may be grouped by threes with the other sign or with spaces. Returns the number as a
/// plain decimal (`1234.5`).
///
/// A text that is a number either way (`1,234` in English: one thousand two hundred and
/// thirty-four, or a decimal written with a comma) is [`NumberText::Ambiguous`]; one that
/// is well-formed only in another language's way (`1,5` or `12,50` in English) is
/// [`NumberText::Miswritten`]. Neither is ever guessed.
fn localized_number(text: &str, lang: Lang) -> Result<String, NumberText> {
    let (decimal, group) = if lang == Lang::En {
        ('.', ',')
    } else {
        (',', '.')
    };
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    let numeric = |c: char| c.is_ascii_digit() || c == decimal || c == group || is_space(c);
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    if body.is_empty()
        || !body.chars().all(numeric)
        || !body.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(NumberText::NotANumber);
    }
    let (int, frac) = match split_number(body, decimal, group) {
        Some(parts) => parts,
        // Not this language's way: say so when it is another's.
        None if split_number(body, group, decimal).is_some() => {
            return Err(NumberText::Miswritten);
        }
        None => return Err(NumberText::NotANumber),
    };
    let int_digits: String = int.chars().filter(char::is_ascii_digit).collect();
    // One group sign and no decimals: a thousands separator here, a decimal sign in the
    // other way of writing. Spaces group only.
    if frac.is_none() && int.matches(group).count() == 1 {
        return Err(NumberText::Ambiguous);
    }
    Ok(match frac {
        Some(f) => format!("{sign}{int_digits}.{f}"),
        None => format!("{sign}{int_digits}"),
    })
}

#[cfg(test)]
mod quote_and_number_tests {
    use super::*;

    #[test]
    fn quoted_text_is_escaped_and_shortened() {
        assert_eq!(quote("a\u{1b}[31mb\nc\td", 80), "a\\u001b[31mb\\nc\\td");
        assert_eq!(quote("\u{202e}evil", 80), "\\u202eevil");
        assert_eq!(quote(&"x".repeat(100), 80), format!("{}…", "x".repeat(80)));
        assert_eq!(quote("short", 80), "short");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(localized_number("1.234,5", Lang::Es), Ok("1234.5".into()));
        assert_eq!(localized_number("-12,5", Lang::Pt), Ok("-12.5".into()));
        assert_eq!(
            localized_number("1\u{202f}234,5", Lang::Fr),
            Ok("1234.5".into())
        );
        assert_eq!(
            localized_number("1,234", Lang::En),
            Err(NumberText::Ambiguous)
        );
        assert_eq!(
            localized_number("1.234", Lang::Pt),
            Err(NumberText::Ambiguous)
        );
        assert_eq!(
            localized_number("12,5", Lang::En),
            Err(NumberText::Miswritten)
        );
        assert_eq!(
            localized_number("1,2345", Lang::En),
            Err(NumberText::Miswritten)
        );
        assert_eq!(
            localized_number("doce", Lang::Es),
            Err(NumberText::NotANumber)
        );
        assert_eq!(
            localized_number("1.2.3", Lang::En),
            Err(NumberText::NotANumber)
        );
        assert_eq!(localized_number("", Lang::En), Err(NumberText::NotANumber));
        assert_eq!(significant_digits(123_456_789_012_345.0), 15);
        assert_eq!(significant_digits(12_345_678_901_234_567.0), 17);
        assert_eq!(significant_digits(0.1), 1);
    }
}
