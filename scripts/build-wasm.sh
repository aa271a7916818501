#!/usr/bin/env bash
# Builds the WebAssembly module and the npm package in bindings/js/pkg.
# Toolchain (see DEVELOPERS.md): Debian's rustc-web 1.96 with rust-lld and
# the std sources, driven by /usr/bin/cargo with -Zbuild-std, in its own
# target dir; then wasm-bindgen-cli (the version of Cargo.lock).
#   scripts/build-wasm.sh          the module as shipped: optimised for speed
#   ISO9001_WASM=small scripts/build-wasm.sh   the size-optimised variant
# Both are then passed through binaryen's wasm-opt (npm `binaryen`, a
# dev dependency of tests/js: Debian's binaryen 108 predates the reference
# types that wasm-bindgen emits and breaks the module).
set -euo pipefail
cd "$(dirname "$0")/.."
wasm_opt=tests/js/node_modules/.bin/wasm-opt
[ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] && [ -x /usr/bin/rust-lld ] \
  && command -v wasm-bindgen >/dev/null && [ -x "$wasm_opt" ] || scripts/setup.sh
case "${ISO9001_WASM:-speed}" in
  speed) profile=wasm-release opt=-O3 ;;
  small) profile=wasm-small opt=-Oz ;;
  *) echo "ISO9001_WASM is speed or small" >&2; exit 2 ;;
esac

export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1

# One module with every capability (pkg/iso9001_wasm*), then one module per
# capability (pkg/parts/<part>/): a page loads only what it uses. The parts
# are the cargo features of wasm/Cargo.toml; bindings/js/web.js lists them
# too.
parts="catalogue documents calendar audit qms html docx"
out=bindings/js/pkg
rm -rf "$out"

# build <features or "all"> <output dir>
build() {
  local features=(--features default)
  [ "$1" = all ] || features=(--no-default-features --features "$1")
  # Keep rustup's proxies out of the way of the Debian toolchain.
  env -u RUSTUP_TOOLCHAIN PATH="/usr/bin:$PATH" /usr/bin/cargo build -q \
    -p iso9001-wasm --lib "${features[@]}" \
    --profile "$profile" \
    --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort \
    --target-dir target-wasm
  local wasm=target-wasm/wasm32-unknown-unknown/$profile/iso9001_wasm.wasm
  # --experimental-reset-state-function: after a panic (a trap) the JS
  # layer re-instantiates the module in place; handles made before it are
  # stale.
  wasm-bindgen --target web --remove-name-section --remove-producers-section \
    --experimental-reset-state-function \
    --out-dir "$2" --out-name iso9001_wasm "$wasm"
  # The features are those rustc and wasm-bindgen use; wasm-opt keeps them.
  "$wasm_opt" "$opt" --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$2/iso9001_wasm_bg.wasm" -o "$2/iso9001_wasm_bg.wasm"
  local raw gz
  raw=$(stat -c %s "$2/iso9001_wasm_bg.wasm")
  gz=$(gzip -9 -c "$2/iso9001_wasm_bg.wasm" | wc -c)
  printf "wasm size (%s, %s): %d bytes raw, %d bytes gzip (%s)\n" \
    "${ISO9001_WASM:-speed}" "$1" "$raw" "$gz" "$2/iso9001_wasm_bg.wasm"
}

build all "$out"
for part in $parts; do
  build "$part" "$out/parts/$part"
  # Only the module and its glue ship (no per-part typings: index.d.ts
  # types the whole API).
  rm -f "$out/parts/$part"/*.d.ts
done
