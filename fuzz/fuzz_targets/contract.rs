//! The contract as a fuzz property: for any bytes that are JSON, and for every root type, Rust's
//! verdict (`schema::check`: no error and no schema problem) equals the verdict of the
//! `jsonschema` crate (draft 2020-12, format assertion on) on the root's schema. Duplicate keys
//! are skipped (no schema can see them); lone surrogates and nesting beyond 128 levels never
//! reach the oracle, since serde_json's `Value` refuses them too.
//!
//! `EU_CLASI_FUZZ_ROOT=progress-report` (a name from `schema::names()`) checks that root type
//! alone, so that a run's executions all go to it; unset, every root type is checked on every
//! input.
#![no_main]

use std::sync::LazyLock;

use eu_clasi::{ProblemKind, schema};
use libfuzzer_sys::fuzz_target;

static VALIDATORS: LazyLock<Vec<(String, jsonschema::Validator)>> = LazyLock::new(|| {
    let only = std::env::var("EU_CLASI_FUZZ_ROOT")
        .ok()
        .filter(|name| !name.is_empty());
    let all = schema::all();
    assert!(
        only.as_ref().is_none_or(|n| all.iter().any(|(name, _)| name == n)),
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
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    for (name, validator) in VALIDATORS.iter() {
        let rust = match schema::check(name, data) {
            Ok(problems) => Ok(problems.iter().all(|p| p.kind == ProblemKind::Rule)),
            Err(e) => Err(e.to_string()),
        };
        if let Err(message) = &rust {
            if message.contains("duplicate field") || message.contains("duplicate key") {
                continue;
            }
        }
        let rust_valid = matches!(rust, Ok(true));
        assert_eq!(
            rust_valid,
            validator.is_valid(&value),
            "{name}: Rust says {rust:?}; document: {}",
            String::from_utf8_lossy(data)
        );
    }
});
