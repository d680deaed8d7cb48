// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_ctl.c - scsi_abort(9F) and scsi_reset(9F) on top of Linux's SCSI
 * error handling (scsa_lnx_cap.c does the Linux part).
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <scsa/scsa_ctl_bridge.h>

/* scsi_reset_notify(9F) registrations, under scsa_rn_lock */
struct scsa_reset_notify {
	struct list_head node;
	struct scsi_address *ap;
	int host;				/* the Linux host number */
	void (*callback)(caddr_t);
	caddr_t arg;
};
static LIST_HEAD(scsa_rn_list);
static DEFINE_MUTEX(scsa_rn_lock);

/* Run the reset notifications of every target on @lun's host. */
static void scsa_reset_notify_run(struct scsa_lun *lun)
{
	struct scsa_reset_notify *rn, **todo;
	struct scsa_lun_info info;
	int n = 0, i;

	scsa_lnx_info(lun, &info);
	mutex_lock(&scsa_rn_lock);
	list_for_each_entry(rn, &scsa_rn_list, node)
		n += rn->host == info.host;
	todo = n ? kmalloc_array(n, sizeof(*todo), GFP_KERNEL) : NULL;
	i = 0;
	if (todo)
		list_for_each_entry(rn, &scsa_rn_list, node)
			if (rn->host == info.host)
				todo[i++] = rn;
	/* called with the list held, so that a cancel waits for them */
	for (n = 0; n < i; n++)
		todo[n]->callback(todo[n]->arg);
	mutex_unlock(&scsa_rn_lock);
	kfree(todo);
}

/**
 * scsi_abort() - abort a command, or all commands of a target.
 * @ap:  the target's address.
 * @pkt: a packet of this target in transport, or NULL for every packet
 *       of the target (LUN) in transport.
 *
 * The command is handed to Linux's timeout handling at once, i.e. to the
 * host's eh_abort_handler (with the midlayer's escalation to resets if
 * that fails).  The packet then completes as usual -- pkt_comp, or the
 * return of a FLAG_NOINTR scsi_transport() -- with CMD_ABORTED and
 * STAT_ABORTED (CMD_RESET and STAT_DEV_RESET if Linux had to reset).
 * Deviation: the abort is asynchronous, the packet may complete after
 * this returns; and packets whose submission was deferred to a worker
 * (transported from interrupt context) and not yet sent are not found.
 *
 * Context: any (user, kernel or interrupt context, pkt_comp); does not
 * sleep.
 * Return: 1 if @pkt was in transport and its abort has been started, or
 * (@pkt NULL) always, every packet found being aborted; 0 if @ap has no
 * device, @pkt is not a packet of @ap's target, or it is not in
 * transport (it has completed, or was never sent).
 * Source: scsi_abort(9F), tran_abort(9E).
 */
int scsi_abort(struct scsi_address *ap, struct scsi_pkt *pkt)
{
	struct scsa_lun *lun = scsa_ap_lun(ap);
	struct scsa_pkt *sp;

	if (!lun || scsa_lnx_gone(lun))
		return 0;
	if (!pkt) {
		scsa_lnx_abort(lun, NULL);
		return 1;
	}
	sp = scsa_pkt_from(pkt);
	if (!sp)
		return 0;
	if (sp->lun != lun) {
		pr_warn_ratelimited("scsi_abort: packet %p is not one of this target's\n",
				    pkt);
		return 0;
	}
	return scsa_lnx_abort(lun, &sp->xfer) ? 1 : 0;
}
EXPORT_SYMBOL_GPL(scsi_abort);

/**
 * scsi_reset() - reset a LUN, a target, or the bus.
 * @ap:    the target's address.
 * @level: RESET_LUN (only after scsi_ifsetcap(ap, "lun-reset", 1, 1)),
 *         RESET_TARGET, RESET_ALL or RESET_BUS (both: the host's bus
 *         reset, escalating to a host reset if that fails).
 *
 * Linux's error-handling reset (eh_device_reset_handler,
 * eh_target_reset_handler, eh_bus_reset_handler) is performed, through
 * the SG_SCSI_RESET route.  Packets in transport in its scope complete
 * with CMD_RESET and STAT_DEV_RESET (RESET_LUN, RESET_TARGET) or
 * STAT_BUS_RESET (RESET_ALL, RESET_BUS); those the host does not end
 * itself are aborted once the reset has been done.  A failed reset
 * leaves them alone.
 *
 * Deviation: Linux offers no reset route for kernel callers, only the
 * ioctl with a user-space argument.  A reset is therefore possible only
 * from the process context of a user process with CAP_SYS_ADMIN and
 * CAP_SYS_RAWIO (e.g. a driver's ioctl from a root program); from
 * interrupt context, pkt_comp, timeout() handlers or kernel threads
 * scsi_reset() fails (returns 0), which the man page allows.
 *
 * Context: process context; sleeps.  Elsewhere: returns 0 at once.
 * Return: 1 if the reset was done; 0 if not: no device, invalid @level,
 * RESET_LUN without "lun-reset" enabled, a context where Linux cannot
 * reset, or the host failed (or lacks) the reset.
 * Source: scsi_reset(9F), tran_reset(9E).
 */
