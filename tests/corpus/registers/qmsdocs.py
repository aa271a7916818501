"""Building blocks for the register cases in this directory.

Every document is an issue of a procedure in the ProcedureDocument JSON of
core/src/documents/model.rs (camelCase, unknown fields refused). The texts
are written the way Vietnamese agencies write their HTQLCL procedures after
the two-level local government reform of 1 July 2025. Agencies and people are
made up; laws, decrees and their dates are real (the same ones the corpus in
tests/corpus/documents/ verified), except where a comment says otherwise.

Nothing here runs the library: the expected findings of each case were
written by reading core/src/documents/{check/*.rs,register.rs}.
"""

import datetime as dt
import json
import unicodedata

WD, WH, CD = "workingDays", "workingHours", "calendarDays"
D = dt.date.fromisoformat


def nfc(o):
    if isinstance(o, str):
        return unicodedata.normalize("NFC", o)
    if isinstance(o, list):
        return [nfc(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc(v) for k, v in o.items()}
    return o


def iso(d):
    return d.isoformat() if d else None


def days(d, n):
    return d + dt.timedelta(days=n)


# --------------------------------------------------------------------------
# Legal bases. (number, title, issuer, date or None). A reference whose date
# could not be confirmed is cited without one (DOC-021/DOC-022 then have
# nothing to compare), as the corpus does.
# --------------------------------------------------------------------------
L = {
    "ISO9001": ("TCVN ISO 9001:2015", "Hệ thống quản lý chất lượng – Các yêu cầu", "Bộ Khoa học và Công nghệ", None),
    "ISO19011": ("TCVN ISO 19011:2018", "Hướng dẫn đánh giá hệ thống quản lý", "Bộ Khoa học và Công nghệ", None),
    "QD19": ("19/2014/QĐ-TTg", "Quyết định về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước", "Thủ tướng Chính phủ", D("2014-03-05")),
    "QD101": ("101/QĐ-BKHCN", "Quyết định công bố mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015", "Bộ trưởng Bộ Khoa học và Công nghệ", D("2019-01-21")),
    "ND30": ("30/2020/NĐ-CP", "Nghị định về công tác văn thư", "Chính phủ", D("2020-03-05")),
    "TT10": ("10/2022/TT-BNV", "Thông tư quy định thời hạn bảo quản tài liệu", "Bộ trưởng Bộ Nội vụ", None),
    "LLT": ("33/2024/QH15", "Luật Lưu trữ", "Quốc hội", None),
    "LTCCQ": ("72/2025/QH15", "Luật Tổ chức chính quyền địa phương", "Quốc hội", None),
    "ND118": ("118/2025/NĐ-CP", "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia", "Chính phủ", D("2025-06-09")),
    "ND367": ("367/2025/NĐ-CP", "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 118/2025/NĐ-CP", "Chính phủ", D("2025-12-31")),
    "ND61": ("61/2018/NĐ-CP", "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", "Chính phủ", D("2018-04-23")),
    "ND107": ("107/2021/NĐ-CP", "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", "Chính phủ", D("2021-12-06")),
    "LHT": ("60/2014/QH13", "Luật Hộ tịch", "Quốc hội", D("2014-11-20")),
    "ND123": ("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "Chính phủ", D("2015-11-15")),
    "ND87": ("87/2020/NĐ-CP", "Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến", "Chính phủ", D("2020-07-28")),
    "ND07": ("07/2025/NĐ-CP", "Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực", "Chính phủ", D("2025-01-09")),
    "ND23": ("23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", "Chính phủ", D("2015-02-16")),
    "ND280": ("280/2025/NĐ-CP", "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 23/2015/NĐ-CP", "Chính phủ", D("2025-10-27")),
    "LDN": ("59/2020/QH14", "Luật Doanh nghiệp", "Quốc hội", D("2020-06-17")),
    "ND168": ("168/2025/NĐ-CP", "Nghị định về đăng ký doanh nghiệp", "Chính phủ", D("2025-06-30")),
    "LDD": ("31/2024/QH15", "Luật Đất đai", "Quốc hội", D("2024-01-18")),
    "L43": ("43/2024/QH15", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng", "Quốc hội", D("2024-06-29")),
    "ND101": ("101/2024/NĐ-CP", "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai", "Chính phủ", D("2024-07-29")),
    "ND102": ("102/2024/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai", "Chính phủ", D("2024-07-30")),
    "ND151": ("151/2025/NĐ-CP", "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai", "Chính phủ", D("2025-06-12")),
    "QD2304": ("2304/QĐ-BNNMT", "Quyết định công bố thủ tục hành chính lĩnh vực đất đai", "Bộ trưởng Bộ Nông nghiệp và Môi trường", D("2025-06-23")),
    "LDD13": ("45/2013/QH13", "Luật Đất đai", "Quốc hội", D("2013-11-29")),
    "ND43": ("43/2014/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai", "Chính phủ", D("2014-05-15")),
    "BLDS": ("91/2015/QH13", "Bộ luật Dân sự", "Quốc hội", D("2015-11-24")),
    "ND99": ("99/2022/NĐ-CP", "Nghị định về đăng ký biện pháp bảo đảm", "Chính phủ", D("2022-11-30")),
    # The 2021-2025 poverty line and its guidance: cited only by a withdrawn
    # procedure (no currency check applies to it).
    "ND07_21": ("07/2021/NĐ-CP", "Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021 – 2025", "Chính phủ", D("2021-01-27")),
    "TT07_21": ("07/2021/TT-BLĐTBXH", "Thông tư hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo; xác định thu nhập của hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022 – 2025", "Bộ trưởng Bộ Lao động – Thương binh và Xã hội", None),
    "LTCCQ15": ("77/2015/QH13", "Luật Tổ chức chính quyền địa phương", "Quốc hội", D("2015-06-19")),
}


def legal(keys, approved):
    """The references `keys`, keeping only those dated on or before the
    approval (a reference dated later would be DOC-022)."""
    out = []
    for k in keys:
        number, title, issuer, date = L[k]
        if date and approved and date > approved:
            raise ValueError(f"{number} ({date}) after approval {approved}")
        r = {"number": number, "title": title, "issuer": issuer}
        if date:
            r["date"] = iso(date)
        out.append(r)
    return out


def st(order, action, responsible, value, unit, forms=(), output=None):
    s = {"order": order, "action": action, "responsible": responsible,
         "duration": {"value": value, "unit": unit}, "forms": list(forms)}
    if output:
        s["output"] = output
    return s


def rec(name, keeper, place, years=None):
    ret = {"kind": "permanent"} if years is None else {"kind": "years", "years": years}
    return {"name": name, "keeper": keeper, "place": place, "retention": ret}


def forms(*pairs):
    return [{"code": c, "title": t} for c, t in pairs]


def defs(*pairs):
    return [{"term": t, "meaning": m} for t, m in pairs]


# --------------------------------------------------------------------------
# Agency context
# --------------------------------------------------------------------------
class Agency:
    """name: full name ("Ủy ban nhân dân xã Phước An"); level: "xã" |
    "phường" | "sở"; office: the office that owns the QMS; desk: the
    one-stop desk; head: the position that signs results."""

    def __init__(self, name, level, office, desk, head, leaders, units):
        self.name, self.level, self.office, self.desk = name, level, office, desk
        self.head, self.leaders, self.units = head, leaders, units


# --------------------------------------------------------------------------
# System procedures (quy trình hệ thống)
# --------------------------------------------------------------------------
def sys_legal(extra, approved):
    keys = ["ISO9001", "QD19", "QD101"] + extra
    if approved >= D("2025-07-01"):
        keys.append("LTCCQ")
    return legal(keys, approved)


def t_document_control(ag, approved):
    return dict(
        title="Quy trình kiểm soát tài liệu", kind="system",
        clauses=["7.5.1", "7.5.2", "7.5.3", "7.5.3.1", "7.5.3.2"],
        purpose=f"Quy định thống nhất cách thức biên soạn, xem xét, phê duyệt, ban hành, phân phối, sửa đổi, thu hồi và lưu giữ tài liệu của Hệ thống quản lý chất lượng của {ag.name}, bảo đảm tài liệu đang sử dụng tại các bộ phận luôn là bản hiện hành; kiểm soát tài liệu có nguồn gốc bên ngoài, trước hết là văn bản quy phạm pháp luật làm căn cứ giải quyết thủ tục hành chính.",
        scope=f"Áp dụng đối với toàn bộ tài liệu nội bộ (chính sách, mục tiêu chất lượng, quy trình, hướng dẫn, biểu mẫu) và tài liệu có nguồn gốc bên ngoài thuộc Hệ thống quản lý chất lượng của {ag.name}; áp dụng đối với {ag.units}.",
        legalBasis=sys_legal(["ND30"] if approved >= D("2020-03-05") else [], approved),
        definitions=defs(("HTQLCL", "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"),
                         ("Danh mục tài liệu nội bộ", "Danh sách mọi lần ban hành của mọi tài liệu của HTQLCL, với tình trạng hiệu lực và nơi nhận"),
                         ("Thư ký ISO", "Công chức được giao giúp Đại diện lãnh đạo về chất lượng theo dõi HTQLCL")),
        steps=[
            st(1, "Đề xuất biên soạn mới hoặc sửa đổi tài liệu, ghi rõ lý do và nội dung cần sửa đổi.", "Bộ phận có nhu cầu", 1, WD, ["BM-01"], "Phiếu đề nghị biên soạn, sửa đổi tài liệu"),
            st(2, "Xem xét đề nghị, báo cáo Đại diện lãnh đạo về chất lượng cho ý kiến về chủ trương.", f"Thư ký ISO; {ag.office}", 2, WD, ["BM-01"], "Đề nghị được chấp thuận hoặc từ chối"),
            st(3, "Biên soạn dự thảo, lấy ý kiến các bộ phận có liên quan, hoàn thiện dự thảo.", "Bộ phận chủ trì soạn thảo", 10, WD, [], "Dự thảo tài liệu"),
            st(4, "Xem xét dự thảo về nội dung và thể thức; trình phê duyệt.", f"Người đứng đầu {ag.office}; Thư ký ISO", 2, WD, [], "Dự thảo đã được xem xét"),
            st(5, "Phê duyệt, ký ban hành tài liệu.", ag.leaders, 1, WD, [], "Tài liệu được phê duyệt"),
            st(6, "Cập nhật Danh mục tài liệu nội bộ; phân phối tài liệu đến nơi nhận; thu hồi, đóng dấu \"Tài liệu hết hiệu lực\" đối với bản đã bị thay thế.", "Thư ký ISO; Văn thư", 2, WD, ["BM-02", "BM-03"], "Danh mục được cập nhật; tài liệu được phân phối, bản cũ được thu hồi"),
            st(7, "Rà soát định kỳ toàn bộ tài liệu ít nhất 01 lần/năm và khi văn bản làm căn cứ thay đổi.", "Thư ký ISO; các bộ phận", 5, WD, ["BM-02"], "Kết quả rà soát"),
        ],
        forms=forms(("BM-01", "Phiếu đề nghị biên soạn, sửa đổi tài liệu"),
                    ("BM-02", "Danh mục tài liệu nội bộ"),
                    ("BM-03", "Sổ theo dõi phân phối, thu hồi tài liệu")),
        records=[rec("Phiếu đề nghị biên soạn, sửa đổi tài liệu", "Thư ký ISO", ag.office, 5),
                 rec("Danh mục tài liệu nội bộ", "Thư ký ISO", f"{ag.office} (bản điện tử trên Hệ thống quản lý văn bản và điều hành)", 10),
                 rec("Sổ theo dõi phân phối, thu hồi tài liệu", "Thư ký ISO", ag.office, 5),
                 rec("Bản gốc tài liệu đã ban hành", "Văn thư", "Lưu trữ cơ quan")],
    )


def t_records(ag, approved):
    extra = (["ND30"] if approved >= D("2020-03-05") else []) \
        + (["TT10"] if approved >= D("2023-02-15") else []) \
        + (["LLT"] if approved >= D("2025-07-01") else [])
    return dict(
        title="Quy trình kiểm soát hồ sơ", kind="system",
        clauses=["7.5.3", "7.5.3.1", "7.5.3.2"],
        purpose=f"Quy định việc lập, nhận biết, lưu giữ, bảo quản, tra cứu, nộp lưu và hủy hồ sơ của Hệ thống quản lý chất lượng tại {ag.name}, làm bằng chứng về sự phù hợp của quá trình giải quyết công việc.",
        scope=f"Áp dụng đối với hồ sơ phát sinh từ các quy trình của Hệ thống quản lý chất lượng tại {ag.units}.",
        legalBasis=sys_legal(extra, approved),
        definitions=defs(("Hồ sơ", "Tài liệu công bố các kết quả đạt được hay cung cấp bằng chứng về các hoạt động được thực hiện")),
        steps=[
            st(1, "Xác định hồ sơ cần lưu của từng quy trình; lập Danh mục hồ sơ của bộ phận đầu năm.", "Các bộ phận", 5, WD, ["BM-01"], "Danh mục hồ sơ"),
            st(2, "Thu thập, sắp xếp, nhận biết hồ sơ theo Danh mục; hồ sơ điện tử lưu trên Hệ thống quản lý văn bản và điều hành.", "Công chức được giao", 1, WD, ["BM-01"], "Hồ sơ được sắp xếp"),
            st(3, "Bảo quản, cho mượn và tra cứu hồ sơ.", "Các bộ phận", 1, WD, ["BM-02"], "Phiếu mượn hồ sơ"),
            st(4, "Nộp lưu hồ sơ đến hạn vào Lưu trữ cơ quan.", "Các bộ phận; Văn thư - Lưu trữ", 10, WD, ["BM-03"], "Mục lục hồ sơ nộp lưu"),
            st(5, "Xác định giá trị, lập hồ sơ hủy tài liệu hết thời hạn bảo quản.", "Hội đồng xác định giá trị tài liệu", 15, WD, ["BM-04"], "Biên bản hủy tài liệu"),
        ],
        forms=forms(("BM-01", "Danh mục hồ sơ"), ("BM-02", "Phiếu mượn hồ sơ"),
                    ("BM-03", "Mục lục hồ sơ nộp lưu"), ("BM-04", "Biên bản hủy tài liệu hết giá trị")),
        records=[rec("Danh mục hồ sơ của các bộ phận", "Thư ký ISO", ag.office, 5),
                 rec("Phiếu mượn hồ sơ", "Văn thư - Lưu trữ", "Lưu trữ cơ quan", 2),
                 rec("Mục lục hồ sơ nộp lưu", "Văn thư - Lưu trữ", "Lưu trữ cơ quan"),
                 rec("Biên bản hủy tài liệu hết giá trị", "Văn thư - Lưu trữ", "Lưu trữ cơ quan", 20)],
    )


def t_internal_audit(ag, approved):
    return dict(
        title="Quy trình đánh giá nội bộ", kind="system",
        clauses=["9.2", "9.2.1", "9.2.2"],
        purpose=f"Quy định việc lập chương trình, thực hiện và báo cáo đánh giá nội bộ nhằm xác định Hệ thống quản lý chất lượng của {ag.name} phù hợp với TCVN ISO 9001:2015 và được áp dụng, duy trì có hiệu lực.",
        scope=f"Áp dụng đối với các cuộc đánh giá nội bộ định kỳ (ít nhất 01 lần/năm) và đột xuất tại {ag.units}.",
        legalBasis=sys_legal(["ISO19011"], approved),
        definitions=defs(("Chuyên gia đánh giá", "Công chức đã qua đào tạo đánh giá nội bộ, không đánh giá công việc của chính mình")),
        steps=[
            st(1, "Lập chương trình đánh giá nội bộ năm, trình phê duyệt.", "Thư ký ISO", 5, WD, ["BM-01"], "Chương trình đánh giá được phê duyệt"),
            st(2, "Thành lập đoàn đánh giá; lập kế hoạch đánh giá và thông báo cho các bộ phận.", "Trưởng đoàn đánh giá", 3, WD, ["BM-02"], "Kế hoạch đánh giá"),
            st(3, "Thực hiện đánh giá tại các bộ phận; ghi chép bằng chứng.", "Chuyên gia đánh giá", 3, WD, ["BM-03"], "Phiếu ghi chép đánh giá"),
            st(4, "Họp kết thúc; lập báo cáo đánh giá, nêu các điểm không phù hợp.", "Trưởng đoàn đánh giá", 3, WD, ["BM-04"], "Báo cáo đánh giá nội bộ"),
            st(5, "Thực hiện hành động khắc phục và theo dõi việc khắc phục các điểm không phù hợp.", "Bộ phận được đánh giá; Thư ký ISO", 30, WD, ["BM-05"], "Điểm không phù hợp được khắc phục"),
        ],
        forms=forms(("BM-01", "Chương trình đánh giá nội bộ năm"), ("BM-02", "Kế hoạch đánh giá"),
                    ("BM-03", "Phiếu ghi chép đánh giá"), ("BM-04", "Báo cáo đánh giá nội bộ"),
                    ("BM-05", "Phiếu yêu cầu hành động khắc phục")),
        records=[rec("Chương trình, kế hoạch đánh giá nội bộ", "Thư ký ISO", ag.office, 5),
                 rec("Phiếu ghi chép và báo cáo đánh giá nội bộ", "Thư ký ISO", ag.office, 5),
                 rec("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", ag.office, 5)],
    )


def t_management_review(ag, approved):
    return dict(
        title="Quy trình xem xét của lãnh đạo", kind="system",
        clauses=["9.3", "9.3.1", "9.3.2", "9.3.3"],
        purpose=f"Quy định việc Lãnh đạo {ag.name} định kỳ xem xét Hệ thống quản lý chất lượng để bảo đảm hệ thống luôn thích hợp, thỏa đáng, có hiệu lực và phù hợp với định hướng chiến lược của cơ quan.",
        scope="Áp dụng đối với cuộc họp xem xét của lãnh đạo định kỳ hằng năm và các cuộc họp đột xuất khi có thay đổi lớn về tổ chức, chức năng, nhiệm vụ.",
        legalBasis=sys_legal([], approved),
        steps=[
            st(1, "Lập kế hoạch xem xét của lãnh đạo, thông báo nội dung, thời gian.", "Thư ký ISO", 3, WD, ["BM-01"], "Kế hoạch xem xét"),
            st(2, "Chuẩn bị báo cáo đầu vào: kết quả đánh giá nội bộ, mức độ hài lòng, kết quả giải quyết thủ tục hành chính, mục tiêu chất lượng, rủi ro và cơ hội.", "Các bộ phận; Thư ký ISO", 7, WD, ["BM-02"], "Báo cáo kết quả hoạt động của HTQLCL"),
            st(3, "Tổ chức họp xem xét của lãnh đạo; kết luận các quyết định cải tiến.", ag.leaders, 1, WD, ["BM-03"], "Biên bản họp xem xét của lãnh đạo"),
            st(4, "Triển khai, theo dõi việc thực hiện kết luận.", "Thư ký ISO; các bộ phận", 5, WD, ["BM-03"], "Kết luận được thực hiện"),
        ],
        forms=forms(("BM-01", "Kế hoạch xem xét của lãnh đạo"), ("BM-02", "Báo cáo kết quả hoạt động của HTQLCL"),
                    ("BM-03", "Biên bản họp xem xét của lãnh đạo")),
        records=[rec("Kế hoạch, báo cáo đầu vào và biên bản họp xem xét của lãnh đạo", "Thư ký ISO", ag.office, 10)],
    )


def t_corrective(ag, approved):
    return dict(
        title="Quy trình kiểm soát sự không phù hợp và hành động khắc phục", kind="system",
        clauses=["10.2", "10.2.1", "10.2.2"],
        purpose=f"Quy định cách thức xác định nguyên nhân, thực hiện và kiểm tra hiệu lực của hành động khắc phục đối với sự không phù hợp phát hiện trong Hệ thống quản lý chất lượng của {ag.name}, không để sự không phù hợp tái diễn.",
        scope="Áp dụng đối với sự không phù hợp phát hiện qua đánh giá nội bộ, đánh giá bên ngoài, kiểm tra, phản ánh, kiến nghị của tổ chức, cá nhân và quá trình giải quyết công việc.",
        legalBasis=sys_legal([], approved),
        steps=[
            st(1, "Ghi nhận sự không phù hợp vào Phiếu yêu cầu hành động khắc phục.", "Công chức phát hiện; Thư ký ISO", 1, WD, ["BM-01"], "Phiếu yêu cầu hành động khắc phục"),
            st(2, "Xem xét, phân tích nguyên nhân gốc rễ.", "Bộ phận có sự không phù hợp", 3, WD, ["BM-01"], "Nguyên nhân được xác định"),
            st(3, "Đề xuất hành động khắc phục, thời hạn hoàn thành; Đại diện lãnh đạo về chất lượng phê duyệt.", "Trưởng bộ phận có sự không phù hợp", 2, WD, ["BM-01"], "Hành động khắc phục được phê duyệt"),
            st(4, "Thực hiện hành động khắc phục.", "Bộ phận có sự không phù hợp", 15, WD, [], "Hành động được thực hiện"),
            st(5, "Kiểm tra hiệu lực của hành động khắc phục; cập nhật Sổ theo dõi.", "Thư ký ISO", 5, WD, ["BM-02"], "Kết quả kiểm tra hiệu lực"),
        ],
        forms=forms(("BM-01", "Phiếu yêu cầu hành động khắc phục"), ("BM-02", "Sổ theo dõi hành động khắc phục")),
        records=[rec("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", ag.office, 5),
                 rec("Sổ theo dõi hành động khắc phục", "Thư ký ISO", ag.office, 5)],
    )


def t_risk(ag, approved):
    return dict(
        title="Quy trình quản lý rủi ro và cơ hội", kind="system",
        clauses=["6.1", "6.1.1", "6.1.2"],
        purpose=f"Quy định việc nhận diện, đánh giá và xử lý rủi ro, cơ hội có thể ảnh hưởng đến khả năng đạt được kết quả dự kiến của Hệ thống quản lý chất lượng của {ag.name}.",
        scope=f"Áp dụng đối với các quá trình của Hệ thống quản lý chất lượng tại {ag.units}.",
        legalBasis=sys_legal([], approved),
        steps=[
            st(1, "Nhận diện rủi ro và cơ hội của từng quá trình.", "Các bộ phận", 5, WD, ["BM-01"], "Bảng nhận diện rủi ro và cơ hội"),
            st(2, "Đánh giá mức độ rủi ro theo khả năng xảy ra và mức độ ảnh hưởng.", "Các bộ phận; Thư ký ISO", 3, WD, ["BM-01"], "Rủi ro được phân loại"),
            st(3, "Lập kế hoạch xử lý rủi ro, tận dụng cơ hội.", "Trưởng các bộ phận", 3, WD, ["BM-02"], "Kế hoạch xử lý"),
            st(4, "Phê duyệt kế hoạch xử lý.", ag.leaders, 2, WD, ["BM-02"], "Kế hoạch được phê duyệt"),
            st(5, "Theo dõi, đánh giá hiệu lực của các hành động xử lý; báo cáo trong xem xét của lãnh đạo.", "Thư ký ISO", 5, WD, ["BM-02"], "Báo cáo hiệu lực"),
        ],
        forms=forms(("BM-01", "Bảng nhận diện, đánh giá rủi ro và cơ hội"), ("BM-02", "Kế hoạch xử lý rủi ro và cơ hội")),
        records=[rec("Bảng nhận diện, đánh giá rủi ro và cơ hội", "Thư ký ISO", ag.office, 5),
                 rec("Kế hoạch xử lý rủi ro và cơ hội", "Thư ký ISO", ag.office, 5)],
    )


def t_nonconforming_output(ag, approved):
    extra = ["ND118"] if approved >= D("2025-07-01") else ["ND61"]
    return dict(
        title="Quy trình kiểm soát đầu ra không phù hợp", kind="system",
        clauses=["8.7", "8.7.1", "8.7.2"],
        purpose=f"Quy định việc nhận biết và xử lý kết quả giải quyết thủ tục hành chính và kết quả công việc không phù hợp tại {ag.name}, không để kết quả không phù hợp đến tay tổ chức, cá nhân.",
        scope="Áp dụng đối với kết quả giải quyết thủ tục hành chính và dịch vụ công có sai sót, trả trễ hạn hoặc không đáp ứng yêu cầu.",
        legalBasis=sys_legal(extra, approved),
        steps=[
            st(1, "Phát hiện, ghi nhận đầu ra không phù hợp; tạm dừng việc trả kết quả.", "Công chức phát hiện", 1, WD, ["BM-02"], "Đầu ra không phù hợp được ghi nhận"),
            st(2, "Xử lý: khắc phục sai sót, cấp lại kết quả; trường hợp trễ hạn lập Phiếu xin lỗi và hẹn lại ngày trả kết quả.", "Bộ phận giải quyết hồ sơ", 3, WD, ["BM-01", "BM-02"], "Kết quả được xử lý"),
            st(3, "Tổng hợp, báo cáo định kỳ; đề xuất hành động khắc phục khi lặp lại.", "Thư ký ISO", 2, WD, ["BM-02"], "Báo cáo tổng hợp"),
        ],
        forms=forms(("BM-01", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"), ("BM-02", "Sổ theo dõi đầu ra không phù hợp")),
        records=[rec("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Bộ phận giải quyết hồ sơ", "Lưu kèm hồ sơ thủ tục hành chính", 5),
                 rec("Sổ theo dõi đầu ra không phù hợp", "Thư ký ISO", ag.office, 5)],
    )


# --------------------------------------------------------------------------
# Internal procedures (quy trình nội bộ)
# --------------------------------------------------------------------------
def t_incoming(ag, approved):
    return dict(
        title="Quy trình tiếp nhận và xử lý văn bản đến", kind="internal",
        clauses=["7.5.3", "8.5.1"],
        purpose=f"Quy định việc tiếp nhận, đăng ký, trình, chuyển giao và theo dõi giải quyết văn bản đến tại {ag.name}, bảo đảm văn bản được xử lý kịp thời, đúng thẩm quyền.",
        scope=f"Áp dụng đối với văn bản giấy và văn bản điện tử gửi đến {ag.name}.",
        legalBasis=legal(["ND30"], approved),
        steps=[
            st(1, "Tiếp nhận, kiểm tra, đăng ký văn bản đến trên Hệ thống quản lý văn bản và điều hành.", "Văn thư", 4, WH, ["BM-01"], "Văn bản được đăng ký"),
            st(2, "Trình văn bản đến; Lãnh đạo cho ý kiến phân phối, chỉ đạo giải quyết.", f"Văn thư; người đứng đầu {ag.office}", 4, WH, ["BM-02"], "Phiếu giải quyết văn bản đến"),
            st(3, "Chuyển giao văn bản đến bộ phận, cá nhân được giao giải quyết.", "Văn thư", 2, WH, ["BM-01"], "Văn bản được chuyển giao"),
            st(4, "Theo dõi, đôn đốc việc giải quyết văn bản đến có thời hạn.", ag.office, 1, WD, ["BM-01"], "Báo cáo tình hình giải quyết"),
        ],
        forms=forms(("BM-01", "Sổ đăng ký văn bản đến"), ("BM-02", "Phiếu giải quyết văn bản đến")),
        records=[rec("Sổ đăng ký văn bản đến (cơ sở dữ liệu văn bản đến)", "Văn thư", "Hệ thống quản lý văn bản và điều hành", 20),
                 rec("Phiếu giải quyết văn bản đến", "Bộ phận được giao giải quyết", "Lưu kèm hồ sơ công việc", 5)],
    )


def t_outgoing(ag, approved):
    return dict(
        title="Quy trình soạn thảo, ban hành và quản lý văn bản đi", kind="internal",
        clauses=["7.5.2", "7.5.3"],
        purpose=f"Quy định việc soạn thảo, kiểm tra, ký ban hành, đăng ký, phát hành và lưu văn bản đi của {ag.name} đúng thể thức và kỹ thuật trình bày.",
        scope=f"Áp dụng đối với văn bản hành chính do {ag.name} ban hành.",
        legalBasis=legal(["ND30"], approved),
        steps=[
            st(1, "Soạn thảo văn bản, lập phiếu trình.", "Công chức được giao", 2, WD, ["BM-01"], "Dự thảo văn bản"),
            st(2, "Kiểm tra nội dung, thể thức văn bản; ký nháy.", f"Trưởng bộ phận; người đứng đầu {ag.office}", 1, WD, ["BM-01"], "Dự thảo được kiểm tra"),
            st(3, "Ký ban hành văn bản.", ag.leaders, 1, WD, ["BM-01"], "Văn bản được ký"),
            st(4, "Cấp số, đăng ký, phát hành văn bản và lưu văn bản.", "Văn thư", 4, WH, ["BM-02"], "Văn bản được phát hành"),
        ],
        forms=forms(("BM-01", "Phiếu trình giải quyết công việc"), ("BM-02", "Sổ đăng ký văn bản đi")),
        records=[rec("Bản gốc văn bản đi", "Văn thư", "Lưu trữ cơ quan"),
                 rec("Sổ đăng ký văn bản đi", "Văn thư", "Hệ thống quản lý văn bản và điều hành", 20)],
    )


def t_one_stop(ag, approved):
    return dict(
        title=f"Quy trình tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính tại {ag.desk}", kind="internal",
        clauses=["8.2.1", "8.5.1"],
        purpose=f"Quy định việc tiếp nhận, chuyển hồ sơ và trả kết quả giải quyết thủ tục hành chính của {ag.name} tại {ag.desk} theo cơ chế một cửa, một cửa liên thông.",
        scope=f"Áp dụng đối với công chức của {ag.name} làm việc tại {ag.desk} và các bộ phận giải quyết hồ sơ.",
        legalBasis=legal(["ND118"] + (["ND367"] if approved >= D("2026-01-01") else []), approved),
        steps=[
            st(1, "Hướng dẫn, kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.", f"Công chức tại {ag.desk}", 4, WH, ["BM-01", "BM-02", "BM-03"], "Hồ sơ được tiếp nhận"),
            st(2, "Chuyển hồ sơ điện tử và hồ sơ giấy đến bộ phận giải quyết.", f"Công chức tại {ag.desk}", 2, WH, ["BM-02"], "Hồ sơ được chuyển"),
            st(3, "Nhận kết quả, thông báo và trả kết quả cho tổ chức, cá nhân; trường hợp trễ hạn chuyển Phiếu xin lỗi và hẹn lại ngày trả kết quả.", f"Công chức tại {ag.desk}", 2, WH, ["BM-02", "BM-04"], "Kết quả được trả"),
        ],
        forms=forms(("BM-01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"), ("BM-02", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
                    ("BM-03", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"), ("BM-04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả")),
        records=[rec("Sổ theo dõi hồ sơ (dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính)", f"Công chức tại {ag.desk}", ag.desk, 5)],
    )


# --------------------------------------------------------------------------
# TTHC procedures of a commune (xã / phường)
# --------------------------------------------------------------------------
TTHC_FORMS = forms(("BM-01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                   ("BM-02", "Phiếu kiểm soát quá trình giải quyết hồ sơ"))


def one_stop_keys(approved):
    if approved < D("2025-07-01"):
        return ["ND61"] + (["ND107"] if approved >= D("2021-12-06") else [])
    return ["ND118"] + (["ND367"] if approved >= D("2026-01-01") else [])


def tthc_common(ag, title, tthc, limit, keys, approved, purpose, scope, steps, records, extra_forms=(), clauses=("8.2.2", "8.5.1")):
    return dict(
        title=title, kind="tthc", tthcCode=tthc, clauses=list(clauses),
        purpose=purpose, scope=scope,
        legalBasis=legal(keys + one_stop_keys(approved), approved),
        definitions=defs(("TTHC", "Thủ tục hành chính"), (ag.desk, f"Nơi tiếp nhận hồ sơ và trả kết quả của {ag.name}")),
        steps=steps, statutoryLimit={"value": limit[0], "unit": limit[1]},
        forms=TTHC_FORMS + forms(*extra_forms), records=records,
    )


def _desk(ag):
    return f"Công chức tiếp nhận hồ sơ tại {ag.desk}"


def _sign(ag):
    return f"Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân {ag.level}"


def t_birth(ag, approved):
    """Đăng ký khai sinh: same day (Luật Hộ tịch art. 16), 1 working day;
    steps 1 + 4 + 2 + 1 = 8 h."""
    keys = ["LHT", "ND123", "ND87"] + (["ND07"] if approved >= D("2025-01-09") else [])
    return tthc_common(
        ag, "Quy trình đăng ký khai sinh", "1.001193", (1, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký khai sinh tại {ag.name}, bảo đảm trẻ em được đăng ký khai sinh đúng hạn, đúng quy định.",
        f"Áp dụng đối với việc đăng ký khai sinh cho trẻ em sinh ra trên địa bàn hoặc có cha, mẹ cư trú tại {ag.level} (không có yếu tố nước ngoài).",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ (trực tiếp hoặc trực tuyến); lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra thông tin, ghi Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử, in Giấy khai sinh.", "Công chức làm công tác tư pháp - hộ tịch", 4, WH, ["BM-02"], "Dự thảo Giấy khai sinh"),
         st(3, "Ký Giấy khai sinh.", _sign(ag), 2, WH, ["BM-02"], "Giấy khai sinh đã ký"),
         st(4, "Trả kết quả cho người yêu cầu; người yêu cầu ký Sổ đăng ký khai sinh.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Giấy khai sinh được trao")],
        [rec("Sổ đăng ký khai sinh", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level),
         rec("Hồ sơ đăng ký khai sinh", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan")])


def t_death(ag, approved):
    keys = ["LHT", "ND123"] + (["ND07"] if approved >= D("2025-01-09") else [])
    return tthc_common(
        ag, "Quy trình đăng ký khai tử", "1.000656", (1, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký khai tử tại {ag.name}.",
        f"Áp dụng đối với việc đăng ký khai tử cho người chết có nơi cư trú cuối cùng hoặc chết trên địa bàn {ag.level} (không có yếu tố nước ngoài).",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra giấy báo tử hoặc giấy tờ thay giấy báo tử; ghi Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử; in Trích lục khai tử.", "Công chức làm công tác tư pháp - hộ tịch", 4, WH, ["BM-02"], "Dự thảo Trích lục khai tử"),
         st(3, "Ký Trích lục khai tử.", _sign(ag), 2, WH, ["BM-02"], "Trích lục khai tử đã ký"),
         st(4, "Trả kết quả cho người yêu cầu.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Trích lục khai tử được trao")],
        [rec("Sổ đăng ký khai tử", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level),
         rec("Hồ sơ đăng ký khai tử", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan")])


def t_marriage(ag, approved):
    """Đăng ký kết hôn: same day; up to 05 working days when the conditions
    must be verified. Steps 0.5 + 3 + 0.5 + 0.5 + 0.5 = 5 working days."""
    keys = ["LHT", "ND123"] + (["ND07"] if approved >= D("2025-01-09") else [])
    return tthc_common(
        ag, "Quy trình đăng ký kết hôn", "1.000894", (5, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký kết hôn tại {ag.name}.",
        f"Áp dụng đối với việc đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước, một trong hai bên cư trú tại {ag.level}.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra, xác minh điều kiện kết hôn (khi cần).", "Công chức làm công tác tư pháp - hộ tịch", 3, WD, ["BM-02"], "Kết quả xác minh"),
         st(3, "Ghi Sổ đăng ký kết hôn, cập nhật Cơ sở dữ liệu hộ tịch điện tử, in Giấy chứng nhận kết hôn.", "Công chức làm công tác tư pháp - hộ tịch", 4, WH, ["BM-02"], "Dự thảo Giấy chứng nhận kết hôn"),
         st(4, "Ký Giấy chứng nhận kết hôn.", _sign(ag), 4, WH, ["BM-02"], "Giấy chứng nhận kết hôn đã ký"),
         st(5, "Tổ chức trao Giấy chứng nhận kết hôn; hai bên ký Sổ đăng ký kết hôn.", "Công chức làm công tác tư pháp - hộ tịch", 4, WH, ["BM-01", "BM-02"], "Giấy chứng nhận kết hôn được trao")],
        [rec("Sổ đăng ký kết hôn", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level),
         rec("Hồ sơ đăng ký kết hôn", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan")])


def t_marital_status(ag, approved):
    """Cấp Giấy xác nhận tình trạng hôn nhân: 03 working days (Nghị định
    123/2015/NĐ-CP art. 22). Steps 0.5 + 1.5 + 0.5 + 0.5 = 3."""
    keys = ["LHT", "ND123"] + (["ND07"] if approved >= D("2025-01-09") else [])
    return tthc_common(
        ag, "Quy trình cấp Giấy xác nhận tình trạng hôn nhân", "1.004873", (3, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian cấp Giấy xác nhận tình trạng hôn nhân tại {ag.name}.",
        f"Áp dụng đối với công dân Việt Nam cư trú trên địa bàn {ag.level} có yêu cầu cấp Giấy xác nhận tình trạng hôn nhân.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra, xác minh tình trạng hôn nhân; dự thảo Giấy xác nhận.", "Công chức làm công tác tư pháp - hộ tịch", 1.5, WD, ["BM-02"], "Dự thảo Giấy xác nhận"),
         st(3, "Ký Giấy xác nhận tình trạng hôn nhân.", _sign(ag), 4, WH, ["BM-02"], "Giấy xác nhận đã ký"),
         st(4, "Trả kết quả cho người yêu cầu.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Giấy xác nhận được trao")],
        [rec("Sổ cấp Giấy xác nhận tình trạng hôn nhân", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level, 20),
         rec("Hồ sơ cấp Giấy xác nhận tình trạng hôn nhân", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan", 20)])


def t_civil_copy(ag, approved):
    """Cấp bản sao Trích lục hộ tịch: same day, 1 working day (8 h)."""
    keys = ["LHT", "ND123", "ND87"]
    return tthc_common(
        ag, "Quy trình cấp bản sao Trích lục hộ tịch", "2.000635", (1, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian cấp bản sao Trích lục hộ tịch tại {ag.name}.",
        f"Áp dụng đối với yêu cầu cấp bản sao Trích lục hộ tịch về sự kiện hộ tịch đã đăng ký tại {ag.name} hoặc có trong Cơ sở dữ liệu hộ tịch điện tử.",
        [st(1, "Kiểm tra, tiếp nhận yêu cầu; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Yêu cầu được tiếp nhận"),
         st(2, "Tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; in bản sao Trích lục.", "Công chức làm công tác tư pháp - hộ tịch", 4, WH, ["BM-02"], "Dự thảo bản sao Trích lục"),
         st(3, "Ký bản sao Trích lục hộ tịch.", _sign(ag), 2, WH, ["BM-02"], "Bản sao Trích lục đã ký"),
         st(4, "Trả kết quả, thu lệ phí.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Bản sao Trích lục được trao")],
        [rec("Sổ cấp bản sao Trích lục hộ tịch", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level, 10)])


def t_birth_parentage(ag, approved):
    """Đăng ký khai sinh kết hợp nhận cha, mẹ, con: 03 working days (Luật
    Hộ tịch art. 25). Steps 0.5 + 1.5 + 0.5 + 0.5 = 3."""
    keys = ["LHT", "ND123"] + (["ND07"] if approved >= D("2025-01-09") else [])
    return tthc_common(
        ag, "Quy trình đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", "1.000689", (3, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con tại {ag.name}.",
        f"Áp dụng đối với trẻ em chưa được đăng ký khai sinh mà có người yêu cầu nhận cha, mẹ, con, cư trú tại {ag.level}.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra chứng cứ chứng minh quan hệ cha, mẹ, con; niêm yết, xác minh; ghi Sổ hộ tịch.", "Công chức làm công tác tư pháp - hộ tịch", 1.5, WD, ["BM-02"], "Dự thảo Giấy khai sinh, Trích lục"),
         st(3, "Ký Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con.", _sign(ag), 4, WH, ["BM-02"], "Kết quả đã ký"),
         st(4, "Trả kết quả; các bên ký Sổ hộ tịch.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec("Sổ đăng ký khai sinh; Sổ đăng ký nhận cha, mẹ, con", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level),
         rec("Hồ sơ đăng ký", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan")])


def t_birth_again(ag, approved):
    """Đăng ký lại khai sinh: 05 working days (Nghị định 123/2015/NĐ-CP).
    Steps 0.5 + 3 + 0.5 + 0.5 + 0.5 = 5."""
    keys = ["LHT", "ND123"] + (["ND07"] if approved >= D("2025-01-09") else [])
    return tthc_common(
        ag, "Quy trình đăng ký lại khai sinh", "1.004884", (5, WD), keys, approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký lại khai sinh tại {ag.name}.",
        f"Áp dụng đối với việc khai sinh đã đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất, người yêu cầu cư trú tại {ag.level}.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra, xác minh hồ sơ; đề nghị nơi đăng ký khai sinh trước đây kiểm tra việc lưu giữ Sổ hộ tịch (nếu cần).", "Công chức làm công tác tư pháp - hộ tịch", 3, WD, ["BM-02"], "Kết quả xác minh"),
         st(3, "Ghi Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử, in Giấy khai sinh.", "Công chức làm công tác tư pháp - hộ tịch", 4, WH, ["BM-02"], "Dự thảo Giấy khai sinh"),
         st(4, "Ký Giấy khai sinh.", _sign(ag), 4, WH, ["BM-02"], "Giấy khai sinh đã ký"),
         st(5, "Trả kết quả; người yêu cầu ký Sổ đăng ký khai sinh.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Giấy khai sinh được trao")],
        [rec("Hồ sơ đăng ký lại khai sinh", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan")])


def chung_thuc_keys(approved):
    keys = ["ND23"]
    if approved >= D("2025-01-09"):
        keys.append("ND07")
    if approved >= D("2025-10-27"):
        keys.append("ND280")
    return keys


def t_certify_copy(ag, approved):
    """Chứng thực bản sao từ bản chính: same day (next working day after
    15:00): 1 working day; steps 1 + 3 + 3 + 1 = 8 h."""
    return tthc_common(
        ag, "Quy trình chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "2.000815", (1, WD), chung_thuc_keys(approved), approved,
        f"Quy định trình tự, trách nhiệm và thời gian chứng thực bản sao từ bản chính tại {ag.name}.",
        f"Áp dụng đối với yêu cầu chứng thực bản sao từ bản chính giấy tờ, văn bản tại {ag.desk}.",
        [st(1, "Kiểm tra bản chính, bản sao; tiếp nhận yêu cầu, thu phí.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Yêu cầu được tiếp nhận"),
         st(2, "Đối chiếu bản sao với bản chính; ghi lời chứng, ghi Sổ chứng thực.", "Công chức làm công tác tư pháp - hộ tịch", 3, WH, ["BM-02"], "Bản sao đã ghi lời chứng"),
         st(3, "Ký chứng thực, đóng dấu.", _sign(ag), 3, WH, ["BM-02"], "Bản sao đã được chứng thực"),
         st(4, "Trả kết quả cho người yêu cầu.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Bản sao chứng thực được trao")],
        [rec("Sổ chứng thực bản sao từ bản chính", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level, 2)])


def t_certify_signature(ag, approved):
    """Chứng thực chữ ký: same day: 1 working day; steps 1 + 2 + 2 + 1 = 6 h."""
    return tthc_common(
        ag, "Quy trình chứng thực chữ ký trong các giấy tờ, văn bản", "2.000884", (1, WD), chung_thuc_keys(approved), approved,
        f"Quy định trình tự, trách nhiệm và thời gian chứng thực chữ ký trong giấy tờ, văn bản tại {ag.name}.",
        f"Áp dụng đối với yêu cầu chứng thực chữ ký của cá nhân trong giấy tờ, văn bản tại {ag.desk} (trừ chữ ký người dịch).",
        [st(1, "Kiểm tra giấy tờ tùy thân, giấy tờ cần chứng thực chữ ký; tiếp nhận yêu cầu.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Yêu cầu được tiếp nhận"),
         st(2, "Người yêu cầu ký trước mặt người thực hiện chứng thực; ghi lời chứng, ghi Sổ chứng thực.", "Công chức làm công tác tư pháp - hộ tịch", 2, WH, ["BM-02"], "Lời chứng được ghi"),
         st(3, "Ký chứng thực, đóng dấu.", _sign(ag), 2, WH, ["BM-02"], "Chữ ký đã được chứng thực"),
         st(4, "Trả kết quả, thu phí.", _desk(ag), 1, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec("Sổ chứng thực chữ ký", "Công chức làm công tác tư pháp - hộ tịch", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + ag.level, 2)])


def t_certify_contract(ag, approved):
    """Chứng thực hợp đồng, giao dịch: 02 working days; steps 4 + 8 + 4 + 0
    ... = 0.5 + 1 + 0.25 + 0.25 = 2."""
    return tthc_common(
        ag, "Quy trình chứng thực hợp đồng, giao dịch", "2.001035", (2, WD), chung_thuc_keys(approved), approved,
        f"Quy định trình tự, trách nhiệm và thời gian chứng thực hợp đồng, giao dịch tại {ag.name}.",
        f"Áp dụng đối với hợp đồng, giao dịch thuộc thẩm quyền chứng thực của Ủy ban nhân dân {ag.level}.",
        [st(1, "Kiểm tra hồ sơ, dự thảo hợp đồng; tiếp nhận yêu cầu.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra năng lực hành vi dân sự, ý chí tự nguyện của các bên; các bên ký trước mặt người thực hiện chứng thực; ghi lời chứng.", "Công chức làm công tác tư pháp - hộ tịch", 1, WD, ["BM-02"], "Lời chứng được ghi"),
         st(3, "Ký chứng thực, đóng dấu.", _sign(ag), 2, WH, ["BM-02"], "Hợp đồng đã được chứng thực"),
         st(4, "Trả kết quả, thu phí.", _desk(ag), 2, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec("Hồ sơ chứng thực hợp đồng, giao dịch", "Công chức làm công tác tư pháp - hộ tịch", "Lưu trữ cơ quan", 20)])


def t_household_business(ag, approved):
    """Đăng ký thành lập hộ kinh doanh: 03 working days (168/2025/NĐ-CP);
    steps 0.5 + 1.5 + 0.5 + 0.5 = 3."""
    return tthc_common(
        ag, "Quy trình đăng ký thành lập hộ kinh doanh", "1.001612", (3, WD), ["LDN", "ND168"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký thành lập hộ kinh doanh tại {ag.name}.",
        f"Áp dụng đối với cá nhân, thành viên hộ gia đình đăng ký thành lập hộ kinh doanh có trụ sở trên địa bàn {ag.level}.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Thẩm định hồ sơ, kiểm tra tên hộ kinh doanh; dự thảo Giấy chứng nhận đăng ký hộ kinh doanh hoặc thông báo sửa đổi, bổ sung.", "Công chức Phòng Kinh tế", 1.5, WD, ["BM-02"], "Dự thảo kết quả"),
         st(3, "Ký Giấy chứng nhận đăng ký hộ kinh doanh.", f"Trưởng phòng Kinh tế {ag.level}", 4, WH, ["BM-02"], "Giấy chứng nhận đã ký"),
         st(4, "Trả kết quả; cập nhật Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Giấy chứng nhận được trao")],
        [rec("Hồ sơ đăng ký hộ kinh doanh", "Công chức Phòng Kinh tế", "Phòng Kinh tế", 10)])


def t_household_business_change(ag, approved):
    return tthc_common(
        ag, "Quy trình đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "2.000720", (3, WD), ["LDN", "ND168"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục đăng ký thay đổi nội dung đăng ký hộ kinh doanh tại {ag.name}.",
        f"Áp dụng đối với hộ kinh doanh có trụ sở trên địa bàn {ag.level} thay đổi nội dung đăng ký.",
        [st(1, "Kiểm tra, tiếp nhận hồ sơ; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Thẩm định hồ sơ; dự thảo Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi).", "Công chức Phòng Kinh tế", 1.5, WD, ["BM-02"], "Dự thảo kết quả"),
         st(3, "Ký Giấy chứng nhận đăng ký hộ kinh doanh.", f"Trưởng phòng Kinh tế {ag.level}", 4, WH, ["BM-02"], "Giấy chứng nhận đã ký"),
         st(4, "Trả kết quả; cập nhật Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Giấy chứng nhận được trao")],
        [rec("Hồ sơ đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Công chức Phòng Kinh tế", "Phòng Kinh tế", 10)])


def t_household_business_pause(ag, approved):
    return tthc_common(
        ag, "Quy trình tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", "1.001570", (3, WD), ["LDN", "ND168"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian giải quyết thông báo tạm ngừng, tiếp tục kinh doanh của hộ kinh doanh tại {ag.name}.",
        f"Áp dụng đối với hộ kinh doanh có trụ sở trên địa bàn {ag.level}.",
        [st(1, "Kiểm tra, tiếp nhận thông báo; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Kiểm tra thông báo; dự thảo Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh.", "Công chức Phòng Kinh tế", 1, WD, ["BM-02"], "Dự thảo Giấy xác nhận"),
         st(3, "Ký Giấy xác nhận.", f"Trưởng phòng Kinh tế {ag.level}", 4, WH, ["BM-02"], "Giấy xác nhận đã ký"),
         st(4, "Trả kết quả; cập nhật tình trạng hộ kinh doanh.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Giấy xác nhận được trao")],
        [rec("Hồ sơ tạm ngừng, tiếp tục kinh doanh của hộ kinh doanh", "Công chức Phòng Kinh tế", "Phòng Kinh tế", 10)])


def t_land_mediation(ag, approved):
    """Hòa giải tranh chấp đất đai: not more than 30 days (calendar);
    steps 1 + 12 + 3 + 10 + 4 = 30 calendar days."""
    return tthc_common(
        ag, f"Quy trình hòa giải tranh chấp đất đai thuộc thẩm quyền của Ủy ban nhân dân {ag.level}", "1.012812", (30, CD),
        ["LDD", "L43", "ND102", "ND151"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian hòa giải tranh chấp đất đai tại {ag.name}.",
        f"Áp dụng đối với tranh chấp đất đai trên địa bàn {ag.level} mà các bên có đơn yêu cầu hòa giải.",
        [st(1, "Tiếp nhận đơn yêu cầu hòa giải; lập Giấy tiếp nhận.", _desk(ag), 1, CD, ["BM-01", "BM-02"], "Đơn được tiếp nhận"),
         st(2, "Thẩm tra, xác minh nguồn gốc, quá trình sử dụng đất; thu thập giấy tờ, tài liệu.", "Công chức Phòng Kinh tế (địa chính)", 12, CD, ["BM-02"], "Báo cáo thẩm tra, xác minh"),
         st(3, "Thành lập Hội đồng hòa giải tranh chấp đất đai.", f"Phòng Kinh tế; Chủ tịch Ủy ban nhân dân {ag.level}", 3, CD, ["BM-02", "BM-03"], "Quyết định thành lập Hội đồng hòa giải"),
         st(4, "Tổ chức cuộc họp hòa giải; lập biên bản hòa giải thành hoặc không thành.", "Hội đồng hòa giải tranh chấp đất đai", 10, CD, ["BM-02", "BM-04"], "Biên bản hòa giải"),
         st(5, "Gửi biên bản cho các bên, lưu hồ sơ; trường hợp hòa giải thành có thay đổi ranh giới thì gửi cơ quan có thẩm quyền.", "Phòng Kinh tế", 4, CD, ["BM-01", "BM-02", "BM-04"], "Biên bản được gửi")],
        [rec("Hồ sơ hòa giải tranh chấp đất đai", "Công chức Phòng Kinh tế (địa chính)", "Lưu trữ cơ quan")],
        extra_forms=(("BM-03", "Quyết định thành lập Hội đồng hòa giải tranh chấp đất đai"), ("BM-04", "Biên bản hòa giải tranh chấp đất đai")))


def t_middle_income(ag, approved):
    """Xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có
    mức sống trung bình (2022-2025 period). Only ever used as a WITHDRAWN
    issue. The national TTHC code and the 07-working-day limit are
    illustrative (not verified); steps 0.5 + 4 + 1 + 1 + 0.5 = 7."""
    return tthc_common(
        ag, "Quy trình xác định hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022 – 2025", "1.010832", (7, WD),
        ["ND07_21", "TT07_21"], approved,
        f"Quy định trình tự, trách nhiệm và thời gian xác định hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình tại {ag.name}.",
        f"Áp dụng đối với hộ gia đình cư trú trên địa bàn {ag.level} có giấy đề nghị xác định hộ có mức sống trung bình giai đoạn 2022 – 2025.",
        [st(1, "Kiểm tra, tiếp nhận giấy đề nghị; lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Hồ sơ được tiếp nhận"),
         st(2, "Tổ chức rà soát, xác định thu nhập của hộ theo phiếu khảo sát; lấy ý kiến Trưởng thôn, tổ dân phố.", f"Công chức Phòng Văn hóa - Xã hội", 4, WD, ["BM-02", "BM-03"], "Kết quả rà soát"),
         st(3, "Tổng hợp, dự thảo Giấy xác nhận hoặc văn bản trả lời.", f"Trưởng phòng Văn hóa - Xã hội {ag.level}", 1, WD, ["BM-02"], "Dự thảo kết quả"),
         st(4, "Ký Giấy xác nhận hoặc văn bản trả lời.", _sign(ag), 1, WD, ["BM-02"], "Kết quả đã ký"),
         st(5, "Trả kết quả cho hộ gia đình.", _desk(ag), 4, WH, ["BM-01", "BM-02"], "Kết quả được trao")],
        [rec("Hồ sơ xác định hộ có mức sống trung bình", "Công chức Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội", 5)],
        extra_forms=(("BM-03", "Phiếu khảo sát thu nhập của hộ gia đình"),))


# --------------------------------------------------------------------------
# Assembling one issue
# --------------------------------------------------------------------------
def issue_doc(ag, content, *, code, issue, status, owner, people, approved,
              history, distribution=(), last_review=None, references=(),
              effective=None, issued=None, on_behalf=None, title=None, tthc=None,
              drafted=None, reviewed=None, no_approval=False):
    """One issue. people = (drafter, reviewer, approver), each (name,
    position). history = [(issue, date, location, change)] of the code; the
    change log holds the rows up to this issue."""
    drafted = drafted or days(approved, -21)
    reviewed = reviewed or days(approved, -7)
    d, r, a = people
    sigs = {"drafted": {"name": d[0], "position": d[1], "date": iso(drafted)},
            "reviewed": {"name": r[0], "position": r[1], "date": iso(reviewed)}}
    if not no_approval:
        sigs["approved"] = {"name": a[0], "position": a[1], "date": iso(approved)}
        if on_behalf:
            sigs["approved"]["onBehalfOf"] = on_behalf
    out = {"code": code, "title": title or content["title"], "kind": content["kind"],
           "ownerUnit": owner}
    t = tthc if tthc is not None else content.get("tthcCode")
    if t:
        out["tthcCode"] = t
    out.update({"edition": "2015", "clauses": content["clauses"], "issue": issue})
    if not no_approval:
        out["issuedOn"] = iso(issued or approved)
        out["effectiveOn"] = iso(effective or approved)
    out["status"] = status
    out["signatures"] = sigs
    for k in ("purpose", "scope", "legalBasis", "definitions", "steps", "statutoryLimit", "forms", "records"):
        if k in content:
            out[k] = content[k]
    out["changeLog"] = [{"issue": i, "location": loc, "change": ch, "date": iso(dd)}
                        for (i, dd, loc, ch) in history if i <= issue]
    out["distribution"] = [({"unit": u, "copies": c} if c else {"unit": u}) for (u, c) in distribution]
    if last_review:
        out["lastReview"] = iso(last_review)
    out["references"] = list(references)
    return out


def write(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nfc(obj), f, ensure_ascii=False, indent=2)
        f.write("\n")


class Index:
    """Finds /documents/i by (code, issue[, nth])."""

    def __init__(self, docs):
        self.docs = docs

    def __call__(self, code, issue, nth=0):
        hits = [i for i, d in enumerate(self.docs) if d["code"] == code and d["issue"] == issue]
        return hits[nth]
