//! The table of C functions that answer in JSON: one entry per core
//! operation. An entry names its arguments (text, optional text, bytes or
//! a handle) and the operation; the macro writes the rest the same way
//! every time: the C parameters (`x`, `x_len`, then `lang` and
//! `out_json`), the argument checks named after the parameter, the call
//! behind the panic boundary and the answer written only on success.
//! cbindgen reads the expanded code (`parse.expand` in ffi/cbindgen.toml).

use core::ffi::c_char;

use iso9001::ops;

use crate::boundary::{boundary, handle, opt_bytes_arg, opt_str_arg, str_arg, Failure};
use crate::handles::{iso9001_calendar, iso9001_checker};
use crate::iso9001_status;

/// The C type of an argument kind.
macro_rules! c_type {
    (str) => { *const u8 };
    (opt_str) => { *const u8 };
    (bytes) => { *const u8 };
    (checker) => { *const iso9001_checker };
    (calendar) => { *const iso9001_calendar };
}

/// Reads an argument of a kind; an error names the C parameter.
macro_rules! read_arg {
    (str, $p:ident, $len:ident) => {
        str_arg($p, $len, stringify!($p))?
    };
    (opt_str, $p:ident, $len:ident) => {
        opt_str_arg($p, $len, stringify!($p))?
    };
    (bytes, $p:ident, $len:ident) => {
        opt_bytes_arg($p, $len, stringify!($p))?.ok_or(Failure::Null(stringify!($p)))?
    };
    ($handle:ident, $p:ident) => {
        &handle($p, stringify!($p))?.inner
    };
}

