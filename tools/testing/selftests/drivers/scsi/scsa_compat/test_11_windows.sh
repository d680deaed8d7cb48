#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Data integrity through partial DMA windows (scsi_init_pkt(9F) with
# PKT_DMA_PARTIAL: pkt_resid > 0, the same pktp and bp moved to the next
# window until pkt_resid is 0), checked in the kernel by scsa_ktest on a
# scsa_vhba LUN (dev_size_mb=64) with two sets of limits:
#   A  max_sectors=64 sg_tablesize=8          (windows of at most 32 KiB)
#   B  max_sectors=2048 sg_tablesize=128 max_segment_size=4096
#                                             (at most 128 x 4 KiB)
# For each size 512, 1536, 4096, 65536, 66048, 1 MiB, 4 MiB, 16 MiB:
#   rw SIZE       vmalloc buffer (pages not physically contiguous)
#   rwk SIZE 0    kmalloc/kvmalloc buffer
#   rwk SIZE 1    the same, one byte off (the shim bounces it)
# each writes a pattern at LBA 0 window by window, reads it back the same
# way and compares.  The "N window(s)" lines of the ktest log are shown.
# Every transfer must take at least ceil(SIZE / W) windows, where W is the
# most one command can carry by the queue's limits
# (min(max_hw_sectors_kb, max_segments x max_segment_size)); so the 16 MiB
# transfers take many windows under both sets.
# Pass: every run passes and the window counts hold.  Fail: any does not.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

SIZES=${SIZES:-"512 1536 4096 65536 66048 1048576 4194304 16777216"}

# windows SIZE LABEL: check the "N window(s)" lines of the last ktest log
windows()
{
	_wi_n=$1
	_wi_l=$2
	_wi_min=$(((_wi_n + WMAX - 1) / WMAX))
	# "wrote 16777216 bytes in 512 window(s)" / "read ... window(s)"
	sed -nE 's/.*(wrote|read) ([0-9]+) bytes in ([0-9]+) window\(s\).*/\1 \2 \3/p' \
		"$KTEST_DBG/log" > "$SCSA_TMP/win" 2>/dev/null
	_wi_k=0
	while read -r _wi_dir _wi_b _wi_w; do
		_wi_k=$((_wi_k + 1))
		diag "  $_wi_l: $_wi_dir $_wi_b bytes in $_wi_w window(s)" \
			"(at least $_wi_min)"
		if [ "$_wi_b" != "$_wi_n" ] || [ "$_wi_w" -lt "$_wi_min" ]; then
			fail "$_wi_l: $_wi_dir $_wi_b of $_wi_n bytes in $_wi_w" \
				"window(s), fewer than $_wi_min allowed by the limits"
		fi
		if [ "$_wi_n" -eq 16777216 ] && [ "$_wi_w" -le 1 ]; then
			fail "$_wi_l: 16 MiB in $_wi_w window: no partial DMA"
		fi
	done < "$SCSA_TMP/win"
	if [ $_wi_k -ne 2 ]; then
		fail "$_wi_l: expected a 'wrote' and a 'read' window line, got $_wi_k"
		diag_file "$KTEST_DBG/log"
	fi
}

# one LABEL TEST HCTL SIZE [MISALIGN]
one()
{
	_on_l=$1
	shift
	_on_t0=$(now)
	if ktest "$@" > "$SCSA_TMP/kt.out" 2>&1; then
		pass "$_on_l: $* ($(($(now) - _on_t0)) s)"
		windows "$3" "$_on_l: $1 $3${4:+ +$4}"
	else
		fail "$_on_l: $* (${KTEST_ERRNO:-?}, after $(($(now) - _on_t0)) s)"
		diag_file "$SCSA_TMP/kt.out"
	fi
}

# set LABEL VHBA-PARAMS...: reload scsa_vhba with these limits, run all
limits_set()
{
	_ls_l=$1
	shift
	unload_mod scsa_vhba || { fail "$_ls_l: unload scsa_vhba"; return 1; }
	load_mod scsa_vhba dev_size_mb=64 "$@" ||
		{ fail "$_ls_l: insmod scsa_vhba $*"; return 1; }
	_ls_h=$(wait_hctl vhba 30) || { fail "$_ls_l: no scsa_vhba LUN"; return 1; }
	wait_attached "$_ls_h" scsa_ktest 30 ||
		{ fail "$_ls_l: scsa_ktest not attached to $_ls_h"; return 1; }
	wait_sd "$_ls_h" 30 > /dev/null
	_ls_kb=$(qlim "$_ls_h" max_hw_sectors_kb)
	_ls_sg=$(qlim "$_ls_h" max_segments)
	_ls_ss=$(qlim "$_ls_h" max_segment_size)
	diag "== $_ls_l: $_ls_h, scsa_vhba $*: max_hw_sectors_kb=$_ls_kb" \
		"max_segments=$_ls_sg max_segment_size=$_ls_ss"
	# the most one command can carry, from the queue (module params if
	# sysfs has nothing)
	WMAX=$((${_ls_kb:-$MS_KB} * 1024))
	_ls_w2=$((${_ls_sg:-$SG} * ${_ls_ss:-$SS}))
	[ "$_ls_w2" -lt "$WMAX" ] && WMAX=$_ls_w2
	diag "$_ls_l: at most $WMAX bytes per window"
	_ls_t0=$(now)
	for _ls_n in $SIZES; do
		one "$_ls_l" rw "$_ls_h" "$_ls_n"
		one "$_ls_l" rwk "$_ls_h" "$_ls_n" 0
		one "$_ls_l" rwk "$_ls_h" "$_ls_n" 1
	done
	diag "$_ls_l: done in $(($(now) - _ls_t0)) s"
}

load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_ktest || die "insmod scsa_ktest"

MS_KB=32 SG=8 SS=65536
limits_set "A (32 KiB, 8 segments)" max_sectors=64 sg_tablesize=8
MS_KB=1024 SG=128 SS=4096
limits_set "B (128 x 4 KiB segments)" max_sectors=2048 sg_tablesize=128 \
	max_segment_size=4096

[ -r "$VHBA_DBG/stats" ] && { diag "scsa_vhba stats:"; sed 's/^/#   /' "$VHBA_DBG/stats"; }
check "unload every module, newest first" unload_all
finish
