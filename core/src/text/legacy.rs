//! Text typed in the pre-Unicode Vietnamese font encodings, still
//! met in old templates: TCVN3 (ABC: ".VnTime", ".VnArial" …; TCVN
//! 5712:1993) and VNI ("VNI-Times" …). Their fonts draw Vietnamese letters
//! in the places of Latin-1 ones, so a Word file stores "trình" as
//! "tr×nh" (TCVN3) or "trình" and "Việt" as "Vieät" (VNI).

#[cfg(feature = "docx")]
use super::tcvn3_table::TCVN3;
#[cfg(feature = "docx")]
use super::vni_table::{PAIRS, SINGLES};

#[cfg(feature = "docx")]
/// A font of an pre-Unicode encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LegacyFont {
    /// A TCVN3 font; `capitals` for the capitals fonts (".VnTimeH": every
    /// letter drawn as a capital).
    Tcvn3 { capitals: bool },
    /// A VNI font.
    Vni,
}

#[cfg(feature = "docx")]
/// The encoding a font is of, by its name; `None` for a Unicode font.
pub(crate) fn legacy_font(name: &str) -> Option<LegacyFont> {
    let name = name.trim();
    let starts = |p: &str| name.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p));
    if starts(".vn") {
        Some(LegacyFont::Tcvn3 { capitals: name.ends_with('H') })
    } else if starts("vni-") || starts("vni ") {
        Some(LegacyFont::Vni)
    } else {
        None
    }
}

