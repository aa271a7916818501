//! Register-wide rules: issues of one code, TTHC coverage, references.
//!
//! Documents are grouped by code once (sorted indices), so every rule is
//! O(n log n) in the size of the register: no rule compares all pairs.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::check::{show, Sink};
use super::model::{DocStatus, ProcedureDocument, Register};
use super::report::Report;
use super::rules::RuleId;
use super::Checker;
use crate::text::Lang;

fn date_of(doc: &ProcedureDocument) -> Option<NaiveDate> {
    doc.issued_on.or_else(|| doc.signatures.approved.as_ref().and_then(|s| s.date))
}

pub(crate) fn check(checker: &Checker, register: &Register, lang: Lang, report: &mut Report) {
    let docs = &register.documents;
    let mut by_code: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        by_code.entry(d.code.trim()).or_default().push(i);
    }
    let mut pointer = String::new();
    let mut sink_for = |i: usize, report: &mut Report, rule: RuleId, field: &str, args: &[&str]| {
        pointer.clear();
        pointer.push_str("/documents/");
        pointer.push_str(&i.to_string());
        let doc = &docs[i];
        let document =
            Some(super::DocumentRef { code: doc.code.trim().to_owned(), issue: doc.issue });
        let mut sink = Sink { checker, lang, prefix: &pointer, document, report };
        sink.emit(rule, field, args);
    };
    let issues = |idx: &[usize]| {
        idx.iter().map(|&i| docs[i].issue.to_string()).collect::<Vec<_>>().join(", ")
    };

    for (code, idx) in &by_code {
        if code.is_empty() {
            continue; // DOC-001 already reports each
        }
        let mut sorted = idx.clone();
        sorted.sort_by_key(|&i| (docs[i].issue, i));
        // REG-008: the same issue twice.
        for w in sorted.chunk_by(|&a, &b| docs[a].issue == docs[b].issue) {
            if w.len() > 1 {
                let (n, count) = (docs[w[0]].issue.to_string(), w.len().to_string());
                sink_for(w[1], report, RuleId::DuplicateIssue, "/issue", &[code, &n, &count]);
            }
        }
        // REG-001 / REG-002: one effective issue, at most one draft.
        let with = |s: DocStatus| {
            sorted.iter().copied().filter(|&i| docs[i].status == s).collect::<Vec<_>>()
        };
        let effective = with(DocStatus::Effective);
        if effective.len() > 1 {
            let (count, list) = (effective.len().to_string(), issues(&effective));
            sink_for(effective[1], report, RuleId::TwoEffective, "/status", &[code, &count, &list]);
        }
        let drafts = with(DocStatus::Draft);
        if drafts.len() > 1 {
            let (count, list) = (drafts.len().to_string(), issues(&drafts));
            sink_for(drafts[1], report, RuleId::TwoDrafts, "/status", &[code, &count, &list]);
        }
        // REG-003: issue numbers increase with their dates.
        let dated: Vec<(usize, NaiveDate)> =
            sorted.iter().filter_map(|&i| Some((i, date_of(&docs[i])?))).collect();
        for pair in dated.windows(2) {
            let ((a, da), (b, db)) = (pair[0], pair[1]);
            if docs[b].issue > docs[a].issue && db < da {
                let args = [
                    *code,
                    &docs[a].issue.to_string(),
                    &show(da),
                    &docs[b].issue.to_string(),
                    &show(db),
                ];
                sink_for(a, report, RuleId::IssueOrder, "/issuedOn", &args);
            }
        }
        // REG-004: the effective issue is the newest approved one.
        let as_of = checker.policy().as_of;
        let newest_approved = sorted
            .iter()
            .copied()
            .filter(|&i| {
                let d = &docs[i];
                match d.status {
                    DocStatus::Effective | DocStatus::Superseded => true,
                    DocStatus::Approved => d.effective_on.is_none_or(|e| e <= as_of),
                    _ => false,
                }
            })
            .max_by_key(|&i| docs[i].issue);
        if let (Some(&e), Some(n)) = (effective.last(), newest_approved) {
            if docs[n].issue > docs[e].issue {
                let args = [*code, &docs[e].issue.to_string(), &docs[n].issue.to_string()];
                sink_for(e, report, RuleId::EffectiveNotNewest, "/status", &args);
            }
        }
    }
    // REG-005: obsolete issues are not distributed.
    for (i, d) in docs.iter().enumerate() {
        let what = match d.status {
            DocStatus::Superseded => lang.pick("bị thay thế", "superseded"),
            DocStatus::Withdrawn => lang.pick("bị bãi bỏ", "withdrawn"),
            _ => continue,
        };
        if !d.distribution.is_empty() {
            sink_for(
                i,
                report,
                RuleId::ObsoleteDistributed,
                "/distribution",
                &[d.code.trim(), &d.issue.to_string(), what],
            );
        }
    }
    // REG-006: one effective procedure per national TTHC code.
    let mut by_tthc: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        if d.status == DocStatus::Effective {
            if let Some(t) = d.tthc_code.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                let codes = by_tthc.entry(t).or_default();
                // Two effective issues of one code are REG-001's business.
                if !codes.iter().any(|&k| docs[k].code.trim() == d.code.trim()) {
                    codes.push(i);
                }
            }
        }
    }
    for (tthc, idx) in &by_tthc {
        if idx.len() > 1 {
            let codes = idx.iter().map(|&i| docs[i].code.trim()).collect::<Vec<_>>().join(", ");
            sink_for(
                idx[1],
                report,
                RuleId::TthcTwice,
                "/tthcCode",
                &[tthc, &idx.len().to_string(), &codes],
            );
        }
    }
    // REG-007: references resolve to an effective document.
    let has_effective = |code: &str| {
        by_code
            .get(code)
            .is_some_and(|idx| idx.iter().any(|&i| docs[i].status == DocStatus::Effective))
    };
    for (i, d) in docs.iter().enumerate() {
        if matches!(d.status, DocStatus::Superseded | DocStatus::Withdrawn) {
            continue;
        }
        for (j, r) in d.references.iter().enumerate() {
            if !has_effective(r.trim()) {
                sink_for(
                    i,
                    report,
                    RuleId::DanglingReference,
                    &format!("/references/{j}"),
                    &[r.trim()],
                );
            }
        }
    }
}
