//! The inspector's view (Sở KH&CN): is an agency's QMS built, applied,
//! announced, maintained and improved as Decision 19/2014/QĐ-TTg asks?
//! Findings with stable IDs (`QMS-…`) and a score.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::audit::programme::Exclusion;
use crate::audit::rules::{CheckReport, CheckReportView};
use crate::audit::scoring::{Grade, GradeThresholds};
use crate::documents::{Register, Replacement};
use crate::rules::Localize;
use crate::text::Lang;

mod check;

pub use check::check_qms;

/// A decision or document of the agency, by number and date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionRef {
    /// Number, e.g. `1234/QĐ-SXD`.
    #[serde(default)]
    pub number: Option<String>,
    /// Date.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub date: Option<NaiveDate>,
}

/// A quality objective of a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Objective {
    /// The year.
    pub year: i32,
    /// The objective.
    pub text: String,
    /// The measurable target, e.g. "≥ 98% hồ sơ giải quyết đúng hạn".
    #[serde(default)]
    pub target: Option<String>,
}

impl Objective {
    /// Measurable (ISO 9001 6.2.1 b) when the target states a quantity: a
    /// number with what it counts or a percentage ("≥ 98% hồ sơ", "01
    /// ngày"), or a countable zero ("Không có hồ sơ trễ hạn"). A year, a
    /// date or a document number is not a quantity: "Trong năm 2026" is not
    /// measurable.
    ///
    /// ```
    /// use iso9001::audit::Objective;
    /// let o = |t: &str| Objective { year: 2026, text: "x".into(), target: Some(t.into()) };
    /// assert!(o("≥ 98% hồ sơ giải quyết đúng hạn").is_measurable());
    /// assert!(o("Không có hồ sơ trễ hạn").is_measurable());
    /// assert!(!o("Trong năm 2026").is_measurable());
    /// assert!(!o("Nâng cao hơn năm 2017").is_measurable());
    /// assert!(!o("Không ngừng nâng cao sự hài lòng").is_measurable());
    /// ```
    pub fn is_measurable(&self) -> bool {
        self.target.as_deref().is_some_and(states_a_quantity)
    }
}

/// Whether a target states a quantity (see [`Objective::is_measurable`]).
fn states_a_quantity(target: &str) -> bool {
    let folded = crate::text::fold(target);
    // A countable zero: "không có / không để / không phát sinh … hồ sơ".
    const ZERO: [&str; 6] =
        ["khong co ", "khong de ", "khong con ", "khong phat sinh", "khong xay ra", "khong vuot"];
    if ZERO.iter().any(|z| folded.contains(z)) {
        return true;
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | ';' | '.' | '(' | ')' | ':'));
        if !w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return false;
        }
        // A date (15/8/2026) or a document number (19/2014/QĐ-TTg).
        if w.contains('/') || w.matches('-').count() > 1 {
            return false;
        }
        if w.ends_with('%') {
            return true;
        }
        // A year: "năm 2026", or four digits alone in 1900–2100.
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        let after_nam = i > 0 && words[i - 1] == "nam";
        let year_like = digits.len() == 4
            && digits.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
            && digits.len() == w.len();
        !(after_nam || year_like)
    })
}

/// The scope of the QMS.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QmsScope {
    /// National codes of the TTHC in scope.
    #[serde(default)]
    pub tthc: Vec<String>,
    /// Clauses not applicable, with justification.
    #[serde(default)]
    pub not_applicable: Vec<Exclusion>,
    /// When the scope last changed (adjusted, expanded or narrowed).
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub last_changed: Option<NaiveDate>,
}

/// An agency's QMS, as summarised for an inspection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QmsSummary {
    /// Agency name.
    #[serde(default)]
    pub agency: Option<String>,
    /// "Today".
    #[serde(deserialize_with = "crate::dates::de")]
    pub as_of: NaiveDate,
    /// Edition the QMS follows.
    pub edition: String,
    /// Scope.
    #[serde(default)]
    pub scope: QmsScope,
    /// Quality policy (chính sách chất lượng).
    #[serde(default)]
    pub quality_policy: Option<DecisionRef>,
    /// Quality objectives (mục tiêu chất lượng), all years.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Decision setting up the ISO steering committee.
    #[serde(default)]
    pub steering_committee: Option<DecisionRef>,
    /// The latest announcement decision (quyết định công bố).
    #[serde(default)]
    pub announcement: Option<DecisionRef>,
    /// Dates of internal audits.
    #[serde(default, deserialize_with = "crate::dates::vec")]
    pub internal_audits: Vec<NaiveDate>,
    /// Dates of management reviews.
    #[serde(default, deserialize_with = "crate::dates::vec")]
    pub management_reviews: Vec<NaiveDate>,
    /// For a 2008-edition system: the 2008 clauses its documents cover.
    #[serde(default)]
    pub covered_clauses: Vec<String>,
    /// The procedures register.
    #[serde(default)]
    pub procedures: Option<Register>,
}

