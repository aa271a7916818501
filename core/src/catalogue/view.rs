//! Serialisable, localised views of catalogue data: what the CLI prints
//! with `--json` and what the C and wasm bindings return.

use serde::Serialize;

use super::model::{
    ClauseDef, ClauseKind, DocInfoCondition, DocInfoDef, DocInfoKind, EditionDef, EditionStatus,
    MandatoryDocument,
};
use crate::text::{Lang, Text};

/// A short reference to a clause (for parents, children, mappings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ClauseRef {
    /// Clause number.
    pub number: &'static str,
    /// Title in the chosen language; `null` when the standard leaves the
    /// clause untitled.
    pub title: Option<&'static str>,
    /// Our one-line paraphrase in the chosen language.
    pub summary: &'static str,
}

impl ClauseRef {
    /// The reference to clause `c` of edition `e` in `lang`.
    pub fn new(e: &EditionDef, c: &'static ClauseDef, lang: Lang) -> Self {
        let summary = e.summary(c.number).get(lang);
        ClauseRef { number: c.number, title: c.title_in(lang), summary }
    }
}

/// One documented-information entry, localised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DocInfoView {
    /// The clause that asks for it.
    pub clause: &'static str,
    /// Maintain / retain / both / control rule.
    pub kind: DocInfoKind,
    /// Condition attached by the standard.
    pub condition: DocInfoCondition,
    /// What is asked for.
    pub what: &'static str,
    /// Set when the edition names it as a mandatory document.
    pub mandatory: Option<MandatoryDocument>,
}

impl DocInfoView {
    /// The entry `d` in `lang`.
    pub fn new(d: &'static DocInfoDef, lang: Lang) -> Self {
        DocInfoView {
            clause: d.clause,
            kind: d.kind,
            condition: d.condition,
            what: d.what.get(lang),
            mandatory: d.mandatory,
        }
    }
}

/// A change made to the clause by an amendment, localised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct AmendmentView {
    /// The amendment, e.g. `ISO 9001:2015/Amd 1:2024`.
    pub amendment: &'static str,
    /// Whether it adds a requirement (otherwise only a note).
    pub adds_requirement: bool,
    /// What changed.
    pub summary: &'static str,
}

/// Everything the catalogue knows about one clause, localised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ClauseView {
    /// Edition identifier, e.g. `2015`.
    pub edition: &'static str,
    /// Clause number.
    pub number: &'static str,
    /// Title in the chosen language; `null` when untitled in the standard.
    pub title: Option<&'static str>,
    /// Whether the Vietnamese title is confirmed against the TCVN text
    /// (never for an edition not adopted as a TCVN: the title is our
    /// translation).
    pub title_vi_confirmed: bool,
    /// Whether the sources agree on the English title.
    pub title_en_confirmed: bool,
    /// Our one-line paraphrase.
    pub summary: &'static str,
    /// Requirement, heading or informative.
    pub kind: ClauseKind,
    /// Whether it can be audited.
    pub assessable: bool,
    /// Depth in the tree (1 = top level).
    pub depth: u8,
    /// The parent clause, `null` at the top level.
    pub parent: Option<ClauseRef>,
    /// From the top-level clause down to the parent.
    pub ancestors: Vec<ClauseRef>,
    /// Direct sub-clauses.
    pub children: Vec<ClauseRef>,
    /// Documented information this clause asks for.
    pub documented_information: Vec<DocInfoView>,
    /// Changes made by amendments.
    pub amendments: Vec<AmendmentView>,
    /// What changed against the previous edition (2026 against 2015).
    pub changes: Vec<ChangeView>,
}

/// A change of the clause against the previous edition, localised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChangeView {
    /// The edition compared with, e.g. `2015`.
    pub since: &'static str,
    /// Whether it adds a requirement (otherwise a retitling, a move or a
    /// note).
    pub adds_requirement: bool,
    /// What changed.
    pub summary: &'static str,
}

