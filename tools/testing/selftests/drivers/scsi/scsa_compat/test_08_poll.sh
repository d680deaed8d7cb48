#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# scsi_poll() (polled, FLAG_NOINTR-style TEST UNIT READY) through the
# shim: "ktest poll HCTL" on scsa_vhba, first with immediate completion,
# then with delay_us=200000 so that the poll really has to wait for the
# completion; finally an inquiry shows the device still works.
# Pass: every ktest passes.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba
ktest_pass "vhba: poll" poll "$VHBA"
ktest_pass "vhba: poll again" poll "$VHBA"

diag "== scsa_vhba delay_us=200000"
unload_mod scsa_vhba || die "unload scsa_vhba"
load_mod scsa_vhba delay_us=200000 || die "insmod scsa_vhba delay_us=200000"
VHBA=$(wait_hctl vhba 60) || die "no scsa_vhba LUN (delayed)"
wait_attached "$VHBA" scsa_ktest 60 || die "scsa_ktest did not attach to $VHBA"
t0=$(now)
ktest_pass "vhba (200 ms completions): poll" poll "$VHBA"
diag "poll took about $(($(now) - t0)) s"
ktest_pass "vhba (200 ms completions): inquiry after poll" inquiry "$VHBA" SCSAVHBA

finish