int scsi_reset(struct scsi_address *ap, int level)
{
	struct scsa_lun *lun = scsa_ap_lun(ap);
	enum scsa_reset_scope scope;

	if (!lun || scsa_lnx_gone(lun))
		return 0;
	switch (level) {
	case RESET_LUN:
		if (scsi_ifgetcap(ap, "lun-reset", 1) != 1)
			return 0;
		scope = SCSA_RESET_LUN;
		break;
	case RESET_TARGET:
		scope = SCSA_RESET_TARGET;
		break;
	case RESET_ALL:
	case RESET_BUS:
		scope = SCSA_RESET_BUS;
		break;
	default:
		pr_warn_ratelimited("scsi_reset: invalid level %d\n", level);
		return 0;
	}
	if (!scsa_may_sleep()) {
		pr_warn_ratelimited("scsi_reset: called where sleeping is not allowed: failed\n");
		return 0;
	}
	if (!scsa_lnx_reset(lun, scope))
		return 0;
	if (scope == SCSA_RESET_BUS)
		scsa_reset_notify_run(lun);
	return 1;
}
EXPORT_SYMBOL_GPL(scsi_reset);

/**
 * scsi_reset_notify() - ask to be told of (or stop being told of) bus
 * resets on a target's bus.
 * @ap:       the target's address (its scsi_device's sd_address).
 * @flag:     SCSI_RESET_NOTIFY to register, SCSI_RESET_CANCEL to cancel.
 * @callback: called as callback(@arg) after each reset of the bus.
 * @arg:      its argument; (@ap, @callback, @arg) names a registration.
 *
 * The callback runs in the thread that reset the bus through
 * scsi_reset(9F) (RESET_ALL, RESET_BUS) once the reset succeeded, in
 * process context with no driver lock held by the framework; a cancel
 * waits for callbacks in progress.  Deviation: resets Linux's own error
 * handler performs are not reported (the midlayer tells upper drivers of
 * none; a driver sees them as UNIT ATTENTION, as illumos drivers do
 * too).  Registrations of a target are dropped when it is detached.
 * Source: scsi_reset_notify(9F).
 *
 * Context: process or kernel-thread context; may sleep; not from the
 * callback itself.
 * Return: DDI_SUCCESS; DDI_FAILURE for a bad argument, a registration
 * that exists already, a cancel of none, or no memory.
 */
int scsi_reset_notify(struct scsi_address *ap, int flag,
		      void (*callback)(caddr_t), caddr_t arg)
{
	struct scsa_lun *lun = scsa_ap_lun(ap);
	struct scsa_reset_notify *rn, *found = NULL;
	struct scsa_lun_info info;

	if (!lun || !callback ||
	    (flag != SCSI_RESET_NOTIFY && flag != SCSI_RESET_CANCEL))
		return DDI_FAILURE;
	mutex_lock(&scsa_rn_lock);
	list_for_each_entry(rn, &scsa_rn_list, node)
		if (rn->ap == ap && rn->callback == callback && rn->arg == arg)
			found = rn;
	if (flag == SCSI_RESET_CANCEL) {
		if (found) {
			list_del(&found->node);
			kfree(found);
		}
		mutex_unlock(&scsa_rn_lock);
		return found ? DDI_SUCCESS : DDI_FAILURE;
	}
	rn = found ? NULL : kzalloc(sizeof(*rn), GFP_KERNEL);
	if (rn) {
		scsa_lnx_info(lun, &info);
		rn->ap = ap;
		rn->host = info.host;
		rn->callback = callback;
		rn->arg = arg;
		list_add_tail(&rn->node, &scsa_rn_list);
	}
	mutex_unlock(&scsa_rn_lock);
	return rn ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsi_reset_notify);

/* scsa_attach.c: @ap's target goes away; its registrations with it */
void scsa_reset_notify_drop(struct scsi_address *ap)
{
	struct scsa_reset_notify *rn, *tmp;

	mutex_lock(&scsa_rn_lock);
	list_for_each_entry_safe(rn, tmp, &scsa_rn_list, node)
		if (rn->ap == ap) {
			list_del(&rn->node);
			kfree(rn);
		}
	mutex_unlock(&scsa_rn_lock);
}
