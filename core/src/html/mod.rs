//! Reports for people: one self-contained HTML page (inline CSS and SVG,
//! no script, prints on A4) from the JSON answer of a check, an audit, an
//! agency check or a dossier batch. It reads the answer as every surface
//! returns it, so C, wasm and the CLI render the same page from the same
//! answer; the answer's messages are already in the caller's language, the
//! page's own words follow `lang`. Numbers and dates are written the
//! Vietnamese way in Vietnamese (66,67%; 27/02/2026).

use serde_json::Value;

use crate::interchange::{from_json, InputLimits};
use crate::text::Lang;
use crate::{Error, InputProblem, Result};

mod answer;
mod chart;
mod dossiers;
mod page;

use answer::{list, num_of, str_of};
use chart::chart;
use page::{esc, Page};

/// Which answer is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ReportKind {
    /// A document or register check (`Report`).
    Documents,
    /// An audit (`AuditReport`).
    Audit,
    /// An agency check (`QmsReport`).
    Qms,
    /// A dossier batch (`DossierReport`).
    Dossiers,
}

crate::error::serde_name_display!(ReportKind);

/// Renders the JSON `answer` of a `kind` call as an HTML page in `lang`.
///
/// ```
/// use iso9001::html::{render, ReportKind};
/// use iso9001::Lang;
/// let answer = r#"{"passed":true,"summary":{"documents":1,"errors":0,"warnings":0,"infos":0},"findings":[]}"#;
/// let page = render(ReportKind::Documents, answer, Lang::Vi).unwrap();
/// assert!(page.starts_with("<!DOCTYPE html>") && page.contains("Không có phát hiện nào"));
/// ```
pub fn render(kind: ReportKind, answer: &str, lang: Lang) -> Result<String> {
    let v: Value = from_json(answer, InputLimits::default())?;
    if !v.is_object() {
        let what = crate::Text::new("câu trả lời JSON của thư viện", "the library's JSON answer");
        return Err(Error::invalid("", InputProblem::Expected { what, value: "…".into() }));
    }
    let mut p = Page::new(lang);
    match kind {
        ReportKind::Documents => documents(&mut p, &v),
        ReportKind::Audit => audit(&mut p, &v),
        ReportKind::Qms => qms(&mut p, &v),
        ReportKind::Dossiers => dossiers::dossiers(&mut p, &v),
    }
    Ok(p.finish())
}

/// Findings as a table, with the severity as a coloured mark.
fn findings_table(p: &mut Page, findings: &[Value], with_document: bool) {
    if findings.is_empty() {
        p.para(p.t("Không có phát hiện nào.", "No findings."));
        return;
    }
    let mut head = vec![p.t("Mức độ", "Severity"), p.t("Quy tắc", "Rule")];
    if with_document {
        head.push(p.t("Tài liệu", "Document"));
    }
    head.extend([p.t("Vị trí", "Where"), p.t("Nội dung", "Finding")]);
    p.table_start(&head);
    for f in findings {
        let severity = str_of(f, "severity");
        let label = match severity {
            "error" => p.t("lỗi", "error"),
            "warning" => p.t("cảnh báo", "warning"),
            _ => p.t("thông tin", "info"),
        };
        let mut cells = vec![
            format!("<span class=\"sev {}\">{}</span>", esc(severity), esc(label)),
            format!("<span class=\"rule\">{}</span>", esc(str_of(f, "rule"))),
        ];
        if with_document {
            let d = f.get("document");
            cells.push(match d {
                Some(d) if d.is_object() => {
                    format!(
                        "{} ({} {})",
                        esc(str_of(d, "code")),
                        esc(p.t("lần", "issue")),
                        num_of(d, "issue")
                    )
                }
                _ => String::new(),
            });
        }
        // Inside a register, where in the document (its entry is the
        // group's heading).
        let pointer = str_of(f, "pointer");
        let inner = in_register(pointer).map_or(pointer, |(_, inner)| inner);
        let place = crate::documents::location(inner, p.lang);
        cells.push(esc(&place));
        cells.push(esc(str_of(f, "message")));
        p.row(&cells);
    }
    p.table_end();
}

/// The document index of a register pointer (`/documents/5/code` → 5)
/// and the pointer inside that document (`/code`).
fn in_register(pointer: &str) -> Option<(usize, &str)> {
    let rest = pointer.strip_prefix("/documents/")?;
    let end = rest.find('/').unwrap_or(rest.len());
    Some((rest[..end].parse().ok()?, &rest[end..]))
}

