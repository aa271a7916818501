//! Nonconformities and corrective actions (ISO 9001 10.2): the register
//! and its rules (`NC-…`): deadlines by grade, overdue actions, action
//! plans, closure with root cause, action done and independent
//! verification, and recurrence showing an ineffective action.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{emit, AuditViolation as V, CheckReport};
use crate::rules::Report;
use crate::text::{eq_folded, Day, Text};

/// Grade of a nonconformity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum NcGrade {
    /// Không phù hợp lớn.
    Major,
    /// Không phù hợp nhỏ.
    Minor,
}

/// Where a nonconformity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum NcStatus {
    /// Mới ghi nhận.
    Open,
    /// Đã có kế hoạch hành động.
    ActionPlanned,
    /// Đang thực hiện.
    InProgress,
    /// Chờ kiểm tra xác nhận.
    AwaitingVerification,
    /// Đã đóng.
    Closed,
    /// Hủy.
    Cancelled,
}

impl NcStatus {
    /// A short label in both languages.
    pub const fn label(self) -> Text {
        match self {
            NcStatus::Open => Text::new("mới ghi nhận", "open"),
            NcStatus::ActionPlanned => Text::new("đã lập kế hoạch", "action planned"),
            NcStatus::InProgress => Text::new("đang thực hiện", "in progress"),
            NcStatus::AwaitingVerification => {
                Text::new("chờ kiểm tra xác nhận", "awaiting verification")
            }
            NcStatus::Closed => Text::new("đã đóng", "closed"),
            NcStatus::Cancelled => Text::new("đã hủy", "cancelled"),
        }
    }
}

/// The outcome of verifying an action's effectiveness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum VerificationResult {
    /// Có hiệu lực.
    Effective,
    /// Không có hiệu lực.
    NotEffective,
}

/// Verification of effectiveness (kiểm tra xác nhận hiệu lực).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Verification {
    /// When.
    #[serde(deserialize_with = "crate::dates::de")]
    pub date: NaiveDate,
    /// Who verified.
    pub verifier: String,
    /// Outcome.
    pub result: VerificationResult,
}

/// A nonconformity and its corrective action (phiếu yêu cầu hành động
/// khắc phục).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Nonconformity {
    /// Identifier.
    pub id: String,
    /// Clause.
    pub clause: String,
    /// Unit.
    pub unit: String,
    /// Grade.
    pub grade: NcGrade,
    /// What is wrong.
    #[serde(default)]
    pub description: Option<String>,
    /// When it was raised.
    #[serde(deserialize_with = "crate::dates::de")]
    pub raised_on: NaiveDate,
    /// Immediate correction (khắc phục tức thời).
    #[serde(default)]
    pub correction: Option<String>,
    /// Root cause (nguyên nhân).
    #[serde(default)]
    pub root_cause: Option<String>,
    /// Corrective action (hành động khắc phục): the action plan.
    #[serde(default)]
    pub corrective_action: Option<String>,
    /// Who owns the action.
    #[serde(default)]
    pub owner: Option<String>,
    /// Due date (default: raised + the policy's days for the grade).
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub due_date: Option<NaiveDate>,
    /// Status.
    pub status: NcStatus,
    /// When the action was done.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub action_done_on: Option<NaiveDate>,
    /// Verification of effectiveness.
    #[serde(default)]
    pub verification: Option<Verification>,
    /// When the nonconformity was closed (ngày đóng), as the register
    /// records it.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub closed_on: Option<NaiveDate>,
}

impl Nonconformity {
    /// The closing date: as recorded, else the verification's date, else
    /// the day the action was done.
    pub fn closing_date(&self) -> Option<NaiveDate> {
        self.closed_on.or(self.verification.as_ref().map(|v| v.date)).or(self.action_done_on)
    }
}

/// Deadlines by grade (practice of certification bodies, not a rule of
/// the standard: configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct NcPolicy {
    /// Days to close a major (default 30).
    pub major_days: u32,
    /// Days to close a minor (default 90).
    pub minor_days: u32,
}

impl Default for NcPolicy {
    fn default() -> Self {
        NcPolicy { major_days: 30, minor_days: 90 }
    }
}

/// The nonconformity register to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NcRegister {
    /// "Today".
    #[serde(deserialize_with = "crate::dates::de")]
    pub as_of: NaiveDate,
    /// Deadlines.
    #[serde(default)]
    pub policy: NcPolicy,
    /// The nonconformities.
    pub nonconformities: Vec<Nonconformity>,
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

