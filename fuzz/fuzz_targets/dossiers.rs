//! A dossier batch on the default calendar.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    common::answer(ops::track_dossiers(common::calendar(), s, Lang::Vi));
});
