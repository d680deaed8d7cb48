// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_cap.c - scsi_ifgetcap(9F) and scsi_ifsetcap(9F): capability
 * strings to indices; the answers come from the Linux host and device
 * (scsa_lnx_cap.c).
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/string.h>
#include <scsa/scsa_ctl_bridge.h>

/* scsi_ifgetcap(9F)'s strings, in index order, then the legacy spellings */
static const struct {
	const char *name;
	int cap;
} scsa_caps[] = {
	{ "dma-max",		  SCSA_CAP_DMA_MAX },
	{ "msg-out",		  SCSA_CAP_MSG_OUT },
	{ "disconnect",		  SCSA_CAP_DISCONNECT },
	{ "synchronous",	  SCSA_CAP_SYNCHRONOUS },
	{ "wide-xfer",		  SCSA_CAP_WIDE_XFER },
	{ "parity",		  SCSA_CAP_PARITY },
	{ "initiator-id",	  SCSA_CAP_INITIATOR_ID },
	{ "untagged-qing",	  SCSA_CAP_UNTAGGED_QING },
	{ "tagged-qing",	  SCSA_CAP_TAGGED_QING },
	{ "auto-rqsense",	  SCSA_CAP_ARQ },
	{ "linked-cmds",	  SCSA_CAP_LINKED_CMDS },
	{ "sector-size",	  SCSA_CAP_SECTOR_SIZE },
	{ "total-sectors",	  SCSA_CAP_TOTAL_SECTORS },
	{ "geometry",		  SCSA_CAP_GEOMETRY },
	{ "reset-notification",	  SCSA_CAP_RESET_NOTIFICATION },
	{ "qfull-retries",	  SCSA_CAP_QFULL_RETRIES },
	{ "qfull-retry-interval", SCSA_CAP_QFULL_RETRY_INTERVAL },
	{ "scsi-version",	  SCSA_CAP_SCSI_VERSION },
	{ "interconnect-type",	  SCSA_CAP_INTERCONNECT_TYPE },
	{ "lun-reset",		  SCSA_CAP_LUN_RESET },
	{ "max-cdb-length",	  SCSA_CAP_CDB_LEN },
	{ "dma-max-arch",	  SCSA_CAP_DMA_MAX_ARCH },
	{ "tran-layer-retries",	  SCSA_CAP_TRAN_LAYER_RETRIES },
	{ "dma_max",		  SCSA_CAP_DMA_MAX },
	{ "msg_out",		  SCSA_CAP_MSG_OUT },
	{ "wide_xfer",		  SCSA_CAP_WIDE_XFER },
};

/* The index of @cap, or -1 for an unknown string (or NULL). */
static int scsa_cap_index(const char *cap)
{
	int i;

	if (!cap)
		return -1;
	for (i = 0; i < ARRAY_SIZE(scsa_caps); i++)
		if (!strcmp(cap, scsa_caps[i].name))
			return scsa_caps[i].cap;
	return -1;
}

/* The LUN behind @ap, if it is still there. */
static struct scsa_lun *scsa_cap_lun(struct scsi_address *ap)
{
	struct scsa_lun *lun = scsa_ap_lun(ap);

	return lun && !scsa_lnx_gone(lun) ? lun : NULL;
}

