#!/usr/bin/env python3
"""Writes the Word files 47–49 of the corpus (tests/corpus/docx/pending/):
three more annexes of internal procedures for administrative procedures
(quy trình nội bộ giải quyết thủ tục hành chính), in layouts that
annex-research.md records as seen in published annexes but that 44–46 do
not copy. Like 44–46 they carry no ISO apparatus (no QT code, no issue,
no signature grid).

  47  Phụ lục 1 and Phụ lục 2 of Quyết định 1736/QĐ-UBND of the Chairman of
      tỉnh Hòa An: three procedures of the communes (đất đai, tài chính đất
      đai), laid out as Cao Bằng lays them out (annex-research.md, sources 1
      and 2): a list table first, then level and field headings ("A. …",
      "I. LĨNH VỰC ĐẤT ĐAI: 02 QUY TRÌNH."), and for each procedure a bold
      line "Quy trình số 01" (restarting under each field) and a heading
      "1. Quy trình nội bộ giải quyết TTHC: “…” (Mã TTHC: …)", the name in
      quotation marks (2022/QĐ-UBND) or not (2028/QĐ-UBND). Step tables
      "Thứ tự công việc | Nội dung công việc | Trách nhiệm thực hiện |
      Thời gian thực hiện", or "Bước thực hiện | … | Đơn vị thực hiện | …"
      (2028), the limit only in the total row. Procedure 3 copies Nghệ An
      3857/QĐ-UBND (source 4): "(tính mỗi ngày 08 giờ làm việc)" in the
      time column's header, steps in plain "giờ", total "168 giờ (tương
      đương 21 ngày làm việc) …". Procedure 2 is timed in plain "ngày"
      (calendar days, as hòa giải tranh chấp đất đai is in law), as Cao
      Bằng's "190 ngày". The file is clean.
  48  Phụ lục of Quyết định 1627/QĐ-TTPVHCC of the Director of the Trung tâm
      Phục vụ hành chính công tỉnh Lam Giang: three procedures of the
      communes, laid out as Hà Nội 1594/QĐ-TTPVHCC (source 5): a list
      "TT | Mã TTHC | Lĩnh vực/Tên quy trình nội bộ | Ký hiệu | Ghi chú",
      then each procedure "I. Thủ tục … (Mã TTHC: …, ký hiệu: QTCX-11)" with
      sub-sections "1. Cơ sở pháp lý", "2. Thời gian giải quyết, phí, lệ
      phí, …" (a table "Ngày làm việc | Giờ làm việc"), "3. Quy trình giải
      quyết" (three of Hà Nội's seven, renumbered; a step table "Tên bước | Đơn vị/người thực hiện | Nội dung
      công việc | Thời hạn giải quyết (ĐVT: Ngày làm việc) | Biểu mẫu/ kết
      quả", the total as one merged row "Tổng thời gian: …"). Procedure I
      serves two TTHC ("Mã TTHC: 1.001612; 2.000720", as Cà Mau groups two
      TTHC in one procedure, source 10). Procedure II runs through three
      offices: merged rows "Quy trình nội bộ tại …" (Hà Nội) and sub-total
      rows "Tổng thời gian giải quyết TTHC ở cấp xã là: | 06 ngày" (Nghệ An
      3854, source 4) inside its step table. One planted defect: in
      procedure III, Bước 3 has an empty "Đơn vị/người thực hiện" cell.
  49  Phụ lục of a decision of the Chairman of tỉnh Bình Sơn (Sở Nội vụ)
      published with its number and day left blank, "(Kèm theo Quyết định
      số        /QĐ-UBND ngày       tháng 11 năm 2026 …)", as Bắc Ninh
      1490/QĐ-UBND (source 6), with Bắc Ninh's field headings "I. Lĩnh vực
      …", columns "Thứ tự công việc | Nội dung công việc cụ thể | Đơn vị/
      Người thực hiện | Thời gian thực hiện | Sản phẩm", bold "Bước N" and
      a total row "Tổng thời gian giải quyết TTHC | Tổng thời gian giải
      quyết TTHC: Không quá … ngày làm việc …". One TTHC is split in two
      procedures "1.1." and "1.2." under its heading "1. Thủ tục cấp, cấp
      lại … (Mã TTHC: 1.013934)", as Cao Bằng 2028/QĐ-UBND does for the
      same TTHC. Three procedures; the file is clean.

Sources beyond annex-research.md's table (read in the same repository,
tnt305/tai_lieu_noi_bo, src/etl/dataset/): 77dca8a7aeea79a1.md (Cao Bằng
2028/QĐ-UBND: "1. Quy trình nội bộ giải quyết TTHC:Thủ tục cấp, cấp lại …
(Mã TTHC: 1.013934)." then "1.1. Thủ tục cấp …" (10 ngày làm việc) and
"1.2. Thủ tục cấp lại …" (03 ngày làm việc), each its own table);
82483d7fa7f7a186.md (Hà Nội 1594/QĐ-TTPVHCC: its sub-sections 1–7, the
table "Thời gian giải quyết / Ngày làm việc | Giờ làm việc / 30 ngày | 240
giờ", the step table's header, "Quy trình nội bộ tại UBND thành phố Hà
Nội" rows, "Tổng thời gian: 30 ngày làm việc kể từ …"); b1bac569be973504.md
(Cà Mau 01763/QĐ-UBND: "Nhóm 2 thủ tục:" 1.014464.H12 and 1.014465.H12);
f7f2733d47a603dc.md (Nghệ An 3854/QĐ-UBND: "Tổng thời gian giải quyết
TTHC ở cấp xã là: | 40 giờ làm việc" mid-table); a9e3b1619c1d3512.md (Nghệ
An 3857/QĐ-UBND: 1.012994, 4 + 4 + 112 + 24 + 16 + 8 = 168 giờ).

Agencies are fictional (tỉnh Hòa An, tỉnh Lam Giang, tỉnh Bình Sơn). The
national TTHC codes are real: 1.013978, 1.012812, 1.001612, 2.000720 and
2.000884, 2.001955 are those checked for ../documents/ (see
../documents/README.md); 1.012994 (Nghệ An 3857), 1.013934 (Cao Bằng
2028) are printed with these names in the annexes of annex-research.md.
The ký hiệu "QTCX-11", "QTCX-21", "QTCX-32" are the province's own, made
up as Hà Nội's "QTTP-20" is Hà Nội's.

The files are saved in pending/ (PENDING in _lib.py) until the reader
reads these layouts (see pending/README.md).

Usage:  python3 generate-annex-variants.py   (python-docx 1.2.0 and its
        lxml; helpers in _lib.py beside it)

The output is deterministic (fixed core properties, zip entries rewritten
with a fixed timestamp and mode 0644 by _lib.save). The *.expected.json
files are NOT written by this script: they were typed by reading the
documents.
"""
import sys
sys.dont_write_bytecode = True
from _lib import *  # noqa

