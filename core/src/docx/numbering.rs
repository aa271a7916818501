//! Word's list numbering (`word/numbering.xml`): the label a list
//! paragraph shows but does not hold in its text. A step list numbered
//! "Bước %1." shows "Bước 1.", "Bước 2." …, and the text holds only what
//! follows. Only labels with words are written into the text: a bare
//! "%1." or a bullet is left to the `numbered` flag the layout reads.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml::{Block, Para};

/// How many levels a list has (Word's 0–8).
const LEVELS: usize = 9;

/// One level of a list: its label pattern and first number.
#[derive(Debug, Clone, Default)]
struct Level {
    /// `w:lvlText`, e.g. "Bước %1."; `%N` is level N's number.
    text: String,
    /// `w:start`.
    start: u32,
    /// `w:numFmt` is "none" or "bullet": no number to show.
    no_number: bool,
}

/// The lists of a document: each list instance (`w:num`) and the levels
/// of the abstract list it uses.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// `numId` → `abstractNumId`.
    nums: HashMap<u32, String>,
}

impl Numbering {
    /// Reads `word/numbering.xml`. A part that does not parse gives what
    /// was read before the fault: labels only help find steps.
    pub(crate) fn read(xml: &[u8]) -> Numbering {
        let mut numbering = Numbering::default();
        let mut reader = Reader::from_reader(xml);
        let mut buf = Vec::new();
        let (mut abstract_id, mut num_id) = (None::<String>, None::<u32>);
        let mut level: Option<usize> = None;
        while let Ok(event) = reader.read_event_into(&mut buf) {
            let e = match event {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => e,
                Event::End(e) => {
                    match e.name().as_ref() {
                        b"w:abstractNum" => abstract_id = None,
                        b"w:num" => num_id = None,
                        b"w:lvl" => level = None,
                        _ => {}
                    }
                    buf.clear();
                    continue;
                }
                _ => {
                    buf.clear();
                    continue;
                }
            };
            let val = |name: &[u8]| {
                e.attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == name)
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned())
            };
            match e.name().as_ref() {
                b"w:abstractNum" => abstract_id = val(b"w:abstractNumId"),
                b"w:lvl" => level = val(b"w:ilvl").and_then(|l| l.parse().ok()),
                b"w:num" => num_id = val(b"w:numId").and_then(|v| v.parse().ok()),
                b"w:abstractNumId" => {
                    if let (Some(n), Some(a)) = (num_id, val(b"w:val")) {
                        numbering.nums.insert(n, a);
                    }
                }
                name @ (b"w:start" | b"w:numFmt" | b"w:lvlText") => {
                    let (Some(a), Some(l)) = (abstract_id.clone(), level.filter(|l| *l < LEVELS))
                    else {
                        buf.clear();
                        continue;
                    };
                    let levels = numbering.abstracts.entry(a).or_default();
                    if levels.len() <= l {
                        levels.resize(l + 1, Level { start: 1, ..Level::default() });
                    }
                    let value = val(b"w:val").unwrap_or_default();
                    match name {
                        b"w:start" => levels[l].start = value.parse().unwrap_or(1),
                        b"w:numFmt" => levels[l].no_number = matches!(&*value, "none" | "bullet"),
                        _ => levels[l].text = value,
                    }
                }
                _ => {}
            }
            buf.clear();
        }
        numbering
    }

    fn levels(&self, num_id: u32) -> Option<&[Level]> {
        self.nums.get(&num_id).and_then(|a| self.abstracts.get(a)).map(Vec::as_slice)
    }
}

