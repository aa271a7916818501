//! Values as agencies write them in a cell or a line: labels and what
//! follows them, dates, retention, form codes, procedure codes, copies,
//! and a legal reference in prose (times are in `times.rs`).

use chrono::NaiveDate;

use crate::documents::{LegalReference, Retention};
use crate::text::fold;

/// A label ("Mã số:", "Lần ban hành:") and what follows it in `text`.
pub(super) fn after_label<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    let folded = fold(text);
    for l in labels {
        if let Some(at) = folded.find(l) {
            // Folding keeps byte offsets for ASCII-only labels only when
            // the text before is ASCII too: map through char counts.
            let chars = folded[..at].chars().count() + l.chars().count();
            let rest: String = text.chars().skip(chars).collect();
            let mut rest = rest.trim_start_matches([':', ' ', '.', '-', '–']);
            // "Mã hiệu (Code): …", "Lần ban hành (Issue): 02": a label's
            // gloss in brackets before its colon.
            if let Some((gloss, after)) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
                let after = after.trim_start();
                if gloss.chars().count() <= 30 && after.starts_with(':') {
                    rest = after.trim_start_matches([':', ' ']);
                }
            }
            let start = text.len() - rest.len();
            return Some(text[start..].trim());
        }
    }
    None
}

/// A date written "15/8/2025", "15-08-2025" or "ngày 15 tháng 8 năm 2025".
pub(super) fn parse_date(text: &str) -> Option<NaiveDate> {
    let folded = fold(text);
    let nums: Vec<u32> = folded
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    let date = |d: u32, m: u32, y: u32| NaiveDate::from_ymd_opt(y as i32, m, d);
    if let Some(i) = folded.find("ngay ") {
        let tail = &folded[i..];
        if tail.contains("thang") && tail.contains("nam") {
            let n: Vec<u32> = tail
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            if let [d, m, y, ..] = n[..] {
                return date(d, m, y);
            }
        }
    }
    nums.windows(3).find_map(|w| (w[2] >= 1900).then(|| date(w[0], w[1], w[2])).flatten())
}

/// A retention period: "05 năm", "Vĩnh viễn", the period a legal document
/// sets ("Theo Thông tư số 10/2022/TT-BNV"); "Lâu dài" (not a number) and
/// "Theo quy định hiện hành" are not understood (reported).
pub(super) fn parse_retention(text: &str) -> Option<Retention> {
    let folded = fold(text);
    if folded.contains("vinh vien") {
        return Some(Retention::Permanent);
    }
    // The number written before "năm", not a cited document's number.
    // ("05 năm", "05năm").
    let words: Vec<&str> = folded.split_whitespace().collect();
    let years = words.iter().enumerate().find_map(|(i, w)| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &w[digits..];
        let unit = if rest.is_empty() { words.get(i + 1).copied()? } else { rest };
        (digits > 0 && unit.starts_with("nam")).then(|| w[..digits].parse::<u32>().ok())?
    });
    if let Some(years) = years {
        return Some(Retention::Years { years });
    }
    let document = crate::documents::references::first_number_in(text)?;
    Some(Retention::Reference { document })
}

/// Codes of procedures a text names ("thực hiện theo QT.PVHCC.01", "(xem
/// QT-TP-05)"), but `own`: "QT", a separator, parts with a figure.
pub(super) fn procedure_codes(text: &str, own: &str) -> Vec<String> {
    // (No allocation for the words that are no code; `own` is compared,
    // normalised, only with a word shaped like one.)
    let shaped = |w: &&str| {
        let b = w.as_bytes();
        b.len() > 3
            && b[..2].eq_ignore_ascii_case(b"QT")
            && matches!(b[2], b'.' | b'-' | b'_')
            && b.iter().any(u8::is_ascii_digit)
    };
    let mut own_key = None;
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '“' | '”'))
        .map(|w| w.trim_end_matches(['.', ':']))
        .filter(shaped)
        .filter(|w| {
            let own = own_key.get_or_insert_with(|| crate::text::comparable(own));
            crate::text::comparable(w) != *own
        })
        .map(str::to_owned)
        .collect()
}

