// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_lnx_cap.c - Linux side of the SCSA control interfaces: the answers
 * to scsi_ifgetcap(9F)/scsi_ifsetcap(9F) from the host template, the queue
 * limits and the scsi_device, and scsi_abort(9F)/scsi_reset(9F) on top of
 * the SCSI midlayer's error handling.
 *
 * Abort: the shim's request is handed to the block layer's timeout
 * handling at once (blk_abort_request()), i.e. to the midlayer's abort
 * path (the host's eh_abort_handler, escalating through Linux's error
 * handler if that fails).  The transfer is marked first, so that the
 * command completes as aborted (CMD_ABORTED) and not as timed out.
 *
 * Reset: Linux exports no kernel-pointer route to a device, target or bus
 * reset on 6.1 and 6.12 (scsi_ioctl_reset() is not exported and, like the
 * SG_SCSI_RESET ioctl of scsi_ioctl(), reads its argument with
 * get_user()).  The shim therefore resets only from the context of a
 * user process with CAP_SYS_ADMIN and CAP_SYS_RAWIO (as the ioctl
 * demands): the argument is put in a scratch page mapped into that
 * process for the duration of the call.  Anywhere else the reset fails
 * (scsi_reset() returns 0).  See Documentation/deviations.rst.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include <linux/module.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/blk-mq.h>
#include <linux/blkdev.h>
#include <scsi/scsi.h>
#include <scsi/scsi_cmnd.h>
#include <scsi/scsi_device.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_ioctl.h>
#include <scsi/sg.h>

#define SCSA_INTERNAL
#include <scsa/scsa_bridge.h>
#include <scsa/scsa_ctl_bridge.h>
#include "scsa_lnx.h"

#ifdef _SCSA_SYS_SCSI_CONF_DEVICE_H
#error "Linux-side files must not include Solaris SCSI headers"
#endif

/* Solaris values of "interconnect-type" (<sys/scsi/scsi_ctl.h>) */
#define SCSA_IC_FIBRE	2
#define SCSA_IC_1394	3
#define SCSA_IC_USB	6
#define SCSA_IC_ISCSI	8
#define SCSA_IC_SATA	10
#define SCSA_IC_SAS	11

/*
 * The transport, from the devices the transport classes put between the
 * host and the target: FC remote ports, SAS end devices, iSCSI sessions,
 * libata ports, and the USB and FireWire buses.  Hosts without such a
 * device (virtio-scsi, scsi_debug, parallel SCSI, scsa_vhba): -1.
 */
static int scsa_interconnect(struct scsi_device *sdev)
{
	struct device *d;

	for (d = sdev->sdev_gendev.parent; d; d = d->parent) {
		const char *n = dev_name(d);

		if (d->bus && !strcmp(d->bus->name, "usb"))
			return SCSA_IC_USB;
		if (d->bus && !strcmp(d->bus->name, "firewire"))
			return SCSA_IC_1394;
		if (!strncmp(n, "rport-", 6))
			return SCSA_IC_FIBRE;
		if (!strncmp(n, "end_device-", 11))
			return SCSA_IC_SAS;
		if (!strncmp(n, "session", 7))
			return SCSA_IC_ISCSI;
		if (!strncmp(n, "ata", 3) && isdigit(n[3]))
			return SCSA_IC_SATA;
	}
	return -1;
}

/* Linux's scsi_level to scsi-version (1, 2 or 3); -1 if unknown. */
static int scsa_scsi_version(struct scsi_device *sdev)
{
	if (sdev->scsi_level == SCSI_UNKNOWN)
		return -1;
	if (sdev->scsi_level <= SCSI_1_CCS)
		return 1;
	return sdev->scsi_level == SCSI_2 ? 2 : 3;
}

/*
 * heads << 16 | sectors per track for a capacity of @total blocks: the
 * usual BIOS translation of 64 heads and 32 sectors up to 1 GiB of
 * 512-byte blocks, 255 heads and 63 sectors beyond.
 */
static int scsa_geometry(int total)
{
	if (total <= 0)
		return -1;
	if (total < 64 * 32 * 1024)
		return 64 << 16 | 32;
	return 255 << 16 | 63;
}

static bool scsa_has_lun_reset(struct scsi_device *sdev)
{
	return sdev->host->hostt->eh_device_reset_handler != NULL;
}

/**
 * scsa_lnx_getcap() - a capability of @lun (or of its host, @all).
 * @lun: the LUN.
 * @cap: enum scsa_cap.
 * @all: whom == 0: the value for every target of the host; per-target
 *       capabilities are then undefined.
 *
 * Context: any; does not sleep.
 * Return: the value, or -1 if it is undefined here.
 */
