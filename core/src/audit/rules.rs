//! The audit, corrective-action and agency-compliance rules: stable IDs,
//! clause, legal basis, titles and messages in both languages.

use serde::Serialize;

use crate::rules::{rule_catalogue, Finding, FindingView, Localize, Report, RuleView};
use crate::text::{Day, Lang, Text};

const QD19: Option<&str> = Some("19/2014/QĐ-TTg");

rule_catalogue! {
    /// A violation of an audit, corrective-action or compliance rule, with
    /// the values its message names.
    pub enum AuditViolation;
    UnitNotAudited { unit: String } = "AUD-001", Error, Some("9.2.1"), QD19,
        ("Đơn vị chưa được đánh giá", "Unit not audited"),
        ("Đơn vị {unit} không có cuộc đánh giá nào trong kỳ của chương trình.", "Unit {unit} has no audit in the programme period.");
    ClauseNotAudited { clause: &'static str } = "AUD-002", Error, Some("9.2.1"), None,
        ("Điều khoản chưa được đánh giá", "Clause not audited"),
        ("Điều khoản {clause} thuộc phạm vi áp dụng nhưng chưa được đưa vào cuộc đánh giá nào.", "Clause {clause} is in scope but no audit covers it.");
    AuditorOwnUnit { auditor: String, unit: String } = "AUD-003", Error, Some("9.2.2"), None,
        ("Chuyên gia đánh giá chính đơn vị mình", "Auditor audits own unit"),
        ("Chuyên gia {auditor} được phân công đánh giá chính đơn vị mình ({unit}), không bảo đảm tính khách quan.", "Auditor {auditor} is assigned to audit their own unit ({unit}); impartiality is not ensured.");
    AuditOutsidePeriod { audit: String, date: Day, from: Day, to: Day } = "AUD-004", Error, Some("9.2.2"), None,
        ("Cuộc đánh giá ngoài kỳ", "Audit outside the period"),
        ("Cuộc đánh giá {audit} ngày {date} nằm ngoài kỳ của chương trình ({from} – {to}).", "Audit {audit} on {date} is outside the programme period ({from} – {to}).");
    AuditNoReport { audit: String } = "AUD-005", Error, Some("9.2.2"), None,
        ("Thiếu báo cáo đánh giá", "Audit report missing"),
        ("Cuộc đánh giá {audit} đã diễn ra nhưng chưa có báo cáo.", "Audit {audit} took place but has no report.");
    UnknownReference { reference: String, list: RefList } = "AUD-006", Error, None, None,
        ("Tham chiếu không tồn tại", "Unknown reference"),
        ("Không có “{reference}” trong danh sách {list}.", "There is no “{reference}” in the list of {list:#}.");
    ExclusionUnjustified { clause: String } = "AUD-007", Error, Some("4.3"), None,
        ("Loại trừ không nêu lý giải", "Exclusion without justification"),
        ("Điều khoản {clause} được xác định không áp dụng nhưng không nêu lý giải.", "Clause {clause} is declared not applicable without a justification.");
    UnitNotInProgramme { record: String, unit: String } = "AUD-008", Error, Some("9.2.2"), None,
        ("Đơn vị không có trong chương trình đánh giá", "Unit not in the programme"),
        ("{record} ghi đơn vị “{unit}”, không có trong danh sách đơn vị của chương trình đánh giá.", "{record} names unit “{unit}”, which is not among the programme's units.");
    NcDueTooLate { nc: String, due: Day, days: u32, raised: Day } = "NC-001", Warning, Some("10.2.1"), None,
        ("Thời hạn khắc phục quá dài", "Corrective-action deadline too late"),
        ("Sự không phù hợp {nc}: hạn khắc phục {due} vượt thời hạn tối đa của cơ quan ({days} ngày kể từ ngày ghi nhận {raised}).", "Nonconformity {nc}: the due date {due} is later than the agency's limit ({days} days from the date raised, {raised}).");
    NcOverdue { nc: String, since: Day } = "NC-002", Error, Some("10.2.1"), None,
        ("Quá hạn khắc phục", "Corrective action overdue"),
        ("Sự không phù hợp {nc} quá hạn khắc phục từ ngày {since}.", "Nonconformity {nc} has been overdue since {since}.");
    NcNoPlan { nc: String, status: Text } = "NC-003", Error, Some("10.2.1"), None,
        ("Chưa xác định hành động khắc phục", "No corrective action"),
        ("Sự không phù hợp {nc} đang ở trạng thái “{status}” nhưng chưa ghi hành động khắc phục.", "Nonconformity {nc} has the status “{status:#}” but no corrective action is recorded.");
    NcNoRootCause { nc: String } = "NC-004", Error, Some("10.2.1"), None,
        ("Đóng khi chưa phân tích nguyên nhân", "Closed without root cause"),
        ("Sự không phù hợp {nc} đã đóng nhưng chưa xác định nguyên nhân.", "Nonconformity {nc} is closed without a root cause.");
    NcActionNotDone { nc: String } = "NC-005", Error, Some("10.2.1"), None,
        ("Đóng khi chưa thực hiện hành động", "Closed without the action done"),
        ("Sự không phù hợp {nc} đã đóng nhưng chưa có ghi nhận hoàn thành hành động khắc phục.", "Nonconformity {nc} is closed but the corrective action is not recorded as done.");
    NcNotVerified { nc: String, why: Text } = "NC-006", Error, Some("10.2.1"), None,
        ("Kiểm tra xác nhận hiệu lực chưa đạt yêu cầu", "Effectiveness not properly verified"),
        ("Sự không phù hợp {nc} đã đóng nhưng {why}.", "Nonconformity {nc} is closed but {why:#}.");
    NcIneffective { nc: String, recurrence: String, clause: String, unit: String } = "NC-007", Warning, Some("10.2.1"), None,
        ("Hành động khắc phục không hiệu lực", "Ineffective corrective action"),
        ("Sự không phù hợp {nc} đã đóng nhưng tái diễn (sự không phù hợp {recurrence}, cùng điều khoản {clause}, đơn vị {unit}).", "Nonconformity {nc} was closed but recurred (nonconformity {recurrence}, same clause {clause}, unit {unit}).");
    NcClosedLate { nc: String, closed: Day, due: Day, days: i64 } = "NC-008", Warning, Some("10.2.1"), None,
        ("Đóng sau hạn khắc phục", "Closed after the due date"),
        ("Sự không phù hợp {nc} đã đóng ngày {closed}, quá hạn khắc phục {days} ngày (hạn {due}); cần nêu trong xem xét của lãnh đạo.", "Nonconformity {nc} was closed on {closed}, {days} day(s) after its due date ({due}); report it in the management review.");
    QmsNoPolicy {} = "QMS-001", Error, Some("5.2.2"), QD19,
        ("Thiếu chính sách chất lượng", "Quality policy missing"),
        ("Cơ quan chưa có chính sách chất lượng.", "The agency has no quality policy.");
    QmsNoObjectives { year: i32 } = "QMS-002", Error, Some("6.2.1"), QD19,
        ("Thiếu mục tiêu chất lượng năm", "Yearly quality objectives missing"),
        ("Không có mục tiêu chất lượng cho năm {year}.", "There are no quality objectives for {year}.");
    QmsObjectiveNotMeasurable { objective: String } = "QMS-003", Warning, Some("6.2.1"), None,
        ("Mục tiêu không đo lường được", "Objective not measurable"),
        ("Mục tiêu “{objective}” chưa có chỉ tiêu đo lường được: cần nêu một con số, tỷ lệ hoặc số lượng cụ thể (ví dụ “≥ 98% hồ sơ giải quyết đúng hạn”, “không có hồ sơ quá hạn”), không chỉ thời gian thực hiện.", "Objective “{objective}” has no measurable target: state a figure, a rate or a count (e.g. “≥ 98% of dossiers on time”, “no overdue dossier”), not only when.");
    QmsTthcWithoutProcedure { tthc: String } = "QMS-004", Error, Some("8.1"), QD19,
        ("TTHC chưa có quy trình", "TTHC without a procedure"),
        ("TTHC {tthc} thuộc phạm vi nhưng không có quy trình đang hiệu lực.", "TTHC {tthc} is in scope but has no effective procedure.");
    QmsReannounce { changed: Day, announced: Day } = "QMS-005", Error, Some("4.3"), Some("khoản 3 Điều 4 Quyết định 19/2014/QĐ-TTg"),
        ("Phải công bố lại", "Re-announcement due"),
        ("Phạm vi áp dụng HTQLCL thay đổi ngày {changed}, sau lần công bố gần nhất ({announced}); cơ quan phải công bố lại.", "The QMS scope changed on {changed}, after the last announcement ({announced}); the agency must announce it again.");
    QmsNoAudit { months: u32, as_of: Day } = "QMS-006", Error, Some("9.2.1"), QD19,
        ("Chưa thực hiện đánh giá nội bộ", "No internal audit"),
        ("Không có cuộc đánh giá nội bộ nào trong {months} tháng tính đến ngày {as_of}.", "No internal audit in the {months} months up to {as_of}.");
    QmsNoReview { months: u32, as_of: Day } = "QMS-007", Error, Some("9.3.1"), QD19,
        ("Chưa tổ chức xem xét của lãnh đạo", "No management review"),
        ("Không có cuộc họp xem xét của lãnh đạo nào trong {months} tháng tính đến ngày {as_of}.", "No management review in the {months} months up to {as_of}.");
    QmsOldEdition { edition: &'static str, current: &'static str, uncovered: usize } = "QMS-008", Error, None, Some("3003/BKHCN-TĐC"),
        ("Còn áp dụng phiên bản cũ", "Still on an old edition"),
        ("HTQLCL còn áp dụng TCVN ISO 9001:{edition}; phải chuyển đổi sang TCVN ISO 9001:{current} ({uncovered} điều khoản của phiên bản mới chưa có nội dung tương ứng).", "The QMS still follows ISO 9001:{edition}; it must move to ISO 9001:{current} ({uncovered} clauses of the new edition have no corresponding content yet).");
    QmsStaleProcedures { count: usize, citations: Citations } = "QMS-009", Warning, Some("7.5.3.2"), QD19,
        ("Quy trình viện dẫn căn cứ pháp lý đã bị thay thế", "Procedures cite replaced documents"),
        ("Các quy trình có {count} lượt viện dẫn căn cứ pháp lý đã bị thay thế: {citations}.", "The procedures cite replaced legal documents {count} time(s): {citations:#}.");
    QmsNotAnnounced {} = "QMS-010", Error, None, QD19,
        ("Chưa công bố HTQLCL", "QMS not announced"),
        ("Cơ quan chưa có quyết định công bố HTQLCL phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015.", "The agency has no decision announcing its QMS as conforming to ISO 9001:2015.");
    QmsSteeringCommittee {} = "QMS-011", Warning, Some("5.3"), None,
        ("Thiếu Ban chỉ đạo ISO", "No ISO steering committee"),
        ("Cơ quan chưa có quyết định thành lập Ban chỉ đạo ISO.", "The agency has no decision setting up an ISO steering committee.");
    QmsProcedureFindings { count: usize } = "QMS-012", Warning, Some("7.5.2"), None,
        ("Quy trình có lỗi kiểm soát tài liệu", "Procedures with document-control errors"),
        ("Các quy trình trong Danh mục tài liệu có {count} lỗi kiểm soát tài liệu; xem chi tiết bằng cách kiểm tra từng quy trình.", "The procedures in the register have {count} document-control error(s); check each procedure for details.");
    QmsNotOnNewEdition { edition: &'static str, new: &'static str, due: Day, changed: usize } = "QMS-014", Warning, None, None,
        ("Chưa chuyển sang phiên bản mới", "Not moved to the new edition"),
        ("HTQLCL còn áp dụng TCVN ISO 9001:{edition}; theo chính sách kiểm tra, từ ngày {due} phải chuyển sang ISO 9001:{new} ({changed} điều khoản có yêu cầu mới).", "The QMS still follows ISO 9001:{edition}; the inspection policy asks for ISO 9001:{new} from {due} ({changed} clauses with new requirements).");
    QmsProcedureOutOfScope { code: String, tthc: String } = "QMS-013", Warning, Some("7.5.3.2"), None,
        ("Quy trình của TTHC không còn thuộc phạm vi", "Procedure of a TTHC no longer in scope"),
        ("Quy trình {code} vẫn đang hiệu lực cho TTHC {tthc}, nhưng TTHC này không còn thuộc phạm vi áp dụng HTQLCL; cần hủy bỏ hoặc điều chỉnh quy trình.", "Procedure {code} is still effective for TTHC {tthc}, which is no longer in the QMS scope; withdraw or revise the procedure.");
}

/// Which procedure cites which replaced document (QMS-009): the first
/// [`Citations::NAMED`] by name, the rest counted, so a register of
/// hundreds of procedures gives a message a person can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citations {
    /// (procedure code, replaced document, its replacement), in register
    /// order.
    pub named: Vec<(String, String, String)>,
    /// Citations found beyond those named.
    pub more: usize,
}

