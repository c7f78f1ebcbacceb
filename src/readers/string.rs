//! The one way a value written as one JSON string is read: every vocabulary code, every kind
//! (an indicator's, an evidence item's), every id, date, timestamp, amount and currency.
//!
//! serde's derived reader of an enum also takes its externally tagged form, an object of one
//! member named after the variant (`{"arrests": null}`, `{"url": {}}`), which no schema of the
//! crate allows. Reading through [`string`] asks serde_json for a string and nothing else, so
//! no type read this way can take another shape; the unit-like enums of the documents are all
//! read so (the vocabularies through their macro, the other kinds through [`unit_enum!`]), and
//! none derives `Deserialize`.

use std::fmt;
use std::marker::PhantomData;

/// A type written as one JSON string on the wire.
pub(crate) trait FromJsonString: Sized {
    /// What a reader of this type expects, for the message of wrong input
    /// (`a crime_area code (a string)`).
    fn expecting(f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// The value the string `s` writes, or why there is none.
    fn from_json_str<E: serde::de::Error>(s: &str) -> Result<Self, E>;
}

/// Reads a `T` from a JSON string, and from nothing else.
#[inline]
pub(crate) fn string<'de, D: serde::Deserializer<'de>, T: FromJsonString>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(StringVisitor::<T>(PhantomData))
}

struct StringVisitor<T>(PhantomData<fn() -> T>);

impl<T: FromJsonString> serde::de::Visitor<'_> for StringVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        T::expecting(f)
    }

    #[inline]
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        T::from_json_str(v)
    }
}

/// Implements [`FromJsonString`] and serde's `Deserialize` (through [`string`]) for a type
/// whose `FromStr` (with the crate's `Error`) reads its wire string.
macro_rules! from_json_string {
    ($ty:ty, $($expecting:tt)+) => {
        impl $crate::readers::FromJsonString for $ty {
            fn expecting(f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, $($expecting)+)
            }

            #[inline]
            fn from_json_str<E: serde::de::Error>(s: &str) -> Result<Self, E> {
                s.parse().map_err(E::custom)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            #[inline]
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::readers::string(deserializer)
            }
        }
    };
}

pub(crate) use from_json_string;

/// Declares an enum of unit variants written on the wire as their codes, and reads it from a
/// JSON string only (never serde's derived enum reader, which also takes `{"code": null}`).
///
/// It gives the enum `CODES` (every code, in the variants' order), `ALL` (every variant with
/// its code), `code()`, `of_code()`, `Serialize` as the code and `Deserialize` through
/// [`string`]; an unknown code is refused with serde's own "unknown variant" message.
macro_rules! unit_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every wire code, in the order of the variants.
            #[allow(dead_code)]
            pub(crate) const CODES: &'static [&'static str] = &[$($code),+];

            /// Every variant with its wire code, in order.
            #[allow(dead_code)]
            pub(crate) const ALL: &'static [(&'static str, $name)] = &[$(($code, $name::$variant)),+];

            /// The wire code.
            #[allow(dead_code)]
            pub(crate) const fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code ),+
                }
            }

            /// The variant whose wire code is `code`.
            #[allow(dead_code)]
            #[inline]
            pub(crate) fn of_code(code: &str) -> Option<$name> {
                Self::ALL
                    .iter()
                    .find(|(c, _)| $crate::readers::same_key(c, code))
                    .map(|&(_, v)| v)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl $crate::readers::FromJsonString for $name {
            fn expecting(f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "a string, one of {}", Self::CODES.join(", "))
            }

            #[inline]
            fn from_json_str<E: serde::de::Error>(s: &str) -> Result<Self, E> {
                Self::of_code(s).ok_or_else(|| E::unknown_variant(s, Self::CODES))
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            #[inline]
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::readers::string(deserializer)
            }
        }
    };
}

pub(crate) use unit_enum;

#[cfg(test)]
mod tests {
    unit_enum! {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum Two {
            First = "first",
            Second = "second_one",
        }
    }

    #[test]
    fn a_unit_enum_is_read_from_its_code_and_from_nothing_else() {
        assert_eq!(
            serde_json::from_str::<Two>("\"second_one\"").ok(),
            Some(Two::Second)
        );
        assert_eq!(
            serde_json::to_string(&Two::First).ok().as_deref(),
            Some("\"first\"")
        );
        for other in [
            r#"{"first": null}"#,
            r#"{"first": {}}"#,
            r#"{"first": []}"#,
            r#"["first"]"#,
            "0",
            "null",
            "\"First\"",
        ] {
            assert!(serde_json::from_str::<Two>(other).is_err(), "{other}");
        }
        let err = serde_json::from_str::<Two>("\"third\"")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("unknown variant `third`, expected `first` or `second_one`"),
            "{err}"
        );
        let err = serde_json::from_str::<Two>("1").unwrap_err().to_string();
        assert!(
            err.contains("expected a string, one of first, second_one"),
            "{err}"
        );
    }
}
