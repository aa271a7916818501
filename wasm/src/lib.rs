//! WebAssembly module of the iso9001 library.
//!
//! The raw exports take strings and return JSON text made by the core's
//! operation table ([`iso9001::ops`]), the same as every other surface, so
//! answers are byte-identical to the C library and the CLI. The npm
//! package in `bindings/js/` wraps them into typed functions that return
//! plain objects. Errors are thrown as JS `Error` objects with a stable
//! `code`, the message and the `field`.

#[cfg(feature = "calendar")]
use std::{cell::OnceCell, rc::Rc};

#[cfg(feature = "calendar")]
use iso9001::calendar::WorkCalendar;
use iso9001::{ops, Error, Lang};
use wasm_bindgen::prelude::*;

mod panic;

/// A JS `Error` carrying `code`, `field` and the message in `lang`.
fn to_js_error(e: &Error, lang: Lang) -> JsValue {
    let info = e.info(lang);
    let err = js_sys::Error::new(&info.message);
    err.set_name("Iso9001Error");
    let obj: &JsValue = err.as_ref();
    // Setting plain data properties on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(obj, &"code".into(), &info.code.into());
    let field = info.field.map_or(JsValue::NULL, |f| JsValue::from_str(&f));
    let _ = js_sys::Reflect::set(obj, &"field".into(), &field);
    err.into()
}

/// Runs `f` in the language given (`"vi"` when absent) behind the panic
/// guard, turning an error into a JS `Iso9001Error`.
fn run<T>(lang: Option<String>, f: impl FnOnce(Lang) -> Result<T, Error>) -> Result<T, JsValue> {
    panic::guard()?;
    let lang = match lang.map(|l| l.parse::<Lang>()).transpose() {
        Ok(l) => l.unwrap_or_default(),
        Err(e) => return Err(to_js_error(&e, Lang::Vi)),
    };
    f(lang).map_err(|e| to_js_error(&e, lang))
}

/// The "as of" date of a check, required.
#[cfg(any(feature = "documents", feature = "docx"))]
fn as_of(as_of: &Option<String>) -> Result<&str, Error> {
    as_of.as_deref().ok_or_else(|| Error::invalid("asOf", iso9001::InputProblem::Missing))
}

/// The library version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    iso9001::VERSION.to_owned()
}

/// Editions in the catalogue: JSON array of `EditionView`.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = editionsJson)]
pub fn editions_json(lang: Option<String>) -> Result<String, JsValue> {
    run(lang, ops::editions)
}

/// One clause: JSON `ClauseView`. `edition` defaults to the current one.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = clauseJson)]
pub fn clause_json(
    number: &str, edition: Option<String>, lang: Option<String>,
) -> Result<String, JsValue> {
    run(lang, |l| ops::clause(number, edition.as_deref(), l))
}

/// Search: JSON array of `SearchHit`. `options` is JSON `SearchOptions`.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = searchJson)]
pub fn search_json(
    query: &str, options: Option<String>, lang: Option<String>,
) -> Result<String, JsValue> {
    run(lang, |l| ops::search(query, options.as_deref(), l))
}

/// Maps a clause between editions: JSON `Mapping`.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = mapJson)]
pub fn map_json(
    number: &str, from: &str, to: &str, lang: Option<String>,
) -> Result<String, JsValue> {
    run(lang, |l| ops::map(number, from, to, l))
}

/// The clause tree: JSON array of `TreeEntry`.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = treeJson)]
pub fn tree_json(edition: Option<String>, lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |l| ops::tree(edition.as_deref(), l))
}

/// Transition helper: JSON `TransitionRequest` → JSON `Transition`.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = transitionJson)]
pub fn transition_json(request: &str, lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |l| ops::transition(request, l))
}

/// Rules of document control: JSON array of `RuleView`.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = rulesJson)]
pub fn rules_json(lang: Option<String>) -> Result<String, JsValue> {
    run(lang, ops::rules)
}

/// Checks a Vietnamese document number: JSON `NumberCheck`.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = documentNumberJson)]
pub fn document_number_json(number: &str, lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |l| ops::document_number(number, l))
}

