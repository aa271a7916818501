//! Tests of the document rules: every rule has a case that fires it (a
//! mutation of a clean document) and the clean document where it does not.

use super::*;
use crate::rules::{DocumentRef, Violation};
use crate::Lang;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The date the tests check for.
fn as_of() -> NaiveDate {
    day(2026, 11, 22)
}

fn policy() -> Policy {
    let mut required_sections = Policy::default().required_sections;
    required_sections.push(Section::Distribution);
    Policy {
        required_sections,
        code_patterns: vec!["QT.{UNIT}.{NN}".into()],
        replaced_documents: vec![Replacement::new("61/2018/NĐ-CP", "118/2025/NĐ-CP")],
        ..Policy::default()
    }
}

fn sig(name: &str, position: &str, date: NaiveDate) -> Option<Signature> {
    Some(Signature {
        name: Some(name.into()),
        position: Some(position.into()),
        date: Some(date),
        on_behalf_of: None,
    })
}

fn step(order: u32, days: f64, forms: &[&str]) -> Step {
    Step {
        order,
        action: Some("Tiếp nhận hồ sơ".into()),
        responsible: Some("Bộ phận Một cửa".into()),
        duration: Some(Duration { value: days, unit: DurationUnit::WorkingDays }),
        forms: forms.iter().map(|s| (*s).to_owned()).collect(),
        output: None,
    }
}

/// A TTHC procedure that breaks no rule under [`policy`].
fn clean() -> ProcedureDocument {
    ProcedureDocument {
        code: "QT.XD.01".into(),
        title: "Cấp giấy phép xây dựng".into(),
        kind: ProcedureKind::Tthc,
        owner_unit: Some("Phòng Quản lý xây dựng".into()),
        tthc_code: Some("1.009974".into()),
        edition: "2015".into(),
        clauses: vec!["8.1".into(), "8.2.2".into()],
        issue: 2,
        issued_on: Some(day(2025, 3, 3)),
        effective_on: Some(day(2025, 3, 3)),
        status: DocStatus::Effective,
        signatures: Signatures {
            drafted: sig("Nguyễn Văn An", "Chuyên viên", day(2025, 2, 20)),
            reviewed: sig("Trần Thị Bình", "Trưởng phòng", day(2025, 2, 25)),
            approved: sig("Lê Văn Cường", "Phó Giám đốc", day(2025, 3, 3)),
        },
        purpose: Some("Quy định trình tự cấp giấy phép xây dựng.".into()),
        scope: Some("Áp dụng tại Sở Xây dựng.".into()),
        legal_basis: Some(vec![LegalReference {
            number: "62/2020/QH14".into(),
            title: Some("Luật sửa đổi Luật Xây dựng".into()),
            issuer: Some("Quốc hội".into()),
            date: Some(day(2020, 6, 17)),
            ..Default::default()
        }]),
        definitions: None,
        steps: Some(vec![step(1, 0.5, &["BM-01"]), step(2, 10.0, &[]), step(3, 2.5, &["BM-02"])]),
        statutory_limit: Some(Duration { value: 15.0, unit: DurationUnit::WorkingDays }),
        forms: Some(vec![
            Form { code: "BM-01".into(), title: Some("Phiếu tiếp nhận".into()) },
            Form { code: "BM-02".into(), title: Some("Giấy phép".into()) },
        ]),
        records: Some(vec![RecordSpec {
            name: "Hồ sơ cấp phép".into(),
            keeper: Some("Phòng Quản lý xây dựng".into()),
            place: Some("Kho lưu trữ".into()),
            retention: Some(Retention::Permanent),
        }]),
        change_log: vec![ChangeEntry {
            issue: 2,
            location: Some("Mục 3".into()),
            change: Some("Cập nhật căn cứ".into()),
            date: Some(day(2025, 3, 3)),
        }],
        distribution: vec![Distribution {
            unit: "Bộ phận Một cửa".into(), copies: Some(1)
        }],
        last_review: Some(day(2026, 9, 1)),
        references: vec![],
    }
}

fn findings(doc: &ProcedureDocument) -> Vec<(&'static str, String)> {
    let report = Checker::new(policy()).unwrap().check_document(doc, as_of());
    report.findings.into_iter().map(|f| (f.rule_id(), f.pointer)).collect()
}

