//! What a field test on new procedures of 2025–2026 asked of the reader
//! (eight Word files written after the two-level reform, each read by a
//! secretary first): a total row "Cộng", a forms table whose code column
//! follows the name, "Người thực hiện" in a step written as paragraphs,
//! a "Sản phẩm" column of forms, a limit with its figure in words.

use super::*;

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

/// One citation as (number, title, issuer, date).
type Cited = (String, Option<String>, Option<String>, Option<NaiveDate>);

/// The legal basis of one line.
fn cited(line: &str) -> Vec<Cited> {
    super::super::citations::legal_references(line)
        .into_iter()
        .map(|r| (r.number, r.title, r.issuer, r.date))
        .collect()
}

fn s(t: &str) -> Option<String> {
    Some(t.to_owned())
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// One line of a decision's or a procedure's bases may cite several
/// documents ("…; Nghị định số … và Nghị định số … của Chính phủ …",
/// Thanh Hóa 145/2025): each is a basis of its own, so that each is held
/// to the law in force. Two joined by "và" share what follows the second
/// (its issuer and subject); an article range in brackets is where in
/// the document, not its title.
#[test]
fn a_line_citing_several_documents_cites_each() {
    let line = "- Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16.02.2015 của Chính phủ về cấp bản sao từ sổ gốc; \
                Nghị định số 07/2025/NĐ-CP ngày 09.01.2025 và Nghị định số 280/2025/NĐ-CP ngày 27.10.2025 \
                của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP;";
    let amending = s("Nghị định sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP");
    assert_eq!(
        cited(line),
        [
            (
                "23/2015/NĐ-CP".into(),
                s("Nghị định về cấp bản sao từ sổ gốc"),
                s("Chính phủ"),
                day(2015, 2, 16)
            ),
            ("07/2025/NĐ-CP".into(), amending.clone(), s("Chính phủ"), day(2025, 1, 9)),
            ("280/2025/NĐ-CP".into(), amending, s("Chính phủ"), day(2025, 10, 27)),
        ]
    );
    // Laws by name and date beside a numbered one; pinpoints dropped.
    let line = "Căn cứ Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014 (từ Điều 88 đến Điều 102 \
                về xác định cha, mẹ, con); Luật Hộ tịch ngày 20 tháng 11 năm 2014 (Điều 24, Điều 25) và \
                Luật Tổ chức chính quyền địa phương ngày 16/6/2025;";
    assert_eq!(
        cited(line),
        [
            ("52/2014/QH13".into(), s("Luật Hôn nhân và gia đình"), None, day(2014, 6, 19)),
            ("Luật Hộ tịch ngày 20 tháng 11 năm 2014".into(), None, None, day(2014, 11, 20)),
            (
                "Luật Tổ chức chính quyền địa phương ngày 16/6/2025".into(),
                None,
                None,
                day(2025, 6, 16)
            ),
        ]
    );
    // The decree that amends one is cited too; "(sau đây viết tắt là …)"
    // names it, and abbreviated types ("NĐ", "TT") open a citation.
    let line = "Căn cứ Nghị định số 123/2015/NĐ-CP ngày 15.11.2015 của Chính phủ quy định chi tiết một số \
                điều và biện pháp thi hành Luật Hộ tịch (sau đây viết tắt là NĐ 123), được sửa đổi, bổ sung \
                bởi Nghị định số 07/2025/NĐ-CP ngày 09.01.2025 của Chính phủ";
    let got = cited(line);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0].1,
        s("Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch")
    );
    assert_eq!((got[1].0.as_str(), got[1].2.as_deref()), ("07/2025/NĐ-CP", Some("Chính phủ")));
    let line = "Căn cứ NĐ số 118/2025/NĐ-CP ngày 09/6/2025 của CP về thực hiện TTHC theo cơ chế một cửa và \
                TT số 03/2025/TT-VPCP ngày 15/9/2025 của VPCP hướng dẫn thi hành một số nội dung của NĐ \
                118/2025/NĐ-CP.";
    let got = cited(line);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].2.as_deref()), ("03/2025/TT-VPCP", Some("VPCP")));
    // "và" inside a title, or before a name without a date, joins nothing.
    let line = "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành một số \
                điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ";
    assert_eq!(cited(line).len(), 1);
    assert_eq!(cited("Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014").len(), 1);
    let line = "Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết Luật Đất đai và Luật Nhà ở";
    assert_eq!(cited(line).len(), 1);
}

/// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" signs circulars of the
/// Government Office: one issuer, its comma no end.
#[test]
fn an_issuer_with_two_titles_is_one_issuer() {
    let line =
        "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ \
                hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP";
    let got = cited(line);
    assert_eq!(got[0].2, s("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"));
    assert_eq!(
        got[0].1,
        s("Thông tư hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP")
    );
}

/// Several abbreviations in one line, each defined.
#[test]
fn a_line_of_abbreviations_defines_each() {
    let body = [
        p("Mã hiệu: QT-HT-05"),
        p("4. TỪ VIẾT TẮT"),
        p("NĐ: Nghị định; TT: Thông tư; CP: Chính phủ"),
        p("- UBND: Ủy ban nhân dân;"),
    ];
    let defs: Vec<(String, String)> =
        doc(&body).definitions.unwrap().into_iter().map(|d| (d.term, d.meaning)).collect();
    let want =
        [("NĐ", "Nghị định"), ("TT", "Thông tư"), ("CP", "Chính phủ"), ("UBND", "Ủy ban nhân dân")];
    assert_eq!(defs, want.map(|(t, m)| (t.to_owned(), m.to_owned())));
}