/// A letter or combining mark no run in such a font stores: one beyond
/// Latin-1 ("ệ", "ư"). Punctuation of the Windows code page (“ ” – …) is
/// stored beyond Latin-1 in any font.
pub(crate) fn is_unicode_letter(c: char) -> bool {
    // The Latin letters and marks Vietnamese is written with, by range:
    // Unicode's alphabetic tables cost hundreds of instructions a letter.
    matches!(c, '\u{100}'..='\u{24F}' | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The letters of Vietnamese in Latin-1: text with no other Latin-1
/// letter can be Unicode Vietnamese.
const VIETNAMESE_LATIN1: &str = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

/// A character no Unicode Vietnamese text holds but TCVN3 or VNI text is
/// full of: a Latin-1 character beyond the letters of Vietnamese ("×"
/// for "ì", "¬" for "ơ", "ø" for a grave accent), the symbols 0xB0–0xB4
/// ("°", "±") aside.
pub(crate) fn is_legacy_mark(c: char) -> bool {
    ('\u{A1}'..='\u{FF}').contains(&c)
        && !('\u{B0}'..='\u{B4}').contains(&c)
        && !VIETNAMESE_LATIN1.contains(c)
}

/// Letter pairs VNI writes and Unicode Vietnamese never does: a vowel and
/// the Latin-1 letter VNI draws as its marks ("Caáp" for "Cấp").
const VNI_PAIRS: [&str; 17] = [
    "aâ", "eâ", "oâ", "aê", "aù", "eù", "uù", "yù", "aõ", "eõ", "uõ", "aá", "aà", "aã", "eá", "eà",
    "eã",
];

/// Whether a text, with no font to tell, reads as typed in TCVN3 or VNI:
/// no letter beyond Latin-1 ("ệ", "ư": Unicode), and a mark of such text
/// beside a letter ("tr×nh", "®¨ng", "duïng") or a pair only VNI writes.
/// A "×" between figures, a degree sign or a name with "Ð" ("Ðình", the
/// look-alike of "Đ", reported by DOC-011) is not one.
pub(crate) fn looks_legacy(text: &str) -> bool {
    if text.is_ascii() || text.chars().any(is_unicode_letter) {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let letter = |k: Option<usize>| {
        k.and_then(|k| chars.get(k)).is_some_and(|&n| {
            n.is_ascii_alphabetic()
                || is_legacy_mark(n)
                || ('\u{C0}'..='\u{FF}').contains(&n) && !matches!(n, '×' | '÷')
        })
    };
    let marked = chars.iter().enumerate().any(|(i, &c)| {
        let starts_word = !letter(i.checked_sub(1));
        let eth = matches!(c, 'Ð' | 'ð') && starts_word;
        is_legacy_mark(c) && !eth && (letter(i.checked_sub(1)) || letter(Some(i + 1)))
    });
    marked || {
        let lower = text.to_lowercase();
        VNI_PAIRS.iter().any(|p| lower.contains(p))
    }
}

#[cfg(feature = "docx")]
/// The text a run set in `font` shows, in Unicode (NFC), or `None` when it
/// shows what it stores. Text with a Unicode letter was typed in Unicode
/// already and is left.
pub(crate) fn from_legacy(text: &str, font: LegacyFont) -> Option<String> {
    let capitals = font == LegacyFont::Tcvn3 { capitals: true };
    if text.chars().any(is_unicode_letter) || !capitals && text.is_ascii() {
        return None;
    }
    let read = match font {
        LegacyFont::Tcvn3 { capitals } => {
            let read: String = text
                .chars()
                .map(|c| match c {
                    // 0xB0–0xB4 are marks of the full TCVN 5712 set a
                    // ".VnTime" font does not use: "°", "±" stay.
                    '\u{B0}'..='\u{B4}' => c,
                    '\u{A1}'..='\u{FF}' => TCVN3[c as usize - 0xA1],
                    _ => c,
                })
                .collect();
            if capitals {
                read.to_uppercase()
            } else {
                read
            }
        }
        LegacyFont::Vni => from_vni(text),
    };
    let read = super::nfc(&read).into_owned();
    (read != text).then_some(read)
}

#[cfg(feature = "docx")]
/// VNI: a base letter and the character of its marks make one letter;
/// some letters are one character ("ñ" is "đ").
fn from_vni(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // A capital takes the capital marks ("UÛ" is "Ủ"); a small mark
        // after a capital ("Uû") is read as the capital's.
        let find = |next: char| {
            let i = PAIRS.binary_search_by(|&(a, b, _)| (a, b).cmp(&(c, next))).ok()?;
            Some(PAIRS[i].2)
        };
        let pair = chars.peek().and_then(|&next| {
            let capital = || next.to_uppercase().next().filter(|_| c.is_uppercase());
            find(next).or_else(|| find(capital()?))
        });
        if let Some(letter) = pair {
            chars.next();
            out.push(letter);
        } else if let Ok(i) = SINGLES.binary_search_by(|&(v, _)| v.cmp(&c)) {
            out.push(SINGLES[i].1);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(all(test, feature = "docx"))]
mod tests {
    use super::*;

    const TCVN3_FONT: LegacyFont = LegacyFont::Tcvn3 { capitals: false };

    #[test]
    fn fonts_by_name() {
        assert_eq!(legacy_font(".VnTime"), Some(TCVN3_FONT));
        assert_eq!(legacy_font(".VnTimeH"), Some(LegacyFont::Tcvn3 { capitals: true }));
        assert_eq!(legacy_font(".vnArial"), Some(TCVN3_FONT));
        assert_eq!(legacy_font("VNI-Times"), Some(LegacyFont::Vni));
        assert_eq!(legacy_font("VNI-Helve"), Some(LegacyFont::Vni));
        assert_eq!(legacy_font("Times New Roman"), None);
        assert_eq!(legacy_font("Vnitaly"), None);
        assert_eq!(legacy_font(""), None);
    }

    /// Words as a TCVN3 file stores them (the place names and the
    /// sentence are a public converter's own examples: "B¶o Th¾ng" is Bảo
    /// Thắng), and the words of a procedure's header.
    #[test]
    fn tcvn3_words_read_as_unicode() {
        let cases = [
            ("B¶o Th¾ng", "Bảo Thắng"),
            ("M\u{AD}êng Kh\u{AD}\u{AC}ng", "Mường Khương"),
            ("B¸t X¸t", "Bát Xát"),
            ("T«i ®i häc", "Tôi đi học"),
            ("Quy tr×nh ®¨ng ký khai sinh", "Quy trình đăng ký khai sinh"),
            ("c¬ quan hµnh chÝnh nhµ n\u{AD}íc", "cơ quan hành chính nhà nước"),
            ("Ng\u{AD}êi phª duyÖt", "Người phê duyệt"),
            ("§¬n vÞ", "Đơn vị"),
            ("ViÖt Nam", "Việt Nam"),
            ("Quy tr×nh \u{2013} \u{201C}§¨ng ký\u{201D}", "Quy trình – “Đăng ký”"),
        ];
        for (stored, shown) in cases {
            assert_eq!(from_legacy(stored, TCVN3_FONT).as_deref(), Some(shown), "{stored}");
        }
        let capitals = LegacyFont::Tcvn3 { capitals: true };
        assert_eq!(from_legacy("quy tr×nh", capitals).as_deref(), Some("QUY TRÌNH"));
        assert_eq!(from_legacy("muc dich", capitals).as_deref(), Some("MUC DICH"));
        // Nothing to read, or typed in Unicode already ("ệ" is beyond
        // what a TCVN3 font can draw).
        assert_eq!(from_legacy("QT.HT.01", TCVN3_FONT), None);
        assert_eq!(from_legacy("Quy trình đăng ký", TCVN3_FONT), None);
    }

    /// Words as a VNI file stores them: the converter's own examples
    /// ("Xin chaøo caùc baïn"), and a procedure's words, capitals too.
    #[test]
    fn vni_words_read_as_unicode() {
        let cases = [
            ("Xin chaøo caùc baïn", "Xin chào các bạn"),
            ("Toâi ñi hoïc", "Tôi đi học"),
            ("Quy trình ñaêng kyù khai sinh", "Quy trình đăng ký khai sinh"),
            ("Ngöôøi pheâ duyeät", "Người phê duyệt"),
            ("UÛy ban nhaân daân xaõ", "Ủy ban nhân dân xã"),
            ("Uûy ban", "Ủy ban"),
            ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("Ñôn vò", "Đơn vị"),
            ("Thôøi gian: 02 ngaøy laøm vieäc", "Thời gian: 02 ngày làm việc"),
        ];
        for (stored, shown) in cases {
            assert_eq!(from_legacy(stored, LegacyFont::Vni).as_deref(), Some(shown), "{stored}");
        }
        assert_eq!(from_legacy("QT.HT.01", LegacyFont::Vni), None);
        assert_eq!(from_legacy("Người phê duyệt", LegacyFont::Vni), None);
    }
}