type Mutation = (&'static str, &'static str, fn(&mut ProcedureDocument));

/// One defect per rule: (rule, pointer of the finding, how to make it).
/// Every mutation touches different fields, so any subset can be combined.
fn mutations() -> Vec<Mutation> {
    vec![
        ("DOC-001", "/code", |d| d.code = " ".into()),
        ("DOC-002", "/code", |d| d.code = "QT-01".into()),
        ("DOC-003", "/issue", |d| d.issue = 0),
        ("DOC-004", "/signatures/reviewed/date", |d| {
            d.signatures.reviewed.as_mut().unwrap().date = Some(day(2025, 2, 1));
        }),
        ("DOC-005", "/signatures/reviewed/position", |d| {
            d.signatures.reviewed.as_mut().unwrap().position = None;
        }),
        ("DOC-006", "/signatures/approved/name", |d| {
            d.signatures.drafted.as_mut().unwrap().name = Some("LÊ VĂN CƯỜNG".into());
        }),
        ("DOC-007", "/signatures/approved/position", |d| {
            d.signatures.approved.as_mut().unwrap().position = Some("Chuyên viên".into());
        }),
        ("DOC-008", "/changeLog/0/date", |d| d.change_log[0].date = Some(day(3026, 1, 1))),
        ("DOC-009", "/title", |d| d.title.clear()),
        ("DOC-010", "/purpose", |d| d.purpose = None),
        ("DOC-011", "/signatures/reviewed/name", |d| {
            // "Ð" (eth) typed for "Đ".
            d.signatures.reviewed.as_mut().unwrap().name = Some("\u{00D0}ỗ Thị Mai".into());
        }),
        ("DOC-020", "/legalBasis/1/number", |d| {
            d.legal_basis
                .as_mut()
                .unwrap()
                .push(LegalReference { number: "30/2020/NDCP".into(), ..Default::default() });
        }),
        ("DOC-021", "/legalBasis/0/date", |d| {
            d.legal_basis.as_mut().unwrap()[0].date = Some(day(2019, 6, 17));
        }),
        ("DOC-022", "/legalBasis/2/date", |d| {
            let lb = d.legal_basis.as_mut().unwrap();
            lb.resize(2, LegalReference { number: "2323/QĐ-UBND".into(), ..Default::default() });
            lb.push(LegalReference {
                number: "19/2026/QĐ-UBND".into(),
                date: Some(day(2026, 5, 1)),
                ..Default::default()
            });
        }),
        ("DOC-023", "/legalBasis/3/number", |d| {
            let lb = d.legal_basis.as_mut().unwrap();
            lb.resize(3, LegalReference { number: "2323/QĐ-UBND".into(), ..Default::default() });
            lb.push(LegalReference { number: "61/2018/NĐ-CP".into(), ..Default::default() });
        }),
        ("DOC-024", "/legalBasis/4/number", |d| {
            let lb = d.legal_basis.as_mut().unwrap();
            lb.resize(4, LegalReference { number: "2323/QĐ-UBND".into(), ..Default::default() });
            lb.push(LegalReference { number: "TCVN ISO 9001:2008".into(), ..Default::default() });
        }),
        ("DOC-030", "/steps/1/order", |d| d.steps.as_mut().unwrap()[1].order = 7),
        ("DOC-031", "/steps/0/responsible", |d| d.steps.as_mut().unwrap()[0].responsible = None),
        ("DOC-032", "/steps/1/duration", |d| {
            // Keep the total under the limit: 2.5 + 0.5 days remain.
            d.steps.as_mut().unwrap()[1].duration = None;
        }),
        ("DOC-036", "/steps/2/forms/1", |d| {
            d.steps.as_mut().unwrap()[2].forms.push("BM-09".into())
        }),
        ("DOC-037", "/forms/2/code", |d| {
            d.forms.as_mut().unwrap().push(Form { code: "BM-03".into(), title: None });
        }),
        ("DOC-038", "/tthcCode", |d| d.tthc_code = None),
        ("DOC-040", "/records/0/keeper", |d| d.records.as_mut().unwrap()[0].keeper = None),
        ("DOC-041", "/records/0/place", |d| {
            d.records.as_mut().unwrap()[0].place = Some(" ".into())
        }),
        ("DOC-042", "/records/0/retention", |d| d.records.as_mut().unwrap()[0].retention = None),
        ("DOC-051", "/changeLog/1", |d| {
            d.change_log.push(ChangeEntry { issue: 1, ..Default::default() });
        }),
        ("DOC-060", "/lastReview", |d| d.last_review = Some(day(2025, 10, 1))),
        ("DOC-061", "/distribution", |d| d.distribution.clear()),
        ("DOC-070", "/clauses/2", |d| d.clauses.push("12.4".into())),
        ("DOC-071", "/clauses/3", |d| {
            d.clauses.resize(3, "8.1".into());
            d.clauses.push("4.2.3".into());
        }),
    ]
}

