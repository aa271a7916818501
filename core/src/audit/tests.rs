//! Tests of audit scoring: XCCDF cases computed by hand from the spec, the
//! conformity model and its consequences, what-if, readiness, and the
//! monotonicity of every model.

use super::*;
use crate::Lang;
use proptest::prelude::*;

fn item(id: &str, unit: &str, clause: &str, result: ItemResult, weight: f64) -> ChecklistItem {
    ChecklistItem {
        id: id.into(),
        unit: unit.into(),
        clause: clause.into(),
        result,
        justification: None,
        evidence: None,
        weight,
        maturity: None,
        findings: vec![],
    }
}

fn results(items: Vec<ChecklistItem>) -> AuditResults {
    AuditResults { edition: "2015".into(), scope: vec![], not_applicable: vec![], items }
}

fn run(r: &AuditResults, model: Model, group_by: GroupBy) -> ScoreReport {
    let opts = ScoringOptions { model, group_by, ..Default::default() };
    score(r, &opts).unwrap()
}

use ItemResult::*;

#[test]
fn xccdf_flat_models_by_hand() {
    // r1 pass w1, r2 fail w2, r3 notapplicable, r4 pass w0.
    let r = results(vec![
        item("r1", "A", "7.1.6", Compliant, 1.0),
        item("r2", "A", "7.2", NonCompliant, 2.0),
        item("r3", "A", "8.3.1", NotApplicable, 1.0),
        item("r4", "B", "7.3", Compliant, 0.0),
    ]);
    // flat: s = 1·1 + 2·0 + 0·1 = 1, m = 3.
    let f = run(&r, Model::XccdfFlat, GroupBy::Clause);
    assert_eq!(f.flat, Some(FlatScore { score: 1.0, max: 3.0 }));
    assert_eq!(f.score, Some(33.3333));
    // flat-unweighted: non-zero weights become 1, zero stays 0: s = 1, m = 2.
    let u = run(&r, Model::XccdfFlatUnweighted, GroupBy::Clause);
    assert_eq!(u.flat, Some(FlatScore { score: 1.0, max: 2.0 }));
    assert_eq!(u.score, Some(50.0));
    // absolute: s ≠ m.
    assert_eq!(run(&r, Model::XccdfAbsolute, GroupBy::Clause).score, Some(0.0));
    // A partially compliant result is a fail in XCCDF.
    let p = results(vec![item("p", "A", "7.2", PartiallyCompliant, 1.0)]);
    assert_eq!(run(&p, Model::XccdfFlat, GroupBy::Clause).score, Some(0.0));
}

#[test]
fn xccdf_default_model_by_hand() {
    // By unit: A = (100·1 + 0·1)/2 = 50, B = 100, C only excluded (empty:
    // omitted), D only zero weights (counted, Σ weight 0 so the score stays
    // 0, as OpenSCAP computes it). Benchmark = (50 + 100 + 0)/3 = 50.
    let r = results(vec![
        item("a1", "A", "7.1.6", Compliant, 1.0),
        item("a2", "A", "7.2", NonCompliant, 1.0),
        item("b1", "B", "7.3", Compliant, 1.0),
        item("c1", "C", "7.4", NotAssessed, 1.0),
        item("d1", "D", "7.4", Compliant, 0.0),
    ]);
    let d = run(&r, Model::XccdfDefault, GroupBy::Unit);
    assert_eq!(d.score, Some(50.0));
    let groups: Vec<(&str, Option<f64>)> =
        d.groups.iter().map(|g| (g.key.as_str(), g.score)).collect();
    assert_eq!(groups, [("A", Some(50.0)), ("B", Some(100.0)), ("C", None), ("D", Some(0.0))]);
    // Contributions add up to the score.
    let total: f64 = d.contributions.iter().map(|c| c.contribution).sum();
    assert!((total - 50.0).abs() < 1e-3, "{total}");
    // By clause: 7.1.6 pass, 7.5.3.2 fail → 7.1 = 100, 7.5 = 0, 7 = 50.
    let r = results(vec![
        item("x", "A", "7.1.6", Compliant, 1.0),
        item("y", "A", "7.5.3.2", NonCompliant, 1.0),
    ]);
    let d = run(&r, Model::XccdfDefault, GroupBy::Clause);
    assert_eq!(d.score, Some(50.0));
    let g = |k: &str| d.groups.iter().find(|g| g.key == k).and_then(|g| g.score);
    assert_eq!(
        (g("7"), g("7.1"), g("7.5"), g("7.5.3")),
        (Some(50.0), Some(100.0), Some(0.0), Some(0.0))
    );
    // Weights at rule level: a weight-3 pass and a weight-1 fail in one clause.
    let r = results(vec![
        item("x", "A", "7.2", Compliant, 3.0),
        item("y", "A", "7.2", NonCompliant, 1.0),
    ]);
    assert_eq!(run(&r, Model::XccdfDefault, GroupBy::Clause).score, Some(75.0));
}