/// Writes into the body's list paragraphs the labels with words that
/// Word draws before them ("Bước 1. " before "Tiếp nhận hồ sơ"), counting
/// each list as Word does: a level's number goes up at each of its
/// paragraphs and starts again under a new paragraph of the level above.
pub(crate) fn label(body: &mut [Block], numbering: &Numbering) {
    let mut counters: HashMap<u32, [u32; LEVELS]> = HashMap::new();
    for block in body {
        let Block::Para(Para { text, list: Some((num_id, ilvl)), .. }) = block else { continue };
        let Some(levels) = numbering.levels(*num_id) else { continue };
        let ilvl = usize::from(*ilvl).min(LEVELS - 1);
        let Some(level) = levels.get(ilvl) else { continue };
        let count = counters.entry(*num_id).or_insert([0; LEVELS]);
        count[ilvl] += 1;
        count[ilvl + 1..].iter_mut().for_each(|c| *c = 0);
        if level.no_number || !is_step_label(&level.text) || text.trim().is_empty() {
            continue;
        }
        let mut shown = level.text.clone();
        for (l, lv) in levels.iter().enumerate().take(ilvl + 1).rev() {
            let n = lv.start.saturating_add(count[l]).saturating_sub(1).max(lv.start);
            shown = shown.replace(&format!("%{}", l + 1), &n.to_string());
        }
        *text = format!("{} {}", shown.trim_end(), text.trim_start());
    }
}

/// A step's label ("Bước %1.", "B%1:"): the only labels written into the
/// text. Others ("Mục %1.", "Phần %1.", "Điều %1.") number headings and
/// articles, which are read by their words; written in, they would hide
/// them.
fn is_step_label(pattern: &str) -> bool {
    let words: String = pattern.chars().filter(|c| c.is_alphabetic() || *c == ' ').collect();
    matches!(crate::text::fold(words.trim()).as_str(), "buoc" | "b")
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/>
        <w:numFmt w:val="decimal"/><w:lvlText w:val="Bước %1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
        <w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>
        <w:lvlText w:val="-"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="4294967295"/>
        <w:numFmt w:val="decimal"/><w:lvlText w:val="Mục %1."/></w:lvl></w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="8"><w:abstractNumId w:val="4"/></w:num>
      <w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>
    </w:numbering>"#;

    fn item(text: &str, list: Option<(u32, u8)>) -> Block {
        Block::Para(Para { text: text.into(), numbered: list.is_some(), list, ..Para::default() })
    }

    /// A step list drawn by Word ("Bước %1.") shows its labels; its
    /// sub-items ("%1.%2.") and bullets show none in the text; a
    /// paragraph outside the list does not count; headings numbered "Mục
    /// %1." keep their words first (a start of u32::MAX does not
    /// overflow); an empty item gets no label.
    #[test]
    fn labels_with_words_are_written_into_the_text() {
        let numbering = Numbering::read(XML.as_bytes());
        let mut body = vec![
            item("Tiếp nhận hồ sơ", Some((7, 0))),
            item("kiểm tra thành phần", Some((7, 1))),
            item("- Trách nhiệm: Công chức", Some((8, 0))),
            item("Ghi chú", None),
            item("Thẩm định hồ sơ", Some((7, 0))),
            item("Không có danh sách", Some((99, 0))),
            item("MỤC ĐÍCH", Some((9, 0))),
            item("", Some((7, 0))),
        ];
        label(&mut body, &numbering);
        let texts: Vec<&str> = body
            .iter()
            .map(|b| match b {
                Block::Para(p) => p.text.as_str(),
                Block::Table(_) => "",
            })
            .collect();
        assert_eq!(
            texts,
            [
                "Bước 1. Tiếp nhận hồ sơ",
                "kiểm tra thành phần",
                "- Trách nhiệm: Công chức",
                "Ghi chú",
                "Bước 2. Thẩm định hồ sơ",
                "Không có danh sách",
                "MỤC ĐÍCH",
                ""
            ]
        );
    }

    /// A part that breaks off still gives the lists read before it.
    #[test]
    fn a_broken_part_gives_what_it_read() {
        let cut = &XML[..XML.find("<w:abstractNum w:abstractNumId=\"4\"").unwrap()];
        let numbering = Numbering::read(
            format!("{cut}<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num><w:oops")
                .as_bytes(),
        );
        let mut body = vec![item("Tiếp nhận hồ sơ", Some((7, 0)))];
        label(&mut body, &numbering);
        assert!(matches!(&body[0], Block::Para(p) if p.text == "Bước 1. Tiếp nhận hồ sơ"));
    }
}
