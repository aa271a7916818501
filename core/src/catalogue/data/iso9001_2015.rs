//! ISO 9001:2015 (TCVN ISO 9001:2015) with Amd 1:2024. Clause numbers and titles are facts; every
//! summary is our own one-line paraphrase, never the text of the standard.
use crate::catalogue::model::*;
use crate::text::Text;

/// ISO 9001:2015, adopted in Vietnam as TCVN ISO 9001:2015, including Amendment 1:2024
/// (climate change in 4.1 and 4.2).
pub static ISO_9001_2015: EditionDef = EditionDef {
    id: "2015",
    name: "ISO 9001:2015",
    national_name: "TCVN ISO 9001:2015",
    status: EditionStatus::Current,
    international_status: EditionStatus::Superseded,
    previous: Some("2008"),
    note: Text::new(
        "Tiêu chuẩn quốc gia hiện hành. TCVN ISO 9001:2015 được công bố theo Quyết định \
         số 4109/QĐ-BKHCN ngày 31/12/2015. Sửa đổi 1:2024 có hiệu lực ngay khi ban hành; \
         ký hiệu tiêu chuẩn vẫn là ISO 9001:2015. Trên phạm vi quốc tế, ISO 9001:2026 \
         thay thế phiên bản này từ tháng 9/2026 (trong thời gian chuyển đổi).",
        "The national standard in force. TCVN ISO 9001:2015 was published by Decision \
         No. 4109/QĐ-BKHCN of 31/12/2015. Amd 1:2024 took effect on publication; the \
         standard's designation remains ISO 9001:2015. Internationally, ISO 9001:2026 \
         replaces it from September 2026 (during a transition).",
    ),
    amendments: &[AmendmentDef {
        name: "ISO 9001:2015/Amd 1:2024",
        published: "2024-02-23",
        summary: Text::new(
            "Bổ sung yêu cầu xác định biến đổi khí hậu có phải vấn đề liên quan (4.1) \
             và một chú thích về yêu cầu liên quan đến khí hậu của các bên quan tâm (4.2).",
            "Adds a requirement to decide whether climate change is a relevant issue (4.1) \
             and a note that interested parties can have climate-related requirements (4.2).",
        ),
    }],
    clauses: CLAUSES,
    documented_information: DOCUMENTED_INFORMATION,
};

