use super::vietnamese::grouped;
use super::*;

#[test]
fn codes_are_stable_and_messages_bilingual() {
    let cases = [
        (Error::UnknownEdition { edition: "1994".into(), known: "2015".into() }, "unknown_edition"),
        (Error::InvalidClauseNumber { input: "x".into() }, "invalid_clause_number"),
        (Error::UnknownClause { edition: "2015".into(), number: "11".into() }, "unknown_clause"),
        (Error::NoCorrelation { from: "a".into(), to: "b".into() }, "no_correlation"),
        (Error::UnknownLanguage { input: "fr".into() }, "unknown_language"),
        (
            Error::InvalidInput { field: "/a".into(), problem: InputProblem::Missing },
            "invalid_input",
        ),
    ];
    for (err, code) in cases {
        assert_eq!(err.code(), code);
        assert_eq!(err.message(Lang::En), err.to_string());
        assert_ne!(err.message(Lang::Vi), err.message(Lang::En));
    }
    let e = Error::InvalidInput { field: "/steps/0".into(), problem: InputProblem::Missing };
    assert_eq!(e.field(), Some("/steps/0"));
    assert!(e.message(Lang::Vi).contains("/steps/0"));
}

#[test]
fn the_parsers_english_is_told_in_vietnamese() {
    let vi = |p: InputProblem| p.describe(Lang::Vi);
    let wrong = |d: &str| InputProblem::WrongValue { detail: d.into() };
    assert_eq!(
        vi(wrong("invalid type: integer `5`, expected a string at line 2 column 11")),
        "sai kiểu dữ liệu: cần chuỗi ký tự, không phải số (dòng 2, cột 11)"
    );
    assert_eq!(
        vi(wrong("invalid type: map, expected a sequence at line 1 column 9")),
        "sai kiểu dữ liệu: cần mảng, không phải đối tượng (dòng 1, cột 9)"
    );
    assert_eq!(
        vi(wrong("invalid value: integer `-1`, expected u32 at line 1 column 3")),
        "giá trị “-1” không hợp lệ; cần số nguyên không âm (dòng 1, cột 3)"
    );
    assert_eq!(
        vi(wrong("`2026-03-20` is not a date-time (YYYY-MM-DDTHH:MM[:SS])")),
        "“2026-03-20” không phải ngày giờ dạng YYYY-MM-DDTHH:MM"
    );
    assert!(vi(wrong("input contains invalid characters at line 1 column 20"))
        .starts_with("ngày hoặc giờ không hợp lệ"));
    let syntax = InputProblem::Syntax { detail: "expected `,` or `}` at line 1 column 14".into() };
    assert_eq!(vi(syntax), "JSON sai cú pháp tại dòng 1, cột 14 (thiếu dấu “,” hoặc “}”)");
    for p in [
        wrong("invalid type: integer `5`, expected a string at line 2 column 11"),
        InputProblem::Syntax { detail: "EOF while parsing an object at line 3 column 0".into() },
    ] {
        let text = vi(p);
        assert!(!text.contains("expected") && !text.contains("EOF"), "{text}");
    }
    // A place the parser could not name is not shown.
    let e = Error::invalid("/?", InputProblem::Syntax { detail: "x at line 1 column 2".into() });
    assert_eq!(e.message(Lang::Vi), "Dữ liệu không hợp lệ: JSON sai cú pháp tại dòng 1, cột 2");
}

#[test]
fn vietnamese_sizes_group_thousands_with_dots() {
    assert_eq!(grouped(0), "0");
    assert_eq!(grouped(999), "999");
    assert_eq!(grouped(1000), "1.000");
    assert_eq!(grouped(2_000_000), "2.000.000");
    let p = InputProblem::TooLarge { size: 2_000_000, limit: 1_048_576 };
    assert_eq!(
        p.describe(Lang::Vi),
        "dữ liệu có dung lượng 2.000.000 byte, vượt giới hạn 1.048.576 byte"
    );
    assert_eq!(
        p.describe(Lang::En),
        "input is 2000000 bytes, more than the limit of 1048576 bytes"
    );
}
