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

pub use crate::readers::FromJson;
use crate::{Error, Problem, ProblemKind, Validate};

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

/// serde_json's message for `err`, without the ` at line L column C` its `Display` appends
/// when the position is known (the position is kept apart, in numbers): the suffix is built
/// from the error's own line and column, not searched for.
fn bare_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    if err.line() == 0 {
        return full;
    }
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match full.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => full,
    }
}

/// The byte offset in `text` of serde_json's position (`line` from 1, `column` the bytes read
/// on that line): where reading stopped.
fn offset_of(text: &[u8], line: usize, column: usize) -> Option<usize> {
    let start = match line {
        0 => return None,
        1 => 0,
        _ => memchr::memchr_iter(b'\n', text).nth(line - 2)? + 1,
    };
    Some(start + column)
}

/// Converts a serde_json error met at the JSON Pointer `pointer`, reading `text`, into the
/// crate's error. When reading stopped at a key given twice (the crate's own duplicate check
/// finds it there), the error is put at that key's path and says so.
fn json_error_at(pointer: String, err: serde_json::Error, text: &[u8]) -> Error {
    use serde_json::error::Category;
    let category = err.classify();
    let (path, message) = match crate::readers::first_duplicate_key(text) {
        Some(duplicate)
            if category == Category::Data
                && offset_of(text, err.line(), err.column())
                    .is_some_and(|at| duplicate.span.contains(&at)) =>
        {
            let message = format!(
                "the key {:?} is given twice; a key may appear once in an object",
                duplicate.key
            );
            (duplicate.pointer, message)
        }
        _ => (pointer, bare_message(&err)),
    };
    // serde_json counts the bytes read on the line, 0 before the first: the column of a
    // position is 1-based.
    let column = if err.line() == 0 {
        0
    } else {
        err.column().max(1)
    };
    Error::Json {
        path,
        line: err.line(),
        column,
        malformed: matches!(category, Category::Syntax | Category::Eof),
        message,
        source: Some(std::sync::Arc::new(err)),
    }
}

/// Reads a `T` with serde, tracking the path, to word the error of a document that failed.
fn read<'de, T: serde::Deserialize<'de>, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    text: &[u8],
) -> Result<T, Error> {
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let pointer = pointer_of(e.path());
        json_error_at(pointer, e.into_inner(), text)
    })?;
    // Nothing but white space may follow the document.
    de.end()
        .map_err(|e| json_error_at(String::new(), e, text))?;
    Ok(value)
}

/// Reads a `T` from a JSON string.
///
/// Progress reports and joint operations are read by their own one-pass reader when they are
/// written the plain way (no escapes in strings, counts as plain digits, flat extensions), and
/// by serde otherwise; both give the same value, and only serde's reader words errors. Which
/// reader a type has is known when the program is compiled ([`FromJson`]).
///
/// # Errors
/// [`Error::Json`] with the JSON Pointer of the first value that could not be read.
pub fn from_str<T: FromJson>(s: &str) -> Result<T, Error> {
    if let Some(value) = T::fast_document(s) {
        return Ok(value);
    }
    // serde_json tracks no path; a document that fails is read again to find where.
    serde_json::from_str(s).or_else(|_| read(serde_json::Deserializer::from_str(s), s.as_bytes()))
}

/// Reads a `T` from JSON bytes. A UTF-8 byte order mark is refused with an error that says so.
///
/// # Errors
/// [`Error::Json`] with the JSON Pointer of the first value that could not be read.
pub fn from_slice<T: FromJson>(bytes: &[u8]) -> Result<T, Error> {
    check_bom(bytes)?;
    // Checking the whole input's UTF-8 once (with SIMD, chosen at run time for the CPU) is
    // faster than checking string by string; input that is not UTF-8 is read as bytes, to
    // report where.
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(_) => read(serde_json::Deserializer::from_slice(bytes), bytes),
    }
}

/// Reads a `T` from a reader of JSON: the whole input, then as [`from_slice`] does.
///
/// # Errors
/// [`Error::Json`] with the JSON Pointer of the first value that could not be read, or
/// [`Error::Io`] when reading fails.
pub fn from_reader<T: FromJson, R: Read>(mut reader: R) -> Result<T, Error> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    from_slice(&bytes)
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
pub fn from_str_valid<T: FromJson + Validate>(s: &str) -> Result<T, Error> {
    let value: T = from_str(s)?;
    value.validate()?;
    Ok(value)
}

