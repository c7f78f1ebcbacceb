//! Validation beyond parsing: every problem with its JSON Pointer path.
//!
//! Parsing (serde) checks a document's shape and stops at the first error. [`Validate`] then
//! checks a parsed value against the rest of its contract and reports *every* problem:
//!
//! - [`ProblemKind::Syntax`]: the input is not well-formed JSON at all (reported by the
//!   readers of [`json`](crate::json) that list problems: [`json::check`](crate::json::check)
//!   and [`json::CheckedLines`](crate::json::CheckedLines));
//! - [`ProblemKind::Schema`]: a constraint the JSON Schema also states (a string's length, a
//!   number's range) that the Rust type does not enforce while parsing, or well-formed JSON
//!   that does not fit the type at all (a missing member, a string for a number);
//! - [`ProblemKind::Rule`]: a rule JSON Schema cannot state (a period's start is not after its
//!   end). Each such rule is listed in the schema under `x-rules`, with the id that
//!   [`Problem::rule`] carries.
//!
//! A document is valid when it parses and has no problem: exactly then does it pass the JSON
//! Schema (for [`ProblemKind::Schema`] problems) and the rules.

use std::fmt;

crate::readers::unit_enum! {
    /// What kind of problem a [`Problem`] is. Its `Display` and wire form are `syntax`,
    /// `schema` and `rule`.
    ///
    /// New kinds may be added in a minor release: match with a `_` arm.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ProblemKind {
        /// The input is not well-formed JSON (a syntax error or an early end): nothing could be
        /// read, so nothing else is reported for the document.
        Syntax = "syntax",
        /// Breaks a constraint the JSON Schema also states: a schema validator reports it too.
        Schema = "schema",
        /// Breaks a rule JSON Schema cannot state (listed in the schema under `x-rules`).
        Rule = "rule",
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One problem found in a document: where, what kind, and what is wrong.
///
/// Its `Display` is `path: kind: message`, with the rule's id for a broken rule, the root's
/// path written `(root)`, and the line and column where the input stopped being readable when
/// they are known:
///
/// ```
/// use eu_clasi::{Period, Validate, json};
///
/// let backwards: Period = json::from_str(r#"{"start":"2026","end":"2025-06"}"#)?;
/// assert_eq!(
///     backwards.problems()[0].to_string(),
///     "(root): rule period-ordered: the period starts (2026) after it ends (2025-06)"
/// );
/// let problems = json::check::<Period>(br#"{"start":"2026"}"#).unwrap_err();
/// assert_eq!(problems[0].to_string(), "(root): schema: missing field `end` (line 1, column 16)");
/// assert_eq!((problems[0].line, problems[0].column), (1, 16));
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The JSON Pointer (RFC 6901) of the offending value: `""` for the document root, which
    /// `Display` writes `(root)`.
    pub path: String,
    /// Syntax, schema constraint or rule.
    pub kind: ProblemKind,
    /// The id of the rule broken, as listed in the schema's `x-rules` (rules only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// What is wrong and what was expected.
    pub message: String,
    /// The line of the input where reading stopped (1-based), for a problem met while reading
    /// the document; 0 when not known (a problem found in a value already read has no
    /// position).
    #[serde(skip_serializing_if = "is_zero")]
    pub line: usize,
    /// The column of the input where reading stopped (1-based, in bytes); 0 when not known.
    #[serde(skip_serializing_if = "is_zero")]
    pub column: usize,
}

/// For `skip_serializing_if`, which passes a reference.
fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Problem {
    /// A problem with no position in the input.
    pub fn new(path: impl Into<String>, kind: ProblemKind, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            kind,
            rule: None,
            message: message.into(),
            line: 0,
            column: 0,
        }
    }

    /// The same problem at `line` and `column` of the input (1-based; 0 when not known).
    #[must_use]
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = crate::error::at(&self.path);
        match (self.kind, self.rule) {
            (ProblemKind::Rule, Some(id)) => write!(f, "{at}: rule {id}: {}", self.message)?,
            (kind, _) => write!(f, "{at}: {kind}: {}", self.message)?,
        }
        write!(f, "{}", crate::error::Position(self.line, self.column))
    }
}

/// A rule that JSON Schema cannot state, checked by [`Validate`] and listed in the type's
/// schema under `x-rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Rule {
    /// A stable id, for example `period-ordered`.
    pub id: &'static str,
    /// What the rule requires.
    pub description: &'static str,
}

