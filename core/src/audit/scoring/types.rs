//! What scoring reads: checklist results and the options of a model.

use serde::{Deserialize, Serialize};

use crate::text::Lang;

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
    crate::interchange::checked_f64(d, |w| {
        if w.is_finite() && (0.0..=1000.0).contains(&w) {
            // A subnormal weight (below 2.2e-308) counts as 0: sums of such
            // weights are rounding noise, not a score.
            Ok(if w < f64::MIN_POSITIVE { 0.0 } else { w })
        } else {
            Err(format!("weight {w} is not between 0 and 1000"))
        }
    })
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
    /// Khá from (default 50); below is yếu.
    pub fair: f64,
    /// Trung bình from (optional): with it, scores from `average` up to
    /// `fair` are trung bình and only those below are yếu. Default none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub average: Option<f64>,
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
        } else if self.average.is_some_and(|a| score >= a) {
            Grade::Average
        } else {
            Grade::Weak
        }
    }
}

impl Default for GradeThresholds {
    fn default() -> Self {
        GradeThresholds { excellent: 90.0, good: 75.0, fair: 50.0, average: None }
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
    /// Trung bình (only with an `average` threshold).
    Average,
    /// Yếu: below the pass mark (a 22/100 system is not "average").
    Weak,
}

impl Grade {
    /// The grade's name in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            Grade::Excellent => lang.pick("xuất sắc", "excellent"),
            Grade::Good => lang.pick("tốt", "good"),
            Grade::Fair => lang.pick("khá", "fair"),
            Grade::Average => lang.pick("trung bình", "average"),
            Grade::Weak => lang.pick("yếu", "weak"),
        }
    }
}

impl Model {
    /// The model's name for people, in both languages.
    pub const fn label(self) -> crate::Text {
        use crate::Text;
        match self {
            Model::XccdfDefault => Text::new("XCCDF mặc định", "XCCDF default"),
            Model::XccdfFlat => Text::new("XCCDF phẳng có trọng số", "XCCDF flat"),
            Model::XccdfFlatUnweighted => {
                Text::new("XCCDF phẳng không trọng số", "XCCDF flat unweighted")
            }
            Model::XccdfAbsolute => Text::new("XCCDF tuyệt đối", "XCCDF absolute"),
            Model::Conformity => Text::new("tỷ lệ phù hợp", "conformity"),
            Model::Maturity => Text::new("mức độ trưởng thành", "maturity"),
        }
    }
}

crate::error::serde_name_display!(Model, GroupBy, Grade, ItemResult, FindingGrade);
