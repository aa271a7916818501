#!/usr/bin/env python3
"""Writes the Word files 44–46 of the corpus (tests/corpus/docx/): internal
procedures for administrative procedures (quy trình nội bộ giải quyết thủ
tục hành chính) as provinces publish them, in the annex (Phụ lục) to a
Chairman's decision, with no ISO apparatus (no QT code, no issue, no
signature grid). See annex-research.md for the published layouts they copy.

  44  Phụ lục of Quyết định 1482/QĐ-UBND of the Chairman of tỉnh Lam Giang:
      five procedures of the communes (hộ tịch, chứng thực). A list table
      "STT | Mã TTHC | Tên thủ tục hành chính | Ghi chú" with field rows
      comes first. Each procedure then has a numbered heading "N. Thủ tục …",
      "- Mã TTHC: …" and "- Tổng thời gian giải quyết: …" lines, and a step
      table "Bước | Nội dung công việc | Trách nhiệm thực hiện | Thời gian |
      Ghi chú" with a total row. The numbering restarts under each field.
      The file is clean.
  45  Phụ lục of Quyết định 2315/QĐ-UBND of the Chairman of tỉnh Tân Hà:
      three procedures of the Sở Nội vụ in ONE landscape table "STT | Tên
      thủ tục hành chính/Các bước | Nội dung công việc | Trách nhiệm thực
      hiện | Thời gian thực hiện". Merged rows "I | LĨNH VỰC …" carry the
      fields, and merged rows "N | name (Mã TTHC: …) / Thời gian giải quyết:
      …" carry the procedures, each followed by its steps and a total row.
      One planted defect: procedure 2's steps add up to 11 working days
      against its 10.
  46  One procedure uploaded alone by phường Long Hải (tỉnh Tân Hà): cấp
      bản sao trích lục hộ tịch. It has a title, a time line and a step
      table "Bước công việc | Nội dung công việc | Trách nhiệm | Thời gian |
      Hồ sơ/Biểu mẫu | Diễn giải" whose B1 is the applicant's own step. It
      has no code of any kind and no decision line. The file is clean.

Agencies are fictional (tỉnh Lam Giang, tỉnh Tân Hà). The national TTHC
codes are real: 1.001193, 1.000894, 1.000656, 2.000815, 2.001035 and
2.001955 are those checked for ../documents/ (see ../documents/README.md).
1.013934 and 1.013932 are printed with these names in Cao Bằng's
Quyết định 2028/QĐ-UBND of 28/11/2025 (annex-research.md, source 2).

The files were first saved in pending/ (PENDING in _lib.py), until the
reader split an annex into its procedures; they are read since 2026-12-03.

Usage:  python3 generate-annex.py   (python-docx 1.2.0 and its lxml;
        helpers in _lib.py beside it)

The output is deterministic (fixed core properties, zip entries rewritten
with a fixed timestamp and mode 0644 by _lib.save). The *.expected.json
files are NOT written by this script: they were typed by reading the
documents (see README.md).
"""
import sys
sys.dont_write_bytecode = True
from _lib import *  # noqa

L = WD_ALIGN_PARAGRAPH.LEFT


def annex_title(doc, lines, attached):
    para(doc, "PHỤ LỤC", b=True, align=C, after=0)
    for ln in lines:
        para(doc, ln, b=True, align=C, after=0)
    para(doc, attached, i=True, align=C, after=0)
    para(doc, "____________", align=C, after=6)


# =====================================================================
# 44  Lam Giang — xã-level annex (hộ tịch, chứng thực), clean
# =====================================================================
TTPV = "Công chức Trung tâm Phục vụ hành chính công xã"
HT = "Công chức làm công tác tư pháp - hộ tịch"
LD = "Lãnh đạo UBND xã"
GTN = "Mẫu số 01 Phụ lục I Thông tư số 03/2025/TT-VPCP"

