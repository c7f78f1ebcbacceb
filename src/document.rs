//! Documents of any type, told apart by their `$schema`, and the check of a whole file or
//! stream whatever its framing.
//!
//! A [`Document`] is any of the documents that name their type in a `"$schema"` member (a
//! declaration, a vocabulary catalogue, a progress report, a joint operation), read as the type
//! whose root schema has that `$id`:
//!
//! ```
//! use eu_clasi::document::{Document, DocumentKind};
//!
//! let text = std::fs::read("data/declaration.json")?;
//! let doc = Document::from_slice(&text)?;
//! assert_eq!(doc.document_type(), DocumentKind::Declaration);
//! assert!(matches!(doc, Document::Declaration(_)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A [`Checker`] checks a file or a stream holding one pretty-printed document, JSON Lines, or
//! documents of several types line by line, and gives one [`Checked`] for each document: its
//! line and *every* problem of it, with the line and column where reading stopped when the
//! document could not be read. It reads line by line with a bound on the memory it holds (the
//! longest document, [`DEFAULT_MAX_DOCUMENT_BYTES`] by default), and goes on after a line it
//! cannot read.
//!
//! ```
//! use eu_clasi::document::{Checker, Expect};
//! use eu_clasi::json;
//! use eu_clasi_sample as sample;
//!
//! let mut input = Vec::new();
//! let mut lines = json::JsonLinesWriter::new(&mut input);
//! let report = sample::progress_reports(1, 1).next().unwrap();
//! let operation = sample::joint_operations(1, 1).next().unwrap();
//! let mut report = serde_json::to_value(&report)?;
//! report["$schema"] = "urn:eu-clasi:schema:v1:progress-report".into();
//! let mut operation = serde_json::to_value(&operation)?;
//! operation["$schema"] = "urn:eu-clasi:schema:v1:joint-operation".into();
//! lines.write(&report)?;
//! lines.write(&operation)?;
//! input.extend_from_slice(b"not json\n");
//!
//! let checked: Vec<_> = Checker::new(Expect::named())
//!     .check_reader(input.as_slice())
//!     .collect::<Result<_, _>>()?;
//! assert_eq!(checked.len(), 3);
//! assert_eq!(checked[0].schema, Some("progress-report"));
//! assert_eq!(checked[1].schema, Some("joint-operation"));
//! assert!(checked[0].is_valid() && checked[1].is_valid());
//! assert_eq!(checked[2].line, 3);
//! assert_eq!(checked[2].problems[0].to_string(), "(root): syntax: expected ident (line 3, column 2)");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::io::{BufRead, BufReader};
use std::path::Path;

use crate::json::{self, FromJson, LineReader, RawLine};
use crate::{
    Declaration, Error, JointOperation, Problem, ProblemKind, ProgressReport, Validate,
    VocabularyCatalogue,
};

/// The longest document a [`Checker`] reads by default (a line of JSON Lines, or a whole
/// document): 64 MiB, as [`json::DEFAULT_MAX_LINE_BYTES`].
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = json::DEFAULT_MAX_LINE_BYTES;

/// The types of the documents that name their type in a `"$schema"` member, each known by its
/// root schema's name and `$id`.
///
/// ```
/// use eu_clasi::document::DocumentKind;
///
/// let t = DocumentKind::from_schema_id("urn:eu-clasi:schema:v1:joint-operation")?;
/// assert_eq!(t, DocumentKind::JointOperation);
/// assert_eq!(t.schema_name(), "joint-operation");
/// let err = DocumentKind::from_schema_id("urn:eu-clasi:schema:v2:progress-report").unwrap_err();
/// assert!(err.to_string().contains("this crate reads v1"));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocumentKind {
    /// A [`Declaration`], such as the crate's own `data/declaration.json`.
    Declaration,
    /// A [`VocabularyCatalogue`], such as the crate's own `data/vocabulary.json`.
    VocabularyCatalogue,
    /// A [`ProgressReport`].
    ProgressReport,
    /// A [`JointOperation`].
    JointOperation,
}

use crate::versions::{DocumentType, ID_PREFIX, VERSION};

