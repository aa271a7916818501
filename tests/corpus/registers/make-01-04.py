#!/usr/bin/env python3
"""Writes registers 01-04 (and their expected files) into this directory.

python3 make-01-04.py

The expected findings are hand-written below (EXPECTED_*), from reading
core/src/documents/check/*.rs and register.rs; nothing here runs the
library. Only the /documents/i indices are looked up from the data.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qmsdocs import (CD, D, WD, WH, Agency, Index, days, forms, legal, rec, st,  # noqa: E402
                     t_birth, t_certify_copy, t_certify_signature, t_corrective, t_death,
                     t_document_control, t_household_business, t_incoming, t_internal_audit,
                     t_land_mediation, t_management_review, t_marriage, t_middle_income,
                     t_nonconforming_output, t_one_stop, t_outgoing, t_records, t_risk,
                     tthc_common, issue_doc, write, _desk, one_stop_keys)

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2026-11-22"


def expected(case, policy, findings, notes):
    return {"case": case, "policy": policy, "asOf": AS_OF,
            "findings": [{"rule": r, "pointer": p, "severity": s, "why": w} for (r, p, s, w) in findings],
            "notes": notes}


# ==========================================================================
# 01 — UBND xã Phước An (commune after the 2025 reform), clean
# ==========================================================================
def build_01():
    units = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Phòng Kinh tế, Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã"
    ag = Agency("Ủy ban nhân dân xã Phước An", "xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
                "Trung tâm Phục vụ hành chính công xã", "Chủ tịch Ủy ban nhân dân xã",
                "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã", units)
    old = Agency("Ủy ban nhân dân xã Phước An", "xã", "Văn phòng Ủy ban nhân dân xã",
                 "Bộ phận Một cửa xã", "Chủ tịch Ủy ban nhân dân xã",
                 "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã",
                 "công chức Văn phòng - Thống kê, Tư pháp - Hộ tịch, Địa chính - Xây dựng và Bộ phận Một cửa xã")
    VP = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Phước An"
    PKT = "Phòng Kinh tế xã Phước An"
    PVX = "Phòng Văn hóa - Xã hội xã Phước An"
    VP_OLD = "Văn phòng Ủy ban nhân dân xã Phước An (trước sắp xếp)"
    # people of the new commune (from 01/7/2025)
    CT = ("Lê Văn Thành", "Chủ tịch UBND xã")
    PCT_VX = ("Nguyễn Thị Kim Loan", "Phó Chủ tịch UBND xã")
    PCT_KT = ("Trần Minh Đức", "Phó Chủ tịch UBND xã")
    CVP = ("Phạm Thị Hồng Nhung", "Chánh Văn phòng HĐND và UBND xã")
    ISO = ("Trương Thị Ngọc Ánh", "Chuyên viên Văn phòng HĐND và UBND xã, Thư ký ISO")
    TP = ("Ngô Thị Mai", "Công chức Văn phòng HĐND và UBND xã (tư pháp - hộ tịch)")
    CTH = ("Bùi Quốc Khánh", "Công chức Văn phòng HĐND và UBND xã (chứng thực)")
    TPKT = ("Võ Thanh Tùng", "Trưởng phòng Kinh tế")
    CVKT = ("Lý Văn Phúc", "Chuyên viên Phòng Kinh tế")
    TPVX = ("Đặng Thị Thu Hà", "Trưởng phòng Văn hóa - Xã hội")
    CVVX = ("Hồ Thị Bích Trâm", "Chuyên viên Phòng Văn hóa - Xã hội")
    # people of the former xã Phước An (before 01/7/2025)
    CT_OLD = ("Đoàn Văn Hậu", "Chủ tịch UBND xã")
    PCT_OLD = ("Lê Văn Thành", "Phó Chủ tịch UBND xã")
    VP_ISO_OLD = ("Mai Thị Lan", "Công chức Văn phòng - Thống kê, Thư ký ISO")
    TP_OLD = ("Ngô Thị Mai", "Công chức Tư pháp - Hộ tịch")

    KT_CT = "KT. Chủ tịch"
    dist_vp = [("Chủ tịch, các Phó Chủ tịch UBND xã", 1), ("Văn phòng HĐND và UBND xã", 1),
               ("Phòng Kinh tế", 1), ("Phòng Văn hóa - Xã hội", 1),
               ("Trung tâm Phục vụ hành chính công xã", 1),
               ("Hệ thống quản lý văn bản và điều hành của xã (bản điện tử)", None)]
    dist_tthc = [("Phó Chủ tịch UBND xã phụ trách", 1), ("Văn phòng HĐND và UBND xã", 1),
                 ("Trung tâm Phục vụ hành chính công xã", 1),
                 ("Hệ thống quản lý văn bản và điều hành của xã (bản điện tử)", None)]
    dist_kt = [("Phó Chủ tịch UBND xã phụ trách", 1), ("Phòng Kinh tế", 1),
               ("Trung tâm Phục vụ hành chính công xã", 1),
               ("Hệ thống quản lý văn bản và điều hành của xã (bản điện tử)", None)]
    a23, a24, a25, a26 = D("2023-04-10"), D("2024-03-05"), D("2025-08-18"), D("2026-01-12")
    reform = "Ban hành lại sau khi sắp xếp đơn vị hành chính cấp xã (xã Phước An mới trên cơ sở xã Phước An, xã Phước Hòa và thị trấn Phước Lộc, từ ngày 01/7/2025); cập nhật tên các bộ phận và Trung tâm Phục vụ hành chính công xã"
    h_vp01 = [(1, a23, "Toàn bộ tài liệu", "Ban hành lần đầu"),
              (2, a25, "Toàn bộ tài liệu", reform),
              (3, D("2026-04-20"), "Mục 5, bước 6 và bước 7", "Quản lý Danh mục tài liệu nội bộ trên Hệ thống quản lý văn bản và điều hành; rà soát ngay khi văn bản làm căn cứ thay đổi")]
    h_vp02 = [(1, a23, "Toàn bộ tài liệu", "Ban hành lần đầu"), (2, a25, "Toàn bộ tài liệu", reform + "; bổ sung Luật Lưu trữ số 33/2024/QH15")]
    h_new = [(1, a25, "Toàn bộ tài liệu", "Ban hành lần đầu")]
    h_ht01 = [(1, a24, "Toàn bộ tài liệu", "Ban hành lần đầu"),
              (2, a25, "Mục 3; Mục 5", "Cập nhật căn cứ pháp lý (Nghị định số 07/2025/NĐ-CP; Nghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP và Nghị định số 107/2021/NĐ-CP); tiếp nhận tại Trung tâm Phục vụ hành chính công xã")]
    h_ct01 = [(1, D("2023-06-12"), "Toàn bộ tài liệu", "Ban hành lần đầu"),
              (2, a25, "Mục 3; Mục 5", "Cập nhật Nghị định số 07/2025/NĐ-CP, Nghị định số 118/2025/NĐ-CP; tiếp nhận tại Trung tâm Phục vụ hành chính công xã"),
              (3, a26, "Mục 3; bước 2", "Cập nhật Nghị định số 280/2025/NĐ-CP sửa đổi Nghị định số 23/2015/NĐ-CP; Nghị định số 367/2025/NĐ-CP")]
    h_ct02 = [(1, a26, "Toàn bộ tài liệu", "Ban hành lần đầu")]
    rv = D("2026-07-20")
    sysp, sysp_old = (ISO, CVP, CT), (VP_ISO_OLD, PCT_OLD, CT_OLD)
    tp, tp_old = (TP, CVP, PCT_VX), (TP_OLD, PCT_OLD, CT_OLD)
    docs = [
        issue_doc(old, t_document_control(old, a23), code="QT.VP.01", issue=1, status="superseded", owner=VP_OLD, people=sysp_old, approved=a23, history=h_vp01, last_review=D("2024-04-08")),
        issue_doc(ag, t_document_control(ag, a25), code="QT.VP.01", issue=2, status="superseded", owner=VP, people=sysp, approved=a25, history=h_vp01),
        issue_doc(ag, t_document_control(ag, D("2026-04-20")), code="QT.VP.01", issue=3, status="effective", owner=VP, people=sysp, approved=D("2026-04-20"), history=h_vp01, distribution=dist_vp, references=["QT.VP.02"]),
        issue_doc(old, t_records(old, a23), code="QT.VP.02", issue=1, status="superseded", owner=VP_OLD, people=sysp_old, approved=a23, history=h_vp02),
        issue_doc(ag, t_records(ag, a25), code="QT.VP.02", issue=2, status="effective", owner=VP, people=sysp, approved=a25, history=h_vp02, distribution=dist_vp, last_review=rv),
        issue_doc(ag, t_internal_audit(ag, a25), code="QT.VP.03", issue=1, status="effective", owner=VP, people=sysp, approved=a25, history=h_new, distribution=dist_vp, last_review=rv, references=["QT.VP.05"]),
        issue_doc(ag, t_management_review(ag, a25), code="QT.VP.04", issue=1, status="effective", owner=VP, people=sysp, approved=a25, history=h_new, distribution=dist_vp, last_review=rv, references=["QT.VP.03"]),
        issue_doc(ag, t_corrective(ag, a25), code="QT.VP.05", issue=1, status="effective", owner=VP, people=sysp, approved=a25, history=h_new, distribution=dist_vp, last_review=rv),
        issue_doc(old, t_birth(old, a24), code="QT.HT.01", issue=1, status="superseded", owner=VP_OLD, people=tp_old, approved=a24, history=h_ht01, last_review=D("2025-03-10")),
        issue_doc(ag, t_birth(ag, a25), code="QT.HT.01", issue=2, status="effective", owner=VP, people=tp, approved=a25, history=h_ht01, distribution=dist_tthc, last_review=rv, on_behalf=KT_CT, references=["QT.VP.05"]),
        issue_doc(ag, t_death(ag, a25), code="QT.HT.02", issue=1, status="effective", owner=VP, people=tp, approved=a25, history=h_new, distribution=dist_tthc, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_marriage(ag, a25), code="QT.HT.03", issue=1, status="effective", owner=VP, people=tp, approved=a25, history=h_new, distribution=dist_tthc, last_review=rv, on_behalf=KT_CT),
        issue_doc(old, t_certify_copy(old, D("2023-06-12")), code="QT.CT.01", issue=1, status="superseded", owner=VP_OLD, people=tp_old, approved=D("2023-06-12"), history=h_ct01),
        issue_doc(ag, t_certify_copy(ag, a25), code="QT.CT.01", issue=2, status="superseded", owner=VP, people=(CTH, CVP, PCT_VX), approved=a25, history=h_ct01, on_behalf=KT_CT),
        issue_doc(ag, t_certify_copy(ag, a26), code="QT.CT.01", issue=3, status="effective", owner=VP, people=(CTH, CVP, PCT_VX), approved=a26, history=h_ct01, distribution=dist_tthc, on_behalf=KT_CT, references=["QT.VP.05"]),
        issue_doc(ag, t_certify_signature(ag, a26), code="QT.CT.02", issue=1, status="effective", owner=VP, people=(CTH, CVP, PCT_VX), approved=a26, history=h_ct02, distribution=dist_tthc, on_behalf=KT_CT),
        issue_doc(ag, t_land_mediation(ag, a25), code="QT.ĐĐ.01", issue=1, status="effective", owner=PKT, people=(CVKT, TPKT, PCT_KT), approved=a25, history=h_new, distribution=dist_kt, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_household_business(ag, a25), code="QT.KT.01", issue=1, status="effective", owner=PKT, people=(CVKT, TPKT, PCT_KT), approved=a25, history=h_new, distribution=dist_kt, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_middle_income(ag, a25), code="QT.VHXH.01", issue=1, status="withdrawn", owner=PVX, people=(CVVX, TPVX, PCT_VX), approved=a25, history=h_new, on_behalf=KT_CT, references=["QT.VP.05"]),
    ]
    reg = {"agency": "Ủy ban nhân dân xã Phước An, tỉnh Hòa An", "documents": docs}
    ix = Index(docs)
    notes = [
        "Clean register: a careful ISO secretary finds nothing to report, and the rules as written should report no error or warning (and no info: every TTHC procedure has a tthcCode and a statutoryLimit in working days or, for hòa giải, calendar days with every step in calendar days, so no DOC-035/DOC-038).",
        "Status names: the model has draft | inReview | approved | effective | superseded | withdrawn. The brief's \"obsolete\" does not exist (serde would refuse it: unknown variant); the abolished procedure QT.VHXH.01 (/documents/%d) is \"withdrawn\" (bãi bỏ) with an empty distribution list, so REG-005 (which treats superseded and withdrawn alike) has nothing to report." % ix("QT.VHXH.01", 1),
        "Issue history (REG-003 compares issuedOn, else the approval date, of consecutive issues sorted by issue number): QT.VP.01 2023-04-10 < 2025-08-18 < 2026-04-20; QT.VP.02 2023-04-10 < 2025-08-18; QT.HT.01 2024-03-05 < 2025-08-18; QT.CT.01 2023-06-12 < 2025-08-18 < 2026-01-12. The effective issue is always the highest (no REG-004), one effective issue per code (no REG-001), no draft (no REG-002), no code+issue twice (no REG-008), titles and TTHC codes identical across the issues of a code (no REG-009).",
        "Superseded issues of the former xã (before 01/7/2025) still cite Nghị định 61/2018/NĐ-CP and 107/2021/NĐ-CP (replaced by 118/2025/NĐ-CP from 01/7/2025, shipped list): no DOC-023, because legal.rs applies the currency rules only to status.is_current() (not superseded/withdrawn). Their lastReview (2024-04-08, 2025-03-10) is long past, but DOC-060 and DOC-061 run only for effective documents (check/mod.rs review()). Their distribution lists are empty (recalled).",
        "Periodic review (DOC-060, base = max(lastReview, effectiveOn or issuedOn), due = base + 12 months, fires when due < asOf): the issues effective since 2025-08-18 were reviewed on 2026-07-20 (due 2027-07-20); QT.VP.01 issue 3 (effective 2026-04-20) and QT.CT.01 issue 3 / QT.CT.02 issue 1 (effective 2026-01-12) have no lastReview and are not due before 2027-01-12.",
        "Legal bases of the documents in force are all in force on 2026-11-22: Luật Hộ tịch 60/2014/QH13 is in the shipped list as replaced by 03/2026/QH16 only from 2027-03-01 (so it becomes DOC-023 on every hộ tịch procedure in 2027, correctly). Every dated reference is dated on or before the approval date (no DOC-022): the issues approved 2025-08-18 do not cite 280/2025/NĐ-CP (27/10/2025) or 367/2025/NĐ-CP (31/12/2025); QT.CT.01 issue 3 and QT.CT.02, approved 2026-01-12, do.",
        "Step times against the statutory limit (DOC-033, 8 h/day): khai sinh, khai tử 1+4+2+1 = 8 h = 1 working day; kết hôn 0.5+3+0.5+0.5+0.5 = 5 working days; chứng thực bản sao 1+3+3+1 = 8 h; chứng thực chữ ký 1+2+2+1 = 6 h < 8 h; hòa giải 1+12+3+10+4 = 30 calendar days = 30 (calendar limit, every step in calendar days: no DOC-035); hộ kinh doanh 0.5+1.5+0.5+0.5 = 3 working days; the withdrawn procedure 0.5+4+1+1+0.5 = 7 working days.",
        "Approvers: \"Chủ tịch UBND xã\" and \"Phó Chủ tịch UBND xã\" (KT. Chủ tịch) match the policy prefixes \"Chủ tịch\" / \"Phó Chủ tịch\". Lê Văn Thành reviews the former xã's issues as Phó Chủ tịch and approves the new xã's as Chủ tịch: never twice in one document (no DOC-006/DOC-012).",
        "References (REG-007, only from documents that are not superseded/withdrawn): QT.VP.01 → QT.VP.02, QT.VP.03 → QT.VP.05, QT.VP.04 → QT.VP.03, QT.HT.01 issue 2 and QT.CT.01 issue 3 → QT.VP.05, all effective. The withdrawn QT.VHXH.01 also refers to QT.VP.05 (skipped either way).",
        "Possible MISS (not planted): DOC-060 takes the later of lastReview and the effective date and never compares lastReview with the as-of date, so a mistyped future review date (e.g. 2027-07-20 for 2026-07-20) silences the review check for a further year; DOC-008 only rejects years outside 1945–2100. A lastReview after asOf (or before the first issue's drafting) could be reported.",
        "Made up: the commune, the people, the TTHC code 1.010832 and the 07-working-day limit of the withdrawn procedure. Other TTHC codes and limits are the ones the corpus verified (tests/corpus/documents/README.md).",
    ]
    return reg, expected("01-xa-phuoc-an", "../documents/policy.json", [], notes)


# ==========================================================================
# 02 / 03 — Sở Nông nghiệp và Môi trường tỉnh Hòa An
# ==========================================================================
SO = Agency("Sở Nông nghiệp và Môi trường tỉnh Hòa An", "sở", "Văn phòng Sở",
            "Trung tâm Phục vụ hành chính công tỉnh", "Giám đốc Sở", "Giám đốc hoặc Phó Giám đốc Sở",
            "Văn phòng Sở, các phòng chuyên môn, Văn phòng Đăng ký đất đai và công chức, viên chức của Sở làm việc tại Trung tâm Phục vụ hành chính công tỉnh")
TNMT = Agency("Sở Tài nguyên và Môi trường tỉnh Hòa An", "sở", "Văn phòng Sở",
              "Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh", "Giám đốc Sở", "Giám đốc hoặc Phó Giám đốc Sở",
              "Văn phòng Sở, các phòng chuyên môn và Văn phòng Đăng ký đất đai")

VPDK = "Văn phòng Đăng ký đất đai"


def so_land_forms():
    return (("BM-03", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),)


def t_land_first_org(ag, approved, title):
    """Đăng ký, cấp GCN lần đầu cho tổ chức: 20 working days as published by
    the province (not verified); steps 0.5 + 8 + 5 + 3 + 3 + 0.5 = 20."""
    keys = ["LDD", "L43", "ND101"] + (["ND151"] if approved >= D("2025-06-12") else [])
    return tthc_common(
        ag, title, "1.012766", (20, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận lần đầu đối với tổ chức tại {ag.name}.",
        "Áp dụng đối với tổ chức trong nước, tổ chức tôn giáo, tổ chức kinh tế có vốn đầu tư nước ngoài đề nghị đăng ký, cấp Giấy chứng nhận lần đầu thuộc thẩm quyền của Sở. Thời gian thực hiện nghĩa vụ tài chính của người sử dụng đất không tính vào thời hạn giải quyết.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chuyển hồ sơ đến Văn phòng Đăng ký đất đai.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra hồ sơ, xác minh thực địa, trích lục hoặc trích đo bản đồ địa chính; gửi thông tin xác định nghĩa vụ tài chính; hồ sơ chưa đủ lập Phiếu yêu cầu bổ sung.", f"Viên chức {VPDK}", 8, WD, ["BM-02", "BM-03"], "Hồ sơ đủ điều kiện, dự thảo Giấy chứng nhận"),
         st(3, "Thẩm định hồ sơ, trình ký Giấy chứng nhận.", "Chuyên viên Phòng Quản lý đất đai", 5, WD, ["BM-02"], "Tờ trình, dự thảo Giấy chứng nhận"),
         st(4, "Ký Giấy chứng nhận.", "Giám đốc hoặc Phó Giám đốc Sở", 3, WD, ["BM-02"], "Giấy chứng nhận đã ký"),
         st(5, "Cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; chuyển kết quả đến Trung tâm Phục vụ hành chính công tỉnh.", f"Viên chức {VPDK}", 3, WD, ["BM-02"], "Kết quả được chuyển"),
         st(6, "Trả Giấy chứng nhận cho tổ chức.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Giấy chứng nhận được trao")],
        [rec("Hồ sơ đăng ký, cấp Giấy chứng nhận lần đầu cho tổ chức", f"{VPDK}", "Kho lưu trữ hồ sơ địa chính"),
         rec("Phiếu kiểm soát quá trình giải quyết hồ sơ", f"{VPDK}", "Lưu kèm hồ sơ", 10)],
        extra_forms=so_land_forms())


def t_land_change_dntn(ag, approved, tthc, limit_days):
    """Đăng ký biến động (thành viên hộ / cá nhân thành lập DNTN). Issue 2:
    1.012793, 08 working days (corpus 33); steps 0.5 + 4 + 2 + 1 + 0.5 = 8.
    Issue 1 (Luật Đất đai 2013): 10 working days, 0.5 + 6 + 2 + 1 + 0.5."""
    keys = ["LDD", "ND101", "ND151", "QD2304"] if approved >= D("2025-07-01") else ["LDD13", "ND43"]
    mid = limit_days - 4
    return tthc_common(
        ag, "Quy trình đăng ký biến động đối với trường hợp thành viên của hộ gia đình hoặc cá nhân đang sử dụng đất thành lập doanh nghiệp tư nhân và sử dụng đất vào hoạt động sản xuất kinh doanh của doanh nghiệp",
        tthc, (limit_days, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký biến động đất đai khi thành viên hộ gia đình hoặc cá nhân đang sử dụng đất thành lập doanh nghiệp tư nhân tại {ag.name}.",
        "Áp dụng đối với hộ gia đình, cá nhân đưa quyền sử dụng đất vào hoạt động sản xuất kinh doanh của doanh nghiệp tư nhân do mình thành lập.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Thẩm tra hồ sơ, xác nhận nội dung biến động; hồ sơ chưa đủ lập Phiếu yêu cầu bổ sung.", f"Viên chức {VPDK}", mid, WD, ["BM-02", "BM-03"], "Kết quả thẩm tra"),
         st(3, "Ký xác nhận nội dung biến động hoặc Giấy chứng nhận.", f"Giám đốc {VPDK}", 2, WD, ["BM-02"], "Kết quả đã ký"),
         st(4, "Chỉnh lý, cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai; chuyển kết quả.", f"Viên chức {VPDK}", 1, WD, ["BM-02"], "Kết quả được chuyển"),
         st(5, "Trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec("Hồ sơ đăng ký biến động", VPDK, "Kho lưu trữ hồ sơ địa chính")],
        extra_forms=so_land_forms())


def t_mortgage(ag, approved, delete=False):
    """Đăng ký / xóa đăng ký thế chấp: 03 working days as published (not
    verified); steps 2 h + 1 d + 4 h + 4 h + 2 h = 2.5 working days."""
    what = "xóa đăng ký thế chấp" if delete else "đăng ký thế chấp"
    return tthc_common(
        ag, f"Quy trình {what} quyền sử dụng đất, tài sản gắn liền với đất", "1.012801" if delete else "1.012800", (3, WD),
        ["BLDS", "LDD", "ND99", "ND101"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục {what} quyền sử dụng đất, tài sản gắn liền với đất tại {VPDK} thuộc {ag.name}.",
        f"Áp dụng đối với tổ chức, cá nhân yêu cầu {what} quyền sử dụng đất, tài sản gắn liền với đất.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 2, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, f"Kiểm tra hồ sơ, ghi nội dung {what} vào Sổ địa chính và Giấy chứng nhận; hồ sơ chưa đủ lập Phiếu yêu cầu bổ sung.", f"Viên chức {VPDK}", 1, WD, ["BM-02", "BM-03"], "Nội dung đăng ký được ghi"),
         st(3, "Ký xác nhận nội dung đăng ký.", f"Giám đốc hoặc Phó Giám đốc {VPDK}", 4, WH, ["BM-02"], "Xác nhận đã ký"),
         st(4, "Cập nhật cơ sở dữ liệu đất đai; chuyển kết quả.", f"Viên chức {VPDK}", 4, WH, ["BM-02"], "Kết quả được chuyển"),
         st(5, "Trả kết quả.", _desk(ag), 2, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec(f"Hồ sơ {what}", VPDK, "Kho lưu trữ hồ sơ địa chính", 20)],
        extra_forms=so_land_forms())


def t_old_first_org(ag, approved):
    """The former Sở TN&MT's procedure under Luật Đất đai 2013, withdrawn
    when Luật Đất đai 2024 took effect (QT.ĐĐ.01 replaces it). Limit as the
    former Sở recorded it; steps 0.5 + 8 + 5 + 3 + 3 + 0.5 = 20."""
    return tthc_common(
        ag, "Quy trình đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu cho tổ chức", "1.004269", (20, WD), ["LDD13", "ND43"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian cấp Giấy chứng nhận lần đầu cho tổ chức tại {ag.name}.",
        "Áp dụng đối với tổ chức đang sử dụng đất đề nghị cấp Giấy chứng nhận lần đầu.",
        [st(1, "Tiếp nhận hồ sơ tại Bộ phận Một cửa.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra hồ sơ, xác minh thực địa.", f"Viên chức {VPDK}", 8, WD, ["BM-02", "BM-03"], "Hồ sơ đủ điều kiện"),
         st(3, "Thẩm định, trình ký.", "Phòng Quản lý đất đai", 5, WD, ["BM-02"], "Tờ trình"),
         st(4, "Ký Giấy chứng nhận.", "Giám đốc hoặc Phó Giám đốc Sở", 3, WD, ["BM-02"], "Giấy chứng nhận đã ký"),
         st(5, "Cập nhật hồ sơ địa chính, chuyển kết quả.", f"Viên chức {VPDK}", 3, WD, ["BM-02"], "Kết quả được chuyển"),
         st(6, "Trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec("Hồ sơ cấp Giấy chứng nhận lần đầu cho tổ chức", VPDK, "Kho lưu trữ hồ sơ địa chính")],
        extra_forms=so_land_forms())


# people of the Sở (merged 01/3/2025) and of the former Sở TN&MT
GD = ("Phan Quốc Bảo", "Giám đốc Sở")
PGD_DD = ("Nguyễn Hữu Tâm", "Phó Giám đốc Sở")
PGD_VP = ("Lê Thị Bích Ngọc", "Phó Giám đốc Sở")
CVP_S = ("Hồ Minh Triết", "Chánh Văn phòng Sở")
ISO_S = ("Đỗ Thị Thanh Hương", "Chuyên viên Văn phòng Sở, Thư ký ISO")
VT_S = ("Châu Ngọc Trâm", "Văn thư Văn phòng Sở")
TPQLDD = ("Vũ Đình Nam", "Trưởng phòng Quản lý đất đai")
CVQLDD = ("Tạ Quang Huy", "Chuyên viên Phòng Quản lý đất đai")
GDVPDK = ("Cao Văn Sơn", "Giám đốc Văn phòng Đăng ký đất đai")
VCVPDK = ("Lâm Thị Diễm", "Viên chức Văn phòng Đăng ký đất đai")
GD_OLD = ("Hà Văn Lực", "Giám đốc Sở Tài nguyên và Môi trường")
PGD_OLD = ("Nguyễn Hữu Tâm", "Phó Giám đốc Sở Tài nguyên và Môi trường")
CVP_OLD = ("Kiều Thị Oanh", "Chánh Văn phòng Sở Tài nguyên và Môi trường")
TPDD_OLD = ("Vũ Đình Nam", "Trưởng phòng Đất đai")
KT_GD = "KT. Giám đốc"

OWN_VP = "Văn phòng Sở Nông nghiệp và Môi trường tỉnh Hòa An"
OWN_VP_OLD = "Văn phòng Sở Tài nguyên và Môi trường tỉnh Hòa An (trước hợp nhất)"
OWN_DD = "Văn phòng Đăng ký đất đai tỉnh Hòa An"
OWN_DD_OLD = "Văn phòng Đăng ký đất đai, Sở Tài nguyên và Môi trường tỉnh Hòa An (trước hợp nhất)"
DIST_SYS = [("Ban Giám đốc Sở", 1), ("Văn phòng Sở", 1), ("Các phòng chuyên môn, Văn phòng Đăng ký đất đai", 1),
            ("Hệ thống quản lý văn bản và điều hành của Sở (bản điện tử)", None)]
DIST_TTHC = [("Phó Giám đốc Sở phụ trách", 1), ("Phòng Quản lý đất đai", 1), ("Văn phòng Đăng ký đất đai", 1),
             ("Quầy của Sở tại Trung tâm Phục vụ hành chính công tỉnh", 1),
             ("Hệ thống quản lý văn bản và điều hành của Sở (bản điện tử)", None)]

A19, A21, A23, A24 = D("2019-06-10"), D("2021-03-15"), D("2023-03-20"), D("2024-09-16")
A25, A25L, RV = D("2025-07-21"), D("2025-08-11"), D("2025-12-15")
MERGE = "Ban hành lại sau khi hợp nhất Sở Tài nguyên và Môi trường và Sở Nông nghiệp và Phát triển nông thôn thành Sở Nông nghiệp và Môi trường (từ ngày 01/3/2025) và theo Nghị định số 118/2025/NĐ-CP"
H_ISO01_02 = [(1, A19, "Toàn bộ tài liệu", "Ban hành lần đầu"),
              (2, A23, "Mục 5, bước 6", "Quản lý tài liệu điện tử trên Hệ thống quản lý văn bản và điều hành"),
              (3, A25, "Toàn bộ tài liệu", MERGE),
              (4, D("2026-01-26"), "Mục 5, bước 6 và bước 7", "Rà soát Danh mục tài liệu hằng quý; đồng bộ danh mục quy trình nội bộ với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh")]
H_ISO02 = [(1, A19, "Toàn bộ tài liệu", "Ban hành lần đầu"), (2, A25, "Toàn bộ tài liệu", MERGE + "; bổ sung Luật Lưu trữ số 33/2024/QH15")]
H_NEW = [(1, A25, "Toàn bộ tài liệu", "Ban hành lần đầu")]
H_NEWL = [(1, A25L, "Toàn bộ tài liệu", "Ban hành lần đầu")]
H_DD01 = [(1, A24, "Toàn bộ tài liệu", "Ban hành lần đầu theo Luật Đất đai số 31/2024/QH15"),
          (2, A25L, "Tên quy trình; Mục 3; Mục 5", "Đặt lại tên theo tên thủ tục hành chính được công bố; bổ sung Nghị định số 151/2025/NĐ-CP, Nghị định số 118/2025/NĐ-CP; tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh")]
H_DD02 = [(1, D("2023-05-08"), "Toàn bộ tài liệu", "Ban hành lần đầu"),
          (2, A25L, "Mã TTHC; Mục 3; Mục 5", "Cập nhật theo Luật Đất đai số 31/2024/QH15 và Quyết định số 2304/QĐ-BNNMT (mã thủ tục hành chính mới 1.012793); thời hạn giải quyết 08 ngày làm việc")]
H_OLD5 = [(1, A21, "Toàn bộ tài liệu", "Ban hành lần đầu")]

SYS = (ISO_S, CVP_S, PGD_VP)
SYS_OLD = (ISO_S, CVP_OLD, GD_OLD)


def so_base_docs(year_later=False):
    """The Sở's register as it stood in February 2026 (02); with
    year_later, the register of November 2026 (03) without its planted
    defects' extra rows (added by build_03)."""
    a_draft4 = D("2026-03-16")
    docs = [
        issue_doc(TNMT, t_document_control(TNMT, A19), code="QT.ISO.01", issue=1, status="superseded", owner=OWN_VP_OLD, people=SYS_OLD, approved=A19, history=H_ISO01_02, references=["QT.TNMT.02"], last_review=D("2022-06-06")),
        issue_doc(TNMT, t_document_control(TNMT, A23), code="QT.ISO.01", issue=2, status="superseded", owner=OWN_VP_OLD, people=SYS_OLD, approved=A23, history=H_ISO01_02, references=["QT.ISO.02"]),
        issue_doc(SO, t_document_control(SO, A25), code="QT.ISO.01", issue=3, status="effective", owner=OWN_VP, people=(ISO_S, CVP_S, GD), approved=A25, history=H_ISO01_02, distribution=DIST_SYS, last_review=RV, references=["QT.ISO.02"]),
    ]
    if not year_later:
        docs.append(issue_doc(SO, t_document_control(SO, D("2026-02-09")), code="QT.ISO.01", issue=4, status="draft", owner=OWN_VP, people=(ISO_S, CVP_S, GD), approved=D("2026-02-09"), history=H_ISO01_02, drafted=D("2026-01-26"), reviewed=D("2026-02-09"), no_approval=True, references=["QT.ISO.02", "QT.VP.02"]))
    else:
        h = [r if r[0] != 4 else (4, a_draft4, r[2], r[3]) for r in H_ISO01_02]
        docs.append(issue_doc(SO, t_document_control(SO, a_draft4), code="QT.ISO.01", issue=4, status="effective", owner=OWN_VP, people=(ISO_S, CVP_S, GD), approved=a_draft4, history=h, drafted=D("2026-01-26"), reviewed=D("2026-02-09"), distribution=DIST_SYS, references=["QT.ISO.02", "QT.VP.02"]))
    docs += [
        issue_doc(TNMT, t_records(TNMT, A19), code="QT.ISO.02", issue=1, status="superseded", owner=OWN_VP_OLD, people=SYS_OLD, approved=A19, history=H_ISO02),
        issue_doc(SO, t_records(SO, A25), code="QT.ISO.02", issue=2, status="effective", owner=OWN_VP, people=SYS, approved=A25, history=H_ISO02, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD),
        issue_doc(SO, t_internal_audit(SO, A25), code="QT.ISO.03", issue=1, status="effective", owner=OWN_VP, people=SYS, approved=A25, history=H_NEW, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD, references=["QT.ISO.05"]),
        issue_doc(SO, t_management_review(SO, A25), code="QT.ISO.04", issue=1, status="superseded" if year_later else "effective", owner=OWN_VP, people=SYS, approved=A25, history=H_NEW, distribution=[] if year_later else DIST_SYS, last_review=RV, on_behalf=KT_GD, references=["QT.ISO.03", "QT.ISO.06"]),
        issue_doc(SO, t_corrective(SO, A25), code="QT.ISO.05", issue=1, status="effective", owner=OWN_VP, people=SYS, approved=A25, history=H_NEW, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD, references=["QT.ISO.06"]),
        issue_doc(SO, t_risk(SO, A25), code="QT.ISO.06", issue=1, status="effective", owner=OWN_VP, people=SYS, approved=A25, history=H_NEW, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD),
        issue_doc(SO, t_nonconforming_output(SO, A25), code="QT.ISO.07", issue=1, status="effective", owner=OWN_VP, people=SYS, approved=A25, history=H_NEW, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD, references=["QT.ISO.05"]),
        issue_doc(SO, t_incoming(SO, A25), code="QT.VP.01", issue=1, status="superseded" if year_later else "effective", owner=OWN_VP, people=(VT_S, CVP_S, PGD_VP), approved=A25, history=H_NEW, distribution=[] if year_later else DIST_SYS, last_review=RV, on_behalf=KT_GD),
        issue_doc(SO, t_outgoing(SO, A25), code="QT.VP.02", issue=1, status="effective", owner=OWN_VP, people=(VT_S, CVP_S, PGD_VP), approved=A25, history=H_NEW, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD),
        issue_doc(SO, t_one_stop(SO, A25), code="QT.VP.03", issue=1, status="withdrawn" if year_later else "effective", owner=OWN_VP, people=(ISO_S, CVP_S, PGD_VP), approved=A25, history=H_NEW, distribution=DIST_SYS, last_review=RV, on_behalf=KT_GD),
        issue_doc(TNMT, t_land_first_org(TNMT, A24, "Quy trình cấp Giấy chứng nhận lần đầu cho tổ chức"), code="QT.ĐĐ.01", issue=1, status="superseded", owner=OWN_DD_OLD, people=(CVQLDD, TPDD_OLD, PGD_OLD), approved=A24, history=H_DD01, on_behalf=KT_GD),
        issue_doc(SO, t_land_first_org(SO, A25L, "Quy trình đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức"), code="QT.ĐĐ.01", issue=2, status="effective", owner=OWN_DD, people=(CVQLDD, TPQLDD, PGD_DD), approved=A25L, history=H_DD01, distribution=DIST_TTHC, last_review=RV, on_behalf=KT_GD, references=["QT.ISO.07"]),
        issue_doc(TNMT, t_land_change_dntn(TNMT, D("2023-05-08"), "1.004217", 10), code="QT.ĐĐ.02", issue=1, status="superseded", owner=OWN_DD_OLD, people=(VCVPDK, TPDD_OLD, PGD_OLD), approved=D("2023-05-08"), history=H_DD02, on_behalf=KT_GD, references=["QT.TNMT.07"]),
        issue_doc(SO, t_land_change_dntn(SO, A25L, "1.012793", 8), code="QT.ĐĐ.02", issue=2, status="effective", owner=OWN_DD, people=(VCVPDK, GDVPDK, PGD_DD), approved=A25L, history=H_DD02, distribution=DIST_TTHC, last_review=RV, on_behalf=KT_GD, references=["QT.ISO.07"]),
        issue_doc(SO, t_mortgage(SO, A25L), code="QT.ĐĐ.03.01", issue=1, status="effective", owner=OWN_DD, people=(VCVPDK, GDVPDK, PGD_DD), approved=A25L, history=H_NEWL, distribution=DIST_TTHC, last_review=RV, on_behalf=KT_GD, references=["QT.ĐĐ.03.02", "QT.ISO.07"]),
        issue_doc(SO, t_mortgage(SO, A25L, delete=True), code="QT.ĐĐ.03.02", issue=1, status="effective", owner=OWN_DD, people=(VCVPDK, GDVPDK, PGD_DD), approved=A25L, history=H_NEWL, distribution=DIST_TTHC, last_review=RV, on_behalf=KT_GD, references=["QT.ĐĐ.03.01"]),
        issue_doc(TNMT, t_old_first_org(TNMT, A21), code="QT.TNMT.05", issue=1, status="withdrawn", owner=OWN_DD_OLD, people=(CVQLDD, TPDD_OLD, PGD_OLD), approved=A21, history=H_OLD5, on_behalf=KT_GD, references=["QT.TNMT.02"]),
    ]
    return docs


