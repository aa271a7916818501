//! WordprocessingML as the reader needs it: paragraphs (text, style,
//! bold, list numbering) and tables (rows of cells with their horizontal
//! span and vertical merge), in document order. Text split over runs is
//! joined; tracked changes are read as accepted (insertions kept;
//! deletions, deleted table rows and a moved text's old place dropped);
//! hyperlinks, simple fields and content controls give their text; field
//! codes are skipped; text boxes become paragraphs after the one that
//! holds them (a drawing's VML fallback, a copy of its text, is skipped).
//! Text is NFC with no-break spaces as spaces. No entity is expanded
//! beyond XML's own five and character references.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::fonts::Fonts;
use super::runs::{flush, run_text, Legacy, ParaState, RunState};
use super::zip::unreadable;
use crate::Result;

/// A paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Para {
    /// The text, NFC, trimmed.
    pub text: String,
    /// The paragraph style (`Heading1`, `ListNumber` …).
    pub style: Option<String>,
    /// Every run with text is bold.
    pub bold: bool,
    /// A list paragraph numbered by Word (`w:numPr`).
    pub numbered: bool,
    /// Its list (`w:numId`) and level (`w:ilvl`), for the label Word
    /// draws before it (see `numbering`).
    /// (Numbers, not text: every paragraph carries the field.)
    pub list: Option<(u32, u8)>,
}

/// How a cell takes part in a vertical merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum VMerge {
    /// Not merged.
    #[default]
    None,
    /// The first cell of a merged column.
    Restart,
    /// Continues the cell above (its text is the one above).
    Continue,
}

/// A table cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Cell {
    /// The paragraphs of the cell (nested tables flattened into them, one
    /// line per row).
    pub paras: Vec<String>,
    /// The tables nested in the cell, each with the index in `paras` of
    /// its first line: a body laid out as a table holds its step table in
    /// a cell.
    pub nested: Vec<(usize, Vec<Vec<Cell>>)>,
    /// Grid columns the cell spans (`w:gridSpan`).
    pub span: usize,
    /// Vertical merge.
    pub vmerge: VMerge,
}

impl Cell {
    /// The cell's text, paragraphs joined by a line break.
    pub fn text(&self) -> String {
        self.text_ref().into_owned()
    }

    /// The cell's text, borrowed when it is one paragraph (most cells).
    pub fn text_ref(&self) -> std::borrow::Cow<'_, str> {
        let mut full = self.paras.iter().filter(|p| !p.is_empty());
        match (full.next(), full.next()) {
            (None, _) => std::borrow::Cow::Borrowed(""),
            (Some(one), None) => std::borrow::Cow::Borrowed(one),
            _ => self
                .paras
                .iter()
                .filter(|p| !p.is_empty())
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join("\n")
                .into(),
        }
    }
}

/// A block of the body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A paragraph.
    Para(Para),
    /// A table: rows of cells.
    Table(Vec<Vec<Cell>>),
}

/// Text after NFC, with no-break and other odd spaces as plain spaces.
fn clean(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| if matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t') { ' ' } else { c })
        .collect();
    crate::text::nfc(&spaced).into_owned()
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): on unless turned off.
fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, b"w:val").as_deref(), Some("0" | "false" | "off"))
}

/// Reads the body of `document.xml` (or a header or footer part) where no
/// text is in a pre-Unicode font.
#[cfg(test)]
pub(crate) fn blocks(xml: &[u8]) -> Result<Vec<Block>> {
    Ok(read(xml, None)?.0)
}

