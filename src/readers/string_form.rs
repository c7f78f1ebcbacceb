//! What every type written as one JSON string has, from its `FromStr` and `Display`.

/// Implements, for a type whose `FromStr` (with the crate's `Error`) and `Display` are each
/// other's inverse: `TryFrom<&str>`, an empty `Validate` (the form is checked when it is read),
/// serde through the string form (read by [`string`](fn@crate::readers::string), from a JSON
/// string only), [`FromJson`](crate::readers::FromJson), and, when asked, a JSON Schema of a
/// string with a description, a pattern and an optional format.
///
/// `fast_len = N` (for a type whose `FromStr` accepts no `"`, `\` or control character, only
/// the digits, letters and separators of an id or a date) lets the records' fast reader try
/// the usual length first without scanning the string ([`Cursor::parsed_sized`]).
///
/// [`Cursor::parsed_sized`]: crate::readers::Cursor::parsed_sized
macro_rules! string_form {
    ($ty:ident, expecting = $expecting:expr, fast_len = $len:expr $(,)?) => {
        $crate::readers::string_form!(@common $ty, $expecting);
        $crate::readers::fast_from_str!($ty, len = $len);
    };
    ($ty:ident, expecting = $expecting:expr $(,)?) => {
        $crate::readers::string_form!(@common $ty, $expecting);
        $crate::readers::fast_from_str!($ty);
    };
    (@common $ty:ident, $expecting:expr) => {
        impl TryFrom<&str> for $ty {
            type Error = $crate::Error;
            fn try_from(s: &str) -> Result<Self, $crate::Error> {
                s.parse()
            }
        }

        impl $crate::Validate for $ty {
            /// No problem beyond parsing: the form is checked when the value is read.
            fn validate_at(&self, _: &$crate::Location<'_>, _: &mut Vec<$crate::Problem>) {}
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        $crate::readers::from_json_string!($ty, "{}", $expecting);
        $crate::readers::from_json!($ty);
    };
    ($ty:ident, expecting = $expecting:expr, description = $description:expr, pattern = $pattern:expr $(, format = $format:literal)? $(, fast_len = $len:expr)? $(,)?) => {
        $crate::readers::string_form!($ty, expecting = $expecting $(, fast_len = $len)?);

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($ty)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                #[allow(unused_mut)]
                let mut schema = schemars::json_schema!({
                    "description": $description,
                    "type": "string",
                    "pattern": $pattern,
                });
                $( schema.insert("format".into(), $format.into()); )?
                schema
            }
        }
    };
}

pub(crate) use string_form;
