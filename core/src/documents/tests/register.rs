//! The register rules, and registers checked with their files or at
//! several dates.

use super::*;

fn register(docs: Vec<ProcedureDocument>) -> Vec<(&'static str, String)> {
    let reg = Register { agency: None, documents: docs };
    let report = Checker::new(policy()).unwrap().check_register(&reg, as_of());
    report.findings.into_iter().map(|f| (f.rule_id(), f.pointer)).collect()
}

fn issue(n: u32, status: DocStatus, date: NaiveDate) -> ProcedureDocument {
    let mut d = clean();
    d.issue = n;
    d.status = status;
    d.issued_on = Some(date);
    d.effective_on = Some(date);
    for s in [&mut d.signatures.drafted, &mut d.signatures.reviewed, &mut d.signatures.approved] {
        s.as_mut().unwrap().date = Some(date);
    }
    d.change_log =
        (2..=n).map(|i| ChangeEntry { issue: i, date: Some(date), ..Default::default() }).collect();
    if !matches!(status, DocStatus::Effective) {
        d.distribution.clear();
    }
    d
}

#[test]
fn register_rules() {
    let old = issue(1, DocStatus::Superseded, day(2025, 3, 1));
    let cur = issue(2, DocStatus::Effective, day(2026, 3, 2));
    assert_eq!(register(vec![old.clone(), cur.clone()]), vec![], "a clean register");
    // REG-001 two effective; REG-004 effective not newest.
    let mut a = old.clone();
    a.status = DocStatus::Effective;
    a.distribution = cur.distribution.clone();
    assert_eq!(register(vec![a, cur.clone()]), vec![("REG-001", "/documents/1/status".to_owned())]);
    let mut newer = issue(3, DocStatus::Superseded, day(2026, 6, 1));
    newer.distribution.clear();
    assert_eq!(
        register(vec![old.clone(), cur.clone(), newer]),
        vec![("REG-004", "/documents/1/status".to_owned())]
    );
    // An approved issue waiting for its future effective date is fine.
    let mut waiting = issue(3, DocStatus::Approved, day(2026, 11, 1));
    waiting.effective_on = Some(day(2027, 1, 1));
    assert_eq!(register(vec![old.clone(), cur.clone(), waiting]), vec![]);
    // REG-002 two drafts.
    let mut d3 = issue(3, DocStatus::Draft, day(2026, 10, 1));
    d3.issued_on = None;
    d3.effective_on = None;
    let mut d4 = d3.clone();
    d4.issue = 4;
    d4.change_log.push(ChangeEntry { issue: 4, ..Default::default() });
    assert_eq!(
        register(vec![cur.clone(), d3, d4]),
        vec![("REG-002", "/documents/2/status".to_owned())]
    );
    // REG-003 issue numbers against dates.
    let late_old = issue(1, DocStatus::Superseded, day(2026, 6, 1));
    assert_eq!(
        register(vec![late_old, cur.clone()]),
        vec![("REG-003", "/documents/0/issuedOn".to_owned())]
    );
    // REG-005 an obsolete issue still distributed.
    let mut dist = old.clone();
    dist.distribution = cur.distribution.clone();
    assert_eq!(
        register(vec![dist, cur.clone()]),
        vec![("REG-005", "/documents/0/distribution".to_owned())]
    );
    // REG-006 one TTHC, two effective procedures.
    let mut other = cur.clone();
    other.code = "QT.XD.02".into();
    assert_eq!(
        register(vec![cur.clone(), other]),
        vec![("REG-006", "/documents/1/tthcCode".to_owned())]
    );
    // REG-007 a reference to a code without an effective issue.
    let mut refs = cur.clone();
    refs.references = vec!["QT.XD.01".into(), "QT.VP.99".into()];
    assert_eq!(register(vec![refs]), vec![("REG-007", "/documents/0/references/1".to_owned())]);
    // A row listed twice is one issue: REG-008 says so, and REG-001 lists
    // each effective issue once ("lần 2, 3", not "lần 2, 3, 3").
    let mut two = cur.clone();
    two.issue = 3;
    two.change_log.push(ChangeEntry {
        issue: 3,
        date: Some(day(2026, 3, 2)),
        ..Default::default()
    });
    let reg = Register { agency: None, documents: vec![cur.clone(), two.clone(), two.clone()] };
    let r = Checker::new(policy()).unwrap().check_register(&reg, as_of());
    let reg001: Vec<_> = r.findings.iter().filter(|f| f.rule_id() == "REG-001").collect();
    assert_eq!(reg001.len(), 1);
    assert_eq!(reg001[0].pointer, "/documents/1/status");
    assert_eq!(
        reg001[0].message(Lang::Vi),
        "Mã QT.XD.01 có 2 lần ban hành đang hiệu lực (lần 2, 3)."
    );
    assert!(r.rule_ids().contains(&"REG-008"));
    // The same effective issue twice, and no other: REG-008 alone.
    let reg = Register { agency: None, documents: vec![cur.clone(), cur.clone()] };
    let r = Checker::new(policy()).unwrap().check_register(&reg, as_of());
    assert_eq!(r.rule_ids(), ["REG-008"]);
    // REG-008 the same issue twice.
    let mut twin = old.clone();
    twin.status = DocStatus::Withdrawn;
    assert_eq!(
        register(vec![old.clone(), twin, cur.clone()]),
        vec![("REG-008", "/documents/1/issue".to_owned())]
    );
    // Document findings carry the register pointer.
    let mut bad = cur.clone();
    bad.title.clear();
    assert_eq!(register(vec![old, bad]), vec![("DOC-009", "/documents/1/title".to_owned())]);
}

