use chrono::NaiveDate;

use super::super::xml::{Block, Cell, Para};
use super::body::{items, Item};
use super::sections::{is_sub_heading, section_of, Section};
use super::signatures::{is_position, role_of};
use super::times::parse_duration;
use super::values::{form_codes, parse_date};
use crate::docx::Extraction;
use crate::text::fold;
use crate::DurationUnit;

/// The one procedure of a body.
fn read(
    body: &[Block], margins: &[Block], max_steps: usize, x: &mut Extraction,
) -> crate::Result<crate::documents::ProcedureDocument> {
    let mut all = super::read_all(body, margins, max_steps, std::mem::take(x))?;
    let (doc, report) = all.remove(0);
    *x = report;
    Ok(doc)
}

#[test]
fn fractions_minutes_and_units_as_word_writes_them() {
    let d = |t: &str| parse_duration(t).map(|d| (d.value, d.unit));
    assert_eq!(d("½ ngày"), Some((0.5, DurationUnit::WorkingDays)));
    assert_eq!(d("1½ ngày làm việc"), Some((1.5, DurationUnit::WorkingDays)));
    assert_eq!(d("15 phút"), Some((0.25, DurationUnit::WorkingHours)));
    assert_eq!(d("30 phút làm việc"), Some((0.5, DurationUnit::WorkingHours)));
}

#[test]
fn form_lists_as_steps_write_them() {
    assert_eq!(form_codes("Mẫu 01, 02, 03, 06"), ["Mẫu 01", "Mẫu 02", "Mẫu 03", "Mẫu 06"]);
    assert_eq!(form_codes("Mẫu 01; Mẫu 06"), ["Mẫu 01", "Mẫu 06"]);
    assert_eq!(form_codes("Mẫu số 02 / Giấy khai sinh"), ["Mẫu số 02"]);
    assert_eq!(form_codes("BM.01 / BM.06"), ["BM.01", "BM.06"]);
    assert_eq!(form_codes("BM.01/QT-HT.02"), ["BM.01/QT-HT.02"]);
    assert_eq!(form_codes("BM-01 – Dự thảo 02 bản"), ["BM-01"]);
    assert_eq!(form_codes("Theo mục 5.2"), Vec::<String>::new());
}

#[test]
fn positions_and_names_apart() {
    assert!(is_position("GIÁM ĐỐC"));
    assert!(is_position("Trưởng phòng Đăng ký và Cấp giấy chứng nhận"));
    assert!(is_position("Viên chức Phòng Đăng ký"));
    assert!(!is_position("Trương Văn Hùng"));
    assert!(!is_position("Nguyễn Văn Phong"));
    assert!(!is_position("Trịnh Quang Vinh"));
}

#[test]
fn sub_headings_and_roles() {
    assert!(is_sub_heading("5.2. Thành phần hồ sơ"));
    assert!(is_sub_heading("5.7 Quy trình xử lý công việc"));
    assert!(!is_sub_heading("5. NỘI DUNG QUY TRÌNH"));
    assert!(!is_sub_heading("01/2018/TT-VPCP"));
    assert_eq!(role_of(&fold("Người viết")), Some(0));
    assert_eq!(role_of(&fold("BIÊN SOẠN")), Some(0));
    assert_eq!(role_of(&fold("Người kiểm tra")), Some(1));
    assert_eq!(role_of(&fold("Người phê duyệt")), Some(2));
    assert_eq!(role_of(&fold("Người lập")), Some(0));
    assert_eq!(role_of(&fold("Người duyệt")), Some(2));
}

#[test]
fn dates_as_agencies_write_them() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(parse_date("ngày 15 tháng 8 năm 2025"), day(2025, 8, 15));
    assert_eq!(parse_date("15/8/2025"), day(2025, 8, 15));
    assert_eq!(parse_date("Ngày ban hành: 01/07/2025"), day(2025, 7, 1));
    assert_eq!(parse_date("không rõ"), None);
}

