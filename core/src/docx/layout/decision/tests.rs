//! A decision and what it approves in one file: the attachment is read, the
//! decision known by its first page, and files that only mention a
//! decision are read as before.

use super::super::super::xml::{Block, Cell, Para};
use super::super::read_all;
use super::super::tests::table;
use crate::documents::{DocStatus, DocumentForm};
use crate::docx::Extraction;

fn p(t: &str) -> Block {
    Block::Para(Para { text: t.into(), ..Para::default() })
}

/// A cell of several paragraphs.
fn lines(paras: &[&str]) -> Cell {
    Cell { paras: paras.iter().map(|&t| t.to_owned()).collect(), span: 1, ..Cell::default() }
}

/// The first page and articles of a decision numbered `number` (blank
/// when not yet numbered), signed in paragraphs.
fn decision(number: &str, what: &str) -> Vec<Block> {
    vec![
        Block::Table(vec![vec![
            lines(&["ỦY BAN NHÂN DÂN", "TỈNH LAM GIANG", "_______", &format!("Số: {number}")]),
            lines(&[
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Lam Giang, ngày 02 tháng 12 năm 2026",
            ]),
        ]]),
        p("QUYẾT ĐỊNH"),
        p(&format!("Ban hành {what}")),
        p("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM GIANG"),
        p("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;"),
        p("QUYẾT ĐỊNH:"),
        p(&format!("Điều 1. Ban hành kèm theo Quyết định này {what}.")),
        p("1. Giao Văn phòng chủ trì triển khai trong thời hạn 05 ngày làm việc."),
        p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        p("Nơi nhận:"),
        p("- Như Điều 2;"),
        p("- Lưu: VT."),
        p("CHỦ TỊCH"),
        p("Nguyễn Văn An"),
    ]
}

fn steps() -> Block {
    Block::Table(table(&[
        &["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian"],
        &["Bước 1", "Tiếp nhận hồ sơ", "Công chức một cửa", "04 giờ làm việc"],
        &["Bước 2", "Ký kết quả", "Chủ tịch UBND xã", "04 giờ làm việc"],
    ]))
}

/// A decision, then its annex whose line was left blank: the annex's
/// procedure is approved by the decision the file is (its number and date
/// from the first page); the decision's basis (a decree replaced since) is
/// not the procedure's, its numbered task no procedure.
#[test]
fn an_annex_after_its_decision_takes_the_decisions_number() {
    let mut body = decision("2401/QĐ-UBND", "quy trình nội bộ giải quyết thủ tục hành chính");
    body.extend([
        p("PHỤ LỤC"),
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        p("(Kèm theo Quyết định số       /QĐ-UBND ngày     tháng 12 năm 2026 của Chủ tịch UBND tỉnh Lam Giang)"),
        p("1. Thủ tục chứng thực chữ ký (Mã TTHC: 2.000884)"),
        steps(),
    ]);
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    assert_eq!(all.len(), 1);
    let (doc, x) = &all[0];
    assert_eq!(doc.form, DocumentForm::Annex);
    assert_eq!(doc.title, "Thủ tục chứng thực chữ ký");
    let d = doc.decision.as_ref().unwrap();
    assert_eq!(d.number, "2401/QĐ-UBND");
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2026-12-02"));
    assert_eq!(d.issuer.as_deref(), Some("Chủ tịch UBND tỉnh Lam Giang"));
    assert_eq!(doc.legal_basis, None);
    assert_eq!(doc.steps.as_ref().map(Vec::len), Some(2));
    assert!(x.found.iter().any(|n| n.field == "/decision" && n.text.contains("2401")));
}

/// A decision issuing an ISO procedure, then the procedure with its own
/// header table: it keeps its code and issue, and its decision is the one
/// the file opens with; the decision's signer is no signature of it.
#[test]
fn an_iso_procedure_after_its_decision_keeps_its_own_header() {
    let mut body = decision("77/QĐ-UBND", "Quy trình kiểm soát tài liệu");
    body.extend([
        Block::Table(table(&[
            &["ỦY BAN NHÂN DÂN TỈNH LAM GIANG", "QUY TRÌNH KIỂM SOÁT TÀI LIỆU", "Mã số: QT-VP-01"],
            &["", "", "Lần ban hành: 02"],
        ])),
        p("1. MỤC ĐÍCH"),
        p("Quy định cách kiểm soát tài liệu."),
        p("5. NỘI DUNG QUY TRÌNH"),
        steps(),
    ]);
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let (doc, _) = &all[0];
    assert_eq!(doc.form, DocumentForm::Iso);
    assert_eq!((doc.code.as_str(), doc.issue), ("QT-VP-01", 2));
    assert_eq!(doc.decision.as_ref().map(|d| d.number.as_str()), Some("77/QĐ-UBND"));
    assert_eq!(doc.signatures.approved, None);
    assert_eq!(doc.purpose.as_deref(), Some("Quy định cách kiểm soát tài liệu."));
}

