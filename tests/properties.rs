//! Property tests of the schema contract: random values of every root type serialize to JSON
//! that their schema accepts (judged by the `jsonschema` crate, formats asserted), read back
//! equal and write back the same text; and no input, however random, makes a reader panic.
//!
//! `every_root_type_has_a_property` fails when a root type is added to `schema::names()`
//! without a property here.

use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, Mutex};

use eu_clasi::contract::{
    DOCUMENT_REFERENCE_MAX_CHARS, MAX_COUNT, OPERATION_NAME_MAX_CHARS, OPERATION_NAME_MIN_CHARS,
    SUMMARY_MAX_CHARS, SUMMARY_MIN_CHARS, UNIT_NAME_MAX_CHARS, URL_MAX_CHARS,
};
use eu_clasi::versions::SchemaId;
use eu_clasi::{
    ActionId, Actor, Amount, Body, CollectiveActor, CouncilReference, Country, CrimeArea, Currency,
    Declaration, Event, Evidence, Extensions, ImplementationStatus, Indicator, Instrument,
    JointOperation, Lang, Meeting, Mentions, Money, OperationKind, Paragraph, ParagraphKind,
    PartialDate, Period, Pillar, ProgressReport, Quantity, RecordId, ReportingUnit, Roadmap,
    RoadmapAction, Substance, Summary, Target, Timestamp, Timing, Tlp, UnitKind, Validate,
    Vocabulary, VocabularyCatalogue, VocabularyVisitor, schema,
};
use eu_clasi_sample as sample;
use proptest::prelude::*;
use serde::Serialize;
use serde_json::Value;

/// One compiled validator per schema, shared by the cases.
static VALIDATORS: LazyLock<Mutex<HashMap<String, &'static jsonschema::Validator>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn validator(name: &str) -> &'static jsonschema::Validator {
    let mut map = VALIDATORS.lock().unwrap();
    map.entry(name.to_owned()).or_insert_with(|| {
        let schema = schema::by_name(name).unwrap_or_else(|| panic!("no schema {name}"));
        let v = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        Box::leak(Box::new(v))
    })
}

/// The contract for one value: its JSON passes its schema, reads back equal, and has no schema
/// problem in Rust either.
fn holds<
    T: Serialize
        + eu_clasi::json::FromJson
        + PartialEq
        + std::fmt::Debug
        + schemars::JsonSchema
        + eu_clasi::Validate
        + 'static,
>(
    value: &T,
) -> Result<(), TestCaseError> {
    let name = schema::name_of::<T>();
    let json = serde_json::to_string(value).unwrap();
    let doc: Value = serde_json::from_str(&json).unwrap();
    let errors: Vec<String> = validator(&name)
        .iter_errors(&doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    prop_assert!(
        errors.is_empty(),
        "{name}: schema rejects {json}: {errors:?}"
    );
    let back: T = eu_clasi::json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("{name}: {e}: {json}")))?;
    prop_assert_eq!(&back, value);
    let again = serde_json::to_string(&back).unwrap();
    prop_assert_eq!(&again, &json, "{}: written back differently", name);
    let schema_problems: Vec<_> = back
        .problems()
        .into_iter()
        .filter(|p| p.kind == eu_clasi::ProblemKind::Schema)
        .collect();
    prop_assert!(schema_problems.is_empty(), "{name}: {schema_problems:?}");
    Ok(())
}

fn term<V: Vocabulary + std::fmt::Debug>() -> impl Strategy<Value = V> {
    proptest::sample::select(V::all())
}

fn partial_date() -> impl Strategy<Value = PartialDate> {
    (1000u16..=9999, 0u8..=12, 0u8..=31).prop_map(|(y, m, d)| {
        let month = (m > 0).then_some(m);
        let day = month.and((d > 0).then_some(d));
        PartialDate::new(y, month, day)
            .or_else(|_| PartialDate::new(y, month, Some(28)))
            .or_else(|_| PartialDate::new(y, None, None))
            .unwrap()
    })
}

fn period() -> impl Strategy<Value = Period> {
    (partial_date(), partial_date()).prop_map(|(a, b)| Period::new(a.min(b), a.max(b)))
}

