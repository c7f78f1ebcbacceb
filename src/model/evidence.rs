//! Where the evidence for a record can be found: a document or a web address.

use crate::validate::check_length;
use crate::{Location, Problem, Validate};

/// The longest web address [`Evidence::Url`] accepts, in characters.
pub const URL_MAX_CHARS: usize = 2000;
/// The longest document reference [`Evidence::Document`] accepts, in characters.
pub const DOCUMENT_REFERENCE_MAX_CHARS: usize = 200;

/// The JSON Schema pattern of a web address: `http://` or `https://`, a non-empty host (the
/// characters RFC 3986 allows in an authority), then optionally a path, query or fragment of
/// printable ASCII characters without spaces.
pub const URL_PATTERN: &str = r"^https?://[A-Za-z0-9\-._~%!$&'()*+,;=:@\[\]]+([/?#][!-~]*)?$(?!\n)";

/// The JSON Schema pattern of a document reference: text without control characters (line
/// breaks and tabs included) and without the Unicode line and paragraph separators.
pub const DOCUMENT_REFERENCE_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F\u2028\u2029]+$(?!\n)";

/// Whether `c` may stand in a URL's host (RFC 3986 authority characters), as
/// [`URL_PATTERN`] says.
fn is_authority_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~%!$&'()*+,;=:@[]".contains(&c)
}

/// Whether `s` has the form [`URL_PATTERN`] states.
pub(crate) fn is_url(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    let host_end = rest
        .bytes()
        .position(|b| !is_authority_char(b))
        .unwrap_or(rest.len());
    if host_end == 0 {
        return false;
    }
    let tail = &rest.as_bytes()[host_end..];
    match tail.first() {
        None => true,
        Some(b'/' | b'?' | b'#') => tail.iter().all(|&b| (b'!'..=b'~').contains(&b)),
        Some(_) => false,
    }
}

/// Whether `s` has the form [`DOCUMENT_REFERENCE_PATTERN`] states (any length).
pub(crate) fn is_document_reference(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| !c.is_control() && c != '\u{2028}' && c != '\u{2029}')
}

/// Where the evidence for a record can be found: a document, by its reference, or a web page,
/// by its address. Evidence points to sources; it never holds personal data.
///
/// The wire form is an object with the `kind` of evidence (`document` or `url`) and its
/// `reference`.
///
/// ```
/// use eu_clasi::{json, Evidence, Validate};
///
/// let doc: Evidence = json::from_str(r#"{"kind": "document", "reference": "6403/25"}"#)?;
/// assert_eq!(doc.reference(), "6403/25");
/// let page: Evidence = json::from_str(r#"{"kind": "url", "reference": "https://www.europol.europa.eu/"}"#)?;
/// assert!(page.problems().is_empty());
///
/// let no_host: Evidence = json::from_str(r#"{"kind": "url", "reference": "https:///report"}"#)?;
/// assert_eq!(no_host.problems()[0].path, "/reference");
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = crate::validate::select_by_kind))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Evidence"))]
pub enum Evidence {
    /// A document, by its reference: a Council document number like `6403/25`, a report's
    /// title or file number. 1 to 200 characters without line breaks or other control
    /// characters.
    Document {
        /// The document's number or title.
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = DOCUMENT_REFERENCE_MAX_CHARS), regex(pattern = DOCUMENT_REFERENCE_PATTERN)))]
        reference: String,
    },
    /// A web page, by its address: `https://` or `http://`, a host, and optionally a path,
    /// query or fragment, in printable ASCII without spaces (percent-encode anything else), at
    /// most 2000 characters.
    Url {
        /// The address.
        #[cfg_attr(feature = "schema", schemars(length(max = URL_MAX_CHARS), regex(pattern = URL_PATTERN)))]
        reference: String,
    },
}

impl Evidence {
    /// The document's reference or the page's address.
    pub fn reference(&self) -> &str {
        match self {
            Evidence::Document { reference } | Evidence::Url { reference } => reference,
        }
    }
}

impl Validate for Evidence {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        let here = at.key("reference");
        match self {
            Evidence::Document { reference } => {
                check_length(&here, reference, 1, DOCUMENT_REFERENCE_MAX_CHARS, problems);
                if !reference.is_empty() && !is_document_reference(reference) {
                    problems.push(here.schema_problem(
                        "a document reference must not contain line breaks or other control characters",
                    ));
                }
            }
            Evidence::Url { reference } => {
                check_length(&here, reference, 0, URL_MAX_CHARS, problems);
                if !is_url(reference) {
                    problems.push(here.schema_problem(format!(
                        "{reference:?} is not a web address: expected http:// or https://, a host, then an optional path without spaces"
                    )));
                }
            }
        }
    }
}

crate::readers::unit_enum! {
    /// The kinds of evidence, as the wire writes them.
    #[derive(Clone, Copy)]
    enum Kind {
        Document = "document",
        Url = "url",
    }
}

/// The members evidence has.
#[derive(Clone, Copy, PartialEq, serde::Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Kind,
    Reference,
}

