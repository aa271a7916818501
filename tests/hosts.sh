#!/usr/bin/env bash
# Installs the C library into a temporary prefix the way a packager would
# (scripts/install-c.sh, with DESTDIR), compiles the README's C program
# against it with pkg-config, and runs the Java, PHP and Python examples
# of examples/hosts/ against it: all print examples/hosts/expected.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=/opt/iso9001
stage=$tmp/stage
scripts/install-c.sh --prefix "$prefix" --destdir "$stage" --tarball
lib=$stage$prefix/lib
test -L "$lib/libiso9001.so" && test -f "$lib/libiso9001.a" && test -f "$stage$prefix/include/iso9001/iso9001.h"
# The .pc file names the final prefix; pkg-config finds the staged copy.
export PKG_CONFIG_PATH=$lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$stage

# The README's C program, exactly as written there.
awk '/^## From C, Java, PHP and Python/ {on=1} on && /^```c$/ {c=1; next} c && /^```$/ {exit} c' README.md > "$tmp/report.c"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Werror "$tmp/report.c" $(pkg-config --cflags --libs iso9001) -Wl,-rpath,"$lib" -o "$tmp/report"
out=$("$tmp/report")
case "$out" in
  '{"passed":false'*'"rule":"DOC-002"'*) echo "C program from the README: ok" ;;
  *) echo "C program printed: $out" >&2; exit 1 ;;
esac
# It loads the installed library by its soname.
ldd "$tmp/report" | grep "libiso9001.so.0" >/dev/null # not -q (pipefail)

expected=examples/hosts/expected.txt
check() {
  local name=$1; shift
  if diff -u "$expected" <("$@"); then echo "$name example: ok"; else echo "$name example differs" >&2; exit 1; fi
}
export ISO9001_LIB=$lib/libiso9001.so
check Python python3 examples/hosts/python/example.py "$PWD"
check PHP php examples/hosts/php/example.php "$PWD"
javac -encoding UTF-8 -cp /usr/share/java/jna.jar -d "$tmp/java" examples/hosts/java/*.java
check Java java -Dfile.encoding=UTF-8 -Djna.library.path="$lib" -cp "$tmp/java:/usr/share/java/jna.jar" Example "$PWD"
