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

mod requests;