P44 = [
    # (field index, number, heading, code, time line, unit header, steps, total)
    (0, "1.", "Thủ tục đăng ký khai sinh", "1.001193",
     "01 ngày làm việc (08 giờ làm việc).", "Thời gian",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ cho công chức làm công tác hộ tịch.", TTPV, "01 giờ làm việc", GTN),
      ("Bước 2", "Kiểm tra, xác minh thông tin (nếu có); cập nhật vào Cơ sở dữ liệu hộ tịch điện tử; dự thảo Giấy khai sinh, trình ký.", HT, "04 giờ làm việc", ""),
      ("Bước 3", "Xem xét, ký Giấy khai sinh.", LD, "02 giờ làm việc", ""),
      ("Bước 4", "Ghi Sổ đăng ký khai sinh, đóng dấu; chuyển kết quả cho Trung tâm Phục vụ hành chính công xã.", HT + "; Văn thư UBND xã", "01 giờ làm việc", ""),
      ("Bước 5", "Trả kết quả; người yêu cầu ký Sổ đăng ký khai sinh.", TTPV, "Không tính thời gian", "")],
     "08 giờ làm việc"),
    (0, "2.", "Thủ tục đăng ký kết hôn", "1.000894",
     "01 ngày làm việc (08 giờ làm việc); trường hợp cần xác minh điều kiện kết hôn của hai bên nam, nữ thì thời hạn giải quyết không quá 05 ngày làm việc.", "Thời gian",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ cho công chức làm công tác hộ tịch.", TTPV, "01 giờ làm việc", GTN),
      ("Bước 2", "Kiểm tra hồ sơ và điều kiện kết hôn; cập nhật vào Cơ sở dữ liệu hộ tịch điện tử; dự thảo Giấy chứng nhận kết hôn, trình ký.", HT, "03 giờ làm việc", ""),
      ("Bước 3", "Xem xét, ký Giấy chứng nhận kết hôn.", LD, "02 giờ làm việc", ""),
      ("Bước 4", "Tổ chức trao Giấy chứng nhận kết hôn; hai bên nam, nữ ký Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn.", HT, "02 giờ làm việc", "Hai bên nam, nữ phải có mặt")],
     "08 giờ làm việc"),
    (0, "3.", "Thủ tục đăng ký khai tử", "1.000656",
     "01 ngày làm việc.", "Thời gian",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ.", TTPV, "0,5 giờ làm việc", GTN),
      ("Bước 2", "Kiểm tra hồ sơ; cập nhật vào Cơ sở dữ liệu hộ tịch điện tử; dự thảo Trích lục khai tử, trình ký.", HT, "04 giờ làm việc", ""),
      ("Bước 3", "Xem xét, ký Trích lục khai tử.", LD, "02 giờ làm việc", ""),
      ("Bước 4", "Ghi Sổ đăng ký khai tử, đóng dấu; chuyển kết quả.", HT, "01 giờ làm việc", ""),
      ("Bước 5", "Trả Trích lục khai tử cho người yêu cầu.", TTPV, "0,5 giờ làm việc", "")],
     "08 giờ làm việc"),
    (1, "1.", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "2.000815",
     "08 giờ làm việc; trường hợp tiếp nhận yêu cầu sau 15 giờ thì hoàn thành trong ngày làm việc tiếp theo.", "Thời gian",
     [("Bước 1", "Tiếp nhận yêu cầu; kiểm tra bản chính và bản sao; thu phí chứng thực.", TTPV, "01 giờ làm việc", ""),
      ("Bước 2", "Đối chiếu bản sao với bản chính; ghi lời chứng, trình ký.", HT, "04 giờ làm việc", ""),
      ("Bước 3", "Ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ làm việc", ""),
      ("Bước 4", "Đóng dấu, ghi Sổ chứng thực; trả kết quả.", TTPV, "01 giờ làm việc", "")],
     "08 giờ làm việc"),
    (1, "2.", "Thủ tục chứng thực hợp đồng, giao dịch", "2.001035",
     "02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Thời gian (ngày làm việc)",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ.", TTPV, "0,25 ngày", GTN),
      ("Bước 2", "Kiểm tra hồ sơ, nội dung hợp đồng, giao dịch và năng lực hành vi dân sự của các bên; dự thảo lời chứng.", HT, "0,75 ngày", ""),
      ("Bước 3", "Các bên ký hợp đồng, giao dịch trước mặt người thực hiện chứng thực; ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "0,5 ngày", ""),
      ("Bước 4", "Đóng dấu, ghi Sổ chứng thực hợp đồng, giao dịch; thu phí; chuyển kết quả.", "Văn thư UBND xã", "0,25 ngày", ""),
      ("Bước 5", "Trả kết quả cho người yêu cầu chứng thực.", TTPV, "0,25 ngày", "")],
     "02 ngày làm việc"),
]
FIELDS44 = [("I.", "LĨNH VỰC HỘ TỊCH"), ("II.", "LĨNH VỰC CHỨNG THỰC")]
LIST44 = [("I", "LĨNH VỰC HỘ TỊCH (03 TTHC)"),
          ("1", "1.001193", "Đăng ký khai sinh", ""),
          ("2", "1.000894", "Đăng ký kết hôn", ""),
          ("3", "1.000656", "Đăng ký khai tử", ""),
          ("II", "LĨNH VỰC CHỨNG THỰC (02 TTHC)"),
          ("4", "2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", ""),
          ("5", "2.001035", "Chứng thực hợp đồng, giao dịch", "Thời hạn có thể kéo dài theo thỏa thuận bằng văn bản với người yêu cầu chứng thực")]


