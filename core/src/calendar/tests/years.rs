//! Years the government has not decided yet, and the Labour Code in force
//! in the year asked about.

use super::*;

#[test]
fn answers_about_a_year_without_a_decision_are_provisional() {
    // 2027 has no government decision yet: computed by the Labour Code
    // rules, flagged; 2026 has one (shipped).
    let c = cal();
    let year = |y| c.query(&CalendarQuery::Year(YearArg { year: y }), Lang::Vi).unwrap();
    assert!(matches!(year(2027), CalendarAnswer::Year { provisional: true, .. }));
    assert!(matches!(year(2026), CalendarAnswer::Year { provisional: false, .. }));
    let q = CalendarQuery::from_json(
        r#"{"kind":"due","received":"2026-12-28T09:00","limit":{"value":10,"unit":"workingDays"}}"#,
    )
    .unwrap();
    let CalendarAnswer::Due { appointment } = c.query(&q, Lang::Vi).unwrap() else { panic!() };
    assert!(appointment.provisional, "the count runs into January 2027");
    assert!(c.day_info(d(2027, 2, 8), Lang::Vi).unwrap().provisional);
    // A decision passed in for 2027 removes the flag.
    let decision =
        YearSchedule { year: 2027, spans: vec![], worked_days: vec![], source: String::new() };
    let c = WorkCalendar::new(CalendarConfig { schedules: vec![decision], ..Default::default() })
        .unwrap();
    assert!(!c.day_info(d(2027, 2, 8), Lang::Vi).unwrap().provisional);
}

#[test]
fn the_labour_code_of_the_year_decides_national_day() {
    // Without a decision: 2012 code to 2020 (2/9 alone, given back when on
    // a rest day), 2019 code from 2021 (2/9 and an adjacent day).
    let c =
        WorkCalendar::new(CalendarConfig { use_shipped_schedules: false, ..Default::default() })
            .unwrap();
    // 2019: 2/9 Monday off, 3/9 Tuesday worked (under 2019's code it
    // would be off).
    off(&c, &[d(2019, 9, 2)]);
    on(&c, &[d(2019, 9, 3)]);
    // 2018: 2/9 Sunday, given back on Monday 3/9.
    off(&c, &[d(2018, 9, 3)]);
    on(&c, &[d(2018, 9, 4)]);
    // 2027: 2/9 Thursday, and Friday 3/9.
    off(&c, &[d(2027, 9, 2), d(2027, 9, 3)]);
}
