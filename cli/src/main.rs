//! `iso9001`: the command-line face of the library, for people who just
//! want to look things up or check files.
//!
//! Exit status: 0 success (for `check`: no error found), 1 `check` found
//! errors, 2 bad input (unknown clause or edition, unreadable file, …).

mod audit;
mod calendar;
mod check;
mod render;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use iso9001::catalogue::{self, SearchOptions};
use iso9001::{Error, Lang};

/// Tra cứu và kiểm tra hệ thống quản lý chất lượng theo TCVN ISO 9001.
/// Look up and check ISO 9001 quality management systems.
#[derive(Debug, Parser)]
#[command(
    name = "iso9001",
    version,
    about = "Tra cứu và kiểm tra hệ thống quản lý chất lượng theo TCVN ISO 9001. Look up and check ISO 9001 quality management systems.",
    long_about = None
)]
struct Cli {
    /// Ngôn ngữ: vi (mặc định) hoặc en. Output language: vi (default) or en.
    #[arg(long, global = true, default_value = "vi", value_parser = parse_lang)]
    lang: Lang,
    /// In JSON thay cho văn bản. Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    /// Dạng kết quả: text, json, html (báo cáo một trang có biểu đồ, cho check, audit, qms, dossiers).
    /// Output format: text, json, or html (a one-page report with charts, for check, audit, qms, dossiers).
    #[arg(long, global = true, value_enum)]
    format: Option<Format>,
    #[command(subcommand)]
    command: Command,
}

/// What a command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Text for a terminal.
    Text,
    /// JSON, the same as every other surface.
    Json,
    /// A self-contained HTML page (inline CSS and SVG; prints on A4).
    Html,
}

