//! Text as people paste it: NFD Vietnamese, no-break and zero-width
//! spaces, a non-breaking hyphen, "Ð" (eth) typed for "Đ". Comparisons
//! normalise what is equivalent (NFC, any space as a space, case) and keep
//! the diacritics: "Hùng" and "Hưng" are two people. Hidden and
//! look-alike characters are found so a check can name them.

use std::borrow::Cow;

use super::nfc_table::{COMBINING_CLASS, PAIRS};

fn combining_class(c: char) -> Option<u8> {
    COMBINING_CLASS.binary_search_by_key(&c, |&(m, _)| m).ok().map(|i| COMBINING_CLASS[i].1)
}

fn compose(first: char, mark: char) -> Option<char> {
    PAIRS.binary_search_by(|&(f, m, _)| (f, m).cmp(&(first, mark))).ok().map(|i| PAIRS[i].2)
}

/// The text in NFC for the Latin letters it holds (every Vietnamese
/// letter): combining marks are put in canonical order and composed with
/// their letter. Text without combining marks is returned as it is.
///
/// ```
/// use iso9001::text::nfc;
/// assert_eq!(nfc("Nguye\u{0302}\u{0303}n"), "Nguyễn");
/// assert_eq!(nfc("Hu\u{031B}ng"), "Hưng");
/// assert!(matches!(nfc("Hùng"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| combining_class(c).is_some()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut marks: Vec<char> = Vec::new();
    while let Some(c) = chars.next() {
        marks.clear();
        while let Some(&m) = chars.peek() {
            if combining_class(m).is_none() {
                break;
            }
            marks.push(m);
            chars.next();
        }
        // Canonical order (stable by combining class), then compose. An
        // insertion sort: a base carries two or three marks, and a library
        // sort would cost every wasm part a sorting routine.
        for i in 1..marks.len() {
            let mut j = i;
            let class = |m: char| combining_class(m).unwrap_or(0);
            while j > 0 && class(marks[j - 1]) > class(marks[j]) {
                marks.swap(j - 1, j);
                j -= 1;
            }
        }
        let mut base = c;
        let mut rest: Vec<char> = Vec::new();
        for &m in &marks {
            match compose(base, m) {
                Some(composed) if rest.is_empty() => base = composed,
                _ => rest.push(m),
            }
        }
        out.push(base);
        out.extend(rest);
    }
    Cow::Owned(out)
}

/// A character that no normalisation changes (the common case, checked
/// first so clean text is not copied).
fn plain(c: char) -> bool {
    c.is_ascii()
        || (!is_invisible(c)
            && !c.is_whitespace()
            && look_alike(c).is_none()
            && combining_class(c).is_none())
}

/// Characters people paste that show as nothing.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Spaces other than the ASCII space (no-break, thin, ideographic …).
fn is_other_space(c: char) -> bool {
    c != ' ' && c.is_whitespace()
}

/// Characters that look like another one: `Ð`/`ð` (eth) for `Đ`/`đ`, the
/// non-breaking and other Unicode hyphens for `-`.
fn look_alike(c: char) -> Option<char> {
    match c {
        '\u{00D0}' => Some('Đ'),
        '\u{00F0}' => Some('đ'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => Some('-'),
        _ => None,
    }
}

/// The form in which two names, codes or numbers are compared: NFC, any
/// space as one space, invisible characters dropped, look-alikes replaced,
/// trimmed, lower case, and one tone placement for the syllables people
/// write both ways (hòa/hoà, thủy/thuỷ). Diacritics are kept.
///
/// ```
/// use iso9001::text::comparable;
/// assert_eq!(comparable(" Nguyễn\u{00A0}Văn  Hùng "), comparable("nguyễn văn hùng"));
/// assert_ne!(comparable("Nguyễn Văn Hùng"), comparable("Nguyễn Văn Hưng"));
/// assert_eq!(comparable("QT\u{200B}.VP\u{2011}01"), "qt.vp-01");
/// assert_eq!(comparable("Lê Thị Thuỷ"), comparable("Lê Thị Thủy"));
/// assert_eq!(comparable("Hoà An"), comparable("Hòa An"));
/// ```
pub fn comparable(s: &str) -> String {
    let s = nfc(s);
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        // ASCII is neither invisible nor a look-alike, and lowers by
        // itself (Unicode's case tables are searched for the rest).
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(look_alike(c).unwrap_or(c).to_lowercase());
        }
    }
    // Most text has no old-style syllable: checked without copying.
    let mut prev = None;
    let old_style = out.chars().any(|c| {
        let pair = matches!((prev, c), (Some('o'), 'a' | 'e') | (Some('u'), 'y'));
        prev = toned(c).map(|(base, _)| base);
        pair
    });
    if old_style {
        tone_on_last_vowel(&out)
    } else {
        out
    }
}

