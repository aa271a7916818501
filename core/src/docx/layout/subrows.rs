//! A step spread over sub-rows (one per signer or unit), or parts "a)",
//! "b)" under its row: what each sub-row adds to the step.

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
