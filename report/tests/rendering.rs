//! The scorecard as a reader sees it: each language's SVG, of the shipped sample and of a
//! large generated input, laid out by a real renderer (usvg, with the system's fonts, DejaVu
//! Sans among them) and checked for texts that overlap, that run into a shape they do not sit
//! on, or that leave the canvas; and the SVG, the Markdown and the HTML checked for numbers
//! cut short.
//!
//! With `EU_CLASI_SCORECARD_PNG=DIR`, each language's chart of the sample is also drawn to
//! `DIR/scorecard-svg-LANG.png` (resvg), to be looked at.

use eu_clasi::Lang;
use eu_clasi_report::scorecard::Scorecard;
use resvg::usvg;

const LANGS: [Lang; 4] = [Lang::En, Lang::Es, Lang::Pt, Lang::Fr];

/// The usvg options with the system's fonts, which must hold DejaVu Sans: the font the
/// scorecard measures its texts with.
fn options() -> usvg::Options<'static> {
    let mut opt = usvg::Options::default();
    opt.fontdb_mut().load_system_fonts();
    let dejavu = opt
        .fontdb
        .faces()
        .any(|f| f.families.iter().any(|(name, _)| name == "DejaVu Sans"));
    assert!(
        dejavu,
        "DejaVu Sans is not installed (apt-get install fonts-dejavu-core)"
    );
    opt
}

/// A text laid out: its content and its box on the canvas.
struct Laid {
    text: String,
    rect: usvg::Rect,
}

fn collect(group: &usvg::Group, texts: &mut Vec<Laid>, shapes: &mut Vec<usvg::Rect>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => collect(g, texts, shapes),
            usvg::Node::Text(t) => texts.push(Laid {
                text: t.chunks().iter().map(|c| c.text()).collect(),
                rect: t.abs_bounding_box(),
            }),
            usvg::Node::Path(p) => {
                let r = p.abs_bounding_box();
                // Rules (lines one pixel thick or less) are not shapes text could hide under.
                if r.width() > 1.5 && r.height() > 1.5 {
                    shapes.push(r);
                }
            }
            usvg::Node::Image(_) => {}
        }
    }
}

fn overlap(a: &usvg::Rect, b: &usvg::Rect) -> bool {
    a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom()
}

fn inside(a: &usvg::Rect, b: &usvg::Rect) -> bool {
    a.left() >= b.left() && a.right() <= b.right() && a.top() >= b.top() && a.bottom() <= b.bottom()
}

/// The problems of a laid-out SVG: texts overlapping, a text running into a shape
/// it does not sit inside, a text leaving the canvas.
fn layout_problems(tree: &usvg::Tree) -> Vec<String> {
    let size = tree.size();
    let (mut texts, mut shapes) = (Vec::new(), Vec::new());
    collect(tree.root(), &mut texts, &mut shapes);
    let mut problems = Vec::new();
    for (i, a) in texts.iter().enumerate() {
        let r = &a.rect;
        if r.left() < 0.0 || r.top() < 0.0 || r.right() > size.width() || r.bottom() > size.height()
        {
            problems.push(format!("{:?} leaves the canvas: {r:?}", a.text));
        }
        for b in &texts[i + 1..] {
            if overlap(r, &b.rect) {
                problems.push(format!(
                    "{:?} overlaps {:?}: {r:?} {:?}",
                    a.text, b.text, b.rect
                ));
            }
        }
        for s in &shapes {
            if overlap(r, s) && !inside(r, s) {
                problems.push(format!("{:?} runs into a shape: {r:?} {s:?}", a.text));
            }
        }
    }
    problems
}

/// The numbers in `text`: runs of digits, with the group and decimal separators between them.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let joins = matches!(c, ',' | '.' | '\u{202f}')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || joins {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The scorecards the tests look at: the sample's, and a large generated input's.
fn cards() -> Vec<(&'static str, Scorecard)> {
    let large: Vec<_> = eu_clasi_sample::progress_reports(24, 20_000).collect();
    vec![
        (
            "sample",
            Scorecard::from_reports(&eu_clasi_sample::sample_file()),
        ),
        ("20000 reports", Scorecard::from_reports(&large)),
    ]
}

