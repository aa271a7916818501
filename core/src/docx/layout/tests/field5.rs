//! What a fifth field test asked of the reader (a signer's name and
//! position in one cell, forms of other procedures named in a step, a
//! step's time written in its responsible cell, an amending law "… của
//! Luật Doanh nghiệp"): `tests/corpus/docx/pending/field5`.

use super::super::signatures::name_and_position;
use super::*;

fn split(t: &str) -> Option<(String, String)> {
    name_and_position(t).map(|(n, p)| (n.to_owned(), p.to_owned()))
}

fn pair(n: &str, p: &str) -> Option<(String, String)> {
    Some((n.to_owned(), p.to_owned()))
}

/// A cell holding the signer and the position, on one line, on two, or
/// with a comma; a name that holds a title's word stays a name.
#[test]
fn a_signer_and_a_position_in_one_cell() {
    let office = "Công chức Văn phòng HĐND và UBND xã";
    assert_eq!(split(&format!("Trần Thị Kim Oanh {office}")), pair("Trần Thị Kim Oanh", office));
    assert_eq!(split(&format!("Trần Thị Kim Oanh\n{office}")), pair("Trần Thị Kim Oanh", office));
    assert_eq!(
        split("Lý Văn Hùng, Chánh Văn phòng HĐND và UBND xã"),
        pair("Lý Văn Hùng", "Chánh Văn phòng HĐND và UBND xã")
    );
    assert_eq!(split("Đàm Quang Huy Chủ tịch UBND xã"), pair("Đàm Quang Huy", "Chủ tịch UBND xã"));
    assert_eq!(
        split("Nguyễn Văn An Phó Chủ tịch UBND xã"),
        pair("Nguyễn Văn An", "Phó Chủ tịch UBND xã")
    );
    // "Chánh" and "Phó" are names too, unless a title follows them.
    assert_eq!(split("Lê Văn Chánh Chuyên viên"), pair("Lê Văn Chánh", "Chuyên viên"));
    assert_eq!(split("Phó Đức Chính Chủ tịch UBND xã"), pair("Phó Đức Chính", "Chủ tịch UBND xã"));
    assert_eq!(split("GIÁM ĐỐC\nTrịnh Quang Vinh"), pair("Trịnh Quang Vinh", "GIÁM ĐỐC"));
    // A name alone, or a position alone, is not split.
    assert_eq!(split("Trần Văn Phong"), None);
    assert_eq!(split("Chủ tịch UBND xã"), None);
    assert_eq!(split("Phó Chủ tịch UBND xã"), None);
}

/// The signature grid of 89: roles in the first row, no row labels, the
/// name and the position in one cell (a line break read as a space).
#[test]
fn an_unlabelled_grid_with_name_and_position_in_one_cell() {
    let grid = table(&[
        &["SOẠN THẢO", "KIỂM TRA", "PHÊ DUYỆT"],
        &["", "", ""],
        &[
            "Trần Thị Kim Oanh Công chức Văn phòng HĐND và UBND xã",
            "Lý Văn Hùng Chánh Văn phòng HĐND và UBND xã",
            "Đàm Quang Huy Chủ tịch UBND xã",
        ],
        &["Ngày: 27/10/2026", "Ngày: 31/10/2026", "Ngày: 05/11/2026"],
    ]);
    let d =
        doc(&[p("QUY TRÌNH ĐĂNG KÝ LẠI KHAI SINH"), p("Mã hiệu: QT.HT.07"), Block::Table(grid)]);
    let s = |s: Option<crate::documents::Signature>| {
        let s = s.unwrap();
        (s.name.unwrap(), s.position.unwrap(), s.date.unwrap().to_string())
    };
    assert_eq!(
        s(d.signatures.drafted),
        (
            "Trần Thị Kim Oanh".into(),
            "Công chức Văn phòng HĐND và UBND xã".into(),
            "2026-10-27".into()
        )
    );
    assert_eq!(
        s(d.signatures.reviewed),
        ("Lý Văn Hùng".into(), "Chánh Văn phòng HĐND và UBND xã".into(), "2026-10-31".into())
    );
    assert_eq!(
        s(d.signatures.approved),
        ("Đàm Quang Huy".into(), "Chủ tịch UBND xã".into(), "2026-11-05".into())
    );
}

