#!/usr/bin/env python3
"""Writes the Word files 92–97 of the corpus (tests/corpus/docx/), next to
this script (PENDING ones, not read right yet, into pending/): the sixth
field test of the Word reader (python-docx 1.2.0 + lxml; helpers from
_lib.py; models and sources in pending/field6/README.md, the readings typed
before the program ran in pending/field6/expected/, the first results in
pending/field6/REPORT.md).

Each file is a plausible upload of a Vietnamese agency in late 2026, built
around one way of writing a procedure the corpus (01–91) does not have yet.
Agencies (tỉnh Hòa An, Lam Giang, Tân Hà, Bình Sơn, their xã/phường, the
department of a ministry), people and internal codes are invented; laws,
decrees, circulars, their numbers and dates, national TTHC codes, limits and
fees are real (sources in README.md).

  92  Bộ Xây dựng – Vụ Kế hoạch – Tài chính: hành động khắc phục (QT.ISO.05),
      an INTERNAL procedure of the QMS, written as a ministry department
      writes it: no statutory limit; responsible roles "Thư ký ISO", "Ban
      ISO", "Trưởng Ban ISO", "Lãnh đạo đơn vị có sự không phù hợp"; step
      times that say WHEN, not how long: "Khi có yêu cầu", "Theo kế hoạch",
      "Định kỳ 06 tháng", "Hằng năm", next to two real durations (05 and 02
      ngày làm việc); approver "VỤ TRƯỞNG". Clean.
  93  UBND xã Phước Thạnh (Hòa An): cấp Giấy xác nhận tình trạng hôn nhân
      (1.004873), a Word file CONVERTED FROM PDF: every printed line of the
      body is its own paragraph (sentences cut mid-line, a decree number cut
      at its hyphen "…/NĐ-" | "CP …"), headings on their own lines, page
      numbers "Trang 1/4" … as paragraphs between the pages, the step table
      a real table whose cells hold their text broken into several
      paragraphs mid-sentence ("04 giờ làm" | "việc"), cut in two at a page
      end: the second table has no header row and starts with the rest of
      step 3 in a row of its own (empty number, responsible and time
      cells). Clean.
  94  Sở Nội vụ tỉnh Hòa An: đăng ký nội quy lao động (2.001955), sections
      numbered on three levels ("5.2.1.", "5.6.1.", "5.6.2.") and steps with
      sub-steps "B1.1", "B1.2" under "B1", "B2.1", "B2.2" under "B2"; each
      parent row carries the sum of its sub-steps' times (B1 "0,5 ngày làm
      việc" = 02 + 02 giờ; B2 "05 ngày làm việc" = 04 + 01 ngày), the total
      row "07 ngày làm việc" counts the parents once. Clean.
  95  UBND xã Phú Xuân (Tân Hà): đăng ký thành lập hộ kinh doanh (1.001612),
      limit "03 ngày làm việc", step times as a commune writes them: "Ngay
      sau khi nhận hồ sơ", "01 ngày" (the procedure counts working days),
      "½ ngày", "01 buổi", "Trong ngày", "Theo giấy hẹn" for the return step;
      together 1 + 0,5 + 0,5 + 1 = 3 working days. Clean.
  96  UBND phường Long Thạnh (Bình Sơn): chứng thực chữ ký (2.000884), issue
      02. The code and issue are ONLY in the page header part (header1.xml:
      "QT.TP.03 | Lần ban hành: 02 | Trang PAGE/NUMPAGES"); the first page is
      a title block (agency, "QUY TRÌNH", title, TTHC code, dates) and the
      change log; the signature grid is on the LAST page after section 7.
      PLANTED: the approver dated 12/11/2026, after the issue date
      06/11/2026 and the effective date 10/11/2026 → DOC-004.
  97  Sở Nông nghiệp và Môi trường tỉnh Lam Giang: công nhận kết quả thăm dò
      khoáng sản nhóm III (1.014466), done at two levels: the limit "45 ngày
      … (Sở Nông nghiệp và Môi trường: 40 ngày; UBND tỉnh: 05 ngày)", the
      steps in two tables "5.6.1. Thời gian tại Sở …" (B1–B5, sub-total row
      "Cộng thời gian tại Sở: 40 ngày") and "5.6.2. Thời gian tại UBND tỉnh"
      (B6–B8, "Cộng …: 05 ngày"), then "Tổng thời gian giải quyết: 45
      ngày". PLANTED: B2 takes 36 ngày, so the Sở's steps take 41 days and
      all steps 46 days against 45 → DOC-033.

Usage: python3 generate-field6.py [OUTDIR]   (default: beside this script; deterministic: fixed core
properties and zip times, _lib.stable_zip).
"""
import os
import sys
import textwrap

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
import _lib  # noqa: E402
from _lib import C, fill, grid, h, new_document, page_break, para, run, spans, table, widths, add_field  # noqa: E402
from docx.shared import Pt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else CORPUS
# Files the reader does not read right yet: written to pending/.
PENDING: set = {"92", "93"}

