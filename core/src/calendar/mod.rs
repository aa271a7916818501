//! The Vietnamese working-day calendar behind TTHC time limits: the lunar
//! calendar, public holidays (rules and yearly decisions), working days
//! and hours, appointment dates, and dossier tracking.

mod appointment;
mod config;
mod datetime;
mod dossier;
mod holidays;
mod lunar;
mod query;
mod schedule;
mod work;

pub use appointment::Appointment;
pub use config::{CalendarConfig, OfficePeriod, WeekdayName};
pub use datetime::parse_datetime;
pub use dossier::{
    Dossier, DossierBatch, DossierEvent, DossierReport, DossierReportView, DossierResult,
    DossierResultView, NamedTally, Period, StepLimit, StepResult, Tally, TrackStatus,
};
pub use holidays::DayKind;
pub use lunar::{from_lunar, to_lunar, LunarDate};
pub use query::{
    BatchAnswer, CalendarAnswer, CalendarQuery, DateArg, DatesArg, DaysArg, DueArg, InstantsArg,
    LunarArg, Refused, RefusedKind, YearArg,
};
pub use schedule::{shipped_schedules, HolidayGroup, HolidaySpan, YearSchedule};
pub use work::{DayInfo, WorkCalendar};

#[cfg(test)]
mod tests;
