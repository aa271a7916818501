//! The ISO 9001 clause catalogue: editions 2015 (with Amd 1:2024), 2008 and
//! 2000, their clause trees, documented information, and the correlation
//! between editions.
//!
//! The catalogue is compiled into the library. Look-ups by number return
//! references into static data and never allocate.
//!
//! ```
//! use iso9001::{catalogue, Lang};
//! let c = catalogue::clause("2015", "7.1.6").unwrap();
//! assert_eq!(c.title_in(Lang::Vi), Some("Tri thức của tổ chức"));
//! assert_eq!(c.parent_number(), Some("7.1"));
//! ```

mod correlation;
mod data;
mod model;
mod number;
mod search;
mod view;

pub use correlation::{
    correlations, map, transition, ChangedClause, MapBasis, Mapping, Transition, TransitionClause,
};
pub(crate) use correlation::{counterparts, uncovered};
pub use model::*;
#[cfg(test)]
use number::{cmp as cmp_numbers, normalize as normalize_number};
pub use number::{is_within, ClauseNumber};
pub use search::{search, SearchField, SearchHit, SearchOptions};
pub use view::{
    AmendmentView, ChangeView, ClauseRef, ClauseView, DocInfoView, EditionView, TreeEntry,
};

use crate::{Error, Lang, Result};

/// Every edition in the catalogue, newest first.
pub fn editions() -> &'static [&'static EditionDef] {
    data::EDITIONS
}

/// The national standard in force (TCVN ISO 9001:2015): the default of
/// every API, and what the agency rules hold a system to. ISO's newest
/// edition is [`current_international_edition`].
pub fn current_edition() -> &'static EditionDef {
    editions().iter().find(|e| e.status == EditionStatus::Current).unwrap_or(&editions()[0])
}

/// The edition ISO publishes today (ISO 9001:2026), which Vietnam has not
/// adopted yet.
pub fn current_international_edition() -> &'static EditionDef {
    editions()
        .iter()
        .find(|e| e.international_status == EditionStatus::Current)
        .unwrap_or(&editions()[0])
}

/// Finds an edition by its identifier.
///
/// Tolerant of what people write: `"2015"`, `"ISO 9001:2015"`,
/// `"TCVN ISO 9001:2015"`, `"iso9001:2015"`.
///
/// ```
/// use iso9001::catalogue;
/// assert_eq!(catalogue::edition(" TCVN ISO 9001:2008 ").unwrap().id, "2008");
/// assert_eq!(catalogue::edition("1994").unwrap_err().code(), "unknown_edition");
/// ```
pub fn edition(id: &str) -> Result<&'static EditionDef> {
    let wanted = id.trim();
    editions().iter().copied().find(|e| edition_matches(e, wanted)).ok_or_else(|| {
        Error::UnknownEdition {
            edition: id.to_owned(),
            known: editions().iter().map(|e| e.id).collect::<Vec<_>>().join(", "),
        }
    })
}

fn edition_matches(e: &EditionDef, wanted: &str) -> bool {
    let Some(prefix) = wanted.strip_suffix(e.id) else {
        return false;
    };
    let prefix: String = prefix.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(prefix.to_ascii_lowercase().as_str(), "" | "iso9001:" | "tcvniso9001:" | "9001:")
}

/// Looks up a clause of an edition by number.
///
/// `number` may carry surrounding spaces or trailing dots (`"7.5.3."`).
///
/// ```
/// use iso9001::catalogue;
/// assert_eq!(catalogue::clause("2015", " 7.5.3. ").unwrap().number, "7.5.3");
/// assert_eq!(catalogue::clause("2015", "7.x").unwrap_err().code(), "invalid_clause_number");
/// ```
pub fn clause(edition_id: &str, number: &str) -> Result<&'static ClauseDef> {
    edition(edition_id)?.require(number)
}

/// The full localised view of a clause: what `iso9001 clause` prints and
/// what the bindings return.
///
/// ```
/// use iso9001::{catalogue, Lang};
/// let v = catalogue::clause_view("2015", "7.1.6", Lang::Vi).unwrap();
/// assert_eq!(v.title, Some("Tri thức của tổ chức"));
/// ```
pub fn clause_view(edition_id: &str, number: &str, lang: Lang) -> Result<ClauseView> {
    let e = edition(edition_id)?;
    Ok(ClauseView::new(e, e.require(number)?, lang))
}

