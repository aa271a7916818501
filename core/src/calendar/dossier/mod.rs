//! Dossier tracking ("ISO điện tử"): from each dossier's event log, the
//! due times, lateness, status, the step that caused a delay, and on-time
//! rates (tỷ lệ hồ sơ giải quyết đúng hạn) per procedure, per unit and
//! overall.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

mod report;
mod track;

pub use report::{DossierReport, DossierReportView, NamedTally, Tally};

use crate::text::Lang;
use crate::{Duration, Error, ErrorInfo};

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
    #[serde(deserialize_with = "crate::interchange::whole_vec")]
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
