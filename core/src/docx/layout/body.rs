//! The body as the reader walks it: paragraphs and tables in order, and a
//! body laid out as a table unfolded into its headings, texts and tables,
//! each still placed in the row a person sees it in. Agencies lay out a
//! procedure, or its section 5, in three ways:
//! - a heading row "1 | Mục đích" (or "5.7 | Quy trình xử lý công việc")
//!   and the content in the rows below, a step table nested in a cell;
//! - the same, with the step table's rows part of the outer table (its
//!   header row "TT | Trình tự | Trách nhiệm | …" right under the heading);
//! - the heading and its content side by side: "1. Mục đích | Quy định …".

use std::borrow::Cow;

use super::super::xml::{Block, Cell, Para};
use super::sections::{is_sub_heading, section_of};
use crate::docx::Origin;
use crate::text::fold;

/// Where a table is: a table of the body, rows of a layout table, or a
/// table nested in a row of one (its rows are told as that row, where a
/// person finds it).
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    /// The body table's index.
    pub index: usize,
    /// The body table's row of the table's first row.
    pub first: usize,
    /// The layout table's row holding the nested table.
    pub within: Option<usize>,
    /// Read with the header of the table it continues put before its rows
    /// (a step table cut at a page's end): its row `r` is row `r - 1`.
    pub continues: bool,
}

impl Place {
    /// Where row `row` of the table is.
    pub fn row(self, row: usize) -> Origin {
        let row = (self.first + row).saturating_sub(usize::from(self.continues));
        Origin::Table { index: self.index, row: self.within.unwrap_or(row) }
    }
}