int scsa_lnx_getcap(struct scsa_lun *lun, int cap, bool all)
{
	struct scsi_device *sdev = lun->sdev;
	struct Scsi_Host *sh = sdev->host;
	struct scsa_limits lim;
	int total;

	scsa_lnx_limits(lun, &lim);
	switch (cap) {
	case SCSA_CAP_DMA_MAX:
	case SCSA_CAP_DMA_MAX_ARCH:
		return rounddown(lim.max_bytes, lim.gran);
	case SCSA_CAP_CDB_LEN:
		return lim.max_cdb;
	case SCSA_CAP_INITIATOR_ID:
		return sh->this_id >= 0 ? sh->this_id : -1;
	case SCSA_CAP_UNTAGGED_QING:
	case SCSA_CAP_ARQ:
		return 1;
	case SCSA_CAP_LINKED_CMDS:
	case SCSA_CAP_RESET_NOTIFICATION:
		return 0;
	case SCSA_CAP_INTERCONNECT_TYPE:
		return scsa_interconnect(sdev);
	default:
		break;
	}
	if (all)
		return -1;
	switch (cap) {
	case SCSA_CAP_TAGGED_QING:
		return sdev->tagged_supported ? 1 : 0;
	case SCSA_CAP_SECTOR_SIZE:
		return lim.gran;
	case SCSA_CAP_TOTAL_SECTORS:
		total = READ_ONCE(lun->cap_total_sectors);
		return total > 0 ? total : -1;
	case SCSA_CAP_GEOMETRY:
		return scsa_geometry(READ_ONCE(lun->cap_total_sectors));
	case SCSA_CAP_SCSI_VERSION:
		return scsa_scsi_version(sdev);
	case SCSA_CAP_LUN_RESET:
		if (!scsa_has_lun_reset(sdev))
			return -1;
		return READ_ONCE(lun->cap_lun_reset) ? 1 : 0;
	default:
		return -1;
	}
}

/**
 * scsa_lnx_setcap() - set a capability of @lun.
 * @lun:   the LUN.
 * @cap:   enum scsa_cap.
 * @value: the new value.
 * @all:   whom == 0: refused (tran_setcap(9E) advises against it).
 *
 * Settable: sector-size (a power of two from 512 bytes to dma-max: the
 * granularity of DMA windows), total-sectors (> 0, remembered for
 * geometry), lun-reset (0 or 1, if the host can reset a LUN).
 * auto-rqsense and untagged-qing are always on and tagged-qing is what
 * the device supports: asking for that state returns 1, for the other 0.
 * Fixed values (dma-max, max-cdb-length, initiator-id, geometry, ...)
 * return 0.
 *
 * Context: any; does not sleep.
 * Return: 1 set; 0 not changeable (to @value); -1 undefined, @all, or
 * @value invalid.
 */
int scsa_lnx_setcap(struct scsa_lun *lun, int cap, int value, bool all)
{
	int cur;

	if (all)
		return -1;
	cur = scsa_lnx_getcap(lun, cap, false);
	switch (cap) {
	case SCSA_CAP_SECTOR_SIZE: {
		struct scsa_limits lim;

		scsa_lnx_limits(lun, &lim);
		if (value < SECTOR_SIZE || !is_power_of_2(value) ||
		    value > lim.max_bytes)
			return -1;
		WRITE_ONCE(lun->gran, value);
		return 1;
	}
	case SCSA_CAP_TOTAL_SECTORS:
		if (value <= 0)
			return -1;
		WRITE_ONCE(lun->cap_total_sectors, value);
		return 1;
	case SCSA_CAP_LUN_RESET:
		if (!scsa_has_lun_reset(lun->sdev))
			return -1;
		WRITE_ONCE(lun->cap_lun_reset, value != 0);
		return 1;
	case SCSA_CAP_ARQ:
	case SCSA_CAP_UNTAGGED_QING:
	case SCSA_CAP_TAGGED_QING:
	case SCSA_CAP_LINKED_CMDS:
		return (value != 0) == (cur == 1) ? 1 : 0;
	case SCSA_CAP_DMA_MAX:
	case SCSA_CAP_DMA_MAX_ARCH:
	case SCSA_CAP_CDB_LEN:
	case SCSA_CAP_INITIATOR_ID:
	case SCSA_CAP_GEOMETRY:
	case SCSA_CAP_SCSI_VERSION:
	case SCSA_CAP_INTERCONNECT_TYPE:
	case SCSA_CAP_RESET_NOTIFICATION:
		return 0;		/* defined, fixed (even when -1) */
	default:
		return -1;
	}
}

/* ---- abort and reset ---- */

struct scsa_ctl_walk {
	struct scsa_lun *lun;		/* scope around this LUN ... */
	enum scsa_reset_scope scope;
	struct scsa_xfer *x;		/* ... or just this transfer */
	u8 set, clear;			/* x->ctl bits */
	u8 abort_if;			/* blk_abort_request() if x->ctl has one */
	unsigned int found;
};

static bool scsa_in_scope(struct scsa_lun *a, struct scsa_lun *b,
			  enum scsa_reset_scope scope)
{
	struct scsi_device *s = a->sdev, *t = b->sdev;

	if (s->host != t->host)
		return false;
	switch (scope) {
	case SCSA_RESET_LUN:
		return s == t;
	case SCSA_RESET_TARGET:
		return s->channel == t->channel && s->id == t->id;
	default:
		return true;
	}
}

