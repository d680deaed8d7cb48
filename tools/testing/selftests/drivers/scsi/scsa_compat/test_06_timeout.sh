#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Command timeout through the shim:
#   echo 1 > /sys/kernel/debug/scsa_vhba/drop_next
#   ktest timeout HCTL    (TUR with pkt_time 2 s must end in CMD_TIMEOUT)
# Pass: the ktest passes within 120 s; afterwards "inquiry" passes (the
# device still works) and scsa_vhba/stats shows aborts >= 1 and
# dropped >= 1.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba
[ -w "$VHBA_DBG/drop_next" ] || die "no writable $VHBA_DBG/drop_next"

ktest_pass "inquiry before the timeout" inquiry "$VHBA" SCSAVHBA
a0=$(stat_of "$VHBA_DBG/stats" aborts)
diag "vhba stats before: aborts=$a0 dropped=$(stat_of "$VHBA_DBG/stats" dropped)"

diag "arm: echo 1 > $VHBA_DBG/drop_next"
echo 1 > "$VHBA_DBG/drop_next" || fail "arming drop_next"
t0=$(now)
KTEST_TIMEOUT=120
ktest timeout "$VHBA"
rc=$?
KTEST_TIMEOUT=150
dt=$(($(now) - t0))
if [ $rc -eq 0 ]; then
	pass "timeout test passed (CMD_TIMEOUT) after ${dt}s"
elif [ "$KTEST_ERRNO" = TIMEOUT ]; then
	fail "timeout test did not finish within 120 s"
else
	fail "timeout test failed after ${dt}s ($KTEST_ERRNO)"
fi

# the device must have recovered
ktest_pass "inquiry after the timeout" inquiry "$VHBA" SCSAVHBA
ktest_pass "rw 4096 after the timeout" rw "$VHBA" 4096

diag "scsa_vhba stats:"
sed 's/^/#   /' "$VHBA_DBG/stats" 2>/dev/null
a=$(stat_of "$VHBA_DBG/stats" aborts)
d=$(stat_of "$VHBA_DBG/stats" dropped)
check "vhba aborts >= 1 (aborts=$a, before $a0)" [ "${a:-0}" -ge 1 ]
check "vhba dropped >= 1 (dropped=$d)" [ "${d:-0}" -ge 1 ]
diag "scsa_compat stats:"
sed 's/^/#   /' "$COMPAT_DBG/stats" 2>/dev/null

finish
