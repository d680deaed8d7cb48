#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# KUnit suites of scsa_compat (windows, result mapping, callback list,
# sense decoding).  They are built into scsa_compat.ko only for kernels with
# CONFIG_KUNIT (the debug-kernel lane) and run when it loads; each suite's
# KTAP results are read from /sys/kernel/debug/kunit/<suite>/results.
# Pass: every scsa_* suite reports "ok" and no "not ok".
# Skip: the kernel has no KUnit (Debian's stock kernels).

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat

load_mod scsa_compat || die "insmod scsa_compat"
KU=/sys/kernel/debug/kunit
[ -d "$KU" ] || skip "kernel without KUnit (CONFIG_KUNIT/KUNIT_DEBUGFS)"
n=0
for d in "$KU"/scsa_*; do
	[ -r "$d/results" ] || continue
	n=$((n + 1))
	s=${d##*/}
	diag "suite $s:"
	diag_file "$d/results"
	if grep -q 'not ok' "$d/results"; then
		fail "KUnit suite $s"
	elif grep -q '^ok\|	ok\| ok [0-9]' "$d/results"; then
		pass "KUnit suite $s"
	else
		fail "KUnit suite $s: no result"
	fi
done
check "scsa_compat has KUnit suites ($n)" [ "$n" -ge 4 ]
finish
