//! The rows of a table holding several procedures, or several cases of
//! one: a procedure's row ("1 | Đăng ký … (Mã TTHC: …)"), a field's row
//! ("II | LĨNH VỰC …"), a case's row ("I | Trường hợp …") and a case's
//! limit line.

use super::super::grid::Row;
use super::super::times::parse_duration;
use super::super::values::unbullet;
use super::procedure_heading;
use crate::text::fold;

/// The rows of a table holding several procedures that name one: a number
/// in the first cell and one text merged over the others ("1 | Đăng ký nội
/// quy lao động … (Mã TTHC: 2.001955)"), with the procedure's name.
pub(super) fn procedure_rows(g: &[Row<'_>]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (r, row) in g.iter().enumerate().skip(1) {
        let (Some(first), Some(text)) = (row.first(), row.get(1)) else { continue };
        let first = first.trim();
        let numbered = !first.is_empty() && first.chars().all(|c| c.is_ascii_digit());
        if numbered && merged(row) {
            // The name: the first line, before "(Mã TTHC: …)".
            out.push((r, name_before_code(text.lines().next().unwrap_or(""))));
        } else if row.iter().all(|c| c == text) {
            // One text over the whole row: "1. Thủ tục … (Mã TTHC: …)".
            let line = text.lines().next().unwrap_or("");
            if let Some(h) = procedure_heading(line).filter(|h| h.names_procedure && !h.roman) {
                out.push((r, h.name));
            }
        }
    }
    out
}

/// The rows of a step table that open a case of the procedure: a Roman
/// numeral and "Trường hợp …" merged over the others, with the caption.
pub(super) fn case_rows(g: &[Row<'_>]) -> Vec<(usize, String)> {
    let roman = |c: &str| !c.is_empty() && c.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    g.iter()
        .enumerate()
        .skip(1)
        .filter(|(_, row)| {
            row.first().is_some_and(|c| roman(c.trim()))
                && merged(row)
                && fold(&row[1]).starts_with("truong hop")
        })
        .map(|(r, row)| (r, row[1].trim().to_owned()))
        .collect()
}

/// "- Trường hợp công nhận … nhóm III: 32 ngày làm việc.": a case's limit.
pub(super) fn case_limit(text: &str) -> Option<crate::Duration> {
    let line = unbullet(text);
    let (label, value) = line.rsplit_once(':')?;
    fold(label).starts_with("truong hop").then(|| parse_duration(value)).flatten()
}

/// A field's row in a table of procedures: "II | LĨNH VỰC VĂN THƯ, LƯU TRỮ"
/// or "II. Lĩnh vực …" over the whole row.
pub(super) fn field_row(row: &Row<'_>) -> bool {
    let first = row.first().map_or("", |c| c.trim());
    let roman = !first.is_empty() && first.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    let text = row.get(1).map_or("", |c| c.as_ref());
    (roman && merged(row)) || row.iter().all(|c| c == text) && fold(text).contains("linh vuc")
}

/// A row of one text merged over all but the first cell: a procedure's
/// ("1 | Đăng ký …") or a field's ("II | LĨNH VỰC VĂN THƯ, LƯU TRỮ").
fn merged(row: &Row<'_>) -> bool {
    row.len() > 2 && !row[1].trim().is_empty() && row[2..].iter().all(|c| *c == row[1])
}

/// The name on a procedure's row: the line up to "(Mã TTHC".
fn name_before_code(line: &str) -> String {
    let folded = fold(line);
    let name = match folded.find("(ma") {
        // Folding keeps the number of characters: cut by characters.
        Some(at) => {
            let chars = folded[..at].chars().count();
            line.chars().take(chars).collect::<String>()
        }
        None => line.to_owned(),
    };
    name.trim().trim_end_matches(['.', ';', '-', '–']).trim().to_owned()
}
