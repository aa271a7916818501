//! The programme, nonconformity and agency rules: each fires on its
//! defect and stays quiet on a clean input.

use super::*;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn programme() -> AuditProgramme {
    let unit = |id: &str, name: &str| Unit { id: id.into(), name: name.into() };
    let auditor = |id: &str, unit: &str| Auditor {
        id: id.into(),
        name: format!("Chuyên gia {id}"),
        unit: unit.into(),
    };
    let audit = |id: &str, date, lead: &str, auditee: &str, clauses: &[&str]| Audit {
        id: id.into(),
        date,
        lead: lead.into(),
        auditors: vec![],
        auditee: auditee.into(),
        clauses: clauses.iter().map(|c| (*c).to_owned()).collect(),
        report: Some(AuditReportRef { date, reference: None }),
    };
    AuditProgramme {
        from: day(2026, 1, 1),
        to: day(2026, 12, 31),
        as_of: day(2026, 11, 22),
        edition: "2015".into(),
        units: vec![unit("VP", "Văn phòng"), unit("QLXD", "Phòng Quản lý xây dựng")],
        clauses: vec![
            "4".into(),
            "5".into(),
            "6".into(),
            "7".into(),
            "8".into(),
            "9".into(),
            "10".into(),
        ],
        not_applicable: vec![Exclusion {
            clause: "8.3".into(),
            justification: Some("Không thiết kế sản phẩm".into()),
        }],
        auditors: vec![auditor("A1", "VP"), auditor("A2", "QLXD")],
        audits: vec![
            audit("ĐG-01", day(2026, 6, 10), "A2", "VP", &["4", "5", "6", "7"]),
            audit("ĐG-02", day(2026, 6, 11), "A1", "QLXD", &["8", "9", "10"]),
        ],
    }
}

fn prog_ids(p: &AuditProgramme) -> Vec<(&'static str, String)> {
    p.check().unwrap().findings.into_iter().map(|f| (f.rule_id(), f.pointer)).collect()
}

#[test]
fn programme_rules_fire_and_stay_quiet() {
    assert_eq!(prog_ids(&programme()), vec![], "a clean programme");
    let mut p = programme();
    p.audits[1].auditee = "VP".into();
    let ids = prog_ids(&p);
    assert!(ids.contains(&("AUD-001", "/units/1".into())), "{ids:?}");
    let mut p = programme();
    p.audits[1].clauses = vec!["8".into(), "9".into()];
    assert_eq!(
        prog_ids(&p),
        vec![
            ("AUD-002", "/clauses".into()),
            ("AUD-002", "/clauses".into()),
            ("AUD-002", "/clauses".into()),
            ("AUD-002", "/clauses".into())
        ],
        "10.1, 10.2.1, 10.2.2, 10.3"
    );
    let mut p = programme();
    p.audits[0].lead = "A1".into();
    assert_eq!(prog_ids(&p), vec![("AUD-003", "/audits/0/lead".into())]);
    let mut p = programme();
    p.audits[0].date = day(2027, 1, 5);
    p.audits[0].report = Some(AuditReportRef { date: day(2027, 1, 6), reference: None });
    let ids = prog_ids(&p);
    assert!(
        ids.contains(&("AUD-004", "/audits/0/date".into()))
            && ids.contains(&("AUD-001", "/units/0".into())),
        "{ids:?}"
    );
    let mut p = programme();
    p.audits[0].report = None;
    assert_eq!(prog_ids(&p), vec![("AUD-005", "/audits/0/report".into())]);
    p.as_of = day(2026, 6, 1);
    assert_eq!(prog_ids(&p), vec![], "a planned audit needs no report yet");
    let mut p = programme();
    p.audits[0].auditors = vec!["A9".into()];
    assert_eq!(prog_ids(&p), vec![("AUD-006", "/audits/0/auditors/0".into())]);
    let mut p = programme();
    p.not_applicable[0].justification = None;
    assert_eq!(prog_ids(&p), vec![("AUD-007", "/notApplicable/0/justification".into())]);
    let mut p = programme();
    p.edition = "1994".into();
    assert_eq!(p.check().unwrap_err().code(), "unknown_edition");
}

fn nc_clean() -> Nonconformity {
    Nonconformity {
        id: "NC-01".into(),
        clause: "7.5.3.2".into(),
        unit: "VP".into(),
        grade: NcGrade::Minor,
        description: Some("Hồ sơ không được lập danh mục".into()),
        raised_on: day(2026, 6, 10),
        correction: Some("Lập danh mục".into()),
        root_cause: Some("Chưa phân công người lưu".into()),
        corrective_action: Some("Phân công, đào tạo".into()),
        owner: Some("Trần Thị Bình".into()),
        due_date: Some(day(2026, 9, 1)),
        status: NcStatus::Closed,
        action_done_on: Some(day(2026, 8, 20)),
        verification: Some(Verification {
            date: day(2026, 8, 30),
            verifier: "Lê Văn Cường".into(),
            result: VerificationResult::Effective,
        }),
        closed_on: None,
    }
}

