//! The contract under systematic mutation: from valid documents of every root type, mutated
//! documents are generated at every path with schema-aware operators (other JSON types and
//! shapes, missing and unknown members, near-miss codes, codes written as one-key objects the
//! way serde's derived enums read them (`{"arrests": null}`), booleans as numbers, string
//! bounds and patterns, dates and timestamps in other lexical forms, numbers in other forms and
//! at their bounds, numbers with exponents and deep nesting inside `x_` extensions, and pairs of
//! these), and the Rust parser's verdict (`schema::check`: no error and no schema problem) must
//! equal the verdict of the `jsonschema` crate with format assertion on, on every one. One
//! document in eight is also written as the second line of JSON Lines with other bytes around
//! it (a form feed or a vertical tab before or after it, a CRLF line end, a byte order mark),
//! judged by the crate's checker of whole inputs against a JSON parser and the schema.
//!
//! Rules that no schema can state (`x-rules`) are counted apart: a document that passes the
//! schema and breaks only such a rule is an agreement. Duplicate keys and lone surrogates,
//! which no schema can see, are never generated here. Two documented exceptions are (a number
//! beyond the range of a 64-bit float, such as `1e400`, and nesting 128 levels deep): Rust must
//! refuse them, and the corpus marks them, for the Python and ajv checks to count apart.
//!
//! Seeded and reproducible. `EU_CLASI_MUTATION_SEED` (default 2025) changes the seed,
//! `EU_CLASI_MUTATIONS` (default 2000) the number of mutations per root type for the records
//! and the declaration (smaller types get a quarter of it), and `EU_CLASI_MUTATION_CORPUS=<dir>`
//! writes every mutated document with the Rust verdict to `<dir>/<root>.jsonl`, for the
//! cross-checks with Python jsonschema and ajv in `.ci/`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;

use eu_clasi::document::{Checked, Checker, Framing};
use eu_clasi::{ProblemKind, json, schema};
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// SplitMix64: small, seeded, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A step of a path into a document.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn pointer(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        out.push('/');
        match step {
            Step::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
            Step::Index(i) => out.push_str(&i.to_string()),
        }
    }
    if out.is_empty() { "/".into() } else { out }
}

