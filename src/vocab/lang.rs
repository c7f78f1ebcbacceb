//! The four languages every term is labelled in, and the label tables.

use super::vocabulary;

include!("../generated/lang.rs");

/// A text in each of the four languages, with a record of which of them are this crate's
/// own translations rather than an official or standard form.
///
/// ```
/// use eu_clasi::{Labels, Lang};
///
/// const L: Labels = Labels::new("drug trafficking", "tráfico de drogas", "tráfico de drogas", "trafic de drogue")
///     .translated(&[Lang::Es, Lang::Pt, Lang::Fr]);
/// assert_eq!(L.get(Lang::Fr), "trafic de drogue");
/// assert!(L.is_translation(Lang::Es));
/// assert!(!L.is_translation(Lang::En));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Labels {
    /// English.
    pub en: &'static str,
    /// Spanish.
    pub es: &'static str,
    /// Portuguese.
    pub pt: &'static str,
    /// French.
    pub fr: &'static str,
    /// The languages whose text is this crate's own translation (not found in an official
    /// or standard source). Empty when every text is official or standard.
    #[serde(skip_serializing_if = "<[Lang]>::is_empty")]
    pub translated: &'static [Lang],
}

impl Labels {
    /// Labels whose four texts are all official or standard forms.
    pub const fn new(
        en: &'static str,
        es: &'static str,
        pt: &'static str,
        fr: &'static str,
    ) -> Self {
        Labels {
            en,
            es,
            pt,
            fr,
            translated: &[],
        }
    }

    /// The same labels, marking the given languages as this crate's own translations.
    pub const fn translated(self, langs: &'static [Lang]) -> Self {
        Labels {
            translated: langs,
            ..self
        }
    }

    /// The text in one language.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
            Lang::Pt => self.pt,
            Lang::Fr => self.fr,
        }
    }

    /// Whether the text in `lang` is this crate's own translation.
    pub fn is_translation(&self, lang: Lang) -> bool {
        self.translated.contains(&lang)
    }

    /// The four texts with their languages, in the order en, es, pt, fr.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &'static str)> + '_ {
        <Lang as crate::Vocabulary>::all()
            .iter()
            .map(move |&lang| (lang, self.get(lang)))
    }
}
