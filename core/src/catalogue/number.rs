//! Clause numbers: tolerant parsing and numeric ordering without allocation.

use core::cmp::Ordering;

/// Iterates the numeric components of a clause number ("7.5.3" → 7, 5, 3).
///
/// Call only on input accepted by [`normalize`] or on catalogue numbers.
fn components(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.split('.').filter(|c| !c.is_empty()).map(|c| {
        c.bytes()
            .filter(u8::is_ascii_digit)
            .fold(0u32, |n, d| n.saturating_mul(10).saturating_add(u32::from(d - b'0')))
    })
}

/// Sorts clause numbers in the standard's order; one function for every
/// caller, so that WebAssembly carries one copy of the sort.
pub(crate) fn sort(numbers: &mut [&str]) {
    numbers.sort_by(|a, b| cmp(a, b));
}

/// Compares two clause numbers numerically, component by component, so
/// that "4.4" < "4.4.1" < "4.10" < "10". This is the catalogue's walk order.
// Not inlined: a copy in every binary search grew each wasm module by
// 10-20 KB.
#[inline(never)]
pub(crate) fn cmp(a: &str, b: &str) -> Ordering {
    // One pass over the bytes: the iterators of `components` split on a
    // char searcher, and the check compares clause numbers thousands of
    // times per document (a twentieth of its time). Same order, tested.
    if a == b {
        return Ordering::Equal;
    }
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        let (x, rest_a) = next_component(a);
        let (y, rest_b) = next_component(b);
        match (x, y) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x != y => return x.cmp(&y),
            _ => (a, b) = (rest_a, rest_b),
        }
    }
}

/// The next non-empty component of `s` as [`components`] reads it (its
/// digits as a number, other bytes ignored), and what follows it.
fn next_component(s: &[u8]) -> (Option<u32>, &[u8]) {
    let mut i = 0;
    while s.get(i) == Some(&b'.') {
        i += 1;
    }
    if i == s.len() {
        return (None, &s[i..]);
    }
    let mut n = 0u32;
    while let Some(&c) = s.get(i).filter(|&&c| c != b'.') {
        if c.is_ascii_digit() {
            n = n.saturating_mul(10).saturating_add(u32::from(c - b'0'));
        }
        i += 1;
    }
    (Some(n), &s[i..])
}

/// A clause number ("7.5.3"), ordered numerically, component by
/// component: "4.4" < "4.4.1" < "4.10" < "10", the catalogue's walk order.
/// Borrowed: comparing never allocates.
///
/// ```
/// use iso9001::catalogue::ClauseNumber;
/// let n = ClauseNumber::parse(" § 7.5.3. ").unwrap();
/// assert_eq!(n.as_str(), "7.5.3");
/// assert!(ClauseNumber::from("4.10") > ClauseNumber::from("4.9"));
/// assert!(n.is_within(ClauseNumber::from("7.5")));
/// assert_eq!(n.top(), 7);
/// assert!(ClauseNumber::parse("7..5").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClauseNumber<'a>(&'a str);

impl<'a> ClauseNumber<'a> {
    /// Reads what people type around a clause number (spaces, a leading
    /// `§`, trailing dots); `None` when it is not digits separated by dots.
    pub fn parse(input: &'a str) -> Option<Self> {
        normalize(input).map(ClauseNumber)
    }

    /// The number as text.
    pub fn as_str(self) -> &'a str {
        self.0
    }

    /// Whether this is `ancestor` itself or lies below it in the tree.
    pub fn is_within(self, ancestor: ClauseNumber<'_>) -> bool {
        is_within(self.0, ancestor.0)
    }

    /// The top-level clause (4–10).
    pub fn top(self) -> u32 {
        components(self.0).next().unwrap_or(0)
    }
}

/// A number from the catalogue or already checked: ordered the same way.
impl<'a> From<&'a str> for ClauseNumber<'a> {
    fn from(s: &'a str) -> Self {
        ClauseNumber(s)
    }
}

impl Ord for ClauseNumber<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp(self.0, other.0)
    }
}

impl PartialOrd for ClauseNumber<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl core::fmt::Display for ClauseNumber<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.0)
    }
}

/// Trims what people type around a clause number and checks its shape.
///
/// Accepts surrounding spaces, a leading `§` and trailing dots ("7.5.3.",
/// " 7.5.3 "), and returns the core slice ("7.5.3") without allocating.
/// Returns `None` when what remains is not digits separated by single dots.
///
pub(crate) fn normalize(input: &str) -> Option<&str> {
    let s = input.trim();
    let s = s.strip_prefix('§').unwrap_or(s).trim_start();
    let s = s.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    if s.is_empty() || s.len() > 32 {
        return None;
    }
    let well_formed = s.split('.').all(|part| {
        !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit())
    });
    well_formed.then_some(s)
}

/// Whether `number` is `ancestor` itself or lies below it in the tree
/// (`7.1.6` is within `7.1`; `7.10` is not).
pub fn is_within(number: &str, ancestor: &str) -> bool {
    number == ancestor
        || (number.len() > ancestor.len()
            && number.starts_with(ancestor)
            && number.as_bytes()[ancestor.len()] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass comparison orders as the component iterators do.
    #[test]
    fn cmp_agrees_with_components() {
        let parts = ["", "0", "1", "4", "7", "9", "10", "04", "a", "1a", "99999999999", "5"];
        let mut numbers = vec![String::new(), ".".into(), "..".into(), "7..5".into(), ".7".into()];
        for (i, x) in parts.iter().enumerate() {
            for (j, y) in parts.iter().enumerate() {
                numbers.push(format!("{x}.{y}"));
                numbers.push(format!("{x}.{y}.{}", parts[(i + j) % parts.len()]));
                numbers.push(format!("{x}{y}"));
            }
        }
        for a in &numbers {
            for b in &numbers {
                assert_eq!(cmp(a, b), components(a).cmp(components(b)), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn numeric_order_is_walk_order() {
        assert_eq!(cmp("4.4", "4.4.1"), Ordering::Less);
        assert_eq!(cmp("4.10", "4.9"), Ordering::Greater);
        assert_eq!(cmp("10", "9.3.3"), Ordering::Greater);
        assert_eq!(cmp("7.5", "7.5"), Ordering::Equal);
        assert_eq!(cmp("07.5", "7.5"), Ordering::Equal);
    }

    #[test]
    fn normalize_is_tolerant_but_strict_on_shape() {
        assert_eq!(normalize("7.5.3."), Some("7.5.3"));
        assert_eq!(normalize("\t7.5.3 .. "), Some("7.5.3"));
        assert_eq!(normalize("§7"), Some("7"));
        for bad in ["", ".", "7 .5", "7.a", "-1", "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16", "12345"]
        {
            assert_eq!(normalize(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn within_respects_component_boundaries() {
        assert!(is_within("7.1.6", "7.1"));
        assert!(is_within("7.1", "7.1"));
        assert!(!is_within("7.10", "7.1"));
        assert!(!is_within("7", "7.1"));
    }
}