fn get_mut<'a>(doc: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    let mut at = doc;
    for step in path {
        at = match (step, at) {
            (Step::Key(k), Value::Object(m)) => m.get_mut(k)?,
            (Step::Index(i), Value::Array(a)) => a.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(at)
}

/// A number written as JSON text, kept apart from `Value` so that its lexical form (`1e3`,
/// `4.0`, `18446744073709551616`) reaches the parsers as written.
const RAW: &str = "\u{1}raw:";

fn raw(text: &str) -> Value {
    Value::String(format!("{RAW}{text}\u{1}"))
}

fn to_text(doc: &Value) -> String {
    let mut text = serde_json::to_string(doc).unwrap();
    while let Some(start) = text.find("\"\\u0001raw:") {
        let end = start + text[start..].find("\\u0001\"").unwrap() + "\\u0001\"".len();
        let number = text[start + "\"\\u0001raw:".len()..end - "\\u0001\"".len()].to_owned();
        text.replace_range(start..end, &number);
    }
    text
}

/// One mutation: what it does, and the value it puts at the path (`None` removes the member).
struct Mutation {
    operator: String,
    path: Vec<Step>,
    value: Option<Value>,
    /// The documented exception the mutation writes, if any: what the Rust reader refuses
    /// and the schema, read by other JSON readers, accepts.
    exception: Option<&'static str>,
}

fn at(operator: impl Into<String>, path: &[Step], value: Value) -> Mutation {
    Mutation {
        operator: operator.into(),
        path: path.to_vec(),
        value: Some(value),
        exception: None,
    }
}

/// The documented exceptions (the README's list of what only the Rust reader refuses).
const BEYOND_DOUBLE: &str = "a number beyond the range of a 64-bit float";
const DEPTH_128: &str = "nesting 128 levels deep";

/// The bytes a line of JSON Lines is given around it, by name: what other JSON readers refuse
/// (JSON's white space is space, tab, line feed and carriage return only) and what they accept.
const AROUND_A_LINE: &[(&str, &str, &str)] = &[
    ("form feed before the line", "\u{c}", ""),
    ("form feed after the line", "", "\u{c}"),
    ("vertical tab before the line", "\u{b}", ""),
    ("vertical tab after the line", "", "\u{b}"),
    ("CRLF line end", "", "\r"),
    ("byte order mark on a later line", "\u{feff}", ""),
    ("no-break space before the line", "\u{a0}", ""),
    ("spaces and tabs around the line", " \t", "\t "),
];

/// Every mutation of the node at `path`, and of every node below it.
fn mutations(node: &Value, path: &mut Vec<Step>, codes: &[String], out: &mut Vec<Mutation>) {
    // Other JSON types and shapes, at every path.
    for (name, value) in [
        ("null", Value::Null),
        ("true", json!(true)),
        ("zero", json!(0)),
        ("minus one", json!(-1)),
        ("a fraction", json!(1.5)),
        ("empty string", json!("")),
        ("a string", json!("x")),
        ("empty array", json!([])),
        ("empty object", json!({})),
        ("wrapped in an array", json!([node])),
        ("wrapped in an object", json!({ "value": node })),
    ] {
        if value != *node {
            out.push(at(format!("type: {name}"), path, value));
        }
    }
    match node {
        Value::Object(map) => {
            // The object as a sequence of its members' values (serde's derive reads a struct
            // so), with a tag first when there is one (as an internally tagged enum reads it).
            let values: Vec<Value> = map.values().cloned().collect();
            out.push(at(
                "shape: object as array of its values",
                path,
                Value::Array(values),
            ));
            if let Some(kind) = map.get("kind") {
                let mut tagged = vec![kind.clone()];
                tagged.extend(
                    map.iter()
                        .filter(|(k, _)| *k != "kind")
                        .map(|(_, v)| v.clone()),
                );
                out.push(at(
                    "shape: tagged object as array, tag first",
                    path,
                    Value::Array(tagged),
                ));
            }
            for key in map.keys() {
                let mut child = path.clone();
                child.push(Step::Key(key.clone()));
                out.push(Mutation {
                    operator: format!("member: remove {key:?}"),
                    path: child,
                    value: None,
                    exception: None,
                });
                let mut renamed = map.clone();
                let v = renamed.remove(key).unwrap();
                renamed.insert(format!("{key}s"), v.clone());
                out.push(at(
                    format!("member: rename {key:?} to \"{key}s\""),
                    path,
                    Value::Object(renamed),
                ));
                let mut upper = map.clone();
                upper.remove(key);
                upper.insert(key.to_uppercase(), v);
                out.push(at(
                    format!("member: {key:?} in upper case"),
                    path,
                    Value::Object(upper),
                ));
            }
            for (key, value) in [
                ("unknown", json!(1)),
                ("x_extra", json!(1)),
                ("kind", json!("arrests")),
            ] {
                if !map.contains_key(key) {
                    let mut more = map.clone();
                    more.insert(key.into(), value);
                    out.push(at(
                        format!("member: add {key:?}"),
                        path,
                        Value::Object(more),
                    ));
                }
            }
            for (key, value) in map {
                path.push(Step::Key(key.clone()));
                if key.starts_with("x_") {
                    extension_mutations(path, out);
                }
                mutations(value, path, codes, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let mut fewer = items.clone();
                fewer.remove(0);
                out.push(at(
                    "array: remove the first item",
                    path,
                    Value::Array(fewer),
                ));
                let mut twice = items.clone();
                twice.push(first.clone());
                out.push(at(
                    "array: repeat the first item",
                    path,
                    Value::Array(twice),
                ));
                out.push(at("array: the first item alone", path, first.clone()));
            }
            let mut with_null = items.clone();
            with_null.push(Value::Null);
            out.push(at("array: append null", path, Value::Array(with_null)));
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                mutations(item, path, codes, out);
                path.pop();
            }
        }
        Value::String(s) => string_mutations(s, path, codes, out),
        Value::Number(n) => number_mutations(n, path, out),
        Value::Bool(b) => {
            out.push(at("bool: negated", path, json!(!b)));
            out.push(at("bool: as string", path, json!(b.to_string())));
            out.push(at("bool: as number", path, json!(u8::from(*b))));
        }
        Value::Null => {}
    }
}

/// An extension's value as numbers with exponents, at and beyond the range of a 64-bit float,
/// and as nested arrays that make the whole document 127 and 128 levels deep.
fn extension_mutations(path: &[Step], out: &mut Vec<Mutation>) {
    for (text, exception) in [
        ("1e2", None),
        ("1E-2", None),
        ("-1.5e+3", None),
        ("1e308", None),
        ("1e-400", None),
        ("1e400", Some(BEYOND_DOUBLE)),
        ("-1e400", Some(BEYOND_DOUBLE)),
    ] {
        out.push(Mutation {
            exception,
            ..at(format!("extension: the number {text}"), path, raw(text))
        });
    }
    // The value is inside `path.len()` objects and arrays.
    for (depth, exception) in [(127, None), (128, Some(DEPTH_128))] {
        let arrays = depth - path.len().min(depth);
        let mut value = json!(1);
        for _ in 0..arrays {
            value = Value::Array(vec![value]);
        }
        out.push(Mutation {
            exception,
            ..at(
                format!("extension: nested to {depth} levels in all"),
                path,
                value,
            )
        });
    }
}

fn string_mutations(s: &str, path: &[Step], codes: &[String], out: &mut Vec<Mutation>) {
    // A code written as serde's derived enums also read it: an object of one member named
    // after the variant.
    if codes.iter().any(|c| c == s) {
        for (name, value) in [("null", Value::Null), ("{}", json!({})), ("[]", json!([]))] {
            out.push(at(
                format!("enum: the code as an object {{code: {name}}}"),
                path,
                json!({ s: value }),
            ));
        }
    }
    let mut put = |name: &str, v: String| {
        if v != s {
            out.push(at(format!("string: {name}"), path, Value::String(v)));
        }
    };
    put("final newline", format!("{s}\n"));
    put("final CR LF", format!("{s}\r\n"));
    put("leading space", format!(" {s}"));
    put("trailing space", format!("{s} "));
    put("upper case", s.to_uppercase());
    put("hyphens for underscores", s.replace('_', "-"));
    put("one more character", format!("{s}x"));
    put(
        "one character fewer",
        s.chars()
            .take(s.chars().count().saturating_sub(1))
            .collect(),
    );
    put("inner control character", format!("{s}\u{7}x"));
    put("inner line separator", format!("{s}\u{2028}x"));
    // String bounds: at and beyond the crate's documented maximums, in one-byte and two-byte
    // characters, and in characters outside the Basic Multilingual Plane.
    for n in [200, 201, 2000, 2001] {
        put(&format!("{n} x 'a'"), "a".repeat(n));
        put(&format!("{n} x 'é'"), "é".repeat(n));
    }
    put("200 x U+1F600", "\u{1F600}".repeat(200));
    put("201 x U+1F600", "\u{1F600}".repeat(201));
    // Near-miss codes: codes of other vocabularies.
    if !codes.is_empty() {
        let h = s
            .bytes()
            .fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
        for k in 0..3 {
            put(
                "another vocabulary's code",
                codes[(h + k * 101) % codes.len()].clone(),
            );
        }
    }
    let digits4 = s.len() >= 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if digits4 {
        // Dates and timestamps in other lexical forms.
        for v in [
            "2025",
            "2025-07",
            "2025-07-01",
            "2025-7",
            "2025-07-1",
            "20250701",
            "2025-13",
            "2025-00",
            "2025-02-29",
            "2024-02-29",
            "2025-02-30",
            "2025-06-31",
            "0999",
            "10000",
            "2025-07-01T10:00:00Z",
            "2025-07-01T10:00:00.123456789Z",
            "2025-07-01T10:00:00.1234567890Z",
            "2025-07-01t10:00:00z",
            "2025-07-01 10:00:00Z",
            "2025-07-01T10:00:00+00:00",
            "2025-07-01T10:00:00+02:00",
            "2025-07-01T10:00Z",
            "2025-07-01T23:59:60Z",
            "2025-07-01T24:00:00Z",
            "2025-07-01T10:00:00.Z",
            "2025-07-01T10:00:00",
        ] {
            put(&format!("date form {v:?}"), v.into());
        }
        put("date: T for space", s.replace('T', " "));
        put("date: lower case", s.to_lowercase());
        put("date: offset for Z", s.replace('Z', "+00:00"));
    }
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        // Decimal strings in other forms and at their bounds.
        for v in [
            "0",
            "00",
            "01",
            "-1",
            "1.",
            ".5",
            "1e3",
            "1,5",
            "1.0000",
            "1.00000",
            "999999999999999999",
            "1000000000000000000",
            "999999999999999999.9999",
            " 1",
        ] {
            put(&format!("decimal form {v:?}"), v.into());
        }
    }
    if s.len() == 36 && s.as_bytes()[8] == b'-' {
        put("uuid: upper case", s.to_uppercase());
        put("uuid: no hyphens", s.replace('-', ""));
        put("uuid: braces", format!("{{{s}}}"));
        put("uuid: nil", "00000000-0000-0000-0000-000000000000".into());
    }
}