fn nc_ids(ncs: Vec<Nonconformity>) -> Vec<(&'static str, String)> {
    let r =
        NcRegister { as_of: day(2026, 11, 22), policy: NcPolicy::default(), nonconformities: ncs };
    r.check().findings.into_iter().map(|f| (f.rule_id(), f.pointer)).collect()
}

#[test]
fn nonconformity_rules_fire_and_stay_quiet() {
    assert_eq!(nc_ids(vec![nc_clean()]), vec![]);
    let mut n = nc_clean();
    n.grade = NcGrade::Major;
    assert_eq!(
        nc_ids(vec![n]),
        vec![("NC-001", "/nonconformities/0/dueDate".into())],
        "30 days for a major"
    );
    let mut n = nc_clean();
    n.status = NcStatus::InProgress;
    assert_eq!(nc_ids(vec![n.clone()]), vec![("NC-002", "/nonconformities/0/dueDate".into())]);
    n.corrective_action = None;
    n.due_date = Some(day(2026, 12, 1));
    n.raised_on = day(2026, 11, 1);
    assert_eq!(nc_ids(vec![n]), vec![("NC-003", "/nonconformities/0/correctiveAction".into())]);
    let mut n = nc_clean();
    n.root_cause = Some(" ".into());
    assert_eq!(nc_ids(vec![n]), vec![("NC-004", "/nonconformities/0/rootCause".into())]);
    let mut n = nc_clean();
    n.action_done_on = None;
    assert_eq!(nc_ids(vec![n]), vec![("NC-005", "/nonconformities/0/actionDoneOn".into())]);
    let mut n = nc_clean();
    n.verification.as_mut().unwrap().verifier = "TRẦN THỊ BÌNH".into();
    assert_eq!(
        nc_ids(vec![n]),
        vec![("NC-006", "/nonconformities/0/verification/verifier".into())]
    );
    let mut n = nc_clean();
    n.verification = None;
    assert_eq!(nc_ids(vec![n]), vec![("NC-006", "/nonconformities/0/verification".into())]);
    let mut again = nc_clean();
    again.id = "NC-07".into();
    again.raised_on = day(2026, 11, 5);
    again.status = NcStatus::ActionPlanned;
    again.due_date = Some(day(2027, 1, 31));
    assert_eq!(
        nc_ids(vec![nc_clean(), again.clone()]),
        vec![("NC-007", "/nonconformities/0/status".into())]
    );
    again.unit = "QLXD".into();
    assert_eq!(nc_ids(vec![nc_clean(), again]), vec![], "another unit is not a recurrence");
}

fn qms() -> QmsRequest {
    let proc_doc: crate::documents::ProcedureDocument = serde_json::from_str(
        r#"{"code":"QT.XD.01","title":"Cấp phép","kind":"tthc","tthcCode":"1.009974","issue":1,"status":"effective"}"#,
    ).unwrap();
    QmsRequest {
        summary: QmsSummary {
            agency: Some("Sở Xây dựng".into()),
            as_of: day(2026, 11, 22),
            edition: "2015".into(),
            scope: QmsScope {
                tthc: vec!["1.009974".into()],
                not_applicable: vec![],
                last_changed: Some(day(2025, 3, 1)),
            },
            quality_policy: Some(DecisionRef {
                number: Some("12/QĐ-SXD".into()),
                date: Some(day(2024, 1, 5)),
            }),
            objectives: vec![Objective {
                year: 2026,
                text: "Giải quyết đúng hạn".into(),
                target: Some("≥ 98% hồ sơ".into()),
            }],
            steering_committee: Some(DecisionRef {
                number: Some("5/QĐ-SXD".into()),
                date: Some(day(2024, 1, 2)),
            }),
            announcement: Some(DecisionRef {
                number: Some("20/QĐ-SXD".into()),
                date: Some(day(2025, 4, 1)),
            }),
            internal_audits: vec![day(2026, 6, 10)],
            management_reviews: vec![day(2026, 7, 1)],
            covered_clauses: vec![],
            procedures: Some(crate::documents::Register {
                agency: None,
                documents: vec![proc_doc],
            }),
        },
        policy: QmsPolicy::default(),
    }
}

fn qms_ids(r: &QmsRequest) -> Vec<&'static str> {
    check_qms(r).unwrap().check.rule_ids()
}

