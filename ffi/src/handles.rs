//! The library's handles: an agency's checker and working calendar, each
//! built once from JSON and shared read-only by the calls of the table.

use iso9001::calendar::WorkCalendar;
use iso9001::documents::Checker;
use iso9001::ops;

use crate::boundary::{boundary_out, free_handle, new_handle, opt_str_arg};
use crate::iso9001_status;

/// An agency's policy compiled once (code patterns, rule switches).
///
/// Immutable after `iso9001_checker_new` and holds no date (each check
/// takes its "as of" date): one checker may be used from any number of
/// threads at once, for as long as the host runs. Free it with
/// `iso9001_checker_free`.
pub struct iso9001_checker {
    pub(crate) inner: Checker,
}

/// A working calendar (holidays, office hours, cut-off) built once.
///
/// Immutable after `iso9001_calendar_new`: one calendar may be used from
/// any number of threads at once. Free it with `iso9001_calendar_free`.
pub struct iso9001_calendar {
    pub(crate) inner: WorkCalendar,
}

/// Compiles an agency's document-control policy (JSON `Policy`, e.g.
/// `{"codePatterns": ["QT.{UNIT}.{NN}"]}`; every field has a documented
/// default), or the default policy when `policy` is NULL.
///
/// @param out_checker receives the handle; free it with `iso9001_checker_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` (the message names
///         the policy field), …
#[no_mangle]
pub extern "C" fn iso9001_checker_new(
    policy: *const u8, policy_len: usize, lang: u32, out_checker: *mut *mut iso9001_checker,
) -> iso9001_status {
    boundary_out(out_checker, "out_checker", lang, |_| {
        let inner = ops::checker(opt_str_arg(policy, policy_len, "policy")?)?;
        Ok(new_handle(iso9001_checker { inner }))
    })
}

/// Frees a checker from `iso9001_checker_new`. NULL is accepted and ignored.
#[no_mangle]
pub extern "C" fn iso9001_checker_free(checker: *mut iso9001_checker) {
    free_handle(checker);
}

/// Builds a working calendar from a JSON `CalendarConfig` (every field has
/// a default: weekend, office hours, afternoon cut-off, extra year
/// schedules …), or from the defaults when `config` is NULL.
///
/// @param out_calendar receives the handle; free it with `iso9001_calendar_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` naming the field, …
#[no_mangle]
pub extern "C" fn iso9001_calendar_new(
    config: *const u8, config_len: usize, lang: u32, out_calendar: *mut *mut iso9001_calendar,
) -> iso9001_status {
    boundary_out(out_calendar, "out_calendar", lang, |_| {
        let inner = ops::calendar(opt_str_arg(config, config_len, "config")?)?;
        Ok(new_handle(iso9001_calendar { inner }))
    })
}

/// Frees a calendar from `iso9001_calendar_new`. NULL is accepted and ignored.
#[no_mangle]
pub extern "C" fn iso9001_calendar_free(calendar: *mut iso9001_calendar) {
    free_handle(calendar);
}