fn documents(p: &mut Page, answer: &Value) {
    p.title(p.t("Báo cáo kiểm soát tài liệu", "Document control report"));
    // The CLI's answer for several files wraps the report with the files
    // and the file each register document came from.
    let v = answer.get("report").filter(|r| r.is_object()).unwrap_or(answer);
    let files: Vec<&str> = list(answer, "files").iter().filter_map(Value::as_str).collect();
    let origin: Vec<usize> = list(answer, "documentFiles")
        .iter()
        .filter_map(|x| x.as_u64().and_then(|n| usize::try_from(n).ok()))
        .collect();
    let file_of = |f: &Value| -> Option<&str> {
        let (i, _) = in_register(str_of(f, "pointer"))?;
        files.get(*origin.get(i)?).copied()
    };
    let s = v.get("summary").cloned().unwrap_or(Value::Null);
    let passed = v.get("passed").and_then(Value::as_bool).unwrap_or(false);
    p.verdict(
        passed,
        p.t("Đạt: không có lỗi", "Passed: no errors"),
        p.t("Chưa đạt: còn lỗi cần sửa", "Not passed: errors to fix"),
    );
    p.facts(&[
        (p.t("Số tài liệu", "Documents"), p.int(num_of(&s, "documents"))),
        (p.t("Lỗi", "Errors"), p.int(num_of(&s, "errors"))),
        (p.t("Cảnh báo", "Warnings"), p.int(num_of(&s, "warnings"))),
        (p.t("Thông tin", "Notes"), p.int(num_of(&s, "infos"))),
    ]);
    let findings = list(v, "findings");
    if !findings.is_empty() {
        // Findings by rule, most frequent first.
        let mut by_rule: Vec<(String, f64)> = Vec::new();
        for f in findings {
            let r = str_of(f, "rule");
            match by_rule.iter_mut().find(|(k, _)| k == r) {
                Some((_, n)) => *n += 1.0,
                None => by_rule.push((r.to_owned(), 1.0)),
            }
        }
        by_rule.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        p.heading(p.t("Phát hiện theo quy tắc", "Findings by rule"));
        chart(p, "by-rule", &by_rule, None);
    }
    // Grouped by document (code and issue), in the order met.
    let mut groups: Vec<(String, Vec<Value>)> = Vec::new();
    for f in findings {
        let mut key = match f.get("document") {
            Some(d) if d.is_object() => format!(
                "{} – {} {}",
                str_of(d, "code"),
                p.t("lần ban hành", "issue"),
                num_of(d, "issue")
            ),
            _ => p.t("Tài liệu", "The document").to_owned(),
        };
        if let Some(file) = file_of(f) {
            key.push_str(&format!(" ({file})"));
        }
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, l)) => l.push(f.clone()),
            None => groups.push((key, vec![f.clone()])),
        }
    }
    if groups.is_empty() {
        p.para(p.t("Không có phát hiện nào.", "No findings."));
    }
    for (key, fs) in &groups {
        p.heading(key);
        findings_table(p, fs, false);
    }
}

fn grade_label(p: &Page, grade: &str) -> &'static str {
    match grade {
        "excellent" => p.t("xuất sắc", "excellent"),
        "good" => p.t("tốt", "good"),
        "fair" => p.t("khá", "fair"),
        "average" => p.t("trung bình", "average"),
        "weak" => p.t("yếu", "weak"),
        _ => "—",
    }
}