fn action_id() -> impl Strategy<Value = ActionId> {
    (1u8..=9, 1u8..=39).prop_map(|(p, i)| ActionId::new(p, i).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    any::<String>()
}

fn mentions() -> impl Strategy<Value = Mentions> {
    (
        proptest::collection::vec(term::<CrimeArea>(), 0..4),
        proptest::collection::vec(term::<Country>(), 0..3),
        proptest::collection::vec(term::<Body>(), 0..3),
        proptest::collection::vec(term::<Instrument>(), 0..3),
        proptest::collection::vec(term::<CollectiveActor>(), 0..3),
        proptest::collection::vec("[a-z][a-z0-9_]{0,12}", 0..2),
    )
        .prop_map(
            |(crime_areas, states, bodies, instruments, collective_actors, events)| Mentions {
                crime_areas,
                states,
                bodies,
                instruments,
                collective_actors,
                events,
            },
        )
}

fn roadmap_action() -> impl Strategy<Value = RoadmapAction> {
    (
        action_id(),
        text(),
        proptest::collection::vec((term::<CrimeArea>(), text()), 0..3),
        mentions(),
    )
        .prop_map(|(id, text, targets, mentions)| RoadmapAction {
            id,
            text,
            targets: targets
                .into_iter()
                .map(|(crime_area, wording)| Target {
                    crime_area,
                    wording,
                })
                .collect(),
            mentions,
        })
}

fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![
        partial_date().prop_map(Timing::Date),
        period().prop_map(Timing::Period),
        (1u16..=u16::MAX).prop_map(|m| Timing::EveryMonths(std::num::NonZeroU16::new(m).unwrap())),
    ]
}

/// A declaration with random content, its paragraphs, pillars and actions numbered by their
/// places, as its schema says.
fn declaration() -> impl Strategy<Value = Declaration> {
    let paragraphs = proptest::collection::vec((term::<ParagraphKind>(), text(), mentions()), 0..4);
    let pillars = proptest::collection::vec(
        (text(), proptest::collection::vec(roadmap_action(), 0..3)),
        0..3,
    );
    let events = proptest::collection::vec(
        (
            "[a-z][a-z0-9_]{0,12}",
            text(),
            timing(),
            proptest::option::of(text()),
        ),
        0..3,
    );
    let reference = (
        text(),
        partial_date(),
        term::<Lang>(),
        proptest::collection::vec(text(), 0..3),
        proptest::option::of(text()),
    );
    (
        paragraphs,
        pillars,
        events,
        reference,
        (1u8..=255, text(), partial_date()),
        period(),
        any::<u8>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                paragraphs,
                pillars,
                events,
                (number, date, lang, codes, prev),
                (ordinal, place, mdate),
                rperiod,
                first,
                schema,
            )| {
                Declaration {
                    schema: schema.then(SchemaId::new),
                    reference: CouncilReference {
                        number: number.clone(),
                        document_kind: "NOTE".into(),
                        date,
                        place: place.clone(),
                        original_language: lang,
                        file_codes: codes,
                        previous_document: prev,
                        from: "Presidency".into(),
                        to: "Delegations".into(),
                        subject: number,
                    },
                    title: place.clone(),
                    short_title: place.clone(),
                    meeting: Meeting {
                        ordinal,
                        place,
                        date: mdate,
                    },
                    cover_note: String::new(),
                    paragraphs: paragraphs
                        .into_iter()
                        .zip(1u8..)
                        .map(|((kind, text, mentions), number)| Paragraph {
                            number,
                            kind,
                            text,
                            mentions,
                        })
                        .collect(),
                    operative_chapeau: String::new(),
                    first_operative_paragraph: first,
                    roadmap: Roadmap {
                        title: String::new(),
                        period: rperiod,
                        pillars: pillars
                            .into_iter()
                            .zip(1u8..)
                            .map(|((title, actions), number)| Pillar {
                                number,
                                title,
                                actions: actions
                                    .into_iter()
                                    .zip(1u8..)
                                    .map(|(mut action, item)| {
                                        action.id = ActionId::new(number, item).unwrap();
                                        action
                                    })
                                    .collect(),
                            })
                            .collect(),
                    },
                    timeline: events
                        .into_iter()
                        .map(|(id, title, when, place)| Event {
                            id,
                            title,
                            when,
                            place,
                            provenance: None,
                            note: None,
                            sources: Vec::new(),
                        })
                        .collect(),
                }
            },
        )
}