#[test]
fn qms_rules_fire_and_score() {
    // The sample procedure is bare: document-control errors (QMS-012) only.
    let r = qms();
    assert_eq!(qms_ids(&r), ["QMS-012"]);
    let report = check_qms(&r).unwrap();
    assert!(report.procedure_errors > 0 && report.score < 100.0 && report.score > 90.0);
    type Case = (&'static str, fn(&mut QmsRequest));
    let cases: Vec<Case> = vec![
        ("QMS-001", |r| r.summary.quality_policy = None),
        ("QMS-002", |r| r.summary.objectives[0].year = 2025),
        ("QMS-003", |r| r.summary.objectives[0].target = Some("nâng cao chất lượng".into())),
        ("QMS-004", |r| r.summary.scope.tthc.push("1.000001".into())),
        ("QMS-005", |r| r.summary.scope.last_changed = Some(day(2026, 5, 1))),
        ("QMS-006", |r| r.summary.internal_audits = vec![day(2025, 6, 1)]),
        ("QMS-007", |r| r.summary.management_reviews.clear()),
        ("QMS-008", |r| {
            r.summary.edition = "2008".into();
            r.summary.covered_clauses = vec!["4.2.3".into()];
        }),
        ("QMS-009", |r| {
            r.policy.replaced_documents =
                vec![crate::documents::Replacement::new("61/2018/NĐ-CP", "118/2025/NĐ-CP")];
            let d = &mut r.summary.procedures.as_mut().unwrap().documents[0];
            d.legal_basis = Some(vec![crate::documents::LegalReference {
                number: "61/2018/NĐ-CP".into(),
                ..Default::default()
            }]);
        }),
        ("QMS-010", |r| r.summary.announcement = None),
        ("QMS-011", |r| r.summary.steering_committee = None),
        // The TTHC moved to another level; its procedure was not withdrawn.
        ("QMS-013", |r| r.summary.scope.tthc = vec!["2.000001".into()]),
        // Only once an inspection policy asks for the 2026 edition.
        ("QMS-014", |r| r.policy.transition_2026_due = Some(day(2026, 10, 1))),
        ("AUD-007", |r| {
            r.summary
                .scope
                .not_applicable
                .push(Exclusion { clause: "8.3".into(), justification: None })
        }),
    ];
    for (rule, mutate) in cases {
        let mut r = qms();
        mutate(&mut r);
        let ids = qms_ids(&r);
        assert!(ids.contains(&rule), "{rule}: {ids:?}");
        assert!(check_qms(&r).unwrap().score < report.score, "{rule} lowers the score");
    }
}

#[test]
fn every_audit_rule_has_a_firing_test() {
    let tested = [
        "AUD-001", "AUD-002", "AUD-003", "AUD-004", "AUD-005", "AUD-006", "AUD-007", "NC-001",
        "NC-002", "NC-003", "NC-004", "NC-005", "NC-006", "NC-007", "NC-008", "QMS-001", "QMS-002",
        "QMS-003", "QMS-004", "QMS-005", "QMS-006", "QMS-007", "QMS-008", "QMS-009", "QMS-010",
        "QMS-011", "QMS-012", "QMS-013", "QMS-014", "AUD-008",
    ];
    let mut all: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let mut tested = tested.to_vec();
    all.sort_unstable();
    tested.sort_unstable();
    assert_eq!(all, tested);
}

#[test]
fn messages_name_what_they_are_about() {
    // NC-001 names the nonconformity, like every other NC message.
    let mut n = nc_clean();
    n.grade = NcGrade::Major;
    let r = NcRegister {
        as_of: day(2026, 11, 22),
        policy: NcPolicy::default(),
        nonconformities: vec![n],
    };
    let f = &r.check().findings[0];
    assert_eq!(
        f.message(Lang::Vi),
        "Sự không phù hợp NC-01: hạn khắc phục 01/09/2026 vượt thời hạn tối đa của cơ quan (30 ngày kể từ ngày ghi nhận 10/06/2026)."
    );
    assert!(f.message(Lang::En).starts_with("Nonconformity NC-01: the due date 01/09/2026"));
    // QMS-008 counts clauses without a counterpart: it does not say they
    // are unmet. The legal basis of QMS-005 is cited as Vietnamese law is.
    let mut r = qms();
    r.summary.edition = "2008".into();
    r.summary.covered_clauses = vec!["4.2.3".into()];
    let report = check_qms(&r).unwrap();
    let f = report.check.findings.iter().find(|f| f.rule_id() == "QMS-008").expect("QMS-008");
    let m = f.message(Lang::Vi);
    assert!(
        m.starts_with(
            "HTQLCL còn áp dụng TCVN ISO 9001:2008; phải chuyển đổi sang TCVN ISO 9001:2015 ("
        ),
        "{m}"
    );
    assert!(m.ends_with(" điều khoản của phiên bản mới chưa có nội dung tương ứng)."), "{m}");
    assert!(!m.contains("đáp ứng"), "{m}");
    let qms005 = RULES.iter().find(|r| r.id == "QMS-005").expect("QMS-005");
    assert_eq!(qms005.legal_basis, Some("khoản 3 Điều 4 Quyết định 19/2014/QĐ-TTg"));
}

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