#[test]
fn the_legal_basis_of_section_5_1_and_its_pointer() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let body = [
        p("Mã hiệu: QT.TP.02"),
        p("3. TÀI LIỆU VIỆN DẪN"),
        p("- Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu;"),
        p("- Các văn bản pháp lý liên quan nêu tại mục 5.1."),
        p("- Quyết định số 1826/QĐ-UBND ngày 10/7/2025 của Chủ tịch UBND tỉnh, thủ tục tại mục 3."),
        p("5. NỘI DUNG QUY TRÌNH"),
        p("5.1. Cơ sở pháp lý"),
        p("- Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;"),
        p("5.2. Thành phần hồ sơ"),
        p("- Tờ khai theo mẫu;"),
    ];
    let mut x = Extraction::default();
    let doc = read(&body, &[], 100, &mut x).unwrap();
    let numbers: Vec<&str> = doc.legal_basis.iter().flatten().map(|r| r.number.as_str()).collect();
    // The pointer is no reference; a citation naming a section is one;
    // the content resumes at 5.2 (the dossier's list is no reference).
    assert_eq!(numbers, ["TCVN ISO 9001:2015", "1826/QĐ-UBND", "118/2025/NĐ-CP"]);
}

#[test]
fn headings_by_their_words() {
    let p = |t: &str, bold: bool| Para { text: t.into(), bold, ..Para::default() };
    assert_eq!(section_of(&p("1. MỤC ĐÍCH", false)), Some(Section::Purpose));
    assert_eq!(section_of(&p("III. Căn cứ pháp lý", false)), Some(Section::References));
    assert_eq!(section_of(&p("Nội dung quy trình", true)), Some(Section::Content));
    assert_eq!(
        section_of(&p("Mục đích của việc kiểm soát là bảo đảm tài liệu được phê duyệt", false)),
        None
    );
}

/// A plain paragraph.
fn p(t: &str) -> Block {
    Block::Para(Para { text: t.into(), ..Para::default() })
}

/// The one procedure of a body, read under a step limit of 100.
fn doc(body: &[Block]) -> crate::documents::ProcedureDocument {
    read(body, &[], 100, &mut Extraction::default()).unwrap()
}

pub(super) fn table(rows: &[&[&str]]) -> Vec<Vec<Cell>> {
    let cell = |t: &str| Cell { paras: vec![t.to_owned()], span: 1, ..Cell::default() };
    rows.iter().map(|r| r.iter().map(|t| cell(t)).collect()).collect()
}

/// What the walk sees: headings and lines as text, tables as "table@row".
fn walk(body: &[Block]) -> Vec<String> {
    items(body, 0)
        .0
        .iter()
        .map(|i| match i {
            Item::Para(p, _) => p.text.clone(),
            Item::Heading(p, _) => format!("# {}", p.text),
            Item::Table(rows, place) => format!("table {} rows @{:?}", rows.len(), place.row(0)),
        })
        .collect()
}

#[test]
fn a_body_laid_out_as_a_table_unfolds_into_its_sections() {
    let mut content = table(&[&["3.7", "Quy trình xử lý công việc"], &["", ""]]);
    // The step table nested in the row under its heading, after a line.
    let steps = table(&[&["TT", "Trình tự", "Trách nhiệm"], &["B1", "Nộp hồ sơ", "Tổ chức"]]);
    content[1][1].paras = vec!["Như sau:".into(), "TT | Trình tự".into(), "B1 | Nộp".into()];
    content[1][1].nested = vec![(1, steps)];
    let mut rows =
        table(&[&["1", "Mục đích"], &["", "Quy định trình tự …"], &["3", "Nội dung quy trình"]]);
    rows.extend(content);
    assert_eq!(
        walk(&[Block::Table(rows)]),
        [
            "# 1. Mục đích",
            "Quy định trình tự …",
            "# 3. Nội dung quy trình",
            "# 3.7. Quy trình xử lý công việc",
            "Như sau:",
            "table 2 rows @Table { index: 0, row: 4 }",
        ]
    );
}

