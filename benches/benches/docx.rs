//! Word-import benchmarks, reported as ratios against their targets
//! (figures recorded in benches/README.md):
//!
//! 1. a 30-page procedure (`benches/inputs/procedure-30-pages.docx`,
//!    about 17,000 words, 60 steps) imports in at most 20 ms;
//! 2. peak heap while importing it ≤ 10 × the file's size (counted by
//!    dhat's allocator, so the figure is exact and not blurred by pages);
//! 3. the same two figures for every file of the test corpus.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use iso9001::docx::{import_docx, ImportOptions};
use iso9001_benches::median;

// dhat's allocator counts every byte (its profiler off, it only forwards to
// the system allocator), so the peak is exact and not blurred by pages.
#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Peak heap of the allocations `f` makes while it runs, in bytes.
fn peak_of(f: impl FnOnce()) -> usize {
    let _profiler = dhat::Profiler::builder().testing().build();
    f();
    dhat::HeapStats::get().max_bytes
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "meets target"
    } else {
        "MISSES target"
    }
}

fn measure(name: &str, bytes: &[u8], runs: usize) -> (f64, f64) {
    let options = ImportOptions::default();
    let t = median(runs, || import_docx(bytes, &options));
    let peak = peak_of(|| drop(std::hint::black_box(import_docx(bytes, &options))));
    let ratio = peak as f64 / bytes.len() as f64;
    println!(
        "{name}: {} KB, import {:.2} ms, peak heap {} KB = {ratio:.1} × the file",
        bytes.len() / 1024,
        t.as_secs_f64() * 1e3,
        peak / 1024
    );
    (t.as_secs_f64() * 1e3, ratio)
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    if let Some(path) = std::env::args().skip_while(|a| a != "--dhat").nth(1) {
        // A heap profile of one import (dhat-heap.json, for dh_view.html).
        let bytes = std::fs::read(path).unwrap();
        let _profiler = dhat::Profiler::new_heap();
        drop(import_docx(&bytes, &ImportOptions::default()));
        return;
    }
    let big = std::fs::read(format!("{root}/benches/inputs/procedure-30-pages.docx")).unwrap();
    let (ms, ratio) = measure("procedure-30-pages.docx", &big, 50);
    println!("  import time = {ms:.2} ms (target <= 20 ms): {}", verdict(ms <= 20.0));
    println!("  peak heap / file = {ratio:.1} (target <= 10): {}", verdict(ratio <= 10.0));
    let mut files: Vec<_> = std::fs::read_dir(format!("{root}/tests/corpus/docx"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx" || e == "doc"))
        .collect();
    files.sort();
    let mut worst: f64 = 0.0;
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let (_, r) = measure(&f.file_name().unwrap().to_string_lossy(), &bytes, 20);
        worst = worst.max(r);
    }
    println!(
        "  corpus: worst peak heap / file = {worst:.1} (target <= 10): {}",
        verdict(worst <= 10.0)
    );
}
