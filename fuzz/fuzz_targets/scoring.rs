//! Checklists built from structured input, with weights at the extremes
//! (0, subnormal, 1000), every model and every consequence setting: a
//! score is either absent or between 0 and 100 (1 and 5 for maturity).
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};
use serde_json::{json, Value};

const CLAUSES: [&str; 8] = ["4.1", "5.2.2", "7.5.3.2", "8.1", "8.2.2", "8.5.1", "9.2.2", "10.2.1"];
const RESULTS: [&str; 5] = ["compliant", "partiallyCompliant", "nonCompliant", "notApplicable", "notAssessed"];
const MODELS: [&str; 6] = ["xccdfDefault", "xccdfFlat", "xccdfFlatUnweighted", "xccdfAbsolute", "conformity", "maturity"];
const GRADES: [&str; 5] = ["major", "minor", "observation", "opportunity", "goodPractice"];

#[derive(Arbitrary, Debug)]
struct Item {
    clause: u8,
    unit: bool,
    result: u8,
    weight: u8,
    maturity: Option<u8>,
    finding: Option<(u8, bool, bool)>,
}

#[derive(Arbitrary, Debug)]
struct Checklist {
    items: Vec<Item>,
    model: u8,
    by_unit: bool,
    clause_cap: Option<u8>,
    overall_cap: Option<u8>,
    minors_as_major: Option<u8>,
}

/// Weights at the edges of what the parser accepts (0 to 1000).
fn weight(w: u8) -> f64 {
    match w % 6 {
        0 => 0.0,
        1 => 5e-324,
        2 => f64::MIN_POSITIVE,
        3 => 1000.0,
        4 => 1.0,
        _ => f64::from(w) / 7.0,
    }
}

fuzz_target!(|c: Checklist| {
    let items: Vec<Value> = c
        .items
        .iter()
        .take(64)
        .enumerate()
        .map(|(i, it)| {
            let mut v = json!({
                "id": format!("I-{i}"),
                "unit": if it.unit { "VP" } else { "PKT" },
                "clause": CLAUSES[usize::from(it.clause) % CLAUSES.len()],
                "result": RESULTS[usize::from(it.result) % RESULTS.len()],
                "weight": weight(it.weight),
            });
            if let Some(m) = it.maturity {
                v["maturity"] = json!(m % 7);
            }
            if let Some((g, closed, plan)) = it.finding {
                v["findings"] = json!([{
                    "id": format!("NC-{i}"),
                    "grade": GRADES[usize::from(g) % GRADES.len()],
                    "closed": closed,
                    "actionPlanAccepted": plan,
                }]);
            }
            v
        })
        .collect();
    let model = MODELS[usize::from(c.model) % MODELS.len()];
    let request = json!({
        "results": {"edition": "2015", "items": items},
        "options": {
            "model": model,
            "groupBy": if c.by_unit { "unit" } else { "clause" },
            "consequences": {
                "majorClauseCap": c.clause_cap.map(|x| f64::from(x % 101)),
                "majorOverallCap": c.overall_cap.map(|x| f64::from(x % 101)),
                "minorsAsMajor": c.minors_as_major,
            },
        },
    });
    let answer = ops::audit(&request.to_string(), Lang::Vi);
    if let Ok(json) = &answer {
        let v: Value = serde_json::from_str(json).expect("JSON");
        if let Some(s) = v["score"]["score"].as_f64() {
            let (lo, hi) = if model == "maturity" { (1.0, 5.0) } else { (0.0, 100.0) };
            assert!((lo..=hi).contains(&s), "{model} score {s} out of range: {request}");
        }
    }
    common::answer(answer);
});
