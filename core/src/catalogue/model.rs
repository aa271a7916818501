//! The static data model of the catalogue.
//!
//! Everything here is `'static` and `Copy`: the catalogue is compiled into
//! the library, so a look-up hands out references into read-only data and
//! never allocates. Editions are values of [`EditionDef`]; adding an edition
//! means adding a data file and one line to [`super::data::EDITIONS`].

use crate::text::{Lang, Text};

/// What a clause is, for assessment purposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum ClauseKind {
    /// A clause with requirements of its own: it can be audited.
    Requirement,
    /// A heading that only groups sub-clauses (not assessable on its own).
    Heading,
    /// Informative text (scope, normative references, terms): not assessable.
    Informative,
}

impl ClauseKind {
    /// Whether an auditor can record a result against a clause of this kind.
    pub const fn is_assessable(self) -> bool {
        matches!(self, ClauseKind::Requirement)
    }
}

/// A change made to a clause by an amendment of its edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmendmentChange {
    /// The amendment, e.g. `"ISO 9001:2015/Amd 1:2024"`.
    pub amendment: &'static str,
    /// Whether the change adds a requirement (`true`) or only a note.
    pub adds_requirement: bool,
    /// What changed, paraphrased.
    pub summary: Text,
}

/// One numbered clause of one edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClauseDef {
    /// Clause number, e.g. `"7.1.6"`. Parent and depth derive from it.
    pub number: &'static str,
    /// Requirement, heading or informative.
    pub kind: ClauseKind,
    /// The title as published; `None` when the standard leaves the clause
    /// untitled (we never invent one: see [`EditionDef::summary`]).
    pub title: Option<Text>,
    /// `false` when the Vietnamese title is not confirmed against the TCVN
    /// text (marked † in the domain notes).
    pub title_vi_confirmed: bool,
    /// `false` when the sources disagree on the English title (or on
    /// whether the clause has one).
    pub title_en_confirmed: bool,
    /// Changes made by amendments of the edition.
    pub amendments: &'static [AmendmentChange],
    /// What changed against the previous edition (recorded for editions
    /// whose changes matter to a transition: 2026 against 2015).
    pub changes: &'static [EditionChange],
}

/// A change of a clause against the previous edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditionChange {
    /// Whether the change adds a requirement (`true`) or only retitles,
    /// moves or adds a note.
    pub adds_requirement: bool,
    /// What changed, paraphrased.
    pub summary: Text,
}

impl EditionDef {
    /// How a person names the edition: the TCVN with the ISO name, or the
    /// ISO name alone when Vietnam has not adopted it.
    ///
    /// ```
    /// use iso9001::catalogue;
    /// assert_eq!(catalogue::edition("2015").unwrap().display_name(), "TCVN ISO 9001:2015 (ISO 9001:2015)");
    /// assert_eq!(catalogue::edition("2026").unwrap().display_name(), "ISO 9001:2026");
    /// ```
    pub fn display_name(&self) -> String {
        if self.national_name.is_empty() {
            self.name.to_owned()
        } else {
            format!("{} ({})", self.national_name, self.name)
        }
    }
}

impl ClauseDef {
    /// A clause with requirements of its own.
    pub const fn requirement(number: &'static str, vi: &'static str, en: &'static str) -> Self {
        Self::new(number, ClauseKind::Requirement, Some(Text::new(vi, en)))
    }

    /// A heading that only groups sub-clauses.
    pub const fn heading(number: &'static str, vi: &'static str, en: &'static str) -> Self {
        Self::new(number, ClauseKind::Heading, Some(Text::new(vi, en)))
    }

    /// An informative clause (scope, references, terms).
    pub const fn informative(number: &'static str, vi: &'static str, en: &'static str) -> Self {
        Self::new(number, ClauseKind::Informative, Some(Text::new(vi, en)))
    }

    /// A requirement clause that the standard leaves untitled.
    pub const fn untitled(number: &'static str) -> Self {
        Self::new(number, ClauseKind::Requirement, None)
    }

