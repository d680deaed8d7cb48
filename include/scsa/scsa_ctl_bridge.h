/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_ctl_bridge.h - the bridge for the SCSA control interfaces:
 * capabilities (core/scsa_cap.c -> core/scsa_lnx_cap.c) and abort/reset
 * (core/scsa_ctl.c -> core/scsa_lnx_cap.c).  Neutral types only; see
 * <scsa/scsa_bridge.h> and Documentation/design.rst.
 */
#ifndef _SCSA_CTL_BRIDGE_H
#define _SCSA_CTL_BRIDGE_H

#ifndef SCSA_INTERNAL
#error "scsa_ctl_bridge.h is internal to scsa_compat.ko"
#endif

#include <linux/types.h>

struct scsa_lun;
struct scsa_xfer;

/*
 * Capability indices: the positions of the capability strings in
 * scsi_ifgetcap(9F)'s list (scsa_cap.c names them).
 */
enum scsa_cap {
	SCSA_CAP_DMA_MAX = 0,
	SCSA_CAP_MSG_OUT,
	SCSA_CAP_DISCONNECT,
	SCSA_CAP_SYNCHRONOUS,
	SCSA_CAP_WIDE_XFER,
	SCSA_CAP_PARITY,
	SCSA_CAP_INITIATOR_ID,
	SCSA_CAP_UNTAGGED_QING,
	SCSA_CAP_TAGGED_QING,
	SCSA_CAP_ARQ,
	SCSA_CAP_LINKED_CMDS,
	SCSA_CAP_SECTOR_SIZE,
	SCSA_CAP_TOTAL_SECTORS,
	SCSA_CAP_GEOMETRY,
	SCSA_CAP_RESET_NOTIFICATION,
	SCSA_CAP_QFULL_RETRIES,
	SCSA_CAP_QFULL_RETRY_INTERVAL,
	SCSA_CAP_SCSI_VERSION,
	SCSA_CAP_INTERCONNECT_TYPE,
	SCSA_CAP_LUN_RESET,
	SCSA_CAP_CDB_LEN,
	SCSA_CAP_DMA_MAX_ARCH,
	SCSA_CAP_TRAN_LAYER_RETRIES,
	SCSA_CAP_NUM
};

/*
 * Linux answers.  getcap: the value, or -1 if undefined.  setcap: 1 set
 * (or already so), 0 defined but not changeable (to that value), -1
 * undefined or invalid value.  @all: the whole host (whom == 0).
 * Context: any; neither sleeps.
 */
int scsa_lnx_getcap(struct scsa_lun *lun, int cap, bool all);
int scsa_lnx_setcap(struct scsa_lun *lun, int cap, int value, bool all);

/* x->ctl bits: why the shim ended a command early (see scsa_lnx_cap.c) */
#define SCSA_XC_ABORT	0x1	/* scsi_abort(): CMD_ABORTED */
#define SCSA_XC_RESET	0x2	/* scsi_reset(): CMD_RESET */
#define SCSA_XC_BUS	0x4	/* ... of the whole bus: STAT_BUS_RESET */

/* scsa_lnx_reset() scopes */
enum scsa_reset_scope {
	SCSA_RESET_LUN,
	SCSA_RESET_TARGET,
	SCSA_RESET_BUS,
};

int scsa_lnx_abort(struct scsa_lun *lun, struct scsa_xfer *x);
int scsa_lnx_reset(struct scsa_lun *lun, enum scsa_reset_scope scope);

#endif /* _SCSA_CTL_BRIDGE_H */
