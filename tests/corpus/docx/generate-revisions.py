#!/usr/bin/env python3
"""Writes the Word files 38–40 of the corpus (tests/corpus/docx/): three
procedures as they circulate for review in e-office systems, with Word's
TRACKED CHANGES (revisions) still in them. A reader must read each as if
every change had been accepted: insertions kept, deletions dropped, a moved
text read at its new place only, comments left out.

  38  UBND xã Mỹ Hòa — đăng ký kết hôn (TTHC 1.000894, issue 02, effective,
      clean). The step table of 5.7 ('Bước | Nội dung công việc | Trách
      nhiệm | Thời gian (ngày làm việc) | Biểu mẫu | Kết quả', the unit in
      the column header) carries the edits that made issue 02:
        - the row of the old step 2 (handing the paper dossier over) is
          DELETED: <w:trPr><w:del/></w:trPr>, its paragraph marks deleted,
          its text in <w:del><w:r><w:delText>;
        - the numbers of the old steps 3 and 4 are re-typed: '3' and '4' in
          w:del/w:delText, '2' and '3' in w:ins;
        - the time of the (new) step 2 is changed in its cell: '03 ngày' in
          w:del, '02 ngày' in w:ins;
        - a row is INSERTED before the last step (step 4, Văn thư stamps
          and registers the result): <w:trPr><w:ins/></w:trPr>, its
          paragraph marks inserted, its text in <w:ins><w:r><w:t>.
      Accepted, the steps are 0,5 + 02 + 0,5 + 0,5 + 0,5 = 4 working days
      against the statutory 05 ngày làm việc (as typed, with the deleted
      row and the old time, they would be 5.5). Every revision is by 'Tổ
      ISO', 2026-10-15T09:00:00Z.
  39  Sở Xây dựng tỉnh Lam Giang — kiểm soát hồ sơ (system, issue 01,
      effective, clean), reviewed by the Chánh Văn phòng with tracked
      changes:
        - the purpose and the scope hold insertions and deletions inside
          their sentences; the scope's second paragraph is deleted whole
          (its paragraph mark too);
        - the legal-basis line of the Luật Lưu trữ is MOVED from its place
          after the Thông tư (the fourth line before the move, the fifth
          paragraph as saved) to the first line of section 3: the old
          place is a paragraph whose mark is w:moveFrom and whose run is
          in <w:moveFrom> (w:t, not w:delText, as Word writes it),
          between w:moveFromRangeStart/End; the new place is the same
          with w:moveTo, w:moveToRangeStart/End (one w:name for both);
        - a Word comment (comments.xml: w:commentRangeStart/End around the
          title run 'KIỂM SOÁT HỒ SƠ' and a w:commentReference run after
          it) asks whether the title should be another one: the comment is
          not part of the procedure.
      Revisions and comment by 'Phan Thị Kim Oanh', 2026-10-15T09:00:00Z.
  40  UBND xã Tân Lập — đăng ký khai tử (TTHC 1.000656, issue 01, DRAFT:
      'DỰ THẢO' in the page header, unfilled dates, only the drafter has
      signed). The ISO team's tracked changes insert a step row (step 4,
      stamping and registering the result) whose 'Trách nhiệm' cell is
      EMPTY, re-type the number of the last step ('4' deleted, '5'
      inserted) and delete two words of step 2. PLANTED, once accepted: a
      step without responsible (DOC-031 at /steps/3/responsible). Steps
      01 + 03 + 02 + 01 + 01 giờ = 8 working hours = the statutory 'Ngay
      trong ngày' (1 working day). Revisions by 'Tổ ISO',
      2026-10-15T09:00:00Z.

Revision marks carry w:id (unique integers from 1001, the comment's own id
apart), w:author and w:date; range start and end markers share their id, as
Word writes them. Agencies and people are fictional (tỉnh Lam Giang); the
laws, decrees and national TTHC codes are real.

Usage:  python3 generate-revisions.py   (python-docx 1.2.0 and its lxml;
        helpers in _lib.py beside it)

The output is deterministic (fixed core properties, the comment's date
pinned, zip entries rewritten with a fixed timestamp and mode 0644 by
_lib.save). The *.expected.json files are NOT written by this script: they
were typed by reading the documents (see README.md).
"""
import sys
sys.dont_write_bytecode = True
from _lib import *  # noqa
from docx.shared import RGBColor

