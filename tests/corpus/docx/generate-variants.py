#!/usr/bin/env python3
"""Writes the Word files 35–37 of the corpus (tests/corpus/docx/): three
procedures in layouts real agencies use that files 01–34 do not:

  35  Sở Tài chính tỉnh Lam Giang — đăng ký thành lập doanh nghiệp tư nhân
      (TTHC, issue 02, clean): agency, title, code, issue and issue date
      ONLY in a table of the page header (with PAGE/NUMPAGES fields), none
      of them in the body; signature grid 'Người lập | Người kiểm tra |
      Người duyệt' over the rows 'Họ và tên / Chữ ký / Chức vụ / Ngày';
      change log 'Lần sửa đổi | Vị trí | Nội dung sửa đổi | Ngày sửa đổi'
      saying what issue 02 changed; step table 'Bước | Nội dung công việc |
      Người thực hiện | Thời gian thực hiện | Hồ sơ/Biểu mẫu' with times
      '0,5 ngày' and '1,5 ngày làm việc';
  36  xã Hoà Thuỷ — thay đổi, cải chính, bổ sung thông tin hộ tịch, xác
      định lại dân tộc (TTHC, clean): text typed with the OLD tone
      placement in some words ('Hoà', 'Thuỷ', 'Uỷ', 'hoá', 'tuỳ', 'thoả')
      and a few runs in NFD; section headings in Word 'Heading 1' /
      'Heading 2' with no number in the text; steps as 'Bước N: …'
      paragraphs with labelled lines; the limit as the line 'Thời hạn giải
      quyết: …'; laws cited by name and year, decrees by number;
  37  Văn phòng UBND tỉnh Lam Giang — đánh giá nội bộ (system, one planted
      defect): signature grid in rows 'Người soạn thảo / Người xem xét /
      Người phê duyệt' where the approver is the reviewer (one person
      signs twice).

Agencies and people are fictional (tỉnh Lam Giang); the legal documents and
the national TTHC codes are real.

Usage:  python3 generate-variants.py   (python-docx 1.2.0 and its lxml;
        helpers in _lib.py beside it)

The output is deterministic (fixed core properties, zip entries rewritten
with a fixed timestamp and mode 0644 by _lib.save). The *.expected.json
files are NOT written by this script: they were typed by reading the
documents (see README.md).
"""
import sys
import unicodedata
sys.dont_write_bytecode = True
from _lib import *  # noqa

CHANGELOG_HEAD = ["Lần sửa đổi", "Vị trí", "Nội dung sửa đổi", "Ngày sửa đổi"]
BM01 = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
BM02 = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
BM06 = "Phiếu kiểm soát quá trình giải quyết hồ sơ"
ISO = "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu"
ND118 = ("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo "
         "cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia")


def nfd(text):
    return unicodedata.normalize("NFD", text)




def listed(doc, items, last="."):
    """'- item;' paragraphs, the last one closed by `last`."""
    for k, it in enumerate(items):
        para(doc, "- " + it + (last if k == len(items) - 1 else ";"))


def widths(t, cms):
    for j, w in enumerate(cms):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, cell in enumerate(row.cells):
            cell.width = Cm(cms[j])


