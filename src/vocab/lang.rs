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

/// The Spanish, Portuguese and French texts are translations: the usual case for terms whose
/// only official form is the declaration's English.
pub(crate) const TRANSLATED_ES_PT_FR: &[Lang] = &[Lang::Es, Lang::Pt, Lang::Fr];

/// A name a term is also known by (an [alias](crate::Vocabulary::aliases)), with the language
/// it is in: what [`Vocabulary::tagged_aliases`](crate::Vocabulary::tagged_aliases) gives.
///
/// `lang` is a BCP 47 language tag: one of the four languages (`en`, `es`, `pt`, `fr`), a
/// regional form of one (`en-US` for `fusion center`, `pt-BR` for `Polônia`), or another
/// language a name comes from (`de` for `Deutschland`). A name written the same in every
/// language (an acronym or code used as it is: `MDMA`, `EL`, `SEACOP VI`) has the tag
/// [`TaggedAlias::SHARED`], `mul` (ISO 639-2 "multiple languages"), and counts as a name in
/// each of the four languages ([`language_tags`](TaggedAlias::language_tags)). The data files
/// give every alias its language (`aliases.es = ["narcotráfico"]`); a name used in several,
/// but not all, of the four languages is listed once for each.
///
/// ```
/// use eu_clasi::{CrimeArea, TaggedAlias, Vocabulary};
///
/// let aliases = CrimeArea::DrugTrafficking.tagged_aliases();
/// assert!(aliases.contains(&TaggedAlias::new("fr", "narcotrafic")));
/// let mdma = TaggedAlias::shared("MDMA");
/// assert_eq!(mdma.language_tags(), ["en", "es", "pt", "fr"]);
/// assert_eq!(TaggedAlias::new("pt-BR", "Polônia").language_tags(), ["pt-BR"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TaggedAlias {
    /// The language the name is in: a BCP 47 tag, or [`TaggedAlias::SHARED`].
    pub lang: &'static str,
    /// The name.
    pub text: &'static str,
}

impl TaggedAlias {
    /// The tag of a name written the same in every language: `mul`.
    pub const SHARED: &'static str = "mul";

    /// A name in the language `lang` (a BCP 47 tag, or [`TaggedAlias::SHARED`]).
    pub const fn new(lang: &'static str, text: &'static str) -> Self {
        TaggedAlias { lang, text }
    }

    /// A name in one of the four languages.
    pub fn in_lang(lang: Lang, text: &'static str) -> Self {
        TaggedAlias::new(crate::Vocabulary::code(lang), text)
    }

    /// A name written the same in every language.
    pub const fn shared(text: &'static str) -> Self {
        TaggedAlias::new(Self::SHARED, text)
    }

    /// Whether the name is written the same in every language.
    pub fn is_shared(&self) -> bool {
        self.lang == Self::SHARED
    }

    /// The language tags a label of this name carries: its own tag, or for a shared name
    /// each of the four languages (`en`, `es`, `pt`, `fr`).
    pub fn language_tags(&self) -> Vec<&'static str> {
        if self.is_shared() {
            <Lang as crate::Vocabulary>::all()
                .iter()
                .map(|&l| crate::Vocabulary::code(l))
                .collect()
        } else {
            vec![self.lang]
        }
    }
}
