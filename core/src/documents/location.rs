//! Where a finding is, told to a person: "Bước 2, biểu mẫu thứ 2" rather
//! than `/steps/1/forms/1` (JSON pointers are 0-based and English). The
//! pointer stays in JSON; text output shows this.

use crate::text::Lang;

/// A field of the document in both languages.
fn field(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "code" => ("Mã số", "Code"),
        "title" => ("Tên tài liệu", "Title"),
        "issue" => ("Lần ban hành", "Issue"),
        "issuedOn" => ("Ngày ban hành", "Issue date"),
        "effectiveOn" => ("Ngày hiệu lực", "Effective date"),
        "lastReview" => ("Ngày rà soát gần nhất", "Last review"),
        "status" => ("Trạng thái", "Status"),
        "edition" => ("Phiên bản tiêu chuẩn", "Edition"),
        "tthcCode" => ("Mã TTHC", "National TTHC code"),
        "statutoryLimit" => ("Thời hạn giải quyết", "Statutory time limit"),
        "purpose" => ("Mục đích", "Purpose"),
        "scope" => ("Phạm vi", "Scope"),
        "legalBasis" => ("Tài liệu viện dẫn", "References"),
        "definitions" => ("Định nghĩa và chữ viết tắt", "Definitions"),
        "steps" => ("Nội dung quy trình", "Steps"),
        "forms" => ("Biểu mẫu", "Forms"),
        "records" => ("Hồ sơ cần lưu", "Records"),
        "changeLog" => ("Bảng theo dõi sửa đổi", "Change log"),
        "distribution" => ("Nơi nhận", "Distribution"),
        "clauses" => ("Điều khoản viện dẫn", "Clauses cited"),
        "references" => ("Tài liệu liên quan", "Related documents"),
        "signatures" => ("Chữ ký", "Signatures"),
        "drafted" => ("soạn thảo", "drafted"),
        "reviewed" => ("xem xét", "reviewed"),
        "approved" => ("phê duyệt", "approved"),
        "name" => ("họ tên", "name"),
        "position" => ("chức vụ", "position"),
        "date" => ("ngày", "date"),
        "number" => ("số, ký hiệu", "number"),
        "order" => ("số thứ tự", "number"),
        "responsible" => ("trách nhiệm", "responsible"),
        "duration" => ("thời gian", "duration"),
        "keeper" => ("người lưu", "keeper"),
        "place" => ("nơi lưu", "place"),
        "retention" => ("thời hạn lưu trữ", "retention"),
        // Audit programmes, nonconformities and the agency summary.
        "audits" => ("Cuộc đánh giá", "Audit"),
        "auditors" => ("chuyên gia đánh giá", "auditor"),
        "lead" => ("trưởng đoàn", "lead auditor"),
        "auditee" => ("đơn vị được đánh giá", "auditee"),
        "report" => ("báo cáo", "report"),
        "units" => ("Đơn vị", "Unit"),
        "unit" => ("đơn vị", "unit"),
        "items" => ("Mục kiểm tra", "Checklist item"),
        "notApplicable" => ("Điều khoản không áp dụng", "Not applicable clauses"),
        "justification" => ("lý giải", "justification"),
        "nonconformities" => ("Sự không phù hợp", "Nonconformity"),
        "dueDate" => ("hạn khắc phục", "due date"),
        "rootCause" => ("nguyên nhân", "root cause"),
        "correctiveAction" => ("hành động khắc phục", "corrective action"),
        "actionDoneOn" => ("ngày hoàn thành", "done on"),
        "verification" => ("kiểm tra xác nhận", "verification"),
        "verifier" => ("người kiểm tra", "verifier"),
        "result" => ("kết quả", "result"),
        "qualityPolicy" => ("Chính sách chất lượng", "Quality policy"),
        "objectives" => ("Mục tiêu chất lượng", "Quality objectives"),
        "target" => ("chỉ tiêu", "target"),
        "tthc" => ("TTHC", "TTHC"),
        "lastChanged" => ("ngày thay đổi", "last changed"),
        "steeringCommittee" => ("Ban chỉ đạo ISO", "ISO steering committee"),
        "announcement" => ("Quyết định công bố", "Announcement"),
        "internalAudits" => ("Đánh giá nội bộ", "Internal audits"),
        "managementReviews" => ("Xem xét của lãnh đạo", "Management reviews"),
        "procedures" => ("Danh mục quy trình", "Procedure register"),
        _ => return None,
    })
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

