//! The law in force on the day checked: replaced documents, their chains,
//! and the shipped list (well-formed, its Rust table current).

use super::*;

#[test]
fn a_replaced_citation_names_the_document_in_force_on_the_day() {
    // 15/2021/NĐ-CP → 175/2024/NĐ-CP (30/12/2024) → 217/2026/NĐ-CP
    // (01/07/2026), from the shipped list.
    let mut d = clean();
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: "15/2021/NĐ-CP".into(), ..Default::default() };
    let checker = Checker::new(policy()).unwrap();
    let named = |as_of| {
        let report = checker.check_document(&d, as_of);
        let f = report.findings.iter().find(|f| f.rule_id() == "DOC-023").expect("DOC-023");
        f.message(Lang::En)
    };
    assert!(named(day(2026, 6, 30)).contains("replaced by 175/2024/NĐ-CP"));
    assert!(named(day(2026, 7, 1)).contains("replaced by 217/2026/NĐ-CP"));
    // A loop in a policy's own list ends.
    let mut p = policy();
    p.replaced_documents.push(Replacement::new("1/2020/NĐ-CP", "2/2020/NĐ-CP"));
    p.replaced_documents.push(Replacement::new("2/2020/NĐ-CP", "01/2020/NĐ-CP"));
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: "01/2020/NĐ-CP".into(), ..Default::default() };
    let report = Checker::new(p).unwrap().check_document(&d, as_of());
    assert_eq!(report.rule_ids(), ["DOC-023"]);
}

/// A procurement procedure (lựa chọn nhà thầu) citing Nghị định
/// 63/2014/NĐ-CP: in force until 26/02/2024, then 24/2024/NĐ-CP, itself
/// replaced by 214/2025/NĐ-CP from 04/08/2025.
#[test]
fn a_procurement_decree_follows_its_chain_of_replacements() {
    let doc023 = |as_of| replaced_citation("63/2014/NĐ-CP", as_of);
    assert_eq!(doc023(day(2024, 2, 26)), None);
    assert!(doc023(day(2024, 2, 27)).unwrap().contains("replaced by 24/2024/NĐ-CP"));
    assert!(doc023(day(2026, 12, 3)).unwrap().contains("replaced by 214/2025/NĐ-CP"));
}

/// The DOC-023 message (in English) of a clean procedure citing `number`
/// as its legal basis, checked on `as_of`; `None` when it is in force.
fn replaced_citation(number: &str, as_of: NaiveDate) -> Option<String> {
    let mut d = clean();
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: number.into(), ..Default::default() };
    let report = Checker::new(policy()).unwrap().check_document(&d, as_of);
    let f = report.findings.iter().find(|f| f.rule_id() == "DOC-023");
    f.map(|f| f.message(Lang::En))
}

/// A land procedure (thu hồi đất, bồi thường) citing the decrees of the
/// 2013 Land Law: from 01/08/2024 Nghị định 47/2014/NĐ-CP (bồi thường,
/// hỗ trợ, tái định cư) gave way to 88/2024/NĐ-CP and 45/2014/NĐ-CP (tiền
/// sử dụng đất) to 103/2024/NĐ-CP. A residence procedure citing Nghị định
/// 31/2014/NĐ-CP (Luật Cư trú 2006) is pointed past 62/2021/NĐ-CP to
/// 154/2024/NĐ-CP, in force since 10/01/2025.
#[test]
fn land_and_residence_decrees_are_read_as_of_the_day() {
    let doc023 = replaced_citation;
    assert_eq!(doc023("47/2014/NĐ-CP", day(2024, 7, 31)), None);
    assert!(doc023("47/2014/NĐ-CP", day(2024, 8, 1))
        .unwrap()
        .contains("replaced by 88/2024/NĐ-CP"));
    assert!(doc023("45/2014/NĐ-CP", day(2026, 12, 3))
        .unwrap()
        .contains("replaced by 103/2024/NĐ-CP"));
    assert!(doc023("31/2014/NĐ-CP", day(2024, 12, 31))
        .unwrap()
        .contains("replaced by 62/2021/NĐ-CP"));
    assert!(doc023("31/2014/NĐ-CP", day(2026, 12, 3))
        .unwrap()
        .contains("replaced by 154/2024/NĐ-CP"));
    // The decree in force is not flagged.
    assert_eq!(doc023("88/2024/NĐ-CP", day(2026, 12, 3)), None);
}

