#!/usr/bin/env bash
# Installs the C library the way cargo-c (`cargo cinstall`) lays it out,
# under any prefix, for packagers and for `pkg-config --cflags --libs
# iso9001`:
#   $DESTDIR$PREFIX/lib/libiso9001.a
#   $DESTDIR$PREFIX/lib/libiso9001.so.0.1.0, .so.0.1 (the soname), .so
#   $DESTDIR$PREFIX/include/iso9001/iso9001.h
#   $DESTDIR$PREFIX/lib/pkgconfig/iso9001.pc
# Usage: scripts/install-c.sh [--prefix /usr/local] [--destdir DIR] [--tarball]
# --tarball also writes target/dist/iso9001-<version>-<target>.tar.gz of
# the installed tree (prefix /usr/local unless given).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local
destdir=${DESTDIR:-}
tarball=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#*=}; shift ;;
    --destdir) destdir=$2; shift 2 ;;
    --destdir=*) destdir=${1#*=}; shift ;;
    --tarball) tarball=1; shift ;;
    *) echo "install-c.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

cargo build -q -p iso9001-ffi --release
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
major=${version%%.*}
rest=${version#*.}
minor=${rest%%.*}
# cargo-c's rule: below 1.0 the soname carries major.minor.
if [ "$major" = 0 ]; then soversion=0.$minor; else soversion=$major; fi
so=libiso9001.so
real=$so.$version
soname=$so.$soversion
if ! readelf -d target/release/$so | grep "SONAME.*\[$soname\]" >/dev/null; then
  echo "install-c.sh: target/release/$so lacks the soname $soname (ffi/build.rs)" >&2
  exit 1
fi

root=$destdir$prefix
install -d "$root/lib/pkgconfig" "$root/include/iso9001"
install -m 644 target/release/libiso9001.a "$root/lib/"
install -m 755 target/release/$so "$root/lib/$real"
ln -sf "$real" "$root/lib/$soname"
ln -sf "$soname" "$root/lib/$so"
install -m 644 bindings/c/iso9001.h "$root/include/iso9001/"
sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" bindings/c/iso9001.pc.in \
  > "$root/lib/pkgconfig/iso9001.pc"
echo "installed iso9001 $version into $root"

if [ "$tarball" = 1 ]; then
  triple=$(rustc -vV | sed -n 's/^host: //p')
  mkdir -p target/dist
  out=$PWD/target/dist/iso9001-$version-$triple.tar.gz
  (cd "${destdir:-/}" && tar -czf "$out" "${prefix#/}")
  echo "tarball: $out"
fi
