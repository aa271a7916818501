//! The JSON Schemas in `bindings/schema/` are generated from the Rust types
//! and checked in. This test fails when they are stale; run it with
//! `ISO9001_UPDATE_SCHEMAS=1` (or `scripts/gen-bindings.sh`) to rewrite them.
#![cfg(all(feature = "schema", feature = "docx"))]

use std::path::PathBuf;

use iso9001::audit::{AuditReportView, AuditRequest, QmsReportView, QmsRequest};
use iso9001::calendar::{
    BatchAnswer, CalendarAnswer, CalendarConfig, CalendarQuery, DossierBatch, DossierReportView,
};
use iso9001::catalogue::{
    ClauseView, EditionView, Mapping, SearchHit, SearchOptions, Transition, TransitionRequest,
    TreeEntry,
};
use iso9001::documents::{NumberCheck, Policy, ProcedureDocument, Register, ReportView};
use iso9001::interchange::InputLimits;
use iso9001::rules::RuleView;
use iso9001::ErrorInfo;
use schemars::{schema_for, JsonSchema};

/// One schema file per interchange type, named after the type.
fn schemas() -> Vec<(&'static str, schemars::Schema)> {
    fn one<T: JsonSchema>(name: &'static str) -> (&'static str, schemars::Schema) {
        (name, schema_for!(T))
    }
    vec![
        one::<AuditReportView<'_>>("AuditReport"),
        one::<AuditRequest>("AuditRequest"),
        one::<BatchAnswer>("BatchAnswer"),
        one::<CalendarAnswer>("CalendarAnswer"),
        one::<CalendarConfig>("CalendarConfig"),
        one::<CalendarQuery>("CalendarQuery"),
        one::<ClauseView>("ClauseView"),
        one::<DossierBatch>("DossierBatch"),
        one::<DossierReportView<'_>>("DossierReport"),
        one::<EditionView>("EditionView"),
        one::<ErrorInfo>("ErrorInfo"),
        one::<iso9001::docx::Imported>("Imported"),
        one::<InputLimits>("InputLimits"),
        one::<Mapping>("Mapping"),
        one::<NumberCheck>("NumberCheck"),
        one::<Policy>("Policy"),
        one::<ProcedureDocument>("ProcedureDocument"),
        one::<QmsReportView<'_>>("QmsReport"),
        one::<QmsRequest>("QmsRequest"),
        one::<Register>("Register"),
        one::<ReportView<'_>>("Report"),
        one::<RuleView>("RuleView"),
        one::<SearchHit>("SearchHit"),
        one::<SearchOptions>("SearchOptions"),
        one::<Transition>("Transition"),
        one::<TransitionRequest>("TransitionRequest"),
        one::<TreeEntry>("TreeEntry"),
    ]
}

#[test]
fn schemas_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bindings/schema");
    let update = std::env::var_os("ISO9001_UPDATE_SCHEMAS").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut stale = Vec::new();
    let mut expected_files = Vec::new();
    for (name, schema) in schemas() {
        let file = format!("{name}.json");
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = dir.join(&file);
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(file.clone());
        }
        expected_files.push(file);
    }
    // No leftover schema of a type that no longer exists.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".json") && !expected_files.contains(&name) {
            stale.push(format!("{name} (no longer generated)"));
        }
    }
    assert!(
        stale.is_empty(),
        "stale JSON Schemas in bindings/schema: {stale:?}; run scripts/gen-bindings.sh"
    );
}