L = {
    "LHT": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
    "123": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "07": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
    "04BTP": "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "118": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "03VPCP": "Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP",
    "23": "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "280": "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
    "01BTP": "Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
    "226": "Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực",
    "LDN": "Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020",
    "168": "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp",
    "BLLĐ": "Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019",
    "145": "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
    "ISO": "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
    "19/2014": "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
    "LKS": "Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29/11/2024",
    "193": "Nghị định số 193/2025/NĐ-CP ngày 02/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Địa chất và khoáng sản",
}
BM = {"01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
      "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
      "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ"}


def save(doc, name):
    return _lib.save_to(doc, name, OUT, PENDING)


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


# ------------------------------------------------------------------ 92: an internal QMS procedure of a ministry department
def f92():
    doc = new_document("Quy trình hành động khắc phục")
    header_table(doc, ["BỘ XÂY DỰNG", "VỤ KẾ HOẠCH – TÀI CHÍNH"], ["QUY TRÌNH", "HÀNH ĐỘNG KHẮC PHỤC"],
                 ["Mã hiệu: QT.ISO.05", "Lần ban hành: 01", "Ngày ban hành: 02/11/2026", "Ngày hiệu lực: 02/11/2026"])
    para(doc)
    grid3(doc, ["Đinh Thị Thu Hà", "Lưu Quang Vinh", "Tạ Minh Đức"],
          ["Chuyên viên chính, Thư ký ISO", "Phó Vụ trưởng", "VỤ TRƯỞNG"],
          ["20/10/2026", "27/10/2026", "02/11/2026"],
          roles=("Người soạn thảo", "Người xem xét", "Người phê duyệt"))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định cách thức xác định nguyên nhân và thực hiện hành động khắc phục nhằm loại bỏ nguyên nhân của sự không phù hợp, ngăn ngừa việc tái diễn trong Hệ thống quản lý chất lượng của Vụ Kế hoạch – Tài chính.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các phòng, bộ phận và công chức thuộc Vụ Kế hoạch – Tài chính trong phạm vi áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    _lib.lines(doc, [L["ISO"] + " (điều 10.2)", L["19/2014"], "Sổ tay chất lượng của Vụ Kế hoạch – Tài chính (STCL)"])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["HĐKP: Hành động khắc phục",
                     "Ban ISO: Ban chỉ đạo ISO của Vụ, do Vụ trưởng làm Trưởng ban",
                     "Thư ký ISO: công chức được Vụ trưởng phân công giúp Ban ISO theo dõi Hệ thống quản lý chất lượng",
                     "QT.ISO.04: Quy trình kiểm soát đầu ra không phù hợp; QT.ISO.06: Quy trình xem xét của lãnh đạo"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Lưu ý chung")
    para(doc, "Thời hạn hoàn thành từng hành động khắc phục do lãnh đạo đơn vị đề xuất trong Phiếu yêu cầu hành động khắc phục và được Trưởng Ban ISO phê duyệt.")
    h(doc, "5.2. Các bước thực hiện")
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Hồ sơ"],
        ["1", "Nhận biết sự không phù hợp từ kết quả đánh giá nội bộ, đánh giá của tổ chức chứng nhận, phản ánh, kiến nghị của tổ chức, cá nhân, đầu ra không phù hợp (QT.ISO.04) hoặc kết quả xem xét của lãnh đạo; lập Phiếu yêu cầu hành động khắc phục.",
         "Thư ký ISO; Chuyên gia đánh giá nội bộ", "Khi có yêu cầu", "BM.ISO.05.01"],
        ["2", "Phân tích nguyên nhân của sự không phù hợp; đề xuất hành động khắc phục và thời hạn hoàn thành.",
         "Lãnh đạo đơn vị có sự không phù hợp", "05 ngày làm việc", "BM.ISO.05.01"],
        ["3", "Xem xét, phê duyệt hành động khắc phục.", "Trưởng Ban ISO", "02 ngày làm việc", "BM.ISO.05.01"],
        ["4", "Thực hiện hành động khắc phục đã được phê duyệt.", "Đơn vị có sự không phù hợp", "Theo kế hoạch", "BM.ISO.05.01"],
        ["5", "Kiểm tra, xác nhận hiệu lực của hành động khắc phục; cập nhật Sổ theo dõi hành động khắc phục.",
         "Thư ký ISO; Ban ISO", "Định kỳ 06 tháng", "BM.ISO.05.02"],
        ["6", "Tổng hợp, báo cáo kết quả thực hiện hành động khắc phục tại cuộc họp xem xét của lãnh đạo (QT.ISO.06).",
         "Thư ký ISO", "Hằng năm", "BM.ISO.05.03"],
    ], center_cols=(0, 3))
    widths(t, [1.0, 7.0, 3.4, 2.4, 2.6])
    forms_table(doc, [("BM.ISO.05.01", "Phiếu yêu cầu hành động khắc phục"),
                      ("BM.ISO.05.02", "Sổ theo dõi hành động khắc phục"),
                      ("BM.ISO.05.03", "Báo cáo kết quả thực hiện hành động khắc phục")])
    records_table(doc, [
        ("Phiếu yêu cầu hành động khắc phục đã hoàn thành", "Thư ký ISO", "Bộ phận Tổng hợp – Vụ Kế hoạch – Tài chính", "03 năm"),
        ("Sổ theo dõi hành động khắc phục", "Thư ký ISO", "Bộ phận Tổng hợp – Vụ Kế hoạch – Tài chính", "05 năm"),
        ("Báo cáo kết quả thực hiện hành động khắc phục", "Thư ký ISO", "Bộ phận Tổng hợp – Vụ Kế hoạch – Tài chính", "05 năm"),
    ])
    save(doc, "92-vu-khtc-bo-xay-dung-hanh-dong-khac-phuc-thoi-gian-theo-ke-hoach.docx")


