//! Local date-times as portals write them: `2026-02-12T16:10`, with or
//! without seconds, `T` or a space between date and time.

use chrono::NaiveDateTime;
use serde::{Deserialize, Deserializer};

/// Parses a local date-time in any of the accepted forms.
///
/// ```
/// use iso9001::calendar::parse_datetime;
/// assert_eq!(parse_datetime("2026-02-12T16:10").unwrap().to_string(), "2026-02-12 16:10:00");
/// assert_eq!(parse_datetime("2026-02-12 16:10:05").unwrap().to_string(), "2026-02-12 16:10:05");
/// assert!(parse_datetime("2026-02-30T16:10").is_none());
/// ```
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    if let Some(dt) = canonical(s) {
        return Some(dt);
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// The form portals send (`2026-02-12T16:10`, `2026-02-12 16:10:05`),
/// read by position: chrono's format parser took most of a due-date
/// query's time. `None` for anything else (one-digit months, fractions, a
/// leap second), which the formats above read.
fn canonical(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if !(b.len() == 16 || b.len() == 19) {
        return None;
    }
    let num = |at: usize, len: usize| -> Option<u32> {
        b.get(at..at + len)?
            .iter()
            .try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    if !(sep(4, b'-') && sep(7, b'-') && (sep(10, b'T') || sep(10, b' ')) && sep(13, b':')) {
        return None;
    }
    let second = match b.len() {
        19 if sep(16, b':') => num(17, 2).filter(|s| *s < 60)?,
        16 => 0,
        _ => return None,
    };
    let date =
        chrono::NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(5, 2)?, num(8, 2)?)?;
    date.and_hms_opt(num(11, 2)?, num(14, 2)?, second)
}

/// serde `deserialize_with` for a [`NaiveDateTime`] field.
pub(crate) fn de<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    let s = String::deserialize(d)?;
    parse_datetime(&s).ok_or_else(|| {
        serde::de::Error::custom(format!("`{s}` is not a date-time (YYYY-MM-DDTHH:MM[:SS])"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever the positional reader accepts, chrono's formats read the
    /// same way.
    #[test]
    fn canonical_agrees_with_the_formats() {
        let formats =
            ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M"];
        let by_chrono =
            |s: &str| formats.iter().find_map(|f| NaiveDateTime::parse_from_str(s, f).ok());
        let mut cases = vec![
            "2026-02-12T16:10",
            "2026-02-12 16:10:05",
            "2026-02-29T10:00",
            "2024-02-29T23:59:59",
            "2026-13-01T10:00",
            "2026-02-12T24:00",
            "2026-02-12T16:60",
            "2026-02-12T16:10:60",
            "2026-02-12X16:10",
            "2026-2-12T16:10",
            "2026-02-12T16:10:05.5",
            "+2026-02-12T16:10",
            "0000-01-01T00:00",
            "2026-02-12T16:1a",
            "2026-02-12T16:10:5",
        ];
        let gen: Vec<String> = (0..2000)
            .map(|i: u32| {
                format!(
                    "{:04}-{:02}-{:02}{}{:02}:{:02}{}",
                    1990 + i % 50,
                    i % 14,
                    (i * 7) % 33,
                    if i % 3 == 0 { ' ' } else { 'T' },
                    (i * 5) % 26,
                    (i * 11) % 62,
                    if i % 2 == 0 { format!(":{:02}", (i * 13) % 61) } else { String::new() }
                )
            })
            .collect();
        cases.extend(gen.iter().map(String::as_str));
        for s in cases {
            if let Some(dt) = canonical(s) {
                assert_eq!(Some(dt), by_chrono(s), "{s}");
            }
            assert_eq!(parse_datetime(s), by_chrono(s), "{s}");
        }
    }
}
