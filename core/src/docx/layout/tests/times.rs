//! Times as agencies write them: a step's time and the procedure's, in
//! words, figures, ranges and under the units of a table's header.

use super::*;

/// A procedure whose section 5 is one step table of `rows` (header first).
fn section_5(rows: &[&[&str]]) -> crate::documents::ProcedureDocument {
    let heading = Para { text: "5. NỘI DUNG QUY TRÌNH".into(), bold: true, ..Para::default() };
    let body = [Block::Para(heading), Block::Table(table(rows))];
    read(&body, &[], 100, &mut Extraction::default()).unwrap()
}

/// Each step's time as value and unit.
fn times(doc: &crate::documents::ProcedureDocument) -> Vec<Option<(f64, DurationUnit)>> {
    doc.steps.iter().flatten().map(|s| s.duration.map(|d| (d.value, d.unit))).collect()
}

#[test]
fn durations_as_agencies_write_them() {
    let d = |t: &str| parse_duration(t).map(|d| (d.value, d.unit));
    let wd = |v| Some((v, DurationUnit::WorkingDays));
    assert_eq!(d("04 giờ làm việc"), Some((4.0, DurationUnit::WorkingHours)));
    assert_eq!(d("1/2 ngày"), Some((0.5, DurationUnit::WorkingDays)));
    assert_eq!(d("0,5 ngày"), Some((0.5, DurationUnit::WorkingDays)));
    assert_eq!(d("05 ngày làm việc"), Some((5.0, DurationUnit::WorkingDays)));
    assert_eq!(d("Trong ngày"), Some((1.0, DurationUnit::WorkingDays)));
    assert_eq!(d("15 ngày"), Some((15.0, DurationUnit::CalendarDays)));
    // At once (Hà Tĩnh 3004/QĐ-UBND) as a limit: within the day, as
    // "Trong ngày" (a step done at once is no time: see below). A limit of
    // no time would make any step of minutes exceed it.
    assert_eq!(d("ngay khi nhận"), Some((1.0, DurationUnit::WorkingDays)));
    assert_eq!(d("Ngay sau khi nhận đủ hồ sơ hợp lệ."), Some((1.0, DurationUnit::WorkingDays)));
    assert_eq!(d("ngày 15/8"), None, "a date is no time");
    // A range whose bounds have units of their own; a range repeated
    // without end is read once (a pasted cell must not take the reader
    // down).
    assert_eq!(d("Từ 02 giờ đến 01 ngày làm việc"), wd(1.0));
    // A range typed with a dash, and hours with their minutes (field test
    // 3: a Trung tâm PVHCC's one-stop steps).
    let wh = |v| Some((v, DurationUnit::WorkingHours));
    assert_eq!(d("15 - 30 phút"), wh(0.5));
    assert_eq!(d("01 – 02 giờ"), wh(2.0));
    assert_eq!(d("2-3 ngày làm việc"), wd(3.0));
    assert_eq!(d("01 giờ 30 phút"), wh(1.5));
    assert_eq!(d("01 giờ 45 phút làm việc"), wh(1.75));
    assert_eq!(d("02 giờ, 30 phút sau khi nhận"), wh(2.0), "two times, not one");
    assert_eq!(d("1/2 ngày"), wd(0.5), "a fraction is no range");
    assert_eq!(d(&"1 đến ".repeat(20_000)), None);
    // As published (durations-research, tnt305/tai_lieu_noi_bo and
    // provincial portals): a range is its upper bound; a figure's lead-in,
    // start point, equivalent and reduction ratio change nothing; a clock
    // time ("sau 15 giờ") after "trong ngày" is no duration.
    assert_eq!(
        d("Từ 01 đến 03 ngày làm việc, kể từ ngày nhận hồ sơ hoàn chỉnh và hợp lệ"),
        wd(3.0)
    );
    assert_eq!(d("7.5 ngày làm việc"), wd(7.5));
    assert_eq!(
        d("168 giờ (tương đương 21 ngày) kể từ ngày nhận đủ hồ sơ theo quy định"),
        Some((168.0, DurationUnit::WorkingHours))
    );
    assert_eq!(
        d("Trong thời hạn 02 ngày làm việc (cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) kể từ ngày nhận đủ hồ sơ"),
        wd(2.0)
    );
    assert_eq!(
        d("Ngay trong ngày tiếp nhận yêu cầu, trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo"),
        wd(1.0)
    );
    assert_eq!(
        d("Thời hạn thực hiện yêu cầu chứng thực là ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ."),
        wd(1.0)
    );
    // A whole and its parts per agency (Nghệ An 3854/QĐ-UBND; Cà Mau
    // 01779/QĐ-UBND): the whole comes first and is the limit.
    assert_eq!(
        d("96 giờ làm việc (12 ngày làm việc kể từ ngày nhận đủ hồ sơ) trong đó: - Tại UBND cấp xã: 40 giờ làm việc (tương đương với 05 ngày làm việc); - Tại Sở Nội vụ: 56 giờ làm việc (tương đương với 07 ngày làm việc)"),
        Some((96.0, DurationUnit::WorkingHours))
    );
    assert_eq!(
        d("Trong thời hạn tối đa là 48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%) kể từ ngày nhận đủ hồ sơ hợp lệ, trong đó: Tại Sở Nông nghiệp và Môi trường: 43 ngày"),
        Some((48.0, DurationUnit::CalendarDays))
    );
    // Alternatives: the usual case is the limit.
    assert_eq!(
        d("10 ngày hoặc 30 ngày (đối với trường hợp chưa đủ căn cứ xác nhận) kể từ ngày nhận hồ sơ"),
        Some((10.0, DurationUnit::CalendarDays))
    );
    assert_eq!(
        d("Không quá 12 ngày kể từ ngày nhận được hồ sơ hợp lệ."),
        Some((12.0, DurationUnit::CalendarDays))
    );
}