#[test]
fn register_summary_counts() {
    let mut stale = issue(2, DocStatus::Effective, day(2025, 3, 2));
    stale
        .legal_basis
        .as_mut()
        .unwrap()
        .push(LegalReference { number: "61/2018/NĐ-CP".into(), ..Default::default() });
    stale.last_review = Some(day(2024, 1, 1));
    let mut draft = issue(1, DocStatus::Draft, day(2026, 1, 1));
    draft.code = "QT.XD.05".into();
    let reg = Register { agency: None, documents: vec![stale, draft] };
    let r = Checker::new(policy()).unwrap().check_register(&reg, as_of());
    assert_eq!(r.stats.documents, 2);
    assert_eq!((r.stats.by_status.effective, r.stats.by_status.draft), (1, 1));
    assert_eq!((r.stats.overdue_reviews, r.stats.stale_legal_bases), (1, 1));
    assert_eq!(r.totals().warnings, 2);
}

#[test]
fn one_checker_checks_a_register_at_two_dates() {
    // A compiled checker holds no date: the same checker, kept past the
    // day the review falls due, answers for the date it is given.
    let checker = Checker::new(policy()).unwrap();
    let mut d = clean();
    d.last_review = Some(day(2025, 12, 1));
    let reg = Register { agency: None, documents: vec![d] };
    let before = checker.check_register(&reg, day(2026, 11, 30));
    let after = checker.check_register(&reg, day(2026, 12, 2));
    assert_eq!(before.stats.overdue_reviews, 0);
    assert!(!before.rule_ids().contains(&"DOC-060"));
    assert_eq!(after.stats.overdue_reviews, 1);
    assert_eq!(after.rule_ids(), ["DOC-060"]);
    assert_eq!(
        after.findings[0].message(Lang::Vi),
        "Tài liệu đã quá hạn rà soát: hạn rà soát là ngày 01/12/2026 (chu kỳ 12 tháng, tính từ ngày 01/12/2025)."
    );
}

#[test]
fn a_register_with_the_files_of_its_documents() {
    let checker = Checker::new(policy()).unwrap();
    let entry = clean();
    let mut file = clean();
    file.status = DocStatus::Approved;
    let mut other = clean();
    other.code = "QT.XD.02".into();
    other.title = "Quy trình cấp giấy phép xây dựng".into();
    let reg = Register { agency: None, documents: vec![entry] };
    let (report, from_file) = checker.check_register_with_files(&reg, &[file, other], as_of());
    // The same code and issue is one document, not a duplicate (REG-008).
    assert_eq!(report.stats.documents, 2);
    assert_eq!(from_file, [Some(0), Some(1)]);
    let ids = report.rule_ids();
    assert!(!ids.contains(&"REG-008"), "{ids:?}");
    let f = report.findings.iter().find(|f| f.rule_id() == "REG-010").expect("REG-010");
    assert_eq!(f.pointer, "/documents/0/status");
    assert!(
        f.message(Lang::Vi)
            .contains("trong tệp là “approved” nhưng trong Danh mục tài liệu là “effective”"),
        "{}",
        f.message(Lang::Vi)
    );
    // REG-009: one code for two different procedures.
    let mut second = clean();
    second.issue = 3;
    second.title = "Quy trình chứng thực chữ ký".into();
    second.status = DocStatus::Draft;
    let reg = Register { agency: None, documents: vec![clean(), second] };
    let r = checker.check_register(&reg, as_of());
    let f = r.findings.iter().find(|f| f.rule_id() == "REG-009").expect("REG-009");
    assert_eq!(f.pointer, "/documents/1/title");
}

