#!/usr/bin/env bash
# Builds the WebAssembly module and the npm package in bindings/js/pkg.
# Toolchain (see DEVELOPERS.md): Debian's rustc-web 1.96 with rust-lld and
# the std sources, driven by /usr/bin/cargo with -Zbuild-std, in its own
# target dir; then wasm-bindgen-cli (the version of Cargo.lock).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] && [ -x /usr/bin/rust-lld ] && command -v wasm-bindgen >/dev/null || scripts/setup.sh

export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
# Keep rustup's proxies out of the way of the Debian toolchain.
env -u RUSTUP_TOOLCHAIN PATH="/usr/bin:$PATH" /usr/bin/cargo build -q \
  -p iso9001-wasm --lib \
  --profile wasm-release \
  --target wasm32-unknown-unknown \
  -Zbuild-std=std,panic_abort \
  --target-dir target-wasm

wasm=target-wasm/wasm32-unknown-unknown/wasm-release/iso9001_wasm.wasm
out=bindings/js/pkg
rm -rf "$out"
# --experimental-reset-state-function: after a panic (a trap) the JS layer
# re-instantiates the module in place; handles made before it are stale.
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --experimental-reset-state-function \
  --out-dir "$out" --out-name iso9001_wasm "$wasm"

raw=$(stat -c %s "$out/iso9001_wasm_bg.wasm")
gz=$(gzip -9 -c "$out/iso9001_wasm_bg.wasm" | wc -c)
printf 'wasm size: %d bytes raw, %d bytes gzip (%s)\n' "$raw" "$gz" "$out/iso9001_wasm_bg.wasm"
