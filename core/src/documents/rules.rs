//! The document-control rule catalogue: stable IDs, default severity, the
//! ISO clause and legal basis each rule enforces, and its title and
//! message in both languages, each message naming its typed fields.

use chrono::NaiveDate;

use super::docnumber::NumberProblem;
use super::pattern::ReadablePatterns;
use crate::rules::{rule_catalogue, RuleDef, RuleView};
use crate::text::{Day, Decimal, Lang, OddChar, Text};

/// Looks up a document-control rule by its ID.
pub fn rule(id: &str) -> Option<&'static RuleDef> {
    RULES.iter().find(|r| r.id == id)
}

const ND30: Option<&str> = Some("30/2020/NĐ-CP");
const QD19: Option<&str> = Some("19/2014/QĐ-TTg");

rule_catalogue! {
    /// A violation of a document-control rule, with the values its message
    /// names.
    pub enum DocumentViolation;
    CodeMissing {} = "DOC-001", Error, Some("7.5.2"), None,
        ("Thiếu mã số tài liệu", "Document code missing"),
        ("Tài liệu chưa có mã số.", "The document has no code.");
    CodePattern { code: String, patterns: ReadablePatterns } = "DOC-002", Error, Some("7.5.2"), None,
        ("Mã số không đúng quy ước", "Code does not follow the convention"),
        ("Mã số “{code}” không đúng quy ước đặt mã của cơ quan (mẫu: {patterns}).", "Code “{code}” does not follow the agency's coding convention (pattern: {patterns:#}).");
    IssueNumber { issue: u32 } = "DOC-003", Error, Some("7.5.2"), None,
        ("Lần ban hành không hợp lệ", "Invalid issue number"),
        ("Lần ban hành phải từ 1 đến 999 (đang ghi {issue}).", "The issue number must be from 1 to 999 (it is {issue}).");
    DateOrder { first: Text, first_date: Day, second: Text, second_date: Day } = "DOC-004", Error, Some("7.5.2"), None,
        ("Ngày tháng sai trình tự", "Dates out of order"),
        ("Trình tự ngày không hợp lý: {first} ({first_date}) muộn hơn {second} ({second_date}).", "Dates out of order: {first:#} ({first_date}) is later than {second:#} ({second_date}).");
    SignatureMissing { role: Text, part: Text } = "DOC-005", Error, Some("7.5.2"), None,
        ("Thiếu chữ ký", "Signature incomplete"),
        ("Phần ký “{role}” chưa có {part}.", "The {role:#} signature block lacks {part:#}.");
    ApproverIsDrafter { name: String } = "DOC-006", Error, Some("7.5.2"), None,
        ("Người phê duyệt trùng người soạn thảo", "Approver is the drafter"),
        ("Người phê duyệt {name} cũng là người soạn thảo tài liệu.", "The approver, {name}, also drafted the document.");
    ApproverPosition { position: String } = "DOC-007", Error, Some("5.3"), QD19,
        ("Người phê duyệt không đúng thẩm quyền", "Approver not authorised"),
        ("Chức vụ “{position}” không có trong danh sách chức vụ có thẩm quyền phê duyệt tài liệu của cơ quan.", "Position “{position}” is not among the positions the agency authorises to approve documents.");
    ImplausibleDate { date: Day } = "DOC-008", Error, None, None,
        ("Ngày không hợp lý", "Implausible date"),
        ("Ngày {date} không hợp lý (ngoài khoảng năm 1945–2100); đề nghị kiểm tra lại.", "Date {date} is implausible (outside the years 1945–2100); check it.");
    TitleMissing {} = "DOC-009", Error, Some("7.5.2"), None,
        ("Thiếu tên tài liệu", "Title missing"),
        ("Tài liệu chưa có tên.", "The document has no title.");
    SectionMissing { section: Text, state: Text } = "DOC-010", Error, Some("7.5.2"), Some("101/QĐ-BKHCN"),
        ("Thiếu mục bắt buộc", "Required section missing"),
        ("Mục “{section}” {state}.", "Section “{section:#}” {state:#}.");
    HiddenCharacter { what: Text, character: OddChar, position: usize } = "DOC-011", Warning, Some("7.5.2"), None,
        ("Ký tự ẩn hoặc dễ nhầm", "Hidden or look-alike character"),
        ("Có ký tự ẩn hoặc dễ nhầm {character} ở vị trí thứ {position} của {what}; cần gõ lại cho đúng.", "A hidden or look-alike character {character:#} is at position {position} of {what:#}; retype it.");
    SignsTwice { name: String, first: Text, second: Text } = "DOC-012", Warning, Some("7.5.2"), None,
        ("Một người ký hai phần", "One person signs twice"),
        ("{name} ký cả phần “{first}” và phần “{second}”: tài liệu chưa được xem xét độc lập, cần một người khác xem xét.", "{name} signs both the {first:#} and the {second:#} blocks: the document is not reviewed independently; someone else should review it.");
    StatusOutOfDate { status: Text, date: Day, should: Text } = "DOC-013", Warning, Some("7.5.3.2"), None,
        ("Trạng thái không khớp ngày hiệu lực", "Status out of date"),
        ("Trạng thái là “{status}” nhưng ngày hiệu lực là {date}: cần ghi “{should}”.", "The status is “{status:#}” but the effective date is {date}: it should be “{should:#}”.");
    ReviewAfterCheck { date: Day, as_of: Day } = "DOC-014", Warning, Some("7.5.2"), QD19,
        ("Ngày rà soát sau ngày kiểm tra", "Review dated after the check"),
        ("Ngày rà soát gần nhất là {date}, sau ngày kiểm tra {as_of}: chưa xác định được hạn rà soát; đề nghị xem lại ngày rà soát.", "The last review date is {date}, after the date of the check {as_of}: the next review cannot be scheduled; check the review date.");
    LegacyEncoding { what: Text, sample: String, others: Others } = "DOC-015", Warning, Some("7.5.2"), ND30,
        ("Văn bản gõ bằng bảng mã cũ (TCVN3/VNI)", "Text in a pre-Unicode encoding (TCVN3/VNI)"),
        ("{what} có vẻ được gõ bằng bảng mã cũ TCVN3 hoặc VNI (không phải Unicode): “{sample}”; cần chuyển sang bảng mã Unicode (TCVN 6909:2001){others}.", "{what:#} seems typed in a pre-Unicode encoding (TCVN3 or VNI): “{sample}”; convert it to Unicode (TCVN 6909:2001){others:#}.");
    LegalNumberMalformed { number: String, problem: NumberProblem } = "DOC-020", Error, Some("7.5.3.2"), ND30,
        ("Số, ký hiệu văn bản sai thể thức", "Malformed document number"),
        ("Số, ký hiệu “{number}” không đúng thể thức: {problem}.", "Number “{number}” is malformed: {problem:#}.");
    LegalYearMismatch { number: String, year: u16, date: Day } = "DOC-021", Warning, Some("7.5.3.2"), ND30,
        ("Năm trong số, ký hiệu khác năm ban hành", "Year in number differs from date"),
        ("Số, ký hiệu “{number}” ghi năm {year} nhưng ngày ban hành là {date}.", "Number “{number}” carries the year {year} but the date is {date}.");
    LegalAfterApproval { number: String, date: Day, approved: Day } = "DOC-022", Error, Some("7.5.3.2"), None,
        ("Căn cứ pháp lý ban hành sau ngày phê duyệt", "Legal basis dated after approval"),
        ("Văn bản {number} ban hành ngày {date}, sau ngày phê duyệt quy trình ({approved}), nên không thể là căn cứ pháp lý của quy trình.", "Document {number} is dated {date}, after the procedure's approval ({approved}), so it cannot be a legal basis of the procedure.");
    LegalReplaced { number: String, replaced_by: String } = "DOC-023", Warning, Some("7.5.3.2"), QD19,
        ("Căn cứ pháp lý đã bị thay thế", "Legal basis replaced"),
        ("Văn bản {number} đã được thay thế bằng văn bản {replaced_by}; cần cập nhật căn cứ pháp lý của quy trình.", "Document {number} has been replaced by {replaced_by}; update the procedure's legal basis.");
    StandardSuperseded { standard: String, current: &'static str } = "DOC-024", Warning, Some("7.5.3.2"), None,
        ("Tiêu chuẩn viện dẫn đã được thay thế", "Cited standard superseded"),
        ("Tiêu chuẩn “{standard}” đã được thay thế bằng {current}; cần cập nhật tài liệu viện dẫn.", "Standard “{standard}” has been superseded by {current}; update the references.");
    StepNumbering { position: usize, order: u32 } = "DOC-030", Error, Some("8.1"), None,
        ("Các bước đánh số không liên tục", "Steps not numbered consecutively"),
        ("Bước thứ {position} được đánh số {order}; số thứ tự đúng là {position}.", "The step at position {position} is numbered {order}; expected {position}.");
    StepResponsible { step: u32 } = "DOC-031", Error, Some("5.3"), None,
        ("Bước chưa phân công trách nhiệm", "Step without responsible party"),
        ("Bước {step} chưa ghi đơn vị hoặc người chịu trách nhiệm.", "Step {step} names no responsible unit or role.");
    StepDuration { step: u32 } = "DOC-032", Warning, Some("8.1"), None,
        ("Bước chưa ghi thời gian thực hiện", "Step without duration"),
        ("Bước {step} chưa ghi thời gian thực hiện.", "Step {step} has no duration.");
    TthcOverLimit { total: Decimal, limit: Decimal, unit: Text } = "DOC-033", Error, Some("8.1"), Some("118/2025/NĐ-CP"),
        ("Tổng thời gian vượt thời hạn giải quyết", "Steps exceed the statutory time limit"),
        ("Tổng thời gian các bước là {total} {unit}, vượt thời hạn giải quyết theo quy định ({limit} {unit}).", "The steps take {total:#} {unit:#} in total, more than the statutory time limit ({limit:#} {unit:#}).");
    TthcNoLimit {} = "DOC-034", Warning, Some("8.2.2"), Some("118/2025/NĐ-CP"),
        ("Thiếu thời hạn giải quyết", "Statutory time limit missing"),
        ("Quy trình TTHC chưa ghi thời hạn giải quyết theo quy định.", "The TTHC procedure states no statutory time limit.");
    CalendarDaysNotCompared { count: usize, steps: Text, limit: Text } = "DOC-035", Info, Some("8.1"), None,
        ("Bước tính theo đơn vị khác thời hạn", "Steps in another unit than the limit"),
        ("Có {count} bước tính theo {steps}, không cộng dồn được với thời hạn giải quyết tính theo {limit}; cần kiểm tra thủ công.", "There are {count} step(s) in {steps:#}, which cannot be added to a time limit in {limit:#}; check them by hand.");
    StepFormUnknown { step: u32, form: String } = "DOC-036", Error, Some("7.5.2"), None,
        ("Biểu mẫu chưa có trong mục Biểu mẫu", "Form not in the forms section"),
        ("Bước {step} sử dụng biểu mẫu {form} nhưng biểu mẫu này chưa được liệt kê trong mục Biểu mẫu.", "Step {step} uses form {form}, which is not listed in the forms section.");
    FormUnused { form: String } = "DOC-037", Warning, Some("7.5.2"), None,
        ("Biểu mẫu không được sử dụng", "Form not used"),
        ("Biểu mẫu {form} có trong mục Biểu mẫu nhưng không được sử dụng ở bước nào.", "Form {form} is in the forms section but no step uses it.");
    TthcCodeMissing {} = "DOC-038", Info, None, Some("118/2025/NĐ-CP"),
        ("Thiếu mã TTHC quốc gia", "National TTHC code missing"),
        ("Quy trình TTHC chưa ghi mã số TTHC trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.", "The TTHC procedure has no code from the National Database on Administrative Procedures.");
    RecordKeeper { record: String } = "DOC-040", Error, Some("7.5.3.2"), None,
        ("Hồ sơ thiếu người lưu", "Record without keeper"),
        ("Hồ sơ “{record}” chưa ghi bộ phận/người chịu trách nhiệm lưu.", "Record “{record}” names no unit or person responsible for keeping it.");
    RecordPlace { record: String } = "DOC-041", Error, Some("7.5.3.2"), None,
        ("Hồ sơ thiếu nơi lưu", "Record without place"),
        ("Hồ sơ “{record}” chưa ghi nơi lưu.", "Record “{record}” names no storage place.");
    RecordRetention { record: String } = "DOC-042", Error, Some("7.5.3.2"), Some("10/2022/TT-BNV"),
        ("Hồ sơ thiếu thời hạn lưu trữ", "Record without retention period"),
        ("Hồ sơ “{record}” chưa ghi thời hạn lưu trữ (số năm hoặc vĩnh viễn).", "Record “{record}” has no retention period (years or permanent).");
    RetentionByReference { record: String, document: String } = "DOC-043", Info, Some("7.5.3.2"), Some("10/2022/TT-BNV"),
        ("Thời hạn lưu trữ ghi theo văn bản", "Retention period by reference"),
        ("Hồ sơ “{record}” ghi thời hạn lưu trữ theo văn bản {document}: nên ghi rõ số năm (hoặc “vĩnh viễn”) mà văn bản đó quy định cho loại hồ sơ này để người lưu áp dụng được.", "Record “{record}” gives its retention period by reference to {document}: state the number of years (or permanent) that document sets for this kind of record, so that the keeper can apply it.");
    RetentionReferenceReplaced { record: String, document: String, replaced_by: String } = "DOC-044", Warning, Some("7.5.3.2"), Some("10/2022/TT-BNV"),
        ("Thời hạn lưu trữ theo văn bản đã bị thay thế", "Retention by a replaced document"),
        ("Hồ sơ “{record}” ghi thời hạn lưu trữ theo văn bản {document}, văn bản này đã được thay thế bằng văn bản {replaced_by}; cần xác định lại thời hạn lưu trữ.", "Record “{record}” gives its retention period by reference to {document}, which has been replaced by {replaced_by}; determine the retention period again.");
    ChangeLogMissing { issue: u32 } = "DOC-050", Error, Some("7.5.3.2"), None,
        ("Bảng theo dõi sửa đổi thiếu lần ban hành", "Change log entry missing"),
        ("Bảng theo dõi sửa đổi không có dòng cho lần ban hành {issue}.", "The change log has no entry for issue {issue}.");
    ChangeLogOrder { row: usize, entry: IssueAt, previous: IssueAt } = "DOC-051", Error, Some("7.5.3.2"), None,
        ("Theo dõi sửa đổi sai trình tự", "Change log out of order"),
        ("Dòng {row} của bảng theo dõi sửa đổi ({entry}) sai trình tự so với dòng liền trước ({previous}).", "Change-log row {row} ({entry:#}) is out of order with the row before it ({previous:#}).");
    ReviewOverdue { last: Day, months: u32, due: Day } = "DOC-060", Warning, Some("7.5.2"), QD19,
        ("Quá hạn rà soát", "Periodic review overdue"),
        ("Tài liệu đã quá hạn rà soát: hạn rà soát là ngày {due} (chu kỳ {months} tháng, tính từ ngày {last}).", "The document is overdue for review: the review was due on {due} ({months}-month interval from {last}).");
    NoDistribution {} = "DOC-061", Error, Some("7.5.3.2"), None,
        ("Tài liệu đang hiệu lực chưa được phân phối", "Effective document not distributed"),
        ("Tài liệu đang hiệu lực nhưng chưa có danh sách nơi nhận.", "The document is effective but has no distribution list.");
    ClauseUnknown { clause: String, edition: &'static str } = "DOC-070", Error, Some("7.5.2"), None,
        ("Điều khoản không tồn tại", "Clause does not exist"),
        ("Điều khoản {clause} không có trong TCVN ISO 9001:{edition}.", "Clause {clause} does not exist in ISO 9001:{edition}.");
    ClauseOldNumbering { clause: String, cited_in: &'static str, edition: &'static str, counterparts: Counterparts } = "DOC-071", Warning, Some("7.5.2"), Some("3003/BKHCN-TĐC"),
        ("Dẫn chiếu điều khoản theo phiên bản cũ", "Clause cited in old numbering"),
        ("Điều khoản {clause} được đánh số theo TCVN ISO 9001:{cited_in}; điều khoản tương ứng trong TCVN ISO 9001:{edition}: {counterparts}.", "Clause {clause} is ISO 9001:{cited_in} numbering; its counterparts in ISO 9001:{edition}: {counterparts:#}.");
    EditionUnknown { edition: String } = "DOC-072", Error, None, None,
        ("Phiên bản tiêu chuẩn không xác định", "Unknown edition"),
        ("Phiên bản tiêu chuẩn “{edition}” không hợp lệ (các phiên bản hiện có: 2026, 2015, 2008, 2000).", "There is no ISO 9001 edition “{edition}” (known: 2026, 2015, 2008, 2000).");
    TooManySteps { count: usize, limit: usize } = "DOC-073", Error, None, None,
        ("Quá nhiều bước", "Too many steps"),
        ("Quy trình có {count} bước, vượt giới hạn {limit} bước nên các bước chưa được kiểm tra.", "The procedure has {count} steps, over the limit of {limit}, so the steps were not checked.");
    ClauseTopicMoved { clause: String, topic: Text, cite: &'static str } = "DOC-074", Warning, Some("7.5.2"), Some("3003/BKHCN-TĐC"),
        ("Dẫn chiếu điều khoản đã đổi số", "Clause cited by its old number"),
        ("Điều khoản {clause} là số hiệu của {topic} trong TCVN ISO 9001:2008; theo TCVN ISO 9001:2015 cần dẫn chiếu điều khoản {cite}.", "Clause {clause} is the ISO 9001:2008 number for {topic:#}; under ISO 9001:2015 cite clause {cite}.");
    TwoEffective { code: String, count: usize, issues: String } = "REG-001", Error, Some("7.5.3.2"), None,
        ("Nhiều lần ban hành cùng hiệu lực", "Several effective issues"),
        ("Mã {code} có {count} lần ban hành đang hiệu lực (lần {issues}).", "Code {code} has {count} effective issues (issues {issues}).");
    TwoDrafts { code: String, count: usize, issues: String } = "REG-002", Warning, Some("7.5.3.2"), None,
        ("Nhiều bản dự thảo", "Several drafts"),
        ("Mã {code} có {count} bản dự thảo (lần {issues}).", "Code {code} has {count} drafts (issues {issues}).");
    IssueOrder { code: String, issue: u32, date: Day, later: u32, later_date: Day } = "REG-003", Error, Some("7.5.3.2"), None,
        ("Lần ban hành không tăng theo ngày", "Issues not increasing with dates"),
        ("Mã {code}: lần ban hành {issue} (ngày {date}) lại có ngày ban hành sau lần {later} (ngày {later_date}).", "Code {code}: issue {issue} ({date}) was issued after issue {later} ({later_date}).");
    EffectiveNotNewest { code: String, issue: u32, newer: u32 } = "REG-004", Error, Some("7.5.3.2"), None,
        ("Bản hiệu lực không phải bản mới nhất", "Effective issue is not the newest"),
        ("Mã {code}: lần {issue} đang hiệu lực nhưng lần {newer} đã được phê duyệt sau đó.", "Code {code}: issue {issue} is effective but issue {newer} was approved later.");
    ObsoleteDistributed { code: String, issue: u32, state: Text } = "REG-005", Error, Some("7.5.3.2"), None,
        ("Bản hết hiệu lực vẫn được phân phối", "Obsolete issue still distributed"),
        ("Mã {code} lần {issue} đã {state} nhưng vẫn còn danh sách nơi nhận; cần thu hồi bản đã hết hiệu lực.", "Code {code} issue {issue} is {state:#} but still has a distribution list; recall the obsolete copies.");
    TthcTwice { tthc: String, count: usize, codes: String } = "REG-006", Error, Some("8.1"), None,
        ("Một TTHC có nhiều quy trình hiệu lực", "Several effective procedures for one TTHC"),
        ("TTHC {tthc} có {count} quy trình đang hiệu lực: {codes}.", "TTHC {tthc} has {count} effective procedures: {codes}.");
    DanglingReference { reference: String } = "REG-007", Error, Some("7.5.3.2"), None,
        ("Dẫn chiếu tới quy trình không còn hiệu lực", "Reference to no effective procedure"),
        ("Tài liệu dẫn chiếu tới {reference} nhưng Danh mục tài liệu không có bản đang hiệu lực của mã này.", "The document refers to {reference}, but the register has no effective issue of that code.");
    DuplicateIssue { code: String, issue: u32, count: usize } = "REG-008", Error, Some("7.5.3.2"), None,
        ("Trùng lần ban hành", "Duplicate issue"),
        ("Mã {code} lần {issue} xuất hiện {count} lần trong Danh mục tài liệu.", "Code {code} issue {issue} appears {count} times in the register.");
    CodeTwoProcedures { code: String, first: String, second: String } = "REG-009", Error, Some("7.5.2"), None,
        ("Một mã dùng cho hai quy trình", "One code for two procedures"),
        ("Mã {code} được dùng cho hai quy trình khác nhau: “{first}” và “{second}”; mỗi quy trình cần một mã riêng.", "Code {code} is used for two different procedures: “{first}” and “{second}”; each procedure needs its own code.");
    FileDisagrees { entry: EntryName, what: Text, in_file: String, in_register: String } = "REG-010", Error, Some("7.5.3.2"), None,
        ("Tệp và danh mục không khớp", "File and register disagree"),
        ("{entry}: {what} trong tệp là “{in_file}” nhưng trong Danh mục tài liệu là “{in_register}”.", "{entry:#}: {what:#} is “{in_file}” in the file but “{in_register}” in the register.");
    IssueInCode { code: String, issue: u32, other: String } = "REG-011", Warning, Some("7.5.2"), None,
        ("Lần ban hành ghi vào mã", "Issue number in the code"),
        ("Mã {code} có vẻ đã ghép số lần ban hành vào mã: lần ban hành {issue} của cùng quy trình mang mã {other}. Mã tài liệu giữ nguyên qua các lần ban hành; lần ban hành được ghi ở mục riêng.", "Code {code} seems to contain the issue number: issue {issue} of the same procedure has code {other}. A document keeps its code through its issues; the issue is recorded separately.");
}

/// Every document-control rule, localised.
pub fn rule_views(lang: Lang) -> Vec<RuleView> {
    crate::rules::views(RULES, lang)
}

/// An issue of the change log in a message: "lần 2, 01/02/2025" /
/// "issue 2, 01/02/2025".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssueAt {
    /// Issue number.
    pub issue: u32,
    /// Date of the change, when given.
    pub date: Option<NaiveDate>,
}

impl core::fmt::Display for IssueAt {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if f.alternate() { "issue " } else { "lần " })?;
        write!(f, "{}", self.issue)?;
        match self.date {
            Some(d) => write!(f, ", {}", Day(d)),
            None => Ok(()),
        }
    }
}

