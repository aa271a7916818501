//! JSON in and out, the same way for every surface (Rust, C, wasm, CLI),
//! so that the same request gives byte-identical JSON everywhere.

use serde::de::{DeserializeOwned, DeserializeSeed};
use serde::Serialize;

use crate::{Error, InputProblem, Result};

/// Limits on JSON input, so that absurd input is refused before it is
/// parsed rather than exhausting the host's memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InputLimits {
    /// Largest accepted input in bytes (default 64 MiB).
    #[serde(default = "InputLimits::default_max_bytes")]
    pub max_bytes: usize,
}

impl InputLimits {
    const fn default_max_bytes() -> usize {
        crate::limits::DEFAULT_MAX_BYTES
    }
}

impl Default for InputLimits {
    fn default() -> Self {
        InputLimits { max_bytes: crate::limits::DEFAULT_MAX_BYTES }
    }
}

/// Serialises a value as compact JSON.
///
/// Every surface uses this one function, which keeps their output
/// byte-identical. Serialising the library's own types cannot fail; a
/// failure would be a bug and is reported as an `invalid_input` error on
/// the whole value rather than a panic.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(unwritable)
}

/// [`to_json`] appended to `out`, for answers written one after another
/// into one buffer (a calendar batch) instead of a string each.
pub(crate) fn append_json<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<()> {
    serde_json::to_writer(out, value).map_err(unwritable)
}

/// The text of a buffer filled by [`append_json`] (serde_json writes
/// UTF-8 only; a failure would be the same bug as [`unwritable`]'s).
pub(crate) fn into_text(out: Vec<u8>) -> Result<String> {
    String::from_utf8(out).map_err(|e| Error::InvalidInput {
        field: String::new(),
        problem: InputProblem::WrongValue { detail: e.to_string() },
    })
}

/// A value that serde_json could not write: a bug, told as bad input on
/// the whole value rather than a panic.
fn unwritable(e: serde_json::Error) -> Error {
    Error::InvalidInput {
        field: String::new(),
        problem: InputProblem::WrongValue { detail: e.to_string() },
    }
}

/// Serialises a language-free result (a report) as compact JSON with its
/// texts in `lang`: the one place where a check meets a language.
pub fn to_json_in<T: crate::rules::Localize + ?Sized>(
    value: &T, lang: crate::Lang,
) -> Result<String> {
    to_json(&value.localized(lang))
}

/// Parses JSON text into `T`, naming the field at fault on error.
///
/// The error's field is a JSON pointer (`/steps/3/duration`), so a portal
/// can highlight the exact input.
///
/// ```
/// use iso9001::catalogue::SearchOptions;
/// use iso9001::interchange::{from_json, InputLimits};
/// let opts: SearchOptions = from_json(r#"{"limit": 3}"#, InputLimits::default()).unwrap();
/// assert_eq!(opts.limit, Some(3));
/// let err = from_json::<SearchOptions>(r#"{"limit": "x"}"#, InputLimits::default()).unwrap_err();
/// assert_eq!(err.field(), Some("/limit"));
/// ```
pub fn from_json<T: DeserializeOwned>(text: &str, limits: InputLimits) -> Result<T> {
    // Most input is well formed: parsed once without tracking the path,
    // which costs on every field; only a failure is parsed again to name
    // the field at fault (the same error either way).
    if let Some(value) = try_from_json_seed(text, limits, core::marker::PhantomData::<T>) {
        return Ok(value);
    }
    from_json_seed(text, limits, core::marker::PhantomData::<T>)
}

/// Parses like [`from_json_seed`] without tracking where it is: `None` on
/// any failure, for a caller that then parses again with
/// [`from_json_seed`] (with a fresh seed) to name the field at fault.
/// Well-formed input, the common case, is then parsed once, without the
/// cost of tracking every field's path (about 40 % of parsing a document).
///
/// In WebAssembly it always gives `None`: there each type's deserializer
/// is code the page downloads, and a second one per type (untracked
/// beside tracked) would put the modules over their size budget.
pub fn try_from_json_seed<'de, S: DeserializeSeed<'de>>(
    text: &'de str, limits: InputLimits, seed: S,
) -> Option<S::Value> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (text, limits, seed);
        None
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        if text.len() > limits.max_bytes {
            return None;
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let value = seed.deserialize(&mut de).ok()?;
        de.end().ok().map(|()| value)
    }
}

