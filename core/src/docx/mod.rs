//! Procedures read from Word files (.docx), pure: bytes in, a
//! `ProcedureDocument` and an extraction report out, no I/O. The zip
//! container is read with a cap on what it may inflate to; WordprocessingML
//! becomes paragraphs and tables; the layout agencies use (a header table,
//! the signature grid, numbered sections, the step table, the change log)
//! becomes the document's fields. Behind the `docx` feature.

use serde::Serialize;

use crate::documents::ProcedureDocument;
use crate::{limits, Result};

mod layout;
mod xml;
mod zip;

/// Where in the Word file a field came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", tag = "in")]
pub enum Origin {
    /// A block of the body (a paragraph, counting from 0).
    Paragraph {
        /// Index of the block in the body.
        index: usize,
    },
    /// A row of a table of the body.
    Table {
        /// Index of the table among the body's blocks.
        index: usize,
        /// Row, counting from 0 (the header row is 0).
        row: usize,
    },
    /// The page header or footer.
    PageHeader {
        /// Index of the block in the header and footer parts.
        index: usize,
    },
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

/// Reads a procedure from the bytes of a .docx file.
///
/// ```
/// let e = iso9001::docx::import_docx(b"not a zip", &Default::default()).unwrap_err();
/// assert_eq!(e.code(), "invalid_input");
/// ```
pub fn import_docx(bytes: &[u8], options: &ImportOptions) -> Result<Imported> {
    if bytes.len() > limits::DEFAULT_MAX_BYTES {
        let (size, limit) = (bytes.len(), limits::DEFAULT_MAX_BYTES);
        return Err(crate::Error::invalid("", crate::InputProblem::TooLarge { size, limit }));
    }
    let mut archive = zip::Archive::open(bytes, options.max_inflated)?;
    let body_xml = archive.read("word/document.xml")?.ok_or_else(|| {
        zip::unreadable(
            "Tệp nén không có nội dung tài liệu Word (word/document.xml): không phải tệp .docx",
            "The zip has no Word document part (word/document.xml): not a .docx file",
        )
    })?;
    let body = xml::blocks(&body_xml)?;
    // Page headers and footers, in part-name order (header1, header2 …).
    let mut names: Vec<String> = archive
        .names()
        .filter(|n| n.starts_with("word/header") || n.starts_with("word/footer"))
        .map(str::to_owned)
        .collect();
    names.sort();
    let mut margins = Vec::new();
    for n in names {
        if let Some(xml) = archive.read(&n)? {
            margins.extend(xml::blocks(&xml)?);
        }
    }
    let mut extraction = Extraction::default();
    let document = layout::read(&body, &margins, options.max_steps, &mut extraction)?;
    Ok(Imported { document, extraction })
}