#[test]
fn everything_excluded() {
    let r = results(vec![
        item("a", "A", "8.3.1", NotApplicable, 1.0),
        item("b", "A", "7.2", NotAssessed, 1.0),
    ]);
    assert_eq!(run(&r, Model::XccdfFlat, GroupBy::Clause).score, None);
    assert_eq!(
        run(&r, Model::XccdfFlat, GroupBy::Clause).flat,
        Some(FlatScore { score: 0.0, max: 0.0 })
    );
    assert_eq!(run(&r, Model::XccdfAbsolute, GroupBy::Clause).score, Some(100.0), "s = m = 0");
    assert_eq!(run(&r, Model::XccdfDefault, GroupBy::Clause).score, None);
    assert_eq!(run(&r, Model::Conformity, GroupBy::Clause).score, None);
    assert_eq!(run(&results(vec![]), Model::Maturity, GroupBy::Clause).score, None);
}

fn nc(id: &str, grade: FindingGrade) -> AuditFinding {
    AuditFinding {
        id: id.into(),
        grade,
        description: None,
        closed: false,
        action_plan_accepted: false,
    }
}

#[test]
fn conformity_with_consequences_and_grades() {
    let mut bad = item("b", "TP", "7.5.3.2", NonCompliant, 1.0);
    bad.findings.push(nc("NC-1", FindingGrade::Major));
    let r = results(vec![
        item("a", "TP", "7.5.3.2", Compliant, 1.0),
        item("a2", "TP", "7.5.3.2", Compliant, 1.0),
        bad,
        item("c", "VP", "9.2.2", PartiallyCompliant, 1.0),
        item("d", "VP", "9.2.2", Compliant, 1.0),
    ]);
    let s = run(&r, Model::Conformity, GroupBy::Clause);
    // 7.5.3.2: 2/3 = 66.7, capped at 50 by the major; 9.2.2: 75.
    let g = |k: &str| s.groups.iter().find(|g| g.key == k).unwrap().clone();
    assert_eq!((g("7.5.3.2").score, g("7.5.3.2").capped), (Some(50.0), true));
    assert_eq!(g("9.2.2").score, Some(75.0));
    // Overall: (3·50 + 2·75)/5 = 60.
    assert_eq!(s.score, Some(60.0));
    assert_eq!(s.grade, Some(Grade::Fair));
    let total: f64 = s.contributions.iter().map(|c| c.contribution).sum();
    assert!((total - 60.0).abs() < 1e-3, "{total}");
    assert_eq!(s.by_top_clause.iter().map(|t| t.key.as_str()).collect::<Vec<_>>(), ["7", "9"]);
    assert_eq!(s.by_unit.len(), 2);
    // Closing the major: the clause is 100 → (3·100 + 2·75)/5 = 90.
    assert_eq!(s.what_if[0].finding, "NC-1");
    assert_eq!(s.what_if[0].score_after, Some(90.0));
    assert_eq!(s.what_if[0].gain, 30.0);
    // An overall cap, and three minors counting as a major.
    let mut opts = ScoringOptions::default();
    opts.consequences.major_overall_cap = Some(40.0);
    assert_eq!(score(&r, &opts).unwrap().score, Some(40.0));
    let mut minors = item("m", "TP", "7.2", PartiallyCompliant, 1.0);
    minors.findings = (1..=3).map(|k| nc(&format!("m{k}"), FindingGrade::Minor)).collect();
    let r2 = results(vec![minors, item("ok", "TP", "7.2", Compliant, 1.0)]);
    let s2 = run(&r2, Model::Conformity, GroupBy::Clause);
    assert_eq!(s2.score, Some(50.0), "(0.5 + 1)/2 = 75, capped at 50");
    assert_eq!(
        score(
            &r2,
            &ScoringOptions {
                consequences: Consequences { minors_as_major: None, ..Default::default() },
                ..Default::default()
            }
        )
        .unwrap()
        .score,
        Some(75.0)
    );
}

