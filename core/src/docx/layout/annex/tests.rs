//! Annexes of internal procedures as agencies write them: the procedures
//! split, their parts, legal bases, units and limits.

use chrono::NaiveDate;

use super::super::super::xml::{Block, Para};
use super::super::read_all;
use super::super::tests::table;
use crate::docx::Extraction;
use crate::DurationUnit;

/// An annex as Hà Nội lays it out: each procedure a Roman heading with its
/// code, then "1. Cơ sở pháp lý" and its citations, then its steps. The
/// citations are the procedure's legal basis (one is a decree replaced on
/// 01/7/2025, which the checks then find); the parts are no procedures.
#[test]
fn an_annex_procedure_keeps_the_legal_basis_under_its_heading() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let steps = |who: &str| {
        Block::Table(table(&[
            &["Tên bước", "Đơn vị/người thực hiện", "Nội dung công việc", "Thời hạn giải quyết"],
            &["Bước 1", "Công chức một cửa", "Tiếp nhận hồ sơ", "04 giờ làm việc"],
            &["Bước 2", who, "Ký chứng thực", "04 giờ làm việc"],
            &["Tổng thời gian: 01 ngày làm việc", "", "", ""],
        ]))
    };
    let body = [
        p("PHỤ LỤC"),
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        p("(Kèm theo Quyết định số 1627/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND tỉnh Lam Giang)"),
        p("I. Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (Mã TTHC: 2.000884)"),
        p("1. Cơ sở pháp lý"),
        p("- Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc;"),
        p("- Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa."),
        p("2. Quy trình giải quyết"),
        steps("Chủ tịch UBND xã"),
        p("II. Thủ tục chứng thực bản sao từ bản chính (Mã TTHC: 2.000815)"),
        p("1. Quy trình giải quyết"),
        steps("Phó Chủ tịch UBND xã"),
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let docs: Vec<_> = all.iter().map(|(d, _)| d).collect();
    assert_eq!(docs.len(), 2);
    let numbers: Vec<&str> =
        docs[0].legal_basis.iter().flatten().map(|r| r.number.as_str()).collect();
    assert_eq!(numbers, ["23/2015/NĐ-CP", "61/2018/NĐ-CP"]);
    assert_eq!(docs[1].legal_basis, None);
    assert_eq!(docs[1].tthc_code.as_deref(), Some("2.000815"));
    let checker = crate::documents::Checker::new(Default::default()).unwrap();
    let report = checker.check_document(docs[0], NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
    assert_eq!(report.rule_ids(), ["DOC-023"]);
    assert_eq!(report.findings[0].pointer, "/legalBasis/1/number");
}

/// Annexes as a review found them written: headings numbered by Word (no
/// number in the text), a heading naming its code after a dash, the parts
/// of a procedure under its Roman heading, a step table split over two
/// pages, a step "Tổng hợp ý kiến" under a number column Word draws, a
/// step cell "Vào sổ, cho số, ký hiệu" and a result "Dự thảo văn bản"
/// (neither a code nor a draft stamp).
#[test]
fn annex_headings_parts_and_split_tables_as_agencies_write_them() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let listed = |t: &str| Block::Para(Para { text: t.into(), numbered: true, ..Para::default() });
    let head = ["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian", "Kết quả"];
    let steps = |rows: &[[&str; 5]]| {
        let mut all: Vec<&[&str]> = vec![&head];
        all.extend(rows.iter().map(|r| &r[..]));
        Block::Table(table(&all))
    };
    let body = [
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        p("(Kèm theo Quyết định số 1482/QĐ-UBND ngày 14/10/2026 của Chủ tịch UBND tỉnh Lam Giang)"),
        listed("Thủ tục đăng ký khai sinh (Mã TTHC: 1.001193)"),
        steps(&[
            ["", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc", "Dự thảo văn bản"],
            ["", "Tổng hợp ý kiến, trình ký", "Công chức tư pháp", "02 giờ làm việc", ""],
        ]),
        // The same table, on the next page.
        steps(&[["", "Vào sổ, cho số, ký hiệu, đóng dấu", "Văn thư", "02 giờ làm việc", ""]]),
        p("Tổng thời gian giải quyết: 01 ngày làm việc"),
        p("2. Thủ tục đăng ký cai nghiện ma túy tự nguyện - Mã số 3.000527.H61"),
        p("3. Số lượng hồ sơ: 01 bộ"),
        p("4. Nơi tiếp nhận và trả kết quả"),
        steps(&[["", "Tiếp nhận hồ sơ", "Công chức một cửa", "01 ngày làm việc", ""]]),
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let docs: Vec<_> = all.iter().map(|(d, _)| d).collect();
    let titles: Vec<&str> = docs.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Thủ tục đăng ký khai sinh", "Thủ tục đăng ký cai nghiện ma túy tự nguyện"]
    );
    let codes: Vec<_> = docs.iter().map(|d| d.tthc_code.as_deref()).collect();
    assert_eq!(codes, [Some("1.001193"), Some("3.000527.H61")]);
    let actions: Vec<_> =
        docs[0].steps.iter().flatten().filter_map(|s| s.action.as_deref()).collect();
    assert_eq!(
        actions,
        ["Tiếp nhận hồ sơ", "Tổng hợp ý kiến, trình ký", "Vào sổ, cho số, ký hiệu, đóng dấu"]
    );
    for d in &docs {
        assert_eq!((d.code.as_str(), d.status), ("", crate::documents::DocStatus::Effective));
    }
}

/// An annex of endless empty procedures (a heading and a step table of no
/// rows, over and over) is refused at the ceiling of steps a file may
/// hold, not read on and on; one with a step limit per procedure reads
/// twenty procedures of eight steps under a limit of ten.
#[test]
fn an_annex_is_held_to_the_step_limits() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let head: &[&str] = &["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian"];
    let mut body = vec![
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
        p("(Kèm theo Quyết định số 1482/QĐ-UBND ngày 14/10/2026 của Chủ tịch UBND tỉnh)"),
    ];
    for n in 1..=crate::limits::CEILING_MAX_STEPS + 1 {
        body.push(p(&format!("{n}. Thủ tục số {n}")));
        body.push(Block::Table(table(&[head])));
    }
    let e = read_all(&body, &[], 100, Extraction::default()).unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    let row: &[&str] = &["Bước 1", "Xử lý hồ sơ", "Công chức", "01 giờ làm việc"];
    let mut body = body[..2].to_vec();
    for n in 1..=20 {
        body.push(p(&format!("{n}. Thủ tục số {n}")));
        body.push(Block::Table(table(&[head, row, row, row, row, row, row, row, row])));
    }
    let all = read_all(&body, &[], 10, Extraction::default()).unwrap();
    assert_eq!(all.len(), 20);
    assert!(all.iter().all(|(d, _)| d.steps.as_ref().map(Vec::len) == Some(8)));
}

