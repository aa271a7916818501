//! Dossier tracking: due times, lateness, pauses, invalid logs, on-time
//! rates.

use super::*;

fn dossier(events: Vec<DossierEvent>) -> Dossier {
    Dossier {
        id: "H01-0001".into(),
        procedure: Some("QT.XD.01".into()),
        limit: Duration { value: 3.0, unit: DurationUnit::WorkingDays },
        steps: vec![
            StepLimit { step: 1, limit: Duration { value: 4.0, unit: DurationUnit::WorkingHours } },
            StepLimit { step: 2, limit: Duration { value: 1.0, unit: DurationUnit::WorkingDays } },
        ],
        events,
    }
}

use DossierEvent::*;

#[test]
fn dossier_on_time_early_late_and_the_step_to_blame() {
    let c = cal();
    let now = at(2026, 3, 20, 9, 0);
    // Received Monday 2/3 09:00, 3 working days: due Thursday 5/3 17:00.
    let early = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        Returned { at: at(2026, 3, 4, 10, 0) },
    ]);
    let r = c.track(&early, now).unwrap();
    assert_eq!((r.status, r.due_at), (TrackStatus::Early, Some(at(2026, 3, 5, 17, 0))));
    let on_time = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        Returned { at: at(2026, 3, 5, 16, 0) },
    ]);
    assert_eq!(c.track(&on_time, now).unwrap().status, TrackStatus::OnTime);
    let late = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        StepStarted {
            at: at(2026, 3, 2, 9, 30),
            step: 1,
            unit: Some("Bộ phận Một cửa".into()),
            officer: Some("A".into()),
        },
        StepFinished { at: at(2026, 3, 2, 11, 0), step: 1 },
        StepStarted {
            at: at(2026, 3, 2, 13, 30),
            step: 2,
            unit: Some("Phòng Quản lý xây dựng".into()),
            officer: None,
        },
        StepFinished { at: at(2026, 3, 6, 10, 0), step: 2 },
        Returned { at: at(2026, 3, 6, 11, 0) },
    ]);
    let r = c.track(&late, now).unwrap();
    assert_eq!(r.status, TrackStatus::Late);
    assert_eq!(r.late_minutes, 210); // due Thursday 17:00, returned Friday 11:00
    assert_eq!(r.delayed_by, Some(2));
    assert_eq!(r.steps[0].status, TrackStatus::OnTime, "finished on its due date");
    assert_eq!(r.steps[1].status, TrackStatus::Late);
}

#[test]
fn a_pause_for_additional_documents_extends_the_due_time() {
    let c = cal();
    let d = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        AdditionalRequested { at: at(2026, 3, 3, 9, 0) },
        AdditionalReceived { at: at(2026, 3, 5, 9, 0) },
        Returned { at: at(2026, 3, 9, 10, 0) },
    ]);
    let r = c.track(&d, at(2026, 3, 20, 9, 0)).unwrap();
    assert_eq!(r.paused_minutes, 900); // two working days
    assert_eq!(r.due_at, Some(at(2026, 3, 9, 17, 0)));
    assert_eq!(r.status, TrackStatus::OnTime);
    // Still waiting for the applicant: paused, never overdue.
    let waiting = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        AdditionalRequested { at: at(2026, 3, 3, 9, 0) },
    ]);
    assert_eq!(c.track(&waiting, at(2026, 6, 1, 9, 0)).unwrap().status, TrackStatus::Paused);
    // Open and past due.
    let open = dossier(vec![Received { at: at(2026, 3, 2, 9, 0) }]);
    let r = c.track(&open, at(2026, 3, 9, 9, 0)).unwrap();
    assert_eq!((r.status, r.late_minutes), (TrackStatus::Overdue, 540)); // Friday + Monday 07:30–09:00
}

#[test]
fn inconsistent_logs_name_the_event() {
    let c = cal();
    let now = at(2026, 3, 20, 9, 0);
    let cases = [
        (
            vec![Received { at: at(2026, 3, 2, 9, 0) }, Returned { at: at(2026, 3, 1, 9, 0) }],
            "/events/1/at",
        ),
        (vec![Returned { at: at(2026, 3, 1, 9, 0) }], "/events/0"),
        (
            vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                StepFinished { at: at(2026, 3, 2, 10, 0), step: 4 },
            ],
            "/events/1/step",
        ),
        (
            vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                AdditionalReceived { at: at(2026, 3, 2, 10, 0) },
            ],
            "/events/1",
        ),
        (
            vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                Returned { at: at(2026, 3, 2, 10, 0) },
                Returned { at: at(2026, 3, 2, 11, 0) },
            ],
            "/events/2",
        ),
    ];
    for (events, field) in cases {
        let e = c.track(&dossier(events), now).unwrap_err();
        assert_eq!(e.field(), Some(field));
    }
    // In a batch, the bad dossier is reported and the others are counted.
    let batch = DossierBatch {
        as_of: now,
        period: None,
        dossiers: vec![
            dossier(vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                Returned { at: at(2026, 3, 1, 9, 0) },
            ]),
            dossier(vec![
                Received { at: at(2026, 3, 2, 9, 0) },
                Returned { at: at(2026, 3, 3, 9, 0) },
            ]),
        ],
    };
    let r = c.track_batch(&batch);
    assert_eq!(r.dossiers[0].status, TrackStatus::Invalid);
    assert_eq!(r.dossiers[0].error.as_ref().unwrap().field(), Some("/dossiers/0/events/1/at"));
    assert_eq!((r.overall.total, r.overall.early, r.overall.invalid), (2, 1, 1));
    assert_eq!(r.overall.on_time_rate, Some(100.0));
}