impl DocumentKind {
    /// Every document type.
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Declaration,
        DocumentKind::VocabularyCatalogue,
        DocumentKind::ProgressReport,
        DocumentKind::JointOperation,
    ];

    /// The name of the type's root schema (`progress-report`), as
    /// [`schema::names`](crate::schema::names) lists it: the name of its file in `schemas/`.
    pub const fn schema_name(self) -> &'static str {
        match self {
            DocumentKind::Declaration => "declaration",
            DocumentKind::VocabularyCatalogue => "vocabulary-catalogue",
            DocumentKind::ProgressReport => "progress-report",
            DocumentKind::JointOperation => "joint-operation",
        }
    }

    /// The `$id` of the type's root schema (`urn:eu-clasi:schema:v1:progress-report`): what a
    /// document of this type writes in its `"$schema"`.
    pub const fn schema_id(self) -> &'static str {
        match self {
            DocumentKind::Declaration => <Declaration as DocumentType>::SCHEMA_ID,
            DocumentKind::VocabularyCatalogue => <VocabularyCatalogue as DocumentType>::SCHEMA_ID,
            DocumentKind::ProgressReport => <ProgressReport as DocumentType>::SCHEMA_ID,
            DocumentKind::JointOperation => <JointOperation as DocumentType>::SCHEMA_ID,
        }
    }

    /// The type whose root schema is called `name` (`progress-report`).
    pub fn from_schema_name(name: &str) -> Option<DocumentKind> {
        Self::ALL.into_iter().find(|t| t.schema_name() == name)
    }

    /// The type whose root schema has the `$id` `id`.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when no document type of this crate has that `$id`: the message
    /// names what the document claims and what this crate reads (for the id of another version
    /// of a schema the crate knows, "the document says ...; this crate reads v1").
    pub fn from_schema_id(id: &str) -> Result<DocumentKind, Error> {
        if let Some(t) = Self::ALL.into_iter().find(|t| t.schema_id() == id) {
            return Ok(t);
        }
        let other_version = id
            .strip_prefix(ID_PREFIX)
            .and_then(|rest| rest.split_once(':'))
            .and_then(|(version, name)| {
                Self::from_schema_name(name).filter(|_| version != VERSION)
            });
        let reason = match other_version {
            Some(t) => format!(
                "the document says {id}; this crate reads {VERSION} ({})",
                t.schema_id()
            ),
            None => format!(
                "it is the $id of no document type this crate reads; expected one of {}",
                Self::ALL.map(DocumentKind::schema_id).join(", ")
            ),
        };
        Err(Error::InvalidValue {
            what: "$schema",
            input: id.to_owned(),
            reason,
        })
    }

    /// Reads `bytes` as a document of this type and lists every problem, as
    /// [`json::check`] does.
    fn check(self, bytes: &[u8]) -> Result<Document, Vec<Problem>> {
        fn as_document<T: FromJson + Validate>(
            bytes: &[u8],
            wrap: fn(T) -> Document,
        ) -> Result<Document, Vec<Problem>> {
            json::check::<T>(bytes).map(wrap)
        }
        match self {
            DocumentKind::Declaration => as_document(bytes, Document::from_declaration),
            DocumentKind::VocabularyCatalogue => as_document(bytes, Document::from_catalogue),
            DocumentKind::ProgressReport => as_document(bytes, Document::from_report),
            DocumentKind::JointOperation => as_document(bytes, Document::from_operation),
        }
    }

    /// Reads `bytes` as a document of this type.
    fn read(self, bytes: &[u8]) -> Result<Document, Error> {
        Ok(match self {
            DocumentKind::Declaration => Document::from_declaration(json::from_slice(bytes)?),
            DocumentKind::VocabularyCatalogue => Document::from_catalogue(json::from_slice(bytes)?),
            DocumentKind::ProgressReport => Document::from_report(json::from_slice(bytes)?),
            DocumentKind::JointOperation => Document::from_operation(json::from_slice(bytes)?),
        })
    }
}

impl fmt::Display for DocumentKind {
    /// The schema's name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.schema_name())
    }
}

