//! A quy trình nội bộ giải quyết TTHC published as an annex to the decision
//! approving it (Nghị định 118/2025/NĐ-CP): a title, the TTHC code, the
//! time limit and the steps, nothing else. Read as an ISO secretary reads
//! one: the decision is its approval, issue and distribution; its steps
//! and time are checked as any TTHC procedure's.

use super::*;

fn hours(order: u32, value: f64, responsible: &str, forms: &[&str]) -> Step {
    Step {
        order,
        action: Some("Xử lý hồ sơ".into()),
        responsible: Some(responsible.into()).filter(|r: &String| !r.is_empty()),
        duration: Some(Duration { value, unit: DurationUnit::WorkingHours }),
        forms: forms.iter().map(|s| (*s).to_owned()).collect(),
        output: None,
    }
}

/// "2. Thủ tục đăng ký khai tử — Mã TTHC: 1.000656 — Tổng thời gian giải
/// quyết: 01 ngày làm việc", from the annex of Quyết định số 1482/QĐ-UBND
/// ngày 14/10/2026 của Chủ tịch UBND tỉnh Lam Giang: 0,5 + 4 + 2 + 1 + 0,5
/// giờ = 8 working hours; the first step fills "Mẫu số 01" of Thông tư
/// 03/2025/TT-VPCP (the TTHC's form, listed nowhere in the annex).
fn khai_tu() -> ProcedureDocument {
    ProcedureDocument {
        title: "Thủ tục đăng ký khai tử".into(),
        kind: ProcedureKind::Tthc,
        form: DocumentForm::Annex,
        decision: Some(LegalReference {
            number: "1482/QĐ-UBND".into(),
            issuer: Some("Chủ tịch Ủy ban nhân dân tỉnh Lam Giang".into()),
            date: Some(day(2026, 10, 14)),
            ..Default::default()
        }),
        tthc_code: Some("1.000656".into()),
        edition: "2015".into(),
        issue: 1,
        issued_on: Some(day(2026, 10, 14)),
        status: DocStatus::Effective,
        steps: Some(vec![
            hours(1, 0.5, "Công chức Trung tâm Phục vụ hành chính công xã", &["Mẫu số 01"]),
            hours(2, 4.0, "Công chức làm công tác tư pháp - hộ tịch", &[]),
            hours(3, 2.0, "Lãnh đạo UBND xã", &[]),
            hours(4, 1.0, "Văn thư UBND xã", &[]),
            hours(5, 0.5, "Công chức Trung tâm Phục vụ hành chính công xã", &[]),
        ]),
        statutory_limit: Some(Duration { value: 1.0, unit: DurationUnit::WorkingDays }),
        no_statutory_limit: false,
        ..Default::default()
    }
}