/// A JSON pointer into a procedure document (or a register entry: the
/// prefix `/documents/i` is left to the caller) told in `lang`, counting
/// from 1: `/steps/1/forms/1` → "Bước 2, biểu mẫu thứ 2"; `/legalBasis/3/number`
/// → "Tài liệu viện dẫn, mục 4, số, ký hiệu". An unknown pointer is
/// returned as it is.
///
/// ```
/// use iso9001::documents::location;
/// use iso9001::Lang;
/// assert_eq!(location("/steps/1/forms/1", Lang::Vi), "Bước 2, biểu mẫu thứ 2");
/// assert_eq!(location("/legalBasis/3/number", Lang::En), "References, item 4, number");
/// assert_eq!(location("/signatures/approved/name", Lang::Vi), "Chữ ký phê duyệt, họ tên");
/// assert_eq!(location("/forms/2/code", Lang::Vi), "Biểu mẫu, mục 3, mã số");
/// assert_eq!(location("/audits/1/auditors/0", Lang::Vi), "Cuộc đánh giá, mục 2, chuyên gia đánh giá, mục 1");
/// assert_eq!(location("/summary/objectives/1/target", Lang::Vi), "Mục tiêu chất lượng, mục 2, chỉ tiêu");
/// assert_eq!(location("/programme/units/2", Lang::Vi), "Đơn vị, mục 3");
/// assert_eq!(location("/nonconformities/nonconformities/0/dueDate", Lang::Vi), "Sự không phù hợp, mục 1, hạn khắc phục");
/// assert_eq!(location("/results/items/4/unit", Lang::En), "Checklist item, item 5, unit");
/// assert_eq!(location("", Lang::Vi), "Toàn bộ tài liệu");
/// ```
pub fn location(pointer: &str, lang: Lang) -> String {
    let en = lang == Lang::En;
    // The wrappers of a request (an agency summary, the parts of an audit
    // request, the register inside its part) read as their fields.
    let all: Vec<&str> = pointer.split('/').skip(1).collect();
    let parts: Vec<&str> = all
        .iter()
        .enumerate()
        .filter(|&(i, p)| {
            let wrapper = matches!(*p, "summary" | "programme" | "results");
            let register = *p == "nonconformities" && all.get(i + 1) == Some(&"nonconformities");
            !(wrapper || register)
        })
        .map(|(_, p)| *p)
        .collect();
    if parts.is_empty() {
        return lang.pick("Toàn bộ tài liệu", "The whole document").to_owned();
    }
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let p = parts[i];
        let next_index = parts.get(i + 1).and_then(|n| n.parse::<usize>().ok());
        match (p, next_index) {
            ("steps", Some(n)) => {
                out.push(format!("{} {}", lang.pick("Bước", "Step"), n + 1));
                i += 2;
            }
            ("forms", Some(n)) if !out.is_empty() => {
                out.push(format!("{} {}", lang.pick("biểu mẫu thứ", "form"), n + 1));
                i += 2;
            }
            (name, Some(n)) => match field(name) {
                Some((vi, e)) => {
                    out.push(format!(
                        "{}, {} {}",
                        if en { e } else { vi },
                        lang.pick("mục", "item"),
                        n + 1
                    ));
                    i += 2;
                }
                None => return pointer.to_owned(),
            },
            ("signatures", None) => {
                let role = parts.get(i + 1).and_then(|r| field(r));
                let head = lang.pick("Chữ ký", "Signature");
                out.push(match role {
                    Some((vi, e)) => format!("{head} {}", if en { e } else { vi }),
                    None => head.to_owned(),
                });
                i += 2;
            }
            (name, None) => match field(name) {
                Some((vi, e)) => {
                    let text = if en { e } else { vi };
                    // A sub-field reads in lower case after its section.
                    out.push(if out.is_empty() { text.to_owned() } else { lower_first(text) });
                    i += 1;
                }
                None => return pointer.to_owned(),
            },
        }
    }
    out.join(", ")
}
