//! A procedure of several cases, each with a step table and a limit of its
//! own ("5.6.1. Trường hợp …" over the first table, "5.6.2. Trường hợp …"
//! over the second; "Không quá 10 ngày làm việc đối với trường hợp …;
//! không quá 20 ngày làm việc đối với trường hợp …"): read as one
//! procedure per case, as the cases of an annex are, since the steps of
//! two cases add up to no limit of either.

use super::super::{Extraction, ExtractionNote, Origin};
use super::sections::strip_number;
use super::times::parse_duration;
use crate::documents::ProcedureDocument;
use crate::text::fold;
use crate::Duration;

/// A case's step table: where its steps start among the procedure's, its
/// caption and where that is, the time its total row gives.
pub(super) struct Case {
    pub(super) first: usize,
    pub(super) caption: String,
    pub(super) at: Origin,
    pub(super) total: Option<Duration>,
}

/// The caption of a case: "5.6.1. Trường hợp …", "Trường hợp 2: …".
pub(super) fn caption(text: &str) -> Option<String> {
    let f = fold(text);
    let rest = strip_number(&f);
    if !rest.starts_with("truong hop ") {
        return None;
    }
    // Folding keeps the number of characters: cut the number off by them.
    let skip = f.chars().count() - rest.chars().count();
    let caption: String = text.chars().skip(skip).collect();
    Some(caption.trim().trim_end_matches([':', '.']).to_owned())
}

/// The limits of a limit line that gives one per case, in order
/// ("Không quá 10 ngày làm việc đối với trường hợp …; không quá 20 ngày
/// làm việc đối với trường hợp …"): each part names its case, there is one
/// per case, and the first is the procedure's. A limit and its parts
/// ("10 ngày (trong đó: 07 ngày tại cấp xã; 03 ngày tại Sở)") are none.
fn stated_limits(doc: &ProcedureDocument, line: Option<&str>, cases: usize) -> Vec<Duration> {
    let limits: Vec<Duration> = line
        .into_iter()
        .flat_map(|l| l.split(';'))
        .filter(|p| fold(p).contains("truong hop"))
        .filter_map(parse_duration)
        .collect();
    match limits.first() {
        Some(first) if Some(*first) == doc.statutory_limit && limits.len() == cases => limits,
        _ => Vec::new(),
    }
}

/// The procedure of each case: the whole document with the steps of its
/// table, its limit (the limit line's for the case, else its table's
/// total, else the procedure's) and the case.
/// `None` when the steps are not all in cases of their own.
pub(super) fn split(
    doc: &ProcedureDocument, x: &Extraction, cases: &[Case], limit_line: Option<&str>,
) -> Option<Vec<(ProcedureDocument, Extraction)>> {
    let steps = doc.steps.as_ref()?;
    if cases.len() < 2 || cases[0].first != 0 || cases.windows(2).any(|w| w[0].first >= w[1].first)
    {
        return None;
    }
    let stated = stated_limits(doc, limit_line, cases.len());
    let mut out = Vec::with_capacity(cases.len());
    for (k, case) in cases.iter().enumerate() {
        let end = cases.get(k + 1).map_or(steps.len(), |c| c.first);
        let (mut d, mut cx) = (doc.clone(), x.clone());
        let mut own = steps[case.first..end].to_vec();
        for (i, step) in own.iter_mut().enumerate() {
            step.order = i as u32 + 1;
        }
        d.steps = Some(own);
        d.case = Some(case.caption.clone());
        // The TTHC's statement first, as for a whole procedure.
        d.statutory_limit = stated.get(k).copied().or(case.total).or(doc.statutory_limit);
        for notes in [&mut cx.found, &mut cx.missing, &mut cx.not_understood] {
            renumber(notes, case.first, end);
        }
        cx.found("/case", case.at, &case.caption);
        out.push((d, cx));
    }
    Some(out)
}

/// Keeps the notes on the steps `first..end`, numbered from 0.
fn renumber(notes: &mut Vec<ExtractionNote>, first: usize, end: usize) {
    notes.retain_mut(|n| {
        let Some(rest) = n.field.strip_prefix("/steps/") else { return true };
        let (index, tail) = rest.split_once('/').map_or((rest, ""), |(i, t)| (i, t));
        let Ok(i) = index.parse::<usize>() else { return true };
        if !(first..end).contains(&i) {
            return false;
        }
        let tail = if tail.is_empty() { String::new() } else { format!("/{tail}") };
        n.field = format!("/steps/{}{tail}", i - first);
        true
    });
}
