//! The working calendar: which days are worked, and arithmetic on working
//! days and hours that costs the same whatever the distance (counting by
//! formula and binary search over the sorted exceptions, never a
//! day-by-day loop).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::config::{minute_of, CalendarConfig};
use super::holidays::{special_days, DayKind, Special, Why};
use super::schedule::{shipped_schedules, HolidayGroup};
use crate::text::{Day, Lang};
use crate::{Error, InputProblem, Result};

/// A day and what kind of day it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DayInfo {
    #[serde(serialize_with = "crate::calendar::datetime::json::date")]
    /// The date.
    pub date: NaiveDate,
    /// Whether civil servants work that day.
    pub working: bool,
    /// Why.
    pub kind: DayKind,
    /// The holiday it belongs to, if any.
    pub holiday: Option<HolidayGroup>,
    /// A human-readable reason in the requested language, e.g. "Tết
    /// Nguyên đán (nghỉ bù)"; `null` for an ordinary working day.
    pub reason: Option<String>,
    /// The year has no government decision on its holidays yet: the day
    /// follows the Labour Code rules and may change (dự kiến).
    pub provisional: bool,
}

/// The working calendar built from a [`CalendarConfig`]: immutable, cheap
/// to query, safe to share across threads.
#[derive(Debug, Clone)]
pub struct WorkCalendar {
    config: CalendarConfig,
    weekend: [bool; 7],
    /// Every holiday, day off and worked weekend day, sorted by date.
    special: Vec<Special>,
    /// Weekdays that are off, sorted.
    off: Vec<NaiveDate>,
    /// Weekend days that are worked, sorted.
    worked: Vec<NaiveDate>,
    /// Office periods in minutes from midnight.
    office: Vec<(u32, u32)>,
    minutes_per_day: u32,
    first: NaiveDate,
    last: NaiveDate,
    /// Years with a government decision on their holidays (passed in or
    /// shipped), sorted.
    decided: Vec<i32>,
}

/// `value` is outside `min`–`max` at `field`.
fn out_of_range(
    field: &str, value: impl ToString, min: impl ToString, max: impl ToString,
) -> Error {
    let (value, min, max) = (value.to_string(), min.to_string(), max.to_string());
    Error::invalid(field, InputProblem::OutOfRange { value, min, max })
}

impl WorkCalendar {
    /// Builds the calendar. A bad configuration is an error naming the field.
    ///
    /// ```
    /// use iso9001::calendar::{CalendarConfig, WorkCalendar};
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let tet = chrono::NaiveDate::from_ymd_opt(2026, 2, 17).unwrap();
    /// assert!(!cal.is_working_day(tet).unwrap());
    /// ```
    pub fn new(config: CalendarConfig) -> Result<Self> {
        let (weekend, office) = config.validate()?;
        let minutes_per_day = office.iter().map(|(s, e)| e - s).sum();
        let first = NaiveDate::from_ymd_opt(config.from_year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(config.to_year, 12, 31).unwrap_or_default();
        let mut cal = WorkCalendar {
            config,
            weekend,
            special: Vec::new(),
            off: Vec::new(),
            worked: Vec::new(),
            office,
            minutes_per_day,
            first,
            last,
            decided: Vec::new(),
        };
        cal.build();
        Ok(cal)
    }

    fn is_weekend(&self, d: NaiveDate) -> bool {
        self.weekend[d.weekday().num_days_from_monday() as usize]
    }

    /// Computes every special day of the covered years.
    fn build(&mut self) {
        let shipped = if self.config.use_shipped_schedules { shipped_schedules() } else { &[] };
        let mut decided: Vec<i32> =
            self.config.schedules.iter().chain(shipped).map(|s| s.year).collect();
        decided.sort_unstable();
        decided.dedup();
        self.decided = decided;
        let special = special_days(&self.config, &self.weekend);
        self.off = special
            .iter()
            .filter(|s| s.kind != DayKind::WorkedWeekend && !self.is_weekend(s.date))
            .map(|s| s.date)
            .collect();
        self.worked = special
            .iter()
            .filter(|s| s.kind == DayKind::WorkedWeekend && self.is_weekend(s.date))
            .map(|s| s.date)
            .collect();
        self.special = special;
    }

    /// The configuration the calendar was built from.
    pub fn config(&self) -> &CalendarConfig {
        &self.config
    }

    /// Working minutes in a full working day (e.g. 450 for 7.5 hours).
    pub fn minutes_per_day(&self) -> u32 {
        self.minutes_per_day
    }

    /// Whether an answer that spans `from`..=`to` rests on a year without a
    /// government decision on its holidays (computed by the Labour Code
    /// rules, so provisional: dự kiến, chưa có quyết định).
    pub fn is_provisional(&self, from: NaiveDate, to: NaiveDate) -> bool {
        let (a, b) = if from <= to { (from, to) } else { (to, from) };
        (a.year()..=b.year()).any(|y| self.decided.binary_search(&y).is_err())
    }

    pub(super) fn check(&self, d: NaiveDate, field: &str) -> Result<()> {
        if d < self.first || d > self.last {
            return Err(out_of_range(field, d, self.first, self.last));
        }
        Ok(())
    }

    pub(super) fn working(&self, d: NaiveDate) -> bool {
        if self.is_weekend(d) {
            self.worked.binary_search(&d).is_ok()
        } else {
            self.off.binary_search(&d).is_err()
        }
    }

    /// Whether civil servants work on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool> {
        self.check(date, "/date")?;
        Ok(self.working(date))
    }

