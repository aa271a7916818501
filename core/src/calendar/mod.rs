//! The Vietnamese working-day calendar behind TTHC time limits: the lunar
//! calendar, public holidays (rules and yearly decisions), working days
//! and hours, appointment dates, and dossier tracking.

mod holidays;
mod lunar;
mod work;

pub use holidays::{shipped_schedules, HolidayGroup, HolidaySpan, YearSchedule};
pub use lunar::{from_lunar, to_lunar, LunarDate};
pub use work::{
    Appointment, CalendarConfig, DayInfo, DayKind, OfficePeriod, WeekdayName, WorkCalendar,
};

#[cfg(test)]
mod tests;
