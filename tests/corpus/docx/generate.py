#!/usr/bin/env python3
"""Writes the Word (.docx) test corpus of procedure documents (quy trình).

Usage:  python3 generate.py        (writes every file next to this script)

Needs python-docx (tested with 1.2.0) and its lxml. The output is
deterministic: fixed core properties, and every zip entry is rewritten with a
fixed timestamp, so two runs with the same python-docx/zlib give the same
bytes. The *.expected.json files are NOT written by this script: they were
typed by hand from the documents (see README.md).

All agencies and people are fictional (tỉnh Hòa An, Bình Sơn, Tân Hà);
legal documents are cited with their real numbers and dates.
"""

import datetime
import io
import os
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers of the script)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
NBSP = "\u00a0"

# Markers usable inside a run list.
BR = ("<br>",)
TAB = ("<tab>",)

# Text transform of the document being built (NFD for 07).
_NFD = [False]


def X(text):
    return unicodedata.normalize("NFD", text) if _NFD[0] else text


# --------------------------------------------------------------------------
# Basic building blocks
# --------------------------------------------------------------------------

def new_document(title):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    cp = doc.core_properties
    cp.author = "Tổ ISO"
    cp.last_modified_by = "Tổ ISO"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title
    cp.language = "vi-VN"
    cp.comments = "Tệp thử nghiệm của bộ đọc Word, iso9001 (tests/corpus/docx)."
    return doc


def fmt_run(run, f):
    if not f:
        return
    if f.get("b"):
        run.bold = True
    if f.get("i"):
        run.italic = True
    if f.get("u"):
        run.underline = True
    if "size" in f:
        run.font.size = Pt(f["size"])
    if "color" in f:
        run.font.color.rgb = RGBColor.from_string(f["color"])
    if "font" in f:
        run.font.name = f["font"]


def add_runs(par, spec, base=None):
    """spec: a str, or a list of str | (str, fmt) | BR | TAB."""
    if spec is None:
        return par
    if isinstance(spec, str) or (isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[1], dict)):
        spec = [spec]
    for item in spec:
        if item is BR:
            par.add_run().add_break()
        elif item is TAB:
            par.add_run().add_tab()
        else:
            text, f = (item, {}) if isinstance(item, str) else item
            run = par.add_run(X(text))
            fmt_run(run, {**(base or {}), **f})
    return par


def par(container, spec=None, style=None, align=None, base=None, after=None):
    p = container.add_paragraph(style=style)
    add_runs(p, spec, base)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def fill_cell(cell, lines, base=None, align=None):
    """lines: a str (one paragraph) or a list of paragraph specs."""
    if lines is None:
        return
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for spec in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_runs(p, spec, base)
        if align is not None:
            p.alignment = align


def table(container, rows, header_rows=1, style="Table Grid", width=None, center=None):
    """rows: list of rows; a cell is None (left empty), a str or a list of
    paragraph specs. Header rows are bold and centred."""
    ncols = max(len(r) for r in rows)
    if width is None:
        t = container.add_table(rows=len(rows), cols=ncols)
    else:
        t = container.add_table(len(rows), ncols, width)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if i < header_rows:
                fill_cell(t.cell(i, j), val, {"b": True}, WD_ALIGN_PARAGRAPH.CENTER)
            else:
                al = WD_ALIGN_PARAGRAPH.CENTER if center and j in center else None
                fill_cell(t.cell(i, j), val, None, al)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def heading(container, text, mode="bold", numid=None, level=0):
    """mode: bold (typed number, plain bold paragraph), h1/h2 (Word heading
    style), num (bold paragraph in a Word list: the number is not text),
    listnumber (built-in 'List Number' style: the numbering comes from the
    style's numPr in styles.xml, not from the paragraph)."""
    if mode == "listnumber":
        p = container.add_paragraph(style="List Number")
        add_runs(p, text, {"b": True})
    elif mode == "h1":
        p = container.add_paragraph(style="Heading 1")
        add_runs(p, text)
    elif mode == "h2":
        p = container.add_paragraph(style="Heading 2")
        add_runs(p, text)
    else:
        p = par(container, text, base={"b": True})
    if numid is not None:
        set_num(p, numid, level)
    p.paragraph_format.space_before = Pt(6)
    return p


# --------------------------------------------------------------------------
# Numbering (w:numPr) for auto-numbered headings
# --------------------------------------------------------------------------

_NSID = [0x1A2B3C00]


def add_numbering(doc, levels):
    """levels: list of (numFmt, lvlText). Returns the new numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abs_ids) + 1, max(num_ids) + 1
    _NSID[0] += 1
    lvls = ""
    for i, (fmt, text) in enumerate(levels):
        ind = 360 + 360 * i
        lvls += (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr>'
            f'<w:rPr><w:b/></w:rPr></w:lvl>'
        )
    kind = "multilevel" if len(levels) > 1 else "singleLevel"
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{_NSID[0]:08X}"/><w:multiLevelType w:val="{kind}"/>{lvls}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absnum)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
    numbering.append(num)
    return nid


def set_num(p, numid, level=0):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = numid


# --------------------------------------------------------------------------
# Fields, hyperlinks, tracked changes, text boxes, hard runs
# --------------------------------------------------------------------------

def add_field(p, instr, cached):
    """A complex field (PAGE, NUMPAGES) with its cached result."""
    def fld(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r
    p._p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} \\* MERGEFORMAT "
    r.append(it)
    p._p.append(r)
    p._p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = cached
    r.append(t)
    p._p.append(r)
    p._p.append(fld("end"))


def add_hyperlink(p, url, text):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    h.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = X(text)
    r.append(t)
    h.append(r)
    p._p.append(h)


REV_AUTHOR = "Hà Thị Minh Nguyệt"
REV_DATE = "2026-02-04T09:15:00Z"
_REV = [100]


def _rev_attrs(el):
    _REV[0] += 1
    el.set(qn("w:id"), str(_REV[0]))
    el.set(qn("w:author"), REV_AUTHOR)
    el.set(qn("w:date"), REV_DATE)
    return el


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = X(text)
    r.append(t)
    return r


def tracked(p, parts):
    """parts: list of (op, text): '=' plain, '+' inserted (w:ins), '-'
    deleted (w:del with w:delText)."""
    for op, text in parts:
        if op == "=":
            p._p.append(_run(text))
        elif op == "+":
            ins = _rev_attrs(OxmlElement("w:ins"))
            ins.append(_run(text))
            p._p.append(ins)
        else:
            d = _rev_attrs(OxmlElement("w:del"))
            d.append(_run(text, deleted=True))
            p._p.append(d)
    return p


def mark_paragraph(p, kind):
    """Marks the paragraph mark itself inserted or deleted, and wraps every
    run of the paragraph in w:ins / w:del (w:t -> w:delText)."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_rev_attrs(OxmlElement(f"w:{kind}")))
    ppr.append(rpr)
    wrap_runs(p._p, kind)


def wrap_runs(element, kind):
    for r in list(element.iter(qn("w:r"))):
        parent = r.getparent()
        if parent.tag in (qn("w:ins"), qn("w:del")):
            continue
        wrapper = _rev_attrs(OxmlElement(f"w:{kind}"))
        r.addprevious(wrapper)
        wrapper.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def mark_row(row, kind):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_rev_attrs(OxmlElement(f"w:{kind}")))
    wrap_runs(row._tr, kind)


def add_text_box(p, lines):
    """A floating text box as Word 2010+ writes it: mc:AlternateContent with
    a DrawingML shape (wps:txbx) and the VML fallback (v:textbox), each with
    its own copy of the text."""
    def content():
        out = ""
        for line in lines:
            out += ("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>"
                    f"<w:t xml:space=\"preserve\">{X(line)}</w:t></w:r></w:p>")
        return f"<w:txbxContent>{out}</w:txbxContent>"
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2520000" cy="1080000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2520000" cy="1080000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content()}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:198.45pt;height:85.05pt;'
        'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin">'
        f'<v:textbox style="mso-fit-shape-to-text:t">{content()}</v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    p._p.append(parse_xml(xml))


def clutter(p):
    """Appends the invisible elements Word leaves between runs: a bookmark,
    proofing marks and a rendered page break."""
    bs = OxmlElement("w:bookmarkStart")
    bs.set(qn("w:id"), "7")
    bs.set(qn("w:name"), "_Hlk190001")
    p._p.append(bs)
    pe = OxmlElement("w:proofErr")
    pe.set(qn("w:type"), "spellStart")
    p._p.append(pe)


def clutter_end(p):
    pe = OxmlElement("w:proofErr")
    pe.set(qn("w:type"), "spellEnd")
    p._p.append(pe)
    be = OxmlElement("w:bookmarkEnd")
    be.set(qn("w:id"), "7")
    p._p.append(be)


# --------------------------------------------------------------------------
# Saving
# --------------------------------------------------------------------------

