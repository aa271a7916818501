#!/usr/bin/env python3
"""Cross-checks our XCCDF 1.2 scoring models against OpenSCAP (`oscap`,
Debian package openscap-scanner), an independent implementation.

For random checklists (results, weights, units, clauses) it
writes an XCCDF 1.2 benchmark whose rules pass or fail through trivial
OVAL definitions (OS family unix / windows), are not selected (not
applicable) or have an unknown check system (not checked), grouped by unit
or by the clause tree; runs `oscap xccdf eval`; and compares its four
scores with `iso9001 audit --model ... --json`.

Every case is compared, weights of 0 included: the flat-unweighted model
counts every rule as 1, as the XCCDF 1.2 text and OpenSCAP do.

Usage: tests/xccdf/oscap_crosscheck.py [CASES] [SEED]
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "debug", "iso9001")
NS = "{http://checklists.nist.gov/xccdf/1.2}"
CLAUSES = ["4.1", "5.3", "7.1.6", "7.2", "7.5.3.2", "8.5.1", "9.2.2", "10.2.1"]
RESULTS = ["compliant", "nonCompliant", "partiallyCompliant", "notApplicable", "notAssessed"]

OVAL = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "oval.xml"), encoding="utf-8").read()


def ancestors(clause):
    parts = clause.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def rule_xml(item):
    rid = "xccdf_iso.test_rule_" + item["id"]
    selected = "false" if item["result"] == "notApplicable" else "true"
    if item["result"] == "notAssessed":
        check = '<check system="urn:iso9001:not-assessed"><check-content-ref href="none" name="none"/></check>'
    else:
        definition = "1" if item["result"] == "compliant" else "2"
        check = (
            '<check system="http://oval.mitre.org/XMLSchema/oval-definitions-5">'
            f'<check-content-ref href="oval.xml" name="oval:iso:def:{definition}"/></check>'
        )
    weight = f'{item["weight"]:g}'
    return f'<Rule id="{rid}" selected="{selected}" weight="{weight}"><title>{item["id"]}</title>{check}</Rule>'


def benchmark(items, group_by):
    # A tree of groups: units, or the clause chain of each item.
    tree = {}
    for it in items:
        path = ["unit-" + it["unit"]] if group_by == "unit" else ["c" + c.replace(".", "_") for c in ancestors(it["clause"])]
        node = tree
        for key in path:
            node = node.setdefault(key, {})
        node.setdefault("__rules__", []).append(it)

    def groups(node):
        out = []
        for key, child in node.items():
            if key == "__rules__":
                continue
            inner = "".join(rule_xml(r) for r in child.get("__rules__", [])) + groups(child)
            out.append(f'<Group id="xccdf_iso.test_group_{key}"><title>{key}</title>{inner}</Group>')
        return "".join(out)

    # One element a line: oscap 1.3.7's reader skips every other one of
    # consecutive empty <model/> elements written without whitespace.
    models = "\n".join(
        f'<model system="urn:xccdf:scoring:{m}"/>' for m in ["default", "flat", "flat-unweighted", "absolute"]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="xccdf_iso.test_benchmark_b" resolved="1" xml:lang="en">'
        f"<status>draft</status><title>t</title><version>1</version>\n{models}\n{groups(tree)}</Benchmark>"
    )


def oscap_scores(items, group_by):
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "oval.xml"), "w", encoding="utf-8").write(OVAL)
        open(os.path.join(d, "bench.xml"), "w", encoding="utf-8").write(benchmark(items, group_by))
        subprocess.run(
            ["oscap", "xccdf", "eval", "--results", "res.xml", "bench.xml"],
            cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
        )
        root = ET.parse(os.path.join(d, "res.xml")).getroot()
        scores = {}
        for s in root.iter(NS + "score"):
            scores[s.get("system").rsplit(":", 1)[1]] = (float(s.text), float(s.get("maximum")))
        return scores


def our_scores(items, group_by):
    req = {"results": {"items": [dict(it) for it in items]}}
    out = {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(req, f)
        path = f.name
    try:
        for model in ["xccdfDefault", "xccdfFlat", "xccdfFlatUnweighted", "xccdfAbsolute"]:
            r = subprocess.run(
                [CLI, "audit", path, "--model", model, "--group-by", group_by, "--json"],
                capture_output=True, text=True, check=False,
            )
            out[model] = json.loads(r.stdout)["score"]
    finally:
        os.unlink(path)
    return out


def close(a, b):
    return abs(a - b) < 1e-3


def main():
    subprocess.run(["cargo", "build", "-q", "-p", "iso9001-cli"], cwd=ROOT, check=True)
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 9001)
    failures = 0
    compared = 0
    for case in range(cases):
        n = rng.randint(1, 12)
        with_zero = case % 2 == 0
        weights = [0.0, 0.5, 1.0, 2.0, 3.0] if with_zero else [0.5, 1.0, 2.0, 3.0]
        items = [
            {
                "id": f"i{k}",
                "unit": rng.choice("ABC"),
                "clause": rng.choice(CLAUSES),
                "result": rng.choice(RESULTS),
                "weight": rng.choice(weights),
            }
            for k in range(n)
        ]
        for group_by in ["unit", "clause"]:
            ref = oscap_scores(items, group_by)
            ours = our_scores(items, group_by)
            checks = []
            # default: score on 0–100 (oscap reports 0 when nothing counts).
            d = ours["xccdfDefault"]["score"]
            checks.append(("default", close(d if d is not None else 0.0, ref["default"][0]), d, ref["default"]))
            flats = [("flat", "xccdfFlat"), ("flat-unweighted", "xccdfFlatUnweighted")]
            for model, key in flats:
                flat = ours[key]["flat"]
                ok = close(flat["score"], ref[model][0]) and close(flat["max"], ref[model][1])
                checks.append((model, ok, flat, ref[model]))
            a = ours["xccdfAbsolute"]["score"]
            # When no counted rule weighs anything (flat m = 0) the absolute
            # pass is vacuous: oscap says 1, the library says "no score"
            # (null) in every weighted model. Both read the same s = m = 0,
            # compared above; otherwise the verdicts must agree.
            if ref["flat"][1] == 0:
                checks.append(("absolute", a is None, a, ref["absolute"]))
            else:
                checks.append(("absolute", (a == 100.0) == (ref["absolute"][0] == 1.0), a, ref["absolute"]))
            for model, ok, mine, theirs in checks:
                compared += 1
                if not ok:
                    failures += 1
                    print(f"case {case} ({group_by}) {model}: ours {mine}, oscap {theirs}\n  {json.dumps(items)}")
    print(f"xccdf cross-check against oscap: {compared - failures}/{compared} scores agree")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
