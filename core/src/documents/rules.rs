//! The rule catalogue: stable IDs, default severity, the ISO clause and
//! legal basis each rule enforces, and its title and message in both
//! languages. Messages are templates with positional `{0}`, `{1}` …
//! filled in when a finding is made.

use serde::Serialize;

use super::policy::Severity;
use crate::text::{Lang, Text};

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDef {
    /// Stable ID, e.g. `DOC-001`. Never reused for another meaning.
    pub id: &'static str,
    /// Default severity (a policy can override it).
    pub severity: Severity,
    /// The ISO 9001:2015 clause the rule enforces.
    pub clause: Option<&'static str>,
    /// The Vietnamese legal basis, where there is one.
    pub legal_basis: Option<&'static str>,
    /// Short title.
    pub title: Text,
    /// Message template.
    pub message: Text,
}

/// Looks up a rule by its ID.
pub fn rule(id: &str) -> Option<&'static RuleDef> {
    RULES.iter().find(|r| r.id == id)
}

const ND30: Option<&str> = Some("30/2020/NĐ-CP");
const QD19: Option<&str> = Some("19/2014/QĐ-TTg");

rule_catalogue! {
    CodeMissing = "DOC-001", Error, Some("7.5.2"), None,
        ("Thiếu mã số tài liệu", "Document code missing"),
        ("Tài liệu chưa có mã số.", "The document has no code.");
    CodePattern = "DOC-002", Error, Some("7.5.2"), None,
        ("Mã số sai quy ước", "Code does not follow the convention"),
        ("Mã số `{0}` không theo quy ước của cơ quan ({1}).", "Code `{0}` does not follow the agency's convention ({1}).");
    IssueNumber = "DOC-003", Error, Some("7.5.2"), None,
        ("Lần ban hành không hợp lệ", "Invalid issue number"),
        ("Lần ban hành phải từ 1 trở lên (đang là {0}).", "The issue number must be 1 or more (it is {0}).");
    DateOrder = "DOC-004", Error, Some("7.5.2"), None,
        ("Ngày tháng sai trình tự", "Dates out of order"),
        ("{0} ({1}) sau {2} ({3}).", "{0} ({1}) is after {2} ({3}).");
    SignatureMissing = "DOC-005", Error, Some("7.5.2"), None,
        ("Thiếu chữ ký", "Signature incomplete"),
        ("Ô {0} thiếu {1}.", "The {0} signature lacks {1}.");
    ApproverIsDrafter = "DOC-006", Error, Some("7.5.2"), None,
        ("Người phê duyệt trùng người soạn thảo", "Approver is the drafter"),
        ("{0} vừa soạn thảo vừa phê duyệt tài liệu.", "{0} both drafted and approved the document.");
    ApproverPosition = "DOC-007", Error, Some("5.3"), QD19,
        ("Chức vụ người phê duyệt không phù hợp", "Approver's position not allowed"),
        ("Chức vụ `{0}` không thuộc danh sách được phê duyệt tài liệu.", "Position `{0}` is not among those allowed to approve documents.");
    ImplausibleDate = "DOC-008", Error, None, None,
        ("Ngày không hợp lý", "Implausible date"),
        ("Ngày {0} nằm ngoài khoảng 1945–2100.", "Date {0} is outside 1945–2100.");
    TitleMissing = "DOC-009", Error, Some("7.5.2"), None,
        ("Thiếu tên tài liệu", "Title missing"),
        ("Tài liệu chưa có tên.", "The document has no title.");
    SectionMissing = "DOC-010", Error, Some("7.5.2"), Some("101/QĐ-BKHCN"),
        ("Thiếu mục bắt buộc", "Required section missing"),
        ("Mục \"{0}\" {1}.", "Section \"{0}\" {1}.");
    LegalNumberMalformed = "DOC-020", Error, Some("7.5.3.2"), ND30,
        ("Số hiệu văn bản sai thể thức", "Malformed document number"),
        ("Số hiệu `{0}` sai thể thức: {1}.", "Number `{0}` is malformed: {1}.");
    LegalYearMismatch = "DOC-021", Warning, Some("7.5.3.2"), ND30,
        ("Năm trong số hiệu khác năm ban hành", "Year in number differs from date"),
        ("Số hiệu `{0}` mang năm {1} nhưng ngày ban hành là {2}.", "Number `{0}` carries the year {1} but the date is {2}.");
    LegalAfterApproval = "DOC-022", Error, Some("7.5.3.2"), None,
        ("Căn cứ ban hành sau ngày phê duyệt", "Reference dated after approval"),
        ("Văn bản `{0}` ({1}) ban hành sau ngày phê duyệt quy trình ({2}).", "Document `{0}` ({1}) is dated after the procedure's approval ({2}).");
    LegalReplaced = "DOC-023", Warning, Some("7.5.3.2"), QD19,
        ("Căn cứ pháp lý đã bị thay thế", "Legal basis replaced"),
        ("Văn bản `{0}` đã được thay thế bởi `{1}`: cần cập nhật quy trình.", "Document `{0}` has been replaced by `{1}`: the procedure needs updating.");
    StepNumbering = "DOC-030", Error, Some("8.1"), None,
        ("Các bước đánh số không liên tục", "Steps not numbered consecutively"),
        ("Bước ở vị trí {0} mang số {1}, cần là {0}.", "The step at position {0} is numbered {1}; expected {0}.");
    StepResponsible = "DOC-031", Error, Some("5.3"), None,
        ("Bước thiếu trách nhiệm", "Step without responsible party"),
        ("Bước {0} chưa ghi đơn vị hoặc người chịu trách nhiệm.", "Step {0} names no responsible unit or role.");
    StepDuration = "DOC-032", Warning, Some("8.1"), None,
        ("Bước thiếu thời gian", "Step without duration"),
        ("Bước {0} chưa ghi thời gian thực hiện.", "Step {0} has no duration.");
    TthcOverLimit = "DOC-033", Error, Some("8.1"), Some("118/2025/NĐ-CP"),
        ("Tổng thời gian vượt thời hạn giải quyết", "Steps exceed the statutory time limit"),
        ("Tổng thời gian các bước là {0} ngày làm việc, vượt thời hạn giải quyết {1} ngày làm việc.", "The steps take {0} working days in total, more than the statutory {1} working days.");
    TthcNoLimit = "DOC-034", Warning, Some("8.2.2"), Some("118/2025/NĐ-CP"),
        ("Thiếu thời hạn giải quyết", "Statutory time limit missing"),
        ("Quy trình TTHC chưa ghi thời hạn giải quyết theo quy định.", "The TTHC procedure states no statutory time limit.");
    CalendarDaysNotCompared = "DOC-035", Info, Some("8.1"), None,
        ("Bước tính theo ngày lịch", "Steps in calendar days"),
        ("{0} bước tính theo ngày lịch, không cộng được vào thời hạn tính theo ngày làm việc.", "{0} step(s) are in calendar days and cannot be added to a limit in working days.");
    StepFormUnknown = "DOC-036", Error, Some("7.5.2"), None,
        ("Biểu mẫu không có trong danh mục", "Form not in the forms section"),
        ("Bước {0} dùng biểu mẫu `{1}` không có trong mục Biểu mẫu.", "Step {0} uses form `{1}`, which is not in the forms section.");
    FormUnused = "DOC-037", Warning, Some("7.5.2"), None,
        ("Biểu mẫu không được sử dụng", "Form not used"),
        ("Biểu mẫu `{0}` không được bước nào sử dụng.", "No step uses form `{0}`.");
    TthcCodeMissing = "DOC-038", Info, None, Some("118/2025/NĐ-CP"),
        ("Thiếu mã TTHC quốc gia", "National TTHC code missing"),
        ("Quy trình TTHC chưa ghi mã thủ tục trên Cơ sở dữ liệu quốc gia.", "The TTHC procedure has no national procedure code.");
    RecordKeeper = "DOC-040", Error, Some("7.5.3.2"), None,
        ("Hồ sơ thiếu người lưu", "Record without keeper"),
        ("Hồ sơ \"{0}\" chưa ghi trách nhiệm lưu.", "Record \"{0}\" names no keeper.");
    RecordPlace = "DOC-041", Error, Some("7.5.3.2"), None,
        ("Hồ sơ thiếu nơi lưu", "Record without place"),
        ("Hồ sơ \"{0}\" chưa ghi nơi lưu.", "Record \"{0}\" names no place.");
    RecordRetention = "DOC-042", Error, Some("7.5.3.2"), Some("10/2022/TT-BNV"),
        ("Hồ sơ thiếu thời gian lưu", "Record without retention"),
        ("Hồ sơ \"{0}\" chưa ghi thời gian lưu (số năm hoặc vĩnh viễn).", "Record \"{0}\" has no retention period (years or permanent).");
    ChangeLogMissing = "DOC-050", Error, Some("7.5.3.2"), None,
        ("Thiếu theo dõi sửa đổi", "Change log entry missing"),
        ("Bảng theo dõi sửa đổi không có dòng cho lần ban hành {0}.", "The change log has no entry for issue {0}.");
    ChangeLogOrder = "DOC-051", Error, Some("7.5.3.2"), None,
        ("Theo dõi sửa đổi sai trình tự", "Change log out of order"),
        ("Dòng {0} của bảng theo dõi sửa đổi ({1}) không sau dòng trước ({2}).", "Change-log row {0} ({1}) does not come after the row before ({2}).");
    ReviewOverdue = "DOC-060", Warning, Some("7.5.2"), QD19,
        ("Quá hạn rà soát", "Periodic review overdue"),
        ("Lần rà soát gần nhất là {0}; theo chu kỳ {1} tháng, hạn rà soát là {2}.", "Last reviewed on {0}; with a {1}-month interval the review was due on {2}.");
    NoDistribution = "DOC-061", Error, Some("7.5.3.2"), None,
        ("Tài liệu hiệu lực chưa phân phối", "Effective document not distributed"),
        ("Tài liệu đang hiệu lực nhưng chưa có danh sách nơi nhận.", "The document is effective but has no distribution list.");
    ClauseUnknown = "DOC-070", Error, Some("7.5.2"), None,
        ("Điều khoản không tồn tại", "Clause does not exist"),
        ("Điều {0} không có trong ISO 9001:{1}.", "Clause {0} does not exist in ISO 9001:{1}.");
    ClauseOldNumbering = "DOC-071", Warning, Some("7.5.2"), Some("3003/BKHCN-TĐC"),
        ("Dẫn chiếu điều khoản theo phiên bản cũ", "Clause cited in old numbering"),
        ("Điều {0} theo cách đánh số ISO 9001:{1}; trong ISO 9001:{2} tương ứng với: {3}.", "Clause {0} is ISO 9001:{1} numbering; in ISO 9001:{2} it corresponds to: {3}.");
    EditionUnknown = "DOC-072", Error, None, None,
        ("Phiên bản tiêu chuẩn không xác định", "Unknown edition"),
        ("Không có phiên bản ISO 9001 `{0}`.", "There is no ISO 9001 edition `{0}`.");
    TooManySteps = "DOC-073", Error, None, None,
        ("Quá nhiều bước", "Too many steps"),
        ("Quy trình có {0} bước, vượt giới hạn {1}; các bước không được kiểm tra.", "The procedure has {0} steps, over the limit of {1}; the steps were not checked.");
    TwoEffective = "REG-001", Error, Some("7.5.3.2"), None,
        ("Nhiều lần ban hành cùng hiệu lực", "Several effective issues"),
        ("Mã {0} có {1} lần ban hành đang hiệu lực (lần {2}).", "Code {0} has {1} effective issues (issues {2}).");
    TwoDrafts = "REG-002", Warning, Some("7.5.3.2"), None,
        ("Nhiều bản dự thảo", "Several drafts"),
        ("Mã {0} có {1} bản dự thảo (lần {2}).", "Code {0} has {1} drafts (issues {2}).");
    IssueOrder = "REG-003", Error, Some("7.5.3.2"), None,
        ("Lần ban hành không tăng theo ngày", "Issues not increasing with dates"),
        ("Mã {0}: lần {1} ({2}) ban hành sau lần {3} ({4}).", "Code {0}: issue {1} ({2}) was issued after issue {3} ({4}).");
    EffectiveNotNewest = "REG-004", Error, Some("7.5.3.2"), None,
        ("Bản hiệu lực không phải bản mới nhất", "Effective issue is not the newest"),
        ("Mã {0}: lần {1} đang hiệu lực nhưng lần {2} đã được phê duyệt sau đó.", "Code {0}: issue {1} is effective but issue {2} was approved later.");
    ObsoleteDistributed = "REG-005", Error, Some("7.5.3.2"), None,
        ("Bản hết hiệu lực vẫn được phân phối", "Obsolete issue still distributed"),
        ("Mã {0} lần {1} đã {2} nhưng vẫn có danh sách nơi nhận.", "Code {0} issue {1} is {2} but still has a distribution list.");
    TthcTwice = "REG-006", Error, Some("8.1"), None,
        ("Một TTHC có nhiều quy trình hiệu lực", "Several effective procedures for one TTHC"),
        ("TTHC {0} có {1} quy trình đang hiệu lực: {2}.", "TTHC {0} has {1} effective procedures: {2}.");
    DanglingReference = "REG-007", Error, Some("7.5.3.2"), None,
        ("Dẫn chiếu tới quy trình không hiệu lực", "Reference to no effective procedure"),
        ("Dẫn chiếu tới `{0}` nhưng danh mục không có bản hiệu lực của mã này.", "Refers to `{0}`, but the register has no effective issue of that code.");
    DuplicateIssue = "REG-008", Error, Some("7.5.3.2"), None,
        ("Trùng lần ban hành", "Duplicate issue"),
        ("Mã {0} lần {1} xuất hiện {2} lần trong danh mục.", "Code {0} issue {1} appears {2} times in the register.");
}

