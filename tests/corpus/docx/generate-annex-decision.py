#!/usr/bin/env python3
"""Writes the Word files 50–53 of the corpus (tests/corpus/docx/): a
Chairman's decision approving internal procedures for administrative
procedures (quy trình nội bộ giải quyết thủ tục hành chính) and its annex
in ONE file, as the decision is downloaded from a provincial portal or a
legal database (the signed decision, then "PHỤ LỤC" on a new page). 44–49
are the annex alone.

  50  Quyết định 2150/QĐ-UBND of 20/11/2026 of the Chairman of tỉnh Hòa An
      and its Phụ lục: two procedures of the communes (hộ tịch) laid out as
      44 (numbered headings, "- Mã TTHC:", "- Tổng thời gian giải quyết:",
      a step table each). The decision's first page is the usual layout
      table (agency and "Số: 2150/QĐ-UBND" | national motto and "Hòa An,
      ngày 20 tháng 11 năm 2026"), "QUYẾT ĐỊNH", its subject, "Căn cứ …"
      lines (118/2025/NĐ-CP, 03/2025/TT-VPCP, the province's decision
      announcing the TTHC), "Điều 1. Phê duyệt kèm theo Quyết định này 02
      quy trình nội bộ …", "Điều 2. Tổ chức thực hiện" with numbered tasks
      ("1. Giao Sở Tư pháp chủ trì … trong thời hạn 05 ngày làm việc …"),
      the repeal of the decision before, and the signature as a borderless
      table "Nơi nhận: …" | "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (name)". The
      annex says "(Kèm theo Quyết định số 2150/QĐ-UBND ngày 20 tháng 11 năm
      2026 …)". The file is clean.
  51  Quyết định 2388/QĐ-UBND of 25/11/2026 of the Chairman of tỉnh Tân Hà
      and its Phụ lục: two procedures of the Sở Nội vụ in one table, laid
      out as 45. The decision lists the procedures it approves in Điều 1 as
      numbered lines with their codes ("1. Thủ tục đăng ký nội quy lao động
      của doanh nghiệp (Mã TTHC: 2.001955);"), and signs in paragraphs
      ("Nơi nhận:" … "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", the name).
      The annex's line was left blank when the number was given on the
      first page only: "(Kèm theo Quyết định số       /QĐ-UBND ngày
      tháng 11 năm 2026 …)"; the decision is the one the file is, 2388 of
      25/11/2026. The file is clean.
  52  Quyết định 0865/QĐ-UBND of 24/11/2026 of the Chairman of tỉnh Lam
      Giang, laid out as Cà Mau 01763/QĐ-UBND of 18/11/2025 (annex-research.md,
      source 10: tnt305/tai_lieu_noi_bo, src/etl/dataset/b1bac569be973504.md):
      the decision announces a list of two new TTHC (a "DANH MỤC" table
      "STT | Mã số TTHC | Tên thủ tục hành chính | Thời hạn giải quyết | …",
      fee "Không qui định") and approves ONE internal, inter-agency
      procedure for both: "Nhóm 2 thủ tục:", the two names with their codes,
      "a) Thời gian giải quyết: Trong thời hạn 02 ngày làm việc (cắt giảm …)",
      then the steps as paragraphs, "- Bước 1: <who> <does what>: 0,25 ngày
      làm việc.", in two stages "b) Quy trình giải quyết tại Sở …:" and "c) …
      tại Văn phòng Ủy ban nhân dân tỉnh:", each numbered from Bước 1, and a
      closing "Lưu ý: …". The file is clean.

  53  Quyết định 0917/QĐ-UBND of 01/12/2026 of the Chairman of tỉnh Lam
      Giang and its Phụ lục: three procedures of the Sở Y tế laid out as
      50, with the times as published procedures write them
      (durations-research.md): the first done at once ("- Thời hạn giải
      quyết: Ngay sau khi nhận đủ hồ sơ hợp lệ.", Hà Tĩnh 3004/QĐ-UBND; the
      applicant's submission in "Giờ hành chính"); the second with no
      limit line, its time column headed "THỜI GIAN GIẢI QUYẾT TTHC (20
      ngày làm việc)" over bare figures (Đồng Nai 2811/QĐ-UBND); the third
      limited "Từ 01 đến 03 ngày làm việc" (a range: Trà Vinh). The file
      is clean.

Layout of a decision: Nghị định 30/2020/NĐ-CP, Phụ lục III (Mẫu 1.4,
quyết định cá biệt); the wording of Điều 1 and the bases as annex-research.md
records them (source 12: "Điều 1. Phê duyệt kèm theo Quyết định này 02 (15,
12) quy trình nội bộ …"; 118/2025/NĐ-CP of 09/6/2025, 03/2025/TT-VPCP of
15/9/2025). Agencies and decision numbers are fictional; the TTHC codes are
those of 44 and 45.

Usage:  python3 generate-annex-decision.py   (python-docx 1.2.0 and its
        lxml; helpers in _lib.py beside it)

The output is deterministic (see _lib.save). The *.expected.json files are
NOT written by this script: they were typed by reading the documents.
"""
import sys
sys.dont_write_bytecode = True
from _lib import *  # noqa

