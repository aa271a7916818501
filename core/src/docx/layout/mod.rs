//! From the blocks of a Word file to a `ProcedureDocument`, the way an ISO
//! secretary reads one: the header (a table, paragraphs, or the page
//! header), the signature grid, the change log, and the numbered sections
//! with their tables. Every field says where it came from; what was
//! expected and not found, or found and not understood, is reported.

mod annex;
mod body;
mod cases;
mod citations;
mod decision;
mod grid;
mod header;
mod paragraphs;
mod sections;
mod signatures;
mod steps;
mod subrows;
mod tables;
#[cfg(test)]
mod tests;
mod times;
mod values;

use super::xml::{Block, Cell};
use super::{Extraction, Origin};
use crate::documents::{DocStatus, ProcedureDocument, ProcedureKind};
use crate::text::fold;
use body::{Item, Place};
use grid::{grid, ACTION_COLUMNS};
use header::header;
use paragraphs::paragraphs;
use sections::{is_appendix, is_sub_heading, section_of, Section};
use signatures::role_of;
use steps::steps;
use tables::{
    change_log, distribution_table, forms_table, push_definition, records_table, references_table,
};
use values::after_label;

/// Reads the procedures of a file from the blocks of its body and of its
/// page header and footer: one, or each of an annex's. `x` starts each
/// procedure's report (the fonts read as pre-Unicode).
pub(crate) fn read_all(
    body: &[Block], margins: &[Block], max_steps: usize, x: Extraction,
) -> crate::Result<Vec<(ProcedureDocument, Extraction)>> {
    let mut x = x;
    let mut doc = ProcedureDocument {
        edition: "2015".into(),
        kind: ProcedureKind::Internal,
        status: DocStatus::Effective,
        ..ProcedureDocument::default()
    };
    // A decision and its annex in one file: the annex is read, and the
    // decision known by its first page.
    let approving = decision::decision(body);
    let from = approving.as_ref().map_or(0, |d| d.attached);
    let (items, first_layout) = body::items(body, from);
    header(&mut doc, body, from, approving.as_ref(), first_layout, margins, &mut x);
    if doc.form == crate::documents::DocumentForm::Annex {
        if let Some(list) = annex::procedures(&doc, &x, &items, max_steps)? {
            return Ok(list);
        }
    }
    read_body(doc, body, from, &items, max_steps, x)
}