/// A rule as data, for listing (`iso9001 rules`, the bindings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RuleView {
    /// Stable ID.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// ISO 9001:2015 clause.
    pub clause: Option<&'static str>,
    /// Legal basis.
    pub legal_basis: Option<&'static str>,
    /// Title in the requested language.
    pub title: &'static str,
    /// Message template in the requested language.
    pub message: &'static str,
}

/// Every document-control rule, localised.
pub fn rule_views(lang: Lang) -> Vec<RuleView> {
    views(RULES, lang)
}

/// The rules of any catalogue, localised.
pub fn views(rules: &[RuleDef], lang: Lang) -> Vec<RuleView> {
    rules
        .iter()
        .map(|r| RuleView {
            id: r.id,
            severity: r.severity,
            clause: r.clause,
            legal_basis: r.legal_basis,
            title: r.title.get(lang),
            message: r.message.get(lang),
        })
        .collect()
}

/// Fills `{0}`, `{1}` … of a template.
pub(crate) fn render(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| Some((close, after[..close].parse::<usize>().ok()?)))
        {
            Some((close, i)) => {
                out.push_str(args.get(i).copied().unwrap_or(""));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_complete() {
        for w in RULES.windows(2) {
            assert!(w[0].id < w[1].id, "{} before {}", w[0].id, w[1].id);
        }
        for r in RULES {
            assert!(!r.title.vi.is_empty() && !r.title.en.is_empty());
            let n = |s: &str| s.matches('{').count();
            assert_eq!(n(r.message.vi), n(r.message.en), "{} placeholders", r.id);
            if let Some(c) = r.clause {
                assert!(crate::catalogue::clause("2015", c).is_ok(), "{}: {c}", r.id);
            }
        }
        assert_eq!(RuleId::CodeMissing.def().id, "DOC-001");
        assert_eq!(RuleId::DuplicateIssue.def().id, "REG-008");
        assert_eq!(rule("DOC-033").map(|r| r.severity), Some(Severity::Error));
        assert!(rule("DOC-999").is_none());
    }

    #[test]
    fn templates_fill_positional_arguments() {
        assert_eq!(render("{0} after {1}; {0}", &["a", "b"]), "a after b; a");
        assert_eq!(render("{x} {5}", &["a"]), "{x} ");
        assert_eq!(rule_views(Lang::En).len(), RULES.len());
    }
}
