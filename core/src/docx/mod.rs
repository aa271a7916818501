//! Procedures read from Word files (.docx), pure: bytes in, a
//! `ProcedureDocument` and an extraction report out, no I/O. The zip
//! container is read with a cap on what it may inflate to; WordprocessingML
//! becomes paragraphs and tables; the layout agencies use (a header table,
//! the signature grid, numbered sections, the step table, the change log)
//! becomes the document's fields. Behind the `docx` feature.

use serde::Serialize;

use crate::documents::ProcedureDocument;
use crate::{limits, Result};

mod fonts;
mod layout;
mod numbering;
mod runs;
mod xml;
mod zip;

/// Where in the Word file a field came from, as a person counts: the
/// n-th paragraph or table of the body, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "in")]
pub enum Origin {
    /// A paragraph of the body.
    Paragraph {
        /// Its number among the body's paragraphs, from 1.
        index: usize,
    },
    /// A row of a table of the body.
    Table {
        /// Its number among the body's tables, from 1.
        index: usize,
        /// Row, counting from 0 (the header row is 0).
        row: usize,
    },
    /// The page header.
    PageHeader {
        /// Index of the block in the header parts.
        index: usize,
    },
    /// The page footer ("Ngày hiệu lực: …" in a running footer).
    PageFooter {
        /// Index of the block in the footer parts.
        index: usize,
    },
}

impl Origin {
    /// The place told to a person: "bảng 3, dòng 2", "đoạn 12", "đầu
    /// trang".
    pub fn describe(&self, lang: crate::Lang) -> String {
        match *self {
            Origin::Paragraph { index } => format!("{} {index}", lang.pick("đoạn", "paragraph")),
            Origin::Table { index, row: 0 } => {
                format!(
                    "{} {index}, {}",
                    lang.pick("bảng", "table"),
                    lang.pick("dòng tiêu đề", "header row")
                )
            }
            Origin::Table { index, row } => format!(
                "{} {index}, {} {row}",
                lang.pick("bảng", "table"),
                lang.pick("dòng", "row")
            ),
            Origin::PageHeader { .. } => lang.pick("đầu trang", "page header").to_owned(),
            Origin::PageFooter { .. } => lang.pick("chân trang", "page footer").to_owned(),
        }
    }
}

/// One line of the extraction report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct ExtractionNote {
    /// The field (JSON pointer into the document).
    pub field: String,
    /// Where it came from; `null` when it was not found.
    pub origin: Option<Origin>,
    /// The source text (cut to 200 characters), or what was looked for.
    pub text: String,
}

/// What the reader found, and what it expected and did not find or did
/// not understand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Extraction {
    /// Fields read, with their place in the file.
    pub found: Vec<ExtractionNote>,
    /// Fields expected and not found (the text says what was looked for).
    pub missing: Vec<ExtractionNote>,
    /// Text found where a field was expected but not understood.
    pub not_understood: Vec<ExtractionNote>,
    /// The fonts of the pre-Unicode Vietnamese encodings (TCVN3
    /// ".VnTime" …, VNI "VNI-Times" …) whose text was read as the letters
    /// they show; absent when the file is all Unicode.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legacy_fonts: Vec<String>,
}

impl Extraction {
    fn note(field: &str, origin: Option<Origin>, text: &str) -> ExtractionNote {
        let text: String = text.chars().take(limits::ECHO_CHARS).collect();
        ExtractionNote { field: field.to_owned(), origin, text }
    }

    pub(crate) fn found(&mut self, field: &str, at: Origin, text: &str) {
        self.found.push(Self::note(field, Some(at), text));
    }

    pub(crate) fn missing(&mut self, field: &str, looked_for: &str) {
        self.missing.push(Self::note(field, None, looked_for));
    }

    pub(crate) fn not_understood(&mut self, field: &str, at: Origin, text: &str) {
        self.not_understood.push(Self::note(field, Some(at), text));
    }

