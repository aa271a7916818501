"""Helpers for generate-101-template.py (python-docx 1.2.0 + lxml): files are
written next to this module."""
import datetime, io, struct, zlib, zipfile, os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
# Cases the reader does not read right yet: written to pending/, out of the
# test's reach, until it does (see pending/README.md).
PENDING: set = set()  # files the reader cannot read yet go to pending/
FIXED = datetime.datetime(2026, 10, 1, 8, 0, 0)
ZIP_TIME = (2026, 10, 1, 8, 0, 0)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- images
def _png(width, height, pixel):
    raw = b""
    for y in range(height):
        raw += b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_png():
    """A 64x64 emblem-like disc: red with a yellow centre."""
    def px(x, y):
        d = ((x - 31.5) ** 2 + (y - 31.5) ** 2) ** 0.5
        if d < 12:
            return (250, 210, 40)
        if d < 30:
            return (200, 30, 30)
        return (255, 255, 255)
    return _png(64, 64, px)


def flowchart_png():
    """A 200x300 drawing: five boxes joined by lines (a scanned flowchart)."""
    boxes = [(20, 10 + i * 58, 180, 50 + i * 58) for i in range(5)]
    def px(x, y):
        for (x0, y0, x1, y1) in boxes:
            if x0 <= x <= x1 and y0 <= y <= y1:
                edge = x in (x0, x1) or y in (y0, y1)
                return (0, 0, 0) if edge else (230, 240, 255)
        for (x0, y0, x1, y1) in boxes[:-1]:
            if 99 <= x <= 101 and y1 < y < y1 + 8:
                return (0, 0, 0)
        return (255, 255, 255)
    return _png(200, 300, px)


# ---------------------------------------------------------------- document
def new_document(title, size=13):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(a), "Times New Roman")
    cp = doc.core_properties
    cp.author = "Tổ ISO"
    cp.last_modified_by = "Tổ ISO"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = title
    cp.language = "vi-VN"
    return doc


def run(p, text, b=False, i=False, size=None):
    r = p.add_run(text)
    if b:
        r.bold = True
    if i:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    return r


def para(container, text="", b=False, i=False, align=None, size=None, style=None, before=None, after=None):
    p = container.add_paragraph(style=style)
    if text:
        run(p, text, b, i, size)
    if align is not None:
        p.alignment = align
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def fill(cell, lines, b=False, align=None, i=False, size=None):
    """lines: str (one paragraph, '\n' splits paragraphs) or list of str."""
    if lines is None:
        return cell
    if isinstance(lines, str):
        lines = lines.split("\n")
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line:
            run(p, line, b, i, size)
        if align is not None:
            p.alignment = align
    return cell