/// The five tone marks on a vowel, in the order huyền, sắc, hỏi, ngã,
/// nặng: the toned forms of o, u, a, e and y.
const TONED: [(char, [char; 5]); 5] = [
    ('o', ['ò', 'ó', 'ỏ', 'õ', 'ọ']),
    ('u', ['ù', 'ú', 'ủ', 'ũ', 'ụ']),
    ('a', ['à', 'á', 'ả', 'ã', 'ạ']),
    ('e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']),
    ('y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']),
];

/// The base vowel and tone (0–4) of a toned o, u, a, e or y.
fn toned(c: char) -> Option<(char, usize)> {
    // Every toned vowel is in Latin-1 (à … ý), Latin Extended-A (ĩ, ũ) or
    // the Vietnamese block (ạ … ỹ): most characters stop here.
    if c.is_ascii() || !matches!(c as u32, 0xE0..=0xFD | 0x129 | 0x169 | 0x1EA1..=0x1EF9) {
        return None;
    }
    TONED.iter().find_map(|(base, forms)| forms.iter().position(|&f| f == c).map(|t| (*base, t)))
}

/// Old-style spelling puts the tone of an open syllable ending in oa, oe
/// or uy on its first vowel (hòa, khỏe, thủy), the new style on the last
/// (hoà, khoẻ, thuỷ): both name the same word, so compared text carries it
/// on the last. "qu" is a consonant (quý has one placement); a syllable
/// with a final consonant (hoàn, thuyết) has one placement too.
fn tone_on_last_vowel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let (mut prev, mut moved) = ('\0', None);
    for (i, c) in s.char_indices() {
        if let Some(toned_second) = moved.take() {
            out.push(toned_second);
            prev = c;
            continue;
        }
        let mut rest = s[i + c.len_utf8()..].chars();
        let (second, after) = (rest.next(), rest.next());
        if let (Some((first, tone)), Some(second)) = (toned(c), second) {
            let pair = matches!((first, second), ('o', 'a' | 'e') | ('u', 'y'));
            // Final consonants and vowels after the pair are ASCII letters.
            let open = after.is_none_or(|a| !a.is_ascii_alphabetic());
            if pair && open && prev != 'q' {
                if let Some((_, forms)) = TONED.iter().find(|(b, _)| *b == second) {
                    out.push(first);
                    moved = Some(forms[tone]);
                    prev = c;
                    continue;
                }
            }
        }
        out.push(c);
        prev = c;
    }
    out
}

/// The text cleaned of what is equivalent but not the same bytes (NFC,
/// invisible characters dropped, look-alikes replaced, other spaces as a
/// space), keeping case: what a code or a document number means.
pub fn cleaned(s: &str) -> Cow<'_, str> {
    if s.chars().all(plain) {
        return Cow::Borrowed(s.trim());
    }
    let out = nfc(s)
        .chars()
        .filter(|&c| !is_invisible(c))
        .map(|c| if is_other_space(c) { ' ' } else { look_alike(c).unwrap_or(c) })
        .collect::<String>()
        .trim()
        .to_owned();
    Cow::Owned(out)
}

/// A code or a number as meant: NFC, invisible characters and spaces
/// other than the ASCII space dropped, look-alikes replaced, trimmed. A
/// visible space stays (it is a real defect of a number).
///
/// ```
/// use iso9001::text::without_odd;
/// assert_eq!(without_odd("87/2020/NĐ-\u{00A0}CP"), "87/2020/NĐ-CP");
/// assert_eq!(without_odd("QT.\u{200B}VP.01 "), "QT.VP.01");
/// ```
pub fn without_odd(s: &str) -> Cow<'_, str> {
    if s.chars().all(plain) {
        return Cow::Borrowed(s.trim());
    }
    let out = nfc(s)
        .chars()
        .filter(|&c| !is_invisible(c) && !is_other_space(c))
        .map(|c| look_alike(c).unwrap_or(c))
        .collect::<String>()
        .trim()
        .to_owned();
    Cow::Owned(out)
}

/// A hidden or look-alike character found in a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OddChar {
    /// The character.
    pub ch: char,
    /// Its position, counting characters from 1.
    pub position: usize,
}

impl core::fmt::Display for OddChar {
    /// `U+200B (khoảng trắng không độ rộng)`; `{:#}` in English.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let (vi, en) = match self.ch {
            '\u{200B}' => ("khoảng trắng không độ rộng", "zero-width space"),
            '\u{200C}' | '\u{200D}' => ("ký tự nối không độ rộng", "zero-width joiner"),
            '\u{2060}' => ("ký tự nối từ", "word joiner"),
            '\u{FEFF}' => ("dấu BOM", "byte order mark"),
            '\u{00AD}' => ("dấu gạch nối mềm", "soft hyphen"),
            '\u{00A0}' => ("dấu cách không ngắt", "no-break space"),
            '\u{00D0}' => ("chữ Ð (eth) thay cho Đ", "Ð (eth) instead of Đ"),
            '\u{00F0}' => ("chữ ð (eth) thay cho đ", "ð (eth) instead of đ"),
            '\u{2010}'..='\u{2013}' | '\u{2212}' => {
                ("dấu gạch thay cho dấu “-”", "a dash instead of “-”")
            }
            c if c.is_whitespace() => ("dấu cách đặc biệt", "special space"),
            _ => ("ký tự lạ", "unexpected character"),
        };
        write!(f, "U+{:04X} ({})", self.ch as u32, if f.alternate() { en } else { vi })
    }
}

