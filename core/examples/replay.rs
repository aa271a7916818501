//! Replays saved inputs (the fuzz corpora in `target/fuzz-run/corpus/`, or
//! any folder) through the `ops` entry points that C and wasm call, and
//! prints one line per input: the answer's hash, or the error's code, field
//! and message in both languages. Run it before and after a refactor and
//! diff the two files: an empty diff means no input changed its answer.
//!
//! ```sh
//! cargo run -q --release -p iso9001 --features docx --example replay -- target/fuzz-run/corpus > before.txt
//! ```
//!
//! Folders are named after the fuzz targets (`document`, `register`,
//! `policy`, `calendar_config`, `dossiers`, `audit`, `qms`, `catalogue`,
//! `docx`), plus `calendar_queries` for calendar queries as JSON.
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use iso9001::{ops, Error, Lang};

fn line(result: Result<String, Error>) -> String {
    match result {
        Ok(json) => {
            let mut h = DefaultHasher::new();
            json.hash(&mut h);
            format!("ok {:016x} {}", h.finish(), json.len())
        }
        Err(e) => format!(
            "err {} {:?} {:?} {:?}",
            e.code(),
            e.field(),
            e.message(Lang::Vi),
            e.message(Lang::En)
        ),
    }
}

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| "target/fuzz-run/corpus".into());
    let checker = ops::checker(None).expect("the default policy");
    let calendar = ops::calendar(None).expect("the default calendar");
    let doc = include_str!("../../examples/documents/qt-dang-ky-khai-sinh.json");
    let due =
        r#"{"kind":"due","received":"2026-02-12T16:10","limit":{"value":5,"unit":"workingDays"}}"#;
    let mut targets: Vec<_> = std::fs::read_dir(&root).expect("a folder").flatten().collect();
    targets.sort_by_key(|e| e.file_name());
    for target in targets {
        let name = target.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> =
            std::fs::read_dir(target.path()).expect("a folder").flatten().collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let Ok(bytes) = std::fs::read(f.path()) else { continue };
            let id = format!("{name}/{}", f.file_name().to_string_lossy());
            let text = std::str::from_utf8(&bytes).ok();
            let answers: Vec<String> = match (name.as_str(), text) {
                ("document", Some(s)) => {
                    vec![line(ops::check_document(&checker, s, "2026-12-01", Lang::Vi))]
                }
                ("register", Some(s)) => {
                    vec![line(ops::check_register(&checker, s, "2026-12-01", Lang::En))]
                }
                ("policy", Some(s)) => vec![match ops::checker(Some(s)) {
                    Ok(c) => line(ops::check_document(&c, doc, "2026-12-01", Lang::Vi)),
                    Err(e) => line(Err(e)),
                }],
                ("calendar_config", Some(s)) => match ops::calendar(Some(s)) {
                    Ok(c) => vec![line(ops::calendar_query(&c, due, Lang::Vi))],
                    Err(e) => vec![line(Err(e))],
                },
                ("calendar_queries", Some(s)) => {
                    vec![line(ops::calendar_query(&calendar, s, Lang::Vi))]
                }
                ("dossiers", Some(s)) => vec![line(ops::track_dossiers(&calendar, s, Lang::Vi))],
                ("audit", Some(s)) => vec![line(ops::audit(s, Lang::Vi))],
                ("qms", Some(s)) => vec![line(ops::qms(s, Lang::En))],
                ("catalogue", Some(s)) => vec![
                    line(ops::search("quy trinh", Some(s), Lang::Vi)),
                    line(ops::transition(s, Lang::En)),
                ],
                ("docx", _) => vec![line(ops::import_docx(&bytes))],
                _ => continue,
            };
            for a in answers {
                println!("{id} {a}");
            }
        }
    }
}