/// A document of any type that names its type in a `"$schema"` member, read as the type whose
/// root schema has that `$id` ([`DocumentKind`]).
///
/// It validates and writes itself as the document it holds.
///
/// ```
/// use eu_clasi::Validate;
/// use eu_clasi::document::Document;
///
/// let text = std::fs::read_to_string("data/vocabulary.json")?;
/// let doc = Document::from_slice(text.as_bytes())?;
/// assert!(doc.problems().is_empty());
/// assert_eq!(serde_json::to_string_pretty(&doc)? + "\n", text);
///
/// let err = Document::from_slice(br#"{"$schema": "urn:eu-clasi:schema:v1:period"}"#).unwrap_err();
/// assert!(err.to_string().starts_with("/$schema: "));
/// let err = Document::from_slice(br#"{"title": "no $schema"}"#).unwrap_err();
/// assert!(err.to_string().starts_with("(root): the document names no \"$schema\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Document {
    /// A declaration.
    Declaration(Box<Declaration>),
    /// A catalogue of vocabularies.
    VocabularyCatalogue(Box<VocabularyCatalogue>),
    /// A progress report.
    ProgressReport(Box<ProgressReport>),
    /// A joint operation.
    JointOperation(Box<JointOperation>),
}

impl Document {
    fn from_declaration(d: Declaration) -> Document {
        Document::Declaration(Box::new(d))
    }

    fn from_catalogue(c: VocabularyCatalogue) -> Document {
        Document::VocabularyCatalogue(Box::new(c))
    }

    fn from_report(r: ProgressReport) -> Document {
        Document::ProgressReport(Box::new(r))
    }

    fn from_operation(o: JointOperation) -> Document {
        Document::JointOperation(Box::new(o))
    }

    /// The document's type.
    pub const fn document_type(&self) -> DocumentKind {
        match self {
            Document::Declaration(_) => DocumentKind::Declaration,
            Document::VocabularyCatalogue(_) => DocumentKind::VocabularyCatalogue,
            Document::ProgressReport(_) => DocumentKind::ProgressReport,
            Document::JointOperation(_) => DocumentKind::JointOperation,
        }
    }

    /// The type a document's `"$schema"` names.
    ///
    /// # Errors
    /// [`Error::Json`] when the bytes are no JSON object, when it names no `"$schema"` (at the
    /// root), or when its `"$schema"` is no `$id` of a document type of this crate (at
    /// `/$schema`).
    pub fn type_of(bytes: &[u8]) -> Result<DocumentKind, Error> {
        json::check_bom(bytes)?;
        let id = match schema_member(bytes)? {
            Some(id) => id,
            None => {
                return Err(Error::Json {
                    path: String::new(),
                    line: 0,
                    column: 0,
                    malformed: false,
                    message: format!(
                        "the document names no \"$schema\", so its type is not known; a document of this crate's types names its schema's $id, one of {}",
                        DocumentKind::ALL.map(DocumentKind::schema_id).join(", ")
                    ),
                    source: None,
                });
            }
        };
        DocumentKind::from_schema_id(&id).map_err(|e| Error::Json {
            path: "/$schema".into(),
            line: 0,
            column: 0,
            malformed: false,
            message: match e {
                Error::InvalidValue { input, reason, .. } => format!("{input:?}: {reason}"),
                other => other.to_string(),
            },
            source: None,
        })
    }

    /// Reads a document from JSON bytes, as the type its `"$schema"` names.
    ///
    /// # Errors
    /// As [`Document::type_of`], then as [`json::from_slice`].
    pub fn from_slice(bytes: &[u8]) -> Result<Document, Error> {
        Self::type_of(bytes)?.read(bytes)
    }