impl ClauseView {
    /// The full view of `c` of edition `e`, in `lang`.
    ///
    /// ```
    /// use iso9001::{catalogue, Lang};
    /// let e = catalogue::edition("2015").unwrap();
    /// let v = catalogue::ClauseView::new(e, e.clause("7.5.3").unwrap(), Lang::En);
    /// assert_eq!(v.children.len(), 2);
    /// assert_eq!(v.ancestors[0].number, "7");
    /// ```
    pub fn new(e: &'static EditionDef, c: &'static ClauseDef, lang: Lang) -> Self {
        let mut ancestors: Vec<ClauseRef> =
            e.ancestors(c.number).map(|a| ClauseRef::new(e, a, lang)).collect();
        ancestors.reverse();
        ClauseView {
            edition: e.id,
            number: c.number,
            title: c.title_in(lang),
            title_vi_confirmed: c.title_vi_confirmed && e.status != EditionStatus::NotAdopted,
            title_en_confirmed: c.title_en_confirmed,
            summary: e.summary(c.number).get(lang),
            kind: c.kind,
            assessable: c.kind.is_assessable(),
            depth: c.depth(),
            parent: ancestors.last().cloned(),
            ancestors,
            children: e.children(c.number).map(|k| ClauseRef::new(e, k, lang)).collect(),
            documented_information: e
                .documented_information_for(c.number)
                .map(|d| DocInfoView::new(d, lang))
                .collect(),
            amendments: c
                .amendments
                .iter()
                .map(|a| AmendmentView {
                    amendment: a.amendment,
                    adds_requirement: a.adds_requirement,
                    summary: a.summary.get(lang),
                })
                .collect(),
            changes: c
                .changes
                .iter()
                .map(|ch| ChangeView {
                    since: e.previous.unwrap_or_default(),
                    adds_requirement: ch.adds_requirement,
                    summary: ch.summary.get(lang),
                })
                .collect(),
        }
    }
}

/// One edition, localised, for listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct EditionView {
    /// Identifier used in every API, e.g. `2015`.
    pub id: &'static str,
    /// International name.
    pub name: &'static str,
    /// Vietnamese national adoption.
    pub national_name: &'static str,
    /// In Vietnam: the national standard in force (`current`), withdrawn,
    /// superseded, or not adopted as a TCVN.
    pub status: EditionStatus,
    /// Internationally: `current` for the edition ISO publishes today.
    pub international_status: EditionStatus,
    /// Whether this is the national standard in force, the default of
    /// every API (TCVN ISO 9001:2015).
    pub national_default: bool,
    /// Adoption and withdrawal in Vietnam.
    pub note: &'static str,
    /// Amendments, e.g. `ISO 9001:2015/Amd 1:2024`.
    pub amendments: Vec<&'static str>,
    /// Number of clauses in the tree.
    pub clause_count: usize,
    /// Number of assessable clauses.
    pub assessable_count: usize,
}

impl EditionView {
    /// The view of `e` in `lang`.
    pub fn new(e: &'static EditionDef, lang: Lang) -> Self {
        EditionView {
            id: e.id,
            name: e.name,
            national_name: e.national_name,
            status: e.status,
            international_status: e.international_status,
            national_default: e.status == EditionStatus::Current,
            note: e.note.get(lang),
            amendments: e.amendments.iter().map(|a| a.name).collect(),
            clause_count: e.clauses.len(),
            assessable_count: e.assessable().count(),
        }
    }
}

/// One line of the indented tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TreeEntry {
    /// Depth (1 = top level).
    pub depth: u8,
    /// Requirement, heading or informative.
    pub kind: ClauseKind,
    /// The clause.
    #[serde(flatten)]
    pub clause: ClauseRef,
}

impl TreeEntry {
    /// The whole tree of `e` in walk order, in `lang`.
    pub fn tree(e: &'static EditionDef, lang: Lang) -> Vec<TreeEntry> {
        e.walk()
            .map(|c| TreeEntry {
                depth: c.depth(),
                kind: c.kind,
                clause: ClauseRef::new(e, c, lang),
            })
            .collect()
    }
}

/// The paraphrases, kept in the catalogue's data apart from the clauses.
impl EditionDef {
    /// Our one-line paraphrase of the clause `number`, never the
    /// standard's text (empty for a number the edition does not have). Kept
    /// apart from the clauses, so that a build that only checks does not
    /// carry them.
    ///
    /// ```
    /// let e = iso9001::catalogue::edition("2015").unwrap();
    /// assert!(e.summary("7.1.6").en.contains("know-how"));
    /// ```
    pub fn summary(&self, number: &str) -> Text {
        let summaries = super::data::summaries(self.id);
        let at = self.clauses.iter().position(|c| c.number == number);
        // The summaries are in the clauses' order (a test holds it); by
        // number should a table ever be out of step.
        at.and_then(|i| summaries.get(i))
            .filter(|(n, _)| *n == number)
            .or_else(|| summaries.iter().find(|(n, _)| *n == number))
            .map_or(Text::new("", ""), |(_, t)| *t)
    }

    /// The clause's title in `lang`, or its paraphrase when the standard
    /// leaves it untitled.
    pub fn label(&self, clause: &ClauseDef, lang: Lang) -> &'static str {
        clause.title_in(lang).unwrap_or_else(|| self.summary(clause.number).get(lang))
    }
}
