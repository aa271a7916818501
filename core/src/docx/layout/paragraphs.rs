//! What the sections say in paragraphs rather than tables.

use super::citations::legal_references;
use super::sections::{strip_number, Section};
use super::tables::push_definition;
use super::times::parse_duration;
use super::values::{
    after_label, copies_in, form_codes, form_of, parse_retention, procedure_codes, unbullet,
};
use crate::documents::{Distribution, Form, ProcedureDocument, ProcedureKind, RecordSpec, Step};
use crate::docx::{Extraction, Origin};
use crate::text::fold;

/// The sections' paragraphs, in order: purpose and scope, legal basis,
/// definitions, the steps written as "Bước 1: …" lines (when no step
/// table was read), the time limit, forms, records and who receives
/// copies.
pub(super) fn paragraphs(
    doc: &mut ProcedureDocument, texts: &[(Section, &str, Origin)], steps_seen: bool,
    x: &mut Extraction,
) {
    let mut limit_next = false;
    // The last citation line read (its text, where its bases start), for
    // a line that goes on in the next paragraph (a PDF's line made one).
    let mut cited: Option<(String, usize)> = None;
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
    let title = fold(&doc.title);
    for (k, &(s, raw, at)) in texts.iter().enumerate() {
        let text = &unbullet(raw);
        let f = fold(text);
        // A PDF's running header or footer left in the body ("QT.TP.07 |
        // Lần ban hành: 01 | Trang 6/6", a portal's "Tài liệu được kết xuất
        // từ …"), and a heading's number alone on its line ("4."): no
        // content of any section.
        if page_furniture(&f) || heading_number(text) {
            continue;
        }
        if s != Section::References {
            cited = None;
        }
        // The running header "UBND xã … – Quy trình …" in a list section.
        let listed = matches!(s, Section::Records | Section::Forms | Section::Definitions);
        if listed && running_title(text, &title) {
            continue;
        }
        match s {
            Section::Purpose => append(&mut doc.purpose, text),
            Section::Scope => append(&mut doc.scope, text),
            Section::References => {
                // "Các văn bản pháp lý liên quan nêu tại mục 5.1": a pointer
                // (a citation naming a section of its document has a number).
                // No document named either: the list's lead-in ("Quy trình
                // này được xây dựng căn cứ các văn bản sau đây:"), its close
                // ("Căn cứ các văn bản nêu trên, …"), the articles of the
                // document above ("Điều 20 về thủ tục đăng ký giám hộ cử").
                let numbered = crate::documents::references::first_number_in(text).is_some();
                let pinpoint = ["dieu ", "khoan ", "diem ", "muc ", "chuong "]
                    .iter()
                    .any(|w| f.trim_start().starts_with(w));
                if !numbered
                    && (f.contains("tai muc ")
                        || f.contains("theo muc ")
                        || f.contains("cac van ban")
                        || text.trim_end().ends_with(':')
                        || pinpoint)
                {
                    continue;
                }
                // "…, trong đó:", "…, được sửa đổi, bổ sung bởi:", "… và
                // văn bản hướng dẫn:" before the items under it: no part of
                // the document's title.
                let text = &lead_in_cut(text);
                let list = doc.legal_basis.get_or_insert_with(Vec::new);
                // "… về việc công bố thủ" / "tục hành chính …": a line that
                // opens in lower case goes on the citation before it.
                // "… 07/2025/NĐ-" / "CP ngày …": a number a PDF's line
                // cut at its hyphen goes on unbroken.
                let cut = cited.as_ref().is_some_and(|(before, _)| {
                    before.trim_end().ends_with('-') && before.contains('/')
                }) && raw.trim_start().starts_with(char::is_uppercase);
                let goes_on = raw.trim_start().starts_with(char::is_lowercase) || cut;
                let line = match cited.take().filter(|_| goes_on) {
                    Some((before, start)) => {
                        list.truncate(start);
                        x.found.retain(|n| {
                            !n.field.starts_with("/legalBasis/") || {
                                let k = n.field["/legalBasis/".len()..].split('/').next();
                                k.and_then(|k| k.parse::<usize>().ok()).is_some_and(|k| k < start)
                            }
                        });
                        let gap = if cut { "" } else { " " };
                        format!("{}{gap}{}", before.trim_end(), raw.trim())
                    }
                    None => text.to_string(),
                };
                let start = list.len();
                for reference in legal_references(&line) {
                    list.push(reference);
                    x.found(&format!("/legalBasis/{}", list.len() - 1), at, &line);
                }
                cited = Some((line, start));
            }
            Section::Definitions => {
                // "NĐ: Nghị định; TT: Thông tư; CP: Chính phủ": several in
                // one line when each part defines one.
                let parts: Vec<&str> = text.split(';').filter(|p| !p.trim().is_empty()).collect();
                // (Abbreviations: each term has a capital; "…; gồm: …"
                // goes on one definition.)
                let several = parts.len() > 1
                    && parts.iter().all(|p| {
                        p.split_once(':').is_some_and(|(t, _)| t.chars().any(char::is_uppercase))
                    });
                for part in if several { parts } else { vec![text.as_str()] } {
                    if let Some((term, meaning)) = part.split_once([':', '–']) {
                        push_definition(
                            doc,
                            term.trim(),
                            meaning.trim().trim_end_matches(['.', ';']),
                        );
                    }
                }
            }
            Section::Content => {
                // "Bước 1: …" and its lines ("- Trách nhiệm: …"); or a
                // sub-heading ("5.1. Thiết lập bối cảnh …") whose lines
                // say who and how long, as a step's do.
                if (f.starts_with("buoc ") || titles_step(&texts[k + 1..])) && !steps_seen {
                    let list = doc.steps.get_or_insert_with(Vec::new);
                    let action = match f.starts_with("buoc ") {
                        true => text.split_once([':', '.']).map_or(text.as_str(), |(_, a)| a),
                        false => strip_number_raw(text),
                    }
                    .trim();
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
                    // A list line ends with ";" or ".": no part of the value.
                    let v = value.trim().trim_end_matches([';', '.']).trim_end();
                    let l = fold(label);
                    let who = ["trach nhiem", "nguoi thuc hien", "don vi thuc hien", "chu tri"];
                    if who.iter().any(|w| l.contains(w)) {
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
                // "- Mẫu 01: …; - Mẫu 06: …": items a line break joined.
                let items: Vec<String> = text.split("; -").map(|t| unbullet(t.trim())).collect();
                for item in &items {
                    let codes = form_codes(item);
                    let Some(code) = codes.first() else { continue };
                    // "Các biểu mẫu BM.PVHCC.01.01, … sử dụng theo
                    // QT.PVHCC.01": a note on another procedure's forms.
                    let others = procedure_codes(item, &doc.code);
                    if codes.iter().all(|c| others.iter().any(|q| form_of(c, q))) {
                        continue;
                    }
                    let title = item
                        .split_once([':', '–'])
                        .map(|(_, t)| t.trim().trim_end_matches(['.', ';']).to_owned());
                    let list = doc.forms.get_or_insert_with(Vec::new);
                    list.push(Form { code: code.clone(), title });
                    x.found(&format!("/forms/{}", list.len() - 1), at, item);
                }
            }
            Section::Records => {
                // "Hồ sơ được lưu tại …, thời gian lưu 05 năm": said once for
                // the records of the table above.
                if doc.records.as_ref().is_some_and(|l| !l.is_empty()) && records_note(doc, text) {
                    x.found("/records", at, text);
                    continue;
                }
                // "Sau khi hết hạn, chuyển …": what happens after, no record;
                // "Các hồ sơ sau đây được lưu:", the list's lead-in.
                // "PHÊ DUYỆT QUY TRÌNH", "XÁC NHẬN VÀ PHÊ DUYỆT": the caption
                // of a signature grid at the end, no record.
                let caption = ["phe duyet", "ky duyet", "xac nhan va phe duyet"];
                if f.starts_with("sau khi het han")
                    || text.trim_end().ends_with(':')
                    || caption.iter().any(|c| f.trim().starts_with(c))
                {
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
        r.retention = r.retention.take().or_else(|| retention.clone());
    }
    true
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

/// A page's running header or footer (folded): "… Trang 6/6", "Lần ban
/// hành: 01 | …", an export stamp.
pub(super) fn page_furniture(f: &str) -> bool {
    let page = f.match_indices("trang ").any(|(i, m)| {
        let rest = f[i + m.len()..].trim_start();
        let n = rest.chars().take_while(char::is_ascii_digit).count();
        let after = rest[n..].trim_start();
        n > 0 && (after.starts_with(['/', '|']) || after.starts_with("tren"))
    });
    page || f.starts_with("tai lieu duoc ket xuat")
        || f.contains("lan ban hanh") && f.contains(" | ")
}

/// A heading's number alone ("4.", "IV.", "4)"), split from its words.
fn heading_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ')']);
    !t.is_empty()
        && t.len() <= 5
        && (t.chars().all(|c| c.is_ascii_digit() || c == '.')
            || t.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// A page's running header naming the procedure after its agency ("UBND
/// xã Hòa Bình – Quy trình chứng thực …"): the title (folded) after a dash
/// or a bar, little else.
fn running_title(text: &str, title: &str) -> bool {
    let f = fold(text);
    let after_mark = [" – ", " - ", " | "].iter().any(|m| {
        text.find(m).is_some_and(|i| fold(&text[i..]).contains(title.get(..20).unwrap_or(title)))
    });
    title.len() >= 15
        && f.contains(title.get(..20).unwrap_or(title))
        && after_mark
        && f.len() <= title.len() + 80
}

/// Whether the lines after a content line are a step's: who does it
/// first ("Trách nhiệm: …"), its time within the next few.
fn titles_step(next: &[(Section, &str, Origin)]) -> bool {
    let label = |k: usize, labels: &[&str]| {
        next.get(k).filter(|(s, ..)| *s == Section::Content).is_some_and(|(_, t, _)| {
            let t = unbullet(t);
            t.split_once(':').is_some_and(|(l, _)| {
                let l = fold(l);
                labels.iter().any(|w| l.trim() == *w)
            })
        })
    };
    let who = ["trach nhiem", "nguoi thuc hien", "don vi thuc hien", "bo phan thuc hien"];
    label(0, &who) && (1..4).any(|k| label(k, &["thoi gian", "thoi han", "thoi gian thuc hien"]))
}

/// A line without its leading section number ("5.1. Thiết lập …").
fn strip_number_raw(text: &str) -> &str {
    let t = text.trim_start();
    let end = t
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ' '))
        .map_or(t.len(), |(i, _)| i);
    if t[..end].contains(|c: char| c.is_ascii_digit()) {
        &t[end..]
    } else {
        t
    }
}

/// A citation without the lead-in to the items under it that ends it
/// ("Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015, trong đó:").
fn lead_in_cut(text: &str) -> String {
    let t = text.trim_end();
    let Some(body) = t.strip_suffix(':') else { return text.to_owned() };
    let f = fold(body);
    let leads = [", trong do", " trong do", ", duoc sua doi, bo sung boi", " va van ban huong dan"];
    // Folding keeps the number of characters: cut by characters.
    match leads.iter().find(|l| f.ends_with(*l)) {
        Some(l) => body.chars().take(f.chars().count() - l.chars().count()).collect(),
        None => body.to_owned(),
    }
}
