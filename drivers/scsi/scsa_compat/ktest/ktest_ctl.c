// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_ctl.c - scsa_ktest: SCSA control and DDI cases (scsi_ifgetcap, scsi_reset, ...).
 * Solaris side: SCSA and DDI interfaces only (see ktest_int.h).
 */
#include "ktest_int.h"

const struct ktest_case ktest_ctl_cases[] = {
	{ }
};