J = WD_ALIGN_PARAGRAPH.JUSTIFY


def first_page(doc, agency, number, place_date):
    """The layout table of a decision's first page: the agency and its
    number on the left, the national motto and place and date on the
    right, no borders."""
    t = grid(doc, 1, 2, style=None)
    fill(t.cell(0, 0), agency + ["_______", number], align=C)
    fill(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "________________________", place_date], align=C)
    for p in t.cell(0, 0).paragraphs[:len(agency)] + t.cell(0, 1).paragraphs[:2]:
        for r in p.runs:
            r.bold = True
    widths(t, (6.5, 9.5))


def decision_body(doc, subject, signer, bases, articles):
    para(doc, "QUYẾT ĐỊNH", b=True, align=C, before=12, after=0)
    para(doc, subject, b=True, align=C, after=0)
    para(doc, "______", align=C, after=6)
    para(doc, signer, b=True, align=C, after=6)
    for b in bases:
        para(doc, b, i=True, align=J)
    para(doc, "QUYẾT ĐỊNH:", b=True, align=C, before=6, after=6)
    for a in articles:
        if a.startswith("Điều "):
            head, _, rest = a.partition(". ")
            p = para(doc, align=J)
            run(p, head + ".", b=True)
            if rest:
                run(p, " " + rest)
        else:
            para(doc, a, align=J)


def annex_head(doc, lines, attached):
    page_break(doc)
    title_block(doc, "PHỤ LỤC", lines, attached)


def step_table(doc, steps, total, unit_header="Thời gian"):
    st = grid(doc, 1, 5)
    header_row(st, ["Bước", "Nội dung công việc", "Trách nhiệm thực hiện", unit_header, "Ghi chú"])
    for order, action, resp, dur, note in steps:
        spans(st, [(order, 1, False, C), (action, 1, False, None), (resp, 1, False, None),
                   (dur, 1, False, C), (note, 1, False, None)])
    spans(st, [("Tổng thời gian giải quyết", 3, True, C), (total, 1, True, C), ("", 1, False, None)])
    widths(st, (1.6, 6.2, 3.6, 2.3, 2.3))


# =====================================================================
# 50  Hòa An — decision and annex, procedures under numbered headings
# =====================================================================
TTPV = "Công chức Trung tâm Phục vụ hành chính công xã"
HT = "Công chức làm công tác tư pháp - hộ tịch"
LD = "Lãnh đạo UBND xã"
P50 = [
    ("1.", "Thủ tục đăng ký khai sinh", "1.001193", "01 ngày làm việc (08 giờ làm việc).",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ cho công chức làm công tác hộ tịch.", TTPV, "01 giờ làm việc", "Mẫu số 01 Phụ lục I Thông tư số 03/2025/TT-VPCP"),
      ("Bước 2", "Kiểm tra, xác minh thông tin (nếu có); cập nhật vào Cơ sở dữ liệu hộ tịch điện tử; dự thảo Giấy khai sinh, trình ký.", HT, "04 giờ làm việc", ""),
      ("Bước 3", "Xem xét, ký Giấy khai sinh.", LD, "02 giờ làm việc", ""),
      ("Bước 4", "Ghi Sổ đăng ký khai sinh, đóng dấu; trả kết quả cho người yêu cầu.", TTPV, "01 giờ làm việc", "")],
     "08 giờ làm việc"),
    ("2.", "Thủ tục đăng ký khai tử", "1.000656", "01 ngày làm việc.",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ.", TTPV, "0,5 giờ làm việc", ""),
      ("Bước 2", "Kiểm tra hồ sơ; cập nhật vào Cơ sở dữ liệu hộ tịch điện tử; dự thảo Trích lục khai tử, trình ký.", HT, "04 giờ làm việc", ""),
      ("Bước 3", "Xem xét, ký Trích lục khai tử.", LD, "02 giờ làm việc", ""),
      ("Bước 4", "Ghi Sổ đăng ký khai tử, đóng dấu; trả Trích lục khai tử cho người yêu cầu.", TTPV, "01 giờ làm việc", "")],
     "7,5 giờ làm việc"),
]


