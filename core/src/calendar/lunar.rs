//! The Vietnamese lunar calendar (âm lịch), computed for UTC+7.
//!
//! The astronomical method of Hồ Ngọc Đức (new moons after Meeus, the
//! sun's longitude for the major solar terms), which is how the Vietnamese
//! calendar differs from the Chinese one (UTC+8) in some years. The maths
//! uses the `libm` crate rather than the platform's, so Rust, C and wasm
//! compute the very same days.

use chrono::NaiveDate;
use core::f64::consts::PI;
use serde::{Deserialize, Serialize};

use crate::{Error, InputProblem, Result};

/// Time zone of the Vietnamese calendar, in hours.
const TIME_ZONE: f64 = 7.0;

/// Years the conversion is validated for (against an independent
/// implementation, in the tests).
pub const YEARS: core::ops::RangeInclusive<i32> = 1900..=2100;

/// A date of the lunar calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LunarDate {
    /// Lunar year (the one Tết opens).
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–30.
    pub day: u32,
    /// Whether the month is the leap month (tháng nhuận).
    #[serde(default)]
    pub leap: bool,
}

fn int(x: f64) -> i64 {
    libm::floor(x) as i64
}

/// Julian day number of a Gregorian date.
fn jd(date: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&date)) + 1_721_425
}

fn from_jd(jd: i64) -> Option<NaiveDate> {
    i32::try_from(jd - 1_721_425).ok().and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// Julian day (fractional, UT) of the k-th new moon after 1900-01-01.
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let (t2, t3) = (t * t, t * t * t);
    let dr = PI / 180.0;
    let s = |x: f64| libm::sin(x * dr);
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * s(166.56 + 132.87 * t - 0.009_173 * t2);
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * s(m) + 0.0021 * s(2.0 * m);
    c1 = c1 - 0.4068 * s(mpr) + 0.0161 * s(2.0 * mpr);
    c1 -= 0.0004 * s(3.0 * mpr);
    c1 = c1 + 0.0104 * s(2.0 * f) - 0.0051 * s(m + mpr);
    c1 = c1 - 0.0074 * s(m - mpr) + 0.0004 * s(2.0 * f + m);
    c1 = c1 - 0.0004 * s(2.0 * f - m) - 0.0006 * s(2.0 * f + mpr);
    c1 = c1 + 0.0010 * s(2.0 * f - mpr) + 0.0005 * s(2.0 * mpr + m);
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - delta_t
}

/// Day number (local) of the k-th new moon.
fn new_moon_day(k: i64) -> i64 {
    int(new_moon(k) + 0.5 + TIME_ZONE / 24.0)
}

