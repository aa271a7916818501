//! Steps written as sentences, as Cà Mau writes an annex's procedures
//! (annex-research.md, source 10): "- Bước 1: Chuyên viên trực tại Trung
//! tâm Phục vụ hành chính công tỉnh hướng dẫn, tiếp nhận hồ sơ …: 0,25 ngày
//! làm việc." Who does the step is the sentence's subject, the words
//! before its first verb; its time the figure after the last colon.

use super::super::times::parse_duration;
use super::super::values::unbullet;
use crate::documents::Step;
use crate::text::fold;

/// The step a line writes ("Bước 2: …: 0,5 ngày làm việc."), numbered
/// `order`, or `None` when the line is no step.
pub(super) fn step(text: &str, order: u32) -> Option<Step> {
    let line = unbullet(text);
    let f = fold(&line);
    let rest = f.strip_prefix("buoc ")?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (_, sentence) = line.split_once([':', '.'])?;
    let sentence = sentence.trim();
    // The time: after the last colon whose words start with a figure
    // ("…: 0,5 ngày làm việc. (Trường hợp từ chối …)."), a remark after it
    // staying with the action.
    let timed = sentence.char_indices().rev().filter(|&(_, c)| c == ':').find_map(|(at, _)| {
        let after = sentence[at + 1..].trim();
        let (time, remark) = after.split_once(". ").unwrap_or((after, ""));
        let time = time.trim_end_matches(['.', ';']);
        let d = parse_duration(time).filter(|_| time.starts_with(|c: char| c.is_ascii_digit()))?;
        Some((at, d, remark.trim()))
    });
    let (action, duration) = match timed {
        Some((at, d, "")) => (sentence[..at].trim().to_owned(), Some(d)),
        Some((at, d, remark)) => (format!("{} {remark}", sentence[..at].trim()), Some(d)),
        None => (sentence.trim_end_matches(['.', ';']).to_owned(), None),
    };
    Some(Step {
        order,
        responsible: subject(&action),
        action: Some(action),
        duration,
        ..Step::default()
    })
}

/// The words that name who acts, one of which starts a subject.
const ROLES: &[&str] = &[
    "chuyen vien",
    "cong chuc",
    "vien chuc",
    "can bo",
    "van thu",
    "lanh dao",
    "phong ",
    "van phong",
    "bo phan",
    "trung tam",
    "chu tich",
    "pho chu tich",
    "giam doc",
    "pho giam doc",
    "truong ",
    "pho truong",
    "uy ban",
    "ubnd",
    "so ",
    "chi cuc",
    "thanh tra",
    "nguoi ",
    "to chuc",
    "ke toan",
];

/// The verbs a step's sentence starts its work with: the subject ends
/// before the first.
const VERBS: &[&str] = &[
    "huong dan",
    "tiep nhan",
    "kiem tra",
    "ghi so",
    "tham dinh",
    "xem xet",
    "ky ",
    "trinh",
    "chuyen ",
    "du thao",
    "phan cong",
    "duyet",
    "phe duyet",
    "tra ",
    "lap ",
    "vao so",
    "dong dau",
    "cap nhat",
    "tra cuu",
    "nhap ",
    "so hoa",
    "xac minh",
    "tong hop",
    "hoan thien",
    "thuc hien",
    "xu ly",
    "giai quyet",
    "cho y kien",
    "phoi hop",
    "tham muu",
    "ra soat",
    "phat hanh",
    "gui ",
    "thong bao",
    "niem yet",
    "to chuc ",
    "luu ",
    "ban hanh",
    "nop ",
];

