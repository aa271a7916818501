//! Audit scoring benchmarks, reported as ratios (figures in
//! benches/README.md): scoring an audit of units × items and ranking every
//! open finding by the gain of its closure, for every model; the cost per
//! item must stay flat as the audit grows (linear total cost).
#![allow(missing_docs, clippy::unwrap_used)]

use iso9001::audit::{
    score, AuditFinding, AuditResults, ChecklistItem, FindingGrade, GroupBy, ItemResult, Model,
    ScoringOptions,
};
use iso9001_benches::median;

const CLAUSES: [&str; 12] = [
    "4.1", "5.3", "6.2.1", "7.1.6", "7.2", "7.5.3.2", "8.1", "8.2.2", "8.5.1", "9.2.2", "9.3.2",
    "10.2.1",
];

/// `units` × `per_unit` items; about one in eight has a nonconformity.
fn audit(units: usize, per_unit: usize) -> AuditResults {
    let mut items = Vec::with_capacity(units * per_unit);
    for u in 0..units {
        for k in 0..per_unit {
            let n = u * per_unit + k;
            let result = match n % 8 {
                0 => ItemResult::NonCompliant,
                1 => ItemResult::PartiallyCompliant,
                2 => ItemResult::NotApplicable,
                _ => ItemResult::Compliant,
            };
            let findings = match n % 8 {
                0 => vec![AuditFinding {
                    id: format!("F{n}"),
                    grade: if n % 16 == 0 { FindingGrade::Major } else { FindingGrade::Minor },
                    description: None,
                    closed: false,
                    action_plan_accepted: false,
                }],
                _ => vec![],
            };
            items.push(ChecklistItem {
                id: format!("I{n}"),
                unit: format!("U{u:03}"),
                clause: CLAUSES[k % CLAUSES.len()].to_owned(),
                result,
                justification: None,
                evidence: None,
                weight: 1.0 + (n % 3) as f64,
                maturity: Some(1 + (n % 5) as u8),
                findings,
            });
        }
    }
    AuditResults { edition: "2015".into(), scope: vec![], not_applicable: vec![], items }
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let sizes: &[(usize, usize)] =
        if quick { &[(10, 100), (100, 100)] } else { &[(10, 100), (100, 100), (100, 1000)] };
    for (model, group_by) in [
        (Model::Conformity, GroupBy::Clause),
        (Model::XccdfDefault, GroupBy::Clause),
        (Model::XccdfDefault, GroupBy::Unit),
        (Model::XccdfFlat, GroupBy::Clause),
        (Model::Maturity, GroupBy::Clause),
    ] {
        let opts = ScoringOptions { model, group_by, ..Default::default() };
        let mut per_item = Vec::new();
        for &(units, per_unit) in sizes {
            let a = audit(units, per_unit);
            let n = units * per_unit;
            let t = median(if n >= 100_000 { 3 } else { 9 }, || {
                score(&a, &opts).unwrap().what_if.len()
            });
            let each = t.as_secs_f64() / n as f64;
            per_item.push(each);
            let findings = score(&a, &opts).unwrap().what_if.len();
            println!("{model:?}/{group_by:?} {units} units x {per_unit} items ({findings} findings ranked): {t:?}, {:.2} µs per item", each * 1e6);
        }
        let ratio = per_item.iter().cloned().fold(0.0, f64::max)
            / per_item.iter().cloned().fold(f64::INFINITY, f64::min);
        println!(
            "  ratio max/min time per item = {ratio:.2} (target <= 1.5, linear): {}",
            if ratio <= 1.5 { "meets target" } else { "MISSES target" }
        );
    }
}
