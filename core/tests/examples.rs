//! The realistic examples in `examples/` give exactly the findings listed
//! in `examples/README.md`.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use iso9001::documents::Checker;
use iso9001::Lang;

fn path(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples").join(p)
}

fn read(p: &str) -> String {
    std::fs::read_to_string(path(p)).unwrap()
}

fn checker() -> Checker {
    Checker::from_policy_json(&read("policy.json")).unwrap()
}

/// The date the examples are checked for (the policy's `asOf`).
fn as_of() -> chrono::NaiveDate {
    checker().policy().as_of.unwrap()
}

fn rules_of_document(file: &str) -> Vec<&'static str> {
    let mut ids = checker().check_document_json(&read(file), as_of()).unwrap().rule_ids();
    ids.sort_unstable();
    ids
}

#[test]
fn clean_procedures_have_no_findings() {
    assert_eq!(rules_of_document("documents/qt-kiem-soat-tai-lieu.json"), Vec::<&str>::new());
    assert_eq!(rules_of_document("documents/qt-cap-phep-xay-dung.json"), Vec::<&str>::new());
}

#[test]
fn defective_procedures_have_their_findings() {
    assert_eq!(
        rules_of_document("documents/qt-dang-ky-khai-sinh.json"),
        ["DOC-023", "DOC-023", "DOC-033", "DOC-036", "DOC-037", "DOC-060", "DOC-071"]
    );
    assert_eq!(
        rules_of_document("documents/qt-xu-ly-van-ban-den.json"),
        ["DOC-005", "DOC-006", "DOC-020", "DOC-042", "DOC-050"]
    );
}

#[test]
fn register_has_its_findings() {
    let report = checker().check_register_json(&read("register/register.json"), as_of()).unwrap();
    let mut ids = report.rule_ids();
    ids.sort_unstable();
    // QT.QLXD.02 still cites Luật Xây dựng 50/2014/QH13, replaced on 01/07/2026.
    assert_eq!(ids, ["DOC-023", "REG-001", "REG-005", "REG-007"]);
    assert_eq!(report.stats.documents, 9);
}

#[test]
fn output_is_identical_in_order_and_bytes_across_runs() {
    let a = iso9001::interchange::to_json_in(
        &checker().check_register_json(&read("register/register.json"), as_of()).unwrap(),
        Lang::Vi,
    )
    .unwrap();
    let b = iso9001::interchange::to_json_in(
        &checker().check_register_json(&read("register/register.json"), as_of()).unwrap(),
        Lang::Vi,
    )
    .unwrap();
    assert_eq!(a, b);
}
