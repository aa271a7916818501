//! Tests of the catalogue's data and functions.

use super::*;
use crate::text::{fold, Text};
use crate::Lang;
use proptest::prelude::*;

/// Every clause of the 2015 tree in the domain notes, in walk order.
const NOTES_2015: &[&str] = &[
    "4", "4.1", "4.2", "4.3", "4.4", "4.4.1", "4.4.2", "5", "5.1", "5.1.1", "5.1.2", "5.2",
    "5.2.1", "5.2.2", "5.3", "6", "6.1", "6.1.1", "6.1.2", "6.2", "6.2.1", "6.2.2", "6.3", "7",
    "7.1", "7.1.1", "7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.1.5.1", "7.1.5.2", "7.1.6", "7.2",
    "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "7.5.3.1", "7.5.3.2", "8", "8.1", "8.2",
    "8.2.1", "8.2.2", "8.2.3", "8.2.3.1", "8.2.3.2", "8.2.4", "8.3", "8.3.1", "8.3.2", "8.3.3",
    "8.3.4", "8.3.5", "8.3.6", "8.4", "8.4.1", "8.4.2", "8.4.3", "8.5", "8.5.1", "8.5.2", "8.5.3",
    "8.5.4", "8.5.5", "8.5.6", "8.6", "8.7", "8.7.1", "8.7.2", "9", "9.1", "9.1.1", "9.1.2",
    "9.1.3", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3", "10", "10.1", "10.2",
    "10.2.1", "10.2.2", "10.3",
];

/// Headings ([H]) in the notes' 2015 tree.
const HEADINGS_2015: &[&str] = &[
    "4", "4.4", "5", "5.1", "5.2", "6", "6.1", "6.2", "7", "7.1", "7.1.5", "7.5", "7.5.3", "8",
    "8.2", "8.2.3", "8.3", "8.4", "8.5", "8.7", "9", "9.1", "9.2", "9.3", "10", "10.2",
];

/// Clauses the standard leaves untitled.
const UNTITLED_2015: &[&str] = &[
    "4.4.1", "4.4.2", "6.1.1", "6.1.2", "6.2.1", "6.2.2", "7.5.3.1", "7.5.3.2", "8.2.3.1",
    "8.2.3.2", "8.7.1", "8.7.2", "9.2.1", "9.2.2", "10.2.1", "10.2.2",
];

fn e2015() -> &'static EditionDef {
    edition("2015").unwrap()
}

#[test]
fn tree_2015_has_every_clause_of_the_notes() {
    let e = e2015();
    let numbers: Vec<&str> =
        e.walk().map(|c| c.number).filter(|n| !["1", "2", "3"].contains(n)).collect();
    assert_eq!(numbers, NOTES_2015);
    for c in e.walk() {
        let in_notes = HEADINGS_2015.contains(&c.number);
        assert_eq!(c.kind == ClauseKind::Heading, in_notes, "heading status of {}", c.number);
        assert_eq!(c.title.is_none(), UNTITLED_2015.contains(&c.number), "title of {}", c.number);
    }
}

#[test]
fn titles_from_the_notes() {
    let c = clause("2015", "7.1.6").unwrap();
    assert_eq!(c.title_in(Lang::Vi), Some("Tri thức của tổ chức"));
    assert_eq!(c.title_in(Lang::En), Some("Organizational knowledge"));
    assert!(c.title_vi_confirmed);
    assert!(!clause("2015", "7.1.2").unwrap().title_vi_confirmed, "† in the notes");
    assert_eq!(clause("2015", "6").unwrap().title_in(Lang::Vi), Some("Hoạch định"));
    let untitled = clause("2015", "9.2.2").unwrap();
    assert_eq!(untitled.title_in(Lang::Vi), None);
    let e = crate::catalogue::edition("2015").unwrap();
    assert_eq!(e.label(untitled, Lang::En), e.summary("9.2.2").en);
    assert!(!e.summary("9.2.2").en.is_empty());
    assert_eq!(e.summary("99.9"), Text::new("", ""));
}

