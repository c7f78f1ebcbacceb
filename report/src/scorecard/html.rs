//! The scorecard as one self-contained HTML page for a review meeting: the chart, a table per
//! pillar, the totals and a legend, in the reader's language, with a print style sheet for A4.

use std::fmt::Write as _;

use eu_clasi::{ImplementationStatus, Lang, Vocabulary as _};

use super::{
    Scorecard, Text, action_note, actors_by_status, esc, number, pattern_defs, progress_mark,
    progress_sentence, swatch_shapes,
};

/// The page's style sheet: one column as wide as the screen allows (at most the chart's
/// width), tables with ruled cells, and for print an A4 page with 15 mm margins on which the
/// chart and the tables shrink to the page's width.
const CSS: &str = r#"
:root { color: #1a1a1a; background: #ffffff; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 14px;
  line-height: 1.4; margin: 0 auto; max-width: 1100px; padding: 16px; }
h1 { font-size: 1.6em; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.3em; }
h3 { font-size: 1.05em; margin: 1em 0 0.3em; }
p { margin: 0.3em 0; }
.note { color: #444444; font-size: 0.9em; }
figure { margin: 1em 0; }
figure svg { display: block; width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }
table.legend { width: auto; }
caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
th, td { border: 1px solid #b0b0b0; padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #eeeeee; }
tbody th { font-weight: normal; }
td.num { text-align: right; white-space: nowrap; }
.id { font-weight: bold; white-space: nowrap; }
.status { white-space: nowrap; }
ul { margin: 0; padding-left: 1.1em; }
svg.swatch { vertical-align: middle; margin-right: 0.4em; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  figure { break-inside: auto; }
}
"#;

impl Scorecard {
    /// The scorecard as one self-contained HTML page in `lang`, for a review meeting: the
    /// title and how it is counted, the chart ([`Scorecard::to_svg`], inline), a legend of the
    /// statuses (each colour with its pattern, for black and white print) and of the mark of
    /// progress (✓), a table per pillar (each action with its short title, whether it has
    /// progress, its actors by status and its indicator totals) with the pillar's totals,
    /// then the overall progress, totals and counts of reports.
    ///
    /// The page needs nothing else: no script, no network, no external font, style sheet or
    /// image; its `lang` is set, its tables have header cells, and its print style sheet lays
    /// it out on A4 paper with the chart and the tables as wide as the page. It shows the same
    /// figures as [`Scorecard::to_markdown`], written the same way.
    ///
    /// ```
    /// use eu_clasi::Lang;
    /// use eu_clasi_report::scorecard::Scorecard;
    ///
    /// let card = Scorecard::from_reports(&eu_clasi_sample::sample_file());
    /// let html = card.to_html(Lang::Fr);
    /// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    /// assert!(html.contains("<th scope=\"col\">Action</th>"));
    /// assert!(html.contains("Pilier 3 : Résilience des établissements de détention"));
    /// assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("src="));
    /// ```
    pub fn to_html(&self, lang: Lang) -> String {
        let t = |text: Text| text.get(lang);
        let colon = if lang == Lang::Fr { " :" } else { ":" };
        let mut h = String::with_capacity(64 * 1024);
        let _ = writeln!(h, "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>");
        h.push_str("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        let _ = writeln!(h, "<title>{}</title>", esc(&self.title(lang)));
        let _ = writeln!(h, "<style>{CSS}</style>\n</head>\n<body>");
        let _ = writeln!(h, "<h1>{}</h1>", esc(&self.title(lang)));
        let _ = writeln!(
            h,
            "<p>{} · {} {}</p>",
            esc(&progress_sentence(self.progress, lang)),
            number(lang, self.current),
            esc(t(Text::CurrentReportsShort))
        );
        let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(t(Text::Counting)));
        let _ = writeln!(h, "<figure>\n{}</figure>", self.to_svg(lang));

        // The legend.
        let _ = writeln!(h, "<h2>{}</h2>", esc(t(Text::Legend)));
        let _ = writeln!(
            h,
            "<table class=\"legend\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            esc(t(Text::Colour)),
            esc(t(Text::Status))
        );
        for &status in ImplementationStatus::all() {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><th scope=\"row\">{}</th></tr>",
                legend_swatch(status),
                esc(status.label(lang))
            );
        }
        let _ = writeln!(
            h,
            "<tr><td>✓</td><th scope=\"row\">{}</th></tr>\n</tbody>\n</table>",
            esc(t(Text::BoldMeansProgress))
        );

        for pillar in &self.pillars {
            let heading = format!(
                "{} {}{colon} {}",
                t(Text::Pillar),
                pillar.number,
                pillar.title_in(lang)
            );
            let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&heading));
            let _ = writeln!(
                h,
                "<p>{}</p>",
                esc(&progress_sentence(pillar.progress, lang))
            );
            let _ = writeln!(
                h,
                "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
                esc(t(Text::Action)),
                esc(t(Text::Progress)),
                esc(t(Text::StatusByActor)),
                esc(t(Text::Indicators))
            );
            for a in &pillar.actions {
                let title = self
                    .action_title(a, lang)
                    .map(|title| format!(" {}", esc(title)))
                    .unwrap_or_default();
                let _ = write!(
                    h,
                    "<tr><th scope=\"row\"><span class=\"id\">{}</span>{title}</th><td class=\"status\">{}</td><td>",
                    a.id,
                    esc(&progress_mark(a.has_progress, lang))
                );
                let groups = actors_by_status(a, lang);
                if groups.is_empty() {
                    let _ = write!(h, "<em>{}</em>", esc(t(Text::NoReport)));
                } else {
                    h.push_str("<ul>");
                    for (status, who) in groups {
                        let _ = write!(
                            h,
                            "<li>{}<strong>{}</strong>{colon} {}</li>",
                            legend_swatch(status),
                            esc(status.label(lang)),
                            esc(&who.join(", "))
                        );
                    }
                    h.push_str("</ul>");
                }
                h.push_str("</td><td>");
                let lines = a.totals.lines(lang);
                let count = action_note(a, lang)
                    .into_iter()
                    .next()
                    .filter(|_| !a.actors.is_empty());
                h.push_str("<ul>");
                if let Some(count) = count {
                    let _ = write!(h, "<li>{}</li>", esc(&count));
                }
                for line in lines {
                    let _ = write!(h, "<li>{}</li>", keep_with_value(&line));
                }
                h.push_str("</ul></td></tr>\n");
            }
            h.push_str("</tbody>\n</table>\n");
            if !pillar.totals.is_empty() {
                let _ = writeln!(h, "<h3>{}</h3>\n<ul>", esc(t(Text::PillarTotals)));
                for line in pillar.totals.lines(lang) {
                    let _ = writeln!(h, "<li>{}</li>", keep_with_value(&line));
                }
                h.push_str("</ul>\n");
            }
            h.push_str("</section>\n");
        }

        let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(t(Text::Overall)));
        let _ = writeln!(
            h,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">%</th></tr></thead>\n<tbody>",
            esc(t(Text::Pillar)),
            esc(t(Text::ActionsWithProgress))
        );
        for pillar in &self.pillars {
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">{} {}{colon} {}</th><td class=\"num\">{} {} {}</td><td class=\"num\">{}</td></tr>",
                esc(t(Text::Pillar)),
                pillar.number,
                esc(&pillar.title_in(lang)),
                pillar.progress.with_progress,
                esc(t(Text::Of)),
                pillar.progress.actions,
                pillar.progress.percent()
            );
        }
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{} {} {}</td><td class=\"num\">{}</td></tr>\n</tbody>\n</table>",
            esc(t(Text::Overall)),
            self.progress.with_progress,
            esc(t(Text::Of)),
            self.progress.actions,
            self.progress.percent()
        );
        let _ = writeln!(h, "<h3>{}</h3>", esc(t(Text::Indicators)));
        let lines = self.totals.lines(lang);
        if lines.is_empty() {
            let _ = writeln!(h, "<p><em>{}</em></p>", esc(t(Text::NothingMeasured)));
        } else {
            h.push_str("<ul>\n");
            for line in lines {
                let _ = writeln!(h, "<li>{}</li>", keep_with_value(&line));
            }
            h.push_str("</ul>\n");
        }
        let _ = writeln!(
            h,
            "<table>\n<caption>{}</caption>\n<tbody>",
            esc(t(Text::Reports))
        );
        for (text, n) in self.report_counts() {
            let _ = writeln!(
                h,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>",
                esc(t(text)),
                number(lang, n)
            );
        }
        h.push_str("</tbody>\n</table>\n</section>\n</body>\n</html>\n");
        h
    }
}

/// A small inline drawing of a status's colour and pattern.
fn legend_swatch(status: ImplementationStatus) -> String {
    let prefix = format!("s-{status}");
    format!(
        r#"<svg class="swatch" xmlns="http://www.w3.org/2000/svg" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true"><defs>{}</defs>{}</svg>"#,
        pattern_defs(&prefix),
        swatch_shapes(&prefix, 0.0, 0.0, 16.0, 12.0, status)
    )
}

/// An indicator line (`formations dispensées: 4`) escaped, with a no-break space after its
/// colon, so that a narrow column never leaves the figure alone on a line.
fn keep_with_value(line: &str) -> String {
    esc(&line.replacen(": ", ":\u{a0}", 1))
}
