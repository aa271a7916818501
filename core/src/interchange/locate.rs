//! Where in the JSON text a parse failed, as a JSON pointer.
//!
//! Input is parsed once, without tracking the path of every field (that
//! costs about 40 % of parsing and a second copy of every type's reader in
//! the wasm module). serde_json reports where in the text it stopped; this
//! reads the text up to there and names the value it was reading:
//! - a value that fails (wrong type, out of range, not a date) is named
//!   itself: serde_json stops right after it, or right before an object
//!   or array that stands where a scalar belongs;
//! - an unknown key is named with its object (`/steps/2/bogus`): serde_json
//!   stops right after the key;
//! - an object refused as a whole (a missing field, a tagged variant that
//!   does not fit) is named as the object: serde_json stops after its `}`;
//! - a syntax error is named by the innermost value open where the text
//!   breaks.
//!
//! For this to hold, a reader of a single value (a date, a duration's
//! amount) refuses it inside serde_json's visitor, not after it returned:
//! serde_json then stops at the value, not at the end of its object.

/// One open object or array of the text read so far.
enum Frame {
    /// An object: where its current key's text is (`None` before the
    /// first key and after each `,`), and whether the key's `:` has been
    /// read. Decoded only if the pointer names it.
    Object { key: Option<(usize, usize)>, colon: bool },
    /// An array: the index of its current element, counted at each `,`
    /// that follows a value (a value that fails is one serde_json has
    /// begun reading), and whether that element has begun.
    Array { index: usize, began: bool },
}

/// The JSON pointer of the value serde_json was reading when it stopped
/// at `line` and `column` (as its errors report them: 1-based line,
/// column in bytes from the start of the line). `line == 0` (no position)
/// gives the root. For an unknown `variant`, a key that serde_json read
/// as the variant's name (`{"bogus": …}` where a variant belongs) is not
/// a field and is left out.
pub(crate) fn pointer_at(text: &str, line: usize, column: usize, variant: bool) -> String {
    if line == 0 {
        return String::new();
    }
    let start = match line {
        1 => 0,
        _ => text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1),
    };
    let mut at = start.saturating_add(column).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut stack = scan(&text[..at]);
    if let (true, Some(Frame::Object { key, colon: false })) = (variant, stack.last_mut()) {
        *key = None;
    }
    render(text, &stack)
}

/// Reads `text` (a prefix of the input) and returns the frames open at
/// its end. Stops quietly at anything that is not JSON: that is where the
/// parser stopped too.
fn scan(text: &str) -> Vec<Frame> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], stack.last_mut()) {
            (b'{', top) => {
                began(top);
                stack.push(Frame::Object { key: None, colon: false });
            }
            (b'[', top) => {
                began(top);
                stack.push(Frame::Array { index: 0, began: false });
            }
            (b'}' | b']', _) => {
                stack.pop();
            }
            (b',', Some(Frame::Object { key, colon })) => (*key, *colon) = (None, false),
            (b',', Some(Frame::Array { index, began: began @ true })) => {
                (*index, *began) = (*index + 1, false);
            }
            (b':', Some(Frame::Object { key: Some(_), colon })) => *colon = true,
            (b'"', top) => {
                let Some(end) = string_end(bytes, i) else { return stack };
                if let Some(Frame::Object { key: key @ None, .. }) = top {
                    // A key. It names the field from here on: an unknown
                    // key is refused right after it (and the blanks that
                    // follow it).
                    *key = Some((i + 1, end - 1));
                } else {
                    began(top);
                }
                i = end;
                continue;
            }
            (b' ' | b'\t' | b'\n' | b'\r', _) => {}
            // A number or a literal (true, false, null).
            (b, top) if b.is_ascii_alphanumeric() || b"-+.".contains(&b) => began(top),
            _ => return stack,
        }
        i += 1;
    }
    stack
}

/// A value begins in the innermost frame: an array's element has begun.
fn began(top: Option<&mut Frame>) {
    if let Some(Frame::Array { began, .. }) = top {
        *began = true;
    }
}

/// A string's content with its escapes decoded, as serde reads a key.
/// (By hand: serde_json's reader of a string would bring its error
/// messages, and their number formatting, into every module.)
fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    let hex = |chars: &mut core::str::Chars<'_>| {
        let digits: String = chars.by_ref().take(4).collect();
        u32::from_str_radix(&digits, 16).ok()
    };
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let decoded = match chars.next() {
            Some('b') => Some('\u{8}'),
            Some('f') => Some('\u{c}'),
            Some('n') => Some('\n'),
            Some('r') => Some('\r'),
            Some('t') => Some('\t'),
            Some('u') => match hex(&mut chars) {
                // A surrogate pair: the high half, then `\u` and the low.
                Some(hi @ 0xD800..=0xDBFF) => {
                    let low = (chars.next(), chars.next()) == (Some('\\'), Some('u'));
                    match hex(&mut chars).filter(|lo| low && (0xDC00..=0xDFFF).contains(lo)) {
                        Some(lo) => char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)),
                        None => None,
                    }
                }
                Some(code) => char::from_u32(code),
                None => None,
            },
            other => other, // \" \\ \/
        };
        out.push(decoded.unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    out
}

