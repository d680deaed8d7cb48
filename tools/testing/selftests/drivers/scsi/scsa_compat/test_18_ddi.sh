#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The DDI substrate and the SCSA utility routines (issue 6), checked in the
# kernel by scsa_ktest (ktest/ktest_ddi.c) against their man pages, on the
# scsa_vhba LUN (and the virtio-scsi disk and a scsi_debug LUN for the
# commands the vhba lacks or the sense it cannot send):
#   ddi_softstate  ddi_soft_state(9F): zeroed items, DDI_FAILURE for an
#                  item that exists or a negative one, NULL for absent
#                  ones, growth past n_items, free from pkt_comp and a
#                  timeout() handler, fini
#   ddi_time       drv_usectohz/drv_hztousec (rounding, <= 0, 64-bit),
#                  ddi_get_lbolt, delay (time slept, generous bounds)
#   ddi_timeout    timeout/untimeout: runs once about the ticks asked;
#                  pending: ticks left, never runs; fired/unknown: -1;
#                  untimeout waits for a running handler (also with a
#                  kmutex_t held); from pkt_comp; from the handler itself
#   ddi_kmem       kmem_alloc/zalloc/free, 1 byte to 8 MiB, size 0 (NULL),
#                  KM_NOSLEEP under a spinlock, in hard IRQ and pkt_comp
#   ddi_mutex      mutex_init(DDI_INTR_PRI(5)) taken in the pkt_comp of 8
#                  READs, contended; mutex_tryenter/mutex_owned from
#                  another CPU
#   ddi_cv         cv_signal wakes one of 4 waiters, cv_broadcast the rest;
#                  cv_timedwait: signalled (> 0) or timed out (-1)
#   ddi_buf        getrbuf/freerbuf, bioinit/biofini, bioerror/geterror,
#                  biodone/biowait (also from pkt_comp of real READs, one
#                  failing), b_iodone, bioreset, clrbuf
#   ddi_makecom    makecom_g0/_g0_s/_g1/_g5 and scsi_setup_cdb: exact CDB
#                  bytes, pkt_flags, pkt_time untouched; data written and
#                  read back with commands they built (READ(12)/WRITE(12)
#                  on virtio-scsi and scsi_debug), scsi_sync_pkt
#   ddi_sense      scsi_validate_sense, scsi_sense_key/asc/ascq/info_uint64
#                  on fixed and descriptor sense, bad input
#   ddi_sense_real the same on the sense of real CHECK CONDITIONs: the
#                  vhba's sense_next (fixed), scsi_debug's medium error at
#                  LBA 4660.. with dsense=1 (descriptor) and dsense=0
#                  (fixed, INFORMATION = the LBA)
#   ddi_names      scsi_sname/rname/mname/dname/cname/cmd_name/esname
#   ddi_log        scsi_log, cmn_err, vcmn_err, scsi_errmsg, scsi_vu_errmsg
#                  (a driver's ASC texts and FRU decoder), scsi_generic_errmsg:
#                  the lines and
#                  their log levels are in the kernel log; SCSI_DEBUG and
#                  CE_IGNORE ones are not; long messages are cut
#   ddi_dev        ddi_get_instance (= the attachments file),
#                  ddi_driver_name, ddi_get_name_addr ("target,lun" hex),
#                  ddi_report_dev (its line is in the log), driver
#                  private, mod_info, mod_install/mod_remove errors,
#                  nulldev/nodev, scsi_pkt_allocated_correctly, scsi_probe
# Pass: every ktest passes, the log lines are as described, sense_next was
# consumed, and every LUN answers INQUIRY afterwards.
# scsa-timeout=900

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

# shellcheck disable=SC2119 # the vhba's default parameters
ktest_on_vhba
[ -w "$VHBA_DBG/sense_next" ] || die "no writable $VHBA_DBG/sense_next"
INST=$(attach_instance "$VHBA" scsa_ktest)
[ -n "$INST" ] || die "no scsa_ktest instance for $VHBA"
# ddi_get_name_addr(9F) of a SCSI target: "target,lun" in hex
NAMEADDR=$(printf '%x,%x' "$(echo "$VHBA" | cut -d: -f3)" \
	"$(echo "$VHBA" | cut -d: -f4)")
diag "vhba LUN $VHBA: scsa_ktest instance $INST, unit address $NAMEADDR"

KTEST_TIMEOUT=300
ktest_pass "soft state: zeroed, DDI_FAILURE when it exists, NULL when absent, growth, negative items" \
	ddi_softstate "$VHBA"
ktest_pass "drv_usectohz, drv_hztousec, ddi_get_lbolt, delay" ddi_time "$VHBA"
ktest_pass "timeout/untimeout: once, ticks left, -1, waits for a running handler" \
	ddi_timeout "$VHBA"
