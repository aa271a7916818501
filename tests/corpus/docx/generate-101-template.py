#!/usr/bin/env python3
"""Writes the Word files 20–31 of the corpus (tests/corpus/docx/): twelve
procedures (quy trình) laid out on the 101/QĐ-BKHCN framework template and
its local variants, next to this script. Agencies and people are fictional
(tỉnh Lam Giang, xã An Thạnh, phường Đông Sơn, xã Hòa Lạc, xã Phước Hưng);
the legal documents are real (numbers, dates and titles as vetted in
tests/corpus/documents/README.md, Sources).

Usage:  python3 generate-101-template.py   (python-docx 1.2.0 and its lxml;
        helpers in _lib.py beside it)

The output is deterministic: fixed core properties, a fixed date on the one
Word comment (file 26), and every zip entry rewritten with a fixed
timestamp and mode 0644, so two runs with the same python-docx and zlib give
the same bytes. The *.expected.json files are NOT written by this script:
they were typed by reading the documents (see README.md).
"""
import sys
sys.dont_write_bytecode = True
from _lib import *  # noqa

COMMENT_DATE = datetime.datetime(2026, 12, 2, 14, 30, 59, tzinfo=datetime.timezone.utc)

LOGO = logo_png()
FLOW = flowchart_png()

# ---------------------------------------------------------------- legal texts
L = {
 "23/2015": "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
 "07/2025": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
 "280/2025": "Nghị định số 280/2025/NĐ-CP ngày 27/10/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch, được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP",
 "118/2025": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
 "367/2025": "Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
 "60/2014": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội",
 "123/2015": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
 "87/2020": "Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến",
 "59/2020": "Luật Doanh nghiệp số 59/2020/QH14 ngày 17/6/2020 của Quốc hội",
 "76/2025": "Luật số 76/2025/QH15 của Quốc hội sửa đổi, bổ sung một số điều của Luật Doanh nghiệp",
 "168/2025": "Nghị định số 168/2025/NĐ-CP ngày 30/6/2025 của Chính phủ về đăng ký doanh nghiệp",
 "45/2019": "Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019 của Quốc hội",
 "145/2020": "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động",
 "31/2024": "Luật Đất đai số 31/2024/QH15 ngày 18/01/2024 của Quốc hội",
 "43/2024": "Luật số 43/2024/QH15 ngày 29/6/2024 của Quốc hội sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15",
 "101/2024": "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai",
 "102/2024": "Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai",
 "151/2025": "Nghị định số 151/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai",
 "2304": "Quyết định số 2304/QĐ-BNNMT ngày 23/6/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường công bố thủ tục hành chính mới ban hành, được sửa đổi, bổ sung trong lĩnh vực đất đai thuộc phạm vi chức năng quản lý của Bộ Nông nghiệp và Môi trường",
 "ISO": "Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu",
 "19011": "TCVN ISO 19011:2018 Hướng dẫn đánh giá hệ thống quản lý",
 "19/2014": "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
 "26/2014": "Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
 "101/QĐ": "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ công bố mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
 "30/2020": "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
}

BM01 = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
BM02 = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
BM03 = "Phiếu từ chối tiếp nhận giải quyết hồ sơ"
BM06 = "Phiếu kiểm soát quá trình giải quyết hồ sơ"
CHANGE_101 = ["Yêu cầu sửa đổi/bổ sung", "Trang/Phần liên quan việc sửa đổi", "Mô tả nội dung sửa đổi",
              "Lần ban hành/Lần sửa đổi", "Ngày ban hành"]


def bullets(doc, items, last="."):
    for k, it in enumerate(items):
        end = last if k == len(items) - 1 else ";"
        para(doc, "- " + it + end)


def h(doc, text, size=None):
    return para(doc, text, b=True, before=6, size=size)


def header_logo_rows(doc, agency, title, info, widths=(2.6, 8.6, 5.2)):
    """Logo | agency + title | one info line per row (Mã hiệu, Lần ban hành …)."""
    n = len(info)
    t = grid(doc, n, 3)
    a = t.cell(0, 0).merge(t.cell(n - 1, 0))
    b = t.cell(0, 1).merge(t.cell(n - 1, 1))
    picture(a, LOGO, 1.6)
    for line in agency:
        fill_p = a.add_paragraph(); run(fill_p, line, b=True, size=10); fill_p.alignment = C
    first = True
    for k, (line, bold) in enumerate(title):
        p = b.paragraphs[0] if first else b.add_paragraph()
        first = False
        run(p, line, b=bold)
        p.alignment = C
    for k, line in enumerate(info):
        fill(t.cell(k, 2), line)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def signature_grid(doc, roles, row_labels, values, corner=""):
    """Role columns; one row per label; values[label] = [v1, v2, v3]."""
    t = grid(doc, 1 + len(row_labels), 4)
    fill(t.cell(0, 0), corner, b=True, align=C)
    for j, r in enumerate(roles):
        fill(t.cell(0, j + 1), r, b=True, align=C)
    for i, lab in enumerate(row_labels):
        fill(t.cell(i + 1, 0), lab, b=True)
        for j, v in enumerate(values.get(lab, ["", "", ""])):
            fill(t.cell(i + 1, j + 1), v, align=C)
            if lab.startswith("Chữ ký"):
                t.cell(i + 1, j + 1).add_paragraph(); t.cell(i + 1, j + 1).add_paragraph()
    return t


def total_row(t, text, span=None):
    row = t.add_row()
    n = len(row.cells)
    span = span or n
    c = row.cells[0].merge(row.cells[span - 1])
    fill(c, text, b=True, align=C)
    return row


def steps_table(doc, head, rows, center=(0, 3), header_repeat=False):
    t = table(doc, [head] + rows, header=1, center_cols=center)
    if header_repeat:
        repeat_header(t.rows[0])
    return t


def forms_table(doc, forms, head=("TT", "Mã hiệu", "Tên biểu mẫu")):
    rows = [list(head)] + [[str(k + 1), c, n] for k, (c, n) in enumerate(forms)]
    return table(doc, rows, center_cols=(0, 1))


def dossier_table(doc, items):
    rows = [["TT", "Tên hồ sơ", "Bản chính", "Bản sao"]]
    for k, (name, bc, bs) in enumerate(items):
        rows.append([str(k + 1), name, bc, bs])
    return table(doc, rows, center_cols=(0, 2, 3))


# =====================================================================
# 20  xã An Thạnh — chứng thực chữ ký (101 template; DOC-061 under a policy requiring distribution)
# =====================================================================
def doc01():
    doc = new_document("Quy trình chứng thực chữ ký trong các giấy tờ, văn bản", 13)
    header_logo_rows(doc, ["UBND XÃ AN THẠNH"],
                     [("QUY TRÌNH", True), ("CHỨNG THỰC CHỮ KÝ TRONG CÁC GIẤY TỜ, VĂN BẢN", True),
                      ("(Mã TTHC: 2.000884)", False)],
                     ["Mã hiệu: QT.TP.02", "Lần ban hành: 01", "Ngày ban hành: 12/01/2026", "Trang: 1/6"])
    para(doc)
    signature_grid(doc, ["Người viết", "Người kiểm tra", "Người phê duyệt"], ["Họ tên", "Chữ ký", "Chức vụ"], {
        "Họ tên": ["Võ Thị Kim Ngân", "Trần Quốc Bảo", "Lê Văn Thắng"],
        "Chữ ký": ["", "", ""],
        "Chức vụ": ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
    })
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "", "", "", ""], ["", "", "", "", ""]])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thủ tục, thời gian và trách nhiệm giải quyết thủ tục chứng thực chữ ký trong các giấy tờ, văn bản tại Ủy ban nhân dân xã An Thạnh, bảo đảm đúng quy định của pháp luật.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân có yêu cầu chứng thực chữ ký trong giấy tờ, văn bản tại Trung tâm Phục vụ hành chính công xã An Thạnh; công chức Trung tâm Phục vụ hành chính công xã, công chức làm công tác chứng thực và Lãnh đạo UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], "Các văn bản pháp lý liên quan nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["UBND: Ủy ban nhân dân", "HĐND: Hội đồng nhân dân", "TTHC: Thủ tục hành chính",
                  "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã An Thạnh"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    bullets(doc, [L["23/2015"], L["07/2025"], L["280/2025"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    dossier_table(doc, [("Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký", "x", ""),
                        ("Giấy tờ tùy thân còn giá trị sử dụng (Căn cước, Hộ chiếu) của người yêu cầu chứng thực", "x", "")])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 (một) bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã An Thạnh hoặc trực tuyến qua Cổng Dịch vụ công quốc gia.")
    h(doc, "5.6. Lệ phí")
    para(doc, "10.000 đồng/trường hợp.")
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    rows = [
        ["B1", "Nộp hồ sơ", "Tổ chức, cá nhân", "Giờ hành chính", "Theo mục 5.2"],
        ["B2", "Tiếp nhận, kiểm tra hồ sơ:\n- Hồ sơ đầy đủ, hợp lệ: lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển công chức làm công tác chứng thực;\n- Hồ sơ chưa đầy đủ: hướng dẫn bổ sung, hoàn thiện;\n- Không đủ điều kiện: từ chối tiếp nhận.",
         "Công chức Trung tâm PVHCC", "01 giờ", "Mẫu 01, 02, 03, 06"],
        ["B3", "Kiểm tra giấy tờ; ghi lời chứng, ghi vào Sổ chứng thực; trình ký.", "Công chức làm công tác chứng thực", "02 giờ", "Mẫu 06"],
        ["B4", "Ký chứng thực.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ", "Mẫu 06\nGiấy tờ, văn bản đã chứng thực chữ ký"],
        ["B5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC.", "Công chức Trung tâm PVHCC", "01 giờ", "Mẫu 06\nKết quả chứng thực"],
    ]
    t = steps_table(doc, head, rows)
    total_row(t, "Tổng thời gian giải quyết: 06 giờ làm việc")
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("Mẫu 01", BM01), ("Mẫu 02", BM02), ("Mẫu 03", BM03), ("Mẫu 06", BM06)], ("TT", "Mã hiệu", "Tên Biểu mẫu"))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Hồ sơ lưu"], ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"],
                ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)"],
                ["3", "Hồ sơ đề nghị chứng thực theo mục 5.2 (bản chụp)"]], center_cols=(0,))
    para(doc, "Hồ sơ được lưu tại Văn phòng HĐND và UBND xã, thời gian lưu 05 năm. Sau khi hết hạn, chuyển hồ sơ xuống bộ phận lưu trữ của cơ quan và lưu trữ theo quy định hiện hành.")
    save(doc, "20-xa-an-thanh-chung-thuc-chu-ky.docx")


