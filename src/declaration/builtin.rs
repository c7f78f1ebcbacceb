//! Builds the built-in declaration from the static tables in `data.rs`.

use std::num::NonZeroU16;

use super::data::{
    ACTIONS, CHAPEAU, COVER_NOTE, EVENTS, FILE_CODES, PARAGRAPHS, PILLAR_TITLES, ROADMAP_TITLE,
    SUBJECT,
};
use super::{
    ActionId, CouncilReference, Declaration, Event, Meeting, Paragraph, ParagraphKind, Pillar,
    Roadmap, RoadmapAction, Target,
};
use crate::{
    Body, CollectiveActor, Country, CrimeArea, Instrument, Lang, PartialDate, Period, Provenance,
    Timing,
};

/// A paragraph's static data.
pub(super) struct P {
    pub number: u8,
    pub kind: ParagraphKind,
    pub text: &'static str,
    pub mentions: M,
}

/// A roadmap action's static data.
pub(super) struct A {
    pub id: ActionId,
    pub text: &'static str,
    pub targets: &'static [T],
    pub mentions: M,
}

/// A target's static data.
pub(super) struct T {
    pub crime_area: CrimeArea,
    pub wording: &'static str,
}

/// Static mentions.
pub(super) struct M {
    pub crime_areas: &'static [CrimeArea],
    pub states: &'static [Country],
    pub bodies: &'static [Body],
    pub instruments: &'static [Instrument],
    pub collective_actors: &'static [CollectiveActor],
    pub events: &'static [&'static str],
}

impl M {
    fn to_mentions(&self) -> super::Mentions {
        super::Mentions {
            crime_areas: self.crime_areas.to_vec(),
            states: self.states.to_vec(),
            bodies: self.bodies.to_vec(),
            instruments: self.instruments.to_vec(),
            collective_actors: self.collective_actors.to_vec(),
            events: self.events.iter().map(|e| (*e).to_owned()).collect(),
        }
    }
}

/// When a timeline event happens, as the data file gives it.
pub(super) enum When {
    Date(PartialDate),
    Period(PartialDate, PartialDate),
    EveryMonths(u16),
}

/// A timeline event, as the data file gives it.
pub(super) struct Ev {
    pub id: &'static str,
    pub title: &'static str,
    pub when: When,
    pub place: Option<&'static str>,
    pub provenance: Option<Provenance>,
    pub note: Option<&'static str>,
    pub sources: &'static [&'static str],
}

fn timeline() -> Vec<Event> {
    EVENTS
        .iter()
        .map(|e| Event {
            id: e.id.to_owned(),
            title: e.title.to_owned(),
            when: match e.when {
                When::Date(d) => Timing::Date(d),
                When::Period(start, end) => Timing::Period(Period::new(start, end)),
                When::EveryMonths(n) => {
                    Timing::EveryMonths(NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN))
                }
            },
            place: e.place.map(str::to_owned),
            provenance: e.provenance,
            note: e.note.map(str::to_owned),
            sources: e.sources.iter().map(|s| (*s).to_owned()).collect(),
        })
        .collect()
}

/// Builds the built-in declaration.
pub(super) fn build() -> Declaration {
    let paragraphs = PARAGRAPHS
        .iter()
        .map(|p| Paragraph {
            number: p.number,
            kind: p.kind,
            text: p.text.to_owned(),
            mentions: p.mentions.to_mentions(),
        })
        .collect();
    let pillars = PILLAR_TITLES
        .iter()
        .map(|&(number, title)| Pillar {
            number,
            title: title.to_owned(),
            actions: ACTIONS
                .iter()
                .filter(|a| a.id.pillar() == number)
                .map(|a| RoadmapAction {
                    id: a.id,
                    text: a.text.to_owned(),
                    targets: a
                        .targets
                        .iter()
                        .map(|t| Target {
                            crime_area: t.crime_area,
                            wording: t.wording.to_owned(),
                        })
                        .collect(),
                    mentions: a.mentions.to_mentions(),
                })
                .collect(),
        })
        .collect();
    let date = PartialDate::ymd_unchecked(2025, 3, 5);
    Declaration {
        schema: None,
        reference: CouncilReference {
            number: "6403/25".into(),
            document_kind: "NOTE".into(),
            date,
            place: "Brussels".into(),
            original_language: Lang::En,
            file_codes: FILE_CODES.iter().map(|c| (*c).to_owned()).collect(),
            previous_document: Some("6339/25".into()),
            from: "Presidency".into(),
            to: "Delegations".into(),
            subject: SUBJECT.into(),
        },
        // The subject line is the title followed by the short title in parentheses.
        title: SUBJECT
            .rsplit_once(" (")
            .map_or(SUBJECT, |(title, _)| title)
            .into(),
        short_title: SUBJECT
            .rsplit_once(" (")
            .and_then(|(_, short)| short.strip_suffix(')'))
            .unwrap_or(SUBJECT)
            .into(),
        meeting: Meeting {
            ordinal: 3,
            place: "Brussels".into(),
            date,
        },
        cover_note: COVER_NOTE.into(),
        paragraphs,
        operative_chapeau: CHAPEAU.into(),
        first_operative_paragraph: 28,
        roadmap: Roadmap {
            title: ROADMAP_TITLE.into(),
            period: Period::new(PartialDate::year_only(2025), PartialDate::year_only(2026)),
            pillars,
        },
        timeline: timeline(),
    }
}
