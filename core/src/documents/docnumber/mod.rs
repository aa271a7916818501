//! Vietnamese document numbers (số, ký hiệu văn bản) under Nghị định
//! 30/2020/NĐ-CP and the Law on legal normative documents.
//!
//! Forms recognised:
//! - legal normative document `number/year/TYPE-ISSUER` (`19/2014/QĐ-TTg`,
//!   `26/2014/TT-BKHCN`, joint `TTLT` with several issuers);
//! - law or ordinance `number/year/QH15` (`64/2025/QH15`, `…/UBTVQH15`);
//! - administrative document `number/TYPE-ISSUER` (`2323/QĐ-UBND`);
//! - official letter (công văn) `number/ISSUER-UNIT` (`3003/BKHCN-TĐC`);
//! - Party document `number-TYPE/ISSUER` (`80-NQ/TW`).

use serde::Serialize;

use crate::text::Lang;

/// A type abbreviation of Appendix III of 30/2020/NĐ-CP (plus the legal
/// normative types), with its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocType {
    /// The abbreviation exactly as written, e.g. `QĐ`, `QyĐ`, `TTr`.
    pub abbreviation: &'static str,
    /// Vietnamese name.
    pub vi: &'static str,
    /// English name.
    pub en: &'static str,
}

const fn t(abbreviation: &'static str, vi: &'static str, en: &'static str) -> DocType {
    DocType { abbreviation, vi, en }
}

/// Every known type abbreviation.
pub const DOC_TYPES: &[DocType] = &[
    t("NQ", "nghị quyết", "resolution"),
    t("QĐ", "quyết định", "decision"),
    t("CT", "chỉ thị", "directive"),
    t("QC", "quy chế", "regulation"),
    t("QyĐ", "quy định", "rules"),
    t("TC", "thông cáo", "communiqué"),
    t("TB", "thông báo", "notice"),
    t("HD", "hướng dẫn", "guidance"),
    t("CTr", "chương trình", "programme"),
    t("KH", "kế hoạch", "plan"),
    t("PA", "phương án", "scheme"),
    t("ĐA", "đề án", "project proposal"),
    t("DA", "dự án", "project"),
    t("BC", "báo cáo", "report"),
    t("BB", "biên bản", "minutes"),
    t("TTr", "tờ trình", "submission"),
    t("HĐ", "hợp đồng", "contract"),
    t("CĐ", "công điện", "official telegram"),
    t("BGN", "bản ghi nhớ", "memorandum"),
    t("BTT", "bản thỏa thuận", "agreement"),
    t("GUQ", "giấy ủy quyền", "power of attorney"),
    t("GM", "giấy mời", "invitation"),
    t("GGT", "giấy giới thiệu", "letter of introduction"),
    t("GNP", "giấy nghỉ phép", "leave permit"),
    t("PG", "phiếu gửi", "dispatch slip"),
    t("PC", "phiếu chuyển", "transfer slip"),
    t("PB", "phiếu báo", "notification slip"),
    t("NĐ", "nghị định", "decree"),
    t("TT", "thông tư", "circular"),
    t("TTLT", "thông tư liên tịch", "joint circular"),
    t("NQLT", "nghị quyết liên tịch", "joint resolution"),
    t("L", "luật", "law"),
    t("PL", "pháp lệnh", "ordinance"),
    t("SY", "bản sao y", "true copy"),
    t("TrS", "bản trích sao", "extract copy"),
    t("SL", "bản sao lục", "transcribed copy"),
];

/// Looks up a type abbreviation (exact, case-sensitive: `QyĐ` ≠ `QYĐ`).
pub fn doc_type(abbreviation: &str) -> Option<&'static DocType> {
    DOC_TYPES.iter().find(|t| t.abbreviation == abbreviation)
}

/// Which layout the number follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum NumberForm {
    /// `number/year/TYPE-ISSUER`.
    LegalNormative,
    /// `number/year/QH15`: law or ordinance of the National Assembly.
    Law,
    /// `number/TYPE-ISSUER`.
    Administrative,
    /// `number/ISSUER-UNIT`: công văn, no type abbreviation.
    OfficialLetter,
    /// `number-TYPE/ISSUER`: Party document.
    Party,
}