/// A register entry in a message: "Mã QT.HT.05 lần ban hành 1", or an
/// annex's procedure, which has no code or issue of its own, by its TTHC
/// and the decision approving it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryName {
    /// A document with a code: its code and issue.
    Coded {
        /// The code.
        code: String,
        /// The issue.
        issue: u32,
    },
    /// An annex's procedure: its TTHC code(s) and the decision's number.
    Annex {
        /// The TTHC code(s), as printed.
        tthc: String,
        /// The approving decision's number, when known.
        decision: Option<String>,
    },
}

impl core::fmt::Display for EntryName {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let en = f.alternate();
        match self {
            EntryName::Coded { code, issue } if en => write!(f, "Code {code} issue {issue}"),
            EntryName::Coded { code, issue } => write!(f, "Mã {code} lần ban hành {issue}"),
            EntryName::Annex { tthc, decision } => {
                if en {
                    write!(f, "The internal procedure of TTHC {tthc}")?;
                } else {
                    write!(f, "Quy trình nội bộ giải quyết TTHC {tthc}")?;
                }
                match (decision, en) {
                    (Some(d), true) => write!(f, " under decision {d}"),
                    (Some(d), false) => write!(f, " theo Quyết định {d}"),
                    (None, _) => Ok(()),
                }
            }
        }
    }
}

