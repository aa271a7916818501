#!/usr/bin/env python3
"""Writes the Word files 70–77 of the corpus (tests/corpus/docx/), next to
this script (PENDING ones, not read right yet, into pending/): the third
field test of the Word reader (python-docx 1.2.0 + lxml; helpers from
_lib.py).

Each file is a plausible upload of a Vietnamese agency in late 2026, of a
kind the corpus (01–69) did not have. Models are listed in
pending/field3/README.md, the reading of each file as typed before the
program ran in pending/field3/expected/, the first results in
pending/field3/REPORT.md. (76's dates were moved 10 days earlier when it
came into the corpus, which checks as of 2026-11-22.) Agencies, people, internal
codes and decision numbers are invented (tỉnh Hòa An, Lam Giang, Tân Hà,
Bình Sơn); laws, decrees, circulars, their numbers and dates, national TTHC
codes, limits and fees are real (sources in README.md).

  70  UBND phường Hòa Phú (Hòa An) – đăng ký giám hộ (1.004837). The legal
      basis is a Word multi-level numbered list ("3.%1." / "%2)", numbers
      not in the text) with nested sub-items: articles of a law (not
      documents) and an amending decree / guiding circular (documents),
      a "Căn cứ" prose line before and after. PLANTED: Luật Tổ chức chính
      quyền địa phương 77/2015/QH13 left in the list (replaced, via
      65/2025/QH15, by 72/2025/QH15) → one DOC-023.
  71  UBND xã Tân Lộc (Lam Giang) – chứng thực chữ ký người dịch không
      phải cộng tác viên (2.001008), issue 02 uploaded with its reviewers'
      tracked changes and comments still in: revisions inside the header
      block (issue 01→02, dates), the approver's name and date, a deleted
      legal-basis paragraph (61/2018/NĐ-CP) and an inserted one
      (118/2025/NĐ-CP), a law's number changed in place (77/2015/QH13 →
      72/2025/QH15), a tracked change-log row, a step time changed,
      formatting revisions (rPrChange, pPrChange) and three comments citing
      a replaced decree and times. Clean once the changes are accepted.
  72  Sở Khoa học và Công nghệ tỉnh Tân Hà – đo lường sự hài lòng của tổ
      chức, cá nhân (system). Code, title, issue and page in the FIRST-PAGE
      header (w:titlePg), a short default header, the issue and effective
      dates only in the FOOTER (tab-separated, PAGE/NUMPAGES fields); the
      step table in a landscape section between two portrait sections.
      PLANTED: the approver signed on 22/10/2026, after the effective date
      15/10/2026 given in the footer → one DOC-004.
  73  Trung tâm Phục vụ hành chính công tỉnh Bình Sơn – tiếp nhận, xử lý
      phản ánh, kiến nghị (internal). After section 7 an appendix of the
      four forms: "Mẫu 01" … "Mẫu 04" headings, a form with numbered lines
      and check boxes, a register form whose table has "Thời hạn xử lý"
      and a column-number row, a transfer slip with "Căn cứ …", a deadline
      and "Nơi nhận:", a report form with "I./II./III." headings. Clean.
  74  Bộ Dân tộc và Tôn giáo, Văn phòng Bộ – quản lý rủi ro và cơ hội
      (system). A table of contents (TOC field in a content control,
      hyperlinks, PAGEREF); sections as Word-numbered Heading 1, the steps
      as Word-numbered Heading 2 "5.1."–"5.6." each followed by
      "Trách nhiệm:" / "Thời gian:" / "Biểu mẫu:" lines; a range "Từ 03
      đến 05 ngày làm việc"; two criteria tables inside step 5.2 (one with
      "Trách nhiệm" and "Thời hạn" columns); footnotes on two bases naming
      older documents; numbers typed with non-breaking hyphens
      (w:noBreakHyphen). Clean.
  75  Trung tâm Phục vụ hành chính công xã Phước An (Tân Hà) – chứng thực
      giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở
      (2.001035). Limit "Không quá 02 ngày làm việc (16 giờ làm việc) kể
      từ ngày nhận đủ hồ sơ hợp lệ"; steps in "giờ làm việc", "01 giờ 30
      phút", "30 phút", sub-steps "2.1"/"2.2"; the forms section a table
      "Mã hiệu | Tên biểu mẫu | Nơi lưu"; retention "Lưu vĩnh viễn", "Lưu 20
      năm", "Lưu 05 năm kể từ năm hồ sơ được giải quyết xong". Clean.
  76  UBND xã Mỹ Lộc (Bình Sơn) – sửa lỗi sai sót trong giao dịch
      (2.000927). A four-column signature grid "Người soạn thảo | Người
      kiểm tra | Người thẩm định | Người phê duyệt", the approval "TM. ỦY
      BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; step times as ranges
      ("15 - 30 phút", "Từ 01 đến 02 giờ làm việc", "01 – 02 giờ"). Clean.
  77  UBND phường Tân Thịnh (Tân Hà) – đăng ký chấm dứt giám hộ (1.004845),
      issue 02, in a file carried over from an old .doc template (Word
      2003 compatibility mode): the information block in a VML-only text
      box (no DrawingML), smart tags around the signature dates, Wingdings
      check boxes (w:sym) in the dossier list, proofing marks splitting
      runs, a PAGE field as w:fldSimple in the footer. Clean.

Usage: python3 generate-field3.py [OUTDIR]   (default: beside this script)
The output is deterministic (fixed core properties, comment dates and
revision dates pinned, zip entries rewritten by _lib.stable_zip).
"""
import io
import os
import sys
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
import _lib  # noqa: E402
from _lib import h, lines  # noqa: E402
from _lib import (C, R, W_NS, add_field, fill, grid, new_document, no_borders,  # noqa: E402
                  page_break, para, repeat_header, run, spans, table, widths)
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else CORPUS
# Files the reader does not read right yet: written to pending/.
PENDING: set = set()


# ------------------------------------------------------------------ saving
def save(doc, name, outdir=None):
    """Like _lib.save, into OUT (pending/ for PENDING files in the corpus)."""
    return _lib.save_to(doc, name, outdir or OUT, PENDING)


# ------------------------------------------------------------------ text helpers




def set_width(t, cms):
    widths(t, cms)


def X(s):
    return escape(s)


# ------------------------------------------------------------------ legal texts (real)
L = {
    "23": "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "07": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
    "280": "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
    "01BTP": "Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "226": "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
    "118": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "03VPCP": "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP",
    "3152": "Quyết định số 3152/QĐ-BTP ngày 31/10/2025 của Bộ trưởng Bộ Tư pháp về việc công bố thủ tục hành chính được sửa đổi, bổ sung, thủ tục hành chính bị bãi bỏ trong lĩnh vực chứng thực thuộc phạm vi quản lý của Bộ Tư pháp",
    "ISO": "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
    "19/2014": "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
    "101": "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ công bố mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
    "30/2020": "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    "BLDS": "Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015",
    "LHT": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
    "123": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "04BTP": "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "766": "Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử",
}
BM = {"01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
      "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
      "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ"}


# ------------------------------------------------------------------ Word features
_NSID = [0x3F300000]


def add_numbering(doc, levels, bold=False):
    """levels: [(numFmt, lvlText, left_twips)]. A new abstractNum + num in
    numbering.xml; returns the numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abs_ids + [0]) + 1, max(num_ids + [0]) + 1
    _NSID[0] += 1
    lvls = ""
    for i, (fmt, text, left) in enumerate(levels):
        lvls += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                 f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{left}" w:hanging="567"/></w:pPr>'
                 + ('<w:rPr><w:b/></w:rPr>' if bold else '') + '</w:lvl>')
    kind = "multilevel" if len(levels) > 1 else "singleLevel"
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                       f'<w:nsid w:val="{_NSID[0]:08X}"/><w:multiLevelType w:val="{kind}"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def set_num(p, numid, level=0):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = numid


# tracked changes
REV_AUTHOR = "Lê Thị Thu Sương"
REV_DATE = "2026-10-14T08:30:00Z"
_REV = [2000]


def _rev(el, author=REV_AUTHOR, date=REV_DATE):
    _REV[0] += 1
    el.set(qn("w:id"), str(_REV[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    return el


def _r(text, deleted=False, b=False, i=False):
    r = OxmlElement("w:r")
    if b or i:
        rpr = OxmlElement("w:rPr")
        if b:
            rpr.append(OxmlElement("w:b"))
        if i:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, parts, b=False):
    """parts: [(op, text)], op '=' plain, '+' w:ins, '-' w:del."""
    for op, text in parts:
        if op == "=":
            p._p.append(_r(text, b=b))
        elif op == "+":
            ins = _rev(OxmlElement("w:ins"))
            ins.append(_r(text, b=b))
            p._p.append(ins)
        else:
            d = _rev(OxmlElement("w:del"))
            d.append(_r(text, deleted=True, b=b))
            p._p.append(d)
    return p


def tracked_cell(cell, paras, b=False, align=None):
    """paras: list of parts lists (one per paragraph)."""
    first = True
    for parts in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        tracked(p, parts, b=b)
        if align is not None:
            p.alignment = align


def mark_paragraph(p, kind):
    """Paragraph mark inserted/deleted and every run wrapped in w:ins/w:del."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_rev(OxmlElement(f"w:{kind}")))
    ppr.append(rpr)
    for r in list(p._p.findall(qn("w:r"))):
        w = _rev(OxmlElement(f"w:{kind}"))
        r.addprevious(w)
        w.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def mark_row(row, kind):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_rev(OxmlElement(f"w:{kind}")))
    for p in row._tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = OxmlElement("w:rPr")
        rpr.append(_rev(OxmlElement(f"w:{kind}")))
        ppr.append(rpr)
        for r in list(p.findall(qn("w:r"))):
            w = _rev(OxmlElement(f"w:{kind}"))
            r.addprevious(w)
            w.append(r)