/// A parsed document number: language-free; `FromStr` parses it and
/// `Display` writes it back in its canonical form.
///
/// ```
/// use iso9001::documents::DocumentNumber;
/// let n: DocumentNumber = " 19/2014/QĐ-TTg ".parse().unwrap();
/// assert_eq!(n.to_string(), "19/2014/QĐ-TTg");
/// assert_eq!(n.type_name().map(|t| t.vi), Some("quyết định"));
/// assert!("30/2020/NDCP".parse::<DocumentNumber>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentNumber {
    /// The layout.
    pub form: NumberForm,
    /// The sequential number.
    pub number: u32,
    /// The year, when the number carries one.
    pub year: Option<u16>,
    /// The type abbreviation (`QĐ`, `NĐ` …); `None` for an official letter
    /// and a law.
    pub doc_type: Option<&'static str>,
    /// The issuer (and drafting unit), e.g. `TTg`, `UBND`, `BKHCN-TĐC`,
    /// `QH15`.
    pub issuer: String,
}

impl DocumentNumber {
    /// The name of the document's type in both languages.
    pub fn type_name(&self) -> Option<crate::text::Text> {
        match self.form {
            NumberForm::Law => Some(crate::text::Text::new("luật / pháp lệnh", "law / ordinance")),
            _ => self.doc_type.and_then(doc_type).map(|t| crate::text::Text::new(t.vi, t.en)),
        }
    }
}

impl core::str::FromStr for DocumentNumber {
    type Err = NumberProblem;
    fn from_str(s: &str) -> Result<Self, NumberProblem> {
        parse(s)
    }
}

impl core::fmt::Display for DocumentNumber {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match (self.form, self.doc_type) {
            (NumberForm::Party, Some(t)) => write!(f, "{}-{t}/{}", self.number, self.issuer),
            (_, ty) => {
                write!(f, "{}/", self.number)?;
                if let Some(y) = self.year {
                    write!(f, "{y}/")?;
                }
                match ty {
                    Some(t) => write!(f, "{t}-{}", self.issuer),
                    None => f.write_str(&self.issuer),
                }
            }
        }
    }
}

/// A parsed number as JSON shows it, with its type's name in one
/// language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename = "DocumentNumber", rename_all = "camelCase")]
pub struct NumberView {
    /// The layout.
    pub form: NumberForm,
    /// The sequential number.
    pub number: u32,
    /// The year, when the number carries one.
    pub year: Option<u16>,
    /// The type abbreviation (`QĐ`, `NĐ` …); `null` for an official letter.
    pub doc_type: Option<&'static str>,
    /// The type's name in the requested language.
    pub type_name: Option<&'static str>,
    /// The issuer (and drafting unit).
    pub issuer: String,
}

/// Why a number is malformed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum NumberProblem {
    /// Nothing given.
    Empty,
    /// Spaces are not allowed inside a number.
    ContainsSpace,
    /// No `/` between the number and the symbol.
    MissingSlash,
    /// The number is not Arabic digits, or is 0.
    BadNumber {
        /// The part that should be the number.
        part: String,
    },
    /// The year is not four digits between 1945 and 2100.
    BadYear {
        /// The part that should be the year.
        part: String,
    },
    /// The type abbreviation is not one of Appendix III of 30/2020/NĐ-CP.
    UnknownType {
        /// The abbreviation found.
        abbreviation: String,
    },
    /// A part of the symbol is empty (`QĐ-`, `--`).
    EmptyGroup,
    /// A part of the symbol is not in capitals (only the fixed mixed-case
    /// abbreviations such as `QyĐ`, `TTg` are allowed).
    NotCapitals {
        /// The part.
        group: String,
    },
    /// More parts than any layout has.
    TooManyParts,
    /// A type abbreviation typed without its diacritic (`ND` for `NĐ`,
    /// `QD` for `QĐ`), as on a keyboard without Vietnamese input.
    WithoutDiacritic {
        /// The abbreviation as written.
        written: String,
        /// The abbreviation meant.
        meant: String,
    },
}

