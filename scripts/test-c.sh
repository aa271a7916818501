#!/usr/bin/env bash
# Builds the C library, installs it into a staging prefix with its header
# and pkg-config file (scripts/install-c.sh), then compiles the C tests and the README example
# with strict flags, once against the static and once against the shared
# library, and runs them (under valgrind: zero errors, zero leaks; the
# 16-thread test also under helgrind: no data race).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=$PWD/target/c-install
build=$PWD/target/c-tests
rm -rf "$prefix" "$build"
mkdir -p "$build"
# Installed as a packager would (the layout of cargo-c's cinstall).
scripts/install-c.sh --prefix "$prefix" >/dev/null
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"

# The README's example, exactly as written there.
awk '/^```c$/ {on=1; next} /^```$/ {on=0} on' ffi/README.md > "$build/readme_example.c"

CFLAGS="-std=c11 -Wall -Wextra -Wpedantic -Werror -g $(pkg-config --cflags iso9001)"
STATIC_LIBS="$prefix/lib/libiso9001.a $(pkg-config --static --libs-only-l iso9001 | sed 's/-liso9001//')"
SHARED_LIBS="$(pkg-config --libs iso9001) -Wl,-rpath,$prefix/lib"

VALGRIND=(valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,possible)

for src in tests/c/test_iso9001.c tests/c/threads.c "$build/readme_example.c"; do
  name=$(basename "$src" .c)
  # shellcheck disable=SC2086
  cc $CFLAGS -pthread -o "$build/$name-static" "$src" $STATIC_LIBS
  # shellcheck disable=SC2086
  cc $CFLAGS -pthread -o "$build/$name-shared" "$src" $SHARED_LIBS
done

# The shared build really uses the shared library.
# Not grep -q: under pipefail it can kill ldd with SIGPIPE.
ldd "$build/test_iso9001-shared" | grep "$prefix/lib/libiso9001.so.0" >/dev/null

for kind in static shared; do
  echo "-- $kind"
  "$build/test_iso9001-$kind"
  "${VALGRIND[@]}" "$build/test_iso9001-$kind" >/dev/null
  "$build/threads-$kind" 200
  "${VALGRIND[@]}" "$build/threads-$kind" 5 >/dev/null
  # One checker and one calendar shared by 16 threads: no data race.
  valgrind -q --tool=helgrind --error-exitcode=1 "$build/threads-$kind" 2 >/dev/null
  out=$("${VALGRIND[@]}" "$build/readme_example-$kind")
  case "$out" in
    *'"title":"Tri thức của tổ chức"'*) echo "readme example: ok" ;;
    *) echo "readme example printed: $out" >&2; exit 1 ;;
  esac
done
echo "C tests passed (static and shared, valgrind clean)"
