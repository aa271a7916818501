#!/usr/bin/env python3
"""Writes the Word files 62–69 of the corpus (tests/corpus/docx/), next to
this script: a second field
test of the Word reader (python-docx 1.2.0 + lxml; helpers from _lib.py).

Each file is a plausible upload of a Vietnamese agency in late 2026, of a
kind the corpus (01–61) did not have. Models are listed in
pending/field2/README.md, the first reading in pending/field2/REPORT.md.
Agencies, people, internal codes are fictional (tỉnh Hòa An, Tân Hà, Lam
Giang, Bình Sơn); ministries, laws, decrees, circulars, their numbers and
dates, national TTHC codes, limits and fees are real (sources in README.md).

  62  UBND xã Hòa Bình (Lam Giang) – chứng thực văn bản từ chối nhận di sản
      (2.001016), as it comes back from a PDF → Word conversion (ABBYY /
      Word reflow). Clean.
  63  Sở Nội vụ tỉnh Hòa An – xem xét của lãnh đạo (system), as exported to
      Word by the ISO e-portal from HTML. Clean.
  64  Bộ Nông nghiệp và Môi trường, Văn phòng Bộ – kiểm soát tài liệu
      (system, issue 02), legal basis as a table with internal documents,
      revision table "Lần sửa đổi | Ngày | Nội dung sửa đổi | Trang".
      PLANTED: Luật Lưu trữ 01/2011/QH13 (replaced by 33/2024/QH15 from
      01/7/2025) left in the legal table → one DOC-023.
  65  Chi nhánh Văn phòng đăng ký đất đai (Tân Hà) – đăng ký, cấp GCN đối
      với thửa đất có diện tích tăng thêm do thay đổi ranh giới: a limit of
      two cases (10 / 20 ngày làm việc), one step table per case, steps in
      plain "ngày", "0,5 ngày (04 giờ)", a tax step with no time. Clean.
  66  Sở Tư pháp tỉnh Lam Giang – đánh giá nội bộ (system, issue 02):
      unlabelled signature grid with "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" and the
      date row in words, "05 ngày làm việc (40 giờ)". Clean.
  67  UBND phường Tân An (Hòa An) – cấp bản sao có chứng thực từ bản chính
      giao dịch đã được chứng thực (2.000942), e-signed ("Ký bởi:", "Thời
      gian ký:"), the agency's signature stamp in a text box.
      PLANTED: the approver e-signed on 05/11/2026, after the effective
      date 02/11/2026 → DOC-004.
  68  UBND phường Đông Hải (Tân Hà) – chứng thực việc sửa đổi, bổ sung, hủy
      bỏ giao dịch (2.000913): signature block at the end, borderless,
      "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH"; times in minutes and "giờ … phút",
      "Theo thời gian ghi trên phiếu hẹn". Clean.
  69  Sở Xây dựng tỉnh Bình Sơn – kiểm soát đầu ra không phù hợp (system):
      grid in rows with "KT. GIÁM ĐỐC" and an unfilled date row "Ngày ……
      tháng …… năm ……", "Ngay khi phát hiện", "Không quá 03 ngày". Clean.

Usage: python3 generate-field2.py [OUTDIR]   (default: beside this script)
"""
import io
import os
import sys
import unicodedata
import zipfile

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
import _lib  # noqa: E402
from _lib import h, lines  # noqa: E402
from _lib import (C, R, W_NS, cant_split, fill, grid, new_document, no_borders,  # noqa: E402
                  page_break, para, repeat_header, run, spans, table, widths)
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else CORPUS
# Not read right yet: written to pending/ when written into the corpus.
PENDING: set = set()
NBSP = "\u00a0"


def nfd(s):
    return unicodedata.normalize("NFD", s)


# ------------------------------------------------------------------ saving
def save(doc, name, outdir=None):
    """Like _lib.save, into OUT (pending/ for PENDING files in the corpus)."""
    return _lib.save_to(doc, name, outdir or OUT, PENDING)


# ------------------------------------------------------------------ text helpers




def br_para(container, pieces, b=False, i=False, align=None, style=None):
    """One paragraph whose pieces are separated by soft line breaks (w:br),
    as a PDF → Word conversion keeps the PDF's line ends."""
    p = container.add_paragraph(style=style) if not hasattr(container, "_tc") else container.add_paragraph()
    for k, piece in enumerate(pieces):
        r = run(p, piece, b, i)
        if k < len(pieces) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align
    return p


