//! The tables of the body besides the steps (`steps`): forms, records,
//! references, who receives copies, and the change log.

use super::body::Place;
use super::grid::{column, column_numbers, column_words, Row};
use super::values::{copies_in, parse_date, parse_retention};
use crate::documents::{
    ChangeEntry, Definition, Distribution, Form, LegalReference, ProcedureDocument, RecordSpec,
};
use crate::docx::Extraction;
use crate::text::fold;

/// References as a table: number, date, issuer, summary.
pub(super) fn references_table(
    doc: &mut ProcedureDocument, g: &[Row<'_>], table: Place, x: &mut Extraction,
) {
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
        // "I | VĂN BẢN QUY PHẠM PHÁP LUẬT" over the row: a group, no document.
        let first = row.first().map_or("", |c| c.trim());
        let roman = !first.is_empty() && first.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if roman && row.iter().skip(1).all(|c| c.trim().is_empty() || c.trim() == n) {
            continue;
        }
        list.push(LegalReference {
            number: n.to_owned(),
            title: cell(title).map(str::to_owned),
            issuer: cell(issuer).map(str::to_owned),
            date: cell(date).and_then(parse_date),
            ..LegalReference::default()
        });
        x.found(&format!("/legalBasis/{}", list.len() - 1), table.row(r), n);
    }
}

pub(super) fn distribution_table(doc: &mut ProcedureDocument, g: &[Row<'_>]) {
    let head = &g[0];
    let unit = column(head, &["noi nhan", "don vi"]).unwrap_or(1.min(head.len().saturating_sub(1)));
    let copies = column(head, &["so ban", "so luong", "ban"]);
    for row in g.iter().skip(1) {
        let Some(u) = row.get(unit).map(|t| t.trim()).filter(|t| !t.is_empty()) else { continue };
        let n = copies.and_then(|c| row.get(c)).and_then(|t| copies_in(t));
        doc.distribution.push(Distribution { unit: u.to_owned(), copies: n });
    }
}

pub(super) fn push_definition(doc: &mut ProcedureDocument, term: &str, meaning: &str) {
    let (term, meaning) = (term.trim(), meaning.trim());
    if !term.is_empty() && !meaning.is_empty() {
        doc.definitions
            .get_or_insert_with(Vec::new)
            .push(Definition { term: term.to_owned(), meaning: meaning.to_owned() });
    }
}

pub(super) fn change_log(
    doc: &mut ProcedureDocument, g: &[Row<'_>], table: Place, x: &mut Extraction,
) {
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
            table.row(r),
            &row.join(" | "),
        );
    }
}

pub(super) fn forms_table(
    doc: &mut ProcedureDocument, g: &[Row<'_>], table: Place, x: &mut Extraction,
) {
    let head = &g[0];
    // By whole words: "Tên biểu mẫu" holds "ma" in "mẫu".
    let names = ["ma", "ma hieu", "ma so", "ky hieu", "ki hieu", "so hieu", "mau so", "so mau"];
    let code = column_words(head, &names).unwrap_or(1.min(head.len().saturating_sub(1)));
    let title = column(head, &["ten"]);
    let list = doc.forms.get_or_insert_with(Vec::new);
    for (r, row) in g.iter().enumerate().skip(1).filter(|(_, row)| !column_numbers(row)) {
        let Some(c) = row.get(code).map(|t| t.trim()).filter(|t| !t.is_empty()) else { continue };
        list.push(Form {
            code: c.to_owned(),
            title: title.and_then(|t| row.get(t)).map(|t| t.to_string()),
        });
        x.found(&format!("/forms/{}", list.len() - 1), table.row(r), c);
    }
}

pub(super) fn records_table(
    doc: &mut ProcedureDocument, g: &[Row<'_>], table: Place, x: &mut Extraction,
) {
    let head = &g[0];
    let name = column(head, &["ten ho so", "ho so"]).unwrap_or(1.min(head.len().saturating_sub(1)));
    let keeper =
        column(head, &["luu giu", "nguoi luu", "trach nhiem", "bo phan luu", "don vi luu"]);
    // "Bộ phận lưu": the unit keeps them in its own office.
    let place = column(head, &["noi luu"])
        .or_else(|| column(head, &["bo phan luu", "don vi luu"]).filter(|_| keeper.is_some()));
    let time = column(head, &["thoi gian", "thoi han"]);
    let list = doc.records.get_or_insert_with(Vec::new);
    for (r, row) in g.iter().enumerate().skip(1).filter(|(_, row)| !column_numbers(row)) {
        let Some(n) = row.get(name).map(|t| t.trim()).filter(|t| !t.is_empty()) else { continue };
        let retention_text =
            time.and_then(|c| row.get(c)).map(|t| t.trim()).filter(|t| !t.is_empty());
        let retention = retention_text.and_then(parse_retention);
        if let (Some(t), None) = (retention_text, &retention) {
            x.not_understood(&format!("/records/{}/retention", list.len()), table.row(r), t);
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
        x.found(&format!("/records/{}", list.len() - 1), table.row(r), n);
    }
}
