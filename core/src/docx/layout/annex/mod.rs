//! An annex of several internal procedures (quy trình nội bộ giải quyết
//! TTHC), as provinces publish them with the decision approving them: one
//! procedure per TTHC, each a numbered heading ("1. Thủ tục đăng ký khai
//! sinh"), its "Mã TTHC" and "Tổng thời gian giải quyết" lines and its step
//! table; or one table for them all, a merged row naming each procedure
//! ("1 | Đăng ký nội quy lao động … (Mã TTHC: 2.001955)") above its steps.
//! Field headings ("I. LĨNH VỰC HỘ TỊCH") and the list of procedures at the
//! top are not procedures.

use super::body::Item;
use super::grid::grid;
use super::header::is_step_table;
use super::steps::steps_in;
use super::times::{no_limit, parse_duration};
use super::values::{after_label, tthc_codes, tthc_shaped, unbullet};
use crate::documents::{ProcedureDocument, ProcedureKind};
use crate::docx::{Extraction, Origin};
use crate::text::fold;
use crate::InputProblem::TooMany;

mod prose;
mod rows;
use rows::{case_limit, case_rows, field_row, procedure_rows};
#[cfg(test)]
mod tests;

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
    let mut open: Option<(Heading, Read)> = None;
    // Headings with no steps of their own ("1. Thủ tục cấp, cấp lại …")
    // over numbered cases ("1.1. Thủ tục cấp …"): their TTHC code is the
    // cases'.
    let mut parents: Vec<(String, Option<String>)> = Vec::new();
    // Rows of step tables in the whole file, each table counted once at
    // least: a file of endless empty procedures is refused, not read.
    let mut rows_seen = 0usize;
    // Whether the lines are a procedure's legal basis ("1. Cơ sở pháp lý").
    let mut legal = false;
    // "Đơn vị tính: ngày làm việc" above tables whose times are figures.
    let mut unit: Option<String> = None;
    // "Nhóm 2 thủ tục:": one procedure serving the TTHC of the next two
    // headings; then the headings still to join the one open.
    let (mut group, mut joining) = (0usize, 0usize);
    // "- Trường hợp …: 42 ngày làm việc": the limit of each case of the
    // procedure open, in order (Hà Tĩnh 2916/QĐ-UBND).
    let mut case_limits: Vec<crate::Duration> = Vec::new();
    for item in items {
        match item {
            Item::Para(p, at) | Item::Heading(p, at) => {
                let text = p.text.trim();
                // "- Bước 1: Chuyên viên … tiếp nhận …: 0,25 ngày làm việc.":
                // a step written as a sentence, of the procedure open.
                if let Some((_, (doc, x))) = open.as_mut() {
                    let order = doc.steps.as_ref().map_or(0, Vec::len) as u32 + 1;
                    if let Some(step) = prose::step(text, order) {
                        doc.steps.get_or_insert_with(Vec::new).push(step);
                        x.found(&format!("/steps/{}", order - 1), *at, text);
                        continue;
                    }
                }
                if let Some(n) = group_of(text) {
                    group = n;
                    continue;
                }
                let heading = procedure_heading(text).or_else(|| listed_heading(p, text));
                // Under a procedure's heading ("I. Thủ tục … (Mã TTHC: …)"),
                // "3. Số lượng hồ sơ" is one of its parts; "1.1. Thủ tục cấp
                // …" one of its cases.
                let heading = heading.filter(|h| match &open {
                    Some((o, (doc, _))) if o.roman || doc.tthc_code.is_some() => {
                        h.roman
                            || h.names_procedure
                            || h.number.starts_with(&format!("{}.", o.number))
                    }
                    _ => true,
                });
                if let Some(limit) = case_limit(text) {
                    case_limits.push(limit);
                }
                if let Some(h) = heading {
                    legal = false;
                    case_limits.clear();
                    let (mut doc, mut x) = start(base, base_x, h.name.clone(), *at, text);
                    label_line(&mut doc, &mut x, text, *at);
                    // The next TTHC of a group: the same procedure.
                    let join = |(_, (first, _)): &&mut (Heading, Read)| first.steps.is_none();
                    if let Some((_, (first, fx))) =
                        open.as_mut().filter(join).filter(|_| joining > 0)
                    {
                        joining -= 1;
                        first.title = format!("{}; {}", first.title, doc.title);
                        if let Some(code) = doc.tthc_code {
                            let codes = first.tthc_code.take().into_iter().chain([code]);
                            first.tthc_code = Some(codes.collect::<Vec<_>>().join("; "));
                        }
                        fx.found.extend(x.found);
                        continue;
                    }
                    (joining, group) = (group.saturating_sub(1), 0);
                    match open.take() {
                        // Its steps written as sentences: a procedure read.
                        Some((_, read)) if read.0.steps.is_some() => out.push(read),
                        Some((o, (parent, _))) => parents.push((o.number, parent.tthc_code)),
                        None => {}
                    }
                    parents.retain(|(n, _)| h.number.starts_with(&format!("{n}.")));
                    if doc.tthc_code.is_none() {
                        doc.tthc_code = parents.last().and_then(|(_, code)| code.clone());
                    }
                    open = Some((h, (doc, x)));
                } else if let Some(u) = after_label(text, &["don vi tinh"]) {
                    unit = Some(u.trim_end_matches(['.', ')']).to_owned());
                } else if let Some(is_legal) = part_heading(text) {
                    legal = is_legal;
                    // "2.5. Thời hạn giải quyết: 42 ngày làm việc.": a part
                    // with its value on the line.
                    if let Some((doc, x)) = open.as_mut().map(|(_, r)| r) {
                        label_line(doc, x, text, *at);
                    }
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
                    // "1 | KÝ HIỆU QUY TRÌNH | QT.ĐCKS.01": the code, in a
                    // row of the procedure's layout table.
                    if let Some((doc, x)) = open.as_mut().map(|(_, r)| r) {
                        for (r, row) in g.iter().enumerate() {
                            let label = row.iter().position(|c| fold(c).starts_with("ky hieu"));
                            // The next cell of another text (a span repeats its own).
                            let value = label.and_then(|l| {
                                row[l + 1..].iter().find(|c| **c != row[l] && !c.trim().is_empty())
                            });
                            if let Some(v) = value {
                                label_line(doc, x, &format!("Ký hiệu: {v}"), place.row(r));
                            }
                        }
                    }
                    continue;
                }
                rows_seen += g.len().max(2) - 1;
                if rows_seen > crate::limits::CEILING_MAX_STEPS {
                    let (count, limit) = (rows_seen, crate::limits::CEILING_MAX_STEPS);
                    return Err(crate::Error::invalid("/steps", TooMany { count, limit }));
                }
                let groups = procedure_rows(&g);
                let cases = case_rows(&g);
                // One procedure of several cases ("I | Trường hợp …", each
                // with its own steps and limit): a procedure per case.
                if let (true, Some((_, (doc, x)))) = (groups.is_empty() && cases.len() > 1, &open) {
                    for (k, &(row, ref caption)) in cases.iter().enumerate() {
                        let end = cases.get(k + 1).map_or(g.len(), |&(r, _)| r);
                        let (mut case, mut cx) = (doc.clone(), x.clone());
                        case.case = Some(caption.clone());
                        cx.found("/case", place.row(row), caption);
                        case.statutory_limit = case_limits.get(k).copied().or(doc.statutory_limit);
                        steps_in(
                            &mut case,
                            &g,
                            cells,
                            *place,
                            unit.as_deref(),
                            &mut cx,
                            row + 1..end,
                        );
                        out.push((case, cx));
                    }
                    open = None;
                } else if groups.is_empty() {
                    // The steps of the procedure whose heading came last; a
                    // table with none open goes on the one before (a table
                    // split over two pages).
                    // Sentences "Bước 1: …" above a step table describe it:
                    // the table's rows are the steps.
                    if let Some((_, (doc, x))) = open.as_mut().filter(|o| o.1 .0.steps.is_some()) {
                        doc.steps = None;
                        x.found.retain(|n| !n.field.starts_with("/steps"));
                    }
                    out.extend(open.take().map(|(_, read)| read));
                    let Some((doc, x)) = out.last_mut() else { return Ok(None) };
                    steps_in(doc, &g, cells, *place, unit.as_deref(), x, 0..g.len());
                } else {
                    for (k, &(row, ref title)) in groups.iter().enumerate() {
                        // Up to the next procedure's row or field's row.
                        let next = groups.get(k + 1).map_or(g.len(), |&(r, _)| r);
                        let end = (row + 1..next).find(|&r| field_row(&g[r])).unwrap_or(next);
                        let at = place.row(row);
                        let cell = g[row].iter().rev().find(|c| !c.trim().is_empty());
                        let cell = cell.map_or("", |c| c.as_ref());
                        let (mut doc, mut x) = start(base, base_x, title.clone(), at, cell);
                        for line in cell.lines() {
                            label_line(&mut doc, &mut x, line, at);
                        }
                        steps_in(
                            &mut doc,
                            &g,
                            cells,
                            *place,
                            unit.as_deref(),
                            &mut x,
                            row + 1..end,
                        );
                        out.push((doc, x));
                    }
                }
                // The policy's step limit holds for each procedure.
                if let Some(count) = out.last().and_then(|(d, _)| d.steps.as_ref()).map(Vec::len) {
                    if count > max_steps {
                        let problem = TooMany { count, limit: max_steps };
                        return Err(crate::Error::invalid("/steps", problem));
                    }
                }
            }
        }
    }
    out.extend(open.map(|(_, read)| read).filter(|(doc, _)| doc.steps.is_some()));
    Ok((!out.is_empty()).then_some(out))
}

