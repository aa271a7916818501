//! The step table: each row a step (what, who, how long, its forms and
//! result), read under its header's columns and units; its total row the
//! procedure's time when nothing else states it.

use super::super::xml::Cell;
use super::body::Place;
use super::grid::{action_column, column, column_numbers, continues_above, Row};
use super::subrows::{merge_sub_row, sub_label, without_time};
use super::times::{no_limit, parse_duration, uncounted};
use super::values::{form_codes, form_of, procedure_codes};
use crate::documents::{ProcedureDocument, Step};
use crate::docx::Extraction;
use crate::text::fold;
use crate::{Duration, DurationUnit};

/// The steps of a step table; the time its total row gives the whole
/// table, if it has one (a case's own limit, when a procedure has a table
/// per case).
pub(super) fn steps(
    doc: &mut ProcedureDocument, g: &[Row<'_>], rows: &[Vec<Cell>], table: Place,
    unit: Option<&str>, x: &mut Extraction,
) -> Option<Duration> {
    steps_in(doc, g, rows, table, unit, x, 0..g.len())
}

/// The steps in the rows `within` of a step table (the rows of one
/// procedure of a table holding several), read under its header; the
/// time of its total row.
pub(super) fn steps_in(
    doc: &mut ProcedureDocument, g: &[Row<'_>], rows: &[Vec<Cell>], table: Place,
    unit: Option<&str>, x: &mut Extraction, within: std::ops::Range<usize>,
) -> Option<Duration> {
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
    let action = action_column(head);
    // "Lưu đồ": the step named in its flowchart box (a text box in the
    // cell); "Diễn giải" beside it explains the step.
    let chart = column(head, &["luu do", "so do"]);
    // "Trách nhiệm" before "thực hiện": "Tên thủ tục/Các bước thực hiện"
    // is not who does them.
    let time = column(head, &["thoi gian", "thoi han"]);
    // Who: "Trách nhiệm …", else the column naming a unit or a person that
    // is neither the action, the time nor the step numbers ("Đơn vị giải
    // quyết", "Phân công nhiệm vụ", "Người thực hiện").
    let who = column(head, &["trach nhiem"]).or_else(|| {
        head.iter().enumerate().position(|(c, h)| {
            let f = fold(h);
            let numbers =
                ["buoc", "cac buoc", "thu tu", "stt", "tt"].iter().any(|n| f.starts_with(n));
            Some(c) != action
                && Some(c) != time
                && !numbers
                && ["thuc hien", "don vi", "nguoi", "phan cong", "bo phan", "chu tri"]
                    .iter()
                    .any(|w| f.contains(w))
        })
    });
    // The steps' numbers ("TT", "Bước", "Thứ tự").
    let order = head.iter().position(|h| {
        let f = fold(h);
        let f = f.trim();
        ["buoc", "thu tu", "stt"].iter().any(|n| f.starts_with(n)) || f == "tt"
    });
    let forms_col = column(head, &["bieu mau"]);
    let result_col = column(head, &["ket qua"]);
    // One column for both ("Biểu mẫu/Kết quả"), or one of each.
    let (forms, separate) = match (forms_col, result_col) {
        (Some(f), Some(r)) if f != r => (Some(f), Some(r)),
        // "Sản phẩm" (Bắc Ninh): what each step makes, its forms.
        (f, r) => (f.or(r).or_else(|| column(head, &["ho so", "san pham"])), None),
    };
    // Without a forms column, the forms a "Ghi chú" cell names.
    let notes = forms.is_none().then(|| column(head, &["ghi chu"])).flatten();
    let list = doc.steps.get_or_insert_with(Vec::new);
    let first_step = list.len();
    // Steps timed in plain "ngày", in a table that otherwise counts working time.
    let mut plain_days: Vec<usize> = Vec::new();
    // The label of the last step ("B1"), whether it stated its time, and
    // whether it was found to group timed sub-steps.
    let mut parent: Option<(String, bool, bool)> = None;
    let first_row = within.start.max(1 + usize::from(continued));
    // A limit given before the table stands; else the table's total row:
    // the first that totals the procedure, or, when every one totals a
    // stage ("… ở cấp xã là: 06 ngày"), the last.
    // "02" under "Thời gian (ngày làm việc)": the unit is in the header.
    let header_unit = time
        .and_then(|c| head.get(c))
        .map(|h| {
            let open = h.find('(').map_or("", |i| &h[i..]);
            let unit = open.trim_matches(|c| c == '(' || c == ')');
            // "(03 ngày làm việc)": a header that carries the whole
            // time gives the unit, not its figure.
            let figure = |c: char| c.is_ascii_digit() || " ,.".contains(c);
            if one_time(unit) { unit.trim_start_matches(figure) } else { unit }.to_owned()
        })
        .filter(|u| !u.is_empty())
        .or_else(|| unit.map(str::to_owned));
    // "THỜI GIAN GIẢI QUYẾT TTHC (03 ngày làm việc)": a time column's
    // header that states the procedure's time (Đồng Nai 2811/QĐ-UBND).
    if doc.statutory_limit.is_none() && !doc.no_statutory_limit {
        let header = time.and_then(|c| head.get(c)).map_or("", |h| h.as_ref());
        let f = fold(header);
        let stated = f.contains("thoi gian giai quyet") || f.contains("thoi han giai quyet");
        let within = header.find('(').map(|i| &header[i + 1..]).filter(|w| one_time(w));
        if let Some(limit) = within.filter(|_| stated).and_then(parse_duration) {
            doc.statutory_limit = Some(limit);
            x.found("/statutoryLimit", table.row(0), header);
        }
    }
    let limit_given = doc.statutory_limit.is_some() || doc.no_statutory_limit;
    let mut whole_total = false;
    let mut table_total = None;
    // The step whose row spans the table, its parts lettered below: its
    // index, whether they are done at the same time, whether it states
    // its own time.
    let mut group: Option<(usize, bool, bool)> = None;
    for (r, row) in g.iter().enumerate().take(within.end).skip(first_row) {
        let cell = |c: Option<usize>| {
            c.and_then(|c| row.get(c)).map(|t| t.trim()).filter(|t| !t.is_empty())
        };
        // The total row ("Tổng thời gian giải quyết: 10 ngày làm việc"),
        // also under an empty number column, where a step "Tổng hợp ý
        // kiến" under a number Word draws is no total.
        let first_cell = row.iter().find(|c| !c.trim().is_empty()).map_or("", |c| c.as_ref());
        let first = fold(first_cell);
        let total_words = ["tong thoi gian", "tong cong", "tong so", "tong:"];
        let own_first = row.first().is_some_and(|c| !c.trim().is_empty());
        // "Cộng" alone, the ordinary total of a table; read with its
        // marks, as "Công chức …" folds to the same letters.
        let lower = first_cell.trim().trim_end_matches([':', '.']).trim().to_lowercase();
        let cong = lower == "cộng"
            || ["cộng:", "cộng thời gian", "cộng thời hạn", "cộng giai đoạn"]
                .iter()
                .any(|w| lower.starts_with(w));
        if cong
            || own_first && first.starts_with("tong")
            || total_words.iter().any(|w| first.starts_with(w))
            || row.iter().all(|c| c == &row[0]) && fold(&row[0]).contains("tong")
        {
            let total = row
                .iter()
                .find_map(|c| parse_duration(c.split_once(':').map_or(c.as_ref(), |x| x.1)));
            let stage =
                [" o ", " tai ", "truong hop", "giai doan"].iter().any(|w| first.contains(w));
            // "Tổng thời gian giải quyết | Không quy định": the law sets none.
            let none = total.is_none()
                && row.iter().any(|c| no_limit(c.split_once(':').map_or(c.as_ref(), |x| x.1)));
            if none && !limit_given && !whole_total && !stage {
                whole_total = true;
                doc.no_statutory_limit = true;
                x.found("/noStatutoryLimit", table.row(r), &row.join(" | "));
            }
            if !stage && table_total.is_none() {
                table_total = total;
            }
            if let Some(d) = total.filter(|_| !limit_given && !whole_total) {
                whole_total = !stage;
                doc.statutory_limit = Some(d);
                // A cell spanning the row is written once.
                let mut cells: Vec<&str> = row.iter().map(|c| c.as_ref()).collect();
                cells.dedup();
                x.found("/statutoryLimit", table.row(r), &cells.join(" | "));
            }
            continue;
        }
        // A caption over the whole row ("Quy trình nội bộ tại Ủy ban nhân
        // dân xã"): the stage the steps below belong to, no step; nor is a
        // row numbering the columns ("(1) | (2) | (3)").
        if row.len() > 1 && row.iter().all(|c| c == &row[0]) || column_numbers(row) {
            continue;
        }
        // A phase's row in the number column ("I | TIẾP NHẬN HỒ SƠ", its
        // name merged over the row or alone, no time): the steps below
        // belong to it.
        let roman = |c: &str| !c.is_empty() && c.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        if order.and_then(|c| row.get(c)).is_some_and(|n| roman(n.trim().trim_end_matches('.')))
            && cell(time).is_none_or(|t| row.iter().filter(|c| c.trim() == t).count() > 1)
        {
            continue;
        }
        // One box per row: a drawing merged down over the rows, or a cell
        // with several boxes (a decision and its branches), names no one
        // step.
        let boxed = cell(chart).filter(|t| {
            !t.contains('\n') && !chart.is_some_and(|c| continues_above(rows.get(r), c))
        });
        let Some(text) = boxed.or_else(|| cell(action)) else { continue };
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
        let uncounted = duration_text.is_some_and(|t| uncounted(t, text));
        let duration = if merged {
            list.last().and_then(|s| s.duration).map(|d| Duration { value: 0.0, unit: d.unit })
        } else if uncounted {
            // In the unit of the steps above, or of the limit: nothing added.
            let unit = list[first_step..].iter().rev().find_map(|s| s.duration).map(|d| d.unit);
            let unit = unit.or(doc.statutory_limit.map(|d| d.unit));
            Some(Duration { value: 0.0, unit: unit.unwrap_or(DurationUnit::WorkingHours) })
        } else {
            duration_text.and_then(|t| {
                let in_header = header_unit.as_deref().filter(|u| !u.is_empty());
                match parse_duration(t) {
                    // "02 ngày" under "Thời gian (ngày làm việc)": the
                    // header says which days ("05 ngày lịch" says its own).
                    Some(d)
                        if d.unit == DurationUnit::CalendarDays
                            && !fold(t).contains("lich")
                            && in_header.is_some_and(|u| fold(u).contains("ngay lam viec")) =>
                    {
                        Some(Duration { unit: DurationUnit::WorkingDays, ..d })
                    }
                    Some(d) => Some(d),
                    // A figure ("0,5", "Không quá 02") in the header's
                    // unit; words alone ("Giờ hành chính") take no figure
                    // from the header.
                    None if t.contains(|c: char| c.is_ascii_digit() || "½¼¾".contains(c)) => {
                        parse_duration(&format!("{t} {}", in_header?))
                    }
                    None => None,
                }
            })
        };
        if let (Some(t), None, false) = (duration_text, duration, merged) {
            x.not_understood(&format!("/steps/{}/duration", list.len()), table.row(r), t);
        }
        let out = cell(forms);
        let mut codes = out.map(form_codes).unwrap_or_default();
        codes.extend(cell(notes).map(form_codes).unwrap_or_default());
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
        // "Theo mục 5.2", "Hồ sơ theo mục 5.2": a pointer to the dossier's
        // list, no output.
        // "BM.PVHCC.01.06 (của QT.PVHCC.01)": another procedure's form,
        // listed and controlled there; the procedure named is no output.
        let others: Vec<String> = [out, cell(notes), Some(text)]
            .into_iter()
            .flatten()
            .flat_map(|t| procedure_codes(t, &doc.code))
            .collect();
        let names_only = |o: &str| {
            let rest = others.iter().fold(fold(o), |r, q| r.replace(&fold(q), " "));
            rest.split(|c: char| !c.is_alphanumeric())
                .all(|w| ["", "cua", "theo", "xem"].contains(&w))
        };
        let output =
            output.filter(|o| !o.is_empty() && !fold(o).contains("theo muc") && !names_only(o));
        codes.retain(|c| !others.iter().any(|q| form_of(c, q)));
        // One step over sub-rows, one per unit or signer (Đồng Nai
        // 2811/QĐ-UBND): its action merged down, a time of each, and its
        // number merged down too or not written (a step numbered on its
        // own is a step, whatever its action cell).
        let own_number = order
            .filter(|&c| Some(c) != action)
            .is_some_and(|c| cell(Some(c)).is_some() && !continues_above(rows.get(r), c));
        let sub_row = action.is_some_and(|c| continues_above(rows.get(r), c))
            && !own_number
            && list.len() > first_step;
        if let Some(step) = list.last_mut().filter(|_| sub_row) {
            merge_sub_row(step, cell(who), duration, codes);
            continue;
        }
        // "B1.1", "B1.2" under "B1": timed, they are the steps and "B1"
        // only groups them (its time their sum); untimed, they are its parts.
        let label = order.and_then(|c| row.get(c)).map_or("", |n| n.trim());
        let mut carried = Vec::new();
        if let Some((_, stated, grouped)) = parent.as_mut().filter(|(p, ..)| sub_label(label, p)) {
            if !*grouped && duration.is_none() {
                let time = if *stated { None } else { duration };
                if let Some(step) = list.last_mut() {
                    merge_sub_row(step, None, time, codes);
                }
                continue;
            }
            if !*grouped && list.len() > first_step {
                *grouped = true;
                let group = list.pop().map(|g| g.forms).unwrap_or_default();
                let at = format!("/steps/{}", list.len());
                x.found.retain(|n| n.field != at && !n.field.starts_with(&format!("{at}/")));
                carried = group;
            }
        }
        // "a)", "b)" under a step's row spanning the table ("Xử lý hồ sơ:
        // thực hiện đồng thời các công việc a) và b) dưới đây (16 giờ làm
        // việc)"): parts of that step, who does each added; their times
        // count once when done at the same time, else add up, unless the
        // step's row states its own.
        let lettered = order.and_then(|c| row.get(c)).is_some_and(|n| {
            let n = n.trim();
            let mut chars = n.chars();
            matches!((chars.next(), chars.next(), chars.next()), (Some(l), Some(')' | '.'), None) if l.is_lowercase())
        });
        if let Some((k, parallel, stated)) = group.filter(|_| lettered) {
            let step = &mut list[k];
            // Its action goes on with the part's ("… dưới đây. a) Kiểm
            // tra …"), its result with the part's.
            let letter = order.and_then(|c| row.get(c)).map_or("", |n| n.trim());
            if let Some(a) = step.action.as_mut() {
                a.push_str(&format!(" {letter} {text}"));
            }
            if let Some(o) = output.as_deref() {
                match step.output.as_mut() {
                    Some(before) => before.push_str(&format!("; {o}")),
                    None => step.output = Some(o.to_owned()),
                }
            }
            let time = if stated { None } else { duration };
            match (parallel, step.duration, time) {
                (true, Some(d), Some(t)) => {
                    let (a, b) = (d.working_minutes(480.0), t.working_minutes(480.0));
                    if a.zip(b).is_some_and(|(a, b)| b > a) {
                        step.duration = Some(t);
                    }
                    merge_sub_row(step, cell(who), None, codes);
                }
                _ => merge_sub_row(step, cell(who), time, codes),
            }
            continue;
        }
        // A step's row whose text spans the table: the steps lettered
        // below are its parts.
        let spanning = row.len() > 2
            && order.is_some_and(|o| {
                row.iter().enumerate().filter(|(c, _)| *c != o).all(|(_, t)| t == text)
            });
        group = spanning.then(|| {
            let f = fold(text);
            (list.len(), f.contains("dong thoi") || f.contains("song song"), duration.is_some())
        });
        let (who_text, codes, output) = match spanning {
            true => (None, Vec::new(), None),
            false => (cell(who), codes, output),
        };
        // "… dưới đây (16 giờ làm việc).": the time said apart.
        let action_text = match (spanning, text.trim_end_matches('.').strip_suffix(')')) {
            (true, Some(open)) => match open.rfind('(') {
                Some(i) if parse_duration(&open[i + 1..]).is_some() => {
                    format!("{}.", open[..i].trim_end())
                }
                _ => text.to_owned(),
            },
            _ => text.to_owned(),
        };
        if !merged
            && duration.is_some_and(|d| d.unit == DurationUnit::CalendarDays)
            && duration_text.is_some_and(|t| !fold(t).contains("lich"))
        {
            plain_days.push(list.len());
        }
        // A group's forms go to its first step.
        let codes = carried.into_iter().chain(codes).collect::<Vec<_>>();
        if !sub_label(label, parent.as_ref().map_or("", |(p, ..)| p)) {
            parent = Some((label.to_owned(), duration.is_some(), false));
        }
        list.push(Step {
            order: list.len() as u32 + 1,
            action: Some(action_text),
            responsible: who_text.map(|w| if who == time { without_time(w) } else { w }.to_owned()),
            duration,
            forms: codes,
            output,
        });
        x.found(&format!("/steps/{}", list.len() - 1), table.row(r), text);
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
            if let Some(d) = list.get_mut(k).and_then(|s| s.duration.as_mut()) {
                d.unit = DurationUnit::WorkingDays;
            }
        }
    }
    table_total
}

/// The words in a header's brackets are one time, a figure first ("03
/// ngày làm việc)"), not a rule for counting ("tính mỗi ngày 08 giờ",
/// "08 giờ/ngày", "01 ngày làm việc = 08 giờ").
fn one_time(within: &str) -> bool {
    let w = within.split(')').next().unwrap_or_default();
    w.trim_start().starts_with(|c: char| c.is_ascii_digit())
        && !w.contains(['=', '/'])
        && !fold(w).contains("moi")
        && parse_duration(w).is_some()
}
