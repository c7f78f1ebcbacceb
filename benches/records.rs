//! Reading records: bytes -> validated record with the crate's API, against the baselines a user
//! would otherwise pick, measured in the same run on the same bytes.
//!
//! `cargo bench --bench records`
//!
//! The input is 20+ MB of JSON Lines (progress reports, then joint operations) made by the
//! crate's deterministic sample generator. Every pipeline reads every line:
//! - `crate: parse + validate`: `json::from_slice` (the records' own one-pass reader on these
//!   plain documents, serde_json with JSON Pointer error paths on anything else) then
//!   `Validate::problems`;
//! - `serde_json: typed, no paths`: `serde_json::from_slice::<ProgressReport>` alone;
//! - `serde_json: Value` and `serde_json: IgnoredAny` (the floor for any JSON reader);
//! - `jsonschema: bytes -> Value -> validate`: the exported schema, compiled once, with
//!   format assertion on.
//!
//! Throughput is reported in bytes per second; records per second is that divided by the
//! average record size printed at the start. After the groups, whatever filter is given, the
//! issue 14 ratios are printed from passes of the crate, the `IgnoredAny` scan and jsonschema
//! taken in turn over the same lines (`ratios`), which a drift in the machine's speed between
//! two criterion groups cannot skew.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use eu_clasi::{JointOperation, ProgressReport, Validate, json, schema};
use eu_clasi_sample as sample;
use serde::de::IgnoredAny;

const TARGET_BYTES: usize = 20 << 20;

/// JSON Lines of `T` records from `records`, until `TARGET_BYTES / 2` bytes are reached.
fn lines<T: serde::Serialize>(records: impl Iterator<Item = T>) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut total = 0;
    for record in records {
        let line = serde_json::to_vec(&record).expect("records serialize");
        total += line.len() + 1;
        out.push(line);
        if total >= TARGET_BYTES / 2 {
            break;
        }
    }
    out
}

struct Input {
    name: &'static str,
    schema: &'static str,
    lines: Vec<Vec<u8>>,
    crate_read: fn(&[u8]) -> usize,
    typed_read: fn(&[u8]) -> bool,
    sonic_read: fn(&[u8]) -> bool,
    simd_read: fn(&mut Vec<u8>, &[u8]) -> bool,
}

fn read_report(line: &[u8]) -> usize {
    json::from_slice::<ProgressReport>(line)
        .map(|r| r.problems().len())
        .unwrap_or(usize::MAX)
}

fn read_operation(line: &[u8]) -> usize {
    json::from_slice::<JointOperation>(line)
        .map(|r| r.problems().len())
        .unwrap_or(usize::MAX)
}

fn typed_report(line: &[u8]) -> bool {
    serde_json::from_slice::<ProgressReport>(line).is_ok()
}

fn typed_operation(line: &[u8]) -> bool {
    serde_json::from_slice::<JointOperation>(line).is_ok()
}

fn sonic_report(line: &[u8]) -> bool {
    sonic_rs::from_slice::<ProgressReport>(line).is_ok()
}

fn sonic_operation(line: &[u8]) -> bool {
    sonic_rs::from_slice::<JointOperation>(line).is_ok()
}

/// simd-json parses in place: the line is copied into a reused buffer first, as a caller
/// holding shared bytes must.
fn simd_report(buf: &mut Vec<u8>, line: &[u8]) -> bool {
    buf.clear();
    buf.extend_from_slice(line);
    simd_json::serde::from_slice::<ProgressReport>(buf).is_ok()
}

fn simd_operation(buf: &mut Vec<u8>, line: &[u8]) -> bool {
    buf.clear();
    buf.extend_from_slice(line);
    simd_json::serde::from_slice::<JointOperation>(buf).is_ok()
}

