//! Tests of the working calendar: the known decisions, the Labour Code
//! rules, and the arithmetic's invariants.

use super::*;
use crate::{Duration, DurationUnit, Lang};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_hms_opt(h, min, 0).unwrap()
}

fn cal() -> WorkCalendar {
    WorkCalendar::new(CalendarConfig::default()).unwrap()
}

fn off(c: &WorkCalendar, days: &[NaiveDate]) {
    for &day in days {
        assert!(!c.is_working_day(day).unwrap(), "{day} should be off");
    }
}

fn on(c: &WorkCalendar, days: &[NaiveDate]) {
    for &day in days {
        assert!(c.is_working_day(day).unwrap(), "{day} should be worked");
    }
}

#[test]
fn decisions_2025_from_the_notes() {
    let c = cal();
    // Hùng Kings 5–7/4 (Sat–Mon).
    off(&c, &[d(2025, 4, 5), d(2025, 4, 6), d(2025, 4, 7)]);
    on(&c, &[d(2025, 4, 4), d(2025, 4, 8)]);
    // 30/4–4/5 with Saturday 26/4 worked (swap 2/5).
    off(&c, &[d(2025, 4, 30), d(2025, 5, 1), d(2025, 5, 2), d(2025, 5, 3), d(2025, 5, 4)]);
    on(&c, &[d(2025, 4, 26), d(2025, 4, 29), d(2025, 5, 5)]);
    let info = c.day_info(d(2025, 5, 2), Lang::Vi).unwrap();
    assert_eq!(info.kind, DayKind::DayOff);
    assert_eq!(info.reason.as_deref(), Some("Ngày Quốc tế lao động (nghỉ bù / hoán đổi)"));
    assert_eq!(c.day_info(d(2025, 4, 26), Lang::En).unwrap().kind, DayKind::WorkedWeekend);
}

#[test]
fn decisions_2026_from_the_notes() {
    let c = cal();
    // New Year 1–4/1, Friday 2/1 swapped with Saturday 10/1.
    off(&c, &[d(2026, 1, 1), d(2026, 1, 2)]);
    on(&c, &[d(2026, 1, 5), d(2026, 1, 10)]);
    // Tết 14–22/2.
    off(&c, &(14..=22).map(|k| d(2026, 2, k)).collect::<Vec<_>>());
    on(&c, &[d(2026, 2, 13), d(2026, 2, 23)]);
    let tet = c.day_info(d(2026, 2, 17), Lang::En).unwrap();
    assert_eq!((tet.kind, tet.holiday), (DayKind::Holiday, Some(HolidayGroup::Tet)));
    assert_eq!(tet.reason.as_deref(), Some("Lunar New Year (Tết)"));
    // National Day 29/8–2/9, swap 31/8 ↔ 22/8.
    off(&c, &[d(2026, 8, 31), d(2026, 9, 1), d(2026, 9, 2)]);
    on(&c, &[d(2026, 8, 22), d(2026, 8, 28), d(2026, 9, 3)]);
    // By rule (no decision in the notes): Hùng Kings 10/3 lunar = Sunday
    // 26/4/2026, given back on Monday 27/4; 30/4 and 1/5 off.
    off(&c, &[d(2026, 4, 27), d(2026, 4, 30), d(2026, 5, 1)]);
    on(&c, &[d(2026, 4, 28), d(2026, 5, 4)]);
    // 24/11 only when enabled (implementing act unverified).
    on(&c, &[d(2026, 11, 24)]);
    let with =
        WorkCalendar::new(CalendarConfig { culture_day: true, ..Default::default() }).unwrap();
    off(&with, &[d(2026, 11, 24)]);
    on(&with, &[d(2025, 11, 24)]);
}

#[test]
fn labour_code_rules_for_years_without_a_decision() {
    let c = cal();
    // Tết 2027 is Saturday 6/2: 5/2 and 6–9/2 by rule; 6/2 and 7/2 fall
    // on the weekend, so 10/2 and 11/2 are given back.
    assert_eq!(
        from_lunar(LunarDate { year: 2027, month: 1, day: 1, leap: false }).unwrap(),
        d(2027, 2, 6)
    );
    off(&c, &[d(2027, 2, 5), d(2027, 2, 8), d(2027, 2, 9), d(2027, 2, 10), d(2027, 2, 11)]);
    on(&c, &[d(2027, 2, 4), d(2027, 2, 12)]);
    // 1/1/2028 is a Saturday: Monday 3/1 is given back.
    off(&c, &[d(2028, 1, 3)]);
    // National Day 2027 (Thursday): with Friday 3/9.
    off(&c, &[d(2027, 9, 2), d(2027, 9, 3)]);
    on(&c, &[d(2027, 9, 1)]);
    let year = c.year(2027, Lang::Vi).unwrap();
    assert!(year
        .iter()
        .any(|i| i.date == d(2027, 4, 30) && i.reason.as_deref() == Some("Ngày Chiến thắng")));
}