    /// Reads a document from a reader of JSON (the whole input), as [`Document::from_slice`].
    ///
    /// # Errors
    /// [`Error::Io`] when reading fails, otherwise as [`Document::from_slice`].
    pub fn from_reader<R: std::io::Read>(mut reader: R) -> Result<Document, Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes)?;
        Self::from_slice(&bytes)
    }

    /// Reads a document from a file, as [`Document::from_slice`].
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, otherwise as [`Document::from_slice`].
    pub fn from_path(path: impl AsRef<Path>) -> Result<Document, Error> {
        Self::from_slice(&std::fs::read(path)?)
    }

    /// Reads a document as the type its `"$schema"` names and lists *every* problem, in one
    /// list, as [`json::check`] does for one type: `Ok` only for a valid document.
    ///
    /// # Errors
    /// Every problem of the document (at least one): when its type cannot be told, the one
    /// problem that says why.
    pub fn check(bytes: &[u8]) -> Result<Document, Vec<Problem>> {
        Self::type_of(bytes)
            .map_err(|e| vec![json::read_problem(e)])?
            .check(bytes)
    }
}

impl Validate for Document {
    fn validate_at(&self, at: &crate::Location<'_>, problems: &mut Vec<Problem>) {
        match self {
            Document::Declaration(d) => d.validate_at(at, problems),
            Document::VocabularyCatalogue(c) => c.validate_at(at, problems),
            Document::ProgressReport(r) => r.validate_at(at, problems),
            Document::JointOperation(o) => o.validate_at(at, problems),
        }
    }
}

impl serde::Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Document::Declaration(d) => d.serialize(serializer),
            Document::VocabularyCatalogue(c) => c.serialize(serializer),
            Document::ProgressReport(r) => r.serialize(serializer),
            Document::JointOperation(o) => o.serialize(serializer),
        }
    }
}

macro_rules! into_document {
    ($($ty:ident => $make:ident),+) => {
        $(impl From<$ty> for Document {
            fn from(value: $ty) -> Document {
                Document::$make(value)
            }
        })+
    };
}

into_document!(
    Declaration => from_declaration,
    VocabularyCatalogue => from_catalogue,
    ProgressReport => from_report,
    JointOperation => from_operation
);

/// The `"$schema"` of a document: `Some` when it is a string, `None` when the document has
/// none (or `null`).
fn schema_member(bytes: &[u8]) -> Result<Option<String>, Error> {
    // The crate writes `$schema` first: read there, the rest of the document is not read.
    if let Some(id) = leading_schema(bytes) {
        return Ok(Some(id.to_owned()));
    }
    json::from_slice::<SchemaMember>(bytes).map(|m| m.0)
}

/// The `"$schema"` string when it is the document's first member, written without escapes.
fn leading_schema(bytes: &[u8]) -> Option<&str> {
    const KEY: &[u8] = b"\"$schema\"";
    let skip = |i: usize| {
        i + bytes.get(i..).map_or(0, |rest| {
            rest.iter().take_while(|&&b| json::is_json_ws(b)).count()
        })
    };
    let mut i = skip(0);
    (bytes.get(i) == Some(&b'{')).then_some(())?;
    i = skip(i + 1);
    (bytes.get(i..i + KEY.len()) == Some(KEY)).then_some(())?;
    i = skip(i + KEY.len());
    (bytes.get(i) == Some(&b':')).then_some(())?;
    i = skip(i + 1);
    (bytes.get(i) == Some(&b'"')).then_some(())?;
    let start = i + 1;
    let len = bytes
        .get(start..)?
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    (bytes.get(start + len) == Some(&b'"')).then_some(())?;
    std::str::from_utf8(&bytes[start..start + len]).ok()
}

/// Only the `"$schema"` member of a document (the other members are read and left).
struct SchemaMember(Option<String>);

impl<'de> serde::Deserialize<'de> for SchemaMember {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = SchemaMember;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a document: a JSON object with a \"$schema\"")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SchemaMember, A::Error> {
                let mut schema: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "$schema" {
                        if schema.is_some() {
                            return Err(serde::de::Error::duplicate_field("$schema"));
                        }
                        schema = Some(map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(SchemaMember(schema.flatten()))
            }
        }
        deserializer.deserialize_map(V)
    }
}

crate::readers::from_json!(SchemaMember);

