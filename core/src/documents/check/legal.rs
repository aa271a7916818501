//! The references of a procedure: numbers, dates, currency (DOC-011,
//! DOC-020 … DOC-024).

use chrono::Datelike;

use super::{approval_date, odd, FindingSink};
use crate::documents::docnumber::DocumentNumber;
use crate::documents::model::{ProcedureDocument, ReferenceKind};
use crate::documents::references::{self, Reading};
use crate::documents::rules::DocumentViolation as V;
use crate::text::{odd_chars, without_odd, Day, Text};

pub(super) fn legal_basis(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let approved = approval_date(doc);
    // Currency rules apply to documents that are, or will be, in force.
    let current = doc.status.is_current();
    for (i, r) in doc.legal_basis.iter().flatten().enumerate() {
        if r.kind.is_none_or(|k| k == ReferenceKind::Legal) {
            // Only a number cited alone: prose around it may hold anything.
            let bare = !without_odd(&r.number).contains(' ');
            let found = if bare { odd_chars(&r.number) } else { Vec::new() };
            if !found.is_empty() {
                let what = Text::new("số, ký hiệu văn bản", "the document number");
                odd(sink, &format!("/legalBasis/{i}/number"), what, &found);
            }
        }
        match references::read_list(r) {
            // The date of a cell that lists several numbers belongs to none
            // of them in particular.
            Some(list) => {
                for reading in list {
                    check_reading(sink, i, reading, None, approved, current);
                }
            }
            None => check_reading(sink, i, references::read(r), r.date, approved, current),
        }
    }
}

#[inline(never)]
fn check_reading(
    sink: &mut FindingSink<'_>, i: usize, reading: Reading, date: Option<chrono::NaiveDate>,
    approved: Option<chrono::NaiveDate>, current: bool,
) {
    match reading {
        Reading::Malformed { text, problem, field, meant } => {
            let pointer = format!("/legalBasis/{i}/{field}");
            sink.emit(&pointer, V::LegalNumberMalformed { number: text, problem });
            // A slip that still names its document: the rules on that
            // document apply as to one written right.
            if let Some((number, text)) = meant {
                legal(sink, i, (number, text, field), date, approved, current);
            }
        }
        Reading::Legal { number, text, field } => {
            legal(sink, i, (number, text, field), date, approved, current);
        }
        Reading::Named { text, field } => {
            let replacement = sink.checker.replacement_by_name(&text, sink.as_of);
            if let Some(by) = replacement.filter(|_| current) {
                let replaced_by = by.replaced_by.clone();
                replaced(sink, i, field, text, replaced_by);
            }
        }
        Reading::Standard { name, field } => {
            if let Some(current_edition) = references::superseded_by(&name).filter(|_| current) {
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

/// DOC-021 … DOC-023 on a cited document: its number (parsed, as
/// written, the field it is in) against its date, the approval and the
/// documents replaced on the day.
fn legal(
    sink: &mut FindingSink<'_>, i: usize, cited: (DocumentNumber, String, &str),
    date: Option<chrono::NaiveDate>, approved: Option<chrono::NaiveDate>, current: bool,
) {
    let (parsed, text, field) = cited;
    if let (Some(year), Some(date)) = (parsed.year, date) {
        if i32::from(year) != date.year() {
            let pointer = format!("/legalBasis/{i}/date");
            let number = text.clone();
            sink.emit(&pointer, V::LegalYearMismatch { number, year, date: Day(date) });
        }
    }
    if let (Some(date), Some(approved)) = (date, approved) {
        if date > approved {
            let (number, date, approved) = (text.clone(), Day(date), Day(approved));
            let pointer = format!("/legalBasis/{i}/date");
            sink.emit(&pointer, V::LegalAfterApproval { number, date, approved });
        }
    }
    let replacement = sink.checker.replacement(&parsed, sink.as_of);
    if let Some(by) = replacement.filter(|_| current) {
        let replaced_by = by.replaced_by.clone();
        replaced(sink, i, field, text, replaced_by);
    }
}

/// DOC-023: a citation of a replaced document, and the count of them.
fn replaced(
    sink: &mut FindingSink<'_>, i: usize, field: &str, number: String, replaced_by: String,
) {
    sink.report.stats.stale_legal_bases += 1;
    let pointer = format!("/legalBasis/{i}/{field}");
    sink.emit(&pointer, V::LegalReplaced { number, replaced_by });
}

/// DOC-043, DOC-044: a record's retention period set by a legal document
/// (the keeper has to look it up; a replaced document sets it no more).
/// `false` when no document is named (DOC-042 then).
pub(super) fn retention_reference(
    sink: &mut FindingSink<'_>, i: usize, record: String, document: &str,
) -> bool {
    let document = document.trim();
    if document.is_empty() {
        return false;
    }
    let pointer = format!("/records/{i}/retention/document");
    let parsed = without_odd(document).parse::<DocumentNumber>().ok();
    let replaced = parsed.and_then(|n| sink.checker.replacement(&n, sink.as_of));
    let document = document.to_owned();
    match replaced.map(|by| by.replaced_by.clone()) {
        Some(replaced_by) => {
            sink.emit(&pointer, V::RetentionReferenceReplaced { record, document, replaced_by })
        }
        None => sink.emit(&pointer, V::RetentionByReference { record, document }),
    }
    true
}
