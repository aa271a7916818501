//! What a sixth field test asked of the reader (a half day among calendar
//! days, an approval heading over a signature grid at the end, a citation
//! a PDF broke at its hyphen): `tests/corpus/docx/pending/field6`.

use super::*;

/// "0,5 ngày" among steps in plain days, under a limit in days: half a
/// day of the calendar, so that the steps add up against the limit.
#[test]
fn a_half_day_among_calendar_days_is_one() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["B1", "Tiếp nhận hồ sơ", "Công chức Sở tại Trung tâm PVHCC", "0,5 ngày"],
        &["B2", "Thẩm định hồ sơ", "Chuyên viên Phòng Khoáng sản", "36 ngày"],
        &["B3", "Trình ký, ban hành", "Văn thư Sở", "0,5 ngày"],
    ]);
    let d = doc(&[
        p("5. NỘI DUNG QUY TRÌNH"),
        p("5.3. Thời hạn giải quyết: 37 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."),
        Block::Table(steps),
    ]);
    let units: Vec<_> = d.steps.unwrap().into_iter().map(|s| s.duration.unwrap().unit).collect();
    assert_eq!(units, [DurationUnit::CalendarDays; 3]);
    // Among working days, a half day stays one of work.
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "0,5 ngày"],
        &["2", "Thẩm định hồ sơ", "Công chức tư pháp", "02 ngày làm việc"],
    ]);
    let d = doc(&[
        p("5. NỘI DUNG QUY TRÌNH"),
        p("5.3. Thời hạn giải quyết: 03 ngày làm việc."),
        Block::Table(steps),
    ]);
    let units: Vec<_> = d.steps.unwrap().into_iter().map(|s| s.duration.unwrap().unit).collect();
    assert_eq!(units, [DurationUnit::WorkingDays; 2]);
}

/// "PHÊ DUYỆT QUY TRÌNH" over a signature grid at the end of the document,
/// after the records: the grid's caption, not a record.
#[test]
fn an_approval_caption_after_the_records_is_no_record() {
    let grid = table(&[
        &["", "Soạn thảo", "Kiểm tra", "Phê duyệt"],
        &["Họ và tên", "Lê Thị Hoa", "Trần Văn Nam", "Nguyễn Hữu Phước"],
        &["Chức vụ", "Chuyên viên", "Trưởng phòng", "Giám đốc"],
    ]);
    let d = doc(&[
        p("QUY TRÌNH X"),
        p("7. HỒ SƠ CẦN LƯU"),
        p("Sổ theo dõi giải quyết hồ sơ"),
        p("PHÊ DUYỆT QUY TRÌNH"),
        Block::Table(grid),
    ]);
    let records: Vec<String> = d.records.unwrap().into_iter().map(|r| r.name).collect();
    assert_eq!(records, ["Sổ theo dõi giải quyết hồ sơ"]);
    assert_eq!(d.signatures.approved.unwrap().name.as_deref(), Some("Nguyễn Hữu Phước"));
}

/// A citation a PDF's line cut at the hyphen of its number ("Nghị định số
/// 07/2025/NĐ-" / "CP ngày 09/01/2025 …") is one citation, its number
/// whole.
#[test]
fn a_number_cut_at_its_hyphen_goes_on() {
    let d = doc(&[
        p("QUY TRÌNH X"),
        p("3. CĂN CỨ PHÁP LÝ"),
        p("- Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014;"),
        p("- Nghị định số 07/2025/NĐ-"),
        p("CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định;"),
    ]);
    let numbers: Vec<String> = d.legal_basis.unwrap().into_iter().map(|r| r.number).collect();
    assert_eq!(numbers, ["60/2014/QH13", "07/2025/NĐ-CP"]);
}