/// Every clause of the 2015 tree (plus the informative clauses 1 to 3), in pre-order.
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
    .amended(&[AmendmentChange {
        amendment: "ISO 9001:2015/Amd 1:2024",
        adds_requirement: true,
        summary: Text::new(
            "Bổ sung yêu cầu xác định biến đổi khí hậu có phải là vấn đề liên quan hay không.",
            "Adds a requirement to decide whether climate change is a relevant issue.",
        ),
    }]),
    ClauseDef::requirement(
        "4.2",
        "Hiểu nhu cầu và mong đợi của các bên quan tâm",
        "Understanding the needs and expectations of interested parties",
    )
    .amended(&[AmendmentChange {
        amendment: "ISO 9001:2015/Amd 1:2024",
        adds_requirement: false,
        summary: Text::new(
            "Thêm chú thích: các bên quan tâm có thể có yêu cầu liên quan đến biến đổi khí hậu.",
            "Adds a note that interested parties can have climate-related requirements.",
        ),
    }]),
    ClauseDef::requirement(
        "4.3",
        "Xác định phạm vi của hệ thống quản lý chất lượng",
        "Determining the scope of the quality management system",
    ),
    ClauseDef::heading(
        "4.4",
        "Hệ thống quản lý chất lượng và các quá trình của hệ thống",
        "Quality management system and its processes",
    ),
    ClauseDef::untitled("4.4.1"),
    ClauseDef::untitled("4.4.2"),
    ClauseDef::heading("5", "Sự lãnh đạo", "Leadership"),
    ClauseDef::heading("5.1", "Sự lãnh đạo và cam kết", "Leadership and commitment"),
    ClauseDef::requirement("5.1.1", "Khái quát", "General"),
    ClauseDef::requirement("5.1.2", "Hướng vào khách hàng", "Customer focus"),
    ClauseDef::heading("5.2", "Chính sách", "Policy"),
    ClauseDef::requirement(
        "5.2.1",
        "Thiết lập chính sách chất lượng",
        "Establishing the quality policy",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "5.2.2",
        "Truyền đạt chính sách chất lượng",
        "Communicating the quality policy",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "5.3",
        "Vai trò, trách nhiệm và quyền hạn trong tổ chức",
        "Organizational roles, responsibilities and authorities",
    ),
    ClauseDef::heading("6", "Hoạch định", "Planning"),
    ClauseDef::heading(
        "6.1",
        "Hành động giải quyết rủi ro và cơ hội",
        "Actions to address risks and opportunities",
    ),
    ClauseDef::untitled("6.1.1"),
    ClauseDef::untitled("6.1.2"),
    ClauseDef::heading(
        "6.2",
        "Mục tiêu chất lượng và hoạch định để đạt được mục tiêu",
        "Quality objectives and planning to achieve them",
    ),
    ClauseDef::untitled("6.2.1"),
    ClauseDef::untitled("6.2.2"),
    ClauseDef::requirement("6.3", "Hoạch định thay đổi", "Planning of changes"),
    ClauseDef::heading("7", "Hỗ trợ", "Support"),
    ClauseDef::heading("7.1", "Nguồn lực", "Resources"),
    ClauseDef::requirement("7.1.1", "Khái quát", "General"),
    ClauseDef::requirement("7.1.2", "Con người", "People").vi_unconfirmed(),
    ClauseDef::requirement("7.1.3", "Cơ sở hạ tầng", "Infrastructure"),
    ClauseDef::requirement(
        "7.1.4",
        "Môi trường cho việc thực hiện các quá trình",
        "Environment for the operation of processes",
    ),
    ClauseDef::heading(
        "7.1.5",
        "Nguồn lực theo dõi và đo lường",
        "Monitoring and measuring resources",
    ),
    ClauseDef::requirement("7.1.5.1", "Khái quát", "General"),
    ClauseDef::requirement("7.1.5.2", "Liên kết chuẩn đo lường", "Measurement traceability"),
    ClauseDef::requirement("7.1.6", "Tri thức của tổ chức", "Organizational knowledge"),
    ClauseDef::requirement("7.2", "Năng lực", "Competence"),
    ClauseDef::requirement("7.3", "Nhận thức", "Awareness"),
    ClauseDef::requirement("7.4", "Trao đổi thông tin", "Communication"),
    ClauseDef::heading("7.5", "Thông tin dạng văn bản", "Documented information"),
    ClauseDef::requirement("7.5.1", "Khái quát", "General"),
    ClauseDef::requirement("7.5.2", "Tạo lập và cập nhật", "Creating and updating"),
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
        "Determining the requirements for products and services",
    ),
    ClauseDef::heading(
        "8.2.3",
        "Xem xét các yêu cầu đối với sản phẩm và dịch vụ",
        "Review of the requirements for products and services",
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
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "8.3.4",
        "Kiểm soát thiết kế và phát triển",
        "Design and development controls",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "8.3.5",
        "Đầu ra của thiết kế và phát triển",
        "Design and development outputs",
    )
    .vi_unconfirmed(),
    ClauseDef::requirement(
        "8.3.6",
        "Thay đổi thiết kế và phát triển",
        "Design and development changes",
    )
    .vi_unconfirmed(),
    ClauseDef::heading(
        "8.4",
        "Kiểm soát quá trình, sản phẩm và dịch vụ do bên ngoài cung cấp",
        "Control of externally provided processes, products and services",
    ),
    ClauseDef::requirement("8.4.1", "Khái quát", "General"),
    ClauseDef::requirement("8.4.2", "Loại hình và mức độ kiểm soát", "Type and extent of control")
        .vi_unconfirmed(),
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
    )
    .vi_unconfirmed(),
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
    ClauseDef::requirement("9.1.3", "Phân tích và đánh giá", "Analysis and evaluation"),
    ClauseDef::heading("9.2", "Đánh giá nội bộ", "Internal audit"),
    ClauseDef::untitled("9.2.1"),
    ClauseDef::untitled("9.2.2"),
    ClauseDef::heading("9.3", "Xem xét của lãnh đạo", "Management review"),
    ClauseDef::requirement("9.3.1", "Khái quát", "General"),
    ClauseDef::requirement("9.3.2", "Đầu vào xem xét của lãnh đạo", "Management review inputs")
        .vi_unconfirmed(),
    ClauseDef::requirement("9.3.3", "Đầu ra xem xét của lãnh đạo", "Management review outputs")
        .vi_unconfirmed(),
    ClauseDef::heading("10", "Cải tiến", "Improvement"),
    ClauseDef::requirement("10.1", "Khái quát", "General"),
    ClauseDef::heading(
        "10.2",
        "Sự không phù hợp và hành động khắc phục",
        "Nonconformity and corrective action",
    ),
    ClauseDef::untitled("10.2.1"),
    ClauseDef::untitled("10.2.2"),
    ClauseDef::requirement("10.3", "Cải tiến liên tục", "Continual improvement"),
];

