//! Full-text search over clause numbers, titles and paraphrases, case- and
//! diacritic-insensitive in Vietnamese and English.

use serde::{Deserialize, Serialize};

use super::model::{ClauseDef, EditionDef};
use super::number;
use super::view::ClauseRef;
use crate::text::{fold_char, Lang};
use crate::Result;

mod index;
#[rustfmt::skip] // generated
mod index_data;

/// Options of [`search`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SearchOptions {
    /// Restrict to one edition (default: every edition).
    #[serde(default)]
    pub edition: Option<String>,
    /// Restrict matching to one language (default: both).
    #[serde(default)]
    pub match_lang: Option<Lang>,
    /// Maximum number of hits (default: all).
    #[serde(default)]
    pub limit: Option<usize>,
}

/// Which part of a clause matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum SearchField {
    /// The clause number.
    Number,
    /// The title.
    Title,
    /// The paraphrase.
    Summary,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    /// Edition of the clause.
    pub edition: &'static str,
    /// The clause, in the output language.
    #[serde(flatten)]
    pub clause: ClauseRef,
    /// What matched best.
    pub matched: SearchField,
    /// Relevance; higher is better. Hits are sorted by it.
    pub score: u32,
}

/// Searches the catalogue.
///
/// Every word of the query must start a word of the same field (a title
/// or a paraphrase, in one language); diacritics and case are ignored and
/// `đ` matches `d`. A clause number as query finds that clause. Results are
/// sorted by relevance (title before paraphrase, whole-title and phrase
/// matches first), then edition (the national standard in force first, then
/// newest first), then walk order. `out_lang` chooses
/// the language of the returned titles.
///
/// ```
/// use iso9001::catalogue::{search, SearchOptions};
/// use iso9001::Lang;
/// let opts = SearchOptions { edition: Some("2015".into()), ..Default::default() };
/// let hits = search("tri thuc", &opts, Lang::Vi).unwrap();
/// assert_eq!(hits[0].clause.number, "7.1.6");
/// let hits = search("hoach dinh", &opts, Lang::Vi).unwrap();
/// assert_eq!(hits[0].clause.number, "6");
/// ```
pub fn search(query: &str, opts: &SearchOptions, out_lang: Lang) -> Result<Vec<SearchHit>> {
    search_with(query, opts, out_lang, true)
}

/// [`search`], reading the fields from the generated index or, for the
/// tests that prove the two agree, folding them at search time.
fn search_with(
    query: &str, opts: &SearchOptions, out_lang: Lang, use_index: bool,
) -> Result<Vec<SearchHit>> {
    let editions: Vec<&'static EditionDef> = match &opts.edition {
        Some(id) => vec![super::edition(id)?],
        // The national standard in force first, then newest first: on a
        // tie a Vietnamese user sees the TCVN clause before ISO 9001:2026.
        None => {
            let mut all = super::editions().to_vec();
            all.sort_by_key(|e| e.status != super::EditionStatus::Current);
            all
        }
    };
    let mut q = String::new();
    normalise_words(query, &mut q);
    if q.is_empty() {
        return Ok(Vec::new());
    }
    let query =
        Query { phrase: &q, tokens: q.split(' ').collect(), number: number::normalize(query) };
    let langs: &[Lang] = match opts.match_lang {
        Some(Lang::Vi) => &[Lang::Vi],
        Some(Lang::En) => &[Lang::En],
        None => &[Lang::Vi, Lang::En],
    };
    let mut hits = Vec::new();
    let mut fields = index::FieldCache::new(&query);
    let mut buf = String::new();
    for (rank, e) in editions.iter().enumerate() {
        // The generated index has every field of the edition folded into
        // word ids; without it (never, once its test passes) fold here.
        let refs = index::clause_fields(e.id).filter(|r| use_index && r.len() == e.clauses.len());
        for (i, c) in e.walk().enumerate() {
            let found = match refs {
                Some(refs) => score(c, &query, langs, |lang, kind| {
                    let at =
                        usize::from(lang == Lang::En) * 2 + usize::from(kind != SearchField::Title);
                    fields.get(refs[i][at])
                }),
                None => score(c, &query, langs, |lang, kind| {
                    let text = match kind {
                        SearchField::Title => c.title_in(lang)?,
                        _ => e.summary(c.number).get(lang),
                    };
                    normalise_words(text, &mut buf);
                    field_match(&buf, &query)
                }),
            };
            if let Some((score, matched)) = found {
                let hit = SearchHit {
                    edition: e.id,
                    clause: ClauseRef::new(e, c, out_lang),
                    matched,
                    score,
                };
                hits.push((rank, hit));
            }
        }
    }
    // Stable sort: ties keep edition order, then walk order.
    hits.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(a.0.cmp(&b.0)));
    let limit = opts.limit.unwrap_or(usize::MAX);
    Ok(hits.into_iter().take(limit).map(|(_, h)| h).collect())
}