/// How many other fields a finding stands for ("; 2 mục khác cũng bị lỗi
/// này"); nothing when none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Others(pub usize);

impl core::fmt::Display for Others {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match (self.0, f.alternate()) {
            (0, _) => Ok(()),
            (1, true) => f.write_str("; 1 other field likewise"),
            (n, true) => write!(f, "; {n} other fields likewise"),
            (n, false) => write!(f, "; {n} mục khác cũng bị lỗi này"),
        }
    }
}

/// The counterparts of a clause in another edition, with their titles:
/// "6.1 Hành động giải quyết rủi ro và cơ hội; 10.3 Cải tiến liên tục".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterparts(pub Vec<(&'static str, Option<Text>)>);

impl core::fmt::Display for Counterparts {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let en = f.alternate();
        if self.0.is_empty() {
            return f.write_str(if en { "none" } else { "không có" });
        }
        for (i, (number, title)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            f.write_str(number)?;
            if let Some(t) = title {
                write!(f, " {}", if en { t.en } else { t.vi })?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Severity, Violation};

    #[test]
    fn ids_are_unique_sorted_and_complete() {
        for w in RULES.windows(2) {
            assert!(w[0].id < w[1].id, "{} before {}", w[0].id, w[1].id);
        }
        for r in RULES {
            assert!(!r.title.vi.is_empty() && !r.title.en.is_empty());
            if let Some(c) = r.clause {
                assert!(crate::catalogue::clause("2015", c).is_ok(), "{}: {c}", r.id);
            }
        }
        assert_eq!(RuleId::CodeMissing.def().id, "DOC-001");
        assert_eq!(RuleId::DuplicateIssue.def().id, "REG-008");
        assert_eq!(rule("DOC-033").map(|r| r.severity), Some(Severity::Error));
        assert!(rule("DOC-999").is_none());
        assert_eq!(rule_views(Lang::En).len(), RULES.len());
    }

    #[test]
    fn one_violation_renders_in_both_languages() {
        let unit = Text::new("ngày làm việc", "working days");
        let v =
            DocumentViolation::TthcOverLimit { total: Decimal(12.5), limit: Decimal(10.0), unit };
        assert_eq!(v.rule().id, "DOC-033");
        assert!(v.message(Lang::Vi).contains("12,5 ngày làm việc"), "{}", v.message(Lang::Vi));
        assert!(v.message(Lang::En).contains("12.5 working days"), "{}", v.message(Lang::En));
        // DOC-072 lists the editions the catalogue knows.
        let known: Vec<&str> = crate::catalogue::editions().iter().map(|e| e.id).collect();
        assert_eq!(known, ["2026", "2015", "2008", "2000"], "update the DOC-072 message");
        let listed = &rule_views(Lang::En)[RuleId::SectionMissing as usize];
        assert_eq!(listed.message, "Section “{section}” {state}.");
    }
}
