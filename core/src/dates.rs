//! Calendar dates as the JSON interchange writes them (`2026-02-27`), read
//! without chrono's format parser: its general machinery (format items,
//! `Parsed`, RFC 2822 scanning) cost about 20 KB in every WebAssembly
//! module that reads a date. The reader accepts exactly what chrono's
//! `NaiveDate::from_str` accepts and fails with the same words, so inputs
//! and error messages are unchanged (a test compares the two).

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, Visitor};

/// Why a date does not read, in chrono's words (they reach error messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    OutOfRange,
    Invalid,
    TooShort,
    TooLong,
}

impl core::fmt::Display for Problem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Problem::OutOfRange => "input is out of range",
            Problem::Invalid => "input contains invalid characters",
            Problem::TooShort => "premature end of input",
            Problem::TooLong => "trailing input",
        })
    }
}

/// Reads `YYYY-MM-DD` as chrono does: spaces allowed around the numbers
/// and the dashes, a month and a day of one or two digits, a year of up to
/// four digits or any number of them after a sign.
fn parse(s: &str) -> Result<NaiveDate, Problem> {
    /// Up to `max` digits (at least one) at the start of `s`.
    fn number(s: &str, max: usize) -> Result<(&str, i64), Problem> {
        let digits = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(if s.is_empty() { Problem::TooShort } else { Problem::Invalid });
        }
        let n = s.as_bytes()[..digits]
            .iter()
            .try_fold(0i64, |n, &c| n.checked_mul(10)?.checked_add(i64::from(c - b'0')));
        Ok((&s[digits..], n.ok_or(Problem::OutOfRange)?))
    }
    fn dash(s: &str) -> Result<&str, Problem> {
        let s = s.trim_start();
        match s.strip_prefix('-') {
            Some(rest) => Ok(rest),
            None if s.is_empty() => Err(Problem::TooShort),
            None => Err(Problem::Invalid),
        }
    }
    let s = s.trim_start();
    let (s, year) = match s.as_bytes().first() {
        Some(b'-') => number(&s[1..], usize::MAX)
            .and_then(|(s, y)| Ok((s, 0i64.checked_sub(y).ok_or(Problem::OutOfRange)?)))?,
        Some(b'+') => number(&s[1..], usize::MAX)?,
        _ => number(s, 4)?,
    };
    let year = i32::try_from(year).map_err(|_| Problem::OutOfRange)?;
    let (s, month) = number(dash(s)?.trim_start(), 2)?;
    if !(1..=12).contains(&month) {
        return Err(Problem::OutOfRange);
    }
    let (s, day) = number(dash(s)?.trim_start(), 2)?;
    if !(1..=31).contains(&day) {
        return Err(Problem::OutOfRange);
    }
    if !s.trim_start().is_empty() {
        return Err(Problem::TooLong);
    }
    // Both are in range (checked above), so the casts are exact.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or(Problem::OutOfRange)
}

/// Parses a date as `YYYY-MM-DD` (what the interchange format writes).
///
/// ```
/// use iso9001::dates::parse_date;
/// assert_eq!(parse_date("2026-02-27").unwrap().to_string(), "2026-02-27");
/// assert!(parse_date("2026-02-30").is_none());
/// assert!(parse_date("27/02/2026").is_none());
/// ```
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    parse(s).ok()
}

/// A date read by [`parse_date`], for serde.
struct Date(NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Read;
        impl Visitor<'_> for Read {
            type Value = Date;
            // chrono's words, so that a number in place of a date is told
            // as before.
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("a formatted date string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                parse(v).map(Date).map_err(E::custom)
            }
        }
        d.deserialize_str(Read)
    }
}

/// serde `deserialize_with` for a [`NaiveDate`] field.
pub(crate) fn de<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Date::deserialize(d).map(|d| d.0)
}

/// serde `deserialize_with` for an optional [`NaiveDate`] field (with
/// `default`, as serde no longer knows the field may be missing).
pub(crate) fn opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Date>::deserialize(d).map(|d| d.map(|d| d.0))
}

/// serde `deserialize_with` for a list of [`NaiveDate`].
pub(crate) fn vec<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
    Vec::<Date>::deserialize(d).map(|v| v.into_iter().map(|d| d.0).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What chrono reads, this reads, and where chrono refuses, this
    /// refuses with the same words.
    #[test]
    fn reads_as_chrono_reads() {
        let mut cases: Vec<String> = [
            "2026-02-27",
            "2026-2-7",
            " 2026 - 02 - 27 ",
            "2026-02-27\t",
            "2026-02-30",
            "2024-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-01-32",
            "2026-01-00",
            "",
            " ",
            "2026",
            "2026-",
            "2026-02",
            "2026-02-",
            "2026/02/27",
            "27/02/2026",
            "02026-02-27",
            "2026-002-27",
            "2026-02-027",
            "+2026-02-27",
            "-0001-12-31",
            "+99999999999-01-01",
            "+9999999999999999999999-01-01",
            "-",
            "+",
            "2026-02-27T10:00",
            "2026-02-27 x",
            "0000-01-01",
            "9999-12-31",
            "١٢٣٤-01-01",
            "2026\u{a0}-02-27",
            "2026-02-2７",
            "abcd",
            "2026--02-27",
            "2026-+02-27",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for i in 0..3000u32 {
            cases.push(format!(
                "{}{}{}{}{}",
                ["", " ", "+", "-"][(i % 4) as usize],
                (i * 7919) % 12000,
                ["-", " -", "- ", "/", ""][(i % 5) as usize],
                (i * 31) % 15,
                ["-1", "-31", "-29", "-30 ", "-4x", "-", "-001"][(i % 7) as usize],
            ));
        }
        for s in &cases {
            let ours = parse(s).map_err(|p| p.to_string());
            let theirs = s.parse::<NaiveDate>().map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{s:?}");
        }
    }

    /// Through serde the errors read as chrono's did.
    #[test]
    fn serde_errors_are_chrono_s() {
        #[derive(serde::Deserialize)]
        struct Ours {
            #[serde(deserialize_with = "de")]
            _d: NaiveDate,
        }
        #[derive(serde::Deserialize)]
        struct Theirs {
            _d: NaiveDate,
        }
        for text in [
            r#"{"_d": "2026-02-27"}"#,
            r#"{"_d": "2026-02-30"}"#,
            r#"{"_d": 5}"#,
            r#"{"_d": null}"#,
            r#"{"_d": ["2026-02-27"]}"#,
            r#"{"_d": "2026-02-27x"}"#,
        ] {
            let ours = serde_json::from_str::<Ours>(text).map(|_| ()).map_err(|e| e.to_string());
            let theirs =
                serde_json::from_str::<Theirs>(text).map(|_| ()).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{text}");
        }
    }
}