def rpr_change(run_el, old_bold):
    """A formatting revision on a run: its old properties in w:rPrChange."""
    rpr = run_el.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run_el.insert(0, rpr)
    ch = _rev(OxmlElement("w:rPrChange"))
    old = OxmlElement("w:rPr")
    if old_bold:
        old.append(OxmlElement("w:b"))
    ch.append(old)
    rpr.append(ch)


def ppr_change(p, old_jc):
    ppr = p._p.get_or_add_pPr()
    ch = _rev(OxmlElement("w:pPrChange"))
    old = OxmlElement("w:pPr")
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), old_jc)
    old.append(jc)
    ch.append(old)
    ppr.append(ch)


def add_footnotes(doc, notes):
    """A footnotes part (word/footnotes.xml) with the separators and
    `notes` (id -> text), related from the document."""
    body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in notes.items():
        body += (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                 '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                 f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {X(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS} '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + body + '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    st = doc.styles.add_style("footnote text", WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), "FootnoteText")
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(10)


def footnote_ref(p, fid):
    p._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{fid}"/></w:r>'))


def nb_hyphen_run(p, text):
    """Adds `text` as one run in which every '-' is a w:noBreakHyphen (a
    non-breaking hyphen typed with Ctrl+Shift+-)."""
    r = OxmlElement("w:r")
    pieces = text.split("-")
    for k, piece in enumerate(pieces):
        if piece:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            r.append(t)
        if k < len(pieces) - 1:
            r.append(OxmlElement("w:noBreakHyphen"))
    p._p.append(r)


def tab_stops(p, stops):
    for pos, align in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), align)


# ------------------------------------------------------------------ common blocks
def header_table(doc, left, middle, right, cms=(4.5, 7, 4.5)):
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), left, b=True, align=C)
    fill(t.cell(0, 1), middle, b=True, align=C)
    fill(t.cell(0, 2), right)
    set_width(t, list(cms))
    return t


def grid_cols(doc, roles, rows, center=True):
    """A signature grid in columns: first row the roles, then labelled rows."""
    t = table(doc, [[""] + roles] + rows, center_cols=tuple(range(1, len(roles) + 1)) if center else ())
    return t


# =====================================================================
# 70  UBND phường Hòa Phú — đăng ký giám hộ (legal basis as a Word list;
#     PLANTED: Luật TCCQĐP 77/2015/QH13)
# =====================================================================
def f70():
    doc = new_document("Quy trình đăng ký giám hộ")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA PHÚ"], ["QUY TRÌNH", "ĐĂNG KÝ GIÁM HỘ", "(Mã TTHC: 1.004837)"],
                 ["Mã số: QT.HT.09", "Lần ban hành: 01", "Ngày ban hành: 09/11/2026", "Ngày hiệu lực: 16/11/2026"])
    para(doc)
    grid_cols(doc, ["Soạn thảo", "Xem xét", "Phê duyệt"],
              [["Họ và tên", "Lương Thị Mỹ Duyên", "Tạ Văn Khương", "Đặng Quốc Hưng"],
               ["Chức vụ", "Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Chủ tịch UBND phường"],
               ["Chữ ký", "", "", ""],
               ["Ngày", "02/11/2026", "05/11/2026", "09/11/2026"]])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký giám hộ tại Ủy ban nhân dân phường Hòa Phú, bảo đảm quyền, lợi ích hợp pháp của người được giám hộ.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân có yêu cầu đăng ký giám hộ cử và giám hộ đương nhiên tại phường Hòa Phú; công chức Trung tâm Phục vụ hành chính công phường, Văn phòng HĐND và UBND phường.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    para(doc, "Quy trình này được xây dựng căn cứ các văn bản sau đây:")
    nid = add_numbering(doc, [("decimal", "3.%1.", 567), ("lowerLetter", "%2)", 1134)])
    items = [
        (0, "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015;"),
        (0, "Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015, trong đó:"),
        (1, "Mục 4 Chương III, từ Điều 46 đến Điều 63 về giám hộ;"),
        (0, "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014, trong đó:"),
        (1, "Điều 20 về thủ tục đăng ký giám hộ cử;"),
        (1, "Điều 21 về thủ tục đăng ký giám hộ đương nhiên;"),
        (0, L["123"] + ", được sửa đổi, bổ sung bởi:"),
        (1, L["07"] + ";"),
        (0, L["04BTP"] + ";"),
        (0, L["118"] + " và văn bản hướng dẫn:"),
        (1, L["03VPCP"] + ";"),
        (0, "Quyết định số 2207/QĐ-UBND ngày 20/10/2026 của Chủ tịch Ủy ban nhân dân tỉnh Hòa An về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực hộ tịch áp dụng tại cấp xã."),
    ]
    for lvl, text in items:
        p = para(doc, text)
        set_num(p, nid, lvl)
    para(doc, "Căn cứ các văn bản nêu trên, quy trình này được áp dụng thống nhất tại Ủy ban nhân dân phường Hòa Phú.", i=True)
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Hòa Phú", "UBND: Ủy ban nhân dân"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Điều kiện thực hiện")
    para(doc, "Người giám hộ có đủ điều kiện theo quy định tại Điều 49, Điều 50 Bộ luật Dân sự; việc cử người giám hộ phải được sự đồng ý của người được cử làm giám hộ.")
    h(doc, "5.2. Thành phần hồ sơ")
    lines(doc, ["Tờ khai đăng ký giám hộ theo mẫu",
                "Văn bản cử người giám hộ (đối với giám hộ cử) hoặc giấy tờ chứng minh điều kiện của người giám hộ đương nhiên (đối với giám hộ đương nhiên)",
                "Giấy tờ tùy thân của người yêu cầu (xuất trình)"])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời hạn giải quyết")
    para(doc, "03 ngày làm việc, kể từ ngày nhận đủ giấy tờ theo quy định.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Hòa Phú hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Hòa An quy định mức thu lệ phí đăng ký hộ tịch.")
    h(doc, "5.7. Quy trình xử lý công việc")
    t = table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                    ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "04 giờ làm việc", "Mẫu 01, Mẫu 06"],
                    ["2", "Kiểm tra, xác minh hồ sơ; ghi vào Sổ đăng ký giám hộ, dự thảo Trích lục đăng ký giám hộ; người đi đăng ký ký vào Sổ; trình lãnh đạo ký.", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "1,5 ngày làm việc", "Mẫu 06; Dự thảo Trích lục"],
                    ["3", "Xem xét, ký Trích lục đăng ký giám hộ.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "04 giờ làm việc", "Mẫu 06; Trích lục đăng ký giám hộ"],
                    ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "02 giờ làm việc", "Mẫu 06"],
                    ["5", "Trả kết quả cho người yêu cầu; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 06"]],
              center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết", 3, True, C), ("03 ngày làm việc", 2, True, C)])
    set_width(t, [1, 6, 3.6, 2.4, 3])
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: " + BM["01"], "Mẫu 06: " + BM["06"]])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ đăng ký giám hộ", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["2", "Hồ sơ đăng ký giám hộ (Tờ khai, văn bản cử người giám hộ)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"]], center_cols=(0, 4))
    save(doc, "70-phuong-hoa-phu-dang-ky-giam-ho-can-cu-danh-so-tu-dong.docx")


# =====================================================================
# 71  UBND xã Tân Lộc — chứng thực chữ ký người dịch (tracked changes,
#     comments; issue 02)
# =====================================================================
import datetime as _dt
COMMENT_DATE = _dt.datetime(2026, 10, 14, 9, 5, 0, tzinfo=_dt.timezone.utc)


