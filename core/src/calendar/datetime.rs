//! Local date-times as portals write them: `2026-02-12T16:10`, with or
//! without seconds, `T` or a space between date and time.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserializer, Serializer};

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
    // Refused inside serde_json's reader, so that the error is placed at
    // the value (see interchange's `locate`).
    struct Read;
    impl serde::de::Visitor<'_> for Read {
        type Value = NaiveDateTime;
        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<NaiveDateTime, E> {
            parse_datetime(s).ok_or_else(|| {
                E::custom(format!("`{s}` is not a date-time (YYYY-MM-DDTHH:MM[:SS])"))
            })
        }
    }
    d.deserialize_str(Read)
}

/// `2026-02-27` into `out`, by position; `false` for a year chrono writes
/// otherwise (outside 0–9999, with a sign).
fn write_date(d: NaiveDate, out: &mut [u8]) -> bool {
    let Ok(year) = u32::try_from(d.year()) else { return false };
    if year > 9999 || out.len() < 10 {
        return false;
    }
    let mut put = |at: usize, n: u32, width: u32| {
        for k in 0..width {
            out[at + k as usize] = b'0' + (n / 10u32.pow(width - 1 - k) % 10) as u8;
        }
    };
    put(0, year, 4);
    put(5, d.month(), 2);
    put(8, d.day(), 2);
    out[4] = b'-';
    out[7] = b'-';
    true
}

/// Dates and date-times written to JSON by position, exactly as chrono
/// writes them (`2026-02-27`, `2026-02-27T17:00:00`): chrono's writer
/// goes through the formatter one character at a time, each one escaped
/// by serde_json, which was a fifth of a due-date query. What chrono would
/// write otherwise (a signed year, a fraction of a second) is left to it.
pub(crate) mod json {
    use super::*;

    /// serde `serialize_with` for a [`NaiveDate`].
    pub(crate) fn date<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 10];
        if !write_date(*d, &mut buf) {
            return serde::Serialize::serialize(d, s);
        }
        s.serialize_str(core::str::from_utf8(&buf).map_err(serde::ser::Error::custom)?)
    }

    /// serde `serialize_with` for a [`NaiveDateTime`].
    pub(crate) fn datetime<S: Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = *b"0000-00-00T00:00:00";
        if t.nanosecond() != 0 || !write_date(t.date(), &mut buf) {
            return serde::Serialize::serialize(t, s);
        }
        for (at, n) in [(11, t.hour()), (14, t.minute()), (17, t.second())] {
            buf[at] = b'0' + (n / 10) as u8;
            buf[at + 1] = b'0' + (n % 10) as u8;
        }
        s.serialize_str(core::str::from_utf8(&buf).map_err(serde::ser::Error::custom)?)
    }

    /// serde `serialize_with` for an optional [`NaiveDateTime`].
    pub(crate) fn opt_datetime<S: Serializer>(
        t: &Option<NaiveDateTime>, s: S,
    ) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => datetime(t, s),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written by position exactly as chrono writes them, also where
    /// chrono is left to write (signed years, fractions, leap seconds).
    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        #[derive(serde::Serialize)]
        struct Ours<'a> {
            #[serde(serialize_with = "json::date")]
            d: &'a NaiveDate,
            #[serde(serialize_with = "json::datetime")]
            t: &'a NaiveDateTime,
            #[serde(serialize_with = "json::opt_datetime")]
            o: &'a Option<NaiveDateTime>,
        }
        #[derive(serde::Serialize)]
        struct Chrono<'a> {
            d: &'a NaiveDate,
            t: &'a NaiveDateTime,
            o: &'a Option<NaiveDateTime>,
        }
        let mut days: Vec<NaiveDate> = [
            (-1, 12, 31),
            (0, 1, 1),
            (1, 1, 1),
            (999, 9, 9),
            (9999, 12, 31),
            (10000, 1, 1),
            (-262_143, 1, 1),
        ]
        .iter()
        .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
        days.extend(
            (0..3000).filter_map(|i: i32| NaiveDate::from_num_days_from_ce_opt(700_000 + i * 97)),
        );
        for (i, d) in days.iter().enumerate() {
            let i = i as u32;
            let mut times = vec![d.and_hms_opt(i % 24, (i * 7) % 60, (i * 13) % 60).unwrap()];
            times.push(d.and_hms_nano_opt(23, 59, 59, 1_500_000_000).unwrap());
            times.push(d.and_hms_nano_opt(8, 0, 0, 250_000_000).unwrap());
            for t in &times {
                for o in [None, Some(*t)] {
                    let ours = serde_json::to_string(&Ours { d, t, o: &o }).unwrap();
                    let chrono = serde_json::to_string(&Chrono { d, t, o: &o }).unwrap();
                    assert_eq!(ours, chrono);
                }
            }
        }
    }

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