proptest! {
    #[test]
    fn dates_periods_and_ids_keep_the_contract(d in partial_date(), p in period(), id in action_id()) {
        holds(&d)?;
        holds(&p)?;
        holds(&id)?;
    }

    #[test]
    fn roadmap_actions_keep_the_contract(a in roadmap_action()) {
        holds(&a)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn declarations_keep_the_contract(d in declaration()) {
        holds(&d)?;
    }

    #[test]
    fn catalogues_keep_the_contract(keep in proptest::collection::vec(any::<bool>(), 17), label in text()) {
        let mut c = VocabularyCatalogue::built_in();
        let mut keep = keep.into_iter().cycle();
        c.vocabularies.retain(|_| keep.next().unwrap_or(true));
        if let Some(t) = c.vocabularies.first_mut().and_then(|v| v.terms.first_mut()) {
            t.labels.en = label;
        }
        holds(&c)?;
    }

    #[test]
    fn no_reader_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        for name in schema::names() {
            let _ = schema::check(&name, &bytes);
        }
    }

    #[test]
    fn no_reader_panics_on_arbitrary_json(value in arbitrary_json()) {
        let bytes = serde_json::to_vec(&value).unwrap();
        for name in schema::names() {
            let _ = schema::check(&name, &bytes);
        }
    }
}

/// Random JSON, shallow and deep.
fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[a-z_:.0-9 -]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_$]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

// ---------------------------------------------------------------------------------------------
// Records and their parts.
// ---------------------------------------------------------------------------------------------

/// The schema name of every root type that a property of this file covers. A new root type
/// fails `every_root_type_has_a_property` until it is listed here, with a property.
fn covered() -> BTreeSet<String> {
    use schema::name_of;
    [
        // currencies_keep_the_contract
        name_of::<Currency>(),
        // dates_periods_and_ids_keep_the_contract
        name_of::<ActionId>(),
        name_of::<PartialDate>(),
        name_of::<Period>(),
        // roadmap_actions_keep_the_contract
        name_of::<RoadmapAction>(),
        // declarations_keep_the_contract
        name_of::<Declaration>(),
        // catalogues_keep_the_contract
        name_of::<VocabularyCatalogue>(),
        // record_ids_and_timestamps_keep_the_contract
        name_of::<RecordId>(),
        name_of::<Timestamp>(),
        // money_and_indicators_keep_the_contract
        name_of::<Money>(),
        name_of::<Indicator>(),
        // progress_reports_keep_the_contract, sample_progress_reports_keep_the_contract
        name_of::<ProgressReport>(),
        // joint_operations_keep_the_contract, sample_joint_operations_keep_the_contract
        name_of::<JointOperation>(),
    ]
    .into_iter()
    // every_term_of_every_vocabulary_keeps_the_contract
    .chain(vocabulary_schema_names())
    .collect()
}

/// The schema name of every vocabulary of the registry.
fn vocabulary_schema_names() -> Vec<String> {
    struct Names(Vec<String>);
    impl VocabularyVisitor for Names {
        fn visit<V: Vocabulary>(&mut self) {
            self.0.push(V::KIND.replace('_', "-"));
        }
    }
    let mut names = Names(Vec::new());
    eu_clasi::visit_vocabularies(&mut names);
    names.0
}

