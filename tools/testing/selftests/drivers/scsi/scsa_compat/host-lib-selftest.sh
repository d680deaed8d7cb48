#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Host-side unit test of the lib.sh helpers that need no SCSI device:
# pattern_file (determinism, uniqueness, speed), cmp_files/cmp_dev on a
# regular file, bounded/kill_tree, wait_for.  Not run in the guest.
#
#   busybox sh host-lib-selftest.sh
#
# shellcheck disable=SC2016 # sh -c '...$1...' sh ARG is intended

SCSA_SKIP_FILE=
. "$(dirname "$0")/lib.sh"
lib_init

# --- pattern_file
t0=$(now)
pattern_file "$SCSA_TMP/p16" 16777216 42 1048576 || die "pattern_file failed"
t1=$(now)
diag "16 MiB pattern in about $((t1 - t0)) s"
check "pattern is 16 MiB" [ "$(file_bytes "$SCSA_TMP/p16")" = 16777216 ]
pattern_file "$SCSA_TMP/p16b" 16777216 42 1048576
check "pattern is deterministic" cmp -s "$SCSA_TMP/p16" "$SCSA_TMP/p16b"
pattern_file "$SCSA_TMP/p16c" 16777216 43 1048576
check "other seed, other content" sh -c '! cmp -s "$1" "$2"' sh "$SCSA_TMP/p16" "$SCSA_TMP/p16c"
check "every 512-byte block is a 512-byte line" \
	sh -c '[ "$(awk "length(\$0) != 511" "$1" | wc -l)" = 0 ] && [ "$(wc -l < "$1")" = 32768 ]' sh "$SCSA_TMP/p16"
check "no two blocks alike" sh -c '[ -z "$(sort "$1" | uniq -d | head -1)" ]' sh "$SCSA_TMP/p16"
check "block 2 stamped with its byte offset" \
	sh -c 'dd if="$1" bs=512 skip=2 count=1 2>/dev/null | grep -q "^S0000002a@000001049600:.*#000001049600\$"' sh "$SCSA_TMP/p16"
pattern_file "$SCSA_TMP/odd" 3584 7
check "7-sector pattern is 3584 bytes" [ "$(file_bytes "$SCSA_TMP/odd")" = 3584 ]
pattern_file "$SCSA_TMP/frac" 1000 7
check "1000-byte pattern is 1000 bytes" [ "$(file_bytes "$SCSA_TMP/frac")" = 1000 ]

# --- dev_write / cmp_dev on a regular file standing in for a disk
img=$SCSA_TMP/disk.img
dd if=/dev/zero of="$img" bs=1048576 count=8 2>/dev/null
pattern_file "$SCSA_TMP/w" 4194304 99 2097664
check "dev_write at unaligned offset" dev_write "$SCSA_TMP/w" "$img" 2097664
check "cmp_dev finds the data" cmp_dev "$img" 2097664 "$SCSA_TMP/w"
diag "(next: an intentional mismatch, 512 bytes shifted)"
check "cmp_dev detects a misplaced read" sh -c '! (. "$1"; SCSA_TMP=$2; cmp_dev "$3" 2098176 "$4")' \
	sh "$(dirname "$0")/lib.sh" "$SCSA_TMP" "$img" "$SCSA_TMP/w"
# corrupt one block in the middle: copy block 100 over block 5000
dd if="$img" of="$img" bs=512 skip=$((2097664 / 512 + 100)) seek=$((2097664 / 512 + 5000)) \
	count=1 conv=notrunc 2>/dev/null
diag "(next: an intentional mismatch, one stale block)"
check "cmp_dev detects one wrong block" sh -c '! (. "$1"; SCSA_TMP=$2; cmp_dev "$3" 2097664 "$4")' \
	sh "$(dirname "$0")/lib.sh" "$SCSA_TMP" "$img" "$SCSA_TMP/w"
xfer_check "$img" "$img" 512 3584 "xfer: " || fail "xfer_check 3584"

# --- bounded / kill_tree / wait_for
t0=$(now)
bounded 2 sh -c 'sleep 30; echo never'
rc=$?
t1=$(now)
check "bounded times out with 124" [ $rc -eq 124 ]
check "bounded returned within 5 s" [ $((t1 - t0)) -le 5 ]
check "no sleep 30 left behind" sh -c '! ps | grep -v grep | grep -qE "sleep 30( |$)"'
bounded 5 sh -c 'exit 3'
check "bounded passes the status" [ $? -eq 3 ]
f()
{
	return 5
}
bounded 5 f
check "bounded runs shell functions" [ $? -eq 5 ]
( sleep 1; touch "$SCSA_TMP/flag" ) &
check "wait_for path" wait_for "$SCSA_TMP/flag" 5
check "wait_for command" wait_for "[ -e '$SCSA_TMP/flag' ]" 5
check "wait_for gives up" sh -c '! (. "$1"; wait_for false 1)' sh "$(dirname "$0")/lib.sh"
rm -f "$SCSA_TMP/flag"
check "wait_gone" wait_gone "$SCSA_TMP/flag" 2

finish