#[test]
fn maturity_per_clause_and_average() {
    let mut a = item("a", "TP", "7.2", Compliant, 1.0);
    a.maturity = Some(4);
    let mut b = item("b", "VP", "7.2", Compliant, 1.0);
    b.maturity = Some(2);
    let mut c = item("c", "VP", "9.3.1", Compliant, 1.0);
    c.maturity = Some(5);
    let s = run(&results(vec![a, b, c]), Model::Maturity, GroupBy::Clause);
    assert_eq!(s.groups.iter().map(|g| g.score).collect::<Vec<_>>(), [Some(3.0), Some(5.0)]);
    assert_eq!(s.score, Some(4.0));
    let mut bad = item("x", "VP", "9.3.1", Compliant, 1.0);
    bad.maturity = Some(7);
    assert_eq!(
        score(&results(vec![bad]), &ScoringOptions::default()).unwrap_err().field(),
        Some("/items/0/maturity")
    );
}

#[test]
fn readiness_verdict() {
    let mut m = item("m", "TP", "7.2", NonCompliant, 1.0);
    m.findings.push(nc("NC-major", FindingGrade::Major));
    let mut n = item("n", "TP", "7.3", PartiallyCompliant, 1.0);
    n.findings.push(nc("NC-minor", FindingGrade::Minor));
    let mut r = results(vec![m, n, item("o", "TP", "7.4", Compliant, 1.0)]);
    r.scope = vec!["7.2".into(), "7.3".into(), "7.4".into(), "7.5".into()];
    r.not_applicable = vec!["7.5.3".into()];
    let s = run(&r, Model::Conformity, GroupBy::Clause);
    assert!(!s.readiness.ready);
    assert_eq!(s.readiness.open_majors, ["NC-major"]);
    assert_eq!(s.readiness.minors_without_plan, ["NC-minor"]);
    assert_eq!(s.readiness.unassessed_clauses, ["7.5.1", "7.5.2"], "7.5.3.x excluded");
    // Close the major, accept the minor's plan, assess 7.5: ready.
    r.items[0].findings[0].closed = true;
    r.items[1].findings[0].action_plan_accepted = true;
    r.items.push(item("p", "VP", "7.5.1", Compliant, 1.0));
    r.items.push(item("q", "VP", "7.5.2", Compliant, 1.0));
    let s = run(&r, Model::Conformity, GroupBy::Clause);
    assert!(s.readiness.ready, "{:?}", s.readiness.reasons(Lang::En));
}

