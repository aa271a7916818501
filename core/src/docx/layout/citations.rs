//! A line of the legal basis as agencies write it, which may cite several
//! documents: "Căn cứ Nghị định số 23/2015/NĐ-CP …; Nghị định số
//! 07/2025/NĐ-CP ngày … và Nghị định số 280/2025/NĐ-CP ngày … của Chính
//! phủ sửa đổi …" (Thanh Hóa 145/2025), a decree "được sửa đổi, bổ sung
//! bởi" another, laws by name and date. Each document is a basis of its
//! own, held to the law in force.

use super::values::{legal_reference, parse_date, unbullet};
use crate::documents::references::first_number_in;
use crate::documents::LegalReference;
use crate::text::fold;

/// How a piece of a line is joined to the one before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// The first piece, or after ";".
    Apart,
    /// After "và": the two share what follows the second (its issuer and
    /// subject), when the first says none.
    And,
}

/// What opens a citation (folded): a document type, written out or
/// abbreviated, or "số" before the number of one named before.
const OPENERS: [&str; 15] = [
    "luat ",
    "bo luat ",
    "nghi dinh ",
    "nghi quyet ",
    "thong tu ",
    "quyet dinh ",
    "chi thi ",
    "phap lenh ",
    "cong van ",
    "van ban ",
    "nd ",
    "tt ",
    "qd ",
    "nq ",
    "ttlt ",
];

/// "của" before a document (folded): a title naming what it is of.
const OF_DOCUMENT: [&str; 9] = [
    "cua luat ",
    "cua bo luat ",
    "cua nghi dinh ",
    "cua nghi quyet ",
    "cua thong tu ",
    "cua quyet dinh ",
    "cua phap lenh ",
    "cua cac ",
    "cua nd ",
];

/// At most the first `n` bytes of `s`, cut at a character.
fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// At most the last `n` bytes of `s`, cut at a character.
fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// The documents one line of the legal basis cites, in order.
pub(super) fn legal_references(line: &str) -> Vec<LegalReference> {
    let line = without_pinpoints(&unbullet(line));
    let mut out: Vec<(LegalReference, Joint)> = Vec::new();
    for (piece, joint) in pieces(&line) {
        let mut r = legal_reference(piece);
        // "và Nghị định số 280/2025/NĐ-CP … của Chính phủ sửa đổi …": the
        // first of the two takes the second's issuer and subject.
        if let Some((prev, _)) = out.last_mut().filter(|_| joint == Joint::And) {
            let bare = prev.issuer.is_none() && prev.title.as_deref().is_some_and(is_type_only);
            let same_type = prev
                .title
                .as_deref()
                .zip(r.title.as_deref())
                .is_some_and(|(a, b)| b.starts_with(a));
            if bare && same_type && r.issuer.is_some() {
                prev.title.clone_from(&r.title);
                prev.issuer.clone_from(&r.issuer);
            }
        }
        // A law cited by name and date ("Luật Hộ tịch ngày 20 tháng 11
        // năm 2014"): dated, its name in `number` as written.
        if r.date.is_none() && r.title.is_none() && first_number_in(&r.number).is_none() {
            r.date = parse_date(&r.number);
        }
        out.push((r, joint));
    }
    out.into_iter().map(|(r, _)| r).collect()
}

/// A title that is only a document type ("Nghị định", "Thông tư").
fn is_type_only(title: &str) -> bool {
    let f = format!("{} ", fold(title));
    OPENERS.iter().any(|o| f == *o)
}

/// The line without its pinpoints in brackets ("(từ Điều 88 đến Điều
/// 102 …)", "(Chương XXII, …)", "(điều 8.7 và 10.2)") and the names it
/// gives ("(sau đây viết tắt là NĐ 123)"): where in the document, not
/// what it is.
fn without_pinpoints(line: &str) -> String {
    const INSIDE: [&str; 9] = [
        "dieu ", "tu dieu ", "chuong ", "muc ", "khoan ", "diem ", "phan ", "sau day ", "goi tat ",
    ];
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else { break };
        let inside = fold(&rest[open + 1..close]);
        out.push_str(&rest[..open]);
        if !INSIDE.iter().any(|w| inside.starts_with(w)) {
            out.push_str(&rest[open..=close]);
        } else if out.ends_with(' ') {
            out.pop();
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The pieces of a line, each citing one document, and how each is joined
/// to the one before. A ";", a "và" or ", được sửa đổi, bổ sung bởi" parts
/// two citations only when what follows opens one and cites it before the
/// next ";" ("Luật Hôn nhân và gia đình" and "… Luật Đất đai và Luật Nhà
/// ở" are one citation each).
fn pieces(line: &str) -> Vec<(&str, Joint)> {
    // After ";" a number or a date; after the others, a date too (a full
    // citation): "… được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP"
    // closes the title of 280/2025/NĐ-CP, naming what it amends.
    const SEPARATORS: [(&str, Joint, bool); 5] = [
        (", được sửa đổi, bổ sung bởi ", Joint::Apart, true),
        (" được sửa đổi, bổ sung bởi ", Joint::Apart, true),
        (", được sửa đổi bởi ", Joint::Apart, true),
        (";", Joint::Apart, false),
        (" và ", Joint::And, true),
    ];
    let mut out = Vec::new();
    let (mut start, mut joint, mut at) = (0, Joint::Apart, 0);
    while at < line.len() {
        let found = SEPARATORS.iter().find(|(s, ..)| line[at..].starts_with(s));
        let Some(&(sep, next_joint, dated)) = found else {
            at += line[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // What follows, up to the next ";", and only its opening words:
        // a citation's number and date come first (and a long line is
        // read in one pass).
        let next = &line[at + sep.len()..];
        let own = head(next.split(';').next().unwrap_or(next), 160);
        let lead = own.trim_start();
        let opens = {
            let f = fold(lead);
            OPENERS.iter().any(|o| f.starts_with(o))
                // "số 187/2025/NĐ-CP": with its mark ("số hóa", "Sở" are words).
                || lead.strip_prefix("số ").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        };
        let date = parse_date(own).is_some();
        let cites = date || !dated && first_number_in(own).is_some();
        // "… một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP",
        // "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và
        // Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019":
        // after "của" and a document type, "và" goes on naming what the
        // title is of.
        let of_title = next_joint == Joint::And && {
            let before = fold(tail(&line[start..at], 160));
            OF_DOCUMENT.iter().any(|w| before.contains(w))
        };
        if opens && cites && !of_title {
            out.push((line[start..at].trim(), joint));
            (start, joint) = (at + sep.len(), next_joint);
        }
        at += sep.len();
    }
    out.push((line[start..].trim(), joint));
    out.retain(|(p, _)| !p.trim_matches([';', '.', ',', ' ']).is_empty());
    out
}
