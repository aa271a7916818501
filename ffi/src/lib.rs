//! C ABI of the iso9001 library. Conventions: see `ffi/README.md`.
//!
//! Every exported function goes through [`boundary`]: arguments are
//! checked (NULL, UTF-8, language), the core is called, its answer is
//! serialised with the same JSON path as every other surface, and a panic
//! is caught and turned into `ISO9001_ERR_PANIC` instead of unwinding into
//! C. Out-parameters are written only on success.
//!
//! This is the only crate with `unsafe` code; each block says why it holds.
#![allow(unsafe_code)]
#![allow(non_camel_case_types)]
// The C ABI cannot mark functions `unsafe`: their pointer contracts are
// documented in the header, checked for NULL, and each dereference has a
// SAFETY comment.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

mod audit;
mod boundary;
mod calendar;
mod documents;

use core::ffi::c_char;

use boundary::{boundary, opt_str_arg, str_arg};
use iso9001::ops;

pub use audit::{iso9001_audit, iso9001_audit_rules, iso9001_qms};
pub use calendar::{
    iso9001_calendar, iso9001_calendar_free, iso9001_calendar_new, iso9001_calendar_query,
    iso9001_calendar_query_batch, iso9001_track_dossiers,
};
pub use documents::{
    iso9001_check_document, iso9001_check_register, iso9001_checker, iso9001_checker_free,
    iso9001_checker_new, iso9001_document_number, iso9001_rules,
};

pub use boundary::{
    iso9001_last_error_code, iso9001_last_error_json, iso9001_last_error_message,
    iso9001_status_name,
};

/// Major version of the library (matches `iso9001_version()`).
pub const ISO9001_VERSION_MAJOR: u32 = 0;
/// Minor version of the library.
pub const ISO9001_VERSION_MINOR: u32 = 1;
/// Patch version of the library.
pub const ISO9001_VERSION_PATCH: u32 = 0;

/// Language of the messages and titles a call returns.
///
/// Pass these values as the `lang` argument (a `uint32_t`).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum iso9001_lang {
    /// Tiếng Việt (the default of the library).
    ISO9001_LANG_VI = 0,
    /// English.
    ISO9001_LANG_EN = 1,
}

/// Result of every fallible call. Numbers are stable and never reused.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum iso9001_status {
    /// Success: the out-parameters are written.
    ISO9001_OK = 0,
    /// A required pointer argument is NULL.
    ISO9001_ERR_NULL_ARGUMENT = 1,
    /// A string argument is not valid UTF-8.
    ISO9001_ERR_INVALID_UTF8 = 2,
    /// The `lang` argument is not an `iso9001_lang` value.
    ISO9001_ERR_UNKNOWN_LANGUAGE = 3,
    /// A JSON argument is malformed, has a field of the wrong type, an
    /// unknown or a missing field, or is too large.
    ISO9001_ERR_INVALID_INPUT = 4,
    /// A handle argument is not a live handle of its kind: already freed,
    /// or not made by this library.
    ISO9001_ERR_INVALID_HANDLE = 5,
    /// The edition is not in the catalogue.
    ISO9001_ERR_UNKNOWN_EDITION = 10,
    /// The text is not a clause number such as `7.5.3`.
    ISO9001_ERR_INVALID_CLAUSE_NUMBER = 11,
    /// The clause does not exist in the edition.
    ISO9001_ERR_UNKNOWN_CLAUSE = 12,
    /// No correlation table links the two editions.
    ISO9001_ERR_NO_CORRELATION = 13,
    /// A bug in the library was caught at the boundary (please report it).
    ISO9001_ERR_PANIC = 100,
}

/// The names of the statuses, checked against the enum by the compiler
/// (each name must be a variant) and by a test (each variant has a name).
macro_rules! status_names {
    ($($name:ident),+ $(,)?) => {
        fn status_name(status: u32) -> &'static core::ffi::CStr {
            $(if status == iso9001_status::$name as u32 {
                if let Ok(name) = core::ffi::CStr::from_bytes_with_nul(
                    concat!(stringify!($name), "\0").as_bytes(),
                ) {
                    return name;
                }
            })+
            c"ISO9001_UNKNOWN_STATUS"
        }
    };
}

status_names!(
    ISO9001_OK,
    ISO9001_ERR_NULL_ARGUMENT,
    ISO9001_ERR_INVALID_UTF8,
    ISO9001_ERR_UNKNOWN_LANGUAGE,
    ISO9001_ERR_INVALID_INPUT,
    ISO9001_ERR_INVALID_HANDLE,
    ISO9001_ERR_UNKNOWN_EDITION,
    ISO9001_ERR_INVALID_CLAUSE_NUMBER,
    ISO9001_ERR_UNKNOWN_CLAUSE,
    ISO9001_ERR_NO_CORRELATION,
    ISO9001_ERR_PANIC,
);