/// Abbreviations have their heading as often as definitions do.
#[test]
fn abbreviations_are_a_definitions_heading() {
    for h in ["4. TỪ VIẾT TẮT", "4. CÁC TỪ VIẾT TẮT", "IV. Chữ viết tắt", "4. ĐỊNH NGHĨA/VIẾT TẮT"]
    {
        let para = Para { text: h.into(), ..Para::default() };
        assert_eq!(section_of(&para), Some(Section::Definitions), "{h}");
    }
}

/// What a review of the readers above found (each a clean document read
/// wrong before): an amending law's title naming the laws it amends, a
/// title with "và số hóa", a total "Cộng thời gian", a forms table headed
/// "Mẫu số", a definition going on after ";".
#[test]
fn what_the_review_of_the_citations_found() {
    // "và" inside an amending law's title: one basis, the amending law.
    for line in [
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền \
         địa phương ngày 22 tháng 11 năm 2019;",
        "Luật số 52/2019/QH14 sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức số \
         22/2008/QH12 và Luật Viên chức số 58/2010/QH12 ngày 25/11/2019;",
    ] {
        assert_eq!(cited(line).len(), 1, "{line}: {:?}", cited(line));
    }
    // "số hóa", "Sở", "sổ" after "và" open no citation.
    let line =
        "Quyết định số 1201/QĐ-UBND ngày 12/5/2025 của UBND tỉnh ban hành Quy chế tiếp nhận và \
                số hóa hồ sơ theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018";
    assert_eq!(cited(line).len(), 1, "{:?}", cited(line));
    // A line of thousands of "và" is read in one pass.
    let long = "Nghị định số 01/2020/NĐ-CP ngày 01/01/2020 và ".repeat(4000);
    assert_eq!(cited(&long).len(), 4000);
    let long = format!("Luật Hộ tịch{}", " và Luật Hộ tịch".repeat(16_000));
    assert_eq!(cited(&long).len(), 1);
}

#[test]
fn totals_and_tables_as_the_review_found_them() {
    let rows: &[&[&str]] = &[
        &["TT", "Công việc", "Người thực hiện", "Thời hạn"],
        &["1", "Tiếp nhận hồ sơ", "Công chức Trung tâm PVHCC", "0,5 ngày làm việc"],
        &["2", "Giải quyết", "Công chức tư pháp - hộ tịch", "2,5 ngày làm việc"],
        &["Cộng thời gian", "Cộng thời gian", "Cộng thời gian", "03 ngày làm việc"],
    ];
    let d = doc(&[p("Mã hiệu: QT-HT-05"), p("5. NỘI DUNG QUY TRÌNH"), Block::Table(table(rows))]);
    assert_eq!(d.steps.unwrap().len(), 2);
    let body = [
        p("Mã hiệu: QT-TP-07"),
        p("VI. BIỂU MẪU"),
        Block::Table(table(&[
            &["Mẫu số", "Tên biểu mẫu", "Ghi chú"],
            &["Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", ""],
        ])),
    ];
    assert_eq!(doc(&body).forms.unwrap()[0].code, "Mẫu 01");
    let body = [
        p("Mã hiệu: QT-TP-07"),
        p("4. ĐỊNH NGHĨA"),
        p("Hồ sơ: tập hợp các giấy tờ do tổ chức, cá nhân nộp; gồm: bản chính và bản sao."),
    ];
    assert_eq!(doc(&body).definitions.unwrap().len(), 1);
}

/// A step over two sub-rows, one per signer (its number and action merged
/// down): one step, both signers, both times in working time; the last
/// step of the table too (it used to index past the steps). A step with
/// a number of its own is a step even under a merged action.
#[test]
fn a_step_over_sub_rows_is_one_step() {
    use super::super::super::xml::VMerge;
    let merged_down =
        |rows: &mut Vec<Vec<super::super::super::xml::Cell>>, r: usize, cols: &[usize]| {
            for &c in cols {
                rows[r - 1][c].vmerge = VMerge::Restart;
                rows[r][c].vmerge = VMerge::Continue;
            }
        };
    let mut rows = table(&[
        &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["1", "Tiếp nhận hồ sơ", "Công chức Trung tâm PVHCC", "04 giờ làm việc"],
        &["2", "Xem xét, ký bản sao", "Chánh Văn phòng", "04 giờ làm việc"],
        &["2", "Xem xét, ký bản sao", "Chủ tịch UBND xã", "01 ngày"],
        &["Tổng thời gian giải quyết", "", "", "02 ngày làm việc"],
    ]);
    merged_down(&mut rows, 3, &[0, 1]);
    let d = doc(&[p("Mã hiệu: QT-TP-09"), p("5. NỘI DUNG QUY TRÌNH"), Block::Table(rows)]);
    let steps = d.steps.unwrap();
    assert_eq!(steps.len(), 2, "{steps:?}");
    assert_eq!(steps[1].responsible.as_deref(), Some("Chánh Văn phòng; Chủ tịch UBND xã"));
    assert_eq!(
        steps[1].duration.map(|t| (t.value, t.unit)),
        Some((12.0, DurationUnit::WorkingHours))
    );
    // Numbered on its own: a step.
    let mut rows = table(&[
        &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["3", "Xem xét, ký", "Phó Chủ tịch", "01 giờ"],
        &["4", "Xem xét, ký", "Chủ tịch", "01 giờ"],
    ]);
    merged_down(&mut rows, 2, &[1]);
    let d = doc(&[p("Mã hiệu: QT-TP-09"), p("5. NỘI DUNG QUY TRÌNH"), Block::Table(rows)]);
    assert_eq!(d.steps.unwrap().len(), 2);
}
