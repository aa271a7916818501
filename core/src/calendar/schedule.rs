//! The yearly holiday decisions as data: the public [`YearSchedule`]
//! format, the schedules shipped with the library and the checks every
//! schedule gets, shipped or passed in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
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
