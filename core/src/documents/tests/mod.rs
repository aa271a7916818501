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
        case: None,
        kind: ProcedureKind::Tthc,
        form: DocumentForm::Iso,
        decision: None,
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
        no_statutory_limit: false,
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
        // "Theo Thông tư số 10/2022/TT-BNV": a period the keeper looks up.
        ("DOC-043", "/records/0/retention/document", |d| {
            let document = "10/2022/TT-BNV".into();
            d.records.as_mut().unwrap()[0].retention = Some(Retention::Reference { document });
        }),
        // The circular before it, replaced on 15/02/2023.
        ("DOC-044", "/records/0/retention/document", |d| {
            let document = "09/2011/TT-BNV".into();
            d.records.as_mut().unwrap()[0].retention = Some(Retention::Reference { document });
        }),
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
    // An ISO procedure issued with the decision that approves it
    // ("Ban hành kèm theo Quyết định số 215/QĐ-UBND"): the decision, signed
    // by the Chairman, is its approval; the drafter and the reviewer are
    // still its own to show.
    let mut d = clean();
    d.signatures.approved = None;
    d.decision = Some(LegalReference {
        number: "215/QĐ-UBND".into(),
        date: Some(day(2026, 12, 2)),
        ..Default::default()
    });
    assert_eq!(findings(&d), vec![], "approved by its decision");
    d.decision.as_mut().unwrap().number = "Số: 215/QĐ-UBND".into();
    assert_eq!(findings(&d), vec![], "its number as the decision prints it");
    d.decision.as_mut().unwrap().number = "215/QĐ-UBND".into();
    d.signatures.reviewed = None;
    assert_eq!(findings(&d), vec![("DOC-005", "/signatures/reviewed".to_owned())]);
    // A decision not yet numbered approves nothing yet.
    d.signatures.reviewed = clean().signatures.reviewed;
    d.decision.as_mut().unwrap().number = "     /QĐ-UBND".into();
    assert_eq!(findings(&d), vec![("DOC-005", "/signatures/approved".to_owned())]);
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
    tested.extend(["REG-008", "DOC-074", "REG-009", "REG-010", "DOC-012", "DOC-013"]);
    tested.extend(["DOC-014", "DOC-015", "REG-011"]);
    tested.sort_unstable();
    let all: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(tested, all, "a new rule needs a test that fires it");
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

mod annex;
mod json;
mod messages;
mod pasted;
mod properties;
mod records;
mod register;
mod replaced;