REV_DATE = "2026-10-15T09:00:00Z"
COMMENT_DATE = datetime.datetime(2026, 10, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)
TO_ISO = "Tổ ISO"
REVIEWER_39 = "Phan Thị Kim Oanh"

CHANGELOG_HEAD = ["Lần sửa đổi", "Vị trí", "Nội dung sửa đổi", "Ngày sửa đổi"]
BM01 = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
BM02 = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
BM06 = "Phiếu kiểm soát quá trình giải quyết hồ sơ"
ISO = "Tiêu chuẩn quốc gia TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu"
L = {
    "52/2014": "Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014 của Quốc hội",
    "60/2014": "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014 của Quốc hội",
    "123/2015": "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp "
                "thi hành Luật Hộ tịch",
    "87/2020": "Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, "
               "đăng ký hộ tịch trực tuyến",
    "07/2025": "Nghị định số 07/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định "
               "trong lĩnh vực hộ tịch, quốc tịch, chứng thực",
    "118/2025": "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một "
                "cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "367/2025": "Nghị định số 367/2025/NĐ-CP ngày 31/12/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
                "118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa "
                "liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "33/2024": "Luật Lưu trữ số 33/2024/QH15 ngày 21/6/2024 của Quốc hội",
    "30/2020": "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    "19/2014": "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất "
               "lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống "
               "hành chính nhà nước",
    "10/2022": "Thông tư số 10/2022/TT-BNV của Bộ trưởng Bộ Nội vụ quy định thời hạn bảo quản tài liệu",
    "101/QĐ": "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ công bố mô hình khung hệ thống quản "
              "lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính "
              "nhà nước tại địa phương",
}




def listed(doc, items, last="."):
    """'- item;' paragraphs, the last one closed by `last`; returns them."""
    out = []
    for k, it in enumerate(items):
        out.append(para(doc, "- " + it + (last if k == len(items) - 1 else ";")))
    return out


def widths(t, cms):
    for j, w in enumerate(cms):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, cell in enumerate(row.cells):
            cell.width = Cm(cms[j])


# ---------------------------------------------------------------- revisions
_REV = [1000]


def _rid():
    _REV[0] += 1
    return str(_REV[0])


def rev(tag, author, with_id=True):
    """A revision element (w:ins, w:del, w:moveFrom …) with id, author, date."""
    el = OxmlElement(tag)
    if with_id:
        el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), REV_DATE)
    return el


def text_run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, parts, author, bold=False):
    """Appends to paragraph p the parts (op, text): '=' plain, '+' inserted
    (w:ins around a run), '-' deleted (w:del around a run with w:delText)."""
    for op, text in parts:
        if op == "=":
            p._p.append(text_run(text, bold=bold))
        elif op == "+":
            ins = rev("w:ins", author)
            ins.append(text_run(text, bold=bold))
            p._p.append(ins)
        else:
            d = rev("w:del", author)
            d.append(text_run(text, deleted=True, bold=bold))
            p._p.append(d)
    return p


def mark_paragraph_mark(p, kind, author):
    """The paragraph mark itself inserted / deleted / moved (w:pPr/w:rPr/w:ins …)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(rev(f"w:{kind}", author))


def wrap_runs(element, kind, author):
    """Wraps every run under element in w:ins / w:del / w:moveFrom / w:moveTo
    (w:t -> w:delText for w:del only: Word keeps w:t inside w:moveFrom)."""
    for r in list(element.iter(qn("w:r"))):
        if r.getparent().tag in (qn("w:ins"), qn("w:del"), qn("w:moveFrom"), qn("w:moveTo")):
            continue
        wrapper = rev(f"w:{kind}", author)
        r.addprevious(wrapper)
        wrapper.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def mark_row(row, kind, author):
    """A whole table row inserted or deleted: w:trPr/w:ins or w:del, every
    paragraph mark of its cells marked, every run wrapped."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(rev(f"w:{kind}", author))
    for p in row._tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        rpr.append(rev(f"w:{kind}", author))
    wrap_runs(row._tr, kind, author)


