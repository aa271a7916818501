//! Generated from `core/data/replaced-documents.json` by the test
//! `replaced_table_is_current`: do not edit. Regenerate with
//! `REGENERATE=1 cargo test -p iso9001 --lib replaced_table`.

/// One replacement: number, replaced by, in effect from (y, m, d),
/// confirmed, the name it is cited by.
pub(crate) type Entry =
    (&'static str, &'static str, Option<(i32, u32, u32)>, bool, Option<&'static str>);

/// The replacements, in the order of the data file.
#[rustfmt::skip]
pub(crate) const SHIPPED: &[Entry] = &[
    ("61/2018/NĐ-CP", "118/2025/NĐ-CP", Some((2025, 7, 1)), false, None),
    ("107/2021/NĐ-CP", "118/2025/NĐ-CP", Some((2025, 7, 1)), false, None),
    ("01/2018/TT-VPCP", "03/2025/TT-VPCP", None, false, None),
    ("45/2013/QH13", "31/2024/QH15", Some((2024, 8, 1)), false, Some("Luật Đất đai")),
    ("43/2014/NĐ-CP", "102/2024/NĐ-CP", Some((2024, 8, 1)), false, None),
    ("01/2021/NĐ-CP", "168/2025/NĐ-CP", Some((2025, 7, 1)), false, None),
    ("77/2015/QH13", "65/2025/QH15", Some((2025, 3, 1)), false, Some("Luật Tổ chức chính quyền địa phương")),
    ("10/2012/QH13", "45/2019/QH14", Some((2021, 1, 1)), false, Some("Bộ luật Lao động")),
    ("62/2021/NĐ-CP", "154/2024/NĐ-CP", Some((2025, 1, 10)), false, None),
    ("09/2011/TT-BNV", "10/2022/TT-BNV", Some((2023, 2, 15)), false, None),
    ("13/2023/NĐ-CP", "356/2025/NĐ-CP", Some((2026, 1, 1)), false, None),
    ("80/2015/QH13", "64/2025/QH15", Some((2025, 4, 1)), false, Some("Luật Ban hành văn bản quy phạm pháp luật")),
    ("34/2016/NĐ-CP", "78/2025/NĐ-CP", Some((2025, 4, 1)), false, None),
    ("154/2020/NĐ-CP", "78/2025/NĐ-CP", Some((2025, 4, 1)), false, None),
    ("76/2015/QH13", "63/2025/QH15", Some((2025, 3, 1)), false, Some("Luật Tổ chức Chính phủ")),
    ("65/2025/QH15", "72/2025/QH15", Some((2025, 6, 16)), true, Some("Luật Tổ chức chính quyền địa phương")),
    ("22/2008/QH12", "80/2025/QH15", Some((2025, 7, 1)), false, Some("Luật Cán bộ, công chức")),
    ("138/2020/NĐ-CP", "170/2025/NĐ-CP", Some((2025, 7, 1)), false, None),
    ("59/2014/QH13", "26/2023/QH15", Some((2024, 7, 1)), false, Some("Luật Căn cước công dân")),
    ("65/2014/QH13", "27/2023/QH15", Some((2024, 8, 1)), false, Some("Luật Nhà ở")),
    ("66/2014/QH13", "29/2023/QH15", Some((2024, 8, 1)), false, Some("Luật Kinh doanh bất động sản")),
    ("17/2012/QH13", "28/2023/QH15", Some((2024, 7, 1)), false, Some("Luật Tài nguyên nước")),
    ("15/2021/NĐ-CP", "175/2024/NĐ-CP", Some((2024, 12, 30)), false, None),
    ("175/2024/NĐ-CP", "217/2026/NĐ-CP", Some((2026, 7, 1)), true, None),
    ("10/2021/NĐ-CP", "206/2026/NĐ-CP", Some((2026, 7, 1)), true, None),
    ("50/2014/QH13", "135/2025/QH15", Some((2026, 7, 1)), false, Some("Luật Xây dựng")),
    ("61/2020/QH14", "143/2025/QH15", Some((2026, 3, 1)), false, Some("Luật Đầu tư")),
    ("31/2021/NĐ-CP", "96/2026/NĐ-CP", Some((2026, 3, 1)), false, None),
    ("42/2022/NĐ-CP", "224/2026/NĐ-CP", Some((2026, 7, 1)), true, None),
    ("64/2014/NĐ-CP", "154/2026/NĐ-CP", Some((2026, 7, 1)), true, None),
    ("111/2010/NĐ-CP", "216/2026/NĐ-CP", Some((2026, 7, 1)), true, None),
    ("58/2010/QH12", "129/2025/QH15", Some((2026, 7, 1)), false, Some("Luật Viên chức")),
    ("09/2015/QĐ-TTg", "61/2018/NĐ-CP", Some((2018, 6, 21)), true, None),
    ("93/2007/QĐ-TTg", "09/2015/QĐ-TTg", Some((2015, 5, 15)), false, None),
    ("75/2012/NĐ-CP", "124/2020/NĐ-CP", Some((2020, 12, 10)), false, None),
    ("60/2014/QH13", "03/2026/QH16", Some((2027, 3, 1)), false, Some("Luật Hộ tịch")),
];
