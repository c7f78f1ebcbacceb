//! The paragraphs and Annex actions that the terms' descriptions cite in prose ("paras 8 and
//! 19; Annex 1.ix") are among the passages the dataset links them from: the prose cannot drift
//! from the data.

use eu_clasi::{Body, CrimeArea, Instrument, Passage, Vocabulary};

/// The references a description cites: `para 16` for "para 16" or "paras 7, 8 and 19", and
/// `Annex 1.vi` for "Annex 1.vi" or "Annex 1.iii, 1.vi and 1.xi".
fn cited(description: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = description
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ';')
        .filter(|w| !w.is_empty())
        .collect();
    let mut i = 0;
    while i < words.len() {
        let (kind, plural) = match words[i] {
            "para" => ("para", false),
            "paras" => ("para", true),
            "Annex" => ("Annex", true),
            _ => {
                i += 1;
                continue;
            }
        };
        i += 1;
        while let Some(word) = words.get(i) {
            let item = word.trim_end_matches([',', '.']);
            let is_ref = if kind == "para" {
                !item.is_empty() && item.chars().all(|c| c.is_ascii_digit())
            } else {
                item.parse::<eu_clasi::ActionId>().is_ok()
            };
            if is_ref {
                out.push(format!("{kind} {item}"));
                i += 1;
                if !plural || word.ends_with('.') {
                    break;
                }
            } else if *word == "and" && plural {
                i += 1;
            } else {
                break;
            }
        }
    }
    out
}

fn refs(passages: Vec<Passage<'static>>) -> Vec<String> {
    passages.into_iter().map(|p| p.reference()).collect()
}

#[test]
fn the_citation_reader_reads_the_forms_the_descriptions_use() {
    assert_eq!(
        cited("agency (paras 7, 8 and 19; Annex 1.iii, 1.vi and 1.xi)."),
        [
            "para 7",
            "para 8",
            "para 19",
            "Annex 1.iii",
            "Annex 1.vi",
            "Annex 1.xi"
        ]
    );
    assert_eq!(
        cited("named in para 30 and Annex 1.vi as"),
        ["para 30", "Annex 1.vi"]
    );
    assert_eq!(cited("the heading of Annex 4."), Vec::<String>::new());
}

#[test]
fn every_passage_a_description_cites_links_the_term() {
    let mut problems = Vec::new();
    let mut cited_count = 0;
    let mut check = |code: &str, description: &str, linked: Vec<String>| {
        for reference in cited(description) {
            cited_count += 1;
            if !linked.contains(&reference) {
                problems.push(format!(
                    "{code}: cites {reference}, but the data links it from {linked:?}"
                ));
            }
        }
    };
    for &b in Body::all() {
        check(b.code(), b.description(), refs(b.named_in()));
    }
    for &a in CrimeArea::all() {
        check(a.code(), a.description(), refs(a.named_in()));
    }
    for &i in Instrument::all() {
        check(i.code(), i.description(), refs(i.named_in()));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        cited_count > 40,
        "only {cited_count} citations read: the reader is broken"
    );
}