/// Every term of every vocabulary of the registry, not a sample, keeps the contract: its JSON
/// passes its vocabulary's schema, reads back equal, and is written back the same.
#[test]
fn every_term_of_every_vocabulary_keeps_the_contract() {
    struct Terms(usize);
    impl VocabularyVisitor for Terms {
        fn visit<V: Vocabulary>(&mut self) {
            let name = V::KIND.replace('_', "-");
            for &term in V::all() {
                let json = serde_json::to_string(&term).unwrap();
                let doc: Value = serde_json::from_str(&json).unwrap();
                let errors: Vec<String> = validator(&name)
                    .iter_errors(&doc)
                    .map(|e| e.to_string())
                    .collect();
                assert!(
                    errors.is_empty(),
                    "{name}: schema rejects {json}: {errors:?}"
                );
                // A term is read by its own `Deserialize`, which every reader of the crate calls.
                let back: V =
                    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}: {json}"));
                assert_eq!(back, term, "{name}");
                assert_eq!(serde_json::to_string(&back).unwrap(), json, "{name}");
                self.0 += 1;
            }
        }
    }
    let mut terms = Terms(0);
    eu_clasi::visit_vocabularies(&mut terms);
    assert!(terms.0 > 300, "{} terms", terms.0);
}

#[test]
fn every_root_type_has_a_property() {
    let names: BTreeSet<String> = schema::names().into_iter().collect();
    let covered = covered();
    let missing: Vec<_> = names.difference(&covered).collect();
    let stale: Vec<_> = covered.difference(&names).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "root types without a property: {missing:?}; listed but not root types: {stale:?}"
    );
    assert_eq!(schema::names().len(), covered.len());
}

fn record_id() -> impl Strategy<Value = RecordId> {
    prop_oneof![
        1 => Just(RecordId::from_u128(0)),
        1 => Just(RecordId::from_u128(u128::MAX)),
        8 => any::<u128>().prop_map(RecordId::from_u128),
    ]
}

/// Timestamps across the years 1000 to 9999, with 0 to 9 fraction digits (trailing zeros
/// included: `.500` is written back as `.500`).
fn timestamp() -> impl Strategy<Value = Timestamp> {
    let year = prop_oneof![1 => Just(1000u16), 1 => Just(9999u16), 8 => 1000u16..=9999];
    let time = prop_oneof![
        1 => Just((23u8, 59u8, 59u8)),
        1 => Just((0, 0, 0)),
        8 => (0u8..24, 0u8..60, 0u8..60),
    ];
    (year, 1u8..=12, 1u8..=31, time, 0u32..=9, any::<u32>()).prop_map(
        |(y, mo, d, (h, mi, s), digits, fraction)| {
            let fraction = match digits {
                0 => String::new(),
                n => format!(".{:0width$}", fraction % 10u32.pow(n), width = n as usize),
            };
            let text =
                |day: u8| format!("{y:04}-{mo:02}-{day:02}T{h:02}:{mi:02}:{s:02}{fraction}Z");
            // A day the month does not have falls back to the 28th.
            text(d)
                .parse::<Timestamp>()
                .or_else(|_| text(28).parse())
                .unwrap()
        },
    )
}

fn ten_thousandths() -> impl Strategy<Value = u128> {
    let max = Amount::MAX.ten_thousandths();
    prop_oneof![
        1 => Just(0u128),
        1 => Just(max),
        1 => (max - 10_000)..=max,
        3 => 0u128..10_000_000,
        4 => 0..=max,
    ]
}

fn amount() -> impl Strategy<Value = Amount> {
    ten_thousandths().prop_map(|n| Amount::from_ten_thousandths(n).unwrap())
}

fn quantity() -> impl Strategy<Value = Quantity> {
    ten_thousandths().prop_map(|n| Quantity::from_ten_thousandths(n).unwrap())
}

fn currency() -> impl Strategy<Value = Currency> {
    proptest::sample::select(Currency::all().collect::<Vec<_>>())
}

fn money() -> impl Strategy<Value = Money> {
    (amount(), currency()).prop_map(|(a, c)| Money::new(a, c))
}

fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        1 => Just(0u64),
        1 => Just(MAX_COUNT),
        4 => 0u64..1000,
        4 => 0..=MAX_COUNT,
    ]
}