FP_REG009 = [
    "REG-009 on QT.ĐĐ.01 issue 2 is a FALSE POSITIVE. Issue 1 (Sở TN&MT, 2024) was titled \"Quy trình cấp Giấy chứng nhận lần đầu cho tổ chức\"; issue 2 took the full name of the TTHC as the province published it (\"… đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức\"). Same procedure, same TTHC code 1.012766, change log row 2 says \"Đặt lại tên\". title_words(): issue 1 has 9 words {cap, giay, chung, nhan, lan, dau, cho, to, chuc}, issue 2 has 22; they share 8, union 23; 2×8 = 16 < 23, so different_procedures() says two procedures. The word-overlap test punishes a title that grows (a short title is a subset of the long one). Suggestion: call two titles the same procedure when the shorter one's words are mostly contained in the longer one (shared ≥ ½ of the smaller set), or when the TTHC codes are equal and present.",
    "REG-009 on QT.ĐĐ.02 issue 2 is a FALSE POSITIVE (arguable). The title is identical in both issues; only tthcCode changed, 1.004217 (issue 1, under Luật Đất đai 2013) → 1.012793 (issue 2, after Quyết định 2304/QĐ-BNNMT re-published the land TTHCs with new national codes under Luật Đất đai 2024). two_procedures() treats any change of TTHC code between issues as two procedures. A secretary keeps the internal code when the national code is re-issued (the change log records it). Suggestion: a different TTHC code with the same (or a contained) title should not be REG-009, at most an info.",
]