def moved_paragraph(p, direction, name, author):
    """Marks paragraph p as the old place ('From') or the new place ('To')
    of a moved paragraph: its mark w:moveFrom / w:moveTo, its runs in
    w:moveFrom / w:moveTo, between w:move…RangeStart and w:move…RangeEnd."""
    mark_paragraph_mark(p, f"move{direction}", author)
    wrap_runs(p._p, f"move{direction}", author)
    rid = _rid()
    start = OxmlElement(f"w:move{direction}RangeStart")
    start.set(qn("w:id"), rid)
    start.set(qn("w:author"), author)
    start.set(qn("w:date"), REV_DATE)
    start.set(qn("w:name"), name)
    end = OxmlElement(f"w:move{direction}RangeEnd")
    end.set(qn("w:id"), rid)
    ppr = p._p.find(qn("w:pPr"))
    ppr.addnext(start)
    p._p.append(end)


def cell_parts(cell, parts, author, align=None):
    """Fills an empty cell's first paragraph with tracked parts."""
    p = cell.paragraphs[0]
    tracked(p, parts, author)
    if align is not None:
        p.alignment = align
    return p


def signature_columns(doc, rows, widths_cm=(3.0, 4.4, 4.4, 4.2)):
    """Signature grid: roles in columns over the rows Họ và tên / Chức vụ /
    Chữ ký / Ngày. rows: {label: [drafted, reviewed, approved]}."""
    s = grid(doc, 5, 4)
    for j, v in enumerate(["", "Soạn thảo", "Xem xét", "Phê duyệt"]):
        fill(s.cell(0, j), v, b=True, align=C)
    for i, lab in enumerate(["Họ và tên", "Chức vụ", "Chữ ký", "Ngày"]):
        fill(s.cell(i + 1, 0), lab, b=True)
        for j in range(3):
            c = s.cell(i + 1, j + 1)
            if lab == "Chữ ký":
                fill(c, ["", "", ""])
            else:
                v = rows[lab][j]
                fill(c, v or None, align=C)
    widths(s, widths_cm)
    return s