/// Every kind of indicator.
fn indicator() -> impl Strategy<Value = Indicator> {
    prop_oneof![
        (term::<Substance>(), quantity()).prop_map(|(substance, kilograms)| {
            Indicator::DrugSeizure {
                substance,
                kilograms,
            }
        }),
        count().prop_map(|count| Indicator::FirearmsSeized { count }),
        money().prop_map(|amount| Indicator::AssetsFrozen { amount }),
        money().prop_map(|amount| Indicator::AssetsConfiscated { amount }),
        count().prop_map(|count| Indicator::Arrests { count }),
        count().prop_map(|count| Indicator::VictimsIdentified { count }),
        count().prop_map(|count| Indicator::InvestigationsOpened { count }),
        count().prop_map(|count| Indicator::JitsSetUp { count }),
        count().prop_map(|count| Indicator::TrainingsDelivered { count }),
        count().prop_map(|count| Indicator::PortAssessments { count }),
        count().prop_map(|count| Indicator::OfficersTrained { count }),
    ]
}

/// Characters of 2, 3 and 4 bytes in UTF-8 (a combining accent and a character outside the
/// Basic Multilingual Plane among them), for texts whose bounds count characters, not bytes.
const MULTI_BYTE: &[char] = &[
    'é', 'ñ', 'ç', 'ã', 'ß', '\u{a0}', '€', '—', '中', '\u{301}', '\u{fffd}', '😀', '🚢', '𝄞',
];

/// A printable character: no control character and no line or paragraph separator (what a
/// document reference allows; summaries and names allow more).
fn printable() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range(' ', '~'),
        3 => proptest::sample::select(MULTI_BYTE),
        // Any other character, with the few that are not printable replaced (a filter would
        // reject too many cases of 2000 characters).
        3 => any::<char>().prop_map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                '\u{fffd}'
            } else {
                c
            }
        }),
    ]
}

/// Printable text of `min` to `max` characters, often right at a bound, and sometimes one
/// multi-byte character repeated up to the upper bound.
fn text_within(min: usize, max: usize) -> impl Strategy<Value = String> {
    let length = prop_oneof![
        2 => min..=max,
        1 => min..=(min + 3).min(max),
        2 => max.saturating_sub(3).max(min)..=max,
    ];
    prop_oneof![
        5 => length.prop_flat_map(|n| {
            proptest::collection::vec(printable(), n).prop_map(|cs| cs.into_iter().collect())
        }),
        1 => proptest::sample::select(MULTI_BYTE).prop_map(move |c| c.to_string().repeat(max)),
    ]
}

/// Web addresses within the pattern, up to exactly the longest allowed.
fn url() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just("https://"), Just("http://")],
        "[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]{1,40}",
        prop_oneof![Just('/'), Just('?'), Just('#')],
        0u8..4,
    )
        .prop_flat_map(|(scheme, host, first, shape)| {
            let prefix = format!("{scheme}{host}");
            let room = URL_MAX_CHARS - prefix.len() - 1;
            let tail = match shape {
                0 => 0..=0,
                1 => 0..=60,
                2 => room..=room,
                _ => room.saturating_sub(5)..=room,
            };
            proptest::collection::vec(proptest::char::range('!', '~'), tail).prop_map(move |tail| {
                let mut url = prefix.clone();
                if shape != 0 {
                    url.push(first);
                    url.extend(tail);
                }
                url
            })
        })
}

fn evidence() -> impl Strategy<Value = Evidence> {
    prop_oneof![
        url().prop_map(|reference| Evidence::Url { reference }),
        text_within(1, DOCUMENT_REFERENCE_MAX_CHARS)
            .prop_map(|reference| Evidence::Document { reference }),
    ]
}

/// Any JSON value an extension may hold: every kind of number, any string, nested arrays and
/// objects with any keys.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::btree_map(any::<String>(), inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn extensions() -> impl Strategy<Value = Extensions> {
    proptest::collection::btree_map("x_[a-z0-9_]{1,63}", json_value(), 0..4).prop_map(|m| {
        let mut e = Extensions::new();
        for (k, v) in m {
            e.insert(k, v).unwrap();
        }
        e
    })
}

