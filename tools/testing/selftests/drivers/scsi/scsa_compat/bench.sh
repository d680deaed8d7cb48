#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Benchmarks (make bench): the sample Solaris-style driver through the
# shim (/dev/sdskN) against Linux's own sd on the same LUN, on the
# scsa_vhba LUN (RAM, no delay) and QEMU's virtio-scsi disk.  Numbers only:
# speed is never a pass/fail criterion (TCG makes absolute values
# meaningless; the sdsk/sd ratio on the same LUN is what to watch).
#
# For each LUN and device, fio --direct=1 with a fixed runtime:
#   randread  4 KiB, psync (queue depth 1)
#   randread  4 KiB, libaio queue depth 16 (if fio has libaio)
#   read      1 MiB sequential, psync
#   write     1 MiB sequential, psync
# and the memory the shim uses per packet (the scsa_pkt slab object).
# Output: "# bench: ..." lines and one TAP line per measurement that ran.
# Fails only if fio cannot run at all.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_disk

command -v fio > /dev/null 2>&1 || skip "fio not installed"
RUNTIME=${BENCH_RUNTIME:-5}
N=0

tap()
{
	N=$((N + 1))
	if [ "$1" = ok ]; then
		echo "ok $N - $2"
	else
		echo "not ok $N - $2"
	fi
}

# fio_iops DEV RW BS ENGINE DEPTH: prints "IOPS KiB/s", or fails
fio_iops()
{
	_fi_out=$SCSA_TMP/fio.terse
	bounded $((RUNTIME + 60)) fio --name=b --filename="$1" --rw="$2" \
		--bs="$3" --ioengine="$4" --iodepth="$5" --direct=1 \
		--time_based --runtime="$RUNTIME" --size=32M \
		--output-format=terse > "$_fi_out" 2>&1 || return 1
	# terse v3: field 7/8 read KiB/s and IOPS, 48/49 write KiB/s and IOPS
	awk -F';' -v rw="$2" '/^3;/ {
		if (rw ~ /write/) print $49, $48; else print $8, $7; f = 1 }
		END { exit !f }' "$_fi_out"
}

have_libaio()
{
	fio --name=p --filename=/dev/null --size=4k --rw=read \
		--ioengine=libaio --iodepth=1 > /dev/null 2>&1
}

# one LABEL HCTL: all measurements on sdsk and sd of HCTL
one()
{
	_o_l=$1
	_o_d=$(wait_sdsk "$2" 30) || { diag "$_o_l: no sdsk"; return 1; }
	_o_s=$(wait_sd "$2" 30) || { diag "$_o_l: no sd"; return 1; }
	diag "bench: $_o_l: ${_o_d##*/} (scsa_compat) vs ${_o_s##*/} (sd), $RUNTIME s each"
	for _o_c in "randread 4k psync 1" "randread 4k libaio 16" \
		    "read 1M psync 1" "write 1M psync 1"; do
		# shellcheck disable=SC2086
		set -- $_o_c
		[ "$3" = libaio ] && [ "$LIBAIO" = 0 ] && continue
		_o_what="$_o_l $1 $2 $3 qd$4"
		if _o_a=$(fio_iops "$_o_d" "$1" "$2" "$3" "$4") &&
		   _o_b=$(fio_iops "$_o_s" "$1" "$2" "$3" "$4"); then
			_o_ai=${_o_a%% *}; _o_bi=${_o_b%% *}
			_o_r=$(awk -v a="$_o_ai" -v b="$_o_bi" \
				'BEGIN { if (b > 0) printf "%.0f", 100 * a / b; else print "-" }')
			diag "bench: $_o_what: sdsk ${_o_ai} IOPS ${_o_a#* } KiB/s," \
			     "sd ${_o_bi} IOPS ${_o_b#* } KiB/s, sdsk/sd ${_o_r}%"
			tap ok "$_o_what"
		else
			diag "fio failed:"
			diag_file "$SCSA_TMP/fio.terse"
			tap notok "$_o_what"
			SCSA_FAILED=1
		fi
	done
}

load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_disk || die "insmod scsa_disk"
LIBAIO=1
have_libaio || { LIBAIO=0; diag "bench: fio has no libaio: queue-depth runs left out"; }

VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
wait_attached "$VHBA" scsa_disk 30 || die "$VHBA not attached by scsa_disk"
one vhba "$VHBA"
if VIRTIO=$(hctl_of_virtio); then
	wait_attached "$VIRTIO" scsa_disk 30 && one virtio "$VIRTIO"
fi

_b_os=$(cat /sys/kernel/slab/scsa_pkt/object_size 2>/dev/null)
_b_ss=$(cat /sys/kernel/slab/scsa_pkt/slab_size 2>/dev/null)
diag "bench: memory per packet: scsa_pkt object ${_b_os:-?} bytes" \
     "(${_b_ss:-?} with slab overhead); nothing else is allocated for" \
     "CDBs up to 32 bytes, status areas up to 64, pkt_private up to 32" \
     "and windows of up to 8 pieces"
diag "bench: shim stats:"
sed 's/^/#   /' "$COMPAT_DBG/stats"
finish
