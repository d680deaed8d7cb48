#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The framework's uscsi helpers (scsi_uscsi_alloc, _copyin,
# _alloc_and_copyin, _handle_cmd, _pktinit, _pktfini, _copyout, _free,
# _copyout_and_free; core/scsa_uscsi.c) used by a kernel caller, as sd's
# internal commands use them, checked in the kernel by scsa_ktest
# (ktest/ktest_uscsi.c) on the scsa_vhba LUN.  The user-space path through
# a driver (scsa_sgen's USCSICMD) is test_19.
#   uscsi_k        FKIOCTL uscsi_cmd, UIO_SYSSPACE data: INQUIRY, READ
#                  CAPACITY, a 64 KiB pattern written and read back, TEST
#                  UNIT READY; the buf the strategy routine gets (b_private
#                  = private_data, B_READ, b_bcount, b_edev); a driver's own
#                  buf keeps its b_private; the caller's addresses back
#   uscsi_sense    USCSI_RQENABLE: kernel sense buffer of SENSE_LENGTH or
#                  MAX_SENSE_LENGTH, rqresid and sense bytes for uscsi_rqlen
#                  252, 8, 255, 20, 21; none without USCSI_RQENABLE
#   uscsi_check    the copy-in's EINVAL/EFAULT cases, alloc_and_copyin's
#                  EFAULT for all of them, resets, reuse, bad arguments
#   uscsi_pkt      pktinit/pktfini: path instance, NACA cleared (and kept
#                  with scsa_compat's uscsi_allow_naca=1), their warnings in
#                  the kernel log, packets not from scsi_init_pkt
#   uscsi_user     UIO_USERSPACE data of the test process (B_PHYS); an
#                  unmapped buffer: EFAULT, nothing sent, resid = buflen
#   uscsi_timeout  a dropped TEST UNIT READY with uscsi_timeout 2: EIO
# Then through scsa_sgen (./uscsi_cmd): INQUIRY with the flags sgen maps
# to pkt_flags (SILENT, DIAGNOSE, ISOLATE, RENEGOT), with those it drops
# (NOINTR, NOTAG, OTAG, HTAG, HEAD) and with ASYNC|SYNC: the data of the
# plain INQUIRY; a CDB with the NACA bit: sgen's scsi_uscsi_pktinit
# clears it (logged) and the command succeeds.
# Pass: every ktest passes, the NACA warnings are logged, the LUN answers
# INQUIRY afterwards, the sgen commands succeed with the same data.
# scsa-timeout=600

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest scsa_sgen
USCSI=$(cd "$(dirname "$0")" && pwd)/uscsi_cmd
[ -x "$USCSI" ] || die "no $USCSI (built by 'make tools', staged by check.sh)"

# shellcheck disable=SC2119 # the vhba's default parameters
ktest_on_vhba
NACA=/sys/module/scsa_compat/parameters/uscsi_allow_naca
diag "vhba LUN $VHBA"

ktest_pass "kernel uscsi commands: INQUIRY, READ CAPACITY, WRITE/READ(10), TUR; the strategy routine's buf" \
	uscsi_k "$VHBA"
ktest_pass "USCSI_RQENABLE: kernel sense buffer, rqresid, sense bytes" \
	uscsi_sense "$VHBA"
ktest_pass "copy-in checks (EINVAL/EFAULT), alloc_and_copyin EFAULT, resets, reuse, bad arguments" \
	uscsi_check "$VHBA"

check "scsa_compat has the parameter uscsi_allow_naca, 0" [ "$(cat "$NACA" 2>/dev/null)" = 0 ]
ktest_pass "pktinit/pktfini: path instance; the NACA bit cleared" uscsi_pkt "$VHBA"
if echo 1 > "$NACA"; then
	ktest_pass "uscsi_allow_naca=1: the NACA bit stays" uscsi_pkt "$VHBA" keep
	echo 0 > "$NACA"
else
	fail "could not set $NACA"
fi
dmesg > "$SCSA_TMP/klog" 2>/dev/null
check "the clearing is logged" \
	grep -q "scsi_uscsi_pktinit: NACA bit of uscsi CDB 12 cleared" "$SCSA_TMP/klog"
check "the kept bit is logged" \
	grep -q "scsi_uscsi_pktinit: uscsi CDB 12 has the NACA bit set" "$SCSA_TMP/klog"

ktest_pass "UIO_USERSPACE data from the kernel; an unmapped buffer: EFAULT" \
	uscsi_user "$VHBA"

if [ -w "$VHBA_DBG/drop_next" ]; then
	echo 1 > "$VHBA_DBG/drop_next" || fail "arming drop_next"
	ktest_pass "a dropped command with uscsi_timeout 2: EIO" \
		uscsi_timeout "$VHBA"
else
	fail "no writable $VHBA_DBG/drop_next"
fi

ktest_pass "inquiry after the ktests: the vhba LUN still works" inquiry "$VHBA" SCSAVHBA
check "unload scsa_ktest" unload_mod scsa_ktest

# ---- through scsa_sgen ----
load_mod scsa_sgen || die "insmod scsa_sgen"
wait_attached "$VHBA" scsa_sgen 30 || die "scsa_sgen did not attach to $VHBA"
NODE=$(wait_scsa_node "$VHBA" scsa_sgen 30) || die "no scsa_sgen node for $VHBA"
O=$SCSA_TMP/u.out

# sgen_inq DESC FLAGS [CONTROL]: INQUIRY 36 with uscsi_flags FLAGS (and
# control byte CONTROL); must succeed with the data of the plain one
sgen_inq()
{
	diag "uscsi_cmd -f $2 INQUIRY control ${3:-00}"
	bounded 90 "$USCSI" -r 36 -f "$2" -o "$SCSA_TMP/inq.$$" "$NODE" \
		12 00 00 00 24 "${3:-00}" > "$O" 2>&1
	diag_file "$O"
	if grep -q '^errno=0$' "$O" && grep -q '^status=0x00 ' "$O" &&
	   cmp -s "$SCSA_TMP/inq.plain" "$SCSA_TMP/inq.$$"; then
		pass "$1"
	else
		fail "$1"
	fi
}
if bounded 90 "$USCSI" -r 36 -o "$SCSA_TMP/inq.plain" "$NODE" \
	12 00 00 00 24 00 > "$O" 2>&1 && grep -q '^errno=0$' "$O"; then
	sgen_inq "sgen: USCSI_SILENT|DIAGNOSE|ISOLATE|RENEGOT" 0x20007
	sgen_inq "sgen: USCSI_NOINTR|NOTAG|OTAG|HTAG|HEAD (dropped)" 0x0f40
	sgen_inq "sgen: USCSI_ASYNC|USCSI_SYNC" 0x3000
	N0=$(dmesg | grep -c "NACA bit of uscsi CDB 12 cleared")
	sgen_inq "sgen: a CDB with NACA set succeeds" 0 04
	N1=$(dmesg | grep -c "NACA bit of uscsi CDB 12 cleared")
	check "sgen's scsi_uscsi_pktinit cleared the NACA bit ($N0 -> $N1)" \
		[ "$N1" -gt "$N0" ]
else
	diag_file "$O"
	fail "INQUIRY through $NODE"
fi
check "unload scsa_sgen" unload_mod scsa_sgen
finish
