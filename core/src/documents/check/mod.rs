//! The checks of one procedure document.

use chrono::{Datelike, Months, NaiveDate};

mod clauses;
mod encoding;
mod legal;
mod steps;

use clauses::clauses;
use legal::legal_basis;
use steps::steps;

use super::model::{DocStatus, DocumentForm, ProcedureDocument, Retention, Signature};
use super::pattern::ReadablePatterns;
use super::policy::Section;
use super::report::Report;
use super::rules::{DocumentViolation as V, IssueAt};
use super::Checker;
use crate::rules::{DocumentRef, Finding};
use crate::text::{
    cleaned, comparable, odd_chars, odd_chars_in_name, starts_with_folded, without_odd, Day,
    OddChar, Text,
};

/// Collects the findings of one document, under a JSON-pointer prefix.
pub(crate) struct FindingSink<'a> {
    pub checker: &'a Checker,
    /// The date the document is checked for.
    pub as_of: NaiveDate,
    pub prefix: &'a str,
    /// Code and issue of the document, copied into findings only.
    pub document: (&'a str, u32),
    pub report: &'a mut Report,
}

impl FindingSink<'_> {
    /// Records `violation` at `pointer` (relative to the prefix), unless
    /// the policy disables its rule.
    pub fn emit(&mut self, pointer: &str, violation: V) {
        let Some(severity) = self.checker.severity(violation.id()) else { return };
        self.report.findings.push(Finding {
            violation,
            severity,
            pointer: format!("{}{}", self.prefix, pointer),
            document: Some(DocumentRef {
                code: self.document.0.to_owned(),
                issue: self.document.1,
            }),
        });
    }
}

pub(super) fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

pub(super) const ROLES: [(&str, Text); 3] = [
    ("drafted", Text::new("Soạn thảo", "drafting")),
    ("reviewed", Text::new("Xem xét", "review")),
    ("approved", Text::new("Phê duyệt", "approval")),
];

pub(super) fn signature(doc: &ProcedureDocument, role: usize) -> Option<&Signature> {
    let s = &doc.signatures;
    [&s.drafted, &s.reviewed, &s.approved][role].as_ref()
}

/// Runs every document rule on `doc`.
pub(crate) fn document(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    header(doc, sink);
    sections(doc, sink);
    legal_basis(doc, sink);
    steps(doc, sink);
    records(doc, sink);
    change_log(doc, sink);
    review(doc, sink);
    clauses(doc, sink);
    encoding::encoding(doc, sink);
}

/// Reports the first hidden or look-alike character of a value.
pub(super) fn odd(sink: &mut FindingSink<'_>, pointer: &str, what: Text, found: &[OddChar]) {
    if let Some(&character) = found.first() {
        let position = character.position;
        sink.emit(pointer, V::HiddenCharacter { what, character, position });
    }
}

