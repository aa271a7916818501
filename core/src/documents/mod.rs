//! Document control: validate procedure documents (quy trình) and whole
//! document registers (danh mục tài liệu) against the rules of ISO 9001
//! 7.5 and Vietnamese practice, under an agency's [`Policy`].
//!
//! A check takes the "as of" date and returns a language-free
//! [`Report`]; its messages are rendered when asked, in either language.
//!
//! ```
//! use iso9001::documents::{Checker, Policy, ProcedureDocument};
//! use iso9001::Lang;
//! let checker = Checker::new(Policy::default()).unwrap();
//! let doc: ProcedureDocument = serde_json::from_str(
//!     r#"{"code": "QT.VP.01", "title": "Kiểm soát tài liệu", "kind": "system",
//!         "issue": 1, "status": "draft"}"#,
//! ).unwrap();
//! let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
//! let report = checker.check_document(&doc, as_of);
//! assert!(!report.passed());
//! assert!(report.rule_ids().contains(&"DOC-005")); // signatures missing
//! let f = &report.findings[0];
//! assert_eq!(f.message(Lang::Vi), "Phần ký “Soạn thảo” chưa có chữ ký.");
//! assert_eq!(f.message(Lang::En), "The drafting signature block lacks a signature.");
//! ```

mod check;
mod docnumber;
mod location;
mod merge;
mod model;
mod pattern;
mod policy;
pub(crate) mod references;
mod register;
pub(crate) use register::tthc_codes;
mod replaced_data;
mod report;
mod rules;
mod stream;

pub use docnumber::{
    check as check_document_number, doc_type, parse as parse_document_number, DocType,
    DocumentNumber, NumberCheck, NumberForm, NumberProblem, NumberView, DOC_TYPES,
};
pub use location::location;
pub use model::*;
pub use pattern::{CodePattern, ReadablePatterns};
pub use policy::{shipped_replacements, DocumentLimits, Policy, Replacement, Section};
pub use report::{DocumentStats, Finding, Report, ReportView, StatusCounts, Summary};
pub use rules::{
    rule, rule_views, Counterparts, DocumentViolation, EntryName, IssueAt, RuleId, RULES,
};

use chrono::NaiveDate;

use crate::interchange::from_json;
use crate::rules::Severity;
use crate::text::{self, comparable, fold};
use crate::{Error, InputProblem, Result};

/// How a replaced document is looked up: its canonical number ("01/2018"
/// and "1/2018" are one document), compared ignoring case and spacing.
fn replacement_key(number: &str) -> String {
    replacement_id(number).0
}

/// [`replacement_key`], and the number and year of a number that parses
/// (what a citation is first compared by).
fn replacement_id(number: &str) -> (String, Option<(u32, Option<u16>)>) {
    match parse_document_number(&text::without_odd(number)) {
        Ok(n) => (comparable(&n.to_string()), Some((n.number, n.year))),
        Err(_) => (comparable(number), None),
    }
}

/// A replaced document as the checker looks it up: its key, the key of
/// what replaces it (to follow a chain without parsing at check time), and
/// the entry.
#[derive(Debug, Clone)]
struct Replaced {
    key: String,
    next: String,
    entry: Replacement,
}

/// The replaced documents a citation by name and year can point to: those
/// with a name whose year no other named entry shares, and whose
/// replacement is of another year (two laws of one name in 2025 cannot be
/// told apart by "năm 2025").
fn named_entries(replaced: &[Replaced]) -> Vec<(String, u16, String)> {
    let year = |n: &str| parse_document_number(&text::without_odd(n)).ok()?.year;
    let mut named: Vec<(String, u16, String)> = Vec::new();
    for r in replaced {
        let Some(title) = r.entry.title.as_deref() else { continue };
        let Some(y) = year(&r.entry.number) else { continue };
        if year(&r.entry.replaced_by) == Some(y) {
            continue;
        }
        named.push((references::folded_words(title), y, r.key.clone()));
    }
    // A name and year two entries share names neither.
    let alone: Vec<bool> = named
        .iter()
        .map(|e| named.iter().filter(|o| o.0 == e.0 && o.1 == e.1).count() == 1)
        .collect();
    let mut alone = alone.into_iter();
    named.retain(|_| alone.next().unwrap_or(false));
    named
}

/// Issue numbers above this are absurd (DOC-003).
pub const MAX_ISSUE: u32 = 999;

