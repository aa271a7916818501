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

/// The decision the body opens with and the block its attachment begins
/// at, or `None` when the body is not a decision followed by what it
/// approves (a procedure's file, an annex alone).
pub(super) fn decision(body: &[Block]) -> Option<Decision<'_>> {
    let mut lines: Vec<(&str, Origin)> = Vec::new();
    let mut title = None;
    for (i, b) in body.iter().enumerate().take(HEAD_BLOCKS) {
        let start = lines.len();
        collect(b, Origin::Paragraph { index: i }, &mut lines);
        // "QUYẾT ĐỊNH" alone: the kind of the document, its title.
        if lines[start..].iter().any(|(t, _)| fold(t).trim() == "quyet dinh") {
            title = Some(i);
            break;
        }
    }
    let title = title?;
    let mut number = None;
    let mut at = None;
    let mut date = None;
    for &(text, origin) in &lines {
        let f = fold(text);
        // "Số: 2150/QĐ-UBND"; "Số:      /QĐ-UBND" is not numbered yet.
        if let Some(rest) = f.strip_prefix("so:").or_else(|| f.strip_prefix("so ")) {
            let value = text[text.len() - rest.len()..].trim();
            if value.starts_with(|c: char| c.is_ascii_digit()) && value.contains('/') {
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
            // An ISO procedure's header table ("Mã số | QT-…").
            || matches!(b, Block::Table(_)) && folded.iter().any(|f| f.starts_with("ma "))
        {
            return Some(Decision { number, date, at, attached: i });
        }
    }
    None
}

#[cfg(test)]
mod tests;