/// The library version, e.g. `"0.1.0"`: a static NUL-terminated string
/// that must not be freed.
#[no_mangle]
pub extern "C" fn iso9001_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Frees a string returned by the library. NULL is accepted and ignored.
///
/// @param s a string from an `out_json` parameter of this library, or NULL.
#[no_mangle]
pub extern "C" fn iso9001_string_free(s: *mut c_char) {
    boundary::free_string(s);
}

/// Lists the editions in the catalogue as a JSON array of `EditionView`.
///
/// @return `ISO9001_OK`, or an error status (see `iso9001_last_error_message`).
#[no_mangle]
pub extern "C" fn iso9001_editions(lang: u32, out_json: *mut *mut c_char) -> iso9001_status {
    boundary(out_json, lang, |l| Ok(ops::editions(l)?))
}

/// Looks up a clause and returns its `ClauseView` as JSON.
///
/// @param edition UTF-8 edition id (`"2015"`, `"ISO 9001:2008"` …), or
///        NULL for the current edition.
/// @param number UTF-8 clause number, e.g. `"7.1.6"` (not NUL-terminated).
/// @return `ISO9001_OK`, `ISO9001_ERR_UNKNOWN_EDITION`,
///         `ISO9001_ERR_INVALID_CLAUSE_NUMBER`, `ISO9001_ERR_UNKNOWN_CLAUSE`, …
#[no_mangle]
pub extern "C" fn iso9001_clause(
    edition: *const u8, edition_len: usize, number: *const u8, number_len: usize, lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let edition = opt_str_arg(edition, edition_len, "edition")?;
        Ok(ops::clause(str_arg(number, number_len, "number")?, edition, l)?)
    })
}

/// Searches titles and paraphrases (case- and diacritic-insensitive) and
/// returns a JSON array of `SearchHit`, best first.
///
/// @param query UTF-8 words, e.g. `"hoach dinh"`.
/// @param options_json UTF-8 JSON `SearchOptions` (`{"edition": "2015",
///        "matchLang": "vi", "limit": 10}`, every field optional), or NULL.
/// @param lang an `iso9001_lang` value (language of the returned titles).
/// @return `ISO9001_OK`, `ISO9001_ERR_INVALID_INPUT`, `ISO9001_ERR_UNKNOWN_EDITION`, …
#[no_mangle]
pub extern "C" fn iso9001_search(
    query: *const u8, query_len: usize, options_json: *const u8, options_len: usize, lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let options = opt_str_arg(options_json, options_len, "options")?;
        Ok(ops::search(str_arg(query, query_len, "query")?, options, l)?)
    })
}

/// Maps a clause between editions and returns a `Mapping` as JSON.
///
/// @param number UTF-8 clause number in the source edition.
/// @param from UTF-8 source edition id.
/// @param to UTF-8 target edition id.
/// @return `ISO9001_OK`, `ISO9001_ERR_UNKNOWN_EDITION`, `ISO9001_ERR_UNKNOWN_CLAUSE`, …
#[no_mangle]
pub extern "C" fn iso9001_map(
    number: *const u8, number_len: usize, from: *const u8, from_len: usize, to: *const u8,
    to_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let (from, to) = (str_arg(from, from_len, "from")?, str_arg(to, to_len, "to")?);
        Ok(ops::map(str_arg(number, number_len, "number")?, from, to, l)?)
    })
}

/// Returns the clause tree of an edition as a JSON array of `TreeEntry`,
/// in walk order.
///
/// @param edition UTF-8 edition id, or NULL for the current edition.
/// @return `ISO9001_OK` or `ISO9001_ERR_UNKNOWN_EDITION`, …
#[no_mangle]
pub extern "C" fn iso9001_tree(
    edition: *const u8, edition_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| Ok(ops::tree(opt_str_arg(edition, edition_len, "edition")?, l)?))
}

/// Transition helper: from a JSON `TransitionRequest` (`{"from": "2008",
/// "to": "2015", "covered": ["4.2.3"]}`) returns a `Transition` as JSON:
/// the clauses of the new edition covered and those left uncovered.
///
/// @param request_json UTF-8 JSON request.
/// @return `ISO9001_OK`, `ISO9001_ERR_INVALID_INPUT`, `ISO9001_ERR_UNKNOWN_CLAUSE`, …
#[no_mangle]
pub extern "C" fn iso9001_transition(
    request_json: *const u8, request_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        Ok(ops::transition(str_arg(request_json, request_len, "request")?, l)?)
    })
}

#[cfg(test)]
mod tests;
