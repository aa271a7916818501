//! ISO 9001:2026: its tree, its place beside the national standard, and
//! the correlation to and from 2015.

use super::*;

/// The 2026 tree as the two extractions of the published text list it
/// (`data/SOURCES.md`): 2015's numbers with 6.1.3 added and 10.3 gone.
#[test]
fn the_2026_tree_is_2015_with_6_1_3_and_without_10_3() {
    let e = edition("2026").unwrap();
    let numbers: Vec<&str> =
        e.walk().filter(|c| c.kind != ClauseKind::Informative).map(|c| c.number).collect();
    let mut want: Vec<&str> = NOTES_2015.iter().copied().filter(|n| *n != "10.3").collect();
    let at = want.iter().position(|n| *n == "6.1.2").unwrap();
    want.insert(at + 1, "6.1.3");
    assert_eq!(numbers, want);
    let title = |n: &str| e.clause(n).unwrap().title_in(Lang::En);
    assert_eq!(title("6.1.1"), Some("Determining risks and opportunities"));
    assert_eq!(title("6.1.3"), Some("Actions to address opportunities"));
    assert_eq!(title("10.1"), Some("Continual improvement"));
    assert_eq!(title("9.3.3"), Some("Management review results"));
    assert_eq!(title("6.2.1"), None, "untitled as in 2015");
    assert!(!e.clause("5.2.1").unwrap().title_en_confirmed, "the sources disagree");
    // No TCVN yet: every Vietnamese title is reported unconfirmed.
    let v = ClauseView::new(e, e.clause("7.3").unwrap(), Lang::Vi);
    assert!(!v.title_vi_confirmed);
    assert!(v.changes.iter().any(|c| c.adds_requirement && c.since == "2015"));
    assert!(!e.documented_information.is_empty());
}

#[test]
fn the_national_standard_stays_the_default_while_iso_publishes_2026() {
    assert_eq!(current_edition().id, "2015");
    assert_eq!(current_international_edition().id, "2026");
    let ids: Vec<&str> = editions().iter().map(|e| e.id).collect();
    assert_eq!(ids, ["2026", "2015", "2008", "2000"]);
    let v = EditionView::new(edition("2026").unwrap(), Lang::Vi);
    assert_eq!(
        (v.status, v.international_status),
        (EditionStatus::NotAdopted, EditionStatus::Current)
    );
    assert!(!v.national_default);
    assert!(EditionView::new(edition("2015").unwrap(), Lang::Vi).national_default);
}

#[test]
fn clauses_map_to_2026_directly_and_through_the_chain() {
    let targets = |n: &str, from: &str, to: &str| -> Vec<&'static str> {
        map(n, from, to, Lang::En).unwrap().targets.iter().map(|t| t.number).collect()
    };
    assert_eq!(targets("6.1", "2015", "2026"), ["6.1"]);
    assert_eq!(targets("6.1.2", "2015", "2026"), ["6.1.2", "6.1.3"]);
    assert_eq!(targets("10.3", "2015", "2026"), ["10.1"]);
    assert_eq!(targets("10.1", "2015", "2026"), ["10.1"]);
    assert_eq!(targets("7.1.6", "2015", "2026"), ["7.1.6"]);
    assert_eq!(targets("6.1.3", "2026", "2015"), ["6.1.2"]);
    assert_eq!(targets("10.1", "2026", "2015"), ["10.1", "10.3"]);
    // 2008 preventive action reaches risks and improvement of 2026.
    let m = map("8.5.3", "2008", "2026", Lang::En).unwrap();
    assert_eq!(m.path, ["2008", "2015", "2026"]);
    assert_eq!(m.targets.iter().map(|t| t.number).collect::<Vec<_>>(), ["6.1", "10.1"]);
    assert_eq!(
        map("4.2.3", "2000", "2026", Lang::En).unwrap().path,
        ["2000", "2008", "2015", "2026"]
    );
}

#[test]
fn a_2015_system_moving_to_2026_covers_every_clause_and_learns_what_changed() {
    let all: Vec<&str> = edition("2015").unwrap().assessable().map(|c| c.number).collect();
    let t = transition("2015", "2026", &all, Lang::Vi).unwrap();
    assert!(t.uncovered.is_empty(), "{:?}", t.uncovered);
    let changed: Vec<&str> = t.changed.iter().map(|c| c.clause.number).collect();
    for n in ["4.1", "5.1.1", "6.1.3", "6.3", "7.3"] {
        assert!(changed.contains(&n), "{n} in {changed:?}");
    }
    // Backwards there is nothing to take on.
    assert!(transition("2026", "2015", &["6.1.3"], Lang::Vi).unwrap().changed.is_empty());
}
