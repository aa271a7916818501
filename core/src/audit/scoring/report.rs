//! What scoring returns (scores, contributions, what-if, the readiness
//! verdict), and the views that JSON shows.

use serde::Serialize;

use super::types::{FindingGrade, Grade, Model};
use crate::rules::Localize;
use crate::text::{Lang, Text};

/// A score of a group (clause, top-level clause, unit).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct GroupScore {
    /// Clause number or unit.
    pub key: String,
    /// Score (0–100; maturity 1–5), `null` when nothing counts.
    pub score: Option<f64>,
    /// Counted items.
    pub count: usize,
    /// Whether a major nonconformity capped it.
    pub capped: bool,
}

/// How much one item brings to the headline score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Contribution {
    /// Item.
    pub item: String,
    /// Unit.
    pub unit: String,
    /// Clause.
    pub clause: String,
    /// Weight.
    pub weight: f64,
    /// Effective value (1 compliant … 0), `null` when not counted.
    pub value: Option<f64>,
    /// Points of the headline score it contributes.
    pub contribution: f64,
}

/// The score after closing one finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    /// The finding.
    pub finding: String,
    /// Its item.
    pub item: String,
    /// Its grade.
    pub grade: FindingGrade,
    /// The headline score after closing it.
    pub score_after: Option<f64>,
    /// The gain (score after − score now).
    pub gain: f64,
}

/// Whether the agency can announce conformity (công bố).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Readiness {
    /// Nothing blocks: no open major (nor minors counting as one), every
    /// open minor with an accepted plan, every applicable clause assessed,
    /// and, when the request holds them, every unit audited with a report
    /// and no major past its due date.
    pub ready: bool,
    /// Open major nonconformities.
    pub open_majors: Vec<String>,
    /// Open minors without an accepted action plan.
    pub minors_without_plan: Vec<String>,
    /// Applicable clauses with no assessed item.
    pub unassessed_clauses: Vec<String>,
    /// Clauses with enough open minors to count as a major.
    pub minors_as_major: Vec<String>,
    /// Units of the programme never audited in its period (AUD-001), by
    /// id.
    pub units_not_audited: Vec<String>,
    /// Audits held without a report (AUD-005).
    pub audits_without_report: Vec<String>,
    /// Open major nonconformities past their due date (NC-002).
    pub overdue_majors: Vec<String>,
}

impl Readiness {
    /// Every list empty: nothing blocks the announcement.
    pub fn is_clear(&self) -> bool {
        self.lists().iter().all(|(l, _)| l.is_empty())
    }

    /// The blocking lists with what each means.
    fn lists(&self) -> [(&Vec<String>, Text); 7] {
        [
            (
                &self.open_majors,
                Text::new("Còn sự không phù hợp nặng chưa khắc phục", "Open major nonconformities"),
            ),
            (
                &self.overdue_majors,
                Text::new(
                    "Sự không phù hợp nặng đã quá hạn khắc phục",
                    "Major nonconformities past their due date",
                ),
            ),
            (
                &self.minors_as_major,
                Text::new(
                    "Điều khoản có nhiều sự không phù hợp nhẹ, tính như một sự không phù hợp nặng",
                    "Clauses whose open minors count as a major",
                ),
            ),
            (
                &self.minors_without_plan,
                Text::new(
                    "Sự không phù hợp nhẹ chưa có kế hoạch hành động được chấp nhận",
                    "Minor nonconformities without an accepted action plan",
                ),
            ),
            (
                &self.unassessed_clauses,
                Text::new(
                    "Điều khoản áp dụng chưa được đánh giá",
                    "Applicable clauses not assessed",
                ),
            ),
            (
                &self.units_not_audited,
                Text::new(
                    "Đơn vị chưa được đánh giá nội bộ trong kỳ",
                    "Units not audited in the period",
                ),
            ),
            (
                &self.audits_without_report,
                Text::new("Cuộc đánh giá chưa có báo cáo", "Audits without a report"),
            ),
        ]
    }

    /// The reasons against announcing, in `lang` (derived from the lists).
    pub fn reasons(&self, lang: Lang) -> Vec<String> {
        self.lists()
            .into_iter()
            .filter(|(list, _)| !list.is_empty())
            .map(|(list, what)| format!("{}: {}", what.get(lang), list.join(", ")))
            .collect()
    }
}

