//! The rules of a declaration that its JSON Schema cannot state.

use super::{Declaration, Event, Meeting, Paragraph, ParagraphKind, Pillar, RoadmapAction};
use crate::{Location, Problem, Rule, Validate};

/// Paragraphs are numbered 1, 2, 3, ... in order.
pub const PARAGRAPHS_NUMBERED: Rule = Rule {
    id: "paragraphs-numbered",
    description: "paragraphs are numbered 1, 2, 3, ... in document order",
};
/// Recitals come before the first operative paragraph, commitments from it on.
pub const RECITALS_FIRST: Rule = Rule {
    id: "recitals-first",
    description: "paragraphs numbered below first_operative_paragraph are recitals, the others commitments",
};
/// Pillars are numbered 1, 2, 3, ... in order.
pub const PILLARS_NUMBERED: Rule = Rule {
    id: "pillars-numbered",
    description: "pillars are numbered 1, 2, 3, ... in document order",
};
/// A pillar's actions carry its number and are numbered i, ii, iii, ... in order.
pub const ACTIONS_NUMBERED: Rule = Rule {
    id: "actions-numbered",
    description: "each action's id starts with its pillar's number, and a pillar's items are numbered i, ii, iii, ... in order",
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
    const RULES: &'static [Rule] = &[
        PARAGRAPHS_NUMBERED,
        RECITALS_FIRST,
        PILLARS_NUMBERED,
        ACTIONS_NUMBERED,
        EVENT_IDS_UNIQUE,
        EVENTS_RESOLVE,
    ];

    fn validate_at(&self, at: &Location<'_>, problems: &mut Vec<Problem>) {
        self.meeting.validate_at(&at.key("meeting"), problems);
        let paragraphs = at.key("paragraphs");
        for (i, p) in self.paragraphs.iter().enumerate() {
            let here = paragraphs.index(i);
            p.validate_at(&here, problems);
            if usize::from(p.number) != i + 1 {
                problems.push(here.key("number").rule_problem(
                    &PARAGRAPHS_NUMBERED,
                    format!("paragraph {} stands in place {}", p.number, i + 1),
                ));
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
                problems.push(here.key("number").rule_problem(
                    &PILLARS_NUMBERED,
                    format!("pillar {} stands in place {}", pillar.number, i + 1),
                ));
            }
            let actions = here.key("actions");
            for (j, action) in pillar.actions.iter().enumerate() {
                let a = actions.index(j);
                if action.id.pillar() != pillar.number || usize::from(action.id.item()) != j + 1 {
                    problems.push(a.key("id").rule_problem(
                        &ACTIONS_NUMBERED,
                        format!(
                            "action {} stands as item {} of pillar {}",
                            action.id,
                            j + 1,
                            pillar.number
                        ),
                    ));
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
