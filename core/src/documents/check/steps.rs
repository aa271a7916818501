//! The steps of a procedure: numbering, responsibility, durations against
//! the statutory time limit, forms (DOC-030 … DOC-038).

use super::{blank, FindingSink};
use crate::documents::model::{DocumentForm, ProcedureDocument, ProcedureKind};
use crate::documents::rules::DocumentViolation as V;
use crate::text::{cleaned, comparable, Decimal, Text};

pub(super) fn steps(doc: &ProcedureDocument, sink: &mut FindingSink<'_>) {
    let steps = doc.steps.as_deref().unwrap_or(&[]);
    let limit = sink.checker.policy.limits.max_steps;
    if steps.len() > limit {
        sink.emit("/steps", V::TooManySteps { count: steps.len(), limit });
        return;
    }
    // A form is the same form however its code was typed or pasted (NFD,
    // a no-break space, a double space, case): compared as typed first,
    // then in comparable form (built only when needed).
    let forms: Vec<&str> = doc.forms.iter().flatten().map(|f| f.code.trim()).collect();
    let mut comparable_forms: Option<Vec<String>> = None;
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
            // The applicant's own step ("Nộp hồ sơ | Tổ chức, cá nhân | Giờ
            // hành chính") runs on no office's clock.
            None if is_applicant(step) => {}
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
            let found = forms.iter().position(|f| *f == code.trim()).or_else(|| {
                let all = comparable_forms
                    .get_or_insert_with(|| forms.iter().map(|f| comparable(f)).collect());
                let code = comparable(code);
                all.iter().position(|f| *f == code)
            });
            match found {
                Some(k) => used[k] = true,
                // An annex lists no forms of its own: the TTHC's
                // statutory forms ("Mẫu số 01") are named in its steps.
                None if doc.forms.is_none() && doc.form == DocumentForm::Annex => {}
                None => {
                    let form = cleaned(code).into_owned();
                    let pointer = format!("/steps/{i}/forms/{j}");
                    sink.emit(&pointer, V::StepFormUnknown { step: step.order, form });
                }
            }
        }
    }
    // A case's steps use some of the procedure's forms; the others may
    // serve its other cases.
    for (k, form) in doc.forms.iter().flatten().enumerate().filter(|_| doc.case.is_none()) {
        if !used[k] {
            let form = cleaned(&form.code).into_owned();
            sink.emit(&format!("/forms/{k}/code"), V::FormUnused { form });
        }
    }
    if doc.kind != ProcedureKind::Tthc {
        return;
    }
    if blank(&doc.tthc_code) {
        sink.emit("/tthcCode", V::TthcCodeMissing {});
    }
    let Some(limit) = doc.statutory_limit else {
        // "Không quy định": the law sets none, which is not a limit missing.
        if !doc.no_statutory_limit {
            sink.emit("/statutoryLimit", V::TthcNoLimit {});
        }
        return;
    };
    // A small tolerance absorbs the rounding of fractional days.
    match limit.working_minutes(minutes_per_day) {
        Some(limit_minutes) => {
            // Calendar days have no fixed length in office time.
            if calendar_steps > 0 {
                let (steps, limit) = (calendar_days(), working_time());
                sink.emit(
                    "/steps",
                    V::CalendarDaysNotCompared { count: calendar_steps, steps, limit },
                );
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
                let (steps, limit) = (working_time(), calendar_days());
                sink.emit(
                    "/steps",
                    V::CalendarDaysNotCompared { count: working_steps, steps, limit },
                );
            }
            if days > limit.value + 1e-6 {
                let unit = Text::new("ngày", "calendar days");
                let (total, limit) = (Decimal(days), Decimal(limit.value));
                sink.emit("/steps", V::TthcOverLimit { total, limit, unit });
            }
        }
    }
}

/// Whether a step is the applicant's own: its responsible is "Tổ chức, cá
/// nhân", "Công dân", "Người nộp hồ sơ" …, or it is the filing of the
/// dossier ("Nộp hồ sơ").
fn is_applicant(step: &crate::documents::model::Step) -> bool {
    let fold = |t: Option<&str>| t.map(crate::text::fold).unwrap_or_default();
    let (who, what) = (fold(step.responsible.as_deref()), fold(step.action.as_deref()));
    ["to chuc, ca nhan", "to chuc/ca nhan", "to chuc hoac ca nhan", "ca nhan", "cong dan"]
        .iter()
        .chain(&["nguoi dan", "nguoi nop", "nguoi yeu cau", "nguoi de nghi"])
        .any(|a| who.trim().starts_with(a))
        || what.trim().starts_with("nop ho so")
}

/// The units DOC-035 names: days of the calendar, and office time.
fn calendar_days() -> Text {
    Text::new("ngày (theo lịch)", "calendar days")
}

fn working_time() -> Text {
    Text::new("ngày, giờ làm việc", "working days or hours")
}
