//! Calendar benchmarks, reported as ratios (figures in benches/README.md):
//!
//! 1. add-working-days for N = 1 … 60: the cost per query must not grow
//!    with N (counting by formula and binary search, not day by day):
//!    ratio of the N = 60 time to the N = 1 time;
//! 2. a year of dossier events: 100k dossiers tracked, time per dossier.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use chrono::{Datelike, NaiveDate};
use iso9001::calendar::{
    CalendarConfig, Dossier, DossierBatch, DossierEvent, StepLimit, WorkCalendar,
};
use iso9001::{Duration, DurationUnit};
use iso9001_benches::median;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let days: Vec<NaiveDate> = (0..365).map(|k| start + chrono::Duration::days(k)).collect();

    // 1. add_working_days over a year of start dates, for several N.
    let mut per_query = Vec::new();
    for n in [1u32, 5, 15, 30, 60] {
        let t = median(if quick { 5 } else { 31 }, || {
            days.iter().fold(0u32, |acc, &d| {
                acc.wrapping_add(cal.add_working_days(d, n).unwrap().ordinal())
            })
        });
        let each = t.as_secs_f64() / days.len() as f64;
        per_query.push(each);
        println!("add_working_days N = {n:>2}: {:.0} ns per query", each * 1e9);
    }
    let ratio = per_query.last().unwrap() / per_query.first().unwrap();
    println!(
        "  ratio N=60 / N=1 = {ratio:.2} (target < 2: only the holidays crossed add work; a day-by-day loop would be ~60): {}",
        if ratio < 2.0 { "meets target" } else { "MISSES target" }
    );

    // 2. A year of dossiers.
    let n = if quick { 10_000 } else { 100_000 };
    let batch = DossierBatch {
        as_of: at(2026, 12, 31, 17),
        period: None,
        dossiers: (0..n).map(|i| dossier(i, &days)).collect(),
    };
    let t = median(if quick { 3 } else { 5 }, || cal.track_batch(&batch).overall.total);
    println!(
        "track {n} dossiers (a year of events): {t:?}, {:.2} µs per dossier",
        t.as_secs_f64() / n as f64 * 1e6
    );
}

fn at(y: i32, m: u32, d: u32, h: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, 0, 0).unwrap()
}

/// A dossier received some day of 2026 with 3 steps, some late, some
/// paused for additional documents.
fn dossier(i: usize, days: &[NaiveDate]) -> Dossier {
    let day = days[i % 300];
    let t = |k: i64, h: u32| (day + chrono::Duration::days(k)).and_hms_opt(h, 0, 0).unwrap();
    let mut events = vec![
        DossierEvent::Received { at: t(0, 8) },
        DossierEvent::StepStarted {
            at: t(0, 9),
            step: 1,
            unit: Some("Một cửa".into()),
            officer: None,
        },
        DossierEvent::StepFinished { at: t(0, 10), step: 1 },
        DossierEvent::StepStarted {
            at: t(1, 8),
            step: 2,
            unit: Some("Phòng chuyên môn".into()),
            officer: None,
        },
    ];
    if i % 5 == 0 {
        events.push(DossierEvent::AdditionalRequested { at: t(2, 9) });
        events.push(DossierEvent::AdditionalReceived { at: t(4, 9) });
    }
    events.push(DossierEvent::StepFinished { at: t(5 + (i % 7) as i64, 10), step: 2 });
    events.push(DossierEvent::Returned { at: t(6 + (i % 7) as i64, 9) });
    let wd = |v| Duration { value: v, unit: DurationUnit::WorkingDays };
    Dossier {
        id: format!("H45-{i:06}"),
        procedure: Some(format!("QT.XD.{:02}", i % 20)),
        limit: wd(7.0),
        steps: vec![
            StepLimit { step: 1, limit: Duration { value: 4.0, unit: DurationUnit::WorkingHours } },
            StepLimit { step: 2, limit: wd(5.0) },
        ],
        events,
    }
}
