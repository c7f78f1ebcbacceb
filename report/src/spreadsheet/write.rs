//! Writing the reporting template.

use std::path::Path;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatBorder,
    Formula, Workbook, Worksheet,
};

use super::columns::{
    Column, Field, INDICATOR_COLUMNS, LISTS, List, REPORT_COLUMNS, position, repeats,
};
use super::text::Text;
use super::{Error, TEMPLATE_INDICATOR_ROWS, TEMPLATE_REPORT_ROWS};
use eu_clasi::{IndicatorValue, Lang, ProgressReport, Vocabulary};

/// The longest text Excel accepts as a cell's input message.
const INPUT_MESSAGE_MAX: usize = 255;
/// The longest text Excel accepts as an input message's title.
const INPUT_TITLE_MAX: usize = 32;

/// An XLSX reporting template in one language, empty or filled with reports to revise.
///
/// ```
/// use eu_clasi_report::spreadsheet::Template;
/// use eu_clasi::Lang;
///
/// let bytes = Template::new(Lang::Pt).to_bytes()?;
/// assert_eq!(&bytes[..2], b"PK"); // an XLSX file is a zip archive
/// # Ok::<(), eu_clasi_report::spreadsheet::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Template {
    lang: Lang,
    reports: Vec<ProgressReport>,
}

impl Template {
    /// An empty template in `lang`.
    pub const fn new(lang: Lang) -> Self {
        Template {
            lang,
            reports: Vec::new(),
        }
    }

    /// The template filled with `reports`, one row each, with their ids and creation times,
    /// so that the person revises them and the workbook read back revises the same reports.
    ///
    /// # Errors
    /// [`Error::NotRepresentable`] for a report the template cannot hold without losing
    /// something: evidence, extensions, a withdrawal, a summary in another language than the
    /// template's, more crime areas, partners or instruments than it has columns for, or a
    /// second revision of a report already given (give only the current revisions,
    /// [`current_revisions`](eu_clasi::current_revisions)).
    pub fn with_reports(
        mut self,
        reports: impl IntoIterator<Item = ProgressReport>,
    ) -> Result<Self, Error> {
        for report in reports {
            let lost = |what: String| Error::NotRepresentable {
                id: report.id,
                what,
            };
            if self.reports.iter().any(|r| r.id == report.id) {
                return Err(lost(
                    "place: another revision of it is already in the template (give the current revisions only)".into(),
                ));
            }
            if !report.evidence.is_empty() {
                return Err(lost("evidence".into()));
            }
            if !report.extensions.is_empty() {
                return Err(lost("extensions".into()));
            }
            if report.withdrawn {
                return Err(lost("withdrawal".into()));
            }
            if report.summary.lang != self.lang {
                return Err(lost(format!(
                    "summary's language ({}, the template's is {})",
                    report.summary.lang, self.lang
                )));
            }
            for (field, len, name) in [
                (Field::CrimeArea, report.crime_areas.len(), "crime areas"),
                (Field::Partner, report.partners.len(), "partners"),
                (Field::Instrument, report.instruments.len(), "instruments"),
            ] {
                if len > repeats(field) {
                    return Err(lost(format!(
                        "{name} beyond the first {} (it has {len})",
                        repeats(field)
                    )));
                }
            }
            self.reports.push(report);
        }
        Ok(self)
    }

