//! Retention periods as records tables write them ("Thời gian lưu"), read
//! as a careful ISO secretary would: a number of years, permanent, the
//! period a legal document sets, or nothing understood.

use super::super::values::parse_retention;
use crate::documents::Retention;

fn years(n: u32) -> Option<Retention> {
    Some(Retention::Years { years: n })
}

fn by(document: &str) -> Option<Retention> {
    Some(Retention::Reference { document: document.to_owned() })
}

#[test]
fn a_number_of_years_or_permanent() {
    assert_eq!(parse_retention("05 năm"), years(5));
    assert_eq!(parse_retention("5 năm kể từ năm kết thúc hồ sơ"), years(5));
    assert_eq!(parse_retention("70 năm"), years(70));
    assert_eq!(parse_retention("05năm"), years(5));
    assert_eq!(parse_retention("Vĩnh viễn"), Some(Retention::Permanent));
    assert_eq!(parse_retention("Bảo quản vĩnh viễn"), Some(Retention::Permanent));
}

#[test]
fn the_years_are_those_before_nam_not_a_cited_number() {
    // The circular's number comes first; the period is the "05 năm".
    assert_eq!(parse_retention("Theo Thông tư 10/2022/TT-BNV: 05 năm"), years(5));
    assert_eq!(parse_retention("10 năm (Thông tư số 10/2022/TT-BNV)"), years(10));
}

#[test]
fn a_period_set_by_a_legal_document_is_a_reference() {
    assert_eq!(parse_retention("Theo Thông tư số 10/2022/TT-BNV"), by("10/2022/TT-BNV"));
    assert_eq!(parse_retention("Theo TT 10/2022/TT-BNV"), by("10/2022/TT-BNV"));
    assert_eq!(parse_retention("Thực hiện theo Thông tư 09/2011/TT-BNV"), by("09/2011/TT-BNV"));
    // The agency's own list of records and their periods.
    assert_eq!(
        parse_retention("Theo Danh mục hồ sơ ban hành kèm Quyết định số 125/QĐ-UBND"),
        by("125/QĐ-UBND")
    );
}

#[test]
fn words_without_a_period_or_a_document_are_not_understood() {
    assert_eq!(parse_retention("Theo quy định hiện hành"), None);
    assert_eq!(parse_retention("Lâu dài"), None);
    assert_eq!(parse_retention("Đến khi có văn bản thay thế"), None);
    assert_eq!(parse_retention(""), None);
}
