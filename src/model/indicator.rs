//! What a record counts: seizures, arrests, frozen assets, trainings, ...

use serde::{Deserialize, Serialize};

use super::{Money, Quantity};
use crate::{IndicatorKind, IndicatorUnit, Location, Problem, Substance, Validate};

/// The largest count an [`Indicator`] accepts: 2^53 − 1, the largest integer every JSON
/// reader (JavaScript's included) represents exactly.
pub const MAX_COUNT: u64 = crate::readers::MAX_SAFE_INTEGER;

macro_rules! indicator {
    ($($variants:tt)*) => {
        /// One measured result of the work a record reports, with its unit in its field's name.
        ///
        /// The wire form is an object whose `kind` says what is measured; counts are whole numbers
        /// from 0 to 2^53 − 1 ([`MAX_COUNT`]), weights are exact decimal strings in kilograms, sums of
        /// money are exact decimal strings with their currency. Indicators count things and sums,
        /// never persons by name: `arrests` is a number of arrests, with no detail of who.
        ///
        /// ```
        /// use eu_clasi::{json, Indicator, Substance, Validate};
        ///
        /// let seizure: Indicator = json::from_str(
        ///     r#"{"kind": "drug_seizure", "substance": "cocaine", "kilograms": "1250.5"}"#,
        /// )?;
        /// assert!(matches!(seizure, Indicator::DrugSeizure { substance: Substance::Cocaine, .. }));
        ///
        /// let arrests: Indicator = json::from_str(r#"{"kind": "arrests", "count": 14}"#)?;
        /// assert_eq!(arrests.count(), Some(14));
        ///
        /// // Counts above 2^53 - 1 are read but reported, since JSON readers cannot all hold them.
        /// let huge: Indicator = json::from_str(r#"{"kind": "arrests", "count": 9007199254740992}"#)?;
        /// assert_eq!(huge.problems()[0].path, "/count");
        ///
        /// assert!(json::from_str::<Indicator>(r#"{"kind": "arrests", "count": -1}"#).is_err());
        /// assert!(json::from_str::<Indicator>(r#"{"kind": "arrests", "count": "14"}"#).is_err());
        /// # Ok::<(), eu_clasi::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "schema", schemars(transform = crate::validate::select_by_kind))]
        #[serde(tag = "kind", deny_unknown_fields)]
        pub enum Indicator {
            $($variants)*
        }
    };
}

// The enum's variants, one per kind of `data/vocabularies/indicator_kind.toml`, and
// `Indicator::kind`, `Indicator::value` and `Indicator::new`.
include!("../generated/indicator.rs");

/// What an [`Indicator`] measured, in its kind's [`IndicatorUnit`].
///
/// ```
/// use eu_clasi::{Indicator, IndicatorKind, IndicatorValue};
///
/// let arrests = Indicator::new(IndicatorKind::Arrests, IndicatorValue::Count(14));
/// assert_eq!(arrests, Some(Indicator::Arrests { count: 14 }));
/// assert_eq!(arrests.map(|a| a.value()), Some(IndicatorValue::Count(14)));
/// // A count is not a sum of money.
/// assert_eq!(Indicator::new(IndicatorKind::AssetsFrozen, IndicatorValue::Count(14)), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndicatorValue {
    /// A whole number of things.
    Count(u64),
    /// A weight of a substance.
    Kilograms {
        /// What was seized.
        substance: Substance,
        /// How much, in kilograms.
        kilograms: Quantity,
    },
    /// A sum of money.
    Money(Money),
}

impl Indicator {
    /// The count, for an indicator that counts (`None` for a weight or a sum of money).
    pub const fn count(&self) -> Option<u64> {
        match self.value() {
            IndicatorValue::Count(count) => Some(count),
            _ => None,
        }
    }

    /// The sum of money, for assets frozen or confiscated.
    pub const fn money(&self) -> Option<Money> {
        match self.value() {
            IndicatorValue::Money(amount) => Some(amount),
            _ => None,
        }
    }
}