def build_02():
    docs = so_base_docs()
    ix = Index(docs)
    reg = {"agency": "Sở Nông nghiệp và Môi trường tỉnh Hòa An", "documents": docs}
    d4 = ix("QT.ISO.01", 4)
    findings = [
        ("DOC-005", f"/documents/{d4}/signatures/approved", "error",
         "QT.ISO.01 lần 4 is a DRAFT (dự thảo): drafted 2026-01-26, reviewed by the Chánh Văn phòng 2026-02-09, not yet approved, so the approval block is empty. header() asks for all three signatures whatever the status, so DOC-005 (\"Phần ký Phê duyệt chưa có chữ ký\") fires. FALSE POSITIVE: an unapproved draft has no approver's signature by definition."),
        ("REG-009", f"/documents/{ix('QT.ĐĐ.01', 2)}/title", "error",
         "QT.ĐĐ.01: issue 1 \"Quy trình cấp Giấy chứng nhận lần đầu cho tổ chức\" and issue 2 (the full published TTHC name) share 8 of 23 title words (< half). FALSE POSITIVE: same procedure renamed (see notes)."),
        ("REG-009", f"/documents/{ix('QT.ĐĐ.02', 2)}/title", "error",
         "QT.ĐĐ.02: tthcCode 1.004217 in issue 1, 1.012793 in issue 2 (titles identical). FALSE POSITIVE (arguable): the national code was re-issued under Luật Đất đai 2024 (see notes)."),
    ]
    notes = [
        "A careful secretary finds this register CLEAN (it is the Sở's register as updated in February 2026: every issue since the former Sở Tài nguyên và Môi trường, the merged Sở since 01/3/2025). The three findings above are what the rules AS WRITTEN report on a correct reading, and all three are false positives. Target if they are fixed: no finding.",
        "Status names: draft | inReview | approved | effective | superseded | withdrawn (no \"obsolete\"). The procedure kept for records is QT.TNMT.05 (/documents/%d), withdrawn on 01/8/2024 when Luật Đất đai 2024 took effect, replaced by QT.ĐĐ.01 (a new code). Its distribution list is empty, so no REG-005. Its reference to the old code QT.TNMT.02 and the superseded QT.ISO.01 issue 1's (QT.TNMT.02) and QT.ĐĐ.02 issue 1's (QT.TNMT.07) are not checked: REG-007 skips superseded and withdrawn documents. It cites 45/2013/QH13, 43/2014/NĐ-CP, 61/2018/NĐ-CP (all replaced): no DOC-023 for a withdrawn document." % ix("QT.TNMT.05", 1),
        "The draft QT.ISO.01 issue 4 (/documents/%d) sits beside the effective issue 3: one draft per code (no REG-002); REG-004 ignores drafts; REG-003 ignores it too (no issuedOn, no approval date, so it is not in the dated list). Its change log has rows 1–4 (DOC-050 satisfied), its legal bases are current (DOC-023 applies to drafts: is_current()), its references QT.ISO.02 and QT.VP.02 resolve (REG-007 does check drafts). DOC-061/DOC-060 do not apply to a draft. The only finding is the DOC-005 false positive. Suggestion: for draft/inReview, ask only for the signatures given so far (drafted, then reviewed), never for the approval." % d4,
        "Issue number inside the code: the policy's pattern QT.{UNIT}.{NN}.{NN} is for sub-procedures, used here as intended: QT.ĐĐ.03.01 (đăng ký thế chấp) and QT.ĐĐ.03.02 (xóa đăng ký thế chấp), two procedures of one group, each at issue 1, referring to each other. Writing the ISSUE into the code (QT.ĐĐ.03 lần 2 as \"QT.ĐĐ.03.02\") would also match the pattern, and would silently defeat REG-001/REG-003/REG-004, which group issues by the exact code: every issue would be a code of its own. Nothing detects that (a MISS): a check could warn when two codes differ only in a last .{NN} group and share a title or TTHC code. No such case is planted.",
        *FP_REG009,
        "Everything else is clean on a correct reading: one effective issue per code; issues dated in order (QT.ISO.01 2019-06-10 < 2023-03-20 < 2025-07-21; QT.ISO.02 2019-06-10 < 2025-07-21; QT.ĐĐ.01 2024-09-16 < 2025-08-11; QT.ĐĐ.02 2023-05-08 < 2025-08-11); superseded/withdrawn issues have empty distribution lists; effective TTHC codes 1.012766, 1.012793, 1.012800, 1.012801 all differ (REG-006); every reference of a current document resolves to an effective code (REG-007).",
        "Periodic review: every effective document was reviewed on 2025-12-15 (annual review), due 2026-12-15, after 2026-11-22: no DOC-060. Legal bases of the current documents: Luật Đất đai 31/2024/QH15, 43/2024/QH15, 101/2024/NĐ-CP, 151/2025/NĐ-CP, 2304/QĐ-BNNMT, 99/2022/NĐ-CP, Bộ luật Dân sự 91/2015/QH13, 118/2025/NĐ-CP, 30/2020/NĐ-CP, 19/2014/QĐ-TTg, 101/QĐ-BKHCN, 72/2025/QH15, 33/2024/QH15, 10/2022/TT-BNV: none in the shipped replaced list, all dated before the approvals (2025-07-21, 2025-08-11).",
        "Step times: QT.ĐĐ.01 0.5+8+5+3+3+0.5 = 20 = limit 20 working days; QT.ĐĐ.02 issue 2 0.5+4+2+1+0.5 = 8 = 8 (issue 1: 0.5+6+2+1+0.5 = 10 = 10); QT.ĐĐ.03.01/02 2h+1d+4h+4h+2h = 2.5 < 3; QT.TNMT.05 20 = 20.",
        "Made up: the Sở's people, TTHC codes 1.012766, 1.012800, 1.012801, 1.004217, 1.004269 and the 20- and 3-working-day limits (as the province would publish them; not verified). 1.012793 and its 08 working days come from the corpus (33-…).",
    ]
    return reg, expected("02-so-nn-mt-hoa-an", "../documents/policy.json", findings, notes)


