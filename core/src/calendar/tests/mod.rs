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
    // Swapped for Saturday 26/4, and the two name each other.
    assert_eq!(
        info.reason.as_deref(),
        Some("Ngày Quốc tế lao động (nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025)")
    );
    let worked = c.day_info(d(2025, 4, 26), Lang::En).unwrap();
    assert_eq!(worked.kind, DayKind::WorkedWeekend);
    assert_eq!(
        worked.reason.as_deref(),
        Some("Weekend day worked in exchange (for the day off on Friday 02/05/2025)")
    );
    // Tết: Saturday 1/2 (mùng 4) is a holiday on a rest day, given back on
    // Monday 27/1 inside the decision's span: a day in lieu, not a swap.
    let tet = c.day_info(d(2025, 1, 27), Lang::Vi).unwrap();
    assert_eq!(tet.kind, DayKind::DayOff);
    assert_eq!(tet.reason.as_deref(), Some("Tết Nguyên đán (nghỉ bù)"));
}

#[test]
fn days_in_lieu_and_swapped_days_are_told_apart() {
    let c = cal();
    let reason = |y, m, day, lang| c.day_info(d(y, m, day), lang).unwrap().reason.unwrap();
    // 2026: Friday 2/1 swapped with Saturday 10/1, Monday 31/8 with
    // Saturday 22/8 (the decisions).
    assert_eq!(
        reason(2026, 1, 2, Lang::Vi),
        "Tết Dương lịch (nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026)"
    );
    assert_eq!(reason(2026, 1, 10, Lang::Vi), "Ngày làm bù (cho ngày nghỉ thứ Sáu 02/01/2026)");
    assert_eq!(
        reason(2026, 8, 31, Lang::En),
        "National Day (swapped day off, worked instead on Saturday 22/08/2026)"
    );
    assert_eq!(reason(2026, 8, 22, Lang::Vi), "Ngày làm bù (cho ngày nghỉ thứ Hai 31/08/2026)");
    // By the Labour Code (no decision on Hùng Kings 2026): Sunday 26/4
    // given back on Monday 27/4.
    assert_eq!(reason(2026, 4, 27, Lang::Vi), "Giỗ Tổ Hùng Vương (nghỉ bù)");
    assert_eq!(reason(2026, 4, 27, Lang::En), "Hùng Kings' Commemoration Day (day off in lieu)");
    // 2023: Saturday 29/4 and Sunday 30/4 given back on 2/5 and 3/5.
    assert_eq!(reason(2023, 5, 2, Lang::Vi), "Ngày Quốc tế lao động (nghỉ bù)");
    assert_eq!(reason(2023, 5, 3, Lang::Vi), "Ngày Quốc tế lao động (nghỉ bù)");
    // 2024: Monday 29/4 swapped with Saturday 4/5.
    assert_eq!(
        reason(2024, 4, 29, Lang::Vi),
        "Ngày Chiến thắng (nghỉ hoán đổi, làm bù thứ Bảy 04/05/2024)"
    );
    // A schedule with a day off it neither gives back nor swaps: said to
    // be the schedule's, not guessed.
    let extra = YearSchedule {
        year: 2027,
        spans: vec![HolidaySpan {
            group: HolidayGroup::NationalDay,
            from: d(2027, 9, 1),
            to: d(2027, 9, 6),
        }],
        worked_days: vec![],
        source: String::new(),
    };
    let c =
        WorkCalendar::new(CalendarConfig { schedules: vec![extra], ..Default::default() }).unwrap();
    let info = c.day_info(d(2027, 9, 6), Lang::Vi).unwrap();
    assert_eq!(info.kind, DayKind::DayOff);
    assert_eq!(
        info.reason.as_deref(),
        Some("Quốc khánh (ngày nghỉ theo lịch nghỉ lễ được công bố)")
    );
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
    // 24/11, Ngày Văn hóa Việt Nam: a holiday from 2026, not before; the
    // configuration can turn it off.
    off(&c, &[d(2026, 11, 24)]);
    on(&c, &[d(2025, 11, 24)]);
    let without =
        WorkCalendar::new(CalendarConfig { culture_day: false, ..Default::default() }).unwrap();
    on(&without, &[d(2026, 11, 24)]);
    // In 2029 it falls on a Saturday: given back on Monday 26/11.
    off(&c, &[d(2029, 11, 26)]);
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
    assert_eq!(e.field(), Some("/date"));
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
    // At 15:00 exactly: the next working day; the note names the cut-off.
    let a = c.appointment(at(2026, 3, 2, 15, 0), days(3.0), Lang::En).unwrap();
    assert_eq!((a.counted_from, a.due_date), (d(2026, 3, 3), d(2026, 3, 6)));
    assert!(a.note.unwrap().contains("15:00 cut-off"));
    let a = c.appointment(at(2026, 3, 2, 16, 10), days(3.0), Lang::Vi).unwrap();
    assert_eq!(a.note.as_deref(), Some("nhận sau 15:00: thời hạn tính từ ngày làm việc tiếp theo"));
    // The configured cut-off, not a fixed one.
    let late = CalendarConfig {
        afternoon_cutoff: chrono::NaiveTime::from_hms_opt(16, 30, 0).unwrap(),
        ..Default::default()
    };
    let a = WorkCalendar::new(late)
        .unwrap()
        .appointment(at(2026, 3, 2, 16, 40), days(3.0), Lang::Vi)
        .unwrap();
    assert_eq!(a.note.as_deref(), Some("nhận sau 16:30: thời hạn tính từ ngày làm việc tiếp theo"));
    // Received on Saturday: counted from Monday.
    let a = c.appointment(at(2026, 3, 7, 9, 0), days(1.0), Lang::En).unwrap();
    assert_eq!((a.counted_from, a.due_date), (d(2026, 3, 9), d(2026, 3, 10)));
    // Hours received on a day off run from the next opening: Saturday
    // 14/2/2026, Tết until 22/2, so Monday 23/2 at 07:30.
    let h4 = Duration { value: 4.0, unit: DurationUnit::WorkingHours };
    let a = c.appointment(at(2026, 2, 14, 9, 0), h4, Lang::Vi).unwrap();
    assert_eq!((a.counted_from, a.due_at), (d(2026, 2, 23), at(2026, 2, 23, 11, 30)));
    assert_eq!(
        a.note.as_deref(),
        Some("nhận ngoài giờ làm việc: thời hạn tính từ giờ làm việc tiếp theo")
    );
    assert_eq!(c.clock_start(at(2026, 2, 14, 9, 0)).unwrap(), at(2026, 2, 23, 7, 30));
    assert_eq!(c.clock_start(at(2026, 3, 2, 12, 0)).unwrap(), at(2026, 3, 2, 13, 30));
    assert_eq!(c.clock_start(at(2026, 3, 2, 9, 5)).unwrap(), at(2026, 3, 2, 9, 5));
    let a = c.appointment(at(2026, 3, 2, 9, 5), h4, Lang::Vi).unwrap();
    assert_eq!((a.counted_from, a.note), (d(2026, 3, 2), None));
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
        CalendarAnswer::WorkingHoursBetween { minutes: 450, hours: 7.5, provisional: false }
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
fn shipped_schedules_pass_the_checks_caller_schedules_get() {
    let shipped = super::schedule::parse_shipped().expect("core/data/holidays.json is valid");
    assert_eq!(shipped.first().map(|s| s.year), Some(2020));
    assert_eq!(shipped, super::schedule::shipped_schedules());
    // The same checks refuse a typo (a 2026 span typed as 2062).
    let mut typo = shipped.to_vec();
    let last = typo.len() - 1;
    typo[last].spans[0].to = d(2062, 1, 4);
    let c = CalendarConfig { schedules: typo, ..Default::default() };
    let e = WorkCalendar::new(c).unwrap_err();
    assert_eq!(e.field(), Some("/schedules/6/spans/0/to"));
    assert!(e.message(Lang::Vi).contains("2062-01-04 nằm ngoài khoảng"), "{}", e.message(Lang::Vi));
}

#[test]
fn huge_counts_are_errors_naming_the_field_never_panics() {
    // Regression: these valid requests overflowed a date addition.
    let c = cal();
    for q in [
        r#"{"kind":"addWorkingDays","from":"2026-01-01","days":67861276}"#,
        r#"{"kind":"periodEnd","from":"2026-01-01","days":95005783}"#,
        r#"{"kind":"addWorkingDays","from":"2026-01-01","days":4294967295}"#,
    ] {
        let e = c.query(&CalendarQuery::from_json(q).unwrap(), Lang::En).unwrap_err();
        assert_eq!(e.field(), Some("/days"), "{q}");
        assert!(e.message(Lang::Vi).contains("nằm ngoài khoảng"), "{}", e.message(Lang::Vi));
    }
    // A due date past 2100 blames the limit, the field a due query has.
    let q = r#"{"kind":"due","received":"2099-12-01T08:00","limit":{"value":9999,"unit":"workingHours"}}"#;
    let e = c.query(&CalendarQuery::from_json(q).unwrap(), Lang::En).unwrap_err();
    assert_eq!(e.field(), Some("/limit"));
}

mod dossiers;

mod batch;

mod years;
