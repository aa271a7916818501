//! The operations every surface offers (C, wasm, CLI), JSON text in and
//! JSON text out, with the language applied last. Every default is decided
//! here once: a missing edition is the current one, missing options or
//! configuration are the documented defaults, and the "as of" date of a
//! check is always an argument. The bindings are a few mechanical lines
//! over this table, so their answers are byte-identical by construction.
//!
//! ```
//! use iso9001::{ops, Lang};
//! let checker = ops::checker(Some(r#"{"codePatterns": ["QT.{UNIT}.{NN}"]}"#)).unwrap();
//! let doc = r#"{"code": "QT-7", "title": "Quy trình", "kind": "internal", "issue": 1, "status": "draft"}"#;
//! let vi = ops::check_document(&checker, doc, "2026-11-22", Lang::Vi).unwrap();
//! assert!(vi.contains(r#""rule":"DOC-002""#));
//! let err = ops::check_document(&checker, doc, "22/11/2026", Lang::En).unwrap_err();
//! assert_eq!(err.field(), Some("asOf"));
//! ```

use chrono::NaiveDate;

use crate::audit::{self, AuditRequest, QmsRequest};
use crate::calendar::{CalendarConfig, CalendarQuery, DossierBatch, WorkCalendar};
use crate::catalogue::{self, SearchOptions, TransitionRequest};
use crate::documents::{self, Checker};
use crate::interchange::{from_json, to_json, to_json_in, InputLimits};
use crate::text::{Lang, Text};
use crate::{Error, InputProblem, Result};

/// Parses the optional JSON argument `text`, or gives `T`'s default.
fn or_default<T: serde::de::DeserializeOwned + Default>(text: Option<&str>) -> Result<T> {
    text.map_or_else(|| Ok(T::default()), |t| from_json(t, InputLimits::default()))
}

/// Parses the "as of" date of a check (`YYYY-MM-DD`), naming `asOf` when
/// it is not one.
pub fn as_of(text: &str) -> Result<NaiveDate> {
    crate::dates::parse_date(text).ok_or_else(|| {
        let what = Text::new("một ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD");
        Error::invalid("asOf", InputProblem::Expected { what, value: crate::text::clamp(text) })
    })
}

/// The editions: JSON array of `EditionView`.
pub fn editions(lang: Lang) -> Result<String> {
    to_json(&catalogue::edition_views(lang))
}

/// One clause: JSON `ClauseView`; `edition` defaults to the current one.
pub fn clause(number: &str, edition: Option<&str>, lang: Lang) -> Result<String> {
    let edition = edition.unwrap_or(catalogue::current_edition().id);
    to_json(&catalogue::clause_view(edition, number, lang)?)
}

/// Search: JSON array of `SearchHit`; `options` is JSON `SearchOptions`.
pub fn search(query: &str, options: Option<&str>, lang: Lang) -> Result<String> {
    let options: SearchOptions = or_default(options)?;
    to_json(&catalogue::search(query, &options, lang)?)
}

/// Maps a clause between editions: JSON `Mapping`.
pub fn map(number: &str, from: &str, to: &str, lang: Lang) -> Result<String> {
    to_json(&catalogue::map(number, from, to, lang)?)
}

/// The clause tree: JSON array of `TreeEntry`; `edition` defaults to the
/// current one.
pub fn tree(edition: Option<&str>, lang: Lang) -> Result<String> {
    to_json(&catalogue::tree(edition.unwrap_or(catalogue::current_edition().id), lang)?)
}

/// The transition helper: JSON `TransitionRequest` → JSON `Transition`.
pub fn transition(request: &str, lang: Lang) -> Result<String> {
    let request: TransitionRequest = from_json(request, InputLimits::default())?;
    to_json(&request.run(lang)?)
}

/// The document-control rules: JSON array of `RuleView`.
pub fn rules(lang: Lang) -> Result<String> {
    to_json(&documents::rule_views(lang))
}

/// The audit, corrective-action and compliance rules: JSON array of
/// `RuleView`.
pub fn audit_rules(lang: Lang) -> Result<String> {
    to_json(&audit::rule_views(lang))
}

/// Checks a Vietnamese document number: JSON `NumberCheck`.
pub fn document_number(number: &str, lang: Lang) -> Result<String> {
    to_json(&documents::check_document_number(number, lang))
}

/// Compiles a JSON `Policy` (absent: the default policy).
pub fn checker(policy: Option<&str>) -> Result<Checker> {
    Checker::new(or_default(policy)?)
}

/// Checks a JSON `ProcedureDocument` as of `as_of`: JSON `Report`.
pub fn check_document(
    checker: &Checker, document: &str, as_of: &str, lang: Lang,
) -> Result<String> {
    let as_of = self::as_of(as_of)?;
    to_json_in(&checker.check_document_json(document, as_of)?, lang)
}

/// Checks a JSON `Register` as of `as_of`: JSON `Report`.
pub fn check_register(
    checker: &Checker, register: &str, as_of: &str, lang: Lang,
) -> Result<String> {
    let as_of = self::as_of(as_of)?;
    to_json_in(&checker.check_register_json(register, as_of)?, lang)
}

