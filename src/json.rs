//! Reading JSON and JSON Lines, with the JSON Pointer path of every error.
//!
//! Two ways to read: [`from_str`], [`from_slice`], [`from_reader`] and [`JsonLines`] stop at
//! a document's first error and return the crate's [`Error`]; [`check`] and [`CheckedLines`]
//! list *every* problem of a document (syntax, schema and rule) as [`Problem`]s, one error
//! shape for a data-quality report.
//!
//! ```
//! use eu_clasi::{json, Period};
//!
//! let err = json::from_str::<Period>(r#"{"start": "2025", "end": "2025-13"}"#).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "/end: invalid date \"2025-13\": month 13 is outside 1..=12; expected YYYY, YYYY-MM or YYYY-MM-DD (line 1, column 34)"
//! );
//! ```

use std::io::{BufRead, Read};
use std::marker::PhantomData;

use serde::de::DeserializeOwned;

use crate::{Error, JointOperation, Problem, ProblemKind, ProgressReport, Validate};

/// Converts a serde_json error met at `path` into the crate's error.
fn json_error(path: &serde_path_to_error::Path, err: serde_json::Error) -> Error {
    json_error_at(pointer_of(path), err)
}

/// The JSON Pointer of a serde path.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    let mut pointer = String::new();
    for segment in path {
        use serde_path_to_error::Segment;
        match segment {
            Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { variant } => {
                pointer.push('/');
                pointer.push_str(variant);
            }
            Segment::Unknown => {}
        }
    }
    pointer
}

/// The key a "duplicate field `key`" or "duplicate key `key`" message names: serde reports a
/// duplicate before it reads the value, so the path it leaves is the object's, not the key's.
fn duplicated_key(message: &str) -> Option<&str> {
    let rest = message
        .strip_prefix("duplicate field `")
        .or_else(|| message.strip_prefix("duplicate key `"))?;
    rest.find('`').map(|end| &rest[..end])
}

/// Converts a serde_json error met at the JSON Pointer `pointer` into the crate's error.
fn json_error_at(mut pointer: String, err: serde_json::Error) -> Error {
    // serde_json appends " at line L column C" to its messages; the position is kept apart.
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) if err.line() > 0 => full[..i].to_owned(),
        _ => full,
    };
    if let Some(key) = duplicated_key(&message) {
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
    }
    let malformed = matches!(
        err.classify(),
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof
    );
    let message = if malformed {
        format!("not well-formed JSON: {message}")
    } else {
        message
    };
    Error::Json {
        path: pointer,
        line: err.line(),
        column: err.column(),
        malformed,
        message,
        source: Some(std::sync::Arc::new(err)),
    }
}

fn read<'de, T: serde::Deserialize<'de>, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
) -> Result<T, Error> {
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().clone();
        json_error(&path, e.into_inner())
    })?;
    // Nothing but white space may follow the document.
    de.end().map_err(|e| json_error_at(String::new(), e))?;
    Ok(value)
}

/// The records' own reader, for the types that have one ([`ProgressReport`],
/// [`JointOperation`]): `Some` with the value serde's reader gives for `s`, or `None` when it
/// leaves the document to serde (anything but the plain forms it reads; every error).
///
/// Not part of the API: [`from_str`] and [`from_slice`] call it. It is public for the
/// differential test and the fuzz target, which check that it agrees with serde's reader.
#[doc(hidden)]
pub fn fast_path<T: 'static>(s: &str) -> Option<T> {
    use std::any::Any;
    let mut out: Option<T> = None;
    let slot = &mut out as &mut dyn Any;
    if let Some(slot) = slot.downcast_mut::<Option<ProgressReport>>() {
        *slot = crate::readers::document(s);
    } else if let Some(slot) = slot.downcast_mut::<Option<JointOperation>>() {
        *slot = crate::readers::document(s);
    }
    out
}

