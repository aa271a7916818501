//! What a third field test asked of the reader (forms printed in full
//! after the procedure, positions that end in a role's word, a register
//! form's column numbers): `tests/corpus/docx/pending/field3`.

use super::*;

fn bold(t: &str) -> Block {
    Block::Para(Para { text: t.into(), bold: true, ..Para::default() })
}

/// The forms printed in full after the records ("PHỤ LỤC", "Mẫu 01" …,
/// their numbered lines and their tables) are no records of the
/// procedure; neither is the row numbering a table's columns.
#[test]
fn an_appendix_of_forms_ends_the_procedure() {
    let records = table(&[
        &["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        &["(1)", "(2)", "(3)", "(4)", "(5)"],
        &["1", "Sổ theo dõi PAKN", "Phòng Giám sát, Kiểm tra", "Trung tâm", "05 năm"],
    ]);
    let register = table(&[
        &["STT", "Ngày tiếp nhận", "Nội dung", "Kết quả xử lý"],
        &["(1)", "(2)", "(3)", "(4)"],
        &["", "", "", ""],
    ]);
    for appendix in ["PHỤ LỤC", "8. PHỤ LỤC"] {
        let body = [
            bold("7. HỒ SƠ CẦN LƯU"),
            Block::Table(records.clone()),
            bold(appendix),
            bold("CÁC BIỂU MẪU KÈM THEO QUY TRÌNH QT.TTPV.05"),
            bold("Mẫu 02"),
            p("1. Họ và tên người phản ánh: ……"),
            Block::Table(register.clone()),
        ];
        let names: Vec<String> = doc(&body).records.unwrap().into_iter().map(|r| r.name).collect();
        assert_eq!(names, ["Sổ theo dõi PAKN"], "{appendix}");
    }
    // Before any section, "PHỤ LỤC" heads an annex: it is read.
    let annex = [bold("PHỤ LỤC"), bold("7. HỒ SƠ CẦN LƯU"), Block::Table(records)];
    assert_eq!(doc(&annex).records.map(|r| r.len()), Some(1));
}

/// "Chuyên viên Phòng Giám sát, Kiểm tra" is a position, not the role
/// "Kiểm tra": the grid's roles are its row labels.
#[test]
fn a_position_ending_in_a_role_word_labels_no_role() {
    let grid = table(&[
        &["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
        &[
            "Soạn thảo",
            "Nguyễn Thị Hồng Nhung",
            "Chuyên viên Phòng Giám sát, Kiểm tra",
            "",
            "20/10/2026",
        ],
        &["Kiểm tra", "Vũ Đình Toàn", "Trưởng phòng Giám sát, Kiểm tra", "", "27/10/2026"],
        &["Phê duyệt", "Lại Thế Cường", "Giám đốc Trung tâm", "", "03/11/2026"],
    ]);
    let d = doc(&[p("QUY TRÌNH TIẾP NHẬN PHẢN ÁNH"), p("Mã hiệu: QT.TTPV.05"), Block::Table(grid)]);
    let name = |s: &Option<crate::documents::Signature>| s.as_ref().and_then(|s| s.name.clone());
    assert_eq!(name(&d.signatures.drafted).as_deref(), Some("Nguyễn Thị Hồng Nhung"));
    assert_eq!(name(&d.signatures.reviewed).as_deref(), Some("Vũ Đình Toàn"));
    assert_eq!(name(&d.signatures.approved).as_deref(), Some("Lại Thế Cường"));
}

/// Word's table of contents ("1. MỤC ĐÍCH … 3", styles TOC1, TOC2) opens
/// no section: its last line "7. HỒ SƠ CẦN LƯU 6" does not make the next
/// caption a record.
#[test]
fn a_table_of_contents_opens_no_section() {
    let toc = |t: &str| {
        Block::Para(Para { text: t.into(), style: Some("TOC1".into()), ..Para::default() })
    };
    let body = [
        p("QUY TRÌNH QUẢN LÝ RỦI RO VÀ CƠ HỘI"),
        toc("1. MỤC ĐÍCH 3"),
        toc("7. HỒ SƠ CẦN LƯU 6"),
        bold("SỬA ĐỔI TÀI LIỆU"),
        bold("1. MỤC ĐÍCH"),
        p("Quy định cách thức xác định, đánh giá và xử lý rủi ro."),
    ];
    let d = doc(&body);
    assert_eq!(d.records, None);
    assert_eq!(
        d.purpose.as_deref(),
        Some("Quy định cách thức xác định, đánh giá và xử lý rủi ro.")
    );
}

/// Steps as numbered sub-headings, each followed by who does it and how
/// long ("5.1. Thiết lập bối cảnh …", "Trách nhiệm: …", "Thời gian: …").
#[test]
fn sub_headings_with_a_steps_lines_are_steps() {
    let body = [
        bold("5. NỘI DUNG QUY TRÌNH"),
        p("Việc đánh giá rủi ro được thực hiện định kỳ 01 lần/năm."),
        p("5.1. Thiết lập bối cảnh, nhận diện rủi ro và cơ hội"),
        p("Trách nhiệm: Trưởng các phòng."),
        p("Thời gian: Từ 03 đến 05 ngày làm việc."),
        p("Biểu mẫu: BM-VP-08-01."),
        p("Nội dung: Mỗi phòng nhận diện rủi ro, cơ hội."),
        p("5.2. Lập Sổ đăng ký rủi ro và cơ hội"),
        p("Trách nhiệm: Thư ký ISO."),
        p("Thời gian: 05 ngày làm việc."),
    ];
    let d = doc(&body);
    let steps: Vec<_> = d
        .steps
        .unwrap()
        .into_iter()
        .map(|s| (s.action.unwrap(), s.responsible.unwrap(), s.duration.map(|d| d.value), s.forms))
        .collect();
    assert_eq!(
        steps,
        [
            (
                "Thiết lập bối cảnh, nhận diện rủi ro và cơ hội".to_owned(),
                "Trưởng các phòng".to_owned(),
                Some(5.0),
                vec!["BM-VP-08-01".to_owned()]
            ),
            (
                "Lập Sổ đăng ký rủi ro và cơ hội".to_owned(),
                "Thư ký ISO".to_owned(),
                Some(5.0),
                vec![]
            ),
        ]
    );
}

/// A legal basis listed as Word lists it: its lead-in, the articles under
/// a document, the closing line and the lead-in ending an item are no
/// bases.
#[test]
fn a_listed_legal_basis_has_documents_only() {
    let body = [
        bold("3. CĂN CỨ PHÁP LÝ"),
        p("Quy trình này được xây dựng căn cứ các văn bản sau đây:"),
        p("Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015, trong đó:"),
        p("Mục 4 Chương III, từ Điều 46 đến Điều 63 về giám hộ;"),
        p("Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014, trong đó:"),
        p("Điều 20 về thủ tục đăng ký giám hộ cử;"),
        p("Căn cứ các văn bản nêu trên, quy trình này được áp dụng thống nhất tại phường."),
    ];
    let bases: Vec<_> = doc(&body)
        .legal_basis
        .unwrap()
        .into_iter()
        .map(|b| (b.number, b.title.unwrap_or_default()))
        .collect();
    assert_eq!(
        bases,
        [
            ("91/2015/QH13".to_owned(), "Bộ luật Dân sự".to_owned()),
            ("60/2014/QH13".to_owned(), "Luật Hộ tịch".to_owned())
        ]
    );
}

/// Two review columns, "NGƯỜI KIỂM TRA" then "NGƯỜI THẨM ĐỊNH": the
/// reviewer is the last before the approval, the thẩm định.
#[test]
fn the_last_review_before_approval_is_the_reviewer() {
    let grid = table(&[
        &["", "NGƯỜI SOẠN THẢO", "NGƯỜI KIỂM TRA", "NGƯỜI THẨM ĐỊNH", "NGƯỜI PHÊ DUYỆT"],
        &["Họ và tên", "Mai Thị Kiều Oanh", "Lâm Văn Đức", "Phan Thanh Bình", "Huỳnh Văn Trí"],
        &["Chức vụ", "Công chức", "Phó Chánh Văn phòng", "Chánh Văn phòng", "PHÓ CHỦ TỊCH"],
        &["Ngày", "04/11/2026", "09/11/2026", "12/11/2026", "14/11/2026"],
    ]);
    let d = doc(&[p("QUY TRÌNH SỬA LỖI SAI SÓT TRONG GIAO DỊCH"), Block::Table(grid)]);
    let reviewed = d.signatures.reviewed.unwrap();
    assert_eq!(reviewed.name.as_deref(), Some("Phan Thanh Bình"));
    assert_eq!(reviewed.date, NaiveDate::from_ymd_opt(2026, 11, 12));
    assert_eq!(d.signatures.drafted.unwrap().name.as_deref(), Some("Mai Thị Kiều Oanh"));
}
