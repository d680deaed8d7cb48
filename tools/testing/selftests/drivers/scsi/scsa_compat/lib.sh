#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Helpers shared by the scsa_compat guest-side selftests.
# POSIX sh; must run under busybox ash (no bash-isms, no "local").
# Interfaces used here are fixed by Documentation/test-contract.rst.
#
# Source it with:  . "$(dirname "$0")/lib.sh"; lib_init
#
# Conventions: every helper variable is prefixed with the helper's own
# prefix (no "local" in POSIX sh); diagnostics go to stdout as "# ..." lines.

KSFT_PASS=0
KSFT_FAIL=1
KSFT_SKIP=4

SCSA_MODDIR=${SCSA_MODDIR:-/scsa/modules}
DBGFS=${DBGFS:-/sys/kernel/debug}
COMPAT_DBG=$DBGFS/scsa_compat
# shellcheck disable=SC2034 # used by the tests that source this file
VHBA_DBG=$DBGFS/scsa_vhba
KTEST_DBG=$DBGFS/scsa_ktest

SCSA_LOADED=""		# modules loaded by this test, in load order
SCSA_FAILED=0		# set by fail()
SCSA_TMP=""		# per-test scratch directory
SCSA_DUMPED=""		# set once dump_state() has run
SCSA_SEED=${SCSA_SEED:-1000}
KTEST_ERR=""		# message of the last failed ktest write
KTEST_ERRNO=""		# EIO / ENODEV / EINVAL / TIMEOUT / OTHER / "" (pass)

# ---------------------------------------------------------------- output

diag()
{
	printf '# %s\n' "$*"
}

# Print a file (or stdin) as diagnostics, not doubling a leading '#'.
diag_file()
{
	while IFS= read -r _df_l || [ -n "$_df_l" ]; do
		case $_df_l in
		'#'*) printf '%s\n' "$_df_l" ;;
		*) printf '# %s\n' "$_df_l" ;;
		esac
	done < "${1:-/dev/stdin}"
}

# Record a failed check; the test goes on and exits 1 at the end.
fail()
{
	diag "FAIL: $*"
	SCSA_FAILED=1
	return 1
}

pass()
{
	diag "ok: $*"
	return 0
}

# check DESCRIPTION CMD [ARGS...]: run CMD, record pass/fail.
check()
{
	_ck_d=$1
	shift
	if "$@"; then
		pass "$_ck_d"
	else
		fail "$_ck_d"
	fi
}

die()
{
	fail "$*"
	exit "$KSFT_FAIL"
}

# skip REASON: exit 4; the reason is handed to guest-main.sh.
skip()
{
	diag "SKIP: $*"
	if [ -n "$SCSA_SKIP_FILE" ]; then
		printf '%s\n' "$*" > "$SCSA_SKIP_FILE"
	fi
	exit "$KSFT_SKIP"
}

finish()
{
	if [ "$SCSA_FAILED" -ne 0 ]; then
		exit "$KSFT_FAIL"
	fi
	exit "$KSFT_PASS"
}

# ---------------------------------------------------------------- time

now()
{
	date +%s
}

if sleep 0.01 2>/dev/null; then
	SCSA_NAP=0.1
	SCSA_SHORTNAP=0.01
else
	SCSA_NAP=1
	SCSA_SHORTNAP=1
fi

nap()
{
	sleep "$SCSA_NAP"
}

# ---------------------------------------------------------------- processes

# pid_alive PID: true while PID runs (zombies count as gone).
pid_alive()
{
	read -r _pa_l 2>/dev/null < "/proc/$1/stat" || return 1
	_pa_r=${_pa_l##*) }
	case $_pa_r in
	Z*|X*) return 1 ;;
	esac
	return 0
}

