//! Register-wide rules: issues of one code, TTHC coverage, references.
//!
//! The rules read a small [`Entry`] per document, not the documents, so a
//! register can be checked while it is parsed: each document is checked
//! and dropped, keeping peak memory near the size of the input. Documents
//! are grouped by code once (sorted indices), so every rule is
//! O(n log n): none compares all pairs (REG-011 looks at the codes beside
//! each one, a bounded number).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::check::FindingSink;
use super::model::{DocStatus, ProcedureDocument};
use super::report::Report;
use super::rules::DocumentViolation as V;
use super::Checker;
use crate::text::{comparable, fold, Day, Text};

/// What the register rules need to know of one document.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    code: String,
    /// The words of the title, found when a rule first compares it.
    words: std::cell::OnceCell<Vec<String>>,
    /// The code as people read it (case, spaces, invisible characters,
    /// look-alikes): the key every register rule groups by.
    key: String,
    title: String,
    issue: u32,
    status: DocStatus,
    /// Issue date, else approval date.
    date: Option<NaiveDate>,
    effective_on: Option<NaiveDate>,
    tthc_code: Option<String>,
    /// The case of the procedure the document describes (one of several).
    case: Option<String>,
    /// For an annex's procedure (no code of its own), the decision that
    /// approved it, as people read its number.
    decision: Option<String>,
    references: Vec<String>,
    distributed: bool,
}

impl Entry {
    pub(crate) fn of(doc: &ProcedureDocument) -> Self {
        Entry {
            code: doc.code.trim().to_owned(),
            words: std::cell::OnceCell::new(),
            key: comparable(&doc.code),
            title: doc.title.trim().to_owned(),
            issue: doc.issue,
            status: doc.status,
            date: doc.issued_on.or_else(|| doc.signatures.approved.as_ref().and_then(|s| s.date)),
            effective_on: doc.effective_on,
            tthc_code: doc.tthc_code.as_deref().map(tthc_key).filter(|t| !t.is_empty()),
            case: doc.case.as_deref().map(fold).filter(|c| !c.trim().is_empty()),
            decision: doc
                .decision
                .as_ref()
                .filter(|_| doc.form == crate::documents::DocumentForm::Annex)
                .map(|d| d.number.trim().to_owned())
                .filter(|n| !n.is_empty()),
            references: doc.references.iter().map(|r| r.trim().to_owned()).collect(),
            distributed: !doc.distribution.is_empty(),
        }
    }
}

/// The TTHC codes a procedure names: one, or each of those it serves
/// ("1.001612; 2.000720").
pub(crate) fn tthc_codes(codes: &str) -> impl Iterator<Item = &str> {
    codes.split([';', ',']).map(str::trim).filter(|c| !c.is_empty())
}

/// The TTHC codes of a procedure as one key: "1.001612, 2.000720" and
/// "2.000720; 1.001612" are the same two.
pub(crate) fn tthc_key(codes: &str) -> String {
    // Two or three codes: put in order by hand (a library sort would add
    // its own copy to every WebAssembly part that checks).
    let mut all: Vec<&str> = Vec::new();
    for c in tthc_codes(codes) {
        let at = all.iter().position(|x| *x >= c).unwrap_or(all.len());
        if all.get(at) != Some(&c) {
            all.insert(at, c);
        }
    }
    all.join("; ")
}

/// The words of a title that name the procedure ("quy trình" and the
/// like left out), folded.
fn title_words(title: &str) -> Vec<String> {
    let folded = fold(&comparable(title));
    // Kept sorted and distinct as they are found: a library sort of
    // strings would add kilobytes to every WebAssembly part that checks
    // registers (benches/README.md).
    let mut words: Vec<String> = Vec::new();
    let named = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "quy" | "trinh" | "cua" | "va" | "cac" | "tai"));
    for w in named {
        if let Err(at) = words.binary_search_by(|x| x.as_str().cmp(w)) {
            words.insert(at, w.to_owned());
        }
    }
    words
}

/// How two titles compare.
#[derive(PartialEq)]
enum Titles {
    /// The same words.
    Same,
    /// A reworded title of the same procedure: they share at least half of
    /// their words, or the shorter one's words are nearly all in the longer
    /// (a title renamed to the TTHC's full published name).
    Reworded,
    /// Different procedures.
    Different,
}