/// The index just past the string that opens at `open` (a `"`), or `None`
/// when the text ends inside it.
fn string_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The frames as a JSON pointer (RFC 6901): each object's current key,
/// each array's current element.
fn render(text: &str, stack: &[Frame]) -> String {
    let mut out = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some((start, end)), .. } => {
                // The key as serde read it: escapes decoded.
                let key = unescape(&text[*start..*end]);
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Frame::Array { index: n, .. } => {
                out.push('/');
                out.push_str(&n.to_string());
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::interchange::{from_json, InputLimits};

    /// The field an input error names, read like a portal highlighting it.
    fn field<T: serde::de::DeserializeOwned + core::fmt::Debug>(text: &str) -> String {
        let e = from_json::<T>(text, InputLimits::default()).unwrap_err();
        e.field().unwrap_or_default().to_owned()
    }

    /// A procedure's shape in small: scalars, a list of steps with a
    /// duration (a range check, an enum), records with a tagged retention.
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // read only for their errors
    struct Doc {
        code: String,
        #[serde(default)]
        issue: u32,
        #[serde(default)]
        steps: Vec<Step>,
        #[serde(default)]
        records: Vec<crate::documents::RecordSpec>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Step {
        name: String,
        #[serde(default)]
        duration: Option<crate::Duration>,
    }

    #[test]
    fn a_value_that_fails_is_named_itself() {
        let doc = |tail: &str| format!("{{\"code\": \"QT-01\", {tail}}}");
        assert_eq!(field::<Doc>(&doc(r#""issue": "2""#)), "/issue");
        assert_eq!(field::<Doc>(&doc(r#""issue": -1"#)), "/issue");
        assert_eq!(
            field::<Doc>(&doc(r#""issue": {}"#)),
            "/issue",
            "an object where a number belongs"
        );
        // A refusal after reading the value (out of range), as the last
        // member of its object: named at the value, not at the object.
        let steps =
            r#""steps": [{"name": "a", "duration": {"unit": "workingDays", "value": 99999}}]"#;
        assert_eq!(field::<Doc>(&doc(steps)), "/steps/0/duration/value");
        let steps =
            r#""steps": [{"name": "a"}, {"name": "b", "duration": {"value": 1, "unit": "weeks"}}]"#;
        assert_eq!(field::<Doc>(&doc(steps)), "/steps/1/duration/unit");
    }

    #[test]
    fn a_tagged_variant_that_does_not_fit_is_named_as_its_object() {
        let doc = r#"{"code": "QT-01", "records": [
            {"name": "Sổ", "retention": {"kind": "years", "years": "mười"}}]}"#;
        assert_eq!(field::<Doc>(doc), "/records/0/retention");
        let doc = r#"{"code": "QT-01", "records": [
            {"name": "Sổ", "retention": {"kind": "forever"}, "place": "Văn thư"}]}"#;
        assert_eq!(field::<Doc>(doc), "/records/0/retention/kind", "an unknown kind is its tag");
    }

    #[test]
    fn unknown_and_missing_keys() {
        assert_eq!(field::<Doc>(r#"{"code": "Q", "isue": 2}"#), "/isue");
        // Blanks and lines between the key and its colon.
        assert_eq!(field::<Doc>("{\"code\": \"Q\",\n  \"bogus\"\n  : 1}"), "/bogus");
        let e = from_json::<Doc>(r#"{"issue": 2}"#, InputLimits::default()).unwrap_err();
        assert_eq!(e.field(), Some("/code"), "a missing field is named itself");
        // A variant's name read as a key is not a field.
        let doc = r#"{"code": "Q", "steps": [{"name": "a", "duration": {"value": 1, "unit": {"weeks": 1}}}]}"#;
        assert_eq!(field::<Doc>(doc), "/steps/0/duration/unit");
        // Keys with escapes and the pointer's own escapes.
        assert_eq!(field::<Doc>(r#"{"code": "Q", "a\/b~c": 1}"#), "/a~1b~0c");
        assert_eq!(field::<Doc>(r#"{"code": "Q", "s\u1ed1\n\ud83d\ude00": 1}"#), "/số\n😀");
    }

    #[test]
    fn positions_over_lines_and_vietnamese_text() {
        let doc = "{\n  \"code\": \"QT-01\",\n  \"steps\": [{\"name\": \"Cấp giấy phép xây dựng\"}],\n  \"issue\": 1.5\n}";
        assert_eq!(field::<Doc>(doc), "/issue");
    }

    #[test]
    fn a_syntax_error_is_named_by_the_innermost_open_value() {
        assert_eq!(
            field::<Doc>(r#"{"code": "Q", "steps": [{"name": "a"}, {"name": "b" "#),
            "/steps/1/name"
        );
        assert_eq!(field::<Doc>(r#"{"code": "Q", "steps": [{"name": "a"},,]}"#), "/steps/1");
        assert_eq!(field::<Doc>(r#"{"code": "Q", "#), "");
        assert_eq!(field::<Doc>(r#"{"code": "Q", "steps": [{"name": "a",}]}"#), "/steps/0");
    }
}
