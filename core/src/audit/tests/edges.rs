//! Scores at the edges: below the pass mark, not-applicable items, all
//! weights zero, extreme results, errors after parsing.

use super::*;

#[test]
fn a_score_below_the_pass_mark_is_weak_not_average() {
    // 22/100 is "yếu", not "trung bình" (the default bands have no
    // average); an agency may define one.
    let t = GradeThresholds::default();
    assert_eq!(t.grade(22.73), Grade::Weak);
    assert_eq!(Grade::Weak.label(Lang::Vi), "yếu");
    assert_eq!(t.grade(50.0), Grade::Fair);
    let with_average = GradeThresholds { average: Some(35.0), ..t };
    assert_eq!(with_average.grade(40.0), Grade::Average);
    assert_eq!(with_average.grade(20.0), Grade::Weak);
}

#[test]
fn not_applicable_items_carry_no_weight() {
    // 7.1: a compliant (w1) and a not applicable item (w1); 7.2: a
    // non-compliant item (w1). The overall is 50, as the breakdown says —
    // not 66.67 with the N/A item weighing 7.1.
    let r = results(vec![
        item("a", "A", "7.1.1", Compliant, 1.0),
        item("b", "A", "7.1.2", NotApplicable, 1.0),
        item("c", "A", "7.2", NonCompliant, 1.0),
    ]);
    let s = run(&r, Model::Conformity, GroupBy::Clause);
    assert_eq!(s.score, Some(50.0));
    assert_eq!(s.by_top_clause[0].score, Some(50.0));
}

#[test]
fn errors_after_parsing_name_their_place_in_the_request() {
    let r = results(vec![item("a", "A", "12.1", Compliant, 1.0)]);
    let req = AuditRequest { results: Some(r), ..Default::default() };
    assert_eq!(req.run().unwrap_err().field(), Some("/results/items/0/clause"));
}

/// Weights at the extremes: zero, subnormal, the smallest normal, tiny and
/// the largest accepted.
fn extreme_results() -> impl Strategy<Value = AuditResults> {
    let w = prop_oneof![
        Just(0.0),
        Just(5e-324),
        Just(f64::MIN_POSITIVE),
        Just(1e-300),
        Just(1.0),
        Just(1000.0)
    ];
    let result = prop_oneof![Just(Compliant), Just(PartiallyCompliant), Just(NonCompliant)];
    let it = (0usize..8, result, w);
    proptest::collection::vec(it, 1..12).prop_map(|v| {
        let items = v
            .into_iter()
            .enumerate()
            .map(|(k, (c, r, w))| item(&format!("i{k}"), "A", CLAUSES[c], r, w))
            .collect();
        results(items)
    })
}

proptest! {
    /// Every model gives no score or one within its range; when no
    /// counted item weighs anything (zero or subnormal), every weighted
    /// model gives no score (never 100 for a failing checklist).
    #[test]
    fn degenerate_weights_give_no_score_in_every_weighted_model(r in extreme_results()) {
        let weighs = r.items.iter().any(|i| i.weight >= f64::MIN_POSITIVE);
        for (model, s) in all_scores(&r) {
            if let Some(v) = s.score {
                let (lo, hi) = if model == Model::Maturity { (1.0, 5.0) } else { (0.0, 100.0) };
                prop_assert!((lo..=hi).contains(&v), "{model:?}: {v}");
            }
            let weighted = !matches!(model, Model::XccdfFlatUnweighted | Model::Maturity);
            if weighted && !weighs {
                prop_assert_eq!(s.score, None, "{:?}", model);
                prop_assert_eq!(s.grade, None);
            }
        }
    }
}

#[test]
fn a_failing_checklist_whose_weights_are_all_zero_is_not_excellent() {
    let r = results(vec![
        item("a", "A", "7.1.1", Compliant, 0.0),
        item("b", "A", "7.2", NonCompliant, 0.0),
    ]);
    for model in [Model::XccdfAbsolute, Model::XccdfDefault, Model::XccdfFlat, Model::Conformity] {
        assert_eq!(run(&r, model, GroupBy::Clause).score, None, "{model:?}");
    }
    // Flat-unweighted counts each rule as 1: one of two passes.
    assert_eq!(run(&r, Model::XccdfFlatUnweighted, GroupBy::Clause).score, Some(50.0));
    // A subnormal weight read from JSON counts as 0.
    let json = r#"{"results":{"items":[{"id":"a","unit":"A","clause":"7.2","result":"nonCompliant","weight":5e-324}]},"options":{"model":"xccdfFlat"}}"#;
    let report = crate::ops::audit(json, crate::Lang::En).unwrap();
    assert!(report.contains(r#""score":null"#), "{report}");
}
