//! The one error type of the library.
//!
//! Every error has a stable machine code ([`Error::code`]), an English
//! message (`Display`) and a Vietnamese one ([`Error::message`]); each names
//! the input or field at fault. The bindings carry the code and the message
//! across the C and JS boundaries unchanged.

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

/// What is wrong with an input, in a form that can be told in either
/// language. `detail` strings are technical (from the JSON parser) and are
/// quoted as they are.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum InputProblem {
    /// A required argument or field is absent (NULL, undefined, missing).
    Missing,
    /// The bytes are not valid UTF-8.
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The text is not well-formed JSON.
    Syntax {
        /// The parser's description.
        detail: String,
    },
    /// A value has the wrong type or an impossible value.
    WrongValue {
        /// The parser's description.
        detail: String,
    },
    /// A field the type does not have.
    UnknownField {
        /// The field's name.
        name: String,
    },
    /// The input is larger than the configured limit.
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A list has more items than the configured limit.
    TooMany {
        /// Number of items.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// Text after the end of the JSON value.
    TrailingCharacters,
    /// A name that is not one of the values the field takes.
    UnknownName {
        /// What the caller gave (cut to 80 characters).
        value: String,
    },
    /// A number or date outside the range the field takes.
    OutOfRange {
        /// What the caller gave.
        value: String,
        /// The smallest value accepted.
        min: String,
        /// The largest value accepted.
        max: String,
    },
    /// A rule ID that no catalogue has.
    UnknownRule {
        /// The ID given.
        id: String,
    },
    /// Data that cannot be used as it is, told in both languages (an event
    /// log out of order, a file that is not a Word document …).
    Inconsistent {
        /// What is wrong, in both languages.
        why: crate::text::Text,
    },
    /// A value that is not in the expected form.
    Expected {
        /// What was expected, in both languages.
        what: crate::text::Text,
        /// What the caller gave (cut to 80 characters).
        value: String,
    },
    /// A document code pattern (`QT.{UNIT}.{NN}`) that does not compile.
    BadPattern {
        /// The pattern as written (cut to 80 characters).
        pattern: String,
        /// What is wrong with it.
        fault: PatternFault,
    },
}

/// What is wrong with a document code pattern.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum PatternFault {
    /// A `{TOKEN}` the pattern language does not have.
    UnknownToken {
        /// The token as written, braces included (cut to 80 characters).
        token: String,
    },
    /// A `{` with no `}` after it.
    UnclosedBrace,
    /// A `[` with no `]` after it.
    UnclosedBracket,
    /// A `]` with no `[` before it.
    UnopenedBracket,
}

/// The tokens a code pattern may use, as told in its errors.
const PATTERN_TOKENS: &str = "{UNIT}, {N}, {NN}, {NNN}…, {N+}, {A}";

/// A count with the Vietnamese thousands separator: `2.000.000`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// "… at line 2 column 11" in a parser's message.
fn position(detail: &str) -> Option<(usize, usize)> {
    let rest = &detail[detail.rfind(" at line ")? + " at line ".len()..];
    let (line, column) = rest.split_once(" column ")?;
    Some((line.trim().parse().ok()?, column.trim().parse().ok()?))
}

/// "unknown variant `active`, expected one of `draft`, `effective`".
fn unknown_variant(detail: &str) -> Option<(&str, String)> {
    let rest = detail.strip_prefix("unknown variant `")?;
    let (value, rest) = rest.split_once('`')?;
    let expected = rest.split_once("expected")?.1;
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    Some((value, names.join(", ")))
}

/// How chrono says a date or a time does not parse.
const CHRONO: &[&str] = &[
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "input is out of range",
    "input is not enough",
    "no possible date and time",
];

