//! The `eu-clasi` binary as its users run it: each subcommand's output, files and exit codes
//! (0 ok, 1 invalid input, 2 usage or I/O error). `.ci/examples` checks the rest, including
//! closed pipes, which a test cannot close the way a shell does.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository's root, where the shipped data lives.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// A file of the repository, by its path from the root.
fn repo(path: &str) -> PathBuf {
    Path::new(ROOT).join(path)
}

/// Runs `eu-clasi` with `args`, feeding it `stdin`.
fn eu_clasi(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eu-clasi"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the eu-clasi binary starts");
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(stdin)
            .expect("eu-clasi reads its standard input");
    }
    child.wait_with_output().expect("eu-clasi ends")
}

/// Runs `eu-clasi` with `args` and nothing on standard input.
fn run(args: &[&str]) -> Output {
    eu_clasi(args, b"")
}

/// The exit code, standard output and standard error of a run.
fn parts(output: &Output) -> (Option<i32>, String, String) {
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A new empty folder for one test, removed first if an earlier run left it.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eu-clasi-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// The names of the files in `dir` that a write left beside its target.
fn partial_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("the folder is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".partial"))
        .collect()
}

#[test]
fn help_lists_every_subcommand_and_the_exit_codes_on_standard_output() {
    let (code, out, _) = parts(&run(&["--help"]));
    assert_eq!(code, Some(0));
    for sub in ["validate", "scorecard", "spreadsheet", "export"] {
        assert!(
            out.lines().any(|l| l.starts_with(&format!("  {sub} "))),
            "{sub} is not listed:\n{out}"
        );
    }
    assert!(out.contains("exit codes: 0 ok, 1 invalid input"), "{out}");
    let (code, out, _) = parts(&run(&["validate", "--help"]));
    assert_eq!(code, Some(0));
    assert!(out.contains("progress-report, joint-operation"), "{out}");
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &[][..],
        &["bogus"],
        &["validate"],
        &["scorecard", "--generate", "many"],
        &[
            "scorecard",
            "data/sample/progress-reports.jsonl",
            "--seed",
            "3",
        ],
        &[
            "scorecard",
            "--generate",
            "5",
            "data/sample/progress-reports.jsonl",
        ],
        &["spreadsheet"],
        &["spreadsheet", "read", "x.xlsx", "--lang", "es"],
        &["export", "--format=skos"],
        &["man", "bogus"],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "eu-clasi {args:?}");
    }
}

#[test]
fn validate_reads_the_type_from_schema_and_reports_every_problem_with_its_kind() {
    let (code, _, err) = parts(&run(&[
        "validate",
        "data/declaration.json",
        "data/vocabulary.json",
    ]));
    assert_eq!(code, Some(0), "{err}");
    assert!(err.starts_with("2 valid, 0 invalid ("), "{err}");

    let input = b"{\"start\":\"2026\",\"end\":\"2025\"}\nnot json\n{\"start\":\"2026\"}\n";
    let (code, out, _) = parts(&eu_clasi(&["validate", "--type=Period", "-"], input));
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("-:1: (root): rule period-ordered: "),
        "{out}"
    );
    assert!(lines[1].starts_with("-:2: (root): syntax: "), "{out}");
    assert!(
        lines[2].starts_with("-:3: (root): schema: missing field"),
        "{out}"
    );

    let (code, out, _) = parts(&run(&[
        "validate",
        "--type",
        "progress_report",
        "--format=json",
        "data/sample/progress-reports.jsonl",
    ]));
    assert_eq!(code, Some(0));
    let first: serde_json::Value =
        serde_json::from_str(out.lines().next().unwrap_or_default()).expect("a JSON line");
    assert_eq!(first["valid"], true);
    assert_eq!(first["line"], 1);
}

