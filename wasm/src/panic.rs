//! Panics in the module. The wasm build aborts on panic (no unwinding in
//! wasm32 without exception handling), which leaves the instance in an
//! undefined state. So a panic hook records the message, and every later
//! call refuses to run with a clear `poisoned` error instead of computing
//! on a broken instance; the JS wrapper turns the trap into an
//! `Iso9001Error` with code `panic` and tells the caller to re-initialise.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};

use wasm_bindgen::prelude::*;

static POISONED: AtomicBool = AtomicBool::new(false);
static MESSAGE: Mutex<String> = Mutex::new(String::new());
static HOOK: Once = Once::new();

/// Installs the hook once and refuses to run on a poisoned instance.
pub(crate) fn guard() -> Result<(), JsValue> {
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            POISONED.store(true, Ordering::SeqCst);
            if let Ok(mut m) = MESSAGE.lock() {
                *m = info.to_string();
            }
        }));
    });
    if POISONED.load(Ordering::SeqCst) {
        let err = js_sys::Error::new(
            "iso9001: the module hit an internal error earlier and must be re-initialised \
             (Mô-đun đã gặp lỗi nội bộ và cần được khởi tạo lại)",
        );
        err.set_name("Iso9001Error");
        let _ = js_sys::Reflect::set(err.as_ref(), &"code".into(), &"poisoned".into());
        return Err(err.into());
    }
    Ok(())
}

/// The message of the panic that poisoned the instance, if any.
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> Option<String> {
    if !POISONED.load(Ordering::SeqCst) {
        return None;
    }
    MESSAGE.lock().ok().map(|m| m.clone())
}
