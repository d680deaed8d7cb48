#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The scsi_init_pkt(9F) contract (and scsi_pktalloc(9F), get_pktiopb(9F),
# scsi_dmaget(9F)) checked in the kernel by scsa_ktest, on three host
# adapters: the scsa_vhba LUN, the QEMU virtio-scsi disk and scsi_debug
# (dev_size_mb=32).  On each LUN:
#   errors      failure contract: DDI_DMA_TOOBIG -> B_ERROR/EINVAL,
#               DDI_DMA_NOMAPPING -> B_ERROR/EFAULT, PKT_DMA_PARTIAL binds
#               the same buffer with pkt_resid > 0, b_bcount 0, cmdlen,
#               statuslen, privatelen (zeroed pkt_private), PKT_XARQ
#   dmafree     partial windows until pkt_resid 0, no window past the last
#               (packet kept), scsi_dmafree then rebind from the start
#   obsolete    scsi_pktalloc/scsi_dmaget/scsi_dmafree/scsi_pktfree,
#               scsi_resalloc/scsi_resfree, get_pktiopb/free_pktiopb
#   consistent  scsi_alloc_consistent_buf + PKT_CONSISTENT (Example 4)
#   check       CHECK CONDITION with ARQ, statuslen 1, PKT_XARQ
#   poll        scsi_poll of TEST UNIT READY
#   inquiry     INQUIRY through scsi_init_pkt/scsi_transport (+ vendor)
#   readcap     READ CAPACITY(10)/(16) (+ expected block count)
#   rwk         kernel buffer (kmalloc/kvmalloc) through PKT_DMA_PARTIAL
#               windows: 512 and 1048576 bytes at misalignment 0, 1, 3
#   uphys       B_PHYS user buffer: 65536 at offset 0 and 100, 1048576
# Every ktest run is one "# ok:" or "# FAIL:" line; the ktest log is
# printed only for a failed run.
# Pass: every run passes and the modules unload.  Fail: any run fails.
# Skip (4): scsi_debug not loadable and the vhba and virtio parts passed.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

# run_kt LABEL TEST HCTL [ARGS...]: one ktest run, one result line;
# its log only when it failed.
run_kt()
{
	_rk_l=$1
	shift
	_rk_t0=$(now)
	if ktest "$@" > "$SCSA_TMP/kt.out" 2>&1; then
		pass "$_rk_l: $* ($(($(now) - _rk_t0)) s)"
	else
		fail "$_rk_l: $* (${KTEST_ERRNO:-?}, after $(($(now) - _rk_t0)) s)"
		diag_file "$SCSA_TMP/kt.out"
	fi
}

# qlims HCTL: the queue limits of HCTL's Linux disk, for the log
qlims()
{
	for _qs_b in /sys/class/scsi_device/"$1"/device/block/*; do
		[ -d "$_qs_b/queue" ] || continue
		_qs_o=""
		for _qs_n in max_hw_sectors_kb max_segments max_segment_size; do
			_qs_v=""
			read -r _qs_v 2>/dev/null < "$_qs_b/queue/$_qs_n"
			_qs_o="$_qs_o $_qs_n=$_qs_v"
		done
		printf '%s\n' "${_qs_o# }"
		return 0
	done
	echo "(no sd disk)"
}

# suite LABEL HCTL VENDOR BLOCKS: the whole set on one LUN
suite()
{
	_su_l=$1
	_su_h=$2
	if ! wait_attached "$_su_h" scsa_ktest 30; then
		fail "$_su_l: scsa_ktest not attached to $_su_h"
		show_attachments
		return 1
	fi
	diag "== $_su_l: $_su_h (vendor $3, $4 blocks): $(qlims "$_su_h")"
	_su_t0=$(now)
	for _su_t in errors dmafree obsolete consistent check poll; do
		run_kt "$_su_l" "$_su_t" "$_su_h"
	done
	run_kt "$_su_l" inquiry "$_su_h" "$3"
	run_kt "$_su_l" readcap "$_su_h" "$4"
	for _su_n in 512 1048576; do
		for _su_m in 0 1 3; do
			run_kt "$_su_l" rwk "$_su_h" "$_su_n" "$_su_m"
		done
	done
	run_kt "$_su_l" uphys "$_su_h" 65536 0
	run_kt "$_su_l" uphys "$_su_h" 65536 100
	run_kt "$_su_l" uphys "$_su_h" 1048576 0
	diag "$_su_l: done in $(($(now) - _su_t0)) s"
}

load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_ktest || die "insmod scsa_ktest"
check "debugfs scsa_ktest/run exists" [ -e "$KTEST_DBG/run" ]

# ---- scsa_vhba, default 64 MiB of 512-byte sectors
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
suite vhba "$VHBA" SCSAVHBA $((64 * 1024 * 1024 / 512))

# ---- virtio-scsi
if VIRTIO=$(hctl_of_virtio); then
	VB=$(sd_blocks "$VIRTIO") || VB=""
	if [ -n "$VB" ]; then
		suite virtio "$VIRTIO" QEMU "$VB"
	else
		fail "virtio $VIRTIO: no sd disk to read its size from"
	fi
else
	fail "no virtio-scsi disk (the contract promises one)"
fi

# ---- scsi_debug, 32 MiB of 512-byte sectors
SDEBUG=1
if load_scsi_debug dev_size_mb=32; then
	if SD=$(wait_hctl scsi_debug 30); then
		suite scsi_debug "$SD" Linux $((32 * 1024 * 1024 / 512))
	else
		fail "scsi_debug loaded but no LUN found"
	fi
else
	diag "scsi_debug not loadable: its part is left out"
	SDEBUG=0
fi

a=$(stat_of "$COMPAT_DBG/stats" pkts_allocated)
f=$(stat_of "$COMPAT_DBG/stats" pkts_freed)
diag "scsa_compat stats: pkts_allocated=$a pkts_freed=$f" \
	"pkts_transported=$(stat_of "$COMPAT_DBG/stats" pkts_transported)" \
	"pkts_completed=$(stat_of "$COMPAT_DBG/stats" pkts_completed)"
check "every packet freed ($a allocated, $f freed)" [ "$a" = "$f" ]

# reverse order of loading: scsi_debug, scsa_ktest, scsa_vhba, scsa_compat
check "unload every module, newest first" unload_all

[ "$SCSA_FAILED" -eq 0 ] && [ $SDEBUG -eq 0 ] &&
	skip "scsi_debug not loadable (vhba and virtio parts passed)"
finish