/// Declares the C functions of the table; the answer's out-parameter is
/// `out_json` unless the table names another (`out out_html;`).
macro_rules! json_exports {
    (out $out:ident; $(
        $(#[$attr:meta])*
        fn $name:ident($($arg:ident $(, $len:ident)?: $kind:ident),*) = |$lang:pat_param| $op:expr;
    )*) => {$(
        $(#[$attr])*
        #[no_mangle]
        pub extern "C" fn $name(
            $($arg: c_type!($kind), $($len: usize,)?)* lang: u32, $out: *mut *mut c_char,
        ) -> iso9001_status {
            boundary($out, stringify!($out), lang, |$lang| {
                $(let $arg = read_arg!($kind, $arg $(, $len)?);)*
                Ok($op?)
            })
        }
    )*};
    ($($entries:tt)*) => { json_exports!(out out_json; $($entries)*); };
}

json_exports! {
    // --- The clause catalogue ---------------------------------------------

    /// Lists the editions in the catalogue as a JSON array of `EditionView`.
    fn iso9001_editions() = |l| ops::editions(l);

    /// Looks up a clause and returns its `ClauseView` as JSON.
    ///
    /// @param edition edition id (`"2015"`, `"ISO 9001:2008"` …), or NULL
    ///        for the current edition.
    /// @param number clause number, e.g. `"7.1.6"`.
    /// @return `ISO9001_OK`, `ISO9001_ERR_UNKNOWN_EDITION`,
    ///         `ISO9001_ERR_INVALID_CLAUSE_NUMBER`, `ISO9001_ERR_UNKNOWN_CLAUSE`, …
    fn iso9001_clause(edition, edition_len: opt_str, number, number_len: str) =
        |l| ops::clause(number, edition, l);

    /// Searches titles and paraphrases (case- and diacritic-insensitive) and
    /// returns a JSON array of `SearchHit`, best first.
    ///
    /// @param query words, e.g. `"hoach dinh"`.
    /// @param options JSON `SearchOptions` (`{"edition": "2015",
    ///        "matchLang": "vi", "limit": 10}`, every field optional), or NULL.
    /// @param lang the language of the returned titles.
    fn iso9001_search(query, query_len: str, options, options_len: opt_str) =
        |l| ops::search(query, options, l);

    /// Maps a clause `number` of edition `from` to edition `to` and returns
    /// a `Mapping` as JSON.
    ///
    /// @return `ISO9001_OK`, `ISO9001_ERR_UNKNOWN_EDITION`,
    ///         `ISO9001_ERR_UNKNOWN_CLAUSE`, `ISO9001_ERR_NO_CORRELATION`, …
    fn iso9001_map(number, number_len: str, from, from_len: str, to, to_len: str) =
        |l| ops::map(number, from, to, l);

    /// Returns the clause tree of an edition (NULL: the current one) as a
    /// JSON array of `TreeEntry`, in walk order.
    ///
    /// @return `ISO9001_OK` or `ISO9001_ERR_UNKNOWN_EDITION`, …
    fn iso9001_tree(edition, edition_len: opt_str) = |l| ops::tree(edition, l);

    /// Transition helper: from a JSON `TransitionRequest` (`{"from": "2008",
    /// "to": "2015", "covered": ["4.2.3"]}`) returns a `Transition` as JSON:
    /// the clauses of the new edition covered and those left uncovered.
    ///
    /// @return `ISO9001_OK`, `ISO9001_ERR_INVALID_INPUT`, `ISO9001_ERR_UNKNOWN_CLAUSE`, …
    fn iso9001_transition(request, request_len: str) = |l| ops::transition(request, l);

    // --- Document control: checks with a checker from iso9001_checker_new --

    /// Checks one procedure document (JSON `ProcedureDocument`) as of a day
    /// (`as_of`, `YYYY-MM-DD`) and returns the `Report` as JSON: findings
    /// with rule IDs, messages in `lang` and JSON pointers to the fields, a
    /// summary, and `passed`.
    ///
    /// @return `ISO9001_OK` (even when the document has findings), or
    ///         `ISO9001_ERR_INVALID_INPUT` when the JSON does not parse.
    fn iso9001_check_document(
        checker: checker, document, document_len: str, as_of, as_of_len: str
    ) = |l| ops::check_document(checker, document, as_of, l);

    /// Checks a whole register (JSON `Register`: `{"documents": [...]}`, every
    /// issue of every document) as of a day (`as_of`, `YYYY-MM-DD`) and
    /// returns the `Report` as JSON, with the register-wide rules (one
    /// effective issue per code …).
    fn iso9001_check_register(
        checker: checker, register, register_len: str, as_of, as_of_len: str
    ) = |l| ops::check_register(checker, register, as_of, l);

    /// Checks a procedure read from a Word file (.docx, its `bytes`) as of a
    /// day (`as_of`, `YYYY-MM-DD`): the import of `iso9001_import_docx` and
    /// the check of `iso9001_check_document` in one call; JSON `Report`.
    fn iso9001_check_docx(checker: checker, bytes, len: bytes, as_of, as_of_len: str) =
        |l| ops::check_docx(checker, bytes, as_of, l);

    /// Parses a Vietnamese document number (`19/2014/QĐ-TTg`) and returns a
    /// `NumberCheck` as JSON: `valid`, the parts, or the reason it is malformed.
    ///
    /// @return `ISO9001_OK` (also for a malformed number: see `valid`), …
    fn iso9001_document_number(number, number_len: str) = |l| ops::document_number(number, l);

    /// Lists the document-control rules as a JSON array of `RuleView`.
    fn iso9001_rules() = |l| ops::rules(l);

    /// Reads a procedure from a Word file (.docx, its `bytes`): returns a
    /// JSON `Imported`: `document` (a `ProcedureDocument`, ready for
    /// `iso9001_check_document`) and `extraction` (where each field came from,
    /// what was not found or not understood). A damaged file, an old `.doc`, a
    /// zip bomb, a table over the step limit or a file of several procedures
    /// (see `iso9001_import_docx_all`) is refused with a clear error in `lang`.
    fn iso9001_import_docx(bytes, len: bytes) = |_| ops::import_docx(bytes);

    /// Reads every procedure of a Word file (.docx): a JSON array of
    /// `Imported`, one for a procedure's file, one per procedure for an annex
    /// of internal procedures (quy trình nội bộ giải quyết TTHC published with
    /// the decision approving them), which `iso9001_import_docx` refuses as
    /// several.
    fn iso9001_import_docx_all(bytes, len: bytes) = |_| ops::import_docx_all(bytes);

    // --- The working calendar: a calendar from iso9001_calendar_new -------

    /// Answers a calendar question given as JSON `CalendarQuery`, tagged by
    /// `kind`: `day`, `year`, `addWorkingDays`, `workingDaysBetween`,
    /// `workingHoursBetween`, `due`, `periodEnd`, `toLunar`, `fromLunar`. The
    /// answer is a JSON `CalendarAnswer` with the same `kind`.
    ///
    /// @param query e.g. `{"kind": "due", "received": "2026-02-12T16:10",
    ///        "limit": {"value": 5, "unit": "workingDays"}}`.
    /// @return `ISO9001_OK` or `ISO9001_ERR_INVALID_INPUT` (impossible dates,
    ///         negative limits, dates outside the calendar's years), …
    fn iso9001_calendar_query(calendar: calendar, query, query_len: str) =
        |l| ops::calendar_query(calendar, query, l);

    /// Answers many calendar questions in one call: a JSON array of
    /// `CalendarQuery` in, a JSON array of `BatchAnswer` out, in the same
    /// order. A question that cannot be answered gets `{"kind": "error",
    /// "error": {"code", "message", "field"}}` in its place (the field under
    /// its index, e.g. `/3/days`) and the others are still answered; at most
    /// 100,000 questions.
    ///
    /// @return `ISO9001_OK` (also when some questions were refused), or
    ///         `ISO9001_ERR_INVALID_INPUT` when the text is not such an array.
    fn iso9001_calendar_query_batch(calendar: calendar, queries, queries_len: str) =
        |l| ops::calendar_batch(calendar, queries, l);

    /// Tracks a batch of dossiers (JSON `DossierBatch`: `asOf`, optional
    /// `period`, `dossiers` with their event logs) and returns a JSON
    /// `DossierReport`: per-dossier due times, lateness and status, and
    /// on-time rates per procedure, per unit and overall. A dossier whose log
    /// is inconsistent is reported with status `invalid`, not as a failure.
    fn iso9001_track_dossiers(calendar: calendar, batch, batch_len: str) =
        |l| ops::track_dossiers(calendar, batch, l);

    // --- Internal audit, corrective actions, agency compliance ------------

    /// Audit: from a JSON `AuditRequest` (optional `programme`, `results` with
    /// scoring `options`, `nonconformities`) returns a JSON `AuditReport`: the
    /// programme's findings, the score (XCCDF 1.2 models, conformity or
    /// maturity, with contributions, what-if and readiness) and the
    /// corrective-action findings.
    fn iso9001_audit(request, request_len: str) = |l| ops::audit(request, l);

    /// Agency compliance (the inspector's view): from a JSON `QmsRequest`
    /// returns a JSON `QmsReport` with findings (`QMS-…`), score and grade.
    fn iso9001_qms(request, request_len: str) = |l| ops::qms(request, l);

    /// Lists the audit, corrective-action and compliance rules as a JSON
    /// array of `RuleView`.
    fn iso9001_audit_rules() = |l| ops::audit_rules(l);
}

json_exports! {
    out out_html;

    /// A report for people: renders the JSON answer of a check
    /// (`iso9001_check_document`/`_register`), an audit, an agency check or a
    /// dossier batch as one self-contained HTML page (inline CSS and SVG
    /// charts, prints on A4), the same page as the CLI's `--format html` and
    /// the wasm module's `renderHtml`.
    ///
    /// @param kind `"documents"`, `"audit"`, `"qms"` or `"dossiers"`.
    /// @param answer the JSON answer of that call.
    /// @param lang the language of the page's own words.
    /// @param out_html receives a string to free with `iso9001_string_free`.
    fn iso9001_html(kind, kind_len: str, answer, answer_len: str) =
        |l| ops::html(kind, answer, l);
}
