//! Messages as people read them: one check in both languages, issue
//! numbers and dates written right at both ends of their range.

use super::*;

#[test]
fn one_check_renders_in_both_languages() {
    let mut d = clean();
    d.signatures.approved.as_mut().unwrap().position = Some("Chuyên viên".into());
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(report.rule_ids(), ["DOC-007"]);
    let vi = crate::interchange::to_json_in(&report, Lang::Vi).unwrap();
    let en = crate::interchange::to_json_in(&report, Lang::En).unwrap();
    assert!(
        vi.contains(
            "Chức vụ “Chuyên viên” không có trong danh sách chức vụ có thẩm quyền phê duyệt"
        ),
        "{vi}"
    );
    assert!(en.contains("Position “Chuyên viên” is not among the positions"), "{en}");
    // Only the messages differ: the same findings, pointers and totals.
    let strip = |s: &str| {
        s.split("\"message\":")
            .map(|p| p.split_once(",\"pointer\"").map_or(p, |x| x.1).to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&vi), strip(&en));
}

#[test]
fn issue_and_date_messages_read_right_at_both_ends() {
    // DOC-003 fires for issue 0 and for an issue above the maximum: the
    // message states the whole range.
    let checker = Checker::new(policy()).unwrap();
    assert_eq!(crate::documents::MAX_ISSUE, 999, "the DOC-003 message says 999");
    for issue in [0, 1000] {
        let mut d = clean();
        d.issue = issue;
        let r = checker.check_document(&d, as_of());
        let f = r.findings.iter().find(|f| f.rule_id() == "DOC-003").expect("DOC-003");
        assert_eq!(
            f.message(Lang::Vi),
            format!("Lần ban hành phải từ 1 đến 999 (đang ghi {issue}).")
        );
        assert_eq!(
            f.message(Lang::En),
            format!("The issue number must be from 1 to 999 (it is {issue}).")
        );
    }
    // DOC-008 writes the date as every other message does: dd/mm/yyyy.
    let mut d = clean();
    d.last_review = Some(day(1900, 4, 10));
    let r = checker.check_document(&d, as_of());
    let f = r.findings.iter().find(|f| f.rule_id() == "DOC-008").expect("DOC-008");
    assert_eq!(
        f.message(Lang::Vi),
        "Ngày 10/04/1900 không hợp lý (ngoài khoảng năm 1945–2100); đề nghị kiểm tra lại."
    );
}

/// DOC-035 names the units as they are: steps in calendar days against a
/// limit in working days, or steps in working time against a limit in
/// calendar days.
#[test]
fn steps_and_a_limit_in_different_units_say_which() {
    let checker = Checker::new(policy()).unwrap();
    let mut d = clean();
    d.steps.as_mut().unwrap()[1].duration =
        Some(Duration { value: 3.0, unit: DurationUnit::CalendarDays });
    let report = checker.check_document(&d, as_of());
    assert_eq!(
        report.findings[0].message(Lang::Vi),
        "Có 1 bước tính theo ngày (theo lịch), không cộng dồn được với thời hạn giải quyết \
         tính theo ngày, giờ làm việc; cần kiểm tra thủ công."
    );
    let mut d = clean();
    d.statutory_limit = Some(Duration { value: 45.0, unit: DurationUnit::CalendarDays });
    let report = checker.check_document(&d, as_of());
    let f = report.findings.iter().find(|f| f.rule_id() == "DOC-035").unwrap();
    assert!(
        f.message(Lang::En).contains("step(s) in working days or hours, which cannot be added to a time limit in calendar days"),
        "{}",
        f.message(Lang::En)
    );
}