#[test]
fn on_time_rates_per_procedure_unit_and_period() {
    let c = cal();
    let mut late = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        Returned { at: at(2026, 3, 10, 9, 0) },
    ]);
    late.procedure = Some("QT.HT.01".into());
    let ok = dossier(vec![
        Received { at: at(2026, 3, 2, 9, 0) },
        StepStarted {
            at: at(2026, 3, 2, 9, 0),
            step: 1,
            unit: Some("Một cửa".into()),
            officer: None,
        },
        StepFinished { at: at(2026, 3, 2, 10, 0), step: 1 },
        Returned { at: at(2026, 3, 3, 9, 0) },
    ]);
    let april =
        dossier(vec![Received { at: at(2026, 4, 1, 9, 0) }, Returned { at: at(2026, 4, 2, 9, 0) }]);
    let batch = DossierBatch {
        as_of: at(2026, 4, 30, 9, 0),
        period: Some(Period { from: d(2026, 3, 1), to: d(2026, 3, 31) }),
        dossiers: vec![late, ok.clone(), ok, april],
    };
    let r = c.track_batch(&batch);
    assert_eq!((r.overall.total, r.overall.late), (3, 1), "April's dossier is outside the period");
    assert_eq!(r.overall.on_time_rate, Some(66.67));
    let names: Vec<_> = r.by_procedure.iter().map(|t| (t.name.as_str(), t.tally.total)).collect();
    assert_eq!(names, [("QT.HT.01", 1), ("QT.XD.01", 2)]);
    assert_eq!(r.by_unit[0].name, "Một cửa");
    assert_eq!(r.by_unit[0].tally.total, 2);
}

#[test]
fn a_step_in_calendar_days_ends_by_the_civil_code_not_in_office_days() {
    // Regression: a 10-calendar-day step was counted as 10 working days
    // (ending 16/3 08:00 instead of 12/3). Started Monday 2/3/2026: the
    // period ends Thursday 12/3, at closing time.
    let c = cal();
    let mut d = dossier(vec![
        Received { at: at(2026, 3, 2, 8, 0) },
        StepStarted { at: at(2026, 3, 2, 8, 0), step: 1, unit: None, officer: None },
        StepFinished { at: at(2026, 3, 13, 10, 0), step: 1 },
    ]);
    d.limit = Duration { value: 30.0, unit: DurationUnit::CalendarDays };
    d.steps = vec![StepLimit {
        step: 1,
        limit: Duration { value: 10.0, unit: DurationUnit::CalendarDays },
    }];
    let r = c.track(&d, at(2026, 3, 20, 9, 0)).unwrap();
    assert_eq!(r.steps[0].due_at, Some(at(2026, 3, 12, c.closing_time().hour(), 0)));
    assert_eq!(r.steps[0].status, TrackStatus::Late);
}

#[test]
fn a_pause_extends_a_calendar_day_limit_in_calendar_days() {
    // A 30-day complaint, paused twelve calendar days over Tết for
    // additional documents: twelve days back, not the three working days
    // among them. Received Monday 2/2/2026: 30 + 12 days end Monday 16/3.
    let c = cal();
    let mut d = dossier(vec![
        Received { at: at(2026, 2, 2, 8, 0) },
        AdditionalRequested { at: at(2026, 2, 10, 9, 0) },
        AdditionalReceived { at: at(2026, 2, 22, 9, 0) },
        Returned { at: at(2026, 3, 12, 10, 0) },
    ]);
    d.limit = Duration { value: 30.0, unit: DurationUnit::CalendarDays };
    d.steps.clear();
    let r = c.track(&d, at(2026, 3, 20, 9, 0)).unwrap();
    assert_eq!(r.due_at, Some(at(2026, 3, 16, c.closing_time().hour(), 0)));
    assert_eq!(r.status, TrackStatus::Early, "26 of the 30 days used");
    // Waiting for the applicant: the clock is paused, no past due time.
    let mut waiting = dossier(vec![
        Received { at: at(2026, 2, 2, 8, 0) },
        AdditionalRequested { at: at(2026, 2, 10, 9, 0) },
    ]);
    waiting.limit = d.limit;
    let r = c.track(&waiting, at(2026, 6, 1, 9, 0)).unwrap();
    assert_eq!((r.status, r.due_at), (TrackStatus::Paused, None));
}