/// One thing of the body, in reading order.
pub(super) enum Item<'a> {
    /// A paragraph, or a line of a layout table's cell.
    Para(Cow<'a, Para>, Origin),
    /// A layout table's heading: it starts a section, the procedure's
    /// content when its words name none ("4. Thành phần hồ sơ").
    Heading(Cow<'a, Para>, Origin),
    /// A table of the body, or one inside a layout table.
    Table(&'a [Vec<Cell>], Place),
}

/// The body from its block `from` in reading order, layout tables
/// unfolded, and the index of the first layout table (the header ends
/// before it). Each table's rows are read for headings once.
pub(super) fn items(body: &[Block], from: usize) -> (Vec<Item<'_>>, Option<usize>) {
    let mut out = Vec::with_capacity(body.len());
    let mut first_layout = None;
    for (i, b) in body.iter().enumerate().skip(from) {
        match b {
            Block::Para(p) if is_contents(p) => {}
            Block::Para(p) => {
                out.push(Item::Para(Cow::Borrowed(p), Origin::Paragraph { index: i }))
            }
            Block::Table(rows) => {
                // A table lays out the body when at least two of its rows
                // head sections of a procedure ("Mục đích", "Nội dung quy
                // trình" …) or numbered sub-sections ("5.1", "5.2").
                let headings: Vec<Option<Heading>> = rows.iter().map(|r| heading_of(r)).collect();
                if headings.iter().flatten().filter(|h| h.known).take(2).count() == 2 {
                    first_layout = first_layout.or(Some(i));
                    unfold(rows, headings, i, &mut out);
                } else {
                    out.push(Item::Table(
                        rows,
                        Place { index: i, first: 0, within: None, continues: false },
                    ));
                }
            }
        }
    }
    (out, first_layout)
}

/// A line of Word's table of contents ("1. MỤC ĐÍCH ……… 3", styles
/// `TOC1` … `TOC9`, `TOCHeading`): it names the sections, and opens none.
pub(super) fn is_contents(p: &Para) -> bool {
    p.style.as_deref().is_some_and(|s| s.get(..3).is_some_and(|t| t.eq_ignore_ascii_case("toc")))
}

/// A heading row: the heading, whether it names a section of a procedure
/// (or a numbered sub-section), and the cell its content starts in when
/// the content sits beside it.
struct Heading {
    para: Para,
    known: bool,
    beside: Option<usize>,
}

/// "5", "5.1", "5.1.", "III": a section's number alone.
fn is_numeral(text: &str) -> bool {
    let n = text.trim().trim_end_matches('.');
    !n.is_empty()
        && (n.chars().all(|c| c.is_ascii_digit() || c == '.')
            || n.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// "4. Thành phần hồ sơ": a number, then words without figures, short.
fn is_numbered_title(text: &str) -> bool {
    let t = text.trim();
    let words = t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | ' '));
    words.len() < t.len()
        && !words.is_empty()
        && !words.chars().any(|c| c.is_ascii_digit())
        && t.chars().count() <= 60
}

/// Whether a text is one line.
fn one_line(text: &str) -> bool {
    !text.contains('\n')
}

/// A row that heads a section: "1 | Mục đích", "5.2 | Thành phần hồ sơ |
/// Bản chính | Bản sao", one cell "1. MỤC ĐÍCH", or "1. Mục đích | Quy
/// định …" with its content beside it.
fn heading_of(row: &[Cell]) -> Option<Heading> {
    let cells: Vec<(usize, Cow<'_, str>)> = row
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.text_ref()))
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    let known = |para: &Para| section_of(para).is_some() || is_sub_heading(&para.text);
    let heading = |text: String| Para { text, bold: true, ..Para::default() };
    match &cells[..] {
        // The number, the words, then column labels of the rows below.
        [(_, number), (_, words), labels @ ..] if is_numeral(number) && one_line(words) => {
            let para =
                heading(format!("{}. {}", number.trim().trim_end_matches('.'), words.trim()));
            let labels_only = labels.iter().all(|(_, l)| {
                one_line(l) && l.chars().count() <= 30 && !l.chars().any(|c| c.is_ascii_digit())
            });
            (known(&para) && labels_only).then_some(Heading { para, known: true, beside: None })
        }
        [(_, one)] if one_line(one) => {
            let para = heading(one.trim().to_owned());
            known(&para).then_some(Heading { para, known: true, beside: None })
        }
        // "1. Mục đích | Quy định …": any numbered title, its content beside.
        [(_, title), (content, _)] if one_line(title) && is_numbered_title(title) => {
            let para = heading(title.trim().to_owned());
            Some(Heading { known: known(&para), para, beside: Some(*content) })
        }
        _ => None,
    }
}

/// A cell's lines and nested tables as items, in order.
fn cell_items<'a>(cell: &'a Cell, index: usize, r: usize, out: &mut Vec<Item<'a>>) {
    let at = Origin::Table { index, row: r };
    for part in parts(cell) {
        out.push(match part {
            Part::Table(table) => {
                Item::Table(table, Place { index, first: 0, within: Some(r), continues: false })
            }
            Part::Line(text) => {
                Item::Para(Cow::Owned(Para { text: text.to_owned(), ..Para::default() }), at)
            }
        });
    }
}

/// The header of a body laid out as one table from its first line (an
/// e-portal's export, every line a row): the lines of the rows above its
/// first section, a nested table's read as a table's are, and those
/// nested tables (the signature grid among them), each placed in its row.
pub(super) fn layout_header<'a>(
    rows: &'a [Vec<Cell>], index: usize, lines: &mut Vec<(&'a str, Origin)>,
    tables: &mut Vec<(&'a [Vec<Cell>], Place)>,
) {
    let end = rows.iter().position(|r| heading_of(r).is_some_and(|h| h.known));
    for (r, row) in rows.iter().enumerate().take(end.unwrap_or(0)) {
        let place = Place { index, first: 0, within: Some(r), continues: false };
        for part in row.iter().flat_map(parts) {
            match part {
                Part::Line(text) => lines.push((text, place.row(0))),
                Part::Table(t) => {
                    collect_rows(t, place.row(0), lines);
                    tables.push((t, place));
                }
            }
        }
    }
}

