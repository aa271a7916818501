#!/usr/bin/env python3
"""Writes the Word files 32–34 of the corpus (tests/corpus/docx/): three TTHC
procedures of communes and wards of tỉnh Lam Giang whose body is laid out
in tables, as many agencies lay it out:

  32  xã Vĩnh An — cấp Giấy xác nhận tình trạng hôn nhân: sections 1–4 as
      paragraphs, then ONE table for "5. NỘI DUNG QUY TRÌNH" whose rows are
      the TTHC sub-sections 5.1–5.7 (heading row, then a content row whose
      first cell is empty and whose content cell spans the other columns),
      the step table continuing in the same outer table (not nested);
  33  phường Tân Mỹ — đăng ký lại khai sinh: the body as a two-column table
      "heading | content" side by side, with nested step and records tables
      and the forms as lines;
  34  xã Hòa Lạc — chứng thực văn bản thỏa thuận phân chia di sản: the layout
      of 31 (whole body in one table, heading rows over content rows, nested
      tables), with one planted defect: the steps add up to more than the
      statutory limit.

Agencies and people are fictional; the legal documents and the national
TTHC codes are real.

Usage:  python3 generate-table-layouts.py   (python-docx 1.2.0 and its lxml;
        helpers in _lib.py beside it)

The output is deterministic (fixed core properties, zip entries rewritten
with a fixed timestamp and mode 0644 by _lib.save). The *.expected.json
files are NOT written by this script: they were typed by reading the
documents (see README.md).
"""
import sys
sys.dont_write_bytecode = True
from _lib import *  # noqa

LOGO = logo_png()

# ---------------------------------------------------------------- legal texts
L = {
 "60/2014": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội",
 "123/2015": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
 "07/2025": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
 "23/2015": "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
 "280/2025": "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
 "118/2025": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
 "367/2025": "Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
 "ISO": "Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
}

BM01 = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
BM06 = "Phiếu kiểm soát quá trình giải quyết hồ sơ"
CHANGE_101 = ["Yêu cầu sửa đổi/bổ sung", "Trang/Phần liên quan việc sửa đổi", "Mô tả nội dung sửa đổi",
              "Lần ban hành/Lần sửa đổi", "Ngày ban hành"]


def listed(items, last="."):
    """'- item;' lines, the last one closed by `last`."""
    return ["- " + it + (last if k == len(items) - 1 else ";") for k, it in enumerate(items)]




