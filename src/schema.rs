//! JSON Schemas (draft 2020-12) for the crate's types, generated from the types themselves.
//!
//! Every root type has one self-contained schema with a stable, versioned `$id`
//! ([`id`]), a title, and descriptions taken from the doc comments. The schemas the crate ships
//! in `schemas/` are exactly what [`all`] generates (a test fails when they drift; run
//! `cargo xtask regen` to regenerate them).
//!
//! How the generated schemas are shaped:
//! - vocabularies are a string `enum` of their wire codes, with each term's description and
//!   labels as the annotations `x-enum-descriptions` and `x-enum-labels`, in the same order;
//! - rules that JSON Schema cannot state are listed under `x-rules` (`id` and `description`),
//!   and reported by [`Validate`] with the same id;
//! - only the `format`s JSON Schema defines are kept (`date`, `date-time`, ...), each backed
//!   by a `pattern`, because validators do not assert `format` unless asked to;
//! - every object rejects unknown members (`additionalProperties: false`).
//!
//! ```
//! let schema = eu_clasi::schema::by_name("crime-area").unwrap();
//! assert_eq!(schema["$id"], "urn:eu-clasi:schema:v1:crime-area");
//! assert_eq!(schema["enum"][0], "drug_trafficking");
//! ```

use schemars::generate::SchemaSettings;
use schemars::transform::{RestrictFormats, Transform};
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::json::FromJson;
use crate::{Error, Problem, Validate};
#[cfg(doc)]
use crate::{JointOperation, ProgressReport};

/// The version of the schema contract, part of every `$id` (the policy is in
/// [`versions`](crate::versions)).
pub use crate::versions::VERSION;

/// The `$id` of the schema called `name` (`crime-area` -> `urn:eu-clasi:schema:v1:crime-area`).
///
/// The ids are URNs: names, not addresses; the schemas are found in the crate's `schemas/`
/// folder as `<name>.schema.json`.
pub fn id(name: &str) -> String {
    format!("{}{VERSION}:{name}", crate::versions::ID_PREFIX)
}

/// A root type's schema name, as [`names`] lists them: for a vocabulary its kind with `-` for
/// `_` (`crime_area` -> `crime-area`, `empact_priority_2022` -> `empact-priority-2022`), for the
/// other roots the name written in this module's table of roots (`progress-report`,
/// `vocabulary-catalogue`, ...). Renaming a Rust type changes no schema name. A type that is no
/// root has no schema file of its own; it is named by its Rust name in kebab case.
pub fn name_of<T: JsonSchema + 'static>() -> String {
    let wanted = std::any::TypeId::of::<T>();
    roots()
        .find(|r| (r.type_id)() == wanted)
        .map(|r| (r.name)())
        .unwrap_or_else(|| kebab(&T::schema_name()))
}

/// A vocabulary's schema name: its kind, with `-` for `_`.
fn vocabulary_name<V: crate::Vocabulary>() -> String {
    V::KIND.replace('_', "-")
}

fn kebab(name: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        let boundary = match prev {
            Some(p) => {
                (c.is_uppercase() && !p.is_uppercase())
                    || (c.is_ascii_digit() && !p.is_ascii_digit())
            }
            None => false,
        };
        if boundary {
            out.push('-');
        }
        out.extend(c.to_lowercase());
        prev = Some(c);
    }
    out
}

/// What the Rust reader refuses and no JSON Schema can see (other JSON parsers change or accept
/// it before a validator sees the document): the last paragraph of every root schema's
/// description.
pub const NOT_IN_ANY_SCHEMA: &str = "No JSON Schema can see four things the eu-clasi Rust reader refuses: duplicate keys in an object (other JSON parsers keep one of the values before a validator sees the document), nesting 128 levels deep or more (serde_json's recursion limit; a document of 127 levels is read), a number beyond the range of a 64-bit float such as 1e400, even in an x_ extension (other JSON parsers read it as infinity), and lone surrogates such as \"\\ud800\" in a string (a Rust string cannot hold one).";