def doc44():
    doc = new_document("Quy trình nội bộ giải quyết TTHC lĩnh vực hộ tịch, chứng thực cấp xã", 13)
    annex_title(doc, ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HỘ TỊCH, CHỨNG THỰC "
                      "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH LAM GIANG"],
                "(Kèm theo Quyết định số 1482/QĐ-UBND ngày 14 tháng 10 năm 2026 của Chủ tịch "
                "Ủy ban nhân dân tỉnh Lam Giang)")
    para(doc, "A. DANH MỤC QUY TRÌNH NỘI BỘ", b=True, before=6)
    t = grid(doc, 1, 4)
    header_row(t, ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Ghi chú"])
    for row in LIST44:
        if len(row) == 2:
            spans(t, [(row[0], 1, True, C), (row[1], 3, True, None)])
        else:
            spans(t, [(row[0], 1, False, C), (row[1], 1, False, C), (row[2], 1, False, None), (row[3], 1, False, None)])
    widths(t, (1.3, 2.6, 8.4, 3.7))
    para(doc, "Tổng số: 05 quy trình nội bộ.", i=True, before=3)

    para(doc, "B. NỘI DUNG QUY TRÌNH NỘI BỘ", b=True, before=6)
    field = None
    for fidx, num, heading, code, time_line, unit_header, steps, total in P44:
        if fidx != field:
            field = fidx
            para(doc, " ".join(FIELDS44[fidx]), b=True, before=6)
        para(doc, f"{num} {heading}", b=True, before=6)
        para(doc, f"- Mã TTHC: {code}")
        p = para(doc, "- Tổng thời gian giải quyết: ")
        run(p, time_line)
        st = grid(doc, 1, 5)
        header_row(st, ["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", unit_header, "Ghi chú"])
        for order, action, resp, dur, note in steps:
            spans(st, [(order, 1, False, C), (action, 1, False, None), (resp, 1, False, None),
                       (dur, 1, False, C), (note, 1, False, None)])
        spans(st, [("Tổng thời gian giải quyết", 3, True, C), (total, 1, True, C), ("", 1, False, None)])
        widths(st, (1.6, 6.2, 3.6, 2.3, 2.3))
    save(doc, "44-phu-luc-lam-giang-quy-trinh-noi-bo-cap-xa-ho-tich-chung-thuc.docx")


# =====================================================================
# 45  Tân Hà — Sở Nội vụ, one big table; procedure 2 over its limit
# =====================================================================
MC = "Công chức Sở Nội vụ tại Trung tâm Phục vụ hành chính công tỉnh"
PLD = "Phòng Lao động, Tiền lương và Bảo hiểm xã hội"
VP = "Văn phòng Sở"
P45 = [
    ("I", "LĨNH VỰC LAO ĐỘNG", [
        ("1", "Đăng ký nội quy lao động của doanh nghiệp (Mã TTHC: 2.001955)",
         "Thời gian giải quyết: 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
         [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến " + PLD + ".", MC, "0,5 ngày"),
          ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Lãnh đạo " + PLD, "0,5 ngày"),
          ("Bước 3", "Thẩm định nội quy lao động; dự thảo văn bản thông báo, hướng dẫn sửa đổi (trường hợp nội quy lao động có quy định trái pháp luật) hoặc văn bản trả lời doanh nghiệp.", "Công chức " + PLD, "3,5 ngày"),
          ("Bước 4", "Xem xét dự thảo kết quả, trình Lãnh đạo Sở.", "Lãnh đạo " + PLD, "0,5 ngày"),
          ("Bước 5", "Ký duyệt kết quả giải quyết.", "Lãnh đạo Sở Nội vụ", "01 ngày"),
          ("Bước 6", "Vào sổ, đóng dấu, phát hành văn bản; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.", "Văn thư Sở Nội vụ", "0,5 ngày"),
          ("Bước 7", "Trả kết quả cho doanh nghiệp.", MC, "0,5 ngày")],
         "07 ngày làm việc"),
    ]),
    ("II", "LĨNH VỰC VĂN THƯ, LƯU TRỮ", [
        ("2", "Cấp, cấp lại giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trữ (Mã TTHC: 1.013934)",
         "Thời gian giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
         [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến Văn phòng Sở.", MC, "0,5 ngày"),
          ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Lãnh đạo " + VP, "0,5 ngày"),
          ("Bước 3", "Thẩm định hồ sơ, kiểm tra điều kiện kinh doanh dịch vụ lưu trữ; dự thảo giấy chứng nhận hoặc văn bản trả lời.", "Công chức " + VP, "08 ngày"),
          ("Bước 4", "Xem xét, cho ý kiến đối với dự thảo kết quả; trình Lãnh đạo Sở.", "Lãnh đạo " + VP, "0,5 ngày"),
          ("Bước 5", "Phê duyệt, ký giấy chứng nhận.", "Lãnh đạo Sở Nội vụ", "01 ngày"),
          ("Bước 6", "Vào sổ, đóng dấu; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh để trả cho tổ chức.", "Văn thư Sở Nội vụ", "0,5 ngày")],
         "10 ngày làm việc"),
        ("3", "Sử dụng tài liệu lưu trữ tại lưu trữ lịch sử Nhà nước (Mã TTHC: 1.013932)",
         "Thời gian giải quyết: 01 ngày làm việc",
         [("Bước 1", "Tiếp nhận Phiếu yêu cầu sử dụng tài liệu lưu trữ; kiểm tra thông tin người yêu cầu.", "Viên chức Trung tâm Lưu trữ lịch sử", "01 giờ làm việc"),
          ("Bước 2", "Tra tìm tài liệu; đề xuất phục vụ hoặc từ chối phục vụ.", "Viên chức Trung tâm Lưu trữ lịch sử", "04 giờ làm việc"),
          ("Bước 3", "Duyệt Phiếu yêu cầu.", "Lãnh đạo Trung tâm Lưu trữ lịch sử", "02 giờ làm việc"),
          ("Bước 4", "Phục vụ người yêu cầu sử dụng tài liệu tại phòng đọc hoặc cung cấp bản sao.", "Viên chức Trung tâm Lưu trữ lịch sử", "01 giờ làm việc")],
         "01 ngày làm việc"),
    ]),
]


def doc45():
    doc = new_document("Quy trình nội bộ giải quyết TTHC thuộc thẩm quyền của Sở Nội vụ tỉnh Tân Hà", 13)
    landscape(doc)
    annex_title(doc, ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT",
                      "CỦA SỞ NỘI VỤ TỈNH TÂN HÀ"],
                "(Ban hành kèm theo Quyết định số 2315/QĐ-UBND ngày 09/9/2026 của Chủ tịch "
                "Ủy ban nhân dân tỉnh Tân Hà)")
    one_table_annex(doc, P45, (1.3, 4.0, 10.5, 6.2, 3.7))
    save(doc, "45-phu-luc-so-noi-vu-tan-ha-quy-trinh-noi-bo-mot-bang.docx")