    /// Where a JSON pointer into the document came from: the field read
    /// at it or at its closest enclosing field (`/steps/2/duration` → the
    /// row of step 3).
    pub fn place_of(&self, pointer: &str) -> Option<Origin> {
        self.found
            .iter()
            .chain(&self.not_understood)
            .filter(|n| {
                pointer == n.field
                    || pointer.starts_with(&n.field) && pointer[n.field.len()..].starts_with('/')
            })
            .max_by_key(|n| n.field.len())
            .and_then(|n| n.origin)
    }

    /// Block indexes (as the reader met them) to the numbers a person
    /// counts: the n-th paragraph, the n-th table.
    /// Numbers the body's blocks as a person counts them, and tells the
    /// page footer's blocks (from `first_footer` on among the margins')
    /// from the header's.
    fn number_blocks(&mut self, numbers: &BlockNumbers, first_footer: usize) {
        for n in self.found.iter_mut().chain(&mut self.missing).chain(&mut self.not_understood) {
            n.origin = n.origin.map(|o| match o {
                Origin::PageHeader { index } if index >= first_footer => {
                    Origin::PageFooter { index: index - first_footer }
                }
                Origin::Paragraph { index } => {
                    Origin::Paragraph { index: numbers.paras.get(index).copied().unwrap_or(index) }
                }
                Origin::Table { index, row } => {
                    let index = numbers.tables.get(index).copied().unwrap_or(index);
                    Origin::Table { index, row }
                }
                other => other,
            });
        }
    }
}

/// For each block of the body, its number among the paragraphs and among
/// the tables, as a person counts them; built once for a file, however
/// many procedures it holds.
struct BlockNumbers {
    paras: Vec<usize>,
    tables: Vec<usize>,
}

impl BlockNumbers {
    fn of(body: &[xml::Block]) -> Self {
        let (mut paras, mut tables) = (Vec::with_capacity(body.len()), Vec::new());
        let (mut p, mut t) = (0, 0);
        for b in body {
            match b {
                xml::Block::Para(_) => p += 1,
                xml::Block::Table(_) => t += 1,
            }
            paras.push(p);
            tables.push(t);
        }
        BlockNumbers { paras, tables }
    }
}

/// A procedure imported from a Word file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    /// The procedure as read.
    pub document: ProcedureDocument,
    /// Where each field came from, and what was not found or understood.
    pub extraction: Extraction,
}

/// Limits of an import (README, "Limits").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// What the file's parts may inflate to, in all (default 64 MiB).
    pub max_inflated: usize,
    /// Most steps a procedure may have (default 1,000; a policy's
    /// `limits.maxSteps`).
    pub max_steps: usize,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            max_inflated: limits::DEFAULT_MAX_INFLATED,
            max_steps: limits::DEFAULT_MAX_STEPS,
        }
    }
}

/// Reads a procedure from the bytes of a .docx file. A file holding
/// several (an annex of internal procedures) is refused with
/// [`crate::InputProblem::SeveralProcedures`]: read it with
/// [`import_docx_all`].
///
/// ```
/// let e = iso9001::docx::import_docx(b"not a zip", &Default::default()).unwrap_err();
/// assert_eq!(e.code(), "invalid_input");
/// ```
pub fn import_docx(bytes: &[u8], options: &ImportOptions) -> Result<Imported> {
    let mut all = import_docx_all(bytes, options)?;
    match all.len() {
        1 => Ok(all.remove(0)),
        count => Err(crate::Error::invalid("", crate::InputProblem::SeveralProcedures { count })),
    }
}