# ------------------------------------------------------------------ 93: a Word file converted from PDF
def pdf_lines(doc, text, width=86, first_indent=False, b=False):
    """One paragraph per printed line, as a PDF-to-Word conversion leaves
    them (no spacing after, left aligned)."""
    for ln in textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False):
        p = para(doc, ln, b=b, after=0)
        p.paragraph_format.space_before = Pt(0)


def pdf_raw(doc, lines_, b=False):
    for ln in lines_:
        p = para(doc, ln, b=b, after=0)
        p.paragraph_format.space_before = Pt(0)


def page_no(doc, k, n):
    para(doc, f"Trang {k}/{n}", align=C, after=0, size=11)


def f93():
    doc = new_document("Quy trình cấp Giấy xác nhận tình trạng hôn nhân")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC THẠNH"],
                 ["QUY TRÌNH", "CẤP GIẤY XÁC NHẬN TÌNH", "TRẠNG HÔN NHÂN", "Mã TTHC: 1.004873"],
                 ["Mã hiệu: QT.HT.05", "Lần ban hành: 01", "Ngày ban hành:", "03/11/2026", "Ngày hiệu lực:", "05/11/2026"])
    para(doc, after=0)
    grid3(doc, ["Võ Thị Ngọc Hân", "Lâm Quốc Bảo", "Triệu Văn Khởi"],
          ["Công chức Văn phòng\nHĐND và UBND xã", "Chánh Văn phòng\nHĐND và UBND xã", "Chủ tịch UBND xã"],
          ["20/10/2026", "27/10/2026", "03/11/2026"])
    para(doc, after=0)
    page_no(doc, 1, 4)
    pdf_raw(doc, ["1. MỤC ĐÍCH"], b=True)
    pdf_lines(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục cấp Giấy xác nhận tình trạng hôn nhân tại Ủy ban nhân dân xã Phước Thạnh, bảo đảm đúng quy định và đúng thời hạn.")
    pdf_raw(doc, ["2. PHẠM VI"], b=True)
    pdf_lines(doc, "Áp dụng đối với công dân Việt Nam cư trú trong nước có yêu cầu cấp Giấy xác nhận tình trạng hôn nhân tại xã Phước Thạnh; công chức Trung tâm Phục vụ hành chính công xã và Văn phòng HĐND và UBND xã.")
    pdf_raw(doc, ["3. CĂN CỨ PHÁP LÝ"], b=True)
    pdf_lines(doc, "- " + L["LHT"] + ";")
    pdf_lines(doc, "- " + L["123"] + ";")
    # a decree number cut at its hyphen by the PDF's line end
    pdf_raw(doc, ["- Nghị định số 07/2025/NĐ-",
                  "CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong",
                  "lĩnh vực hộ tịch, quốc tịch, chứng thực;"])
    pdf_lines(doc, "- " + L["04BTP"] + ";")
    pdf_lines(doc, "- " + L["118"] + ".")
    pdf_raw(doc, ["4. ĐỊNH NGHĨA, TỪ VIẾT TẮT"], b=True)
    pdf_raw(doc, ["- Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Phước Thạnh;",
                  "- TTHC: Thủ tục hành chính."])
    page_no(doc, 2, 4)
    pdf_raw(doc, ["5. NỘI DUNG QUY TRÌNH"], b=True)
    pdf_raw(doc, ["5.1. Thành phần hồ sơ"], b=True)
    pdf_lines(doc, "- Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu;")
    pdf_lines(doc, "- Trường hợp người yêu cầu đã có vợ, chồng nhưng đã ly hôn hoặc người vợ, chồng đã chết thì phải xuất trình hoặc nộp giấy tờ hợp lệ để chứng minh.")
    pdf_raw(doc, ["5.2. Thời hạn giải quyết"], b=True)
    pdf_lines(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần phải xác minh thì thời hạn xác minh không quá 03 ngày làm việc.")
    pdf_raw(doc, ["5.3. Nơi tiếp nhận và trả kết quả"], b=True)
    pdf_lines(doc, "Trung tâm Phục vụ hành chính công xã Phước Thạnh hoặc qua Cổng Dịch vụ công quốc gia.")
    pdf_raw(doc, ["5.4. Lệ phí"], b=True)
    pdf_lines(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Hòa An.")
    pdf_raw(doc, ["5.5. Quy trình xử lý công việc"], b=True)
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
        ["1", ["Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận", "hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá", "trình giải quyết hồ sơ; trường hợp hồ sơ chưa",
               "đầy đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện", "hồ sơ; chuyển hồ sơ cho công chức tư pháp -", "hộ tịch."],
         ["Công chức", "Trung tâm", "PVHCC xã"], ["04 giờ làm", "việc"], ["Mẫu 01,", "Mẫu 02,", "Mẫu 06"]],
        ["2", ["Kiểm tra, xác minh tình trạng hôn nhân của", "người yêu cầu; dự thảo Giấy xác nhận tình", "trạng hôn nhân, trình lãnh đạo UBND xã ký."],
         ["Công chức tư", "pháp - hộ tịch"], ["12 giờ làm", "việc"], ["Mẫu 06"]],
        ["3", ["Xem xét, ký Giấy xác nhận tình trạng hôn nhân;", "trường hợp không đủ điều kiện thì có văn bản"],
         ["Chủ tịch hoặc", "Phó Chủ tịch", "UBND xã"], ["04 giờ làm", "việc"], ["Mẫu 06"]],
    ], center_cols=(0, 3))
    widths(t, [1.0, 7.4, 3.0, 2.2, 2.4])
    page_no(doc, 3, 4)
    t2 = grid(doc, 4, 5)
    rows2 = [
        ["", ["trả lời, nêu rõ lý do."], "", "", ""],
        ["4", ["Đóng dấu, vào Sổ cấp Giấy xác nhận tình trạng", "hôn nhân; chuyển kết quả cho Trung tâm PVHCC."],
         ["Văn thư UBND", "xã"], ["02 giờ làm", "việc"], ["Mẫu 06"]],
        ["5", ["Trả kết quả cho người yêu cầu; cập nhật trạng", "thái hồ sơ trên Hệ thống thông tin giải quyết", "TTHC."],
         ["Công chức", "Trung tâm", "PVHCC xã"], ["02 giờ làm", "việc"], ["Mẫu 01"]],
    ]
    for i, row in enumerate(rows2):
        for j, v in enumerate(row):
            fill(t2.cell(i, j), v if v else None, align=C if j in (0, 3) else None)
    c = t2.cell(3, 0).merge(t2.cell(3, 4))
    fill(c, ["Tổng thời gian giải quyết: 03 ngày làm việc", "(24 giờ làm việc)"], b=True, align=C)
    widths(t2, [1.0, 7.4, 3.0, 2.2, 2.4])
    pdf_raw(doc, ["6. BIỂU MẪU"], b=True)
    ft = table(doc, [["TT", "Tên biểu mẫu", "Mã hiệu"]] +
               [[str(k), [title.split(" (")[0], "(Thông tư số 03/2025/TT-VPCP)"], code] for k, (code, title) in enumerate(mau(["01", "02", "06"]), 1)],
               center_cols=(0, 2))
    widths(ft, [1.0, 11.0, 4.0])
    pdf_raw(doc, ["7. HỒ SƠ CẦN LƯU"], b=True)
    rt = table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                     ["1", ["Sổ cấp Giấy xác nhận tình", "trạng hôn nhân"], ["Công chức tư", "pháp - hộ tịch"], ["Văn phòng HĐND", "và UBND xã"], "Vĩnh viễn"],
                     ["2", ["Tờ khai và giấy tờ kèm", "theo"], ["Công chức tư", "pháp - hộ tịch"], ["Văn phòng HĐND", "và UBND xã"], "05 năm"],
                     ["3", "Mẫu 01, Mẫu 02, Mẫu 06", ["Công chức", "Trung tâm PVHCC"], ["Trung tâm", "PVHCC xã"], "05 năm"]],
               center_cols=(0, 4))
    widths(rt, [1.0, 5.0, 3.4, 3.6, 3.0])
    page_no(doc, 4, 4)
    save(doc, "93-xa-phuoc-thanh-xac-nhan-tinh-trang-hon-nhan-chuyen-tu-pdf-moi-dong-mot-doan.docx")


