//! The Word reader: any bytes as a .docx file (damaged zips, zip bombs,
//! odd XML), seeded with the Word corpus.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::docx::{import_docx, ImportOptions};

fuzz_target!(|data: &[u8]| {
    // A small inflation cap keeps each run fast; bombs must still be refused.
    let options = ImportOptions { max_inflated: 4 * 1024 * 1024, ..ImportOptions::default() };
    common::answer(import_docx(data, &options).and_then(|i| iso9001::interchange::to_json(&i)));
});