/// The query, folded once.
pub(super) struct Query<'a> {
    /// Folded words joined by single spaces.
    pub(super) phrase: &'a str,
    /// The same words.
    pub(super) tokens: Vec<&'a str>,
    /// The query read as a clause number, if it is one.
    pub(super) number: Option<&'a str>,
}

/// Folds `text` into `out` as lower-case words without diacritics, joined
/// by single spaces ("Hoạch  định." → "hoach dinh").
pub(super) fn normalise_words(text: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in text.chars().filter_map(fold_char) {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
}

/// The best match of clause `c`: its number, else its best title or
/// paraphrase in `langs`, told by `field(lang, kind)` (from the index, or
/// by folding the text).
fn score(
    c: &ClauseDef, q: &Query<'_>, langs: &[Lang],
    mut field: impl FnMut(Lang, SearchField) -> Option<FieldMatch>,
) -> Option<(u32, SearchField)> {
    if q.number.is_some_and(|n| number::cmp(n, c.number).is_eq()) {
        return Some((1000, SearchField::Number));
    }
    let mut best: Option<(u32, SearchField)> = None;
    for &lang in langs {
        for (kind, base) in [(SearchField::Title, 100), (SearchField::Summary, 10)] {
            let Some(s) = field(lang, kind).map(|m| m.score(base)) else { continue };
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, kind));
            }
        }
    }
    best
}

/// How a normalised field matched the query, before its weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FieldMatch {
    /// The whole field is the query.
    pub(super) whole: bool,
    /// The query occurs as a phrase starting at a word.
    pub(super) phrase: bool,
    /// Length of the normalised field in bytes (shorter is more specific).
    pub(super) len: usize,
}

impl FieldMatch {
    /// The score of the match in a field of weight `base`.
    pub(super) fn score(self, base: u32) -> u32 {
        let mut s = base;
        if self.whole {
            s += base;
        } else if self.phrase {
            s += base / 2;
        }
        s + 9u32.saturating_sub(u32::try_from(self.len / 8).unwrap_or(9))
    }
}

/// How one normalised field matches: every query word must start a word.
fn field_match(field: &str, q: &Query<'_>) -> Option<FieldMatch> {
    if !q.tokens.iter().all(|t| field.split(' ').any(|w| w.starts_with(t))) {
        return None;
    }
    Some(FieldMatch {
        whole: field == q.phrase,
        phrase: contains_phrase(field, q.phrase),
        len: field.len(),
    })
}

/// Whether `phrase` occurs in `field` starting at a word boundary.
fn contains_phrase(field: &str, phrase: &str) -> bool {
    // Every word start, not `match_indices`: that skips an occurrence
    // overlapping an earlier one that is not at a boundary ("xa a a").
    let starts = core::iter::once(0).chain(field.match_indices(' ').map(|(i, _)| i + 1));
    starts.into_iter().any(|i| field[i..].starts_with(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search without the index: the oracle of the index tests.
    pub(super) fn search_by_folding(
        query: &str, opts: &SearchOptions, out_lang: Lang,
    ) -> Vec<SearchHit> {
        search_with(query, opts, out_lang, false).unwrap()
    }

    #[test]
    fn words_are_normalised() {
        let mut s = String::new();
        normalise_words("  Hoạch  định, và (ĐẢM bảo) ", &mut s);
        assert_eq!(s, "hoach dinh va dam bao");
    }

    #[test]
    fn phrase_needs_word_boundary() {
        assert!(contains_phrase("ke hoach dinh ky", "hoach dinh"));
        assert!(!contains_phrase("kehoach dinh", "hoach dinh"));
        assert!(contains_phrase("xa a a", "a a"), "an overlapping earlier occurrence");
    }
}
