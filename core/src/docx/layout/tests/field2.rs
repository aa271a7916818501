//! What a second field test asked of the reader (a procedure converted
//! back from its PDF, e-signed grids, acting heads, a legal-basis table
//! with groups, times the document says are not counted, a title over
//! several lines): `tests/corpus/docx/pending/field2`.

use super::*;

#[test]
fn a_pdf_reflowed_body_reads_as_typed() {
    let body = [
        p("QUY TRÌNH CHỨNG THỰC VĂN BẢN TỪ CHỐI NHẬN DI SẢN"),
        p("Mã hiệu: QT.TP.07"),
        p("4."),
        p("ĐỊNH NGHĨA, CHỮ VIẾT TẮT"),
        p("UBND: Ủy ban nhân dân"),
        p("6. BIỂU MẪU"),
        p("- Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả; - Mẫu 06: Phiếu kiểm soát quá trình"),
        p("7. HỒ SƠ CẦN LƯU"),
        p("QT.TP.07 | Lần ban hành: 01 | Trang 6/6"),
        p("UBND xã Hòa Bình – Quy trình chứng thực văn bản từ chối nhận di sản"),
    ];
    let d = doc(&body);
    let forms: Vec<String> = d.forms.unwrap().into_iter().map(|f| f.code).collect();
    assert_eq!(forms, ["Mẫu 01", "Mẫu 06"]);
    assert_eq!(d.records.unwrap_or_default(), vec![]);
    assert_eq!(d.legal_basis, None, "the heading's number is no citation");
    assert_eq!(d.definitions.unwrap().len(), 1);
}

