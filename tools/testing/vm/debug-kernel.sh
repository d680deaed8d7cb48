#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# debug-kernel.sh - build (once) the debug test kernel for VM tests.
#
# Builds Debian's linux-source-6.1 with `make ARCH=x86_64 tinyconfig` plus
# the fragment debug.config (KASAN, lockdep, kmemleak, DMA-API debugging,
# debug objects, fault injection, KUnit; see that file), and caches the
# result in
#   ${SCSA_CACHE:-/var/cache/scsa-compat}/debug-kernels/<src version>-<hash>/
#     src/     the configured and built tree: KDIR for `make -C src M=...`
#     img/     boot/vmlinuz-<kver>, lib/modules/<kver>/ (with modules.dep):
#              the layout run-vm.sh --kimg expects
#     build.log
#     .complete
# <hash> is the first 12 hex digits of the sha256 of debug.config, so
# editing the fragment or a new linux-source-6.1 upload gives a new build.
# Only the first run builds (about 10 minutes on 2 CPUs, under nice).
#
# stdout: exactly three lines, for eval:
#   KVER=<kver>
#   KDIR=<cache dir>/src
#   KIMG=<cache dir>/img
# Everything else goes to stderr.
#
# Environment: SCSA_CACHE (cache root), SCSA_JOBS (make -j, default nproc).

set -euo pipefail

readonly SRC_PACKAGE=linux-source-6.1
readonly TARBALL=/usr/src/linux-source-6.1.tar.xz
readonly BUILD_PACKAGES=(build-essential bc bison flex libelf-dev libssl-dev
			 cpio xz-utils rsync kmod "$SRC_PACKAGE")

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"
FRAGMENT=$HERE/debug.config
CACHE=${SCSA_CACHE:-/var/cache/scsa-compat}
JOBS=${SCSA_JOBS:-$(nproc)}
TMPD=
LOGFILE=

cleanup() {
	if [[ -n $TMPD && -d $TMPD ]]; then
		rm -rf -- "$TMPD"
	fi
}
trap cleanup EXIT