#[test]
fn the_clean_document_passes() {
    assert_eq!(findings(&clean()), vec![]);
    let report = Checker::new(policy()).unwrap().check_document(&clean(), as_of());
    assert!(report.passed());
    assert_eq!(report.stats.documents, 1);
    assert_eq!(report.stats.by_status.effective, 1);
}

#[test]
fn every_mutation_fires_its_rule_alone() {
    for (rule, pointer, mutate) in mutations() {
        let mut doc = clean();
        mutate(&mut doc);
        assert_eq!(findings(&doc), vec![(rule, pointer.to_owned())], "mutation for {rule}");
    }
}

#[test]
fn rules_not_covered_by_mutations() {
    // DOC-033: over the statutory limit (hours converted with 8 h/day).
    let mut d = clean();
    d.steps.as_mut().unwrap()[1].duration =
        Some(Duration { value: 100.0, unit: DurationUnit::WorkingHours });
    assert_eq!(findings(&d), vec![("DOC-033", "/steps".to_owned())]);
    d.steps.as_mut().unwrap()[1].duration =
        Some(Duration { value: 96.0, unit: DurationUnit::WorkingHours });
    assert_eq!(findings(&d), vec![], "0.5 + 12 + 2.5 = 15 days fits exactly");
    // DOC-034: no statutory limit; DOC-035: calendar days.
    let mut d = clean();
    d.statutory_limit = None;
    assert_eq!(findings(&d), vec![("DOC-034", "/statutoryLimit".to_owned())]);
    let mut d = clean();
    d.steps.as_mut().unwrap()[1].duration =
        Some(Duration { value: 3.0, unit: DurationUnit::CalendarDays });
    assert_eq!(findings(&d), vec![("DOC-035", "/steps".to_owned())]);
    // Non-TTHC procedures have no limit rules.
    let mut d = clean();
    d.kind = ProcedureKind::Internal;
    d.statutory_limit = None;
    d.tthc_code = None;
    assert_eq!(findings(&d), vec![]);
    // DOC-050: issue 3 without a change-log row for it.
    let mut d = clean();
    d.issue = 3;
    assert_eq!(findings(&d), vec![("DOC-050", "/changeLog".to_owned())]);
    // DOC-072: unknown edition.
    let mut d = clean();
    d.edition = "1994".into();
    assert_eq!(findings(&d), vec![("DOC-072", "/edition".to_owned())]);
    // DOC-073: too many steps.
    let mut d = clean();
    let mut p = policy();
    p.limits.max_steps = 2;
    let r = Checker::new(p).unwrap().check_document(&d, as_of());
    assert_eq!(r.rule_ids(), ["DOC-073"]);
    d.steps = Some(vec![]);
    assert_eq!(
        findings(&d),
        vec![
            ("DOC-010", "/steps".to_owned()),
            ("DOC-037", "/forms/0/code".to_owned()),
            ("DOC-037", "/forms/1/code".to_owned())
        ]
    );
    // A missing signature block, and an approver by delegation.
    let mut d = clean();
    d.signatures.reviewed = None;
    assert_eq!(findings(&d), vec![("DOC-005", "/signatures/reviewed".to_owned())]);
    let mut d = clean();
    d.signatures.approved.as_mut().unwrap().on_behalf_of = Some("KT. Giám đốc".into());
    d.signatures.approved.as_mut().unwrap().position = Some("Phó Giám đốc Sở Xây dựng".into());
    assert_eq!(findings(&d), vec![], "a deputy signing on behalf of the director, by prefix");
}

