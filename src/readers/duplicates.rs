//! The crate's own check for a key given twice in an object, over the text of a document.
//!
//! serde's readers refuse a key given twice (the derives, the extensions' and the catalogue
//! facts' readers), but say so in words only, at the path of the object rather than the key.
//! When reading fails, the JSON readers scan the text with [`first_duplicate_key`] and, when
//! the first key given twice is where reading stopped, report that key's own path: the
//! duplicate is told from its position, never from an error's message.

use std::collections::HashSet;
use std::ops::RangeInclusive;

/// A key given a second time in an object.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct DuplicateKey {
    /// The JSON Pointer of the key's second copy.
    pub pointer: String,
    /// The key, unescaped.
    pub key: String,
    /// Where the second copy stands: the byte offsets from its opening quote to the `:` after
    /// it. A reader that refuses the key stops there.
    pub span: RangeInclusive<usize>,
}

/// JSON's white space (RFC 8259): space, tab, line feed, carriage return.
const fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The end (one past the closing quote) of the string whose opening quote is at `start`.
fn string_end(text: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while let Some(&b) = text.get(i) {
        match b {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    None
}

enum Frame {
    /// An object: the keys met so far, and the length of the pointer to the object.
    Object { keys: HashSet<String>, base: usize },
    /// An array: the index of the element being read, and the length of the pointer to it.
    Array { index: usize, base: usize },
}

enum State {
    Value,
    ValueOrEnd,
    Key,
    KeyOrEnd,
    After,
}

/// Appends `/key` to a JSON Pointer, escaped as RFC 6901 says.
fn push_key(pointer: &mut String, key: &str) {
    pointer.push('/');
    for c in key.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// The first key given twice in any object of `text`, in document order. `None` when no key
/// is, or when the text stops being well-formed JSON before one is met (what follows a
/// reader's stopping point is not looked at more than that).
pub(crate) fn first_duplicate_key(text: &[u8]) -> Option<DuplicateKey> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut pointer = String::new();
    let mut state = State::Value;
    let mut i = 0;
    loop {
        while text.get(i).copied().is_some_and(is_ws) {
            i += 1;
        }
        let b = *text.get(i)?;
        state = match state {
            State::Value => match b {
                b'{' => {
                    i += 1;
                    stack.push(Frame::Object {
                        keys: HashSet::new(),
                        base: pointer.len(),
                    });
                    State::KeyOrEnd
                }
                b'[' => {
                    i += 1;
                    stack.push(Frame::Array {
                        index: 0,
                        base: pointer.len(),
                    });
                    pointer.push_str("/0");
                    State::ValueOrEnd
                }
                b'"' => {
                    i = string_end(text, i)?;
                    State::After
                }
                _ => {
                    let start = i;
                    while text
                        .get(i)
                        .is_some_and(|&c| !is_ws(c) && !matches!(c, b',' | b']' | b'}'))
                    {
                        i += 1;
                    }
                    if i == start {
                        return None;
                    }
                    State::After
                }
            },
            State::ValueOrEnd if b == b']' => {
                i += 1;
                close(&mut stack, &mut pointer);
                State::After
            }
            State::ValueOrEnd => State::Value,
            State::KeyOrEnd if b == b'}' => {
                i += 1;
                close(&mut stack, &mut pointer);
                State::After
            }
            State::KeyOrEnd | State::Key => {
                if b != b'"' {
                    return None;
                }
                let start = i;
                let end = string_end(text, start)?;
                let key: String = serde_json::from_slice(&text[start..end]).ok()?;
                i = end;
                while text.get(i).copied().is_some_and(is_ws) {
                    i += 1;
                }
                if text.get(i) != Some(&b':') {
                    return None;
                }
                let Some(Frame::Object { keys, base }) = stack.last_mut() else {
                    return None;
                };
                pointer.truncate(*base);
                push_key(&mut pointer, &key);
                if keys.contains(&key) {
                    return Some(DuplicateKey {
                        pointer,
                        key,
                        span: start..=i,
                    });
                }
                keys.insert(key);
                i += 1;
                State::Value
            }
            State::After => match (stack.last_mut(), b) {
                (None, _) => return None,
                (Some(Frame::Object { .. }), b',') => {
                    i += 1;
                    State::Key
                }
                (Some(Frame::Array { index, base }), b',') => {
                    i += 1;
                    *index += 1;
                    pointer.truncate(*base);
                    pointer.push('/');
                    pointer.push_str(&index.to_string());
                    State::Value
                }
                (Some(Frame::Object { .. }), b'}') | (Some(Frame::Array { .. }), b']') => {
                    i += 1;
                    close(&mut stack, &mut pointer);
                    State::After
                }
                _ => return None,
            },
        };
    }
}

/// Leaves the innermost object or array.
fn close(stack: &mut Vec<Frame>, pointer: &mut String) {
    if let Some(Frame::Object { base, .. } | Frame::Array { base, .. }) = stack.pop() {
        pointer.truncate(base);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Option<(String, String)> {
        first_duplicate_key(text.as_bytes()).map(|d| {
            assert_eq!(text.as_bytes()[*d.span.start()], b'"', "{text}");
            assert_eq!(text.as_bytes()[*d.span.end()], b':', "{text}");
            (d.pointer, d.key)
        })
    }

    #[test]
    fn the_first_key_given_twice_is_found_with_its_pointer() {
        let some = |p: &str, k: &str| Some((p.to_owned(), k.to_owned()));
        assert_eq!(found(r#"{"a":1,"a":2}"#), some("/a", "a"));
        assert_eq!(
            found(r#"{"a":1, "b" : {"c":[1,{"d":1,"d" :2}]}}"#),
            some("/b/c/1/d", "d")
        );
        assert_eq!(
            found(r#"[{"x":1},{"x":1,"y":[],"y":{}}]"#),
            some("/1/y", "y")
        );
        assert_eq!(found(r#"{"a/b~":1,"a/b~":1}"#), some("/a~1b~0", "a/b~"));
        // Keys are compared unescaped.
        assert_eq!(found(r#"{"end":1,"\u0065nd":2}"#), some("/end", "end"));
        // The first in document order.
        assert_eq!(found(r#"{"a":{"b":1,"b":1},"a":1}"#), some("/a/b", "b"));
        assert_eq!(found("{\"s\": \"a \\\" b\", \"s\": 1}"), some("/s", "s"));
        for none in [
            r#"{"a":1,"b":{"a":1}}"#,
            r#"[{"a":1},{"a":1}]"#,
            r#"{"a":"#,
            "",
            "nul",
            r#"{"a" 1, "a": 2}"#,
            r#"["a", "a"]"#,
        ] {
            assert_eq!(found(none), None, "{none}");
        }
    }
}