#[test]
fn caller_schedules_replace_shipped_ones() {
    let config = CalendarConfig {
        schedules: vec![YearSchedule {
            year: 2027,
            spans: vec![HolidaySpan {
                group: HolidayGroup::Tet,
                from: d(2027, 2, 4),
                to: d(2027, 2, 12),
            }],
            worked_days: vec![d(2027, 2, 20)],
            source: "QĐ giả định".into(),
        }],
        ..Default::default()
    };
    let c = WorkCalendar::new(config).unwrap();
    off(&c, &[d(2027, 2, 4), d(2027, 2, 12)]);
    on(&c, &[d(2027, 2, 20)]);
    let no_shipped =
        WorkCalendar::new(CalendarConfig { use_shipped_schedules: false, ..Default::default() })
            .unwrap();
    on(&no_shipped, &[d(2026, 1, 2)]); // the 2026 swap is a decision, not a rule
}

#[test]
fn bad_configuration_names_the_field() {
    let all_weekend = CalendarConfig {
        weekend: vec![
            WeekdayName::Monday,
            WeekdayName::Tuesday,
            WeekdayName::Wednesday,
            WeekdayName::Thursday,
            WeekdayName::Friday,
            WeekdayName::Saturday,
            WeekdayName::Sunday,
        ],
        ..Default::default()
    };
    assert_eq!(WorkCalendar::new(all_weekend).unwrap_err().field(), Some("/weekend"));
    let mut c = CalendarConfig::default();
    c.office_hours.reverse();
    assert_eq!(WorkCalendar::new(c).unwrap_err().field(), Some("/officeHours/1"));
    let c = CalendarConfig { from_year: 1800, ..Default::default() };
    assert_eq!(WorkCalendar::new(c).unwrap_err().field(), Some("/fromYear"));
    let e = cal().is_working_day(d(2150, 1, 1)).unwrap_err();
    assert_eq!(e.field(), Some("date"));
}

#[test]
fn appointments() {
    let c = cal();
    let days = |v| Duration { value: v, unit: DurationUnit::WorkingDays };
    // Before the cut-off: counted from the day of receipt.
    let a = c.appointment(at(2026, 3, 2, 9, 0), days(3.0), Lang::Vi).unwrap();
    assert_eq!((a.counted_from, a.due_date), (d(2026, 3, 2), d(2026, 3, 5)));
    assert_eq!(a.due_at, at(2026, 3, 5, 17, 0));
    assert!(a.note.is_none());
    // At 15:00 exactly: the next working day.
    let a = c.appointment(at(2026, 3, 2, 15, 0), days(3.0), Lang::En).unwrap();
    assert_eq!((a.counted_from, a.due_date), (d(2026, 3, 3), d(2026, 3, 6)));
    assert!(a.note.unwrap().contains("cut-off"));
    // Received on Saturday: counted from Monday.
    let a = c.appointment(at(2026, 3, 7, 9, 0), days(1.0), Lang::En).unwrap();
    assert_eq!((a.counted_from, a.due_date), (d(2026, 3, 9), d(2026, 3, 10)));
    // Half a day: half the office minutes after closing of the day.
    let a = c.appointment(at(2026, 3, 2, 9, 0), days(0.5), Lang::En).unwrap();
    assert_eq!(a.due_at, at(2026, 3, 3, 11, 15));
    // Hours: office time from receipt, lunch break skipped.
    let h = Duration { value: 4.0, unit: DurationUnit::WorkingHours };
    assert_eq!(
        c.appointment(at(2026, 3, 2, 10, 0), h, Lang::En).unwrap().due_at,
        at(2026, 3, 2, 16, 0)
    );
    assert_eq!(
        c.appointment(at(2026, 3, 2, 16, 30), h, Lang::En).unwrap().due_at,
        at(2026, 3, 3, 11, 0)
    );
    // Calendar days (Civil Code): 10 days after Friday 13/2/2026 is Monday
    // 23/2, a working day; 5 days after is 18/2, inside Tết: moved to 23/2.
    let cd = |v| Duration { value: v, unit: DurationUnit::CalendarDays };
    assert_eq!(
        c.appointment(at(2026, 2, 13, 9, 0), cd(10.0), Lang::En).unwrap().due_date,
        d(2026, 2, 23)
    );
    assert_eq!(
        c.appointment(at(2026, 2, 13, 9, 0), cd(5.0), Lang::En).unwrap().due_date,
        d(2026, 2, 23)
    );
}

