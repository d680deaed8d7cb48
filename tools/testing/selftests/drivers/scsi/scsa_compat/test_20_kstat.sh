#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Kernel statistics (<sys/kstat.h>), checked in the kernel by scsa_ktest
# (ktest/ktest_kstat.c) on the scsa_vhba LUN, and from user space through
# their debugfs files /sys/kernel/debug/scsa_compat/kstat/<module>/
# <instance>/<name> ("<statistic>\t<value>" lines):
#   kstat_named        every data type, ks_update with KSTAT_READ under
#                      ks_lock before each read (its errno fails the read),
#                      the defaults of kstat_create, nulldev as ks_update
#   kstat_virtual      KSTAT_FLAG_VIRTUAL: the driver's memory
#   kstat_types        KSTAT_TYPE_INTR, _TIMER (timer functions), _RAW
#   kstat_io           the six queue functions (exact integrals, ns), the
#                      snapshot of pending requests, 4 real READ(10)s
#   kstat_delete_open  kstat_delete with the file open and while a thread
#                      reads it: EIO/ENOENT, no ks_update after the delete
#   kstat_bad          bad input never oopses, and fails as documented
#   kstat_persist      KSTAT_FLAG_PERSISTENT: dormant after kstat_delete,
#                      taken back (with its data) by kstat_create
# From user space: the kept "named" and "io" kstats read as expected, each
# read calls ks_update again, a file held open while the kstat is deleted
# reads EIO, deleted kstats and their empty directories disappear, and
# unloading the driver deletes what it left; dormant (persistent) kstats
# stay readable, also after the driver's module is gone, and the reloaded
# driver takes them back.
# Pass: every ktest passes, the lines are as described, the LUN still
# answers INQUIRY.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

# shellcheck disable=SC2119 # the vhba's default parameters
ktest_on_vhba
INST=$(attach_instance "$VHBA" scsa_ktest)
[ -n "$INST" ] || die "no scsa_ktest instance for $VHBA"
KS=$COMPAT_DBG/kstat
check "the kstat directory $KS exists" [ -d "$KS" ]

KTEST_TIMEOUT=300
ktest_pass "named kstat: every data type, ks_update under ks_lock, errors, defaults" \
	kstat_named "$VHBA"
ktest_pass "virtual kstat: the driver's memory" kstat_virtual "$VHBA"
ktest_pass "intr, timer and raw kstats" kstat_types "$VHBA"
ktest_pass "I/O kstat: queue functions, exact integrals, 4 real READs" \
	kstat_io "$VHBA"
ktest_pass "kstat_delete with the file open and while a thread reads it" \
	kstat_delete_open "$VHBA"
ktest_pass "bad input: NULL names, types, ndata, flags, collisions, deletes" \
	kstat_bad "$VHBA"
check "no ktest kstat left after the cases: $KS/ktest_ks is gone" \
	[ ! -e "$KS/ktest_ks" ]
ktest_pass "persistent kstats: dormant after kstat_delete, taken back with their data" \
	kstat_persist "$VHBA"

# ks_val FILE STAT: the value of STAT (one read of the file)
ks_val()
{
	awk -F '\t' -v n="$2" '$1 == n { print $2; f = 1; exit } END { exit !f }' \
		"$1" 2>/dev/null
}

# ks_is FILE STAT VALUE
ks_is()
{
	_ki_v=$(ks_val "$1" "$2") || { diag "no line $2 in $1"; return 1; }
	[ "$_ki_v" = "$3" ] || { diag "$2: '$_ki_v', expected '$3'"; return 1; }
}

# ks_num FILE STAT: a decimal number (printed)
ks_num()
{
	_kn_v=$(ks_val "$1" "$2") || return 1
	case $_kn_v in
	''|*[!0-9-]*) return 1 ;;
	esac
	printf '%s\n' "$_kn_v"
}

# gt A B: A > B (empty values are 0)
gt()
{
	[ "${1:-0}" -gt "${2:-0}" ]
}

# two tab-separated fields on every line
ks_two_fields()
{
	awk -F '\t' 'NF != 2 { bad = 1 } END { exit bad }' "$1"
}

# ---- the named kstat, from user space ----

ktest_pass "named kstat kept installed" kstat_named "$VHBA" keep
F=$KS/ktest_ks/$INST/named
if [ -r "$F" ]; then
	pass "$F exists"
	diag "$F:"
	diag_file "$F"
	check "chars: 16 characters without a NUL" ks_is "$F" chars ABCDEFGH12345678
	check "int32 INT_MIN" ks_is "$F" int32 -2147483648
	check "uint32 UINT_MAX" ks_is "$F" uint32 4294967295
	check "int64 INT64_MIN" ks_is "$F" int64 -9223372036854775808
	check "uint64 UINT64_MAX" ks_is "$F" uint64 18446744073709551615
	check "long -42" ks_is "$F" long -42
	check "ulong 42 << 40" ks_is "$F" ulong 46179488366592
	check "string (kstat_named_setstr), spaces kept" ks_is "$F" string "hello, kstat world"
	check "float: its bits in hex" ks_is "$F" float 0x3fc00000
	check "double: its bits in hex" ks_is "$F" double 0x3ff8000000000000
	check "an unknown data type is named so" ks_is "$F" bogus "unknown data type 42"
	check "class misc" ks_is "$F" class misc
	check "every line is <statistic><TAB><value>" ks_two_fields "$F"
	NL=$(wc -l < "$F" | tr -d ' ')
	check "15 lines: 12 statistics, class, crtime, snaptime ($NL)" [ "$NL" = 15 ]
	U1=$(ks_num "$F" updates)
	U2=$(ks_num "$F" updates)
	check "each read calls ks_update: updates $U1 then $U2" \
		[ "${U2:-0}" -eq $((${U1:-0} + 1)) ]
	C1=$(ks_num "$F" crtime)
	S1=$(ks_num "$F" snaptime)
	S2=$(ks_num "$F" snaptime)
	check "snaptime $S1 after crtime $C1" gt "$S1" "$C1"
	check "snaptime advances with each read ($S1, $S2)" gt "$S2" "$S1"
	check "the file is read-only (0444)" \
		[ "$(stat -c %a "$F" 2>/dev/null)" = 444 ]
