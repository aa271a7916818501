#!/usr/bin/env python3
"""Writes the Word files 84–91 of the corpus (tests/corpus/docx/), next to
this script (PENDING ones, not read right yet, into pending/): the fifth
field test of the Word reader (python-docx 1.2.0 + lxml; helpers from
_lib.py; models and sources in pending/field5/README.md, the readings typed
before the program ran in pending/field5/expected/, the first results in
pending/field5/REPORT.md).

Each file is a plausible upload of a Vietnamese agency in late 2026, built
around one piece of Word markup the corpus (01–83) does not have yet, written
by hand with lxml as Word 2016+ (Microsoft 365) writes it: the Microsoft 365
root namespaces and mc:Ignorable on word/document.xml, and the parts,
relationships and content types of comments, footnotes, endnotes, the
glossary document and custom XML. Agencies (tỉnh Hòa An, Lam Giang, Tân Hà,
Bình Sơn and their xã/phường), people and internal codes are invented; laws,
decrees, circulars, their numbers and dates, national TTHC codes, limits and
fees are real (sources in README.md).

  84  UBND xã Thạnh Lợi (Bình Sơn) – đăng ký khai tử (1.000656). Section
      "5.5. Lưu đồ thực hiện" is ONE floating drawing: a DrawingML group
      (wpg:wgp) of 15 shapes – a caption text box "LƯU ĐỒ GIẢI QUYẾT THỦ
      TỤC ĐĂNG KÝ KHAI TỬ", terminators "Bắt đầu"/"Kết thúc", process boxes
      "B1. Tiếp nhận, kiểm tra hồ sơ" … "B5. Trả kết quả", a decision "Hồ
      sơ đầy đủ?", a side box "Hướng dẫn bổ sung, hoàn thiện hồ sơ (Mẫu
      02)", labels "Có"/"Không" – and 9 connectors, inside
      mc:AlternateContent with its VML fallback (v:group of v:shape with
      v:textbox holding the same paragraphs). The steps are the "5.6. Diễn
      giải" table (B1–B5). Clean.
  85  UBND phường Long Bình (Lam Giang) – cấp Giấy xác nhận tình trạng hôn
      nhân (1.004873), issue 02, from an e-ISO template full of content
      controls (w:sdt): the title a block-level control in the header cell,
      code, TTHC code and dates run-level controls bound (w:dataBinding) to a
      custom XML part, the issue a drop-down list, signers' names text
      controls, the signature dates date pickers, the purpose a rich-text
      block control, the step rows a repeating section (w15:repeatingSection,
      one w15:repeatingSectionItem per row), placeholders kept in a glossary
      document part. PLANTED: the approver's date was never picked – its
      control shows the placeholder "Nhấp hoặc gõ vào đây để nhập ngày."
      (w:showingPlcHdr) → one DOC-005 at /signatures/approved/date.
  86  UBND xã Quảng Phú (Tân Hà) – đăng ký thành lập hộ kinh doanh
      (1.001612). Review markup left in: every legal-basis line inside a
      w:hyperlink to its page on vbpl.vn (one as a HYPERLINK field
      instead), a comment whose range runs over two legal-basis lines and
      names the replaced 01/2021/NĐ-CP, a comment and its reply on step 2's
      time proposing 16 h, commentsExtended/commentsIds/people parts,
      bookmarks (_GoBack, a _Ref on heading 5.2 cited by a REF field in step
      1, a _Hlk from a step cell to the paragraph after the table), and
      "Trang: 1/5" built from PAGE and NUMPAGES fields in the header table
      of the first page. Clean.
  87  UBND phường Hưng Phú (Hòa An) – đăng ký khai sinh kết hợp đăng ký
      nhận cha, mẹ, con (1.000689). Footnotes: the long title of 118/2025/
      NĐ-CP and the two decrees it replaced (61/2018/NĐ-CP, 107/2021/NĐ-CP),
      the articles of the Luật Hộ tịch, the 05-day extension for
      verification under the 03-day limit, a note under step 2's "12 giờ
      làm việc" (verification up to 40 hours not counted); an endnote on the
      fee. Clean.
  88  Sở Nội vụ tỉnh Bình Sơn – đăng ký nội quy lao động (2.001955). The
      step table alone in a landscape section (w:sectPr in the paragraphs
      before and after it), two header rows repeated (w:tblHeader: the
      labels and a column-number row "(1)…(5)"), rows that may not split
      (w:cantSplit), and the table cut in two by hand at a page break
      (steps 1–4, then "(tiếp theo)" and a second table with the same two
      header rows, steps 5–7 and the total). Clean.
  89  UBND xã Yên Lạc (Lam Giang) – đăng ký lại khai sinh (1.004884). Line
      breaks (w:br) inside paragraphs: agency and title lines, a signer's
      name and position in one cell, the step action's cases, and the
      responsible unit and its time in ONE cell ("Công chức Trung tâm PVHCC
      xã<br>(04 giờ làm việc)") under the header "Trách nhiệm<br>(Thời
      gian)"; tabs after the labels ("Mã hiệu:<tab>QT.HT.07") and after the
      legal-basis dashes. PLANTED: Văn thư takes 01 ngày làm việc, so the
      steps take 6 working days against the 05-day limit → DOC-033.
  90  UBND phường Tiên Phong (Tân Hà) – thay đổi, cải chính, bổ sung thông
      tin hộ tịch, xác định lại dân tộc (1.004859). Steps refer to other
      procedures ("thực hiện theo QT.PVHCC.01", "(xem QT.HT.12)", "lưu hồ
      sơ theo QT.VP.02", "theo QT.PVHCC.03") and use their forms
      ("BM.PVHCC.01.01, BM.PVHCC.01.06 (của QT.PVHCC.01)", "BM.PVHCC.03.01 –
      QT.PVHCC.03"), which are not this procedure's forms. PLANTED: step 4
      uses this procedure's own BM.HT.09.02, which section 6 does not list
      → DOC-036.
  91  UBND xã Cẩm Hưng (Hòa An) – chứng thực bản sao từ bản chính giấy tờ,
      văn bản (2.000815). The numbers of the step table's "TT" column, of
      the forms and records tables and the dashes of the legal basis are
      drawn by Word numbering (w:numPr in the cells and paragraphs; three
      w:num of one abstractNum restarted with w:startOverride; a bullet
      list "-"): the cells hold no typed number. Clean.

Usage: python3 generate-field5.py [OUTDIR]   (default: beside this script)
Deterministic: fixed core properties, comment dates, ids and zip times
(_lib.stable_zip).
"""
import io
import os
import re
import sys
import zipfile
from urllib.parse import quote
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
import _lib  # noqa: E402
from _lib import (C, R, W_NS, add_field, cant_split, fill, grid, h, new_document,  # noqa: E402
                  no_borders, page_break, para, repeat_header, run, spans, table, widths)
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else CORPUS
# Files the reader does not read right yet: written to pending/.
PENDING: set = set()

NS = {
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "cx": "http://schemas.microsoft.com/office/drawing/2014/chartex",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "aink": "http://schemas.microsoft.com/office/drawing/2016/ink",
    "am3d": "http://schemas.microsoft.com/office/drawing/2017/model3d",
    "o": "urn:schemas-microsoft-com:office:office",
    "oel": "http://schemas.microsoft.com/office/2019/extlst",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "v": "urn:schemas-microsoft-com:vml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "w10": "urn:schemas-microsoft-com:office:word",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "w16cex": "http://schemas.microsoft.com/office/word/2018/wordml/cex",
    "w16cid": "http://schemas.microsoft.com/office/word/2016/wordml/cid",
    "w16": "http://schemas.microsoft.com/office/word/2018/wordml",
    "w16du": "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
    "w16sdtdh": "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
    "w16se": "http://schemas.microsoft.com/office/word/2015/wordml/symex",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpi": "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
    "wne": "http://schemas.microsoft.com/office/word/2006/wordml",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}
IGNORABLE = "w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"
ROOT = ("<w:document " + " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
        + f' mc:Ignorable="{IGNORABLE}">')
A_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
ALL_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def X(s):
    return escape(s)


def word2016_root(xml: bytes) -> bytes:
    """Replaces the root start tag of document.xml by the one Microsoft 365
    writes (its namespaces and mc:Ignorable list)."""
    s = xml.decode("utf-8")
    s = re.sub(r"<w:document\b[^>]*>", ROOT, s, count=1)
    return s.encode("utf-8")


def save(doc, name, post=None):
    """Saves `doc` into OUT with the Microsoft 365 root on document.xml,
    `post(files)` editing the zip's parts, and fixed zip times."""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(buf)
    names = [i.filename for i in zin.infolist()]
    files = {n: zin.read(n) for n in names}
    files["word/document.xml"] = word2016_root(files["word/document.xml"])
    if post:
        post(files)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in names + sorted(set(files) - set(names)):
            z.writestr(n, files[n])
    outdir = OUT
    if os.path.abspath(OUT) == CORPUS and name[:2] in PENDING:
        outdir = os.path.join(CORPUS, "pending")
    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, name)
    with open(path, "wb") as f:
        f.write(_lib.stable_zip(out.getvalue()))
    return path


def add_part(doc, partname, content_type, xml, reltype, source=None):
    """A new part related from the document part (or from `source`)."""
    part = Part(PackURI(partname), content_type, xml.encode("utf-8"), doc.part.package)
    (source or doc.part).relate_to(part, reltype)
    return part


def settings_notes(doc, endnotes=False):
    """w:footnotePr / w:endnotePr in settings.xml naming the separators, as
    Word writes them when a document has notes (before w:compat)."""
    st = doc.settings.element
    compat = st.find(qn("w:compat"))
    els = [parse_xml(f'<w:footnotePr {W_NS}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')]
    if endnotes:
        els.append(parse_xml(f'<w:endnotePr {W_NS}><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'))
    for el in els:
        compat.addprevious(el)


