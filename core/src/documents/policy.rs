//! An agency's document-control policy, with documented defaults.
//!
//! Everything the domain notes mark as practice rather than law (review
//! interval, approver positions, office hours) is policy data here.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::pattern::CodePattern;
use crate::interchange::InputLimits;
use crate::limits;
use crate::rules::Severity;
use crate::text::Text;
use crate::{Error, InputProblem, Result};

/// A section of the procedure document, as named in `requiredSections`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Section {
    /// 1. Mục đích.
    Purpose,
    /// 2. Phạm vi.
    Scope,
    /// 3. Tài liệu viện dẫn / cơ sở pháp lý.
    LegalBasis,
    /// 4. Định nghĩa và chữ viết tắt.
    Definitions,
    /// 5. Nội dung quy trình.
    Steps,
    /// 6. Biểu mẫu.
    Forms,
    /// 7. Hồ sơ cần lưu.
    Records,
    /// Nơi nhận / phân phối: who holds controlled copies (DOC-061). Not
    /// required by default: the framework template of 101/QĐ-BKHCN has no
    /// such list, copies being tracked in the register (practice,
    /// unverified); an agency whose template has one lists it here.
    Distribution,
}

impl Section {
    /// The JSON field of the section in a [`super::ProcedureDocument`].
    pub const fn field(self) -> &'static str {
        match self {
            Section::Purpose => "purpose",
            Section::Scope => "scope",
            Section::LegalBasis => "legalBasis",
            Section::Definitions => "definitions",
            Section::Steps => "steps",
            Section::Forms => "forms",
            Section::Records => "records",
            Section::Distribution => "distribution",
        }
    }

    /// The section's heading in both languages.
    pub const fn label(self) -> Text {
        match self {
            Section::Purpose => Text::new("Mục đích", "Purpose"),
            Section::Scope => Text::new("Phạm vi", "Scope"),
            Section::LegalBasis => Text::new("Tài liệu viện dẫn", "Legal basis"),
            Section::Definitions => Text::new("Định nghĩa và chữ viết tắt", "Definitions"),
            Section::Steps => Text::new("Nội dung quy trình", "Steps"),
            Section::Forms => Text::new("Biểu mẫu", "Forms"),
            Section::Records => Text::new("Hồ sơ cần lưu", "Records"),
            Section::Distribution => Text::new("Nơi nhận", "Distribution"),
        }
    }
}

/// A legal document that has been replaced (hết hiệu lực, được thay thế).
/// The library ships a dated list (`core/data/replaced-documents.json`, the
/// source of each entry beside it in `replaced-documents.sources.json`,
/// which the library does not embed);
/// a policy adds entries or replaces shipped ones by number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Replacement {
    /// The replaced document's number, e.g. `61/2018/NĐ-CP`.
    pub number: String,
    /// What replaces it, e.g. `118/2025/NĐ-CP`.
    pub replaced_by: String,
    /// The name it is cited by without its number, e.g. `Luật Đất đai`:
    /// with the year of its number, "Luật Đất đai năm 2013" is read as
    /// this document. `null`: cited by number only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The day the replacement takes effect; before it, citing the old
    /// document is right. `null`: in effect whatever the date.
    #[serde(default, deserialize_with = "crate::dates::opt")]
    pub effective_from: Option<NaiveDate>,
    /// Where the entry comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Whether the source is the legal text itself (else secondary).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<bool>,
}

impl Replacement {
    /// A replacement in effect whatever the date, e.g. for a policy.
    pub fn new(number: &str, replaced_by: &str) -> Self {
        Replacement {
            number: number.to_owned(),
            replaced_by: replaced_by.to_owned(),
            title: None,
            effective_from: None,
            source: None,
            confirmed: None,
        }
    }
}

/// The replacements shipped with the library, built once from the table
/// generated from `core/data/replaced-documents.json` (a test keeps the
/// table current and checks the data file).
pub fn shipped_replacements() -> &'static [Replacement] {
    static SHIPPED: std::sync::OnceLock<Vec<Replacement>> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| {
        super::replaced_data::SHIPPED
            .iter()
            .map(|&(number, replaced_by, from, confirmed, title)| Replacement {
                number: number.to_owned(),
                replaced_by: replaced_by.to_owned(),
                title: title.map(str::to_owned),
                effective_from: from.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                source: None,
                confirmed: Some(confirmed),
            })
            .collect()
    })
}

/// Size limits on what a call accepts, so absurd input gets an error
/// rather than exhausting memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct DocumentLimits {
    /// Largest JSON input in bytes (default 64 MiB, at most 1 GiB).
    pub max_bytes: usize,
    /// Most steps in one document (default 1,000, at most 10,000).
    pub max_steps: usize,
    /// Most documents in one register (default and at most 1,000,000).
    pub max_documents: usize,
}

impl Default for DocumentLimits {
    fn default() -> Self {
        DocumentLimits {
            max_bytes: limits::DEFAULT_MAX_BYTES,
            max_steps: limits::DEFAULT_MAX_STEPS,
            max_documents: limits::CEILING_MAX_DOCUMENTS,
        }
    }
}

impl DocumentLimits {
    /// The JSON-parser part of the limits.
    pub fn input(&self) -> InputLimits {
        InputLimits { max_bytes: self.max_bytes }
    }
}

