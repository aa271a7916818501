//! WebAssembly module of the iso9001 library.
//!
//! The raw exports take strings and return JSON text made by the same
//! serialiser as every other surface (so answers are byte-identical to the
//! C library and the CLI). The npm package in `bindings/js/` wraps them
//! into typed functions that return plain objects. Errors are thrown as JS
//! `Error` objects with a stable `code`, the message and the `field`.

use iso9001::catalogue::{self, SearchOptions, TransitionRequest};
use iso9001::interchange::{from_json, to_json, InputLimits};
use iso9001::{Error, Lang};
use wasm_bindgen::prelude::*;

mod panic;

/// Parses the optional language argument (`"vi"` when absent).
fn lang_of(lang: Option<String>) -> Result<Lang, JsValue> {
    match lang {
        None => Ok(Lang::Vi),
        Some(s) => s.parse::<Lang>().map_err(|e| to_js_error(&e, Lang::Vi)),
    }
}

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

/// Runs `f` in the language given and turns its answer into JSON text.
fn answer<T: serde::Serialize>(
    lang: Option<String>,
    f: impl FnOnce(Lang) -> Result<T, Error>,
) -> Result<String, JsValue> {
    panic::guard()?;
    let lang = lang_of(lang)?;
    f(lang).and_then(|v| to_json(&v)).map_err(|e| to_js_error(&e, lang))
}

/// The library version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    iso9001::VERSION.to_owned()
}

/// Editions in the catalogue: JSON array of `EditionView`.
#[wasm_bindgen(js_name = editionsJson)]
pub fn editions_json(lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| Ok(catalogue::edition_views(l)))
}

/// One clause: JSON `ClauseView`. `edition` defaults to the current one.
#[wasm_bindgen(js_name = clauseJson)]
pub fn clause_json(
    number: &str,
    edition: Option<String>,
    lang: Option<String>,
) -> Result<String, JsValue> {
    answer(lang, |l| {
        let e = edition.as_deref().unwrap_or(catalogue::current_edition().id);
        catalogue::clause_view(e, number, l)
    })
}

/// Search: JSON array of `SearchHit`. `options` is JSON `SearchOptions`.
#[wasm_bindgen(js_name = searchJson)]
pub fn search_json(
    query: &str,
    options: Option<String>,
    lang: Option<String>,
) -> Result<String, JsValue> {
    answer(lang, |l| {
        let opts: SearchOptions = match options.as_deref() {
            Some(text) => from_json(text, InputLimits::default())?,
            None => SearchOptions::default(),
        };
        catalogue::search(query, &opts, l)
    })
}

/// Maps a clause between editions: JSON `Mapping`.
#[wasm_bindgen(js_name = mapJson)]
pub fn map_json(
    number: &str,
    from: &str,
    to: &str,
    lang: Option<String>,
) -> Result<String, JsValue> {
    answer(lang, |l| catalogue::map(number, from, to, l))
}

/// The clause tree: JSON array of `TreeEntry`.
#[wasm_bindgen(js_name = treeJson)]
pub fn tree_json(edition: Option<String>, lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| {
        catalogue::tree(edition.as_deref().unwrap_or(catalogue::current_edition().id), l)
    })
}

/// Transition helper: `request` is JSON `TransitionRequest`; returns JSON
/// `Transition`.
#[wasm_bindgen(js_name = transitionJson)]
pub fn transition_json(request: &str, lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| from_json::<TransitionRequest>(request, InputLimits::default())?.run(l))
}

/// Rules of document control: JSON array of `RuleView`.
#[wasm_bindgen(js_name = rulesJson)]
pub fn rules_json(lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| Ok(iso9001::documents::rule_views(l)))
}

/// Checks a Vietnamese document number: JSON `NumberCheck`.
#[wasm_bindgen(js_name = documentNumberJson)]
pub fn document_number_json(number: &str, lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| Ok(iso9001::documents::check_document_number(number, l)))
}

/// An agency's document-control policy compiled once; checks documents
/// and registers given as JSON text and returns JSON `Report`s.
#[wasm_bindgen(js_name = RawChecker)]
pub struct RawChecker {
    inner: iso9001::documents::Checker,
}

