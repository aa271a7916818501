//! Documents as agencies write and paste them: the readings the pasted
//! corpus asked for (signature grids without dates, acting heads, tone
//! marks, form codes, issues on the review clock, the applicant's step).

use super::*;

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
        // The head of a ministry's department (vụ) approving its own
        // procedures, and of a sub-department (chi cục) of a Sở.
        "VỤ TRƯỞNG",
        "Phó Vụ trưởng Vụ Pháp chế",
        "Chi cục trưởng Chi cục Thủy sản",
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

/// One person in two blocks: the review is not independent (DOC-012, a
/// warning); the drafter approving is DOC-006 alone, even when the same
/// person also reviewed.
#[test]
fn one_person_signing_two_blocks() {
    let mut d = clean();
    d.signatures.reviewed.as_mut().unwrap().name = Some("LÊ VĂN CƯỜNG".into());
    assert_eq!(findings(&d), vec![("DOC-012", "/signatures/approved/name".to_owned())]);
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(
        report.findings[0].message(Lang::Vi),
        "Lê Văn Cường ký cả phần “Xem xét” và phần “Phê duyệt”: tài liệu chưa được xem xét độc lập, cần một người khác xem xét."
    );
    assert_eq!(
        report.findings[0].message(Lang::En),
        "Lê Văn Cường signs both the review and the approval blocks: the document is not reviewed independently; someone else should review it."
    );
    let mut d = clean();
    d.signatures.reviewed.as_mut().unwrap().name = Some("Nguyễn Văn An".into());
    assert_eq!(findings(&d), vec![("DOC-012", "/signatures/reviewed/name".to_owned())]);
    d.signatures.approved.as_mut().unwrap().name = Some("Nguyễn Văn An".into());
    assert_eq!(findings(&d), vec![("DOC-006", "/signatures/approved/name".to_owned())]);
}

/// A draft is signed by its drafter only so far; the review and approval
/// blocks wait for their turn (no DOC-005 for them), until it is approved.
#[test]
fn a_draft_waits_for_its_review_and_approval() {
    let mut d = clean();
    d.signatures.reviewed = None;
    d.signatures.approved = None;
    d.distribution.clear();
    for status in [DocStatus::Draft, DocStatus::InReview] {
        d.status = status;
        assert_eq!(findings(&d), vec![], "{status}");
    }
    d.status = DocStatus::Approved;
    d.effective_on = Some(day(2026, 12, 1));
    assert_eq!(
        findings(&d),
        vec![
            ("DOC-005", "/signatures/reviewed".to_owned()),
            ("DOC-005", "/signatures/approved".to_owned())
        ]
    );
}

/// The status a register forgot to update: an issue "approved" whose
/// effective date has come is in force (DOC-013 asks for "effective"); one
/// marked "effective" before its date is not in force yet.
#[test]
fn a_status_the_dates_have_overtaken() {
    let mut d = clean();
    d.status = DocStatus::Approved;
    d.effective_on = Some(day(2026, 11, 1));
    assert_eq!(findings(&d), vec![("DOC-013", "/status".to_owned())]);
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(
        report.findings[0].message(Lang::Vi),
        "Trạng thái là “đã phê duyệt” nhưng ngày hiệu lực là 01/11/2026: cần ghi “có hiệu lực”."
    );
    assert_eq!(
        report.findings[0].message(Lang::En),
        "The status is “approved” but the effective date is 01/11/2026: it should be “effective”."
    );
    // Approved for a later date: right.
    d.effective_on = Some(day(2026, 12, 1));
    assert_eq!(findings(&d), vec![]);
    // Marked effective before its date.
    d.status = DocStatus::Effective;
    assert_eq!(findings(&d), vec![("DOC-013", "/status".to_owned())]);
    // Effective on the day itself.
    d.effective_on = Some(as_of());
    assert_eq!(findings(&d), vec![]);
}

/// A review date typed a year ahead (2027-09-01 for 2026-09-01) is not a
/// review that happened: as of 22/11/2026 nobody can have reviewed the
/// document on that day. The register says so once (DOC-014) instead of
/// silently pushing the next review a year further; the review due date
/// cannot be worked out, so DOC-060 says nothing either way.
#[test]
fn a_last_review_later_than_the_check() {
    // Effective since 03/03/2025: without a review since, due 03/03/2026.
    let mut d = clean();
    d.last_review = Some(day(2027, 9, 1));
    assert_eq!(findings(&d), vec![("DOC-014", "/lastReview".to_owned())]);
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(
        report.findings[0].message(Lang::Vi),
        "Ngày rà soát gần nhất là 01/09/2027, sau ngày kiểm tra 22/11/2026: chưa xác định được \
         hạn rà soát; đề nghị xem lại ngày rà soát."
    );
    assert_eq!(
        report.findings[0].message(Lang::En),
        "The last review date is 01/09/2027, after the date of the check 22/11/2026: the next \
         review cannot be scheduled; check the review date."
    );
    assert_eq!(report.stats.overdue_reviews, 0);
    // Checked once that day has come, the review is a real one.
    let later = Checker::new(policy()).unwrap().check_document(&d, day(2027, 9, 2));
    assert!(later.findings.is_empty(), "{:?}", later.rule_ids());
    // Reviewed on the day of the check: right.
    d.last_review = Some(as_of());
    assert_eq!(findings(&d), vec![]);
    // The record of a superseded issue is history: its dates are not
    // checked against today.
    d.status = DocStatus::Superseded;
    d.last_review = Some(day(2027, 9, 1));
    assert_eq!(findings(&d), vec![]);
}

