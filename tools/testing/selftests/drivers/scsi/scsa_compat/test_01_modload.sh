#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Module load/unload in every order that can happen, checking
# /sys/kernel/debug/scsa_compat/{luns,attachments} at each step:
#  A compat alone (and unload)
#  B compat + vhba           C + disk (attaches, /dev/sdskN)
#  D unload disk, then vhba while compat stays
#  E disk before vhba: disk attaches when the vhba LUN appears
#  F unload vhba while disk is attached: disk detaches, no hang
#  G reload vhba: disk reattaches
#  H rmmod compat while disk is loaded must fail and change nothing
#  I clean unload of all; packet counters balanced
#  J vhba before compat (compat finds existing LUNs), then unload
#    compat before vhba
# Pass: every step's checks hold.  Fail: any does, or a step hangs.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_disk

VIRTIO=$(hctl_of_virtio) || VIRTIO=""
if [ -n "$VIRTIO" ]; then
	diag "virtio-scsi disk: $VIRTIO"
else
	diag "note: no virtio-scsi disk, its checks are left out"
fi

refused()
{
	[ "$1" -ne 0 ] && [ "$1" -ne 124 ]
}

luns_has()
{
	awk -v h="$1" '$1 == h { f = 1 } END { exit !f }' "$COMPAT_DBG/luns" 2>/dev/null
}

no_disk_attachments()
{
	! grep -q ' scsa_disk ' "$COMPAT_DBG/attachments" 2>/dev/null
}

no_sdsk()
{
	for _n in /sys/block/sdsk*; do
		[ -e "$_n" ] && return 1
	done
	return 0
}

# small write/read through the sample driver
sdsk_io()
{
	xfer_check "$1" "$1" 0 65536 "sdsk I/O: "
}

# attachments line, /dev/sdsk<instance> and sysfs link agree
check_attach()
{
	_ca_h=$1
	if ! wait_attached "$_ca_h" scsa_disk 30; then
		fail "$_ca_h: no 'scsa_disk' line in attachments"
		show_attachments
		return 1
	fi
	_ca_i=$(attach_instance "$_ca_h" scsa_disk)
	if ! _ca_d=$(wait_sdsk "$_ca_h" 30); then
		fail "$_ca_h: attached as instance $_ca_i but no /dev/sdsk for it"
		return 1
	fi
	check "$_ca_h attached as scsa_disk $_ca_i -> $_ca_d" \
		[ "$_ca_d" = "/dev/sdsk$_ca_i" ]
	sdsk_io "$_ca_d"
}

counters()
{
	for _c in pkts_allocated pkts_freed pkts_transported pkts_completed; do
		printf '%s=%s ' "$_c" "$(stat_of "$COMPAT_DBG/stats" $_c)"
	done
	echo
}

# ---- A: compat alone
diag "== A: scsa_compat alone"
load_mod scsa_compat || die "insmod scsa_compat"
for f in luns attachments stats; do
	check "debugfs scsa_compat/$f exists" [ -r "$COMPAT_DBG/$f" ]
done
for s in pkts_allocated pkts_freed pkts_transported pkts_completed tran_busy \
	bytes_transferred callbacks_run; do
	check "stats has $s" stat_of "$COMPAT_DBG/stats" "$s"
done
check "attachments empty without target drivers" \
	[ -z "$(cat "$COMPAT_DBG/attachments" 2>/dev/null)" ]
[ -n "$VIRTIO" ] && check "luns lists virtio $VIRTIO" luns_has "$VIRTIO"
diag "luns:"
sed 's/^/#   /' "$COMPAT_DBG/luns"
check "unload scsa_compat alone" unload_mod scsa_compat
check "debugfs scsa_compat gone" wait_gone "$COMPAT_DBG" 10

# ---- B: compat + vhba
diag "== B: scsa_compat + scsa_vhba"
load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN appeared"
diag "vhba LUN: $VHBA"
check "luns lists vhba $VHBA" wait_for "luns_has $VHBA" 10
check "no scsa_disk attachments yet" no_disk_attachments

# ---- C: + disk
diag "== C: + scsa_disk"
load_mod scsa_disk || die "insmod scsa_disk"
check_attach "$VHBA"
[ -n "$VIRTIO" ] && check_attach "$VIRTIO"
show_attachments

