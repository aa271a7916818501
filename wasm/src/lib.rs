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

/// Declares exports that answer in JSON: each takes its arguments and an
/// optional `lang` (`"vi"` when absent) and calls one core operation
/// behind the panic guard. The JS name is the Rust name. Each entry's
/// documentation is plain strings (a line each) before it: wasm-bindgen
/// copies them into
/// the TypeScript declarations, where a `///` comment passed through a
/// macro would show as a raw string (`r"…`).
macro_rules! exports {
    ($($($doc:literal)+ $(#[$attr:meta])* fn $js:ident($($arg:ident: $ty:ty),*) = |$lang:pat_param| $op:expr;)*) => {$(
        $(#[doc = $doc])+
        $(#[$attr])*
        #[wasm_bindgen(js_name = $js)]
        #[allow(non_snake_case)]
        pub fn $js($($arg: $ty,)* lang: Option<String>) -> Result<String, JsValue> {
            run(lang, |$lang| $op)
        }
    )*};
    (impl $class:ident {
        $($($doc:literal)+ $(#[$attr:meta])* fn $js:ident($($arg:ident: $ty:ty),*) = |$this:ident, $lang:pat_param| $op:expr;)*
    }) => {
        #[wasm_bindgen(js_class = $class)]
        impl $class {$(
            $(#[doc = $doc])+
            $(#[$attr])*
            #[wasm_bindgen(js_name = $js)]
            #[allow(non_snake_case)]
            pub fn $js(&self, $($arg: $ty,)* lang: Option<String>) -> Result<String, JsValue> {
                let $this = &self.0;
                run(lang, |$lang| $op)
            }
        )*}
    };
}

/// The library version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    iso9001::VERSION.to_owned()
}

#[cfg(feature = "catalogue")]
exports! {
    "Editions in the catalogue: JSON array of `EditionView`."
    fn editionsJson() = |l| ops::editions(l);
    "One clause: JSON `ClauseView`. `edition` defaults to the current one."
    fn clauseJson(number: &str, edition: Option<String>) =
        |l| ops::clause(number, edition.as_deref(), l);
    "Search: JSON array of `SearchHit`. `options` is JSON `SearchOptions`."
    fn searchJson(query: &str, options: Option<String>) =
        |l| ops::search(query, options.as_deref(), l);
    "Maps a clause between editions: JSON `Mapping`."
    fn mapJson(number: &str, from: &str, to: &str) = |l| ops::map(number, from, to, l);
    "The clause tree: JSON array of `TreeEntry`."
    fn treeJson(edition: Option<String>) = |l| ops::tree(edition.as_deref(), l);
    "Transition helper: JSON `TransitionRequest` → JSON `Transition`."
    fn transitionJson(request: &str) = |l| ops::transition(request, l);
}

#[cfg(feature = "documents")]
exports! {
    "Rules of document control: JSON array of `RuleView`."
    fn rulesJson() = |l| ops::rules(l);
    "Checks a Vietnamese document number: JSON `NumberCheck`."
    fn documentNumberJson(number: &str) = |l| ops::document_number(number, l);
}

#[cfg(feature = "audit")]
exports! {
    "Audit: JSON `AuditRequest` → JSON `AuditReport`."
    fn auditJson(request: &str) = |l| ops::audit(request, l);
    "Audit rules: JSON array of `RuleView`."
    fn auditRulesJson() = |l| ops::audit_rules(l);
}

#[cfg(feature = "qms")]
exports! {
    "Agency compliance: JSON `QmsRequest` → JSON `QmsReport`."
    fn qmsJson(request: &str) = |l| ops::qms(request, l);
}

#[cfg(feature = "html")]
exports! {
    "A report for people: the JSON `answer` of a `kind` call (`documents`,"
    "`audit`, `qms`, `dossiers`) as one self-contained HTML page."
    fn renderHtml(kind: &str, answer: &str) = |l| ops::html(kind, answer, l);
}

#[cfg(feature = "docx")]
exports! {
    "Reads a procedure from the bytes of a Word file (.docx): JSON"
    "`Imported` (the document and the extraction report)."
    fn importDocxJson(bytes: &[u8]) = |_| ops::import_docx(bytes);
    "Reads every procedure of a Word file (.docx): a JSON array of"
    "`Imported`, one per procedure of an annex of internal procedures."
    fn importDocxAllJson(bytes: &[u8]) = |_| ops::import_docx_all(bytes);
    "The document of a Word file for a check as of `asOf` by a checker"
    "with the step limit `maxSteps` (JSON `ProcedureDocument`), for a"
    "checker in another module (`RawChecker.checkImportedJson`). NaN or"
    "a negative `maxSteps` is no steps at all; the core holds it to the"
    "ceiling a policy may set."
    fn importDocxForCheckJson(bytes: &[u8], max_steps: f64, as_of: Option<String>) =
        |_| ops::import_docx_for_check(bytes, max_steps.max(0.0) as usize, self::as_of(&as_of)?);
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

    /// The policy's step limit, which a Word file is read under.
    #[wasm_bindgen(js_name = maxSteps)]
    pub fn max_steps(&self) -> f64 {
        self.0.policy().limits.max_steps as f64
    }
}

#[cfg(feature = "documents")]
exports! {
    impl RawChecker {
        "Checks one JSON `ProcedureDocument` as of `asOf`: JSON `Report`."
        fn checkDocumentJson(document: &str, as_of: Option<String>) =
            |c, l| ops::check_document(c, document, self::as_of(&as_of)?, l);
        "Checks a procedure read from the bytes of a Word file as of"
        "`asOf`: JSON `Report`."
        #[cfg(feature = "docx")]
        fn checkDocxJson(bytes: &[u8], as_of: Option<String>) =
            |c, l| ops::check_docx(c, bytes, self::as_of(&as_of)?, l);
        "Checks a document read from a Word file by another module's"
        "`importDocxForCheckJson`: the same JSON `Report` as `checkDocxJson`."
        fn checkImportedJson(document: &str, as_of: Option<String>) =
            |c, l| ops::check_imported(c, document, self::as_of(&as_of)?, l);
        "Checks one JSON `Register` as of `asOf`: JSON `Report`."
        fn checkRegisterJson(register: &str, as_of: Option<String>) =
            |c, l| ops::check_register(c, register, self::as_of(&as_of)?, l);
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
}

#[cfg(feature = "calendar")]
exports! {
    impl RawCalendar {
        "Answers a JSON `CalendarQuery`: JSON `CalendarAnswer`."
        fn queryJson(query: &str) = |c, l| ops::calendar_query(c, query, l);
        "Answers a JSON array of `CalendarQuery` in one call: JSON array"
        "of `BatchAnswer`, in order, a refused question as its error in place."
        fn queryBatchJson(queries: &str) = |c, l| ops::calendar_batch(c, queries, l);
        "Tracks a JSON `DossierBatch`: JSON `DossierReport`."
        fn trackDossiersJson(batch: &str) = |c, l| ops::track_dossiers(c, batch, l);
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
