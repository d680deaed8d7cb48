# SPDX-License-Identifier: GPL-2.0
# shellcheck shell=bash
#
# lib.sh - helpers shared by kernel.sh and debug-kernel.sh (bash; sourced,
# not run).  Messages go to stderr, prefixed with the script's name: the
# callers' stdout is reserved for their KVER/KDIR/KIMG lines.

export DEBIAN_FRONTEND=noninteractive

log() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# as_root CMD...: run CMD as root (directly, or through sudo -n).
as_root() {
	if [[ $(id -u) -eq 0 ]]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo -n "$@"
	else
		die "need root for: $*"
	fi
}

# is_installed PKG: is the Debian package installed?
is_installed() {
	[[ $(dpkg-query -W -f='${Status}' -- "$1" 2>/dev/null) == \
	   "install ok installed" ]]
}

# has_candidate PKG: does apt know a version of PKG it could install?
has_candidate() {
	local cand
	cand=$(apt-cache policy -- "$1" 2>/dev/null |
	       awk '$1 == "Candidate:" && !c { c = $2 } END { print c }')
	[[ -n $cand && $cand != "(none)" ]]
}

# apt_update: apt-get update (as root).
apt_update() {
	log "running apt-get update"
	as_root apt-get update -q >&2 || die "apt-get update failed"
}

# install_missing PKG...: install those of the packages that are not
# installed yet; runs apt-get update first if one of them is unknown to apt.
install_missing() {
	local p missing=()
	for p in "$@"; do
		is_installed "$p" || missing+=("$p")
	done
	((${#missing[@]})) || return 0
	for p in "${missing[@]}"; do
		if ! has_candidate "$p"; then
			log "$p unknown to apt"
			apt_update
			break
		fi
	done
	log "installing: ${missing[*]}"
	as_root apt-get install -y -q --no-install-recommends -- \
		"${missing[@]}" >&2 || die "apt-get install failed"
}
