//! Clause, search, map, transition and document-number look-ups; the first
//! byte chooses the look-up and the editions, the rest is the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

const EDITIONS: [&str; 5] = ["2026", "2015", "2008", "2000", "1994"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Some(s) = common::text(rest) else { return };
    let (a, b) = (EDITIONS[usize::from(pick / 6) % 5], EDITIONS[usize::from(pick / 30) % 5]);
    common::answer(match pick % 6 {
        0 => ops::clause(s, Some(a), Lang::Vi),
        1 => ops::search(s, None, Lang::En),
        2 => ops::search("quy trinh", Some(s), Lang::Vi),
        3 => ops::map(s, a, b, Lang::Vi),
        4 => ops::transition(s, Lang::En),
        _ => ops::document_number(s, Lang::Vi),
    });
});
