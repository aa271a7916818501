//! The yearly internal audit programme (chương trình đánh giá nội bộ) and
//! its rules: every unit and applicable clause audited in the period,
//! impartial auditors (9.2.2), audits inside the period, a report for each.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::rules::{emit, CheckReport, RuleId};
use crate::catalogue;
use crate::text::{show_date as show, Lang};
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
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// "Today": audits dated later are planned, so a missing report is not
    /// yet a finding.
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
        scope.sort_by(|a, b| catalogue::cmp_numbers(a, b));
        scope.dedup();
        Ok(scope)
    }

    /// Checks the programme against the audit rules (AUD-001 … AUD-007).
    pub fn check(&self, lang: Lang) -> Result<CheckReport> {
        let edition = catalogue::edition(&self.edition)?;
        let mut out = Vec::new();
        for (i, x) in self.not_applicable.iter().enumerate() {
            if x.justification.as_deref().is_none_or(|j| j.trim().is_empty()) {
                emit(
                    &mut out,
                    RuleId::ExclusionUnjustified,
                    format!("/notApplicable/{i}/justification"),
                    &[x.clause.trim()],
                    lang,
                );
            }
        }
        let units_word = lang.pick("đơn vị", "units");
        let auditors_word = lang.pick("chuyên gia đánh giá", "auditors");
        for (i, a) in self.audits.iter().enumerate() {
            if !(self.from..=self.to).contains(&a.date) {
                emit(
                    &mut out,
                    RuleId::AuditOutsidePeriod,
                    format!("/audits/{i}/date"),
                    &[&a.id, &show(a.date), &show(self.from), &show(self.to)],
                    lang,
                );
            }
            if a.report.is_none() && a.date <= self.as_of {
                emit(
                    &mut out,
                    RuleId::AuditNoReport,
                    format!("/audits/{i}/report"),
                    &[&a.id],
                    lang,
                );
            }
            if !self.units.iter().any(|u| u.id == a.auditee) {
                emit(
                    &mut out,
                    RuleId::UnknownReference,
                    format!("/audits/{i}/auditee"),
                    &[&a.auditee, units_word],
                    lang,
                );
            }
            let team = core::iter::once((&a.lead, "/lead".to_owned()))
                .chain(a.auditors.iter().enumerate().map(|(k, id)| (id, format!("/auditors/{k}"))));
            for (id, field) in team {
                match self.auditors.iter().find(|x| &x.id == id) {
                    None => emit(
                        &mut out,
                        RuleId::UnknownReference,
                        format!("/audits/{i}{field}"),
                        &[id, auditors_word],
                        lang,
                    ),
                    Some(x) if x.unit == a.auditee => {
                        emit(
                            &mut out,
                            RuleId::AuditorOwnUnit,
                            format!("/audits/{i}{field}"),
                            &[&x.name, &a.auditee],
                            lang,
                        );
                    }
                    Some(_) => {}
                }
            }
            for (k, c) in a.clauses.iter().enumerate() {
                if edition.clause(c).is_none() {
                    let word = format!("ISO 9001:{}", edition.id);
                    emit(
                        &mut out,
                        RuleId::UnknownReference,
                        format!("/audits/{i}/clauses/{k}"),
                        &[c, &word],
                        lang,
                    );
                }
            }
        }
        let in_period = |a: &&Audit| (self.from..=self.to).contains(&a.date);
        for (i, u) in self.units.iter().enumerate() {
            if !self.audits.iter().filter(in_period).any(|a| a.auditee == u.id) {
                emit(&mut out, RuleId::UnitNotAudited, format!("/units/{i}"), &[&u.name], lang);
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
                emit(&mut out, RuleId::ClauseNotAudited, "/clauses".to_owned(), &[clause], lang);
            }
        }
        Ok(CheckReport::new(out))
    }
}
