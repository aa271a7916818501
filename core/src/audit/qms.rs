//! The inspector's view (Sở KH&CN): is an agency's QMS built, applied,
//! announced, maintained and improved as Decision 19/2014/QĐ-TTg asks?
//! Findings with stable IDs (`QMS-…`) and a score.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::programme::Exclusion;
use super::rules::{emit, AuditViolation as V, CheckReport, CheckReportView, Citations, RULES};
use super::scoring::{Grade, GradeThresholds};
use crate::catalogue::{self, EditionDef};
use crate::documents::{Checker, DocStatus, DocumentViolation, Policy, Register, Replacement};
use crate::rules::{Localize, Report, Severity};
use crate::text::{Day, Lang};
use crate::Result;

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

/// Checks an agency's QMS (QMS-001 … QMS-014).
pub fn check_qms(req: &QmsRequest) -> Result<QmsReport> {
    let s = &req.summary;
    let p = &req.policy;
    {
        use crate::limits::{count, CEILING_MAX_DOCUMENTS, MAX_RECORDS};
        count("/summary/objectives", s.objectives.len(), MAX_RECORDS)?;
        count("/summary/scope/tthc", s.scope.tthc.len(), MAX_RECORDS)?;
        count("/summary/internalAudits", s.internal_audits.len(), MAX_RECORDS)?;
        count("/summary/managementReviews", s.management_reviews.len(), MAX_RECORDS)?;
        count("/summary/coveredClauses", s.covered_clauses.len(), MAX_RECORDS)?;
        let documents = s.procedures.as_ref().map_or(0, |r| r.documents.len());
        count("/summary/procedures/documents", documents, CEILING_MAX_DOCUMENTS)?;
    }
    let mut out = Vec::new();
    if s.quality_policy.is_none() {
        emit(&mut out, "/summary/qualityPolicy".into(), V::QmsNoPolicy {});
    }
    // Early in January, last year's objectives still count while the new
    // ones are set (a grace period of the policy).
    let in_grace = s.as_of.ordinal() <= p.objectives_grace_days
        && !s.objectives.iter().any(|o| o.year == s.as_of.year());
    let year = if in_grace { s.as_of.year() - 1 } else { s.as_of.year() };
    let this_year: Vec<(usize, &Objective)> =
        s.objectives.iter().enumerate().filter(|(_, o)| o.year == year).collect();
    if this_year.is_empty() {
        emit(&mut out, "/summary/objectives".into(), V::QmsNoObjectives { year });
    }
    for (i, o) in this_year {
        if !o.is_measurable() {
            let objective = o.text.trim().to_owned();
            let pointer = format!("/summary/objectives/{i}/target");
            emit(&mut out, pointer, V::QmsObjectiveNotMeasurable { objective });
        }
    }
    for (i, x) in s.scope.not_applicable.iter().enumerate() {
        if x.justification.as_deref().is_none_or(|j| j.trim().is_empty()) {
            let clause = x.clause.trim().to_owned();
            let pointer = format!("/summary/scope/notApplicable/{i}/justification");
            emit(&mut out, pointer, V::ExclusionUnjustified { clause });
        }
    }
    if s.steering_committee.is_none() {
        emit(&mut out, "/summary/steeringCommittee".into(), V::QmsSteeringCommittee {});
    }
    match s.announcement.as_ref().and_then(|a| a.date) {
        None => emit(&mut out, "/summary/announcement".into(), V::QmsNotAnnounced {}),
        Some(announced) => {
            if let Some(changed) = s.scope.last_changed.filter(|&c| c > announced) {
                let violation =
                    V::QmsReannounce { changed: Day(changed), announced: Day(announced) };
                emit(&mut out, "/summary/scope/lastChanged".into(), violation);
            }
        }
    }
    let within = |dates: &[NaiveDate], months: u32| {
        let from = s.as_of.checked_sub_months(Months::new(months)).unwrap_or(s.as_of);
        dates.iter().any(|&d| d >= from && d <= s.as_of)
    };
    if !within(&s.internal_audits, p.audit_interval_months) {
        let violation = V::QmsNoAudit { months: p.audit_interval_months, as_of: Day(s.as_of) };
        emit(&mut out, "/summary/internalAudits".into(), violation);
    }
    if !within(&s.management_reviews, p.review_interval_months) {
        let violation = V::QmsNoReview { months: p.review_interval_months, as_of: Day(s.as_of) };
        emit(&mut out, "/summary/managementReviews".into(), violation);
    }
    let edition = catalogue::edition(&s.edition)?;
    let current = catalogue::current_edition();
    // The move is asked for only from the date it was asked for.
    let move_in_force = s.as_of >= p.transition_due;
    let mut transition = None;
    // Editions are listed newest first.
    let older = |a: &EditionDef, b: &EditionDef| {
        let at = |e: &EditionDef| catalogue::editions().iter().position(|x| x.id == e.id);
        at(a) > at(b)
    };
    if older(edition, current) && move_in_force {
        let gap = transition_gap(edition.id, current.id, s)?;
        let uncovered = gap.uncovered.len();
        let violation = V::QmsOldEdition { edition: edition.id, current: current.id, uncovered };
        emit(&mut out, "/summary/edition".into(), violation);
        transition = Some(gap);
    }
    // The move to 2026, only once the policy asks for it.
    let new = catalogue::current_international_edition();
    let move_2026_in_force = p.transition_2026_due.is_some_and(|due| s.as_of >= due);
    if let Some(due) = p.transition_2026_due.filter(|_| move_2026_in_force) {
        if older(edition, new) && !older(edition, current) {
            let changed = new
                .clauses
                .iter()
                .filter(|c| c.changes.iter().any(|ch| ch.adds_requirement))
                .count();
            let violation =
                V::QmsNotOnNewEdition { edition: edition.id, new: new.id, due: Day(due), changed };
            emit(&mut out, "/summary/edition".into(), violation);
        }
    }
    // TTHC in scope need an effective procedure.
    let empty = Register::default();
    let procedures = s.procedures.as_ref().unwrap_or(&empty);
    let in_scope = |code: &str| s.scope.tthc.iter().any(|t| t.trim() == code.trim());
    for (i, code) in s.scope.tthc.iter().enumerate() {
        let has = procedures.documents.iter().any(|d| {
            d.status == DocStatus::Effective
                && d.tthc_code.as_deref().map(str::trim) == Some(code.trim())
        });
        if !has {
            let tthc = code.trim().to_owned();
            emit(&mut out, format!("/summary/scope/tthc/{i}"), V::QmsTthcWithoutProcedure { tthc });
        }
    }
    // And the other way round: an effective procedure of a TTHC that has
    // left the scope should have been withdrawn. Only when the scope lists
    // its TTHC at all (an agency may not list them).
    if !s.scope.tthc.is_empty() {
        for (i, d) in procedures.documents.iter().enumerate() {
            let tthc = d.tthc_code.as_deref().map(str::trim).filter(|t| !t.is_empty());
            if let Some(tthc) = tthc.filter(|t| d.status == DocStatus::Effective && !in_scope(t)) {
                let (code, tthc) = (d.code.trim().to_owned(), tthc.to_owned());
                let pointer = format!("/summary/procedures/documents/{i}/tthcCode");
                emit(&mut out, pointer, V::QmsProcedureOutOfScope { code, tthc });
            }
        }
    }
    let (mut procedure_errors, mut stale_citations) = (0, 0);
    if !procedures.documents.is_empty() {
        let policy =
            Policy { replaced_documents: p.replaced_documents.clone(), ..Policy::default() };
        let report = Checker::new(policy)?.check_register(procedures, s.as_of);
        stale_citations = report.stats.stale_legal_bases;
        if stale_citations > 0 {
            // Name which procedure cites what, so the secretary can act.
            let all: Vec<(String, String, String)> = report
                .findings
                .iter()
                .filter_map(|f| match &f.violation {
                    DocumentViolation::LegalReplaced { number, replaced_by } => Some((
                        f.document.as_ref().map(|d| d.code.clone()).unwrap_or_default(),
                        number.clone(),
                        replaced_by.clone(),
                    )),
                    _ => None,
                })
                .collect();
            let more = all.len().saturating_sub(Citations::NAMED);
            let named = all.into_iter().take(Citations::NAMED).collect();
            let citations = Citations { named, more };
            let count = stale_citations;
            emit(
                &mut out,
                "/summary/procedures".into(),
                V::QmsStaleProcedures { count, citations },
            );
        }
        procedure_errors = report.totals().errors;
        if procedure_errors > 0 {
            let count = procedure_errors;
            emit(&mut out, "/summary/procedures".into(), V::QmsProcedureFindings { count });
        }
    }
    // Score: the weighted share of the checks in force that are met (each
    // rule once).
    let in_force = |id: &str| match id {
        "QMS-008" => move_in_force,
        "QMS-014" => move_2026_in_force,
        _ => true,
    };
    let qms_rules: Vec<&str> = RULES
        .iter()
        .filter(|r| r.id.starts_with("QMS-") || r.id == "AUD-007")
        .map(|r| r.id)
        .filter(|id| in_force(id))
        .collect();
    let weight = |id: &str| match RULES.iter().find(|r| r.id == id).map(|r| r.severity) {
        Some(Severity::Error) => 2,
        _ => 1,
    };
    let applicable: u32 = qms_rules.iter().map(|id| weight(id)).sum();
    let failed: u32 = qms_rules
        .iter()
        .filter(|id| out.iter().any(|f| f.rule_id() == **id))
        .map(|id| weight(id))
        .sum();
    let score = ((1.0 - f64::from(failed) / f64::from(applicable)) * 10_000.0).round() / 100.0;
    let grade = p.grades.grade(score);
    Ok(QmsReport {
        score,
        grade,
        weights: QmsWeights { applicable, failed },
        check: Report { findings: out, stats: () },
        procedure_errors,
        stale_citations,
        transition,
    })
}

/// The clauses of `to` a system on `from` leaves uncovered. A justified
/// exclusion of the old edition (7.3 design) also excludes the new clauses
/// that only correspond to it (8.3.x).
fn transition_gap(from: &'static str, to: &'static str, s: &QmsSummary) -> Result<TransitionGap> {
    let t = catalogue::transition(from, to, &s.covered_clauses, Lang::Vi)?;
    let excluded: Vec<&str> = s
        .scope
        .not_applicable
        .iter()
        .filter(|x| x.justification.as_deref().is_some_and(|j| !j.trim().is_empty()))
        .map(|x| x.clause.trim())
        .collect();
    let only_excluded = |clause: &str| {
        catalogue::map(clause, to, from, Lang::Vi).is_ok_and(|m| {
            !m.targets.is_empty()
                && m.targets
                    .iter()
                    .all(|t| excluded.iter().any(|x| catalogue::is_within(t.number, x)))
        })
    };
    let (not_applicable, uncovered): (Vec<&'static str>, Vec<&'static str>) =
        t.uncovered.iter().map(|c| c.number).partition(|c| only_excluded(c));
    Ok(TransitionGap { from, to, uncovered, not_applicable })
}