#[test]
fn amendment_2024_is_recorded_on_4_1_and_4_2() {
    let e = e2015();
    assert_eq!(e.amendments[0].name, "ISO 9001:2015/Amd 1:2024");
    let a41 = clause("2015", "4.1").unwrap().amendments;
    let a42 = clause("2015", "4.2").unwrap().amendments;
    assert!(a41.len() == 1 && a41[0].adds_requirement);
    assert!(a42.len() == 1 && !a42[0].adds_requirement, "4.2 gains only a note");
    let amended = e.walk().filter(|c| !c.amendments.is_empty()).count();
    assert_eq!(amended, 2);
}

#[test]
fn every_edition_is_well_formed() {
    for e in editions() {
        // One paraphrase per clause, in the clauses' order.
        let numbers: Vec<&str> = data::summaries(e.id).iter().map(|(n, _)| *n).collect();
        let clauses: Vec<&str> = e.clauses.iter().map(|c| c.number).collect();
        assert_eq!(numbers, clauses, "{}: summaries in the order of the clauses", e.id);
        let mut prev: Option<&str> = None;
        for c in e.walk() {
            if let Some(p) = prev {
                assert!(cmp_numbers(p, c.number).is_lt(), "{}: {p} before {}", e.id, c.number);
            }
            prev = Some(c.number);
            assert_eq!(normalize_number(c.number), Some(c.number));
            if let Some(parent) = c.parent_number() {
                let p =
                    e.clause(parent).unwrap_or_else(|| panic!("{} parent of {}", e.id, c.number));
                assert_eq!(c.depth(), p.depth() + 1);
                assert_eq!(p.kind, ClauseKind::Heading, "{} {} has children", e.id, parent);
            } else {
                assert_eq!(c.depth(), 1);
            }
            for lang in [Lang::Vi, Lang::En] {
                let summary = e.summary(c.number).get(lang);
                assert!(!summary.trim().is_empty(), "{} {} summary", e.id, c.number);
                if let Some(t) = c.title_in(lang) {
                    assert!(!t.trim().is_empty());
                }
            }
            assert_no_combining_marks(e.summary(c.number).vi);
            assert_no_combining_marks(c.title.map_or("", |t| t.vi));
        }
        for d in e.documented_information {
            assert!(
                e.clause(d.clause).is_some(),
                "{}: documented information on {}",
                e.id,
                d.clause
            );
            assert_no_combining_marks(d.what.vi);
        }
        assert_eq!(edition(e.id).unwrap().id, e.id);
    }
}

/// Vietnamese in NFC never needs a combining mark.
fn assert_no_combining_marks(s: &str) {
    assert!(!s.chars().any(|c| ('\u{0300}'..='\u{036F}').contains(&c)), "not NFC: {s}");
}

#[test]
fn documented_information_2015() {
    let e = e2015();
    let kinds: Vec<_> = e.documented_information_for("4.4.2").map(|d| d.kind).collect();
    assert_eq!(kinds, [DocInfoKind::MaintainAndRetain]);
    assert_eq!(
        e.documented_information_for("8.1").next().unwrap().condition,
        DocInfoCondition::ToTheExtentNecessary
    );
    assert_eq!(
        e.documented_information_for("8.5.1").next().unwrap().condition,
        DocInfoCondition::AsApplicable
    );
    assert_eq!(e.documented_information_for("7.1.6").count(), 0, "7.1.6 asks for none");
    assert_eq!(e.documented_information_for("6.1").count(), 0, "6.1 asks for none");
    assert_eq!(e.mandatory_documents().count(), 0, "2015 names no mandatory procedure");
}

#[test]
fn mandatory_documents_2008_and_2000() {
    for id in ["2008", "2000"] {
        let e = edition(id).unwrap();
        let mut procedures: Vec<&str> = e
            .mandatory_documents()
            .filter(|d| d.mandatory == Some(MandatoryDocument::DocumentedProcedure))
            .map(|d| d.clause)
            .collect();
        procedures.sort_by(|a, b| cmp_numbers(a, b));
        assert_eq!(procedures, ["4.2.3", "4.2.4", "8.2.2", "8.3", "8.5.2", "8.5.3"]);
        let manual: Vec<_> = e
            .mandatory_documents()
            .filter(|d| d.mandatory == Some(MandatoryDocument::QualityManual))
            .collect();
        assert_eq!(manual.len(), 1);
        assert_eq!(manual[0].clause, "4.2.2");
    }
}

