//! Tables as rows of text: merged cells resolved, columns found by what
//! their headers say.

use std::borrow::Cow;

use super::super::xml::{Cell, VMerge};
use crate::text::fold;

/// A table row as text, borrowed from the blocks where a cell is one
/// paragraph.
pub(super) type Row<'a> = Vec<Cow<'a, str>>;

/// The cells of a table as text, merged cells resolved: a vertically
/// merged cell repeats the text above, a spanned cell fills its columns.
pub(super) fn grid(rows: &[Vec<Cell>]) -> Vec<Row<'_>> {
    let mut out: Vec<Row<'_>> = Vec::with_capacity(rows.len());
    for row in rows {
        let mut line = Vec::new();
        for cell in row {
            let col = line.len();
            let text = match cell.vmerge {
                VMerge::Continue => {
                    out.last().and_then(|r: &Row<'_>| r.get(col)).cloned().unwrap_or_default()
                }
                _ => cell.text_ref(),
            };
            for _ in 0..cell.span.max(1) {
                line.push(text.clone());
            }
        }
        out.push(line);
    }
    out
}

/// A row that numbers the columns above it ("(1) | (2) | … | (8)", as a
/// register's form prints under its header): no entry of the table.
pub(super) fn column_numbers(row: &Row<'_>) -> bool {
    let number = |c: &str| {
        let n = c.trim().trim_start_matches('(').trim_end_matches(')');
        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
    };
    row.len() > 1 && row.iter().all(|c| number(c))
}

/// Whether the cell of `row` covering grid column `col` continues a cell
/// merged down from above.
pub(super) fn continues_above(row: Option<&Vec<Cell>>, col: usize) -> bool {
    let mut at = 0;
    for cell in row.into_iter().flatten() {
        at += cell.span.max(1);
        if col < at {
            return cell.vmerge == VMerge::Continue;
        }
    }
    false
}

/// Headers of the column that says what a step does: "Nội dung công
/// việc", "Mô tả", "Trình tự" (the 101/QĐ-BKHCN template), "Diễn giải"
/// (beside a flowchart).
pub(super) const ACTION_COLUMNS: &[&str] =
    &["noi dung", "cong viec", "mo ta", "trinh tu", "dien giai"];

/// The column of a step's action: the first whose header says one of
/// [`ACTION_COLUMNS`], passing over a column of step numbers ("Bước công
/// việc", "Thứ tự công việc" before "Nội dung công việc") unless no other
/// column says one.
pub(super) fn action_column(header: &[Cow<'_, str>]) -> Option<usize> {
    header
        .iter()
        .position(|h| {
            let f = fold(h);
            let numbers = f.starts_with("buoc") || f.starts_with("thu tu");
            !numbers && ACTION_COLUMNS.iter().any(|n| f.contains(n))
        })
        .or_else(|| column(header, ACTION_COLUMNS))
}

/// The column whose header says one of `names`.
pub(super) fn column(header: &[Cow<'_, str>], names: &[&str]) -> Option<usize> {
    header.iter().position(|h| {
        let f = fold(h);
        names.iter().any(|n| f.contains(n))
    })
}

/// The first column whose header holds one of `names` as whole words
/// ("ma" in "Mã hiệu", not in "Tên biểu mẫu").
pub(super) fn column_words(header: &[Cow<'_, str>], names: &[&str]) -> Option<usize> {
    header.iter().position(|h| {
        let words = crate::documents::references::folded_words(h);
        let words = format!(" {words} ");
        names.iter().any(|n| words.contains(&format!(" {n} ")))
    })
}
