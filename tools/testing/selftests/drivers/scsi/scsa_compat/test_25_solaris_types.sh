#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The Solaris types, names and small DDI services real illumos drivers
# need (issue 10), checked in the kernel by scsa_ktest (ktest/ktest_sol.c,
# a translation unit with the Solaris namespace: min/max, kmem_cache_*,
# no Linux "current") on the scsa_vhba LUN:
#   sol_devinfo     ddi_get_name/ddi_node_name, ddi_get_parent (the host
#                   adapter's node "scsa_vhba", instance = host number),
#                   ddi_dev_is_sid, ddi_dev_is_needed, ddi_get_cred,
#                   nochpoll, ddi_quiesce_not_supported, mod_modname
#   sol_kmem_cache  kmem_cache_create(9F) with constructor, destructor,
#                   private argument and alignment; failing constructor;
#                   bad arguments
#   sol_misc        bcopy/bzero, min/max, printf, sense_keys[],
#                   scsi_pkt_size, the 64-bit dev_t, cmpdev, VERIFY/ASSERT
#   sol_inquiry     struct scsi_inquiry's bits against raw bytes; byte 0
#                   of this LUN's INQUIRY data as one member
#   sol_st          what illumos st calls: bp_copyin/bp_copyout,
#                   bp_mapin_common, biosize, DMA memory for a real READ,
#                   scsi_reset_notify, DEVI_IS_*, ddi_removing_power,
#                   scsi_cdb_size[], scsi_cmds[]
#   sol_bioclone    bioclone(9F) of kernel and B_PAGEIO bufs, a READ(10)
#                   into a clone landing in the original's pages
#   sol_sd          what else illumos sd calls: the pm_* calls (an always
#                   powered device), pm_trans_check, scsi_fm_* (an ereport
#                   in the kernel log, with its payload; none after
#                   scsi_fm_fini), fm_ena_generate, bus events, do_polled_io,
#                   nvlists and ddi_log_sysevent (a uevent seen by
#                   "busybox uevent", with the event's names and pairs)
#   sol_watch       scsi_watch_request_submit and friends on this LUN
# The layouts and constants themselves are pinned at build time
# (core/scsa_layout.c): a wrong one does not build.
# Pass: every case passes and printf's line is in the kernel log.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

# shellcheck disable=SC2119 # the vhba's default parameters
ktest_on_vhba
ktest_pass "dev_info accessors and the small DDI services" sol_devinfo "$VHBA"
ktest_pass "kmem_cache_create(9F) with the Solaris arguments" \
	sol_kmem_cache "$VHBA"
ktest_pass "bcopy, bzero, min/max, printf, sense_keys, dev_t" sol_misc "$VHBA"
check "printf's line is in the kernel log" \
	sh -c 'dmesg | grep -q "ktest_sol: printf 42"'
ktest_pass "struct scsi_inquiry as illumos lays it out" sol_inquiry "$VHBA"
ktest_pass "the services illumos st calls" sol_st "$VHBA"
ktest_pass "bioclone(9F), as sd and sd_xbuf use it" sol_bioclone "$VHBA"
TOKEN="kt25-$(date +%s)-$$"
# the uevents ddi_log_sysevent sends, as udev would see them
UEV=$SCSA_TMP/uevents
: > "$UEV"
# shellcheck disable=SC2016 # $0 is expanded by the listener's shell
busybox uevent sh -c 'env >> "$0"; echo -- >> "$0"' "$UEV" &
UEV_PID=$!
nap
ktest_pass "power management, FMA, bus events, nvlists and sysevents as illumos sd calls them" \
	sol_sd "$VHBA" "$TOKEN"
if pid_alive "$UEV_PID"; then
	wait_for "grep -qx 'SCSA_ATTR_phys_path=/ktest/$TOKEN' '$UEV'" 10
	kill_tree "$UEV_PID"
	awk -v t="SCSA_ATTR_phys_path=/ktest/$TOKEN" '
		/^--$/ { if (hit) { printf "%s", ev; exit } ev = ""; next }
		{ ev = ev $0 "\n"; if ($0 == t) hit = 1 }' "$UEV" > "$SCSA_TMP/uev1"
	diag_file "$SCSA_TMP/uev1"
	uev_has()
	{
		grep -qx -- "$1" "$SCSA_TMP/uev1"
	}
	check "ddi_log_sysevent: a change uevent of the SCSI device" \
		uev_has "ACTION=change"
	check "... its class and subclass (EC_dev_status, ESC_dev_eject_request)" \
		uev_has "SCSA_SYSEVENT_SUBCLASS=ESC_dev_eject_request"
	check "... its vendor and publisher" \
		uev_has "SCSA_SYSEVENT_PUBLISHER=SUNW:kern:scsa_ktest"
	check "... the attribute list's pairs (the string replaced, integers)" \
		uev_has "SCSA_ATTR_unit=7"
	check "... a signed integer" uev_has "SCSA_ATTR_delta=-5"
	check "... the subsystem is scsi" uev_has "SUBSYSTEM=scsi"
else
	# the debug kernel has no networking: no uevent netlink socket
	diag "no uevent listener (netlink socket refused): the uevent is not checked here"
fi
dmesg > "$SCSA_TMP/klog" 2>/dev/null
ERPT=$(grep -F "stat-code=\"$TOKEN\"" "$SCSA_TMP/klog" | grep -F ereport.io.scsi.cmd.disk.ktest)
diag "ereport line: $ERPT"
# has TEXT: the ereport line holds TEXT
has()
{
	case "$ERPT" in *"$1"*) return 0 ;; esac
	return 1
}
no_erpt_dropped()
{
	! grep -qF "ereport.io.scsi.cmd.disk.ktest-dropped" "$SCSA_TMP/klog"
}
check "scsi_fm_ereport_post: class, ENA and devid in the kernel log" \
	has ": ereport.io.scsi.cmd.disk.ktest ena=0x1234 devid=id1,sd@x "
check "scsi_fm_ereport_post: the payload (uint8, uint64, string, uint8 array)" \
	has " op-code=0x28 lba=0x123456789 stat-code=\"$TOKEN\" cdb=2a0001"
check "an ereport after scsi_fm_fini is dropped" \
	no_erpt_dropped
ktest_pass "scsi_watch: polls, shared requests, suspend, resume, stop" \
	sol_watch "$VHBA"
finish