def build_03():
    docs = so_base_docs(year_later=True)
    # New issues during 2026.
    h_vp01 = [(1, A25, "Toàn bộ tài liệu", "Ban hành lần đầu"),
              (2, D("2026-05-18"), "Mục 5, bước 1 và bước 2", "Tiếp nhận văn bản điện tử liên thông qua Trục liên thông văn bản quốc gia; bỏ bước đóng dấu \"Đến\" đối với văn bản điện tử")]
    h_iso04 = [(1, A25, "Toàn bộ tài liệu", "Ban hành lần đầu"),
               (2, D("2026-01-19"), "Mục 5, bước 2", "Bổ sung đầu vào: kết quả đo lường sự hài lòng của tổ chức, cá nhân (theo quy trình đo lường sự hài lòng)")]
    h_iso05 = [(1, A25, "Toàn bộ tài liệu", "Ban hành lần đầu"),
               (2, D("2026-08-10"), "Mục 5, bước 5", "Kiểm tra hiệu lực hành động khắc phục sau 03 tháng; báo cáo trong xem xét của lãnh đạo")]
    h_iso06 = [(1, A25, "Toàn bộ tài liệu", "Ban hành lần đầu"),
               (2, D("2026-11-16"), "Mục 5", "Đánh giá lại rủi ro hằng năm trước xem xét của lãnh đạo; bổ sung rủi ro về chuyển đổi số")]

    def after(code, issue):
        return next(i for i, d in enumerate(docs) if d["code"] == code and d["issue"] == issue) + 1

    docs.insert(after("QT.ISO.04", 1), issue_doc(SO, t_management_review(SO, D("2026-01-19")), code="QT.ISO.04", issue=2, status="effective", owner=OWN_VP, people=SYS, approved=D("2026-01-19"), history=h_iso04, distribution=DIST_SYS, on_behalf=KT_GD, references=["QT.ISO.03", "QT.ISO.08"]))
    docs.insert(after("QT.ISO.05", 1), issue_doc(SO, t_corrective(SO, D("2026-08-10")), code="QT.ISO.05", issue=2, status="superseded", owner=OWN_VP, people=SYS, approved=D("2026-08-10"), history=h_iso05, on_behalf=KT_GD, references=["QT.ISO.06"]))
    docs.insert(after("QT.ISO.06", 1), issue_doc(SO, t_risk(SO, D("2026-11-16")), code="QT.ISO.06", issue=2, status="approved", owner=OWN_VP, people=SYS, approved=D("2026-11-16"), effective=D("2026-12-01"), history=h_iso06, distribution=DIST_SYS, on_behalf=KT_GD, references=["QT.ISO.04"]))
    docs.insert(after("QT.VP.01", 1), issue_doc(SO, t_incoming(SO, D("2026-05-18")), code="QT.VP.01", issue=2, status="effective", owner=OWN_VP, people=(VT_S, CVP_S, PGD_VP), approved=D("2026-05-18"), history=h_vp01, distribution=DIST_SYS, on_behalf=KT_GD))
    ix = Index(docs)
    reg = {"agency": "Sở Nông nghiệp và Môi trường tỉnh Hòa An", "documents": docs}
    findings = [
        ("REG-001", f"/documents/{ix('QT.ISO.01', 4)}/status", "error",
         "PLANTED. QT.ISO.01 issue 4 (the draft of 02) took effect on 2026-03-16, but issue 3 was never marked superseded: two effective issues (lần 3, 4). REG-001 is emitted at the second of the distinct effective issues in issue order, issue 4."),
        ("REG-005", f"/documents/{ix('QT.VP.03', 1)}/distribution", "error",
         "PLANTED. QT.VP.03 (tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh) was withdrawn (bãi bỏ) on 2026-06-30, when the province's Trung tâm issued its own procedure, but its distribution list (5 holders) was not cleared: the copies were not recalled. REG-005 covers superseded AND withdrawn issues (state \"bị hủy bỏ\")."),
        ("REG-007", f"/documents/{ix('QT.ISO.04', 2)}/references/1", "error",
         "PLANTED. QT.ISO.04 issue 2 (effective 2026-01-19) refers to QT.ISO.08 (a planned procedure for measuring satisfaction, never issued): no document of that code in the register."),
        ("REG-004", f"/documents/{ix('QT.ISO.05', 1)}/status", "error",
         "PLANTED. QT.ISO.05 issue 2 was approved on 2026-08-10 but entered as \"superseded\", while issue 1 is still \"effective\": the effective issue is not the newest approved one (the statuses of the two rows are swapped). REG-004 counts effective and superseded issues (and approved ones already in force) as approved, and is emitted at the effective issue's status."),
        ("REG-009", f"/documents/{ix('QT.ĐĐ.01', 2)}/title", "error",
         "CARRIED OVER from 02, FALSE POSITIVE: QT.ĐĐ.01 renamed to the published TTHC name in issue 2 (see 02's notes)."),
        ("REG-009", f"/documents/{ix('QT.ĐĐ.02', 2)}/title", "error",
         "CARRIED OVER from 02, FALSE POSITIVE (arguable): QT.ĐĐ.02's national TTHC code re-issued (1.004217 → 1.012793), same title (see 02's notes)."),
    ]
    notes = [
        "The same Sở as 02 about ten months later (register as of November 2026; \"a year later\" is shortened so that both registers can be checked as of 2026-11-22, the date the brief fixes for every case). Changes since 02: QT.ISO.01 issue 4 took effect (2026-03-16); QT.ISO.04 issue 2 (2026-01-19) and QT.VP.01 issue 2 (2026-05-18) replaced issue 1, now superseded with empty distribution; QT.ISO.05 issue 2 (2026-08-10); QT.ISO.06 issue 2 approved 2026-11-16, effective 2026-12-01; QT.VP.03 withdrawn 2026-06-30.",
        "Four planted register defects: REG-001 (QT.ISO.01), REG-005 (QT.VP.03), REG-007 (QT.ISO.04 → QT.ISO.08), REG-004 (QT.ISO.05). Each gives exactly one finding. Two more findings are the REG-009 false positives carried over from 02 (the register keeps every issue, so 02's history is still here); they are not defects.",
        "Why the planted defects do not cascade: QT.ISO.01 issue 3, still \"effective\", keeps its distribution (REG-005 looks only at superseded/withdrawn) and was reviewed 2025-12-15 (due 2026-12-15: no DOC-060). QT.ISO.05 issue 2, wrongly \"superseded\", has an EMPTY distribution list; had the secretary kept its real distribution (it was sent out), REG-005 would fire on it too: one slip, two findings. REG-003 does not fire there (2025-07-21 < 2026-08-10): the dates are right, only the statuses are swapped. No other document refers to the withdrawn QT.VP.03 (otherwise REG-007 would follow).",
        "Trap that must NOT fire: QT.ISO.06 issue 2 is \"approved\" with effectiveOn 2026-12-01 (after the as-of date) while issue 1 is effective. REG-004 counts an approved issue as newer only once its effective date has come (effective_on <= as_of), so no REG-004; REG-003 fine (2025-07-21 < 2026-11-16); DOC-060/DOC-061 do not apply to an approved document; its reference QT.ISO.04 resolves.",
        "Possible FALSE POSITIVE not planted here: REG-007 resolves a reference only to a code with an EFFECTIVE issue. If a new procedure and a procedure referring to it are approved together to take effect on the same future date (e.g. QT.ISO.06 issue 2 referring to a new QT.ISO.08 approved the same day, both effective 2026-12-01), REG-007 fires on the approved issue although nothing is wrong. Suggestion: for a referring document that is draft/inReview/approved, accept a referenced code with an approved (or draft) issue, or report it as info.",
        "Possible MISS: REG-007 compares the trimmed reference with the trimmed code exactly (no case folding, no NFC, no look-alikes), while merge() for REG-010 uses comparable(). A reference typed \"QT.ĐĐ.01\" in NFD, or \"qt.iso.02\", or with a non-breaking space inside, would be reported as dangling (false positive), and by_code would split a code typed two ways into two codes (REG-001/REG-003/REG-004 miss). Not planted.",
        "Possible MISS (not planted): a document left \"approved\" after its effectiveOn has passed is checked by nothing when it is the only issue of its code: review() (DOC-060/DOC-061) runs only for \"effective\", REG-004 needs an older effective issue to compare with. QT.ISO.06 issue 2 here would become such a case on 2026-12-01 if the secretary forgot to switch it. Suggestion: report an approved document whose effectiveOn <= asOf (status not updated).",
        "Distribution of obsolete issues (REG-005): only superseded and withdrawn are checked; every other superseded issue here has an empty list (QT.ISO.01 issues 1–2, QT.ISO.02 issue 1, QT.ISO.04 issue 1, QT.ISO.05 issue 2, QT.VP.01 issue 1, QT.ĐĐ.01 issue 1, QT.ĐĐ.02 issue 1) and the withdrawn QT.TNMT.05 too.",
        "DOC rules: every document is clean on its own (same texts as 02 plus the new issues; new issues' legal bases are all dated before their approvals; QT.VP.03 is withdrawn, so DOC-060/061 no longer apply to it). Pointers: REG-001/REG-004 at \"/status\", REG-005 at \"/distribution\", REG-007 at \"/references/j\", REG-009 at \"/title\", each prefixed by /documents/i, as register.rs emits them.",
    ]
    return reg, expected("03-so-nn-mt-hoa-an-nam-sau", "../documents/policy.json", findings, notes)


