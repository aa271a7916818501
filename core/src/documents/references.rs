//! References as agencies write them: a legal document's number alone or
//! inside a prose citation ("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của
//! Chính phủ …"), a standard ("TCVN ISO 9001:2015"), a procedure code, or
//! a law cited by name. Each kind is checked by its own rules.

use super::docnumber::{self, DocumentNumber, NumberProblem};
use super::model::{LegalReference, ReferenceKind};
use crate::text::{cleaned, comparable, fold, without_odd};

/// What was read from one reference.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Reading {
    /// A legal or administrative document whose number was found.
    Legal { number: DocumentNumber, text: String, field: &'static str },
    /// Meant as a number but malformed; `meant` is the document it still
    /// names, as a secretary reads it (see `docnumber::meant`).
    Malformed {
        text: String,
        problem: NumberProblem,
        field: &'static str,
        meant: Option<(DocumentNumber, String)>,
    },
    /// A standard, e.g. `TCVN ISO 9001:2008`.
    Standard { name: String, field: &'static str },
    /// A document cited without a number, perhaps a law by its name and
    /// year ("Luật Đất đai năm 2013"), as written.
    Named { text: String, field: &'static str },
    /// An internal document or anything else: not checked.
    Unchecked,
}

/// Standards that have been replaced, with what replaces them (the
/// edition cited → the current one). Compared after folding.
const SUPERSEDED_STANDARDS: &[(&str, &str)] = &[
    ("iso 9001:2000", "TCVN ISO 9001:2015"),
    ("iso 9001:2008", "TCVN ISO 9001:2015"),
    ("iso 9000:2005", "TCVN ISO 9000:2015"),
    ("iso 9000:2007", "TCVN ISO 9000:2015"),
    ("iso 19011:2011", "TCVN ISO 19011:2018"),
    ("iso 19011:2013", "TCVN ISO 19011:2018"),
];

/// The standard that replaces `name`, if it is superseded.
pub(crate) fn superseded_by(name: &str) -> Option<&'static str> {
    let folded = fold(&comparable(name));
    SUPERSEDED_STANDARDS.iter().find(|(old, _)| folded.contains(old)).map(|&(_, new)| new)
}

/// Whether `text` starts with `prefix`, ignoring ASCII case.
fn starts_ci(text: &str, prefix: &str) -> bool {
    text.as_bytes().get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn is_standard(text: &str) -> bool {
    ["tcvn", "iso ", "iso/", "iec ", "qcvn"].iter().any(|p| starts_ci(text, p))
}

/// A procedure or form code of the agency (`QT.VP.01`, `BM.01-QT.VP.01`).
/// An agency's own document by its code: "QT.VP.02", "BM-01", and any
/// code of letters and digits joined by "." or "-" that opens with a
/// letter ("ST-VP-01", the quality manual): a legal document's number
/// always has a "/" and opens with its number.
fn is_internal(text: &str) -> bool {
    let text = text.trim();
    let code = text.starts_with(|c: char| c.is_alphabetic())
        && text.contains(['.', '-'])
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
    (code || ["qt", "bm", "hd"].iter().any(|p| starts_ci(text, p)))
        && !text.contains('/')
        && !text.chars().any(char::is_whitespace)
}

/// Whether a token is meant as a document number: digits, a slash, and
/// letters (a date such as 23/4/2018 is not).
fn looks_like_number(token: &str) -> bool {
    let has_slash = token.contains('/');
    let starts_digit = token.chars().next().is_some_and(|c| c.is_ascii_digit());
    let has_letter = token.chars().any(char::is_alphabetic);
    has_slash && starts_digit && has_letter
}

/// The first document number in a prose citation, trying each token: a
/// well-formed one, else the first malformed one. A token is read with
/// those glued to it by "/" or "-" across spaces ("01/2021/NĐ - CP", "15
/// /2020 /NĐ - CP") when that names a document.
fn number_in_prose(text: &str, field: &'static str) -> Option<Reading> {
    let mut first_bad = None;
    for (start, end) in tokens(text, 0) {
        let token = text[start..end].trim_end_matches(['.', ':']);
        let single = looks_like_number(token);
        let problem = match single.then(|| docnumber::parse(token)) {
            Some(Ok(number)) => {
                return Some(Reading::Legal { number, text: token.to_owned(), field })
            }
            Some(Err(problem)) => Some(problem),
            None => None,
        };
        if first_bad.is_some() {
            continue;
        }
        // The shortest run of tokens glued by "/" or "-" that names a
        // document ("30/2020/NĐ - CP - VỀ …" is 30/2020/NĐ-CP): a number
        // has at most a few parts, so a few tokens are tried.
        let mut last = end;
        let starts_digit = token.starts_with(|c: char| c.is_ascii_digit());
        for (next_start, next_end) in tokens(text, end).take(if starts_digit { 6 } else { 0 }) {
            let glued = text[..last].ends_with(['/', '-'])
                || text[next_start..next_end].starts_with(['/', '-']);
            if !glued || !text[last..next_start].chars().all(char::is_whitespace) {
                break;
            }
            last = next_end;
            let span = text[start..last].trim_end_matches(['.', ':']);
            if !looks_like_number(span) {
                continue;
            }
            // A slip that names a document is the citation, before any
            // number in its title ("Thông tư số 01/2018/TT- VPCP … của Nghị
            // định số 61/2018/NĐ-CP").
            if let (Some(meant), Err(problem)) = (docnumber::meant(span), docnumber::parse(span)) {
                return Some(malformed(span.to_owned(), problem, field, Some(meant)));
            }
        }
        if let Some(problem) = problem {
            match docnumber::meant(token) {
                Some(meant) => {
                    return Some(malformed(token.to_owned(), problem, field, Some(meant)))
                }
                None => first_bad = Some(malformed(token.to_owned(), problem, field, None)),
            }
        }
    }
    first_bad
}

fn malformed(
    text: String, problem: NumberProblem, field: &'static str,
    meant: Option<(DocumentNumber, String)>,
) -> Reading {
    Reading::Malformed { text, problem, field, meant }
}

/// The words of a citation from byte `from` on (split at spaces and at
/// , ; ( )), as byte ranges of `text`: walked again from a word for the
/// words after it, with nothing kept.
fn tokens(text: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let split = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')');
    let mut at = from;
    core::iter::from_fn(move || {
        let rest = &text[at..];
        let start = at + rest.find(|c: char| !split(c))?;
        let end = text[start..].find(split).map_or(text.len(), |e| start + e);
        at = end;
        Some((start, end))
    })
}

/// The first well-formed document number in a prose citation, as written
/// ("Căn cứ Nghị định số 118/2025/NĐ-CP ngày …" → `118/2025/NĐ-CP`).
#[cfg_attr(not(feature = "docx"), allow(dead_code))]
pub(crate) fn first_number_in(text: &str) -> Option<String> {
    match number_in_prose(text, "number")? {
        Reading::Legal { text, .. } => Some(text),
        // A slip that names a document ("280/2025/ND-CP"): the number as
        // typed, reported and read as the document it names.
        Reading::Malformed { text, meant: Some(_), .. } => Some(text),
        _ => None,
    }
}

/// A text's words, folded, one space apart: "Luật Cán bộ, công chức" →
/// "luat can bo cong chuc".
pub(crate) fn folded_words(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The year a law cited by `name` (folded words) is cited with, when the
/// citation (folded words) opens with the name: "năm 2013", "2013", "ngày
/// 29/11/2013", "ngày 29 tháng 11 năm 2013". `None` when other words come
/// first ("Luật Đầu tư công …" is not "Luật Đầu tư"; "Luật sửa đổi … Luật
/// Xây dựng" amends it).
pub(crate) fn year_after_name(words: &str, name: &str) -> Option<u16> {
    let words = words.strip_prefix("can cu ").unwrap_or(words);
    let rest = words.strip_prefix(name)?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    for w in rest.split(' ').filter(|w| !w.is_empty()) {
        match w {
            "nam" | "ngay" | "thang" => {}
            _ if w.bytes().all(|b| b.is_ascii_digit()) => {
                if w.len() == 4 {
                    let year: u16 = w.parse().ok()?;
                    return (1945..=2100).contains(&year).then_some(year);
                }
            }
            _ => return None,
        }
    }
    None
}

/// The numbers of a cell that lists several ("118/2025/NĐ-CP;
/// 367/2025/NĐ-CP": a decree and the one amending it), one reading each;
/// `None` for any other reference, read by [`read`] ("… và …" is prose:
/// its first number).
pub(crate) fn read_list(r: &LegalReference) -> Option<Vec<Reading>> {
    if !(r.kind.is_none_or(|k| k == ReferenceKind::Legal) && r.number.contains([';', ','])) {
        return None;
    }
    let text = without_odd(&r.number);
    let parts: Vec<&str> = text
        .split([';', ','])
        .map(|p| p.trim().trim_end_matches('.'))
        .filter(|p| !p.is_empty())
        .collect();
    let listed = parts.len() > 1 && parts.iter().all(|p| looks_like_number(p) && !p.contains(' '));
    listed.then(|| parts.into_iter().map(|p| parse_number(p.to_owned())).collect())
}

// Not inlined: its two callers would each carry a copy of the parser.
#[inline(never)]
fn parse_number(text: String) -> Reading {
    match docnumber::parse(&text) {
        Ok(n) => Reading::Legal { number: n, text, field: "number" },
        Err(problem) => {
            let meant = docnumber::meant(&text);
            malformed(text, problem, "number", meant)
        }
    }
}

/// Reads a reference: its kind (given, or recognised) and, for a legal
/// document, its number, from `number` or else from `title`.
#[inline(never)]
pub(crate) fn read(r: &LegalReference) -> Reading {
    // What the text means: invisible characters, look-alikes and pasted
    // spaces do not change it (they are reported on their own).
    let number = cleaned(&r.number);
    let kind = r.kind.unwrap_or_else(|| {
        if is_standard(&number) {
            ReferenceKind::Standard
        } else if is_internal(&number) {
            ReferenceKind::Internal
        } else {
            ReferenceKind::Legal
        }
    });
    match kind {
        ReferenceKind::Standard => Reading::Standard { name: number.into_owned(), field: "number" },
        ReferenceKind::Internal | ReferenceKind::Other => Reading::Unchecked,
        ReferenceKind::Legal => {
            // A bare number (no space once pasted spaces are dropped) is
            // checked as a number; prose is searched for one.
            // The ";" or "." that ended the line it was copied from is not
            // part of the number.
            let bare = without_odd(&r.number);
            let bare = bare.trim_end_matches([';', ',', '.']).trim_end();
            let mut words = bare.split_whitespace();
            let short = words.next().is_some_and(looks_like_number) && words.count() <= 1;
            if !bare.is_empty() && (!bare.contains(' ') || short) {
                return parse_number(bare.to_owned());
            }
            // Only prose needs the title.
            let title = r.title.as_deref().map(cleaned).unwrap_or_default();
            for (text, field) in [(&*number, "number"), (&*title, "title")] {
                if let Some(reading) = number_in_prose(text, field) {
                    return reading;
                }
            }
            // A law cited by name ("Luật Đất đai năm 2013").
            match (number.trim(), title.trim()) {
                ("", "") => Reading::Unchecked,
                ("", title) => Reading::Named { text: title.to_owned(), field: "title" },
                (number, _) => Reading::Named { text: number.to_owned(), field: "number" },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(number: &str) -> LegalReference {
        LegalReference { number: number.into(), ..Default::default() }
    }

    #[test]
    fn kinds_are_recognised() {
        assert!(matches!(read(&r("TCVN ISO 9001:2015")), Reading::Standard { .. }));
        assert!(matches!(read(&r("QT.VP.01")), Reading::Unchecked));
        assert!(matches!(
            read(&r("Luật Tổ chức chính quyền địa phương năm 2025")),
            Reading::Named { field: "number", .. }
        ));
        let prose = "Nghị định số\u{00A0}61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa";
        match read(&r(prose)) {
            Reading::Legal { number, field, .. } => {
                assert_eq!((number.to_string().as_str(), field), ("61/2018/NĐ-CP", "number"))
            }
            other => panic!("{other:?}"),
        }
        let in_title = LegalReference {
            number: "Nghị định số 118/2025/NĐ-CP".into(),
            title: Some("ngày 09 tháng 6 năm 2025 của Chính phủ".into()),
            ..Default::default()
        };
        assert!(matches!(read(&in_title), Reading::Legal { .. }));
        assert!(matches!(read(&r("30/2020/NDCP")), Reading::Malformed { .. }));
        assert!(matches!(read(&r("87/2020/NĐ-\u{00A0}CP")), Reading::Legal { .. }));
        assert!(matches!(read(&r("118/2025/NĐ\u{2011}CP")), Reading::Legal { .. }));
    }

    #[test]
    fn a_cell_may_list_several_numbers_and_end_with_paste_debris() {
        let numbers = |text: &str| -> Vec<String> {
            read_list(&r(text))
                .unwrap_or_else(|| vec![read(&r(text))])
                .into_iter()
                .map(|reading| match reading {
                    Reading::Legal { number, .. } => number.to_string(),
                    other => format!("{other:?}"),
                })
                .collect()
        };
        assert_eq!(numbers("118/2025/NĐ-CP; 367/2025/NĐ-CP"), ["118/2025/NĐ-CP", "367/2025/NĐ-CP"]);
        assert_eq!(numbers("118/2025/NĐ-CP, 367/2025/NĐ-CP"), ["118/2025/NĐ-CP", "367/2025/NĐ-CP"]);
        assert_eq!(numbers("118/2025/NĐ-CP và 367/2025/NĐ-CP"), ["118/2025/NĐ-CP"]);
        assert_eq!(numbers("30/2020/NĐ-CP;"), ["30/2020/NĐ-CP"]);
        assert_eq!(numbers("30/2020/NĐ-CP."), ["30/2020/NĐ-CP"]);
        assert_eq!(numbers("30/2020/NĐ-CP ;"), ["30/2020/NĐ-CP"]);
        // One bad number among two is still reported as malformed.
        assert!(matches!(
            read_list(&r("118/2025/NĐ-CP; 367/2025/NDCP")).unwrap()[1],
            Reading::Malformed { .. }
        ));
        // Prose keeps its one reading.
        assert!(read_list(&r("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018")).is_none());
    }

    #[test]
    fn superseded_standards() {
        assert_eq!(superseded_by("TCVN ISO 9001:2008"), Some("TCVN ISO 9001:2015"));
        assert_eq!(superseded_by("TCVN ISO 9001:2015"), None);
        assert_eq!(superseded_by("TCVN ISO 19011:2018"), None);
    }
}
