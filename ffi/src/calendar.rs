//! The working-day calendar through the C ABI: a calendar handle built
//! once from the agency's configuration, then queries and dossier tracking.

use core::ffi::c_char;

use iso9001::calendar::WorkCalendar;
use iso9001::ops;

use crate::boundary::{
    boundary, boundary_out, free_handle, handle, new_handle, opt_str_arg, str_arg,
};
use crate::iso9001_status;

/// A working calendar (holidays, office hours, cut-off) built once.
///
/// Immutable after `iso9001_calendar_new`: one calendar may be used from
/// any number of threads at once. Free it with `iso9001_calendar_free`.
pub struct iso9001_calendar {
    inner: WorkCalendar,
}

/// Builds a working calendar from a JSON `CalendarConfig` (every field has
/// a default: weekend, office hours, afternoon cut-off, extra year
/// schedules …), or from the defaults when `config_json` is NULL.
///
/// @param config_json UTF-8 JSON configuration, or NULL.
/// @param lang an `iso9001_lang` value (language of error messages).
/// @param out_calendar receives the handle; free it with `iso9001_calendar_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` naming the field, …
#[no_mangle]
pub extern "C" fn iso9001_calendar_new(
    config_json: *const u8, config_len: usize, lang: u32, out_calendar: *mut *mut iso9001_calendar,
) -> iso9001_status {
    boundary_out(out_calendar, "out_calendar", lang, |_| {
        let inner = ops::calendar(opt_str_arg(config_json, config_len, "config")?)?;
        Ok(new_handle(iso9001_calendar { inner }))
    })
}

/// Frees a calendar. NULL is accepted and ignored.
///
/// @param calendar a handle from `iso9001_calendar_new`, or NULL.
#[no_mangle]
pub extern "C" fn iso9001_calendar_free(calendar: *mut iso9001_calendar) {
    free_handle(calendar);
}

/// Answers a calendar question given as JSON `CalendarQuery`, tagged by
/// `kind`: `day`, `year`, `addWorkingDays`, `workingDaysBetween`,
/// `workingHoursBetween`, `due`, `periodEnd`, `toLunar`, `fromLunar`. The
/// answer is a JSON `CalendarAnswer` with the same `kind`.
///
/// @param calendar a handle from `iso9001_calendar_new`.
/// @param query_json UTF-8 JSON question, e.g. `{"kind": "due",
///        "received": "2026-02-12T16:10", "limit": {"value": 5, "unit":
///        "workingDays"}}`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` (impossible dates,
///         negative limits, dates outside the calendar's years), …
#[no_mangle]
pub extern "C" fn iso9001_calendar_query(
    calendar: *const iso9001_calendar, query_json: *const u8, query_len: usize, lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let calendar = &handle(calendar, "calendar")?.inner;
        Ok(ops::calendar_query(calendar, str_arg(query_json, query_len, "query")?, l)?)
    })
}

/// Answers many calendar questions in one call: a JSON array of
/// `CalendarQuery` in, a JSON array of `BatchAnswer` out, in the same
/// order. A question that cannot be answered gets `{"kind": "error",
/// "error": {"code", "message", "field"}}` in its place (the field under
/// its index, e.g. `/3/days`) and the others are still answered; at most
/// 100,000 questions.
///
/// @param calendar a handle from `iso9001_calendar_new`.
/// @param queries_json UTF-8 JSON array of questions.
/// @return `ISO9001_OK` (also when some questions were refused), or
///         `ISO9001_ERR_INVALID_INPUT` when the text is not such an array.
#[no_mangle]
pub extern "C" fn iso9001_calendar_query_batch(
    calendar: *const iso9001_calendar, queries_json: *const u8, queries_len: usize, lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let calendar = &handle(calendar, "calendar")?.inner;
        Ok(ops::calendar_batch(calendar, str_arg(queries_json, queries_len, "queries")?, l)?)
    })
}

/// Tracks a batch of dossiers (JSON `DossierBatch`: `asOf`, optional
/// `period`, `dossiers` with their event logs) and returns a JSON
/// `DossierReport`: per-dossier due times, lateness and status, and
/// on-time rates per procedure, per unit and overall. A dossier whose log
/// is inconsistent is reported with status `invalid`, not as a failure.
///
/// @param calendar a handle from `iso9001_calendar_new`.
/// @param batch_json UTF-8 JSON batch.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_track_dossiers(
    calendar: *const iso9001_calendar, batch_json: *const u8, batch_len: usize, lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let calendar = &handle(calendar, "calendar")?.inner;
        Ok(ops::track_dossiers(calendar, str_arg(batch_json, batch_len, "batch")?, l)?)
    })
}