/// Whether a form's code is one of a procedure's: "BM.PVHCC.01.06" of
/// "QT.PVHCC.01" (the procedure's code after its prefix opens the form's).
pub(super) fn form_of(form: &str, procedure: &str) -> bool {
    let body = |c: &str| {
        let u = c.to_uppercase().replace(['-', '_', ' '], ".");
        u.split_once('.').map(|(_, b)| b.to_owned()).unwrap_or_default()
    };
    let (f, p) = (body(form), body(procedure));
    !p.is_empty() && f.strip_prefix(&p).is_some_and(|rest| rest.starts_with('.'))
}

/// Form codes named in a text: "BM-01", "BM.QT.VP.01-02", "Mẫu số 01";
/// "Mẫu 01, 02, 06" names Mẫu 01, Mẫu 02 and Mẫu 06.
pub(super) fn form_codes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // "Mẫu" or "Mẫu số" waiting for its number, and the prefix of a list.
    let (mut pending, mut series): (Option<String>, Option<String>) = (None, None);
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let w = w.trim_matches(|c: char| matches!(c, '.' | ':' | '“' | '”' | '"'));
        if w.is_empty() {
            continue;
        }
        let u = w.to_uppercase();
        let digits = w.chars().any(|c| c.is_ascii_digit());
        if (u.starts_with("BM") || u.starts_with("MẪU")) && digits {
            out.push(w.to_owned());
            series = None;
        } else if u == "MẪU" || u == "BM" || (u == "SỐ" && pending.is_some()) {
            pending = Some(pending.map_or(w.to_owned(), |p| format!("{p} {w}")));
            continue;
        } else if w.chars().all(|c| c.is_ascii_digit())
            || pending.is_some() && w.starts_with(|c: char| c.is_ascii_digit())
        {
            // "Mẫu 01", "BM 01/VP".
            if let Some(prefix) = pending.take().or_else(|| series.clone()) {
                out.push(format!("{prefix} {w}"));
                series = Some(prefix);
                continue;
            }
        } else {
            series = None;
        }
        pending = None;
    }
    out
}

/// The text without a list mark ("- ", "+ ", "• ", "a) ").
pub(super) fn unbullet(text: &str) -> String {
    let t = text.trim_start();
    let t = t.strip_prefix(['-', '+', '•', '–', '*']).map_or(t, str::trim_start);
    let mut chars = t.char_indices();
    if let (Some((_, c)), Some((_, ')'))) = (chars.next(), chars.next()) {
        if c.is_alphabetic() {
            return t[c.len_utf8() + 1..].trim_start().to_owned();
        }
    }
    t.to_owned()
}

/// The text after its first word.
fn after_word(t: &str) -> &str {
    t.trim_start().split_once(' ').map_or("", |(_, tail)| tail).trim()
}

