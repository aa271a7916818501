//! Checklist results and their scores: the four XCCDF 1.2 models, the
//! conformity percentage, maturity, grades, consequences of major
//! nonconformities, explanations and what-if.
//!
//! Every model is kept as sums per group, so the score after closing a
//! finding is a constant-time (or depth-of-tree) update, and ranking all
//! findings by the gain of their closure costs time linear in the items.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalogue;
use crate::rules::Localize;
use crate::text::{Lang, Text};
use crate::{Error, InputProblem, Result};

/// The result recorded for one checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ItemResult {
    /// Phù hợp.
    Compliant,
    /// Phù hợp một phần.
    PartiallyCompliant,
    /// Không phù hợp.
    NonCompliant,
    /// Không áp dụng (with a justification).
    NotApplicable,
    /// Chưa đánh giá.
    NotAssessed,
}

/// The grade of an audit finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum FindingGrade {
    /// Không phù hợp lớn (ISO/IEC 17021-1 3.12).
    Major,
    /// Không phù hợp nhỏ (3.13).
    Minor,
    /// Điểm lưu ý.
    Observation,
    /// Cơ hội cải tiến.
    Opportunity,
    /// Thực hành tốt.
    GoodPractice,
}

impl FindingGrade {
    /// Whether it is a nonconformity (major or minor).
    pub const fn is_nonconformity(self) -> bool {
        matches!(self, FindingGrade::Major | FindingGrade::Minor)
    }
}

/// A finding recorded on a checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditFinding {
    /// Identifier.
    pub id: String,
    /// Grade.
    pub grade: FindingGrade,
    /// What was found.
    #[serde(default)]
    pub description: Option<String>,
    /// Whether it has been closed (correction and corrective action verified).
    #[serde(default)]
    pub closed: bool,
    /// For a minor: whether its action plan has been accepted.
    #[serde(default)]
    pub action_plan_accepted: bool,
}

/// One checklist item: a question on a clause, in a unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChecklistItem {
    /// Identifier.
    pub id: String,
    /// The audited unit.
    pub unit: String,
    /// The clause.
    pub clause: String,
    /// The result.
    pub result: ItemResult,
    /// Why not applicable.
    #[serde(default)]
    pub justification: Option<String>,
    /// Evidence (bằng chứng).
    #[serde(default)]
    pub evidence: Option<String>,
    /// Weight (default 1; 0 counts for nothing).
    #[serde(default = "one", deserialize_with = "weight")]
    pub weight: f64,
    /// Self-assessed maturity, 1–5 (ISO 9004 style).
    #[serde(default)]
    pub maturity: Option<u8>,
    /// Findings on this item.
    #[serde(default)]
    pub findings: Vec<AuditFinding>,
}

fn one() -> f64 {
    1.0
}

fn weight<'de, D: serde::Deserializer<'de>>(d: D) -> core::result::Result<f64, D::Error> {
    let w = f64::deserialize(d)?;
    if w.is_finite() && (0.0..=1000.0).contains(&w) {
        Ok(w)
    } else {
        Err(serde::de::Error::custom(format!("weight {w} is not between 0 and 1000")))
    }
}

/// The results of an audit (or of a whole year's audits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditResults {
    /// Edition (default 2015).
    #[serde(default = "default_edition")]
    pub edition: String,
    /// Applicable clauses that must be assessed for readiness (default:
    /// every assessable clause of the edition minus `notApplicable`).
    #[serde(default)]
    pub scope: Vec<String>,
    /// Clauses declared not applicable.
    #[serde(default)]
    pub not_applicable: Vec<String>,
    /// The checklist.
    pub items: Vec<ChecklistItem>,
}

fn default_edition() -> String {
    "2015".to_owned()
}

/// A scoring model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Model {
    /// XCCDF 1.2 default model (urn:xccdf:scoring:default).
    XccdfDefault,
    /// XCCDF flat model.
    XccdfFlat,
    /// XCCDF flat-unweighted model.
    XccdfFlatUnweighted,
    /// XCCDF absolute model (1 if everything passes, else 0).
    XccdfAbsolute,
    /// Conformity percentage (compliant 1, partial ½, non-compliant 0).
    #[default]
    Conformity,
    /// Maturity 1–5, averaged per clause then overall.
    Maturity,
}

