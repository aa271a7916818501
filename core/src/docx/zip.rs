//! The zip container of a .docx: the central directory, and each part
//! inflated (stored or deflate) under a cap on the total inflated size, so
//! a zip bomb is refused before it costs memory.

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

use crate::text::Text;
use crate::{Error, InputProblem, Result};

/// One entry of the central directory.
struct Entry<'a> {
    name: &'a [u8],
    method: u16,
    flags: u16,
    compressed: usize,
    size: usize,
    local: usize,
}

/// A .docx opened: its entries, read on demand.
pub(super) struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry<'a>>,
    /// Inflated bytes left under the cap.
    budget: usize,
}

/// An error about the file as a whole, in both languages.
pub(super) fn unreadable(vi: &'static str, en: &'static str) -> Error {
    Error::invalid("", InputProblem::Inconsistent { why: Text::new(vi, en) })
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

const OLE2: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

impl<'a> Archive<'a> {
    /// Reads the central directory; `max_inflated` caps what the parts may
    /// inflate to, in all.
    pub(super) fn open(bytes: &'a [u8], max_inflated: usize) -> Result<Self> {
        if bytes.starts_with(&OLE2) {
            return Err(unreadable(
                "Tệp là tài liệu Word cũ (.doc) hoặc tệp đã được mã hóa: hãy mở bằng Word và lưu lại dạng .docx",
                "The file is an old Word document (.doc) or an encrypted file: open it in Word and save it as .docx",
            ));
        }
        if !bytes.starts_with(b"PK") {
            return Err(unreadable(
                "Tệp không phải tài liệu Word (.docx)",
                "The file is not a Word document (.docx)",
            ));
        }
        let truncated = || {
            unreadable(
                "Tệp .docx bị hỏng hoặc không đầy đủ (không đọc được danh mục của tệp nén)",
                "The .docx file is damaged or incomplete (its zip directory cannot be read)",
            )
        };
        // The end-of-directory record is in the last 22 + 65,535 bytes.
        let from = bytes.len().saturating_sub(22 + 0xFFFF);
        let eocd = (from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| bytes[i..].starts_with(&[0x50, 0x4B, 0x05, 0x06]))
            .ok_or_else(truncated)?;
        let count = u16_at(bytes, eocd + 10).ok_or_else(truncated)? as usize;
        let mut at = u32_at(bytes, eocd + 16).ok_or_else(truncated)?;
        let mut entries = Vec::with_capacity(count.min(4096));
        for _ in 0..count {
            if !bytes.get(at..).is_some_and(|b| b.starts_with(&[0x50, 0x4B, 0x01, 0x02])) {
                return Err(truncated());
            }
            let field = |off: usize| u16_at(bytes, at + off).map(usize::from);
            let (name_len, extra, comment) = (
                field(28).ok_or_else(truncated)?,
                field(30).ok_or_else(truncated)?,
                field(32).ok_or_else(truncated)?,
            );
            let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(truncated)?;
            entries.push(Entry {
                name,
                method: u16_at(bytes, at + 10).ok_or_else(truncated)?,
                flags: u16_at(bytes, at + 8).ok_or_else(truncated)?,
                compressed: u32_at(bytes, at + 20).ok_or_else(truncated)?,
                size: u32_at(bytes, at + 24).ok_or_else(truncated)?,
                local: u32_at(bytes, at + 42).ok_or_else(truncated)?,
            });
            at += 46 + name_len + extra + comment;
        }
        Ok(Archive { bytes, entries, budget: max_inflated })
    }

    /// The names of the parts.
    pub(super) fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().filter_map(|e| std::str::from_utf8(e.name).ok())
    }

    /// The part `name` as it is inflated, a window at a time, for a part
    /// read once from start to end whose whole text need not be held
    /// (Word's styles, often twice the size of the text); `None` when
    /// absent. What it inflates counts against the cap as it comes.
    pub(super) fn stream(&mut self, name: &str) -> Result<Option<Inflating<'a>>> {
        let Some((data, method, declared)) = self.locate(name)? else { return Ok(None) };
        let state = match method {
            0 => None,
            8 => Some(InflateState::new_boxed(DataFormat::Raw)),
            _ => return Err(unsupported()),
        };
        let window = if state.is_some() { vec![0; WINDOW] } else { Vec::new() };
        // The cap is on all parts together: what this one declares is
        // taken from it now, and it may inflate no more than was left.
        let left = self.budget;
        self.budget -= declared.min(self.budget);
        Ok(Some(Inflating { input: data, state, window, start: 0, end: 0, left, done: false }))
    }

    /// The compressed bytes, method and declared size of the part `name`.
    fn locate(&self, name: &str) -> Result<Option<(&'a [u8], u16, usize)>> {
        let Some(e) = self.entries.iter().find(|e| e.name == name.as_bytes()) else {
            return Ok(None);
        };
        if e.flags & 1 != 0 {
            return Err(unreadable(
                "Tệp .docx đã được đặt mật khẩu: hãy bỏ mật khẩu rồi kiểm tra lại",
                "The .docx file is password-protected: remove the password and check it again",
            ));
        }
        let b = self.bytes;
        let local = e.local;
        if !b.get(local..).is_some_and(|x| x.starts_with(&[0x50, 0x4B, 0x03, 0x04])) {
            return Err(damaged());
        }
        let name_len = u16_at(b, local + 26).ok_or_else(damaged)? as usize;
        let extra = u16_at(b, local + 28).ok_or_else(damaged)? as usize;
        let start = local + 30 + name_len + extra;
        let data = b.get(start..start.saturating_add(e.compressed)).ok_or_else(damaged)?;
        Ok(Some((data, e.method, e.size)))
    }

    /// The part `name`, inflated; `None` when absent.
    pub(super) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some((data, method, size)) = self.locate(name)? else { return Ok(None) };
        if size > self.budget {
            return Err(bomb());
        }
        let out = match method {
            0 => data.to_vec(),
            8 => {
                // Into a buffer of the size the directory declares (one
                // allocation, no doubling: the inflated part is most of an
                // import's memory); a wrong declared size falls back to
                // growing up to the budget.
                let mut out = vec![0; size];
                match miniz_oxide::inflate::decompress_slice_iter_to_slice(
                    &mut out,
                    core::iter::once(data),
                    false,
                    true,
                ) {
                    Ok(n) if n == size => out,
                    _ => {
                        drop(out);
                        miniz_oxide::inflate::decompress_to_vec_with_limit(data, self.budget)
                            .map_err(|err| match err.status {
                                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => bomb(),
                                _ => damaged(),
                            })?
                    }
                }
            }
            _ => return Err(unsupported()),
        };
        self.budget -= out.len().min(self.budget);
        Ok(Some(out))
    }
}

