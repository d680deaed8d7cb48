#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Data integrity through the sample driver on every host adapter:
# scsa_vhba (default limits), virtio-scsi, scsi_debug, and scsa_vhba with
# small limits (max_sectors=64 sg_tablesize=8) so that the shim must
# split a 4 MiB transfer into many windows.
#
# For each size 512, 3584 (7 sectors), 4096, 64 KiB, 1 MiB, 4 MiB at
# byte offset 0 and 2097664 (sector 4097: not 4 KiB aligned):
#   write a fresh pattern (every 512-byte block stamped with seed and
#   byte offset) through /dev/sdskN (O_DIRECT + fsync), read it back
#   through /dev/sdskN and through Linux sd (O_DIRECT, caches dropped),
#   compare.  Also: write through sd, read through sdsk (4 MiB and 7
#   sectors at the odd offset), and the last 64 KiB of the device.
# Pass: every comparison equal.  Skip (4): scsi_debug not loadable and
# everything else passed.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_disk

SIZES=${SIZES:-"512 3584 4096 65536 1048576 4194304"}
OFFSETS=${OFFSETS:-"0 2097664"}

# write via W, read back via W and via R
xfer3()
{
	next_seed
	_x_f=$SCSA_TMP/pat.$SCSA_SEED
	pattern_file "$_x_f" "$4" "$SCSA_SEED" "$3" || { fail "pattern_file"; return 1; }
	_x_what="$5$4 bytes at $3 written via ${1##*/}"
	if ! dev_write "$_x_f" "$1" "$3"; then
		fail "$_x_what: write failed"
	else
		if cmp_dev "$1" "$3" "$_x_f"; then
			pass "$_x_what, read via ${1##*/}"
		else
			fail "$_x_what, read via ${1##*/}"
		fi
		if cmp_dev "$2" "$3" "$_x_f"; then
			pass "$_x_what, read via ${2##*/}"
		else
			fail "$_x_what, read via ${2##*/}"
		fi
	fi
	rm -f "$_x_f"
}

show_limits()
{
	for _sl_d in "$@"; do
		_sl_q=/sys/block/${_sl_d##*/}/queue
		_sl_m=""; _sl_s=""; _sl_z=""
		read -r _sl_m 2>/dev/null < "$_sl_q/max_sectors_kb"
		read -r _sl_s 2>/dev/null < "$_sl_q/max_segments"
		read -r _sl_z 2>/dev/null < "$_sl_q/max_segment_size"
		diag "  ${_sl_d##*/}: max_sectors_kb=$_sl_m max_segments=$_sl_s max_segment_size=$_sl_z"
	done
}

# suite LABEL HCTL
suite()
{
	_s_l=$1
	_s_h=$2
	if ! wait_attached "$_s_h" scsa_disk 30; then
		fail "$_s_l: $_s_h not attached by scsa_disk"
		return 1
	fi
	_s_d=$(wait_sdsk "$_s_h" 30) || { fail "$_s_l: no /dev/sdsk for $_s_h"; return 1; }
	_s_s=$(wait_sd "$_s_h" 30) || { fail "$_s_l: no sd disk for $_s_h"; return 1; }
	_s_sz=$(dev_bytes "$_s_d")
	diag "== $_s_l: $_s_h, $_s_d and $_s_s, $_s_sz bytes (sd: $(dev_bytes "$_s_s"))"
	show_limits "$_s_d" "$_s_s"
	check "$_s_l: sdsk and sd agree on the size" [ "$_s_sz" = "$(dev_bytes "$_s_s")" ]
	_s_t0=$(now)
	_s_before=$(stat_of "$COMPAT_DBG/stats" pkts_transported)
	for _s_o in $OFFSETS; do
		for _s_n in $SIZES; do
			xfer3 "$_s_d" "$_s_s" "$_s_o" "$_s_n" "$_s_l: "
		done
	done
	_s_odd=2097664
	xfer3 "$_s_s" "$_s_d" $_s_odd 4194304 "$_s_l: "
	xfer3 "$_s_s" "$_s_d" $_s_odd 3584 "$_s_l: "
	if [ "${_s_sz:-0}" -gt 65536 ]; then
		xfer3 "$_s_d" "$_s_s" $((_s_sz - 65536)) 65536 "$_s_l: end of disk: "
	fi
	diag "$_s_l: done in $(($(now) - _s_t0)) s," \
		"$(($(stat_of "$COMPAT_DBG/stats" pkts_transported) - ${_s_before:-0})) packets"
}

SDEBUG=1
load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_disk || die "insmod scsa_disk"

VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
suite "vhba" "$VHBA"

if VIRTIO=$(hctl_of_virtio); then
	suite "virtio" "$VIRTIO"
else
	fail "no virtio-scsi disk (the contract promises one)"
fi

if load_scsi_debug dev_size_mb=16; then
	if SD=$(wait_hctl scsi_debug 30); then
		suite "scsi_debug" "$SD"
	else
		fail "scsi_debug loaded but no LUN found"
	fi
	unload_mod scsi_debug || fail "unload scsi_debug with scsa_disk attached"
else
	diag "scsi_debug not loadable: its part is left out"
	SDEBUG=0
fi

unload_mod scsa_vhba || die "unload scsa_vhba"
if load_mod scsa_vhba max_sectors=64 sg_tablesize=8; then
	VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN (small limits)"
	suite "vhba-small" "$VHBA"
else
	fail "insmod scsa_vhba max_sectors=64 sg_tablesize=8"
fi

show_attachments
[ -r "$VHBA_DBG/stats" ] && { diag "scsa_vhba stats:"; sed 's/^/#   /' "$VHBA_DBG/stats"; }
[ "$SCSA_FAILED" -eq 0 ] && [ $SDEBUG -eq 0 ] &&
	skip "scsi_debug not loadable (vhba, virtio and small-limit vhba parts passed)"
finish
