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
    // flat-unweighted: every weight is 1, the 0 included (XCCDF 1.2 and
    // OpenSCAP): s = 1 + 0 + 1 = 2, m = 3.
    let u = run(&r, Model::XccdfFlatUnweighted, GroupBy::Clause);
    assert_eq!(u.flat, Some(FlatScore { score: 2.0, max: 3.0 }));
    assert_eq!(u.score, Some(66.6667));
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
    // s = m = 0: nothing weighs, so no score (not a vacuous 100).
    assert_eq!(run(&r, Model::XccdfAbsolute, GroupBy::Clause).score, None);
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
    /// The headline equals what its parts add up to: the top-level
    /// clauses' scores weighted by their assessed items, with not
    /// applicable and not assessed items present (and no cap in play).
    #[test]
    fn the_overall_is_the_weighted_combination_of_its_parts(r in any_results()) {
        let opts = ScoringOptions {
            consequences: Consequences { major_clause_cap: None, major_overall_cap: None, minors_as_major: None },
            ..ScoringOptions::default()
        };
        let s = score(&r, &opts).unwrap();
        let edition = crate::catalogue::edition("2015").unwrap();
        let mut num = 0.0;
        let mut den = 0.0;
        for g in &s.by_top_clause {
            let w: f64 = r
                .items
                .iter()
                .filter(|i| !matches!(i.result, NotApplicable | NotAssessed))
                .filter(|i| edition.clause(&i.clause).is_some_and(|c| c.number.split('.').next() == Some(g.key.as_str())))
                .map(|i| i.weight)
                .sum();
            if let Some(v) = g.score {
                num += w * v;
                den += w;
            }
        }
        if let (Some(overall), true) = (s.score, den > 0.0) {
            prop_assert!((overall - num / den).abs() < 0.01, "{overall} vs {}", num / den);
        }
    }

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

mod rules;

mod edges;