/// A commune's decision and the ISO procedure it issues, whose header is
/// typed as lines, not a table: its code, issue and date come before its
/// title. They are the procedure's (no DOC-001 for a code left behind in
/// the decision's pages).
#[test]
fn an_iso_procedure_with_a_header_of_lines_after_its_decision() {
    let mut body = decision("215/QĐ-UBND", "Quy trình chứng thực chữ ký");
    body.extend([
        p("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"),
        p("Mã hiệu: QT-TP-03"),
        p("Lần ban hành: 01"),
        p("Ngày ban hành: 02/12/2026"),
        p("QUY TRÌNH CHỨNG THỰC CHỮ KÝ"),
        p("1. MỤC ĐÍCH"),
        p("Quy định trình tự chứng thực chữ ký tại UBND xã."),
        p("5. NỘI DUNG QUY TRÌNH"),
        steps(),
    ]);
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    assert_eq!(all.len(), 1);
    let (doc, _) = &all[0];
    assert_eq!(doc.form, DocumentForm::Iso);
    assert_eq!((doc.code.as_str(), doc.issue), ("QT-TP-03", 1));
    assert_eq!(doc.issued_on.map(|d| d.to_string()).as_deref(), Some("2026-12-02"));
    assert_eq!(doc.decision.as_ref().map(|d| d.number.as_str()), Some("215/QĐ-UBND"));
    assert_eq!(doc.purpose.as_deref(), Some("Quy định trình tự chứng thực chữ ký tại UBND xã."));
    assert_eq!(doc.legal_basis, None, "the decision's bases are not the procedure's");
    assert_eq!(doc.steps.as_ref().map(Vec::len), Some(2));
    // The title first, then the lines of its header.
    let mut body = decision("215/QĐ-UBND", "Quy trình chứng thực chữ ký");
    body.extend([
        p("QUY TRÌNH CHỨNG THỰC CHỮ KÝ"),
        p("Mã hiệu: QT-TP-03"),
        p("Lần ban hành: 01"),
        p("1. MỤC ĐÍCH"),
        p("Quy định trình tự chứng thực chữ ký tại UBND xã."),
        p("5. NỘI DUNG QUY TRÌNH"),
        steps(),
    ]);
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let (doc, _) = &all[0];
    assert_eq!(doc.form, DocumentForm::Iso);
    assert_eq!((doc.code.as_str(), doc.issue), ("QT-TP-03", 1));
    assert_eq!(doc.title, "QUY TRÌNH CHỨNG THỰC CHỮ KÝ", "as typed, as every ISO title");
    // "Mã số : QT-…" (a space before the colon) and "Mã số QT.TP.03" open
    // the procedure too; "Mã số TTHC: …" is an annex's line.
    for line in ["Mã số : QT-TP-03", "Mã số QT-TP-03"] {
        let mut body = decision("215/QĐ-UBND", "Quy trình chứng thực chữ ký");
        body.extend([
            p(line),
            p("Lần ban hành: 01"),
            p("QUY TRÌNH CHỨNG THỰC CHỮ KÝ"),
            p("1. MỤC ĐÍCH"),
            p("Quy định trình tự chứng thực chữ ký tại UBND xã."),
            p("5. NỘI DUNG QUY TRÌNH"),
            steps(),
        ]);
        let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
        let (doc, _) = &all[0];
        assert_eq!((doc.form, doc.code.as_str()), (DocumentForm::Iso, "QT-TP-03"), "{line}");
    }
    assert!(!super::iso_code_line("ma so tthc: 1.000656"));
}

/// A draft decision ("Số:      /QĐ-UBND") and its annex: no decision yet,
/// and the annex is still read as one.
#[test]
fn a_draft_decision_gives_no_decision() {
    let mut body = decision("     /QĐ-UBND", "quy trình nội bộ giải quyết thủ tục hành chính");
    body.extend([
        p("PHỤ LỤC"),
        p("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"),
        p("(Kèm theo Quyết định số       /QĐ-UBND ngày     tháng 12 năm 2026 của Chủ tịch UBND tỉnh Lam Giang)"),
        p("1. Thủ tục chứng thực chữ ký (Mã TTHC: 2.000884)"),
        steps(),
    ]);
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    let (doc, _) = &all[0];
    assert_eq!(doc.form, DocumentForm::Annex);
    assert_eq!(doc.decision, None);
    assert_eq!(doc.status, DocStatus::Effective);
    assert_eq!(doc.tthc_code.as_deref(), Some("2.000884"));
}

/// A procedure that names a decision in its text, and a decision with
/// nothing attached, are not read as a decision and its attachment.
#[test]
fn a_mention_of_a_decision_is_no_attachment() {
    let body = [
        p("QUY TRÌNH BAN HÀNH QUYẾT ĐỊNH HÀNH CHÍNH"),
        p("Mã số: QT-VP-05"),
        p("5. NỘI DUNG QUY TRÌNH"),
        steps(),
    ];
    assert!(super::decision(&body).is_none());
    let alone = decision("12/QĐ-UBND", "Quy chế làm việc");
    assert!(super::decision(&alone).is_none());
}

