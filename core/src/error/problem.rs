//! What was wrong with an input value, as a typed problem that describes
//! itself in either language.

use super::vietnamese::{
    grouped, position, syntax_vi, unknown_variant, wrong_type_vi, wrong_value_vi, CHRONO,
};
use crate::text::Lang;

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
    /// A Word file holding several procedures (an annex of internal
    /// procedures) where one was asked for.
    SeveralProcedures {
        /// How many it holds.
        count: usize,
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
            InputProblem::SeveralProcedures { count } if vi => format!(
                "tệp có {count} quy trình (phụ lục quy trình nội bộ ban hành kèm theo quyết \
                 định, hoặc các trường hợp của một thủ tục, mỗi trường hợp có các bước và thời \
                 hạn riêng) nên không đọc thành một quy trình được; hãy đọc tất cả quy trình \
                 của tệp"
            ),
            InputProblem::SeveralProcedures { count } => format!(
                "the file holds {count} procedures (an annex of internal procedures issued \
                 with a decision, or the cases of one procedure, each with its own steps and \
                 time limit), so it cannot be read as one; read all the procedures of the file"
            ),
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
