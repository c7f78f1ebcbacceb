//! The rules of a declaration, those its JSON Schema states and those it cannot.
//!
//! The numbering of paragraphs (1, 2, 3, ...), pillars (1, 2, 3, ...) and each pillar's actions
//! (`<pillar>.i`, `<pillar>.ii`, ...) is stated in the schema by position (`prefixItems`, see
//! [`numbered_paragraphs`], [`numbered_pillars`], [`numbered_actions`]), and its breaks are
//! schema problems. What no schema can state is listed under `x-rules`: recitals before
//! commitments, unique event ids, events that resolve.

use super::{Declaration, Event, Meeting, Paragraph, ParagraphKind, Pillar, RoadmapAction};
use crate::{Location, Problem, Rule, Validate};

/// The most paragraphs a declaration has: a paragraph's number is at most 255, and the n-th
/// paragraph is numbered n.
#[cfg(feature = "schema")]
const MAX_PARAGRAPHS: usize = 255;
/// The most pillars a roadmap has (numbered 1 to 9).
#[cfg(feature = "schema")]
const MAX_PILLARS: usize = 9;

/// Recitals come before the first operative paragraph, commitments from it on.
pub const RECITALS_FIRST: Rule = Rule {
    id: "recitals-first",
    description: "paragraphs numbered below first_operative_paragraph are recitals, the others commitments",
};
/// Timeline event ids are unique.
pub const EVENT_IDS_UNIQUE: Rule = Rule {
    id: "event-ids-unique",
    description: "no two timeline events have the same id",
};
/// Every event a passage refers to is in the timeline.
pub const EVENTS_RESOLVE: Rule = Rule {
    id: "events-resolve",
    description: "every event id in a passage's mentions is the id of a timeline event",
};

/// The form of a timeline event's id, as its schema's `pattern` states.
pub(crate) fn is_event_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
}

impl Validate for Declaration {
    const RULES: &'static [Rule] = &[RECITALS_FIRST, EVENT_IDS_UNIQUE, EVENTS_RESOLVE];

    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        self.meeting.validate_at(&at.key("meeting"), problems);
        let paragraphs = at.key("paragraphs");
        for (i, p) in self.paragraphs.iter().enumerate() {
            let here = paragraphs.index(i);
            p.validate_at(&here, problems);
            if usize::from(p.number) != i + 1 {
                problems.push(here.key("number").schema_problem(format!(
                    "paragraph {} stands in place {}; paragraphs are numbered 1, 2, 3, ... in order",
                    p.number,
                    i + 1
                )));
            }
            let expected = if p.number < self.first_operative_paragraph {
                ParagraphKind::Recital
            } else {
                ParagraphKind::Commitment
            };
            if p.kind != expected {
                problems.push(here.key("kind").rule_problem(
                    &RECITALS_FIRST,
                    format!(
                        "paragraph {} is a {}, but the first operative paragraph is {}",
                        p.number, p.kind, self.first_operative_paragraph
                    ),
                ));
            }
            check_events(
                self,
                &p.mentions.events,
                &here.key("mentions").key("events"),
                problems,
            );
        }
        let roadmap = at.key("roadmap");
        self.roadmap
            .period
            .validate_at(&roadmap.key("period"), problems);
        let pillars = roadmap.key("pillars");
        for (i, pillar) in self.roadmap.pillars.iter().enumerate() {
            let here = pillars.index(i);
            pillar.validate_at(&here, problems);
            if usize::from(pillar.number) != i + 1 {
                problems.push(here.key("number").schema_problem(format!(
                    "pillar {} stands in place {}; pillars are numbered 1, 2, 3, ... in order",
                    pillar.number,
                    i + 1
                )));
            }
            let actions = here.key("actions");
            for (j, action) in pillar.actions.iter().enumerate() {
                let a = actions.index(j);
                if action.id.pillar() != pillar.number || usize::from(action.id.item()) != j + 1 {
                    problems.push(a.key("id").schema_problem(format!(
                        "action {} stands as item {} of pillar {}; a pillar's actions are numbered <pillar>.i, <pillar>.ii, ... in order",
                        action.id,
                        j + 1,
                        pillar.number
                    )));
                }
                check_events(
                    self,
                    &action.mentions.events,
                    &a.key("mentions").key("events"),
                    problems,
                );
            }
        }
        let timeline = at.key("timeline");
        for (i, event) in self.timeline.iter().enumerate() {
            let here = timeline.index(i);
            event.validate_at(&here, problems);
            if self.timeline[..i].iter().any(|e| e.id == event.id) {
                problems.push(here.key("id").rule_problem(
                    &EVENT_IDS_UNIQUE,
                    format!("the id {:?} is used twice", event.id),
                ));
            }
        }
    }
}

