#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The project's demo ("make run"): a Solaris-style disk driver
# (scsa_disk, /dev/sdskN) and Linux's sd share two real host adapters,
# scsa_vhba and QEMU's virtio-scsi.  For each disk:
#   1. write a 4 MiB pattern through /dev/sdskN at offset 1 MiB
#      (O_DIRECT + fsync), read it through Linux sd (/dev/sdX of the same
#      H:C:T:L, O_DIRECT, caches dropped) and compare;
#   2. the reverse: write through sd, read through /dev/sdskN.
# Prints a short report (attachments, bytes verified, packets issued)
# and one TAP line per check.  Exit status: 0 if every check passed.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_disk

OFFSET=$((1024 * 1024))
BYTES=$((4 * 1024 * 1024))
TAP_N=0
BAD=0
REPORT=""

tap()
{
	TAP_N=$((TAP_N + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $TAP_N - $2"
	else
		BAD=1
		echo "not ok $TAP_N - $2"
	fi
}

tap_skip()
{
	TAP_N=$((TAP_N + 1))
	echo "ok $TAP_N - $1 # SKIP $2"
}

report()
{
	REPORT="$REPORT
  $*"
}

# transfer LABEL WDEV RDEV: one direction, one TAP line
transfer()
{
	next_seed
	_t_f=$SCSA_TMP/demo.$SCSA_SEED
	_t_rc=1
	if pattern_file "$_t_f" $BYTES "$SCSA_SEED" $OFFSET &&
	   dev_write "$_t_f" "$2" $OFFSET &&
	   cmp_dev "$3" $OFFSET "$_t_f"; then
		_t_rc=0
		report "$1: $BYTES bytes written via ${2##*/}, read back via ${3##*/}: identical"
	else
		report "$1: written via ${2##*/}, read back via ${3##*/}: MISMATCH or I/O error"
	fi
	rm -f "$_t_f"
	tap $_t_rc "$1: 4 MiB at 1 MiB written via ${2##*/}, verified via ${3##*/}"
}

# demo_disk LABEL HCTL
demo_disk()
{
	_d_l=$1
	_d_h=$2
	_d_rc=0
	wait_attached "$_d_h" scsa_disk 30 || _d_rc=1
	_d_k=$(wait_sdsk "$_d_h" 30) || _d_rc=1
	_d_s=$(wait_sd "$_d_h" 30) || _d_rc=1
	tap $_d_rc "$_d_l $_d_h attached by scsa_disk (${_d_k:-no sdsk}) and by sd (${_d_s:-no sd})"
	if [ $_d_rc -ne 0 ]; then
		report "$_d_l $_d_h: not attached, no data checks"
		show_attachments
		return 1
	fi
	report "$_d_l $_d_h: Solaris-style ${_d_k#/dev/}, Linux ${_d_s#/dev/}"
	transfer "$_d_l" "$_d_k" "$_d_s"
	transfer "$_d_l" "$_d_s" "$_d_k"
}

echo "scsa-compat demo on $(uname -r)"

rc=0
for m in scsa_compat scsa_vhba scsa_disk; do
	load_mod $m || rc=1
done
tap $rc "load scsa_compat, scsa_vhba, scsa_disk"
[ $rc -eq 0 ] || exit 1
P0=$(stat_of "$COMPAT_DBG/stats" pkts_transported)

if VHBA=$(wait_hctl vhba 30); then
	demo_disk "scsa_vhba" "$VHBA"
else
	tap 1 "scsa_vhba LUN present"
fi

if VIRTIO=$(wait_hctl virtio 30); then
	demo_disk "virtio-scsi" "$VIRTIO"
else
	tap_skip "virtio-scsi disk" "no QEMU virtio-scsi disk found"
fi

P1=$(stat_of "$COMPAT_DBG/stats" pkts_transported)

echo
echo "==== scsa-compat demo report ===="
echo "Solaris-style attachments (H:C:T:L driver instance):"
sed 's/^/  /' "$COMPAT_DBG/attachments"
echo "Data verified:$REPORT"
echo "Packets transported by the shim: ${P1:-?} (${P0:-?} before the data checks)"
for s in pkts_allocated pkts_completed bytes_transferred callbacks_run tran_busy; do
	echo "  $s $(stat_of "$COMPAT_DBG/stats" $s)"
done
echo "================================="
echo

rc=0
unload_all || rc=1
tap $rc "unload scsa_disk, scsa_vhba, scsa_compat"

[ $BAD -eq 0 ] && echo "demo: all checks passed" || echo "demo: FAILED"
exit $BAD
