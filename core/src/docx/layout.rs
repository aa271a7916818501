//! From the blocks of a Word file to a `ProcedureDocument`, the way an ISO
//! secretary reads one: the header (a table, paragraphs, or the page
//! header), the signature grid, the change log, and the numbered sections
//! with their tables. Every field says where it came from; what was
//! expected and not found, or found and not understood, is reported.

use chrono::NaiveDate;

use std::borrow::Cow;

use super::xml::{Block, Cell, Para, VMerge};
use super::{Extraction, Origin};
use crate::documents::{
    ChangeEntry, Definition, Distribution, DocStatus, Form, LegalReference, ProcedureDocument,
    ProcedureKind, RecordSpec, Retention, Signature, Step,
};
use crate::text::fold;
use crate::{Duration, DurationUnit};

/// The sections of a procedure, by what their headings say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Purpose,
    Scope,
    References,
    Definitions,
    Content,
    Forms,
    Records,
    /// "Nơi nhận": who receives copies.
    Distribution,
}

/// A heading's section, from its folded text without its number
/// ("1. MỤC ĐÍCH", "III. Căn cứ pháp lý", "5. NỘI DUNG QUY TRÌNH").
fn section_of(p: &Para) -> Option<Section> {
    let text = p.text.trim();
    if text.is_empty() || text.chars().count() > 60 {
        return None;
    }
    let folded = fold(text);
    let words = strip_number(&folded);
    // A heading is short and starts with its keyword.
    let s = match () {
        _ if words.starts_with("muc dich") => Section::Purpose,
        _ if words.starts_with("pham vi") => Section::Scope,
        _ if words.starts_with("tai lieu vien dan")
            || words.starts_with("can cu phap ly")
            || words.starts_with("co so phap ly")
            || words.starts_with("can cu") =>
        {
            Section::References
        }
        _ if words.starts_with("dinh nghia") || words.starts_with("thuat ngu") => {
            Section::Definitions
        }
        _ if words.starts_with("noi dung quy trinh")
            || words == "noi dung"
            || words.starts_with("trinh tu thuc hien") =>
        {
            Section::Content
        }
        _ if words.starts_with("bieu mau") => Section::Forms,
        _ if words.starts_with("noi nhan") || words.starts_with("phan phoi") => {
            Section::Distribution
        }
        _ if words.starts_with("ho so can luu")
            || words.starts_with("ho so") && words.len() < 20 =>
        {
            Section::Records
        }
        _ => return None,
    };
    // Numbered, or set apart (bold, a heading style, upper case).
    let set_apart = p.bold
        || p.numbered
        || p.style.as_deref().is_some_and(|s| s.to_lowercase().starts_with("heading"))
        || text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        || words.len() < folded.len()
        || (s == Section::Distribution && text.ends_with(':'));
    set_apart.then_some(s)
}

/// A numbered sub-heading such as "5.2. Thành phần hồ sơ": short, opening
/// with "digits.digits".
fn is_sub_heading(text: &str) -> bool {
    let t = text.trim();
    let mut parts = t.splitn(3, '.');
    let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let b = b.trim_start();
    !a.is_empty()
        && a.chars().all(|c| c.is_ascii_digit())
        && b.starts_with(|c: char| c.is_ascii_digit())
        && t.chars().count() <= 60
}

/// The text without a leading "5.", "5.1.", "III." or "a)".
fn strip_number(folded: &str) -> &str {
    let t = folded.trim_start();
    let end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ')' || c == ' '))
        .map_or(t.len(), |(i, _)| i);
    let (head, rest) = t.split_at(end);
    if !head.is_empty() {
        return rest.trim_start();
    }
    // Roman numerals: "iii. " (folded to lower case).
    if let Some((num, rest)) = t.split_once(". ") {
        if !num.is_empty() && num.chars().all(|c| matches!(c, 'i' | 'v' | 'x')) {
            return rest.trim_start();
        }
    }
    t
}

/// A label ("Mã số:", "Lần ban hành:") and what follows it in `text`.
fn after_label<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    let folded = fold(text);
    for l in labels {
        if let Some(at) = folded.find(l) {
            // Folding keeps byte offsets for ASCII-only labels only when
            // the text before is ASCII too: map through char counts.
            let chars = folded[..at].chars().count() + l.chars().count();
            let rest: String = text.chars().skip(chars).collect();
            let rest = rest.trim_start_matches([':', ' ', '.', '-', '–']);
            let start = text.len() - rest.len();
            return Some(text[start..].trim());
        }
    }
    None
}

/// A date written "15/8/2025", "15-08-2025" or "ngày 15 tháng 8 năm 2025".
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
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

/// A time limit as agencies write it: "04 giờ làm việc", "1/2 ngày",
/// "0,5 ngày", "05 ngày làm việc", "Trong ngày", "15 ngày".
pub(crate) fn parse_duration(text: &str) -> Option<Duration> {
    // "½ ngày": the vulgar fractions Word's autocorrect makes.
    let text: Cow<'_, str> = if text.contains(['½', '¼', '¾']) {
        let mut out = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            let after_digit = out.ends_with(|p: char| p.is_ascii_digit());
            match (c, after_digit) {
                ('½', true) => out.push_str(".5"),
                ('¼', true) => out.push_str(".25"),
                ('¾', true) => out.push_str(".75"),
                ('½', false) => out.push_str("1/2"),
                ('¼', false) => out.push_str("1/4"),
                ('¾', false) => out.push_str("3/4"),
                _ => out.push(c),
            }
        }
        out.into()
    } else {
        text.into()
    };
    let folded = fold(&text);
    let t = folded.trim();
    // "Trong ngày", "Ngay trong ngày tiếp nhận" (before any figure).
    let first_digit = t.find(|c: char| c.is_ascii_digit()).unwrap_or(t.len());
    if t.find("trong ngay").is_some_and(|i| i < first_digit) {
        return Some(Duration { value: 1.0, unit: DurationUnit::WorkingDays });
    }
    // The number: "1/2", "0,5", "05".
    let start = t.find(|c: char| c.is_ascii_digit())?;
    let num_text: String = t[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '/'))
        .collect();
    let value = match num_text.split_once('/') {
        Some((a, b)) => a.parse::<f64>().ok()? / b.parse::<f64>().ok().filter(|b| *b > 0.0)?,
        None => num_text.trim_end_matches(['.', ',']).replace(',', ".").parse().ok()?,
    };
    let rest = &t[start + num_text.len()..];
    let unit = if rest.trim_start().starts_with("gio") {
        DurationUnit::WorkingHours
    } else if rest.trim_start().starts_with("phut") {
        return Some(Duration { value: value / 60.0, unit: DurationUnit::WorkingHours });
    } else if rest.trim_start().starts_with("ngay lam viec") {
        DurationUnit::WorkingDays
    } else if rest.trim_start().starts_with("ngay") {
        // "15 ngày" without "làm việc": calendar days (Civil Code), unless
        // the duration is less than a day's work.
        if value < 1.0 {
            DurationUnit::WorkingDays
        } else {
            DurationUnit::CalendarDays
        }
    } else {
        return None;
    };
    Some(Duration { value, unit })
}

