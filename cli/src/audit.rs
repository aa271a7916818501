//! `iso9001 audit` and `iso9001 qms`: audits, scores and the inspector's
//! view from the command line.

use std::fmt::Write as _;
use std::path::Path;

use iso9001::audit::{
    check_qms, AuditRequest, CheckReport, GroupBy, Model, QmsRequest, ScoreReport,
};
use iso9001::interchange::to_json_in;
use iso9001::text::Decimal;
use iso9001::Lang;

use crate::check::{bad, read_input, BadInput};

/// Parses `--model`.
pub fn parse_model(s: &str) -> Result<Model, String> {
    s.parse().map_err(|_| "expected xccdfDefault, xccdfFlat, xccdfFlatUnweighted, xccdfAbsolute, conformity or maturity".to_owned())
}

/// Parses `--group-by`.
pub fn parse_group_by(s: &str) -> Result<GroupBy, String> {
    s.parse().map_err(|_| "expected clause or unit".to_owned())
}

/// Runs an audit request; `model` and `group_by` override its options.
pub fn audit(
    file: &Path, model: Option<Model>, group_by: Option<GroupBy>, lang: Lang, json: bool,
) -> Result<(String, bool), BadInput> {
    let mut req: AuditRequest = read_input(file, lang)?;
    if let Some(m) = model {
        req.options.model = m;
    }
    if let Some(g) = group_by {
        req.options.group_by = g;
    }
    let report = req.run().map_err(|e| bad(file, &e, lang))?;
    let failed = report.programme.as_ref().is_some_and(|r| !r.passed())
        || report.nonconformities.as_ref().is_some_and(|r| !r.passed());
    if json {
        let text = to_json_in(&report, lang).map_err(|e| BadInput::from_error(&e, lang))?;
        return Ok((text + "\n", failed));
    }
    let mut s = String::new();
    if let Some(p) = &report.programme {
        section(
            &mut s,
            lang.pick("Chương trình đánh giá nội bộ", "Internal audit programme"),
            p,
            lang,
        );
    }
    if let Some(sc) = &report.score {
        score(&mut s, sc, lang);
    }
    if let Some(n) = &report.nonconformities {
        section(
            &mut s,
            lang.pick(
                "Sự không phù hợp và hành động khắc phục",
                "Nonconformities and corrective actions",
            ),
            n,
            lang,
        );
    }
    Ok((s, failed))
}

fn section(s: &mut String, title: &str, r: &CheckReport, lang: Lang) {
    let _ = writeln!(s, "{title}");
    if r.findings.is_empty() {
        let _ = writeln!(s, "  {}", lang.pick("không có phát hiện nào", "no findings"));
    }
    for f in &r.findings {
        // A place a person reads (1-based, in words); JSON keeps the pointer.
        let _ = writeln!(
            s,
            "  {:<9} {:<8} {}: {}",
            f.severity.label(lang),
            f.rule_id(),
            iso9001::documents::location(&f.pointer, lang),
            f.message(lang)
        );
    }
}

/// A score for people: two decimals, a decimal comma in Vietnamese.
fn num(x: Option<f64>, lang: Lang) -> String {
    match (x, lang) {
        (None, _) => "—".to_owned(),
        (Some(x), Lang::Vi) => Decimal(x).to_string(),
        (Some(x), Lang::En) => format!("{:#}", Decimal(x)),
    }
}

fn score(s: &mut String, r: &ScoreReport, lang: Lang) {
    let model = r.model.label().get(lang);
    let scale = if r.model == Model::Maturity { "/5" } else { "/100" };
    let headline = format!("{}{}", num(r.score, lang), if r.score.is_some() { scale } else { "" });
    let grade = r
        .grade
        .map(|g| format!(" – {} {}", lang.pick("xếp loại", "grade"), g.label(lang)))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "{} ({} {model}): {headline}{grade}",
        lang.pick("Điểm", "Score"),
        lang.pick("mô hình", "model")
    );
    // Under an XCCDF headline, the per-clause lines are conformity figures.
    if r.model != Model::Conformity && r.model != Model::Maturity {
        let _ = writeln!(
            s,
            "  ({})",
            lang.pick(
                "các dòng dưới đây là tỷ lệ phù hợp theo điều khoản và đơn vị",
                "the lines below are conformity figures per clause and unit"
            )
        );
    }
    for t in &r.by_top_clause {
        let _ = writeln!(
            s,
            "  {} {}: {}",
            lang.pick("Điều khoản", "Clause"),
            t.key,
            num(t.score, lang)
        );
    }
    for u in &r.by_unit {
        let _ = writeln!(s, "  {} {}: {}", lang.pick("Đơn vị", "Unit"), u.key, num(u.score, lang));
    }
    if !r.what_if.is_empty() {
        let _ = writeln!(
            s,
            "{}:",
            lang.pick("Ưu tiên khắc phục (điểm tăng khi đóng)", "Priorities (gain when closed)")
        );
        for w in &r.what_if {
            let _ = writeln!(
                s,
                "  {:<8} +{}  → {}",
                w.finding,
                num(Some(w.gain), lang),
                num(w.score_after, lang)
            );
        }
    }
    let verdict = if r.readiness.ready {
        lang.pick("đủ điều kiện công bố", "ready to announce")
    } else {
        lang.pick("chưa đủ điều kiện công bố", "not ready to announce")
    };
    let _ = writeln!(s, "{}: {verdict}", lang.pick("Kết luận", "Verdict"));
    for reason in &r.readiness.reasons(lang) {
        let _ = writeln!(s, "  - {reason}");
    }
}

/// Runs the inspector's check.
pub fn qms(file: &Path, lang: Lang, json: bool) -> Result<(String, bool), BadInput> {
    let req: QmsRequest = read_input(file, lang)?;
    let report = check_qms(&req).map_err(|e| bad(file, &e, lang))?;
    let failed = !report.check.passed();
    if json {
        let text = to_json_in(&report, lang).map_err(|e| BadInput::from_error(&e, lang))?;
        return Ok((text + "\n", failed));
    }
    let mut s = String::new();
    let agency = req.summary.agency.as_deref().unwrap_or("");
    section(
        &mut s,
        &format!("{} {agency}", lang.pick("Kiểm tra HTQLCL", "QMS inspection")),
        &report.check,
        lang,
    );
    let _ = writeln!(
        s,
        "{}: {}/100 – {} {}",
        lang.pick("Điểm", "Score"),
        num(Some(report.score), lang),
        lang.pick("xếp loại", "grade"),
        report.grade.label(lang)
    );
    // The arithmetic, so the inspector can redo it.
    let w = report.weights;
    let _ = writeln!(
        s,
        "{}: 100 × (1 − {}/{})",
        lang.pick(
            "Cách tính (trọng số lỗi 2, cảnh báo 1)",
            "Computed as (errors weigh 2, warnings 1)"
        ),
        w.failed,
        w.applicable
    );
    if let Some(t) = report.transition.as_ref().filter(|t| !t.uncovered.is_empty()) {
        let what = lang.pick(
            "Điều khoản chưa có nội dung tương ứng trong TCVN ISO 9001",
            "Clauses with no corresponding content in ISO 9001",
        );
        let _ = writeln!(s, "{what}:{}: {}", t.to, t.uncovered.join(", "));
    }
    Ok((s, failed))
}