L = WD_ALIGN_PARAGRAPH.LEFT


# =====================================================================
# 47  Hòa An — communes, đất đai and tài chính đất đai, Cao Bằng layout
# =====================================================================
TTX = "Công chức Trung tâm Phục vụ hành chính công xã"
DK_NAME = ("Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, "
           "quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng "
           "dân cư, người gốc Việt Nam định cư ở nước ngoài")
DECISION47 = ("(Kèm theo Quyết định số 1736/QĐ-UBND ngày 16 tháng 10 năm 2026 của Chủ tịch "
              "Ủy ban nhân dân tỉnh Hòa An)")
HEAD_CB = ["Thứ tự công việc", "Nội dung công việc", "Trách nhiệm thực hiện", "Thời gian thực hiện"]

P47 = [
    # (field heading or None, "Quy trình số NN", heading, header, steps, total row, total layout)
    ("I. LĨNH VỰC ĐẤT ĐAI: 02 QUY TRÌNH.", "Quy trình số 01",
     f"1. Quy trình nội bộ giải quyết TTHC: “{DK_NAME}” (Mã TTHC: 1.013978)",
     HEAD_CB,
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; "
                 "chuyển hồ sơ đến Phòng Kinh tế.", TTX, "0,5 ngày làm việc"),
      ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Lãnh đạo Phòng Kinh tế", "0,5 ngày làm việc"),
      ("Bước 3", ["Kiểm tra hồ sơ; xác định nguồn gốc, thời điểm sử dụng đất, tình trạng tranh chấp, "
                  "sự phù hợp với quy hoạch sử dụng đất.",
                  "Gửi hồ sơ đến Chi nhánh Văn phòng đăng ký đất đai."],
       "Công chức Phòng Kinh tế (địa chính)", "06 ngày làm việc"),
      ("Bước 4", "Cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; gửi thông tin xác định "
                 "nghĩa vụ tài chính đến cơ quan thuế (nếu có); chuyển hồ sơ về Ủy ban nhân dân xã.",
       "Chi nhánh Văn phòng đăng ký đất đai", "07 ngày làm việc"),
      ("Bước 5", "Thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân xã ký Giấy chứng nhận.",
       "Lãnh đạo Phòng Kinh tế", "03 ngày làm việc"),
      ("Bước 6", "Ký Giấy chứng nhận.", "Chủ tịch Ủy ban nhân dân xã", "02 ngày làm việc"),
      ("Bước 7", "Vào sổ cấp Giấy chứng nhận, đóng dấu; chuyển kết quả đến Trung tâm Phục vụ hành chính công xã.",
       "Văn thư Ủy ban nhân dân xã", "01 ngày làm việc"),
      ("Bước 8", "Trao Giấy chứng nhận cho người được cấp sau khi đã hoàn thành nghĩa vụ tài chính "
                 "(trực tiếp hoặc qua dịch vụ bưu chính công ích tùy theo đăng ký).", TTX, "Không tính thời gian")],
     "20 ngày làm việc", "cb2022"),
    (None, "Quy trình số 02",
     "2. Quy trình nội bộ giải quyết TTHC: Hòa giải tranh chấp đất đai (Mã TTHC: 1.012812)",
     ["Bước thực hiện", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện"],
     [("Bước 1", "Tiếp nhận đơn yêu cầu hòa giải tranh chấp đất đai; chuyển Phòng Kinh tế.", TTX, "01 ngày"),
      ("Bước 2", "Thẩm tra, xác minh nguyên nhân phát sinh tranh chấp; thu thập giấy tờ, tài liệu có liên quan "
                 "do các bên cung cấp về nguồn gốc, quá trình sử dụng đất và hiện trạng sử dụng đất.",
       "Công chức Phòng Kinh tế (địa chính)", "12 ngày"),
      ("Bước 3", "Trình Chủ tịch Ủy ban nhân dân xã quyết định thành lập Hội đồng hòa giải tranh chấp đất đai.",
       "Phòng Kinh tế; Chủ tịch Ủy ban nhân dân xã", "03 ngày"),
      ("Bước 4", "Tổ chức cuộc họp hòa giải; lập biên bản hòa giải thành hoặc hòa giải không thành.",
       "Hội đồng hòa giải tranh chấp đất đai xã", "10 ngày"),
      ("Bước 5", "Gửi biên bản hòa giải cho các bên tranh chấp; lưu hồ sơ tại Ủy ban nhân dân xã.",
       "Phòng Kinh tế", "04 ngày")],
     "30 ngày", "cb2028"),
    ("II. LĨNH VỰC TÀI CHÍNH ĐẤT ĐAI: 01 QUY TRÌNH.", "Quy trình số 01",
     "1. Quy trình nội bộ giải quyết TTHC: “Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư” (Mã TTHC: 1.012994)",
     HEAD_CB[:3] + ["Thời gian thực hiện (tính mỗi ngày 08 giờ làm việc)"],
     [("Bước 1", "Kiểm tra, hướng dẫn, tiếp nhận hồ sơ; số hóa hồ sơ vào Hệ thống thông tin giải quyết thủ tục "
                 "hành chính tỉnh; gửi Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ tới Phòng Kinh tế.",
       TTX, "04 giờ"),
      ("Bước 2", "Nhận hồ sơ, phân công công chức xử lý hồ sơ.", "Lãnh đạo Phòng Kinh tế", "04 giờ"),
      ("Bước 3", "Xử lý, thẩm định hồ sơ; dự thảo kết quả giải quyết.", "Chuyên viên Phòng Kinh tế", "112 giờ"),
      ("Bước 4", "Thẩm tra, xem xét, xác nhận dự thảo kết quả giải quyết trước khi trình Lãnh đạo Ủy ban nhân dân xã.",
       "Lãnh đạo Phòng Kinh tế", "24 giờ"),
      ("Bước 5", "Ký phê duyệt văn bản xác nhận số tiền bồi thường, hỗ trợ và tái định cư được trừ vào tiền sử dụng "
                 "đất, tiền thuê đất; chuyển hồ sơ (điện tử) đến Văn thư.", "Lãnh đạo Ủy ban nhân dân xã", "16 giờ"),
      ("Bước 6", "Vào sổ văn bản; chuyển kết quả đến cơ quan thuế nơi có đất và Trung tâm Phục vụ hành chính công xã.",
       "Văn thư Ủy ban nhân dân xã", "08 giờ"),
      ("Bước 7", "Thông báo và trả kết quả cho tổ chức, cá nhân; xác nhận trả kết quả trên Hệ thống thông tin giải "
                 "quyết thủ tục hành chính tỉnh.", TTX, "Không tính thời gian")],
     "168 giờ (tương đương 21 ngày làm việc) kể từ ngày nhận đủ hồ sơ theo quy định", "cb2022"),
]

