//! Internal audit, scoring, corrective actions and agency-level compliance.
//!
//! - [`AuditProgramme`]: the yearly programme and its rules (`AUD-…`).
//! - [`score`]: checklist results scored by the XCCDF 1.2 models, the
//!   conformity percentage or maturity, with grades, explanations, what-if
//!   and the readiness verdict for announcing conformity.
//! - [`NcRegister`]: nonconformities and corrective actions (`NC-…`).
//! - [`check_qms`]: the inspector's view of an agency's QMS (`QMS-…`).

mod nc;
mod programme;
mod qms;
mod request;
mod rules;
mod scoring;

pub use nc::{
    NcGrade, NcPolicy, NcRegister, NcStatus, Nonconformity, Verification, VerificationResult,
};
pub use programme::{Audit, AuditProgramme, AuditReportRef, Auditor, Exclusion, Unit};
pub use qms::{
    check_qms, DecisionRef, Objective, QmsPolicy, QmsReport, QmsReportView, QmsRequest, QmsScope,
    QmsSummary, QmsWeights, TransitionGap,
};
pub use request::{AuditReport, AuditReportView, AuditRequest};
pub use rules::{
    rule_views, AuditViolation, CheckReport, CheckReportView, Citations, RefList, RuleId, RULES,
};
pub use scoring::{
    score, AuditFinding, AuditResults, ChecklistItem, Consequences, Contribution, FindingGrade,
    FlatScore, Grade, GradeThresholds, GroupBy, GroupScore, ItemResult, Model, Readiness,
    ReadinessView, ScoreReport, ScoreReportView, ScoringOptions, WhatIf,
};

#[cfg(test)]
mod tests;