[[ $# -eq 0 ]] || { echo "usage: $0" >&2; exit 2; }
[[ -f $FRAGMENT ]] || die "$FRAGMENT missing"

# --- host packages -------------------------------------------------------------

install_missing "${BUILD_PACKAGES[@]}"
[[ -f $TARBALL ]] || die "$TARBALL missing after installing $SRC_PACKAGE"
SRCVER=$(dpkg-query -W -f='${Version}' -- "$SRC_PACKAGE")
[[ -n $SRCVER ]] || die "cannot read the $SRC_PACKAGE version"

# --- cache directory -------------------------------------------------------------

HASH=$(sha256sum -- "$FRAGMENT" | cut -c1-12)
TOPD=$CACHE/debug-kernels
DIR=$TOPD/${SRCVER//[^A-Za-z0-9.+-]/_}-$HASH
mkdir -p -- "$TOPD" || die "cannot create $TOPD"

emit() {	# emit DIR: print the three result lines
	local kver
	kver=$(<"$1/src/include/config/kernel.release")
	[[ -n $kver && -f $1/img/boot/vmlinuz-$kver ]] ||
		die "$1 is marked complete but has no vmlinuz-$kver"
	printf 'KVER=%s\nKDIR=%s\nKIMG=%s\n' "$kver" "$1/src" "$1/img"
}

if [[ -f $DIR/.complete ]]; then
	log "cached: $DIR"
	emit "$DIR"
	exit 0
fi

# Serialise concurrent callers: the second one waits, then finds .complete.
exec 9>"$TOPD/.lock"
if ! flock -n 9; then
	log "another build holds $TOPD/.lock: waiting"
	flock 9
fi
if [[ -f $DIR/.complete ]]; then
	log "cached (built by a concurrent run): $DIR"
	emit "$DIR"
	exit 0
fi

# --- build -----------------------------------------------------------------------

log "building $SRC_PACKAGE $SRCVER with debug.config ($HASH) in $DIR"
log "this takes about 10 minutes on 2 CPUs; log: $DIR/build.log"
rm -rf -- "$DIR"
mkdir -p -- "$DIR"
LOGFILE=$DIR/build.log
: >"$LOGFILE"
start=$SECONDS

fail() {
	log "error: $*"
	if [[ -s $LOGFILE ]]; then
		log "last 40 lines of $LOGFILE:"
		tail -n 40 -- "$LOGFILE" >&2
	fi
	exit 1
}

step() {	# step DESCRIPTION COMMAND...: run in src/, output to the log
	local what=$1
	shift
	log "$what"
	printf '\n### %s: %s\n' "$what" "$*" >>"$LOGFILE"
	(cd -- "$DIR/src" && "$@") >>"$LOGFILE" 2>&1 || fail "$what failed"
}

TMPD=$(mktemp -d -- "$DIR/.unpack.XXXXXX")
log "unpacking $TARBALL"
tar -xJf "$TARBALL" -C "$TMPD" >>"$LOGFILE" 2>&1 || fail "tar -x failed"
shopt -s nullglob
trees=("$TMPD"/*/Makefile)
shopt -u nullglob
[[ ${#trees[@]} -eq 1 ]] || fail "unexpected layout of $TARBALL"
mv -- "${trees[0]%/Makefile}" "$DIR/src"
rm -rf -- "$TMPD"
TMPD=

MK=(nice -n 10 make ARCH=x86_64)
cp -- "$FRAGMENT" "$DIR/debug.config"
step "make tinyconfig" "${MK[@]}" tinyconfig
step "merging debug.config" scripts/kconfig/merge_config.sh -m .config \
	"$DIR/debug.config"
step "make olddefconfig" "${MK[@]}" olddefconfig

# Every symbol of the fragment must have the requested value: merge_config
# and olddefconfig silently drop symbols whose dependencies are not met.
log "checking the configuration against debug.config"
bad=$(awk '
	FNR == NR {
		if (match($0, /^CONFIG_[A-Za-z0-9_]+=/)) {
			sym = substr($0, 1, RLENGTH - 1)
			want[sym] = substr($0, RLENGTH + 1)
		} else if (match($0, /^# CONFIG_[A-Za-z0-9_]+ is not set$/)) {
			sym = $2
			want[sym] = "n"
		} else {
			next
		}
		if (!(sym in seen))
			order[++n] = sym
		seen[sym] = 1
		next
	}
	match($0, /^CONFIG_[A-Za-z0-9_]+=/) {
		have[substr($0, 1, RLENGTH - 1)] = substr($0, RLENGTH + 1)
	}
	END {
		for (i = 1; i <= n; i++) {
			s = order[i]
			h = (s in have) ? have[s] : "n"
			if (h != want[s])
				printf "  %s: wanted %s, got %s\n", s, want[s], h
		}
	}' "$DIR/debug.config" "$DIR/src/.config")
if [[ -n $bad ]]; then
	log "error: symbols of debug.config not applied (missing dependencies?):"
	printf '%s\n' "$bad" >&2
	log "the resulting configuration is $DIR/src/.config"
	exit 1
fi

step "make -j$JOBS bzImage modules" "${MK[@]}" -j"$JOBS" bzImage modules
KVER=$(cd -- "$DIR/src" && make -s ARCH=x86_64 kernelrelease 2>>"$LOGFILE") ||
	fail "make kernelrelease failed"
[[ -n $KVER ]] || fail "empty kernel release"
step "make modules_install" "${MK[@]}" modules_install \
	INSTALL_MOD_PATH="$DIR/img" INSTALL_MOD_STRIP=1
[[ -f $DIR/img/lib/modules/$KVER/modules.dep ]] ||
	fail "no modules.dep in $DIR/img/lib/modules/$KVER"
# The installed tree points back at the build tree; run-vm.sh needs neither.
rm -f -- "$DIR/img/lib/modules/$KVER/build" "$DIR/img/lib/modules/$KVER/source"
mkdir -p -- "$DIR/img/boot"
cp -- "$DIR/src/arch/x86/boot/bzImage" "$DIR/img/boot/vmlinuz-$KVER"
cp -- "$DIR/src/.config" "$DIR/img/boot/config-$KVER"
cp -- "$DIR/src/System.map" "$DIR/img/boot/System.map-$KVER"
touch -- "$DIR/.complete"
log "built $KVER in $((SECONDS - start)) s"
emit "$DIR"