# descendants PID: print all descendant pids of PID.
descendants()
{
	_de_all=""
	_de_front=" $1 "
	_de_depth=0
	while [ -n "${_de_front# }" ] && [ $_de_depth -lt 32 ]; do
		_de_next=""
		for _de_f in /proc/[0-9]*/stat; do
			read -r _de_l 2>/dev/null < "$_de_f" || continue
			_de_pid=${_de_l%% *}
			_de_r=${_de_l##*) }
			_de_r=${_de_r#* }
			_de_pp=${_de_r%% *}
			case $_de_front in
			*" $_de_pp "*) _de_next="$_de_next $_de_pid" ;;
			esac
		done
		_de_all="$_de_all$_de_next"
		_de_front="$_de_next "
		_de_depth=$((_de_depth + 1))
	done
	printf '%s\n' "$_de_all"
}

# kill_tree PID: TERM then KILL PID and all its descendants.
# Never waits for them: a task stuck in the kernel must not hang us.
kill_tree()
{
	_kt_pids="$1 $(descendants "$1")"
	# shellcheck disable=SC2086
	kill -TERM $_kt_pids 2>/dev/null
	_kt_i=0
	while [ $_kt_i -lt 20 ]; do
		_kt_any=0
		for _kt_p in $_kt_pids; do
			pid_alive "$_kt_p" && _kt_any=1
		done
		[ $_kt_any -eq 0 ] && return 0
		sleep "$SCSA_NAP"
		_kt_i=$((_kt_i + 1))
	done
	# shellcheck disable=SC2086
	kill -KILL $_kt_pids 2>/dev/null
	return 0
}

# bounded SECS CMD [ARGS...]: run CMD (a command or a shell function) but
# give up after SECS seconds.  Returns CMD's status, or 124 on timeout
# (after killing CMD and its children, without waiting for them).
bounded()
{
	_bd_t=$1
	shift
	"$@" &
	_bd_pid=$!
	_bd_end=$(($(now) + _bd_t))
	_bd_i=0
	while pid_alive "$_bd_pid"; do
		# poll fast at first: most bounded commands are short
		if [ $_bd_i -lt 30 ]; then
			_bd_i=$((_bd_i + 1))
			sleep "$SCSA_SHORTNAP"
			continue
		fi
		if [ "$(now)" -ge "$_bd_end" ]; then
			diag "TIMEOUT: '$*' still running after ${_bd_t}s, killing it"
			kill_tree "$_bd_pid"
			return 124
		fi
		nap
	done
	wait "$_bd_pid"
}

# wait_for PATH|CMD TIMEOUT: wait until PATH exists (argument starting
# with '/') or until the shell command CMD succeeds.  0 if it happened.
wait_for()
{
	_wf_what=$1
	_wf_end=$(($(now) + ${2:-30}))
	while :; do
		case $_wf_what in
		/*) [ -e "$_wf_what" ] && return 0 ;;
		*) eval "$_wf_what" >/dev/null 2>&1 && return 0 ;;
		esac
		[ "$(now)" -ge "$_wf_end" ] && return 1
		nap
	done
}

# wait_gone PATH TIMEOUT: wait until PATH no longer exists.
wait_gone()
{
	wait_for "[ ! -e '$1' ]" "${2:-30}"
}

# ---------------------------------------------------------------- modules

mod_loaded()
{
	grep -q "^$1 " /proc/modules 2>/dev/null
}

_loaded_push()
{
	_lp_new=""
	for _lp_m in $SCSA_LOADED; do
		[ "$_lp_m" = "$1" ] || _lp_new="$_lp_new $_lp_m"
	done
	SCSA_LOADED="$_lp_new $1"
}

_loaded_drop()
{
	_ld_new=""
	for _ld_m in $SCSA_LOADED; do
		[ "$_ld_m" = "$1" ] || _ld_new="$_ld_new $_ld_m"
	done
	SCSA_LOADED=$_ld_new
}

# need_mods NAME...: skip the test unless all these .ko files exist
need_mods()
{
	for _nm in "$@"; do
		[ -f "$SCSA_MODDIR/$_nm.ko" ] || skip "$_nm.ko not found in $SCSA_MODDIR"
	done
}

# Extra scsa_vhba parameters for every load of it: "scsa_vhba_extra=A=1,B=2"
# on the kernel command line (or SCSA_VHBA_EXTRA="A=1 B=2"), e.g. to run
# the tests with an enclosure LUN (ses_lun=255) next to the disks.
if [ -z "${SCSA_VHBA_EXTRA:-}" ]; then
	SCSA_VHBA_EXTRA=$(tr ' ' '\n' < /proc/cmdline 2>/dev/null |
		sed -n 's/^scsa_vhba_extra=//p' | tr ',' ' ')
fi

# load_mod NAME [PARAM=VALUE...]: insmod one of our modules.
# Skips the test when the .ko does not exist; returns 1 if insmod fails.
load_mod()
{
	_lm_n=$1
	shift
	if [ "$_lm_n" = scsa_vhba ] && [ -n "$SCSA_VHBA_EXTRA" ]; then
		# shellcheck disable=SC2086 # one word per parameter
		set -- "$@" $SCSA_VHBA_EXTRA
	fi
	_lm_p=$SCSA_MODDIR/$_lm_n.ko
	[ -f "$_lm_p" ] || skip "$_lm_n.ko not found in $SCSA_MODDIR"
	if mod_loaded "$_lm_n"; then
		diag "note: $_lm_n already loaded (left over?), unloading it first"
		unload_mod "$_lm_n" || return 1
	fi
	diag "insmod $_lm_n $*"
	bounded 120 insmod "$_lm_p" "$@" > "$SCSA_TMP/insmod.out" 2>&1
	_lm_rc=$?
	diag_file "$SCSA_TMP/insmod.out"
	if [ $_lm_rc -ne 0 ] || ! mod_loaded "$_lm_n"; then
		diag "insmod $_lm_n failed (status $_lm_rc)"
		return 1
	fi
	_loaded_push "$_lm_n"
	return 0
}

# dump_state WHY: everything that helps explain a hang, as diagnostics:
# the shim's and the vhba's debugfs files and the blocked tasks' stacks
# (sysrq w).  Once per test: the stacks are long.
dump_state()
{
	[ -n "$SCSA_DUMPED" ] && return 0
	SCSA_DUMPED=1
	diag "state dump: $1"
	for _ds_f in "$COMPAT_DBG"/stats "$COMPAT_DBG"/luns \
		     "$COMPAT_DBG"/attachments "$VHBA_DBG"/stats; do
		[ -r "$_ds_f" ] || continue
		diag "$_ds_f:"
		bounded 10 cat "$_ds_f" > "$SCSA_TMP/dump.out" 2>&1
		diag_file "$SCSA_TMP/dump.out"
	done
	if [ -w /proc/sysrq-trigger ]; then
		echo w > /proc/sysrq-trigger
		sleep 1
		dmesg | tail -n 300 > "$SCSA_TMP/dump.out"
		diag_file "$SCSA_TMP/dump.out"
	fi
}

# ktest_on_vhba [VHBA_PARAMS...]: load scsa_compat, scsa_vhba (with the
# given parameters) and scsa_ktest, wait for the vhba LUN and for
# scsa_ktest to attach to it; sets VHBA to its H:C:T:L.  Dies on failure.
# (its arguments are optional: callers without any are fine)
# shellcheck disable=SC2120
ktest_on_vhba()
{
	load_mod scsa_compat || die "insmod scsa_compat"
	load_mod scsa_vhba "$@" || die "insmod scsa_vhba $*"
	load_mod scsa_ktest || die "insmod scsa_ktest"
	VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
	wait_attached "$VHBA" scsa_ktest 30 ||
		die "scsa_ktest did not attach to $VHBA"
}

# unload_mod NAME: rmmod, bounded; 0 if the module is gone afterwards.
unload_mod()
{
	_um_n=$1
	if ! mod_loaded "$_um_n"; then
		_loaded_drop "$_um_n"
		return 0
	fi
	diag "rmmod $_um_n"
	bounded 120 rmmod "$_um_n" > "$SCSA_TMP/rmmod.out" 2>&1
	_um_rc=$?
	diag_file "$SCSA_TMP/rmmod.out"
	if [ $_um_rc -ne 0 ]; then
		diag "rmmod $_um_n failed (status $_um_rc)"
		[ $_um_rc -eq 124 ] && dump_state "rmmod $_um_n hung"
		return 1
	fi
	if ! wait_for "! grep -q '^$_um_n ' /proc/modules" 30; then
		diag "$_um_n still listed in /proc/modules after rmmod"
		return 1
	fi
	_loaded_drop "$_um_n"
	return 0
}

# load_scsi_debug [PARAMS...]: modprobe scsi_debug; 1 if not possible.
# shellcheck disable=SC2120 # optional arguments
load_scsi_debug()
{
	if mod_loaded scsi_debug; then
		diag "note: scsi_debug already loaded, reloading it"
		unload_mod scsi_debug || return 1
	fi
	diag "modprobe scsi_debug $*"
	bounded 120 modprobe scsi_debug "$@" > "$SCSA_TMP/modprobe.out" 2>&1
	_ls_rc=$?
	diag_file "$SCSA_TMP/modprobe.out"
	if [ $_ls_rc -ne 0 ] || ! mod_loaded scsi_debug; then
		return 1
	fi
	_loaded_push scsi_debug
	return 0
}

have_loaded()
{
	case $SCSA_LOADED in
	*[!\ ]*) return 0 ;;
	esac
	return 1
}

# unload everything this test loaded, newest first
unload_all()
{
	_ua_rc=0
	while have_loaded; do
		_ua_last=""
		for _ua_m in $SCSA_LOADED; do
			_ua_last=$_ua_m
		done
		if ! unload_mod "$_ua_last"; then
			_ua_rc=1
			_loaded_drop "$_ua_last"
		fi
	done
	return $_ua_rc
}

_lib_exit()
{
	_le_rc=$?
	trap - EXIT
	if have_loaded; then
		diag "cleanup: unloading$SCSA_LOADED"
		if ! unload_all; then
			diag "FAIL: cleanup could not unload every module"
			case $_le_rc in
			0|4) _le_rc=1 ;;
			esac
		fi
	fi
	[ -n "$SCSA_TMP" ] && rm -rf "$SCSA_TMP"
	exit $_le_rc
}

lib_init()
{
	SCSA_TMP=$(mktemp -d "${TMPDIR:-/tmp}/scsa.XXXXXX") ||
		SCSA_TMP=${TMPDIR:-/tmp}/scsa.$$
	mkdir -p "$SCSA_TMP"
	trap _lib_exit EXIT
	trap 'exit 1' INT TERM HUP
}

# ---------------------------------------------------------------- devices

# sysfs attribute of a SCSI device, whitespace trimmed
scsi_attr()
{
	_sa_v=""
	read -r _sa_v 2>/dev/null < "/sys/class/scsi_device/$1/device/$2"
	printf '%s\n' "$_sa_v"
}

# list H:C:T:L of all SCSI devices, numerically sorted
_all_hctl()
{
	for _ah in /sys/class/scsi_device/*; do
		[ -e "$_ah" ] || continue
		printf '%s\n' "${_ah##*/}"
	done | sort -t: -k1,1n -k2,2n -k3,3n -k4,4n
}

