//! Document control through the C ABI: a checker handle compiled once
//! from the agency's policy, then document and register checks.

use core::ffi::c_char;

use iso9001::documents::Checker;
use iso9001::ops;

use crate::boundary::{
    boundary, boundary_out, bytes_arg, free_handle, handle, new_handle, opt_str_arg, str_arg,
    Failure,
};
use crate::iso9001_status;

/// An agency's policy compiled once (code patterns, rule switches).
///
/// Immutable after `iso9001_checker_new` and holds no date (each check
/// takes its "as of" date): one checker may be used from any number of
/// threads at once, for as long as the host runs. Free it with
/// `iso9001_checker_free`.
pub struct iso9001_checker {
    inner: Checker,
}

/// Compiles an agency's document-control policy (JSON `Policy`; every
/// field has a documented default), or the default policy when
/// `policy_json` is NULL.
///
/// @param policy_json UTF-8 JSON policy, e.g. `{"codePatterns":
///        ["QT.{UNIT}.{NN}"]}`, or NULL.
/// @param lang an `iso9001_lang` value (language of error messages).
/// @param out_checker receives the handle; free it with `iso9001_checker_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` (the message names
///         the policy field), …
#[no_mangle]
pub extern "C" fn iso9001_checker_new(
    policy_json: *const u8, policy_len: usize, lang: u32, out_checker: *mut *mut iso9001_checker,
) -> iso9001_status {
    boundary_out(out_checker, "out_checker", lang, |_| {
        let inner = ops::checker(opt_str_arg(policy_json, policy_len, "policy")?)?;
        Ok(new_handle(iso9001_checker { inner }))
    })
}

/// The checker and the "as of" date every check takes.
fn check_args<'a>(
    checker: *const iso9001_checker, as_of: *const u8, as_of_len: usize,
) -> Result<(&'a Checker, &'a str), Failure> {
    Ok((&handle(checker, "checker")?.inner, str_arg(as_of, as_of_len, "as_of")?))
}

/// Frees a checker. NULL is accepted and ignored.
///
/// @param checker a handle from `iso9001_checker_new`, or NULL.
#[no_mangle]
pub extern "C" fn iso9001_checker_free(checker: *mut iso9001_checker) {
    free_handle(checker);
}

/// Checks one procedure document (JSON `ProcedureDocument`) and returns
/// the `Report` as JSON: findings with rule IDs, messages in `lang` and
/// JSON pointers to the fields, a summary, and `passed`.
///
/// @param checker a handle from `iso9001_checker_new`.
/// @param document_json UTF-8 JSON document.
/// @param as_of UTF-8 date the check is made for, `YYYY-MM-DD` (errors
///        name it `asOf`).
/// @return `ISO9001_OK` (even when the document has findings), or
///         `ISO9001_ERR_INVALID_INPUT` when the JSON does not parse.
#[no_mangle]
pub extern "C" fn iso9001_check_document(
    checker: *const iso9001_checker, document_json: *const u8, document_len: usize,
    as_of: *const u8, as_of_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let (checker, as_of) = check_args(checker, as_of, as_of_len)?;
        let document = str_arg(document_json, document_len, "document")?;
        Ok(ops::check_document(checker, document, as_of, l)?)
    })
}

/// Checks a whole register (JSON `Register`: `{"documents": [...]}`, every
/// issue of every document) and returns the `Report` as JSON, with the
/// register-wide rules (one effective issue per code …).
///
/// @param checker a handle from `iso9001_checker_new`.
/// @param register_json UTF-8 JSON register.
/// @param as_of UTF-8 date the check is made for, `YYYY-MM-DD`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_check_register(
    checker: *const iso9001_checker, register_json: *const u8, register_len: usize,
    as_of: *const u8, as_of_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let (checker, as_of) = check_args(checker, as_of, as_of_len)?;
        let register = str_arg(register_json, register_len, "register")?;
        Ok(ops::check_register(checker, register, as_of, l)?)
    })
}

/// Parses a Vietnamese document number (`19/2014/QĐ-TTg`) and returns a
/// `NumberCheck` as JSON: `valid`, the parts, or the reason it is malformed.
///
/// @param number UTF-8 number and symbol.
/// @return `ISO9001_OK` (also for a malformed number: see `valid`), …
#[no_mangle]
pub extern "C" fn iso9001_document_number(
    number: *const u8, number_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        Ok(ops::document_number(str_arg(number, number_len, "number")?, l)?)
    })
}

/// Lists the document-control rules as a JSON array of `RuleView`.
///
/// @return `ISO9001_OK`, …
#[no_mangle]
pub extern "C" fn iso9001_rules(lang: u32, out_json: *mut *mut c_char) -> iso9001_status {
    boundary(out_json, lang, |l| Ok(ops::rules(l)?))
}

/// Reads a procedure from a Word file (.docx): from its bytes returns a
/// JSON `Imported`: `document` (a `ProcedureDocument`, ready for
/// `iso9001_check_document`) and `extraction` (where each field came from,
/// what was not found or not understood). A damaged file, an old `.doc`, a
/// zip bomb, a table over the step limit or a file of several procedures
/// (see `iso9001_import_docx_all`) is refused with a clear error.
///
/// @param bytes the file's bytes.
/// @param lang an `iso9001_lang` value (for errors).
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_import_docx(
    bytes: *const u8, len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |_| Ok(ops::import_docx(bytes_arg(bytes, len, "bytes")?)?))
}

/// Reads every procedure of a Word file (.docx): a JSON array of
/// `Imported`, one for a procedure's file, one per procedure for an annex
/// of internal procedures (quy trình nội bộ giải quyết TTHC published with
/// the decision approving them), which `iso9001_import_docx` refuses as
/// several.
///
/// @param bytes the file's bytes.
/// @param lang an `iso9001_lang` value (for errors).
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_import_docx_all(
    bytes: *const u8, len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |_| Ok(ops::import_docx_all(bytes_arg(bytes, len, "bytes")?)?))
}

/// Checks a procedure read from a Word file (.docx) as of a date: the
/// import of `iso9001_import_docx` and the check of
/// `iso9001_check_document` in one call; JSON `Report`.
///
/// @param checker a checker from `iso9001_checker_new`.
/// @param bytes the file's bytes.
/// @param as_of the day of the check, `YYYY-MM-DD` (UTF-8).
/// @return `ISO9001_OK`, `ISO9001_ERR_INVALID_HANDLE` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_check_docx(
    checker: *const iso9001_checker, bytes: *const u8, len: usize, as_of: *const u8,
    as_of_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| {
        let (checker, as_of) = check_args(checker, as_of, as_of_len)?;
        Ok(ops::check_docx(checker, bytes_arg(bytes, len, "bytes")?, as_of, l)?)
    })
}
