#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The resource contract (issue 4): SLEEP_FUNC, NULL_FUNC and the runout
# callback list, driven through the vhba's finite DMA windows ("map
# registers", debugfs map_registers) and its allocation fault injection
# (debugfs fail_alloc "N transient|permanent").
#   runout        transient vs permanent, callback deferred to another
#                 thread where it cannot sleep, a mutex held by the caller
#                 taken in the callback, NULL_FUNC and SLEEP_FUNC under a
#                 spinlock, SLEEP_FUNC blocked then released
#   runout_order  first-come order with 4 threads registering, coalescing
#   (runout_stress, 100,000 cycles, is test_17_runout_stress.sh: it
#   needs a time budget of its own)
#   cancellation  a queued callback is cancelled when its instance detaches
#                 (device delete) and when its module unloads, and a
#                 running one is waited for
#   runout_mem    (kernels with failslab) one injected failure of the
#                 packet allocation with nothing in flight: the callback
#                 still runs (no release will ever come)
# Pass: every ktest passes and the kernel log stays clean.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_ktest || die "insmod scsa_ktest"

VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
VIRTIO=$(wait_hctl virtio 30) || die "no virtio-scsi LUN"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not attach to $VHBA"
wait_attached "$VIRTIO" scsa_ktest 30 || die "scsa_ktest did not attach to $VIRTIO"
MR=$VHBA_DBG/map_registers
FA=$VHBA_DBG/fail_alloc
{ [ -w "$MR" ] && [ -w "$FA" ]; } || die "no vhba map_registers/fail_alloc"
# the vhba counts windows only when it registered with scsa_compat
grep -q '^windows_in_use' "$VHBA_DBG/stats" || die "vhba has no window stats"

echo 4 > "$MR"
ktest_pass "callback contract with 4 windows" runout "$VHBA" 4
echo "1 permanent" > "$FA"
ktest_pass "permanent failure even with SLEEP_FUNC" runout_perm "$VHBA"
echo 0 > "$MR"
echo "3 transient" > "$FA"
ktest_pass "a callback that re-registers from inside itself" \
	runout_rereg "$VHBA"
echo "0 transient" > "$FA"
echo 2 > "$MR"
ktest_pass "first-come order, 4 threads x 64, and coalescing" \
	runout_order "$VHBA" 2 4 64
echo 0 > "$MR"
diag "vhba stats:"
sed 's/^/#   /' "$VHBA_DBG/stats" 2>/dev/null
check "no window left in use" [ "$(stat_of "$VHBA_DBG/stats" windows_in_use)" = 0 ]

# -- cancellation at detach: queue a callback for the vhba instance,
#    delete the device, then free resources: the callback must not run
echo "1 transient" > "$FA"
ktest_pass "callback left queued" runout_leave "$VHBA"
echo 1 > "/sys/class/scsi_device/$VHBA/device/delete"
wait_detached "$VHBA" scsa_ktest 30 || fail "$VHBA not detached"
echo 0 > "$MR"	# a release: runs the list
ktest_pass "callback of a detached instance never ran" runout_count "$VIRTIO" 0

# -- cancellation at unload: the same, then unload the driver
H=$(host_of "$VHBA")
echo "- - -" > "/sys/class/scsi_host/host$H/scan"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN after rescan"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not reattach"
echo "1 transient" > "$FA"
ktest_pass "callback left queued again" runout_leave "$VHBA"
check "unload scsa_ktest with a queued callback" unload_mod scsa_ktest
echo 0 > "$MR"	# would call into the unloaded module without cancellation
sleep 1

# -- a running callback is waited for: a slow one (500 ms) is running
#    when the module unloads
load_mod scsa_ktest || die "reload scsa_ktest"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not reattach"
echo "1 transient" > "$FA"
ktest_pass "slow callback left queued" runout_leave "$VHBA" 500
echo 0 > "$MR"	# starts the run: the callback spins 500 ms
check "unload scsa_ktest while its callback runs" unload_mod scsa_ktest
sleep 1
check "scsa_compat still loaded" mod_loaded scsa_compat

# -- a memory shortage with nothing in flight: no release will ever come,
#    the callback must run anyway.  Debug lane only: its kernel has
#    CONFIG_FAILSLAB and boots with slub_debug=A,scsa_pkt (failslab may hit
#    the shim's packet cache); one failure of a non-sleeping allocation from
#    that cache is injected (failslab cache-filter, times 1).
FS=$DBGFS/failslab
SL=/sys/kernel/slab/scsa_pkt
if [ -w "$FS/cache-filter" ] && [ "$(cat "$SL/failslab" 2>/dev/null)" = 1 ]; then
	load_mod scsa_ktest || die "reload scsa_ktest"
	wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not reattach"
	echo Y > "$FS/cache-filter"
	echo 0 > "$FS/verbose"
	echo Y > "$FS/ignore-gfp-wait"
	echo 1 > "$FS/times"
	echo 100 > "$FS/probability"
	ktest_pass "memory shortage: callback runs with nothing released" \
		runout_mem "$VHBA"
	echo 0 > "$FS/probability"
	_ms=$(stat_of "$COMPAT_DBG/stats" mem_short)
	check "the shim counted the memory shortage (${_ms:-none})" \
		[ "${_ms:-0}" -ge 1 ]
else
	diag "no failslab for the scsa_pkt cache (CONFIG_FAILSLAB and slub_debug=A,scsa_pkt): memory-shortage part left out"
fi

finish
