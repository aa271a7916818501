//! What a field test on new procedures of 2025–2026 asked of the reader
//! (eight Word files written after the two-level reform, each read by a
//! secretary first): a total row "Cộng", a forms table whose code column
//! follows the name, "Người thực hiện" in a step written as paragraphs,
//! a "Sản phẩm" column of forms, a limit with its figure in words.

use super::*;

fn p(t: &str) -> Block {
    Block::Para(Para { text: t.into(), ..Para::default() })
}

fn doc(body: &[Block]) -> crate::documents::ProcedureDocument {
    read(body, &[], 100, &mut Extraction::default()).unwrap()
}

/// Bắc Ninh's layout: the step table ends with "Cộng", the ordinary word
/// for a total, merged over the first three columns. It is no step, and
/// its time is the procedure's when nothing else states one; a step done
/// by "Công chức …" (the same letters without the dot) stays a step.
#[test]
fn a_total_row_labelled_cong_is_no_step() {
    let rows: &[&[&str]] = &[
        &["Thứ tự", "Công việc", "Người thực hiện", "Thời hạn", "Sản phẩm"],
        &[
            "1",
            "Tiếp nhận, kiểm tra hồ sơ",
            "Công chức Trung tâm PVHCC",
            "0,5 ngày làm việc",
            "Mẫu 01, 02, 06",
        ],
        &[
            "2",
            "Kiểm tra, dự thảo trích lục",
            "Công chức tư pháp - hộ tịch",
            "01 ngày làm việc",
            "Mẫu 06",
        ],
        &["3", "Ký trích lục", "Chủ tịch UBND phường", "0,5 ngày làm việc", "Mẫu 06"],
        &[
            "4",
            "Công chức Văn thư đóng dấu, vào sổ",
            "Văn thư UBND phường",
            "0,5 ngày làm việc",
            "Mẫu 06",
        ],
        &["5", "Trả kết quả", "Công chức Trung tâm PVHCC", "0,5 ngày làm việc", "Mẫu 06"],
        &["Cộng", "Cộng", "Cộng", "03 ngày làm việc", ""],
    ];
    let d = doc(&[p("Mã hiệu: QT-HT-05"), p("5. NỘI DUNG QUY TRÌNH"), Block::Table(table(rows))]);
    let steps = d.steps.unwrap();
    assert_eq!(steps.len(), 5, "{steps:?}");
    assert_eq!(steps[3].action.as_deref(), Some("Công chức Văn thư đóng dấu, vào sổ"));
    let limit = d.statutory_limit.map(|l| (l.value, l.unit));
    assert_eq!(limit, Some((3.0, DurationUnit::WorkingDays)));
    // "Sản phẩm" holds the forms each step uses.
    assert_eq!(steps[0].forms, ["Mẫu 01", "Mẫu 02", "Mẫu 06"]);
}

/// A forms table names its columns: "Ký hiệu" or "Mã hiệu" is the code
/// wherever it stands ("Tên biểu mẫu" holds the letters "ma" in "mẫu",
/// and is no code).
#[test]
fn a_forms_code_column_after_the_name_is_the_code() {
    let forms = |head: [&str; 3], row: [&str; 3]| {
        let body = [p("Mã hiệu: QT-TP-07"), p("VI. BIỂU MẪU"), Block::Table(table(&[&head, &row]))];
        doc(&body).forms.unwrap().into_iter().map(|f| (f.code, f.title)).collect::<Vec<_>>()
    };
    let want =
        vec![("Mẫu 01".to_owned(), Some("Giấy tiếp nhận hồ sơ và hẹn trả kết quả".to_owned()))];
    let row = ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Mẫu 01"];
    assert_eq!(forms(["TT", "Tên biểu mẫu", "Ký hiệu"], row), want);
    assert_eq!(forms(["TT", "Tên biểu mẫu", "Mã hiệu"], row), want);
    let row = ["1", "Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"];
    assert_eq!(forms(["TT", "Mã hiệu", "Tên biểu mẫu"], row), want);
    assert_eq!(forms(["STT", "Mã biểu mẫu", "Tên biểu mẫu"], row), want);
}

/// Steps written as paragraphs name who acts as "Người thực hiện" as
/// often as "Trách nhiệm" (Trung tâm Phục vụ hành chính công, số hóa).
#[test]
fn a_paragraph_step_names_who_acts_as_nguoi_thuc_hien() {
    let body = [
        p("Mã hiệu: QT.TT.04"),
        p("5. NỘI DUNG QUY TRÌNH"),
        p("Bước 1. Tiếp nhận hồ sơ giấy"),
        p("- Người thực hiện: Công chức tiếp nhận tại Trung tâm;"),
        p("- Thời gian thực hiện: 15 phút/hồ sơ;"),
        p("- Biểu mẫu: BM.TT.04-01."),
    ];
    let steps = doc(&body).steps.unwrap();
    assert_eq!(steps[0].responsible.as_deref(), Some("Công chức tiếp nhận tại Trung tâm"));
    assert_eq!(
        steps[0].duration.map(|d| (d.value, d.unit)),
        Some((0.25, DurationUnit::WorkingHours))
    );
    assert_eq!(steps[0].forms, ["BM.TT.04-01"]);
}

/// Published limits write the figure again in words (Hà Tĩnh 2873/QĐ-UBND:
/// "Không quá 02 (hai) ngày làm việc").
#[test]
fn a_limit_with_its_figure_in_words() {
    let d = |t: &str| parse_duration(t).map(|d| (d.value, d.unit));
    let wd = |v| Some((v, DurationUnit::WorkingDays));
    assert_eq!(d("Không quá 02 (hai) ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ"), wd(2.0));
    assert_eq!(d("05 (năm) ngày làm việc"), wd(5.0));
    assert_eq!(d("10 (mười) ngày làm việc kể từ ngày nhận hồ sơ"), wd(10.0));
    assert_eq!(d("42 ngày làm việc."), wd(42.0));
}
