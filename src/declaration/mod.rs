//! The declaration and its roadmap as data.
//!
//! [`declaration()`] returns the built-in EU-CLASI Joint Declaration of 5 March 2025, built once
//! from the crate's static tables. The same types deserialize from JSON, so that a later
//! declaration can be loaded from a file (`data/declaration.json` is the built-in one).

mod action_id;
mod builtin;
mod data;
mod validate;

use std::sync::LazyLock;

use serde::Serialize;

use crate::{
    Actor, Body, CollectiveActor, Country, CrimeArea, Instrument, Lang, PartialDate, Period, Timing,
};

pub use action_id::{ACTION_ID_PATTERN, ActionId};
pub use validate::{EVENT_IDS_UNIQUE, EVENTS_RESOLVE, RECITALS_FIRST};

pub(crate) use crate::vocab::ParagraphKind;

/// The built-in EU-CLASI Joint Declaration (Council document 6403/25, 5 March 2025), with its
/// 37 paragraphs, its roadmap and its timeline, verbatim.
///
/// Built once, on first use, from static tables; no file is read.
///
/// ```
/// use eu_clasi::{declaration, Body, CrimeArea};
///
/// let d = declaration();
/// assert_eq!(d.reference.number, "6403/25");
/// assert_eq!(d.paragraphs.len(), 37);
/// assert!(d.paragraph(16).unwrap().text.contains("follow-the-money approach"));
///
/// // Which roadmap actions concern migrant smuggling, and which bodies do they involve?
/// for action in d.actions_naming(CrimeArea::MigrantSmuggling) {
///     println!("{}: {:?}", action.id, action.mentions.bodies);
/// }
/// # Ok::<(), eu_clasi::Error>(())
/// ```
pub fn declaration() -> &'static Declaration {
    static BUILT_IN: LazyLock<Declaration> = LazyLock::new(builtin::build);
    &BUILT_IN
}

crate::shape::object_shaped! {
    /// A joint declaration of EU and CLASI ministers, with its roadmap.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[cfg_attr(feature = "schema", schemars(transform = crate::validate::add_rules::<Declaration>))]
    #[cfg_attr(feature = "schema", schemars(transform = validate::numbered_paragraphs))]
    #[serde(deny_unknown_fields)]
    pub struct Declaration {
        /// The `$id` of the JSON Schema the document follows, `urn:eu-clasi:schema:v1:declaration`, or
        /// absent. A document that names another schema (another type's, another version's) is
        /// refused, and so is `null`.
        #[serde(
            rename = "$schema",
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::versions::present"
        )]
        #[cfg_attr(feature = "schema", schemars(with = "crate::SchemaId<Declaration>"))]
        pub schema: Option<crate::SchemaId<Declaration>>,
        /// The Council document that carries the declaration.
        pub reference: CouncilReference,
        /// The declaration's full title, verbatim.
        pub title: String,
        /// The short title the declaration gives itself, for example `EU-CLASI Joint Declaration`.
        pub short_title: String,
        /// The ministerial meeting at which it was agreed.
        pub meeting: Meeting,
        /// The cover note's sentence that presents the declaration to the delegations, verbatim.
        pub cover_note: String,
        /// The numbered paragraphs, in order.
        pub paragraphs: Vec<Paragraph>,
        /// The words that open the operative paragraphs, verbatim
        /// (`We, the Ministers of Interior and/or Security ... :`).
        pub operative_chapeau: String,
        /// The first operative paragraph's number: paragraphs before it are recitals.
        #[serde(deserialize_with = "crate::readers::whole")]
        pub first_operative_paragraph: u8,
        /// The roadmap in the Annex.
        pub roadmap: Roadmap,
        /// The dated events the declaration refers to.
        pub timeline: Vec<Event>,
    }
}

crate::shape::object_shaped! {
    /// The Council of the EU document that carries a declaration.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct CouncilReference {
        /// The document number, for example `6403/25`.
        pub number: String,
        /// The kind of document, as its heading says (`NOTE`).
        pub document_kind: String,
        /// The document's date.
        pub date: PartialDate,
        /// Where it was issued.
        pub place: String,
        /// Its original language (`OR. en`).
        pub original_language: Lang,
        /// The Council's file codes, verbatim (`JAI 222`, `COSI 34`, ...).
        pub file_codes: Vec<String>,
        /// The previous document's number (`No. prev. doc.`), where there is one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub previous_document: Option<String>,
        /// Who the document is from (`Presidency`).
        pub from: String,
        /// Who it is addressed to (`Delegations`).
        pub to: String,
        /// The document's subject line, verbatim.
        pub subject: String,
    }
}