fn damaged() -> Error {
    unreadable(
        "Tệp .docx bị hỏng hoặc không đầy đủ (một phần của tệp nén không đọc được)",
        "The .docx file is damaged or incomplete (a part of the zip cannot be read)",
    )
}

fn bomb() -> Error {
    unreadable(
        "Tệp .docx giải nén ra quá lớn (vượt giới hạn), có thể là tệp độc hại",
        "The .docx file inflates beyond the limit; it may be a malicious file",
    )
}

fn unsupported() -> Error {
    unreadable(
        "Tệp .docx dùng kiểu nén không được hỗ trợ",
        "The .docx file uses an unsupported compression method",
    )
}

/// Bytes inflated at a time by [`Inflating`].
const WINDOW: usize = 8 * 1024;

/// A part of the zip read as it inflates ([`Archive::stream`]): at most
/// the inflater's 32 KB dictionary and one window held, whatever the
/// part's size. A damaged part, or one inflating past the cap, ends in an
/// I/O error (the XML reader stops there).
pub(super) struct Inflating<'a> {
    /// Compressed bytes not yet consumed (a stored part: the part itself).
    input: &'a [u8],
    /// The inflater; `None` for a stored part.
    state: Option<Box<InflateState>>,
    window: Vec<u8>,
    start: usize,
    end: usize,
    /// Bytes it may still inflate under the cap.
    left: usize,
    done: bool,
}

impl std::io::Read for Inflating<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let available = std::io::BufRead::fill_buf(self)?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        std::io::BufRead::consume(self, n);
        Ok(n)
    }
}