/// "Điều 1:" (a colon where Nghị định 30/2020 puts a full stop), as some
/// agencies type their articles: still the decision's articles.
#[test]
fn articles_typed_with_a_colon_are_articles() {
    let mut body: Vec<Block> = decision("2402/QĐ-UBND", "quy trình nội bộ")
        .into_iter()
        .map(|b| match b {
            Block::Para(p) if p.text.starts_with("Điều 1.") => {
                Block::Para(Para { text: p.text.replacen("Điều 1.", "Điều 1:", 1), ..p })
            }
            b => b,
        })
        .collect();
    body.extend([p("PHỤ LỤC"), p("1. Thủ tục chứng thực chữ ký (Mã TTHC: 2.000884)"), steps()]);
    let found = super::decision(&body).unwrap();
    assert_eq!(found.number.as_deref(), Some("2402/QĐ-UBND"));
    assert_eq!(found.attached, body.len() - 3);
}

/// A Sở's letterhead ("SỞ TƯ PHÁP", whose folded form is shorter in bytes)
/// and a number typed without a space ("Số:2150/QĐ-SGDĐT"): read without
/// fault, the number whole.
#[test]
fn a_departments_letterhead_and_a_tight_number() {
    let head = Block::Table(vec![vec![
        lines(&[
            "UBND TỈNH LAM GIANG",
            "SỞ TƯ PHÁP",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "Số:2150/QĐ-SGDĐT",
        ]),
        lines(&["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lam Giang, ngày 02 tháng 12 năm 2026"]),
    ]]);
    let mut body = vec![head];
    body.extend(decision("x", "quy trình").into_iter().skip(1));
    body.extend([p("PHỤ LỤC"), p("1. Thủ tục chứng thực chữ ký (Mã TTHC: 2.000884)"), steps()]);
    let found = super::decision(&body).unwrap();
    assert_eq!(found.number.as_deref(), Some("2150/QĐ-SGDĐT"));
}

/// An ISO procedure whose step table says "Quyết định" in a cell and whose
/// forms include a decision template ("QUYẾT ĐỊNH … Điều 1 … Nơi nhận …"):
/// no decision opens the file; the procedure is read whole.
#[test]
fn a_procedure_with_a_decision_template_is_no_decision() {
    let mut body = vec![
        Block::Table(table(&[&[
            "ỦY BAN NHÂN DÂN XÃ",
            "QUY TRÌNH GIẢI QUYẾT KHIẾU NẠI",
            "Mã số: QT-TP-03",
        ]])),
        p("5. NỘI DUNG QUY TRÌNH"),
        Block::Table(table(&[
            &["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian", "Kết quả"],
            &[
                "Bước 1",
                "Ban hành quyết định giải quyết",
                "Chủ tịch UBND xã",
                "01 ngày làm việc",
                "Quyết định",
            ],
        ])),
        p("6. BIỂU MẪU"),
        p("BM-02: Quyết định giải quyết khiếu nại"),
    ];
    body.extend(decision("     /QĐ-UBND", "giải quyết khiếu nại"));
    body.push(p("DANH SÁCH (Kèm theo Quyết định số …)"));
    assert!(super::decision(&body).is_none());
    let all = read_all(&body, &[], 100, Extraction::default()).unwrap();
    assert_eq!(all[0].0.code, "QT-TP-03");
    assert_eq!(all[0].0.steps.as_ref().map(Vec::len), Some(1));
}

proptest::proptest! {
    /// Any text at the head of a file, in a number line, a letterhead, a
    /// step sentence or a TTHC code line, is read without fault (the
    /// readers cut folded text by characters, never by bytes).
    #[test]
    fn any_text_reads_without_fault(a in "\\PC{0,40}", b in "[0-9 /:.,ĐđỞởƯư]{0,12}") {
        let body = vec![
            p(&format!("SỞ {a}")),
            p(&format!("Số{b}{a}")),
            p("QUYẾT ĐỊNH"),
            p(&format!("Điều 1{a}")),
            p(&format!("Nơi nhận{b}")),
            p(&format!("PHỤ LỤC {a}")),
            p("1. Thủ tục chứng thực chữ ký (Mã TTHC: 2.000884)"),
            p(&format!("- Bước 1: Chuyên viên {a} tiếp nhận {b}: {b} ngày làm việc.")),
            p(&format!("- Bước 2: {a}: {b} ngày làm việc.")),
            p(&format!("Mã TTHC: {b}{a}")),
            p(&format!("Thời gian giải quyết: {a}")),
        ];
        let _ = super::decision(&body);
        let _ = read_all(&body, &[], 100, Extraction::default());
        let _ = super::number_line(&format!("Số:{b}{a}"));
    }
}
