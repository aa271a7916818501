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
        source: &str,
        chars: &mut core::iter::Peekable<core::str::Chars<'_>>,
        nested: bool,
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

    /// Whether the whole of `code` matches.
    pub fn matches(&self, code: &str) -> bool {
        let chars: Vec<char> = code.chars().collect();
        Self::match_at(&self.tokens, &chars, 0).contains(&chars.len())
    }

    /// Every position where `tokens` can end when starting at `pos`.
    /// Codes are short (tens of characters), so this small backtracking
    /// search is cheap.
    fn match_at(tokens: &[Token], s: &[char], pos: usize) -> Vec<usize> {
        let Some((first, rest)) = tokens.split_first() else {
            return vec![pos];
        };
        let is_cap = |c: char| c.is_ascii_uppercase() || c == 'Đ';
        let ends: Vec<usize> = match first {
            Token::Literal(c) => (s.get(pos) == Some(c)).then_some(pos + 1).into_iter().collect(),
            Token::Letter => {
                s.get(pos).is_some_and(|&c| is_cap(c)).then_some(pos + 1).into_iter().collect()
            }
            Token::Digits(n) => {
                let end = pos + n;
                (end <= s.len() && s[pos..end].iter().all(char::is_ascii_digit))
                    .then_some(end)
                    .into_iter()
                    .collect()
            }
            Token::DigitsPlus => {
                let run = s[pos.min(s.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
                (1..=run).map(|k| pos + k).collect()
            }
            Token::Unit => {
                let run = s[pos.min(s.len())..].iter().take_while(|&&c| is_cap(c)).count();
                (1..=run.min(12)).map(|k| pos + k).collect()
            }
            Token::Optional(inner) => {
                let mut e = Self::match_at(inner, s, pos);
                e.push(pos);
                e
            }
        };
        let mut out = Vec::new();
        for e in ends {
            for end in Self::match_at(rest, s, e) {
                if !out.contains(&end) {
                    out.push(end);
                }
            }
        }
        out
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