fn header(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    // The code as meant: a pasted invisible or look-alike character is
    // reported on its own (DOC-011), not as a wrong code.
    odd(sink, "/code", Text::new("mã số", "the code"), &odd_chars(&doc.code));
    let code = without_odd(&doc.code);
    // An annex to a decision has no code of its own: the decision and the
    // TTHC code name it.
    let iso = doc.form == DocumentForm::Iso;
    if code.is_empty() && iso {
        sink.emit("/code", V::CodeMissing {});
    } else if !code.is_empty()
        // An annex's code ("ký hiệu: QTCX-11") is the province's register
        // of internal procedures, not the agency's ISO codes its patterns
        // describe.
        && iso
        && !sink.checker.patterns.is_empty()
        && !sink.checker.patterns.iter().any(|p| p.matches(&code))
    {
        let patterns = ReadablePatterns(sink.checker.patterns.clone());
        sink.emit("/code", V::CodePattern { code: code.into_owned(), patterns });
    }
    if doc.title.trim().is_empty() {
        sink.emit("/title", V::TitleMissing {});
    }
    if doc.issue == 0 || doc.issue > super::MAX_ISSUE {
        sink.emit("/issue", V::IssueNumber { issue: doc.issue });
    }
    plausible_dates(doc, sink);

    // drafted ≤ reviewed ≤ approved ≤ effective, and issued ≤ effective.
    let sig_date = |i: usize| signature(doc, i).and_then(|s| s.date);
    let chain = [
        (sig_date(0), "/signatures/drafted/date", Text::new("ngày soạn thảo", "the drafting date")),
        (sig_date(1), "/signatures/reviewed/date", Text::new("ngày xem xét", "the review date")),
        (
            sig_date(2),
            "/signatures/approved/date",
            Text::new("ngày phê duyệt", "the approval date"),
        ),
        (doc.effective_on, "/effectiveOn", Text::new("ngày hiệu lực", "the effective date")),
    ];
    let mut previous: Option<(NaiveDate, Text)> = None;
    for &(date, pointer, name) in &chain {
        let Some(date) = date else { continue };
        if let Some((prev, prev_name)) = previous {
            if prev > date {
                sink.emit(
                    pointer,
                    V::DateOrder {
                        first: prev_name,
                        first_date: Day(prev),
                        second: name,
                        second_date: Day(date),
                    },
                );
            }
        }
        previous = Some((date, name));
    }
    if let (Some(issued), Some(effective)) = (doc.issued_on, doc.effective_on) {
        if issued > effective {
            sink.emit(
                "/effectiveOn",
                V::DateOrder {
                    first: Text::new("ngày ban hành", "the issue date"),
                    first_date: Day(issued),
                    second: Text::new("ngày hiệu lực", "the effective date"),
                    second_date: Day(effective),
                },
            );
        }
    }

    // DOC-013: the status the dates have overtaken (a register not updated).
    if let Some(effective) = doc.effective_on {
        let approved = Text::new("đã phê duyệt", "approved");
        let in_force = Text::new("có hiệu lực", "effective");
        let wrong = match doc.status {
            DocStatus::Approved if effective <= sink.as_of => Some((approved, in_force)),
            DocStatus::Effective if effective > sink.as_of => Some((in_force, approved)),
            _ => None,
        };
        if let Some((status, should)) = wrong {
            let date = Day(effective);
            sink.emit("/status", V::StatusOutOfDate { status, date, should });
        }
    }

    // A date per signature is asked for only when the grid has a date row
    // (someone dated): many templates have none, the issue date dating
    // the approval.
    let dated = (0..ROLES.len()).any(|i| signature(doc, i).is_some_and(|s| s.date.is_some()));
    // A draft, or one under review, is signed by its drafter only so far:
    // the review and approval blocks wait for their turn.
    let signed_so_far = match doc.status {
        DocStatus::Draft | DocStatus::InReview => 1,
        _ => ROLES.len(),
    };
    // Issued with the numbered decision that approves it ("Ban hành kèm
    // theo Quyết định số 215/QĐ-UBND"), a procedure is approved by the
    // decision's signer.
    let by_decision = doc.decision.as_ref().is_some_and(|d| {
        // "215/QĐ-UBND", "Số 215/QĐ-UBND", "Số: 215/QĐ-UBND".
        let n = d.number.trim_start();
        let n = n.strip_prefix("Số").or_else(|| n.strip_prefix("số")).unwrap_or(n);
        n.trim_start_matches([':', ' ']).starts_with(|c: char| c.is_ascii_digit())
    });
    for (i, &(field, role)) in ROLES.iter().enumerate().take(signed_so_far) {
        // An annex is signed on its decision: a signature it carries is
        // checked, one it does not is not asked for; nor is the approval of
        // a procedure its decision approves.
        let Some(sig) = signature(doc, i) else {
            if !iso || (by_decision && i == 2) {
                continue;
            }
            let part = Text::new("chữ ký", "a signature");
            sink.emit(&format!("/signatures/{field}"), V::SignatureMissing { role, part });
            continue;
        };
        let parts = [
            (blank(&sig.name), "name", Text::new("họ tên", "a name")),
            (blank(&sig.position), "position", Text::new("chức vụ", "a position")),
            (dated && sig.date.is_none(), "date", Text::new("ngày ký", "a date")),
        ];
        for (missing, name, part) in parts {
            if missing {
                let pointer = format!("/signatures/{field}/{name}");
                sink.emit(&pointer, V::SignatureMissing { role, part });
            }
        }
    }
    for (i, (field, _)) in ROLES.iter().enumerate() {
        let found = signature(doc, i).and_then(|s| s.name.as_deref()).map(odd_chars_in_name);
        if let Some(found) = found.filter(|f| !f.is_empty()) {
            let pointer = format!("/signatures/{field}/name");
            odd(sink, &pointer, Text::new("họ tên", "the name"), &found);
        }
    }
    // Two people are the same when their names are, once normalised (NFC,
    // spaces, case, old or new tone placement), diacritics kept: Hùng and
    // Hưng are two.
    let names: Vec<Option<String>> = (0..3)
        .map(|i| signature(doc, i).and_then(|s| s.name.as_deref()).map(comparable))
        .map(|n| n.filter(|n| !n.is_empty()))
        .collect();
    let same = |a: usize, b: usize| names[a].is_some() && names[a] == names[b];
    let named = |i: usize| {
        cleaned(signature(doc, i).and_then(|s| s.name.as_deref()).unwrap_or_default()).into_owned()
    };
    if same(0, 2) {
        sink.emit("/signatures/approved/name", V::ApproverIsDrafter { name: named(2) });
    } else {
        // The drafter approving is DOC-006; otherwise a review by the
        // drafter, or an approval by the reviewer, is not independent.
        for (a, b, pointer) in
            [(0, 1, "/signatures/reviewed/name"), (1, 2, "/signatures/approved/name")]
        {
            if same(a, b) {
                let (first, second) = (ROLES[a].1, ROLES[b].1);
                sink.emit(pointer, V::SignsTwice { name: named(b), first, second });
            }
        }
    }
    if let Some(approved) = signature(doc, 2) {
        if let Some(position) = approved.position.as_deref().filter(|p| !p.trim().is_empty()) {
            let allowed = &sink.checker.approvers;
            let position = comparable(position);
            let held = acting_for(&position);
            if !allowed.is_empty() && !allowed.iter().any(|a| starts_with_folded(held, a)) {
                let position =
                    cleaned(approved.position.as_deref().unwrap_or_default()).into_owned();
                sink.emit("/signatures/approved/position", V::ApproverPosition { position });
            }
        }
    }
}

