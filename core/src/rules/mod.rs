//! Rules, findings and reports, shared by every checking capability
//! (documents, registers, audit programmes, nonconformities, the agency
//! check).
//!
//! Each capability declares its catalogue with `rule_catalogue!`: an enum
//! of typed violations (one variant per rule, with named fields) and the
//! table of rule definitions. A check records [`Finding`]s holding these
//! violations; nothing is rendered while checking. A finding becomes text
//! only when asked: [`Finding::message`], or a report's
//! [`Localize::localized`] view, which the JSON writer serialises. So one
//! check can be shown in Vietnamese and in English without running it
//! twice.
//!
//! Message templates follow one convention: a value's `Display` writes its
//! Vietnamese form and the alternate form (`{x:#}`) its English one (see
//! [`crate::text::Day`], [`crate::text::Decimal`], [`crate::Text`]).

mod report;

pub use report::{DocumentRef, Finding, FindingView, Report, Totals};

use serde::{Deserialize, Serialize};

use crate::text::{Lang, Text};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Must be fixed: the document does not conform (lỗi).
    Error,
    /// Should be fixed (cảnh báo).
    Warning,
    /// For information (lưu ý).
    Info,
}

impl Severity {
    /// A short label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.pick("lỗi", "error"),
            Severity::Warning => lang.pick("cảnh báo", "warning"),
            Severity::Info => lang.pick("lưu ý", "info"),
        }
    }
}

crate::error::serde_name_display!(Severity);

/// One rule of a catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDef {
    /// Stable ID, e.g. `DOC-001`. Never reused for another meaning.
    pub id: &'static str,
    /// Default severity (a policy can override it).
    pub severity: Severity,
    /// The ISO 9001:2015 clause the rule enforces.
    pub clause: Option<&'static str>,
    /// The Vietnamese legal basis, where there is one.
    pub legal_basis: Option<&'static str>,
    /// Short title.
    pub title: Text,
    /// The message template with its named fields, e.g. `Mã số `{code}` …`
    /// (for listing; findings render their own message).
    pub template: Text,
}

/// A typed violation of one rule: the rule plus the values its message
/// names. Implemented by the enums that `rule_catalogue!` declares.
pub trait Violation: Clone + core::fmt::Debug {
    /// The rule violated.
    fn rule(&self) -> &'static RuleDef;
    /// The message in `lang`.
    fn message(&self, lang: Lang) -> String;
}

/// A rule as data, for listing (`iso9001 rules`, the bindings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct RuleView {
    /// Stable ID.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// ISO 9001:2015 clause.
    pub clause: Option<&'static str>,
    /// Legal basis.
    pub legal_basis: Option<&'static str>,
    /// Title in the requested language.
    pub title: &'static str,
    /// Message template in the requested language, naming its fields in
    /// braces (`{code}`).
    pub message: String,
}

/// The rules of a catalogue, localised.
pub fn views(rules: &[RuleDef], lang: Lang) -> Vec<RuleView> {
    rules
        .iter()
        .map(|r| RuleView {
            id: r.id,
            severity: r.severity,
            clause: r.clause,
            legal_basis: r.legal_basis,
            title: r.title.get(lang),
            // `{x:#}` asks a field for its English form: not for readers.
            message: r.template.get(lang).replace(":#}", "}"),
        })
        .collect()
}

/// A value whose JSON form holds text in a language: it is serialised
/// through a view made for one language at the edge
/// ([`crate::interchange::to_json_in`]).
pub trait Localize {
    /// The serialisable view.
    type View<'a>: Serialize
    where
        Self: 'a;
    /// The view with every text in `lang`.
    fn localized(&self, lang: Lang) -> Self::View<'_>;
}

/// Declares a rule catalogue in the calling module: an enum of typed
/// violations (one variant per rule, with named fields), a `RuleId` naming
/// the rules, and `RULES`, their definitions in ID order.
///
/// Each message is a pair of `format!` literals (Vietnamese, English)
/// naming the variant's fields; the compiler checks every name.
macro_rules! rule_catalogue {
    ($(#[$meta:meta])* $vis:vis enum $enum:ident;
     $( $(#[$vmeta:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? }
        = $id:literal, $sev:ident, $clause:expr, $law:expr,
        ($tvi:literal, $ten:literal), ($mvi:literal, $men:literal); )+) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[allow(missing_docs)]
        $vis enum $enum { $( $(#[$vmeta])* $name { $($field: $ty),* }, )+ }

        /// Names of the rules, in the order of `RULES`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum RuleId { $($name,)+ }

        /// Every rule, in ID order.
        pub static RULES: &[$crate::rules::RuleDef] = &[$($crate::rules::RuleDef {
            id: $id,
            severity: $crate::rules::Severity::$sev,
            clause: $clause,
            legal_basis: $law,
            title: $crate::text::Text::new($tvi, $ten),
            template: $crate::text::Text::new($mvi, $men),
        },)+];

        impl RuleId {
            /// The rule's definition.
            pub fn def(self) -> &'static $crate::rules::RuleDef {
                &RULES[self as usize]
            }
        }

        impl $enum {
            /// The rule's name.
            pub fn id(&self) -> RuleId {
                match self { $( $enum::$name { .. } => RuleId::$name, )+ }
            }
        }

        impl $crate::rules::Violation for $enum {
            fn rule(&self) -> &'static $crate::rules::RuleDef {
                self.id().def()
            }

            #[allow(unused_variables)]
            fn message(&self, lang: $crate::text::Lang) -> String {
                match self {
                    $( $enum::$name { $($field),* } => {
                        // Values the caller wrote are echoed, never in full.
                        $( let $field = $crate::limits::Echo($field); )*
                        match lang {
                            $crate::text::Lang::Vi => format!($mvi),
                            $crate::text::Lang::En => format!($men),
                        }
                    }, )+
                }
            }
        }
    };
}
pub(crate) use rule_catalogue;