# ==========================================================================
# 04 — UBND phường Hòa Bình: one code for two procedures, one TTHC twice
# ==========================================================================
def t_certify_copy_electronic(ag, approved):
    """Chứng thực bản sao điện tử từ bản chính (the same TTHC 2.000815 in its
    electronic form); 1 working day; steps 1 + 3 + 3 + 1 = 8 h."""
    from qmsdocs import chung_thuc_keys
    return tthc_common(
        ag, "Quy trình chứng thực bản sao điện tử từ bản chính", "2.000815", (1, WD), chung_thuc_keys(approved), approved,
        f"Quy định trình tự, trách nhiệm và thời gian chứng thực bản sao điện tử từ bản chính giấy tờ, văn bản tại {ag.desk}.",
        f"Áp dụng đối với yêu cầu cấp bản sao điện tử có chứng thực từ bản chính giấy tờ, văn bản tại {ag.desk}.",
        [st(1, "Kiểm tra bản chính; tiếp nhận yêu cầu, thu phí.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Yêu cầu được tiếp nhận"),
         st(2, "Số hóa bản chính, đối chiếu; ghi lời chứng điện tử, ghi Sổ chứng thực.", f"Công chức tại {ag.desk}", 3, WH, ["BM-02"], "Bản sao điện tử đã ghi lời chứng"),
         st(3, "Ký số chứng thực.", _sign_phuong(ag), 3, WH, ["BM-02"], "Bản sao điện tử đã được chứng thực"),
         st(4, "Trả bản sao điện tử qua tài khoản định danh điện tử của người yêu cầu.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Bản sao điện tử được trả")],
        [rec("Sổ chứng thực bản sao điện tử từ bản chính (dữ liệu điện tử)", f"Công chức tại {ag.desk}", ag.desk, 2)])


