//! Runs the `iso9001` binary as a user would.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_iso9001")).args(args).output().expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8")
}

#[test]
fn clause_in_vietnamese_by_default() {
    let o = run(&["clause", "7.1.6", "--lang", "vi"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("7.1.6 Tri thức của tổ chức\n"), "{out}");
    assert!(out.contains("Thuộc điều khoản: 7.1 Nguồn lực"), "{out}");
    let default = run(&["clause", "7.1.6"]);
    assert_eq!(stdout(&default), out, "Vietnamese is the default");
}

#[test]
fn clause_in_english_with_children_and_documented_information() {
    let o = run(&["clause", "4.3", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.starts_with("4.3 Determining the scope of the quality management system"), "{out}");
    assert!(out.contains("Documented information:"), "{out}");
    let o = run(&["clause", "7.5.3", "--lang", "en"]);
    assert!(
        stdout(&o).contains("Children:\n  7.5.3.1 (untitled) – "),
        "untitled child said to be untitled, then paraphrased: {}",
        stdout(&o)
    );
}

#[test]
fn untitled_clauses_are_said_to_be_untitled() {
    // The paraphrase is never shown where a title would be.
    let o = run(&["tree"]);
    let out = stdout(&o);
    assert!(out.contains("\n    4.4.1 (không có tiêu đề) – Xác định quá trình"), "{out}");
    assert!(!out.contains(" ["), "{out}");
    let o = run(&["clause", "9.2.2"]);
    assert!(stdout(&o).starts_with("9.2.2 (không có tiêu đề) – "), "{}", stdout(&o));
}

#[test]
fn documented_information_without_nested_parentheses() {
    let o = run(&["clause", "4.2.3", "--edition", "2008"]);
    let out = stdout(&o);
    assert!(
        out.contains(
            "  - Thủ tục dạng văn bản về kiểm soát tài liệu [duy trì – tài liệu; luôn yêu cầu; \
             thủ tục dạng văn bản bắt buộc]\n"
        ),
        "{out}"
    );
    let o = run(&["clause", "4.2.3", "--edition", "2008", "--lang", "en"]);
    assert!(
        stdout(&o).contains("[maintain – document; always; mandatory documented procedure]"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn clause_json_and_other_editions() {
    let o = run(&["clause", "7.1.6", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["title"], "Tri thức của tổ chức");
    assert_eq!(v["parent"]["number"], "7.1");
    assert_eq!(v["edition"], "2015");
    let o = run(&["clause", "8.5.3", "--edition", "2008", "--lang", "en", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["title"], "Preventive action");
    assert_eq!(v["documentedInformation"][0]["mandatory"], "documentedProcedure");
}

#[test]
fn unknown_clause_and_edition_fail_clearly() {
    let o = run(&["clause", "11.2"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "Lỗi: Điều khoản 11.2 không có trong TCVN ISO 9001:2015\n");
    let o = run(&["clause", "4.1", "--edition", "1994", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("error: unknown edition `1994`"), "{}", stderr(&o));
    let o = run(&["clause", "abc", "--json"]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).expect("JSON error");
    assert_eq!(v["error"]["code"], "invalid_clause_number");
    let o = run(&["clause", "4.1", "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn search_without_diacritics() {
    let o = run(&["search", "hoach dinh", "--edition", "2015"]);
    assert!(o.status.success());
    let first = stdout(&o).lines().next().unwrap_or_default().to_owned();
    assert_eq!(first, "ISO 9001:2015  6 Hoạch định");
    let o = run(&["search", "tri thuc", "--json", "--limit", "1"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v[0]["number"], "7.1.6");
    let o = run(&["search", "khong co gi nhu the nay"]);
    assert!(stdout(&o).starts_with("Không tìm thấy kết quả"));
}

#[test]
fn map_names_6_1_and_10_3() {
    let o = run(&["map", "8.5.3", "--from", "2008", "--to", "2015"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("\n  6.1 "), "{out}");
    assert!(out.contains("\n  10.3 Cải tiến liên tục"), "{out}");
    let o = run(&["map", "8.5.3", "--from", "2008", "--to", "2015", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["targets"][0]["number"], "6.1");
    assert_eq!(v["targets"][1]["number"], "10.3");
    let o = run(&["map", "7.1.6", "--from", "2015", "--to", "2008", "--lang", "en"]);
    assert!(stdout(&o).contains("no counterpart"));
    let o = run(&["map", "4", "--from", "2015", "--to", "2008"]);
    assert!(
        stdout(&o).contains("\nCơ sở đối chiếu: qua các điều khoản con; nguồn: "),
        "{}",
        stdout(&o)
    );
}

#[test]
fn tree_is_indented() {
    let o = run(&["tree", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.contains("\n7 Support\n  7.1 Resources\n    7.1.1 General\n"), "{out}");
    assert!(out.contains("\n      7.1.5.1 General\n"));
    let o = run(&["tree", "--edition", "2008", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v.as_array().is_some_and(|a| a.iter().any(|e| e["number"] == "5.5.2")));
}

#[test]
fn editions_and_transition() {
    let o = run(&["editions", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.contains("ISO 9001:2015/Amd 1:2024") && out.contains("withdrawn"), "{out}");
    // 2008 was withdrawn by a decision; 2000 was replaced by the 2008
    // text: status and note say the same.
    let o = run(&["editions"]);
    let out = stdout(&o);
    assert!(
        out.contains("TCVN ISO 9001:2008 (đã hủy bỏ; quốc tế: đã bị thay thế; 72 điều khoản)"),
        "{out}"
    );
    assert!(
        out.contains("TCVN ISO 9001:2000 (đã bị thay thế; quốc tế: đã bị thay thế; 72 điều khoản)"),
        "{out}"
    );
    // ISO 9001:2026 is listed, current internationally; the national
    // standard in force stays the default.
    assert!(
        out.contains("2026   ISO 9001:2026 (chưa được chấp nhận thành TCVN; quốc tế: hiện hành;"),
        "{out}"
    );
    assert!(out.contains("TCVN ISO 9001:2015 (hiện hành; mặc định;"), "{out}");
    assert!(out.contains("Quyết định số 4109/QĐ-BKHCN"), "{out}");
    assert!(out.contains("ký hiệu tiêu chuẩn vẫn là ISO 9001:2015"), "{out}");
    let o = run(&["clause", "6.1.3", "--edition", "2026", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.starts_with("6.1.3 Actions to address opportunities\n"), "{out}");
    assert!(
        out.contains("Edition: ISO 9001:2026\n")
            && out.contains("Changed since 2015 (adds a requirement)"),
        "{out}"
    );
    let o = run(&["map", "6.1", "--from", "2015", "--to", "2026", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["targets"][0]["number"], "6.1");
    let o = run(&[
        "transition",
        "4.1",
        "7.3",
        "10.3",
        "--from",
        "2015",
        "--to",
        "2026",
        "--lang",
        "en",
    ]);
    let out = stdout(&o);
    assert!(out.contains("10.1 Continual improvement  ← 10.3"), "{out}");
    assert!(
        out.contains("7.3 Awareness (new requirement): Awareness includes quality culture"),
        "{out}"
    );
    let o = run(&["transition", "4.2.3", "8.2.2", "--lang", "en"]);
    let out = stdout(&o);
    assert!(
        out.contains("9.2.2 (untitled) – ")
            && out.contains("7.1.6 Organizational knowledge  (new content)"),
        "{out}"
    );
}

#[test]
fn transition_does_not_claim_requirements_are_met() {
    // A correlation table shows where old content has a counterpart; it
    // does not assess anything.
    let o = run(&["transition", "4.2.3", "8.2.2"]);
    let out = stdout(&o);
    assert!(out.contains("\nĐã có nội dung tương ứng: 5 điều khoản\n  7.5.2 "), "{out}");
    assert!(out.contains("\nChưa có nội dung tương ứng (cần bổ sung): 60 điều khoản\n"), "{out}");
    assert!(!out.contains("Đã đáp ứng") && !out.contains("Chưa đáp ứng"), "{out}");
    let o = run(&["transition", "4.2.3", "8.2.2", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.contains("\nCorresponding content exists: 5 clause(s)\n"), "{out}");
    assert!(out.contains("\nNo corresponding content yet (to be added): 60 clause(s)\n"), "{out}");
    assert!(!out.contains("Covered") && !out.contains("covered"), "{out}");
}

#[test]
fn rules_are_aligned_whatever_the_id_length() {
    let o = run(&["audit-rules"]);
    let out = stdout(&o);
    let column = |id: &str| {
        let line = out.lines().find(|l| l.starts_with(id)).unwrap_or_default().to_owned();
        line.find("lỗi").or_else(|| line.find("cảnh báo"))
    };
    assert!(column("NC-001").is_some(), "{out}");
    assert_eq!(column("NC-001"), column("AUD-001"), "{out}");
    assert_eq!(column("QMS-001"), column("NC-002"), "{out}");
}

#[test]
fn help_everywhere() {
    for args in [
        &["--help"][..],
        &["clause", "--help"],
        &["search", "--help"],
        &["map", "--help"],
        &["tree", "--help"],
        &["transition", "--help"],
    ] {
        let o = run(args);
        assert!(o.status.success(), "{args:?}");
        assert!(stdout(&o).contains("Usage"), "{args:?}");
    }
}

fn examples(p: &str) -> String {
    format!("{}/../examples/{p}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_clean_document_exits_0() {
    let o = run(&[
        "check",
        &examples("documents/qt-kiem-soat-tai-lieu.json"),
        "--policy",
        &examples("policy.json"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("không có phát hiện nào"));
    assert!(stdout(&o).contains(": ĐẠT"));
}

#[test]
fn check_directory_groups_findings_by_document_and_exits_1() {
    let o = run(&[
        "check",
        &examples("documents"),
        "--policy",
        &examples("policy.json"),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let birth = out.find("QT.HT.01 issue 1").expect("grouped by document");
    let stale = out.find("DOC-023").expect("finding shown");
    assert!(stale > birth, "{out}");
    assert!(out.contains("Total: 4 document(s), 7 error(s), 5 warning(s)"), "{out}");
    assert!(stderr(&o).is_empty(), "no progress bar when stderr is not a terminal");
}

#[test]
fn check_json_is_the_report_of_the_library() {
    let file = examples("documents/qt-dang-ky-khai-sinh.json");
    let o = run(&["check", &file, "--policy", &examples("policy.json"), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["passed"], false);
    assert_eq!(v["findings"][0]["rule"], "DOC-023");
    // Byte-identical to the library's own JSON.
    let policy = std::fs::read_to_string(examples("policy.json")).unwrap();
    let doc = std::fs::read_to_string(&file).unwrap();
    let checker = iso9001::ops::checker(Some(&policy)).unwrap();
    let lib =
        iso9001::ops::check_document(&checker, &doc, "2026-11-22", iso9001::Lang::Vi).unwrap();
    assert_eq!(String::from_utf8(o.stdout).unwrap(), lib + "\n");
}

#[test]
fn check_as_of_changes_the_verdict() {
    let file = examples("documents/qt-kiem-soat-tai-lieu.json");
    let o = run(&[
        "check",
        &file,
        "--policy",
        &examples("policy.json"),
        "--as-of",
        "2030-01-01",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["findings"][0]["rule"], "DOC-060");
    assert_eq!(o.status.code(), Some(0), "an overdue review is a warning");
}

#[test]
fn check_bad_input_exits_2_naming_the_field() {
    let dir = std::env::temp_dir().join(format!("iso9001-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"kind": "tthc", "issue": "một", "status": "draft"}"#).unwrap();
    let o = run(&["check", bad.to_str().unwrap(), "--as-of", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("“/issue”"), "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("invalid type"),
        "no parser English in Vietnamese: {}",
        stderr(&o)
    );
    std::fs::write(&bad, "{not json").unwrap();
    let o = run(&["check", bad.to_str().unwrap(), "--as-of", "2026-11-22", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("malformed JSON"), "{}", stderr(&o));
    // A register with a syntax error is a syntax error, with its place.
    std::fs::write(&bad, "{\"documents\": [\n  {\"code\": \"QT.VP.01\",,}\n]}").unwrap();
    let o = run(&["check", bad.to_str().unwrap(), "--as-of", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("JSON sai cú pháp tại dòng 2, cột"), "{}", stderr(&o));
    // A JSON array is not a document.
    std::fs::write(&bad, "[1, 2]").unwrap();
    let o = run(&["check", bad.to_str().unwrap(), "--as-of", "2026-11-22", "--lang", "en"]);
    assert!(stderr(&o).contains("is not a procedure document or a register"), "{}", stderr(&o));
    // Invalid UTF-8 is told in Vietnamese with the byte offset.
    std::fs::write(&bad, b"{\"code\": \"QT\xff\"}").unwrap();
    let o = run(&["check", bad.to_str().unwrap(), "--as-of", "2026-11-22"]);
    assert!(stderr(&o).contains("không phải UTF-8 hợp lệ (byte thứ 12)"), "{}", stderr(&o));
    // With --json the error is JSON, like the other commands.
    let o = run(&["check", bad.to_str().unwrap(), "--as-of", "2026-11-22", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).expect("JSON error");
    assert_eq!(v["error"]["code"], "invalid_input");
    // A UTF-8 BOM is accepted.
    let doc = std::fs::read(examples("documents/qt-kiem-soat-tai-lieu.json")).unwrap();
    std::fs::write(&bad, [b"\xEF\xBB\xBF".as_slice(), &doc].concat()).unwrap();
    let policy = examples("policy.json");
    let o = run(&["check", bad.to_str().unwrap(), "--policy", &policy, "--as-of", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["check", "/no/such/file.json", "--as-of", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["check", &examples("documents"), "--as-of", "2026-13-01"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("Lỗi: --as-of: "), "{}", stderr(&o));
    let o = run(&["check", &examples("documents"), "--policy", "/no/such/policy.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "Lỗi: --policy: /no/such/policy.json: không tìm thấy tệp\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn other_commands_tell_file_and_argument_problems_in_vietnamese() {
    // A missing file is a missing file, not "invalid data", for every
    // command that reads one.
    for cmd in ["audit", "qms", "dossiers"] {
        let o = run(&[cmd, "/no/such/file.json"]);
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        assert_eq!(stderr(&o), "Lỗi: /no/such/file.json: không tìm thấy tệp\n", "{cmd}");
    }
    let o = run(&["audit", "/no/such/file.json", "--lang", "en"]);
    assert_eq!(stderr(&o), "error: /no/such/file.json: file not found\n");
    let o = run(&["due", "--received", "2026-03-20T08:00", "--limit", "3x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("“3x” không phải thời hạn hợp lệ (ví dụ 5d = 5 ngày làm việc"),
        "{}",
        stderr(&o)
    );
    let o = run(&["due", "--received", "2026-03-20", "--limit", "5d"]);
    assert!(
        stderr(&o).contains("“2026-03-20” không phải ngày giờ dạng YYYY-MM-DDTHH:MM"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn rules_and_docnumber() {
    let o = run(&["rules", "--lang", "en"]);
    assert!(
        stdout(&o).contains("DOC-023  warning   Legal basis replaced [7.5.3.2]"),
        "{}",
        stdout(&o)
    );
    let o = run(&["docnumber", "118/2025/NĐ-CP", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["valid"], true);
    let parsed = &v["parsed"];
    assert_eq!((parsed["number"].as_u64(), parsed["docType"].as_str()), (Some(118), Some("NĐ")));
    // An official letter's symbol: issuing body – drafting unit.
    let o = run(&["docnumber", "123/UBND-VP"]);
    assert!(
        stdout(&o).contains("Ký hiệu: UBND-VP (cơ quan ban hành – đơn vị soạn thảo)"),
        "{}",
        stdout(&o)
    );
    let o = run(&["docnumber", "30/2020/NDCP"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "Sai thể thức “30/2020/NDCP”: “NDCP” không phải chữ viết tắt tên loại văn bản\n"
    );
}

#[test]
fn calendar_due_lunar_and_dossiers() {
    let o = run(&["calendar", "2026"]);
    let out = stdout(&o);
    // A swapped day and its worked day name each other; a day in lieu is
    // called so.
    assert!(
        out.contains(
            "Thứ Sáu   02/01/2026  nghỉ     Tết Dương lịch (nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026)"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "Thứ Bảy   10/01/2026  làm việc Ngày làm bù (cho ngày nghỉ thứ Sáu 02/01/2026)"
        ),
        "{out}"
    );
    assert!(out.contains("Thứ Hai   27/04/2026  nghỉ     Giỗ Tổ Hùng Vương (nghỉ bù)"), "{out}");
    assert!(out.contains("Chủ nhật  26/04/2026"), "{out}");
    assert!(!out.contains("Chủ Nhật"), "{out}");
    let o = run(&["due", "--received", "2026-02-12T16:10", "--limit", "5d"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Ngày hẹn trả kết quả: Thứ Sáu 27/02/2026 17:00"),
        "{}",
        stdout(&o)
    );
    // The note names the configured cut-off.
    assert!(
        stdout(&o).contains("  (nhận sau 15:00: thời hạn tính từ ngày làm việc tiếp theo)\n"),
        "{}",
        stdout(&o)
    );
    // Hours received on a day off (Saturday in Tết) run from the next
    // opening, and the output says so rather than the day off.
    let o = run(&["due", "--received", "2026-02-14T09:00", "--limit", "4h"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("\nTính từ: 07:30 Thứ Hai 23/02/2026\n"), "{out}");
    assert!(!out.contains("Tính từ: Thứ Bảy"), "{out}");
    assert!(out.contains("Ngày hẹn trả kết quả: Thứ Hai 23/02/2026 11:30"), "{out}");
    let o = run(&["due", "--received", "2026-02-12T16:10", "--limit", "5d", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    // The CalendarAnswer of the query every surface uses.
    assert_eq!((&v["kind"], &v["appointment"]["dueDate"]), (&"due".into(), &"2026-02-27".into()));
    let o = run(&["due", "--received", "2026-02-30T16:10", "--limit", "5d"]);
    assert_eq!(o.status.code(), Some(2), "impossible date");
    let o = run(&["due", "--received", "2026-02-12T16:10", "--limit", "-5d", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2), "negative limit");
    assert!(stderr(&o).contains("--limit"));
    // The process control slip of every dossier: each hand-over with its
    // time, giver, receiver and result.
    let o = run(&["dossiers", &examples("calendar/dossiers.json"), "--slip"]);
    let out = stdout(&o);
    assert_eq!(out.matches("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ").count(), 4, "{out}");
    assert!(
        out.contains("| Nguyễn Thị Hoa – Trung tâm Phục vụ hành chính công | Trần Văn Nam – Phòng Quản lý xây dựng | trước hạn"),
        "{out}"
    );
    let o = run(&["calendar", "2027"]);
    assert!(stdout(&o).contains("(dự kiến, chưa có quyết định về lịch nghỉ)"), "{}", stdout(&o));
    let o = run(&["calendar", "2026", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let culture = v["days"].as_array().unwrap().iter().find(|d| d["date"] == "2026-11-24").cloned();
    assert_eq!(culture.map(|d| d["working"].clone()), Some(false.into()), "24/11 is off in 2026");
    let o = run(&["lunar", "2026-02-17", "--lang", "en"]);
    assert_eq!(stdout(&o), "Tuesday 17/02/2026: 1/1/2026 (lunar)\n");
    // The leap mark goes with the month, outside the date's slashes.
    let o = run(&["lunar", "2025-07-30"]);
    assert_eq!(stdout(&o), "Thứ Tư 30/07/2025: 6/6 nhuận/2025 (âm lịch)\n");
    let o = run(&["lunar", "2025-07-30", "--lang", "en"]);
    assert_eq!(stdout(&o), "Wednesday 30/07/2025: 6/6/2025 (lunar, leap month)\n");
    let o = run(&["dossiers", &examples("calendar/dossiers.json")]);
    let out = stdout(&o);
    assert!(
        out.contains("đang giải quyết, quá hạn") && out.contains("quá hạn 21,2 ngày làm việc"),
        "{out}"
    );
    // The categories of the reporting forms, and the rate with its base.
    assert!(
        out.contains("đã giải quyết: 1 trước hạn, 1 đúng hạn, 0 quá hạn; đang giải quyết: 1 trong hạn, 1 quá hạn"),
        "{out}"
    );
    assert!(out.contains("Tỷ lệ giải quyết đúng hạn (trên hồ sơ đã giải quyết): 100%"), "{out}");
    let o = run(&["calendar", "2027", "--calendar", &examples("calendar/config.json"), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["kind"], "year");
    assert_eq!(v["provisional"], false, "the configuration passes in the 2027 decision");
    assert!(v["days"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["date"] == "2027-02-04" && d["working"] == false));
}

#[test]
fn query_answers_one_question_or_many_in_order() {
    let o = run(&["query", &examples("calendar/queries.json")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let answers = v.as_array().unwrap();
    assert_eq!(answers.len(), 9);
    // Received Thursday 12/2 after 15:00: counted from Friday 13/2, then
    // Tết 14–22/2; the fifth working day is Friday 27/2.
    assert_eq!(answers[0]["appointment"]["dueDate"], "2026-02-27");
    // A unit misspelt: that question refused in place, the rest answered.
    assert_eq!(answers[5]["kind"], "error");
    assert_eq!(answers[5]["error"]["field"], "/5/limit/unit");
    assert_eq!(answers[6]["date"], "2026-02-23");
    assert_eq!(answers[8]["day"]["holiday"], "nationalDay");
    let dir = std::env::temp_dir().join(format!("iso9001-query-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let one = dir.join("one.json");
    std::fs::write(&one, r#"{"kind": "day", "date": "2026-02-30"}"#).unwrap();
    let o = run(&["query", one.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/date"), "{}", stderr(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn audit_and_qms() {
    let o = run(&["audit", &examples("audit/audit-2026.json")]);
    assert_eq!(o.status.code(), Some(1), "the programme has errors");
    let out = stdout(&o);
    // Vietnamese numbers: a decimal comma, two decimals; the model named.
    assert!(out.contains("Điểm (mô hình tỷ lệ phù hợp): 81,82/100 – xếp loại tốt"), "{out}");
    assert!(out.contains("NC-02    +9,09  → 90,91"), "{out}");
    assert!(out.contains("chưa đủ điều kiện công bố"), "{out}");
    let o = run(&["audit", &examples("audit/audit-2026.json"), "--model", "xccdfFlat", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["score"]["model"], "xccdfFlat");
    assert!(v["score"]["flat"]["max"].as_f64().unwrap() > 0.0);
    let o = run(&["audit", &examples("audit/audit-2026.json"), "--model", "bogus"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["qms", &examples("audit/qms-2026.json"), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("QMS-005") && out.contains("the agency must announce it again"), "{out}");
    assert!(out.contains("Score: 65.22/100 – grade fair"), "{out}");
    let o = run(&["audit-rules", "--lang", "en"]);
    assert!(
        stdout(&o).contains("AUD-003  error     Auditor audits own unit [9.2.2]"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn check_files_with_their_register_and_a_folder_with_other_files() {
    // The README's main job: the documents' files and the register that
    // lists some of them are one set, not duplicates.
    let o = run(&[
        "check",
        &examples("documents"),
        &examples("register"),
        "--policy",
        &examples("policy.json"),
    ]);
    let out = stdout(&o);
    assert!(!out.contains("REG-008"), "no invented duplicates: {out}");
    // `check examples`: the policy and the audit files are not procedures;
    // they are named and skipped, the rest is checked.
    let o = run(&["check", &examples(""), "--policy", &examples("policy.json"), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("Total:"), "{}", stdout(&o));
    assert!(
        !stderr(&o).contains("policy.json"),
        "the --policy file is not checked: {}",
        stderr(&o)
    );
}

#[test]
fn word_files_are_checked_and_findings_say_where_in_the_file() {
    // Step 3 of this procedure has no responsible unit; "Bước 3: …" is the
    // 41st paragraph of the Word file (counted with python-docx).
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/corpus/docx/03-xa-tan-phu-chung-thuc-ban-sao.docx"
    );
    let policy = examples("policy.json");
    let o = run(&["check", file, "--policy", &policy, "--as-of", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("DOC-031  Bước 3, trách nhiệm [Word: đoạn 41]"), "{out}");
    // The import shows the document and what was read.
    let o = run(&["import", file, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["document"]["code"], "QT.CT.01");
    assert!(!v["extraction"]["found"].as_array().unwrap().is_empty());
    // An old .doc is refused with what to do.
    let doc = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus/docx/15-legacy-word-97.doc");
    let o = run(&["import", doc, "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("save it as .docx"));
}
