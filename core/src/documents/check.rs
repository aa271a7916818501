//! The checks of one procedure document.

use chrono::{Datelike, Months, NaiveDate};

use super::docnumber;
use super::model::{DocStatus, ProcedureDocument, ProcedureKind, Signature};
use super::policy::Section;
use super::report::Report;
use super::rules::{Counterparts, DocumentViolation as V, IssueAt};
use super::Checker;
use crate::catalogue;
use crate::rules::{DocumentRef, Finding};
use crate::text::{eq_folded, starts_with_folded, Day, Decimal, Text};

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
    ("drafted", Text::new("Soạn thảo", "drafted")),
    ("reviewed", Text::new("Xem xét", "reviewed")),
    ("approved", Text::new("Phê duyệt", "approved")),
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

fn header(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let code = doc.code.trim();
    if code.is_empty() {
        sink.emit("/code", V::CodeMissing {});
    } else if !sink.checker.patterns.is_empty()
        && !sink.checker.patterns.iter().any(|p| p.matches(code))
    {
        let patterns = sink.checker.policy.code_patterns.join(", ");
        sink.emit("/code", V::CodePattern { code: code.to_owned(), patterns });
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
        (sig_date(0), "/signatures/drafted/date", Text::new("Ngày soạn thảo", "The drafting date")),
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
                    first: Text::new("Ngày ban hành", "The issue date"),
                    first_date: Day(issued),
                    second: Text::new("ngày hiệu lực", "the effective date"),
                    second_date: Day(effective),
                },
            );
        }
    }

    for (i, &(field, role)) in ROLES.iter().enumerate() {
        let Some(sig) = signature(doc, i) else {
            let part = Text::new("chữ ký", "signature");
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
    let drafter = signature(doc, 0).and_then(|s| s.name.as_deref());
    if let Some(approved) = signature(doc, 2) {
        if let (Some(d), Some(a)) = (drafter, approved.name.as_deref()) {
            if !d.trim().is_empty() && eq_folded(a, d) {
                let name = a.trim().to_owned();
                sink.emit("/signatures/approved/name", V::ApproverIsDrafter { name });
            }
        }
        if let Some(position) = approved.position.as_deref().filter(|p| !p.trim().is_empty()) {
            let allowed = &sink.checker.approvers;
            if !allowed.is_empty() && !allowed.iter().any(|a| starts_with_folded(position, a)) {
                let position = position.trim().to_owned();
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
                sink.emit(&pointer(), V::ImplausibleDate { date: d });
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
            None => Text::new("chưa có", "is missing"),
            Some(true) => Text::new("để trống", "is empty"),
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
    for (i, r) in doc.legal_basis.iter().flatten().enumerate() {
        let number = r.number.trim();
        match docnumber::parse(number) {
            Err(problem) => {
                let number = number.to_owned();
                let pointer = format!("/legalBasis/{i}/number");
                sink.emit(&pointer, V::LegalNumberMalformed { number, problem });
            }
            Ok(parsed) => {
                if let (Some(year), Some(date)) = (parsed.year, r.date) {
                    if i32::from(year) != date.year() {
                        let number = number.to_owned();
                        let pointer = format!("/legalBasis/{i}/date");
                        sink.emit(&pointer, V::LegalYearMismatch { number, year, date: Day(date) });
                    }
                }
            }
        }
        if let (Some(date), Some(approved)) = (r.date, approved) {
            if date > approved {
                let (number, date, approved) = (number.to_owned(), Day(date), Day(approved));
                let pointer = format!("/legalBasis/{i}/date");
                sink.emit(&pointer, V::LegalAfterApproval { number, date, approved });
            }
        }
        if let Some(by) = sink.checker.replaced_by(number) {
            sink.report.stats.stale_legal_bases += 1;
            let (number, replaced_by) = (number.to_owned(), by.to_owned());
            sink.emit(&format!("/legalBasis/{i}/number"), V::LegalReplaced { number, replaced_by });
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
    let (mut minutes, mut calendar_steps) = (0.0f64, 0usize);
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
                Some(m) => minutes += m,
                None => calendar_steps += 1,
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
    if calendar_steps > 0 {
        sink.emit("/steps", V::CalendarDaysNotCompared { count: calendar_steps });
    }
    let Some(limit_minutes) = limit.working_minutes(minutes_per_day) else { return };
    // A small tolerance absorbs the rounding of fractional days.
    if minutes > limit_minutes + 1e-6 {
        let total = Decimal(minutes / minutes_per_day);
        let limit = Decimal(limit_minutes / minutes_per_day);
        sink.emit("/steps", V::TthcOverLimit { total, limit });
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

fn clauses(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let Ok(edition) = catalogue::edition(&doc.edition) else {
        sink.emit("/edition", V::EditionUnknown { edition: doc.edition.trim().to_owned() });
        return;
    };
    for (j, number) in doc.clauses.iter().enumerate() {
        if edition.clause(number).is_some() {
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
