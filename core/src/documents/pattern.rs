//! The small pattern language for document codes, e.g. `QT.{UNIT}.{NN}`.
//!
//! Chosen over regular expressions to keep the wasm module small and the
//! syntax readable by the ISO secretary who writes the policy:
//!
//! | token | matches |
//! |---|---|
//! | `{UNIT}` | 1–12 capital letters (A–Z, Đ), the unit's abbreviation |
//! | `{N}`, `{NN}`, `{NNN}` … | exactly that many digits |
//! | `{N+}` | one or more digits |
//! | `{A}` | one capital letter |
//! | `[` … `]` | an optional part, e.g. `QT.{UNIT}.{NN}[.{NN}]` |
//! | anything else | itself |

use core::fmt;

use crate::text::{clamp, Lang};
use crate::{Error, InputProblem, PatternFault, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(char),
    Unit,
    Digits(usize),
    DigitsPlus,
    Letter,
    Optional(Vec<Token>),
}

/// A compiled code pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodePattern {
    source: String,
    tokens: Vec<Token>,
}

fn bad(source: &str, fault: PatternFault) -> Error {
    let problem = InputProblem::BadPattern { pattern: clamp(source), fault };
    Error::invalid("/codePatterns", problem)
}

impl CodePattern {
    /// Compiles a pattern; an unknown `{TOKEN}` or unbalanced bracket is an
    /// error naming the pattern.
    ///
    /// ```
    /// use iso9001::documents::CodePattern;
    /// let p = CodePattern::parse("QT.{UNIT}.{NN}[.{NN}]").unwrap();
    /// assert!(p.matches("QT.ĐK.07"));
    /// assert!(p.matches("QT.ĐK.07.03"));
    /// assert!(!p.matches("QT-07"));
    /// ```
    pub fn parse(source: &str) -> Result<Self> {
        let mut chars = source.chars().peekable();
        let tokens = Self::parse_seq(source, &mut chars, false)?;
        Ok(CodePattern { source: source.to_owned(), tokens })
    }

    fn parse_seq(
        source: &str, chars: &mut core::iter::Peekable<core::str::Chars<'_>>, nested: bool,
    ) -> Result<Vec<Token>> {
        let mut out = Vec::new();
        while let Some(c) = chars.next() {
            match c {
                '{' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                    if !closed {
                        return Err(bad(source, PatternFault::UnclosedBrace));
                    }
                    out.push(match name.as_str() {
                        "UNIT" => Token::Unit,
                        "A" => Token::Letter,
                        "N+" => Token::DigitsPlus,
                        n if !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b == b'N') => {
                            Token::Digits(n.len())
                        }
                        other => {
                            let token = clamp(&format!("{{{other}}}"));
                            return Err(bad(source, PatternFault::UnknownToken { token }));
                        }
                    });
                }
                '[' => out.push(Token::Optional(Self::parse_seq(source, chars, true)?)),
                ']' if nested => return Ok(out),
                ']' => return Err(bad(source, PatternFault::UnopenedBracket)),
                c => out.push(Token::Literal(c)),
            }
        }
        if nested {
            return Err(bad(source, PatternFault::UnclosedBracket));
        }
        Ok(out)
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The pattern as a person reads it, in `lang`: each token named, e.g.
    /// `QT.<mã đơn vị>.<2 chữ số>` (`QT.<unit code>.<2 digits>`), an
    /// optional part said to be optional.
    ///
    /// ```
    /// use iso9001::{documents::CodePattern, Lang};
    /// let p = CodePattern::parse("QT.{UNIT}.{NN}[.{NN}]").unwrap();
    /// assert_eq!(p.readable(Lang::Vi), "QT.<mã đơn vị>.<2 chữ số> [có thể thêm .<2 chữ số>]");
    /// assert_eq!(p.readable(Lang::En), "QT.<unit code>.<2 digits> [optionally followed by .<2 digits>]");
    /// ```
    pub fn readable(&self, lang: Lang) -> String {
        let mut out = String::new();
        Self::write_readable(&self.tokens, lang, &mut out);
        out
    }

    fn write_readable(tokens: &[Token], lang: Lang, out: &mut String) {
        for t in tokens {
            match t {
                Token::Literal(c) => out.push(*c),
                Token::Unit => out.push_str(lang.pick("<mã đơn vị>", "<unit code>")),
                Token::Digits(1) => out.push_str(lang.pick("<1 chữ số>", "<1 digit>")),
                Token::Digits(n) => {
                    out.push_str(&format!("<{n} {}>", lang.pick("chữ số", "digits")));
                }
                Token::DigitsPlus => out.push_str(lang.pick("<số>", "<number>")),
                Token::Letter => {
                    out.push_str(lang.pick("<1 chữ cái in hoa>", "<1 capital letter>"))
                }
                Token::Optional(inner) => {
                    // Square brackets: the message around it is already
                    // in parentheses.
                    out.push_str(lang.pick(" [có thể thêm ", " [optionally followed by "));
                    Self::write_readable(inner, lang, out);
                    out.push(']');
                }
            }
        }
    }

    /// Whether the whole of `code` matches. Allocation-free backtracking
    /// (codes are tens of characters, patterns a handful of tokens).
    pub fn matches(&self, code: &str) -> bool {
        Self::match_seq(&self.tokens, code, &mut |rest| rest.is_empty())
    }

    /// Matches `tokens` at the start of `s`, then hands what remains to
    /// the continuation `k`; true as soon as one way through succeeds.
    fn match_seq<'s>(tokens: &[Token], s: &'s str, k: &mut dyn FnMut(&'s str) -> bool) -> bool {
        let Some((first, rest)) = tokens.split_first() else {
            return k(s);
        };
        let is_cap = |c: char| c.is_ascii_uppercase() || c == 'Đ';
        match first {
            Token::Literal(c) => s.strip_prefix(*c).is_some_and(|r| Self::match_seq(rest, r, k)),
            Token::Letter => s
                .chars()
                .next()
                .filter(|&c| is_cap(c))
                .is_some_and(|c| Self::match_seq(rest, &s[c.len_utf8()..], k)),
            Token::Digits(n) => {
                s.len() >= *n
                    && s.as_bytes()[..*n].iter().all(u8::is_ascii_digit)
                    && Self::match_seq(rest, &s[*n..], k)
            }
            Token::DigitsPlus => {
                let run = s.bytes().take_while(u8::is_ascii_digit).count();
                (1..=run).rev().any(|e| Self::match_seq(rest, &s[e..], k))
            }
            Token::Unit => {
                let mut ends = [0usize; 12];
                let mut n = 0;
                let caps = s.char_indices().take_while(|&(_, c)| is_cap(c)).take(12);
                for e in caps.map(|(i, c)| i + c.len_utf8()) {
                    ends[n] = e;
                    n += 1;
                }
                ends[..n].iter().rev().any(|&e| Self::match_seq(rest, &s[e..], k))
            }
            Token::Optional(inner) => {
                Self::match_seq(inner, s, &mut |r| Self::match_seq(rest, r, k))
                    || Self::match_seq(rest, s, k)
            }
        }
    }
}