/// A policy compiled once for many checks: code patterns parsed, approver
/// positions folded, rule switches resolved. Cheap to share across threads
/// (it is immutable).
#[derive(Debug, Clone)]
pub struct Checker {
    policy: Policy,
    patterns: Vec<CodePattern>,
    approvers: Vec<String>,
    /// Severity per rule (by `RuleId` index); `None` when disabled.
    severities: Vec<Option<Severity>>,
    /// Replaced documents (shipped, then the policy's, which win), by the
    /// comparable form of their number, sorted for binary search.
    replaced: Vec<Replaced>,
    /// Replaced documents cited by name ("Luật Đất đai năm 2013"): the
    /// name's folded words, the year of the number, and the key.
    named: Vec<(String, u16, String)>,
    /// The number and year of each replaced document, sorted: most
    /// citations are of documents in force, ruled out by these before
    /// their key is written. `None` when an entry's number does not parse
    /// (its key is then its text, and every citation is looked up).
    numbers: Option<Vec<(u32, Option<u16>)>>,
}

impl Checker {
    /// Compiles a policy. A bad pattern, value or rule ID is an error
    /// naming the policy field.
    pub fn new(policy: Policy) -> Result<Self> {
        policy.validate()?;
        let patterns =
            policy.code_patterns.iter().map(|p| CodePattern::parse(p)).collect::<Result<_>>()?;
        let approvers = policy.approver_positions.iter().map(|p| fold(&comparable(p))).collect();
        let severities = RULES
            .iter()
            .map(|r| {
                if policy.disabled_rules.iter().any(|d| d == r.id) {
                    None
                } else {
                    Some(policy.severity_overrides.get(r.id).copied().unwrap_or(r.severity))
                }
            })
            .collect();
        let shipped = if policy.use_shipped_replacements { shipped_replacements() } else { &[] };
        let mut replaced: Vec<Replaced> = Vec::new();
        let mut numbers = Some(Vec::new());
        // Kept sorted as they are built (a sort would cost the wasm parts a
        // sorting routine of their own). The policy's entries come last:
        // on a duplicate number they win.
        for r in shipped.iter().chain(&policy.replaced_documents) {
            let (key, id) = replacement_id(&r.number);
            match (id, numbers.as_mut()) {
                (Some(id), Some(list)) => {
                    if let Err(i) = list.binary_search(&id) {
                        list.insert(i, id);
                    }
                }
                _ => numbers = None,
            }
            let next = replacement_key(&r.replaced_by);
            let entry = Replaced { key, next, entry: r.clone() };
            match replaced.binary_search_by(|e| e.key.as_str().cmp(&entry.key)) {
                Ok(i) => replaced[i] = entry,
                Err(i) => replaced.insert(i, entry),
            }
        }
        let named = named_entries(&replaced);
        Ok(Checker { policy, patterns, approvers, severities, replaced, named, numbers })
    }

    /// Compiles a policy given as JSON.
    pub fn from_policy_json(policy: &str) -> Result<Self> {
        Self::new(from_json(policy, Default::default())?)
    }

