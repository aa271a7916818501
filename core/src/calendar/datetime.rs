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
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// serde `deserialize_with` for a [`NaiveDateTime`] field.
pub(crate) fn de<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    let s = String::deserialize(d)?;
    parse_datetime(&s).ok_or_else(|| {
        serde::de::Error::custom(format!("`{s}` is not a date-time (YYYY-MM-DDTHH:MM[:SS])"))
    })
}
