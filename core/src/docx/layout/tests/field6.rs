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

/// Sub-steps "B1.1", "B1.2" under "B1", which states their time together:
/// one step whose time is B1's, the sub-steps' forms its own; a parent
/// with no time of its own takes its sub-steps' times.
#[test]
fn sub_steps_count_once() {
    let steps = table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        &["B1", "Tiếp nhận hồ sơ", "Trung tâm PVHCC", "0,5 ngày làm việc", ""],
        &["B1.1", "Kiểm tra hồ sơ", "Công chức một cửa", "02 giờ làm việc", "Mẫu 01"],
        &["B1.2", "Chuyển hồ sơ", "Công chức một cửa", "02 giờ làm việc", "Mẫu 06"],
        &["B2", "Thẩm định hồ sơ", "Phòng Lao động – Tiền lương", "", ""],
        &["B2.1", "Xem xét nội dung", "Chuyên viên", "04 ngày làm việc", "BM.LĐ.02.01"],
        &["B2.2", "Dự thảo văn bản", "Chuyên viên", "01 ngày làm việc", "BM.LĐ.02.01"],
        &["B3", "Ký văn bản", "Lãnh đạo Sở", "01 ngày làm việc", ""],
    ]);
    let d = doc(&[p("5. NỘI DUNG QUY TRÌNH"), Block::Table(steps)]);
    let steps: Vec<_> = d
        .steps
        .unwrap()
        .into_iter()
        .map(|s| (s.order, s.duration.map(|d| (d.value, d.unit)), s.forms))
        .collect();
    let wd = DurationUnit::WorkingDays;
    assert_eq!(
        steps,
        [
            (1, Some((0.5, wd)), vec!["Mẫu 01".to_owned(), "Mẫu 06".to_owned()]),
            (2, Some((5.0, wd)), vec!["BM.LĐ.02.01".to_owned()]),
            (3, Some((1.0, wd)), vec![]),
        ]
    );
}

/// "01 buổi": half a working day (a morning or an afternoon of work).
#[test]
fn a_session_is_half_a_working_day() {
    use super::super::values::parse_duration;
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
