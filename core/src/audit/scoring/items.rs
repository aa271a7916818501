//! The per-item facts every model reads: the recorded result, the open
//! nonconformities and the effective value they give.

use super::report::{Contribution, WhatIf};
use super::types::{AuditFinding, ChecklistItem, FindingGrade, ItemResult};

pub(super) fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

pub(super) fn result_value(r: ItemResult) -> Option<f64> {
    match r {
        ItemResult::Compliant => Some(1.0),
        ItemResult::PartiallyCompliant => Some(0.5),
        ItemResult::NonCompliant => Some(0.0),
        ItemResult::NotApplicable | ItemResult::NotAssessed => None,
    }
}

/// The effective value of an item with the given open nonconformities:
/// open NCs lower it (major 0, minor ½, and never above the recorded
/// result; on an item recorded as not applicable or not assessed, which
/// an NC contradicts, it counts as non-compliant); once every NC of the
/// item is closed it is compliant. So adding an NC never raises a score
/// and closing one never lowers it.
fn effective(base: Option<f64>, open_major: usize, open_minor: usize, had_nc: bool) -> Option<f64> {
    if open_major + open_minor > 0 {
        let implied = if open_major > 0 { 0.0 } else { 0.5 };
        Some(base.map_or(0.0, |b| b.min(implied)))
    } else if had_nc {
        Some(1.0)
    } else {
        base
    }
}

/// Per-item facts the models read.
pub(super) struct Item<'a> {
    pub src: &'a ChecklistItem,
    pub clause: &'static str,
    pub base: Option<f64>,
    pub open_major: usize,
    pub open_minor: usize,
    pub had_nc: bool,
}

impl Item<'_> {
    pub fn value(&self) -> Option<f64> {
        effective(self.base, self.open_major, self.open_minor, self.had_nc)
    }
    /// The value after closing one open NC of `grade`.
    pub fn value_after_closing(&self, grade: FindingGrade) -> Option<f64> {
        let (ma, mi) = match grade {
            FindingGrade::Major => (self.open_major.saturating_sub(1), self.open_minor),
            _ => (self.open_major, self.open_minor.saturating_sub(1)),
        };
        effective(self.base, ma, mi, self.had_nc)
    }
}

pub(super) fn contribution_of(it: &Item<'_>, contribution: f64) -> Contribution {
    Contribution {
        item: it.src.id.clone(),
        unit: it.src.unit.clone(),
        clause: it.clause.to_owned(),
        weight: it.src.weight,
        value: it.value(),
        contribution: round(contribution),
    }
}

pub(super) fn what_if(
    f: &AuditFinding, it: &Item<'_>, now: Option<f64>, after: Option<f64>,
) -> WhatIf {
    WhatIf {
        finding: f.id.clone(),
        item: it.src.id.clone(),
        grade: f.grade,
        score_after: after,
        gain: round(after.unwrap_or(0.0) - now.unwrap_or(0.0)),
    }
}
