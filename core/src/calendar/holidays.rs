//! Public holidays: the Labour Code 2019 rules (Art. 111–112) and the
//! yearly decisions that fix the exact spans and swapped days.
//!
//! The rules give the default for any year; a [`YearSchedule`](super::YearSchedule) (shipped for
//! the years known, or supplied by the caller at run time, since next
//! year's decision arrives after our release) replaces the rules for the
//! holiday groups it covers.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::config::CalendarConfig;
use super::lunar::{from_lunar, LunarDate};
use super::schedule::{d, shipped_schedules, HolidayGroup};

/// Why a day is not an ordinary working day (or is one by exception).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DayKind {
    /// A public holiday (ngày lễ).
    Holiday,
    /// A day off given back for a holiday on a rest day, or swapped for a
    /// worked weekend day (nghỉ bù / nghỉ hoán đổi).
    DayOff,
    /// A weekly rest day.
    Weekend,
    /// A weekend day worked in exchange for a bridge day (làm bù).
    WorkedWeekend,
    /// An ordinary working day.
    Working,
}

/// The statutory days of `group` in `year` under the Labour Code rules,
/// before compensatory days.
pub(crate) fn statutory_days(
    group: HolidayGroup, year: i32, weekend: &[Weekday],
) -> Vec<NaiveDate> {
    let is_weekend = |day: NaiveDate| weekend.contains(&day.weekday());
    match group {
        HolidayGroup::NewYear => vec![d(year, 1, 1)],
        HolidayGroup::Tet => {
            // The last day of the old year and the first four of the new.
            match from_lunar(LunarDate { year, month: 1, day: 1, leap: false }) {
                Ok(tet) => (-1..4)
                    .filter_map(|k| tet.checked_add_signed(chrono::Duration::days(k)))
                    .collect(),
                Err(_) => vec![],
            }
        }
        HolidayGroup::HungKings => from_lunar(LunarDate { year, month: 3, day: 10, leap: false })
            .map(|h| vec![h])
            .unwrap_or_default(),
        HolidayGroup::Reunification => vec![d(year, 4, 30)],
        HolidayGroup::Labour => vec![d(year, 5, 1)],
        // Labour Code 2012 (Art. 115), in force to 2020: 2/9 alone.
        HolidayGroup::NationalDay if year < 2021 => vec![d(year, 9, 2)],
        HolidayGroup::NationalDay => {
            // Labour Code 2019 (Art. 112), from 2021: 2/9 and the day
            // before, unless it is a weekend day or 2/9 is a Thursday (then
            // Friday 3/9 makes the long weekend).
            let national = d(year, 9, 2);
            let before = d(year, 9, 1);
            let adjacent = if is_weekend(before) || national.weekday() == Weekday::Thu {
                d(year, 9, 3)
            } else {
                before
            };
            let mut days = vec![national, adjacent];
            days.sort();
            days
        }
        HolidayGroup::CultureDay => vec![d(year, 11, 24)],
    }
}

/// Every holiday, day off and worked weekend day of the configured years,
/// sorted by date: the yearly decision where there is one (passed in, else
/// shipped), the Labour Code rules otherwise, and a holiday on a rest day
/// given back on the next working day (Art. 111.3).
pub(crate) fn special_days(config: &CalendarConfig, weekend: &[bool; 7]) -> Vec<Special> {
    let is_weekend = |d: NaiveDate| weekend[d.weekday().num_days_from_monday() as usize];
    let shipped = if config.use_shipped_schedules { shipped_schedules() } else { &[] };
    let weekend_days = config.weekend_days();
    let mut special: Vec<Special> = Vec::new();
    for year in config.from_year..=config.to_year {
        let schedule = config
            .schedules
            .iter()
            .find(|s| s.year == year)
            .or_else(|| shipped.iter().find(|s| s.year == year));
        let mut year_days: Vec<Special> = Vec::new();
        let mut to_compensate: Vec<(NaiveDate, HolidayGroup)> = Vec::new();
        // Holidays of the schedule's spans that fall on a rest day: the
        // schedule gives them back among its days off.
        let mut scheduled_on_rest_days: Vec<NaiveDate> = Vec::new();
        for group in GROUPS {
            if group == HolidayGroup::CultureDay && !(config.culture_day && year >= 2026) {
                continue;
            }
            let statutory = statutory_days(group, year, &weekend_days);
            let spans: Vec<_> = schedule
                .map(|s| s.spans.iter().filter(|sp| sp.group == group).collect())
                .unwrap_or_default();
            if spans.is_empty() {
                for day in statutory {
                    year_days.push(Special::plain(day, DayKind::Holiday, Some(group)));
                    if is_weekend(day) {
                        to_compensate.push((day, group));
                    }
                }
            } else {
                for sp in spans {
                    let mut day = sp.from;
                    while day <= sp.to {
                        if statutory.contains(&day) {
                            year_days.push(Special::plain(day, DayKind::Holiday, Some(group)));
                            if is_weekend(day) {
                                scheduled_on_rest_days.push(day);
                            }
                        } else if !is_weekend(day) {
                            year_days.push(Special::plain(day, DayKind::DayOff, Some(group)));
                        }
                        match day.succ_opt() {
                            Some(next) => day = next,
                            None => break,
                        }
                    }
                }
            }
        }
        // Art. 111.3: a holiday on a rest day is given back on the next
        // working day.
        for (day, group) in to_compensate {
            let mut next = day;
            loop {
                next = next.succ_opt().unwrap_or(next);
                let taken =
                    year_days.iter().any(|s| s.date == next && s.kind != DayKind::WorkedWeekend);
                if !is_weekend(next) && !taken {
                    year_days.push(Special {
                        date: next,
                        kind: DayKind::DayOff,
                        group: Some(group),
                        why: Why::InLieu,
                    });
                    break;
                }
            }
        }
        if let Some(s) = schedule {
            for &w in &s.worked_days {
                year_days.push(Special::plain(w, DayKind::WorkedWeekend, None));
            }
            tell_days_off_apart(&mut year_days, &scheduled_on_rest_days);
        }
        special.extend(year_days);
    }
    special.sort_by_key(|s| (s.date, s.kind != DayKind::Holiday));
    special.dedup_by_key(|s| s.date);
    special
}