#[test]
fn working_hours_between_instants() {
    let c = cal();
    assert_eq!(c.minutes_per_day(), 450);
    assert_eq!(
        c.working_minutes_between(at(2026, 3, 2, 7, 0), at(2026, 3, 2, 12, 0)).unwrap(),
        240
    );
    assert_eq!(
        c.working_minutes_between(at(2026, 3, 2, 16, 0), at(2026, 3, 3, 8, 30)).unwrap(),
        120
    );
    // Across Tết: Friday 13/2 16:00 to Monday 23/2 08:00.
    assert_eq!(
        c.working_minutes_between(at(2026, 2, 13, 16, 0), at(2026, 2, 23, 8, 0)).unwrap(),
        90
    );
    assert_eq!(
        c.working_minutes_between(at(2026, 2, 23, 8, 0), at(2026, 2, 13, 16, 0)).unwrap(),
        -90
    );
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0i64..365 * 60).prop_map(|k| d(2001, 1, 1) + chrono::Duration::days(k))
}

proptest! {
    #[test]
    fn adding_then_measuring_gives_n(start in any_day(), n in 0u32..400) {
        let c = cal();
        let end = c.add_working_days(start, n).unwrap();
        prop_assert_eq!(c.working_days_between(start, end).unwrap(), i64::from(n));
        if n > 0 {
            prop_assert!(c.is_working_day(end).unwrap(), "{} lands on a day off", end);
            let before = c.add_working_days(start, n - 1).unwrap();
            prop_assert!(before < end, "monotonic in n");
        }
    }

    #[test]
    fn minutes_round_trip(start in any_day(), h in 0u32..24, m in 0u32..60, minutes in 0u64..20_000) {
        let c = cal();
        let t = start.and_hms_opt(h, m, 0).unwrap();
        let end = c.add_working_minutes(t, minutes).unwrap();
        prop_assert!(end >= t);
        // Measured from the first office minute at or after `t`.
        let measured = c.working_minutes_between(t, end).unwrap();
        prop_assert_eq!(measured, i64::try_from(minutes).unwrap());
    }

    #[test]
    fn day_info_agrees_with_is_working(day in any_day()) {
        let c = cal();
        let info = c.day_info(day, Lang::Vi).unwrap();
        prop_assert_eq!(info.working, c.is_working_day(day).unwrap());
        prop_assert_eq!(info.working, matches!(info.kind, DayKind::Working | DayKind::WorkedWeekend));
    }
}

fn dossier(events: Vec<DossierEvent>) -> Dossier {
    Dossier {
        id: "H01-0001".into(),
        procedure: Some("QT.XD.01".into()),
        limit: Duration { value: 3.0, unit: DurationUnit::WorkingDays },
        steps: vec![
            StepLimit { step: 1, limit: Duration { value: 4.0, unit: DurationUnit::WorkingHours } },
            StepLimit { step: 2, limit: Duration { value: 1.0, unit: DurationUnit::WorkingDays } },
        ],
        events,
    }
}

use DossierEvent::*;

#[test]
fn dossier_on_time_early_late_and_the_step_to_blame() {
    let c = cal();
    let now = at(2026, 3, 20, 9, 0);
    // Received Monday 2/3 09:00, 3 working days: due Thursday 5/3 17:00.
    let early = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        Returned { at: at(2026, 3, 4, 10, 0) },
    ]);
    let r = c.track(&early, now).unwrap();
    assert_eq!((r.status, r.due_at), (TrackStatus::Early, Some(at(2026, 3, 5, 17, 0))));
    let on_time = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        Returned { at: at(2026, 3, 5, 16, 0) },
    ]);
    assert_eq!(c.track(&on_time, now).unwrap().status, TrackStatus::OnTime);
    let late = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        StepStarted {
            at: at(2026, 3, 2, 9, 30),
            step: 1,
            unit: Some("Bộ phận Một cửa".into()),
            officer: Some("A".into()),
        },
        StepFinished { at: at(2026, 3, 2, 11, 0), step: 1 },
        StepStarted {
            at: at(2026, 3, 2, 13, 30),
            step: 2,
            unit: Some("Phòng Quản lý xây dựng".into()),
            officer: None,
        },
        StepFinished { at: at(2026, 3, 6, 10, 0), step: 2 },
        Returned { at: at(2026, 3, 6, 11, 0) },
    ]);
    let r = c.track(&late, now).unwrap();
    assert_eq!(r.status, TrackStatus::Late);
    assert_eq!(r.late_minutes, 210); // due Thursday 17:00, returned Friday 11:00
    assert_eq!(r.delayed_by, Some(2));
    assert_eq!(r.steps[0].status, TrackStatus::OnTime, "finished on its due date");
    assert_eq!(r.steps[1].status, TrackStatus::Late);
}