def f71():
    doc = new_document("Quy trình chứng thực chữ ký người dịch")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ TÂN LỘC"], b=True, align=C)
    c = t.cell(0, 1)
    fill(c, ["QUY TRÌNH"], b=True, align=C)
    p = c.add_paragraph()
    p.alignment = C
    title_run = run(p, "CHỨNG THỰC CHỮ KÝ NGƯỜI DỊCH MÀ NGƯỜI DỊCH KHÔNG PHẢI LÀ CỘNG TÁC VIÊN DỊCH THUẬT", b=True)
    rpr_change(title_run._r, old_bold=False)  # made bold by the reviewer
    p2 = c.add_paragraph()
    p2.alignment = C
    run(p2, "Mã TTHC: 2.001008", b=True)
    tracked_cell(t.cell(0, 2), [
        [("=", "Mã số: QT.TP.08")],
        [("=", "Lần ban hành: "), ("-", "01"), ("+", "02")],
        [("=", "Ngày ban hành: "), ("-", "12/6/2025"), ("+", "20/10/2026")],
        [("=", "Ngày hiệu lực: "), ("-", "12/6/2025"), ("+", "01/11/2026")],
    ])
    set_width(t, [4.5, 7, 4.5])
    para(doc)
    sg = grid(doc, 5, 4)
    for j, v in enumerate(["", "Soạn thảo", "Xem xét", "Phê duyệt"]):
        fill(sg.cell(0, j), v, b=True, align=C)
    for i, v in enumerate(["Họ và tên", "Chức vụ", "Chữ ký", "Ngày"]):
        fill(sg.cell(i + 1, 0), v, b=True)
    tracked_cell(sg.cell(1, 1), [[("-", "Đỗ Thị Hạnh"), ("+", "Kha Thị Ngọc Trâm")]], align=C)
    tracked_cell(sg.cell(1, 2), [[("=", "Văn Công Lý")]], align=C)
    tracked_cell(sg.cell(1, 3), [[("-", "Phạm Văn Tuấn"), ("+", "Nguyễn Hoài Nam")]], align=C)
    fill(sg.cell(2, 1), "Công chức Văn phòng HĐND và UBND xã", align=C)
    fill(sg.cell(2, 2), "Chánh Văn phòng HĐND và UBND xã", align=C)
    fill(sg.cell(2, 3), "Chủ tịch UBND xã", align=C)
    tracked_cell(sg.cell(4, 1), [[("-", "05/6/2025"), ("+", "08/10/2026")]], align=C)
    tracked_cell(sg.cell(4, 2), [[("-", "09/6/2025"), ("+", "14/10/2026")]], align=C)
    tracked_cell(sg.cell(4, 3), [[("-", "12/6/2025"), ("+", "20/10/2026")]], align=C)
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI", b=True, align=C)
    cl = table(doc, [["Lần sửa đổi", "Ngày", "Nội dung sửa đổi", "Trang"],
                     ["01", "12/6/2025", "Ban hành lần đầu.", "Tất cả"],
                     ["02", "20/10/2026", "Cập nhật căn cứ pháp lý: Luật Tổ chức chính quyền địa phương năm 2025, Nghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP, Nghị định số 280/2025/NĐ-CP; rút ngắn thời gian Bước 2.", "2, 4"]],
               center_cols=(0, 1, 3))
    mark_row(cl.rows[2], "ins")
    set_width(cl, [2.2, 2.6, 9, 2.2])
    page_break(doc)
    hp = h(doc, "1. MỤC ĐÍCH")
    ppr_change(hp, "center")  # was centred, now left
    para(doc, "Quy định trình tự, thời gian, trách nhiệm chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật của Ủy ban nhân dân xã Tân Lộc.")
    h(doc, "2. PHẠM VI")
    p = doc.add_paragraph()
    tracked(p, [("=", "Áp dụng đối với người dịch có yêu cầu chứng thực chữ ký trên bản dịch; công chức "),
                ("-", "Bộ phận Một cửa"), ("+", "Trung tâm Phục vụ hành chính công xã"),
                ("=", " và Văn phòng HĐND và UBND xã Tân Lộc.")])
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    p = doc.add_paragraph()
    law_runs = tracked(p, [("=", "- Luật Tổ chức chính quyền địa phương số "), ("-", "77/2015/QH13 ngày 19/6/2015"),
                           ("+", "72/2025/QH15 ngày 16/6/2025"), ("=", ";")])
    para(doc, "- " + L["23"] + ";")
    para(doc, "- " + L["07"] + ";")
    p = doc.add_paragraph()
    tracked(p, [("=", "- " + L["280"] + ";")])
    mark_paragraph(p, "ins")
    para(doc, "- " + L["01BTP"] + ";")
    para(doc, "- " + L["226"] + ";")
    p = doc.add_paragraph()
    tracked(p, [("=", "- Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;")])
    mark_paragraph(p, "del")
    p = doc.add_paragraph()
    tracked(p, [("=", "- " + L["118"] + ";")])
    mark_paragraph(p, "ins")
    para(doc, "- " + L["3152"] + ".")
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Tân Lộc", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Bản dịch đính kèm giấy tờ, văn bản cần dịch", "Bản sao giấy tờ tùy thân của người dịch",
                "Bản sao bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch hoặc bằng tốt nghiệp đại học trở lên đối với chuyên ngành ngôn ngữ nước ngoài của người dịch"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Tân Lộc.")
    h(doc, "5.5. Phí")
    para(doc, "10.000 đồng/trường hợp.")
    h(doc, "5.6. Quy trình xử lý công việc")
    st = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                     ["1", "Tiếp nhận yêu cầu, kiểm tra giấy tờ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (trường hợp trả trong ngày làm việc tiếp theo), Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "01 giờ", "Mẫu 01, Mẫu 06"],
                     ["2", "Kiểm tra giấy tờ của người dịch; người dịch ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", None, "Mẫu 06"],
                     ["3", "Xem xét, ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ", "Mẫu 06"],
                     ["4", "Đóng dấu; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "01 giờ", "Mẫu 06"],
                     ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "01 giờ", "Mẫu 06; Bản dịch đã được chứng thực chữ ký người dịch"]],
               center_cols=(0, 3))
    tracked_cell(st.cell(2, 3), [[("-", "04 giờ"), ("+", "02 giờ")]], align=C)
    set_width(st, [1.2, 6, 3.6, 2.2, 3])
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: " + BM["01"], "Mẫu 06: " + BM["06"]])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ chứng thực chữ ký", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Bản dịch đã chứng thực (bản lưu)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "02 năm"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"]], center_cols=(0, 4))
    # Comments left in by the reviewers.
    law_p = law_runs._p
    rs = [r for r in doc.paragraphs if r._p is law_p][0].runs
    cm1 = doc.add_comment(rs[:1] if rs else [title_run],
                          text="Đã cập nhật theo Luật số 72/2025/QH15. Đề nghị bỏ Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP vì đã hết hiệu lực từ 01/7/2025.",
                          author="Văn Công Lý", initials="VCL")
    cm1._comment_elm.date = COMMENT_DATE
    cell_runs = st.cell(2, 1).paragraphs[0].runs
    cm2 = doc.add_comment(cell_runs, text="Thống nhất rút từ 04 giờ xuống 02 giờ làm việc theo đề nghị của Trung tâm PVHCC; tổng thời gian không quá 08 giờ.",
                          author="Lê Thị Thu Sương", initials="LTS")
    cm2._comment_elm.date = COMMENT_DATE
    cm3 = doc.add_comment([title_run], text="Giữ nguyên tên thủ tục theo Quyết định số 3152/QĐ-BTP; Mẫu 02 không dùng trong quy trình này.",
                          author="Văn Công Lý", initials="VCL")
    cm3._comment_elm.date = COMMENT_DATE
    save(doc, "71-xa-tan-loc-chung-thuc-chu-ky-nguoi-dich-theo-doi-thay-doi-va-ghi-chu.docx")


