//! ISO 9001:2026, the sixth edition. Clause numbers and English titles
//! follow two independent extractions of the published text (sixth edition,
//! 2026-09) that agree with each other; ISO's own page was not at hand, so
//! the edition says so in its note. There is no TCVN adoption yet: every
//! Vietnamese title is our translation (the TCVN 2015 wording where the
//! English title is unchanged), and [`EditionStatus::NotAdopted`] makes every
//! view say it is unconfirmed. Summaries are our own one-line paraphrases,
//! never the text of the standard. Sources are listed in `SOURCES.md` next
//! to this file.
use crate::catalogue::model::*;
use crate::text::Text;

/// ISO 9001:2026, current internationally; not (yet) a Vietnamese national
/// standard, so it is never a default.
pub static ISO_9001_2026: EditionDef = EditionDef {
    id: "2026",
    name: "ISO 9001:2026",
    national_name: "",
    status: EditionStatus::NotAdopted,
    international_status: EditionStatus::Current,
    previous: Some("2015"),
    note: Text::new(
        "Phiên bản thứ sáu, ban hành tháng 9/2026; thay thế ISO 9001:2015 trên phạm vi \
         quốc tế, dự kiến có thời gian chuyển đổi 3 năm (chưa xác nhận). Việt Nam chưa \
         chấp nhận thành TCVN: các cơ quan hành chính nhà nước tiếp tục áp dụng TCVN ISO \
         9001:2015 theo Quyết định số 19/2014/QĐ-TTg. Cấu trúc điều khoản theo hai bản \
         trích độc lập của văn bản đã ban hành; tên tiếng Việt là bản dịch của chúng tôi; \
         bảng thông tin dạng văn bản lấy theo phiên bản 2015, chưa đối chiếu với văn bản 2026.",
        "Sixth edition, published September 2026; replaces ISO 9001:2015 internationally, \
         with a three-year transition expected (unconfirmed). Not adopted as a TCVN: \
         Vietnamese state agencies keep applying TCVN ISO 9001:2015 under Decision \
         19/2014/QĐ-TTg. Clause structure from two independent extractions of the published \
         text; Vietnamese titles are our translation; the documented-information table is \
         taken over from 2015, not checked against the 2026 text.",
    ),
    amendments: &[],
    clauses: CLAUSES,
    documented_information: super::iso9001_2015::DOCUMENTED_INFORMATION,
};