fn plausible_dates(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    // The pointer is only formatted when a date is wrong.
    let check =
        |date: Option<NaiveDate>, sink: &mut FindingSink<'_>, pointer: &dyn Fn() -> String| {
            if let Some(d) = date.filter(|d| !(1945..=2100).contains(&d.year())) {
                sink.emit(&pointer(), V::ImplausibleDate { date: Day(d) });
            }
        };
    check(doc.issued_on, sink, &|| "/issuedOn".into());
    check(doc.effective_on, sink, &|| "/effectiveOn".into());
    check(doc.last_review, sink, &|| "/lastReview".into());
    for (i, (field, _)) in ROLES.iter().enumerate() {
        check(signature(doc, i).and_then(|s| s.date), sink, &|| {
            format!("/signatures/{field}/date")
        });
    }
    for (i, r) in doc.legal_basis.iter().flatten().enumerate() {
        check(r.date, sink, &|| format!("/legalBasis/{i}/date"));
    }
    for (i, c) in doc.change_log.iter().enumerate() {
        check(c.date, sink, &|| format!("/changeLog/{i}/date"));
    }
}

fn sections(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    for &section in &sink.checker.policy.required_sections {
        // An annex to a decision is its steps (and time limit) only.
        if doc.form == DocumentForm::Annex && section != Section::Steps {
            continue;
        }
        // None: absent; Some(true): present but empty.
        let state = match section {
            Section::Purpose => doc.purpose.as_ref().map(|s| s.trim().is_empty()),
            Section::Scope => doc.scope.as_ref().map(|s| s.trim().is_empty()),
            Section::LegalBasis => doc.legal_basis.as_ref().map(Vec::is_empty),
            Section::Definitions => doc.definitions.as_ref().map(Vec::is_empty),
            Section::Steps => doc.steps.as_ref().map(Vec::is_empty),
            Section::Forms => doc.forms.as_ref().map(Vec::is_empty),
            Section::Records => doc.records.as_ref().map(Vec::is_empty),
            // Reported by DOC-061, for the documents in force only.
            Section::Distribution => continue,
        };
        let state = match state {
            None => Text::new("chưa có trong tài liệu", "is missing"),
            Some(true) => Text::new("chưa có nội dung", "is empty"),
            Some(false) => continue,
        };
        let pointer = format!("/{}", section.field());
        sink.emit(&pointer, V::SectionMissing { section: section.label(), state });
    }
}

