//! The maturity model: the mean maturity level (1–5) per clause, and their
//! mean. Nonconformities do not move it (no what-if gain).

use std::collections::BTreeMap;

use super::items::{contribution_of, round, what_if};
use super::report::{GroupScore, ScoreReport};
use super::Scoring;
use crate::catalogue;

/// Scores with the maturity model.
pub(super) fn score(sc: &Scoring<'_>, report: &mut ScoreReport) {
    let mut per_clause: BTreeMap<&'static str, (f64, usize)> = BTreeMap::new();
    for it in &sc.items {
        if let Some(m) = it.src.maturity {
            let e = per_clause.entry(it.clause).or_default();
            e.0 += f64::from(m);
            e.1 += 1;
        }
    }
    let mut keys: Vec<&'static str> = per_clause.keys().copied().collect();
    keys.sort_by_key(|k| catalogue::ClauseNumber::from(*k));
    report.groups = keys
        .iter()
        .map(|k| {
            let (sum, n) = per_clause[k];
            GroupScore {
                key: (*k).to_owned(),
                score: Some(round(sum / n as f64)),
                count: n,
                capped: false,
            }
        })
        .collect();
    let n = report.groups.len();
    report.score = (n > 0)
        .then(|| round(report.groups.iter().filter_map(|g| g.score).sum::<f64>() / n as f64));
    for it in &sc.items {
        report.contributions.push(contribution_of(it, 0.0));
    }
    for &(i, f) in &sc.open_ncs {
        report.what_if.push(what_if(f, &sc.items[i], report.score, report.score));
    }
}