/// Reads a `T` from a JSON string.
///
/// Progress reports and joint operations are read by their own one-pass reader when they are
/// written the plain way (no escapes in strings, counts as plain digits, flat extensions), and
/// by serde otherwise; both give the same value, and only serde's reader words errors.
///
/// # Errors
/// [`Error::Json`] with the JSON Pointer of the first value that could not be read.
pub fn from_str<T: DeserializeOwned + 'static>(s: &str) -> Result<T, Error> {
    if let Some(value) = fast_path(s) {
        return Ok(value);
    }
    // serde_json tracks no path; a document that fails is read again to find where.
    serde_json::from_str(s).or_else(|_| read(serde_json::Deserializer::from_str(s)))
}

/// Reads a `T` from JSON bytes. A UTF-8 byte order mark is refused with an error that says so.
///
/// # Errors
/// [`Error::Json`] with the JSON Pointer of the first value that could not be read.
pub fn from_slice<T: DeserializeOwned + 'static>(bytes: &[u8]) -> Result<T, Error> {
    check_bom(bytes)?;
    // Checking the whole input's UTF-8 once (with SIMD, chosen at run time for the CPU) is
    // faster than checking string by string; input that is not UTF-8 is read as bytes, to
    // report where.
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(_) => read(serde_json::Deserializer::from_slice(bytes)),
    }
}

/// Reads a `T` from a reader of JSON (buffer it for speed).
///
/// # Errors
/// [`Error::Json`] with the JSON Pointer of the first value that could not be read, or
/// [`Error::Io`] when reading fails.
pub fn from_reader<T: DeserializeOwned, R: Read>(reader: R) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_reader(reader);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().clone();
        let inner = e.into_inner();
        if inner.is_io() {
            Error::Io {
                message: inner.to_string(),
                source: std::sync::Arc::new(std::io::Error::from(inner)),
            }
        } else {
            json_error(&path, inner)
        }
    })?;
    de.end().map_err(|e| json_error_at(String::new(), e))?;
    Ok(value)
}

/// Reads a `T` from a JSON string and validates it: `Ok` only for a value with no problem.
///
/// ```
/// use eu_clasi::{json, Error, Period};
///
/// let err = json::from_str_valid::<Period>(r#"{"start": "2026", "end": "2025"}"#).unwrap_err();
/// assert!(matches!(err, Error::Invalid { .. }));
/// ```
///
/// # Errors
/// [`Error::Json`] when the document cannot be read, [`Error::Invalid`] with every problem
/// when it can but breaks its contract.
pub fn from_str_valid<T: DeserializeOwned + Validate + 'static>(s: &str) -> Result<T, Error> {
    let value: T = from_str(s)?;
    value.validate()?;
    Ok(value)
}

/// Reads a `T` from JSON bytes and validates it, as [`from_str_valid`] does.
///
/// # Errors
/// As [`from_str_valid`].
pub fn from_slice_valid<T: DeserializeOwned + Validate + 'static>(
    bytes: &[u8],
) -> Result<T, Error> {
    let value: T = from_slice(bytes)?;
    value.validate()?;
    Ok(value)
}

fn check_bom(bytes: &[u8]) -> Result<(), Error> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(Error::Json {
            path: String::new(),
            line: 1,
            column: 1,
            malformed: true,
            message: "the document starts with a UTF-8 byte order mark, which JSON (RFC 8259) does not allow; remove it".into(),
            source: None,
        });
    }
    Ok(())
}

/// One line of a JSON Lines input: its number and what it held. [`JsonLines`] gives the first
/// error of a line that cannot be read (`E` = [`Error`]); [`CheckedLines`] every problem of
/// the line (`E` = `Vec<Problem>`).
#[derive(Debug)]
pub struct Line<T, E = Error> {
    /// The line's number in the input (1-based).
    pub number: usize,
    /// The value, or why the line could not be read.
    pub result: Result<T, E>,
}

/// The longest line [`LineReader`] and [`JsonLines`] read by default: 64 MiB.
pub const DEFAULT_MAX_LINE_BYTES: usize = 64 << 20;