def nested(cell, rows, bold_header=True, center=()):
    """A table inside a cell (after the cell's empty first paragraph)."""
    t = cell.add_table(len(rows), max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            fill(t.cell(i, j), v, b=(bold_header and i == 0), align=C if (i == 0 or j in center) else None)
    return t


# =====================================================================
# 32  xã Vĩnh An — cấp Giấy xác nhận tình trạng hôn nhân
#     (5.1–5.7 and the step table as rows of ONE table; clean)
# =====================================================================
def doc32():
    doc = new_document("Quy trình cấp Giấy xác nhận tình trạng hôn nhân", 13)
    # header: logo | title | info lines
    t = grid(doc, 1, 3)
    a, b, c = t.cell(0, 0), t.cell(0, 1), t.cell(0, 2)
    picture(a, LOGO, 1.6)
    p = a.add_paragraph(); run(p, "UBND XÃ VĨNH AN", b=True, size=10); p.alignment = C
    fill(b, ["QUY TRÌNH", "CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"], b=True, align=C)
    p = b.add_paragraph(); run(p, "(Mã TTHC: 1.004873)", i=True); p.alignment = C
    fill(c, ["Mã hiệu: QT.HT.03", "Lần ban hành: 01", "Ngày ban hành: 15/6/2026", "Ngày hiệu lực: 22/6/2026"], size=12)
    widths(t, (3.2, 8.2, 4.6))
    para(doc)
    # signature grid in columns
    s = grid(doc, 5, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người xem xét", "Người phê duyệt"]):
        fill(s.cell(0, j), v, b=True, align=C)
    rows = [("Họ và tên", ["Nguyễn Thị Hồng Nhung", "Trương Văn Lực", "Mai Xuân Trường"]),
            ("Chức vụ", ["Công chức tư pháp - hộ tịch", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"]),
            ("Chữ ký", ["", "", ""]),
            ("Ngày", ["02/6/2026", "08/6/2026", "15/6/2026"])]
    for i, (lab, vals) in enumerate(rows):
        fill(s.cell(i + 1, 0), lab, b=True)
        for j, v in enumerate(vals):
            fill(s.cell(i + 1, j + 1), v, align=C)
            if lab == "Chữ ký":
                s.cell(i + 1, j + 1).add_paragraph(); s.cell(i + 1, j + 1).add_paragraph()
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "", "", "", ""]])
    page_break(doc)

    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục cấp Giấy xác nhận tình trạng hôn nhân tại UBND xã Vĩnh An, bảo đảm đúng quy định của pháp luật về hộ tịch.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công dân Việt Nam cư trú trên địa bàn xã Vĩnh An có yêu cầu cấp Giấy xác nhận tình trạng hôn nhân; công chức Trung tâm Phục vụ hành chính công xã, công chức tư pháp - hộ tịch và Lãnh đạo UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    for line in listed([L["ISO"], "Các văn bản pháp lý nêu tại mục 5.1"]):
        para(doc, line)
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    for line in listed(["UBND: Ủy ban nhân dân", "HĐND: Hội đồng nhân dân", "TTHC: Thủ tục hành chính",
                        "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Vĩnh An"]):
        para(doc, line)
    h(doc, "5. NỘI DUNG QUY TRÌNH")

    # ONE table: 5 grid columns (the step table's); sub-section rows merge
    # the last four columns, content rows leave the first cell empty.
    body = grid(doc, 0, 5)
    def head(num, title):
        spans(body, [(num, 1, True, C), (title, 4, True, None)])
    def content(lines):
        spans(body, [("", 1, False, None), (lines, 4, False, None)])
    head("5.1", "Cơ sở pháp lý")
    content(listed([L["60/2014"], L["123/2015"], L["07/2025"], L["118/2025"]]))
    spans(body, [("5.2", 1, True, C), ("Thành phần hồ sơ", 2, True, None), ("Bản chính", 1, True, C), ("Bản sao", 1, True, C)])
    for text, bc, bs in [
        ("- Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu);", "x", ""),
        ("- Giấy tờ chứng minh việc ly hôn, hủy việc kết hôn hoặc việc vợ, chồng đã chết (trường hợp người yêu cầu đã từng đăng ký kết hôn);", "", "x"),
        ("- Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp yêu cầu cấp lại để sử dụng vào mục đích khác hoặc do đã hết thời hạn sử dụng).", "x", ""),
    ]:
        spans(body, [("", 1, False, None), (text, 2, False, None), (bc, 1, False, C), (bs, 1, False, C)])
    head("5.3", "Số lượng hồ sơ")
    content("01 bộ.")
    head("5.4", "Thời gian xử lý")
    content("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    head("5.5", "Nơi tiếp nhận và trả kết quả")
    content("Trung tâm Phục vụ hành chính công xã Vĩnh An hoặc trực tuyến qua Cổng Dịch vụ công quốc gia.")
    head("5.6", "Lệ phí")
    content("15.000 đồng/trường hợp; miễn lệ phí đối với hồ sơ nộp trực tuyến.")
    head("5.7", "Quy trình xử lý công việc")
    spans(body, [(v, 1, True, C) for v in ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]])
    steps = [
        ["B1", "Nộp hồ sơ", "Cá nhân", "Giờ hành chính", "Theo mục 5.2"],
        ["B2", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ cho công chức tư pháp - hộ tịch.",
         "Công chức Trung tâm PVHCC", "04 giờ", "Mẫu 01; Mẫu 06"],
        ["B3", "Kiểm tra, xác minh tình trạng hôn nhân của người yêu cầu trên Cơ sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư; dự thảo Giấy xác nhận tình trạng hôn nhân, trình ký.",
         "Công chức tư pháp - hộ tịch", "14 giờ", "Mẫu 06\nDự thảo Giấy xác nhận tình trạng hôn nhân"],
        ["B4", "Xem xét, ký Giấy xác nhận tình trạng hôn nhân.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ",
         "Mẫu 06\nGiấy xác nhận tình trạng hôn nhân"],
        ["B5", "Trả kết quả cho người yêu cầu; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
         "Công chức Trung tâm PVHCC", "02 giờ", "Mẫu 06"],
    ]
    for vals in steps:
        spans(body, [(v, 1, False, C if j in (0, 3) else None) for j, v in enumerate(vals)])
    spans(body, [("Tổng thời gian giải quyết: 24 giờ (03 ngày làm việc)", 5, True, C)])
    widths(body, (1.3, 5.2, 3.6, 2.4, 3.5))

    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "Mẫu 01", BM01], ["2", "Mẫu 06", BM06]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC", "05 năm"],
                ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC", "05 năm"],
                ["3", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "10 năm"],
                ["4", "Sổ cấp Giấy xác nhận tình trạng hôn nhân", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"]],
          center_cols=(0, 4))
    save(doc, "32-xa-vinh-an-cap-giay-xac-nhan-tinh-trang-hon-nhan.docx")


