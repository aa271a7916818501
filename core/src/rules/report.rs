//! Findings and the one report type of every check.

use serde::Serialize;

use super::{Severity, Violation};
use crate::text::Lang;

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

/// One violation of a rule, where it was found. Language-free: the
/// message is rendered when asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding<V> {
    /// The rule violated, with the values its message names.
    pub violation: V,
    /// Severity after the policy's overrides.
    pub severity: Severity,
    /// JSON pointer to the field at fault, from the root of the input
    /// (`/documents/3/legalBasis/1/number` in a register).
    pub pointer: String,
    /// The document (code and issue), when the finding is about one.
    pub document: Option<DocumentRef>,
}

impl<V: Violation> Finding<V> {
    /// The rule's stable ID, e.g. `DOC-023`.
    pub fn rule_id(&self) -> &'static str {
        self.violation.rule().id
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.violation.message(lang)
    }

    /// The finding as JSON shows it, with its message in `lang`.
    pub fn localized(&self, lang: Lang) -> FindingView<'_> {
        let rule = self.violation.rule();
        FindingView {
            rule: rule.id,
            severity: self.severity,
            message: self.violation.message(lang),
            pointer: &self.pointer,
            document: self.document.as_ref(),
            clause: rule.clause,
            legal_basis: rule.legal_basis,
        }
    }
}

/// A finding as JSON shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "Finding", rename_all = "camelCase")]
pub struct FindingView<'a> {
    /// Rule ID, e.g. `DOC-023`.
    pub rule: &'static str,
    /// Severity after the policy's overrides.
    pub severity: Severity,
    /// The message in the requested language.
    pub message: String,
    /// JSON pointer to the field at fault, from the root of the input.
    pub pointer: &'a str,
    /// The document (code and issue); `null` when the finding is not about
    /// one document.
    pub document: Option<&'a DocumentRef>,
    /// The ISO 9001:2015 clause the rule enforces.
    pub clause: Option<&'static str>,
    /// The legal basis of the rule, where there is one.
    pub legal_basis: Option<&'static str>,
}

/// Findings per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
}

/// The result of a check: its findings in a deterministic order, plus
/// whatever the check counts on the side (`S`: document statistics for
/// document control, nothing for the audit checks).
#[derive(Debug, Clone, PartialEq)]
pub struct Report<V, S = ()> {
    /// Every finding, in input order.
    pub findings: Vec<Finding<V>>,
    /// What the check counted besides findings.
    pub stats: S,
}

impl<V, S: Default> Default for Report<V, S> {
    fn default() -> Self {
        Report { findings: Vec::new(), stats: S::default() }
    }
}

impl<V: Violation, S> Report<V, S> {
    /// Findings per severity.
    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for f in &self.findings {
            match f.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Info => t.infos += 1,
            }
        }
        t
    }

    /// `true` when there is no finding of severity error.
    pub fn passed(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The IDs of the rules that fired, in finding order.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.findings.iter().map(Finding::rule_id).collect()
    }

    /// Every finding as JSON shows it, in `lang`.
    pub fn localized_findings(&self, lang: Lang) -> Vec<FindingView<'_>> {
        self.findings.iter().map(|f| f.localized(lang)).collect()
    }
}