/// The JSON answer as an HTML page when `--format html` asked for one.
fn as_html(
    result: Result<(String, bool), check::BadInput>, kind: iso9001::html::ReportKind, html: bool,
    lang: Lang,
) -> Result<(String, bool), check::BadInput> {
    let (text, failed) = result?;
    if !html {
        return Ok((text, failed));
    }
    let page = iso9001::html::render(kind, &text, lang)
        .map_err(|e| check::BadInput::from_error(&e, lang))?;
    Ok((page + "\n", failed))
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Tra cứu một điều khoản. Show one clause: titles, paraphrase, parent, children, documented information.
    Clause {
        /// Clause number, e.g. 7.1.6.
        number: String,
        /// Edition: 2015 (default), 2008 or 2000.
        #[arg(long, short, default_value = "2015")]
        edition: String,
    },
    /// Tìm trong tên và diễn giải điều khoản (không phân biệt dấu). Search titles and paraphrases, ignoring case and diacritics.
    Search {
        /// Words to look for, e.g. "hoach dinh".
        query: String,
        /// Restrict to one edition.
        #[arg(long, short)]
        edition: Option<String>,
        /// Maximum number of results.
        #[arg(long)]
        limit: Option<usize>,
    },
    /// Điều khoản tương ứng giữa các phiên bản. Map a clause between editions, e.g. `map 8.5.3 --from 2008 --to 2015`.
    Map {
        /// Clause number in the source edition.
        number: String,
        /// Source edition.
        #[arg(long, default_value = "2008")]
        from: String,
        /// Target edition.
        #[arg(long, default_value = "2015")]
        to: String,
    },
    /// Cây điều khoản của một phiên bản. Print the indented clause tree of an edition.
    Tree {
        /// Edition: 2015 (default), 2008 or 2000.
        #[arg(long, short, default_value = "2015")]
        edition: String,
    },
    /// Các phiên bản tiêu chuẩn. List the editions in the catalogue.
    Editions,
    /// Đọc quy trình từ tệp Word (.docx). Read a procedure from a Word file
    /// (.docx): the document as JSON and where each field came from. An
    /// annex of several internal procedures is shown procedure by
    /// procedure; with --json it needs --all.
    Import {
        /// The .docx file.
        file: PathBuf,
        /// Every procedure of the file, as a JSON array (one per procedure
        /// of an annex of internal procedures).
        #[arg(long)]
        all: bool,
    },
    /// Kiểm tra quy trình và danh mục tài liệu. Check procedure documents and
    /// registers (JSON or Word .docx files, or directories of them) against
    /// the document-control rules.
    Check {
        /// Files (a document or a register `{"documents": [...]}`) or
        /// directories of `.json` files. Several inputs form one register.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The agency's policy (JSON). Default: the documented defaults.
        #[arg(long)]
        policy: Option<PathBuf>,
        /// The date to check for (YYYY-MM-DD). Default: the policy's
        /// `asOf`, else today.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Các quy tắc kiểm soát tài liệu. List the document-control rules.
    Rules,
    /// Kiểm tra số, ký hiệu văn bản. Check a Vietnamese document number, e.g.
    /// "19/2014/QĐ-TTg" (exit 1 when malformed).
    Docnumber {
        /// The number and symbol.
        number: String,
    },
    /// Ngày nghỉ lễ, nghỉ bù và làm bù của một năm. Holidays, days off and worked weekend days of a year.
    Calendar {
        /// The year, e.g. 2026.
        year: i32,
        /// Calendar configuration (JSON `CalendarConfig`).
        #[arg(long)]
        calendar: Option<PathBuf>,
    },
    /// Ngày hẹn trả kết quả của hồ sơ. The appointment date of a dossier.
    Due {
        /// When the dossier was received, e.g. 2026-02-12T16:10.
        #[arg(long)]
        received: String,
        /// Time limit: 5d (working days), 4h (working hours), 30cd (calendar days).
        #[arg(long)]
        limit: String,
        /// Calendar configuration (JSON `CalendarConfig`).
        #[arg(long)]
        calendar: Option<PathBuf>,
    },
    /// Theo dõi tiến độ giải quyết hồ sơ. Track dossiers from their event logs (JSON `DossierBatch`).
    Dossiers {
        /// The batch file.
        file: PathBuf,
        /// Override the batch's `asOf` (YYYY-MM-DDTHH:MM).
        #[arg(long)]
        as_of: Option<String>,
        /// Print the process control slip of each dossier (Phiếu kiểm soát
        /// quá trình giải quyết hồ sơ).
        #[arg(long)]
        slip: bool,
        /// Calendar configuration (JSON `CalendarConfig`).
        #[arg(long)]
        calendar: Option<PathBuf>,
    },
    /// Hỏi lịch làm việc bằng JSON. Answer calendar questions from a JSON
    /// file: one `CalendarQuery`, or an array of them (the answers in
    /// order, a refused question as its error in place), printed as JSON
    /// like the C and wasm calls.
    Query {
        /// The question or array of questions.
        file: PathBuf,
        /// Calendar configuration (JSON `CalendarConfig`).
        #[arg(long)]
        calendar: Option<PathBuf>,
    },
    /// Ngày âm lịch. The lunar date of a Gregorian date.
    Lunar {
        /// The date, YYYY-MM-DD.
        date: String,
    },
    /// Đánh giá nội bộ: chương trình, chấm điểm, hành động khắc phục. Audit:
    /// programme rules, checklist score, corrective actions (JSON
    /// `AuditRequest`; exit 1 when the programme or the nonconformities
    /// have errors).
    Audit {
        /// The request file.
        file: PathBuf,
        /// Scoring model: xccdfDefault, xccdfFlat, xccdfFlatUnweighted,
        /// xccdfAbsolute, conformity, maturity.
        #[arg(long, value_parser = audit::parse_model)]
        model: Option<iso9001::audit::Model>,
        /// Groups of the XCCDF default model: clause or unit.
        #[arg(long, value_parser = audit::parse_group_by)]
        group_by: Option<iso9001::audit::GroupBy>,
    },
    /// Kiểm tra HTQLCL của cơ quan. Agency compliance, the inspector's view
    /// (JSON `QmsRequest`; exit 1 when errors are found).
    Qms {
        /// The request file.
        file: PathBuf,
    },
    /// Các quy tắc đánh giá, khắc phục và tuân thủ. List the audit, corrective-action and compliance rules.
    AuditRules,
    /// Hỗ trợ chuyển đổi phiên bản. Transition helper: which clauses of the
    /// new edition the covered clauses of the old one reach, and which are
    /// left uncovered.
    Transition {
        /// Clauses of the source edition that the agency's documents cover.
        #[arg(required = true)]
        clauses: Vec<String>,
        /// Source edition.
        #[arg(long, default_value = "2008")]
        from: String,
        /// Target edition.
        #[arg(long, default_value = "2015")]
        to: String,
    },
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.message(Lang::En))
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    let lang = cli.lang;
    let html = cli.format == Some(Format::Html);
    if cli.format == Some(Format::Json) {
        cli.json = true;
    }
    // An HTML page is rendered from the JSON answer.
    let as_json = cli.json || html;
    use iso9001::html::ReportKind;
    if let Command::Check { inputs, policy, as_of } = &cli.command {
        let outcome = check::run(inputs, policy.as_deref(), as_of.as_deref(), lang, as_json)
            .map(|o| (o.text, o.errors_found));
        return match as_html(outcome, ReportKind::Documents, html, lang) {
            Ok((text, errors_found)) => {
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
                ExitCode::from(u8::from(errors_found))
            }
            Err(check::BadInput(info)) => {
                let text = if cli.json {
                    json(&ErrorBody { error: info })
                } else {
                    format!("{}: {}\n", lang.pick("Lỗi", "error"), info.message)
                };
                let _ = std::io::stderr().write_all(text.as_bytes());
                ExitCode::from(2)
            }
        };
    }
    if let Command::Import { file, all: every } = &cli.command {
        let limit = iso9001::limits::DEFAULT_MAX_BYTES;
        let max_steps = iso9001::limits::DEFAULT_MAX_STEPS;
        let result = check::read_docx(file, limit, max_steps, lang).and_then(|mut all| {
            let text = if as_json && *every {
                json(&all)
            } else if as_json && all.len() == 1 {
                json(&all.remove(0))
            } else if as_json {
                // As the libraries' import of one procedure: refused.
                let several = iso9001::InputProblem::SeveralProcedures { count: all.len() };
                return Err(check::bad(file, &Error::invalid("", several), lang));
            } else {
                let count = all.len();
                let mut s = String::new();
                for (k, imported) in all.iter().enumerate() {
                    if count > 1 {
                        let of = lang.pick("Quy trình", "Procedure");
                        s.push_str(&format!(
                            "{of} {}/{count}: {}\n",
                            k + 1,
                            imported.document.title
                        ));
                    }
                    s.push_str(&import_text(imported, lang));
                }
                s
            };
            Ok((text, false))
        });
        return finish(result, lang, cli.json);
    }
    if let Command::Docnumber { number } = &cli.command {
        // A malformed number is an answer (exit 1), like findings of `check`.
        let c = iso9001::documents::check_document_number(number, lang);
        let text = if cli.json { json(&c) } else { render::docnumber(&c, lang) };
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
        return ExitCode::from(u8::from(!c.valid));
    }
    if let Command::Audit { file, model, group_by } = &cli.command {
        let result = audit::audit(file, *model, *group_by, lang, as_json);
        return finish(as_html(result, ReportKind::Audit, html, lang), lang, cli.json);
    }
    if let Command::Qms { file } = &cli.command {
        let result = audit::qms(file, lang, as_json);
        return finish(as_html(result, ReportKind::Qms, html, lang), lang, cli.json);
    }
    if let Command::Dossiers { file, as_of, slip, calendar } = &cli.command {
        let result = calendar::calendar(calendar.as_deref())
            .map_err(|e| check::BadInput::from_error(&e, lang))
            .and_then(|cal| calendar::dossiers(&cal, file, as_of.as_deref(), *slip, lang, as_json))
            .map(|text| (text, false));
        return finish(as_html(result, ReportKind::Dossiers, html, lang), lang, cli.json);
    }
    if let Command::Query { file, calendar } = &cli.command {
        let result = calendar::calendar(calendar.as_deref())
            .map_err(|e| check::BadInput::from_error(&e, lang))
            .and_then(|cal| calendar::query(&cal, file, lang))
            .map(|text| (text, false));
        return finish(result, lang, cli.json);
    }
    let result = run(&cli);
    let mut out = std::io::stdout().lock();
    match result {
        Ok(text) => {
            // A closed pipe (e.g. `| head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(err) => {
            let text = if cli.json {
                json(&ErrorBody { error: err.info(lang) })
            } else {
                format!("{}: {}\n", lang.pick("Lỗi", "error"), err.message(lang))
            };
            let _ = std::io::stderr().write_all(text.as_bytes());
            ExitCode::from(2)
        }
    }
}

