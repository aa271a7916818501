//! The fast path of [`CalendarQuery::from_json`]: the `kind` read first,
//! then the query's fields straight from the text with `kind` skipped, with
//! no JSON value in between (that detour was most of a due-date query's
//! time). It answers `None` on anything unexpected, and the caller then
//! takes the checked path, which tells the error: so the two paths can only
//! differ in speed.

use core::marker::PhantomData;

use serde::de::{
    value::MapAccessDeserializer, DeserializeSeed, Deserializer, IgnoredAny, IntoDeserializer,
    MapAccess, Visitor,
};
use serde::Deserialize;

use super::CalendarQuery;
use crate::limits::DEFAULT_MAX_BYTES;

/// The query, or `None` to take the checked path.
pub(super) fn query(text: &str) -> Option<CalendarQuery> {
    if text.len() > DEFAULT_MAX_BYTES {
        return None;
    }
    // Portals write `kind` first: read it where it stands rather than in
    // a pass over the whole object (a seventh of a due-date query).
    let kind = match leading_kind(text) {
        Some(kind) => std::borrow::Cow::Borrowed(kind),
        None => std::borrow::Cow::Owned(parse(text, Kind)?),
    };
    super::of_kind!(kind.as_ref(), parse(text, WithoutKind(PhantomData))?)
}

/// The kind of a text that opens with `{"kind":"…"` (JSON whitespace
/// allowed), when it is plain letters; `None` for anything else, which the
/// full pass reads. A second `kind` later in the object is refused by
/// [`SkipKind`], so the kind read here is the only one.
fn leading_kind(text: &str) -> Option<&str> {
    fn token<'a>(rest: &'a str, t: &str) -> Option<&'a str> {
        rest.trim_start_matches([' ', '\t', '\n', '\r']).strip_prefix(t)
    }
    let rest = token(text, "{")?;
    let rest = token(rest, "\"kind\"")?;
    let rest = token(rest, ":")?;
    let rest = token(rest, "\"")?;
    let end = rest.find('"')?;
    let kind = &rest[..end];
    kind.bytes().all(|b| b.is_ascii_alphanumeric()).then_some(kind)
}

/// The whole text through `seed`, or `None`.
fn parse<'de, S: DeserializeSeed<'de>>(text: &'de str, seed: S) -> Option<S::Value> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = seed.deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(value)
}

/// The `kind` of an object (the last one, as a JSON value keeps); every
/// other member is skipped unread.
struct Kind;

impl<'de> DeserializeSeed<'de> for Kind {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Kind {
    type Value = String;
    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("an object with a `kind`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let mut kind = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "kind" {
                kind = Some(map.next_value::<String>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        kind.ok_or_else(|| serde::de::Error::missing_field("kind"))
    }
}

/// `T` read from an object whose `kind` members are skipped.
struct WithoutKind<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for WithoutKind<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for WithoutKind<T> {
    type Value = T;
    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(SkipKind { map, kind_seen: false }))
    }
}

/// The members of a map but `kind`; a second `kind` is refused (the
/// checked path then keeps the last, as a JSON value does).
struct SkipKind<A> {
    map: A,
    kind_seen: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for SkipKind<A> {
    type Error = A::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self, seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while let Some(key) = self.map.next_key::<String>()? {
            if key == "kind" {
                if self.kind_seen {
                    return Err(serde::de::Error::duplicate_field("kind"));
                }
                self.kind_seen = true;
                self.map.next_value::<IgnoredAny>()?;
                continue;
            }
            return seed.deserialize(key.into_deserializer()).map(Some);
        }
        Ok(None)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Well-formed queries of every kind read the same on both paths;
    /// anything odd is left to the checked path.
    #[test]
    fn both_paths_agree() {
        let ok = [
            r#"{"kind":"day","date":"2026-02-16"}"#,
            r#"{"date":"2026-02-16","kind":"day"}"#,
            r#"{"kind":"year","year":2026}"#,
            r#"{"kind":"addWorkingDays","from":"2026-02-12","days":5}"#,
            r#"{"kind":"workingDaysBetween","from":"2026-02-12","to":"2026-03-02"}"#,
            r#"{"kind":"workingHoursBetween","from":"2026-02-12T16:10","to":"2026-02-24 09:00"}"#,
            r#" {"kind" : "due", "received":"2026-02-12T16:10","limit":{"value":0.5,"unit":"workingDays"}} "#,
            r#"{"kind":"periodEnd","from":"2026-02-12","days":30}"#,
            r#"{"kind":"toLunar","date":"2026-02-17"}"#,
            r#"{"kind":"fromLunar","lunar":{"year":2026,"month":1,"day":1,"leap":false}}"#,
            "{\n  \"kind\" :\t\"day\",\r\n  \"date\": \"2026-02-16\"\n}",
            r#"{"kind":"d\u0061y","date":"2026-02-16"}"#,
        ];
        for q in ok {
            let fast = query(q).unwrap_or_else(|| panic!("fast path refused {q}"));
            assert_eq!(Some(fast), CalendarQuery::from_json_checked(q).ok(), "{q}");
        }
        let odd = [
            "",
            "[1,",
            r#"["day"]"#,
            r#"{"kind":1,"date":"2026-02-16"}"#,
            r#"{"kind":"nope"}"#,
            r#"{"kind":"day"}"#,
            r#"{"kind":"day","date":"2026-02-30"}"#,
            r#"{"kind":"day","date":"2026-02-16","extra":1}"#,
            r#"{"kind":"day","date":"2026-02-16"} x"#,
            r#"{"kind":"day","date":"2026-02-16","date":"2026-02-17"}"#,
            // A second kind: the checked path keeps the last, so neither
            // kind may be taken on the fast path.
            r#"{"kind":"day","date":"2026-02-16","kind":"year"}"#,
            r#"{"kind":"year","year":2026,"kind":"day","date":"2026-02-16"}"#,
            r#"{"kind":"day","kind":"day","date":"2026-02-16"}"#,
        ];
        for q in odd {
            assert!(query(q).is_none(), "{q}");
            // The checked path tells what is wrong (duplicates aside:
            // the JSON value keeps the last).
            let _ = CalendarQuery::from_json_checked(q);
        }
        assert!(CalendarQuery::from_json(r#"{"kind":"day","date":"2026-02-30"}"#).is_err());
    }
}
