//! The readiness verdict for announcing conformity (công bố).

use super::items::Item;
use super::report::Readiness;
use super::types::{AuditResults, Consequences, FindingGrade};
use crate::catalogue;
use crate::{Error, InputProblem, Result};

pub(super) fn readiness(
    results: &AuditResults, items: &[Item<'_>], edition: &'static catalogue::EditionDef,
    consequences: &Consequences,
) -> Result<Readiness> {
    let mut r = Readiness {
        ready: true,
        open_majors: vec![],
        minors_without_plan: vec![],
        unassessed_clauses: vec![],
        minors_as_major: vec![],
        units_not_audited: vec![],
        audits_without_report: vec![],
        overdue_majors: vec![],
    };
    // Open minors on one clause counting as a major block as a major does.
    if let Some(n) = consequences.minors_as_major.filter(|&n| n > 0) {
        let mut per_clause: std::collections::BTreeMap<&str, usize> = Default::default();
        for it in items {
            *per_clause.entry(it.clause).or_default() += it.open_minor;
        }
        r.minors_as_major = per_clause
            .into_iter()
            .filter(|&(_, k)| k >= n as usize)
            .map(|(c, _)| c.to_owned())
            .collect();
    }
    for it in items {
        for f in it.src.findings.iter().filter(|f| !f.closed) {
            match f.grade {
                FindingGrade::Major => r.open_majors.push(f.id.clone()),
                FindingGrade::Minor if !f.action_plan_accepted => {
                    r.minors_without_plan.push(f.id.clone())
                }
                _ => {}
            }
        }
    }
    let excluded: Vec<&str> =
        results.not_applicable.iter().filter_map(|c| edition.clause(c).map(|k| k.number)).collect();
    let scope: Vec<&'static str> = if results.scope.is_empty() {
        edition.assessable().map(|c| c.number).collect()
    } else {
        let mut v = Vec::new();
        for (i, c) in results.scope.iter().enumerate() {
            let n = edition
                .clause(c)
                .ok_or_else(|| Error::invalid(format!("/scope/{i}"), not_in(c, edition.id)))?
                .number;
            v.extend(edition.subtree(n).filter(|k| k.kind.is_assessable()).map(|k| k.number));
        }
        v
    };
    for clause in scope {
        if excluded.iter().any(|x| catalogue::is_within(clause, x)) {
            continue;
        }
        if !items.iter().any(|it| it.value().is_some() && catalogue::is_within(it.clause, clause)) {
            r.unassessed_clauses.push(clause.to_owned());
        }
    }
    r.ready = r.is_clear();
    Ok(r)
}

/// "clause `x` is not in ISO 9001:2015", as a typed problem.
pub(super) fn not_in(clause: &str, edition: &str) -> InputProblem {
    InputProblem::Expected {
        what: Text::new("một điều khoản của phiên bản tiêu chuẩn", "a clause of the edition"),
        value: format!("{} (ISO 9001:{edition})", crate::text::clamp(clause)),
    }
}

use crate::text::Text;