/// Reads a JSON Lines input line by line into one reused buffer: the raw lines, for callers
/// that dispatch on their own (the `validate` example). [`JsonLines`] is the typed iterator on
/// top of it.
///
/// ```
/// use eu_clasi::json::LineReader;
///
/// let mut lines = LineReader::new("{}\n\n[1]\n".as_bytes());
/// assert_eq!(lines.next_line().map(|(n, l)| (n, l.unwrap().to_vec())), Some((1, b"{}".to_vec())));
/// assert_eq!(lines.next_line().map(|(n, l)| (n, l.unwrap().to_vec())), Some((3, b"[1]".to_vec())));
/// assert!(lines.next_line().is_none());
/// ```
pub struct LineReader<R> {
    reader: R,
    buf: Vec<u8>,
    number: usize,
    max_line_bytes: usize,
    done: bool,
}

impl<R: BufRead> LineReader<R> {
    /// Reads the lines of `reader`.
    pub fn new(reader: R) -> Self {
        LineReader {
            reader,
            buf: Vec::new(),
            number: 0,
            max_line_bytes: DEFAULT_MAX_LINE_BYTES,
            done: false,
        }
    }

    /// Refuses lines longer than `max` bytes (the default is [`DEFAULT_MAX_LINE_BYTES`]), so that
    /// a hostile input cannot make the reader hold an unbounded line in memory: the rest of such
    /// a line is skipped and the line reported as an error.
    pub fn max_line_bytes(mut self, max: usize) -> Self {
        self.max_line_bytes = max;
        self
    }

    /// Reads the next line into `buf`, keeping at most `max_line_bytes + 1` bytes of it.
    /// Returns how many bytes the line had (all of them, even those not kept), 0 at the end.
    fn fill_line(&mut self) -> std::io::Result<usize> {
        self.buf.clear();
        let mut total = 0;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(total);
            }
            let (chunk, found) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (&available[..=i], true),
                None => (available, false),
            };
            let room = (self.max_line_bytes + 1).saturating_sub(self.buf.len());
            self.buf.extend_from_slice(&chunk[..chunk.len().min(room)]);
            let used = chunk.len();
            total += used;
            self.reader.consume(used);
            if found {
                return Ok(total);
            }
        }
    }

    /// The next non-blank line, with its number, trimmed of surrounding white space; or the
    /// reason it could not be read (too long, or an I/O failure, after which the reader stops).
    /// `None` at the end of the input.
    pub fn next_line(&mut self) -> Option<(usize, Result<&[u8], Error>)> {
        loop {
            if self.done {
                return None;
            }
            self.number += 1;
            let number = self.number;
            match self.fill_line() {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some((number, Err(e.into())));
                }
                Ok(len) => {
                    let content = len - usize::from(self.buf.last() == Some(&b'\n'));
                    if content > self.max_line_bytes {
                        let message = format!(
                            "the line has {content} bytes, more than the {} this reader accepts",
                            self.max_line_bytes
                        );
                        let err = Error::Json {
                            path: String::new(),
                            line: number,
                            column: 0,
                            malformed: false,
                            message,
                            source: None,
                        };
                        return Some((number, Err(err)));
                    }
                    if self.buf.trim_ascii().is_empty() {
                        continue;
                    }
                    return Some((number, Ok(self.buf.trim_ascii())));
                }
            }
        }
    }
}

/// Streams the documents of a JSON Lines input (one JSON document a line), in constant memory
/// beyond the longest line. Blank lines are skipped; a malformed line yields its error and the
/// lines after it are still read. An I/O failure ends the stream after yielding it.
///
/// ```
/// use eu_clasi::{json::JsonLines, Period};
///
/// let input = "{\"start\":\"2025\",\"end\":\"2026\"}\nnot json\n\n{\"start\":\"2024\",\"end\":\"2024\"}\n";
/// let lines: Vec<_> = JsonLines::<_, Period>::new(input.as_bytes()).collect();
/// assert_eq!(lines.len(), 3);
/// assert!(lines[0].result.is_ok());
/// assert_eq!(lines[1].number, 2);
/// assert!(lines[1].result.is_err());
/// assert_eq!(lines[2].number, 4);
/// ```
pub struct JsonLines<R, T> {
    lines: LineReader<R>,
    _type: PhantomData<fn() -> T>,
}

