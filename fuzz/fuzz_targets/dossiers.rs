//! A dossier batch on the default calendar.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    let cal = ops::calendar(None).expect("the default calendar");
    common::answer(ops::track_dossiers(&cal, s, Lang::Vi));
});
