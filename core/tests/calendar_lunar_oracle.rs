//! Our lunar calendar against an independent implementation: the PyPI
//! `holidays` package's Vietnamese lunisolar calendar (UTC+7), through the
//! fixture made by `scripts/gen-lunar-fixture.py`: every Tết and every
//! Hùng Kings' day 1901–2100.
#![allow(clippy::unwrap_used)]

use iso9001::calendar::{from_lunar, to_lunar, LunarDate};

#[test]
fn every_tet_and_hung_kings_day_matches_the_oracle() {
    let text = include_str!("fixtures/vietnamese_lunar.csv");
    let mut checked = 0;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.starts_with("year")) {
        let cols: Vec<&str> = line.split(',').collect();
        let year: i32 = cols[0].parse().unwrap();
        for (col, month, day) in [(1, 1, 1), (2, 3, 10)] {
            if cols[col].is_empty() {
                continue;
            }
            let want: chrono::NaiveDate = cols[col].parse().unwrap();
            let lunar = LunarDate { year, month, day, leap: false };
            assert_eq!(from_lunar(lunar).unwrap(), want, "{lunar:?}");
            assert_eq!(to_lunar(want).unwrap(), lunar, "{want}");
            checked += 1;
        }
    }
    assert_eq!(checked, 400, "1901–2100, two days a year");
}