/// Like [`from_json`], with a `DeserializeSeed` that can do work while the
/// input is parsed (the register check uses it to check each document and
/// drop it, instead of holding the whole register in memory).
pub fn from_json_seed<'de, S: DeserializeSeed<'de>>(
    text: &'de str, limits: InputLimits, seed: S,
) -> Result<S::Value> {
    if text.len() > limits.max_bytes {
        return Err(Error::InvalidInput {
            field: String::new(),
            problem: InputProblem::TooLarge { size: text.len(), limit: limits.max_bytes },
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let mut track = serde_path_to_error::Track::new();
    let value = seed
        .deserialize(serde_path_to_error::Deserializer::new(&mut de, &mut track))
        .map_err(|e| {
            let mut field = pointer(&track.path());
            let problem = classify(&e);
            // serde reports a missing field at its parent: point at the field.
            if problem == InputProblem::Missing {
                let text = e.to_string();
                if let Some(name) =
                    text.strip_prefix("missing field `").and_then(|r| r.split('`').next())
                {
                    field.push('/');
                    field.push_str(name);
                }
            }
            Error::InvalidInput { field, problem }
        })?;
    de.end().map_err(|_| Error::InvalidInput {
        field: String::new(),
        problem: InputProblem::TrailingCharacters,
    })?;
    Ok(value)
}

/// Deserialises an already parsed JSON value into `T`, naming the field
/// at fault like [`from_json`].
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    let mut track = serde_path_to_error::Track::new();
    T::deserialize(serde_path_to_error::Deserializer::new(value, &mut track)).map_err(|e| {
        let mut field = pointer(&track.path());
        let problem = classify(&e);
        if problem == InputProblem::Missing {
            if let Some(name) =
                e.to_string().strip_prefix("missing field `").and_then(|r| r.split('`').next())
            {
                field.push('/');
                field.push_str(name);
            }
        }
        Error::InvalidInput { field, problem }
    })
}

/// Sorts a parser error into a problem that can be told in both languages.
fn classify(e: &serde_json::Error) -> InputProblem {
    use serde_json::error::Category;
    let text = e.to_string();
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => InputProblem::Syntax { detail: text },
        Category::Data => {
            if let Some(rest) = text.strip_prefix("unknown field `") {
                let name = rest.split('`').next().unwrap_or_default().to_owned();
                return InputProblem::UnknownField { name };
            }
            if text.starts_with("missing field") {
                return InputProblem::Missing;
            }
            InputProblem::WrongValue { detail: text }
        }
    }
}

/// Renders a serde path as a JSON pointer (RFC 6901).
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        out.push('/');
        match seg {
            Segment::Seq { index } => out.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push_str(&key.replace('~', "~0").replace('/', "~1"))
            }
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::SearchOptions;

    #[test]
    fn errors_name_the_field() {
        let l = InputLimits::default();
        let e = from_json::<SearchOptions>(r#"{"edition": 2015}"#, l).unwrap_err();
        assert_eq!((e.code(), e.field()), ("invalid_input", Some("/edition")));
        let e = from_json::<SearchOptions>(r#"{"bogus": 1}"#, l).unwrap_err();
        assert!(e.to_string().contains("unknown field `bogus`"), "{e}");
        assert!(e.message(crate::Lang::Vi).contains("trường “bogus” không được hỗ trợ"));
        let e = from_json::<crate::catalogue::TransitionRequest>("{}", l).unwrap_err();
        assert_eq!(e.field(), Some("/covered"), "a missing field is named");
        let e = from_json::<SearchOptions>("{", l).unwrap_err();
        assert_eq!(e.code(), "invalid_input");
        let e = from_json::<SearchOptions>("{} x", l).unwrap_err();
        assert!(e.to_string().contains("trailing"), "{e}");
        let e = from_json::<Vec<String>>(r#"["a", 3]"#, l).unwrap_err();
        assert_eq!(e.field(), Some("/1"));
    }

    #[test]
    fn size_limit_is_enforced_before_parsing() {
        let e = from_json::<SearchOptions>("{}", InputLimits { max_bytes: 1 }).unwrap_err();
        assert!(e.to_string().contains("limit of 1 bytes"), "{e}");
    }

    #[test]
    fn output_is_compact() {
        assert_eq!(to_json(&["a", "b"]).unwrap(), r#"["a","b"]"#);
    }
}
