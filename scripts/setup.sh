#!/usr/bin/env bash
# Install everything the test command needs on a bare Debian machine.
# Idempotent: each step checks first and skips what is already installed,
# never what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

CBINDGEN_VERSION=0.29.4

log() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Debian packages -------------------------------------------------------
# rustc-web/cargo-web/rust-web-src/rust-web-llvm/lld-22: Rust 1.96, rust-lld (a link to lld-22), the std
# sources, used to build the wasm32 target with -Zbuild-std (rustup cannot
# add targets here). chromium: the browser test. valgrind, gcc, pkg-config:
# the C tests. g++: libFuzzer, which the fuzz smoke run builds. php8.2-cli,
# openjdk-17-jdk-headless, libjna-java: the host examples (tests/hosts.sh). openscap-scanner:
# the independent XCCDF scoring reference.
need_pkgs=()
for p in rustc-web cargo-web rust-web-src rust-web-llvm lld-22 chromium valgrind gcc g++ pkg-config gzip openscap-scanner python3 php8.2-cli openjdk-17-jdk-headless libjna-java; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "apt-get install ${need_pkgs[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}"
else
  log "Debian packages present"
fi

# --- Rust components (host toolchain) ---------------------------------------
for c in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
    log "rustup component add $c"
    rustup component add "$c"
  fi
done

# --- cbindgen (pinned) -----------------------------------------------------
if ! cbindgen --version 2>/dev/null | grep -q " $CBINDGEN_VERSION\$"; then
  log "cargo install cbindgen $CBINDGEN_VERSION"
  cargo install --locked cbindgen --version "$CBINDGEN_VERSION"
else
  log "cbindgen $CBINDGEN_VERSION present"
fi

# --- wasm-bindgen-cli: exactly the version in Cargo.lock -------------------
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
WB_VERSION=${WB_VERSION:-0.2.130}
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  log "cargo install wasm-bindgen-cli $WB_VERSION (a few minutes the first time)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
else
  log "wasm-bindgen-cli $WB_VERSION present"
fi

# --- npm packages for the Node, TypeScript and browser tests -------------
if [ -f tests/js/package.json ]; then
  if [ ! -d tests/js/node_modules ] || [ tests/js/package.json -nt tests/js/node_modules ]; then
    log "npm install (tests/js)"
    (cd tests/js && npm install --no-audit --no-fund --loglevel=error)
    touch tests/js/node_modules
  else
    log "npm packages present"
  fi
fi
log "done"