impl NumberProblem {
    /// The reason in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let vi = lang == Lang::Vi;
        match self {
            NumberProblem::Empty => lang.pick("số, ký hiệu để trống", "the number is empty").into(),
            NumberProblem::ContainsSpace => lang
                .pick("số, ký hiệu không được có dấu cách", "no spaces are allowed in a number")
                .into(),
            NumberProblem::MissingSlash => lang
                .pick("thiếu dấu “/” giữa số và ký hiệu", "no “/” between number and symbol")
                .into(),
            NumberProblem::BadNumber { part } if vi => {
                format!("“{part}” không phải là số thứ tự bằng chữ số Ả Rập")
            }
            NumberProblem::BadNumber { part } => {
                format!("“{part}” is not a number in Arabic digits")
            }
            NumberProblem::BadYear { part } if vi => format!("“{part}” không phải năm hợp lệ"),
            NumberProblem::BadYear { part } => format!("“{part}” is not a valid year"),
            NumberProblem::UnknownType { abbreviation } if vi => {
                format!("“{abbreviation}” không phải chữ viết tắt tên loại văn bản")
            }
            NumberProblem::UnknownType { abbreviation } => {
                format!("“{abbreviation}” is not a document type abbreviation")
            }
            NumberProblem::EmptyGroup => {
                lang.pick("ký hiệu có nhóm chữ trống", "the symbol has an empty group").into()
            }
            NumberProblem::NotCapitals { group } if vi => {
                format!("“{group}” phải viết bằng chữ in hoa")
            }
            NumberProblem::NotCapitals { group } => format!("“{group}” must be in capitals"),
            NumberProblem::TooManyParts => lang
                .pick("có quá nhiều phần ngăn cách bởi “/”", "too many parts separated by “/”")
                .into(),
            NumberProblem::WithoutDiacritic { written, meant } if vi => {
                format!("“{written}” viết thiếu dấu, đúng là “{meant}”")
            }
            NumberProblem::WithoutDiacritic { written, meant } => {
                format!("“{written}” is written without its diacritic: “{meant}”")
            }
        }
    }
}

/// `Display` tells the problem in Vietnamese, `{:#}` in English.
impl core::fmt::Display for NumberProblem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let lang = if f.alternate() { Lang::En } else { Lang::Vi };
        f.write_str(&self.describe(lang))
    }
}

/// Abbreviations that are written in mixed case by rule.
const MIXED_CASE: &[&str] = &["QyĐ", "CTr", "TTr", "TrS", "TTg"];

fn parse_number(part: &str) -> Result<u32, NumberProblem> {
    let ok = !part.is_empty() && part.len() <= 9 && part.bytes().all(|b| b.is_ascii_digit());
    match part.parse::<u32>() {
        Ok(n) if ok && n > 0 => Ok(n),
        _ => Err(NumberProblem::BadNumber { part: part.to_owned() }),
    }
}

fn parse_year(part: &str) -> Result<u16, NumberProblem> {
    match part.parse::<u16>() {
        Ok(y) if part.len() == 4 && (1945..=2100).contains(&y) => Ok(y),
        _ => Err(NumberProblem::BadYear { part: part.to_owned() }),
    }
}

/// Checks the groups of a symbol (`QĐ-UBND` → `QĐ`, `UBND`).
fn groups(symbol: &str) -> Result<Vec<&str>, NumberProblem> {
    let groups: Vec<&str> = symbol.split('-').collect();
    for g in &groups {
        if g.is_empty() {
            return Err(NumberProblem::EmptyGroup);
        }
        let capitals = g.chars().all(|c| c.is_ascii_digit() || c.is_uppercase() || c == '&');
        if !capitals && !MIXED_CASE.contains(g) {
            return Err(NumberProblem::NotCapitals { group: (*g).to_owned() });
        }
    }
    Ok(groups)
}

/// `QH15`, `UBTVQH15`: the National Assembly and its term.
fn is_assembly(s: &str) -> bool {
    let letters = s.trim_end_matches(|c: char| c.is_ascii_digit());
    matches!(letters, "QH" | "UBTVQH") && letters.len() < s.len()
}

