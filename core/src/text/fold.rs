//! Case- and diacritic-insensitive folding for Vietnamese and English.
//!
//! A hand-written table instead of a Unicode normalisation crate: it covers
//! every Vietnamese letter in NFC and NFD form, keeps the wasm module small,
//! and makes "đ" match "d" (which Unicode decomposition alone does not).

/// Folds one character: lower case, without diacritics, `đ` → `d`.
///
/// Returns `None` for a combining mark (U+0300–U+036F), which is dropped so
/// that decomposed (NFD) input folds like precomposed (NFC) input. Constant
/// time: Vietnamese letters sit in a few Unicode blocks whose layout maps
/// straight to the base letter.
///
/// ```
/// use iso9001::text::fold_char;
/// assert_eq!(fold_char('Ậ'), Some('a'));
/// assert_eq!(fold_char('đ'), Some('d'));
/// assert_eq!(fold_char('\u{0301}'), None);
/// ```
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let base = match c {
        '\u{0300}'..='\u{036F}' => return None,
        // Latin-1 Supplement.
        'À'..='Å' | 'à'..='å' => 'a',
        'Ç' | 'ç' => 'c',
        'È'..='Ë' | 'è'..='ë' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => 'o',
        'Ù'..='Ü' | 'ù'..='ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        // Latin Extended-A and -B: ă đ ĩ ũ ơ ư.
        'Ă' | 'ă' => 'a',
        'Đ' | 'đ' => 'd',
        'Ĩ' | 'ĩ' => 'i',
        'Ũ' | 'ũ' => 'u',
        'Ơ' | 'ơ' => 'o',
        'Ư' | 'ư' => 'u',
        // Latin Extended Additional: Ạ … ỹ, grouped by base vowel.
        '\u{1EA0}'..='\u{1EB7}' => 'a',
        '\u{1EB8}'..='\u{1EC7}' => 'e',
        '\u{1EC8}'..='\u{1ECB}' => 'i',
        '\u{1ECC}'..='\u{1EE3}' => 'o',
        '\u{1EE4}'..='\u{1EF1}' => 'u',
        '\u{1EF2}'..='\u{1EF9}' => 'y',
        // Other scripts: lower-case the first char of the mapping.
        _ => c.to_lowercase().next().unwrap_or(c),
    };
    Some(base)
}

/// Appends the folded form of `s` to `out` (reuses the caller's buffer).
pub fn fold_into(s: &str, out: &mut String) {
    out.extend(s.chars().filter_map(fold_char));
}

/// Returns the folded form of `s`.
///
/// ```
/// use iso9001::text::fold;
/// assert_eq!(fold("Hoạch định"), "hoach dinh");
/// assert_eq!(fold("TRI THỨC"), "tri thuc");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Whether `s` starts with `prefix` once both are folded; leading spaces
/// of `s` are ignored. Allocation-free.
///
/// ```
/// use iso9001::text::starts_with_folded;
/// assert!(starts_with_folded("Phó Giám đốc Sở", "pho giam doc"));
/// assert!(!starts_with_folded("Giám đốc", "pho giam doc"));
/// ```
pub fn starts_with_folded(s: &str, prefix: &str) -> bool {
    let mut a = s.trim_start().chars().filter_map(fold_char);
    prefix.chars().filter_map(fold_char).all(|p| a.next() == Some(p))
}

/// Whether `a` and `b` are equal once folded and trimmed. Allocation-free.
///
/// ```
/// use iso9001::text::eq_folded;
/// assert!(eq_folded(" Lê Văn Cường ", "LÊ VĂN CƯỜNG"));
/// ```
pub fn eq_folded(a: &str, b: &str) -> bool {
    a.trim().chars().filter_map(fold_char).eq(b.trim().chars().filter_map(fold_char))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_every_vietnamese_vowel_and_d() {
        assert_eq!(fold("Đảm bảo chất lượng"), "dam bao chat luong");
        assert_eq!(fold("Sự thỏa mãn của khách hàng"), "su thoa man cua khach hang");
        assert_eq!(fold("ỲÝỶỸỴ ưừứửữự ƠỜỚỞỠỢ"), "yyyyy uuuuuu oooooo");
    }

    #[test]
    fn every_precomposed_vietnamese_letter_folds_to_its_base() {
        let groups = [
            ('a', "aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
            ('e', "eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ"),
            ('i', "iìíỉĩịIÌÍỈĨỊ"),
            ('o', "oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
            ('u', "uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ"),
            ('y', "yỳýỷỹỵYỲÝỶỸỴ"),
            ('d', "dđDĐ"),
        ];
        for (base, letters) in groups {
            for c in letters.chars() {
                assert_eq!(fold_char(c), Some(base), "{c}");
            }
        }
    }

    #[test]
    fn nfd_folds_like_nfc() {
        // "Hoạch" with U+0323 (dot below) as a combining mark.
        assert_eq!(fold("Hoa\u{0323}ch"), "hoach");
        assert_eq!(fold("tri thu\u{031B}\u{0301}c"), "tri thuc");
    }

    #[test]
    fn other_scripts_are_lowercased() {
        assert_eq!(fold("ΑΒΓ"), "αβγ");
    }
}