LIST47 = [("I", "THỦ TỤC HÀNH CHÍNH CẤP XÃ (03 TTHC)"),
          ("", "LĨNH VỰC ĐẤT ĐAI (02 TTHC)"),
          ("1", "1.013978", DK_NAME, ""),
          ("2", "1.012812", "Hòa giải tranh chấp đất đai", ""),
          ("", "LĨNH VỰC TÀI CHÍNH ĐẤT ĐAI (01 TTHC)"),
          ("3", "1.012994", "Khấu trừ kinh phí bồi thường, hỗ trợ, tái định cư", "")]


def doc47():
    doc = new_document("Quy trình nội bộ giải quyết TTHC lĩnh vực đất đai, tài chính đất đai cấp xã tỉnh Hòa An", 13)
    title_block(doc, "PHỤ LỤC 1",
                ["DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI, TÀI CHÍNH ĐẤT ĐAI THUỘC THẨM QUYỀN "
                 "GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TỈNH HÒA AN"], DECISION47)
    t = grid(doc, 1, 4)
    header_row(t, ["STT", "Mã TTHC", "Tên TTHC", "Ghi chú"])
    for row in LIST47:
        if len(row) == 2:
            spans(t, [(row[0], 1, True, C), (row[1], 3, True, None)])
        else:
            spans(t, [(row[0], 1, False, C), (row[1], 1, False, C), (row[2], 1, False, None), (row[3], 1, False, None)])
    widths(t, (1.3, 2.6, 9.4, 2.7))
    para(doc, "Tổng số TTHC công bố: 03 TTHC", b=True, before=3)
    page_break(doc)

    title_block(doc, "PHỤ LỤC 2",
                ["QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤT ĐAI, TÀI CHÍNH ĐẤT ĐAI "
                 "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TỈNH HÒA AN"], DECISION47)
    para(doc, "A. QUY TRÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ (03 QUY TRÌNH)", b=True, before=6)
    for field, number, heading, head, steps, total, kind in P47:
        if field:
            para(doc, field, b=True, before=6)
        para(doc, number, b=True, before=6, after=0)
        para(doc, heading, b=True)
        st = grid(doc, 1, 4)
        header_row(st, head)
        for order, action, resp, dur in steps:
            spans(st, [(order, 1, False, C), (action, 1, False, None), (resp, 1, False, None), (dur, 1, False, C)])
        if kind == "cb2028":
            # "| Tổng thời gian giải quyết TTHC | | 190 ngày |" (Cao Bằng 2028)
            spans(st, [("Tổng thời gian giải quyết TTHC", 2, True, C), ("", 1, False, None), (total, 1, True, C)])
        else:
            spans(st, [("Tổng thời gian giải quyết TTHC", 3, True, C), (total, 1, True, C)])
        widths(st, (2.2, 7.0, 4.0, 2.8))
    save(doc, "47-phu-luc-hoa-an-quy-trinh-so-cap-xa-dat-dai.docx")


