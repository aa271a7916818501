//! Many calendar questions in one call: a portal that shows the
//! appointment of every dossier on a page asks thousands of due dates, and
//! a call through C or wasm costs more than the answer. One JSON array in,
//! one JSON array out, in the same order; a question that cannot be
//! answered gets its error in its place and the others are still answered.

use core::fmt;

use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::value::RawValue;

use super::{CalendarAnswer, CalendarQuery};
use crate::calendar::WorkCalendar;
use crate::interchange::{from_json_seed, InputLimits};
use crate::limits::MAX_QUERIES;
use crate::text::Lang;
use crate::{Error, ErrorInfo, InputProblem, Result};

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
        let seed = Answers { calendar: self, lang, out: Vec::with_capacity(queries.len()) };
        let out = from_json_seed(queries, InputLimits::default(), seed)??;
        // Only JSON text (valid UTF-8) was written.
        String::from_utf8(out)
            .map_err(|e| Error::invalid("", InputProblem::WrongValue { detail: e.to_string() }))
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

/// Reads the array and answers each element as it is read: no list of
/// questions is held, only the answers written so far.
struct Answers<'c> {
    calendar: &'c WorkCalendar,
    lang: Lang,
    out: Vec<u8>,
}

/// The answers, or the batch refused as too long (its elements counted to
/// the end, so that the error says how many there were).
type Written = Result<Vec<u8>>;

impl<'de> DeserializeSeed<'de> for Answers<'_> {
    type Value = Written;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> core::result::Result<Written, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Answers<'_> {
    type Value = Written;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of calendar queries")
    }

    fn visit_seq<A: SeqAccess<'de>>(
        mut self, mut seq: A,
    ) -> core::result::Result<Written, A::Error> {
        use serde::de::Error as _;
        self.out.push(b'[');
        let mut index = 0;
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            if index == MAX_QUERIES {
                let mut count = index + 1;
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    count += 1;
                }
                return Ok(Err(Error::invalid("", InputProblem::TooMany { count, limit: index })));
            }
            if index > 0 {
                self.out.push(b',');
            }
            let answer = self.calendar.answer_one(index, raw.get(), self.lang);
            serde_json::to_writer(&mut self.out, &answer).map_err(A::Error::custom)?;
            index += 1;
        }
        self.out.push(b']');
        Ok(Ok(self.out))
    }
}
