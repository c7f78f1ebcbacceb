//! The contract as a fuzz property: for any bytes that are JSON, and for every root type, Rust's
//! verdict (`schema::check`: no error and no schema problem) equals the verdict of the
//! `jsonschema` crate (draft 2020-12, format assertion on) on the root's schema. A document
//! with a key given twice, which no schema can see (the oracle reads the last value), must be
//! refused by Rust for every root type, whatever else is wrong with it. Lone surrogates and
//! nesting beyond 128 levels never reach the oracle, since serde_json's `Value` refuses them
//! too.
//!
//! `EU_CLASI_FUZZ_ROOT=progress-report` (a name from `schema::names()`) checks that root type
//! alone, so that a run's executions all go to it; unset, every root type is checked on every
//! input.
//!
//! A second property, on every input that is UTF-8, JSON or not (it runs before the target
//! returns on input that does not read as a `Value`), whatever `EU_CLASI_FUZZ_ROOT` says: the
//! crate's reader `json::from_str`, which tries the records' own one-pass reader first, reads
//! exactly what serde's reader reads. For `ProgressReport` and `JointOperation`,
//! `json::from_str::<T>(text)` and `serde_json::from_str::<T>(text)` are both `Err`, or both
//! `Ok` with the same value: the fast reader never accepts what serde refuses, nor reads
//! another value (when it gives up, `from_str` is serde's reader).
#![no_main]

use std::sync::LazyLock;

use eu_clasi::{JointOperation, ProblemKind, ProgressReport, json, schema};
use libfuzzer_sys::fuzz_target;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// Any JSON value, refused when an object in it, at any depth, has a key twice.
struct NoDuplicateKey;

impl<'de> Deserialize<'de> for NoDuplicateKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
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
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NoDuplicateKey, A::Error> {
                while seq.next_element::<NoDuplicateKey>()?.is_some() {}
                Ok(NoDuplicateKey)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoDuplicateKey, A::Error> {
                let mut keys = std::collections::HashSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !keys.insert(key) {
                        return Err(de::Error::custom("a key given twice"));
                    }
                    map.next_value::<NoDuplicateKey>()?;
                }
                Ok(NoDuplicateKey)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The fast-path property for one record type: the crate's reader and serde's reader give
/// the same verdict and the same value. Panics, showing the document, when not.
fn fast_path_agrees<T>(type_name: &str, text: &str)
where
    T: json::FromJson + PartialEq + std::fmt::Debug,
{
    match (json::from_str::<T>(text), serde_json::from_str::<T>(text)) {
        (Ok(ours), Ok(slow)) => assert!(
            slow == ours,
            "{type_name}: the crate read {ours:?}, serde read {slow:?}; document: {text}"
        ),
        (Err(_), Err(_)) => {}
        (ours, slow) => {
            panic!("{type_name}: the crate read {ours:?}, serde {slow:?}; document: {text}")
        }
    }
}

static VALIDATORS: LazyLock<Vec<(String, jsonschema::Validator)>> = LazyLock::new(|| {
    let only = std::env::var("EU_CLASI_FUZZ_ROOT")
        .ok()
        .filter(|name| !name.is_empty());
    let all = schema::all();
    assert!(
        only.as_ref()
            .is_none_or(|n| all.iter().any(|(name, _)| name == n)),
        "EU_CLASI_FUZZ_ROOT={only:?} is not a root type: {:?}",
        schema::names()
    );
    all.into_iter()
        .filter(|(name, _)| only.as_ref().is_none_or(|n| n == name))
        .map(|(name, s)| {
            let v = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&s)
                .expect("the crate's schemas compile");
            (name, v)
        })
        .collect()
});

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        fast_path_agrees::<ProgressReport>("ProgressReport", text);
        fast_path_agrees::<JointOperation>("JointOperation", text);
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    // The text reads as a `Value`, so an error here is a key given twice.
    let duplicate_key = serde_json::from_slice::<NoDuplicateKey>(data).is_err();
    for (name, validator) in VALIDATORS.iter() {
        let rust = match schema::check(name, data) {
            Ok(problems) => Ok(problems.iter().all(|p| p.kind == ProblemKind::Rule)),
            Err(e) => Err(e.to_string()),
        };
        let rust_valid = matches!(rust, Ok(true));
        if duplicate_key {
            assert!(
                !rust_valid,
                "{name}: Rust accepts a key given twice; document: {}",
                String::from_utf8_lossy(data)
            );
            continue;
        }
        assert_eq!(
            rust_valid,
            validator.is_valid(&value),
            "{name}: Rust says {rust:?}; document: {}",
            String::from_utf8_lossy(data)
        );
    }
});