# =====================================================================
# 33  phường Tân Mỹ — đăng ký lại khai sinh
#     (body as a two-column table "heading | content"; clean)
# =====================================================================
def doc33():
    doc = new_document("Quy trình đăng ký lại khai sinh", 13)
    para(doc, "ỦY BAN NHÂN DÂN", b=True, align=C, after=0)
    para(doc, "PHƯỜNG TÂN MỸ", b=True, align=C)
    para(doc, "QUY TRÌNH", b=True, align=C, before=12, after=0)
    para(doc, "ĐĂNG KÝ LẠI KHAI SINH", b=True, align=C, after=0)
    para(doc, "(Mã TTHC: 1.004884)", i=True, align=C)
    t = grid(doc, 4, 2)
    for i, (lab, val) in enumerate([("Mã hiệu", "QT.HT.05"), ("Lần ban hành", "01"),
                                    ("Ngày ban hành", "10/8/2026"), ("Ngày hiệu lực", "17/8/2026")]):
        fill(t.cell(i, 0), lab, b=True)
        fill(t.cell(i, 1), val)
    widths(t, (4.0, 4.0))
    para(doc)
    # signature grid in rows: the roles in the first column
    s = grid(doc, 4, 5)
    for j, v in enumerate(["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"]):
        fill(s.cell(0, j), v, b=True, align=C)
    for i, vals in enumerate([
            ["Soạn thảo", "Phan Thị Thanh Thảo", "Công chức Văn phòng HĐND và UBND phường", "", "24/7/2026"],
            ["Xem xét", "Lương Văn Hậu", "Chánh Văn phòng HĐND và UBND phường", "", "31/7/2026"],
            ["Phê duyệt", "Đinh Quốc Hưng", "Phó Chủ tịch UBND phường", "", "07/8/2026"]]):
        for j, v in enumerate(vals):
            fill(s.cell(i + 1, j), v, b=(j == 0), align=C if j in (3, 4) else None)
    widths(s, (2.6, 4.0, 4.6, 2.4, 2.4))
    para(doc)

    body = grid(doc, 0, 2)
    def row(heading, lines=None):
        r = body.add_row()
        fill(r.cells[0], heading, b=True)
        if lines is not None:
            fill(r.cells[1], lines)
        return r
    row("1. Mục đích", "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục đăng ký lại khai sinh tại UBND phường Tân Mỹ.")
    row("2. Phạm vi", "Áp dụng đối với việc đăng ký lại khai sinh cho người đã được đăng ký khai sinh tại cơ quan có thẩm quyền của Việt Nam nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất; công chức Trung tâm Phục vụ hành chính công phường, công chức tư pháp - hộ tịch và Lãnh đạo UBND phường.")
    row("3. Căn cứ pháp lý", listed([L["60/2014"], L["123/2015"], L["07/2025"], L["118/2025"], L["367/2025"]]))
    row("4. Thành phần hồ sơ", listed([
        "Tờ khai đăng ký lại khai sinh theo mẫu, trong đó có cam đoan của người yêu cầu về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh",
        "Bản sao toàn bộ hồ sơ, giấy tờ của người yêu cầu hoặc hồ sơ, giấy tờ, tài liệu khác có thông tin liên quan đến nội dung khai sinh của người đó",
        "Văn bản xác nhận của Thủ trưởng cơ quan, đơn vị về những nội dung khai sinh (trường hợp người yêu cầu là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang)"]))
    row("5. Thời hạn giải quyết", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    r = row("6. Quy trình xử lý")
    st = nested(r.cells[1], [
        ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ cho công chức tư pháp - hộ tịch.",
         "Công chức Trung tâm Phục vụ hành chính công phường", "04 giờ", "BM.01; BM.06"],
        ["2", "Kiểm tra, xác minh hồ sơ (đề nghị cơ quan, đơn vị có liên quan xác minh khi cần); ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử; trình ký.",
         "Công chức tư pháp - hộ tịch", "03 ngày làm việc", "BM.06"],
        ["3", "Xem xét, ký Giấy khai sinh (đăng ký lại).", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "01 ngày làm việc",
         "BM.06 – Giấy khai sinh (bản chính)"],
        ["4", "Trả kết quả; người yêu cầu ký vào Sổ đăng ký khai sinh; cập nhật trạng thái hồ sơ trên Hệ thống.",
         "Công chức Trung tâm Phục vụ hành chính công phường", "04 giờ", "BM.06"],
    ], center=(0, 3))
    tr = st.add_row()
    c = tr.cells[0].merge(tr.cells[4])
    fill(c, "Tổng thời gian giải quyết: 05 ngày làm việc", b=True, align=C)
    row("7. Biểu mẫu", listed(["BM.01: " + BM01, "BM.06: " + BM06]))
    r = row("8. Hồ sơ lưu")
    nested(r.cells[1], [
        ["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
        ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (BM.01)", "Công chức Trung tâm Phục vụ hành chính công phường", "Trung tâm Phục vụ hành chính công phường", "05 năm"],
        ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)", "Công chức Trung tâm Phục vụ hành chính công phường", "Trung tâm Phục vụ hành chính công phường", "05 năm"],
        ["3", "Tờ khai đăng ký lại khai sinh và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
        ["4", "Sổ đăng ký khai sinh", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
    ], center=(0, 4))
    widths(body, (3.4, 12.6))
    save(doc, "33-phuong-tan-my-dang-ky-lai-khai-sinh.docx")


# =====================================================================
# 34  xã Hòa Lạc — chứng thực văn bản thỏa thuận phân chia di sản
#     (layout of 31; DEFECT DOC-033: steps 20 giờ against 02 ngày làm việc)
# =====================================================================
def doc34():
    doc = new_document("Quy trình chứng thực văn bản thỏa thuận phân chia di sản", 13)
    para(doc, "UBND XÃ HÒA LẠC", b=True, align=C)
    para(doc, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", b=True, align=C)
    para(doc, "QUY TRÌNH CHỨNG THỰC VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN MÀ DI SẢN LÀ ĐỘNG SẢN, QUYỀN SỬ DỤNG ĐẤT, NHÀ Ở",
         b=True, align=C, before=12)
    para(doc, "Mã TTHC: 2.001406", i=True, align=C)
    table(doc, [["Mã hiệu", "Lần ban hành", "Ngày ban hành", "Ngày hiệu lực"],
                ["QT.TP.07", "01", "05/10/2026", "12/10/2026"]], center_cols=(0, 1, 2, 3))
    para(doc)
    t = grid(doc, 5, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"]):
        fill(t.cell(0, j), v, b=True, align=C)
    for i, lab in enumerate(["Họ và tên", "Chữ ký", "Chức vụ", "Ngày"]):
        fill(t.cell(i + 1, 0), lab, b=True)
    for j, v in enumerate(["Lâm Thị Ngọc Hân", "Bùi Văn Khánh", "Châu Minh Đạt"]):
        fill(t.cell(1, j + 1), v, align=C)
    for j in range(3):
        fill(t.cell(2, j + 1), ["", "", ""])
    fill(t.cell(3, 1), "Công chức Văn phòng HĐND và UBND xã", align=C)
    fill(t.cell(3, 2), "Chánh Văn phòng HĐND và UBND xã", align=C)
    fill(t.cell(3, 3), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], b=True, align=C)
    for j, v in enumerate(["28/9/2026", "01/10/2026", "05/10/2026"]):
        fill(t.cell(4, j + 1), v, align=C)
    para(doc)
    # whole body in a two-column table: number | content
    body = grid(doc, 0, 2)
    def row(num, text, bold=False):
        r = body.add_row()
        fill(r.cells[0], num, b=True, align=C)
        if text is not None:
            fill(r.cells[1], text, b=bold)
        return r
    row("1", "Mục đích", True)
    row("", "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở tại UBND xã Hòa Lạc.")
    row("2", "Phạm vi", True)
    row("", "Áp dụng đối với những người thừa kế có yêu cầu chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở trên địa bàn xã Hòa Lạc; công chức Trung tâm Phục vụ hành chính công xã, công chức làm công tác chứng thực và Lãnh đạo UBND xã.")
    row("3", "Nội dung quy trình", True)
    row("3.1", "Cơ sở pháp lý", True)
    row("", listed([L["23/2015"], L["07/2025"], L["280/2025"], L["118/2025"], L["367/2025"]]))
    row("3.2", "Thành phần hồ sơ", True)
    r = row("", None)
    nested(r.cells[1], [["TT", "Tên hồ sơ", "Bản chính", "Bản sao"],
                        ["1", "Dự thảo văn bản thỏa thuận phân chia di sản", "x", ""],
                        ["2", "Giấy tờ tùy thân còn giá trị sử dụng của những người thừa kế", "", "x"],
                        ["3", "Giấy chứng tử hoặc giấy tờ khác chứng minh người để lại di sản đã chết", "", "x"],
                        ["4", "Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản theo quy định của pháp luật về thừa kế", "", "x"],
                        ["5", "Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với di sản", "", "x"]],
           center=(0, 2, 3))
    row("3.3", "Số lượng hồ sơ", True)
    row("", "01 bộ.")
    row("3.4", "Thời gian xử lý", True)
    row("", "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.")
    row("3.5", "Nơi tiếp nhận và trả kết quả", True)
    row("", "Trung tâm Phục vụ hành chính công xã Hòa Lạc.")
    row("3.6", "Lệ phí", True)
    row("", "50.000 đồng/văn bản.")
    row("3.7", "Quy trình xử lý công việc", True)
    r = row("", None)
    st = nested(r.cells[1], [
        ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
        ["B1", "Nộp hồ sơ", "Tổ chức, cá nhân", "Giờ hành chính", "Theo mục 3.2"],
        ["B2", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.",
         "Công chức Trung tâm Phục vụ hành chính công xã", "04 giờ", "Mẫu 01; Mẫu 06"],
        ["B3", "Kiểm tra hồ sơ, giấy tờ chứng minh quyền sở hữu, quyền sử dụng di sản và quan hệ thừa kế; kiểm tra năng lực hành vi dân sự của người yêu cầu; ghi lời chứng, ghi Sổ chứng thực; trình ký.",
         "Công chức làm công tác chứng thực", "08 giờ", "Mẫu 06"],
        ["B4", "Ký chứng thực văn bản thỏa thuận phân chia di sản.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ",
         "Mẫu 06\nVăn bản thỏa thuận phân chia di sản đã chứng thực"],
        ["B5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống.", "Công chức Trung tâm Phục vụ hành chính công xã", "04 giờ", "Mẫu 06"],
    ], center=(0, 3))
    tr = st.add_row()
    c = tr.cells[0].merge(tr.cells[2]); fill(c, "Tổng thời gian giải quyết", b=True, align=C)
    fill(tr.cells[3], "20 giờ", b=True, align=C)
    row("4", "Biểu mẫu", True)
    r = row("", None)
    nested(r.cells[1], [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "Mẫu 01", BM01], ["2", "Mẫu 06", BM06]])
    row("5", "Hồ sơ cần lưu", True)
    r = row("", None)
    nested(r.cells[1], [["TT", "Hồ sơ lưu", "Thời gian lưu"],
                        ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)", "05 năm"],
                        ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)", "05 năm"],
                        ["3", "Văn bản thỏa thuận phân chia di sản đã chứng thực (bản lưu)", "20 năm"],
                        ["4", "Sổ chứng thực hợp đồng, giao dịch", "Vĩnh viễn"]])
    p = r.cells[1].add_paragraph(); run(p, "Hồ sơ được lưu tại Văn phòng HĐND và UBND xã.")
    widths(body, (1.6, 14.4))
    save(doc, "34-xa-hoa-lac-chung-thuc-van-ban-phan-chia-di-san.docx")


if __name__ == "__main__":
    for f in (doc32, doc33, doc34):
        f()
    print("ok")