/// "Nhóm 2 thủ tục:": the number of TTHC whose headings follow, served by
/// one procedure.
fn group_of(text: &str) -> Option<usize> {
    let f = fold(text);
    let rest = f.strip_prefix("nhom ")?;
    let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let words = rest[n.len()..].trim_start();
    (words.starts_with("thu tuc") || words.starts_with("tthc")).then(|| n.parse().ok())?
}

/// A procedure's heading: its number ("1", "1.1", "II") and name.
struct Heading {
    number: String,
    name: String,
    /// Numbered in Roman figures ("I. Thủ tục …").
    roman: bool,
    /// Its name says it is a procedure ("Thủ tục …", "Quy trình nội bộ
    /// …"), or it carries a TTHC code.
    names_procedure: bool,
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
    let (number, roman, rest) = numbered(text)?;
    named(number, roman, rest)
}

/// A heading's number ("1", "1.1", "II") and the words after it: an Arabic
/// number ending in "." or ")", or a Roman one in ".", then a space.
fn numbered(text: &str) -> Option<(&str, bool, &str)> {
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
    (rest.starts_with(' ') && number.len() <= 7).then(|| (number, roman > 0, rest.trim()))
}

/// A heading numbered by Word's list numbering (the number is not in the
/// text): a procedure only when its words say so ("Thủ tục đăng ký khai
/// sinh", "… (Mã TTHC: …)").
fn listed_heading(p: &crate::docx::xml::Para, text: &str) -> Option<Heading> {
    let h = named("", false, text).filter(|_| p.numbered)?;
    h.names_procedure.then_some(h)
}