#[test]
fn steps_as_rows_of_the_layout_and_headings_beside_their_content() {
    // Section 5 as one table: the step table's rows are the outer table's,
    // from its header row to the next heading.
    let rows = table(&[
        &["5.1", "Cơ sở pháp lý"],
        &["", "- Luật Hộ tịch số 60/2014/QH13"],
        &["5.2", "Thành phần hồ sơ", "Bản chính", "Bản sao"],
        &["", "- Tờ khai", "x", ""],
        &["5.7", "Quy trình xử lý công việc"],
        &["TT", "Trình tự", "Trách nhiệm", "Thời gian"],
        &["B1", "Tiếp nhận", "Công chức", "04 giờ"],
        &["Tổng thời gian: 04 giờ"],
        &["5.8", "Lệ phí"],
        &["", "Không"],
    ]);
    assert_eq!(
        walk(&[Block::Table(rows)]),
        [
            "# 5.1. Cơ sở pháp lý",
            "- Luật Hộ tịch số 60/2014/QH13",
            "# 5.2. Thành phần hồ sơ",
            "- Tờ khai",
            "x",
            "# 5.7. Quy trình xử lý công việc",
            "table 3 rows @Table { index: 0, row: 5 }",
            "# 5.8. Lệ phí",
            "Không",
        ]
    );
    // Heading | content side by side; a heading naming no section of a
    // procedure is a heading all the same once the table is a layout.
    let rows = table(&[
        &["1. Mục đích", "Quy định trình tự …"],
        &["2. Phạm vi", "Áp dụng …"],
        &["4. Thành phần hồ sơ", "- Tờ khai"],
    ]);
    assert_eq!(
        walk(&[Block::Table(rows)]),
        [
            "# 1. Mục đích",
            "Quy định trình tự …",
            "# 2. Phạm vi",
            "Áp dụng …",
            "# 4. Thành phần hồ sơ",
            "- Tờ khai"
        ]
    );
}

#[test]
fn tables_with_numbered_rows_are_not_layouts() {
    // A step table, a legal-basis table and a records table number their
    // rows too; none of them heads sections.
    for rows in [
        table(&[
            &["TT", "Công việc", "Trách nhiệm"],
            &["1", "Tiếp nhận", "Công chức"],
            &["2", "Thẩm định", "Phòng"],
        ]),
        table(&[&["1", "Luật Hộ tịch 60/2014/QH13"], &["2", "Nghị định 123/2015/NĐ-CP"]]),
        table(&[&["1", "Sổ theo dõi", "05 năm"], &["2", "Hồ sơ", "Vĩnh viễn"]]),
        table(&[&["1.", "Mẫu 01"], &["2.", "Mẫu 02"]]),
        // Numbered titles beside their meaning, not sections: a
        // definitions table.
        table(&[
            &["1. Hồ sơ TTHC", "Hồ sơ do tổ chức, cá nhân nộp"],
            &["2. Phiếu kiểm soát", "Mẫu 06"],
        ]),
    ] {
        let got = walk(&[Block::Table(rows)]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("table"), "{got:?}");
    }
}

/// A date written out in words ("ngày 15 tháng 11 năm 2015") is no part of
/// the cited document's name, as "15/11/2015" is not.
#[test]
fn a_date_in_words_is_not_read_into_the_title() {
    let r = super::values::legal_reference(
        "Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi \
         tiết một số điều và biện pháp thi hành Luật Hộ tịch;",
    );
    assert_eq!(r.number, "123/2015/NĐ-CP");
    let title = "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch";
    assert_eq!(r.title.as_deref(), Some(title));
    assert_eq!(r.issuer.as_deref(), Some("Chính phủ"));
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2015, 11, 15));
    let r = super::values::legal_reference(
        "Quyết định số 1482/QĐ-UBND ngày 14 tháng 10 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh \
         Lam Giang",
    );
    assert_eq!(r.title.as_deref(), Some("Quyết định"));
    assert_eq!(r.issuer.as_deref(), Some("Chủ tịch Ủy ban nhân dân tỉnh Lam Giang"));
}