static bool scsa_ctl_visit(struct request *rq, void *data)
{
	struct scsa_ctl_walk *w = data;
	spinlock_t *lock;
	struct scsa_xfer *x;
	unsigned long flags;

	if (!scsa_lnx_rq_is_ours(rq))
		return true;
	lock = scsa_lnx_rq_lock(rq);
	spin_lock_irqsave(lock, flags);
	x = rq->end_io_data;		/* NULL once end_io has begun */
	if (x && (w->x ? x == w->x : scsa_in_scope(x->lun, w->lun, w->scope))) {
		x->ctl = (x->ctl & ~w->clear) | w->set;
		if (x->ctl & w->abort_if)
			blk_abort_request(rq);
		w->found++;
	}
	spin_unlock_irqrestore(lock, flags);
	return true;
}

static unsigned int scsa_ctl_walk(struct scsa_ctl_walk *w)
{
	blk_mq_tagset_busy_iter(&w->lun->sdev->host->tag_set, scsa_ctl_visit,
				w);
	return w->found;
}

/**
 * scsa_lnx_abort() - abort @x, or every command of @lun in flight.
 * @lun: the LUN.
 * @x:   the transfer, or NULL for all of @lun's.
 *
 * Each command found is marked SCSA_XC_ABORT and handed to Linux's
 * timeout handling at once; it completes (asynchronously) as
 * SCSA_XS_ABORTED, or SCSA_XS_RESET if the error handler had to reset.
 * Commands still waiting in the shim's deferred list are not seen.
 *
 * Context: any; does not sleep.
 * Return: the number of commands found and aborted.
 */
int scsa_lnx_abort(struct scsa_lun *lun, struct scsa_xfer *x)
{
	struct scsa_ctl_walk w = {
		.lun = lun, .scope = SCSA_RESET_LUN, .x = x,
		.set = SCSA_XC_ABORT, .abort_if = SCSA_XC_ABORT,
	};

	return scsa_ctl_walk(&w);
}

/*
 * SG_SCSI_RESET through scsi_ioctl(), whose argument must be a user
 * address: a scratch page of the calling process holds it.  Returns 0 if
 * the reset was done, else a negative errno.
 */
static int scsa_reset_ioctl(struct scsi_device *sdev, int how)
{
	unsigned long ua;
	int err;

	if (!current->mm || (current->flags & PF_KTHREAD))
		return -EPERM;
	ua = vm_mmap(NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, 0);
	if (IS_ERR_VALUE(ua))
		return (int)ua;
	err = put_user(how, (int __user *)ua);
	if (!err)
		err = scsi_ioctl(sdev, 0, SG_SCSI_RESET, (void __user *)ua);
	vm_munmap(ua, PAGE_SIZE);
	return err;
}

/**
 * scsa_lnx_reset() - reset @lun, its target, or its bus.
 * @lun:   the LUN.
 * @scope: SCSA_RESET_LUN (eh_device_reset_handler), SCSA_RESET_TARGET
 *         (eh_target_reset_handler), SCSA_RESET_BUS (eh_bus_reset_handler,
 *         escalating to eh_host_reset_handler if that fails).
 *
 * The shim's commands in scope are marked first, so that those the host
 * ends with DID_RESET, and those it forgets (aborted once the reset is
 * done), complete as SCSA_XS_RESET (SCSA_XC_BUS for a bus reset).  If
 * the reset fails the marks are taken back and nothing is aborted.
 *
 * Context: process context of a user process with CAP_SYS_ADMIN and
 * CAP_SYS_RAWIO; sleeps.  Elsewhere nothing is done.
 * Return: 1 if Linux performed the reset, 0 if it did not or could not.
 */
int scsa_lnx_reset(struct scsa_lun *lun, enum scsa_reset_scope scope)
{
	u8 mark = SCSA_XC_RESET | (scope == SCSA_RESET_BUS ? SCSA_XC_BUS : 0);
	struct scsa_ctl_walk w = { .lun = lun, .scope = scope, .set = mark };
	int how, err;

	switch (scope) {
	case SCSA_RESET_LUN:
		how = SG_SCSI_RESET_DEVICE | SG_SCSI_RESET_NO_ESCALATE;
		break;
	case SCSA_RESET_TARGET:
		how = SG_SCSI_RESET_TARGET | SG_SCSI_RESET_NO_ESCALATE;
		break;
	default:
		how = SG_SCSI_RESET_BUS;
		break;
	}
	if (!current->mm || (current->flags & PF_KTHREAD)) {
		pr_warn_ratelimited("%s: scsi_reset() outside a user process: not possible on Linux, failed\n",
				    lun->name);
		return 0;
	}
	scsa_ctl_walk(&w);
	err = scsa_reset_ioctl(lun->sdev, how);
	if (err) {
		pr_warn_ratelimited("%s: scsi_reset() level %d failed (%d)\n",
				    lun->name, scope, err);
		w = (struct scsa_ctl_walk){ .lun = lun, .scope = scope,
					    .clear = mark };
		scsa_ctl_walk(&w);
		return 0;
	}
	/* what the host did not end itself, end now, as reset */
	w = (struct scsa_ctl_walk){ .lun = lun, .scope = scope,
				    .abort_if = SCSA_XC_RESET };
	scsa_ctl_walk(&w);
	return 1;
}