def doc50():
    doc = new_document("Quyết định 2150/QĐ-UBND phê duyệt quy trình nội bộ giải quyết TTHC lĩnh vực hộ tịch cấp xã", 14)
    first_page(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÒA AN"], "Số: 2150/QĐ-UBND",
               "Hòa An, ngày 20 tháng 11 năm 2026")
    subject = ("Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền "
               "giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Hòa An")
    decision_body(doc, subject, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA AN", [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành "
        "chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
        "Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng "
        "Chính phủ hướng dẫn một số nội dung thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông;",
        "Căn cứ Quyết định số 1890/QĐ-UBND ngày 30 tháng 10 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc "
        "công bố danh mục thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã;",
        "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 312/TTr-STP ngày 12 tháng 11 năm 2026.",
    ], [
        "Điều 1. Phê duyệt kèm theo Quyết định này 02 quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực "
        "hộ tịch thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã trên địa bàn tỉnh Hòa An (có Phụ lục kèm theo).",
        "Điều 2. Tổ chức thực hiện",
        "1. Giao Sở Tư pháp chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng quy trình điện tử giải quyết "
        "thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh trong thời hạn 05 ngày làm "
        "việc kể từ ngày Quyết định này có hiệu lực.",
        "2. Ủy ban nhân dân các xã, phường tiếp nhận, giải quyết thủ tục hành chính theo quy trình nội bộ được "
        "phê duyệt tại Điều 1 Quyết định này.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1021/QĐ-UBND ngày 15 tháng 7 "
        "năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Hòa An.",
        "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tư pháp; Chủ tịch Ủy ban nhân dân các xã, "
        "phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ])
    t = grid(doc, 1, 2, style=None)
    fill(t.cell(0, 0), ["Nơi nhận:", "- Như Điều 4;", "- Cục Kiểm soát TTHC - Văn phòng Chính phủ;",
                        "- CT, các PCT UBND tỉnh;", "- Cổng thông tin điện tử tỉnh;", "- Lưu: VT, KSTT."], size=11)
    fill(t.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Văn Thành"], b=True, align=C)
    widths(t, (8, 8))
    annex_head(doc, ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HỘ TỊCH THUỘC THẨM QUYỀN "
                     "GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH HÒA AN"],
               "(Kèm theo Quyết định số 2150/QĐ-UBND ngày 20 tháng 11 năm 2026 của Chủ tịch "
               "Ủy ban nhân dân tỉnh Hòa An)")
    for num, heading, code, limit, steps, total in P50:
        para(doc, f"{num} {heading}", b=True, before=6)
        para(doc, f"- Mã TTHC: {code}")
        para(doc, f"- Tổng thời gian giải quyết: {limit}")
        step_table(doc, steps, total)
    save(doc, "50-quyet-dinh-va-phu-luc-hoa-an-quy-trinh-noi-bo-ho-tich.docx")


# =====================================================================
# 51  Tân Hà — decision listing its procedures and annex in one table;
#     the annex's number left blank
# =====================================================================
MC = "Công chức Sở Nội vụ tại Trung tâm Phục vụ hành chính công tỉnh"
PLD = "Phòng Lao động, Tiền lương và Bảo hiểm xã hội"
LTLS = "Viên chức Trung tâm Lưu trữ lịch sử"
P51 = [
    ("I", "LĨNH VỰC LAO ĐỘNG", "1",
     "Đăng ký nội quy lao động của doanh nghiệp (Mã TTHC: 2.001955)",
     "Thời gian giải quyết: 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến " + PLD + ".", MC, "0,5 ngày"),
      ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Lãnh đạo " + PLD, "0,5 ngày"),
      ("Bước 3", "Thẩm định nội quy lao động; dự thảo văn bản thông báo, hướng dẫn sửa đổi (trường hợp nội quy lao động có quy định trái pháp luật) hoặc văn bản trả lời doanh nghiệp.", "Công chức " + PLD, "03 ngày"),
      ("Bước 4", "Xem xét dự thảo kết quả, trình Lãnh đạo Sở.", "Lãnh đạo " + PLD, "0,5 ngày"),
      ("Bước 5", "Ký duyệt kết quả giải quyết.", "Lãnh đạo Sở Nội vụ", "01 ngày"),
      ("Bước 6", "Vào sổ, đóng dấu, phát hành văn bản; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.", "Văn thư Sở Nội vụ", "0,5 ngày"),
      ("Bước 7", "Trả kết quả cho doanh nghiệp.", MC, "0,5 ngày")],
     "6,5 ngày làm việc"),
    ("II", "LĨNH VỰC VĂN THƯ, LƯU TRỮ", "2",
     "Sử dụng tài liệu lưu trữ tại lưu trữ lịch sử Nhà nước (Mã TTHC: 1.013932)",
     "Thời gian giải quyết: 01 ngày làm việc",
     [("Bước 1", "Tiếp nhận Phiếu yêu cầu sử dụng tài liệu lưu trữ; kiểm tra thông tin người yêu cầu.", LTLS, "01 giờ làm việc"),
      ("Bước 2", "Tra tìm tài liệu; đề xuất phục vụ hoặc từ chối phục vụ.", LTLS, "04 giờ làm việc"),
      ("Bước 3", "Duyệt Phiếu yêu cầu.", "Lãnh đạo Trung tâm Lưu trữ lịch sử", "02 giờ làm việc"),
      ("Bước 4", "Phục vụ người yêu cầu sử dụng tài liệu tại phòng đọc hoặc cung cấp bản sao.", LTLS, "01 giờ làm việc")],
     "01 ngày làm việc"),
]


