//! C ABI of the iso9001 library (filled in by the bindings work).
#![allow(unsafe_code)]

/// The library version as a static NUL-terminated string.
#[no_mangle]
pub extern "C" fn iso9001_version() -> *const core::ffi::c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