impl<R: BufRead, T: DeserializeOwned> JsonLines<R, T> {
    /// Streams the lines of `reader`.
    pub fn new(reader: R) -> Self {
        JsonLines {
            lines: LineReader::new(reader),
            _type: PhantomData,
        }
    }

    /// Refuses lines longer than `max` bytes, as [`LineReader::max_line_bytes`] does.
    pub fn max_line_bytes(mut self, max: usize) -> Self {
        self.lines = self.lines.max_line_bytes(max);
        self
    }
}

/// Gives an error met on a line of a JSON Lines input that line's number.
pub(crate) fn on_line(err: Error, number: usize) -> Error {
    match err {
        Error::Json {
            path,
            column,
            malformed,
            message,
            source,
            ..
        } => Error::Json {
            path,
            line: number,
            column,
            malformed,
            message,
            source,
        },
        other => other,
    }
}

impl<R: BufRead, T: DeserializeOwned + 'static> Iterator for JsonLines<R, T> {
    type Item = Line<T>;

    fn next(&mut self) -> Option<Line<T>> {
        let (number, line) = self.lines.next_line()?;
        let result = line.and_then(from_slice).map_err(|e| on_line(e, number));
        Some(Line { number, result })
    }
}

/// An error of reading one document as a [`Problem`]: [`ProblemKind::Syntax`] for input that
/// is not well-formed JSON, [`ProblemKind::Schema`] for well-formed JSON that does not fit the
/// type. The message ends with the line and column where reading stopped, when known.
pub(crate) fn read_problem(err: Error) -> Problem {
    match err {
        Error::Json {
            path,
            line,
            column,
            malformed,
            message,
            ..
        } => {
            let message = match message.strip_prefix("not well-formed JSON: ") {
                Some(rest) if malformed => rest.to_owned(),
                _ => message,
            };
            let message = match (line, column) {
                (0, _) => message,
                (line, 0) => format!("{message} (line {line})"),
                (line, column) => format!("{message} (line {line}, column {column})"),
            };
            Problem {
                path,
                kind: if malformed {
                    ProblemKind::Syntax
                } else {
                    ProblemKind::Schema
                },
                rule: None,
                message,
            }
        }
        Error::Invalid { problems } => problems.into_iter().next().unwrap_or_else(|| Problem {
            path: String::new(),
            kind: ProblemKind::Schema,
            rule: None,
            message: "the document is invalid".into(),
        }),
        other => Problem {
            path: String::new(),
            kind: ProblemKind::Syntax,
            rule: None,
            message: other.to_string(),
        },
    }
}

/// Reads a `T` from JSON bytes and lists *every* problem of the document in one list: `Ok`
/// only for a document that reads and has no problem.
///
/// A document that cannot be read gives one problem, [`ProblemKind::Syntax`] when it is not
/// well-formed JSON, [`ProblemKind::Schema`] when it is well-formed but does not fit `T` (with
/// the JSON Pointer of the first value that does not); a document that reads gives every
/// problem [`Validate::problems`] finds. The message of a problem met while reading ends with
/// the line and column where reading stopped.
///
/// ```
/// use eu_clasi::{json, Period, ProblemKind};
///
/// let period = json::check::<Period>(br#"{"start": "2025", "end": "2026"}"#).unwrap();
/// assert_eq!(period.start.to_string(), "2025");
///
/// let problems = json::check::<Period>(br#"{"start": "2026", "end": "2025"}"#).unwrap_err();
/// assert_eq!(problems[0].rule, Some("period-ordered"));
///
/// let problems = json::check::<Period>(br#"{"start": "2026", "end": 2025}"#).unwrap_err();
/// assert_eq!((problems[0].kind, problems[0].path.as_str()), (ProblemKind::Schema, "/end"));
///
/// let problems = json::check::<Period>(br#"{"start": "2026""#).unwrap_err();
/// assert_eq!(problems[0].kind, ProblemKind::Syntax);
/// assert_eq!(problems[0].to_string(), "/: syntax: EOF while parsing an object (line 1, column 16)");
/// ```
///
/// # Errors
/// Every problem of the document, in document order (at least one).
pub fn check<T: DeserializeOwned + Validate + 'static>(bytes: &[u8]) -> Result<T, Vec<Problem>> {
    let value: T = from_slice(bytes).map_err(|e| vec![read_problem(e)])?;
    let problems = value.problems();
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems)
    }
}

