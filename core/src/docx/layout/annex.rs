//! An annex of several internal procedures (quy trình nội bộ giải quyết
//! TTHC), as provinces publish them with the decision approving them: one
//! procedure per TTHC, each a numbered heading ("1. Thủ tục đăng ký khai
//! sinh"), its "Mã TTHC" and "Tổng thời gian giải quyết" lines and its step
//! table; or one table for them all, a merged row naming each procedure
//! ("1 | Đăng ký nội quy lao động … (Mã TTHC: 2.001955)") above its steps.
//! Field headings ("I. LĨNH VỰC HỘ TỊCH") and the list of procedures at the
//! top are not procedures.

use super::body::Item;
use super::grid::{action_column, grid, Row};
use super::tables::steps_in;
use super::values::{after_label, legal_reference, parse_duration, unbullet};
use crate::documents::ProcedureDocument;
use crate::docx::{Extraction, Origin};
use crate::text::fold;

/// One procedure of an annex as read, and its extraction report.
pub(super) type Read = (ProcedureDocument, Extraction);

/// The procedures of an annex, each from `base` (what the annex's title
/// and decision say of all of them), or `None` when the file's steps are
/// not under numbered procedures (a file of one procedure).
pub(super) fn procedures(
    base: &ProcedureDocument, base_x: &Extraction, items: &[Item<'_>], max_steps: usize,
) -> crate::Result<Option<Vec<Read>>> {
    let mut out: Vec<Read> = Vec::new();
    // The heading of the procedure whose step table is to come, by number.
    let mut open: Option<(String, Read)> = None;
    // Headings with no steps of their own ("1. Thủ tục cấp, cấp lại …")
    // over numbered cases ("1.1. Thủ tục cấp …"): their TTHC code is the
    // cases'.
    let mut parents: Vec<(String, Option<String>)> = Vec::new();
    let mut steps_seen = 0usize;
    // Whether the lines are a procedure's legal basis ("1. Cơ sở pháp lý").
    let mut legal = false;
    for item in items {
        match item {
            Item::Para(p, at) | Item::Heading(p, at) => {
                let text = p.text.trim();
                if let Some(h) = procedure_heading(text) {
                    legal = false;
                    let (mut doc, mut x) = start(base, base_x, h.name, *at, text);
                    label_line(&mut doc, &mut x, text, *at);
                    if let Some((number, (parent, _))) = open.take() {
                        parents.push((number, parent.tthc_code));
                    }
                    parents.retain(|(n, _)| h.number.starts_with(&format!("{n}.")));
                    if doc.tthc_code.is_none() {
                        doc.tthc_code = parents.last().and_then(|(_, code)| code.clone());
                    }
                    open = Some((h.number, (doc, x)));
                } else if let Some(is_legal) = part_heading(text) {
                    legal = is_legal;
                } else if let (true, Some((_, (doc, x)))) = (legal, open.as_mut()) {
                    cite(doc, x, text, *at);
                } else if let Some((doc, x)) = open.as_mut().map(|(_, r)| r).or(out.last_mut()) {
                    label_line(doc, x, text, *at);
                }
            }
            Item::Table(cells, place) => {
                let g = grid(cells);
                let Some(head) = g.first() else { continue };
                if !is_step_table(head) {
                    continue;
                }
                steps_seen += g.len().saturating_sub(1);
                if steps_seen > max_steps {
                    let problem =
                        crate::InputProblem::TooMany { count: steps_seen, limit: max_steps };
                    return Err(crate::Error::invalid("/steps", problem));
                }
                let groups = procedure_rows(&g);
                if groups.is_empty() {
                    // The steps of the procedure whose heading came last.
                    let Some((_, (mut doc, mut x))) = open.take() else { return Ok(None) };
                    steps_in(&mut doc, &g, cells, *place, None, &mut x, 0..g.len());
                    out.push((doc, x));
                    continue;
                }
                for &(row, ref title) in &groups {
                    // Up to the next merged row: a procedure's or a field's.
                    let end = (row + 1..g.len()).find(|&r| merged(&g[r])).unwrap_or(g.len());
                    let at = place.row(row);
                    let cell = &g[row][1];
                    let (mut doc, mut x) = start(base, base_x, title.clone(), at, cell);
                    for line in cell.lines() {
                        label_line(&mut doc, &mut x, line, at);
                    }
                    steps_in(&mut doc, &g, cells, *place, None, &mut x, row + 1..end);
                    out.push((doc, x));
                }
            }
        }
    }
    Ok((!out.is_empty()).then_some(out))
}

/// A step table: who does what.
fn is_step_table(head: &Row<'_>) -> bool {
    let h = fold(&head.join(" | "));
    (h.contains("trach nhiem") || h.contains("thuc hien")) && action_column(head).is_some()
}

/// A procedure's heading: its number ("1", "1.1", "II") and name.
struct Heading {
    number: String,
    name: String,
}

/// The headings of a procedure's parts, not procedures ("1. Cơ sở pháp
/// lý", "3. Quy trình giải quyết").
const PARTS: &[&str] = &[
    "co so phap ly",
    "can cu",
    "thoi gian",
    "thoi han",
    "trinh tu",
    "quy trinh giai quyet",
    "quy trinh xu ly",
    "thanh phan",
    "le phi",
    "phi,",
    "bieu mau",
    "ho so",
    "ket qua",
    "noi dung",
    "dieu kien",
    "cach thuc",
    "doi tuong",
    "co quan",
];

/// "1. Thủ tục đăng ký khai sinh", "1.1. Thủ tục cấp …", "1. Quy trình nội
/// bộ giải quyết TTHC: “Hòa giải …” (Mã TTHC: 1.012812)", "I. Thủ tục … (Mã
/// TTHC: …)": a number, then a name that is not a label ("2. Trình tự thực
/// hiện:") nor a part of a procedure; a Roman number heads a procedure
/// only when it names one ("I. LĨNH VỰC HỘ TỊCH" is a field).
fn procedure_heading(text: &str) -> Option<Heading> {
    let arabic = text.chars().take_while(|c| c.is_ascii_digit() || *c == '.').count();
    let roman = text.chars().take_while(|c| matches!(c, 'I' | 'V' | 'X')).count();
    let (number, rest) = if arabic > 0 && text.as_bytes()[0].is_ascii_digit() {
        let (n, rest) = text.split_at(arabic);
        (n.trim_end_matches('.'), rest.strip_prefix(')').unwrap_or(rest))
    } else if roman > 0 {
        let (n, rest) = text.split_at(roman);
        (n, rest.strip_prefix('.')?)
    } else {
        return None;
    };
    if !rest.starts_with(' ') || number.len() > 7 {
        return None;
    }
    let rest = rest.trim();
    let folded = fold(rest);
    // "(Mã TTHC: …)" is said of the procedure, not part of its name.
    let code_at = folded.find("(ma ").unwrap_or(folded.len());
    let mut name: String = rest.chars().take(folded[..code_at].chars().count()).collect();
    // "Quy trình nội bộ giải quyết TTHC: “…”": the TTHC's name.
    if folded.starts_with("quy trinh noi bo giai quyet") {
        name = name.split_once(':').map_or(name.as_str(), |(_, n)| n).to_owned();
    }
    let name = name.trim().trim_matches(['“', '”', '"']).trim().trim_end_matches(['.', ';']);
    let f = fold(name);
    let named = name.chars().count() > 3 && !name.contains(':');
    let part = PARTS.iter().any(|p| f.starts_with(p));
    let field = roman > 0 && !(f.starts_with("thu tuc") || code_at < folded.len());
    (named && !part && !field)
        .then(|| Heading { number: number.to_owned(), name: name.trim().to_owned() })
}

/// "1. Cơ sở pháp lý", "2. Thời gian giải quyết, phí, lệ phí", "3. Quy
/// trình giải quyết": a numbered part of a procedure, and whether it is its
/// legal basis.
fn part_heading(text: &str) -> Option<bool> {
    let digits = text.chars().take_while(|c| c.is_ascii_digit() || *c == '.').count();
    let rest = text[digits..].strip_prefix(')').unwrap_or(&text[digits..]);
    if digits == 0 || !rest.starts_with(' ') {
        return None;
    }
    let f = fold(rest.trim());
    PARTS
        .iter()
        .any(|p| f.starts_with(p))
        .then(|| f.starts_with("co so phap ly") || f.starts_with("can cu"))
}

/// A line of a procedure's legal basis ("- Nghị định số 23/2015/NĐ-CP …"):
/// a citation when it has a document's number.
fn cite(doc: &mut ProcedureDocument, x: &mut Extraction, text: &str, at: Origin) {
    let line = unbullet(text);
    if crate::documents::references::first_number_in(&line).is_none() {
        return;
    }
    let list = doc.legal_basis.get_or_insert_with(Vec::new);
    list.push(legal_reference(&line));
    x.found(&format!("/legalBasis/{}", list.len() - 1), at, text);
}

/// The rows of a table holding several procedures that name one: a number
/// in the first cell and one text merged over the others ("1 | Đăng ký nội
/// quy lao động … (Mã TTHC: 2.001955)"), with the procedure's name.
fn procedure_rows(g: &[Row<'_>]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (r, row) in g.iter().enumerate().skip(1) {
        let (Some(first), Some(text)) = (row.first(), row.get(1)) else { continue };
        let numbered = !first.is_empty() && first.trim().chars().all(|c| c.is_ascii_digit());
        if numbered && merged(row) {
            // The name: the first line, before "(Mã TTHC: …)".
            out.push((r, name_before_code(text.lines().next().unwrap_or(""))));
        }
    }
    out
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

/// A procedure named `title` at `at`, from the annex's `base`.
fn start(
    base: &ProcedureDocument, base_x: &Extraction, title: String, at: Origin, text: &str,
) -> Read {
    let doc = ProcedureDocument {
        title,
        tthc_code: None,
        statutory_limit: None,
        steps: None,
        ..base.clone()
    };
    let mut x = Extraction { legacy_fonts: base_x.legacy_fonts.clone(), ..Extraction::default() };
    x.found.extend(base_x.found.iter().filter(|n| n.field == "/decision").cloned());
    x.found("/title", at, text);
    (doc, x)
}

/// "- Mã TTHC: 1.001193", "- Tổng thời gian giải quyết: 01 ngày làm việc
/// (08 giờ làm việc)": the procedure's TTHC code and time limit.
fn label_line(doc: &mut ProcedureDocument, x: &mut Extraction, text: &str, at: Origin) {
    if doc.tthc_code.is_none() {
        let code = after_label(text, &["ma so tthc", "ma tthc", "ma thu tuc hanh chinh"])
            .map(tthc_codes)
            .filter(|c| !c.is_empty());
        if let Some(code) = code {
            doc.tthc_code = Some(code);
            x.found("/tthcCode", at, text);
        }
    }
    if doc.statutory_limit.is_none() {
        let labels = ["tong thoi gian giai quyet", "thoi gian giai quyet", "thoi han giai quyet"];
        if let Some(d) = after_label(text, &labels).and_then(parse_duration) {
            doc.statutory_limit = Some(d);
            x.found("/statutoryLimit", at, text);
        }
    }
}

/// "1.001612; 2.000720, ký hiệu: QTCX-11": the TTHC codes at the start of
/// a text, as printed ("1.001612; 2.000720" for a procedure serving two).
fn tthc_codes(text: &str) -> String {
    let mut codes: Vec<&str> = Vec::new();
    let mut rest = text;
    loop {
        let len = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').count();
        let code = rest[..len].trim_end_matches('.');
        if !code.contains('.') {
            break;
        }
        codes.push(code);
        rest = rest[len..].trim_start_matches([';', ',', ' ']);
        rest = rest.strip_prefix("và ").unwrap_or(rest);
    }
    codes.join("; ")
}