def doc51():
    doc = new_document("Quyết định 2388/QĐ-UBND phê duyệt quy trình nội bộ giải quyết TTHC của Sở Nội vụ", 14)
    first_page(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TÂN HÀ"], "Số: 2388/QĐ-UBND",
               "Tân Hà, ngày 25 tháng 11 năm 2026")
    subject = ("Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết "
               "của Sở Nội vụ tỉnh Tân Hà")
    decision_body(doc, subject, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂN HÀ", [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành "
        "chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 845/TTr-SNV ngày 18 tháng 11 năm 2026.",
    ], [
        "Điều 1. Phê duyệt kèm theo Quyết định này 02 quy trình nội bộ giải quyết thủ tục hành chính thuộc "
        "thẩm quyền giải quyết của Sở Nội vụ tỉnh Tân Hà, gồm:",
        "1. Thủ tục đăng ký nội quy lao động của doanh nghiệp (Mã TTHC: 2.001955);",
        "2. Thủ tục sử dụng tài liệu lưu trữ tại lưu trữ lịch sử Nhà nước (Mã TTHC: 1.013932).",
        "(Chi tiết tại Phụ lục kèm theo)",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Trung tâm Phục vụ hành "
        "chính công tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ])
    for line in ["Nơi nhận:", "- Như Điều 3;", "- Văn phòng Chính phủ (Cục KSTTHC);", "- Chủ tịch, các PCT UBND tỉnh;",
                 "- Lưu: VT, NC."]:
        para(doc, line, b=line.endswith(":"), i=line.endswith(":"), size=11, after=0)
    for line in ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Minh Quân"]:
        para(doc, line, b=not line.startswith("("), align=R, after=0)
    annex_head(doc, ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT",
                     "CỦA SỞ NỘI VỤ TỈNH TÂN HÀ"],
               "(Kèm theo Quyết định số         /QĐ-UBND ngày       tháng 11 năm 2026 của Chủ tịch "
               "Ủy ban nhân dân tỉnh Tân Hà)")
    one_table_annex(doc, [(roman, field, [(num, name, limit, steps, total)])
                          for roman, field, num, name, limit, steps, total in P51],
                    (1.3, 3.6, 6.0, 3.6, 2.5))
    save(doc, "51-quyet-dinh-va-phu-luc-tan-ha-so-noi-vu-mot-bang.docx")


