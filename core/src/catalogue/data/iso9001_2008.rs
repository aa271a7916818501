//! ISO 9001:2008 (TCVN ISO 9001:2008, withdrawn) and ISO 9001:2000 (TCVN ISO 9001:2000,
//! superseded by the 2008 text).
//!
//! The two editions share one numbering, so the 2000 tree is derived from the 2008 tree at
//! compile time by `retitle`, which changes the two English titles that differ. The
//! Vietnamese titles are not confirmed against the TCVN texts. Every summary is our own
//! one-line paraphrase, never the text of the standard.
use crate::catalogue::model::*;
use crate::text::Text;

/// ISO 9001:2008, adopted in Vietnam as TCVN ISO 9001:2008; withdrawn.
pub static ISO_9001_2008: EditionDef = EditionDef {
    id: "2008",
    name: "ISO 9001:2008",
    national_name: "TCVN ISO 9001:2008",
    status: EditionStatus::Withdrawn,
    international_status: EditionStatus::Superseded,
    previous: Some("2000"),
    note: Text::new(
        "Phiên bản đã bị hủy bỏ. TCVN ISO 9001:2008 bị hủy bỏ tại Việt Nam theo Quyết định \
         số 4108/QĐ-BKHCN ngày 31/12/2015.",
        "Withdrawn. TCVN ISO 9001:2008 was withdrawn in Vietnam by Decision \
         No. 4108/QĐ-BKHCN of 31/12/2015.",
    ),
    amendments: &[],
    clauses: &CLAUSES_2008_S,
    documented_information: DOCUMENTED_INFORMATION_2008,
};

/// ISO 9001:2000, adopted in Vietnam as TCVN ISO 9001:2000; superseded by the 2008 text.
pub static ISO_9001_2000: EditionDef = EditionDef {
    id: "2000",
    name: "ISO 9001:2000",
    national_name: "TCVN ISO 9001:2000",
    status: EditionStatus::Superseded,
    international_status: EditionStatus::Superseded,
    previous: None,
    note: Text::new(
        "Phiên bản đã bị thay thế. TCVN ISO 9001:2000 được áp dụng trong cơ quan hành \
         chính nhà nước theo Quyết định số 144/2006/QĐ-TTg, sau đó được thay thế bằng \
         TCVN ISO 9001:2008.",
        "Superseded. TCVN ISO 9001:2000 was applied in state administrative agencies under \
         Decision No. 144/2006/QĐ-TTg and later replaced by TCVN ISO 9001:2008.",
    ),
    amendments: &[],
    clauses: &CLAUSES_2000_S,
    documented_information: DOCUMENTED_INFORMATION_2008,
};

/// Number of clauses of the 2008 (and 2000) tree.
const N: usize = 72;

