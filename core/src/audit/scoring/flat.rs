//! The XCCDF 1.2 flat models: flat (weighted), flat-unweighted and
//! absolute. A rule passes when its effective value is 1.

use super::conformity::group;
use super::items::{contribution_of, round, what_if, Item};
use super::report::{FlatScore, ScoreReport};
use super::types::Model;
use super::Scoring;

/// Scores with a flat model (`model` is one of the three).
pub(super) fn score(sc: &Scoring<'_>, model: Model, report: &mut ScoreReport) {
    // Flat-unweighted counts every rule as 1, a weight of 0 included; the
    // absolute model reads the weighted flat sums (s = m). The XCCDF 1.2
    // text and OpenSCAP agree on both.
    let unweighted = model == Model::XccdfFlatUnweighted;
    let w_of = |it: &Item<'_>| if unweighted { 1.0 } else { it.src.weight };
    let pass = |v: Option<f64>| v.map(|v| if v >= 1.0 { 1.0 } else { 0.0 });
    let (mut s, mut m) = (0.0, 0.0);
    for it in &sc.items {
        if let Some(p) = pass(it.value()) {
            s += w_of(it) * p;
            m += w_of(it);
        }
    }
    let headline = |s: f64, m: f64| -> Option<f64> {
        if model == Model::XccdfAbsolute {
            Some(if (s - m).abs() < 1e-9 { 100.0 } else { 0.0 })
        } else {
            (m > 0.0).then(|| round(100.0 * s / m))
        }
    };
    report.flat = Some(FlatScore { score: round(s), max: round(m) });
    report.score = headline(s, m);
    report.groups = sc
        .clause_keys
        .iter()
        .map(|k| group((*k).to_owned(), &sc.by_clause[k], sc.by_clause[k].raw()))
        .collect();
    for it in &sc.items {
        let contribution = match pass(it.value()) {
            Some(p) if m > 0.0 => 100.0 * w_of(it) * p / m,
            _ => 0.0,
        };
        report.contributions.push(contribution_of(it, contribution));
    }
    for &(i, f) in &sc.open_ncs {
        let it = &sc.items[i];
        let before = pass(it.value()).unwrap_or(0.0);
        let after = pass(it.value_after_closing(f.grade)).unwrap_or(0.0);
        // The item is counted before and after (it has an NC).
        let s2 = s + w_of(it) * (after - before);
        report.what_if.push(what_if(f, it, report.score, headline(s2, m)));
    }
}