/// A retention period: "05 năm", "Vĩnh viễn", "Lâu dài" (not a number:
/// reported), "Theo quy định hiện hành" (reported).
fn parse_retention(text: &str) -> Option<Retention> {
    let folded = fold(text);
    if folded.contains("vinh vien") {
        return Some(Retention::Permanent);
    }
    let n: String = folded
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    let years = n.parse::<u32>().ok()?;
    folded.contains("nam").then_some(Retention::Years { years })
}

/// Form codes named in a text: "BM-01", "BM.QT.VP.01-02", "Mẫu số 01";
/// "Mẫu 01, 02, 06" names Mẫu 01, Mẫu 02 and Mẫu 06.
fn form_codes(text: &str) -> Vec<String> {
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
        } else if u == "MẪU" || (u == "SỐ" && pending.is_some()) {
            pending = Some(pending.map_or(w.to_owned(), |p| format!("{p} {w}")));
            continue;
        } else if w.chars().all(|c| c.is_ascii_digit()) {
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

/// The cells of a table as text, merged cells resolved: a vertically
/// merged cell repeats the text above, a spanned cell fills its columns.
/// A table row as text, borrowed from the blocks where a cell is one
/// paragraph.
type Row<'a> = Vec<Cow<'a, str>>;

fn grid(rows: &[Vec<Cell>]) -> Vec<Row<'_>> {
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

/// Whether the cell of `row` covering grid column `col` continues a cell
/// merged down from above.
fn continues_above(row: Option<&Vec<Cell>>, col: usize) -> bool {
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
const ACTION_COLUMNS: &[&str] = &["noi dung", "cong viec", "mo ta", "trinh tu", "dien giai"];

/// The column whose header says one of `names`.
fn column(header: &[Cow<'_, str>], names: &[&str]) -> Option<usize> {
    header.iter().position(|h| {
        let f = fold(h);
        names.iter().any(|n| f.contains(n))
    })
}

/// Reads a procedure from the blocks of its body and of its page header
/// and footer.
pub(crate) fn read(
    body: &[Block], margins: &[Block], max_steps: usize, x: &mut Extraction,
) -> crate::Result<ProcedureDocument> {
    let mut doc = ProcedureDocument {
        edition: "2015".into(),
        kind: ProcedureKind::Internal,
        status: DocStatus::Effective,
        ..ProcedureDocument::default()
    };
    header(&mut doc, body, margins, x);
    // The unit in charge, where the document names it ("Đơn vị chủ trì: …").
    // Block by block: one block's lines at a time, not the whole body's.
    let mut lines = Vec::new();
    if let Some((unit, at, text)) = body.iter().enumerate().find_map(|(i, b)| {
        lines.clear();
        collect(b, Origin::Paragraph { index: i }, &mut lines);
        lines.iter().find_map(|&(t, at)| {
            after_label(t, &["don vi chu tri"]).filter(|u| !u.is_empty()).map(|u| (u, at, t))
        })
    }) {
        doc.owner_unit = Some(unit.trim_end_matches(['.', ';']).to_owned());
        x.found("/ownerUnit", at, text);
    }
    // Walk the body by sections.
    let mut section: Option<Section> = None;
    let mut texts: Vec<(Section, &str, usize)> = Vec::new();
    let mut steps_seen = false;
    let mut within_content = false;
    // "Đơn vị tính: ngày làm việc" above a step table whose times are
    // bare figures.
    let mut unit: Option<String> = None;
    for (i, b) in body.iter().enumerate() {
        match b {
            Block::Para(p) => {
                if let Some(s) = section_of(p) {
                    within_content = s == Section::References && section == Some(Section::Content);
                    section = Some(s);
                    continue;
                }
                // "5.2. Thành phần hồ sơ" after "5.1. Cơ sở pháp lý": the
                // content again.
                if within_content && is_sub_heading(&p.text) {
                    within_content = false;
                    section = Some(Section::Content);
                }
                if let Some(s) = section {
                    if !p.text.is_empty() {
                        texts.push((s, &p.text, i));
                    }
                }
                if let Some(u) = after_label(&p.text, &["don vi tinh"]) {
                    unit = Some(u.trim_end_matches(['.', ')']).to_owned());
                }
            }
            Block::Table(cells) => {
                let g = grid(cells);
                let Some(head) = g.first() else { continue };
                let h = fold(&head.join(" | "));
                if role_of(&h) == Some(0) && (h.contains("phe duyet") || h.contains("xem xet")) {
                    continue; // the signature grid, read with the header
                }
                if (h.contains("lan sua") || h.contains("sua doi") || h.contains("thay doi"))
                    && h.contains("noi dung")
                {
                    change_log(&mut doc, &g, i, x);
                } else if (h.contains("trach nhiem") || h.contains("thuc hien"))
                    && ACTION_COLUMNS.iter().any(|a| h.contains(a))
                {
                    // Counted before the steps are built.
                    let rows = doc.steps.as_ref().map_or(0, Vec::len) + g.len().saturating_sub(1);
                    if rows > max_steps {
                        let problem =
                            crate::InputProblem::TooMany { count: rows, limit: max_steps };
                        return Err(crate::Error::invalid("/steps", problem));
                    }
                    steps(&mut doc, &g, cells, i, unit.as_deref(), x);
                    steps_seen = true;
                } else if section == Some(Section::Forms) {
                    forms_table(&mut doc, &g, i, x);
                } else if section == Some(Section::Records) {
                    records_table(&mut doc, &g, i, x);
                } else if section == Some(Section::Distribution) || h.contains("noi nhan") {
                    distribution_table(&mut doc, &g);
                } else if section == Some(Section::References) {
                    references_table(&mut doc, &g, i, x);
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
    let mut limit_next = false;
    if doc.kind == ProcedureKind::Internal
        && texts.iter().any(|(s, t, _)| {
            *s == Section::Content && {
                let f = fold(t);
                let h = strip_number(&f);
                h.starts_with("thanh phan ho so") || h.starts_with("le phi")
            }
        })
    {
        doc.kind = ProcedureKind::Tthc;
    }
    for (s, raw, i) in &texts {
        let at = Origin::Paragraph { index: *i };
        let text = &unbullet(raw);
        let f = fold(text);
        match s {
            Section::Purpose => append(&mut doc.purpose, text),
            Section::Scope => append(&mut doc.scope, text),
            Section::References => {
                // "Các văn bản pháp lý liên quan nêu tại mục 5.1": a pointer
                // (a citation naming a section of its document has a number).
                if (f.contains("tai muc ") || f.contains("theo muc "))
                    && crate::documents::references::first_number_in(text).is_none()
                {
                    continue;
                }
                let list = doc.legal_basis.get_or_insert_with(Vec::new);
                list.push(legal_reference(text));
                x.found(&format!("/legalBasis/{}", list.len() - 1), at, text);
            }
            Section::Definitions => {
                if let Some((term, meaning)) = text.split_once([':', '–']) {
                    push_definition(&mut doc, term, meaning.trim_end_matches(['.', ';']));
                }
            }
            Section::Content => {
                // "Bước 1: …" and its lines ("- Trách nhiệm: …").
                if f.starts_with("buoc ") && !steps_seen {
                    let list = doc.steps.get_or_insert_with(Vec::new);
                    let action =
                        text.split_once([':', '.']).map_or(text.as_str(), |(_, a)| a).trim();
                    list.push(Step {
                        order: list.len() as u32 + 1,
                        action: Some(action.to_owned()),
                        ..Step::default()
                    });
                    x.found(&format!("/steps/{}", list.len() - 1), at, text);
                    continue;
                }
                let step = doc.steps.as_mut().and_then(|l| l.last_mut()).filter(|_| !steps_seen);
                if let (Some(step), Some((label, value))) = (step, text.split_once(':')) {
                    let (l, v) = (fold(label), value.trim());
                    if l.contains("trach nhiem") {
                        step.responsible = Some(v.to_owned());
                        continue;
                    } else if l.contains("thoi gian") || l.contains("thoi han") {
                        step.duration = parse_duration(v);
                        continue;
                    } else if l.contains("bieu mau") {
                        step.forms = form_codes(v);
                        continue;
                    } else if l.contains("ket qua") {
                        step.output = Some(v.to_owned());
                        continue;
                    }
                }
                // The time limit: "5.4. Thời gian xử lý" then its text, or
                // "Thời hạn giải quyết: 05 ngày làm việc".
                let heading = strip_number(&f);
                if heading.starts_with("thoi gian xu ly")
                    || heading.starts_with("thoi han giai quyet")
                    || heading.starts_with("thoi gian giai quyet")
                {
                    match text.split_once(':').and_then(|(_, v)| parse_duration(v)) {
                        Some(d) => {
                            doc.statutory_limit = Some(d);
                            x.found("/statutoryLimit", at, text);
                        }
                        _ => limit_next = true,
                    }
                    continue;
                }
                if limit_next {
                    limit_next = false;
                    // The TTHC's own statement wins over a total row.
                    match parse_duration(text) {
                        Some(d) => {
                            doc.statutory_limit = Some(d);
                            x.found("/statutoryLimit", at, text);
                        }
                        None => x.not_understood("/statutoryLimit", at, text),
                    }
                }
            }
            Section::Forms => {
                let codes = form_codes(text);
                if let Some(code) = codes.first() {
                    let title = text
                        .split_once([':', '–'])
                        .map(|(_, t)| t.trim().trim_end_matches(['.', ';']).to_owned());
                    let list = doc.forms.get_or_insert_with(Vec::new);
                    list.push(Form { code: code.clone(), title });
                    x.found(&format!("/forms/{}", list.len() - 1), at, text);
                }
            }
            Section::Records => {
                // "Hồ sơ được lưu tại …, thời gian lưu 05 năm": said once for
                // the records of the table above.
                if doc.records.as_ref().is_some_and(|l| !l.is_empty())
                    && records_note(&mut doc, text)
                {
                    x.found("/records", at, text);
                    continue;
                }
                // "Sau khi hết hạn, chuyển …": what happens after, no record.
                if f.starts_with("sau khi het han") {
                    continue;
                }
                let list = doc.records.get_or_insert_with(Vec::new);
                list.push(RecordSpec {
                    name: text.trim_end_matches(['.', ';']).to_owned(),
                    ..RecordSpec::default()
                });
            }
            Section::Distribution => {
                // "Chủ tịch, các Phó Chủ tịch UBND xã (01 bản);"
                let t = text.trim_end_matches(['.', ';']);
                let (unit, copies) = match t.rsplit_once('(').or_else(|| t.rsplit_once(':')) {
                    Some((u, c)) if fold(c).contains("ban") => (u.trim(), copies_in(c)),
                    _ => (t, None),
                };
                if !unit.is_empty() {
                    doc.distribution.push(Distribution { unit: unit.to_owned(), copies });
                }
            }
        }
    }
    for (field, what) in [
        (doc.purpose.is_none(), ("/purpose", "MỤC ĐÍCH")),
        (doc.scope.is_none(), ("/scope", "PHẠM VI")),
        (doc.steps.is_none(), ("/steps", "NỘI DUNG QUY TRÌNH")),
    ] {
        if field {
            x.missing(what.0, what.1);
        }
    }
    Ok(doc)
}

/// "Hồ sơ được lưu tại Văn phòng …, thời gian lưu 05 năm." or "Hồ sơ do
/// công chức tư pháp - hộ tịch lưu tại …": the keeper, place and retention
/// of every record that does not say its own. Whether the text was such a
/// note.
fn records_note(doc: &mut ProcedureDocument, text: &str) -> bool {
    let f = fold(text);
    if !(f.starts_with("ho so") && (f.contains("luu tai") || f.contains("thoi gian luu"))) {
        return false;
    }
    let clause = |from: &str| -> Option<String> {
        let v = after_label(text, &[from])?;
        let end = v.find([',', ';', '.']).unwrap_or(v.len());
        Some(v[..end].trim().to_owned()).filter(|v| !v.is_empty())
    };
    let place = clause("luu tai");
    // "Hồ sơ do X lưu tại …": X keeps them; else the place keeps them.
    let keeper = clause("ho so do")
        .map(|k| {
            let fk = fold(&k);
            let cut = fk.find(" luu").map_or(k.chars().count(), |i| fk[..i].chars().count());
            k.chars().take(cut).collect::<String>().trim().to_owned()
        })
        .or_else(|| place.clone());
    let retention = after_label(text, &["thoi gian luu", "thoi han luu"]).and_then(|v| {
        let end = v.find(['.', ';']).unwrap_or(v.len());
        parse_retention(&v[..end])
    });
    for r in doc.records.iter_mut().flatten() {
        r.keeper = r.keeper.take().or_else(|| keeper.clone());
        r.place = r.place.take().or_else(|| place.clone());
        r.retention = r.retention.or(retention);
    }
    true
}

/// The text without a list mark ("- ", "+ ", "• ", "a) ").
fn unbullet(text: &str) -> String {
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

/// A reference as agencies cite it: "Luật Hộ tịch số 60/2014/QH13 ngày
/// 20/11/2014 của Quốc hội" → number, the document's name, issuer, date;
/// a standard ("TCVN ISO 9001:2015 Hệ thống …") → its name and title.
fn legal_reference(text: &str) -> LegalReference {
    let text = text.trim_end_matches(['.', ';']).trim();
    let text = text.strip_prefix("Căn cứ ").unwrap_or(text);
    if let Some(number) = crate::documents::references::first_number_in(text) {
        let at = text.find(&number).unwrap_or(0);
        let before = text[..at].trim_end();
        let before = before.strip_suffix("số").map_or(before, str::trim_end);
        let after = &text[at + number.len()..];
        let issuer = after.find(" của ").map(|i| {
            let rest = &after[i + " của ".len()..];
            let end = [
                " về ",
                " quy định ",
                " hướng dẫn ",
                " sửa đổi",
                " công bố",
                " ban hành",
                " phê duyệt",
                ";",
                ",",
            ]
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .unwrap_or(rest.len());
            rest[..end].trim().to_owned()
        });
        // The title: the words before the number and what follows the
        // date and issuer ("Nghị định … quy định chi tiết …").
        let mut rest = after.trim();
        if let Some(r) = rest.strip_prefix("ngày ") {
            rest = r.split_once(' ').map_or("", |(_, tail)| tail).trim();
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

/// References as a table: number, date, issuer, summary.
fn references_table(doc: &mut ProcedureDocument, g: &[Row<'_>], i: usize, x: &mut Extraction) {
    let head = &g[0];
    let number = column(head, &["so, ky hieu", "so ky hieu", "ky hieu", "so hieu"]);
    let date = column(head, &["ngay"]);
    let issuer = column(head, &["co quan", "noi ban hanh"]);
    let title = column(head, &["trich yeu", "ten van ban", "noi dung"]);
    let Some(number) = number else { return };
    let list = doc.legal_basis.get_or_insert_with(Vec::new);
    for (r, row) in g.iter().enumerate().skip(1) {
        let cell = |c: Option<usize>| {
            c.and_then(|c| row.get(c)).map(|t| t.trim()).filter(|t| !t.is_empty())
        };
        let Some(n) = cell(Some(number)) else { continue };
        list.push(LegalReference {
            number: n.to_owned(),
            title: cell(title).map(str::to_owned),
            issuer: cell(issuer).map(str::to_owned),
            date: cell(date).and_then(parse_date),
            ..LegalReference::default()
        });
        x.found(&format!("/legalBasis/{}", list.len() - 1), Origin::Table { index: i, row: r }, n);
    }
}

/// "01 bản", "(01 bản)", "01": the number of copies.
fn copies_in(text: &str) -> Option<u32> {
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

fn distribution_table(doc: &mut ProcedureDocument, g: &[Row<'_>]) {
    let head = &g[0];
    let unit = column(head, &["noi nhan", "don vi"]).unwrap_or(1.min(head.len().saturating_sub(1)));
    let copies = column(head, &["so ban", "so luong", "ban"]);
    for row in g.iter().skip(1) {
        let Some(u) = row.get(unit).map(|t| t.trim()).filter(|t| !t.is_empty()) else { continue };
        let n = copies.and_then(|c| row.get(c)).and_then(|t| copies_in(t));
        doc.distribution.push(Distribution { unit: u.to_owned(), copies: n });
    }
}

fn append(slot: &mut Option<String>, text: &str) {
    match slot {
        Some(s) => {
            s.push('\n');
            s.push_str(text);
        }
        None => *slot = Some(text.to_owned()),
    }
}

fn push_definition(doc: &mut ProcedureDocument, term: &str, meaning: &str) {
    let (term, meaning) = (term.trim(), meaning.trim());
    if !term.is_empty() && !meaning.is_empty() {
        doc.definitions
            .get_or_insert_with(Vec::new)
            .push(Definition { term: term.to_owned(), meaning: meaning.to_owned() });
    }
}

/// Code, title, issue and dates from the header (a table, the first
/// paragraphs, or the page header), and the signature grid.
fn header(doc: &mut ProcedureDocument, body: &[Block], margins: &[Block], x: &mut Extraction) {
    // Every line of the page header and of the body up to the first section.
    let mut lines: Vec<(&str, Origin)> = Vec::new();
    for (i, b) in margins.iter().enumerate() {
        collect(b, Origin::PageHeader { index: i }, &mut lines);
    }
    for (i, b) in body.iter().enumerate() {
        if let Block::Para(p) = b {
            if section_of(p).is_some() {
                break;
            }
        }
        collect(b, Origin::Paragraph { index: i }, &mut lines);
    }
    let mut title_next = false;
    for (k, (text, at)) in lines.iter().enumerate() {
        let f = fold(text);
        // "Mã hiệu | QT.ĐĐ.03": a label alone in its cell, its value in the
        // next one.
        let label_alone = |labels: &[&str]| -> Option<String> {
            let v = after_label(text, labels)?;
            if !v.is_empty() {
                return Some(v.to_owned());
            }
            let (next, _) = lines.get(k + 1)?;
            let next_f = fold(next);
            let is_label = ["ma ", "lan ", "ngay ", "trang"].iter().any(|l| next_f.starts_with(l));
            // Codes, issues and dates carry digits; a title does not.
            let value = !is_label && next.chars().any(|c| c.is_ascii_digit());
            value.then(|| next.trim().to_owned())
        };
        let tthc_line =
            ["ma so tthc", "ma so thu tuc", "ma tthc", "ma thu tuc"].iter().any(|l| f.contains(l));
        if doc.code.is_empty() && !tthc_line {
            if let Some(v) = label_alone(&["ma so", "ma hieu", "ky hieu"]) {
                let code: String = v.split_whitespace().next().unwrap_or("").to_owned();
                if !code.is_empty() {
                    doc.code = code;
                    x.found("/code", *at, text);
                }
            }
        }
        if doc.tthc_code.is_none() {
            if let Some(v) = after_label(
                text,
                &[
                    "ma so tthc",
                    "ma so thu tuc hanh chinh",
                    "ma tthc",
                    "ma thu tuc hanh chinh",
                    "ma thu tuc",
                ],
            ) {
                let code: String =
                    v.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
                if code.contains('.') {
                    doc.tthc_code = Some(code.trim_end_matches('.').to_owned());
                    x.found("/tthcCode", *at, text);
                }
            }
        }
        if doc.issue == 0 {
            if let Some(v) = label_alone(&["lan ban hanh"]) {
                if let Ok(n) =
                    v.chars().take_while(char::is_ascii_digit).collect::<String>().parse()
                {
                    doc.issue = n;
                    x.found("/issue", *at, text);
                }
            }
        }
        if doc.issued_on.is_none() && f.contains("ngay ban hanh") {
            doc.issued_on = label_alone(&["ngay ban hanh"]).as_deref().and_then(parse_date);
            x.found("/issuedOn", *at, text);
        }
        if doc.effective_on.is_none() && f.contains("ngay hieu luc") {
            doc.effective_on = label_alone(&["ngay hieu luc"]).as_deref().and_then(parse_date);
            x.found("/effectiveOn", *at, text);
        }
        if doc.title.is_empty() {
            if title_next && !f.starts_with("ma ") && !f.contains("ban hanh") {
                doc.title = format!("QUY TRÌNH {}", text.trim());
                x.found("/title", *at, text);
                title_next = false;
            } else if f.trim() == "quy trinh" {
                title_next = true;
            } else if f.starts_with("quy trinh ") && !f.contains(':') {
                doc.title = text.trim().to_owned();
                x.found("/title", *at, text);
            }
        }
    }
    // What kind of procedure: a TTHC one has a TTHC code (or the TTHC
    // sub-sections, checked by the caller); the QMS's own procedures are
    // known by their subject.
    let t = fold(&doc.title);
    doc.kind = if doc.tthc_code.is_some() {
        ProcedureKind::Tthc
    } else if [
        "kiem soat tai lieu",
        "kiem soat thong tin dang van ban",
        "kiem soat ho so",
        "danh gia noi bo",
        "hanh dong khac phuc",
        "xem xet cua lanh dao",
        "dau ra khong phu hop",
        "san pham khong phu hop",
        "quan ly rui ro",
    ]
    .iter()
    .any(|k| t.contains(k))
    {
        ProcedureKind::System
    } else {
        ProcedureKind::Internal
    };
    if doc.code.is_empty() {
        x.missing("/code", "Mã số");
    }
    if doc.title.is_empty() {
        x.missing("/title", "Tên quy trình");
    }
    if doc.issue == 0 {
        x.missing("/issue", "Lần ban hành");
        doc.issue = 1;
    }
    // The first grid is the signatures: a later table whose first column
    // names reviewers and approvers is a step table.
    for (i, b) in body.iter().enumerate() {
        if let Block::Table(rows) = b {
            if signatures(doc, &grid(rows), i, x) {
                break;
            }
        }
    }
}

fn collect<'a>(b: &'a Block, at: Origin, out: &mut Vec<(&'a str, Origin)>) {
    match b {
        Block::Para(p) => {
            if !p.text.is_empty() {
                out.push((&p.text, at));
            }
        }
        Block::Table(rows) => {
            for row in rows {
                for cell in row {
                    for p in &cell.paras {
                        if !p.is_empty() {
                            out.push((p, at));
                        }
                    }
                }
            }
        }
    }
}

/// The role a (folded) signature-grid heading names: 0 drafted ("Soạn
/// thảo", "Người viết", "Biên soạn"), 1 reviewed, 2 approved.
fn role_of(f: &str) -> Option<usize> {
    if f.contains("soan thao") || f.contains("nguoi viet") || f.contains("bien soan") {
        Some(0)
    } else if f.contains("xem xet") || f.contains("soat xet") || f.contains("kiem tra") {
        Some(1)
    } else if f.contains("phe duyet") {
        Some(2)
    } else {
        None
    }
}

/// Whether a signer's line reads as a position rather than a person's
/// name: a title's words, or capitals throughout.
fn is_position(text: &str) -> bool {
    let f = fold(text);
    let capitals = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    capitals
        || [
            "chu tich",
            "giam doc",
            // Not "truong" alone (Trương is a surname), nor "van phong"
            // (a man may be named Văn Phong).
            "truong phong",
            "truong ban",
            "truong bo phan",
            "pho ",
            "chuyen vien",
            "cong chuc",
            "vien chuc",
            "chanh ",
            "can bo",
            "thu ky",
            "ke toan",
            "thanh tra",
        ]
        .iter()
        .any(|w| f.contains(w))
}

/// The signature grid, with the roles in the first row or the first column.
/// Whether the table was one.
fn signatures(doc: &mut ProcedureDocument, g: &[Row<'_>], i: usize, x: &mut Extraction) -> bool {
    let role = |t: &str| role_of(&fold(t));
    // The grid may share a table with the header above it: it starts at
    // a row near the top whose short cells name two roles.
    let heads = |r: &Row<'_>| {
        r.iter().filter(|c| c.chars().count() <= 40 && role(c).is_some()).count() >= 2
    };
    let start = match g.first() {
        Some(first) if !heads(first) => g.iter().take(8).position(heads).unwrap_or(0),
        _ => 0,
    };
    let g = &g[start..];
    let Some(first) = g.first() else { return false };
    let roles_in_row = first.iter().filter(|c| role(c).is_some()).count() >= 2;
    let roles_in_col =
        g.iter().filter(|r| r.first().is_some_and(|c| role(c).is_some())).count() >= 2;
    if !roles_in_row && !roles_in_col {
        return false;
    }
    // (role, label, value) triples.
    let mut cells: Vec<(usize, String, String)> = Vec::new();
    let is_label = |t: &str| {
        let f = fold(t);
        ["ho ten", "ho va ten", "chuc vu", "chu ky", "ngay"].iter().any(|l| f.starts_with(l))
    };
    // Labels sit in a first column, under a top-left cell that is no role.
    let labelled = first.first().is_none_or(|c| role(c).is_none())
        && g.iter().skip(1).any(|r| r.first().is_some_and(|c| is_label(c)));
    if roles_in_row && !labelled {
        // No labels: under each role, the name, then the position; a
        // date says "Ngày".
        for (c, head) in first.iter().enumerate() {
            let Some(r) = role(head) else { continue };
            let values: Vec<&Cow<'_, str>> = g
                .iter()
                .skip(1)
                .filter_map(|row| row.get(c))
                .filter(|v| !v.trim().is_empty())
                .collect();
            let (dates, texts): (Vec<&Cow<'_, str>>, Vec<&Cow<'_, str>>) =
                values.into_iter().partition(|v| fold(v).starts_with("ngay"));
            // Name above position, unless the first reads as a position
            // and the second as a name ("GIÁM ĐỐC" above "Trịnh Quang Vinh").
            let mut texts = texts;
            if texts.len() >= 2 && is_position(texts[0]) && !is_position(texts[1]) {
                texts.swap(0, 1);
            }
            for (k, v) in texts.iter().enumerate().take(2) {
                let label = if k == 0 { "Họ tên" } else { "Chức vụ" };
                cells.push((r, label.to_owned(), v.to_string()));
            }
            for d in dates {
                cells.push((r, "Ngày".to_owned(), d.to_string()));
            }
        }
    } else if roles_in_row {
        for (c, head) in first.iter().enumerate() {
            let Some(r) = role(head) else { continue };
            for row in g.iter().skip(1) {
                let label = row.first().map(|l| l.to_string()).unwrap_or_default();
                if let Some(v) = row.get(c) {
                    cells.push((r, label, v.to_string()));
                }
            }
        }
    } else {
        let labels = first.clone();
        for row in g.iter() {
            let Some(r) = row.first().and_then(|c| role(c)) else { continue };
            for (c, v) in row.iter().enumerate().skip(1) {
                cells.push((
                    r,
                    labels.get(c).map(|l| l.to_string()).unwrap_or_default(),
                    v.to_string(),
                ));
            }
        }
    }
    // One row, each cell holding the role, a hint, the position, the
    // name and the date on its lines.
    if roles_in_row && g.iter().skip(1).all(|r| r.iter().all(|c| c.trim().is_empty())) {
        for head in first {
            let Some(r) = role(head) else { continue };
            let lines = head
                .lines()
                .skip(1)
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('('));
            let (mut position, mut name) = (Vec::new(), None);
            for l in lines {
                if fold(l).starts_with("ngay") {
                    cells.push((r, "Ngày".to_owned(), l.to_owned()));
                } else if l.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                    position.push(l);
                } else if name.is_none() {
                    name = Some(l);
                } else if position.is_empty() {
                    // Below the name: the position ("Công chức Tư pháp - Hộ tịch").
                    position.push(l);
                }
            }
            if let Some(n) = name {
                cells.push((r, "Họ tên".to_owned(), n.to_owned()));
            }
            if !position.is_empty() {
                cells.push((r, "Chức vụ".to_owned(), position.join("\n")));
            }
        }
    }
    let mut sig: [Signature; 3] = Default::default();
    for (r, label, value) in cells {
        let l = fold(&label);
        let v = value.trim();
        if v.is_empty() {
            continue;
        }
        // A label inside the value cell ("Họ tên: Nguyễn Văn A").
        let (l, v) = match after_label(v, &["ho ten", "ho va ten", "chuc vu", "ngay"]) {
            Some(rest) => (fold(v), rest),
            None => (l, v),
        };
        if l.contains("ho ten") || l.contains("ho va ten") {
            sig[r].name = Some(v.to_owned());
        } else if l.contains("chuc vu") {
            sig[r].position = Some(v.to_owned());
        } else if l.contains("ngay") {
            sig[r].date = parse_date(v);
        }
    }
    // "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": signing for someone (ký thay, thừa
    // lệnh, thay mặt) is said apart from the position.
    for s in &mut sig {
        let Some(p) = s.position.take() else { continue };
        let (mut behalf, mut rest) = (Vec::new(), Vec::new());
        for line in p.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let upper = line.to_uppercase();
            if ["KT.", "TL.", "TM.", "TUQ.", "Q."].iter().any(|m| upper.starts_with(m)) {
                behalf.push(line);
            } else {
                rest.push(line);
            }
        }
        s.on_behalf_of = (!behalf.is_empty()).then(|| behalf.join(" "));
        s.position = (!rest.is_empty()).then(|| rest.join(" "));
    }
    let [drafted, reviewed, approved] = sig;
    let keep = |s: Signature| (s != Signature::default()).then_some(s);
    doc.signatures.drafted = keep(drafted);
    doc.signatures.reviewed = keep(reviewed);
    doc.signatures.approved = keep(approved);
    x.found("/signatures", Origin::Table { index: i, row: 0 }, "Soạn thảo / Xem xét / Phê duyệt");
    // Each role where its signer's name is, so that a finding on one
    // signature points at its row.
    let signed = [
        ("drafted", &doc.signatures.drafted),
        ("reviewed", &doc.signatures.reviewed),
        ("approved", &doc.signatures.approved),
    ];
    for (role, s) in signed {
        let Some(name) = s.as_ref().and_then(|s| s.name.as_deref()) else { continue };
        if let Some(row) = g.iter().position(|r| r.iter().any(|c| c.contains(name))) {
            x.found(&format!("/signatures/{role}"), Origin::Table { index: i, row }, name);
        }
    }
    true
}

fn change_log(doc: &mut ProcedureDocument, g: &[Row<'_>], i: usize, x: &mut Extraction) {
    let head = &g[0];
    let issue = column(head, &["lan"]).unwrap_or(0);
    let place = column(head, &["vi tri", "trang", "muc"]);
    let change = column(head, &["noi dung"]);
    let date = column(head, &["ngay"]);
    // "02", or "01/00" (issue 01, amendment 00).
    let number = |row: &Row<'_>| {
        let t = row.get(issue)?;
        t.trim().chars().take_while(char::is_ascii_digit).collect::<String>().parse::<u32>().ok()
    };
    // Amendments counted from "00" (the first issue): amendment n is issue
    // n + 1.
    let from_zero = head.get(issue).is_some_and(|h| fold(h).contains("sua doi"))
        && g.iter().skip(1).any(|row| number(row) == Some(0));
    for (r, row) in g.iter().enumerate().skip(1) {
        let Some(n) = number(row).map(|n| n + u32::from(from_zero)).filter(|n| *n > 0) else {
            continue;
        };
        doc.change_log.push(ChangeEntry {
            issue: n,
            location: place
                .and_then(|c| row.get(c))
                .filter(|t| !t.is_empty())
                .map(|t| t.to_string()),
            change: change
                .and_then(|c| row.get(c))
                .filter(|t| !t.is_empty())
                .map(|t| t.to_string()),
            date: date.and_then(|c| row.get(c)).and_then(|t| parse_date(t)),
        });
        x.found(
            &format!("/changeLog/{}", doc.change_log.len() - 1),
            Origin::Table { index: i, row: r },
            &row.join(" | "),
        );
    }
}

fn steps(
    doc: &mut ProcedureDocument, g: &[Row<'_>], rows: &[Vec<Cell>], i: usize, unit: Option<&str>,
    x: &mut Extraction,
) {
    // A two-row header: the second row names the columns a spanned
    // heading covers ("Biểu mẫu / Kết quả" over "Biểu mẫu" | "Kết quả").
    let continued = g.get(1).is_some_and(|r| {
        r.first().is_some_and(|c| c.is_empty() || *c == g[0][0])
            && r.iter().all(|c| parse_duration(c).is_none())
    });
    let head: Row<'_> = match (continued, g.get(1)) {
        (true, Some(second)) => g[0]
            .iter()
            .enumerate()
            .map(|(c, top)| match second.get(c) {
                Some(sub) if !sub.is_empty() && sub != top => sub.clone(),
                _ => top.clone(),
            })
            .collect(),
        _ => g[0].clone(),
    };
    let head = &head;
    let action = column(head, ACTION_COLUMNS);
    let who = column(head, &["trach nhiem", "thuc hien"]);
    let time = column(head, &["thoi gian", "thoi han"]);
    let forms_col = column(head, &["bieu mau"]);
    let result_col = column(head, &["ket qua"]);
    // One column for both ("Biểu mẫu/Kết quả"), or one of each.
    let (forms, separate) = match (forms_col, result_col) {
        (Some(f), Some(r)) if f != r => (Some(f), Some(r)),
        (f, r) => (f.or(r).or_else(|| column(head, &["ho so"])), None),
    };
    let list = doc.steps.get_or_insert_with(Vec::new);
    let first_step = list.len();
    // Steps timed in plain "ngày", in a table that otherwise counts working time.
    let mut plain_days: Vec<usize> = Vec::new();
    for (r, row) in g.iter().enumerate().skip(1 + usize::from(continued)) {
        let cell = |c: Option<usize>| {
            c.and_then(|c| row.get(c)).map(|t| t.trim()).filter(|t| !t.is_empty())
        };
        let first = fold(row.first().map_or("", |c| c.as_ref()));
        // The total row ("Tổng thời gian giải quyết: 10 ngày làm việc").
        if first.starts_with("tong")
            || row.iter().all(|c| c == &row[0]) && fold(&row[0]).contains("tong")
        {
            let total = row
                .iter()
                .find_map(|c| parse_duration(c.split_once(':').map_or(c.as_ref(), |x| x.1)));
            if let Some(d) = total.filter(|_| doc.statutory_limit.is_none()) {
                doc.statutory_limit = Some(d);
                x.found("/statutoryLimit", Origin::Table { index: i, row: r }, &row.join(" | "));
            }
            continue;
        }
        let Some(text) = cell(action) else { continue };
        // "Bước 1. Chuẩn bị …" in the content cell: the order is the row's.
        let text = match fold(text).starts_with("buoc ") {
            true => text.split_once(['.', ':']).map_or(text, |(_, rest)| rest.trim()),
            false => text,
        };
        let duration_text = cell(time);
        // A time cell merged down over several steps ("05 ngày làm việc"
        // written once for steps 2–3) is their time together: the steps
        // below the first add nothing.
        let merged = time.is_some_and(|c| continues_above(rows.get(r), c));
        // "02" under "Thời gian (ngày làm việc)": the unit is in the header.
        let header_unit = time
            .and_then(|c| head.get(c))
            .map(|h| {
                let open = h.find('(').map_or("", |i| &h[i..]);
                open.trim_matches(|c| c == '(' || c == ')').to_owned()
            })
            .filter(|u| !u.is_empty())
            .or_else(|| unit.map(str::to_owned));
        let duration = if merged {
            list.last().and_then(|s| s.duration).map(|d| Duration { value: 0.0, unit: d.unit })
        } else {
            duration_text.and_then(|t| {
                parse_duration(t).or_else(|| {
                    let unit = header_unit.as_deref().filter(|u| !u.is_empty())?;
                    parse_duration(&format!("{t} {unit}"))
                })
            })
        };
        if let (Some(t), None, false) = (duration_text, duration, merged) {
            x.not_understood(
                &format!("/steps/{}/duration", list.len()),
                Origin::Table { index: i, row: r },
                t,
            );
        }
        let out = cell(forms);
        let codes = out.map(form_codes).unwrap_or_default();
        let out = if separate.is_some() { cell(separate) } else { out };
        // "BM.HT.02 – Dự thảo Giấy khai sinh": the codes are forms, the
        // rest is the result.
        let output = out.map(|o| {
            let mut rest = o.to_owned();
            for c in &codes {
                // "Mẫu 02" of "Mẫu 01, 02": its number alone is written.
                let written = if rest.contains(c.as_str()) {
                    c.as_str()
                } else {
                    c.rsplit(' ').next().unwrap_or(c)
                };
                rest = rest.replacen(written, "", 1);
            }
            rest.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '–' | '-' | ';' | ',' | ':')
            })
            .to_owned()
        });
        // "Theo mục 5.2": a pointer to the dossier's list, no output.
        let output = output.filter(|o| !o.is_empty() && !fold(o).starts_with("theo muc"));
        if !merged
            && duration.is_some_and(|d| d.unit == DurationUnit::CalendarDays)
            && duration_text.is_some_and(|t| !fold(t).contains("lich"))
        {
            plain_days.push(list.len());
        }
        list.push(Step {
            order: list.len() as u32 + 1,
            action: Some(text.to_owned()),
            responsible: cell(who).map(str::to_owned),
            duration,
            forms: codes,
            output,
        });
        x.found(&format!("/steps/{}", list.len() - 1), Origin::Table { index: i, row: r }, text);
    }
    // A plain "01 ngày" among working days and hours, in a procedure whose
    // limit (here, the table's total) is in working days, is a working
    // day: the total adds up only so.
    let limit_working = doc
        .statutory_limit
        .is_some_and(|d| matches!(d.unit, DurationUnit::WorkingDays | DurationUnit::WorkingHours));
    let working = limit_working
        && list[first_step..].iter().any(|st| {
            st.duration.is_some_and(|d| {
                matches!(d.unit, DurationUnit::WorkingDays | DurationUnit::WorkingHours)
            })
        });
    if working {
        for k in plain_days {
            if let Some(d) = list[k].duration.as_mut() {
                d.unit = DurationUnit::WorkingDays;
            }
        }
    }
}

fn forms_table(doc: &mut ProcedureDocument, g: &[Row<'_>], i: usize, x: &mut Extraction) {
    let head = &g[0];
    let code = column(head, &["ma", "ky hieu"]).unwrap_or(1.min(head.len().saturating_sub(1)));
    let title = column(head, &["ten"]);
    let list = doc.forms.get_or_insert_with(Vec::new);
    for (r, row) in g.iter().enumerate().skip(1) {
        let Some(c) = row.get(code).map(|t| t.trim()).filter(|t| !t.is_empty()) else { continue };
        list.push(Form {
            code: c.to_owned(),
            title: title.and_then(|t| row.get(t)).map(|t| t.to_string()),
        });
        x.found(&format!("/forms/{}", list.len() - 1), Origin::Table { index: i, row: r }, c);
    }
}

fn records_table(doc: &mut ProcedureDocument, g: &[Row<'_>], i: usize, x: &mut Extraction) {
    let head = &g[0];
    let name = column(head, &["ten ho so", "ho so"]).unwrap_or(1.min(head.len().saturating_sub(1)));
    let keeper =
        column(head, &["luu giu", "nguoi luu", "trach nhiem", "bo phan luu", "don vi luu"]);
    // "Bộ phận lưu": the unit keeps them in its own office.
    let place = column(head, &["noi luu"])
        .or_else(|| column(head, &["bo phan luu", "don vi luu"]).filter(|_| keeper.is_some()));
    let time = column(head, &["thoi gian", "thoi han"]);
    let list = doc.records.get_or_insert_with(Vec::new);
    for (r, row) in g.iter().enumerate().skip(1) {
        let Some(n) = row.get(name).map(|t| t.trim()).filter(|t| !t.is_empty()) else { continue };
        let retention_text =
            time.and_then(|c| row.get(c)).map(|t| t.trim()).filter(|t| !t.is_empty());
        let retention = retention_text.and_then(parse_retention);
        if let (Some(t), None) = (retention_text, retention) {
            x.not_understood(
                &format!("/records/{}/retention", list.len()),
                Origin::Table { index: i, row: r },
                t,
            );
        }
        list.push(RecordSpec {
            name: n.to_owned(),
            keeper: keeper
                .and_then(|c| row.get(c))
                .filter(|t| !t.is_empty())
                .map(|t| t.to_string()),
            place: place.and_then(|c| row.get(c)).filter(|t| !t.is_empty()).map(|t| t.to_string()),
            retention,
        });
        x.found(&format!("/records/{}", list.len() - 1), Origin::Table { index: i, row: r }, n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_minutes_and_units_as_word_writes_them() {
        let d = |t: &str| parse_duration(t).map(|d| (d.value, d.unit));
        assert_eq!(d("½ ngày"), Some((0.5, DurationUnit::WorkingDays)));
        assert_eq!(d("1½ ngày làm việc"), Some((1.5, DurationUnit::WorkingDays)));
        assert_eq!(d("15 phút"), Some((0.25, DurationUnit::WorkingHours)));
        assert_eq!(d("30 phút làm việc"), Some((0.5, DurationUnit::WorkingHours)));
    }

    #[test]
    fn form_lists_as_steps_write_them() {
        assert_eq!(form_codes("Mẫu 01, 02, 03, 06"), ["Mẫu 01", "Mẫu 02", "Mẫu 03", "Mẫu 06"]);
        assert_eq!(form_codes("Mẫu 01; Mẫu 06"), ["Mẫu 01", "Mẫu 06"]);
        assert_eq!(form_codes("Mẫu số 02 / Giấy khai sinh"), ["Mẫu số 02"]);
        assert_eq!(form_codes("BM.01 / BM.06"), ["BM.01", "BM.06"]);
        assert_eq!(form_codes("BM.01/QT-HT.02"), ["BM.01/QT-HT.02"]);
        assert_eq!(form_codes("BM-01 – Dự thảo 02 bản"), ["BM-01"]);
        assert_eq!(form_codes("Theo mục 5.2"), Vec::<String>::new());
    }

    #[test]
    fn positions_and_names_apart() {
        assert!(is_position("GIÁM ĐỐC"));
        assert!(is_position("Trưởng phòng Đăng ký và Cấp giấy chứng nhận"));
        assert!(is_position("Viên chức Phòng Đăng ký"));
        assert!(!is_position("Trương Văn Hùng"));
        assert!(!is_position("Nguyễn Văn Phong"));
        assert!(!is_position("Trịnh Quang Vinh"));
    }

    #[test]
    fn sub_headings_and_roles() {
        assert!(is_sub_heading("5.2. Thành phần hồ sơ"));
        assert!(is_sub_heading("5.7 Quy trình xử lý công việc"));
        assert!(!is_sub_heading("5. NỘI DUNG QUY TRÌNH"));
        assert!(!is_sub_heading("01/2018/TT-VPCP"));
        assert_eq!(role_of(&fold("Người viết")), Some(0));
        assert_eq!(role_of(&fold("BIÊN SOẠN")), Some(0));
        assert_eq!(role_of(&fold("Người kiểm tra")), Some(1));
        assert_eq!(role_of(&fold("Người phê duyệt")), Some(2));
    }

    #[test]
    fn durations_as_agencies_write_them() {
        let d = |t: &str| parse_duration(t).map(|d| (d.value, d.unit));
        assert_eq!(d("04 giờ làm việc"), Some((4.0, DurationUnit::WorkingHours)));
        assert_eq!(d("1/2 ngày"), Some((0.5, DurationUnit::WorkingDays)));
        assert_eq!(d("0,5 ngày"), Some((0.5, DurationUnit::WorkingDays)));
        assert_eq!(d("05 ngày làm việc"), Some((5.0, DurationUnit::WorkingDays)));
        assert_eq!(d("Trong ngày"), Some((1.0, DurationUnit::WorkingDays)));
        assert_eq!(d("15 ngày"), Some((15.0, DurationUnit::CalendarDays)));
        assert_eq!(d("ngay khi nhận"), None);
    }

    #[test]
    fn dates_as_agencies_write_them() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("ngày 15 tháng 8 năm 2025"), day(2025, 8, 15));
        assert_eq!(parse_date("15/8/2025"), day(2025, 8, 15));
        assert_eq!(parse_date("Ngày ban hành: 01/07/2025"), day(2025, 7, 1));
        assert_eq!(parse_date("không rõ"), None);
    }

    #[test]
    fn the_legal_basis_of_section_5_1_and_its_pointer() {
        let p = |t: &str| Block::Para(Para { text: t.into(), ..Para::default() });
        let body = [
            p("Mã hiệu: QT.TP.02"),
            p("3. TÀI LIỆU VIỆN DẪN"),
            p("- Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu;"),
            p("- Các văn bản pháp lý liên quan nêu tại mục 5.1."),
            p("- Quyết định số 1826/QĐ-UBND ngày 10/7/2025 của Chủ tịch UBND tỉnh, thủ tục tại mục 3."),
            p("5. NỘI DUNG QUY TRÌNH"),
            p("5.1. Cơ sở pháp lý"),
            p("- Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ;"),
            p("5.2. Thành phần hồ sơ"),
            p("- Tờ khai theo mẫu;"),
        ];
        let mut x = Extraction::default();
        let doc = read(&body, &[], 100, &mut x).unwrap();
        let numbers: Vec<&str> =
            doc.legal_basis.iter().flatten().map(|r| r.number.as_str()).collect();
        // The pointer is no reference; a citation naming a section is one;
        // the content resumes at 5.2 (the dossier's list is no reference).
        assert_eq!(numbers, ["TCVN ISO 9001:2015", "1826/QĐ-UBND", "118/2025/NĐ-CP"]);
    }

    #[test]
    fn headings_by_their_words() {
        let p = |t: &str, bold: bool| Para { text: t.into(), bold, ..Para::default() };
        assert_eq!(section_of(&p("1. MỤC ĐÍCH", false)), Some(Section::Purpose));
        assert_eq!(section_of(&p("III. Căn cứ pháp lý", false)), Some(Section::References));
        assert_eq!(section_of(&p("Nội dung quy trình", true)), Some(Section::Content));
        assert_eq!(
            section_of(&p("Mục đích của việc kiểm soát là bảo đảm tài liệu được phê duyệt", false)),
            None
        );
    }
}