/// What the documents of an input are checked as: the type each names in its `"$schema"`
/// ([`Expect::named`]), or one type for all ([`Expect::document`], or
/// [`schema::expect`](crate::schema::expect) for any root schema by name).
#[derive(Debug, Clone, Copy)]
pub struct Expect(How);

#[derive(Debug, Clone, Copy)]
enum How {
    Named,
    Given {
        name: &'static str,
        check: fn(&[u8]) -> Result<(), Vec<Problem>>,
    },
}

impl Expect {
    /// Each document is checked as the type its `"$schema"` names; a document that names none,
    /// or one this crate does not read, gives one problem that says so and
    /// [`Checked::schema`] `None`.
    pub const fn named() -> Expect {
        Expect(How::Named)
    }

    /// Every document is checked as `t`, whatever it names (the type's own reader judges its
    /// `"$schema"`).
    pub fn document(t: DocumentKind) -> Expect {
        Expect(How::Given {
            name: t.schema_name(),
            check: match t {
                DocumentKind::Declaration => checks::<Declaration>,
                DocumentKind::VocabularyCatalogue => checks::<VocabularyCatalogue>,
                DocumentKind::ProgressReport => checks::<ProgressReport>,
                DocumentKind::JointOperation => checks::<JointOperation>,
            },
        })
    }

    /// Every document is checked by `check`, as the type whose schema is called `name`.
    #[cfg_attr(not(feature = "schema"), allow(dead_code))]
    pub(crate) const fn given(
        name: &'static str,
        check: fn(&[u8]) -> Result<(), Vec<Problem>>,
    ) -> Expect {
        Expect(How::Given { name, check })
    }

    /// Checks one document: the schema name of the type it was checked as, and its problems.
    fn check(self, bytes: &[u8]) -> (Option<&'static str>, Vec<Problem>) {
        match self.0 {
            How::Named => match Document::type_of(bytes) {
                Ok(t) => (
                    Some(t.schema_name()),
                    t.check(bytes).err().unwrap_or_default(),
                ),
                Err(e) => (None, vec![json::read_problem(e)]),
            },
            How::Given { name, check } => (Some(name), check(bytes).err().unwrap_or_default()),
        }
    }
}

/// Reads a `T` and lists every problem, read errors included.
fn checks<T: FromJson + Validate>(bytes: &[u8]) -> Result<(), Vec<Problem>> {
    json::check::<T>(bytes).map(drop)
}

/// How the documents of an input are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Framing {
    /// Told from the input: JSON Lines when its first non-blank line is a whole JSON value on
    /// its own, otherwise one document. For a stream with no name.
    Detect,
    /// JSON Lines: one document a line. A document written over several lines (a
    /// pretty-printed one) is one problem, with the hint that in JSON Lines each document is
    /// one line, given once for the input.
    JsonLines,
    /// The whole input is one document, pretty-printed or not.
    Document,
}

impl Framing {
    /// The framing a file's name says: `.jsonl` and `.ndjson` are JSON Lines, `.json` one
    /// document, any other name [`Framing::Detect`].
    pub fn of_path(path: &Path) -> Framing {
        match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl" | "ndjson") => Framing::JsonLines,
            Some("json") => Framing::Document,
            _ => Framing::Detect,
        }
    }
}

/// Checks whole inputs: a file or a stream whatever its framing, every document of it, one
/// [`Checked`] for each.
///
/// ```
/// use eu_clasi::document::{Checker, Expect, Framing};
///
/// let pretty = std::fs::read("data/declaration.json")?;
/// // Read as one document, it is valid.
/// let checked: Vec<_> = Checker::new(Expect::named()).check_reader(pretty.as_slice()).collect::<Result<_, _>>()?;
/// assert!(checked.len() == 1 && checked[0].is_valid());
/// // Read as JSON Lines, it is one problem, with the hint.
/// let checked: Vec<_> = Checker::new(Expect::named())
///     .framing(Framing::JsonLines)
///     .check_reader(pretty.as_slice())
///     .collect::<Result<_, _>>()?;
/// assert_eq!(checked.len(), 1);
/// assert_eq!(checked[0].problems.len(), 1);
/// assert!(checked[0].problems[0].message.contains("in JSON Lines each document is one line"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Checker {
    expect: Expect,
    framing: Framing,
    max_document_bytes: usize,
}

