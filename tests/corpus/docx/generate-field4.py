#!/usr/bin/env python3
"""Writes the Word files 78–83 of the corpus (tests/corpus/docx/), next to
this script (PENDING ones, not read right yet, into pending/): the fourth
field test of the Word reader (python-docx 1.2.0 + lxml; helpers from
_lib.py; models in pending/field4/README.md, the readings typed before the
program ran in pending/field4/expected/, the first results in
pending/field4/REPORT.md).

Each file is a plausible upload of a Vietnamese agency in late 2026, of a
kind the corpus (01–69) and the third field test (70–77) do not have.
Agencies (tỉnh Hòa An, Lam Giang, Tân Hà, Bình Sơn), people, internal codes
are invented; laws, decrees, circulars, numbers, dates, national TTHC
codes, limits and fees are real (sources in README.md).

  78  UBND xã Đồng Tâm (Lam Giang) – chứng thực văn bản từ chối nhận di sản
      (2.001016). Step table "Bước | Nội dung | Thời gian thực hiện |
      Trách nhiệm thực hiện | Ghi chú": the time column BEFORE the
      responsible column, a "Ghi chú" column holding other durations
      ("trong 30 phút", "kéo dài … không quá 03 ngày làm việc"). Clean.
  79  UBND phường Bắc Sơn (Hòa An) – đăng ký nhận cha, mẹ, con (1.001022).
      Step rows grouped by phase rows inside the table ("I. TIẾP NHẬN HỒ
      SƠ", "II. XỬ LÝ HỒ SƠ", "III. TRẢ KẾT QUẢ") with a sub-total row per
      phase and a grand total. Clean.
  80  UBND xã Phú Lâm (Tân Hà) – đăng ký lại kết hôn (1.004746). Step 2 is
      two parallel sub-steps ("thực hiện đồng thời") written as sub-rows
      "a)" / "b)", each 16 hours; elapsed total 40 h = the 05-day limit.
      Clean.
  81  Trung tâm PVHCC xã Hòa Thuận (Bình Sơn) – chứng thực việc sửa đổi,
      bổ sung, hủy bỏ hợp đồng, giao dịch (2.000913). Written in two
      columns: section headings in the left column of borderless tables,
      content on the right (records as a table nested in the right cell),
      with a normal step table in between. Clean.
  82  Ban Quản lý các khu công nghiệp tỉnh Tân Hà, Văn phòng – quản lý văn
      bản đi, văn bản đến (internal). Bilingual header (English in
      parentheses), code "QT 01/VP" (spaces, slash), "Lần ban hành: 02" and
      "Lần sửa đổi: 00", effective date "Kể từ ngày ký". Clean (with its
      own policy policy-82.json giving the agency's code pattern).
  83  UBND xã Tân Phú (Bình Sơn) – chứng thực hợp đồng, giao dịch liên quan
      đến tài sản là động sản, quyền sử dụng đất, nhà ở (2.001035). Legal
      basis by SHORT NAMES only ("Luật Đất đai năm 2024", "Nghị định 23",
      "Thông tư 226"), except one full number. PLANTED: that number typed
      with a Latin D: "Nghị định số 280/2025/ND-CP" → DOC-020 (“ND” written
      without its diacritic).

Usage: python3 generate-field4.py [OUTDIR]   (default /tmp/field4/out)
Deterministic (fixed core properties, zip entries rewritten by
_lib.stable_zip).
"""
import io
import os
import sys

sys.dont_write_bytecode = True
CORPUS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, CORPUS)
import _lib  # noqa: E402
from _lib import h, lines  # noqa: E402
from _lib import (C, fill, grid, new_document, no_borders, page_break, para,  # noqa: E402
                  spans, table, widths)

OUT = sys.argv[1] if len(sys.argv) > 1 else CORPUS
# Files the reader does not read right yet: written to pending/.
PENDING: set = set()


def save(doc, name, outdir=None):
    """Like _lib.save, into OUT (pending/ for PENDING files in the corpus)."""
    return _lib.save_to(doc, name, outdir or OUT, PENDING)