# =====================================================================
# 35  Sở Tài chính tỉnh Lam Giang — đăng ký thành lập doanh nghiệp tư nhân
#     (header data only in the page header; 'Người lập | Người kiểm tra |
#     Người duyệt'; issue 02 with its change log; clean)
# =====================================================================
def doc35():
    doc = new_document("Quy trình đăng ký thành lập doanh nghiệp tư nhân", 13)
    sec = doc.sections[0]
    sec.header_distance = Cm(1)
    hdr = sec.header
    t = hdr.add_table(1, 3, Cm(16))
    t.style = "Table Grid"
    fill(t.cell(0, 0), "UBND TỈNH LAM GIANG", align=C, size=11)
    p = t.cell(0, 0).add_paragraph(); run(p, "SỞ TÀI CHÍNH", b=True, size=11); p.alignment = C
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ THÀNH LẬP DOANH NGHIỆP TƯ NHÂN"], b=True, align=C, size=12)
    p = t.cell(0, 1).add_paragraph(); run(p, "(Mã TTHC: 2.001610)", i=True, size=11); p.alignment = C
    c = t.cell(0, 2)
    fill(c, ["Mã hiệu: QT.ĐKKD.01", "Lần ban hành: 02", "Ngày ban hành: 20/4/2026"], size=11)
    p = c.add_paragraph()
    run(p, "Trang: ", size=11); add_field(p, "PAGE", "1"); run(p, "/", size=11); add_field(p, "NUMPAGES", "5")
    widths(t, (4.2, 7.6, 4.2))

    # the body opens with the signature grid: no title block, no code
    s = grid(doc, 5, 4)
    for j, v in enumerate(["", "Người lập", "Người kiểm tra", "Người duyệt"]):
        fill(s.cell(0, j), v, b=True, align=C)
    for i, lab in enumerate(["Họ và tên", "Chữ ký", "Chức vụ", "Ngày"]):
        fill(s.cell(i + 1, 0), lab, b=True)
    for j, v in enumerate(["Hồ Thị Thanh Xuân", "Lạc Văn Thịnh", "Nghiêm Xuân Bách"]):
        fill(s.cell(1, j + 1), v, align=C)
    for j in range(3):
        fill(s.cell(2, j + 1), ["", "", ""])
    fill(s.cell(3, 1), "Chuyên viên Phòng Đăng ký kinh doanh", align=C)
    fill(s.cell(3, 2), "Trưởng phòng Đăng ký kinh doanh", align=C)
    fill(s.cell(3, 3), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], b=True, align=C)
    for j, v in enumerate(["30/3/2026", "08/4/2026", "17/4/2026"]):
        fill(s.cell(4, j + 1), v, align=C)
    widths(s, (3.0, 4.4, 4.4, 4.2))
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGELOG_HEAD,
                ["01", "Toàn bộ", "Ban hành lần đầu", "15/8/2025"],
                ["02", "Mục 5.1; Mục 5.7",
                 "Bổ sung Nghị định số 367/2025/NĐ-CP vào cơ sở pháp lý; rút ngắn thời gian thẩm định hồ sơ (Bước 2) "
                 "từ 02 ngày xuống 1,5 ngày làm việc; bổ sung bước trả kết quả trên Hệ thống",
                 "20/4/2026"]],
          center_cols=(0, 3))
    page_break(doc)

    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm tiếp nhận và giải quyết hồ sơ đăng ký thành lập doanh nghiệp "
              "tư nhân tại Sở Tài chính tỉnh Lam Giang, bảo đảm đúng thời hạn và quy định của pháp luật.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân đăng ký thành lập doanh nghiệp tư nhân có trụ sở chính trên địa bàn tỉnh Lam Giang; "
              "Phòng Đăng ký kinh doanh và công chức của Sở Tài chính làm việc tại Trung tâm Phục vụ hành chính công tỉnh.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    listed(doc, ["Tiêu chuẩn quốc gia " + ISO, "Các văn bản pháp lý nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    listed(doc, ["DNTN: Doanh nghiệp tư nhân", "ĐKKD: Đăng ký kinh doanh",
                 "GCN: Giấy chứng nhận đăng ký doanh nghiệp"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    listed(doc, [
        "Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 của Quốc hội",
        "Luật số 76/2025/QH15 của Quốc hội sửa đổi, bổ sung một số điều của Luật Doanh nghiệp",
        "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp",
        ND118,
        "Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
        "118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa "
        "liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    ])
    h(doc, "5.2. Thành phần hồ sơ")
    table(doc, [["TT", "Tên hồ sơ", "Bản chính", "Bản sao"],
                ["1", "Giấy đề nghị đăng ký doanh nghiệp", "x", ""],
                ["2", "Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân", "", "x"]],
          center_cols=(0, 2, 3))
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công tỉnh Lam Giang hoặc trực tuyến qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.")
    h(doc, "5.6. Lệ phí")
    para(doc, "50.000 đồng/lần; miễn lệ phí đối với hồ sơ đăng ký qua mạng thông tin điện tử.")
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["Bước", "Nội dung công việc", "Người thực hiện", "Thời gian thực hiện", "Hồ sơ/Biểu mẫu"]
    rows = [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết "
              "hồ sơ (hồ sơ chưa đầy đủ: lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ); chuyển hồ sơ đến Phòng Đăng ký kinh doanh.",
         "Công chức Sở Tài chính tại Trung tâm Phục vụ hành chính công tỉnh", "0,5 ngày", "Hồ sơ theo mục 5.2\nBM.01; BM.02; BM.06"],
        ["2", "Thẩm định hồ sơ; dự thảo Giấy chứng nhận đăng ký doanh nghiệp hoặc Thông báo về việc sửa đổi, bổ sung hồ sơ.",
         "Chuyên viên Phòng Đăng ký kinh doanh", "1,5 ngày làm việc", "BM.06"],
        ["3", "Xem xét, ký Giấy chứng nhận đăng ký doanh nghiệp hoặc Thông báo về việc sửa đổi, bổ sung hồ sơ.",
         "Trưởng phòng Đăng ký kinh doanh", "0,5 ngày", "BM.06"],
        ["4", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
         "Công chức Sở Tài chính tại Trung tâm Phục vụ hành chính công tỉnh", "0,5 ngày", "BM.06"],
    ]
    t = table(doc, [head] + rows, center_cols=(0, 3))
    repeat_header(t.rows[0])
    tr = t.add_row()
    c = tr.cells[0].merge(tr.cells[4])
    fill(c, "Tổng thời gian giải quyết: 03 ngày làm việc", b=True, align=C)
    widths(t, (1.4, 6.2, 3.6, 2.4, 2.4))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "BM.01", BM01], ["2", "BM.02", BM02], ["3", "BM.06", BM06]],
          center_cols=(0, 1))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Hồ sơ đăng ký thành lập doanh nghiệp tư nhân theo mục 5.2 và Giấy chứng nhận đăng ký doanh nghiệp (bản lưu)",
                 "Chuyên viên Phòng Đăng ký kinh doanh", "Phòng Đăng ký kinh doanh", "20 năm"],
                ["2", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (BM.01)",
                 "Công chức Sở Tài chính tại Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "05 năm"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)",
                 "Công chức Sở Tài chính tại Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "35-so-tai-chinh-lam-giang-dang-ky-thanh-lap-doanh-nghiep-tu-nhan.docx")


# =====================================================================
# 36  xã Hoà Thuỷ — thay đổi, cải chính, bổ sung thông tin hộ tịch, xác
#     định lại dân tộc (old tone placement, a few NFD runs, unnumbered
#     Heading 1/2, 'Bước N:' paragraphs; clean)
# =====================================================================
def doc36():
    doc = new_document("Quy trình thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", 13)
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["UBND XÃ HOÀ THUỶ", "———"], b=True, align=C, size=12)
    fill(t.cell(0, 1), ["QUY TRÌNH", "THAY ĐỔI, CẢI CHÍNH, BỔ SUNG THÔNG TIN HỘ TỊCH, XÁC ĐỊNH LẠI DÂN TỘC"], b=True, align=C)
    p = t.cell(0, 1).add_paragraph(); run(p, "(Mã TTHC: 1.004859)", i=True); p.alignment = C
    fill(t.cell(0, 2), ["Mã hiệu: QT.HT.06", "Lần ban hành: 01", "Ngày ban hành: 14/8/2026", "Ngày hiệu lực: 21/8/2026",
                        "Trang: 1/5"], size=12)
    widths(t, (3.6, 8.2, 4.2))
    para(doc)
    s = grid(doc, 5, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"]):
        fill(s.cell(0, j), v, b=True, align=C)
    rows = [("Họ và tên", ["Lê Thị Thuỷ", nfd("Đoàn Văn Hoà"), "Kha Minh Luân"]),
            ("Chức vụ", ["Công chức tư pháp - hộ tịch", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"]),
            ("Chữ ký", ["", "", ""]),
            ("Ngày", ["28/7/2026", "04/8/2026", "11/8/2026"])]
    for i, (lab, vals) in enumerate(rows):
        fill(s.cell(i + 1, 0), lab, b=True)
        for j, v in enumerate(vals):
            fill(s.cell(i + 1, j + 1), v, align=C)
            if lab == "Chữ ký":
                s.cell(i + 1, j + 1).add_paragraph(); s.cell(i + 1, j + 1).add_paragraph()
    para(doc)
    para(doc, "BẢNG THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "14/8/2026"]], center_cols=(0, 3))
    page_break(doc)

    H1, H2 = "Heading 1", "Heading 2"
    para(doc, "MỤC ĐÍCH", style=H1)
    p = para(doc)
    run(p, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục ")
    run(p, nfd("thay đổi, cải chính, bổ sung"))
    run(p, " thông tin hộ tịch, xác định lại dân tộc tại Uỷ ban nhân dân xã Hoà Thuỷ, bảo đảm đúng quy định của pháp luật về hộ tịch.")
    para(doc, "PHẠM VI", style=H1)
    para(doc, "Áp dụng đối với cá nhân có yêu cầu thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc mà "
              "việc hộ tịch đã được đăng ký tại UBND xã Hoà Thuỷ hoặc người yêu cầu cư trú trên địa bàn xã; công chức "
              "Trung tâm Phục vụ hành chính công xã, công chức tư pháp - hộ tịch và Lãnh đạo UBND xã.")
    para(doc, "TÀI LIỆU VIỆN DẪN", style=H1)
    listed(doc, [
        "Luật Hộ tịch năm 2014",
        "Bộ luật Dân sự năm 2015",
        "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
        "Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
        "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
        ND118,
        ISO,
    ])
    para(doc, "ĐỊNH NGHĨA", style=H1)
    listed(doc, ["UBND: Uỷ ban nhân dân", "HĐND: Hội đồng nhân dân",
                 "Hệ thống: Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh Lam Giang"])
    para(doc, "NỘI DUNG QUY TRÌNH", style=H1)
    para(doc, "Hồ sơ và thời hạn giải quyết", style=H2)
    para(doc, "Thành phần hồ sơ:")
    listed(doc, ["Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc theo mẫu",
                 "Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc",
                 "Giấy tờ tuỳ thân của người yêu cầu (xuất trình khi nộp hồ sơ trực tiếp)"])
    para(doc, "Số lượng hồ sơ: 01 bộ.")
    para(doc, "Thời hạn giải quyết: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    para(doc, "Nơi tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công xã Hoà Thuỷ.")
    para(doc, "Lệ phí: Theo Nghị quyết của HĐND tỉnh Lam Giang.")
    para(doc, "Các bước thực hiện", style=H2)
    steps = [
        ("Bước 1: ", "Tiếp nhận, kiểm tra hồ sơ; số hoá hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát "
                     "quá trình giải quyết hồ sơ; chuyển hồ sơ cho công chức tư pháp - hộ tịch.",
         [("Trách nhiệm", "Công chức Trung tâm Phục vụ hành chính công xã"), ("Thời gian", "04 giờ làm việc"),
          ("Biểu mẫu", "BM.01, BM.06"), ("Kết quả", "Hồ sơ được tiếp nhận và chuyển xử lý")]),
        ("Bước 2: ", "Kiểm tra, xác minh hồ sơ; nếu việc thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc "
                     "có cơ sở, thoả mãn điều kiện theo quy định thì ghi vào Sổ hộ tịch, cập nhật Cơ sở dữ liệu hộ tịch điện tử, "
                     "dự thảo Trích lục, trình ký.",
         [("Trách nhiệm", nfd("Công chức tư pháp - hộ tịch")), (nfd("Thời gian"), nfd("1,5 ngày làm việc")),
          ("Biểu mẫu", "BM.06"), ("Kết quả", "Dự thảo Trích lục thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc")]),
        ("Bước 3: ", "Xem xét, ký Trích lục thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc.",
         [("Trách nhiệm", "Chủ tịch hoặc Phó Chủ tịch UBND xã"), ("Thời gian", "0,5 ngày làm việc"),
          ("Biểu mẫu", "BM.06"), ("Kết quả", "Trích lục đã ký")]),
        ("Bước 4: ", "Trả kết quả cho người yêu cầu; cập nhật trạng thái hồ sơ trên Hệ thống.",
         [("Trách nhiệm", "Công chức Trung tâm Phục vụ hành chính công xã"), ("Thời gian", "04 giờ làm việc"),
          ("Biểu mẫu", "BM.06"), ("Kết quả", "Trích lục thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc (bản chính)")]),
    ]
    for label, action, items in steps:
        p = para(doc)
        run(p, label, b=True)
        run(p, action)
        for k, v in items:
            p = para(doc)
            run(p, "- " + k + ": ")
            run(p, v)
    para(doc, "BIỂU MẪU", style=H1)
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "BM.01", BM01], ["2", "BM.06", BM06]], center_cols=(0, 1))
    para(doc, nfd("HỒ SƠ CẦN LƯU"), style=H1)
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc và giấy tờ kèm theo",
                 "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Sổ đăng ký thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc",
                 "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)",
                 "Công chức Trung tâm Phục vụ hành chính công xã", nfd("Trung tâm Phục vụ hành chính công xã"), "05 năm"]],
          center_cols=(0, 4))
    save(doc, "36-xa-hoa-thuy-thay-doi-cai-chinh-ho-tich.docx")


