//! The one error type of the library.
//!
//! Every error has a stable machine code ([`Error::code`]), an English
//! message (`Display`) and a Vietnamese one ([`Error::message`]); each names
//! the input or field at fault. The bindings carry the code and the message
//! across the C and JS boundaries unchanged.

mod problem;
#[cfg(test)]
mod tests;
mod vietnamese;

pub use problem::{InputProblem, PatternFault};

use crate::text::Lang;

/// What went wrong, naming the input at fault.
// Not `non_exhaustive` on purpose: the bindings match every variant to a
// status code, so a new variant fails to compile until it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The edition is not in the catalogue.
    UnknownEdition {
        /// What the caller asked for.
        edition: String,
        /// The editions the catalogue knows, comma-separated.
        known: String,
    },
    /// The text is not a clause number such as `7.5.3`.
    InvalidClauseNumber {
        /// What the caller gave.
        input: String,
    },
    /// The clause number is well-formed but absent from the edition.
    UnknownClause {
        /// The edition searched.
        edition: String,
        /// The normalised clause number.
        number: String,
    },
    /// No chain of correlation tables links the two editions.
    NoCorrelation {
        /// Source edition.
        from: String,
        /// Target edition.
        to: String,
    },
    /// The language code is neither `vi` nor `en`.
    UnknownLanguage {
        /// What the caller gave.
        input: String,
    },
    /// An input field is missing, of the wrong type or out of range.
    InvalidInput {
        /// JSON pointer or argument name of the field at fault (`""` for
        /// the whole input).
        field: String,
        /// What is wrong with it.
        problem: InputProblem,
    },
}

impl Error {
    /// An `invalid_input` error: `problem` at `field` (a JSON pointer or an
    /// argument name).
    pub fn invalid(field: impl Into<String>, problem: InputProblem) -> Self {
        Error::InvalidInput { field: field.into(), problem }
    }

    /// The same error, naming `field` instead of `from` when it names
    /// `from`: an operation built on another says the fields of its own
    /// input (a `due` query's limit, not the `days` of the arithmetic
    /// below it).
    pub fn relabel(self, from: &str, field: &str) -> Self {
        match self {
            Error::InvalidInput { field: f, problem } if f == from => {
                Error::invalid(field, problem)
            }
            other => other,
        }
    }

    /// The same error with its field put under `prefix` (a JSON pointer):
    /// a part checked after parsing names its place in the whole request.
    pub fn under(self, prefix: &str) -> Self {
        match self {
            Error::InvalidInput { field, problem } => {
                Error::invalid(format!("{prefix}{field}"), problem)
            }
            other => other,
        }
    }

    /// A stable machine-readable code, e.g. `"unknown_clause"`.
    ///
    /// Codes never change meaning and are never reused.
    pub fn code(&self) -> &'static str {
        match self {
            Error::UnknownEdition { .. } => "unknown_edition",
            Error::InvalidClauseNumber { .. } => "invalid_clause_number",
            Error::UnknownClause { .. } => "unknown_clause",
            Error::NoCorrelation { .. } => "no_correlation",
            Error::UnknownLanguage { .. } => "unknown_language",
            Error::InvalidInput { .. } => "invalid_input",
        }
    }

    /// The message in `lang`. English is the same as `Display`.
    ///
    /// ```
    /// use iso9001::{catalogue, Lang};
    /// let err = catalogue::clause("2015", "11.1").unwrap_err();
    /// assert_eq!(err.message(Lang::Vi), "Điều khoản 11.1 không có trong TCVN ISO 9001:2015");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            Error::UnknownEdition { edition, known } if vi => format!(
                "Không có phiên bản tiêu chuẩn “{edition}” (các phiên bản hiện có: {known})"
            ),
            Error::UnknownEdition { edition, known } => {
                format!("unknown edition `{edition}` (known: {known})")
            }
            Error::InvalidClauseNumber { input } if vi => format!(
                "“{input}” không phải là số hiệu điều khoản (cần các chữ số cách nhau bởi dấu chấm, ví dụ 7.5.3)"
            ),
            Error::InvalidClauseNumber { input } => format!(
                "`{input}` is not a clause number (expected digits separated by dots, e.g. 7.5.3)"
            ),
            Error::UnknownClause { edition, number } if vi => {
                format!("Điều khoản {number} không có trong TCVN ISO 9001:{edition}")
            }
            Error::UnknownClause { edition, number } => {
                format!("clause {number} does not exist in ISO 9001:{edition}")
            }
            Error::NoCorrelation { from, to } if vi => {
                format!("Không có bảng tương ứng giữa ISO 9001:{from} và ISO 9001:{to}")
            }
            Error::NoCorrelation { from, to } => {
                format!("no correlation between ISO 9001:{from} and ISO 9001:{to}")
            }
            Error::UnknownLanguage { input } if vi => {
                format!("Không hỗ trợ ngôn ngữ “{input}” (chỉ có vi hoặc en)")
            }
            Error::UnknownLanguage { input } => {
                format!("unknown language `{input}` (expected vi or en)")
            }
            // The root pointer is the whole input, not an empty name; a
            // place the parser could not name (`/?`) is not shown either.
            Error::InvalidInput { field, problem } if field.is_empty() || field == "/?" => match lang {
                Lang::Vi => format!("Dữ liệu không hợp lệ: {}", problem.describe(lang)),
                Lang::En => format!("invalid input: {}", problem.describe(lang)),
            },
            Error::InvalidInput { field, problem } if vi => {
                format!("Dữ liệu không hợp lệ tại “{field}”: {}", problem.describe(lang))
            }
            Error::InvalidInput { field, problem } => {
                format!("invalid input at `{field}`: {}", problem.describe(lang))
            }
        }
    }

    /// The field or input named by the error, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::InvalidInput { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// An error as data: what the bindings return and the CLI prints with
/// `--json`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ErrorInfo {
    /// The stable code, e.g. `unknown_clause`.
    pub code: &'static str,
    /// The message in the requested language.
    pub message: String,
    /// The field at fault, when the error names one.
    pub field: Option<String>,
}

impl Error {
    /// The error as data, with its message in `lang`.
    pub fn info(&self, lang: Lang) -> ErrorInfo {
        ErrorInfo {
            code: self.code(),
            message: self.message(lang),
            field: self.field().map(str::to_owned),
        }
    }
}

impl core::str::FromStr for Lang {
    type Err = Error;

    /// Parses `"vi"` or `"en"` (case-insensitive, surrounding spaces ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            _ => Err(Error::UnknownLanguage { input: s.to_owned() }),
        }
    }
}

/// Implements `Display` and `FromStr` for enums from their serde names
/// (`"xccdfFlat"`), so text and JSON name a value the same way.
macro_rules! serde_name_display {
    ($($t:ty),+ $(,)?) => {$(
        impl ::core::fmt::Display for $t {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let s = serde_json::to_string(self).map_err(|_| ::core::fmt::Error)?;
                f.write_str(s.trim_matches('"'))
            }
        }

        impl ::core::str::FromStr for $t {
            type Err = $crate::Error;
            fn from_str(s: &str) -> $crate::Result<Self> {
                use serde::de::IntoDeserializer;
                let d: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
                    s.trim().into_deserializer();
                <$t as serde::Deserialize>::deserialize(d).map_err(|_| {
                    $crate::Error::invalid(
                        stringify!($t),
                        $crate::InputProblem::UnknownName { value: $crate::text::clamp(s) },
                    )
                })
            }
        }
    )+};
}

pub(crate) use serde_name_display;

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T, E = Error> = core::result::Result<T, E>;