/// An agency's document-control policy (JSON, camelCase). Every field has
/// a default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy {
    /// A default "as of" date for the CLI only. Every check takes its date
    /// as an argument, so a compiled checker holds no date and stays right
    /// past midnight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::dates::opt")]
    pub as_of: Option<NaiveDate>,
    /// Accepted code patterns (any may match), e.g. `["QT.{UNIT}.{NN}"]`.
    /// Default: none, only the presence of a code is checked.
    #[serde(default)]
    pub code_patterns: Vec<String>,
    /// Sections every document must have, not empty. Default: purpose,
    /// scope, legal basis, steps, forms, records (definitions optional).
    #[serde(default = "Policy::default_sections")]
    pub required_sections: Vec<Section>,
    /// Positions allowed to approve (compared ignoring case and
    /// diacritics, as a prefix: "Phó Giám đốc" allows "Phó Giám đốc Sở";
    /// an acting head, "Quyền Giám đốc" or "Q. Giám đốc", holds the
    /// position's authority). Default: heads and deputy heads of agencies,
    /// the provincial inspectorate's included. Empty: any position.
    #[serde(default = "Policy::default_approvers")]
    pub approver_positions: Vec<String>,
    /// Months between periodic reviews (default 12; practice, unverified).
    #[serde(default = "Policy::default_review_months")]
    pub review_interval_months: u32,
    /// Working hours in a working day, to add hour-based steps to a limit
    /// in days (default 8).
    #[serde(default = "Policy::default_hours")]
    pub office_hours_per_day: f64,
    /// Severity per rule ID, replacing the default.
    #[serde(default)]
    pub severity_overrides: BTreeMap<String, Severity>,
    /// Rule IDs not to run.
    #[serde(default)]
    pub disabled_rules: Vec<String>,
    /// Legal documents that have been replaced, beyond (or instead of)
    /// the shipped list.
    #[serde(default)]
    pub replaced_documents: Vec<Replacement>,
    /// Whether the shipped list of replaced documents is used (default
    /// true).
    #[serde(default = "Policy::yes")]
    pub use_shipped_replacements: bool,
    /// Input size limits.
    #[serde(default)]
    pub limits: DocumentLimits,
}

impl Policy {
    fn default_sections() -> Vec<Section> {
        use Section::*;
        vec![Purpose, Scope, LegalBasis, Steps, Forms, Records]
    }
    fn default_approvers() -> Vec<String> {
        [
            "Bộ trưởng",
            "Thứ trưởng",
            "Chủ tịch",
            "Phó Chủ tịch",
            "Giám đốc",
            "Phó Giám đốc",
            "Tổng cục trưởng",
            "Phó Tổng cục trưởng",
            "Cục trưởng",
            "Phó Cục trưởng",
            // The head of a ministry's department (vụ) and of a Sở's
            // sub-department (chi cục), for their own procedures.
            "Vụ trưởng",
            "Phó Vụ trưởng",
            "Chi cục trưởng",
            "Phó Chi cục trưởng",
            "Chánh Văn phòng",
            "Chánh Thanh tra",
            "Phó Chánh Thanh tra",
            "Trưởng ban",
            "Phó Trưởng ban",
        ]
        .map(str::to_owned)
        .to_vec()
    }
    const fn default_review_months() -> u32 {
        12
    }
    const fn default_hours() -> f64 {
        8.0
    }
    const fn yes() -> bool {
        true
    }
}

impl Default for Policy {
    /// The default policy.
    ///
    /// ```
    /// use iso9001::documents::Policy;
    /// assert_eq!(Policy::default().review_interval_months, 12);
    /// ```
    fn default() -> Self {
        Policy {
            as_of: None,
            code_patterns: Vec::new(),
            required_sections: Self::default_sections(),
            approver_positions: Self::default_approvers(),
            review_interval_months: Self::default_review_months(),
            office_hours_per_day: Self::default_hours(),
            severity_overrides: BTreeMap::new(),
            disabled_rules: Vec::new(),
            replaced_documents: Vec::new(),
            use_shipped_replacements: true,
            limits: DocumentLimits::default(),
        }
    }
}

impl Policy {
    /// Checks the policy itself: patterns compile, numbers are sane, rule
    /// IDs exist. Errors name the field.
    pub fn validate(&self) -> Result<()> {
        for (i, p) in self.code_patterns.iter().enumerate() {
            CodePattern::parse(p)
                .map_err(|e| e.relabel("/codePatterns", &format!("/codePatterns/{i}")))?;
        }
        let range = |field: &str, value: String, min: &str, max: &str| {
            let (min, max) = (min.to_owned(), max.to_owned());
            Error::invalid(field, InputProblem::OutOfRange { value, min, max })
        };
        if !(self.office_hours_per_day > 0.0 && self.office_hours_per_day <= 24.0) {
            let value = self.office_hours_per_day.to_string();
            return Err(range("/officeHoursPerDay", value, "0", "24"));
        }
        // Limits can be lowered, and raised only up to their ceilings.
        limits::ceiling("/limits/maxBytes", self.limits.max_bytes, limits::CEILING_MAX_BYTES)?;
        limits::ceiling("/limits/maxSteps", self.limits.max_steps, limits::CEILING_MAX_STEPS)?;
        let max_documents = self.limits.max_documents;
        limits::ceiling("/limits/maxDocuments", max_documents, limits::CEILING_MAX_DOCUMENTS)?;
        if self.review_interval_months == 0 || self.review_interval_months > 120 {
            let value = self.review_interval_months.to_string();
            return Err(range("/reviewIntervalMonths", value, "1", "120"));
        }
        let unknown = |field: String, id: &str| {
            Error::invalid(field, InputProblem::UnknownRule { id: crate::text::clamp(id) })
        };
        let known = |id: &str| super::rules::rule(id).is_some();
        for (i, id) in self.disabled_rules.iter().enumerate() {
            if !known(id) {
                return Err(unknown(format!("/disabledRules/{i}"), id));
            }
        }
        for id in self.severity_overrides.keys() {
            if !known(id) {
                return Err(unknown(format!("/severityOverrides/{id}"), id));
            }
        }
        Ok(())
    }
}

crate::error::serde_name_display!(Section);
