//! Rust-side tests of the boundary; the C tests in `tests/c/` exercise the
//! same functions from C.

use super::*;
use crate::boundary::{boundary, free_string, Failure};
use core::ffi::CStr;
use core::ptr;
use iso9001::catalogue;

fn take(s: *mut c_char) -> String {
    assert!(!s.is_null());
    // SAFETY: `s` came from this library and is freed right after.
    let text = unsafe { CStr::from_ptr(s) }.to_str().unwrap().to_owned();
    iso9001_string_free(s);
    text
}

/// Runs `body` behind the boundary in English and drops its answer.
fn run_for_test<F>(body: F) -> iso9001_status
where
    F: FnOnce(iso9001::Lang) -> Result<String, Failure>,
{
    let mut out: *mut c_char = core::ptr::null_mut();
    let status = boundary(&mut out, "out_json", 1, body);
    free_string(out);
    status
}

#[test]
fn a_panic_becomes_a_status_and_a_message() {
    // Caught inside the boundary: nothing is printed to the host's
    // stderr (the quiet hook), the message is the last error.
    let status = run_for_test(|_| panic!("boom"));
    assert_eq!(status, iso9001_status::ISO9001_ERR_PANIC);
    let msg = take(iso9001_last_error_message());
    assert!(msg.contains("boom"), "{msg}");
    assert_eq!(take(iso9001_last_error_code()), "panic");
    // The library still works after a caught panic.
    assert_eq!(run_for_test(|_| Ok("1".into())), iso9001_status::ISO9001_OK);
}

#[test]
fn clause_success_writes_the_same_json_as_the_core() {
    let mut out = ptr::null_mut();
    let n = "7.1.6";
    let status = iso9001_clause(ptr::null(), 0, n.as_ptr(), n.len(), 0, &mut out);
    assert_eq!(status, iso9001_status::ISO9001_OK);
    let expected = iso9001::interchange::to_json(
        &catalogue::clause_view("2015", "7.1.6", iso9001::Lang::Vi).unwrap(),
    )
    .unwrap();
    assert_eq!(take(out), expected);
}

#[test]
fn errors_leave_out_untouched_and_are_recorded() {
    let sentinel = ptr::dangling_mut::<c_char>();
    let mut out = sentinel;
    let n = "11.9";
    let status = iso9001_clause(ptr::null(), 0, n.as_ptr(), n.len(), 1, &mut out);
    assert_eq!(status, iso9001_status::ISO9001_ERR_UNKNOWN_CLAUSE);
    assert_eq!(out, sentinel, "out-parameter written only on success");
    assert_eq!(take(iso9001_last_error_message()), "clause 11.9 does not exist in ISO 9001:2015");
    let json = take(iso9001_last_error_json());
    assert_eq!(
        json,
        r#"{"code":"unknown_clause","message":"clause 11.9 does not exist in ISO 9001:2015","field":null}"#
    );
}

#[test]
fn null_utf8_and_language_have_their_own_statuses() {
    let mut out = ptr::null_mut();
    let s = iso9001_clause(ptr::null(), 0, ptr::null(), 0, 0, &mut out);
    assert_eq!(s, iso9001_status::ISO9001_ERR_NULL_ARGUMENT);
    assert!(take(iso9001_last_error_message()).contains("“number”"));
    assert_eq!(
        take(iso9001_last_error_code()),
        "null_argument",
        "the code says what the status says"
    );
    let n = "7";
    let s = iso9001_clause(ptr::null(), 0, n.as_ptr(), 1, 0, ptr::null_mut());
    assert_eq!(s, iso9001_status::ISO9001_ERR_NULL_ARGUMENT);
    let bad = [b'7', 0xff, b'1'];
    let s = iso9001_clause(ptr::null(), 0, bad.as_ptr(), bad.len(), 1, &mut out);
    assert_eq!(s, iso9001_status::ISO9001_ERR_INVALID_UTF8);
    assert!(take(iso9001_last_error_message()).contains("at byte 1"));
    let s = iso9001_clause(ptr::null(), 0, n.as_ptr(), 1, 7, &mut out);
    assert_eq!(s, iso9001_status::ISO9001_ERR_UNKNOWN_LANGUAGE);
    assert!(out.is_null());
}

#[test]
fn status_names_and_version() {
    // SAFETY: static NUL-terminated strings.
    let name = unsafe { CStr::from_ptr(iso9001_status_name(12)) };
    assert_eq!(name.to_str().unwrap(), "ISO9001_ERR_UNKNOWN_CLAUSE");
    let v = unsafe { CStr::from_ptr(iso9001_version()) };
    assert_eq!(v.to_str().unwrap(), iso9001::VERSION);
    let parts: Vec<u32> = iso9001::VERSION.split('.').map(|p| p.parse().unwrap()).collect();
    assert_eq!(parts, [ISO9001_VERSION_MAJOR, ISO9001_VERSION_MINOR, ISO9001_VERSION_PATCH]);
    iso9001_string_free(ptr::null_mut());
}

#[test]
fn header_version_string_matches_the_crate() {
    let header = include_str!("../../bindings/c/iso9001.h");
    let want = format!("#define ISO9001_VERSION_STRING \"{}\"", iso9001::VERSION);
    assert!(header.contains(&want), "update after_includes in ffi/cbindgen.toml to {want}");
}

#[test]
fn every_status_has_its_name() {
    use iso9001_status::*;
    for s in [ISO9001_OK, ISO9001_ERR_INVALID_HANDLE, ISO9001_ERR_NO_CORRELATION, ISO9001_ERR_PANIC]
    {
        assert_eq!(status_name(s as u32).to_str().unwrap(), format!("{s:?}"));
    }
    let named = (0..=200).filter(|&v| status_name(v) != c"ISO9001_UNKNOWN_STATUS").count();
    assert_eq!(named, 11, "one name per status, none for other numbers");
}