/// An action of the built-in roadmap (the schema lists them; any other id is a schema
/// problem).
fn record_action() -> impl Strategy<Value = ActionId> {
    let roadmap: Vec<ActionId> = eu_clasi::declaration().actions().map(|a| a.id).collect();
    proptest::sample::select(roadmap)
}

/// Who may report: a state or a body.
fn reporter() -> impl Strategy<Value = Actor> {
    prop_oneof![
        term::<Country>().prop_map(Actor::State),
        term::<Body>().prop_map(Actor::Body),
    ]
}

/// No unit, a unit of any kind, or one with a name within its bounds.
fn reporting_unit() -> impl Strategy<Value = Option<ReportingUnit>> {
    proptest::option::of(
        (
            term::<UnitKind>(),
            proptest::option::of(text_within(1, UNIT_NAME_MAX_CHARS)),
        )
            .prop_map(|(kind, name)| ReportingUnit { kind, name }),
    )
}

fn summary() -> impl Strategy<Value = Summary> {
    (
        term::<Lang>(),
        text_within(SUMMARY_MIN_CHARS, SUMMARY_MAX_CHARS),
    )
        .prop_map(|(lang, text)| Summary::new(lang, text))
}

/// `created` and `modified`, in order most of the time (the other order is a rule problem,
/// not a schema one).
fn created_modified() -> impl Strategy<Value = (Timestamp, Timestamp)> {
    (timestamp(), timestamp(), 0u8..8).prop_map(|(a, b, order)| match order {
        0 => (a, b),
        1 => (a, a),
        _ => (a.min(b), a.max(b)),
    })
}

/// The document's own `"$schema"` or none: the only two a record can hold.
fn schema_id<T: eu_clasi::versions::DocumentType>() -> impl Strategy<Value = Option<SchemaId<T>>> {
    any::<bool>().prop_map(|given| given.then(SchemaId::new))
}

fn progress_report() -> impl Strategy<Value = ProgressReport> {
    (
        (
            schema_id(),
            record_id(),
            record_action(),
            reporter(),
            period(),
            term::<ImplementationStatus>(),
            summary(),
        ),
        (
            proptest::collection::vec(term::<CrimeArea>(), 0..4),
            proptest::collection::vec(term::<Actor>(), 0..4),
            proptest::collection::vec(term::<Instrument>(), 0..3),
            proptest::collection::vec(indicator(), 0..5),
            proptest::collection::vec(evidence(), 0..3),
        ),
        (
            created_modified(),
            term::<Tlp>(),
            any::<bool>(),
            extensions(),
            reporting_unit(),
        ),
    )
        .prop_map(
            |(
                (schema, id, action, reporter, period, status, summary),
                (crime_areas, partners, instruments, indicators, evidence),
                ((created, modified), tlp, withdrawn, extensions, reporting_unit),
            )| ProgressReport {
                schema,
                id,
                action,
                reporter,
                // A unit only for a state, as the schema says.
                reporting_unit: reporting_unit.filter(|_| reporter.state().is_some()),
                period,
                status,
                summary,
                crime_areas,
                partners,
                instruments,
                indicators,
                evidence,
                created,
                modified,
                tlp,
                withdrawn,
                extensions,
            },
        )
}

fn joint_operation() -> impl Strategy<Value = JointOperation> {
    (
        (
            schema_id(),
            record_id(),
            text_within(OPERATION_NAME_MIN_CHARS, OPERATION_NAME_MAX_CHARS),
            term::<OperationKind>(),
            proptest::collection::vec(term::<CrimeArea>(), 1..4),
            term::<Actor>(),
            period(),
        ),
        (
            proptest::collection::vec(term::<Actor>(), 0..4),
            proptest::collection::vec(term::<Body>(), 0..3),
            proptest::collection::vec(term::<Instrument>(), 0..3),
            proptest::collection::vec(record_action(), 0..4),
            proptest::collection::vec(indicator(), 0..5),
        ),
        (
            term::<Tlp>(),
            created_modified(),
            any::<bool>(),
            extensions(),
        ),
    )
        .prop_map(
            |(
                (schema, id, name, kind, crime_areas, lead, period),
                (participants, supporting_bodies, instruments, actions, outcomes),
                (tlp, (created, modified), withdrawn, extensions),
            )| JointOperation {
                schema,
                id,
                name,
                kind,
                crime_areas,
                lead,
                participants,
                supporting_bodies,
                instruments,
                period,
                actions,
                outcomes,
                tlp,
                created,
                modified,
                withdrawn,
                extensions,
            },
        )
}

