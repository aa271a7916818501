//! C ABI of the iso9001 library. Conventions: see `ffi/README.md`.
//!
//! [`exports`] is the table of JSON functions, [`handles`] the checker and
//! calendar, [`boundary`] what every call goes through (argument checks,
//! the panic boundary, out-parameters written only on success, the last
//! error). This is the only crate with `unsafe` code; each block says why.
#![allow(unsafe_code)]
#![allow(non_camel_case_types)]
// The C ABI cannot mark functions `unsafe`: their pointer contracts are
// documented in the header, checked for NULL, and each dereference has a
// SAFETY comment.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

mod boundary;
mod exports;
mod handles;

use core::ffi::c_char;

pub use boundary::{
    iso9001_last_error_code, iso9001_last_error_json, iso9001_last_error_message,
    iso9001_status_name,
};
pub use exports::*;
pub use handles::*;

/// Major version of the library (matches `iso9001_version()`).
pub const ISO9001_VERSION_MAJOR: u32 = 0;
/// Minor version of the library.
pub const ISO9001_VERSION_MINOR: u32 = 1;
/// Patch version of the library.
pub const ISO9001_VERSION_PATCH: u32 = 0;

/// Language of the messages and titles a call returns.
///
/// Pass these values as the `lang` argument (a `uint32_t`).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum iso9001_lang {
    /// Tiếng Việt (the default of the library).
    ISO9001_LANG_VI = 0,
    /// English.
    ISO9001_LANG_EN = 1,
}

/// Declares the status enum and the name of each value for logs.
macro_rules! statuses {
    ($(#[$attr:meta])* pub enum $ty:ident { $($(#[$doc:meta])* $name:ident = $value:literal,)* }) => {
        $(#[$attr])*
        #[repr(u32)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $ty { $($(#[$doc])* $name = $value,)* }

        fn status_name(status: u32) -> &'static core::ffi::CStr {
            let name = match status {
                $($value => concat!(stringify!($name), "\0"),)*
                _ => "ISO9001_UNKNOWN_STATUS\0",
            };
            core::ffi::CStr::from_bytes_with_nul(name.as_bytes()).unwrap_or(c"ISO9001_UNKNOWN_STATUS")
        }
    };
}

statuses! {
    /// Result of every fallible call. Numbers are stable and never reused.
    pub enum iso9001_status {
        /// Success: the out-parameters are written.
        ISO9001_OK = 0,
        /// A required pointer argument is NULL.
        ISO9001_ERR_NULL_ARGUMENT = 1,
        /// A string argument is not valid UTF-8.
        ISO9001_ERR_INVALID_UTF8 = 2,
        /// The `lang` argument is not an `iso9001_lang` value.
        ISO9001_ERR_UNKNOWN_LANGUAGE = 3,
        /// A JSON argument is malformed, has a field of the wrong type, an
        /// unknown or a missing field, or is too large.
        ISO9001_ERR_INVALID_INPUT = 4,
        /// A handle argument is not a live handle of its kind: already freed,
        /// or not made by this library.
        ISO9001_ERR_INVALID_HANDLE = 5,
        /// The edition is not in the catalogue.
        ISO9001_ERR_UNKNOWN_EDITION = 10,
        /// The text is not a clause number such as `7.5.3`.
        ISO9001_ERR_INVALID_CLAUSE_NUMBER = 11,
        /// The clause does not exist in the edition.
        ISO9001_ERR_UNKNOWN_CLAUSE = 12,
        /// No correlation table links the two editions.
        ISO9001_ERR_NO_CORRELATION = 13,
        /// A bug in the library was caught at the boundary (please report it).
        ISO9001_ERR_PANIC = 100,
    }
}

/// The library version, e.g. `"0.1.0"`: a static NUL-terminated string
/// that must not be freed.
#[no_mangle]
pub extern "C" fn iso9001_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Frees a string returned by the library. NULL is accepted and ignored.
///
/// @param s a string from an `out_json` parameter of this library, or NULL.
#[no_mangle]
pub extern "C" fn iso9001_string_free(s: *mut c_char) {
    boundary::free_string(s);
}

#[cfg(test)]
mod tests;