/// The heading numbered `number` whose words are `rest`, unless they name
/// a field ("LĨNH VỰC HỘ TỊCH" under a Roman number), a part of a procedure
/// ("Cơ sở pháp lý") or a label ("Trình tự thực hiện:").
fn named(number: &str, roman: bool, rest: &str) -> Option<Heading> {
    let folded = fold(rest);
    // "(Mã TTHC: …)", "- Mã số 3.000527.H61" are said of the procedure,
    // not part of its name.
    let code_at = ["(ma ", "- ma so", "- ma tthc"]
        .iter()
        .filter_map(|m| folded.find(m))
        .min()
        .unwrap_or(folded.len());
    let mut name: String = rest.chars().take(folded[..code_at].chars().count()).collect();
    // "Quy trình nội bộ giải quyết TTHC: “…”", "Tên thủ tục: …": the name.
    let labelled =
        ["quy trinh noi bo giai quyet", "ten thu tuc", "thu tuc:", "thu tuc hanh chinh:"];
    if labelled.iter().any(|l| folded.starts_with(l)) {
        name = name.split_once(':').map_or(name.as_str(), |(_, n)| n).to_owned();
    }
    let name = name.trim().trim_matches(['“', '”', '"']).trim().trim_end_matches(['.', ';']);
    let f = fold(name);
    let named = name.chars().count() > 3 && !name.contains(':');
    let part = PARTS.iter().any(|p| f.starts_with(p));
    let coded = code_at < folded.len();
    let names_procedure = coded
        || ["thu tuc", "quy trinh noi bo", "quy trinh giai quyet thu tuc"]
            .iter()
            .any(|w| folded.starts_with(w));
    let field = roman && !(f.starts_with("thu tuc") || coded);
    (named && !part && !field).then(|| Heading {
        number: number.to_owned(),
        name: name.trim().to_owned(),
        roman,
        names_procedure,
    })
}