/// What the XCCDF default model groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum GroupBy {
    /// Groups are the clause headings (the clause tree).
    #[default]
    Clause,
    /// Groups are the units.
    Unit,
}

/// Grade thresholds on a 0–100 score (unverified practice: configurable).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct GradeThresholds {
    /// Xuất sắc from (default 90).
    pub excellent: f64,
    /// Tốt from (default 75).
    pub good: f64,
    /// Khá from (default 50); below is trung bình.
    pub fair: f64,
}

impl GradeThresholds {
    /// The grade of a 0–100 score.
    pub fn grade(&self, score: f64) -> Grade {
        if score >= self.excellent {
            Grade::Excellent
        } else if score >= self.good {
            Grade::Good
        } else if score >= self.fair {
            Grade::Fair
        } else {
            Grade::Average
        }
    }
}

impl Default for GradeThresholds {
    fn default() -> Self {
        GradeThresholds { excellent: 90.0, good: 75.0, fair: 50.0 }
    }
}

/// How nonconformities weigh beyond their items (conformity model).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Consequences {
    /// A clause with an open major scores at most this (default 50;
    /// `null`: no cap).
    pub major_clause_cap: Option<f64>,
    /// The overall score is at most this while any major is open
    /// (default `null`: no cap).
    pub major_overall_cap: Option<f64>,
    /// This many open minors on one clause count as a major (default 3;
    /// `null`: never).
    pub minors_as_major: Option<u32>,
}

impl Default for Consequences {
    fn default() -> Self {
        Consequences {
            major_clause_cap: Some(50.0),
            major_overall_cap: None,
            minors_as_major: Some(3),
        }
    }
}

/// Options of a scoring.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ScoringOptions {
    /// The model (default conformity).
    pub model: Model,
    /// Groups of the XCCDF default model (default clause).
    pub group_by: GroupBy,
    /// Grade thresholds.
    pub grades: GradeThresholds,
    /// Consequences of nonconformities.
    pub consequences: Consequences,
}

/// A grade of the agency's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Grade {
    /// Xuất sắc.
    Excellent,
    /// Tốt.
    Good,
    /// Khá.
    Fair,
    /// Trung bình.
    Average,
}

impl Grade {
    /// The grade's name in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            Grade::Excellent => lang.pick("xuất sắc", "excellent"),
            Grade::Good => lang.pick("tốt", "good"),
            Grade::Fair => lang.pick("khá", "fair"),
            Grade::Average => lang.pick("trung bình", "average"),
        }
    }
}

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
    /// No open major, every open minor with an accepted plan, every
    /// applicable clause assessed.
    pub ready: bool,
    /// Open major nonconformities.
    pub open_majors: Vec<String>,
    /// Open minors without an accepted action plan.
    pub minors_without_plan: Vec<String>,
    /// Applicable clauses with no assessed item.
    pub unassessed_clauses: Vec<String>,
}