# =====================================================================
# 21  phường Đông Sơn — đăng ký khai tử (landscape 5.7, split table; code QT-{UNIT}-{NN}: DOC-002 under the corpus policy)
# =====================================================================
def doc02():
    doc = new_document("Quy trình đăng ký khai tử", 14)
    s0 = doc.sections[0]
    hp = s0.header.paragraphs[0]
    run(hp, "UBND phường Đông Sơn – Quy trình đăng ký khai tử", i=True, size=10); hp.alignment = R
    t = grid(doc, 2, 4)
    a = t.cell(0, 0).merge(t.cell(0, 1)); fill(a, ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG SƠN"], b=True, align=C)
    b = t.cell(0, 2).merge(t.cell(0, 3))
    fill(b, ["QUY TRÌNH", "ĐĂNG KÝ KHAI TỬ"], b=True, align=C)
    p = b.add_paragraph(); run(p, "Mã số TTHC: 1.000656", i=True); p.alignment = C
    for j, v in enumerate(["Mã hiệu: QT-HT-03", "Lần ban hành: 02", "Ngày ban hành: 09/3/2026", "Trang: 1/5"]):
        fill(t.cell(1, j), v, align=C, size=12)
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [["TT", "Ngày sửa đổi", "Vị trí sửa đổi", "Nội dung sửa đổi", "Lần sửa đổi"],
                ["1", "20/8/2025", "Toàn bộ", "Ban hành lần đầu (sau sắp xếp đơn vị hành chính cấp xã)", "01"],
                ["2", "09/3/2026", "Mục 5.1; Mục 5.7", "Bổ sung Nghị định số 07/2025/NĐ-CP vào cơ sở pháp lý; điều chỉnh thời gian thực hiện Bước 2, Bước 3", "02"]],
          center_cols=(0, 1, 4))
    para(doc)
    para(doc, "PHÂN PHỐI TÀI LIỆU", b=True, align=C)
    table(doc, [["TT", "Nơi nhận", "Số bản"], ["1", "Lãnh đạo UBND phường", "01"],
                ["2", "Văn phòng HĐND và UBND phường", "01"], ["3", "Trung tâm Phục vụ hành chính công phường", "01"]],
          center_cols=(0, 2))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian và trách nhiệm của các bộ phận, cá nhân trong việc giải quyết thủ tục đăng ký khai tử tại UBND phường Đông Sơn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với việc đăng ký khai tử cho người chết có nơi cư trú cuối cùng trên địa bàn phường Đông Sơn; công chức Trung tâm Phục vụ hành chính công phường, công chức Văn phòng HĐND và UBND phường làm công tác tư pháp - hộ tịch, Lãnh đạo UBND phường.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], "Các văn bản quy phạm pháp luật nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["UBND: Ủy ban nhân dân", "BM: Biểu mẫu"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    bullets(doc, [L["60/2014"], L["123/2015"], L["07/2025"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    dossier_table(doc, [("Tờ khai đăng ký khai tử theo mẫu", "x", ""),
                        ("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", "x", "")])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công phường Đông Sơn.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Miễn lệ phí.")
    # landscape section for the step table
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21)
    s1.header.is_linked_to_previous = False
    hp = s1.header.paragraphs[0]
    run(hp, "QT-HT-03 – Lần ban hành: 02", i=True, size=10); hp.alignment = R
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    part1 = [
        ["Bước 1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.",
         "Công chức Trung tâm Phục vụ hành chính công phường", "01 giờ", "BM.01; BM.06"],
        ["Bước 2", "Kiểm tra, xác minh (nếu cần); ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử; in Trích lục khai tử, trình ký.",
         "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)", "03 giờ", "BM.06\nDự thảo Trích lục khai tử"],
        ["Bước 3", "Xem xét, ký Trích lục khai tử.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "02 giờ", "BM.06\nTrích lục khai tử đã ký"],
    ]
    steps_table(doc, head, part1)
    page_break(doc)
    para(doc, "(tiếp theo)", i=True)
    part2 = [
        ["Bước 4", "Đóng dấu, vào sổ; chuyển kết quả về Trung tâm Phục vụ hành chính công phường.", "Văn thư UBND phường", "01 giờ", "BM.06"],
        ["Bước 5", "Trả kết quả; người đi đăng ký ký vào Sổ đăng ký khai tử; cập nhật trạng thái hồ sơ trên Hệ thống.",
         "Công chức Trung tâm Phục vụ hành chính công phường", "01 giờ", "BM.06\nTrích lục khai tử (bản chính)"],
    ]
    t2 = steps_table(doc, head, part2)
    total_row(t2, "Tổng thời gian: 08 giờ làm việc")
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21), Cm(29.7)
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("BM.01", BM01), ("BM.06", BM06)])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Tờ khai đăng ký khai tử và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["2", "Sổ đăng ký khai tử", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND phường", "Vĩnh viễn"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)", "Công chức Trung tâm Phục vụ hành chính công phường", "Trung tâm Phục vụ hành chính công phường", "05 năm"]],
          center_cols=(0, 4))
    para(doc)
    table(doc, [["", "Soạn thảo", "Xem xét", "Phê duyệt"],
                ["Họ và tên", "Đặng Thị Thu Hà", "Ngô Minh Tuấn", "Huỳnh Văn Sang"],
                ["Chức vụ", "Công chức Văn phòng HĐND và UBND phường", "Chánh Văn phòng HĐND và UBND phường", "Phó Chủ tịch UBND phường"],
                ["Chữ ký", "\n\n", "\n\n", "\n\n"]], center_cols=(1, 2, 3))
    save(doc, "21-phuong-dong-son-dang-ky-khai-tu.docx")