# =====================================================================
# 37  Văn phòng UBND tỉnh Lam Giang — đánh giá nội bộ (system; signature
#     rows; PLANTED: the approver is the reviewer)
# =====================================================================
def doc37():
    doc = new_document("Quy trình đánh giá nội bộ", 13)
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), "UBND TỈNH LAM GIANG", align=C, size=12)
    p = t.cell(0, 0).add_paragraph(); run(p, "VĂN PHÒNG", b=True, size=12); p.alignment = C
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], b=True, align=C, size=14)
    fill(t.cell(0, 2), ["Mã số: QT.ISO.04", "Lần ban hành: 01", "Ngày ban hành: 05/10/2026", "Ngày hiệu lực: 12/10/2026",
                        "Trang: 1/5"], size=12)
    widths(t, (4.0, 7.4, 4.6))
    para(doc)
    s = table(doc, [["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
                    ["Người soạn thảo", "Trịnh Thị Mỹ Duyên", "Chuyên viên Phòng Hành chính – Tổ chức, Thư ký ISO", "", "14/9/2026"],
                    ["Người xem xét", "Tăng Hữu Phước", "Chánh Văn phòng", "", "28/9/2026"],
                    ["Người phê duyệt", "Tăng Hữu Phước", "CHÁNH VĂN PHÒNG", "", "05/10/2026"]],
              center_cols=(4,))
    for i in (1, 2, 3):
        s.cell(i, 0).paragraphs[0].runs[0].bold = True
        s.cell(i, 3).add_paragraph(); s.cell(i, 3).add_paragraph()
    widths(s, (3.2, 3.8, 4.6, 2.2, 2.2))
    para(doc)
    para(doc, "BẢNG THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "05/10/2026"], ["", "", "", ""]], center_cols=(0, 3))
    para(doc)
    para(doc, "Nơi nhận:", b=True, i=True)
    para(doc, "- Lãnh đạo Văn phòng (01 bản);")
    para(doc, "- Các phòng, đơn vị thuộc Văn phòng (bản điện tử).")
    page_break(doc)

    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự lập kế hoạch, thực hiện, báo cáo đánh giá nội bộ và theo dõi hành động khắc phục, nhằm xác định "
              "hệ thống quản lý chất lượng của Văn phòng UBND tỉnh có phù hợp với TCVN ISO 9001:2015 và được duy trì hiệu lực hay không.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với hoạt động đánh giá nội bộ hệ thống quản lý chất lượng tại các phòng, đơn vị thuộc Văn phòng UBND "
              "tỉnh Lam Giang.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    listed(doc, [
        "Tiêu chuẩn quốc gia " + ISO,
        "TCVN ISO 19011:2018 Hướng dẫn đánh giá hệ thống quản lý",
        "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng "
        "theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
        "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ công bố mô hình khung hệ thống quản lý chất "
        "lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
    ])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    listed(doc, ["ĐGNB: Đánh giá nội bộ", "HTQLCL: Hệ thống quản lý chất lượng",
                 "Thư ký ISO: công chức được Chánh Văn phòng giao theo dõi, duy trì HTQLCL"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    head = ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"]
    rows = [
        ["1", "Lập Kế hoạch đánh giá nội bộ năm, trình Chánh Văn phòng phê duyệt.", "Thư ký ISO", "05 ngày làm việc", "BM.ĐGNB.01"],
        ["2", "Ban hành Quyết định thành lập Đoàn đánh giá; thông báo kế hoạch đánh giá đến các phòng, đơn vị.",
         "Chánh Văn phòng", "03 ngày làm việc", "BM.ĐGNB.02"],
        ["3", "Tiến hành đánh giá tại các phòng, đơn vị; ghi chép bằng chứng vào Phiếu ghi chép đánh giá.",
         "Đoàn đánh giá", "05 ngày làm việc", "BM.ĐGNB.03"],
        ["4", "Họp kết thúc; lập Báo cáo đánh giá nội bộ và Phiếu yêu cầu hành động khắc phục.",
         "Trưởng đoàn đánh giá", "03 ngày làm việc", "BM.ĐGNB.04; BM.ĐGNB.05"],
        ["5", "Thực hiện hành động khắc phục; theo dõi, kiểm tra xác nhận kết quả khắc phục.",
         "Các phòng, đơn vị; Thư ký ISO", "20 ngày làm việc", "BM.ĐGNB.05"],
    ]
    table(doc, [head] + rows, center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "BM.ĐGNB.01", "Kế hoạch đánh giá nội bộ năm"],
                ["2", "BM.ĐGNB.02", "Quyết định thành lập Đoàn đánh giá"],
                ["3", "BM.ĐGNB.03", "Phiếu ghi chép đánh giá"],
                ["4", "BM.ĐGNB.04", "Báo cáo đánh giá nội bộ"],
                ["5", "BM.ĐGNB.05", "Phiếu yêu cầu hành động khắc phục"]], center_cols=(0,))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    rows = [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"]]
    for k, n in enumerate(["Kế hoạch đánh giá nội bộ năm (BM.ĐGNB.01)", "Quyết định thành lập Đoàn đánh giá (BM.ĐGNB.02)",
                           "Phiếu ghi chép đánh giá (BM.ĐGNB.03)", "Báo cáo đánh giá nội bộ (BM.ĐGNB.04)",
                           "Phiếu yêu cầu hành động khắc phục (BM.ĐGNB.05)"]):
        rows.append([str(k + 1), n, "Thư ký ISO", "Phòng Hành chính – Tổ chức", "05 năm"])
    table(doc, rows, center_cols=(0, 4))
    save(doc, "37-van-phong-ubnd-tinh-lam-giang-danh-gia-noi-bo.docx")


if __name__ == "__main__":
    for f in (doc35, doc36, doc37):
        f()
    print("ok")