fn number_mutations(n: &serde_json::Number, path: &[Step], out: &mut Vec<Mutation>) {
    let mut put = |name: String, v: Value| out.push(at(format!("number: {name}"), path, v));
    if let Some(u) = n.as_u64() {
        put("plus one".into(), json!(u + 1));
        if u > 0 {
            put("minus one".into(), json!(u - 1));
            put("negated".into(), json!(-(u as i64)));
        }
        put("written with .0".into(), raw(&format!("{u}.0")));
        put("written with e0".into(), raw(&format!("{u}e0")));
        put("plus a half".into(), json!(u as f64 + 0.5));
        put("as a string".into(), json!(u.to_string()));
    }
    for text in [
        "-0",
        "-0.0",
        "0.0",
        "255",
        "256",
        "65535",
        "65536",
        "1e3",
        "1E3",
        "1.5e1",
        "9007199254740991",
        "9007199254740992",
        "9007199254740991.0",
        "18446744073709551615",
        "18446744073709551616",
        "1e300",
        "-1e300",
        "0.1",
    ] {
        put(text.to_string(), raw(text));
    }
}

fn apply(doc: &mut Value, m: &Mutation) -> bool {
    match &m.value {
        Some(v) => match get_mut(doc, &m.path) {
            Some(slot) => {
                *slot = v.clone();
                true
            }
            None => false,
        },
        None => {
            let (last, parent) = match m.path.split_last() {
                Some(x) => x,
                None => return false,
            };
            match (get_mut(doc, parent), last) {
                (Some(Value::Object(map)), Step::Key(k)) => map.remove(k).is_some(),
                _ => false,
            }
        }
    }
}