/// Reads a `T` from JSON bytes and validates it, as [`from_str_valid`] does.
///
/// # Errors
/// As [`from_str_valid`].
pub fn from_slice_valid<T: FromJson + Validate>(bytes: &[u8]) -> Result<T, Error> {
    let value: T = from_slice(bytes)?;
    value.validate()?;
    Ok(value)
}

pub(crate) fn check_bom(bytes: &[u8]) -> Result<(), Error> {
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

/// JSON's white space (RFC 8259): space, tab, line feed, carriage return. Other white space
/// (a form feed, a vertical tab, a no-break space) is no JSON white space, and a line that
/// holds it around its document is not well-formed, as other JSON readers say too.
pub(crate) const fn is_json_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// `bytes` without the JSON white space at its ends, and how many bytes were cut at the start.
pub(crate) fn trim_json_ws(bytes: &[u8]) -> (&[u8], usize) {
    let start = bytes
        .iter()
        .position(|&b| !is_json_ws(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| !is_json_ws(b))
        .map_or(start, |i| i + 1);
    (&bytes[start..end], start)
}

/// A line's bytes without the JSON white space around them, and how many bytes were cut at
/// its start.
type Trimmed<'a> = (&'a [u8], usize);

/// One line read by [`LineReader`]: its bytes (without the line feed), or that it is too long.
pub(crate) enum RawLine<'a> {
    /// The line's bytes, without its line feed.
    Bytes(&'a [u8]),
    /// The line had this many bytes, more than the reader keeps; they were skipped.
    TooLong(usize),
}

/// Reads a JSON Lines input line by line into one reused buffer: the raw lines, for callers
/// that dispatch on their own. [`JsonLines`] is the typed iterator on top of it, and
/// [`Checker`](crate::document::Checker) checks whole inputs of any framing.
///
/// A line is trimmed of JSON white space (space, tab, carriage return, line feed) only: a form
/// feed or a vertical tab around a document is kept, and refused by the reader of the line, as
/// other JSON readers refuse it.
///
/// ```
/// use eu_clasi::json::LineReader;
///
/// let mut lines = LineReader::new("{}\n\n[1]\r\n".as_bytes());
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
            let (chunk, found) = match memchr::memchr(b'\n', available) {
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

    /// The next line, blank or not, with its number: `None` at the end of the input, an I/O
    /// error after which the reader stops.
    pub(crate) fn next_raw(&mut self) -> Option<(usize, std::io::Result<RawLine<'_>>)> {
        if self.done {
            return None;
        }
        self.number += 1;
        let number = self.number;
        match self.fill_line() {
            Ok(0) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some((number, Err(e)))
            }
            Ok(len) => {
                let feed = usize::from(self.buf.last() == Some(&b'\n'));
                let content = len - feed;
                if content > self.max_line_bytes {
                    return Some((number, Ok(RawLine::TooLong(content))));
                }
                let kept = self.buf.len() - feed;
                Some((number, Ok(RawLine::Bytes(&self.buf[..kept]))))
            }
        }
    }

    /// The error for a line of `content` bytes, longer than the reader keeps.
    fn too_long(&self, number: usize, content: usize) -> Error {
        Error::Json {
            path: String::new(),
            line: number,
            column: 0,
            malformed: false,
            message: format!(
                "the line has {content} bytes, more than the {} this reader accepts",
                self.max_line_bytes
            ),
            source: None,
        }
    }

    /// The next non-blank line with its number, trimmed of JSON white space, and how many bytes
    /// were trimmed at its start; or why it could not be read.
    fn next_trimmed(&mut self) -> Option<(usize, Result<Trimmed<'_>, Error>)> {
        loop {
            let (number, line) = self.next_raw()?;
            match line {
                Err(e) => return Some((number, Err(e.into()))),
                Ok(RawLine::TooLong(content)) => {
                    return Some((number, Err(self.too_long(number, content))));
                }
                Ok(RawLine::Bytes(bytes)) => {
                    if trim_json_ws(bytes).0.is_empty() {
                        continue;
                    }
                    // Borrowed again, so that the loop above may read on.
                    let (trimmed, leading) = trim_json_ws(&self.buf);
                    return Some((number, Ok((trimmed, leading))));
                }
            }
        }
    }

    /// The next non-blank line, with its number, trimmed of surrounding JSON white space; or the
    /// reason it could not be read (too long, or an I/O failure, after which the reader stops).
    /// `None` at the end of the input.
    pub fn next_line(&mut self) -> Option<(usize, Result<&[u8], Error>)> {
        let (number, line) = self.next_trimmed()?;
        Some((number, line.map(|(bytes, _)| bytes)))
    }
}

