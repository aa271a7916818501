//! The JSON entry points: bad input names its field, absurd input gives
//! errors or findings, never a panic.

use super::*;

#[test]
fn json_entry_points_name_bad_fields() {
    let checker = Checker::new(policy()).unwrap();
    let text = serde_json::to_string(&clean()).unwrap();
    assert!(checker.check_document_json(&text, as_of()).unwrap().passed());
    let bad = text.replacen("\"issue\":2", "\"issue\":\"hai\"", 1);
    assert_eq!(checker.check_document_json(&bad, as_of()).unwrap_err().field(), Some("/issue"));
    let bad = text.replacen("\"value\":0.5", "\"value\":-1", 1);
    let e = checker.check_document_json(&bad, as_of()).unwrap_err();
    assert_eq!(e.field(), Some("/steps/0/duration/value"), "{e}");
    let bad = text.replacen("\"title\"", "\"tittle\"", 1);
    assert!(checker.check_document_json(&bad, as_of()).unwrap_err().to_string().contains("tittle"));
    let e = checker.check_document_json(r#"{"kind":"tthc"}"#, as_of()).unwrap_err();
    assert_eq!(e.field(), Some("/issue"));
    let e = checker
        .check_document_json(&text.replacen("2025-03-03", "2025-02-30", 1), as_of())
        .unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    let mut p = policy();
    p.limits.max_bytes = 100;
    assert!(Checker::new(p)
        .unwrap()
        .check_document_json(&text, as_of())
        .unwrap_err()
        .to_string()
        .contains("limit of 100 bytes"));
    let e = Checker::from_policy_json(r#"{"asOf": "2026-11-22", "reviewIntervalMonths": "x"}"#)
        .unwrap_err();
    assert_eq!(e.field(), Some("/reviewIntervalMonths"));
    assert!(Checker::from_policy_json("{}").is_ok(), "every policy field has a default");
    let e = Checker::from_policy_json(r#"{"asOf": "22/11/2026"}"#).unwrap_err();
    assert_eq!(e.field(), Some("/asOf"));
    let big = format!(r#"{{"documents": [{}]}}"#, [text.as_str(); 3].join(","));
    let mut p = policy();
    p.limits.max_documents = 2;
    let e = Checker::new(p).unwrap().check_register_json(&big, as_of()).unwrap_err();
    assert_eq!(e.field(), Some("/documents"));
    assert!(e.to_string().contains("more than the limit of 2"), "{e}");
    // Errors inside a register name the document and the field.
    let bad = format!(
        r#"{{"documents": [{text}, {}]}}"#,
        text.replacen("\"issue\":2", "\"issue\":-2", 1)
    );
    assert_eq!(
        checker.check_register_json(&bad, as_of()).unwrap_err().field(),
        Some("/documents/1/issue")
    );
    for (input, field) in [
        ("{}", "/documents"),
        (r#"{"documents": {}}"#, "/documents"),
        (r#"{"docs": []}"#, "/docs"),
        ("[]", ""),
    ] {
        let e = checker.check_register_json(input, as_of()).unwrap_err();
        assert_eq!(e.field(), Some(field), "{input}: {e}");
    }
    // Streaming and in-memory checks agree.
    let reg = format!(r#"{{"agency": "Sở", "documents": [{text}, {text}]}}"#);
    let parsed: Register = serde_json::from_str(&reg).unwrap();
    assert_eq!(
        checker.check_register_json(&reg, as_of()).unwrap(),
        checker.check_register(&parsed, as_of())
    );
}

#[test]
fn absurd_input_gives_errors_or_findings_never_a_panic() {
    let checker = Checker::new(policy()).unwrap();
    let base = serde_json::to_string(&clean()).unwrap();
    // Year 0 parses as a date: reported as implausible, naming the field.
    let year0 = base.replacen("\"lastReview\":\"2026-09-01\"", "\"lastReview\":\"0000-01-01\"", 1);
    let r = checker.check_document_json(&year0, as_of()).unwrap();
    assert!(r.findings.iter().any(|f| f.rule_id() == "DOC-008" && f.pointer == "/lastReview"));
    // Issue 0 and an absurd issue number.
    for n in ["0", "4294967295"] {
        let text = base.replacen("\"issue\":2", &format!("\"issue\":{n}"), 1);
        assert!(checker
            .check_document_json(&text, as_of())
            .unwrap()
            .rule_ids()
            .contains(&"DOC-003"));
    }
    let e = checker
        .check_document_json(&base.replacen("\"issue\":2", "\"issue\":4294967296", 1), as_of())
        .unwrap_err();
    assert_eq!(e.field(), Some("/issue"));
    // A million steps: parsed within the byte limit, then refused by rule.
    let steps = vec![r#"{"order":1}"#; 1_000_000].join(",");
    let text = base.replacen("\"steps\":[", &format!("\"steps\":[{steps},"), 1);
    let r = checker.check_document_json(&text, as_of()).unwrap();
    assert!(r.rule_ids().contains(&"DOC-073"));
    // A 100 MB string is refused before parsing (default limit 64 MiB).
    let huge = format!(r#"{{"title": "{}"}}"#, "a".repeat(100 * 1024 * 1024));
    let e = checker.check_document_json(&huge, as_of()).unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(e.message(Lang::Vi).contains("vượt giới hạn"), "{}", e.message(Lang::Vi));
    // Wrong types and unknown fields name the field.
    let e = checker
        .check_document_json(
            &base.replacen("\"status\":\"effective\"", "\"status\":\"active\"", 1),
            as_of(),
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("/status"));
    let e = checker
        .check_document_json(
            &base.replacen("\"records\":[{", "\"records\":[{\"shelf\":1,", 1),
            as_of(),
        )
        .unwrap_err();
    assert_eq!(e.field(), Some("/records/0/shelf"));
}

#[test]
fn limits_have_ceilings_and_echoes_are_cut() {
    // Raising a limit past its ceiling is refused, naming the field.
    for (json, field) in [
        (r#"{"limits":{"maxSteps":1000000}}"#, "/limits/maxSteps"),
        (r#"{"limits":{"maxBytes":18446744073709551615}}"#, "/limits/maxBytes"),
        (r#"{"limits":{"maxDocuments":0}}"#, "/limits/maxDocuments"),
    ] {
        let e = Checker::from_policy_json(json).unwrap_err();
        assert_eq!(e.field(), Some(field), "{json}: {e}");
    }
    assert!(Checker::from_policy_json(r#"{"limits":{"maxSteps":10000}}"#).is_ok());
    // A 100,000-character code is not repeated in full in any message.
    let mut d = clean();
    d.code = "Q".repeat(100_000);
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of());
    assert!(!report.findings.is_empty());
    for f in &report.findings {
        for lang in [Lang::Vi, Lang::En] {
            let m = f.message(lang);
            assert!(m.chars().count() < 1_000, "{}: {} chars", f.rule_id(), m.chars().count());
        }
    }
}

#[test]
fn counts_over_the_limits_are_refused_naming_the_list() {
    let items: Vec<String> = (0..=crate::limits::MAX_RECORDS)
        .map(|i| format!(r#"{{"id":"i{i}","unit":"A","clause":"7.2","result":"compliant"}}"#))
        .collect();
    let json = format!(r#"{{"results":{{"items":[{}]}}}}"#, items.join(","));
    let e = crate::ops::audit(&json, Lang::En).unwrap_err();
    assert_eq!(e.field(), Some("/results/items"), "{e}");
}