/// "02 ngày" in a column headed "Thời gian (ngày làm việc)": the header
/// says which days, as it does for a bare "02"; a cell that names its
/// own days keeps them.
#[test]
fn days_under_a_working_days_header_are_working_days() {
    use crate::DurationUnit::{CalendarDays, WorkingDays, WorkingHours};
    let steps = |head: &str| {
        times(&section_5(&[
            &["Bước", "Nội dung công việc", "Trách nhiệm", head],
            &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "0,5 ngày"],
            &["2", "Thẩm định hồ sơ", "Công chức tư pháp", "02 ngày"],
            &["3", "Ký duyệt", "Chủ tịch UBND xã", "02"],
            &["4", "Trả kết quả", "Công chức một cửa", "04 giờ"],
            &["5", "Niêm yết", "Công chức tư pháp", "05 ngày lịch"],
            &["6", "Lưu hồ sơ", "Văn thư", "Không quá 0,5"],
            &["7", "Trả kết quả", "Bộ phận một cửa", "Giờ hành chính"],
        ]))
    };
    assert_eq!(
        steps("Thời gian (ngày làm việc)"),
        [
            Some((0.5, WorkingDays)),
            Some((2.0, WorkingDays)),
            Some((2.0, WorkingDays)),
            Some((4.0, WorkingHours)),
            Some((5.0, CalendarDays)),
            // Words around a figure take the header's unit; words alone
            // ("Giờ hành chính", the return of the result) no time.
            Some((0.5, WorkingDays)),
            Some((0.0, WorkingDays)),
        ]
    );
    // Without a unit in the header, "02 ngày" is two calendar days.
    assert_eq!(steps("Thời gian")[1], Some((2.0, CalendarDays)));
}

/// A step done at once takes none of the time to decide (Hà Tĩnh
/// 3004/QĐ-UBND: "Ngay sau khi nhận đủ hồ sơ hợp lệ"; Đồng Nai
/// 2776/QĐ-UBND: "Không có"). "Giờ hành chính" on the applicant's
/// submission is when the dossier may be filed, no time of the agency's
/// (as corpus 20 reads it); on a step that decides it is no time given
/// (DOC-032).
#[test]
fn steps_done_at_once_take_no_time() {
    let doc = section_5(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["1", "Nộp hồ sơ", "Tổ chức, cá nhân", "Giờ hành chính"],
        &[
            "2",
            "Tiếp nhận, kiểm tra hồ sơ",
            "Công chức một cửa",
            "Ngay sau khi nhận đủ hồ sơ hợp lệ",
        ],
        &["3", "Chuyển hồ sơ", "Công chức một cửa", "Không có"],
        &["4", "Thẩm định hồ sơ", "Công chức tư pháp", "04 giờ làm việc"],
        &["5", "Xem xét, ký", "Chủ tịch UBND xã", "Giờ hành chính"],
    ]);
    let steps = doc.steps.unwrap_or_default();
    let minutes: Vec<_> =
        steps.iter().map(|s| s.duration.and_then(|d| d.working_minutes(480.0))).collect();
    assert_eq!(minutes, [None, Some(0.0), Some(0.0), Some(240.0), None]);
}