#[test]
fn edition_2000_shares_numbering_with_2008() {
    let (a, b) = (edition("2000").unwrap(), edition("2008").unwrap());
    let na: Vec<_> = a.walk().map(|c| c.number).collect();
    let nb: Vec<_> = b.walk().map(|c| c.number).collect();
    assert_eq!(na, nb);
    assert_ne!(
        a.clause("7.6").unwrap().title_in(Lang::En),
        b.clause("7.6").unwrap().title_in(Lang::En)
    );
}

#[test]
fn edition_lookup_is_tolerant() {
    for s in ["2015", " 2015", "ISO 9001:2015", "iso9001:2015", "TCVN ISO 9001:2015", "9001:2015"] {
        assert_eq!(edition(s).unwrap().id, "2015", "{s}");
    }
    for s in ["", "20150", "ISO 14001:2015", "x2015"] {
        assert!(edition(s).is_err(), "{s}");
    }
    assert_eq!(current_edition().id, "2015");
    let err = edition("1994").unwrap_err();
    assert!(err.to_string().contains("2015, 2008, 2000"));
}

#[test]
fn clause_lookup_is_tolerant_and_says_why() {
    for s in ["7.5.3", "7.5.3.", " 7.5.3 ", "§7.5.3", "07.05.03"] {
        assert_eq!(clause("2015", s).unwrap().number, "7.5.3", "{s}");
    }
    assert_eq!(clause("2015", "11").unwrap_err().code(), "unknown_clause");
    assert_eq!(clause("2015", "seven").unwrap_err().code(), "invalid_clause_number");
    assert_eq!(clause("2020", "4").unwrap_err().code(), "unknown_edition");
    assert_eq!(
        clause("2008", "5.5.2").unwrap().title_in(Lang::En),
        Some("Management representative")
    );
}

#[test]
fn tree_navigation() {
    let e = e2015();
    let kids: Vec<_> = e.children("7.1").map(|c| c.number).collect();
    assert_eq!(kids, ["7.1.1", "7.1.2", "7.1.3", "7.1.4", "7.1.5", "7.1.6"]);
    let top: Vec<_> = e.children("").map(|c| c.number).collect();
    assert_eq!(top, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    let up: Vec<_> = e.ancestors("7.5.3.2").map(|c| c.number).collect();
    assert_eq!(up, ["7.5.3", "7.5", "7"]);
    assert_eq!(e.ancestors("7").count(), 0);
    let sub: Vec<_> = e.subtree("7.5").map(|c| c.number).collect();
    assert_eq!(sub, ["7.5", "7.5.1", "7.5.2", "7.5.3", "7.5.3.1", "7.5.3.2"]);
    assert!(e.assessable().all(|c| c.kind == ClauseKind::Requirement));
}

#[test]
fn views_are_localised() {
    let e = e2015();
    let v = ClauseView::new(e, e.clause("7.1.6").unwrap(), Lang::Vi);
    assert_eq!(v.title, Some("Tri thức của tổ chức"));
    assert_eq!(v.parent.as_ref().unwrap().number, "7.1");
    assert_eq!(v.ancestors.iter().map(|a| a.number).collect::<Vec<_>>(), ["7", "7.1"]);
    assert!(v.children.is_empty());
    let v = ClauseView::new(e, e.clause("4.1").unwrap(), Lang::En);
    assert_eq!(v.amendments.len(), 1);
    let ev = EditionView::new(e, Lang::En);
    assert_eq!(ev.clause_count, e.clauses.len());
    let tree = TreeEntry::tree(e, Lang::En);
    assert_eq!(tree.len(), e.clauses.len());
    assert_eq!(tree[0].depth, 1);
}

fn top_hit(q: &str, ed: &str) -> &'static str {
    let opts = SearchOptions { edition: Some(ed.into()), ..Default::default() };
    search(q, &opts, Lang::Vi).unwrap().first().map(|h| h.clause.number).unwrap_or("none")
}

