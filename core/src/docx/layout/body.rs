//! The body as the reader walks it: paragraphs and tables in order, and a
//! body laid out as one table ("1 | Mục đích", then the content in the row
//! below; "3.7 | Quy trình xử lý công việc" with the step table nested in
//! the next row) unfolded into its headings, texts and nested tables, each
//! still placed in the row a person sees it in.

use std::borrow::Cow;

use super::super::xml::{Block, Cell, Para};
use super::sections::{is_sub_heading, section_of};
use crate::docx::Origin;

/// Where a table is: a table of the body, or one nested in a row of a
/// layout table (its rows are told as that row, where a person finds it).
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    /// The body table's index.
    pub index: usize,
    /// The layout table's row holding the nested table.
    pub within: Option<usize>,
}

impl Place {
    /// Where row `row` of the table is.
    pub fn row(self, row: usize) -> Origin {
        Origin::Table { index: self.index, row: self.within.unwrap_or(row) }
    }
}

/// One thing of the body, in reading order.
pub(super) enum Item<'a> {
    /// A paragraph, a heading row of a layout table, or a line of one of
    /// its cells.
    Para(Cow<'a, Para>, Origin),
    /// A table of the body, or a table nested in a layout table.
    Table(&'a [Vec<Cell>], Place),
}

/// The body in reading order, layout tables unfolded.
pub(super) fn items(body: &[Block]) -> Vec<Item<'_>> {
    let mut out = Vec::with_capacity(body.len());
    for (i, b) in body.iter().enumerate() {
        match b {
            Block::Para(p) => {
                out.push(Item::Para(Cow::Borrowed(p), Origin::Paragraph { index: i }))
            }
            Block::Table(rows) if is_layout(rows) => unfold(rows, i, &mut out),
            Block::Table(rows) => out.push(Item::Table(rows, Place { index: i, within: None })),
        }
    }
    out
}

/// The non-empty cells of a row.
fn filled(row: &[Cell]) -> Vec<Cow<'_, str>> {
    row.iter().map(Cell::text_ref).filter(|t| !t.trim().is_empty()).collect()
}

/// A row that heads a section: "1 | Mục đích", "3.4 | Thời gian xử lý",
/// or one cell "1. MỤC ĐÍCH". The heading as a numbered paragraph.
fn heading_of(row: &[Cell]) -> Option<Para> {
    let cells = filled(row);
    let text = match &cells[..] {
        [number, words] => {
            let n = number.trim().trim_end_matches('.');
            let numeral = !n.is_empty()
                && (n.chars().all(|c| c.is_ascii_digit() || c == '.')
                    || n.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
            if !numeral || words.contains('\n') {
                return None;
            }
            format!("{n}. {}", words.trim())
        }
        [one] if !one.contains('\n') => one.trim().to_owned(),
        _ => return None,
    };
    let para = Para { text, bold: true, ..Para::default() };
    (section_of(&para).is_some() || is_sub_heading(&para.text)).then_some(para)
}

/// A table that lays out the body: at least two rows head sections, one
/// of them a section of a procedure ("Mục đích", "Nội dung quy trình" …)
/// or both numbered sub-sections ("5.1", "5.2").
fn is_layout(rows: &[Vec<Cell>]) -> bool {
    let mut headings = 0;
    for row in rows {
        if heading_of(row).is_some() {
            headings += 1;
            if headings >= 2 {
                return true;
            }
        }
    }
    false
}

/// A layout table's rows as items: each heading row a heading, each other
/// row its cells' lines and nested tables, in order.
fn unfold<'a>(rows: &'a [Vec<Cell>], index: usize, out: &mut Vec<Item<'a>>) {
    for (r, row) in rows.iter().enumerate() {
        let at = Origin::Table { index, row: r };
        if let Some(heading) = heading_of(row) {
            out.push(Item::Para(Cow::Owned(heading), at));
            continue;
        }
        for cell in row {
            // Nested tables in order of where they start; their lines in
            // `paras` are skipped.
            let mut nested = cell.nested.iter().peekable();
            let mut k = 0;
            while k <= cell.paras.len() {
                if let Some((_, table)) = nested.next_if(|(start, _)| *start == k) {
                    out.push(Item::Table(table, Place { index, within: Some(r) }));
                    k += table.len();
                    continue;
                }
                let Some(text) = cell.paras.get(k).map(|t| t.trim()) else { break };
                if !text.is_empty() {
                    let para = Para { text: text.to_owned(), ..Para::default() };
                    out.push(Item::Para(Cow::Owned(para), at));
                }
                k += 1;
            }
        }
    }
}

/// Whether a block is a table laying out the body (the header ends
/// before it).
pub(super) fn is_layout_table(b: &Block) -> bool {
    matches!(b, Block::Table(rows) if is_layout(rows))
}