/// A header that carries the procedure's whole time (Đồng Nai 2811/QĐ-UBND:
/// "THỜI GIAN GIẢI QUYẾT TTHC (03 ngày làm việc)") gives its steps the unit
/// only: "0,5" under it is half a working day, not unread.
#[test]
fn a_header_with_the_total_gives_its_unit_only() {
    let total = "THỜI GIAN GIẢI QUYẾT TTHC (03 ngày làm việc)";
    let doc = section_5(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", total],
        &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "0,5"],
        &["2", "Thẩm định hồ sơ", "Công chức tư pháp", "02 ngày"],
        &["3", "Ký kết quả", "Chủ tịch UBND xã", "0,5"],
    ]);
    let wd = |v| Some((v, DurationUnit::WorkingDays));
    assert_eq!(times(&doc), [wd(0.5), wd(2.0), wd(0.5)]);
    // The header's figure is the procedure's time; a header's rule for
    // counting hours is not.
    assert_eq!(doc.statutory_limit.map(|d| (d.value, d.unit)), wd(3.0));
    let rule = "Thời hạn giải quyết (tính mỗi ngày 08 giờ)";
    let doc = section_5(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", rule],
        &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ"],
    ]);
    assert_eq!(doc.statutory_limit, None);
    // Rules for counting with the figure first are no time either: "08
    // giờ/ngày" is no limit (the total row is), "01 ngày làm việc = 08
    // giờ" gives no unit to a bare "8".
    for header in
        ["Thời gian giải quyết (08 giờ/ngày)", "Thời gian giải quyết (01 ngày làm việc = 08 giờ)"]
    {
        let doc = section_5(&[
            &["Bước", "Nội dung công việc", "Trách nhiệm", header],
            &["1", "Tiếp nhận hồ sơ", "Công chức một cửa", "8"],
            &["Tổng thời gian giải quyết", "", "", "03 ngày làm việc"],
        ]);
        assert_eq!(doc.statutory_limit.map(|d| (d.value, d.unit)), wd(3.0), "{header}");
        assert_ne!(times(&doc)[0], wd(8.0), "{header}");
    }
}

/// A step table through two levels, each opened by a merged row that names
/// the level and its share of the time (Cao Bằng 2022/QĐ-UBND: "Quy trình
/// giải quyết tại cấp xã (03 ngày làm việc)"): those rows are no steps,
/// and the total row is the limit.
#[test]
fn rows_of_each_level_with_their_time_are_no_steps() {
    let doc = section_5(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
        &["Quy trình giải quyết tại cấp xã (03 ngày làm việc)"; 4],
        &["Bước 1", "Tiếp nhận hồ sơ", "Công chức một cửa", "0,5 ngày làm việc"],
        &["Bước 2", "Thẩm định, trình ký", "Công chức văn hóa - xã hội", "2,5 ngày làm việc"],
        &["Quy trình giải quyết tại Sở Y tế (02 ngày làm việc)"; 4],
        &["Bước 3", "Thẩm định, quyết định", "Phòng Nghiệp vụ", "1,5 ngày làm việc"],
        &["Bước 4", "Trả kết quả", "Bộ phận một cửa", "0,5 ngày làm việc"],
        &["Tổng thời gian giải quyết: 05 ngày làm việc"; 4],
    ]);
    let steps = doc.steps.unwrap_or_default();
    let names: Vec<_> = steps.iter().map(|s| s.action.clone().unwrap_or_default()).collect();
    assert_eq!(
        names,
        ["Tiếp nhận hồ sơ", "Thẩm định, trình ký", "Thẩm định, quyết định", "Trả kết quả"]
    );
    let limit = doc.statutory_limit.map(|d| (d.value, d.unit));
    assert_eq!(limit, Some((5.0, DurationUnit::WorkingDays)));
}
