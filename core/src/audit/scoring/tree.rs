//! The XCCDF 1.2 default model: a tree of groups and rules scored from the
//! leaves up (NISTIR 7275r4), with the sums kept for what-if.

use std::collections::BTreeMap;

use super::items::{round, Item};
use super::report::GroupScore;
use super::types::GroupBy;
use crate::catalogue;

/// What a group stands for: a clause heading or a unit (two namespaces, so
/// a unit named like a clause stays apart).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum GroupKey<'a> {
    Clause(&'static str),
    Unit(&'a str),
}

/// One node: the benchmark (node 0), a group, or a rule (an item).
#[derive(Debug, Clone)]
struct Node {
    parent: usize,
    weight: f64,
    /// Clause number or unit (groups), item ID (rules).
    key: String,
    is_group: bool,
    /// Σ child score × weight and Σ weight over the counted children.
    num: f64,
    den: f64,
    count: usize,
    /// The node's score (`None`: not counted).
    score: Option<f64>,
}

impl Node {
    fn new(parent: usize, weight: f64, key: String, is_group: bool) -> Node {
        Node { parent, weight, key, is_group, num: 0.0, den: 0.0, count: 0, score: None }
    }
}

/// The tree, built once per scoring; children come after their parents.
pub(super) struct Tree {
    nodes: Vec<Node>,
    /// Node of each item's rule.
    rule_of: Vec<usize>,
}

impl Tree {
    pub(super) fn build<'a>(
        items: &'a [Item<'a>], by: GroupBy, edition: &'static catalogue::EditionDef,
    ) -> Tree {
        let mut t = Tree { nodes: vec![Node::new(0, 1.0, String::new(), true)], rule_of: vec![] };
        let mut groups: BTreeMap<GroupKey<'a>, usize> = BTreeMap::new();
        let mut group = |t: &mut Tree, key: GroupKey<'a>, parent: usize| -> usize {
            *groups.entry(key.clone()).or_insert_with(|| {
                let name = match key {
                    GroupKey::Clause(c) => c.to_owned(),
                    GroupKey::Unit(u) => u.to_owned(),
                };
                t.nodes.push(Node::new(parent, 1.0, name, true));
                t.nodes.len() - 1
            })
        };
        for it in items {
            let parent = match by {
                GroupBy::Unit => group(&mut t, GroupKey::Unit(&it.src.unit), 0),
                GroupBy::Clause => {
                    // The chain of clause groups from the top-level clause down.
                    let mut chain: Vec<&'static str> =
                        edition.ancestors(it.clause).map(|a| a.number).collect();
                    chain.reverse();
                    chain.push(it.clause);
                    chain.into_iter().fold(0, |p, k| group(&mut t, GroupKey::Clause(k), p))
                }
            };
            t.nodes.push(Node::new(parent, it.src.weight, it.src.id.clone(), false));
            t.rule_of.push(t.nodes.len() - 1);
        }
        // Rule scores: 100 × passes / counted (one result each).
        for (i, it) in items.iter().enumerate() {
            t.nodes[t.rule_of[i]].score = it.value().map(|v| if v >= 1.0 { 100.0 } else { 0.0 });
        }
        // Fold from the leaves up. NISTIR 7275r4: a group counts when it has
        // counted children; its score is Σ score·weight normalised by Σ
        // weight when that is not zero (left at 0 when every weight is zero,
        // as OpenSCAP does). Empty groups are omitted.
        let group_score =
            |n: &Node| (n.count > 0).then(|| if n.den > 0.0 { n.num / n.den } else { 0.0 });
        for n in (1..t.nodes.len()).rev() {
            let node = &t.nodes[n];
            let s = if node.is_group { group_score(node) } else { node.score };
            t.nodes[n].score = s;
            if let Some(s) = s {
                let (p, w) = (t.nodes[n].parent, t.nodes[n].weight);
                let parent = &mut t.nodes[p];
                parent.num += s * w;
                parent.den += w;
                parent.count += 1;
            }
        }
        t.nodes[0].score = group_score(&t.nodes[0]);
        t
    }

    pub(super) fn root_score(&self) -> Option<f64> {
        self.nodes[0].score
    }

    /// Every group but the benchmark, in the order they were met.
    pub(super) fn group_scores(&self) -> Vec<GroupScore> {
        self.nodes[1..]
            .iter()
            .filter(|n| n.is_group)
            .map(|n| GroupScore {
                key: n.key.clone(),
                score: n.score.map(round),
                count: n.count,
                capped: false,
            })
            .collect()
    }

    /// Points of the benchmark score that item `i` contributes: its score
    /// times the share of its weight at each level up the tree.
    pub(super) fn contribution(&self, i: usize) -> f64 {
        let mut n = self.rule_of[i];
        let Some(mut c) = self.nodes[n].score else { return 0.0 };
        loop {
            let p = self.nodes[n].parent;
            if self.nodes[p].den <= 0.0 {
                return 0.0;
            }
            c *= self.nodes[n].weight / self.nodes[p].den;
            if p == 0 {
                return c;
            }
            n = p;
        }
    }

    /// The benchmark score when item `i`'s rule score changes by `delta`:
    /// the change travels up the tree, denominators unchanged.
    pub(super) fn root_after(&self, i: usize, delta: f64) -> Option<f64> {
        let mut n = self.rule_of[i];
        let mut d = delta;
        loop {
            let p = self.nodes[n].parent;
            let parent = &self.nodes[p];
            if parent.den <= 0.0 {
                return self.root_score();
            }
            let old = parent.num / parent.den;
            let new = (parent.num + d * self.nodes[n].weight) / parent.den;
            if p == 0 {
                return Some(new);
            }
            d = new - old;
            n = p;
        }
    }
}