#[test]
fn a_pause_for_additional_documents_extends_the_due_time() {
    let c = cal();
    let d = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        AdditionalRequested { at: at(2026, 3, 3, 9, 0) },
        AdditionalReceived { at: at(2026, 3, 5, 9, 0) },
        Returned { at: at(2026, 3, 9, 10, 0) },
    ]);
    let r = c.track(&d, at(2026, 3, 20, 9, 0)).unwrap();
    assert_eq!(r.paused_minutes, 900); // two working days
    assert_eq!(r.due_at, Some(at(2026, 3, 9, 17, 0)));
    assert_eq!(r.status, TrackStatus::OnTime);
    // Still waiting for the applicant: in progress, never overdue.
    let waiting = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        AdditionalRequested { at: at(2026, 3, 3, 9, 0) },
    ]);
    assert_eq!(c.track(&waiting, at(2026, 6, 1, 9, 0)).unwrap().status, TrackStatus::InProgress);
    // Open and past due.
    let open = dossier(vec![Received { at: at(2026, 3, 2, 9, 0) }]);
    let r = c.track(&open, at(2026, 3, 9, 9, 0)).unwrap();
    assert_eq!((r.status, r.late_minutes), (TrackStatus::Overdue, 540)); // Friday + Monday 07:30–09:00
}

#[test]
fn inconsistent_logs_name_the_event() {
    let c = cal();
    let now = at(2026, 3, 20, 9, 0);
    let cases = [
        (
            vec![Received { at: at(2026, 3, 2, 9, 0) }, Returned { at: at(2026, 3, 1, 9, 0) }],
            "/events/1/at",
        ),
        (vec![Returned { at: at(2026, 3, 1, 9, 0) }], "/events/0"),
        (
            vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                StepFinished { at: at(2026, 3, 2, 10, 0), step: 4 },
            ],
            "/events/1/step",
        ),
        (
            vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                AdditionalReceived { at: at(2026, 3, 2, 10, 0) },
            ],
            "/events/1",
        ),
        (
            vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                Returned { at: at(2026, 3, 2, 10, 0) },
                Returned { at: at(2026, 3, 2, 11, 0) },
            ],
            "/events/2",
        ),
    ];
    for (events, field) in cases {
        let e = c.track(&dossier(events), now).unwrap_err();
        assert_eq!(e.field(), Some(field));
    }
    // In a batch, the bad dossier is reported and the others are counted.
    let batch = DossierBatch {
        as_of: now,
        period: None,
        dossiers: vec![
            dossier(vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                Returned { at: at(2026, 3, 1, 9, 0) },
            ]),
            dossier(vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                Returned { at: at(2026, 3, 3, 9, 0) },
            ]),
        ],
    };
    let r = c.track_batch(&batch);
    assert_eq!(r.dossiers[0].status, TrackStatus::Invalid);
    assert_eq!(r.dossiers[0].error.as_ref().unwrap().field(), Some("/dossiers/0/events/1/at"));
    assert_eq!((r.overall.total, r.overall.early, r.overall.invalid), (2, 1, 1));
    assert_eq!(r.overall.on_time_rate, Some(100.0));
}

#[test]
fn on_time_rates_per_procedure_unit_and_period() {
    let c = cal();
    let mut late = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        Returned { at: at(2026, 3, 10, 9, 0) },
    ]);
    late.procedure = Some("QT.HT.01".into());
    let ok = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        StepStarted {
            at: at(2026, 3, 2, 9, 0),
            step: 1,
            unit: Some("Một cửa".into()),
            officer: None,
        },
        StepFinished { at: at(2026, 3, 2, 10, 0), step: 1 },
        Returned { at: at(2026, 3, 3, 9, 0) },
    ]);
    let april =
        dossier(vec![Received { at: at(2026, 4, 1, 9, 0) }, Returned { at: at(2026, 4, 2, 9, 0) }]);
    let batch = DossierBatch {
        as_of: at(2026, 4, 30, 9, 0),
        period: Some(Period { from: d(2026, 3, 1), to: d(2026, 3, 31) }),
        dossiers: vec![late, ok.clone(), ok, april],
    };
    let r = c.track_batch(&batch);
    assert_eq!((r.overall.total, r.overall.late), (3, 1), "April's dossier is outside the period");
    assert_eq!(r.overall.on_time_rate, Some(66.67));
    let names: Vec<_> = r.by_procedure.iter().map(|t| (t.name.as_str(), t.tally.total)).collect();
    assert_eq!(names, [("QT.HT.01", 1), ("QT.XD.01", 2)]);
    assert_eq!(r.by_unit[0].name, "Một cửa");
    assert_eq!(r.by_unit[0].tally.total, 2);
}