# hctl_of_vhba [N]: H:C:T:L of the N-th (1-based) scsa_vhba disk LUN
# (its enclosure services LUNs, type 13, are not counted: hctl_of_vhba_ses)
hctl_of_vhba()
{
	_hv_n=${1:-1}
	_hv_i=0
	for _hv in $(_all_hctl); do
		[ "$(scsi_attr "$_hv" type)" = 13 ] && continue
		_hv_h=${_hv%%:*}
		_hv_pn=""
		read -r _hv_pn 2>/dev/null < "/sys/class/scsi_host/host$_hv_h/proc_name"
		if [ "$(scsi_attr "$_hv" vendor)" = SCSAVHBA ] ||
		   [ "$_hv_pn" = scsa_vhba ]; then
			_hv_i=$((_hv_i + 1))
			if [ $_hv_i -eq "$_hv_n" ]; then
				printf '%s\n' "$_hv"
				return 0
			fi
		fi
	done
	return 1
}

# hctl_of_vhba_ses [N]: H:C:T:L of the N-th scsa_vhba enclosure LUN (ses_lun)
hctl_of_vhba_ses()
{
	_hz_n=${1:-1}
	_hz_i=0
	for _hz in $(_all_hctl); do
		[ "$(scsi_attr "$_hz" vendor)" = SCSAVHBA ] || continue
		[ "$(scsi_attr "$_hz" type)" = 13 ] || continue
		_hz_i=$((_hz_i + 1))
		if [ $_hz_i -eq "$_hz_n" ]; then
			printf '%s\n' "$_hz"
			return 0
		fi
	done
	return 1
}