def grid(container, nrows, ncols, style="Table Grid"):
    t = container.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def table(container, rows, header=1, style="Table Grid", center_cols=()):
    ncols = max(len(r) for r in rows)
    t = grid(container, len(rows), ncols, style)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if i < header:
                fill(t.cell(i, j), v, b=True, align=C)
            else:
                fill(t.cell(i, j), v, align=C if j in center_cols else None)
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def no_borders(t):
    tblpr = t._tbl.tblPr
    b = parse_xml(f'<w:tblBorders {W_NS}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    tblpr.append(b)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def picture(cell_or_par, data, width_cm):
    p = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    p.add_run().add_picture(io.BytesIO(data), width=Cm(width_cm))
    p.alignment = C
    return p



# ---------------------------------------------------------------- tables of the annexes
def widths(t, cms):
    """Column widths in the table grid (w:gridCol) and on every cell (a merged
    cell gets the width of the columns it spans)."""
    for j, w in enumerate(cms):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        col = 0
        for tc in row._tr.tc_lst:
            tc.width = Cm(sum(cms[col:col + tc.grid_span]))
            col += tc.grid_span


def spans(t, specs):
    """Adds a row; specs = [(text, span, bold, align)], merging each cell
    over `span` grid columns (w:gridSpan). `text` may be a list of
    paragraphs."""
    r = t.add_row()
    col = 0
    for text, span, bold, align in specs:
        c = r.cells[col]
        if span > 1:
            c = c.merge(r.cells[col + span - 1])
        fill(c, text, b=bold, align=align)
        col += span
    return r


def header_row(t, labels):
    """The first row of `t` as its bold, repeated header."""
    for j, v in enumerate(labels):
        fill(t.cell(0, j), v, b=True, align=C)
    repeat_header(t.rows[0])


def one_table_annex(doc, fields, cms):
    """The annex of several procedures in ONE table (45, 51): "STT | Tên thủ
    tục hành chính/Các bước thực hiện | Nội dung công việc | Trách nhiệm thực
    hiện | Thời gian thực hiện", a merged row per field ("I | LĨNH VỰC …"),
    per procedure (its name, its time limit in italics below), a row per
    step and a total row. `fields`: [(roman, field, [(num, name, limit,
    steps, total)])], steps as (order, action, responsible, duration)."""
    t = grid(doc, 1, 5)
    header_row(t, ["STT", "Tên thủ tục hành chính/Các bước thực hiện", "Nội dung công việc",
                   "Trách nhiệm thực hiện", "Thời gian thực hiện"])
    for roman, field, procs in fields:
        spans(t, [(roman, 1, True, C), (field, 4, True, None)])
        for num, name, limit, steps, total in procs:
            r = spans(t, [(num, 1, True, C), (name, 4, True, None)])
            run(r.cells[1].add_paragraph(), limit, i=True)
            for order, action, resp, dur in steps:
                spans(t, [("", 1, False, None), (order, 1, False, C), (action, 1, False, None),
                          (resp, 1, False, None), (dur, 1, False, C)])
            spans(t, [("", 1, False, None), ("Tổng thời gian giải quyết", 3, True, C), (total, 1, True, C)])
    widths(t, cms)


def landscape(doc):
    """A4 landscape with 2 cm margins, as annexes with wide tables are."""
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(2), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)


def title_block(doc, first, lines, attached):
    """An annex's title: its kind ("PHỤ LỤC"), its bold lines and the
    italic line naming the decision it is attached to."""
    para(doc, first, b=True, align=C, after=0)
    for ln in lines:
        para(doc, ln, b=True, align=C, after=0)
    p = para(doc, attached, i=True, align=C, after=0)
    # Blanks left for the number and day: Word keeps them with xml:space.
    for t in p._p.iter(qn("w:t")):
        if "  " in (t.text or ""):
            t.set(qn("xml:space"), "preserve")
    para(doc, "____________", align=C, after=6)


# ---------------------------------------------------------------- Word features
_ID = [500]


def _nid():
    _ID[0] += 1
    return str(_ID[0])