# =====================================================================
# 38  UBND xã Mỹ Hòa — đăng ký kết hôn (issue 02, effective, clean): a
#     deleted step row, an inserted step row, step numbers and a time
#     re-typed, all as tracked changes
# =====================================================================
def doc38():
    doc = new_document("Quy trình đăng ký kết hôn", 13)
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ MỸ HÒA"], b=True, align=C, size=12)
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ KẾT HÔN"], b=True, align=C, size=14)
    p = t.cell(0, 1).add_paragraph(); run(p, "(Mã TTHC: 1.000894)", i=True, size=12); p.alignment = C
    fill(t.cell(0, 2), ["Mã số: QT.HT.02", "Lần ban hành: 02", "Ngày ban hành: 22/10/2026", "Ngày hiệu lực: 29/10/2026",
                        "Trang: 1/6"], size=12)
    widths(t, (4.0, 7.4, 4.6))
    para(doc)
    signature_columns(doc, {
        "Họ và tên": ["Trương Thị Ngọc Hân", "Lý Văn Phong", "Đinh Công Lực"],
        "Chức vụ": ["Công chức tư pháp - hộ tịch", "Chánh Văn phòng HĐND và UBND xã", "Chủ tịch UBND xã"],
        "Ngày": ["15/10/2026", "19/10/2026", "22/10/2026"],
    })
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGELOG_HEAD,
                ["01", "Toàn bộ", "Ban hành lần đầu", "18/8/2025"],
                ["02", "Mục 5.7",
                 "Bỏ bước chuyển hồ sơ giấy (hồ sơ được chuyển trên Hệ thống); rút ngắn thời gian kiểm tra, xác minh từ "
                 "03 ngày xuống 02 ngày làm việc; bổ sung bước đóng dấu, vào sổ của Văn thư UBND xã",
                 "22/10/2026"]],
          center_cols=(0, 3))
    para(doc)
    para(doc, "PHÂN PHỐI TÀI LIỆU", b=True, align=C)
    table(doc, [["TT", "Nơi nhận", "Số bản"], ["1", "Lãnh đạo UBND xã", "01"],
                ["2", "Văn phòng HĐND và UBND xã", "01"], ["3", "Trung tâm Phục vụ hành chính công xã", "01"]],
          center_cols=(0, 2))
    page_break(doc)

    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục đăng ký kết hôn tại Ủy ban nhân dân xã Mỹ Hòa, "
              "bảo đảm đúng quy định của pháp luật về hộ tịch, hôn nhân và gia đình.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với việc đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước khi một trong hai bên nam, nữ "
              "cư trú trên địa bàn xã Mỹ Hòa; công chức Trung tâm Phục vụ hành chính công xã, công chức tư pháp - hộ tịch, "
              "Văn thư và Lãnh đạo UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    listed(doc, [ISO, "Các văn bản pháp lý nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    listed(doc, ["UBND: Ủy ban nhân dân", "HĐND: Hội đồng nhân dân",
                 "Hệ thống: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lam Giang"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    listed(doc, [L["52/2014"], L["60/2014"], L["123/2015"], L["87/2020"], L["07/2025"], L["118/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    table(doc, [["TT", "Tên hồ sơ", "Bản chính", "Bản sao"],
                ["1", "Tờ khai đăng ký kết hôn theo mẫu", "x", ""],
                ["2", "Giấy xác nhận tình trạng hôn nhân (trường hợp người yêu cầu đăng ký kết hôn không cư trú tại xã Mỹ Hòa)",
                 "x", ""]],
          center_cols=(0, 2, 3))
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Mỹ Hòa.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Miễn lệ phí.")
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian (ngày làm việc)", "Biểu mẫu", "Kết quả"]
    TT = "Công chức Trung tâm Phục vụ hành chính công xã"
    # the rows of issue 01, in order; the step numbers and the time of the
    # verification step are written below as tracked changes
    rows = [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; số hóa hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá "
              "trình giải quyết hồ sơ (hồ sơ chưa đầy đủ: lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ); chuyển hồ sơ cho "
              "công chức tư pháp - hộ tịch qua Hệ thống.",
         TT, "0,5 ngày", "BM.01; BM.02; BM.06", "Hồ sơ được tiếp nhận"],
        ["2", "Chuyển hồ sơ giấy kèm Phiếu kiểm soát quá trình giải quyết hồ sơ cho công chức tư pháp - hộ tịch; ký nhận "
              "vào Sổ theo dõi hồ sơ.",
         TT, "0,5 ngày", "BM.06", "Hồ sơ được bàn giao"],
        [None, "Kiểm tra, xác minh điều kiện kết hôn của hai bên nam, nữ; ghi việc kết hôn vào Sổ đăng ký kết hôn, cập "
               "nhật Cơ sở dữ liệu hộ tịch điện tử; in Giấy chứng nhận kết hôn, trình ký.",
         "Công chức tư pháp - hộ tịch", None, "BM.06", "Dự thảo Giấy chứng nhận kết hôn"],
        [None, "Xem xét, ký Giấy chứng nhận kết hôn.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "0,5 ngày", "BM.06",
         "Giấy chứng nhận kết hôn đã ký"],
        ["5", "Tổ chức trao Giấy chứng nhận kết hôn; hai bên nam, nữ ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn; "
              "cập nhật trạng thái hồ sơ trên Hệ thống.",
         TT, "0,5 ngày", "BM.06", "Giấy chứng nhận kết hôn (bản chính)"],
    ]
    t = table(doc, [head] + rows, center_cols=(0, 3))
    repeat_header(t.rows[0])
    # old step 2: the whole row deleted
    mark_row(t.rows[2], "del", TO_ISO)
    # old steps 3 and 4 become 2 and 3
    cell_parts(t.cell(3, 0), [("-", "3"), ("+", "2")], TO_ISO, align=C)
    cell_parts(t.cell(4, 0), [("-", "4"), ("+", "3")], TO_ISO, align=C)
    # the time of the verification step: 03 → 02 ngày
    cell_parts(t.cell(3, 3), [("-", "03 ngày"), ("+", "02 ngày")], TO_ISO, align=C)
    # a new step 4 before the last one (Văn thư), inserted whole
    new = t.add_row()
    for j, v in enumerate(["4", "Đóng dấu, vào sổ văn bản; chuyển kết quả về Trung tâm Phục vụ hành chính công xã.",
                           "Văn thư UBND xã", "0,5 ngày", "BM.06", ""]):
        fill(new.cells[j], v or None, align=C if j in (0, 3) else None)
    t.rows[5]._tr.addprevious(new._tr)
    mark_row(new, "ins", TO_ISO)
    widths(t, (1.3, 5.6, 3.2, 1.9, 1.8, 2.2))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "BM.01", BM01], ["2", "BM.02", BM02], ["3", "BM.06", BM06]],
          center_cols=(0, 1))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Tờ khai đăng ký kết hôn và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch",
                 "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Sổ đăng ký kết hôn", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)", TT,
                 "Trung tâm Phục vụ hành chính công xã", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "38-xa-my-hoa-dang-ky-ket-hon-sua-doi-theo-doi.docx")


