//! Tracking one dossier: its event log checked, then its due time,
//! status, lateness and the step that caused a delay, on the calendar.

use chrono::NaiveDateTime;

use super::{round2, Dossier, DossierEvent, DossierResult, StepResult, TrackStatus};
use crate::calendar::work::WorkCalendar;
use crate::text::Text;
use crate::{DurationUnit, Error, InputProblem, Result};

/// An inconsistent event log, at the event at fault.
fn log_error(field: String, why: Text) -> Error {
    Error::invalid(field, InputProblem::Inconsistent { why })
}

impl WorkCalendar {
    /// Tracks one dossier as of `as_of`. An inconsistent log (events out
    /// of order, a step finished that never started …) is an error naming
    /// the event (`/events/3/at`).
    pub fn track(&self, dossier: &Dossier, as_of: NaiveDateTime) -> Result<DossierResult> {
        let ev = &dossier.events;
        for (j, pair) in ev.windows(2).enumerate() {
            if pair[1].at() < pair[0].at() {
                return Err(log_error(
                    format!("/events/{}/at", j + 1),
                    Text::new("các sự kiện không theo thứ tự thời gian", "events are out of order"),
                ));
            }
        }
        let received = match ev.first() {
            Some(DossierEvent::Received { at }) => *at,
            _ => {
                return Err(log_error(
                    "/events/0".into(),
                    Text::new(
                        "sự kiện đầu tiên phải là “received” (tiếp nhận)",
                        "the first event must be `received`",
                    ),
                ))
            }
        };
        let mut returned = None;
        let mut paused = 0i64;
        let mut pauses: Vec<(NaiveDateTime, NaiveDateTime)> = Vec::new();
        let mut pause_open: Option<NaiveDateTime> = None;
        let mut steps: Vec<StepResult> = Vec::new();
        for (j, e) in ev.iter().enumerate().skip(1) {
            if returned.is_some() {
                return Err(log_error(
                    format!("/events/{j}"),
                    Text::new(
                        "không có sự kiện nào được sau “returned” (trả kết quả)",
                        "no event may follow `returned`",
                    ),
                ));
            }
            match e {
                DossierEvent::Received { .. } => {
                    return Err(log_error(
                        format!("/events/{j}"),
                        Text::new(
                            "“received” (tiếp nhận) chỉ được có một lần, ở đầu",
                            "`received` may appear only once, first",
                        ),
                    ))
                }
                DossierEvent::StepStarted { at, step, unit, officer } => steps.push(StepResult {
                    step: *step,
                    unit: unit.clone(),
                    officer: officer.clone(),
                    handed_by: None,
                    started_at: *at,
                    finished_at: None,
                    due_at: None,
                    late_minutes: 0,
                    status: TrackStatus::InProgress,
                }),
                DossierEvent::StepFinished { at, step } => {
                    let open =
                        steps.iter_mut().rev().find(|s| s.step == *step && s.finished_at.is_none());
                    match open {
                        Some(s) => s.finished_at = Some(*at),
                        None => {
                            return Err(log_error(
                                format!("/events/{j}/step"),
                                Text::new(
                                    "bước kết thúc khi chưa bắt đầu",
                                    "the step finished without starting",
                                ),
                            ))
                        }
                    }
                }
                DossierEvent::AdditionalRequested { at } => {
                    if pause_open.is_some() {
                        return Err(log_error(
                            format!("/events/{j}"),
                            Text::new(
                                "đã yêu cầu bổ sung hồ sơ mà chưa nhận",
                                "documents already requested",
                            ),
                        ));
                    }
                    pause_open = Some(*at);
                }
                DossierEvent::AdditionalReceived { at } => match pause_open.take() {
                    Some(from) => {
                        paused += self.working_minutes_between(from, *at)?;
                        pauses.push((from, *at));
                    }
                    None => {
                        return Err(log_error(
                            format!("/events/{j}"),
                            Text::new(
                                "nhận hồ sơ bổ sung khi chưa có yêu cầu",
                                "documents received that were never requested",
                            ),
                        ))
                    }
                },
                DossierEvent::Returned { at } => returned = Some(*at),
            }
        }
        let (counted_from, _) = self.counted_from(received, dossier.limit.unit)?;
        // A pause extends the limit in the limit's own unit: calendar days
        // for a limit in calendar days (12 days paused over Tết give 12
        // days back, not the few working days among them), office time
        // otherwise.
        let due = match dossier.limit.unit {
            DurationUnit::CalendarDays => {
                let days: i64 = pauses.iter().map(|(a, b)| (b.date() - a.date()).num_days()).sum();
                let mut limit = dossier.limit;
                limit.value += days as f64;
                self.due_after(received, counted_from, limit)?
            }
            _ => {
                let due_at = self.due_after(received, counted_from, dossier.limit)?;
                self.add_working_minutes(due_at, u64::try_from(paused).unwrap_or(0))?
            }
        };
        let status_at = |due: NaiveDateTime,
                         end: Option<NaiveDateTime>,
                         waiting: bool|
         -> Result<(TrackStatus, i64)> {
            match end {
                Some(end) => {
                    let late = self.working_minutes_between(due, end)?.max(0);
                    Ok(if late > 0 || (end > due && end.date() > due.date()) {
                        (TrackStatus::Late, late)
                    } else if end.date() < due.date() {
                        (TrackStatus::Early, 0)
                    } else {
                        (TrackStatus::OnTime, 0)
                    })
                }
                None if waiting => Ok((TrackStatus::Paused, 0)),
                None => {
                    let late = if as_of > due {
                        self.working_minutes_between(due, as_of)?.max(0)
                    } else {
                        0
                    };
                    Ok(if late > 0 {
                        (TrackStatus::Overdue, late)
                    } else {
                        (TrackStatus::InProgress, 0)
                    })
                }
            }
        };
        for s in &mut steps {
            let Some(limit) = dossier.steps.iter().find(|l| l.step == s.step).map(|l| l.limit)
            else {
                if s.finished_at.is_some() {
                    s.status = TrackStatus::OnTime;
                }
                continue;
            };
            // A pause inside the step extends its due time.
            let end = s.finished_at.unwrap_or(as_of);
            let mut extra = 0i64;
            for &(from, to) in &pauses {
                let (a, b) = (from.max(s.started_at), to.min(end));
                if a < b {
                    extra += self.working_minutes_between(a, b)?;
                }
            }
            let extra = u64::try_from(extra).unwrap_or(0);
            // Office time for working days and hours; a step in calendar
            // days ends by the Civil Code, like an appointment.
            let step_due = match limit.working_minutes(f64::from(self.minutes_per_day())) {
                Some(m) => self.add_working_minutes(s.started_at, m.round() as u64 + extra)?,
                None => {
                    let end = self.due_after(s.started_at, s.started_at.date(), limit)?;
                    self.add_working_minutes(end, extra)?
                }
            };
            let (status, late) = status_at(step_due, s.finished_at, false)?;
            s.due_at = Some(step_due);
            s.status = status;
            s.late_minutes = late;
        }
        // The slip's "người giao": the previous step's handler.
        for k in 1..steps.len() {
            let prev = &steps[k - 1];
            let who = [prev.officer.as_deref(), prev.unit.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" – ");
            steps[k].handed_by = (!who.is_empty()).then_some(who);
        }
        let (status, late) = status_at(due, returned, pause_open.is_some())?;
        let delayed_by = steps
            .iter()
            .filter(|s| s.late_minutes > 0)
            .fold(None::<&StepResult>, |best, s| match best {
                Some(b) if b.late_minutes >= s.late_minutes => Some(b),
                _ => Some(s),
            })
            .map(|s| s.step);
        Ok(DossierResult {
            id: dossier.id.clone(),
            procedure: dossier.procedure.clone(),
            status,
            received_at: Some(received),
            // While waiting for the applicant the clock is stopped: no due
            // time yet.
            due_at: (status != TrackStatus::Paused).then_some(due),
            returned_at: returned,
            paused_minutes: paused,
            late_minutes: late,
            late_working_days: round2(late as f64 / f64::from(self.minutes_per_day())),
            steps,
            delayed_by,
            error: None,
        })
    }
}

crate::error::serde_name_display!(TrackStatus);
