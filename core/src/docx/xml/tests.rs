//! WordprocessingML as Word and other writers leave it.

use super::*;

fn texts(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Para(p) => p.text.clone(),
            Block::Table(rows) => rows
                .iter()
                .map(|r| r.iter().map(Cell::text).collect::<Vec<_>>().join(" | "))
                .collect::<Vec<_>>()
                .join(" / "),
        })
        .collect()
}

/// A procedure under review, its tracked changes not yet accepted: the
/// reader reads it as it reads once they are (insertions in, deletions
/// out, a moved step once, at its new place, a deleted step row gone),
/// and a field gives its result, not its code.
#[test]
fn tracked_changes_read_as_accepted() {
    let xml = r#"<w:document><w:body>
<w:p><w:r><w:t>Bước 1: Tiếp nhận hồ sơ</w:t></w:r></w:p>
<w:p><w:moveFrom w:id="1" w:author="Tổ ISO"><w:r><w:t>Bước 3: Trả kết quả</w:t></w:r></w:moveFrom></w:p>
<w:p><w:r><w:t xml:space="preserve">Bước 2: </w:t></w:r><w:ins w:id="2"><w:r><w:t>Thẩm định</w:t></w:r></w:ins><w:del w:id="3"><w:r><w:delText>Xem xét</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> hồ sơ</w:t></w:r></w:p>
<w:p><w:moveToRangeStart w:id="4" w:name="move1"/><w:moveTo w:id="5"><w:r><w:t>Bước 3: Trả kết quả</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="4"/></w:p>
<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:tbl>
<w:tr><w:tc><w:p><w:r><w:t>TT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Tiếp nhận</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:trPr><w:del w:id="6" w:author="Tổ ISO"/></w:trPr><w:tc><w:p><w:del w:id="7"><w:r><w:delText>2</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p><w:del w:id="8"><w:r><w:delText>Chuyển phòng chuyên môn</w:delText></w:r></w:del></w:p></w:tc></w:tr>
<w:tr><w:trPr><w:del w:id="10" w:author="Tổ ISO"></w:del></w:trPr><w:tc><w:p><w:del w:id="11"><w:r><w:delText>9</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
<w:tr><w:tc><w:p><w:ins w:id="9"><w:r><w:t>2</w:t></w:r></w:ins></w:p></w:tc><w:tc><w:p><w:r><w:t>Thẩm định</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
</w:body></w:document>"#;
    let blocks = blocks(xml.as_bytes()).unwrap();
    assert_eq!(
        texts(&blocks),
        [
            "Bước 1: Tiếp nhận hồ sơ",
            "",
            "Bước 2: Thẩm định hồ sơ",
            "Bước 3: Trả kết quả",
            "Trang 3",
            "TT | Nội dung / 1 | Tiếp nhận / 2 | Thẩm định",
        ]
    );
}

/// Runs in old fonts as Word leaves them: a VNI letter's mark typed in
/// a run of its own, TCVN3's "ư" stored as a soft-hyphen element, a
/// tracked change of font whose old font comes after the new one.
#[test]
fn runs_in_old_fonts_read_as_shown() {
    let fonts = Fonts::default();
    let run = |font: &str, text: &str| {
        format!(
            r#"<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t>{text}</w:t></w:r>"#
        )
    };
    let xml = format!(
        "<w:body><w:p>{}{}</w:p><w:p>{}<w:r><w:rPr><w:rFonts w:hAnsi=\".VnTime\"/></w:rPr><w:softHyphen/></w:r>{}</w:p>\
         <w:p><w:r><w:rPr><w:rFonts w:hAnsi=\".VnTime\"/><w:rPrChange w:id=\"1\"><w:rPr><w:rFonts w:hAnsi=\"Arial\"/></w:rPr></w:rPrChange></w:rPr><w:t>Quy tr×nh</w:t></w:r></w:p></w:body>",
        run("VNI-Times", "Vie"),
        run("VNI-Times", "ät Nam"),
        run(".VnTime", "Ng"),
        run(".VnTime", "êi ký"),
    );
    let (blocks, legacy) = read(xml.as_bytes(), Some(&fonts)).unwrap();
    assert_eq!(texts(&blocks), ["Việt Nam", "Người ký", "Quy trình"]);
    assert!(legacy.evidence);
    assert_eq!(legacy.fonts, ["VNI-Times", ".VnTime"]);
    // Unicode left in an old font, with no character of such text: no
    // proof, so the caller reads it again as typed.
    let xml = format!("<w:body><w:p>{}</w:p></w:body>", run(".VnTime", "Ngày ban hành"));
    assert!(!read(xml.as_bytes(), Some(&fonts)).unwrap().1.evidence);
}

/// A procedure reflowed from its signed PDF breaks lines inside numbers
/// ("23/2015/NĐ-⏎CP", "…/TT-⏎BTP"): a line broken after "-" or "/" goes
/// on unbroken; any other break is a space.
#[test]
fn a_line_broken_inside_a_number_goes_on() {
    let xml = r#"<w:document><w:body>
<w:p><w:r><w:t>Nghị định số 23/2015/NĐ-</w:t><w:br/><w:t>CP ngày 16/02/2015</w:t></w:r></w:p>
<w:p><w:r><w:t>Thông tư số 01/2020/</w:t><w:br/><w:t>TT-BTP;</w:t><w:br/><w:t>Luật Hộ tịch</w:t></w:r></w:p>
<w:p><w:r><w:t>Họ tên</w:t><w:tab/><w:t>-</w:t><w:tab/><w:t>Chức vụ</w:t></w:r></w:p>
</w:body></w:document>"#;
    assert_eq!(
        texts(&blocks(xml.as_bytes()).unwrap()),
        [
            "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015",
            "Thông tư số 01/2020/TT-BTP; Luật Hộ tịch",
            "Họ tên - Chức vụ"
        ]
    );
}

/// Word's non-breaking hyphen (Ctrl+Shift+-) is an element of its own: a
/// number typed with it keeps its hyphen ("19/2014/QĐ-TTg", not
/// "19/2014/QĐTTg", which would be reported as a slip it is not).
#[test]
fn a_non_breaking_hyphen_is_a_hyphen() {
    let xml = r#"<w:document><w:body>
<w:p><w:r><w:t xml:space="preserve">Quyết định số 19/2014/QĐ</w:t></w:r><w:r><w:noBreakHyphen/><w:t>TTg</w:t></w:r></w:p>
</w:body></w:document>"#;
    assert_eq!(texts(&blocks(xml.as_bytes()).unwrap()), ["Quyết định số 19/2014/QĐ-TTg"]);
}