    const fn new(number: &'static str, kind: ClauseKind, title: Option<Text>) -> Self {
        ClauseDef {
            number,
            kind,
            title,
            title_vi_confirmed: true,
            title_en_confirmed: true,
            amendments: &[],
            changes: &[],
        }
    }

    /// Marks the Vietnamese title as not confirmed against the TCVN text.
    pub const fn vi_unconfirmed(mut self) -> Self {
        self.title_vi_confirmed = false;
        self
    }

    /// Marks the English title as not confirmed by the sources.
    pub const fn en_unconfirmed(mut self) -> Self {
        self.title_en_confirmed = false;
        self
    }

    /// Records what changed against the previous edition.
    pub const fn changed(mut self, changes: &'static [EditionChange]) -> Self {
        self.changes = changes;
        self
    }

    /// Records changes made by amendments.
    pub const fn amended(mut self, changes: &'static [AmendmentChange]) -> Self {
        self.amendments = changes;
        self
    }

    /// The title in `lang`, or `None` for an untitled clause.
    pub fn title_in(&self, lang: Lang) -> Option<&'static str> {
        self.title.map(|t| t.get(lang))
    }

    /// The parent's number (`"7.1"` for `"7.1.6"`), `None` at the top level.
    /// A sub-slice of [`ClauseDef::number`]: no allocation.
    pub fn parent_number(&self) -> Option<&'static str> {
        self.number.rfind('.').map(|i| &self.number[..i])
    }

    /// Depth in the tree: 1 for a top-level clause such as `"7"`.
    pub fn depth(&self) -> u8 {
        let dots = self.number.bytes().filter(|&b| b == b'.').count();
        u8::try_from(dots + 1).unwrap_or(u8::MAX)
    }
}

/// Whether documented information is to be maintained (a document),
/// retained (a record), both, or governed by a control rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DocInfoKind {
    /// Maintain: a document kept up to date (tài liệu).
    Maintain,
    /// Retain: a record kept as evidence (hồ sơ).
    Retain,
    /// Both a document and records.
    MaintainAndRetain,
    /// A rule on how documented information is controlled.
    ControlRule,
}

/// Under which condition the standard asks for the documented information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum DocInfoCondition {
    /// Always required.
    Always,
    /// "As applicable".
    AsApplicable,
    /// "To the extent necessary".
    ToTheExtentNecessary,
    /// Only when a circumstance arises (described in the entry's text),
    /// e.g. "where traceability is a requirement".
    WhenItArises,
}

/// A document the edition makes mandatory by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum MandatoryDocument {
    /// The quality manual (sổ tay chất lượng), mandatory in 2000/2008.
    QualityManual,
    /// A documented procedure (thủ tục dạng văn bản), six in 2000/2008.
    DocumentedProcedure,
}

/// One entry of the documented-information table of an edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocInfoDef {
    /// The clause that asks for it.
    pub clause: &'static str,
    /// Maintain / retain / both / control rule.
    pub kind: DocInfoKind,
    /// The condition attached by the standard.
    pub condition: DocInfoCondition,
    /// What is asked for, paraphrased.
    pub what: Text,
    /// Set when the edition names this document as mandatory.
    pub mandatory: Option<MandatoryDocument>,
}

impl DocInfoDef {
    /// An entry without a named mandatory document.
    pub const fn new(
        clause: &'static str, kind: DocInfoKind, condition: DocInfoCondition, vi: &'static str,
        en: &'static str,
    ) -> Self {
        DocInfoDef { clause, kind, condition, what: Text::new(vi, en), mandatory: None }
    }

    /// Marks the entry as a document the edition makes mandatory.
    pub const fn mandatory(mut self, doc: MandatoryDocument) -> Self {
        self.mandatory = Some(doc);
        self
    }
}

/// Whether an edition is in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum EditionStatus {
    /// The edition in force.
    Current,
    /// Withdrawn: the national adoption cancelled by a decision (hủy bỏ).
    Withdrawn,
    /// Replaced by a later edition (thay thế).
    Superseded,
    /// Announced but not yet published.
    Draft,
    /// Published internationally, not (yet) adopted as a national standard.
    NotAdopted,
}

