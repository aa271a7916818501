//! `iso9001 calendar`, `due`, `dossiers`, `lunar`: the working-day
//! calendar from the command line.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use iso9001::calendar::{
    parse_datetime, CalendarAnswer, CalendarConfig, CalendarQuery, DateArg, DossierBatch,
    DossierReport, DueArg, WorkCalendar, YearArg,
};
use iso9001::interchange::{from_json, to_json, to_json_in, InputLimits};
use iso9001::{Duration, DurationUnit, Error, InputProblem, Lang, Text};

use crate::check::{read_input, BadInput};

/// Asks the calendar through the query path every surface uses, so that
/// `--json` prints the same `CalendarAnswer` as C and wasm.
fn ask(
    cal: &WorkCalendar, q: CalendarQuery, lang: Lang,
) -> Result<(CalendarAnswer, String), Error> {
    let answer = cal.query(&q, lang)?;
    let json = to_json(&answer)?;
    Ok((answer, json))
}

fn invalid(field: &str, detail: String) -> Error {
    Error::InvalidInput { field: field.into(), problem: InputProblem::WrongValue { detail } }
}

/// An argument that is not in the form `what` says.
fn expected(field: &str, value: &str, what: Text) -> Error {
    Error::invalid(field, InputProblem::Expected { what, value: iso9001::text::clamp(value) })
}

const DATE_TIME: Text = Text::new(
    "ngày giờ dạng YYYY-MM-DDTHH:MM (ví dụ 2026-03-20T08:00)",
    "a date-time as YYYY-MM-DDTHH:MM (e.g. 2026-03-20T08:00)",
);

/// The calendar from `--calendar FILE`, or the defaults.
pub fn calendar(config: Option<&Path>) -> Result<WorkCalendar, Error> {
    let config = match config {
        Some(p) => {
            // Size checked before reading, like every file the CLI reads.
            let limit = InputLimits::default().max_bytes;
            let text = crate::check::read_json(p, limit, Lang::En)
                .map_err(|b| invalid("--calendar", b.0.message))?;
            from_json::<CalendarConfig>(&text, InputLimits::default())?
        }
        None => CalendarConfig::default(),
    };
    WorkCalendar::new(config)
}

/// Said of an answer resting on a year without a decision on its holidays.
const PROVISIONAL: iso9001::Text = iso9001::Text::new(
    " (dự kiến, chưa có quyết định về lịch nghỉ)",
    " (provisional: no decision on the holidays yet)",
);

const WEEKDAYS_VI: [&str; 7] =
    ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];
const WEEKDAYS_EN: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn weekday(d: NaiveDate, lang: Lang) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    lang.pick(WEEKDAYS_VI[i], WEEKDAYS_EN[i])
}

use iso9001::text::show_date as show;

/// `dd/mm/yyyy HH:MM`.
fn show_at(t: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!("{} {:02}:{:02}", show(t.date()), t.hour(), t.minute())
}

pub fn year(cal: &WorkCalendar, year: i32, lang: Lang, json: bool) -> Result<String, Error> {
    let (answer, text) = ask(cal, CalendarQuery::Year(YearArg { year }), lang)?;
    let CalendarAnswer::Year { days, provisional, .. } = answer else {
        unreachable!("a year query")
    };
    if json {
        return Ok(text + "\n");
    }
    let mut s = format!(
        "{} {year}{}\n",
        lang.pick("Ngày nghỉ lễ, nghỉ bù và làm bù năm", "Holidays, days off and worked days of"),
        if provisional { PROVISIONAL.get(lang) } else { "" }
    );
    for d in &days {
        let mark =
            if d.working { lang.pick("làm việc", "worked") } else { lang.pick("nghỉ", "off") };
        let _ = writeln!(
            s,
            "  {:<9} {}  {:<8} {}",
            weekday(d.date, lang),
            show(d.date),
            mark,
            d.reason.as_deref().unwrap_or("")
        );
    }
    Ok(s)
}