ktest_pass "kmem_alloc/kmem_zalloc/kmem_free, KM_SLEEP and KM_NOSLEEP" \
	ddi_kmem "$VHBA"
ktest_pass "kmutex_t with an interrupt priority in pkt_comp, tryenter/owned across CPUs" \
	ddi_mutex "$VHBA"
ktest_pass "cv_signal wakes one, cv_broadcast all, cv_timedwait" ddi_cv "$VHBA"
ktest_pass "getrbuf, bioerror/geterror, biodone/biowait, bioreset, clrbuf" \
	ddi_buf "$VHBA"
ktest_pass "makecom_g0/g0_s/g1/g5, scsi_setup_cdb: bytes and real commands (vhba)" \
	ddi_makecom "$VHBA" 8192
ktest_pass "sense decoding, fixed and descriptor" ddi_sense "$VHBA"

echo "1 0x3 0x11 0x0" > "$VHBA_DBG/sense_next" || fail "arming sense_next"
ktest_pass "sense of a real CHECK CONDITION: vhba, fixed format" \
	ddi_sense_real "$VHBA" fixed 3 0x11 0 0 -
read -r left _rest < "$VHBA_DBG/sense_next"
check "the armed sense was used by that command (sense_next $left)" [ "$left" = 0 ]
echo "0 0 0 0" > "$VHBA_DBG/sense_next"

ktest_pass "scsi_sname/rname/mname/dname/cname/cmd_name/esname" ddi_names "$VHBA"

# ---- the log lines ----

# klog_has LEVEL TEXT: a kernel log record at LEVEL that contains TEXT
klog_has()
{
	grep -F -- "$2" "$SCSA_TMP/klog" | grep -q "^<$1>"
}

# no_line TEXT: no kernel log record contains TEXT
no_line()
{
	! grep -qF -- "$1" "$SCSA_TMP/klog"
}

# cut_long: the long message is there, without the '|' after 300 columns
cut_long()
{
	_cl=$(grep -F -- "$TOKEN long" "$SCSA_TMP/klog")
	[ -n "$_cl" ] || return 1
	case $_cl in
	*'|'*) return 1 ;;
	esac
	return 0
}

# same_line TEXT1 TEXT2: one record contains both
same_line()
{
	grep -F -- "$1" "$SCSA_TMP/klog" | grep -qF -- "$2"
}

klog_check()
{
	if klog_has "$2" "$3"; then
		pass "$1"
	else
		fail "$1: no level $2 line with '$3'"
		grep -F -- "$3" "$SCSA_TMP/klog" | diag_file
	fi
}

TOKEN="kt18-$(date +%s)-$$"
ktest_pass "scsi_log, cmn_err, vcmn_err and scsi_errmsg called" ddi_log "$VHBA" "$TOKEN"
# the ASC text is Linux's (unknown without CONFIG_SCSI_CONSTANTS)
ASCTXT=$(sed -n 's/^asc-text //p' "$KTEST_DBG/log")
check "scsi_esname gave the ASC 0x11 text ('$ASCTXT')" [ -n "$ASCTXT" ]
if dmesg -r > "$SCSA_TMP/klog" 2>/dev/null && grep -q '^<[0-7]>' "$SCSA_TMP/klog"; then
	P="$VHBA: (ktest18$INST):"
	klog_check "scsi_log CE_WARN with a dip: KERN_WARNING, '<dev>: (label<inst>): '" \
		4 "$P $TOKEN warn"
	klog_check "scsi_log CE_NOTE, label NULL: the driver name, KERN_INFO" \
		6 "$VHBA: (scsa_ktest$INST): $TOKEN note"
	klog_check "scsi_log CE_CONT without a dip: 'label: ', KERN_INFO" \
		6 "ktest18: $TOKEN cont"
	klog_check "scsi_log '!' (log only): KERN_DEBUG, 'warning: ' kept" \
		7 "$P warning: $TOKEN logonly"
	klog_check "scsi_log without dip or label: the message alone" \
		6 "$TOKEN bare"
	klog_check "cmn_err CE_NOTE: KERN_NOTICE" 5 "$TOKEN cmn note"
	klog_check "cmn_err CE_WARN: KERN_WARNING" 4 "$TOKEN cmn warn"
	klog_check "cmn_err CE_CONT '?': a KERN_INFO line" 6 "$TOKEN cmn boot"
	klog_check "vcmn_err with its va_list" 5 "$TOKEN vcmn 42"
	check "scsi_log SCSI_DEBUG is not printed (scsa_debug off)" \
		no_line "$TOKEN debug"
	check "cmn_err CE_IGNORE prints nothing" no_line "$TOKEN ignored"
	check "a 300-character scsi_log message is printed, cut to 255 bytes" \
		cut_long
	klog_check "scsi_errmsg: command name from the list, severity" \
		4 "$P Error for Command: read-$TOKEN"
	klog_check "scsi_errmsg: 'Error Level: Fatal'" 4 "Error Level: Fatal"
	klog_check "scsi_errmsg: requested and error block" 6 "$P Requested Block: 100"
	check "scsi_errmsg: error block 123 on the same line" \
		same_line "$P Requested Block: 100" "Error Block: 123"
	klog_check "scsi_errmsg: vendor from the INQUIRY data" 6 "$P Vendor: SCSAVHBA"
	klog_check "scsi_errmsg: sense key name" 6 "$P Sense Key: Media_Error"
	klog_check "scsi_errmsg: ASC text, ASCQ, FRU" \
		6 "$P ASC: 0x11 ($ASCTXT), ASCQ: 0x0, FRU: 0x0"
	klog_check "scsi_vu_errmsg: 'Error Level: Retryable'" 4 "Error Level: Retryable"
	klog_check "scsi_vu_errmsg: the driver's ASC text (asc_list)" \
		6 "$P ASC: 0x11 (vu-asc-$TOKEN)"
	check "scsi_vu_errmsg: ASCQ on the ASC line when the FRU is decoded" \
		same_line "$P ASC: 0x11 (vu-asc-$TOKEN)" "ASCQ: 0x0"
	klog_check "scsi_vu_errmsg: the FRU code the driver decoded" \
		6 "$P FRU: 0x42 (fru-$TOKEN-0x42)"
	klog_check "scsi_generic_errmsg: an opcode without a command list" \
		4 "$P Error for Command: <undecoded cmd 0x2a>"
