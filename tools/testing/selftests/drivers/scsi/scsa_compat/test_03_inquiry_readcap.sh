#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# INQUIRY and READ CAPACITY(10)/(16) through the shim (scsa_ktest):
#   vhba (default 64 MiB):   inquiry HCTL SCSAVHBA, readcap HCTL 131072
#   vhba dev_size_mb=32 sector_size=4096: readcap HCTL 8192
#   virtio-scsi:             inquiry HCTL QEMU, readcap = sd's block count
#   scsi_debug dev_size_mb=16: inquiry HCTL Linux, readcap HCTL 32768
# plus the ktest contract itself: a wrong expectation fails with EIO,
# an unknown test with EINVAL, a device the test driver is not attached
# to with ENODEV.
# Pass: all hold.  Skip (exit 4): scsi_debug not loadable, everything
# else passed.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

SDEBUG=1
if ! load_scsi_debug dev_size_mb=16; then
	diag "scsi_debug not loadable: its part is left out"
	SDEBUG=0
fi
load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_ktest || die "insmod scsa_ktest"
check "debugfs scsa_ktest/run exists" [ -e "$KTEST_DBG/run" ]
check "debugfs scsa_ktest/log exists" [ -e "$KTEST_DBG/log" ]

# ---- vhba, default size
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not attach to $VHBA"
BLOCKS=$((64 * 1024 * 1024 / 512))
diag "vhba $VHBA: expecting $BLOCKS blocks (sd says $(sd_blocks "$VHBA"))"
ktest_pass "vhba inquiry SCSAVHBA" inquiry "$VHBA" SCSAVHBA
ktest_pass "vhba inquiry without expectation" inquiry "$VHBA"
ktest_pass "vhba readcap $BLOCKS" readcap "$VHBA" $BLOCKS
ktest_errno "vhba inquiry with wrong vendor" EIO inquiry "$VHBA" NOTAVNDR
ktest_errno "vhba readcap with wrong size" EIO readcap "$VHBA" $((BLOCKS + 1))
ktest_errno "unknown test" EINVAL no_such_test "$VHBA"
ktest_errno "device without test driver" ENODEV inquiry 99:0:0:0

# ---- vhba, 4 KiB sectors
diag "== vhba with dev_size_mb=32 sector_size=4096"
unload_mod scsa_vhba || fail "unload scsa_vhba"
if load_mod scsa_vhba dev_size_mb=32 sector_size=4096; then
	VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
	if wait_attached "$VHBA" scsa_ktest 30; then
		diag "sd says $(sd_blocks "$VHBA") blocks"
		ktest_pass "vhba 4k inquiry SCSAVHBA" inquiry "$VHBA" SCSAVHBA
		ktest_pass "vhba 4k readcap 8192" readcap "$VHBA" 8192
	else
		fail "scsa_ktest did not attach to $VHBA (4k sectors)"
	fi
else
	fail "insmod scsa_vhba dev_size_mb=32 sector_size=4096"
fi

# ---- virtio-scsi
if VIRTIO=$(hctl_of_virtio); then
	wait_attached "$VIRTIO" scsa_ktest 30 || fail "scsa_ktest not attached to virtio $VIRTIO"
	VB=$(sd_blocks "$VIRTIO")
	diag "virtio $VIRTIO: sd says $VB blocks"
	ktest_pass "virtio inquiry QEMU" inquiry "$VIRTIO" QEMU
	ktest_pass "virtio readcap $VB" readcap "$VIRTIO" "$VB"
else
	fail "no virtio-scsi disk (the contract promises one)"
fi

# ---- scsi_debug
if [ $SDEBUG -eq 1 ]; then
	if SD=$(wait_hctl scsi_debug 30) && wait_attached "$SD" scsa_ktest 30; then
		ktest_pass "scsi_debug inquiry Linux" inquiry "$SD" Linux
		ktest_pass "scsi_debug readcap 32768" readcap "$SD" 32768
	else
		fail "scsi_debug LUN not found or scsa_ktest not attached"
	fi
fi

show_attachments
[ "$SCSA_FAILED" -eq 0 ] && [ $SDEBUG -eq 0 ] &&
	skip "scsi_debug not loadable (vhba and virtio parts passed)"
finish
