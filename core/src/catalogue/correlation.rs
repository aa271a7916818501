//! Mapping clauses between editions and the transition helper.
//!
//! Correlation tables are edges between editions, read in both directions
//! and chained along the shortest path (2000 → 2008 → 2015), so a new
//! edition needs one new table, not new code.

use serde::Serialize;

use super::data::CORRELATIONS;
use super::model::{CorrelationDef, CorrelationKind, EditionDef};
use super::number;
use super::view::ClauseRef;
use crate::text::Lang;
use crate::{Error, Result};

/// Every correlation table in the catalogue.
pub fn correlations() -> &'static [CorrelationDef] {
    CORRELATIONS
}

/// How a mapping was obtained. Later variants are weaker evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum MapBasis {
    /// The table lists the clause itself.
    Direct,
    /// The clause is a heading: the union of its sub-clauses' rows.
    ViaDescendants,
    /// The table lists an enclosing clause; its row applies.
    ViaAncestor,
    /// The clause has no counterpart (new content, or nothing listed).
    NoCounterpart,
}

impl MapBasis {
    /// A short human-readable label in `lang`.
    pub const fn label(self, lang: Lang) -> &'static str {
        match self {
            MapBasis::Direct => lang.pick("tương ứng trực tiếp", "direct"),
            MapBasis::ViaDescendants => lang.pick("qua các điều khoản con", "via sub-clauses"),
            MapBasis::ViaAncestor => lang.pick("theo điều khoản bao trùm", "via enclosing clause"),
            MapBasis::NoCounterpart => lang.pick("không có điều khoản tương ứng", "no counterpart"),
        }
    }
}

/// The result of [`map`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Mapping {
    /// Source edition.
    pub from: &'static str,
    /// Target edition.
    pub to: &'static str,
    /// The clause mapped, in the source edition.
    pub clause: ClauseRef,
    /// Its counterparts in the target edition, in walk order.
    pub targets: Vec<ClauseRef>,
    /// How the counterparts were found (the weakest step of the chain).
    pub basis: MapBasis,
    /// The enclosing clause whose row was used, for `viaAncestor`.
    pub via: Option<&'static str>,
    /// The editions passed through, source first.
    pub path: Vec<&'static str>,
    /// Where the tables used come from.
    pub sources: Vec<&'static str>,
}

/// Maps a clause from one edition to another.
///
/// ```
/// use iso9001::{catalogue, Lang};
/// let m = catalogue::map("8.5.3", "2008", "2015", Lang::En).unwrap();
/// let numbers: Vec<_> = m.targets.iter().map(|t| t.number).collect();
/// assert_eq!(numbers, ["6.1", "10.3"]);
/// ```
pub fn map(number: &str, from: &str, to: &str, lang: Lang) -> Result<Mapping> {
    let c = counterparts(number, from, to)?;
    let (from_ed, to_ed) = (c.from, c.to);
    Ok(Mapping {
        from: from_ed.id,
        to: to_ed.id,
        clause: ClauseRef::new(from_ed, c.clause, lang),
        targets: c
            .targets
            .iter()
            .filter_map(|n| to_ed.clause(n))
            .map(|t| ClauseRef::new(to_ed, t, lang))
            .collect(),
        basis: c.basis,
        via: c.via,
        path: c.path.iter().map(|e| e.id).collect(),
        sources: c.tables.iter().map(|t| t.source.get(lang)).collect(),
    })
}

/// A clause's counterparts by number: what [`map`] says, without the
/// titles and paraphrases a person reads (the checks need numbers only).
pub(crate) struct Counterparts {
    from: &'static EditionDef,
    to: &'static EditionDef,
    clause: &'static super::ClauseDef,
    /// The target clauses' numbers, in clause order.
    pub targets: Vec<&'static str>,
    basis: MapBasis,
    via: Option<&'static str>,
    path: Vec<&'static EditionDef>,
    tables: Vec<&'static CorrelationDef>,
}

/// The counterparts in `to` of clause `number` of `from`.
pub(crate) fn counterparts(number: &str, from: &str, to: &str) -> Result<Counterparts> {
    let from_ed = super::edition(from)?;
    let to_ed = super::edition(to)?;
    let clause = from_ed.require(number)?;
    let path = path(from_ed, to_ed)?;
    let mut current: Vec<&'static str> = vec![clause.number];
    let mut basis = MapBasis::Direct;
    let mut via = None;
    let mut tables = Vec::new();
    for pair in path.windows(2) {
        let (table, reverse) = table_between(pair[0].id, pair[1].id)
            .ok_or_else(|| Error::NoCorrelation { from: from.to_owned(), to: to.to_owned() })?;
        tables.push(table);
        let mut next = Vec::new();
        let mut step_basis = MapBasis::NoCounterpart;
        for n in &current {
            let step = hop(table, reverse, pair[0], pair[1], n);
            if step.basis == MapBasis::ViaAncestor && via.is_none() {
                via = step.via;
            }
            step_basis = step_basis.min(step.basis);
            next.extend(step.targets);
        }
        basis = basis.max(step_basis);
        number::sort(&mut next);
        next.dedup();
        current = next;
    }
    if current.is_empty() {
        basis = MapBasis::NoCounterpart;
    }
    current.retain(|n| to_ed.clause(n).is_some());
    let via = if basis == MapBasis::ViaAncestor { via } else { None };
    Ok(Counterparts {
        from: from_ed,
        to: to_ed,
        clause,
        targets: current,
        basis,
        via,
        path,
        tables,
    })
}

