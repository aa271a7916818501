//! The audit, corrective-action and agency-compliance rules: stable IDs,
//! clause, legal basis, titles and messages in both languages.

use crate::documents::{Finding, Severity};
use crate::text::Lang;

const QD19: Option<&str> = Some("19/2014/QĐ-TTg");

rule_catalogue! {
    UnitNotAudited = "AUD-001", Error, Some("9.2.1"), QD19,
        ("Đơn vị chưa được đánh giá", "Unit not audited"),
        ("Đơn vị {0} không có cuộc đánh giá nào trong kỳ của chương trình.", "Unit {0} has no audit in the programme period.");
    ClauseNotAudited = "AUD-002", Error, Some("9.2.1"), None,
        ("Điều khoản chưa được đánh giá", "Clause not audited"),
        ("Điều {0} thuộc phạm vi áp dụng nhưng không cuộc đánh giá nào bao quát.", "Clause {0} is in scope but no audit covers it.");
    AuditorOwnUnit = "AUD-003", Error, Some("9.2.2"), None,
        ("Chuyên gia đánh giá chính đơn vị mình", "Auditor audits own unit"),
        ("{0} đánh giá chính đơn vị của mình ({1}): không bảo đảm tính khách quan.", "{0} audits their own unit ({1}): impartiality is not ensured.");
    AuditOutsidePeriod = "AUD-004", Error, Some("9.2.2"), None,
        ("Cuộc đánh giá ngoài kỳ", "Audit outside the period"),
        ("Cuộc đánh giá {0} ngày {1} nằm ngoài kỳ {2}–{3}.", "Audit {0} on {1} is outside the period {2}–{3}.");
    AuditNoReport = "AUD-005", Error, Some("9.2.2"), None,
        ("Thiếu báo cáo đánh giá", "Audit report missing"),
        ("Cuộc đánh giá {0} đã diễn ra nhưng chưa có báo cáo.", "Audit {0} took place but has no report.");
    UnknownReference = "AUD-006", Error, None, None,
        ("Tham chiếu không tồn tại", "Unknown reference"),
        ("`{0}` không có trong danh sách {1}.", "`{0}` is not in the list of {1}.");
    ExclusionUnjustified = "AUD-007", Error, Some("4.3"), None,
        ("Loại trừ không có lý giải", "Exclusion without justification"),
        ("Điều {0} được xác định không áp dụng nhưng không nêu lý do.", "Clause {0} is declared not applicable without a justification.");
    NcDueTooLate = "NC-001", Warning, Some("10.2.1"), None,
        ("Thời hạn khắc phục quá dài", "Corrective-action deadline too late"),
        ("Hạn khắc phục {0} muộn hơn quy định ({1} ngày từ {2}).", "The due date {0} is later than the policy allows ({1} days from {2}).");
    NcOverdue = "NC-002", Error, Some("10.2.1"), None,
        ("Quá hạn khắc phục", "Corrective action overdue"),
        ("Sự không phù hợp {0} quá hạn khắc phục từ {1}.", "Nonconformity {0} has been overdue since {1}.");
    NcNoPlan = "NC-003", Error, Some("10.2.1"), None,
        ("Chưa có kế hoạch hành động", "No action plan"),
        ("Sự không phù hợp {0} ở trạng thái {1} nhưng chưa có hành động khắc phục.", "Nonconformity {0} is {1} but has no corrective action.");
    NcNoRootCause = "NC-004", Error, Some("10.2.1"), None,
        ("Đóng khi chưa phân tích nguyên nhân", "Closed without root cause"),
        ("Sự không phù hợp {0} đã đóng nhưng chưa xác định nguyên nhân.", "Nonconformity {0} is closed without a root cause.");
    NcActionNotDone = "NC-005", Error, Some("10.2.1"), None,
        ("Đóng khi chưa thực hiện hành động", "Closed without the action done"),
        ("Sự không phù hợp {0} đã đóng nhưng hành động khắc phục chưa được ghi nhận là đã thực hiện.", "Nonconformity {0} is closed but the corrective action is not recorded as done.");
    NcNotVerified = "NC-006", Error, Some("10.2.1"), None,
        ("Chưa kiểm tra xác nhận hiệu lực", "Effectiveness not verified"),
        ("Sự không phù hợp {0} đã đóng nhưng {1}.", "Nonconformity {0} is closed but {1}.");
    NcIneffective = "NC-007", Warning, Some("10.2.1"), None,
        ("Hành động khắc phục không hiệu lực", "Ineffective corrective action"),
        ("Sự không phù hợp {0} đã đóng nhưng lặp lại ở {1} (cùng điều {2}, đơn vị {3}).", "Nonconformity {0} was closed but recurred as {1} (same clause {2}, unit {3}).");
    QmsNoPolicy = "QMS-001", Error, Some("5.2.2"), QD19,
        ("Thiếu chính sách chất lượng", "Quality policy missing"),
        ("Cơ quan chưa có chính sách chất lượng.", "The agency has no quality policy.");
    QmsNoObjectives = "QMS-002", Error, Some("6.2.1"), QD19,
        ("Thiếu mục tiêu chất lượng năm", "Yearly quality objectives missing"),
        ("Không có mục tiêu chất lượng cho năm {0}.", "There are no quality objectives for {0}.");
    QmsObjectiveNotMeasurable = "QMS-003", Warning, Some("6.2.1"), None,
        ("Mục tiêu không đo lường được", "Objective not measurable"),
        ("Mục tiêu \"{0}\" không có chỉ tiêu đo lường được.", "Objective \"{0}\" has no measurable target.");
    QmsTthcWithoutProcedure = "QMS-004", Error, Some("8.1"), QD19,
        ("TTHC chưa có quy trình", "TTHC without a procedure"),
        ("TTHC {0} thuộc phạm vi nhưng không có quy trình đang hiệu lực.", "TTHC {0} is in scope but has no effective procedure.");
    QmsReannounce = "QMS-005", Error, Some("4.3"), Some("19/2014/QĐ-TTg Điều 4.3"),
        ("Phải công bố lại", "Re-announcement due"),
        ("Phạm vi thay đổi ngày {0}, sau lần công bố gần nhất ({1}): phải công bố lại.", "The scope changed on {0}, after the last announcement ({1}): it must be announced again.");
    QmsNoAudit = "QMS-006", Error, Some("9.2.1"), QD19,
        ("Chưa đánh giá nội bộ", "No internal audit"),
        ("Không có cuộc đánh giá nội bộ nào trong {0} tháng trước {1}.", "No internal audit in the {0} months before {1}.");
    QmsNoReview = "QMS-007", Error, Some("9.3.1"), QD19,
        ("Chưa xem xét của lãnh đạo", "No management review"),
        ("Không có cuộc họp xem xét của lãnh đạo nào trong {0} tháng trước {1}.", "No management review in the {0} months before {1}.");
    QmsOldEdition = "QMS-008", Error, None, Some("3003/BKHCN-TĐC"),
        ("Còn áp dụng phiên bản cũ", "Still on an old edition"),
        ("Hệ thống còn áp dụng ISO 9001:{0}; phải chuyển đổi sang ISO 9001:{1} ({2} điều chưa được đáp ứng).", "The system still follows ISO 9001:{0}; it must move to ISO 9001:{1} ({2} clauses not yet covered).");
    QmsStaleProcedures = "QMS-009", Warning, Some("7.5.3.2"), QD19,
        ("Quy trình viện dẫn văn bản đã bị thay thế", "Procedures cite replaced documents"),
        ("{0} lần viện dẫn văn bản đã bị thay thế trong các quy trình.", "{0} citation(s) of replaced legal documents in the procedures.");
    QmsNotAnnounced = "QMS-010", Error, None, QD19,
        ("Chưa công bố HTQLCL", "QMS not announced"),
        ("Cơ quan chưa có quyết định công bố HTQLCL phù hợp TCVN ISO 9001.", "The agency has no decision announcing its QMS.");
    QmsSteeringCommittee = "QMS-011", Warning, Some("5.3"), None,
        ("Thiếu Ban chỉ đạo ISO", "No ISO steering committee"),
        ("Cơ quan chưa có quyết định thành lập Ban chỉ đạo ISO.", "The agency has no decision setting up an ISO steering committee.");
    QmsProcedureFindings = "QMS-012", Warning, Some("7.5.2"), None,
        ("Quy trình có lỗi kiểm soát tài liệu", "Procedures with document-control errors"),
        ("{0} lỗi kiểm soát tài liệu trong danh mục quy trình.", "{0} document-control error(s) in the procedure register.");
}

/// Records a finding of `rule` (default severity) in `out`.
pub(crate) fn emit(
    out: &mut Vec<Finding>,
    rule: RuleId,
    pointer: String,
    args: &[&str],
    lang: Lang,
) {
    let def = rule.def();
    out.push(Finding {
        rule: def.id,
        severity: def.severity,
        message: crate::documents::render_template(def.message.get(lang), args),
        pointer,
        document: None,
        clause: def.clause,
        legal_basis: def.legal_basis,
    });
}

/// Findings with totals: the result of the programme, nonconformity and
/// agency checks.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct CheckReport {
    /// No finding of severity error.
    pub passed: bool,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// The findings, in input order.
    pub findings: Vec<Finding>,
}

impl CheckReport {
    pub(crate) fn new(findings: Vec<Finding>) -> Self {
        let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
        CheckReport { passed: errors == 0, errors, warnings, findings }
    }

    /// The IDs of the rules that fired, in order.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        self.findings.iter().map(|f| f.rule).collect()
    }
}
