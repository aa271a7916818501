//! Calendar queries built from structured input, so that large counts,
//! far dates and odd durations are reached (a byte-mutating fuzzer rarely
//! writes 67861276 in the right field).
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use iso9001::{ops, Lang};
use serde_json::json;

/// A date, mostly in the calendar's years, sometimes anywhere.
#[derive(Arbitrary, Debug)]
struct Date {
    year: i16,
    month: u8,
    day: u8,
    wild: bool,
}

impl Date {
    fn text(&self) -> String {
        let year = if self.wild { i32::from(self.year) } else { 1990 + i32::from(self.year).rem_euclid(130) };
        format!("{year:04}-{:02}-{:02}", 1 + self.month % 12, 1 + self.day % 31)
    }
    fn at(&self, minutes: u16) -> String {
        format!("{}T{:02}:{:02}", self.text(), (minutes / 60) % 24, minutes % 60)
    }
}

#[derive(Arbitrary, Debug)]
enum Query {
    Day(Date),
    Year(i32),
    AddWorkingDays(Date, u32),
    WorkingDaysBetween(Date, Date),
    WorkingHoursBetween(Date, u16, Date, u16),
    Due(Date, u16, f64, u8),
    PeriodEnd(Date, u32),
    ToLunar(Date),
    FromLunar(i32, u32, u32, bool),
}

fuzz_target!(|q: Query| {
    let units = ["workingDays", "workingHours", "calendarDays"];
    let query = match &q {
        Query::Day(d) => json!({"kind": "day", "date": d.text()}),
        Query::Year(y) => json!({"kind": "year", "year": y}),
        Query::AddWorkingDays(d, n) => json!({"kind": "addWorkingDays", "from": d.text(), "days": n}),
        Query::WorkingDaysBetween(a, b) => {
            json!({"kind": "workingDaysBetween", "from": a.text(), "to": b.text()})
        }
        Query::WorkingHoursBetween(a, m, b, n) => {
            json!({"kind": "workingHoursBetween", "from": a.at(*m), "to": b.at(*n)})
        }
        Query::Due(d, m, v, u) => {
            // JSON has no NaN or infinity: those are caller bugs the
            // parser refuses before the calendar sees them.
            let value = if v.is_finite() { *v } else { 1.0 };
            let unit = units[usize::from(*u) % 3];
            json!({"kind": "due", "received": d.at(*m), "limit": {"value": value, "unit": unit}})
        }
        Query::PeriodEnd(d, n) => json!({"kind": "periodEnd", "from": d.text(), "days": n}),
        Query::ToLunar(d) => json!({"kind": "toLunar", "date": d.text()}),
        Query::FromLunar(y, m, d, leap) => {
            json!({"kind": "fromLunar", "lunar": {"year": y, "month": m, "day": d, "leap": leap}})
        }
    };
    let text = query.to_string();
    let alone = ops::calendar_query(common::calendar(), &text, Lang::Vi);
    // In a batch, the same question gets the same answer, or the same
    // error under its index.
    let batch = ops::calendar_batch(common::calendar(), &format!("[{text}, {text}]"), Lang::Vi);
    let batch: Vec<serde_json::Value> = serde_json::from_str(&batch.unwrap()).unwrap();
    match &alone {
        Ok(a) => assert_eq!(batch[1], serde_json::from_str::<serde_json::Value>(a).unwrap()),
        Err(e) => {
            let field = e.field().map(|f| format!("/1{f}"));
            assert_eq!(batch[1]["error"]["field"], serde_json::json!(field));
        }
    }
    common::answer(alone);
});
