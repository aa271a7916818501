//! `iso9001 check`: validate procedure documents and registers from files.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use iso9001::documents::{Checker, ProcedureDocument, Register, Report};
use iso9001::interchange::{from_json, to_json};
use iso9001::rules::Localize;
use iso9001::{ops, Error, ErrorInfo, InputProblem, Lang};

/// A failure of the command itself (bad input): exit status 2.
/// (Printed as text, or as `{"error": …}` with `--json`, like the other
/// commands.)
pub struct BadInput(pub ErrorInfo);

impl BadInput {
    /// A failure that is not about a field of a document (a missing file,
    /// an empty folder).
    fn plain(message: String) -> Self {
        BadInput(ErrorInfo { code: "invalid_input", message, field: None })
    }
}

impl BadInput {
    /// An error of the library that is not about an input file.
    pub fn from_error(e: &Error, lang: Lang) -> Self {
        BadInput(e.info(lang))
    }
}

/// An error of the library about the file `path`.
pub fn bad(path: &Path, e: &Error, lang: Lang) -> BadInput {
    let mut info = e.info(lang);
    info.message = format!("{}: {}", path.display(), info.message);
    BadInput(info)
}

/// Whether two paths name the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The `.json` and `.docx` files of a directory and its subdirectories, sorted (the
/// same order on every machine), at most 16 levels deep.
fn walk(
    dir: &Path, depth: u32, lang: Lang, out: &mut Vec<(PathBuf, bool)>,
) -> Result<(), BadInput> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, &e, lang))?;
    let mut found: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    found.sort();
    for p in found {
        if p.is_dir() && depth < 16 {
            walk(&p, depth + 1, lang, out)?;
        } else if p.extension().is_some_and(|x| x == "json" || x == "docx") {
            out.push((p, true));
        }
    }
    Ok(())
}