#[test]
fn validate_says_what_to_do_without_a_type_or_with_a_bad_format() {
    let (code, _, err) = parts(&run(&["validate", "data/sample/progress-reports.jsonl"]));
    assert_eq!(code, Some(2));
    assert!(
        err.contains("names no \"$schema\"") && err.contains("; give --type"),
        "{err}"
    );
    let (code, _, err) = parts(&run(&[
        "validate",
        "--format",
        "yaml",
        "data/declaration.json",
    ]));
    assert_eq!(code, Some(2));
    assert!(err.contains("human or json, not \"yaml\""), "{err}");
    assert!(!err.contains("Some("), "{err}");
}

#[test]
fn generated_reports_are_deterministic_and_score_from_standard_input() {
    let generated = run(&["scorecard", "--generate=50", "--seed=7"]);
    assert_eq!(generated.status.code(), Some(0));
    assert_eq!(generated.stdout.iter().filter(|&&b| b == b'\n').count(), 50);
    assert_eq!(
        run(&["scorecard", "--generate", "50", "--seed", "7"]).stdout,
        generated.stdout
    );
    let (code, card, err) = parts(&eu_clasi(
        &["scorecard", "-", "--lang", "es"],
        &generated.stdout,
    ));
    assert_eq!(code, Some(0), "{err}");
    assert!(card.contains("Pilar 1"), "{card}");
    let actions = card
        .lines()
        .filter(|l| {
            let mut cells = l.split('|').map(str::trim).skip(1);
            cells
                .next()
                .and_then(|id| id.split_once('.'))
                .is_some_and(|(pillar, rest)| {
                    ["1", "2", "3", "4"].contains(&pillar)
                        && !rest.is_empty()
                        && rest.chars().all(|c| "ivx".contains(c))
                })
        })
        .count();
    assert_eq!(actions, 17, "{card}");
}

#[test]
fn invalid_lines_are_left_out_of_the_scorecard_with_exit_1() {
    let sample = std::fs::read_to_string(repo("data/sample/progress-reports.jsonl"))
        .expect("the shipped sample");
    let first = sample.lines().next().unwrap_or_default();
    let input = format!("{first}\n{{\"id\": 1}}\nnot json\n");
    let (code, card, err) = parts(&eu_clasi(&["scorecard", "-"], input.as_bytes()));
    assert_eq!(code, Some(1));
    assert!(
        card.starts_with("# "),
        "the scorecard is still printed: {card}"
    );
    assert!(err.contains("-:2: /id: schema: "), "{err}");
    assert!(err.contains("-:3: (root): syntax: "), "{err}");
}

