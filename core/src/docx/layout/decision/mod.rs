//! A decision and what it approves in one file, as a decision is
//! downloaded from a provincial portal: the decision's pages ("Số:
//! 2150/QĐ-UBND", "QUYẾT ĐỊNH", "Căn cứ …", "Điều 1. Phê duyệt kèm theo
//! Quyết định này …", "Nơi nhận:", the signer), then its annex ("PHỤ LỤC",
//! "QUY TRÌNH NỘI BỘ …") or the procedure it issues. The decision's pages
//! are not the procedure: its bases, its numbered tasks, its distribution
//! and its signer are the decision's. The reader starts at the attachment
//! and knows the decision by its first page.

use chrono::NaiveDate;

use super::super::xml::Block;
use super::body::collect;
use super::values::parse_date;
use crate::docx::Origin;
use crate::text::fold;

/// The decision a file opens with, and where what it approves begins.
pub(super) struct Decision<'a> {
    /// Its number and symbol ("2150/QĐ-UBND"), unless left blank.
    pub number: Option<String>,
    /// Its date ("Hòa An, ngày 20 tháng 11 năm 2026").
    pub date: Option<NaiveDate>,
    /// The line of its number, where the number was read.
    pub at: Option<(&'a str, Origin)>,
    /// The index of the body's block where the attachment begins.
    pub attached: usize,
}

/// How far into the body a decision's "QUYẾT ĐỊNH" may come: after the
/// first page's agency, number, motto and date, whatever their layout.
const HEAD_BLOCKS: usize = 12;

/// How far after "QUYẾT ĐỊNH" its "Điều 1" may come: the subject, the
/// signer's title, the bases ("Căn cứ …", one paragraph each).
const ARTICLES_WITHIN: usize = 40;

/// The value of a decision's number line: "Số: 2150/QĐ-UBND" →
/// "2150/QĐ-UBND", "Số:      /QĐ-UBND" → "/QĐ-UBND"; `None` for other
/// lines ("SỞ TƯ PHÁP", "Số hiệu: QT-01", "Số lần ban hành: 01").
fn number_line(text: &str) -> Option<&str> {
    let f = fold(text);
    let rest = f.strip_prefix("so:").or_else(|| f.strip_prefix("so "))?;
    // Folding keeps the number of characters: cut by characters.
    let skip = f.chars().count() - rest.chars().count();
    let at = text.char_indices().nth(skip).map_or(text.len(), |(i, _)| i);
    let value = text[at..].trim_start_matches([':', ' ']).trim();
    let digits = value.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    digits.starts_with('/').then_some(value)
}

/// The decision the body opens with and the block its attachment begins
/// at, or `None` when the body is not a decision followed by what it
/// approves (a procedure's file, an annex alone).
pub(super) fn decision(body: &[Block]) -> Option<Decision<'_>> {
    let mut lines: Vec<(&str, Origin)> = Vec::new();
    let mut title = None;
    // "Số: 2150/QĐ-UBND" (or "Số:      /QĐ-UBND", not numbered yet) before
    // the title: a decision's number line, not "Số hiệu: QT-01".
    let mut numbered = false;
    for (i, b) in body.iter().enumerate().take(HEAD_BLOCKS) {
        let start = lines.len();
        collect(b, Origin::Paragraph { index: i }, &mut lines);
        numbered |= lines[start..].iter().any(|&(t, _)| number_line(t).is_some());
        // "QUYẾT ĐỊNH" alone as a paragraph: the kind of the document, its
        // title (not a cell of a step table saying what a step yields).
        if let Block::Para(p) = b {
            if numbered && fold(&p.text).trim() == "quyet dinh" {
                title = Some(i);
                break;
            }
        }
    }
    let title = title?;
    let mut number = None;
    let mut at = None;
    let mut date = None;
    for &(text, origin) in &lines {
        let f = fold(text);
        if let Some(value) = number_line(text) {
            if value.starts_with(|c: char| c.is_ascii_digit()) {
                number = value.split_whitespace().next().map(str::to_owned);
                at = Some((text, origin));
            }
        } else if f.contains("ngay ") && f.contains(" thang ") && f.contains(" nam ") {
            date = date.or_else(|| parse_date(text));
        }
    }
    // The articles, then "Nơi nhận:" and the signer, then the attachment.
    let mut articles = false;
    let mut signed = false;
    for (i, b) in body.iter().enumerate().skip(title + 1) {
        // "Điều 1" follows the title within its bases; a file whose title
        // is far from any article is no decision.
        if !articles && i > title + ARTICLES_WITHIN {
            return None;
        }
        let mut texts = Vec::new();
        collect(b, Origin::Paragraph { index: i }, &mut texts);
        let folded: Vec<String> = texts.iter().map(|(t, _)| fold(t)).collect();
        if !articles {
            // "Điều 1.", "Điều 1:", "Điều 1 ." (not "Điều 10").
            articles = folded.iter().any(|f| {
                f.strip_prefix("dieu 1")
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
            });
            continue;
        }
        if !signed {
            signed = folded.iter().any(|f| f.starts_with("noi nhan"));
            continue;
        }
        let Some(first) = folded.iter().find(|f| !f.trim().is_empty()) else { continue };
        let first = first.trim_start_matches('(');
        if ["phu luc", "quy trinh", "kem theo", "ban hanh kem theo", "danh muc"]
            .iter()
            .any(|w| first.starts_with(w))
            // An ISO procedure's header table ("Mã số | QT-…"), or its
            // header typed as lines ("Mã hiệu: QT-TP-03" before the title).
            || matches!(b, Block::Table(_)) && folded.iter().any(|f| f.starts_with("ma "))
            || iso_code_line(first)
        {
            return Some(Decision { number, date, at, attached: i });
        }
    }
    None
}

/// "Mã hiệu: QT-TP-03", "Mã số : QT-VP-01", "Mã số QT.VP.01", "Mã quy
/// trình: …" (folded): the code line an ISO procedure's header opens with;
/// not "Mã số TTHC: 1.000656".
fn iso_code_line(folded: &str) -> bool {
    if folded.starts_with("ma hieu") || folded.starts_with("ma quy trinh") {
        return true;
    }
    let Some(rest) = folded.strip_prefix("ma so") else { return false };
    let rest = rest.trim_start();
    rest.starts_with(':')
        || !rest.starts_with("tthc")
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.contains(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests;