#[test]
fn grids_signed_as_agencies_sign_them() {
    let sign = |rows: &[&[&str]]| {
        let body = [p("Mã hiệu: QT.TP.09"), Block::Table(table(rows))];
        let s = doc(&body).signatures;
        [s.drafted, s.reviewed, s.approved]
            .map(|x| x.map(|x| (x.name.unwrap_or_default(), x.position, x.date, x.on_behalf_of)))
    };
    // No labels, "(Đã ký)" under every role: a mark, no name.
    let got = sign(&[
        &["NGƯỜI BIÊN SOẠN", "NGƯỜI KIỂM TRA", "NGƯỜI PHÊ DUYỆT"],
        &["Chuyên viên", "Trưởng phòng", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"],
        &["(Đã ký)", "(Đã ký)", "(Đã ký)"],
        &["Phùng Thị Lan Anh", "Kiều Văn Sang", "Thân Đức Minh"],
    ]);
    let names: Vec<String> = got.iter().flatten().map(|g| g.0.clone()).collect();
    assert_eq!(names, ["Phùng Thị Lan Anh", "Kiều Văn Sang", "Thân Đức Minh"]);
    // An e-signature's time dates the signature.
    let got = sign(&[
        &["NGƯỜI SOẠN THẢO", "NGƯỜI KIỂM TRA", "NGƯỜI PHÊ DUYỆT"],
        &["Công chức Văn phòng", "Chánh Văn phòng", "CHỦ TỊCH"],
        &["Lê Thị Hoa", "Trần Văn Bình", "Võ Minh Tâm"],
        &["", "", "Thời gian ký: 05/11/2026 14:32"],
    ]);
    assert_eq!(got[2].as_ref().and_then(|g| g.2), NaiveDate::from_ymd_opt(2026, 11, 5));
    // The approval signed for the body at the end, by an acting head.
    let got = sign(&[&[
        "NGƯỜI SOẠN THẢO\nCông chức Văn phòng HĐND và UBND phường\n(Đã ký)\nVương Thị Diễm",
        "NGƯỜI KIỂM TRA\nChánh Văn phòng HĐND và UBND phường\n(Đã ký)\nHuỳnh Tấn Lợi",
        "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n(Đã ký)\nChâu Văn Hậu",
    ]]);
    let approved = got[2].clone().unwrap();
    assert_eq!(approved.0, "Châu Văn Hậu");
    assert_eq!(approved.1.as_deref(), Some("Q. CHỦ TỊCH"));
    assert_eq!(approved.3.as_deref(), Some("TM. ỦY BAN NHÂN DÂN"));
    assert_eq!(got[0].as_ref().map(|g| g.0.as_str()), Some("Vương Thị Diễm"));
}

#[test]
fn legal_tables_with_groups_and_times_not_counted() {
    let body = [
        p("Mã hiệu: QT-VP-01"),
        p("3. TÀI LIỆU VIỆN DẪN"),
        Block::Table(table(&[
            &["TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"],
            &[
                "I",
                "VĂN BẢN QUY PHẠM PHÁP LUẬT",
                "VĂN BẢN QUY PHẠM PHÁP LUẬT",
                "VĂN BẢN QUY PHẠM PHÁP LUẬT",
                "VĂN BẢN QUY PHẠM PHÁP LUẬT",
            ],
            &["1", "33/2024/QH15", "21/6/2024", "Quốc hội", "Luật Lưu trữ"],
            &["II", "TÀI LIỆU NỘI BỘ", "", "", ""],
            &["1", "ST-VP-01", "", "Văn phòng", "Sổ tay chất lượng"],
        ])),
        p("5. NỘI DUNG QUY TRÌNH"),
        Block::Table(table(&[
            &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
            &["1", "Tiếp nhận hồ sơ", "Bộ phận một cửa", "0,5 ngày làm việc"],
            &[
                "2",
                "Xác định nghĩa vụ tài chính",
                "Cơ quan thuế",
                "Theo quy định của pháp luật về thuế (không tính vào thời gian giải quyết)",
            ],
            &[
                "3",
                "Trao Giấy chứng nhận cho người sử dụng đất",
                "Bộ phận một cửa",
                "Giờ hành chính",
            ],
            &["4", "Trả kết quả", "Bộ phận một cửa", "Theo thời gian ghi trên phiếu hẹn"],
        ])),
    ];
    let d = doc(&body);
    let numbers: Vec<String> = d.legal_basis.unwrap().into_iter().map(|r| r.number).collect();
    assert_eq!(numbers, ["33/2024/QH15", "ST-VP-01"]);
    let times: Vec<Option<f64>> =
        d.steps.unwrap().iter().map(|s| s.duration.map(|t| t.value)).collect();
    assert_eq!(times, [Some(0.5), Some(0.0), Some(0.0), Some(0.0)]);
}

/// A title broken over lines in capitals (a PDF's reflow, or a narrow
/// cell): read whole, up to what is no title (a label, a heading).
#[test]
fn a_title_over_several_lines_is_read_whole() {
    let title = |lines: &[&str]| {
        let mut body: Vec<Block> = lines.iter().map(|l| p(l)).collect();
        body.push(p("Mã hiệu: QT.TP.07"));
        body.push(p("1. MỤC ĐÍCH"));
        doc(&body).title
    };
    assert_eq!(
        title(&["QUY TRÌNH", "CHỨNG THỰC VĂN BẢN TỪ", "CHỐI NHẬN DI SẢN"]),
        "QUY TRÌNH CHỨNG THỰC VĂN BẢN TỪ CHỐI NHẬN DI SẢN"
    );
    assert_eq!(
        title(&["QUY TRÌNH CHỨNG THỰC HỢP ĐỒNG,", "GIAO DỊCH ĐÃ ĐƯỢC CHỨNG THỰC"]),
        "QUY TRÌNH CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH ĐÃ ĐƯỢC CHỨNG THỰC"
    );
    assert_eq!(
        title(&["QUY TRÌNH KIỂM SOÁT TÀI LIỆU", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)"]),
        "QUY TRÌNH KIỂM SOÁT TÀI LIỆU"
    );
}

/// A citation whose line a PDF made a paragraph of its own goes on in the
/// next one, which opens in lower case: one basis, its title whole.
#[test]
fn a_citation_going_on_in_the_next_paragraph_is_one() {
    let body = [
        p("Mã hiệu: QT.TP.07"),
        p("3. CĂN CỨ PHÁP LÝ"),
        p("- Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính;"),
        p("- Quyết định số 3152/QĐ-BTP ngày 31/10/2025 của Bộ trưởng Bộ Tư pháp về việc công bố thủ"),
        p("tục hành chính được sửa đổi, bổ sung trong lĩnh vực chứng thực."),
        p("4. ĐỊNH NGHĨA"),
        p("UBND: Ủy ban nhân dân"),
    ];
    let bases = doc(&body).legal_basis.unwrap();
    assert_eq!(bases.len(), 2, "{bases:?}");
    assert_eq!(
        bases[1].title.as_deref(),
        Some("Quyết định về việc công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực chứng thực")
    );
}

/// A step table per case under its caption ("5.6.1. Trường hợp …"): a
/// procedure per case, its steps numbered from 1, its limit the limit
/// line's for the case, else its table's total. A "Trường hợp …" line of
/// another section, or a table split over two pages, makes no case.
#[test]
fn a_step_table_per_case_is_a_procedure_per_case() {
    let head: &[&str] = &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian"];
    let steps = |total: Option<&str>| {
        let mut rows =
            vec![head, &["1", "Tiếp nhận hồ sơ", "Bộ phận Một cửa", "0,5 ngày làm việc"]];
        rows.push(&["2", "Thẩm định, trình ký", "Phòng Kinh tế", "02 ngày làm việc"]);
        if let Some(t) = total {
            rows.push(Box::leak(Box::new(["", "Tổng thời gian giải quyết", "", t])));
        }
        Block::Table(table(&rows))
    };
    let limit = "Không quá 03 ngày làm việc đối với trường hợp cấp mới; không quá 05 ngày làm \
                 việc đối với trường hợp cấp lại.";
    let body = |first: Option<&str>, second: Option<&str>, totals: [Option<&str>; 2]| {
        let mut b = vec![p("5. NỘI DUNG QUY TRÌNH"), p("5.3. Thời hạn giải quyết"), p(limit)];
        b.push(p("5.6. Quy trình xử lý công việc"));
        b.extend(first.map(p));
        b.push(steps(totals[0]));
        b.extend(second.map(p));
        b.push(steps(totals[1]));
        b
    };
    let read_all = |b: &[Block]| super::super::read_all(b, &[], 100, Extraction::default());
    let cases = body(
        Some("5.6.1. Trường hợp cấp mới"),
        Some("5.6.2. Trường hợp cấp lại"),
        [Some("2,5 ngày làm việc"), None],
    );
    let all = read_all(&cases).unwrap();
    let got: Vec<_> = all
        .iter()
        .map(|(d, _)| {
            let orders: Vec<u32> = d.steps.iter().flatten().map(|s| s.order).collect();
            (d.case.clone().unwrap_or_default(), orders, d.statutory_limit.map(|l| l.value))
        })
        .collect();
    let want = [
        ("Trường hợp cấp mới".to_owned(), vec![1, 2], Some(3.0)),
        ("Trường hợp cấp lại".to_owned(), vec![1, 2], Some(5.0)),
    ];
    assert_eq!(got, want);
    // A limit line of parts of one limit: each case's table total.
    let mut parts = cases.clone();
    parts[2] = p("Không quá 03 ngày làm việc (trong đó: 02 ngày tại xã; 01 ngày tại Sở).");
    let limits: Vec<_> = read_all(&parts).unwrap().iter().map(|(d, _)| d.statutory_limit).collect();
    assert_eq!(
        limits.iter().map(|l| l.map(|l| l.value)).collect::<Vec<_>>(),
        [Some(2.5), Some(3.0)]
    );
    // Uncaptioned first table (a second table goes on the first): one.
    assert_eq!(read_all(&body(None, Some("Trường hợp cấp lại"), [None, None])).unwrap().len(), 1);
    // A "Trường hợp …" line of the dossier's section, then a table split
    // over two pages: one procedure of four steps.
    let mut split = vec![p("5.1. Thành phần hồ sơ"), p("Trường hợp ủy quyền: Giấy ủy quyền.")];
    split.extend(body(None, None, [None, None]));
    let all = read_all(&split).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].0.steps.as_ref().map(Vec::len), Some(4));
}
