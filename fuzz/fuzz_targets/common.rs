//! What every target asserts: an entry point of the C ABI never panics,
//! and an answer is valid JSON (an error is an answer too).

#![allow(dead_code)] // each target uses part of it

use std::sync::OnceLock;

use iso9001::calendar::WorkCalendar;
use iso9001::documents::Checker;
use iso9001::{ops, Error, Lang};

/// The default checker, built once per process (building it is not what
/// is fuzzed here).
pub fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| ops::checker(None).expect("the default policy"))
}

/// The default calendar, built once per process.
pub fn calendar() -> &'static WorkCalendar {
    static C: OnceLock<WorkCalendar> = OnceLock::new();
    C.get_or_init(|| ops::calendar(None).expect("the default calendar"))
}

/// The input as the C ABI sees it: bytes that must be UTF-8.
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// An answer must parse as JSON; an error must name its code and render
/// in both languages.
pub fn answer(result: Result<String, Error>) {
    match result {
        Ok(json) => {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&json) {
                panic!("answer is not JSON ({e}): {json}");
            }
        }
        Err(e) => {
            assert!(!e.code().is_empty());
            assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
        }
    }
}
