//! The checks of one procedure document.

use chrono::{Datelike, Months, NaiveDate};

use super::docnumber;
use super::model::{DocStatus, DurationUnit, ProcedureDocument, ProcedureKind, Signature};
use super::policy::Section;
use super::report::{DocumentRef, Finding, Report};
use super::rules::{render, RuleId};
use super::Checker;
use crate::catalogue;
use crate::text::{eq_folded, starts_with_folded, Lang};

/// Collects the findings of one document, under a JSON-pointer prefix.
pub(crate) struct Sink<'a> {
    pub checker: &'a Checker,
    pub lang: Lang,
    pub prefix: &'a str,
    /// Code and issue of the document, copied into findings only.
    pub document: (&'a str, u32),
    pub report: &'a mut Report,
}

impl Sink<'_> {
    /// Records a finding of `rule` at `pointer` (relative to the prefix).
    pub fn emit(&mut self, rule: RuleId, pointer: &str, args: &[&str]) {
        let Some(severity) = self.checker.severity(rule) else { return };
        let def = rule.def();
        self.report.findings.push(Finding {
            rule: def.id,
            severity,
            message: render(def.message.get(self.lang), args),
            pointer: format!("{}{}", self.prefix, pointer),
            document: Some(DocumentRef {
                code: self.document.0.to_owned(),
                issue: self.document.1,
            }),
            clause: def.clause,
            legal_basis: def.legal_basis,
        });
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

pub(crate) use crate::text::show_date as show;

/// 1.5 → "1,5" in Vietnamese, "1.5" in English; whole numbers plain.
fn number(x: f64, lang: Lang) -> String {
    let s = format!("{:.2}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if lang == Lang::Vi {
        s.replace('.', ",")
    } else {
        s.to_owned()
    }
}

const ROLES: [(&str, &str, &str); 3] = [
    ("drafted", "Soạn thảo", "drafted"),
    ("reviewed", "Xem xét", "reviewed"),
    ("approved", "Phê duyệt", "approved"),
];

fn signature(doc: &ProcedureDocument, role: usize) -> Option<&Signature> {
    let s = &doc.signatures;
    [&s.drafted, &s.reviewed, &s.approved][role].as_ref()
}

/// Runs every document rule on `doc`.
pub(crate) fn document(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    let lang = sink.lang;
    header(doc, sink);
    sections(doc, sink);
    legal_basis(doc, sink);
    steps(doc, sink);
    records(doc, sink);
    change_log(doc, sink);
    review(doc, sink);
    clauses(doc, sink, lang);
}

fn header(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    let code = doc.code.trim();
    if code.is_empty() {
        sink.emit(RuleId::CodeMissing, "/code", &[]);
    } else if !sink.checker.patterns.is_empty()
        && !sink.checker.patterns.iter().any(|p| p.matches(code))
    {
        let list = sink.checker.policy.code_patterns.join(", ");
        sink.emit(RuleId::CodePattern, "/code", &[code, &list]);
    }
    if doc.title.trim().is_empty() {
        sink.emit(RuleId::TitleMissing, "/title", &[]);
    }
    if doc.issue == 0 || doc.issue > super::MAX_ISSUE {
        sink.emit(RuleId::IssueNumber, "/issue", &[&doc.issue.to_string()]);
    }
    plausible_dates(doc, sink);

    // drafted ≤ reviewed ≤ approved ≤ effective, and issued ≤ effective.
    let lang = sink.lang;
    let label = |vi: &'static str, en: &'static str| lang.pick(vi, en);
    let sig_date = |i: usize| signature(doc, i).and_then(|s| s.date);
    let chain = [
        (sig_date(0), "/signatures/drafted/date", label("Ngày soạn thảo", "The drafting date")),
        (sig_date(1), "/signatures/reviewed/date", label("ngày xem xét", "the review date")),
        (sig_date(2), "/signatures/approved/date", label("ngày phê duyệt", "the approval date")),
        (doc.effective_on, "/effectiveOn", label("ngày hiệu lực", "the effective date")),
    ];
    let mut previous: Option<(NaiveDate, &str)> = None;
    for &(date, pointer, name) in &chain {
        let Some(date) = date else { continue };
        if let Some((prev, prev_name)) = previous {
            if prev > date {
                sink.emit(RuleId::DateOrder, pointer, &[prev_name, &show(prev), name, &show(date)]);
            }
        }
        previous = Some((date, name));
    }
    if let (Some(issued), Some(effective)) = (doc.issued_on, doc.effective_on) {
        if issued > effective {
            let (a, b) = (
                label("Ngày ban hành", "The issue date"),
                label("ngày hiệu lực", "the effective date"),
            );
            sink.emit(RuleId::DateOrder, "/effectiveOn", &[a, &show(issued), b, &show(effective)]);
        }
    }

    for (i, (field, vi, en)) in ROLES.iter().enumerate() {
        let role = label(vi, en);
        let Some(sig) = signature(doc, i) else {
            let what = label("chữ ký", "signature");
            sink.emit(RuleId::SignatureMissing, &format!("/signatures/{field}"), &[role, what]);
            continue;
        };
        let parts = [
            (blank(&sig.name), "name", label("họ tên", "a name")),
            (blank(&sig.position), "position", label("chức vụ", "a position")),
            (sig.date.is_none(), "date", label("ngày ký", "a date")),
        ];
        for (missing, part, what) in parts {
            if missing {
                sink.emit(
                    RuleId::SignatureMissing,
                    &format!("/signatures/{field}/{part}"),
                    &[role, what],
                );
            }
        }
    }
    let drafter = signature(doc, 0).and_then(|s| s.name.as_deref());
    if let Some(approved) = signature(doc, 2) {
        if let (Some(d), Some(a)) = (drafter, approved.name.as_deref()) {
            if !d.trim().is_empty() && eq_folded(a, d) {
                sink.emit(RuleId::ApproverIsDrafter, "/signatures/approved/name", &[a.trim()]);
            }
        }
        if let Some(position) = approved.position.as_deref().filter(|p| !p.trim().is_empty()) {
            let allowed = &sink.checker.approvers;
            if !allowed.is_empty() && !allowed.iter().any(|a| starts_with_folded(position, a)) {
                sink.emit(
                    RuleId::ApproverPosition,
                    "/signatures/approved/position",
                    &[position.trim()],
                );
            }
        }
    }
}

fn plausible_dates(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    // The pointer is only formatted when a date is wrong.
    let check = |date: Option<NaiveDate>, sink: &mut Sink<'_>, pointer: &dyn Fn() -> String| {
        if let Some(d) = date.filter(|d| !(1945..=2100).contains(&d.year())) {
            sink.emit(RuleId::ImplausibleDate, &pointer(), &[&d.to_string()]);
        }
    };
    check(doc.issued_on, sink, &|| "/issuedOn".into());
    check(doc.effective_on, sink, &|| "/effectiveOn".into());
    check(doc.last_review, sink, &|| "/lastReview".into());
    for (i, (field, _, _)) in ROLES.iter().enumerate() {
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

fn sections(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    let lang = sink.lang;
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
        let why = match state {
            None => lang.pick("chưa có", "is missing"),
            Some(true) => lang.pick("để trống", "is empty"),
            Some(false) => continue,
        };
        sink.emit(
            RuleId::SectionMissing,
            &format!("/{}", section.field()),
            &[section.label(lang), why],
        );
    }
}

/// The date the document was approved: the approver's date, else the
/// issue date.
fn approval_date(doc: &ProcedureDocument) -> Option<NaiveDate> {
    doc.signatures.approved.as_ref().and_then(|s| s.date).or(doc.issued_on)
}

fn legal_basis(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    let lang = sink.lang;
    let approved = approval_date(doc);
    for (i, r) in doc.legal_basis.iter().flatten().enumerate() {
        let number = r.number.trim();
        match docnumber::parse(number, lang) {
            Err(problem) => {
                sink.emit(
                    RuleId::LegalNumberMalformed,
                    &format!("/legalBasis/{i}/number"),
                    &[number, &problem.describe(lang)],
                );
            }
            Ok(parsed) => {
                if let (Some(year), Some(date)) = (parsed.year, r.date) {
                    if i32::from(year) != date.year() {
                        sink.emit(
                            RuleId::LegalYearMismatch,
                            &format!("/legalBasis/{i}/date"),
                            &[number, &year.to_string(), &show(date)],
                        );
                    }
                }
            }
        }
        if let (Some(date), Some(approved)) = (r.date, approved) {
            if date > approved {
                sink.emit(
                    RuleId::LegalAfterApproval,
                    &format!("/legalBasis/{i}/date"),
                    &[number, &show(date), &show(approved)],
                );
            }
        }
        if let Some(by) = sink.checker.replaced_by(number) {
            sink.report.summary.stale_legal_bases += 1;
            sink.emit(RuleId::LegalReplaced, &format!("/legalBasis/{i}/number"), &[number, by]);
        }
    }
}

fn steps(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    let lang = sink.lang;
    let steps = doc.steps.as_deref().unwrap_or(&[]);
    let limit = sink.checker.policy.limits.max_steps;
    if steps.len() > limit {
        sink.emit(RuleId::TooManySteps, "/steps", &[&steps.len().to_string(), &limit.to_string()]);
        return;
    }
    let forms: Vec<&str> = doc.forms.iter().flatten().map(|f| f.code.trim()).collect();
    let mut used = vec![false; forms.len()];
    let hours_per_day = sink.checker.policy.office_hours_per_day;
    let (mut hours, mut calendar_steps) = (0.0f64, 0usize);
    for (i, step) in steps.iter().enumerate() {
        let position = i + 1;
        if u64::from(step.order) != position as u64 {
            sink.emit(
                RuleId::StepNumbering,
                &format!("/steps/{i}/order"),
                &[&position.to_string(), &step.order.to_string()],
            );
        }
        let shown = || step.order.to_string();
        if blank(&step.responsible) {
            sink.emit(RuleId::StepResponsible, &format!("/steps/{i}/responsible"), &[&shown()]);
        }
        match step.duration {
            None => sink.emit(RuleId::StepDuration, &format!("/steps/{i}/duration"), &[&shown()]),
            Some(d) => match d.unit {
                DurationUnit::WorkingDays => hours += d.value * hours_per_day,
                DurationUnit::WorkingHours => hours += d.value,
                DurationUnit::CalendarDays => calendar_steps += 1,
            },
        }
        for (j, code) in step.forms.iter().enumerate() {
            match forms.iter().position(|f| *f == code.trim()) {
                Some(k) => used[k] = true,
                None => sink.emit(
                    RuleId::StepFormUnknown,
                    &format!("/steps/{i}/forms/{j}"),
                    &[&shown(), code.trim()],
                ),
            }
        }
    }
    for (k, code) in forms.iter().enumerate() {
        if !used[k] {
            sink.emit(RuleId::FormUnused, &format!("/forms/{k}/code"), &[code]);
        }
    }
    if doc.kind != ProcedureKind::Tthc {
        return;
    }
    if blank(&doc.tthc_code) {
        sink.emit(RuleId::TthcCodeMissing, "/tthcCode", &[]);
    }
    let Some(limit) = doc.statutory_limit else {
        sink.emit(RuleId::TthcNoLimit, "/statutoryLimit", &[]);
        return;
    };
    if calendar_steps > 0 {
        sink.emit(RuleId::CalendarDaysNotCompared, "/steps", &[&calendar_steps.to_string()]);
    }
    let limit_hours = match limit.unit {
        DurationUnit::WorkingDays => limit.value * hours_per_day,
        DurationUnit::WorkingHours => limit.value,
        DurationUnit::CalendarDays => return,
    };
    // A small tolerance absorbs the rounding of fractional days.
    if hours > limit_hours + 1e-6 {
        let (total, max) =
            (number(hours / hours_per_day, lang), number(limit_hours / hours_per_day, lang));
        sink.emit(RuleId::TthcOverLimit, "/steps", &[&total, &max]);
    }
}

fn records(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    for (i, r) in doc.records.iter().flatten().enumerate() {
        let name = r.name.trim();
        if blank(&r.keeper) {
            sink.emit(RuleId::RecordKeeper, &format!("/records/{i}/keeper"), &[name]);
        }
        if blank(&r.place) {
            sink.emit(RuleId::RecordPlace, &format!("/records/{i}/place"), &[name]);
        }
        let retention_ok = match r.retention {
            Some(super::model::Retention::Years { years }) => years > 0,
            Some(super::model::Retention::Permanent) => true,
            None => false,
        };
        if !retention_ok {
            sink.emit(RuleId::RecordRetention, &format!("/records/{i}/retention"), &[name]);
        }
    }
}

fn change_log(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    if doc.issue <= super::MAX_ISSUE {
        for issue in 2..=doc.issue {
            if !doc.change_log.iter().any(|c| c.issue == issue) {
                sink.emit(RuleId::ChangeLogMissing, "/changeLog", &[&issue.to_string()]);
            }
        }
    }
    let lang = sink.lang;
    let describe = |issue: u32, date: Option<NaiveDate>| match date {
        Some(d) => format!("{} {issue}, {}", lang.pick("lần", "issue"), show(d)),
        None => format!("{} {issue}", lang.pick("lần", "issue")),
    };
    for (r, pair) in doc.change_log.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        let dates_back = matches!((a.date, b.date), (Some(x), Some(y)) if y < x);
        if b.issue <= a.issue || dates_back {
            let row = r + 1;
            sink.emit(
                RuleId::ChangeLogOrder,
                &format!("/changeLog/{row}"),
                &[&(row + 1).to_string(), &describe(b.issue, b.date), &describe(a.issue, a.date)],
            );
        }
    }
}

