//! Calendar questions and answers as data (JSON with a `kind` tag), the
//! one entry point the C and wasm bindings expose for the calendar.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::appointment::Appointment;
use super::lunar::{from_lunar, to_lunar, LunarDate};
use super::work::{DayInfo, WorkCalendar};
use crate::text::Lang;
use crate::{Duration, Result};

mod batch;

pub use batch::{BatchAnswer, Refused, RefusedKind};

/// The query of each `kind`, its arguments read by `$read` (expanded
/// once per kind, so that it reads each kind's own type): `None` for an
/// unknown kind. The one table of kinds for both ways of reading a query.
macro_rules! of_kind {
    ($kind:expr, $read:expr) => {
        match $kind {
            "day" => Some(CalendarQuery::Day($read)),
            "year" => Some(CalendarQuery::Year($read)),
            "addWorkingDays" => Some(CalendarQuery::AddWorkingDays($read)),
            "workingDaysBetween" => Some(CalendarQuery::WorkingDaysBetween($read)),
            "workingHoursBetween" => Some(CalendarQuery::WorkingHoursBetween($read)),
            "due" => Some(CalendarQuery::Due($read)),
            "periodEnd" => Some(CalendarQuery::PeriodEnd($read)),
            "toLunar" => Some(CalendarQuery::ToLunar($read)),
            "fromLunar" => Some(CalendarQuery::FromLunar($read)),
            _ => None,
        }
    };
}
use of_kind;

mod fast;

/// A date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DateArg {
    /// The date.
    #[serde(deserialize_with = "crate::dates::de")]
    pub date: NaiveDate,
}

/// A year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct YearArg {
    /// The year.
    pub year: i32,
}

/// A date and a number of days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DaysArg {
    /// Start (not counted).
    #[serde(deserialize_with = "crate::dates::de")]
    pub from: NaiveDate,
    /// Days.
    pub days: u32,
}

/// Two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DatesArg {
    /// Start (not counted).
    #[serde(deserialize_with = "crate::dates::de")]
    pub from: NaiveDate,
    /// End (counted).
    #[serde(deserialize_with = "crate::dates::de")]
    pub to: NaiveDate,
}

/// Two instants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InstantsArg {
    /// Start, e.g. `2026-02-12T16:10`.
    #[serde(deserialize_with = "super::datetime::de")]
    pub from: NaiveDateTime,
    /// End.
    #[serde(deserialize_with = "super::datetime::de")]
    pub to: NaiveDateTime,
}

/// A dossier's receipt and time limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DueArg {
    /// When the dossier was received, e.g. `2026-02-12T16:10`.
    #[serde(deserialize_with = "super::datetime::de")]
    pub received: NaiveDateTime,
    /// The time limit.
    pub limit: Duration,
}

/// A lunar date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LunarArg {
    /// The lunar date.
    pub lunar: LunarDate,
}

/// A question to the calendar, tagged by `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum CalendarQuery {
    /// Is this a working day, and if not, why?
    Day(DateArg),
    /// Holidays, days off and worked weekend days of a year.
    Year(YearArg),
    /// The `days`-th working day after `from`.
    AddWorkingDays(DaysArg),
    /// Working days after `from` up to and including `to`.
    WorkingDaysBetween(DatesArg),
    /// Working hours between two instants.
    WorkingHoursBetween(InstantsArg),
    /// The appointment date for a dossier.
    Due(DueArg),
    /// End of a period in calendar days (Civil Code Art. 147–148).
    PeriodEnd(DaysArg),
    /// Gregorian → lunar.
    ToLunar(DateArg),
    /// Lunar → Gregorian.
    FromLunar(LunarArg),
}

impl CalendarQuery {
    /// Parses a query from JSON, naming the field at fault precisely
    /// (`/limit/value`), which serde's buffering of tagged enums cannot.
    ///
    /// ```
    /// use iso9001::calendar::CalendarQuery;
    /// let e = CalendarQuery::from_json(r#"{"kind": "day", "date": "2026-02-30"}"#).unwrap_err();
    /// assert_eq!(e.field(), Some("/date"));
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        // Straight from the text when the query is well formed (a due
        // date is asked thousands of times); any error is told by the
        // slower path through a JSON value, which names the field.
        fast::query(text).map_or_else(|| Self::from_json_checked(text), Ok)
    }

    /// [`CalendarQuery::from_json`] through a JSON value: the error, if
    /// any, names the field (`/limit/value`).
    fn from_json_checked(text: &str) -> Result<Self> {
        use crate::interchange::{from_json, from_value, InputLimits};
        let mut value: serde_json::Value = from_json(text, InputLimits::default())?;
        let wrong = |field: &str, detail: &str| crate::Error::InvalidInput {
            field: field.to_owned(),
            problem: crate::InputProblem::WrongValue { detail: detail.to_owned() },
        };
        let obj =
            value.as_object_mut().ok_or_else(|| wrong("", "expected an object with a `kind`"))?;
        let kind = match obj.remove("kind") {
            Some(serde_json::Value::String(k)) => k,
            Some(_) => return Err(wrong("/kind", "expected a string")),
            None => {
                return Err(crate::Error::InvalidInput {
                    field: "/kind".to_owned(),
                    problem: crate::InputProblem::Missing,
                })
            }
        };
        let rest = value;
        of_kind!(kind.as_str(), from_value(rest)?)
            .ok_or_else(|| wrong("/kind", &format!("unknown kind `{kind}`")))
    }
}