impl Readiness {
    /// The reasons against announcing, in `lang` (derived from the lists).
    pub fn reasons(&self, lang: Lang) -> Vec<String> {
        let lists = [
            (
                &self.open_majors,
                Text::new(
                    "còn điểm không phù hợp lớn chưa khắc phục",
                    "open major nonconformities",
                ),
            ),
            (
                &self.minors_without_plan,
                Text::new(
                    "điểm không phù hợp nhỏ chưa có kế hoạch hành động được chấp nhận",
                    "minor nonconformities without an accepted action plan",
                ),
            ),
            (
                &self.unassessed_clauses,
                Text::new(
                    "điều khoản áp dụng chưa được đánh giá",
                    "applicable clauses not assessed",
                ),
            ),
        ];
        lists
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

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn result_value(r: ItemResult) -> Option<f64> {
    match r {
        ItemResult::Compliant => Some(1.0),
        ItemResult::PartiallyCompliant => Some(0.5),
        ItemResult::NonCompliant => Some(0.0),
        ItemResult::NotApplicable | ItemResult::NotAssessed => None,
    }
}

/// The effective value of an item with the given open nonconformities:
/// open NCs lower it (major 0, minor ½, and never above the recorded
/// result; on an item recorded as not applicable or not assessed, which
/// an NC contradicts, it counts as non-compliant); once every NC of the
/// item is closed it is compliant. So adding an NC never raises a score
/// and closing one never lowers it.
fn effective(base: Option<f64>, open_major: usize, open_minor: usize, had_nc: bool) -> Option<f64> {
    if open_major + open_minor > 0 {
        let implied = if open_major > 0 { 0.0 } else { 0.5 };
        Some(base.map_or(0.0, |b| b.min(implied)))
    } else if had_nc {
        Some(1.0)
    } else {
        base
    }
}

/// Per-item facts the models read.
struct Item<'a> {
    src: &'a ChecklistItem,
    clause: &'static str,
    base: Option<f64>,
    open_major: usize,
    open_minor: usize,
    had_nc: bool,
}

impl Item<'_> {
    fn value(&self) -> Option<f64> {
        effective(self.base, self.open_major, self.open_minor, self.had_nc)
    }
    /// The value after closing one open NC of `grade`.
    fn value_after_closing(&self, grade: FindingGrade) -> Option<f64> {
        let (ma, mi) = match grade {
            FindingGrade::Major => (self.open_major.saturating_sub(1), self.open_minor),
            _ => (self.open_major, self.open_minor.saturating_sub(1)),
        };
        effective(self.base, ma, mi, self.had_nc)
    }
}

/// Sums of one clause for the conformity model.
#[derive(Debug, Clone, Copy, Default)]
struct ClauseSums {
    /// Weight of all the clause's items, counted or not: the clause's
    /// weight in the overall score. Fixed by the checklist, so that a
    /// nonconformity never shifts weight between clauses (with caps, that
    /// could raise the overall score).
    w_all: f64,
    /// Weight of the counted items.
    w: f64,
    v: f64,
    count: usize,
    majors: usize,
    minors: usize,
}

impl ClauseSums {
    fn raw(&self) -> Option<f64> {
        (self.w > 0.0).then(|| 100.0 * self.v / self.w)
    }
    fn major_like(&self, c: &Consequences) -> bool {
        self.majors > 0 || c.minors_as_major.is_some_and(|n| n > 0 && self.minors >= n as usize)
    }
    fn score(&self, c: &Consequences) -> Option<f64> {
        let raw = self.raw()?;
        Some(match c.major_clause_cap {
            Some(cap) if self.major_like(c) => raw.min(cap),
            _ => raw,
        })
    }
}

fn bad(field: String, detail: String) -> Error {
    Error::InvalidInput { field, problem: InputProblem::WrongValue { detail } }
}

