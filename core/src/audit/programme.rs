//! The yearly internal audit programme (chương trình đánh giá nội bộ) and
//! its rules: every unit and applicable clause audited in the period,
//! impartial auditors (9.2.2), audits inside the period, a report for each.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{emit, AuditViolation as V, CheckReport, RefList};
use crate::catalogue;
use crate::rules::Report;
use crate::text::Day;
use crate::Result;

/// A unit of the agency (phòng ban, đơn vị).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Unit {
    /// Short identifier, e.g. `VP`.
    pub id: String,
    /// Name, e.g. "Văn phòng Sở".
    pub name: String,
}

/// An internal auditor (chuyên gia đánh giá nội bộ).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Auditor {
    /// Identifier.
    pub id: String,
    /// Full name.
    pub name: String,
    /// The unit the auditor belongs to.
    pub unit: String,
}

/// A clause declared not applicable, with its justification (4.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Exclusion {
    /// Clause number, e.g. `8.3`.
    pub clause: String,
    /// Why it does not apply.
    #[serde(default)]
    pub justification: Option<String>,
}

/// The report of an audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditReportRef {
    /// Date of the report.
    #[serde(deserialize_with = "crate::dates::de")]
    pub date: NaiveDate,
    /// Reference (số báo cáo).
    #[serde(default)]
    pub reference: Option<String>,
}

/// One audit of the programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Audit {
    /// Identifier, e.g. `ĐG-01`.
    pub id: String,
    /// Date of the audit.
    #[serde(deserialize_with = "crate::dates::de")]
    pub date: NaiveDate,
    /// Lead auditor (id).
    pub lead: String,
    /// Other auditors (ids).
    #[serde(default)]
    pub auditors: Vec<String>,
    /// The audited unit (id).
    pub auditee: String,
    /// Clauses covered.
    pub clauses: Vec<String>,
    /// The report, once written.
    #[serde(default)]
    pub report: Option<AuditReportRef>,
}

/// A yearly internal audit programme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditProgramme {
    /// First day of the programme period.
    #[serde(deserialize_with = "crate::dates::de")]
    pub from: NaiveDate,
    /// Last day.
    #[serde(deserialize_with = "crate::dates::de")]
    pub to: NaiveDate,
    /// "Today": audits dated later are planned, so a missing report is not
    /// yet a finding.
    #[serde(deserialize_with = "crate::dates::de")]
    pub as_of: NaiveDate,
    /// Edition of the standard (default 2015).
    #[serde(default = "default_edition")]
    pub edition: String,
    /// Units in scope.
    pub units: Vec<Unit>,
    /// Clauses in scope (default: every assessable clause of the edition).
    #[serde(default)]
    pub clauses: Vec<String>,
    /// Clauses declared not applicable.
    #[serde(default)]
    pub not_applicable: Vec<Exclusion>,
    /// The auditors.
    pub auditors: Vec<Auditor>,
    /// The audits.
    pub audits: Vec<Audit>,
}

fn default_edition() -> String {
    "2015".to_owned()
}

impl AuditProgramme {
    /// The applicable clauses in scope: the listed clauses (or every
    /// assessable clause of the edition) minus the exclusions, a heading
    /// standing for its assessable sub-clauses.
    pub fn applicable_clauses(&self) -> Result<Vec<&'static str>> {
        let edition = catalogue::edition(&self.edition)?;
        let mut scope: Vec<&'static str> = if self.clauses.is_empty() {
            edition.assessable().map(|c| c.number).collect()
        } else {
            let mut v = Vec::new();
            for c in &self.clauses {
                let n = edition.require(c)?.number;
                v.extend(edition.subtree(n).filter(|k| k.kind.is_assessable()).map(|k| k.number));
            }
            v
        };
        let excluded: Vec<&'static str> = self
            .not_applicable
            .iter()
            .filter_map(|x| edition.clause(&x.clause).map(|c| c.number))
            .collect();
        scope.retain(|n| !excluded.iter().any(|x| catalogue::is_within(n, x)));
        scope.sort_by_key(|k| catalogue::ClauseNumber::from(*k));
        scope.dedup();
        Ok(scope)
    }

    /// Checks the programme against the audit rules (AUD-001 … AUD-007).
    pub fn check(&self) -> Result<CheckReport> {
        let edition = catalogue::edition(&self.edition)?;
        let mut out = Vec::new();
        for (i, x) in self.not_applicable.iter().enumerate() {
            if x.justification.as_deref().is_none_or(|j| j.trim().is_empty()) {
                let clause = x.clause.trim().to_owned();
                let pointer = format!("/notApplicable/{i}/justification");
                emit(&mut out, pointer, V::ExclusionUnjustified { clause });
            }
        }
        for (i, a) in self.audits.iter().enumerate() {
            if !(self.from..=self.to).contains(&a.date) {
                let violation = V::AuditOutsidePeriod {
                    audit: a.id.clone(),
                    date: Day(a.date),
                    from: Day(self.from),
                    to: Day(self.to),
                };
                emit(&mut out, format!("/audits/{i}/date"), violation);
            }
            // A report is due after the audit, not on its own day.
            if a.report.is_none() && a.date < self.as_of {
                let audit = a.id.clone();
                emit(&mut out, format!("/audits/{i}/report"), V::AuditNoReport { audit });
            }
            if !self.units.iter().any(|u| u.id == a.auditee) {
                let (reference, list) = (a.auditee.clone(), RefList::Units);
                emit(
                    &mut out,
                    format!("/audits/{i}/auditee"),
                    V::UnknownReference { reference, list },
                );
            }
            let team = core::iter::once((&a.lead, "/lead".to_owned()))
                .chain(a.auditors.iter().enumerate().map(|(k, id)| (id, format!("/auditors/{k}"))));
            for (id, field) in team {
                match self.auditors.iter().find(|x| &x.id == id) {
                    None => {
                        let (reference, list) = (id.clone(), RefList::Auditors);
                        let violation = V::UnknownReference { reference, list };
                        emit(&mut out, format!("/audits/{i}{field}"), violation);
                    }
                    Some(x) if x.unit == a.auditee => {
                        let (auditor, unit) = (x.name.clone(), a.auditee.clone());
                        let violation = V::AuditorOwnUnit { auditor, unit };
                        emit(&mut out, format!("/audits/{i}{field}"), violation);
                    }
                    Some(_) => {}
                }
            }
            for (k, c) in a.clauses.iter().enumerate() {
                if edition.clause(c).is_none() {
                    let (reference, list) = (c.clone(), RefList::Clauses(edition.id));
                    let violation = V::UnknownReference { reference, list };
                    emit(&mut out, format!("/audits/{i}/clauses/{k}"), violation);
                }
            }
        }
        let in_period = |a: &&Audit| (self.from..=self.to).contains(&a.date);
        for (i, u) in self.units.iter().enumerate() {
            if !self.audits.iter().filter(in_period).any(|a| a.auditee == u.id) {
                emit(&mut out, format!("/units/{i}"), V::UnitNotAudited { unit: u.name.clone() });
            }
        }
        // An audit of a heading covers its sub-clauses.
        let covered: Vec<&'static str> = self
            .audits
            .iter()
            .filter(in_period)
            .flat_map(|a| a.clauses.iter())
            .filter_map(|c| edition.clause(c).map(|k| k.number))
            .collect();
        for clause in self.applicable_clauses()? {
            if !covered.iter().any(|c| catalogue::is_within(clause, c)) {
                emit(&mut out, "/clauses".to_owned(), V::ClauseNotAudited { clause });
            }
        }
        Ok(Report { findings: out, stats: () })
    }
}