# hctl_of_virtio: the QEMU virtio-scsi disk (vendor QEMU, type 0)
hctl_of_virtio()
{
	for _hq in $(_all_hctl); do
		if [ "$(scsi_attr "$_hq" vendor)" = QEMU ] &&
		   [ "$(scsi_attr "$_hq" type)" = 0 ]; then
			printf '%s\n' "$_hq"
			return 0
		fi
	done
	return 1
}

# hctl_of_scsi_debug: vendor "Linux", model "scsi_debug"
hctl_of_scsi_debug()
{
	for _hs in $(_all_hctl); do
		if [ "$(scsi_attr "$_hs" vendor)" = Linux ] &&
		   [ "$(scsi_attr "$_hs" model)" = scsi_debug ]; then
			printf '%s\n' "$_hs"
			return 0
		fi
	done
	return 1
}

# wait_hctl KIND [TIMEOUT]: KIND is vhba, virtio or scsi_debug
wait_hctl()
{
	_wh_end=$(($(now) + ${2:-30}))
	while :; do
		hctl_of_"$1" && return 0
		[ "$(now)" -ge "$_wh_end" ] && return 1
		nap
	done
}

host_of()
{
	printf '%s\n' "${1%%:*}"
}

# sdsk_of HCTL: /dev/sdskN whose /sys/block/sdskN/device is HCTL
sdsk_of()
{
	for _sk in /sys/block/sdsk*; do
		[ -e "$_sk/device" ] || continue
		_sk_l=$(readlink "$_sk/device")
		if [ "${_sk_l##*/}" = "$1" ]; then
			printf '/dev/%s\n' "${_sk##*/}"
			return 0
		fi
	done
	return 1
}

