//! The Vietnamese working-day calendar behind TTHC time limits: the lunar
//! calendar, public holidays (rules and yearly decisions), working days
//! and hours, appointment dates, and dossier tracking.

mod dossier;
mod flex;
mod holidays;
mod lunar;
mod query;
mod work;

pub use dossier::{
    Dossier, DossierBatch, DossierEvent, DossierReport, DossierResult, NamedTally, Period,
    StepLimit, StepResult, Tally, TrackStatus,
};
pub use flex::parse_datetime;
pub use holidays::{shipped_schedules, HolidayGroup, HolidaySpan, YearSchedule};
pub use lunar::{from_lunar, to_lunar, LunarDate};
pub use query::{
    CalendarAnswer, CalendarQuery, DateArg, DatesArg, DaysArg, DueArg, InstantsArg, LunarArg,
    YearArg,
};
pub use work::{
    Appointment, CalendarConfig, DayInfo, DayKind, OfficePeriod, WeekdayName, WorkCalendar,
};

#[cfg(test)]
mod tests;