# =====================================================================
# 72  Sở KH&CN tỉnh Tân Hà — đo lường sự hài lòng (first-page header,
#     dates in the footer, landscape step section; PLANTED DOC-004)
# =====================================================================
def f72():
    doc = new_document("Quy trình đo lường sự hài lòng của tổ chức, cá nhân")
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    # first-page header: the block as a table
    fh = s1.first_page_header
    fh.is_linked_to_previous = False
    ht = fh.add_table(1, 3, Cm(16))
    ht.style = "Table Grid"
    fill(ht.cell(0, 0), ["UBND TỈNH TÂN HÀ", "SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"], b=True, align=C)
    fill(ht.cell(0, 1), ["QUY TRÌNH", "ĐO LƯỜNG SỰ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN"], b=True, align=C)
    fill(ht.cell(0, 2), ["Mã hiệu: QT.ISO.08", "Lần ban hành: 01"])
    pg = ht.cell(0, 2).add_paragraph()
    run(pg, "Trang: ")
    add_field(pg, "PAGE", "1")
    run(pg, "/")
    add_field(pg, "NUMPAGES", "6")
    set_width(ht, [4.5, 7, 4.5])
    # default header: one line with tabs
    dh = s1.header
    dh.is_linked_to_previous = False
    p = dh.paragraphs[0]
    tab_stops(p, [(8, WD_TAB_ALIGNMENT.CENTER), (16, WD_TAB_ALIGNMENT.RIGHT)])
    run(p, "QT.ISO.08\tQuy trình đo lường sự hài lòng của tổ chức, cá nhân\tLần ban hành: 01", i=True, size=10)
    # footers (first and default): the dates, tab-separated, and the page
    for ft in (s1.first_page_footer, s1.footer):
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        tab_stops(p, [(8, WD_TAB_ALIGNMENT.CENTER), (16, WD_TAB_ALIGNMENT.RIGHT)])
        run(p, "Ngày ban hành: 15/10/2026\tNgày hiệu lực: 15/10/2026\tTrang ", size=10)
        add_field(p, "PAGE", "1")
        run(p, "/", size=10)
        add_field(p, "NUMPAGES", "6")
    para(doc, "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:2015", b=True, align=C, size=12)
    para(doc)
    grid_cols(doc, ["Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
              [["Họ và tên", "Hồ Thị Thanh Nhàn", "Lê Quang Vũ", "Trương Minh Khôi"],
               ["Chức vụ", "Chuyên viên Văn phòng Sở", "Chánh Văn phòng Sở", "Giám đốc Sở"],
               ["Chữ ký", "", "", ""],
               ["Ngày ký", "30/9/2026", "08/10/2026", "22/10/2026"]])
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [["Lần sửa đổi", "Ngày sửa đổi", "Nội dung sửa đổi", "Trang"], ["", "", "", ""]])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định thống nhất cách thức theo dõi, đo lường sự hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính và cung cấp dịch vụ công của Sở Khoa học và Công nghệ, làm cơ sở cải tiến Hệ thống quản lý chất lượng.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các phòng, đơn vị thuộc Sở Khoa học và Công nghệ tỉnh Tân Hà có giải quyết thủ tục hành chính, cung cấp dịch vụ công cho tổ chức, cá nhân.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["ISO"] + " (điều khoản 9.1.2)",
                "TCVN ISO 10004:2015 Quản lý chất lượng – Sự thỏa mãn của khách hàng – Hướng dẫn theo dõi và đo lường",
                L["19/2014"], L["101"], L["118"], L["766"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Sự hài lòng: cảm nhận của tổ chức, cá nhân về mức độ đáp ứng mong đợi của họ khi giải quyết thủ tục hành chính, sử dụng dịch vụ công",
                "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công tỉnh Tân Hà",
                "PAKN: Phản ánh, kiến nghị"])
    # landscape section for the step table
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.left_margin, s2.right_margin = Cm(2), Cm(2)
    s2.different_first_page_header_footer = False
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    para(doc, "Khảo sát được thực hiện định kỳ 01 lần/năm (trong Quý III) và đột xuất khi có yêu cầu của Giám đốc Sở.", i=True)
    t = table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Hồ sơ"],
                    ["1", "Lập Kế hoạch khảo sát: đối tượng, phương pháp (phiếu giấy tại Trung tâm PVHCC, khảo sát trực tuyến, điện thoại), cỡ mẫu, thời gian.", "Thư ký ISO", "05 ngày làm việc", "BM.ISO.08-01"],
                    ["2", "Xem xét, phê duyệt Kế hoạch khảo sát.", "Giám đốc Sở", "02 ngày làm việc", "BM.ISO.08-01"],
                    ["3", "Tổ chức khảo sát; thu thập phiếu và dữ liệu đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.", "Các phòng, đơn vị; Thư ký ISO", "20 ngày làm việc", "BM.ISO.08-02"],
                    ["4", "Tổng hợp, phân tích kết quả; xác định chỉ số hài lòng và các nội dung cần cải tiến.", "Thư ký ISO", "05 ngày làm việc", "BM.ISO.08-03"],
                    ["5", "Báo cáo kết quả khảo sát trình Giám đốc Sở; đưa vào đầu vào xem xét của lãnh đạo theo Quy trình xem xét của lãnh đạo (QT.ISO.04).", "Thư ký ISO", "02 ngày làm việc", "BM.ISO.08-03"],
                    ["6", "Thực hiện hành động khắc phục, cải tiến đối với nội dung có tỷ lệ hài lòng dưới 80% theo Quy trình hành động khắc phục (QT.ISO.06).", "Trưởng các phòng, đơn vị", "Không quá 30 ngày", ""],
                    ["7", "Công khai kết quả khảo sát trên Cổng thông tin điện tử của Sở.", "Văn phòng Sở", "03 ngày làm việc", "BM.ISO.08-03"]],
              center_cols=(0, 3))
    repeat_header(t.rows[0])
    set_width(t, [1.2, 12, 5, 3.5, 4])
    # portrait again for forms and records
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.left_margin, s3.right_margin = Cm(3), Cm(2)
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "BM.ISO.08-01", "Kế hoạch khảo sát sự hài lòng"],
                ["2", "BM.ISO.08-02", "Phiếu khảo sát sự hài lòng của tổ chức, cá nhân"],
                ["3", "BM.ISO.08-03", "Báo cáo kết quả khảo sát sự hài lòng"]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Kế hoạch khảo sát sự hài lòng", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
                ["2", "Phiếu khảo sát đã thu", "Thư ký ISO", "Văn phòng Sở", "02 năm"],
                ["3", "Báo cáo kết quả khảo sát sự hài lòng", "Thư ký ISO", "Văn phòng Sở", "10 năm"]], center_cols=(0, 4))
    save(doc, "72-so-khcn-tan-ha-do-luong-su-hai-long-ngay-hieu-luc-o-chan-trang.docx")


