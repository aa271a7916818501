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
    /// `numId` → its abstract list, and the levels it starts again at a
    /// number of its own (`w:lvlOverride`/`w:startOverride`, Word's
    /// "Restart numbering").
    nums: HashMap<u32, Instance>,
}

/// A list instance (`w:num`).
#[derive(Debug, Default)]
struct Instance {
    abstract_id: String,
    restarts: [Option<u32>; LEVELS],
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
        // The level a `w:lvlOverride` of the instance open is about.
        let mut overridden: Option<usize> = None;
        while let Ok(event) = reader.read_event_into(&mut buf) {
            let e = match event {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => e,
                Event::End(e) => {
                    match e.name().as_ref() {
                        b"w:abstractNum" => abstract_id = None,
                        b"w:num" => num_id = None,
                        b"w:lvlOverride" => overridden = None,
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
                        numbering.nums.entry(n).or_default().abstract_id = a;
                    }
                }
                b"w:lvlOverride" => {
                    overridden = val(b"w:ilvl").and_then(|l| l.parse().ok()).filter(|l| *l < LEVELS)
                }
                b"w:startOverride" => {
                    if let (Some(n), Some(l)) = (num_id, overridden) {
                        let start = val(b"w:val").and_then(|v| v.parse().ok()).unwrap_or(1);
                        numbering.nums.entry(n).or_default().restarts[l] = Some(start);
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

    /// The instance and the levels of its abstract list.
    fn list(&self, num_id: u32) -> Option<(&Instance, &[Level])> {
        let instance = self.nums.get(&num_id)?;
        Some((instance, self.abstracts.get(&instance.abstract_id)?))
    }
}

/// Writes into the body's list paragraphs the labels with words that
/// Word draws before them ("Bước 1. " before "Tiếp nhận hồ sơ"), counting
/// each list as Word does: a level's number goes up at each of its
/// paragraphs and starts again under a new paragraph of the level above;
/// the instances of one abstract list share its numbers (a list pasted
/// after a table goes on), except where an instance restarts a level, at
/// its first paragraph there.
pub(crate) fn label(body: &mut [Block], numbering: &Numbering) {
    // The number each level of an abstract list shows last (none yet).
    let mut shown_last: HashMap<&str, [Option<u32>; LEVELS]> = HashMap::new();
    let mut restarted: Vec<(u32, usize)> = Vec::new();
    for block in body {
        let Block::Para(Para { text, list: Some((num_id, ilvl)), .. }) = block else { continue };
        let Some((instance, levels)) = numbering.list(*num_id) else { continue };
        let ilvl = usize::from(*ilvl).min(LEVELS - 1);
        let Some(level) = levels.get(ilvl) else { continue };
        let current = shown_last.entry(instance.abstract_id.as_str()).or_insert([None; LEVELS]);
        let restart = instance.restarts[ilvl].filter(|_| !restarted.contains(&(*num_id, ilvl)));
        if restart.is_some() {
            restarted.push((*num_id, ilvl));
        }
        current[ilvl] =
            restart.or(Some(current[ilvl].map_or(level.start, |n| n.saturating_add(1))));
        current[ilvl + 1..].iter_mut().for_each(|c| *c = None);
        if level.no_number || !is_step_label(&level.text) || text.trim().is_empty() {
            continue;
        }
        let mut shown = level.text.clone();
        for (l, lv) in levels.iter().enumerate().take(ilvl + 1).rev() {
            let n = current[l].unwrap_or(lv.start);
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

    /// Instances of one abstract list share its numbers, as Word counts
    /// them: a step list pasted again after a table goes on ("Bước 3"),
    /// an instance that restarts its level starts again, once.
    #[test]
    fn instances_of_one_list_share_its_numbers() {
        let xml = XML.replace(
            "</w:numbering>",
            r#"<w:num w:numId="10"><w:abstractNumId w:val="3"/></w:num>
            <w:num w:numId="11"><w:abstractNumId w:val="3"/>
              <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            </w:numbering>"#,
        );
        let numbering = Numbering::read(xml.as_bytes());
        let mut body = vec![
            item("Tiếp nhận", Some((7, 0))),
            item("Thẩm định", Some((7, 0))),
            item("(bảng)", None),
            item("Trình ký", Some((10, 0))),
            item("Tiếp nhận", Some((11, 0))),
            item("Trả kết quả", Some((11, 0))),
            item("Lưu hồ sơ", Some((7, 0))),
        ];
        label(&mut body, &numbering);
        let labels: Vec<&str> = body
            .iter()
            .filter_map(|b| match b {
                Block::Para(p) if p.list.is_some() => p.text.split('.').next(),
                _ => None,
            })
            .collect();
        assert_eq!(labels, ["Bước 1", "Bước 2", "Bước 3", "Bước 1", "Bước 2", "Bước 3"]);
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