/// The rest of one procedure after its header: the unit in charge and the
/// sections; one procedure per case when it has a step table per case.
fn read_body(
    mut doc: ProcedureDocument, body: &[Block], from: usize, items: &[Item<'_>], max_steps: usize,
    mut x: Extraction,
) -> crate::Result<Vec<(ProcedureDocument, Extraction)>> {
    let x = &mut x;
    // The unit in charge, where the document names it ("Đơn vị chủ trì: …"),
    // looked for line by line without gathering a block's lines (a step
    // table's thousand cells).
    fn unit_in(t: &str) -> Option<&str> {
        after_label(t, &["don vi chu tri"]).filter(|u| !u.is_empty())
    }
    if let Some((unit, at, text)) = body.iter().enumerate().skip(from).find_map(|(i, b)| {
        let at = Origin::Paragraph { index: i };
        let (para, rows) = match b {
            Block::Para(p) => (Some(p.text.as_str()), None),
            Block::Table(rows) => (None, Some(rows)),
        };
        let cells = rows.into_iter().flatten().flatten().flat_map(|c| &c.paras);
        para.into_iter()
            .chain(cells.map(String::as_str))
            .find_map(|t| unit_in(t).map(|u| (u, at, t)))
    }) {
        doc.owner_unit = Some(unit.trim_end_matches(['.', ';']).to_owned());
        x.found("/ownerUnit", at, text);
    }
    // Walk the body by sections.
    let mut section: Option<Section> = None;
    let mut texts: Vec<(Section, &str, Origin)> = Vec::new();
    let mut steps_seen = false;
    let mut within_content = false;
    // "Đơn vị tính: ngày làm việc" above a step table whose times are
    // bare figures.
    let mut unit: Option<String> = None;
    // "5.6.1. Trường hợp …" over a step table: the case it holds.
    let (mut caption, mut cases) = (None, Vec::new());
    // The header of the last step table, and its width.
    let mut last_head: Option<(Vec<Cell>, usize)> = None;
    for item in items {
        match item {
            Item::Para(p, at) | Item::Heading(p, at) => {
                let heading = matches!(item, Item::Heading(..));
                // An appendix after the sections (the forms printed in
                // full): the procedure ends there.
                if section.is_some() && is_appendix(p) {
                    break;
                }
                // Only a page's furniture ("Trang 3/4") comes between a
                // step table and the rest a page's end cut off.
                if !p.text.trim().is_empty() && !paragraphs::page_furniture(&fold(&p.text)) {
                    last_head = None;
                }
                if let Some(s) = section_of(p) {
                    within_content = s == Section::References && section == Some(Section::Content);
                    section = Some(s);
                    // A case is captioned within the section of its table.
                    caption = None;
                    continue;
                }
                // "5.2. Thành phần hồ sơ" after "5.1. Cơ sở pháp lý", or a
                // layout table's "4. Thành phần hồ sơ": the content again.
                if heading || within_content && is_sub_heading(&p.text) {
                    within_content = false;
                    section = Some(Section::Content);
                }
                if let Some(s) = section {
                    if !p.text.is_empty() {
                        texts.push((s, &p.text, *at));
                    }
                }
                if let Some(u) = after_label(&p.text, &["don vi tinh"]) {
                    unit = Some(u.trim_end_matches(['.', ')']).to_owned());
                }
                if let Some(c) = cases::caption(&p.text) {
                    caption = Some((c, *at));
                }
            }
            Item::Table(cells, place) => {
                let g = grid(cells);
                let Some(head) = g.first() else { continue };
                let h = fold(&head.join(" | "));
                if role_of(&h) == Some(0) && (h.contains("duyet") || h.contains("xem xet")) {
                    continue; // the signature grid, read with the header
                }
                let step_head = (h.contains("trach nhiem") || h.contains("thuc hien"))
                    && ACTION_COLUMNS.iter().any(|a| h.contains(a));
                // The rest of a step table cut at a page's end, without its
                // header, in the same section: read under the header above.
                let width = head.len();
                // Its first row goes on with a step or numbers one ("4",
                // "B4"): a table with a header of its own ("TT | Tên biểu
                // mẫu | …") is another table.
                let goes_on = head.first().is_some_and(|c| {
                    let c = c.trim().trim_start_matches(['B', 'b']);
                    c.is_empty() || c.starts_with(|ch: char| ch.is_ascii_digit())
                });
                let above = last_head.as_ref().filter(|(_, w)| *w == width);
                if let Some(above) = above.filter(|_| !step_head && goes_on) {
                    continued_steps(&mut doc, &above.0, cells, *place, unit.as_deref(), x);
                    continue;
                }
                if (h.contains("lan sua") || h.contains("sua doi") || h.contains("thay doi"))
                    && h.contains("noi dung")
                {
                    change_log(&mut doc, &g, *place, x);
                } else if step_head {
                    last_head = cells.first().map(|r| (r.clone(), width));
                    // Counted before the steps are built.
                    let rows = doc.steps.as_ref().map_or(0, Vec::len) + g.len().saturating_sub(1);
                    if rows > max_steps {
                        let problem =
                            crate::InputProblem::TooMany { count: rows, limit: max_steps };
                        return Err(crate::Error::invalid("/steps", problem));
                    }
                    let first = doc.steps.as_ref().map_or(0, Vec::len);
                    let total = steps(&mut doc, &g, cells, *place, unit.as_deref(), x);
                    if let Some((caption, at)) = caption.take() {
                        cases.push(cases::Case { first, caption, at, total });
                    }
                    steps_seen = true;
                } else if section == Some(Section::Forms) {
                    forms_table(&mut doc, &g, *place, x);
                } else if section == Some(Section::Records) {
                    records_table(&mut doc, &g, *place, x);
                } else if section == Some(Section::Distribution) || h.contains("noi nhan") {
                    distribution_table(&mut doc, &g);
                } else if section == Some(Section::References) {
                    references_table(&mut doc, &g, *place, x);
                } else if section == Some(Section::Definitions) {
                    for row in g.iter().skip(1) {
                        if let [term, meaning, ..] = &row[..] {
                            push_definition(&mut doc, term, meaning);
                        }
                    }
                }
            }
        }
    }
    paragraphs(&mut doc, &texts, steps_seen, x);
    forms_named_in_steps(&mut doc);
    half_days_of_the_calendar(&mut doc);
    procedures_named(&mut doc, texts.iter().map(|t| t.1));
    // An annex has its steps only.
    let iso = doc.form == crate::documents::DocumentForm::Iso;
    for (field, what) in [
        (iso && doc.purpose.is_none(), ("/purpose", "MỤC ĐÍCH")),
        (iso && doc.scope.is_none(), ("/scope", "PHẠM VI")),
        (doc.steps.is_none(), ("/steps", "NỘI DUNG QUY TRÌNH")),
    ] {
        if field {
            x.missing(what.0, what.1);
        }
    }
    // The limit that stands: the line read last (over a total row).
    let limit_at = x.found.iter().rfind(|n| n.field == "/statutoryLimit").and_then(|n| n.origin);
    let limit_line = texts.iter().find(|t| Some(t.2) == limit_at).map(|t| t.1);
    let split = cases::split(&doc, x, &cases, limit_line);
    Ok(split.unwrap_or_else(|| vec![(doc, std::mem::take(x))]))
}

/// A listed form a step's text names ("… ghi Phiếu theo Mẫu 01"), which
/// its forms column does not: the step uses it.
fn forms_named_in_steps(doc: &mut ProcedureDocument) {
    let Some(forms) = doc.forms.as_ref() else { return };
    let listed: Vec<String> = forms.iter().map(|f| crate::text::comparable(&f.code)).collect();
    for step in doc.steps.iter_mut().flatten() {
        let Some(action) = step.action.as_deref() else { continue };
        let mut named: Vec<String> = Vec::new();
        for code in values::form_codes(action) {
            let key = crate::text::comparable(&code);
            let known = listed.contains(&key);
            let have = step.forms.iter().chain(&named).any(|f| crate::text::comparable(f) == key);
            if known && !have {
                named.push(code);
            }
        }
        // In reading order: the step's text comes before its other cells.
        step.forms.splice(0..0, named);
    }
}

/// The other procedures a document names ("lưu hồ sơ theo Quy trình kiểm
/// soát hồ sơ QT.VP.02", a document it cites by code) in what was read of
/// it and in its other paragraphs (`more`): its references, in the order
/// first named.
fn procedures_named<'a>(doc: &mut ProcedureDocument, more: impl Iterator<Item = &'a str>) {
    fn add(named: &mut Vec<String>, text: &str, own: &str) {
        for code in values::procedure_codes(text, own) {
            let key = crate::text::comparable(&code);
            if !named.iter().any(|n| crate::text::comparable(n) == key) {
                named.push(code);
            }
        }
    }
    let mut named: Vec<String> = Vec::new();
    let steps = doc.steps.iter().flatten().flat_map(|s| [&s.action, &s.output, &s.responsible]);
    let cited = doc.legal_basis.iter().flatten().flat_map(|r| [Some(&r.number), r.title.as_ref()]);
    let fields = [&doc.purpose, &doc.scope]
        .into_iter()
        .flatten()
        .chain(steps.flatten())
        .chain(cited.flatten())
        .chain(doc.definitions.iter().flatten().map(|d| &d.meaning))
        .chain(doc.change_log.iter().filter_map(|c| c.change.as_ref()));
    for text in fields {
        add(&mut named, text, &doc.code);
    }
    for text in more {
        add(&mut named, text, &doc.code);
    }
    doc.references = named;
}

