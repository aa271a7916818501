//! What a check returns: findings, a summary, pass or fail.

use serde::Serialize;

use super::model::DocStatus;
use super::policy::Severity;

/// Which document a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DocumentRef {
    /// Document code.
    pub code: String,
    /// Issue number.
    pub issue: u32,
}

/// One violation of a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Rule ID, e.g. `DOC-023`.
    pub rule: &'static str,
    /// Severity after the policy's overrides.
    pub severity: Severity,
    /// The message in the requested language.
    pub message: String,
    /// JSON pointer to the field at fault, from the root of the input
    /// (`/documents/3/legalBasis/1/number` in a register).
    pub pointer: String,
    /// The document (code and issue); `null` for a whole-register finding.
    pub document: Option<DocumentRef>,
    /// The ISO 9001:2015 clause the rule enforces.
    pub clause: Option<&'static str>,
    /// The legal basis of the rule, where there is one.
    pub legal_basis: Option<&'static str>,
}

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

/// Totals of a report.
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

/// The result of checking a document or a register.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// `true` when there is no finding of severity error.
    pub passed: bool,
    /// Totals.
    pub summary: Summary,
    /// Every finding, in a deterministic order: documents in input order,
    /// fields in document order, then register-wide findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Recomputes the severity totals and `passed` from the findings.
    pub(crate) fn finish(&mut self) {
        let count = |s| self.findings.iter().filter(|f| f.severity == s).count();
        self.summary.errors = count(Severity::Error);
        self.summary.warnings = count(Severity::Warning);
        self.summary.infos = count(Severity::Info);
        self.passed = self.summary.errors == 0;
    }

    /// The IDs of the rules that fired, in finding order (handy in tests).
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.findings.iter().map(|f| f.rule).collect()
    }
}
