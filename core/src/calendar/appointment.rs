//! The appointment date (ngày hẹn trả kết quả) of a dossier: when counting
//! starts, and when the result is due.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::Serialize;

use super::work::WorkCalendar;
use crate::text::Lang;
use crate::{Duration, DurationUnit, Result};

/// Why counting starts later than the moment of receipt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LateStart {
    /// Working days, received on a day off.
    DayOff,
    /// Working days, received at or after the afternoon cut-off.
    AfterCutoff,
    /// Working hours, received outside office hours.
    OutsideOfficeHours,
}

impl LateStart {
    /// The note in `lang`, naming the configured cut-off time.
    fn note(self, cutoff: NaiveTime, lang: Lang) -> String {
        let hhmm = format!("{:02}:{:02}", cutoff.hour(), cutoff.minute());
        match (self, lang) {
            (LateStart::DayOff, Lang::Vi) => {
                "nhận vào ngày nghỉ: thời hạn tính từ ngày làm việc tiếp theo".to_owned()
            }
            (LateStart::DayOff, Lang::En) => {
                "received on a day off: the limit counts from the next working day".to_owned()
            }
            (LateStart::AfterCutoff, Lang::Vi) => {
                format!("nhận sau {hhmm}: thời hạn tính từ ngày làm việc tiếp theo")
            }
            (LateStart::AfterCutoff, Lang::En) => format!(
                "received at or after the {hhmm} cut-off: the limit counts from the next working day"
            ),
            (LateStart::OutsideOfficeHours, Lang::Vi) => {
                "nhận ngoài giờ làm việc: thời hạn tính từ giờ làm việc tiếp theo".to_owned()
            }
            (LateStart::OutsideOfficeHours, Lang::En) => {
                "received outside office hours: the limit counts from the next office hour"
                    .to_owned()
            }
        }
    }
}

impl WorkCalendar {
    /// The day counting starts from: the day of receipt, or for working
    /// days the next working day when the dossier arrives on a day off or
    /// at/after the afternoon cut-off, or for working hours the day of the
    /// first office minute after receipt ([`WorkCalendar::clock_start`]);
    /// with the reason when it is later.
    pub(crate) fn counted_from(
        &self, received: NaiveDateTime, unit: DurationUnit,
    ) -> Result<(NaiveDate, Option<LateStart>)> {
        self.check(received.date(), "/received")?;
        let day = received.date();
        Ok(match unit {
            DurationUnit::WorkingDays if !self.working(day) => {
                (self.next_working_day(day)?, Some(LateStart::DayOff))
            }
            DurationUnit::WorkingDays if received.time() >= self.config().afternoon_cutoff => {
                (self.next_working_day(day)?, Some(LateStart::AfterCutoff))
            }
            DurationUnit::WorkingHours => {
                let start = self.clock_start(received)?;
                let late = (start > received).then_some(LateStart::OutsideOfficeHours);
                (start.date(), late)
            }
            _ => (day, None),
        })
    }

    /// The instant a limit in working hours starts to run: `t` itself
    /// during office hours, else the next opening (after the lunch break,
    /// or the next working day's opening).
    ///
    /// ```
    /// use iso9001::calendar::{CalendarConfig, WorkCalendar};
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let at = |d, h, m| chrono::NaiveDate::from_ymd_opt(2026, 2, d).unwrap().and_hms_opt(h, m, 0).unwrap();
    /// // Saturday 14/2/2026, then Tết until Sunday 22/2: Monday 23/2 at 07:30.
    /// assert_eq!(cal.clock_start(at(14, 9, 0)).unwrap(), at(23, 7, 30));
    /// assert_eq!(cal.clock_start(at(13, 9, 0)).unwrap(), at(13, 9, 0));
    /// ```
    pub fn clock_start(&self, t: NaiveDateTime) -> Result<NaiveDateTime> {
        // One office minute later, less that minute: the start of the
        // first office minute at or after `t`.
        let after = self.add_working_minutes(t, 1)?;
        Ok(after - chrono::Duration::minutes(1))
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
            note: note.map(|n| n.note(self.config().afternoon_cutoff, lang)),
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
    #[serde(serialize_with = "crate::calendar::datetime::json::datetime")]
    pub received_at: NaiveDateTime,
    /// The time limit applied.
    pub limit: Duration,
    /// The day counting starts from.
    #[serde(serialize_with = "crate::calendar::datetime::json::date")]
    pub counted_from: NaiveDate,
    /// Ngày hẹn trả kết quả.
    #[serde(serialize_with = "crate::calendar::datetime::json::date")]
    pub due_date: NaiveDate,
    /// The instant the result is due (closing time for limits in days).
    #[serde(serialize_with = "crate::calendar::datetime::json::datetime")]
    pub due_at: NaiveDateTime,
    /// Why counting starts later than the day of receipt, if it does.
    pub note: Option<String>,
    /// The days counted include a year without a government decision on
    /// its holidays: the date may change (dự kiến, chưa có quyết định).
    pub provisional: bool,
}