    /// What kind of day `date` is, with the reason in `lang`.
    pub fn day_info(&self, date: NaiveDate, lang: Lang) -> Result<DayInfo> {
        self.check(date, "/date")?;
        let special =
            self.special.binary_search_by_key(&date, |s| s.date).ok().map(|i| self.special[i]);
        let kind = match special {
            Some(s) => s.kind,
            None if self.is_weekend(date) => DayKind::Weekend,
            None => DayKind::Working,
        };
        let group = special.and_then(|s| s.group);
        let why = special.map_or(Why::Plain, |s| s.why);
        // A day and its weekday, as said inside a sentence: "thứ Bảy
        // 10/01/2026", "Saturday 10/01/2026".
        let on = |d: NaiveDate| {
            const VI: [&str; 7] =
                ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"];
            const EN: [&str; 7] =
                ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
            let i = d.weekday().num_days_from_monday() as usize;
            format!("{} {}", lang.pick(VI[i], EN[i]), Day(d))
        };
        let reason = match (kind, group, why) {
            (DayKind::Working, ..) => None,
            (DayKind::Weekend, ..) => {
                Some(lang.pick("Ngày nghỉ hằng tuần", "Weekly rest day").to_owned())
            }
            (DayKind::WorkedWeekend, _, Why::WorkedFor(off)) => Some(match lang {
                Lang::Vi => format!("Ngày làm bù (cho ngày nghỉ {})", on(off)),
                Lang::En => {
                    format!("Weekend day worked in exchange (for the day off on {})", on(off))
                }
            }),
            (DayKind::WorkedWeekend, ..) => {
                Some(lang.pick("Ngày làm bù", "Weekend day worked in exchange").to_owned())
            }
            (DayKind::Holiday, Some(g), _) => Some(g.label(lang).to_owned()),
            // Two different things share the day-off kind: a holiday on a
            // rest day given back (nghỉ bù), and a bridge day swapped for a
            // worked weekend day (nghỉ hoán đổi).
            (DayKind::DayOff, Some(g), why) => {
                let what = match (why, lang) {
                    (Why::InLieu, _) => lang.pick("nghỉ bù", "day off in lieu").to_owned(),
                    (Why::Swapped(w), Lang::Vi) => format!("nghỉ hoán đổi, làm bù {}", on(w)),
                    (Why::Swapped(w), Lang::En) => {
                        format!("swapped day off, worked instead on {}", on(w))
                    }
                    _ => lang
                        .pick(
                            "ngày nghỉ theo lịch nghỉ lễ được công bố",
                            "day off in the announced holiday schedule",
                        )
                        .to_owned(),
                };
                Some(format!("{} ({what})", g.label(lang)))
            }
            _ => None,
        };
        let provisional = self.is_provisional(date, date);
        Ok(DayInfo { date, working: self.working(date), kind, holiday: group, reason, provisional })
    }