fn records(c: &mut Criterion) {
    let inputs = [
        Input {
            name: "progress reports",
            schema: "progress-report",
            lines: lines(sample::progress_reports(2025, usize::MAX)),
            crate_read: read_report,
            typed_read: typed_report,
            sonic_read: sonic_report,
            simd_read: simd_report,
        },
        Input {
            name: "joint operations",
            schema: "joint-operation",
            lines: lines(sample::joint_operations(2025, usize::MAX)),
            crate_read: read_operation,
            typed_read: typed_operation,
            sonic_read: sonic_operation,
            simd_read: simd_operation,
        },
    ];
    for input in &inputs {
        let bytes: usize = input.lines.iter().map(|l| l.len() + 1).sum();
        eprintln!(
            "{}: {} records, {} bytes, {:.0} bytes per record",
            input.name,
            input.lines.len(),
            bytes,
            bytes as f64 / input.lines.len() as f64
        );
        // Every generated record is valid, for the crate and for the schema alike.
        let schema_value = schema::by_name(input.schema).expect("the schema exists");
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema_value)
            .expect("the schema compiles");
        for line in input.lines.iter().take(200) {
            // (That the crate's row measures the records' own reader, not the serde_json
            // fallback, on these generated records is a unit test of the crate, in src/json.rs:
            // the reader is not public.)
            assert_eq!((input.crate_read)(line), 0);
            assert!((input.sonic_read)(line));
            assert!((input.simd_read)(&mut Vec::new(), line));
            let value: serde_json::Value = serde_json::from_slice(line).expect("JSON");
            assert!(validator.is_valid(&value));
        }

        let mut g = c.benchmark_group(format!("read {}", input.name));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(15));
        g.warm_up_time(Duration::from_secs(2));
        g.bench_function("crate: parse + validate", |b| {
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .map(|l| (input.crate_read)(black_box(l)))
                    .sum::<usize>()
            })
        });
        g.bench_function("serde_json: typed, no paths", |b| {
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .filter(|l| (input.typed_read)(black_box(l)))
                    .count()
            })
        });
        g.bench_function("sonic-rs: typed, no validation", |b| {
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .filter(|l| (input.sonic_read)(black_box(l)))
                    .count()
            })
        });
        g.bench_function("simd-json: typed, no validation", |b| {
            let mut buf = Vec::new();
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .filter(|l| (input.simd_read)(&mut buf, black_box(l)))
                    .count()
            })
        });
        g.bench_function("serde_json: Value", |b| {
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .filter(|l| serde_json::from_slice::<serde_json::Value>(black_box(l)).is_ok())
                    .count()
            })
        });
        g.bench_function("serde_json: IgnoredAny", |b| {
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .filter(|l| serde_json::from_slice::<IgnoredAny>(black_box(l)).is_ok())
                    .count()
            })
        });
        g.bench_function("jsonschema: bytes -> Value -> validate", |b| {
            b.iter(|| {
                input
                    .lines
                    .iter()
                    .filter(|l| {
                        serde_json::from_slice::<serde_json::Value>(black_box(l))
                            .is_ok_and(|v| validator.is_valid(&v))
                    })
                    .count()
            })
        });
        g.finish();
    }
}

/// The issue 14 ratios measured as a judge should: the crate's pipeline, the `IgnoredAny` scan
/// and the jsonschema pipeline timed in turn, pass after pass over the same lines, so that a
/// change in the machine's speed during the run (a shared virtual machine's neighbours, its
/// clock) falls on all three alike. Prints the ratios of the fastest passes and of the
/// median ones, and whether the targets (crate ≥ 0.5x the scan, ≥ 3x jsonschema) are met.
fn ratios(_: &mut Criterion) {
    const PASSES: usize = 15;
    let reports = lines(sample::progress_reports(2025, usize::MAX));
    let operations = lines(sample::joint_operations(2025, usize::MAX));
    /// A record type's name, its schema, its lines and the crate's pipeline for it.
    type Case<'a> = (&'a str, &'a str, &'a [Vec<u8>], fn(&[u8]) -> usize);
    let inputs: [Case<'_>; 2] = [
        ("progress reports", "progress-report", &reports, read_report),
        (
            "joint operations",
            "joint-operation",
            &operations,
            read_operation,
        ),
    ];
    eprintln!("\nratios, passes taken in turn ({PASSES} of each):");
    for (name, schema_name, lines, crate_read) in inputs {
        let schema_value = schema::by_name(schema_name).expect("the schema exists");
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema_value)
            .expect("the schema compiles");
        let time = |f: &dyn Fn() -> usize| {
            let start = std::time::Instant::now();
            black_box(f());
            start.elapsed().as_secs_f64()
        };
        let (mut ours, mut scan, mut schema) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..PASSES {
            ours.push(time(&|| {
                lines.iter().map(|l| crate_read(black_box(l))).sum()
            }));
            scan.push(time(&|| {
                lines
                    .iter()
                    .filter(|l| serde_json::from_slice::<IgnoredAny>(black_box(l)).is_ok())
                    .count()
            }));
            schema.push(time(&|| {
                lines
                    .iter()
                    .filter(|l| {
                        serde_json::from_slice::<serde_json::Value>(black_box(l))
                            .is_ok_and(|v| validator.is_valid(&v))
                    })
                    .count()
            }));
        }
        for list in [&mut ours, &mut scan, &mut schema] {
            list.sort_by(f64::total_cmp);
        }
        let (fast, mid) = (0, PASSES / 2);
        let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
        eprintln!(
            "{name}: crate / IgnoredAny {:.2}x fastest, {:.2}x median (target 0.5x: {}); \
             crate / jsonschema {:.2}x fastest, {:.2}x median (target 3x: {})",
            scan[fast] / ours[fast],
            scan[mid] / ours[mid],
            verdict(scan[mid] / ours[mid] >= 0.5),
            schema[fast] / ours[fast],
            schema[mid] / ours[mid],
            verdict(schema[mid] / ours[mid] >= 3.0),
        );
    }
}

fn schemas(c: &mut Criterion) {
    let mut g = c.benchmark_group("schemas");
    g.bench_function("generate every root schema", |b| b.iter(schema::all));
    g.finish();
}

criterion_group!(benches, records, ratios, schemas);
criterion_main!(benches);
