//! Catalogue look-ups: by number (allocation-free), search, mapping.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};
use iso9001::catalogue::{self, SearchOptions};
use iso9001::Lang;
use std::hint::black_box;

fn lookups(c: &mut Criterion) {
    let e = catalogue::edition("2015").expect("edition");
    c.bench_function("clause_by_number", |b| b.iter(|| e.clause(black_box(" 7.5.3.2. "))));
    let opts = SearchOptions::default();
    c.bench_function("search_hoach_dinh_all_editions", |b| {
        b.iter(|| catalogue::search(black_box("hoach dinh"), &opts, Lang::Vi))
    });
    c.bench_function("map_2000_to_2015", |b| {
        b.iter(|| catalogue::map(black_box("8.5.3"), "2000", "2015", Lang::Vi))
    });
}

criterion_group!(benches, lookups);
criterion_main!(benches);