impl NcRegister {
    /// Checks every nonconformity (NC-001 … NC-007).
    pub fn check(&self) -> CheckReport {
        let mut out = Vec::new();
        for (i, nc) in self.nonconformities.iter().enumerate() {
            let at = |f: &str| format!("/nonconformities/{i}{f}");
            let days = match nc.grade {
                NcGrade::Major => self.policy.major_days,
                NcGrade::Minor => self.policy.minor_days,
            };
            let allowed = nc.raised_on + chrono::Duration::days(i64::from(days));
            if let Some(due) = nc.due_date.filter(|&d| d > allowed) {
                let violation = V::NcDueTooLate {
                    nc: nc.id.clone(),
                    due: Day(due),
                    days,
                    raised: Day(nc.raised_on),
                };
                emit(&mut out, at("/dueDate"), violation);
            }
            let due = nc.due_date.unwrap_or(allowed);
            let open = !matches!(nc.status, NcStatus::Closed | NcStatus::Cancelled);
            if open && due < self.as_of {
                let (nc, since) = (nc.id.clone(), Day(due));
                emit(&mut out, at("/dueDate"), V::NcOverdue { nc, since });
            }
            if matches!(
                nc.status,
                NcStatus::ActionPlanned | NcStatus::InProgress | NcStatus::AwaitingVerification
            ) && blank(&nc.corrective_action)
            {
                let (id, status) = (nc.id.clone(), nc.status.label());
                emit(&mut out, at("/correctiveAction"), V::NcNoPlan { nc: id, status });
            }
            if nc.status != NcStatus::Closed {
                continue;
            }
            if blank(&nc.root_cause) {
                emit(&mut out, at("/rootCause"), V::NcNoRootCause { nc: nc.id.clone() });
            }
            if blank(&nc.corrective_action) || nc.action_done_on.is_none() {
                let field = if blank(&nc.corrective_action) {
                    "/correctiveAction"
                } else {
                    "/actionDoneOn"
                };
                emit(&mut out, at(field), V::NcActionNotDone { nc: nc.id.clone() });
            }
            // NC-008: closed, but after its due date (how late, for the
            // management review).
            let closed = nc.closing_date();
            if let Some(closed) = closed.filter(|&c| c > due) {
                let days = (closed - due).num_days();
                let (id, closed, due) = (nc.id.clone(), Day(closed), Day(due));
                emit(&mut out, at("/status"), V::NcClosedLate { nc: id, closed, due, days });
            }
            let unverified = match &nc.verification {
                None => Some((
                    "/verification",
                    Text::new(
                        "chưa được kiểm tra xác nhận hiệu lực",
                        "its effectiveness was not verified",
                    ),
                )),
                Some(v) if nc.owner.as_deref().is_some_and(|o| eq_folded(o, &v.verifier)) => {
                    Some((
                        "/verification/verifier",
                        Text::new(
                            "người kiểm tra xác nhận cũng là người chịu trách nhiệm thực hiện hành động khắc phục",
                            "the verifier is also the person responsible for the corrective action",
                        ),
                    ))
                }
                Some(v) if v.result == VerificationResult::NotEffective => Some((
                    "/verification/result",
                    Text::new(
                        "kết quả kiểm tra xác nhận cho thấy hành động khắc phục không có hiệu lực",
                        "the verification found the corrective action not effective",
                    ),
                )),
                Some(_) => None,
            };
            if let Some((field, why)) = unverified {
                emit(&mut out, at(field), V::NcNotVerified { nc: nc.id.clone(), why });
            }
        }
        // NC-007: a closed NC recurring later on the same clause and unit.
        let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
        for (i, nc) in self.nonconformities.iter().enumerate() {
            groups.entry((nc.clause.trim(), nc.unit.trim())).or_default().push(i);
        }
        let mut recurring: Vec<(usize, usize)> = Vec::new();
        for idx in groups.values() {
            for &a in idx {
                let first = &self.nonconformities[a];
                if first.status != NcStatus::Closed {
                    continue;
                }
                let closed_on = first.closing_date().unwrap_or(first.raised_on);
                if let Some(&b) =
                    idx.iter().find(|&&b| b != a && self.nonconformities[b].raised_on > closed_on)
                {
                    recurring.push((a, b));
                }
            }
        }
        recurring.sort_unstable();
        for (a, b) in recurring {
            let (x, y) = (&self.nonconformities[a], &self.nonconformities[b]);
            let violation = V::NcIneffective {
                nc: x.id.clone(),
                recurrence: y.id.clone(),
                clause: x.clause.trim().to_owned(),
                unit: x.unit.trim().to_owned(),
            };
            emit(&mut out, format!("/nonconformities/{a}/status"), violation);
        }
        Report { findings: out, stats: () }
    }
}

crate::error::serde_name_display!(NcStatus, NcGrade);
