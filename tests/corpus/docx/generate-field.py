#!/usr/bin/env python3
"""Writes the Word files 54–61 of the corpus (tests/corpus/docx/), next to
this script: eight documents of 2025–2026, after the two-level local
government reform (01/07/2025), first written for a field test of the Word
reader (numbered 61–68 there, in the same order). Each copies the layout or
the wording of a real published document, most of them copies of
thuvienphapluat.vn pages in the public repository tnt305/tai_lieu_noi_bo
(files src/etl/dataset/<hash>.md, cited by decision and path, as in
annex-research.md). Agencies, people, internal codes and decision numbers
are fictional (tỉnh Hòa An, Tân Hà, Lam Giang; Bộ Nội vụ is real, its
people are not); the laws, decrees, circulars, their numbers and dates, and
the national TTHC codes are real.

  54  UBND xã Phước Sơn (tỉnh Hòa An) — chứng thực di chúc (TTHC 2.001019,
      clean). The TTHC, its limit "Không quá 02 (hai) ngày làm việc, kể từ
      … hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản …" and its fee
      as Hà Tĩnh 2873/QĐ-UBND of 19/11/2025 lists them after 280/2025/NĐ-CP
      (src/etl/dataset/e7cd8d423108e103.md; 3152/QĐ-BTP of 31/10/2025); the
      header "Mã hiệu / Lần ban hành / Ngày ban hành / Trang" as isosig.com's
      model of a document-control procedure. Tricky: all four info lines are
      paragraphs of ONE header cell; the approver signs "TM. ỦY BAN NHÂN
      DÂN" / "CHỦ TỊCH" and the signature row holds "(Đã ký)", not names;
      the legal basis is written "- Căn cứ …;" with a pinpoint
      ("Chương XXII, từ Điều 624 đến Điều 648 …") after the Civil Code, a
      law by name and date only ("Luật Tổ chức chính quyền địa phương ngày
      16 tháng 6 năm 2025"), and THREE decrees in one line with dotted
      dates ("… 23/2015/NĐ-CP ngày 16.02.2015 …; Nghị định số 07/2025/NĐ-CP
      ngày 09.01.2025 và Nghị định số 280/2025/NĐ-CP ngày 27.10.2025 …"), as
      Thanh Hóa 145/2025/QĐ-UBND of 20/11/2025 joins decrees
      (src/etl/dataset/5c600e2251eec56f.md); the limit has its number also
      in words "(hai)"; the forms table is "TT | Tên biểu mẫu | Ký hiệu",
      the name BEFORE the code; the total row "Tổng thời gian giải quyết:
      02 ngày làm việc (16 giờ làm việc)" is merged over the whole table.
  55  Sở Tư pháp tỉnh Tân Hà — kiểm soát sự không phù hợp và hành động
      khắc phục (system procedure, clean). "5.1. Lưu đồ" / "5.2. Diễn
      giải" of the 101/QĐ-BKHCN framework (as 24 and 26 of this corpus);
      Đồng Nai 2811/QĐ-UBND of 20/11/2025 calls its step table "Lưu đồ
      giải quyết" (src/etl/dataset/5884aa6f293e9bc0.md). Tricky: the
      flowchart column holds text boxes (_lib.flow_box) with a "Bắt đầu"
      and a "Kết thúc" terminator and a decision diamond "Cần HĐKP?" with
      the typed branch label "Có ↓ Không → Bước 7", none of them a step;
      the steps are the 7 rows of "Diễn giải"; a definition cites "TCVN
      ISO 9000:2015, 3.6.9" (a term number of ISO 9000, not a clause) and
      the legal basis 19/2014/QĐ-TTg, whose title names TCVN ISO 9001:2008.
  56  Bộ Nội vụ, Văn phòng Bộ — quản lý văn bản đi (internal procedure,
      clean). The steps and times of Nghị định 30/2020/NĐ-CP, Điều 14–19
      ("chậm nhất là trong ngày làm việc tiếp theo", "ngay sau khi …"); the
      unlabelled grid "SOẠN THẢO | KIỂM TRA | PHÊ DUYỆT" over positions,
      signature space and names, and the change table, from a public
      procedure (VIMC "Quy trình công tác văn thư"). Tricky: three sections,
      a cover page with no page header (different first page), a LANDSCAPE
      section for the step table with its own page header ("QT.VP.03 – Quy
      trình quản lý văn bản đi | Lần ban hành: 01 | Trang: PAGE/NUMPAGES"),
      and a portrait section linked to it, so the code and title appear
      three times; the approving decision "(Ban hành kèm theo Quyết định
      số 58/QĐ-VP …)" under the title is not a legal basis; times stated in
      words ("Ngay sau khi cấp số", "Trong ngày văn bản được ký, chậm nhất
      là trong ngày làm việc tiếp theo"); a "Ghi chú" column citing
      articles; the forms table "TT | Tên biểu mẫu | Mã hiệu", name before
      code.
  57  Quyết định 2741/QĐ-UBND of 17/11/2026 of the Chairman of tỉnh Lam
      Giang, its Phụ lục I (list) and Phụ lục II (internal procedure
      QT.ĐCKS.01, công nhận kết quả thăm dò khoáng sản), laid out as Hà Tĩnh
      2916/QĐ-UBND of 24/11/2025 (src/etl/dataset/adc1d34379e9829f.md), its
      bases as Thanh Hóa 128/2025/QĐ-UBND of 09/10/2025 (hethongphapluat.vn).
      Clean. Tricky: Phụ lục I's "Căn cứ pháp lý" column and the decision's
      own "Căn cứ …" lines; Phụ lục II is ONE table whose rows are "1 | KÝ
      HIỆU QUY TRÌNH | QT.ĐCKS.01", "2 | NỘI DUNG QUY TRÌNH", "2.1" … "2.10",
      dossier rows "- | … | x |", the step header row, and TWO cases as
      merged rows "I | Trường hợp … nhóm I …; khoáng sản nhóm II" (42 ngày
      làm việc) and "II | Trường hợp … nhóm III" (32), each with its own
      steps B1 … B11 (numbering restarts), times in plain "ngày" (working
      days: the limits say "ngày làm việc"), B1 and B11 "Giờ hành chính";
      the limits only in row 2.5, one per case; no national TTHC code.
  58  UBND phường An Hòa (tỉnh Tân Hà) — đăng ký nhận cha, mẹ, con (TTHC
      1.001022, clean). Luật Hộ tịch Điều 25 and Thông tư 04/2020/TT-BTP
      Điều 14 (src/etl/dataset/1408b49c88fc3648.md), the TTHC code
      (src/etl/dataset/e538df5c1d06ae41.md); the prose "Căn cứ …" with the
      abbreviations NĐ, CP, TT, VPCP and a "CÁC TỪ VIẾT TẮT" section as Lạng
      Sơn 2487/QĐ-UBND of 19/11/2025 (src/etl/dataset/71153021e3559f5e.md);
      the column "Sản phẩm" and a total labelled "Cộng" as Bắc Ninh
      1490/QĐ-UBND (src/etl/dataset/80bb1f677e7d4d75.md). Tricky: nine legal
      documents in four italic paragraphs, joined by ";" and "và", two laws
      by name and date only, dotted dates ("15.11.2015", "28.7.2020"),
      article ranges, back references ("NĐ 123", "NĐ 118/2025/NĐ-CP")
      inside titles; "4. TỪ VIẾT TẮT" as the definitions heading; headings
      carrying their value ("5.2. Số lượng hồ sơ: 01 (một) bộ."); a limit
      with an extension "kéo dài thêm không quá 05 ngày làm việc"; the step
      table "Thứ tự | Công việc | Người thực hiện | Thời hạn | Sản phẩm" with
      the total row "Cộng | 03 ngày làm việc" (three cells merged).
  59  UBND xã Phước Lộc (tỉnh Hòa An) — cấp bản sao từ sổ gốc, lần ban hành
      03 (TTHC 2.000908, clean). The TTHC and its limit ("ngay trong ngày
      … hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15
      giờ") as Hà Tĩnh 2873/QĐ-UBND; the change table numbered from "00 …
      Ban hành lần đầu" as the VIMC procedure; a step spread over sub-rows,
      one per unit, as Đồng Nai 2811/QĐ-UBND (Bước 2 over three rows).
      Tricky: issue 03 is the change-log row "02"; the change log names
      replaced decrees (61/2018/NĐ-CP, 107/2021/NĐ-CP) that are not legal
      bases; "Mã TTHC: 2.000908" inside the bold title cell; step B3 over
      two sub-rows (Bước, action and forms cells merged vertically), one
      per signer with 01 giờ each; the fee "Theo quy định hiện hành …".
  60  UBND xã Hòa Thạnh (tỉnh Hòa An) — chứng thực chữ ký người dịch mà
      người dịch là cộng tác viên dịch thuật (TTHC 2.000992), the TTHC and
      its limit as Hà Tĩnh 2873/QĐ-UBND. ONE planted defect: the replaced
      circular 01/2018/TT-VPCP (23/11/2018, guiding 61/2018/NĐ-CP) left in
      the legal basis beside 118/2025/NĐ-CP; the decree named inside its
      title is not a second basis. "Mã số:" and "Mã TTHC:" in the info
      cell.
  61  Trung tâm Phục vụ hành chính công tỉnh Tân Hà (under the Văn phòng
      UBND tỉnh, as Thanh Hóa 128/2025/QĐ-UBND places it) — tiếp nhận và số
      hóa hồ sơ, kết quả giải quyết TTHC (internal procedure, clean).
      Tricky: the steps are five paragraphs numbered by Word ("Bước %1."
      list level: the words "Bước 1." are drawn by Word, not in the text),
      each followed by "- Người thực hiện: …;", "- Thời gian: …;", "-
      Biểu mẫu: …."; times in minutes per dossier ("15 phút/hồ sơ", "30
      phút/hồ sơ").

Usage:  python3 generate-field.py   (python-docx 1.2.0 and its lxml;
        helpers in _lib.py beside it)

The output is deterministic (fixed core properties, zip entries rewritten
with a fixed timestamp and mode 0644 by _lib.save). The *.expected.json
files are NOT written by this script: they were typed by reading the
documents.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # the _lib.py beside this script (tests/corpus/docx)
import _lib  # noqa: E402
from _lib import *  # noqa: E402,F401,F403
from docx.oxml.ns import nsdecls  # noqa: E402

# _lib.save writes next to _lib.py: it must be the one beside this script.
assert os.path.dirname(os.path.abspath(_lib.__file__)) == HERE, _lib.__file__






def total_row(t, text):
    """A bold, centred row merged over the whole table (a total)."""
    return spans(t, [(text, len(t.columns), True, C)])


# ------------------------------------------------------------------ flowchart
def shape(cell, label, sid, prst="flowChartProcess", extra_lines=()):
    """A flowchart box (_lib.flow_box): a process or a terminator, or a
    decision diamond (flow_box's shape given the diamond geometry and
    height); extra_lines are italic paragraphs typed under it (branch
    labels)."""
    if prst == "flowChartDecision":
        flow_box(cell, label, sid)
        r = cell.paragraphs[0]._p.findall(qn("w:r"))[-1]
        for el in r.iter():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "prstGeom":
                el.set("prst", "flowChartDecision")
            elif tag == "shape" and el.get("type"):
                el.set("type", "#_x0000_t110")
                el.set("style", el.get("style").replace("height:36pt", "height:50.4pt"))
            elif tag == "docPr":
                el.set("name", f"Flowchart: Decision {sid}")
            elif tag in ("extent", "ext") and el.get("cy") == "457200":
                el.set("cy", "640080")
    else:
        flow_box(cell, label, sid, prst)
    for ln in extra_lines:
        q = cell.add_paragraph()
        run(q, ln, i=True, size=10)


def arrow(cell, sid):
    connector(cell, sid)


# ------------------------------------------------------------------ numbering
_NSID = [0x5EED0000]


def add_numbering(doc, fmt, text):
    """A one-level list ("Bước %1.") added to numbering.xml; returns its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abs_ids) + 1, max(num_ids) + 1
    _NSID[0] += 1
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        f'<w:nsid w:val="{_NSID[0]:08X}"/><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>')
    numbering.find(qn("w:num")).addprevious(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def set_num(p, numid):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = numid


# ------------------------------------------------------------------ legal texts
L = {
    "BLDS": "Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015",
    "TCCQĐP": "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    "118": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "03VPCP": "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "3152": "Quyết định số 3152/QĐ-BTP ngày 31/10/2025 của Bộ trưởng Bộ Tư pháp về việc công bố thủ tục hành chính được sửa đổi, bổ sung, thủ tục hành chính bị bãi bỏ trong lĩnh vực chứng thực thuộc phạm vi quản lý của Bộ Tư pháp",
    "23": "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "07": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
    "280": "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
    "ISO": "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
    "19/2014": "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
    "101": "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ công bố mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
    "30/2020": "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    "LTT": "Luật Lưu trữ số 33/2024/QH15 ngày 21/6/2024",
    "GDĐT": "Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023",
    "01/2018": "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
}
BM = {"01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
      "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
      "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ"}


# =====================================================================
# 54  UBND xã Phước Sơn — chứng thực di chúc
# =====================================================================
def f54():
    doc = new_document("Quy trình chứng thực di chúc")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC SƠN"], b=True, align=C)
    c = t.cell(0, 1)
    fill(c, ["QUY TRÌNH", "CHỨNG THỰC DI CHÚC"], b=True, align=C)
    q = c.add_paragraph(); run(q, "(Mã TTHC: 2.001019)", i=True); q.alignment = C
    fill(t.cell(0, 2), ["Mã hiệu: QT-TP-07", "Lần ban hành: 01", "Ngày ban hành: 05/01/2026", "Trang: 1/6"])
    widths(t, [4.5, 7.5, 4.5])
    para(doc)
    s = grid(doc, 4, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"]):
        fill(s.cell(0, j), v, b=True, align=C)
    fill(s.cell(1, 0), "Họ và tên", b=True)
    fill(s.cell(2, 0), "Chức vụ", b=True)
    fill(s.cell(3, 0), "Chữ ký", b=True)
    for j, v in enumerate(["Đặng Thị Mỹ Duyên", "Nguyễn Hữu Phước", "Trương Công Danh"]):
        fill(s.cell(1, j + 1), v, align=C)
    fill(s.cell(2, 1), "Công chức Văn phòng HĐND và UBND xã", align=C)
    fill(s.cell(2, 2), "Chánh Văn phòng HĐND và UBND xã", align=C)
    fill(s.cell(2, 3), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], align=C)
    for j in range(3):
        fill(s.cell(3, j + 1), "(Đã ký)", i=True, align=C)
    para(doc)
    para(doc, "BẢNG THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [["Lần ban hành", "Ngày ban hành", "Vị trí sửa đổi", "Nội dung sửa đổi"],
                ["01", "05/01/2026", "Toàn bộ", "Ban hành lần đầu"]], center_cols=(0, 1))
    page_break(doc)
    h(doc, "I. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục chứng thực di chúc tại Ủy ban nhân dân xã Phước Sơn, bảo đảm đúng quy định của pháp luật, công khai, minh bạch.")
    h(doc, "II. PHẠM VI ÁP DỤNG")
    para(doc, "Áp dụng đối với cá nhân có yêu cầu chứng thực di chúc; công chức Trung tâm Phục vụ hành chính công xã, công chức Văn phòng HĐND và UBND xã được giao nhiệm vụ chứng thực và Lãnh đạo UBND xã Phước Sơn.")
    h(doc, "III. TÀI LIỆU VIỆN DẪN")
    for ln in [
        "- Căn cứ " + L["BLDS"] + " (Chương XXII, từ Điều 624 đến Điều 648 về thừa kế theo di chúc);",
        "- Căn cứ " + L["TCCQĐP"] + ";",
        "- Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16.02.2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Nghị định số 07/2025/NĐ-CP ngày 09.01.2025 và Nghị định số 280/2025/NĐ-CP ngày 27.10.2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP;",
        "- Căn cứ " + L["118"] + ";",
        "- Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP;",
        "- Căn cứ " + L["3152"] + ";",
        "- " + L["ISO"] + ".",
    ]:
        para(doc, ln)
    h(doc, "IV. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT")
    lines(doc, ["UBND: Ủy ban nhân dân", "HĐND: Hội đồng nhân dân", "TTHC: Thủ tục hành chính",
                "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Phước Sơn"])
    h(doc, "V. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Điều kiện thực hiện")
    para(doc, "Người lập di chúc phải tự mình yêu cầu chứng thực di chúc, không ủy quyền cho người khác yêu cầu chứng thực di chúc.")
    h(doc, "5.2. Thành phần hồ sơ")
    table(doc, [["TT", "Tên giấy tờ", "Bản chính", "Bản sao"],
                ["1", "Dự thảo di chúc", "x", ""],
                ["2", "Giấy tờ tùy thân (Căn cước, Hộ chiếu) còn giá trị sử dụng của người lập di chúc (xuất trình)", "x", ""],
                ["3", "Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế (trường hợp di chúc liên quan đến tài sản mà pháp luật quy định phải đăng ký)", "", "x"]],
          center_cols=(0, 2, 3))
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 (một) bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Không quá 02 (hai) ngày làm việc, kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Phước Sơn hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.")
    h(doc, "5.6. Phí, lệ phí")
    para(doc, "50.000 đồng/di chúc.")
    h(doc, "5.7. Quy trình xử lý công việc")
    t = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                    ["B1", "Tiếp nhận, kiểm tra hồ sơ; nếu đầy đủ, hợp lệ thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ và chuyển hồ sơ cho công chức thực hiện chứng thực. Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.",
                     "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01, 02, 06"],
                    ["B2", "Kiểm tra năng lực hành vi dân sự, sự tự nguyện của người lập di chúc; người lập di chúc ký (điểm chỉ) trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực hợp đồng, giao dịch; trình ký.",
                     "Công chức Văn phòng HĐND và UBND xã được giao nhiệm vụ chứng thực", "01 ngày làm việc", "Mẫu 06\nDự thảo lời chứng"],
                    ["B3", "Xem xét, ký lời chứng.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ làm việc", "Mẫu 06"],
                    ["B4", "Đóng dấu; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "01 giờ làm việc", "Mẫu 06"],
                    ["B5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 06\nDi chúc đã được chứng thực"]],
              center_cols=(0, 3))
    total_row(t, "Tổng thời gian giải quyết: 02 ngày làm việc (16 giờ làm việc)")
    h(doc, "VI. BIỂU MẪU")
    table(doc, [["TT", "Tên biểu mẫu", "Ký hiệu"],
                ["1", BM["01"], "Mẫu 01"], ["2", BM["02"], "Mẫu 02"], ["3", BM["06"], "Mẫu 06"]], center_cols=(0, 2))
    h(doc, "VII. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01); Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"],
                ["2", "Di chúc đã được chứng thực (bản lưu)", "Công chức được giao nhiệm vụ chứng thực", "Văn phòng HĐND và UBND xã", "20 năm"],
                ["3", "Sổ chứng thực hợp đồng, giao dịch", "Công chức được giao nhiệm vụ chứng thực", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"]],
          center_cols=(0, 4))
    save(doc, "54-xa-phuoc-son-chung-thuc-di-chuc.docx")