def stable_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def save(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    data = stable_zip(buf.getvalue())
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    return data


# Common texts -------------------------------------------------------------

ND118 = ("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính "
         "theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia")
QD19 = ("Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống "
        "quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, "
        "tổ chức thuộc hệ thống hành chính nhà nước")
ISO = "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu"
CHANGELOG_HEAD = ["Lần sửa đổi", "Vị trí", "Nội dung sửa đổi", "Ngày sửa đổi"]


def dash(text):
    return "- " + text


# ==========================================================================
# 01  UBND xã Tân Phú — Đăng ký khai sinh (clean, TTHC)
# ==========================================================================

def doc01():
    doc = new_document("Quy trình đăng ký khai sinh")
    t = table(doc, [[
        [[("ỦY BAN NHÂN DÂN", {"b": True}), BR, ("XÃ TÂN PHÚ", {"b": True})]],
        [("QUY TRÌNH", {"b": True, "size": 14}), ("ĐĂNG KÝ KHAI SINH", {"b": True, "size": 14}),
         ("(Mã TTHC: 1.001193)", {"i": True})],
        ["Mã số: QT.HT.01", "Lần ban hành: 02", "Ngày ban hành: 16/3/2026",
         "Ngày hiệu lực: 20/3/2026", "Trang: 1/5"],
    ]], header_rows=0)
    for c in (0, 1):
        for p in t.cell(0, c).paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    table(doc, [
        [None, "Soạn thảo", "Xem xét", "Phê duyệt"],
        ["Họ và tên", "Trần Thị Ngọc Lan", "Phạm Văn Đức", "Nguyễn Minh Tâm"],
        ["Chức vụ", "Công chức Tư pháp - Hộ tịch", "Chánh Văn phòng HĐND và UBND xã",
         ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]],
        ["Chữ ký", None, None, None],
        ["Ngày", "02/3/2026", "09/3/2026", "16/3/2026"],
    ], center={1, 2, 3})
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        CHANGELOG_HEAD,
        ["01", "Toàn bộ", "Ban hành lần đầu", "28/7/2025"],
        ["02", "Mục 3, Mục 5.7",
         "Cập nhật tài liệu viện dẫn; rút ngắn thời gian tiếp nhận hồ sơ trực tuyến", "16/3/2026"],
    ], center={0, 3})
    par(doc)
    par(doc, "NƠI NHẬN TÀI LIỆU", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        ["TT", "Nơi nhận", "Số bản"],
        ["1", "Chủ tịch, các Phó Chủ tịch UBND xã", "01"],
        ["2", "Văn phòng HĐND và UBND xã", "01"],
        ["3", "Trung tâm Phục vụ hành chính công xã", "01"],
    ], center={0, 2})
    page_break(doc)

    heading(doc, "1. MỤC ĐÍCH")
    par(doc, "Quy định trình tự, thủ tục, trách nhiệm và thời gian giải quyết thủ tục đăng ký khai sinh "
             "tại Ủy ban nhân dân xã Tân Phú, bảo đảm trẻ em được đăng ký khai sinh kịp thời, đúng quy định.")
    heading(doc, "2. PHẠM VI")
    par(doc, "Áp dụng đối với việc đăng ký khai sinh cho trẻ em sinh ra trên địa bàn xã Tân Phú hoặc có cha, "
             "mẹ cư trú tại xã Tân Phú. Công chức Trung tâm Phục vụ hành chính công xã, công chức Tư pháp - "
             "Hộ tịch và Lãnh đạo UBND xã thực hiện quy trình này.")
    heading(doc, "3. TÀI LIỆU VIỆN DẪN")
    for line in [
        "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội;",
        "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện "
        "pháp thi hành Luật Hộ tịch;",
        "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành một số điều "
        "của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP;",
        ND118 + ";",
        ISO + ".",
    ]:
        par(doc, dash(line))
    heading(doc, "4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT")
    for line in ["UBND: Ủy ban nhân dân;", "TTHC: Thủ tục hành chính;",
                 "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Tân Phú."]:
        par(doc, dash(line))
    heading(doc, "5. NỘI DUNG QUY TRÌNH")
    heading(doc, "5.1. Điều kiện thực hiện")
    par(doc, "Trẻ em sinh ra chưa được đăng ký khai sinh; người đi đăng ký khai sinh là cha, mẹ, ông, bà "
             "hoặc người thân thích khác của trẻ em.")
    heading(doc, "5.2. Thành phần hồ sơ")
    table(doc, [
        ["TT", "Tên hồ sơ", "Bản chính", "Bản sao"],
        ["1", "Tờ khai đăng ký khai sinh (theo mẫu)", "x", None],
        ["2", "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", "x", None],
    ], center={0, 2, 3})
    heading(doc, "5.3. Số lượng hồ sơ")
    par(doc, "01 (một) bộ.")
    heading(doc, "5.4. Thời gian xử lý")
    par(doc, "01 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp nhận hồ sơ sau 15 giờ thì trả "
             "kết quả trong ngày làm việc tiếp theo.")
    heading(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    par(doc, "Trung tâm Phục vụ hành chính công xã Tân Phú hoặc trực tuyến qua Cổng Dịch vụ công quốc gia.")
    heading(doc, "5.6. Lệ phí")
    par(doc, "Miễn lệ phí đối với việc đăng ký khai sinh đúng hạn.")
    heading(doc, "5.7. Quy trình xử lý công việc")
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá "
              "trình giải quyết hồ sơ; chuyển hồ sơ cho công chức Tư pháp - Hộ tịch.",
         "Công chức Trung tâm PVHCC", "01 giờ làm việc", "BM.HT.01; BM.HT.02"],
        ["2", "Kiểm tra thông tin khai sinh; ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch "
              "điện tử; in Giấy khai sinh, trình ký.",
         "Công chức Tư pháp - Hộ tịch", "04 giờ làm việc", "BM.HT.02 – Dự thảo Giấy khai sinh"],
        ["3", "Xem xét, ký Giấy khai sinh.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ làm việc",
         "BM.HT.02 – Giấy khai sinh đã ký"],
        ["4", "Trả kết quả cho người đi đăng ký; người đi đăng ký ký vào Sổ đăng ký khai sinh; cập nhật "
              "trạng thái hồ sơ trên Hệ thống.",
         "Công chức Trung tâm PVHCC", "01 giờ làm việc", "BM.HT.02 – Giấy khai sinh (bản chính)"],
        ["Tổng thời gian giải quyết: 08 giờ làm việc (01 ngày làm việc)", None, None, None, None],
    ], center={0, 3})
    t.cell(5, 0).merge(t.cell(5, 4))
    for p in t.cell(5, 0).paragraphs:
        for r in p.runs:
            r.bold = True
    heading(doc, "6. BIỂU MẪU")
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.HT.01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"],
        ["2", "BM.HT.02", "Phiếu kiểm soát quá trình giải quyết hồ sơ"],
    ], center={0})
    heading(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Tờ khai đăng ký khai sinh và giấy tờ kèm theo", "Công chức Tư pháp - Hộ tịch",
         "Kho lưu trữ UBND xã", "Vĩnh viễn"],
        ["2", "Sổ đăng ký khai sinh", "Công chức Tư pháp - Hộ tịch", "Kho lưu trữ UBND xã", "Vĩnh viễn"],
        ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.HT.02)", "Công chức Trung tâm PVHCC",
         "Trung tâm PVHCC", "05 năm"],
    ], center={0, 4})
    return save(doc, "01-xa-tan-phu-dang-ky-khai-sinh.docx")


# ==========================================================================
# 02  Sở Tư pháp tỉnh Hòa An — Kiểm soát tài liệu (clean, system)
# ==========================================================================

def doc02():
    doc = new_document("Quy trình kiểm soát tài liệu")
    t = table(doc, [[
        ["UBND TỈNH HÒA AN", ("SỞ TƯ PHÁP", {"b": True})],
        [("QUY TRÌNH", {"b": True, "size": 14}), ("KIỂM SOÁT TÀI LIỆU", {"b": True, "size": 14}),
         ("Đơn vị chủ trì: Văn phòng Sở", {"i": True})],
        ["Mã số: QT.VP.01", "Lần ban hành: 01", "Ngày ban hành: 04/5/2026", "Ngày hiệu lực: 04/5/2026",
         "Trang: 1/6"],
    ]], header_rows=0)
    for c in (0, 1):
        for p in t.cell(0, c).paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    table(doc, [
        [None, "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
        ["Người soạn thảo", "Lê Hoàng Nam", "Chuyên viên Văn phòng Sở", None, "ngày 13 tháng 4 năm 2026"],
        ["Người xem xét", "Đỗ Thị Thanh Hương", "Chánh Văn phòng Sở", None, "ngày 20 tháng 4 năm 2026"],
        ["Người phê duyệt", "Vũ Quốc Khánh", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], None,
         "ngày 04 tháng 5 năm 2026"],
    ])
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [CHANGELOG_HEAD, [None] * 4, [None] * 4, [None] * 4])
    par(doc)
    par(doc, "PHÂN PHỐI TÀI LIỆU", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        ["TT", "Đơn vị nhận", "Số bản"],
        ["1", "Ban Giám đốc Sở", "01"],
        ["2", "Văn phòng Sở", "01"],
        ["3", "Các phòng, đơn vị thuộc Sở", "Bản điện tử"],
    ], center={0, 2})
    page_break(doc)

    heading(doc, "I. MỤC ĐÍCH", "h1")
    par(doc, "Quy định thống nhất cách thức soạn thảo, xem xét, phê duyệt, ban hành, phân phối, sửa đổi và "
             "thu hồi tài liệu thuộc Hệ thống quản lý chất lượng của Sở Tư pháp, bảo đảm các tài liệu đang "
             "sử dụng là bản hiện hành và được kiểm soát.")
    heading(doc, "II. PHẠM VI", "h1")
    par(doc, "Áp dụng đối với tài liệu nội bộ và tài liệu có nguồn gốc bên ngoài thuộc Hệ thống quản lý "
             "chất lượng của Sở Tư pháp tỉnh Hòa An.")
    par(doc, "Các phòng, đơn vị thuộc Sở có trách nhiệm thực hiện quy trình này.")
    heading(doc, "III. TÀI LIỆU VIỆN DẪN", "h1")
    for line in [
        ISO + ";",
        "Căn cứ " + QD19 + ";",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        "Căn cứ Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ trưởng Bộ Khoa học và Công nghệ công bố "
        "mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ "
        "quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương.",
    ]:
        par(doc, dash(line))
    heading(doc, "IV. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT", "h1")
    table(doc, [
        ["Từ viết tắt", "Giải thích"],
        ["HTQLCL", "Hệ thống quản lý chất lượng"],
        ["Thư ký ISO", "Công chức được Giám đốc Sở phân công theo dõi, duy trì HTQLCL"],
        ["TLBN", "Tài liệu có nguồn gốc bên ngoài"],
    ])
    heading(doc, "V. NỘI DUNG QUY TRÌNH", "h1")
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian thực hiện (ngày làm việc)", "Biểu mẫu"],
        ["1", "Đề xuất soạn thảo mới, sửa đổi hoặc hủy bỏ tài liệu.", "Phòng, đơn vị có nhu cầu",
         "1/2 ngày", "BM-01"],
        ["2", "Xem xét đề xuất, giao đơn vị chủ trì soạn thảo.", "Thư ký ISO", "02", "BM-01"],
        ["3", "Soạn thảo, lấy ý kiến các đơn vị liên quan.", "Đơn vị chủ trì soạn thảo", "05", "BM-02"],
        ["4", "Kiểm tra sự phù hợp của dự thảo với TCVN ISO 9001:2015 và quy định hiện hành.",
         "Thư ký ISO", "02", None],
        ["5", "Trình Giám đốc Sở phê duyệt, ban hành tài liệu.", None, "0,5 ngày", None],
        ["6", "Cập nhật Danh mục tài liệu nội bộ; phân phối tài liệu, thu hồi tài liệu lỗi thời.",
         "Văn thư Sở; Thư ký ISO", "01", "BM-03, BM-04"],
    ], center={0, 3, 4})
    t.cell(4, 2).merge(t.cell(5, 2))
    heading(doc, "VI. BIỂU MẪU", "h1")
    for line in ["BM-01: Phiếu đề nghị soạn thảo, sửa đổi tài liệu;", "BM-02: Phiếu góp ý dự thảo tài liệu;",
                 "BM-03: Danh mục tài liệu nội bộ;", "BM-04: Sổ theo dõi phân phối, thu hồi tài liệu."]:
        par(doc, dash(line))
    heading(doc, "VII. HỒ SƠ CẦN LƯU", "h1")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Phiếu đề nghị soạn thảo, sửa đổi tài liệu", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
        ["2", "Quyết định ban hành và bản gốc tài liệu", "Văn thư Sở", "Kho lưu trữ cơ quan", "Vĩnh viễn"],
        ["3", "Danh mục tài liệu nội bộ; Sổ theo dõi phân phối, thu hồi tài liệu", "Thư ký ISO",
         "Văn phòng Sở", "10 năm"],
    ], center={0, 4})
    return save(doc, "02-so-tu-phap-kiem-soat-tai-lieu.docx")


# ==========================================================================
# 03  UBND xã Tân Phú — Chứng thực bản sao (defect: step without
#     responsible; Word auto-numbered headings; steps as paragraphs)
# ==========================================================================