/// Tells apart the days off of a schedule's spans (the decisions list
/// spans, not reasons): each holiday on a rest day takes the nearest day
/// off (at most ten days away) as its day in lieu (nghỉ bù); the days off
/// left over are swapped for the worked weekend days (nghỉ hoán đổi / làm
/// bù), paired in date order. A day off with no worked day to pair stays
/// plain, and so does a worked day with no day off.
fn tell_days_off_apart(year_days: &mut [Special], on_rest_days: &[NaiveDate]) {
    let mut days_off: Vec<usize> = (0..year_days.len())
        .filter(|&i| year_days[i].kind == DayKind::DayOff && year_days[i].why == Why::Plain)
        .collect();
    days_off.sort_by_key(|&i| year_days[i].date);
    let mut holidays = on_rest_days.to_vec();
    holidays.sort_unstable();
    for h in holidays {
        // Nearest first (within the same holiday period: ten days); on a
        // tie, the day after the holiday.
        let distance = |i: usize| (year_days[i].date - h).num_days().abs();
        let nearest = days_off
            .iter()
            .enumerate()
            .filter(|&(_, &i)| distance(i) <= 10)
            .min_by_key(|&(_, &i)| (distance(i), year_days[i].date < h));
        if let Some((k, &i)) = nearest {
            year_days[i].why = Why::InLieu;
            days_off.remove(k);
        }
    }
    let mut worked: Vec<usize> =
        (0..year_days.len()).filter(|&i| year_days[i].kind == DayKind::WorkedWeekend).collect();
    worked.sort_by_key(|&i| year_days[i].date);
    for (&off, &work) in days_off.iter().zip(&worked) {
        let (off_date, work_date) = (year_days[off].date, year_days[work].date);
        year_days[off].why = Why::Swapped(work_date);
        year_days[work].why = Why::WorkedFor(off_date);
    }
}

/// A day that is not an ordinary working day (or is one by exception).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Special {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub group: Option<HolidayGroup>,
    /// Why a day off or a worked weekend day is one.
    pub why: Why,
}

impl Special {
    /// A day with nothing more to tell ([`Why::Plain`]).
    fn plain(date: NaiveDate, kind: DayKind, group: Option<HolidayGroup>) -> Self {
        Special { date, kind, group, why: Why::Plain }
    }
}

/// Why a day off ([`DayKind::DayOff`]) or a worked weekend day
/// ([`DayKind::WorkedWeekend`]) is one: two different things share the
/// day-off kind, and people name them differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Why {
    /// Nothing to tell (a holiday, or the schedule does not say).
    Plain,
    /// A day off in lieu of a holiday on a rest day (nghỉ bù).
    InLieu,
    /// A day off swapped for a worked weekend day (nghỉ hoán đổi), with
    /// that day.
    Swapped(NaiveDate),
    /// A weekend day worked in exchange for a day off (làm bù), with that
    /// day.
    WorkedFor(NaiveDate),
}

/// Every group, in calendar order.
pub(crate) const GROUPS: [HolidayGroup; 7] = [
    HolidayGroup::NewYear,
    HolidayGroup::Tet,
    HolidayGroup::HungKings,
    HolidayGroup::Reunification,
    HolidayGroup::Labour,
    HolidayGroup::NationalDay,
    HolidayGroup::CultureDay,
];
