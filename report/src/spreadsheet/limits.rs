//! What a workbook may cost to read: the limits, and the check of the archive against them
//! before calamine reads a byte of it.

use std::fmt;
use std::io::{BufReader, Cursor, Read};

use quick_xml::events::Event;

use super::{TEMPLATE_INDICATOR_ROWS, TEMPLATE_REPORT_ROWS};

/// The most a filled workbook may hold before [`read_with_limits`](super::read_with_limits)
/// refuses it, checked before anything sized by the workbook is allocated: a workbook past a
/// limit is refused whole with [`Error::Limit`](super::Error::Limit), naming the limit.
///
/// The defaults are sized to the template (1,000 reports and 5,000 indicators, texts at their
/// longest) with room to spare, and keep the memory of reading any workbook under 10 MB
/// below 256 MB. A service reading uploads can tighten them:
///
/// ```
/// use eu_clasi_report::spreadsheet::Limits;
///
/// let limits = Limits { max_rows: 2_000, max_problems: 100, ..Limits::default() };
/// assert!(limits.max_rows < Limits::default().max_rows);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// The most files the archive may hold (a template has about 15).
    pub max_entries: u64,
    /// The most bytes one file of the archive may hold once decompressed.
    pub max_entry_bytes: u64,
    /// The most bytes all the files of the archive may hold together once decompressed.
    pub max_total_bytes: u64,
    /// The most a file larger than [`Limits::ratio_floor_bytes`] may grow when
    /// decompressed, as a multiple of its compressed size: what a zip bomb exceeds.
    pub max_compression_ratio: u64,
    /// Files no larger than this, decompressed, are not held to the compression ratio.
    pub ratio_floor_bytes: u64,
    /// The most distinct strings the workbook's table of shared strings may hold (declared
    /// or found).
    pub max_shared_strings: u64,
    /// The most bytes of UTF-8 one string (shared or in a cell) may hold: Excel's own
    /// limit is 32,767 characters.
    pub max_string_bytes: u64,
    /// The most rows a sheet may reach (declared by its dimension or by a cell).
    pub max_rows: u32,
    /// The most columns a sheet may reach (declared by its dimension or by a cell).
    pub max_columns: u32,
    /// The most cells the workbook's sheets of reports and indicators may hold together (a
    /// full template holds about 45,000).
    pub max_cells: u64,
    /// The most bytes of text all the cells read may hold together, each use of a shared
    /// string counted: what a workbook using one long string in every cell exceeds.
    pub max_text_bytes: u64,
    /// The most problems reported for one sheet; the others are counted in
    /// [`Reading::problems_left_out`](super::Reading::problems_left_out).
    pub max_problems_per_sheet: usize,
    /// The most problems reported for the whole workbook; the others are counted in
    /// [`Reading::problems_left_out`](super::Reading::problems_left_out).
    pub max_problems: usize,
    /// The most characters of a cell's text quoted in a problem's message; longer texts are
    /// shortened, with an ellipsis.
    pub max_quoted_chars: usize,
}

const MIB: u64 = 1024 * 1024;

impl Default for Limits {
    fn default() -> Self {
        // The template's rows, with ten times the room: a workbook is refused only when it
        // is far past anything the template asks for.
        let rows = (TEMPLATE_REPORT_ROWS.max(TEMPLATE_INDICATOR_ROWS) + 1) * 10;
        Limits {
            max_entries: 1_000,
            max_entry_bytes: 32 * MIB,
            max_total_bytes: 64 * MIB,
            max_compression_ratio: 200,
            ratio_floor_bytes: MIB,
            max_shared_strings: 500_000,
            max_string_bytes: 4 * 32_767,
            max_rows: rows,
            max_columns: 256,
            max_cells: 600_000,
            max_text_bytes: 32 * MIB,
            max_problems_per_sheet: 1_000,
            max_problems: 2_000,
            max_quoted_chars: 80,
        }
    }
}

/// Which of the [`Limits`] a workbook exceeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::max_entries`].
    Entries,
    /// [`Limits::max_entry_bytes`].
    EntryBytes,
    /// [`Limits::max_total_bytes`].
    TotalBytes,
    /// [`Limits::max_compression_ratio`].
    CompressionRatio,
    /// [`Limits::max_shared_strings`].
    SharedStrings,
    /// [`Limits::max_string_bytes`].
    StringBytes,
    /// [`Limits::max_rows`].
    Rows,
    /// [`Limits::max_columns`].
    Columns,
    /// [`Limits::max_cells`].
    Cells,
    /// [`Limits::max_text_bytes`].
    TextBytes,
}

