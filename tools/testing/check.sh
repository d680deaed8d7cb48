#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# tools/testing/check.sh [SERIES...] - the whole test suite (make check).
#
# For each Debian LTS series (default: 6.1 6.12): resolve and install the
# newest kernel ABI, build every module against its headers, boot it in a
# QEMU/TCG guest and run the kselftests.  Extra lanes are selected with
# SCSA_LANES (space-separated, default "swiotlb debug"): "swiotlb" also
# boots 6.1 with swiotlb=force; "debug" builds (once, cached) and boots the
# debug kernel of tools/testing/vm/debug-kernel.sh (KASAN, lockdep,
# kmemleak, DMA-API debug, KUnit) and runs the whole suite there.  The
# series "debug" alone runs only that lane (make check-debug).
# SCSA_TESTS="test_04,test_15" (developers only) runs just the guest tests
# whose names start with one of those prefixes, in every lane.
# Prints each lane's results, then the number of skipped tests (each one's
# reason is on its "# SKIP" line above) and, as the very last line, the
# plain total "N passed, N failed".
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
vm=$top/tools/testing/vm
payload=$top/tools/testing/selftests/drivers/scsi/scsa_compat
series=("$@")
[ ${#series[@]} -gt 0 ] || series=(6.1 6.12)
lanes=${SCSA_LANES-swiotlb debug}
mode=${SCSA_MODE:-check}

tp=0 tf=0 ts=0

# host_result RC NAME OUTPUT: one host-side result line, "ok - NAME" if RC
# is 0, else "not ok - NAME" with the last lines of OUTPUT as diagnostics.
host_result() {
	if [ "$1" -eq 0 ]; then
		echo "ok - $2"
		tp=$((tp + 1))
	else
		echo "not ok - $2"
		printf '%s\n' "$3" | tail -n 30 | sed 's/^/# /'
		tf=$((tf + 1))
	fi
}

# The payload the guest gets: the selftests directory plus the test
# programs built on the host (make tools -> build/tools/), staged in a
# temporary directory so that nothing is built into the source tree.
stage=$(mktemp -d "${TMPDIR:-/tmp}/scsa-payload.XXXXXX")
trap 'rm -rf "$stage"' EXIT
cp -a "$payload/." "$stage/"
built=$(make -s -C "$top" tools 2>&1)
rc=$?
[ $rc -ne 0 ] || cp -p "$top"/build/tools/* "$stage/"
host_result $rc "test programs built (make tools)" "$built"
payload=$stage

tally() { # lane-name output-file rc
	local line p f s
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$2" | tail -n 1)
	if [ -z "$line" ]; then
		echo "not ok - $1: no result line (rc=$3)"
		tf=$((tf + 1))
		return
	fi
	p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line")
	f=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
	s=$(sed -nE 's/^# ([0-9]+) skipped$/\1/p' "$2" | tail -n 1)
	tp=$((tp + p)) tf=$((tf + f)) ts=$((ts + ${s:-0}))
	echo "# lane $1: $line"
	# run-vm.sh also fails a run in which no guest test passed.
	if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "not ok - $1: run-vm.sh exited with status $3"
		tf=$((tf + 1))
	fi
}

run_lane() { # name series extra-append [guest-MiB]
	local name=$1 ser=$2 append=$3 mem=${4:-${SCSA_VM_MEM:-2048}}
	local info out rc resolve blog
	[ -z "${SCSA_TESTS:-}" ] || append="${append:+$append }scsa_tests=$SCSA_TESTS"
	resolve=("$vm/kernel.sh" "$ser")
	[ "$ser" = debug ] && resolve=("$vm/debug-kernel.sh")
	if ! info=$("${resolve[@]}"); then
		echo "not ok - $name: cannot resolve or install kernel $ser"
		tf=$((tf + 1))
		return
	fi
	eval "$info"
	blog=/tmp/scsa-build-$ser.log
	if ! make -s -C "$top" modules KDIR="$KDIR" KVER="$KVER" >"$blog" 2>&1; then
		echo "not ok - $name: build against $KVER"
		tail -n 30 "$blog" | sed 's/^/# /'
		echo "# full build log: $blog"
		tf=$((tf + 1))
		return
	fi
	echo "ok - $name: modules built against $KVER"
	tp=$((tp + 1))
	# The porting checker on the project's own Solaris-style drivers:
	# they must come out clean (once, in the first Debian lane).
	if [ "$mode" = check ] && [ -z "${portchecked:-}" ] && [ "$ser" != debug ]; then
		portchecked=1
		local pc
		pc=$("$top/tools/scsa-portcheck/scsa-portcheck" -q -k "$KDIR" \
			"$top/drivers/scsi/scsa_compat/disk" \
			"$top/drivers/scsi/scsa_compat/sgen" 2>&1)
		host_result $? "scsa-portcheck: the sample drivers build clean ($KVER)" "$pc"
	fi
	# The debug tree is a full kernel source: its scripts/kernel-doc checks
	# that every documented function of ours documents all it takes.
	if [ "$ser" = debug ] && [ -x "$KDIR/scripts/kernel-doc" ]; then
		local kd
		kd=$(cd "$top" && find drivers -name '*.c' ! -name '*.mod.c' \
			-exec "$KDIR/scripts/kernel-doc" -none {} + 2>&1)
		host_result "${#kd}" "kernel-doc of drivers/ is complete" "$kd"
	fi
	out=$(mktemp)
	SCSA_VM_MEM=$mem "$vm/run-vm.sh" --kimg "$KIMG" --kver "$KVER" \
		--modules "$top/build/$KVER" --payload "$payload" \
		--mode "$mode" --label "$name" ${append:+--append "$append"} \
		| tee "$out"
	rc=${PIPESTATUS[0]}
	tally "$name" "$out" "$rc"
	rm -f "$out"
}

# The guest scripts are linted once on the host (busybox sh -n, shellcheck
# as POSIX sh, lib.sh's own unit tests), after installing the two tools.
lint_scripts() {
	# shellcheck source-path=SCRIPTDIR source=vm/lib.sh
	(. "$vm/lib.sh" && install_missing busybox-static shellcheck) &&
	make -s -C "$payload" check-scripts
}
if [ "$mode" = check ]; then
	lint=$(lint_scripts 2>&1)
	host_result $? "guest scripts pass busybox sh -n, shellcheck and lib.sh's tests" "$lint"
fi

for ser in "${series[@]}"; do
	if [ "$ser" = debug ]; then
		run_lane "6.1-debug" debug "kasan_multi_shot slub_debug=A,scsa_pkt"
		continue
	fi
	# Debian's 6.1 gets 6 GiB, so that I/O buffers lie above 4 GiB and
	# the vhba's 32-bit DMA mask is really exercised (test_14).
	if [ "$ser" = 6.1 ] && [ "$mode" = check ]; then
		run_lane "$ser" "$ser" "" 6144
	else
		run_lane "$ser" "$ser" ""
	fi
	if [ "$ser" = 6.1 ] && [[ " $lanes " == *" swiotlb "* ]]; then
		run_lane "$ser-swiotlb" "$ser" "swiotlb=force"
	fi
	if [ "$ser" = 6.1 ] && [[ " $lanes " == *" debug "* ]]; then
		run_lane "6.1-debug" debug "kasan_multi_shot slub_debug=A,scsa_pkt"
	fi
done

echo "# total over all lanes"
echo "# $ts skipped (the reason of each is on its \"# SKIP\" line)"
echo "$tp passed, $tf failed"
[ "$tf" -eq 0 ] && [ "$tp" -gt 0 ]