pub fn due(
    cal: &WorkCalendar, received: &str, limit: &str, lang: Lang, json: bool,
) -> Result<String, Error> {
    let received =
        parse_datetime(received).ok_or_else(|| expected("--received", received, DATE_TIME))?;
    let limit = Duration::parse_short(limit).ok_or_else(|| {
        let what = Text::new(
            "thời hạn hợp lệ (ví dụ 5d = 5 ngày làm việc, 4h = 4 giờ làm việc, 30cd = 30 ngày theo lịch)",
            "a limit such as 5d (working days), 4h (working hours), 30cd (calendar days)",
        );
        expected("--limit", limit, what)
    })?;
    let (answer, text) = ask(cal, CalendarQuery::Due(DueArg { received, limit }), lang)?;
    let CalendarAnswer::Due { appointment: a } = answer else { unreachable!("a due query") };
    if json {
        return Ok(text + "\n");
    }
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}: {} {}",
        lang.pick("Tiếp nhận", "Received"),
        weekday(received.date(), lang),
        show_at(received)
    );
    if let Some(note) = &a.note {
        let _ = writeln!(s, "  ({note})");
    }
    // Hours run from the first office minute after receipt (07:30 on the
    // next working day for a dossier received on a day off): that instant,
    // not the day of receipt.
    let from = if a.limit.unit == DurationUnit::WorkingHours {
        let start = cal.clock_start(received)?;
        format!("{} {} {}", &show_at(start)[11..], weekday(start.date(), lang), show(start.date()))
    } else {
        format!("{} {}", weekday(a.counted_from, lang), show(a.counted_from))
    };
    let _ = writeln!(s, "{}: {from}", lang.pick("Tính từ", "Counted from"));
    let _ = writeln!(
        s,
        "{}: {} {} {}{}",
        lang.pick("Ngày hẹn trả kết quả", "Appointment"),
        weekday(a.due_date, lang),
        show(a.due_date),
        &show_at(a.due_at)[11..],
        if a.provisional { PROVISIONAL.get(lang) } else { "" }
    );
    Ok(s)
}

pub fn lunar(cal: &WorkCalendar, date: &str, lang: Lang, json: bool) -> Result<String, Error> {
    let d: NaiveDate = date.trim().parse().map_err(|_| {
        expected("date", date, Text::new("một ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD"))
    })?;
    let (answer, text) = ask(cal, CalendarQuery::ToLunar(DateArg { date: d }), lang)?;
    let CalendarAnswer::ToLunar { lunar: l } = answer else { unreachable!("a lunar query") };
    if json {
        return Ok(text + "\n");
    }
    // The leap mark belongs to the month: "6/6 nhuận/2025 (âm lịch)";
    // "6/6/2025 (lunar, leap month)".
    let (day, month, year) = (l.day, l.month, l.year);
    let lunar = match (lang, l.leap) {
        (Lang::Vi, true) => format!("{day}/{month} nhuận/{year} (âm lịch)"),
        (Lang::Vi, false) => format!("{day}/{month}/{year} (âm lịch)"),
        (Lang::En, true) => format!("{day}/{month}/{year} (lunar, leap month)"),
        (Lang::En, false) => format!("{day}/{month}/{year} (lunar)"),
    };
    Ok(format!("{} {}: {lunar}\n", weekday(d, lang), show(d)))
}

/// `iso9001 query FILE`: one question or an array of them, answered as
/// the C and wasm calls answer them (JSON).
pub fn query(cal: &WorkCalendar, file: &Path, lang: Lang) -> Result<String, BadInput> {
    let text = crate::check::read_json(file, InputLimits::default().max_bytes, lang)?;
    let answer = if text.trim_start().starts_with('[') {
        iso9001::ops::calendar_batch(cal, &text, lang)
    } else {
        iso9001::ops::calendar_query(cal, &text, lang)
    };
    answer.map(|a| a + "\n").map_err(|e| crate::check::bad(file, &e, lang))
}

pub fn dossiers(
    cal: &WorkCalendar, file: &Path, as_of: Option<&str>, slip: bool, lang: Lang, json: bool,
) -> Result<String, BadInput> {
    let mut batch: DossierBatch = read_input(file, lang)?;
    if let Some(a) = as_of {
        batch.as_of = parse_datetime(a)
            .ok_or_else(|| BadInput::from_error(&expected("--as-of", a, DATE_TIME), lang))?;
    }
    batch.within_limits().map_err(|e| BadInput::from_error(&e, lang))?;
    let report = cal.track_batch(&batch);
    Ok(if json {
        to_json_in(&report, lang).map_err(|e| BadInput::from_error(&e, lang))? + "\n"
    } else if slip {
        slips(&report, lang)
    } else {
        render(&report, lang)
    })
}

