//! The everyday tasks of issue 11, written as a new user would write them from the README and
//! the rustdoc: each task's body is its user's code (15 lines or fewer, nothing but eu-clasi
//! and std), and the assertions after it check that the task did what it says.

use eu_clasi::json::{CheckedLines, JsonLinesWriter};
use eu_clasi::{
    Actor, Body, Country, CrimeArea, Error, Period, ProgressReport, Revisioned, Tlp, UnitKind,
    Vocabulary, lookup_any, recognise,
};

/// A report built in code, written to JSON Lines with its revision, read back and validated with
/// one problem list per line.
#[test]
fn build_write_read_and_check_reports() -> Result<(), eu_clasi::Error> {
    // --- the user's code
    let mut report = ProgressReport::builder()
        .action("1.ii")
        .reporter("state:CO")
        .period(Period::half(2026, 1)?)
        .status("in_progress")
        .summary("es", "Intercambio de información sobre rutas de cocaína.")
        .tlp("TLP:AMBER")
        .build()?;
    let mut out = JsonLinesWriter::new(Vec::new());
    out.write(&report)?;
    report.withdraw()?;
    out.write(&report)?;
    let bytes = out.into_inner();
    let checked: Vec<_> =
        CheckedLines::<_, ProgressReport>::new(&bytes[..]).collect::<Result<_, _>>()?;
    // --- what it did
    assert_eq!(checked.len(), 2);
    assert!(checked.iter().all(|line| line.result.is_ok()));
    let (first, withdrawn) = (
        checked[0].result.as_ref().unwrap(),
        checked[1].result.as_ref().unwrap(),
    );
    assert_eq!((first.id, first.withdrawn), (report.id, false));
    assert_eq!((withdrawn.id, withdrawn.withdrawn), (report.id, true));
    assert!(withdrawn.modified > first.modified);

    // A line with a syntax error, one with a schema error and a rule broken: one list each.
    let text = String::from_utf8(bytes).unwrap();
    let first = text.lines().next().unwrap();
    let bad = format!(
        "{{\"action\": \"1.ii\",\n{}\n{}\n",
        first.replace("\"TLP:AMBER\"", "\"amber\""),
        first.replace("\"2026-06\"", "\"2025-06\"")
    );
    let problems: Vec<String> = CheckedLines::<_, ProgressReport>::new(bad.as_bytes())
        .flat_map(|line| {
            let line = line.unwrap();
            let n = line.number;
            line.result
                .err()
                .into_iter()
                .flatten()
                .map(move |p| format!("{n}: {p}"))
        })
        .collect();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems[0].starts_with("1: (root): syntax: "),
        "{}",
        problems[0]
    );
    assert!(
        problems[1].starts_with("2: /tlp: schema: "),
        "{}",
        problems[1]
    );
    assert!(
        problems[2].starts_with("3: /period: rule period-ordered: "),
        "{}",
        problems[2]
    );
    Ok(())
}

/// Names as people type them, in four languages, found in their vocabulary or in any.
#[test]
fn look_ups_of_typed_names_in_four_languages() -> Result<(), eu_clasi::Error> {
    // --- the user's code
    let thb = CrimeArea::TraffickingInHumanBeings;
    assert_eq!(CrimeArea::lookup("Trafficking in human beings")?, thb);
    assert_eq!(CrimeArea::lookup("trata de personas")?, thb);
    assert_eq!(CrimeArea::lookup("tráfico de pessoas")?, thb);
    assert_eq!(CrimeArea::lookup("traite des êtres humains")?, thb);
    assert_eq!(Country::lookup("Holanda")?, Country::Nl);
    assert_eq!(Country::lookup("Pays-Bas")?, Country::Nl);
    assert_eq!(Body::lookup("OEDT")?, Body::Euda);
    let hit = &lookup_any("El PAcCTO").found[0];
    assert_eq!((hit.kind, hit.code), ("instrument", "el_paccto"));
    assert_eq!(lookup_any("Colombai").suggestions[0].code, "CO");
    // --- (the assertions above are the user's checks)
    Ok(())
}

/// A report built from the words an official types in a form, in their own language; a typo
/// answered with the nearest code; and an agency's name the crate has no term for answered with
/// what it contains.
#[test]
fn a_report_from_typed_words_and_an_unknown_agency() -> Result<(), Error> {
    // --- the user's code
    let report = ProgressReport::builder()
        .action("4.ii")
        .reporter("Brasil")
        .reporting_unit("asset recovery office")
        .period(Period::half(2026, 1)?)
        .status("in progress")
        .summary("pt", "[Exemplo fictício] Recuperação de ativos.")
        .tlp("amber")
        .build()?;
    let typo = ProgressReport::builder().reporter("Brazill").build();
    let agency = recognise("Policía Nacional de Colombia");
    let kind = agency.iter().find_map(|r| r.term.get::<UnitKind>());
    let state = agency.iter().find_map(|r| r.term.get::<Country>());
    // --- what it did
    let typo = typo.unwrap_err();
    assert_eq!(report.reporter, Actor::State(Country::Br));
    assert_eq!(report.tlp, Tlp::Amber);
    assert_eq!(
        report.reporting_unit.unwrap().kind,
        UnitKind::AssetRecoveryOffice
    );
    assert!(
        typo.to_string().contains("did you mean state:BR?"),
        "{typo}"
    );
    assert_eq!((kind, state), (Some(UnitKind::Police), Some(Country::Co)));
    Ok(())
}

/// Each task above stays within 15 lines of the user's own code (non-blank lines between the
/// markers, as rustfmt writes them).
#[test]
fn each_task_is_15_lines_or_fewer() {
    let source = include_str!("user_tasks.rs");
    let start = ["// --- the user's", " code"].concat();
    let mut tasks = 0;
    for part in source.split(start.as_str()).skip(1) {
        let end = part
            .find("// --- ")
            .expect("every task's code ends with a marker");
        let lines = part[..end].lines().filter(|l| !l.trim().is_empty()).count();
        assert!(lines <= 15, "a task takes {lines} lines:{}", &part[..end]);
        tasks += 1;
    }
    assert_eq!(tasks, 3);
}
