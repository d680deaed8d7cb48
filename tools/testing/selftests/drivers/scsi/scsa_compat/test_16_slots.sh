#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Command slots, finite and changeable at run time (issue 4).  The shim
# takes a Linux request only when a packet is transported, without
# waiting: no free request is TRAN_BUSY.  A LUN's requests are limited at
# run time with the block layer's own knob (queue/nr_requests, with the
# I/O scheduler set to none so that it sizes the driver tags that
# pass-through requests use), on any host adapter; here the scsa_vhba LUN,
# slowed down (delay_us=500000) so that commands stay in flight.
#   slots 4   exactly 4 TEST UNIT READY packets accepted, the 5th gets
#             TRAN_BUSY; once they completed it is accepted
#   slots 8   the same after raising nr_requests to 8 at run time
# Pass: both ktest runs pass, the shim counted the TRAN_BUSYs, and the
# queue limits are restored.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba delay_us=500000
SD=$(wait_sd "$VHBA" 30) || die "no sd disk for $VHBA"
Q=/sys/block/${SD##*/}/queue
[ -w "$Q/nr_requests" ] || die "no $Q/nr_requests"
SCHED0=$(sed -n 's/.*\[\(.*\)\].*/\1/p' "$Q/scheduler")
NR0=$(cat "$Q/nr_requests")
diag "${SD##*/}: scheduler ${SCHED0:-none}, nr_requests $NR0"
echo none > "$Q/scheduler" || die "cannot set scheduler none"
BUSY0=$(stat_of "$COMPAT_DBG/stats" tran_busy)

for n in 4 8; do
	if echo "$n" > "$Q/nr_requests"; then
		diag "nr_requests now $(cat "$Q/nr_requests")"
		KTEST_TIMEOUT=200
		ktest_pass "$n command slots: $n accepted, then TRAN_BUSY, then accepted again" \
			slots "$VHBA" "$n"
	else
		fail "cannot set nr_requests to $n"
	fi
done
BUSY1=$(stat_of "$COMPAT_DBG/stats" tran_busy)
check "the shim counted the TRAN_BUSYs ($BUSY0 -> $BUSY1)" \
	[ "${BUSY1:-0}" -ge $((${BUSY0:-0} + 2)) ]

echo "$NR0" > "$Q/nr_requests" 2>/dev/null
[ -n "$SCHED0" ] && echo "$SCHED0" > "$Q/scheduler" 2>/dev/null
check "nr_requests restored to $NR0" [ "$(cat "$Q/nr_requests")" = "$NR0" ]
finish