# =====================================================================
# 48  Lam Giang — communes, Hà Nội layout; ký hiệu; two TTHC in one
#     procedure; section and sub-total rows; an empty responsible
# =====================================================================
DECISION48 = ("(Kèm theo Quyết định số 1627/QĐ-TTPVHCC ngày 05/11/2026 của Giám đốc Trung tâm "
              "Phục vụ hành chính công tỉnh Lam Giang)")
HEAD_HN = ["Tên bước", "Đơn vị/người thực hiện", "Nội dung công việc",
           "Thời hạn giải quyết\n(ĐVT: Ngày làm việc)", "Biểu mẫu/ kết quả"]
GTN48 = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả theo Mẫu số 01, Thông tư số 03/2025/TT-VPCP"
HKD = ("Thủ tục đăng ký thành lập hộ kinh doanh và Thủ tục đăng ký thay đổi nội dung đăng ký "
       "hộ kinh doanh")
DK48 = ("Thủ tục đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, "
        "quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, "
        "người gốc Việt Nam định cư ở nước ngoài")
CT48 = "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản"

P48 = [
    ("I.", HKD, "(Mã TTHC: 1.001612; 2.000720, ký hiệu: QTCX-11)",
     ["Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020;",
      "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp;",
      "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế "
      "một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia."],
     ("03 ngày", "24 giờ", "Không", "Theo Nghị quyết của Hội đồng nhân dân tỉnh", "Toàn trình"),
     [("step", "Bước 1", TTX, "Kiểm tra, hướng dẫn, tiếp nhận hồ sơ; số hóa hồ sơ vào Hệ thống thông tin giải quyết "
                               "thủ tục hành chính; gửi Giấy tiếp nhận hồ sơ và hẹn trả kết quả cho người nộp hồ sơ.",
       "1/2 ngày", GTN48),
      ("step", "Bước 2", "Lãnh đạo Phòng Kinh tế", "Phân công công chức thụ lý hồ sơ.", "1/2 ngày",
       "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
      ("step", "Bước 3", "Chuyên viên Phòng Kinh tế",
       "Thẩm định hồ sơ; nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh; dự thảo Giấy "
       "chứng nhận đăng ký hộ kinh doanh hoặc Thông báo yêu cầu sửa đổi, bổ sung hồ sơ.", "01 ngày",
       "Dự thảo Giấy chứng nhận đăng ký hộ kinh doanh"),
      ("step", "Bước 4", "Trưởng phòng Kinh tế", "Xem xét, ký Giấy chứng nhận đăng ký hộ kinh doanh.", "1/2 ngày",
       "Giấy chứng nhận đăng ký hộ kinh doanh"),
      ("step", "Bước 5", TTX, "Trả kết quả cho người nộp hồ sơ; xác nhận trả kết quả trên Hệ thống thông tin giải "
                               "quyết thủ tục hành chính.", "1/2 ngày", "Sổ theo dõi hồ sơ")],
     "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
    ("II.", DK48, "(Mã TTHC 1.013978, ký hiệu: QTCX-21)",
     ["Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;",
      "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, "
      "cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai;",
      "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền "
      "địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai."],
     ("20 ngày", "160 giờ", "Không", "Theo Nghị quyết của Hội đồng nhân dân tỉnh", "Một phần"),
     [("section", "Quy trình nội bộ tại Ủy ban nhân dân xã"),
      ("step", "Bước 1", TTX, "Kiểm tra, tiếp nhận hồ sơ; số hóa hồ sơ; gửi Giấy tiếp nhận hồ sơ và hẹn trả kết quả; "
                               "chuyển hồ sơ đến Phòng Kinh tế.", "1/2 ngày", GTN48),
      ("step", "Bước 2", "Lãnh đạo Phòng Kinh tế", "Phân công công chức thụ lý hồ sơ.", "1/2 ngày", ""),
      ("step", "Bước 3", "Công chức Phòng Kinh tế (địa chính)",
       "Kiểm tra hồ sơ; xác nhận nguồn gốc, thời điểm sử dụng đất, tình trạng tranh chấp, sự phù hợp với quy hoạch "
       "sử dụng đất; gửi hồ sơ đến Chi nhánh Văn phòng đăng ký đất đai.", "05 ngày", "Hồ sơ kèm theo văn bản xác nhận"),
      ("subtotal", "Tổng thời gian giải quyết TTHC ở cấp xã là:", "06 ngày"),
      ("section", "Quy trình nội bộ tại Chi nhánh Văn phòng đăng ký đất đai"),
      ("step", "Bước 4", "Viên chức Chi nhánh Văn phòng đăng ký đất đai",
       "Kiểm tra hồ sơ; trích lục hoặc trích đo bản đồ địa chính thửa đất (nếu có); gửi thông tin xác định nghĩa vụ "
       "tài chính đến cơ quan thuế (nếu có).", "05 ngày", "Phiếu chuyển thông tin"),
      ("step", "Bước 5", "Lãnh đạo Chi nhánh Văn phòng đăng ký đất đai",
       "Cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; chuyển hồ sơ về Ủy ban nhân dân xã.", "02 ngày",
       "Hồ sơ đã cập nhật"),
      ("subtotal", "Tổng thời gian giải quyết TTHC ở Chi nhánh Văn phòng đăng ký đất đai là:", "07 ngày"),
      ("section", "Quy trình nội bộ tại Ủy ban nhân dân xã"),
      ("step", "Bước 6", "Trưởng phòng Kinh tế", "Thẩm định, trình Chủ tịch Ủy ban nhân dân xã ký Giấy chứng nhận.",
       "03 ngày", "Dự thảo Giấy chứng nhận"),
      ("step", "Bước 7", "Chủ tịch Ủy ban nhân dân xã", "Ký Giấy chứng nhận.", "02 ngày", "Giấy chứng nhận"),
      ("step", "Bước 8", "Văn thư Ủy ban nhân dân xã",
       "Vào sổ cấp Giấy chứng nhận, đóng dấu; chuyển kết quả đến Trung tâm Phục vụ hành chính công xã.", "01 ngày", ""),
      ("step", "Bước 9", TTX, "Trao Giấy chứng nhận cho người được cấp; xác nhận trả kết quả trên Hệ thống thông tin "
                               "giải quyết thủ tục hành chính.", "01 ngày", "Sổ theo dõi hồ sơ"),
      ("subtotal", "Tổng thời gian giải quyết TTHC ở cấp xã (sau khi nhận lại hồ sơ) là:", "07 ngày")],
     "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không kể thời gian người sử dụng đất thực hiện "
     "nghĩa vụ tài chính)."),
    ("III.", CT48, "(Mã TTHC: 2.000884, ký hiệu: QTCX-32)",
     ["Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ "
      "bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch;",
      "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định "
      "trong lĩnh vực hộ tịch, quốc tịch, chứng thực."],
     ("01 ngày", "08 giờ", "Không", "10.000 đồng/trường hợp", "Một phần"),
     [("step", "Bước 1", TTX, "Tiếp nhận yêu cầu; kiểm tra giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực chữ ký; "
                               "người yêu cầu chứng thực ký trước mặt người tiếp nhận.", "1/4 ngày", ""),
      ("step", "Bước 2", "Công chức làm công tác tư pháp - hộ tịch", "Ghi lời chứng; trình ký.", "1/4 ngày",
       "Lời chứng theo mẫu"),
      ("step", "Bước 3", "", "Ký chứng thực.", "1/4 ngày", ""),
      ("step", "Bước 4", TTX, "Đóng dấu, ghi Sổ chứng thực; thu lệ phí; trả kết quả cho người yêu cầu.", "1/4 ngày",
       "Sổ chứng thực chữ ký")],
     "01 ngày làm việc; trường hợp tiếp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo."),
]


def time_table(doc, values):
    """"4. Thời gian giải quyết, phí, lệ phí …" as Hà Nội prints it: a
    two-row header (spans and a vertical merge), then one row."""
    t = grid(doc, 3, 5)
    a = t.cell(0, 0).merge(t.cell(0, 1))
    fill(a, "Thời gian giải quyết", b=True, align=C)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    fill(m, ["Mức thu", "(ĐVT: Việt Nam đồng)"], b=True, align=C)
    d = t.cell(0, 4).merge(t.cell(1, 4))
    fill(d, "Cung cấp dịch vụ công trực tuyến", b=True, align=C)
    for j, v in enumerate(["Ngày làm việc", "Giờ làm việc", "Phí", "Lệ phí"]):
        fill(t.cell(1, j), v, i=True, align=C)
    for j, v in enumerate(values):
        fill(t.cell(2, j), v, align=C)
    widths(t, (3.0, 3.0, 3.0, 6.0, 5.0))


def doc48():
    doc = new_document("Quy trình nội bộ, quy trình điện tử giải quyết TTHC cấp xã tỉnh Lam Giang", 13)
    landscape(doc)
    title_block(doc, "PHỤ LỤC",
                ["QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN "
                 "GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ TRÊN ĐỊA BÀN TỈNH LAM GIANG"], DECISION48)
    para(doc, "A. DANH MỤC QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC "
              "THẨM QUYỀN GIẢI QUYẾT CỦA ỦY BAN NHÂN DÂN CẤP XÃ", b=True, before=6)
    t = grid(doc, 1, 5)
    header_row(t, ["TT", "Mã TTHC", "Lĩnh vực/Tên quy trình nội bộ", "Ký hiệu", "Ghi chú"])
    spans(t, [("I", 1, True, C), ("", 1, False, None),
              ("DANH MỤC QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", 3, True, None)])
    spans(t, [("1", 1, False, C), (["1.001612", "2.000720"], 1, False, C),
              (["Đăng ký thành lập hộ kinh doanh", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh"], 1, False, None),
              ("QTCX-11", 1, False, C), ("Một quy trình cho 02 TTHC", 1, False, None)])
    spans(t, [("II", 1, True, C), ("", 1, False, None),
              ("DANH MỤC QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG", 3, True, None)])
    spans(t, [("1", 1, False, C), ("1.013978", 1, False, C), (DK_NAME, 1, False, None),
              ("QTCX-21", 1, False, C), ("", 1, False, None)])
    spans(t, [("2", 1, False, C), ("2.000884", 1, False, C), ("Chứng thực chữ ký trong các giấy tờ, văn bản", 1, False, None),
              ("QTCX-32", 1, False, C), ("", 1, False, None)])
    widths(t, (1.2, 2.8, 14.0, 2.4, 5.3))

    para(doc, "B. NỘI DUNG QUY TRÌNH NỘI BỘ, QUY TRÌNH ĐIỆN TỬ ĐỐI VỚI VIỆC GIẢI QUYẾT TỪNG THỦ TỤC HÀNH CHÍNH",
         b=True, before=6)
    for roman, name, codes, bases, times, rows, total in P48:
        p = para(doc, f"{roman} {name} ", b=True, before=6)
        run(p, codes, b=True)
        para(doc, "1. Cơ sở pháp lý", b=True)
        for b in bases:
            para(doc, f"- {b}")
        para(doc, "2. Thời gian giải quyết, phí, lệ phí, mức độ cung cấp dịch vụ công trực tuyến", b=True)
        time_table(doc, times)
        para(doc, "3. Quy trình giải quyết", b=True, before=6)
        st = grid(doc, 1, 5)
        header_row(st, HEAD_HN)
        for r in rows:
            if r[0] == "section":
                spans(st, [(r[1], 5, True, None)])
            elif r[0] == "subtotal":
                spans(st, [(r[1], 3, True, None), (r[2], 1, True, C), ("", 1, False, None)])
            else:
                _, order, who, what, dur, form = r
                spans(st, [(order, 1, True, C), (who, 1, False, None), (what, 1, False, None),
                           (dur, 1, False, C), (form, 1, False, None)])
        r = st.add_row()
        c = r.cells[0].merge(r.cells[4])
        p = c.paragraphs[0]
        run(p, "Tổng thời gian: ", i=True)
        run(p, total)
        widths(st, (2.2, 5.0, 10.0, 3.4, 5.1))
    save(doc, "48-phu-luc-lam-giang-ky-hieu-quy-trinh-cap-xa.docx")


# =====================================================================
# 49  Bình Sơn — Sở Nội vụ, the decision's number and day left blank,
#     "1.1." / "1.2." under one TTHC
# =====================================================================
DECISION49 = ("(Kèm theo Quyết định số          /QĐ-UBND ngày        tháng 11 năm 2026 của Chủ tịch "
              "UBND tỉnh Bình Sơn)")
HEAD_BN = ["Thứ tự công việc", "Nội dung công việc cụ thể", "Đơn vị/ Người thực hiện",
           "Thời gian thực hiện", "Sản phẩm"]
MC49 = "Công chức Sở Nội vụ tại Trung tâm Phục vụ hành chính công tỉnh"
LT = "giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trữ"

P49 = [
    ("I. Lĩnh vực Văn thư, lưu trữ",
     f"1. Thủ tục cấp, cấp lại {LT} (Mã TTHC: 1.013934)",
     f"1.1. Thủ tục cấp {LT}",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ "
                 "đến Văn phòng Sở.", MC49, "0,5 ngày làm việc", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
      ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Chánh Văn phòng Sở", "0,5 ngày làm việc",
       "Hồ sơ được phân công trên hệ thống"),
      ("Bước 3", "Thẩm định hồ sơ, kiểm tra điều kiện kinh doanh dịch vụ lưu trữ; dự thảo giấy chứng nhận hoặc văn "
                 "bản trả lời nêu rõ lý do.", "Công chức Văn phòng Sở", "07 ngày làm việc", "Dự thảo giấy chứng nhận"),
      ("Bước 4", "Xem xét dự thảo kết quả; trình Lãnh đạo Sở.", "Chánh Văn phòng Sở", "0,5 ngày làm việc", "Hồ sơ trình"),
      ("Bước 5", f"Phê duyệt, ký {LT}.", "Lãnh đạo Sở Nội vụ", "01 ngày làm việc", "Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lưu trữ"),
      ("Bước 6", "Vào sổ, đóng dấu; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.", "Văn thư Sở",
       "0,5 ngày làm việc", "Kết quả giải quyết TTHC"),
      ("Bước 7", "Trả kết quả cho tổ chức, cá nhân.", MC49, "Không tính thời gian", "Kết quả được trả cho tổ chức, cá nhân")],
     "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
    (None, None,
     f"1.2. Thủ tục cấp lại {LT}",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ "
                 "đến Văn phòng Sở.", MC49, "0,25 ngày làm việc", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
      ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Chánh Văn phòng Sở", "0,5 ngày làm việc",
       "Hồ sơ được phân công trên hệ thống"),
      ("Bước 3", "Thẩm định hồ sơ đề nghị cấp lại; dự thảo giấy chứng nhận cấp lại.", "Công chức Văn phòng Sở",
       "01 ngày làm việc", "Dự thảo giấy chứng nhận"),
      ("Bước 4", "Xem xét dự thảo kết quả; trình Lãnh đạo Sở.", "Chánh Văn phòng Sở", "0,5 ngày làm việc", "Hồ sơ trình"),
      ("Bước 5", "Phê duyệt, ký giấy chứng nhận cấp lại.", "Lãnh đạo Sở Nội vụ", "0,5 ngày làm việc",
       "Giấy chứng nhận được cấp lại"),
      ("Bước 6", "Vào sổ, đóng dấu; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.", "Văn thư Sở",
       "0,25 ngày làm việc", "Kết quả giải quyết TTHC"),
      ("Bước 7", "Trả kết quả cho tổ chức, cá nhân.", MC49, "Không tính thời gian", "Kết quả được trả cho tổ chức, cá nhân")],
     "Không quá 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
    ("II. Lĩnh vực Lao động", None,
     "1. Thủ tục đăng ký nội quy lao động của doanh nghiệp (Mã TTHC: 2.001955)",
     [("Bước 1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ, lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ "
                 "đến Phòng Lao động, Tiền lương và Bảo hiểm xã hội.", MC49, "0,5 ngày làm việc",
       "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
      ("Bước 2", "Phân công công chức thụ lý hồ sơ.", "Lãnh đạo Phòng Lao động, Tiền lương và Bảo hiểm xã hội",
       "0,5 ngày làm việc", "Hồ sơ được phân công trên hệ thống"),
      ("Bước 3", "Thẩm định nội quy lao động; dự thảo văn bản thông báo, hướng dẫn sửa đổi, bổ sung (nếu nội quy có "
                 "quy định trái pháp luật) hoặc văn bản trả lời doanh nghiệp.",
       "Công chức Phòng Lao động, Tiền lương và Bảo hiểm xã hội", "3,5 ngày làm việc", "Dự thảo văn bản"),
      ("Bước 4", "Xem xét dự thảo kết quả; trình Lãnh đạo Sở.", "Lãnh đạo Phòng Lao động, Tiền lương và Bảo hiểm xã hội",
       "0,5 ngày làm việc", "Hồ sơ trình"),
      ("Bước 5", "Ký duyệt kết quả giải quyết.", "Lãnh đạo Sở Nội vụ", "01 ngày làm việc", "Văn bản đã ký"),
      ("Bước 6", "Vào sổ, đóng dấu, phát hành văn bản; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.",
       "Văn thư Sở", "0,5 ngày làm việc", "Kết quả giải quyết TTHC"),
      ("Bước 7", "Trả kết quả cho doanh nghiệp.", MC49, "0,5 ngày làm việc", "Kết quả được trả cho doanh nghiệp")],
     "Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
]


def doc49():
    doc = new_document("Quy trình nội bộ giải quyết TTHC thuộc thẩm quyền của Sở Nội vụ tỉnh Bình Sơn", 13)
    landscape(doc)
    title_block(doc, "PHỤ LỤC",
                ["QUY TRÌNH NỘI BỘ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA "
                 "SỞ NỘI VỤ TỈNH BÌNH SƠN TRONG LĨNH VỰC VĂN THƯ, LƯU TRỮ VÀ LĨNH VỰC LAO ĐỘNG"], DECISION49)
    for field, parent, heading, steps, total in P49:
        if field:
            para(doc, field, b=True, before=6)
        if parent:
            para(doc, parent, b=True, before=6)
        # "1.1. Thủ tục cấp …" italic-bold under its TTHC; "1. Thủ tục …" bold.
        nested = heading[:4].count(".") == 2
        para(doc, heading, b=True, i=nested, before=3)
        st = grid(doc, 1, 5)
        header_row(st, HEAD_BN)
        for order, action, resp, dur, product in steps:
            spans(st, [(order, 1, True, C), (action, 1, False, None), (resp, 1, False, None),
                       (dur, 1, False, C), (product, 1, False, None)])
        spans(st, [("Tổng thời gian giải quyết TTHC", 2, True, C),
                   ("Tổng thời gian giải quyết TTHC: " + total, 3, True, None)])
        widths(st, (2.4, 9.0, 6.0, 3.5, 4.8))
    save(doc, "49-phu-luc-so-noi-vu-binh-son-chua-dien-so-quyet-dinh.docx")


if __name__ == "__main__":
    # The files whose number is in PENDING (_lib.py) go to pending/.
    os.makedirs(os.path.join(HERE, "pending"), exist_ok=True)
    for f in (doc47, doc48, doc49):
        f()
    print("ok")
