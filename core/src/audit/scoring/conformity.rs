//! The conformity model: the weighted percentage of conformity per clause,
//! combined by clause weight, with the consequences of major
//! nonconformities (caps); plus the per-clause, per-top-clause and per-unit
//! figures every model reports.

use std::collections::BTreeMap;

use super::items::{contribution_of, round, what_if, Item};
use super::report::{GroupScore, ScoreReport};
use super::types::{Consequences, FindingGrade};
use super::Scoring;

/// Sums of one clause for the conformity model.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct ClauseSums {
    /// Weight of all the clause's items, counted or not: the clause's
    /// weight in the overall score. Fixed by the checklist, so that a
    /// nonconformity never shifts weight between clauses (with caps, that
    /// could raise the overall score).
    pub w_all: f64,
    /// Weight of the counted items.
    pub w: f64,
    /// Σ weight × value of the counted items.
    pub v: f64,
    pub count: usize,
    pub majors: usize,
    pub minors: usize,
}

impl ClauseSums {
    pub fn raw(&self) -> Option<f64> {
        (self.w > 0.0).then(|| 100.0 * self.v / self.w)
    }
    pub fn major_like(&self, c: &Consequences) -> bool {
        self.majors > 0 || c.minors_as_major.is_some_and(|n| n > 0 && self.minors >= n as usize)
    }
    pub fn score(&self, c: &Consequences) -> Option<f64> {
        let raw = self.raw()?;
        Some(match c.major_clause_cap {
            Some(cap) if self.major_like(c) => raw.min(cap),
            _ => raw,
        })
    }
}

/// A group's figure: its score (capped or raw) with its count.
pub(super) fn group(key: String, s: &ClauseSums, score: Option<f64>) -> GroupScore {
    GroupScore {
        key,
        score: score.map(round),
        count: s.count,
        capped: score.is_some() && score != s.raw(),
    }
}

/// Conformity sums per clause and per unit.
pub(super) fn sums<'a>(
    items: &[Item<'a>],
) -> (BTreeMap<&'static str, ClauseSums>, BTreeMap<&'a str, ClauseSums>) {
    let mut by_clause: BTreeMap<&'static str, ClauseSums> = BTreeMap::new();
    let mut by_unit: BTreeMap<&'a str, ClauseSums> = BTreeMap::new();
    for it in items {
        let s = by_clause.entry(it.clause).or_default();
        // A clause weighs its assessed items: not applicable and not
        // assessed ones carry no weight (and an NC added later does not
        // shift weight between clauses, so it never raises the overall).
        if it.base.is_some() {
            s.w_all += it.src.weight;
        }
        s.majors += it.open_major;
        s.minors += it.open_minor;
        if let Some(v) = it.value() {
            for s in [s, by_unit.entry(it.src.unit.as_str()).or_default()] {
                s.w += it.src.weight;
                s.v += it.src.weight * v;
                s.count += 1;
            }
        }
    }
    (by_clause, by_unit)
}

/// Conformity per top-level clause (4–10), from the clauses' figures.
pub(super) fn by_top_clause(sc: &Scoring<'_>) -> Vec<GroupScore> {
    let mut top: BTreeMap<u32, ClauseSums> = BTreeMap::new();
    for k in &sc.clause_keys {
        let s = sc.by_clause[k];
        let head = k.split('.').next().and_then(|h| h.parse().ok()).unwrap_or(0);
        let t = top.entry(head).or_default();
        // Weighted as the overall weighs the clause, so the breakdown adds
        // up to the headline.
        if let Some(score) = s.score(&sc.options.consequences) {
            t.w += s.w_all;
            t.v += s.w_all * score / 100.0;
            t.count += s.count;
        }
        t.majors += s.majors;
    }
    top.iter().map(|(k, s)| group(k.to_string(), s, s.raw())).collect()
}

/// The overall conformity: clause scores weighted by the clauses' weights,
/// capped when a major-like nonconformity is open; and whether the cap
/// lowered it.
fn overall(
    sc: &Scoring<'_>, sums: &dyn Fn(&'static str) -> ClauseSums, any_major: bool,
) -> Option<(f64, bool)> {
    let c = &sc.options.consequences;
    let (mut acc, mut w) = (0.0, 0.0);
    for k in &sc.clause_keys {
        let s = sums(k);
        if let Some(score) = s.score(c) {
            acc += s.w_all * score;
            w += s.w_all;
        }
    }
    if sc.total_weight() <= 0.0 || w <= 0.0 {
        return None;
    }
    let overall = acc / w;
    Some(match c.major_overall_cap {
        Some(cap) if any_major && overall > cap => (cap, true),
        _ => (overall, false),
    })
}

/// Scores with the conformity model: headline, clauses, contributions and
/// what-if (closing a finding changes only its item's clause).
pub(super) fn score(sc: &Scoring<'_>, report: &mut ScoreReport) {
    let c = &sc.options.consequences;
    let by_clause = &sc.by_clause;
    let any_major = by_clause.values().any(|s| s.major_like(c));
    let headline = overall(sc, &|k| by_clause[k], any_major);
    report.score = headline.map(|(s, _)| round(s));
    report.overall_capped = headline.is_some_and(|(_, capped)| capped);
    report.groups = sc
        .clause_keys
        .iter()
        .map(|k| group((*k).to_owned(), &by_clause[k], by_clause[k].score(c)))
        .collect();
    let total_w = sc.total_weight();
    for it in &sc.items {
        let s = by_clause[it.clause];
        let scale = match (s.raw(), s.score(c)) {
            (Some(r), Some(capped)) if r > 0.0 => capped / r,
            _ => 1.0,
        };
        // The clause's share of the overall, then the item's share of the
        // clause.
        let contribution = it.value().map_or(0.0, |v| {
            if s.w > 0.0 {
                100.0 * (s.w_all / total_w) * (it.src.weight * v / s.w) * scale
            } else {
                0.0
            }
        });
        report.contributions.push(contribution_of(it, contribution));
    }
    let now = report.score;
    let majors_now = by_clause.values().filter(|s| s.major_like(c)).count();
    for &(i, f) in &sc.open_ncs {
        let it = &sc.items[i];
        let mut s = by_clause[it.clause];
        if let Some(b) = it.value() {
            s.v -= it.src.weight * b;
        }
        if let Some(a) = it.value_after_closing(f.grade) {
            s.v += it.src.weight * a;
        }
        let was_major_like = s.major_like(c);
        match f.grade {
            FindingGrade::Major => s.majors -= 1,
            _ => s.minors -= 1,
        }
        let still_major = majors_now - usize::from(was_major_like && !s.major_like(c)) > 0;
        let changed = it.clause;
        let after = overall(sc, &|k| if k == changed { s } else { by_clause[k] }, still_major)
            .map(|(s, _)| round(s));
        report.what_if.push(what_if(f, it, now, after));
    }
}
