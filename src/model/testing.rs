//! Test helpers: what an independent JSON Schema validator says.

/// A function that says whether a JSON Schema validator (the `jsonschema` crate, as other
/// languages' validators would) finds that a string matches `pattern`.
pub(crate) fn pattern_matcher(pattern: &str) -> impl Fn(&str) -> bool {
    let schema = serde_json::json!({ "type": "string", "pattern": pattern });
    let validator = jsonschema::validator_for(&schema).unwrap();
    move |s: &str| validator.is_valid(&serde_json::Value::String(s.to_owned()))
}

/// A validator for one of the crate's root schemas, asserting `format`s.
pub(crate) fn schema_validator(name: &str) -> jsonschema::Validator {
    let schema = crate::schema::by_name(name).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

/// Strings generated from `regex`, half of them as generated and half with one character
/// replaced, inserted or removed: near misses of a form, for agreement tests.
pub(crate) fn near(regex: &str) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let noise = prop::sample::select(vec![
        '0', '1', '9', 'a', 'f', 'g', 'A', 'F', 'T', 't', 'Z', 'z', 'x', '_', '-', ':', '.', '+',
        ' ', '/', 'é', '\n', '\u{0}',
    ]);
    (
        proptest::string::string_regex(regex).unwrap(),
        0u8..4,
        any::<prop::sample::Index>(),
        noise,
    )
        .prop_map(|(s, op, at, c)| {
            let mut chars: Vec<char> = s.chars().collect();
            let i = at.index(chars.len() + 1);
            match op {
                0 if i < chars.len() => chars[i] = c,
                1 => chars.insert(i, c),
                2 if i < chars.len() => {
                    chars.remove(i);
                }
                _ => {}
            }
            chars.into_iter().collect()
        })
}

/// Asserts that `T`'s parse accepts `good` and refuses it with any one byte replaced by one that
/// would end or escape a JSON string (`"`, `\\`, a control character): what `fast_len` in
/// `string_form!` relies on.
pub(crate) fn refuses_json_string_breakers<T: std::str::FromStr>(good: &str) {
    assert!(good.parse::<T>().is_ok(), "{good:?}");
    for at in 0..good.len() {
        for bad in ['"', '\\', '\n', '\u{0}', '\u{1f}'] {
            let mut text = good.to_owned();
            text.replace_range(at..at + 1, &bad.to_string());
            assert!(text.parse::<T>().is_err(), "{text:?}");
        }
    }
}
