//! Checking a register while it is parsed: each document is checked as
//! soon as it is read, reduced to the small [`Entry`] the register rules
//! need, and dropped. Peak memory stays close to the size of the input.

use std::cell::Cell;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use chrono::NaiveDate;

use super::model::ProcedureDocument;
use super::register::Entry;
use super::report::Report;
use super::Checker;

/// A register being checked as it streams in: the checker and date, and
/// everything the seeds write into.
pub(crate) struct RegisterStream<'a> {
    pub checker: &'a Checker,
    pub as_of: NaiveDate,
    pub report: &'a mut Report,
    pub entries: &'a mut Vec<Entry>,
    /// Set when the register has more documents than the policy allows.
    pub too_many: &'a Cell<Option<usize>>,
}

/// The register object: `{"agency": ..., "documents": [...]}`.
pub(crate) struct RegisterSeed<'a>(pub RegisterStream<'a>);

impl<'de> DeserializeSeed<'de> for RegisterSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RegisterSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a register object {\"documents\": [...]}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut stream = self.0;
        let mut seen = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "agency" => {
                    map.next_value::<Option<String>>()?;
                }
                "documents" if seen => return Err(de::Error::duplicate_field("documents")),
                "documents" => {
                    seen = true;
                    map.next_value_seed(DocumentsSeed(&mut stream))?;
                }
                other => return Err(de::Error::unknown_field(other, &["agency", "documents"])),
            }
        }
        if !seen {
            return Err(de::Error::missing_field("documents"));
        }
        Ok(())
    }
}

/// The `documents` array.
struct DocumentsSeed<'s, 'a>(&'s mut RegisterStream<'a>);

impl<'de> DeserializeSeed<'de> for DocumentsSeed<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for DocumentsSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("an array of procedure documents")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let s = self.0;
        let max = s.checker.policy().limits.max_documents;
        let mut prefix = String::new();
        let mut i = 0usize;
        while let Some(doc) = seq.next_element::<ProcedureDocument>()? {
            if i >= max {
                s.too_many.set(Some(i + 1));
                return Err(de::Error::custom(format!("more than {max} documents")));
            }
            prefix.clear();
            prefix.push_str("/documents/");
            prefix.push_str(&i.to_string());
            s.checker.check_into(&doc, &prefix, s.as_of, s.report);
            s.entries.push(Entry::of(&doc));
            i += 1;
        }
        Ok(())
    }
}