# =====================================================================
# 52  Lam Giang — Cà Mau's layout: a decision announcing two TTHC and
#     approving one procedure for both, its steps written as paragraphs
# =====================================================================
CFS = "giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu trong lĩnh vực báo chí, xuất bản"
STEPS52 = [
    ("b) Quy trình giải quyết tại Sở Văn hóa, Thể thao và Du lịch:", [
        "- Bước 1: Chuyên viên trực tại Trung tâm Phục vụ hành chính công tỉnh hướng dẫn, tiếp nhận hồ sơ trực "
        "tiếp hoặc trực tuyến trên Cổng Dịch vụ công quốc gia; kiểm tra thành phần hồ sơ, số hóa hồ sơ, xuất phiếu "
        "hẹn cho tổ chức, cá nhân, chuyển hồ sơ về Sở Văn hóa, Thể thao và Du lịch (Phòng Báo chí và Xuất bản) để "
        "xử lý: 0,25 ngày làm việc.",
        "- Bước 2: Chuyên viên Phòng Báo chí và Xuất bản kiểm tra, thẩm định hồ sơ, hoàn thiện hồ sơ, chuyển lãnh "
        "đạo Phòng duyệt trình lãnh đạo Sở ký trình Ủy ban nhân dân tỉnh xem xét quyết định: 0,5 ngày làm việc. "
        "(Trường hợp từ chối phải nêu rõ lý do bằng văn bản).",
        "- Bước 3: Văn thư ghi số, lưu hồ sơ, scan kết quả giải quyết đính kèm lên hệ thống; chuyển hồ sơ đến Văn "
        "phòng Ủy ban nhân dân tỉnh thực hiện quy trình tiếp theo: 0,25 ngày làm việc.",
    ]),
    ("c) Quy trình giải quyết tại Văn phòng Ủy ban nhân dân tỉnh:", [
        "- Bước 1: Văn phòng Ủy ban nhân dân tỉnh tiếp nhận, kiểm tra, thẩm định hồ sơ trình của Sở Văn hóa, Thể "
        "thao và Du lịch, hoàn thiện hồ sơ, trình lãnh đạo Ủy ban nhân dân tỉnh ký phê duyệt kết quả giải quyết "
        "thủ tục hành chính: 0,75 ngày làm việc.",
        "- Bước 2: Văn thư ghi số, lưu hồ sơ, scan kết quả giải quyết đính kèm lên hệ thống; chuyển kết quả giải "
        "quyết về Trung tâm Phục vụ hành chính công tỉnh trả kết quả cho tổ chức, cá nhân: 0,25 ngày làm việc.",
    ]),
]


