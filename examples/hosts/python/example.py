"""What a portal does with the library: check a procedure under the
agency's policy, compute an appointment date, and handle an error.
Run: ISO9001_LIB=/path/to/libiso9001.so python3 example.py <repo root>"""

import pathlib
import sys

import iso9001

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../../..")
policy = (root / "examples/policy.json").read_text(encoding="utf-8")
document = (root / "examples/documents/qt-dang-ky-khai-sinh.json").read_text(encoding="utf-8")

with iso9001.Checker(policy) as checker:
    report = checker.check_document(document, as_of="2026-11-22")
    summary = report["summary"]
    print(f"Lỗi: {summary['errors']}, cảnh báo: {summary['warnings']}, đạt: {report['passed']}")
    for f in report["findings"][:3]:
        print(f"  {f['rule']} {f['pointer']}: {f['message']}")

with iso9001.Calendar() as calendar:
    due = calendar.query(
        {"kind": "due", "received": "2026-02-12T16:10", "limit": {"value": 5, "unit": "workingDays"}}
    )
    print("Ngày hẹn trả:", due["appointment"]["dueDate"])

try:
    iso9001.clause("11.4")
except iso9001.Iso9001Error as e:
    print(f"Lỗi {e.code}: {e.message}")