/// Scores audit results with the chosen model.
pub fn score(results: &AuditResults, options: &ScoringOptions) -> Result<ScoreReport> {
    let edition = catalogue::edition(&results.edition)?;
    let mut items = Vec::with_capacity(results.items.len());
    for (i, it) in results.items.iter().enumerate() {
        let clause = edition
            .clause(&it.clause)
            .ok_or_else(|| {
                bad(
                    format!("/items/{i}/clause"),
                    format!("clause `{}` is not in ISO 9001:{}", it.clause, edition.id),
                )
            })?
            .number;
        if let Some(m) = it.maturity {
            if !(1..=5).contains(&m) {
                return Err(bad(
                    format!("/items/{i}/maturity"),
                    format!("{m} is not between 1 and 5"),
                ));
            }
        }
        let open =
            |g: FindingGrade| it.findings.iter().filter(|f| f.grade == g && !f.closed).count();
        items.push(Item {
            src: it,
            clause,
            base: result_value(it.result),
            open_major: open(FindingGrade::Major),
            open_minor: open(FindingGrade::Minor),
            had_nc: it.findings.iter().any(|f| f.grade.is_nonconformity()),
        });
    }
    let c = options.consequences;

    // Conformity sums per clause, per top-level clause and per unit.
    let mut by_clause: BTreeMap<&'static str, ClauseSums> = BTreeMap::new();
    let mut by_unit: BTreeMap<&str, ClauseSums> = BTreeMap::new();
    for it in &items {
        let s = by_clause.entry(it.clause).or_default();
        s.w_all += it.src.weight;
        s.majors += it.open_major;
        s.minors += it.open_minor;
        if let Some(v) = it.value() {
            for s in [s, by_unit.entry(it.src.unit.as_str()).or_default()] {
                s.w += it.src.weight;
                s.v += it.src.weight * v;
                s.count += 1;
            }
        }
    }
    let clause_key =
        |k: &&str| -> Vec<u32> { k.split('.').filter_map(|p| p.parse().ok()).collect() };
    let mut clause_keys: Vec<&'static str> = by_clause.keys().copied().collect();
    clause_keys.sort_by_key(clause_key);
    let mut top: BTreeMap<u32, ClauseSums> = BTreeMap::new();
    for k in &clause_keys {
        let s = by_clause[k];
        let t = top.entry(clause_key(k)[0]).or_default();
        if let Some(score) = s.score(&c) {
            t.w += s.w;
            t.v += s.w * score / 100.0;
            t.count += s.count;
        }
        t.majors += s.majors;
    }
    let group = |key: String, s: &ClauseSums, capped_score: Option<f64>| GroupScore {
        key,
        score: capped_score.map(round),
        count: s.count,
        capped: capped_score.is_some() && capped_score != s.raw(),
    };
    let by_top_clause = top.iter().map(|(k, s)| group(k.to_string(), s, s.raw())).collect();
    let by_unit_scores = by_unit.iter().map(|(k, s)| group((*k).to_owned(), s, s.raw())).collect();
    let total_w: f64 = by_clause.values().filter(|s| s.w > 0.0).map(|s| s.w_all).sum();
    let any_major = by_clause.values().any(|s| s.major_like(&c));
    let conformity_overall =
        |sums: &dyn Fn(&'static str) -> ClauseSums, any_major: bool| -> Option<f64> {
            if total_w <= 0.0 {
                return None;
            }
            let mut acc = 0.0;
            let mut w = 0.0;
            for k in &clause_keys {
                let s = sums(k);
                if let Some(score) = s.score(&c) {
                    acc += s.w_all * score;
                    w += s.w_all;
                }
            }
            let overall = if w > 0.0 { acc / w } else { return None };
            Some(match c.major_overall_cap {
                Some(cap) if any_major => overall.min(cap),
                _ => overall,
            })
        };

    let mut report = ScoreReport {
        model: options.model,
        score: None,
        flat: None,
        grade: None,
        groups: Vec::new(),
        by_top_clause,
        by_unit: by_unit_scores,
        contributions: Vec::new(),
        what_if: Vec::new(),
        readiness: readiness(results, &items, edition)?,
    };
    let open_ncs: Vec<(usize, &AuditFinding)> = items
        .iter()
        .enumerate()
        .flat_map(|(i, it)| {
            it.src
                .findings
                .iter()
                .filter(|f| f.grade.is_nonconformity() && !f.closed)
                .map(move |f| (i, f))
        })
        .collect();

    match options.model {
        Model::Conformity => {
            report.score = conformity_overall(&|k| by_clause[k], any_major).map(round);
            report.groups = clause_keys
                .iter()
                .map(|k| group((*k).to_owned(), &by_clause[k], by_clause[k].score(&c)))
                .collect();
            for it in &items {
                let s = by_clause[it.clause];
                let scale = match (s.raw(), s.score(&c)) {
                    (Some(r), Some(capped)) if r > 0.0 => capped / r,
                    _ => 1.0,
                };
                // The clause's share of the overall, then the item's share
                // of the clause.
                let contribution = it.value().map_or(0.0, |v| {
                    if s.w > 0.0 {
                        100.0 * (s.w_all / total_w) * (it.src.weight * v / s.w) * scale
                    } else {
                        0.0
                    }
                });
                report.contributions.push(contribution_of(it, contribution));
            }
            // What-if: only the item's clause changes.
            let now = report.score;
            let majors_now = by_clause.values().filter(|s| s.major_like(&c)).count();
            for (i, f) in &open_ncs {
                let it = &items[*i];
                let mut s = by_clause[it.clause];
                let before = it.value();
                let after = it.value_after_closing(f.grade);
                if let Some(b) = before {
                    s.v -= it.src.weight * b;
                }
                if let Some(a) = after {
                    s.v += it.src.weight * a;
                }
                let was_major_like = s.major_like(&c);
                match f.grade {
                    FindingGrade::Major => s.majors -= 1,
                    _ => s.minors -= 1,
                }
                let still_major = majors_now - usize::from(was_major_like && !s.major_like(&c)) > 0;
                let changed = it.clause;
                let after_score = conformity_overall(
                    &|k| if k == changed { s } else { by_clause[k] },
                    still_major,
                )
                .map(round);
                report.what_if.push(what_if(f, it, now, after_score));
            }
        }
        Model::XccdfFlat | Model::XccdfFlatUnweighted | Model::XccdfAbsolute => {
            let unweighted = options.model != Model::XccdfFlat;
            let w_of =
                |it: &Item<'_>| if unweighted && it.src.weight > 0.0 { 1.0 } else { it.src.weight };
            let pass = |v: Option<f64>| v.map(|v| if v >= 1.0 { 1.0 } else { 0.0 });
            let (mut s, mut m) = (0.0, 0.0);
            for it in &items {
                if let Some(p) = pass(it.value()) {
                    s += w_of(it) * p;
                    m += w_of(it);
                }
            }
            let headline = |s: f64, m: f64| -> Option<f64> {
                if options.model == Model::XccdfAbsolute {
                    Some(if (s - m).abs() < 1e-9 { 100.0 } else { 0.0 })
                } else {
                    (m > 0.0).then(|| round(100.0 * s / m))
                }
            };
            report.flat = Some(FlatScore { score: round(s), max: round(m) });
            report.score = headline(s, m);
            report.groups = clause_keys
                .iter()
                .map(|k| group((*k).to_owned(), &by_clause[k], by_clause[k].raw()))
                .collect();
            for it in &items {
                let contribution = match pass(it.value()) {
                    Some(p) if m > 0.0 => 100.0 * w_of(it) * p / m,
                    _ => 0.0,
                };
                report.contributions.push(contribution_of(it, contribution));
            }
            for (i, f) in &open_ncs {
                let it = &items[*i];
                let before = pass(it.value()).unwrap_or(0.0);
                let after = pass(it.value_after_closing(f.grade)).unwrap_or(0.0);
                // The item is counted before and after (it has an NC).
                let s2 = s + w_of(it) * (after - before);
                report.what_if.push(what_if(f, it, report.score, headline(s2, m)));
            }
        }
        Model::XccdfDefault => {
            let tree = Tree::build(&items, options.group_by, edition);
            report.score = tree.root_score().map(round);
            report.groups = tree.group_scores();
            for (i, it) in items.iter().enumerate() {
                report.contributions.push(contribution_of(it, tree.contribution(i)));
            }
            for (i, f) in &open_ncs {
                let it = &items[*i];
                let before = it.value().map(|v| if v >= 1.0 { 100.0 } else { 0.0 });
                let after =
                    it.value_after_closing(f.grade).map(|v| if v >= 1.0 { 100.0 } else { 0.0 });
                let score_after = match (before, after) {
                    (Some(b), Some(a)) => tree.root_after(*i, a - b).map(round),
                    _ => report.score,
                };
                report.what_if.push(what_if(f, it, report.score, score_after));
            }
        }
        Model::Maturity => {
            let mut per_clause: BTreeMap<&'static str, (f64, usize)> = BTreeMap::new();
            for it in &items {
                if let Some(m) = it.src.maturity {
                    let e = per_clause.entry(it.clause).or_default();
                    e.0 += f64::from(m);
                    e.1 += 1;
                }
            }
            let mut keys: Vec<&'static str> = per_clause.keys().copied().collect();
            keys.sort_by_key(clause_key);
            report.groups = keys
                .iter()
                .map(|k| {
                    let (sum, n) = per_clause[k];
                    GroupScore {
                        key: (*k).to_owned(),
                        score: Some(round(sum / n as f64)),
                        count: n,
                        capped: false,
                    }
                })
                .collect();
            let n = report.groups.len();
            report.score = (n > 0).then(|| {
                round(report.groups.iter().filter_map(|g| g.score).sum::<f64>() / n as f64)
            });
            for it in &items {
                report.contributions.push(contribution_of(it, 0.0));
            }
            for (i, f) in &open_ncs {
                report.what_if.push(what_if(f, &items[*i], report.score, report.score));
            }
        }
    }
    if !matches!(options.model, Model::Maturity) {
        report.grade = report.score.map(|s| options.grades.grade(s));
    }
    // Largest gain first; ties in input order (stable sort).
    report
        .what_if
        .sort_by(|a, b| b.gain.partial_cmp(&a.gain).unwrap_or(core::cmp::Ordering::Equal));
    Ok(report)
}