    /// The workbook, as the bytes of an XLSX file.
    ///
    /// # Errors
    /// [`Error::Write`] if `rust_xlsxwriter` fails to build it.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        let mut workbook = self.workbook()?;
        Ok(workbook.save_to_buffer()?)
    }

    /// Writes the workbook to `path`.
    ///
    /// # Errors
    /// [`Error::Write`] if the workbook cannot be built, [`Error::Io`] if the file cannot be
    /// written.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let bytes = self.to_bytes()?;
        std::fs::write(path, bytes).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })
    }

    fn workbook(&self) -> Result<Workbook, Error> {
        let lang = self.lang;
        let mut workbook = Workbook::new();
        workbook.set_properties(
            &rust_xlsxwriter::DocProperties::new().set_title(Text::HelpTitle.get(lang)),
        );
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_background_color(Color::RGB(0x00DD_E6F0))
            .set_border_bottom(FormatBorder::Thin);
        let text = Format::new().set_num_format("@");
        let wrap = Format::new().set_text_wrap().set_num_format("@");
        let system = Format::new()
            .set_num_format("@")
            .set_font_color(Color::Gray);
        let lists_sheet = Text::SheetLists.get(lang);

        let rows = TEMPLATE_REPORT_ROWS.max(
            u32::try_from(self.reports.len())
                .unwrap_or(u32::MAX)
                .saturating_add(TEMPLATE_REPORT_ROWS),
        );
        let reports = workbook.add_worksheet();
        reports.set_name(Text::SheetReports.get(lang))?;
        sheet_columns(reports, REPORT_COLUMNS, lang, &header)?;
        for (c, column) in REPORT_COLUMNS.iter().enumerate() {
            let c = col_num(c);
            let format = match column.field {
                Field::Summary => &wrap,
                Field::Id | Field::Created => &system,
                _ => &text,
            };
            reports.set_column_format(c, format)?;
            if let Some(validation) = validation(*column, lang, lists_sheet)? {
                reports.add_data_validation(1, c, rows, c, &validation)?;
            }
        }
        self.write_reports(reports, &text, &wrap, &system)?;
        reports.set_active(true);

        let indicator_rows = TEMPLATE_INDICATOR_ROWS.max(
            self.indicator_count()
                .saturating_add(TEMPLATE_INDICATOR_ROWS),
        );
        let indicators = workbook.add_worksheet();
        indicators.set_name(Text::SheetIndicators.get(lang))?;
        sheet_columns(indicators, INDICATOR_COLUMNS, lang, &header)?;
        for (c, column) in INDICATOR_COLUMNS.iter().enumerate() {
            let c = col_num(c);
            if column.field != Field::Value && column.field != Field::ReportRow {
                indicators.set_column_format(c, &text)?;
            }
            let validation = match column.field {
                Field::ReportRow => Some(input_message(
                    DataValidation::new().allow_whole_number(DataValidationRule::Between(
                        2,
                        i32::try_from(rows + 1).unwrap_or(i32::MAX),
                    )),
                    *column,
                    lang,
                )?),
                _ => validation(*column, lang, lists_sheet)?,
            };
            if let Some(validation) = validation {
                indicators.add_data_validation(1, c, indicator_rows, c, &validation)?;
            }
        }
        self.write_indicators(indicators, &text)?;

        let help = workbook.add_worksheet();
        help.set_name(Text::SheetHelp.get(lang))?;
        write_help(help, lang, &header)?;

        let lists = workbook.add_worksheet();
        lists.set_name(lists_sheet)?;
        for (c, list) in LISTS.iter().enumerate() {
            let c = col_num(c);
            lists.write_string(0, c, list.title().get(lang))?;
            for (r, (label, _)) in list.entries(lang).iter().enumerate() {
                lists.write_string(row_num(r + 1), c, label)?;
            }
        }
        lists.set_hidden(true);
        Ok(workbook)
    }

    fn indicator_count(&self) -> u32 {
        let n: usize = self.reports.iter().map(|r| r.indicators.len()).sum();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    fn write_reports(
        &self,
        sheet: &mut Worksheet,
        text: &Format,
        wrap: &Format,
        system: &Format,
    ) -> Result<(), Error> {
        let lang = self.lang;
        let entries: Vec<Vec<(String, String)>> = LISTS.iter().map(|l| l.entries(lang)).collect();
        let label = |list: List, code: &str| -> String {
            let index = LISTS.iter().position(|&l| l == list).unwrap_or(0);
            entries
                .get(index)
                .and_then(|e| e.iter().find(|(_, c)| c == code))
                .map_or_else(|| code.to_owned(), |(l, _)| l.clone())
        };
        for (i, report) in self.reports.iter().enumerate() {
            let row = row_num(i + 1);
            let at = |field: Field| position(REPORT_COLUMNS, field);
            sheet.write_string_with_format(row, at(Field::Id), report.id.to_string(), system)?;
            sheet.write_string_with_format(
                row,
                at(Field::Action),
                label(List::Action, &report.action.to_string()),
                text,
            )?;
            sheet.write_string_with_format(
                row,
                at(Field::Reporter),
                label(List::Reporter, report.reporter.code()),
                text,
            )?;
            sheet.write_string_with_format(
                row,
                at(Field::Start),
                report.period.start.to_string(),
                text,
            )?;
            sheet.write_string_with_format(
                row,
                at(Field::End),
                report.period.end.to_string(),
                text,
            )?;
            sheet.write_string_with_format(
                row,
                at(Field::Status),
                label(List::Status, report.status.code()),
                text,
            )?;
            sheet.write_string_with_format(
                row,
                at(Field::Tlp),
                label(List::Tlp, report.tlp.code()),
                text,
            )?;
            sheet.write_string_with_format(row, at(Field::Summary), &report.summary.text, wrap)?;
            let lists = [
                (
                    Field::CrimeArea,
                    List::CrimeArea,
                    report
                        .crime_areas
                        .iter()
                        .map(|c| c.code())
                        .collect::<Vec<_>>(),
                ),
                (
                    Field::Partner,
                    List::Partner,
                    report.partners.iter().map(|a| a.code()).collect(),
                ),
                (
                    Field::Instrument,
                    List::Instrument,
                    report.instruments.iter().map(|i| i.code()).collect(),
                ),
            ];
            for (field, list, codes) in lists {
                for (n, code) in codes.iter().enumerate() {
                    let c = at(field) + col_num(n);
                    sheet.write_string_with_format(row, c, label(list, code), text)?;
                }
            }
            sheet.write_string_with_format(
                row,
                at(Field::Created),
                report.created.to_string(),
                system,
            )?;
            if let Some(unit) = &report.reporting_unit {
                sheet.write_string_with_format(
                    row,
                    at(Field::UnitKind),
                    label(List::UnitKind, unit.kind.code()),
                    text,
                )?;
                if let Some(name) = &unit.name {
                    sheet.write_string_with_format(row, at(Field::UnitName), name, text)?;
                }
            }
        }
        Ok(())
    }

    fn write_indicators(&self, sheet: &mut Worksheet, text: &Format) -> Result<(), Error> {
        let lang = self.lang;
        let kinds = List::Kind.entries(lang);
        let substances = List::Substance.entries(lang);
        let label = |entries: &[(String, String)], code: &str| {
            entries
                .iter()
                .find(|(_, c)| c == code)
                .map_or_else(|| code.to_owned(), |(l, _)| l.clone())
        };
        let at = |field: Field| position(INDICATOR_COLUMNS, field);
        let mut row = 1;
        for (i, report) in self.reports.iter().enumerate() {
            for indicator in &report.indicators {
                let kind = indicator.kind().code();
                sheet.write_number(row, at(Field::ReportRow), f64::from(row_num(i + 2)))?;
                sheet.write_string_with_format(row, at(Field::Kind), label(&kinds, kind), text)?;
                match indicator.value() {
                    IndicatorValue::Kilograms {
                        substance,
                        kilograms,
                    } => {
                        sheet.write_string_with_format(
                            row,
                            at(Field::Substance),
                            label(&substances, substance.code()),
                            text,
                        )?;
                        write_decimal(sheet, row, at(Field::Value), &kilograms.to_string())?;
                    }
                    IndicatorValue::Money(money) => {
                        write_decimal(sheet, row, at(Field::Value), &money.amount.to_string())?;
                        sheet.write_string_with_format(
                            row,
                            at(Field::Currency),
                            money.currency.code(),
                            text,
                        )?;
                    }
                    IndicatorValue::Count(count) => {
                        write_decimal(sheet, row, at(Field::Value), &count.to_string())?;
                    }
                }
                row += 1;
            }
        }
        Ok(())
    }
}