# =====================================================================
# 39  Sở Xây dựng tỉnh Lam Giang — kiểm soát hồ sơ (issue 01, clean):
#     changes inside the purpose and scope sentences, a deleted scope
#     paragraph, a moved legal-basis line, a comment on the title
# =====================================================================
def doc39():
    doc = new_document("Quy trình kiểm soát hồ sơ", 13)
    A = REVIEWER_39
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), "UBND TỈNH LAM GIANG", align=C, size=12)
    p = t.cell(0, 0).add_paragraph(); run(p, "SỞ XÂY DỰNG", b=True, size=12); p.alignment = C
    fill(t.cell(0, 1), "QUY TRÌNH", b=True, align=C, size=14)
    p = t.cell(0, 1).add_paragraph(); p.alignment = C
    title_run = run(p, "KIỂM SOÁT HỒ SƠ", b=True, size=14)
    fill(t.cell(0, 2), ["Mã số: QT.ISO.02", "Lần ban hành: 01", "Ngày ban hành: 21/10/2026", "Ngày hiệu lực: 28/10/2026",
                        "Trang: 1/5"], size=12)
    widths(t, (4.0, 7.4, 4.6))
    cm = doc.add_comment([title_run],
                         text="Đề nghị thống nhất tên quy trình với Danh mục tài liệu nội bộ của Sở: “Kiểm soát hồ sơ” "
                              "hay “Kiểm soát thông tin dạng văn bản được lưu giữ”?",
                         author=A, initials="PTKO")
    cm._comment_elm.date = COMMENT_DATE
    para(doc)
    s = table(doc, [["", "Họ và tên", "Chức vụ", "Chữ ký", "Ngày"],
                    ["Người soạn thảo", "Lâm Thị Diễm My", "Chuyên viên Văn phòng Sở, Thư ký ISO", "", "09/10/2026"],
                    ["Người xem xét", "Phan Thị Kim Oanh", "Chánh Văn phòng Sở", "", "16/10/2026"],
                    ["Người phê duyệt", "Tạ Quang Vinh", "GIÁM ĐỐC", "", "21/10/2026"]],
              center_cols=(4,))
    for i in (1, 2, 3):
        s.cell(i, 0).paragraphs[0].runs[0].bold = True
        s.cell(i, 3).add_paragraph(); s.cell(i, 3).add_paragraph()
    widths(s, (3.2, 3.8, 4.6, 2.2, 2.2))
    para(doc)
    para(doc, "BẢNG THEO DÕI SỬA ĐỔI", b=True, align=C)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "21/10/2026"]], center_cols=(0, 3))
    para(doc)
    para(doc, "Nơi nhận:", b=True, i=True)
    para(doc, "- Ban Giám đốc Sở (01 bản);")
    para(doc, "- Văn phòng Sở (01 bản);")
    para(doc, "- Các phòng chuyên môn, đơn vị trực thuộc Sở (bản điện tử).")
    page_break(doc)

    h(doc, "1. MỤC ĐÍCH")
    tracked(para(doc), [
        ("=", "Quy định thống nhất cách thức nhận biết, "),
        ("-", "lưu giữ"),
        ("+", "bảo quản"),
        ("=", ", bảo vệ, truy cập, sử dụng, xác định thời gian lưu và hủy bỏ hồ sơ "),
        ("+", "thuộc hệ thống quản lý chất lượng "),
        ("=", "của Sở Xây dựng tỉnh Lam Giang"),
        ("-", " một cách khoa học"),
        ("=", ", nhằm cung cấp bằng chứng về sự phù hợp với các yêu cầu và việc vận hành có hiệu lực của hệ thống quản "
              "lý chất lượng."),
    ], A)
    h(doc, "2. PHẠM VI")
    tracked(para(doc), [
        ("=", "Áp dụng đối với "),
        ("-", "tất cả các loại "),
        ("=", "hồ sơ "),
        ("+", "phát sinh trong quá trình áp dụng hệ thống quản lý chất lượng "),
        ("=", "tại Văn phòng Sở và các phòng chuyên môn"),
        ("+", ", đơn vị trực thuộc"),
        ("=", " Sở Xây dựng tỉnh Lam Giang, "),
        ("-", "kể cả hồ sơ dạng giấy và hồ sơ điện tử"),
        ("+", "dạng giấy và dạng điện tử"),
        ("=", "."),
    ], A)
    gone = para(doc, "Quy trình này không áp dụng đối với tài liệu lưu trữ lịch sử.")
    mark_paragraph_mark(gone, "del", A)
    wrap_runs(gone._p, "del", A)
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    ps = listed(doc, [L["33/2024"], L["30/2020"], L["19/2014"], L["10/2022"], L["33/2024"], L["101/QĐ"], ISO])
    moved_paragraph(ps[0], "To", "move214160301", A)
    moved_paragraph(ps[4], "From", "move214160301", A)
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    listed(doc, ["HTQLCL: Hệ thống quản lý chất lượng",
                 "Hồ sơ: thông tin dạng văn bản được lưu giữ làm bằng chứng về kết quả đạt được hoặc hoạt động được "
                 "thực hiện",
                 "Thư ký ISO: công chức được Giám đốc Sở giao theo dõi, duy trì HTQLCL"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    head = ["TT", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"]
    rows = [
        ["1", "Lập Danh mục hồ sơ cần lưu của phòng, đơn vị; gửi Thư ký ISO.", "Trưởng các phòng, đơn vị",
         "05 ngày làm việc", "BM.KSHS.01"],
        ["2", "Tổng hợp Danh mục hồ sơ cần lưu của Sở, trình Giám đốc Sở phê duyệt.", "Thư ký ISO",
         "03 ngày làm việc", "BM.KSHS.01"],
        ["3", "Phê duyệt Danh mục hồ sơ cần lưu.", "Giám đốc Sở", "02 ngày làm việc", "BM.KSHS.01"],
        ["4", "Kiểm tra việc lập, cập nhật, bảo quản hồ sơ tại các phòng, đơn vị (06 tháng một lần).",
         "Thư ký ISO", "05 ngày làm việc", "BM.KSHS.02"],
        ["5", "Lập Danh sách hồ sơ hết thời hạn lưu, trình Giám đốc Sở quyết định hủy theo quy định.",
         "Văn phòng Sở", "10 ngày làm việc", "BM.KSHS.03"],
    ]
    table(doc, [head] + rows, center_cols=(0, 3))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"],
                ["1", "BM.KSHS.01", "Danh mục hồ sơ cần lưu"],
                ["2", "BM.KSHS.02", "Phiếu kiểm tra việc lập, quản lý hồ sơ"],
                ["3", "BM.KSHS.03", "Danh sách hồ sơ đề nghị hủy"]], center_cols=(0,))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Danh mục hồ sơ cần lưu đã phê duyệt (BM.KSHS.01)", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
                ["2", "Phiếu kiểm tra việc lập, quản lý hồ sơ (BM.KSHS.02)", "Thư ký ISO", "Văn phòng Sở", "05 năm"],
                ["3", "Danh sách hồ sơ đề nghị hủy (BM.KSHS.03) và Quyết định hủy hồ sơ", "Văn phòng Sở",
                 "Lưu trữ cơ quan", "20 năm"]],
          center_cols=(0, 4))
    save(doc, "39-so-xay-dung-lam-giang-kiem-soat-ho-so-theo-doi.docx")


