//! Durations of steps and time limits, shared by document control and the
//! working-day calendar.

use serde::{Deserialize, Serialize};

/// Unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DurationUnit {
    /// Ngày làm việc.
    WorkingDays,
    /// Giờ làm việc.
    WorkingHours,
    /// Ngày (theo lịch).
    CalendarDays,
}

/// A time span of a step or a statutory limit, e.g. 0.5 working days.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Duration {
    /// Amount (may be fractional: 0.5 day, 4 hours), from 0 to 10,000.
    #[serde(deserialize_with = "amount")]
    pub value: f64,
    /// Unit.
    pub unit: DurationUnit,
}

/// A duration amount: finite, between 0 and 10,000 (an absurd value is
/// an input error naming the field, not a finding).
fn amount<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    crate::interchange::checked_f64(d, |v| {
        if v.is_finite() && (0.0..=10_000.0).contains(&v) {
            Ok(v)
        } else {
            Err(format!("duration {v} is not between 0 and 10000"))
        }
    })
}

impl Duration {
    /// The office minutes this duration stands for, given the minutes of a
    /// working day; `None` for calendar days, which depend on where they
    /// fall (weekends and holidays count) and so have no fixed length in
    /// office time. The one conversion of the library: document control
    /// adds step durations with it, and the calendar counts limits with it.
    ///
    /// ```
    /// use iso9001::{Duration, DurationUnit};
    /// let half_day = Duration { value: 0.5, unit: DurationUnit::WorkingDays };
    /// assert_eq!(half_day.working_minutes(480.0), Some(240.0));
    /// let hours = Duration { value: 4.0, unit: DurationUnit::WorkingHours };
    /// assert_eq!(hours.working_minutes(480.0), Some(240.0));
    /// let days = Duration { value: 30.0, unit: DurationUnit::CalendarDays };
    /// assert_eq!(days.working_minutes(480.0), None);
    /// ```
    pub fn working_minutes(self, minutes_per_day: f64) -> Option<f64> {
        match self.unit {
            DurationUnit::WorkingDays => Some(self.value * minutes_per_day),
            DurationUnit::WorkingHours => Some(self.value * 60.0),
            DurationUnit::CalendarDays => None,
        }
    }

    /// Parses the short form used on the command line: `5d` (working
    /// days), `4h` (working hours), `30cd` (calendar days); decimals with
    /// `.` or `,`.
    ///
    /// ```
    /// use iso9001::{Duration, DurationUnit};
    /// assert_eq!(Duration::parse_short("0,5d").unwrap().value, 0.5);
    /// assert_eq!(Duration::parse_short("4h").unwrap().unit, DurationUnit::WorkingHours);
    /// assert!(Duration::parse_short("-1d").is_none());
    /// ```
    pub fn parse_short(s: &str) -> Option<Duration> {
        let s = s.trim();
        let (num, unit) = if let Some(n) = s.strip_suffix("cd") {
            (n, DurationUnit::CalendarDays)
        } else if let Some(n) = s.strip_suffix('d') {
            (n, DurationUnit::WorkingDays)
        } else if let Some(n) = s.strip_suffix('h') {
            (n, DurationUnit::WorkingHours)
        } else {
            return None;
        };
        let value: f64 = num.trim().replace(',', ".").parse().ok()?;
        (value.is_finite() && (0.0..=10_000.0).contains(&value)).then_some(Duration { value, unit })
    }
}

crate::error::serde_name_display!(DurationUnit);