def _sign_phuong(ag):
    return f"Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân {ag.level}"


def build_04():
    units = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công phường"
    ag = Agency("Ủy ban nhân dân phường Hòa Bình", "phường", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
                "Trung tâm Phục vụ hành chính công phường", "Chủ tịch Ủy ban nhân dân phường",
                "Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân phường", units)
    VP = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Hòa Bình"
    PKT = "Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa Bình"
    TT = "Trung tâm Phục vụ hành chính công phường Hòa Bình"
    CT = ("Huỳnh Tấn Phát", "Chủ tịch UBND phường")
    PCT = ("Dương Thị Thanh Xuân", "Phó Chủ tịch UBND phường")
    PCT2 = ("Lương Văn Quý", "Phó Chủ tịch UBND phường")
    CVP = ("Nguyễn Thị Ngọc Hân", "Chánh Văn phòng HĐND và UBND phường")
    ISO = ("Tô Minh Hiếu", "Chuyên viên Văn phòng HĐND và UBND phường, Thư ký ISO")
    TP1 = ("Phạm Ngọc Yến", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)")
    TP2 = ("Kha Văn Lộc", "Công chức Văn phòng HĐND và UBND phường (tư pháp - hộ tịch)")
    TPKT = ("Trịnh Quốc Việt", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị")
    CVKT = ("Mạc Thị Hoa", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị")
    GDTT = ("Trịnh Công Minh", "Giám đốc Trung tâm Phục vụ hành chính công phường")
    PGDTT = ("Phan Thị Diệu Linh", "Phó Giám đốc Trung tâm Phục vụ hành chính công phường")
    KT_CT = "KT. Chủ tịch"
    a, a2, a3, a4 = D("2025-08-25"), D("2026-02-02"), D("2026-03-09"), D("2026-04-13")
    h1 = [(1, a, "Toàn bộ tài liệu", "Ban hành lần đầu")]
    h_tp03 = [(1, a, "Toàn bộ tài liệu", "Ban hành lần đầu"),
              (2, a2, "Mục 3", "Bổ sung Nghị định số 367/2025/NĐ-CP sửa đổi Nghị định số 118/2025/NĐ-CP")]
    h_kh = [(1, a3, "Toàn bộ tài liệu", "Ban hành lần đầu")]
    h_tt = [(1, a4, "Toàn bộ tài liệu", "Ban hành lần đầu")]
    rv = D("2026-08-10")
    dist = [("Chủ tịch, các Phó Chủ tịch UBND phường", 1), ("Văn phòng HĐND và UBND phường", 1),
            ("Trung tâm Phục vụ hành chính công phường", 1)]
    sysp, tp = (ISO, CVP, CT), (TP1, CVP, PCT)
    docs = [
        issue_doc(ag, t_document_control(ag, a), code="QT.ISO.01", issue=1, status="effective", owner=VP, people=sysp, approved=a, history=h1, distribution=dist, last_review=rv),
        issue_doc(ag, t_records(ag, a), code="QT.ISO.02", issue=1, status="effective", owner=VP, people=sysp, approved=a, history=h1, distribution=dist, last_review=rv),
        issue_doc(ag, t_internal_audit(ag, a), code="QT.ISO.03", issue=1, status="effective", owner=VP, people=sysp, approved=a, history=h1, last_review=rv, references=["QT.ISO.04"]),
        issue_doc(ag, t_corrective(ag, a), code="QT.ISO.04", issue=1, status="effective", owner=VP, people=sysp, approved=a, history=h1, last_review=rv),
        issue_doc(ag, t_certify_copy(ag, a), code="QT.TP.01", issue=1, status="effective", owner=VP, people=tp, approved=a, history=h1, distribution=dist, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_certify_signature(ag, a), code="QT.TP.02", issue=1, status="effective", owner=VP, people=tp, approved=a, history=h1, distribution=dist, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_birth(ag, a), code="QT.TP.03", issue=1, status="superseded", owner=VP, people=tp, approved=a, history=h_tp03, on_behalf=KT_CT),
        issue_doc(ag, t_birth(ag, a2), code="QT.TP.03", issue=2, status="effective", owner=VP, people=tp, approved=a2, history=h_tp03, distribution=dist, on_behalf=KT_CT),
        issue_doc(ag, t_death(ag, a), code="QT.TP.04", issue=1, status="effective", owner=VP, people=tp, approved=a, history=h1, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_household_business(ag, a), code="QT.KT.01", issue=1, status="effective", owner=PKT, people=(CVKT, TPKT, PCT2), approved=a, history=h1, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_land_mediation(ag, a), code="QT.ĐĐ.01", issue=1, status="effective", owner=PKT, people=(CVKT, TPKT, PCT2), approved=a, history=h1, last_review=rv, on_behalf=KT_CT),
        issue_doc(ag, t_marriage(ag, a3), code="QT.TP.02", issue=1, status="effective", owner=VP, people=(TP2, CVP, PCT), approved=a3, history=h_kh, distribution=dist, on_behalf=KT_CT),
        issue_doc(ag, t_certify_copy_electronic(ag, a4), code="QT.TTPV.01", issue=1, status="effective", owner=TT, people=(PGDTT, GDTT, PCT), approved=a4, history=h_tt, on_behalf=KT_CT),
    ]
    ix = Index(docs)
    kh = ix("QT.TP.02", 1, 1)
    el = ix("QT.TTPV.01", 1)
    reg = {"agency": "Ủy ban nhân dân phường Hòa Bình, tỉnh Hòa An", "documents": docs}
    findings = [
        ("REG-008", f"/documents/{kh}/issue", "error",
         "Consequence of the PLANTED code clash: QT.TP.02 lần 1 appears twice (/documents/%d chứng thực chữ ký, 2025-08-25; /documents/%d đăng ký kết hôn, 2026-03-09). REG-008 is emitted at the second row of the run (sorted by issue, then index)." % (ix("QT.TP.02", 1), kh)),
        ("REG-009", f"/documents/{kh}/title", "error",
         "PLANTED. The officer who drafted \"Quy trình đăng ký kết hôn\" in March 2026 took QT.TP.02, already the code of \"Quy trình chứng thực chữ ký trong các giấy tờ, văn bản\". Titles share 1 word (\"ky\") of 12, and the TTHC codes differ (2.000884 / 1.000894). Emitted once for the code, at the later row's title."),
        ("REG-006", f"/documents/{el}/tthcCode", "error",
         "PLANTED. TTHC 2.000815 (chứng thực bản sao từ bản chính) has two effective procedures: QT.TP.01 (Văn phòng, paper copies, /documents/%d) and QT.TTPV.01 (Trung tâm Phục vụ hành chính công phường, electronic copies, /documents/%d). REG-006 is emitted at the second code's first effective document in register order." % (ix("QT.TP.01", 1), el)),
    ]
    notes = [
        "Policy: ../docx/policy-101-template.json: patterns QT.{UNIT}.{NN}, QT.{UNIT}.{NN}.{NN}, QT-{UNIT}-{NN} (QT.TTPV.01 matches: UNIT = 1–12 capitals); the six default sections WITHOUT distribution, so several effective documents here have no distribution list and DOC-061 must not fire (the framework template of 101/QĐ-BKHCN tracks copies in the register); default approver list (Chủ tịch, Phó Chủ tịch … Chánh Văn phòng).",
        "Two planted defects, three findings. The code clash gives REG-009 AND REG-008 (same code, same issue 1, twice): both are at /documents/%d. A secretary would write ONE nonconformity (\"mã QT.TP.02 dùng cho hai quy trình\"); REG-008's message (\"lần 1 xuất hiện 2 lần\") suggests a duplicated row, which is misleading here. Suggestion: when REG-009 fires for a code, do not also report REG-008 (and REG-001/REG-003/REG-004) for it, or say in REG-008 that the rows are different procedures." % kh,
        "REG-001 does NOT fire although two documents with code QT.TP.02 are effective: distinct() keeps one row per issue number, so two rows of issue 1 count as one effective issue. Right here (REG-008/REG-009 cover it). Had the second procedure been entered as issue 2 instead, the rules would give REG-009 + REG-001 (\"Mã QT.TP.02 có 2 lần ban hành đang hiệu lực (lần 1, 2)\"), again a misleading companion, plus REG-003 if the kết hôn row were dated before the chữ ký row.",
        "REG-006 reads only effective documents and one document per code (the first effective one of each code in register order); QT.TP.01 and QT.TTPV.01 are different codes, so REG-006 fires. Realism: whether the province published electronic certification as its own TTHC or as a form of 2.000815 matters; this case assumes the latter (same TTHC, two procedures, which is the defect). QT.TP.03 issues 1 (superseded) and 2 (effective) share 1.001193 but one code: REG-006 skips same-code pairs (REG-001's business).",
        "Otherwise clean: QT.TP.03 issue 1 2025-08-25 < issue 2 2026-02-02, issue 1 superseded with no distribution; all effective documents reviewed on 2026-08-10 or effective since 2026-02-02 or later (no DOC-060); references QT.ISO.03 → QT.ISO.04 resolve; effective TTHC codes otherwise distinct (1.001193, 1.000656, 1.001612, 1.012812, 2.000884, 1.000894). Step times: chứng thực 8 h and 6 h ≤ 1 day; khai sinh, khai tử 8 h; kết hôn 5 days; hộ kinh doanh 3 days; hòa giải 30 calendar days; chứng thực điện tử 1+3+3+1 = 8 h.",
        "No info findings are expected (every TTHC procedure has a code and a limit; the only calendar-day limit has calendar-day steps only).",
    ]
    return reg, expected("04-phuong-hoa-binh-trung-ma", "../docx/policy-101-template.json", findings, notes)


if __name__ == "__main__":
    for nn, slug, build in [("01", "xa-phuoc-an", build_01), ("02", "so-nn-mt-hoa-an", build_02),
                            ("03", "so-nn-mt-hoa-an-nam-sau", build_03), ("04", "phuong-hoa-binh-trung-ma", build_04)]:
        reg, exp = build()
        write(os.path.join(HERE, f"{nn}-{slug}.json"), reg)
        # The expected file is kept by hand (see README.md).
        print(nn, slug, len(reg["documents"]), "documents")
