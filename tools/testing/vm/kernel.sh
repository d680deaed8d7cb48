#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# kernel.sh SERIES - fetch the newest Debian kernel of a series for VM tests.
#
# SERIES is 6.1 (linux-image-6.1.0-N-amd64) or 6.12
# (linux-image-6.12.N+deb12-amd64, bookworm-security).  The ABI is resolved
# with apt at run time.  Installs the host tools the VM harness needs and
# the matching linux-headers package, downloads the linux-image .deb and
# extracts it (no installation) into
#   ${SCSA_CACHE:-/var/cache/scsa-compat}/kernels/<kver>/
#
# stdout: exactly three lines, for eval:
#   KVER=<kver>
#   KDIR=/usr/src/linux-headers-<kver>
#   KIMG=<cache dir>
# Everything else goes to stderr.
#
# Environment: SCSA_CACHE (cache root), SCSA_APT_MAX_AGE (seconds after
# which the apt lists are refreshed, default 86400).

set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$HERE/lib.sh"

readonly HOST_PACKAGES=(qemu-system-x86 busybox-static fio sg3-utils cpio kmod
			gzip xz-utils zstd)

CACHE=${SCSA_CACHE:-/var/cache/scsa-compat}
APT_MAX_AGE=${SCSA_APT_MAX_AGE:-86400}
STAMP="$CACHE/apt-update.stamp"
TMPD=

cleanup() {
	if [[ -n $TMPD && -d $TMPD ]]; then
		rm -rf -- "$TMPD"
	fi
}
trap cleanup EXIT

usage() {
	echo "usage: $0 6.1|6.12" >&2
	exit 2
}

[[ $# -eq 1 ]] || usage
SERIES=$1
case $SERIES in
6.1)
	PREFIX=linux-image-6.1.0-
	REGEX='^linux-image-6\.1\.0-[0-9]+-amd64$'
	;;
6.12)
	PREFIX=linux-image-6.12.
	REGEX='^linux-image-6\.12\.[0-9]+\+deb12-amd64$'
	;;
*)
	usage
	;;
esac

# apt-get update, and remember when (apt_lists_age).
apt_refresh() {
	apt_update
	if mkdir -p -- "$CACHE" 2>/dev/null; then
		touch -- "$STAMP" 2>/dev/null || true
	fi
}

# Age in seconds of the newest of: our stamp, the apt lists directory.
apt_lists_age() {
	local newest=0 t f
	for f in "$STAMP" /var/lib/apt/lists /var/lib/apt/lists/*_InRelease \
		 /var/lib/apt/lists/*_Release; do
		[[ -e $f ]] || continue
		t=$(stat -c %Y -- "$f")
		((t > newest)) && newest=$t
	done
	echo $(($(date +%s) - newest))
}

# Newest linux-image-<kver> of the series whose image and headers both have
# an install candidate.  Prints the package name or nothing.
newest_image() {
	local pkg kver
	while IFS= read -r pkg; do
		kver=${pkg#linux-image-}
		if has_candidate "$pkg" && has_candidate "linux-headers-$kver"; then
			echo "$pkg"
			return 0
		fi
	done < <(apt-cache pkgnames "$PREFIX" 2>/dev/null |
		 grep -E -- "$REGEX" | sort -Vr)
	return 0
}

# --- resolve the ABI ---------------------------------------------------------

updated=0
if (($(apt_lists_age) > APT_MAX_AGE)); then
	apt_refresh
	updated=1
fi
IMGPKG=$(newest_image)
if [[ -z $IMGPKG && $updated -eq 0 ]]; then
	log "no $SERIES kernel candidates known to apt"
	apt_refresh
	IMGPKG=$(newest_image)
fi
[[ -n $IMGPKG ]] || die "no linux-image package found for series $SERIES"
KVER=${IMGPKG#linux-image-}
HDRPKG=linux-headers-$KVER
log "series $SERIES: newest ABI is $KVER"

# --- host packages -----------------------------------------------------------

install_missing "${HOST_PACKAGES[@]}" "$HDRPKG"
KDIR=/usr/src/linux-headers-$KVER
[[ -f $KDIR/Makefile ]] || die "$KDIR/Makefile missing after installing $HDRPKG"

# --- kernel image --------------------------------------------------------------

KIMG=$CACHE/kernels/$KVER
if [[ ! -f $KIMG/.complete ]]; then
	mkdir -p -- "$CACHE/kernels" || die "cannot create $CACHE/kernels"
fi

if [[ ! -f $KIMG/.complete ]]; then
	# Serialise concurrent extractions into the same cache.
	exec 9>"$CACHE/kernels/.lock" || die "cannot lock $CACHE/kernels"
	flock 9
fi
if [[ -f $KIMG/.complete ]]; then
	log "cached: $KIMG"
else
	TMPD=$(mktemp -d -- "$CACHE/kernels/.tmp.XXXXXX")
	chmod 755 -- "$TMPD"
	mkdir -- "$TMPD/deb" "$TMPD/root"
	# Let apt's _apt sandbox user write the .deb (avoids a warning).
	if [[ $(id -u) -eq 0 ]] && id _apt >/dev/null 2>&1; then
		chown _apt -- "$TMPD/deb"
	fi
	log "downloading $IMGPKG"
	(cd -- "$TMPD/deb" && apt-get download -q -- "$IMGPKG" >&2) ||
		die "apt-get download $IMGPKG failed"
	debs=("$TMPD"/deb/"${IMGPKG}"_*.deb)
	[[ -f ${debs[0]} ]] || die "downloaded .deb not found"
	log "extracting ${debs[0]##*/}"
	dpkg-deb -x "${debs[0]}" "$TMPD/root" || die "dpkg-deb -x failed"
	# Debian ships modules under lib/ or usr/lib/ depending on the release.
	moddir=
	for d in "$TMPD/root/lib/modules/$KVER" "$TMPD/root/usr/lib/modules/$KVER"; do
		[[ -d $d ]] && moddir=$d && break
	done
	[[ -n $moddir ]] || die "no lib/modules/$KVER in $IMGPKG"
	if [[ ! -e $TMPD/root/lib/modules ]]; then
		mkdir -p -- "$TMPD/root/lib"
		ln -s ../usr/lib/modules "$TMPD/root/lib/modules"
	fi
	[[ -f $TMPD/root/boot/vmlinuz-$KVER ]] ||
		die "no boot/vmlinuz-$KVER in $IMGPKG"
	# The .deb ships no modules.dep/alias/...: depmod runs in postinst.
	log "running depmod for the extracted tree"
	depmod -b "$TMPD/root" "$KVER" >&2 || die "depmod failed"
	rm -rf -- "$KIMG"
	mv -- "$TMPD/root" "$KIMG"
	touch -- "$KIMG/.complete"
	log "extracted to $KIMG"
fi

printf 'KVER=%s\nKDIR=%s\nKIMG=%s\n' "$KVER" "$KDIR" "$KIMG"