def doc03():
    doc = new_document("Quy trình chứng thực bản sao từ bản chính")
    num = add_numbering(doc, [("decimal", "%1."), ("decimal", "%1.%2.")])
    t = table(doc, [[
        [("UBND XÃ TÂN PHÚ", {"b": True})],
        [[("QUY TRÌNH", {"b": True}), BR,
          ("CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH GIẤY TỜ, VĂN BẢN", {"b": True})],
         ("Mã TTHC: 2.000815", {"i": True})],
        ["Mã hiệu: QT.CT.01", "Lần ban hành: 01", "Ngày hiệu lực: 02/02/2026", "Trang: 1/4"],
    ]], header_rows=0)
    for c in (0, 1):
        for p in t.cell(0, c).paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    table(doc, [
        [None, "Soạn thảo", "Soát xét", "Phê duyệt"],
        ["Họ tên", "Ngô Thị Hồng", "Lý Văn Bình", "Đinh Công Sơn"],
        ["Chức vụ", "Công chức Tư pháp - Hộ tịch", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
        ["Chữ ký", None, None, None],
        ["Ngày", "12/01/2026", "19/01/2026", "26/01/2026"],
    ], center={1, 2, 3})
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "26/01/2026"]], center={0, 3})
    page_break(doc)

    heading(doc, "Mục đích", "num", num, 0)
    par(doc, "Quy định trình tự, trách nhiệm giải quyết thủ tục chứng thực bản sao từ bản chính giấy tờ, "
             "văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận tại UBND xã Tân Phú.")
    heading(doc, "Phạm vi", "num", num, 0)
    par(doc, "Áp dụng đối với cá nhân, tổ chức có yêu cầu chứng thực bản sao từ bản chính tại Trung tâm "
             "Phục vụ hành chính công xã Tân Phú; công chức tiếp nhận hồ sơ, công chức Tư pháp - Hộ tịch và "
             "Lãnh đạo UBND xã.")
    heading(doc, "Tài liệu viện dẫn", "num", num, 0)
    for line in [
        "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực "
        "bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch;",
        "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị "
        "định số 23/2015/NĐ-CP;",
        ND118 + ".",
    ]:
        par(doc, line, style="List Bullet")
    heading(doc, "Định nghĩa và chữ viết tắt", "num", num, 0)
    par(doc, "UBND: Ủy ban nhân dân.", style="List Bullet")
    par(doc, "Bản sao: Bản chụp, bản in, bản đánh máy, bản đánh máy vi tính hoặc bản viết tay có nội dung "
             "đầy đủ, chính xác như nội dung ghi trong sổ gốc hoặc bản chính.", style="List Bullet")
    heading(doc, "Nội dung quy trình", "num", num, 0)
    heading(doc, "Điều kiện thực hiện", "num", num, 1)
    par(doc, "Bản chính giấy tờ, văn bản không thuộc các trường hợp quy định tại Điều 22 Nghị định số "
             "23/2015/NĐ-CP.")
    heading(doc, "Thành phần hồ sơ", "num", num, 1)
    par(doc, "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao;", style="List Bullet")
    par(doc, "Bản sao cần chứng thực.", style="List Bullet")
    heading(doc, "Số lượng hồ sơ", "num", num, 1)
    par(doc, "01 bộ.")
    heading(doc, "Thời gian xử lý", "num", num, 1)
    par(doc, "Trong ngày (trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo).")
    heading(doc, "Nơi tiếp nhận và trả kết quả", "num", num, 1)
    par(doc, "Trung tâm Phục vụ hành chính công xã Tân Phú.")
    heading(doc, "Lệ phí", "num", num, 1)
    par(doc, "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 "
             "đồng/bản.")
    heading(doc, "Quy trình xử lý công việc", "num", num, 1)
    steps = [
        ("Bước 1: ", "Tiếp nhận, kiểm tra bản chính và bản sao; lập Phiếu kiểm soát quá trình giải quyết hồ sơ.",
         [("Trách nhiệm", "Công chức tiếp nhận hồ sơ"), ("Thời gian", "01 giờ làm việc"),
          ("Biểu mẫu", "BM.CT.01"), ("Kết quả", "Phiếu kiểm soát quá trình giải quyết hồ sơ")]),
        ("Bước 2: ", "Đối chiếu bản sao với bản chính; ghi lời chứng, ghi Sổ chứng thực; trình ký.",
         [("Trách nhiệm", "Công chức Tư pháp - Hộ tịch"), ("Thời gian", "0,5 ngày làm việc"),
          ("Biểu mẫu", "BM.CT.01, BM.CT.02"), ("Kết quả", "Bản sao đã ghi lời chứng")]),
        ("Bước 3: ", "Xem xét, ký chứng thực bản sao và đóng dấu.",
         [("Thời gian", "02 giờ làm việc"), ("Biểu mẫu", "BM.CT.01"), ("Kết quả", "Bản sao đã được chứng thực")]),
        ("Bước 4: ", "Trả kết quả, thu phí chứng thực.",
         [("Trách nhiệm", "Công chức tiếp nhận hồ sơ"), ("Thời gian", "01 giờ làm việc"),
          ("Biểu mẫu", "BM.CT.01"), ("Kết quả", "Bản sao được trả cho người yêu cầu")]),
    ]
    for label, action, items in steps:
        par(doc, [(label, {"b": True}), action])
        for k, v in items:
            par(doc, [f"- {k}: ", v])
    heading(doc, "Biểu mẫu", "num", num, 0)
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.CT.01", "Phiếu kiểm soát quá trình giải quyết hồ sơ"],
        ["2", "BM.CT.02", "Sổ chứng thực bản sao từ bản chính"],
    ], center={0})
    heading(doc, "Hồ sơ cần lưu", "num", num, 0)
    table(doc, [
        ["TT", "Tên hồ sơ", "Nơi lưu", "Trách nhiệm lưu", "Thời gian lưu"],
        ["1", "Sổ chứng thực bản sao từ bản chính", "Bộ phận Tư pháp - Hộ tịch", "Công chức Tư pháp - Hộ tịch",
         "Vĩnh viễn"],
        ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Trung tâm Phục vụ hành chính công xã",
         "Công chức tiếp nhận hồ sơ", "05 năm"],
    ], center={0, 4})
    par(doc)
    par(doc, "Nơi nhận:", base={"b": True, "i": True})
    par(doc, "- Chủ tịch, các Phó Chủ tịch UBND xã (01 bản);")
    par(doc, "- Trung tâm Phục vụ hành chính công xã (01 bản).")
    return save(doc, "03-xa-tan-phu-chung-thuc-ban-sao.docx")


# ==========================================================================
# 04  UBND xã Tân Phú — Cấp giấy phép xây dựng nhà ở riêng lẻ (defects;
#     header as paragraphs, Roman mixed-case headings, two-row table
#     header, vMerge, total row, unlabelled signature block)
# ==========================================================================

def doc04():
    doc = new_document("Quy trình cấp giấy phép xây dựng nhà ở riêng lẻ")
    c = WD_ALIGN_PARAGRAPH.CENTER
    par(doc, "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", base={"b": True}, align=c)
    par(doc, "QUY TRÌNH CẤP GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ", base={"b": True, "size": 15}, align=c)
    par(doc, ["Mã số: QT.XD.01", TAB, "Lần ban hành: 03", TAB, "Ngày ban hành: 05/01/2026"], align=c)
    par(doc, "Ngày hiệu lực: 12/01/2026", align=c)
    par(doc)
    table(doc, [
        ["NGƯỜI SOẠN THẢO", "NGƯỜI XEM XÉT", "NGƯỜI PHÊ DUYỆT"],
        [None, None, None],
        [[("Trương Văn Hậu", {"b": True})], [("Lý Văn Bình", {"b": True})], [("Đinh Công Sơn", {"b": True})]],
        ["Công chức Địa chính - Xây dựng", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
        ["Ngày: 22/12/2025", "Ngày: …/…/……", "Ngày: 05/01/2026"],
    ], center={0, 1, 2}, style=None)
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=c)
    table(doc, [
        CHANGELOG_HEAD,
        ["01", "Toàn bộ", "Ban hành lần đầu", "15/7/2025"],
        ["02", "Mục III", "Cập nhật Nghị định số 118/2025/NĐ-CP", "20/10/2025"],
        ["03", "Mục V.7", "Điều chỉnh thời gian thẩm định hồ sơ", "05/01/2026"],
    ], center={0, 3})
    par(doc)
    par(doc, "Nơi nhận:", base={"b": True, "i": True})
    for line in ["Lãnh đạo UBND xã: 01 bản;", "Trung tâm Phục vụ hành chính công xã: 01 bản;",
                 "Công chức Địa chính - Xây dựng: 01 bản."]:
        par(doc, dash(line))
    page_break(doc)

    heading(doc, "I. Mục đích")
    par(doc, "Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục cấp giấy phép xây dựng đối với "
             "nhà ở riêng lẻ thuộc thẩm quyền của UBND xã Tân Phú.")
    heading(doc, "II. Phạm vi")
    par(doc, "Áp dụng đối với hộ gia đình, cá nhân đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn "
             "xã Tân Phú; công chức Địa chính - Xây dựng, Trung tâm Phục vụ hành chính công xã và Lãnh đạo "
             "UBND xã.")
    heading(doc, "III. Căn cứ pháp lý")
    for line in [
        "Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014;",
        "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14 ngày 17/6/2020;",
        "Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện "
        "pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng;",
        ND118 + ".",
    ]:
        par(doc, dash(line))
    heading(doc, "IV. Định nghĩa và chữ viết tắt")
    par(doc, dash("GPXD: Giấy phép xây dựng;"))
    par(doc, dash("UBND: Ủy ban nhân dân."))
    heading(doc, "V. Nội dung quy trình")
    heading(doc, "1. Điều kiện thực hiện")
    par(doc, "Công trình phù hợp với quy hoạch được phê duyệt; bảo đảm an toàn cho công trình và công trình "
             "lân cận.")
    heading(doc, "2. Thành phần hồ sơ")
    par(doc, dash("Đơn đề nghị cấp giấy phép xây dựng;"))
    par(doc, dash("Bản sao giấy tờ chứng minh quyền sử dụng đất;"))
    par(doc, dash("Bản vẽ thiết kế xây dựng."))
    heading(doc, "3. Số lượng hồ sơ")
    par(doc, "01 bộ.")
    heading(doc, "4. Thời gian xử lý")
    par(doc, "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.")
    heading(doc, "5. Nơi tiếp nhận và trả kết quả")
    par(doc, "Trung tâm Phục vụ hành chính công xã Tân Phú.")
    heading(doc, "6. Lệ phí")
    par(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Hòa An.")
    heading(doc, "7. Quy trình xử lý công việc")
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu / Kết quả", None],
        [None, None, None, None, "Biểu mẫu", "Kết quả"],
        ["1", "Tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ; chuyển hồ sơ cho công chức Địa chính - Xây "
              "dựng.", "Trung tâm Phục vụ hành chính công xã", "01 ngày", "BM.XD.01, BM.XD.02",
         "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"],
        ["2", "Thẩm định hồ sơ, kiểm tra thực địa; lập Biên bản kiểm tra hiện trạng.",
         "Công chức Địa chính - Xây dựng", "07 ngày", "BM.XD.02, BM.XD.04", "Biên bản kiểm tra hiện trạng"],
        ["3", "Dự thảo Giấy phép xây dựng, trình Lãnh đạo UBND xã.", None, "03 ngày", "BM.XD.02",
         "Dự thảo Giấy phép xây dựng"],
        ["4", "Xem xét, ký Giấy phép xây dựng.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "03 ngày", "BM.XD.02",
         "Giấy phép xây dựng"],
        ["5", "Trả kết quả cho tổ chức, cá nhân; cập nhật trạng thái hồ sơ.",
         "Trung tâm Phục vụ hành chính công xã", "01 ngày", "BM.XD.02, BM.XD.03",
         "Giấy phép xây dựng; Sổ theo dõi được cập nhật"],
        ["Tổng thời gian giải quyết", None, None, "15 ngày", None, None],
    ], header_rows=2, center={0, 3})
    for col in range(4):
        t.cell(0, col).merge(t.cell(1, col))
    t.cell(0, 4).merge(t.cell(0, 5))
    t.cell(3, 2).merge(t.cell(4, 2))
    t.cell(7, 0).merge(t.cell(7, 2))
    t.cell(7, 4).merge(t.cell(7, 5))
    for cell in (t.cell(7, 0), t.cell(7, 3)):
        for r in cell.paragraphs[0].runs:
            r.bold = True
    heading(doc, "VI. Biểu mẫu")
    for line in ["BM.XD.01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả;",
                 "BM.XD.02: Phiếu kiểm soát quá trình giải quyết hồ sơ;",
                 "BM.XD.03: Sổ theo dõi cấp giấy phép xây dựng."]:
        par(doc, line)
    heading(doc, "VII. Hồ sơ cần lưu")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Hồ sơ đề nghị cấp giấy phép xây dựng và Giấy phép xây dựng (bản lưu)",
         "Công chức Địa chính - Xây dựng", "Kho lưu trữ UBND xã", "Lâu dài"],
        ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Trung tâm Phục vụ hành chính công xã",
         "Trung tâm Phục vụ hành chính công xã", "05 năm"],
        ["3", "Sổ theo dõi cấp giấy phép xây dựng", "Công chức Địa chính - Xây dựng", "Kho lưu trữ UBND xã",
         "Vĩnh viễn"],
    ], center={0, 4})
    return save(doc, "04-xa-tan-phu-cap-giay-phep-xay-dung.docx")


