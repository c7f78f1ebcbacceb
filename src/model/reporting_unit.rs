//! The national unit that made a progress report.

use super::evidence::is_document_reference;
use crate::validate::check_length;
use crate::{Location, Problem, UnitKind, Validate};

/// The most characters a [`ReportingUnit`]'s name has.
pub const UNIT_NAME_MAX_CHARS: usize = 200;

/// The JSON Schema pattern of a [`ReportingUnit`]'s name: text without control characters
/// (line breaks and tabs included) and without the Unicode line and paragraph separators.
pub const UNIT_NAME_PATTERN: &str = r"^[^\x00-\x1F\x7F-\x9F\u2028\u2029]+$(?!\n)";

crate::shape::object_shaped! {
    /// The national unit of the reporting state that made a [`ProgressReport`](crate::ProgressReport):
    /// its police, customs, prosecution service, financial intelligence unit, ... The report's
    /// `reporter` says which state; the unit says which of its authorities, so that a state's
    /// reports from several units can be told apart without an `x_` extension.
    ///
    /// A unit is an authority, never a person: `kind` comes from a closed vocabulary
    /// ([`UnitKind`]) and the optional `name` is the unit's own name (of a directorate or a
    /// department, say), 1 to 200 characters without line breaks or other control characters, which must not
    /// name a person or an officer. A report names a reporting unit only when its reporter is a
    /// state (the progress report's schema says so): a body reports as itself.
    ///
    /// ```
    /// use eu_clasi::{json, ReportingUnit, UnitKind, Validate};
    ///
    /// let unit: ReportingUnit = json::from_str(r#"{"kind": "financial_intelligence_unit"}"#)?;
    /// assert_eq!(unit, ReportingUnit::new(UnitKind::FinancialIntelligenceUnit));
    ///
    /// let named = ReportingUnit::named(UnitKind::Police, "[Fictitious example] Port anti-drug unit");
    /// assert!(named.problems().is_empty());
    /// assert!(ReportingUnit::named(UnitKind::Police, "line\nbreak").problems()[0].path == "/name");
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    #[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct ReportingUnit {
        /// What kind of authority the unit is.
        pub kind: UnitKind,
        /// The unit's own name, 1 to 200 characters without control characters; never a person's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schema", schemars(length(min = 1, max = UNIT_NAME_MAX_CHARS), regex(pattern = UNIT_NAME_PATTERN)))]
        pub name: Option<String>,
    }
}

impl ReportingUnit {
    /// A unit of kind `kind`, without a name.
    pub const fn new(kind: UnitKind) -> Self {
        ReportingUnit { kind, name: None }
    }

    /// A unit of kind `kind` named `name`.
    pub fn named(kind: UnitKind, name: impl Into<String>) -> Self {
        ReportingUnit {
            kind,
            name: Some(name.into()),
        }
    }
}

impl From<UnitKind> for ReportingUnit {
    fn from(kind: UnitKind) -> Self {
        ReportingUnit::new(kind)
    }
}

impl super::IntoField<ReportingUnit> for ReportingUnit {
    fn into_field(self) -> Result<ReportingUnit, crate::Error> {
        Ok(self)
    }
}

impl super::IntoField<ReportingUnit> for UnitKind {
    fn into_field(self) -> Result<ReportingUnit, crate::Error> {
        Ok(ReportingUnit::new(self))
    }
}

impl super::IntoField<ReportingUnit> for &str {
    /// A unit without a name, of the kind the text names: its code (`"customs"`) or anything
    /// [`UnitKind`]'s look-up finds (`"asset recovery office"`, `"aduanas"`, `"FIU"`).
    fn into_field(self) -> Result<ReportingUnit, crate::Error> {
        super::builder::looked_up(self).map(ReportingUnit::new)
    }
}

impl Validate for ReportingUnit {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if let Some(name) = &self.name {
            let here = at.key("name");
            check_length(&here, name, 1, UNIT_NAME_MAX_CHARS, problems);
            if !name.is_empty() && !is_document_reference(name) {
                problems.push(here.schema_problem(
                    "a unit's name must not contain line breaks or other control characters",
                ));
            }
        }
    }
}

crate::readers::fast_struct!(ReportingUnit {
    kind: required = "kind",
    name: optional = "name"
});
crate::readers::from_json!(ReportingUnit);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn the_name_is_optional_bounded_and_on_one_line() {
        let bare = ReportingUnit::new(UnitKind::Customs);
        assert_eq!(
            serde_json::to_string(&bare).unwrap(),
            r#"{"kind":"customs"}"#
        );
        for (name, ok) in [
            ("x".repeat(UNIT_NAME_MAX_CHARS), true),
            ("ñ".repeat(UNIT_NAME_MAX_CHARS), true),
            ("x".repeat(UNIT_NAME_MAX_CHARS + 1), false),
            (String::new(), false),
            ("tab\there".into(), false),
            ("sep\u{2028}arator".into(), false),
            ("Unidad de Inteligencia Financiera".into(), true),
        ] {
            let unit = ReportingUnit::named(UnitKind::FinancialIntelligenceUnit, name.clone());
            assert_eq!(unit.problems().is_empty(), ok, "{name:?}");
        }
    }

    #[test]
    fn reads_only_an_object_with_a_known_kind() {
        for bad in [
            r#"["police"]"#,
            r#""police""#,
            r#"{"kind": "militia"}"#,
            r#"{"kind": "police", "officer": "x"}"#,
            r#"{"name": "x"}"#,
        ] {
            assert!(json::from_str::<ReportingUnit>(bad).is_err(), "{bad}");
        }
    }
}
