//! The panic and error boundary shared by every exported function, the
//! argument readers, the registry of live handles and the last error.

use core::ffi::c_char;
use std::cell::RefCell;
use std::ffi::CString;
use std::panic::{catch_unwind, AssertUnwindSafe};

use iso9001::{interchange, Error, ErrorInfo, InputProblem, Lang};

use crate::iso9001_status::{self, *};

/// Why a call failed.
pub(crate) enum Failure {
    /// A required pointer argument was NULL (named).
    Null(&'static str),
    /// A handle argument is not a live handle of its kind (freed, foreign).
    Handle(&'static str),
    /// The core refused the input or the request.
    Core(Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Core(e)
    }
}

thread_local! {
    /// The last failure on this thread.
    static LAST_ERROR: RefCell<Option<ErrorInfo>> = const { RefCell::new(None) };
    /// Set while this thread runs inside the boundary: a panic there is
    /// caught and reported through the last error, so it prints nothing.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs, once, a panic hook that stays silent inside the boundary and
/// defers to the host's (or the default) hook everywhere else: a caught
/// panic must not write to the host's stderr.
fn quiet_panics() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
}

fn record(info: ErrorInfo) {
    LAST_ERROR.with(|slot| *slot.borrow_mut() = Some(info));
}

impl Failure {
    /// The status of the failure and the error recorded for it, in `lang`.
    fn report(self, lang: Lang) -> (iso9001_status, ErrorInfo) {
        let (status, error, code) = match self {
            Failure::Null(name) => {
                let e = Error::invalid(name, InputProblem::Missing);
                (ISO9001_ERR_NULL_ARGUMENT, e, Some("null_argument"))
            }
            Failure::Handle(name) => {
                let what = iso9001::Text::new(
                    "một đối tượng còn hiệu lực do thư viện tạo (chưa giải phóng)",
                    "a live handle made by the library (not freed)",
                );
                let problem = InputProblem::Expected { what, value: name.to_owned() };
                (ISO9001_ERR_INVALID_HANDLE, Error::invalid(name, problem), Some("invalid_handle"))
            }
            Failure::Core(e) => (status_of(&e), e, None),
        };
        let mut info = error.info(lang);
        info.code = code.unwrap_or(info.code);
        (status, info)
    }
}

/// The status a core error maps to. Exhaustive on purpose: a new error
/// variant does not compile until it has its own status.
fn status_of(e: &Error) -> iso9001_status {
    match e {
        Error::UnknownEdition { .. } => ISO9001_ERR_UNKNOWN_EDITION,
        Error::InvalidClauseNumber { .. } => ISO9001_ERR_INVALID_CLAUSE_NUMBER,
        Error::UnknownClause { .. } => ISO9001_ERR_UNKNOWN_CLAUSE,
        Error::NoCorrelation { .. } => ISO9001_ERR_NO_CORRELATION,
        Error::UnknownLanguage { .. } => ISO9001_ERR_UNKNOWN_LANGUAGE,
        Error::InvalidInput { problem: InputProblem::InvalidUtf8 { .. }, .. } => {
            ISO9001_ERR_INVALID_UTF8
        }
        Error::InvalidInput { .. } => ISO9001_ERR_INVALID_INPUT,
    }
}

/// Runs `body` behind the panic boundary and writes its JSON answer to
/// `out` on success only.
pub(crate) fn boundary<F>(
    out: *mut *mut c_char, out_name: &'static str, lang: u32, body: F,
) -> iso9001_status
where
    F: FnOnce(Lang) -> Result<String, Failure>,
{
    boundary_out(out, out_name, lang, |l| {
        // JSON and HTML have no NUL, so `CString::new` cannot fail on them.
        CString::new(body(l)?).map(CString::into_raw).map_err(|_| Failure::Null(out_name))
    })
}

/// Runs `body` behind the panic boundary and writes its value to `out` on
/// success only: the boundary of every exported function ([`boundary`]
/// for JSON answers, this for handles).
///
/// `lang` is checked first (messages of a bad `lang` are in Vietnamese, the
/// library's default); every failure is recorded for
/// `iso9001_last_error_message` in the language of the call.
pub(crate) fn boundary_out<T, F>(
    out: *mut T, out_name: &'static str, lang: u32, body: F,
) -> iso9001_status
where
    F: FnOnce(Lang) -> Result<T, Failure>,
{
    let run = || -> Result<T, (iso9001_status, ErrorInfo)> {
        let lang = match lang {
            0 => Lang::Vi,
            1 => Lang::En,
            other => {
                let e = Error::UnknownLanguage { input: other.to_string() };
                return Err((ISO9001_ERR_UNKNOWN_LANGUAGE, e.info(Lang::Vi)));
            }
        };
        let result = if out.is_null() { Err(Failure::Null(out_name)) } else { body(lang) };
        result.map_err(|f| f.report(lang))
    };
    quiet_panics();
    QUIET.with(|q| q.set(true));
    let outcome = catch_unwind(AssertUnwindSafe(run));
    QUIET.with(|q| q.set(false));
    match outcome {
        Ok(Ok(value)) => {
            // SAFETY: `out` was checked non-NULL inside `run`, and the caller
            // guarantees it points to writable storage for one `T`.
            unsafe { out.write(value) };
            ISO9001_OK
        }
        Ok(Err((status, info))) => {
            record(info);
            status
        }
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            record(ErrorInfo {
                code: "panic",
                message: format!("internal error in iso9001 (please report): {what}"),
                field: None,
            });
            ISO9001_ERR_PANIC
        }
    }
}

/// Reads a required UTF-8 argument given as pointer + length.
pub(crate) fn str_arg<'a>(
    ptr: *const u8, len: usize, name: &'static str,
) -> Result<&'a str, Failure> {
    opt_str_arg(ptr, len, name)?.ok_or(Failure::Null(name))
}