# qlim HCTL NAME: a queue limit of HCTL's Linux disk (empty if unknown)
qlim()
{
	_ql_v=""
	for _ql_b in /sys/class/scsi_device/"$1"/device/block/*; do
		read -r _ql_v 2>/dev/null < "$_ql_b/queue/$2"
		break
	done
	printf '%s\n' "$_ql_v"
}

# sd_of HCTL: the Linux sd disk of HCTL
sd_of()
{
	for _sd in /sys/class/scsi_device/"$1"/device/block/*; do
		[ -e "$_sd" ] || continue
		printf '/dev/%s\n' "${_sd##*/}"
		return 0
	done
	return 1
}

# sg_of HCTL: the Linux sg node of HCTL
sg_of()
{
	for _sg in /sys/class/scsi_device/"$1"/device/scsi_generic/*; do
		[ -e "$_sg" ] || continue
		printf '/dev/%s\n' "${_sg##*/}"
		return 0
	done
	return 1
}

# scsa_node HCTL DRIVER: /dev/scsa/<name> of a minor node DRIVER made
# (ddi_create_minor_node) on HCTL: /sys/class/scsa/<driver><N>:<minor>,
# whose "device" link is the Linux SCSI device
scsa_node()
{
	for _sn in /sys/class/scsa/*; do
		[ -e "$_sn/device" ] || continue
		_sn_b=${_sn##*/}
		case $_sn_b in
		"$2"[0-9]*:*) ;;
		*) continue ;;
		esac
		_sn_l=$(readlink "$_sn/device")
		if [ "${_sn_l##*/}" = "$1" ]; then
			printf '/dev/scsa/%s\n' "$_sn_b"
			return 0
		fi
	done
	return 1
}

# wait_scsa_node HCTL DRIVER [TIMEOUT]: wait for that node in /dev
wait_scsa_node()
{
	_wn_end=$(($(now) + ${3:-30}))
	while :; do
		_wn_d=$(scsa_node "$1" "$2") && [ -c "$_wn_d" ] && {
			printf '%s\n' "$_wn_d"
			return 0
		}
		[ "$(now)" -ge "$_wn_end" ] && return 1
		nap
	done
}

