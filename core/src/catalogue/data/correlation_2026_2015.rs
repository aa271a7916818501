//! Correlation ISO 9001:2026 ↔ ISO 9001:2015: the same numbers, except the
//! rows below (the split of 6.1 and the reordered clause 10), read from the
//! two editions' clause lists (see `SOURCES.md`). No published ISO table
//! was at hand: the rows are ours and say so.

use crate::catalogue::model::{CorrelationDef, CorrelationKind};
use crate::text::Text;

/// The table: identity, except where 2026 split or merged 2015 clauses.
pub const CORRELATION_2026_2015: CorrelationDef = CorrelationDef {
    from: "2026",
    to: "2015",
    new_in_from: &[],
    kind: CorrelationKind::IdentityExcept(ROWS),
    source: Text::new(
        "Đối chiếu danh mục điều khoản của hai phiên bản (chưa có bảng tương ứng chính thức của ISO)",
        "Clause lists of both editions compared (no official ISO correlation table at hand)",
    ),
};

/// 2015's 6.1.2 (actions on risks and opportunities) became 6.1.2 (risks)
/// and 6.1.3 (opportunities); 2015's 10.1 (general) and 10.3 (continual
/// improvement) became 10.1 (continual improvement).
const ROWS: &[(&str, &[&str])] =
    &[("6.1.2", &["6.1.2"]), ("6.1.3", &["6.1.2"]), ("10.1", &["10.1", "10.3"])];
