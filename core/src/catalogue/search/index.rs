//! The search index: every title and paraphrase of the catalogue, folded
//! and split into words once, when the catalogue changes, instead of at
//! every search (folding all four editions took about 600 µs a query).
//!
//! The tables live in `index_data.rs`, generated from the catalogue by
//! `REGENERATE=1 cargo test -p iso9001 --lib search_index` (also run by
//! `scripts/gen-bindings.sh`); the test fails when they are stale. Words are
//! sorted, so "every word starting with `hoach`" is a range of word ids.

use super::index_data::{CLAUSES, EDITION_IDS, FIELDS, WORDS};
use super::{FieldMatch, Query};

/// Field ids of an edition's clauses, in walk order: Vietnamese title,
/// Vietnamese paraphrase, English title, English paraphrase
/// ([`NONE`](super::index_data::NONE) for an untitled clause).
pub(super) fn clause_fields(edition: &str) -> Option<&'static [[u16; 4]]> {
    let i = EDITION_IDS.iter().position(|e| *e == edition)?;
    CLAUSES.get(i).copied()
}

/// One query word as word ids.
struct Token {
    /// Ids of the words starting with it.
    prefixed: core::ops::Range<usize>,
    /// Id of the word equal to it, if there is one.
    exact: Option<usize>,
}

/// The query read against the index, and each field's match computed at
/// most once (2026 repeats most 2015 paraphrases; they share a field).
pub(super) struct FieldCache {
    tokens: Vec<Token>,
    seen: Vec<Option<Option<FieldMatch>>>,
}

impl FieldCache {
    /// Reads the query's words as ranges of word ids.
    pub(super) fn new(q: &Query<'_>) -> Self {
        let tokens = q
            .tokens
            .iter()
            .map(|t| {
                let start = WORDS.partition_point(|w| *w < *t);
                let len = WORDS[start..].iter().take_while(|w| w.starts_with(t)).count();
                let exact = (WORDS.get(start) == Some(t)).then_some(start);
                Token { prefixed: start..start + len, exact }
            })
            .collect();
        FieldCache { tokens, seen: vec![None; FIELDS.len()] }
    }

    /// How field `id` matches: `None` when some query word starts none of
    /// its words (or for [`NONE`](super::index_data::NONE)).
    pub(super) fn get(&mut self, id: u16) -> Option<FieldMatch> {
        let slot = self.seen.get_mut(usize::from(id))?;
        if let Some(m) = *slot {
            return m;
        }
        let words = FIELDS[usize::from(id)];
        let m = field_match(words, &self.tokens);
        self.seen[usize::from(id)] = Some(m);
        m
    }
}

/// [`super::field_match`] on word ids.
fn field_match(words: &[u16], tokens: &[Token]) -> Option<FieldMatch> {
    let has = |t: &Token| words.iter().any(|w| t.prefixed.contains(&usize::from(*w)));
    if tokens.is_empty() || !tokens.iter().all(has) {
        return None;
    }
    let is = |w: u16, t: &Token| t.exact == Some(usize::from(w));
    let (last, init) = tokens.split_last()?;
    // The phrase at word i: the words before the last equal, the last
    // starts the word (the phrase "ke hoach d" occurs in "ke hoach dinh").
    let at = |i: usize| {
        words.len() >= i + tokens.len()
            && init.iter().zip(&words[i..]).all(|(t, w)| is(*w, t))
            && last.prefixed.contains(&usize::from(words[i + init.len()]))
    };
    let whole = words.len() == tokens.len() && words.iter().zip(tokens).all(|(w, t)| is(*w, t));
    let len = words.iter().map(|w| WORDS[usize::from(*w)].len()).sum::<usize>()
        + words.len().saturating_sub(1);
    Some(FieldMatch { whole, phrase: whole || (0..words.len()).any(at), len })
}

#[cfg(test)]
mod tests {
    use super::super::index_data::NONE;
    use super::super::{normalise_words, search, SearchOptions};
    use super::*;
    use crate::catalogue::editions;
    use crate::Lang;
    use std::collections::BTreeMap;
    use std::fmt::Write;