/// "Chuyên viên Phòng Báo chí và Xuất bản kiểm tra, thẩm định …" →
/// "Chuyên viên Phòng Báo chí và Xuất bản": the words before the first
/// verb, when the sentence starts with one who acts; else none (the text
/// names no one the reader can be sure of).
fn subject(sentence: &str) -> Option<String> {
    let f = fold(sentence);
    if !ROLES.iter().any(|r| f.starts_with(r)) {
        return None;
    }
    // Word by word: the first word (from the second) where a verb starts,
    // written small ("Bộ phận Tiếp nhận và Trả kết quả tiếp nhận …": the
    // unit's name is capitalised).
    let original: Vec<char> = sentence.chars().collect();
    let starts = f
        .char_indices()
        .enumerate()
        .filter(|&(_, (i, c))| i > 0 && c != ' ' && f[..i].ends_with(' '));
    let cut = starts
        .filter(|&(k, _)| original.get(k).is_some_and(|c| c.is_lowercase()))
        .map(|(_, (i, _))| i)
        .find(|&i| {
            let verb = VERBS.iter().any(|v| f[i..].starts_with(v) || f[i..] == *v.trim_end());
            // The second syllable of "đăng ký", "kiểm tra" is no verb alone.
            let second = [("dang ", "ky"), ("kiem ", "tra")]
                .iter()
                .any(|(first, then)| f[..i].ends_with(first) && f[i..].starts_with(then));
            verb && !second
        })?;
    // Folding keeps the number of characters: cut by characters.
    let chars = f[..cut].chars().count();
    let who: String = sentence.chars().take(chars).collect();
    let who = who.trim().trim_end_matches([',', ';']);
    // A subject is a name, not half the sentence.
    (!who.is_empty() && who.split_whitespace().count() <= 14).then(|| who.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DurationUnit;

    #[test]
    fn a_step_sentence_gives_its_subject_action_and_time() {
        let s = step(
            "- Bước 2: Chuyên viên Phòng Báo chí và Xuất bản kiểm tra, thẩm định hồ sơ: 0,5 ngày \
             làm việc. (Trường hợp từ chối phải nêu rõ lý do bằng văn bản).",
            2,
        )
        .unwrap();
        assert_eq!(s.responsible.as_deref(), Some("Chuyên viên Phòng Báo chí và Xuất bản"));
        assert_eq!(
            s.action.as_deref(),
            Some(
                "Chuyên viên Phòng Báo chí và Xuất bản kiểm tra, thẩm định hồ sơ (Trường hợp \
                 từ chối phải nêu rõ lý do bằng văn bản)."
            )
        );
        assert_eq!(s.duration.map(|d| (d.value, d.unit)), Some((0.5, DurationUnit::WorkingDays)));
        let s = step("- Bước 3: Văn thư ghi số, lưu hồ sơ: 0,25 ngày làm việc.", 3).unwrap();
        assert_eq!((s.responsible.as_deref(), s.order), (Some("Văn thư"), 3));
        // Units whose names hold verbs, and "cấp" as a level.
        for (sentence, who) in [
            ("Văn phòng Đăng ký đất đai tiếp nhận hồ sơ", "Văn phòng Đăng ký đất đai"),
            (
                "Bộ phận Tiếp nhận và Trả kết quả tiếp nhận hồ sơ",
                "Bộ phận Tiếp nhận và Trả kết quả",
            ),
            ("Phòng Kiểm tra chất lượng xem xét hồ sơ", "Phòng Kiểm tra chất lượng"),
            ("Công chức cấp xã tiếp nhận hồ sơ", "Công chức cấp xã"),
            ("Lãnh đạo Sở ký duyệt kết quả", "Lãnh đạo Sở"),
            ("Chủ tịch UBND xã ký chứng thực", "Chủ tịch UBND xã"),
        ] {
            let s = step(&format!("- Bước 1: {sentence}: 01 ngày làm việc."), 1).unwrap();
            assert_eq!(s.responsible.as_deref(), Some(who), "{sentence}");
        }
        // No one named, no time written: none read (the checks say so).
        let s = step("Bước 4: Trả kết quả cho tổ chức, cá nhân.", 4).unwrap();
        assert_eq!((s.responsible, s.duration), (None, None));
        assert_eq!(s.action.as_deref(), Some("Trả kết quả cho tổ chức, cá nhân"));
        // Not a step: a line that only mentions steps.
        assert!(step("- Bước tiếp theo do Văn phòng thực hiện.", 1).is_none());
    }
}
