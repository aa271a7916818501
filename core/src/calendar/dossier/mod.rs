//! Dossier tracking ("ISO điện tử"): from each dossier's event log, the
//! due times, lateness, status, the step that caused a delay, and on-time
//! rates (tỷ lệ hồ sơ giải quyết đúng hạn) per procedure, per unit and
//! overall.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

mod report;

pub use report::{DossierReport, DossierReportView, NamedTally, Tally};

use super::work::WorkCalendar;
use crate::text::{Lang, Text};
use crate::{Duration, DurationUnit, Error, ErrorInfo, InputProblem, Result};

/// One event of a dossier's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind", deny_unknown_fields)]
pub enum DossierEvent {
    /// Tiếp nhận hồ sơ: the clock starts.
    #[serde(rename_all = "camelCase")]
    Received {
        /// When.
        #[serde(deserialize_with = "super::datetime::de")]
        at: NaiveDateTime,
    },
    /// A step starts, handled by a unit and an officer.
    #[serde(rename_all = "camelCase")]
    StepStarted {
        /// When.
        #[serde(deserialize_with = "super::datetime::de")]
        at: NaiveDateTime,
        /// Step number of the procedure.
        step: u32,
        /// Unit handling the step.
        #[serde(default)]
        unit: Option<String>,
        /// Officer handling the step.
        #[serde(default)]
        officer: Option<String>,
    },
    /// A step ends.
    #[serde(rename_all = "camelCase")]
    StepFinished {
        /// When.
        #[serde(deserialize_with = "super::datetime::de")]
        at: NaiveDateTime,
        /// Step number.
        step: u32,
    },
    /// Additional documents requested from the applicant: the clock pauses.
    #[serde(rename_all = "camelCase")]
    AdditionalRequested {
        /// When.
        #[serde(deserialize_with = "super::datetime::de")]
        at: NaiveDateTime,
    },
    /// The additional documents arrived: the clock resumes.
    #[serde(rename_all = "camelCase")]
    AdditionalReceived {
        /// When.
        #[serde(deserialize_with = "super::datetime::de")]
        at: NaiveDateTime,
    },
    /// Trả kết quả: the result is returned.
    #[serde(rename_all = "camelCase")]
    Returned {
        /// When.
        #[serde(deserialize_with = "super::datetime::de")]
        at: NaiveDateTime,
    },
}

impl DossierEvent {
    /// When the event happened.
    pub fn at(&self) -> NaiveDateTime {
        match self {
            DossierEvent::Received { at }
            | DossierEvent::StepStarted { at, .. }
            | DossierEvent::StepFinished { at, .. }
            | DossierEvent::AdditionalRequested { at }
            | DossierEvent::AdditionalReceived { at }
            | DossierEvent::Returned { at } => *at,
        }
    }
}

/// The time allowed for one step of the procedure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepLimit {
    /// Step number.
    pub step: u32,
    /// Time allowed.
    pub limit: Duration,
}

/// A dossier (hồ sơ) and its event log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dossier {
    /// Dossier number (mã hồ sơ).
    pub id: String,
    /// Procedure code (e.g. `QT.XD.01`) or TTHC code, for the aggregates.
    #[serde(default)]
    pub procedure: Option<String>,
    /// The statutory time limit.
    pub limit: Duration,
    /// Time allowed per step (from the procedure document).
    #[serde(default)]
    pub steps: Vec<StepLimit>,
    /// The events, in time order.
    pub events: Vec<DossierEvent>,
}

/// A period for the aggregates (inclusive dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    /// First day.
    #[serde(deserialize_with = "crate::dates::de")]
    pub from: NaiveDate,
    /// Last day.
    #[serde(deserialize_with = "crate::dates::de")]
    pub to: NaiveDate,
}

/// A batch of dossiers to track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DossierBatch {
    /// "Now": dossiers not returned by then are in progress or overdue.
    #[serde(deserialize_with = "super::datetime::de")]
    pub as_of: NaiveDateTime,
    /// Count in the aggregates only dossiers returned in this period (and
    /// those still open at its end). Default: every dossier.
    #[serde(default)]
    pub period: Option<Period>,
    /// The dossiers.
    pub dossiers: Vec<Dossier>,
}

impl DossierBatch {
    /// Refuses a batch over the limits (README, "Limits"): at most
    /// [`crate::limits::MAX_DOSSIERS`] dossiers of at most
    /// [`crate::limits::MAX_EVENTS`] events and steps each.
    pub fn within_limits(&self) -> crate::Result<()> {
        use crate::limits::{count, MAX_DOSSIERS, MAX_EVENTS};
        count("/dossiers", self.dossiers.len(), MAX_DOSSIERS)?;
        for (i, d) in self.dossiers.iter().enumerate() {
            count(&format!("/dossiers/{i}/events"), d.events.len(), MAX_EVENTS)?;
            count(&format!("/dossiers/{i}/steps"), d.steps.len(), MAX_EVENTS)?;
        }
        Ok(())
    }
}

