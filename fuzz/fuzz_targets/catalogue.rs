//! Clause, search, map, transition and document-number look-ups.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

const EDITIONS: [&str; 5] = ["2026", "2015", "2008", "2000", "1994"];

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    let pick = data.first().copied().unwrap_or(0) as usize;
    let (a, b) = (EDITIONS[pick % 5], EDITIONS[(pick / 5) % 5]);
    common::answer(ops::clause(s, Some(a), Lang::Vi));
    common::answer(ops::search(s, None, Lang::En));
    common::answer(ops::search("quy trinh", Some(s), Lang::Vi));
    common::answer(ops::map(s, a, b, Lang::Vi));
    common::answer(ops::transition(s, Lang::En));
    common::answer(ops::document_number(s, Lang::Vi));
});