/// Every subvalue of `doc` (with `doc` itself).
fn subvalues<'a>(doc: &'a Value, out: &mut Vec<&'a Value>) {
    out.push(doc);
    match doc {
        Value::Object(m) => m.values().for_each(|v| subvalues(v, out)),
        Value::Array(a) => a.iter().for_each(|v| subvalues(v, out)),
        _ => {}
    }
}

/// The valid documents mutations start from: the fixtures, every root type's values found in
/// generated records, the fixtures and the declaration, and every code of a vocabulary.
fn seeds(validators: &BTreeMap<String, jsonschema::Validator>) -> BTreeMap<String, Vec<Value>> {
    let mut by_root: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut sources: Vec<Value> = Vec::new();
    for r in eu_clasi_sample::progress_reports(11, 12) {
        sources.push(serde_json::to_value(&r).unwrap());
    }
    for op in eu_clasi_sample::joint_operations(11, 12) {
        sources.push(serde_json::to_value(&op).unwrap());
    }
    let declaration = serde_json::to_value(eu_clasi::declaration()).unwrap();
    for action in declaration["roadmap"]["pillars"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|p| p["actions"].as_array().into_iter().flatten())
        .take(6)
    {
        sources.push(action.clone());
    }
    let fixtures = root().join("tests/fixtures/valid");
    for dir in std::fs::read_dir(&fixtures).unwrap() {
        let dir = dir.unwrap().path();
        for file in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            sources.push(serde_json::from_str(&text).unwrap());
        }
    }
    // A catalogue of four vocabularies of one term each, so that its mutations stay small.
    let text = std::fs::read_to_string(root().join("data/vocabulary.json")).unwrap();
    let mut catalogue: Value = serde_json::from_str(&text).unwrap();
    let vocabularies = catalogue["vocabularies"].as_array_mut().unwrap();
    vocabularies.truncate(4);
    for v in vocabularies {
        v["terms"].as_array_mut().unwrap().truncate(1);
    }
    sources.push(catalogue);
    let mut nodes = Vec::new();
    for s in &sources {
        subvalues(s, &mut nodes);
    }
    let mut seen = BTreeSet::new();
    for node in nodes {
        if !seen.insert(node.to_string()) {
            continue;
        }
        for (name, validator) in validators {
            let list = by_root.entry(name.clone()).or_default();
            if list.len() < 24 && validator.is_valid(node) {
                list.push(node.clone());
            }
        }
    }
    for (name, list) in &mut by_root {
        let schema = schema::by_name(name).unwrap();
        for code in schema["enum"].as_array().into_iter().flatten() {
            if !list.contains(code) {
                list.push(code.clone());
            }
        }
    }
    by_root
}

