//! How wide a text is in the scorecard's font, and how it wraps.
//!
//! Widths come from the advance widths of DejaVu Sans and DejaVu Sans Bold (the fonts the SVG
//! and the HTML name first), read from the font files into a generated table
//! (`generated/font_metrics.rs`, checked against the files by `tests/font_metrics.rs`). A
//! character outside the table counts as one em, wider than any letter, so a text is never
//! measured narrower than it is. Kerning, which only narrows, is left out for the same reason.

include!("../generated/font_metrics.rs");

/// The weight a text is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
}

/// The advance of `c` in font units.
fn advance(c: char, weight: Weight) -> u32 {
    let table: &[u16] = match weight {
        Weight::Regular => &REGULAR,
        Weight::Bold => &BOLD,
    };
    let code = u32::from(c);
    let index = if (0x20..=0x17F).contains(&code) {
        Some((code - 0x20) as usize)
    } else {
        EXTRA_CHARS
            .iter()
            .position(|&e| e == c)
            .map(|i| 0x17F - 0x20 + 1 + i)
    };
    index
        .and_then(|i| table.get(i))
        .map_or(u32::from(UNITS_PER_EM), |&w| u32::from(w))
}

/// How wide `text` is at `size` pixels, in pixels.
pub(crate) fn width(text: &str, size: f64, weight: Weight) -> f64 {
    let units: u32 = text.chars().map(|c| advance(c, weight)).sum();
    f64::from(units) * size / f64::from(UNITS_PER_EM)
}

/// `text` broken into lines no wider than `max` pixels at `size`, at spaces only (U+0020):
/// never inside a word or a number, whose groups are joined by no-break spaces. A word wider
/// than `max` on its own gets a line of its own, whole.
pub(crate) fn wrap(text: &str, size: f64, weight: Weight, max: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let candidate = format!("{line} {word}");
        if width(&candidate, size, weight) <= max {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_the_fonts() {
        // DejaVu Sans: "0" is 1303 units of 2048, "i" 569; bold "0" is wider.
        assert!((width("0", 2048.0, Weight::Regular) - 1303.0).abs() < 1e-9);
        assert!((width("i", 2048.0, Weight::Regular) - 569.0).abs() < 1e-9);
        assert!(width("0", 10.0, Weight::Bold) > width("0", 10.0, Weight::Regular));
        // Outside the table: one em.
        assert!((width("\u{4E00}", 12.0, Weight::Regular) - 12.0).abs() < 1e-9);
    }

    #[test]
    fn wraps_at_spaces_never_inside_a_number() {
        let text = "assets frozen: 520\u{202f}216,88 BOB, 3\u{202f}233\u{202f}076,10 EUR";
        let lines = wrap(text, 11.0, Weight::Regular, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for line in &lines {
            assert!(line.contains("520\u{202f}216,88") || !line.contains("520"));
            assert!(!line.ends_with('\u{202f}'));
        }
        assert_eq!(wrap("", 11.0, Weight::Regular, 50.0), Vec::<String>::new());
        assert_eq!(
            wrap("averyveryverylongword", 11.0, Weight::Regular, 5.0).len(),
            1
        );
    }
}
