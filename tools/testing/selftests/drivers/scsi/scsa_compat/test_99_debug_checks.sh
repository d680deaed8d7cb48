#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Last test: what the debug kernel saw over the whole suite.
#  - kmemleak (CONFIG_DEBUG_KMEMLEAK): two scans after every module of ours
#    is unloaded; any unreferenced object whose backtrace names our code
#    fails the test (the harness also fails the run on any suspected leak).
#  - DMA-API debugging (CONFIG_DMA_API_DEBUG): error_count must be 0.
# Skip: neither facility exists (Debian's stock kernels).

. "$(dirname "$0")/lib.sh"
lib_init

ML=/sys/kernel/debug/kmemleak
DMA=/sys/kernel/debug/dma-api/error_count
[ -e "$ML" ] || [ -e "$DMA" ] || skip "kernel without kmemleak and DMA-API debugging"
for m in scsa_ktest scsa_disk scsa_vhba scsa_compat; do
	mod_loaded $m && unload_mod $m
done
if [ -e "$ML" ]; then
	echo scan > "$ML"
	sleep 5
	echo scan > "$ML"
	cat "$ML" > "$SCSA_TMP/leaks" 2>/dev/null
	if grep -qE 'scsa|sdsk|ktest|vhba' "$SCSA_TMP/leaks"; then
		diag_file "$SCSA_TMP/leaks"
		fail "kmemleak: objects leaked by our modules"
	else
		pass "kmemleak: nothing of ours leaked ($(grep -c unreferenced "$SCSA_TMP/leaks") unrelated)"
	fi
fi
if [ -e "$DMA" ]; then
	e=$(cat "$DMA")
	check "DMA-API debug: error_count $e" [ "$e" = 0 ]
fi
finish