crate::shape::object_shaped! {
    /// A ministerial meeting.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Meeting {
        /// Which EU-CLASI ministerial meeting it is: 3 for the third.
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 255)))]
        #[serde(deserialize_with = "crate::readers::whole")]
        pub ordinal: u8,
        /// Where it took place.
        pub place: String,
        /// When.
        pub date: PartialDate,
    }
}

crate::shape::object_shaped! {
    /// A numbered paragraph of a declaration.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Paragraph {
        /// Its number (1-based).
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 255)))]
        #[serde(deserialize_with = "crate::readers::whole")]
        pub number: u8,
        /// Recital or commitment.
        pub kind: ParagraphKind,
        /// The text, verbatim.
        pub text: String,
        /// What the text names.
        #[serde(default, skip_serializing_if = "Mentions::is_empty")]
        pub mentions: Mentions,
    }
}

crate::shape::object_shaped! {
    /// What a paragraph or a roadmap action names: crime areas, states, bodies, instruments,
    /// collective actors and events of the timeline. Each link is to a term whose wording
    /// occurs in the text.
    #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Mentions {
        /// Crime areas the text names.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub crime_areas: Vec<CrimeArea>,
        /// States the text names.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub states: Vec<Country>,
        /// Bodies the text names.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub bodies: Vec<Body>,
        /// Programmes, frameworks, tools, assessments, legal instruments and approaches the text names.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub instruments: Vec<Instrument>,
        /// Actors the text names without naming a body.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub collective_actors: Vec<CollectiveActor>,
        /// Ids of the timeline events the text refers to.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub events: Vec<String>,
    }
}

impl Mentions {
    /// Whether nothing is named.
    pub fn is_empty(&self) -> bool {
        self.crime_areas.is_empty()
            && self.states.is_empty()
            && self.bodies.is_empty()
            && self.instruments.is_empty()
            && self.collective_actors.is_empty()
            && self.events.is_empty()
    }

    /// Every actor named: states, then bodies, then collective actors.
    pub fn actors(&self) -> impl Iterator<Item = Actor> + '_ {
        let states = self.states.iter().map(|&c| Actor::State(c));
        let bodies = self.bodies.iter().map(|&b| Actor::Body(b));
        let collectives = self.collective_actors.iter().map(|&c| Actor::Collective(c));
        states.chain(bodies).chain(collectives)
    }

    /// Whether the actor is named.
    pub fn names_actor(&self, actor: Actor) -> bool {
        match actor {
            Actor::State(c) => self.states.contains(&c),
            Actor::Body(b) => self.bodies.contains(&b),
            Actor::Collective(c) => self.collective_actors.contains(&c),
        }
    }
}

crate::shape::object_shaped! {
    /// The roadmap in a declaration's Annex.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schema", schemars(transform = validate::numbered_pillars))]
    pub struct Roadmap {
        /// The Annex's title, verbatim.
        pub title: String,
        /// The years the roadmap covers.
        pub period: Period,
        /// Its pillars (the Annex's numbered chapters), in order.
        pub pillars: Vec<Pillar>,
    }
}

impl Roadmap {
    /// The actions that name `x` (anything [`Named`]), pillar by pillar.
    ///
    /// ```
    /// use eu_clasi::{declaration, Country};
    ///
    /// let roadmap = &declaration().roadmap;
    /// assert!(roadmap.actions_naming(Country::Br).count() <= roadmap.actions().count());
    /// ```
    pub fn actions_naming(&self, x: impl Named) -> impl Iterator<Item = &RoadmapAction> + '_ {
        let x = x.into_name();
        self.actions().filter(move |a| x.is_named_in(&a.mentions))
    }

    /// Every action, pillar by pillar, in the document's order.
    pub fn actions(&self) -> impl Iterator<Item = &RoadmapAction> + '_ {
        self.pillars.iter().flat_map(|p| p.actions.iter())
    }

    /// The action with this id, if the roadmap has it.
    ///
    /// ```
    /// use eu_clasi::declaration;
    ///
    /// let roadmap = &declaration().roadmap;
    /// assert!(roadmap.action("4.iii".parse()?).is_some());
    /// assert!(roadmap.action("4.iv".parse()?).is_none());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    pub fn action(&self, id: ActionId) -> Option<&RoadmapAction> {
        self.actions().find(|a| a.id == id)
    }

    /// Whether the roadmap has the action `id`, as `action(id).is_some()`, looked up first
    /// where the Annex's numbering puts it (pillar `p` at `p - 1`, item `i` at `i - 1`): every
    /// record's action is checked with this.
    pub(crate) fn has_action(&self, id: ActionId) -> bool {
        let at = |n: u8| usize::from(n).wrapping_sub(1);
        let numbered = self
            .pillars
            .get(at(id.pillar()))
            .and_then(|p| p.actions.get(at(id.item())))
            .is_some_and(|a| a.id == id);
        numbered || self.action(id).is_some()
    }

    /// The roadmap's years as people write them: `2025-2026`.
    pub fn years(&self) -> String {
        let (start, end) = (self.period.start.year(), self.period.end.year());
        if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        }
    }
}