impl Limit {
    /// The name of the field of [`Limits`] that sets it (`max_rows`).
    pub const fn field(self) -> &'static str {
        match self {
            Limit::Entries => "max_entries",
            Limit::EntryBytes => "max_entry_bytes",
            Limit::TotalBytes => "max_total_bytes",
            Limit::CompressionRatio => "max_compression_ratio",
            Limit::SharedStrings => "max_shared_strings",
            Limit::StringBytes => "max_string_bytes",
            Limit::Rows => "max_rows",
            Limit::Columns => "max_columns",
            Limit::Cells => "max_cells",
            Limit::TextBytes => "max_text_bytes",
        }
    }

    /// What it limits, in words.
    pub const fn describe(self) -> &'static str {
        match self {
            Limit::Entries => "files in the archive",
            Limit::EntryBytes => "bytes in one decompressed file",
            Limit::TotalBytes => "decompressed bytes in all",
            Limit::CompressionRatio => "times its compressed size (a zip bomb?)",
            Limit::SharedStrings => "shared strings",
            Limit::StringBytes => "bytes in one string",
            Limit::Rows => "rows",
            Limit::Columns => "columns",
            Limit::Cells => "cells",
            Limit::TextBytes => "bytes of cell text",
        }
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.field())
    }
}

/// A limit exceeded: which, where, what was found and the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exceeded {
    /// Which limit.
    pub limit: Limit,
    /// Where: the file of the archive, or the sheet and cell.
    pub place: String,
    /// What was found (at least this much: reading stops at the limit).
    pub found: u64,
    /// The limit.
    pub max: u64,
}

impl fmt::Display for Exceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} {} where the limit is {} (Limits::{})",
            self.place,
            self.found,
            self.limit.describe(),
            self.max,
            self.limit.field()
        )
    }
}

fn over(limit: Limit, place: &str, found: u64, max: u64) -> Result<(), Exceeded> {
    if found > max {
        Err(Exceeded {
            limit,
            place: place.to_owned(),
            found,
            max,
        })
    } else {
        Ok(())
    }
}

/// Why the archive was refused before calamine read it.
#[derive(Debug)]
pub(crate) enum ArchiveError {
    Zip(zip::result::ZipError),
    Limit(Exceeded),
}

impl From<Exceeded> for ArchiveError {
    fn from(e: Exceeded) -> Self {
        ArchiveError::Limit(e)
    }
}

/// A reader that counts what it gives and stops one byte past `max`.
struct Counted<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Checks the archive against `limits` before anything else reads it: the central
/// directory's count of files and their declared sizes and ratios, then every file
/// decompressed as a stream (its true size, whatever its header says) and every table of
/// shared strings parsed as a stream (its declared and true count of strings, each string's
/// length). Nothing is held but one XML event at a time.
pub(crate) fn check_archive(bytes: &[u8], limits: &Limits) -> Result<(), ArchiveError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(ArchiveError::Zip)?;
    over(
        Limit::Entries,
        "the archive",
        archive.len() as u64,
        limits.max_entries,
    )?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(ArchiveError::Zip)?;
        let name = entry.name().map_err(ArchiveError::Zip)?.into_owned();
        let declared = entry.size();
        over(Limit::EntryBytes, &name, declared, limits.max_entry_bytes)?;
        total = total.saturating_add(declared);
        over(
            Limit::TotalBytes,
            "the archive",
            total,
            limits.max_total_bytes,
        )?;
        check_ratio(&name, declared, entry.compressed_size(), limits)?;
        // Read as a stream, at most one byte past what the limits allow: a header that lies
        // about the size gains nothing.
        let allowed = limits
            .max_entry_bytes
            .min(limits.max_total_bytes.saturating_sub(total - declared));
        let compressed = entry.compressed_size();
        let mut counted = Counted {
            inner: entry.take(allowed.saturating_add(1)),
            read: 0,
        };
        let is_xml = name.to_ascii_lowercase().ends_with(".xml");
        if is_xml {
            scan_xml(&mut counted, &name, limits)?;
        }
        std::io::copy(&mut counted, &mut std::io::sink())
            .map_err(|e| ArchiveError::Zip(e.into()))?;
        let found = counted.read;
        over(Limit::EntryBytes, &name, found, limits.max_entry_bytes)?;
        total = total - declared + found;
        over(
            Limit::TotalBytes,
            "the archive",
            total,
            limits.max_total_bytes,
        )?;
        check_ratio(&name, found, compressed, limits)?;
    }
    Ok(())
}

fn check_ratio(name: &str, size: u64, compressed: u64, limits: &Limits) -> Result<(), Exceeded> {
    if size <= limits.ratio_floor_bytes {
        return Ok(());
    }
    over(
        Limit::CompressionRatio,
        name,
        size / compressed.max(1),
        limits.max_compression_ratio,
    )
}

