//! The audit, agency-check and dossier corpus (`tests/corpus/{audit,qms,
//! dossiers}/`): realistic requests whose answers were computed by hand, as
//! an inspector would, before the code was run on them (the arithmetic is
//! in each `*.expected.json`). Each case goes through the same JSON
//! operations the C and wasm surfaces call (`iso9001::ops`), so what is
//! compared is what a portal receives.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use iso9001::{ops, Lang};
use serde_json::Value;

fn dir(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus").join(kind)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every (name, request, expected answer) of one folder, in file order.
fn cases(kind: &str) -> Vec<(String, Value, Value)> {
    let mut out: Vec<_> = std::fs::read_dir(dir(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .map(|exp| {
            let req = PathBuf::from(exp.to_string_lossy().replace(".expected.json", ".json"));
            let name = req.file_name().unwrap().to_string_lossy().into_owned();
            let parse = |p: &Path| serde_json::from_str::<Value>(&read(p)).unwrap();
            (name, parse(&req), parse(&exp))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Disagreements of one case, each a line a reader can act on.
type Notes = Vec<String>;

fn close(got: &Value, want: &Value) -> bool {
    match (got.as_f64(), want.as_f64()) {
        (Some(g), Some(w)) => (g - w).abs() < 0.005,
        _ => got == want,
    }
}

fn check_number(notes: &mut Notes, what: &str, got: &Value, want: &Value) {
    if !close(got, want) {
        notes.push(format!("{what}: got {got}, expected {want}"));
    }
}

/// The Vietnamese band names the corpus writes, by their JSON names.
fn band(vi: &str) -> &str {
    match vi {
        "xuất sắc" => "excellent",
        "tốt" => "good",
        "khá" => "fair",
        "trung bình" => "average",
        "yếu" => "weak",
        other => other,
    }
}

/// The rule IDs of a report's findings, sorted (a multiset).
fn rule_ids(findings: &[&Value]) -> Vec<String> {
    let mut ids: Vec<String> = findings
        .iter()
        .flat_map(|f| f["findings"].as_array().cloned().unwrap_or_default())
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

fn check_rules(notes: &mut Notes, got: Vec<String>, exp: &Value) {
    let mut want: Vec<String> =
        exp["rules"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_owned()).collect();
    want.sort();
    if got != want {
        notes.push(format!("rules: got {got:?}, expected {want:?}"));
    }
    // `absent` entries without a qualifier ("X for …", "X at …") say the
    // rule must not fire at all; qualified ones are already covered by the
    // exact multiset above.
    for a in exp["absent"].as_array().into_iter().flatten() {
        let text = a.as_str().unwrap();
        let mut words = text.split_whitespace();
        let id = words.next().unwrap_or_default();
        let qualified = matches!(words.next(), Some("for" | "at" | "and"));
        if !qualified && got.iter().any(|g| g == id) {
            notes.push(format!("{id} fired although the case says: {text}"));
        }
    }
}

/// Group scores by key from a report's `groups` list.
fn groups(score: &Value) -> BTreeMap<String, Value> {
    score["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["key"].as_str().unwrap().to_owned(), g["score"].clone()))
        .collect()
}

fn check_groups(notes: &mut Notes, what: &str, score: &Value, want: &Value) {
    let got = groups(score);
    for (key, w) in want.as_object().unwrap() {
        match got.get(key) {
            Some(g) => check_number(notes, &format!("{what} {key}"), g, w),
            None => notes.push(format!("{what} {key}: missing, expected {w}")),
        }
    }
}

fn run_audit(req: &Value) -> Value {
    serde_json::from_str(&ops::audit(&req.to_string(), Lang::Vi).unwrap()).unwrap()
}

/// The same request scored with another model (`"xccdfDefault (groupBy
/// clause)"` also sets the grouping).
fn with_model(req: &Value, model: &str) -> Value {
    let mut req = req.clone();
    let (name, group_by) = match model.split_once(" (groupBy ") {
        Some((name, rest)) => (name, Some(rest.trim_end_matches(')'))),
        None => (model, None),
    };
    req["options"]["model"] = Value::from(name);
    if let Some(g) = group_by {
        req["options"]["groupBy"] = Value::from(g);
    }
    req
}

fn audit_case(req: &Value, exp: &Value) -> Notes {
    let mut notes = Notes::new();
    let report = run_audit(req);
    let score = &report["score"];
    if score["model"] != exp["model"] {
        notes.push(format!("model: got {}, expected {}", score["model"], exp["model"]));
    }
    check_number(&mut notes, "score", &score["score"], &exp["score"]);
    let grade = band(exp["grade"].as_str().unwrap());
    if score["grade"] != grade {
        notes.push(format!("grade: got {}, expected {grade}", score["grade"]));
    }
    if let Some(flat) = exp.get("flat") {
        check_number(&mut notes, "flat score", &score["flat"]["score"], &flat["score"]);
        check_number(&mut notes, "flat max", &score["flat"]["max"], &flat["max"]);
    }
    if let Some(clauses) = exp.get("clauses") {
        check_groups(&mut notes, "clause", score, clauses);
    }
    if let Some(want) = exp.get("groups") {
        // Either the groups of this model, or per model name.
        let nested = want.as_object().unwrap().values().all(Value::is_object);
        if nested {
            for (model, want) in want.as_object().unwrap() {
                let other = run_audit(&with_model(req, model));
                check_groups(&mut notes, &format!("{model} group"), &other["score"], want);
            }
        } else {
            check_groups(&mut notes, "group", score, want);
        }
    }
    if let Some(capped) = exp.get("clauseCapped") {
        let got: Vec<&str> = score["groups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["capped"] == true)
            .map(|g| g["key"].as_str().unwrap())
            .collect();
        let want: Vec<&str> =
            capped.as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        if got != want {
            notes.push(format!("capped clauses: got {got:?}, expected {want:?}"));
        }
    }
    if let Some(capped) = exp.get("overallCapped") {
        if score["overallCapped"] != *capped {
            notes
                .push(format!("overall capped: got {}, expected {capped}", score["overallCapped"]));
        }
    }
    for (model, want) in exp["byModel"].as_object().into_iter().flatten() {
        let other = run_audit(&with_model(req, model));
        check_number(&mut notes, &format!("{model} score"), &other["score"]["score"], want);
    }
    for (model, want) in exp["flatByModel"].as_object().into_iter().flatten() {
        let other = run_audit(&with_model(req, model));
        let flat = &other["score"]["flat"];
        check_number(&mut notes, &format!("{model} s"), &flat["score"], &want["score"]);
        check_number(&mut notes, &format!("{model} m"), &flat["max"], &want["max"]);
    }
    // Readiness: the verdict and every blocking reason by its key.
    let r = &score["readiness"];
    if r["ready"] != exp["ready"] {
        notes.push(format!("ready: got {}, expected {}", r["ready"], exp["ready"]));
    }
    let mut blocking: Vec<String> = [
        ("openMajors", "openMajor"),
        ("minorsWithoutPlan", "minorWithoutPlan"),
        ("minorsAsMajor", "minorsAsMajor"),
        ("unassessedClauses", "unassessed"),
        ("unitsNotAudited", "AUD-001"),
        ("auditsWithoutReport", "AUD-005"),
        ("overdueMajors", "NC-002"),
    ]
    .iter()
    .flat_map(|(field, key)| {
        r[*field].as_array().unwrap().iter().map(move |v| format!("{key}:{}", v.as_str().unwrap()))
    })
    .collect();
    blocking.sort();
    let mut want: Vec<String> = exp["blocking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap().to_owned())
        .collect();
    want.sort();
    if blocking != want {
        notes.push(format!("blocking: got {blocking:?}, expected {want:?}"));
    }
    check_rules(&mut notes, rule_ids(&[&report["programme"], &report["nonconformities"]]), exp);
    // NC-008 says how many calendar days late, in both languages.
    for (nc, days) in exp["ncDaysLate"].as_object().into_iter().flatten() {
        let en: Value =
            serde_json::from_str(&ops::audit(&req.to_string(), Lang::En).unwrap()).unwrap();
        let said = en["nonconformities"]["findings"].as_array().unwrap().iter().any(|f| {
            let m = f["message"].as_str().unwrap();
            f["rule"] == "NC-008" && m.contains(nc.as_str()) && m.contains(&format!("{days} day"))
        });
        if !said {
            notes.push(format!("NC-008 does not say {nc} is {days} days late"));
        }
    }
    notes
}

fn qms_case(req: &Value, exp: &Value) -> Notes {
    let mut notes = Notes::new();
    let report: Value =
        serde_json::from_str(&ops::qms(&req.to_string(), Lang::Vi).unwrap()).unwrap();
    check_rules(&mut notes, rule_ids(&[&report]), exp);
    check_number(&mut notes, "score", &report["score"], &exp["score"]);
    let grade = band(exp["band"].as_str().unwrap());
    if report["grade"] != grade {
        notes.push(format!("band: got {}, expected {grade}", report["grade"]));
    }
    for key in ["applicable", "failed"] {
        check_number(&mut notes, key, &report["weights"][key], &exp["weights"][key]);
    }
    for key in ["procedureErrors", "staleCitations"] {
        check_number(&mut notes, key, &report[key], &exp[key]);
    }
    let t = &report["transition"];
    for (key, field) in
        [("transitionUncovered", "uncovered"), ("transitionNotApplicable", "notApplicable")]
    {
        if let Some(want) = exp.get(key) {
            if t[field] != *want {
                notes.push(format!("{key}: got {}, expected {want}", t[field]));
            }
        }
    }
    if let Some(n) = exp.get("transitionUncoveredCount") {
        let got = t["uncovered"].as_array().map_or(0, Vec::len);
        check_number(&mut notes, "uncovered count", &Value::from(got), n);
    }
    if let Some(covered) = exp.get("transitionCovered") {
        let uncovered = t["uncovered"].as_array().cloned().unwrap_or_default();
        for c in covered.as_array().unwrap() {
            if uncovered.contains(c) {
                notes.push(format!("{c} is reported uncovered, but the system covers it"));
            }
        }
    }
    // The objective or TTHC a warning is about is named in its message.
    for (key, rule) in [("qms003Objectives", "QMS-003"), ("qms013Tthc", "QMS-013")] {
        for named in exp[key].as_array().into_iter().flatten() {
            let named = named.as_str().unwrap();
            let said = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["rule"] == rule && f["message"].as_str().unwrap().contains(named));
            if !said {
                notes.push(format!("no {rule} names “{named}”"));
            }
        }
    }
    notes
}

/// The reporting-form category of a dossier status.
fn category(status: &str) -> &'static str {
    match status {
        "early" => "đã giải quyết - trước hạn",
        "onTime" => "đã giải quyết - đúng hạn",
        "late" => "đã giải quyết - quá hạn",
        "inProgress" | "paused" => "đang giải quyết - trong hạn",
        "overdue" => "đang giải quyết - quá hạn",
        _ => "không hợp lệ",
    }
}

fn dossiers_case(batch: &Value, exp: &Value) -> Notes {
    let mut notes = Notes::new();
    // A batch may carry its own calendar (a schedule the agency entered);
    // it is the calendar handle's configuration, as the CLI's --calendar.
    let mut batch = batch.clone();
    let config = batch.as_object_mut().unwrap().remove("calendar").map(|c| c.to_string());
    let calendar = ops::calendar(config.as_deref()).unwrap();
    let report: Value = serde_json::from_str(
        &ops::track_dossiers(&calendar, &batch.to_string(), Lang::Vi).unwrap(),
    )
    .unwrap();
    let got: BTreeMap<&str, &Value> = report["dossiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d))
        .collect();
    for want in exp["dossiers"].as_array().unwrap() {
        let id = want["id"].as_str().unwrap();
        let Some(d) = got.get(id) else {
            notes.push(format!("{id}: not in the report"));
            continue;
        };
        let due = d["dueAt"].as_str().map(|s| &s[..16]);
        if due != want["due"].as_str() {
            notes.push(format!("{id} due: got {due:?}, expected {}", want["due"]));
        }
        let status = d["status"].as_str().unwrap();
        if status != want["status"] {
            notes.push(format!("{id} status: got {status}, expected {}", want["status"]));
        }
        if category(status) != want["category"] {
            notes.push(format!("{id} category: got {status}, expected {}", want["category"]));
        }
        let late = matches!(status, "late" | "overdue");
        if want["late"] != late {
            notes.push(format!("{id} late: got {late}, expected {}", want["late"]));
        }
        check_number(
            &mut notes,
            &format!("{id} late working days"),
            &d["lateWorkingDays"],
            &want["lateWorkingDays"],
        );
    }
    // The summary in the reporting form's categories, counted from the
    // aggregate the library reports.
    let o = &report["overall"];
    let n = |k: &str| o[k].as_u64().unwrap();
    let s = &exp["summary"];
    let resolved = n("early") + n("onTime") + n("late");
    let pairs = [
        ("resolved.total", resolved, &s["resolved"]["total"]),
        ("resolved.early", n("early"), &s["resolved"]["early"]),
        ("resolved.onTime", n("onTime"), &s["resolved"]["onTime"]),
        ("resolved.late", n("late"), &s["resolved"]["late"]),
        ("pending.withinTime", n("inProgress"), &s["pending"]["withinTime"]),
        ("pending.overdue", n("overdue"), &s["pending"]["overdue"]),
        ("onTimeRate.base", resolved, &s["onTimeRate"]["base"]),
    ];
    for (what, got, want) in pairs {
        check_number(&mut notes, what, &Value::from(got), want);
    }
    check_number(&mut notes, "on-time rate", &o["onTimeRate"], &s["onTimeRate"]["percent"]);
    notes
}

fn run(kind: &str, min: usize, check: fn(&Value, &Value) -> Notes) {
    let cases = cases(kind);
    assert!(cases.len() >= min, "{kind}: {} cases", cases.len());
    let disagreements: Vec<String> = cases
        .iter()
        .flat_map(|(name, req, exp)| {
            check(req, exp).into_iter().map(move |n| format!("{name}: {n}"))
        })
        .collect();
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

#[test]
fn audits_score_and_block_as_the_inspector_computed() {
    run("audit", 9, audit_case);
}

#[test]
fn agency_checks_find_and_score_as_the_inspector_computed() {
    run("qms", 9, qms_case);
}

#[test]
fn dossier_deadlines_and_summaries_as_the_one_stop_shop_computed() {
    run("dossiers", 9, dossiers_case);
}
