//! The published sources the crate's facts cite.
//!
//! Every [`Fact`](crate::Fact) (and [`IccsCode`](crate::IccsCode)) marked verified or disputed
//! names, in `sources`, the ids of the sources that support it; [`sources()`] lists them all,
//! as `data/sources.toml` gives them, and [`Source::get`] finds one by id.

use crate::PartialDate;

/// A published source: a page, a release, a legal act, a document or a code file that facts
/// cite.
///
/// Only what is known of it is given: a field is `None` where nobody has confirmed it. Every
/// source has a locator a reader can follow, checked when the crate is generated: a `url` to
/// open; or, for a file in a code repository, its `repository`, `path` and `commit`; or, for a
/// document known by its reference, its `publisher` and `published` date, to find it by with
/// its `title`.
///
/// ```
/// use eu_clasi::{Instrument, Source};
///
/// let launch = Instrument::ElPaccto
///     .dates()
///     .iter()
///     .find(|d| d.event == "EL PAcCTO 2.0 launched in Panama")
///     .unwrap();
/// let release = launch.date.source_refs().find(|s| s.id == "ref-88").unwrap();
/// assert_eq!(release.publisher, Some("FIIAPP"));
/// assert_eq!(release.published.unwrap().to_string(), "2024-03-13");
///
/// let ftm = Source::get("ftm-topic-04d6892").unwrap();
/// assert!(ftm.url.unwrap().starts_with("https://github.com/opensanctions/followthemoney/"));
/// assert_eq!(ftm.repository, Some("opensanctions/followthemoney"));
/// assert_eq!(ftm.path, Some("followthemoney/types/topic.py"));
/// assert!(Source::get("no-such-source").is_none());
/// assert!(eu_clasi::sources().iter().all(|s| Source::get(s.id) == Some(s)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Source {
    /// Its stable id, as facts cite it (`"ref-88"`, `"council-6403-25"`).
    pub id: &'static str,
    /// Its title, from the page's own words or its address.
    pub title: &'static str,
    /// Who publishes it, where the site's owner is evident.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<&'static str>,
    /// Its full address, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
    /// For a file in a code repository: the repository, `owner/name` on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<&'static str>,
    /// For a file in a code repository: its path in the repository.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'static str>,
    /// For a file in a code repository: the commit it was read at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commit: Option<&'static str>,
    /// When it was published, as precise as known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// When it was read for the crate, as precise as known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read: Option<PartialDate>,
}

include!("generated/sources.rs");

impl Source {
    /// Every source the crate's facts cite, in `data/sources.toml`'s order.
    pub const fn all() -> &'static [Source] {
        SOURCES
    }

    /// The source with this id, if the crate holds one.
    pub fn get(id: &str) -> Option<&'static Source> {
        SOURCES.iter().find(|s| s.id == id)
    }
}

/// Every source the crate's facts cite, in `data/sources.toml`'s order (as [`Source::all`]).
pub const fn sources() -> &'static [Source] {
    Source::all()
}

crate::shape::object_shaped! {
    /// A [`Source`] as the vocabulary catalogue (`data/vocabulary.json`) writes and reads it.
    #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(deny_unknown_fields)]
    pub struct SourceEntry {
        /// Its stable id, as facts cite it.
        pub id: String,
        /// Its title.
        pub title: String,
        /// Who publishes it, where the site's owner is evident.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub publisher: Option<String>,
        /// Its full address, where known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// For a file in a code repository: the repository, `owner/name` on GitHub.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub repository: Option<String>,
        /// For a file in a code repository: its path in the repository.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub path: Option<String>,
        /// For a file in a code repository: the commit it was read at.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub commit: Option<String>,
        /// When it was published, as precise as known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub published: Option<PartialDate>,
        /// When it was read for the crate, as precise as known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub read: Option<PartialDate>,
    }
}

impl From<&Source> for SourceEntry {
    fn from(s: &Source) -> Self {
        SourceEntry {
            id: s.id.to_owned(),
            title: s.title.to_owned(),
            publisher: s.publisher.map(str::to_owned),
            url: s.url.map(str::to_owned),
            repository: s.repository.map(str::to_owned),
            path: s.path.map(str::to_owned),
            commit: s.commit.map(str::to_owned),
            published: s.published,
            read: s.read,
        }
    }
}
