#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# SCSA control interfaces and DDI items (issue 6), through scsa_ktest:
#   cap        scsi_ifgetcap/scsi_ifsetcap on the scsa_vhba LUN, loaded
#              with max_sectors=64: dma-max must be 32768 bytes (and equal
#              sd's max_sectors_kb), max-cdb-length 16 (the vhba's
#              max_cmd_len); every capability string answers as documented
#              (whom 0, read-only 0, undefined -1, settable ones read
#              back); the same on the virtio-scsi disk and a scsi_debug
#              LUN, dma-max cross-checked with their max_sectors_kb
#              (in KiB; the shim caps dma-max at 1 GiB)
#   abort      a command the vhba drops (drop_next) is ended by
#              scsi_abort(ap, pkt): CMD_ABORTED + STAT_ABORTED
#   abort_all  two dropped commands, scsi_abort(ap, NULL): both aborted
#   reset lun|target|all
#              a dropped command is ended by scsi_reset: CMD_RESET +
#              STAT_DEV_RESET (STAT_BUS_RESET for RESET_ALL); RESET_LUN
#              returns 0 while "lun-reset" is 0; the vhba counted the
#              resets
#   reset_ctx  scsi_reset fails (0) where Linux cannot reset: a timeout()
#              handler, a spin kmutex_t held; resets (1) with an adaptive
#              kmutex_t held
#   ddi_sync   mutex_tryenter, mutex_owned, cv_timedwait, KM_NOSLEEP
#   ddi_copy   ddi_copyin/ddi_copyout, FKIOCTL and user memory, faults
#   bp_mapin   bp_mapin/bp_mapout of B_PAGEIO bufs
# Pass: every ktest passes; the device still answers afterwards.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba max_sectors=64
[ -w "$VHBA_DBG/drop_next" ] || die "no writable $VHBA_DBG/drop_next"

# dma-max in bytes as Linux sees the LUN: max_sectors_kb of its disk (what
# sd sends at most, the bound of the shim's windows too)
hw_bytes()
{
	_hb_sd=$(wait_sd "$1" 30) || { echo -; return; }
	_hb_kb=$(cat "/sys/block/${_hb_sd##*/}/queue/max_sectors_kb" 2>/dev/null)
	[ -n "$_hb_kb" ] && echo $((_hb_kb * 1024)) || echo -
}

HW=$(hw_bytes "$VHBA")
check "sd agrees: max_sectors_kb of the vhba disk is 32 KiB ($HW)" [ "$HW" = 32768 ]
ktest_pass "getcap/setcap on the vhba LUN (dma-max 32768, max-cdb-length 16)" \
	cap "$VHBA" 32768 16

if VIRT=$(wait_hctl virtio 10) && wait_attached "$VIRT" scsa_ktest 30; then
	ktest_pass "getcap/setcap on the virtio-scsi LUN $VIRT" \
		cap "$VIRT" "$(hw_bytes "$VIRT")"
else
	diag "no virtio-scsi disk with scsa_ktest attached: not tested"
fi
if load_scsi_debug && SDBG=$(wait_hctl scsi_debug 30) &&
   wait_attached "$SDBG" scsa_ktest 30; then
	ktest_pass "getcap/setcap on the scsi_debug LUN $SDBG" \
		cap "$SDBG" "$(hw_bytes "$SDBG")"
	unload_mod scsi_debug
else
	diag "no scsi_debug LUN: not tested"
fi

ab0=$(stat_of "$VHBA_DBG/stats" aborts)
rs0=$(stat_of "$VHBA_DBG/stats" resets)

KTEST_TIMEOUT=200
echo 1 > "$VHBA_DBG/drop_next" || fail "arming drop_next"
ktest_pass "scsi_abort of a packet in transport: CMD_ABORTED" abort "$VHBA"
echo 2 > "$VHBA_DBG/drop_next" || fail "arming drop_next"
ktest_pass "scsi_abort(ap, NULL) ends both packets in transport" abort_all "$VHBA"
ab1=$(stat_of "$VHBA_DBG/stats" aborts)
check "the vhba's abort handler ran 3 times ($ab0 -> $ab1)" \
	[ "${ab1:-0}" -ge $((${ab0:-0} + 3)) ]

for lvl in lun target all; do
	echo 1 > "$VHBA_DBG/drop_next" || fail "arming drop_next"
	ktest_pass "scsi_reset $lvl: the packet in transport ends with CMD_RESET" \
		reset "$VHBA" "$lvl"
done
echo 0 > "$VHBA_DBG/drop_next"
rs1=$(stat_of "$VHBA_DBG/stats" resets)
check "the vhba performed the 3 resets ($rs0 -> $rs1)" \
	[ "${rs1:-0}" -ge $((${rs0:-0} + 3)) ]
ktest_pass "scsi_reset fails (0) where Linux cannot reset, works under an adaptive mutex" reset_ctx "$VHBA"
KTEST_TIMEOUT=150

ktest_pass "mutex_tryenter, mutex_owned, cv_timedwait, KM_NOSLEEP" ddi_sync "$VHBA"
ktest_pass "ddi_copyin/ddi_copyout (FKIOCTL and user memory)" ddi_copy "$VHBA"
ktest_pass "bp_mapin/bp_mapout of B_PAGEIO bufs" bp_mapin "$VHBA"
ktest_pass "inquiry at the end: the LUN still works" inquiry "$VHBA" SCSAVHBA

diag "scsa_vhba stats:"
sed 's/^/#   /' "$VHBA_DBG/stats" 2>/dev/null
finish