    /// Every holiday, day off and worked weekend day of `year`.
    pub fn year(&self, year: i32, lang: Lang) -> Result<Vec<DayInfo>> {
        let start = NaiveDate::from_ymd_opt(year, 1, 1)
            .ok_or_else(|| out_of_range("/year", year, self.first.year(), self.last.year()))?;
        self.check(start, "/year")?;
        let end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(start);
        let from = self.special.partition_point(|s| s.date < start);
        let to = self.special.partition_point(|s| s.date <= end);
        self.special[from..to].iter().map(|s| self.day_info(s.date, lang)).collect()
    }

    /// Days in `(a, b]` that are not weekly rest days, by formula.
    fn weekdays_after(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let n = (b - a).num_days();
        if n <= 0 {
            return 0;
        }
        let per_week = self.weekend.iter().filter(|&&w| !w).count() as i64;
        let start = a.weekday().num_days_from_monday() as usize;
        let rem = (1..=(n % 7) as usize).filter(|k| !self.weekend[(start + k) % 7]).count() as i64;
        (n / 7) * per_week + rem
    }

    /// Working days in `(a, b]` for `a <= b`: by formula, then the sorted
    /// exceptions in the interval, by binary search.
    fn count(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let within = |v: &Vec<NaiveDate>| {
            (v.partition_point(|&d| d <= b) - v.partition_point(|&d| d <= a)) as i64
        };
        self.weekdays_after(a, b) - within(&self.off) + within(&self.worked)
    }

    /// The number of working days after `a` up to and including `b`
    /// (negative when `b` is before `a`).
    ///
    /// ```
    /// use iso9001::calendar::{CalendarConfig, WorkCalendar};
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Tết 2026: 14–22/2 off, so Friday 13/2 to Monday 23/2 is one working day.
    /// assert_eq!(cal.working_days_between(d(2, 13), d(2, 23)).unwrap(), 1);
    /// ```
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i64> {
        self.check(a, "/from")?;
        self.check(b, "/to")?;
        Ok(if a <= b { self.count(a, b) } else { -self.count(b, a) })
    }

    /// The `n`-th working day after `start` (`start` itself for 0).
    ///
    /// ```
    /// use iso9001::calendar::{CalendarConfig, WorkCalendar};
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    /// // Thursday 12/2/2026: Friday 13/2, then Tết 14–22/2, then 23–26/2.
    /// assert_eq!(cal.add_working_days(d(2, 12), 5).unwrap(), d(2, 26));
    /// ```
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> Result<NaiveDate> {
        self.check(start, "/from")?;
        if n == 0 {
            return Ok(start);
        }
        // No answer lies past the calendar's last day: refuse a count that
        // cannot fit before any date arithmetic (it could overflow).
        let room = (self.last - start).num_days();
        if i64::from(n) > room {
            return Err(out_of_range("/days", n, 0, room));
        }
        // Jump by whole weeks of weekdays, then correct for the holidays
        // and worked weekend days in between: a few steps whatever `n`.
        let mut cur = start;
        let mut need = i64::from(n);
        loop {
            let cand = self.add_weekdays(cur, need).filter(|&c| c <= self.last);
            let Some(cand) = cand else { return Err(out_of_range("/days", n, 0, room)) };
            let got = self.count(cur, cand);
            if got < need {
                need -= got;
                cur = cand;
                continue;
            }
            // `got >= need`: the answer is the last working day at or before
            // `cand` that still has `need` working days after `cur`; holiday
            // spans are short, so this walks a few days at most.
            let mut day = cand;
            let mut count = got;
            while !(count == need && self.working(day)) {
                if self.working(day) {
                    count -= 1;
                }
                day = day.pred_opt().unwrap_or(day);
            }
            return Ok(day);
        }
    }

    /// The day `k` weekdays (days that are not weekly rest days) after `d`
    /// (`None` past the end of time).
    fn add_weekdays(&self, d: NaiveDate, k: i64) -> Option<NaiveDate> {
        let per_week = self.weekend.iter().filter(|&&w| !w).count() as i64;
        let weeks = (k - 1).max(0) / per_week;
        let mut left = k - weeks * per_week;
        let mut day = d.checked_add_signed(chrono::Duration::try_days(weeks.checked_mul(7)?)?)?;
        while left > 0 {
            day = day.succ_opt()?;
            if !self.is_weekend(day) {
                left -= 1;
            }
        }
        Some(day)
    }

