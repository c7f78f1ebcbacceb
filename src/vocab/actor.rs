//! A reference to whoever acts: a state, a body, or a collective actor.

use std::sync::LazyLock;

use strum::EnumCount;

use crate::{Body, CollectiveActor, Country, Error, Labels, Vocabulary};

use super::LookupIndex;

/// Whoever acts in the declaration or in a record: a state, a body, or a collective actor the
/// declaration names without naming a body.
///
/// The wire form is one string with the kind as a prefix, so that no state code can be
/// mistaken for a body code: `state:BR`, `body:europol`, `collective:private_sector`. The prefix
/// is followed by the wire code of the [`Country`], [`Body`] or [`CollectiveActor`].
/// [`lookup`](Vocabulary::lookup) also finds an actor by the inner code, acronym, alias or label
/// alone (`"Brasil"`, `"Europol"`, `"EMCDDA"`).
///
/// The names `CollectiveActor` and `Actor::Collective` are kept apart on purpose:
/// [`CollectiveActor`] is a vocabulary of its own, named after its kind `collective_actor`
/// (its data file `data/vocabularies/collective_actor.toml`, its schema `collective-actor`,
/// the field [`Mentions::collective_actors`](crate::Mentions::collective_actors)), like
/// [`Country`] and [`Body`]; the variant says which kind of actor, as the wire prefix
/// `collective:` does, like `Actor::State` and `Actor::Body`.
///
/// ```
/// use eu_clasi::{Actor, Body, Country, Vocabulary};
///
/// let eu_agency: Actor = "body:europol".parse()?;
/// assert_eq!(eu_agency, Actor::Body(Body::Europol));
/// assert_eq!(Actor::State(Country::Br).to_string(), "state:BR");
/// assert_eq!(Actor::lookup("EMCDDA")?, Actor::Body(Body::Euda));
/// assert_eq!(Actor::lookup("Brasil")?, Actor::State(Country::Br));
/// assert!("europol".parse::<Actor>().is_err()); // the wire form needs its prefix
/// # Ok::<(), eu_clasi::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    /// A state: an EU Member State or a CELAC state.
    State(Country),
    /// A body, agency, committee, network or task force the declaration names.
    Body(Body),
    /// A kind of actor the declaration names without naming a body (police authorities, the
    /// private sector, ...).
    Collective(CollectiveActor),
}

const STATE: &str = "state:";
const BODY: &str = "body:";
const COLLECTIVE: &str = "collective:";

static ALL: LazyLock<Vec<Actor>> = LazyLock::new(|| {
    let states = Country::all().iter().map(|&c| Actor::State(c));
    let bodies = Body::all().iter().map(|&b| Actor::Body(b));
    let collectives = CollectiveActor::all().iter().map(|&c| Actor::Collective(c));
    states.chain(bodies).chain(collectives).collect()
});

static CODE_STRINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ALL.iter()
        .map(|a| match a {
            Actor::State(c) => format!("{STATE}{c}"),
            Actor::Body(b) => format!("{BODY}{b}"),
            Actor::Collective(c) => format!("{COLLECTIVE}{c}"),
        })
        .collect()
});

static CODES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| CODE_STRINGS.iter().map(String::as_str).collect());

impl Actor {
    /// The actor's position in [`Actor::all`]: states, then bodies, then collective actors,
    /// each in its vocabulary's order.
    fn position(self) -> usize {
        match self {
            Actor::State(c) => c as usize,
            Actor::Body(b) => Country::COUNT + b as usize,
            Actor::Collective(c) => Country::COUNT + Body::COUNT + c as usize,
        }
    }

    /// The state, when the actor is one.
    pub const fn state(self) -> Option<Country> {
        match self {
            Actor::State(c) => Some(c),
            _ => None,
        }
    }

    /// The body, when the actor is one.
    pub const fn body(self) -> Option<Body> {
        match self {
            Actor::Body(b) => Some(b),
            _ => None,
        }
    }

    /// The collective actor, when the actor is one.
    pub const fn collective(self) -> Option<CollectiveActor> {
        match self {
            Actor::Collective(c) => Some(c),
            _ => None,
        }
    }
}

impl From<Country> for Actor {
    fn from(c: Country) -> Self {
        Actor::State(c)
    }
}

impl From<Body> for Actor {
    fn from(b: Body) -> Self {
        Actor::Body(b)
    }
}

impl From<CollectiveActor> for Actor {
    fn from(c: CollectiveActor) -> Self {
        Actor::Collective(c)
    }
}