# =====================================================================
# 22  xã Hòa Lạc — đăng ký thành lập hộ kinh doanh (DEFECT DOC-033; content controls, "Đơn vị tính")
# =====================================================================
def doc03():
    doc = new_document("Quy trình đăng ký thành lập hộ kinh doanh", 13)
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["UBND XÃ HÒA LẠC", "PHÒNG KINH TẾ"], b=True, align=C)
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH"], b=True, align=C)
    p = t.cell(0, 1).add_paragraph(); run(p, "(Mã TTHC: 1.001612)", i=True); p.alignment = C
    c = t.cell(0, 2)
    p = c.paragraphs[0]; run(p, "Mã hiệu: "); sdt_text(p, "QT.KT.01", "Mã hiệu", "ma_hieu")
    p = c.add_paragraph(); run(p, "Lần ban hành: 01")
    p = c.add_paragraph(); run(p, "Ngày ban hành: "); sdt_date(p, "05/03/2026", "2026-03-05", "Ngày ban hành", "ngay_ban_hanh")
    p = c.add_paragraph(); run(p, "Ngày hiệu lực: "); sdt_placeholder_date(p, "Bấm vào đây để chọn ngày.", "Ngày hiệu lực", "ngay_hieu_luc")
    p = c.add_paragraph(); run(p, "Trang: 1/6")
    para(doc)
    t = grid(doc, 4, 4)
    for j, v in enumerate(["", "Soạn thảo", "Xem xét", "Phê duyệt"]):
        fill(t.cell(0, j), v, b=True, align=C)
    fill(t.cell(1, 0), "Họ và tên", b=True); fill(t.cell(2, 0), "Chức vụ", b=True); fill(t.cell(3, 0), "Chữ ký", b=True)
    for j, v in enumerate(["Đỗ Thị Mai Phương", "Bùi Văn Khánh", "Châu Minh Đạt"]):
        fill(t.cell(1, j + 1), v, align=C)
    fill(t.cell(2, 1), "Chuyên viên Phòng Kinh tế", align=C)
    fill(t.cell(2, 2), "Trưởng phòng Kinh tế", align=C)
    fill(t.cell(2, 3), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], b=True, align=C)
    for j in range(3):
        fill(t.cell(3, j + 1), ["", "", ""])
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "Toàn bộ", "Ban hành lần đầu", "01/00", "05/3/2026"], ["", "", "", "", ""]], center_cols=(3, 4))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký thành lập hộ kinh doanh tại UBND xã Hòa Lạc, bảo đảm công khai, minh bạch, đúng thời hạn.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân, thành viên hộ gia đình đăng ký thành lập hộ kinh doanh có trụ sở trên địa bàn xã Hòa Lạc; Trung tâm Phục vụ hành chính công xã, Phòng Kinh tế xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], "Các văn bản pháp lý tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["HKD: Hộ kinh doanh", "GCN: Giấy chứng nhận đăng ký hộ kinh doanh", "UBND: Ủy ban nhân dân"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    bullets(doc, [L["59/2020"], L["76/2025"], L["168/2025"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    dossier_table(doc, [("Giấy đề nghị đăng ký hộ kinh doanh", "x", ""),
                        ("Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)", "", "x")])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Hòa Lạc.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Theo Nghị quyết của HĐND tỉnh.")
    h(doc, "5.7. Quy trình xử lý công việc")
    para(doc, "Đơn vị tính: ngày làm việc", i=True, align=R)
    head = ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    rows = [
        ["1", "Tiếp nhận hồ sơ, kiểm tra tính hợp lệ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến Phòng Kinh tế.",
         "Công chức Trung tâm Phục vụ hành chính công xã", "0,5", "BM.HKD.01; BM.HKD.06"],
        ["2", "Thẩm định hồ sơ; dự thảo Giấy chứng nhận đăng ký hộ kinh doanh hoặc văn bản thông báo sửa đổi, bổ sung hồ sơ.",
         "Chuyên viên Phòng Kinh tế", "1,5", "BM.HKD.06\nDự thảo GCN"],
        ["3", "Xem xét, ký Giấy chứng nhận đăng ký hộ kinh doanh.", "Trưởng phòng Kinh tế", "01", "BM.HKD.06\nGCN đã ký"],
        ["4", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống.", "Công chức Trung tâm Phục vụ hành chính công xã", "0,5", "BM.HKD.06\nGCN"],
    ]
    steps_table(doc, head, rows)
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("BM.HKD.01", BM01), ("BM.HKD.06", BM06)])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Hồ sơ lưu"], ["1", "Hồ sơ đăng ký thành lập hộ kinh doanh theo mục 5.2"],
                ["2", "Giấy chứng nhận đăng ký hộ kinh doanh (bản lưu)"], ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.HKD.06)"]],
          center_cols=(0,))
    para(doc, "Hồ sơ được lưu tại Phòng Kinh tế xã, thời gian lưu: 10 năm.")
    save(doc, "22-xa-hoa-lac-dang-ky-thanh-lap-ho-kinh-doanh.docx")