# ==========================================================================
# 05  UBND xã Phú Lộc (Bình Sơn) — Giải quyết khiếu nại lần đầu (defects:
#     replaced decree 61/2018, no records section; tracked changes)
# ==========================================================================

def doc05():
    doc = new_document("Quy trình giải quyết khiếu nại lần đầu")
    t = table(doc, [[
        [("UBND XÃ PHÚ LỘC", {"b": True})],
        [("QUY TRÌNH GIẢI QUYẾT KHIẾU NẠI LẦN ĐẦU", {"b": True, "size": 14})],
        ["Mã số: QT.KN.01", "Lần ban hành: 02", "Ngày ban hành: 09/02/2026", "Trang: 1/5"],
    ]], header_rows=0)
    for col in (0, 1):
        t.cell(0, col).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    table(doc, [
        [None, "Soạn thảo", "Xem xét", "Phê duyệt"],
        ["Họ tên", "Mạc Thị Yến", "Cù Văn Khải", "Hà Văn Thịnh"],
        ["Chức vụ", "Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã",
         "Chủ tịch UBND xã"],
        ["Chữ ký", None, None, None],
        ["Ngày ký", "ngày 19 tháng 01 năm 2026", "ngày 26 tháng 01 năm 2026", "ngày 09 tháng 02 năm 2026"],
    ], center={1, 2, 3})
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = table(doc, [
        CHANGELOG_HEAD,
        ["01", "Toàn bộ", "Ban hành lần đầu", "21/8/2025"],
        ["02", "Mục 1, Mục 3, Mục 5", "Cập nhật căn cứ pháp lý; điều chỉnh thời gian xác minh", "09/02/2026"],
    ], center={0, 3})
    mark_row(t.rows[2], "ins")
    par(doc)
    par(doc, "Nơi nhận:", base={"b": True, "i": True})
    par(doc, "- Chủ tịch, Phó Chủ tịch UBND xã: 01 bản;")
    par(doc, "- Văn phòng HĐND và UBND xã: 01 bản.")
    page_break(doc)

    heading(doc, "1. MỤC ĐÍCH")
    tracked(doc.add_paragraph(), [
        ("=", "Quy định trình tự, thủ tục giải quyết khiếu nại lần đầu đối với quyết định hành chính, hành vi "
              "hành chính của Chủ tịch UBND xã"),
        ("+", " và của cán bộ, công chức do mình quản lý trực tiếp"),
        ("=", ", bảo đảm khách quan, đúng pháp luật"),
        ("-", ", nhanh chóng"),
        ("=", " và đúng thời hạn."),
    ])
    heading(doc, "2. PHẠM VI")
    par(doc, "Áp dụng đối với việc giải quyết khiếu nại lần đầu thuộc thẩm quyền của Chủ tịch UBND xã Phú "
             "Lộc, tỉnh Bình Sơn.")
    heading(doc, "3. CĂN CỨ PHÁP LÝ")
    par(doc, dash("Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011 của Quốc hội;"))
    par(doc, dash("Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013 của Quốc hội;"))
    p = par(doc, dash("Nghị định số 75/2012/NĐ-CP ngày 03/10/2012 của Chính phủ quy định chi tiết một số điều "
                      "của Luật Khiếu nại;"))
    mark_paragraph(p, "del")
    p = par(doc, dash("Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết một số "
                      "điều và biện pháp thi hành Luật Khiếu nại;"))
    mark_paragraph(p, "ins")
    par(doc, dash("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một "
                  "cửa liên thông trong giải quyết thủ tục hành chính;"))
    par(doc, dash("Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình xử "
                  "lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh."))
    heading(doc, "4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT")
    par(doc, dash("UBND: Ủy ban nhân dân;"))
    par(doc, dash("KN: Khiếu nại."))
    heading(doc, "5. NỘI DUNG QUY TRÌNH")
    heading(doc, "5.1. Điều kiện thực hiện")
    par(doc, "Khiếu nại đủ điều kiện thụ lý theo quy định tại Điều 11 Luật Khiếu nại.")
    heading(doc, "5.2. Thành phần hồ sơ")
    par(doc, "Đơn khiếu nại hoặc bản ghi lời khiếu nại; tài liệu, chứng cứ kèm theo (nếu có).")
    heading(doc, "5.3. Số lượng hồ sơ")
    par(doc, "01 bộ.")
    heading(doc, "5.4. Thời gian xử lý")
    tracked(doc.add_paragraph(), [
        ("=", "Không quá "), ("-", "45"), ("+", "30"),
        ("=", " ngày kể từ ngày thụ lý; đối với vụ việc phức tạp thì không quá 45 ngày kể từ ngày thụ lý."),
    ])
    heading(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    par(doc, "Bộ phận tiếp công dân của UBND xã Phú Lộc.")
    heading(doc, "5.6. Lệ phí")
    par(doc, "Không.")
    heading(doc, "5.7. Quy trình xử lý công việc")
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, phân loại đơn; kiểm tra điều kiện thụ lý.", "Công chức Văn phòng HĐND và UBND xã",
         "03 ngày", "BM.KN.01 – Phiếu đề xuất thụ lý"],
        ["2", "Ban hành Quyết định thụ lý, thông báo cho người khiếu nại.", "Chủ tịch UBND xã", "02 ngày",
         "BM.KN.02 – Quyết định thụ lý"],
        ["3", "Xác minh nội dung khiếu nại; tổ chức đối thoại.", "Tổ xác minh", None,
         "BM.KN.03 – Báo cáo kết quả xác minh"],
        ["4", "Ban hành Quyết định giải quyết khiếu nại.", "Chủ tịch UBND xã", "05 ngày",
         "BM.KN.04 – Quyết định giải quyết khiếu nại"],
        ["5", "Gửi, công khai Quyết định giải quyết khiếu nại; lưu hồ sơ.", "Công chức Văn phòng HĐND và UBND xã",
         "03 ngày", "Quyết định được gửi, công khai"],
        ["6", "Báo cáo kết quả giải quyết về UBND huyện.", "Công chức Văn phòng HĐND và UBND xã", "02 ngày",
         "Báo cáo"],
    ], center={0, 3})
    cell = t.cell(3, 3)
    tracked(cell.paragraphs[0], [("-", "18 ngày"), ("+", "15 ngày")])
    mark_row(t.rows[6], "del")
    heading(doc, "6. BIỂU MẪU")
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.KN.01", "Phiếu đề xuất thụ lý giải quyết khiếu nại"],
        ["2", "BM.KN.02", "Quyết định về việc thụ lý giải quyết khiếu nại"],
        ["3", "BM.KN.03", "Báo cáo kết quả xác minh nội dung khiếu nại"],
        ["4", "BM.KN.04", "Quyết định giải quyết khiếu nại"],
    ], center={0})
    return save(doc, "05-xa-phu-loc-giai-quyet-khieu-nai-lan-dau.docx")


# ==========================================================================
# 06  Sở Nội vụ tỉnh Bình Sơn — Xử lý văn bản đến (clean, internal; page
#     header table, footer with fields, text box, hyperlink)
# ==========================================================================