fn contribution_of(it: &Item<'_>, contribution: f64) -> Contribution {
    Contribution {
        item: it.src.id.clone(),
        unit: it.src.unit.clone(),
        clause: it.clause.to_owned(),
        weight: it.src.weight,
        value: it.value(),
        contribution: round(contribution),
    }
}

fn what_if(f: &AuditFinding, it: &Item<'_>, now: Option<f64>, after: Option<f64>) -> WhatIf {
    WhatIf {
        finding: f.id.clone(),
        item: it.src.id.clone(),
        grade: f.grade,
        score_after: after,
        gain: round(after.unwrap_or(0.0) - now.unwrap_or(0.0)),
    }
}

fn readiness(
    results: &AuditResults,
    items: &[Item<'_>],
    edition: &'static catalogue::EditionDef,
) -> Result<Readiness> {
    let mut r = Readiness {
        ready: true,
        open_majors: vec![],
        minors_without_plan: vec![],
        unassessed_clauses: vec![],
    };
    for it in items {
        for f in it.src.findings.iter().filter(|f| !f.closed) {
            match f.grade {
                FindingGrade::Major => r.open_majors.push(f.id.clone()),
                FindingGrade::Minor if !f.action_plan_accepted => {
                    r.minors_without_plan.push(f.id.clone())
                }
                _ => {}
            }
        }
    }
    let excluded: Vec<&str> =
        results.not_applicable.iter().filter_map(|c| edition.clause(c).map(|k| k.number)).collect();
    let scope: Vec<&'static str> = if results.scope.is_empty() {
        edition.assessable().map(|c| c.number).collect()
    } else {
        let mut v = Vec::new();
        for (i, c) in results.scope.iter().enumerate() {
            let n = edition
                .clause(c)
                .ok_or_else(|| {
                    bad(
                        format!("/scope/{i}"),
                        format!("clause `{c}` is not in ISO 9001:{}", edition.id),
                    )
                })?
                .number;
            v.extend(edition.subtree(n).filter(|k| k.kind.is_assessable()).map(|k| k.number));
        }
        v
    };
    for clause in scope {
        if excluded.iter().any(|x| catalogue::is_within(clause, x)) {
            continue;
        }
        if !items.iter().any(|it| it.value().is_some() && catalogue::is_within(it.clause, clause)) {
            r.unassessed_clauses.push(clause.to_owned());
        }
    }
    r.ready = r.open_majors.is_empty()
        && r.minors_without_plan.is_empty()
        && r.unassessed_clauses.is_empty();
    Ok(r)
}

