#!/usr/bin/env bash
# The same requests through Rust (the CLI), C and wasm must give
# byte-identical JSON. Expects the C library (scripts/test-c.sh) and the
# wasm package (scripts/build-wasm.sh) to be built.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/parity
mkdir -p "$out"

cargo build -q -p iso9001-cli
cli=target/debug/iso9001
for kind in audit qms dossiers; do
  for f in tests/corpus/$kind/*.json; do
    case "$f" in *.expected.json) continue ;; esac
    grep -q '"calendar"' "$f" || echo "$kind $f"
  done
done | LC_ALL=C sort > "$out/corpus.txt"
# Every Word file of the corpus, damaged ones included (their errors too).
# Each as one procedure (an annex refused as several) and as all of its own.
for f in tests/corpus/docx/*.docx tests/corpus/docx/*.doc; do echo "import $f"; echo "importAll $f"; done \
  | LC_ALL=C sort >> "$out/corpus.txt"
# Errors: the CLI prints {"error": <ErrorInfo>} on stderr.
err() { "$cli" "$@" --json 2>&1 >/dev/null | sed -e 's/^{"error":\(.*\)}$/\1/'; }
{
  "$cli" clause 7.1.6 --lang vi --json
  "$cli" clause 8.5.3 --edition 2008 --lang en --json
  "$cli" search "hoach dinh" --lang vi --json
  "$cli" search "tri thuc" --edition 2015 --limit 3 --lang en --json
  "$cli" map 8.5.3 --from 2008 --to 2015 --lang vi --json
  "$cli" map 7.1.5.1 --from 2015 --to 2000 --lang en --json
  "$cli" tree --edition 2008 --lang en --json
  "$cli" editions --lang vi --json
  "$cli" transition 4.2.3 8.2.2 --from 2008 --to 2015 --lang vi --json
  "$cli" clause 6.1.3 --edition 2026 --lang vi --json
  "$cli" transition 6.1.2 10.3 --from 2015 --to 2026 --lang en --json
  err clause 11.1 --lang vi || true
  err clause 4 --edition 1994 --lang en || true
  "$cli" check examples/documents/qt-dang-ky-khai-sinh.json --policy examples/policy.json --lang vi --json || true
  "$cli" check examples/register/register.json --policy examples/policy.json --lang en --json || true
  "$cli" docnumber "2323/Qđ-UBND" --lang vi --json || true
  "$cli" due --received 2026-02-12T16:10 --limit 5d --lang vi --json
  "$cli" calendar 2026 --lang en --json
  "$cli" lunar 2026-02-17 --json
  "$cli" dossiers examples/calendar/dossiers.json --lang vi --json
  "$cli" query examples/calendar/queries.json --lang en --json
  "$cli" audit examples/audit/audit-2026.json --lang vi --json || true
  "$cli" qms examples/audit/qms-2026.json --lang en --json || true
  # A procedure read from a Word file.
  "$cli" import tests/corpus/docx/01-xa-tan-phu-dang-ky-khai-sinh.docx --json
  "$cli" check tests/corpus/docx/09-xa-tan-phu-dang-ky-thanh-lap-ho-kinh-doanh.docx --policy examples/policy.json --as-of 2026-11-22 --lang vi --json || true
  # The same answers as HTML pages for people.
  "$cli" audit examples/audit/audit-2026.json --lang vi --format html || true
  "$cli" dossiers examples/calendar/dossiers.json --lang en --format html
  # The hand-computed corpus of audits, agency checks and dossiers (a batch
  # with its own calendar is left to the Rust corpus test).
  while read -r kind file; do
    case "$kind" in
      # The CLI names the file in its message (it reads many); the
      # libraries are given bytes.
      import) "$cli" import "$file" --lang vi --json 2>"$out/stderr.txt" \
        || sed -e 's/^{"error":\(.*\)}$/\1/' -e "s|\"message\":\"$file: |\"message\":\"|" "$out/stderr.txt" ;;
      importAll) "$cli" import "$file" --all --lang vi --json 2>"$out/stderr.txt" \
        || sed -e 's/^{"error":\(.*\)}$/\1/' -e "s|\"message\":\"$file: |\"message\":\"|" "$out/stderr.txt" ;;
      *) "$cli" "$kind" "$file" --lang vi --json || true ;;
    esac
  done < "$out/corpus.txt"
} > "$out/rust.jsonl"

cc -std=c11 -Wall -Wextra -Wpedantic -Werror -Ibindings/c -o "$out/parity" tests/c/parity.c \
  target/release/libiso9001.a -lpthread -ldl -lm
"$out/parity" "$out/corpus.txt" > "$out/c.jsonl"
node tests/js/parity.mjs "$out/corpus.txt" > "$out/wasm.jsonl"
node tests/js/parity.mjs "$out/corpus.txt" --parts > "$out/wasm-parts.jsonl"

cmp "$out/rust.jsonl" "$out/c.jsonl"
cmp "$out/rust.jsonl" "$out/wasm.jsonl"
cmp "$out/rust.jsonl" "$out/wasm-parts.jsonl"
echo "parity: $(wc -l < "$out/rust.jsonl") requests byte-identical in Rust, C and wasm (whole module and parts)"
