//! The checks of one procedure document.

use chrono::{Datelike, Months, NaiveDate};

use super::model::{DocStatus, ProcedureDocument, ProcedureKind, ReferenceKind, Signature};
use super::policy::Section;
use super::references::{self, Reading};
use super::report::Report;
use super::rules::{Counterparts, DocumentViolation as V, IssueAt};
use super::Checker;
use crate::catalogue;
use crate::rules::{DocumentRef, Finding};
use crate::text::{
    cleaned, comparable, fold, odd_chars, odd_chars_in_name, starts_with_folded, without_odd, Day,
    Decimal, OddChar, Text,
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

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

const ROLES: [(&str, Text); 3] = [
    ("drafted", Text::new("Soạn thảo", "drafting")),
    ("reviewed", Text::new("Xem xét", "review")),
    ("approved", Text::new("Phê duyệt", "approval")),
];

fn signature(doc: &ProcedureDocument, role: usize) -> Option<&Signature> {
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
}

/// Reports the first hidden or look-alike character of a value.
fn odd(sink: &mut FindingSink<'_>, pointer: &str, what: Text, found: &[OddChar]) {
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
    if code.is_empty() {
        sink.emit("/code", V::CodeMissing {});
    } else if !sink.checker.patterns.is_empty()
        && !sink.checker.patterns.iter().any(|p| p.matches(&code))
    {
        let patterns = sink.checker.policy.code_patterns.join(", ");
        sink.emit("/code", V::CodePattern { code, patterns });
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

    for (i, &(field, role)) in ROLES.iter().enumerate() {
        let Some(sig) = signature(doc, i) else {
            let part = Text::new("chữ ký", "a signature");
            sink.emit(&format!("/signatures/{field}"), V::SignatureMissing { role, part });
            continue;
        };
        let parts = [
            (blank(&sig.name), "name", Text::new("họ tên", "a name")),
            (blank(&sig.position), "position", Text::new("chức vụ", "a position")),
            (sig.date.is_none(), "date", Text::new("ngày ký", "a date")),
        ];
        for (missing, name, part) in parts {
            if missing {
                let pointer = format!("/signatures/{field}/{name}");
                sink.emit(&pointer, V::SignatureMissing { role, part });
            }
        }
    }
    for (i, (field, _)) in ROLES.iter().enumerate() {
        if let Some(name) = signature(doc, i).and_then(|s| s.name.as_deref()) {
            let pointer = format!("/signatures/{field}/name");
            odd(sink, &pointer, Text::new("họ tên", "the name"), &odd_chars_in_name(name));
        }
    }
    let drafter = signature(doc, 0).and_then(|s| s.name.as_deref());
    if let Some(approved) = signature(doc, 2) {
        // Two people are the same when their names are, once normalised
        // (NFC, spaces, case), diacritics kept: Hùng and Hưng are two.
        if let (Some(d), Some(a)) = (drafter, approved.name.as_deref()) {
            let d = comparable(d);
            if !d.is_empty() && d == comparable(a) {
                let name = cleaned(a);
                sink.emit("/signatures/approved/name", V::ApproverIsDrafter { name });
            }
        }
        if let Some(position) = approved.position.as_deref().filter(|p| !p.trim().is_empty()) {
            let allowed = &sink.checker.approvers;
            let position = comparable(position);
            if !allowed.is_empty() && !allowed.iter().any(|a| starts_with_folded(&position, a)) {
                let position = cleaned(approved.position.as_deref().unwrap_or_default());
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
        // None: absent; Some(true): present but empty.
        let state = match section {
            Section::Purpose => doc.purpose.as_ref().map(|s| s.trim().is_empty()),
            Section::Scope => doc.scope.as_ref().map(|s| s.trim().is_empty()),
            Section::LegalBasis => doc.legal_basis.as_ref().map(Vec::is_empty),
            Section::Definitions => doc.definitions.as_ref().map(Vec::is_empty),
            Section::Steps => doc.steps.as_ref().map(Vec::is_empty),
            Section::Forms => doc.forms.as_ref().map(Vec::is_empty),
            Section::Records => doc.records.as_ref().map(Vec::is_empty),
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
fn approval_date(doc: &ProcedureDocument) -> Option<NaiveDate> {
    doc.signatures.approved.as_ref().and_then(|s| s.date).or(doc.issued_on)
}

fn legal_basis(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let approved = approval_date(doc);
    // Currency rules apply to documents that are, or will be, in force.
    let current = doc.status.is_current();
    for (i, r) in doc.legal_basis.iter().flatten().enumerate() {
        let what = Text::new("số, ký hiệu văn bản", "the document number");
        let pointer = format!("/legalBasis/{i}/number");
        if r.kind.is_none_or(|k| k == ReferenceKind::Legal) {
            // Only a number cited alone: prose around it may hold anything.
            let bare = !without_odd(&r.number).contains(' ');
            if bare {
                odd(sink, &pointer, what, &odd_chars(&r.number));
            }
        }
        match references::read(r) {
            Reading::Malformed { text, problem, field } => {
                let pointer = format!("/legalBasis/{i}/{field}");
                sink.emit(&pointer, V::LegalNumberMalformed { number: text, problem });
            }
            Reading::Legal { number: parsed, text, field } => {
                if let (Some(year), Some(date)) = (parsed.year, r.date) {
                    if i32::from(year) != date.year() {
                        let pointer = format!("/legalBasis/{i}/date");
                        let number = text.clone();
                        sink.emit(&pointer, V::LegalYearMismatch { number, year, date: Day(date) });
                    }
                }
                if let (Some(date), Some(approved)) = (r.date, approved) {
                    if date > approved {
                        let (number, date, approved) = (text.clone(), Day(date), Day(approved));
                        let pointer = format!("/legalBasis/{i}/date");
                        sink.emit(&pointer, V::LegalAfterApproval { number, date, approved });
                    }
                }
                let replacement = sink.checker.replacement(&parsed, sink.as_of);
                if let Some(by) = replacement.filter(|_| current) {
                    sink.report.stats.stale_legal_bases += 1;
                    let replaced_by = by.replaced_by.clone();
                    let pointer = format!("/legalBasis/{i}/{field}");
                    sink.emit(&pointer, V::LegalReplaced { number: text, replaced_by });
                }
            }
            Reading::Standard { name, field } => {
                if let Some(current_edition) = references::superseded_by(&name).filter(|_| current)
                {
                    let pointer = format!("/legalBasis/{i}/{field}");
                    sink.emit(
                        &pointer,
                        V::StandardSuperseded { standard: name, current: current_edition },
                    );
                }
            }
            Reading::Unchecked => {}
        }
    }
}

fn steps(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let steps = doc.steps.as_deref().unwrap_or(&[]);
    let limit = sink.checker.policy.limits.max_steps;
    if steps.len() > limit {
        sink.emit("/steps", V::TooManySteps { count: steps.len(), limit });
        return;
    }
    let forms: Vec<&str> = doc.forms.iter().flatten().map(|f| f.code.trim()).collect();
    let mut used = vec![false; forms.len()];
    let minutes_per_day = sink.checker.policy.office_hours_per_day * 60.0;
    // Office minutes of the steps in working units; days of the steps in
    // calendar days (added up only against a limit in calendar days).
    let (mut minutes, mut working_steps) = (0.0f64, 0usize);
    let (mut days, mut calendar_steps) = (0.0f64, 0usize);
    for (i, step) in steps.iter().enumerate() {
        let position = i + 1;
        if u64::from(step.order) != position as u64 {
            let pointer = format!("/steps/{i}/order");
            sink.emit(&pointer, V::StepNumbering { position, order: step.order });
        }
        if blank(&step.responsible) {
            let pointer = format!("/steps/{i}/responsible");
            sink.emit(&pointer, V::StepResponsible { step: step.order });
        }
        match step.duration {
            None => {
                sink.emit(&format!("/steps/{i}/duration"), V::StepDuration { step: step.order })
            }
            Some(d) => match d.working_minutes(minutes_per_day) {
                Some(m) => {
                    minutes += m;
                    working_steps += 1;
                }
                None => {
                    days += d.value;
                    calendar_steps += 1;
                }
            },
        }
        for (j, code) in step.forms.iter().enumerate() {
            match forms.iter().position(|f| *f == code.trim()) {
                Some(k) => used[k] = true,
                None => {
                    let form = code.trim().to_owned();
                    let pointer = format!("/steps/{i}/forms/{j}");
                    sink.emit(&pointer, V::StepFormUnknown { step: step.order, form });
                }
            }
        }
    }
    for (k, code) in forms.iter().enumerate() {
        if !used[k] {
            sink.emit(&format!("/forms/{k}/code"), V::FormUnused { form: (*code).to_owned() });
        }
    }
    if doc.kind != ProcedureKind::Tthc {
        return;
    }
    if blank(&doc.tthc_code) {
        sink.emit("/tthcCode", V::TthcCodeMissing {});
    }
    let Some(limit) = doc.statutory_limit else {
        sink.emit("/statutoryLimit", V::TthcNoLimit {});
        return;
    };
    // A small tolerance absorbs the rounding of fractional days.
    match limit.working_minutes(minutes_per_day) {
        Some(limit_minutes) => {
            // Calendar days have no fixed length in office time.
            if calendar_steps > 0 {
                sink.emit("/steps", V::CalendarDaysNotCompared { count: calendar_steps });
            }
            if minutes > limit_minutes + 1e-6 {
                let total = Decimal(minutes / minutes_per_day);
                let limit = Decimal(limit_minutes / minutes_per_day);
                let unit = Text::new("ngày làm việc", "working days");
                sink.emit("/steps", V::TthcOverLimit { total, limit, unit });
            }
        }
        None => {
            // A limit in calendar days: add up the steps in calendar days;
            // steps in working time cannot be converted exactly.
            if working_steps > 0 {
                sink.emit("/steps", V::CalendarDaysNotCompared { count: working_steps });
            }
            if days > limit.value + 1e-6 {
                let unit = Text::new("ngày", "calendar days");
                let (total, limit) = (Decimal(days), Decimal(limit.value));
                sink.emit("/steps", V::TthcOverLimit { total, limit, unit });
            }
        }
    }
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
        let retention_ok = match r.retention {
            Some(super::model::Retention::Years { years }) => years > 0,
            Some(super::model::Retention::Permanent) => true,
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
        if b.issue <= a.issue || dates_back {
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

/// When the periodic review of an effective document falls due.
pub(crate) fn review_due(doc: &ProcedureDocument, months: u32) -> Option<(NaiveDate, NaiveDate)> {
    let base = doc.last_review.or(doc.effective_on).or(doc.issued_on)?;
    Some((base, base.checked_add_months(Months::new(months))?))
}

fn review(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    if doc.status != DocStatus::Effective {
        return;
    }
    let months = sink.checker.policy.review_interval_months;
    if let Some((base, due)) = review_due(doc, months) {
        if due < sink.as_of {
            sink.report.stats.overdue_reviews += 1;
            sink.emit("/lastReview", V::ReviewOverdue { last: Day(base), months, due: Day(due) });
        }
    }
    if doc.distribution.is_empty() {
        sink.emit("/distribution", V::NoDistribution {});
    }
}

/// A topic whose ISO 9001:2008 number means something else in 2015,
/// recognised by words of the procedure's title (folded).
struct MovedTopic {
    old: &'static str,
    new: &'static str,
    topic: Text,
    words: &'static [&'static str],
}

const MOVED_TOPICS: &[MovedTopic] = &[
    MovedTopic {
        old: "8.2.2",
        new: "9.2",
        topic: Text::new("đánh giá nội bộ", "internal audit"),
        words: &["danh gia noi bo"],
    },
    MovedTopic {
        old: "8.5.2",
        new: "10.2",
        topic: Text::new("hành động khắc phục", "corrective action"),
        words: &["khac phuc", "su khong phu hop"],
    },
    MovedTopic {
        old: "8.3",
        new: "8.7",
        topic: Text::new("kiểm soát sản phẩm không phù hợp", "control of nonconforming product"),
        words: &["san pham khong phu hop", "dau ra khong phu hop"],
    },
];

fn clauses(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let Ok(edition) = catalogue::edition(&doc.edition) else {
        sink.emit("/edition", V::EditionUnknown { edition: doc.edition.trim().to_owned() });
        return;
    };
    let title = fold(&comparable(&doc.title));
    for (j, number) in doc.clauses.iter().enumerate() {
        if edition.clause(number).is_some() {
            // The 2008 number of a topic that moved, still a clause of 2015
            // with another meaning: cite the topic's 2015 clause.
            if edition.id == "2015" {
                let n = number.trim();
                let moved = MOVED_TOPICS
                    .iter()
                    .find(|t| t.old == n && t.words.iter().any(|w| title.contains(w)));
                if let Some(t) = moved {
                    let v =
                        V::ClauseTopicMoved { clause: n.to_owned(), topic: t.topic, cite: t.new };
                    sink.emit(&format!("/clauses/{j}"), v);
                }
            }
            continue;
        }
        let pointer = format!("/clauses/{j}");
        let clause = number.trim().to_owned();
        // Cited in another edition's numbering? Suggest the equivalent.
        let other =
            catalogue::editions().iter().find(|e| e.id != edition.id && e.clause(number).is_some());
        match other.and_then(|o| {
            catalogue::map(number, o.id, edition.id, crate::Lang::Vi).ok().map(|m| (o, m))
        }) {
            Some((o, m)) => {
                let counterparts = Counterparts(
                    m.targets
                        .iter()
                        .map(|t| (t.number, edition.clause(t.number).and_then(|c| c.title)))
                        .collect(),
                );
                sink.emit(
                    &pointer,
                    V::ClauseOldNumbering {
                        clause,
                        cited_in: o.id,
                        edition: edition.id,
                        counterparts,
                    },
                );
            }
            None => sink.emit(&pointer, V::ClauseUnknown { clause, edition: edition.id }),
        }
    }
}
