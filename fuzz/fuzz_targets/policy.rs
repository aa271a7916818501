//! A policy, then a real procedure checked under it.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};

const DOC: &str = include_str!("../../examples/documents/qt-dang-ky-khai-sinh.json");

fuzz_target!(|data: &[u8]| {
    let Some(s) = common::text(data) else { return };
    match ops::checker(Some(s)) {
        Ok(checker) => {
            common::answer(ops::check_document(&checker, DOC, "2026-12-01", Lang::Vi));
        }
        Err(e) => common::answer(Err(e)),
    }
});