#[test]
fn an_annex_is_checked_for_its_steps_and_time_only() {
    // Two years on, unreviewed: an annex changes by a new decision.
    let checker = Checker::new(policy()).unwrap();
    let report = checker.check_document(&khai_tu(), day(2028, 12, 1));
    assert_eq!(report.rule_ids(), Vec::<&str>::new());
    // The same text as an ISO procedure lacks what an ISO procedure has.
    let mut iso = khai_tu();
    iso.form = DocumentForm::Iso;
    let ids = checker.check_document(&iso, as_of()).rule_ids();
    for id in ["DOC-001", "DOC-005", "DOC-010", "DOC-036", "DOC-061"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
}

#[test]
fn an_annex_step_over_time_or_without_anyone_is_found() {
    let checker = Checker::new(policy()).unwrap();
    let mut d = khai_tu();
    let steps = d.steps.as_mut().unwrap();
    steps[1].duration = Some(Duration { value: 5.0, unit: DurationUnit::WorkingHours });
    steps[3].responsible = None;
    let report = checker.check_document(&d, as_of());
    let found: Vec<(&str, &str)> =
        report.findings.iter().map(|f| (f.rule_id(), f.pointer.as_str())).collect();
    assert_eq!(found, [("DOC-031", "/steps/3/responsible"), ("DOC-033", "/steps")]);
    // A signature it does carry is still checked; its code is the
    // province's, not held to the agency's patterns (below).
    let mut d = khai_tu();
    d.signatures.approved = sig("Hoàng Văn Nam", "", day(2026, 10, 14));
    d.code = "QTNB 07".into();
    let ids = checker.check_document(&d, as_of()).rule_ids();
    assert_eq!(ids, ["DOC-005"]);
}

#[test]
fn the_form_and_decision_are_written_only_for_an_annex() {
    let json = serde_json::to_string(&clean()).unwrap();
    assert!(!json.contains("\"form\"") && !json.contains("\"decision\""));
    let json = serde_json::to_value(khai_tu()).unwrap();
    assert_eq!(json["form"], "annex");
    assert_eq!(json["decision"]["number"], "1482/QĐ-UBND");
    let back: ProcedureDocument = serde_json::from_value(json).unwrap();
    assert_eq!(back, khai_tu());
}

/// A commune's register lists its annex procedures by TTHC code (they have
/// no code of their own) beside the Word file of the annex: each file is
/// the entry of its TTHC under the same decision, not the first entry
/// without a code; a later decision's procedure is another document.
#[test]
fn an_annex_procedure_is_its_register_entry_by_tthc_code_and_decision() {
    let checker = Checker::new(policy()).unwrap();
    let mut khai_sinh = khai_tu();
    khai_sinh.title = "Thủ tục đăng ký khai sinh".into();
    khai_sinh.tthc_code = Some("1.001193".into());
    let reg = Register { agency: None, documents: vec![khai_tu(), khai_sinh.clone()] };
    let (report, from_file) =
        checker.check_register_with_files(&reg, &[khai_sinh.clone(), khai_tu()], as_of());
    assert_eq!(from_file, [Some(1), Some(0)]);
    assert_eq!(report.stats.documents, 2);
    assert_eq!(report.rule_ids(), Vec::<&str>::new());
    // Approved again by a later decision: not the entry of the first.
    let mut newer = khai_sinh;
    newer.decision.as_mut().unwrap().number = "2101/QĐ-UBND".into();
    let (report, from_file) = checker.check_register_with_files(&reg, &[newer], as_of());
    assert_eq!(from_file, [None, None, Some(0)]);
    assert_eq!(report.stats.documents, 3);
}

/// The cases "cấp" and "cấp lại" of one TTHC under one decision are two
/// entries of the register, each its own file's.
#[test]
fn two_cases_of_one_tthc_are_two_entries() {
    let checker = Checker::new(policy()).unwrap();
    let case = |title: &str| ProcedureDocument { title: title.into(), ..khai_tu() };
    let (first, again) =
        (case("Thủ tục cấp giấy chứng nhận"), case("Thủ tục cấp lại giấy chứng nhận"));
    let reg = Register { agency: None, documents: vec![first.clone(), again.clone()] };
    let (report, from_file) = checker.check_register_with_files(&reg, &[again, first], as_of());
    assert_eq!(from_file, [Some(1), Some(0)]);
    assert!(!report.rule_ids().contains(&"REG-010"), "{:?}", report.rule_ids());
}

/// A commune's register holding the annex procedure of đăng ký khai sinh
/// from two decisions, both still effective: the older was not withdrawn
/// when the newer approved it again (REG-006, naming the decisions). The
/// cases "cấp" and "cấp lại" of one TTHC under one decision are not that.
#[test]
fn one_tthc_approved_again_by_a_later_decision_is_reported() {
    let checker = Checker::new(policy()).unwrap();
    let mut newer = khai_tu();
    newer.decision.as_mut().unwrap().number = "2101/QĐ-UBND".into();
    let reg = Register { agency: None, documents: vec![khai_tu(), newer] };
    let report = checker.check_register(&reg, as_of());
    let f = report.findings.iter().find(|f| f.rule_id() == "REG-006").expect("REG-006");
    assert_eq!(f.pointer, "/documents/1/tthcCode");
    let message = f.message(Lang::Vi);
    assert!(message.contains("1482/QĐ-UBND") && message.contains("2101/QĐ-UBND"), "{message}");
    let case = |title: &str| ProcedureDocument { title: title.into(), ..khai_tu() };
    let reg = Register {
        agency: None,
        documents: vec![case("Thủ tục cấp"), case("Thủ tục cấp lại")],
    };
    assert!(!checker.check_register(&reg, as_of()).rule_ids().contains(&"REG-006"));
}

/// A procedure serving two TTHC is one of each: the register's entry typed
/// "2.000720, 1.001612" is the file's "1.001612; 2.000720", and a second
/// effective procedure of 1.001612 is reported.
#[test]
fn a_procedure_of_two_tthc_counts_for_each() {
    let checker = Checker::new(policy()).unwrap();
    let two = |codes: &str| ProcedureDocument { tthc_code: Some(codes.into()), ..khai_tu() };
    let reg = Register { agency: None, documents: vec![two("2.000720, 1.001612")] };
    let (report, from_file) =
        checker.check_register_with_files(&reg, &[two("1.001612; 2.000720")], as_of());
    assert_eq!(from_file, [Some(0)]);
    assert!(report.rule_ids().is_empty(), "{:?}", report.rule_ids());
    let mut other = two("1.001612");
    other.decision.as_mut().unwrap().number = "2101/QĐ-UBND".into();
    let reg = Register { agency: None, documents: vec![two("1.001612; 2.000720"), other] };
    let f = checker.check_register(&reg, as_of());
    let f = f.findings.iter().find(|f| f.rule_id() == "REG-006").expect("REG-006");
    assert!(f.message(Lang::En).contains("TTHC 1.001612"), "{}", f.message(Lang::En));
}

/// An annex's procedure whose register entry was typed with another title:
/// REG-010 names it by its TTHC and decision (it has no code or issue of
/// its own to be named by), in both languages.
#[test]
fn a_file_and_its_annex_entry_that_disagree_are_named_by_tthc_and_decision() {
    let checker = Checker::new(policy()).unwrap();
    let typed = ProcedureDocument { title: "Đăng ký khai tử".into(), ..khai_tu() };
    let reg = Register { agency: None, documents: vec![typed] };
    let (report, from_file) = checker.check_register_with_files(&reg, &[khai_tu()], as_of());
    assert_eq!(from_file, [Some(0)]);
    let f = report.findings.iter().find(|f| f.rule_id() == "REG-010").unwrap();
    assert_eq!(
        f.message(Lang::Vi),
        "Quy trình nội bộ giải quyết TTHC 1.000656 theo Quyết định 1482/QĐ-UBND: tên tài liệu \
         trong tệp là “Thủ tục đăng ký khai tử” nhưng trong Danh mục tài liệu là “Đăng ký khai tử”."
    );
    assert_eq!(
        f.message(Lang::En),
        "The internal procedure of TTHC 1.000656 under decision 1482/QĐ-UBND: the title is \
         “Thủ tục đăng ký khai tử” in the file but “Đăng ký khai tử” in the register."
    );
}

/// Hà Nội's annexes give each procedure a code in the province's register
/// of internal procedures ("(Mã TTHC: 1.000656, ký hiệu: QTTP-20)"). The
/// agency's code patterns describe its ISO procedures' codes, not these:
/// the same code on an ISO procedure is out of pattern.
#[test]
fn an_annex_code_is_not_held_to_the_agency_code_patterns() {
    let checker = Checker::new(policy()).unwrap();
    assert!(!checker.policy().code_patterns.is_empty(), "the test policy has patterns");
    let annex = ProcedureDocument { code: "QTTP-20".into(), ..khai_tu() };
    let report = checker.check_document(&annex, day(2026, 12, 3));
    assert_eq!(report.rule_ids(), Vec::<&str>::new());
    let iso = ProcedureDocument { form: DocumentForm::Iso, ..annex };
    let report = checker.check_document(&iso, day(2026, 12, 3));
    assert!(report.rule_ids().contains(&"DOC-002"), "{:?}", report.rule_ids());
}
