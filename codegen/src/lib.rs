//! Generates eu-clasi's Rust vocabulary tables, its table of sources, and the data files' JSON
//! Schemas, from the TOML files under `data/`.
//!
//! Run `cargo run -p eu-clasi-codegen` from the repository root after editing a data file; the
//! main crate's test `generated_code_is_fresh` fails when a generated file is stale, and
//! `cargo run -p eu-clasi-codegen -- --check` says which. Generating also checks the facts
//! against `data/sources.toml` (see [`sources`]).

pub mod declaration;
pub mod emit;
pub mod model;
pub mod sources;
pub mod strings;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use emit::{Family, Variants};

/// What went wrong, and where: a data file and the term or field, or a file that could not be
/// read or formatted.
#[derive(Debug)]
pub struct Error {
    /// The file (and term, and field) at fault.
    pub at: String,
    /// What is wrong.
    pub message: String,
}

impl Error {
    pub(crate) fn data(at: &str, message: impl std::fmt::Display) -> Self {
        Error {
            at: at.to_string(),
            message: message.to_string(),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

impl std::error::Error for Error {}

/// One generated file: its path relative to the repository root, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The path, relative to the repository root.
    pub path: PathBuf,
    /// The text.
    pub text: String,
}

/// Reads a data file as TOML.
pub fn read_toml(root: &Path, relative: &str) -> Result<toml::Value, Error> {
    let path = root.join(relative);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::data(relative, e))?;
    toml::from_str(&text).map_err(|e| Error::data(relative, e))
}

/// One vocabulary data file under `data/vocabularies/`: its name (without `.toml`), its
/// header, and its whole text read as TOML.
#[derive(Debug, Clone)]
pub struct VocabularyFile {
    /// The file's name without `.toml` (`crime_area`).
    pub name: String,
    /// Its `[vocabulary]` table.
    pub header: model::Header,
    /// The whole file.
    pub value: toml::Value,
}

impl VocabularyFile {
    /// The file's path relative to the repository root.
    pub fn path(&self) -> String {
        format!("data/vocabularies/{}.toml", self.name)
    }
}

/// Every vocabulary data file, in the order of their names, each with its header read and
/// its `#:schema` line checked against its family.
pub fn vocabulary_files(root: &Path) -> Result<Vec<VocabularyFile>, Error> {
    let dir = "data/vocabularies";
    let mut names: Vec<String> = std::fs::read_dir(root.join(dir))
        .map_err(|e| Error::data(dir, e))?
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".toml").map(str::to_owned)
        })
        .collect();
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let relative = format!("{dir}/{name}.toml");
        let text =
            std::fs::read_to_string(root.join(&relative)).map_err(|e| Error::data(&relative, e))?;
        let value: toml::Value = toml::from_str(&text).map_err(|e| Error::data(&relative, e))?;
        let header: model::Header = value
            .get("vocabulary")
            .cloned()
            .ok_or_else(|| Error::data(&relative, "no [vocabulary] table"))?
            .try_into()
            .map_err(|e| Error::data(&format!("{relative}: [vocabulary]"), e))?;
        let schema_line = format!("#:schema ../schema/{}.schema.json", header.family.name());
        if text.lines().next() != Some(schema_line.as_str()) {
            return Err(Error::data(
                &relative,
                format!(
                    "the first line is not `{schema_line}`, the schema of its family {:?}",
                    header.family.name()
                ),
            ));
        }
        if header.family != Family::Derived && header.doc.trim().is_empty() {
            return Err(Error::data(
                &format!("{relative}: [vocabulary]"),
                "doc: empty",
            ));
        }
        files.push(VocabularyFile {
            name,
            header,
            value,
        });
    }
    Ok(files)
}