/// Audit: JSON `AuditRequest` → JSON `AuditReport`.
#[cfg(feature = "audit")]
#[wasm_bindgen(js_name = auditJson)]
pub fn audit_json(request: &str, lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |l| ops::audit(request, l))
}

/// Agency compliance: JSON `QmsRequest` → JSON `QmsReport`.
#[cfg(feature = "qms")]
#[wasm_bindgen(js_name = qmsJson)]
pub fn qms_json(request: &str, lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |l| ops::qms(request, l))
}

/// Audit rules: JSON array of `RuleView`.
#[cfg(feature = "audit")]
#[wasm_bindgen(js_name = auditRulesJson)]
pub fn audit_rules_json(lang: Option<String>) -> Result<String, JsValue> {
    run(lang, ops::audit_rules)
}

/// An agency's document-control policy compiled once; it holds no date, so
/// it stays right for as long as the page lives.
#[cfg(feature = "documents")]
#[wasm_bindgen(js_name = RawChecker)]
pub struct RawChecker(iso9001::documents::Checker);

#[cfg(feature = "documents")]
#[wasm_bindgen(js_class = RawChecker)]
impl RawChecker {
    /// Compiles a JSON `Policy` (absent: the default policy).
    #[wasm_bindgen(constructor)]
    pub fn new(policy: Option<String>, lang: Option<String>) -> Result<RawChecker, JsValue> {
        run(lang, |_| ops::checker(policy.as_deref()).map(RawChecker))
    }

    /// Checks one JSON `ProcedureDocument` as of `asOf`: JSON `Report`.
    #[wasm_bindgen(js_name = checkDocumentJson)]
    pub fn check_document_json(
        &self, document: &str, as_of: Option<String>, lang: Option<String>,
    ) -> Result<String, JsValue> {
        run(lang, |l| ops::check_document(&self.0, document, self::as_of(&as_of)?, l))
    }

    #[cfg(all(feature = "docx", feature = "documents"))]
    /// Checks a procedure read from the bytes of a Word file as of `asOf`:
    /// JSON `Report`.
    #[wasm_bindgen(js_name = checkDocxJson)]
    pub fn check_docx_json(
        &self, bytes: &[u8], as_of: Option<String>, lang: Option<String>,
    ) -> Result<String, JsValue> {
        run(lang, |l| ops::check_docx(&self.0, bytes, self::as_of(&as_of)?, l))
    }

    /// The policy's step limit, which a Word file is read under.
    #[wasm_bindgen(js_name = maxSteps)]
    pub fn max_steps(&self) -> f64 {
        self.0.policy().limits.max_steps as f64
    }

    /// Checks a document read from a Word file by another module's
    /// `importDocxForCheckJson`: the same JSON `Report` as `checkDocxJson`.
    #[wasm_bindgen(js_name = checkImportedJson)]
    pub fn check_imported_json(
        &self, document: &str, as_of: Option<String>, lang: Option<String>,
    ) -> Result<String, JsValue> {
        run(lang, |l| ops::check_imported(&self.0, document, self::as_of(&as_of)?, l))
    }

    /// Checks one JSON `Register` as of `asOf`: JSON `Report`.
    #[wasm_bindgen(js_name = checkRegisterJson)]
    pub fn check_register_json(
        &self, register: &str, as_of: Option<String>, lang: Option<String>,
    ) -> Result<String, JsValue> {
        run(lang, |l| ops::check_register(&self.0, register, self::as_of(&as_of)?, l))
    }
}

/// A working calendar built once from a JSON `CalendarConfig`.
#[cfg(feature = "calendar")]
#[wasm_bindgen(js_name = RawCalendar)]
pub struct RawCalendar(Rc<WorkCalendar>);

#[cfg(feature = "calendar")]
thread_local! {
    /// The default calendar's tables, built once and shared by every
    /// handle made without a configuration: a handle the page forgets to
    /// free then costs a pointer, not the ~24 KB of a calendar.
    static DEFAULT_CALENDAR: OnceCell<Rc<WorkCalendar>> = const { OnceCell::new() };
}

