//! The signature grid: who drafted, reviewed and approved, with roles in
//! the first row or the first column.

use std::borrow::Cow;

use super::body::Place;
use super::grid::Row;
use super::values::{after_label, parse_date};
use crate::documents::{ProcedureDocument, Signature};
use crate::docx::Extraction;
use crate::text::fold;

/// The role a (folded) signature-grid heading names: 0 drafted ("Soạn
/// thảo", "Người viết", "Biên soạn", "Người lập"), 1 reviewed ("Xem xét",
/// "Soát xét", "Kiểm tra"), 2 approved ("Phê duyệt", "Người duyệt").
pub(super) fn role_of(f: &str) -> Option<usize> {
    if f.contains("soan thao")
        || f.contains("nguoi viet")
        || f.contains("bien soan")
        || f.contains("nguoi lap")
    {
        Some(0)
    } else if f.contains("xem xet") || f.contains("soat xet") || f.contains("kiem tra") {
        Some(1)
    } else if f.contains("phe duyet") || f.contains("nguoi duyet") {
        Some(2)
    } else {
        None
    }
}

/// Whether a signer's line reads as a position rather than a person's
/// name: a title's words, or capitals throughout.
pub(super) fn is_position(text: &str) -> bool {
    let f = fold(text);
    let capitals = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    capitals
        || [
            "chu tich",
            "giam doc",
            // Not "truong" alone (Trương is a surname), nor "van phong"
            // (a man may be named Văn Phong).
            "truong phong",
            "truong ban",
            "truong bo phan",
            "pho ",
            "chuyen vien",
            "cong chuc",
            "vien chuc",
            "chanh ",
            "can bo",
            "thu ky",
            "ke toan",
            "thanh tra",
        ]
        .iter()
        .any(|w| f.contains(w))
}

/// The titles a position opens with (folded), longest first where one
/// opens another: "Phó Chủ tịch" before "Chủ tịch". "Chánh" and "Phó"
/// alone are names too ("Lê Văn Chánh"), so they open a position only with
/// the title after them.
const TITLES: [&str; 21] = [
    "pho chu tich",
    "chu tich",
    "pho giam doc",
    "giam doc",
    "pho truong phong",
    "truong phong",
    "pho truong ban",
    "truong ban",
    "truong bo phan",
    "pho chanh van phong",
    "chanh van phong",
    "chanh thanh tra",
    "thanh tra vien",
    "chuyen vien",
    "cong chuc",
    "vien chuc",
    "can bo",
    "thu ky",
    "ke toan",
    "nhan vien",
    "van thu",
];

/// A signer's name and position written in one cell: on two lines ("Trần
/// Thị Kim Oanh⏎Công chức …", either first), after a comma, or on one
/// line where a title opens the position after two to five capitalised
/// words of a name ("Đàm Quang Huy Chủ tịch UBND xã"). `None` for a name
/// or a position alone.
pub(super) fn name_and_position(text: &str) -> Option<(&str, &str)> {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if let [first, second, ..] = lines[..] {
        let rest = text[text.find(second)?..].trim();
        return match (is_position(first), is_position(rest)) {
            (true, false) => Some((second, first)),
            (false, true) => Some((first, rest)),
            _ => None,
        };
    }
    let line = *lines.first()?;
    if let Some((name, position)) = line.split_once(", ") {
        if !is_position(name) && is_position(position) {
            return Some((name.trim(), position.trim()));
        }
    }
    // Folding keeps the number of characters: words match by position.
    let folded = fold(line);
    let words: Vec<(usize, &str)> = line
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || line[..i].ends_with(char::is_whitespace))
        })
        .map(|(i, _)| (i, &line[i..]))
        .collect();
    for &(at, rest) in words.iter().skip(2).take(4) {
        let name = &line[..at];
        let capitalised =
            name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let f = &folded[folded.char_indices().nth(name.chars().count())?.0..];
        let titled = TITLES.iter().any(|t| {
            f.starts_with(t) && f[t.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
        });
        if titled && capitalised {
            return Some((name.trim(), rest.trim()));
        }
    }
    None
}

/// Signing for someone: ký thay, thừa lệnh, thay mặt, thừa ủy quyền.
const SIGNS_FOR: [&str; 4] = ["KT.", "TL.", "TM.", "TUQ."];

/// "(Đã ký)", "(Ký, ghi rõ họ tên)": the mark that a copy's original is
/// signed, or where to sign; no name.
fn signature_mark(text: &str) -> bool {
    let f = fold(text);
    let f = f.trim().trim_matches(['(', ')', '.', ' ']);
    f == "ky"
        || f.starts_with("da ky")
        || f.starts_with("ky,")
        || f.starts_with("ky ten")
        || f.starts_with("ky va ")
        || f.starts_with("ky so")
}

