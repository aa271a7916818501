//! Calendar questions and answers as data (JSON with a `kind` tag), the
//! one entry point the C and wasm bindings expose for the calendar.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::lunar::{from_lunar, to_lunar, LunarDate};
use super::work::{Appointment, DayInfo, WorkCalendar};
use crate::text::Lang;
use crate::{Duration, Result};

/// A question to the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind", deny_unknown_fields)]
pub enum CalendarQuery {
    /// Is this a working day, and if not, why?
    #[serde(rename_all = "camelCase")]
    Day {
        /// The date.
        date: NaiveDate,
    },
    /// Holidays, days off and worked weekend days of a year.
    #[serde(rename_all = "camelCase")]
    Year {
        /// The year.
        year: i32,
    },
    /// The `days`-th working day after `from`.
    #[serde(rename_all = "camelCase")]
    AddWorkingDays {
        /// Start (not counted).
        from: NaiveDate,
        /// Working days to add.
        days: u32,
    },
    /// Working days after `from` up to and including `to`.
    #[serde(rename_all = "camelCase")]
    WorkingDaysBetween {
        /// Start (not counted).
        from: NaiveDate,
        /// End (counted).
        to: NaiveDate,
    },
    /// Working hours between two instants.
    #[serde(rename_all = "camelCase")]
    WorkingHoursBetween {
        /// Start.
        from: NaiveDateTime,
        /// End.
        to: NaiveDateTime,
    },
    /// The appointment date for a dossier.
    #[serde(rename_all = "camelCase")]
    Due {
        /// When the dossier was received.
        received: NaiveDateTime,
        /// The time limit.
        limit: Duration,
    },
    /// End of a period in calendar days (Civil Code Art. 147–148).
    #[serde(rename_all = "camelCase")]
    PeriodEnd {
        /// The event the period follows.
        from: NaiveDate,
        /// Calendar days.
        days: u32,
    },
    /// Gregorian → lunar.
    #[serde(rename_all = "camelCase")]
    ToLunar {
        /// The Gregorian date.
        date: NaiveDate,
    },
    /// Lunar → Gregorian.
    #[serde(rename_all = "camelCase")]
    FromLunar {
        /// The lunar date.
        lunar: LunarDate,
    },
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
    },
    /// A date.
    #[serde(rename_all = "camelCase")]
    AddWorkingDays {
        /// The resulting working day.
        date: NaiveDate,
    },
    /// A count of working days.
    #[serde(rename_all = "camelCase")]
    WorkingDaysBetween {
        /// Working days (negative when `to` is before `from`).
        working_days: i64,
    },
    /// A count of working hours.
    #[serde(rename_all = "camelCase")]
    WorkingHoursBetween {
        /// Working minutes.
        minutes: i64,
        /// The same in hours (2 decimals).
        hours: f64,
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
        date: NaiveDate,
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
    /// let q: CalendarQuery = serde_json::from_str(r#"{"kind": "addWorkingDays", "from": "2026-02-12", "days": 1}"#).unwrap();
    /// let a = cal.query(&q, Lang::Vi).unwrap();
    /// assert_eq!(a, CalendarAnswer::AddWorkingDays { date: chrono::NaiveDate::from_ymd_opt(2026, 2, 13).unwrap() });
    /// ```
    pub fn query(&self, q: &CalendarQuery, lang: Lang) -> Result<CalendarAnswer> {
        Ok(match *q {
            CalendarQuery::Day { date } => CalendarAnswer::Day { day: self.day_info(date, lang)? },
            CalendarQuery::Year { year } => {
                CalendarAnswer::Year { year, days: self.year(year, lang)? }
            }
            CalendarQuery::AddWorkingDays { from, days } => {
                CalendarAnswer::AddWorkingDays { date: self.add_working_days(from, days)? }
            }
            CalendarQuery::WorkingDaysBetween { from, to } => CalendarAnswer::WorkingDaysBetween {
                working_days: self.working_days_between(from, to)?,
            },
            CalendarQuery::WorkingHoursBetween { from, to } => {
                let minutes = self.working_minutes_between(from, to)?;
                CalendarAnswer::WorkingHoursBetween {
                    minutes,
                    hours: (minutes as f64 / 60.0 * 100.0).round() / 100.0,
                }
            }
            CalendarQuery::Due { received, limit } => {
                CalendarAnswer::Due { appointment: self.appointment(received, limit, lang)? }
            }
            CalendarQuery::PeriodEnd { from, days } => {
                CalendarAnswer::PeriodEnd { date: self.calendar_period_end(from, days)? }
            }
            CalendarQuery::ToLunar { date } => CalendarAnswer::ToLunar { lunar: to_lunar(date)? },
            CalendarQuery::FromLunar { lunar } => {
                CalendarAnswer::FromLunar { date: from_lunar(lunar)? }
            }
        })
    }
}