/// One layout of each language's SVG serves both checks: the layout's, and that every number
/// of an action's totals is whole in one of its texts (and in the Markdown and the HTML).
#[test]
fn no_text_overlaps_leaves_the_canvas_or_cuts_a_number() -> Result<(), Box<dyn std::error::Error>> {
    let opt = options();
    let png_dir = std::env::var_os("EU_CLASI_SCORECARD_PNG").map(std::path::PathBuf::from);
    let mut failures = Vec::new();
    for (name, card) in cards() {
        for lang in LANGS {
            let svg = card.to_svg(lang);
            let tree = usvg::Tree::from_str(&svg, &opt)?;
            for p in layout_problems(&tree) {
                failures.push(format!("{name}, {lang}: {p}"));
            }
            let (mut texts, mut shapes) = (Vec::new(), Vec::new());
            collect(tree.root(), &mut texts, &mut shapes);
            let md = card.to_markdown(lang);
            let html = card.to_html(lang);
            for out in [&svg, &md, &html] {
                assert!(!out.contains('…'), "{name}, {lang}: an ellipsis");
            }
            for action in card.actions() {
                for line in action.totals.lines(lang) {
                    for n in numbers(&line) {
                        assert!(
                            texts.iter().any(|t| numbers(&t.text).contains(&n)),
                            "{name}, {lang}, {}: {n} is not whole in any text of the SVG",
                            action.id
                        );
                        assert!(md.contains(&n) && html.contains(&n), "{name}, {lang}: {n}");
                    }
                }
            }
            if let (Some(dir), "sample") = (&png_dir, name) {
                let size = tree.size().to_int_size();
                let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
                    .ok_or("empty canvas")?;
                resvg::render(
                    &tree,
                    resvg::tiny_skia::Transform::default(),
                    &mut pixmap.as_mut(),
                );
                pixmap.save_png(dir.join(format!("scorecard-svg-{lang}.png")))?;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}

/// The legend's gaps, as laid out: from the end of each label to the next swatch (a 14-pixel
/// square) on its line, in pixels.
fn legend_gaps(tree: &usvg::Tree) -> Vec<(String, f32)> {
    let (mut texts, mut shapes) = (Vec::new(), Vec::new());
    collect(tree.root(), &mut texts, &mut shapes);
    let square =
        |r: &&usvg::Rect| (r.width() - 14.0).abs() < 1.1 && (r.height() - 14.0).abs() < 1.1;
    let swatches: Vec<&usvg::Rect> = shapes.iter().filter(square).collect();
    let mut gaps = Vec::new();
    for s in &swatches {
        let Some(label) = texts.iter().find(|t| {
            (t.rect.left() - (s.right() + 5.0)).abs() < 1.0 && (t.rect.top() - s.top()).abs() < 3.0
        }) else {
            continue;
        };
        let next = swatches
            .iter()
            .filter(|n| (n.top() - s.top()).abs() < 1.0 && n.left() > label.rect.right())
            .map(|n| n.left())
            .fold(f32::INFINITY, f32::min);
        if next.is_finite() {
            gaps.push((label.text.clone(), next - label.rect.right()));
        }
    }
    gaps
}

#[test]
fn the_legend_has_even_gaps_in_every_language() -> Result<(), Box<dyn std::error::Error>> {
    let opt = options();
    let card = Scorecard::from_reports(&eu_clasi_sample::sample_file());
    for lang in LANGS {
        let tree = usvg::Tree::from_str(&card.to_svg(lang), &opt)?;
        let gaps = legend_gaps(&tree);
        // Six statuses and the empty bar: at least five gaps to a next swatch on the line.
        assert!(gaps.len() >= 5, "{lang}: {gaps:?}");
        for (label, gap) in &gaps {
            // 18 pixels after each label, as measured; kerning may widen a gap a little.
            assert!(
                (17.5..=19.5).contains(gap),
                "{lang}: {gap} px after {label:?}: {gaps:?}"
            );
        }
    }
    Ok(())
}

#[test]
fn the_number_finder_finds_whole_numbers() {
    assert_eq!(
        numbers("bens congelados: 520\u{202f}216,88 BOB, 3\u{202f}233\u{202f}076,10 EUR"),
        ["520\u{202f}216,88", "3\u{202f}233\u{202f}076,10"]
    );
    assert_eq!(numbers("arrests: 12, 3."), ["12", "3"]);
    // A cut number is not the whole one.
    assert!(
        !numbers("34\u{202f}575\u{202f}008,6").contains(&"34\u{202f}575\u{202f}008,63".to_owned())
    );
}