def doc52():
    doc = new_document("Quyết định 0865/QĐ-UBND công bố danh mục và phê duyệt quy trình nội bộ TTHC báo chí, xuất bản", 14)
    first_page(doc, ["ỦY BAN NHÂN DÂN", "TỈNH LAM GIANG"], "Số: 0865/QĐ-UBND",
               "Lam Giang, ngày 24 tháng 11 năm 2026")
    subject = ("CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC BÁO CHÍ, XUẤT BẢN THUỘC THẨM QUYỀN "
               "GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LAM GIANG")
    decision_body(doc, subject, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ "
        "chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
        "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 402/TTr-SVHTTDL ngày 20/11/2026.",
    ], [
        "Điều 1. Công bố, phê duyệt kèm theo Quyết định này:",
        "1. Công bố Danh mục thủ tục hành chính mới ban hành lĩnh vực Báo chí, xuất bản thuộc thẩm quyền giải quyết "
        "của Sở Văn hóa, Thể thao và Du lịch tỉnh Lam Giang (kèm theo Danh mục).",
        "2. Phê duyệt Quy trình nội bộ, liên thông giải quyết thủ tục hành chính được nêu tại khoản 1 Điều này "
        "(kèm theo Quy trình).",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Giám đốc Trung "
        "tâm Phục vụ hành chính công tỉnh và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
        "Quyết định này./.",
    ])
    t = grid(doc, 1, 2, style=None)
    fill(t.cell(0, 0), ["Nơi nhận:", "- Như Điều 3;", "- Cục KSTTHC, VPCP (CDVCQG);", "- CT, các PCT UBND tỉnh;",
                        "- Trung tâm PVHCC tỉnh;", "- Lưu: VT."], size=11)
    fill(t.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Quốc Việt"], b=True, align=C)
    widths(t, (8, 8))
    page_break(doc)
    para(doc, "DANH MỤC", b=True, align=C, after=0)
    para(doc, "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC BÁO CHÍ, XUẤT BẢN THUỘC THẨM QUYỀN GIẢI QUYẾT "
              "CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LAM GIANG", b=True, align=C, after=0)
    para(doc, "(Kèm theo Quyết định số: 0865/QĐ-UBND ngày 24/11/2026 của Chủ tịch Ủy ban nhân dân tỉnh Lam Giang)",
         i=True, align=C, after=6)
    para(doc, "- Thời gian tiếp nhận: Vào giờ hành chính các ngày làm việc trong tuần (trừ ngày nghỉ lễ theo quy định).")
    t = grid(doc, 1, 6)
    header_row(t, ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết", "Địa điểm thực hiện",
                   "Phí, lệ phí (nếu có)"])
    for n, code, name in [("01", "1.014464", "Thủ tục cấp " + CFS),
                          ("02", "1.014465", "Thủ tục sửa đổi, bổ sung/cấp lại " + CFS)]:
        spans(t, [(n, 1, False, C), (code, 1, False, C), (name, 1, False, None),
                  ("Trong thời hạn 02 ngày làm việc (cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) kể từ ngày nhận đủ "
                   "hồ sơ hợp lệ.", 1, False, None),
                  ("Trung tâm Phục vụ hành chính công tỉnh Lam Giang.", 1, False, None),
                  ("Không qui định", 1, False, C)])
    widths(t, (1.1, 2.2, 4.6, 3.4, 3.0, 1.7))
    para(doc, "Tổng số: 02 TTHC./.", b=True, before=3)
    page_break(doc)
    para(doc, "QUY TRÌNH", b=True, align=C, after=0)
    para(doc, "NỘI BỘ, LIÊN THÔNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC BÁO CHÍ, XUẤT BẢN THUỘC "
              "THẨM QUYỀN GIẢI QUYẾT CỦA SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LAM GIANG", b=True, align=C, after=0)
    para(doc, "(Kèm theo Quyết định số: 0865/QĐ-UBND ngày 24/11/2026 của Chủ tịch Ủy ban nhân dân tỉnh Lam Giang)",
         i=True, align=C, after=6)
    para(doc, "Nhóm 2 thủ tục:", b=True)
    for n, code, name in [("1.", "1.014464", "Thủ tục cấp " + CFS), ("2.", "1.014465", "Thủ tục sửa đổi, bổ sung/cấp lại " + CFS)]:
        p = para(doc)
        run(p, f"{n} {name} ", b=True)
        run(p, f"(Mã TTHC: {code})", i=True)
    p = para(doc)
    run(p, "a) Thời gian giải quyết: ", i=True)
    run(p, "Trong thời hạn 02 ngày làm việc ")
    run(p, "(cắt giảm 01/03 ngày làm việc, tỷ lệ 33,33%) ", i=True)
    run(p, "kể từ ngày nhận đủ hồ sơ hợp lệ.")
    para(doc, "- Tại Sở Văn hóa, Thể thao và Du lịch 01 ngày làm việc;")
    para(doc, "- Tại Văn phòng Ủy ban nhân dân tỉnh 01 ngày làm việc.")
    for stage, lines in STEPS52:
        para(doc, stage, i=True)
        for line in lines:
            para(doc, line, align=J)
    p = para(doc, align=J)
    run(p, "Lưu ý: ", b=True, i=True)
    run(p, "Đối với các Quy trình liên thông như trên đơn vị nào nhận hồ sơ đầu vào xuất phiếu hẹn phải đảm bảo tổng "
           "thời gian thực hiện hết các Quy trình (từ khi nhận hồ sơ đầu vào đến khi kết thúc các quy trình, trả kết "
           "quả cho tổ chức, cá nhân)./.", i=True)
    save(doc, "52-quyet-dinh-lam-giang-quy-trinh-lien-thong-buoc-la-doan-van.docx")