/// The sun's longitude at local midnight starting day `jdn`, as the index
/// (0–11) of the 30° sector it is in.
fn sun_longitude_sector(jdn: i64) -> i64 {
    let t = (jdn as f64 - 0.5 - TIME_ZONE / 24.0 - 2_451_545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * libm::sin(dr * m);
    dl = dl
        + (0.019_993 - 0.000_101 * t) * libm::sin(dr * 2.0 * m)
        + 0.000_290 * libm::sin(dr * 3.0 * m);
    let mut l = (l0 + dl) * dr;
    l -= PI * 2.0 * libm::floor(l / (PI * 2.0));
    int(l / PI * 6.0)
}

/// Day number of the start of the 11th lunar month (the one holding the
/// winter solstice) of Gregorian year `year`.
fn lunar_month_11(year: i32) -> i64 {
    let off = jd(NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default()) - 2_415_021;
    let k = int(off as f64 / 29.530_588_853);
    let nm = new_moon_day(k);
    if sun_longitude_sector(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// Offset of the leap month after the 11th month starting on `a11`.
fn leap_month_offset(a11: i64) -> i64 {
    let k = int((a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853 + 0.5);
    let mut i = 1;
    let mut arc = sun_longitude_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_longitude_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            return i - 1;
        }
    }
}

fn out_of_range(field: &str, detail: String) -> Error {
    Error::InvalidInput { field: field.to_owned(), problem: InputProblem::WrongValue { detail } }
}

/// Converts a Gregorian date to the Vietnamese lunar calendar.
///
/// ```
/// use iso9001::calendar::{to_lunar, LunarDate};
/// let d = chrono::NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
/// assert_eq!(to_lunar(d).unwrap(), LunarDate { year: 2026, month: 1, day: 1, leap: false });
/// ```
pub fn to_lunar(date: NaiveDate) -> Result<LunarDate> {
    let year = chrono::Datelike::year(&date);
    if !(YEARS.start() - 1..=YEARS.end() + 1).contains(&year) {
        return Err(out_of_range("date", format!("{date} is outside 1899–2101")));
    }
    let day_number = jd(date);
    let k = int((day_number as f64 - 2_415_021.076_998_695) / 29.530_588_853);
    let mut month_start = new_moon_day(k + 1);
    if month_start > day_number {
        month_start = new_moon_day(k);
    }
    let mut a11 = lunar_month_11(year);
    let mut b11 = a11;
    let mut lunar_year;
    if a11 >= month_start {
        lunar_year = year;
        a11 = lunar_month_11(year - 1);
    } else {
        lunar_year = year + 1;
        b11 = lunar_month_11(year + 1);
    }
    let day = day_number - month_start + 1;
    let diff = int((month_start - a11) as f64 / 29.0);
    let mut leap = false;
    let mut month = diff + 11;
    if b11 - a11 > 365 {
        let leap_diff = leap_month_offset(a11);
        if diff >= leap_diff {
            month = diff + 10;
            leap = diff == leap_diff;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    Ok(LunarDate {
        year: lunar_year,
        month: u32::try_from(month).unwrap_or(0),
        day: u32::try_from(day).unwrap_or(0),
        leap,
    })
}

/// Converts a lunar date to the Gregorian calendar. An impossible date (a
/// 30th in a 29-day month, a leap month the year does not have) is an
/// error naming the field.
///
/// ```
/// use iso9001::calendar::{from_lunar, LunarDate};
/// let tet = from_lunar(LunarDate { year: 2026, month: 1, day: 1, leap: false }).unwrap();
/// assert_eq!(tet.to_string(), "2026-02-17");
/// ```
pub fn from_lunar(d: LunarDate) -> Result<NaiveDate> {
    if !YEARS.contains(&d.year) {
        return Err(out_of_range("/year", format!("{} is outside 1900–2100", d.year)));
    }
    if !(1..=12).contains(&d.month) {
        return Err(out_of_range("/month", format!("{} is not a month (1–12)", d.month)));
    }
    if !(1..=30).contains(&d.day) {
        return Err(out_of_range("/day", format!("{} is not a lunar day (1–30)", d.day)));
    }
    let (a11, b11) = if d.month < 11 {
        (lunar_month_11(d.year - 1), lunar_month_11(d.year))
    } else {
        (lunar_month_11(d.year), lunar_month_11(d.year + 1))
    };
    let k = int(0.5 + (a11 as f64 - 2_415_021.076_998_695) / 29.530_588_853);
    let mut off = i64::from(d.month) - 11;
    if off < 0 {
        off += 12;
    }
    let mut has_leap = false;
    if b11 - a11 > 365 {
        let leap_off = leap_month_offset(a11);
        let mut leap_month = leap_off - 2;
        if leap_month < 0 {
            leap_month += 12;
        }
        has_leap = d.leap && i64::from(d.month) == leap_month;
        if d.leap && !has_leap {
            return Err(out_of_range(
                "/leap",
                format!("{}/{} has no leap month {}", d.month, d.year, d.month),
            ));
        }
        if d.leap || off >= leap_off {
            off += 1;
        }
    }
    if d.leap && !has_leap {
        return Err(out_of_range("/leap", format!("the lunar year {} has no leap month", d.year)));
    }
    let start = new_moon_day(k + off);
    let length = new_moon_day(k + off + 1) - start;
    if i64::from(d.day) > length {
        return Err(out_of_range("/day", format!("the month has {length} days, not {}", d.day)));
    }
    from_jd(start + i64::from(d.day) - 1)
        .ok_or_else(|| out_of_range("/year", format!("{} is out of range", d.year)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn known_dates() {
        // Tết 2025 and 2026; Hùng Kings 2025 (10/3 lunar = 7/4).
        assert_eq!(
            to_lunar(day(2025, 1, 29)).unwrap(),
            LunarDate { year: 2025, month: 1, day: 1, leap: false }
        );
        assert_eq!(
            from_lunar(LunarDate { year: 2025, month: 3, day: 10, leap: false }).unwrap(),
            day(2025, 4, 7)
        );
        // 2025 has a leap 6th month (from 25/7/2025).
        assert_eq!(
            to_lunar(day(2025, 7, 25)).unwrap(),
            LunarDate { year: 2025, month: 6, day: 1, leap: true }
        );
        assert_eq!(
            from_lunar(LunarDate { year: 2025, month: 6, day: 1, leap: true }).unwrap(),
            day(2025, 7, 25)
        );
        // 1985: Vietnam celebrated Tết a month before China (21/1 vs 20/2).
        assert_eq!(to_lunar(day(1985, 1, 21)).unwrap().day, 1);
        assert_eq!(to_lunar(day(1985, 1, 21)).unwrap().month, 1);
    }

    #[test]
    fn impossible_dates_are_errors() {
        let e = from_lunar(LunarDate { year: 2026, month: 13, day: 1, leap: false }).unwrap_err();
        assert_eq!(e.field(), Some("/month"));
        let e = from_lunar(LunarDate { year: 2026, month: 2, day: 1, leap: true }).unwrap_err();
        assert_eq!(e.field(), Some("/leap"));
        let e = from_lunar(LunarDate { year: 1800, month: 1, day: 1, leap: false }).unwrap_err();
        assert_eq!(e.field(), Some("/year"));
        // Some month of 2026 has 29 days: its 30th does not exist.
        let short = (1..=12).find(|&m| {
            from_lunar(LunarDate { year: 2026, month: m, day: 30, leap: false }).is_err()
        });
        assert!(short.is_some());
        assert!(to_lunar(day(2500, 1, 1)).is_err());
    }

    #[test]
    fn round_trip_every_day_of_a_decade() {
        let mut d = day(2020, 1, 1);
        while d < day(2031, 1, 1) {
            let l = to_lunar(d).unwrap();
            assert_eq!(from_lunar(l).unwrap(), d, "{d} → {l:?}");
            d = d.succ_opt().unwrap();
        }
    }
}