fn check_events(
    d: &Declaration,
    events: &[String],
    at: &Location<'_>,
    problems: &mut Vec<Problem>,
) {
    for (i, id) in events.iter().enumerate() {
        if d.event(id).is_none() {
            problems.push(at.index(i).rule_problem(
                &EVENTS_RESOLVE,
                format!("no timeline event has the id {id:?}"),
            ));
        }
    }
}

impl Validate for RoadmapAction {
    /// An action on its own: the rules that relate it to its pillar and the timeline are the
    /// declaration's.
    fn validate_at(&self, _: &Location<'_>, _: &mut Vec<Problem>) {}
}

impl Validate for Meeting {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if self.ordinal == 0 {
            problems.push(at.key("ordinal").schema_problem("must be at least 1"));
        }
    }
}

impl Validate for Paragraph {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if self.number == 0 {
            problems.push(at.key("number").schema_problem("must be at least 1"));
        }
    }
}

impl Validate for Pillar {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if !(1..=9).contains(&self.number) {
            problems.push(
                at.key("number")
                    .schema_problem(format!("{} is outside 1..=9", self.number)),
            );
        }
    }
}

impl Validate for Event {
    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        if !is_event_id(&self.id) {
            problems.push(at.key("id").schema_problem(format!(
                "{:?} is not an event id: lower-case letters, digits and _, starting with a letter",
                self.id
            )));
        }
        if let crate::Timing::Period(period) = &self.when {
            period.validate_at(&at.key("when").key("period"), problems);
        }
    }
}

/// A list whose n-th item (from 1) has the schema `item(n)`, and no more than `max` items:
/// what JSON Schema can say of a list numbered by position.
#[cfg(feature = "schema")]
fn numbered(schema: &mut serde_json::Value, max: usize, item: impl Fn(usize) -> serde_json::Value) {
    if let serde_json::Value::Object(list) = schema {
        let items: Vec<serde_json::Value> = (1..=max).map(item).collect();
        list.insert("maxItems".into(), max.into());
        list.insert(
            "allOf".into(),
            serde_json::json!([{ "prefixItems": items }]),
        );
    }
}

/// The member `key` of a schema's `properties`.
#[cfg(feature = "schema")]
fn property<'a>(schema: &'a mut schemars::Schema, key: &str) -> Option<&'a mut serde_json::Value> {
    schema.get_mut("properties").and_then(|p| p.get_mut(key))
}

/// The declaration's schema: paragraph n is numbered n. Used as `#[schemars(transform = ...)]`
/// on [`Declaration`].
#[cfg(feature = "schema")]
pub(crate) fn numbered_paragraphs(schema: &mut schemars::Schema) {
    if let Some(paragraphs) = property(schema, "paragraphs") {
        numbered(
            paragraphs,
            MAX_PARAGRAPHS,
            |n| serde_json::json!({ "properties": { "number": { "const": n } } }),
        );
    }
}

/// The roadmap's schema: pillar n is numbered n, and its actions' ids start with `n.`. Used as
/// `#[schemars(transform = ...)]` on [`Roadmap`](super::Roadmap).
#[cfg(feature = "schema")]
pub(crate) fn numbered_pillars(schema: &mut schemars::Schema) {
    if let Some(pillars) = property(schema, "pillars") {
        numbered(pillars, MAX_PILLARS, |n| {
            serde_json::json!({ "properties": {
                "number": { "const": n },
                "actions": { "items": { "properties": { "id": { "pattern": format!("^{n}\\.") } } } },
            } })
        });
    }
}

/// A pillar's schema: its n-th action's id ends in the Roman numeral n (`.i`, `.ii`, ...). Used
/// as `#[schemars(transform = ...)]` on [`Pillar`].
#[cfg(feature = "schema")]
pub(crate) fn numbered_actions(schema: &mut schemars::Schema) {
    if let Some(actions) = property(schema, "actions") {
        numbered(actions, usize::from(super::action_id::MAX_ITEM), |n| {
            // n is at most MAX_ITEM (39): it fits a u8 and the Roman numerals' table.
            let numeral = super::ActionId::new_unchecked(1, n as u8).numeral();
            serde_json::json!({ "properties": { "id": { "pattern": format!("\\.{numeral}$(?!\\n)") } } })
        });
    }
}