    /// The source of `index_data.rs` for the catalogue as compiled.
    fn generate() -> String {
        let mut texts: Vec<String> = Vec::new();
        let mut buf = String::new();
        let mut per_edition = Vec::new();
        for e in editions() {
            let mut rows = Vec::new();
            for c in e.walk() {
                let fields = [
                    c.title_in(Lang::Vi),
                    Some(e.summary(c.number).get(Lang::Vi)),
                    c.title_in(Lang::En),
                    Some(e.summary(c.number).get(Lang::En)),
                ];
                rows.push(fields.map(|f| {
                    f.map(|t| {
                        normalise_words(t, &mut buf);
                        texts.push(buf.clone());
                        buf.clone()
                    })
                }));
            }
            per_edition.push((e.id, rows));
        }
        let mut words: Vec<&str> =
            texts.iter().flat_map(|t| t.split(' ')).filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let word_id: BTreeMap<&str, usize> =
            words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        let mut field_id: BTreeMap<String, usize> = BTreeMap::new();
        let mut fields: Vec<Vec<usize>> = Vec::new();
        let mut id_of = |t: &str| {
            *field_id.entry(t.to_owned()).or_insert_with(|| {
                fields.push(t.split(' ').filter(|w| !w.is_empty()).map(|w| word_id[w]).collect());
                fields.len() - 1
            })
        };
        let mut clauses = String::new();
        let mut ids = String::new();
        for (id, rows) in &per_edition {
            writeln!(ids, "    {id:?},").unwrap();
            clauses.push_str("    &[\n");
            for row in rows {
                let cells: Vec<String> = row
                    .iter()
                    .map(|f| f.as_deref().map_or("NONE".to_owned(), |t| id_of(t).to_string()))
                    .collect();
                writeln!(clauses, "        [{}],", cells.join(", ")).unwrap();
            }
            clauses.push_str("    ],\n");
        }
        assert!(fields.len() < usize::from(NONE) && words.len() < usize::from(NONE));
        let mut out = String::from(
            "//! Generated from the catalogue by `REGENERATE=1 cargo test -p iso9001 --lib \
             search_index`:\n//! do not edit. See `index.rs`.\n\n/// No field: an untitled clause.\npub(super) const NONE: u16 = u16::MAX;\n\n",
        );
        out.push_str("/// Every folded word of the catalogue, sorted.\npub(super) static WORDS: &[&str] = &[\n");
        for w in &words {
            writeln!(out, "    {w:?},").unwrap();
        }
        out.push_str("];\n\n/// Each distinct folded field as word ids.\npub(super) static FIELDS: &[&[u16]] = &[\n");
        for f in &fields {
            let ids: Vec<String> = f.iter().map(ToString::to_string).collect();
            writeln!(out, "    &[{}],", ids.join(", ")).unwrap();
        }
        out.push_str("];\n\n/// The editions, in the order of `CLAUSES`.\npub(super) static EDITION_IDS: &[&str] = &[\n");
        out.push_str(&ids);
        out.push_str(
            "];\n\n/// Per edition, per clause in walk order: the fields of the Vietnamese title and\n\
             /// paraphrase, the English title and paraphrase.\n\
             pub(super) static CLAUSES: &[&[[u16; 4]]] = &[\n",
        );
        out.push_str(&clauses);
        out.push_str("];\n");
        out
    }

    #[test]
    fn search_index_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalogue/search/index_data.rs");
        let fresh = generate();
        if std::env::var_os("REGENERATE").is_some() {
            std::fs::write(path, &fresh).unwrap();
        }
        let stored = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            stored == fresh,
            "the search index is stale: run REGENERATE=1 cargo test -p iso9001 --lib search_index"
        );
        for e in editions() {
            assert_eq!(clause_fields(e.id).map(<[_]>::len), Some(e.clauses.len()), "{}", e.id);
        }
    }

    /// Searching through the index gives what folding every field at
    /// search time gives, for every word and prefix of the catalogue,
    /// phrases and clause numbers.
    #[test]
    fn search_index_agrees_with_folding() {
        let mut queries: Vec<String> = WORDS.iter().map(|w| (*w).to_owned()).collect();
        queries.extend(WORDS.iter().filter(|w| w.len() > 3).map(|w| w[..2].to_owned()));
        queries.sort_unstable();
        queries.dedup();
        let phrases = [
            "hoach dinh",
            "Hoạch định",
            "ke hoach d",
            "tri thuc",
            "quality management system",
            "7.1.6",
            "8.5.3",
            "rui ro va co hoi",
            "dam bao",
            "x y z",
            "kiểm soát thông tin dạng văn bản",
            "leadership commitment",
        ];
        let cases = queries.iter().map(|q| (q.as_str(), None)).chain(
            phrases.iter().flat_map(|q| [None, Some(Lang::Vi), Some(Lang::En)].map(|l| (*q, l))),
        );
        for (q, match_lang) in cases {
            {
                let opts = SearchOptions { match_lang, ..Default::default() };
                let indexed = search(q, &opts, Lang::Vi).unwrap();
                let folded = super::super::tests::search_by_folding(q, &opts, Lang::Vi);
                assert_eq!(indexed, folded, "query {q:?}, {match_lang:?}");
            }
        }
    }
}
