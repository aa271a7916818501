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