#[test]
fn search_is_diacritic_and_case_insensitive() {
    assert_eq!(top_hit("hoach dinh", "2015"), "6");
    assert_eq!(top_hit("Hoạch định", "2015"), "6");
    assert_eq!(top_hit("HOACH DINH", "2015"), "6");
    assert_eq!(top_hit("tri thuc", "2015"), "7.1.6");
    assert_eq!(top_hit("organizational knowledge", "2015"), "7.1.6");
    assert_eq!(top_hit("7.1.6", "2015"), "7.1.6");
    assert_eq!(top_hit("hanh dong phong ngua", "2008"), "8.5.3");
    // "đ" matches "d" both ways.
    let opts = SearchOptions { edition: Some("2015".into()), ..Default::default() };
    let a = search("đánh giá nội bộ", &opts, Lang::Vi).unwrap();
    let b = search("danh gia noi bo", &opts, Lang::Vi).unwrap();
    assert_eq!(a, b);
    assert_eq!(a[0].clause.number, "9.2");
    assert!(search("   ", &opts, Lang::Vi).unwrap().is_empty());
    assert!(search("zzzzqqq", &opts, Lang::Vi).unwrap().is_empty());
}

#[test]
fn search_options_restrict_and_limit() {
    let all = search("khai quat", &SearchOptions::default(), Lang::Vi).unwrap();
    assert!(all.iter().any(|h| h.edition == "2008") && all.iter().any(|h| h.edition == "2015"));
    let opts = SearchOptions { limit: Some(2), ..Default::default() };
    assert_eq!(search("khai quat", &opts, Lang::Vi).unwrap().len(), 2);
    let en_only = SearchOptions { match_lang: Some(Lang::En), ..Default::default() };
    assert!(search("hoach dinh", &en_only, Lang::Vi).unwrap().is_empty());
    let vi_only = SearchOptions {
        match_lang: Some(Lang::Vi),
        edition: Some("2015".into()),
        ..Default::default()
    };
    assert!(search("planning", &vi_only, Lang::Vi)
        .unwrap()
        .iter()
        .all(|h| h.matched != SearchField::Title));
    let bad = SearchOptions { edition: Some("1987".into()), ..Default::default() };
    assert_eq!(search("x", &bad, Lang::Vi).unwrap_err().code(), "unknown_edition");
}

fn numbers(m: &Mapping) -> Vec<&'static str> {
    m.targets.iter().map(|t| t.number).collect()
}

#[test]
fn map_between_editions() {
    let m = map("8.5.3", "2008", "2015", Lang::En).unwrap();
    assert_eq!(numbers(&m), ["6.1", "10.3"]);
    assert_eq!(m.basis, MapBasis::Direct);
    let m = map("5.3", "2015", "2008", Lang::En).unwrap();
    assert_eq!(numbers(&m), ["5.4.2", "5.5.1", "5.5.2"]);
    // A sub-clause inherits its heading's row.
    let m = map("7.1.5.1", "2015", "2008", Lang::En).unwrap();
    assert_eq!((numbers(&m), m.basis, m.via), (vec!["7.6"], MapBasis::ViaAncestor, Some("7.1.5")));
    // A heading gathers its sub-clauses' rows.
    let m = map("7.5", "2008", "2015", Lang::En).unwrap();
    assert_eq!(m.basis, MapBasis::ViaDescendants);
    assert_eq!(numbers(&m), ["8.5.1", "8.5.2", "8.5.3", "8.5.4", "8.5.5", "8.5.6"]);
    // New content.
    let m = map("7.1.6", "2015", "2008", Lang::En).unwrap();
    assert!(m.targets.is_empty());
    assert_eq!(m.basis, MapBasis::NoCounterpart);
    // Chained through 2008.
    let m = map("8.5.3", "2000", "2015", Lang::Vi).unwrap();
    assert_eq!(numbers(&m), ["6.1", "10.3"]);
    assert_eq!(m.path, ["2000", "2008", "2015"]);
    assert_eq!(m.sources.len(), 2);
    // Same edition: identity with an empty chain of tables.
    let m = map("7.2", "2015", "2015", Lang::Vi).unwrap();
    assert_eq!(numbers(&m), ["7.2"]);
    assert_eq!(map("99", "2008", "2015", Lang::Vi).unwrap_err().code(), "unknown_clause");
}