else
	fail "$F exists"
fi

# ---- the I/O kstat, from user space ----

ktest_pass "I/O kstat kept installed" kstat_io "$VHBA" keep
IOF=$KS/ktest_ks/$INST/io
NREAD=$(sed -n 's/^kstat-io reads 4 nread \([0-9]*\)$/\1/p' "$KTEST_DBG/log")
if [ -r "$IOF" ]; then
	diag "$IOF:"
	diag_file "$IOF"
	for _f in nread nwritten reads writes wtime wlentime wlastupdate \
		  rtime rlentime rlastupdate wcnt rcnt; do
		check "io: $_f is a number" ks_num "$IOF" "$_f"
	done
	check "io: reads 4" ks_is "$IOF" reads 4
	check "io: nread $NREAD (4 blocks)" ks_is "$IOF" nread "$NREAD"
	check "io: writes 0" ks_is "$IOF" writes 0
	check "io: nwritten 0" ks_is "$IOF" nwritten 0
	check "io: rcnt 0" ks_is "$IOF" rcnt 0
	check "io: wcnt 0" ks_is "$IOF" wcnt 0
	RT=$(ks_num "$IOF" rtime)
	RL=$(ks_num "$IOF" rlentime)
	WT=$(ks_num "$IOF" wtime)
	WL=$(ks_num "$IOF" wlentime)
	check "io: rtime $RT > 0" gt "$RT" 0
	check "io: rlentime $RL >= rtime" gt $((${RL:-0} + 1)) "$RT"
	check "io: wtime $WT > 0" gt "$WT" 0
	check "io: wlentime $WL >= wtime" gt $((${WL:-0} + 1)) "$WT"
	check "io: class disk" ks_is "$IOF" class disk
	check "every line is <statistic><TAB><value>" ks_two_fields "$IOF"
else
	fail "$IOF exists"
fi

# ---- delete with the file open ----

if exec 3< "$F"; then
	ktest_pass "kstat_drop deletes the kept kstats" kstat_drop "$VHBA"
	if cat <&3 > "$SCSA_TMP/after" 2> "$SCSA_TMP/after.err"; then
		fail "a read of the file held open after kstat_delete fails"
	else
		check "a read of the file held open after kstat_delete: EIO" \
			grep -q "Input/output error" "$SCSA_TMP/after.err"
	fi
	exec 3<&-
else
	fail "open $F"
	ktest kstat_drop "$VHBA"
fi
check "the deleted named kstat's file is gone" [ ! -e "$F" ]
check "the deleted I/O kstat's file is gone" [ ! -e "$IOF" ]
check "and their empty directories ($KS/ktest_ks)" [ ! -e "$KS/ktest_ks" ]

# ---- persistent kstats: dormant ones stay readable ----

PIO=$KS/ktest_ksp/$INST/io
PERR=$KS/ktest_ksp/$INST/err
check "a dormant I/O kstat stays readable: reads 4" ks_is "$PIO" reads 4
check "with its nread 2048" ks_is "$PIO" nread 2048
check "a dormant named kstat: Vendor kept" ks_is "$PERR" Vendor SCSAVHBA
check "its string statistic dropped with the driver's memory" \
	ks_is "$PERR" "Serial No" ""

# ---- the driver unloads with kstats left: its _fini deletes them ----

ktest_pass "named kstat kept again" kstat_named "$VHBA" keep
check "kept: $F" [ -r "$F" ]
unload_mod scsa_ktest || fail "rmmod scsa_ktest"
check "rmmod of the driver: its kstats are gone" [ ! -e "$KS/ktest_ks" ]
check "the kstat directory stays with scsa_compat" [ -d "$KS" ]
check "dormant kstats outlive the driver's module: reads 4" ks_is "$PIO" reads 4
check "and its named one" ks_is "$PERR" Vendor SCSAVHBA
load_mod scsa_ktest || die "insmod scsa_ktest"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not attach again"
INST2=$(attach_instance "$VHBA" scsa_ktest)
ktest_pass "persistent kstats after a reload of the driver (instance $INST2)" \
	kstat_persist "$VHBA"
if [ "$INST2" = "$INST" ]; then
	check "the reloaded driver took back the dormant kstat of the unloaded one" \
		grep -q "^ok: the dormant kstat of an earlier run comes back" "$KTEST_DBG/log"
else
	diag "instance $INST2 after the reload (was $INST): no dormant kstat to take back"
fi

ktest_pass "inquiry at the end: the vhba LUN still works" inquiry "$VHBA" SCSAVHBA
finish