def doc06():
    doc = new_document("Quy trình tiếp nhận, xử lý văn bản đến")
    sec = doc.sections[0]
    hdr = sec.header
    ht = hdr.add_table(1, 2, Cm(16))
    ht.style = "Table Grid"
    fill_cell(ht.cell(0, 0), ["UBND TỈNH BÌNH SƠN", [("SỞ NỘI VỤ", {"b": True})]], align=WD_ALIGN_PARAGRAPH.CENTER)
    fill_cell(ht.cell(0, 1), [[("QUY TRÌNH", {"b": True})], [("TIẾP NHẬN, XỬ LÝ VĂN BẢN ĐẾN", {"b": True})]],
              align=WD_ALIGN_PARAGRAPH.CENTER)
    fp = sec.footer.paragraphs[0]
    add_runs(fp, ["QT.VP.03 – Lần ban hành: 02", TAB, TAB, "Trang "])
    add_field(fp, "PAGE", "1")
    add_runs(fp, ["/"])
    add_field(fp, "NUMPAGES", "4")

    p = doc.add_paragraph()
    add_text_box(p, ["Mã số: QT.VP.03", "Lần ban hành: 02", "Ngày ban hành: 02/3/2026",
                     "Ngày hiệu lực: 09/3/2026", "Đơn vị chủ trì: Văn phòng Sở"])
    par(doc)
    par(doc)
    par(doc)
    table(doc, [
        [None, "Soạn thảo", "Xem xét", "Phê duyệt"],
        ["Họ và tên", "Trịnh Thị Hoa", "Mai Xuân Trường", "Lương Văn Tiến"],
        ["Chức vụ", "Văn thư Sở", "Chánh Văn phòng Sở", "Giám đốc Sở"],
        ["Chữ ký", None, None, None],
        ["Ngày", "02/02/2026", "23/02/2026", "02/3/2026"],
    ], center={1, 2, 3})
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        CHANGELOG_HEAD,
        ["01", "Toàn bộ", "Ban hành lần đầu", "14/6/2024"],
        ["02", "Mục 3, Mục 5", "Bổ sung xử lý văn bản điện tử; thay đổi biểu mẫu", "02/3/2026"],
    ], center={0, 3})
    par(doc)
    table(doc, [
        ["Nơi nhận", "Số lượng"],
        ["Ban Giám đốc Sở", "01 bản"],
        ["Văn phòng Sở", "01 bản"],
        ["Các phòng, đơn vị thuộc Sở", "01 bản/đơn vị"],
    ], center={1})
    page_break(doc)

    heading(doc, "1. MỤC ĐÍCH", "h1")
    par(doc, "Quy định thống nhất việc tiếp nhận, đăng ký, trình, chuyển giao và theo dõi giải quyết văn bản "
             "đến Sở Nội vụ, bảo đảm văn bản đến được xử lý kịp thời, đúng thẩm quyền.")
    heading(doc, "2. PHẠM VI", "h1")
    par(doc, "Áp dụng đối với văn bản đến dạng giấy và văn bản điện tử gửi đến Sở Nội vụ tỉnh Bình Sơn; Văn "
             "thư, Lãnh đạo Văn phòng, Ban Giám đốc và các phòng, đơn vị thuộc Sở.")
    heading(doc, "3. TÀI LIỆU VIỆN DẪN", "h1")
    p = par(doc, "- Nghị định số ")
    add_hyperlink(p, "https://vanban.chinhphu.vn/", "30/2020/NĐ-CP")
    add_runs(p, " ngày 05/3/2020 của Chính phủ về công tác văn thư;")
    par(doc, dash(ISO + ";"))
    par(doc, dash("Quy trình kiểm soát hồ sơ, mã số QT.VP.02."))
    heading(doc, "4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT", "h1")
    par(doc, "Không có.")
    heading(doc, "5. NỘI DUNG QUY TRÌNH", "h1")
    table(doc, [
        ["TT", "Công việc", "Người thực hiện", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, kiểm tra sơ bộ văn bản đến (bản giấy và bản điện tử trên Hệ thống quản lý văn bản "
              "và điều hành).", "Văn thư Sở", "Trong ngày", "Văn bản đến được tiếp nhận"],
        ["2", "Đăng ký văn bản đến vào Sổ đăng ký văn bản đến; trình Chánh Văn phòng.", "Văn thư Sở",
         "04 giờ làm việc", "BM.VP.03-01"],
        ["3", "Đề xuất phân phối văn bản đến; trình Giám đốc Sở cho ý kiến chỉ đạo (đối với văn bản quan "
              "trọng).", "Chánh Văn phòng", "08 giờ", "BM.VP.03-02 – Phiếu trình"],
        ["4", "Cho ý kiến phân phối, chỉ đạo giải quyết.", "Giám đốc hoặc Phó Giám đốc Sở",
         "0,5 ngày làm việc", "Ý kiến chỉ đạo trên Hệ thống"],
        ["5", "Chuyển giao văn bản đến cho phòng, đơn vị, cá nhân giải quyết; theo dõi, đôn đốc việc giải "
              "quyết; lưu hồ sơ theo Quy trình kiểm soát hồ sơ QT.VP.02.", "Văn thư Sở; Lãnh đạo Văn phòng",
         "1/2 ngày", "BM.VP.03-01 – Sổ đăng ký văn bản đến được cập nhật"],
    ], center={0, 3})
    heading(doc, "6. BIỂU MẪU", "h1")
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.VP.03-01", "Sổ đăng ký văn bản đến"],
        ["2", "BM.VP.03-02", "Phiếu trình giải quyết văn bản đến"],
    ], center={0})
    heading(doc, "7. HỒ SƠ CẦN LƯU", "h1")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Sổ đăng ký văn bản đến", "Văn thư Sở", "Văn phòng Sở", "20 năm"],
        ["2", "Phiếu trình giải quyết văn bản đến", "Văn thư Sở", "Văn phòng Sở", "05 năm"],
    ], center={0, 4})
    return save(doc, "06-so-noi-vu-xu-ly-van-ban-den.docx")


# ==========================================================================
# 07  Sở Nội vụ tỉnh Tân Hà — Đánh giá nội bộ (NFD + NBSP; defects:
#     approver without date, retention not understood)
# ==========================================================================

def doc07():
    _NFD[0] = True
    try:
        doc = new_document("Quy trình đánh giá nội bộ")
        t = table(doc, [[
            ["UBND TỈNH TÂN HÀ", [("SỞ NỘI VỤ", {"b": True})]],
            [[("QUY TRÌNH ĐÁNH GIÁ NỘI BỘ", {"b": True, "size": 14})],
             [("(Điều khoản 9.2 – TCVN ISO 9001:2015)", {"i": True})]],
            ["Mã số: QT.ISO.03", "Lần ban hành:" + NBSP + "01", "Ngày ban hành: 20/4/2026",
             "Ngày hiệu lực: 20/4/2026", "Trang" + NBSP + "1/6"],
        ]], header_rows=0)
        for col in (0, 1):
            for p in t.cell(0, col).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par(doc)
        table(doc, [
            [None, "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
            ["Người soạn thảo", "Phan Thị" + NBSP + "Thu Trang", "Chuyên viên Văn phòng Sở, Thư ký ISO", None,
             "06/4/2026"],
            ["Người xem xét", "Đặng Quốc Việt", "Chánh Văn phòng Sở", None, "13/4/2026"],
            ["Người phê duyệt", "La Thị Kim Dung", "Giám đốc Sở", None, "Ngày" + NBSP * 5 + "/" + NBSP * 5 + "/2026"],
        ])
        par(doc)
        par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
        table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "20/4/2026"]], center={0, 3})
        par(doc)
        par(doc, "Nơi nhận:", base={"b": True, "i": True})
        par(doc, "- Ban Giám đốc Sở (01 bản);")
        par(doc, "- Các phòng, đơn vị thuộc Sở (bản điện tử).")
        page_break(doc)

        heading(doc, "1. Mục đích", "h2")
        par(doc, "Quy định trình tự lập kế hoạch, chuẩn bị, thực hiện và báo cáo đánh giá nội bộ nhằm xác định "
                 "Hệ thống quản lý chất lượng của Sở Nội vụ có phù hợp và được duy trì hiệu lực theo TCVN ISO "
                 "9001:2015 hay không.")
        heading(doc, "2. Phạm vi", "h2")
        par(doc, "Áp dụng đối với hoạt động đánh giá nội bộ Hệ thống quản lý chất lượng tại các phòng, đơn vị "
                 "thuộc Sở Nội vụ tỉnh" + NBSP + "Tân Hà.")
        heading(doc, "3. Tài liệu viện dẫn", "h2")
        par(doc, dash(ISO + ";"))
        par(doc, dash("TCVN ISO 19011:2018 Hướng dẫn đánh giá hệ thống quản lý;"))
        par(doc, dash(QD19.replace("Quyết định số ", "Quyết định số" + NBSP) + ";"))
        par(doc, dash("Thông tư số" + NBSP + "26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ quy "
                      "định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg."))
        heading(doc, "4. Định nghĩa và chữ viết tắt", "h2")
        for line in ["ĐGNB: Đánh giá nội bộ;", "ĐGV: Đánh giá viên nội bộ;", "NC: Điểm không phù hợp."]:
            par(doc, dash(line))
        heading(doc, "5. Nội dung quy trình", "h2")
        table(doc, [
            ["TT", "Nội dung", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
            ["1", "Lập Kế hoạch đánh giá nội bộ năm, trình phê duyệt.", "Thư ký ISO",
             "05" + NBSP + "ngày làm việc", "BM.ISO.03-01"],
            ["2", "Thành lập Đoàn đánh giá; thông báo kế hoạch đến các phòng, đơn vị.",
             "Đại diện lãnh đạo về chất lượng", "02 ngày làm việc", "BM.ISO.03-02"],
            ["3", "Thực hiện đánh giá tại các phòng, đơn vị; ghi chép bằng chứng vào Phiếu ghi chép.",
             "Đoàn đánh giá", "05 ngày làm việc", "BM.ISO.03-03"],
            ["4", "Họp kết thúc; lập Báo cáo đánh giá nội bộ, Phiếu yêu cầu hành động khắc phục.",
             "Trưởng đoàn đánh giá", "03 ngày làm việc", "BM.ISO.03-04, BM.ISO.03-05"],
            ["5", "Theo dõi, xác nhận kết quả hành động khắc phục.", "Thư ký ISO", "15 ngày", "BM.ISO.03-05"],
        ], center={0, 3})
        heading(doc, "6. Biểu mẫu", "h2")
        table(doc, [
            ["TT", "Mã hiệu", "Tên biểu mẫu"],
            ["1", "BM.ISO.03-01", "Kế hoạch đánh giá nội bộ"],
            ["2", "BM.ISO.03-02", "Quyết định thành lập Đoàn đánh giá"],
            ["3", "BM.ISO.03-03", "Phiếu ghi chép đánh giá"],
            ["4", "BM.ISO.03-04", "Báo cáo đánh giá nội bộ"],
            ["5", "BM.ISO.03-05", "Phiếu yêu cầu hành động khắc phục"],
        ], center={0})
        heading(doc, "7. Hồ sơ cần lưu", "h2")
        table(doc, [
            ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
            ["1", "Kế hoạch, Báo cáo đánh giá nội bộ", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
            ["2", "Phiếu ghi chép đánh giá", "Thư ký ISO", "Văn phòng Sở", "Theo quy định hiện hành"],
            ["3", "Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
        ], center={0, 4})
        return save(doc, "07-so-noi-vu-tan-ha-danh-gia-noi-bo-nfd.docx")
    finally:
        _NFD[0] = False


# ==========================================================================
# 08  UBND phường Bình Minh — Cấp bản sao trích lục hộ tịch (clean; text
#     split over many runs, Word clutter, classic signature block)
# ==========================================================================

def doc08():
    doc = new_document("Quy trình cấp bản sao trích lục hộ tịch")
    t = table(doc, [[None, None, None]], header_rows=0)
    c0, c1, c2 = (t.cell(0, i) for i in range(3))
    add_runs(c0.paragraphs[0], [("UBND ", {"b": True}), ("PHƯ", {"b": True}), ("ỜNG ", {"b": True, "u": True}),
                                ("BÌNH MINH", {"b": True})])
    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.paragraphs[0]
    add_runs(p, [("QUY TRÌNH", {"b": True, "size": 14}), BR, ("CẤP BẢN ", {"b": True}),
                 ("SAO", {"b": True, "i": True}), (" TRÍCH LỤC", {"b": True, "size": 14}),
                 (" HỘ TỊCH", {"b": True, "color": "C00000"})])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c1.add_paragraph()
    add_runs(p, [("Mã ", {"i": True}), ("TTHC", {"i": True, "b": True}), (": 2.000", {"i": True}),
                 ("635", {"i": True})])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(c2.paragraphs[0], ["Mã số: ", ("QT.", {"b": True}), ("TP", {"b": True}), (".04", {"b": True})])
    add_runs(c2.add_paragraph(), ["Lần ban ", "hành: ", "01"])
    add_runs(c2.add_paragraph(), ["Ngày ban hành: ", "10/02/", "2026"])
    add_runs(c2.add_paragraph(), ["Ngày hiệu lực: 16/02/2026"])
    add_runs(c2.add_paragraph(), ["Trang: 1/4"])
    par(doc)
    sig = table(doc, [[None, None, None]], header_rows=0, style=None)
    # One paragraph per line of each signature block.
    blocks = [
        [[("NGƯỜI SOẠN THẢO", {"b": True})], [("(Ký, ghi rõ họ tên)", {"i": True})], "", "",
         [("Đào Thị ", {"b": True}), ("Kim Oanh", {"b": True})], "Công chức Tư pháp - Hộ tịch",
         [("Ngày ", {"i": True}), ("26/01/2026", {"i": True})]],
        [[("NGƯỜI XEM XÉT", {"b": True})], [("(Ký, ghi rõ họ tên)", {"i": True})], "", "",
         [("Tạ Quang Vinh", {"b": True})], ["Chánh Văn phòng HĐND và ", "UBND phường"],
         [("Ngày 03/02/2026", {"i": True})]],
        [[("NGƯỜI PHÊ DUYỆT", {"b": True})], [("KT. CHỦ TỊCH", {"b": True})], [("PHÓ CHỦ TỊCH", {"b": True})],
         [("(Ký, ghi rõ họ tên)", {"i": True})], "", [("Hồ Thị Mỹ Linh", {"b": True})],
         [("Ngày 10/02/2026", {"i": True})]],
    ]
    for j, lines in enumerate(blocks):
        cell = sig.cell(0, j)
        for p in list(cell.paragraphs):
            p._p.getparent().remove(p._p)
        for spec in lines:
            p = cell.add_paragraph()
            add_runs(p, spec)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    par(doc, [("BẢNG THEO DÕI ", {"b": True}), ("SỬA ĐỔI", {"b": True})], align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", [["Ban hành ", "lần đầu"]], "10/02/2026"]], center={0, 3})
    par(doc)
    par(doc, "NƠI NHẬN", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        ["TT", "Nơi nhận", "Số bản"],
        ["1", "Chủ tịch, các Phó Chủ tịch UBND phường", "01"],
        ["2", "Trung tâm Phục vụ hành chính công phường", "01"],
    ], center={0, 2})
    page_break(doc)

    def sec_head(num, words):
        p = doc.add_paragraph()
        add_runs(p, [(num, {"b": True}), TAB, (words, {"b": True})])
        return p

    sec_head("1.", "MỤC ĐÍCH")
    p = doc.add_paragraph()
    clutter(p)
    add_runs(p, ["Quy định trình tự, thủ tục cấp bản sao ", ("Trích lục", {"i": True}), " hộ tịch ",
                 ("tại UBND phường Bình Minh", {"b": True})])
    clutter_end(p)
    add_runs(p, [", bảo đảm người yêu cầu nhận được ", "bản sa", "o", " đúng thời hạn", "."])
    sec_head("2.", "PHẠM VI")
    par(doc, ["Áp dụng đối với cá nhân có yêu cầu cấp bản sao Trích lục hộ tịch về sự kiện hộ tịch đã đăng ký "
              "tại ", ("UBND phường Bình Minh", {"b": True}), "; công chức Trung tâm Phục vụ hành chính công "
              "phường, công chức ", ("Tư pháp - Hộ tịch", {"u": True}), " và Lãnh đạo UBND phường."])
    sec_head("3.", "TÀI LIỆU VIỆN DẪN")
    par(doc, ["- ", ("Luật Hộ tịch", {"b": True}), " số 60/2014/", "QH13 ngày 20/11/", "2014 của Quốc hội;"])
    par(doc, ["- Nghị định số ", ("123/2015/NĐ-CP", {"b": True}), " ngày 15/11/2015 của Chính phủ quy định chi "
              "tiết một số điều và biện pháp thi hành Luật Hộ tịch;"])
    par(doc, ["- Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 ", ("của Chính phủ", {"i": True}),
              " quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến;"])
    par(doc, ["- Nghị định số ", "118/2025/", "NĐ-CP", " ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành "
              "chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và ", ("Cổng Dịch vụ công "
              "quốc gia", {"i": True}), "."])
    sec_head("4.", "ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT")
    par(doc, ["- ", ("UBND", {"b": True}), ": Ủy ban nhân dân;"])
    par(doc, ["- ", ("Trung tâm PVHCC", {"b": True}), ": Trung tâm Phục vụ hành chính công phường Bình Minh."])
    sec_head("5.", "NỘI DUNG QUY TRÌNH")
    heading(doc, "5.1. Điều kiện thực hiện")
    par(doc, "Sự kiện hộ tịch đã được đăng ký tại UBND phường Bình Minh.")
    heading(doc, "5.2. Thành phần hồ sơ")
    par(doc, "Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu).")
    heading(doc, "5.3. Số lượng hồ sơ")
    par(doc, "01 bộ.")
    heading(doc, "5.4. Thời gian xử lý")
    par(doc, ["Ngay ", ("trong ngày", {"b": True}), " tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ "
              "thì trả kết quả trong ngày làm việc tiếp theo."])
    heading(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    par(doc, "Trung tâm Phục vụ hành chính công phường Bình Minh.")
    heading(doc, "5.6. Lệ phí")
    par(doc, "8.000 đồng/bản sao Trích lục/sự kiện hộ tịch đã đăng ký.")
    heading(doc, "5.7. Quy trình xử lý công việc")
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", [["Tiếp nhận, kiểm tra Tờ khai; ", ("lập", {"b": True}), " Giấy tiếp nhận hồ sơ và hẹn trả kết quả."]],
         [["Công chức ", "Trung tâm PVHCC"]], [["01 ", "giờ", " làm việc"]], "BM.TP.04-01; BM.TP.04-02"],
        ["2", [["Tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; in bản sao Trích lục hộ tịch,", BR,
                "trình ký."]],
         "Công chức Tư pháp - Hộ tịch", "04 giờ làm việc", [["BM.TP.04-02", " – ", "Dự thảo bản sao Trích lục"]]],
        ["3", "Ký bản sao Trích lục hộ tịch.", "Lãnh đạo UBND phường", "02 giờ làm việc",
         "BM.TP.04-02 – Bản sao Trích lục hộ tịch đã ký"],
        ["4", "Trả kết quả cho người yêu cầu; thu lệ phí.", "Công chức Trung tâm PVHCC", "01 giờ làm việc",
         "BM.TP.04-02 – Bản sao Trích lục hộ tịch"],
        ["Tổng thời gian: 08 giờ làm việc", None, None, None, None],
    ], center={0, 3})
    t.cell(5, 0).merge(t.cell(5, 4))
    heading(doc, "6. BIỂU MẪU")
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.TP.04-01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"],
        ["2", "BM.TP.04-02", "Phiếu kiểm soát quá trình giải quyết hồ sơ"],
    ], center={0})
    heading(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Tờ khai cấp bản sao trích lục hộ tịch", "Công chức Tư pháp - Hộ tịch", "Bộ phận Tư pháp - Hộ tịch",
         "10 năm"],
        ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC",
         [["05 ", "năm"]]],
    ], center={0, 4})
    return save(doc, "08-phuong-binh-minh-cap-ban-sao-trich-luc-ho-tich.docx")


