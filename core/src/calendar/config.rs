//! How an agency's working calendar is set up (JSON), and the checks a
//! configuration must pass.

use chrono::{NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

use super::schedule::{check_schedules, YearSchedule};
use crate::{Error, InputProblem, Result};

/// A day of the week, as written in a configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)]
pub enum WeekdayName {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl WeekdayName {
    pub(crate) fn to_chrono(self) -> Weekday {
        match self {
            WeekdayName::Monday => Weekday::Mon,
            WeekdayName::Tuesday => Weekday::Tue,
            WeekdayName::Wednesday => Weekday::Wed,
            WeekdayName::Thursday => Weekday::Thu,
            WeekdayName::Friday => Weekday::Fri,
            WeekdayName::Saturday => Weekday::Sat,
            WeekdayName::Sunday => Weekday::Sun,
        }
    }
}

/// One period of office hours, e.g. 07:30–11:30.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OfficePeriod {
    /// Opening, `HH:MM` or `HH:MM:SS`.
    pub start: NaiveTime,
    /// Closing.
    pub end: NaiveTime,
}

/// How an agency's calendar is set up (JSON). Every field has a default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CalendarConfig {
    /// Weekly rest days (default Saturday and Sunday: QĐ 188/1999/QĐ-TTg).
    #[serde(default = "CalendarConfig::default_weekend")]
    pub weekend: Vec<WeekdayName>,
    /// Office hours of a working day (default 07:30–11:30, 13:30–17:00;
    /// agencies differ).
    #[serde(default = "CalendarConfig::default_office_hours")]
    pub office_hours: Vec<OfficePeriod>,
    /// Dossiers received at or after this time count from the next
    /// working day (default 15:00: Nghị định 61/2018, unverified under
    /// 118/2025).
    #[serde(default = "CalendarConfig::default_cutoff")]
    pub afternoon_cutoff: NaiveTime,
    /// Year schedules that extend or replace the shipped ones (same year:
    /// the caller's wins).
    #[serde(default)]
    pub schedules: Vec<YearSchedule>,
    /// Whether to use the schedules shipped with the library (default true).
    #[serde(default = "CalendarConfig::yes")]
    pub use_shipped_schedules: bool,
    /// 24 November (Ngày Văn hóa Việt Nam) as a paid public holiday from
    /// 2026 (Nghị quyết 28/2026/QH16, in force 1/7/2026, as reported by
    /// secondary sources; PyPI `holidays` has it from 0.106), with the
    /// rest-day compensation of the other holidays. Default true; `false`
    /// turns it off.
    #[serde(default = "CalendarConfig::yes")]
    pub culture_day: bool,
    /// First year the calendar covers (default 2000; the lunar calendar is
    /// validated from 1900).
    #[serde(default = "CalendarConfig::default_from")]
    pub from_year: i32,
    /// Last year the calendar covers (default 2100).
    #[serde(default = "CalendarConfig::default_to")]
    pub to_year: i32,
}

impl CalendarConfig {
    fn default_weekend() -> Vec<WeekdayName> {
        vec![WeekdayName::Saturday, WeekdayName::Sunday]
    }
    fn default_office_hours() -> Vec<OfficePeriod> {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        vec![
            OfficePeriod { start: t(7, 30), end: t(11, 30) },
            OfficePeriod { start: t(13, 30), end: t(17, 0) },
        ]
    }
    fn default_cutoff() -> NaiveTime {
        NaiveTime::from_hms_opt(15, 0, 0).unwrap_or_default()
    }
    const fn yes() -> bool {
        true
    }
    const fn default_from() -> i32 {
        2000
    }
    const fn default_to() -> i32 {
        2100
    }
}

impl Default for CalendarConfig {
    fn default() -> Self {
        CalendarConfig {
            weekend: Self::default_weekend(),
            office_hours: Self::default_office_hours(),
            afternoon_cutoff: Self::default_cutoff(),
            schedules: Vec::new(),
            use_shipped_schedules: true,
            culture_day: true,
            from_year: Self::default_from(),
            to_year: Self::default_to(),
        }
    }
}

/// Minutes from midnight.
pub(crate) fn minute_of(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

/// The weekly rest days (by weekday, Monday first) and the office periods
/// in minutes from midnight, as a checked configuration gives them.
pub(crate) type Week = ([bool; 7], Vec<(u32, u32)>);

impl CalendarConfig {
    /// Checks the configuration, naming the field at fault, and returns the
    /// weekend (by weekday, Monday first) and the office periods in minutes.
    pub(crate) fn validate(&self) -> Result<Week> {
        let mut weekend = [false; 7];
        for w in &self.weekend {
            weekend[w.to_chrono().num_days_from_monday() as usize] = true;
        }
        if weekend.iter().all(|&w| w) {
            let what = crate::Text::new(
                "ít nhất một ngày làm việc trong tuần",
                "at least one working day a week",
            );
            let value = format!("{:?}", self.weekend);
            return Err(Error::invalid("/weekend", InputProblem::Expected { what, value }));
        }
        let range = |field: &str, value: i32, min: i32| {
            let (value, min, max) = (value.to_string(), min.to_string(), "2100".to_owned());
            Error::invalid(field, InputProblem::OutOfRange { value, min, max })
        };
        if !(1900..=2100).contains(&self.from_year) {
            return Err(range("/fromYear", self.from_year, 1900));
        }
        if !(self.from_year..=2100).contains(&self.to_year) {
            return Err(range("/toYear", self.to_year, self.from_year));
        }
        let mut office: Vec<(u32, u32)> = Vec::new();
        for (i, p) in self.office_hours.iter().enumerate() {
            let (s, e) = (minute_of(p.start), minute_of(p.end));
            if s >= e || office.last().is_some_and(|&(_, pe)| s < pe) {
                let what = crate::Text::new(
                    "một khoảng giờ làm việc theo thứ tự, không chồng lấn",
                    "an office period in order, not overlapping",
                );
                let hm = |t: NaiveTime| format!("{:02}:{:02}", t.hour(), t.minute());
                let value = format!("{}–{}", hm(p.start), hm(p.end));
                let problem = InputProblem::Expected { what, value };
                return Err(Error::invalid(format!("/officeHours/{i}"), problem));
            }
            office.push((s, e));
        }
        if office.is_empty() {
            return Err(Error::invalid("/officeHours", InputProblem::Missing));
        }
        check_schedules(&self.schedules, "/schedules")?;
        Ok((weekend, office))
    }

    /// The weekly rest days as chrono weekdays.
    pub(crate) fn weekend_days(&self) -> Vec<Weekday> {
        self.weekend.iter().map(|w| w.to_chrono()).collect()
    }
}
