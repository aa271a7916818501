//! Every size limit in one place, with its ceiling: what a call accepts
//! before it refuses the input with an error naming the field, so that
//! absurd or hostile input costs an error, not the host's memory. The
//! README's limits table is this file told in prose.

use crate::{Error, InputProblem, Result};

/// Largest JSON input of one call, by default (64 MiB).
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;
/// A policy can raise the input limit up to this (1 GiB: a register of a million documents streams through it), no further.
pub const CEILING_MAX_BYTES: usize = 1024 * 1024 * 1024;
/// Deepest JSON nesting accepted (the parser's own limit, fixed).
pub const MAX_JSON_DEPTH: usize = 128;
/// Most steps in one procedure, by default.
pub const DEFAULT_MAX_STEPS: usize = 1_000;
/// A policy can raise the step limit up to this, no further.
pub const CEILING_MAX_STEPS: usize = 10_000;
/// Most documents in one register, by default and at most.
pub const CEILING_MAX_DOCUMENTS: usize = 1_000_000;
/// Most checklist items, nonconformities, audits, units or auditors in one
/// audit request, and objectives or TTHC in one agency check (fixed).
pub const MAX_RECORDS: usize = 100_000;
/// Most dossiers in one batch (fixed).
pub const MAX_DOSSIERS: usize = 1_000_000;
/// Most questions in one calendar batch (fixed).
pub const MAX_QUERIES: usize = 100_000;
/// Most events or steps of one dossier (fixed).
pub const MAX_EVENTS: usize = 10_000;
/// A value the caller wrote is echoed in a message up to this many
/// characters, then cut with "…" (a 10 MB code is not repeated in every
/// finding).
pub const ECHO_CHARS: usize = 200;
/// A Word file's parts may inflate to at most this many bytes in all (a
/// zip bomb is refused, not inflated).
pub const DEFAULT_MAX_INFLATED: usize = 64 * 1024 * 1024;

/// Refuses a list longer than `max` at `field` (a JSON pointer).
pub(crate) fn count(field: &str, len: usize, max: usize) -> Result<()> {
    if len <= max {
        return Ok(());
    }
    Err(Error::invalid(field, InputProblem::TooMany { count: len, limit: max }))
}

/// Refuses a configured limit above its ceiling (or zero) at `field`.
pub(crate) fn ceiling(field: &str, value: usize, ceiling: usize) -> Result<()> {
    if value >= 1 && value <= ceiling {
        return Ok(());
    }
    let (value, min, max) = (value.to_string(), "1".to_owned(), ceiling.to_string());
    Err(Error::invalid(field, InputProblem::OutOfRange { value, min, max }))
}

/// A value echoed in a message, cut after [`ECHO_CHARS`] characters. The
/// message templates format every field through it; `{x:#}` (the English
/// form of a bilingual value) passes through.
pub struct Echo<'a, T: ?Sized>(pub &'a T);

impl<T: core::fmt::Display + ?Sized> core::fmt::Display for Echo<'_, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        struct Cut<'a, 'b> {
            out: &'a mut core::fmt::Formatter<'b>,
            left: usize,
            cut: bool,
        }
        impl core::fmt::Write for Cut<'_, '_> {
            fn write_str(&mut self, s: &str) -> core::fmt::Result {
                if self.cut {
                    return Ok(());
                }
                match s.char_indices().nth(self.left) {
                    None => {
                        self.left -= s.chars().count();
                        self.out.write_str(s)
                    }
                    Some((at, _)) => {
                        self.cut = true;
                        self.out.write_str(&s[..at])
                    }
                }
            }
        }
        let english = f.alternate();
        let mut w = Cut { out: f, left: ECHO_CHARS, cut: false };
        if english {
            core::fmt::write(&mut w, format_args!("{:#}", self.0))?;
        } else {
            core::fmt::write(&mut w, format_args!("{}", self.0))?;
        }
        if w.cut {
            w.out.write_str("…")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_values_are_cut_with_an_ellipsis() {
        let long = "x".repeat(ECHO_CHARS + 50);
        let shown = Echo(&long).to_string();
        assert_eq!(shown.chars().count(), ECHO_CHARS + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(Echo("ngắn").to_string(), "ngắn");
        let t = crate::Text::new("tiếng Việt", "English");
        assert_eq!(format!("{:#}", Echo(&t)), "English");
    }

    #[test]
    fn limits_refuse_above_their_ceiling() {
        assert!(ceiling("/limits/maxSteps", CEILING_MAX_STEPS, CEILING_MAX_STEPS).is_ok());
        let e = ceiling("/limits/maxSteps", CEILING_MAX_STEPS + 1, CEILING_MAX_STEPS).unwrap_err();
        assert_eq!(e.info(crate::Lang::En).field.as_deref(), Some("/limits/maxSteps"));
        assert!(ceiling("/limits/maxBytes", 0, CEILING_MAX_BYTES).is_err());
        assert!(count("/results/items", MAX_RECORDS + 1, MAX_RECORDS).is_err());
    }
}