/// The indicator of `kind` from the members read, or the name of the first member it needs and
/// lacks; members its unit does not have are ignored (both readers refuse them before).
fn build(
    kind: IndicatorKind,
    count: Option<u64>,
    substance: Option<Substance>,
    kilograms: Option<Quantity>,
    amount: Option<Money>,
) -> Result<Indicator, &'static str> {
    let value = match kind.unit() {
        IndicatorUnit::Count => IndicatorValue::Count(count.ok_or("count")?),
        IndicatorUnit::Kilograms => IndicatorValue::Kilograms {
            substance: substance.ok_or("substance")?,
            kilograms: kilograms.ok_or("kilograms")?,
        },
        IndicatorUnit::Money => IndicatorValue::Money(amount.ok_or("amount")?),
    };
    // The value is in the kind's unit, so there is an indicator.
    Indicator::new(kind, value).ok_or("kind")
}

/// The members an indicator can have.
#[derive(Clone, Copy, PartialEq, Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Kind,
    Count,
    Substance,
    Kilograms,
    Amount,
}

impl Field {
    const fn name(self) -> &'static str {
        match self {
            Field::Kind => "kind",
            Field::Count => "count",
            Field::Substance => "substance",
            Field::Kilograms => "kilograms",
            Field::Amount => "amount",
        }
    }
}

/// A member's name, refused as unknown when the indicator's kind is known and has no such
/// member (refused while the key is read, so that the error names the key's path).
struct FieldOf(Option<IndicatorKind>);

impl<'de> serde::de::DeserializeSeed<'de> for FieldOf {
    type Value = Field;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Field, D::Error> {
        let field = Field::deserialize(deserializer)?;
        match self.0 {
            Some(kind) if !kind.unit().members().contains(&field.name()) => Err(
                serde::de::Error::unknown_field(field.name(), kind.unit().members()),
            ),
            _ => Ok(field),
        }
    }
}

/// A count as JSON Schema reads an integer: a whole number, which JSON may also write with a
/// zero fraction or an exponent (`4.0`, `1e3`). Counts above [`MAX_COUNT`] are read and
/// reported by [`Validate`].
struct Count(u64);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::readers::whole_up_to(deserializer, MAX_COUNT).map(Count)
    }
}

/// Reads an indicator member by member, without buffering: each member is read where it is,
/// so an error names its own path (`/indicators/1/count`), and the `kind` may come anywhere.
impl<'de> Deserialize<'de> for Indicator {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Indicator;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an indicator: an object with a kind")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Indicator, A::Error> {
                use serde::de::Error;
                let (mut kind, mut count, mut substance, mut kilograms, mut amount) =
                    (None, None, None, None, None);
                let mut seen: Vec<Field> = Vec::with_capacity(3);
                while let Some(field) = map.next_key_seed(FieldOf(kind))? {
                    if seen.contains(&field) {
                        return Err(A::Error::duplicate_field(field.name()));
                    }
                    seen.push(field);
                    match field {
                        Field::Kind => {
                            let k: IndicatorKind = map.next_value()?;
                            let members = k.unit().members();
                            if let Some(other) = seen.iter().find(|f| !members.contains(&f.name()))
                            {
                                return Err(A::Error::unknown_field(other.name(), members));
                            }
                            kind = Some(k);
                        }
                        Field::Count => count = Some(map.next_value::<Count>()?.0),
                        Field::Substance => substance = Some(map.next_value()?),
                        Field::Kilograms => kilograms = Some(map.next_value()?),
                        Field::Amount => amount = Some(map.next_value()?),
                    }
                }
                let kind = kind.ok_or_else(|| A::Error::missing_field("kind"))?;
                build(kind, count, substance, kilograms, amount).map_err(A::Error::missing_field)
            }
        }
        deserializer.deserialize_map(V)
    }
}

