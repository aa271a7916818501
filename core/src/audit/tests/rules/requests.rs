//! Rules as real requests meet them: exclusions, readiness, rules that
//! rest on a date, lateness, scope, stale citations, units, the 2026
//! edition.

use super::*;

#[test]
fn the_transition_gap_honours_justified_exclusions() {
    // A 2008 system that excluded 7.3 (design) with a justification is not
    // told that 8.3.1–8.3.6 of 2015 are uncovered.
    let uncovered = |exclude: bool| {
        let mut r = qms();
        r.summary.edition = "2008".into();
        r.summary.covered_clauses = vec![];
        r.summary.scope.not_applicable = if exclude {
            vec![Exclusion {
                clause: "7.3".into(), justification: Some("Không thiết kế".into())
            }]
        } else {
            vec![]
        };
        let report = check_qms(&r).unwrap();
        let f = report.check.findings.iter().find(|f| f.rule_id() == "QMS-008").cloned();
        match f.map(|f| f.violation) {
            Some(AuditViolation::QmsOldEdition { uncovered, .. }) => uncovered,
            other => panic!("{other:?}"),
        }
    };
    let (with, without) = (uncovered(true), uncovered(false));
    assert!(with + 6 <= without, "8.3.1–8.3.6 leave the gap: {with} vs {without}");
}

#[test]
fn readiness_weighs_everything_the_request_holds() {
    // The checklist alone is clean for its scope (7.5.1) …
    let mut r = results(vec![item("a", "VP", "7.5.1", Compliant, 1.0)]);
    r.scope = vec!["7.5.1".into()];
    let alone = AuditRequest { results: Some(r.clone()), ..Default::default() }.run().unwrap();
    assert!(alone.score.as_ref().unwrap().readiness.ready);
    // … but a unit never audited, an audit without a report and an open
    // major past its due date each block, and are named.
    let mut p = programme();
    p.units
        .push(Unit { id: "TTPV".into(), name: "Trung tâm Phục vụ hành chính công".into() });
    p.audits[0].report = None;
    let mut n = nc_clean();
    n.grade = NcGrade::Major;
    n.status = NcStatus::Open;
    n.due_date = Some(day(2026, 7, 1));
    let ncs = NcRegister {
        as_of: day(2026, 11, 22),
        policy: NcPolicy::default(),
        nonconformities: vec![n],
    };
    let req = AuditRequest {
        programme: Some(p),
        results: Some(r),
        nonconformities: Some(ncs),
        ..Default::default()
    };
    let report = req.run().unwrap();
    let ready = &report.score.as_ref().unwrap().readiness;
    assert!(!ready.ready);
    assert_eq!(ready.units_not_audited, ["TTPV"]);
    assert_eq!(ready.audits_without_report.len(), 1);
    assert_eq!(ready.overdue_majors, ["NC-01"]);
    assert_eq!(ready.reasons(Lang::Vi).len(), 3, "{:?}", ready.reasons(Lang::Vi));
    // Three open minors on one clause block like a major.
    let mut items = vec![item("b", "VP", "7.5.1", PartiallyCompliant, 1.0)];
    for k in 0..3 {
        items[0].findings.push(AuditFinding {
            id: format!("m{k}"),
            grade: FindingGrade::Minor,
            description: None,
            closed: false,
            action_plan_accepted: true,
        });
    }
    let mut r = results(items);
    r.scope = vec!["7.5.1".into()];
    let s = score(&r, &ScoringOptions::default()).unwrap();
    assert_eq!(s.readiness.minors_as_major, ["7.5.1"]);
    assert!(!s.readiness.ready);
}