/// A business-registration procedure (Sở Tài chính, since 2025 the
/// registration office) citing Nghị định 122/2020/NĐ-CP on the linked
/// procedures of registering an enterprise: from 01/07/2025 it gave way,
/// with 01/2021/NĐ-CP, to 168/2025/NĐ-CP on enterprise registration.
/// Citing it the day before was right; the prose form agencies write
/// ("Nghị định số 122/2020/NĐ-CP ngày 15/10/2020 của Chính phủ …") is
/// read as the number.
#[test]
fn the_linked_registration_decree_gives_way_to_168_2025() {
    let doc023 = replaced_citation;
    assert_eq!(doc023("122/2020/NĐ-CP", day(2025, 6, 30)), None);
    assert!(doc023("122/2020/NĐ-CP", day(2025, 7, 1))
        .unwrap()
        .contains("replaced by 168/2025/NĐ-CP"));
    let prose = "Nghị định số 122/2020/NĐ-CP ngày 15/10/2020 của Chính phủ quy định về phối hợp, \
                 liên thông thủ tục đăng ký thành lập doanh nghiệp, chi nhánh, văn phòng đại diện";
    assert!(doc023(prose, day(2026, 12, 3)).unwrap().contains("replaced by 168/2025/NĐ-CP"));
    assert_eq!(doc023("168/2025/NĐ-CP", day(2026, 12, 3)), None);
}

/// Laws are cited by name and year as often as by number ("Luật Đất đai
/// năm 2013"). Read by a secretary checking on 22/11/2026: each line, and
/// whether it cites a law replaced on that day, and by what.
#[test]
fn a_law_cited_by_its_name_and_year_is_the_numbered_law() {
    let checker = Checker::new(policy()).unwrap();
    let replaced_by = |text: &str| -> Option<String> {
        let mut d = clean();
        d.legal_basis.as_mut().unwrap()[0] =
            LegalReference { number: text.into(), ..Default::default() };
        let report = checker.check_document(&d, as_of());
        let f = report.findings.iter().find(|f| f.rule_id() == "DOC-023")?;
        let m = f.message(Lang::En);
        let by = &m[m.find("replaced by ")? + "replaced by ".len()..];
        Some(by.split([';', ' ']).next().unwrap_or(by).trim_end_matches('.').to_owned())
    };
    let cases: [(&str, Option<&str>); 15] = [
        // The 2013 land law, by name, in the ways agencies write the year.
        ("Luật Đất đai năm 2013", Some("31/2024/QH15")),
        ("Luật Đất đai 2013;", Some("31/2024/QH15")),
        ("Căn cứ Luật Đất đai ngày 29/11/2013", Some("31/2024/QH15")),
        ("- Luật đất đai ngày 29 tháng 11 năm 2013 của Quốc hội", Some("31/2024/QH15")),
        // The law in force, by name.
        ("Luật Đất đai năm 2024", None),
        ("Luật Đất đai", None),
        // The 2012 Labour Code is "Bộ luật", not "Luật".
        ("Bộ luật Lao động năm 2012", Some("45/2019/QH14")),
        ("Bộ luật Lao động năm 2019", None),
        // A chain: 2015 → 65/2025 → 72/2025 (in force 16/06/2025).
        ("Luật Tổ chức chính quyền địa phương năm 2015", Some("72/2025/QH15")),
        // Two laws of that name in 2025: the name and year do not say which.
        ("Luật Tổ chức chính quyền địa phương năm 2025", None),
        ("Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung năm 2019)", Some("80/2025/QH15")),
        // Replaced only from 01/07/2026: replaced on the day checked.
        ("Luật Xây dựng năm 2014", Some("135/2025/QH15")),
        // An amending law names the law it amends: it is not that law.
        ("Luật sửa đổi, bổ sung một số điều của Luật Xây dựng năm 2014", None),
        // A law never replaced.
        ("Luật Hộ tịch năm 2014", None),
        // The number wins when both are written.
        ("Luật Đất đai số 31/2024/QH15 năm 2013", None),
    ];
    for (text, want) in cases {
        assert_eq!(replaced_by(text).as_deref(), want, "{text}");
    }
    // The date decides: before 01/07/2026 the 2014 construction law stands.
    // Reviewed before the first of the dates checked, and recently enough
    // for the last.
    let mut d = clean();
    d.last_review = Some(day(2026, 5, 4));
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: "Luật Xây dựng năm 2014".into(), ..Default::default() };
    assert!(checker.check_document(&d, day(2026, 6, 30)).rule_ids().is_empty());
    // The civil-status law of 2014 stands until its successor, passed in
    // April 2026, takes effect on 01/03/2027.
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { number: "Luật Hộ tịch năm 2014".into(), ..Default::default() };
    assert!(checker.check_document(&d, day(2027, 2, 28)).rule_ids().is_empty());
    let report = checker.check_document(&d, day(2027, 3, 1));
    assert!(report.findings[0].message(Lang::En).contains("replaced by 03/2026/QH16"));
    // The name in the title, the number left empty.
    d.legal_basis.as_mut().unwrap()[0] =
        LegalReference { title: Some("Luật Đất đai năm 2013".into()), ..Default::default() };
    assert_eq!(checker.check_document(&d, as_of()).rule_ids(), ["DOC-023"]);
    // An agency's own entry may carry the name; a law whose name only
    // begins with it ("… công") is another law.
    let mut p = policy();
    let mut own = Replacement::new("39/2019/QH14", "58/2024/QH15");
    own.title = Some("Luật Đầu tư công".into());
    p.replaced_documents.push(own);
    let checker = Checker::new(p).unwrap();
    for (text, fires) in
        [("Luật Đầu tư công năm 2019", true), ("Luật Đầu tư công cộng năm 2019", false)]
    {
        d.legal_basis.as_mut().unwrap()[0] =
            LegalReference { number: text.into(), ..Default::default() };
        assert_eq!(!checker.check_document(&d, as_of()).rule_ids().is_empty(), fires, "{text}");
    }
}

