//! JSON Schemas (draft 2020-12) for the crate's types, generated from the types themselves.
//!
//! Every root type has one self-contained schema with a stable, versioned `$id`
//! ([`id`]), a title, and descriptions taken from the doc comments. The schemas the crate ships
//! in `schemas/` are exactly what [`all`] generates (a test fails when they drift; run
//! `cargo run --example export_schemas` to regenerate them).
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

use serde::de::DeserializeOwned;

use crate::{Error, Problem, Rule, Validate};

/// The version of the schema contract, part of every `$id`. It changes only when a schema
/// stops accepting documents it accepted before.
pub const VERSION: &str = "v1";

/// The `$id` of the schema called `name` (`crime-area` -> `urn:eu-clasi:schema:v1:crime-area`).
///
/// The ids are URNs: names, not addresses; the schemas are found in the crate's `schemas/`
/// folder as `<name>.schema.json`.
pub fn id(name: &str) -> String {
    format!("urn:eu-clasi:schema:{VERSION}:{name}")
}

/// A root type's schema name: its Rust name in kebab case (`CrimeArea` -> `crime-area`,
/// `EmpactPriority2022` -> `empact-priority-2022`).
pub fn name_of<T: JsonSchema>() -> String {
    kebab(&T::schema_name())
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

/// What no JSON Schema can see, and the Rust reader refuses: the last paragraph of every root
/// schema's description.
pub const NOT_IN_ANY_SCHEMA: &str = "No JSON Schema can see three things the eu-clasi Rust reader refuses: duplicate keys in an object (other JSON parsers keep one of the values before a validator sees the document), nesting deeper than 128 levels (serde_json's recursion limit), and lone surrogates such as \"\\ud800\" in a string (a Rust string cannot hold one).";

/// The schema of a root type, generated and shaped as the module docs say.
pub fn generate<T: JsonSchema>() -> Value {
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

/// Adds the rules a type's [`Validate`] checks to its schema as `x-rules`: used as
/// `#[schemars(transform = ...)]` on the types that have rules.
pub(crate) fn add_rules<T: Validate>(schema: &mut Schema) {
    add_rule_list(schema, T::RULES);
}

fn add_rule_list(schema: &mut Schema, rules: &[Rule]) {
    if rules.is_empty() {
        return;
    }
    let list: Vec<Value> = rules
        .iter()
        .map(|r| serde_json::json!({ "id": r.id, "description": r.description }))
        .collect();
    schema.insert("x-rules".into(), Value::Array(list));
}

/// Rewrites an internally tagged enum's `oneOf` (one object branch per variant, each with a
/// `const` tag) as a selection by tag: the object must have a `tag` from the list of variants,
/// and `if` the tag is a variant's, `then` the variant's branch applies. Both forms accept the
/// same documents, but with the `oneOf` a validator reports every failing branch (27 errors for
/// one wrong count, with ajv), with the selection only the branch the tag names.
/// Used as `#[schemars(transform = ...)]` on [`Indicator`](crate::Indicator) and
/// [`Evidence`](crate::Evidence).
pub(crate) fn select_by_kind(schema: &mut Schema) {
    const TAG: &str = "kind";
    let Some(Value::Array(branches)) = schema.remove("oneOf") else {
        return;
    };
    let mut tags = Vec::new();
    let mut rules = Vec::new();
    for branch in branches {
        let tag = branch
            .get("properties")
            .and_then(|p| p.get(TAG))
            .and_then(|k| k.get("const"))
            .cloned()
            .unwrap_or(Value::Null);
        tags.push(tag.clone());
        rules.push(serde_json::json!({
            "if": { "properties": { TAG: { "const": tag } } },
            "then": branch,
        }));
    }
    schema.insert("type".into(), "object".into());
    schema.insert("required".into(), serde_json::json!([TAG]));
    schema.insert(
        "properties".into(),
        serde_json::json!({ TAG: { "type": "string", "enum": tags } }),
    );
    schema.insert("allOf".into(), Value::Array(rules));
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
    generate: fn() -> Value,
    check: fn(&[u8]) -> Result<Vec<Problem>, Error>,
}

/// Parses a `T` and lists its problems.
fn check_as<T: DeserializeOwned + Validate>(bytes: &[u8]) -> Result<Vec<Problem>, Error> {
    let value: T = crate::json::from_slice(bytes)?;
    Ok(value.problems())
}

macro_rules! roots {
    ($($ty:ty),* $(,)?) => {
        /// Every root type, in the order [`all`] lists them.
        const ROOTS: &[Root] = &[$(Root { name: name_of::<$ty>, generate: generate::<$ty>, check: check_as::<$ty> }),*];
    };
}

roots!(
    crate::CrimeArea,
    crate::Country,
    crate::Region,
    crate::Membership,
    crate::Body,
    crate::BodyKind,
    crate::BodyScope,
    crate::CollectiveActor,
    crate::Actor,
    crate::Instrument,
    crate::InstrumentKind,
    crate::EmpactPriority2022,
    crate::EmpactPriority2026,
    crate::Tlp,
    crate::Lang,
    crate::Provenance,
    crate::ParagraphKind,
    crate::ActionId,
    crate::PartialDate,
    crate::Period,
    crate::Declaration,
    crate::RoadmapAction,
    crate::VocabularyCatalogue,
    crate::ProgressReport,
    crate::JointOperation,
    crate::Indicator,
    crate::Money,
    crate::RecordId,
    crate::Timestamp,
    crate::ImplementationStatus,
    crate::OperationKind,
    crate::Substance,
    crate::Currency,
);

/// The names of every root schema, in order (`crime-area`, `country`, ...).
pub fn names() -> Vec<String> {
    NAMES.clone()
}

/// The root schemas' names, computed once.
static NAMES: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| ROOTS.iter().map(|r| (r.name)()).collect());

/// The root called `name`.
fn root(name: &str) -> Option<&'static Root> {
    NAMES
        .iter()
        .position(|n| n == name)
        .and_then(|i| ROOTS.get(i))
}

/// Every root schema with its name, in order.
pub fn all() -> Vec<(String, Value)> {
    ROOTS.iter().map(|r| ((r.name)(), (r.generate)())).collect()
}

/// The root schema called `name` (`crime-area`), if there is one.
pub fn by_name(name: &str) -> Option<Value> {
    root(name).map(|r| (r.generate)())
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
        .ok_or_else(|| Error::InvalidValue {
            what: "schema name",
            input: name.to_owned(),
            reason: format!("expected one of {}", NAMES.join(", ")),
        })
}

/// The files the crate ships that are generated from its code, as (path relative to the
/// crate's root, contents): every schema in `schemas/`, and `data/declaration.json` and
/// `data/vocabulary.json`, each with a `"$schema"` equal to its schema's `$id`. Pretty-printed
/// JSON with a final newline, byte for byte what `cargo run --example export_schemas` writes.
pub fn generated_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = all()
        .into_iter()
        .map(|(name, schema)| (format!("schemas/{name}.schema.json"), pretty(&schema)))
        .collect();
    let mut declaration = crate::declaration().clone();
    declaration.schema = Some(id(&name_of::<crate::Declaration>()));
    files.push(("data/declaration.json".into(), pretty(&declaration)));
    let mut catalogue = crate::VocabularyCatalogue::built_in();
    catalogue.schema = Some(id(&name_of::<crate::VocabularyCatalogue>()));
    files.push(("data/vocabulary.json".into(), pretty(&catalogue)));
    files
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    // The crate's own types and generated schemas always serialize.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