fn audit(p: &mut Page, v: &Value) {
    p.title(p.t("Báo cáo đánh giá nội bộ", "Internal audit report"));
    if let Some(score) = v.get("score").filter(|s| s.is_object()) {
        let model = str_of(score, "model");
        let maturity = model == "maturity";
        let headline = score.get("score").and_then(Value::as_f64);
        let out_of = if maturity { "/5" } else { "/100" };
        let shown = headline
            .map_or_else(|| p.t("không có điểm", "no score").to_owned(), |x| p.dec(x) + out_of);
        let grade = grade_label(p, str_of(score, "grade"));
        p.facts(&[
            (p.t("Điểm", "Score"), shown),
            (p.t("Xếp loại", "Grade"), grade.to_owned()),
            (
                p.t("Mô hình", "Model"),
                model
                    .parse::<crate::audit::Model>()
                    .map_or_else(|_| model.to_owned(), |m| m.label().get(p.lang).to_owned()),
            ),
        ]);
        let r = score.get("readiness").cloned().unwrap_or(Value::Null);
        let ready = r.get("ready").and_then(Value::as_bool).unwrap_or(false);
        p.verdict(
            ready,
            p.t("Đủ điều kiện công bố", "Ready to announce conformity"),
            p.t("Chưa đủ điều kiện công bố", "Not ready to announce conformity"),
        );
        let reasons: Vec<String> =
            list(&r, "reasons").iter().filter_map(Value::as_str).map(str::to_owned).collect();
        p.bullets(&reasons);
        let max = if maturity { 5.0 } else { 100.0 };
        let bars = |key: &str| -> Vec<(String, f64)> {
            list(score, key)
                .iter()
                .filter_map(|g| {
                    g.get("score").and_then(Value::as_f64).map(|s| (str_of(g, "key").to_owned(), s))
                })
                .collect()
        };
        let groups = bars("groups");
        if !groups.is_empty() {
            let title = if maturity {
                p.t("Mức trưởng thành theo điều khoản (1–5)", "Maturity by clause (1–5)")
            } else {
                p.t("Điểm theo điều khoản", "Score by clause")
            };
            p.heading(title);
            chart(p, "by-clause", &groups, Some(max));
        }
        let units = bars("byUnit");
        if !units.is_empty() {
            p.heading(p.t("Tỷ lệ phù hợp theo đơn vị", "Conformity by unit"));
            chart(p, "by-unit", &units, Some(100.0));
        }
        let what_if = list(score, "whatIf");
        if !what_if.is_empty() {
            p.heading(p.t(
                "Sự không phù hợp còn mở, theo mức điểm tăng khi khắc phục",
                "Open nonconformities, by what closing them would gain",
            ));
            p.table_start(&[
                p.t("Phát hiện", "Finding"),
                p.t("Mục kiểm tra", "Item"),
                p.t("Mức", "Grade"),
                p.t("Điểm sau khắc phục", "Score after"),
                p.t("Tăng", "Gain"),
            ]);
            for w in what_if {
                let grade = match str_of(w, "grade") {
                    "major" => p.t("nặng", "major"),
                    "minor" => p.t("nhẹ", "minor"),
                    other => other,
                };
                let after = w
                    .get("scoreAfter")
                    .and_then(Value::as_f64)
                    .map_or("—".to_owned(), |x| p.dec(x));
                let cells = [
                    esc(str_of(w, "finding")),
                    esc(str_of(w, "item")),
                    esc(grade),
                    after,
                    format!("+{}", p.dec(num_of(w, "gain"))),
                ];
                p.row(&cells);
            }
            p.table_end();
        }
    }
    for (key, title) in [
        ("programme", p.t("Chương trình đánh giá", "Audit programme")),
        (
            "nonconformities",
            p.t(
                "Sự không phù hợp và hành động khắc phục",
                "Nonconformities and corrective actions",
            ),
        ),
    ] {
        if let Some(part) = v.get(key).filter(|x| x.is_object()) {
            p.heading(title);
            findings_table(p, list(part, "findings"), false);
        }
    }
}

fn qms(p: &mut Page, v: &Value) {
    p.title(p.t("Kiểm tra hệ thống quản lý chất lượng", "Quality management system inspection"));
    let grade = grade_label(p, str_of(v, "grade"));
    let w = v.get("weights").cloned().unwrap_or(Value::Null);
    p.facts(&[
        (p.t("Điểm", "Score"), p.dec(num_of(v, "score")) + "/100"),
        (p.t("Xếp loại", "Grade"), grade.to_owned()),
        (
            p.t("Cách tính", "Computed as"),
            format!(
                "100 × (1 − {}/{})",
                p.int(num_of(&w, "failed")),
                p.int(num_of(&w, "applicable"))
            ),
        ),
    ]);
    let passed = v.get("passed").and_then(Value::as_bool).unwrap_or(false);
    p.verdict(
        passed,
        p.t("Không có lỗi", "No errors"),
        p.t("Còn lỗi cần khắc phục", "Errors to correct"),
    );
    findings_table(p, list(v, "findings"), false);
    if let Some(t) = v.get("transition").filter(|t| t.is_object()) {
        let uncovered: Vec<String> =
            list(t, "uncovered").iter().filter_map(Value::as_str).map(str::to_owned).collect();
        if !uncovered.is_empty() {
            p.heading(p.t(
                "Điều khoản chưa có nội dung tương ứng",
                "Clauses with no corresponding content",
            ));
            p.para(&uncovered.join(", "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_pointers_split_into_document_and_place() {
        assert_eq!(
            in_register("/documents/5/signatures/approved/date"),
            Some((5, "/signatures/approved/date"))
        );
        assert_eq!(in_register("/documents/12"), Some((12, "")));
        assert_eq!(in_register("/steps/1"), None);
    }

    #[test]
    fn a_page_escapes_what_the_answer_says() {
        let answer = r#"{"passed":false,"summary":{"documents":1,"errors":1},"findings":[{"rule":"DOC-002","severity":"error","message":"Mã <script>alert(1)</script>","pointer":"/code","document":{"code":"QT<1>","issue":1}}]}"#;
        let page = render(ReportKind::Documents, answer, Lang::Vi).unwrap();
        assert!(!page.contains("<script>") && page.contains("&lt;script&gt;"));
        assert!(page.contains("Mã số"), "the place is told in words");
        assert!(render(ReportKind::Audit, "[1]", Lang::Vi).is_err());
    }
}