#[test]
fn the_shipped_list_of_replaced_documents_is_well_formed() {
    // Read strictly here (the library falls back to an empty list rather
    // than fail a check): a typo in the data file fails this test.
    let text = include_str!("../../../data/replaced-documents.json");
    let list: Vec<Replacement> = crate::interchange::from_json(text, Default::default()).unwrap();
    let table: Vec<_> = shipped_replacements()
        .iter()
        .map(|r| (&r.number, &r.replaced_by, r.effective_from, r.confirmed, &r.title))
        .collect();
    let data: Vec<_> = list
        .iter()
        .map(|r| (&r.number, &r.replaced_by, r.effective_from, r.confirmed, &r.title))
        .collect();
    assert_eq!(table, data, "the generated table holds the data file");
    let mut seen = std::collections::BTreeSet::new();
    for r in &list {
        for n in [&r.number, &r.replaced_by] {
            assert!(parse_document_number(n).is_ok(), "{n} is a well-formed number");
        }
        assert!(seen.insert(replacement_key(&r.number)), "{} listed twice", r.number);
        assert!(r.confirmed.is_some(), "{} says whether it is confirmed", r.number);
    }
    // Each entry's source, kept beside the data (not embedded in the library).
    let sources: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../data/replaced-documents.sources.json"))
            .unwrap();
    let sourced: std::collections::BTreeSet<String> = sources
        .iter()
        .filter(|s| s["source"].as_str().is_some_and(|t| !t.trim().is_empty()))
        .map(|s| replacement_key(s["number"].as_str().unwrap()))
        .collect();
    assert_eq!(sourced, seen, "one source per entry, no source without an entry");
    // The README's option table says how many are shipped.
    let said = format!("shipped list of {} replaced documents", list.len());
    assert!(include_str!("../../../../README.md").contains(&said), "README: {said}");
    // A name to recognise a citation by has its own source.
    for r in list.iter().filter(|r| r.title.is_some()) {
        let source = sources.iter().find(|s| s["number"] == r.number.as_str()).unwrap();
        let named = source["titleSource"].as_str().unwrap_or("");
        assert!(named.starts_with(r.title.as_deref().unwrap()), "{}: titleSource", r.number);
    }
    // Every chain ends: following replacedBy never comes back.
    for r in &list {
        let mut at = replacement_key(&r.replaced_by);
        for _ in 0..list.len() {
            assert_ne!(at, replacement_key(&r.number), "{} loops", r.number);
            match list.iter().find(|x| replacement_key(&x.number) == at) {
                Some(next) => at = replacement_key(&next.replaced_by),
                None => break,
            }
        }
    }
}

/// The Rust table of replaced documents, generated from the data file (the
/// library does not parse JSON for it at run time).
fn replaced_table_from_data() -> String {
    let text = include_str!("../../../data/replaced-documents.json");
    let list: Vec<Replacement> = crate::interchange::from_json(text, Default::default()).unwrap();
    let mut out = String::from(
        "//! Generated from `core/data/replaced-documents.json` by the test\n\
         //! `replaced_table_is_current`: do not edit. Regenerate with\n\
         //! `REGENERATE=1 cargo test -p iso9001 --lib replaced_table`.\n\n\
         /// One replacement: number, replaced by, in effect from (y, m, d),\n\
         /// confirmed, the name it is cited by.\n\
         pub(crate) type Entry =\n    (&'static str, &'static str, Option<(i32, u32, u32)>, bool, Option<&'static str>);\n\n\
         /// The replacements, in the order of the data file.\n\
         #[rustfmt::skip]\n\
         pub(crate) const SHIPPED: &[Entry] = &[\n",
    );
    for r in &list {
        use chrono::Datelike;
        let from = r.effective_from.map_or("None".to_owned(), |d| {
            format!("Some(({}, {}, {}))", d.year(), d.month(), d.day())
        });
        let confirmed = r.confirmed.unwrap_or(false);
        let title = r.title.as_ref().map_or("None".to_owned(), |t| format!("Some({t:?})"));
        out.push_str(&format!(
            "    ({:?}, {:?}, {from}, {confirmed}, {title}),\n",
            r.number, r.replaced_by
        ));
    }
    out.push_str("];\n");
    out
}

#[test]
fn replaced_table_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/documents/replaced_data.rs");
    let fresh = replaced_table_from_data();
    if std::env::var_os("REGENERATE").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        stored == fresh,
        "the table of replaced documents is stale: run REGENERATE=1 cargo test -p iso9001 --lib replaced_table"
    );
}
