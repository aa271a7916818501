//! Records to keep: a retention period stated by a legal document, as
//! records tables write it ("Theo Thông tư số 10/2022/TT-BNV").

use super::*;

fn with_retention(document: &str) -> ProcedureDocument {
    let mut d = clean();
    let document = document.into();
    d.records.as_mut().unwrap()[0].retention = Some(Retention::Reference { document });
    d
}

#[test]
fn a_period_by_reference_is_advice_and_the_document_passes() {
    let report =
        Checker::new(policy()).unwrap().check_document(&with_retention("10/2022/TT-BNV"), as_of());
    assert!(report.passed());
    let f = &report.findings[0];
    assert_eq!((f.rule_id(), f.severity), ("DOC-043", Severity::Info));
    assert_eq!(
        f.message(Lang::Vi),
        "Hồ sơ “Hồ sơ cấp phép” ghi thời hạn lưu trữ theo văn bản 10/2022/TT-BNV: nên ghi rõ số năm \
         (hoặc “vĩnh viễn”) mà văn bản đó quy định cho loại hồ sơ này để người lưu áp dụng được."
    );
}

#[test]
fn a_replaced_document_sets_no_period_any_more() {
    let report =
        Checker::new(policy()).unwrap().check_document(&with_retention("09/2011/TT-BNV"), as_of());
    let f = &report.findings[0];
    assert_eq!((f.rule_id(), f.severity), ("DOC-044", Severity::Warning));
    assert!(f.message(Lang::En).contains("replaced by 10/2022/TT-BNV"), "{}", f.message(Lang::En));
    // Before the new circular took effect, the old one still set it.
    let before = Checker::new(policy())
        .unwrap()
        .check_document(&with_retention("09/2011/TT-BNV"), day(2023, 1, 10));
    assert!(before.findings.iter().all(|f| f.rule_id() != "DOC-044"));
}

#[test]
fn a_reference_without_a_document_is_no_period() {
    assert_eq!(
        findings(&with_retention("  ")),
        vec![("DOC-042", "/records/0/retention".to_owned())]
    );
}