def header_table(doc, left, middle, right, cms=(4.5, 7, 4.5)):
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), left, b=True, align=C)
    fill(t.cell(0, 1), middle, b=True, align=C)
    fill(t.cell(0, 2), right)
    widths(t, list(cms))
    return t


def grid_cols(doc, roles, rows):
    return table(doc, [[""] + roles] + rows, center_cols=tuple(range(1, len(roles) + 1)))


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
    "BLDS": "Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015",
    "LHT": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014",
    "123": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "04BTP": "Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
    "30/2020": "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    "33/2024": "Luật Lưu trữ số 33/2024/QH15 ngày 21/6/2024",
    "10/2022": "Thông tư số 10/2022/TT-BNV ngày 19/12/2022 của Bộ trưởng Bộ Nội vụ quy định thời hạn bảo quản tài liệu",
    "ISO": "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
}
BM = {"01": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
      "02": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
      "06": "Phiếu kiểm soát quá trình giải quyết hồ sơ"}


def forms_and_records(doc, records, forms=("01", "02", "06"), place="Bộ phận Một cửa"):
    h(doc, "6. BIỂU MẪU")
    rows = [["TT", "Tên biểu mẫu", "Mã hiệu"]]
    for k, f in enumerate(forms, 1):
        rows.append([str(k), BM[f] + " (Thông tư số 03/2025/TT-VPCP)", "Mẫu " + f])
    table(doc, rows, center_cols=(0, 2))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"]]
          + [[str(k)] + list(r) for k, r in enumerate(records, 1)], center_cols=(0,))