# =====================================================================
# 40  UBND xã Tân Lập — đăng ký khai tử (DRAFT under review): PLANTED, a
#     step row inserted as a tracked change with its 'Trách nhiệm' empty
# =====================================================================
def doc40():
    doc = new_document("Quy trình đăng ký khai tử (dự thảo)", 13)
    hp = doc.sections[0].header.paragraphs[0]
    r = run(hp, "DỰ THẢO", b=True, size=14)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    hp.alignment = R
    t = grid(doc, 1, 3)
    fill(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"], b=True, align=C, size=12)
    fill(t.cell(0, 1), ["QUY TRÌNH", "ĐĂNG KÝ KHAI TỬ"], b=True, align=C, size=14)
    p = t.cell(0, 1).add_paragraph(); run(p, "(Mã TTHC: 1.000656)", i=True, size=12); p.alignment = C
    fill(t.cell(0, 2), ["Mã số: QT.HT.04", "Lần ban hành: 01", "Ngày ban hành: ……/……/2026", "Ngày hiệu lực: ……/……/2026",
                        "Trang: 1/5"], size=12)
    widths(t, (4.0, 7.4, 4.6))
    para(doc)
    signature_columns(doc, {
        "Họ và tên": ["Võ Thị Kim Loan", "", ""],
        "Chức vụ": ["Công chức tư pháp - hộ tịch", "", ""],
        "Ngày": ["12/10/2026", "", ""],
    })
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", b=True, align=C)
    table(doc, [CHANGELOG_HEAD, ["01", "Toàn bộ", "Ban hành lần đầu", "……/……/2026"]], center_cols=(0, 3))
    page_break(doc)

    h(doc, "1. MỤC ĐÍCH")
    para(doc, "Quy định trình tự, thời gian và trách nhiệm giải quyết thủ tục đăng ký khai tử tại Ủy ban nhân dân xã Tân Lập.")
    h(doc, "2. PHẠM VI")
    para(doc, "Áp dụng đối với việc đăng ký khai tử cho người chết có nơi cư trú cuối cùng trên địa bàn xã Tân Lập; công chức "
              "Trung tâm Phục vụ hành chính công xã, công chức tư pháp - hộ tịch, Văn thư và Lãnh đạo UBND xã.")
    h(doc, "3. TÀI LIỆU VIỆN DẪN")
    listed(doc, [ISO, "Các văn bản pháp lý nêu tại mục 5.1"])
    h(doc, "4. ĐỊNH NGHĨA/VIẾT TẮT")
    listed(doc, ["UBND: Ủy ban nhân dân", "HĐND: Hội đồng nhân dân"])
    h(doc, "5. NỘI DUNG QUY TRÌNH")
    h(doc, "5.1. Cơ sở pháp lý")
    listed(doc, [L["60/2014"], L["123/2015"], L["07/2025"], L["118/2025"], L["367/2025"]])
    h(doc, "5.2. Thành phần hồ sơ")
    table(doc, [["TT", "Tên hồ sơ", "Bản chính", "Bản sao"],
                ["1", "Tờ khai đăng ký khai tử theo mẫu", "x", ""],
                ["2", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử", "x", ""]],
          center_cols=(0, 2, 3))
    h(doc, "5.3. Số lượng hồ sơ")
    para(doc, "01 bộ.")
    h(doc, "5.4. Thời gian xử lý")
    para(doc, "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết "
              "quả trong ngày làm việc tiếp theo.")
    h(doc, "5.5. Nơi tiếp nhận và trả kết quả")
    para(doc, "Trung tâm Phục vụ hành chính công xã Tân Lập.")
    h(doc, "5.6. Lệ phí")
    para(doc, "Miễn lệ phí.")
    h(doc, "5.7. Quy trình xử lý công việc")
    head = ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]
    TT = "Công chức Trung tâm Phục vụ hành chính công xã"
    rows = [
        ["1", "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải "
              "quyết hồ sơ; chuyển hồ sơ cho công chức tư pháp - hộ tịch.", TT, "01 giờ", "BM.01; BM.06"],
        ["2", None, "Công chức tư pháp - hộ tịch", "03 giờ", "BM.06\nDự thảo Trích lục khai tử"],
        ["3", "Xem xét, ký Trích lục khai tử.", "Chủ tịch hoặc Phó Chủ tịch UBND xã", "02 giờ",
         "BM.06\nTrích lục khai tử đã ký"],
        [None, "Trả kết quả cho người đi đăng ký khai tử; cập nhật trạng thái hồ sơ trên Hệ thống.", TT, "01 giờ",
         "BM.06\nTrích lục khai tử (bản chính)"],
    ]
    t = table(doc, [head] + rows, center_cols=(0, 3))
    repeat_header(t.rows[0])
    cell_parts(t.cell(2, 1), [
        ("=", "Kiểm tra, xác minh (nếu cần); ghi vào Sổ đăng ký khai tử"),
        ("-", " bằng giấy"),
        ("=", ", cập nhật Cơ sở dữ liệu hộ tịch điện tử; in Trích lục khai tử, trình ký."),
    ], TO_ISO)
    cell_parts(t.cell(4, 0), [("-", "4"), ("+", "5")], TO_ISO, align=C)
    new = t.add_row()
    for j, v in enumerate(["4", "Đóng dấu, vào sổ văn bản; chuyển kết quả về Trung tâm Phục vụ hành chính công xã.",
                           "", "01 giờ", "BM.06"]):
        fill(new.cells[j], v or None, align=C if j in (0, 3) else None)
    t.rows[4]._tr.addprevious(new._tr)
    mark_row(new, "ins", TO_ISO)
    widths(t, (1.4, 6.4, 3.6, 1.8, 2.8))
    h(doc, "6. BIỂU MẪU")
    table(doc, [["TT", "Mã hiệu", "Tên biểu mẫu"], ["1", "BM.01", BM01], ["2", "BM.06", BM06]], center_cols=(0, 1))
    h(doc, "7. HỒ SƠ CẦN LƯU")
    table(doc, [["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Nơi lưu", "Thời gian lưu"],
                ["1", "Tờ khai đăng ký khai tử và giấy tờ kèm theo", "Công chức tư pháp - hộ tịch",
                 "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["2", "Sổ đăng ký khai tử", "Công chức tư pháp - hộ tịch", "Văn phòng HĐND và UBND xã", "Vĩnh viễn"],
                ["3", "Phiếu kiểm soát quá trình giải quyết hồ sơ (BM.06)", TT,
                 "Trung tâm Phục vụ hành chính công xã", "05 năm"]],
          center_cols=(0, 4))
    save(doc, "40-xa-tan-lap-dang-ky-khai-tu-du-thao-theo-doi.docx")


if __name__ == "__main__":
    for f in (doc38, doc39, doc40):
        f()
    print("ok")