/// A signer's date: "Ngày 05/11/2026", or an e-signature's "Thời gian ký:
/// 05/11/2026 14:32".
fn is_date_line(text: &str) -> bool {
    let f = fold(text);
    f.starts_with("ngay") || f.starts_with("thoi gian ky")
}

/// The signature grid, with the roles in the first row or the first column.
/// Whether the table was one.
pub(super) fn signatures(
    doc: &mut ProcedureDocument, g: &[Row<'_>], table: Place, x: &mut Extraction,
) -> bool {
    // In a grid, "Người thẩm định" reviews too: the last review before the
    // approval, so its column, after "Người kiểm tra", is the one kept.
    let grid_role = |f: &str| role_of(f).or_else(|| f.contains("tham dinh").then_some(1));
    let role = |t: &str| grid_role(&fold(t));
    // A role's label names it first ("Người kiểm tra", "KIỂM TRA") or is
    // short: a position that ends in a role's word ("Trưởng phòng Giám
    // sát, Kiểm tra") labels nothing.
    let label = |t: &str| {
        let f = fold(t);
        let f = f.trim().trim_start_matches("nguoi ").trim_start();
        let first_words = f.char_indices().nth(12).map_or(f, |(i, _)| &f[..i]);
        grid_role(f).is_some() && (t.chars().count() <= 20 || grid_role(first_words).is_some())
    };
    // The grid may share a table with the header above it: it starts at
    // a row near the top whose short cells name two roles.
    let heads = |r: &Row<'_>| r.iter().filter(|c| label(c)).count() >= 2;
    let start = match g.first() {
        Some(first) if !heads(first) => g.iter().take(8).position(heads).unwrap_or(0),
        _ => 0,
    };
    let g = &g[start..];
    let Some(first) = g.first() else { return false };
    let roles_in_row = first.iter().filter(|c| role(c).is_some()).count() >= 2;
    let roles_in_col =
        g.iter().filter(|r| r.first().is_some_and(|c| role(c).is_some())).count() >= 2;
    if !roles_in_row && !roles_in_col {
        return false;
    }
    // (role, label, value) triples.
    let mut cells: Vec<(usize, String, String)> = Vec::new();
    let is_label = |t: &str| {
        let f = fold(t);
        ["ho ten", "ho va ten", "chuc vu", "chu ky", "ngay"].iter().any(|l| f.starts_with(l))
    };
    // Labels sit in a first column, under a top-left cell that is no role.
    let labelled = first.first().is_none_or(|c| role(c).is_none())
        && g.iter().skip(1).any(|r| r.first().is_some_and(|c| is_label(c)));
    // "NGƯỜI SOẠN THẢO | NGƯỜI KIỂM TRA | TM. ỦY BAN NHÂN DÂN": the
    // approval signed for the body, its column named by the signing mark.
    let signs_for = |t: &str| {
        let upper = t.trim().to_uppercase();
        SIGNS_FOR.iter().chain(&["Q."]).any(|m| upper.starts_with(m))
    };
    let approval_col = (roles_in_row && !first.iter().any(|h| role(h) == Some(2)))
        .then(|| first.iter().position(|h| role(h).is_none() && signs_for(h)))
        .flatten();
    if roles_in_row && !labelled {
        // No labels: under each role, the name, then the position; a
        // date says "Ngày".
        for (c, head) in first.iter().enumerate() {
            let approval = Some(c) == approval_col;
            let Some(r) = role(head).or(approval.then_some(2)) else { continue };
            let values: Vec<&Cow<'_, str>> = g
                .iter()
                .skip(1)
                .filter_map(|row| row.get(c))
                .filter(|v| !v.trim().is_empty() && !signature_mark(v))
                .collect();
            let (dates, texts): (Vec<&Cow<'_, str>>, Vec<&Cow<'_, str>>) =
                values.into_iter().partition(|v| is_date_line(v));
            // Name above position, unless the first reads as a position
            // and the second as a name ("GIÁM ĐỐC" above "Trịnh Quang Vinh").
            let mut texts: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
            if texts.len() >= 2 && is_position(texts[0]) && !is_position(texts[1]) {
                texts.swap(0, 1);
            }
            // One cell with both ("Đàm Quang Huy⏎Chủ tịch UBND xã").
            if let [one] = texts[..] {
                if let Some((name, position)) = name_and_position(one) {
                    texts = vec![name, position];
                }
            }
            for (k, v) in texts.iter().enumerate().take(2) {
                let label = if k == 0 { "Họ tên" } else { "Chức vụ" };
                // The mark in the head ("TM. ỦY BAN NHÂN DÂN") is said
                // with the position, to be told apart below.
                let v = if k == 1 && approval { format!("{head}\n{v}") } else { v.to_string() };
                cells.push((r, label.to_owned(), v));
            }
            for d in dates {
                cells.push((r, "Ngày".to_owned(), d.to_string()));
            }
        }
    } else if roles_in_row {
        for (c, head) in first.iter().enumerate() {
            let Some(r) = role(head) else { continue };
            for row in g.iter().skip(1) {
                let label = row.first().map(|l| l.to_string()).unwrap_or_default();
                if let Some(v) = row.get(c) {
                    cells.push((r, label, v.to_string()));
                }
            }
        }
    } else {
        let labels = first.clone();
        for row in g.iter() {
            let Some(r) = row.first().and_then(|c| role(c)) else { continue };
            for (c, v) in row.iter().enumerate().skip(1) {
                cells.push((
                    r,
                    labels.get(c).map(|l| l.to_string()).unwrap_or_default(),
                    v.to_string(),
                ));
            }
        }
    }
    // One row, each cell holding the role, a hint, the position, the
    // name and the date on its lines.
    if roles_in_row && g.iter().skip(1).all(|r| r.iter().all(|c| c.trim().is_empty())) {
        for (c, head) in first.iter().enumerate() {
            let approval = Some(c) == approval_col;
            let Some(r) = role(head).or(approval.then_some(2)) else { continue };
            // The role's line goes; an approval column's first line is its
            // mark ("TM. ỦY BAN NHÂN DÂN"), said with the position.
            let lines = head
                .lines()
                .skip(usize::from(!approval))
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('(') && !signature_mark(l));
            let (mut position, mut name) = (Vec::new(), None);
            for l in lines {
                if is_date_line(l) {
                    cells.push((r, "Ngày".to_owned(), l.to_owned()));
                } else if is_position(l) || signs_for(l) {
                    position.push(l);
                } else if name.is_none() {
                    name = Some(l);
                } else if position.is_empty() {
                    // Below the name: the position ("Công chức Tư pháp - Hộ tịch").
                    position.push(l);
                }
            }
            if let Some(n) = name {
                cells.push((r, "Họ tên".to_owned(), n.to_owned()));
            }
            if !position.is_empty() {
                cells.push((r, "Chức vụ".to_owned(), position.join("\n")));
            }
        }
    }
    let mut sig: [Signature; 3] = Default::default();
    for (r, label, value) in cells {
        let l = fold(&label);
        let v = value.trim();
        if v.is_empty() {
            continue;
        }
        // A label inside the value cell ("Họ tên: Nguyễn Văn A").
        let labels = ["ho ten", "ho va ten", "chuc vu", "thoi gian ky", "ngay"];
        let (l, v) = match after_label(v, &labels) {
            Some(rest) => (fold(v), rest),
            None => (l, v),
        };
        if l.contains("ho ten") || l.contains("ho va ten") {
            sig[r].name = Some(v.to_owned());
        } else if l.contains("chuc vu") {
            sig[r].position = Some(v.to_owned());
        } else if l.contains("ngay") || l.contains("thoi gian ky") {
            sig[r].date = parse_date(v);
        }
    }
    // "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": signing for someone (ký thay, thừa
    // lệnh, thay mặt) is said apart from the position.
    for s in &mut sig {
        let Some(p) = s.position.take() else { continue };
        let (mut behalf, mut rest) = (Vec::new(), Vec::new());
        for line in p.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let upper = line.to_uppercase();
            // (An acting head, "Q. CHỦ TỊCH", holds the position.)
            if SIGNS_FOR.iter().any(|m| upper.starts_with(m)) {
                behalf.push(line);
            } else {
                rest.push(line);
            }
        }
        s.on_behalf_of = (!behalf.is_empty()).then(|| behalf.join(" "));
        s.position = (!rest.is_empty()).then(|| rest.join(" "));
    }
    let [drafted, reviewed, approved] = sig;
    let keep = |s: Signature| (s != Signature::default()).then_some(s);
    doc.signatures.drafted = keep(drafted);
    doc.signatures.reviewed = keep(reviewed);
    doc.signatures.approved = keep(approved);
    x.found("/signatures", table.row(0), "Soạn thảo / Xem xét / Phê duyệt");
    // Each role where its signer's name is, so that a finding on one
    // signature points at its row.
    let signed = [
        ("drafted", &doc.signatures.drafted),
        ("reviewed", &doc.signatures.reviewed),
        ("approved", &doc.signatures.approved),
    ];
    for (role, s) in signed {
        let Some(name) = s.as_ref().and_then(|s| s.name.as_deref()) else { continue };
        if let Some(row) = g.iter().position(|r| r.iter().any(|c| c.contains(name))) {
            x.found(&format!("/signatures/{role}"), table.row(row), name);
        }
    }
    true
}