/// The schema of a root type, generated and shaped as the module docs say.
pub fn generate<T: JsonSchema + 'static>() -> Value {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema: Schema = generator.root_schema_for::<T>();
    RestrictFormats::default().transform(&mut schema);
    let mut value = schema.to_value();
    let name = name_of::<T>();
    if let Value::Object(map) = &mut value {
        let mut root = serde_json::Map::new();
        root.insert(
            "$schema".into(),
            map.remove("$schema").unwrap_or(Value::Null),
        );
        root.insert("$id".into(), Value::String(id(&name)));
        root.insert(
            "title".into(),
            map.remove("title")
                .unwrap_or_else(|| Value::String(T::schema_name().into())),
        );
        root.extend(std::mem::take(map));
        let description = match root.get("description").and_then(Value::as_str) {
            Some(d) if !d.is_empty() => format!("{}\n\n{NOT_IN_ANY_SCHEMA}", clean_description(d)),
            _ => NOT_IN_ANY_SCHEMA.to_owned(),
        };
        root.insert("description".into(), Value::String(description));
        *map = root;
    }
    tidy(&mut value);
    value
}

/// Cleans every description (doc comments become plain prose: code examples and rustdoc link
/// targets dropped) and backs `date-time` formats with a pattern.
fn tidy(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get_mut("description") {
                *d = clean_description(d);
            }
            for (_, v) in map.iter_mut() {
                tidy(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Doc-comment Markdown as plain prose: fenced code blocks dropped, `[`X`](path)` and
/// `[`X`]` links reduced to `X`, paragraphs kept, lines within a paragraph joined.
pub(crate) fn clean_description(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut in_code = false;
    for line in doc.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if trimmed.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(trimmed);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    crate::vocab::strip_links(&paragraphs.join("\n\n"))
        .trim()
        .to_owned()
}

/// One root type: its schema's name, its schema, and its Rust parser.
struct Root {
    name: fn() -> String,
    type_id: fn() -> std::any::TypeId,
    generate: fn() -> Value,
    check: fn(&[u8]) -> Result<Vec<Problem>, Error>,
    problems: ProblemChecker,
}

/// Reads a `T` and lists every problem, read errors included.
fn problems_as<T: FromJson + Validate>(bytes: &[u8]) -> Result<(), Vec<Problem>> {
    crate::json::check::<T>(bytes).map(|_| ())
}

/// Parses a `T` and lists its problems.
fn check_as<T: FromJson + Validate>(bytes: &[u8]) -> Result<Vec<Problem>, Error> {
    let value: T = crate::json::from_slice(bytes)?;
    Ok(value.problems())
}

macro_rules! roots {
    ($table:ident, $($name:literal => $ty:ty),* $(,)?) => {
        const $table: &[Root] = &[$(Root {
            name: || $name.to_owned(),
            type_id: std::any::TypeId::of::<$ty>,
            generate: generate::<$ty>,
            check: check_as::<$ty>,
            problems: problems_as::<$ty>,
        }),*];
    };
}

/// Every vocabulary is a root, from the registry, named after its kind.
macro_rules! vocabulary_roots {
    ($($ty:ty),+) => {
        const VOCABULARY_ROOTS: &[Root] = &[$(Root {
            name: vocabulary_name::<$ty>,
            type_id: std::any::TypeId::of::<$ty>,
            generate: generate::<$ty>,
            check: check_as::<$ty>,
            problems: problems_as::<$ty>,
        }),+];
    };
}

crate::vocab::vocabularies!(vocabulary_roots);

// The other roots, each with its schema name: the name of its file in `schemas/` and the last
// part of its `$id`. A published name never changes.
roots!(
    OTHER_ROOTS,
    "action-id" => crate::ActionId,
    "partial-date" => crate::PartialDate,
    "period" => crate::Period,
    "declaration" => crate::Declaration,
    "roadmap-action" => crate::RoadmapAction,
    "vocabulary-catalogue" => crate::VocabularyCatalogue,
    "progress-report" => crate::ProgressReport,
    "joint-operation" => crate::JointOperation,
    "indicator" => crate::Indicator,
    "money" => crate::Money,
    "record-id" => crate::RecordId,
    "timestamp" => crate::Timestamp,
    "currency" => crate::Currency,
);

/// Every root type: the vocabularies, then the other types.
fn roots() -> impl Iterator<Item = &'static Root> {
    VOCABULARY_ROOTS.iter().chain(OTHER_ROOTS)
}

/// The names of every root schema, in order (`crime-area`, `country`, ...).
pub fn names() -> Vec<String> {
    NAMES.clone()
}

/// The root schemas' names, computed once.
static NAMES: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| roots().map(|r| (r.name)()).collect());

/// The root called `name`.
fn root(name: &str) -> Option<&'static Root> {
    NAMES
        .iter()
        .position(|n| n == name)
        .and_then(|i| roots().nth(i))
}