#[test]
fn messages_are_localised_and_name_values() {
    let mut d = clean();
    d.legal_basis
        .as_mut()
        .unwrap()
        .push(LegalReference { number: "61/2018/NĐ-CP".into(), ..Default::default() });
    let checker = Checker::new(policy()).unwrap();
    let vi = checker.check_document(&d, as_of());
    let en = checker.check_document(&d, as_of());
    assert_eq!(
        vi.findings[0].message(Lang::Vi),
        "Văn bản 61/2018/NĐ-CP đã được thay thế bằng văn bản 118/2025/NĐ-CP; cần cập nhật căn cứ pháp lý của quy trình."
    );
    assert_eq!(en.findings[0].message(Lang::En), "Document 61/2018/NĐ-CP has been replaced by 118/2025/NĐ-CP; update the procedure's legal basis.");
    assert_eq!(vi.findings[0].violation.rule().clause, Some("7.5.3.2"));
    assert_eq!(vi.findings[0].document, Some(DocumentRef { code: "QT.XD.01".into(), issue: 2 }));
    assert_eq!(vi.stats.stale_legal_bases, 1);
    assert!(vi.passed(), "a warning does not fail the document");
    let mut d = clean();
    d.steps.as_mut().unwrap()[1].duration =
        Some(Duration { value: 13.0, unit: DurationUnit::WorkingDays });
    let r = checker.check_document(&d, as_of());
    assert_eq!(
        r.findings[0].message(Lang::Vi),
        "Tổng thời gian các bước là 16 ngày làm việc, vượt thời hạn giải quyết theo quy định (15 ngày làm việc)."
    );
    let mut d = clean();
    d.clauses.push("8.5.2".into());
    let r = checker.check_document(&d, as_of());
    assert_eq!(r.findings.len(), 0, "8.5.2 exists in 2015 too");
    d.clauses.push("4.2.4".into());
    let r = checker.check_document(&d, as_of());
    assert_eq!(r.findings[0].message(Lang::En), "Clause 4.2.4 is ISO 9001:2008 numbering; its counterparts in ISO 9001:2015: 7.5.2 Creating and updating; 7.5.3 Control of documented information.");
    assert!(
        r.findings[0].message(Lang::Vi).starts_with(
            "Điều khoản 4.2.4 được đánh số theo TCVN ISO 9001:2008; điều khoản tương ứng trong TCVN ISO 9001:2015: 7.5.2 "
        ),
        "{}",
        r.findings[0].message(Lang::Vi)
    );
}

#[test]
fn code_patterns_are_named_for_people() {
    // DOC-002 names the convention as a secretary reads it, not the
    // policy's tokens; the rule ID and pointer stay.
    let mut p = policy();
    p.code_patterns.push("HD-{N+}[/{A}]".into());
    let mut d = clean();
    d.code = "QT-01".into();
    let r = Checker::new(p).unwrap().check_document(&d, as_of());
    assert_eq!((r.findings[0].rule_id(), r.findings[0].pointer.as_str()), ("DOC-002", "/code"));
    assert_eq!(
        r.findings[0].message(Lang::Vi),
        "Mã số “QT-01” không đúng quy ước đặt mã của cơ quan (mẫu: QT.<mã đơn vị>.<2 chữ số> \
         hoặc HD-<số> [có thể thêm /<1 chữ cái in hoa>])."
    );
    assert_eq!(
        r.findings[0].message(Lang::En),
        "Code “QT-01” does not follow the agency's coding convention (pattern: QT.<unit code>.<2 \
         digits> or HD-<number> [optionally followed by /<1 capital letter>])."
    );
    for lang in [Lang::Vi, Lang::En] {
        assert!(!r.findings[0].message(lang).contains('{'), "no raw token");
    }
}