/// Parses a Vietnamese document number, or says why it is malformed.
///
/// ```
/// use iso9001::documents::{parse_document_number, NumberForm};
/// use iso9001::Lang;
/// let n = parse_document_number("19/2014/QĐ-TTg").unwrap();
/// assert_eq!((n.number, n.year, n.doc_type, n.issuer.as_str()), (19, Some(2014), Some("QĐ"), "TTg"));
/// assert_eq!(n.form, NumberForm::LegalNormative);
/// let e = parse_document_number("30/2020/NDCP").unwrap_err();
/// assert_eq!(e.describe(Lang::En), "“NDCP” is not a document type abbreviation");
/// ```
pub fn parse(text: &str) -> Result<DocumentNumber, NumberProblem> {
    let s = text.trim();
    if s.is_empty() {
        return Err(NumberProblem::Empty);
    }
    if s.chars().any(char::is_whitespace) {
        return Err(NumberProblem::ContainsSpace);
    }
    let parts: Vec<&str> = s.split('/').collect();
    let typed = |form, number, year, groups: Vec<&str>| -> Result<DocumentNumber, NumberProblem> {
        let ty = doc_type(groups[0]).ok_or_else(|| unknown_type(groups[0]))?;
        Ok(DocumentNumber {
            form,
            number,
            year,
            doc_type: Some(ty.abbreviation),
            issuer: groups[1..].join("-"),
        })
    };
    match parts.as_slice() {
        [_] => Err(NumberProblem::MissingSlash),
        // Party document: 80-NQ/TW.
        [head, issuer] if head.contains('-') => {
            let (num, ty) = head.split_once('-').unwrap_or((head, ""));
            let number = parse_number(num)?;
            let issuer_groups = groups(issuer)?;
            let mut g = groups(ty)?;
            g.extend(issuer_groups);
            typed(NumberForm::Party, number, None, g)
        }
        [num, symbol] => {
            let number = parse_number(num)?;
            let g = groups(symbol)?;
            if g.len() >= 2 && doc_type(g[0]).is_some() {
                typed(NumberForm::Administrative, number, None, g)
            } else {
                Ok(DocumentNumber {
                    form: NumberForm::OfficialLetter,
                    number,
                    year: None,
                    doc_type: None,
                    issuer: g.join("-"),
                })
            }
        }
        [num, year, symbol] => {
            let number = parse_number(num)?;
            let year = parse_year(year)?;
            let g = groups(symbol)?;
            if g.len() == 1 && is_assembly(g[0]) {
                return Ok(DocumentNumber {
                    form: NumberForm::Law,
                    number,
                    year: Some(year),
                    doc_type: None,
                    issuer: g[0].to_owned(),
                });
            }
            if g.len() < 2 {
                return Err(unknown_type(g[0]));
            }
            typed(NumberForm::LegalNormative, number, Some(year), g)
        }
        _ => Err(NumberProblem::TooManyParts),
    }
}

/// The outcome of checking a document number, as data: a malformed
/// number is an answer, not a failure of the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct NumberCheck {
    /// The text checked, trimmed.
    pub input: String,
    /// Whether it is well-formed.
    pub valid: bool,
    /// The parts, when well-formed.
    pub parsed: Option<NumberView>,
    /// What is wrong, when malformed.
    pub problem: Option<NumberProblem>,
    /// `problem` told in the requested language.
    pub reason: Option<String>,
}

/// Checks a document number and returns the outcome as data.
///
/// ```
/// use iso9001::documents::check_document_number;
/// use iso9001::Lang;
/// let c = check_document_number("2323/Qđ-UBND", Lang::Vi);
/// assert!(!c.valid);
/// assert_eq!(c.reason.as_deref(), Some("“Qđ” phải viết bằng chữ in hoa"));
/// ```
pub fn check(text: &str, lang: Lang) -> NumberCheck {
    let input = text.trim().to_owned();
    match parse(text) {
        Ok(n) => {
            let parsed = NumberView {
                type_name: n.type_name().map(|t| t.get(lang)),
                form: n.form,
                number: n.number,
                year: n.year,
                doc_type: n.doc_type,
                issuer: n.issuer,
            };
            NumberCheck { input, valid: true, parsed: Some(parsed), problem: None, reason: None }
        }
        Err(p) => NumberCheck {
            input,
            valid: false,
            parsed: None,
            reason: Some(p.describe(lang)),
            problem: Some(p),
        },
    }
}

mod slips;
pub(crate) use slips::meant;
use slips::unknown_type;

#[cfg(test)]
mod tests;
