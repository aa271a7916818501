//! `iso9001 check`: validate procedure documents and registers from files.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use iso9001::documents::{Checker, ProcedureDocument, Register, Report};
use iso9001::interchange::{from_json, to_json};
use iso9001::rules::Localize;
use iso9001::{ops, Error, Lang};

/// A failure of the command itself (bad input): exit status 2.
pub struct BadInput(pub String);

fn bad(path: &Path, e: &Error, lang: Lang) -> BadInput {
    BadInput(format!("{}: {}", path.display(), e.message(lang)))
}

/// Expands directories into the `.json` files they hold (sorted, so the
/// order is the same on every machine).
fn collect(inputs: &[PathBuf], lang: Lang) -> Result<Vec<PathBuf>, BadInput> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| BadInput(format!("{}: {e}", input.display())))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            let what = lang.pick("không tìm thấy tệp hoặc thư mục", "no such file or directory");
            return Err(BadInput(format!("{}: {what}", input.display())));
        }
    }
    if files.is_empty() {
        return Err(BadInput(
            lang.pick("không có tệp JSON nào để kiểm tra", "no JSON file to check").into(),
        ));
    }
    Ok(files)
}

/// Builds the checker from `--policy` and decides the date of the check.
///
/// The CLI is the one place that may read the clock: the date is
/// `--as-of`, else the policy's `asOf`, else "today" (UTC+7). The library
/// itself never reads it; its checker holds no date.
fn checker(
    policy: Option<&Path>, as_of: Option<&str>, lang: Lang,
) -> Result<(Checker, NaiveDate), BadInput> {
    let checker = match policy {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .map_err(|e| BadInput(format!("{}: {e}", p.display())))?;
            ops::checker(Some(&text)).map_err(|e| bad(p, &e, lang))?
        }
        None => ops::checker(None).map_err(|e| bad(Path::new("policy"), &e, lang))?,
    };
    let date = match as_of {
        Some(d) => ops::as_of(d).map_err(|e| BadInput(format!("--as-of: {}", e.message(lang))))?,
        None => match checker.policy().as_of {
            Some(d) => d,
            None => today(),
        },
    };
    Ok((checker, date))
}

/// Today's date in Vietnam (UTC+7), from the system clock.
fn today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        + 7 * 3600;
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    chrono::DateTime::from_timestamp(days * 86_400, 0).map(|t| t.date_naive()).unwrap_or_default()
}

/// One input file, parsed.
enum Input {
    Document(Box<ProcedureDocument>),
    Register(Register),
}

fn read(path: &Path, checker: &Checker, lang: Lang) -> Result<Input, BadInput> {
    let text =
        std::fs::read_to_string(path).map_err(|e| BadInput(format!("{}: {e}", path.display())))?;
    let limits = checker.policy().limits.input();
    // A register is an object with a "documents" array.
    let is_register = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .is_some_and(|v| v.get("documents").is_some_and(serde_json::Value::is_array));
    if is_register {
        from_json::<Register>(&text, limits).map(Input::Register).map_err(|e| bad(path, &e, lang))
    } else {
        from_json::<ProcedureDocument>(&text, limits)
            .map(|d| Input::Document(Box::new(d)))
            .map_err(|e| bad(path, &e, lang))
    }
}

/// Draws `[████░░░░] 3/8` on stderr (a terminal), in place.
fn progress_bar(done: usize, total: usize, lang: Lang) {
    const WIDTH: usize = 30;
    let filled = done * WIDTH / total.max(1);
    let bar = format!("{}{}", "█".repeat(filled), "░".repeat(WIDTH - filled));
    let label = lang.pick("Đang đọc", "Reading");
    let _ = write!(std::io::stderr(), "\r{label} [{bar}] {done}/{total} ");
}

/// What the command prints, and whether errors were found.
pub struct Outcome {
    pub text: String,
    pub errors_found: bool,
}