#[test]
fn rules_that_rest_on_a_date_apply_from_that_date() {
    // 2016: 19/2014/QĐ-TTg named TCVN ISO 9001:2008; the move to 2015 was
    // asked for from 25/09/2018 (3003/BKHCN-TĐC).
    let mut r = qms();
    r.summary.edition = "2008".into();
    let ids = |r: &QmsRequest| check_qms(r).unwrap().check.rule_ids();
    r.summary.as_of = day(2018, 9, 24);
    assert!(!ids(&r).contains(&"QMS-008"));
    r.summary.as_of = day(2018, 9, 25);
    assert!(ids(&r).contains(&"QMS-008"));
    // On 5 January the new year's objectives may still be in the making:
    // last year's count (a grace period of the policy).
    let mut r = qms();
    r.summary.as_of = day(2027, 1, 5);
    let last_year = r.summary.objectives.iter().any(|o| o.year == 2026);
    assert!(last_year && !ids(&r).contains(&"QMS-002"), "{:?}", ids(&r));
    r.summary.as_of = day(2027, 2, 5);
    assert!(ids(&r).contains(&"QMS-002"));
}

#[test]
fn an_audit_report_is_not_due_on_the_audit_s_own_day() {
    let mut p = programme();
    p.audits[0].report = None;
    p.as_of = p.audits[0].date;
    assert!(!prog_ids(&p).iter().any(|(r, _)| *r == "AUD-005"));
    p.as_of = p.audits[0].date.succ_opt().unwrap();
    assert!(prog_ids(&p).iter().any(|(r, _)| *r == "AUD-005"));
}

#[test]
fn a_nonconformity_closed_after_its_due_date_says_how_late() {
    let mut n = nc_clean();
    n.due_date = Some(day(2026, 8, 20));
    let r = NcRegister {
        as_of: day(2026, 11, 22),
        policy: NcPolicy::default(),
        nonconformities: vec![n],
    };
    let report = r.check();
    let f = report.findings.iter().find(|f| f.rule_id() == "NC-008").expect("NC-008");
    assert!(f.message(Lang::Vi).contains("quá hạn khắc phục 10 ngày"), "{}", f.message(Lang::Vi));
    // Closed on time: quiet.
    let on_time = NcRegister { nonconformities: vec![nc_clean()], ..r };
    assert!(!on_time.check().rule_ids().contains(&"NC-008"));
}

#[test]
fn a_procedure_out_of_scope_is_reported_only_when_the_scope_lists_tthc() {
    // An agency that does not list its TTHC in the scope is not told that
    // every procedure is out of it.
    let mut r = qms();
    r.summary.scope.tthc.clear();
    assert!(!qms_ids(&r).contains(&"QMS-013"));
    // A withdrawn procedure of a TTHC that left the scope is as it should be.
    r.summary.scope.tthc = vec!["2.000001".into()];
    r.summary.procedures.as_mut().unwrap().documents[0].status =
        crate::documents::DocStatus::Withdrawn;
    assert!(!qms_ids(&r).contains(&"QMS-013"));
}

/// An annex procedure serving two TTHC ("Mã TTHC: 1.001612; 2.000720",
/// đăng ký thành lập and thay đổi hộ kinh doanh) covers both, and is in
/// scope when both are.
#[test]
fn one_procedure_for_two_tthc_covers_both() {
    let mut r = qms();
    let d = &mut r.summary.procedures.as_mut().unwrap().documents[0];
    d.tthc_code = Some("1.001612; 2.000720".into());
    r.summary.scope.tthc = vec!["1.001612".into(), "2.000720".into()];
    let ids = qms_ids(&r);
    assert!(!ids.contains(&"QMS-013") && !ids.contains(&"QMS-004"), "{ids:?}");
    // One of its two left the scope: said, naming that one.
    r.summary.scope.tthc = vec!["1.001612".into()];
    let report = check_qms(&r).unwrap();
    let f = report.check.findings.iter().find(|f| f.rule_id() == "QMS-013").unwrap();
    assert!(f.message(crate::Lang::Vi).contains("2.000720"), "{}", f.message(crate::Lang::Vi));
}