# wait_sdsk HCTL [TIMEOUT]: wait for the sample driver's block node
wait_sdsk()
{
	_ws_end=$(($(now) + ${2:-30}))
	while :; do
		_ws_d=$(sdsk_of "$1") && [ -b "$_ws_d" ] && {
			printf '%s\n' "$_ws_d"
			return 0
		}
		[ "$(now)" -ge "$_ws_end" ] && return 1
		nap
	done
}

# wait_sd HCTL [TIMEOUT]
wait_sd()
{
	_wd_end=$(($(now) + ${2:-30}))
	while :; do
		_wd_d=$(sd_of "$1") && [ -b "$_wd_d" ] && {
			printf '%s\n' "$_wd_d"
			return 0
		}
		[ "$(now)" -ge "$_wd_end" ] && return 1
		nap
	done
}

# attached HCTL DRIVER: is there an attachments line for it?
attached()
{
	awk -v h="$1" -v d="$2" '$1 == h && $2 == d { f = 1 } END { exit !f }' \
		"$COMPAT_DBG/attachments" 2>/dev/null
}

# attach_instance HCTL DRIVER: print the instance number
attach_instance()
{
	awk -v h="$1" -v d="$2" '$1 == h && $2 == d { print $3; exit }' \
		"$COMPAT_DBG/attachments" 2>/dev/null
}

wait_attached()
{
	wait_for "attached '$1' '$2'" "${3:-30}"
}

wait_detached()
{
	wait_for "! attached '$1' '$2'" "${3:-30}"
}

show_attachments()
{
	diag "attachments:"
	if [ -r "$COMPAT_DBG/attachments" ]; then
		sed 's/^/#   /' "$COMPAT_DBG/attachments"
	else
		diag "  (no $COMPAT_DBG/attachments)"
	fi
}

# stat_of FILE NAME: value of a "name value" line
stat_of()
{
	awk -v n="$2" '$1 == n { print $2; f = 1; exit } END { exit !f }' "$1" 2>/dev/null
}

# dev_bytes /dev/X: size of a block device in bytes
dev_bytes()
{
	_db=0
	read -r _db 2>/dev/null < "/sys/class/block/${1##*/}/size"
	printf '%s\n' $((_db * 512))
}

# ---------------------------------------------------------------- ktest

# ktest TEST HCTL [ARGS...]: run one scsa_ktest test; print its log.
# Returns the write's status (0 pass).  Sets KTEST_ERRNO to "" (pass),
# EIO, ENODEV, EINVAL, TIMEOUT or OTHER and KTEST_ERR to the message.
_ktest_write()
{
	echo "$1" > "$KTEST_DBG/run"
}

ktest()
{
	_kt_cmd="$*"
	diag "ktest: $_kt_cmd"
	bounded "${KTEST_TIMEOUT:-150}" _ktest_write "$_kt_cmd" 2> "$SCSA_TMP/ktest.err"
	_kt_rc=$?
	KTEST_ERR=$(cat "$SCSA_TMP/ktest.err" 2>/dev/null)
	if [ $_kt_rc -eq 0 ]; then
		KTEST_ERRNO=""
	elif [ $_kt_rc -eq 124 ]; then
		KTEST_ERRNO=TIMEOUT
	else
		case $KTEST_ERR in
		*"Input/output error"*) KTEST_ERRNO=EIO ;;
		*"No such device"*) KTEST_ERRNO=ENODEV ;;
		*"Invalid argument"*) KTEST_ERRNO=EINVAL ;;
		*) KTEST_ERRNO=OTHER ;;
		esac
		diag "ktest write failed: ${KTEST_ERR:-status $_kt_rc} ($KTEST_ERRNO)"
	fi
	if [ -r "$KTEST_DBG/log" ]; then
		diag_file "$KTEST_DBG/log"
	fi
	return $_kt_rc
}

# ktest_pass DESC TEST HCTL ARGS...: must pass
ktest_pass()
{
	_kp_d=$1
	shift
	if ktest "$@"; then
		pass "$_kp_d"
	else
		fail "$_kp_d ($KTEST_ERRNO)"
	fi
}

