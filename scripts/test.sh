#!/usr/bin/env bash
# The one command that checks everything: installs what is missing, then
# formatting, clippy, and every test. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "setup (installs only what is missing)"
scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "cargo test (unit, property, doc and CLI tests)"
cargo test --workspace --all-features

step "cargo doc without warnings"
RUSTDOCFLAGS="-D warnings" cargo doc -q --no-deps --workspace --all-features

step "benchmarks compile"
cargo bench -p iso9001-benches --no-run

step "generated files (C header, JSON Schemas, TypeScript types) are up to date"
scripts/check-generated.sh

step "C library: static and shared, strict C11, valgrind, 16 threads under helgrind"
scripts/test-c.sh

step "the C library installed in a temporary prefix: the README's C program, Java, PHP and Python hosts"
tests/hosts.sh

step "WebAssembly module and npm package"
scripts/build-wasm.sh

step "Node tests of the wasm package and its parts (one module per capability), TypeScript check of the examples"
node --test tests/js/node.test.mjs tests/js/recovery.test.mjs tests/js/parts.test.mjs
node tests/js/check-types.mjs

step "browser test (headless Debian Chromium, playwright-core)"
node --test tests/js/browser.test.mjs

step "HTML reports in Chromium: charts, no console error, screenshots and A4 PDFs (target/report-artifacts)"
node --test tests/js/report.test.mjs

step "the demo page in Chromium: every panel, both languages (screenshots in target/demo-artifacts)"
node --test tests/js/demo.test.mjs

step "byte-identical JSON through Rust, C and wasm"
tests/parity.sh

step "fuzz smoke run: every target 20 s (fuzz/README.md has the long run)"
scripts/fuzz.sh 20

step "XCCDF scoring against OpenSCAP (oscap), an independent implementation"
tests/xccdf/oscap_crosscheck.py 60

printf '\nAll checks passed.\n'
