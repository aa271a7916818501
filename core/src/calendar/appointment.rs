//! The appointment date (ngày hẹn trả kết quả) of a dossier: when counting
//! starts, and when the result is due.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::work::WorkCalendar;
use crate::text::{Lang, Text};
use crate::{Duration, DurationUnit, Result};

impl WorkCalendar {
    /// The day counting starts from: the day of receipt, or for working
    /// days the next working day when the dossier arrives on a day off or
    /// at/after the afternoon cut-off (with the reason).
    pub(crate) fn counted_from(
        &self, received: NaiveDateTime, unit: DurationUnit,
    ) -> Result<(NaiveDate, Option<Text>)> {
        self.check(received.date(), "/received")?;
        let day = received.date();
        Ok(match unit {
            DurationUnit::WorkingDays if !self.working(day) => (
                self.next_working_day(day)?,
                Some(Text::new(
                    "nhận vào ngày nghỉ: tính từ ngày làm việc tiếp theo",
                    "received on a day off: counted from the next working day",
                )),
            ),
            DurationUnit::WorkingDays if received.time() >= self.config().afternoon_cutoff => (
                self.next_working_day(day)?,
                Some(Text::new(
                    "nhận sau giờ chốt buổi chiều: tính từ ngày làm việc tiếp theo",
                    "received after the afternoon cut-off: counted from the next working day",
                )),
            ),
            _ => (day, None),
        })
    }

    /// When a limit that starts at `start` (counted from the day
    /// `counted_from`) runs out: whole working days to closing time plus
    /// the office minutes of a fraction, office minutes for hours (one
    /// conversion for every caller: [`Duration::working_minutes`]), and
    /// calendar days by the Civil Code
    /// ([`WorkCalendar::calendar_period_end`]).
    pub(crate) fn due_after(
        &self, start: NaiveDateTime, counted_from: NaiveDate, limit: Duration,
    ) -> Result<NaiveDateTime> {
        let per_day = f64::from(self.minutes_per_day());
        match limit.unit {
            DurationUnit::WorkingDays => {
                let whole = limit.value.trunc();
                let date = self.add_working_days(counted_from, whole as u32)?;
                let rest = Duration { value: limit.value - whole, unit: DurationUnit::WorkingDays };
                let minutes = rest.working_minutes(per_day).unwrap_or(0.0).round() as u64;
                self.add_working_minutes(date.and_time(self.closing_time()), minutes)
            }
            DurationUnit::WorkingHours => {
                let minutes = limit.working_minutes(per_day).unwrap_or(0.0).round() as u64;
                self.add_working_minutes(start, minutes)
            }
            DurationUnit::CalendarDays => {
                let date = self.calendar_period_end(start.date(), limit.value.ceil() as u32)?;
                Ok(date.and_time(self.closing_time()))
            }
        }
    }

    /// The appointment (ngày hẹn trả kết quả) for a dossier received at
    /// `received` with time limit `limit`.
    ///
    /// Working days count from the day of receipt, or from the next
    /// working day when it is received on a day off or at/after the
    /// afternoon cut-off; the result is due by closing time. Working hours
    /// count office time from receipt. Calendar days follow
    /// [`WorkCalendar::calendar_period_end`].
    ///
    /// ```
    /// use iso9001::calendar::{CalendarConfig, WorkCalendar};
    /// use iso9001::{Duration, DurationUnit, Lang};
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let received = chrono::NaiveDate::from_ymd_opt(2026, 2, 12).unwrap().and_hms_opt(16, 10, 0).unwrap();
    /// let a = cal.appointment(received, Duration { value: 5.0, unit: DurationUnit::WorkingDays }, Lang::En).unwrap();
    /// // After 15:00 on Thursday 12/2: counted from Friday 13/2; Tết 14–22/2 is off.
    /// assert_eq!(a.counted_from.to_string(), "2026-02-13");
    /// assert_eq!(a.due_date.to_string(), "2026-02-27");
    /// ```
    pub fn appointment(
        &self, received: NaiveDateTime, limit: Duration, lang: Lang,
    ) -> Result<Appointment> {
        let (counted_from, note) = self.counted_from(received, limit.unit)?;
        let due_at = self.due_after(received, counted_from, limit)?;
        let due_date = due_at.date();
        Ok(Appointment {
            received_at: received,
            limit,
            counted_from,
            due_date,
            due_at,
            note: note.map(|n| n.get(lang).to_owned()),
            provisional: self.is_provisional(received.date(), due_date),
        })
    }
}

/// When a dossier's result is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    /// When the dossier was received.
    pub received_at: NaiveDateTime,
    /// The time limit applied.
    pub limit: Duration,
    /// The day counting starts from.
    pub counted_from: NaiveDate,
    /// Ngày hẹn trả kết quả.
    pub due_date: NaiveDate,
    /// The instant the result is due (closing time for limits in days).
    pub due_at: NaiveDateTime,
    /// Why counting starts later than the day of receipt, if it does.
    pub note: Option<String>,
    /// The days counted include a year without a government decision on
    /// its holidays: the date may change (dự kiến, chưa có quyết định).
    pub provisional: bool,
}