# =====================================================================
# 55  Sở Tư pháp tỉnh Tân Hà — kiểm soát sự không phù hợp (flowchart)
# =====================================================================
def f55():
    doc = new_document("Quy trình kiểm soát sự không phù hợp và hành động khắc phục")
    t = grid(doc, 2, 4)
    a = t.cell(0, 0).merge(t.cell(0, 1))
    fill(a, ["UBND TỈNH TÂN HÀ", "SỞ TƯ PHÁP"], b=True, align=C)
    b = t.cell(0, 2).merge(t.cell(0, 3))
    fill(b, ["QUY TRÌNH", "KIỂM SOÁT SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC"], b=True, align=C)
    for j, v in enumerate(["Mã số: QT.ISO.05", "Lần ban hành: 01", "Ngày ban hành: 09/02/2026", "Ngày hiệu lực: 09/02/2026"]):
        fill(t.cell(1, j), v, align=C)
    para(doc)
    table(doc, [["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
                ["Soạn thảo", "Lê Thị Thu Hà", "Chuyên viên Văn phòng Sở (Thư ký ISO)", "", "05/02/2026"],
                ["Xem xét", "Phan Văn Lực", "Chánh Văn phòng Sở", "", "06/02/2026"],
                ["Phê duyệt", "Trịnh Quốc Hưng", "Giám đốc Sở", "", "09/02/2026"]], center_cols=(4,))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định cách thức nhận biết, kiểm soát sự không phù hợp của kết quả giải quyết công việc và thực hiện hành động khắc phục nhằm loại bỏ nguyên nhân, ngăn ngừa tái diễn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các phòng, đơn vị thuộc Sở Tư pháp tỉnh Tân Hà trong phạm vi áp dụng hệ thống quản lý chất lượng.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["ISO"] + " (điều 8.7 và 10.2)", L["19/2014"], L["101"]])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    lines(doc, ["SKPH: Sự không phù hợp", "HĐKP: Hành động khắc phục",
                "Sự không phù hợp: sự không đáp ứng một yêu cầu (TCVN ISO 9000:2015, 3.6.9)"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Lưu đồ")
    flow = [
        ("", "Bắt đầu", "flowChartTerminator", "", ()),
        ("Các phòng, đơn vị; Thư ký ISO", "Phát hiện, ghi nhận SKPH", "flowChartProcess", "BM.ISO.05-01", ()),
        ("Trưởng phòng nơi phát hiện SKPH", "Xử lý SKPH", "flowChartProcess", "BM.ISO.05-01", ()),
        ("Thư ký ISO", "Cần HĐKP?", "flowChartDecision", "BM.ISO.05-01", ("Có ↓          Không → Bước 7",)),
        ("Trưởng phòng nơi xảy ra SKPH", "Xác định nguyên nhân, đề xuất HĐKP", "flowChartProcess", "BM.ISO.05-02", ()),
        ("Giám đốc Sở hoặc Phó Giám đốc Sở phụ trách", "Phê duyệt HĐKP", "flowChartProcess", "BM.ISO.05-02", ()),
        ("Phòng nơi xảy ra SKPH", "Thực hiện HĐKP", "flowChartProcess", "BM.ISO.05-02", ()),
        ("Thư ký ISO", "Kiểm tra hiệu lực HĐKP, lưu hồ sơ", "flowChartProcess", "BM.ISO.05-02; BM.ISO.05-03", ()),
        ("", "Kết thúc", "flowChartTerminator", "", ()),
    ]
    t = grid(doc, 1 + len(flow), 3)
    for j, v in enumerate(["Trách nhiệm", "Lưu đồ", "Biểu mẫu/Hồ sơ"]):
        fill(t.cell(0, j), v, b=True, align=C)
    for i, (who, label, prst, forms, extra) in enumerate(flow):
        fill(t.cell(i + 1, 0), who)
        shape(t.cell(i + 1, 1), label, 300 + i, prst, extra)
        if i < len(flow) - 1:
            arrow(t.cell(i + 1, 1), 400 + i)
        fill(t.cell(i + 1, 2), forms, align=C)
    widths(t, [4.5, 7.5, 4.0])
    h(doc, "5.2. Diễn giải")
    table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Hồ sơ"],
                ["1", "Các phòng, đơn vị, công chức phát hiện SKPH (qua kiểm tra, giám sát, đánh giá nội bộ, phản ánh của tổ chức, cá nhân) ghi nhận vào Phiếu theo dõi sự không phù hợp; thông báo cho Trưởng phòng liên quan và Thư ký ISO.",
                 "Các phòng, đơn vị; Thư ký ISO", "Trong ngày phát hiện SKPH", "BM.ISO.05-01"],
                ["2", "Trưởng phòng nơi phát hiện SKPH chỉ đạo xử lý SKPH: khắc phục, làm lại; trường hợp hồ sơ TTHC bị chậm thì thông báo, xin lỗi tổ chức, cá nhân theo quy định.",
                 "Trưởng phòng nơi phát hiện SKPH", "01 ngày làm việc", "BM.ISO.05-01"],
                ["3", "Thư ký ISO xem xét tính chất, mức độ của SKPH, đề xuất việc có cần thực hiện HĐKP hay không. Trường hợp không cần HĐKP thì chuyển Bước 7.",
                 "Thư ký ISO", "01 ngày làm việc", "BM.ISO.05-01"],
                ["4", "Phân tích nguyên nhân, đề xuất HĐKP, thời hạn hoàn thành và người thực hiện.",
                 "Trưởng phòng nơi xảy ra SKPH", "02 ngày làm việc", "BM.ISO.05-02"],
                ["5", "Xem xét, phê duyệt HĐKP.", "Giám đốc Sở hoặc Phó Giám đốc Sở phụ trách", "01 ngày làm việc", "BM.ISO.05-02"],
                ["6", "Thực hiện HĐKP đã được phê duyệt; báo cáo kết quả cho Thư ký ISO.", "Phòng nơi xảy ra SKPH", "Không quá 10 ngày làm việc", "BM.ISO.05-02"],
                ["7", "Kiểm tra việc thực hiện và hiệu lực của HĐKP; cập nhật Sổ theo dõi SKPH và HĐKP; lưu hồ sơ.",
                 "Thư ký ISO", "02 ngày làm việc", "BM.ISO.05-02; BM.ISO.05-03"]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["BM.ISO.05-01: Phiếu theo dõi sự không phù hợp", "BM.ISO.05-02: Phiếu yêu cầu hành động khắc phục",
                "BM.ISO.05-03: Sổ theo dõi sự không phù hợp và hành động khắc phục"])
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Nơi lưu", "Người lưu", "Thời gian lưu"],
                ["1", "Phiếu theo dõi sự không phù hợp (BM.ISO.05-01)", "Văn phòng Sở", "Thư ký ISO", "03 năm"],
                ["2", "Phiếu yêu cầu hành động khắc phục (BM.ISO.05-02)", "Văn phòng Sở", "Thư ký ISO", "03 năm"],
                ["3", "Sổ theo dõi sự không phù hợp và hành động khắc phục (BM.ISO.05-03)", "Văn phòng Sở", "Thư ký ISO", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "55-so-tu-phap-tan-ha-kiem-soat-su-khong-phu-hop-luu-do.docx")


# =====================================================================
# 56  Bộ Nội vụ, Văn phòng Bộ — quản lý văn bản đi
# =====================================================================
def header_table(section, cells, widths_cm):
    hd = section.header
    hd.is_linked_to_previous = False
    t = hd.add_table(1, len(cells), Cm(sum(widths_cm)))
    t.style = "Table Grid"
    for j, v in enumerate(cells):
        fill(t.cell(0, j), v, size=10, align=C)
    return t


def page_field(cell):
    p = cell.add_paragraph()
    p.alignment = C
    run(p, "Trang: ", size=10)
    add_field(p, "PAGE", "2")
    run(p, "/", size=10)
    add_field(p, "NUMPAGES", "6")


def f56():
    doc = new_document("Quy trình quản lý văn bản đi")
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    t = header_table(s1, [["BỘ NỘI VỤ", "VĂN PHÒNG BỘ"], ["QUY TRÌNH", "QUẢN LÝ VĂN BẢN ĐI"], ["Mã số: QT.VP.03", "Lần ban hành: 01"]],
                     [4.5, 7.5, 4.0])
    page_field(t.cell(0, 2))
    # cover page
    para(doc, "BỘ NỘI VỤ", b=True, after=0)
    para(doc, "VĂN PHÒNG BỘ", b=True, after=12)
    para(doc, "QUY TRÌNH", b=True, align=C, size=16, after=0)
    para(doc, "QUẢN LÝ VĂN BẢN ĐI", b=True, align=C, size=16, after=0)
    para(doc, "(Ban hành kèm theo Quyết định số 58/QĐ-VP ngày 16 tháng 3 năm 2026 của Chánh Văn phòng Bộ)", i=True, align=C, after=12)
    table(doc, [["Mã số", "Lần ban hành", "Ngày ban hành", "Ngày hiệu lực"],
                ["QT.VP.03", "01", "16/3/2026", "16/3/2026"]], center_cols=(0, 1, 2, 3))
    para(doc)
    g = grid(doc, 4, 3)
    for j, v in enumerate(["SOẠN THẢO", "KIỂM TRA", "PHÊ DUYỆT"]):
        fill(g.cell(0, j), v, b=True, align=C)
    for j, v in enumerate(["Chuyên viên Phòng Hành chính – Văn thư", "Trưởng phòng Hành chính – Văn thư", "CHÁNH VĂN PHÒNG"]):
        fill(g.cell(1, j), v, b=True, align=C)
    for j in range(3):
        g.cell(2, j).add_paragraph(); g.cell(2, j).add_paragraph()
    for j, v in enumerate(["Lý Thị Hồng Nhung", "Hà Quang Vinh", "Tạ Minh Khôi"]):
        fill(g.cell(3, j), v, b=True, align=C)
    para(doc)
    para(doc, "THEO DÕI THAY ĐỔI", b=True, align=C)
    table(doc, [["Ngày", "Vị trí", "Nội dung thay đổi", "Lần ban hành"],
                ["16/3/2026", "Toàn bộ", "Ban hành lần đầu", "01"]], center_cols=(0, 1, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Thống nhất trình tự, trách nhiệm quản lý văn bản đi của Bộ Nội vụ từ khi văn bản được người có thẩm quyền ký ban hành đến khi phát hành, theo dõi việc chuyển phát và lưu văn bản đi, bảo đảm văn bản được phát hành đúng thời hạn, đúng thể thức.")
    h(doc, "2. PHẠM VI ÁP DỤNG")
    para(doc, "Áp dụng đối với Văn phòng Bộ, các đơn vị thuộc Bộ có văn bản trình Lãnh đạo Bộ ký ban hành và Văn thư Bộ.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["LTT"], L["GDĐT"], L["30/2020"] + " (Mục 1 Chương III, từ Điều 14 đến Điều 19 về quản lý văn bản đi)",
                L["ISO"], L["19/2014"]])
    h(doc, "4. THUẬT NGỮ VÀ TỪ VIẾT TẮT")
    lines(doc, ["Hệ thống: Hệ thống quản lý tài liệu điện tử (quản lý văn bản và điều hành) của Bộ Nội vụ",
                "Văn thư Bộ: công chức làm công tác văn thư thuộc Phòng Hành chính – Văn thư, Văn phòng Bộ",
                "Đơn vị soạn thảo: đơn vị thuộc Bộ chủ trì soạn thảo văn bản"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Yêu cầu chung")
    para(doc, "Văn bản đi phải được quản lý tập trung tại Văn thư Bộ. Văn bản khẩn phải được phát hành và gửi ngay sau khi ký văn bản.")
    h(doc, "5.2. Trình tự thực hiện")
    para(doc, "(Chi tiết tại bảng trang sau)", i=True)
    # landscape section for the step table, with its own header
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.different_first_page_header_footer = False
    t2 = header_table(s2, ["QT.VP.03 – Quy trình quản lý văn bản đi", "Lần ban hành: 01", ""], [14, 5, 5])
    page_field(t2.cell(0, 2))
    st = table(doc, [["TT", "Công việc", "Trách nhiệm", "Thời gian thực hiện", "Biểu mẫu", "Ghi chú"],
                     ["1", "Kiểm tra thể thức, kỹ thuật trình bày; cấp số, thời gian ban hành văn bản.", "Văn thư Bộ",
                      "Trong ngày văn bản được ký, chậm nhất là trong ngày làm việc tiếp theo", "", "Điều 15 Nghị định số 30/2020/NĐ-CP"],
                     ["2", "Đăng ký văn bản đi trên Hệ thống; in, đóng Sổ đăng ký văn bản đi.", "Văn thư Bộ",
                      "Ngay sau khi cấp số", "BM.VP.03-01", "Điều 16"],
                     ["3", "Nhân bản, đóng dấu, dấu chỉ độ mật, mức độ khẩn (văn bản giấy); ký số của cơ quan (văn bản điện tử).", "Văn thư Bộ",
                      "02 giờ làm việc", "", "Điều 17"],
                     ["4", "Phát hành văn bản qua Hệ thống, Trục liên thông văn bản quốc gia hoặc bưu chính; theo dõi việc chuyển phát văn bản đi.", "Văn thư Bộ; Phòng Hành chính – Văn thư",
                      "Trong ngày văn bản được ký, chậm nhất là trong ngày làm việc tiếp theo", "BM.VP.03-02", "Văn bản khẩn: phát hành ngay sau khi ký"],
                     ["5", "Lưu văn bản đi: bản gốc lưu tại Văn thư Bộ, đóng dấu và sắp xếp theo thứ tự đăng ký; bản chính lưu tại hồ sơ công việc của đơn vị soạn thảo.", "Văn thư Bộ; Đơn vị soạn thảo",
                      "Ngay sau khi phát hành", "", "Điều 19"]],
               center_cols=(0, 4))
    repeat_header(st.rows[0])
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.header.is_linked_to_previous = True
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Tên biểu mẫu", "Mã hiệu"],
                ["1", "Sổ đăng ký văn bản đi", "BM.VP.03-01"],
                ["2", "Sổ theo dõi chuyển phát văn bản giấy", "BM.VP.03-02"]], center_cols=(0, 2))
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Tập lưu bản gốc văn bản đi", "Văn thư Bộ", "Văn phòng Bộ", "Vĩnh viễn"],
                ["2", "Sổ đăng ký văn bản đi (BM.VP.03-01)", "Văn thư Bộ", "Văn phòng Bộ", "20 năm"],
                ["3", "Sổ theo dõi chuyển phát văn bản giấy (BM.VP.03-02)", "Văn thư Bộ", "Văn phòng Bộ", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "56-bo-noi-vu-van-phong-quan-ly-van-ban-di.docx")


# =====================================================================
# 57  Quyết định tỉnh Lam Giang + annex: one procedure, two cases
# =====================================================================
def f57():
    doc = new_document("Quyết định phê duyệt quy trình nội bộ công nhận kết quả thăm dò khoáng sản")
    t = grid(doc, 2, 2, style=None)
    no_borders(t)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH LAM GIANG", "-------"], b=True, align=C)
    fill(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"], b=True, align=C)
    fill(t.cell(1, 0), "Số: 2741/QĐ-UBND", align=C)
    fill(t.cell(1, 1), "Lam Giang, ngày 17 tháng 11 năm 2026", i=True, align=C)
    para(doc)
    para(doc, "QUYẾT ĐỊNH", b=True, align=C, after=0)
    para(doc, "Phê duyệt Danh mục và Quy trình nội bộ thủ tục hành chính công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của Ủy ban nhân dân tỉnh Lam Giang", b=True, align=C)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM GIANG", b=True, align=C)
    for ln in [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
        "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;",
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;",
        "Căn cứ " + L["118"] + ";",
        "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;",
        "Căn cứ " + L["03VPCP"] + ";",
        "Căn cứ Quyết định số 45/2026/QĐ-UBND ngày 02/10/2026 của Ủy ban nhân dân tỉnh quy định trình tự, thủ tục thẩm định, công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của Ủy ban nhân dân tỉnh;",
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 512/TTr-SNNMT ngày 06/11/2026.",
    ]:
        para(doc, ln, i=True)
    para(doc, "QUYẾT ĐỊNH:", b=True, align=C)
    p = para(doc); run(p, "Điều 1. ", b=True); run(p, "Phê duyệt kèm theo Quyết định này 01 (một) Danh mục và Quy trình nội bộ thủ tục hành chính công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của Ủy ban nhân dân tỉnh Lam Giang.")
    p = para(doc); run(p, "Điều 2. ", b=True); run(p, "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh, trong thời hạn 05 ngày làm việc kể từ ngày ký ban hành Quyết định này, xây dựng quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.")
    p = para(doc); run(p, "Điều 3. ", b=True); run(p, "Quyết định này có hiệu lực kể từ ngày ký.")
    p = para(doc); run(p, "Điều 4. ", b=True); run(p, "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Giám đốc Trung tâm Phục vụ hành chính công tỉnh; Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    sg = grid(doc, 1, 2, style=None)
    no_borders(sg)
    c = sg.cell(0, 0)
    fill(c, "Nơi nhận:", b=True, i=True)
    for ln in ["- Như Điều 4;", "- Cục Kiểm soát TTHC, VPCP;", "- Chủ tịch, các PCT UBND tỉnh;", "- Các Sở: NN&MT, KH&CN;", "- Trung tâm Phục vụ HCC tỉnh;", "- Lưu: VT, KSTT."]:
        q = c.add_paragraph(); run(q, ln, size=11)
    fill(sg.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đoàn Minh Triết"], b=True, align=C)
    # ---- Phụ lục I
    page_break(doc)
    para(doc, "PHỤ LỤC I", b=True, align=C, after=0)
    para(doc, "DANH MỤC THỦ TỤC HÀNH CHÍNH", b=True, align=C, after=0)
    para(doc, "(Kèm theo Quyết định số: 2741/QĐ-UBND ngày 17/11/2026 của Chủ tịch UBND tỉnh)", i=True, align=C)
    table(doc, [["TT", "Tên thủ tục hành chính", "Mã số TTHC", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí", "Căn cứ pháp lý"],
                ["1", "Công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của UBND tỉnh Lam Giang", "",
                 "- Trường hợp công nhận kết quả thăm dò đối với khoáng sản nhóm I có quy mô phân tán, nhỏ lẻ; khoáng sản nhóm II: 42 ngày làm việc.\n- Trường hợp công nhận kết quả thăm dò đối với khoáng sản nhóm III: 32 ngày làm việc.",
                 "- Trung tâm Phục vụ hành chính công tỉnh Lam Giang;\n- Qua dịch vụ bưu chính công ích;\n- Cổng Dịch vụ công quốc gia",
                 "Phí thẩm định đánh giá trữ lượng khoáng sản theo quy định của Bộ Tài chính",
                 "- Luật Địa chất và khoáng sản năm 2024;\n- Nghị định số 193/2025/NĐ-CP ngày 02/7/2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Địa chất và khoáng sản;\n- Nghị định số 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định phân quyền, phân cấp trong lĩnh vực nông nghiệp và môi trường;\n- Thông tư số 37/2025/TT-BNNMT ngày 02/7/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường quy định mẫu báo cáo, tài liệu, giấy phép và quyết định trong thăm dò, khai thác khoáng sản."]],
          center_cols=(0, 2))
    # ---- Phụ lục II
    page_break(doc)
    para(doc, "PHỤ LỤC II", b=True, align=C, after=0)
    para(doc, "NỘI DUNG CỤ THỂ CỦA QUY TRÌNH NỘI BỘ THỦ TỤC HÀNH CHÍNH", b=True, align=C, after=0)
    para(doc, "(Kèm theo Quyết định số: 2741/QĐ-UBND ngày 17 tháng 11 năm 2026 của Chủ tịch UBND tỉnh)", i=True, align=C)
    para(doc, "1. Công nhận kết quả thăm dò khoáng sản thuộc thẩm quyền của UBND tỉnh Lam Giang", b=True)
    t = grid(doc, 0, 5)

    def row(cells, bold=False):
        return spans(t, [(text, span, bold, None) for text, span in cells])

    row([("1", 1), ("KÝ HIỆU QUY TRÌNH", 2), ("QT.ĐCKS.01", 2)], bold=True)
    row([("2", 1), ("NỘI DUNG QUY TRÌNH", 4)], bold=True)
    row([("2.1", 1), ("Điều kiện thực hiện TTHC: Không.", 4)])
    row([("2.2", 1), ("Cách thức thực hiện TTHC:\n- Trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Lam Giang;\n- Qua dịch vụ bưu chính công ích;\n- Trực tuyến trên Cổng Dịch vụ công quốc gia.", 4)])
    row([("2.3", 1), ("Thành phần hồ sơ, bao gồm:", 2), ("Bản chính", 1), ("Bản sao", 1)])
    for item in ["Văn bản đề nghị công nhận kết quả thăm dò khoáng sản theo mẫu BM.ĐCKS.01.01;",
                 "Báo cáo kết quả thăm dò khoáng sản hoặc báo cáo kết quả thăm dò bổ sung công trình nâng cấp trữ lượng khoáng sản;",
                 "Các phụ lục, bản vẽ và tài liệu nguyên thủy có liên quan; tài liệu luận giải chỉ tiêu tính trữ lượng;",
                 "Biên bản nghiệm thu khối lượng, chất lượng công trình thăm dò khoáng sản đã thi công."]:
        row([("-", 1), (item, 2), ("x", 1), ("", 1)])
    row([("2.4", 1), ("Số lượng hồ sơ: 01 (bộ)", 4)])
    row([("2.5", 1), ("Thời hạn giải quyết:\n- Trường hợp công nhận kết quả thăm dò đối với khoáng sản nhóm I có quy mô phân tán, nhỏ lẻ; khoáng sản nhóm II: 42 ngày làm việc.\n- Trường hợp công nhận kết quả thăm dò đối với khoáng sản nhóm III: 32 ngày làm việc.", 4)])
    row([("2.6", 1), ("Địa điểm tiếp nhận hồ sơ và trả kết quả giải quyết TTHC: Trung tâm Phục vụ hành chính công tỉnh Lam Giang; Hệ thống thông tin giải quyết TTHC tỉnh Lam Giang.", 4)])
    row([("2.7", 1), ("- Cơ quan có thẩm quyền quyết định: UBND tỉnh.\n- Cơ quan trực tiếp thực hiện: Sở Nông nghiệp và Môi trường.\n- Cơ quan phối hợp: Các Sở, ngành và UBND cấp xã nơi có hoạt động thăm dò khoáng sản.", 4)])
    row([("2.8", 1), ("Đối tượng thực hiện TTHC: Tổ chức, cá nhân.", 4)])
    row([("2.9", 1), ("Kết quả giải quyết TTHC: Quyết định công nhận kết quả thăm dò khoáng sản hoặc Văn bản trả lời nêu rõ lý do.", 4)])
    row([("2.10", 1), ("Quy trình xử lý công việc", 4)], bold=True)
    row([("TT", 1), ("Trình tự", 1), ("Trách nhiệm", 1), ("Thời gian", 1), ("Biểu mẫu/Kết quả", 1)], bold=True)
    TN = "Công chức TN&TKQ và tổ chức, cá nhân"
    CV = "Chuyên viên được giao xử lý hồ sơ"

    def case(times):
        steps = [
            ("B1", "Tiếp nhận hồ sơ trực tiếp từ tổ chức, cá nhân hoặc qua dịch vụ bưu chính công ích hoặc Hệ thống thông tin giải quyết TTHC tỉnh; kiểm tra hồ sơ: hồ sơ không hợp lệ thì trả lại và thông báo rõ lý do; hồ sơ hợp lệ thì tiếp nhận, hẹn trả kết quả.", TN, "Mẫu số 01; 02 (nếu có); 06 và 01 bộ hồ sơ theo mục 2.3"),
            ("B2", "Chuyển hồ sơ về Sở Nông nghiệp và Môi trường; Văn thư tiếp nhận, chuyển Phòng Khoáng sản giải quyết.", "Công chức TN&TKQ hoặc nhân viên Bưu điện; Văn thư", "Mẫu 01, 05 và hồ sơ kèm theo"),
            ("B3", "Kiểm tra hồ sơ: nếu chưa đủ điều kiện xử lý thì tham mưu Sở thông báo cho tổ chức, cá nhân bổ sung, điều chỉnh; nếu đủ điều kiện thì chuyển B4.", CV + ", lãnh đạo phòng, lãnh đạo Sở, Văn thư", "Mẫu 05; Văn bản thông báo bổ sung, điều chỉnh hồ sơ"),
            ("B4", "Thẩm định hồ sơ: kiểm tra nội dung; thẩm định báo cáo kết quả thăm dò; tổ chức phiên họp Hội đồng thẩm định.", "Thành viên Hội đồng thẩm định, " + CV + ", Lãnh đạo phòng, Lãnh đạo Sở", "Mẫu 05, Biên bản họp Hội đồng thẩm định; Phiếu nhận xét"),
            ("B5", "Tổng hợp kết quả thẩm định sau khi họp Hội đồng: không đủ điều kiện thì tham mưu văn bản trả hồ sơ (chuyển B9); đủ điều kiện thì chuyển B6; phải bổ sung, hoàn thiện thì thông báo cho tổ chức, cá nhân.", CV + "; Lãnh đạo phòng; Lãnh đạo Sở; Văn thư", "Mẫu 05, 06"),
            ("B6", "Dự thảo Tờ trình đề nghị UBND tỉnh, dự thảo Quyết định công nhận kết quả thăm dò khoáng sản hoặc Văn bản thông báo trả hồ sơ; trình lãnh đạo phòng.", CV, "Mẫu 05; Dự thảo Tờ trình, Quyết định"),
            ("B7", "Xem xét, ký nháy kết quả tại B6.", "Trưởng phòng", "Mẫu 05 kèm hồ sơ"),
            ("B8", "Ký duyệt Tờ trình.", "Lãnh đạo Sở", "Mẫu 05 kèm hồ sơ"),
            ("B9", "Đóng dấu, phát hành văn bản; trình hồ sơ sang UBND tỉnh qua Trung tâm Phục vụ hành chính công tỉnh.", "Văn thư", "Hồ sơ, Tờ trình và dự thảo Quyết định"),
            ("B10", "UBND tỉnh xem xét, giải quyết; chuyển kết quả cho Sở Nông nghiệp và Môi trường qua Trung tâm Phục vụ hành chính công tỉnh.", "UBND tỉnh", "Quyết định công nhận kết quả thăm dò khoáng sản hoặc Văn bản trả lời nêu rõ lý do"),
            ("B11", "Thông báo cho tổ chức, cá nhân nhận kết quả; trả kết quả.", "Cán bộ TN&TKQ và tổ chức, cá nhân", "Mẫu 05, 06; Quyết định công nhận kết quả thăm dò khoáng sản"),
        ]
        for (n, act, who, form), tm in zip(steps, times):
            row([(n, 1), (act, 1), (who, 1), (tm, 1), (form, 1)])

    row([("I", 1), ("Trường hợp công nhận kết quả thăm dò đối với khoáng sản nhóm I có quy mô phân tán, nhỏ lẻ; khoáng sản nhóm II", 4)], bold=True)
    case(["Giờ hành chính", "0,5 ngày", "03 ngày", "12 ngày", "06 ngày", "06 ngày", "02 ngày", "02 ngày", "0,5 ngày", "10 ngày", "Giờ hành chính"])
    row([("II", 1), ("Trường hợp công nhận kết quả thăm dò đối với khoáng sản nhóm III", 4)], bold=True)
    case(["Giờ hành chính", "0,5 ngày", "03 ngày", "10 ngày", "04 ngày", "03 ngày", "02 ngày", "02 ngày", "0,5 ngày", "07 ngày", "Giờ hành chính"])
    t.style = "Table Grid"
    widths(t, [1.4, 6.2, 3.4, 1.8, 3.2])
    save(doc, "57-qd-ubnd-tinh-lam-giang-quy-trinh-noi-bo-tham-do-khoang-san.docx")


# =====================================================================
# 58  UBND phường An Hòa — đăng ký nhận cha, mẹ, con (prose legal basis)
# =====================================================================
def f58():
    doc = new_document("Quy trình đăng ký nhận cha, mẹ, con")
    t = grid(doc, 4, 3)
    a = t.cell(0, 0).merge(t.cell(3, 0))
    fill(a, ["UBND PHƯỜNG AN HÒA", "", "TỈNH TÂN HÀ"], b=True, align=C)
    b = t.cell(0, 1).merge(t.cell(3, 1))
    fill(b, ["QUY TRÌNH", "ĐĂNG KÝ NHẬN CHA, MẸ, CON"], b=True, align=C)
    q = b.add_paragraph(); run(q, "(Mã TTHC: 1.001022)", i=True); q.alignment = C
    for k, v in enumerate(["Mã số: QT-HT-05", "Lần ban hành: 01", "Ngày ban hành: 02/3/2026", "Ngày hiệu lực: 02/3/2026"]):
        fill(t.cell(k, 2), v)
    para(doc)
    table(doc, [["Trách nhiệm", "Soạn thảo", "Kiểm tra", "Phê duyệt"],
                ["Họ tên", "Võ Thị Ngọc Hân", "Huỳnh Tấn Lộc", "Mai Thanh Sơn"],
                ["Chức vụ", "Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"],
                ["Ký tên", "", "", ""]], center_cols=(1, 2, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký nhận cha, mẹ, con tại UBND phường An Hòa, bảo đảm đúng quy định của pháp luật về hộ tịch.")
    h(doc, "2. PHẠM VI ÁP DỤNG")
    para(doc, "Áp dụng đối với công dân Việt Nam cư trú ở trong nước có yêu cầu đăng ký nhận cha, mẹ, con; công chức Trung tâm Phục vụ hành chính công phường, công chức Văn phòng HĐND và UBND phường phụ trách tư pháp - hộ tịch và Lãnh đạo UBND phường.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    for ln in [
        "Căn cứ Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014 (từ Điều 88 đến Điều 102 về xác định cha, mẹ, con); Luật Hộ tịch ngày 20 tháng 11 năm 2014 (Điều 24, Điều 25) và Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
        "Căn cứ Nghị định số 123/2015/NĐ-CP ngày 15.11.2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch (sau đây viết tắt là NĐ 123), được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP ngày 09.01.2025 của Chính phủ; Nghị định số 87/2020/NĐ-CP ngày 28.7.2020 của CP quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến;",
        "Căn cứ Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và NĐ 123 (Điều 14 về chứng cứ chứng minh quan hệ cha, mẹ, con);",
        "Căn cứ NĐ số 118/2025/NĐ-CP ngày 09/6/2025 của CP về thực hiện TTHC theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng DVC quốc gia và TT số 03/2025/TT-VPCP ngày 15/9/2025 của VPCP hướng dẫn thi hành một số nội dung của NĐ 118/2025/NĐ-CP.",
    ]:
        para(doc, ln, i=True)
    h(doc, "4. TỪ VIẾT TẮT")
    lines(doc, ["NĐ: Nghị định; TT: Thông tư; CP: Chính phủ; VPCP: Văn phòng Chính phủ", "DVC: Dịch vụ công",
                "TTHC: Thủ tục hành chính", "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường An Hòa"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "Chứng cứ chứng minh quan hệ cha, mẹ, con theo Điều 14 Thông tư số 04/2020/TT-BTP",
                "Giấy tờ tùy thân của các bên (xuất trình)"])
    h(doc, "5.2. Số lượng hồ sơ: 01 (một) bộ.")
    h(doc, "5.3. Thời gian xử lý")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ giấy tờ theo quy định; trường hợp cần phải xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả: Trung tâm PVHCC phường An Hòa.")
    h(doc, "5.5. Lệ phí: Theo Nghị quyết của HĐND tỉnh Tân Hà.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = table(doc, [["Thứ tự", "Công việc", "Người thực hiện", "Thời hạn", "Sản phẩm"],
                    ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ hoặc Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "0,5 ngày làm việc", "Mẫu 01, 02, 06"],
                    ["2", "Kiểm tra, xác minh (nếu cần); ghi Sổ đăng ký nhận cha, mẹ, con; dự thảo Trích lục; trình ký.", "Công chức Văn phòng HĐND và UBND phường phụ trách tư pháp - hộ tịch", "01 ngày làm việc", "Mẫu 06; Dự thảo Trích lục"],
                    ["3", "Ký Trích lục đăng ký nhận cha, mẹ, con.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "0,5 ngày làm việc", "Mẫu 06; Trích lục đã ký"],
                    ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND phường", "0,5 ngày làm việc", "Mẫu 06"],
                    ["5", "Các bên ký Sổ đăng ký nhận cha, mẹ, con; trả Trích lục; cập nhật Hệ thống thông tin giải quyết TTHC và Cơ sở dữ liệu hộ tịch điện tử.", "Công chức Trung tâm PVHCC; công chức phụ trách tư pháp - hộ tịch", "0,5 ngày làm việc", "Mẫu 06; Trích lục đăng ký nhận cha, mẹ, con"]],
              center_cols=(0, 3))
    r = t.add_row()
    c = r.cells[0].merge(r.cells[2]); fill(c, "Cộng", b=True, align=C)
    fill(r.cells[3], "03 ngày làm việc", b=True, align=C)
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: " + BM["01"], "Mẫu 02: " + BM["02"], "Mẫu 06: " + BM["06"]])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ đăng ký nhận cha, mẹ, con", "Công chức phụ trách tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["2", "Hồ sơ đăng ký nhận cha, mẹ, con", "Công chức phụ trách tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "58-phuong-an-hoa-dang-ky-nhan-cha-me-con.docx")


# =====================================================================
# 59  UBND xã Phước Lộc — cấp bản sao từ sổ gốc, issue 03
# =====================================================================
def f59():
    doc = new_document("Quy trình cấp bản sao từ sổ gốc")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["UBND XÃ PHƯỚC LỘC", "TỈNH HÒA AN"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "CẤP BẢN SAO TỪ SỔ GỐC", "Mã TTHC: 2.000908"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã hiệu: QT.TP.02", "Lần ban hành: 03", "Ngày ban hành: 12/01/2026", "Ngày hiệu lực: 15/01/2026"])
    para(doc)
    table(doc, [["", "Người soạn thảo", "Người xem xét", "Người phê duyệt"],
                ["Họ và tên", "Trần Thị Bích Liên", "Lâm Văn Tài", "Nguyễn Thành Công"],
                ["Chức vụ", "Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
                ["Chữ ký", "", "", ""],
                ["Ngày", "08/01/2026", "09/01/2026", "12/01/2026"]], center_cols=(1, 2, 3))
    para(doc)
    para(doc, "BẢNG THEO DÕI NHỮNG THAY ĐỔI", b=True, align=C)
    table(doc, [["STT", "Lần sửa đổi", "Trang", "Nội dung thay đổi", "Ngày"],
                ["1", "00", "Tất cả", "Ban hành lần đầu (UBND xã Phước Lộc, huyện Đông Hải).", "20/3/2023"],
                ["2", "01", "Tất cả", "Cập nhật tên cơ quan sau sắp xếp đơn vị hành chính (xã Phước Lộc, xã Phước Hải và thị trấn Đông Hải hợp nhất thành xã Phước Lộc); bỏ bước chuyển hồ sơ lên UBND huyện; thay thế căn cứ Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP bằng Nghị định số 118/2025/NĐ-CP.", "01/7/2025"],
                ["3", "02", "3, 5", "Cập nhật Nghị định số 280/2025/NĐ-CP; chuyển việc tiếp nhận hồ sơ về Trung tâm Phục vụ hành chính công xã; rút thời gian xem xét, ký từ 04 giờ xuống 02 giờ làm việc.", "12/01/2026"]],
          center_cols=(0, 1, 2, 4))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục cấp bản sao từ sổ gốc tại UBND xã Phước Lộc.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân, tổ chức có yêu cầu cấp bản sao từ sổ gốc do UBND xã Phước Lộc đang quản lý sổ gốc; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["23"], L["07"], L["280"], L["118"], L["03VPCP"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    lines(doc, ["Sổ gốc: sổ do cơ quan, tổ chức có thẩm quyền lập ra khi thực hiện việc cấp bản chính, trong đó có ghi đầy đủ, chính xác nội dung của bản chính", "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Phước Lộc"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Giấy tờ tùy thân của người yêu cầu (xuất trình)", "Giấy tờ chứng minh là người có quyền yêu cầu cấp bản sao từ sổ gốc (trường hợp người yêu cầu không phải là người được cấp bản chính)"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời gian xử lý")
    para(doc, "Ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Phước Lộc.")
    h(doc, "5.5. Lệ phí")
    para(doc, "Theo quy định hiện hành của Bộ Tài chính.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                    ["B1", "Tiếp nhận yêu cầu, kiểm tra giấy tờ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (trường hợp trả trong ngày làm việc tiếp theo), Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01, 06"],
                    ["B2", "Kiểm tra sổ gốc, đối chiếu; dự thảo bản sao từ sổ gốc; trình ký.", "Công chức Văn phòng HĐND và UBND xã", "03 giờ làm việc", "Mẫu 06; Dự thảo bản sao"],
                    ["B3", "Xem xét, ký bản sao từ sổ gốc.", "Chánh Văn phòng HĐND và UBND xã", "01 giờ làm việc", "Mẫu 06"],
                    ["", "", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "01 giờ làm việc", ""],
                    ["B4", "Đóng dấu, ghi Sổ cấp bản sao từ sổ gốc; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "01 giờ làm việc", "Mẫu 06"],
                    ["B5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 06; Bản sao từ sổ gốc"]],
              center_cols=(0, 3))
    for col in (0, 1, 4):
        t.cell(3, col).merge(t.cell(4, col))
    total_row(t, "Tổng thời gian: 08 giờ làm việc")
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "Mẫu 01", BM["01"]], ["2", "Mẫu 06", BM["06"]]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ cấp bản sao từ sổ gốc", "Công chức Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"]], center_cols=(0, 4))
    save(doc, "59-xa-phuoc-loc-cap-ban-sao-tu-so-goc-lan-3.docx")


# =====================================================================
# 60  UBND xã Hòa Thạnh — chứng thực chữ ký người dịch (DEFECT: 01/2018/TT-VPCP)
# =====================================================================
def f60():
    doc = new_document("Quy trình chứng thực chữ ký người dịch là cộng tác viên dịch thuật")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["UBND XÃ HÒA THẠNH"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "CHỨNG THỰC CHỮ KÝ NGƯỜI DỊCH MÀ NGƯỜI DỊCH LÀ CỘNG TÁC VIÊN DỊCH THUẬT CỦA ỦY BAN NHÂN DÂN CẤP XÃ"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã số: QT.TP.09", "Lần ban hành: 01", "Ngày ban hành: 20/4/2026", "Mã TTHC: 2.000992"])
    para(doc)
    table(doc, [["", "Soạn thảo", "Xem xét", "Phê duyệt"],
                ["Họ tên", "Phạm Thị Kiều Oanh", "Đỗ Văn Khánh", "Lưu Minh Quang"],
                ["Chức vụ", "Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
                ["Chữ ký", "", "", ""]], center_cols=(1, 2, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm chứng thực chữ ký người dịch là cộng tác viên dịch thuật của UBND xã Hòa Thạnh.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với người dịch là cộng tác viên dịch thuật của UBND xã Hòa Thạnh có yêu cầu chứng thực chữ ký trên bản dịch; công chức Trung tâm Phục vụ hành chính công xã và Văn phòng HĐND và UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["23"], L["07"], L["280"], L["118"], L["01/2018"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    lines(doc, ["CTV: Cộng tác viên dịch thuật", "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Hòa Thạnh"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Bản dịch đính kèm giấy tờ, văn bản cần dịch", "Giấy tờ tùy thân của người dịch (xuất trình)"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời gian xử lý")
    para(doc, "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Hòa Thạnh.")
    h(doc, "5.5. Phí")
    para(doc, "10.000 đồng/trường hợp.")
    h(doc, "5.6. Quy trình xử lý công việc")
    table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                ["1", "Tiếp nhận bản dịch và giấy tờ; đối chiếu chữ ký người dịch với chữ ký mẫu của CTV đã đăng ký; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01, 06"],
                ["2", "Kiểm tra; ghi lời chứng; ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã", "03 giờ làm việc", "Mẫu 06"],
                ["3", "Ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ làm việc", "Mẫu 06"],
                ["4", "Đóng dấu; trả kết quả, thu phí; cập nhật Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 06; Bản dịch đã chứng thực chữ ký người dịch"]],
          center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    lines(doc, ["Mẫu 01: " + BM["01"], "Mẫu 06: " + BM["06"]])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ chứng thực chữ ký người dịch", "Công chức Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Bản dịch đã chứng thực (bản lưu)", "Công chức Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND xã", "02 năm"],
                ["3", "Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"]], center_cols=(0, 4))
    save(doc, "60-xa-hoa-thanh-chung-thuc-chu-ky-nguoi-dich-can-cu-cu.docx")


# =====================================================================
# 61  Trung tâm PVHCC tỉnh Tân Hà — số hóa hồ sơ (auto-numbered steps)
# =====================================================================
def f61():
    doc = new_document("Quy trình tiếp nhận và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính")
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["VĂN PHÒNG UBND TỈNH TÂN HÀ", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "TIẾP NHẬN VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã hiệu: QT.TT.04", "Lần ban hành: 01", "Ngày ban hành: 10/8/2026", "Ngày hiệu lực: 10/8/2026"])
    para(doc)
    table(doc, [["", "Soạn thảo", "Kiểm tra", "Phê duyệt"],
                ["Họ và tên", "Ngô Thị Thanh Trúc", "Vương Đình Nam", "Kha Văn Hiếu"],
                ["Chức vụ", "Viên chức Phòng Tiếp nhận và Trả kết quả", "Phó Giám đốc Trung tâm", "Giám đốc Trung tâm"],
                ["Ngày", "05/8/2026", "07/8/2026", "10/8/2026"]], center_cols=(1, 2, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định việc tiếp nhận, số hóa hồ sơ và kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh Tân Hà, bảo đảm hồ sơ được số hóa đầy đủ, đúng thời gian và được tái sử dụng.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công chức, viên chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh Tân Hà và công chức các sở, ngành được cử đến làm việc tại Trung tâm.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    lines(doc, [L["GDĐT"], L["118"], L["03VPCP"], L["ISO"]])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    lines(doc, ["Số hóa: việc chuyển đổi hồ sơ, kết quả giải quyết TTHC từ văn bản giấy sang văn bản điện tử", "Hệ thống: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Tân Hà"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    nid = add_numbering(doc, "decimal", "Bước %1.")
    steps = [
        ("Tiếp nhận hồ sơ giấy, kiểm tra tính đầy đủ, hợp lệ của hồ sơ.", "Công chức, viên chức tiếp nhận tại Trung tâm", "15 phút/hồ sơ", "BM.TT.04-01"),
        ("Số hóa thành phần hồ sơ: quét, ký số, lưu vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia.", "Công chức, viên chức tiếp nhận tại Trung tâm", "30 phút/hồ sơ", "BM.TT.04-01"),
        ("Kiểm tra chất lượng bản số hóa, cập nhật vào Hệ thống; chuyển hồ sơ điện tử đến cơ quan có thẩm quyền giải quyết.", "Viên chức phụ trách số hóa", "02 giờ làm việc", "BM.TT.04-01"),
        ("Tiếp nhận kết quả giải quyết từ cơ quan có thẩm quyền; số hóa kết quả, ký số và cập nhật vào Hệ thống.", "Viên chức phụ trách số hóa", "30 phút/hồ sơ", "BM.TT.04-02"),
        ("Trả kết quả cho tổ chức, cá nhân; lưu hồ sơ giấy theo quy định.", "Công chức, viên chức trả kết quả tại Trung tâm", "15 phút/hồ sơ", "BM.TT.04-02"),
    ]
    for action, who, time, form in steps:
        p = para(doc, action)
        set_num(p, nid)
        para(doc, "- Người thực hiện: " + who + ";")
        para(doc, "- Thời gian: " + time + ";")
        para(doc, "- Biểu mẫu: " + form + ".")
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "BM.TT.04-01", "Sổ theo dõi số hóa hồ sơ TTHC"],
                ["2", "BM.TT.04-02", "Sổ theo dõi số hóa kết quả giải quyết TTHC"]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ")
    table(doc, [["TT", "Tên hồ sơ", "Người lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ theo dõi số hóa hồ sơ TTHC (BM.TT.04-01)", "Viên chức phụ trách số hóa", "Trung tâm Phục vụ hành chính công tỉnh", "05 năm"],
                ["2", "Sổ theo dõi số hóa kết quả giải quyết TTHC (BM.TT.04-02)", "Viên chức phụ trách số hóa", "Trung tâm Phục vụ hành chính công tỉnh", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "61-trung-tam-pvhcc-tan-ha-so-hoa-ho-so.docx")


if __name__ == "__main__":
    for f in (f54, f55, f56, f57, f58, f59, f60, f61):
        f()
    print("ok")
