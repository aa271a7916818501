//! The tracking of a batch: each dossier's result and the on-time rates
//! per procedure, per unit and overall, with the view JSON shows.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{round2, DossierBatch, DossierResult, DossierResultView, TrackStatus};
use crate::calendar::WorkCalendar;
use crate::rules::Localize;
use crate::text::Lang;
use crate::Error;

/// Counts of a group of dossiers (or steps, for units).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    /// Everything counted.
    pub total: usize,
    /// Finished early.
    pub early: usize,
    /// Finished on the due date.
    pub on_time: usize,
    /// Finished late.
    pub late: usize,
    /// Open, not yet due.
    pub in_progress: usize,
    /// Open and past due.
    pub overdue: usize,
    /// Logs that could not be tracked.
    pub invalid: usize,
    /// (early + on time) / finished, in percent (2 decimals); `null` when
    /// nothing finished.
    pub on_time_rate: Option<f64>,
}

impl Tally {
    fn add(&mut self, s: TrackStatus) {
        self.total += 1;
        match s {
            TrackStatus::Early => self.early += 1,
            TrackStatus::OnTime => self.on_time += 1,
            TrackStatus::Late => self.late += 1,
            TrackStatus::InProgress | TrackStatus::Paused => self.in_progress += 1,
            TrackStatus::Overdue => self.overdue += 1,
            TrackStatus::Invalid => self.invalid += 1,
        }
    }

    fn finish(&mut self) {
        let done = self.early + self.on_time + self.late;
        self.on_time_rate =
            (done > 0).then(|| round2(100.0 * (self.early + self.on_time) as f64 / done as f64));
    }
}

/// A tally with the name of its group.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NamedTally {
    /// Procedure code or unit name.
    pub name: String,
    /// Counts.
    #[serde(flatten)]
    pub tally: Tally,
}

/// The tracking of a batch as JSON shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "DossierReport", rename_all = "camelCase")]
pub struct DossierReportView<'a> {
    /// Every dossier, in input order.
    pub dossiers: Vec<DossierResultView<'a>>,
    /// All dossiers of the period.
    pub overall: &'a Tally,
    /// Per procedure, sorted by name.
    pub by_procedure: &'a [NamedTally],
    /// Per unit, counting the steps each unit handled, sorted by name.
    pub by_unit: &'a [NamedTally],
}

impl Localize for DossierReport {
    type View<'a> = DossierReportView<'a>;
    fn localized(&self, lang: Lang) -> DossierReportView<'_> {
        DossierReportView {
            dossiers: self
                .dossiers
                .iter()
                .map(|r| DossierResultView {
                    result: r,
                    error: r.error.as_ref().map(|e| e.info(lang)),
                })
                .collect(),
            overall: &self.overall,
            by_procedure: &self.by_procedure,
            by_unit: &self.by_unit,
        }
    }
}

/// The tracking of a batch (language-free; [`Localize`] gives its JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct DossierReport {
    /// Every dossier, in input order.
    pub dossiers: Vec<DossierResult>,
    /// All dossiers of the period.
    pub overall: Tally,
    /// Per procedure, sorted by name.
    pub by_procedure: Vec<NamedTally>,
    /// Per unit, counting the steps each unit handled, sorted by name.
    pub by_unit: Vec<NamedTally>,
}

impl WorkCalendar {
    /// Tracks a batch and computes the on-time rates. A dossier whose log
    /// is inconsistent gets status `invalid` with the error (its field
    /// under `/dossiers/i`) instead of failing the whole batch.
    pub fn track_batch(&self, batch: &DossierBatch) -> DossierReport {
        let mut results = Vec::with_capacity(batch.dossiers.len());
        let mut overall = Tally::default();
        let mut by_procedure: BTreeMap<&str, Tally> = BTreeMap::new();
        let mut by_unit: BTreeMap<String, Tally> = BTreeMap::new();
        let counted = |r: &DossierResult| match (batch.period, r.returned_at, r.received_at) {
            (None, _, _) => true,
            (Some(p), Some(ret), _) => (p.from..=p.to).contains(&ret.date()),
            (Some(p), None, Some(rec)) => rec.date() <= p.to,
            (Some(_), None, None) => true,
        };
        for (i, d) in batch.dossiers.iter().enumerate() {
            let r = self.track(d, batch.as_of).unwrap_or_else(|e| {
                let error = match e {
                    Error::InvalidInput { field, problem } => {
                        Error::invalid(format!("/dossiers/{i}{field}"), problem)
                    }
                    other => other,
                };
                DossierResult {
                    id: d.id.clone(),
                    procedure: d.procedure.clone(),
                    status: TrackStatus::Invalid,
                    received_at: None,
                    due_at: None,
                    returned_at: None,
                    paused_minutes: 0,
                    late_minutes: 0,
                    late_working_days: 0.0,
                    steps: Vec::new(),
                    delayed_by: None,
                    error: Some(error),
                }
            });
            if counted(&r) {
                overall.add(r.status);
                by_procedure.entry(d.procedure.as_deref().unwrap_or("")).or_default().add(r.status);
                for s in &r.steps {
                    if let Some(u) = &s.unit {
                        by_unit.entry(u.clone()).or_default().add(s.status);
                    }
                }
            }
            results.push(r);
        }
        overall.finish();
        let named = |m: BTreeMap<String, Tally>| {
            m.into_iter()
                .map(|(name, mut tally)| {
                    tally.finish();
                    NamedTally { name, tally }
                })
                .collect()
        };
        DossierReport {
            dossiers: results,
            overall,
            by_procedure: named(by_procedure.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()),
            by_unit: named(by_unit),
        }
    }
}
