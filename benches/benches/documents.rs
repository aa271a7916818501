//! Document-control benchmarks, reported as ratios against their targets
//! (figures recorded in benches/README.md):
//!
//! 1. one typical document (15 steps) from JSON text: parse + validate
//!    time ≤ 1.3 × parse-only time; the same for every realistic document
//!    (the examples and the test corpus), and writing the report as JSON
//!    ≤ 0.3 × parse;
//! 2. registers of 1k, 10k and 100k documents: time per document flat
//!    within 1.2× from 1k to 100k;
//! 3. peak memory of checking a register ≤ 3 × its JSON size (measured in a
//!    child process, so the generator's memory does not count).
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use iso9001::documents::{Checker, ProcedureDocument};
use iso9001::interchange::{from_json, InputLimits};

/// The date the benchmark checks for.
fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}
use iso9001_benches::{document, median, peak_rss, register, rss, POLICY};

fn verdict(ok: bool) -> &'static str {
    if ok {
        "meets target"
    } else {
        "MISSES target"
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(pos) = args.iter().position(|a| a == "--measure-memory") {
        measure_memory(&args[pos + 1]);
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    let checker = Checker::from_policy_json(POLICY).unwrap();

    // 1. One document.
    let text = serde_json::to_string(&document(7, 15)).unwrap();
    let runs = if quick { 200 } else { 5000 };
    let parse =
        median(runs, || from_json::<ProcedureDocument>(&text, InputLimits::default()).unwrap());
    let validate = median(runs, || checker.check_document_json(&text, as_of()).unwrap());
    let ratio = validate.as_secs_f64() / parse.as_secs_f64();
    println!(
        "document ({} bytes, 15 steps): parse {parse:?}, parse+validate {validate:?}",
        text.len()
    );
    println!("  ratio validate/parse = {ratio:.2} (target <= 1.30): {}", verdict(ratio <= 1.3));

    // 1b. Realistic documents: the examples and the test corpus (documents
    // with findings cost more than the generated one).
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut files: Vec<std::path::PathBuf> = ["examples/documents", "tests/corpus/documents"]
        .iter()
        .flat_map(|d| std::fs::read_dir(format!("{root}/{d}")).unwrap().flatten().map(|e| e.path()))
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.ends_with(".json")
                && !n.ends_with(".expected.json")
                && !n.starts_with("policy")
                && !n.starts_with("register")
        })
        .collect();
    files.sort();
    let (mut checks, mut jsons) = (Vec::new(), Vec::new());
    let runs = if quick { 100 } else { 1000 };
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        if from_json::<ProcedureDocument>(&text, InputLimits::default()).is_err() {
            continue; // a case about a malformed document
        }
        let parse =
            median(runs, || from_json::<ProcedureDocument>(&text, InputLimits::default()).unwrap());
        let check = median(runs, || checker.check_document_json(&text, as_of()).unwrap());
        let report = checker.check_document_json(&text, as_of()).unwrap();
        let json = median(runs, || iso9001::interchange::to_json_in(&report, iso9001::Lang::Vi));
        let (c, j) =
            (check.as_secs_f64() / parse.as_secs_f64(), json.as_secs_f64() / parse.as_secs_f64());
        checks.push(c);
        jsons.push(j);
        println!(
            "  {:<58} parse {parse:>9.1?}  check/parse {c:.2}  json/parse {j:.2}  ({} findings)",
            f.file_name().unwrap().to_string_lossy(),
            report.findings.len()
        );
    }
    let mid = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[v.len() - 1])
    };
    let ((cm, cw), (jm, jw)) = (mid(&mut checks), mid(&mut jsons));
    println!(
        "  realistic documents ({}): check/parse median {cm:.2}, worst {cw:.2} (target <= 1.30): {}",
        checks.len(),
        verdict(cw <= 1.3)
    );
    println!(
        "  report to JSON / parse: median {jm:.2}, worst {jw:.2} (target <= 0.30): {}",
        verdict(jw <= 0.3)
    );

    // 2. Registers: time per document.
    let sizes: &[usize] = if quick { &[1_000, 10_000] } else { &[1_000, 10_000, 100_000] };
    let mut per_doc = Vec::new();
    for &n in sizes {
        let json = serde_json::to_string(&register(n)).unwrap();
        let reps = if n >= 100_000 { 3 } else { 7 };
        let t = median(reps, || checker.check_register_json(&json, as_of()).unwrap());
        let each = t.as_secs_f64() / n as f64;
        per_doc.push(each);
        println!(
            "register {n:>6} documents ({:>5.1} MB): {t:?} total, {:.2} µs per document",
            json.len() as f64 / 1e6,
            each * 1e6
        );
    }
    let flat = per_doc.iter().cloned().fold(0.0, f64::max)
        / per_doc.iter().cloned().fold(f64::INFINITY, f64::min);
    println!(
        "  ratio max/min time per document = {flat:.2} (target <= 1.20): {}",
        verdict(flat <= 1.2)
    );

    // 3. Memory, in a child process per size.
    let dir = std::env::temp_dir().join(format!("iso9001-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for &n in sizes {
        let path = dir.join(format!("register-{n}.json"));
        std::fs::write(&path, serde_json::to_string(&register(n)).unwrap()).unwrap();
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--measure-memory", path.to_str().unwrap()])
            .output()
            .expect("child runs");
        print!("{}", String::from_utf8_lossy(&out.stdout));
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Child process: read the register, then parse and check it (as the C,
/// wasm and CLI surfaces do, streaming), and report the peak memory added
/// on top of the input text, relative to its size.
fn measure_memory(path: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let base = rss().unwrap_or(0);
    let checker = Checker::from_policy_json(POLICY).unwrap();
    let report = checker.check_register_json(&text, as_of()).unwrap();
    let peak = peak_rss().unwrap_or(0);
    let extra = peak.saturating_sub(base) as f64;
    let ratio = (extra + text.len() as f64) / text.len() as f64;
    println!(
        "memory {:>6} documents: input {:.1} MB, peak with input {:.1} MB, {} findings; ratio peak/input = {ratio:.2} (target <= 3.00): {}",
        report.stats.documents,
        text.len() as f64 / 1e6,
        (extra + text.len() as f64) / 1e6,
        report.findings.len(),
        verdict(ratio <= 3.0)
    );
}