/// Every wire code of every vocabulary, for near-miss values.
fn all_codes() -> Vec<String> {
    let mut codes = BTreeSet::new();
    for (_, schema) in schema::all() {
        let mut nodes = Vec::new();
        subvalues(&schema, &mut nodes);
        for node in nodes {
            if let Some(list) = node.get("enum").and_then(Value::as_array) {
                codes.extend(list.iter().filter_map(Value::as_str).map(str::to_owned));
            }
        }
    }
    codes.into_iter().collect()
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The Rust verdict: `Ok(true)` valid, `Ok(false)` valid but for rules no schema states,
/// `Err` why it is invalid.
fn rust_verdict(name: &str, text: &str) -> Result<bool, String> {
    match schema::check(name, text.as_bytes()) {
        Err(e) => Err(e.to_string()),
        Ok(problems) => {
            let schema_problems: Vec<String> = problems
                .iter()
                .filter(|p| p.kind == ProblemKind::Schema)
                .map(ToString::to_string)
                .collect();
            if schema_problems.is_empty() {
                Ok(problems.is_empty())
            } else {
                Err(schema_problems.join("; "))
            }
        }
    }
}

/// The Rust verdict on `line` as the second line of JSON Lines (after the valid `first`), read
/// by the crate's checker of whole inputs: `Ok(true)` valid, `Ok(false)` valid but for rules,
/// `Err` why it is invalid.
fn rust_line_verdict(name: &str, first: &str, line: &str) -> Result<bool, String> {
    let input = format!("{first}\n{line}\n");
    let checked: Vec<Checked> = Checker::new(schema::expect(name).unwrap())
        .framing(Framing::JsonLines)
        .check_reader(input.as_bytes())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(checked.len(), 2, "{name}: {input:?} gave {checked:?}");
    assert!(checked[0].is_valid(), "{name}: the seed line: {checked:?}");
    let problems = &checked[1].problems;
    let wrong: Vec<String> = problems
        .iter()
        .filter(|p| p.kind != ProblemKind::Rule)
        .map(ToString::to_string)
        .collect();
    if wrong.is_empty() {
        Ok(problems.is_empty())
    } else {
        Err(wrong.join("; "))
    }
}

/// For the record types, which have their own one-pass reader behind `json::from_str`, the
/// crate's reader and serde_json's give the same verdict and the same value: `Some(why)` when
/// they do not.
fn readers_disagree(name: &str, text: &str) -> Option<String> {
    fn same<T>(text: &str) -> Option<String>
    where
        T: json::FromJson + PartialEq + std::fmt::Debug,
    {
        match (json::from_str::<T>(text), serde_json::from_str::<T>(text)) {
            (Ok(ours), Ok(serde)) if ours == serde => None,
            (Err(_), Err(_)) => None,
            (ours, serde) => Some(format!("the crate read {ours:?}, serde {serde:?}")),
        }
    }
    match name {
        "progress-report" => same::<eu_clasi::ProgressReport>(text),
        "joint-operation" => same::<eu_clasi::JointOperation>(text),
        _ => None,
    }
}

#[test]
fn rust_and_the_schema_give_the_same_verdict_on_every_mutation() {
    let seed = env_number("EU_CLASI_MUTATION_SEED", 2025) as u64;
    let budget = env_number("EU_CLASI_MUTATIONS", 2000);
    let corpus = std::env::var_os("EU_CLASI_MUTATION_CORPUS").map(PathBuf::from);
    if let Some(dir) = &corpus {
        std::fs::create_dir_all(dir).unwrap();
    }
    let validators: BTreeMap<String, jsonschema::Validator> = schema::all()
        .into_iter()
        .map(|(name, s)| {
            let v = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&s)
                .unwrap();
            (name, v)
        })
        .collect();
    let seeds = seeds(&validators);
    let codes = all_codes();
    let mut disagreements = Vec::new();
    let mut summary = Vec::new();
    for name in schema::names() {
        let list = &seeds[&name];
        assert!(!list.is_empty(), "{name}: no valid seed document");
        let big = list.iter().any(|s| s.is_object() || s.is_array());
        let count = if big { budget } else { budget / 4 };
        let mut rng = Rng(seed
            ^ name
                .bytes()
                .fold(0u64, |h, b| h.rotate_left(5) ^ u64::from(b)));
        // Every seed must itself be valid on both sides.
        for s in list {
            if let Err(why) = rust_verdict(&name, &to_text(s)) {
                disagreements.push(format!("{name}: seed rejected by Rust: {why}\n  {s}"));
            }
        }
        let all: Vec<(usize, Mutation)> = list
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                let mut out = Vec::new();
                mutations(s, &mut Vec::new(), &codes, &mut out);
                out.into_iter().map(move |m| (i, m))
            })
            .collect();
        // The mutations of each seed are contiguous in `all`.
        let mut ranges = vec![(0, 0); list.len()];
        for (k, (i, _)) in all.iter().enumerate() {
            if ranges[*i].1 == 0 {
                ranges[*i].0 = k;
            }
            ranges[*i].1 = k + 1;
        }
        let mut lines = corpus.as_ref().map(|dir| {
            std::io::BufWriter::new(
                std::fs::File::create(dir.join(format!("{name}.jsonl"))).unwrap(),
            )
        });
        let (mut valid, mut invalid, mut rules, mut lines_around, mut exceptions) = (0, 0, 0, 0, 0);
        let n = count.min(all.len() * 2);
        for k in 0..n {
            // Every mutation once in turn when there are few; a random one otherwise; and one
            // in five, a pair of mutations on the same seed.
            let (i, first) = if all.len() <= count {
                &all[k % all.len()]
            } else {
                &all[rng.below(all.len())]
            };
            let mut doc = list[*i].clone();
            if !apply(&mut doc, first) {
                continue;
            }
            let mut operator = first.operator.clone();
            let mut path = pointer(&first.path);
            let mut exception = first.exception;
            if rng.below(5) == 0 {
                let same: Vec<&Mutation> =
                    all.iter().filter(|(j, _)| j == i).map(|(_, m)| m).collect();
                let second = same[rng.below(same.len())];
                if apply(&mut doc, second) {
                    operator = format!("{operator} + {}", second.operator);
                    path = format!("{path} + {}", pointer(&second.path));
                    exception = exception.or(second.exception);
                }
            }
            let text = to_text(&doc);
            // A document serde_json cannot read as a `Value` is a documented exception (the
            // mutations only write JSON otherwise); one the second mutation undid is not.
            let parsed = serde_json::from_str::<Value>(&text);
            let exception = match (&parsed, exception) {
                (Err(_), Some(why)) => Some(why),
                (Err(e), None) => panic!("{name}: {operator}: not JSON: {e}\n{text}"),
                (Ok(_), _) => None,
            };
            // One document in eight is the second line of JSON Lines, with bytes around it.
            let around = (exception.is_none() && rng.below(8) == 0)
                .then(|| AROUND_A_LINE[rng.below(AROUND_A_LINE.len())]);
            let (document, rust, schema_errors) = match around {
                Some((what, before, after)) => {
                    operator = format!("{operator} + text: {what}");
                    lines_around += 1;
                    let line = format!("{before}{text}{after}");
                    let rust = rust_line_verdict(&name, &to_text(&list[*i]), &line);
                    let schema_errors: Vec<String> = match serde_json::from_str::<Value>(&line) {
                        Ok(value) => validators[&name]
                            .iter_errors(&value)
                            .take(3)
                            .map(|e| format!("{}: {e}", e.instance_path()))
                            .collect(),
                        Err(e) => vec![format!("not JSON: {e}")],
                    };
                    (line, rust, schema_errors)
                }
                None => {
                    let rust = rust_verdict(&name, &text);
                    let schema_errors: Vec<String> = match &parsed {
                        Ok(value) => validators[&name]
                            .iter_errors(value)
                            .take(3)
                            .map(|e| format!("{}: {e}", e.instance_path()))
                            .collect(),
                        Err(e) => vec![format!("not read by serde_json: {e}")],
                    };
                    (text.clone(), rust, schema_errors)
                }
            };
            // The crate's reader (its own one-pass reader for the records) reads what serde's
            // reads, in the text as written and with other white space and key order.
            let mut forms = vec![text.clone()];
            if let Ok(value) = &parsed {
                forms.push(serde_json::to_string_pretty(value).unwrap());
            }
            for form in &forms {
                if let Some(why) = readers_disagree(&name, form) {
                    disagreements.push(format!(
                        "{name}: operator {operator:?} at {path}: {why}\n  document: {}",
                        form.chars().take(1500).collect::<String>()
                    ));
                }
            }
            match &rust {
                Ok(true) => valid += 1,
                Ok(false) => rules += 1,
                Err(_) => invalid += 1,
            }
            if let Some(why) = exception {
                // Rust refuses what only it refuses; the other readers judge it in CI.
                exceptions += 1;
                if rust.is_ok() {
                    disagreements.push(format!(
                        "{name}: operator {operator:?} at {path}: Rust accepts {why}\n  document: {}",
                        text.chars().take(1500).collect::<String>()
                    ));
                }
            } else if rust.is_ok() != schema_errors.is_empty() {
                disagreements.push(format!(
                    "{name}: operator {operator:?} at {path}\n  Rust: {}\n  schema: {}\n  document: {:?}",
                    match &rust { Ok(_) => "valid".to_owned(), Err(e) => format!("invalid: {e}") },
                    if schema_errors.is_empty() { "valid".to_owned() } else { format!("invalid: {}", schema_errors.join("; ")) },
                    document.chars().take(1500).collect::<String>(),
                ));
            }
            if let Some(lines) = &mut lines {
                let verdict = match rust {
                    Ok(true) => "valid",
                    Ok(false) => "rule",
                    Err(_) => "invalid",
                };
                let mut entry = json!({"operator": operator, "path": path, "rust": verdict, "document": document});
                if around.is_some() {
                    entry["framing"] = json!("json-lines");
                }
                if let Some(why) = exception {
                    entry["exception"] = json!(why);
                }
                writeln!(lines, "{entry}").unwrap();
            }
        }
        summary.push(format!(
            "{name}: {} seeds, {valid} valid, {rules} valid but for a rule, {invalid} invalid \
             ({lines_around} as a line of JSON Lines with bytes around it, {exceptions} documented exceptions)",
            list.len(),
        ));
    }
    println!("{}", summary.join("\n"));
    assert!(
        disagreements.is_empty(),
        "{} disagreements between Rust and the schema (seed {seed}); the first ones:\n{}",
        disagreements.len(),
        disagreements
            .iter()
            .take(12)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Whether an object in the JSON `text`, at any depth, has a key twice: what no schema can see,
/// since a validator reads the last copy. An oracle of its own (the fuzz target's), not the
/// crate's reader.
fn has_duplicate_key(text: &str) -> bool {
    struct NoDuplicateKey;
    impl<'de> serde::Deserialize<'de> for NoDuplicateKey {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = NoDuplicateKey;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("JSON")
                }
                fn visit_bool<E>(self, _: bool) -> Result<NoDuplicateKey, E> {
                    Ok(NoDuplicateKey)
                }
                fn visit_i64<E>(self, _: i64) -> Result<NoDuplicateKey, E> {
                    Ok(NoDuplicateKey)
                }
                fn visit_u64<E>(self, _: u64) -> Result<NoDuplicateKey, E> {
                    Ok(NoDuplicateKey)
                }
                fn visit_f64<E>(self, _: f64) -> Result<NoDuplicateKey, E> {
                    Ok(NoDuplicateKey)
                }
                fn visit_str<E>(self, _: &str) -> Result<NoDuplicateKey, E> {
                    Ok(NoDuplicateKey)
                }
                fn visit_unit<E>(self) -> Result<NoDuplicateKey, E> {
                    Ok(NoDuplicateKey)
                }
                fn visit_seq<A: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> Result<NoDuplicateKey, A::Error> {
                    while seq.next_element::<NoDuplicateKey>()?.is_some() {}
                    Ok(NoDuplicateKey)
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<NoDuplicateKey, A::Error> {
                    let mut keys = BTreeSet::new();
                    while let Some(key) = map.next_key::<String>()? {
                        if !keys.insert(key) {
                            return Err(serde::de::Error::custom("a key given twice"));
                        }
                        map.next_value::<NoDuplicateKey>()?;
                    }
                    Ok(NoDuplicateKey)
                }
            }
            d.deserialize_any(V)
        }
    }
    // The text reads as a `Value` (the caller checked), so an error here is a key given twice.
    serde_json::from_str::<NoDuplicateKey>(text).is_err()
}

/// The inputs kept in `fuzz/regressions/contract/` (the leaks this property found), replayed
/// against every root type with the fuzz target's property: the same verdict as the schema's,
/// and a document with a key given twice refused by Rust whatever else is wrong with it.
#[test]
fn the_contract_regressions_agree_for_every_root_type() {
    let dir = root().join("fuzz/regressions/contract");
    let mut replayed = 0;
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let duplicate_key = has_duplicate_key(&text);
        for (name, s) in schema::all() {
            let validator = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&s)
                .unwrap();
            let rust = rust_verdict(&name, &text);
            if duplicate_key {
                assert!(
                    rust.is_err(),
                    "{}: {name}: Rust accepts a key given twice",
                    path.display()
                );
                continue;
            }
            assert_eq!(
                rust.is_ok(),
                validator.is_valid(&value),
                "{}: {name}: Rust says {rust:?}",
                path.display()
            );
        }
        replayed += 1;
    }
    assert!(
        replayed >= 5,
        "only {replayed} regression inputs in {}",
        dir.display()
    );
}