/// What the register corpus asked for: a procedure renamed to its TTHC's
/// full published name, or given a re-published national code under the
/// same title, is still one procedure; two TTHCs of similar names are two.
/// References compare as people read codes, and procedures approved or
/// drafted together may refer to each other.
#[test]
fn renamed_procedures_and_references_between_new_ones() {
    let old = issue(1, DocStatus::Superseded, day(2025, 3, 1));
    let mut cur = issue(2, DocStatus::Effective, day(2026, 3, 2));
    cur.title = "Quy trình cấp giấy phép xây dựng nhà ở riêng lẻ đối với hộ gia đình, cá nhân tại khu vực nông thôn".into();
    assert_eq!(register(vec![old.clone(), cur.clone()]), vec![], "renamed to the full name");
    let mut recoded = issue(2, DocStatus::Effective, day(2026, 3, 2));
    recoded.tthc_code = Some("1.012793".into());
    assert_eq!(register(vec![old.clone(), recoded]), vec![], "the national code re-published");
    let mut birth = issue(1, DocStatus::Superseded, day(2025, 3, 1));
    birth.title = "Quy trình đăng ký khai sinh".into();
    let mut foreign = issue(2, DocStatus::Effective, day(2026, 3, 2));
    foreign.title = "Quy trình đăng ký khai sinh có yếu tố nước ngoài".into();
    foreign.tthc_code = Some("2.000528".into());
    assert_eq!(register(vec![birth, foreign]), vec![("REG-009", "/documents/1/title".to_owned())]);
    // References: "qt.xd.02" is QT.XD.02; two procedures approved together
    // for a later date refer to each other; an effective one may not refer
    // to one that is not in force yet.
    let mut a = issue(1, DocStatus::Approved, day(2026, 11, 20));
    a.effective_on = Some(day(2026, 12, 1));
    a.distribution.clear();
    let mut b = a.clone();
    b.code = "QT.XD.02".into();
    b.tthc_code = Some("1.009975".into());
    a.references = vec!["qt.xd.02".into()];
    assert_eq!(register(vec![a.clone(), b.clone()]), vec![]);
    let mut c = issue(1, DocStatus::Effective, day(2026, 3, 2));
    c.code = "QT.XD.03".into();
    c.tthc_code = Some("1.009976".into());
    c.references = vec!["QT.XD.02".into()];
    assert_eq!(register(vec![b, c]), vec![("REG-007", "/documents/1/references/0".to_owned())]);
}

