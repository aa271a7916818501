//! Shared pieces of the benchmarks: generated inputs and a small timer.
//! The benchmarks themselves are in `benches/benches/`; their figures are
//! recorded in `benches/README.md`.

use std::time::{Duration, Instant};

use iso9001::documents::{
    ChangeEntry, Distribution, DocStatus, Duration as StepDuration, DurationUnit, Form,
    LegalReference, ProcedureDocument, ProcedureKind, RecordSpec, Register, Retention, Signature,
    Signatures, Step,
};

/// The policy the benchmarks use (code pattern, replaced documents, and
/// a 1 GiB input limit for the 100k-document register).
pub const POLICY: &str = r#"{
  "asOf": "2026-11-22",
  "codePatterns": ["QT.{UNIT}.{NN}", "QT.{UNIT}.{NNN}"],
  "replacedDocuments": [{"number": "61/2018/NĐ-CP", "replacedBy": "118/2025/NĐ-CP"}],
  "limits": {"maxBytes": 1073741824}
}"#;

fn date(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

fn sig(name: &str, position: &str, day: u32) -> Option<Signature> {
    Some(Signature {
        name: Some(name.to_owned()),
        position: Some(position.to_owned()),
        date: date(2026, 2, day),
        on_behalf_of: None,
    })
}

/// A typical TTHC procedure with `steps` steps (10–20 in practice), clean
/// but for what `variant` changes, so registers have realistic findings.
pub fn document(n: usize, steps: usize) -> ProcedureDocument {
    let code = format!("QT.XD.{:03}", n % 1000);
    let step = |i: usize| Step {
        order: u32::try_from(i + 1).unwrap_or(u32::MAX),
        action: Some(format!("Thực hiện công việc bước {} theo quy định", i + 1)),
        responsible: Some("Phòng Quản lý xây dựng".to_owned()),
        duration: Some(StepDuration {
            value: if i % 3 == 0 { 4.0 } else { 0.5 },
            unit: if i % 3 == 0 { DurationUnit::WorkingHours } else { DurationUnit::WorkingDays },
        }),
        forms: if i % 4 == 0 { vec![format!("BM-{:02}", i / 4 + 1)] } else { vec![] },
        output: Some("Hồ sơ đã xử lý".to_owned()),
    };
    let forms = (0..steps.div_ceil(4))
        .map(|k| Form {
            code: format!("BM-{:02}", k + 1),
            title: Some(format!("Biểu mẫu số {}", k + 1)),
        })
        .collect();
    ProcedureDocument {
        code,
        title: "Cấp giấy phép xây dựng đối với công trình cấp III, cấp IV".to_owned(),
        case: None,
        kind: ProcedureKind::Tthc,
        form: Default::default(),
        decision: None,
        owner_unit: Some("Phòng Quản lý xây dựng".to_owned()),
        tthc_code: Some(format!("1.{:06}", n)),
        edition: "2015".to_owned(),
        clauses: vec!["8.1".to_owned(), "8.2.2".to_owned(), "8.5.1".to_owned()],
        issue: 2,
        issued_on: date(2026, 3, 2),
        effective_on: date(2026, 3, 2),
        status: DocStatus::Effective,
        signatures: Signatures {
            drafted: sig("Nguyễn Văn An", "Chuyên viên", 20),
            reviewed: sig("Trần Thị Bình", "Trưởng phòng", 25),
            approved: sig("Lê Văn Cường", "Phó Giám đốc", 27),
        },
        purpose: Some("Quy định trình tự, thủ tục cấp giấy phép xây dựng.".to_owned()),
        scope: Some("Áp dụng đối với Sở Xây dựng và Trung tâm Phục vụ hành chính công.".to_owned()),
        legal_basis: Some(vec![
            LegalReference {
                number: "50/2014/QH13".to_owned(),
                title: Some("Luật Xây dựng".to_owned()),
                issuer: Some("Quốc hội".to_owned()),
                date: date(2014, 6, 18),
                kind: None,
            },
            LegalReference {
                number: if n % 10 == 0 { "61/2018/NĐ-CP" } else { "118/2025/NĐ-CP" }.to_owned(),
                title: Some("Cơ chế một cửa, một cửa liên thông".to_owned()),
                issuer: Some("Chính phủ".to_owned()),
                date: if n % 10 == 0 { date(2018, 4, 23) } else { date(2025, 6, 9) },
                kind: None,
            },
        ]),
        definitions: None,
        steps: Some((0..steps).map(step).collect()),
        statutory_limit: Some(StepDuration { value: 20.0, unit: DurationUnit::WorkingDays }),
        no_statutory_limit: false,
        forms: Some(forms),
        records: Some(vec![RecordSpec {
            name: "Hồ sơ cấp giấy phép xây dựng".to_owned(),
            keeper: Some("Phòng Quản lý xây dựng".to_owned()),
            place: Some("Kho lưu trữ cơ quan".to_owned()),
            retention: Some(Retention::Permanent),
        }]),
        change_log: vec![ChangeEntry {
            issue: 2,
            location: Some("Mục 3".to_owned()),
            change: Some("Cập nhật căn cứ pháp lý".to_owned()),
            date: date(2026, 3, 2),
        }],
        distribution: vec![Distribution {
            unit: "Trung tâm Phục vụ hành chính công".to_owned(),
            copies: Some(1),
        }],
        last_review: date(2026, 9, 1),
        references: vec![format!("QT.XD.{:03}", (n + 1) % 1000)],
    }
}

/// A register of `n` generated documents.
pub fn register(n: usize) -> Register {
    Register {
        agency: Some("Sở Xây dựng".to_owned()),
        documents: (0..n).map(|i| document(i, 12)).collect(),
    }
}

/// Median wall time of `f` over `runs` runs, after one warm-up run.
pub fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Peak resident memory of this process (VmHWM, bytes), Linux only.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Current resident memory of this process (VmRSS, bytes), Linux only.
pub fn rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