/// When the periodic review of an effective document falls due.
pub(crate) fn review_due(doc: &ProcedureDocument, months: u32) -> Option<(NaiveDate, NaiveDate)> {
    let base = doc.last_review.or(doc.effective_on).or(doc.issued_on)?;
    Some((base, base.checked_add_months(Months::new(months))?))
}

fn review(doc: &ProcedureDocument, sink: &mut Sink<'_>) {
    if doc.status != DocStatus::Effective {
        return;
    }
    let months = sink.checker.policy.review_interval_months;
    if let Some((base, due)) = review_due(doc, months) {
        if due < sink.checker.policy.as_of {
            sink.report.summary.overdue_reviews += 1;
            sink.emit(
                RuleId::ReviewOverdue,
                "/lastReview",
                &[&show(base), &months.to_string(), &show(due)],
            );
        }
    }
    if doc.distribution.is_empty() {
        sink.emit(RuleId::NoDistribution, "/distribution", &[]);
    }
}

fn clauses(doc: &ProcedureDocument, sink: &mut Sink<'_>, lang: Lang) {
    let Ok(edition) = catalogue::edition(&doc.edition) else {
        sink.emit(RuleId::EditionUnknown, "/edition", &[doc.edition.trim()]);
        return;
    };
    for (j, number) in doc.clauses.iter().enumerate() {
        if edition.clause(number).is_some() {
            continue;
        }
        let pointer = format!("/clauses/{j}");
        let shown = number.trim();
        // Cited in another edition's numbering? Suggest the equivalent.
        let other =
            catalogue::editions().iter().find(|e| e.id != edition.id && e.clause(number).is_some());
        match other
            .and_then(|o| catalogue::map(number, o.id, edition.id, lang).ok().map(|m| (o, m)))
        {
            Some((o, m)) => {
                let targets: Vec<String> = m
                    .targets
                    .iter()
                    .map(|t| match t.title {
                        Some(title) => format!("{} {title}", t.number),
                        None => t.number.to_owned(),
                    })
                    .collect();
                let targets = if targets.is_empty() {
                    lang.pick("không có điều tương ứng", "no counterpart").to_owned()
                } else {
                    targets.join("; ")
                };
                sink.emit(
                    RuleId::ClauseOldNumbering,
                    &pointer,
                    &[shown, o.id, edition.id, &targets],
                );
            }
            None => sink.emit(RuleId::ClauseUnknown, &pointer, &[shown, edition.id]),
        }
    }
}