/// A check of one document: [`check`] for one type, or any function that reads a document
/// and lists its problems the same way (for example
/// [`schema::problem_checker`](crate::schema::problem_checker), which picks the type by
/// schema name).
pub type Check<T> = fn(&[u8]) -> Result<T, Vec<Problem>>;

/// Streams a JSON Lines input and gives, for each non-blank line, its number and either its
/// value or *every* problem of the line in one list: syntax, schema and rule problems alike,
/// each with its JSON Pointer path, as [`check`] finds them. A data-quality report needs no
/// other error shape: a line that is not well-formed JSON is a [`ProblemKind::Syntax`]
/// problem, and the lines after it are still read.
///
/// The iterator yields `Err` only when reading the input fails (an I/O error), and ends after
/// it. Lines longer than [`DEFAULT_MAX_LINE_BYTES`] (or [`CheckedLines::max_line_bytes`]) are
/// skipped and reported as a syntax problem.
///
/// ```
/// use eu_clasi::{json::CheckedLines, Period, ProblemKind};
///
/// let input = concat!(
///     "{\"start\":\"2025\",\"end\":\"2026\"}\n",
///     "not json\n",
///     "\n",
///     "{\"start\":\"2026\",\"end\":\"2024\"}\n",
///     "{\"start\":\"2026\"}\n",
/// );
/// let mut report = Vec::new();
/// for line in CheckedLines::<_, Period>::new(input.as_bytes()) {
///     let line = line?;
///     if let Err(problems) = &line.result {
///         for p in problems {
///             report.push(format!("{}: {p}", line.number));
///         }
///     }
/// }
/// assert_eq!(report, [
///     "2: /: syntax: expected ident (column 2)",
///     "4: /: rule period-ordered: the period starts (2026) after it ends (2024)",
///     "5: /: schema: missing field `end` (column 16)",
/// ]);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub struct CheckedLines<R, T> {
    lines: LineReader<R>,
    check: fn(&[u8]) -> Result<T, Vec<Problem>>,
}

impl<R: BufRead, T: DeserializeOwned + Validate + 'static> CheckedLines<R, T> {
    /// Streams and checks the lines of `reader` as documents of type `T`.
    pub fn new(reader: R) -> Self {
        CheckedLines {
            lines: LineReader::new(reader),
            check: check::<T>,
        }
    }
}

impl<R: BufRead, T> CheckedLines<R, T> {
    /// Streams the lines of `reader` and checks each with `check`: for a type chosen at run
    /// time, such as [`schema::problem_checker`](crate::schema::problem_checker) returns.
    /// The problems `check` finds are kept as they are.
    pub fn with_check(reader: R, check: Check<T>) -> Self {
        CheckedLines {
            lines: LineReader::new(reader),
            check,
        }
    }

    /// Refuses lines longer than `max` bytes, as [`LineReader::max_line_bytes`] does.
    pub fn max_line_bytes(mut self, max: usize) -> Self {
        self.lines = self.lines.max_line_bytes(max);
        self
    }
}

/// A line of JSON Lines is a document on line 1: a read problem's "(line 1, column C)" says
/// just "(column C)", and "(line 1)" nothing, as the line's number is given apart.
fn column_only(problem: &mut Problem) {
    const LINE_1: &str = " (line 1, column ";
    if problem.kind == ProblemKind::Rule {
        return;
    }
    if let Some(rest) = problem.message.strip_suffix(" (line 1)") {
        problem.message.truncate(rest.len());
    } else if let Some(i) = problem.message.rfind(LINE_1)
        && problem.message[i + LINE_1.len()..]
            .strip_suffix(')')
            .is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()))
    {
        // Keep " (" and "column C)"; drop "line 1, ".
        problem
            .message
            .replace_range(i + 2..i + LINE_1.len() - "column ".len(), "");
    }
}

