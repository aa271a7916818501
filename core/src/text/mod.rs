//! Bilingual text and the Vietnamese-aware text folding used by search.

mod fold;

pub use fold::{eq_folded, fold, fold_char, fold_into, starts_with_folded};

use core::fmt;
use core::str::FromStr;

/// The language of every message a person can see.
///
/// Vietnamese is the default: the end users are Vietnamese civil servants.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The code used in options and JSON: `"vi"` or `"en"`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Picks the string for this language.
    pub const fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = crate::Error;

    /// Parses `"vi"` or `"en"` (case-insensitive, surrounding spaces ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            _ => Err(crate::Error::UnknownLanguage { input: s.to_owned() }),
        }
    }
}

/// A date as written in Vietnamese documents and tables: `dd/mm/yyyy`.
///
/// Hand-formatted rather than through chrono's strftime machinery: it is
/// the one date format of every message, and this is cheaper.
///
/// ```
/// let d = chrono::NaiveDate::from_ymd_opt(2014, 3, 5).unwrap();
/// assert_eq!(iso9001::text::show_date(d), "05/03/2014");
/// ```
pub fn show_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

/// A text in Vietnamese (NFC, with diacritics) and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    /// Vietnamese.
    pub vi: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// Builds a bilingual text (usable in `const` data).
    pub const fn new(vi: &'static str, en: &'static str) -> Self {
        Text { vi, en }
    }

    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_and_prints() {
        assert_eq!(" VI ".parse::<Lang>().unwrap(), Lang::Vi);
        assert_eq!("en".parse::<Lang>().unwrap(), Lang::En);
        assert_eq!(Lang::En.to_string(), "en");
        let err = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(err.code(), "unknown_language");
        assert_eq!(Lang::default(), Lang::Vi);
        assert_eq!(Lang::En.pick("a", "b"), "b");
    }

    #[test]
    fn text_picks_language() {
        let t = Text::new("Hoạch định", "Planning");
        assert_eq!(t.get(Lang::Vi), "Hoạch định");
        assert_eq!(t.get(Lang::En), "Planning");
    }
}