/// Every root schema with its name, in order.
pub fn all() -> Vec<(String, Value)> {
    roots().map(|r| ((r.name)(), (r.generate)())).collect()
}

/// The root schema called `name` (`crime-area`), if there is one.
pub fn by_name(name: &str) -> Option<Value> {
    root(name).map(|r| (r.generate)())
}

/// The schema called `name` for records of `roadmap` rather than of the built-in 2025-2026
/// one: wherever the schema lists the roadmap's action ids (a progress report's `action`, a
/// joint operation's `actions`, marked `x-roadmap`), it lists `roadmap`'s instead. For a
/// roadmap read from JSON as a [`Declaration`](crate::Declaration): its records are then
/// judged by any validator as [`ProgressReport::problems_against`] and
/// [`JointOperation::problems_against`] judge them in Rust.
///
/// The schema's `$id` names the roadmap, `<the built-in $id>:roadmap-<years>`
/// (`urn:eu-clasi:schema:v1:progress-report:roadmap-2027-2028`), so that it is never mistaken
/// for the shipped one. The documents it validates still say
/// `"$schema": "urn:eu-clasi:schema:v1:progress-report"` (or nothing): their format is the same,
/// only the list of actions differs. For the built-in roadmap, and for a schema that names no
/// action, the result is [`by_name`]'s. `None` when no root schema has that name.
///
/// ```
/// use eu_clasi::{declaration, json, schema, Declaration};
///
/// // A next roadmap, read from JSON: the built-in one with a fifth pillar.
/// let mut next: Declaration = json::from_str(&serde_json::to_string(declaration())?)?;
/// next.roadmap.period = "2027/2028".parse()?;
/// let mut fifth = next.roadmap.pillars[3].clone();
/// fifth.number = 5;
/// for (i, action) in fifth.actions.iter_mut().enumerate() {
///     action.id = eu_clasi::ActionId::new(5, i as u8 + 1)?;
/// }
/// next.roadmap.pillars.push(fifth);
///
/// let built_in = schema::by_name("progress-report").unwrap();
/// let s = schema::for_roadmap("progress-report", &next.roadmap).unwrap();
/// assert_eq!(s["$id"], "urn:eu-clasi:schema:v1:progress-report:roadmap-2027-2028");
/// assert_eq!(built_in["properties"]["action"]["enum"].as_array().unwrap().len(), 17);
/// assert_eq!(s["properties"]["action"]["enum"].as_array().unwrap().len(), 20);
/// assert_eq!(s["properties"]["action"]["enum"][19], "5.iii");
/// assert_eq!(schema::for_roadmap("progress-report", &declaration().roadmap), Some(built_in));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn for_roadmap(name: &str, roadmap: &crate::Roadmap) -> Option<Value> {
    let mut schema = by_name(name)?;
    if *roadmap == crate::declaration().roadmap {
        return Some(schema);
    }
    fn mark(node: &mut Value, roadmap: &crate::Roadmap) -> bool {
        if node.get(crate::model::ROADMAP_ANNOTATION).is_some() {
            crate::model::roadmap_actions(node, roadmap);
            return true;
        }
        match node {
            Value::Object(map) => map.values_mut().fold(false, |f, v| mark(v, roadmap) | f),
            Value::Array(items) => items.iter_mut().fold(false, |f, v| mark(v, roadmap) | f),
            _ => false,
        }
    }
    if mark(&mut schema, roadmap) {
        schema["$id"] = Value::String(format!("{}:roadmap-{}", id(name), roadmap.years()));
    }
    Some(schema)
}

/// Reads `bytes` as a document of the root type whose schema is called `name`, the way the
/// Rust types do, and lists its problems: `Ok` with no problem exactly when the document is
/// valid.
///
/// ```
/// use eu_clasi::schema::check;
///
/// assert_eq!(check("action-id", br#""1.vi""#).unwrap().len(), 0);
/// assert!(check("action-id", br#""1.VI""#).is_err());
/// let problems = check("period", br#"{"start":"2026","end":"2025"}"#).unwrap();
/// assert_eq!(problems[0].rule, Some("period-ordered"));
/// assert!(check("no-such-schema", b"{}").is_err());
/// ```
///
/// # Errors
/// [`Error::Json`] when the document cannot be read as that type, [`Error::InvalidValue`] when
/// no root schema has that name.
pub fn check(name: &str, bytes: &[u8]) -> Result<Vec<Problem>, Error> {
    checker(name)?(bytes)
}

