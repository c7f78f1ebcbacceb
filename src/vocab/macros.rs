//! The `vocabulary!` macro: one enum definition, with each term's wire code written once (in
//! its `#[strum(serialize = "...")]`, which the code generation takes from the term's data
//! entry), gives `Display`, strict `FromStr`, serde, the JSON Schema and the
//! [`Vocabulary`](crate::Vocabulary) impl, so no second list of strings can drift from the
//! first and no case rule makes a code.

/// Defines a vocabulary enum. Every variant names its wire code.
///
/// ```ignore
/// vocabulary! {
///     /// Type docs (the first paragraph becomes the schema description).
///     #[vocabulary(kind = "crime_area", title = Labels::new("Crime area", ...), labels = Self::labels_of, aliases = Self::aliases_of)]
///     pub enum CrimeArea {
///         /// Variant docs: one paragraph, the term's description.
///         #[strum(serialize = "drug_trafficking")]
///         DrugTrafficking,
///     }
/// }
/// ```
macro_rules! vocabulary {
    (
        $(#[doc = $doc:literal])*
        #[vocabulary(kind = $kind:literal, title = $title:expr, labels = $labels:path $(, aliases = $aliases:path)? $(, former = $former:path)? $(,)?)]
        $(#[$attr:meta])*
        pub enum $name:ident {
            $(
                $(#[doc = $vdoc:literal])*
                #[strum(serialize = $code:literal)]
                $variant:ident
            ),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            strum::IntoStaticStr, strum::VariantNames, strum::VariantArray, strum::EnumCount,
        )]
        $(#[$attr])*
        pub enum $name {
            $(
                $(#[doc = $vdoc])*
                #[strum(serialize = $code)]
                $variant,
            )+
        }

        impl $crate::vocab::sealed::Sealed for $name {
            const DOC: &'static str = concat!($($doc, "\n"),*);

            const TITLE: $crate::Labels = $title;

            fn lookup_index() -> &'static $crate::vocab::LookupIndex<Self> {
                static INDEX: std::sync::LazyLock<$crate::vocab::LookupIndex<$name>> =
                    std::sync::LazyLock::new($crate::vocab::LookupIndex::build);
                &INDEX
            }

            fn former_codes() -> &'static [(&'static str, Self)] {
                #[allow(unused_mut, unused_assignments)]
                let mut former: &'static [(&'static str, Self)] = &[];
                $( former = $former; )?
                former
            }
        }

        impl $crate::Vocabulary for $name {
            const KIND: &'static str = $kind;

            fn all() -> &'static [Self] {
                <Self as strum::VariantArray>::VARIANTS
            }

            fn codes() -> &'static [&'static str] {
                <Self as strum::VariantNames>::VARIANTS
            }

            fn code(self) -> &'static str {
                self.into()
            }

            fn description(self) -> &'static str {
                match self {
                    $( Self::$variant => concat!($($vdoc),*).trim_ascii(), )+
                }
            }

            fn labels(self) -> $crate::Labels {
                $labels(self)
            }

            fn tagged_aliases(self) -> Vec<$crate::TaggedAlias> {
                #[allow(unused_mut, unused_assignments)]
                let mut aliases: fn(Self) -> Vec<$crate::TaggedAlias> = |_| Vec::new();
                $( aliases = $aliases; )?
                aliases(self)
            }
        }

        impl $crate::Validate for $name {
            /// A term has no problem beyond parsing: its wire code is checked when it is read.
            fn validate_at(&self, _: &$crate::Location<'_>, _: &mut Vec<$crate::Problem>) {}
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::Vocabulary::code(*self))
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::Error;

            /// Parses the exact wire code. For forgiving lookup by alias or label, see
            /// [`Vocabulary::lookup`]($crate::Vocabulary::lookup).
            fn from_str(code: &str) -> Result<Self, Self::Err> {
                $crate::vocab::from_code(code)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($crate::Vocabulary::code(*self))
            }
        }

        $crate::readers::fast_from_str!($name);

        $crate::readers::from_json_string!(
            $name,
            "a {} code (a string)",
            <$name as $crate::Vocabulary>::KIND
        );
        $crate::readers::from_json!($name);

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                concat!(module_path!(), "::", stringify!($name)).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $crate::vocab::vocabulary_schema::<Self>(<Self as $crate::vocab::sealed::Sealed>::DOC)
            }
        }
    };
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use crate::{Labels, Vocabulary};

    vocabulary! {
        /// A vocabulary whose second term was renamed: `old_name` is its former wire code.
        #[vocabulary(kind = "renamed", title = Labels::new("Renamed", "Renamed", "Renamed", "Renamed"), labels = Renamed::labels_of, aliases = Renamed::aliases_of, former = Renamed::FORMER_CODES)]
        pub enum Renamed {
            /// A term that kept its code.
            #[strum(serialize = "kept")]
            Kept,
            /// A term renamed from `old_name`.
            #[strum(serialize = "new_name")]
            NewName,
        }
    }

    impl Renamed {
        const FORMER_CODES: &[(&str, Renamed)] = &[("old_name", Renamed::NewName)];

        const fn labels_of(self) -> Labels {
            match self {
                Renamed::Kept => Labels::new("kept", "kept", "kept", "kept"),
                Renamed::NewName => Labels::new("new", "new", "new", "new"),
            }
        }

        fn aliases_of(self) -> Vec<crate::TaggedAlias> {
            Vec::new()
        }
    }

    #[test]
    fn a_former_code_keeps_parsing_and_is_never_written() {
        assert_eq!("old_name".parse::<Renamed>().ok(), Some(Renamed::NewName));
        assert_eq!(
            serde_json::from_str::<Renamed>("\"old_name\"").ok(),
            Some(Renamed::NewName)
        );
        assert_eq!(Renamed::lookup("old name").ok(), Some(Renamed::NewName));
        assert_eq!(Renamed::NewName.to_string(), "new_name");
        assert_eq!(
            serde_json::to_string(&Renamed::NewName).ok().as_deref(),
            Some("\"new_name\"")
        );
        assert_eq!(Renamed::codes(), ["kept", "new_name"]);
        assert!("older_name".parse::<Renamed>().is_err());
    }

    #[cfg(feature = "schema")]
    #[test]
    fn the_schema_accepts_a_former_code_as_deprecated() {
        let schema = schemars::schema_for!(Renamed);
        let value = schema.as_value();
        assert_eq!(
            value["enum"],
            serde_json::json!(["kept", "new_name", "old_name"])
        );
        let descriptions = value["x-enum-descriptions"].as_array().map(Vec::len);
        assert_eq!(descriptions, Some(3));
        assert!(
            value["x-enum-descriptions"][2]
                .as_str()
                .is_some_and(|d| d.starts_with("Deprecated: the former code of `new_name`."))
        );
    }
}
