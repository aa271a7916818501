#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/, cargo-fuzz layout) with libFuzzer's
# coverage instrumentation and runs each for a while, seeded with the
# examples and the test corpus, with a dictionary of the field names.
#   scripts/fuzz.sh                 every target, 20 s each (the test command's smoke run)
#   scripts/fuzz.sh 3600 audit qms  chosen targets, an hour each
# The flags are those `cargo fuzz build -s none` passes; they are stable
# codegen options, so the machine's toolchain builds them (`cargo fuzz run`
# from fuzz/ works too where cargo-fuzz and a nightly are installed).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(catalogue document register policy calendar_config calendar_query dossiers audit scoring qms docx)
fi
work=target/fuzz-run
mkdir -p "$work"
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps the flags off build scripts and proc macros.
triple=$(rustc -vV | sed -n "s/^host: //p")
cargo build -q --release --manifest-path fuzz/Cargo.toml --target-dir target/fuzz --target "$triple" --bins
bin=target/fuzz/$triple/release

# The dictionary: every field name of the JSON Schemas, so that mutations
# write keys the parser knows (generated, never edited by hand).
python3 - "$work/dict.txt" <<'PY'
import json, glob, sys
names = set()
def walk(v):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == "properties" and isinstance(x, dict):
                names.update(x.keys())
            if k == "enum" and isinstance(x, list):
                names.update(e for e in x if isinstance(e, str))
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)
for f in glob.glob("bindings/schema/*.json"):
    walk(json.load(open(f)))
with open(sys.argv[1], "w") as out:
    for n in sorted(names):
        out.write(json.dumps(n) + "\n")
        out.write(json.dumps('"' + n + '"') + "\n")
PY

seeds() {
  case "$1" in
    document) ls examples/documents/*.json tests/corpus/documents/[0-9]*.json | grep -v expected ;;
    register) echo examples/register/register.json tests/corpus/documents/register/register.json ;;
    policy) echo examples/policy.json tests/corpus/documents/policy.json ;;
    calendar_config) echo examples/calendar/config.json ;;
    dossiers) ls examples/calendar/dossiers.json tests/corpus/dossiers/*.json | grep -v expected ;;
    audit) ls examples/audit/audit-2026.json tests/corpus/audit/*.json | grep -v expected ;;
    qms) ls examples/audit/qms-2026.json tests/corpus/qms/*.json | grep -v expected ;;
    docx) ls tests/corpus/docx/*.docx | grep -v 16-large ;;
    *) ;;
  esac
}

for t in "${targets[@]}"; do
  corpus="$work/corpus/$t"
  seed="$work/seeds/$t"
  rm -rf "$seed" "$work/artifacts/$t-"* && mkdir -p "$corpus" "$seed" "$work/artifacts"
  for f in $(seeds "$t"); do cp "$f" "$seed/"; done
  if [ "$t" = catalogue ]; then
    # First byte: the look-up (byte % 6) and the editions.
    printf '\x06''7.1.6' > "$seed/clause"
    printf '\x01''hoach dinh' > "$seed/search"
    printf '\x02''{"edition":"2026","limit":3}' > "$seed/search-options"
    printf '\x1b''8.5.3' > "$seed/map"
    printf '\x04''{"from":"2008","to":"2026","covered":["4.2.3","8.5.3"]}' > "$seed/transition"
    printf '\x05''19/2014/QĐ-TTg' > "$seed/number"
  fi
  echo "fuzz $t: ${seconds}s"
  "$bin/$t" "$corpus" "$seed" -dict="$work/dict.txt" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/$t-" 2>&1 | grep -E '^(stat::number_of_executed_units|==|SUMMARY|.*(panicked|Test unit written))' || true
  if ls "$work/artifacts/$t-"* >/dev/null 2>&1; then
    echo "fuzz $t: crash, see $work/artifacts/$t-*" >&2
    exit 1
  fi
done
echo "fuzz: ${#targets[@]} targets, no crash"
