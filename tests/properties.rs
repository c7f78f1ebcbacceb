//! Property tests of the schema contract: random values of every root type serialize to JSON
//! that their schema accepts (judged by the `jsonschema` crate, formats asserted) and read back
//! equal; and no input, however random, makes a reader panic.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use eu_clasi::{
    ActionId, Actor, Body, BodyKind, BodyScope, CollectiveActor, CouncilReference, Country,
    CrimeArea, Declaration, EmpactPriority2022, EmpactPriority2026, Event, Instrument,
    InstrumentKind, Lang, Meeting, Membership, Mentions, Paragraph, ParagraphKind, PartialDate,
    Period, Pillar, Provenance, Region, Roadmap, RoadmapAction, Target, Timing, Tlp, Vocabulary,
    VocabularyCatalogue, schema,
};
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
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
        + DeserializeOwned
        + PartialEq
        + std::fmt::Debug
        + schemars::JsonSchema
        + eu_clasi::Validate,
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

fn declaration() -> impl Strategy<Value = Declaration> {
    let paragraphs = proptest::collection::vec(
        (1u8..=255, term::<ParagraphKind>(), text(), mentions()),
        0..4,
    );
    let pillars = proptest::collection::vec(
        (
            1u8..=9,
            text(),
            proptest::collection::vec(roadmap_action(), 0..3),
        ),
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
        proptest::option::of(text()),
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
                    schema,
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
                        .map(|(number, kind, text, mentions)| Paragraph {
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
                            .map(|(number, title, actions)| Pillar {
                                number,
                                title,
                                actions,
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
                        })
                        .collect(),
                }
            },
        )
}

proptest! {
    #[test]
    fn vocabulary_terms_keep_the_contract(
        a in term::<CrimeArea>(), c in term::<Country>(), r in term::<Region>(), m in term::<Membership>(),
        b in term::<Body>(), bk in term::<BodyKind>(), bs in term::<BodyScope>(), ca in term::<CollectiveActor>(),
        act in term::<Actor>(), i in term::<Instrument>(), ik in term::<InstrumentKind>(),
        e22 in term::<EmpactPriority2022>(), e26 in term::<EmpactPriority2026>(), t in term::<Tlp>(),
        l in term::<Lang>(), p in term::<Provenance>(), pk in term::<ParagraphKind>(),
    ) {
        holds(&a)?; holds(&c)?; holds(&r)?; holds(&m)?; holds(&b)?; holds(&bk)?; holds(&bs)?; holds(&ca)?;
        holds(&act)?; holds(&i)?; holds(&ik)?; holds(&e22)?; holds(&e26)?; holds(&t)?; holds(&l)?; holds(&p)?;
        holds(&pk)?;
    }

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
    fn declarations_keep_the_contract(mut d in declaration()) {
        // Paragraph numbers of 0 are a schema problem the generator avoids; everything else is random.
        d.paragraphs.retain(|p| p.number > 0);
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
