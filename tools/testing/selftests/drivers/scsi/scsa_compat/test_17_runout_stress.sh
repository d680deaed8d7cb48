#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# No lost wakeup (issue 4): 100,000 runout cycles on the vhba LUN with one
# DMA window ("map register") and two threads contending for it; each
# cycle is a transient failure, the runout callback, and a retry that
# succeeds.  A lost wakeup leaves a thread waiting for a callback that
# never comes.  A thread that got the window holds it until another one
# ran out, so every hand-over is a cycle: about 5 s under TCG on Debian's
# kernels, a few minutes on the debug kernel (KASAN, lockdep, kmemleak);
# the ktest gives up after 500 s and then fails.
# scsa-timeout=600
# Pass: the cycles all happened within the time, none lost, none failed
# permanently, and the kernel log stays clean.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba
MR=$VHBA_DBG/map_registers
[ -w "$MR" ] || die "no vhba map_registers"

RUNOUTS=100000
echo 1 > "$MR"
KTEST_TIMEOUT=560
ktest_pass "$RUNOUTS runout cycles, 2 threads, 1 window: no lost wakeup" \
	runout_stress "$VHBA" "$RUNOUTS" 2 500
echo 0 > "$MR"
finish