/// A policy's code patterns as people read them ([`CodePattern::readable`]),
/// joined by "hoặc" / "or": `Display` writes Vietnamese, the alternate form
/// (`{:#}`) English, the convention of every message template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadablePatterns(pub Vec<CodePattern>);

impl fmt::Display for ReadablePatterns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (lang, or) = if f.alternate() { (Lang::En, " or ") } else { (Lang::Vi, " hoặc ") };
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(or)?;
            }
            f.write_str(&p.readable(lang))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_match_what_they_say() {
        let p = CodePattern::parse("QT.{UNIT}.{NN}").unwrap();
        for ok in ["QT.ĐK.07", "QT.KHCN.12", "QT.A.00"] {
            assert!(p.matches(ok), "{ok}");
        }
        for bad in ["QT.ĐK.7", "QT.dk.07", "QT.ĐK.071", "QT-ĐK-07", "", "QT..07"] {
            assert!(!p.matches(bad), "{bad}");
        }
        let p = CodePattern::parse("QT-{N+}").unwrap();
        assert!(p.matches("QT-1") && p.matches("QT-0123") && !p.matches("QT-"));
        let p = CodePattern::parse("{A}{A}[-{NN}]").unwrap();
        assert!(p.matches("QT") && p.matches("QT-01") && !p.matches("QT-1"));
    }

    #[test]
    fn bad_patterns_are_refused() {
        for bad in ["QT.{UNITS}", "QT[.{NN}", "QT].{NN}", "{}", "QT.{UNIT"] {
            let e = CodePattern::parse(bad).unwrap_err();
            assert_eq!(e.field(), Some("/codePatterns"), "{bad}");
        }
    }

    #[test]
    fn a_bad_pattern_is_told_in_vietnamese_without_english() {
        let e = CodePattern::parse("QT.{XYZ}").unwrap_err();
        assert_eq!(
            e.message(Lang::Vi),
            "Dữ liệu không hợp lệ tại “/codePatterns”: mẫu mã “QT.{XYZ}” có ký hiệu {XYZ} \
             không hợp lệ (chỉ dùng {UNIT}, {N}, {NN}, {NNN}…, {N+}, {A})"
        );
        assert_eq!(
            e.message(Lang::En),
            "invalid input at `/codePatterns`: code pattern `QT.{XYZ}` has an unknown token \
             {XYZ} (use only {UNIT}, {N}, {NN}, {NNN}…, {N+}, {A})"
        );
        let problem = |p: &str| match CodePattern::parse(p).unwrap_err() {
            Error::InvalidInput { problem: InputProblem::BadPattern { fault, .. }, .. } => fault,
            other => panic!("{other:?}"),
        };
        assert_eq!(problem("QT[.{NN}"), PatternFault::UnclosedBracket);
        assert_eq!(problem("QT].{NN}"), PatternFault::UnopenedBracket);
        assert_eq!(problem("QT.{UNIT"), PatternFault::UnclosedBrace);
        assert_eq!(problem("{}"), PatternFault::UnknownToken { token: "{}".into() });
        for p in ["QT[.{NN}", "QT].{NN}", "QT.{UNIT"] {
            let vi = CodePattern::parse(p).unwrap_err().message(Lang::Vi);
            assert!(vi.contains(&format!("mẫu mã “{p}”")) && !vi.contains("without"), "{vi}");
        }
    }

    #[test]
    fn patterns_read_for_people() {
        let p = |s: &str| CodePattern::parse(s).unwrap();
        assert_eq!(p("QT.{UNIT}.{NN}").readable(Lang::Vi), "QT.<mã đơn vị>.<2 chữ số>");
        assert_eq!(p("QT.{UNIT}.{NN}").readable(Lang::En), "QT.<unit code>.<2 digits>");
        assert_eq!(p("QT-{N+}").readable(Lang::Vi), "QT-<số>");
        assert_eq!(p("{A}{N}").readable(Lang::En), "<1 capital letter><1 digit>");
        let both = ReadablePatterns(vec![p("QT.{UNIT}.{NN}"), p("HD-{N+}")]);
        assert_eq!(both.to_string(), "QT.<mã đơn vị>.<2 chữ số> hoặc HD-<số>");
        assert_eq!(format!("{both:#}"), "QT.<unit code>.<2 digits> or HD-<number>");
    }
}