# ------------------------------------------------------------------ legal texts (real; vetted by field tests 2–4)
L = {
    "LHT": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
    "123": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "07": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
    "87/2020": "Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
    "04BTP": "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "118": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "03VPCP": "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP",
    "23": "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "280": "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
    "01BTP": "Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "226": "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
    "LDN": "Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020",
    "LDN25": "Luật số 76/2025/QH15 ngày 17/6/2025 sửa đổi, bổ sung một số điều của Luật Doanh nghiệp",
    "168": "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp",
    "BLLĐ": "Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019",
    "145": "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
    "ISO": "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
}
BM = {"01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
      "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
      "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ"}


# ------------------------------------------------------------------ common blocks
def header_table(doc, left, middle, right, cms=(4.5, 7, 4.5)):
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), left, b=True, align=C)
    fill(t.cell(0, 1), middle, b=True, align=C)
    fill(t.cell(0, 2), right)
    widths(t, list(cms))
    return t


def grid3(doc, names, positions, dates, roles=("Người soạn thảo", "Người kiểm tra", "Người phê duyệt")):
    rows = [[""] + list(roles), ["Họ và tên"] + names, ["Chức vụ"] + positions,
            ["Chữ ký", "", "", ""], ["Ngày"] + dates]
    return table(doc, rows, center_cols=(1, 2, 3))


def forms_table(doc, forms, head="6. BIỂU MẪU"):
    """forms: [(code, title)]"""
    h(doc, head)
    rows = [["TT", "Tên biểu mẫu", "Mã hiệu"]]
    for k, (code, title) in enumerate(forms, 1):
        rows.append([str(k), title, code])
    return table(doc, rows, center_cols=(0, 2))


def records_table(doc, records, head="7. HỒ SƠ CẦN LƯU"):
    h(doc, head)
    return table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"]]
                 + [[str(k)] + list(r) for k, r in enumerate(records, 1)], center_cols=(0, 4))


def mau(codes):
    return [("Mẫu " + c, BM[c] + " (Thông tư số 03/2025/TT-VPCP)") for c in codes]


def br_par(p, pieces, b=False, i=False, size=None):
    """Pieces of one paragraph separated by soft line breaks (w:br)."""
    for k, piece in enumerate(pieces):
        r = run(p, piece, b, i, size)
        if k < len(pieces) - 1:
            r.add_break()
    return p


def br_cell(cell, pieces, b=False, align=None):
    p = cell.paragraphs[0]
    br_par(p, pieces, b)
    if align is not None:
        p.alignment = align
    return cell


_ID = [9000]


def nid():
    _ID[0] += 1
    return _ID[0]


# ------------------------------------------------------------------ 84: a flowchart drawn as a shape group
EMU_CM = 360000
PRST = {"terminator": ("flowChartTerminator", "_x0000_t116"),
        "process": ("flowChartProcess", "_x0000_t109"),
        "decision": ("flowChartDecision", "_x0000_t110"),
        "text": ("rect", "_x0000_t202")}
SHAPETYPES = {
    "_x0000_t116": '<v:shapetype id="_x0000_t116" coordsize="21600,21600" o:spt="116" path="m3475,qx,10800,3475,21600l18125,21600qx21600,10800,18125,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect" textboxrect="1018,3163,20582,18437"/></v:shapetype>',
    "_x0000_t109": '<v:shapetype id="_x0000_t109" coordsize="21600,21600" o:spt="109" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    "_x0000_t110": '<v:shapetype id="_x0000_t110" coordsize="21600,21600" o:spt="110" path="m10800,l,10800,10800,21600,21600,10800xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect" textboxrect="5400,5400,16200,16200"/></v:shapetype>',
    "_x0000_t202": '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    "_x0000_t32": '<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" filled="f"><v:path arrowok="t" fillok="f" o:connecttype="none"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype>',
    "_x0000_t34": '<v:shapetype id="_x0000_t34" coordsize="21600,21600" o:spt="34" o:oned="t" adj="10800" path="m,l@0,0@0,21600,21600,21600e" filled="f"><v:stroke joinstyle="miter"/><v:formulas><v:f eqn="val #0"/></v:formulas><v:path arrowok="t" fillok="f" o:connecttype="none"/><v:handles><v:h position="#0,center"/></v:handles><o:lock v:ext="edit" shapetype="t"/></v:shapetype>',
}


def txbx(paragraphs, bold_first=False, size=22):
    ps = []
    for k, text in enumerate(paragraphs):
        b = "<w:b/>" if (bold_first and k == 0) else ""
        ps.append('<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
                  f'<w:r><w:rPr>{b}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
                  f'<w:t xml:space="preserve">{X(text)}</w:t></w:r></w:p>')
    return "<w:txbxContent>" + "".join(ps) + "</w:txbxContent>"


