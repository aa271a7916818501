//! A register under the default policy, at a fixed date.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    common::answer(ops::check_register(common::checker(), s, "2026-12-01", Lang::En));
});
