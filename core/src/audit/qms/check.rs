//! The agency check itself: the register, objectives, audits, reviews,
//! announcement and transition, each as findings, then the score.

use chrono::{Datelike, Months, NaiveDate};

use super::{Objective, QmsReport, QmsRequest, QmsSummary, QmsWeights, TransitionGap};
use crate::audit::rules::{emit, AuditViolation as V, Citations, RULES};
use crate::catalogue::{self, EditionDef};
use crate::documents::{Checker, DocStatus, DocumentViolation, Policy, Register};
use crate::rules::{Report, Severity};
use crate::text::Day;
use crate::Result;

/// Checks an agency's QMS (QMS-001 … QMS-014).
pub fn check_qms(req: &QmsRequest) -> Result<QmsReport> {
    let s = &req.summary;
    let p = &req.policy;
    {
        use crate::limits::{count, CEILING_MAX_DOCUMENTS, MAX_RECORDS};
        count("/summary/objectives", s.objectives.len(), MAX_RECORDS)?;
        count("/summary/scope/tthc", s.scope.tthc.len(), MAX_RECORDS)?;
        count("/summary/internalAudits", s.internal_audits.len(), MAX_RECORDS)?;
        count("/summary/managementReviews", s.management_reviews.len(), MAX_RECORDS)?;
        count("/summary/coveredClauses", s.covered_clauses.len(), MAX_RECORDS)?;
        let documents = s.procedures.as_ref().map_or(0, |r| r.documents.len());
        count("/summary/procedures/documents", documents, CEILING_MAX_DOCUMENTS)?;
    }
    let mut out = Vec::new();
    if s.quality_policy.is_none() {
        emit(&mut out, "/summary/qualityPolicy".into(), V::QmsNoPolicy {});
    }
    // Early in January, last year's objectives still count while the new
    // ones are set (a grace period of the policy).
    let in_grace = s.as_of.ordinal() <= p.objectives_grace_days
        && !s.objectives.iter().any(|o| o.year == s.as_of.year());
    let year = if in_grace { s.as_of.year() - 1 } else { s.as_of.year() };
    let this_year: Vec<(usize, &Objective)> =
        s.objectives.iter().enumerate().filter(|(_, o)| o.year == year).collect();
    if this_year.is_empty() {
        emit(&mut out, "/summary/objectives".into(), V::QmsNoObjectives { year });
    }
    for (i, o) in this_year {
        if !o.is_measurable() {
            let objective = o.text.trim().to_owned();
            let pointer = format!("/summary/objectives/{i}/target");
            emit(&mut out, pointer, V::QmsObjectiveNotMeasurable { objective });
        }
    }
    for (i, x) in s.scope.not_applicable.iter().enumerate() {
        if x.justification.as_deref().is_none_or(|j| j.trim().is_empty()) {
            let clause = x.clause.trim().to_owned();
            let pointer = format!("/summary/scope/notApplicable/{i}/justification");
            emit(&mut out, pointer, V::ExclusionUnjustified { clause });
        }
    }
    if s.steering_committee.is_none() {
        emit(&mut out, "/summary/steeringCommittee".into(), V::QmsSteeringCommittee {});
    }
    match s.announcement.as_ref().and_then(|a| a.date) {
        None => emit(&mut out, "/summary/announcement".into(), V::QmsNotAnnounced {}),
        Some(announced) => {
            if let Some(changed) = s.scope.last_changed.filter(|&c| c > announced) {
                let violation =
                    V::QmsReannounce { changed: Day(changed), announced: Day(announced) };
                emit(&mut out, "/summary/scope/lastChanged".into(), violation);
            }
        }
    }
    let within = |dates: &[NaiveDate], months: u32| {
        let from = s.as_of.checked_sub_months(Months::new(months)).unwrap_or(s.as_of);
        dates.iter().any(|&d| d >= from && d <= s.as_of)
    };
    if !within(&s.internal_audits, p.audit_interval_months) {
        let violation = V::QmsNoAudit { months: p.audit_interval_months, as_of: Day(s.as_of) };
        emit(&mut out, "/summary/internalAudits".into(), violation);
    }
    if !within(&s.management_reviews, p.review_interval_months) {
        let violation = V::QmsNoReview { months: p.review_interval_months, as_of: Day(s.as_of) };
        emit(&mut out, "/summary/managementReviews".into(), violation);
    }
    let edition = catalogue::edition(&s.edition)?;
    let current = catalogue::current_edition();
    // The move is asked for only from the date it was asked for.
    let move_in_force = s.as_of >= p.transition_due;
    let mut transition = None;
    // Editions are listed newest first.
    let older = |a: &EditionDef, b: &EditionDef| {
        let at = |e: &EditionDef| catalogue::editions().iter().position(|x| x.id == e.id);
        at(a) > at(b)
    };
    if older(edition, current) && move_in_force {
        let gap = transition_gap(edition.id, current.id, s)?;
        let uncovered = gap.uncovered.len();
        let violation = V::QmsOldEdition { edition: edition.id, current: current.id, uncovered };
        emit(&mut out, "/summary/edition".into(), violation);
        transition = Some(gap);
    }
    // The move to 2026, only once the policy asks for it.
    let new = catalogue::current_international_edition();
    let move_2026_in_force = p.transition_2026_due.is_some_and(|due| s.as_of >= due);
    if let Some(due) = p.transition_2026_due.filter(|_| move_2026_in_force) {
        if older(edition, new) && !older(edition, current) {
            let changed = new
                .clauses
                .iter()
                .filter(|c| c.changes.iter().any(|ch| ch.adds_requirement))
                .count();
            let violation =
                V::QmsNotOnNewEdition { edition: edition.id, new: new.id, due: Day(due), changed };
            emit(&mut out, "/summary/edition".into(), violation);
        }
    }
    // TTHC in scope need an effective procedure.
    let empty = Register::default();
    let procedures = s.procedures.as_ref().unwrap_or(&empty);
    let in_scope = |code: &str| s.scope.tthc.iter().any(|t| t.trim() == code.trim());
    for (i, code) in s.scope.tthc.iter().enumerate() {
        let has = procedures
            .documents
            .iter()
            .any(|d| d.status == DocStatus::Effective && codes_of(d).contains(&code.trim()));
        if !has {
            let tthc = code.trim().to_owned();
            emit(&mut out, format!("/summary/scope/tthc/{i}"), V::QmsTthcWithoutProcedure { tthc });
        }
    }
    // And the other way round: an effective procedure of a TTHC that has
    // left the scope should have been withdrawn. Only when the scope lists
    // its TTHC at all (an agency may not list them).
    if !s.scope.tthc.is_empty() {
        for (i, d) in procedures.documents.iter().enumerate() {
            let outside = codes_of(d).into_iter().find(|t| !in_scope(t));
            if let Some(tthc) = outside.filter(|_| d.status == DocStatus::Effective) {
                let (code, tthc) = (d.code.trim().to_owned(), tthc.to_owned());
                let pointer = format!("/summary/procedures/documents/{i}/tthcCode");
                emit(&mut out, pointer, V::QmsProcedureOutOfScope { code, tthc });
            }
        }
    }
    let (mut procedure_errors, mut stale_citations) = (0, 0);
    if !procedures.documents.is_empty() {
        let policy =
            Policy { replaced_documents: p.replaced_documents.clone(), ..Policy::default() };
        let report = Checker::new(policy)?.check_register(procedures, s.as_of);
        stale_citations = report.stats.stale_legal_bases;
        if stale_citations > 0 {
            // Name which procedure cites what, so the secretary can act.
            let all: Vec<(String, String, String)> = report
                .findings
                .iter()
                .filter_map(|f| match &f.violation {
                    DocumentViolation::LegalReplaced { number, replaced_by } => Some((
                        f.document.as_ref().map(|d| d.code.clone()).unwrap_or_default(),
                        number.clone(),
                        replaced_by.clone(),
                    )),
                    _ => None,
                })
                .collect();
            let more = all.len().saturating_sub(Citations::NAMED);
            let named = all.into_iter().take(Citations::NAMED).collect();
            let citations = Citations { named, more };
            let count = stale_citations;
            emit(
                &mut out,
                "/summary/procedures".into(),
                V::QmsStaleProcedures { count, citations },
            );
        }
        procedure_errors = report.totals().errors;
        if procedure_errors > 0 {
            let count = procedure_errors;
            emit(&mut out, "/summary/procedures".into(), V::QmsProcedureFindings { count });
        }
    }
    // Score: the weighted share of the checks in force that are met (each
    // rule once).
    let in_force = |id: &str| match id {
        "QMS-008" => move_in_force,
        "QMS-014" => move_2026_in_force,
        _ => true,
    };
    let qms_rules: Vec<&str> = RULES
        .iter()
        .filter(|r| r.id.starts_with("QMS-") || r.id == "AUD-007")
        .map(|r| r.id)
        .filter(|id| in_force(id))
        .collect();
    let weight = |id: &str| match RULES.iter().find(|r| r.id == id).map(|r| r.severity) {
        Some(Severity::Error) => 2,
        _ => 1,
    };
    let applicable: u32 = qms_rules.iter().map(|id| weight(id)).sum();
    let failed: u32 = qms_rules
        .iter()
        .filter(|id| out.iter().any(|f| f.rule_id() == **id))
        .map(|id| weight(id))
        .sum();
    let score = ((1.0 - f64::from(failed) / f64::from(applicable)) * 10_000.0).round() / 100.0;
    let grade = p.grades.grade(score);
    Ok(QmsReport {
        score,
        grade,
        weights: QmsWeights { applicable, failed },
        check: Report { findings: out, stats: () },
        procedure_errors,
        stale_citations,
        transition,
    })
}

