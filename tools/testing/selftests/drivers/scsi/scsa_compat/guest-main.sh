#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Guest entry point, run by the harness's /init as
#   /scsa/tests/guest-main.sh run|check
#
#   check  run every test_*.sh in name order; one TAP line per test:
#            ok N - <name> | not ok N - <name> | ok N - <name> # SKIP <why>
#          with the test's own output shown as "# " lines before it.
#          Each test is bounded by the "timeout=" of ./settings (300 s),
#          or by its own "# scsa-timeout=SECS" line, so a hang becomes
#          "not ok".
#   run    run demo.sh (the project's demo); its TAP lines are passed
#          through, everything else is shown as "# " lines, and a final
#          "ok N - demo" / "not ok N - demo" reflects its exit status.
#   bench  the same with bench.sh (benchmarks: numbers, no pass/fail on
#          speed); the final line is "ok N - bench" / "not ok N - bench".
#
# No TAP plan line is printed: the host harness appends its own result
# ("kernel log clean") and does the counting.

GM_DIR=$(cd "$(dirname "$0")" && pwd)
. "$GM_DIR/lib.sh"
lib_init

GM_MODE=${1:-check}
GM_SCRIPT=demo
GM_N=0
GM_BAD=0

GM_TIMEOUT=300
if [ -r "$GM_DIR/settings" ]; then
	_t=$(sed -n 's/^timeout=\([0-9][0-9]*\).*/\1/p' "$GM_DIR/settings")
	[ -n "$_t" ] && GM_TIMEOUT=$_t
fi
GM_TIMEOUT=${SCSA_TEST_TIMEOUT:-$GM_TIMEOUT}
GM_DEMO_TIMEOUT=${SCSA_DEMO_TIMEOUT:-900}

# Show a stream as diagnostics, line by line (unbuffered, so that the
# output of a test survives a kernel crash in the middle of it).
_gm_prefix()
{
	while IFS= read -r _gp_l || [ -n "$_gp_l" ]; do
		case $_gp_l in
		'#'*) printf '%s\n' "$_gp_l" ;;
		*) printf '# %s\n' "$_gp_l" ;;
		esac
	done
}

# Like _gm_prefix, but TAP result lines go through unchanged and are
# counted into file $1.
_gm_tap_passthrough()
{
	_gt_n=0
	while IFS= read -r _gt_l || [ -n "$_gt_l" ]; do
		case $_gt_l in
		'ok '[0-9]*|'not ok '[0-9]*)
			_gt_n=$((_gt_n + 1))
			echo "$_gt_n" > "$1"
			printf '%s\n' "$_gt_l" ;;
		'#'*) printf '%s\n' "$_gt_l" ;;
		*) printf '# %s\n' "$_gt_l" ;;
		esac
	done
}

_gm_run_test()
{
	{
		sh "$1"
		echo $? > "$2"
	} 2>&1 < /dev/null | _gm_prefix
}

_gm_run_demo()
{
	{
		sh "$GM_DIR/$GM_SCRIPT.sh"
		echo $? > "$1"
	} 2>&1 < /dev/null | _gm_tap_passthrough "$2"
}

# unload whatever a test left behind so that the next one starts fresh
_gm_scrub()
{
	for _gs_m in scsa_ktest scsa_sgen scsa_disk scsa_vhba scsa_compat scsi_debug; do
		if mod_loaded "$_gs_m"; then
			diag "note: $_gs_m left loaded by $1, unloading it"
			unload_mod "$_gs_m" || diag "note: could not unload $_gs_m"
		fi
	done
}

# A developer's subset: "scsa_tests=test_04,test_15" on the kernel command
# line (check.sh passes SCSA_TESTS there) runs only the tests whose names
# start with one of the comma-separated prefixes.  CI never sets it.
GM_ONLY=$(tr ' ' '\n' < /proc/cmdline 2>/dev/null | sed -n 's/^scsa_tests=//p')

_gm_selected()
{
	[ -n "$GM_ONLY" ] || return 0
	for _gs_p in $(echo "$GM_ONLY" | tr ',' ' '); do
		case $1 in "$_gs_p"*) return 0 ;; esac
	done
	return 1
}