/// The date the document was approved: the approver's date, else the
/// issue date.
pub(super) fn approval_date(doc: &ProcedureDocument) -> Option<NaiveDate> {
    let decided = || doc.decision.as_ref().and_then(|d| d.date);
    doc.signatures.approved.as_ref().and_then(|s| s.date).or(doc.issued_on).or_else(decided)
}

fn records(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    for (i, r) in doc.records.iter().flatten().enumerate() {
        let record = || r.name.trim().to_owned();
        if blank(&r.keeper) {
            sink.emit(&format!("/records/{i}/keeper"), V::RecordKeeper { record: record() });
        }
        if blank(&r.place) {
            sink.emit(&format!("/records/{i}/place"), V::RecordPlace { record: record() });
        }
        let retention_ok = match &r.retention {
            Some(Retention::Years { years }) => *years > 0,
            Some(Retention::Permanent) => true,
            Some(Retention::Reference { document }) => {
                legal::retention_reference(sink, i, record(), document)
            }
            None => false,
        };
        if !retention_ok {
            sink.emit(&format!("/records/{i}/retention"), V::RecordRetention { record: record() });
        }
    }
}

fn change_log(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    if doc.issue <= super::MAX_ISSUE {
        for issue in 2..=doc.issue {
            if !doc.change_log.iter().any(|c| c.issue == issue) {
                sink.emit("/changeLog", V::ChangeLogMissing { issue });
            }
        }
    }
    for (r, pair) in doc.change_log.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let dates_back = matches!((a.date, b.date), (Some(x), Some(y)) if y < x);
        // One row per change: several rows of one issue are in order.
        if b.issue < a.issue || dates_back {
            let row = r + 1;
            sink.emit(
                &format!("/changeLog/{row}"),
                V::ChangeLogOrder {
                    row: row + 1,
                    entry: IssueAt { issue: b.issue, date: b.date },
                    previous: IssueAt { issue: a.issue, date: a.date },
                },
            );
        }
    }
}

/// The position an acting head holds ("quyền giám đốc sở", "q. giám đốc"
/// → "giám đốc …"), or the position itself. `position` is comparable
/// (lower case, one space).
fn acting_for(position: &str) -> &str {
    for prefix in ["quyền ", "q. ", "q."] {
        if let Some(rest) = position.strip_prefix(prefix) {
            return rest.trim_start();
        }
    }
    position
}

/// When the periodic review of an effective document falls due: counted
/// from its last review or from the day its issue took effect, whichever
/// is later (approving a new issue reviews the whole document).
pub(crate) fn review_due(doc: &ProcedureDocument, months: u32) -> Option<(NaiveDate, NaiveDate)> {
    let base = match (doc.last_review, doc.effective_on.or(doc.issued_on)) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b)?,
    };
    Some((base, base.checked_add_months(Months::new(months))?))
}

fn review(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    // A review after the day of the check has not happened (a year typed
    // wrong, most often): said once, and no due date is made from it. A
    // superseded issue's dates are history, not checked against today.
    let future = doc.last_review.filter(|d| *d > sink.as_of);
    // (A year past 2100 is DOC-008's.)
    let plausible = future.is_some_and(|d| d.year() <= 2100);
    if let Some(last) = future.filter(|_| plausible && doc.status.is_current()) {
        let as_of = Day(sink.as_of);
        sink.emit("/lastReview", V::ReviewAfterCheck { date: Day(last), as_of });
    }
    // An annex is reviewed when its TTHC change, by a new decision: no
    // periodic review is asked of it.
    if doc.status != DocStatus::Effective || doc.form == DocumentForm::Annex {
        return;
    }
    let months = sink.checker.policy.review_interval_months;
    if let Some((base, due)) = review_due(doc, months).filter(|_| future.is_none()) {
        if due < sink.as_of {
            sink.report.stats.overdue_reviews += 1;
            sink.emit("/lastReview", V::ReviewOverdue { last: Day(base), months, due: Day(due) });
        }
    }
    let required = &sink.checker.policy.required_sections;
    // An annex is sent out with its decision ("Nơi nhận" of the decision).
    if doc.distribution.is_empty()
        && doc.form == DocumentForm::Iso
        && required.contains(&Section::Distribution)
    {
        sink.emit("/distribution", V::NoDistribution {});
    }
}