#[wasm_bindgen(js_class = RawChecker)]
impl RawChecker {
    /// Compiles a JSON `Policy`; errors name the policy field.
    #[wasm_bindgen(constructor)]
    pub fn new(policy: &str, lang: Option<String>) -> Result<RawChecker, JsValue> {
        panic::guard()?;
        let l = lang_of(lang)?;
        iso9001::documents::Checker::from_policy_json(policy)
            .map(|inner| RawChecker { inner })
            .map_err(|e| to_js_error(&e, l))
    }

    /// Checks one JSON `ProcedureDocument`: JSON `Report`.
    #[wasm_bindgen(js_name = checkDocumentJson)]
    pub fn check_document_json(
        &self,
        document: &str,
        lang: Option<String>,
    ) -> Result<String, JsValue> {
        answer(lang, |l| self.inner.check_document_json(document, l))
    }

    /// Checks one JSON `Register`: JSON `Report`.
    #[wasm_bindgen(js_name = checkRegisterJson)]
    pub fn check_register_json(
        &self,
        register: &str,
        lang: Option<String>,
    ) -> Result<String, JsValue> {
        answer(lang, |l| self.inner.check_register_json(register, l))
    }
}

/// A working calendar built once from a JSON `CalendarConfig`.
#[wasm_bindgen(js_name = RawCalendar)]
pub struct RawCalendar {
    inner: iso9001::calendar::WorkCalendar,
}

#[wasm_bindgen(js_class = RawCalendar)]
impl RawCalendar {
    /// Builds the calendar (`config` may be absent: the defaults).
    #[wasm_bindgen(constructor)]
    pub fn new(config: Option<String>, lang: Option<String>) -> Result<RawCalendar, JsValue> {
        panic::guard()?;
        let l = lang_of(lang)?;
        let build = || -> Result<_, Error> {
            let config = match config.as_deref() {
                Some(text) => from_json(text, InputLimits::default())?,
                None => iso9001::calendar::CalendarConfig::default(),
            };
            iso9001::calendar::WorkCalendar::new(config)
        };
        build().map(|inner| RawCalendar { inner }).map_err(|e| to_js_error(&e, l))
    }

    /// Answers a JSON `CalendarQuery`: JSON `CalendarAnswer`.
    #[wasm_bindgen(js_name = queryJson)]
    pub fn query_json(&self, query: &str, lang: Option<String>) -> Result<String, JsValue> {
        answer(lang, |l| {
            let q = iso9001::calendar::CalendarQuery::from_json(query)?;
            self.inner.query(&q, l)
        })
    }

    /// Tracks a JSON `DossierBatch`: JSON `DossierReport`.
    #[wasm_bindgen(js_name = trackDossiersJson)]
    pub fn track_dossiers_json(
        &self,
        batch: &str,
        lang: Option<String>,
    ) -> Result<String, JsValue> {
        answer(lang, |l| {
            let b: iso9001::calendar::DossierBatch = from_json(batch, InputLimits::default())?;
            Ok(self.inner.track_batch(&b, l))
        })
    }
}

/// Audit: JSON `AuditRequest` → JSON `AuditReport`.
#[wasm_bindgen(js_name = auditJson)]
pub fn audit_json(request: &str, lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| {
        from_json::<iso9001::audit::AuditRequest>(request, InputLimits::default())?.run(l)
    })
}

/// Agency compliance: JSON `QmsRequest` → JSON `QmsReport`.
#[wasm_bindgen(js_name = qmsJson)]
pub fn qms_json(request: &str, lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| {
        let r: iso9001::audit::QmsRequest = from_json(request, InputLimits::default())?;
        iso9001::audit::check_qms(&r, l)
    })
}

/// Audit rules: JSON array of `RuleView`.
#[wasm_bindgen(js_name = auditRulesJson)]
pub fn audit_rules_json(lang: Option<String>) -> Result<String, JsValue> {
    answer(lang, |l| Ok(iso9001::audit::rule_views(l)))
}