#[test]
fn transition_2008_to_2015() {
    let t = transition("2008", "2015", &["4.2.3", "4.2.4", "8.2.2"], Lang::Vi).unwrap();
    let covered: Vec<_> = t.covered.iter().map(|c| c.clause.number).collect();
    assert_eq!(covered, ["7.5.2", "7.5.3.1", "7.5.3.2", "9.2.1", "9.2.2"]);
    let c = t.covered.iter().find(|c| c.clause.number == "7.5.2").unwrap();
    assert_eq!(c.from, ["4.2.3", "4.2.4"]);
    assert!(t.uncovered.iter().any(|c| c.number == "7.1.6"));
    assert_eq!(t.new_clauses.iter().map(|c| c.number).collect::<Vec<_>>(), ["7.1.6"]);
    let total = e2015().assessable().count();
    assert_eq!(t.covered.len() + t.uncovered.len(), total);
    // Everything covered: only the new content is left.
    let e08 = edition("2008").unwrap();
    let all: Vec<&str> = e08.walk().map(|c| c.number).collect();
    let t = transition("2008", "2015", &all, Lang::En).unwrap();
    assert_eq!(t.uncovered.iter().map(|c| c.number).collect::<Vec<_>>(), ["7.1.6"]);
    assert_eq!(
        transition("2008", "2015", &["x"], Lang::En).unwrap_err().code(),
        "invalid_clause_number"
    );
}

fn any_clause() -> impl Strategy<Value = (&'static EditionDef, &'static ClauseDef)> {
    let all: Vec<(&'static EditionDef, &'static ClauseDef)> =
        editions().iter().flat_map(|e| e.clauses.iter().map(move |c| (*e, c))).collect();
    prop::sample::select(all)
}

proptest! {
    #[test]
    fn every_parent_exists_and_depth_follows((e, c) in any_clause()) {
        match c.parent_number() {
            Some(p) => {
                let parent = e.clause(p);
                prop_assert!(parent.is_some());
                prop_assert_eq!(c.depth(), parent.unwrap().depth() + 1);
                prop_assert!(e.children(p).any(|k| k.number == c.number));
            }
            None => prop_assert_eq!(c.depth(), 1),
        }
        prop_assert_eq!(e.walk().filter(|k| k.number == c.number).count(), 1, "unique number");
    }

    #[test]
    fn walk_order_is_numeric_order((e, c, d) in any_clause().prop_flat_map(|(e, c)| {
        (Just(e), Just(c), prop::sample::select(e.clauses.iter().collect::<Vec<_>>()))
    })) {
        let pos = |n: &str| e.walk().position(|k| k.number == n).unwrap();
        prop_assert_eq!(pos(c.number).cmp(&pos(d.number)), cmp_numbers(c.number, d.number));
    }

    #[test]
    fn search_finds_every_clause_by_its_title((e, c) in any_clause(), lang in prop_oneof![Just(Lang::Vi), Just(Lang::En)]) {
        let title = e.label(c, lang);
        let opts = SearchOptions { edition: Some(e.id.into()), ..Default::default() };
        for q in [title.to_owned(), fold(title), title.to_uppercase()] {
            let hits = search(&q, &opts, lang).unwrap();
            prop_assert!(hits.iter().any(|h| h.clause.number == c.number), "{} not found by {:?}", c.number, q);
        }
    }

    #[test]
    fn correlation_is_symmetric((e, c) in any_clause()) {
        // Direct pairs read one way are found the other way.
        for t in correlations() {
            if let CorrelationKind::Pairs(pairs) = t.kind {
                let (other, forward) = if e.id == t.from { (t.to, true) } else if e.id == t.to { (t.from, false) } else { continue };
                let m = map(c.number, e.id, other, Lang::En).unwrap();
                if m.basis != MapBasis::Direct { continue; }
                for target in &m.targets {
                    let back = map(target.number, other, e.id, Lang::En).unwrap();
                    prop_assert!(back.targets.iter().any(|b| b.number == c.number)
                        || back.basis != MapBasis::Direct,
                        "{} -> {} not reversed", c.number, target.number);
                    let listed = pairs.iter().any(|(l, rs)| if forward { *l == c.number && rs.contains(&target.number) } else { *l == target.number && rs.contains(&c.number) });
                    prop_assert!(listed);
                }
            }
        }
    }

    #[test]
    fn lookup_never_panics(s in "\\PC{0,40}") {
        let _ = clause("2015", &s);
        let _ = edition(&s);
        let _ = search(&s, &SearchOptions::default(), Lang::Vi);
    }
}

mod edition_2026;
