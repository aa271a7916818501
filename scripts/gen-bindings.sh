#!/usr/bin/env bash
# Regenerates the checked-in binding files from the Rust sources:
#   bindings/c/iso9001.h       (cbindgen, pinned in setup.sh)
#   bindings/schema/*.json     (schemars, via core/tests/schemas.rs)
#   bindings/js/types.d.ts     (json-schema-to-typescript, from the schemas)
#   core/src/catalogue/search/index_data.rs (the folded words of the catalogue)
#   core/src/documents/replaced_data.rs (the replaced legal documents)
# scripts/check-generated.sh fails when any of them is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTC_BOOTSTRAP=1 cbindgen --quiet --config ffi/cbindgen.toml --crate iso9001-ffi --output bindings/c/iso9001.h ffi
ISO9001_UPDATE_SCHEMAS=1 cargo test -q -p iso9001 --features schema,docx --test schemas >/dev/null
node scripts/gen-types.mjs bindings/js/types.d.ts
# The catalogue's search index (its own test fails when it is stale).
REGENERATE=1 cargo test -q -p iso9001 --lib search_index_is_current >/dev/null
# The table of replaced legal documents, from core/data/replaced-documents.json.
REGENERATE=1 cargo test -q -p iso9001 --lib replaced_table_is_current >/dev/null
echo "regenerated bindings/c/iso9001.h, bindings/schema/*.json, bindings/js/types.d.ts, the search index, the replaced-documents table"