# ------------------------------------------------------------------ 94: three-level sections, sub-steps B1.1
def f94():
    doc = new_document("Quy trình đăng ký nội quy lao động")
    header_table(doc, ["UBND TỈNH HÒA AN", "SỞ NỘI VỤ"], ["QUY TRÌNH", "ĐĂNG KÝ NỘI QUY LAO ĐỘNG", "Mã TTHC: 2.001955"],
                 ["Mã hiệu: QT.LĐ.02", "Lần ban hành: 01", "Ngày ban hành: 09/11/2026", "Ngày hiệu lực: 12/11/2026"])
    para(doc)
    grid3(doc, ["Nguyễn Thị Diệu Linh", "Phan Đức Toàn", "Hồ Sỹ Nguyên"],
          ["Chuyên viên Phòng Lao động – Tiền lương", "Trưởng phòng Lao động – Tiền lương", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"],
          ["26/10/2026", "02/11/2026", "09/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký nội quy lao động của doanh nghiệp tại Sở Nội vụ tỉnh Hòa An.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với người sử dụng lao động sử dụng từ 10 người lao động trở lên có trụ sở chính hoặc chi nhánh trên địa bàn tỉnh Hòa An; các phòng thuộc Sở Nội vụ.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["BLLĐ"], L["145"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công tỉnh Hòa An", "NSDLĐ: Người sử dụng lao động"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Điều kiện thực hiện")
    para(doc, "Người sử dụng lao động sử dụng từ 10 người lao động trở lên.")
    h(doc, "5.2. Thành phần, số lượng hồ sơ")
    h(doc, "5.2.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Văn bản đề nghị đăng ký nội quy lao động",
                     "Nội quy lao động",
                     "Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở đối với nơi có tổ chức đại diện người lao động tại cơ sở",
                     "Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động và trách nhiệm vật chất (nếu có)"])
    h(doc, "5.2.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "07 ngày làm việc kể từ ngày nhận đủ hồ sơ đăng ký nội quy lao động.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công tỉnh Hòa An hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.5. Lệ phí")
    para(doc, "Không.")
    h(doc, "5.6. Quy trình xử lý công việc")
    h(doc, "5.6.1. Các bước thực hiện")
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["B1", "Tiếp nhận và chuyển hồ sơ", "Trung tâm PVHCC", "0,5 ngày làm việc", ""],
        ["B1.1", "Kiểm tra thành phần hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ.",
         "Công chức Sở Nội vụ tại Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01, Mẫu 06"],
        ["B1.2", "Chuyển hồ sơ điện tử về Phòng Lao động – Tiền lương.", "Công chức Sở Nội vụ tại Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 06"],
        ["B2", "Xem xét, thẩm định hồ sơ", "Phòng Lao động – Tiền lương", "05 ngày làm việc", ""],
        ["B2.1", "Thẩm định nội dung nội quy lao động; dự thảo văn bản thông báo đăng ký nội quy lao động (trường hợp có nội dung trái pháp luật thì dự thảo văn bản hướng dẫn sửa đổi, bổ sung).",
         "Chuyên viên Phòng Lao động – Tiền lương", "04 ngày làm việc", "BM.LĐ.02.01"],
        ["B2.2", "Kiểm tra kết quả thẩm định, trình lãnh đạo Sở.", "Trưởng phòng Lao động – Tiền lương", "01 ngày làm việc", "BM.LĐ.02.01"],
        ["B3", "Xem xét, ký văn bản thông báo.", "Lãnh đạo Sở", "01 ngày làm việc", "Văn bản thông báo"],
        ["B4", "Vào sổ, đóng dấu, phát hành; chuyển kết quả về Trung tâm PVHCC.", "Văn thư Sở", "02 giờ làm việc", "Mẫu 06"],
        ["B5", "Trả kết quả cho người sử dụng lao động.", "Công chức Sở Nội vụ tại Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01"],
    ], center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 07 ngày làm việc", 5, True, C)])
    for r in (1, 4):  # parent rows in bold
        for cell in t.rows[r].cells:
            for p in cell.paragraphs:
                for rr in p.runs:
                    rr.bold = True
    widths(t, [1.3, 7.0, 3.3, 2.2, 2.2])
    h(doc, "5.6.2. Ghi chú")
    para(doc, "Thời gian của bước B1 và B2 là tổng thời gian của các bước con tương ứng; tổng thời gian giải quyết chỉ tính theo các bước B1 đến B5.", i=True)
    forms_table(doc, mau(["01", "06"]) + [("BM.LĐ.02.01", "Phiếu thẩm định hồ sơ đăng ký nội quy lao động")])
    records_table(doc, [
        ("Hồ sơ đăng ký nội quy lao động và BM.LĐ.02.01", "Chuyên viên Phòng Lao động – Tiền lương", "Phòng Lao động – Tiền lương", "10 năm"),
        ("Văn bản thông báo (bản lưu)", "Văn thư Sở", "Văn phòng Sở", "10 năm"),
        ("Mẫu 01, Mẫu 06", "Công chức Sở Nội vụ tại Trung tâm PVHCC", "Trung tâm PVHCC", "05 năm"),
    ])
    save(doc, "94-so-noi-vu-hoa-an-noi-quy-lao-dong-buoc-con-b1-1-muc-ba-cap.docx")


# ------------------------------------------------------------------ 95: step times as a commune writes them
def f95():
    doc = new_document("Quy trình đăng ký thành lập hộ kinh doanh")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHÚ XUÂN"], ["QUY TRÌNH", "ĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH", "Mã TTHC: 1.001612"],
                 ["Mã hiệu: QT.KT.03", "Lần ban hành: 01", "Ngày ban hành: 30/10/2026", "Ngày hiệu lực: 02/11/2026"])
    para(doc)
    grid3(doc, ["Mai Thị Thanh Thảo", "Kiều Văn Lực", "Ninh Đức Hậu"],
          ["Công chức Phòng Kinh tế", "Trưởng phòng Kinh tế", "Chủ tịch UBND xã"],
          ["16/10/2026", "23/10/2026", "30/10/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký thành lập hộ kinh doanh tại Ủy ban nhân dân xã Phú Xuân.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân, thành viên hộ gia đình đăng ký thành lập hộ kinh doanh có địa điểm kinh doanh trên địa bàn xã Phú Xuân; Trung tâm Phục vụ hành chính công xã và Phòng Kinh tế.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["LDN"], L["168"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Phú Xuân", "GCNĐKHKD: Giấy chứng nhận đăng ký hộ kinh doanh"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Giấy đề nghị đăng ký hộ kinh doanh",
                     "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh trong trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh",
                     "Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)"])
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Phú Xuân hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.4. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Tân Hà.")
    h(doc, "5.5. Quy trình xử lý công việc")
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ cho Phòng Kinh tế.",
         "Công chức Trung tâm PVHCC", "Ngay sau khi nhận hồ sơ", "Mẫu 01, Mẫu 06"],
        ["2", "Thẩm định hồ sơ; nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh; dự thảo GCNĐKHKD (trường hợp hồ sơ chưa hợp lệ thì dự thảo thông báo yêu cầu sửa đổi, bổ sung).",
         "Công chức Phòng Kinh tế", "01 ngày", "Mẫu 06"],
        ["3", "Kiểm tra, trình lãnh đạo UBND xã.", "Trưởng phòng Kinh tế", "½ ngày", "Mẫu 06"],
        ["4", "Xem xét, ký GCNĐKHKD.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "01 buổi", "Mẫu 06; GCNĐKHKD"],
        ["5", "Vào sổ, đóng dấu; chuyển kết quả cho Trung tâm PVHCC.", "Văn thư UBND xã", "Trong ngày", "Mẫu 06"],
        ["6", "Trả kết quả: Theo giấy hẹn.", "Công chức Trung tâm PVHCC", "Theo giấy hẹn", "Mẫu 01; GCNĐKHKD"],
    ], center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 03 ngày làm việc", 5, True, C)])
    widths(t, [1.0, 7.4, 3.2, 2.4, 2.2])
    forms_table(doc, mau(["01", "06"]))
    records_table(doc, [
        ("Hồ sơ đăng ký hộ kinh doanh và bản sao GCNĐKHKD", "Công chức Phòng Kinh tế", "Phòng Kinh tế", "10 năm"),
        ("Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ])
    save(doc, "95-xa-phu-xuan-ho-kinh-doanh-thoi-gian-buoi-nua-ngay-theo-giay-hen.docx")


# ------------------------------------------------------------------ 96: code and issue only in the page header, signatures on the last page
def f96():
    doc = new_document("Quy trình chứng thực chữ ký trong các giấy tờ, văn bản")
    hp = doc.sections[0].header.paragraphs[0]
    run(hp, "QT.TP.03 | Lần ban hành: 02 | Trang ", size=11)
    add_field(hp, "PAGE", "1")
    run(hp, "/", size=11)
    add_field(hp, "NUMPAGES", "4")
    hp.alignment = _lib.R
    para(doc, "ỦY BAN NHÂN DÂN", b=True, align=C, after=0)
    para(doc, "PHƯỜNG LONG THẠNH", b=True, align=C, after=0)
    para(doc, "_______________", align=C, after=48)
    para(doc, "QUY TRÌNH", b=True, align=C, size=20, after=6)
    para(doc, "CHỨNG THỰC CHỮ KÝ TRONG CÁC GIẤY TỜ, VĂN BẢN", b=True, align=C, size=16, after=6)
    para(doc, "(Mã TTHC: 2.000884)", i=True, align=C, after=36)
    para(doc, "Ngày ban hành: 06/11/2026", align=C, after=0)
    para(doc, "Ngày hiệu lực: 10/11/2026", align=C, after=36)
    para(doc, "THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [["Lần ban hành", "Ngày", "Nội dung sửa đổi", "Trang"],
                ["01", "14/7/2025", "Ban hành lần đầu.", "Tất cả"],
                ["02", "06/11/2026", "Cập nhật căn cứ Nghị định số 280/2025/NĐ-CP; sửa đổi thời gian bước 2 và bước 3.", "2, 3"]],
          center_cols=(0, 1, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục chứng thực chữ ký trong các giấy tờ, văn bản tại Ủy ban nhân dân phường Long Thạnh.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân có yêu cầu chứng thực chữ ký tại phường Long Thạnh; công chức Trung tâm Phục vụ hành chính công phường và người thực hiện chứng thực.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["23"], L["07"], L["280"], L["01BTP"], L["226"], L["118"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Long Thạnh",
                     "Người thực hiện chứng thực: Chủ tịch hoặc Phó Chủ tịch UBND phường"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Bản chính hoặc bản sao có chứng thực Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực",
                     "Giấy tờ, văn bản mà mình sẽ ký"])
    h(doc, "5.2. Thời hạn giải quyết")
    para(doc, "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.3. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Long Thạnh.")
    h(doc, "5.4. Phí")
    para(doc, "10.000 đồng/trường hợp.")
    h(doc, "5.5. Quy trình xử lý công việc")
    t = table(doc, [
        ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, kiểm tra giấy tờ; lập Phiếu kiểm soát quá trình giải quyết hồ sơ; trường hợp không trả ngay thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
         "Công chức Trung tâm PVHCC", "01 giờ làm việc", "Mẫu 01, Mẫu 06"],
        ["2", "Kiểm tra giấy tờ; người yêu cầu ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký.",
         "Công chức làm công tác chứng thực", "02 giờ làm việc", "Mẫu 06"],
        ["3", "Ký chứng thực; đóng dấu.", "Chủ tịch hoặc Phó Chủ tịch UBND phường; Văn thư UBND phường", "02 giờ làm việc", "Mẫu 06"],
        ["4", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC",
         "01 giờ làm việc", "Mẫu 01; Giấy tờ đã chứng thực chữ ký"],
    ], center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 06 giờ làm việc", 5, True, C)])
    widths(t, [1.0, 7.2, 3.4, 2.2, 2.4])
    forms_table(doc, mau(["01", "06"]))
    records_table(doc, [
        ("Sổ chứng thực chữ ký", "Công chức làm công tác chứng thực", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"),
        ("Mẫu 01, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"),
    ])
    page_break(doc)
    para(doc, "PHÊ DUYỆT QUY TRÌNH", b=True, align=C)
    grid3(doc, ["Trịnh Thị Hồng Nhung", "Cao Văn Lợi", "Bạch Minh Sang"],
          ["Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Chủ tịch UBND phường"],
          ["27/10/2026", "02/11/2026", "12/11/2026"])
    save(doc, "96-phuong-long-thanh-chung-thuc-chu-ky-ma-hieu-o-dau-trang-ky-o-trang-cuoi.docx")


# ------------------------------------------------------------------ 97: two levels, Sở and UBND tỉnh, in two tables
def f97():
    doc = new_document("Quy trình công nhận kết quả thăm dò khoáng sản nhóm III")
    header_table(doc, ["UBND TỈNH LAM GIANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
                 ["QUY TRÌNH", "CÔNG NHẬN KẾT QUẢ THĂM DÒ KHOÁNG SẢN NHÓM III THUỘC THẨM QUYỀN CẤP GIẤY PHÉP CỦA ỦY BAN NHÂN DÂN TỈNH",
                  "Mã TTHC: 1.014466"],
                 ["Mã hiệu: QT.ĐCKS.02", "Lần ban hành: 01", "Ngày ban hành: 05/11/2026", "Ngày hiệu lực: 10/11/2026"])
    para(doc)
    grid3(doc, ["Dương Thị Phương Thảo", "Lục Văn Chiến", "Hà Quang Thọ"],
          ["Chuyên viên Phòng Khoáng sản", "Trưởng phòng Khoáng sản", "GIÁM ĐỐC"],
          ["22/10/2026", "29/10/2026", "05/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục công nhận kết quả thăm dò khoáng sản nhóm III thuộc thẩm quyền cấp giấy phép của Ủy ban nhân dân tỉnh Lam Giang, từ khi tiếp nhận hồ sơ tại Sở Nông nghiệp và Môi trường đến khi Chủ tịch Ủy ban nhân dân tỉnh ký quyết định.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với tổ chức, cá nhân đề nghị công nhận kết quả thăm dò khoáng sản nhóm III; các phòng thuộc Sở Nông nghiệp và Môi trường và Văn phòng Ủy ban nhân dân tỉnh Lam Giang.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    _lib.lines(doc, [L["LKS"], L["193"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    _lib.lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công tỉnh Lam Giang", "VP UBND tỉnh: Văn phòng Ủy ban nhân dân tỉnh"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    _lib.lines(doc, ["Bản chính văn bản đề nghị công nhận kết quả thăm dò khoáng sản",
                     "Báo cáo kết quả thăm dò khoáng sản và các phụ lục, bản vẽ kèm theo",
                     "Các tài liệu khác theo quy định tại Nghị định số 193/2025/NĐ-CP"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (Sở Nông nghiệp và Môi trường: 40 ngày; UBND tỉnh: 05 ngày).")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công tỉnh Lam Giang hoặc qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.5. Lệ phí")
    para(doc, "Theo quy định của Bộ Tài chính về lệ phí trong lĩnh vực khoáng sản.")
    h(doc, "5.6. Quy trình xử lý công việc")
    h(doc, "5.6.1. Thời gian tại Sở Nông nghiệp và Môi trường")
    cms = [1.2, 7.2, 3.4, 2.0, 2.2]
    t = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["B1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ về Phòng Khoáng sản.",
         "Công chức Sở tại Trung tâm PVHCC", "0,5 ngày", "Mẫu 01, Mẫu 06"],
        ["B2", "Thẩm định báo cáo kết quả thăm dò; trường hợp cần thiết đề xuất thành lập Hội đồng tư vấn kỹ thuật; dự thảo Tờ trình và dự thảo Quyết định công nhận (trường hợp không đủ điều kiện thì dự thảo văn bản trả lời nêu rõ lý do).",
         "Chuyên viên Phòng Khoáng sản", "36 ngày", "BM.ĐCKS.02.01"],
        ["B3", "Kiểm tra kết quả thẩm định, trình lãnh đạo Sở.", "Trưởng phòng Khoáng sản", "02 ngày", "BM.ĐCKS.02.01"],
        ["B4", "Xem xét, ký Tờ trình UBND tỉnh.", "Lãnh đạo Sở", "02 ngày", "Tờ trình"],
        ["B5", "Vào sổ, phát hành Tờ trình; chuyển hồ sơ trình đến VP UBND tỉnh.", "Văn thư Sở", "0,5 ngày", "Mẫu 06"],
    ], center_cols=(0, 3))
    spans(t, [("Cộng thời gian tại Sở Nông nghiệp và Môi trường", 3, True, C), ("40 ngày", 2, True, C)])
    widths(t, cms)
    h(doc, "5.6.2. Thời gian tại UBND tỉnh")
    t2 = table(doc, [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["B6", "Tiếp nhận, thẩm tra hồ sơ trình của Sở; trình Chủ tịch UBND tỉnh.", "Chuyên viên VP UBND tỉnh; Lãnh đạo VP UBND tỉnh", "03 ngày", "Mẫu 06"],
        ["B7", "Xem xét, ký Quyết định công nhận kết quả thăm dò khoáng sản.", "Chủ tịch UBND tỉnh", "01 ngày", "Quyết định công nhận"],
        ["B8", "Vào sổ, phát hành Quyết định; chuyển kết quả về Trung tâm PVHCC để trả cho tổ chức, cá nhân.", "Văn thư VP UBND tỉnh; Trung tâm PVHCC", "01 ngày", "Mẫu 01"],
    ], center_cols=(0, 3))
    spans(t2, [("Cộng thời gian tại UBND tỉnh", 3, True, C), ("05 ngày", 2, True, C)])
    spans(t2, [("Tổng thời gian giải quyết", 3, True, C), ("45 ngày", 2, True, C)])
    widths(t2, cms)
    forms_table(doc, mau(["01", "06"]) + [("BM.ĐCKS.02.01", "Phiếu thẩm định báo cáo kết quả thăm dò khoáng sản")])
    records_table(doc, [
        ("Hồ sơ đề nghị công nhận kết quả thăm dò khoáng sản, BM.ĐCKS.02.01 và Tờ trình", "Chuyên viên Phòng Khoáng sản", "Phòng Khoáng sản", "Vĩnh viễn"),
        ("Quyết định công nhận (bản lưu)", "Văn thư Sở", "Văn phòng Sở", "Vĩnh viễn"),
        ("Mẫu 01, Mẫu 06", "Công chức Sở tại Trung tâm PVHCC", "Trung tâm PVHCC", "05 năm"),
    ])
    save(doc, "97-so-nnmt-lam-giang-tham-do-khoang-san-thoi-gian-tai-so-va-ubnd-tinh.docx")


if __name__ == "__main__":
    for f in (f92, f93, f94, f95, f96, f97):
        f()
    print("ok", OUT)
