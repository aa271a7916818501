//! The Vietnamese working-day calendar behind TTHC time limits: the lunar
//! calendar, public holidays (rules and yearly decisions), working days
//! and hours, appointment dates, and dossier tracking.

mod dossier;
mod holidays;
mod lunar;
mod query;
mod work;

pub use dossier::{
    Dossier, DossierBatch, DossierEvent, DossierReport, DossierResult, NamedTally, Period,
    StepLimit, StepResult, Tally, TrackStatus,
};
pub use holidays::{shipped_schedules, HolidayGroup, HolidaySpan, YearSchedule};
pub use lunar::{from_lunar, to_lunar, LunarDate};
pub use query::{CalendarAnswer, CalendarQuery};
pub use work::{
    Appointment, CalendarConfig, DayInfo, DayKind, OfficePeriod, WeekdayName, WorkCalendar,
};

#[cfg(test)]
mod tests;
