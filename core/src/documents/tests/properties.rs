//! Property tests: any mix of defects gives exactly its findings, and
//! random documents never panic.

use super::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any combination of defects gives exactly their findings, in the
    /// same order every time; fixing one field removes its finding.
    #[test]
    fn defects_combine_and_fixing_removes_them(mask in proptest::collection::vec(any::<bool>(), 40)) {
        let all = mutations();
        let chosen: Vec<&Mutation> = all.iter().zip(&mask).filter(|(_, on)| **on).map(|(m, _)| m).collect();
        // Mutations that write the same field (the code: DOC-001, DOC-002;
        // a record's retention: DOC-042 … DOC-044): keep the first.
        let field = |rule: &str| match rule { "DOC-002" => "DOC-001", "DOC-043" | "DOC-044" => "DOC-042", r => r }.to_owned();
        let mut seen = std::collections::HashSet::new();
        let chosen: Vec<&Mutation> = chosen.into_iter().filter(|m| seen.insert(field(m.0))).collect();
        let mut doc = clean();
        for m in &chosen {
            (m.2)(&mut doc);
        }
        let got = findings(&doc);
        prop_assert_eq!(&got, &findings(&doc), "deterministic");
        let mut want: Vec<(&str, String)> = chosen.iter().map(|m| (m.0, m.1.to_owned())).collect();
        let mut sorted_got = got.clone();
        sorted_got.sort();
        want.sort();
        prop_assert_eq!(sorted_got, want);
        // Fix each defect alone: its finding goes, the others stay.
        for (k, fixed) in chosen.iter().enumerate() {
            let mut doc = clean();
            for (j, m) in chosen.iter().enumerate() {
                if j != k { (m.2)(&mut doc); }
            }
            let after = findings(&doc);
            prop_assert!(!after.contains(&(fixed.0, fixed.1.to_owned())), "{} still reported", fixed.0);
            prop_assert_eq!(after.len(), got.len() - 1);
        }
    }

    /// Validation never panics, whatever the document holds.
    #[test]
    fn never_panics(doc in arbitrary_document()) {
        let checker = Checker::new(policy()).unwrap();
        let report = checker.check_document(&doc, as_of());
        prop_assert_eq!(report.passed(), report.totals().errors == 0);
        let reg = Register { agency: None, documents: vec![doc.clone(), doc] };
        let _ = checker.check_register(&reg, as_of());
    }
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("\\PC{0,12}")
}

fn any_date() -> impl Strategy<Value = Option<NaiveDate>> {
    proptest::option::of(
        (-2000i32..5000, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)),
    )
}

fn arbitrary_document() -> impl Strategy<Value = ProcedureDocument> {
    fn sig() -> impl Strategy<Value = Option<Signature>> {
        proptest::option::of((opt_text(), opt_text(), any_date()).prop_map(
            |(name, position, date)| Signature { name, position, date, on_behalf_of: None },
        ))
    }
    let step = (
        any::<u32>(),
        opt_text(),
        proptest::option::of((0.0f64..10_000.0, 0u8..3)),
        proptest::collection::vec("[A-Z]{0,2}-?[0-9]{0,2}", 0..3),
    )
        .prop_map(|(order, responsible, dur, forms)| Step {
            order,
            responsible,
            duration: dur.map(|(value, u)| Duration {
                value,
                unit: [
                    DurationUnit::WorkingDays,
                    DurationUnit::WorkingHours,
                    DurationUnit::CalendarDays,
                ][usize::from(u)],
            }),
            forms,
            ..Default::default()
        });
    let legal = ("[0-9/A-ZĐa-z-]{0,16}", any_date()).prop_map(|(number, date)| LegalReference {
        number,
        date,
        ..Default::default()
    });
    (
        ("\\PC{0,10}", "\\PC{0,6}", any::<u32>(), 0u8..3, 0u8..6, "[0-9.]{0,6}"),
        (sig(), sig(), sig(), any_date(), any_date(), any_date()),
        (
            proptest::option::of(proptest::collection::vec(step, 0..8)),
            proptest::option::of(proptest::collection::vec(legal, 0..4)),
        ),
        (
            proptest::collection::vec((any::<u32>(), any_date()), 0..4),
            proptest::collection::vec("[A-Z.0-9]{0,8}", 0..3),
            proptest::collection::vec("[0-9.]{0,6}", 0..3),
        ),
    )
        .prop_map(
            |(
                (code, title, issue, kind, status, edition),
                (d, r, a, issued, effective, review),
                (steps, legal_basis),
                (log, references, clauses),
            )| ProcedureDocument {
                code,
                title,
                kind: [ProcedureKind::System, ProcedureKind::Tthc, ProcedureKind::Internal]
                    [usize::from(kind)],
                issue,
                status: DocStatus::ALL[usize::from(status)],
                edition: if edition.is_empty() { "2015".into() } else { edition },
                signatures: Signatures { drafted: d, reviewed: r, approved: a },
                issued_on: issued,
                effective_on: effective,
                last_review: review,
                steps,
                legal_basis,
                statutory_limit: Some(Duration { value: 5.0, unit: DurationUnit::WorkingDays }),
                no_statutory_limit: false,
                forms: Some(vec![Form { code: "BM-01".into(), title: None }]),
                change_log: log
                    .into_iter()
                    .map(|(issue, date)| ChangeEntry { issue, date, ..Default::default() })
                    .collect(),
                references,
                clauses,
                ..Default::default()
            },
        )
}