/// Reads an optional byte argument (a file's content) given as pointer +
/// length: NULL means "not given".
pub(crate) fn opt_bytes_arg<'a>(
    ptr: *const u8, len: usize, name: &'static str,
) -> Result<Option<&'a [u8]>, Failure> {
    if ptr.is_null() {
        return Ok(None);
    }
    if len > isize::MAX as usize {
        let problem = InputProblem::TooLarge { size: len, limit: isize::MAX as usize };
        return Err(Failure::Core(Error::invalid(name, problem)));
    }
    // SAFETY: `ptr` is non-NULL and the caller guarantees it points to `len`
    // readable bytes that stay unchanged for the duration of the call; `len`
    // is at most isize::MAX (checked above).
    Ok(Some(unsafe { core::slice::from_raw_parts(ptr, len) }))
}

/// Reads an optional UTF-8 argument: NULL means "not given".
pub(crate) fn opt_str_arg<'a>(
    ptr: *const u8, len: usize, name: &'static str,
) -> Result<Option<&'a str>, Failure> {
    let Some(bytes) = opt_bytes_arg(ptr, len, name)? else { return Ok(None) };
    core::str::from_utf8(bytes).map(Some).map_err(|e| {
        Failure::Core(Error::invalid(name, InputProblem::InvalidUtf8 { offset: e.valid_up_to() }))
    })
}

/// Reads a handle argument (a pointer to one of the library's opaque
/// types); NULL is an error naming it. The generic helper of every handle,
/// like rustls-ffi's `Castable`.
pub(crate) fn handle<'a, T: 'static>(ptr: *const T, name: &'static str) -> Result<&'a T, Failure> {
    if ptr.is_null() {
        return Err(Failure::Null(name));
    }
    // A freed, foreign or wrong-kind pointer is refused before it is read.
    if !is_live::<T>(ptr as usize) {
        return Err(Failure::Handle(name));
    }
    // SAFETY: non-NULL and registered as a live handle of type `T` made by
    // `new_handle` and not yet freed; handles are immutable, so shared
    // references from several threads are sound.
    Ok(unsafe { &*ptr })
}

/// The live handles: address and type. A use after free, a double free or
/// a pointer that is not a handle of the right kind is detected here
/// without reading the memory it points to (so valgrind stays clean).
static LIVE: std::sync::Mutex<Vec<(usize, core::any::TypeId)>> = std::sync::Mutex::new(Vec::new());

fn live() -> std::sync::MutexGuard<'static, Vec<(usize, core::any::TypeId)>> {
    // The list holds plain data: a poisoned lock still has a valid list.
    LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn is_live<T: 'static>(addr: usize) -> bool {
    live().contains(&(addr, core::any::TypeId::of::<T>()))
}