    /// The policy this checker applies.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    fn severity(&self, rule: RuleId) -> Option<Severity> {
        self.severities.get(rule as usize).copied().flatten()
    }

    /// The replacement of `number` in force on `as_of`, if any, followed
    /// to the document in force: 15/2021/NĐ-CP → 175/2024/NĐ-CP →
    /// 217/2026/NĐ-CP names 217/2026 from 01/07/2026 (the returned entry's
    /// `replaced_by`). At most 16 links, so a loop in a policy's list ends.
    fn replacement(&self, number: &DocumentNumber, as_of: NaiveDate) -> Option<&Replacement> {
        if let Some(numbers) = &self.numbers {
            numbers.binary_search(&(number.number, number.year)).ok()?;
        }
        self.replacement_of(&comparable(&number.to_string()), as_of)
    }

    /// The replacement in force on `as_of` of a document cited by name and
    /// year ("Luật Đất đai năm 2013"), if the list names it so.
    fn replacement_by_name(&self, text: &str, as_of: NaiveDate) -> Option<&Replacement> {
        let words = references::folded_words(text);
        let (_, _, key) = self
            .named
            .iter()
            .find(|(name, year, _)| references::year_after_name(&words, name) == Some(*year))?;
        self.replacement_of(key, as_of)
    }

    fn replacement_of(&self, key: &str, as_of: NaiveDate) -> Option<&Replacement> {
        let mut r = self.replaced_on(key, as_of)?;
        for _ in 0..16 {
            match self.replaced_on(&r.next, as_of) {
                Some(next) => r = next,
                None => break,
            }
        }
        Some(&r.entry)
    }

    /// The entry of the document whose key is `key`, if it is replaced on
    /// `as_of`.
    fn replaced_on(&self, key: &str, as_of: NaiveDate) -> Option<&Replaced> {
        let i = self.replaced.binary_search_by(|e| e.key.as_str().cmp(key)).ok()?;
        let r = &self.replaced[i];
        r.entry.effective_from.is_none_or(|from| from <= as_of).then_some(r)
    }

    /// Checks one procedure document as of a date (the periodic review
    /// and the currency of legal bases depend on it).
    pub fn check_document(&self, doc: &ProcedureDocument, as_of: NaiveDate) -> Report {
        let mut report = Report::default();
        self.check_into(doc, "", as_of, &mut report);
        report
    }

    pub(crate) fn check_into(
        &self, doc: &ProcedureDocument, prefix: &str, as_of: NaiveDate, report: &mut Report,
    ) {
        report.stats.documents += 1;
        report.stats.by_status.add(doc.status);
        let document = (doc.code.trim(), doc.issue);
        let mut sink = check::FindingSink { checker: self, as_of, prefix, document, report };
        check::document(doc, &mut sink);
    }

    /// Checks every document of a register, then the register-wide rules,
    /// as of a date.
    pub fn check_register(&self, register: &Register, as_of: NaiveDate) -> Report {
        let mut report = Report::default();
        let mut prefix = String::new();
        for (i, doc) in register.documents.iter().enumerate() {
            prefix.clear();
            prefix.push_str("/documents/");
            prefix.push_str(&i.to_string());
            self.check_into(doc, &prefix, as_of, &mut report);
        }
        let entries: Vec<register::Entry> =
            register.documents.iter().map(register::Entry::of).collect();
        register::check(self, &entries, as_of, &mut report);
        report
    }

    /// Checks a register given together with the documents' own files (as
    /// a secretary checks a folder and its danh mục): a file and a register
    /// entry with the same code and issue are one document, checked once
    /// (its content is the file's);
    /// where they disagree (status, title, dates) it is reported (REG-010);
    /// files with no entry are checked as part of the register, after its
    /// entries. Returns the report and, for each document of the merged
    /// register (`/documents/i`), the file it came from (`None`: only the
    /// register lists it).
    pub fn check_register_with_files(
        &self, register: &Register, files: &[ProcedureDocument], as_of: NaiveDate,
    ) -> (Report, Vec<Option<usize>>) {
        let merged = merge::merge(&register.documents, files);
        let all = Register { agency: register.agency.clone(), documents: merged.documents };
        let mut report = self.check_register(&all, as_of);
        for (i, field, violation) in merged.disagreements {
            let Some(severity) = self.severity(violation.id()) else { continue };
            let d = &all.documents[i];
            report.findings.push(crate::rules::Finding {
                violation,
                severity,
                pointer: format!("/documents/{i}{field}"),
                document: Some(crate::rules::DocumentRef {
                    code: d.code.trim().to_owned(),
                    issue: d.issue,
                }),
            });
        }
        (report, merged.from_file)
    }

    /// Parses a document from JSON (under the policy's limits) and checks it.
    pub fn check_document_json(&self, doc: &str, as_of: NaiveDate) -> Result<Report> {
        let doc: ProcedureDocument = from_json(doc, self.policy.limits.input())?;
        Ok(self.check_document(&doc, as_of))
    }

    /// Parses a register from JSON (under the policy's limits) and checks
    /// it, document by document as they are read: the register is never
    /// held in memory as a whole.
    pub fn check_register_json(&self, register: &str, as_of: NaiveDate) -> Result<Report> {
        let mut report = Report::default();
        let mut entries = Vec::new();
        let too_many = std::cell::Cell::new(None);
        let limits = self.policy.limits.input();
        let stream = stream::RegisterStream {
            checker: self,
            as_of,
            report: &mut report,
            entries: &mut entries,
            too_many: &too_many,
        };
        let parsed =
            crate::interchange::from_json_seed(register, limits, stream::RegisterSeed(stream));
        if let Some(count) = too_many.get() {
            let limit = self.policy.limits.max_documents;
            return Err(Error::invalid("/documents", InputProblem::TooMany { count, limit }));
        }
        parsed?;
        register::check(self, &entries, as_of, &mut report);
        Ok(report)
    }
}

#[cfg(test)]
mod tests;