impl Citations {
    /// How many citations a message names.
    pub const NAMED: usize = 10;
}

impl core::fmt::Display for Citations {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let en = f.alternate();
        for (i, (code, old, new)) in self.named.iter().enumerate() {
            let sep = if i == 0 { "" } else { "; " };
            if en {
                write!(f, "{sep}{code} cites {old} (replaced by {new})")?;
            } else {
                write!(f, "{sep}{code} viện dẫn {old} (đã thay bằng {new})")?;
            }
        }
        match (self.more, en) {
            (0, _) => Ok(()),
            (n, true) => write!(f, "; and {n} more"),
            (n, false) => write!(f, "; và {n} lượt khác"),
        }
    }
}

/// The list an unknown reference was looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefList {
    /// The programme's units.
    Units,
    /// The programme's auditors.
    Auditors,
    /// The clauses of an edition.
    Clauses(&'static str),
}

impl core::fmt::Display for RefList {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match (self, f.alternate()) {
            (RefList::Units, false) => f.write_str("đơn vị của chương trình"),
            (RefList::Units, true) => f.write_str("the programme's units"),
            (RefList::Auditors, false) => f.write_str("chuyên gia đánh giá của chương trình"),
            (RefList::Auditors, true) => f.write_str("the programme's auditors"),
            (RefList::Clauses(e), false) => write!(f, "điều khoản của TCVN ISO 9001:{e}"),
            (RefList::Clauses(e), true) => write!(f, "clauses of ISO 9001:{e}"),
        }
    }
}

/// The audit, corrective-action and compliance rules, localised.
pub fn rule_views(lang: Lang) -> Vec<RuleView> {
    crate::rules::views(RULES, lang)
}

/// Records a finding of `violation` (default severity) at `pointer`.
pub(crate) fn emit(
    out: &mut Vec<Finding<AuditViolation>>, pointer: String, violation: AuditViolation,
) {
    let severity = violation.id().def().severity;
    out.push(Finding { violation, severity, pointer, document: None });
}

/// Findings of the programme, nonconformity and agency checks.
pub type CheckReport = Report<AuditViolation>;

/// A programme, nonconformity or agency check as JSON shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "CheckReport", rename_all = "camelCase")]
pub struct CheckReportView<'a> {
    /// No finding of severity error.
    pub passed: bool,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// The findings, in input order.
    pub findings: Vec<FindingView<'a>>,
}

impl Localize for CheckReport {
    type View<'a> = CheckReportView<'a>;
    fn localized(&self, lang: Lang) -> CheckReportView<'_> {
        let t = self.totals();
        CheckReportView {
            passed: t.errors == 0,
            errors: t.errors,
            warnings: t.warnings,
            findings: self.localized_findings(lang),
        }
    }
}