/// A number cell when the spreadsheet holds the value exactly (up to 15 significant digits),
/// a text cell otherwise, so that no digit is lost.
fn write_decimal(sheet: &mut Worksheet, row: u32, col: u16, decimal: &str) -> Result<(), Error> {
    let digits = decimal.bytes().filter(u8::is_ascii_digit).count();
    match decimal.parse::<f64>() {
        Ok(value) if digits <= 15 => sheet.write_number(row, col, value)?,
        _ => sheet.write_string(row, col, decimal)?,
    };
    Ok(())
}

fn col_num(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn row_num(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Headers, widths, and the frozen first row of a sheet.
fn sheet_columns(
    sheet: &mut Worksheet,
    columns: &[Column],
    lang: Lang,
    header: &Format,
) -> Result<(), Error> {
    for (c, column) in columns.iter().enumerate() {
        let c = col_num(c);
        sheet.write_string_with_format(0, c, column.header(lang), header)?;
        sheet.set_column_width(c, column.field.width())?;
    }
    sheet.set_row_height(0, 32)?;
    sheet.set_freeze_panes(1, 0)?;
    // The sheet of reports is wide: two pages across, so that it stays readable.
    print_setup(sheet, if columns.len() > 8 { 2 } else { 1 })?;
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Printed on landscape A4, `pages_wide` pages across, with gridlines.
fn print_setup(sheet: &mut Worksheet, pages_wide: u16) -> Result<(), Error> {
    const A4: u8 = 9;
    sheet
        .set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(pages_wide, 0)
        .set_print_gridlines(true);
    Ok(())
}

/// The data validation of a column: a drop-down list, a date's shape, a text's length, a
/// non-negative number.
fn validation(
    column: Column,
    lang: Lang,
    lists_sheet: &str,
) -> Result<Option<DataValidation>, Error> {
    let validation = if let Some(list) = column.field.list() {
        let index = LISTS.iter().position(|&l| l == list).unwrap_or(0);
        let len = list.entries(lang).len();
        let letter = column_letter(index);
        let formula = format!(
            "='{}'!${letter}$2:${letter}${}",
            lists_sheet.replace('\'', "''"),
            len + 1
        );
        DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_message(Text::PickFromList.get(lang))?
    } else {
        match column.field {
            Field::Start | Field::End => {
                let cell = format!(
                    "{}2",
                    column_letter(usize::from(position(REPORT_COLUMNS, column.field)))
                );
                DataValidation::new().allow_custom(Formula::new(format!(
                    "=OR(LEN({cell})=4,LEN({cell})=7,LEN({cell})=10)"
                )))
            }
            Field::Summary => DataValidation::new().allow_text_length(DataValidationRule::Between(
                1,
                u32::try_from(eu_clasi::contract::SUMMARY_MAX_CHARS).unwrap_or(u32::MAX),
            )),
            Field::UnitName => {
                DataValidation::new().allow_text_length(DataValidationRule::Between(
                    1,
                    u32::try_from(eu_clasi::contract::UNIT_NAME_MAX_CHARS).unwrap_or(u32::MAX),
                ))
            }
            Field::Value => DataValidation::new()
                .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
            _ => return Ok(None),
        }
    };
    Ok(Some(input_message(validation, column, lang)?))
}

fn input_message(
    validation: DataValidation,
    column: Column,
    lang: Lang,
) -> Result<DataValidation, Error> {
    let title: String = column.header(lang).chars().take(INPUT_TITLE_MAX).collect();
    let message: String = column
        .field
        .about_text(lang)
        .chars()
        .take(INPUT_MESSAGE_MAX)
        .collect();
    Ok(validation
        .set_input_title(title)?
        .set_input_message(message)?)
}

/// The letters of a 0-based column (`0` is `A`, `26` is `AA`).
pub(crate) fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// The characters of a line in the help sheet's widest column.
const HELP_LINE_CHARS: usize = 95;

fn write_help(sheet: &mut Worksheet, lang: Lang, header: &Format) -> Result<(), Error> {
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    sheet.write_string_with_format(0, 0, Text::HelpTitle.get(lang), &title)?;
    sheet.merge_range(1, 0, 1, 3, Text::HelpIntro.get(lang), &wrap)?;
    sheet.set_row_height(1, 64)?;
    for (c, (head, width)) in [
        (Text::HelpSheet, 14.0),
        (Text::HelpColumn, 28.0),
        (Text::HelpRequired, 12.0),
        (Text::HelpWhat, 90.0),
    ]
    .into_iter()
    .enumerate()
    {
        sheet.write_string_with_format(3, col_num(c), head.get(lang), header)?;
        sheet.set_column_width(col_num(c), width)?;
    }
    let mut row = 4;
    for (sheet_name, columns) in [
        (Text::SheetReports, REPORT_COLUMNS),
        (Text::SheetIndicators, INDICATOR_COLUMNS),
    ] {
        for (c, column) in columns.iter().enumerate() {
            if column.number > 1 {
                continue;
            }
            let name = if column.number == 1 {
                format!(
                    "{} 1–{}",
                    column.field.header().get(lang),
                    repeats(column.field)
                )
            } else {
                column.header(lang)
            };
            let required = if column.field.required() {
                Text::Yes
            } else {
                Text::No
            };
            sheet.write_string(
                row,
                0,
                format!("{}!{}", sheet_name.get(lang), column_letter(c)),
            )?;
            sheet.write_string(row, 1, name)?;
            sheet.write_string(row, 2, required.get(lang))?;
            let about = column.field.about_text(lang);
            sheet.write_string_with_format(row, 3, &about, &wrap)?;
            // Spreadsheets do not grow a row for wrapped text on opening: give it its lines.
            let lines = about.chars().count().div_ceil(HELP_LINE_CHARS).max(1);
            sheet.set_row_height(row, 15.0 * lines as f64 + 1.0)?;
            row += 1;
        }
    }
    sheet.set_freeze_panes(4, 0)?;
    print_setup(sheet, 1)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_the_spreadsheet() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_letter)
            .collect();
        assert_eq!(
            letters,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
    }

    #[test]
    fn every_list_fits_the_sheet_and_every_label_is_unique() {
        for &lang in Lang::all() {
            for list in LISTS {
                let entries = list.entries(lang);
                assert!(!entries.is_empty(), "{list:?}");
                let mut labels: Vec<&str> = entries.iter().map(|(l, _)| l.as_str()).collect();
                labels.sort_unstable();
                labels.dedup();
                assert_eq!(labels.len(), entries.len(), "{list:?} in {lang}");
            }
        }
    }
}
