//! Checklist results and their scores: the four XCCDF 1.2 models, the
//! conformity percentage, maturity, grades, consequences of major
//! nonconformities, explanations and what-if. One file per model:
//! [`conformity`], [`flat`], [`tree`] (XCCDF default), [`maturity`]; the
//! verdict in [`readiness`].
//!
//! Every model is kept as sums per group, so the score after closing a
//! finding is a constant-time (or depth-of-tree) update, and ranking all
//! findings by the gain of their closure costs time linear in the items.

mod conformity;
mod flat;
mod items;
mod maturity;
mod readiness;
mod report;
mod tree;
mod types;

use std::collections::BTreeMap;

pub use report::{
    Contribution, FlatScore, GroupScore, Readiness, ReadinessView, ScoreReport, ScoreReportView,
    WhatIf,
};
pub use types::{
    AuditFinding, AuditResults, ChecklistItem, Consequences, FindingGrade, Grade, GradeThresholds,
    GroupBy, ItemResult, Model, ScoringOptions,
};

use crate::{catalogue, Error, InputProblem, Result};
use conformity::ClauseSums;
use items::{contribution_of, result_value, round, what_if, Item};

/// What every model reads, computed once.
struct Scoring<'a> {
    options: &'a ScoringOptions,
    items: Vec<Item<'a>>,
    /// Conformity sums per clause.
    by_clause: BTreeMap<&'static str, ClauseSums>,
    /// The clauses with items, in the catalogue's walk order.
    clause_keys: Vec<&'static str>,
    /// Open nonconformities: (item index, finding).
    open_ncs: Vec<(usize, &'a AuditFinding)>,
}

impl Scoring<'_> {
    /// Weight of the clauses that count: the denominator of the overall.
    fn total_weight(&self) -> f64 {
        self.by_clause.values().filter(|s| s.w > 0.0).map(|s| s.w_all).sum()
    }
}

/// Reads the items against the edition, naming the field at fault.
fn read_items<'a>(
    results: &'a AuditResults, edition: &'static catalogue::EditionDef,
) -> Result<Vec<Item<'a>>> {
    let mut items = Vec::with_capacity(results.items.len());
    for (i, it) in results.items.iter().enumerate() {
        let clause = edition
            .clause(&it.clause)
            .ok_or_else(|| {
                Error::invalid(
                    format!("/items/{i}/clause"),
                    readiness::not_in(&it.clause, edition.id),
                )
            })?
            .number;
        if let Some(m) = it.maturity.filter(|m| !(1..=5).contains(m)) {
            let (value, min, max) = (m.to_string(), "1".to_owned(), "5".to_owned());
            let problem = InputProblem::OutOfRange { value, min, max };
            return Err(Error::invalid(format!("/items/{i}/maturity"), problem));
        }
        let open =
            |g: FindingGrade| it.findings.iter().filter(|f| f.grade == g && !f.closed).count();
        items.push(Item {
            src: it,
            clause,
            base: result_value(it.result),
            open_major: open(FindingGrade::Major),
            open_minor: open(FindingGrade::Minor),
            had_nc: it.findings.iter().any(|f| f.grade.is_nonconformity()),
        });
    }
    Ok(items)
}

/// Scores audit results with the chosen model.
pub fn score(results: &AuditResults, options: &ScoringOptions) -> Result<ScoreReport> {
    let edition = catalogue::edition(&results.edition)?;
    let items = read_items(results, edition)?;
    let (by_clause, by_unit) = conformity::sums(&items);
    let mut clause_keys: Vec<&'static str> = by_clause.keys().copied().collect();
    clause_keys.sort_by_key(|k| catalogue::ClauseNumber::from(*k));
    let open_ncs = items
        .iter()
        .enumerate()
        .flat_map(|(i, it)| {
            it.src
                .findings
                .iter()
                .filter(|f| f.grade.is_nonconformity() && !f.closed)
                .map(move |f| (i, f))
        })
        .collect();
    let sc = Scoring { options, items, by_clause, clause_keys, open_ncs };
    let mut report = ScoreReport {
        model: options.model,
        score: None,
        flat: None,
        overall_capped: false,
        grade: None,
        groups: Vec::new(),
        by_top_clause: conformity::by_top_clause(&sc),
        by_unit: by_unit
            .iter()
            .map(|(k, s)| conformity::group((*k).to_owned(), s, s.raw()))
            .collect(),
        contributions: Vec::new(),
        what_if: Vec::new(),
        readiness: readiness::readiness(results, &sc.items, edition, &options.consequences)?,
    };
    match options.model {
        Model::Conformity => conformity::score(&sc, &mut report),
        m @ (Model::XccdfFlat | Model::XccdfFlatUnweighted | Model::XccdfAbsolute) => {
            flat::score(&sc, m, &mut report)
        }
        Model::XccdfDefault => xccdf_default(&sc, &mut report, edition),
        Model::Maturity => maturity::score(&sc, &mut report),
    }
    // A weighted model over items that all weigh nothing has no score:
    // not 100 (absolute, s = m = 0), not 0 (the default model's groups),
    // not a ratio of rounding errors. Flat-unweighted and maturity do not
    // read weights.
    let weighted = !matches!(options.model, Model::XccdfFlatUnweighted | Model::Maturity);
    let weighs =
        sc.items.iter().any(|it| it.value().is_some() && it.src.weight >= f64::MIN_POSITIVE);
    if weighted && !weighs {
        report.score = None;
        for w in &mut report.what_if {
            (w.score_after, w.gain) = (None, 0.0);
        }
    }
    if options.model != Model::Maturity {
        report.grade = report.score.map(|s| options.grades.grade(s));
    }
    // Largest gain first; ties in input order (stable sort).
    report
        .what_if
        .sort_by(|a, b| b.gain.partial_cmp(&a.gain).unwrap_or(core::cmp::Ordering::Equal));
    Ok(report)
}

/// The XCCDF default model over the tree of groups.
fn xccdf_default(
    sc: &Scoring<'_>, report: &mut ScoreReport, edition: &'static catalogue::EditionDef,
) {
    let tree = tree::Tree::build(&sc.items, sc.options.group_by, edition);
    report.score = tree.root_score().map(round);
    report.groups = tree.group_scores();
    for (i, it) in sc.items.iter().enumerate() {
        report.contributions.push(contribution_of(it, tree.contribution(i)));
    }
    let pass = |v: Option<f64>| v.map(|v| if v >= 1.0 { 100.0 } else { 0.0 });
    for &(i, f) in &sc.open_ncs {
        let it = &sc.items[i];
        let score_after = match (pass(it.value()), pass(it.value_after_closing(f.grade))) {
            (Some(b), Some(a)) => tree.root_after(i, a - b).map(round),
            _ => report.score,
        };
        report.what_if.push(what_if(f, it, report.score, score_after));
    }
}