/// Checks that the generator's enum `T`, which reads a vocabulary's codes inside other data
/// files (a label's `translated` languages, a fact's `status`), has a variant for every term of
/// that vocabulary's own data file, named as the generated code names it: the data file stays
/// the one list, and the generated paths (`crate::Lang::Es`) are the runtime type's.
fn mirrors<T: serde::de::DeserializeOwned + std::fmt::Debug>(
    variants: &Variants,
    kind: &str,
) -> Result<(), Error> {
    let at = format!("data/vocabularies/{kind}.toml");
    let (_, codes) = variants
        .get(kind)
        .ok_or_else(|| Error::data(&at, "no such vocabulary"))?;
    for (code, variant) in codes {
        let read: Result<T, _> = toml::Value::String(code.clone()).try_into();
        match read {
            Ok(value) if format!("{value:?}") == *variant => {}
            _ => {
                return Err(Error::data(
                    &format!("{at}: term {code:?}"),
                    format!(
                        "the generator reads {kind} codes with its own enum, which has no \
                         variant {variant} for this code: add it to codegen/src/model.rs"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Every file the generator writes, from the data under `root/data`.
pub fn generate(root: &Path) -> Result<Vec<Generated>, Error> {
    let cited = sources::check(&sources::texts(root)?)?;
    let files = vocabulary_files(root)?;
    let mut variants: Variants = BTreeMap::new();
    for file in &files {
        let mut codes = BTreeMap::new();
        for term in file
            .value
            .get("term")
            .and_then(|t| t.as_array())
            .into_iter()
            .flatten()
        {
            let code = term
                .get("code")
                .and_then(|c| c.as_str())
                .unwrap_or_default();
            let variant = term
                .get("variant")
                .and_then(|c| c.as_str())
                .map(str::to_string)
                .unwrap_or_else(|| model::variant_of(code));
            codes.insert(code.to_string(), variant);
        }
        variants.insert(
            file.header.kind.clone(),
            (file.header.rust_type.clone(), codes),
        );
    }
    mirrors::<model::Lang>(&variants, "lang")?;
    mirrors::<model::Status>(&variants, "provenance")?;
    let mut out = Vec::new();
    for file in &files {
        if file.header.family == Family::Derived {
            continue;
        }
        let rust = emit::family_tables(&file.name, file.header.family, &file.value, &variants)?;
        out.push(Generated {
            path: PathBuf::from(format!("src/generated/{}.rs", file.name)),
            text: rustfmt(&rust, &file.name)?,
        });
        if file.header.family == Family::IndicatorKind {
            let rust = emit::indicator(&file.name, &file.value)?;
            out.push(Generated {
                path: PathBuf::from("src/generated/indicator.rs"),
                text: rustfmt(&rust, "indicator")?,
            });
        }
    }
    out.push(Generated {
        path: PathBuf::from("src/generated/registry.rs"),
        text: rustfmt(&emit::registry(&files)?, "registry")?,
    });
    let md_path = "data/source/council-6403-25.md";
    let md = std::fs::read_to_string(root.join(md_path)).map_err(|e| Error::data(md_path, e))?;
    let links: declaration::DeclarationFile = read_toml(root, "data/declaration.toml")?
        .try_into()
        .map_err(|e| Error::data("data/declaration.toml", e))?;
    let rust = declaration::generate(&md, &links, &variants)?;
    out.push(Generated {
        path: PathBuf::from("src/generated/declaration.rs"),
        text: rustfmt(&rust, "declaration")?,
    });
    for (path, rust) in strings::generate(root)? {
        let text = rustfmt(&rust, &path)?;
        out.push(Generated {
            path: PathBuf::from(path),
            text,
        });
    }
    out.push(Generated {
        path: PathBuf::from("src/generated/sources.rs"),
        text: rustfmt(&sources::emit(&cited)?, "sources")?,
    });
    out.extend(schemas());
    Ok(out)
}

/// The JSON Schemas of the data files, one per kind of entry.
fn schemas() -> Vec<Generated> {
    fn one<T: schemars::JsonSchema>(name: &str, title: &str) -> Generated {
        root::<model::File<T>>(name, title)
    }
    fn root<T: schemars::JsonSchema>(name: &str, title: &str) -> Generated {
        let mut schema = schemars::generate::SchemaSettings::draft2020_12()
            .into_generator()
            .into_root_schema_for::<T>();
        schema.insert(
            "$id".into(),
            format!("urn:eu-clasi:data-schema:v1:{name}").into(),
        );
        schema.insert("title".into(), title.into());
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        Generated {
            path: PathBuf::from(format!("data/schema/{name}.schema.json")),
            text,
        }
    }
    let mut declaration = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<declaration::DeclarationFile>();
    declaration.insert(
        "$id".into(),
        "urn:eu-clasi:data-schema:v1:declaration".into(),
    );
    declaration.insert(
        "title".into(),
        "What each passage of the declaration names, and its timeline".into(),
    );
    let mut text = serde_json::to_string_pretty(&declaration).unwrap_or_default();
    text.push('\n');
    let mut strings = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<strings::StringsFile>();
    strings.insert("$id".into(), "urn:eu-clasi:data-schema:v1:strings".into());
    strings.insert(
        "title".into(),
        "The user-facing texts of a program (report, sample, examples)".into(),
    );
    let mut strings_text = serde_json::to_string_pretty(&strings).unwrap_or_default();
    strings_text.push('\n');
    vec![
        Generated {
            path: PathBuf::from("data/schema/declaration.schema.json"),
            text,
        },
        Generated {
            path: PathBuf::from("data/schema/strings.schema.json"),
            text: strings_text,
        },
        one::<model::Plain>(
            "plain",
            "A vocabulary data file whose terms have labels and aliases only",
        ),
        one::<model::TlpTerm>("tlp", "The TLP data file"),
        one::<model::StatusTerm>(
            "implementation_status",
            "The implementation status data file",
        ),
        one::<model::BodyTerm>("body", "The body data file"),
        one::<model::InstrumentTerm>("instrument", "The instrument data file"),
        one::<model::CrimeAreaTerm>("crime_area", "The crime area data file"),
        one::<model::CountryTerm>("country", "The country data file"),
        one::<model::MembershipTerm>("membership", "The membership data file"),
        one::<model::EmpactTerm>("empact_priority", "The EMPACT priority data files"),
        one::<model::CollectiveTerm>("collective_actor", "The collective actor data file"),
        one::<model::IndicatorKindTerm>("indicator_kind", "The indicator kind data file"),
        root::<model::DerivedFile>(
            "derived",
            "A vocabulary data file whose terms are made from other vocabularies' (its header only)",
        ),
        root::<model::SourcesFile>("sources", "The sources data file (data/sources.toml)"),
    ]
}

/// The schema file (under `data/schema/`) that the data files of a family follow.
pub fn schema_of(family: Family) -> String {
    format!("data/schema/{}.schema.json", family.name())
}

/// Formats generated Rust with rustfmt (edition 2024), so the checked-in files read well.
fn rustfmt(code: &str, file: &str) -> Result<String, Error> {
    let at = if file.contains('/') {
        file.to_string()
    } else {
        format!("src/generated/{file}.rs")
    };
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::data(&at, format!("cannot run rustfmt: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(code.as_bytes())
            .map_err(|e| Error::data(&at, e))?;
    }
    let output = child.wait_with_output().map_err(|e| Error::data(&at, e))?;
    if !output.status.success() {
        return Err(Error::data(
            &at,
            format!(
                "rustfmt failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ),
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| Error::data(&at, e))
}

/// The generated files whose text differs from the file on disk (or that are missing).
pub fn stale(root: &Path) -> Result<Vec<PathBuf>, Error> {
    Ok(generate(root)?
        .into_iter()
        .filter(|g| std::fs::read_to_string(root.join(&g.path)).ok().as_deref() != Some(&g.text))
        .map(|g| g.path)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(kind: &str, codes: &[(&str, &str)]) -> Variants {
        let codes = codes
            .iter()
            .map(|(c, v)| (c.to_string(), v.to_string()))
            .collect();
        BTreeMap::from([(kind.to_owned(), ("T".to_owned(), codes))])
    }

    #[test]
    fn the_generators_own_enums_follow_the_data_files() {
        let four = [("en", "En"), ("es", "Es"), ("pt", "Pt"), ("fr", "Fr")];
        assert!(mirrors::<model::Lang>(&vocabulary("lang", &four), "lang").is_ok());
        // A language added to lang.toml and not to the generator's enum is named.
        let five = [
            ("en", "En"),
            ("es", "Es"),
            ("pt", "Pt"),
            ("fr", "Fr"),
            ("de", "De"),
        ];
        let err = mirrors::<model::Lang>(&vocabulary("lang", &five), "lang")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("data/vocabularies/lang.toml: term \"de\": "),
            "{err}"
        );
        // A variant named otherwise than the generated code names it.
        let renamed = [("verified", "Checked")];
        assert!(
            mirrors::<model::Status>(&vocabulary("provenance", &renamed), "provenance").is_err()
        );
    }
}
