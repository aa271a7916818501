//! Internal audit, corrective actions and agency compliance through the
//! C ABI: one JSON request in, one JSON report out.

use core::ffi::c_char;

use iso9001::ops;

use crate::boundary::{boundary, str_arg};
use crate::iso9001_status;

/// Audit: from a JSON `AuditRequest` (optional `programme`, `results` with
/// scoring `options`, `nonconformities`) returns a JSON `AuditReport`: the
/// programme's findings, the score (XCCDF 1.2 models, conformity or
/// maturity, with contributions, what-if and readiness) and the
/// corrective-action findings.
///
/// @param request_json UTF-8 JSON request.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_audit(
    request_json: *const u8, request_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| Ok(ops::audit(str_arg(request_json, request_len, "request")?, l)?))
}

/// Agency compliance (the inspector's view): from a JSON `QmsRequest`
/// returns a JSON `QmsReport` with findings (`QMS-…`), score and grade.
///
/// @param request_json UTF-8 JSON request.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_qms(
    request_json: *const u8, request_len: usize, lang: u32, out_json: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_json, lang, |l| Ok(ops::qms(str_arg(request_json, request_len, "request")?, l)?))
}

/// Lists the audit, corrective-action and compliance rules as a JSON
/// array of `RuleView`.
///
/// @return `ISO9001_OK`, …
#[no_mangle]
pub extern "C" fn iso9001_audit_rules(lang: u32, out_json: *mut *mut c_char) -> iso9001_status {
    boundary(out_json, lang, |l| Ok(ops::audit_rules(l)?))
}

/// A report for people: renders the JSON answer of a check
/// (`iso9001_check_document`/`_register`), an audit, an agency check or a
/// dossier batch as one self-contained HTML page (inline CSS and SVG
/// charts, prints on A4), the same page as the CLI's `--format html` and
/// the wasm module's `renderHtml`.
///
/// @param kind `"documents"`, `"audit"`, `"qms"` or `"dossiers"`.
/// @param answer_json the JSON answer of that call.
/// @param lang an `iso9001_lang` value (the page's own words).
/// @param out_html receives a string to free with `iso9001_string_free`.
/// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT`, …
#[no_mangle]
pub extern "C" fn iso9001_html(
    kind: *const u8, kind_len: usize, answer_json: *const u8, answer_len: usize, lang: u32,
    out_html: *mut *mut c_char,
) -> iso9001_status {
    boundary(out_html, lang, |l| {
        let kind = str_arg(kind, kind_len, "kind")?;
        Ok(ops::html(kind, str_arg(answer_json, answer_len, "answer")?, l)?)
    })
}