gm_check()
{
	diag "scsa_compat selftests on $(uname -r), per-test timeout ${GM_TIMEOUT}s"
	[ -z "$GM_ONLY" ] || diag "only the tests starting with: $GM_ONLY"
	diag "modules in $SCSA_MODDIR: $(cd "$SCSA_MODDIR" 2>/dev/null && echo *.ko)"
	_gm_scrub "the harness"
	for _gc_t in "$GM_DIR"/test_*.sh; do
		[ -f "$_gc_t" ] || continue
		_gc_name=${_gc_t##*/}
		_gc_name=${_gc_name%.sh}
		_gm_selected "$_gc_name" || continue
		GM_N=$((GM_N + 1))
		_gc_rcf=$SCSA_TMP/rc.$GM_N
		SCSA_SKIP_FILE=$SCSA_TMP/skip.$GM_N
		export SCSA_SKIP_FILE
		rm -f "$_gc_rcf" "$SCSA_SKIP_FILE"
		diag "--- $_gc_name"
		_gc_t0=$(now)
		# a test may ask for more time with a "# scsa-timeout=SECS" line
		_gc_to=$(sed -n 's/^# scsa-timeout=\([0-9][0-9]*\)$/\1/p' "$_gc_t")
		_gc_to=${_gc_to:-$GM_TIMEOUT}
		bounded "$_gc_to" _gm_run_test "$_gc_t" "$_gc_rcf"
		_gc_brc=$?
		_gc_rc=""
		read -r _gc_rc 2>/dev/null < "$_gc_rcf"
		if [ $_gc_brc -eq 124 ]; then
			diag "$_gc_name timed out after ${_gc_to}s"
			_gc_rc=124
		elif [ -z "$_gc_rc" ]; then
			diag "$_gc_name died without an exit status"
			_gc_rc=1
		fi
		diag "$_gc_name: exit status $_gc_rc after $(($(now) - _gc_t0))s"
		case $_gc_rc in
		0)
			echo "ok $GM_N - $_gc_name" ;;
		4)
			_gc_why=""
			read -r _gc_why 2>/dev/null < "$SCSA_SKIP_FILE"
			echo "ok $GM_N - $_gc_name # SKIP ${_gc_why:-skipped}" ;;
		*)
			GM_BAD=1
			echo "not ok $GM_N - $_gc_name" ;;
		esac
		_gm_scrub "$_gc_name"
	done
	if [ $GM_N -eq 0 ]; then
		GM_N=1
		GM_BAD=1
		diag "no test_*.sh found in $GM_DIR"
		echo "not ok $GM_N - tests found"
	fi
}

gm_run()
{
	_gr_rcf=$SCSA_TMP/rc.$GM_SCRIPT
	_gr_cnt=$SCSA_TMP/count.$GM_SCRIPT
	echo 0 > "$_gr_cnt"
	bounded "$GM_DEMO_TIMEOUT" _gm_run_demo "$_gr_rcf" "$_gr_cnt"
	_gr_brc=$?
	read -r GM_N 2>/dev/null < "$_gr_cnt"
	GM_N=${GM_N:-0}
	_gr_rc=""
	read -r _gr_rc 2>/dev/null < "$_gr_rcf"
	if [ $_gr_brc -eq 124 ]; then
		diag "$GM_SCRIPT.sh timed out after ${GM_DEMO_TIMEOUT}s"
		_gr_rc=124
	fi
	GM_N=$((GM_N + 1))
	if [ "$_gr_rc" = 0 ]; then
		echo "ok $GM_N - $GM_SCRIPT"
	else
		diag "$GM_SCRIPT.sh exit status: ${_gr_rc:-none}"
		GM_BAD=1
		echo "not ok $GM_N - $GM_SCRIPT"
	fi
	_gm_scrub "$GM_SCRIPT.sh"
}

case $GM_MODE in
check) gm_check ;;
run) gm_run ;;
bench) GM_SCRIPT=bench; gm_run ;;
*)
	echo "usage: $0 run|check|bench" >&2
	exit 2 ;;
esac
exit $GM_BAD
