//! Document control through the C ABI: a checker handle compiled once
//! from the agency's policy, then document and register checks.

use core::ffi::c_char;

use iso9001::documents::{self, Checker};

use crate::boundary::{boundary, boundary_out, str_arg, write_json, Failure};
use crate::iso9001_status;

/// An agency's policy compiled once (code patterns, rule switches).
///
/// Immutable after `iso9001_checker_new`: one checker may be used from any
/// number of threads at once. Free it with `iso9001_checker_free`.
pub struct iso9001_checker {
    inner: Checker,
}

/// Reads a checker handle argument.
fn checker_arg<'a>(checker: *const iso9001_checker) -> Result<&'a Checker, Failure> {
    if checker.is_null() {
        return Err(Failure::Null("checker"));
    }
    // SAFETY: non-NULL, and the caller passes a handle made by
    // `iso9001_checker_new` and not yet freed; the checker is immutable, so
    // shared references from several threads are sound.
    Ok(unsafe { &(*checker).inner })
}

/// Compiles an agency's document-control policy (JSON `Policy`; every
/// field but `asOf` has a documented default).
///
/// @param policy_json UTF-8 JSON policy, e.g. `{"asOf": "2026-11-22"}`.
/// @param policy_len length of `policy_json` in bytes.
/// @param lang an `iso9001_lang` value (language of error messages).
/// @param out_checker receives the handle; free it with `iso9001_checker_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` (the message names
///         the policy field), …
#[no_mangle]
pub extern "C" fn iso9001_checker_new(
    policy_json: *const u8,
    policy_len: usize,
    lang: u32,
    out_checker: *mut *mut iso9001_checker,
) -> iso9001_status {
    boundary_out(out_checker, "out_checker", lang, |_| {
        let text = str_arg(policy_json, policy_len, "policy")?;
        let inner = Checker::from_policy_json(text)?;
        Ok(Box::into_raw(Box::new(iso9001_checker { inner })))
    })
}

/// Frees a checker. NULL is accepted and ignored.
///
/// @param checker a handle from `iso9001_checker_new`, or NULL.
#[no_mangle]
pub extern "C" fn iso9001_checker_free(checker: *mut iso9001_checker) {
    if checker.is_null() {
        return;
    }
    // SAFETY: the caller passes a handle made by `iso9001_checker_new`
    // (`Box::into_raw`) and never uses it again; it is freed once.
    drop(unsafe { Box::from_raw(checker) });
}

/// Checks one procedure document (JSON `ProcedureDocument`) and returns
/// the `Report` as JSON: findings with rule IDs, messages in `lang` and
/// JSON pointers to the fields, a summary, and `passed`.
///
/// @param checker a handle from `iso9001_checker_new`.
/// @param document_json UTF-8 JSON document.
/// @param document_len length of `document_json` in bytes.
/// @param lang an `iso9001_lang` value.
/// @param out_json receives a string to free with `iso9001_string_free`.
/// @return `ISO9001_OK` (even when the document has findings), or
///         `ISO9001_ERR_INVALID_INPUT` when the JSON does not parse.
#[no_mangle]
pub extern "C" fn iso9001_check_document(
    checker: *const iso9001_checker,
    document_json: *const u8,
    document_len: usize,
    lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |lang| {
        let checker = checker_arg(checker)?;
        let text = str_arg(document_json, document_len, "document")?;
        write_json(&checker.check_document_json(text, lang)?)
    })
}

/// Checks a whole register (JSON `Register`: `{"documents": [...]}`, every
/// issue of every document) and returns the `Report` as JSON, with the
/// register-wide rules (one effective issue per code …).
///
/// @param checker a handle from `iso9001_checker_new`.
/// @param register_json UTF-8 JSON register.
/// @param register_len length of `register_json` in bytes.
/// @param lang an `iso9001_lang` value.
/// @param out_json receives a string to free with `iso9001_string_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_check_register(
    checker: *const iso9001_checker,
    register_json: *const u8,
    register_len: usize,
    lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |lang| {
        let checker = checker_arg(checker)?;
        let text = str_arg(register_json, register_len, "register")?;
        write_json(&checker.check_register_json(text, lang)?)
    })
}

/// Parses a Vietnamese document number (`19/2014/QĐ-TTg`) and returns a
/// `NumberCheck` as JSON: `valid`, the parts, or the reason it is malformed.
///
/// @param number UTF-8 number and symbol.
/// @param number_len length of `number` in bytes.
/// @param lang an `iso9001_lang` value.
/// @param out_json receives a string to free with `iso9001_string_free`.
/// @return `ISO9001_OK` (also for a malformed number: see `valid`), …
#[no_mangle]
pub extern "C" fn iso9001_document_number(
    number: *const u8,
    number_len: usize,
    lang: u32,
    out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |lang| {
        let text = str_arg(number, number_len, "number")?;
        write_json(&documents::check_document_number(text, lang))
    })
}

/// Lists the document-control rules as a JSON array of `RuleView`.
///
/// @param lang an `iso9001_lang` value.
/// @param out_json receives a string to free with `iso9001_string_free`.
/// @return `ISO9001_OK`, …
#[no_mangle]
pub extern "C" fn iso9001_rules(lang: u32, out_json: *mut *mut c_char) -> iso9001_status {
    boundary(out_json, lang, |lang| write_json(&documents::rule_views(lang)))
}
