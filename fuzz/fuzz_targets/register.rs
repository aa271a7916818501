//! A register under the default policy, at a fixed date.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    let checker = ops::checker(None).expect("the default policy");
    let as_of = ops::as_of("2026-12-01").expect("a date");
    common::answer(ops::check_register(&checker, s, as_of, Lang::En));
});
