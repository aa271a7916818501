#!/usr/bin/env bash
# Fails when a checked-in generated file differs from what the sources
# generate now (header, JSON Schemas, TypeScript types).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
RUSTC_BOOTSTRAP=1 cbindgen --quiet --config ffi/cbindgen.toml --crate iso9001-ffi --output "$tmp/iso9001.h" ffi
if ! diff -u bindings/c/iso9001.h "$tmp/iso9001.h"; then
  echo "bindings/c/iso9001.h is stale: run scripts/gen-bindings.sh" >&2
  status=1
fi
# The schema test compares itself against the checked-in files.
cargo test -q -p iso9001 --features schema,docx --test schemas >/dev/null || {
  echo "bindings/schema is stale: run scripts/gen-bindings.sh" >&2
  status=1
}
node scripts/gen-types.mjs "$tmp/types.d.ts"
if ! diff -u bindings/js/types.d.ts "$tmp/types.d.ts"; then
  echo "bindings/js/types.d.ts is stale: run scripts/gen-bindings.sh" >&2
  status=1
fi
[ "$status" = 0 ] && echo "generated files are up to date"
exit "$status"