/// "1. Cơ sở pháp lý", "2. Thời gian giải quyết, phí, lệ phí", "3. Quy
/// trình giải quyết": a numbered part of a procedure, and whether it is its
/// legal basis.
fn part_heading(text: &str) -> Option<bool> {
    let (_, false, rest) = numbered(text)? else { return None };
    let f = fold(rest);
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
    for reference in super::citations::legal_references(&line) {
        list.push(reference);
        x.found(&format!("/legalBasis/{}", list.len() - 1), at, text);
    }
}

/// A procedure named `title` at `at`, from the annex's `base`.
fn start(
    base: &ProcedureDocument, base_x: &Extraction, title: String, at: Origin, text: &str,
) -> Read {
    let doc = ProcedureDocument {
        title,
        // Each is the internal procedure of a TTHC, whatever the annex's
        // title says.
        kind: ProcedureKind::Tthc,
        tthc_code: None,
        statutory_limit: None,
        no_statutory_limit: false,
        steps: None,
        ..base.clone()
    };
    let mut x = Extraction { legacy_fonts: base_x.legacy_fonts.clone(), ..Extraction::default() };
    x.found.extend(base_x.found.iter().filter(|n| n.field == "/decision").cloned());
    x.found("/title", at, text);
    (doc, x)
}

/// "- Mã TTHC: 1.001193", "- Tổng thời gian giải quyết: 01 ngày làm việc
/// (08 giờ làm việc)": the procedure's TTHC code and time limit; "(Mã
/// TTHC: 1.001612, ký hiệu: QTCX-11)": its own code in the province's
/// register of internal procedures (Hà Nội's layout).
fn label_line(doc: &mut ProcedureDocument, x: &mut Extraction, text: &str, at: Origin) {
    // Said of the procedure: in its heading's bracket with its TTHC code,
    // or on a line of its own ("- Ký hiệu: QTCX-11"), not a form's "(ký
    // hiệu: TK-01)" in a sentence.
    let line = fold(&unbullet(text));
    let own =
        line.starts_with("ky hieu") || line.starts_with("ki hieu") || line.contains("ma tthc");
    if doc.code.is_empty() && own {
        let symbol = after_label(text, &["ky hieu", "ki hieu"]).and_then(|v| {
            let v = v.split([',', ';', ')']).next().unwrap_or_default().trim();
            // A code: letters ("QT-ĐĐ-05" too) and digits, with "-", "."
            // or "/" between.
            let shaped = (2..=30).contains(&v.chars().count())
                && v.chars().all(|c| c.is_alphanumeric() || "-./".contains(c))
                && v.chars().any(|c| c.is_ascii_digit())
                && v.chars().any(char::is_alphabetic);
            shaped.then(|| v.to_owned())
        });
        if let Some(code) = symbol {
            doc.code = code;
            x.found("/code", at, text);
        }
    }
    if doc.tthc_code.is_none() {
        let code = after_label(text, &["ma so tthc", "ma tthc", "ma thu tuc hanh chinh"])
            .or_else(|| after_label(text, &["ma so"]).filter(|v| tthc_shaped(v)))
            .map(tthc_codes)
            .filter(|c| !c.is_empty());
        if let Some(code) = code {
            doc.tthc_code = Some(code);
            x.found("/tthcCode", at, text);
        }
    }
    if doc.statutory_limit.is_none() && !doc.no_statutory_limit {
        let labels = ["tong thoi gian giai quyet", "thoi gian giai quyet", "thoi han giai quyet"];
        if let Some(v) = after_label(text, &labels) {
            if let Some(d) = parse_duration(v) {
                doc.statutory_limit = Some(d);
                x.found("/statutoryLimit", at, text);
            } else if no_limit(v) {
                doc.no_statutory_limit = true;
                x.found("/noStatutoryLimit", at, text);
            }
        }
    }
}