/// The Phiếu kiểm soát quá trình giải quyết hồ sơ of every dossier (Mẫu 06,
/// Thông tư 03/2025/TT-VPCP): each hand-over with its time, giver,
/// receiver and result.
fn slips(r: &DossierReport, lang: Lang) -> String {
    let mut s = String::new();
    for d in &r.dossiers {
        let _ = writeln!(
            s,
            "{} {} ({})",
            lang.pick("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "PROCESS CONTROL SLIP"),
            d.id,
            d.procedure.as_deref().unwrap_or("")
        );
        let _ = writeln!(
            s,
            "  {:<4} | {:<16} | {:<34} | {:<34} | {}",
            lang.pick("Bước", "Step"),
            lang.pick("Giao, nhận lúc", "Handed over"),
            lang.pick("Người giao", "Given by"),
            lang.pick("Người nhận", "Received by"),
            lang.pick("Kết quả", "Result")
        );
        for st in &d.steps {
            let receiver = [st.officer.as_deref(), st.unit.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" – ");
            let giver = st
                .handed_by
                .clone()
                .unwrap_or_else(|| lang.pick("(bộ phận tiếp nhận)", "(reception)").to_owned());
            let _ = writeln!(
                s,
                "  {:<4} | {:<16} | {:<34} | {:<34} | {}",
                st.step,
                show_at(st.started_at),
                giver,
                receiver,
                st.status.label(lang)
            );
        }
        s.push('\n');
    }
    s
}

/// A rate or a number of days for people: two decimals at most, a decimal
/// comma in Vietnamese.
fn rate_or_days(x: Option<f64>, lang: Lang) -> String {
    match (x, lang) {
        (None, _) => "—".to_owned(),
        (Some(x), Lang::Vi) => iso9001::text::Decimal(x).to_string(),
        (Some(x), Lang::En) => format!("{:#}", iso9001::text::Decimal(x)),
    }
}

fn render(r: &DossierReport, lang: Lang) -> String {
    let mut s = String::new();
    for d in &r.dossiers {
        let due = d.due_at.map(show_at).unwrap_or_default();
        let _ = write!(
            s,
            "{:<20} {:<10} {:<22} {} {due}",
            d.id,
            d.procedure.as_deref().unwrap_or(""),
            d.status.label(lang),
            lang.pick("hạn", "due")
        );
        if d.late_minutes > 0 {
            let days = rate_or_days(Some(d.late_working_days), lang);
            let _ = write!(
                s,
                ", {} {days} {}",
                lang.pick("quá hạn", "late by"),
                lang.pick("ngày làm việc", "working days")
            );
        }
        if let Some(step) = d.delayed_by {
            let _ = write!(s, ", {} {step}", lang.pick("chậm ở bước", "delayed at step"));
        }
        if let Some(e) = &d.error {
            let _ = write!(s, ": {}", e.message(lang));
        }
        s.push('\n');
    }
    // The categories of the reporting forms: resolved early / on time /
    // late; being resolved within / past the limit. The rate's base is said.
    let t = &r.overall;
    let rate = |x: Option<f64>| rate_or_days(x, lang) + if x.is_some() { "%" } else { "" };
    let _ = writeln!(
        s,
        "{}: {} {}; {}: {} {}, {} {}, {} {}; {}: {} {}, {} {}",
        lang.pick("Tổng", "Total"),
        t.total,
        lang.pick("hồ sơ", "dossier(s)"),
        lang.pick("đã giải quyết", "resolved"),
        t.early,
        lang.pick("trước hạn", "early"),
        t.on_time,
        lang.pick("đúng hạn", "on time"),
        t.late,
        lang.pick("quá hạn", "late"),
        lang.pick("đang giải quyết", "being resolved"),
        t.in_progress,
        lang.pick("trong hạn", "within the limit"),
        t.overdue,
        lang.pick("quá hạn", "past the limit"),
    );
    let base = lang.pick(
        "Tỷ lệ giải quyết đúng hạn (trên hồ sơ đã giải quyết)",
        "On-time rate (of resolved dossiers)",
    );
    let _ = writeln!(s, "{base}: {}", rate(t.on_time_rate));
    for p in &r.by_procedure {
        let _ = writeln!(
            s,
            "  {}: {} {}, {}",
            p.name,
            p.tally.total,
            lang.pick("hồ sơ", "dossier(s)"),
            rate(p.tally.on_time_rate)
        );
    }
    s
}