def grid3(doc, names, positions, dates):
    grid_cols(doc, ["Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
              [["Họ và tên"] + names, ["Chức vụ"] + positions, ["Chữ ký", "", "", ""], ["Ngày"] + dates])


# =====================================================================
# 78  time column before responsible; "Ghi chú" with durations
# =====================================================================
def f78():
    doc = new_document("Quy trình chứng thực văn bản từ chối nhận di sản")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG TÂM"],
                 ["QUY TRÌNH", "CHỨNG THỰC VĂN BẢN TỪ CHỐI NHẬN DI SẢN", "Mã TTHC: 2.001016"],
                 ["Mã hiệu: QT-TP-11", "Lần ban hành: 01", "Ngày ban hành: 09/11/2026", "Ngày hiệu lực: 12/11/2026"])
    para(doc)
    grid3(doc, ["Đoàn Thị Mỹ Hạnh", "Nông Văn Thạch", "Hà Quang Vinh"],
          ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
          ["28/10/2026", "03/11/2026", "09/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết yêu cầu chứng thực văn bản từ chối nhận di sản tại Ủy ban nhân dân xã Đồng Tâm.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với người từ chối nhận di sản có yêu cầu chứng thực; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã Đồng Tâm.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, [L["BLDS"], L["23"], L["07"], L["280"], L["01BTP"], L["226"], L["118"], L["3152"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Đồng Tâm", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Dự thảo văn bản từ chối nhận di sản", "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
                "Bản sao giấy tờ chứng minh quan hệ giữa người để lại di sản và người từ chối nhận di sản"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Đồng Tâm.")
    h(doc, "5.5. Phí")
    para(doc, "50.000 đồng/văn bản.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = table(doc, [["Bước", "Nội dung công việc", "Thời gian thực hiện", "Trách nhiệm thực hiện", "Ghi chú"],
                    ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06); chuyển hồ sơ cho công chức tư pháp - hộ tịch.",
                     "02 giờ làm việc", "Công chức Trung tâm PVHCC", "Hồ sơ chưa đầy đủ: lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) trong 30 phút."],
                    ["2", "Kiểm tra giấy tờ, đối chiếu bản sao; kiểm tra năng lực hành vi dân sự, sự tự nguyện của người từ chối nhận di sản; người yêu cầu ký trước mặt người thực hiện chứng thực.",
                     "06 giờ làm việc", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "Mẫu 06"],
                    ["3", "Ghi lời chứng, ghi Sổ chứng thực; trình ký.",
                     "04 giờ làm việc", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "Trường hợp kéo dài theo thỏa thuận bằng văn bản: không quá 03 ngày làm việc."],
                    ["4", "Xem xét, ký chứng thực; đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.",
                     "01 giờ làm việc", "Chủ tịch hoặc Phó Chủ tịch UBND xã; Văn thư UBND xã", "Mẫu 06"],
                    ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.",
                     "03 giờ làm việc", "Công chức Trung tâm PVHCC", "Trả ngay khi người yêu cầu đến nhận, trong 15 phút."]],
              center_cols=(0, 2))
    spans(t, [("Tổng thời gian giải quyết: 16 giờ làm việc (02 ngày làm việc)", 5, True, C)])
    widths(t, [1.2, 6.0, 2.3, 3.3, 3.2])
    forms_and_records(doc, [
        ("Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
        ("Văn bản từ chối nhận di sản đã được chứng thực (01 bản chính lưu)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ])
    save(doc, "78-xa-dong-tam-tu-choi-nhan-di-san-cot-thoi-gian-truoc-ghi-chu.docx")


# =====================================================================
# 79  phase rows and sub-totals inside the step table
# =====================================================================
def f79():
    doc = new_document("Quy trình đăng ký nhận cha, mẹ, con")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC SƠN"],
                 ["QUY TRÌNH", "ĐĂNG KÝ NHẬN CHA, MẸ, CON", "Mã TTHC: 1.001022"],
                 ["Mã hiệu: QT.HT.04", "Lần ban hành: 01", "Ngày ban hành: 16/11/2026", "Ngày hiệu lực: 18/11/2026"])
    para(doc)
    grid3(doc, ["Vi Thị Thu Trang", "Lục Văn Khải", "Tạ Minh Châu"],
          ["Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Chủ tịch UBND phường"],
          ["02/11/2026", "09/11/2026", "16/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký nhận cha, mẹ, con tại Ủy ban nhân dân phường Bắc Sơn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công dân có yêu cầu đăng ký nhận cha, mẹ, con; công chức Trung tâm Phục vụ hành chính công phường, Văn phòng HĐND và UBND phường Bắc Sơn.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, [L["BLDS"], L["LHT"], L["123"] + ", được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP ngày 09/01/2025", L["04BTP"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công phường Bắc Sơn", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "Giấy tờ, tài liệu là chứng cứ chứng minh quan hệ cha, mẹ, con"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ giấy tờ theo quy định; trường hợp cần phải xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Bắc Sơn; Cổng Dịch vụ công quốc gia.")
    h(doc, "5.5. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Hòa An.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = grid(doc, 1, 5)
    for j, v in enumerate(["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]):
        fill(t.cell(0, j), v, b=True, align=C)
    spans(t, [("I", 1, True, C), ("TIẾP NHẬN HỒ SƠ", 4, True, None)])
    spans(t, [("1", 1, False, C), ("Tiếp nhận, kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; hồ sơ đầy đủ thì lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", 1, False, None),
              ("Công chức Trung tâm PVHCC", 1, False, None), ("04 giờ làm việc", 1, False, C), ("Mẫu 01, Mẫu 02, Mẫu 06", 1, False, None)])
    spans(t, [("Cộng giai đoạn I", 3, True, C), ("04 giờ làm việc", 1, True, C), ("", 1, False, None)])
    spans(t, [("II", 1, True, C), ("XỬ LÝ HỒ SƠ", 4, True, None)])
    spans(t, [("2", 1, False, C), ("Kiểm tra, xác minh hồ sơ; nếu việc nhận cha, mẹ, con là đúng và không có tranh chấp thì dự thảo Trích lục, ghi Sổ đăng ký nhận cha, mẹ, con; trình ký.", 1, False, None),
              ("Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", 1, False, None), ("08 giờ làm việc", 1, False, C), ("Mẫu 06; dự thảo Trích lục", 1, False, None)])
    spans(t, [("3", 1, False, C), ("Xem xét, ký Trích lục đăng ký nhận cha, mẹ, con.", 1, False, None),
              ("Chủ tịch hoặc Phó Chủ tịch UBND phường", 1, False, None), ("06 giờ làm việc", 1, False, C), ("Mẫu 06; Trích lục đã ký", 1, False, None)])
    spans(t, [("4", 1, False, C), ("Đóng dấu, vào sổ văn bản; chuyển kết quả về Trung tâm PVHCC.", 1, False, None),
              ("Văn thư UBND phường", 1, False, None), ("02 giờ làm việc", 1, False, C), ("Mẫu 06", 1, False, None)])
    spans(t, [("Cộng giai đoạn II", 3, True, C), ("16 giờ làm việc", 1, True, C), ("", 1, False, None)])
    spans(t, [("III", 1, True, C), ("TRẢ KẾT QUẢ", 4, True, None)])
    spans(t, [("5", 1, False, C), ("Trả kết quả; các bên cùng ký vào Sổ đăng ký nhận cha, mẹ, con; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", 1, False, None),
              ("Công chức Trung tâm PVHCC; công chức tư pháp - hộ tịch", 1, False, None), ("04 giờ làm việc", 1, False, C), ("Mẫu 06; Trích lục đăng ký nhận cha, mẹ, con", 1, False, None)])
    spans(t, [("Cộng giai đoạn III", 3, True, C), ("04 giờ làm việc", 1, True, C), ("", 1, False, None)])
    spans(t, [("TỔNG CỘNG", 3, True, C), ("24 giờ làm việc (03 ngày làm việc)", 1, True, C), ("", 1, False, None)])
    widths(t, [1.2, 6.5, 3.4, 2.4, 2.5])
    forms_and_records(doc, [
        ("Sổ đăng ký nhận cha, mẹ, con", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"),
        ("Hồ sơ đăng ký nhận cha, mẹ, con", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC phường", "05 năm"),
    ])
    save(doc, "79-phuong-bac-son-nhan-cha-me-con-dong-giai-doan-cong-tung-giai-doan.docx")


# =====================================================================
# 80  parallel sub-steps a) / b)
# =====================================================================
def f80():
    doc = new_document("Quy trình đăng ký lại kết hôn")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LÂM"],
                 ["QUY TRÌNH", "ĐĂNG KÝ LẠI KẾT HÔN", "Mã TTHC: 1.004746"],
                 ["Mã hiệu: QT-HT-07", "Lần ban hành: 01", "Ngày ban hành: 10/11/2026", "Ngày hiệu lực: 13/11/2026"])
    para(doc)
    grid3(doc, ["Thạch Thị Sa Rên", "Dương Văn Lợi", "Kha Minh Tâm"],
          ["Công chức Văn phòng HĐND và UBND xã", "Phó Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
          ["27/10/2026", "03/11/2026", "10/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký lại kết hôn tại Ủy ban nhân dân xã Phú Lâm.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công dân có yêu cầu đăng ký lại kết hôn mà Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã Phú Lâm.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, [L["LHT"], L["123"], L["07"], L["04BTP"], L["118"], L["03VPCP"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Phú Lâm", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Tờ khai đăng ký lại kết hôn theo mẫu", "Bản sao Giấy chứng nhận kết hôn được cấp trước đây (nếu có)",
                "Giấy tờ, tài liệu có nội dung liên quan đến việc đăng ký kết hôn trước đây"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Phú Lâm; Cổng Dịch vụ công quốc gia.")
    h(doc, "5.5. Lệ phí")
    para(doc, "Theo Nghị quyết của Hội đồng nhân dân tỉnh Tân Hà.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = grid(doc, 1, 5)
    for j, v in enumerate(["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]):
        fill(t.cell(0, j), v, b=True, align=C)
    spans(t, [("1", 1, False, C), ("Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa đầy đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; chuyển hồ sơ.", 1, False, None),
              ("Công chức Trung tâm PVHCC", 1, False, None), ("04 giờ làm việc", 1, False, C), ("Mẫu 01, Mẫu 02, Mẫu 06", 1, False, None)])
    spans(t, [("2", 1, False, C), ("Xử lý hồ sơ: thực hiện đồng thời các công việc a) và b) dưới đây (16 giờ làm việc).", 4, False, None)])
    spans(t, [("a)", 1, False, C), ("Kiểm tra, đối chiếu hồ sơ với Cơ sở dữ liệu hộ tịch điện tử; kiểm tra điều kiện kết hôn theo quy định.", 1, False, None),
              ("Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", 1, False, None), ("16 giờ làm việc", 1, False, C), ("Mẫu 06", 1, False, None)])
    spans(t, [("b)", 1, False, C), ("Tra cứu Sổ đăng ký kết hôn lưu tại Ủy ban nhân dân xã; lập văn bản xác nhận tình trạng lưu trữ sổ hộ tịch.", 1, False, None),
              ("Công chức Văn phòng HĐND và UBND xã (văn thư - lưu trữ)", 1, False, None), ("16 giờ làm việc", 1, False, C), ("Mẫu 06; văn bản xác nhận", 1, False, None)])
    spans(t, [("3", 1, False, C), ("Tổng hợp kết quả kiểm tra; ghi Sổ đăng ký kết hôn, dự thảo Giấy chứng nhận kết hôn; trình ký.", 1, False, None),
              ("Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", 1, False, None), ("08 giờ làm việc", 1, False, C), ("Mẫu 06", 1, False, None)])
    spans(t, [("4", 1, False, C), ("Xem xét, ký Giấy chứng nhận kết hôn; đóng dấu, vào sổ.", 1, False, None),
              ("Chủ tịch hoặc Phó Chủ tịch UBND xã", 1, False, None), ("08 giờ làm việc", 1, False, C), ("Mẫu 06; Giấy chứng nhận kết hôn", 1, False, None)])
    spans(t, [("5", 1, False, C), ("Trả kết quả; hai bên cùng ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", 1, False, None),
              ("Công chức Trung tâm PVHCC", 1, False, None), ("04 giờ làm việc", 1, False, C), ("Mẫu 06", 1, False, None)])
    spans(t, [("Tổng thời gian giải quyết: 40 giờ làm việc (05 ngày làm việc); bước 2a và 2b thực hiện đồng thời.", 5, True, C)])
    widths(t, [1.2, 6.5, 3.4, 2.4, 2.5])
    forms_and_records(doc, [
        ("Sổ đăng ký kết hôn", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
        ("Hồ sơ đăng ký lại kết hôn", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ])
    save(doc, "80-xa-phu-lam-dang-ky-lai-ket-hon-buoc-dong-thoi-a-b.docx")


# =====================================================================
# 81  two-column layout (borderless tables) + a normal step table
# =====================================================================
def two_col(doc, rows, cms=(4.0, 12.0)):
    t = grid(doc, len(rows), 2, style=None)
    no_borders(t)
    for i, (head, body) in enumerate(rows):
        fill(t.cell(i, 0), head, b=True)
        if callable(body):
            body(t.cell(i, 1))
        else:
            fill(t.cell(i, 1), body)
    widths(t, list(cms))
    return t


def f81():
    doc = new_document("Quy trình chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch")
    header_table(doc, ["UBND XÃ HÒA THUẬN", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"],
                 ["QUY TRÌNH", "CHỨNG THỰC VIỆC SỬA ĐỔI, BỔ SUNG, HỦY BỎ HỢP ĐỒNG, GIAO DỊCH", "Mã TTHC: 2.000913"],
                 ["Mã hiệu: QT.TTPV.09", "Lần ban hành: 01", "Ngày ban hành: 13/11/2026", "Ngày hiệu lực: 16/11/2026"])
    para(doc)
    grid3(doc, ["Huỳnh Thị Ngọc Diễm", "Trương Công Hậu", "Võ Thành Nhân"],
          ["Công chức Trung tâm Phục vụ hành chính công xã", "Phó Giám đốc Trung tâm Phục vụ hành chính công xã", "Giám đốc Trung tâm Phục vụ hành chính công xã"],
          ["30/10/2026", "06/11/2026", "13/11/2026"])
    page_break(doc)
    two_col(doc, [
        ("1. MỤC ĐÍCH", "Quy định trình tự, thời gian, trách nhiệm giải quyết yêu cầu chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch đã được chứng thực tại Trung tâm Phục vụ hành chính công xã Hòa Thuận."),
        ("2. PHẠM VI", "Áp dụng đối với các bên tham gia hợp đồng, giao dịch có yêu cầu; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã Hòa Thuận."),
        ("3. CĂN CỨ PHÁP LÝ", ["- " + L[k] + (";" if k != "3152" else ".") for k in ("23", "07", "280", "01BTP", "226", "118", "3152")]),
        ("4. ĐỊNH NGHĨA, TỪ VIẾT TẮT", ["- Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Hòa Thuận;", "- TTHC: Thủ tục hành chính."]),
        ("5. NỘI DUNG QUY TRÌNH", ["5.1. Thành phần hồ sơ: Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ; bản sao giấy tờ tùy thân của người yêu cầu chứng thực.",
                                   "5.2. Số lượng hồ sơ: 01 bộ.",
                                   "5.3. Thời hạn giải quyết: Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực.",
                                   "5.4. Nơi tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công xã Hòa Thuận.",
                                   "5.5. Phí: 30.000 đồng/hợp đồng, giao dịch."]),
    ])
    h(doc, "5.6. Quy trình xử lý công việc")
    t = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                    ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa đầy đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01, Mẫu 02, Mẫu 06"],
                    ["2", "Kiểm tra hồ sơ; các bên ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "06 giờ làm việc", "Mẫu 06"],
                    ["3", "Xem xét, ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ làm việc", "Mẫu 06"],
                    ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "01 giờ làm việc", "Mẫu 06"],
                    ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "03 giờ làm việc", "Mẫu 06"]],
              center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 16 giờ làm việc", 5, True, C)])
    widths(t, [1.2, 6.3, 3.5, 2.2, 3])
    para(doc)

    def records(cell):
        fill(cell, "Các hồ sơ sau đây được lưu:")
        nt = cell.add_table(rows=1, cols=4)
        nt.style = "Table Grid"
        for j, v in enumerate(["Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"]):
            fill(nt.cell(0, j), v, b=True, align=C)
        for r in [("Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
                  ("Hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ đã được chứng thực", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"),
                  ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm")]:
            cells = nt.add_row().cells
            for j, v in enumerate(r):
                fill(cells[j], v)
        cell.add_paragraph()

    two_col(doc, [
        ("6. BIỂU MẪU", ["- Mẫu 01: " + BM["01"] + ";", "- Mẫu 02: " + BM["02"] + ";", "- Mẫu 06: " + BM["06"] + ".",
                         "(Theo Thông tư số 03/2025/TT-VPCP)"]),
        ("7. HỒ SƠ CẦN LƯU", records),
    ])
    save(doc, "81-tt-pvhcc-xa-hoa-thuan-sua-doi-huy-bo-giao-dich-trinh-bay-hai-cot.docx")


# =====================================================================
# 82  bilingual header, "QT 01/VP", Lần ban hành 02 / Lần sửa đổi 00,
#     effective "Kể từ ngày ký"
# =====================================================================
def f82():
    doc = new_document("Quy trình quản lý văn bản đi, văn bản đến")
    header_table(doc, ["BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH TÂN HÀ", "(TAN HA INDUSTRIAL ZONES AUTHORITY)", "VĂN PHÒNG (OFFICE)"],
                 ["QUY TRÌNH", "(PROCEDURE)", "QUẢN LÝ VĂN BẢN ĐI, VĂN BẢN ĐẾN", "(MANAGEMENT OF OUTGOING AND INCOMING DOCUMENTS)"],
                 ["Mã hiệu (Code): QT 01/VP", "Lần ban hành (Issue): 02", "Lần sửa đổi (Revision): 00",
                  "Ngày ban hành (Issued on): 05/11/2026", "Ngày hiệu lực (Effective): Kể từ ngày ký", "Trang (Page): 1/5"],
                 cms=(5, 6, 5))
    para(doc)
    grid_cols(doc, ["Soạn thảo (Prepared by)", "Kiểm tra (Reviewed by)", "Phê duyệt (Approved by)"],
              [["Họ và tên (Name)", "Phạm Thị Thanh Hương", "Lê Quốc Bảo", "Nguyễn Hữu Phước"],
               ["Chức vụ (Position)", "Chuyên viên Văn phòng", "Chánh Văn phòng", "Trưởng ban"],
               ["Chữ ký (Signature)", "", "", ""],
               ["Ngày (Date)", "20/10/2026", "28/10/2026", "05/11/2026"]])
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU (AMENDMENT RECORD)", b=True, align=C)
    table(doc, [["Lần ban hành (Issue)", "Ngày (Date)", "Nội dung sửa đổi (Amendment)", "Trang (Page)"],
                ["01", "15/3/2023", "Ban hành lần đầu (First issue)", "Toàn bộ"],
                ["02", "05/11/2026", "Cập nhật Luật Lưu trữ năm 2024; bổ sung xử lý văn bản điện tử trên Hệ thống quản lý văn bản và điều hành (Updated for the 2024 Archives Law; electronic documents added)", "Toàn bộ"]],
          center_cols=(0, 1, 3))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH (PURPOSE)")
    para(doc, "Thống nhất cách tiếp nhận, đăng ký, trình, chuyển giao, giải quyết văn bản đến và soạn thảo, phát hành, lưu văn bản đi của Ban Quản lý các khu công nghiệp tỉnh Tân Hà.")
    h(doc, "2. PHẠM VI (SCOPE)")
    para(doc, "Áp dụng đối với Văn phòng và các phòng chuyên môn thuộc Ban Quản lý các khu công nghiệp tỉnh Tân Hà.")
    h(doc, "3. CĂN CỨ PHÁP LÝ (LEGAL BASIS)")
    lines(doc, [L["33/2024"], L["30/2020"], L["10/2022"], L["ISO"]])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT (DEFINITIONS)")
    lines(doc, ["BQL: Ban Quản lý các khu công nghiệp tỉnh Tân Hà", "VP: Văn phòng", "Hệ thống QLVB: Hệ thống quản lý văn bản và điều hành"])
    h(doc, "5. NỘI DUNG QUY TRÌNH (PROCESS)")
    t = table(doc, [["Bước (Step)", "Nội dung công việc (Activity)", "Trách nhiệm (Responsible)", "Thời gian (Time)", "Biểu mẫu (Form)"],
                    ["1", "Tiếp nhận, kiểm tra, đăng ký văn bản đến trên Hệ thống QLVB.", "Văn thư", "04 giờ làm việc", "BM 01/VP"],
                    ["2", "Trình Trưởng ban hoặc Chánh Văn phòng cho ý kiến phân phối, chỉ đạo giải quyết.", "Văn thư; Chánh Văn phòng", "04 giờ làm việc", "BM 01/VP"],
                    ["3", "Giải quyết văn bản đến; soạn thảo văn bản đi, trình duyệt.", "Phòng chuyên môn được giao", "03 ngày làm việc", "BM 02/VP"],
                    ["4", "Kiểm tra thể thức, kỹ thuật trình bày; trình ký văn bản đi.", "Chánh Văn phòng", "04 giờ làm việc", "BM 02/VP"],
                    ["5", "Ghi số, ngày, đóng dấu, đăng ký, phát hành văn bản đi; lưu văn bản đi.", "Văn thư", "04 giờ làm việc", "BM 03/VP"]],
              center_cols=(0, 3, 4))
    widths(t, [1.6, 6.0, 3.2, 2.4, 2.2])
    h(doc, "6. BIỂU MẪU (FORMS)")
    table(doc, [["TT", "Tên biểu mẫu (Form)", "Mã hiệu (Code)"],
                ["1", "Sổ đăng ký văn bản đến (Incoming document register)", "BM 01/VP"],
                ["2", "Phiếu trình giải quyết văn bản (Submission slip)", "BM 02/VP"],
                ["3", "Sổ đăng ký văn bản đi (Outgoing document register)", "BM 03/VP"]], center_cols=(0, 2))
    h(doc, "7. HỒ SƠ CẦN LƯU (RECORDS)")
    table(doc, [["TT", "Tên hồ sơ (Record)", "Trách nhiệm lưu (Keeper)", "Nơi lưu (Place)", "Thời gian lưu (Retention)"],
                ["1", "Sổ đăng ký văn bản đến", "Văn thư", "Văn phòng", "20 năm"],
                ["2", "Sổ đăng ký văn bản đi", "Văn thư", "Văn phòng", "20 năm"],
                ["3", "Bản lưu văn bản đi", "Văn thư", "Văn phòng", "Theo Thông tư số 10/2022/TT-BNV"]], center_cols=(0,))
    save(doc, "82-bql-kcn-tan-ha-van-ban-di-den-song-ngu-qt-01-vp-hieu-luc-ke-tu-ngay-ky.docx")


# =====================================================================
# 83  legal basis by short names; PLANTED 280/2025/ND-CP (Latin D)
# =====================================================================
def f83():
    doc = new_document("Quy trình chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở")
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ"],
                 ["QUY TRÌNH", "CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH LIÊN QUAN ĐẾN TÀI SẢN LÀ ĐỘNG SẢN, QUYỀN SỬ DỤNG ĐẤT, NHÀ Ở", "Mã TTHC: 2.001035"],
                 ["Mã hiệu: QT-TP-03", "Lần ban hành: 01", "Ngày ban hành: 23/11/2026", "Ngày hiệu lực: 25/11/2026"])
    para(doc)
    grid3(doc, ["Lò Thị Hoa", "Bế Văn Toản", "Sầm Quang Huy"],
          ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
          ["10/11/2026", "17/11/2026", "23/11/2026"])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở tại Ủy ban nhân dân xã Tân Phú.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với tổ chức, cá nhân có yêu cầu chứng thực; công chức Trung tâm Phục vụ hành chính công xã, Văn phòng HĐND và UBND xã Tân Phú.")
    h(doc, "3. CĂN CỨ PHÁP LÝ")
    lines(doc, ["Bộ luật Dân sự năm 2015",
                "Luật Đất đai năm 2024",
                "Luật Nhà ở năm 2023",
                "Nghị định 23 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
                "Nghị định 07 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
                "Nghị định số 280/2025/ND-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP",
                "Thông tư 01 của Bộ Tư pháp hướng dẫn Nghị định 23",
                "Thông tư 226 của Bộ Tài chính về phí chứng thực",
                "Nghị định 118 về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"])
    h(doc, "4. ĐỊNH NGHĨA, TỪ VIẾT TẮT")
    lines(doc, ["Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã Tân Phú", "TTHC: Thủ tục hành chính"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Thành phần hồ sơ")
    lines(doc, ["Dự thảo hợp đồng, giao dịch", "Bản sao giấy tờ tùy thân của người yêu cầu chứng thực",
                "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế theo quy định"])
    h(doc, "5.2. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.3. Thời hạn giải quyết")
    para(doc, "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực.")
    h(doc, "5.4. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Tân Phú.")
    h(doc, "5.5. Phí")
    para(doc, "50.000 đồng/hợp đồng, giao dịch.")
    h(doc, "5.6. Quy trình xử lý công việc")
    t = table(doc, [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                    ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; hồ sơ chưa đầy đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.", "Công chức Trung tâm PVHCC", "02 giờ làm việc", "Mẫu 01, Mẫu 02, Mẫu 06"],
                    ["2", "Kiểm tra hồ sơ; các bên ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)", "06 giờ làm việc", "Mẫu 06"],
                    ["3", "Xem xét, ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "04 giờ làm việc", "Mẫu 06"],
                    ["4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm PVHCC.", "Văn thư UBND xã", "01 giờ làm việc", "Mẫu 06"],
                    ["5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "03 giờ làm việc", "Mẫu 06"]],
              center_cols=(0, 3))
    spans(t, [("Tổng thời gian giải quyết: 16 giờ làm việc", 5, True, C)])
    widths(t, [1.2, 6.3, 3.5, 2.2, 3])
    forms_and_records(doc, [
        ("Sổ chứng thực hợp đồng, giao dịch", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"),
        ("Hợp đồng, giao dịch đã được chứng thực (01 bản chính lưu)", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "20 năm"),
        ("Mẫu 01, Mẫu 02, Mẫu 06", "Công chức Trung tâm PVHCC", "Trung tâm PVHCC xã", "05 năm"),
    ])
    save(doc, "83-xa-tan-phu-chung-thuc-hop-dong-can-cu-ten-goi-tat-nd-khong-dau.docx")


if __name__ == "__main__":
    for f in (f78, f79, f80, f81, f82, f83):
        f()
