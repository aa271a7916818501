//! What a fourth field test asked of the reader (phases and their
//! sub-totals inside a step table, bilingual labels, a code with spaces,
//! "Kể từ ngày ký", a records list's lead-in): `tests/corpus/docx/pending/field4`.

use super::*;

fn bold(t: &str) -> Block {
    Block::Para(Para { text: t.into(), bold: true, ..Para::default() })
}

/// Phase rows ("I | TIẾP NHẬN HỒ SƠ") and their sub-totals ("Cộng giai
/// đoạn I") are no steps: the steps add up to the limit.
#[test]
fn phases_and_their_sub_totals_are_no_steps() {
    let steps = table(&[
        &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["I", "TIẾP NHẬN HỒ SƠ", "TIẾP NHẬN HỒ SƠ", "TIẾP NHẬN HỒ SƠ"],
        &["1", "Tiếp nhận, kiểm tra hồ sơ", "Công chức một cửa", "04 giờ làm việc"],
        &["", "Cộng giai đoạn I", "", "04 giờ làm việc"],
        &["II", "XỬ LÝ HỒ SƠ", "", ""],
        &["2", "Thẩm định, trình ký", "Công chức tư pháp", "16 giờ làm việc"],
        &["", "Cộng giai đoạn II", "", "16 giờ làm việc"],
        &["", "Tổng thời gian giải quyết", "", "20 giờ làm việc"],
    ]);
    let d = doc(&[bold("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps)]);
    let steps: Vec<_> =
        d.steps.unwrap().into_iter().map(|s| (s.order, s.duration.map(|d| d.value))).collect();
    assert_eq!(steps, [(1, Some(4.0)), (2, Some(16.0))]);
    assert_eq!(d.statutory_limit.map(|l| l.value), Some(20.0));
}

/// "Mã hiệu (Code): QT 01/VP", "Lần ban hành (Issue): 02", "Ngày hiệu
/// lực: Kể từ ngày ký": the code with its spaces, the issue, and the
/// approval's date as the effective date.
#[test]
fn bilingual_labels_a_spaced_code_and_in_force_from_signing() {
    let grid = table(&[
        &["", "Soạn thảo", "Kiểm tra", "Phê duyệt"],
        &["Họ và tên", "Lê Thị Hoa", "Trần Văn Nam", "Nguyễn Hữu Phước"],
        &["Ngày", "01/11/2026", "03/11/2026", "05/11/2026"],
    ]);
    let d = doc(&[
        p("QUY TRÌNH QUẢN LÝ VĂN BẢN ĐI, ĐẾN"),
        p("Mã hiệu (Code): QT 01/VP"),
        p("Lần ban hành (Issue): 02"),
        p("Ngày hiệu lực (Effective date): Kể từ ngày ký"),
        Block::Table(grid),
    ]);
    assert_eq!(d.code, "QT 01/VP");
    assert_eq!(d.issue, 2);
    assert_eq!(d.effective_on, NaiveDate::from_ymd_opt(2026, 11, 5));
    // A code's first word and its parts, not the words after it.
    let d = doc(&[p("QUY TRÌNH X"), p("Mã số: QT.TP.01 Lần ban hành: 01")]);
    assert_eq!(d.code, "QT.TP.01");
}

/// "Các hồ sơ sau đây được lưu:" before the records table is no record.
#[test]
fn a_records_lead_in_is_no_record() {
    let records = table(&[
        &["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        &["1", "Sổ đăng ký văn bản đi", "Văn thư", "Văn phòng", "20 năm"],
    ]);
    let body = [bold("7. HỒ SƠ CẦN LƯU"), p("Các hồ sơ sau đây được lưu:"), Block::Table(records)];
    assert_eq!(doc(&body).records.map(|r| r.len()), Some(1));
}

/// Forms a step names outside a forms column: in a "Ghi chú" cell, in its
/// own text when the form is listed, "BM 01/VP" with its space.
#[test]
fn forms_named_outside_a_forms_column() {
    assert_eq!(super::super::values::form_codes("BM 01/VP, BM 02/VP"), ["BM 01/VP", "BM 02/VP"]);
    let steps = table(&[
        &["TT", "Nội dung công việc", "Thời gian", "Trách nhiệm", "Ghi chú"],
        &["1", "Tiếp nhận hồ sơ, lập Phiếu theo Mẫu 01", "0,5 ngày làm việc", "Công chức", ""],
        &["2", "Thẩm định hồ sơ", "01 ngày làm việc", "Công chức tư pháp", "Mẫu 02"],
    ]);
    let body = [
        bold("5. NỘI DUNG QUY TRÌNH"),
        Block::Table(steps),
        bold("6. BIỂU MẪU"),
        p("Mẫu 01: Phiếu tiếp nhận"),
        p("Mẫu 02: Phiếu kiểm soát"),
    ];
    let forms: Vec<Vec<String>> = doc(&body).steps.unwrap().into_iter().map(|s| s.forms).collect();
    assert_eq!(forms, [vec!["Mẫu 01".to_owned()], vec!["Mẫu 02".to_owned()]]);
}

/// Parts "a)", "b)" under a step's row spanning the table, done "đồng
/// thời": one step, both who act, its time counted once.
#[test]
fn parallel_parts_are_one_step_timed_once() {
    let span =
        "Xử lý hồ sơ: thực hiện đồng thời các công việc a) và b) dưới đây (16 giờ làm việc).";
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc", "Mẫu 01"],
        &["2", span, span, span, span],
        &["a)", "Kiểm tra hồ sơ", "Công chức tư pháp", "16 giờ làm việc", "Mẫu 06"],
        &[
            "b)",
            "Tra cứu Sổ đăng ký",
            "Công chức văn thư",
            "16 giờ làm việc",
            "Mẫu 06; văn bản xác nhận",
        ],
        &["3", "Trả kết quả", "Công chức một cửa", "04 giờ làm việc", "Mẫu 06"],
    ]);
    let d = doc(&[bold("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps)]);
    let steps = d.steps.unwrap();
    assert_eq!(steps.len(), 3);
    let two = &steps[1];
    assert_eq!(
        two.action.as_deref(),
        Some("Xử lý hồ sơ: thực hiện đồng thời các công việc a) và b) dưới đây. a) Kiểm tra hồ sơ b) Tra cứu Sổ đăng ký")
    );
    assert_eq!(two.responsible.as_deref(), Some("Công chức tư pháp; Công chức văn thư"));
    assert_eq!(two.duration.map(|d| d.value), Some(16.0));
    assert_eq!(two.forms, ["Mẫu 06"]);
    assert_eq!(two.output.as_deref(), Some("văn bản xác nhận"));
}