def br_cell(cell, pieces, b=False, align=None, first=True):
    """Fills a cell's first paragraph with pieces joined by w:br."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    for k, piece in enumerate(pieces):
        r = run(p, piece, b)
        if k < len(pieces) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align
    return p


def frame(p, x_twips, y_twips, w_twips):
    """Makes `p` a framed paragraph (w:framePr), as ABBYY FineReader places
    a text block at its position on the page."""
    ppr = p._p.get_or_add_pPr()
    fp = parse_xml(
        f'<w:framePr {W_NS} w:w="{w_twips}" w:hSpace="180" w:wrap="around" '
        f'w:vAnchor="page" w:hAnchor="page" w:x="{x_twips}" w:y="{y_twips}"/>')
    # framePr comes after pStyle/keepNext/keepLines/pageBreakBefore.
    idx = 0
    for k, ch in enumerate(ppr):
        if ch.tag in (qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"), qn("w:pageBreakBefore")):
            idx = k + 1
    ppr.insert(idx, fp)
    return p


def textbox(p, paras, sid, cx=2743200, cy=731520, x=4114800, y=0, rel="page"):
    """A text box (DrawingML wps + VML fallback, both holding the text), as
    Word 2010+ saves one; `paras` are lines, each (text, bold)."""
    content = "<w:txbxContent>" + "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="18"/></w:rPr>'
        f'<w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t, b in paras) + "</w:txbxContent>"
    x_ = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251700000 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{rel}"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="{rel}"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
        f'<wp:wrapNone/><wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{2050 + sid}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:324pt;margin-top:0;width:216pt;height:57.6pt;z-index:251700000" '
        'strokecolor="#c00000">'
        f'<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    p._p.append(parse_xml(x_))
    return p


def empty_row(t):
    """An empty row (as a PDF converter rebuilds the space between rows)."""
    r = t.add_row()
    return r


def borders_nil(t):
    no_borders(t)


def cell_shade(cell, hexfill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{hexfill}"/>'))


def set_width(t, cms):
    widths(t, cms)


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
}
BM = {"01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
      "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
      "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ"}


# =====================================================================
# 62  UBND xã Hòa Bình — chứng thực văn bản từ chối nhận di sản (PDF → Word)
# =====================================================================
def pdf_footer(doc, page):
    """The PDF's running footer and header, converted into body paragraphs
    at the page break (ABBYY keeps them as text where the page ended)."""
    p = para(doc, f"QT.TP.07 | Lần ban hành: 01 | Trang {page}/6", i=True, size=10, align=R)
    p2 = para(doc, "UBND xã Hòa Bình – Quy trình chứng thực văn bản từ chối nhận di sản", i=True, size=10, align=C)
    return p, p2


def f62():
    doc = new_document("Quy trình chứng thực văn bản từ chối nhận di sản")
    # The header rebuilt as a 5-column table: two empty narrow columns
    # the converter made from the gaps between the PDF's text blocks.
    t = grid(doc, 1, 5)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"], b=True, align=C)
    fill(t.cell(0, 2), ["QUY TRÌNH", "CHỨNG THỰC VĂN BẢN TỪ", "CHỐI NHẬN DI SẢN"], b=True, align=C)
    fill(t.cell(0, 4), ["Mã TTHC: 2.001016"], align=C)
    set_width(t, [4.2, 0.4, 7.2, 0.4, 3.8])
    # The info block: framed paragraphs (w:framePr), one per PDF line.
    for k, ln in enumerate(["Mã hiệu: QT.TP.07", "Lần ban hành: 01", "Ngày ban hành: 14/10/2026",
                            "Ngày hiệu lực: 15/10/2026", "Trang: 1/6"]):
        p = para(doc, ln, size=11, after=0)
        frame(p, 8600, 2300 + 300 * k, 2800)
    para(doc)
    # Signature grid rebuilt with an empty spacer row.
    t = table(doc, [["", "Người soạn thảo", "Người xem xét", "Người phê duyệt"],
                    ["Chữ ký", "", "", ""]], center_cols=(1, 2, 3))
    empty_row(t)
    for label, vals in (("Họ và tên", ["Đinh Thị Thu Hà", "Mai Văn Phúc", "Hồ Quang Vinh"]),
                        ("Chức vụ", ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"]),
                        ("Ngày", ["06/10/2026", "09/10/2026", "14/10/2026"])):
        r = t.add_row()
        fill(r.cells[0], label, b=True)
        for j, v in enumerate(vals):
            fill(r.cells[j + 1], v, align=C)
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    t = table(doc, [["Lần sửa đổi", "Vị trí", "Nội dung sửa đổi", "Ngày sửa đổi"], ["", "", "", ""], ["", "", "", ""]])
    pdf_footer(doc, 1)
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    br_para(doc, ["Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục chứng thực văn bản từ",
                  "chối nhận di sản tại Ủy ban nhân dân xã Hòa Bình, bảo đảm đúng quy định của pháp",
                  "luật, công khai, minh bạch."])
    h(doc, "2. PHẠM VI")
    # Each PDF line its own paragraph, in the middle of a sentence.
    para(doc, "Áp dụng đối với cá nhân có yêu cầu chứng thực văn bản từ chối nhận di sản tại xã", after=0)
    para(doc, "Hòa Bình; công chức Trung tâm Phục vụ hành chính công xã và Văn phòng HĐND và", after=0)
    para(doc, "UBND xã Hòa Bình.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    # Document numbers broken at their hyphen by the PDF's line end, as
    # Bắc Ninh 1521/QĐ-UBND prints "Quyết định số 30/2025/QĐ-⏎UBND".
    br_para(doc, ["- Nghị định số 23/2015/NĐ-",
                  "CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản",
                  "chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch;"])
    br_para(doc, ["- " + L["07"] + ";"])
    br_para(doc, ["- Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số",
                  "điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ",
                  "bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung",
                  "bởi Nghị định số 07/2025/NĐ-CP;"])
    br_para(doc, ["- Thông tư số 01/2020/TT-",
                  "BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số",
                  "điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ bản chính, chứng thực chữ ký",
                  "và chứng thực hợp đồng, giao dịch;"])
    br_para(doc, ["- " + L["118"] + ";"])
    # One basis carried over two paragraphs (the PDF's line became a paragraph).
    para(doc, "- Quyết định số 3152/QĐ-BTP ngày 31/10/2025 của Bộ trưởng Bộ Tư pháp về việc công bố thủ", after=0)
    para(doc, "tục hành chính được sửa đổi, bổ sung, thủ tục hành chính bị bãi bỏ trong lĩnh vực chứng thực thuộc phạm vi quản lý của Bộ Tư pháp.")
    # The heading number in its own paragraph.
    para(doc, "4.", b=True, before=6, after=0)
    para(doc, "ĐỊNH NGHĨA, CHỮ VIẾT TẮT", b=True)
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Hòa Bình",
                "TTHC: Thủ tục hành chính"])
    pdf_footer(doc, 2)
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Dự thảo văn bản từ chối nhận di sản",
                "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
                "Bản sao giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản là di sản mà pháp luật quy định phải đăng ký quyền sở hữu, quyền sử dụng (nếu có)"])
    h(doc, "5.2. Số lượng hồ sơ: 01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    br_para(doc, ["Không quá 02",
                  "ngày làm việc, kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực hoặc có thể kéo dài hơn theo",
                  "thỏa thuận bằng văn bản với người yêu cầu chứng thực."])
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Hòa Bình.")
    h(doc, "5.5. Phí")
    para(doc, "50.000 đồng/văn bản.")
    h(doc, "5.6. Quy trình xử lý công việc")
    head = ["Bước", "Nội dung công việc", "Trách nhiệm", "", "Thời gian", "Biểu mẫu/Kết quả"]
    cms = [1.3, 6.2, 3.6, 0.3, 2.2, 3.0]
    t = grid(doc, 1, 6)
    for j, v in enumerate(head):
        if j == 4:
            br_cell(t.cell(0, j), ["Thời gian", "thực hiện"], b=True, align=C)
        elif v:
            fill(t.cell(0, j), v, b=True, align=C)
    steps_a = [
        ("B1", ["Tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ; lập Giấy tiếp nhận hồ sơ và", "hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ."],
         "Công chức Trung tâm PVHCC", "120 phút", "Mẫu 01, 06"),
        ("B2", ["Kiểm tra, đối chiếu giấy tờ; kiểm tra năng lực hành vi dân sự, sự tự nguyện", "của người yêu cầu chứng thực; người yêu cầu ký trước mặt người thực hiện", "chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký."],
         "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "08 giờ 00 phút", "Mẫu 06; Dự thảo lời chứng"),
    ]
    steps_b = [
        ("B3", ["Xem xét, ký chứng thực."], "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ làm việc", "Mẫu 06"),
        ("B4", ["Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC."], "Văn thư UBND xã", "01 giờ làm việc", "Mẫu 06"),
        ("B5", ["Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin", "giải quyết TTHC."],
         "Công chức Trung tâm PVHCC", "Theo thời gian ghi trên phiếu hẹn", "Mẫu 06; Văn bản từ chối nhận di sản đã được chứng thực"),
    ]

    def add_steps(t, steps):
        for order, action, who, time, out in steps:
            r = t.add_row()
            fill(r.cells[0], order, align=C)
            br_cell(r.cells[1], action)
            fill(r.cells[2], who)
            fill(r.cells[4], time, align=C)
            fill(r.cells[5], out)
    add_steps(t, steps_a)
    empty_row(t)
    set_width(t, cms)
    # The table continued on the next PDF page: a second table, its header
    # repeated, after the page's footer and the next page's header.
    pdf_footer(doc, 3)
    t2 = grid(doc, 1, 6)
    for j, v in enumerate(head):
        if j == 4:
            br_cell(t2.cell(0, j), ["Thời gian", "thực hiện"], b=True, align=C)
        elif v:
            fill(t2.cell(0, j), v, b=True, align=C)
    add_steps(t2, steps_b)
    spans(t2, [("Tổng thời gian giải quyết: 02 ngày làm việc (16 giờ làm việc)", 6, True, C)])
    set_width(t2, cms)
    h(doc, "6. BIỂU MẪU")
    br_para(doc, ["- Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả;", "- Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ."])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    t = table(doc, [["TT", "Tên hồ sơ", "", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                    ["1", "Sổ chứng thực hợp đồng, giao dịch", "", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                    ["2", "Văn bản từ chối nhận di sản đã được chứng thực (bản chính lưu)", "", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"],
                    ["3", "Mẫu 01, Mẫu 06", "", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"]],
              center_cols=(0, 5))
    set_width(t, [1.0, 5.5, 0.3, 3.6, 3.6, 2.0])
    pdf_footer(doc, 6)
    save(doc, "62-xa-hoa-binh-chung-thuc-van-ban-tu-choi-nhan-di-san-tu-pdf.docx")


# =====================================================================
# 63  Sở Nội vụ tỉnh Hòa An — xem xét của lãnh đạo (HTML export of an ISO e-portal)
# =====================================================================
class Html:
    """The body as an e-portal's HTML export lays it out: one borderless
    one-column table, every paragraph (heading, line, list item) in a row
    of its own; tables nested in a row, their header rows repeated
    (w:tblHeader)."""

    def __init__(self, doc):
        self.t = doc.add_table(rows=0, cols=1)
        borders_nil(self.t)
        self.t.columns[0].width = Cm(16)

    def row(self, text, b=False, align=None, i=False, size=None):
        r = self.t.add_row()
        fill(r.cells[0], text, b=b, align=align, i=i, size=size)
        return r.cells[0]

    def nested(self, rows, header=1, center_cols=(), cms=None):
        r = self.t.add_row()
        cell = r.cells[0]
        ncols = max(len(x) for x in rows)
        nt = cell.add_table(rows=len(rows), cols=ncols)
        nt.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is None:
                    continue
                if i < header:
                    fill(nt.cell(i, j), v, b=True, align=C)
                    cell_shade(nt.cell(i, j))
                else:
                    fill(nt.cell(i, j), v, align=C if j in center_cols else None)
        for i in range(header):
            repeat_header(nt.rows[i])
        if cms:
            widths(nt, cms)
        return nt


def f63():
    doc = new_document("Quy trình xem xét của lãnh đạo")
    x = Html(doc)
    x.row("SỞ NỘI VỤ TỈNH HÒA AN", b=True, align=C)
    x.row("HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:2015", align=C, size=11)
    x.row("QUY TRÌNH XEM XÉT CỦA LÃNH ĐẠO", b=True, align=C, size=14)
    x.nested([["Thông tin tài liệu", ""],
              ["Mã hiệu", "QT.ISO.04"],
              ["Lần" + NBSP + "ban" + NBSP + "hành", "01"],
              ["Ngày ban hành", "08/09/2026"],
              ["Ngày hiệu lực", "08/09/2026"],
              ["Trạng thái", "Đang hiệu lực"],
              ["Đơn vị soạn thảo", "Văn phòng Sở"],
              ["Người cập nhật", "quantri.snv"],
              ["Ngày cập nhật", "10/09/2026 14:05"]], cms=[5, 11])
    x.nested([["", "Người soạn thảo", "Người xem xét", "Người phê duyệt"],
              ["Họ và tên", "Trần" + NBSP + "Thị" + NBSP + "Mai" + NBSP + "Hương", "Nguyễn Hữu Thắng", "Lương Văn Đức"],
              ["Chức vụ", "Chuyên viên Văn phòng Sở", "Chánh Văn phòng Sở", "Giám đốc Sở"],
              ["Chữ ký", "(Đã ký số)", "(Đã ký số)", "(Đã ký số)"],
              ["Ngày ký", "28/08/2026", "02/09/2026", "08/09/2026"]], center_cols=(1, 2, 3), cms=[2.8, 4.4, 4.4, 4.4])
    x.row("THEO DÕI SỬA ĐỔI", b=True)
    x.nested([["Lần sửa đổi", "Ngày sửa đổi", "Nội dung sửa đổi"],
              ["01", "08/09/2026", "Ban hành lần đầu"]], center_cols=(0, 1), cms=[3, 3, 10])
    x.row("1. MỤC ĐÍCH", b=True)
    x.row(nfd("Quy định cách thức, nội dung, trình tự xem xét của lãnh đạo đối với Hệ thống quản lý chất lượng của Sở Nội vụ, nhằm bảo đảm hệ thống luôn phù hợp, thỏa đáng, có hiệu lực và định hướng chiến lược của Sở."))
    x.row(nfd("2. PHẠM VI ÁP DỤNG"), b=True)
    x.row("Áp dụng đối với Ban Giám đốc, Ban chỉ đạo ISO, Thư ký ISO và các phòng, đơn vị thuộc Sở Nội vụ tỉnh Hòa An.")
    x.row("3. TÀI LIỆU VIỆN DẪN", b=True)
    x.row("- " + L["ISO"] + ";")
    x.row("- " + L["19/2014"] + ";")
    x.row("- " + L["101"] + ";")
    x.row(nfd("- " + L["30/2020"] + "."))
    x.row("4. ĐỊNH NGHĨA, TỪ VIẾT TẮT", b=True)
    x.row("- HTQLCL: Hệ thống quản lý chất lượng;")
    x.row("- XXCLĐ: Xem xét của lãnh đạo;")
    x.row("- Thư ký ISO: Công chức được Giám đốc Sở phân công giúp việc Ban chỉ đạo ISO.")
    x.row("5. NỘI DUNG QUY TRÌNH", b=True)
    x.row("Xem xét của lãnh đạo được thực hiện định kỳ ít nhất 01 lần/năm (trong Quý IV) hoặc đột xuất khi có thay đổi lớn ảnh hưởng đến HTQLCL.", i=True)
    x.nested([["TT", "Nội dung công việc", "Đơn vị/người thực hiện", "Thời gian thực hiện", "Biểu mẫu, hồ sơ"],
              ["1", "Xác định thời điểm, lập kế hoạch họp xem xét của lãnh đạo; thông báo các phòng, đơn vị chuẩn bị báo cáo.", "Thư ký ISO", "02" + NBSP + "ngày" + NBSP + "làm" + NBSP + "việc", "BM.ISO.04-01"],
              ["2", "Chuẩn bị báo cáo kết quả thực hiện các quá trình, mục tiêu chất lượng, ý kiến phản hồi của tổ chức, cá nhân; gửi Thư ký ISO.", "Trưởng các phòng, đơn vị", "05" + NBSP + "ngày làm việc", "BM.ISO.04-02"],
              ["3", "Tổng hợp thông tin đầu vào của xem xét của lãnh đạo theo khoản 9.3.2 TCVN ISO 9001:2015; trình Giám đốc Sở.", nfd("Thư ký ISO"), "03 ngày làm việc", "BM.ISO.04-03"],
              ["4", "Tổ chức cuộc họp xem xét của lãnh đạo; kết luận các nội dung đầu ra theo khoản 9.3.3.", "Giám đốc Sở; Ban chỉ đạo ISO", "01 ngày làm việc", "Biên bản họp"],
              ["5", "Lập Biên bản cuộc họp, dự thảo Thông báo kết luận; trình ký, ban hành.", nfd("Thư ký ISO; Văn phòng Sở"), "03 ngày làm việc", "BM.ISO.04-04"],
              ["6", "Theo dõi, đôn đốc và báo cáo việc thực hiện kết luận.", "Thư ký ISO", "10 ngày làm việc", "BM.ISO.04-04"]],
             center_cols=(0, 3), cms=[1, 6, 3.4, 2.6, 3])
    x.row("6. BIỂU MẪU", b=True)
    x.nested([["TT", "Mã hiệu", "Tên biểu mẫu"],
              ["1", "BM.ISO.04-01", "Kế hoạch xem xét của lãnh đạo"],
              ["2", "BM.ISO.04-02", "Báo cáo của phòng, đơn vị"],
              ["3", "BM.ISO.04-03", nfd("Báo cáo tổng hợp đầu vào xem xét của lãnh đạo")],
              ["4", "BM.ISO.04-04", "Biên bản họp xem xét của lãnh đạo"]], center_cols=(0, 1), cms=[1, 4, 11])
    x.row("7. HỒ SƠ", b=True)
    x.nested([["TT", "Tên hồ sơ", "Người lưu", "Nơi lưu", "Thời gian lưu"],
              ["1", "Kế hoạch xem xét của lãnh đạo", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
              ["2", "Báo cáo của phòng, đơn vị; Báo cáo tổng hợp", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
              ["3", "Biên bản họp, Thông báo kết luận", "Văn thư Sở", "Văn phòng Sở", "10 năm"]],
             center_cols=(0, 4), cms=[1, 6, 3, 3.5, 2.5])
    x.row("Tài liệu được kết xuất từ Phần mềm ISO điện tử Sở Nội vụ tỉnh Hòa An lúc 14:05 ngày 10/09/2026. Bản in không được kiểm soát.", i=True, size=9)
    save(doc, "63-so-noi-vu-hoa-an-xem-xet-cua-lanh-dao-xuat-tu-iso-dien-tu.docx")


# =====================================================================
# 64  Bộ Nông nghiệp và Môi trường, Văn phòng Bộ — kiểm soát tài liệu
#     (legal basis as a table; PLANTED: Luật Lưu trữ 01/2011/QH13)
# =====================================================================
def f64():
    doc = new_document("Quy trình kiểm soát tài liệu")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "VĂN PHÒNG BỘ"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "KIỂM SOÁT TÀI LIỆU"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã số: QT-VP-01", "Lần ban hành: 02", "Ngày ban hành: 16/10/2026", "Ngày hiệu lực: 20/10/2026"])
    set_width(t, [4.5, 6.5, 5])
    para(doc)
    table(doc, [["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
                ["Họ tên", "Nguyễn Thị Thanh Vân", "Đặng Quốc Bảo", "Trịnh Xuân Trường"],
                ["Chức vụ", "Chuyên viên Phòng Hành chính – Tổng hợp", "Phó Chánh Văn phòng Bộ", "Chánh Văn phòng Bộ"],
                ["Chữ ký", "", "", ""],
                ["Ngày", "05/10/2026", "12/10/2026", "16/10/2026"]], center_cols=(1, 2, 3))
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI", b=True, align=C)
    t = table(doc, [["Lần sửa đổi", "Ngày", "Nội dung sửa đổi", "Trang"],
                    ["01", "15/5/2025", "Ban hành lần đầu.", "Tất cả"],
                    ["02", "16/10/2026", "Bổ sung việc phân phối tài liệu dưới dạng điện tử trên Hệ thống ISO điện tử; dẫn chiếu Quy trình kiểm soát hồ sơ QT-VP-02; cập nhật tên các phòng thuộc Văn phòng Bộ.", "2, 4, 6–7"]],
              center_cols=(0, 1, 3))
    set_width(t, [2.2, 2.6, 9, 2.2])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định thống nhất việc biên soạn, kiểm tra, phê duyệt, ban hành, phân phối, sửa đổi, thu hồi và hủy bỏ tài liệu thuộc Hệ thống quản lý chất lượng của Văn phòng Bộ, bảo đảm tài liệu đang sử dụng là bản hiện hành.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với tài liệu nội bộ và tài liệu có nguồn gốc bên ngoài thuộc Hệ thống quản lý chất lượng của Văn phòng Bộ Nông nghiệp và Môi trường.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    t = grid(doc, 1, 5)
    for j, v in enumerate(["TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu"]):
        fill(t.cell(0, j), v, b=True, align=C)
    repeat_header(t.rows[0])
    spans(t, [("I", 1, True, C), ("VĂN BẢN QUY PHẠM PHÁP LUẬT, VĂN BẢN HÀNH CHÍNH", 4, True, None)])
    for r in [["1", "01/2011/QH13", "11/11/2011", "Quốc hội", "Luật Lưu trữ"],
              ["2", "30/2020/NĐ-CP", "05/3/2020", "Chính phủ", "Nghị định về công tác văn thư"],
              ["3", "19/2014/QĐ-TTg", "05/3/2014", "Thủ tướng Chính phủ", "Quyết định về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước"],
              ["4", "TCVN ISO 9001:2015", "", "", "Hệ thống quản lý chất lượng – Các yêu cầu"]]:
        spans(t, [(r[0], 1, False, C), (r[1], 1, False, None), (r[2], 1, False, C), (r[3], 1, False, None), (r[4], 1, False, None)])
    spans(t, [("II", 1, True, C), ("TÀI LIỆU NỘI BỘ", 4, True, None)])
    for r in [["1", "ST-VP-01", "15/5/2025", "Văn phòng Bộ", "Sổ tay chất lượng"],
              ["2", "QT-VP-02", "16/10/2026", "Văn phòng Bộ", "Quy trình kiểm soát hồ sơ"]]:
        spans(t, [(r[0], 1, False, C), (r[1], 1, False, None), (r[2], 1, False, C), (r[3], 1, False, None), (r[4], 1, False, None)])
    set_width(t, [1, 3.4, 2.6, 3.2, 5.8])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Tài liệu nội bộ: tài liệu do Văn phòng Bộ biên soạn, ban hành để áp dụng trong Hệ thống quản lý chất lượng",
                "Tài liệu có nguồn gốc bên ngoài: văn bản quy phạm pháp luật, văn bản hành chính, tiêu chuẩn được sử dụng trong Hệ thống quản lý chất lượng",
                "HTQLCL: Hệ thống quản lý chất lượng"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Hồ sơ"],
                ["1", "Đề xuất biên soạn mới, sửa đổi hoặc hủy bỏ tài liệu.", "Các phòng thuộc Văn phòng Bộ", "01 ngày làm việc", "BM-VP-01-01"],
                ["2", "Xem xét đề xuất; giao phòng chủ trì biên soạn.", "Thư ký ISO", "02 ngày làm việc", "BM-VP-01-01"],
                ["3", "Biên soạn dự thảo; lấy ý kiến các phòng liên quan.", "Phòng chủ trì biên soạn", "10 ngày làm việc", "BM-VP-01-02"],
                ["4", "Kiểm tra sự phù hợp của dự thảo với TCVN ISO 9001:2015 và quy định hiện hành.", "Thư ký ISO; Phó Chánh Văn phòng Bộ phụ trách", "03 ngày làm việc", ""],
                ["5", "Phê duyệt, ban hành tài liệu.", "Chánh Văn phòng Bộ", "02 ngày làm việc", ""],
                ["6", "Cập nhật Danh mục tài liệu nội bộ; phân phối tài liệu (bản điện tử trên Hệ thống ISO điện tử), thu hồi tài liệu lỗi thời.", "Thư ký ISO; Văn thư Văn phòng Bộ", "01 ngày làm việc", "BM-VP-01-03, BM-VP-01-04"],
                ["7", "Lưu hồ sơ theo Quy trình kiểm soát hồ sơ (QT-VP-02).", "Thư ký ISO", "01 ngày làm việc", ""]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "BM-VP-01-01", "Phiếu đề nghị biên soạn, sửa đổi, hủy bỏ tài liệu"],
                ["2", "BM-VP-01-02", "Phiếu góp ý dự thảo tài liệu"],
                ["3", "BM-VP-01-03", "Danh mục tài liệu nội bộ"],
                ["4", "BM-VP-01-04", "Sổ theo dõi phân phối, thu hồi tài liệu"]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Người lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Phiếu đề nghị biên soạn, sửa đổi, hủy bỏ tài liệu; Phiếu góp ý dự thảo tài liệu", "Thư ký ISO", "Văn phòng Bộ", "05 năm"],
                ["2", "Quyết định ban hành và bản gốc tài liệu", "Văn thư Văn phòng Bộ", "Lưu trữ cơ quan", "Vĩnh viễn"],
                ["3", "Danh mục tài liệu nội bộ; Sổ theo dõi phân phối, thu hồi tài liệu", "Thư ký ISO", "Văn phòng Bộ", "10 năm"]],
          center_cols=(0, 4))
    save(doc, "64-van-phong-bo-nnmt-kiem-soat-tai-lieu-can-cu-dang-bang.docx")


# =====================================================================
# 65  Chi nhánh VPĐKĐĐ — diện tích tăng thêm do thay đổi ranh giới (two cases)
# =====================================================================
def f65():
    doc = new_document("Quy trình đăng ký, cấp Giấy chứng nhận đối với thửa đất có diện tích tăng thêm")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH KHU VỰC SÔNG CẦU"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ, CẤP GIẤY CHỨNG NHẬN ĐỐI VỚI THỬA ĐẤT CÓ DIỆN TÍCH TĂNG THÊM DO THAY ĐỔI RANH GIỚI SO VỚI GIẤY CHỨNG NHẬN ĐÃ CẤP"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã hiệu: QT.ĐĐ.13", "Lần ban hành: 01", "Ngày ban hành: 25/9/2026", "Ngày hiệu lực: 01/10/2026"])
    set_width(t, [5, 7, 4])
    para(doc)
    table(doc, [["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
                ["Họ và tên", "Tạ Thị Kim Chi", "Bùi Đức Hiển", "Lâm Quốc Toản"],
                ["Chức vụ", "Viên chức Bộ phận Đăng ký, cấp Giấy chứng nhận", "Phó Giám đốc Chi nhánh", "Giám đốc Chi nhánh"],
                ["Chữ ký", "", "", ""],
                ["Ngày", "15/9/2026", "21/9/2026", "25/9/2026"]], center_cols=(1, 2, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm của các cơ quan, bộ phận trong việc đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đối với thửa đất có diện tích tăng thêm do thay đổi ranh giới so với Giấy chứng nhận đã cấp.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng tại Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Cầu; Trung tâm Phục vụ hành chính công các xã, phường trong khu vực; Ủy ban nhân dân cấp xã nơi có đất và cơ quan thuế có liên quan.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, ["Luật Đất đai số 31/2024/QH15 ngày 18/01/2024, được sửa đổi, bổ sung bởi Luật số 43/2024/QH15",
                "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai",
                "Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai",
                "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
                L["118"],
                "Quyết định số 2304/QĐ-BNNMT năm 2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về việc công bố thủ tục hành chính lĩnh vực đất đai thuộc phạm vi chức năng quản lý nhà nước của Bộ Nông nghiệp và Môi trường"])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Chi nhánh VPĐKĐĐ: Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Cầu",
                "GCN: Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
                "NVTC: Nghĩa vụ tài chính về đất đai"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18 ban hành kèm theo Nghị định số 151/2025/NĐ-CP",
                "Giấy chứng nhận đã cấp",
                "Giấy tờ chứng minh phần diện tích tăng thêm (nếu có)",
                "Mảnh trích đo bản đồ địa chính thửa đất (nếu có)"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Không quá 10 ngày làm việc đối với trường hợp thửa đất gốc đã có Giấy chứng nhận, phần diện tích tăng thêm do nhận chuyển quyền sử dụng một phần thửa đất đã được cấp Giấy chứng nhận; không quá 20 ngày làm việc đối với trường hợp thửa đất gốc đã có Giấy chứng nhận, phần diện tích tăng thêm chưa được cấp Giấy chứng nhận.")
    para(doc, "Thời gian trên không bao gồm thời gian cơ quan thuế xác định nghĩa vụ tài chính và thời gian người sử dụng đất thực hiện nghĩa vụ tài chính.", i=True)
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công cấp xã hoặc Chi nhánh Văn phòng đăng ký đất đai khu vực Sông Cầu.")
    h(doc, "5.5. Phí, lệ phí")
    para(doc, "Lệ phí cấp Giấy chứng nhận, phí thẩm định hồ sơ: theo Nghị quyết của Hội đồng nhân dân tỉnh Tân Hà.")
    h(doc, "5.6. Quy trình xử lý công việc")
    head = ["TT", "Cơ quan, bộ phận, người thực hiện", "Nội dung công việc", "Thời gian", "Biểu mẫu/Kết quả"]
    tax = ("Cơ quan thuế", "Xác định và thông báo thu nghĩa vụ tài chính đối với trường hợp phải thực hiện NVTC; chuyển thông tin về việc miễn thuế hoặc đã hoàn thành NVTC đến Chi nhánh VPĐKĐĐ.",
           "Theo quy định của pháp luật về thuế (không tính vào thời gian giải quyết)", "Thông báo nộp tiền")
    final = [("Chi nhánh VPĐKĐĐ", "Nhận thông tin đã hoàn thành NVTC; chỉnh lý, cập nhật biến động vào hồ sơ địa chính, cơ sở dữ liệu đất đai; cấp mới GCN hoặc xác nhận thay đổi vào GCN đã cấp.", "04 ngày làm việc (32 giờ)", "Mẫu 06; GCN"),
             ("Trung tâm PVHCC cấp xã hoặc Chi nhánh VPĐKĐĐ", "Trao GCN cho người sử dụng đất; thu phí, lệ phí (nếu có).", "Giờ hành chính", "Mẫu 06")]
    first = ("Trung tâm PVHCC cấp xã hoặc Chi nhánh VPĐKĐĐ", "Kiểm tra tính đầy đủ của thành phần hồ sơ; cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; trường hợp Trung tâm PVHCC tiếp nhận thì chuyển hồ sơ đến Chi nhánh VPĐKĐĐ.", "0,5 ngày (04 giờ)", "Mẫu số 18; Mẫu 01, 06")
    case1 = [first,
             ("Chi nhánh VPĐKĐĐ", "Thông báo bằng văn bản cho bên chuyển quyền và niêm yết tại trụ sở Ủy ban nhân dân cấp xã nơi có đất về việc làm thủ tục cấp GCN cho người nhận chuyển quyền; gửi hồ sơ đến Ủy ban nhân dân cấp xã.", "1,5 ngày", "Mẫu 06"),
             ("UBND cấp xã nơi có đất", "Niêm yết tại trụ sở Ủy ban nhân dân cấp xã nơi có đất về việc làm thủ tục cấp GCN cho người nhận chuyển quyền trong thời gian 140 giờ; xem xét, giải quyết các ý kiến phản ánh (nếu có); chuyển kết quả đến Chi nhánh VPĐKĐĐ.", "02 ngày", "Mẫu 06"),
             ("Chi nhánh VPĐKĐĐ", "Sau thời hạn 30 ngày kể từ ngày thông báo hoặc đăng tin lần đầu mà không có đơn đề nghị giải quyết tranh chấp: kiểm tra điều kiện; trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất; gửi Phiếu chuyển thông tin để xác định NVTC đến cơ quan thuế.", "02 ngày làm việc (16 giờ)", "Mẫu số 19"),
             tax] + final
    case2 = [first,
             ("Chi nhánh VPĐKĐĐ", "Chuyển hồ sơ đến Ủy ban nhân dân cấp xã nơi có đất để thực hiện các công việc đối với phần diện tích đất tăng thêm.", "2,5 ngày", "Mẫu 06"),
             ("UBND cấp xã nơi có đất", "Xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp, nguồn gốc sử dụng đất; kiểm tra sự phù hợp với quy hoạch; niêm yết công khai kết quả kiểm tra theo Mẫu số 17 tại trụ sở Ủy ban nhân dân cấp xã, khu dân cư nơi có đất trong thời gian 15 ngày; chuyển hồ sơ kèm kết quả đến Chi nhánh VPĐKĐĐ.", "10 ngày", "Mẫu số 17"),
             ("Chi nhánh VPĐKĐĐ", "Kiểm tra, ký duyệt mảnh trích đo bản đồ địa chính; trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất; gửi Phiếu chuyển thông tin để xác định NVTC đến cơ quan thuế.", "03 ngày", "Mẫu số 19"),
             tax] + final

    def step_table(steps, total):
        rows = [head] + [[str(k + 1)] + list(s) for k, s in enumerate(steps)]
        t = table(doc, rows, center_cols=(0, 3))
        repeat_header(t.rows[0])
        spans(t, [("", 1, False, None), ("Tổng thời gian giải quyết", 2, True, C), (total, 2, True, C)])
        set_width(t, [0.9, 3.3, 7, 2.4, 2.4])

    para(doc, "5.6.1. Trường hợp thửa đất gốc đã có Giấy chứng nhận, phần diện tích đất tăng thêm do nhận chuyển quyền sử dụng một phần thửa đất đã được cấp Giấy chứng nhận", b=True, i=True)
    para(doc, "Hẹn lần 1: không quá 06 ngày làm việc. Hẹn lần 2: không quá 04 ngày làm việc.")
    step_table(case1, "10 ngày làm việc")
    para(doc, "5.6.2. Trường hợp thửa đất gốc đã có Giấy chứng nhận, phần diện tích đất tăng thêm chưa được cấp Giấy chứng nhận", b=True, i=True)
    para(doc, "Hẹn lần 1: không quá 16 ngày làm việc. Hẹn lần 2: không quá 04 ngày làm việc.")
    step_table(case2, "20 ngày làm việc")
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                "Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ",
                "Mẫu số 17: Mẫu niêm yết công khai kết quả kiểm tra hồ sơ ban hành kèm theo Nghị định số 151/2025/NĐ-CP",
                "Mẫu số 18: Đơn đăng ký biến động đất đai, tài sản gắn liền với đất ban hành kèm theo Nghị định số 151/2025/NĐ-CP",
                "Mẫu số 19: Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai ban hành kèm theo Nghị định số 151/2025/NĐ-CP"])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Hồ sơ đăng ký, cấp GCN", "Viên chức Bộ phận Đăng ký, cấp Giấy chứng nhận", "Kho lưu trữ Chi nhánh VPĐKĐĐ", "Vĩnh viễn"],
                ["2", "Phiếu chuyển thông tin để xác định NVTC (Mẫu số 19)", "Viên chức Bộ phận Đăng ký, cấp Giấy chứng nhận", "Chi nhánh VPĐKĐĐ", "10 năm"],
                ["3", "Mẫu 01, Mẫu 06", "Viên chức Bộ phận Một cửa", "Chi nhánh VPĐKĐĐ", "05 năm"]], center_cols=(0, 4))
    save(doc, "65-chi-nhanh-vpdkdd-song-cau-dien-tich-tang-them-hai-truong-hop.docx")


# =====================================================================
# 66  Sở Tư pháp tỉnh Lam Giang — đánh giá nội bộ, issue 02
# =====================================================================
def f66():
    doc = new_document("Quy trình đánh giá nội bộ")
    t = grid(doc, 2, 2)
    fill(t.cell(0, 0), ["UBND TỈNH LAM GIANG", "SỞ TƯ PHÁP"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], b=True, align=C)
    c = t.cell(1, 0).merge(t.cell(1, 1))
    fill(c, "Mã hiệu: QT.ISO.03 – Lần ban hành: 02 – Ngày ban hành: 05/10/2026 – Ngày hiệu lực: 12/10/2026", align=C)
    set_width(t, [5.5, 10.5])
    para(doc)
    t = grid(doc, 5, 3)
    fill(t.cell(0, 0), "NGƯỜI BIÊN SOẠN", b=True, align=C)
    fill(t.cell(0, 1), "NGƯỜI KIỂM TRA", b=True, align=C)
    fill(t.cell(0, 2), "NGƯỜI PHÊ DUYỆT", b=True, align=C)
    fill(t.cell(1, 0), "Chuyên viên Văn phòng Sở", align=C)
    fill(t.cell(1, 1), "Chánh Văn phòng Sở", align=C)
    fill(t.cell(1, 2), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], b=True, align=C)
    for j in range(3):
        fill(t.cell(2, j), ["(Đã ký)", ""], i=True, align=C)
    fill(t.cell(3, 0), "Phùng Thị Lan Anh", b=True, align=C)
    fill(t.cell(3, 1), "Kiều Văn Sang", b=True, align=C)
    fill(t.cell(3, 2), "Thân Đức Minh", b=True, align=C)
    fill(t.cell(4, 0), "Ngày 25 tháng 9 năm 2026", i=True, align=C)
    fill(t.cell(4, 1), "Ngày 30 tháng 9 năm 2026", i=True, align=C)
    fill(t.cell(4, 2), "Ngày 05 tháng 10 năm 2026", i=True, align=C)
    para(doc)
    para(doc, "BẢNG THEO DÕI SỬA ĐỔI", b=True, align=C)
    t = table(doc, [["Lần sửa đổi", "Ngày", "Nội dung sửa đổi", "Trang"],
                    ["01", "18/3/2025", "Ban hành lần đầu.", "Tất cả"],
                    ["02", "05/10/2026", ["- Bổ sung TCVN ISO 19011:2018 vào tài liệu viện dẫn;",
                                          "- Bổ sung hình thức đánh giá trực tuyến;",
                                          "- Sửa thời hạn thực hiện hành động khắc phục (Bước 6)."], "3, 5"]],
              center_cols=(0, 1, 3))
    set_width(t, [2.2, 2.6, 9, 2.2])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định cách thức lập chương trình, kế hoạch, thực hiện đánh giá nội bộ và theo dõi hành động khắc phục, nhằm xác định Hệ thống quản lý chất lượng của Sở Tư pháp phù hợp với yêu cầu của TCVN ISO 9001:2015, được áp dụng và duy trì có hiệu lực.")
    h(doc, "2. PHẠM VI ÁP DỤNG")
    para(doc, "Áp dụng đối với tất cả các phòng, đơn vị và các quá trình thuộc phạm vi Hệ thống quản lý chất lượng của Sở Tư pháp tỉnh Lam Giang.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["ISO"], "TCVN ISO 19011:2018 Hướng dẫn đánh giá hệ thống quản lý", L["19/2014"], L["101"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Đánh giá nội bộ: quá trình có hệ thống, độc lập và được lập thành văn bản để thu được bằng chứng khách quan và xem xét đánh giá chúng một cách khách quan",
                "HĐKP: Hành động khắc phục",
                "NC: Điểm không phù hợp"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    para(doc, "Đánh giá nội bộ được thực hiện ít nhất 01 lần/năm, bao trùm tất cả các phòng, đơn vị và các yêu cầu của TCVN ISO 9001:2015 thuộc phạm vi áp dụng.", i=True)
    table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
                ["B1", "Lập Chương trình đánh giá nội bộ năm.", "Thư ký ISO", "05 ngày làm việc (40 giờ)", "BM.ISO.03-01"],
                ["B2", "Phê duyệt Chương trình đánh giá nội bộ.", "Giám đốc Sở", "01 ngày làm việc", "BM.ISO.03-01"],
                ["B3", "Thành lập Đoàn đánh giá; lập Kế hoạch đánh giá và thông báo cho các phòng, đơn vị được đánh giá trước ít nhất 05 ngày làm việc.", "Trưởng đoàn đánh giá", "03 ngày làm việc", "BM.ISO.03-02"],
                ["B4", "Thực hiện đánh giá tại các phòng, đơn vị (trực tiếp hoặc trực tuyến); ghi chép bằng chứng đánh giá.", "Đoàn đánh giá", "Tối đa 05 ngày làm việc", "BM.ISO.03-03"],
                ["B5", "Họp kết thúc; lập Báo cáo đánh giá và Phiếu yêu cầu hành động khắc phục.", "Trưởng đoàn đánh giá", "02 ngày làm việc", "BM.ISO.03-04, BM.ISO.03-05"],
                ["B6", "Xác định nguyên nhân, đề xuất và thực hiện hành động khắc phục.", "Trưởng các phòng, đơn vị được đánh giá", "Không quá 30 ngày", "BM.ISO.03-05"],
                ["B7", "Kiểm tra, xác nhận hiệu lực của hành động khắc phục; báo cáo Giám đốc Sở.", "Chuyên gia đánh giá được phân công", "05 ngày làm việc", "BM.ISO.03-05"]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Tên biểu mẫu", "Mã hiệu"],
                ["1", "Chương trình đánh giá nội bộ", "BM.ISO.03-01"],
                ["2", "Kế hoạch đánh giá", "BM.ISO.03-02"],
                ["3", "Phiếu ghi chép đánh giá", "BM.ISO.03-03"],
                ["4", "Báo cáo đánh giá nội bộ", "BM.ISO.03-04"],
                ["5", "Phiếu yêu cầu hành động khắc phục", "BM.ISO.03-05"]], center_cols=(0, 2))
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Chương trình, Kế hoạch đánh giá nội bộ", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
                ["2", "Phiếu ghi chép đánh giá; Báo cáo đánh giá nội bộ", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
                ["3", "Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "Văn phòng Sở", "05 năm"]], center_cols=(0, 4))
    save(doc, "66-so-tu-phap-lam-giang-danh-gia-noi-bo-lan-2.docx")


# =====================================================================
# 67  UBND phường Tân An — bản sao có chứng thực từ bản chính giao dịch
#     (e-signed; PLANTED: approval e-signed after the effective date)
# =====================================================================
def f67():
    doc = new_document("Quy trình cấp bản sao có chứng thực từ bản chính giao dịch đã được chứng thực")
    # The agency's e-signature stamp, as the signing tool leaves it at the
    # top right of the first page.
    p = doc.add_paragraph()
    textbox(p, [("Ký bởi: Ủy ban nhân dân phường Tân An", True), ("Email: tanan@hoaan.gov.vn", False),
                ("Cơ quan: Tỉnh Hòa An", False), ("Thời gian ký: 05/11/2026 14:35", False)], 4201)
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN AN"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "CẤP BẢN SAO CÓ CHỨNG THỰC TỪ BẢN CHÍNH GIAO DỊCH ĐÃ ĐƯỢC CHỨNG THỰC", "Mã TTHC: 2.000942"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã số: QT.TP.11", "Lần ban hành: 01", "Ngày ban hành: 02/11/2026", "Ngày hiệu lực: 02/11/2026"])
    set_width(t, [4, 7.5, 4.5])
    para(doc)
    t = grid(doc, 4, 4)
    for j, v in enumerate(["", "SOẠN THẢO", "XEM XÉT", "PHÊ DUYỆT"]):
        fill(t.cell(0, j), v, b=True, align=C)
    fill(t.cell(1, 0), "Chữ ký", b=True)
    for j, (who, when) in enumerate([("Lê Thị Ngọc Hân", "28/10/2026 09:15"), ("Phan Văn Lực", "30/10/2026 16:02"), ("Võ Minh Tâm", "05/11/2026 14:32")]):
        fill(t.cell(1, j + 1), ["Ký bởi: " + who, "Thời gian ký: " + when], i=True, size=10, align=C)
    fill(t.cell(2, 0), "Họ và tên", b=True)
    fill(t.cell(3, 0), "Chức vụ", b=True)
    for j, (name, pos) in enumerate([("Lê Thị Ngọc Hân", "Công chức Văn phòng HĐND và UBND phường"),
                                      ("Phan Văn Lực", "Chánh Văn phòng HĐND và UBND phường"),
                                      ("Võ Minh Tâm", "Chủ tịch UBND phường")]):
        fill(t.cell(2, j + 1), name, align=C)
        fill(t.cell(3, j + 1), pos, align=C)
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực tại Ủy ban nhân dân phường Tân An.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các bên tham gia hợp đồng, giao dịch, người được các bên ủy quyền và người thừa kế của các bên có yêu cầu cấp bản sao có chứng thực; công chức Trung tâm Phục vụ hành chính công phường, Văn phòng HĐND và UBND phường Tân An.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["23"], L["07"], L["280"], L["01BTP"], L["226"], L["118"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Tân An",
                "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Phiếu yêu cầu cấp bản sao có chứng thực (nếu có)", "Giấy tờ tùy thân của người yêu cầu (xuất trình)"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời gian xử lý")
    para(doc, "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Tân An.")
    h(doc, "5.5. Phí")
    para(doc, "2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản.")
    h(doc, "5.6. Quy trình xử lý công việc")
    table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                ["1", "Tiếp nhận yêu cầu, kiểm tra giấy tờ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (trường hợp trả trong ngày làm việc tiếp theo), Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01, 06"],
                ["2", "Kiểm tra bản chính hợp đồng, giao dịch đang lưu; chụp bản sao, ghi lời chứng; ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "03 giờ làm việc", "Mẫu 06"],
                ["3", "Ký chứng thực bản sao.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "02 giờ làm việc", "Mẫu 06"],
                ["4", "Đóng dấu; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "01 giờ làm việc", "Mẫu 06"],
                ["5", "Trả kết quả, thu phí; cập nhật Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 06; Bản sao có chứng thực"]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: " + BM["01"], "Mẫu 06: " + BM["06"]])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["2", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"]], center_cols=(0, 4))
    save(doc, "67-phuong-tan-an-ban-sao-tu-ban-chinh-giao-dich-ky-so.docx")


# =====================================================================
# 68  UBND phường Đông Hải — chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch
#     ("Q. CHỦ TỊCH" at the end; minutes)
# =====================================================================
def f68():
    doc = new_document("Quy trình chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch")
    t = grid(doc, 1, 2)
    no_borders(t)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI", "________"], b=True, align=C)
    fill(t.cell(0, 1), ["Mã số: QT.TP.05", "Lần ban hành: 01", "Ngày ban hành: 21/10/2026", "Ngày hiệu lực: 21/10/2026"])
    set_width(t, [7, 9])
    para(doc, "QUY TRÌNH", b=True, align=C, size=14, before=12, after=0)
    para(doc, "CHỨNG THỰC VIỆC SỬA ĐỔI, BỔ SUNG, HỦY BỎ GIAO DỊCH", b=True, align=C, size=14, after=0)
    para(doc, "(Mã TTHC: 2.000913)", i=True, align=C)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch đã được chứng thực tại Ủy ban nhân dân phường Đông Hải.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các bên tham gia hợp đồng, giao dịch đã được chứng thực tại Ủy ban nhân dân phường Đông Hải có yêu cầu sửa đổi, bổ sung, hủy bỏ; công chức Trung tâm Phục vụ hành chính công và Văn phòng HĐND và UBND phường.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["23"], L["07"], L["280"], L["01BTP"], L["226"], L["118"], L["03VPCP"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    para(doc, "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Đông Hải.")
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Đông Hải.")
    h(doc, "5.5. Phí")
    para(doc, "30.000 đồng/giao dịch.")
    h(doc, "5.6. Quy trình xử lý công việc")
    table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                ["1", "Tiếp nhận hồ sơ, kiểm tra; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (trường hợp trả trong ngày làm việc tiếp theo), Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "30 phút", "Mẫu 01, 06"],
                ["2", "Kiểm tra hồ sơ, đối chiếu với hợp đồng, giao dịch đã chứng thực; các bên ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "120 phút", "Mẫu 06"],
                ["3", "Xem xét, ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "04 giờ 00 phút", "Mẫu 06"],
                ["4", "Đóng dấu; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "60 phút", "Mẫu 06"],
                ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "Theo thời gian ghi trên phiếu hẹn", "Mẫu 06; Văn bản sửa đổi, bổ sung, hủy bỏ giao dịch đã được chứng thực"]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "Mẫu 01", BM["01"]], ["2", "Mẫu 06", BM["06"]]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["2", "Văn bản sửa đổi, bổ sung, hủy bỏ giao dịch đã được chứng thực (bản lưu)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "20 năm"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"]], center_cols=(0, 4))
    para(doc)
    t = grid(doc, 1, 3, style=None)
    fill(t.cell(0, 0), ["NGƯỜI SOẠN THẢO", "Công chức Văn phòng HĐND và UBND phường", "(Đã ký)", "", "Vương Thị Diễm"], align=C)
    fill(t.cell(0, 1), ["NGƯỜI KIỂM TRA", "Chánh Văn phòng HĐND và UBND phường", "(Đã ký)", "", "Huỳnh Tấn Lợi"], align=C)
    fill(t.cell(0, 2), ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "(Đã ký)", "", "Châu Văn Hậu"], align=C)
    for j in range(3):
        for k, p in enumerate(t.cell(0, j).paragraphs):
            for r in p.runs:
                r.bold = k in (0, 4) or (j == 2 and k == 1)
    save(doc, "68-phuong-dong-hai-sua-doi-huy-bo-giao-dich-q-chu-tich.docx")


# =====================================================================
# 69  Sở Xây dựng tỉnh Bình Sơn — kiểm soát đầu ra không phù hợp
#     (grid in rows; unfilled date row "Ngày …… tháng …… năm ……")
# =====================================================================
def f69():
    doc = new_document("Quy trình kiểm soát đầu ra không phù hợp")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["UBND TỈNH BÌNH SƠN", "SỞ XÂY DỰNG"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "KIỂM SOÁT ĐẦU RA KHÔNG PHÙ HỢP"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã hiệu: QT.ISO.06", "Lần ban hành: 01", "Ngày ban hành: 20/11/2026", "Ngày hiệu lực: 20/11/2026"])
    set_width(t, [4.5, 7, 4.5])
    para(doc)
    placeholder = "Ngày …… tháng …… năm ……"
    table(doc, [["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày ký"],
                ["Soạn thảo", "Mạc Thị Huyền Trang", "Chuyên viên Văn phòng Sở", "", placeholder],
                ["Xem xét", "Quách Văn Thịnh", "Chánh Văn phòng Sở", "", placeholder],
                ["Phê duyệt", "Ông Văn Khải", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "", placeholder]], center_cols=(4,))
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [["Lần sửa đổi", "Ngày", "Nội dung sửa đổi", "Trang"],
                ["01", "20/11/2026", "Ban hành lần đầu.", "Tất cả"]], center_cols=(0, 1, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định cách thức nhận biết, kiểm soát và xử lý các đầu ra không phù hợp (kết quả giải quyết thủ tục hành chính, văn bản, dịch vụ không đáp ứng yêu cầu) nhằm ngăn ngừa việc sử dụng hoặc chuyển giao ngoài ý muốn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các phòng, đơn vị thuộc Sở Xây dựng tỉnh Bình Sơn trong phạm vi Hệ thống quản lý chất lượng.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["ISO"] + " (điều khoản 8.7)", L["19/2014"], L["101"], L["118"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Đầu ra không phù hợp: kết quả của quá trình không đáp ứng yêu cầu (sai sót, trễ hạn, sai thể thức)",
                "HĐKP: Hành động khắc phục"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    table(doc, [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
                ["1", "Phát hiện, nhận biết đầu ra không phù hợp; ghi vào Sổ theo dõi đầu ra không phù hợp.", "Công chức phát hiện", "Ngay khi phát hiện", "BM.ISO.06-01"],
                ["2", "Báo cáo Trưởng phòng chuyên môn.", "Công chức phát hiện", "Trong ngày", "BM.ISO.06-01"],
                ["3", "Xem xét, quyết định biện pháp xử lý (sửa chữa, thu hồi, thay thế; thông báo, xin lỗi tổ chức, cá nhân và hẹn lại ngày trả kết quả).", "Trưởng phòng chuyên môn", "Không quá 03 ngày", "BM.ISO.06-02"],
                ["4", "Thực hiện biện pháp xử lý.", "Công chức được giao", "02 ngày làm việc", "BM.ISO.06-02"],
                ["5", "Kiểm tra, xác nhận kết quả xử lý.", "Trưởng phòng chuyên môn", "01 ngày làm việc", "BM.ISO.06-02"],
                ["6", "Tổng hợp, báo cáo Ban chỉ đạo ISO; xem xét sự cần thiết của hành động khắc phục.", "Thư ký ISO", "01 ngày làm việc", "BM.ISO.06-03"]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "BM.ISO.06-01", "Sổ theo dõi đầu ra không phù hợp"],
                ["2", "BM.ISO.06-02", "Phiếu xử lý đầu ra không phù hợp"],
                ["3", "BM.ISO.06-03", "Báo cáo tình hình kiểm soát đầu ra không phù hợp"]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ theo dõi đầu ra không phù hợp", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
                ["2", "Phiếu xử lý đầu ra không phù hợp", "Phòng chuyên môn", "Phòng chuyên môn", "05 năm"],
                ["3", "Báo cáo tình hình kiểm soát đầu ra không phù hợp", "Thư ký ISO", "Văn phòng Sở", "05 năm"]], center_cols=(0, 4))
    save(doc, "69-so-xay-dung-binh-son-kiem-soat-dau-ra-khong-phu-hop.docx")


if __name__ == "__main__":
    for f in (f62, f63, f64, f65, f66, f67, f68, f69):
        f()
    print("ok", OUT)
