//! Which runs are set in a pre-Unicode font (TCVN3 ".VnTime", VNI
//! "VNI-Times" …): the font a run names, else its character style's,
//! its paragraph style's (or the default paragraph style's), else the
//! document's default, styles followed through `basedOn` (styles.xml).

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::text::legacy_font;

/// How deep the styles part may nest (Word's is 5 or 6 deep).
const MAX_DEPTH: usize = 64;

/// The fonts of a document's styles. A font named "" is a theme font
/// (never a TCVN3 one).
#[derive(Debug, Default)]
pub(crate) struct Fonts {
    default: Option<String>,
    default_paragraph: Option<String>,
    /// Style id → (the font its run properties name, the style it is
    /// based on).
    styles: HashMap<String, (Option<String>, Option<String>)>,
}

/// The font a `w:rFonts` names for the letters beyond ASCII (`hAnsi`,
/// else `ascii`); "" for a theme font.
pub(super) fn named(e: &BytesStart<'_>) -> Option<String> {
    let (mut font, mut ascii, mut theme, mut ascii_theme) = (None, None, false, false);
    for a in e.attributes().flatten() {
        let value = || Some(String::from_utf8_lossy(&a.value).into_owned());
        match a.key.as_ref() {
            b"w:hAnsiTheme" => theme = true,
            b"w:asciiTheme" => ascii_theme = true,
            b"w:hAnsi" => font = value(),
            b"w:ascii" => ascii = value(),
            _ => {}
        }
    }
    // A theme font stands in for the font of its slot.
    match (theme, font) {
        (true, _) => Some(String::new()),
        (false, Some(f)) => Some(f),
        (false, None) if ascii_theme => Some(String::new()),
        (false, None) => ascii,
    }
}

impl Fonts {
    /// Reads `word/styles.xml` as it comes (inflating: see
    /// `zip::Archive::stream`). A part that does not parse, or breaks off,
    /// gives what was read before the fault: styles only decide fonts.
    pub(super) fn read(xml: impl std::io::BufRead) -> Fonts {
        let mut fonts = Fonts::default();
        let mut reader = Reader::from_reader(xml);
        let mut buf = Vec::new();
        // Open elements, to tell a style's run properties from others
        // (a table style's conditional ones, a paragraph mark's).
        let mut open: Vec<Vec<u8>> = Vec::new();
        let mut style: Option<String> = None;
        while let Ok(event) = reader.read_event_into(&mut buf) {
            let (e, empty) = match event {
                Event::Eof => break,
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(_) => {
                    if open.pop().as_deref() == Some(b"w:style".as_slice()) {
                        style = None;
                    }
                    buf.clear();
                    continue;
                }
                _ => {
                    buf.clear();
                    continue;
                }
            };
            let parent = open.iter().rev().nth(0).map(Vec::as_slice);
            let grand = open.iter().rev().nth(1).map(Vec::as_slice);
            let attr = |name: &[u8]| {
                e.attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == name)
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned())
            };
            match e.name().as_ref() {
                b"w:style" => {
                    style = attr(b"w:styleId");
                    let paragraph = attr(b"w:type").as_deref() == Some("paragraph");
                    let default =
                        matches!(attr(b"w:default").as_deref(), Some("1" | "true" | "on"));
                    if paragraph && default {
                        fonts.default_paragraph = style.clone();
                    }
                }
                b"w:basedOn" if parent == Some(b"w:style") => {
                    if let Some(id) = &style {
                        fonts.styles.entry(id.clone()).or_default().1 = attr(b"w:val");
                    }
                }
                b"w:rFonts" if parent == Some(b"w:rPr") => match grand {
                    Some(b"w:style") => {
                        if let Some(id) = &style {
                            fonts.styles.entry(id.clone()).or_default().0 = named(&e);
                        }
                    }
                    Some(b"w:rPrDefault") => fonts.default = named(&e),
                    _ => {}
                },
                _ => {}
            }
            if !empty {
                // Styles nest a few levels: a part nesting deeper is no
                // styles part worth holding a stack of its tags for.
                if open.len() >= MAX_DEPTH {
                    break;
                }
                open.push(e.name().as_ref().to_vec());
            }
            buf.clear();
        }
        fonts
    }

    /// Whether a style or the default names a pre-Unicode font.
    pub(super) fn names_legacy(&self) -> bool {
        self.default
            .iter()
            .chain(self.styles.values().filter_map(|s| s.0.as_ref()))
            .any(|f| legacy_font(f).is_some())
    }

    /// The font a style names, through the styles it is based on.
    fn of_style(&self, id: Option<&str>) -> Option<&str> {
        let mut id = id;
        for _ in 0..16 {
            let (font, based) = self.styles.get(id?)?;
            if let Some(f) = font {
                return Some(f);
            }
            id = based.as_deref();
        }
        None
    }

    /// The font of a run: its own, its character style's, its paragraph
    /// style's, or the default.
    pub(super) fn of_run<'a>(
        &'a self, own: Option<&'a str>, run_style: Option<&str>, para_style: Option<&str>,
    ) -> Option<&'a str> {
        own.or_else(|| self.of_style(run_style))
            .or_else(|| self.of_style(para_style.or(self.default_paragraph.as_deref())))
            .or(self.default.as_deref())
    }
}

/// Whether a part names a pre-Unicode font (`".VnTime"`,
/// `"VNI-Times"`, in either quotes).
pub(super) fn names_legacy_font(xml: &[u8]) -> bool {
    xml.windows(4).any(|w| {
        matches!(w[0], b'"' | b'\'')
            && (w[1..].eq_ignore_ascii_case(b".vn") || w[1..].eq_ignore_ascii_case(b"vni"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_through_styles() {
        let xml = br#"<w:styles>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="table" w:styleId="Grid"><w:tblStylePr w:type="firstRow"><w:rPr><w:rFonts w:ascii="Arial"/></w:rPr></w:tblStylePr></w:style>
<w:style w:type="paragraph" w:styleId="Modern"><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/></w:rPr></w:style>
</w:styles>"#;
        let fonts = Fonts::read(&xml[..]);
        assert!(fonts.names_legacy());
        assert_eq!(fonts.of_run(None, None, None), Some(".VnTime"));
        assert_eq!(fonts.of_run(None, None, Some("Heading2")), Some(".VnTimeH"));
        assert_eq!(fonts.of_run(Some("Arial"), None, Some("Heading2")), Some("Arial"));
        assert_eq!(fonts.of_run(None, None, Some("Modern")), Some(""));
        assert_eq!(fonts.of_run(None, None, Some("Grid")), Some("Times New Roman"));
        assert!(!Fonts::read(&b"<w:styles><oops"[..]).names_legacy());
    }
}