/// A record filled from an old file typed in TCVN3 (".VnTime"): pasted
/// into the portal, its title reads "Quy tr×nh cÊp giÊy phÐp x©y dùng" to
/// everyone but the old font. Said once, at the first such field, with how
/// many others are the same (DOC-015); Unicode text with a "×" between
/// figures, a degree sign or a foreign name is not such text.
#[test]
fn text_typed_in_a_font_of_before_unicode() {
    let mut d = clean();
    d.title = "Quy tr×nh cÊp giÊy phÐp x©y dùng".into();
    d.purpose = Some("Quy ®Þnh tr×nh tù cÊp giÊy phÐp x©y dùng t¹i Së X©y dùng.".into());
    d.steps.as_mut().unwrap()[0].action = Some("TiÕp nhËn hå s¬".into());
    assert_eq!(findings(&d), vec![("DOC-015", "/title".to_owned())]);
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert_eq!(
        report.findings[0].message(Lang::Vi),
        "Tên tài liệu có vẻ được gõ bằng bảng mã cũ TCVN3 hoặc VNI (không phải Unicode): “Quy tr×nh \
         cÊp giÊy phÐp x©y dùng”; cần chuyển sang bảng mã Unicode (TCVN 6909:2001); 2 mục khác \
         cũng bị lỗi này."
    );
    assert_eq!(
        report.findings[0].message(Lang::En),
        "The title seems typed in a pre-Unicode encoding (TCVN3 or VNI): “Quy tr×nh cÊp giÊy phÐp \
         x©y dùng”; convert it to Unicode (TCVN 6909:2001); 2 other fields likewise."
    );
    // VNI, in one field only.
    let mut d = clean();
    d.scope = Some("AÙp duïng taïi Sôû Xaây döïng.".into());
    assert_eq!(findings(&d), vec![("DOC-015", "/scope".to_owned())]);
    // VNI whose marks are all letters of Vietnamese too ("aá" for "ấ").
    let mut d = clean();
    d.title = "Caáp giaáy pheùp".into();
    assert_eq!(findings(&d), vec![("DOC-015", "/title".to_owned())]);
    // A name typed with "Ð" (U+00D0) for "Đ": a look-alike (DOC-011), not
    // pre-Unicode text.
    let mut d = clean();
    d.signatures.approved.as_mut().unwrap().name = Some("Lê Ðình Ân".into());
    assert_eq!(findings(&d), vec![("DOC-011", "/signatures/approved/name".to_owned())]);
    // Unicode text that only looks odd.
    let mut d = clean();
    d.purpose = Some("Bản vẽ khổ 210×297 mm, bảo quản ở 25°C.".into());
    d.scope = Some("Áp dụng cho dự án do ông Müller tài trợ".into());
    d.title = "Cấp giấy phép xây dựng (Mẫu số 01 – “Đơn đề nghị”)".into();
    assert_eq!(findings(&d), vec![]);
}

/// The clean document citing `text` as its first legal basis, checked.
fn cited(checker: &Checker, text: &str) -> crate::documents::Report {
    let mut d = clean();
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: text.into(), ..Default::default() };
    checker.check_document(&d, as_of())
}