/// "Trách nhiệm (Thời gian)": who does a step and its time in one cell;
/// the time is the step's, not part of who does it.
#[test]
fn who_and_the_time_in_one_cell() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm (Thời gian)", "Biểu mẫu/Kết quả"],
        &["1", "Tiếp nhận hồ sơ", "Công chức Trung tâm PVHCC xã (04 giờ làm việc)", "Mẫu 01"],
        &["2", "Thẩm định hồ sơ", "Công chức tư pháp - hộ tịch\n(03 ngày làm việc)", "Mẫu 01"],
    ]);
    let d = doc(&[p("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps)]);
    let steps: Vec<_> = d
        .steps
        .unwrap()
        .into_iter()
        .map(|s| (s.responsible.unwrap(), s.duration.map(|d| d.value)))
        .collect();
    assert_eq!(
        steps,
        [
            ("Công chức Trung tâm PVHCC xã".to_owned(), Some(4.0)),
            ("Công chức tư pháp - hộ tịch".to_owned(), Some(3.0)),
        ]
    );
}

/// "… sửa đổi, bổ sung một số điều của Luật Doanh nghiệp": the law it
/// amends is in its title, not its issuer; "ngày … của Chính phủ" is.
#[test]
fn an_amending_laws_of_is_no_issuer() {
    use super::super::values::legal_reference;
    let r = legal_reference(
        "Luật số 76/2025/QH15 ngày 17/6/2025 sửa đổi, bổ sung một số điều của Luật Doanh nghiệp;",
    );
    assert_eq!(r.number, "76/2025/QH15");
    assert_eq!(r.issuer, None);
    assert_eq!(r.title.as_deref(), Some("Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp"));
    assert_eq!(r.date, NaiveDate::from_ymd_opt(2025, 6, 17));
    let r = legal_reference(
        "Nghị định số 23/2015/NĐ-CP ngày 16 tháng 02 năm 2015 của Chính phủ về cấp bản sao từ sổ gốc",
    );
    assert_eq!(r.issuer.as_deref(), Some("Chính phủ"));
    let r = legal_reference("Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ");
    assert_eq!(r.issuer.as_deref(), Some("Thủ tướng Chính phủ"));
}

/// Forms of another procedure, named with it in a step ("BM.PVHCC.01.06
/// (của QT.PVHCC.01)") or in a note under the forms ("… sử dụng theo
/// QT.PVHCC.01 và QT.PVHCC.03"), are that procedure's: listed and
/// controlled there, not forms of this one.
#[test]
fn forms_of_another_procedure_are_its_own() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        &[
            "1",
            "Tiếp nhận hồ sơ, thực hiện theo QT.PVHCC.01",
            "Công chức Trung tâm PVHCC",
            "04 giờ",
            "BM.PVHCC.01.01, BM.PVHCC.01.06 (của QT.PVHCC.01)",
        ],
        &["2", "Thẩm định hồ sơ", "Công chức tư pháp - hộ tịch", "12 giờ", "BM.HT.09.01"],
        &[
            "3",
            "Trả kết quả theo QT.PVHCC.03",
            "Công chức Trung tâm PVHCC",
            "02 giờ",
            "BM.PVHCC.03.01 – QT.PVHCC.03",
        ],
    ]);
    let d = doc(&[
        p("QUY TRÌNH THAY ĐỔI, CẢI CHÍNH HỘ TỊCH"),
        p("Mã hiệu: QT.HT.09"),
        p("5. NỘI DUNG QUY TRÌNH"),
        Block::Table(steps),
        p("6. BIỂU MẪU"),
        p("- BM.HT.09.01: Tờ khai thay đổi, cải chính hộ tịch."),
        p("Các biểu mẫu BM.PVHCC.01.01, BM.PVHCC.01.06, BM.PVHCC.03.01 sử dụng theo QT.PVHCC.01 và QT.PVHCC.03."),
    ]);
    let forms: Vec<Vec<String>> = d.steps.unwrap().into_iter().map(|s| s.forms).collect();
    assert_eq!(forms, [vec![], vec!["BM.HT.09.01".to_owned()], vec![]]);
    let listed: Vec<String> = d.forms.unwrap().into_iter().map(|f| f.code).collect();
    assert_eq!(listed, ["BM.HT.09.01"]);
}

/// The other procedures a document names are its references, each once,
/// in the order first named; its own code is none.
#[test]
fn procedures_named_are_references() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["1", "Tiếp nhận hồ sơ theo QT.PVHCC.01", "Công chức Trung tâm PVHCC", "04 giờ"],
        &["2", "Lưu hồ sơ theo Quy trình kiểm soát hồ sơ (QT.VP.02).", "Văn thư", "02 giờ"],
    ]);
    let d = doc(&[
        p("QUY TRÌNH CẢI CHÍNH HỘ TỊCH"),
        p("Mã hiệu: QT.HT.09"),
        p("1. MỤC ĐÍCH"),
        p("Quy trình QT.HT.09 thống nhất cách giải quyết; tiếp nhận theo QT.PVHCC.01."),
        p("5. NỘI DUNG QUY TRÌNH"),
        Block::Table(steps),
    ]);
    assert_eq!(d.references, ["QT.PVHCC.01", "QT.VP.02"]);
}