/// The fast path's indicator: the members in any order, each once, exactly those of its kind;
/// the kind read by its vocabulary's `FromStr`, as serde's reader reads it, the count as plain
/// digits.
impl crate::readers::FastRead for Indicator {
    fn fast_read(c: &mut crate::readers::Cursor<'_>) -> Option<Self> {
        use crate::readers::once;
        use serde::de::IntoDeserializer as _;
        let (mut kind, mut count, mut substance, mut kilograms, mut amount) =
            (None, None, None, None, None);
        let mut members = c.object()?;
        while c.member(&mut members)? {
            // `kind` first, then its measure, is how indicators are written: those keys are
            // matched where they stand, any other is read and compared.
            let field = if c.exact_key("kind") {
                Field::Kind
            } else if c.exact_key("count") {
                Field::Count
            } else {
                let key = c.str()?;
                Field::deserialize(key.into_deserializer())
                    .map_err(|_: serde::de::value::Error| ())
                    .ok()?
            };
            c.colon()?;
            match field {
                Field::Kind => once(&mut kind, IndicatorKind::fast_read(c))?,
                Field::Count => once(&mut count, c.digits())?,
                Field::Substance => once(&mut substance, c.parsed())?,
                Field::Kilograms => once(&mut kilograms, c.parsed())?,
                Field::Amount => once(&mut amount, Money::fast_read(c))?,
            }
        }
        let kind = kind?;
        // No member the kind does not have (serde's reader refuses it as unknown).
        let given = [
            (count.is_some(), Field::Count),
            (substance.is_some(), Field::Substance),
            (kilograms.is_some(), Field::Kilograms),
            (amount.is_some(), Field::Amount),
        ];
        if given
            .iter()
            .any(|&(is, field)| is && !kind.unit().members().contains(&field.name()))
        {
            return None;
        }
        build(kind, count, substance, kilograms, amount).ok()
    }
}

crate::readers::from_json!(Indicator);

impl Validate for Indicator {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if let Some(count) = self.count()
            && count > MAX_COUNT
        {
            problems.push(at.key("count").schema_problem(format!(
                "{count} is above {MAX_COUNT} (2^53 - 1), the largest count every JSON reader holds exactly"
            )));
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_a_variant_tagged_with_its_code_in_its_unit() {
        use crate::Vocabulary as _;
        for &kind in IndicatorKind::all() {
            let value = match kind.unit() {
                IndicatorUnit::Count => IndicatorValue::Count(3),
                IndicatorUnit::Kilograms => IndicatorValue::Kilograms {
                    substance: Substance::Cocaine,
                    kilograms: "1.5".parse().unwrap(),
                },
                IndicatorUnit::Money => {
                    IndicatorValue::Money(Money::new("2".parse().unwrap(), crate::Currency::EUR))
                }
            };
            let indicator = Indicator::new(kind, value).unwrap();
            assert_eq!((indicator.kind(), indicator.value()), (kind, value));
            let json = serde_json::to_value(indicator).unwrap();
            assert_eq!(json["kind"], kind.code());
            let members: Vec<&str> = json
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut expected = kind.unit().members().to_vec();
            expected.sort_unstable();
            assert_eq!(members, expected, "{kind}");
            for other in [
                IndicatorUnit::Count,
                IndicatorUnit::Kilograms,
                IndicatorUnit::Money,
            ] {
                if other != kind.unit() {
                    let wrong = match other {
                        IndicatorUnit::Count => IndicatorValue::Count(1),
                        IndicatorUnit::Kilograms => IndicatorValue::Kilograms {
                            substance: Substance::Cannabis,
                            kilograms: "1".parse().unwrap(),
                        },
                        IndicatorUnit::Money => IndicatorValue::Money(Money::new(
                            "1".parse().unwrap(),
                            crate::Currency::EUR,
                        )),
                    };
                    assert_eq!(Indicator::new(kind, wrong), None, "{kind}");
                }
            }
        }
    }

    #[test]
    fn a_kind_is_read_from_its_code_only() {
        for kind in [
            r#"{"arrests": null}"#,
            r#"{"arrests": {}}"#,
            r#"["arrests"]"#,
            "1",
        ] {
            let doc = format!(r#"{{"kind": {kind}, "count": 1}}"#);
            assert!(json::from_str::<Indicator>(&doc).is_err(), "{doc}");
        }
    }
    use crate::json;

    #[test]
    fn counts_above_2_pow_53_minus_1_are_schema_problems() {
        let ok = Indicator::Arrests { count: MAX_COUNT };
        assert!(ok.problems().is_empty());
        for count in [MAX_COUNT + 1, u64::MAX] {
            let problems = Indicator::OfficersTrained { count }.problems();
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].kind, crate::ProblemKind::Schema);
            assert_eq!(problems[0].path, "/count");
        }
        let seizure = Indicator::DrugSeizure {
            substance: Substance::Cannabis,
            kilograms: "1".parse().unwrap(),
        };
        assert!(seizure.problems().is_empty());
    }

