#!/usr/bin/env python3
"""Writes benches/inputs/procedure-30-pages.docx: a long procedure of the
kind a department of a provincial people's committee issues (a multi-step
TTHC with a long legal basis, definitions, eight subsections and a step
table of 60 steps), about 14,000 words: some 30 A4 pages in 13 pt Times
New Roman at about 470 words a page (no paginator is installed here to
count them). The input of the Word-import benchmarks (benches/README.md).

Built with the helpers of the test corpus (tests/corpus/docx/generate.py),
with fixed dates and zip times, so that the file is reproducible.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "corpus", "docx"))
import generate as g  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402

UNITS = ["Bộ phận Một cửa", "Phòng Quản lý đất đai", "Văn phòng Đăng ký đất đai",
         "Phòng Tài chính - Kế hoạch", "Lãnh đạo Sở", "Chi cục Thuế khu vực"]
ACTIONS = ["Tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ",
           "Thẩm định hồ sơ, kiểm tra thực địa và lập biên bản",
           "Trích lục, trích đo bản đồ địa chính thửa đất",
           "Xác định nghĩa vụ tài chính và gửi Phiếu chuyển thông tin",
           "Dự thảo văn bản, tờ trình kèm hồ sơ trình lãnh đạo",
           "Xem xét, ký duyệt văn bản và chuyển kết quả"]
DETAIL = ("Trường hợp hồ sơ chưa đầy đủ, chưa hợp lệ thì hướng dẫn tổ chức, cá nhân bổ sung, hoàn thiện "
          "một lần bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; trường hợp từ chối giải quyết thì lập "
          "Phiếu từ chối tiếp nhận giải quyết hồ sơ, nêu rõ lý do; cập nhật trạng thái xử lý trên Hệ thống "
          "thông tin giải quyết thủ tục hành chính của tỉnh và lưu vết toàn bộ quá trình xử lý.")


def main():
    doc = g.new_document("Quy trình giao đất, cho thuê đất")
    g.table(doc, [[
        [[("ỦY BAN NHÂN DÂN TỈNH HÒA AN", {"b": True}), g.BR, ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", {"b": True})]],
        [("QUY TRÌNH", {"b": True, "size": 14}),
         ("GIAO ĐẤT, CHO THUÊ ĐẤT KHÔNG THÔNG QUA ĐẤU GIÁ QUYỀN SỬ DỤNG ĐẤT", {"b": True, "size": 14}),
         ("(Mã TTHC: 1.012778)", {"i": True})],
        ["Mã số: QT.ĐĐ.07", "Lần ban hành: 03", "Ngày ban hành: 10/9/2026",
         "Ngày hiệu lực: 15/9/2026", "Trang: 1/30"],
    ]], header_rows=0)
    g.par(doc)
    g.table(doc, [
        [None, "Soạn thảo", "Xem xét", "Phê duyệt"],
        ["Họ và tên", "Lê Thị Thu Hà", "Nguyễn Văn Bình", "Trần Quốc Hưng"],
        ["Chức vụ", "Chuyên viên Phòng Quản lý đất đai", "Trưởng phòng Quản lý đất đai",
         ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]],
        ["Chữ ký", None, None, None],
        ["Ngày", "20/8/2026", "01/9/2026", "10/9/2026"],
    ], center={1, 2, 3})
    g.par(doc)
    g.par(doc, "BẢNG THEO DÕI SỬA ĐỔI", base={"b": True}, align=WD_ALIGN_PARAGRAPH.CENTER)
    g.table(doc, [g.CHANGELOG_HEAD,
                  ["01", "Toàn bộ", "Ban hành lần đầu", "12/5/2025"],
                  ["02", "Mục 3, Mục 5.7", "Cập nhật căn cứ pháp lý theo Luật Đất đai 2024", "20/10/2025"],
                  ["03", "Mục 5.4, Mục 5.7", "Rút ngắn thời gian thẩm định; bổ sung bước liên thông thuế",
                   "10/9/2026"]], center={0, 3})
    g.page_break(doc)
    g.heading(doc, "1. MỤC ĐÍCH")
    for _ in range(6):
        g.par(doc, "Quy định trình tự, thủ tục, trách nhiệm và thời gian giải quyết thủ tục giao đất, cho "
                   "thuê đất không thông qua đấu giá quyền sử dụng đất, bảo đảm công khai, minh bạch, đúng "
                   "thời hạn; làm căn cứ để các phòng, đơn vị thuộc Sở phối hợp thực hiện và để tổ chức, cá "
                   "nhân theo dõi tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công.")
    g.heading(doc, "2. PHẠM VI")
    for _ in range(6):
        g.par(doc, "Áp dụng đối với Bộ phận Một cửa, Phòng Quản lý đất đai, Văn phòng Đăng ký đất đai và các "
                   "cơ quan phối hợp khi giải quyết hồ sơ giao đất, cho thuê đất cho tổ chức kinh tế, đơn vị "
                   "sự nghiệp công lập và tổ chức, cá nhân nước ngoài trên địa bàn tỉnh Hòa An.")
    g.heading(doc, "3. TÀI LIỆU VIỆN DẪN")
    for i in range(30):
        g.par(doc, g.dash(f"Quyết định số {100 + i}/2025/QĐ-UBND ngày {1 + i % 28:02d}/{1 + i % 12:02d}/2025 "
                          f"của Ủy ban nhân dân tỉnh Hòa An quy định chi tiết một số nội dung về quản lý, sử "
                          f"dụng đất đai trên địa bàn tỉnh (phần {i + 1});"))
    g.par(doc, g.dash(g.ND118 + ";"))
    g.par(doc, g.dash(g.ISO + "."))
    g.heading(doc, "4. ĐỊNH NGHĨA VÀ CHỮ VIẾT TẮT")
    for i in range(25):
        g.par(doc, g.dash(f"VT{i + 1:02d}: thuật ngữ viết tắt số {i + 1} dùng trong quy trình giao đất, cho "
                          "thuê đất, được hiểu theo Luật Đất đai số 31/2024/QH15;"))
    g.heading(doc, "5. NỘI DUNG QUY TRÌNH")
    for n, title in enumerate(["Điều kiện thực hiện", "Thành phần hồ sơ", "Số lượng hồ sơ",
                               "Thời gian xử lý", "Nơi tiếp nhận và trả kết quả", "Lệ phí"], start=1):
        g.heading(doc, f"5.{n}. {title}")
        for _ in range(5):
            g.par(doc, "Người sử dụng đất nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến; hồ sơ được giải "
                       "quyết theo cơ chế một cửa liên thông giữa Sở, Văn phòng Đăng ký đất đai và cơ quan "
                       "thuế; thời gian không tính thời gian bổ sung hồ sơ, thời gian thực hiện nghĩa vụ tài "
                       "chính và thời gian lấy ý kiến của các cơ quan có liên quan theo quy định.")
    g.heading(doc, "5.7. Quy trình xử lý công việc")
    rows = [["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]]
    for i in range(60):
        rows.append([str(i + 1), [f"{ACTIONS[i % 6]} (bước {i + 1}).", DETAIL, DETAIL],
                     UNITS[i % 6], "04 giờ làm việc" if i % 2 else "0,5 ngày làm việc",
                     f"BM.ĐĐ.{i % 20 + 1:02d}"])
    rows.append(["Tổng thời gian giải quyết: 30 ngày làm việc", None, None, None, None])
    t = g.table(doc, rows, center={0, 3})
    t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 4))
    g.heading(doc, "6. BIỂU MẪU")
    g.table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"]]
            + [[str(i + 1), f"BM.ĐĐ.{i + 1:02d}", f"Biểu mẫu số {i + 1} của quy trình giao đất, cho thuê đất"]
               for i in range(20)], center={0})
    g.heading(doc, "7. HỒ SƠ CẦN LƯU")
    g.table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"]]
            + [[str(i + 1), f"Hồ sơ số {i + 1} (BM.ĐĐ.{i + 1:02d})", UNITS[i % 6], "Kho lưu trữ của Sở",
                "Vĩnh viễn" if i % 3 == 0 else "10 năm"] for i in range(20)], center={0, 4})
    g.HERE = HERE
    g.save(doc, "procedure-30-pages.docx")


if __name__ == "__main__":
    main()