# =====================================================================
# 23  Sở Nội vụ tỉnh Lam Giang — đăng ký nội quy lao động (½, "Bộ phận lưu"; DOC-061 policy-dependent)
# =====================================================================
def doc04():
    doc = new_document("Quy trình đăng ký nội quy lao động của doanh nghiệp", 13)
    t = grid(doc, 1, 3)
    a = t.cell(0, 0)
    picture(a, LOGO, 1.5)
    for line in ["UBND TỈNH LAM GIANG", "SỞ NỘI VỤ"]:
        p = a.add_paragraph(); run(p, line, b=True, size=10); p.alignment = C
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ NỘI QUY LAO ĐỘNG CỦA DOANH NGHIỆP"], b=True, align=C)
    p = t.cell(0, 1).add_paragraph(); run(p, "Mã số TTHC: 2.001955", i=True); p.alignment = C
    fill(t.cell(0, 2), ["Mã số: QT.LĐ.02", "Lần ban hành: 02", "Ngày ban hành: 12/5/2026", "Trang: 1/8"])
    para(doc)
    signature_grid(doc, ["Soạn thảo", "Xem xét", "Phê duyệt"], ["Họ và tên", "Chữ ký", "Chức vụ"], {
        "Họ và tên": ["Lý Thị Ngọc Hân", "Tạ Đình Nam", "Cao Xuân Hòa"],
        "Chức vụ": ["Chuyên viên Phòng Lao động - Việc làm", "Trưởng phòng Lao động - Việc làm", "GIÁM ĐỐC"],
    })
    para(doc)
    para(doc, "NHỮNG THAY ĐỔI ĐÃ CÓ", b=True, align=C)
    table(doc, [["Ngày tháng", "Nội dung thay đổi", "Lần ban hành"],
                ["22/9/2025", "Ban hành lần đầu", "01"],
                ["12/5/2026", "Cập nhật cơ sở pháp lý (mục 5.1); rút ngắn thời gian tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh (mục 5.7)", "02"]],
          center_cols=(0, 2))
    page_break(doc)
    para(doc, "1. MỤC ĐÍCH", style="Heading 1")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm tiếp nhận và giải quyết hồ sơ đăng ký nội quy lao động của doanh nghiệp, cơ quan, tổ chức trên địa bàn tỉnh Lam Giang.")
    para(doc, "2. PHẠM VI", style="Heading 1")
    para(doc, "Áp dụng đối với người sử dụng lao động đăng ký nội quy lao động tại Sở Nội vụ tỉnh Lam Giang; Phòng Lao động - Việc làm, Văn phòng Sở và công chức của Sở làm việc tại Trung tâm Phục vụ hành chính công tỉnh.")
    para(doc, "3. TÀI LIỆU VIỆN DẪN", style="Heading 1")
    bullets(doc, [L["ISO"], "Các văn bản quy phạm pháp luật nêu tại mục 5.1"])
    para(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT", style="Heading 1")
    bullets(doc, ["NQLĐ: Nội quy lao động", "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công tỉnh Lam Giang"])
    para(doc, "5. NỘI DUNG QUY TRÌNH", style="Heading 1")
    para(doc, "5.1. Cơ sở pháp lý", style="Heading 2")
    bullets(doc, [L["45/2019"], L["145/2020"], L["118/2025"]])
    para(doc, "5.2. Thành phần hồ sơ", style="Heading 2")
    dossier_table(doc, [("Văn bản đề nghị đăng ký nội quy lao động", "x", ""),
                        ("Nội quy lao động", "x", ""),
                        ("Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)", "x", ""),
                        ("Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động, trách nhiệm vật chất (nếu có)", "", "x")])
    para(doc, "5.3. Số lượng hồ sơ", style="Heading 2")
    para(doc, "01 bộ.")
    para(doc, "5.4. Thời gian xử lý", style="Heading 2")
    para(doc, "07 ngày làm việc kể từ ngày nhận được hồ sơ đăng ký nội quy lao động.")
    para(doc, "5.5. Nơi tiếp nhận và trả kết quả", style="Heading 2")
    para(doc, "Trung tâm Phục vụ hành chính công tỉnh Lam Giang; hoặc qua dịch vụ bưu chính công ích; hoặc trực tuyến.")
    para(doc, "5.6. Lệ phí", style="Heading 2")
    para(doc, "Không.")
    para(doc, "5.7. Quy trình xử lý công việc", style="Heading 2")
    head = ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả", "Ghi chú"]
    rows = [
        ["B1", "Nộp hồ sơ", "Người sử dụng lao động", "Giờ hành chính", "Theo mục 5.2", "Trực tiếp, bưu chính hoặc trực tuyến"],
        ["B2", "Tiếp nhận, kiểm tra hồ sơ; chuyển Phòng Lao động - Việc làm", "Công chức Sở Nội vụ tại Trung tâm PVHCC", "½ ngày", "BM.01\nBM.06", ""],
        ["B3", "Phân công chuyên viên xử lý", "Lãnh đạo Phòng Lao động - Việc làm", "04 giờ", "BM.06", ""],
        ["B4", "Thẩm định nội dung nội quy lao động; dự thảo văn bản thông báo, hướng dẫn sửa đổi (nếu nội quy có quy định trái pháp luật)", "Chuyên viên Phòng Lao động - Việc làm", "Không quá 03 ngày làm việc", "BM.06\nDự thảo văn bản", ""],
        ["B5", "Xem xét, trình ký", "Trưởng phòng Lao động - Việc làm", "01 ngày làm việc", "BM.06", ""],
        ["B6", "Ký văn bản", "Giám đốc hoặc Phó Giám đốc Sở", "01 ngày", "BM.06\nVăn bản đã ký", ""],
        ["B7", "Đóng dấu, phát hành; chuyển kết quả về Trung tâm PVHCC", "Văn thư Sở", "04 giờ", "BM.06", ""],
        ["B8", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống", "Công chức Sở Nội vụ tại Trung tâm PVHCC", "04 giờ", "BM.06\nVăn bản kết quả", ""],
    ]
    t = steps_table(doc, head, rows, header_repeat=True)
    total_row(t, "Tổng thời gian giải quyết: 07 ngày làm việc")
    para(doc, "6. BIỂU MẪU", style="Heading 1")
    forms_table(doc, [("BM.01", BM01), ("BM.06", BM06)])
    para(doc, "7. HỒ SƠ CẦN LƯU", style="Heading 1")
    table(doc, [["TT", "Tên hồ sơ", "Bộ phận lưu", "Thời gian lưu"],
                ["1", "Hồ sơ đăng ký nội quy lao động theo mục 5.2", "Phòng Lao động - Việc làm", "10 năm"],
                ["2", "Văn bản trả lời, thông báo của Sở", "Phòng Lao động - Việc làm", "10 năm"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)", "Phòng Lao động - Việc làm", "05 năm"]],
          center_cols=(0, 3))
    save(doc, "23-so-noi-vu-lam-giang-dang-ky-noi-quy-lao-dong.docx")


# =====================================================================
# 24  Văn phòng ĐKĐĐ tỉnh Lam Giang — đăng ký biến động (merged time over steps 2–3; DOC-061 policy-dependent)
# =====================================================================
def doc05():
    doc = new_document("Quy trình đăng ký biến động", 13)
    title = ("ĐĂNG KÝ BIẾN ĐỘNG ĐỐI VỚI TRƯỜNG HỢP THÀNH VIÊN CỦA HỘ GIA ĐÌNH HOẶC CÁ NHÂN ĐANG SỬ DỤNG ĐẤT "
             "THÀNH LẬP DOANH NGHIỆP TƯ NHÂN VÀ SỬ DỤNG ĐẤT VÀO HOẠT ĐỘNG SẢN XUẤT KINH DOANH CỦA DOANH NGHIỆP")
    header_logo_rows(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"],
                     [("QUY TRÌNH", True), (title, True), ("Mã TTHC: 1.012793", False)],
                     ["Mã hiệu: QT.ĐK.07", "Lần ban hành: 01", "Lần sửa đổi: 00", "Ngày hiệu lực: 20/4/2026", "Trang: 1/7"])
    para(doc)
    t = grid(doc, 4, 3)
    for j, v in enumerate(["BIÊN SOẠN", "KIỂM TRA", "PHÊ DUYỆT"]):
        fill(t.cell(0, j), v, b=True, align=C)
    for j, v in enumerate(["Viên chức Phòng Đăng ký và Cấp giấy chứng nhận", "Trưởng phòng Đăng ký và Cấp giấy chứng nhận", "GIÁM ĐỐC"]):
        fill(t.cell(1, j), v, align=C)
    for j in range(3):
        fill(t.cell(2, j), ["", "", ""])
    for j, v in enumerate(["Hoàng Văn Lợi", "Phan Thị Mỹ Linh", "Trịnh Quang Vinh"]):
        fill(t.cell(3, j), v, b=True, align=C)
    para(doc)
    para(doc, "BẢNG THEO DÕI NHỮNG THAY ĐỔI", b=True, align=C)
    table(doc, [["STT", "Lần sửa đổi", "Trang", "Nội dung thay đổi", "Ngày hiệu lực"],
                ["1", "00", "Tất cả", "Ban hành lần đầu", "20/4/2026"]], center_cols=(0, 1, 2, 4))
    page_break(doc)
    h(doc, "1. Mục đích")
    para(doc, "Quy định thống nhất trình tự, thời gian, trách nhiệm giải quyết thủ tục đăng ký biến động đất đai khi thành viên của hộ gia đình hoặc cá nhân đang sử dụng đất thành lập doanh nghiệp tư nhân và sử dụng đất vào hoạt động sản xuất kinh doanh của doanh nghiệp.")
    h(doc, "2. Phạm vi")
    para(doc, "Áp dụng tại Văn phòng Đăng ký đất đai tỉnh Lam Giang và các Chi nhánh; công chức tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh.")
    h(doc, "3. Tài liệu viện dẫn")
    bullets(doc, [L["ISO"], "Các văn bản pháp luật tại mục 5.1"])
    h(doc, "4. Định nghĩa/Viết tắt")
    bullets(doc, ["VPĐKĐĐ: Văn phòng Đăng ký đất đai", "GCN: Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"])
    h(doc, "5. Nội dung quy trình")
    h(doc, "5.1. Cơ sở pháp lý")
    bullets(doc, [L["31/2024"], L["101/2024"], L["151/2025"], L["2304"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    dossier_table(doc, [("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)", "x", ""),
                        ("Giấy chứng nhận đã cấp", "x", ""),
                        ("Giấy chứng nhận đăng ký doanh nghiệp tư nhân", "", "x")])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Không quá 08 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công tỉnh Lam Giang.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Theo Nghị quyết của HĐND tỉnh Lam Giang.")
    h(doc, "5.7. Quy trình xử lý công việc")
    para(doc, "a) Lưu đồ", i=True)
    picture(para(doc), FLOW, 5)
    para(doc, "b) Diễn giải", i=True)
    head = ["Bước", "Nội dung công việc", "Đơn vị/Người thực hiện", "Thời gian thực hiện", "Biểu mẫu/Kết quả"]
    t = grid(doc, 6, 5)
    for j, v in enumerate(head):
        fill(t.cell(0, j), v, b=True, align=C)
    data = [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến Văn phòng Đăng ký đất đai.", "Công chức tại Trung tâm Phục vụ hành chính công tỉnh", "04 giờ làm việc", "BM.01; BM.06"],
        ["2", "Kiểm tra hồ sơ; xác minh thực địa (nếu cần).", None, None, "BM.06"],
        ["3", "Cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; xác nhận thay đổi trên GCN; trình ký.", None, None, "BM.06\nDự thảo xác nhận"],
        ["4", "Ký xác nhận thay đổi trên GCN.", "Giám đốc hoặc Phó Giám đốc VPĐKĐĐ", "02 ngày làm việc", "BM.06\nGCN đã xác nhận thay đổi"],
        ["5", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống.", "Công chức tại Trung tâm Phục vụ hành chính công tỉnh", "04 giờ làm việc", "BM.06\nGCN"],
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            if v is not None:
                fill(t.cell(i + 1, j), v, align=C if j in (0, 3) else None)
    r = t.cell(2, 2).merge(t.cell(3, 2)); fill(r, "Viên chức Phòng Đăng ký và Cấp giấy chứng nhận")
    m = t.cell(2, 3).merge(t.cell(3, 3)); fill(m, "05 ngày làm việc", align=C)
    row = t.add_row()
    c = row.cells[0].merge(row.cells[2]); fill(c, "Tổng thời gian", b=True, align=C)
    fill(row.cells[3], "08 ngày làm việc", b=True, align=C)
    h(doc, "6. Biểu mẫu")
    forms_table(doc, [("BM.01", BM01), ("BM.06", BM06)])
    h(doc, "7. Hồ sơ cần lưu")
    table(doc, [["TT", "Hồ sơ lưu"], ["1", "Hồ sơ đăng ký biến động theo mục 5.2"], ["2", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (BM.01)"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)"]], center_cols=(0,))
    para(doc, "Hồ sơ được lưu tại bộ phận lưu trữ của Văn phòng Đăng ký đất đai; thời gian lưu: Vĩnh viễn.")
    save(doc, "24-vpdkdd-lam-giang-dang-ky-bien-dong.docx")


# =====================================================================
# 25  xã Phước Hưng — hòa giải tranh chấp đất đai (calendar days, label | value table; DOC-061 policy-dependent)
# =====================================================================
def doc06():
    doc = new_document("Quy trình hòa giải tranh chấp đất đai", 14)
    t = grid(doc, 1, 2, style=None)
    no_borders(t)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC HƯNG", "———"], b=True, align=C, size=13)
    fill(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———————"], b=True, align=C, size=13)
    para(doc, "Phước Hưng, ngày 18 tháng 5 năm 2026", i=True, align=R)
    para(doc, "QUY TRÌNH", b=True, align=C, before=12)
    para(doc, "HÒA GIẢI TRANH CHẤP ĐẤT ĐAI THUỘC THẨM QUYỀN CỦA ỦY BAN NHÂN DÂN CẤP XÃ", b=True, align=C)
    para(doc, "(Mã thủ tục hành chính: 1.012812)", i=True, align=C)
    table(doc, [["Mã hiệu", "QT.ĐĐ.03"], ["Lần ban hành", "01"], ["Ngày ban hành", "18/5/2026"], ["Ngày hiệu lực", "18/5/2026"]], header=0)
    para(doc)
    signature_grid(doc, ["Người viết", "Người kiểm tra", "Người phê duyệt"], ["Chữ ký", "Họ và tên", "Chức vụ"], {
        "Chữ ký": ["", "", ""],
        "Họ và tên": ["Lâm Văn Tài", "Dương Thị Hồng Nhung", "Kiều Văn Phúc"],
        "Chức vụ": ["Công chức Phòng Kinh tế", "Trưởng phòng Kinh tế", "Chủ tịch UBND xã"],
    })
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "Toàn bộ", "Ban hành lần đầu", "01", "18/5/2026"]], center_cols=(3, 4))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm tổ chức hòa giải tranh chấp đất đai tại UBND xã Phước Hưng theo quy định của Luật Đất đai.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với các bên tranh chấp đất đai có đơn yêu cầu hòa giải tại UBND xã Phước Hưng; Phòng Kinh tế xã, Hội đồng hòa giải tranh chấp đất đai xã, Trung tâm Phục vụ hành chính công xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], "Các văn bản pháp lý nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["UBND: Ủy ban nhân dân", "Hội đồng: Hội đồng hòa giải tranh chấp đất đai xã Phước Hưng"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    bullets(doc, [L["31/2024"], L["43/2024"], L["102/2024"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    dossier_table(doc, [("Đơn yêu cầu hòa giải tranh chấp đất đai", "x", ""),
                        ("Giấy tờ, tài liệu có liên quan đến việc sử dụng đất (nếu có)", "", "x")])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Không quá 30 ngày kể từ ngày Ủy ban nhân dân xã nhận được đơn yêu cầu hòa giải tranh chấp đất đai.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Phước Hưng.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Không.")
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    rows = [
        ["1", "Tiếp nhận đơn; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển Phòng Kinh tế.", "Công chức Trung tâm Phục vụ hành chính công xã", "01 ngày", "BM.01; BM.06"],
        ["2", "Thẩm tra, xác minh nguyên nhân phát sinh tranh chấp; thu thập giấy tờ, tài liệu có liên quan.", "Công chức Phòng Kinh tế (lĩnh vực đất đai)", "10 ngày", "BM.06\nBáo cáo xác minh"],
        ["3", "Thành lập Hội đồng hòa giải tranh chấp đất đai.", "Chủ tịch UBND xã", "05 ngày", "BM.06\nQuyết định thành lập Hội đồng"],
        ["4", "Tổ chức cuộc họp hòa giải; lập biên bản hòa giải thành hoặc không thành.", "Hội đồng hòa giải tranh chấp đất đai xã", "10 ngày", "BM.ĐĐ.03"],
        ["5", "Gửi biên bản hòa giải cho các bên; trả kết quả.", "Phòng Kinh tế xã; Trung tâm Phục vụ hành chính công xã", "04 ngày", "BM.06\nBiên bản hòa giải"],
    ]
    t = steps_table(doc, head, rows)
    total_row(t, "Tổng thời gian: 30 ngày")
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("BM.01", BM01), ("BM.06", BM06), ("BM.ĐĐ.03", "Biên bản hòa giải tranh chấp đất đai")])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Hồ sơ lưu", "Thời gian lưu"],
                ["1", "Đơn yêu cầu hòa giải và giấy tờ, tài liệu kèm theo", "10 năm"],
                ["2", "Quyết định thành lập Hội đồng hòa giải tranh chấp đất đai", "10 năm"],
                ["3", "Biên bản hòa giải tranh chấp đất đai (BM.ĐĐ.03)", "Vĩnh viễn"]], center_cols=(0, 2))
    para(doc, "Hồ sơ được lưu tại Phòng Kinh tế xã.")
    save(doc, "25-xa-phuoc-hung-hoa-giai-tranh-chap-dat-dai.docx")


