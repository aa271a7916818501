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

use crate::{Error, InputProblem, Result};

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

fn bad(source: &str, why: &str) -> Error {
    Error::InvalidInput {
        field: "/codePatterns".to_owned(),
        problem: InputProblem::WrongValue { detail: format!("pattern `{source}`: {why}") },
    }
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
                    let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                    out.push(match name.as_str() {
                        "UNIT" => Token::Unit,
                        "A" => Token::Letter,
                        "N+" => Token::DigitsPlus,
                        n if !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b == b'N') => {
                            Token::Digits(n.len())
                        }
                        other => return Err(bad(source, &format!("unknown token {{{other}}}"))),
                    });
                }
                '[' => out.push(Token::Optional(Self::parse_seq(source, chars, true)?)),
                ']' if nested => return Ok(out),
                ']' => return Err(bad(source, "`]` without `[`")),
                c => out.push(Token::Literal(c)),
            }
        }
        if nested {
            return Err(bad(source, "`[` without `]`"));
        }
        Ok(out)
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
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
        for bad in ["QT.{UNITS}", "QT[.{NN}", "QT].{NN}", "{}"] {
            let e = CodePattern::parse(bad).unwrap_err();
            assert_eq!(e.field(), Some("/codePatterns"), "{bad}");
        }
    }
}