/// Intervals and data the inspection applies (practice: configurable).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct QmsPolicy {
    /// Months within which an internal audit is expected (default 12).
    pub audit_interval_months: u32,
    /// Months within which a management review is expected (default 12).
    pub review_interval_months: u32,
    /// Replaced legal documents, for the procedures check.
    pub replaced_documents: Vec<Replacement>,
    /// Grade thresholds of the score.
    pub grades: GradeThresholds,
    /// Days into January during which last year's objectives still count
    /// while the new year's are being set (default 31: practice,
    /// unverified).
    pub objectives_grace_days: u32,
    /// From when a system still on an older edition must have moved to the
    /// current one (QMS-008): Công văn 3003/BKHCN-TĐC of 25/09/2018 asked
    /// agencies to move to TCVN ISO 9001:2015. Before it, 19/2014/QĐ-TTg
    /// itself named TCVN ISO 9001:2008.
    #[serde(deserialize_with = "crate::dates::de")]
    pub transition_due: NaiveDate,
    /// From when a system on TCVN ISO 9001:2015 must have moved to ISO
    /// 9001:2026 (QMS-014). Default: never. Vietnam has not adopted the
    /// 2026 edition and no instruction asks agencies to move; the ISO
    /// transition (three years, unconfirmed) binds certified
    /// organisations, not announcements under 19/2014/QĐ-TTg. Set it when
    /// an instruction exists.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub transition_2026_due: Option<NaiveDate>,
}

impl Default for QmsPolicy {
    fn default() -> Self {
        QmsPolicy {
            audit_interval_months: 12,
            review_interval_months: 12,
            replaced_documents: Vec::new(),
            grades: GradeThresholds::default(),
            objectives_grace_days: 31,
            transition_due: NaiveDate::from_ymd_opt(2018, 9, 25).unwrap_or_default(),
            transition_2026_due: None,
        }
    }
}

/// A request: the summary and the policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QmsRequest {
    /// The agency's QMS.
    pub summary: QmsSummary,
    /// The inspection's policy.
    #[serde(default)]
    pub policy: QmsPolicy,
}

/// The inspection's result (language-free; [`Localize`] gives its JSON
/// view).
#[derive(Debug, Clone, PartialEq)]
pub struct QmsReport {
    /// Share of the checks met, weighted (errors 2, warnings 1), 0–100.
    pub score: f64,
    /// Grade of the score.
    pub grade: Grade,
    /// The weights behind the score.
    pub weights: QmsWeights,
    /// Findings.
    pub check: CheckReport,
    /// Errors found in the procedures register, by the document rules.
    pub procedure_errors: usize,
    /// Citations of replaced legal documents in the procedures register.
    pub stale_citations: usize,
    /// For a system still on an older edition once the move is due: which
    /// clauses of the current edition it leaves uncovered.
    pub transition: Option<TransitionGap>,
}

/// The weights behind an agency score: `score = 100 · (1 − failed /
/// applicable)`. A rule weighs 2 (error) or 1 (warning) and counts once,
/// however often it fires; a rule not yet in force on the as-of date (the
/// move to 2015 before 25/09/2018) is left out, as a not-applicable item
/// is in an audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct QmsWeights {
    /// Summed weight of the rules in force on the as-of date.
    pub applicable: u32,
    /// Summed weight of those that fired.
    pub failed: u32,
}

/// The gap of a system on an older edition (QMS-008), honouring its
/// justified exclusions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TransitionGap {
    /// The edition the system follows.
    pub from: &'static str,
    /// The edition it must move to.
    pub to: &'static str,
    /// Assessable clauses of `to` that no covered clause reaches.
    pub uncovered: Vec<&'static str>,
    /// Clauses of `to` whose only counterparts lie in a justified
    /// exclusion (2008 7.3 → 2015 8.3.x): not applicable, not uncovered.
    pub not_applicable: Vec<&'static str>,
}

/// The inspection's result as JSON shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "QmsReport", rename_all = "camelCase")]
pub struct QmsReportView<'a> {
    /// Share of the checks met, weighted (errors 2, warnings 1), 0–100.
    pub score: f64,
    /// Grade of the score.
    pub grade: Grade,
    /// The weights behind the score.
    pub weights: QmsWeights,
    /// Findings.
    #[serde(flatten)]
    pub check: CheckReportView<'a>,
    /// Errors found in the procedures register, by the document rules.
    pub procedure_errors: usize,
    /// Citations of replaced legal documents in the procedures register.
    pub stale_citations: usize,
    /// The transition gap, when the move to the current edition is due.
    pub transition: Option<&'a TransitionGap>,
}

impl Localize for QmsReport {
    type View<'a> = QmsReportView<'a>;
    fn localized(&self, lang: Lang) -> QmsReportView<'_> {
        QmsReportView {
            score: self.score,
            grade: self.grade,
            weights: self.weights,
            check: self.check.localized(lang),
            procedure_errors: self.procedure_errors,
            stale_citations: self.stale_citations,
            transition: self.transition.as_ref(),
        }
    }
}