/// A reference as agencies cite it: "Luật Hộ tịch số 60/2014/QH13 ngày
/// 20/11/2014 của Quốc hội" → number, the document's name, issuer, date;
/// a standard ("TCVN ISO 9001:2015 Hệ thống …") → its name and title.
pub(super) fn legal_reference(text: &str) -> LegalReference {
    let text = text.trim_end_matches(['.', ';']).trim();
    let text = text.strip_prefix("Căn cứ ").unwrap_or(text);
    if let Some(number) = crate::documents::references::first_number_in(text) {
        let at = text.find(&number).unwrap_or(0);
        let before = text[..at].trim_end();
        let before = before.strip_suffix("số").map_or(before, str::trim_end);
        let after = &text[at + number.len()..];
        // "ngày … của Chính phủ": the issuer follows the number and the
        // date; "… sửa đổi, bổ sung một số điều của Luật Doanh nghiệp" is
        // the title's.
        let of = after.find(" của ").filter(|&i| {
            let f = fold(&after[..i]);
            f.split(|c: char| c.is_whitespace() || c == ',').all(|w| {
                w.is_empty()
                    || ["ngay", "thang", "nam"].contains(&w)
                    || w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'-' | b'.'))
            })
        });
        let issuer = of.map(|i| {
            let rest = &after[i + " của ".len()..];
            // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one issuer with
            // two titles; any other comma ends it.
            let comma = rest.match_indices(',').map(|(i, _)| i).find(|&i| {
                let after = rest[i + 1..].trim_start();
                !["Chủ nhiệm", "Thủ trưởng", "Chủ tịch"].iter().any(|t| after.starts_with(t))
            });
            let end = [
                " về ",
                " quy định ",
                " hướng dẫn ",
                " sửa đổi",
                " công bố",
                " ban hành",
                " phê duyệt",
                ";",
            ]
            .iter()
            .filter_map(|m| rest.find(m))
            .chain(comma)
            .min()
            .unwrap_or(rest.len());
            rest[..end].trim().to_owned()
        });
        // The title: the words before the number and what follows the
        // date and issuer ("Nghị định … quy định chi tiết …").
        let mut rest = after.trim();
        if let Some(r) = rest.strip_prefix("ngày ") {
            // "14/10/2026", or "14 tháng 10 năm 2026": the date is no title.
            rest = after_word(r);
            for word in ["tháng ", "năm "] {
                if let Some(r) = rest.strip_prefix(word) {
                    rest = after_word(r);
                }
            }
        }
        if let (Some(r), Some(who)) = (rest.strip_prefix("của "), issuer.as_deref()) {
            rest = r.strip_prefix(who).unwrap_or(r).trim();
        }
        let title =
            [before, rest].iter().filter(|t| !t.is_empty()).copied().collect::<Vec<_>>().join(" ");
        let title = (!title.is_empty()).then_some(title);
        return LegalReference {
            number,
            title,
            issuer,
            date: parse_date(after),
            ..LegalReference::default()
        };
    }
    // An internal document: "Quy trình kiểm soát hồ sơ, mã số QT.VP.02".
    if let Some(code) = after_label(text, &["ma so", "ma hieu"]) {
        let folded = fold(text);
        let cut = folded.find("ma so").or_else(|| folded.find("ma hieu")).unwrap_or(0);
        let title: String = text.chars().take(folded[..cut].chars().count()).collect();
        let title = title.trim().trim_end_matches([',', '(', ' ']).trim();
        return LegalReference {
            number: code
                .split_whitespace()
                .next()
                .unwrap_or(code)
                .trim_end_matches([')', ','])
                .to_owned(),
            title: (!title.is_empty()).then(|| title.to_owned()),
            ..LegalReference::default()
        };
    }
    // A standard: its designation, then its title ("Tiêu chuẩn quốc gia
    // TCVN ISO 9001:2015 …": from the designation on).
    let folded = fold(text);
    let text = match folded.find("tcvn ").or_else(|| folded.find("iso ")) {
        Some(at) if folded.starts_with("tieu chuan") => {
            let skip = folded[..at].chars().count();
            text.char_indices().nth(skip).map_or(text, |(i, _)| &text[i..])
        }
        _ => text,
    };
    let folded = fold(text);
    if folded.starts_with("tcvn") || folded.starts_with("iso") {
        let end = text
            .char_indices()
            .find(|&(i, c)| {
                c == ' '
                    && text[i..].trim_start().chars().next().is_some_and(char::is_alphabetic)
                    && !text[..i].ends_with("ISO")
                    && !text[..i].ends_with("TCVN")
            })
            .map_or(text.len(), |(i, _)| i);
        let title = text[end..].trim();
        return LegalReference {
            number: text[..end].trim().to_owned(),
            title: (!title.is_empty()).then(|| title.to_owned()),
            ..LegalReference::default()
        };
    }
    LegalReference { number: text.to_owned(), ..LegalReference::default() }
}

/// "01 bản", "(01 bản)", "01": the number of copies.
pub(super) fn copies_in(text: &str) -> Option<u32> {
    // "01 bản/đơn vị" is per unit, not a count.
    if text.contains('/') {
        return None;
    }
    text.chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .ok()
}

/// "1.001612; 2.000720, ký hiệu: QTCX-11": the TTHC codes at the start of
/// a text, as printed ("1.001612; 2.000720" for a procedure serving two).
pub(super) fn tthc_codes(text: &str) -> String {
    let mut codes: Vec<&str> = Vec::new();
    let mut rest = text;
    loop {
        // "3.000527.H61": a province's suffix is part of the code.
        let len = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '.').count();
        let code = rest[..len].trim_end_matches('.');
        // "1.000656", "3.000527.H61"; not a document's code ("QT.HT.05").
        if !tthc_shaped(code) {
            break;
        }
        codes.push(code);
        rest = rest[len..].trim_start_matches([';', ',', ' ']);
        rest = rest.strip_prefix("và ").unwrap_or(rest);
    }
    codes.join("; ")
}

/// "1.001193", "3.000527.H61": a TTHC's national code (a digit, a dot, six
/// digits), not a procedure's own code.
pub(super) fn tthc_shaped(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 8 && b[0].is_ascii_digit() && b[1] == b'.' && b[2..8].iter().all(u8::is_ascii_digit)
}