proptest! {
    #[test]
    fn currencies_keep_the_contract(c in currency()) {
        holds(&c)?;
    }

    #[test]
    fn record_ids_and_timestamps_keep_the_contract(id in record_id(), t in timestamp()) {
        holds(&id)?;
        holds(&t)?;
        // The text form is kept exactly, fraction digits included.
        let back: Timestamp = t.to_string().parse().unwrap();
        prop_assert_eq!(back.fraction_digits(), t.fraction_digits());
    }

    #[test]
    fn money_and_indicators_keep_the_contract(m in money(), i in indicator()) {
        holds(&m)?;
        holds(&i)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn progress_reports_keep_the_contract(r in progress_report()) {
        holds(&r)?;
    }

    #[test]
    fn joint_operations_keep_the_contract(o in joint_operation()) {
        holds(&o)?;
    }

    /// The generator's records (the `n`th from a seed, so that later revisions and withdrawn
    /// records come up too) keep the contract and have no problem at all, as documented.
    #[test]
    fn sample_progress_reports_keep_the_contract(seed in any::<u64>(), n in 1usize..=12) {
        let r = sample::progress_reports(seed, n).last().unwrap();
        holds(&r)?;
        prop_assert!(r.problems().is_empty(), "{:?}", r.problems());
    }

    #[test]
    fn sample_joint_operations_keep_the_contract(seed in any::<u64>(), n in 1usize..=8) {
        let o = sample::joint_operations(seed, n).last().unwrap();
        holds(&o)?;
        prop_assert!(o.problems().is_empty(), "{:?}", o.problems());
    }

    /// Around each length bound, in characters of 1 to 4 bytes, the schema and the Rust
    /// checks agree on what is too long or too short.
    #[test]
    fn length_bounds_agree_with_the_schema(
        c in prop_oneof![Just('a'), proptest::sample::select(MULTI_BYTE)],
        delta in -2i64..=2,
        seed in any::<u64>(),
    ) {
        let repeat = |n: usize, delta: i64| c.to_string().repeat((n as i64 + delta).max(0) as usize);
        let mut r = sample::progress_reports(seed, 1).next().unwrap();
        r.summary.text = repeat(SUMMARY_MAX_CHARS, delta);
        r.evidence = vec![Evidence::Document { reference: repeat(DOCUMENT_REFERENCE_MAX_CHARS, delta) }];
        agrees(&r)?;
        r.summary.text = repeat(SUMMARY_MIN_CHARS, delta);
        r.evidence = vec![Evidence::Document { reference: repeat(1, delta) }];
        agrees(&r)?;
        let mut o = sample::joint_operations(seed, 1).next().unwrap();
        o.name = repeat(OPERATION_NAME_MAX_CHARS, delta);
        agrees(&o)?;
        o.name = repeat(OPERATION_NAME_MIN_CHARS, delta);
        agrees(&o)?;
    }
}

/// The schema accepts the value's JSON exactly when the value has no schema problem.
fn agrees<T: Serialize + schemars::JsonSchema + Validate + 'static>(
    value: &T,
) -> Result<(), TestCaseError> {
    let name = schema::name_of::<T>();
    let doc = serde_json::to_value(value).unwrap();
    let accepted = validator(&name).is_valid(&doc);
    let schema_problems: Vec<_> = value
        .problems()
        .into_iter()
        .filter(|p| p.kind == eu_clasi::ProblemKind::Schema)
        .collect();
    prop_assert_eq!(
        accepted,
        schema_problems.is_empty(),
        "{}: schema accepts: {}, Rust finds {:?}",
        name,
        accepted,
        schema_problems
    );
    Ok(())
}
