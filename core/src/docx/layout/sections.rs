//! The numbered sections of a procedure, known by what their headings say.

use super::super::xml::Para;
use crate::text::fold;

/// The sections of a procedure, by what their headings say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Purpose,
    Scope,
    References,
    Definitions,
    Content,
    Forms,
    Records,
    /// "Nơi nhận": who receives copies.
    Distribution,
}

/// A heading's section, from its folded text without its number
/// ("1. MỤC ĐÍCH", "III. Căn cứ pháp lý", "5. NỘI DUNG QUY TRÌNH").
pub(super) fn section_of(p: &Para) -> Option<Section> {
    let text = p.text.trim();
    if text.is_empty() || text.chars().count() > 60 {
        return None;
    }
    let folded = fold(text);
    let words = strip_number(&folded);
    // A heading is short and starts with its keyword.
    let s = match () {
        _ if words.starts_with("muc dich") => Section::Purpose,
        _ if words.starts_with("pham vi") => Section::Scope,
        _ if words.starts_with("tai lieu vien dan")
            || words.starts_with("can cu phap ly")
            || words.starts_with("co so phap ly")
            || words.starts_with("can cu") =>
        {
            Section::References
        }
        // "4. TỪ VIẾT TẮT", "Các chữ viết tắt": abbreviations are defined.
        _ if words.starts_with("dinh nghia")
            || words.starts_with("thuat ngu")
            || ["tu viet tat", "cac tu viet tat", "chu viet tat", "cac chu viet tat"]
                .iter()
                .any(|w| words.starts_with(w)) =>
        {
            Section::Definitions
        }
        _ if words.starts_with("noi dung quy trinh")
            || words == "noi dung"
            || words.starts_with("trinh tu thuc hien") =>
        {
            Section::Content
        }
        _ if words.starts_with("bieu mau") => Section::Forms,
        _ if words.starts_with("noi nhan") || words.starts_with("phan phoi") => {
            Section::Distribution
        }
        _ if words.starts_with("ho so can luu")
            || words.starts_with("ho so") && words.len() < 20 =>
        {
            Section::Records
        }
        _ => return None,
    };
    // Numbered, or set apart (bold, a heading style, upper case).
    let set_apart = p.bold
        || p.numbered
        || p.style.as_deref().is_some_and(|s| s.to_lowercase().starts_with("heading"))
        || text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        || words.len() < folded.len()
        || (s == Section::Distribution && text.ends_with(':'));
    set_apart.then_some(s)
}

/// The heading of an appendix after the procedure ("PHỤ LỤC", "8. PHỤ
/// LỤC", "Phụ lục: Các biểu mẫu"): the forms printed there, their
/// headings ("Mẫu 01"), numbered lines and tables, are no part of the
/// procedure's sections.
pub(super) fn is_appendix(p: &Para) -> bool {
    let text = p.text.trim();
    let folded = fold(text);
    let words = strip_number(&folded);
    let set_apart = p.bold
        || p.style.as_deref().is_some_and(|s| s.to_lowercase().starts_with("heading"))
        || text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    words.starts_with("phu luc") && text.chars().count() <= 80 && set_apart
}

/// A numbered sub-heading such as "5.2. Thành phần hồ sơ": short, opening
/// with "digits.digits".
pub(super) fn is_sub_heading(text: &str) -> bool {
    let t = text.trim();
    let mut parts = t.splitn(3, '.');
    let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let b = b.trim_start();
    !a.is_empty()
        && a.chars().all(|c| c.is_ascii_digit())
        && b.starts_with(|c: char| c.is_ascii_digit())
        && t.chars().count() <= 60
}

/// The text without a leading "5.", "5.1.", "III." or "a)".
pub(super) fn strip_number(folded: &str) -> &str {
    let t = folded.trim_start();
    let end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ')' || c == ' '))
        .map_or(t.len(), |(i, _)| i);
    let (head, rest) = t.split_at(end);
    if !head.is_empty() {
        return rest.trim_start();
    }
    // Roman numerals: "iii. " (folded to lower case).
    if let Some((num, rest)) = t.split_once(". ") {
        if !num.is_empty() && num.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
            return rest.trim_start();
        }
    }
    t
}