# ktest_errno DESC ERRNO TEST HCTL ARGS...: must fail with ERRNO
ktest_errno()
{
	_ke_d=$1
	_ke_e=$2
	shift 2
	ktest "$@"
	if [ "$KTEST_ERRNO" = "$_ke_e" ]; then
		pass "$_ke_d: $_ke_e"
	else
		fail "$_ke_d: expected $_ke_e, got '${KTEST_ERRNO:-pass}'"
	fi
}

# sd_blocks HCTL: capacity in logical blocks as Linux sd sees it
sd_blocks()
{
	_sb_d=$(wait_sd "$1" 30) || return 1
	_sb_lbs=512
	read -r _sb_lbs 2>/dev/null < "/sys/block/${_sb_d##*/}/queue/logical_block_size"
	echo $(($(dev_bytes "$_sb_d") / _sb_lbs))
}

# ---------------------------------------------------------------- data

# pattern_file PATH BYTES SEED [BASE]: deterministic content.  Every
# 512-byte block is "S<seed hex>@<byte offset>:<filler>#<byte offset>\n"
# where offset = BASE + position in file, and the 475-byte filler is a
# seed-dependent, block-dependent slice of pseudo-random hex, so that a
# block written to the wrong LBA, a stale block from an earlier write
# (other seed), a torn block or a shifted segment are all detected.
pattern_file()
{
	awk -v n="$2" -v seed="$3" -v base="${4:-0}" 'BEGIN {
		srand(seed + 0)
		f = ""
		while (length(f) < 960)
			f = f sprintf("%04x", int(rand() * 65536))
		nb = int((n + 511) / 512)
		for (b = 0; b < nb; b++) {
			o = base + b * 512
			printf "S%08x@%012d:%s#%012d\n", seed, o,
				substr(f, 1 + (b * 37) % 480, 475), o
		}
	}' > "$1.tmp" || return 1
	if [ $(($2 % 512)) -ne 0 ]; then
		head -c "$2" "$1.tmp" > "$1" || return 1
		rm -f "$1.tmp"
	else
		mv "$1.tmp" "$1"
	fi
}

# next_seed: a fresh seed for every write of a test run
next_seed()
{
	SCSA_SEED=$((SCSA_SEED + 1))
}

file_bytes()
{
	wc -c < "$1" | tr -d ' '
}

# Does this dd know iflag=direct etc.?  (busybox >= 1.33; the flags are
# only parsed here: no if=/of= so nothing is opened with O_DIRECT)
if dd iflag=direct,skip_bytes,count_bytes,fullblock oflag=direct,seek_bytes \
	count=0 < /dev/null > /dev/null 2>&1; then
	DD_DIRECT=1
else
	DD_DIRECT=0
fi

# I/O size for dd: at least a page (busybox dd mmaps buffers of >= a
# page, which makes them page aligned for O_DIRECT; smaller buffers are
# malloc()ed and busybox silently drops O_DIRECT on EINVAL), at most 4 MiB.
_dd_bs()
{
	if [ "$1" -le 4096 ]; then
		echo 4096
	elif [ "$1" -ge 4194304 ]; then
		echo 4194304
	else
		echo "$1"
	fi
}

# drop_dev_cache DEV: make the next read of DEV come from the device
drop_dev_cache()
{
	sync
	blockdev --flushbufs "$1" > /dev/null 2>&1
	echo 3 > /proc/sys/vm/drop_caches 2>/dev/null
	return 0
}

# dev_write FILE DEV OFFSET: write FILE to DEV at byte OFFSET with
# O_DIRECT (when dd supports it) and fsync.
_dev_write()
{
	_dw_bs=$(_dd_bs "$(file_bytes "$1")")
	if [ "$DD_DIRECT" = 1 ]; then
		dd if="$1" of="$2" bs="$_dw_bs" iflag=fullblock \
			oflag=direct,seek_bytes seek="$3" conv=notrunc,fsync
	else
		# old dd: no O_DIRECT, no byte offsets; caches are dropped
		# before every read instead
		dd if="$1" of="$2" bs=512 seek=$(($3 / 512)) conv=notrunc,fsync
	fi
}