# =====================================================================
# 46  phường Long Hải (Tân Hà) — one procedure uploaded alone, clean
# =====================================================================
def doc46():
    doc = new_document("Quy trình nội bộ giải quyết thủ tục cấp bản sao trích lục hộ tịch", 13)
    para(doc, "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH", b=True, align=C, after=0)
    para(doc, "(Áp dụng tại Trung tâm Phục vụ hành chính công phường Long Hải, tỉnh Tân Hà)", i=True, align=C, after=6)
    p = para(doc, "1. Thời gian giải quyết: ", b=True)
    run(p, "Ngay trong ngày tiếp nhận yêu cầu (08 giờ làm việc); trường hợp nhận yêu cầu sau 15 giờ "
           "thì trả kết quả trong ngày làm việc tiếp theo.")
    para(doc, "2. Trình tự thực hiện:", b=True)
    TT = "Công chức Trung tâm Phục vụ hành chính công phường"
    rows = [
        ("B1", "Nộp hồ sơ", "Cá nhân", "Giờ hành chính", "Tờ khai cấp bản sao trích lục hộ tịch",
         "Người yêu cầu nộp Tờ khai trực tiếp tại Trung tâm Phục vụ hành chính công phường hoặc trực tuyến trên Cổng Dịch vụ công quốc gia."),
        ("B2", "Tiếp nhận, kiểm tra hồ sơ", TT, "0,5 giờ làm việc", "Mẫu số 01",
         ["- Hồ sơ đầy đủ: lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ cho công chức làm công tác hộ tịch.",
          "- Hồ sơ chưa đầy đủ: hướng dẫn bổ sung, hoàn thiện hồ sơ."]),
        ("B3", "Kiểm tra thông tin, dự thảo bản sao trích lục", "Công chức làm công tác hộ tịch", "04 giờ làm việc", "Hồ sơ trình",
         "Tra cứu Cơ sở dữ liệu hộ tịch điện tử, Sổ hộ tịch; in bản sao trích lục, trình ký."),
        ("B4", "Ký bản sao trích lục", "Lãnh đạo UBND phường", "02 giờ làm việc", "Bản sao trích lục hộ tịch", ""),
        ("B5", "Đóng dấu, vào sổ, chuyển kết quả", "Văn thư UBND phường", "0,5 giờ làm việc", "", ""),
        ("B6", "Trả kết quả, thu lệ phí", TT, "01 giờ làm việc", "Biên lai thu lệ phí", ""),
    ]
    t = grid(doc, 1, 6)
    header_row(t, ["Bước công việc", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Hồ sơ/Biểu mẫu", "Diễn giải"])
    for r in rows:
        spans(t, [(r[0], 1, False, C), (r[1], 1, False, None), (r[2], 1, False, None),
                  (r[3], 1, False, C), (r[4], 1, False, None), (r[5], 1, False, None)])
    spans(t, [("Tổng thời gian giải quyết", 3, True, C), ("08 giờ làm việc", 1, True, C), ("", 2, False, None)])
    widths(t, (1.6, 3.0, 2.8, 2.0, 2.6, 4.0))
    save(doc, "46-phuong-long-hai-quy-trinh-noi-bo-cap-ban-sao-trich-luc-ho-tich.docx")


if __name__ == "__main__":
    # A file whose name starts with a number in PENDING (_lib.py) goes to pending/.
    os.makedirs(os.path.join(HERE, "pending"), exist_ok=True)
    for f in (doc44, doc45, doc46):
        f()
    print("ok")