impl Checker {
    /// A checker of documents of the type `expect` says, of any framing
    /// ([`Framing::Detect`]), at most [`DEFAULT_MAX_DOCUMENT_BYTES`] long.
    pub const fn new(expect: Expect) -> Checker {
        Checker {
            expect,
            framing: Framing::Detect,
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
        }
    }

    /// Reads inputs as `framing` says.
    #[must_use]
    pub const fn framing(mut self, framing: Framing) -> Checker {
        self.framing = framing;
        self
    }

    /// Refuses documents (lines of JSON Lines, or whole documents) longer than `max` bytes:
    /// the memory the checker holds is bounded by it. A longer line is one problem, skipped
    /// without being held; a longer document is one problem.
    #[must_use]
    pub const fn max_document_bytes(mut self, max: usize) -> Checker {
        self.max_document_bytes = max;
        self
    }

    /// Checks every document of `reader` (buffer it for speed: `&[u8]`, a `BufReader`,
    /// `stdin().lock()`).
    pub fn check_reader<R: BufRead>(&self, reader: R) -> Checks<R> {
        Checks {
            lines: LineReader::new(reader).max_line_bytes(self.max_document_bytes),
            checker: *self,
            framing: self.framing,
            pending: VecDeque::new(),
            seen: false,
            hint_given: false,
            gather_failed: false,
            done: false,
        }
    }

    /// Checks every document of the file at `path`. With [`Framing::Detect`], the framing is
    /// the one the file's name says ([`Framing::of_path`]), and told from the content for
    /// other names.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be opened.
    pub fn check_path(
        &self,
        path: impl AsRef<Path>,
    ) -> Result<Checks<BufReader<std::fs::File>>, Error> {
        let path = path.as_ref();
        let file = std::fs::File::open(path)?;
        let mut checker = *self;
        if checker.framing == Framing::Detect {
            checker.framing = Framing::of_path(path);
        }
        Ok(checker.check_reader(BufReader::with_capacity(1 << 16, file)))
    }
}

/// One document of an input, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Checked {
    /// The line the document starts on (1-based).
    pub line: usize,
    /// The name of the schema the document was checked against: the one given, or the one its
    /// `"$schema"` names. `None` when no type was given and the document's could not be told
    /// (it names no `"$schema"`, or one this crate does not read, or it cannot be read).
    pub schema: Option<&'static str>,
    /// Every problem of the document, in document order: none when it is valid.
    pub problems: Vec<Problem>,
}

impl Checked {
    /// Whether the document has no problem.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
}

/// A line read ahead, to be read again.
enum Pending {
    Bytes(usize, Vec<u8>),
    TooLong(usize, usize),
}

/// The documents of an input, checked one by one: made by [`Checker::check_reader`] and
/// [`Checker::check_path`]. Yields `Err` only when reading the input fails, and ends after
/// it.
pub struct Checks<R> {
    lines: LineReader<R>,
    checker: Checker,
    framing: Framing,
    pending: VecDeque<Pending>,
    /// Whether any non-blank line was met.
    seen: bool,
    /// Whether the hint about JSON Lines was given.
    hint_given: bool,
    /// Whether a line that leaves its value open was followed, once, to no end.
    gather_failed: bool,
    done: bool,
}

/// The hint given, once for an input, when a document of JSON Lines is not on one line.
const HINT: &str = "in JSON Lines each document is one line (a pretty-printed document is read as one document, as from a .json file)";