/// Hidden and look-alike characters in a code or a document number:
/// invisible characters anywhere, look-alikes, and spaces other than the
/// ASCII space inside the value (not at its ends).
pub fn odd_chars(s: &str) -> Vec<OddChar> {
    // Nearly every value has none: one pass without allocating first.
    if !s.chars().any(|c| is_invisible(c) || look_alike(c).is_some() || is_other_space(c)) {
        return Vec::new();
    }
    let chars: Vec<char> = s.chars().collect();
    let inner = |i: usize| {
        chars[..i].iter().any(|c| !c.is_whitespace() && !is_invisible(*c))
            && chars[i + 1..].iter().any(|c| !c.is_whitespace() && !is_invisible(*c))
    };
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            is_invisible(c) || look_alike(c).is_some() || (is_other_space(c) && inner(i))
        })
        .map(|(i, &ch)| OddChar { ch, position: i + 1 })
        .collect()
}

/// Look-alike letters in a name (`Ð` for `Đ`); spaces of any kind are
/// ordinary in names, invisible characters are not.
pub fn odd_chars_in_name(s: &str) -> Vec<OddChar> {
    s.chars()
        .enumerate()
        .filter(|&(_, c)| is_invisible(c) || matches!(c, '\u{00D0}' | '\u{00F0}'))
        .map(|(i, ch)| OddChar { ch, position: i + 1 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_every_vietnamese_letter() {
        // Every precomposed Vietnamese letter, decomposed by hand (NFD
        // order: dot below before circumflex/breve/horn marks per class).
        let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
        for upper in [false, true] {
            for l in letters.chars() {
                let l: String = if upper { l.to_uppercase().collect() } else { l.to_string() };
                let nfd = decompose(&l);
                assert_ne!(nfd, l, "{l} decomposes");
                assert_eq!(nfc(&nfd), l, "{l:?} from {nfd:?}");
            }
        }
        // Marks out of canonical order are reordered.
        assert_eq!(nfc("e\u{0302}\u{0323}"), "ệ");
        assert_eq!(nfc("abc"), "abc");
    }

    /// Full canonical decomposition, through the same table.
    fn decompose(s: &str) -> String {
        let mut out: Vec<char> = s.chars().collect();
        loop {
            let mut changed = false;
            let mut next = Vec::new();
            for c in out {
                match PAIRS.iter().find(|&&(_, _, composed)| composed == c) {
                    Some(&(f, m, _)) => {
                        next.push(f);
                        next.push(m);
                        changed = true;
                    }
                    None => next.push(c),
                }
            }
            out = next;
            if !changed {
                break;
            }
        }
        out.into_iter().collect()
    }

    #[test]
    fn names_compare_after_normalisation_but_keep_diacritics() {
        assert_eq!(comparable("Lê\u{00A0}Thị Hoa"), comparable("lê thị  hoa"));
        assert_eq!(comparable("Le\u{0302} Thi\u{0323} Hoa"), comparable("Lê Thị Hoa"));
        assert_ne!(comparable("Lê Thị Hoa"), comparable("Le Thi Hoa"));
        assert_eq!(comparable("\u{FEFF}Ðặng Văn A"), comparable("Đặng Văn A"));
    }

    #[test]
    fn odd_characters_are_found_and_named() {
        let odd = odd_chars("QT.\u{200B}VP.01");
        assert_eq!(odd, [OddChar { ch: '\u{200B}', position: 4 }]);
        assert_eq!(odd[0].to_string(), "U+200B (khoảng trắng không độ rộng)");
        assert_eq!(format!("{:#}", odd[0]), "U+200B (zero-width space)");
        assert_eq!(odd_chars("61/2018/NĐ\u{2011}CP")[0].position, 11);
        assert!(
            odd_chars("61/2018/NĐ-CP\u{00A0}").is_empty(),
            "a trailing no-break space is harmless"
        );
        assert_eq!(odd_chars("30/2020/NĐ\u{00A0}-CP").len(), 1);
        assert!(odd_chars_in_name("Nguyễn\u{00A0}Văn Hùng").is_empty());
        assert_eq!(odd_chars_in_name("Ðặng Văn A")[0].ch, '\u{00D0}');
        assert_eq!(cleaned(" 61/2018/NĐ\u{2011}CP\u{200B} "), "61/2018/NĐ-CP");
    }
}

#[cfg(test)]
mod tone_tests {
    use super::{toned, TONED};

    /// The range check in `toned` lets every toned vowel of the table through.
    #[test]
    fn every_toned_vowel_is_found() {
        for (base, forms) in TONED {
            for (tone, &c) in forms.iter().enumerate() {
                assert_eq!(toned(c), Some((base, tone)), "{c}");
            }
        }
        assert_eq!(toned('o'), None);
        assert_eq!(toned('ô'), None);
        assert_eq!(toned('ư'), None);
    }
}
