//! Bilingual text and the Vietnamese-aware text folding used by search.

mod fold;
mod legacy;
mod nfc_table;
mod normalize;
#[cfg(feature = "docx")]
mod tcvn3_table;
#[cfg(feature = "docx")]
mod vni_table;

pub use fold::{eq_folded, fold, fold_char, fold_into, starts_with_folded};
pub(crate) use legacy::looks_legacy;
#[cfg(feature = "docx")]
pub(crate) use legacy::{from_legacy, is_legacy_mark, legacy_font, LegacyFont};
pub use normalize::{
    cleaned, comparable, is_invisible, nfc, odd_chars, odd_chars_in_name, without_odd, OddChar,
};

use core::fmt;

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
    Day(d).to_string()
}

/// A date in a message: `dd/mm/yyyy`, as Vietnamese documents and tables
/// write it (in both languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub chrono::NaiveDate);

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use chrono::Datelike;
        let d = self.0;
        write!(f, "{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
    }
}

/// A number in a message, to two decimals at most: `1,5` in Vietnamese
/// (`Display`), `1.5` in English (the alternate form, `{x:#}`).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Decimal(pub f64);

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = format!("{:.2}", self.0);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if f.alternate() {
            f.write_str(s)
        } else {
            f.write_str(&s.replace('.', ","))
        }
    }
}

/// Text echoed back inside a message, cut to 80 characters with an
/// ellipsis so that a huge input never makes a huge message.
pub fn clamp(s: &str) -> String {
    const MAX: usize = 80;
    match s.char_indices().nth(MAX) {
        None => s.to_owned(),
        Some((at, _)) => format!("{}…", &s[..at]),
    }
}

/// A text in Vietnamese (NFC, with diacritics) and English.
///
/// `Display` writes the Vietnamese text, the alternate form (`{t:#}`) the
/// English one: the convention of every message template.
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

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if f.alternate() { self.en } else { self.vi })
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
    fn message_values_follow_the_alternate_convention() {
        let t = Text::new("Hoạch định", "Planning");
        assert_eq!(format!("{t} / {t:#}"), "Hoạch định / Planning");
        assert_eq!(format!("{} / {:#}", Decimal(1.5), Decimal(1.5)), "1,5 / 1.5");
        assert_eq!(Decimal(2.0).to_string(), "2");
        let d = chrono::NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
        assert_eq!(Day(d).to_string(), "05/02/2026");
        assert_eq!(clamp(&"a".repeat(100)).chars().count(), 81);
    }

    #[test]
    fn text_picks_language() {
        let t = Text::new("Hoạch định", "Planning");
        assert_eq!(t.get(Lang::Vi), "Hoạch định");
        assert_eq!(t.get(Lang::En), "Planning");
    }
}
