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

/// Compares two clause numbers numerically, component by component, so
/// that "4.4" < "4.4.1" < "4.10" < "10". This is the catalogue's walk order.
pub fn cmp(a: &str, b: &str) -> Ordering {
    components(a).cmp(components(b))
}

/// Trims what people type around a clause number and checks its shape.
///
/// Accepts surrounding spaces, a leading `§` and trailing dots ("7.5.3.",
/// " 7.5.3 "), and returns the core slice ("7.5.3") without allocating.
/// Returns `None` when what remains is not digits separated by single dots.
///
/// ```
/// use iso9001::catalogue::normalize_number;
/// assert_eq!(normalize_number(" 7.5.3. "), Some("7.5.3"));
/// assert_eq!(normalize_number("§ 8.5"), Some("8.5"));
/// assert_eq!(normalize_number("7..5"), None);
/// assert_eq!(normalize_number("abc"), None);
/// ```
pub fn normalize(input: &str) -> Option<&str> {
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