/// The answer to a [`CalendarQuery`], tagged with the same `kind`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum CalendarAnswer {
    /// What kind of day.
    Day {
        /// The day.
        day: DayInfo,
    },
    /// The special days of the year.
    Year {
        /// The year.
        year: i32,
        /// Holidays, days off and worked weekend days, by date.
        days: Vec<DayInfo>,
        /// Rests on a year without a government decision on its holidays
        /// (dự kiến): the answer may change when the decision comes.
        provisional: bool,
    },
    /// A date.
    #[serde(rename_all = "camelCase")]
    AddWorkingDays {
        /// The resulting working day.
        #[serde(serialize_with = "crate::calendar::datetime::json::date")]
        date: NaiveDate,
        /// Rests on a year without a government decision on its holidays
        /// (dự kiến): the answer may change when the decision comes.
        provisional: bool,
    },
    /// A count of working days.
    #[serde(rename_all = "camelCase")]
    WorkingDaysBetween {
        /// Working days (negative when `to` is before `from`).
        working_days: i64,
        /// Rests on a year without a government decision on its holidays
        /// (dự kiến): the answer may change when the decision comes.
        provisional: bool,
    },
    /// A count of working hours.
    #[serde(rename_all = "camelCase")]
    WorkingHoursBetween {
        /// Working minutes.
        minutes: i64,
        /// The same in hours (2 decimals).
        hours: f64,
        /// Rests on a year without a government decision on its holidays
        /// (dự kiến): the answer may change when the decision comes.
        provisional: bool,
    },
    /// The appointment.
    Due {
        /// Appointment details.
        appointment: Appointment,
    },
    /// The last day of the period.
    #[serde(rename_all = "camelCase")]
    PeriodEnd {
        /// The date.
        #[serde(serialize_with = "crate::calendar::datetime::json::date")]
        date: NaiveDate,
        /// Rests on a year without a government decision on its holidays
        /// (dự kiến): the answer may change when the decision comes.
        provisional: bool,
    },
    /// A lunar date.
    ToLunar {
        /// The lunar date.
        lunar: LunarDate,
    },
    /// A Gregorian date.
    #[serde(rename_all = "camelCase")]
    FromLunar {
        /// The date.
        #[serde(serialize_with = "crate::calendar::datetime::json::date")]
        date: NaiveDate,
    },
}

impl WorkCalendar {
    /// Answers a question.
    ///
    /// ```
    /// use iso9001::calendar::{CalendarAnswer, CalendarConfig, CalendarQuery, WorkCalendar};
    /// use iso9001::Lang;
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let q = CalendarQuery::from_json(r#"{"kind": "addWorkingDays", "from": "2026-02-12", "days": 1}"#).unwrap();
    /// let a = cal.query(&q, Lang::Vi).unwrap();
    /// assert_eq!(a, CalendarAnswer::AddWorkingDays { date: chrono::NaiveDate::from_ymd_opt(2026, 2, 13).unwrap(), provisional: false });
    /// ```
    pub fn query(&self, q: &CalendarQuery, lang: Lang) -> Result<CalendarAnswer> {
        Ok(match q {
            CalendarQuery::Day(a) => CalendarAnswer::Day { day: self.day_info(a.date, lang)? },
            CalendarQuery::Year(a) => {
                let days = self.year(a.year, lang)?;
                let day = NaiveDate::from_ymd_opt(a.year, 1, 1).unwrap_or_default();
                let provisional = self.is_provisional(day, day);
                CalendarAnswer::Year { year: a.year, days, provisional }
            }
            CalendarQuery::AddWorkingDays(a) => {
                let date = self.add_working_days(a.from, a.days)?;
                CalendarAnswer::AddWorkingDays {
                    date,
                    provisional: self.is_provisional(a.from, date),
                }
            }
            CalendarQuery::WorkingDaysBetween(a) => CalendarAnswer::WorkingDaysBetween {
                working_days: self.working_days_between(a.from, a.to)?,
                provisional: self.is_provisional(a.from, a.to),
            },
            CalendarQuery::WorkingHoursBetween(a) => {
                let minutes = self.working_minutes_between(a.from, a.to)?;
                CalendarAnswer::WorkingHoursBetween {
                    minutes,
                    hours: (minutes as f64 / 60.0 * 100.0).round() / 100.0,
                    provisional: self.is_provisional(a.from.date(), a.to.date()),
                }
            }
            CalendarQuery::Due(a) => {
                // Past the calendar's years because of the limit: say so.
                let appointment = self.appointment(a.received, a.limit, lang).map_err(|e| {
                    e.relabel("/days", "/limit")
                        .relabel("/from", "/limit")
                        .relabel("/minutes", "/limit")
                })?;
                CalendarAnswer::Due { appointment }
            }
            CalendarQuery::PeriodEnd(a) => {
                let date = self.calendar_period_end(a.from, a.days)?;
                CalendarAnswer::PeriodEnd { date, provisional: self.is_provisional(a.from, date) }
            }
            CalendarQuery::ToLunar(a) => CalendarAnswer::ToLunar { lunar: to_lunar(a.date)? },
            CalendarQuery::FromLunar(a) => CalendarAnswer::FromLunar { date: from_lunar(a.lunar)? },
        })
    }
}