crate::shape::object_shaped! {
    /// A pillar of the roadmap: a numbered chapter of the Annex.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schema", schemars(transform = validate::numbered_actions))]
    pub struct Pillar {
        /// Its number (1-9).
        #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 9)))]
        #[serde(deserialize_with = "crate::readers::whole")]
        pub number: u8,
        /// Its title, verbatim.
        pub title: String,
        /// Its actions, in order.
        pub actions: Vec<RoadmapAction>,
    }
}

crate::shape::object_shaped! {
    /// An action of the roadmap.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct RoadmapAction {
        /// Its id in the document's numbering (`1.vi`).
        pub id: ActionId,
        /// The text, verbatim. Where the action lists targets (1.vi), the text ends before the list.
        pub text: String,
        /// The crime areas the action lists as its targets, each with the document's wording (1.vi).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub targets: Vec<Target>,
        /// What the text (targets included) names.
        #[serde(default, skip_serializing_if = "Mentions::is_empty")]
        pub mentions: Mentions,
    }
}

impl RoadmapAction {
    /// The text with its list of targets, as the document prints it, the targets separated by
    /// commas and the list closed by a full stop.
    pub fn full_text(&self) -> String {
        if self.targets.is_empty() {
            return self.text.clone();
        }
        let list: Vec<&str> = self.targets.iter().map(|t| t.wording.as_str()).collect();
        format!("{} {}.", self.text, list.join(", "))
    }
}

crate::shape::object_shaped! {
    /// A crime area an action targets, with the document's own wording.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Target {
        /// The crime area.
        pub crime_area: CrimeArea,
        /// How the document words it (`the trafficking of drugs`).
        pub wording: String,
    }
}

crate::shape::object_shaped! {
    /// A dated event the declaration refers to.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct Event {
        /// A stable id (lower-case letters, digits and `_`), referred to from [`Mentions::events`].
        #[cfg_attr(
            feature = "schema",
            schemars(regex(pattern = r"^[a-z][a-z0-9_]*$(?!\n)"))
        )]
        pub id: String,
        /// What happened or will happen, in the declaration's words where it has them.
        pub title: String,
        /// When: as precise as the declaration is.
        pub when: Timing,
        /// Where, when the declaration says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub place: Option<String>,
        /// How the date is known, where it is not simply the declaration's own statement:
        /// `disputed` where the crate's sources date the event otherwise (the note says how).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub provenance: Option<crate::Provenance>,
        /// How the sources disagree with the declaration, or what else to know of the event.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<String>,
        /// The ids of the sources that support or dispute the date (see [`Fact::sources`](crate::Fact::sources)).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub sources: Vec<String>,
    }
}

/// A paragraph or a roadmap action: the two kinds of passage that name things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passage<'a> {
    /// A numbered paragraph.
    Paragraph(&'a Paragraph),
    /// A roadmap action.
    Action(&'a RoadmapAction),
}

impl<'a> Passage<'a> {
    /// What the passage names.
    pub fn mentions(self) -> &'a Mentions {
        match self {
            Passage::Paragraph(p) => &p.mentions,
            Passage::Action(a) => &a.mentions,
        }
    }

    /// Its text, verbatim (for an action, with its targets).
    pub fn text(self) -> String {
        match self {
            Passage::Paragraph(p) => p.text.clone(),
            Passage::Action(a) => a.full_text(),
        }
    }

    /// How the document refers to it: `para 16` or `Annex 1.vi`.
    pub fn reference(self) -> String {
        match self {
            Passage::Paragraph(p) => format!("para {}", p.number),
            Passage::Action(a) => format!("Annex {}", a.id),
        }
    }
}