    /// The next working day strictly after `d`.
    pub(crate) fn next_working_day(&self, d: NaiveDate) -> Result<NaiveDate> {
        self.add_working_days(d, 1)
    }

    /// Office minutes of a working day before clock time `t`.
    fn minutes_before(&self, t: NaiveTime) -> u32 {
        let m = minute_of(t);
        self.office.iter().map(|&(s, e)| m.clamp(s, e) - s).sum()
    }

    /// The clock time at which `offset` office minutes of the day have
    /// passed (1 ≤ offset ≤ minutes_per_day).
    fn time_at(&self, offset: u32) -> NaiveTime {
        let mut left = offset;
        for &(s, e) in &self.office {
            if left <= e - s {
                let m = s + left;
                return NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap_or_default();
            }
            left -= e - s;
        }
        let end = self.office.last().map_or(0, |&(_, e)| e);
        NaiveTime::from_hms_opt(end / 60, end % 60, 0).unwrap_or_default()
    }

    /// Closing time of a working day.
    pub fn closing_time(&self) -> NaiveTime {
        self.time_at(self.minutes_per_day)
    }

    /// Opening time of a working day.
    pub fn opening_time(&self) -> NaiveTime {
        let s = self.office.first().map_or(0, |&(s, _)| s);
        NaiveTime::from_hms_opt(s / 60, s % 60, 0).unwrap_or_default()
    }

    /// Working minutes between two instants (negative when `b` is before
    /// `a`), counting only office hours of working days.
    pub fn working_minutes_between(&self, a: NaiveDateTime, b: NaiveDateTime) -> Result<i64> {
        self.check(a.date(), "/from")?;
        self.check(b.date(), "/to")?;
        if b < a {
            return Ok(-self.working_minutes_between(b, a)?);
        }
        let (da, db) = (a.date(), b.date());
        let day_minutes =
            |d: NaiveDate| if self.working(d) { i64::from(self.minutes_per_day) } else { 0 };
        if da == db {
            if !self.working(da) {
                return Ok(0);
            }
            return Ok(
                i64::from(self.minutes_before(b.time())) - i64::from(self.minutes_before(a.time()))
            );
        }
        let first = if self.working(da) {
            day_minutes(da) - i64::from(self.minutes_before(a.time()))
        } else {
            0
        };
        let last = if self.working(db) { i64::from(self.minutes_before(b.time())) } else { 0 };
        let between = self.count(da, db) - i64::from(self.working(db));
        Ok(first + between * i64::from(self.minutes_per_day) + last)
    }

    /// The instant `minutes` office minutes after `start`.
    pub fn add_working_minutes(&self, start: NaiveDateTime, minutes: u64) -> Result<NaiveDateTime> {
        self.check(start.date(), "/from")?;
        let day = start.date();
        let per_day = u64::from(self.minutes_per_day);
        let used =
            if self.working(day) { u64::from(self.minutes_before(start.time())) } else { per_day };
        if minutes == 0 {
            return Ok(start);
        }
        if used + minutes <= per_day {
            let offset = u32::try_from(used + minutes).unwrap_or(self.minutes_per_day);
            return Ok(day.and_time(self.time_at(offset)));
        }
        let rest = minutes - (per_day - used);
        let skip = (rest - 1) / per_day; // whole working days passed
        let offset = rest - skip * per_day; // 1..=per_day into the last day
        let days =
            u32::try_from(skip + 1).map_err(|_| out_of_range("/minutes", minutes, 0, u32::MAX))?;
        let target = self.add_working_days(day, days)?;
        Ok(target.and_time(self.time_at(u32::try_from(offset).unwrap_or(self.minutes_per_day))))
    }

    /// Civil Code 2015 Art. 147–148: a period of `days` calendar days
    /// after an event starts the next day and ends at the end of its last
    /// day; a last day that is not a working day moves to the next working
    /// day.
    pub fn calendar_period_end(&self, event: NaiveDate, days: u32) -> Result<NaiveDate> {
        self.check(event, "/from")?;
        let room = (self.last - event).num_days();
        let end = event.checked_add_signed(chrono::Duration::days(i64::from(days)));
        let Some(end) = end.filter(|&e| e <= self.last) else {
            return Err(out_of_range("/days", days, 0, room));
        };
        if self.working(end) {
            Ok(end)
        } else {
            self.next_working_day(end)
        }
    }
}