/// The issue typed into the code: a secretary who codes issue 2 of
/// QT.TP.07 as "QT.TP.07.02" makes every issue a code of its own, and the
/// rules that compare issues of one code (REG-001, REG-003, REG-004) see
/// nothing. The same title under a code that differs only by a last number
/// equal to each issue says so (REG-011). Sub-procedures numbered under a
/// group (QT.ĐĐ.03.01, QT.ĐĐ.03.02) are different procedures and say
/// nothing.
#[test]
fn the_issue_number_typed_into_the_code() {
    let title = "Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản";
    let coded = |code: &str, n: u32, status: DocStatus, date: NaiveDate| {
        let mut d = issue(n, status, date);
        d.code = code.into();
        d.title = title.into();
        d.tthc_code = Some("2.000815".into());
        d
    };
    let first = coded("QT.TP.07.01", 1, DocStatus::Superseded, day(2025, 3, 1));
    let second = coded("QT.TP.07.02", 2, DocStatus::Effective, day(2026, 3, 2));
    let grouped = Policy { code_patterns: vec!["QT.{UNIT}.{NN}.{NN}".into()], ..policy() };
    let checker = Checker::new(grouped).unwrap();
    let check = |docs: Vec<ProcedureDocument>| {
        let reg = Register { agency: None, documents: docs };
        let report = checker.check_register(&reg, as_of());
        let ids: Vec<_> =
            report.findings.iter().map(|f| (f.rule_id(), f.pointer.clone())).collect();
        (ids, report)
    };
    let (ids, report) = check(vec![first.clone(), second.clone()]);
    assert_eq!(ids, vec![("REG-011", "/documents/1/code".to_owned())]);
    assert_eq!(
        report.findings[0].message(Lang::Vi),
        "Mã QT.TP.07.02 có vẻ đã ghép số lần ban hành vào mã: lần ban hành 1 của cùng quy trình \
         mang mã QT.TP.07.01. Mã tài liệu giữ nguyên qua các lần ban hành; lần ban hành được ghi \
         ở mục riêng."
    );
    assert_eq!(
        report.findings[0].message(Lang::En),
        "Code QT.TP.07.02 seems to contain the issue number: issue 1 of the same procedure has \
         code QT.TP.07.01. A document keeps its code through its issues; the issue is recorded \
         separately."
    );
    // Issue 1 without a number, issue 2 with one.
    let plain = Checker::new(policy()).unwrap();
    let mut unnumbered = first.clone();
    unnumbered.code = "QT.TP.07".into();
    let reg = Register { agency: None, documents: vec![unnumbered, second.clone()] };
    let ids: Vec<_> =
        plain.check_register(&reg, as_of()).findings.iter().map(|f| f.rule_id()).collect();
    assert!(ids.contains(&"REG-011"), "{ids:?}");
    // Sub-procedures of one group: two procedures, two titles.
    let mut mortgage = coded("QT.ĐĐ.03.01", 1, DocStatus::Effective, day(2025, 3, 1));
    mortgage.title =
        "Quy trình đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất".into();
    mortgage.tthc_code = Some("1.004535".into());
    let mut release = coded("QT.ĐĐ.03.02", 2, DocStatus::Effective, day(2026, 3, 2));
    release.title =
        "Quy trình xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất".into();
    release.tthc_code = Some("1.004545".into());
    assert_eq!(check(vec![mortgage, release]).0, vec![]);
    // A last number that is not the issue: not an issue number.
    let mut other = second.clone();
    other.issue = 1;
    other.change_log.clear();
    other.status = DocStatus::Superseded;
    other.distribution.clear();
    assert!(!check(vec![first, other]).0.iter().any(|(id, _)| *id == "REG-011"));
}

/// A code is one code however it was typed: an invisible character pasted
/// into "QT.XD.01" does not make a second procedure out of its issues.
#[test]
fn one_code_however_typed() {
    let mut old = issue(1, DocStatus::Effective, day(2025, 3, 1));
    old.code = "QT.XD\u{200B}.01".into();
    let cur = issue(2, DocStatus::Effective, day(2026, 3, 2));
    let found = register(vec![old, cur]);
    assert!(found.contains(&("REG-001", "/documents/1/status".to_owned())), "{found:?}");
}

/// The cases of one issue (a TTHC whose cases each have their steps and
/// limit, one document per case) are that issue once: not two effective
/// issues, not the same issue twice; a form one case does not use may
/// serve the other.
#[test]
fn the_cases_of_an_issue_are_one_issue() {
    let mut first = issue(2, DocStatus::Effective, day(2026, 3, 2));
    first.case = Some("Trường hợp cấp mới".into());
    let mut second = first.clone();
    second.case = Some("Trường hợp cấp lại do bị mất".into());
    second.steps.as_mut().unwrap().truncate(2);
    let old = issue(1, DocStatus::Superseded, day(2025, 3, 1));
    let both = vec![old.clone(), first.clone(), second.clone()];
    assert_eq!(register(both), vec![], "two cases of issue 2 beside issue 1");
    // One case listed twice is the same issue twice.
    let found = register(vec![first.clone(), first.clone()]);
    assert!(found.contains(&("REG-008", "/documents/1/issue".to_owned())), "{found:?}");
    // A second effective issue is still one, whatever its case.
    let mut newer = issue(3, DocStatus::Effective, day(2026, 6, 1));
    newer.case = Some("Trường hợp cấp mới".into());
    let found = register(vec![first.clone(), second.clone(), newer]);
    assert!(found.iter().any(|(id, _)| *id == "REG-001"), "{found:?}");
    // DOC-037 of a form no step uses: on a whole procedure, not on a case.
    let mut whole = clean();
    whole.forms.as_mut().unwrap().push(Form { code: "BM-03".into(), title: None });
    assert_eq!(findings(&whole), vec![("DOC-037", "/forms/2/code".to_owned())]);
    whole.case = Some("Trường hợp cấp lại".into());
    assert_eq!(findings(&whole), vec![]);
}