static CLAUSES: &[ClauseDef] = &[
    ClauseDef::informative("1", "Phạm vi áp dụng", "Scope"),
    ClauseDef::informative("2", "Tài liệu viện dẫn", "Normative references"),
    ClauseDef::informative("3", "Thuật ngữ và định nghĩa", "Terms and definitions"),
    ClauseDef::heading("4", "Bối cảnh của tổ chức", "Context of the organization"),
    ClauseDef::requirement(
        "4.1",
        "Hiểu tổ chức và bối cảnh của tổ chức",
        "Understanding the organization and its context",
    )
    .changed(&[EditionChange {
        adds_requirement: false,
        summary: Text::new(
            "Đưa vào nội dung của Sửa đổi 1:2024 (đã áp dụng cho bản 2015): xác định biến đổi khí hậu có phải là vấn đề liên quan hay không.",
            "Takes in Amd 1:2024 (already applying to 2015): decide whether climate change is a relevant issue.",
        ),
    }]),
    ClauseDef::requirement(
        "4.2",
        "Hiểu nhu cầu và mong đợi của các bên quan tâm",
        "Understanding the needs and expectations of interested parties",
    )
    .changed(&[EditionChange {
        adds_requirement: false,
        summary: Text::new(
            "Đưa vào chú thích của Sửa đổi 1:2024: các bên quan tâm có thể có yêu cầu liên quan đến biến đổi khí hậu.",
            "Takes in the Amd 1:2024 note: interested parties can have climate-related requirements.",
        ),
    }]),
    ClauseDef::requirement(
        "4.3",
        "Xác định phạm vi của hệ thống quản lý chất lượng",
        "Determining the scope of the quality management system",
    ),
    ClauseDef::heading(
        "4.4",
        "Hệ thống quản lý chất lượng",
        "Quality management system",
    ),
    ClauseDef::untitled("4.4.1"),
    ClauseDef::untitled("4.4.2"),
    ClauseDef::heading("5", "Sự lãnh đạo", "Leadership"),
    ClauseDef::heading("5.1", "Sự lãnh đạo và cam kết", "Leadership and commitment"),
    ClauseDef::requirement("5.1.1", "Khái quát", "General")
    .changed(&[EditionChange {
        adds_requirement: true,
        summary: Text::new(
            "Lãnh đạo cao nhất thúc đẩy văn hóa chất lượng và hành vi đạo đức (các mục mới từ i) đến l)).",
            "Top management promotes a quality culture and ethical behaviour (new items i) to l)).",
        ),
    }]),
    ClauseDef::requirement("5.1.2", "Hướng vào khách hàng", "Customer focus"),
    ClauseDef::heading("5.2", "Chính sách chất lượng", "Quality policy"),
    ClauseDef::requirement(
        "5.2.1",
        "Thiết lập chính sách chất lượng",
        "Establishing the quality policy",
    )
    .en_unconfirmed()
    .changed(&[EditionChange {
        adds_requirement: true,
        summary: Text::new(
            "Chính sách chất lượng phù hợp cả bối cảnh và định hướng chiến lược của tổ chức (mục e) mới).",
            "The quality policy also suits the organization's context and strategic direction (new item e)).",
        ),
    }]),
    ClauseDef::requirement(
        "5.2.2",
        "Truyền đạt chính sách chất lượng",
        "Communicating the quality policy",
    )
    .en_unconfirmed(),
    ClauseDef::requirement(
        "5.3",
        "Vai trò, trách nhiệm và quyền hạn",
        "Roles, responsibilities and authorities",
    ),
    ClauseDef::heading("6", "Hoạch định", "Planning"),
    ClauseDef::heading(
        "6.1",
        "Hành động giải quyết rủi ro và cơ hội",
        "Actions to address risks and opportunities",
    ),
    ClauseDef::requirement(
        "6.1.1",
        "Xác định rủi ro và cơ hội",
        "Determining risks and opportunities",
    )
    .changed(&[EditionChange {
        adds_requirement: false,
        summary: Text::new(
            "Điều khoản có tiêu đề; rủi ro và cơ hội được tách thành hai điều 6.1.2 và 6.1.3.",
            "Now titled; risks and opportunities are handled in two clauses, 6.1.2 and 6.1.3.",
        ),
    }]),
    ClauseDef::requirement("6.1.2", "Hành động giải quyết rủi ro", "Actions to address risks")
    .changed(&[EditionChange {
        adds_requirement: false,
        summary: Text::new(
            "Tách riêng hành động giải quyết rủi ro (trước đây chung với cơ hội trong 6.1.2).",
            "Actions on risks stand alone (in 2015 shared 6.1.2 with opportunities).",
        ),
    }]),
    ClauseDef::requirement(
        "6.1.3",
        "Hành động giải quyết cơ hội",
        "Actions to address opportunities",
    )
    .changed(&[EditionChange {
        adds_requirement: true,
        summary: Text::new(
            "Điều mới: hành động giải quyết cơ hội được yêu cầu riêng.",
            "New clause: actions on opportunities are required on their own.",
        ),
    }]),
    ClauseDef::heading(
        "6.2",
        "Mục tiêu chất lượng và hoạch định để đạt được mục tiêu",
        "Quality objectives and planning to achieve them",
    ),
    ClauseDef::untitled("6.2.1"),
    ClauseDef::untitled("6.2.2"),
    ClauseDef::requirement("6.3", "Hoạch định thay đổi", "Planning of changes")
    .changed(&[EditionChange {
        adds_requirement: true,
        summary: Text::new(
            "Quản lý thay đổi được tăng cường: trao đổi thông tin, hiệu lực và xem xét kết quả của thay đổi.",
            "Management of change strengthened: communication, effectiveness and review of the results of changes.",
        ),
    }]),
    ClauseDef::heading("7", "Hỗ trợ", "Support"),
    ClauseDef::heading("7.1", "Nguồn lực", "Resources"),
    ClauseDef::requirement("7.1.1", "Khái quát", "General"),
    ClauseDef::requirement("7.1.2", "Con người", "People"),
    ClauseDef::requirement("7.1.3", "Cơ sở hạ tầng", "Infrastructure"),
    ClauseDef::requirement(
        "7.1.4",
        "Môi trường cho việc thực hiện các quá trình",
        "Environment for the operation of processes",
    )
    .changed(&[EditionChange {
        adds_requirement: false,
        summary: Text::new(
            "Thêm chú thích về văn hóa chất lượng và hành vi đạo đức.",
            "Adds a note on quality culture and ethical behaviour.",
        ),
    }]),
    ClauseDef::heading(
        "7.1.5",
        "Nguồn lực theo dõi và đo lường",
        "Monitoring and measuring resources",
    ),
    ClauseDef::requirement("7.1.5.1", "Khái quát", "General"),
    ClauseDef::requirement(
        "7.1.5.2",
        "Liên kết chuẩn của kết quả đo lường",
        "Traceability of measurement results",
    ),
    ClauseDef::requirement("7.1.6", "Tri thức của tổ chức", "Organizational knowledge"),
    ClauseDef::requirement("7.2", "Năng lực", "Competence"),
    ClauseDef::requirement("7.3", "Nhận thức", "Awareness")
    .changed(&[EditionChange {
        adds_requirement: true,
        summary: Text::new(
            "Nhận thức bao gồm văn hóa chất lượng và hành vi đạo đức (mục e) mới).",
            "Awareness includes quality culture and ethical behaviour (new item e)).",
        ),
    }]),
    ClauseDef::requirement("7.4", "Trao đổi thông tin", "Communication"),
    ClauseDef::heading("7.5", "Thông tin dạng văn bản", "Documented information"),
    ClauseDef::requirement("7.5.1", "Khái quát", "General"),
    ClauseDef::requirement(
        "7.5.2",
        "Tạo lập và cập nhật thông tin dạng văn bản",
        "Creating and updating documented information",
    ),
    ClauseDef::heading(
        "7.5.3",
        "Kiểm soát thông tin dạng văn bản",
        "Control of documented information",
    ),
    ClauseDef::untitled("7.5.3.1"),
    ClauseDef::untitled("7.5.3.2"),
    ClauseDef::heading("8", "Thực hiện", "Operation"),
    ClauseDef::requirement(
        "8.1",
        "Hoạch định và kiểm soát việc thực hiện",
        "Operational planning and control",
    ),
    ClauseDef::heading(
        "8.2",
        "Yêu cầu đối với sản phẩm và dịch vụ",
        "Requirements for products and services",
    ),
    ClauseDef::requirement("8.2.1", "Trao đổi thông tin với khách hàng", "Customer communication"),
    ClauseDef::requirement(
        "8.2.2",
        "Xác định các yêu cầu đối với sản phẩm và dịch vụ",
        "Determining requirements for products and services",
    ),
    ClauseDef::heading(
        "8.2.3",
        "Xem xét các yêu cầu đối với sản phẩm và dịch vụ",
        "Review of requirements for products and services",
    ),
    ClauseDef::untitled("8.2.3.1"),
    ClauseDef::untitled("8.2.3.2"),
    ClauseDef::requirement(
        "8.2.4",
        "Thay đổi yêu cầu đối với sản phẩm và dịch vụ",
        "Changes to requirements for products and services",
    ),
    ClauseDef::heading(
        "8.3",
        // TCVN ISO 9001:2015 as printed (table of contents, 2016 edition).
        "Thiết kế và phát triển sản phẩm, dịch vụ",
        "Design and development of products and services",
    ),
    ClauseDef::requirement("8.3.1", "Khái quát", "General"),
    ClauseDef::requirement(
        "8.3.2",
        "Hoạch định thiết kế và phát triển",
        "Design and development planning",
    ),
    ClauseDef::requirement(
        "8.3.3",
        "Đầu vào của thiết kế và phát triển",
        "Design and development inputs",
    ),
    ClauseDef::requirement(
        "8.3.4",
        "Kiểm soát thiết kế và phát triển",
        "Design and development controls",
    ),
    ClauseDef::requirement(
        "8.3.5",
        "Đầu ra của thiết kế và phát triển",
        "Design and development outputs",
    ),
    ClauseDef::requirement(
        "8.3.6",
        "Thay đổi thiết kế và phát triển",
        "Design and development changes",
    ),
    ClauseDef::heading(
        "8.4",
        "Kiểm soát quá trình, sản phẩm và dịch vụ do bên ngoài cung cấp",
        "Control of externally provided processes, products and services",
    ),
    ClauseDef::requirement("8.4.1", "Khái quát", "General"),
    ClauseDef::requirement("8.4.2", "Loại hình và mức độ kiểm soát", "Type and extent of control"),
    ClauseDef::requirement(
        "8.4.3",
        "Thông tin cho nhà cung cấp bên ngoài",
        "Information for external providers",
    ),
    ClauseDef::heading("8.5", "Sản xuất và cung cấp dịch vụ", "Production and service provision"),
    ClauseDef::requirement(
        "8.5.1",
        "Kiểm soát sản xuất và cung cấp dịch vụ",
        "Control of production and service provision",
    ),
    ClauseDef::requirement(
        "8.5.2",
        // TCVN ISO 9000 says "xác định nguồn gốc" for traceability, as the
        // 2008 tree's 7.5.3 does; still to be checked against the print.
        "Nhận biết và xác định nguồn gốc",
        "Identification and traceability",
    ),
    ClauseDef::requirement(
        "8.5.3",
        "Tài sản của khách hàng hoặc nhà cung cấp bên ngoài",
        "Property belonging to customers or external providers",
    ),
    ClauseDef::requirement("8.5.4", "Bảo toàn", "Preservation"),
    ClauseDef::requirement("8.5.5", "Hoạt động sau giao hàng", "Post-delivery activities"),
    ClauseDef::requirement("8.5.6", "Kiểm soát thay đổi", "Control of changes"),
    ClauseDef::requirement(
        "8.6",
        "Thông qua sản phẩm và dịch vụ",
        "Release of products and services",
    ),
    ClauseDef::heading("8.7", "Kiểm soát đầu ra không phù hợp", "Control of nonconforming outputs"),
    ClauseDef::untitled("8.7.1"),
    ClauseDef::untitled("8.7.2"),
    ClauseDef::heading("9", "Đánh giá kết quả thực hiện", "Performance evaluation"),
    ClauseDef::heading(
        "9.1",
        "Theo dõi, đo lường, phân tích và đánh giá",
        "Monitoring, measurement, analysis and evaluation",
    ),
    ClauseDef::requirement("9.1.1", "Khái quát", "General"),
    ClauseDef::requirement("9.1.2", "Sự thỏa mãn của khách hàng", "Customer satisfaction"),
    ClauseDef::requirement("9.1.3", "Phân tích và đánh giá", "Analysis and evaluation")
    .changed(&[EditionChange {
        adds_requirement: true,
        summary: Text::new(
            "Đánh giá riêng hiệu lực của hành động giải quyết rủi ro và của hành động giải quyết cơ hội.",
            "Evaluates the effectiveness of actions on risks and of actions on opportunities separately.",
        ),
    }]),
    ClauseDef::heading("9.2", "Đánh giá nội bộ", "Internal audit"),
    ClauseDef::requirement("9.2.1", "Khái quát", "General"),
    ClauseDef::requirement("9.2.2", "Chương trình đánh giá nội bộ", "Internal audit programme"),
    ClauseDef::heading("9.3", "Xem xét của lãnh đạo", "Management review"),
    ClauseDef::requirement("9.3.1", "Khái quát", "General"),
    ClauseDef::requirement("9.3.2", "Đầu vào xem xét của lãnh đạo", "Management review inputs")
        .changed(&[EditionChange {
            adds_requirement: true,
            summary: Text::new(
                "Đầu vào gồm riêng hiệu lực của hành động giải quyết rủi ro và của hành động giải quyết cơ hội.",
                "Inputs include the effectiveness of actions on risks and on opportunities separately.",
            ),
        }]),
    ClauseDef::requirement("9.3.3", "Kết quả xem xét của lãnh đạo", "Management review results"),
    ClauseDef::heading("10", "Cải tiến", "Improvement"),
    ClauseDef::requirement("10.1", "Cải tiến liên tục", "Continual improvement")
        .changed(&[EditionChange {
            adds_requirement: false,
            summary: Text::new(
                "Gộp 10.1 (Khái quát) và 10.3 (Cải tiến liên tục) của phiên bản 2015 và đặt lên đầu điều 10.",
                "Merges 2015's 10.1 (General) and 10.3 (Continual improvement) and comes first in clause 10.",
            ),
        }]),
    ClauseDef::heading(
        "10.2",
        "Sự không phù hợp và hành động khắc phục",
        "Nonconformity and corrective action",
    ),
    ClauseDef::untitled("10.2.1"),
    ClauseDef::untitled("10.2.2"),
];