/// The table linking two editions, and whether it is read right to left.
fn table_between(a: &str, b: &str) -> Option<(&'static CorrelationDef, bool)> {
    CORRELATIONS.iter().find_map(|t| {
        if t.from == a && t.to == b {
            Some((t, false))
        } else if t.from == b && t.to == a {
            Some((t, true))
        } else {
            None
        }
    })
}

/// The shortest chain of editions linked by correlation tables.
fn path(from: &'static EditionDef, to: &'static EditionDef) -> Result<Vec<&'static EditionDef>> {
    let editions = super::editions();
    // Breadth-first search over the (tiny) graph of editions.
    let mut prev: Vec<Option<usize>> = vec![None; editions.len()];
    let index = |id: &str| editions.iter().position(|e| e.id == id);
    let (Some(start), Some(goal)) = (index(from.id), index(to.id)) else {
        return Err(Error::NoCorrelation { from: from.id.to_owned(), to: to.id.to_owned() });
    };
    let mut seen = vec![false; editions.len()];
    seen[start] = true;
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(i) = queue.pop_front() {
        if i == goal {
            break;
        }
        for (j, e) in editions.iter().enumerate() {
            if !seen[j] && table_between(editions[i].id, e.id).is_some() {
                seen[j] = true;
                prev[j] = Some(i);
                queue.push_back(j);
            }
        }
    }
    if !seen[goal] {
        return Err(Error::NoCorrelation { from: from.id.to_owned(), to: to.id.to_owned() });
    }
    let mut chain = vec![editions[goal]];
    let mut at = goal;
    while let Some(p) = prev[at] {
        chain.push(editions[p]);
        at = p;
    }
    chain.reverse();
    Ok(chain)
}

struct Hop {
    targets: Vec<&'static str>,
    basis: MapBasis,
    via: Option<&'static str>,
}

/// One step through one table.
fn hop(
    table: &'static CorrelationDef, reverse: bool, from: &'static EditionDef,
    to: &'static EditionDef, number: &'static str,
) -> Hop {
    let none = Hop { targets: Vec::new(), basis: MapBasis::NoCounterpart, via: None };
    let same = || match to.clause(number) {
        Some(c) => Hop { targets: vec![c.number], basis: MapBasis::Direct, via: None },
        None => Hop { targets: Vec::new(), basis: MapBasis::NoCounterpart, via: None },
    };
    let (pairs, identity) = match table.kind {
        CorrelationKind::Identity => return same(),
        CorrelationKind::Pairs(pairs) => (pairs, false),
        CorrelationKind::IdentityExcept(pairs) => (pairs, true),
    };
    if !reverse && table.new_in_from.contains(&number) {
        return none;
    }
    // Rows as (clause on our side, clauses on the other side).
    let rows = || {
        pairs.iter().flat_map(move |&(l, rs)| {
            rs.iter().map(move |&r| if reverse { (r, l) } else { (l, r) })
        })
    };
    if identity {
        let listed: Vec<&'static str> =
            rows().filter(|(ours, _)| *ours == number).map(|(_, t)| t).collect();
        return if listed.is_empty() {
            same()
        } else {
            Hop { targets: listed, basis: MapBasis::Direct, via: None }
        };
    }
    let direct: Vec<&'static str> =
        rows().filter(|(ours, _)| *ours == number).map(|(_, t)| t).collect();
    if !direct.is_empty() {
        return Hop { targets: direct, basis: MapBasis::Direct, via: None };
    }
    let below: Vec<&'static str> =
        rows().filter(|(ours, _)| number::is_within(ours, number)).map(|(_, t)| t).collect();
    if !below.is_empty() {
        return Hop { targets: below, basis: MapBasis::ViaDescendants, via: None };
    }
    for ancestor in from.ancestors(number) {
        let up: Vec<&'static str> =
            rows().filter(|(ours, _)| *ours == ancestor.number).map(|(_, t)| t).collect();
        if !up.is_empty() {
            return Hop { targets: up, basis: MapBasis::ViaAncestor, via: Some(ancestor.number) };
        }
    }
    none
}

/// A clause of the target edition reached by the transition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct TransitionClause {
    /// The clause of the target edition.
    #[serde(flatten)]
    pub clause: ClauseRef,
    /// The covered clauses of the source edition that lead to it.
    pub from: Vec<&'static str>,
}

