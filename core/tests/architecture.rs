//! The shape of `core/src`, kept as the redesign left it: no source file
//! grows past about 450 lines (data tables aside), and no two modules
//! import each other, so each folder can be read from its leaves up.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file may be.
const MAX_LINES: usize = 450;

/// Data, not logic: the clause trees (typed from the standards), the
/// generated search index and the generated Unicode composition table.
const DATA_TABLES: &[&str] =
    &["catalogue/data/", "catalogue/search/index_data.rs", "text/nfc_table.rs"];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file, as its path below `core/src` and its text.
fn files() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    sources(&root(), &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let rel =
                p.strip_prefix(root()).expect("below src").to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&p).expect("readable source");
            (rel, text)
        })
        .collect()
}

#[test]
fn no_source_file_is_over_about_450_lines() {
    let long: Vec<String> = files()
        .into_iter()
        .filter(|(rel, _)| !DATA_TABLES.iter().any(|d| rel.starts_with(d)))
        .filter_map(|(rel, text)| {
            let n = text.lines().count();
            (n > MAX_LINES).then(|| format!("{rel}: {n} lines"))
        })
        .collect();
    assert!(long.is_empty(), "split by what each part does:\n{}", long.join("\n"));
}

/// The module path of a file: `calendar/work.rs` → `calendar::work`,
/// `calendar/dossier/mod.rs` → `calendar::dossier`.
fn module_of(rel: &str) -> Vec<String> {
    let mut parts: Vec<String> =
        rel.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code a build of the library compiles: comments, tests and test
/// files left out (a test may use any module).
fn library_code(rel: &str, text: &str) -> Option<String> {
    if rel.contains("/tests/") || rel.ends_with("tests.rs") {
        return None;
    }
    let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or(text);
    Some(code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n"))
}

/// The modules a piece of code names through `crate::` and `super::`
/// paths, including the first segment of each item of a `{…}` group.
fn named_modules(module: &[String], code: &str) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
    };
    for (start, _) in code.match_indices("::") {
        // A path starts with `crate` or `super`, not preceded by `::`
        // (a second `super` is read below, with the first).
        let before = &code[..start];
        let head_start =
            before.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
        if before[..head_start].ends_with(':') {
            continue;
        }
        let mut path: Vec<String> = match &before[head_start..] {
            "crate" => Vec::new(),
            "super" => module[..module.len().saturating_sub(1)].to_vec(),
            _ => continue,
        };
        let mut rest = &code[start + 2..];
        while let Some(r) = rest.strip_prefix("super::") {
            path.pop();
            rest = r;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let first = ident(item.trim());
                if !first.is_empty() {
                    let mut p = path.clone();
                    p.push(first);
                    out.insert(p);
                }
            }
            continue;
        }
        loop {
            let seg = ident(rest);
            if seg.is_empty() {
                break;
            }
            path.push(seg.clone());
            match rest[seg.len()..].strip_prefix("::") {
                Some(r) => rest = r,
                None => break,
            }
        }
        out.insert(path);
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    // For each module, the sibling modules (same parent) it names.
    let mut uses: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    let mut modules = BTreeSet::new();
    for (rel, text) in files() {
        let module = module_of(&rel);
        modules.insert(module.clone());
        let Some(code) = library_code(&rel, &text) else { continue };
        for path in named_modules(&module, &code) {
            // Compare at every depth: `calendar::work` naming
            // `calendar::holidays::special_days` uses `calendar::holidays`.
            for depth in 1..=module.len().min(path.len()) {
                let (a, b) = (&module[..depth], &path[..depth]);
                if a != b && a[..depth - 1] == b[..depth - 1] {
                    uses.entry(a.to_vec()).or_default().insert(b.to_vec());
                }
            }
        }
    }
    let mut cycles = Vec::new();
    for (a, named) in &uses {
        for b in named {
            if a < b && modules.contains(b) && uses.get(b).is_some_and(|n| n.contains(a)) {
                cycles.push(format!("{} <-> {}", a.join("::"), b.join("::")));
            }
        }
    }
    assert!(cycles.is_empty(), "modules importing each other:\n{}", cycles.join("\n"));
}

#[test]
fn the_import_scan_sees_both_kinds_of_path() {
    let m = |s: &str| s.split("::").map(str::to_owned).collect::<Vec<_>>();
    let found = named_modules(
        &m("calendar::work"),
        "use super::holidays::{special_days, DayKind};\nuse super::{config::X, lunar};\nlet x = crate::text::fold(y);",
    );
    assert!(found.contains(&m("calendar::holidays")), "{found:?}");
    assert!(found.contains(&m("calendar::config")), "{found:?}");
    assert!(found.contains(&m("calendar::lunar")), "{found:?}");
    assert!(found.contains(&m("text::fold")), "{found:?}");
}
