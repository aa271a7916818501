//! Text typed in TCVN3 (ABC) fonts, the Vietnamese fonts of before
//! Unicode (".VnTime", ".VnArial" …; TCVN 5712:1993, still in old
//! templates): they draw Vietnamese letters in the places of Latin-1 ones,
//! so a Word file stores "trình" as "tr×nh" and "cơ quan" as "c¬ quan".

use super::tcvn3_table::TCVN3;

/// Whether a font is a TCVN3 font: `Some(true)` for the capitals fonts
/// (".VnTimeH": every letter drawn as a capital), `Some(false)` for the
/// others, `None` for a Unicode font.
pub(crate) fn tcvn3_font(name: &str) -> Option<bool> {
    let name = name.trim();
    let vn = name.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(".vn"));
    vn.then(|| name.ends_with('H'))
}

/// The text a run set in a TCVN3 font shows, in Unicode (NFC), or `None`
/// when it needs no change. Text with a letter or a mark beyond Latin-1
/// ("ệ", "ư") was typed in Unicode already and is left; punctuation of
/// the Windows code page (“ ” – …) is stored beyond Latin-1 in either.
pub(crate) fn from_tcvn3(text: &str, capitals: bool) -> Option<String> {
    if text.chars().any(is_unicode_letter) || !capitals && text.is_ascii() {
        return None;
    }
    let read: String = text
        .chars()
        .map(|c| match c {
            '\u{A1}'..='\u{FF}' => TCVN3[c as usize - 0xA1],
            _ => c,
        })
        .collect();
    let read = if capitals { read.to_uppercase() } else { read };
    Some(super::nfc(&read).into_owned())
}

/// A letter or combining mark no TCVN3 run stores: one beyond Latin-1.
pub(crate) fn is_unicode_letter(c: char) -> bool {
    c > '\u{FF}' && (c.is_alphabetic() || ('\u{300}'..='\u{36F}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_by_name() {
        assert_eq!(tcvn3_font(".VnTime"), Some(false));
        assert_eq!(tcvn3_font(".VnTimeH"), Some(true));
        assert_eq!(tcvn3_font(".vnArial"), Some(false));
        assert_eq!(tcvn3_font("Times New Roman"), None);
        assert_eq!(tcvn3_font("VNI-Times"), None);
        assert_eq!(tcvn3_font(""), None);
    }

    /// Words as a TCVN3 file stores them (the place names are those a
    /// public converter's own examples give: "B¶o Th¾ng" is Bảo Thắng),
    /// and the words of a procedure's header.
    #[test]
    fn words_read_as_unicode() {
        let cases = [
            ("B¶o Th¾ng", "Bảo Thắng"),
            ("M\u{AD}êng Kh\u{AD}\u{AC}ng", "Mường Khương"),
            ("B¸t X¸t", "Bát Xát"),
            ("Quy tr×nh ®¨ng ký khai sinh", "Quy trình đăng ký khai sinh"),
            ("c¬ quan hµnh chÝnh nhµ n\u{AD}íc", "cơ quan hành chính nhà nước"),
            ("Ng\u{AD}êi phª duyÖt", "Người phê duyệt"),
            ("§¬n vÞ", "Đơn vị"),
            ("ViÖt Nam", "Việt Nam"),
            ("Quy tr×nh \u{2013} \u{201C}§¨ng ký\u{201D}", "Quy trình – “Đăng ký”"),
        ];
        for (stored, shown) in cases {
            assert_eq!(from_tcvn3(stored, false).as_deref(), Some(shown), "{stored}");
        }
        assert_eq!(from_tcvn3("quy tr×nh", true).as_deref(), Some("QUY TRÌNH"));
        assert_eq!(from_tcvn3("muc dich", true).as_deref(), Some("MUC DICH"));
        // Nothing to read, or typed in Unicode already ("ệ" is beyond
        // what a TCVN3 font can draw).
        assert_eq!(from_tcvn3("QT.HT.01", false), None);
        assert_eq!(from_tcvn3("Quy trình đăng ký", false), None);
    }
}