/// Streams the documents of a JSON Lines input (one JSON document a line), in constant memory
/// beyond the longest line. Blank lines are skipped; a malformed line yields its error and the
/// lines after it are still read. An I/O failure ends the stream after yielding it. Errors
/// give the line's number and the column in that line.
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

impl<R: BufRead, T: FromJson> JsonLines<R, T> {
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

/// Puts an error met reading a document that starts on line `first` (at byte `leading` of
/// that line) at its place in the whole input.
pub(crate) fn on_line(err: Error, first: usize, leading: usize) -> Error {
    match err {
        Error::Json {
            path,
            line,
            column,
            malformed,
            message,
            source,
        } if line > 0 => Error::Json {
            path,
            line: first + line - 1,
            column: if line == 1 { column + leading } else { column },
            malformed,
            message,
            source,
        },
        other => other,
    }
}

/// Puts a problem met reading a document that starts on line `first` (at byte `leading` of that
/// line) at its place in the whole input.
pub(crate) fn problem_on_line(problem: &mut Problem, first: usize, leading: usize) {
    if problem.line > 0 {
        if problem.line == 1 && problem.column > 0 {
            problem.column += leading;
        }
        problem.line += first - 1;
    }
}

impl<R: BufRead, T: FromJson> Iterator for JsonLines<R, T> {
    type Item = Line<T>;

    fn next(&mut self) -> Option<Line<T>> {
        let (number, line) = self.lines.next_trimmed()?;
        let result = line.and_then(|(bytes, leading)| {
            from_slice(bytes).map_err(|e| on_line(e, number, leading))
        });
        Some(Line { number, result })
    }
}

/// An error of reading one document as a [`Problem`]: [`ProblemKind::Syntax`] for input that
/// is not well-formed JSON, [`ProblemKind::Schema`] for well-formed JSON that does not fit the
/// type, with the line and column where reading stopped, when known.
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
            let kind = if malformed {
                ProblemKind::Syntax
            } else {
                ProblemKind::Schema
            };
            Problem::new(path, kind, message).at(line, column)
        }
        Error::Invalid { problems } => problems
            .into_iter()
            .next()
            .unwrap_or_else(|| Problem::new("", ProblemKind::Schema, "the document is invalid")),
        other => Problem::new("", ProblemKind::Syntax, other.to_string()),
    }
}

