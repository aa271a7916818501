//! Times the `ops` calls that the wasm module exports, natively, for the
//! Node benchmark (`tests/js/bench.mjs`) to divide its wasm timings by:
//! the same requests, the same JSON in and out, the same method (median of
//! five rounds of at least 100 ms each).
//!
//! Input (argument): a JSON file of `[{"name", "op", "args": [...]}]`;
//! output (stdout): `{"name": nanoseconds per call, ...}`.
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use iso9001::{ops, Lang};
use serde_json::Value;

/// Nanoseconds per call: the median of five rounds of at least 100 ms.
fn time(mut f: impl FnMut()) -> f64 {
    f();
    let mut rounds = Vec::new();
    for _ in 0..5 {
        let (mut n, start) = (0u64, Instant::now());
        while start.elapsed() < Duration::from_millis(100) {
            f();
            n += 1;
        }
        #[allow(clippy::cast_precision_loss)] // counts far below 2^52
        rounds.push(start.elapsed().as_nanos() as f64 / n as f64);
    }
    rounds.sort_by(f64::total_cmp);
    rounds[2]
}

fn main() {
    let path = std::env::args().nth(1).expect("a file of cases");
    let cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("JSON");
    let checker = ops::checker(None).expect("the default policy");
    let calendar = ops::calendar(None).expect("the default calendar");
    let mut out = BTreeMap::new();
    for case in &cases {
        let name = case["name"].as_str().expect("a name").to_owned();
        let args: Vec<&str> = case["args"]
            .as_array()
            .expect("args")
            .iter()
            .map(|a| a.as_str().unwrap_or(""))
            .collect();
        let a = |i: usize| args.get(i).copied().unwrap_or("");
        let opt = |i: usize| Some(a(i)).filter(|s| !s.is_empty());
        let ns = match case["op"].as_str().expect("an op") {
            "clause" => time(|| drop(black_box(ops::clause(a(0), opt(1), Lang::Vi)))),
            "search" => time(|| drop(black_box(ops::search(a(0), opt(1), Lang::Vi)))),
            "map" => time(|| drop(black_box(ops::map(a(0), a(1), a(2), Lang::Vi)))),
            "checkDocument" => {
                time(|| drop(black_box(ops::check_document(&checker, a(0), a(1), Lang::Vi))))
            }
            "checkRegister" => {
                time(|| drop(black_box(ops::check_register(&checker, a(0), a(1), Lang::Vi))))
            }
            "calendarQuery" => {
                time(|| drop(black_box(ops::calendar_query(&calendar, a(0), Lang::Vi))))
            }
            "calendarBatch" => {
                time(|| drop(black_box(ops::calendar_batch(&calendar, a(0), Lang::Vi))))
            }
            "trackDossiers" => {
                time(|| drop(black_box(ops::track_dossiers(&calendar, a(0), Lang::Vi))))
            }
            "audit" => time(|| drop(black_box(ops::audit(a(0), Lang::Vi)))),
            "qms" => time(|| drop(black_box(ops::qms(a(0), Lang::Vi)))),
            "importDocx" => {
                let bytes = std::fs::read(a(0)).expect("a Word file");
                time(|| drop(black_box(ops::import_docx(&bytes))))
            }
            other => panic!("unknown op {other}"),
        };
        out.insert(name, ns);
    }
    println!("{}", serde_json::to_string(&out).expect("JSON"));
}