impl Vocabulary for Actor {
    const KIND: &'static str = "actor";

    fn all() -> &'static [Self] {
        ALL.as_slice()
    }

    fn codes() -> &'static [&'static str] {
        CODES.as_slice()
    }

    fn code(self) -> &'static str {
        // Every actor has a position in ALL, and CODES has one code per position.
        CODES.get(self.position()).copied().unwrap_or_default()
    }

    fn description(self) -> &'static str {
        match self {
            Actor::State(c) => c.description(),
            Actor::Body(b) => b.description(),
            Actor::Collective(c) => c.description(),
        }
    }

    fn labels(self) -> Labels {
        match self {
            Actor::State(c) => c.labels(),
            Actor::Body(b) => b.labels(),
            Actor::Collective(c) => c.labels(),
        }
    }

    /// The aliases of the state, body or collective actor, then its own code (`BR`,
    /// `europol`), the same in every language.
    fn tagged_aliases(self) -> Vec<crate::TaggedAlias> {
        let (code, mut aliases) = match self {
            Actor::State(c) => (c.code(), c.tagged_aliases()),
            Actor::Body(b) => (b.code(), b.tagged_aliases()),
            Actor::Collective(c) => (c.code(), c.tagged_aliases()),
        };
        aliases.push(crate::TaggedAlias::shared(code));
        aliases
    }
}

impl super::sealed::Sealed for Actor {
    // Not a data file's vocabulary: its terms are the states, bodies and collective actors,
    // each of which has its own data file and title.
    const TITLE: Labels = Labels::new("Actor", "Actor", "Ator", "Acteur")
        .translated(crate::vocab::TRANSLATED_ES_PT_FR);

    const DOC: &'static str = "Whoever acts in the declaration or in a record: a state (`state:<ISO 3166-1 alpha-2 code>`), a body (`body:<body code>`), or a collective actor the declaration names without naming a body (`collective:<code>`).";

    fn lookup_index() -> &'static LookupIndex<Self> {
        static INDEX: LazyLock<LookupIndex<Actor>> = LazyLock::new(LookupIndex::build);
        &INDEX
    }
}

impl crate::Validate for Actor {
    /// An actor has no problem beyond parsing: its wire form is checked when it is read.
    fn validate_at(&self, _: &crate::Location<'_>, _: &mut Vec<crate::Problem>) {}
}

impl std::fmt::Display for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Actor {
    type Err = Error;

    /// Parses the exact wire form (`state:BR`, `body:europol`, `collective:private_sector`).
    fn from_str(s: &str) -> Result<Self, Error> {
        // `strip_prefix`, with the prefix compared in registers rather than by `memcmp`.
        let after = |prefix: &str| {
            s.get(..prefix.len())
                .filter(|head| crate::readers::same_key(head, prefix))
                .map(|_| &s[prefix.len()..])
        };
        let parsed = if let Some(code) = after(STATE) {
            code.parse().map(Actor::State).ok()
        } else if let Some(code) = after(BODY) {
            code.parse().map(Actor::Body).ok()
        } else if let Some(code) = after(COLLECTIVE) {
            code.parse().map(Actor::Collective).ok()
        } else {
            None
        };
        parsed.ok_or_else(|| Error::UnknownCode {
            kind: Self::KIND,
            input: s.to_owned(),
            expected: Self::codes(),
        })
    }
}

impl serde::Serialize for Actor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

crate::readers::fast_from_str!(Actor);

crate::readers::from_json_string!(Actor, "a {} code (a string)", <Actor as Vocabulary>::KIND);
crate::readers::from_json!(Actor);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Actor {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Actor".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::Actor").into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        super::vocabulary_schema::<Self>(<Self as super::sealed::Sealed>::DOC)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_actor_has_its_own_code_in_order() {
        assert_eq!(
            Actor::all().len(),
            Country::COUNT + Body::COUNT + CollectiveActor::COUNT
        );
        for (i, a) in Actor::all().iter().enumerate() {
            assert_eq!(a.position(), i);
            assert_eq!(a.code(), Actor::codes()[i]);
            assert_eq!(a.code().parse::<Actor>().unwrap(), *a);
        }
    }

    #[test]
    fn wire_form_needs_a_known_prefix_and_code() {
        for bad in [
            "BR",
            "state:",
            "state:XX",
            "body:BR",
            "collective:europol",
            "State:BR",
            "",
        ] {
            assert!(bad.parse::<Actor>().is_err(), "{bad:?}");
        }
    }
}