# =====================================================================
# 26  xã An Thạnh — kiểm soát thông tin dạng văn bản (flowchart shapes, comment; DOC-032 on "Khi có nhu cầu")
# =====================================================================
def doc07():
    doc = new_document("Quy trình kiểm soát thông tin dạng văn bản", 13)
    header_logo_rows(doc, ["UBND XÃ AN THẠNH"],
                     [("QUY TRÌNH", True), ("KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN", True)],
                     ["Mã hiệu: QT.ISO.01", "Lần ban hành: 01", "Ngày ban hành: 02/02/2026", "Trang: 1/5"])
    para(doc)
    signature_grid(doc, ["Người viết", "Người kiểm tra", "Người phê duyệt"], ["Họ tên", "Chữ ký", "Chức vụ"], {
        "Họ tên": ["Phùng Thị Thanh Tâm", "Trần Quốc Bảo", "Lê Văn Thắng"],
        "Chức vụ": ["Công chức Văn phòng HĐND và UBND xã (Thư ký ISO)", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
    })
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "", "", "", ""]])
    para(doc)
    para(doc, "PHÂN PHỐI TÀI LIỆU", b=True, align=C)
    table(doc, [["TT", "Nơi nhận", "Số bản"], ["1", "Lãnh đạo UBND xã", "Bản điện tử"],
                ["2", "Văn phòng HĐND và UBND xã", "01"], ["3", "Phòng Kinh tế; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã", "Bản điện tử"]],
          center_cols=(0, 2))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    p = para(doc)
    r = run(p, "Thống nhất cách thức soạn thảo, kiểm tra, phê duyệt, ban hành, phân phối, sửa đổi và kiểm soát thông tin dạng văn bản thuộc hệ thống quản lý chất lượng của UBND xã An Thạnh.")
    cm = doc.add_comment([r], text="Đề nghị bổ sung việc kiểm soát tài liệu có nguồn gốc bên ngoài (ý kiến ngày 28/01/2026).",
                         author="Trần Quốc Bảo", initials="TQB")
    # python-docx stamps a comment with the current time: pin it (the date of
    # the file as first generated) so that the output is deterministic.
    cm._comment_elm.date = COMMENT_DATE
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với toàn bộ thông tin dạng văn bản thuộc hệ thống quản lý chất lượng của UBND xã An Thạnh.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], L["19/2014"], L["101/QĐ"], L["30/2020"]])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["HTQLCL: Hệ thống quản lý chất lượng", "Thư ký ISO: công chức được Chủ tịch UBND xã giao theo dõi HTQLCL"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    head = ["Trách nhiệm", "Lưu đồ", "Diễn giải", "Thời gian", "Biểu mẫu"]
    rows = [
        ["Các bộ phận, công chức", "Đề xuất soạn thảo, sửa đổi tài liệu", "Bộ phận có nhu cầu lập Phiếu đề nghị soạn thảo, sửa đổi tài liệu, gửi Thư ký ISO.", "Khi có nhu cầu", "BM.ISO.01-01"],
        ["Thư ký ISO; Chủ tịch UBND xã", "Xem xét đề nghị", "Thư ký ISO tổng hợp, trình Chủ tịch UBND xã xem xét, quyết định việc soạn thảo, sửa đổi.", "02 ngày làm việc", "BM.ISO.01-01"],
        ["Bộ phận được giao", "Soạn thảo, sửa đổi tài liệu", "Bộ phận được giao soạn thảo dự thảo tài liệu theo cấu trúc thống nhất của HTQLCL.", "05 ngày làm việc", ""],
        ["Chánh Văn phòng HĐND và UBND xã", "Kiểm tra", "Kiểm tra sự phù hợp của dự thảo với quy định pháp luật và yêu cầu của HTQLCL.", "02 ngày làm việc", ""],
        ["Chủ tịch UBND xã", "Phê duyệt, ban hành", "Ký phê duyệt, ban hành tài liệu.", "02 ngày làm việc", ""],
        ["Thư ký ISO", "Phân phối, cập nhật danh mục", "Phân phối tài liệu, ghi Sổ theo dõi phân phối tài liệu; cập nhật Danh mục tài liệu nội bộ; thu hồi tài liệu lỗi thời.", "01 ngày làm việc", "BM.ISO.01-02; BM.ISO.01-03"],
    ]
    t = grid(doc, 1 + len(rows), 5)
    for j, v in enumerate(head):
        fill(t.cell(0, j), v, b=True, align=C)
    for i, row in enumerate(rows):
        fill(t.cell(i + 1, 0), row[0])
        flow_box(t.cell(i + 1, 1), row[1], 40 + i)
        if i < len(rows) - 1:
            connector(t.cell(i + 1, 1), 60 + i)
        fill(t.cell(i + 1, 2), row[2])
        fill(t.cell(i + 1, 3), row[3], align=C)
        fill(t.cell(i + 1, 4), row[4], align=C)
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("BM.ISO.01-01", "Phiếu đề nghị soạn thảo, sửa đổi tài liệu"), ("BM.ISO.01-02", "Sổ theo dõi phân phối tài liệu"),
                      ("BM.ISO.01-03", "Danh mục tài liệu nội bộ")])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Nơi lưu", "Người lưu", "Thời gian lưu"],
                ["1", "Phiếu đề nghị soạn thảo, sửa đổi tài liệu (BM.ISO.01-01)", "Văn phòng HĐND và UBND xã", "Thư ký ISO", "03 năm"],
                ["2", "Sổ theo dõi phân phối tài liệu (BM.ISO.01-02)", "Văn phòng HĐND và UBND xã", "Thư ký ISO", "05 năm"],
                ["3", "Danh mục tài liệu nội bộ (BM.ISO.01-03)", "Văn phòng HĐND và UBND xã", "Thư ký ISO", "05 năm"],
                ["4", "Bản gốc tài liệu đã ban hành", "Văn phòng HĐND và UBND xã", "Thư ký ISO", "Vĩnh viễn"]], center_cols=(0, 4))
    save(doc, "26-xa-an-thanh-kiem-soat-thong-tin-dang-van-ban.docx")