impl std::io::BufRead for Inflating<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        let Some(state) = self.state.as_mut() else { return Ok(self.input) };
        while self.start == self.end && !self.done {
            let r = inflate(state, self.input, &mut self.window, MZFlush::None);
            self.input = &self.input[r.bytes_consumed..];
            (self.start, self.end) = (0, r.bytes_written);
            if r.bytes_written > self.left {
                return Err(std::io::Error::other("the part inflates past the cap"));
            }
            self.left -= r.bytes_written;
            match r.status {
                Ok(MZStatus::StreamEnd) => self.done = true,
                Ok(_) => {}
                // No progress: the input ended before the stream did.
                Err(_) => return Err(std::io::Error::other("the part is damaged")),
            }
        }
        Ok(&self.window[self.start..self.end])
    }

    fn consume(&mut self, n: usize) {
        match self.state {
            None => self.input = &self.input[n.min(self.input.len())..],
            Some(_) => self.start = (self.start + n).min(self.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    /// A zip of deflated parts (name, deflated bytes, inflated size).
    fn zip_of(parts: &[(&[u8], &[u8], usize)]) -> Vec<u8> {
        let (mut out, mut central) = (Vec::new(), Vec::new());
        let le16 = |v: usize| (v as u16).to_le_bytes();
        let le32 = |v: usize| (v as u32).to_le_bytes();
        for (name, data, size) in parts {
            let local = out.len();
            out.extend([0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            out.extend(le32(data.len()));
            out.extend(le32(*size));
            out.extend(le16(name.len()));
            out.extend(le16(0));
            out.extend(*name);
            out.extend(*data);
            central.extend([0x50, 0x4B, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
            central.extend([0, 0, 0, 0]);
            central.extend(le32(data.len()));
            central.extend(le32(*size));
            central.extend(le16(name.len()));
            central.extend([0; 12]);
            central.extend(le32(local));
            central.extend(*name);
        }
        let at = out.len();
        out.extend(&central);
        out.extend([0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]);
        out.extend(le16(parts.len()));
        out.extend(le16(parts.len()));
        out.extend(le32(central.len()));
        out.extend(le32(at));
        out.extend([0, 0]);
        out
    }

    fn inflating(input: &[u8], left: usize) -> Inflating<'_> {
        let state = Some(InflateState::new_boxed(DataFormat::Raw));
        Inflating { input, state, window: vec![0; WINDOW], start: 0, end: 0, left, done: false }
    }

    /// A part read as it inflates is the part, byte for byte, over many
    /// windows; a part cut short or inflating past the cap ends in an
    /// error, not in a wrong text.
    #[test]
    fn a_streamed_part_is_the_part_and_stops_at_faults() {
        let text: Vec<u8> = (0..50_000u32)
            .flat_map(|i| format!("<w:style w:styleId=\"S{i}\"/>").into_bytes())
            .collect();
        let packed = miniz_oxide::deflate::compress_to_vec(&text, 6);
        let mut out = Vec::new();
        inflating(&packed, usize::MAX).read_to_end(&mut out).unwrap();
        assert_eq!(out, text);
        let mut cut = Vec::new();
        assert!(inflating(&packed[..packed.len() / 2], usize::MAX).read_to_end(&mut cut).is_err());
        assert!(cut.len() < text.len());
        let mut capped = Vec::new();
        assert!(inflating(&packed, 100_000).read_to_end(&mut capped).is_err());
        assert!(capped.len() <= 100_000);
        // A part read as it inflates takes what it declares from the cap
        // on all parts: the next part may not inflate the whole cap again.
        let parts = [(b"a.xml".as_slice(), packed.as_slice(), text.len())];
        let zip = zip_of(&parts);
        let mut archive = Archive::open(&zip, text.len() + 10).unwrap();
        let mut whole = Vec::new();
        archive.stream("a.xml").unwrap().unwrap().read_to_end(&mut whole).unwrap();
        assert_eq!(whole.len(), text.len());
        assert!(archive.read("a.xml").is_err(), "over the cap once streamed");
        // A stored part is handed out as it is.
        let stored = Inflating { state: None, window: Vec::new(), ..inflating(b"<w:styles/>", 0) };
        let mut plain = String::new();
        { stored }.read_to_string(&mut plain).unwrap();
        assert_eq!(plain, "<w:styles/>");
    }
}
