//! The law in force on the day checked: replaced documents, their chains,
//! and the shipped list (well-formed, its Rust table current).

use super::*;

#[test]
fn a_replaced_citation_names_the_document_in_force_on_the_day() {
    // 15/2021/NĐ-CP → 175/2024/NĐ-CP (30/12/2024) → 217/2026/NĐ-CP
    // (01/07/2026), from the shipped list.
    let mut d = clean();
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: "15/2021/NĐ-CP".into(), ..Default::default() };
    let checker = Checker::new(policy()).unwrap();
    let named = |as_of| {
        let report = checker.check_document(&d, as_of);
        let f = report.findings.iter().find(|f| f.rule_id() == "DOC-023").expect("DOC-023");
        f.message(Lang::En)
    };
    assert!(named(day(2026, 6, 30)).contains("replaced by 175/2024/NĐ-CP"));
    assert!(named(day(2026, 7, 1)).contains("replaced by 217/2026/NĐ-CP"));
    // A loop in a policy's own list ends.
    let mut p = policy();
    p.replaced_documents.push(Replacement::new("1/2020/NĐ-CP", "2/2020/NĐ-CP"));
    p.replaced_documents.push(Replacement::new("2/2020/NĐ-CP", "01/2020/NĐ-CP"));
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: "01/2020/NĐ-CP".into(), ..Default::default() };
    let report = Checker::new(p).unwrap().check_document(&d, as_of());
    assert_eq!(report.rule_ids(), ["DOC-023"]);
}

#[test]
fn the_shipped_list_of_replaced_documents_is_well_formed() {
    // Read strictly here (the library falls back to an empty list rather
    // than fail a check): a typo in the data file fails this test.
    let text = include_str!("../../../data/replaced-documents.json");
    let list: Vec<Replacement> = crate::interchange::from_json(text, Default::default()).unwrap();
    let table: Vec<_> = shipped_replacements()
        .iter()
        .map(|r| (&r.number, &r.replaced_by, r.effective_from, r.confirmed))
        .collect();
    let data: Vec<_> =
        list.iter().map(|r| (&r.number, &r.replaced_by, r.effective_from, r.confirmed)).collect();
    assert_eq!(table, data, "the generated table holds the data file");
    let mut seen = std::collections::BTreeSet::new();
    for r in &list {
        for n in [&r.number, &r.replaced_by] {
            assert!(parse_document_number(n).is_ok(), "{n} is a well-formed number");
        }
        assert!(seen.insert(replacement_key(&r.number)), "{} listed twice", r.number);
        assert!(r.confirmed.is_some(), "{} says whether it is confirmed", r.number);
    }
    // Each entry's source, kept beside the data (not embedded in the library).
    let sources: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../data/replaced-documents.sources.json"))
            .unwrap();
    let sourced: std::collections::BTreeSet<String> = sources
        .iter()
        .filter(|s| s["source"].as_str().is_some_and(|t| !t.trim().is_empty()))
        .map(|s| replacement_key(s["number"].as_str().unwrap()))
        .collect();
    assert_eq!(sourced, seen, "one source per entry, no source without an entry");
    // Every chain ends: following replacedBy never comes back.
    for r in &list {
        let mut at = replacement_key(&r.replaced_by);
        for _ in 0..list.len() {
            assert_ne!(at, replacement_key(&r.number), "{} loops", r.number);
            match list.iter().find(|x| replacement_key(&x.number) == at) {
                Some(next) => at = replacement_key(&next.replaced_by),
                None => break,
            }
        }
    }
}

/// The Rust table of replaced documents, generated from the data file (the
/// library does not parse JSON for it at run time).
fn replaced_table_from_data() -> String {
    let text = include_str!("../../../data/replaced-documents.json");
    let list: Vec<Replacement> = crate::interchange::from_json(text, Default::default()).unwrap();
    let mut out = String::from(
        "//! Generated from `core/data/replaced-documents.json` by the test\n\
         //! `replaced_table_is_current`: do not edit. Regenerate with\n\
         //! `REGENERATE=1 cargo test -p iso9001 --lib replaced_table`.\n\n\
         /// One replacement: number, replaced by, in effect from (y, m, d),\n\
         /// confirmed.\n\
         pub(crate) type Entry = (&'static str, &'static str, Option<(i32, u32, u32)>, bool);\n\n\
         /// The replacements, in the order of the data file.\n\
         #[rustfmt::skip]\n\
         pub(crate) const SHIPPED: &[Entry] = &[\n",
    );
    for r in &list {
        use chrono::Datelike;
        let from = r.effective_from.map_or("None".to_owned(), |d| {
            format!("Some(({}, {}, {}))", d.year(), d.month(), d.day())
        });
        let confirmed = r.confirmed.unwrap_or(false);
        out.push_str(&format!("    ({:?}, {:?}, {from}, {confirmed}),\n", r.number, r.replaced_by));
    }
    out.push_str("];\n");
    out
}

#[test]
fn replaced_table_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/documents/replaced_data.rs");
    let fresh = replaced_table_from_data();
    if std::env::var_os("REGENERATE").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        stored == fresh,
        "the table of replaced documents is stale: run REGENERATE=1 cargo test -p iso9001 --lib replaced_table"
    );
}