#[test]
fn write_sample_writes_the_shipped_sample_byte_for_byte() {
    let dir = scratch("sample");
    let path = dir.join("nested/sample.jsonl");
    let path_text = path.to_string_lossy().into_owned();
    let (code, _, err) = parts(&run(&["scorecard", "--write-sample", &path_text]));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("the written sample"),
        std::fs::read(repo("data/sample/progress-reports.jsonl")).expect("the shipped sample")
    );
    assert!(partial_files(&dir.join("nested")).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_svg_chart_is_written_whole_and_a_device_is_written_in_place() {
    let dir = scratch("svg");
    let svg = dir.join("card.svg");
    let svg_text = svg.to_string_lossy().into_owned();
    let args = [
        "scorecard",
        "data/sample/progress-reports.jsonl",
        "--svg",
        &svg_text,
    ];
    assert_eq!(run(&args).status.code(), Some(0));
    let chart = std::fs::read_to_string(&svg).expect("the chart");
    assert!(chart.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(partial_files(&dir).is_empty());
    // /dev/null is written to, never replaced by a renamed file.
    let (code, _, err) = parts(&run(&[
        "scorecard",
        "data/sample/progress-reports.jsonl",
        "--svg=/dev/null",
    ]));
    assert_eq!(code, Some(0), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = std::fs::metadata("/dev/null")
            .expect("/dev/null")
            .file_type();
        assert!(kind.is_char_device());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn spreadsheet_template_read_and_csv_tables() {
    let dir = scratch("sheets");
    let xlsx = dir.join("es.xlsx").to_string_lossy().into_owned();
    let (code, _, err) = parts(&run(&["spreadsheet", "template", "--lang=es", &xlsx]));
    assert_eq!(code, Some(0), "{err}");
    assert!(
        std::fs::read(&xlsx)
            .expect("the template")
            .starts_with(b"PK")
    );
    let (code, reports, err) = parts(&run(&["spreadsheet", "read", &xlsx]));
    assert_eq!((code, reports.as_str()), (Some(0), ""), "{err}");

    let tables = dir.join("tables").to_string_lossy().into_owned();
    let csv = [
        "spreadsheet",
        "csv",
        "data/sample/progress-reports.jsonl",
        &tables,
    ];
    let (code, _, err) = parts(&run(&csv));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(std::fs::read_dir(&tables).expect("the tables").count(), 9);
    assert!(err.contains("reports.csv: "), "{err}");
    // Not empty now: nothing is overwritten.
    assert_eq!(run(&csv).status.code(), Some(2));
    // The sample's reports carry extensions, which the template cannot hold: refused, not cut.
    let cut = dir.join("cut.xlsx");
    let cut_text = cut.to_string_lossy().into_owned();
    let refused = [
        "spreadsheet",
        "template",
        "--reports",
        "data/sample/progress-reports.jsonl",
        &cut_text,
    ];
    assert_eq!(run(&refused).status.code(), Some(2));
    assert!(!cut.exists());
    assert!(partial_files(&dir).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_writes_the_shipped_files_and_refuses_what_it_cannot_write() {
    let dir = scratch("export");
    let ttl = dir.join("eu-clasi.ttl").to_string_lossy().into_owned();
    let (code, _, err) = parts(&run(&[
        "export",
        "--format=SKOS_Turtle",
        &format!("--output={ttl}"),
    ]));
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        std::fs::read(&ttl).expect("the Turtle file"),
        std::fs::read(repo("exports/skos/eu-clasi.ttl")).expect("the shipped Turtle file")
    );
    let jsonld = run(&["export", "--format", "skos-jsonld", "--output", "-"]);
    assert_eq!(jsonld.status.code(), Some(0));
    assert_eq!(
        jsonld.stdout,
        std::fs::read(repo("exports/skos/eu-clasi.jsonld")).expect("the shipped JSON-LD")
    );
    let misp = dir.join("misp").to_string_lossy().into_owned();
    let galaxies = ["export", "--format=misp-galaxies", "--output", &misp];
    assert_eq!(run(&galaxies).status.code(), Some(0));
    assert!(Path::new(&misp).join("galaxies").is_dir());
    assert_eq!(run(&galaxies).status.code(), Some(2), "not empty");
    let taxonomy = ["export", "--format=misp-taxonomy", "--output=-"];
    assert_eq!(run(&taxonomy).status.code(), Some(2), "several files");
    let missing = [
        "export",
        "--format=skos-turtle",
        "--output=/nonexistent/dir/x.ttl",
    ];
    assert_eq!(run(&missing).status.code(), Some(2));
    assert!(partial_files(&dir).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn completions_and_man_pages_come_from_the_command_line() {
    let (code, script, _) = parts(&run(&["completions", "bash"]));
    assert_eq!(code, Some(0));
    for word in [
        "validate",
        "scorecard",
        "spreadsheet",
        "export",
        "--write-sample",
    ] {
        assert!(script.contains(word), "no {word} in the bash completions");
    }
    let (code, page, _) = parts(&run(&["man"]));
    assert_eq!(code, Some(0));
    assert!(
        page.lines().any(|l| l.starts_with(".TH eu-clasi ")),
        "{page}"
    );
    let (code, page, _) = parts(&run(&["man", "spreadsheet", "template"]));
    assert_eq!(code, Some(0));
    assert!(
        page.lines()
            .any(|l| l.starts_with(".TH eu-clasi-spreadsheet-template ")),
        "{page}"
    );
    assert!(page.contains("exit codes"), "{page}");
}
