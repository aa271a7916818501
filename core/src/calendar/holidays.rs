//! Public holidays: the Labour Code 2019 rules (Art. 111–112) and the
//! yearly decisions that fix the exact spans and swapped days.
//!
//! The rules give the default for any year; a [`YearSchedule`] (shipped for
//! the years known, or supplied by the caller at run time, since next
//! year's decision arrives after our release) replaces the rules for the
//! holiday groups it covers.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::lunar::{from_lunar, LunarDate};
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
            HolidayGroup::Labour => lang.pick("Ngày Quốc tế Lao động", "International Labour Day"),
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
    pub from: NaiveDate,
    /// Last day off.
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
    #[serde(default)]
    pub worked_days: Vec<NaiveDate>,
    /// Where the schedule comes from.
    #[serde(default)]
    pub source: String,
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn span(group: HolidayGroup, from: NaiveDate, to: NaiveDate) -> HolidaySpan {
    HolidaySpan { group, from, to }
}

/// The schedules shipped with the library. 2025 and 2026 as in the
/// domain notes (Tết, Hùng Kings and 30/4 of 2025; New Year, Tết and
/// National Day of 2026); the other entries are the civil-service
/// schedules as announced, unverified against the decisions: a caller can
/// replace any year at run time.
pub fn shipped_schedules() -> Vec<YearSchedule> {
    use HolidayGroup::*;
    let unverified = "công bố của Thủ tướng / Bộ LĐTBXH cho công chức (unverified)";
    let notes = "domain notes (Prime Minister's decisions)";
    let sched = |year, spans, worked_days, source: &str| YearSchedule {
        year,
        spans,
        worked_days,
        source: source.to_owned(),
    };
    vec![
        sched(
            2020,
            vec![
                span(NewYear, d(2020, 1, 1), d(2020, 1, 1)),
                span(Tet, d(2020, 1, 23), d(2020, 1, 29)),
                span(HungKings, d(2020, 4, 2), d(2020, 4, 2)),
                span(Reunification, d(2020, 4, 30), d(2020, 4, 30)),
                span(Labour, d(2020, 5, 1), d(2020, 5, 1)),
                span(NationalDay, d(2020, 9, 2), d(2020, 9, 2)),
            ],
            vec![],
            unverified,
        ),
        sched(
            2021,
            vec![
                span(NewYear, d(2021, 1, 1), d(2021, 1, 3)),
                span(Tet, d(2021, 2, 10), d(2021, 2, 16)),
                span(HungKings, d(2021, 4, 21), d(2021, 4, 21)),
                span(Reunification, d(2021, 4, 30), d(2021, 4, 30)),
                span(Labour, d(2021, 5, 1), d(2021, 5, 3)),
                span(NationalDay, d(2021, 9, 2), d(2021, 9, 5)),
            ],
            vec![],
            unverified,
        ),
        sched(
            2022,
            vec![
                span(NewYear, d(2022, 1, 1), d(2022, 1, 3)),
                span(Tet, d(2022, 1, 29), d(2022, 2, 6)),
                span(HungKings, d(2022, 4, 9), d(2022, 4, 11)),
                span(Reunification, d(2022, 4, 30), d(2022, 4, 30)),
                span(Labour, d(2022, 5, 1), d(2022, 5, 3)),
                span(NationalDay, d(2022, 9, 1), d(2022, 9, 4)),
            ],
            vec![],
            unverified,
        ),
        sched(
            2023,
            vec![
                span(NewYear, d(2022, 12, 31), d(2023, 1, 2)),
                span(Tet, d(2023, 1, 20), d(2023, 1, 26)),
                span(HungKings, d(2023, 4, 29), d(2023, 4, 29)),
                span(Reunification, d(2023, 4, 30), d(2023, 4, 30)),
                span(Labour, d(2023, 5, 1), d(2023, 5, 3)),
                span(NationalDay, d(2023, 9, 1), d(2023, 9, 4)),
            ],
            vec![],
            unverified,
        ),
        sched(
            2024,
            vec![
                span(NewYear, d(2023, 12, 30), d(2024, 1, 1)),
                span(Tet, d(2024, 2, 8), d(2024, 2, 14)),
                span(HungKings, d(2024, 4, 18), d(2024, 4, 18)),
                span(Reunification, d(2024, 4, 27), d(2024, 4, 30)),
                span(Labour, d(2024, 5, 1), d(2024, 5, 1)),
                span(NationalDay, d(2024, 8, 31), d(2024, 9, 3)),
            ],
            vec![d(2024, 5, 4)],
            unverified,
        ),
        sched(
            2025,
            vec![
                span(NewYear, d(2025, 1, 1), d(2025, 1, 1)),
                span(Tet, d(2025, 1, 25), d(2025, 2, 2)),
                span(HungKings, d(2025, 4, 5), d(2025, 4, 7)),
                span(Reunification, d(2025, 4, 30), d(2025, 4, 30)),
                span(Labour, d(2025, 5, 1), d(2025, 5, 4)),
                span(NationalDay, d(2025, 8, 30), d(2025, 9, 2)),
            ],
            vec![d(2025, 4, 26)],
            "domain notes for Hùng Kings and 30/4–4/5 (swap 2/5 ↔ 26/4); the rest unverified",
        ),
        sched(
            2026,
            vec![
                span(NewYear, d(2026, 1, 1), d(2026, 1, 4)),
                span(Tet, d(2026, 2, 14), d(2026, 2, 22)),
                span(NationalDay, d(2026, 8, 29), d(2026, 9, 2)),
            ],
            vec![d(2026, 1, 10), d(2026, 8, 22)],
            notes,
        ),
    ]
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
        HolidayGroup::NationalDay => {
            // The day before, unless it is a weekend day or 2/9 is a
            // Thursday (then Friday 3/9 makes the long weekend).
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