impl Entry {
    fn words(&self) -> &[String] {
        self.words.get_or_init(|| title_words(&self.title))
    }
}

fn compare_titles(a: &Entry, b: &Entry) -> Titles {
    let (a, b) = (a.words(), b.words());
    if a.is_empty() || b.is_empty() || a == b {
        return Titles::Same;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let union = a.len() + b.len() - shared;
    let shorter = a.len().min(b.len());
    if shared * 2 >= union || shared * 5 >= shorter * 4 {
        Titles::Reworded
    } else {
        Titles::Different
    }
}

/// The first pair of issues of one code (in issue order) that are two
/// procedures: titles naming different procedures, or different national
/// TTHC codes under titles that are not the same ("Đăng ký khai sinh" and
/// "Đăng ký khai sinh có yếu tố nước ngoài"). One title under a new TTHC
/// code is one procedure whose code was re-published.
fn two_procedures(sorted: &[usize], docs: &[Entry]) -> Option<(usize, usize)> {
    let first = *sorted.first()?;
    sorted.iter().skip(1).find_map(|&b| {
        let (x, y) = (&docs[first], &docs[b]);
        let tthc_differs = matches!((&x.tthc_code, &y.tthc_code), (Some(p), Some(q)) if p != q);
        let titles = compare_titles(x, y);
        (titles == Titles::Different || tthc_differs && titles != Titles::Same)
            .then_some((first, b))
    })
}

/// Whether two issues are one procedure by their names: the same title
/// words, or one national TTHC code under a reworded title. Titles
/// without words say nothing.
fn same_procedure(a: &Entry, b: &Entry) -> bool {
    let (words, other) = (a.words(), b.words());
    if words.is_empty() || other.is_empty() {
        return false;
    }
    let same_tthc = matches!((&a.tthc_code, &b.tthc_code), (Some(p), Some(q)) if p == q);
    words == other || same_tthc && compare_titles(a, b) != Titles::Different
}

/// A code's last group when it is a number of one to three digits
/// ("qt.tp.07.02" → ("qt.tp.07", 2)): what an issue typed into the code
/// looks like. A year ("-2025") is not one.
fn last_number(key: &str) -> Option<(&str, u32)> {
    let cut = key.rfind(['.', '-', '_', '/'])?;
    let (prefix, digits) = (&key[..cut], &key[cut + 1..]);
    let number = (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    if prefix.is_empty() || !number {
        return None;
    }
    Some((prefix, digits.parse().ok()?))
}

/// REG-011: the issue typed into the code. An issue n ≥ 2 whose code ends
/// in n, of a procedure whose earlier issue is coded without the number or
/// with its own issue ("QT.TP.07" or "QT.TP.07.01" then "QT.TP.07.02"),
/// under the same title (or the same TTHC code and a reworded title). Sub-procedures of a group (QT.ĐĐ.03.01,
/// QT.ĐĐ.03.02) have titles of their own and are not reported.
fn issues_in_codes(by_code: &BTreeMap<&str, Vec<usize>>, docs: &[Entry]) -> Vec<(usize, V)> {
    // Bounds that keep a hostile register linear: a group has at most a
    // thousand numbered codes, and rows past the first few of one code are
    // REG-008's duplicates.
    const SIBLINGS: usize = 1_000;
    const ROWS: usize = 16;
    let mut found = Vec::new();
    for (&key, rows) in by_code {
        let Some((prefix, n)) = last_number(key).filter(|&(_, n)| n >= 2) else { continue };
        let Some(&b) = rows.iter().find(|&&b| docs[b].issue == n) else { continue };
        // The codes beside it: the prefix alone, and the prefix with the
        // same separator and another number.
        let stem = &key[..=prefix.len()];
        let numbered = by_code.range(stem..).take_while(|(k, _)| k.starts_with(stem));
        let earlier = by_code
            .get_key_value(prefix)
            .into_iter()
            .chain(numbered.take(SIBLINGS))
            .filter(|&(&k, _)| k != key)
            .flat_map(|(&k, rows)| rows.iter().take(ROWS).map(move |&a| (k, a)))
            .find(|&(k, a)| {
                let coded = k == prefix || last_number(k) == Some((prefix, docs[a].issue));
                coded && docs[a].issue < n && same_procedure(&docs[a], &docs[b])
            });
        if let Some((_, a)) = earlier {
            let (code, other) = (docs[b].code.clone(), docs[a].code.clone());
            found.push((b, V::IssueInCode { code, issue: docs[a].issue, other }));
        }
    }
    found
}

/// Rows in issue order, ties in register order: a merge sort written out
/// (rows of one code are few, and often in order already), since a library
/// sort would add kilobytes to every WebAssembly part that checks
/// registers (benches/README.md).
fn by_issue(rows: &[usize], docs: &[Entry]) -> Vec<usize> {
    let key = |i: usize| (docs[i].issue, i);
    if rows.windows(2).all(|w| key(w[0]) <= key(w[1])) {
        return rows.to_vec();
    }
    let (a, b) = rows.split_at(rows.len() / 2);
    let (a, b) = (by_issue(a, docs), by_issue(b, docs));
    let mut out = Vec::with_capacity(rows.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if key(b[j]) < key(a[i]) {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

pub(crate) fn check(checker: &Checker, docs: &[Entry], as_of: NaiveDate, report: &mut Report) {
    let mut by_code: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let rows = by_code.entry(d.key.as_str()).or_default();
        // The other cases of an issue (its code and issue, a case of its
        // own) are that issue: one row of the register. Looked for among
        // the last rows only, which keeps a hostile register linear.
        let case_of = |k: &usize| {
            let other = &docs[*k];
            other.issue == d.issue
                && other.case.is_some()
                && d.case.is_some()
                && other.case != d.case
        };
        if !rows.iter().rev().take(16).any(case_of) {
            rows.push(i);
        }
    }
    let mut pointer = String::new();
    let mut emit = |i: usize, report: &mut Report, field: &str, violation: V| {
        pointer.clear();
        pointer.push_str("/documents/");
        pointer.push_str(&i.to_string());
        let document = (docs[i].code.as_str(), docs[i].issue);
        FindingSink { checker, as_of, prefix: &pointer, document, report }.emit(field, violation);
    };
    // The distinct issues of rows sorted by issue: a row listed twice is
    // REG-008's business, not a second issue ("lần 3, 3").
    let distinct = |idx: &[usize]| {
        let mut rows = idx.to_vec();
        rows.dedup_by_key(|i| docs[*i].issue);
        rows
    };
    let issues = |rows: &[usize]| {
        rows.iter().map(|&i| docs[i].issue.to_string()).collect::<Vec<_>>().join(", ")
    };

    for (key, idx) in &by_code {
        if key.is_empty() {
            continue; // DOC-001 already reports each
        }
        // Messages quote the code as the register first wrote it.
        let code = docs[idx[0]].code.as_str();
        let sorted = by_issue(idx, docs);
        // REG-008: the same issue twice.
        for w in sorted.chunk_by(|&a, &b| docs[a].issue == docs[b].issue) {
            if w.len() > 1 {
                let (code, issue, count) = (code.to_string(), docs[w[0]].issue, w.len());
                emit(w[1], report, "/issue", V::DuplicateIssue { code, issue, count });
            }
        }
        // REG-009: one code, one procedure through its issues.
        if let Some((a, b)) = two_procedures(&sorted, docs) {
            let (first, second) = (docs[a].title.clone(), docs[b].title.clone());
            let violation = V::CodeTwoProcedures { code: code.to_string(), first, second };
            emit(b, report, "/title", violation);
        }
        // REG-001 / REG-002: one effective issue, at most one draft.
        let with = |s: DocStatus| {
            sorted.iter().copied().filter(|&i| docs[i].status == s).collect::<Vec<_>>()
        };
        let effective = with(DocStatus::Effective);
        let rows = distinct(&effective);
        if rows.len() > 1 {
            let (code, count, issues) = (code.to_string(), rows.len(), issues(&rows));
            emit(rows[1], report, "/status", V::TwoEffective { code, count, issues });
        }
        let drafts = distinct(&with(DocStatus::Draft));
        if drafts.len() > 1 {
            let (code, count, issues) = (code.to_string(), drafts.len(), issues(&drafts));
            emit(drafts[1], report, "/status", V::TwoDrafts { code, count, issues });
        }
        // REG-003: issue numbers increase with their dates.
        let dated: Vec<(usize, NaiveDate)> =
            sorted.iter().filter_map(|&i| Some((i, docs[i].date?))).collect();
        for pair in dated.windows(2) {
            let ((a, da), (b, db)) = (pair[0], pair[1]);
            if docs[b].issue > docs[a].issue && db < da {
                let violation = V::IssueOrder {
                    code: code.to_string(),
                    issue: docs[a].issue,
                    date: Day(da),
                    later: docs[b].issue,
                    later_date: Day(db),
                };
                emit(a, report, "/issuedOn", violation);
            }
        }
        // REG-004: the effective issue is the newest approved one (an
        // approved issue waiting for a future effective date does not count).
        let newest_approved = sorted
            .iter()
            .copied()
            .filter(|&i| match docs[i].status {
                DocStatus::Effective | DocStatus::Superseded => true,
                DocStatus::Approved => docs[i].effective_on.is_none_or(|e| e <= as_of),
                _ => false,
            })
            .max_by_key(|&i| docs[i].issue);
        if let (Some(&e), Some(n)) = (effective.last(), newest_approved) {
            if docs[n].issue > docs[e].issue {
                let (code, issue, newer) = (code.to_string(), docs[e].issue, docs[n].issue);
                emit(e, report, "/status", V::EffectiveNotNewest { code, issue, newer });
            }
        }
    }
    for (i, violation) in issues_in_codes(&by_code, docs) {
        emit(i, report, "/code", violation);
    }
    // REG-005: obsolete issues are not distributed.
    for (i, d) in docs.iter().enumerate() {
        let state = match d.status {
            DocStatus::Superseded => Text::new("bị thay thế", "superseded"),
            DocStatus::Withdrawn => Text::new("bị hủy bỏ", "withdrawn"),
            _ => continue,
        };
        if d.distributed {
            let (code, issue) = (d.code.clone(), d.issue);
            emit(i, report, "/distribution", V::ObsoleteDistributed { code, issue, state });
        }
    }
    // REG-006: one effective procedure per national TTHC code (two
    // effective issues of one code are REG-001's business; the cases of
    // one TTHC in one annex, "cấp" and "cấp lại", are one approval).
    let mut by_tthc: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let Some(all) = d.tthc_code.as_deref().filter(|_| d.status == DocStatus::Effective) else {
            continue;
        };
        // A procedure serving two TTHC ("1.001612; 2.000720") is one of each.
        for t in all.split("; ") {
            let codes = by_tthc.entry(t).or_default();
            if !codes.iter().any(|&k| docs[k].key == d.key && docs[k].decision == d.decision) {
                codes.push(i);
            }
        }
    }
    for (tthc, idx) in &by_tthc {
        if idx.len() > 1 {
            // An annex's procedure is named by its decision.
            let name = |i: usize| match (docs[i].code.as_str(), docs[i].decision.as_deref()) {
                ("", Some(decision)) => decision,
                (code, _) => code,
            };
            let codes = idx.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ");
            let (tthc, count) = (tthc.to_string(), idx.len());
            emit(idx[1], report, "/tthcCode", V::TthcTwice { tthc, count, codes });
        }
    }
    // REG-007: references resolve to a document in force, or, from one
    // not in force yet, to one that will be (approved together, or drafted
    // together). Codes compare as people read them (case, spaces, NFC).
    let in_force_by = |code: &str, from: DocStatus| {
        by_code.get(comparable(code).as_str()).is_some_and(|all| {
            all.iter().map(|&k| docs[k].status).any(|s| match from {
                DocStatus::Approved => matches!(s, DocStatus::Effective | DocStatus::Approved),
                DocStatus::Draft | DocStatus::InReview => s.is_current(),
                _ => s == DocStatus::Effective,
            })
        })
    };
    for (i, d) in docs.iter().enumerate() {
        if matches!(d.status, DocStatus::Superseded | DocStatus::Withdrawn) {
            continue;
        }
        for (j, r) in d.references.iter().enumerate() {
            if !in_force_by(r, d.status) {
                let reference = r.clone();
                emit(i, report, &format!("/references/{j}"), V::DanglingReference { reference });
            }
        }
    }
}