#[test]
fn bad_input_names_the_field() {
    let e =
        score(&results(vec![item("a", "A", "12.1", Compliant, 1.0)]), &ScoringOptions::default())
            .unwrap_err();
    assert_eq!(e.field(), Some("/items/0/clause"));
    let e: std::result::Result<ChecklistItem, _> = serde_json::from_str(
        r#"{"id":"a","unit":"A","clause":"7.2","result":"compliant","weight":-1}"#,
    );
    assert!(e.is_err());
    let e = crate::interchange::from_json::<AuditResults>(
        r#"{"items":[{"id":"a","unit":"A","clause":"7.2","result":"ok"}]}"#,
        Default::default(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("/items/0/result"));
}

const MODELS: [Model; 6] = [
    Model::XccdfDefault,
    Model::XccdfFlat,
    Model::XccdfFlatUnweighted,
    Model::XccdfAbsolute,
    Model::Conformity,
    Model::Maturity,
];
const CLAUSES: [&str; 8] = ["4.1", "5.3", "7.1.6", "7.2", "7.5.3.2", "8.5.1", "9.2.2", "10.2.1"];

fn any_results() -> impl Strategy<Value = AuditResults> {
    let result = prop_oneof![
        Just(Compliant),
        Just(PartiallyCompliant),
        Just(NonCompliant),
        Just(NotApplicable),
        Just(NotAssessed)
    ];
    let grade = prop_oneof![
        Just(FindingGrade::Major),
        Just(FindingGrade::Minor),
        Just(FindingGrade::Observation)
    ];
    let finding =
        (grade, any::<bool>(), any::<bool>()).prop_map(|(g, closed, plan)| AuditFinding {
            id: String::new(),
            grade: g,
            description: None,
            closed,
            action_plan_accepted: plan,
        });
    let it = (
        0usize..4,
        0usize..8,
        result,
        prop_oneof![Just(0.0), Just(1.0), Just(2.0), Just(0.5)],
        proptest::option::of(1u8..=5),
        proptest::collection::vec(finding, 0..3),
    )
        .prop_map(|(u, c, r, w, m, f)| {
            let mut i = item("", ["A", "B", "C", "D"][u], CLAUSES[c], r, w);
            i.maturity = m;
            i.findings = f;
            i
        });
    proptest::collection::vec(it, 0..25).prop_map(|mut items| {
        for (k, it) in items.iter_mut().enumerate() {
            it.id = format!("i{k}");
            for (j, f) in it.findings.iter_mut().enumerate() {
                f.id = format!("f{k}.{j}");
            }
        }
        results(items)
    })
}

fn all_scores(r: &AuditResults) -> Vec<(Model, ScoreReport)> {
    MODELS
        .iter()
        .flat_map(|&m| [GroupBy::Clause, GroupBy::Unit].map(|g| (m, run(r, m, g))))
        .collect()
}

proptest! {
    #[test]
    fn scores_stay_in_bounds(r in any_results()) {
        for (m, s) in all_scores(&r) {
            if let Some(x) = s.score {
                let (lo, hi) = if m == Model::Maturity { (1.0, 5.0) } else { (0.0, 100.0) };
                prop_assert!((lo..=hi).contains(&x), "{m:?}: {x}");
            }
            for g in s.groups.iter().chain(&s.by_unit).chain(&s.by_top_clause) {
                if let Some(x) = g.score { prop_assert!((0.0..=100.0).contains(&x)); }
            }
        }
    }

    #[test]
    fn adding_a_nonconformity_never_raises_a_score(r in any_results(), at in any::<prop::sample::Index>(), major in any::<bool>()) {
        prop_assume!(!r.items.is_empty());
        let before = all_scores(&r);
        let mut r2 = r.clone();
        let k = at.index(r2.items.len());
        r2.items[k].findings.push(nc("new", if major { FindingGrade::Major } else { FindingGrade::Minor }));
        for ((m, b), (_, a)) in before.iter().zip(all_scores(&r2)) {
            if *m == Model::Maturity { continue; }
            if let (Some(b), Some(a)) = (b.score, a.score) {
                prop_assert!(a <= b + 1e-9, "{m:?}: {b} → {a}");
            }
        }
    }

    #[test]
    fn closing_never_lowers_and_what_if_is_exact(r in any_results()) {
        for (m, s) in all_scores(&r) {
            for w in &s.what_if {
                prop_assert!(w.gain >= -1e-9, "{m:?}: closing {} lowers the score", w.finding);
                // Close it for real and score again: the same number.
                let mut r2 = r.clone();
                for it in &mut r2.items {
                    for f in &mut it.findings {
                        if f.id == w.finding { f.closed = true; }
                    }
                }
                let group_by = if s.groups.iter().any(|g| ["A", "B", "C", "D"].contains(&g.key.as_str())) { GroupBy::Unit } else { GroupBy::Clause };
                let again = run(&r2, m, group_by).score;
                match (again, w.score_after) {
                    (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-3, "{m:?} {}: what-if {y}, rescored {x}", w.finding),
                    (x, y) => prop_assert_eq!(x, y),
                }
            }
        }
    }
}

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
fn every_audit_rule_has_a_firing_test() {
    let tested = [
        "AUD-001", "AUD-002", "AUD-003", "AUD-004", "AUD-005", "AUD-006", "AUD-007", "NC-001",
        "NC-002", "NC-003", "NC-004", "NC-005", "NC-006", "NC-007", "QMS-001", "QMS-002",
        "QMS-003", "QMS-004", "QMS-005", "QMS-006", "QMS-007", "QMS-008", "QMS-009", "QMS-010",
        "QMS-011", "QMS-012",
    ];
    let all: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(all, tested);
}
