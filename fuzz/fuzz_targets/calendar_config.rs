//! A calendar configuration, then a due date and a year through it.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    match ops::calendar(Some(s)) {
        Ok(cal) => {
            let due = r#"{"kind":"due","received":"2026-02-12T16:10","limit":{"value":5,"unit":"workingDays"}}"#;
            common::answer(ops::calendar_query(&cal, due, Lang::Vi));
            common::answer(ops::calendar_query(&cal, r#"{"kind":"year","year":2027}"#, Lang::En));
        }
        Err(e) => common::answer(Err(e)),
    }
});