dev_write()
{
	bounded "${IO_TIMEOUT:-120}" _dev_write "$@" > "$SCSA_TMP/dd.out" 2>&1
	_dw_rc=$?
	if [ $_dw_rc -ne 0 ]; then
		diag "write of $1 to $2 at $3 failed (status $_dw_rc):"
		diag_file "$SCSA_TMP/dd.out"
	fi
	return $_dw_rc
}

# dev_read DEV OFFSET BYTES OUT: read with O_DIRECT after dropping caches
_dev_read()
{
	_dr_bs=$(_dd_bs "$3")
	if [ "$DD_DIRECT" = 1 ]; then
		dd if="$1" of="$4" bs="$_dr_bs" iflag=direct,skip_bytes,count_bytes,fullblock \
			skip="$2" count="$3"
	else
		if [ $(($2 % 512)) -ne 0 ] || [ $(($3 % 512)) -ne 0 ]; then
			echo "offset/length not sector multiples"
			return 1
		fi
		dd if="$1" of="$4" bs=512 skip=$(($2 / 512)) count=$(($3 / 512))
	fi
}

dev_read()
{
	drop_dev_cache "$1"
	bounded "${IO_TIMEOUT:-120}" _dev_read "$@" > "$SCSA_TMP/dd.out" 2>&1
	_dr_rc=$?
	if [ $_dr_rc -ne 0 ]; then
		diag "read of $3 bytes from $1 at $2 failed (status $_dr_rc):"
		diag_file "$SCSA_TMP/dd.out"
	fi
	return $_dr_rc
}

# cmp_files EXPECTED GOT: compare, explaining the first bad block
cmp_files()
{
	_cf_sz=$(file_bytes "$1")
	_cf_gsz=$(file_bytes "$2")
	if [ "$_cf_sz" != "$_cf_gsz" ]; then
		diag "size mismatch: expected $_cf_sz bytes, got $_cf_gsz"
		return 1
	fi
	_cf_out=$(cmp "$1" "$2" 2>&1) && return 0
	diag "data mismatch: $_cf_out"
	# "FILE1 FILE2 differ: char N, line M" (busybox: "byte N")
	_cf_n=$(printf '%s\n' "$_cf_out" | awk '{
		for (i = 1; i < NF; i++)
			if ($i == "char" || $i == "byte") {
				sub(/,$/, "", $(i + 1)); print $(i + 1); exit
			}
	}')
	if [ -n "$_cf_n" ]; then
		_cf_blk=$(((_cf_n - 1) / 512))
		diag "first difference at byte $((_cf_n - 1)) (block $_cf_blk of the transfer)"
		diag "  expected: $(dd if="$1" bs=512 skip=$_cf_blk count=1 2>/dev/null | head -c 40)"
		diag "  got:      $(dd if="$2" bs=512 skip=$_cf_blk count=1 2>/dev/null | head -c 40)"
	fi
	return 1
}

# cmp_dev DEV OFFSET FILE: read size(FILE) bytes of DEV at OFFSET
# (direct I/O, caches dropped) and compare them with FILE.
cmp_dev()
{
	_cd_got=$SCSA_TMP/got.$$
	rm -f "$_cd_got"
	dev_read "$1" "$2" "$(file_bytes "$3")" "$_cd_got" || return 1
	cmp_files "$3" "$_cd_got"
	_cd_rc=$?
	rm -f "$_cd_got"
	return $_cd_rc
}

# xfer_check WDEV RDEV OFFSET BYTES [LABEL]: write a fresh pattern through
# WDEV, read it back through RDEV and compare.
xfer_check()
{
	next_seed
	_xc_f=$SCSA_TMP/pat.$SCSA_SEED
	pattern_file "$_xc_f" "$4" "$SCSA_SEED" "$3" || { fail "pattern_file"; return 1; }
	_xc_rc=0
	if ! dev_write "$_xc_f" "$1" "$3"; then
		_xc_rc=1
	elif ! cmp_dev "$2" "$3" "$_xc_f"; then
		_xc_rc=1
	fi
	rm -f "$_xc_f"
	if [ $_xc_rc -eq 0 ]; then
		pass "${5:-}$4 bytes at $3: write $1, read $2"
	else
		fail "${5:-}$4 bytes at $3: write $1, read $2"
	fi
	return $_xc_rc
}