/// "0,5 ngày" is read as half a working day (less than a day's work); among
/// steps all in days of the calendar, under a limit in them, it is half of
/// one of those, so that the steps add up against the limit.
fn half_days_of_the_calendar(doc: &mut ProcedureDocument) {
    use crate::documents::DurationUnit::{CalendarDays, WorkingDays};
    let half = |d: &crate::documents::Duration| d.unit == WorkingDays && d.value < 1.0;
    let Some(steps) = doc.steps.as_mut() else { return };
    let calendar = doc.statutory_limit.is_some_and(|d| d.unit == CalendarDays)
        && steps.iter().filter_map(|s| s.duration).all(|d| d.unit == CalendarDays || half(&d))
        && steps.iter().filter_map(|s| s.duration).any(|d| d.unit == CalendarDays);
    if calendar {
        for d in steps.iter_mut().filter_map(|s| s.duration.as_mut()).filter(|d| half(d)) {
            d.unit = CalendarDays;
        }
    }
}

/// The rest of a step table a page's end cut (`rows`, without a header),
/// read under the header of the part above; its first row, when it only
/// goes on with the last step's text ("| | trả lời, nêu rõ lý do. | |"),
/// ends that text.
fn continued_steps(
    doc: &mut ProcedureDocument, head: &[Cell], rows: &[Vec<Cell>], place: Place,
    unit: Option<&str>, x: &mut Extraction,
) {
    let mut place = Place { continues: true, ..place };
    let mut rows = rows;
    let first = rows.first().map(|r| grid(std::slice::from_ref(r)));
    if let Some([cells]) = first.as_deref() {
        let filled: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
        let last = doc.steps.as_mut().and_then(|l| l.last_mut());
        if let (true, [text], Some(step)) =
            (cells.first().is_some_and(|c| c.trim().is_empty()), &filled[..], last)
        {
            if let Some(a) = step.action.as_mut() {
                a.push(' ');
                a.push_str(text);
            }
            rows = &rows[1..];
            place.first += 1;
        }
    }
    let mut all = vec![head.to_vec()];
    all.extend(rows.iter().cloned());
    let g = grid(&all);
    steps(doc, &g, &all, place, unit, x);
}