impl<R: BufRead, T> Iterator for CheckedLines<R, T> {
    type Item = Result<Line<T, Vec<Problem>>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let (number, line) = self.lines.next_line()?;
        let result = match line {
            Ok(bytes) => (self.check)(bytes).map_err(|mut problems| {
                problems.iter_mut().for_each(column_only);
                problems
            }),
            Err(e @ Error::Io { .. }) => return Some(Err(e)),
            Err(Error::Json { message, .. }) => Err(vec![Problem {
                path: String::new(),
                kind: ProblemKind::Syntax,
                rule: None,
                message,
            }]),
            Err(other) => Err(vec![read_problem(other)]),
        };
        Some(Ok(Line { number, result }))
    }
}

/// A failed write, as [`Error::Write`] with the I/O error as its source. Serialising the
/// crate's own types cannot fail otherwise (their maps have string keys).
fn write_error(e: serde_json::Error) -> Error {
    let e = std::io::Error::from(e);
    Error::Write {
        message: e.to_string(),
        source: std::sync::Arc::new(e),
    }
}

/// A value as compact JSON, as the crate's readers read it back.
///
/// ```
/// use eu_clasi::{Period, json};
///
/// let period = Period::new("2026-01".parse()?, "2026-06".parse()?);
/// let text = json::to_string(&period)?;
/// assert_eq!(text, r#"{"start":"2026-01","end":"2026-06"}"#);
/// assert_eq!(json::from_str::<Period>(&text)?, period);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// [`Error::Write`] only if the value cannot be written as JSON, which does not happen for
/// the crate's types.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value).map_err(write_error)
}

/// A value as indented JSON, for people to read.
///
/// # Errors
/// As [`to_string`].
pub fn to_string_pretty<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(write_error)
}

/// Writes a value as compact JSON to `writer`.
///
/// # Errors
/// [`Error::Write`] when the writer fails.
pub fn to_writer<W: std::io::Write, T: serde::Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> Result<(), Error> {
    serde_json::to_writer(writer, value).map_err(write_error)
}

/// Writes records as JSON Lines: one compact JSON document per line, as [`JsonLines`] reads
/// them back.
///
/// ```
/// use eu_clasi::{ProgressReport, Validate, json};
/// use eu_clasi_sample as sample;
///
/// let mut out = Vec::new();
/// let mut lines = json::JsonLinesWriter::new(&mut out);
/// for report in sample::progress_reports(1, 3) {
///     lines.write(&report)?;
/// }
/// lines.flush()?;
/// let back: Vec<ProgressReport> = json::JsonLines::new(out.as_slice())
///     .map(|line| line.result)
///     .collect::<Result<_, _>>()?;
/// assert_eq!(back.len(), 3);
/// assert!(back.iter().all(|r| r.problems().is_empty()));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug)]
pub struct JsonLinesWriter<W: std::io::Write> {
    writer: W,
}

impl<W: std::io::Write> JsonLinesWriter<W> {
    /// A writer of JSON Lines to `writer` (wrap a file in a `BufWriter`).
    pub fn new(writer: W) -> Self {
        JsonLinesWriter { writer }
    }

    /// Writes one value as one line.
    ///
    /// # Errors
    /// [`Error::Write`] when the writer fails.
    pub fn write<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        serde_json::to_writer(&mut self.writer, value).map_err(write_error)?;
        self.writer.write_all(b"\n").map_err(|e| Error::Write {
            message: e.to_string(),
            source: std::sync::Arc::new(e),
        })
    }

    /// Flushes what was written.
    ///
    /// # Errors
    /// [`Error::Write`] when the writer fails.
    pub fn flush(&mut self) -> Result<(), Error> {
        self.writer.flush().map_err(|e| Error::Write {
            message: e.to_string(),
            source: std::sync::Arc::new(e),
        })
    }

    /// The writer, back.
    pub fn into_inner(self) -> W {
        self.writer
    }
}
