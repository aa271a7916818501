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

step "benchmarks compile"
cargo bench -p iso9001-benches --no-run

for extra in scripts/test-*.sh; do
  [ -e "$extra" ] || continue
  step "$extra"
  "$extra"
done

printf '\nAll checks passed.\n'