/// Prints a command's answer; exit 1 when it found errors, 2 on bad input.
fn finish(
    result: Result<(String, bool), check::BadInput>, lang: Lang, json_errors: bool,
) -> ExitCode {
    match result {
        Ok((text, failed)) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::from(u8::from(failed))
        }
        Err(check::BadInput(info)) => {
            let text = if json_errors {
                json(&ErrorBody { error: info })
            } else {
                format!("{}: {}\n", lang.pick("Lỗi", "error"), info.message)
            };
            let _ = std::io::stderr().write_all(text.as_bytes());
            ExitCode::from(2)
        }
    }
}

/// What `--json` prints on stderr for a failure: `{"error": ErrorInfo}`,
/// the same object the C and wasm bindings return.
#[derive(serde::Serialize)]
struct ErrorBody {
    error: iso9001::ErrorInfo,
}

/// Runs one command and returns what to print.
fn run(cli: &Cli) -> Result<String, Error> {
    let lang = cli.lang;
    match &cli.command {
        Command::Clause { number, edition } => {
            let view = catalogue::clause_view(edition, number, lang)?;
            let e = catalogue::edition(view.edition)?;
            Ok(if cli.json { json(&view) } else { render::clause(e, &view, lang) })
        }
        Command::Search { query, edition, limit } => {
            let opts = SearchOptions { edition: edition.clone(), match_lang: None, limit: *limit };
            let hits = catalogue::search(query, &opts, lang)?;
            Ok(if cli.json { json(&hits) } else { render::search(query, &hits, lang) })
        }
        Command::Map { number, from, to } => {
            let m = catalogue::map(number, from, to, lang)?;
            Ok(if cli.json { json(&m) } else { render::mapping(&m, lang) })
        }
        Command::Tree { edition } => {
            let e = catalogue::edition(edition)?;
            let tree = catalogue::tree(e.id, lang)?;
            Ok(if cli.json { json(&tree) } else { render::tree(e, &tree, lang) })
        }
        Command::Editions => {
            let list: Vec<_> = catalogue::editions()
                .iter()
                .map(|e| catalogue::EditionView::new(e, lang))
                .collect();
            Ok(if cli.json { json(&list) } else { render::editions(&list, lang) })
        }
        Command::Check { .. }
        | Command::Import { .. }
        | Command::Audit { .. }
        | Command::Qms { .. }
        | Command::Dossiers { .. }
        | Command::Query { .. } => Ok(String::new()),
        Command::AuditRules => {
            let rules = iso9001::audit::rule_views(lang);
            Ok(if cli.json { json(&rules) } else { render::rules(&rules, lang) })
        }
        Command::Calendar { year, calendar } => {
            calendar::year(&calendar::calendar(calendar.as_deref())?, *year, lang, cli.json)
        }
        Command::Due { received, limit, calendar } => calendar::due(
            &calendar::calendar(calendar.as_deref())?,
            received,
            limit,
            lang,
            cli.json,
        ),
        Command::Lunar { date } => {
            calendar::lunar(&calendar::calendar(None)?, date, lang, cli.json)
        }
        Command::Rules => {
            let rules = iso9001::documents::rule_views(lang);
            Ok(if cli.json { json(&rules) } else { render::rules(&rules, lang) })
        }
        Command::Docnumber { .. } => Ok(String::new()),
        Command::Transition { clauses, from, to } => {
            let t = catalogue::transition(from, to, clauses, lang)?;
            Ok(if cli.json { json(&t) } else { render::transition(&t, lang) })
        }
    }
}

