//! The paragraph and the run being read, and the text of runs set in a
//! pre-Unicode font (TCVN3, VNI), kept until the font changes or
//! the paragraph ends and then read as the letters the font shows.

use super::fonts::Fonts;
use crate::text::{from_legacy, is_legacy_mark, legacy_font, LegacyFont};

/// The state of the paragraph being read.
#[derive(Default)]
pub(super) struct ParaState {
    pub text: String,
    /// Text of the runs in a pre-Unicode font not yet read.
    pub pending: Option<Pending>,
    pub style: Option<String>,
    pub numbered: bool,
    /// The list (`w:numId`) and level (`w:ilvl`) of a list paragraph.
    pub list_id: Option<u32>,
    pub ilvl: u8,
    /// Runs with visible text, and how many of them are bold.
    pub runs: usize,
    pub bold_runs: usize,
}

/// The state of the run being read.
#[derive(Default)]
pub(super) struct RunState {
    pub bold: bool,
    pub has_text: bool,
    /// The font the run names, and its character style.
    pub font: Option<String>,
    pub style: Option<String>,
}

/// What was read in fonts of pre-Unicode encodings (TCVN3,
/// VNI).
#[derive(Debug, Default)]
pub(crate) struct Legacy {
    /// The fonts whose text was read as Unicode, in order met.
    pub fonts: Vec<String>,
    /// Whether a run in such a font held a character no Unicode
    /// Vietnamese text has ("×", "¬", "ø"): the proof the text is
    /// pre-Unicode, not Unicode left in an old template's font.
    pub evidence: bool,
}

/// Text of consecutive runs in one pre-Unicode font, read together
/// when the font changes or the paragraph ends: a VNI letter's mark may
/// sit in the run after the letter.
#[derive(Debug)]
pub(super) struct Pending {
    kind: LegacyFont,
    font: String,
    raw: String,
}

/// Adds a run's text to its paragraph: as typed, or, in a pre-Unicode
/// font, kept to be read with the runs after it. `legacy_only`: text
/// that exists only in such a font (a soft hyphen, TCVN3's "ư").
pub(super) fn run_text(
    p: &mut ParaState, r: &mut RunState, fonts: Option<&Fonts>, legacy: &mut Legacy, text: &str,
    legacy_only: bool,
) {
    let font = fonts
        .and_then(|f| f.of_run(r.font.as_deref(), r.style.as_deref(), p.style.as_deref()))
        .and_then(|f| Some((legacy_font(f)?, f)));
    match font {
        Some((kind, font)) => {
            if p.pending.as_ref().is_some_and(|q| q.kind != kind || q.font != font) {
                flush(p, legacy);
            }
            // The font's name is copied once per stretch of runs, not per run.
            let start = || Pending { kind, font: font.to_owned(), raw: String::new() };
            p.pending.get_or_insert_with(start).raw.push_str(text);
        }
        None if legacy_only => return,
        None => {
            flush(p, legacy);
            p.text.push_str(text);
        }
    }
    r.has_text |= !text.trim().is_empty();
}

/// Reads the kept text of a paragraph's runs in a pre-Unicode font
/// as the letters the font shows (text with Unicode letters stays as
/// typed), noting whether it holds the proof of such text.
pub(super) fn flush(p: &mut ParaState, legacy: &mut Legacy) {
    let Some(q) = p.pending.take() else { return };
    legacy.evidence |= q.raw.chars().any(is_legacy_mark);
    match from_legacy(&q.raw, q.kind) {
        Some(shown) => {
            if !legacy.fonts.contains(&q.font) {
                legacy.fonts.push(q.font);
            }
            p.text.push_str(&shown);
        }
        None => p.text.push_str(&q.raw),
    }
}