/// The readiness verdict as JSON shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "Readiness", rename_all = "camelCase")]
pub struct ReadinessView<'a> {
    /// No open major, every open minor with an accepted plan, every
    /// applicable clause assessed.
    pub ready: bool,
    /// Open major nonconformities.
    pub open_majors: &'a [String],
    /// Open minors without an accepted action plan.
    pub minors_without_plan: &'a [String],
    /// Applicable clauses with no assessed item.
    pub unassessed_clauses: &'a [String],
    /// Clauses with enough open minors to count as a major.
    pub minors_as_major: &'a [String],
    /// Units of the programme never audited in its period.
    pub units_not_audited: &'a [String],
    /// Audits held without a report.
    pub audits_without_report: &'a [String],
    /// Open major nonconformities past their due date.
    pub overdue_majors: &'a [String],
    /// The reasons, in the requested language.
    pub reasons: Vec<String>,
}

/// The result of scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreReport {
    /// The model used.
    pub model: Model,
    /// The headline score: 0–100 (absolute: 0 or 100; maturity: 1–5);
    /// `null` when nothing counts.
    pub score: Option<f64>,
    /// XCCDF flat models: the raw score `s` out of the maximum `m`.
    pub flat: Option<FlatScore>,
    /// Whether the overall cap (`majorOverallCap`) lowered the headline
    /// score (conformity model).
    pub overall_capped: bool,
    /// Grade of the headline score (0–100 models).
    pub grade: Option<Grade>,
    /// Groups of the model (XCCDF default: the clause tree or the units;
    /// others: the clauses).
    pub groups: Vec<GroupScore>,
    /// Conformity per top-level clause (4–10).
    pub by_top_clause: Vec<GroupScore>,
    /// Conformity per unit.
    pub by_unit: Vec<GroupScore>,
    /// What each item brings to the headline score.
    pub contributions: Vec<Contribution>,
    /// Open nonconformities ranked by the gain their closure brings.
    pub what_if: Vec<WhatIf>,
    /// The readiness verdict for announcing conformity.
    pub readiness: Readiness,
}

/// The result of scoring as JSON shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "ScoreReport", rename_all = "camelCase")]
pub struct ScoreReportView<'a> {
    /// The model used.
    pub model: Model,
    /// The headline score: 0–100 (absolute: 0 or 100; maturity: 1–5);
    /// `null` when nothing counts.
    pub score: Option<f64>,
    /// XCCDF flat models: the raw score `s` out of the maximum `m`.
    pub flat: Option<FlatScore>,
    /// Whether the overall cap (`majorOverallCap`) lowered the headline
    /// score (conformity model).
    pub overall_capped: bool,
    /// Grade of the headline score (0–100 models).
    pub grade: Option<Grade>,
    /// Groups of the model (XCCDF default: the clause tree or the units;
    /// others: the clauses).
    pub groups: &'a [GroupScore],
    /// Conformity per top-level clause (4–10).
    pub by_top_clause: &'a [GroupScore],
    /// Conformity per unit.
    pub by_unit: &'a [GroupScore],
    /// What each item brings to the headline score.
    pub contributions: &'a [Contribution],
    /// Open nonconformities ranked by the gain their closure brings.
    pub what_if: &'a [WhatIf],
    /// The readiness verdict for announcing conformity.
    pub readiness: ReadinessView<'a>,
}

impl Localize for ScoreReport {
    type View<'a> = ScoreReportView<'a>;
    fn localized(&self, lang: Lang) -> ScoreReportView<'_> {
        let r = &self.readiness;
        ScoreReportView {
            model: self.model,
            score: self.score,
            flat: self.flat,
            overall_capped: self.overall_capped,
            grade: self.grade,
            groups: &self.groups,
            by_top_clause: &self.by_top_clause,
            by_unit: &self.by_unit,
            contributions: &self.contributions,
            what_if: &self.what_if,
            readiness: ReadinessView {
                ready: r.ready,
                open_majors: &r.open_majors,
                minors_without_plan: &r.minors_without_plan,
                unassessed_clauses: &r.unassessed_clauses,
                minors_as_major: &r.minors_as_major,
                units_not_audited: &r.units_not_audited,
                audits_without_report: &r.audits_without_report,
                overdue_majors: &r.overdue_majors,
                reasons: r.reasons(lang),
            },
        }
    }
}

/// XCCDF flat score: `score` out of `max` (the spec's `s` and `m`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct FlatScore {
    /// Score.
    pub score: f64,
    /// Maximum.
    pub max: f64,
}