/// Reads a `T` from JSON bytes and lists *every* problem of the document in one list: `Ok`
/// only for a document that reads and has no problem.
///
/// A document that cannot be read gives one problem, [`ProblemKind::Syntax`] when it is not
/// well-formed JSON, [`ProblemKind::Schema`] when it is well-formed but does not fit `T` (with
/// the JSON Pointer of the first value that does not, and the [`line`](Problem::line) and
/// [`column`](Problem::column) where reading stopped); a document that reads gives every
/// problem [`Validate::problems`] finds.
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
/// assert_eq!(problems[0].to_string(), "(root): syntax: EOF while parsing an object (line 1, column 16)");
/// ```
///
/// # Errors
/// Every problem of the document, in document order (at least one).
pub fn check<T: FromJson + Validate>(bytes: &[u8]) -> Result<T, Vec<Problem>> {
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
/// each with its JSON Pointer path, as [`check`] finds them, and the line's number and the
/// column in that line where reading stopped. A data-quality report needs no other error
/// shape: a line that is not well-formed JSON is a [`ProblemKind::Syntax`] problem, and the
/// lines after it are still read.
///
/// The iterator yields `Err` only when reading the input fails (an I/O error), and ends after
/// it. Lines longer than [`DEFAULT_MAX_LINE_BYTES`] (or [`CheckedLines::max_line_bytes`]) are
/// skipped and reported as a syntax problem. For inputs of any framing (one pretty-printed
/// document, JSON Lines, types mixed line by line), see
/// [`document::Checker`](crate::document::Checker).
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
///     "2: (root): syntax: expected ident (line 2, column 2)",
///     "4: (root): rule period-ordered: the period starts (2026) after it ends (2024)",
///     "5: (root): schema: missing field `end` (line 5, column 16)",
/// ]);
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub struct CheckedLines<R, T> {
    lines: LineReader<R>,
    check: fn(&[u8]) -> Result<T, Vec<Problem>>,
}

impl<R: BufRead, T: FromJson + Validate> CheckedLines<R, T> {
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
    /// The problems `check` finds are kept as they are, put at their line and column of the
    /// input.
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

impl<R: BufRead, T> Iterator for CheckedLines<R, T> {
    type Item = Result<Line<T, Vec<Problem>>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let (number, line) = self.lines.next_trimmed()?;
        let result = match line {
            Ok((bytes, leading)) => (self.check)(bytes).map_err(|mut problems| {
                for p in &mut problems {
                    problem_on_line(p, number, leading);
                }
                problems
            }),
            Err(e @ Error::Io { .. }) => return Some(Err(e)),
            Err(Error::Json { message, .. }) => Err(vec![
                Problem::new("", ProblemKind::Syntax, message).at(number, 0),
            ]),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{JointOperation, ProgressReport};

    /// The records' own reader (behind [`from_str`]) reads the plain forms the crate writes,
    /// compact and pretty-printed, and every value it reads is serde's: a check that the
    /// differential test (which compares `from_str` with serde_json over the mutation corpus)
    /// does not compare serde with serde.
    #[test]
    fn the_records_own_reader_takes_the_plain_forms_and_reads_what_serde_reads() {
        fn both<T: FromJson + serde::Serialize + PartialEq + std::fmt::Debug>(
            records: impl Iterator<Item = T>,
        ) -> (usize, usize) {
            let (mut taken, mut texts) = (0, 0);
            for record in records {
                let compact = serde_json::to_string(&record).unwrap();
                let value: serde_json::Value = serde_json::from_str(&compact).unwrap();
                let pretty = serde_json::to_string_pretty(&value).unwrap();
                let mut forms = vec![compact.clone(), pretty];
                // Forms it leaves to serde, or reads: each one is serde's or nothing.
                forms.push(compact.replacen("\"id\":", "\"\\u0069d\":", 1));
                forms.push(compact.replacen(":", " :\t", 3));
                forms.push(compact.replacen("true", "1", 1));
                forms.push(compact.replacen("\"tlp\":", "\"tlp\":\"TLP:RED\",\"tlp\":", 1));
                forms.push(compact[..compact.len() - 1].to_owned());
                for (i, form) in forms.iter().enumerate() {
                    let serde = serde_json::from_str::<T>(form).ok();
                    match T::fast_document(form) {
                        Some(fast) => {
                            assert_eq!(Some(&fast), serde.as_ref(), "{form}");
                            if i < 2 {
                                taken += 1;
                            }
                        }
                        None => assert!(i >= 2, "the plain form was left to serde: {form}"),
                    }
                    if i < 2 {
                        texts += 1;
                    }
                }
                assert_eq!(from_str::<T>(&compact).unwrap(), record);
            }
            (taken, texts)
        }
        // The shipped sample's reports and the valid fixtures' operations (the sample generator
        // is a crate of its own, which a unit test of this crate cannot share types with).
        let sample = include_str!("../data/sample/progress-reports.jsonl");
        let reports = sample.lines().map(|l| serde_json::from_str(l).unwrap());
        let (taken, texts) = both::<ProgressReport>(reports);
        assert_eq!((taken, texts), (2 * sample.lines().count(), taken));
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/valid/joint-operation"
        );
        let operations: Vec<JointOperation> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()))
            .collect::<Result<_, _>>()
            .unwrap();
        let (taken, texts) = both::<JointOperation>(operations.into_iter());
        assert!(taken >= 2 && taken == texts);
        // Other types have no such reader.
        use crate::readers::sealed::Sealed as _;
        assert!(crate::Period::fast_document(r#"{"start":"2025","end":"2026"}"#).is_none());
    }

    #[test]
    fn serde_json_messages_lose_their_position_and_nothing_else() {
        let err = serde_json::from_str::<crate::Period>("{\"start\": 1}").unwrap_err();
        assert_eq!(
            bare_message(&err),
            "invalid type: integer `1`, expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
        );
        // serde_json reads the position of a custom message from its words, and keeps it apart.
        use serde::de::Error as _;
        let custom = serde_json::Error::custom("a message at line 3 column 4");
        assert_eq!(
            (custom.line(), bare_message(&custom).as_str()),
            (3, "a message")
        );
        assert_eq!(offset_of(b"ab\ncd\nef", 3, 1), Some(7));
        assert_eq!(offset_of(b"ab\ncd", 1, 2), Some(2));
        assert_eq!(offset_of(b"ab", 3, 1), None);
    }
}
