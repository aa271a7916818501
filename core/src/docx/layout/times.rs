//! Times as agencies write them: a step's time or a limit ("04 giờ làm
//! việc", "½ ngày", "Từ 01 đến 03 ngày", "01 buổi"), no limit ("Không quy
//! định"), and the times that take none of the limit.

use std::borrow::Cow;

use crate::text::fold;
use crate::{Duration, DurationUnit};

/// "Không quy định" where a limit is written: the law sets no processing
/// time for the TTHC.
pub(super) fn no_limit(text: &str) -> bool {
    let f = fold(text);
    let f = f.trim_start_matches(['-', ' ', ':']);
    // "Không qui định": the older spelling, still printed.
    f.starts_with("khong quy dinh") || f.starts_with("khong qui dinh")
}

/// A time limit as agencies write it: "04 giờ làm việc", "1/2 ngày",
/// "0,5 ngày", "05 ngày làm việc", "Trong ngày", "15 ngày".
pub(super) fn parse_duration(text: &str) -> Option<Duration> {
    // "½ ngày": the vulgar fractions Word's autocorrect makes.
    let text: Cow<'_, str> = if text.contains(['½', '¼', '¾']) {
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            let after_digit = out.ends_with(|p: char| p.is_ascii_digit());
            match (c, after_digit) {
                ('½', true) => out.push_str(".5"),
                ('¼', true) => out.push_str(".25"),
                ('¾', true) => out.push_str(".75"),
                ('½', false) => out.push_str("1/2"),
                ('¼', false) => out.push_str("1/4"),
                ('¾', false) => out.push_str("3/4"),
                _ => out.push(c),
            }
        }
        out.into()
    } else {
        text.into()
    };
    let folded = fold(&text);
    let t = folded.trim();
    // "Trong ngày", "Ngay trong ngày tiếp nhận" (before any figure); "Ngay
    // sau khi nhận đủ hồ sơ hợp lệ" (Hà Tĩnh 3004/QĐ-UBND), at once: as a
    // limit, within the day (a step done at once is no time: the step
    // table says so).
    let first_digit = t.find(|c: char| c.is_ascii_digit()).unwrap_or(t.len());
    let at_once =
        first_digit == t.len() && (t.starts_with("ngay sau khi") || t.starts_with("ngay khi"));
    if at_once || t.find("trong ngay").is_some_and(|i| i < first_digit) {
        return Some(Duration { value: 1.0, unit: DurationUnit::WorkingDays });
    }
    // "Từ 01 đến 03 ngày làm việc", "Từ 02 giờ đến 01 ngày làm việc", "01
    // đến 03 ngày": a range is held to its upper bound (read once: the
    // text after the first "đến" that a figure follows).
    let ranged = t.strip_prefix("tu ").unwrap_or(t);
    let digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    let upper =
        ranged.find(" den ").map(|i| &ranged[i + 5..]).filter(|u| digit(ranged) && digit(u));
    figure_and_unit(upper.or_else(|| dashed_upper(ranged)).unwrap_or(t))
}

/// The upper bound of a range typed with a dash: "15 - 30 phút", "01 – 02
/// giờ", "2-3 ngày làm việc".
fn dashed_upper(t: &str) -> Option<&str> {
    let figure = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let after = t.strip_prefix(|c: char| c.is_ascii_digit())?.trim_start_matches(figure);
    let upper = after.trim_start().strip_prefix(['-', '–', '—'])?.trim_start();
    upper.starts_with(|c: char| c.is_ascii_digit()).then_some(upper)
}

/// The first figure of a folded text and the unit after it: "0,5 ngày",
/// "04 giờ làm việc", "30 phút", "15 ngày".
fn figure_and_unit(t: &str) -> Option<Duration> {
    // The number: "1/2", "0,5", "05".
    let start = t.find(|c: char| c.is_ascii_digit())?;
    let num_text: String = t[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '/'))
        .collect();
    let value = match num_text.split_once('/') {
        Some((a, b)) => a.parse::<f64>().ok()? / b.parse::<f64>().ok().filter(|b| *b > 0.0)?,
        None => num_text.trim_end_matches(['.', ',']).replace(',', ".").parse().ok()?,
    };
    let mut rest = t[start + num_text.len()..].trim_start();
    // "02 (hai) ngày làm việc": the figure again in words.
    if let Some((words, after)) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        if words.chars().all(|c| c.is_alphabetic() || c == ' ') {
            rest = after.trim_start();
        }
    }
    let unit = if let Some(after) = rest.strip_prefix("gio") {
        // "01 giờ 30 phút": the minutes too.
        let minutes = after.trim_start();
        let m: String = minutes.chars().take_while(char::is_ascii_digit).collect();
        let of_minutes = minutes[m.len()..].trim_start().starts_with("phut");
        if let (Ok(m), true) = (m.parse::<f64>(), of_minutes) {
            return Some(Duration { value: value + m / 60.0, unit: DurationUnit::WorkingHours });
        }
        DurationUnit::WorkingHours
    } else if rest.starts_with("buoi") {
        // A morning or an afternoon of work.
        return Some(Duration { value: value / 2.0, unit: DurationUnit::WorkingDays });
    } else if rest.starts_with("phut") {
        return Some(Duration { value: value / 60.0, unit: DurationUnit::WorkingHours });
    } else if rest.starts_with("ngay lam viec") {
        DurationUnit::WorkingDays
    } else if rest.starts_with("ngay") {
        // "15 ngày" without "làm việc": calendar days (Civil Code), unless
        // the duration is less than a day's work.
        if value < 1.0 {
            DurationUnit::WorkingDays
        } else {
            DurationUnit::CalendarDays
        }
    } else {
        return None;
    };
    Some(Duration { value, unit })
}

/// A step's time that takes none of the limit (`t`, the step's text
/// `text`): "Không tính thời gian", office hours on the return, the
/// appointment slip, a step done at once.
pub(super) fn uncounted(t: &str, text: &str) -> bool {
    // "Không tính thời gian": the step takes none of the limit.
    // ("Không tính vào thời gian giải quyết").
    // "Giờ hành chính" on the return of the result (Nghệ An): during
    // office hours, outside the time to decide. (On the applicant's
    // submission it is when the dossier may be filed: no time of the
    // agency's, and none is asked of the applicant.)
    let office_hours = |t: &str| {
        let a = fold(text);
        fold(t).trim_end_matches('.') == "gio hanh chinh"
            && (a.contains("tra ket qua") || a.starts_with("trao ") || a.contains("tra giay"))
    };
    // "Theo thời gian ghi trên phiếu hẹn" on the return (the appointment
    // slip says when), "(không tính vào thời gian giải quyết)" anywhere.
    let by_slip = |t: &str| {
        let f = fold(t);
        f.contains("ghi tren phieu hen")
            || f.contains("khong tinh vao thoi gian")
            || ["theo giay hen", "theo phieu hen"].iter().any(|w| f.trim().starts_with(w))
    };
    // A step done at once ("Ngay sau khi nhận đủ hồ sơ hợp lệ", Hà Tĩnh
    // 3004/QĐ-UBND) or of no time ("Không có", Đồng Nai 2776/QĐ-UBND).
    let at_once = |t: &str| {
        let f = fold(t);
        let f = f.trim().trim_end_matches('.');
        !f.contains(|c: char| c.is_ascii_digit())
            && (f.starts_with("ngay sau khi") || f.starts_with("ngay khi") || f == "khong co")
    };
    fold(t).starts_with("khong tinh") || office_hours(t) || at_once(t) || by_slip(t)
}