/// "Đơn vị tính: ngày làm việc" above an annex's step tables: their bare
/// figures are working days (0,5 + 1,5 = 2 against 02 ngày làm việc).
#[test]
fn an_annex_unit_line_times_bare_figures() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let body = [
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
        p("(Kèm theo Quyết định số 1482/QĐ-UBND ngày 14/10/2026 của Chủ tịch UBND tỉnh)"),
        p("Đơn vị tính: ngày làm việc"),
        p("1. Thủ tục chứng thực hợp đồng, giao dịch (Mã TTHC: 2.001035)"),
        p("- Tổng thời gian giải quyết: 02 ngày làm việc"),
        Block::Table(table(&[
            &["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian"],
            &["Bước 1", "Tiếp nhận hồ sơ", "Công chức một cửa", "0,5"],
            &["Bước 2", "Ký chứng thực", "Chủ tịch UBND xã", "1,5"],
        ])),
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let durations: Vec<_> =
        all[0].0.steps.iter().flatten().map(|s| s.duration.map(|d| (d.value, d.unit))).collect();
    let wd = DurationUnit::WorkingDays;
    assert_eq!(durations, [Some((0.5, wd)), Some((1.5, wd))]);
}

/// Nghệ An's tables end with the return of the result timed "Giờ hành
/// chính" (during office hours, outside the time to decide): no time of
/// the limit, like "Không tính thời gian", and no finding. A step of the
/// office's work timed so has no time, and says so (DOC-032).
#[test]
fn office_hours_on_the_return_of_the_result_take_no_time() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let body = [
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        p("(Kèm theo Quyết định số 3857/QĐ-UBND ngày 26/11/2026 của Chủ tịch UBND tỉnh Hòa An)"),
        p("I. Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư (mã số 1.012994)"),
        Block::Table(table(&[
            &[
                "Thứ tự công việc",
                "Đơn vị/người thực hiện",
                "Nội dung công việc",
                "Thời gian thực hiện (tính mỗi ngày 08 giờ làm việc)",
            ],
            &["Bước 1", "Bộ phận Một cửa cấp xã", "Tiếp nhận, kiểm tra hồ sơ", "04 giờ"],
            &[
                "Bước 2",
                "Công chức địa chính",
                "Thẩm định hồ sơ, dự thảo kết quả",
                "Giờ hành chính",
            ],
            &["Bước 3", "Chủ tịch UBND xã", "Ký kết quả", "04 giờ"],
            &[
                "Bước 4",
                "Bộ phận Một cửa cấp xã",
                "Trả kết quả cho tổ chức, cá nhân",
                "Giờ hành chính",
            ],
            &["Tổng thời gian giải quyết", "", "", "16 giờ (tương đương 02 ngày làm việc)"],
        ])),
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let steps = all[0].0.steps.clone().unwrap_or_default();
    let durations: Vec<_> = steps.iter().map(|s| s.duration.map(|d| d.value)).collect();
    assert_eq!(durations, [Some(4.0), None, Some(4.0), Some(0.0)]);
    let checker = crate::documents::Checker::new(Default::default()).unwrap();
    let report = checker.check_document(&all[0].0, NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
    assert_eq!(report.rule_ids(), ["DOC-032"]);
    assert_eq!(report.findings[0].pointer, "/steps/1/duration");
}

/// Cao Bằng writes "Không quy định" (annex-research.md, source 2) where the law sets no time limit for a
/// TTHC (a line or the total row): that is a limit stated, none, not one
/// missing (no DOC-034); the steps have nothing to be added up against.
/// A procedure whose limit is simply absent still gets DOC-034.
#[test]
fn a_limit_the_law_does_not_set_is_no_missing_limit() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let steps = |total: &str| {
        Block::Table(table(&[
            &["Bước thực hiện", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện"],
            &["Bước 1", "Tiếp nhận hồ sơ", "Công chức một cửa", "0,5 ngày làm việc"],
            &["Bước 2", "Thẩm định, trình ký", "Phòng Công chức", "30 ngày làm việc"],
            &["Tổng thời gian giải quyết", "", "", total],
        ]))
    };
    let body = [
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA SỞ NỘI VỤ"),
        p("(Kèm theo Quyết định số 2028/QĐ-UBND ngày 28/11/2026 của Chủ tịch UBND tỉnh Hòa An)"),
        p("1. Quy trình nội bộ giải quyết TTHC: Thủ tục thi tuyển công chức"),
        steps("Không quy định"),
        p("2. Quy trình nội bộ giải quyết TTHC: Thủ tục xét tuyển công chức"),
        p("- Thời gian giải quyết: Không quy định."),
        steps(""),
        p("3. Quy trình nội bộ giải quyết TTHC: Thủ tục tiếp nhận vào làm công chức"),
        steps(""),
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let docs: Vec<_> = all.iter().map(|(d, _)| d).collect();
    let none: Vec<_> = docs.iter().map(|d| (d.no_statutory_limit, d.statutory_limit)).collect();
    assert_eq!(none, [(true, None), (true, None), (false, None)]);
    assert!(all[1].1.found.iter().any(|n| n.field == "/noStatutoryLimit"));
    let checker = crate::documents::Checker::new(Default::default()).unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let ids: Vec<_> = docs.iter().map(|d| checker.check_document(d, as_of).rule_ids()).collect();
    // No code is printed (DOC-038, information), as in 46.
    assert_eq!(ids, [vec!["DOC-038"], vec!["DOC-038"], vec!["DOC-038", "DOC-034"]]);
}

/// Steps written as sentences (Cà Mau) are a procedure's steps; sentences
/// "Bước 1: …" above its step table only describe the table, whose rows
/// are the steps (not both).
#[test]
fn steps_as_sentences_or_a_table_but_not_both() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let body = [
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"),
        p("(Kèm theo Quyết định số 0865/QĐ-UBND ngày 24/11/2026 của Chủ tịch UBND tỉnh Lam Giang)"),
        p("1. Thủ tục chứng thực chữ ký (Mã TTHC: 2.000884)"),
        p("- Bước 1: Công chức một cửa tiếp nhận hồ sơ: 04 giờ làm việc."),
        p("- Bước 2: Chủ tịch UBND xã ký chứng thực: 04 giờ làm việc."),
        p("2. Thủ tục chứng thực bản sao từ bản chính (Mã TTHC: 2.000815)"),
        p("Bước 1: tiếp nhận; Bước 2: ký chứng thực."),
        Block::Table(table(&[
            &["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian"],
            &["Bước 1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc"],
            &["Bước 2", "Ký chứng thực", "Phó Chủ tịch UBND xã", "04 giờ làm việc"],
            &["Bước 3", "Trả kết quả", "Công chức một cửa", "Không tính thời gian"],
        ])),
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let who: Vec<Vec<_>> = all
        .iter()
        .map(|(d, _)| {
            d.steps.iter().flatten().map(|s| s.responsible.clone().unwrap_or_default()).collect()
        })
        .collect();
    assert_eq!(
        who,
        [
            vec!["Công chức một cửa", "Chủ tịch UBND xã"],
            vec!["Công chức một cửa", "Phó Chủ tịch UBND xã", "Công chức một cửa"],
        ]
    );
    assert!(all[1].1.found.iter().all(|n| !n.text.starts_with("Bước 1: tiếp nhận")));
}

/// A procedure's ký hiệu is its code where the annex says it of the
/// procedure: in its heading's bracket with the TTHC code ("QT-ĐĐ-05", with
/// Đ) or on a line of its own ("- Kí hiệu: …", either spelling); a form's
/// "(ký hiệu: TK-01)" in a step's sentence is no code of the procedure.
#[test]
fn a_ky_hieu_is_the_procedures_code_where_it_is_said_of_it() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    let steps = Block::Table(table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian"],
        &["Bước 1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc"],
        &["Bước 2", "Ký kết quả", "Chủ tịch UBND xã", "04 giờ làm việc"],
    ]));
    let body = [
        p("PHỤ LỤC"),
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        p("(Kèm theo Quyết định số 1627/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND tỉnh Lam Giang)"),
        p("1. Thủ tục đăng ký đất đai lần đầu (Mã TTHC: 1.012345, ký hiệu: QT-ĐĐ-05)"),
        steps.clone(),
        p("2. Thủ tục chứng thực chữ ký"),
        p("- Mã TTHC: 2.000884"),
        p("- Kí hiệu: QTCX-32"),
        steps.clone(),
        p("3. Thủ tục đăng ký khai sinh"),
        p("- Mã TTHC: 1.001193"),
        p("- Người yêu cầu nộp Tờ khai (ký hiệu: TK-01) tại Bộ phận Một cửa."),
        steps,
    ];
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let codes: Vec<&str> = all.iter().map(|(d, _)| d.code.as_str()).collect();
    assert_eq!(codes, ["QT-ĐĐ-05", "QTCX-32", ""]);
}

