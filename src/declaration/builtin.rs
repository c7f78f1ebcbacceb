//! Builds the built-in declaration from the static tables in `data.rs`.

use std::num::NonZeroU16;

use super::data::{ACTIONS, PARAGRAPHS, PILLAR_TITLES};
use super::{
    ActionId, CouncilReference, Declaration, Event, Meeting, Paragraph, ParagraphKind, Pillar,
    Roadmap, RoadmapAction, Target,
};
use crate::{
    Body, CollectiveActor, Country, CrimeArea, Instrument, Lang, PartialDate, Period, Timing,
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

const TITLE: &str = "Joint Declaration of the Ministers of Interior and/or Security of the Member States of the European Union and the Ministers with responsibility for security matters of the Member States of the Latin American Committee on Internal Security";
const SHORT_TITLE: &str = "EU-CLASI Joint Declaration";
const SUBJECT: &str = "Joint Declaration of the Ministers of Interior and/or Security of the Member States of the European Union and the Ministers with responsibility for security matters of the Member States of the Latin American Committee on Internal Security (EU-CLASI Joint Declaration)";
const COVER_NOTE: &str = "Delegations will find in annex the Joint Declaration agreed by the Ministers of Interior and/or Security of the Member States of the European Union and the Ministers with responsibility for security matters of the Member States of the Latin American Committee on Internal Security (CLASI) at their meeting in Brussels on 5 March 2025.";
const CHAPEAU: &str = "We, the Ministers of Interior and/or Security of the Member States of the European Union and of CLASI:";
const ROADMAP_TITLE: &str =
    "EU-CLASI 2025-2026 ROADMAP TO IMPLEMENT OPERATIONAL COOPERATION PRIORITIES";
const FILE_CODES: [&str; 7] = [
    "JAI 222",
    "COSI 34",
    "ENFOPOL 57",
    "CRIMORG 36",
    "CORDROGUE 25",
    "COLAC 23",
    "JAIEX 16",
];

const EIGHTEEN_MONTHS: NonZeroU16 = match NonZeroU16::new(18) {
    Some(n) => n,
    None => NonZeroU16::MIN,
};

/// The dated events the declaration refers to, in chronological order.
fn timeline() -> Vec<Event> {
    let date = |d: PartialDate| Timing::Date(d);
    let event = |id: &str, title: &str, when: Timing, place: Option<&str>| Event {
        id: id.to_owned(),
        title: title.to_owned(),
        when,
        place: place.map(str::to_owned),
    };
    vec![
        event(
            "el_paccto_second_phase_launch",
            "Launch of the second phase of the EL PACCTO Programme",
            date(PartialDate::year_month(2023, 3)),
            Some("Panama"),
        ),
        event(
            "eu_celac_summit_2023",
            "Declaration of the Heads of State or Government of the European Union and of the Community of Latin American and Caribbean States (CELAC)",
            date(PartialDate::ymd_unchecked(2023, 7, 18)),
            Some("Brussels, Belgium"),
        ),
        event(
            "ameripol_treaty_signature",
            "Signature of the Treaty of Constitution of Ameripol",
            date(PartialDate::ymd_unchecked(2023, 11, 9)),
            Some("Brasilia, Brazil"),
        ),
        event(
            "la_paz_high_level_meeting_2024",
            "High-level meeting of the EU-CELAC Coordination and Cooperation Mechanism on Drugs",
            date(PartialDate::ymd_unchecked(2024, 2, 22)),
            Some("La Paz, Bolivia"),
        ),
        event(
            "decoding_report_2024",
            "Europol publishes the report 'Decoding the EU's most threatening criminal networks'",
            date(PartialDate::ymd_unchecked(2024, 4, 5)),
            None,
        ),
        event(
            "third_ministerial_meeting",
            "Third EU-CLASI ministerial meeting, which agreed this Joint Declaration",
            date(PartialDate::ymd_unchecked(2025, 3, 5)),
            Some("Brussels"),
        ),
        event(
            "eu_clasi_meeting_cycle",
            "18-month cycle of meetings at Ministerial, Institutional and Senior Officials' level",
            Timing::EveryMonths(EIGHTEEN_MONTHS),
            None,
        ),
        event(
            "next_ministerial_meeting",
            "Next EU-CLASI ministerial meeting, in the second half of 2026",
            Timing::Period(Period::new(
                PartialDate::year_month(2026, 7),
                PartialDate::year_month(2026, 12),
            )),
            None,
        ),
        event(
            "empact_cycle_2026_2029",
            "The next EMPACT cycle (2026-2029)",
            Timing::Period(Period::new(
                PartialDate::year_only(2026),
                PartialDate::year_only(2029),
            )),
            None,
        ),
    ]
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
        title: TITLE.into(),
        short_title: SHORT_TITLE.into(),
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