# ==========================================================================
# 09  UBND xã Tân Phú — Đăng ký thành lập hộ kinh doanh (defects: approval
#     before review, steps over the statutory limit)
# ==========================================================================

def doc09():
    doc = new_document("Quy trình đăng ký thành lập hộ kinh doanh")
    t = table(doc, [[
        [("ỦY BAN NHÂN DÂN", {"b": True}), ("XÃ TÂN PHÚ", {"b": True})],
        [("QUY TRÌNH ĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH", {"b": True}), ("Mã TTHC: 1.001612", {"i": True})],
        ["Mã hiệu: QT.KT.01", "Lần ban hành: 01", "Ngày hiệu lực: 06/4/2026", "Trang 1/5"],
    ]], header_rows=0)
    for col in (0, 1):
        for p in t.cell(0, col).paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    table(doc, [
        [None, "Người soạn thảo", "Người xem xét", "Người phê duyệt"],
        ["Họ và tên", "Vương Thị Hạnh", "Chu Văn Lộc", "Kiều Thị Thu"],
        ["Chức vụ", "Công chức Phòng Kinh tế", "Trưởng Phòng Kinh tế", "Phó Chủ tịch UBND xã"],
        ["Chữ ký", None, None, None],
        ["Ngày", "16/3/2026", "27/3/2026", "25/3/2026"],
    ], center={1, 2, 3})
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "06/4/2026"]], center={0, 3})
    par(doc)
    par(doc, "NƠI NHẬN", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        ["TT", "Nơi nhận", "Số bản"],
        ["1", "Lãnh đạo UBND xã", "01"],
        ["2", "Phòng Kinh tế", "01"],
        ["3", "Trung tâm Phục vụ hành chính công xã", "01"],
    ], center={0, 2})
    page_break(doc)

    heading(doc, "MỤC ĐÍCH", "listnumber")
    par(doc, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục đăng ký thành lập hộ kinh doanh "
             "tại UBND xã Tân Phú.")
    heading(doc, "PHẠM VI", "listnumber")
    par(doc, "Áp dụng đối với cá nhân, thành viên hộ gia đình đăng ký thành lập hộ kinh doanh có trụ sở trên "
             "địa bàn xã Tân Phú.")
    heading(doc, "CĂN CỨ PHÁP LÝ", "listnumber")
    for line in ["Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 của Quốc hội;",
                 "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp;",
                 ND118 + "."]:
        par(doc, dash(line))
    heading(doc, "ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT", "listnumber")
    par(doc, dash("HKD: Hộ kinh doanh;"))
    par(doc, dash("GCN: Giấy chứng nhận đăng ký hộ kinh doanh."))
    heading(doc, "NỘI DUNG QUY TRÌNH", "listnumber")
    heading(doc, "5.1. Điều kiện thực hiện")
    par(doc, "Tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trên địa bàn xã; hồ sơ hợp lệ.")
    heading(doc, "5.2. Thành phần hồ sơ")
    par(doc, dash("Giấy đề nghị đăng ký hộ kinh doanh;"))
    par(doc, dash("Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ kinh doanh."))
    heading(doc, "5.3. Số lượng hồ sơ")
    par(doc, "01 bộ.")
    heading(doc, "5.4. Thời gian xử lý")
    par(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    heading(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    par(doc, "Trung tâm Phục vụ hành chính công xã Tân Phú.")
    heading(doc, "5.6. Lệ phí")
    par(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Hòa An.")
    heading(doc, "5.7. Quy trình xử lý công việc")
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu", "Kết quả"],
        ["B1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
         "Công chức Trung tâm PVHCC", "04 giờ làm việc", "BM.KT.01-01, BM.KT.01-02",
         "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"],
        ["B2", "Thẩm định hồ sơ; nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.",
         "Công chức Phòng Kinh tế", "01 ngày làm việc", "BM.KT.01-02", "Dự thảo GCN"],
        ["B3", "Xem xét hồ sơ, trình ký.", "Trưởng Phòng Kinh tế", "0,5 ngày làm việc", "BM.KT.01-02",
         "Hồ sơ trình ký"],
        ["B4", "Ký Giấy chứng nhận đăng ký hộ kinh doanh.", "Lãnh đạo UBND xã", "01 ngày làm việc",
         "BM.KT.01-02", "GCN đã ký"],
        ["B5", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống.", "Công chức Trung tâm PVHCC",
         "1/2 ngày làm việc", "BM.KT.01-02", "GCN"],
        ["Tổng thời gian giải quyết: 03 ngày làm việc", None, None, None, None, None],
    ], center={0, 3})
    t.cell(6, 0).merge(t.cell(6, 5))
    heading(doc, "BIỂU MẪU", "listnumber")
    par(doc, dash("BM.KT.01-01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả;"))
    par(doc, dash("BM.KT.01-02: Phiếu kiểm soát quá trình giải quyết hồ sơ."))
    heading(doc, "HỒ SƠ CẦN LƯU", "listnumber")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Hồ sơ đăng ký thành lập hộ kinh doanh", "Công chức Phòng Kinh tế", "Phòng Kinh tế", "10 năm"],
        ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC",
         "05 năm"],
    ], center={0, 4})
    return save(doc, "09-xa-tan-phu-dang-ky-thanh-lap-ho-kinh-doanh.docx")