/// Expands directories into the `.json` files they hold, each marked with
/// whether it came from a directory.
fn collect(inputs: &[PathBuf], lang: Lang) -> Result<Vec<(PathBuf, bool)>, BadInput> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            walk(input, 0, lang, &mut files)?;
        } else if input.is_file() {
            files.push((input.clone(), false));
        } else {
            let what = lang.pick("không tìm thấy tệp hoặc thư mục", "no such file or directory");
            return Err(BadInput::plain(format!("{}: {what}", input.display())));
        }
    }
    if files.is_empty() {
        return Err(BadInput::plain(
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
        // A policy that cannot be used is blamed on the option, like
        // `--as-of`: the file is not a document being checked.
        Some(p) => {
            let blame = |mut b: BadInput| {
                b.0.message = format!("--policy: {}", b.0.message);
                b
            };
            let limit = iso9001::interchange::InputLimits::default().max_bytes;
            let text = read_json(p, limit, lang).map_err(blame)?;
            ops::checker(Some(&text)).map_err(|e| blame(bad(p, &e, lang)))?
        }
        None => ops::checker(None).map_err(|e| bad(Path::new("policy"), &e, lang))?,
    };
    let date = match as_of {
        // A bad date is blamed on the option the user typed.
        Some(d) => ops::as_of(d).map_err(|e| {
            let mut info = e.info(lang);
            info.field = Some("--as-of".into());
            info.message = format!("--as-of: {}", info.message);
            BadInput(info)
        })?,
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
    /// A procedure read from a Word file, with where each field came from.
    /// The procedures of a Word file: one, or each of an annex's.
    Word(Vec<iso9001::docx::Imported>),
    Register(Register),
}

/// A file that cannot be read, said in the user's language.
pub fn io_error(path: &Path, e: &std::io::Error, lang: Lang) -> BadInput {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => {
            lang.pick("không tìm thấy tệp", "file not found").to_owned()
        }
        std::io::ErrorKind::PermissionDenied => {
            lang.pick("không có quyền đọc tệp", "permission denied").to_owned()
        }
        _ => e.to_string(),
    };
    BadInput::plain(format!("{}: {why}", path.display()))
}

/// Reads a file's bytes, its size checked against `limit` before it is
/// read (a huge file costs an error, not the memory).
fn read_bytes(path: &Path, limit: usize, lang: Lang) -> Result<Vec<u8>, BadInput> {
    let size = std::fs::metadata(path).map_err(|e| io_error(path, &e, lang))?.len();
    if size > limit as u64 {
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        return Err(bad(path, &Error::invalid("", InputProblem::TooLarge { size, limit }), lang));
    }
    std::fs::read(path).map_err(|e| io_error(path, &e, lang))
}

/// Reads a JSON file under the policy's size limit, checked before the
/// file is read: UTF-8 (a BOM is accepted), syntax with line and column.
pub fn read_json(path: &Path, limit: usize, lang: Lang) -> Result<String, BadInput> {
    let fail = |e: Error| bad(path, &e, lang);
    let bytes = read_bytes(path, limit, lang)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        fail(Error::invalid("", InputProblem::InvalidUtf8 { offset }))
    })?;
    Ok(match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// Reads the JSON file `path` as a `T` (audit and QMS requests, dossier
/// batches): a missing file, bad UTF-8 or bad JSON is told naming the file.
pub fn read_input<T: serde::de::DeserializeOwned>(path: &Path, lang: Lang) -> Result<T, BadInput> {
    let limits = iso9001::interchange::InputLimits::default();
    let text = read_json(path, limits.max_bytes, lang)?;
    from_json(&text, limits).map_err(|e| bad(path, &e, lang))
}

/// Reads the procedures of a Word file (the size checked before reading):
/// one, or each of an annex of internal procedures.
pub fn read_docx(
    path: &Path, limit: usize, max_steps: usize, lang: Lang,
) -> Result<Vec<iso9001::docx::Imported>, BadInput> {
    let bytes = read_bytes(path, limit, lang)?;
    let options = iso9001::docx::ImportOptions { max_steps, ..Default::default() };
    iso9001::docx::import_docx_all(&bytes, &options).map_err(|e| bad(path, &e, lang))
}

fn read(path: &Path, checker: &Checker, lang: Lang) -> Result<Input, BadInput> {
    let limits = checker.policy().limits.input();
    if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("docx")) {
        let imported = read_docx(path, limits.max_bytes, checker.policy().limits.max_steps, lang)?;
        return Ok(Input::Word(imported));
    }
    let text = read_json(path, limits.max_bytes, lang)?;
    let fail = |e: Error| bad(path, &e, lang);
    // The shape first, so a syntax error is told as one (with its line and
    // column) rather than as a field the document does not have.
    let value: serde_json::Value = from_json(&text, limits).map_err(fail)?;
    match &value {
        serde_json::Value::Object(m) if m.get("documents").is_some_and(|d| d.is_array()) => {
            from_json::<Register>(&text, limits).map(Input::Register).map_err(fail)
        }
        serde_json::Value::Object(_) => from_json::<ProcedureDocument>(&text, limits)
            .map(|d| Input::Document(Box::new(d)))
            .map_err(fail),
        _ => {
            let what = iso9001::Text::new(
                "một tài liệu quy trình hay danh mục tài liệu (đối tượng JSON)",
                "a procedure document or a register (a JSON object)",
            );
            let shown = if value.is_array() { "[…]" } else { "…" };
            Err(fail(Error::invalid("", InputProblem::Expected { what, value: shown.into() })))
        }
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
    let listed = collect(inputs, lang)?;
    let progress = listed.len() > 1 && std::io::stderr().is_terminal();
    // Registers' entries and the documents' own files, with their origin.
    let mut files: Vec<PathBuf> = Vec::new();
    // Per file: where a Word file's fields came from.
    let mut word: Vec<Option<iso9001::docx::Extraction>> = Vec::new();
    let mut entries: Vec<(usize, ProcedureDocument)> = Vec::new();
    let mut singles: Vec<(usize, ProcedureDocument)> = Vec::new();
    let mut skipped: Vec<String> = Vec::new();
    for (n, (path, from_dir)) in listed.iter().enumerate() {
        if progress {
            progress_bar(n + 1, listed.len(), lang);
        }
        if policy.is_some_and(|p| same_file(p, path)) {
            continue;
        }
        let input = match read(path, &checker, lang) {
            Ok(input) => input,
            // A folder may hold other files (a policy, an audit): say so
            // and check the rest.
            Err(BadInput(why)) if *from_dir => {
                skipped.push(why.message);
                continue;
            }
            Err(e) => return Err(e),
        };
        let at = files.len();
        match input {
            Input::Document(d) => singles.push((at, *d)),
            // Each procedure of an annex is told as one of its file.
            Input::Word(all) => {
                for (k, imported) in all.into_iter().enumerate() {
                    singles.push((at + k, imported.document));
                    files.push(path.clone());
                    word.push(Some(imported.extraction));
                }
                continue;
            }
            Input::Register(r) => entries.extend(r.documents.into_iter().map(|d| (at, d))),
        }
        files.push(path.clone());
        word.push(None);
    }
    if progress {
        let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(60));
    }
    for why in &skipped {
        let note = lang.pick(
            "không phải tài liệu quy trình hay danh mục tài liệu, đã bỏ qua",
            "not a procedure document or a register, skipped",
        );
        let _ = writeln!(std::io::stderr(), "{why} ({note})");
    }
    if files.is_empty() {
        return Err(BadInput::plain(
            lang.pick("không có tệp nào để kiểm tra", "no file to check").into(),
        ));
    }
    let single_document = files.len() == 1 && entries.is_empty();
    let (report, documents, origin) = if single_document {
        let (_, doc) = singles.remove(0);
        (checker.check_document(&doc, as_of), vec![doc], vec![0])
    } else {
        // A file and a register entry with the same code and issue are
        // one document (the register's entry, compared with its file).
        let register =
            Register { agency: None, documents: entries.iter().map(|(_, d)| d.clone()).collect() };
        let docs: Vec<ProcedureDocument> = singles.iter().map(|(_, d)| d.clone()).collect();
        let (report, from_file) = checker.check_register_with_files(&register, &docs, as_of);
        let origin: Vec<usize> = from_file
            .iter()
            .enumerate()
            .map(|(i, f)| match f {
                Some(k) => singles[*k].0,
                None => entries[i].0,
            })
            .collect();
        let all = from_file
            .iter()
            .enumerate()
            .map(|(i, f)| match f {
                Some(k) => docs[*k].clone(),
                None => register.documents[i].clone(),
            })
            .collect();
        (report, all, origin)
    };
    if !json && !single_document {
        return Ok(Outcome {
            errors_found: !report.passed(),
            text: render(&report, &documents, &origin, &files, &word, lang),
        });
    }
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
        render_single(&report, &files[0], word[0].as_ref(), lang)
    };
    Ok(Outcome { text, errors_found })
}