# =====================================================================
# 73  Trung tâm PVHCC tỉnh Bình Sơn — phản ánh, kiến nghị (forms appendix)
# =====================================================================
def form_header(doc, code, title, sub=None):
    para(doc, code, b=True, align=R, after=0)
    t = grid(doc, 1, 2, style=None)
    no_borders(t)
    fill(t.cell(0, 0), ["UBND TỈNH BÌNH SƠN", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG", "________"], b=True, align=C)
    fill(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "________________"], b=True, align=C)
    set_width(t, [6, 10])
    para(doc, title, b=True, align=C, before=12, after=0)
    if sub:
        para(doc, sub, align=C, i=True)


def f73():
    doc = new_document("Quy trình tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân")
    header_table(doc, ["UBND TỈNH BÌNH SƠN", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"],
                 ["QUY TRÌNH", "TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ CỦA TỔ CHỨC, CÁ NHÂN TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH"],
                 ["Mã hiệu: QT.TTPV.05", "Lần ban hành: 01", "Ngày ban hành: 03/11/2026", "Ngày hiệu lực: 10/11/2026"])
    para(doc)
    table(doc, [["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
                ["Soạn thảo", "Nguyễn Thị Hồng Nhung", "Chuyên viên Phòng Giám sát, Kiểm tra", "", "20/10/2026"],
                ["Kiểm tra", "Vũ Đình Toàn", "Trưởng phòng Giám sát, Kiểm tra", "", "27/10/2026"],
                ["Phê duyệt", "Lại Thế Cường", "Giám đốc Trung tâm", "", "03/11/2026"]], center_cols=(4,))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định thống nhất việc tiếp nhận, phân loại, xử lý và trả lời phản ánh, kiến nghị của tổ chức, cá nhân về việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh Bình Sơn, bảo đảm công khai, đúng thời hạn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với phản ánh, kiến nghị gửi đến Trung tâm Phục vụ hành chính công tỉnh Bình Sơn bằng văn bản, trực tiếp, qua hòm thư góp ý, đường dây nóng hoặc Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; công chức, viên chức của Trung tâm.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, ["Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
                "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính",
                L["118"], L["03VPCP"], L["766"],
                "Quyết định số 1425/QĐ-UBND ngày 08/9/2025 của Ủy ban nhân dân tỉnh Bình Sơn quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Phục vụ hành chính công tỉnh"])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["PAKN: Phản ánh, kiến nghị", "Trung tâm: Trung tâm Phục vụ hành chính công tỉnh Bình Sơn",
                "Hệ thống: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Bình Sơn"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    t = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
                    ["B1", "Tiếp nhận PAKN (trực tiếp, hòm thư góp ý, đường dây nóng, Hệ thống); ghi Phiếu tiếp nhận, vào Sổ theo dõi.", "Công chức Phòng Giám sát, Kiểm tra", "01 ngày làm việc", "Mẫu 01, Mẫu 02"],
                    ["B2", "Phân loại, đề xuất hướng xử lý (thuộc thẩm quyền của Trung tâm hoặc chuyển cơ quan giải quyết thủ tục hành chính).", "Trưởng phòng Giám sát, Kiểm tra", "01 ngày làm việc", "Mẫu 02"],
                    ["B3", "Xem xét, cho ý kiến chỉ đạo xử lý.", "Giám đốc hoặc Phó Giám đốc Trung tâm", "01 ngày làm việc", ""],
                    ["B4", "Xử lý PAKN thuộc thẩm quyền; hoặc lập Phiếu chuyển PAKN đến cơ quan có thẩm quyền.", "Phòng Giám sát, Kiểm tra", "02 ngày làm việc", "Mẫu 03"],
                    ["B5", "Theo dõi, đôn đốc; nhận kết quả xử lý của cơ quan có thẩm quyền.", "Phòng Giám sát, Kiểm tra", "10 ngày làm việc", "Mẫu 02"],
                    ["B6", "Thông báo kết quả cho tổ chức, cá nhân; công khai kết quả trên Cổng Dịch vụ công của tỉnh (trừ thông tin cá nhân).", "Phòng Giám sát, Kiểm tra", "01 ngày làm việc", "Mẫu 02"],
                    ["B7", "Tổng hợp, báo cáo kết quả tiếp nhận, xử lý PAKN hằng tháng gửi Văn phòng UBND tỉnh.", "Phòng Giám sát, Kiểm tra", "02 ngày làm việc", "Mẫu 04"]],
              center_cols=(0, 3))
    set_width(t, [1.2, 6.5, 3.5, 2.3, 2.5])
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "Mẫu 01", "Phiếu tiếp nhận phản ánh, kiến nghị"],
                ["2", "Mẫu 02", "Sổ theo dõi tiếp nhận, xử lý phản ánh, kiến nghị"],
                ["3", "Mẫu 03", "Phiếu chuyển phản ánh, kiến nghị"],
                ["4", "Mẫu 04", "Báo cáo kết quả tiếp nhận, xử lý phản ánh, kiến nghị"]], center_cols=(0, 1))
    para(doc, "(Các biểu mẫu tại Phụ lục kèm theo Quy trình này.)", i=True)
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Phiếu tiếp nhận PAKN; văn bản PAKN kèm theo", "Công chức Phòng Giám sát, Kiểm tra", "Phòng Giám sát, Kiểm tra", "05 năm"],
                ["2", "Sổ theo dõi tiếp nhận, xử lý PAKN", "Công chức Phòng Giám sát, Kiểm tra", "Phòng Giám sát, Kiểm tra", "10 năm"],
                ["3", "Phiếu chuyển PAKN; văn bản trả lời của cơ quan có thẩm quyền", "Công chức Phòng Giám sát, Kiểm tra", "Phòng Giám sát, Kiểm tra", "05 năm"],
                ["4", "Báo cáo kết quả tiếp nhận, xử lý PAKN", "Công chức Phòng Giám sát, Kiểm tra", "Phòng Giám sát, Kiểm tra", "10 năm"]], center_cols=(0, 4))
    # ---------------- appendix: the forms
    page_break(doc)
    para(doc, "PHỤ LỤC", b=True, align=C, size=14, after=0)
    para(doc, "CÁC BIỂU MẪU KÈM THEO QUY TRÌNH QT.TTPV.05", b=True, align=C, after=12)
    # Mẫu 01
    form_header(doc, "Mẫu 01", "PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ", "Số: ……/PTN")
    for k, line in enumerate(["Họ và tên người phản ánh, kiến nghị: ……………………………………………",
                              "Số định danh cá nhân: ………………… Số điện thoại: …………………",
                              "Địa chỉ liên hệ: ……………………………………………………………",
                              "Mã hồ sơ thủ tục hành chính liên quan (nếu có): ………………………",
                              "Nội dung phản ánh, kiến nghị: …………………………………………………"], 1):
        para(doc, f"{k}. {line}")
    para(doc, "6. Hình thức tiếp nhận: ☐ Trực tiếp   ☐ Hòm thư góp ý   ☐ Điện thoại   ☐ Hệ thống thông tin")
    sgn = grid(doc, 1, 2, style=None)
    no_borders(sgn)
    fill(sgn.cell(0, 0), ["", "NGƯỜI PHẢN ÁNH, KIẾN NGHỊ", "(Ký, ghi rõ họ tên)"], align=C)
    fill(sgn.cell(0, 1), ["Bình Sơn, ngày …… tháng …… năm ……", "CÔNG CHỨC TIẾP NHẬN", "(Ký, ghi rõ họ tên)"], align=C)
    # Mẫu 02
    page_break(doc)
    para(doc, "Mẫu 02", b=True, align=R, after=0)
    para(doc, "SỔ THEO DÕI TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ", b=True, align=C, after=0)
    para(doc, "Năm: ……", align=C)
    reg = table(doc, [["STT", "Ngày tiếp nhận", "Họ tên, địa chỉ người PAKN", "Nội dung PAKN", "Cơ quan, đơn vị xử lý", "Thời hạn xử lý", "Kết quả xử lý", "Ghi chú"],
                      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
                      ["1", "", "", "", "", "", "", ""],
                      ["2", "", "", "", "", "", "", ""],
                      ["3", "", "", "", "", "", "", ""]], center_cols=tuple(range(8)))
    repeat_header(reg.rows[0])
    # Mẫu 03
    page_break(doc)
    form_header(doc, "Mẫu 03", "PHIẾU CHUYỂN PHẢN ÁNH, KIẾN NGHỊ", "Số: ……/PC-TTPVHCC")
    para(doc, "Kính gửi: ………………………………………………", align=C)
    para(doc, "Căn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính, Trung tâm Phục vụ hành chính công tỉnh Bình Sơn chuyển phản ánh, kiến nghị của ông (bà) ………………… về việc ………………… đến quý cơ quan để xem xét, xử lý theo thẩm quyền.")
    para(doc, "Đề nghị quý cơ quan trả lời bằng văn bản trong thời hạn 10 ngày làm việc kể từ ngày nhận được Phiếu này và gửi kết quả về Trung tâm để thông báo cho tổ chức, cá nhân./.")
    sgn = grid(doc, 1, 2, style=None)
    no_borders(sgn)
    fill(sgn.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Lưu: VT, GSKT."], size=11)
    fill(sgn.cell(0, 1), ["GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"], b=True, align=C)
    # Mẫu 04
    page_break(doc)
    form_header(doc, "Mẫu 04", "BÁO CÁO", "Kết quả tiếp nhận, xử lý phản ánh, kiến nghị tháng …… năm ……")
    for line, bold in [("I. TÌNH HÌNH TIẾP NHẬN", True),
                       ("1. Tổng số phản ánh, kiến nghị tiếp nhận trong kỳ: ……", False),
                       ("2. Phân loại theo lĩnh vực, theo hình thức tiếp nhận: ……", False),
                       ("II. KẾT QUẢ XỬ LÝ", True),
                       ("1. Số phản ánh, kiến nghị đã xử lý xong: ……", False),
                       ("2. Số phản ánh, kiến nghị đang xử lý (trong hạn: ……; quá hạn: ……)", False),
                       ("III. ĐỀ XUẤT, KIẾN NGHỊ", True),
                       ("………………………………………………………………………", False)]:
        para(doc, line, b=bold)
    sgn = grid(doc, 1, 2, style=None)
    no_borders(sgn)
    fill(sgn.cell(0, 0), ["Nơi nhận:", "- Văn phòng UBND tỉnh;", "- Lưu: VT, GSKT."], size=11)
    fill(sgn.cell(0, 1), ["GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"], b=True, align=C)
    save(doc, "73-trung-tam-pvhcc-binh-son-phan-anh-kien-nghi-phu-luc-bieu-mau.docx")


# =====================================================================
# 74  Bộ Dân tộc và Tôn giáo, Văn phòng Bộ — quản lý rủi ro và cơ hội
#     (TOC, Word-numbered headings, steps as numbered Heading 2, footnotes,
#     non-breaking hyphens)
# =====================================================================
_BM = [0]


def bookmark_heading(p, name):
    _BM[0] += 1
    bs = parse_xml(f'<w:bookmarkStart {W_NS} w:id="{_BM[0]}" w:name="{name}"/>')
    be = parse_xml(f'<w:bookmarkEnd {W_NS} w:id="{_BM[0]}"/>')
    ppr = p._p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(bs)
    else:
        p._p.insert(0, bs)
    p._p.append(be)


def toc_entry_xml(style, number, text, anchor, page, first=False, last=False):
    fld_begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if first else ""
    fld_end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if last else ""
    num = (f'<w:r><w:t xml:space="preserve">{X(number)}</w:t></w:r><w:r><w:tab/></w:r>') if number else ""
    return (f'<w:p {W_NS}><w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9061"/></w:tabs></w:pPr>'
            + fld_begin +
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">' + num +
            f'<w:r><w:t xml:space="preserve">{X(text)}</w:t></w:r><w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:hyperlink>' + fld_end + '</w:p>')


def f74():
    doc = new_document("Quy trình quản lý rủi ro và cơ hội")
    for name, sid, ind in (("toc 1", "TOC1", 0), ("toc 2", "TOC2", 567)):
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.element.set(qn("w:styleId"), sid)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(ind / 567)
        st.paragraph_format.space_after = Pt(2)
    for hn in ("Heading 1", "Heading 2"):
        hs = doc.styles[hn]
        hs.font.name = "Times New Roman"
        hs.font.size = Pt(13)
        hs.font.color.rgb = None
    add_footnotes(doc, {1: "TCVN ISO 31000:2018 thay thế TCVN ISO 31000:2011 (ISO 31000:2009).",
                        2: "Thay thế Quyết định số 512/QĐ-UBDT ngày 15/7/2021 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc về việc áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."})
    header_table(doc, ["BỘ DÂN TỘC VÀ TÔN GIÁO", "VĂN PHÒNG BỘ"], ["QUY TRÌNH", "QUẢN LÝ RỦI RO VÀ CƠ HỘI"],
                 ["Mã số: QT-VP-08", "Lần ban hành: 01", "Ngày ban hành: 28/9/2026", "Ngày hiệu lực: 01/10/2026"])
    para(doc)
    grid_cols(doc, ["Người biên soạn", "Người kiểm tra", "Người phê duyệt"],
              [["Họ và tên", "Đinh Thị Phương Thảo", "Hà Minh Tuấn", "Bế Văn Quảng"],
               ["Chức vụ", "Chuyên viên Phòng Tổng hợp", "Phó Chánh Văn phòng Bộ", "Chánh Văn phòng Bộ"],
               ["Chữ ký", "", "", ""],
               ["Ngày", "15/9/2026", "22/9/2026", "28/9/2026"]])
    page_break(doc)
    # ---- table of contents in a content control
    entries = [("TOC1", "", "SỬA ĐỔI TÀI LIỆU", "_Toc202609280", 2),
               ("TOC1", "1.", "MỤC ĐÍCH", "_Toc202609281", 3),
               ("TOC1", "2.", "PHẠM VI ÁP DỤNG", "_Toc202609282", 3),
               ("TOC1", "3.", "TÀI LIỆU VIỆN DẪN", "_Toc202609283", 3),
               ("TOC1", "4.", "ĐỊNH NGHĨA, TỪ VIẾT TẮT", "_Toc202609284", 3),
               ("TOC1", "5.", "NỘI DUNG QUY TRÌNH", "_Toc202609285", 4),
               ("TOC2", "5.1.", "Thiết lập bối cảnh, nhận diện rủi ro và cơ hội", "_Toc202609286", 4),
               ("TOC2", "5.2.", "Phân tích, đánh giá mức rủi ro", "_Toc202609287", 4),
               ("TOC2", "5.3.", "Lập Sổ đăng ký rủi ro và cơ hội", "_Toc202609288", 5),
               ("TOC2", "5.4.", "Phê duyệt Sổ đăng ký rủi ro và cơ hội", "_Toc202609289", 5),
               ("TOC2", "5.5.", "Thực hiện biện pháp xử lý", "_Toc202609290", 5),
               ("TOC2", "5.6.", "Theo dõi, đánh giá hiệu lực và báo cáo", "_Toc202609291", 6),
               ("TOC1", "6.", "BIỂU MẪU", "_Toc202609292", 6),
               ("TOC1", "7.", "HỒ SƠ CẦN LƯU", "_Toc202609293", 6)]
    body = doc.element.body
    content = (f'<w:p {W_NS}><w:pPr><w:pStyle w:val="TOCHeading"/><w:jc w:val="center"/></w:pPr>'
               '<w:r><w:rPr><w:b/></w:rPr><w:t>MỤC LỤC</w:t></w:r></w:p>')
    for k, (style, num, text, anchor, page) in enumerate(entries):
        content += toc_entry_xml(style, num, text, anchor, page, first=(k == 0), last=(k == len(entries) - 1))
    sdt = parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="-1834520110"/><w:docPartObj>'
                    '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
                    f'<w:sdtContent>{content.replace(" " + W_NS, "")}</w:sdtContent></w:sdt>')
    body.insert(list(body).index(body.findall(qn("w:sectPr"))[-1]) if body.findall(qn("w:sectPr")) else len(body), sdt)
    page_break(doc)
    # ---- change table
    p = para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    bookmark_heading(p, "_Toc202609280")
    table(doc, [["Lần sửa đổi", "Ngày sửa đổi", "Nội dung sửa đổi", "Trang"], ["", "", "", ""]])
    nid = add_numbering(doc, [("decimal", "%1.", 567), ("decimal", "%1.%2.", 851)], bold=True)

    def hd(text, level, anchor):
        p = doc.add_paragraph(style="Heading 1" if level == 0 else "Heading 2")
        run(p, text, b=True)
        set_num(p, nid, level)
        bookmark_heading(p, anchor)
        return p

    hd("MỤC ĐÍCH", 0, "_Toc202609281")
    para(doc, "Quy định cách thức xác định, đánh giá và xử lý các rủi ro, cơ hội có thể ảnh hưởng đến việc đạt được kết quả dự kiến của Hệ thống quản lý chất lượng tại Văn phòng Bộ Dân tộc và Tôn giáo.")
    hd("PHẠM VI ÁP DỤNG", 0, "_Toc202609282")
    para(doc, "Áp dụng đối với các phòng thuộc Văn phòng Bộ và các quá trình thuộc phạm vi Hệ thống quản lý chất lượng của Văn phòng Bộ.")
    hd("TÀI LIỆU VIỆN DẪN", 0, "_Toc202609283")
    para(doc, "- " + L["ISO"] + " (điều khoản 6.1);")
    p = para(doc, "- TCVN ISO 31000:2018 Quản lý rủi ro – Hướng dẫn")
    footnote_ref(p, 1)
    run(p, ";")
    p = doc.add_paragraph()
    run(p, "- Quyết định số ")
    nb_hyphen_run(p, "19/2014/QĐ-TTg")
    run(p, " ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước;")
    p = doc.add_paragraph()
    run(p, "- Nghị định số ")
    nb_hyphen_run(p, "30/2020/NĐ-CP")
    run(p, " ngày 05/3/2020 của Chính phủ về công tác văn thư;")
    p = doc.add_paragraph()
    run(p, "- Quyết định số ")
    nb_hyphen_run(p, "1186/QĐ-BDTTG")
    run(p, " ngày 20/8/2026 của Bộ trưởng Bộ Dân tộc và Tôn giáo về việc áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Bộ")
    footnote_ref(p, 2)
    run(p, ".")
    hd("ĐỊNH NGHĨA, TỪ VIẾT TẮT", 0, "_Toc202609284")
    lines(doc, ["Rủi ro: tác động của sự không chắc chắn đến mục tiêu (TCVN ISO 31000:2018, 3.1)",
                "Cơ hội: tình huống hoặc điều kiện thuận lợi có thể khai thác để đạt được hoặc vượt kết quả dự kiến",
                "Sổ đăng ký rủi ro: danh mục các rủi ro, cơ hội đã nhận diện cùng mức rủi ro, biện pháp xử lý và người chịu trách nhiệm",
                "VPB: Văn phòng Bộ"])
    hd("NỘI DUNG QUY TRÌNH", 0, "_Toc202609285")
    para(doc, "Việc xác định, đánh giá rủi ro và cơ hội được thực hiện định kỳ 01 lần/năm (tháng 12) và khi có thay đổi lớn về tổ chức, chức năng, nhiệm vụ.", i=True)

    def step(title, anchor, who, when, forms, what, extra=None):
        hd(title, 1, anchor)
        para(doc, "Trách nhiệm: " + who + ".", after=0)
        para(doc, "Thời gian: " + when + ".", after=0)
        if forms:
            para(doc, "Biểu mẫu: " + forms + ".", after=0)
        para(doc, "Nội dung: " + what)
        if extra:
            extra()

    step("Thiết lập bối cảnh, nhận diện rủi ro và cơ hội", "_Toc202609286", "Trưởng các phòng thuộc Văn phòng Bộ",
         "Từ 03 đến 05 ngày làm việc", "BM-VP-08-01",
         "Mỗi phòng xác định các vấn đề nội bộ, bên ngoài và yêu cầu của các bên quan tâm liên quan đến quá trình do phòng chủ trì; nhận diện rủi ro, cơ hội và ghi vào Phiếu nhận diện, đánh giá rủi ro và cơ hội.")

    def tables_52():
        para(doc, "Bảng 1. Thang điểm đánh giá", b=True, i=True, align=C, after=0)
        table(doc, [["Điểm", "Khả năng xảy ra", "Mức độ ảnh hưởng"],
                    ["1", "Hiếm khi (dưới 01 lần/năm)", "Không đáng kể, khắc phục được ngay trong ngày"],
                    ["2", "Có thể xảy ra (01 đến 03 lần/năm)", "Chậm tiến độ, phải khắc phục trong 05 ngày làm việc"],
                    ["3", "Thường xuyên (trên 03 lần/năm)", "Trễ hạn giải quyết công việc, ảnh hưởng đến uy tín của cơ quan"]], center_cols=(0,))
        para(doc, "Bảng 2. Xử lý theo mức rủi ro (Mức rủi ro = Khả năng xảy ra × Mức độ ảnh hưởng)", b=True, i=True, align=C, after=0, before=6)
        table(doc, [["Mức rủi ro", "Điểm", "Biện pháp xử lý", "Trách nhiệm", "Thời hạn"],
                    ["Thấp", "1 – 2", "Chấp nhận, tiếp tục theo dõi", "Trưởng phòng", "Rà soát hằng năm"],
                    ["Trung bình", "3 – 4", "Lập và thực hiện biện pháp kiểm soát", "Trưởng phòng", "Trong 30 ngày"],
                    ["Cao", "6 – 9", "Báo cáo Chánh Văn phòng Bộ, lập kế hoạch xử lý", "Chánh Văn phòng Bộ", "Trong 10 ngày làm việc"]], center_cols=(0, 1))

    step("Phân tích, đánh giá mức rủi ro", "_Toc202609287", "Trưởng các phòng thuộc Văn phòng Bộ", "03 ngày làm việc", "BM-VP-08-01",
         "Đánh giá khả năng xảy ra và mức độ ảnh hưởng của từng rủi ro theo Bảng 1; xác định mức rủi ro và biện pháp xử lý theo Bảng 2.", tables_52)
    step("Lập Sổ đăng ký rủi ro và cơ hội", "_Toc202609288", "Thư ký ISO", "05 ngày làm việc", "BM-VP-08-02",
         "Tổng hợp kết quả của các phòng, lập Sổ đăng ký rủi ro và cơ hội của Văn phòng Bộ, trình Chánh Văn phòng Bộ phê duyệt.")
    step("Phê duyệt Sổ đăng ký rủi ro và cơ hội", "_Toc202609289", "Chánh Văn phòng Bộ", "02 ngày làm việc", "BM-VP-08-02",
         "Xem xét, phê duyệt Sổ đăng ký rủi ro và cơ hội; giao các phòng thực hiện biện pháp xử lý.")
    step("Thực hiện biện pháp xử lý", "_Toc202609290", "Các phòng thuộc Văn phòng Bộ", "Tối đa 30 ngày", "",
         "Thực hiện biện pháp xử lý rủi ro, tận dụng cơ hội theo thời hạn trong Sổ đăng ký rủi ro và cơ hội.")
    step("Theo dõi, đánh giá hiệu lực và báo cáo", "_Toc202609291", "Thư ký ISO", "05 ngày làm việc", "BM-VP-08-03",
         "Theo dõi, đánh giá hiệu lực của các biện pháp xử lý; báo cáo làm đầu vào cho xem xét của lãnh đạo theo Quy trình xem xét của lãnh đạo (QT-VP-05).")
    hd("BIỂU MẪU", 0, "_Toc202609292")
    lines(doc, ["BM-VP-08-01: Phiếu nhận diện, đánh giá rủi ro và cơ hội",
                "BM-VP-08-02: Sổ đăng ký rủi ro và cơ hội",
                "BM-VP-08-03: Báo cáo theo dõi, đánh giá hiệu lực biện pháp xử lý rủi ro"])
    hd("HỒ SƠ CẦN LƯU", 0, "_Toc202609293")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Phiếu nhận diện, đánh giá rủi ro và cơ hội của các phòng", "Thư ký ISO", "Phòng Tổng hợp", "03 năm"],
                ["2", "Sổ đăng ký rủi ro và cơ hội đã phê duyệt", "Thư ký ISO", "Phòng Tổng hợp", "05 năm"],
                ["3", "Báo cáo theo dõi, đánh giá hiệu lực biện pháp xử lý rủi ro", "Thư ký ISO", "Phòng Tổng hợp", "05 năm"]], center_cols=(0, 4))
    save(doc, "74-van-phong-bo-dttg-quan-ly-rui-ro-muc-luc-chu-thich.docx")