# ==========================================================================
# 10  Sở Tư pháp tỉnh Bình Sơn — Xem xét của lãnh đạo (draft; steps as
#     paragraphs with Word bullets; empty change log)
# ==========================================================================

def doc10():
    doc = new_document("Quy trình xem xét của lãnh đạo (dự thảo)")
    c = WD_ALIGN_PARAGRAPH.CENTER
    par(doc, "UBND TỈNH BÌNH SƠN", align=c)
    par(doc, "SỞ TƯ PHÁP", base={"b": True}, align=c)
    par(doc, "DỰ THẢO", base={"b": True, "color": "C00000", "size": 16}, align=WD_ALIGN_PARAGRAPH.RIGHT)
    par(doc, "QUY TRÌNH XEM XÉT CỦA LÃNH ĐẠO", base={"b": True, "size": 15}, align=c)
    par(doc, "Mã số: QT.ISO.06 | Lần ban hành: 01 | Ngày ban hành: ……/……/2026", align=c)
    par(doc)
    table(doc, [
        [None, "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
        ["Người soạn thảo", "Hoàng Minh Châu", "Chuyên viên Văn phòng Sở, Thư ký ISO", None, "11/5/2026"],
        ["Người xem xét", "Lã Thị Phương", "Chánh Văn phòng Sở", None, None],
        ["Người phê duyệt", None, None, None, None],
    ])
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=c)
    table(doc, [CHANGELOG_HEAD, [None] * 4, [None] * 4])
    page_break(doc)

    heading(doc, "I. MỤC ĐÍCH", "h1")
    par(doc, "Quy định việc Lãnh đạo Sở Tư pháp định kỳ xem xét Hệ thống quản lý chất lượng nhằm bảo đảm hệ "
             "thống luôn thích hợp, thỏa đáng, có hiệu lực và phù hợp với định hướng chiến lược của Sở.")
    heading(doc, "II. PHẠM VI", "h1")
    par(doc, "Áp dụng đối với Ban Giám đốc, Đại diện lãnh đạo về chất lượng, Thư ký ISO và các phòng, đơn vị "
             "thuộc Sở Tư pháp tỉnh Bình Sơn.")
    heading(doc, "III. TÀI LIỆU VIỆN DẪN", "h1")
    par(doc, dash(ISO + ";"))
    par(doc, dash("Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ trưởng Bộ Khoa học và Công nghệ công bố mô "
                  "hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ "
                  "quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương."))
    heading(doc, "IV. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT", "h1")
    par(doc, "Không có.")
    heading(doc, "V. NỘI DUNG QUY TRÌNH", "h1")
    steps = [
        ("Bước 1. ", "Chuẩn bị cuộc họp xem xét của lãnh đạo",
         [("Trách nhiệm", "Thư ký ISO"), ("Thời gian", "05 ngày làm việc"), ("Biểu mẫu", "BM.ISO.06-01"),
          ("Kết quả", "Thông báo họp")]),
        ("Bước 2. ", "Tổng hợp báo cáo đầu vào xem xét",
         [("Trách nhiệm", "Các phòng, đơn vị; Thư ký ISO"), ("Thời gian", "05 ngày làm việc"),
          ("Biểu mẫu", "BM.ISO.06-02"), ("Kết quả", "Báo cáo tổng hợp đầu vào")]),
        ("Bước 3. ", "Tổ chức họp xem xét của lãnh đạo",
         [("Trách nhiệm", "Giám đốc Sở"), ("Thời gian", "01 ngày"), ("Biểu mẫu", "BM.ISO.06-03"),
          ("Kết quả", "Biên bản họp xem xét của lãnh đạo")]),
        ("Bước 4. ", "Theo dõi thực hiện kết luận cuộc họp",
         [("Trách nhiệm", "Thư ký ISO"), ("Thời gian", "Theo kết luận của cuộc họp"),
          ("Biểu mẫu", "BM.ISO.06-03"), ("Kết quả", "Báo cáo kết quả thực hiện")]),
    ]
    for label, action, items in steps:
        par(doc, [(label, {"b": True}), (action, {"b": True})])
        for k, v in items:
            par(doc, [f"{k}: ", v], style="List Bullet")
    heading(doc, "VI. BIỂU MẪU", "h1")
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.ISO.06-01", "Thông báo họp xem xét của lãnh đạo"],
        ["2", "BM.ISO.06-02", "Báo cáo tổng hợp đầu vào xem xét của lãnh đạo"],
        ["3", "BM.ISO.06-03", "Biên bản họp xem xét của lãnh đạo"],
    ], center={0})
    heading(doc, "VII. HỒ SƠ CẦN LƯU", "h1")
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "Văn phòng Sở", "10 năm"],
        ["2", "Báo cáo tổng hợp đầu vào xem xét của lãnh đạo", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
    ], center={0, 4})
    return save(doc, "10-so-tu-phap-binh-son-xem-xet-cua-lanh-dao-du-thao.docx")


# ==========================================================================
# 11  Văn phòng UBND tỉnh Tân Hà — Kiểm soát hồ sơ (header and footer hold
#     the header data; legal bases as a table; retention variants)
# ==========================================================================

def doc11():
    doc = new_document("Quy trình kiểm soát hồ sơ")
    sec = doc.sections[0]
    ht = sec.header.add_table(1, 2, Cm(16))
    ht.style = "Table Grid"
    fill_cell(ht.cell(0, 0), ["UBND TỈNH TÂN HÀ", [("VĂN PHÒNG", {"b": True})]], align=WD_ALIGN_PARAGRAPH.CENTER)
    fill_cell(ht.cell(0, 1), [[("QUY TRÌNH KIỂM SOÁT HỒ SƠ", {"b": True, "size": 14})]],
              align=WD_ALIGN_PARAGRAPH.CENTER)
    f = sec.footer
    add_runs(f.paragraphs[0], ["Mã số: QT.VP.02 – Lần ban hành: 03 – Ngày hiệu lực: 15/01/2026"])
    f.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = f.add_paragraph()
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, ["Trang "])
    add_field(fp, "PAGE", "1")
    add_runs(fp, ["/"])
    add_field(fp, "NUMPAGES", "5")

    table(doc, [
        ["", "Họ tên", "Chức vụ", "Ngày ký", "Chữ ký"],
        ["Người soạn thảo", "Nông Thị Lụa", "Chuyên viên Phòng Hành chính – Tổ chức", "22/12/2025", None],
        ["Người soát xét", "Âu Đức Mạnh", "Trưởng phòng Hành chính – Tổ chức", "29/12/2025", None],
        ["Người phê duyệt", "Lò Văn Quý", "CHÁNH VĂN PHÒNG", "08/01/2026", None],
    ])
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        CHANGELOG_HEAD,
        ["02", "Mục 3", "Bổ sung Thông tư số 10/2022/TT-BNV", "12/5/2023"],
        ["03", "Mục 5, Mục 7", "Sửa đổi quy trình nộp lưu; cập nhật thời gian lưu hồ sơ", "08/01/2026"],
    ], center={0, 3})
    par(doc)
    par(doc, "Nơi nhận:", base={"b": True, "i": True})
    par(doc, "- Lãnh đạo Văn phòng;")
    par(doc, "- Các phòng, đơn vị thuộc Văn phòng.")
    page_break(doc)

    heading(doc, "1. MỤC ĐÍCH")
    par(doc, "Quy định thống nhất việc lập, cập nhật, bảo quản, lưu trữ và hủy hồ sơ thuộc Hệ thống quản lý chất "
             "lượng của Văn phòng UBND tỉnh, bảo đảm hồ sơ được nhận biết, dễ truy tìm và được lưu giữ đúng "
             "thời hạn.")
    heading(doc, "2. PHẠM VI")
    par(doc, "Áp dụng đối với toàn bộ hồ sơ phát sinh từ việc thực hiện các quy trình thuộc Hệ thống quản lý "
             "chất lượng tại các phòng, đơn vị thuộc Văn phòng UBND tỉnh Tân Hà.")
    heading(doc, "3. TÀI LIỆU VIỆN DẪN")
    table(doc, [
        ["TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu nội dung"],
        ["1", "TCVN ISO 9001:2015", None, None, "Hệ thống quản lý chất lượng – Các yêu cầu"],
        ["2", "30/2020/NĐ-CP", "05/3/2020", "Chính phủ", "Nghị định về công tác văn thư"],
        ["3", "10/2022/TT-BNV", None, "Bộ Nội vụ", "Thông tư quy định thời hạn bảo quản tài liệu"],
        ["4", "19/2014/QĐ-TTg", "05/3/2014", "Thủ tướng Chính phủ",
         "Quyết định về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 "
         "vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước"],
    ], center={0, 2})
    heading(doc, "4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT")
    table(doc, [
        ["Thuật ngữ", "Định nghĩa"],
        ["Hồ sơ", "Tập hợp văn bản, tài liệu có liên quan với nhau về một vấn đề, một sự việc hoặc có đặc điểm "
                  "chung, hình thành trong quá trình giải quyết công việc"],
        ["HTQLCL", "Hệ thống quản lý chất lượng"],
    ])
    heading(doc, "5. NỘI DUNG QUY TRÌNH")
    table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        ["1.", "Lập Danh mục hồ sơ của phòng, đơn vị đầu năm.", "Trưởng phòng, đơn vị", "10 ngày làm việc",
         "BM.VP.02-01"],
        ["2.", ["Lập hồ sơ, cập nhật hồ sơ trong quá trình thực hiện công việc.",
                "Sắp xếp văn bản theo trình tự thời gian."], "Công chức được giao nhiệm vụ", "Thường xuyên", None],
        ["3.", "Kiểm tra việc lập, lưu giữ hồ sơ tại các phòng, đơn vị.", "Thư ký ISO", "05 ngày làm việc",
         "BM.VP.02-02"],
        ["4.", "Nộp lưu hồ sơ vào Lưu trữ cơ quan.", "Các phòng, đơn vị; Văn thư – Lưu trữ", "20 ngày làm việc",
         "BM.VP.02-03"],
        ["5.", "Lập danh mục hồ sơ hết thời hạn bảo quản; đề nghị hủy theo quy định.", "Văn thư – Lưu trữ",
         "10 ngày làm việc", "BM.VP.02-04"],
    ], center={0, 3})
    heading(doc, "6. BIỂU MẪU")
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.VP.02-01", "Danh mục hồ sơ"],
        ["2", "BM.VP.02-02", "Phiếu kiểm tra việc lập, lưu giữ hồ sơ"],
        ["3", "BM.VP.02-03", "Mục lục hồ sơ nộp lưu"],
        ["4", "BM.VP.02-04", "Danh mục tài liệu hết giá trị"],
    ], center={0})
    heading(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [
        ["TT", "Tên hồ sơ", "Nơi lưu", "Trách nhiệm lưu", "Thời gian lưu"],
        ["1", "Danh mục hồ sơ", "Phòng Hành chính – Tổ chức", "Văn thư – Lưu trữ", "Vĩnh viễn"],
        ["2", "Phiếu kiểm tra việc lập, lưu giữ hồ sơ", "Phòng Hành chính – Tổ chức", "Thư ký ISO", "05 năm"],
        ["3", "Mục lục hồ sơ nộp lưu", "Lưu trữ cơ quan", "Văn thư – Lưu trữ", "Lâu dài"],
        ["4", "Danh mục tài liệu hết giá trị và Quyết định hủy", "Lưu trữ cơ quan", "Văn thư – Lưu trữ",
         "Theo quy định hiện hành"],
    ], center={0, 4})
    return save(doc, "11-van-phong-ubnd-tinh-tan-ha-kiem-soat-ho-so.docx")


