//! A step spread over sub-rows (one per signer or unit), or parts "a)",
//! "b)" under its row: what each sub-row adds to the step.

use super::times::parse_duration;
use crate::documents::Step;
use crate::{Duration, DurationUnit};

/// A sub-row of a step: who acts there too, its time added (in the
/// step's unit), its forms.
pub(super) fn merge_sub_row(
    step: &mut Step, who: Option<&str>, time: Option<Duration>, forms: Vec<String>,
) {
    if let Some(w) = who {
        match step.responsible.as_mut() {
            Some(r) if r.split("; ").any(|x| x == w) => {}
            Some(r) => {
                r.push_str("; ");
                r.push_str(w);
            }
            None => step.responsible = Some(w.to_owned()),
        }
    }
    match (step.duration.as_mut(), time) {
        (Some(d), Some(t)) if d.unit == t.unit => d.value += t.value,
        // "04 giờ" and "01 ngày": in working time (a plain day among
        // working hours is a working day), in the step's unit.
        (Some(d), Some(t)) => {
            let working = |x: Duration| match x.unit {
                DurationUnit::CalendarDays => Duration { unit: DurationUnit::WorkingDays, ..x },
                _ => x,
            };
            let (a, b) = (working(*d), working(t));
            if let (Some(m), Some(n)) = (a.working_minutes(480.0), b.working_minutes(480.0)) {
                let per = if a.unit == DurationUnit::WorkingHours { 60.0 } else { 480.0 };
                *d = Duration { value: (m + n) / per, unit: a.unit };
            }
        }
        (None, t) => step.duration = t,
        (Some(_), None) => {}
    }
    for f in forms {
        if !step.forms.contains(&f) {
            step.forms.push(f);
        }
    }
}

/// Who does a step, from a cell that also gives its time ("Trách nhiệm
/// (Thời gian)": "Văn thư UBND xã (01 ngày làm việc)", or the time on a
/// line of its own): the time is the step's, not part of the unit.
pub(super) fn without_time(who: &str) -> &str {
    let t = who.trim_end();
    let open = t.strip_suffix(')').and_then(|o| o.rfind('(').map(|i| (i, &o[i + 1..])));
    match open {
        Some((i, inside)) if i > 0 && parse_duration(inside).is_some() => t[..i].trim_end(),
        _ => t,
    }
}

/// Whether a step's label numbers a part of the step labelled `parent`:
/// "B1.1" of "B1", "2.3" of "2", "Bước 1.2" of "Bước 1".
pub(super) fn sub_label(label: &str, parent: &str) -> bool {
    fn number(l: &str) -> &str {
        l.trim_start_matches(|c: char| !c.is_ascii_digit()).trim_end_matches('.')
    }
    let (l, p) = (number(label), number(parent));
    !p.is_empty()
        && l.strip_prefix(p)
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
}