/// Moves a value into a new handle, owned by the caller until freed with
/// [`free_handle`].
pub(crate) fn new_handle<T: 'static>(value: T) -> *mut T {
    let ptr = Box::into_raw(Box::new(value));
    live().push((ptr as usize, core::any::TypeId::of::<T>()));
    ptr
}

/// Frees a handle made by [`new_handle`]. NULL, a handle already freed or
/// a pointer that is not a live handle of this kind is ignored: freeing
/// twice does not crash the host.
pub(crate) fn free_handle<T: 'static>(ptr: *mut T) {
    let key = (ptr as usize, core::any::TypeId::of::<T>());
    let found = {
        let mut list = live();
        list.iter().position(|k| *k == key).map(|i| list.swap_remove(i))
    };
    if found.is_some() {
        // SAFETY: the pointer was registered by `new_handle`
        // (`Box::into_raw`) and is unregistered now, so it is freed once.
        drop(unsafe { Box::from_raw(ptr) });
    }
}

/// Frees a string made by [`boundary`] or the last-error functions.
pub(crate) fn free_string(s: *mut c_char) {
    if s.is_null() {
        return;
    }
    // SAFETY: the caller passes a pointer this library returned through
    // `CString::into_raw` and never uses it again; it is freed once.
    drop(unsafe { CString::from_raw(s) });
}

/// The last error of this thread seen through `f`, as a string the caller
/// frees with `iso9001_string_free`, or NULL when nothing failed.
fn last_error_string(f: impl FnOnce(&ErrorInfo) -> String) -> *mut c_char {
    catch_unwind(AssertUnwindSafe(|| {
        let text = LAST_ERROR.with(|slot| slot.borrow().as_ref().map(f));
        text.and_then(|t| CString::new(t).ok()).map_or(core::ptr::null_mut(), CString::into_raw)
    }))
    .unwrap_or(core::ptr::null_mut())
}

/// The message of the last failed call on this thread, in the language of
/// that call (to free with `iso9001_string_free`), or NULL when no call has
/// failed on this thread.
#[no_mangle]
pub extern "C" fn iso9001_last_error_message() -> *mut c_char {
    last_error_string(|e| e.message.clone())
}

/// The last failure on this thread as JSON `{"code": "...", "message":
/// "...", "field": ...}` (the same object the wasm module throws; to free
/// with `iso9001_string_free`), or NULL when no call has failed on this
/// thread.
#[no_mangle]
pub extern "C" fn iso9001_last_error_json() -> *mut c_char {
    last_error_string(|e| interchange::to_json(e).unwrap_or_default())
}

/// The stable code of the last failure on this thread (e.g.
/// `"unknown_clause"`; to free with `iso9001_string_free`), or NULL when no
/// call has failed on this thread.
#[no_mangle]
pub extern "C" fn iso9001_last_error_code() -> *mut c_char {
    last_error_string(|e| e.code.to_owned())
}

/// The name of a status value, e.g. `"ISO9001_ERR_UNKNOWN_CLAUSE"`, for
/// logs: a static string that must not be freed. Unknown values give
/// `"ISO9001_UNKNOWN_STATUS"`.
#[no_mangle]
pub extern "C" fn iso9001_status_name(status: u32) -> *const c_char {
    crate::status_name(status).as_ptr()
}
