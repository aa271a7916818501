//! # iso9001
//!
//! The rules of an ISO 9001 quality management system (hệ thống quản lý
//! chất lượng, HTQLCL) as applied by Vietnamese state agencies under
//! Decision 19/2014/QĐ-TTg, as a pure library: no I/O, no clock, no global
//! state. "Today" is always an input.
//!
//! Capabilities, one module each:
//! - [`catalogue`]: the clause trees of ISO 9001:2015 (with Amd 1:2024),
//!   2008 and 2000, documented information, correlation between editions.
//! - [`documents`]: document control of procedures and registers, with a
//!   rule catalogue and agency policies.
//! - [`audit`]: internal audit programmes, checklist scoring (XCCDF 1.2
//!   models, conformity, maturity), corrective actions, agency compliance.
//! - [`calendar`]: the Vietnamese lunar calendar, public holidays,
//!   working days and hours, TTHC appointment dates, dossier tracking.
//!
//! Shared pieces:
//! - [`rules`]: what every check returns: typed violations ([`rules::Violation`]),
//!   findings and the one [`rules::Report`] type; messages are rendered in a
//!   language only at the edge ([`rules::Localize`]).
//! - [`ops`]: the table of operations every surface calls (JSON text in,
//!   JSON text out, the language last); the C library (`ffi/`), the wasm
//!   module (`wasm/`) and the CLI (`cli/`) are thin layers over it.
//! - [`interchange`]: JSON in and out, identical on every surface;
//!   [`dates`] reads its `YYYY-MM-DD` dates.
//! - [`text`]: bilingual text, dates and numbers in messages, and the
//!   diacritic-insensitive folding used by search.
//! - [`Error`]: the one error type, with a stable code and the field at
//!   fault.
//!
//! Where to find things: a rule's message and ID in the `rules.rs` of its
//! capability (`documents/rules.rs`, `audit/rules.rs`), its check next to
//! it (`documents/check.rs`, `documents/register.rs`, `audit/programme.rs`,
//! `audit/nc.rs`, `audit/qms.rs`); a scoring model in `audit/scoring/`,
//! one file each; shipped data (holiday schedules) in `core/data/`.
//!
//! ```
//! use iso9001::{catalogue, Lang};
//! let m = catalogue::map("8.5.3", "2008", "2015", Lang::Vi).unwrap();
//! assert_eq!(m.targets.len(), 2);
//! ```
#![forbid(unsafe_code)]

pub mod audit;
pub mod calendar;
pub mod catalogue;
pub mod dates;
pub mod documents;
#[cfg(feature = "docx")]
pub mod docx;
mod duration;
mod error;
pub mod html;
pub mod interchange;
pub mod limits;
pub mod ops;
pub mod rules;
pub mod text;

pub use duration::{Duration, DurationUnit};
pub use error::{Error, ErrorInfo, InputProblem, PatternFault, Result};
pub use text::{Lang, Text};

/// The library version (`CARGO_PKG_VERSION`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's Rust examples, compiled and run as doc tests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
