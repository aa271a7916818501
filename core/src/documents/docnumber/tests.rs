//! Tests of the document-number parser.

use super::*;

fn ok(s: &str) -> DocumentNumber {
    parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

#[test]
fn check_reports_as_data() {
    let ok = check(" 19/2014/QĐ-TTg ", Lang::En);
    assert!(ok.valid && ok.problem.is_none());
    assert_eq!(ok.input, "19/2014/QĐ-TTg");
    let bad = check("19/2014/QĐ TTg", Lang::En);
    assert_eq!((bad.valid, bad.problem), (false, Some(NumberProblem::ContainsSpace)));
}

#[test]
fn well_formed_numbers() {
    let n = ok("118/2025/NĐ-CP");
    assert_eq!(
        (n.form, n.number, n.year, n.doc_type),
        (NumberForm::LegalNormative, 118, Some(2025), Some("NĐ"))
    );
    assert_eq!(n.type_name().map(|t| t.en), Some("decree"));
    assert_eq!(ok("26/2014/TT-BKHCN").issuer, "BKHCN");
    let law = ok("64/2025/QH15");
    assert_eq!((law.form, law.issuer.as_str()), (NumberForm::Law, "QH15"));
    let n = ok("2323/QĐ-UBND");
    assert_eq!((n.form, n.year, n.issuer.as_str()), (NumberForm::Administrative, None, "UBND"));
    let n = ok("3003/BKHCN-TĐC");
    assert_eq!(
        (n.form, n.doc_type, n.issuer.as_str()),
        (NumberForm::OfficialLetter, None, "BKHCN-TĐC")
    );
    let n = ok("80-NQ/TW");
    assert_eq!(
        (n.form, n.number, n.doc_type, n.issuer.as_str()),
        (NumberForm::Party, 80, Some("NQ"), "TW")
    );
    assert_eq!(ok("12/2024/QyĐ-UBND").doc_type, Some("QyĐ"));
    assert_eq!(ok("05/2023/TTLT-BTC-BNV").issuer, "BTC-BNV");
    assert_eq!(ok(" 9907/VPCP-TCCV ").number, 9907);
    assert_eq!(parse("19/2014/QĐ-TTg").unwrap().type_name().map(|t| t.vi), Some("quyết định"));
}

fn without(written: &str, meant: &str) -> NumberProblem {
    NumberProblem::WithoutDiacritic { written: written.into(), meant: meant.into() }
}

#[test]
fn malformed_numbers_say_why() {
    let cases: &[(&str, NumberProblem)] = &[
        ("", NumberProblem::Empty),
        ("19/2014/QĐ- TTg", NumberProblem::ContainsSpace),
        ("19-2014-QĐ-TTg", NumberProblem::MissingSlash),
        ("XIX/2014/QĐ-TTg", NumberProblem::BadNumber { part: "XIX".into() }),
        ("0/2014/QĐ-TTg", NumberProblem::BadNumber { part: "0".into() }),
        ("19/14/QĐ-TTg", NumberProblem::BadYear { part: "14".into() }),
        ("19/1800/QĐ-TTg", NumberProblem::BadYear { part: "1800".into() }),
        ("30/2020/NDCP", NumberProblem::UnknownType { abbreviation: "NDCP".into() }),
        ("30/2020/XX-CP", NumberProblem::UnknownType { abbreviation: "XX".into() }),
        ("2323/QĐ-", NumberProblem::EmptyGroup),
        ("2323/Qđ-UBND", NumberProblem::NotCapitals { group: "Qđ".into() }),
        ("1/2/3/4", NumberProblem::TooManyParts),
        ("238/2025/ND-CP", without("ND", "NĐ")),
        ("05/2024/QD-UBND", without("QD", "QĐ")),
    ];
    for (input, want) in cases {
        assert_eq!(&parse(input).unwrap_err(), want, "{input}");
        assert!(!want.describe(Lang::Vi).is_empty());
        assert_ne!(want.describe(Lang::Vi), want.describe(Lang::En));
    }
}

/// What a secretary reads in a number typed with a slip: the document
/// meant, or nothing when the fault leaves it in doubt.
#[test]
fn a_slip_still_names_its_document() {
    let meant = |t: &str| meant(t).map(|(n, text)| (n.to_string(), text));
    let named = |n: &str, t: &str| Some((n.to_owned(), t.to_owned()));
    assert_eq!(meant("01/2021/NĐ - CP"), named("1/2021/NĐ-CP", "01/2021/NĐ-CP"));
    assert_eq!(meant(" 15 /2020 /NĐ - CP "), named("15/2020/NĐ-CP", "15/2020/NĐ-CP"));
    assert_eq!(meant("238/2025/ND-CP"), named("238/2025/NĐ-CP", "238/2025/NĐ-CP"));
    assert_eq!(meant("01/2018/TT - VPCP"), named("1/2018/TT-VPCP", "01/2018/TT-VPCP"));
    // "DA" (dự án) and "HD" (hướng dẫn) are types of their own.
    assert_eq!(meant("12/2024/HD-UBND"), None);
    // Other faults, and numbers written right, are not slips.
    assert_eq!(meant("01/2021/NĐ CP"), None);
    assert_eq!(meant("30/2020/NDCP"), None);
    assert_eq!(meant("2323/Qđ-UBND"), None);
    assert_eq!(meant("19/2014/QĐ-TTg"), None);
}