/// Where a dossier or a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum TrackStatus {
    /// Finished before the due date (trước hạn).
    Early,
    /// Finished on the due date (đúng hạn).
    OnTime,
    /// Finished after the due time (quá hạn).
    Late,
    /// Not finished, not yet due (or waiting for the applicant).
    InProgress,
    /// Not finished and past due (đang xử lý, quá hạn).
    Overdue,
    /// Waiting for the applicant's additional documents: the clock is
    /// stopped (counted as in progress, within the limit).
    Paused,
    /// The event log is inconsistent: see `error`.
    Invalid,
}

impl TrackStatus {
    /// A short label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            TrackStatus::Early => lang.pick("trước hạn", "early"),
            TrackStatus::OnTime => lang.pick("đúng hạn", "on time"),
            TrackStatus::Late => lang.pick("quá hạn", "late"),
            TrackStatus::InProgress => lang.pick("đang giải quyết, trong hạn", "in progress"),
            TrackStatus::Overdue => lang.pick("đang giải quyết, quá hạn", "in progress, overdue"),
            TrackStatus::Paused => {
                lang.pick("tạm dừng, chờ bổ sung hồ sơ", "paused, waiting for documents")
            }
            TrackStatus::Invalid => lang.pick("dữ liệu không hợp lệ", "invalid log"),
        }
    }
}

/// One step of one dossier.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct StepResult {
    /// Step number.
    pub step: u32,
    /// Unit that handled it.
    pub unit: Option<String>,
    /// Officer who handled it.
    pub officer: Option<String>,
    /// Who handed the dossier over for this step (the previous step's
    /// officer and unit; `null` for the first step, handed over by the
    /// reception): with `startedAt` and the status, a row of the Phiếu
    /// kiểm soát quá trình giải quyết hồ sơ (Mẫu 06, Thông tư
    /// 03/2025/TT-VPCP; columns as reported by secondary sources).
    pub handed_by: Option<String>,
    /// Start (the time the dossier was handed over).
    #[serde(serialize_with = "crate::calendar::datetime::json::datetime")]
    pub started_at: NaiveDateTime,
    /// End, if finished.
    #[serde(serialize_with = "crate::calendar::datetime::json::opt_datetime")]
    pub finished_at: Option<NaiveDateTime>,
    /// Due time, when the step has a limit.
    #[serde(serialize_with = "crate::calendar::datetime::json::opt_datetime")]
    pub due_at: Option<NaiveDateTime>,
    /// Working minutes past due (0 when not late).
    pub late_minutes: i64,
    /// Status.
    pub status: TrackStatus,
}

/// The tracking of one dossier.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DossierResult {
    /// Dossier number.
    pub id: String,
    /// Procedure.
    pub procedure: Option<String>,
    /// Status.
    pub status: TrackStatus,
    /// Received.
    #[serde(serialize_with = "crate::calendar::datetime::json::opt_datetime")]
    pub received_at: Option<NaiveDateTime>,
    /// Due, after adding the time the clock was paused.
    #[serde(serialize_with = "crate::calendar::datetime::json::opt_datetime")]
    pub due_at: Option<NaiveDateTime>,
    /// Returned, if it was.
    #[serde(serialize_with = "crate::calendar::datetime::json::opt_datetime")]
    pub returned_at: Option<NaiveDateTime>,
    /// Working minutes the clock was paused for additional documents.
    pub paused_minutes: i64,
    /// Working minutes past due (0 when not late).
    pub late_minutes: i64,
    /// The same in working days (2 decimals).
    pub late_working_days: f64,
    /// Steps in the order they started.
    pub steps: Vec<StepResult>,
    /// The late step with the largest delay, if any.
    pub delayed_by: Option<u32>,
    /// Why the log could not be tracked, for status `invalid` (its field
    /// under `/dossiers/i`); shown in the view, in the caller's language.
    #[serde(skip)]
    pub error: Option<Error>,
}

/// The tracking of one dossier as JSON shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "DossierResult", rename_all = "camelCase")]
pub struct DossierResultView<'a> {
    /// The tracking.
    #[serde(flatten)]
    pub result: &'a DossierResult,
    /// Why the log could not be tracked, for status `invalid`.
    pub error: Option<ErrorInfo>,
}

pub(super) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

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