/// Every edition as a localised view, newest first.
pub fn edition_views(lang: Lang) -> Vec<EditionView> {
    editions().iter().map(|e| EditionView::new(e, lang)).collect()
}

/// The whole clause tree of an edition, in walk order.
pub fn tree(edition_id: &str, lang: Lang) -> Result<Vec<TreeEntry>> {
    Ok(TreeEntry::tree(edition(edition_id)?, lang))
}

/// A request for [`transition`] as JSON: `{"from": "2008", "to": "2015",
/// "covered": ["4.2.3", "8.2.2"]}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TransitionRequest {
    /// Edition the agency's documents are written against (default 2008).
    #[serde(default = "TransitionRequest::default_from")]
    pub from: String,
    /// Edition to move to (default: the current edition).
    #[serde(default = "TransitionRequest::default_to")]
    pub to: String,
    /// Clauses of `from` the documents cover.
    pub covered: Vec<String>,
}

impl TransitionRequest {
    fn default_from() -> String {
        "2008".to_owned()
    }
    fn default_to() -> String {
        current_edition().id.to_owned()
    }

    /// Runs the transition helper on this request.
    pub fn run(&self, lang: Lang) -> Result<Transition> {
        transition(&self.from, &self.to, &self.covered, lang)
    }
}

impl EditionDef {
    /// The clause with this number, tolerant of spaces and trailing dots;
    /// `None` when it does not exist or is not a clause number.
    /// Allocation-free (binary search in numeric order).
    pub fn clause(&self, number: &str) -> Option<&ClauseDef> {
        let n = number::normalize(number)?;
        self.clauses.binary_search_by(|c| number::cmp(c.number, n)).ok().map(|i| &self.clauses[i])
    }

    /// Like [`EditionDef::clause`] but with an error that says why.
    pub fn require(&self, number: &str) -> Result<&ClauseDef> {
        let n = number::normalize(number)
            .ok_or_else(|| Error::InvalidClauseNumber { input: number.to_owned() })?;
        self.clause(n).ok_or_else(|| Error::UnknownClause {
            edition: self.id.to_owned(),
            number: n.to_owned(),
        })
    }

    /// The direct sub-clauses of `number`, in order (top-level clauses for
    /// `""`).
    pub fn children<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a ClauseDef> + 'a {
        self.clauses.iter().filter(move |c| c.parent_number().unwrap_or("") == number)
    }

    /// The parent, grandparent … of `number`, nearest first.
    pub fn ancestors<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a ClauseDef> + 'a {
        let start = self.clause(number).and_then(ClauseDef::parent_number);
        core::iter::successors(start.and_then(|p| self.clause(p)), move |c| {
            c.parent_number().and_then(|p| self.clause(p))
        })
    }

    /// `number` and everything below it, in walk order.
    pub fn subtree<'a>(&'a self, number: &'a str) -> impl Iterator<Item = &'a ClauseDef> + 'a {
        self.clauses.iter().filter(move |c| number::is_within(c.number, number))
    }

    /// Every clause in walk order (pre-order, which is numeric order).
    pub fn walk(&self) -> impl Iterator<Item = &ClauseDef> {
        self.clauses.iter()
    }

    /// The clauses that can be audited (requirements, not headings).
    pub fn assessable(&self) -> impl Iterator<Item = &ClauseDef> {
        self.clauses.iter().filter(|c| c.kind.is_assessable())
    }

    /// The documented information asked for by `number` itself.
    pub fn documented_information_for<'a>(
        &'a self, number: &'a str,
    ) -> impl Iterator<Item = &'a DocInfoDef> + 'a {
        self.documented_information.iter().filter(move |d| d.clause == number)
    }

    /// The documents the edition makes mandatory by name (the 2008 quality
    /// manual and six documented procedures; none in 2015).
    pub fn mandatory_documents(&self) -> impl Iterator<Item = &DocInfoDef> {
        self.documented_information.iter().filter(|d| d.mandatory.is_some())
    }
}

#[cfg(test)]
mod tests;