/// An ISO procedure issued with a decision keeps its own date of issue.
#[test]
fn an_iso_procedure_keeps_its_date_beside_its_decision() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let body = [
        p("QUY TRÌNH ĐĂNG KÝ KHAI SINH"),
        p("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND xã)"),
        p("Mã số: QT.HT.01"),
        p("Ngày ban hành: 10/01/2026"),
        p("1. MỤC ĐÍCH"),
        p("Quy định trình tự đăng ký khai sinh."),
    ];
    let mut x = Extraction::default();
    let doc = read(&body, &[], 100, &mut x).unwrap();
    assert_eq!(doc.form, crate::documents::DocumentForm::Iso);
    assert_eq!(doc.issued_on, NaiveDate::from_ymd_opt(2026, 1, 10));
}

/// The responsible column as Đồng Nai and Vĩnh Long head it: "Đơn vị giải
/// quyết" beside "Trình tự thực hiện" (the action), "Phân công nhiệm vụ"
/// beside "Thời gian thực hiện" (the time).
#[test]
fn who_does_a_step_by_the_column_that_names_them() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let who = |rows: &[&[&str]]| {
        let body = [p("QUY TRÌNH XỬ LÝ HỒ SƠ"), p("Mã số: QT.01"), Block::Table(table(rows))];
        let doc = read(&body, &[], 100, &mut Extraction::default()).unwrap();
        let steps = doc.steps.unwrap_or_default();
        steps.into_iter().map(|s| (s.action, s.responsible)).collect::<Vec<_>>()
    };
    let s = |t: &str| Some(t.to_owned());
    assert_eq!(
        who(&[
            &["CÁC BƯỚC", "TRÌNH TỰ THỰC HIỆN", "ĐƠN VỊ GIẢI QUYẾT", "THỜI GIAN"],
            &["Bước 1", "Tiếp nhận hồ sơ", "Trung tâm Phục vụ hành chính công", "0,5 ngày"],
        ]),
        [(s("Tiếp nhận hồ sơ"), s("Trung tâm Phục vụ hành chính công"))]
    );
    assert_eq!(
        who(&[
            &["Nội dung công việc", "Phân công nhiệm vụ", "Thời gian thực hiện"],
            &["Thẩm định hồ sơ", "Phòng Tư pháp", "0,25 ngày làm việc"],
        ]),
        [(s("Thẩm định hồ sơ"), s("Phòng Tư pháp"))]
    );
}

/// A procedure's header names its TTHC as an annex does: with the
/// province's suffix ("3.000527.H61"), or two codes for a procedure
/// serving both ("1.001612; 2.000720"): read whole, as printed.
#[test]
fn a_headers_tthc_code_keeps_its_suffix_and_its_second_code() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let code = |line: &str| {
        let body =
            [p("QUY TRÌNH ĐĂNG KÝ CAI NGHIỆN MA TÚY TỰ NGUYỆN"), p("Mã số: QT.YT.04"), p(line)];
        read(&body, &[], 100, &mut Extraction::default()).unwrap().tthc_code
    };
    assert_eq!(code("Mã TTHC: 3.000527.H61").as_deref(), Some("3.000527.H61"));
    assert_eq!(code("Mã số TTHC: 1.001612; 2.000720.").as_deref(), Some("1.001612; 2.000720"));
    assert_eq!(code("Mã thủ tục hành chính: 1.000656").as_deref(), Some("1.000656"));
    assert_eq!(code("Mã TTHC: (chưa có)"), None);
    // A document's code after the TTHC's is not a second TTHC code.
    assert_eq!(code("Mã số TTHC: 1.000656, QT.HT.05").as_deref(), Some("1.000656"));
}

mod field;
mod field2;
mod field3;
mod field4;
mod field5;
mod field6;
mod retention;
mod times;
