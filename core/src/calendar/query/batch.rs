//! Many calendar questions in one call: a portal that shows the
//! appointment of every dossier on a page asks thousands of due dates, and
//! a call through C or wasm costs more than the answer. One JSON array in,
//! one JSON array out, in the same order; a question that cannot be
//! answered gets its error in its place and the others are still answered.

use core::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::Serialize;

use super::{CalendarAnswer, CalendarQuery};
use crate::calendar::WorkCalendar;
use crate::interchange::{append_json, from_json_seed, into_text, InputLimits};
use crate::limits::{self, MAX_QUERIES};
use crate::text::Lang;
use crate::{ErrorInfo, Result};

/// One element of a batch's answer: the answer to the question in the same
/// place, or why that question has none.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum BatchAnswer {
    /// The answer, exactly as a single query gives it.
    Answer(CalendarAnswer),
    /// The question was refused; its `field` is a pointer into the batch
    /// (`/3/days`).
    Refused(Refused),
}

/// A refused question of a batch: `{"kind": "error", "error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Refused {
    /// Always `error`, so that every element has a `kind`.
    pub kind: RefusedKind,
    /// The error, as a single query would have thrown it.
    pub error: ErrorInfo,
}

/// The `kind` of a refused question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum RefusedKind {
    /// The question has no answer.
    Error,
}

impl WorkCalendar {
    /// Answers a JSON array of [`CalendarQuery`] with a JSON array of
    /// [`BatchAnswer`], in order. A question that cannot be answered gets
    /// its error (messages in `lang`, the field under its index); the call
    /// itself fails only when the text is not an array of at most
    /// [`MAX_QUERIES`] elements.
    ///
    /// ```
    /// use iso9001::calendar::{CalendarConfig, WorkCalendar};
    /// use iso9001::Lang;
    /// let cal = WorkCalendar::new(CalendarConfig::default()).unwrap();
    /// let out = cal.query_batch_json(
    ///     r#"[{"kind": "addWorkingDays", "from": "2026-02-12", "days": 1},
    ///         {"kind": "day", "date": "2026-02-30"}]"#,
    ///     Lang::En,
    /// ).unwrap();
    /// assert!(out.starts_with(r#"[{"kind":"addWorkingDays","date":"2026-02-13""#));
    /// assert!(out.contains(r#""field":"/1/date""#));
    /// ```
    pub fn query_batch_json(&self, queries: &str, lang: Lang) -> Result<String> {
        // First the whole text: valid JSON, an array, not too long (the
        // error then has its position). Then each element's own text.
        let count = from_json_seed(queries, InputLimits::default(), Count)?;
        limits::count("", count, MAX_QUERIES)?;
        let mut out = Vec::with_capacity(queries.len() * 2);
        out.push(b'[');
        for (index, query) in elements(queries).enumerate() {
            if index > 0 {
                out.push(b',');
            }
            append_json(&mut out, &self.answer_one(index, query, lang))?;
        }
        out.push(b']');
        into_text(out)
    }

    /// One question of a batch, answered or refused; `index` places its
    /// error in the batch.
    fn answer_one(&self, index: usize, query: &str, lang: Lang) -> BatchAnswer {
        let answer = CalendarQuery::from_json(query).and_then(|q| self.query(&q, lang));
        match answer {
            Ok(a) => BatchAnswer::Answer(a),
            Err(e) => BatchAnswer::Refused(Refused {
                kind: RefusedKind::Error,
                error: e.under(&format!("/{index}")).info(lang),
            }),
        }
    }
}

/// Counts the elements of an array, reading each one without keeping it.
struct Count;

impl<'de> DeserializeSeed<'de> for Count {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> core::result::Result<usize, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Count {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of calendar queries")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> core::result::Result<usize, A::Error> {
        let mut count = 0;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            count += 1;
        }
        Ok(count)
    }
}

/// The text of each element of a JSON array already known to be valid:
/// split at the commas outside strings and nested values. (serde_json's
/// `RawValue` would do it, but its feature adds a second copy of the code
/// that writes every struct: 13 KB of wasm, measured.)
fn elements(array: &str) -> impl Iterator<Item = &str> {
    let bytes = array.as_bytes();
    let (mut depth, mut in_string, mut escaped, mut start) = (0usize, false, false, 0);
    let mut cuts = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth == 1 {
                    start = i + 1;
                }
            }
            b']' | b'}' => {
                if depth == 1 {
                    cuts.push((start, i));
                }
                depth = depth.saturating_sub(1);
            }
            b',' if depth == 1 => {
                cuts.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    // `[]` leaves one empty piece, which is no element.
    cuts.into_iter().map(move |(a, b)| array[a..b].trim()).filter(|e| !e.is_empty())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    /// Splitting gives the elements a JSON parser sees, whatever the
    /// strings and nesting hold.
    #[test]
    fn elements_are_those_of_the_parser() {
        for text in [
            "[]",
            " [ ] ",
            "[1]",
            r#"[ {"a": "x,]}\"[{"} , [1, [2, {"b": []}]], "s\\", null ,{}]"#,
            "[\n\t{\"kind\": \"day\", \"date\": \"2026-01-05\"},\r\n 5 ]",
            r#"["Tết, 2/9 \u0022 [sic]", -0.5e3, true]"#,
        ] {
            let want: Vec<Value> = serde_json::from_str(text).unwrap();
            let got: Vec<Value> =
                super::elements(text).map(|e| serde_json::from_str(e).unwrap()).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