#[cfg(feature = "calendar")]
#[wasm_bindgen(js_class = RawCalendar)]
impl RawCalendar {
    /// Builds the calendar (`config` may be absent: the defaults).
    #[wasm_bindgen(constructor)]
    pub fn new(config: Option<String>, lang: Option<String>) -> Result<RawCalendar, JsValue> {
        run(lang, |_| match config.as_deref() {
            Some(text) => ops::calendar(Some(text)).map(|c| RawCalendar(Rc::new(c))),
            None => DEFAULT_CALENDAR.with(|shared| {
                if let Some(c) = shared.get() {
                    return Ok(RawCalendar(Rc::clone(c)));
                }
                let c = Rc::new(ops::calendar(None)?);
                let _ = shared.set(Rc::clone(&c));
                Ok(RawCalendar(c))
            }),
        })
    }

    /// Answers a JSON `CalendarQuery`: JSON `CalendarAnswer`.
    #[wasm_bindgen(js_name = queryJson)]
    pub fn query_json(&self, query: &str, lang: Option<String>) -> Result<String, JsValue> {
        run(lang, |l| ops::calendar_query(&self.0, query, l))
    }

    /// Answers a JSON array of `CalendarQuery` in one call: JSON array of
    /// `BatchAnswer`, in order, a refused question as its error in place.
    #[wasm_bindgen(js_name = queryBatchJson)]
    pub fn query_batch_json(&self, queries: &str, lang: Option<String>) -> Result<String, JsValue> {
        run(lang, |l| ops::calendar_batch(&self.0, queries, l))
    }

    /// Tracks a JSON `DossierBatch`: JSON `DossierReport`.
    #[wasm_bindgen(js_name = trackDossiersJson)]
    pub fn track_dossiers_json(
        &self, batch: &str, lang: Option<String>,
    ) -> Result<String, JsValue> {
        run(lang, |l| ops::track_dossiers(&self.0, batch, l))
    }
}

/// Panics on purpose, so that the package's tests can show that a trap
/// costs one call: the module restarts and later calls work. Not part of
/// the public API (`api.js` does not expose it).
#[wasm_bindgen(js_name = __testTrap)]
pub fn test_trap() -> Result<String, JsValue> {
    run(None, |_| -> Result<String, Error> { panic!("a trap asked for by a test") })
}

/// Bytes of linear memory the module holds now. Wasm memory grows and never
/// shrinks, so a page can watch it; a freed checker or calendar leaves room
/// that the next one reuses.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size::<0>() as f64 * 65536.0
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// A report for people: the JSON `answer` of a `kind` call (`documents`,
/// `audit`, `qms`, `dossiers`) as one self-contained HTML page.
#[cfg(feature = "html")]
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(kind: &str, answer: &str, lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |l| ops::html(kind, answer, l))
}

/// Reads a procedure from the bytes of a Word file (.docx): JSON
/// `Imported` (the document and the extraction report).
#[cfg(feature = "docx")]
#[wasm_bindgen(js_name = importDocxJson)]
pub fn import_docx_json(bytes: &[u8], lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |_| ops::import_docx(bytes))
}

/// Reads every procedure of a Word file (.docx): a JSON array of
/// `Imported`, one per procedure of an annex of internal procedures.
#[cfg(feature = "docx")]
#[wasm_bindgen(js_name = importDocxAllJson)]
pub fn import_docx_all_json(bytes: &[u8], lang: Option<String>) -> Result<String, JsValue> {
    run(lang, |_| ops::import_docx_all(bytes))
}

/// The document of a Word file for a check as of `asOf` by a checker with
/// the step limit `maxSteps` (JSON `ProcedureDocument`), for a checker in
/// another module (`RawChecker.checkImportedJson`).
#[cfg(feature = "docx")]
#[wasm_bindgen(js_name = importDocxForCheckJson)]
pub fn import_docx_for_check_json(
    bytes: &[u8], max_steps: f64, as_of: Option<String>, lang: Option<String>,
) -> Result<String, JsValue> {
    // A count from JS: NaN or a negative number is no steps at all; the
    // core holds it to the ceiling a policy may set.
    let max_steps = if max_steps >= 0.0 { max_steps as usize } else { 0 };
    run(lang, |_| ops::import_docx_for_check(bytes, max_steps, self::as_of(&as_of)?))
}
