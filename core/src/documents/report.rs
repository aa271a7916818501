//! What a document check returns: findings and statistics, and the view
//! that JSON shows (findings, a summary, pass or fail).

use serde::Serialize;

use super::model::DocStatus;
use super::rules::DocumentViolation;
use crate::rules::{FindingView, Localize};
use crate::text::Lang;

/// Documents per status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct StatusCounts {
    /// Dự thảo.
    pub draft: usize,
    /// Đang xem xét.
    pub in_review: usize,
    /// Đã phê duyệt.
    pub approved: usize,
    /// Đang hiệu lực.
    pub effective: usize,
    /// Bị thay thế.
    pub superseded: usize,
    /// Bãi bỏ.
    pub withdrawn: usize,
}

impl StatusCounts {
    /// Counts one more document of `status`.
    pub fn add(&mut self, status: DocStatus) {
        let slot = match status {
            DocStatus::Draft => &mut self.draft,
            DocStatus::InReview => &mut self.in_review,
            DocStatus::Approved => &mut self.approved,
            DocStatus::Effective => &mut self.effective,
            DocStatus::Superseded => &mut self.superseded,
            DocStatus::Withdrawn => &mut self.withdrawn,
        };
        *slot += 1;
    }
}

/// Totals of a report, as JSON shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Documents checked.
    pub documents: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
    /// Documents per status.
    pub by_status: StatusCounts,
    /// Effective documents whose periodic review is overdue.
    pub overdue_reviews: usize,
    /// Citations of replaced legal documents.
    pub stale_legal_bases: usize,
}

/// What a document or register check counts besides its findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentStats {
    /// Documents checked.
    pub documents: usize,
    /// Documents per status.
    pub by_status: StatusCounts,
    /// Effective documents whose periodic review is overdue.
    pub overdue_reviews: usize,
    /// Citations of replaced legal documents.
    pub stale_legal_bases: usize,
}

/// The result of checking a document or a register.
pub type Report = crate::rules::Report<DocumentViolation, DocumentStats>;

/// One finding of document control.
pub type Finding = crate::rules::Finding<DocumentViolation>;

/// A document-control report as JSON shows it, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "Report", rename_all = "camelCase")]
pub struct ReportView<'a> {
    /// `true` when there is no finding of severity error.
    pub passed: bool,
    /// Totals.
    pub summary: Summary,
    /// Every finding, in a deterministic order: documents in input order,
    /// fields in document order, then register-wide findings.
    pub findings: Vec<FindingView<'a>>,
}

impl Localize for Report {
    type View<'a> = ReportView<'a>;
    fn localized(&self, lang: Lang) -> ReportView<'_> {
        let t = self.totals();
        let s = &self.stats;
        ReportView {
            passed: t.errors == 0,
            summary: Summary {
                documents: s.documents,
                errors: t.errors,
                warnings: t.warnings,
                infos: t.infos,
                by_status: s.by_status.clone(),
                overdue_reviews: s.overdue_reviews,
                stale_legal_bases: s.stale_legal_bases,
            },
            findings: self.localized_findings(lang),
        }
    }
}
