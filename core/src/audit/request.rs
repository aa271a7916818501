//! One request for an audit's whole picture: the programme's rules, the
//! checklist's score, and the nonconformity register's rules.

use serde::{Deserialize, Serialize};

use super::nc::{NcGrade, NcRegister};
use super::programme::AuditProgramme;
use super::rules::{emit, AuditViolation, CheckReport, CheckReportView};
use super::scoring::{score, AuditResults, ScoreReport, ScoreReportView, ScoringOptions};
use crate::rules::Finding;
use crate::rules::Localize;
use crate::text::Lang;
use crate::Result;

/// What to check and score; every part is optional.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditRequest {
    /// The yearly programme.
    #[serde(default)]
    pub programme: Option<AuditProgramme>,
    /// The checklist results.
    #[serde(default)]
    pub results: Option<AuditResults>,
    /// How to score them.
    #[serde(default)]
    pub options: ScoringOptions,
    /// The nonconformity register.
    #[serde(default)]
    pub nonconformities: Option<NcRegister>,
}

/// The answers, for the parts given.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditReport {
    /// The programme's findings.
    pub programme: Option<CheckReport>,
    /// The checklist's score.
    pub score: Option<ScoreReport>,
    /// The nonconformity register's findings.
    pub nonconformities: Option<CheckReport>,
}

/// The answers as JSON shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "AuditReport", rename_all = "camelCase")]
pub struct AuditReportView<'a> {
    /// The programme's findings.
    pub programme: Option<CheckReportView<'a>>,
    /// The checklist's score.
    pub score: Option<ScoreReportView<'a>>,
    /// The nonconformity register's findings.
    pub nonconformities: Option<CheckReportView<'a>>,
}

impl Localize for AuditReport {
    type View<'a> = AuditReportView<'a>;
    fn localized(&self, lang: Lang) -> AuditReportView<'_> {
        AuditReportView {
            programme: self.programme.as_ref().map(|r| r.localized(lang)),
            score: self.score.as_ref().map(|r| r.localized(lang)),
            nonconformities: self.nonconformities.as_ref().map(|r| r.localized(lang)),
        }
    }
}

impl AuditRequest {
    /// Runs every part given. The readiness verdict weighs everything the
    /// request holds: besides the checklist, a unit never audited and an
    /// audit without a report (programme), and an open major past its due
    /// date (nonconformities) block the announcement, each named.
    pub fn run(&self) -> Result<AuditReport> {
        self.within_limits()?;
        // Errors found after parsing name their place in the request.
        let programme = self
            .programme
            .as_ref()
            .map(AuditProgramme::check)
            .transpose()
            .map_err(|e| e.under("/programme"))?;
        let mut nonconformities = self.nonconformities.as_ref().map(NcRegister::check);
        // Findings point into the request, as its errors do.
        let mut programme = programme.map(|mut r| {
            r.findings.iter_mut().for_each(|f| f.pointer.insert_str(0, "/programme"));
            r
        });
        for f in nonconformities.iter_mut().flat_map(|r| r.findings.iter_mut()) {
            f.pointer.insert_str(0, "/nonconformities");
        }
        if let Some(report) = programme.as_mut() {
            self.check_units(&mut report.findings);
        }
        let mut score = self
            .results
            .as_ref()
            .map(|r| score(r, &self.options))
            .transpose()
            .map_err(|e| e.under("/results"))?;
        if let Some(r) = score.as_mut().map(|s| &mut s.readiness) {
            for f in programme.iter().flat_map(|p| &p.findings) {
                match &f.violation {
                    // By the unit's id, as the other lists name NCs,
                    // audits and clauses (the finding names the unit).
                    AuditViolation::UnitNotAudited { unit } => {
                        let index = f
                            .pointer
                            .strip_prefix("/programme/units/")
                            .and_then(|i| i.parse().ok());
                        let units = self.programme.iter().flat_map(|p| &p.units);
                        let id = index.and_then(|i: usize| units.clone().nth(i)).map(|u| &u.id);
                        r.units_not_audited.push(id.unwrap_or(unit).clone())
                    }
                    AuditViolation::AuditNoReport { audit } => {
                        r.audits_without_report.push(audit.clone())
                    }
                    _ => {}
                }
            }
            let register = self.nonconformities.as_ref();
            for f in nonconformities.iter().flat_map(|n| &n.findings) {
                if let AuditViolation::NcOverdue { nc, .. } = &f.violation {
                    let major = register.is_some_and(|reg| {
                        reg.nonconformities.iter().any(|x| &x.id == nc && x.grade == NcGrade::Major)
                    });
                    if major {
                        r.overdue_majors.push(nc.clone());
                    }
                }
            }
            r.ready = r.is_clear();
        }
        Ok(AuditReport { programme, score, nonconformities })
    }

    /// Refuses lists over [`crate::limits::MAX_RECORDS`] entries.
    fn within_limits(&self) -> Result<()> {
        use crate::limits::{count, MAX_RECORDS};
        if let Some(p) = &self.programme {
            count("/programme/units", p.units.len(), MAX_RECORDS)?;
            count("/programme/auditors", p.auditors.len(), MAX_RECORDS)?;
            count("/programme/audits", p.audits.len(), MAX_RECORDS)?;
        }
        if let Some(r) = &self.results {
            count("/results/items", r.items.len(), MAX_RECORDS)?;
        }
        if let Some(n) = &self.nonconformities {
            count("/nonconformities/nonconformities", n.nonconformities.len(), MAX_RECORDS)?;
        }
        Ok(())
    }

    /// AUD-008: checklist items and nonconformities name units of the
    /// programme (only when a programme is given; the item is still
    /// scored).
    fn check_units(&self, out: &mut Vec<Finding<AuditViolation>>) {
        let Some(programme) = &self.programme else { return };
        let known = |unit: &str| programme.units.iter().any(|u| u.id.trim() == unit.trim());
        let items = self.results.iter().flat_map(|r| r.items.iter().enumerate());
        for (i, item) in items.filter(|(_, it)| !known(&it.unit)) {
            let (record, unit) = (item.id.clone(), item.unit.clone());
            let pointer = format!("/results/items/{i}/unit");
            emit(out, pointer, AuditViolation::UnitNotInProgramme { record, unit });
        }
        let ncs = self.nonconformities.iter().flat_map(|r| r.nonconformities.iter().enumerate());
        for (i, nc) in ncs.filter(|(_, nc)| !known(&nc.unit)) {
            let (record, unit) = (nc.id.clone(), nc.unit.clone());
            let pointer = format!("/nonconformities/nonconformities/{i}/unit");
            emit(out, pointer, AuditViolation::UnitNotInProgramme { record, unit });
        }
    }
}