/// Reads the body of `document.xml` (or a header or footer part). With
/// `fonts`, the text of runs in a pre-Unicode font (TCVN3, VNI) is
/// read as the letters the font shows.
pub(crate) fn read(xml: &[u8], fonts: Option<&Fonts>) -> Result<(Vec<Block>, Legacy)> {
    let mut legacy = Legacy::default();
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut out: Vec<Block> = Vec::new();
    // Open tables: rows of cells; the cell being read.
    let mut tables: Vec<(Vec<Vec<Cell>>, Option<Cell>)> = Vec::new();
    let mut paras: Vec<ParaState> = Vec::new();
    let mut run: Option<RunState> = None;
    // Inside w:del, w:moveFrom (a moved text's old place), w:instrText, or
    // a drawing's fallback: text that is not read.
    let mut skip = 0usize;
    // Per open table: whether its current row is a tracked deletion.
    let mut row_deleted: Vec<bool> = Vec::new();
    let mut in_row_props = false;
    let mut in_text = false;
    // Paragraphs found in text boxes, emitted after their paragraph.
    let mut boxed: Vec<Para> = Vec::new();
    let bad = || {
        unreadable(
            "Nội dung tài liệu Word (word/document.xml) không đọc được",
            "The Word document's content (word/document.xml) cannot be read",
        )
    };
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|_| bad())?;
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.name().as_ref() {
                // A drawing's fallback repeats its text box for old readers.
                b"w:del" | b"w:moveFrom" | b"w:instrText" | b"w:delText" | b"mc:Fallback" => {
                    // A row deleted with changes tracked, its mark written
                    // with an end tag.
                    if in_row_props && e.name().as_ref() == b"w:del" {
                        if let Some(deleted) = row_deleted.last_mut() {
                            *deleted = true;
                        }
                    }
                    skip += 1
                }
                // The formatting before a tracked change of it.
                name if is_change(name) => skip += 1,
                _ if skip > 0 => {}
                b"w:tbl" => {
                    tables.push((Vec::new(), None));
                    row_deleted.push(false);
                }
                b"w:trPr" => in_row_props = true,
                b"w:tr" => {
                    if let Some((rows, _)) = tables.last_mut() {
                        rows.push(Vec::new());
                    }
                }
                b"w:tc" => {
                    if let Some((_, cell)) = tables.last_mut() {
                        *cell = Some(Cell { span: 1, ..Cell::default() });
                    }
                }
                b"w:p" => paras.push(ParaState::default()),
                b"w:r" => run = Some(RunState::default()),
                b"w:t" => in_text = true,
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                _ if skip > 0 => {}
                // A table row deleted with changes tracked: gone once they
                // are accepted.
                b"w:del" if in_row_props => {
                    if let Some(deleted) = row_deleted.last_mut() {
                        *deleted = true;
                    }
                }
                b"w:pStyle" => {
                    if let Some(p) = paras.last_mut() {
                        p.style = attr(&e, b"w:val");
                    }
                }
                b"w:numPr" | b"w:numId" | b"w:ilvl" => {
                    if let Some(p) = paras.last_mut() {
                        p.numbered = true;
                        let value = attr(&e, b"w:val");
                        match e.name().as_ref() {
                            b"w:numId" => {
                                p.list_id = value.and_then(|v| v.parse().ok()).filter(|&v| v != 0)
                            }
                            b"w:ilvl" => p.ilvl = value.and_then(|v| v.parse().ok()).unwrap_or(0),
                            _ => {}
                        }
                    }
                }
                b"w:b" => {
                    if let Some(r) = run.as_mut() {
                        r.bold = on(&e);
                    }
                }
                b"w:rFonts" => {
                    if let Some(r) = run.as_mut() {
                        r.font = super::fonts::named(&e);
                    }
                }
                b"w:rStyle" => {
                    if let Some(r) = run.as_mut() {
                        r.style = attr(&e, b"w:val");
                    }
                }
                b"w:tab" | b"w:br" | b"w:cr" => {
                    if let (Some(p), Some(_)) = (paras.last_mut(), run.as_ref()) {
                        flush(p, &mut legacy);
                        // A line broken after "-" or "/" (a number reflowed
                        // from a PDF: "23/2015/NĐ-⏎CP") goes on unbroken.
                        let joined = e.name().as_ref() != b"w:tab" && p.text.ends_with(['-', '/']);
                        if !joined {
                            p.text.push(' ');
                        }
                    }
                }
                // TCVN3's "ư" is the soft hyphen's place: some writers
                // store it as this element.
                b"w:softHyphen" => {
                    if let (Some(p), Some(r)) = (paras.last_mut(), run.as_mut()) {
                        run_text(p, r, fonts, &mut legacy, "\u{AD}", true);
                    }
                }
                // Word's non-breaking hyphen (Ctrl+Shift+-) is an element,
                // not a character: "19/2014/QĐ-TTg" keeps its hyphen.
                b"w:noBreakHyphen" => {
                    if let (Some(p), Some(r)) = (paras.last_mut(), run.as_mut()) {
                        run_text(p, r, fonts, &mut legacy, "-", false);
                    }
                }
                b"w:gridSpan" => {
                    if let Some((_, Some(cell))) = tables.last_mut() {
                        cell.span =
                            attr(&e, b"w:val").and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
                    }
                }
                b"w:vMerge" => {
                    if let Some((_, Some(cell))) = tables.last_mut() {
                        cell.vmerge = match attr(&e, b"w:val").as_deref() {
                            Some("restart") => VMerge::Restart,
                            _ => VMerge::Continue,
                        };
                    }
                }
                b"w:p" => {
                    paras.push(ParaState::default());
                    close_para(&mut paras, &mut tables, &mut out, &mut boxed, &mut legacy);
                }
                _ => {}
            },
            Event::Text(t) if in_text && skip == 0 => {
                let raw = std::str::from_utf8(&t).map_err(|_| bad())?;
                let text = quick_xml::escape::unescape(raw).map_err(|_| bad())?;
                if let (Some(p), Some(r)) = (paras.last_mut(), run.as_mut()) {
                    run_text(p, r, fonts, &mut legacy, &text, false);
                } else if let Some(p) = paras.last_mut() {
                    p.text.push_str(&text);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:del" | b"w:moveFrom" | b"w:instrText" | b"w:delText" | b"mc:Fallback"
                    if skip > 0 =>
                {
                    skip -= 1
                }
                name if skip > 0 && is_change(name) => skip -= 1,
                _ if skip > 0 => {}
                b"w:t" => in_text = false,
                b"w:trPr" => in_row_props = false,
                b"w:tr" => {
                    if let (Some((rows, _)), Some(deleted)) =
                        (tables.last_mut(), row_deleted.last_mut())
                    {
                        if std::mem::take(deleted) {
                            rows.pop();
                        }
                    }
                }
                b"w:r" => {
                    if let (Some(r), Some(p)) = (run.take(), paras.last_mut()) {
                        if r.has_text {
                            p.runs += 1;
                            p.bold_runs += usize::from(r.bold);
                        }
                    }
                }
                b"w:p" => close_para(&mut paras, &mut tables, &mut out, &mut boxed, &mut legacy),
                b"w:tc" => {
                    if let Some((rows, cell)) = tables.last_mut() {
                        if let (Some(cell), Some(row)) = (cell.take(), rows.last_mut()) {
                            row.push(cell);
                        }
                    }
                }
                b"w:tbl" => {
                    row_deleted.pop();
                    if let Some((rows, _)) = tables.pop() {
                        match tables.last_mut() {
                            // A nested table: its text joins the outer cell.
                            Some((_, Some(outer))) => {
                                let at = outer.paras.len();
                                for row in &rows {
                                    let line: Vec<String> = row
                                        .iter()
                                        .map(Cell::text)
                                        .filter(|t| !t.is_empty())
                                        .collect();
                                    outer.paras.push(line.join(" | "));
                                }
                                outer.nested.push((at, rows));
                            }
                            _ => out.push(Block::Table(rows)),
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    Ok((out, legacy))
}

/// The elements holding the formatting before a tracked change of it.
fn is_change(name: &[u8]) -> bool {
    matches!(
        name,
        b"w:rPrChange"
            | b"w:pPrChange"
            | b"w:trPrChange"
            | b"w:tcPrChange"
            | b"w:tblPrChange"
            | b"w:sectPrChange"
    )
}

/// Closes the innermost open paragraph: into its cell, into the outer
/// paragraph as a text box, or into the body.
fn close_para(
    paras: &mut Vec<ParaState>, tables: &mut [(Vec<Vec<Cell>>, Option<Cell>)],
    out: &mut Vec<Block>, boxed: &mut Vec<Para>, legacy: &mut Legacy,
) {
    let Some(mut p) = paras.pop() else { return };
    flush(&mut p, legacy);
    let para = Para {
        text: clean(p.text.trim()),
        style: p.style,
        bold: p.runs > 0 && p.bold_runs == p.runs,
        numbered: p.numbered,
        list: p.list_id.map(|id| (id, p.ilvl)),
    };
    // A paragraph inside another one is a text box's.
    if !paras.is_empty() {
        boxed.push(para);
        return;
    }
    match tables.last_mut() {
        Some((_, Some(cell))) => {
            cell.paras.push(para.text);
            cell.paras.extend(boxed.drain(..).map(|b| b.text));
        }
        _ => {
            out.push(Block::Para(para));
            out.extend(boxed.drain(..).map(Block::Para));
        }
    }
}

#[cfg(test)]
mod tests;