#[test]
fn queries_answer_with_the_same_kind() {
    let c = cal();
    let q = CalendarQuery::from_json(
        r#"{"kind":"due","received":"2026-02-12T16:10","limit":{"value":5,"unit":"workingDays"}}"#,
    )
    .unwrap();
    let CalendarAnswer::Due { appointment } = c.query(&q, Lang::Vi).unwrap() else { panic!() };
    assert_eq!(appointment.due_date, d(2026, 2, 27));
    let q = CalendarQuery::ToLunar(DateArg { date: d(2026, 2, 17) });
    assert_eq!(
        c.query(&q, Lang::Vi).unwrap(),
        CalendarAnswer::ToLunar { lunar: LunarDate { year: 2026, month: 1, day: 1, leap: false } }
    );
    let q = CalendarQuery::WorkingHoursBetween(InstantsArg {
        from: at(2026, 3, 2, 7, 30),
        to: at(2026, 3, 2, 17, 0),
    });
    assert_eq!(
        c.query(&q, Lang::Vi).unwrap(),
        CalendarAnswer::WorkingHoursBetween { minutes: 450, hours: 7.5 }
    );
    let bad = |text: &str| CalendarQuery::from_json(text).unwrap_err().field().map(str::to_owned);
    let due = |received: &str, value: &str| {
        format!(
            r#"{{"kind":"due","received":"{received}","limit":{{"value":{value},"unit":"workingDays"}}}}"#
        )
    };
    assert_eq!(bad(&due("2026-02-30T16:10", "5")).as_deref(), Some("/received"), "impossible date");
    assert_eq!(
        bad(&due("2026-02-12T16:10", "-5")).as_deref(),
        Some("/limit/value"),
        "negative limit"
    );
    assert_eq!(bad(r#"{"kind":"soon"}"#).as_deref(), Some("/kind"));
    assert_eq!(bad(r#"{"date":"2026-01-01"}"#).as_deref(), Some("/kind"));
    assert_eq!(bad(r#"{"kind":"day","date":"2026-01-01","extra":1}"#).as_deref(), Some("/extra"));
}

#[test]
fn a_step_in_calendar_days_ends_by_the_civil_code_not_in_office_days() {
    // Regression: a 10-calendar-day step was counted as 10 working days
    // (ending 16/3 08:00 instead of 12/3). Started Monday 2/3/2026: the
    // period ends Thursday 12/3, at closing time.
    let c = cal();
    let mut d = dossier(vec![
        Received { at: at(2026, 3, 2, 8, 0) },
        StepStarted { at: at(2026, 3, 2, 8, 0), step: 1, unit: None, officer: None },
        StepFinished { at: at(2026, 3, 13, 10, 0), step: 1 },
    ]);
    d.limit = Duration { value: 30.0, unit: DurationUnit::CalendarDays };
    d.steps = vec![StepLimit {
        step: 1,
        limit: Duration { value: 10.0, unit: DurationUnit::CalendarDays },
    }];
    let r = c.track(&d, at(2026, 3, 20, 9, 0)).unwrap();
    assert_eq!(r.steps[0].due_at, Some(at(2026, 3, 12, c.closing_time().hour(), 0)));
    assert_eq!(r.steps[0].status, TrackStatus::Late);
}

#[test]
fn shipped_schedules_pass_the_checks_caller_schedules_get() {
    let shipped = super::holidays::parse_shipped().expect("core/data/holidays.json is valid");
    assert_eq!(shipped.first().map(|s| s.year), Some(2020));
    assert_eq!(shipped, super::holidays::shipped_schedules());
    // The same checks refuse a typo (a 2026 span typed as 2062).
    let mut typo = shipped.to_vec();
    let last = typo.len() - 1;
    typo[last].spans[0].to = d(2062, 1, 4);
    let c = CalendarConfig { schedules: typo, ..Default::default() };
    let e = WorkCalendar::new(c).unwrap_err();
    assert_eq!(e.field(), Some("/schedules/6/spans/0/to"));
    assert!(e.message(Lang::Vi).contains("2062-01-04 nằm ngoài khoảng"), "{}", e.message(Lang::Vi));
}
