//! The dossier batch: on-time rates overall, per procedure and per unit,
//! and the late dossiers with the step that caused the delay.

use serde_json::Value;

use super::answer::{list, num_of, str_of};
use super::chart::chart;
use super::page::{esc, Page};

/// The dossier batch's page body.
pub(super) fn dossiers(p: &mut Page, v: &Value) {
    p.title(p.t("Tình hình giải quyết hồ sơ", "Dossier processing"));
    let o = v.get("overall").cloned().unwrap_or(Value::Null);
    let resolved = num_of(&o, "early") + num_of(&o, "onTime") + num_of(&o, "late");
    let rate = o.get("onTimeRate").and_then(Value::as_f64);
    p.facts(&[
        (p.t("Tổng số hồ sơ", "Dossiers"), p.int(num_of(&o, "total"))),
        (
            p.t(
                "Đã giải quyết: trước hạn / đúng hạn / quá hạn",
                "Resolved: early / on time / late",
            ),
            format!(
                "{} / {} / {}",
                p.int(num_of(&o, "early")),
                p.int(num_of(&o, "onTime")),
                p.int(num_of(&o, "late"))
            ),
        ),
        (
            p.t("Đang giải quyết: trong hạn / quá hạn", "In progress: within time / overdue"),
            format!("{} / {}", p.int(num_of(&o, "inProgress")), p.int(num_of(&o, "overdue"))),
        ),
        (
            p.t("Tỷ lệ đúng hạn", "On-time rate"),
            match rate {
                Some(r) => format!("{} ({} {})", p.pct(r), p.t("trên", "of"), p.int(resolved)),
                None => "—".to_owned(),
            },
        ),
    ]);
    let rates = |key: &str| -> Vec<(String, f64)> {
        list(v, key)
            .iter()
            .filter_map(|g| {
                g.get("onTimeRate")
                    .and_then(Value::as_f64)
                    .map(|r| (str_of(g, "name").to_owned(), r))
            })
            .collect()
    };
    for (key, id, title) in [
        (
            "byProcedure",
            "by-procedure",
            p.t("Tỷ lệ đúng hạn theo quy trình", "On-time rate by procedure"),
        ),
        ("byUnit", "by-unit", p.t("Tỷ lệ đúng hạn theo đơn vị", "On-time rate by unit")),
    ] {
        let bars = rates(key);
        if !bars.is_empty() {
            p.heading(title);
            chart(p, id, &bars, Some(100.0));
        }
    }
    let late: Vec<&Value> = list(v, "dossiers")
        .iter()
        .filter(|d| matches!(str_of(d, "status"), "late" | "overdue"))
        .collect();
    p.heading(p.t("Hồ sơ quá hạn", "Late and overdue dossiers"));
    if late.is_empty() {
        p.para(p.t("Không có hồ sơ quá hạn.", "No late or overdue dossier."));
        return;
    }
    p.table_start(&[
        p.t("Mã hồ sơ", "Dossier"),
        p.t("Quy trình", "Procedure"),
        p.t("Tình trạng", "Status"),
        p.t("Hạn trả", "Due"),
        p.t("Quá hạn (ngày làm việc)", "Late (working days)"),
    ]);
    for d in late {
        let status = match str_of(d, "status") {
            "late" => p.t("đã giải quyết - quá hạn", "resolved late"),
            _ => p.t("đang giải quyết - quá hạn", "overdue"),
        };
        let cells = [
            esc(str_of(d, "id")),
            esc(str_of(d, "procedure")),
            esc(status),
            esc(&p.datetime(str_of(d, "dueAt"))),
            p.dec(num_of(d, "lateWorkingDays")),
        ];
        p.row(&cells);
    }
    p.table_end();
}