def flow_group(p, shapes, connectors, width_cm, height_cm, group_id):
    """Appends to paragraph `p` a run holding ONE floating group of shapes
    (wpg:wgp) and its VML fallback (v:group), as Word 2010+ saves a
    flowchart drawn with Insert > Shapes and grouped. shapes: [(kind, x, y,
    w, h, [paragraphs], bold_first)] in cm inside the group; connectors:
    [(x1, y1, x2, y2, "straight"|"elbow")]."""
    E = lambda cm: int(round(cm * EMU_CM))  # noqa: E731
    gw, gh = E(width_cm), E(height_cm)
    sid = group_id
    dml, vml, used = [], [], []
    for kind, x, y, w, hgt, paras, bold in shapes:
        sid += 1
        prst, vtype = PRST[kind]
        name = {"terminator": "Flowchart: Terminator", "process": "Flowchart: Process",
                "decision": "Flowchart: Decision", "text": "Text Box"}[kind] + f" {sid}"
        line = ('<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if kind != "text"
                else '<a:ln><a:noFill/></a:ln>')
        fillx = '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>' if kind != "text" else '<a:noFill/>'
        cnv = '<wps:cNvSpPr txBox="1"/>' if kind == "text" else '<wps:cNvSpPr/>'
        content = txbx(paras, bold)
        dml.append(
            f'<wps:wsp><wps:cNvPr id="{sid}" name="{name}"/>{cnv}<wps:spPr>'
            f'<a:xfrm><a:off x="{E(x)}" y="{E(y)}"/><a:ext cx="{E(w)}" cy="{E(hgt)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>{fillx}{line}</wps:spPr>'
            f'<wps:txbx>{content}</wps:txbx>'
            '<wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" wrap="square" '
            'lIns="36000" tIns="36000" rIns="36000" bIns="36000" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="ctr" '
            'anchorCtr="0" forceAA="0" compatLnSpc="1"><a:prstTxWarp prst="textNoShape"><a:avLst/></a:prstTxWarp><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp>')
        if vtype not in used:
            used.append(vtype)
            vml.append(SHAPETYPES[vtype])
        stroke = 'stroked="f" filled="f"' if kind == "text" else 'strokeweight="1pt"'
        vml.append(
            f'<v:shape id="{name}" o:spid="_x0000_s{1025 + sid}" type="#{vtype}" '
            f'style="position:absolute;left:{E(x) // 1000};top:{E(y) // 1000};width:{E(w) // 1000};height:{E(hgt) // 1000};'
            f'visibility:visible;mso-wrap-style:square;v-text-anchor:middle" {stroke}>'
            f'<v:textbox inset="1mm,1mm,1mm,1mm">{content}</v:textbox></v:shape>')
    for x1, y1, x2, y2, kind in connectors:
        sid += 1
        prst, vtype = ("straightConnector1", "_x0000_t32") if kind == "straight" else ("bentConnector3", "_x0000_t34")
        name = ("Straight Arrow Connector" if kind == "straight" else "Connector: Elbow") + f" {sid}"
        flip = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
        ox, oy = min(x1, x2), min(y1, y2)
        cw, ch = abs(x2 - x1), abs(y2 - y1)
        dml.append(
            f'<wps:wsp><wps:cNvPr id="{sid}" name="{name}"/><wps:cNvCnPr/><wps:spPr>'
            f'<a:xfrm{flip}><a:off x="{E(ox)}" y="{E(oy)}"/><a:ext cx="{E(cw)}" cy="{E(ch)}"/></a:xfrm>'
            f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
            '</wps:spPr><wps:bodyPr/></wps:wsp>')
        if vtype not in used:
            used.append(vtype)
            vml.append(SHAPETYPES[vtype])
        vflip = ";flip:" + ("x" if x2 < x1 else "") + ("y" if y2 < y1 else "") if (x2 < x1 or y2 < y1) else ""
        vml.append(
            f'<v:shape id="{name}" o:spid="_x0000_s{1025 + sid}" type="#{vtype}" '
            f'style="position:absolute;left:{E(ox) // 1000};top:{E(oy) // 1000};width:{E(cw) // 1000};height:{E(ch) // 1000}{vflip};'
            f'visibility:visible" o:connectortype="{"straight" if kind == "straight" else "elbow"}" strokeweight="1pt">'
            '<v:stroke endarrow="block"/></v:shape>')
    x = (
        f'<w:r {ALL_NS} {A_NS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + group_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>180000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>72000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{gw}" cy="{gh}"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{group_id}" name="Group {group_id}"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
        '<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{gw}" cy="{gh}"/><a:chOff x="0" y="0"/><a:chExt cx="{gw}" cy="{gh}"/></a:xfrm>'
        '</wpg:grpSpPr>' + "".join(dml) + '</wpg:wgp></a:graphicData></a:graphic>'
        f'<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        f'<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:group id="Group {group_id}" o:spid="_x0000_s{1025 + group_id}" '
        f'style="position:absolute;margin-left:14.2pt;margin-top:5.65pt;width:{width_cm * 28.3465:.2f}pt;height:{height_cm * 28.3465:.2f}pt;'
        f'z-index:{251659264 + group_id};mso-width-relative:margin;mso-height-relative:margin" '
        f'coordsize="{gw // 1000},{gh // 1000}" o:gfxdata="">'
        + "".join(vml) + '<w10:wrap type="topAndBottom"/></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    x = x.replace(' o:gfxdata=""', "")
    p._p.append(parse_xml(x))


def f84():
    doc = new_document("Quy trình đăng ký khai tử")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ THẠNH LỢI"],
                 ["QUY TRÌNH", "ĐĂNG KÝ KHAI TỬ", "Mã TTHC: 1.000656"],
                 ["Mã hiệu: QT-HT-03", "Lần ban hành: 01", "Ngày ban hành: 06/11/2026", "Ngày hiệu lực: 09/11/2026"])
    para(doc)
    grid3(doc, ["Trịnh Thị Ngọc Ánh", "Hồ Văn Lực", "Dương Minh Khoa"],
          ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
          ["26/10/2026", "30/10/2026", "06/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký khai tử tại Ủy ban nhân dân xã Thạnh Lợi, bảo đảm đúng quy định và đúng thời hạn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với việc đăng ký khai tử cho người chết có nơi cư trú cuối cùng tại xã Thạnh Lợi; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["LHT"], L["123"], L["07"], L["87/2020"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Thạnh Lợi", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp"])
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Thạnh Lợi hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.4. Lệ phí")
    para(doc, "Miễn lệ phí đối với đăng ký khai tử đúng hạn; trường hợp khác theo Nghị quyết của Hội đồng nhân dân tỉnh.")
    h(doc, "5.5. Lưu đồ thực hiện")
    p = doc.add_paragraph()
    W, H = 15.0, 19.6
    cx = 4.0  # left of the main column
    shapes = [
        ("text", 0.5, 0.0, 14.0, 0.9, ["LƯU ĐỒ GIẢI QUYẾT THỦ TỤC ĐĂNG KÝ KHAI TỬ"], True),
        ("terminator", cx + 1.0, 1.2, 4.0, 1.0, ["Bắt đầu"], False),
        ("process", cx, 2.9, 6.0, 1.5, ["B1. Tiếp nhận, kiểm tra hồ sơ", "(Công chức Trung tâm PVHCC)"], False),
        ("decision", cx + 0.5, 5.1, 5.0, 2.2, ["Hồ sơ đầy đủ?"], False),
        ("process", cx + 7.0, 5.3, 3.8, 1.8, ["Hướng dẫn bổ sung, hoàn thiện hồ sơ (Mẫu 02)"], False),
        ("text", cx + 5.6, 5.4, 1.4, 0.7, ["Không"], False),
        ("text", cx + 3.1, 7.3, 1.0, 0.7, ["Có"], False),
        ("process", cx, 8.1, 6.0, 1.5, ["B2. Thẩm định, ghi Sổ đăng ký khai tử, trình ký", "(Công chức tư pháp - hộ tịch)"], False),
        ("process", cx, 10.3, 6.0, 1.5, ["B3. Ký Trích lục khai tử", "(Chủ tịch hoặc Phó Chủ tịch UBND xã)"], False),
        ("process", cx, 12.5, 6.0, 1.5, ["B4. Đóng dấu, vào sổ văn bản", "(Văn thư UBND xã)"], False),
        ("process", cx, 14.7, 6.0, 1.5, ["B5. Trả kết quả cho người yêu cầu", "(Công chức Trung tâm PVHCC)"], False),
        ("terminator", cx + 1.0, 16.9, 4.0, 1.0, ["Kết thúc"], False),
        ("text", 0.2, 18.3, 14.5, 1.2, ["Ghi chú: mỗi bước được diễn giải tại mục 5.6; thời gian tính theo giờ làm việc."], False),
    ]
    mid = cx + 3.0
    connectors = [
        (mid, 2.2, mid, 2.9, "straight"),
        (mid, 4.4, mid, 5.1, "straight"),
        (cx + 5.5, 6.2, cx + 7.0, 6.2, "straight"),
        (cx + 8.9, 5.3, cx + 6.0, 3.65, "elbow"),
        (mid, 7.3, mid, 8.1, "straight"),
        (mid, 9.6, mid, 10.3, "straight"),
        (mid, 11.8, mid, 12.5, "straight"),
        (mid, 14.0, mid, 14.7, "straight"),
        (mid, 16.2, mid, 16.9, "straight"),
    ]
    flow_group(p, shapes, connectors, W, H, 40)
    para(doc)
    h(doc, "5.6. Diễn giải")
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["B1", "Tiếp nhận, kiểm tra hồ sơ. Hồ sơ đầy đủ: lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ cho công chức tư pháp - hộ tịch. Hồ sơ chưa đầy đủ: hướng dẫn người nộp bổ sung, hoàn thiện.",
         "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01, Mẫu 02, Mẫu 06"],
        ["B2", "Thẩm định hồ sơ; ghi Sổ đăng ký khai tử; dự thảo Trích lục khai tử; trình ký.",
         "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "03 giờ làm việc", "Mẫu 06; Dự thảo Trích lục khai tử"],
        ["B3", "Xem xét, ký Trích lục khai tử.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ làm việc", "Mẫu 06; Trích lục khai tử"],
        ["B4", "Đóng dấu, vào sổ văn bản; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "01 giờ làm việc", "Mẫu 06"],
        ["B5", "Trả kết quả cho người yêu cầu; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
         "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01; Trích lục khai tử"],
    ], center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 08 giờ làm việc", 5, True, C)])
    widths(t, [1.3, 6.2, 3.4, 2.2, 2.9])
    forms_table(doc, mau(["01", "02", "06"]))
    records_table(doc, [
        ("Sổ đăng ký khai tử", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
        ("Tờ khai đăng ký khai tử và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ])
    save(doc, "84-xa-thanh-loi-dang-ky-khai-tu-luu-do-nhom-hinh-ve.docx")


# ------------------------------------------------------------------ 85: content controls
STORE_ID = "{6A1F2C3D-4B5E-4F60-9A7B-8C9D0E1F2A3B}"
PREFIX = "xmlns:ns0='urn:lamgiang:iso:quytrinh' "
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
PH_DATE = "DefaultPlaceholder_-1854013437"
PH_TEXT = "DefaultPlaceholder_-1854013440"
PH_CODE = "9B1C0E3A5D2F4A6B8C7D1E2F3A4B5C6D"


def _sdt_id():
    return str(-1700000000 + nid() * 7919)


def _binding(xpath):
    return (f'<w:dataBinding w:prefixMappings="{PREFIX}" w:xpath="/ns0:QuyTrinh[1]/ns0:{xpath}[1]" '
            f'w:storeItemID="{STORE_ID}"/>') if xpath else ""


def _rpr(b=False):
    return "<w:rPr><w:b/></w:rPr>" if b else ""


def sdt_run(p, kind, text, alias, tag, bind=None, iso=None, items=None, b=False, docpart=None, placeholder=False):
    """A run-level content control in paragraph `p`: kind "text", "date"
    or "dropDownList"; `placeholder`: never filled, Word shows the
    docPart's placeholder text in the PlaceholderText style."""
    if kind == "text":
        typ = "<w:text/>"
    elif kind == "date":
        full = f' w:fullDate="{iso}T00:00:00Z"' if iso else ""
        typ = (f'<w:date{full}><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="vi-VN"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    else:
        typ = (f'<w:dropDownList w:lastValue="{text}">'
               + "".join(f'<w:listItem w:displayText="{v}" w:value="{v}"/>' for v in items) + "</w:dropDownList>")
    ph = f'<w:placeholder><w:docPart w:val="{docpart}"/></w:placeholder>' if docpart else ""
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    rpr = ('<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else _rpr(b))
    x = (f'<w:sdt {W_NS} {W15}><w:sdtPr>{_rpr(b)}<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
         f'<w:id w:val="{_sdt_id()}"/>{ph}{shown}{_binding(bind)}{typ}</w:sdtPr><w:sdtEndPr/>'
         f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{X(text)}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def sdt_block(paragraphs, alias, tag, kind="richText", bind=None):
    """Wraps consecutive paragraphs (python-docx Paragraph objects) in one
    block-level content control (rich text, or plain text bound to XML)."""
    typ = "<w:text w:multiLine=\"1\"/>" if kind == "text" else ""
    first = paragraphs[0]._p
    sdt = parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                    f'<w:id w:val="{_sdt_id()}"/>{_binding(bind)}{typ}</w:sdtPr><w:sdtEndPr/><w:sdtContent/></w:sdt>')
    first.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for par in paragraphs:
        content.append(par._p)
    return sdt


def repeating_rows(rows, alias, tag):
    """Puts table rows into a repeating-section content control, one
    repeating-section item per row, as Word 2013+ does."""
    first = rows[0]._tr
    outer = parse_xml(f'<w:sdt {W_NS} {W15}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                      f'<w:id w:val="{_sdt_id()}"/><w15:repeatingSection/></w:sdtPr><w:sdtEndPr/><w:sdtContent/></w:sdt>')
    first.addprevious(outer)
    content = outer.find(qn("w:sdtContent"))
    for row in rows:
        item = parse_xml(f'<w:sdt {W_NS} {W15}><w:sdtPr><w:id w:val="{_sdt_id()}"/>'
                         '<w15:repeatingSectionItem/></w:sdtPr><w:sdtEndPr/><w:sdtContent/></w:sdt>')
        item.find(qn("w:sdtContent")).append(row._tr)
        content.append(item)


def placeholder_style(doc):
    st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.element.set(qn("w:styleId"), "PlaceholderText")
    st.font.color.rgb = None
    rpr = st.element.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:color {W_NS} w:val="808080"/>'))
    st.element.append(parse_xml(f'<w:semiHidden {W_NS}/>'))


def glossary_xml(parts):
    body = ""
    for name, guid, text in parts:
        body += (f'<w:docPart><w:docPartPr><w:name w:val="{name}"/><w:category><w:name w:val="General"/>'
                 '<w:gallery w:val="placeholder"/></w:category><w:types><w:type w:val="bbPlcHdr"/></w:types>'
                 f'<w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{guid}"/></w:docPartPr>'
                 f'<w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{X(text)}</w:t></w:r></w:p>'
                 '</w:docPartBody></w:docPart>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:glossaryDocument {ALL_NS} mc:Ignorable="{IGNORABLE}"><w:docParts>{body}</w:docParts></w:glossaryDocument>')


def f85():
    doc = new_document("Quy trình cấp Giấy xác nhận tình trạng hôn nhân")
    placeholder_style(doc)
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "PHƯỜNG LONG BÌNH"], b=True, align=C)
    mid = t.cell(0, 1)
    fill(mid, "QUY TRÌNH", b=True, align=C)
    tp = mid.add_paragraph()
    run(tp, "CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", b=True)
    tp.alignment = C
    sdt_block([tp], "Tên quy trình", "TenQuyTrinh", kind="text", bind="TenQuyTrinh")
    p = mid.add_paragraph()
    p.alignment = C
    run(p, "Mã TTHC: ")
    sdt_run(p, "text", "1.004873", "Mã TTHC", "MaTTHC", bind="MaTTHC")
    right = t.cell(0, 2)
    p = right.paragraphs[0]
    run(p, "Mã hiệu: ")
    sdt_run(p, "text", "QT-HT-05", "Mã hiệu", "MaHieu", bind="MaHieu", docpart=PH_CODE)
    p = right.add_paragraph()
    run(p, "Lần ban hành: ")
    sdt_run(p, "dropDownList", "02", "Lần ban hành", "LanBanHanh", items=["01", "02", "03", "04", "05"])
    p = right.add_paragraph()
    run(p, "Ngày ban hành: ")
    sdt_run(p, "date", "16/11/2026", "Ngày ban hành", "NgayBanHanh", bind="NgayBanHanh", iso="2026-11-16", docpart=PH_DATE)
    p = right.add_paragraph()
    run(p, "Ngày hiệu lực: ")
    sdt_run(p, "date", "20/11/2026", "Ngày hiệu lực", "NgayHieuLuc", bind="NgayHieuLuc", iso="2026-11-20", docpart=PH_DATE)
    widths(t, [4.5, 7, 4.5])
    para(doc)
    sg = grid(doc, 5, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"]):
        fill(sg.cell(0, j), v, b=True, align=C)
    for i, v in enumerate(["Họ và tên", "Chức vụ", "Chữ ký", "Ngày"], 1):
        fill(sg.cell(i, 0), v, b=True)
    names = [("Mai Thị Thanh Tâm", "NguoiSoanThao", "Người soạn thảo"), ("Võ Đình Quân", "NguoiKiemTra", "Người kiểm tra"),
             ("Lâm Quốc Việt", "NguoiPheDuyet", "Người phê duyệt")]
    for j, (nm, tag, alias) in enumerate(names, 1):
        p = sg.cell(1, j).paragraphs[0]
        p.alignment = C
        sdt_run(p, "text", nm, alias, tag, docpart=PH_TEXT)
    for j, pos in enumerate(["Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường",
                             "Chủ tịch UBND phường"], 1):
        fill(sg.cell(2, j), pos, align=C)
    for j in range(1, 4):
        fill(sg.cell(3, j), ["", ""])
    dates = [("02/11/2026", "2026-11-02", "NgaySoanThao"), ("09/11/2026", "2026-11-09", "NgayKiemTra")]
    for j, (d, iso, tag) in enumerate(dates, 1):
        p = sg.cell(4, j).paragraphs[0]
        p.alignment = C
        sdt_run(p, "date", d, "Ngày ký", tag, iso=iso, docpart=PH_DATE)
    p = sg.cell(4, 3).paragraphs[0]
    p.alignment = C
    sdt_run(p, "date", "Nhấp hoặc gõ vào đây để nhập ngày.", "Ngày ký", "NgayPheDuyet", bind="NgayPheDuyet",
            docpart=PH_DATE, placeholder=True)
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [["Lần ban hành", "Ngày ban hành", "Nội dung sửa đổi", "Mục"],
                ["01", "15/8/2025", "Ban hành lần đầu", "Toàn bộ"],
                ["02", "16/11/2026", "Cập nhật căn cứ pháp lý theo Thông tư số 03/2025/TT-VPCP; sửa đổi thời gian bước 2, bước 3", "3; 5.5"]],
          center_cols=(0, 1, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    p1 = para(doc, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục cấp Giấy xác nhận tình trạng hôn nhân tại Ủy ban nhân dân phường Long Bình.")
    p2 = para(doc, "Bảo đảm hồ sơ được giải quyết đúng thời hạn, công khai, minh bạch.")
    sdt_block([p1, p2], "Mục đích", "MucDich")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công dân Việt Nam cư trú tại phường Long Bình có yêu cầu cấp Giấy xác nhận tình trạng hôn nhân; công chức Trung tâm Phục vụ hành chính công phường và Văn phòng HĐND và UBND phường.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["LHT"], L["123"], L["07"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Long Bình", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
                     "Giấy tờ chứng minh việc ly hôn hoặc người vợ, chồng đã chết (nếu có)"])
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Long Bình hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.4. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Lam Giang.")
    h(doc, "5.5. Quy trình xử lý công việc")
    steps = [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.",
         "Công chức Trung tâm PVHCC phường", "04 giờ làm việc", "BM.01, BM.02, BM.06"],
        ["2", "Kiểm tra, đối chiếu thông tin trên Cơ sở dữ liệu hộ tịch điện tử; dự thảo Giấy xác nhận tình trạng hôn nhân; trình ký.",
         "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "12 giờ làm việc", "BM.06; Dự thảo Giấy xác nhận"],
        ["3", "Xem xét, ký Giấy xác nhận tình trạng hôn nhân.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "04 giờ làm việc", "BM.06"],
        ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "02 giờ làm việc", "BM.06"],
        ["5", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
         "Công chức Trung tâm PVHCC phường", "02 giờ làm việc", "BM.01; Giấy xác nhận tình trạng hôn nhân"],
    ]
    st = table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]] + steps, center_cols=(0, 3))
    spans(st, [("Tổng thời gian giải quyết", 3, True, C), ("24 giờ làm việc (03 ngày làm việc)", 2, True, C)])
    widths(st, [1.0, 6.4, 3.6, 2.2, 2.8])
    repeating_rows(st.rows[1:6], "Các bước thực hiện", "CacBuoc")
    forms_table(doc, [("BM.01", BM["01"]), ("BM.02", BM["02"]), ("BM.06", BM["06"])])
    records_table(doc, [
        ("Sổ cấp Giấy xác nhận tình trạng hôn nhân", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"),
        ("Tờ khai và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "20 năm"),
        ("BM.01, BM.02, BM.06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"),
    ])
    # the custom XML part the controls are bound to, and the glossary of placeholders
    item = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<QuyTrinh xmlns="urn:lamgiang:iso:quytrinh"><MaHieu>QT-HT-05</MaHieu>'
            '<TenQuyTrinh>CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN</TenQuyTrinh><MaTTHC>1.004873</MaTTHC>'
            '<NgayBanHanh>2026-11-16T00:00:00</NgayBanHanh><NgayHieuLuc>2026-11-20T00:00:00</NgayHieuLuc>'
            '<NgayPheDuyet></NgayPheDuyet></QuyTrinh>')
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
             f'<ds:datastoreItem ds:itemID="{STORE_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             '<ds:schemaRefs><ds:schemaRef ds:uri="urn:lamgiang:iso:quytrinh"/></ds:schemaRefs></ds:datastoreItem>')
    ip = add_part(doc, "/customXml/item2.xml", "application/xml", item, RT.CUSTOM_XML)
    pp = Part(PackURI("/customXml/itemProps2.xml"), "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
              props.encode("utf-8"), doc.part.package)
    ip.relate_to(pp, RT.CUSTOM_XML_PROPS)
    add_part(doc, "/word/glossary/document.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
             glossary_xml([(PH_DATE, "{E1A3B5C7-0D2F-4E6A-8B1C-3D5E7F9A1B2C}", "Nhấp hoặc gõ vào đây để nhập ngày."),
                           (PH_TEXT, "{F2B4C6D8-1E3A-4F7B-9C2D-4E6F8A0B2C3D}", "Nhấp hoặc gõ vào đây để nhập văn bản."),
                           (PH_CODE, "{A3C5E7F9-2B4D-4A6C-8E1F-5A7B9C1D3E5F}", "Nhập mã hiệu quy trình (QT-XX-NN)")]),
             RT.GLOSSARY_DOCUMENT)
    save(doc, "85-phuong-long-binh-xac-nhan-tinh-trang-hon-nhan-o-nhap-lieu-ngay-duyet-trong.docx")


# ------------------------------------------------------------------ 86: comments, hyperlinks, bookmarks, fields
COMMENT_DATE = "2026-11-05T09:12:00Z"
HL = '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'


def _r(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{X(text)}</w:t></w:r>'


def link_line(doc, rid, pieces, last, comment_start=None, comment_end=None):
    """'- ' + a hyperlink over the document's citation (in several runs) +
    the closing ';' or '.'. Comment range marks go just inside the line."""
    cs = f'<w:commentRangeStart w:id="{comment_start}"/>' if comment_start is not None else ""
    ce = (f'<w:commentRangeEnd w:id="{comment_end}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
          f'<w:commentReference w:id="{comment_end}"/></w:r>') if comment_end is not None else ""
    x = (f'<w:p {W_NS} {ALL_NS}><w:pPr><w:jc w:val="both"/></w:pPr>{_r("- ")}{cs}'
         f'<w:hyperlink r:id="{rid}" w:history="1">' + "".join(_r(pc, HL) for pc in pieces) + "</w:hyperlink>"
         f'{_r(last)}{ce}</w:p>')
    x = x.replace(f'<w:p {W_NS} {ALL_NS}>', f'<w:p {ALL_NS}>')
    el = parse_xml(x)
    doc.element.body.find(qn("w:sectPr")).addprevious(el)
    return el


def field_line(doc, url, text, last):
    """'- ' + a HYPERLINK complex field whose result is the citation."""
    x = (f'<w:p {ALL_NS}><w:pPr><w:jc w:val="both"/></w:pPr>{_r("- ")}'
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{X(url)}" \\o "Xem toàn văn trên Cơ sở dữ liệu quốc gia về văn bản pháp luật" </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
         + _r(text, HL) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _r(last) + '</w:p>')
    el = parse_xml(x)
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    sect.addprevious(el)
    return el


def vbpl(number):
    return "https://vbpl.vn/pages/vbpq-timkiem.aspx?Keyword=" + quote(number, safe="")


def comments_parts(doc, comments):
    """comments: [(id, author, initials, paraId, durableId, parentParaId, text)].
    Writes comments.xml, commentsExtended.xml, commentsIds.xml and people.xml
    as Microsoft 365 does, and the two annotation styles."""
    body = ""
    for cid, author, ini, para_id, _dur, _parent, text in comments:
        body += (f'<w:comment w:id="{cid}" w:author="{author}" w:date="{COMMENT_DATE}" w:initials="{ini}">'
                 f'<w:p w14:paraId="{para_id}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                 '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                 f'<w:r><w:t xml:space="preserve">{X(text)}</w:t></w:r></w:p></w:comment>')
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    add_part(doc, "/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
             head + f'<w:comments {ALL_NS} mc:Ignorable="{IGNORABLE}">{body}</w:comments>', RT.COMMENTS)
    ex = "".join(f'<w15:commentEx w15:paraId="{pid}"' + (f' w15:paraIdParent="{par}"' if par else "") + ' w15:done="0"/>'
                 for _c, _a, _i, pid, _d, par, _t in comments)
    add_part(doc, "/word/commentsExtended.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
             head + f'<w15:commentsEx {ALL_NS} mc:Ignorable="{IGNORABLE}">{ex}</w15:commentsEx>',
             "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")
    ids = "".join(f'<w16cid:commentId w16cid:paraId="{pid}" w16cid:durableId="{dur}"/>'
                  for _c, _a, _i, pid, dur, _p, _t in comments)
    add_part(doc, "/word/commentsIds.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
             head + f'<w16cid:commentsIds {ALL_NS} mc:Ignorable="{IGNORABLE}">{ids}</w16cid:commentsIds>',
             "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds")
    people = ""
    for author in dict.fromkeys(c[1] for c in comments):
        people += (f'<w15:person w15:author="{author}"><w15:presenceInfo w15:providerId="None" '
                   f'w15:userId="{author}"/></w15:person>')
    add_part(doc, "/word/people.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
             head + f'<w15:people {ALL_NS} mc:Ignorable="{IGNORABLE}">{people}</w15:people>',
             "http://schemas.microsoft.com/office/2011/relationships/people")
    st = doc.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
    st.element.set(qn("w:styleId"), "CommentReference")
    st.font.size = Pt(8)
    st = doc.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), "CommentText")
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(10)


def f86():
    doc = new_document("Quy trình đăng ký thành lập hộ kinh doanh")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG PHÚ", "PHÒNG KINH TẾ"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH", "Mã TTHC: 1.001612"], b=True, align=C)
    c = t.cell(0, 2)
    fill(c, ["Mã hiệu: QT-KT-02", "Lần ban hành: 01", "Ngày ban hành: 13/11/2026", "Ngày hiệu lực: 16/11/2026"])
    p = c.add_paragraph()
    run(p, "Trang: ")
    add_field(p, "PAGE", "1")
    run(p, "/")
    p._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" NUMPAGES \\* Arabic \\* MERGEFORMAT "><w:r><w:t>5</w:t></w:r></w:fldSimple>'))
    widths(t, [4.5, 7, 4.5])
    para(doc)
    grid3(doc, ["Lưu Thị Hồng Nhung", "Đinh Công Hậu", "Hoàng Minh Trí"],
          ["Chuyên viên Phòng Kinh tế", "Trưởng phòng Kinh tế", "Chủ tịch UBND xã"],
          ["28/10/2026", "04/11/2026", "11/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    p = para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký thành lập hộ kinh doanh tại Ủy ban nhân dân xã Quảng Phú.")
    p._p.append(parse_xml(f'<w:bookmarkStart {W_NS} w:id="0" w:name="_GoBack"/>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {W_NS} w:id="0"/>'))
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân, thành viên hộ gia đình đăng ký thành lập hộ kinh doanh có trụ sở trên địa bàn xã Quảng Phú; Phòng Kinh tế và Trung tâm Phục vụ hành chính công xã.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    for key in ("LDN", "LDN25", "168", "118"):
        rid = doc.part.relate_to(vbpl(re.search(r"\d+/\d{4}/[A-ZĐ0-9-]+", L[key]).group(0)), RT.HYPERLINK, is_external=True)
        text = L[key]
        cut = text.find(" ngày ")
        pieces = [text[:cut], text[cut:]] if cut > 0 else [text]
        link_line(doc, rid, pieces, ";",
                  comment_start=1 if key == "LDN25" else None, comment_end=1 if key == "168" else None)
    field_line(doc, vbpl("03/2025/TT-VPCP"), L["03VPCP"], ".")
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["HKD: Hộ kinh doanh", "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Quảng Phú"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Điều kiện thực hiện")
    para(doc, "Hộ kinh doanh do một cá nhân hoặc các thành viên hộ gia đình đăng ký thành lập; tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp xã.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p._p.append(parse_xml(f'<w:bookmarkStart {W_NS} w:id="1" w:name="_Ref211934567"/>'))
    run(p, "5.2", b=True)
    p._p.append(parse_xml(f'<w:bookmarkEnd {W_NS} w:id="1"/>'))
    run(p, ". Thành phần hồ sơ", b=True)
    _lib.lines(doc, ["Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký)"])
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Quảng Phú hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.5. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Tân Hà.")
    h(doc, "5.6. Quy trình xử lý công việc")
    st = table(doc, [
        ["TT", "Trình tự thực hiện", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "", "Công chức Trung tâm PVHCC xã", "04 giờ làm việc", "BM.KT.01, BM.KT.02, BM.KT.06"],
        ["2", "Thẩm định hồ sơ; nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh; dự thảo Giấy chứng nhận đăng ký hộ kinh doanh.",
         "Chuyên viên Phòng Kinh tế", "", "BM.KT.06"],
        ["3", "Xem xét, ký Giấy chứng nhận đăng ký hộ kinh doanh.", "Trưởng phòng Kinh tế", "04 giờ làm việc",
         "BM.KT.06; Giấy chứng nhận đăng ký hộ kinh doanh"],
        ["4", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
         "Công chức Trung tâm PVHCC xã", "04 giờ làm việc", "BM.KT.01; Giấy chứng nhận đăng ký hộ kinh doanh"],
    ], center_cols=(0, 3))
    # step 1's action: text, a REF field to the bookmark on "5.2", text
    p = st.cell(1, 1).paragraphs[0]
    run(p, "Tiếp nhận hồ sơ; kiểm tra thành phần hồ sơ theo mục ")
    p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> REF _Ref211934567 \\h </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
    run(p, "5.2")
    p._p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))
    run(p, "; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa hợp lệ thì hướng dẫn bổ sung, hoàn thiện.")
    # step 2's time carries a comment and its reply
    p = st.cell(2, 3).paragraphs[0]
    p._p.append(parse_xml(f'<w:commentRangeStart {W_NS} w:id="2"/>'))
    p._p.append(parse_xml(f'<w:commentRangeStart {W_NS} w:id="3"/>'))
    run(p, "12 giờ làm việc")
    p._p.append(parse_xml(f'<w:commentRangeEnd {W_NS} w:id="2"/>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="2"/></w:r>'))
    p._p.append(parse_xml(f'<w:commentRangeEnd {W_NS} w:id="3"/>'))
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="3"/></w:r>'))
    # a bookmark from the last step's result cell to the paragraph after the table
    p = st.cell(4, 4).paragraphs[0]
    p._p.insert(1 if p._p.pPr is not None else 0, parse_xml(f'<w:bookmarkStart {W_NS} w:id="4" w:name="_Hlk212004455"/>'))
    spans(st, [("Tổng thời gian giải quyết: 03 ngày làm việc (24 giờ làm việc)", 5, True, C)])
    widths(st, [1.0, 6.6, 3.4, 2.2, 2.8])
    p = para(doc)
    p._p.append(parse_xml(f'<w:bookmarkEnd {W_NS} w:id="4"/>'))
    forms_table(doc, [("BM.KT.01", BM["01"]), ("BM.KT.02", BM["02"]), ("BM.KT.06", BM["06"])])
    records_table(doc, [
        ("Hồ sơ đăng ký hộ kinh doanh", "Chuyên viên Phòng Kinh tế", "Phòng Kinh tế", "10 năm"),
        ("Giấy chứng nhận đăng ký hộ kinh doanh (bản lưu)", "Chuyên viên Phòng Kinh tế", "Phòng Kinh tế", "Vĩnh viễn"),
        ("BM.KT.01, BM.KT.02, BM.KT.06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ])
    comments_parts(doc, [
        (1, "Đinh Công Hậu", "ĐCH", "1A2B3C01", "6F1A2B01", None,
         "Đã thay Nghị định số 01/2021/NĐ-CP bằng Nghị định số 168/2025/NĐ-CP (hiệu lực từ 01/7/2025); đề nghị giữ nguyên hai dòng này."),
        (2, "Đinh Công Hậu", "ĐCH", "1A2B3C02", "6F1A2B02", None,
         "Đề nghị tăng lên 16 giờ làm việc cho phù hợp thực tế thẩm định."),
        (3, "Hoàng Minh Trí", "HMT", "1A2B3C03", "6F1A2B03", "1A2B3C02",
         "Giữ 12 giờ làm việc để tổng thời gian không vượt 03 ngày làm việc."),
    ])
    save(doc, "86-xa-quang-phu-ho-kinh-doanh-ghi-chu-lien-ket-danh-dau-truong.docx")


# ------------------------------------------------------------------ 87: footnotes and an endnote
def notes_part(doc, kind, notes):
    """word/footnotes.xml or word/endnotes.xml: the two separators and
    `notes` (id -> text), with the note styles."""
    tag = "footnote" if kind == "footnotes" else "endnote"
    sty = "FootnoteText" if tag == "footnote" else "EndnoteText"
    ref = "FootnoteReference" if tag == "footnote" else "EndnoteReference"
    body = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    for fid, text in notes.items():
        body += (f'<w:{tag} w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="{sty}"/><w:jc w:val="both"/></w:pPr>'
                 f'<w:r><w:rPr><w:rStyle w:val="{ref}"/></w:rPr><w:{tag}Ref/></w:r>'
                 f'<w:r><w:t xml:space="preserve"> {X(text)}</w:t></w:r></w:p></w:{tag}>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:{kind} {ALL_NS} mc:Ignorable="{IGNORABLE}">{body}</w:{kind}>')
    add_part(doc, f"/word/{kind}.xml", f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
             xml, RT.FOOTNOTES if tag == "footnote" else RT.ENDNOTES)
    names = ("footnote text", "footnote reference") if tag == "footnote" else ("endnote text", "endnote reference")
    st = doc.styles.add_style(names[0], WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), sty)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    st = doc.styles.add_style(names[1], WD_STYLE_TYPE.CHARACTER)
    st.element.set(qn("w:styleId"), ref)
    st.font.superscript = True


def note_ref(p, fid, tag="footnote"):
    ref = "FootnoteReference" if tag == "footnote" else "EndnoteReference"
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:rStyle w:val="{ref}"/></w:rPr><w:{tag}Reference w:id="{fid}"/></w:r>'))


def f87():
    doc = new_document("Quy trình đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG HƯNG PHÚ"],
                 ["QUY TRÌNH", "ĐĂNG KÝ KHAI SINH KẾT HỢP ĐĂNG KÝ NHẬN CHA, MẸ, CON", "Mã TTHC: 1.000689"],
                 ["Mã hiệu: QT.HT.08", "Lần ban hành: 01", "Ngày ban hành: 03/11/2026", "Ngày hiệu lực: 05/11/2026"])
    para(doc)
    grid3(doc, ["Kiều Thị Phương Thảo", "Nguyễn Hoài Nam", "Phùng Văn Tiến"],
          ["Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Chủ tịch UBND phường"],
          ["20/10/2026", "27/10/2026", "03/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con tại Ủy ban nhân dân phường Hưng Phú.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với việc đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con thuộc thẩm quyền của Ủy ban nhân dân phường Hưng Phú; công chức Trung tâm Phục vụ hành chính công phường, Văn phòng HĐND và UBND phường.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    p = para(doc, "- " + L["LHT"])
    note_ref(p, 1)
    run(p, ";")
    for key in ("123", "07", "04BTP"):
        para(doc, "- " + L[key] + ";")
    p = para(doc, "- Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ")
    note_ref(p, 2)
    run(p, ";")
    para(doc, "- " + L["03VPCP"] + ".")
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Hưng Phú", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu",
                     "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh",
                     "Chứng cứ chứng minh quan hệ cha, mẹ, con"])
    h(doc, "5.2. Thời hạn giải quyết")
    p = para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    note_ref(p, 3)
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Hưng Phú hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.4. Lệ phí")
    p = para(doc, "Lệ phí đăng ký nhận cha, mẹ, con theo Nghị quyết của Hội đồng nhân dân tỉnh Hòa An.")
    note_ref(p, 1, "endnote")
    h(doc, "5.5. Quy trình xử lý công việc")
    st = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.",
         "Công chức Trung tâm PVHCC phường", "04 giờ làm việc", "Mẫu 01, Mẫu 02, Mẫu 06"],
        ["2", "Kiểm tra hồ sơ, chứng cứ chứng minh quan hệ cha, mẹ, con; xác minh (nếu cần); ghi Sổ đăng ký khai sinh và Sổ đăng ký nhận cha, mẹ, con; trình ký.",
         "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "12 giờ làm việc", "Mẫu 06"],
        ["3", "Xem xét, ký Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con.", "Chủ tịch hoặc Phó Chủ tịch UBND phường",
         "04 giờ làm việc", "Mẫu 06; Giấy khai sinh, Trích lục"],
        ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "02 giờ làm việc", "Mẫu 06"],
        ["5", "Trả kết quả; người yêu cầu ký Sổ hộ tịch; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
         "Công chức Trung tâm PVHCC phường", "02 giờ làm việc", "Mẫu 01; Giấy khai sinh, Trích lục"],
    ], center_cols=(0, 3))
    note_ref(st.cell(2, 3).paragraphs[0], 4)
    spans(st, [("Tổng thời gian giải quyết: 24 giờ làm việc (03 ngày làm việc)", 5, True, C)])
    widths(st, [1.0, 6.6, 3.4, 2.2, 2.8])
    forms_table(doc, mau(["01", "02", "06"]))
    records_table(doc, [
        ("Sổ đăng ký khai sinh; Sổ đăng ký nhận cha, mẹ, con", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"),
        ("Tờ khai và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "20 năm"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"),
    ])
    notes_part(doc, "footnotes", {
        1: "Điều 16 (thủ tục đăng ký khai sinh) và Điều 25 (thủ tục đăng ký nhận cha, mẹ, con); Điều 15 Nghị định số 123/2015/NĐ-CP về đăng ký khai sinh kết hợp nhận cha, mẹ, con.",
        2: "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia; thay thế Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ từ ngày 01/7/2025.",
        3: "Trường hợp cần phải xác minh thì thời hạn giải quyết được kéo dài thêm không quá 05 ngày làm việc (khoản 2 Điều 25 Luật Hộ tịch).",
        4: "Không kể thời gian xác minh (nếu có); thời gian xác minh không quá 40 giờ làm việc.",
    })
    notes_part(doc, "endnotes", {
        1: "Miễn lệ phí đối với việc đăng ký khai sinh đúng hạn (điểm b khoản 1 Điều 11 Luật Hộ tịch).",
    })
    settings_notes(doc, endnotes=True)
    save(doc, "87-phuong-hung-phu-khai-sinh-ket-hop-nhan-cha-me-con-chu-thich-cuoi-trang.docx")


# ------------------------------------------------------------------ 88: a landscape step table cut in two
def step_header_rows(t):
    """Rows 0–1 of `t`: the labels and the column-number row, both
    repeated on every page (w:tblHeader)."""
    labels = ["TT", "Trình tự công việc", "Trách nhiệm thực hiện", "Thời gian thực hiện", "Biểu mẫu/Kết quả"]
    for j, v in enumerate(labels):
        fill(t.cell(0, j), v, b=True, align=C)
        fill(t.cell(1, j), f"({j + 1})", i=True, align=C)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])


def f88():
    doc = new_document("Quy trình đăng ký nội quy lao động")
    header_table(doc, ["UBND TỈNH BÌNH SƠN", "SỞ NỘI VỤ"],
                 ["QUY TRÌNH", "ĐĂNG KÝ NỘI QUY LAO ĐỘNG", "Mã TTHC: 2.001955"],
                 ["Mã hiệu: QT-LĐ-04", "Lần ban hành: 01", "Ngày ban hành: 02/11/2026", "Ngày hiệu lực: 09/11/2026"])
    para(doc)
    t = grid3(doc, ["Tô Thị Hải Yến", "Quách Văn Thịnh", "Bạch Ngọc Sơn"],
              ["Chuyên viên Phòng Lao động - Việc làm", "Trưởng phòng Lao động - Việc làm", ""],
              ["19/10/2026", "26/10/2026", "02/11/2026"])
    fill(t.cell(2, 3), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], b=True, align=C)
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm tiếp nhận và giải quyết hồ sơ đăng ký nội quy lao động của người sử dụng lao động tại Sở Nội vụ tỉnh Bình Sơn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với người sử dụng lao động có trụ sở trên địa bàn tỉnh Bình Sơn; Phòng Lao động - Việc làm, Văn phòng Sở Nội vụ và công chức Sở Nội vụ tại Trung tâm Phục vụ hành chính công tỉnh.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["BLLĐ"], L["145"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công tỉnh Bình Sơn", "NSDLĐ: Người sử dụng lao động"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Văn bản đề nghị đăng ký nội quy lao động", "Nội quy lao động",
                     "Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)",
                     "Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động, trách nhiệm vật chất (nếu có)"])
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công tỉnh Bình Sơn hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.4. Phí, lệ phí")
    para(doc, "Không.")
    # the step table goes in a landscape section of its own
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.left_margin, s2.right_margin, s2.top_margin, s2.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
    h(doc, "5.5. Quy trình xử lý công việc")
    steps = [
        ["1", "Tiếp nhận hồ sơ đăng ký nội quy lao động; kiểm tra tính đầy đủ của hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện; chuyển hồ sơ về Phòng Lao động - Việc làm.",
         "Công chức Sở Nội vụ tại Trung tâm PVHCC", "04 giờ làm việc", "Mẫu 01, Mẫu 02, Mẫu 06"],
        ["2", "Tiếp nhận hồ sơ từ Trung tâm PVHCC; phân công chuyên viên thụ lý.", "Lãnh đạo Phòng Lao động - Việc làm", "04 giờ làm việc", "Mẫu 06"],
        ["3", "Thẩm định nội dung nội quy lao động: đối chiếu các nội dung chủ yếu theo khoản 2 Điều 118 Bộ luật Lao động, các hành vi vi phạm kỷ luật lao động và hình thức xử lý kỷ luật; trường hợp nội quy có quy định trái pháp luật thì dự thảo văn bản thông báo, hướng dẫn người sử dụng lao động sửa đổi, bổ sung và đăng ký lại; trường hợp hợp pháp thì dự thảo văn bản trả lời.",
         "Chuyên viên Phòng Lao động - Việc làm", "03 ngày làm việc", "Mẫu 06; Dự thảo văn bản"],
        ["4", "Xem xét, kiểm tra dự thảo; trình Lãnh đạo Sở.", "Trưởng phòng Lao động - Việc làm", "01 ngày làm việc", "Mẫu 06"],
        ["5", "Xem xét, ký văn bản.", "Giám đốc hoặc Phó Giám đốc Sở", "01 ngày làm việc", "Mẫu 06; Văn bản của Sở Nội vụ"],
        ["6", "Đóng dấu, phát hành văn bản; chuyển kết quả đến Trung tâm PVHCC.", "Văn thư Sở", "04 giờ làm việc", "Mẫu 06"],
        ["7", "Trả kết quả cho người sử dụng lao động; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
         "Công chức Sở Nội vụ tại Trung tâm PVHCC", "04 giờ làm việc", "Mẫu 01; Văn bản của Sở Nội vụ"],
    ]
    cms = [1.2, 12.5, 5.0, 3.0, 4.0]
    t1 = grid(doc, 2, 5)
    step_header_rows(t1)
    for row in steps[:4]:
        r = t1.add_row()
        for j, v in enumerate(row):
            fill(r.cells[j], v, align=C if j in (0, 3) else None)
        cant_split(r)
    widths(t1, cms)
    page_break(doc)
    para(doc, "(tiếp theo)", i=True, align=R)
    t2 = grid(doc, 2, 5)
    step_header_rows(t2)
    for row in steps[4:]:
        r = t2.add_row()
        for j, v in enumerate(row):
            fill(r.cells[j], v, align=C if j in (0, 3) else None)
        cant_split(r)
    spans(t2, [("Tổng thời gian giải quyết", 3, True, C), ("07 ngày làm việc", 2, True, C)])
    widths(t2, cms)
    # back to portrait for sections 6 and 7
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.left_margin, s3.right_margin, s3.top_margin, s3.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    forms_table(doc, mau(["01", "02", "06"]))
    records_table(doc, [
        ("Hồ sơ đăng ký nội quy lao động và văn bản trả lời", "Chuyên viên Phòng Lao động - Việc làm", "Phòng Lao động - Việc làm", "10 năm"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Sở Nội vụ tại Trung tâm PVHCC", "Trung tâm PVHCC tỉnh", "05 năm"),
    ])
    save(doc, "88-so-noi-vu-binh-son-noi-quy-lao-dong-bang-ngang-tach-hai-trang.docx")


# ------------------------------------------------------------------ 89: line breaks in cells, tabs after labels
def tab_stops(p, *cms):
    ppr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    for cm in cms:
        tb = OxmlElement("w:tab")
        tb.set(qn("w:val"), "left")
        tb.set(qn("w:pos"), str(int(cm * 567)))
        tabs.append(tb)
    ppr.append(tabs)


def f89():
    doc = new_document("Quy trình đăng ký lại khai sinh")
    t = grid(doc, 1, 3)
    br_cell(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC"], b=True, align=C)
    br_cell(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ LẠI KHAI SINH"], b=True, align=C)
    p = t.cell(0, 1).add_paragraph()
    run(p, "Mã TTHC:\t1.004884", i=True)
    p.alignment = C
    c = t.cell(0, 2)
    lines_ = ["Mã hiệu:\tQT.HT.07", "Lần ban hành:\t01", "Ngày ban hành:\t05/11/2026", "Ngày hiệu lực:\t10/11/2026"]
    for k, ln in enumerate(lines_):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        run(p, ln)
        tab_stops(p, 2.9)
    widths(t, [4.5, 7, 4.5])
    para(doc)
    sg = grid(doc, 4, 3)
    for j, v in enumerate(["SOẠN THẢO", "KIỂM TRA", "PHÊ DUYỆT"]):
        fill(sg.cell(0, j), v, b=True, align=C)
    for j in range(3):
        fill(sg.cell(1, j), ["", ""])
    people = [("Trần Thị Kim Oanh", "Công chức Văn phòng HĐND và UBND xã"),
              ("Lý Văn Hùng", "Chánh Văn phòng HĐND và UBND xã"),
              ("Đàm Quang Huy", "Chủ tịch UBND xã")]
    for j, (nm, pos) in enumerate(people):
        br_cell(sg.cell(2, j), [nm, pos], align=C)
        sg.cell(2, j).paragraphs[0].runs[0].bold = True
    for j, d in enumerate(["Ngày:\t27/10/2026", "Ngày:\t31/10/2026", "Ngày:\t05/11/2026"]):
        fill(sg.cell(3, j), d, align=C)
    page_break(doc)
    h(doc, "1.\tMỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký lại khai sinh tại Ủy ban nhân dân xã Yên Lạc.")
    h(doc, "2.\tPHẠM VI")
    para(doc, "Áp dụng đối với việc đăng ký lại khai sinh cho người đã đăng ký khai sinh tại cơ quan có thẩm quyền của Việt Nam nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất; công chức Trung tâm Phục vụ hành chính công xã và Văn phòng HĐND và UBND xã Yên Lạc.")
    h(doc, "3.\tCĂN CỨ PHÁP LÝ")
    keys = ["LHT", "123", "07", "04BTP", "118"]
    for k, key in enumerate(keys):
        p = para(doc, "-\t" + L[key] + (";" if k < len(keys) - 1 else "."))
        tab_stops(p, 0.6)
    h(doc, "4.\tĐỊNH NGHĨA, TỪ VIẾT TẮT")
    for k, ln in enumerate(["Trung tâm PVHCC:\tTrung tâm Phục vụ hành chính công xã Yên Lạc;", "TTHC:\tThủ tục hành chính."]):
        p = para(doc, "-\t" + ln)
        tab_stops(p, 0.6, 4.5)
    h(doc, "5.\tNỘI DUNG QUY TRÌNH")
    h(doc, "5.1.\tThành phần hồ sơ")
    p = para(doc)
    br_par(p, ["- Tờ khai đăng ký lại khai sinh theo mẫu;",
               "- Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác trong đó có các thông tin liên quan đến nội dung khai sinh của người đó;",
               "- Văn bản cam đoan của người yêu cầu về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh."])
    p = para(doc)
    run(p, "5.2.\tThời hạn giải quyết:", b=True)
    run(p, "\t05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    tab_stops(p, 1.2, 6.0)
    p = para(doc)
    run(p, "5.3.\tNơi tiếp nhận và trả kết quả:", b=True)
    run(p, "\tTrung tâm Phục vụ hành chính công xã Yên Lạc.")
    p = para(doc)
    run(p, "5.4.\tLệ phí:", b=True)
    run(p, "\tTheo Nghị quyết của Hội đồng nhân dân tỉnh Lam Giang.")
    h(doc, "5.5.\tQuy trình xử lý công việc")
    st = grid(doc, 1, 4)
    br_cell(st.cell(0, 0), ["Bước"], b=True, align=C)
    br_cell(st.cell(0, 1), ["Nội dung công việc"], b=True, align=C)
    br_cell(st.cell(0, 2), ["Trách nhiệm", "(Thời gian)"], b=True, align=C)
    br_cell(st.cell(0, 3), ["Biểu mẫu/", "Kết quả"], b=True, align=C)
    rows = [
        ("1", ["Tiếp nhận, kiểm tra hồ sơ:", "- Hồ sơ đầy đủ: lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ;",
               "- Hồ sơ chưa đầy đủ: hướng dẫn bổ sung, hoàn thiện."],
         ["Công chức Trung tâm PVHCC xã", "(04 giờ làm việc)"], ["Mẫu 01, Mẫu 02,", "Mẫu 06"]),
        ("2", ["Kiểm tra, xác minh hồ sơ; nếu việc đăng ký lại khai sinh là đúng quy định thì ghi Sổ đăng ký khai sinh; dự thảo Giấy khai sinh; trình ký."],
         ["Công chức tư pháp - hộ tịch", "(03 ngày làm việc)"], ["Mẫu 06"]),
        ("3", ["Xem xét, ký Giấy khai sinh (đăng ký lại)."],
         ["Chủ tịch hoặc Phó Chủ tịch UBND xã", "(01 ngày làm việc)"], ["Mẫu 06;", "Giấy khai sinh"]),
        ("4", ["Đóng dấu, vào sổ văn bản;", "chuyển kết quả về Trung tâm PVHCC."],
         ["Văn thư UBND xã", "(01 ngày làm việc)"], ["Mẫu 06"]),
        ("5", ["Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC."],
         ["Công chức Trung tâm PVHCC xã", "(04 giờ làm việc)"], ["Mẫu 01;", "Giấy khai sinh"]),
    ]
    for order, action, resp, forms in rows:
        r = st.add_row()
        fill(r.cells[0], order, align=C)
        br_cell(r.cells[1], action)
        br_cell(r.cells[2], resp, align=C)
        br_cell(r.cells[3], forms)
    spans(st, [(["Tổng thời gian giải quyết: 05 ngày làm việc"], 4, True, C)])
    widths(st, [1.2, 7.8, 4.2, 2.8])
    forms_table(doc, mau(["01", "02", "06"]), head="6.\tBIỂU MẪU")
    records_table(doc, [
        ("Sổ đăng ký khai sinh", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
        ("Tờ khai và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ], head="7.\tHỒ SƠ CẦN LƯU")
    save(doc, "89-xa-yen-lac-dang-ky-lai-khai-sinh-xuong-dong-trong-o-tab.docx")


# ------------------------------------------------------------------ 90: steps referring to other procedures and their forms
def f90():
    doc = new_document("Quy trình thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG TIÊN PHONG"],
                 ["QUY TRÌNH", "THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH, XÁC ĐỊNH LẠI DÂN TỘC", "Mã TTHC: 1.004859"],
                 ["Mã hiệu: QT.HT.09", "Lần ban hành: 01", "Ngày ban hành: 10/11/2026", "Ngày hiệu lực: 12/11/2026"])
    para(doc)
    grid3(doc, ["Hà Thị Thúy Vân", "Mạc Đăng Khoa", "Chu Văn Thành"],
          ["Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Chủ tịch UBND phường"],
          ["21/10/2026", "28/10/2026", "10/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc tại Ủy ban nhân dân phường Tiên Phong.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công dân có yêu cầu thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc thuộc thẩm quyền của Ủy ban nhân dân phường Tiên Phong. Việc tiếp nhận, trả kết quả và lưu trữ hồ sơ thực hiện theo các quy trình được dẫn chiếu tại mục 5.5.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["LHT"], L["123"], L["07"], L["04BTP"], L["118"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Tiên Phong",
                     "QT.PVHCC.01: Quy trình tiếp nhận hồ sơ và trả kết quả giải quyết TTHC của Trung tâm PVHCC",
                     "QT.PVHCC.03: Quy trình đo lường sự hài lòng của người dân",
                     "QT.VP.02: Quy trình kiểm soát hồ sơ"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc theo mẫu",
                     "Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc"])
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần phải xác minh thì thời hạn được kéo dài thêm không quá 03 ngày làm việc.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Tiên Phong hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.4. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Tân Hà.")
    h(doc, "5.5. Quy trình xử lý công việc")
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        ["1", "Tiếp nhận, kiểm tra hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả: thực hiện theo QT.PVHCC.01; chuyển hồ sơ cho công chức tư pháp - hộ tịch.",
         "Công chức Trung tâm PVHCC", "04 giờ làm việc", "BM.PVHCC.01.01, BM.PVHCC.01.06 (của QT.PVHCC.01)"],
        ["2", "Thẩm định hồ sơ, lập Phiếu thẩm định; trường hợp cần xác minh thì thực hiện theo Quy trình xác minh thông tin hộ tịch (xem QT.HT.12).",
         "Công chức tư pháp - hộ tịch", "12 giờ làm việc", "BM.HT.09.01"],
        ["3", "Xem xét, ký Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc.",
         "Chủ tịch hoặc Phó Chủ tịch UBND phường", "04 giờ làm việc", "BM.HT.09.01"],
        ["4", "Đóng dấu, vào sổ; ghi Sổ theo dõi; gửi thông báo cho cơ quan đăng ký hộ tịch nơi đã đăng ký trước đây (nếu có); lưu hồ sơ theo QT.VP.02.",
         "Văn thư UBND phường", "02 giờ làm việc", "BM.HT.09.02; BM.HT.09.03"],
        ["5", "Trả kết quả; lấy ý kiến đánh giá sự hài lòng của người dân theo QT.PVHCC.03.",
         "Công chức Trung tâm PVHCC", "02 giờ làm việc", "BM.PVHCC.03.01 – QT.PVHCC.03"],
    ], center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 03 ngày làm việc (24 giờ làm việc)", 5, True, C)])
    widths(t, [1.2, 7.2, 3.2, 2.2, 2.6])
    forms_table(doc, [("BM.HT.09.01", "Phiếu thẩm định hồ sơ thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc"),
                      ("BM.HT.09.03", "Thông báo việc thay đổi, cải chính, bổ sung thông tin hộ tịch cho nơi đã đăng ký trước đây")])
    para(doc, "Các biểu mẫu BM.PVHCC.01.01, BM.PVHCC.01.06, BM.PVHCC.03.01 sử dụng theo QT.PVHCC.01 và QT.PVHCC.03.", i=True)
    records_table(doc, [
        ("Sổ đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"),
        ("Tờ khai, giấy tờ kèm theo và BM.HT.09.01", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "20 năm"),
        ("BM.HT.09.03 (bản lưu)", "Văn thư UBND phường", "Văn phòng HĐND và UBND phường", "05 năm"),
    ])
    save(doc, "90-phuong-tien-phong-cai-chinh-ho-tich-dan-chieu-quy-trinh-khac.docx")


# ------------------------------------------------------------------ 91: numbers drawn by Word numbering in table cells
def add_numbering(doc):
    """abstractNum 90: decimal "%1." for table columns (centred, no
    indent); abstractNum 91: a "-" bullet. num 90/91/92 restart 90 for the
    step, forms and records tables; num 93 is the bullet list."""
    numbering = doc.part.numbering_part.element
    a90 = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="90"><w:nsid w:val="5A3C1E90"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="0409000F"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="center"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>')
    a91 = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="91"><w:nsid w:val="5A3C1E91"/><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:tmpl w:val="04090001"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:hint="default"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    for a in (a90, a91):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    for num_id, abstract in ((90, 90), (91, 90), (92, 90), (93, 91)):
        override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                    if num_id in (91, 92) else "")
        numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>'))


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    ppr.insert(0, parse_xml(f'<w:pStyle {W_NS} w:val="ListParagraph"/>'))


def numbered_column(t, num_id, first_row=1, last_row=None):
    rows = t.rows[first_row:last_row]
    for r in rows:
        cell = r.cells[0]
        for pp in cell.paragraphs:
            for rr in list(pp.runs):
                rr._r.getparent().remove(rr._r)
        numbered(cell.paragraphs[0], num_id)
        cell.paragraphs[0].alignment = C


def f91():
    doc = new_document("Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản")
    add_numbering(doc)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ CẨM HƯNG"],
                 ["QUY TRÌNH", "CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH GIẤY TỜ, VĂN BẢN DO CƠ QUAN, TỔ CHỨC CÓ THẨM QUYỀN CỦA VIỆT NAM CẤP HOẶC CHỨNG NHẬN",
                  "Mã TTHC: 2.000815"],
                 ["Mã hiệu: QT.CT.02", "Lần ban hành: 01", "Ngày ban hành: 04/11/2026", "Ngày hiệu lực: 06/11/2026"])
    para(doc)
    grid3(doc, ["Ông Thị Mỹ Duyên", "La Văn Đức", "Khúc Thành Nhân"],
          ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
          ["23/10/2026", "29/10/2026", "04/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận tại Ủy ban nhân dân xã Cẩm Hưng.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân, tổ chức có yêu cầu chứng thực bản sao từ bản chính tại xã Cẩm Hưng; công chức Trung tâm Phục vụ hành chính công xã và người thực hiện chứng thực của Ủy ban nhân dân xã.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    keys = ["23", "07", "280", "01BTP", "226", "118"]
    for k, key in enumerate(keys):
        p = para(doc, L[key] + (";" if k < len(keys) - 1 else "."))
        numbered(p, 93)
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    for ln in ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Cẩm Hưng;", "Người thực hiện chứng thực: Chủ tịch hoặc Phó Chủ tịch UBND xã."]:
        numbered(para(doc, ln), 93)
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    for ln in ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao hoặc bản sao có chứng thực;", "Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị)."]:
        numbered(para(doc, ln), 93)
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ; trường hợp yêu cầu chứng thực với số lượng lớn thì thời hạn được kéo dài theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Cẩm Hưng.")
    h(doc, "5.4. Phí")
    para(doc, "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, nhưng mức thu tối đa không quá 200.000 đồng/bản.")
    h(doc, "5.5. Quy trình xử lý công việc")
    st = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận yêu cầu, kiểm tra bản chính và bản sao; lập Phiếu kiểm soát quá trình giải quyết hồ sơ; trường hợp không trả ngay thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
         "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01, Mẫu 06"],
        ["2", "Đối chiếu bản sao với bản chính; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)",
         "04 giờ làm việc", "Mẫu 06"],
        ["3", "Ký chứng thực; đóng dấu.", "Chủ tịch hoặc Phó Chủ tịch UBND xã; Văn thư UBND xã", "02 giờ làm việc", "Mẫu 06; Bản sao đã chứng thực"],
        ["4", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC",
         "01 giờ làm việc", "Mẫu 01; Bản sao đã chứng thực"],
    ], center_cols=(3,))
    spans(st, [("Tổng thời gian giải quyết: 08 giờ làm việc", 5, True, C)])
    numbered_column(st, 90, 1, 5)
    widths(st, [1.1, 6.6, 3.6, 2.2, 2.5])
    h(doc, "6. BIỂU MẪU")
    ft = table(doc, [["TT", "Tên biểu mẫu", "Mã hiệu"],
                     ["1", BM["01"] + " (Thông tư số 03/2025/TT-VPCP)", "Mẫu 01"],
                     ["2", BM["06"] + " (Thông tư số 03/2025/TT-VPCP)", "Mẫu 06"]], center_cols=(2,))
    numbered_column(ft, 91)
    h(doc, "7. HỒ SƠ CẦN LƯU")
    rt = table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                     ["1", "Sổ chứng thực bản sao từ bản chính", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                     ["2", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"]], center_cols=(4,))
    numbered_column(rt, 92)
    save(doc, "91-xa-cam-hung-chung-thuc-ban-sao-danh-so-tu-dong-trong-bang.docx")


if __name__ == "__main__":
    for f in (f84, f85, f86, f87, f88, f89, f90, f91):
        f()
