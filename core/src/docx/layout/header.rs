//! The header: code, title, issue and dates from a table, the first
//! paragraphs or the page header, and the signature grid.

use super::super::xml::{Block, Para};
use super::body::{collect, is_contents, layout_header, Place};
use super::decision::Decision;
use super::grid::grid;
use super::sections::section_of;
use super::signatures::signatures;
use super::times::{no_limit, parse_duration};
use super::values::{after_label, legal_reference, parse_date, tthc_codes, tthc_shaped};
use crate::documents::{DocStatus, DocumentForm, LegalReference, ProcedureDocument, ProcedureKind};
use crate::docx::{Extraction, Origin};
use crate::text::fold;

/// Code, title, issue and dates from the header (a table, the first
/// paragraphs, or the page header), and the signature grid. The header
/// begins at the block `from` (after the decision the file opens with,
/// `approving`) and ends at the first section, or at `first_layout`, the
/// index of the first table laying out the body.
pub(super) fn header(
    doc: &mut ProcedureDocument, body: &[Block], from: usize, approving: Option<&Decision<'_>>,
    first_layout: Option<usize>, margins: &[Block], x: &mut Extraction,
) {
    // Every line of the page header and of the body up to the first section.
    let mut lines: Vec<(&str, Origin)> = Vec::new();
    for (i, b) in margins.iter().enumerate() {
        collect(b, Origin::PageHeader { index: i }, &mut lines);
    }
    let from_margins = lines.len();
    // Tables nested in a layout table's header rows.
    let mut nested = Vec::new();
    for (i, b) in body.iter().enumerate().skip(from) {
        if let Block::Para(p) = b {
            if is_contents(p) {
                continue;
            }
            if section_of(p).is_some() {
                break;
            }
        }
        if first_layout == Some(i) {
            // The whole body laid out as one table: its rows above the
            // first section are the header.
            if let (Block::Table(rows), true) = (b, lines.len() == from_margins) {
                layout_header(rows, i, &mut lines, &mut nested);
            }
            break;
        }
        // A procedure's header comes before its steps: the cells of a step
        // table ("Vào sổ, cho số, ký hiệu", "Dự thảo văn bản") are no header.
        if let Block::Table(rows) = b {
            if grid(rows).first().is_some_and(|head| is_step_table(head)) {
                break;
            }
        }
        collect(b, Origin::Paragraph { index: i }, &mut lines);
    }
    let mut title_next = false;
    // "Ngày hiệu lực: Kể từ ngày ký".
    let mut from_signing = false;
    // The title in capitals goes on over lines in capitals.
    let mut title_open = false;
    for (k, (text, at)) in lines.iter().enumerate() {
        let f = fold(text);
        let capitals = text.chars().any(char::is_alphabetic)
            && text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let labelled = ["ma ", "lan ", "ngay ", "trang", "(", "ban hanh kem", "kem theo"]
            .iter()
            .any(|l| f.starts_with(l));
        let heading = section_of(&Para { text: text.to_string(), bold: true, ..Para::default() })
            .is_some()
            || text.trim_start().starts_with(|c: char| c.is_ascii_digit())
            || super::signatures::role_of(&f).is_some();
        if title_open && capitals && !labelled && !heading && !text.contains(':') {
            doc.title = format!("{} {}", doc.title.trim_end(), text.trim());
            continue;
        }
        title_open = false;
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
        // A "DỰ THẢO" stamp (or "Dự thảo lần 2"): the document is a draft.
        let stamp = f.trim_matches(|c: char| !c.is_alphanumeric());
        if stamp.starts_with("du thao") && stamp.chars().count() <= 20 {
            doc.status = DocStatus::Draft;
            x.found("/status", *at, text);
        }
        let tthc_line =
            ["ma so tthc", "ma so thu tuc", "ma tthc", "ma thu tuc"].iter().any(|l| f.contains(l));
        if doc.code.is_empty() && !tthc_line {
            if let Some(v) = label_alone(&["ma so", "ma hieu", "ky hieu"]) {
                let code = code_in(&v);
                // "Mã số 3.000527.H61": a TTHC's national code, not the
                // document's.
                if tthc_shaped(&code) {
                    if doc.tthc_code.is_none() {
                        doc.tthc_code = Some(tthc_codes(&v));
                        x.found("/tthcCode", *at, text);
                    }
                } else if !code.is_empty() {
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
                // "3.000527.H61", "1.001612; 2.000720": as printed.
                let code = tthc_codes(v);
                if !code.is_empty() {
                    doc.tthc_code = Some(code);
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
        if doc.effective_on.is_none() && f.contains("ngay hieu luc") && !from_signing {
            let value = label_alone(&["ngay hieu luc"]);
            doc.effective_on = value.as_deref().and_then(parse_date);
            // "Kể từ ngày ký": in force from the approval's date, known
            // once the grid is read.
            from_signing = value.as_deref().is_some_and(|v| fold(v).contains("ngay ky"));
            match doc.effective_on.is_some() || from_signing {
                true => x.found("/effectiveOn", *at, text),
                false => x.not_understood("/effectiveOn", *at, text),
            }
        }
        // "(Kèm theo Quyết định số 1482/QĐ-UBND ngày 14 tháng 10 năm 2026
        // của Chủ tịch …)": the decision that approves an annex, and its
        // date the annex's date of issue.
        if doc.decision.is_none() && f.contains("kem theo quyet dinh") {
            let cited = text.find("Quyết định").or_else(|| text.find("QUYẾT ĐỊNH")).unwrap_or(0);
            let mut reference = legal_reference(text[cited..].trim_end_matches([')', '.']));
            // "Quyết định số      /QĐ-UBND": not yet numbered, no decision;
            // unless the file is that decision, numbered on its first page.
            if reference.number.starts_with(|c: char| c.is_ascii_digit()) {
                doc.decision = Some(reference);
                x.found("/decision", *at, text);
            } else if let Some((d, (number, line))) =
                approving.and_then(|d| Some((d, d.number.clone().zip(d.at)?)))
            {
                (reference.number, reference.date) = (number, d.date);
                // "… ngày     tháng 12 năm 2026 của Chủ tịch UBND tỉnh …".
                let issuer = text.rsplit_once(" của ").map(|(_, w)| w.trim_end_matches([')', '.']));
                reference.issuer = reference.issuer.or(issuer.map(|w| w.trim().to_owned()));
                doc.decision = Some(reference);
                x.found("/decision", line.1, line.0);
            }
        }
        // "1. Thời gian giải quyết: 05 ngày làm việc" above the steps of
        // an annex.
        if doc.statutory_limit.is_none() && !doc.no_statutory_limit {
            let limit = after_label(
                text,
                &["tong thoi gian giai quyet", "thoi gian giai quyet", "thoi han giai quyet"],
            );
            if let Some(d) = limit.and_then(parse_duration) {
                doc.statutory_limit = Some(d);
                x.found("/statutoryLimit", *at, text);
            } else if limit.is_some_and(no_limit) {
                doc.no_statutory_limit = true;
                x.found("/noStatutoryLimit", *at, text);
            }
        }
        if doc.title.is_empty() {
            // "QUY TRÌNH" over its name, which is no label ("Mã số: …",
            // "Ngày ban hành: …") nor the decision line ("(Ban hành kèm theo
            // …)"); "… THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH …" is a name.
            let label = ["ma ", "lan ", "ngay ", "(", "ban hanh kem", "kem theo"];
            if title_next && !label.iter().any(|l| f.starts_with(l)) {
                doc.title = format!("QUY TRÌNH {}", text.trim());
                x.found("/title", *at, text);
                title_next = false;
                title_open = capitals;
            } else if f.trim() == "quy trinh" {
                title_next = true;
            } else if f.starts_with("quy trinh ") && !f.contains(':') {
                doc.title = text.trim().to_owned();
                x.found("/title", *at, text);
                title_open = capitals;
            }
        }
    }
    // "QT.TP.03 | Lần ban hành: 02 | Trang 1/6": the running page header
    // names the document's code without a label.
    if doc.code.is_empty() {
        let named = lines[..from_margins].iter().find_map(|(t, at)| {
            super::values::procedure_codes(t, "").into_iter().next().map(|c| (c, *at, *t))
        });
        if let Some((code, at, text)) = named {
            doc.code = code;
            x.found("/code", at, text);
        }
    }
    // Attached to the decision the file opens with, which it does not cite.
    if let (None, Some(d)) = (&doc.decision, approving) {
        if let (Some(number), Some((text, at))) = (&d.number, d.at) {
            let title = Some("Quyết định".to_owned());
            let (number, date) = (number.clone(), d.date);
            doc.decision =
                Some(LegalReference { number, title, date, ..LegalReference::default() });
            x.found("/decision", at, text);
        }
    }
    // What kind of procedure: a TTHC one has a TTHC code (or the TTHC
    // sub-sections, checked by the caller); the QMS's own procedures are
    // known by their subject.
    let t = fold(&doc.title);
    // "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC …": the one-stop rules'
    // internal procedure of a TTHC.
    let internal_tthc = t.contains("noi bo") && t.contains("giai quyet thu tuc");
    doc.kind = if doc.tthc_code.is_some() || internal_tthc {
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
        "rui ro va co hoi",
        // Customer satisfaction (TCVN ISO 9001:2015, 9.1.2) and the
        // quality objectives (6.2): the system's own.
        "su hai long",
        "muc tieu chat luong",
    ]
    .iter()
    .any(|k| t.contains(k))
    {
        ProcedureKind::System
    } else {
        ProcedureKind::Internal
    };
    // The first grid is the signatures: a later table whose first column
    // names reviewers and approvers is a step table.
    let tables = body.iter().enumerate().skip(from).filter_map(|(i, b)| match b {
        Block::Table(rows) => {
            Some((&rows[..], Place { index: i, first: 0, within: None, continues: false }))
        }
        Block::Para(_) => None,
    });
    let signed =
        nested.into_iter().chain(tables).any(|(rows, at)| signatures(doc, &grid(rows), at, x));
    if from_signing && doc.effective_on.is_none() {
        let approved = doc.signatures.approved.as_ref().and_then(|s| s.date);
        doc.effective_on = approved.or(doc.issued_on);
    }
    // No code, no signatures, and a decision that approves it or the
    // one-stop rules' title: an annex, which has neither of its own.
    if doc.code.is_empty() && !signed && (doc.decision.is_some() || internal_tthc) {
        doc.form = DocumentForm::Annex;
        // The decision's date is the annex's date of issue; an ISO
        // procedure issued with a decision has its own.
        doc.issued_on = doc.issued_on.or(doc.decision.as_ref().and_then(|d| d.date));
    }
    let annex = doc.form == DocumentForm::Annex;
    if doc.code.is_empty() && !annex {
        x.missing("/code", "Mã số");
    }
    if doc.title.is_empty() {
        x.missing("/title", "Tên quy trình");
    }
    if doc.issue == 0 {
        if !annex {
            x.missing("/issue", "Lần ban hành");
        }
        doc.issue = 1;
    }
}

/// A step table: who does what.
pub(super) fn is_step_table(head: &[std::borrow::Cow<'_, str>]) -> bool {
    let h = fold(&head.join(" | "));
    (h.contains("trach nhiem") || h.contains("thuc hien"))
        && super::grid::action_column(head).is_some()
}

/// The code at the start of a label's value: its first word, and the words
/// after it that are parts of it ("QT 01/VP"), up to a word of prose or a
/// bracket ("QT.TP.01 Lần ban hành: 01", "QT.ĐĐ.03 (kèm theo …)").
fn code_in(value: &str) -> String {
    let mut words = value.split_whitespace();
    let mut code = words.next().unwrap_or("").to_owned();
    for w in words {
        let part = w.chars().any(|c| c.is_ascii_digit())
            && !w.chars().any(char::is_lowercase)
            && !w.starts_with('(');
        if !part {
            break;
        }
        code.push(' ');
        code.push_str(w);
    }
    code
}
