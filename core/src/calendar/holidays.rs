//! Public holidays: the Labour Code 2019 rules (Art. 111–112) and the
//! yearly decisions that fix the exact spans and swapped days.
//!
//! The rules give the default for any year; a [`YearSchedule`] (shipped for
//! the years known, or supplied by the caller at run time, since next
//! year's decision arrives after our release) replaces the rules for the
//! holiday groups it covers.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::config::CalendarConfig;
use super::lunar::{from_lunar, LunarDate};
use super::work::DayKind;
use crate::text::Lang;

/// A public holiday, or group of days off around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum HolidayGroup {
    /// Tết Dương lịch, 1 January.
    NewYear,
    /// Tết Nguyên đán (lunar new year), 5 days.
    Tet,
    /// Giỗ Tổ Hùng Vương, 10/3 lunar.
    HungKings,
    /// Ngày Chiến thắng, 30 April.
    Reunification,
    /// Ngày Quốc tế Lao động, 1 May.
    Labour,
    /// Quốc khánh, 2 September and the day before or after.
    NationalDay,
    /// Ngày Văn hóa Việt Nam, 24 November (from 2026, when enabled).
    CultureDay,
}

impl HolidayGroup {
    /// The holiday's name in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            HolidayGroup::NewYear => lang.pick("Tết Dương lịch", "New Year's Day"),
            HolidayGroup::Tet => lang.pick("Tết Nguyên đán", "Lunar New Year (Tết)"),
            HolidayGroup::HungKings => {
                lang.pick("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day")
            }
            HolidayGroup::Reunification => lang.pick("Ngày Chiến thắng", "Reunification Day"),
            HolidayGroup::Labour => lang.pick("Ngày Quốc tế lao động", "International Labour Day"),
            HolidayGroup::NationalDay => lang.pick("Quốc khánh", "National Day"),
            HolidayGroup::CultureDay => lang.pick("Ngày Văn hóa Việt Nam", "Vietnam Culture Day"),
        }
    }
}

/// A span of days off fixed by a decision, weekends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HolidaySpan {
    /// Which holiday.
    pub group: HolidayGroup,
    /// First day off.
    #[serde(deserialize_with = "crate::dates::de")]
    pub from: NaiveDate,
    /// Last day off.
    #[serde(deserialize_with = "crate::dates::de")]
    pub to: NaiveDate,
}

/// The official schedule of one year's holidays (the Prime Minister's or
/// the Ministry's decision): exact spans and weekend days worked in
/// exchange. Groups it does not cover follow the Labour Code rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct YearSchedule {
    /// The year the decision is for.
    pub year: i32,
    /// Spans of days off.
    pub spans: Vec<HolidaySpan>,
    /// Weekend days worked in exchange for a bridge day (làm bù).
    #[serde(default, deserialize_with = "crate::dates::vec")]
    pub worked_days: Vec<NaiveDate>,
    /// Where the schedule comes from.
    #[serde(default)]
    pub source: String,
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    // Only called with valid month/day for years the calendar accepts.
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
}

/// The schedules shipped with the library: `core/data/holidays.json`, in
/// the public [`YearSchedule`] format, parsed once and checked by exactly
/// the rules caller schedules get (`check_schedules`); a typo in the
/// data fails the test suite. 2025 and 2026 as in the domain notes; the
/// other years are the civil-service schedules as announced, unverified
/// against the decisions: a caller can replace any year at run time.
pub fn shipped_schedules() -> &'static [YearSchedule] {
    static SHIPPED: std::sync::OnceLock<Vec<YearSchedule>> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| parse_shipped().unwrap_or_default())
}

/// Parses and checks the shipped data (a test asserts it succeeds).
pub(crate) fn parse_shipped() -> crate::Result<Vec<YearSchedule>> {
    let text = include_str!("../../data/holidays.json");
    let schedules: Vec<YearSchedule> =
        crate::interchange::from_json(text, crate::interchange::InputLimits::default())?;
    check_schedules(&schedules, "")?;
    Ok(schedules)
}

/// The checks every year schedule gets, shipped or passed in: spans in
/// order, at most 31 days long, within the year (New Year's span may start
/// in late December of the year before), worked days within the year.
/// `prefix` is the JSON pointer of the list (`/schedules`).
pub(crate) fn check_schedules(schedules: &[YearSchedule], prefix: &str) -> crate::Result<()> {
    use crate::{Error, InputProblem};
    let out_of = |field: String, value: NaiveDate, min: NaiveDate, max: NaiveDate| {
        let (value, min, max) = (value.to_string(), min.to_string(), max.to_string());
        Error::invalid(field, InputProblem::OutOfRange { value, min, max })
    };
    for (i, s) in schedules.iter().enumerate() {
        if !(1900..=2100).contains(&s.year) {
            let (value, min, max) = (s.year.to_string(), "1900".into(), "2100".into());
            let problem = InputProblem::OutOfRange { value, min, max };
            return Err(Error::invalid(format!("{prefix}/{i}/year"), problem));
        }
        let (min, max) = (d(s.year - 1, 12, 1), d(s.year, 12, 31));
        for (j, sp) in s.spans.iter().enumerate() {
            let at = |f: &str| format!("{prefix}/{i}/spans/{j}/{f}");
            if !(min..=max).contains(&sp.from) {
                return Err(out_of(at("from"), sp.from, min, max));
            }
            let last = sp.from.checked_add_signed(chrono::Duration::days(31)).unwrap_or(max);
            if !(sp.from..=last.min(max)).contains(&sp.to) {
                return Err(out_of(at("to"), sp.to, sp.from, last.min(max)));
            }
        }
        let (first, last) = (d(s.year, 1, 1), d(s.year, 12, 31));
        for (j, &w) in s.worked_days.iter().enumerate() {
            if !(first..=last).contains(&w) {
                return Err(out_of(format!("{prefix}/{i}/workedDays/{j}"), w, first, last));
            }
        }
    }
    Ok(())
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