/// A procedure's part that carries its value on the heading's line
/// ("2.5. Thời hạn giải quyết: 42 ngày làm việc.", a row of Hà Tĩnh's
/// layout table read as a heading): the limit, however short the line.
#[test]
fn a_part_heading_with_its_value_gives_the_limit() {
    let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
    for line in [
        "2.5. Thời hạn giải quyết: 42 ngày làm việc.",
        "2.5. Thời hạn giải quyết: Không quá 42 ngày làm việc",
    ] {
        let body = [
            p("PHỤ LỤC"),
            p("(Kèm theo Quyết định số 2741/QĐ-UBND ngày 17/11/2026 của Chủ tịch UBND tỉnh)"),
            p("1. Thủ tục công nhận kết quả thăm dò khoáng sản"),
            p(line),
            Block::Table(table(&[
                &["TT", "Trình tự", "Trách nhiệm", "Thời gian"],
                &["B1", "Tiếp nhận hồ sơ", "Công chức TN&TKQ", "0,5 ngày làm việc"],
                &["B2", "Thẩm định hồ sơ", "Phòng Khoáng sản", "41,5 ngày làm việc"],
            ])),
        ];
        let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
        let limit = all[0].0.statutory_limit.map(|d| (d.value, d.unit));
        assert_eq!(limit, Some((42.0, DurationUnit::WorkingDays)), "{line}");
    }
}