# ---- D: unload disk, then vhba; compat stays
diag "== D: unload scsa_disk, then scsa_vhba (compat stays)"
check "unload scsa_disk" unload_mod scsa_disk
check "no scsa_disk attachments" wait_for no_disk_attachments 10
check "no /sys/block/sdsk*" wait_for no_sdsk 10
check "unload scsa_vhba" unload_mod scsa_vhba
check "luns no longer lists $VHBA" wait_for "! luns_has $VHBA" 10
check "scsa_compat still loaded" mod_loaded scsa_compat
check "stats still readable" stat_of "$COMPAT_DBG/stats" pkts_allocated

# ---- E: disk before vhba
diag "== E: scsa_disk before scsa_vhba"
load_mod scsa_disk || die "insmod scsa_disk without a vhba"
[ -n "$VIRTIO" ] && check_attach "$VIRTIO"
load_mod scsa_vhba || die "insmod scsa_vhba"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN appeared"
check_attach "$VHBA"
show_attachments

# ---- F: unload vhba under an attached disk
diag "== F: unload scsa_vhba while scsa_disk is attached"
OLD=$(sdsk_of "$VHBA")
check "rmmod scsa_vhba with disk attached (bounded)" unload_mod scsa_vhba
check "$VHBA detached" wait_detached "$VHBA" scsa_disk 30
[ -n "$OLD" ] && check "$OLD gone" wait_gone "/sys/block/${OLD##*/}" 30
if [ -n "$VIRTIO" ]; then
	check "virtio $VIRTIO still attached" attached "$VIRTIO" scsa_disk
	VD=$(sdsk_of "$VIRTIO") && sdsk_io "$VD"
fi

# ---- G: reload vhba
diag "== G: reload scsa_vhba"
load_mod scsa_vhba || die "reload scsa_vhba"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN after reload"
check_attach "$VHBA"

# ---- H: compat is in use
diag "== H: rmmod scsa_compat while scsa_disk is loaded must fail"
bounded 60 rmmod scsa_compat > "$SCSA_TMP/rm.out" 2>&1
rc=$?
diag_file "$SCSA_TMP/rm.out"
check "rmmod scsa_compat refused (status $rc)" refused $rc
check "scsa_compat still loaded" mod_loaded scsa_compat
check "scsa_disk still loaded" mod_loaded scsa_disk
check "$VHBA still attached" attached "$VHBA" scsa_disk
D=$(sdsk_of "$VHBA") && sdsk_io "$D"

# ---- I: clean unload
diag "== I: clean unload of all"
check "unload scsa_disk" unload_mod scsa_disk
check "unload scsa_vhba" unload_mod scsa_vhba
diag "counters after all target drivers left: $(counters)"
a=$(stat_of "$COMPAT_DBG/stats" pkts_allocated)
f=$(stat_of "$COMPAT_DBG/stats" pkts_freed)
t=$(stat_of "$COMPAT_DBG/stats" pkts_transported)
c=$(stat_of "$COMPAT_DBG/stats" pkts_completed)
check "every packet freed ($a allocated, $f freed)" [ "$a" = "$f" ]
check "every packet completed ($t transported, $c completed)" [ "$t" = "$c" ]
check "packets were transported" [ "${t:-0}" -gt 0 ]
check "unload scsa_compat" unload_mod scsa_compat
check "debugfs scsa_compat gone" wait_gone "$COMPAT_DBG" 10
check "no /sys/block/sdsk*" no_sdsk

# ---- J: vhba first, compat later; compat leaves before vhba
diag "== J: scsa_vhba before scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba alone"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
load_mod scsa_compat || die "insmod scsa_compat after vhba"
check "compat found existing LUN $VHBA" wait_for "luns_has $VHBA" 10
load_mod scsa_disk || die "insmod scsa_disk"
check_attach "$VHBA"
check "unload scsa_disk" unload_mod scsa_disk
check "unload scsa_compat before scsa_vhba" unload_mod scsa_compat
check "vhba LUN $VHBA still present for Linux" [ -e "/sys/class/scsi_device/$VHBA" ]
check "unload scsa_vhba" unload_mod scsa_vhba

finish