impl Declaration {
    /// The paragraph with this number.
    ///
    /// ```
    /// let p = eu_clasi::declaration().paragraph(16).unwrap();
    /// assert!(p.text.starts_with("Reiterating the need to adopt a robust follow-the-money approach"));
    /// ```
    pub fn paragraph(&self, number: u8) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.number == number)
    }

    /// Every roadmap action, pillar by pillar.
    pub fn actions(&self) -> impl Iterator<Item = &RoadmapAction> + '_ {
        self.roadmap.pillars.iter().flat_map(|p| p.actions.iter())
    }

    /// The roadmap action with this id.
    ///
    /// ```
    /// use eu_clasi::{declaration, ActionId};
    ///
    /// let vi = declaration().action("1.vi".parse()?).unwrap();
    /// assert_eq!(vi.targets.len(), 10);
    /// assert!(declaration().action("4.iv".parse()?).is_none());
    /// # Ok::<(), eu_clasi::Error>(())
    /// ```
    pub fn action(&self, id: ActionId) -> Option<&RoadmapAction> {
        self.actions().find(|a| a.id == id)
    }

    /// The pillar with this number.
    pub fn pillar(&self, number: u8) -> Option<&Pillar> {
        self.roadmap.pillars.iter().find(|p| p.number == number)
    }

    /// The roadmap actions that name `x`, pillar by pillar: a crime area (as a target or in
    /// the text), a state, a body, an instrument, a collective actor or any [`Actor`]. The same as [`Roadmap::actions_naming`] on
    /// [`roadmap`](Declaration::roadmap).
    ///
    /// ```
    /// use eu_clasi::{declaration, Body, CrimeArea, Instrument};
    ///
    /// let ids = |actions: Vec<&eu_clasi::RoadmapAction>| -> Vec<String> {
    ///     actions.iter().map(|a| a.id.to_string()).collect()
    /// };
    /// let d = declaration();
    /// assert_eq!(ids(d.actions_naming(CrimeArea::MigrantSmuggling).collect()), ["1.vi"]);
    /// assert_eq!(ids(d.actions_naming(Body::Eurojust).collect()), ["1.ix", "1.xi"]);
    /// assert_eq!(ids(d.actions_naming(Instrument::Empact).collect()), ["1.viii", "1.ix"]);
    /// ```
    pub fn actions_naming(&self, x: impl Named) -> impl Iterator<Item = &RoadmapAction> + '_ {
        self.roadmap.actions_naming(x)
    }

    /// Every paragraph and roadmap action that names `x` (anything [`actions_naming`]
    /// takes), paragraphs first.
    ///
    /// [`actions_naming`]: Declaration::actions_naming
    ///
    /// ```
    /// use eu_clasi::{declaration, Body, CrimeArea, Instrument};
    ///
    /// let refs: Vec<String> = declaration().passages_naming(Body::Ameripol).map(|p| p.reference()).collect();
    /// assert_eq!(refs, ["para 8", "para 21", "para 25", "Annex 1.vii", "Annex 1.x"]);
    /// assert_eq!(declaration().passages_naming(Instrument::Seacop).count(), 2);
    /// assert_eq!(declaration().passages_naming(CrimeArea::MigrantSmuggling).count(), 3);
    /// ```
    pub fn passages_naming(&self, x: impl Named) -> impl Iterator<Item = Passage<'_>> + '_ {
        let x = x.into_name();
        self.passages().filter(move |p| x.is_named_in(p.mentions()))
    }

    /// Every paragraph, then every action.
    pub fn passages(&self) -> impl Iterator<Item = Passage<'_>> + '_ {
        self.paragraphs
            .iter()
            .map(Passage::Paragraph)
            .chain(self.actions().map(Passage::Action))
    }

    /// The timeline event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.timeline.iter().find(|e| e.id == id)
    }
}

impl Pillar {
    /// The bodies the pillar's actions name, each once, in the order they first appear.
    ///
    /// ```
    /// use eu_clasi::{declaration, Body};
    /// let bodies = declaration().pillar(2).unwrap().bodies();
    /// assert_eq!(bodies, [Body::EuropeanPortsAlliance]);
    /// ```
    pub fn bodies(&self) -> Vec<Body> {
        unique(
            self.actions
                .iter()
                .flat_map(|a| a.mentions.bodies.iter().copied()),
        )
    }

    /// The instruments the pillar's actions name, each once, in the order they first appear.
    pub fn instruments(&self) -> Vec<Instrument> {
        unique(
            self.actions
                .iter()
                .flat_map(|a| a.mentions.instruments.iter().copied()),
        )
    }

