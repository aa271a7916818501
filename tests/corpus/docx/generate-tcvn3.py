#!/usr/bin/env python3
"""Writes the Word files 41–43 of the corpus (tests/corpus/docx/): file
01 (xã Tân Phú, đăng ký khai sinh) as old templates carry it:

  41  typed in TCVN3 (ABC), the Vietnamese pre-Unicode font encoding
      still met in old templates: every run set in ".VnTime", its letters
      stored as the Latin-1 characters that font draws them with ("tr×nh"
      for "trình"); capitals with a tone mark, which ".VnTime" has not, in
      runs of ".VnTimeH" (the capitals font) typed with the small letter's
      code, as typists did. The reader must read it as 01.
  42  typed in Unicode but every run still set in ".VnTime" (the font left
      from an old template after the text was converted): read as typed,
      as 01.
  43  typed in VNI, the other pre-Unicode font encoding (southern
      provinces' old templates): every run in "VNI-Times", each letter a
      base letter and the Latin-1 characters that font draws as its marks
      ("Vieät" for "Việt"), a few letters one character ("ñ" for "đ"). The
      VNI spelling is made here from each letter's Unicode decomposition
      and the VNI keys of its marks, not from the reader's table, so the
      two check each other. The reader must read it as 01.

The TCVN3 codes come from glibc's iconv (TCVN5712-1), as the reader's table
(scripts/gen-tcvn3-table.py). The expected files are 01's: the same
procedure, read by a person the same way.

Usage:  python3 generate-tcvn3.py   (python-docx 1.2.0, iconv)
"""
import copy
import subprocess
import sys
sys.dont_write_bytecode = True
from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from _lib import HERE, save  # noqa: E402
import os  # noqa: E402

SOURCE = os.path.join(HERE, "01-xa-tan-phu-dang-ky-khai-sinh.docx")
# Positions of TCVN 5712 that only the full VN1 set has (upper-case letters
# with a tone mark); a ".VnTime" font has none of them.
VN1_ONLY = {0xAF, 0xBA, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xCD, 0xD9, 0xDA,
            0xDB, 0xE0, 0xF0, 0xFF}
_codes = {}


def code(ch):
    """The character a ".VnTime" run stores for `ch`, or None when the font
    has no such letter (a capital with a tone mark)."""
    if ch.isascii():
        return ch
    if ch not in _codes:
        out = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=ch.encode(),
                             capture_output=True).stdout
        if not out and not ch.isalpha():
            _codes[ch] = ch  # “ ” – …: the Windows code page's punctuation, kept
            return ch
        ok = len(out) == 1 and 0xA0 <= out[0] <= 0xFE and out[0] not in VN1_ONLY
        _codes[ch] = chr(out[0]) if ok else None
    return _codes[ch]


def segments(text):
    """(stored text, capitals font?) runs for `text`."""
    out = []
    for ch in text:
        c = code(ch)
        capital = c is None
        if capital:
            c = code(ch.lower())
            assert c is not None, ch
        if out and out[-1][1] == capital:
            out[-1][0].append(c)
        else:
            out.append(([c], capital))
    return [("".join(cs), cap) for cs, cap in out]


# VNI: the character a VNI font draws each mark with, after the base letter.
VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
# Circumflex or breve with a tone: one character for both marks.
VNI_HAT_TONE = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE_TONE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
# Letters VNI writes as one character (i with a tone, ỵ, ơ, ư, đ).
VNI_ONE = {"ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î", "ơ": "ô", "ư": "ö", "đ": "ñ"}


def vni(text):
    import unicodedata
    out = []
    for ch in text:
        low = ch.lower()
        upper = ch != low
        if low in VNI_ONE:
            one = VNI_ONE[low]
            out.append(one.upper() if upper else one)
            continue
        d = unicodedata.normalize("NFD", low)
        if len(d) == 1 or not d[0].isascii():
            out.append(ch)  # a letter without marks, or punctuation
            continue
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in VNI_TONE), None)
        if "\u031b" in marks:  # horn: ơ, ư and their tones
            code = {"o": "ô", "u": "ö"}[base] + (VNI_TONE[tone] if tone else "")
            base = ""
        elif "\u0302" in marks:  # circumflex
            code = VNI_HAT_TONE[tone] if tone else "â"
        elif "\u0306" in marks:  # breve
            code = VNI_BREVE_TONE[tone] if tone else "ê"
        else:
            code = VNI_TONE[tone]
        out.append((base.upper() + code.upper()) if upper else base + code)
    return "".join(out)


def set_font(r, name):
    rpr = r.find(qn("w:rPr"))
    if rpr is None:
        rpr = r.makeelement(qn("w:rPr"), {})
        r.insert(0, rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for a in list(fonts.attrib):
        del fonts.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(a), name)


def convert_run(r, encode):
    texts = r.findall(qn("w:t"))
    if encode == "vni":
        for t in texts:
            t.text = vni(t.text or "")
        set_font(r, "VNI-Times")
        return
    if not encode or not texts:
        set_font(r, ".VnTime")
        return
    if len(texts) > 1:
        for t in texts:
            assert all(not cap for _, cap in segments(t.text or "")), t.text
            t.text = "".join(s for s, _ in segments(t.text or ""))
        set_font(r, ".VnTime")
        return
    parts = segments(texts[0].text or "")
    if not parts:
        set_font(r, ".VnTime")
        return
    # The first part in this run, each further one in a copy after it.
    after = r
    for k, (stored, capital) in enumerate(parts):
        target = r if k == 0 else copy.deepcopy(r)
        target.find(qn("w:t")).text = stored
        target.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        set_font(target, ".VnTimeH" if capital else ".VnTime")
        if k > 0:
            after.addnext(target)
            after = target


def transform(doc, encode):
    normal = doc.styles["Normal"].element.get_or_add_rPr().find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        normal.set(qn(a), "VNI-Times" if encode == "vni" else ".VnTime")
    parts = [doc.element.body]
    for s in doc.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    for root in parts:
        for r in list(root.iter(qn("w:r"))):
            convert_run(r, encode)


for name, encode in [("41-xa-tan-phu-dang-ky-khai-sinh-tcvn3.docx", True),
                     ("42-xa-tan-phu-dang-ky-khai-sinh-font-vntime.docx", False),
                     ("43-xa-tan-phu-dang-ky-khai-sinh-vni.docx", "vni")]:
    doc = Document(SOURCE)
    transform(doc, encode)
    save(doc, name)