/// Reads every procedure of a .docx file, in order: the one of a
/// procedure's file, each of an annex of internal procedures (quy trình
/// nội bộ giải quyết TTHC, one per TTHC, published with the decision that
/// approves them).
///
/// ```
/// let e = iso9001::docx::import_docx_all(b"not a zip", &Default::default()).unwrap_err();
/// assert_eq!(e.code(), "invalid_input");
/// ```
pub fn import_docx_all(bytes: &[u8], options: &ImportOptions) -> Result<Vec<Imported>> {
    if bytes.len() > limits::DEFAULT_MAX_BYTES {
        let (size, limit) = (bytes.len(), limits::DEFAULT_MAX_BYTES);
        return Err(crate::Error::invalid("", crate::InputProblem::TooLarge { size, limit }));
    }
    let mut archive = zip::Archive::open(bytes, options.max_inflated)?;
    // Old templates set text in pre-Unicode fonts (TCVN3, VNI),
    // looked for only where a style or a part names one. Styles only decide
    // fonts: a styles part that cannot be read is done without. Read as it
    // inflates, never held whole: Word's styles part is often twice the
    // size of the text (350 KB beside 170 KB).
    let fonts = archive.stream("word/styles.xml").ok().flatten().map(fonts::Fonts::read);
    let fonts = fonts.unwrap_or_default();
    let body_xml = archive.read("word/document.xml")?.ok_or_else(|| {
        zip::unreadable(
            "Tệp nén không có nội dung tài liệu Word (word/document.xml): không phải tệp .docx",
            "The zip has no Word document part (word/document.xml): not a .docx file",
        )
    })?;
    // Page headers, then footers, each in part-name order (header1,
    // header2 …).
    let mut names: Vec<String> = archive
        .names()
        .filter(|n| n.starts_with("word/header") || n.starts_with("word/footer"))
        .map(str::to_owned)
        .collect();
    names.sort_by(|a, b| (a.starts_with("word/footer"), a).cmp(&(b.starts_with("word/footer"), b)));
    let mut margin_xml = Vec::new();
    // The first footer part among those read.
    let mut footer_part = None;
    for n in names {
        if let Some(x) = archive.read(&n)? {
            if n.starts_with("word/footer") && footer_part.is_none() {
                footer_part = Some(margin_xml.len());
            }
            margin_xml.push(x);
        }
    }
    let suspect = fonts.names_legacy()
        || std::iter::once(&body_xml).chain(&margin_xml).any(|x| fonts::names_legacy_font(x));
    // Unneeded, the styles' fonts are dropped before the text is read.
    let fonts = suspect.then_some(fonts);
    let read_all = |fonts: Option<&fonts::Fonts>| {
        let (body, mut legacy) = xml::read(&body_xml, fonts)?;
        let mut margins = Vec::new();
        // The first footer block among the margins' blocks.
        let mut first_footer = usize::MAX;
        for (k, x) in margin_xml.iter().enumerate() {
            if Some(k) == footer_part {
                first_footer = margins.len();
            }
            let (blocks, more) = xml::read(x, fonts)?;
            margins.extend(blocks);
            legacy.evidence |= more.evidence;
            for font in more.fonts {
                if !legacy.fonts.contains(&font) {
                    legacy.fonts.push(font);
                }
            }
        }
        Result::Ok((body, margins, legacy, first_footer))
    };
    let (mut body, mut margins, mut legacy, first_footer) = read_all(fonts.as_ref())?;
    // Such fonts, but none of the characters their text is full of: Unicode
    // text left in an old template's fonts, read as typed.
    if !legacy.fonts.is_empty() && !legacy.evidence {
        (body, margins, legacy, _) = read_all(None)?;
    }
    // The blocks hold the text; the XML is no longer needed.
    drop((body_xml, margin_xml));
    // The labels Word draws before list paragraphs ("Bước 1."), read only
    // for a body that has list paragraphs.
    let listed = body.iter().any(|b| matches!(b, xml::Block::Para(p) if p.list.is_some()));
    if listed {
        if let Some(xml) = archive.read("word/numbering.xml").ok().flatten() {
            numbering::label(&mut body, &numbering::Numbering::read(&xml));
        }
    }
    let extraction = Extraction { legacy_fonts: legacy.fonts, ..Extraction::default() };
    let read = layout::read_all(&body, &margins, options.max_steps, extraction)?;
    let numbers = BlockNumbers::of(&body);
    Ok(read
        .into_iter()
        .map(|(document, mut extraction)| {
            extraction.number_blocks(&numbers, first_footer);
            Imported { document, extraction }
        })
        .collect())
}
