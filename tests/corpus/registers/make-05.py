#!/usr/bin/env python3
"""Register 05: UBND phường An Lạc (tỉnh Hòa An), 25 codes, 32 documents,
clean. Writes 05-phuong-an-lac.json and 05-phuong-an-lac.expected.json.

python3 make-05.py

Texts come from the procedure templates in qmsdocs.py (system, internal and
commune TTHC procedures); this script decides the codes, issues, dates,
statuses, people, distribution and references. The expectation (no
finding) was written by reading the rules, not by running the library.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qmsdocs as q  # noqa: E402
from qmsdocs import D  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Phòng Kinh tế, Hạ tầng và Đô thị, "
         "Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công phường")
NEW = q.Agency("Ủy ban nhân dân phường An Lạc", "phường", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
               "Trung tâm Phục vụ hành chính công phường", "Chủ tịch Ủy ban nhân dân phường",
               "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân phường", UNITS)
OLD = q.Agency("Ủy ban nhân dân phường An Lạc", "phường", "Văn phòng Ủy ban nhân dân phường",
               "Bộ phận Một cửa phường", "Chủ tịch Ủy ban nhân dân phường",
               "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân phường",
               "công chức Văn phòng - Thống kê, Tư pháp - Hộ tịch, Địa chính - Xây dựng và Bộ phận Một cửa phường")

# Owners
VP = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường An Lạc"
VP_OLD = "Văn phòng Ủy ban nhân dân phường An Lạc (trước sắp xếp)"
PKT = "Phòng Kinh tế, Hạ tầng và Đô thị phường An Lạc"
PVX = "Phòng Văn hóa - Xã hội phường An Lạc"
TT = "Trung tâm Phục vụ hành chính công phường An Lạc"

# People (made up). Before 01/7/2025: the former phường An Lạc.
P = {
    "CT": ("Võ Hoàng Nam", "Chủ tịch UBND phường"),
    "PCT1": ("Nguyễn Thị Thanh Thủy", "Phó Chủ tịch UBND phường"),
    "PCT2": ("Lâm Quốc Cường", "Phó Chủ tịch UBND phường"),
    "CVP": ("Trần Thị Mỹ Linh", "Chánh Văn phòng HĐND và UBND phường"),
    "ISO": ("Đinh Gia Bảo", "Chuyên viên Văn phòng HĐND và UBND phường, Thư ký ISO"),
    "VT": ("Phùng Thị Kiều", "Văn thư Văn phòng HĐND và UBND phường"),
    "TP": ("Ông Văn Trí", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)"),
    "CTH": ("Quách Thị Ngân", "Công chức Văn phòng HĐND và UBND phường (chứng thực)"),
    "TPKT": ("Hứa Minh Luân", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị"),
    "CVKT": ("Giang Thị Yến Nhi", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị"),
    "TPVX": ("La Văn Hòa", "Trưởng phòng Văn hóa - Xã hội"),
    "CVVX": ("Thạch Thị Sa Rát", "Chuyên viên Phòng Văn hóa - Xã hội"),
    "GDTT": ("Châu Văn Tín", "Giám đốc Trung tâm Phục vụ hành chính công phường"),
    "CT_OLD": ("Tăng Văn Kiệt", "Chủ tịch UBND phường"),
    "PCT_OLD": ("Võ Hoàng Nam", "Phó Chủ tịch UBND phường"),
    "ISO_OLD": ("Đinh Gia Bảo", "Công chức Văn phòng - Thống kê, Thư ký ISO"),
    "TP_OLD": ("Ông Văn Trí", "Công chức Tư pháp - Hộ tịch"),
}
SIGNERS = {  # (drafter, reviewer, approver, on behalf of)
    "sys": ("ISO", "CVP", "CT", None), "sys_old": ("ISO_OLD", "PCT_OLD", "CT_OLD", None),
    "vt": ("VT", "CVP", "PCT1", "KT. Chủ tịch"), "tt": ("GDTT", "CVP", "PCT1", "KT. Chủ tịch"),
    "ht": ("TP", "CVP", "PCT1", "KT. Chủ tịch"), "ht_old": ("TP_OLD", "PCT_OLD", "CT_OLD", None),
    "cth": ("CTH", "CVP", "PCT1", "KT. Chủ tịch"),
    "kt": ("CVKT", "TPKT", "PCT2", "KT. Chủ tịch"), "vx": ("CVVX", "TPVX", "PCT1", "KT. Chủ tịch"),
}
DIST = {
    "sys": [("Chủ tịch, các Phó Chủ tịch UBND phường", 1), ("Văn phòng HĐND và UBND phường", 1),
            ("Phòng Kinh tế, Hạ tầng và Đô thị", 1), ("Phòng Văn hóa - Xã hội", 1),
            ("Trung tâm Phục vụ hành chính công phường", 1),
            ("Hệ thống quản lý văn bản và điều hành của phường (bản điện tử)", None)],
    "ht": [("Phó Chủ tịch UBND phường phụ trách", 1), ("Văn phòng HĐND và UBND phường", 1),
           ("Trung tâm Phục vụ hành chính công phường", 1),
           ("Hệ thống quản lý văn bản và điều hành của phường (bản điện tử)", None)],
    "kt": [("Phó Chủ tịch UBND phường phụ trách", 1), ("Phòng Kinh tế, Hạ tầng và Đô thị", 1),
           ("Trung tâm Phục vụ hành chính công phường", 1),
           ("Hệ thống quản lý văn bản và điều hành của phường (bản điện tử)", None)],
}

OLD_DAY, NEW_DAY = D("2024-05-06"), D("2025-08-25")
REVIEW = D("2026-08-17")  # annual review of the documents in force since 2025-08-25
REFORM = ("Ban hành lại sau khi sắp xếp đơn vị hành chính cấp xã (phường An Lạc mới trên cơ sở phường An Lạc "
          "và xã An Hòa, từ ngày 01/7/2025); cập nhật căn cứ pháp lý, tên bộ phận và Trung tâm Phục vụ hành chính công phường")

# code, template, owner, signers, distribution key, references,
# issues: [(approved, status, where, what)]  (old-era issues are approved before 01/7/2025)
TABLE = [
    ("QT.ISO.01", q.t_document_control, VP, "sys", "sys", ["QT.ISO.02"],
     [(OLD_DAY, "superseded", "Toàn bộ tài liệu", "Ban hành lần đầu"), (NEW_DAY, "effective", "Toàn bộ tài liệu", REFORM)]),
    ("QT.ISO.02", q.t_records, VP, "sys", "sys", [], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.ISO.03", q.t_internal_audit, VP, "sys", "sys", ["QT.ISO.05"],
     [(OLD_DAY, "superseded", "Toàn bộ tài liệu", "Ban hành lần đầu"), (NEW_DAY, "effective", "Toàn bộ tài liệu", REFORM)]),
    ("QT.ISO.04", q.t_management_review, VP, "sys", "sys", ["QT.ISO.03", "QT.ISO.06"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.ISO.05", q.t_corrective, VP, "sys", "sys", ["QT.ISO.06"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.ISO.06", q.t_risk, VP, "sys", "sys", [], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.ISO.07", q.t_nonconforming_output, VP, "sys", "sys", ["QT.ISO.05"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.VP.01", q.t_incoming, VP, "vt", "sys", [], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.VP.02", q.t_outgoing, VP, "vt", "sys", [], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.VP.03", q.t_one_stop, TT, "tt", "sys", ["QT.ISO.07"], [(D("2026-01-19"), "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.HT.01", q.t_birth, VP, "ht", "ht", ["QT.VP.03"],
     [(OLD_DAY, "superseded", "Toàn bộ tài liệu", "Ban hành lần đầu"), (NEW_DAY, "effective", "Mục 3; Mục 5", REFORM)]),
    ("QT.HT.02", q.t_death, VP, "ht", "ht", ["QT.VP.03"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.HT.03", q.t_marriage, VP, "ht", "ht", ["QT.VP.03"],
     [(OLD_DAY, "superseded", "Toàn bộ tài liệu", "Ban hành lần đầu"), (NEW_DAY, "superseded", "Mục 3; Mục 5", REFORM),
      (D("2026-02-09"), "effective", "Mục 3", "Bổ sung Nghị định số 367/2025/NĐ-CP sửa đổi Nghị định số 118/2025/NĐ-CP")]),
    ("QT.HT.04", q.t_marital_status, VP, "ht", "ht", ["QT.VP.03"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.HT.05", q.t_civil_copy, VP, "ht", "ht", ["QT.VP.03"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.HT.06", q.t_birth_parentage, VP, "ht", "ht", ["QT.HT.01", "QT.VP.03"], [(D("2026-02-09"), "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.HT.07", q.t_birth_again, VP, "ht", "ht", ["QT.HT.01", "QT.VP.03"], [(D("2026-02-09"), "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.CT.01", q.t_certify_copy, VP, "cth", "ht", ["QT.VP.03"],
     [(NEW_DAY, "superseded", "Toàn bộ tài liệu", "Ban hành lần đầu"),
      (D("2026-01-19"), "effective", "Mục 3; bước 2", "Cập nhật Nghị định số 280/2025/NĐ-CP sửa đổi Nghị định số 23/2015/NĐ-CP; Nghị định số 367/2025/NĐ-CP")]),
    ("QT.CT.02", q.t_certify_signature, VP, "cth", "ht", ["QT.VP.03"],
     [(NEW_DAY, "superseded", "Toàn bộ tài liệu", "Ban hành lần đầu"),
      (D("2026-01-19"), "effective", "Mục 3; bước 2", "Cập nhật Nghị định số 280/2025/NĐ-CP sửa đổi Nghị định số 23/2015/NĐ-CP; Nghị định số 367/2025/NĐ-CP")]),
    ("QT.CT.03", q.t_certify_contract, VP, "cth", "ht", ["QT.VP.03"], [(D("2026-01-19"), "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.KT.01", q.t_household_business, PKT, "kt", "kt", ["QT.VP.03"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.KT.02", q.t_household_business_change, PKT, "kt", "kt", ["QT.KT.01"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.KT.03", q.t_household_business_pause, PKT, "kt", "kt", ["QT.KT.01"], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.ĐĐ.01", q.t_land_mediation, PKT, "kt", "kt", [], [(NEW_DAY, "effective", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
    ("QT.VHXH.01", q.t_middle_income, PVX, "vx", None, ["QT.VP.03"], [(NEW_DAY, "withdrawn", "Toàn bộ tài liệu", "Ban hành lần đầu")]),
]


def build():
    docs = []
    for code, tpl, owner, who, dist, refs, issues in TABLE:
        history = [(n, a, where, what) for n, (a, _, where, what) in enumerate(issues, 1)]
        for n, (approved, status, _, _) in enumerate(issues, 1):
            old = approved < D("2025-07-01")
            ag = OLD if old else NEW
            key = who + "_old" if old and who + "_old" in SIGNERS else who
            d, r, a, kt = SIGNERS[key]
            effective = status == "effective"
            docs.append(q.issue_doc(
                ag, tpl(ag, approved), code=code, issue=n, status=status,
                owner=VP_OLD if old else owner, people=(P[d], P[r], P[a]), approved=approved,
                history=history, on_behalf=kt,
                distribution=DIST[dist] if effective else [],
                last_review=REVIEW if effective and approved <= NEW_DAY else None,
                references=refs))
    return docs


def main():
    docs = build()
    reg = {"agency": "Ủy ban nhân dân phường An Lạc, tỉnh Hòa An", "documents": docs}
    codes = sorted({d["code"] for d in docs})
    exp = {
        "case": "05-phuong-an-lac",
        "policy": "../documents/policy.json",
        "asOf": "2026-11-22",
        "findings": [],
        "notes": [
            f"Clean register of a phường after the 2025 reform: {len(codes)} codes, {len(docs)} documents (every issue), generated by make-05.py from the templates in qmsdocs.py. A careful secretary finds nothing; the rules as written should report no error, warning or info.",
            "Issues: QT.ISO.01, QT.ISO.03, QT.HT.01 have a superseded issue 1 of the former phường (2024-05-06) and an effective issue 2 (2025-08-25); QT.HT.03 has issues 1 (2024-05-06) and 2 (2025-08-25) superseded and 3 (2026-02-09) effective; QT.CT.01 and QT.CT.02 issue 1 (2025-08-25) superseded, issue 2 (2026-01-19) effective. Dates increase with issue numbers (no REG-003); the highest issue is the effective one (no REG-004); superseded/withdrawn issues have empty distribution lists (no REG-005); titles and TTHC codes are identical across the issues of a code (no REG-009).",
            "The withdrawn QT.VHXH.01 (hộ có mức sống trung bình giai đoạn 2022 – 2025; status \"withdrawn\", the model's name for bãi bỏ) has no distribution list and refers to QT.VP.03 (not checked for a withdrawn document).",
            "Effective TTHC codes are all different (REG-006): 1.001193, 1.000656, 1.000894, 1.004873, 2.000635, 1.000689, 1.004884, 2.000815, 2.000884, 2.001035, 1.001612, 2.000720, 1.001570, 1.012812. References (QT.ISO.01 → QT.ISO.02, QT.ISO.03 → QT.ISO.05, QT.ISO.04 → QT.ISO.03/QT.ISO.06, QT.ISO.05 → QT.ISO.06, QT.ISO.07 → QT.ISO.05, QT.VP.03 → QT.ISO.07, TTHC procedures → QT.VP.03, QT.HT.06/07 → QT.HT.01, QT.KT.02/03 → QT.KT.01) all reach an effective issue (REG-007).",
            "Superseded issues of the former phường cite 61/2018/NĐ-CP (and 107/2021/NĐ-CP): not DOC-023 (currency rules only for current documents). Documents in force cite only texts in force on 2026-11-22 and dated before their approval: 118/2025/NĐ-CP (09/6/2025), 367/2025/NĐ-CP (31/12/2025) only from 2026-01-19 on, 280/2025/NĐ-CP (27/10/2025) only in QT.CT.01/02 issue 2 and QT.CT.03, 72/2025/QH15 and 33/2024/QH15 without a date. Luật Hộ tịch 60/2014/QH13 is replaced only from 2027-03-01.",
            "Reviews (DOC-060): documents effective since 2025-08-25 were reviewed 2026-08-17 (due 2027-08-17); documents effective since 2026-01-19 or 2026-02-09 have no lastReview and are due in 2027. Distribution lists exist for every effective document (documents/policy.json requires it: DOC-061).",
            "Step times (8 h/day): khai sinh, khai tử, bản sao trích lục, chứng thực bản sao 8 h = 1 day; chứng thực chữ ký 6 h; chứng thực hợp đồng 0.5+1+0.25+0.25 = 2 days; xác nhận tình trạng hôn nhân, khai sinh kết hợp nhận cha mẹ con 0.5+1.5+0.5+0.5 = 3 days; kết hôn, đăng ký lại khai sinh 5 days; hộ kinh doanh (thành lập, thay đổi) 0.5+1.5+0.5+0.5 = 3 days, tạm ngừng 0.5+1+0.5+0.5 = 2.5 days ≤ 3; hòa giải 30 calendar days (all steps in calendar days).",
            "Signatures: drafter, reviewer and approver are three different people in every document (Võ Hoàng Nam reviews the former phường's issues as Phó Chủ tịch and approves the new phường's as Chủ tịch; Đinh Gia Bảo and Ông Văn Trí draft in both eras). Approvers \"Chủ tịch UBND phường\" / \"Phó Chủ tịch UBND phường\" (KT. Chủ tịch) match the policy.",
            "Made up: the phường, the people, TTHC code 1.010832 and the limit of the withdrawn procedure. The other TTHC codes and statutory limits are those the corpus verified or well-known limits of Luật Hộ tịch / Nghị định 123/2015/NĐ-CP (xác nhận tình trạng hôn nhân, nhận cha mẹ con: 03 working days; đăng ký lại khai sinh: 05 working days); the tạm ngừng kinh doanh limit of 03 working days is assumed.",
        ],
    }
    q.write(os.path.join(HERE, "05-phuong-an-lac.json"), reg)
    del exp  # the expected file is kept by hand (see README.md)
    print(len(codes), "codes,", len(docs), "documents")


if __name__ == "__main__":
    main()