/// The clauses of `to` a system on `from` leaves uncovered. A justified
/// exclusion of the old edition (7.3 design) also excludes the new clauses
/// that only correspond to it (8.3.x).
fn transition_gap(from: &'static str, to: &'static str, s: &QmsSummary) -> Result<TransitionGap> {
    let uncovered = catalogue::uncovered(from, to, &s.covered_clauses)?;
    let excluded: Vec<&str> = s
        .scope
        .not_applicable
        .iter()
        .filter(|x| x.justification.as_deref().is_some_and(|j| !j.trim().is_empty()))
        .map(|x| x.clause.trim())
        .collect();
    let only_excluded = |clause: &str| {
        catalogue::counterparts(clause, to, from).is_ok_and(|m| {
            !m.targets.is_empty()
                && m.targets.iter().all(|t| excluded.iter().any(|x| catalogue::is_within(t, x)))
        })
    };
    let (not_applicable, uncovered): (Vec<&'static str>, Vec<&'static str>) =
        uncovered.into_iter().partition(|c| only_excluded(c));
    Ok(TransitionGap { from, to, uncovered, not_applicable })
}

/// The TTHC codes of a procedure: one may serve two ("1.001612; 2.000720",
/// as an annex of internal procedures prints them).
fn codes_of(d: &crate::documents::ProcedureDocument) -> Vec<&str> {
    crate::documents::tthc_codes(d.tthc_code.as_deref().unwrap_or_default()).collect()
}