#[test]
fn policy_switches_and_overrides() {
    let mut d = clean();
    d.tthc_code = None;
    let mut p = policy();
    p.disabled_rules = vec!["DOC-038".into()];
    assert!(Checker::new(p).unwrap().check_document(&d, as_of()).findings.is_empty());
    let mut p = policy();
    p.severity_overrides.insert("DOC-038".into(), Severity::Error);
    let r = Checker::new(p).unwrap().check_document(&d, as_of());
    assert_eq!((r.findings[0].severity, r.passed()), (Severity::Error, false));
    let mut p = policy();
    p.disabled_rules = vec!["DOC-999".into()];
    assert_eq!(Checker::new(p).unwrap_err().field(), Some("/disabledRules/0"));
    let mut p = policy();
    p.office_hours_per_day = 0.0;
    assert_eq!(Checker::new(p).unwrap_err().field(), Some("/officeHoursPerDay"));
    let mut p = policy();
    p.code_patterns = vec!["QT.{UNIT}.{NN}".into(), "QT.{X}".into()];
    let e = Checker::new(p).unwrap_err();
    assert_eq!(e.field(), Some("/codePatterns/1"), "the pattern at fault");
    assert_eq!(
        e.message(Lang::Vi),
        "Dữ liệu không hợp lệ tại “/codePatterns/1”: mẫu mã “QT.{X}” có ký hiệu {X} không hợp lệ \
         (chỉ dùng {UNIT}, {N}, {NN}, {NNN}…, {N+}, {A})"
    );
    // No pattern: any non-empty code; no approver list: any position.
    let mut p = policy();
    p.code_patterns.clear();
    p.approver_positions.clear();
    let mut d = clean();
    d.code = "anything".into();
    d.signatures.approved.as_mut().unwrap().position = Some("Văn thư".into());
    assert!(Checker::new(p).unwrap().check_document(&d, as_of()).findings.is_empty());
}

