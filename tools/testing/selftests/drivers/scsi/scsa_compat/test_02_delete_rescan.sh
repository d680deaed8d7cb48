#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Attach/detach on SCSI device delete and host rescan, three times:
#   echo 1 > /sys/class/scsi_device/HCTL/device/delete
#     -> /dev/sdskN disappears, attachments line gone (within 30 s)
#   echo '- - -' > /sys/class/scsi_host/hostH/scan
#     -> the LUN comes back, scsa_disk reattaches, a 64 KiB
#        write/read through /dev/sdskN and through sd compares equal.
# Both sysfs writes are bounded (60 s) so a hang is a failure.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_disk

ROUNDS=${ROUNDS:-3}

load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_disk || die "insmod scsa_disk"

VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN appeared"
HOST=$(host_of "$VHBA")
diag "vhba LUN $VHBA on host$HOST"
wait_attached "$VHBA" scsa_disk 30 || die "$VHBA not attached by scsa_disk"
D=$(wait_sdsk "$VHBA" 30) || die "no /dev/sdsk for $VHBA"
S=$(wait_sd "$VHBA" 30) || die "no sd disk for $VHBA"
xfer_check "$D" "$S" 0 65536 "before delete: " || die "I/O before delete"

_sysfs_write()
{
	echo "$1" > "$2"
}

r=1
while [ $r -le "$ROUNDS" ]; do
	diag "== round $r: delete $VHBA"
	bounded 60 _sysfs_write 1 "/sys/class/scsi_device/$VHBA/device/delete"
	rc=$?
	check "delete write succeeded (status $rc)" [ $rc -eq 0 ]
	check "$D gone" wait_gone "/sys/block/${D##*/}" 30
	check "attachments line for $VHBA gone" wait_detached "$VHBA" scsa_disk 30
	check "scsi_device $VHBA gone" wait_gone "/sys/class/scsi_device/$VHBA" 30
	show_attachments

	diag "== round $r: rescan host$HOST"
	bounded 60 _sysfs_write '- - -' "/sys/class/scsi_host/host$HOST/scan"
	rc=$?
	check "scan write succeeded (status $rc)" [ $rc -eq 0 ]
	NEW=$(wait_hctl vhba 30) || die "LUN did not come back after rescan"
	check "same H:C:T:L after rescan ($NEW)" [ "$NEW" = "$VHBA" ]
	VHBA=$NEW
	wait_attached "$VHBA" scsa_disk 30 || die "$VHBA not reattached after rescan"
	D=$(wait_sdsk "$VHBA" 30) || die "no /dev/sdsk after rescan"
	S=$(wait_sd "$VHBA" 30) || die "no sd disk after rescan"
	diag "reattached as $D (sd $S), instance $(attach_instance "$VHBA" scsa_disk)"
	xfer_check "$D" "$D" 4096 65536 "round $r: " || fail "I/O after rescan"
	xfer_check "$D" "$S" 131072 65536 "round $r: " || fail "I/O after rescan"
	r=$((r + 1))
done

finish