    /// The crime areas the pillar's actions name, each once, in the order they first appear.
    pub fn crime_areas(&self) -> Vec<CrimeArea> {
        unique(
            self.actions
                .iter()
                .flat_map(|a| a.mentions.crime_areas.iter().copied()),
        )
    }

    /// Every actor the pillar's actions name, each once, in the order they first appear.
    pub fn actors(&self) -> Vec<Actor> {
        unique(self.actions.iter().flat_map(|a| a.mentions.actors()))
    }
}

fn unique<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Anything a declaration's [`Mentions`] link to: a [`CrimeArea`], a [`Country`], a [`Body`],
/// an [`Instrument`], a [`CollectiveActor`] or an [`Actor`] (a state, body or collective
/// actor). [`Declaration::passages_naming`],
/// [`Declaration::actions_naming`] and [`Roadmap::actions_naming`] take any of them, and each
/// of the vocabularies has `named_in()`: the passages of the built-in declaration that name it.
///
/// The trait is sealed: the crate implements it for exactly the kinds of link
/// `data/declaration.toml` holds.
pub trait Named: sealed::Sealed + Copy + 'static {}

mod sealed {
    use super::Mentions;

    /// What a search for passages naming something compares: one kind of link.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Name {
        CrimeArea(crate::CrimeArea),
        Actor(crate::Actor),
        Instrument(crate::Instrument),
    }

    impl Name {
        pub fn is_named_in(self, m: &Mentions) -> bool {
            match self {
                Name::CrimeArea(a) => m.crime_areas.contains(&a),
                Name::Actor(a) => m.names_actor(a),
                Name::Instrument(i) => m.instruments.contains(&i),
            }
        }
    }

    pub trait Sealed {
        fn into_name(self) -> Name;
    }
}

use sealed::Name;

macro_rules! named {
    ($($ty:ty => |$x:ident| $name:expr),* $(,)?) => {$(
        impl sealed::Sealed for $ty {
            fn into_name(self) -> Name {
                let $x = self;
                $name
            }
        }
        impl Named for $ty {}
    )*};
}

named!(
    CrimeArea => |a| Name::CrimeArea(a),
    Instrument => |i| Name::Instrument(i),
    Actor => |a| Name::Actor(a),
    Country => |c| Name::Actor(Actor::State(c)),
    Body => |b| Name::Actor(Actor::Body(b)),
    CollectiveActor => |c| Name::Actor(Actor::Collective(c)),
);

/// `named_in()` for a vocabulary: the passages of the built-in declaration naming a term.
macro_rules! named_in {
    ($($ty:ident: $what:literal, $example:literal;)*) => {$(
        impl $ty {
            #[doc = concat!("The paragraphs and roadmap actions of the built-in declaration that name this ", $what, ", paragraphs first (from the declaration's links in `data/declaration.toml`).")]
            ///
            /// ```
            /// use eu_clasi::*;
            ///
            #[doc = $example]
            /// ```
            pub fn named_in(self) -> Vec<Passage<'static>> {
                declaration().passages_naming(self).collect()
            }
        }
    )*};
}

named_in! {
    CrimeArea: "crime area", "let refs: Vec<String> = CrimeArea::MigrantSmuggling.named_in().iter().map(|p| p.reference()).collect();\nassert_eq!(refs, [\"para 20\", \"para 30\", \"Annex 1.vi\"]);";
    Instrument: "instrument", "let refs: Vec<String> = Instrument::Seacop.named_in().iter().map(|p| p.reference()).collect();\nassert_eq!(refs, [\"para 20\", \"Annex 1.iv\"]);";
    Actor: "actor", "let refs: Vec<String> = Actor::from(Country::Gt).named_in().iter().map(|p| p.reference()).collect();\nassert_eq!(refs, [\"para 26\"]);\nassert_eq!(Actor::from(Body::Eurojust).named_in().len(), 4);";
    Country: "state", "let refs: Vec<String> = Country::Gt.named_in().iter().map(|p| p.reference()).collect();\nassert_eq!(refs, [\"para 26\"]);";
    Body: "body", "assert_eq!(Body::Eurojust.named_in().len(), 4);\nassert_eq!(Body::Eurojust.named_in(), Actor::Body(Body::Eurojust).named_in());";
    CollectiveActor: "collective actor", "for c in CollectiveActor::all() {\n    assert_eq!(c.named_in(), Actor::from(*c).named_in());\n}";
}

crate::versions::document_type!(Declaration, "declaration");
crate::readers::from_json!(Declaration, RoadmapAction);