/// Sub-steps "B1.1", "B1.2" under "B1" with times of their own are the
/// steps, "B1" only groups them (its time their sum; corpus 75 reads
/// sub-steps so); untimed, they are parts of the step above.
#[test]
fn sub_steps_count_once() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        &["B1", "Tiếp nhận hồ sơ", "Trung tâm PVHCC", "0,5 ngày làm việc", ""],
        &["B1.1", "Kiểm tra hồ sơ", "Công chức một cửa", "04 giờ làm việc", "Mẫu 01"],
        &["B1.2", "Chuyển hồ sơ", "Công chức một cửa", "", "Mẫu 06"],
        &["B2", "Thẩm định hồ sơ", "Phòng Lao động – Tiền lương", "", ""],
        &["B2.1", "Xem xét nội dung", "Chuyên viên", "04 ngày làm việc", "BM.LĐ.02.01"],
        &["B2.2", "Dự thảo văn bản", "Chuyên viên", "01 ngày làm việc", "BM.LĐ.02.01"],
        &["B3", "Ký văn bản", "Lãnh đạo Sở", "01 ngày làm việc", ""],
        &["B3.1", "Ký số văn bản", "Lãnh đạo Sở", "", "Mẫu 06"],
    ]);
    let d = doc(&[p("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps)]);
    let steps: Vec<_> = d
        .steps
        .unwrap()
        .into_iter()
        .map(|s| (s.order, s.action.unwrap(), s.duration.map(|d| d.value), s.forms))
        .collect();
    let f = |c: &[&str]| c.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    assert_eq!(
        steps,
        [
            (1, "Kiểm tra hồ sơ".to_owned(), Some(4.0), f(&["Mẫu 01"])),
            (2, "Chuyển hồ sơ".to_owned(), None, f(&["Mẫu 06"])),
            (3, "Xem xét nội dung".to_owned(), Some(4.0), f(&["BM.LĐ.02.01"])),
            (4, "Dự thảo văn bản".to_owned(), Some(1.0), f(&["BM.LĐ.02.01"])),
            (5, "Ký văn bản".to_owned(), Some(1.0), f(&["Mẫu 06"])),
        ]
    );
}

/// "01 buổi": half a working day (a morning or an afternoon of work).
#[test]
fn a_session_is_half_a_working_day() {
    use super::super::times::parse_duration;
    let d = |t: &str| parse_duration(t).map(|d| (d.value, d.unit));
    assert_eq!(d("01 buổi"), Some((0.5, DurationUnit::WorkingDays)));
    assert_eq!(d("02 buổi làm việc"), Some((1.0, DurationUnit::WorkingDays)));
}

/// The code only in the running page header, unlabelled ("QT.TP.03 | Lần
/// ban hành: 02 | Trang 1/6"), with the title block alone on the first
/// page: the document's own code.
#[test]
fn an_unlabelled_code_in_the_page_header() {
    let margins = [p("QT.TP.03 | Lần ban hành: 02 | Trang 1/6")];
    let body =
        [p("SỞ TƯ PHÁP TỈNH TÂN HÀ"), p("QUY TRÌNH CẤP PHIẾU LÝ LỊCH TƯ PHÁP"), p("1. MỤC ĐÍCH")];
    let mut x = Extraction::default();
    let d = read(&body, &margins, 100, &mut x).unwrap();
    assert_eq!(d.code, "QT.TP.03");
    assert_eq!(d.issue, 2);
}

/// "Theo giấy hẹn" on the return of the result: when the appointment slip
/// says, no time of the limit.
#[test]
fn by_the_appointment_slip_takes_no_time() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc"],
        &["2", "Trả kết quả", "Công chức một cửa", "Theo giấy hẹn"],
    ]);
    let d = doc(&[p("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps)]);
    let times: Vec<_> = d.steps.unwrap().into_iter().map(|s| s.duration.map(|d| d.value)).collect();
    assert_eq!(times, [Some(4.0), Some(0.0)]);
}

/// A step table a page's end cut in two, its rest without the header and
/// with the last step's text going on in its first row (a PDF converted
/// to Word): one list of steps, the text whole, the total read.
#[test]
fn a_step_table_cut_at_a_page_goes_on() {
    let top = table(&[
        &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        &["1", "Tiếp nhận hồ sơ", "Công chức Trung tâm PVHCC xã", "04 giờ làm việc", "Mẫu 01"],
        &[
            "2",
            "Xem xét, ký Giấy xác nhận; trường hợp không đủ điều kiện thì có văn bản",
            "Chủ tịch UBND xã",
            "04 giờ làm việc",
            "Mẫu 06",
        ],
    ]);
    let rest = table(&[
        &["", "trả lời, nêu rõ lý do.", "", "", ""],
        &["3", "Trả kết quả", "Công chức Trung tâm PVHCC xã", "02 giờ làm việc", "Mẫu 01"],
    ]);
    let d =
        doc(&[p("5. NỘI DUNG QUY TRÌNH"), Block::Table(top), p("Trang 3/4"), Block::Table(rest)]);
    let steps: Vec<_> = d
        .steps
        .unwrap()
        .into_iter()
        .map(|s| (s.order, s.action.unwrap(), s.duration.map(|d| d.value)))
        .collect();
    assert_eq!(
        steps,
        [
            (1, "Tiếp nhận hồ sơ".to_owned(), Some(4.0)),
            (
                2,
                "Xem xét, ký Giấy xác nhận; trường hợp không đủ điều kiện thì có văn bản trả lời, nêu rõ lý do."
                    .to_owned(),
                Some(4.0)
            ),
            (3, "Trả kết quả".to_owned(), Some(2.0)),
        ]
    );
}

/// A table as wide as the step table right after it, with a header of its
/// own, is another table, not the steps going on.
#[test]
fn a_table_with_its_own_header_does_not_go_on_with_the_steps() {
    let steps = table(&[
        &["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc", "Mẫu 01"],
    ]);
    let other = table(&[
        &["TT", "Tên giấy tờ", "Bản chính", "Bản sao", "Ghi chú"],
        &["1", "Tờ khai", "01", "", ""],
    ]);
    let d = doc(&[p("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps), Block::Table(other)]);
    assert_eq!(d.steps.unwrap().len(), 1);
}