/// The one-line paraphrase of each clause, in the order of the clauses: kept
/// apart from them, so that a build that never shows them does not carry them.
pub(super) static SUMMARIES: &[(&str, Text)] = &[
    (
        "1",
        Text::new(
            "Nêu đối tượng và mục đích áp dụng tiêu chuẩn cho hệ thống quản lý chất lượng.",
            "States what the standard covers and who can apply it to a quality system.",
        ),
    ),
    (
        "2",
        Text::new(
            "Chỉ dẫn tài liệu cần thiết khi áp dụng, chủ yếu là TCVN ISO 9000:2015.",
            "Points to the document needed to apply the standard, mainly ISO 9000:2015.",
        ),
    ),
    (
        "3",
        Text::new(
            "Sử dụng các thuật ngữ và định nghĩa của TCVN ISO 9000:2015.",
            "Uses the terms and definitions given in ISO 9000:2015.",
        ),
    ),
    (
        "4",
        Text::new(
            "Nhóm các điều về bối cảnh, các bên quan tâm, phạm vi và các quá trình.",
            "Groups clauses on context, interested parties, scope and processes.",
        ),
    ),
    (
        "4.1",
        Text::new(
            "Nhận diện, theo dõi yếu tố bên trong, bên ngoài tác động đến định hướng của tổ chức.",
            "Identify and track internal and external factors bearing on the organization's aims.",
        ),
    ),
    (
        "4.2",
        Text::new(
            "Xác định các bên quan tâm có liên quan, yêu cầu của họ và cập nhật định kỳ.",
            "Identify relevant interested parties and their requirements; review them regularly.",
        ),
    ),
    (
        "4.3",
        Text::new(
            "Xác định ranh giới hệ thống bằng văn bản và lý giải mọi yêu cầu không áp dụng.",
            "Fix the system's boundaries in writing and justify any requirement not applied.",
        ),
    ),
    (
        "4.4",
        Text::new(
            "Nhóm các điều về thiết lập, vận hành và cải tiến các quá trình của hệ thống.",
            "Groups clauses on establishing, running and improving the system's processes.",
        ),
    ),
    (
        "4.4.1",
        Text::new(
            "Xác định quá trình: đầu vào, đầu ra, trình tự, tiêu chí, nguồn lực, trách nhiệm, rủi ro.",
            "Define processes: inputs, outputs, sequence, criteria, resources, owners and risks.",
        ),
    ),
    (
        "4.4.2",
        Text::new(
            "Duy trì thông tin hỗ trợ quá trình; lưu bằng chứng quá trình làm đúng hoạch định.",
            "Keep documents supporting processes and records showing they ran as planned.",
        ),
    ),
    (
        "5",
        Text::new(
            "Nhóm các điều về vai trò lãnh đạo, chính sách và phân công trách nhiệm.",
            "Groups clauses on top management's role, policy and assignment of responsibilities.",
        ),
    ),
    (
        "5.1",
        Text::new(
            "Nhóm các điều về cam kết của lãnh đạo cao nhất với hệ thống và khách hàng.",
            "Groups clauses on top management's commitment to the system and to customers.",
        ),
    ),
    (
        "5.1.1",
        Text::new(
            "Lãnh đạo cao nhất chịu trách nhiệm giải trình và thúc đẩy hiệu lực của hệ thống.",
            "Top management is accountable for the system and actively drives its effectiveness.",
        ),
    ),
    (
        "5.1.2",
        Text::new(
            "Lãnh đạo bảo đảm đáp ứng yêu cầu, hướng tới nâng cao sự thỏa mãn của khách hàng.",
            "Top management keeps customer requirements met and customer satisfaction central.",
        ),
    ),
    (
        "5.2",
        Text::new(
            "Nhóm các điều về xây dựng và phổ biến chính sách chất lượng.",
            "Groups clauses on setting and communicating the quality policy.",
        ),
    ),
    (
        "5.2.1",
        Text::new(
            "Xây dựng chính sách chất lượng hợp định hướng, làm khung cho mục tiêu và cam kết.",
            "Set a quality policy suited to the organization's direction, framing its objectives.",
        ),
    ),
    (
        "5.2.2",
        Text::new(
            "Chính sách được lập thành văn bản, phổ biến nội bộ và sẵn có cho bên liên quan.",
            "Document the policy, make it understood internally and available to relevant parties.",
        ),
    ),
    (
        "5.3",
        Text::new(
            "Phân công, thông báo và làm rõ trách nhiệm, quyền hạn cho các vai trò liên quan.",
            "Assign and communicate responsibilities and authorities for relevant roles.",
        ),
    ),
    (
        "6",
        Text::new(
            "Nhóm các điều về rủi ro, cơ hội, mục tiêu chất lượng và thay đổi.",
            "Groups clauses on risks, opportunities, quality objectives and changes.",
        ),
    ),
    (
        "6.1",
        Text::new(
            "Nhóm các điều về nhận diện và xử lý rủi ro, cơ hội.",
            "Groups clauses on identifying and addressing risks and opportunities.",
        ),
    ),
    (
        "6.1.1",
        Text::new(
            "Từ bối cảnh và các bên quan tâm, xác định rủi ro và cơ hội cần giải quyết.",
            "From context and interested parties, determine risks and opportunities to address.",
        ),
    ),
    (
        "6.1.2",
        Text::new(
            "Hoạch định hành động tương xứng với rủi ro, tích hợp vào quá trình và đánh giá hiệu lực.",
            "Plan actions proportionate to risks, build them into processes, check they worked.",
        ),
    ),
    (
        "6.1.3",
        Text::new(
            "Xem xét và hoạch định hành động nắm bắt cơ hội, tích hợp vào quá trình và đánh giá.",
            "Consider and plan actions to take up opportunities, build them in and evaluate them.",
        ),
    ),
    (
        "6.2",
        Text::new(
            "Nhóm các điều về đặt mục tiêu chất lượng và kế hoạch thực hiện.",
            "Groups clauses on setting quality objectives and planning how to reach them.",
        ),
    ),
    (
        "6.2.1",
        Text::new(
            "Đặt mục tiêu chất lượng đo được, được theo dõi, phổ biến và lập thành văn bản.",
            "Set measurable quality objectives; monitor, communicate and document them.",
        ),
    ),
    (
        "6.2.2",
        Text::new(
            "Kế hoạch nêu rõ việc cần làm, nguồn lực, người phụ trách, thời hạn, cách đánh giá.",
            "Plans state tasks, resources, owner, deadline and how results will be evaluated.",
        ),
    ),
    (
        "6.3",
        Text::new(
            "Thay đổi hệ thống được hoạch định, cân nhắc mục đích, hệ quả, nguồn lực, trách nhiệm.",
            "Plan system changes, weighing purpose, consequences, resources and responsibilities.",
        ),
    ),
    (
        "7",
        Text::new(
            "Nhóm các điều về nguồn lực, năng lực, nhận thức, trao đổi thông tin và thông tin dạng văn bản.",
            "Groups clauses on resources, competence, awareness, communication and documented information.",
        ),
    ),
    (
        "7.1",
        Text::new(
            "Nhóm các điều về nguồn lực cần cho hệ thống quản lý chất lượng.",
            "Groups clauses on the resources the quality system needs.",
        ),
    ),
    (
        "7.1.1",
        Text::new(
            "Xác định và bố trí nguồn lực, cân nhắc khả năng nội bộ và nguồn bên ngoài.",
            "Determine and provide resources, weighing internal capacity and external supply.",
        ),
    ),
    (
        "7.1.2",
        Text::new(
            "Bố trí đủ nhân sự để vận hành hệ thống và kiểm soát các quá trình.",
            "Staff the system and its processes with enough people.",
        ),
    ),
    (
        "7.1.3",
        Text::new(
            "Xác định, cung cấp và bảo trì cơ sở hạ tầng cần cho các quá trình.",
            "Determine, provide and maintain the infrastructure that processes need.",
        ),
    ),
    (
        "7.1.4",
        Text::new(
            "Bảo đảm môi trường làm việc phù hợp về xã hội, tâm lý và vật lý.",
            "Provide a suitable social, psychological and physical working environment.",
        ),
    ),
    (
        "7.1.5",
        Text::new(
            "Nhóm các điều về phương tiện theo dõi, đo lường và liên kết chuẩn.",
            "Groups clauses on monitoring and measuring means and traceability.",
        ),
    ),
    (
        "7.1.5.1",
        Text::new(
            "Phương tiện theo dõi, đo lường phải phù hợp mục đích, được duy trì và có hồ sơ.",
            "Monitoring and measuring means are fit for purpose, kept so, and recorded.",
        ),
    ),
    (
        "7.1.5.2",
        Text::new(
            "Khi cần liên kết chuẩn, thiết bị đo được hiệu chuẩn, nhận biết và bảo vệ.",
            "Where traceability is needed, calibrate, identify and safeguard measuring equipment.",
        ),
    ),
    (
        "7.1.6",
        Text::new(
            "Nhận diện, gìn giữ và bổ sung tri thức cần để vận hành các quá trình.",
            "Identify, preserve and extend the know-how needed to run processes.",
        ),
    ),
    (
        "7.2",
        Text::new(
            "Xác định năng lực cần có, bảo đảm nhân sự đạt, bù đắp thiếu hụt và lưu bằng chứng.",
            "Define needed competence, ensure people have it, close gaps and keep evidence.",
        ),
    ),
    (
        "7.3",
        Text::new(
            "Người lao động hiểu chính sách, mục tiêu, vai trò của mình và hậu quả khi không tuân thủ.",
            "People know the policy, objectives, their own contribution and the cost of failure.",
        ),
    ),
    (
        "7.4",
        Text::new(
            "Xác định nội dung, thời điểm, đối tượng, cách thức và người trao đổi thông tin.",
            "Decide what, when, with whom, how and by whom to communicate.",
        ),
    ),
    (
        "7.5",
        Text::new(
            "Nhóm các điều về thông tin dạng văn bản của hệ thống.",
            "Groups clauses on the system's documented information.",
        ),
    ),
    (
        "7.5.1",
        Text::new(
            "Hệ thống gồm thông tin dạng văn bản do tiêu chuẩn yêu cầu và do tổ chức thấy cần thiết.",
            "The system includes documented information required by the standard and by the organization.",
        ),
    ),
    (
        "7.5.2",
        Text::new(
            "Thông tin dạng văn bản được nhận biết, trình bày phù hợp, được xem xét và phê duyệt.",
            "Documented information is identified, suitably formatted, reviewed and approved.",
        ),
    ),
    (
        "7.5.3",
        Text::new(
            "Nhóm các điều về kiểm soát thông tin dạng văn bản.",
            "Groups clauses on controlling documented information.",
        ),
    ),
    (
        "7.5.3.1",
        Text::new(
            "Thông tin dạng văn bản sẵn có ở nơi cần dùng và được bảo vệ thích đáng.",
            "Documented information is available where needed and adequately protected.",
        ),
    ),
    (
        "7.5.3.2",
        Text::new(
            "Kiểm soát phân phối, lưu trữ, thay đổi, thời hạn lưu giữ và tài liệu bên ngoài.",
            "Control distribution, storage, changes, retention and documents of external origin.",
        ),
    ),
    (
        "8",
        Text::new(
            "Nhóm các điều về hoạch định, cung cấp và kiểm soát sản phẩm, dịch vụ.",
            "Groups clauses on planning, delivering and controlling products and services.",
        ),
    ),
    (
        "8.1",
        Text::new(
            "Hoạch định, thực hiện và kiểm soát các quá trình tạo ra sản phẩm, dịch vụ.",
            "Plan, carry out and control the processes that deliver products and services.",
        ),
    ),
    (
        "8.2",
        Text::new(
            "Nhóm các điều về xác định, xem xét và thay đổi yêu cầu sản phẩm, dịch vụ.",
            "Groups clauses on setting, reviewing and changing product and service requirements.",
        ),
    ),
    (
        "8.2.1",
        Text::new(
            "Trao đổi với khách hàng về thông tin, yêu cầu, phản hồi, khiếu nại và tài sản.",
            "Keep customers informed; handle enquiries, feedback, complaints and their property.",
        ),
    ),
    (
        "8.2.2",
        Text::new(
            "Xác định yêu cầu đối với sản phẩm, dịch vụ, kể cả yêu cầu của pháp luật.",
            "Define product and service requirements, including legal and regulatory ones.",
        ),
    ),
    (
        "8.2.3",
        Text::new(
            "Nhóm các điều về xem xét yêu cầu trước khi cam kết cung cấp.",
            "Groups clauses on reviewing requirements before committing to supply.",
        ),
    ),
    (
        "8.2.3.1",
        Text::new(
            "Xem xét khả năng đáp ứng yêu cầu trước khi cam kết cung cấp cho khách hàng.",
            "Check that requirements can be met before committing to supply.",
        ),
    ),
    (
        "8.2.3.2",
        Text::new(
            "Lưu kết quả xem xét và mọi yêu cầu mới phát sinh.",
            "Keep records of review results and of any new requirements.",
        ),
    ),
    (
        "8.2.4",
        Text::new(
            "Khi yêu cầu thay đổi, cập nhật thông tin dạng văn bản và báo cho người liên quan.",
            "When requirements change, update the documented information and inform the people concerned.",
        ),
    ),
    (
        "8.3",
        Text::new(
            "Nhóm các điều về thiết kế và phát triển sản phẩm, dịch vụ.",
            "Groups clauses on designing and developing products and services.",
        ),
    ),
    (
        "8.3.1",
        Text::new(
            "Thiết lập và duy trì quá trình thiết kế và phát triển phù hợp.",
            "Set up and keep a suitable design and development process.",
        ),
    ),
    (
        "8.3.2",
        Text::new(
            "Xác định giai đoạn, biện pháp kiểm soát, trách nhiệm và nguồn lực cho thiết kế.",
            "Plan design stages, controls, responsibilities and resources.",
        ),
    ),
    (
        "8.3.3",
        Text::new(
            "Xác định đầu vào thiết kế đầy đủ, rõ ràng, giải quyết mâu thuẫn và lưu hồ sơ.",
            "Determine complete, unambiguous design inputs, resolve conflicts and keep records.",
        ),
    ),
    (
        "8.3.4",
        Text::new(
            "Kiểm soát thiết kế qua xem xét, kiểm tra xác nhận, xác nhận giá trị sử dụng.",
            "Control design through reviews, verification and validation, with records.",
        ),
    ),
    (
        "8.3.5",
        Text::new(
            "Đầu ra thiết kế đáp ứng đầu vào, đủ cho các quá trình sau và có hồ sơ.",
            "Design outputs meet inputs, suffice for later processes and are recorded.",
        ),
    ),
    (
        "8.3.6",
        Text::new(
            "Nhận biết, xem xét, kiểm soát thay đổi thiết kế và lưu hồ sơ.",
            "Identify, review and control design changes, and keep records.",
        ),
    ),
    (
        "8.4",
        Text::new(
            "Nhóm các điều về kiểm soát phần việc do bên ngoài cung cấp.",
            "Groups clauses on controlling what external providers supply.",
        ),
    ),
    (
        "8.4.1",
        Text::new(
            "Bảo đảm phần bên ngoài cung cấp đạt yêu cầu; đánh giá, chọn, theo dõi nhà cung cấp.",
            "Ensure externally provided items conform; evaluate, select and monitor providers.",
        ),
    ),
    (
        "8.4.2",
        Text::new(
            "Mức độ kiểm soát nhà cung cấp tương xứng với ảnh hưởng của họ đến đầu ra.",
            "Set controls over providers in proportion to their impact on outputs.",
        ),
    ),
    (
        "8.4.3",
        Text::new(
            "Thông báo đầy đủ yêu cầu cho nhà cung cấp bên ngoài trước khi giao việc.",
            "Give external providers complete requirements before engaging them.",
        ),
    ),
    (
        "8.5",
        Text::new(
            "Nhóm các điều về kiểm soát sản xuất và cung cấp dịch vụ.",
            "Groups clauses on controlling production and service delivery.",
        ),
    ),
    (
        "8.5.1",
        Text::new(
            "Cung cấp sản phẩm, dịch vụ trong điều kiện được kiểm soát.",
            "Deliver products and services under controlled conditions.",
        ),
    ),
    (
        "8.5.2",
        Text::new(
            "Nhận biết đầu ra và tình trạng kiểm tra; bảo đảm truy xuất khi có yêu cầu.",
            "Identify outputs and their status; ensure traceability where required.",
        ),
    ),
    (
        "8.5.3",
        Text::new(
            "Gìn giữ tài sản của khách hàng, nhà cung cấp; báo lại khi mất mát, hư hỏng.",
            "Safeguard customer or provider property; report any loss or damage.",
        ),
    ),
    (
        "8.5.4",
        Text::new(
            "Bảo vệ đầu ra khỏi hư hại, nhầm lẫn trong suốt quá trình thực hiện.",
            "Keep outputs from damage or mix-up throughout delivery.",
        ),
    ),
    (
        "8.5.5",
        Text::new(
            "Thực hiện hỗ trợ sau giao hàng theo pháp luật, nhu cầu khách hàng và rủi ro.",
            "Carry out after-delivery support in line with law, customer needs and risks.",
        ),
    ),
    (
        "8.5.6",
        Text::new(
            "Xem xét, kiểm soát thay đổi trong sản xuất, cung cấp dịch vụ và lưu hồ sơ.",
            "Review and control changes in delivery, and keep records.",
        ),
    ),
    (
        "8.6",
        Text::new(
            "Chỉ chuyển giao khi đã kiểm tra xác nhận đạt yêu cầu; ghi nhận người thông qua.",
            "Verify conformity before handover and record who authorised release.",
        ),
    ),
    (
        "8.7",
        Text::new(
            "Nhóm các điều về xử lý đầu ra không phù hợp.",
            "Groups clauses on handling nonconforming outputs.",
        ),
    ),
    (
        "8.7.1",
        Text::new(
            "Nhận biết, cách ly, khắc phục đầu ra không phù hợp hoặc chấp nhận có nhân nhượng.",
            "Identify, segregate and correct nonconforming outputs, or accept them by concession.",
        ),
    ),
    (
        "8.7.2",
        Text::new(
            "Lưu hồ sơ về sự không phù hợp, hành động, nhân nhượng và người quyết định.",
            "Record the nonconformity, actions, concessions and who decided.",
        ),
    ),
    (
        "9",
        Text::new(
            "Nhóm các điều về theo dõi, đánh giá nội bộ và xem xét của lãnh đạo.",
            "Groups clauses on monitoring, internal audit and management review.",
        ),
    ),
    (
        "9.1",
        Text::new(
            "Nhóm các điều về theo dõi, đo lường, phân tích và đánh giá.",
            "Groups clauses on monitoring, measurement, analysis and evaluation.",
        ),
    ),
    (
        "9.1.1",
        Text::new(
            "Xác định nội dung, cách thức, thời điểm theo dõi và đánh giá kết quả hệ thống.",
            "Decide what to monitor, how and when, and evaluate system performance.",
        ),
    ),
    (
        "9.1.2",
        Text::new(
            "Theo dõi cảm nhận của khách hàng về mức độ đáp ứng nhu cầu.",
            "Track how customers perceive their needs are being met.",
        ),
    ),
    (
        "9.1.3",
        Text::new(
            "Phân tích dữ liệu để đánh giá sự phù hợp, hiệu lực và nhu cầu cải tiến.",
            "Analyse data to judge conformity, effectiveness and where to improve.",
        ),
    ),
    (
        "9.2",
        Text::new(
            "Nhóm các điều về đánh giá nội bộ.",
            "Groups clauses on internal audit.",
        ),
    ),
    (
        "9.2.1",
        Text::new(
            "Đánh giá nội bộ định kỳ xem hệ thống có phù hợp và vận hành hiệu lực không.",
            "Audit the system periodically for conformity and effective operation.",
        ),
    ),
    (
        "9.2.2",
        Text::new(
            "Lập chương trình đánh giá, chọn chuyên gia khách quan, báo cáo kết quả, lưu hồ sơ.",
            "Run an audit programme with impartial auditors, report results and keep records.",
        ),
    ),
    (
        "9.3",
        Text::new(
            "Nhóm các điều về xem xét của lãnh đạo.",
            "Groups clauses on management review.",
        ),
    ),
    (
        "9.3.1",
        Text::new(
            "Lãnh đạo cao nhất định kỳ xem xét để hệ thống luôn phù hợp, thỏa đáng và có hiệu lực.",
            "Top management reviews the system at planned intervals so it stays suitable, adequate and effective.",
        ),
    ),
    (
        "9.3.2",
        Text::new(
            "Cuộc xem xét cân nhắc kết quả, thay đổi, nguồn lực, rủi ro và cơ hội cải tiến.",
            "The review considers performance, changes, resources, risks and improvement chances.",
        ),
    ),
    (
        "9.3.3",
        Text::new(
            "Kết quả xem xét gồm quyết định cải tiến, thay đổi, nguồn lực và được lưu hồ sơ.",
            "Review outputs cover improvement, change and resource decisions, and are recorded.",
        ),
    ),
    (
        "10",
        Text::new(
            "Nhóm các điều về khắc phục sự không phù hợp và cải tiến.",
            "Groups clauses on correcting nonconformities and improving.",
        ),
    ),
    (
        "10.1",
        Text::new(
            "Tìm cơ hội cải tiến và không ngừng cải tiến hệ thống, dựa trên phân tích và xem xét.",
            "Find improvement opportunities and keep improving the system, drawing on analysis.",
        ),
    ),
    (
        "10.2",
        Text::new(
            "Nhóm các điều về sự không phù hợp và hành động khắc phục.",
            "Groups clauses on nonconformity and corrective action.",
        ),
    ),
    (
        "10.2.1",
        Text::new(
            "Xử lý sự không phù hợp, tìm nguyên nhân, khắc phục, xem hiệu lực, cập nhật rủi ro.",
            "Handle the nonconformity, find its cause, act, check effectiveness, update risks.",
        ),
    ),
    (
        "10.2.2",
        Text::new(
            "Lưu bằng chứng về sự không phù hợp, hành động đã thực hiện và kết quả.",
            "Keep evidence of nonconformities, actions taken and their results.",
        ),
    ),
];