/// Scans one XML file of the archive as a stream: a table of shared strings (`<sst>`) is
/// held to the limits on strings (its `uniqueCount`, which calamine reserves room for, its
/// `<si>` count and each string's length), and no text may be longer than a string may be.
fn scan_xml(input: impl Read, name: &str, limits: &Limits) -> Result<(), ArchiveError> {
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(input));
    let mut buf = Vec::new();
    let mut strings: u64 = 0;
    let mut in_si = false;
    let mut si_bytes: u64 = 0;
    loop {
        buf.clear();
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            // Not well-formed: calamine says so in its own words, or never reads the file.
            Err(_) => return Ok(()),
        };
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "sst" => {
                    for attr in e.attributes().flatten() {
                        if matches!(attr.key.local_name().as_ref(), "uniqueCount" | "count") {
                            let n = attr.value.trim().parse::<u64>().unwrap_or(u64::MAX);
                            over(Limit::SharedStrings, name, n, limits.max_shared_strings)?;
                        }
                    }
                }
                "row" | "c" | "dimension" | "f" => {
                    let element = e.local_name();
                    let element = element.as_ref();
                    for attr in e.attributes().flatten() {
                        let key = attr.key.local_name();
                        let checked = match (element, key.as_ref()) {
                            ("row", "r") => Some(true),
                            ("c", "r") | ("dimension", "ref") => Some(false),
                            // A shared formula's range: calamine parses it, so it must be a
                            // reference a spreadsheet can hold, but it may span any rows.
                            ("f", "ref") => None,
                            _ => continue,
                        };
                        check_reference(&attr.value, checked, name, limits)?;
                    }
                }
                "si" => {
                    strings += 1;
                    over(
                        Limit::SharedStrings,
                        name,
                        strings,
                        limits.max_shared_strings,
                    )?;
                    in_si = true;
                    si_bytes = 0;
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "si" => in_si = false,
            Event::Text(t) => {
                let n = t.len() as u64;
                over(Limit::StringBytes, name, n, limits.max_string_bytes)?;
                if in_si {
                    si_bytes += n;
                    over(Limit::StringBytes, name, si_bytes, limits.max_string_bytes)?;
                }
            }
            Event::CData(t) => {
                over(
                    Limit::StringBytes,
                    name,
                    t.len() as u64,
                    limits.max_string_bytes,
                )?;
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// The most rows and columns a spreadsheet has (Excel's, `XFD1048576`).
const SHEET_ROWS: u64 = 1_048_576;
const SHEET_COLUMNS: u64 = 16_384;

/// Checks a cell reference (`B12`), a range of them (`A1:XFD1048576`) or a row number
/// (`12`, when `row_only` is `Some(true)`) before calamine parses it (it would overflow on
/// a row number past what a `u32` holds): against `limits` (`row_only` some), or against
/// the largest sheet a spreadsheet has (`row_only` none).
fn check_reference(
    value: &str,
    row_only: Option<bool>,
    name: &str,
    limits: &Limits,
) -> Result<(), Exceeded> {
    let (max_rows, max_columns) = match row_only {
        Some(_) => (u64::from(limits.max_rows), u64::from(limits.max_columns)),
        None => (SHEET_ROWS, SHEET_COLUMNS),
    };
    let place = |part: &str| format!("{name} ({})", super::read::quote(part, 40));
    for part in value.split([':', ' ']).filter(|p| !p.is_empty()) {
        let (letters, digits) = if row_only == Some(true) {
            ("", part)
        } else {
            let split = part
                .find(|c: char| !c.is_ascii_alphabetic() && c != '$')
                .unwrap_or(part.len());
            part.split_at(split)
        };
        let column = letters
            .chars()
            .filter(char::is_ascii_alphabetic)
            .fold(0u64, |n, c| {
                n.saturating_mul(26)
                    .saturating_add(u64::from(c.to_ascii_uppercase() as u8 - b'A' + 1))
            });
        let row = digits
            .trim_start_matches('$')
            .chars()
            .try_fold(0u64, |n, c| {
                c.to_digit(10)
                    .map(|d| n.saturating_mul(10).saturating_add(u64::from(d)))
            })
            // Not a number: calamine refuses it in its own words.
            .unwrap_or(0);
        if row > max_rows {
            return Err(Exceeded {
                limit: Limit::Rows,
                place: place(part),
                found: row,
                max: max_rows,
            });
        }
        if column > max_columns {
            return Err(Exceeded {
                limit: Limit::Columns,
                place: place(part),
                found: column,
                max: max_columns,
            });
        }
    }
    Ok(())
}