/// The documented-information table of 2015, in clause order.
pub(super) static DOCUMENTED_INFORMATION: &[DocInfoDef] = &[
    DocInfoDef::new(
        "4.3",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Phạm vi hệ thống, kèm lý giải cho các yêu cầu không áp dụng",
        "System scope, with justification for requirements not applied",
    ),
    DocInfoDef::new(
        "4.4.2",
        DocInfoKind::MaintainAndRetain,
        DocInfoCondition::ToTheExtentNecessary,
        "Thông tin hỗ trợ vận hành quá trình; bằng chứng quá trình được thực hiện như hoạch định",
        "Information supporting processes; evidence that they ran as planned",
    ),
    DocInfoDef::new(
        "5.2.2",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Chính sách chất lượng",
        "Quality policy",
    ),
    DocInfoDef::new(
        "6.2.1",
        DocInfoKind::Maintain,
        DocInfoCondition::Always,
        "Mục tiêu chất lượng",
        "Quality objectives",
    ),
    DocInfoDef::new(
        "7.1.5.1",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bằng chứng phương tiện theo dõi, đo lường phù hợp mục đích",
        "Evidence that monitoring and measuring resources are fit for purpose",
    ),
    DocInfoDef::new(
        "7.1.5.2",
        DocInfoKind::Retain,
        DocInfoCondition::WhenItArises,
        "Căn cứ hiệu chuẩn, khi không có chuẩn đo lường quốc tế hoặc quốc gia để liên kết",
        "Basis for calibration, where no traceable international or national standard exists",
    ),
    DocInfoDef::new(
        "7.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bằng chứng về năng lực",
        "Evidence of competence",
    ),
    DocInfoDef::new(
        "7.5.3.2",
        DocInfoKind::ControlRule,
        DocInfoCondition::Always,
        "Nhận biết, kiểm soát tài liệu bên ngoài; bảo vệ hồ sơ khỏi bị sửa đổi ngoài ý muốn",
        "Identify and control external documents; protect records from unintended change",
    ),
    DocInfoDef::new(
        "8.1",
        DocInfoKind::MaintainAndRetain,
        DocInfoCondition::ToTheExtentNecessary,
        "Thông tin tạo tin cậy rằng quá trình được thực hiện như hoạch định, đầu ra đạt yêu cầu",
        "Information giving confidence that processes ran as planned and outputs conform",
    ),
    DocInfoDef::new(
        "8.2.3.2",
        DocInfoKind::Retain,
        DocInfoCondition::AsApplicable,
        "Kết quả xem xét yêu cầu và các yêu cầu mới",
        "Results of requirement reviews and any new requirements",
    ),
    DocInfoDef::new(
        "8.2.4",
        DocInfoKind::Maintain,
        DocInfoCondition::WhenItArises,
        "Văn bản liên quan được sửa đổi khi yêu cầu thay đổi",
        "Relevant documents amended when requirements change",
    ),
    DocInfoDef::new(
        "8.3.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Thông tin cần để chứng tỏ đã đáp ứng yêu cầu thiết kế và phát triển",
        "Information needed to show that design and development requirements were met",
    ),
    DocInfoDef::new(
        "8.3.3",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Đầu vào thiết kế và phát triển",
        "Design and development inputs",
    ),
    DocInfoDef::new(
        "8.3.4",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Hoạt động kiểm soát thiết kế: xem xét, kiểm tra xác nhận, xác nhận giá trị sử dụng",
        "Design control activities: reviews, verification, validation",
    ),
    DocInfoDef::new(
        "8.3.5",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Đầu ra thiết kế và phát triển",
        "Design and development outputs",
    ),
    DocInfoDef::new(
        "8.3.6",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Thay đổi thiết kế, kết quả xem xét, người phê duyệt và hành động",
        "Design changes, review results, authorisation and actions",
    ),
    DocInfoDef::new(
        "8.4.1",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Đánh giá, lựa chọn, theo dõi và đánh giá lại nhà cung cấp bên ngoài",
        "Evaluation, selection, monitoring and re-evaluation of external providers",
    ),
    DocInfoDef::new(
        "8.5.1",
        DocInfoKind::Maintain,
        DocInfoCondition::AsApplicable,
        "Đặc tính của sản phẩm, dịch vụ, hoạt động và kết quả cần đạt",
        "Characteristics of outputs and activities, and results to be achieved",
    ),
    DocInfoDef::new(
        "8.5.2",
        DocInfoKind::Retain,
        DocInfoCondition::WhenItArises,
        "Thông tin cần để truy xuất nguồn gốc, khi có yêu cầu truy xuất",
        "Information enabling traceability, where traceability is required",
    ),
    DocInfoDef::new(
        "8.5.3",
        DocInfoKind::Retain,
        DocInfoCondition::WhenItArises,
        "Sự việc mất mát, hư hỏng tài sản của khách hàng hoặc nhà cung cấp bên ngoài",
        "Loss of or damage to property of customers or external providers",
    ),
    DocInfoDef::new(
        "8.5.6",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả xem xét thay đổi, người phê duyệt và hành động cần thiết",
        "Change review results, who authorised the change and any needed actions",
    ),
    DocInfoDef::new(
        "8.6",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bằng chứng đạt tiêu chí chấp nhận và người có thẩm quyền thông qua",
        "Evidence of conformity and traceability to the person authorising release",
    ),
    DocInfoDef::new(
        "8.7.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Sự không phù hợp, hành động, nhân nhượng và người có thẩm quyền quyết định",
        "Nonconformity, actions, concessions and the deciding authority",
    ),
    DocInfoDef::new(
        "9.1.1",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bằng chứng về kết quả theo dõi, đo lường, phân tích và đánh giá",
        "Evidence of monitoring, measurement, analysis and evaluation results",
    ),
    DocInfoDef::new(
        "9.2.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bằng chứng thực hiện chương trình đánh giá và kết quả đánh giá",
        "Evidence of audit programme implementation and audit results",
    ),
    DocInfoDef::new(
        "9.3.3",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Kết quả xem xét của lãnh đạo",
        "Results of management reviews",
    ),
    DocInfoDef::new(
        "10.2.2",
        DocInfoKind::Retain,
        DocInfoCondition::Always,
        "Bản chất sự không phù hợp, hành động đã thực hiện và kết quả khắc phục",
        "Nature of nonconformities, actions taken and results of corrective action",
    ),
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
            "Hoạch định hành động tương xứng với rủi ro, cơ hội và đánh giá hiệu lực.",
            "Plan actions proportionate to risks and opportunities, and check that they worked.",
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
            "Tìm và nắm bắt cơ hội cải tiến để nâng cao sự thỏa mãn của khách hàng.",
            "Find and act on improvement opportunities to raise customer satisfaction.",
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
    (
        "10.3",
        Text::new(
            "Không ngừng cải tiến hệ thống, dựa trên kết quả phân tích và xem xét của lãnh đạo.",
            "Keep improving the system, drawing on analysis results and management review.",
        ),
    ),
];
