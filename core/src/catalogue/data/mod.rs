//! The catalogue's data. An edition is a data file plus one line in
//! [`EDITIONS`]; a correlation is one entry in [`CORRELATIONS`].

mod correlation_2015_2008;
mod correlation_2026_2015;
mod iso9001_2008;
mod iso9001_2015;
mod iso9001_2026;

use super::model::{CorrelationDef, CorrelationKind, EditionDef};
use crate::text::Text;

/// Every edition, newest first.
pub static EDITIONS: &[&EditionDef] = &[
    &iso9001_2026::ISO_9001_2026,
    &iso9001_2015::ISO_9001_2015,
    &iso9001_2008::ISO_9001_2008,
    &iso9001_2008::ISO_9001_2000,
];

/// The paraphrases of the clauses of the edition `id`, by number, in the
/// order of its clauses. Reached from code only, not from [`EDITIONS`], so
/// that a build that never shows them (the checks) does not carry them.
pub(crate) fn summaries(id: &str) -> &'static [(&'static str, Text)] {
    match id {
        "2026" => iso9001_2026::SUMMARIES,
        "2015" => iso9001_2015::SUMMARIES,
        "2008" | "2000" => iso9001_2008::SUMMARIES_2008,
        _ => &[],
    }
}

/// Every correlation table; each is read in both directions and tables
/// are chained (2000 → 2008 → 2015 → 2026).
pub static CORRELATIONS: &[CorrelationDef] = &[
    correlation_2026_2015::CORRELATION_2026_2015,
    correlation_2015_2008::CORRELATION_2015_2008,
    CorrelationDef {
        from: "2008",
        to: "2000",
        new_in_from: &[],
        kind: CorrelationKind::Identity,
        source: Text::new(
            "ISO 9001:2008 giữ nguyên cách đánh số của ISO 9001:2000",
            "ISO 9001:2008 keeps the numbering of ISO 9001:2000",
        ),
    },
];