/// The 2008 clause tree, in pre-order.
const CLAUSES_2008: [ClauseDef; N] = [
    ClauseDef::heading("1", "Phạm vi áp dụng", "Scope").vi_unconfirmed(),
    ClauseDef::informative("1.1", "Khái quát", "General").vi_unconfirmed(),
    ClauseDef::requirement("1.2", "Áp dụng", "Application").vi_unconfirmed(),
    ClauseDef::informative("2", "Tài liệu viện dẫn", "Normative references").vi_unconfirmed(),
    ClauseDef::informative("3", "Thuật ngữ và định nghĩa", "Terms and definitions")
        .vi_unconfirmed(),
    ClauseDef::heading("4", "Hệ thống quản lý chất lượng", "Quality management system")
        .vi_unconfirmed(),
    ClauseDef::requirement("4.1", "Yêu cầu chung", "General requirements").vi_unconfirmed(),
    ClauseDef::heading("4.2", "Yêu cầu về hệ thống tài liệu", "Documentation requirements")
        .vi_unconfirmed(),
    ClauseDef::requirement("4.2.1", "Khái quát", "General").vi_unconfirmed(),
    ClauseDef::requirement("4.2.2", "Sổ tay chất lượng", "Quality manual").vi_unconfirmed(),
    ClauseDef::requirement("4.2.3", "Kiểm soát tài liệu", "Control of documents").vi_unconfirmed(),
    ClauseDef::requirement("4.2.4", "Kiểm soát hồ sơ", "Control of records").vi_unconfirmed(),
    ClauseDef::heading("5", "Trách nhiệm của lãnh đạo", "Management responsibility")
        .vi_unconfirmed(),
    ClauseDef::requirement("5.1", "Cam kết của lãnh đạo", "Management commitment").vi_unconfirmed(),
    ClauseDef::requirement("5.2", "Hướng vào khách hàng", "Customer focus").vi_unconfirmed(),
    ClauseDef::requirement("5.3", "Chính sách chất lượng", "Quality policy").vi_unconfirmed(),
    ClauseDef::heading("5.4", "Hoạch định", "Planning").vi_unconfirmed(),
    ClauseDef::requirement("5.4.1", "Mục tiêu chất lượng", "Quality objectives").vi_unconfirmed(),
    ClauseDef::requirement(
        "5.4.2",
        "Hoạch định hệ thống quản lý chất lượng",
        "Quality management system planning",
    )
    .vi_unconfirmed(),
    ClauseDef::heading(
        "5.5",
        "Trách nhiệm, quyền hạn và trao đổi thông tin",
        "Responsibility, authority and communication",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement("5.5.1", "Trách nhiệm và quyền hạn", "Responsibility and authority")
        .vi_unconfirmed(),
    ClauseDef::requirement("5.5.2", "Đại diện của lãnh đạo", "Management representative")
        .vi_unconfirmed(),
    ClauseDef::requirement("5.5.3", "Trao đổi thông tin nội bộ", "Internal communication")
        .vi_unconfirmed(),
    ClauseDef::heading("5.6", "Xem xét của lãnh đạo", "Management review").vi_unconfirmed(),
    ClauseDef::requirement("5.6.1", "Khái quát", "General").vi_unconfirmed(),
    ClauseDef::requirement("5.6.2", "Đầu vào của việc xem xét", "Review input").vi_unconfirmed(),
    ClauseDef::requirement("5.6.3", "Đầu ra của việc xem xét", "Review output").vi_unconfirmed(),
    ClauseDef::heading("6", "Quản lý nguồn lực", "Resource management").vi_unconfirmed(),
    ClauseDef::requirement("6.1", "Cung cấp nguồn lực", "Provision of resources").vi_unconfirmed(),
    ClauseDef::heading("6.2", "Nguồn nhân lực", "Human resources").vi_unconfirmed(),
    ClauseDef::requirement("6.2.1", "Khái quát", "General").vi_unconfirmed(),
    ClauseDef::requirement(
        "6.2.2",
        "Năng lực, đào tạo và nhận thức",
        "Competence, training and awareness",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement("6.3", "Cơ sở hạ tầng", "Infrastructure").vi_unconfirmed(),
    ClauseDef::requirement("6.4", "Môi trường làm việc", "Work environment").vi_unconfirmed(),
    ClauseDef::heading("7", "Tạo sản phẩm", "Product realization").vi_unconfirmed(),
    ClauseDef::requirement(
        "7.1",
        "Hoạch định việc tạo sản phẩm",
        "Planning of product realization",
    )
    .vi_unconfirmed(),
    ClauseDef::heading(
        "7.2",
        "Các quá trình liên quan đến khách hàng",
        "Customer-related processes",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.2.1",
        "Xác định các yêu cầu liên quan đến sản phẩm",
        "Determination of requirements related to the product",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.2.2",
        "Xem xét các yêu cầu liên quan đến sản phẩm",
        "Review of requirements related to the product",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement("7.2.3", "Trao đổi thông tin với khách hàng", "Customer communication")
        .vi_unconfirmed(),
    ClauseDef::heading("7.3", "Thiết kế và phát triển", "Design and development").vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.1",
        "Hoạch định thiết kế và phát triển",
        "Design and development planning",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.2",
        "Đầu vào của thiết kế và phát triển",
        "Design and development inputs",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.3",
        "Đầu ra của thiết kế và phát triển",
        "Design and development outputs",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.4",
        "Xem xét thiết kế và phát triển",
        "Design and development review",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.5",
        "Kiểm tra xác nhận thiết kế và phát triển",
        "Design and development verification",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.6",
        "Xác nhận giá trị sử dụng của thiết kế và phát triển",
        "Design and development validation",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.3.7",
        "Kiểm soát thay đổi thiết kế và phát triển",
        "Control of design and development changes",
    )
    .vi_unconfirmed(),
    ClauseDef::heading("7.4", "Mua hàng", "Purchasing").vi_unconfirmed(),
    ClauseDef::requirement("7.4.1", "Quá trình mua hàng", "Purchasing process").vi_unconfirmed(),
    ClauseDef::requirement("7.4.2", "Thông tin mua hàng", "Purchasing information")
        .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.4.3",
        "Kiểm tra xác nhận sản phẩm mua vào",
        "Verification of purchased product",
    )
    .vi_unconfirmed(),
    ClauseDef::heading("7.5", "Sản xuất và cung cấp dịch vụ", "Production and service provision")
        .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.5.1",
        "Kiểm soát sản xuất và cung cấp dịch vụ",
        "Control of production and service provision",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.5.2",
        "Xác nhận giá trị sử dụng của các quá trình sản xuất và cung cấp dịch vụ",
        "Validation of processes for production and service provision",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.5.3",
        "Nhận biết và xác định nguồn gốc",
        "Identification and traceability",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement("7.5.4", "Tài sản của khách hàng", "Customer property").vi_unconfirmed(),
    ClauseDef::requirement("7.5.5", "Bảo toàn sản phẩm", "Preservation of product")
        .vi_unconfirmed(),
    ClauseDef::requirement(
        "7.6",
        "Kiểm soát thiết bị theo dõi và đo lường",
        "Control of monitoring and measuring equipment",
    )
    .vi_unconfirmed(),
    ClauseDef::heading(
        "8",
        "Đo lường, phân tích và cải tiến",
        "Measurement, analysis and improvement",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement("8.1", "Khái quát", "General").vi_unconfirmed(),
    ClauseDef::heading("8.2", "Theo dõi và đo lường", "Monitoring and measurement")
        .vi_unconfirmed(),
    ClauseDef::requirement("8.2.1", "Sự thỏa mãn của khách hàng", "Customer satisfaction")
        .vi_unconfirmed(),
    ClauseDef::requirement("8.2.2", "Đánh giá nội bộ", "Internal audit").vi_unconfirmed(),
    ClauseDef::requirement(
        "8.2.3",
        "Theo dõi và đo lường các quá trình",
        "Monitoring and measurement of processes",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "8.2.4",
        "Theo dõi và đo lường sản phẩm",
        "Monitoring and measurement of product",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "8.3",
        "Kiểm soát sản phẩm không phù hợp",
        "Control of nonconforming product",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement("8.4", "Phân tích dữ liệu", "Analysis of data").vi_unconfirmed(),
    ClauseDef::heading("8.5", "Cải tiến", "Improvement").vi_unconfirmed(),
    // TCVN ISO 9001:2008 follows TCVN ISO 9000:2007: "cải tiến liên tục"
    // ("thường xuyên" is the 2000 wording, set below).
    ClauseDef::requirement("8.5.1", "Cải tiến liên tục", "Continual improvement").vi_unconfirmed(),
    ClauseDef::requirement("8.5.2", "Hành động khắc phục", "Corrective action").vi_unconfirmed(),
    ClauseDef::requirement("8.5.3", "Hành động phòng ngừa", "Preventive action").vi_unconfirmed(),
];

/// The 2000 clause tree: the 2008 tree with the titles that differ in 2000
/// (TCVN ISO 9001:2000 wording; the Vietnamese ones are probable, flagged
/// like every 2008 title).
const CLAUSES_2000: [ClauseDef; N] = retitle(
    retitle(
        retitle(
            CLAUSES_2008,
            "6.2.2",
            "Năng lực, nhận thức và đào tạo",
            "Competence, awareness and training",
        ),
        "7.6",
        "Kiểm soát phương tiện theo dõi và đo lường",
        "Control of monitoring and measuring devices",
    ),
    "8.5.1",
    "Cải tiến thường xuyên",
    "Continual improvement",
);

/// Static storage for the 2008 tree.
static CLAUSES_2008_S: [ClauseDef; N] = CLAUSES_2008;

/// Static storage for the 2000 tree.
static CLAUSES_2000_S: [ClauseDef; N] = CLAUSES_2000;

/// Returns `clauses` with the titles of clause `number` replaced. Fails the
/// build if the clause is missing or untitled.
const fn retitle(
    mut clauses: [ClauseDef; N], number: &str, vi: &'static str, en: &'static str,
) -> [ClauseDef; N] {
    let wanted = number.as_bytes();
    let mut i = 0;
    while i < N {
        let candidate = clauses[i].number.as_bytes();
        if candidate.len() == wanted.len() {
            let mut j = 0;
            while j < wanted.len() && candidate[j] == wanted[j] {
                j += 1;
            }
            if j == wanted.len() {
                match clauses[i].title {
                    Some(_) => {
                        clauses[i].title = Some(Text::new(vi, en));
                        return clauses;
                    }
                    None => panic!("retitle: the clause has no title"),
                }
            }
        }
        i += 1;
    }
    panic!("retitle: no clause with that number")
}

/// The documented-information table of 2008, shared by 2000: the quality manual, the six
/// documented procedures and the records the edition requires.
static DOCUMENTED_INFORMATION_2008: &[DocInfoDef] = &[
    DocInfoDef::new(
        "4.2.1",
        DocInfoKind::MaintainAndRetain,
        DocInfoCondition::Always,
        "Tài liệu và hồ sơ do tiêu chuẩn yêu cầu và do tổ chức xác định là cần thiết",
        "Documents and records the standard requires or the organization finds necessary",
    ),
    DocInfoDef::new(
        "4.2.2",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Sổ tay chất lượng",
        "Quality manual",
    )
    .mandatory(MandatoryDocument::QualityManual),
    DocInfoDef::new(
        "4.2.3",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Thủ tục dạng văn bản về kiểm soát tài liệu",
        "Documented procedure for control of documents",
    )
    .mandatory(MandatoryDocument::DocumentedProcedure),
    DocInfoDef::new(
        "4.2.4",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Thủ tục dạng văn bản về kiểm soát hồ sơ",
        "Documented procedure for control of records",
    )
    .mandatory(MandatoryDocument::DocumentedProcedure),
    DocInfoDef::new(
        "5.6.1",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Hồ sơ các cuộc xem xét của lãnh đạo",
        "Records of management reviews",
    ),
    DocInfoDef::new(
        "6.2.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Hồ sơ về giáo dục, đào tạo, kỹ năng và kinh nghiệm",
        "Records of education, training, skills and experience",
    ),
    DocInfoDef::new(
        "7.1",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Hồ sơ chứng tỏ quá trình tạo sản phẩm và sản phẩm đáp ứng yêu cầu",
        "Records showing that realization processes and product meet requirements",
    ),
    DocInfoDef::new(
        "7.2.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả xem xét yêu cầu và hành động phát sinh",
        "Results of requirement reviews and resulting actions",
    ),
    DocInfoDef::new(
        "7.3.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Đầu vào thiết kế và phát triển",
        "Design and development inputs",
    ),
    DocInfoDef::new(
        "7.3.4",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả xem xét thiết kế và hành động cần thiết",
        "Results of design reviews and needed actions",
    ),
    DocInfoDef::new(
        "7.3.5",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả kiểm tra xác nhận thiết kế và hành động cần thiết",
        "Results of design verification and needed actions",
    ),
    DocInfoDef::new(
        "7.3.6",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả xác nhận giá trị sử dụng của thiết kế và hành động cần thiết",
        "Results of design validation and needed actions",
    ),
    DocInfoDef::new(
        "7.3.7",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Thay đổi thiết kế, kết quả xem xét thay đổi và hành động cần thiết",
        "Design changes, results of their review and needed actions",
    ),
    DocInfoDef::new(
        "7.4.1",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả đánh giá nhà cung cấp và hành động phát sinh",
        "Results of supplier evaluations and resulting actions",
    ),
    DocInfoDef::new(
        "7.5.2",
        DocInfoKind::Retain,
        DocInfoCondition::WhenItArises,
        "Hồ sơ xác nhận giá trị sử dụng của quá trình, khi phải xác nhận",
        "Process validation records, where a process must be validated",
    ),
    DocInfoDef::new(
        "7.5.3",
        DocInfoKind::Retain,
        DocInfoCondition::WhenItArises,
        "Nhận biết duy nhất sản phẩm, khi có yêu cầu truy xuất nguồn gốc",
        "Unique identification of product, where traceability is required",
    ),
    DocInfoDef::new(
        "7.5.4",
        DocInfoKind::Retain,
        DocInfoCondition::WhenItArises,
        "Tài sản của khách hàng bị mất, hư hỏng hoặc không phù hợp để sử dụng",
        "Customer property lost, damaged or found unsuitable for use",
    ),
    DocInfoDef::new(
        "7.6",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả hiệu chuẩn, kiểm tra xác nhận; căn cứ hiệu chuẩn khi không có chuẩn",
        "Calibration and verification results; calibration basis where no standard exists",
    ),
    DocInfoDef::new(
        "8.2.2",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Thủ tục dạng văn bản về đánh giá nội bộ",
        "Documented procedure for internal audit",
    )
    .mandatory(MandatoryDocument::DocumentedProcedure),
    DocInfoDef::new(
        "8.2.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Hồ sơ các cuộc đánh giá và kết quả đánh giá",
        "Records of audits and their results",
    ),
    DocInfoDef::new(
        "8.2.4",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bằng chứng phù hợp với tiêu chí chấp nhận và người có thẩm quyền thông qua sản phẩm",
        "Evidence of conformity with acceptance criteria and the person authorising release",
    ),
    DocInfoDef::new(
        "8.3",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Thủ tục dạng văn bản về kiểm soát sản phẩm không phù hợp",
        "Documented procedure for control of nonconforming product",
    )
    .mandatory(MandatoryDocument::DocumentedProcedure),
    DocInfoDef::new(
        "8.3",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bản chất sự không phù hợp và hành động tiếp theo, kể cả nhân nhượng",
        "Nature of nonconformities and subsequent actions, including concessions",
    ),
    DocInfoDef::new(
        "8.5.2",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Thủ tục dạng văn bản về hành động khắc phục",
        "Documented procedure for corrective action",
    )
    .mandatory(MandatoryDocument::DocumentedProcedure),
    DocInfoDef::new(
        "8.5.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả các hành động khắc phục đã thực hiện",
        "Results of corrective action taken",
    ),
    DocInfoDef::new(
        "8.5.3",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Thủ tục dạng văn bản về hành động phòng ngừa",
        "Documented procedure for preventive action",
    )
    .mandatory(MandatoryDocument::DocumentedProcedure),
    DocInfoDef::new(
        "8.5.3",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả các hành động phòng ngừa đã thực hiện",
        "Results of preventive action taken",
    ),
];

/// The one-line paraphrase of each clause, in the order of the clauses (2008 and 2000 alike): kept
/// apart from them, so that a build that never shows them does not carry them.
pub(super) static SUMMARIES_2008: &[(&str, Text)] = &[
    (
        "1",
        Text::new(
            "Nhóm các điều về đối tượng và cách áp dụng tiêu chuẩn.",
            "Groups clauses on what the standard covers and how it applies.",
        ),
    ),
    (
        "1.1",
        Text::new(
            "Nêu mục đích: sản phẩm ổn định đạt yêu cầu và khách hàng thỏa mãn hơn.",
            "States the aims: consistently conforming product and greater customer satisfaction.",
        ),
    ),
    (
        "1.2",
        Text::new(
            "Chỉ loại trừ được yêu cầu ở điều 7, khi không ảnh hưởng khả năng đáp ứng yêu cầu.",
            "Exclusions are limited to clause 7 and must not weaken ability to meet requirements.",
        ),
    ),
    (
        "2",
        Text::new(
            "Chỉ dẫn tài liệu cần thiết khi áp dụng, chủ yếu là TCVN ISO 9000.",
            "Points to the document needed to apply the standard, mainly ISO 9000.",
        ),
    ),
    (
        "3",
        Text::new(
            "Dùng thuật ngữ của TCVN ISO 9000; thuật ngữ sản phẩm bao gồm cả dịch vụ.",
            "Uses ISO 9000 terms; the term product also covers services.",
        ),
    ),
    (
        "4",
        Text::new(
            "Nhóm các điều về yêu cầu chung và hệ thống tài liệu.",
            "Groups clauses on general and documentation requirements.",
        ),
    ),
    (
        "4.1",
        Text::new(
            "Xác định, vận hành, theo dõi và cải tiến các quá trình, kể cả quá trình thuê ngoài.",
            "Define, run, monitor and improve processes, including outsourced ones.",
        ),
    ),
    (
        "4.2",
        Text::new(
            "Nhóm các điều về tài liệu và hồ sơ của hệ thống.",
            "Groups clauses on the system's documents and records.",
        ),
    ),
    (
        "4.2.1",
        Text::new(
            "Hệ thống tài liệu gồm chính sách, mục tiêu, sổ tay, thủ tục và hồ sơ cần thiết.",
            "Documentation covers policy, objectives, manual, procedures and needed records.",
        ),
    ),
    (
        "4.2.2",
        Text::new(
            "Lập sổ tay nêu phạm vi, ngoại lệ, các thủ tục và tương tác giữa các quá trình.",
            "Keep a manual stating scope, exclusions, procedures and how processes interact.",
        ),
    ),
    (
        "4.2.3",
        Text::new(
            "Thủ tục kiểm soát việc phê duyệt, cập nhật, phân phối và tài liệu lỗi thời.",
            "A procedure controls approval, updates, distribution and obsolete documents.",
        ),
    ),
    (
        "4.2.4",
        Text::new(
            "Thủ tục kiểm soát nhận biết, lưu trữ, bảo vệ, truy cập và hủy hồ sơ.",
            "A procedure controls record identification, storage, protection, retrieval, disposal.",
        ),
    ),
    (
        "5",
        Text::new(
            "Nhóm các điều về cam kết, chính sách, hoạch định và xem xét của lãnh đạo.",
            "Groups clauses on management's commitment, policy, planning and review.",
        ),
    ),
    (
        "5.1",
        Text::new(
            "Lãnh đạo cao nhất chứng tỏ cam kết xây dựng, vận hành và cải tiến hệ thống.",
            "Top management shows commitment to building, running and improving the system.",
        ),
    ),
    (
        "5.2",
        Text::new(
            "Lãnh đạo bảo đảm yêu cầu của khách hàng được xác định và đáp ứng.",
            "Top management ensures customer requirements are determined and met.",
        ),
    ),
    (
        "5.3",
        Text::new(
            "Chính sách chất lượng hợp mục đích, được phổ biến và xem xét định kỳ.",
            "The quality policy fits the purpose, is communicated and is periodically reviewed.",
        ),
    ),
    (
        "5.4",
        Text::new(
            "Nhóm các điều về mục tiêu chất lượng và hoạch định hệ thống.",
            "Groups clauses on quality objectives and system planning.",
        ),
    ),
    (
        "5.4.1",
        Text::new(
            "Đặt mục tiêu chất lượng đo được tại các cấp và bộ phận liên quan.",
            "Set measurable quality objectives at relevant functions and levels.",
        ),
    ),
    (
        "5.4.2",
        Text::new(
            "Hoạch định hệ thống để đạt mục tiêu và giữ hệ thống nguyên vẹn khi thay đổi.",
            "Plan the system to meet objectives and keep it intact through changes.",
        ),
    ),
    (
        "5.5",
        Text::new(
            "Nhóm các điều về trách nhiệm, đại diện lãnh đạo và trao đổi thông tin nội bộ.",
            "Groups clauses on responsibilities, the management representative and communication.",
        ),
    ),
    (
        "5.5.1",
        Text::new(
            "Xác định và thông báo trách nhiệm, quyền hạn trong tổ chức.",
            "Define and communicate responsibilities and authorities.",
        ),
    ),
    (
        "5.5.2",
        Text::new(
            "Chỉ định một người trong ban lãnh đạo phụ trách hệ thống và báo cáo kết quả.",
            "Appoint a manager to oversee the system and report on its performance.",
        ),
    ),
    (
        "5.5.3",
        Text::new(
            "Thiết lập kênh trao đổi thông tin nội bộ về hiệu lực của hệ thống.",
            "Set up internal communication channels on system effectiveness.",
        ),
    ),
    (
        "5.6",
        Text::new(
            "Nhóm các điều về xem xét định kỳ của lãnh đạo.",
            "Groups clauses on periodic management review.",
        ),
    ),
    (
        "5.6.1",
        Text::new(
            "Lãnh đạo cao nhất định kỳ xem xét hệ thống và lưu hồ sơ.",
            "Top management reviews the system at planned intervals and keeps records.",
        ),
    ),
    (
        "5.6.2",
        Text::new(
            "Cuộc xem xét dùng kết quả đánh giá, phản hồi, kết quả quá trình và các hành động.",
            "The review draws on audits, feedback, process performance and actions.",
        ),
    ),
    (
        "5.6.3",
        Text::new(
            "Kết quả xem xét gồm quyết định về cải tiến và nhu cầu nguồn lực.",
            "Review outputs set improvement decisions and resource needs.",
        ),
    ),
    (
        "6",
        Text::new(
            "Nhóm các điều về nguồn lực, nhân sự, cơ sở hạ tầng và môi trường làm việc.",
            "Groups clauses on resources, people, infrastructure and work environment.",
        ),
    ),
    (
        "6.1",
        Text::new(
            "Xác định và cung cấp nguồn lực để vận hành hệ thống và làm khách hàng thỏa mãn.",
            "Determine and provide resources to run the system and satisfy customers.",
        ),
    ),
    ("6.2", Text::new("Nhóm các điều về nguồn nhân lực.", "Groups clauses on human resources.")),
    (
        "6.2.1",
        Text::new(
            "Người làm công việc ảnh hưởng đến chất lượng phải có năng lực phù hợp.",
            "People whose work affects quality must be competent.",
        ),
    ),
    (
        "6.2.2",
        Text::new(
            "Xác định năng lực, đào tạo bổ sung, đánh giá hiệu lực và lưu hồ sơ.",
            "Define competence, train, check effectiveness and keep records.",
        ),
    ),
    (
        "6.3",
        Text::new(
            "Xác định, cung cấp và duy trì cơ sở hạ tầng cần thiết.",
            "Determine, provide and maintain the needed infrastructure.",
        ),
    ),
    (
        "6.4",
        Text::new(
            "Xác định và quản lý môi trường làm việc để sản phẩm đạt yêu cầu.",
            "Determine and manage the work environment needed for conforming product.",
        ),
    ),
    (
        "7",
        Text::new(
            "Nhóm các điều về hoạch định, thiết kế, mua hàng và cung cấp sản phẩm.",
            "Groups clauses on planning, design, purchasing and delivering product.",
        ),
    ),
    (
        "7.1",
        Text::new(
            "Hoạch định quá trình tạo sản phẩm, tiêu chí chấp nhận và hồ sơ cần thiết.",
            "Plan realization processes, acceptance criteria and needed records.",
        ),
    ),
    (
        "7.2",
        Text::new(
            "Nhóm các điều về các quá trình liên quan đến khách hàng.",
            "Groups clauses on customer-related processes.",
        ),
    ),
    (
        "7.2.1",
        Text::new(
            "Xác định yêu cầu của khách hàng, của pháp luật và yêu cầu ngầm hiểu.",
            "Determine customer, legal and implied requirements for the product.",
        ),
    ),
    (
        "7.2.2",
        Text::new(
            "Xem xét yêu cầu trước khi cam kết cung cấp và lưu hồ sơ kết quả.",
            "Review requirements before committing to supply, and record the results.",
        ),
    ),
    (
        "7.2.3",
        Text::new(
            "Trao đổi với khách hàng về thông tin sản phẩm, đơn hàng và phản hồi.",
            "Communicate with customers on product information, orders and feedback.",
        ),
    ),
    (
        "7.3",
        Text::new(
            "Nhóm các điều về thiết kế và phát triển.",
            "Groups clauses on design and development.",
        ),
    ),
    (
        "7.3.1",
        Text::new(
            "Hoạch định các giai đoạn, trách nhiệm và sự phối hợp trong thiết kế.",
            "Plan design stages, responsibilities and interfaces.",
        ),
    ),
    (
        "7.3.2",
        Text::new(
            "Xác định đầu vào thiết kế đầy đủ, rõ ràng và lưu hồ sơ.",
            "Determine complete, clear design inputs and keep records.",
        ),
    ),
    (
        "7.3.3",
        Text::new(
            "Đầu ra thiết kế đáp ứng đầu vào và được phê duyệt trước khi chuyển giao.",
            "Design outputs meet inputs and are approved before release.",
        ),
    ),
    (
        "7.3.4",
        Text::new(
            "Xem xét thiết kế ở các giai đoạn thích hợp và lưu hồ sơ.",
            "Review the design at suitable stages and keep records.",
        ),
    ),
    (
        "7.3.5",
        Text::new(
            "Kiểm tra xác nhận đầu ra thiết kế đáp ứng đầu vào và lưu hồ sơ.",
            "Verify that design outputs meet inputs, and keep records.",
        ),
    ),
    (
        "7.3.6",
        Text::new(
            "Xác nhận sản phẩm đáp ứng mục đích sử dụng dự kiến và lưu hồ sơ.",
            "Validate that the product meets its intended use, and keep records.",
        ),
    ),
    (
        "7.3.7",
        Text::new(
            "Nhận biết, xem xét, phê duyệt thay đổi thiết kế và lưu hồ sơ.",
            "Identify, review and approve design changes, and keep records.",
        ),
    ),
    ("7.4", Text::new("Nhóm các điều về mua hàng.", "Groups clauses on purchasing.")),
    (
        "7.4.1",
        Text::new(
            "Đánh giá, lựa chọn nhà cung cấp theo tiêu chí và lưu hồ sơ.",
            "Evaluate and select suppliers against criteria, and keep records.",
        ),
    ),
    (
        "7.4.2",
        Text::new(
            "Thông tin mua hàng mô tả rõ sản phẩm và các yêu cầu kèm theo.",
            "Purchasing information clearly describes the product and its requirements.",
        ),
    ),
    (
        "7.4.3",
        Text::new(
            "Kiểm tra để bảo đảm sản phẩm mua vào đáp ứng yêu cầu.",
            "Inspect or otherwise verify that purchased product meets requirements.",
        ),
    ),
    (
        "7.5",
        Text::new(
            "Nhóm các điều về sản xuất và cung cấp dịch vụ.",
            "Groups clauses on production and service provision.",
        ),
    ),
    (
        "7.5.1",
        Text::new(
            "Sản xuất và cung cấp dịch vụ trong điều kiện được kiểm soát.",
            "Produce and deliver under controlled conditions.",
        ),
    ),
    (
        "7.5.2",
        Text::new(
            "Xác nhận giá trị sử dụng của quá trình có đầu ra không kiểm tra được sau đó.",
            "Validate processes whose output cannot be verified afterwards.",
        ),
    ),
    (
        "7.5.3",
        Text::new(
            "Nhận biết sản phẩm, trạng thái kiểm tra và truy xuất nguồn gốc khi có yêu cầu.",
            "Identify product and its status; ensure traceability when required.",
        ),
    ),
    (
        "7.5.4",
        Text::new(
            "Gìn giữ tài sản khách hàng; báo khách hàng và lưu hồ sơ khi mất, hỏng.",
            "Safeguard customer property; report and record any loss or damage.",
        ),
    ),
    (
        "7.5.5",
        Text::new(
            "Bảo toàn sản phẩm trong quá trình xử lý nội bộ và giao hàng.",
            "Preserve product through internal handling and delivery.",
        ),
    ),
    (
        "7.6",
        Text::new(
            "Hiệu chuẩn, bảo vệ thiết bị theo dõi, đo lường và lưu kết quả hiệu chuẩn.",
            "Calibrate and safeguard monitoring and measuring equipment, and record results.",
        ),
    ),
    (
        "8",
        Text::new(
            "Nhóm các điều về theo dõi, đo lường, phân tích dữ liệu và cải tiến.",
            "Groups clauses on monitoring, measurement, data analysis and improvement.",
        ),
    ),
    (
        "8.1",
        Text::new(
            "Hoạch định các quá trình theo dõi, đo lường, phân tích và cải tiến.",
            "Plan monitoring, measurement, analysis and improvement processes.",
        ),
    ),
    (
        "8.2",
        Text::new(
            "Nhóm các điều về theo dõi và đo lường.",
            "Groups clauses on monitoring and measurement.",
        ),
    ),
    (
        "8.2.1",
        Text::new(
            "Theo dõi cảm nhận của khách hàng về mức độ đáp ứng yêu cầu.",
            "Track how customers perceive their requirements are met.",
        ),
    ),
    (
        "8.2.2",
        Text::new(
            "Đánh giá nội bộ định kỳ theo thủ tục; lưu hồ sơ đánh giá và kết quả.",
            "Audit internally at planned intervals under a procedure, and keep records.",
        ),
    ),
    (
        "8.2.3",
        Text::new(
            "Theo dõi các quá trình để chứng tỏ đạt kết quả đã hoạch định.",
            "Monitor processes to show they achieve planned results.",
        ),
    ),
    (
        "8.2.4",
        Text::new(
            "Kiểm tra sản phẩm đạt yêu cầu; ghi nhận người có thẩm quyền thông qua sản phẩm.",
            "Verify product conformity and record who authorised release.",
        ),
    ),
    (
        "8.3",
        Text::new(
            "Nhận biết, kiểm soát sản phẩm không phù hợp theo thủ tục và lưu hồ sơ.",
            "Identify and control nonconforming product under a procedure, and keep records.",
        ),
    ),
    (
        "8.4",
        Text::new(
            "Thu thập, phân tích dữ liệu để đánh giá hệ thống và tìm cơ hội cải tiến.",
            "Collect and analyse data to judge the system and find improvements.",
        ),
    ),
    (
        "8.5",
        Text::new(
            "Nhóm các điều về cải tiến, hành động khắc phục và phòng ngừa.",
            "Groups clauses on improvement, corrective and preventive action.",
        ),
    ),
    (
        "8.5.1",
        Text::new(
            "Cải tiến hiệu lực hệ thống qua chính sách, mục tiêu, đánh giá và xem xét.",
            "Keep improving system effectiveness through policy, objectives, audits and review.",
        ),
    ),
    (
        "8.5.2",
        Text::new(
            "Loại bỏ nguyên nhân sự không phù hợp để tránh tái diễn, theo thủ tục.",
            "Remove the causes of nonconformities to stop recurrence, under a procedure.",
        ),
    ),
    (
        "8.5.3",
        Text::new(
            "Loại bỏ nguyên nhân sự không phù hợp tiềm ẩn để ngăn xảy ra, theo thủ tục.",
            "Remove the causes of potential nonconformities to prevent them, under a procedure.",
        ),
    ),
];