fn finding_lines(
    s: &mut String, report: &Report, prefix: &str, word: Option<&iso9001::docx::Extraction>,
    lang: Lang,
) {
    for f in report.findings.iter().filter(|f| {
        f.pointer.starts_with(prefix)
            && (prefix.is_empty() || f.pointer[prefix.len()..].starts_with('/'))
    }) {
        // A place a person reads (1-based, in words); JSON keeps the pointer.
        let inner = &f.pointer[prefix.len()..];
        let mut place = iso9001::documents::location(inner, lang);
        // From a Word file: where in it, as a person counts.
        if let Some(at) = word.and_then(|w| w.place_of(inner)) {
            place.push_str(&format!(" [Word: {}]", at.describe(lang)));
        }
        let (rule, message) = (f.rule_id(), f.message(lang));
        let _ = writeln!(s, "  {:<9} {rule}  {place}: {message}", f.severity.label(lang));
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
        Lang::Vi => format!("Tổng: {} tài liệu, {} lỗi, {} cảnh báo, {} lưu ý; {} tài liệu quá hạn rà soát, {} căn cứ pháp lý đã bị thay thế: {verdict}\n", s.documents, t.errors, t.warnings, t.infos, s.overdue_reviews, s.stale_legal_bases),
        Lang::En => format!("Total: {} document(s), {} error(s), {} warning(s), {} info; {} overdue review(s), {} replaced legal basis reference(s): {verdict}\n", s.documents, t.errors, t.warnings, t.infos, s.overdue_reviews, s.stale_legal_bases),
    }
}

fn render_single(
    report: &Report, file: &Path, word: Option<&iso9001::docx::Extraction>, lang: Lang,
) -> String {
    let mut s = format!("{}\n", file.display());
    if report.findings.is_empty() {
        let _ = writeln!(s, "  {}", lang.pick("không có phát hiện nào", "no findings"));
    }
    finding_lines(&mut s, report, "", word, lang);
    s.push_str(&summary_line(report, lang));
    s
}

fn render(
    report: &Report, docs: &[ProcedureDocument], origin: &[usize], files: &[PathBuf],
    word: &[Option<iso9001::docx::Extraction>], lang: Lang,
) -> String {
    let mut s = String::new();
    for (i, d) in docs.iter().enumerate() {
        let prefix = format!("/documents/{i}");
        // An annex's procedure has no code or issue of its own: its TTHC
        // code names it.
        let name = match (d.code.trim(), d.tthc_code.as_deref()) {
            ("", Some(tthc)) => format!("{} {tthc}", lang.pick("Mã TTHC", "TTHC code")),
            ("", None) => lang.pick("(chưa có mã)", "(no code)").to_owned(),
            (code, _) => format!("{code} {} {}", lang.pick("lần", "issue"), d.issue),
        };
        let _ = writeln!(s, "{name} — {} ({})", d.title.trim(), files[origin[i]].display());
        let before = s.len();
        let extraction = word.get(origin[i]).and_then(Option::as_ref);
        finding_lines(&mut s, report, &prefix, extraction, lang);
        if s.len() == before {
            let _ = writeln!(s, "  {}", lang.pick("không có phát hiện nào", "no findings"));
        }
    }
    s.push_str(&summary_line(report, lang));
    s
}