/// The result of [`transition`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Transition {
    /// Source edition (what the agency's documents are written against).
    pub from: &'static str,
    /// Target edition.
    pub to: &'static str,
    /// Assessable clauses of the target edition the covered clauses map to.
    pub covered: Vec<TransitionClause>,
    /// Assessable clauses of the target edition left uncovered.
    pub uncovered: Vec<ClauseRef>,
    /// Those of `uncovered` that are new content with no counterpart at all.
    pub new_clauses: Vec<ClauseRef>,
    /// What the target edition changed in its clauses (quality culture,
    /// climate, opportunities for 2026): what a system already covering
    /// the clause still has to take on. Empty for a move to an older
    /// edition.
    pub changed: Vec<ChangedClause>,
}

/// A change of a target clause against the edition before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChangedClause {
    /// The clause of the target edition.
    #[serde(flatten)]
    pub clause: ClauseRef,
    /// The edition compared with.
    pub since: &'static str,
    /// Whether the change adds a requirement.
    pub adds_requirement: bool,
    /// What changed.
    pub change: &'static str,
}

/// The transition helper: given the clauses of `from` that an agency's
/// documents cover, which assessable clauses of `to` they map to and which
/// are left uncovered. A heading in the input covers its sub-clauses.
///
/// ```
/// use iso9001::{catalogue, Lang};
/// let t = catalogue::transition("2008", "2015", &["4.2.3", "8.2.2"], Lang::Vi).unwrap();
/// assert!(t.covered.iter().any(|c| c.clause.number == "9.2.2"));
/// assert!(t.uncovered.iter().any(|c| c.number == "7.1.6"));
/// ```
pub fn transition<S: AsRef<str>>(
    from: &str, to: &str, covered: &[S], lang: Lang,
) -> Result<Transition> {
    let (from_ed, to_ed, reached) = reach(from, to, covered)?;
    let mut out = Transition {
        from: from_ed.id,
        to: to_ed.id,
        covered: Vec::new(),
        uncovered: Vec::new(),
        new_clauses: Vec::new(),
        changed: Vec::new(),
    };
    // Editions are listed newest first: a move forward goes up the list.
    let position = |id: &str| super::editions().iter().position(|e| e.id == id);
    if let (Some(since), true) = (to_ed.previous, position(to_ed.id) < position(from_ed.id)) {
        for c in to_ed.clauses {
            for ch in c.changes {
                out.changed.push(ChangedClause {
                    clause: ClauseRef::new(to_ed, c, lang),
                    since,
                    adds_requirement: ch.adds_requirement,
                    change: ch.summary.get(lang),
                });
            }
        }
    }
    let reverse = map_new_clauses(to_ed, from_ed);
    for (c, mut sources) in to_ed.clauses.iter().zip(reached) {
        if !c.kind.is_assessable() {
            continue;
        }
        if sources.is_empty() {
            out.uncovered.push(ClauseRef::new(to_ed, c, lang));
            if reverse.contains(&c.number) {
                out.new_clauses.push(ClauseRef::new(to_ed, c, lang));
            }
        } else {
            number::sort(&mut sources);
            let clause = ClauseRef::new(to_ed, c, lang);
            out.covered.push(TransitionClause { clause, from: sources });
        }
    }
    Ok(out)
}

/// The assessable clauses of `to` that the clauses `covered` of `from`
/// leave uncovered, by number: [`transition`]'s `uncovered`.
pub(crate) fn uncovered<S: AsRef<str>>(
    from: &str, to: &str, covered: &[S],
) -> Result<Vec<&'static str>> {
    let (_, to_ed, reached) = reach(from, to, covered)?;
    let clauses = to_ed.clauses.iter().zip(reached);
    Ok(clauses
        .filter(|(c, r)| c.kind.is_assessable() && r.is_empty())
        .map(|(c, _)| c.number)
        .collect())
}

/// For each clause of `to`, the clauses of `covered` that reach it.
#[allow(clippy::type_complexity)]
fn reach<S: AsRef<str>>(
    from: &str, to: &str, covered: &[S],
) -> Result<(&'static EditionDef, &'static EditionDef, Vec<Vec<&'static str>>)> {
    let from_ed = super::edition(from)?;
    let to_ed = super::edition(to)?;
    let mut reached: Vec<Vec<&'static str>> = vec![Vec::new(); to_ed.clauses.len()];
    for input in covered {
        let source = from_ed.require(input.as_ref())?.number;
        for target in counterparts(source, from_ed.id, to_ed.id)?.targets {
            for (i, c) in to_ed.clauses.iter().enumerate() {
                if c.kind.is_assessable()
                    && number::is_within(c.number, target)
                    && !reached[i].contains(&source)
                {
                    reached[i].push(source);
                }
            }
        }
    }
    Ok((from_ed, to_ed, reached))
}

/// Assessable clauses of `ed` with no counterpart in `other`.
fn map_new_clauses(ed: &'static EditionDef, other: &'static EditionDef) -> Vec<&'static str> {
    ed.assessable()
        .filter(|c| counterparts(c.number, ed.id, other.id).is_ok_and(|m| m.targets.is_empty()))
        .map(|c| c.number)
        .collect()
}