# =====================================================================
# 53  Lam Giang, Sở Y tế — times as published: at once, a header that
#     carries the whole time, a range
# =====================================================================
MC53 = "Công chức Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh"
NVD = "Phòng Nghiệp vụ Dược"
P53 = [
    ("1.", "Thủ tục công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D", "1.003029",
     "- Thời hạn giải quyết: Ngay sau khi nhận đủ hồ sơ hợp lệ.",
     "Thời gian",
     [("Bước 1", "Nộp hồ sơ công bố trên Hệ thống thông tin về quản lý trang thiết bị y tế.", "Tổ chức, cá nhân", "Giờ hành chính", ""),
      ("Bước 2", "Tiếp nhận, kiểm tra tính đầy đủ của hồ sơ; cấp số tiếp nhận công bố.", MC53, "Ngay sau khi nhận đủ hồ sơ hợp lệ", ""),
      ("Bước 3", "Đăng tải thông tin công bố trên Cổng thông tin điện tử của Sở Y tế.", NVD, "Ngay sau khi nhận đủ hồ sơ hợp lệ", "")],
     "Ngay sau khi nhận đủ hồ sơ hợp lệ"),
    ("2.", "Thủ tục cấp giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc", "1.004616",
     None,
     "THỜI GIAN GIẢI QUYẾT TTHC (20 ngày làm việc)",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến " + NVD + ".", MC53, "0,5", ""),
      ("Bước 2", "Thẩm định hồ sơ; đánh giá thực tế tại cơ sở; lập biên bản đánh giá.", NVD, "15", ""),
      ("Bước 3", "Dự thảo Giấy chứng nhận đủ điều kiện kinh doanh dược, trình Lãnh đạo Sở.", NVD, "02", ""),
      ("Bước 4", "Xem xét, ký Giấy chứng nhận.", "Lãnh đạo Sở Y tế", "02", ""),
      ("Bước 5", "Vào sổ, đóng dấu; trả kết quả cho tổ chức, cá nhân.", MC53, "0,5", "")],
     "20"),
    ("3.", "Thủ tục cho phép hủy thuốc gây nghiện, thuốc hướng thần, thuốc tiền chất", "1.004532",
     "- Thời hạn giải quyết: Từ 01 đến 03 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ.",
     "Thời gian",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; chuyển hồ sơ đến " + NVD + ".", MC53, "0,5 ngày làm việc", ""),
      ("Bước 2", "Thẩm định hồ sơ; dự thảo văn bản cho phép hủy thuốc.", NVD, "1,5 ngày làm việc", ""),
      ("Bước 3", "Xem xét, ký văn bản.", "Lãnh đạo Sở Y tế", "0,5 ngày làm việc", ""),
      ("Bước 4", "Trả kết quả cho cơ sở.", MC53, "0,5 ngày làm việc", "")],
     "03 ngày làm việc"),
]


def doc53():
    doc = new_document("Quyết định 0917/QĐ-UBND phê duyệt quy trình nội bộ giải quyết TTHC lĩnh vực dược, trang thiết bị y tế", 14)
    first_page(doc, ["ỦY BAN NHÂN DÂN", "TỈNH LAM GIANG"], "Số: 0917/QĐ-UBND",
               "Lam Giang, ngày 01 tháng 12 năm 2026")
    subject = ("Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực dược phẩm, trang thiết bị "
               "y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Lam Giang")
    decision_body(doc, subject, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAM GIANG", [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành "
        "chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;",
        "Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 415/TTr-SYT ngày 24 tháng 11 năm 2026.",
    ], [
        "Điều 1. Phê duyệt kèm theo Quyết định này 03 quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực "
        "dược phẩm, trang thiết bị y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Lam Giang.",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các tổ chức, cá nhân có liên quan "
        "chịu trách nhiệm thi hành Quyết định này./.",
    ])
    t = grid(doc, 1, 2, style=None)
    fill(t.cell(0, 0), ["Nơi nhận:", "- Như Điều 3;", "- Cục KSTTHC, VPCP;", "- Lưu: VT, KSTT."], size=11)
    fill(t.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Minh Khoa"], b=True, align=C)
    widths(t, (8, 8))
    annex_head(doc, ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC DƯỢC PHẨM, TRANG THIẾT BỊ Y TẾ "
                     "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ TỈNH LAM GIANG"],
               "(Kèm theo Quyết định số 0917/QĐ-UBND ngày 01 tháng 12 năm 2026 của Chủ tịch "
               "Ủy ban nhân dân tỉnh Lam Giang)")
    for num, heading, code, limit, header, steps, total in P53:
        para(doc, f"{num} {heading}", b=True, before=6)
        para(doc, f"- Mã TTHC: {code}")
        if limit:
            para(doc, limit)
        step_table(doc, steps, total, unit_header=header)
    save(doc, "53-quyet-dinh-lam-giang-so-y-te-thoi-gian-ngay-khoang-tieu-de.docx")


if __name__ == "__main__":
    for f in (doc50, doc51, doc52, doc53):
        f()
    print("ok")
