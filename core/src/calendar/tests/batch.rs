//! Many questions in one call, as a one-stop desk's page asks them: the
//! answers in order, each the same as asked alone, a bad question refused
//! in its place without losing the others.

use super::cal;
use crate::limits::MAX_QUERIES;
use crate::Lang;
use serde_json::{json, Value};

const DESK: &str = r#"[
  {"kind": "addWorkingDays", "from": "2026-02-12", "days": 2},
  {"kind": "day", "date": "2026-02-30"},
  {"kind": "workingDaysBetween", "from": "2026-01-01", "to": "2026-01-10"},
  5,
  {"kind": "addWorkingDays", "from": "2026-01-01", "days": 67861276},
  {"kind": "day", "date": "2026-09-02"}
]"#;

fn batch(text: &str, lang: Lang) -> Vec<Value> {
    let out = cal().query_batch_json(text, lang).unwrap();
    serde_json::from_str(&out).unwrap()
}

#[test]
fn answers_in_order_with_errors_in_place() {
    let out = batch(DESK, Lang::Vi);
    assert_eq!(out.len(), 6);
    // Thursday 12/2 + 2: Friday 13/2, then Tết (14–22/2), then Monday 23/2.
    assert_eq!(
        out[0],
        json!({"kind": "addWorkingDays", "date": "2026-02-23", "provisional": false})
    );
    assert_eq!(out[1]["kind"], "error");
    assert_eq!(out[1]["error"]["code"], "invalid_input");
    assert_eq!(out[1]["error"]["field"], "/1/date");
    // 2–4/1 off (New Year), 5–9/1 worked, Saturday 10/1 worked in exchange.
    assert_eq!(out[2]["workingDays"], 6);
    assert_eq!(out[3]["error"]["field"], "/3");
    // Far past the calendar's years: refused, not an overflow.
    assert_eq!(out[4]["error"]["field"], "/4/days");
    assert_eq!(out[5]["day"]["kind"], "holiday");
}

#[test]
fn each_answer_is_the_single_query_answer() {
    let c = cal();
    let queries: Vec<Value> = serde_json::from_str(DESK).unwrap();
    for lang in [Lang::Vi, Lang::En] {
        let out = batch(DESK, lang);
        for (i, q) in queries.iter().enumerate() {
            let alone = crate::ops::calendar_query(&c, &q.to_string(), lang);
            match alone {
                Ok(text) => assert_eq!(out[i], serde_json::from_str::<Value>(&text).unwrap()),
                Err(e) => {
                    let info = e.under(&format!("/{i}")).info(lang);
                    assert_eq!(out[i]["error"]["message"], info.message, "query {i}");
                }
            }
        }
    }
    // The messages follow the language of the call.
    assert_ne!(batch(DESK, Lang::Vi)[1], batch(DESK, Lang::En)[1]);
}

#[test]
fn only_a_text_that_is_not_a_list_fails_the_call() {
    let c = cal();
    assert_eq!(c.query_batch_json(" [ ] ", Lang::Vi).unwrap(), "[]");
    let e = c.query_batch_json(r#"{"kind": "day", "date": "2026-01-01"}"#, Lang::En).unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    let e = c.query_batch_json(r#"[{"kind": "day", "date": "2026-01-01"}, {"#, Lang::Vi);
    assert!(e.is_err(), "a cut-off batch is refused, not half answered");
}

#[test]
fn a_batch_has_a_ceiling() {
    let q = r#"{"kind":"day","date":"2026-01-05"}"#;
    let at_limit = format!("[{}]", vec![q; MAX_QUERIES].join(","));
    let out = cal().query_batch_json(&at_limit, Lang::Vi).unwrap();
    assert_eq!(out.matches(r#""kind":"day""#).count(), MAX_QUERIES);
    let over = format!("[{}]", vec![q; MAX_QUERIES + 2].join(","));
    let e = cal().query_batch_json(&over, Lang::Vi).unwrap_err();
    assert_eq!(e.field(), Some(""));
    let msg = e.message(Lang::Vi);
    assert!(msg.contains("100002") || msg.contains("100.002"), "{msg}");
}