# =====================================================================
# 27  Sở Nội vụ tỉnh Lam Giang — đánh giá nội bộ (DEFECT DOC-050; tracked move)
# =====================================================================
def doc08():
    doc = new_document("Quy trình đánh giá nội bộ", 13)
    header_logo_rows(doc, ["UBND TỈNH LAM GIANG", "SỞ NỘI VỤ"],
                     [("QUY TRÌNH", True), ("ĐÁNH GIÁ NỘI BỘ", True)],
                     ["Mã số: QT.ISO.03", "Lần ban hành: 03", "Ngày ban hành: 15/6/2026", "Trang: 1/6"])
    para(doc)
    signature_grid(doc, ["Soạn thảo", "Xem xét", "Phê duyệt"], ["Họ tên", "Chữ ký", "Chức vụ"], {
        "Họ tên": ["Mạc Thị Quỳnh Anh", "Vũ Đức Trọng", "Cao Xuân Hòa"],
        "Chức vụ": ["Chuyên viên Văn phòng Sở (Thư ký ISO)", "Chánh Văn phòng Sở", "Giám đốc Sở"],
    }, corner="Trách nhiệm")
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [["STT", "Ngày", "Trang/Mục", "Nội dung sửa đổi, bổ sung", "Lần ban hành"],
                ["1", "08/9/2025", "Toàn bộ", "Ban hành lần đầu sau khi hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội", "01"],
                ["2", "06/01/2026", "Mục 5", "Bổ sung việc đánh giá trực tuyến trên phần mềm ISO điện tử", "02"]],
          center_cols=(0, 1, 4))
    para(doc)
    para(doc, "PHÂN PHỐI", b=True, align=C)
    table(doc, [["Nơi nhận", "Số bản"], ["Ban Giám đốc Sở", "01"], ["Văn phòng Sở", "01"], ["Các phòng, đơn vị thuộc Sở", "Bản điện tử"]],
          center_cols=(1,))
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Xác định hệ thống quản lý chất lượng của Sở Nội vụ có phù hợp với các yêu cầu của TCVN ISO 9001:2015 và của Sở, có được áp dụng, duy trì một cách hiệu lực hay không.")
    h(doc, "2. PHẠM VI")
    p1 = para(doc, "Áp dụng đối với tất cả các phòng, đơn vị thuộc phạm vi áp dụng hệ thống quản lý chất lượng của Sở Nội vụ. ")
    p2 = para(doc, "Đánh giá nội bộ được thực hiện định kỳ ít nhất 01 lần/năm hoặc đột xuất theo yêu cầu của Giám đốc Sở.")
    moved(p2, p1, "Thư ký ISO chủ trì, phối hợp với các phòng thực hiện quy trình này.")  # moveTo at the end of p1
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], L["19011"], L["19/2014"], L["26/2014"], L["101/QĐ"]])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["ĐGNB: Đánh giá nội bộ", "Chuyên gia đánh giá: công chức đã được đào tạo về đánh giá nội bộ theo TCVN ISO 19011:2018"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    head = ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"]
    rows = [
        ["1", "Lập kế hoạch đánh giá nội bộ năm, trình Giám đốc Sở phê duyệt.", "Thư ký ISO", "05 ngày làm việc", "BM.ĐGNB.01"],
        ["2", "Thành lập đoàn đánh giá; thông báo kế hoạch đánh giá chi tiết đến các phòng, đơn vị.", "Trưởng đoàn đánh giá", "05 ngày làm việc", "BM.ĐGNB.02"],
        ["3", "Chuẩn bị đánh giá; lập phiếu ghi chép đánh giá.", "Chuyên gia đánh giá", "03 ngày làm việc", "BM.ĐGNB.03"],
        ["4", "Tiến hành đánh giá tại các phòng, đơn vị (trực tiếp hoặc trực tuyến); họp kết thúc.", "Đoàn đánh giá", "03 ngày làm việc", "BM.ĐGNB.03; BM.ĐGNB.04"],
        ["5", "Lập báo cáo đánh giá nội bộ, gửi Giám đốc Sở và các phòng, đơn vị.", "Trưởng đoàn đánh giá", "05 ngày làm việc", "BM.ĐGNB.05"],
        ["6", "Thực hiện hành động khắc phục; theo dõi, kiểm tra xác nhận kết quả khắc phục.", "Các phòng, đơn vị; Thư ký ISO", "30 ngày làm việc", "BM.ĐGNB.04"],
    ]
    steps_table(doc, head, rows)
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("BM.ĐGNB.01", "Kế hoạch đánh giá nội bộ năm"), ("BM.ĐGNB.02", "Kế hoạch đánh giá chi tiết"),
                      ("BM.ĐGNB.03", "Phiếu ghi chép đánh giá"), ("BM.ĐGNB.04", "Phiếu yêu cầu hành động khắc phục"),
                      ("BM.ĐGNB.05", "Báo cáo đánh giá nội bộ")])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    rows = [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"]]
    for k, n in enumerate(["Kế hoạch đánh giá nội bộ năm (BM.ĐGNB.01)", "Kế hoạch đánh giá chi tiết (BM.ĐGNB.02)",
                           "Phiếu ghi chép đánh giá (BM.ĐGNB.03)", "Phiếu yêu cầu hành động khắc phục (BM.ĐGNB.04)",
                           "Báo cáo đánh giá nội bộ (BM.ĐGNB.05)"]):
        rows.append([str(k + 1), n, "Thư ký ISO", "Văn phòng Sở", "05 năm"])
    table(doc, rows, center_cols=(0, 4))
    save(doc, "27-so-noi-vu-lam-giang-danh-gia-noi-bo.docx")


# =====================================================================
# 28  Trung tâm PVHCC tỉnh Lam Giang — tiếp nhận, trả kết quả (first-page header; minutes; DOC-061 policy-dependent)
# =====================================================================
def doc09():
    doc = new_document("Quy trình tiếp nhận, chuyển hồ sơ và trả kết quả", 13)
    s = doc.sections[0]
    s.different_first_page_header_footer = True
    fh = s.first_page_header
    t = fh.add_table(1, 3, Cm(16))
    t.style = "Table Grid"
    a = t.cell(0, 0)
    picture(a, LOGO, 1.4)
    for line in ["UBND TỈNH LAM GIANG", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"]:
        p = a.add_paragraph(); run(p, line, b=True, size=9); p.alignment = C
    fill(t.cell(0, 1), ["QUY TRÌNH", "TIẾP NHẬN, CHUYỂN HỒ SƠ VÀ TRẢ KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"], b=True, align=C)
    fill(t.cell(0, 2), ["Mã hiệu: QT.PVHCC.01", "Lần ban hành: 01", "Ngày ban hành: 01/7/2026"], size=11)
    hp = s.header.paragraphs[0]
    run(hp, "Trung tâm Phục vụ hành chính công tỉnh Lam Giang\tQT.PVHCC.01\tLần ban hành: 01", i=True, size=10)
    for footer in (s.first_page_footer, s.footer):
        fp = footer.paragraphs[0]; fp.alignment = R
        run(fp, "Trang ", size=10); add_field(fp, "PAGE", "1"); run(fp, "/", size=10); add_field(fp, "NUMPAGES", "5")
    signature_grid(doc, ["Người soạn thảo", "Người xem xét", "Người phê duyệt"], ["Họ tên", "Chữ ký", "Chức vụ"], {
        "Họ tên": ["Hứa Thị Diễm My", "Lương Văn Khoa", "Quách Minh Triết"],
        "Chức vụ": ["Viên chức Phòng Tiếp nhận và Trả kết quả", "Phó Giám đốc Trung tâm", "Giám đốc Trung tâm"],
    })
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "", "", "", ""], ["", "", "", "", ""]])
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định thống nhất cách thức hướng dẫn, tiếp nhận, số hóa, chuyển hồ sơ và trả kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh Lam Giang.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với công chức, viên chức, nhân viên làm việc tại Trung tâm Phục vụ hành chính công tỉnh, kể cả công chức do các sở, ngành cử đến.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], L["118/2025"], L["367/2025"],
                  "Quyết định số 1520/QĐ-UBND ngày 30/6/2025 của UBND tỉnh Lam Giang về việc thành lập Trung tâm Phục vụ hành chính công tỉnh Lam Giang"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["Trung tâm: Trung tâm Phục vụ hành chính công tỉnh Lam Giang", "Hệ thống: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    head = ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    rows = [
        ["B1", "Hướng dẫn, kiểm tra hồ sơ; tiếp nhận, số hóa hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", "Công chức, viên chức tiếp nhận", "15 phút/hồ sơ", "Mẫu 01"],
        ["B2", "Trường hợp hồ sơ chưa đầy đủ: lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; trường hợp không đủ điều kiện: lập Phiếu từ chối tiếp nhận giải quyết hồ sơ.", "Công chức, viên chức tiếp nhận", "15 phút", "Mẫu 02; Mẫu 03"],
        ["B3", "Chuyển hồ sơ điện tử trên Hệ thống và hồ sơ giấy (nếu có) đến cơ quan có thẩm quyền giải quyết.", "Công chức, viên chức tiếp nhận; nhân viên bưu chính", "Trong ngày", "Mẫu 06"],
        ["B4", "Nhận kết quả từ cơ quan giải quyết; kiểm tra, cập nhật vào Hệ thống.", "Viên chức Phòng Tiếp nhận và Trả kết quả", "30 phút", "Mẫu 06"],
        ["B5", "Thông báo, trả kết quả; thu phí, lệ phí (nếu có).", "Công chức, viên chức trả kết quả", "15 phút/hồ sơ", "Mẫu 01; Mẫu 06\nKết quả giải quyết TTHC"],
        ["B6", "Tổng hợp ý kiến đánh giá mức độ hài lòng; báo cáo Giám đốc Trung tâm.", "Viên chức Phòng Tiếp nhận và Trả kết quả", "01 ngày làm việc", "Báo cáo"],
    ]
    steps_table(doc, head, rows)
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("Mẫu 01", BM01), ("Mẫu 02", BM02), ("Mẫu 03", BM03), ("Mẫu 06", BM06)])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Hồ sơ lưu"], ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"], ["2", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)"],
                ["3", "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)"], ["4", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)"]], center_cols=(0,))
    para(doc, "Hồ sơ được lưu tại Phòng Tiếp nhận và Trả kết quả, thời gian lưu 02 năm; hồ sơ điện tử lưu trên Hệ thống.")
    save(doc, "28-trung-tam-pvhcc-lam-giang-tiep-nhan-tra-ket-qua.docx")