def sdt_text(p, text, alias, tag):
    """An inline plain-text content control holding text."""
    x = (f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
         f'<w:id w:val="-{_nid()}"/><w:text/></w:sdtPr><w:sdtContent>'
         f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def sdt_date(p, text, iso, alias, tag):
    x = (f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
         f'<w:id w:val="-{_nid()}"/><w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/>'
         '<w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
         f'</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def sdt_placeholder_date(p, placeholder, alias, tag):
    """A date content control never filled in: Word shows its placeholder."""
    x = (f'<w:sdt {W_NS}><w:sdtPr><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
         f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="-{_nid()}"/>'
         '<w:showingPlcHdr/><w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="vi-VN"/>'
         '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
         f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{placeholder}</w:t></w:r>'
         '</w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


REV = 'w:author="Nguyễn Thị Bích Thủy" w:date="2026-06-10T14:20:00Z"'


def moved(p_from, p_to, text, name="move201406"):
    """Moves `text` (tracked): the moveFrom copy (" " + text) at the end of
    p_from, the moveTo copy at the end of p_to. Word keeps w:t (not delText)
    inside w:moveFrom."""
    a, b, c, d = _nid(), _nid(), _nid(), _nid()
    src = [parse_xml(f'<w:moveFromRangeStart {W_NS} w:id="{a}" {REV} w:name="{name}"/>'),
           parse_xml(f'<w:moveFrom {W_NS} w:id="{b}" {REV}><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:moveFrom>'),
           parse_xml(f'<w:moveFromRangeEnd {W_NS} w:id="{a}"/>')]
    for el in src:
        p_from._p.append(el)
    dst = [parse_xml(f'<w:moveToRangeStart {W_NS} w:id="{c}" {REV} w:name="{name}"/>'),
           parse_xml(f'<w:moveTo {W_NS} w:id="{d}" {REV}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:moveTo>'),
           parse_xml(f'<w:moveToRangeEnd {W_NS} w:id="{c}"/>')]
    for el in dst:
        p_to._p.append(el)


def flow_box(cell, label, shape_id, prst="flowChartProcess"):
    """A flowchart shape with text, anchored in a table cell, as Word 2010+
    saves it (DrawingML shape + VML fallback, each with the text)."""
    p = cell.paragraphs[0]
    p.alignment = C
    content = (f'<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>'
               f'<w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{label}</w:t></w:r></w:p></w:txbxContent>')
    vml_shape = {"flowChartProcess": "_x0000_t109", "flowChartTerminator": "_x0000_t116"}[prst]
    x = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251660000 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>45720</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1600200" cy="457200"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
        f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="Flowchart: Process {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1600200" cy="457200"/></a:xfrm>'
        f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shape id="Flowchart {shape_id}" o:spid="_x0000_s{1025 + shape_id}" type="#{vml_shape}" '
        'style="position:absolute;margin-left:3.6pt;margin-top:3.6pt;width:126pt;height:36pt;z-index:251660288" '
        'strokeweight="1pt">'
        f'<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    p._p.append(parse_xml(x))
    # keep the cell tall enough for the shape
    for _ in range(2):
        cell.add_paragraph()


def connector(cell, shape_id):
    """A down arrow drawn as a shape with no text (between two boxes)."""
    p = cell.paragraphs[-1]
    x = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251670000 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>845820</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="0" cy="228600"/><wp:effectExtent l="76200" t="0" r="57150" b="57150"/><wp:wrapNone/>'
        f'<wp:docPr id="{shape_id}" name="Straight Arrow Connector {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="228600"/></a:xfrm>'
        '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
        '</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )
    p._p.append(parse_xml(x))


def add_field(p, instr, cached):
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


def outline_style(doc, style_id, name, level, size=13):
    """A custom paragraph style with an outline level (a heading Word shows
    in the navigation pane), not based on a Heading style."""
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.bold = True
    st.font.size = Pt(size)
    st.element.set(qn("w:styleId"), style_id)
    ppr = st.element.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), str(level))
    ppr.append(ol)
    st.paragraph_format.space_before = Pt(6)
    st.paragraph_format.keep_with_next = True
    return st


# ---------------------------------------------------------------- saving
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


def h(doc, text):
    """A section heading as agencies type it: a bold paragraph."""
    return para(doc, text, b=True, before=6)


def lines(doc, items, prefix="- ", last="."):
    """'- item;' paragraphs, the last one closed by `last`."""
    for k, it in enumerate(items):
        para(doc, prefix + it + (last if k == len(items) - 1 else ";"))


def save_to(doc, name, outdir, pending=frozenset()):
    """Saves `doc` as `name` in `outdir` with fixed zip times (the same bytes
    on every run); a file whose number is in `pending` (not read right yet)
    goes to pending/ when `outdir` is the corpus. Returns the path."""
    if os.path.abspath(outdir) == HERE and name[:2] in pending:
        outdir = os.path.join(HERE, "pending")
    os.makedirs(outdir, exist_ok=True)
    buf = io.BytesIO()
    doc.save(buf)
    path = os.path.join(outdir, name)
    with open(path, "wb") as f:
        f.write(stable_zip(buf.getvalue()))
    return path


def save(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    # The files the reader does not read right yet live in pending/.
    if name[:2] in PENDING:
        name = os.path.join("pending", name)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(stable_zip(buf.getvalue()))