/// What the parser says about malformed JSON, told in Vietnamese.
fn syntax_vi(detail: &str) -> Option<&'static str> {
    const KNOWN: &[(&str, &str)] = &[
        ("expected `,` or `}`", "thiếu dấu “,” hoặc “}”"),
        ("expected `,` or `]`", "thiếu dấu “,” hoặc “]”"),
        ("expected `:`", "thiếu dấu “:”"),
        ("EOF while parsing", "dữ liệu kết thúc khi JSON chưa được đóng"),
        ("expected value", "thiếu giá trị hoặc giá trị sai cú pháp"),
        ("expected ident", "giá trị sai cú pháp (true, false, null viết thường)"),
        ("key must be a string", "tên trường phải đặt trong dấu ngoặc kép"),
        ("trailing comma", "thừa dấu “,”"),
        ("control character", "chuỗi có ký tự điều khiển"),
        ("invalid escape", "chuỗi có ký tự thoát (\\) không hợp lệ"),
        ("invalid number", "số không hợp lệ"),
        ("invalid unicode code point", "chuỗi có mã Unicode không hợp lệ"),
    ];
    KNOWN.iter().find(|(en, _)| detail.starts_with(en)).map(|&(_, vi)| vi)
}

/// A JSON kind named by the parser ("integer `5`", "a string", "u32"),
/// in Vietnamese.
fn kind_vi(what: &str) -> Option<&'static str> {
    let what = what.trim().trim_start_matches("a ").trim_start_matches("an ");
    let first = what.split([' ', '`']).next().unwrap_or_default();
    Some(match first {
        "integer" | "floating" | "f32" | "f64" => "số",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "số nguyên không âm",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "số nguyên",
        "string" | "formatted" | "char" | "character" => "chuỗi ký tự",
        "boolean" | "bool" => "giá trị true/false",
        "null" | "unit" => "null",
        "sequence" => "mảng",
        "map" | "struct" => "đối tượng",
        _ => return None,
    })
}

/// "invalid type: integer `5`, expected a string" in Vietnamese.
fn wrong_type_vi(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    let expected = expected.rsplit_once(" at line ").map_or(expected, |x| x.0);
    Some(match (kind_vi(expected), kind_vi(found)) {
        (Some(e), Some(f)) if e != f => format!("sai kiểu dữ liệu: cần {e}, không phải {f}"),
        (Some(e), _) => format!("sai kiểu dữ liệu: cần {e}"),
        (None, _) => return None,
    })
}