#[test]
fn stale_citations_name_the_procedure_and_the_replacement() {
    let mut r = qms();
    r.policy.replaced_documents =
        vec![crate::documents::Replacement::new("61/2018/NĐ-CP", "118/2025/NĐ-CP")];
    let d = &mut r.summary.procedures.as_mut().unwrap().documents[0];
    d.legal_basis = Some(vec![crate::documents::LegalReference {
        number: "61/2018/NĐ-CP".into(),
        ..Default::default()
    }]);
    let report = check_qms(&r).unwrap();
    assert_eq!(report.stale_citations, 1);
    let f = report.check.findings.iter().find(|f| f.rule_id() == "QMS-009").unwrap();
    assert_eq!(
        f.message(Lang::Vi),
        "Các quy trình có 1 lượt viện dẫn căn cứ pháp lý đã bị thay thế: QT.XD.01 viện dẫn 61/2018/NĐ-CP (đã thay bằng 118/2025/NĐ-CP)."
    );
    assert_eq!(
        f.message(Lang::En),
        "The procedures cite replaced legal documents 1 time(s): QT.XD.01 cites 61/2018/NĐ-CP (replaced by 118/2025/NĐ-CP)."
    );
}

#[test]
fn items_and_nonconformities_name_units_of_the_programme() {
    // AUD-008 points into the request; the item is still scored.
    let mut r = results(vec![item("a", "VP", "7.5.1", Compliant, 1.0)]);
    r.items.push(item("b", "PKT", "7.5.1", Compliant, 1.0));
    let mut n = nc_clean();
    n.unit = "KHTC".into();
    let ncs = NcRegister {
        as_of: day(2026, 11, 22),
        policy: NcPolicy::default(),
        nonconformities: vec![n],
    };
    let req = AuditRequest {
        programme: Some(programme()),
        results: Some(r.clone()),
        nonconformities: Some(ncs.clone()),
        ..Default::default()
    };
    let report = req.run().unwrap();
    let aud008: Vec<&str> = report
        .programme
        .as_ref()
        .unwrap()
        .findings
        .iter()
        .filter(|f| f.rule_id() == "AUD-008")
        .map(|f| f.pointer.as_str())
        .collect();
    assert_eq!(aud008, ["/results/items/1/unit", "/nonconformities/nonconformities/0/unit"]);
    assert_eq!(report.score.as_ref().unwrap().contributions.len(), 2);
    // Without a programme there is nothing to compare with.
    let alone = AuditRequest { results: Some(r), nonconformities: Some(ncs), ..Default::default() };
    assert!(alone.run().unwrap().programme.is_none());
}

#[test]
fn the_2026_edition_is_neither_required_nor_refused() {
    // A 2015 system is not told to move by default: Vietnam has not
    // adopted ISO 9001:2026.
    let r = qms();
    assert!(!qms_ids(&r).iter().any(|id| *id == "QMS-014" || *id == "QMS-008"));
    assert_eq!(check_qms(&r).unwrap().weights.applicable, 23);
    // A system already on 2026 is not "still on an old edition", with the
    // policy date set or not.
    let mut r = qms();
    r.summary.edition = "2026".into();
    assert!(!qms_ids(&r).iter().any(|id| *id == "QMS-014" || *id == "QMS-008"));
    r.policy.transition_2026_due = Some(day(2026, 10, 1));
    assert!(!qms_ids(&r).iter().any(|id| *id == "QMS-014" || *id == "QMS-008"));
    // Before the policy's date the rule weighs nothing.
    let mut r = qms();
    r.policy.transition_2026_due = Some(day(2029, 9, 30));
    assert!(!qms_ids(&r).contains(&"QMS-014"));
    assert_eq!(check_qms(&r).unwrap().weights.applicable, 23);
    r.summary.as_of = day(2029, 10, 1);
    let report = check_qms(&r).unwrap();
    assert!(report.check.findings.iter().any(|f| f.rule_id() == "QMS-014"));
    assert_eq!(report.weights.applicable, 24);
}