/// Builds a working calendar from a JSON `CalendarConfig` (absent: the
/// defaults).
pub fn calendar(config: Option<&str>) -> Result<WorkCalendar> {
    WorkCalendar::new(or_default::<CalendarConfig>(config)?)
}

/// Answers a JSON `CalendarQuery`: JSON `CalendarAnswer`.
pub fn calendar_query(calendar: &WorkCalendar, query: &str, lang: Lang) -> Result<String> {
    to_json(&calendar.query(&CalendarQuery::from_json(query)?, lang)?)
}

/// Answers a JSON array of `CalendarQuery`: JSON array of `BatchAnswer`,
/// in order, a refused question as its error in its place (the boundary of
/// C or wasm is crossed once for all of them).
pub fn calendar_batch(calendar: &WorkCalendar, queries: &str, lang: Lang) -> Result<String> {
    calendar.query_batch_json(queries, lang)
}

/// Tracks a JSON `DossierBatch`: JSON `DossierReport`.
pub fn track_dossiers(calendar: &WorkCalendar, batch: &str, lang: Lang) -> Result<String> {
    let batch: DossierBatch = from_json(batch, InputLimits::default())?;
    batch.within_limits()?;
    to_json_in(&calendar.track_batch(&batch), lang)
}

/// An audit: JSON `AuditRequest` → JSON `AuditReport`.
pub fn audit(request: &str, lang: Lang) -> Result<String> {
    let request: AuditRequest = from_json(request, InputLimits::default())?;
    to_json_in(&request.run()?, lang)
}

/// The agency check: JSON `QmsRequest` → JSON `QmsReport`.
pub fn qms(request: &str, lang: Lang) -> Result<String> {
    let request: QmsRequest = from_json(request, InputLimits::default())?;
    to_json_in(&audit::check_qms(&request)?, lang)
}

/// Renders a JSON answer as an HTML page for people: `kind` is
/// `documents`, `audit`, `qms` or `dossiers` (see [`crate::html`]).
pub fn html(kind: &str, answer: &str, lang: Lang) -> Result<String> {
    let kind: crate::html::ReportKind = kind.parse()?;
    crate::html::render(kind, answer, lang)
}

/// Reads a procedure from the bytes of a Word file: JSON `Imported` (the
/// document and the extraction report).
#[cfg(feature = "docx")]
pub fn import_docx(bytes: &[u8]) -> Result<String> {
    to_json(&crate::docx::import_docx(bytes, &crate::docx::ImportOptions::default())?)
}

/// Reads every procedure of a Word file: a JSON array of `Imported`, one
/// for a procedure's file, one per procedure for an annex of internal
/// procedures (which [`import_docx`] refuses as several).
#[cfg(feature = "docx")]
pub fn import_docx_all(bytes: &[u8]) -> Result<String> {
    to_json(&crate::docx::import_docx_all(bytes, &crate::docx::ImportOptions::default())?)
}

/// The document of a Word file for a check as of `as_of` under a policy's
/// step limit, as JSON `ProcedureDocument`: the first half of
/// [`check_docx`], for a surface that reads Word files in one module and
/// checks in another (the npm package's parts); [`check_imported`] is the
/// second half. Errors come in the same order as from [`check_docx`]. The
/// step limit is held to the ceiling a policy may set.
#[cfg(feature = "docx")]
pub fn import_docx_for_check(bytes: &[u8], max_steps: usize, as_of: &str) -> Result<String> {
    self::as_of(as_of)?;
    to_json(&docx_document(bytes, max_steps.min(crate::limits::CEILING_MAX_STEPS))?)
}

/// The procedure in a Word file, read under a step limit: what a check of
/// a Word file checks.
#[cfg(feature = "docx")]
fn docx_document(bytes: &[u8], max_steps: usize) -> Result<documents::ProcedureDocument> {
    let options = crate::docx::ImportOptions { max_steps, ..Default::default() };
    Ok(crate::docx::import_docx(bytes, &options)?.document)
}

/// Checks a document given by [`import_docx_for_check`] as of `as_of`:
/// the same JSON `Report` as [`check_docx`] on the file. The text comes
/// from the reader, which caps what a file may inflate to, so it is read
/// under the library's ceiling rather than the policy's input size limit
/// (which [`check_docx`] does not apply either).
pub fn check_imported(
    checker: &Checker, document: &str, as_of: &str, lang: Lang,
) -> Result<String> {
    let as_of = self::as_of(as_of)?;
    let limits = InputLimits { max_bytes: crate::limits::CEILING_MAX_BYTES };
    let document: documents::ProcedureDocument = from_json(document, limits)?;
    to_json_in(&checker.check_document(&document, as_of), lang)
}

/// Checks a procedure read from the bytes of a Word file as of `as_of`:
/// JSON `Report`, the same as [`check_document`] on the imported document
/// (the policy's step limit applies to the import).
#[cfg(feature = "docx")]
pub fn check_docx(checker: &Checker, bytes: &[u8], as_of: &str, lang: Lang) -> Result<String> {
    let as_of = self::as_of(as_of)?;
    let document = docx_document(bytes, checker.policy().limits.max_steps)?;
    to_json_in(&checker.check_document(&document, as_of), lang)
}