/// Citations as they are typed in real decisions and procedures: spaces
/// around the hyphen or slash ("Nghị định số 142/2025/NĐ - CP ngày 12
/// tháng 6 năm 2025", "15 /2020 /NĐ - CP") and "ND" for "NĐ" ("Nghị định
/// số 238/2025/ND-CP ngày 03 tháng 9 năm 2025", typed without the
/// Vietnamese keyboard). A secretary reads the document meant: the slip
/// is named as what it is (not "NĐ is not a type abbreviation"), and a
/// replaced decree is still recognised. Checked on 22/11/2026.
#[test]
fn a_citation_typed_with_spaces_or_without_diacritics_names_its_document() {
    let checker = Checker::new(policy()).unwrap();
    let check = |text: &str| {
        let report = cited(&checker, text);
        let found: Vec<_> = report
            .findings
            .iter()
            .map(|f| (f.rule_id(), f.pointer.clone(), f.message(Lang::Vi), f.message(Lang::En)))
            .collect();
        found
    };
    fn rules(found: &[(&'static str, String, String, String)]) -> Vec<&'static str> {
        found.iter().map(|f| f.0).collect()
    }

    // Spaces around the hyphen, a decree in force: the spacing, nothing else.
    let f = check("Nghị định số 142/2025/NĐ - CP ngày 12 tháng 6 năm 2025 của Chính phủ");
    assert_eq!(rules(&f), ["DOC-020"], "{f:?}");
    assert_eq!(f[0].1, "/legalBasis/0/number");
    assert!(f[0].2.contains("“142/2025/NĐ - CP”") && f[0].2.contains("dấu cách"), "{}", f[0].2);
    assert!(f[0].3.contains("no spaces"), "{}", f[0].3);

    // The same slip on a replaced decree: it is still the replaced decree.
    let f = check("Nghị định số 01/2021/NĐ - CP ngày 04/01/2021 của Chính phủ");
    assert_eq!(rules(&f), ["DOC-020", "DOC-023"], "{f:?}");
    assert!(f[1].3.contains("01/2021/NĐ-CP") && f[1].3.contains("168/2025/NĐ-CP"), "{}", f[1].3);
    let f = check("01/2021/NĐ -CP");
    assert_eq!(rules(&f), ["DOC-020", "DOC-023"], "{f:?}");
    let f = check("Nghị định số 15 /2020 /NĐ - CP ngày 03/02/2020");
    assert_eq!(rules(&f), ["DOC-020"], "{f:?}");
    assert!(f[0].2.contains("“15 /2020 /NĐ - CP”"), "{}", f[0].2);

    // "ND" for "NĐ": said as such, and the replaced decree recognised.
    let f = check("Căn cứ Nghị định số 238/2025/ND-CP ngày 03 tháng 9 năm 2025 của Chính phủ");
    assert_eq!(rules(&f), ["DOC-020"], "{f:?}");
    assert!(f[0].3.contains("“ND”") && f[0].3.contains("“NĐ”"), "{}", f[0].3);
    assert!(f[0].2.contains("“ND”") && f[0].2.contains("“NĐ”"), "{}", f[0].2);
    let f = check("01/2021/ND-CP");
    assert_eq!(rules(&f), ["DOC-020", "DOC-023"], "{f:?}");
    let f = check("Quyết định số 1482/QD-UBND ngày 20/11/2025 của Chủ tịch UBND tỉnh");
    assert_eq!(rules(&f), Vec::<&str>::new(), "an official letter's symbol may be anything: {f:?}");

    // Written right: nothing.
    assert_eq!(check("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ"), vec![]);
    assert_eq!(check("Quyết định số 1482/QĐ-UBND ngày 20/11/2025"), vec![]);
}

/// A number glued to the words after it ("30/2020/NĐ - CP - VỀ CÔNG TÁC
/// VĂN THƯ", a heading in capitals) names 30/2020/NĐ-CP, its symbol
/// ending where a document number can; a field of glued tokens
/// thousands long is read in one pass.
#[test]
fn a_glued_number_ends_where_a_number_can() {
    let checker = Checker::new(policy()).unwrap();
    let check = |text: &str| cited(&checker, text);
    let report = check("Nghị định số 01/2021/NĐ - CP - VỀ ĐĂNG KÝ DOANH NGHIỆP");
    assert_eq!(report.rule_ids(), ["DOC-020", "DOC-023"]);
    let long = "1 - ".repeat(40_000);
    let _ = check(&long).findings.len();
}

/// What a second field test found in citations: a slip that names its
/// document is the citation before a number in its title ("Thông tư số
/// 01/2018/TT- VPCP … Nghị định số 61/2018/NĐ-CP": the circular is the
/// one replaced); the agency's own quality manual ("ST-VP-01") is an
/// internal document, not a malformed number.
#[test]
fn a_slip_is_the_citation_and_a_manual_is_internal() {
    let checker = Checker::new(policy()).unwrap();
    let check = |text: &str| cited(&checker, text);
    let r = check(
        "Thông tư số 01/2018/TT- VPCP ngày 23/11/2018 hướng dẫn thi hành Nghị định số 61/2018/NĐ-CP",
    );
    assert_eq!(r.rule_ids(), ["DOC-020", "DOC-023"]);
    let m = r.findings[1].message(Lang::En);
    assert!(m.contains("01/2018/TT-VPCP") && m.contains("03/2025/TT-VPCP"), "{m}");
    for code in ["ST-VP-01", "ST.VP.01", "HD.ISO.02"] {
        assert_eq!(check(code).rule_ids(), Vec::<&str>::new(), "{code}");
    }
    // A number without its "/" is still malformed.
    assert_eq!(check("2020-NĐ-CP").rule_ids(), ["DOC-020"]);
}