/// How far a value that starts at the start of `bytes` (after white space) stands at their end,
/// as far as brackets and strings tell: `carried` is where the lines before left it (`None` for
/// a line that starts a value).
fn open_depth(bytes: &[u8], carried: Option<Scan>) -> Scan {
    let mut scan = carried.unwrap_or_default();
    for &b in bytes {
        if scan.in_string {
            match (scan.escaped, b) {
                (true, _) => scan.escaped = false,
                (false, b'\\') => scan.escaped = true,
                (false, b'"') => scan.in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => scan.in_string = true,
            b'{' | b'[' => scan.depth += 1,
            b'}' | b']' => {
                scan.depth = scan.depth.saturating_sub(1);
                if scan.depth == 0 {
                    scan.closed = true;
                }
            }
            _ => {}
        }
        if scan.closed {
            break;
        }
    }
    scan
}

/// Where a scan of brackets and strings stands.
#[derive(Default, Clone, Copy)]
struct Scan {
    depth: usize,
    in_string: bool,
    escaped: bool,
    closed: bool,
}

impl Scan {
    /// Whether the value is open: brackets opened and not closed yet.
    const fn is_open(self) -> bool {
        !self.closed && (self.depth > 0 || self.in_string)
    }
}

impl<R: BufRead> Checks<R> {
    /// The next line: one read ahead, or the next of the input.
    fn next_line(&mut self) -> Option<Result<Pending, Error>> {
        if let Some(p) = self.pending.pop_front() {
            return Some(Ok(p));
        }
        let (number, line) = self.lines.next_raw()?;
        Some(match line {
            Err(e) => Err(e.into()),
            Ok(RawLine::TooLong(len)) => Ok(Pending::TooLong(number, len)),
            Ok(RawLine::Bytes(bytes)) => Ok(Pending::Bytes(number, bytes.to_vec())),
        })
    }

    /// A problem of the input as a whole, or of a line, with no document read.
    fn syntax(line: usize, message: String) -> Checked {
        Checked {
            line,
            schema: None,
            problems: vec![Problem::new("", ProblemKind::Syntax, message).at(line, 0)],
        }
    }

    /// The hint, the first time it is given.
    fn hint(&mut self) -> String {
        if std::mem::replace(&mut self.hint_given, true) {
            String::new()
        } else {
            format!("; {HINT}")
        }
    }

    /// Checks the document `bytes`, which starts on line `line` of the input.
    fn check(&self, line: usize, bytes: &[u8]) -> Checked {
        let (schema, mut problems) = self.checker.expect.check(bytes);
        for p in &mut problems {
            json::problem_on_line(p, line, 0);
        }
        Checked {
            line,
            schema,
            problems,
        }
    }

    fn too_long(&self, line: usize, len: usize) -> Checked {
        Self::syntax(
            line,
            format!(
                "the line has {len} bytes, more than the {} this reader accepts",
                self.checker.max_document_bytes
            ),
        )
    }

    /// The first non-blank line decides: only the start of a value that goes on past the line
    /// (an opening `{` of a pretty-printed document: the reader reaches the end of the line
    /// inside it) means one document; a whole JSON value means JSON Lines, and so does a line
    /// that is no JSON at all (garbage, a byte order mark), which is then one invalid line,
    /// the lines after it still read.
    fn detect(&mut self) -> Option<Result<(), Error>> {
        loop {
            let line = match self.next_line()? {
                Ok(line) => line,
                Err(e) => return Some(Err(e)),
            };
            let whole = match &line {
                Pending::Bytes(_, bytes) => {
                    let trimmed = json::trim_json_ws(bytes).0;
                    if trimmed.is_empty() {
                        continue;
                    }
                    match serde_json::from_slice::<serde::de::IgnoredAny>(trimmed) {
                        Ok(_) => true,
                        Err(e) => !e.is_eof(),
                    }
                }
                Pending::TooLong(..) => true,
            };
            self.framing = if whole {
                Framing::JsonLines
            } else {
                Framing::Document
            };
            self.pending.push_front(line);
            return Some(Ok(()));
        }
    }

    /// The whole input as one document.
    fn whole(&mut self) -> Option<Result<Checked, Error>> {
        let mut bytes = Vec::new();
        let mut first = None;
        let mut too_long = false;
        while let Some(line) = self.next_line() {
            match line {
                Err(e) => return Some(Err(e)),
                Ok(Pending::TooLong(number, _)) => {
                    first.get_or_insert(number);
                    too_long = true;
                    break;
                }
                Ok(Pending::Bytes(number, line)) => {
                    if first.is_none() {
                        if json::trim_json_ws(&line).0.is_empty() {
                            continue;
                        }
                        first = Some(number);
                    } else {
                        bytes.push(b'\n');
                    }
                    if bytes.len() + line.len() > self.checker.max_document_bytes {
                        too_long = true;
                        break;
                    }
                    bytes.extend_from_slice(&line);
                }
            }
        }
        let first = first?;
        self.seen = true;
        Some(Ok(if too_long {
            Self::syntax(
                first,
                format!(
                    "the document has more than the {} bytes this reader accepts",
                    self.checker.max_document_bytes
                ),
            )
        } else {
            self.check(first, &bytes)
        }))
    }

    /// The next document of JSON Lines.
    fn json_line(&mut self) -> Option<Result<Checked, Error>> {
        loop {
            let (number, bytes) = match self.next_line()? {
                Err(e) => return Some(Err(e)),
                Ok(Pending::TooLong(number, len)) => {
                    self.seen = true;
                    return Some(Ok(self.too_long(number, len)));
                }
                Ok(Pending::Bytes(number, bytes)) => (number, bytes),
            };
            let trimmed = json::trim_json_ws(&bytes).0;
            if trimmed.is_empty() {
                continue;
            }
            self.seen = true;
            let scan = open_depth(trimmed, None);
            if !scan.is_open() || self.gather_failed {
                let mut checked = self.check(number, &bytes);
                if scan.is_open() {
                    self.add_hint(&mut checked);
                }
                return Some(Ok(checked));
            }
            return Some(self.gather(number, bytes, scan));
        }
    }

    /// Appends the hint, the first time, to the first problem of a line whose document does
    /// not end on it.
    fn add_hint(&mut self, checked: &mut Checked) {
        if let Some(p) = checked.problems.first_mut()
            && p.kind == ProblemKind::Syntax
        {
            let hint = self.hint();
            p.message.push_str(&hint);
        }
    }

    /// Follows a value left open at the end of line `number` over the next lines: when it ends
    /// on a later line, the lines hold one document written over several lines (one problem);
    /// when it does not (the input ends, or the lines exceed the bound), the line is one
    /// malformed line and the lines after it are read again.
    fn gather(&mut self, number: usize, bytes: Vec<u8>, mut scan: Scan) -> Result<Checked, Error> {
        let mut held: Vec<Pending> = Vec::new();
        let mut size = bytes.len();
        let mut end = None;
        while let Some(line) = self.next_line() {
            let line = line?;
            let Pending::Bytes(n, next) = &line else {
                held.push(line);
                break;
            };
            size += next.len() + 1;
            if size > self.checker.max_document_bytes {
                held.push(line);
                break;
            }
            scan = open_depth(next, Some(scan));
            let n = *n;
            held.push(line);
            if !scan.is_open() {
                end = Some(n);
                break;
            }
        }
        match end {
            Some(last) => {
                let hint = self.hint();
                Ok(Self::syntax(
                    number,
                    format!(
                        "lines {number} to {last} hold one document written over several lines{hint}"
                    ),
                ))
            }
            None => {
                self.gather_failed = true;
                for line in held.into_iter().rev() {
                    self.pending.push_front(line);
                }
                let mut checked = self.check(number, &bytes);
                self.add_hint(&mut checked);
                Ok(checked)
            }
        }
    }
}

impl<R: BufRead> Iterator for Checks<R> {
    type Item = Result<Checked, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if self.framing == Framing::Detect {
            match self.detect() {
                Some(Ok(())) => {}
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                None => self.framing = Framing::JsonLines,
            }
        }
        let next = match self.framing {
            Framing::Document => {
                let next = self.whole();
                self.done = true;
                next
            }
            _ => self.json_line(),
        };
        match next {
            Some(Err(e)) => {
                self.done = true;
                Some(Err(e))
            }
            Some(Ok(checked)) => Some(Ok(checked)),
            None if !self.seen => {
                self.done = true;
                self.seen = true;
                Some(Ok(Self::syntax(
                    1,
                    "the input holds no JSON document: it is empty or white space only".into(),
                )))
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}