pub fn run(
    inputs: &[PathBuf], policy: Option<&Path>, as_of: Option<&str>, lang: Lang, json: bool,
) -> Result<Outcome, BadInput> {
    let (checker, as_of) = checker(policy, as_of, lang)?;
    let files = collect(inputs, lang)?;
    let progress = files.len() > 1 && std::io::stderr().is_terminal();
    // Every document with the file it came from.
    let mut documents: Vec<(usize, ProcedureDocument)> = Vec::new();
    let mut any_register = false;
    for (n, path) in files.iter().enumerate() {
        if progress {
            progress_bar(n + 1, files.len(), lang);
        }
        match read(path, &checker, lang)? {
            Input::Document(d) => documents.push((n, *d)),
            Input::Register(r) => {
                any_register = true;
                documents.extend(r.documents.into_iter().map(|d| (n, d)));
            }
        }
    }
    if progress {
        let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(60));
    }
    let single_document = files.len() == 1 && !any_register;
    let origin: Vec<usize> = documents.iter().map(|(n, _)| *n).collect();
    let report = if single_document {
        checker.check_document(&documents[0].1, as_of)
    } else {
        let register =
            Register { agency: None, documents: documents.into_iter().map(|(_, d)| d).collect() };
        let report = checker.check_register(&register, as_of);
        if !json {
            return Ok(Outcome {
                errors_found: !report.passed(),
                text: render(&report, &register.documents, &origin, &files, lang),
            });
        }
        report
    };
    let errors_found = !report.passed();
    let text = if json {
        let view = report.localized(lang);
        let mut s = if files.len() == 1 {
            to_json(&view)
        } else {
            let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
            to_json(&serde_json::json!({ "files": paths, "documentFiles": origin, "report": view }))
        }
        .unwrap_or_default();
        s.push('\n');
        s
    } else {
        render_single(&report, &files[0], lang)
    };
    Ok(Outcome { text, errors_found })
}

fn finding_lines(s: &mut String, report: &Report, prefix: &str, lang: Lang) {
    for f in report.findings.iter().filter(|f| {
        f.pointer.starts_with(prefix)
            && (prefix.is_empty() || f.pointer[prefix.len()..].starts_with('/'))
    }) {
        let pointer = &f.pointer[prefix.len()..];
        let (rule, message) = (f.rule_id(), f.message(lang));
        let _ = writeln!(s, "  {:<9} {rule}  {pointer}  {message}", f.severity.label(lang));
    }
}

fn summary_line(report: &Report, lang: Lang) -> String {
    let (t, s) = (report.totals(), &report.stats);
    let verdict = if report.passed() {
        lang.pick("ĐẠT", "PASSED")
    } else {
        lang.pick("KHÔNG ĐẠT", "FAILED")
    };
    match lang {
        Lang::Vi => format!("Tổng: {} tài liệu, {} lỗi, {} cảnh báo, {} thông tin; {} quá hạn rà soát, {} căn cứ đã bị thay thế: {verdict}\n", s.documents, t.errors, t.warnings, t.infos, s.overdue_reviews, s.stale_legal_bases),
        Lang::En => format!("Total: {} document(s), {} error(s), {} warning(s), {} info; {} overdue review(s), {} replaced legal basis reference(s): {verdict}\n", s.documents, t.errors, t.warnings, t.infos, s.overdue_reviews, s.stale_legal_bases),
    }
}

fn render_single(report: &Report, file: &Path, lang: Lang) -> String {
    let mut s = format!("{}\n", file.display());
    if report.findings.is_empty() {
        let _ = writeln!(s, "  {}", lang.pick("không có phát hiện nào", "no findings"));
    }
    finding_lines(&mut s, report, "", lang);
    s.push_str(&summary_line(report, lang));
    s
}

fn render(
    report: &Report, docs: &[ProcedureDocument], origin: &[usize], files: &[PathBuf], lang: Lang,
) -> String {
    let mut s = String::new();
    for (i, d) in docs.iter().enumerate() {
        let prefix = format!("/documents/{i}");
        let _ = writeln!(
            s,
            "{} {} {} — {} ({})",
            d.code.trim(),
            lang.pick("lần", "issue"),
            d.issue,
            d.title.trim(),
            files[origin[i]].display()
        );
        let before = s.len();
        finding_lines(&mut s, report, &prefix, lang);
        if s.len() == before {
            let _ = writeln!(s, "  {}", lang.pick("không có phát hiện nào", "no findings"));
        }
    }
    s.push_str(&summary_line(report, lang));
    s
}
