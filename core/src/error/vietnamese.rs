//! Vietnamese for what the parsers say in English (serde_json's syntax
//! and type errors, chrono's date errors), and counts written the
//! Vietnamese way.

/// A count with the Vietnamese thousands separator: `2.000.000`.
pub(super) fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// "… at line 2 column 11" in a parser's message.
pub(super) fn position(detail: &str) -> Option<(usize, usize)> {
    let rest = &detail[detail.rfind(" at line ")? + " at line ".len()..];
    let (line, column) = rest.split_once(" column ")?;
    Some((line.trim().parse().ok()?, column.trim().parse().ok()?))
}

/// "unknown variant `active`, expected one of `draft`, `effective`".
pub(super) fn unknown_variant(detail: &str) -> Option<(&str, String)> {
    let rest = detail.strip_prefix("unknown variant `")?;
    let (value, rest) = rest.split_once('`')?;
    let expected = rest.split_once("expected")?.1;
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    Some((value, names.join(", ")))
}

/// How chrono says a date or a time does not parse.
pub(super) const CHRONO: &[&str] = &[
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "input is out of range",
    "input is not enough",
    "no possible date and time",
];

/// What the parser says about malformed JSON, told in Vietnamese.
pub(super) fn syntax_vi(detail: &str) -> Option<&'static str> {
    const KNOWN: &[(&str, &str)] = &[
        ("expected `,` or `}`", "thiếu dấu “,” hoặc “}”"),
        ("expected `,` or `]`", "thiếu dấu “,” hoặc “]”"),
        ("expected `:`", "thiếu dấu “:”"),
        ("EOF while parsing", "dữ liệu kết thúc khi JSON chưa được đóng"),
        ("expected value", "thiếu giá trị hoặc giá trị sai cú pháp"),
        ("expected ident", "giá trị sai cú pháp (true, false, null viết thường)"),
        ("key must be a string", "tên trường phải đặt trong dấu ngoặc kép"),
        ("trailing comma", "thừa dấu “,”"),
        ("control character", "chuỗi có ký tự điều khiển"),
        ("invalid escape", "chuỗi có ký tự thoát (\\) không hợp lệ"),
        ("invalid number", "số không hợp lệ"),
        ("invalid unicode code point", "chuỗi có mã Unicode không hợp lệ"),
    ];
    KNOWN.iter().find(|(en, _)| detail.starts_with(en)).map(|&(_, vi)| vi)
}

/// A JSON kind named by the parser ("integer `5`", "a string", "u32"),
/// in Vietnamese.
fn kind_vi(what: &str) -> Option<&'static str> {
    let what = what.trim().trim_start_matches("a ").trim_start_matches("an ");
    let first = what.split([' ', '`']).next().unwrap_or_default();
    Some(match first {
        "integer" | "floating" | "f32" | "f64" => "số",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "số nguyên không âm",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "số nguyên",
        "string" | "formatted" | "char" | "character" => "chuỗi ký tự",
        "boolean" | "bool" => "giá trị true/false",
        "null" | "unit" => "null",
        "sequence" => "mảng",
        "map" | "struct" => "đối tượng",
        _ => return None,
    })
}

/// "invalid type: integer `5`, expected a string" in Vietnamese.
pub(super) fn wrong_type_vi(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    let expected = expected.rsplit_once(" at line ").map_or(expected, |x| x.0);
    Some(match (kind_vi(expected), kind_vi(found)) {
        (Some(e), Some(f)) if e != f => format!("sai kiểu dữ liệu: cần {e}, không phải {f}"),
        (Some(e), _) => format!("sai kiểu dữ liệu: cần {e}"),
        (None, _) => return None,
    })
}

/// "invalid value: integer `-1`, expected u32" in Vietnamese.
pub(super) fn wrong_value_vi(detail: &str) -> Option<String> {
    let rest = detail.strip_prefix("invalid value: ")?;
    let (found, expected) = rest.split_once(", expected ")?;
    let expected = expected.rsplit_once(" at line ").map_or(expected, |x| x.0);
    let value = found.split('`').nth(1).or_else(|| found.split('"').nth(1))?;
    Some(match kind_vi(expected) {
        Some(e) => format!("giá trị “{value}” không hợp lệ; cần {e}"),
        None => format!("giá trị “{value}” không hợp lệ"),
    })
}