# =====================================================================
# 75  Trung tâm PVHCC xã Phước An — chứng thực giao dịch (forms table with
#     "Nơi lưu", sub-steps, "Lưu vĩnh viễn")
# =====================================================================
def f75():
    doc = new_document("Quy trình chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở")
    header_table(doc, ["UBND XÃ PHƯỚC AN", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"],
                 ["QUY TRÌNH", "CHỨNG THỰC GIAO DỊCH LIÊN QUAN ĐẾN TÀI SẢN LÀ ĐỘNG SẢN, QUYỀN SỬ DỤNG ĐẤT, NHÀ Ở", "Mã TTHC: 2.001035"],
                 ["Mã hiệu: QT.TTPV.03", "Lần ban hành: 01", "Ngày ban hành: 16/10/2026", "Ngày hiệu lực: 19/10/2026"])
    para(doc)
    grid_cols(doc, ["Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
              [["Họ và tên", "Trần Thị Bảo Ngọc", "Cao Văn Sĩ", "Lý Hoàng Phúc"],
               ["Chức vụ", "Công chức Trung tâm Phục vụ hành chính công xã", "Phó Giám đốc Trung tâm Phục vụ hành chính công xã", "Giám đốc Trung tâm Phục vụ hành chính công xã"],
               ["Chữ ký", "", "", ""],
               ["Ngày", "06/10/2026", "12/10/2026", "16/10/2026"]])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm tiếp nhận và giải quyết yêu cầu chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở tại Trung tâm Phục vụ hành chính công xã Phước An.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với tổ chức, cá nhân có yêu cầu chứng thực giao dịch; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã Phước An.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, [L["23"], L["07"], L["280"], L["01BTP"], L["226"], L["118"], L["03VPCP"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Phước An", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Dự thảo giao dịch", "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
                "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc bản sao giấy tờ thay thế được pháp luật quy định đối với tài sản mà pháp luật quy định phải đăng ký quyền sở hữu, quyền sử dụng"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Không quá 02 ngày làm việc (16 giờ làm việc) kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp kéo dài theo thỏa thuận bằng văn bản với người yêu cầu chứng thực thì ghi rõ thời gian trả kết quả trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Phước An; dịch vụ bưu chính; Cổng Dịch vụ công quốc gia.")
    h(doc, "5.5. Phí")
    para(doc, "50.000 đồng/giao dịch.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                    ["1", "Tiếp nhận, kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; hồ sơ đầy đủ thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01, Mẫu 02, Mẫu 06"],
                    ["2.1", "Kiểm tra hồ sơ, đối chiếu giấy tờ; kiểm tra năng lực hành vi dân sự, sự tự nguyện của các bên.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "04 giờ làm việc", "Mẫu 06"],
                    ["2.2", "Các bên ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "01 giờ 30 phút", "Mẫu 06"],
                    ["3", "Xem xét, ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ làm việc", "Mẫu 06"],
                    ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "30 phút", "Mẫu 06"],
                    ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "04 giờ làm việc", "Mẫu 06; Giao dịch đã được chứng thực"]],
              center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 16 giờ làm việc", 5, True, C)])
    set_width(t, [1.2, 6.3, 3.5, 2.2, 3])
    h(doc, "6. BIỂU MẪU")
    table(doc, [["Mã hiệu", "Tên biểu mẫu", "Nơi lưu"],
                ["Mẫu 01", BM["01"], "Trung tâm PVHCC xã"],
                ["Mẫu 02", BM["02"], "Trung tâm PVHCC xã"],
                ["Mẫu 06", BM["06"], "Trung tâm PVHCC xã (bản điện tử trên Hệ thống thông tin giải quyết TTHC)"]], center_cols=(0,))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Lưu vĩnh viễn"],
                ["2", "Giao dịch đã được chứng thực (01 bản chính lưu)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Lưu 20 năm"],
                ["3", "Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "Lưu 05 năm kể từ năm hồ sơ được giải quyết xong"],
                ["4", "Biên lai thu phí chứng thực", "Kế toán UBND xã", "Bộ phận Kế toán UBND xã", "Lưu 10 năm"]], center_cols=(0,))
    save(doc, "75-trung-tam-pvhcc-xa-phuoc-an-chung-thuc-giao-dich-bieu-mau-noi-luu.docx")


# =====================================================================
# 76  UBND xã Mỹ Lộc — sửa lỗi sai sót trong giao dịch (four-column grid,
#     TM./KT., ranges)
# =====================================================================
def f76():
    doc = new_document("Quy trình sửa lỗi sai sót trong giao dịch")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ MỸ LỘC"], ["QUY TRÌNH", "SỬA LỖI SAI SÓT TRONG GIAO DỊCH", "Mã TTHC: 2.000927"],
                 ["Mã số: QT-TP-06", "Lần ban hành: 01", "Ngày ban hành: 14/11/2026", "Ngày hiệu lực: 20/11/2026"])
    para(doc)
    t = grid_cols(doc, ["NGƯỜI SOẠN THẢO", "NGƯỜI KIỂM TRA", "NGƯỜI THẨM ĐỊNH", "NGƯỜI PHÊ DUYỆT"],
                  [["Họ và tên", "Mai Thị Kiều Oanh", "Lâm Văn Đức", "Phan Thanh Bình", "Huỳnh Văn Trí"],
                   ["Chức vụ", "Công chức Văn phòng HĐND và UBND xã", "Phó Chánh Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"],
                   ["Chữ ký", "", "", "", ""],
                   ["Ngày", "04/11/2026", "09/11/2026", "12/11/2026", "14/11/2026"]])
    set_width(t, [2.4, 3.4, 3.4, 3.4, 3.4])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết yêu cầu sửa lỗi sai sót trong giao dịch đã được chứng thực tại Ủy ban nhân dân xã Mỹ Lộc.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các bên tham gia giao dịch đã được chứng thực tại Ủy ban nhân dân xã Mỹ Lộc có yêu cầu sửa lỗi sai sót; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, [L["23"], L["07"], L["280"], L["01BTP"], L["226"], L["118"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Mỹ Lộc", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Giao dịch đã được chứng thực có lỗi sai sót", "Bản sao giấy tờ tùy thân của người yêu cầu"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Mỹ Lộc.")
    h(doc, "5.5. Phí")
    para(doc, "25.000 đồng/giao dịch.")
    h(doc, "5.6. Quy trình xử lý công việc")
    st = table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian thực hiện", "Biểu mẫu/Kết quả"],
                     ["1", "Tiếp nhận yêu cầu, kiểm tra giấy tờ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (trường hợp trả trong ngày làm việc tiếp theo), Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "15 - 30 phút", "Mẫu 01, Mẫu 06"],
                     ["2", "Kiểm tra giao dịch đã chứng thực và lỗi sai sót; các bên ký, ghi rõ họ tên vào phần sửa lỗi; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "Từ 01 đến 02 giờ làm việc", "Mẫu 06"],
                     ["3", "Xem xét, ký chứng thực việc sửa lỗi sai sót.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "01 – 02 giờ", "Mẫu 06"],
                     ["4", "Đóng dấu; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "30 phút", "Mẫu 06"],
                     ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "15 – 30 phút", "Mẫu 06; Giao dịch đã được sửa lỗi sai sót"]],
               center_cols=(0, 3))
    set_width(st, [1, 6.3, 3.6, 2.6, 2.7])
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: " + BM["01"], "Mẫu 06: " + BM["06"]])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Giao dịch đã được sửa lỗi sai sót (bản lưu)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"]], center_cols=(0, 4))
    save(doc, "76-xa-my-loc-sua-loi-sai-sot-giao-dich-bon-cap-ky-thoi-gian-khoang.docx")


# =====================================================================
# 77  UBND phường Tân Thịnh — đăng ký chấm dứt giám hộ (old .doc template:
#     VML text box, smart tags, w:sym, proofing marks, fldSimple)
# =====================================================================
VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def vml_textbox(p, paras):
    content = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr>'
        f'<w:t xml:space="preserve">{X(t)}</w:t></w:r></w:p>' for t in paras)
    x = (f'<w:r {VML_NS}><w:pict>'
         '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
         '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
         '<v:shape id="_x0000_s1030" type="#_x0000_t202" style="position:absolute;margin-left:297pt;margin-top:-4.5pt;'
         'width:171pt;height:81pt;z-index:251658240" strokeweight=".5pt">'
         f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
         '<w10:wrap type="square"/></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(x))


def proof_runs(p, text, b=False, i=False):
    """Adds `text` as Word saves Vietnamese typed with English proofing: a
    run per word group, spellStart/spellEnd marks around words Word does
    not know, document numbers cut before "-CP"/"-BTP"/"-VPCP"."""
    import re
    tokens = re.split(r"(\s+)", text)
    buf = ""

    def flush():
        nonlocal buf
        if buf:
            r = run(p, buf, b=b, i=i)
            r._r.get_or_add_rPr().append(parse_xml(f'<w:lang {W_NS} w:val="vi-VN"/>'))
            buf = ""

    for k, tok in enumerate(tokens):
        m = re.match(r"^(\d+/\d{4}/[A-ZĐ]+)(-[A-Za-zĐ]+)(.*)$", tok)
        if m:
            flush()
            run(p, m.group(1), b=b, i=i)
            pe = OxmlElement("w:proofErr")
            pe.set(qn("w:type"), "spellStart")
            p._p.append(pe)
            run(p, m.group(2), b=b, i=i)
            pe = OxmlElement("w:proofErr")
            pe.set(qn("w:type"), "spellEnd")
            p._p.append(pe)
            buf = m.group(3)
            continue
        if any(ord(ch) > 0x7F for ch in tok) and k % 4 == 0:
            flush()
            pe = OxmlElement("w:proofErr")
            pe.set(qn("w:type"), "spellStart")
            p._p.append(pe)
            buf = tok
            flush()
            pe = OxmlElement("w:proofErr")
            pe.set(qn("w:type"), "spellEnd")
            p._p.append(pe)
        else:
            buf += tok
    flush()
    return p


def ppara(container, text, b=False, i=False, align=None, after=None):
    p = container.add_paragraph()
    proof_runs(p, text, b=b, i=i)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def smart_date(cell, text):
    d, m, y = text.split("/")
    p = cell.paragraphs[0]
    p.alignment = C
    p._p.append(parse_xml(
        f'<w:smartTag {W_NS} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
        f'<w:smartTagPr><w:attr w:name="Month" w:val="{int(m)}"/><w:attr w:name="Day" w:val="{int(d)}"/>'
        f'<w:attr w:name="Year" w:val="{y}"/></w:smartTagPr>'
        f'<w:r><w:t>{text}</w:t></w:r></w:smartTag>'))


def sym_item(doc, text):
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {W_NS}><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>'))
    run(p, " ")
    proof_runs(p, text)
    return p


def f77():
    doc = new_document("Quy trình đăng ký chấm dứt giám hộ")
    # Word 2003 compatibility mode, as the old template was
    for cs in doc.settings.element.iter(qn("w:compatSetting")):
        if cs.get(qn("w:name")) == "compatibilityMode":
            cs.set(qn("w:val"), "11")
    ftp = doc.sections[0].footer.paragraphs[0]
    ftp.alignment = C
    run(ftp, "Trang ", size=10)
    ftp._p.append(parse_xml(f'<w:fldSimple {W_NS} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
    p = doc.add_paragraph()
    vml_textbox(p, ["Mã số: QT-HT-05", "Lần ban hành: 02", "Ngày ban hành: 02/11/2026", "Ngày hiệu lực: 05/11/2026", "Trang: 1/5"])
    run(p, "ỦY BAN NHÂN DÂN", b=True)
    ppara(doc, "PHƯỜNG TÂN THỊNH", b=True, after=0)
    para(doc, "________", after=24)
    para(doc)
    ppara(doc, "QUY TRÌNH", b=True, align=C, after=0)
    ppara(doc, "ĐĂNG KÝ CHẤM DỨT GIÁM HỘ", b=True, align=C, after=0)
    ppara(doc, "(Mã TTHC: 1.004845)", i=True, align=C)
    para(doc)
    t = grid(doc, 5, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người xem xét", "Người phê duyệt"]):
        fill(t.cell(0, j), v, b=True, align=C)
    for i, v in enumerate(["Họ và tên", "Chức vụ", "Chữ ký", "Ngày"]):
        fill(t.cell(i + 1, 0), v, b=True)
    for j, v in enumerate(["Quách Thị Lệ Hằng", "Tô Văn Hiển", "La Minh Châu"]):
        proof_runs(t.cell(1, j + 1).paragraphs[0], v)
        t.cell(1, j + 1).paragraphs[0].alignment = C
    for j, v in enumerate(["Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Chủ tịch UBND phường"]):
        proof_runs(t.cell(2, j + 1).paragraphs[0], v)
        t.cell(2, j + 1).paragraphs[0].alignment = C
    for j, v in enumerate(["26/10/2026", "29/10/2026", "02/11/2026"]):
        smart_date(t.cell(4, j + 1), v)
    para(doc)
    ppara(doc, "BẢNG THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [["Lần sửa đổi", "Ngày sửa đổi", "Nội dung sửa đổi", "Trang"],
                ["01", "15/8/2025", "Ban hành lần đầu (áp dụng cho phường Tân Thịnh sau sắp xếp đơn vị hành chính).", "Tất cả"],
                ["02", "02/11/2026", "Đổi tên Bộ phận Một cửa thành Trung tâm Phục vụ hành chính công phường; bổ sung Thông tư số 03/2025/TT-VPCP; cập nhật Bước 1.", "2, 3"]],
          center_cols=(0, 1, 3))
    page_break(doc)
    ppara(doc, "1. MỤC ĐÍCH", b=True)
    ppara(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký chấm dứt giám hộ tại Ủy ban nhân dân phường Tân Thịnh.")
    ppara(doc, "2. PHẠM VI", b=True)
    ppara(doc, "Áp dụng đối với cá nhân có yêu cầu đăng ký chấm dứt giám hộ; công chức Trung tâm Phục vụ hành chính công phường và Văn phòng HĐND và UBND phường Tân Thịnh.")
    ppara(doc, "3. TÀI LIỆU VIỆN DẪN", b=True)
    for k, item in enumerate([L["BLDS"], L["LHT"], L["123"], L["07"], L["04BTP"], L["118"], L["03VPCP"]]):
        ppara(doc, "- " + item + (";" if k < 6 else "."))
    ppara(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT", b=True)
    ppara(doc, "- Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Tân Thịnh;")
    ppara(doc, "- UBND: Ủy ban nhân dân.")
    ppara(doc, "5. NỘI DUNG QUY TRÌNH", b=True)
    ppara(doc, "5.1. Thành phần hồ sơ", b=True)
    sym_item(doc, "Tờ khai đăng ký chấm dứt giám hộ theo mẫu;")
    sym_item(doc, "Giấy tờ làm căn cứ chấm dứt giám hộ theo quy định của Bộ luật Dân sự;")
    sym_item(doc, "Giấy tờ tùy thân của người yêu cầu (xuất trình).")
    ppara(doc, "5.2. Số lượng hồ sơ: 01 bộ.", b=True)
    ppara(doc, "5.3. Thời hạn giải quyết", b=True)
    ppara(doc, "02 ngày làm việc, kể từ ngày nhận đủ giấy tờ theo quy định.")
    ppara(doc, "5.4. Nơi tiếp nhận và trả kết quả", b=True)
    ppara(doc, "Trung tâm Phục vụ hành chính công phường Tân Thịnh.")
    ppara(doc, "5.5. Lệ phí", b=True)
    ppara(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Tân Hà.")
    ppara(doc, "5.6. Quy trình xử lý công việc", b=True)
    rows = [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
            ["B1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01, Mẫu 06"],
            ["B2", "Kiểm tra hồ sơ; ghi vào Sổ đăng ký giám hộ; dự thảo Trích lục đăng ký chấm dứt giám hộ; trình ký.", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "06 giờ làm việc", "Mẫu 06"],
            ["B3", "Xem xét, ký Trích lục đăng ký chấm dứt giám hộ.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "04 giờ làm việc", "Mẫu 06"],
            ["B4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "02 giờ làm việc", "Mẫu 06"],
            ["B5", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 06; Trích lục đăng ký chấm dứt giám hộ"]]
    st = grid(doc, len(rows), 5)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cp = st.cell(i, j).paragraphs[0]
            proof_runs(cp, v, b=(i == 0))
            if i == 0 or j in (0, 3):
                cp.alignment = C
    set_width(st, [1.2, 6.3, 3.6, 2.3, 2.6])
    ppara(doc, "6. BIỂU MẪU", b=True)
    ppara(doc, "- Mẫu 01: " + BM["01"] + ";")
    ppara(doc, "- Mẫu 06: " + BM["06"] + ".")
    ppara(doc, "7. HỒ SƠ CẦN LƯU", b=True)
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ đăng ký giám hộ", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["2", "Hồ sơ đăng ký chấm dứt giám hộ", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"]], center_cols=(0, 4))
    save(doc, "77-phuong-tan-thinh-cham-dut-giam-ho-mau-cu-che-do-tuong-thich.docx")


if __name__ == "__main__":
    for f in (f70, f71, f72, f73, f74, f75, f76, f77):
        f()
    print("ok", OUT)