/**
 * scsi_ifgetcap() - read a transport capability.
 * @ap:   the target's address (sd_address of its struct scsi_device).
 * @cap:  the capability's name, e.g. "dma-max" (list below).
 * @whom: non-zero: this target (LUN); 0: every target of the host, for
 *        which per-target capabilities are undefined.
 *
 * Values, from the Linux host and device:
 *  - "dma-max", "dma-max-arch": bytes one command can move, the most a
 *    DMA window carries: the queue's max_sectors in bytes (what Linux's
 *    sd sends at most; at most 1 GiB), rounded down to the sector size;
 *  - "max-cdb-length": the host's max_cmd_len in bytes (at most 32);
 *  - "initiator-id": the host's this_id, -1 if it has none;
 *  - "auto-rqsense", "untagged-qing": 1 (Linux always fetches sense and
 *    queues commands); "linked-cmds", "reset-notification": 0;
 *  - "tagged-qing": 1 if the device supports tagged queuing, else 0;
 *  - "sector-size": granularity of DMA windows in bytes: the value set
 *    (512 by default) or the device's logical block size if larger;
 *  - "total-sectors": the value set, -1 before;
 *  - "geometry": heads << 16 | sectors per track for "total-sectors"
 *    (64/32 below 1 GiB of blocks, else 255/63), -1 before it is set;
 *  - "scsi-version": 1, 2 or 3 from the device's SCSI level;
 *  - "interconnect-type": INTERCONNECT_FIBRE, _SAS, _ISCSI, _SATA, _USB
 *    or _1394 from the Linux transport, -1 if none is recognised;
 *  - "lun-reset": 0 or 1 (as set) if the host can reset a LUN, else -1;
 *  - "msg-out", "disconnect", "synchronous", "wide-xfer", "parity",
 *    "qfull-retries", "qfull-retry-interval", "tran-layer-retries": -1,
 *    Linux does not say (QUEUE FULL is retried by Linux's midlayer
 *    within the command's time, not a count).
 * The legacy spellings "dma_max", "msg_out" and "wide_xfer" are accepted.
 *
 * Context: any (user, kernel or interrupt context, pkt_comp); does not
 * sleep.
 * Return: the value (>= 0), or -1 if @ap has no device (or it is gone),
 * @cap is NULL or unknown, or the capability is undefined.
 * Source: scsi_ifgetcap(9F), tran_getcap(9E).
 */
int scsi_ifgetcap(struct scsi_address *ap, char *cap, int whom)
{
	struct scsa_lun *lun = scsa_cap_lun(ap);
	int idx = scsa_cap_index(cap);

	if (!lun || idx < 0)
		return -1;
	return scsa_lnx_getcap(lun, idx, whom == 0);
}
EXPORT_SYMBOL_GPL(scsi_ifgetcap);

/**
 * scsi_ifsetcap() - change a transport capability of a target.
 * @ap:    the target's address.
 * @cap:   the capability's name (see scsi_ifgetcap()).
 * @value: the new value.
 * @whom:  non-zero: this target (LUN).  0 (every target) is refused with
 *         -1, as tran_setcap(9E) advises hosts to do.
 *
 * Changeable, remembered per LUN: "sector-size" (a power of two from 512
 * bytes up to "dma-max"; the granularity of later DMA windows, never less
 * than the device's logical block size), "total-sectors" (> 0; used for
 * "geometry"), "lun-reset" (0/1, hosts that can reset a LUN; scsi_reset()
 * with RESET_LUN needs it set).  "auto-rqsense" and "untagged-qing" are
 * always on and "tagged-qing" is whatever the device supports: setting
 * that state returns 1, the other 0; "linked-cmds" can only be 0.  Other
 * defined capabilities are fixed: 0.  Undefined ones: -1.
 *
 * Context: any (user, kernel or interrupt context, pkt_comp); does not
 * sleep.
 * Return: 1 if set (or already so), 0 if not changeable, -1 if @ap has
 * no device, @cap is NULL, unknown or undefined, @whom is 0, or @value
 * is invalid.
 * Source: scsi_ifsetcap(9F), tran_setcap(9E).
 */
int scsi_ifsetcap(struct scsi_address *ap, char *cap, int value, int whom)
{
	struct scsa_lun *lun = scsa_cap_lun(ap);
	int idx = scsa_cap_index(cap);

	if (!lun || idx < 0)
		return -1;
	return scsa_lnx_setcap(lun, idx, value, whom == 0);
}
EXPORT_SYMBOL_GPL(scsi_ifsetcap);