/// A line of a cell, or a table nested in it.
enum Part<'a> {
    Line(&'a str),
    Table(&'a [Vec<Cell>]),
}

/// A cell's lines and nested tables in order, a nested table's own lines
/// (in `paras`, one per row) skipped; empty lines left out.
fn parts(cell: &Cell) -> impl Iterator<Item = Part<'_>> {
    let mut nested = cell.nested.iter().peekable();
    let mut k = 0;
    std::iter::from_fn(move || loop {
        if let Some((_, table)) = nested.next_if(|(start, _)| *start == k) {
            k += table.len();
            return Some(Part::Table(table));
        }
        let text = cell.paras.get(k)?.trim();
        k += 1;
        if !text.is_empty() {
            return Some(Part::Line(text));
        }
    })
}

/// A layout table's rows as items: each heading row a heading (and its
/// content beside it), a run of rows under a header row of three or more
/// cells a table, each other row its cells' lines and nested tables.
fn unfold<'a>(
    rows: &'a [Vec<Cell>], mut headings: Vec<Option<Heading>>, index: usize,
    out: &mut Vec<Item<'a>>,
) {
    let mut r = 0;
    while r < rows.len() {
        let row = &rows[r];
        if let Some(h) = headings[r].take() {
            out.push(Item::Heading(Cow::Owned(h.para), Origin::Table { index, row: r }));
            for cell in row.iter().skip(h.beside.unwrap_or(row.len())) {
                cell_items(cell, index, r, out);
            }
            r += 1;
            continue;
        }
        let filled = row.iter().filter(|c| !c.text_ref().trim().is_empty()).count();
        if filled >= 3 {
            // "TT | Trình tự | Trách nhiệm | …" and the rows up to the next
            // heading: a table inside the layout.
            let end = (r + 1..rows.len()).find(|&k| headings[k].is_some()).unwrap_or(rows.len());
            out.push(Item::Table(
                &rows[r..end],
                Place { index, first: r, within: None, continues: false },
            ));
            r = end;
            continue;
        }
        for cell in row {
            cell_items(cell, index, r, out);
        }
        r += 1;
    }
}

/// Every line of a block, in reading order. A row of labels over a row of
/// values ("Mã hiệu | Lần ban hành | Ngày ban hành" over "QT.TP.06 | 01 |
/// 14/9/2026") is read column by column, each label before its value.
pub(super) fn collect<'a>(b: &'a Block, at: Origin, out: &mut Vec<(&'a str, Origin)>) {
    match b {
        Block::Para(p) => {
            if !p.text.is_empty() {
                out.push((&p.text, at));
            }
        }
        Block::Table(rows) => collect_rows(rows, at, out),
    }
}

/// Every line of a table's rows, labels over values read column by column.
fn collect_rows<'a>(rows: &'a [Vec<Cell>], at: Origin, out: &mut Vec<(&'a str, Origin)>) {
    let mut push = |cell: &'a Cell| {
        for p in &cell.paras {
            if !p.is_empty() {
                out.push((p, at));
            }
        }
    };
    let mut r = 0;
    while r < rows.len() {
        match rows.get(r + 1).filter(|next| labels_over_values(&rows[r], next)) {
            Some(values) => {
                for (label, value) in rows[r].iter().zip(values) {
                    push(label);
                    push(value);
                }
                r += 2;
            }
            None => {
                rows[r].iter().for_each(&mut push);
                r += 1;
            }
        }
    }
}

/// Whether `row` holds only header labels (code, issue, dates, page) and
/// `next`, cell for cell, their values.
fn labels_over_values(row: &[Cell], next: &[Cell]) -> bool {
    let label = |c: &Cell| {
        let f = fold(&c.text_ref());
        ["ma ", "lan ", "ngay ", "trang", "so trang", "ky hieu"].iter().any(|l| f.starts_with(l))
            && !f.chars().any(|c| c.is_ascii_digit())
    };
    row.len() >= 2
        && row.len() == next.len()
        && row.iter().all(label)
        && next.iter().any(|c| c.text_ref().chars().any(|c| c.is_ascii_digit()))
}