/// "invalid value: integer `-1`, expected u32" in Vietnamese.
fn wrong_value_vi(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("invalid value: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    let expected = expected.rsplit_once(" at line ").map_or(expected, |x| x.0);
    let value = found.split('`').nth(1).or_else(|| found.split('"').nth(1))?;
    Some(match kind_vi(expected) {
        Some(e) => format!("giá trị “{value}” không hợp lệ; cần {e}"),
        None => format!("giá trị “{value}” không hợp lệ"),
    })
}

impl InputProblem {
    /// The problem described in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            InputProblem::Missing => {
                lang.pick("thiếu giá trị bắt buộc", "required value is missing").to_owned()
            }
            InputProblem::InvalidUtf8 { offset } if vi => {
                format!("không phải UTF-8 hợp lệ (byte thứ {offset})")
            }
            InputProblem::InvalidUtf8 { offset } => format!("not valid UTF-8 (at byte {offset})"),
            InputProblem::Syntax { detail } if vi => {
                let mut s = match position(detail) {
                    Some((line, column)) => {
                        format!("JSON sai cú pháp tại dòng {line}, cột {column}")
                    }
                    None => "JSON sai cú pháp".to_owned(),
                };
                if let Some(why) = syntax_vi(detail) {
                    s = format!("{s} ({why})");
                }
                s
            }
            InputProblem::Syntax { detail } => format!("malformed JSON ({detail})"),
            // The parser's English stays out of Vietnamese text: its kind,
            // the value and the place are told instead.
            InputProblem::WrongValue { detail } if vi => {
                let at = position(detail)
                    .map(|(l, c)| format!(" (dòng {l}, cột {c})"))
                    .unwrap_or_default();
                if let Some((value, expected)) = unknown_variant(detail) {
                    format!("giá trị “{value}” không hợp lệ; các giá trị hợp lệ: {expected}{at}")
                } else if let Some(s) = wrong_type_vi(detail) {
                    format!("{s}{at}")
                } else if detail.starts_with("invalid type") {
                    format!("sai kiểu dữ liệu{at}")
                } else if let Some(s) = wrong_value_vi(detail) {
                    format!("{s}{at}")
                } else if let Some(v) = detail
                    .strip_prefix('`')
                    .and_then(|r| r.split_once("` is not a date-time").map(|x| x.0))
                {
                    format!("“{v}” không phải ngày giờ dạng YYYY-MM-DDTHH:MM{at}")
                } else if CHRONO.iter().any(|p| detail.starts_with(p)) {
                    format!("ngày hoặc giờ không hợp lệ (ngày dạng YYYY-MM-DD, giờ dạng HH:MM){at}")
                } else {
                    format!("giá trị không hợp lệ{at}")
                }
            }
            InputProblem::WrongValue { detail } => format!("wrong type or value ({detail})"),
            InputProblem::UnknownField { name } if vi => {
                format!("trường “{name}” không được hỗ trợ (có thể viết sai tên trường)")
            }
            InputProblem::UnknownField { name } => format!("unknown field `{name}`"),
            InputProblem::TooLarge { size, limit } if vi => {
                format!(
                    "dữ liệu có dung lượng {} byte, vượt giới hạn {} byte",
                    grouped(*size),
                    grouped(*limit)
                )
            }
            InputProblem::TooLarge { size, limit } => {
                format!("input is {size} bytes, more than the limit of {limit} bytes")
            }
            InputProblem::TooMany { count, limit } if vi => {
                format!("có {} phần tử, vượt giới hạn {}", grouped(*count), grouped(*limit))
            }
            InputProblem::TooMany { count, limit } => {
                format!("{count} items, more than the limit of {limit}")
            }
            InputProblem::TrailingCharacters => lang
                .pick("có ký tự thừa sau giá trị JSON", "trailing characters after the JSON value")
                .to_owned(),
            InputProblem::UnknownName { value } if vi => format!("giá trị “{value}” không hợp lệ"),
            InputProblem::UnknownName { value } => format!("`{value}` is not a known value"),
            InputProblem::OutOfRange { value, min, max } if vi => {
                format!("{value} nằm ngoài khoảng {min} – {max}")
            }
            InputProblem::OutOfRange { value, min, max } => {
                format!("{value} is outside {min} – {max}")
            }
            InputProblem::UnknownRule { id } if vi => format!("không có quy tắc “{id}”"),
            InputProblem::UnknownRule { id } => format!("no rule `{id}`"),
            InputProblem::Inconsistent { why } => why.get(lang).to_owned(),
            InputProblem::Expected { what, value } if vi => {
                format!("“{value}” không phải {what}")
            }
            InputProblem::Expected { what, value } => format!("`{value}` is not {what:#}"),
            InputProblem::BadPattern { pattern, fault } if vi => match fault {
                PatternFault::UnknownToken { token } => format!(
                    "mẫu mã “{pattern}” có ký hiệu {token} không hợp lệ (chỉ dùng {PATTERN_TOKENS})"
                ),
                PatternFault::UnclosedBrace => {
                    format!("mẫu mã “{pattern}” thiếu dấu “}}” đóng ký hiệu")
                }
                PatternFault::UnclosedBracket => {
                    format!("mẫu mã “{pattern}” thiếu dấu “]” đóng phần tùy chọn")
                }
                PatternFault::UnopenedBracket => {
                    format!("mẫu mã “{pattern}” có dấu “]” nhưng thiếu dấu “[” mở phần tùy chọn")
                }
            },
            InputProblem::BadPattern { pattern, fault } => match fault {
                PatternFault::UnknownToken { token } => format!(
                    "code pattern `{pattern}` has an unknown token {token} (use only {PATTERN_TOKENS})"
                ),
                PatternFault::UnclosedBrace => {
                    format!("code pattern `{pattern}` has a `{{` without `}}`")
                }
                PatternFault::UnclosedBracket => {
                    format!("code pattern `{pattern}` has a `[` without `]`")
                }
                PatternFault::UnopenedBracket => {
                    format!("code pattern `{pattern}` has a `]` without `[`")
                }
            },
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_messages_bilingual() {
        let cases = [
            (
                Error::UnknownEdition { edition: "1994".into(), known: "2015".into() },
                "unknown_edition",
            ),
            (Error::InvalidClauseNumber { input: "x".into() }, "invalid_clause_number"),
            (
                Error::UnknownClause { edition: "2015".into(), number: "11".into() },
                "unknown_clause",
            ),
            (Error::NoCorrelation { from: "a".into(), to: "b".into() }, "no_correlation"),
            (Error::UnknownLanguage { input: "fr".into() }, "unknown_language"),
            (
                Error::InvalidInput { field: "/a".into(), problem: InputProblem::Missing },
                "invalid_input",
            ),
        ];
        for (err, code) in cases {
            assert_eq!(err.code(), code);
            assert_eq!(err.message(Lang::En), err.to_string());
            assert_ne!(err.message(Lang::Vi), err.message(Lang::En));
        }
        let e = Error::InvalidInput { field: "/steps/0".into(), problem: InputProblem::Missing };
        assert_eq!(e.field(), Some("/steps/0"));
        assert!(e.message(Lang::Vi).contains("/steps/0"));
    }

    #[test]
    fn the_parsers_english_is_told_in_vietnamese() {
        let vi = |p: InputProblem| p.describe(Lang::Vi);
        let wrong = |d: &str| InputProblem::WrongValue { detail: d.into() };
        assert_eq!(
            vi(wrong("invalid type: integer `5`, expected a string at line 2 column 11")),
            "sai kiểu dữ liệu: cần chuỗi ký tự, không phải số (dòng 2, cột 11)"
        );
        assert_eq!(
            vi(wrong("invalid type: map, expected a sequence at line 1 column 9")),
            "sai kiểu dữ liệu: cần mảng, không phải đối tượng (dòng 1, cột 9)"
        );
        assert_eq!(
            vi(wrong("invalid value: integer `-1`, expected u32 at line 1 column 3")),
            "giá trị “-1” không hợp lệ; cần số nguyên không âm (dòng 1, cột 3)"
        );
        assert_eq!(
            vi(wrong("`2026-03-20` is not a date-time (YYYY-MM-DDTHH:MM[:SS])")),
            "“2026-03-20” không phải ngày giờ dạng YYYY-MM-DDTHH:MM"
        );
        assert!(vi(wrong("input contains invalid characters at line 1 column 20"))
            .starts_with("ngày hoặc giờ không hợp lệ"));
        let syntax =
            InputProblem::Syntax { detail: "expected `,` or `}` at line 1 column 14".into() };
        assert_eq!(vi(syntax), "JSON sai cú pháp tại dòng 1, cột 14 (thiếu dấu “,” hoặc “}”)");
        for p in [
            wrong("invalid type: integer `5`, expected a string at line 2 column 11"),
            InputProblem::Syntax {
                detail: "EOF while parsing an object at line 3 column 0".into(),
            },
        ] {
            let text = vi(p);
            assert!(!text.contains("expected") && !text.contains("EOF"), "{text}");
        }
        // A place the parser could not name is not shown.
        let e =
            Error::invalid("/?", InputProblem::Syntax { detail: "x at line 1 column 2".into() });
        assert_eq!(e.message(Lang::Vi), "Dữ liệu không hợp lệ: JSON sai cú pháp tại dòng 1, cột 2");
    }

    #[test]
    fn vietnamese_sizes_group_thousands_with_dots() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1.000");
        assert_eq!(grouped(2_000_000), "2.000.000");
        let p = InputProblem::TooLarge { size: 2_000_000, limit: 1_048_576 };
        assert_eq!(
            p.describe(Lang::Vi),
            "dữ liệu có dung lượng 2.000.000 byte, vượt giới hạn 1.048.576 byte"
        );
        assert_eq!(
            p.describe(Lang::En),
            "input is 2000000 bytes, more than the limit of 1048576 bytes"
        );
    }
}