/// Reads evidence member by member, without buffering, from an object only: each member is
/// read where it stands, so an error names its own path (`/evidence/0/reference`), and the
/// `kind` may come anywhere.
impl<'de> serde::Deserialize<'de> for Evidence {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Evidence;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("evidence: an object with a kind and a reference")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Evidence, A::Error> {
                use serde::de::Error;
                let (mut kind, mut reference) = (None, None);
                while let Some(field) = map.next_key::<Field>()? {
                    match field {
                        Field::Kind if kind.is_some() => {
                            return Err(A::Error::duplicate_field("kind"));
                        }
                        Field::Reference if reference.is_some() => {
                            return Err(A::Error::duplicate_field("reference"));
                        }
                        Field::Kind => kind = Some(map.next_value::<Kind>()?),
                        Field::Reference => reference = Some(map.next_value::<String>()?),
                    }
                }
                let kind = kind.ok_or_else(|| A::Error::missing_field("kind"))?;
                let reference = reference.ok_or_else(|| A::Error::missing_field("reference"))?;
                Ok(match kind {
                    Kind::Document => Evidence::Document { reference },
                    Kind::Url => Evidence::Url { reference },
                })
            }
        }
        deserializer.deserialize_map(V)
    }
}
crate::readers::from_json!(Evidence);

/// The fast path's evidence: `kind` and `reference` in either order, each once, nothing else.
impl crate::readers::FastRead for Evidence {
    fn fast_read(c: &mut crate::readers::Cursor<'_>) -> Option<Self> {
        use crate::readers::once;
        let (mut kind, mut reference) = (None, None);
        let mut members = c.object()?;
        while let Some(key) = c.key(&mut members)? {
            match key {
                "kind" => once(&mut kind, c.str().and_then(Kind::of_code))?,
                "reference" => once(&mut reference, String::fast_read(c))?,
                _ => return None,
            }
        }
        let reference = reference?;
        Some(match kind? {
            Kind::Document => Evidence::Document { reference },
            Kind::Url => Evidence::Url { reference },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::pattern_matcher;
    use proptest::prelude::*;

    const URLS: &[&str] = &[
        "https://www.europol.europa.eu/",
        "http://example.org",
        "https://example.org:8443/a/b?c=d&e=f#g",
        "https://user@example.org/",
        "https://[2001:db8::1]/x",
        "https://xn--bcher-kva.example/%C3%A9",
        "https://a",
        "https://a?",
        "https://a#",
        "https:///path",
        "https://",
        "ftp://example.org",
        "HTTPS://example.org",
        "https://exa mple.org",
        "https://example.org/a b",
        "https://example.org/\u{e9}",
        "https://ex\u{e9}mple.org",
        "https://example.org\t",
        "https://example.org/\n",
        " https://example.org",
        "https:/example.org",
        "https://example.org\\x",
        "https://example.org\"",
        "https://example.org/\u{7f}",
        "https://exa{mple.org",
    ];

    const DOCUMENTS: &[&str] = &[
        "6403/25",
        "ST 6403 2025 INIT",
        "Informe anual — Policía Nacional, 2025",
        "",
        " ",
        "a\nb",
        "a\rb",
        "a\tb",
        "a\u{85}b",
        "a\u{2028}b",
        "a\u{2029}b",
        "a\u{7f}",
        "a\u{9f}",
        "a\u{a0}b",
        "\u{1F4C4} report",
    ];

    #[test]
    fn url_check_agrees_with_the_pattern() {
        let matches = pattern_matcher(URL_PATTERN);
        for s in URLS {
            assert_eq!(is_url(s), matches(s), "{s:?}");
        }
        assert!(is_url(URLS[0]) && !is_url("https:///path"));
    }

    #[test]
    fn document_check_agrees_with_the_pattern() {
        let matches = pattern_matcher(DOCUMENT_REFERENCE_PATTERN);
        for s in DOCUMENTS {
            assert_eq!(is_document_reference(s), matches(s), "{s:?}");
        }
        assert!(is_document_reference("6403/25") && !is_document_reference("a\nb"));
    }

    proptest! {
        #[test]
        fn url_check_agrees_with_the_pattern_on_generated_text(
            s in crate::model::testing::near("https?://[a-z0-9.:@\\[\\]%-]{0,10}([/?#][!-~]{0,10})?")
        ) {
            let matches = pattern_matcher(URL_PATTERN);
            prop_assert_eq!(is_url(&s), matches(&s));
        }

        #[test]
        fn document_check_agrees_with_the_pattern_on_generated_text(s in "\\PC{0,3}[\\x00-\\x20\\x7f-\\xa0\u{2028}\u{2029}]?\\PC{0,3}") {
            let matches = pattern_matcher(DOCUMENT_REFERENCE_PATTERN);
            prop_assert_eq!(is_document_reference(&s), matches(&s));
        }
    }

    #[test]
    fn validate_reports_bad_references_as_schema_problems() {
        let too_long = Evidence::Url {
            reference: format!("https://example.org/{}", "a".repeat(URL_MAX_CHARS)),
        };
        let problems = too_long.problems();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, crate::ProblemKind::Schema);
        let empty = Evidence::Document {
            reference: String::new(),
        };
        assert_eq!(empty.problems().len(), 1);
        let broken = Evidence::Document {
            reference: "a\nb".into(),
        };
        assert_eq!(broken.problems()[0].path, "/reference");
        let long_doc = Evidence::Document {
            reference: "é".repeat(DOCUMENT_REFERENCE_MAX_CHARS),
        };
        assert!(long_doc.problems().is_empty());
        let longer = Evidence::Document {
            reference: "é".repeat(DOCUMENT_REFERENCE_MAX_CHARS + 1),
        };
        assert_eq!(longer.problems().len(), 1);
    }
}