# ==========================================================================
# 12  Thanh tra tỉnh Hòa An — Giải quyết tố cáo (clean; Roman and
#     decimal auto-numbered headings, calendar days, vMerge)
# ==========================================================================

def doc12():
    doc = new_document("Quy trình giải quyết tố cáo")
    num = add_numbering(doc, [("upperRoman", "%1."), ("decimal", "%2.")])
    t = table(doc, [[
        ["UBND TỈNH HÒA AN", [("THANH TRA TỈNH", {"b": True})]],
        [[("QUY TRÌNH", {"b": True, "size": 14})], [("GIẢI QUYẾT TỐ CÁO", {"b": True, "size": 14})]],
        ["Mã số: QT.TT.02", "Lần ban hành: 01", "Ngày ban hành: 12/3/2026", "Ngày hiệu lực: 16/3/2026",
         "Trang: 1/5"],
    ]], header_rows=0)
    for col in (0, 1):
        for p in t.cell(0, col).paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par(doc)
    table(doc, [
        [None, "Soạn thảo", "Xem xét", "Phê duyệt"],
        ["Họ và tên", "Khổng Văn Hải", "Bạch Thị Ngân", "Tôn Thất Dũng"],
        ["Chức vụ", "Thanh tra viên chính", "Trưởng phòng Giải quyết khiếu nại, tố cáo", "CHÁNH THANH TRA"],
        ["Chữ ký", None, None, None],
        ["Ngày", "23/02/2026", "02/3/2026", "12/3/2026"],
    ], center={1, 2, 3})
    par(doc)
    par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "12/3/2026"]], center={0, 3})
    par(doc)
    par(doc, "NƠI NHẬN", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [
        ["TT", "Nơi nhận", "Số bản"],
        ["1", "Lãnh đạo Thanh tra tỉnh", "01"],
        ["2", "Các phòng nghiệp vụ", "01"],
    ], center={0, 2})
    page_break(doc)

    heading(doc, "MỤC ĐÍCH", "h1", num, 0)
    par(doc, "Quy định trình tự, thủ tục giải quyết tố cáo thuộc thẩm quyền của Chánh Thanh tra tỉnh, bảo đảm "
             "việc giải quyết tố cáo kịp thời, khách quan, đúng pháp luật; bảo vệ người tố cáo.")
    heading(doc, "PHẠM VI", "h1", num, 0)
    par(doc, "Áp dụng đối với việc giải quyết tố cáo hành vi vi phạm pháp luật trong việc thực hiện nhiệm vụ, "
             "công vụ thuộc thẩm quyền giải quyết của Chánh Thanh tra tỉnh Hòa An.")
    heading(doc, "TÀI LIỆU VIỆN DẪN", "h1", num, 0)
    for line in [
        "Luật Tố cáo số 25/2018/QH14 ngày 12/6/2018 của Quốc hội;",
        "Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ "
        "chức thi hành Luật Tố cáo;",
        "Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu "
        "nại, đơn tố cáo, đơn kiến nghị, phản ánh.",
    ]:
        par(doc, dash(line))
    heading(doc, "ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT", "h1", num, 0)
    par(doc, dash("TTT: Thanh tra tỉnh;"))
    par(doc, dash("GQTC: Giải quyết tố cáo."))
    heading(doc, "NỘI DUNG QUY TRÌNH", "h1", num, 0)
    for title, text in [
        ("Điều kiện thực hiện", "Tố cáo có đủ điều kiện thụ lý theo quy định tại Điều 29 Luật Tố cáo."),
        ("Thành phần hồ sơ", "Đơn tố cáo hoặc Biên bản ghi nội dung tố cáo trực tiếp; tài liệu, chứng cứ kèm "
                             "theo (nếu có)."),
        ("Số lượng hồ sơ", "01 bộ."),
        ("Thời gian xử lý", "Không quá 30 ngày kể từ ngày thụ lý tố cáo."),
        ("Nơi tiếp nhận và trả kết quả", "Trụ sở Tiếp công dân tỉnh Hòa An."),
        ("Lệ phí", "Không."),
    ]:
        heading(doc, title, "h2", num, 1)
        par(doc, text)
    heading(doc, "Quy trình xử lý công việc", "h2", num, 1)
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, phân loại đơn tố cáo; đề xuất thụ lý.", "Phòng Tiếp công dân và xử lý đơn", "08 giờ",
         "BM.TT.02-01 – Phiếu đề xuất thụ lý"],
        ["2", "Ban hành Quyết định thụ lý tố cáo, thành lập Tổ xác minh.", "Chánh Thanh tra tỉnh", "02 ngày",
         "BM.TT.02-02 – Quyết định thụ lý"],
        ["3", "Xác minh nội dung tố cáo; làm việc với người bị tố cáo, người tố cáo.", "Tổ xác minh", "15 ngày",
         "BM.TT.02-03 – Biên bản làm việc"],
        ["4", "Báo cáo kết quả xác minh, đề xuất kết luận.", None, "05 ngày",
         "BM.TT.02-04 – Báo cáo kết quả xác minh"],
        ["5", "Ban hành Kết luận nội dung tố cáo.", "Chánh Thanh tra tỉnh", "05 ngày",
         "BM.TT.02-05 – Kết luận nội dung tố cáo"],
        ["6", "Gửi, công khai Kết luận; lưu hồ sơ.", "Phòng Giải quyết khiếu nại, tố cáo", "02 ngày",
         "Kết luận được gửi, công khai"],
        ["Tổng thời gian giải quyết", None, None, "Không quá 30 ngày", None],
    ], center={0, 3})
    t.cell(3, 2).merge(t.cell(4, 2))
    t.cell(7, 0).merge(t.cell(7, 2))
    heading(doc, "BIỂU MẪU", "h1", num, 0)
    table(doc, [
        ["TT", "Mã hiệu", "Tên biểu mẫu"],
        ["1", "BM.TT.02-01", "Phiếu đề xuất thụ lý tố cáo"],
        ["2", "BM.TT.02-02", "Quyết định thụ lý tố cáo"],
        ["3", "BM.TT.02-03", "Biên bản làm việc"],
        ["4", "BM.TT.02-04", "Báo cáo kết quả xác minh nội dung tố cáo"],
        ["5", "BM.TT.02-05", "Kết luận nội dung tố cáo"],
    ], center={0})
    heading(doc, "HỒ SƠ CẦN LƯU", "h1", num, 0)
    table(doc, [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Hồ sơ giải quyết tố cáo", "Phòng Giải quyết khiếu nại, tố cáo", "Lưu trữ cơ quan Thanh tra tỉnh",
         "15 năm"],
        ["2", "Sổ theo dõi tiếp nhận, xử lý đơn", "Phòng Tiếp công dân và xử lý đơn",
         "Phòng Tiếp công dân và xử lý đơn", "10 năm"],
    ], center={0, 4})
    return save(doc, "12-thanh-tra-tinh-hoa-an-giai-quyet-to-cao.docx")


# ==========================================================================
# Bad inputs
# ==========================================================================

def bad_truncated(source):
    """13: the bytes of 01 cut at the middle: local entries, no central
    directory."""
    with open(os.path.join(HERE, "13-truncated-zip.docx"), "wb") as f:
        f.write(source[: len(source) // 2])


def bad_not_word():
    """14: a valid zip that is an OpenDocument text renamed .docx."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        manifest = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>'
        )
        content = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:body><office:text>'
            '<text:p>QUY TRÌNH ĐĂNG KÝ KHAI SINH</text:p>'
            '<text:p>Mã số: QT.HT.01 – Lần ban hành: 01</text:p>'
            '</office:text></office:body></office:document-content>'
        )
        for name, data in [("META-INF/manifest.xml", manifest), ("content.xml", content)]:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    with open(os.path.join(HERE, "14-not-a-word-document.docx"), "wb") as f:
        f.write(out.getvalue())


def bad_legacy_doc():
    """15: the OLE2 compound-file signature of a Word 97-2003 .doc, then
    zeros to one 512-byte header sector."""
    sig = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    with open(os.path.join(HERE, "15-legacy-word-97.doc"), "wb") as f:
        f.write(sig + bytes(512 - len(sig)))


def bad_large():
    """16: a procedure whose step table has 10,000 rows."""
    doc = new_document("Quy trình kiểm tra hồ sơ lưu trữ")
    table(doc, [[
        ["UBND TỈNH HÒA AN", [("SỞ NỘI VỤ", {"b": True})]],
        [[("QUY TRÌNH KIỂM TRA HỒ SƠ LƯU TRỮ", {"b": True})]],
        ["Mã số: QT.LT.09", "Lần ban hành: 01", "Ngày ban hành: 02/11/2026"],
    ]], header_rows=0)
    heading(doc, "1. MỤC ĐÍCH")
    par(doc, "Kiểm tra từng hồ sơ trong kho lưu trữ.")
    heading(doc, "5. NỘI DUNG QUY TRÌNH")
    t = table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"]])
    rows = []
    for i in range(1, 10001):
        cells = [str(i), f"Kiểm tra hồ sơ số {i}", "Tổ kiểm tra", "01 giờ", ""]
        tcs = "".join(
            f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" if c else "<w:tc><w:p/></w:tc>"
            for c in cells
        )
        rows.append(f"<w:tr>{tcs}</w:tr>")
    frag = parse_xml(f'<w:tbl {nsdecls("w")}>{"".join(rows)}</w:tbl>')
    for tr in list(frag):
        t._tbl.append(tr)
    return save(doc, "16-large-10000-steps.docx")


# ==========================================================================
# 17-19  The same procedures saved by LibreOffice Writer
# ==========================================================================

LIBREOFFICE = [
    ("01-xa-tan-phu-dang-ky-khai-sinh.docx", "17-libreoffice-xa-tan-phu-dang-ky-khai-sinh.docx"),
    ("04-xa-tan-phu-cap-giay-phep-xay-dung.docx", "18-libreoffice-xa-tan-phu-cap-giay-phep-xay-dung.docx"),
    ("06-so-noi-vu-xu-ly-van-ban-den.docx", "19-libreoffice-so-noi-vu-xu-ly-van-ban-den.docx"),
]


def libreoffice_copies():
    """Opens 01, 04 and 06 in LibreOffice Writer (Debian's
    libreoffice-writer-nogui, headless) and saves them as .docx: the same
    procedures in the WordprocessingML that LibreOffice writes (its own
    styles, run splitting, table properties, text boxes as it stores them).
    Skipped when soffice is not installed (the files are committed)."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: the LibreOffice copies (17-19) are left as they are")
        return
    for src, dst in LIBREOFFICE:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML",
                            "--outdir", tmp, os.path.join(HERE, src)], check=True,
                           stdout=subprocess.DEVNULL)
            with open(os.path.join(tmp, src), "rb") as f:
                data = stable_zip(f.read())
        with open(os.path.join(HERE, dst), "wb") as f:
            f.write(data)


def main():
    src01 = doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    doc06()
    doc07()
    doc08()
    doc09()
    doc10()
    doc11()
    doc12()
    bad_truncated(src01)
    bad_not_word()
    bad_legacy_doc()
    bad_large()
    libreoffice_copies()


if __name__ == "__main__":
    main()
