//! Numbers typed with a slip that still names a document: spaces around
//! "/" and "-" ("01/2021/NĐ - CP"), a type without its diacritic
//! ("ND-CP"), as pasted from decisions and typed without Vietnamese input.

use super::{doc_type, parse, DocumentNumber, NumberProblem};

/// Why `abbreviation` is not a type: typed without its diacritic ("ND"
/// for "NĐ") when that is what it means, else unknown.
pub(super) fn unknown_type(abbreviation: &str) -> NumberProblem {
    let with = abbreviation.replace('D', "Đ");
    match doc_type(&with) {
        Some(t) if with != abbreviation => NumberProblem::WithoutDiacritic {
            written: abbreviation.to_owned(),
            meant: t.abbreviation.to_owned(),
        },
        _ => NumberProblem::UnknownType { abbreviation: abbreviation.to_owned() },
    }
}

/// The document a malformed number still names, as a secretary reads
/// it: spaces around its "/" and "-" dropped ("01/2021/NĐ - CP", "15
/// /2020 /NĐ - CP") and a type typed without its diacritic read with it
/// ("ND-CP"). The number and its text as meant; `None` for any other
/// fault, or a number that is not malformed.
pub(crate) fn meant(text: &str) -> Option<(DocumentNumber, String)> {
    let text = text.trim();
    // A number is short: anything longer is no slip of one.
    if text.len() > 64 {
        return None;
    }
    let mut joined = String::with_capacity(text.len() + 2);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() {
            let before = joined.ends_with(['/', '-']);
            let after = rest.trim_start().starts_with(['/', '-']);
            if !(before || after) {
                return None;
            }
        } else {
            joined.push(c);
        }
    }
    match parse(&joined) {
        Ok(n) if joined != text => Some((n, joined)),
        Err(NumberProblem::WithoutDiacritic { written, meant }) => {
            // The type opens the symbol, after the last "/".
            let at = joined.rfind('/')? + 1;
            let fixed =
                format!("{}{meant}{}", &joined[..at], joined[at..].strip_prefix(&*written)?);
            parse(&fixed).ok().map(|n| (n, fixed))
        }
        _ => None,
    }
}