# =====================================================================
# 29  xã An Thạnh — cấp bản sao trích lục hộ tịch (DEFECT DOC-036)
# =====================================================================
def doc10():
    doc = new_document("Quy trình cấp bản sao trích lục hộ tịch", 13)
    header_logo_rows(doc, ["UBND XÃ AN THẠNH"],
                     [("QUY TRÌNH", True), ("CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH", True), ("(Mã TTHC: 2.000635)", False)],
                     ["Mã hiệu: QT.TP.04", "Lần ban hành: 01", "Ngày ban hành: 20/7/2026", "Trang: 1/5"])
    para(doc)
    signature_grid(doc, ["Người viết", "Người kiểm tra", "Người phê duyệt"], ["Họ tên", "Chữ ký", "Chức vụ", "Ngày"], {
        "Họ tên": ["Võ Thị Kim Ngân", "Trần Quốc Bảo", "Lê Văn Thắng"],
        "Chức vụ": ["Công chức Văn phòng HĐND và UBND xã", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
        "Ngày": ["10/7/2026", "14/7/2026", "20/7/2026"],
    })
    para(doc)
    para(doc, "SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGE_101, ["", "", "", "", ""]])
    page_break(doc)
    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục cấp bản sao trích lục hộ tịch tại UBND xã An Thạnh.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với cá nhân có yêu cầu cấp bản sao trích lục hộ tịch về sự kiện hộ tịch đã đăng ký tại UBND xã An Thạnh (kể cả sự kiện hộ tịch đăng ký tại các xã trước sắp xếp); công chức Trung tâm Phục vụ hành chính công xã, công chức làm công tác tư pháp - hộ tịch, Lãnh đạo UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    bullets(doc, [L["ISO"], "Các văn bản pháp lý nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    bullets(doc, ["UBND: Ủy ban nhân dân", "Trung tâm PVHCC: Trung tâm Phục vụ hành chính công xã An Thạnh"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    bullets(doc, [L["60/2014"], L["123/2015"], L["87/2020"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    dossier_table(doc, [("Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", "x", ""),
                        ("Văn bản ủy quyền (trường hợp ủy quyền thực hiện)", "x", "")])
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã An Thạnh.")
    h(doc, "5.6. Lệ phí")
    para(doc, "8.000 đồng/bản sao trích lục.")
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    rows = [
        ["B1", "Nộp hồ sơ", "Cá nhân", "Giờ hành chính", "Theo mục 5.2"],
        ["B2", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm PVHCC", "01 giờ", "BM.01; BM.06"],
        ["B3", "Tra cứu Cơ sở dữ liệu hộ tịch điện tử, Sổ hộ tịch; in bản sao trích lục, trình ký. Trường hợp không trả kết quả đúng hẹn: lập Phiếu xin lỗi và hẹn lại ngày trả kết quả.", "Công chức làm công tác tư pháp - hộ tịch", "04 giờ", "BM.06; BM.04"],
        ["B4", "Ký bản sao trích lục hộ tịch.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ", "BM.06"],
        ["B5", "Trả kết quả; cập nhật trạng thái hồ sơ trên Hệ thống.", "Công chức Trung tâm PVHCC", "01 giờ", "BM.06\nBản sao trích lục hộ tịch"],
    ]
    t = steps_table(doc, head, rows)
    total_row(t, "Tổng thời gian giải quyết: 08 giờ làm việc")
    h(doc, "6. BIỂU MẪU")
    forms_table(doc, [("BM.01", BM01), ("BM.06", BM06)])
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Hồ sơ lưu"], ["1", "Tờ khai cấp bản sao trích lục hộ tịch"], ["2", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (BM.01)"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)"]], center_cols=(0,))
    para(doc, "Hồ sơ do công chức làm công tác tư pháp - hộ tịch lưu tại Văn phòng HĐND và UBND xã; thời gian lưu 05 năm.")
    save(doc, "29-xa-an-thanh-cap-ban-sao-trich-luc-ho-tich.docx")


# =====================================================================
# 30  phường Đông Sơn — xử lý văn bản đến (custom outline styles, no numbers; DOC-002, DOC-032, DOC-061)
# =====================================================================
def doc11():
    doc = new_document("Quy trình tiếp nhận, xử lý văn bản đến", 14)
    outline_style(doc, "MucCap1", "Mục cấp 1", 0, 14)
    t = grid(doc, 2, 4)
    a = t.cell(0, 0).merge(t.cell(0, 1)); fill(a, ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG SƠN"], b=True, align=C)
    b = t.cell(0, 2).merge(t.cell(0, 3)); fill(b, ["QUY TRÌNH", "TIẾP NHẬN, XỬ LÝ VĂN BẢN ĐẾN"], b=True, align=C)
    for j, v in enumerate(["Mã hiệu: QT-VT-01", "Lần ban hành: 01", "Ngày ban hành: 02/6/2026", "Trang: 1/4"]):
        fill(t.cell(1, j), v, align=C, size=12)
    para(doc)
    table(doc, [["", "Họ và tên", "Chức vụ", "Chữ ký"],
                ["Soạn thảo", "Phạm Thị Yến", "Văn thư UBND phường", "\n\n"],
                ["Xem xét", "Ngô Minh Tuấn", "Chánh Văn phòng HĐND và UBND phường", "\n\n"],
                ["Phê duyệt", "Thái Quang Hiển", "Chủ tịch UBND phường", "\n\n"]])
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [["TT", "Ngày sửa đổi", "Vị trí sửa đổi", "Nội dung sửa đổi", "Lần sửa đổi"], ["", "", "", "", ""]])
    page_break(doc)
    for title, body in [
        ("MỤC ĐÍCH", ["Quy định thống nhất việc tiếp nhận, đăng ký, trình, chuyển giao và giải quyết văn bản đến tại UBND phường Đông Sơn, bảo đảm văn bản được xử lý kịp thời, không thất lạc."]),
        ("PHẠM VI ÁP DỤNG", ["Áp dụng đối với văn bản giấy và văn bản điện tử gửi đến UBND phường Đông Sơn; Văn thư, Văn phòng HĐND và UBND phường, Lãnh đạo UBND phường và công chức được giao xử lý."]),
    ]:
        para(doc, title, style="Mục cấp 1")
        for line in body:
            para(doc, line)
    para(doc, "TÀI LIỆU VIỆN DẪN", style="Mục cấp 1")
    bullets(doc, [L["ISO"], L["30/2020"],
                  "Quyết định số 45/QĐ-UBND ngày 15/8/2025 của UBND phường Đông Sơn ban hành Quy chế công tác văn thư, lưu trữ của UBND phường"])
    para(doc, "ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT", style="Mục cấp 1")
    bullets(doc, ["VBĐ: Văn bản đến", "Hệ thống: Hệ thống quản lý văn bản và điều hành của tỉnh"])
    para(doc, "NỘI DUNG QUY TRÌNH", style="Mục cấp 1")
    head = ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    rows = [
        ["1.", "Tiếp nhận, kiểm tra, phân loại văn bản đến (giấy và điện tử); đăng ký vào Hệ thống.", "Văn thư UBND phường", "Trong ngày", "BM.VT.01"],
        ["2.", "Trình Chánh Văn phòng xem xét, đề xuất phân phối.", "Văn thư UBND phường", "½ ngày", "BM.VT.02"],
        ["3.", "Cho ý kiến phân phối, chỉ đạo giải quyết.", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "01 ngày làm việc", "BM.VT.02"],
        ["4.", "Chuyển văn bản đến cho đơn vị, cá nhân được giao; cập nhật Hệ thống.", "Văn thư UBND phường", "½ ngày", "BM.VT.01"],
        ["5.", "Giải quyết văn bản đến; lập hồ sơ công việc.", "Công chức được giao xử lý", "Theo thời hạn ghi trong văn bản hoặc theo chỉ đạo của Lãnh đạo UBND phường", "BM.VT.02\nVăn bản trả lời (nếu có)"],
    ]
    steps_table(doc, head, rows)
    para(doc, "BIỂU MẪU", style="Mục cấp 1")
    forms_table(doc, [("BM.VT.01", "Sổ đăng ký văn bản đến"), ("BM.VT.02", "Phiếu giải quyết văn bản đến")])
    para(doc, "HỒ SƠ CẦN LƯU", style="Mục cấp 1")
    table(doc, [["TT", "Tên hồ sơ", "Người lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Sổ đăng ký văn bản đến (BM.VT.01)", "Văn thư UBND phường", "Văn phòng HĐND và UBND phường", "20 năm"],
                ["2", "Phiếu giải quyết văn bản đến (BM.VT.02)", "Công chức được giao xử lý", "Hồ sơ công việc của công chức", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "30-phuong-dong-son-xu-ly-van-ban-den.docx")


# =====================================================================
# 31  xã Hòa Lạc — chứng thực hợp đồng, giao dịch (whole body in a 2-column table; DOC-061 policy-dependent)
# =====================================================================
def doc12():
    doc = new_document("Quy trình chứng thực hợp đồng, giao dịch", 13)
    para(doc, "UBND XÃ HÒA LẠC", b=True, align=C)
    para(doc, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", b=True, align=C)
    para(doc, "QUY TRÌNH CHỨNG THỰC HỢP ĐỒNG, GIAO DỊCH", b=True, align=C, before=12)
    para(doc, "Mã TTHC: 2.001035", i=True, align=C)
    t = table(doc, [["Mã hiệu", "Lần ban hành", "Ngày ban hành"], ["QT.TP.06", "01", "14/9/2026"]], center_cols=(0, 1, 2))
    para(doc)
    t = grid(doc, 4, 4)
    for j, v in enumerate(["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"]):
        fill(t.cell(0, j), v, b=True, align=C)
    fill(t.cell(1, 0), "Họ và tên", b=True); fill(t.cell(2, 0), "Chữ ký", b=True); fill(t.cell(3, 0), "Chức vụ", b=True)
    for j, v in enumerate(["Tô Thị Bảo Trâm", "Bùi Văn Khánh", "Châu Minh Đạt"]):
        fill(t.cell(1, j + 1), v, align=C)
    for j in range(3):
        fill(t.cell(2, j + 1), ["", "", ""])
    fill(t.cell(3, 1), "Công chức Văn phòng HĐND và UBND xã", align=C)
    fill(t.cell(3, 2), "Chánh Văn phòng HĐND và UBND xã", align=C)
    fill(t.cell(3, 3), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], b=True, align=C)
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
    row("", "Quy định trình tự, thời gian, trách nhiệm giải quyết thủ tục chứng thực hợp đồng, giao dịch tại UBND xã Hòa Lạc.")
    row("2", "Phạm vi", True)
    row("", "Áp dụng đối với tổ chức, cá nhân có yêu cầu chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở trên địa bàn xã Hòa Lạc.")
    row("3", "Nội dung quy trình", True)
    row("3.1", "Cơ sở pháp lý", True)
    row("", ["- " + L["23/2015"] + ";", "- " + L["07/2025"] + ";", "- " + L["280/2025"] + ";", "- " + L["118/2025"] + "."])
    row("3.2", "Thành phần hồ sơ", True)
    r = row("", None)
    nested = r.cells[1].add_table(3, 4)
    nested.style = "Table Grid"
    for i, vals in enumerate([["TT", "Tên hồ sơ", "Bản chính", "Bản sao"],
                              ["1", "Dự thảo hợp đồng, giao dịch", "x", ""],
                              ["2", "Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản", "", "x"]]):
        for j, v in enumerate(vals):
            fill(nested.cell(i, j), v, b=(i == 0), align=C if j != 1 else None)
    row("3.3", "Số lượng hồ sơ", True)
    row("", "01 bộ.")
    row("3.4", "Thời gian xử lý", True)
    row("", "Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.")
    row("3.5", "Nơi tiếp nhận và trả kết quả", True)
    row("", "Trung tâm Phục vụ hành chính công xã Hòa Lạc.")
    row("3.6", "Lệ phí", True)
    row("", "50.000 đồng/hợp đồng, giao dịch.")
    row("3.7", "Quy trình xử lý công việc", True)
    r = row("", None)
    steps = [["TT", "Trình tự", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
             ["B1", "Nộp hồ sơ", "Tổ chức, cá nhân", "Giờ hành chính", "Theo mục 3.2"],
             ["B2", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ; chuyển hồ sơ.", "Công chức Trung tâm Phục vụ hành chính công xã", "04 giờ", "Mẫu 01; Mẫu 06"],
             ["B3", "Kiểm tra hồ sơ, năng lực hành vi dân sự của người yêu cầu; ghi lời chứng, ghi Sổ chứng thực; trình ký.", "Công chức làm công tác chứng thực", "08 giờ", "Mẫu 06"],
             ["B4", "Ký chứng thực hợp đồng, giao dịch.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ", "Mẫu 06\nHợp đồng, giao dịch đã chứng thực"],
             ["B5", "Trả kết quả, thu phí; cập nhật trạng thái hồ sơ trên Hệ thống.", "Công chức Trung tâm Phục vụ hành chính công xã", "02 giờ", "Mẫu 06"]]
    st = r.cells[1].add_table(len(steps), 5)
    st.style = "Table Grid"
    for i, vals in enumerate(steps):
        for j, v in enumerate(vals):
            fill(st.cell(i, j), v, b=(i == 0), align=C if j in (0, 3) else None)
    tr = st.add_row()
    c = tr.cells[0].merge(tr.cells[2]); fill(c, "Tổng thời gian giải quyết", b=True, align=C)
    fill(tr.cells[3], "16 giờ (02 ngày làm việc)", b=True, align=C)
    row("4", "Biểu mẫu", True)
    r = row("", None)
    ft = r.cells[1].add_table(3, 3); ft.style = "Table Grid"
    for i, vals in enumerate([["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "Mẫu 01", BM01], ["2", "Mẫu 06", BM06]]):
        for j, v in enumerate(vals):
            fill(ft.cell(i, j), v, b=(i == 0))
    row("5", "Hồ sơ cần lưu", True)
    r = row("", None)
    rt = r.cells[1].add_table(5, 3); rt.style = "Table Grid"
    for i, vals in enumerate([["TT", "Hồ sơ lưu", "Thời gian lưu"],
                              ["1", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)", "05 năm"],
                              ["2", "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)", "05 năm"],
                              ["3", "Hợp đồng, giao dịch đã chứng thực (bản lưu)", "20 năm"],
                              ["4", "Sổ chứng thực hợp đồng, giao dịch", "Vĩnh viễn"]]):
        for j, v in enumerate(vals):
            fill(rt.cell(i, j), v, b=(i == 0))
    p = r.cells[1].add_paragraph(); run(p, "Hồ sơ được lưu tại Văn phòng HĐND và UBND xã.")
    save(doc, "31-xa-hoa-lac-chung-thuc-hop-dong-giao-dich.docx")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12):
        f()
    print("ok")