/// A reader that checks documents of one root type: [`check`] with the type looked up once,
/// for streams of documents of the same type.
pub type Checker = fn(&[u8]) -> Result<Vec<Problem>, Error>;

/// The [`Checker`] of the root type whose schema is called `name`.
///
/// ```
/// let check_period = eu_clasi::schema::checker("period")?;
/// for line in [r#"{"start":"2025","end":"2026"}"#, r#"{"start":"2026","end":"2025"}"#] {
///     println!("{:?}", check_period(line.as_bytes())?);
/// }
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// [`Error::InvalidValue`] when no root schema has that name.
pub fn checker(name: &str) -> Result<Checker, Error> {
    root(name)
        .map(|r| r.check)
        .ok_or_else(|| unknown_name(name))
}

/// A check of documents of one root type that lists every problem in one list, read errors
/// included: [`json::check`](crate::json::check) for a type chosen by schema name.
pub type ProblemChecker = fn(&[u8]) -> Result<(), Vec<Problem>>;

/// The [`ProblemChecker`] of the root type whose schema is called `name`: with
/// [`json::CheckedLines::with_check`](crate::json::CheckedLines::with_check), a data-quality
/// report over a JSON Lines file of any root type, with one error shape.
///
/// ```
/// use eu_clasi::{json::CheckedLines, schema};
///
/// let check = schema::problem_checker("period")?;
/// let input = "{\"start\":\"2025\",\"end\":\"2026\"}\n{\"start\":1}\n";
/// let lines: Vec<_> = CheckedLines::with_check(input.as_bytes(), check).collect::<Result<_, _>>()?;
/// assert!(lines[0].result.is_ok());
/// assert_eq!(lines[1].result.as_ref().unwrap_err()[0].path, "/start");
/// assert!(schema::problem_checker("no-such-schema").is_err());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// [`Error::InvalidValue`] when no root schema has that name.
pub fn problem_checker(name: &str) -> Result<ProblemChecker, Error> {
    root(name)
        .map(|r| r.problems)
        .ok_or_else(|| unknown_name(name))
}

/// What a [`document::Checker`](crate::document::Checker) checks every document of an input
/// as: the root type whose schema is called `name`, whichever it is (a vocabulary, a period,
/// a record, ...).
///
/// ```
/// use eu_clasi::{document::Checker, schema};
///
/// let input = "{\"start\":\"2025\",\"end\":\"2026\"}\n{\"start\":1}\n";
/// let checked: Vec<_> = Checker::new(schema::expect("period")?)
///     .check_reader(input.as_bytes())
///     .collect::<Result<_, _>>()?;
/// assert!(checked[0].is_valid());
/// assert_eq!(checked[1].problems[0].path, "/start");
/// assert!(schema::expect("no-such-schema").is_err());
/// # Ok::<(), eu_clasi::Error>(())
/// ```
///
/// # Errors
/// [`Error::InvalidValue`] when no root schema has that name.
pub fn expect(name: &str) -> Result<crate::document::Expect, Error> {
    let i = NAMES
        .iter()
        .position(|n| n == name)
        .ok_or_else(|| unknown_name(name))?;
    let root = roots().nth(i).ok_or_else(|| unknown_name(name))?;
    let name: &'static str = NAMES[i].as_str();
    Ok(crate::document::Expect::given(name, root.problems))
}

fn unknown_name(name: &str) -> Error {
    Error::InvalidValue {
        what: "schema name",
        input: name.to_owned(),
        reason: format!("expected one of {}", NAMES.join(", ")),
    }
}

/// The files the crate ships that are generated from its code, as (path relative to the
/// crate's root, contents): every schema in `schemas/`, and `data/declaration.json` and
/// `data/vocabulary.json`, each with a `"$schema"` equal to its schema's `$id`. Pretty-printed
/// JSON with a final newline, byte for byte what `cargo xtask regen` writes.
pub fn generated_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = all()
        .into_iter()
        .map(|(name, schema)| (format!("schemas/{name}.schema.json"), pretty(&schema)))
        .collect();
    let mut declaration = crate::declaration().clone();
    declaration.schema = Some(crate::SchemaId::new());
    files.push(("data/declaration.json".into(), pretty(&declaration)));
    let mut catalogue = crate::VocabularyCatalogue::built_in();
    catalogue.schema = Some(crate::SchemaId::new());
    files.push(("data/vocabulary.json".into(), pretty(&catalogue)));
    files
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    // The crate's own types and generated schemas always serialize.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