#[test]
fn every_rule_of_the_catalogue_has_a_firing_test() {
    // Rules fired by `mutations`, plus those with tests of their own above.
    let mut tested: Vec<&str> = mutations().iter().map(|m| m.0).collect();
    tested.extend(["DOC-033", "DOC-034", "DOC-035", "DOC-050", "DOC-072", "DOC-073"]);
    tested.extend(["REG-001", "REG-002", "REG-003", "REG-004", "REG-005", "REG-006", "REG-007"]);
    tested.extend(["REG-008", "DOC-074", "REG-009", "REG-010"]);
    tested.sort_unstable();
    let all: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(tested, all, "a new rule needs a test that fires it");
}

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
fn a_2015_procedure_citing_the_2008_number_of_its_topic() {
    // DOC-074: 8.2.2 exists in 2015 (customer requirements) but in an
    // internal-audit procedure it is the 2008 number of internal audit.
    let mut d = clean();
    d.title = "Quy trình đánh giá nội bộ".into();
    d.clauses = vec!["8.2.2".into()];
    let r = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(r.rule_ids(), ["DOC-074"]);
    assert!(
        r.findings[0].message(Lang::Vi).contains("điều khoản 9.2"),
        "{}",
        r.findings[0].message(Lang::Vi)
    );
    // The same number in a procedure on customer requirements is right.
    d.title = "Quy trình xác định yêu cầu đối với dịch vụ hành chính công".into();
    assert!(Checker::new(policy()).unwrap().check_document(&d, as_of()).findings.is_empty());
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

mod json;
mod properties;
mod register;

#[test]
fn a_procedure_written_against_2026_is_checked_against_2026() {
    // 6.1.3 exists only in 2026; 10.3 only until 2015 (now 10.1).
    let mut d = clean();
    d.edition = "2026".into();
    d.clauses = vec!["6.1.3".into(), "8.1".into()];
    assert_eq!(findings(&d), vec![]);
    d.clauses.push("10.3".into());
    assert_eq!(findings(&d), vec![("DOC-071", "/clauses/2".to_owned())]);
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    let m = report.findings[0].message(Lang::En);
    assert!(m.contains("10.1"), "{m}");
    // The same citation of 6.1.3 in a 2015 procedure is not a 2015 clause.
    d.edition = "2015".into();
    d.clauses = vec!["6.1.3".into()];
    assert_eq!(findings(&d), vec![("DOC-071", "/clauses/0".to_owned())]);
}

#[test]
fn a_signature_grid_without_a_date_row_is_complete() {
    // The common template: họ tên, chức vụ, chữ ký; the issue date dates
    // the approval.
    let mut d = clean();
    for s in [&mut d.signatures.drafted, &mut d.signatures.reviewed, &mut d.signatures.approved] {
        s.as_mut().unwrap().date = None;
    }
    assert_eq!(findings(&d), vec![]);
    // A grid with a date row: the one signer who did not date is asked to.
    d.signatures.drafted.as_mut().unwrap().date = Some(day(2025, 2, 20));
    assert_eq!(
        findings(&d),
        vec![
            ("DOC-005", "/signatures/reviewed/date".to_owned()),
            ("DOC-005", "/signatures/approved/date".to_owned())
        ]
    );
}

#[test]
fn an_acting_head_and_the_inspectorate_may_approve() {
    for position in [
        "Quyền Giám đốc Sở Nông nghiệp và Môi trường",
        "Q. Giám đốc",
        "Chánh Thanh tra tỉnh",
        "Phó Chánh Thanh tra tỉnh",
    ] {
        let mut d = clean();
        d.signatures.approved.as_mut().unwrap().position = Some(position.into());
        assert_eq!(findings(&d), vec![], "{position}");
    }
    let mut d = clean();
    d.signatures.approved.as_mut().unwrap().position = Some("Quyền Trưởng phòng".into());
    assert_eq!(findings(&d), vec![("DOC-007", "/signatures/approved/position".to_owned())]);
}

#[test]
fn one_name_in_both_tone_placements_is_one_person() {
    let mut d = clean();
    d.signatures.drafted.as_mut().unwrap().name = Some("Lê Thị Thuỷ".into());
    d.signatures.approved.as_mut().unwrap().name = Some("Lê Thị Thủy".into());
    assert_eq!(findings(&d), vec![("DOC-006", "/signatures/approved/name".to_owned())]);
    // Hùng and Hưng stay two people; so do Thụy (a name) and Thùy.
    d.signatures.approved.as_mut().unwrap().name = Some("Lê Thị Thùy".into());
    assert_eq!(findings(&d), vec![]);
}

#[test]
fn forms_are_the_same_however_their_codes_were_pasted() {
    let mut d = clean();
    d.forms.as_mut().unwrap()[0].code = "BM\u{2011}01".into();
    d.forms.as_mut().unwrap()[1].code = "bm-0\u{0032} ".into();
    assert_eq!(findings(&d), vec![]);
    // An unused form is named in NFC, as pasted text is shown.
    d.forms
        .as_mut()
        .unwrap()
        .push(Form { code: "Ma\u{0302}\u{0303}u so\u{0302}\u{0301} 06".into(), title: None });
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(report.rule_ids(), ["DOC-037"]);
    assert!(report.findings[0].message(Lang::Vi).contains("Mẫu số 06"));
}

#[test]
fn a_new_issue_restarts_the_review_clock_and_rows_may_share_an_issue() {
    let mut d = clean();
    // Reviewed in January 2024; issue 2 took effect in March 2025: due in
    // March 2026, overdue on 22/11/2026.
    d.last_review = Some(day(2024, 1, 10));
    assert_eq!(findings(&d), vec![("DOC-060", "/lastReview".to_owned())]);
    // Had issue 2 taken effect in January 2026, its approval is the review.
    d.issued_on = Some(day(2026, 1, 5));
    d.effective_on = Some(day(2026, 1, 5));
    assert!(!findings(&d).iter().any(|(r, _)| *r == "DOC-060"), "{:?}", findings(&d));
    // One change-log row per change of issue 2.
    let mut d = clean();
    let row = d.change_log[0].clone();
    d.change_log.push(ChangeEntry { location: Some("Mục 5".into()), ..row });
    assert_eq!(findings(&d), vec![]);
}

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

#[test]
fn the_applicants_own_step_needs_no_time() {
    let mut d = clean();
    let applicant = Step {
        order: 1,
        action: Some("Nộp hồ sơ".into()),
        responsible: Some("Tổ chức, cá nhân".into()),
        duration: None,
        forms: vec![],
        output: None,
    };
    let steps = d.steps.as_mut().unwrap();
    steps.insert(0, applicant);
    for (k, s) in steps.iter_mut().enumerate() {
        s.order = k as u32 + 1;
    }
    assert_eq!(findings(&d), vec![]);
    // An office's step without a time is still reported.
    d.steps.as_mut().unwrap()[0].responsible = Some("Người sử dụng lao động".into());
    assert_eq!(findings(&d), vec![], "filing the dossier is the applicant's step");
    d.steps.as_mut().unwrap()[0].action = Some("Thẩm định hồ sơ".into());
    d.steps.as_mut().unwrap()[0].responsible = Some("Tổ chức cán bộ".into());
    assert_eq!(findings(&d), vec![("DOC-032", "/steps/0/duration".to_owned())]);
}