/// The XCCDF default model's tree: groups (clause headings or units) and
/// rules (items), with each node's weighted sums kept for what-if.
struct Tree {
    /// Nodes: 0 is the benchmark; each has a parent, weight, key.
    parent: Vec<usize>,
    weight: Vec<f64>,
    key: Vec<String>,
    /// Per node: Σ child score × weight and Σ weight over counted children.
    num: Vec<f64>,
    den: Vec<f64>,
    count: Vec<usize>,
    /// Node index of each item's rule.
    rule_of: Vec<usize>,
    is_group: Vec<bool>,
    /// Score of each node (`None`: not counted).
    scores: Vec<Option<f64>>,
}

impl Tree {
    fn build(items: &[Item<'_>], by: GroupBy, edition: &'static catalogue::EditionDef) -> Tree {
        let mut t = Tree {
            parent: vec![0],
            weight: vec![1.0],
            key: vec![String::new()],
            num: vec![0.0],
            den: vec![0.0],
            count: vec![0],
            rule_of: Vec::new(),
            is_group: vec![true],
            scores: Vec::new(),
        };
        let mut groups: BTreeMap<String, usize> = BTreeMap::new();
        let mut group = |t: &mut Tree, key: &str, parent: usize| -> usize {
            if let Some(&n) = groups.get(key) {
                return n;
            }
            t.parent.push(parent);
            t.weight.push(1.0);
            t.key.push(key.to_owned());
            t.num.push(0.0);
            t.den.push(0.0);
            t.count.push(0);
            t.is_group.push(true);
            groups.insert(key.to_owned(), t.parent.len() - 1);
            t.parent.len() - 1
        };
        for it in items {
            let parent = match by {
                GroupBy::Unit => group(&mut t, &format!("unit:{}", it.src.unit), 0),
                GroupBy::Clause => {
                    // The chain of clause groups from the top-level clause down.
                    let mut chain: Vec<&str> =
                        edition.ancestors(it.clause).map(|a| a.number).collect();
                    chain.reverse();
                    chain.push(it.clause);
                    let mut p = 0;
                    for k in chain {
                        p = group(&mut t, k, p);
                    }
                    p
                }
            };
            t.parent.push(parent);
            t.weight.push(it.src.weight);
            t.key.push(it.src.id.clone());
            t.num.push(0.0);
            t.den.push(0.0);
            t.count.push(0);
            t.is_group.push(false);
            t.rule_of.push(t.parent.len() - 1);
        }
        // Rule scores: 100 × passes / counted (one result each).
        let mut score: Vec<Option<f64>> = vec![None; t.parent.len()];
        for (i, it) in items.iter().enumerate() {
            score[t.rule_of[i]] = it.value().map(|v| if v >= 1.0 { 100.0 } else { 0.0 });
        }
        // Children come after their parents: fold from the leaves up.
        for n in (1..t.parent.len()).rev() {
            // NISTIR 7275r4: a group counts when it has counted children;
            // its score is Σ score·weight normalised by Σ weight when that
            // is not zero (left at 0 when every weight is zero, as OpenSCAP
            // does). Empty groups are omitted.
            let s = if t.is_group[n] {
                (t.count[n] > 0).then(|| if t.den[n] > 0.0 { t.num[n] / t.den[n] } else { 0.0 })
            } else {
                score[n]
            };
            if let Some(s) = s {
                let p = t.parent[n];
                t.num[p] += s * t.weight[n];
                t.den[p] += t.weight[n];
                t.count[p] += 1;
            }
            score[n] = s;
        }
        score[0] = (t.count[0] > 0).then(|| if t.den[0] > 0.0 { t.num[0] / t.den[0] } else { 0.0 });
        t.scores = score;
        t
    }

    fn root_score(&self) -> Option<f64> {
        self.scores[0]
    }

    /// Every group but the benchmark, in the order they were met.
    fn group_scores(&self) -> Vec<GroupScore> {
        (1..self.parent.len())
            .filter(|&n| self.is_group[n])
            .map(|n| GroupScore {
                key: self.key[n].strip_prefix("unit:").unwrap_or(&self.key[n]).to_owned(),
                score: self.scores[n].map(round),
                count: self.count[n],
                capped: false,
            })
            .collect()
    }

    /// Points of the benchmark score that item `i` contributes: its score
    /// times the share of its weight at each level up the tree.
    fn contribution(&self, i: usize) -> f64 {
        let mut n = self.rule_of[i];
        let Some(mut c) = self.scores[n] else { return 0.0 };
        loop {
            let p = self.parent[n];
            if self.den[p] <= 0.0 {
                return 0.0;
            }
            c *= self.weight[n] / self.den[p];
            if p == 0 {
                return c;
            }
            n = p;
        }
    }

    /// The benchmark score when item `i`'s rule score changes by `delta`:
    /// the change travels up the tree, denominators unchanged.
    fn root_after(&self, i: usize, delta: f64) -> Option<f64> {
        let mut n = self.rule_of[i];
        let mut d = delta;
        loop {
            let p = self.parent[n];
            if self.den[p] <= 0.0 {
                return self.root_score();
            }
            let old = self.num[p] / self.den[p];
            let new = (self.num[p] + d * self.weight[n]) / self.den[p];
            if p == 0 {
                return Some(new);
            }
            d = new - old;
            n = p;
        }
    }
}

crate::text::serde_name_display!(Model, GroupBy, Grade, ItemResult, FindingGrade);