else
	fail "dmesg -r gave no raw kernel log records"
fi

ktest_pass "ddi_get_instance, ddi_driver_name, ddi_get_name_addr, driver private, mod_*, nulldev/nodev" \
	ddi_dev "$VHBA" "$INST" "$NAMEADDR"
dmesg -r > "$SCSA_TMP/klog" 2>/dev/null
klog_check "ddi_report_dev: '<driver><instance> at <target,lun>'" \
	6 "$VHBA: scsa_ktest$INST at $NAMEADDR"

# ---- READ(12)/WRITE(12) on devices that have them ----

if VIRT=$(wait_hctl virtio 10) && wait_attached "$VIRT" scsa_ktest 30; then
	ktest_pass "makecom (with g5) and scsi_setup_cdb on the virtio-scsi LUN $VIRT" \
		ddi_makecom "$VIRT" 8192 g5
	ktest_pass "inquiry on $VIRT afterwards" inquiry "$VIRT" QEMU
else
	diag "no virtio-scsi disk with scsa_ktest attached: not tested"
fi

# ---- scsi_debug: descriptor sense, fixed sense with INFORMATION ----

SDBG_DRV=/sys/bus/pseudo/drivers/scsi_debug
if load_scsi_debug dsense=1 && SDBG=$(wait_hctl scsi_debug 30) &&
   wait_attached "$SDBG" scsa_ktest 30; then
	ktest_pass "makecom (with g5) and scsi_setup_cdb on the scsi_debug LUN $SDBG" \
		ddi_makecom "$SDBG" 8192 g5
	# opts 2: MEDIUM ERROR for reads of LBA 4660..4669 (medium_error_start)
	if echo 2 > "$SDBG_DRV/opts"; then
		ktest_pass "scsi_debug dsense=1: descriptor sense of a medium error" \
			ddi_sense_real "$SDBG" descr 3 0x11 0 4660 -
		if echo 0 > "$SDBG_DRV/dsense"; then
			ktest_pass "scsi_debug dsense=0: fixed sense, INFORMATION = the LBA" \
				ddi_sense_real "$SDBG" fixed 3 0x11 0 4661 4661
		else
			fail "could not set $SDBG_DRV/dsense"
		fi
		echo 0 > "$SDBG_DRV/opts"
	else
		fail "could not set $SDBG_DRV/opts"
	fi
	ktest_pass "inquiry on $SDBG afterwards" inquiry "$SDBG" Linux
	unload_mod scsi_debug
else
	diag "no scsi_debug LUN: its sense not tested"
fi

ktest_pass "inquiry at the end: the vhba LUN still works" inquiry "$VHBA" SCSAVHBA
diag "scsa_compat stats:"
sed 's/^/#   /' "$COMPAT_DBG/stats" 2>/dev/null
finish