/// An amendment published for an edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmendmentDef {
    /// E.g. `"ISO 9001:2015/Amd 1:2024"`.
    pub name: &'static str,
    /// Publication date, ISO 8601.
    pub published: &'static str,
    /// What it changes, paraphrased.
    pub summary: Text,
}

/// One edition of ISO 9001 with its clause tree and documented information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditionDef {
    /// Identifier used in every API, e.g. `"2015"`.
    pub id: &'static str,
    /// International name, e.g. `"ISO 9001:2015"`.
    pub name: &'static str,
    /// Vietnamese national adoption, e.g. `"TCVN ISO 9001:2015"`; empty
    /// when there is none (2026).
    pub national_name: &'static str,
    /// Its status in Vietnam: the national standard in force, withdrawn,
    /// superseded, or not adopted.
    pub status: EditionStatus,
    /// Its status internationally (ISO): current or superseded.
    pub international_status: EditionStatus,
    /// The edition it replaces, whose clauses [`ClauseDef::changes`] are
    /// compared with.
    pub previous: Option<&'static str>,
    /// Notes on adoption and withdrawal in Vietnam.
    pub note: Text,
    /// Amendments of this edition.
    pub amendments: &'static [AmendmentDef],
    /// Every clause, in walk order (pre-order = numeric order).
    pub clauses: &'static [ClauseDef],
    /// The documented-information table.
    pub documented_information: &'static [DocInfoDef],
}

/// How two editions' clause numbers correspond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrelationKind {
    /// Same numbering: each clause maps to the clause with the same number.
    Identity,
    /// Explicit many-to-many pairs `(clause in from, clauses in to)`.
    Pairs(&'static [(&'static str, &'static [&'static str])]),
    /// Same numbering, except for the clauses the pairs list (on either
    /// side): an edition that keeps most of its predecessor's numbers.
    IdentityExcept(&'static [(&'static str, &'static [&'static str])]),
}

/// A correlation table between two editions; it is read in both directions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CorrelationDef {
    /// Edition on the left of each pair.
    pub from: &'static str,
    /// Edition on the right of each pair.
    pub to: &'static str,
    /// Clauses of `from` that have no counterpart in `to` (new content).
    pub new_in_from: &'static [&'static str],
    /// The pairs.
    pub kind: CorrelationKind,
    /// Where the table comes from, and what in it is unverified.
    pub source: Text,
}

/// Human-readable labels of the catalogue's enumerations, for any UI.
macro_rules! labels {
    ($ty:ty { $($variant:ident => $vi:literal, $en:literal;)+ }) => {
        impl $ty {
            /// A short human-readable label in `lang`.
            pub const fn label(self, lang: Lang) -> &'static str {
                match self {
                    $(Self::$variant => lang.pick($vi, $en),)+
                }
            }
        }
    };
}

labels!(ClauseKind {
    Requirement => "yêu cầu", "requirement";
    Heading => "đề mục", "heading";
    Informative => "tham khảo", "informative";
});

labels!(DocInfoKind {
    Maintain => "duy trì – tài liệu", "maintain – document";
    Retain => "lưu giữ – hồ sơ", "retain – record";
    MaintainAndRetain => "duy trì và lưu giữ", "maintain and retain";
    ControlRule => "quy tắc kiểm soát", "control rule";
});

labels!(DocInfoCondition {
    Always => "luôn yêu cầu", "always";
    AsApplicable => "khi thích hợp", "as applicable";
    ToTheExtentNecessary => "ở mức độ cần thiết", "to the extent necessary";
    WhenItArises => "khi phát sinh", "when it arises";
});

labels!(MandatoryDocument {
    QualityManual => "sổ tay chất lượng", "quality manual";
    DocumentedProcedure => "thủ tục dạng văn bản bắt buộc", "mandatory documented procedure";
});

labels!(EditionStatus {
    Current => "hiện hành", "current";
    Withdrawn => "đã hủy bỏ", "withdrawn";
    Superseded => "đã bị thay thế", "superseded";
    Draft => "dự thảo", "draft";
    NotAdopted => "chưa được chấp nhận thành TCVN", "not adopted as a national standard";
});