    #[test]
    fn counts_are_read_as_json_schema_reads_integers() {
        let schema = crate::model::testing::schema_validator("indicator");
        for (text, count) in [
            ("4", 4),
            ("4.0", 4),
            ("1e3", 1000),
            ("0", 0),
            ("-0.0", 0),
            ("9007199254740991", MAX_COUNT),
        ] {
            let doc = format!(r#"{{"kind":"arrests","count":{text}}}"#);
            let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
            assert!(schema.is_valid(&value), "{text}");
            assert_eq!(
                json::from_str::<Indicator>(&doc).unwrap().count(),
                Some(count),
                "{text}"
            );
        }
        for text in ["4.5", "-1", "-1.0", "9007199254740992.0", "1e300", "\"4\""] {
            let doc = format!(r#"{{"kind":"arrests","count":{text}}}"#);
            let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
            assert!(!schema.is_valid(&value), "{text}");
            assert!(json::from_str::<Indicator>(&doc).is_err(), "{text}");
        }
    }

    #[test]
    fn wire_form_is_tagged_by_kind_and_strict() {
        let all = r#"[
            {"kind":"drug_seizure","substance":"precursors","kilograms":"12.5"},
            {"kind":"firearms_seized","count":3},
            {"kind":"assets_frozen","amount":{"amount":"10","currency":"EUR"}},
            {"kind":"assets_confiscated","amount":{"amount":"0.5","currency":"COP"}},
            {"kind":"arrests","count":0},
            {"kind":"victims_identified","count":1},
            {"kind":"investigations_opened","count":2},
            {"kind":"jits_set_up","count":1},
            {"kind":"trainings_delivered","count":4},
            {"kind":"port_assessments","count":2},
            {"kind":"officers_trained","count":120}
        ]"#;
        let list: Vec<Indicator> = json::from_str(all).unwrap();
        assert_eq!(list.len(), 11);
        let back: serde_json::Value = serde_json::to_value(&list).unwrap();
        let original: serde_json::Value = serde_json::from_str(all).unwrap();
        assert_eq!(back, original);
        assert_eq!(list[3].money().unwrap().to_string(), "0.5 COP");
        for bad in [
            r#"{"kind":"arrests","count":1,"names":[]}"#,
            r#"{"kind":"arrests","count":1.5}"#,
            r#"{"kind":"arrests","count":-1}"#,
            r#"{"kind":"arrests","count":-1.0}"#,
            r#"{"kind":"arrests","count":"1"}"#,
            r#"{"kind":"arrests","count":null}"#,
            r#"{"kind":"arrests","count":1e300}"#,
            r#"{"kind":"arrests"}"#,
            r#"{"kind":"seizures","count":1}"#,
            r#"{"count":1}"#,
            r#"{"kind":"drug_seizure","substance":"cocaine","kilograms":12}"#,
            r#"{"kind":"drug_seizure","substance":"tea","kilograms":"12"}"#,
            r#"{"kind":"assets_frozen","amount":{"amount":"1","currency":"GBP"}}"#,
        ] {
            assert!(json::from_str::<Indicator>(bad).is_err(), "{bad}");
        }
    }
}