/// Compact JSON, byte-identical to what the C and wasm bindings return,
/// followed by a newline.
fn json<T: serde::Serialize>(value: &T) -> String {
    let mut s = iso9001::interchange::to_json(value).unwrap_or_default();
    s.push('\n');
    s
}

/// A procedure read from a Word file, for people: the document as JSON,
/// then what was not found or not understood.
fn import_text(imported: &iso9001::docx::Imported, lang: Lang) -> String {
    let mut s = json(&imported.document);
    let x = &imported.extraction;
    let l = |vi, en| lang.pick(vi, en);
    s.push_str(&format!(
        "{}: {}; {}: {}; {}: {}\n",
        l("Đã đọc", "Read"),
        x.found.len(),
        l("không thấy", "not found"),
        x.missing.len(),
        l("không hiểu", "not understood"),
        x.not_understood.len()
    ));
    for n in x.missing.iter().chain(&x.not_understood) {
        s.push_str(&format!("  {} {}\n", n.field, n.text));
    }
    if !x.legacy_fonts.is_empty() {
        s.push_str(&format!(
            "{}: {}\n",
            l(
                "Văn bản dùng phông chữ TCVN3/VNI, đã được chuyển sang Unicode khi đọc",
                "Text in TCVN3/VNI fonts, converted to Unicode when read"
            ),
            x.legacy_fonts.join(", ")
        ));
    }
    s
}
