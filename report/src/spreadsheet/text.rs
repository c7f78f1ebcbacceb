//! Every text the workbook shows and every problem message, in the four languages: one table.

use eu_clasi::Lang;

include!("../generated/spreadsheet_text.rs");

impl Text {
    /// The text in `lang` with `{0}`, `{1}`, ... replaced by `args`.
    pub(crate) fn fill(self, lang: Lang, args: &[&str]) -> String {
        let mut out = self.get(lang).to_owned();
        for (i, arg) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), arg);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eu_clasi::Vocabulary;

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            Text::PeriodOrder.fill(Lang::Es, &["2025-01", "2025-06"]),
            "el periodo termina (2025-01) antes de empezar (2025-06)"
        );
    }

    /// The placeholders of a text (`{0}`, `{1}`, ...), as their digits, sorted.
    fn placeholders(text: &str) -> Vec<char> {
        let mut found: Vec<char> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.chars().next())
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn every_text_has_four_languages_with_the_same_placeholders() {
        use strum::IntoEnumIterator;
        for text in Text::iter() {
            let en = placeholders(text.get(Lang::En));
            for &lang in Lang::all() {
                assert!(!text.get(lang).trim().is_empty(), "{text:?} in {lang}");
                assert_eq!(placeholders(text.get(lang)), en, "{text:?} in {lang}");
            }
        }
    }
}
