#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Solaris execution contexts (issue 11), checked in the kernel by
# scsa_ktest (ktest/ktest_sync.c) on the scsa_vhba LUN:
#   sync_st         illumos st's pattern: KM_SLEEP, delay, cv_wait on
#                   another variable and biowait while holding the unit's
#                   adaptive mutex; pkt_comp blocking on that mutex (the
#                   issuer holds it across scsi_transport), issuing the
#                   next command itself, scsi_init_pkt(NULL_FUNC) there;
#                   timeout() handlers taking it and allocating KM_SLEEP
#   sync_mutex      adaptive and spin kmutex_t (DDI_INTR_PRI above and at
#                   LOCK_LEVEL, MUTEX_SPIN): owned/tryenter across threads
#   sync_cv         cv_wait_sig, cv_timedwait_sig, cv_reltimedwait(_sig)
#   sync_rw         krwlock_t, writers favoured, tryupgrade, downgrade
#   sync_sema       ksema_t
#   sync_thread     thread_create/thread_exit, the argument copy, priority
#   sync_taskq      taskq_* and ddi_taskq_* (order, concurrency, suspend)
#   sync_misc       the atomics' widths, gethrtime, ddi_get_lbolt64,
#                   drv_usecwait, ddi_in_panic
#   sync_atomic_bug KM_SLEEP, delay and an adaptive mutex_enter under a
#                   spinlock: each fails safe and is reported exactly once
#                   for its caller, by name, whatever the number of calls
#   sync_stress     16 threads x 10,000 READs through a strategy routine
#                   and pkt_comp sharing one adaptive mutex, within a time
#                   budget: no lost completion, the counts match
# In a kernel with lockdep (/proc/lockdep): the driver's mutexes, condition
# variables and rwlocks are classes of their own, named after their
# mutex_init/cv_init/rw_init sites.
# Pass: every ktest passes, each report line is there once, the lockdep
# classes are listed, and the kernel log stays clean.
# scsa-timeout=600

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba
KTEST_TIMEOUT=150
ktest_pass "st pattern: sleeping under the adaptive unit mutex; pkt_comp, timeout handlers take it; next command from pkt_comp" \
	sync_st "$VHBA"
ktest_pass "adaptive and spin kmutex_t" sync_mutex "$VHBA"
ktest_pass "cv_wait_sig, cv_timedwait_sig, cv_reltimedwait, cv_reltimedwait_sig" \
	sync_cv "$VHBA"
ktest_pass "rwlock(9F)" sync_rw "$VHBA"
ktest_pass "semaphore(9F)" sync_sema "$VHBA"
ktest_pass "thread_create, thread_exit" sync_thread "$VHBA"
ktest_pass "taskq and ddi_taskq" sync_taskq "$VHBA"
ktest_pass "atomics, gethrtime, ddi_get_lbolt64, drv_usecwait, ddi_in_panic" \
	sync_misc "$VHBA"

# reported once per caller, whatever the number of calls
ktest_pass "sleeping calls under a spinlock fail safe" sync_atomic_bug "$VHBA"
ktest_pass "... and again" sync_atomic_bug "$VHBA"
dmesg > "$SCSA_TMP/klog" 2>/dev/null
# reported CALL FUNCTION: the report of CALL from FUNCTION is there once
reported()
{
	_rp_n=$(grep -F "driver bug: $1 where sleeping is not allowed" \
		"$SCSA_TMP/klog" | grep -c "from $2[+.]")
	check "\"$1\" reported once for $2 ($_rp_n)" [ "$_rp_n" = 1 ]
}
reported "KM_SLEEP allocation" ks_kmsleep_atomic
reported "delay()" ks_delay_atomic
# with lockdep the adaptive mutex under a spinlock is not tried (lockdep
# would report it as an invalid wait context and switch itself off)
[ -r /proc/lockdep ] ||
	reported "mutex_enter() of an adaptive mutex" ks_mutex_atomic

STRESS_THREADS=16
STRESS_CMDS=10000
STRESS_SECS=${SCSA_STRESS_SECS:-60}
KTEST_TIMEOUT=$((STRESS_SECS + 120))
ktest_pass "$STRESS_THREADS threads x $STRESS_CMDS READs, one adaptive mutex in strategy and pkt_comp (at most ${STRESS_SECS}s)" \
	sync_stress "$VHBA" "$STRESS_THREADS" "$STRESS_CMDS" "$STRESS_SECS"

if [ -r /proc/lockdep ]; then
	# a lockdep report earlier in the boot (any test) switches lockdep
	# off, and it records no class from then on
	check "lockdep still on (debug_locks 1; an earlier report in the kernel log turns it off)" \
		grep -Eq '^ *debug_locks: +1$' /proc/lockdep_stats
	cat /proc/lockdep > "$SCSA_TMP/lockdep" 2>/dev/null
	for cls in "&u->mu@ktest_sync.c:" "&u->mu2@ktest_sync.c:" \
		"&u->cv@ktest_sync.c:" "&r->rw@ktest_sync.c:" \
		"&s->mu@ktest_sync.c:"; do
		check "lockdep lists the class $cls<line>" \
			grep -qF "$cls" "$SCSA_TMP/lockdep"
	done
	n=$(grep -cF "@ktest_sync.c:" "$SCSA_TMP/lockdep")
	check "lockdep: $n classes named after ktest_sync.c's init sites" \
		[ "$n" -ge 8 ]
else
	diag "no /proc/lockdep: the lock classes are checked in the debug lane"
fi
ktest_pass "inquiry at the end: the LUN still works" inquiry "$VHBA" SCSAVHBA
finish