/// Where in a document a value is: a chain of object keys and array indices, built on the stack
/// as validation descends and turned into a JSON Pointer only when a problem is found.
///
/// ```
/// use eu_clasi::Location;
///
/// let root = Location::root();
/// let reports = root.key("reports");
/// let third = reports.index(2);
/// assert_eq!(third.key("a/b").pointer(), "/reports/2/a~1b");
/// assert_eq!(root.pointer(), "");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Location<'a> {
    parent: Option<&'a Location<'a>>,
    segment: Segment<'a>,
}

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> Location<'a> {
    /// The document root.
    pub const fn root() -> Location<'static> {
        Location {
            parent: None,
            segment: Segment::Root,
        }
    }

    /// The member `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> Location<'a> {
        Location {
            parent: Some(self),
            segment: Segment::Key(key),
        }
    }

    /// The element `index` of the array here.
    pub fn index(&'a self, index: usize) -> Location<'a> {
        Location {
            parent: Some(self),
            segment: Segment::Index(index),
        }
    }

    /// The JSON Pointer (RFC 6901) of this location.
    pub fn pointer(&self) -> String {
        let mut segments = Vec::new();
        let mut here = Some(self);
        while let Some(loc) = here {
            segments.push(loc.segment);
            here = loc.parent;
        }
        let mut out = String::new();
        for segment in segments.iter().rev() {
            match segment {
                Segment::Root => {}
                Segment::Key(k) => {
                    out.push('/');
                    out.push_str(&k.replace('~', "~0").replace('/', "~1"));
                }
                Segment::Index(i) => {
                    out.push('/');
                    out.push_str(&i.to_string());
                }
            }
        }
        out
    }

    /// A schema problem here.
    pub fn schema_problem(&self, message: impl Into<String>) -> Problem {
        Problem::new(self.pointer(), ProblemKind::Schema, message)
    }

    /// A broken rule here.
    pub fn rule_problem(&self, rule: &Rule, message: impl Into<String>) -> Problem {
        Problem {
            rule: Some(rule.id),
            ..Problem::new(self.pointer(), ProblemKind::Rule, message)
        }
    }
}

/// A value that can check itself against its whole contract, reporting every problem.
///
/// ```
/// use eu_clasi::{Period, Validate};
///
/// let backwards: Period = serde_json::from_str(r#"{"start":"2026","end":"2025-06"}"#)?;
/// let problems = backwards.problems();
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].rule, Some("period-ordered"));
/// assert!(backwards.validate().is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub trait Validate {
    /// The rules JSON Schema cannot state that this type checks (listed in its schema under
    /// `x-rules`). Rules of the types it contains are listed in their own schemas.
    const RULES: &'static [Rule] = &[];

    /// Appends every problem of the value, located under `at`, to `problems`.
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>);

    /// Every problem of the value, in document order.
    fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.validate_at(&Location::root(), &mut problems);
        problems
    }

    /// `Ok` when the value has no problem.
    ///
    /// # Errors
    /// [`Error::Invalid`](crate::Error::Invalid) with every problem.
    fn validate(&self) -> Result<(), crate::Error> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(crate::Error::Invalid { problems })
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        for (i, item) in self.iter().enumerate() {
            item.validate_at(&at.index(i), problems);
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if let Some(value) = self {
            value.validate_at(at, problems);
        }
    }
}

/// Checks that a string's length in characters lies within `min..=max`, as the schema's
/// `minLength` and `maxLength` say (JSON Schema counts Unicode code points, as Rust's
/// `chars()` does).
pub(crate) fn check_length(
    at: &Location<'_>,
    value: &str,
    min: usize,
    max: usize,
    problems: &mut Vec<Problem>,
) {
    // Quick accept: a string of at most `max` bytes has at most `max` characters.
    if value.len() <= max && (min == 0 || value.len() >= min * 4) {
        return;
    }
    let n = value.chars().count();
    if n < min {
        problems.push(at.schema_problem(if min == 1 {
            "must not be empty".to_owned()
        } else {
            format!("has {n} characters; at least {min} are required")
        }));
    } else if n > max {
        problems.push(at.schema_problem(format!("has {n} characters; at most {max} are allowed")));
    }
}

/// Adds the rules a type's [`Validate`] checks to its schema as `x-rules`: used as
/// `#[schemars(transform = ...)]` on the types that have rules.
#[cfg(feature = "schema")]
pub(crate) fn add_rules<T: Validate>(schema: &mut schemars::Schema) {
    add_rule_list(schema, T::RULES);
}

#[cfg(feature = "schema")]
pub(crate) fn add_rule_list(schema: &mut schemars::Schema, rules: &[Rule]) {
    if rules.is_empty() {
        return;
    }
    let list: Vec<serde_json::Value> = rules
        .iter()
        .map(|r| serde_json::json!({ "id": r.id, "description": r.description }))
        .collect();
    schema.insert("x-rules".into(), serde_json::Value::Array(list));
}

/// Rewrites an internally tagged enum's `oneOf` (one object branch per variant, each with a
/// `const` tag) as a selection by tag: the object must have a `tag` from the list of variants,
/// and `if` the tag is a variant's, `then` the variant's branch applies. Both forms accept the
/// same documents, but with the `oneOf` a validator reports every failing branch (27 errors for
/// one wrong count, with ajv), with the selection only the branch the tag names.
/// Used as `#[schemars(transform = ...)]` on [`Indicator`](crate::Indicator) and
/// [`Evidence`](crate::Evidence).
#[cfg(feature = "schema")]
pub(crate) fn select_by_kind(schema: &mut schemars::Schema) {
    const TAG: &str = "kind";
    let Some(serde_json::Value::Array(branches)) = schema.remove("oneOf") else {
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
            .unwrap_or(serde_json::Value::Null);
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
    schema.insert("allOf".into(), serde_json::Value::Array(rules));
}
