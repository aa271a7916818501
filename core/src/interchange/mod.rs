//! JSON in and out, the same way for every surface (Rust, C, wasm, CLI),
//! so that the same request gives byte-identical JSON everywhere.

use serde::de::{DeserializeOwned, DeserializeSeed};
use serde::Serialize;

use crate::{Error, InputProblem, Result};

mod locate;

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
    from_json_seed(text, limits, core::marker::PhantomData::<T>)
}

/// Like [`from_json`], with a `DeserializeSeed` that can do work while the
/// input is parsed (the register check uses it to check each document and
/// drop it, instead of holding the whole register in memory).
///
/// The text is parsed once, without tracking where each field is (which
/// costs on every field, and in WebAssembly a second copy of every
/// type's reader); a failure is then placed from where serde_json stopped
/// in the text (see `locate`).
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
    let value = seed.deserialize(&mut de).map_err(|e| located(text, &e, true))?;
    de.end().map_err(|_| Error::InvalidInput {
        field: String::new(),
        problem: InputProblem::TrailingCharacters,
    })?;
    Ok(value)
}

/// Deserialises an already parsed JSON value into `T`, naming the field
/// at fault like [`from_json`].
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    // Rare (a calendar query refused by the fast reader): the value is
    // written out and read like any text, so that one reader per type
    // serves both. Its messages carry no position: the text is ours, not
    // the caller's.
    let text = to_json(&value)?;
    let mut de = serde_json::Deserializer::from_str(&text);
    T::deserialize(&mut de).map_err(|e| located(&text, &e, false))
}

/// The error of a failure `e` while reading `text`: the field placed in
/// the text (see `locate`), the problem sorted from the error. serde_json's
/// "at line … column …" is kept only `with_position` (the caller's text).
fn located(text: &str, e: &serde_json::Error, with_position: bool) -> Error {
    let mut message = e.to_string();
    let variant = message.starts_with("unknown variant");
    let mut field = locate::pointer_at(text, e.line(), e.column(), variant);
    if !with_position && e.line() > 0 {
        if let Some(at) = message.rfind(" at line ") {
            message.truncate(at);
        }
    }
    // serde reports a missing field at its parent: point at the field.
    if let Some(name) = message.strip_prefix("missing field `").and_then(|r| r.split('`').next()) {
        field.push('/');
        field.push_str(name);
    }
    Error::InvalidInput { field, problem: classify(e, message) }
}

/// Reads a number (as `f64` reads it) and has `check` accept it or say
/// why not inside serde_json's reader, so that a refusal is placed at the
/// number and not at the end of its object (see `locate`).
pub(crate) fn checked_f64<'de, D: serde::Deserializer<'de>>(
    d: D, check: fn(f64) -> core::result::Result<f64, String>,
) -> core::result::Result<f64, D::Error> {
    struct Read(fn(f64) -> core::result::Result<f64, String>);
    impl serde::de::Visitor<'_> for Read {
        type Value = f64;
        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("f64") // serde's word for a number, as before
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> core::result::Result<f64, E> {
            (self.0)(v).map_err(E::custom)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> core::result::Result<f64, E> {
            self.visit_f64(v as f64)
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> core::result::Result<f64, E> {
            self.visit_f64(v as f64)
        }
    }
    d.deserialize_f64(Read(check))
}

/// A value that serde reads from a buffer of its whole object (an
/// internally tagged enum: a record's retention, a dossier's event),
/// read inside serde_json's reader of that object: a variant that does
/// not fit is then placed at the object, not at the end of the object
/// holding it (see `locate`). Fields use [`whole_opt`] and [`whole_vec`].
struct Whole<T>(T);

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Whole<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> core::result::Result<Self, D::Error> {
        struct Read<T>(core::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Read<T> {
            type Value = Whole<T>;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                // serde's words for a tagged enum, as before.
                let name = core::any::type_name::<T>();
                write!(f, "internally tagged enum {}", name.rsplit("::").next().unwrap_or(name))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self, map: A,
            ) -> core::result::Result<Whole<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Whole)
            }
            // serde also reads a tagged enum from an array, tag first.
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self, seq: A,
            ) -> core::result::Result<Whole<T>, A::Error> {
                T::deserialize(serde::de::value::SeqAccessDeserializer::new(seq)).map(Whole)
            }
        }
        d.deserialize_any(Read(core::marker::PhantomData))
    }
}

/// serde `deserialize_with` for an optional tagged enum (see [`Whole`]).
pub(crate) fn whole_opt<'de, D, T>(d: D) -> core::result::Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<Whole<T>> as serde::Deserialize>::deserialize(d).map(|o| o.map(|w| w.0))
}

/// serde `deserialize_with` for a list of tagged enums (see [`Whole`]).
pub(crate) fn whole_vec<'de, D, T>(d: D) -> core::result::Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Vec<Whole<T>> as serde::Deserialize>::deserialize(d)
        .map(|v| v.into_iter().map(|w| w.0).collect())
}

/// Sorts a parser error into a problem that can be told in both languages.
fn classify(e: &serde_json::Error, text: String) -> InputProblem {
    use serde_json::error::Category;
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
