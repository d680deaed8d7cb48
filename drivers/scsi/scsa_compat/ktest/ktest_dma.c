// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_dma.c - scsa_ktest: DMA binding and window cases (issue 3 traceability rows).
 * Solaris side: SCSA and DDI interfaces only (see ktest_int.h).
 */
#include "ktest_int.h"

const struct ktest_case ktest_dma_cases[] = {
	{ }
};
