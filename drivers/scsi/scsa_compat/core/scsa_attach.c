// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_attach.c - binding target drivers to SCSI devices.
 *
 * A target driver registers with mod_install(); its struct modldrv names
 * the peripheral device types it claims ("scsiclass,00" ...).  For every
 * Linux SCSI device of such a type the shim creates a dev_info_t and a
 * Solaris struct scsi_device (sd_address leads to the LUN) and calls
 * devo_probe and devo_attach(DDI_ATTACH).  devo_detach(DDI_DETACH) is
 * called when the device or its host goes away, and from mod_remove().
 * One mutex serialises binding; it is never taken on the I/O path.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/idr.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <linux/delay.h>

/* Solaris-side view of a LUN: its attachments. */
struct scsa_node {
	struct list_head node;
	struct scsa_lun *lun;
	struct scsa_lun_info info;
	struct list_head dips;
};

static DEFINE_MUTEX(scsa_bind_lock);
static LIST_HEAD(scsa_drivers);
static LIST_HEAD(scsa_nodes);

struct mod_ops mod_driverops = { .mo_type = 1 };
EXPORT_SYMBOL_GPL(scsa_mod_driverops);

/* ---- dev_info accessors ---- */

/**
 * ddi_get_instance() - the instance number of an attachment.
 * @dip: the device, as passed to devo_probe/devo_attach.
 *
 * Instances are numbered per driver from 0, the lowest free number first;
 * a detached instance's number is reused.  Source: ddi_get_instance(9F).
 *
 * Context: any; does not sleep.
 * Return: the instance number, >= 0; -1 if @dip is NULL.
 */
int ddi_get_instance(dev_info_t *dip)
{
	return dip ? dip->instance : -1;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_instance);

/**
 * ddi_get_driver_private() - the driver-private pointer of @dip.
 * @dip: the device.
 *
 * For a SCSI target it is the struct scsi_device until the driver changes
 * it (scsi_device(9S)).  Source: ddi_get_driver_private(9F).
 *
 * Context: any; does not sleep.
 * Return: the pointer; NULL if @dip is NULL or the driver set NULL.
 */
void *ddi_get_driver_private(dev_info_t *dip)
{
	return dip ? dip->driver_private : NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_driver_private);

/**
 * ddi_set_driver_private() - set the driver-private pointer of @dip.
 * @dip:  the device; NULL is ignored.
 * @data: the new pointer, returned by ddi_get_driver_private().
 *
 * Source: ddi_get_driver_private(9F).
 *
 * Context: any; does not sleep.
 */
void ddi_set_driver_private(dev_info_t *dip, void *data)
{
	if (dip)
		dip->driver_private = data;
}
EXPORT_SYMBOL_GPL(scsa_ddi_set_driver_private);

/**
 * ddi_driver_name() - the name of the driver @dip is attached to.
 * @dip: the device.
 *
 * The name is the driver's struct modldrv drv_linkinfo.
 * Source: ddi_driver_name(9F).
 *
 * Context: any; does not sleep.
 * Return: the name; "unknown" if @dip is NULL or drv_linkinfo is NULL.
 * Never NULL.
 */
const char *ddi_driver_name(dev_info_t *dip)
{
	if (dip && dip->is_nexus)
		return dip->nexus_name;
	return dip && dip->drv->md->drv_linkinfo ? dip->drv->md->drv_linkinfo :
						   "unknown";
}
EXPORT_SYMBOL_GPL(scsa_ddi_driver_name);

/**
 * ddi_get_name_addr() - the unit address of @dip.
 * @dip: the device.
 *
 * Source: ddi_get_name_addr(9F).
 *
 * Context: any; does not sleep.
 * Return: "target,lun" in hex, e.g. "2,0" (valid while @dip is
 * attached); NULL if @dip is NULL.
 */
char *ddi_get_name_addr(dev_info_t *dip)
{
	return dip ? dip->addr : NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_name_addr);

/**
 * ddi_report_dev() - announce an attached device in the kernel log.
 * @dip: the device; NULL is ignored.
 *
 * Logs "<driver><instance> at <target,lun>" against the Linux SCSI
 * device.  Source: ddi_report_dev(9F).
 *
 * Context: any; does not sleep (usually called from devo_attach).
 */
void ddi_report_dev(dev_info_t *dip)
{
	if (dip)
		dev_info(dip->sd.sd_address.a_hba_tran ?
			 ddi_get_linux_device(dip) : NULL, "%s%d at %s\n",
			 ddi_driver_name(dip), dip->instance, dip->addr);
}
EXPORT_SYMBOL_GPL(scsa_ddi_report_dev);

/**
 * ddi_get_linux_device() - the Linux SCSI device @dip is attached to.
 * @dip: the device.
 *
 * For a driver's Linux glue: the parent of its block device, say.  The
 * struct device stays valid while @dip is attached.  Source: none, a
 * scsa-compat extension.
 *
 * Context: any; does not sleep.
 * Return: the struct scsi_device's struct device; NULL if @dip is NULL.
 */
struct device *ddi_get_linux_device(dev_info_t *dip)
{
	struct scsa_lun_info info;

	if (!dip)
		return NULL;
	scsa_lnx_info(dip->lun, &info);
	return info.dev;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_linux_device);

/* ---- attach / detach ---- */

static bool scsa_driver_claims(struct scsa_tgt_driver *drv, u8 type)
{
	const char * const *a;
	unsigned int t;

	for (a = drv->md->drv_aliases; a && *a; a++)
		if (sscanf(*a, "scsiclass,%x", &t) == 1 && t == type)
			return true;
	return false;
}

static void scsa_dip_free(struct dev_info *dip)
{
	/* minor nodes the driver left (Solaris removes them at detach too) */
	scsa_cdev_remove_all(dip);
	kfree(dip->sd.sd_inq);
	scsa_devinfo_free_parent(dip);
	ida_free(&dip->drv->ida, dip->instance);
	kfree(dip);
}

static void scsa_try_attach(struct scsa_tgt_driver *drv, struct scsa_node *n)
{
	struct dev_ops *ops = drv->md->drv_dev_ops;
	struct dev_info *dip;
	int id, rv;

	if (!scsa_driver_claims(drv, n->info.type) || scsa_lnx_gone(n->lun))
		return;
	dip = kzalloc(sizeof(*dip), GFP_KERNEL);
	if (!dip)
		return;
	id = ida_alloc(&drv->ida, GFP_KERNEL);
	if (id < 0) {
		kfree(dip);
		return;
	}
	dip->drv = drv;
	dip->lun = n->lun;
	dip->instance = id;
	snprintf(dip->addr, sizeof(dip->addr), "%x,%llx", n->info.id,
		 n->info.lun);
	dip->sd.sd_address.a_hba_tran = (struct scsi_hba_tran *)n->lun;
	dip->sd.sd_address.a_target = n->info.id;
	dip->sd.sd_address.a_lun = n->info.lun;
	dip->sd.sd_dev = dip;
	mutex_init(&dip->sd.sd_mutex, NULL, MUTEX_DRIVER, NULL);
	dip->driver_private = &dip->sd;
	INIT_LIST_HEAD(&dip->minors);

	if (ops->devo_probe && ops->devo_probe(dip) == DDI_PROBE_FAILURE) {
		dev_dbg(n->info.dev, "%s: probe declined\n",
			drv->md->drv_linkinfo);
		scsa_dip_free(dip);
		return;
	}
	dip->attaching = true;
	rv = ops->devo_attach ? ops->devo_attach(dip, DDI_ATTACH) :
				DDI_FAILURE;
	dip->attaching = false;
	if (rv != DDI_SUCCESS) {
		dev_info(n->info.dev, "%s: attach declined\n",
			 drv->md->drv_linkinfo);
		scsa_dip_free(dip);
		return;
	}
	/* its minor nodes can be opened now that attach has succeeded */
	scsa_cdev_attached(dip);
	list_add_tail(&dip->node, &n->dips);
}

static void scsa_detach(struct dev_info *dip)
{
	struct dev_ops *ops = dip->drv->md->drv_dev_ops;

	list_del(&dip->node);
	/*
	 * Beyond illumos, which refuses to detach an open device: detach
	 * cannot be refused here, so first wait for every call into the
	 * driver's cb_ops to return and make later ones fail (ENXIO).
	 */
	scsa_cdev_revoke(dip);
	if (ops->devo_detach &&
	    ops->devo_detach(dip, DDI_DETACH) != DDI_SUCCESS)
		pr_warn("%s%d: detach refused; the device is going away regardless\n",
			ddi_driver_name(dip), dip->instance);
	/* beyond illumos: no runout callback reaches a detached instance */
	scsa_cb_cancel(dip->drv->owner, dip->lun);
	scsa_dip_free(dip);
}

void scsa_sol_lun_added(struct scsa_lun *lun)
{
	struct scsa_tgt_driver *drv;
	struct scsa_node *n;

	n = kzalloc(sizeof(*n), GFP_KERNEL);
	if (!n)
		return;
	n->lun = lun;
	scsa_lnx_info(lun, &n->info);
	INIT_LIST_HEAD(&n->dips);
	mutex_lock(&scsa_bind_lock);
	list_add_tail(&n->node, &scsa_nodes);
	list_for_each_entry(drv, &scsa_drivers, node)
		scsa_try_attach(drv, n);
	mutex_unlock(&scsa_bind_lock);
}

void scsa_sol_lun_removed(struct scsa_lun *lun)
{
	struct dev_info *dip, *tmp;
	struct scsa_node *n;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(n, &scsa_nodes, node) {
		if (n->lun != lun)
			continue;
		list_for_each_entry_safe_reverse(dip, tmp, &n->dips, node)
			scsa_detach(dip);
		list_del(&n->node);
		kfree(n);
		break;
	}
	mutex_unlock(&scsa_bind_lock);
}

/**
 * scsa_mod_install_owner() - register a target driver (use mod_install()).
 * @ml:    the driver's modlinkage; ml_linkage[0] is its struct modldrv,
 *         whose drv_dev_ops must have devo_rev == DEVO_REV.
 * @owner: the Linux module (THIS_MODULE, supplied by the macro); its
 *         runout callbacks are cancelled by mod_remove().
 *
 * Attaches the driver to every present SCSI device it claims, and to those
 * that appear later: devo_probe, then devo_attach(DDI_ATTACH), called
 * here under the binding lock (they must not call mod_install() or
 * mod_remove()).  Minor nodes made in devo_attach can be opened once it
 * has returned DDI_SUCCESS; a failed attach's nodes are removed.  A
 * device whose probe or attach fails is skipped; that
 * is not an error of mod_install().  Source: mod_install(9F).
 *
 * Context: process; may sleep (attach runs here).
 * Return: 0; EINVAL for a malformed linkage (@ml NULL, no modldrv, no
 * dev_ops, wrong devo_rev); ENOMEM if memory is short; EEXIST if @ml is
 * already installed.  Positive errno values, as on Solaris.
 */
int scsa_mod_install_owner(struct modlinkage *ml, struct module *owner)
{
	struct modldrv *md = ml ? ml->ml_linkage[0] : NULL;
	struct scsa_tgt_driver *drv;
	struct scsa_node *n;

	if (!md || !md->drv_dev_ops || md->drv_dev_ops->devo_rev != DEVO_REV) {
		pr_warn("mod_install: malformed modlinkage\n");
		return EINVAL;
	}
	drv = kzalloc(sizeof(*drv), GFP_KERNEL);
	if (!drv)
		return ENOMEM;
	drv->ml = ml;
	drv->md = md;
	drv->owner = owner;
	ida_init(&drv->ida);

	mutex_lock(&scsa_bind_lock);
	{
		struct scsa_tgt_driver *d;

		list_for_each_entry(d, &scsa_drivers, node) {
			if (d->ml == ml) {
				mutex_unlock(&scsa_bind_lock);
				kfree(drv);
				return EEXIST;
			}
		}
	}
	list_add_tail(&drv->node, &scsa_drivers);
	list_for_each_entry(n, &scsa_nodes, node)
		scsa_try_attach(drv, n);
	mutex_unlock(&scsa_bind_lock);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_mod_install_owner);

/**
 * mod_remove() - unregister a target driver: detach every instance, cancel
 * its queued runout callbacks and wait for a running one.
 * @ml: the driver's modlinkage, as given to mod_install().
 *
 * Instances are detached with devo_detach(DDI_DETACH), each after its
 * minor nodes have been stopped (no entry point runs any more); the
 * nodes a driver leaves are removed and its character major released.
 * Deviation: on Linux module exit cannot fail, so a devo_detach that
 * refuses is logged and overridden, and EBUSY is never returned (a
 * module with a minor node open cannot get to its exit: the open file
 * holds it).  Source: mod_remove(9F).
 *
 * Context: process; may sleep.  Not from devo_attach/devo_detach or a
 * runout callback.
 * Return: 0; EINVAL if @ml is not installed.
 */
int mod_remove(struct modlinkage *ml)
{
	struct scsa_tgt_driver *drv = NULL, *d;
	struct dev_info *dip, *tmp;
	struct scsa_node *n;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(d, &scsa_drivers, node)
		if (d->ml == ml)
			drv = d;
	if (!drv) {
		mutex_unlock(&scsa_bind_lock);
		return EINVAL;
	}
	list_for_each_entry(n, &scsa_nodes, node)
		list_for_each_entry_safe_reverse(dip, tmp, &n->dips, node)
			if (dip->drv == drv)
				scsa_detach(dip);
	list_del(&drv->node);
	mutex_unlock(&scsa_bind_lock);

	scsa_cdev_driver_fini(drv);
	scsa_cb_cancel(drv->owner, NULL);
	ida_destroy(&drv->ida);
	kfree(drv);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_mod_remove);

/**
 * mod_info() - module information (nothing to report on Linux).
 * @ml: the driver's modlinkage; unused.
 * @mi: the caller's struct modinfo; unused, nothing is filled in.
 *
 * Source: mod_info(9F).
 *
 * Context: any; does not sleep.
 * Return: 1 (non-zero: success); never fails.
 */
int mod_info(struct modlinkage *ml, struct modinfo *mi)
{
	return 1;
}
EXPORT_SYMBOL_GPL(scsa_mod_info);

/* ---- scsi_probe(9F) ---- */

/*
 * Whether the INQUIRY data in devp->sd_inq describes a logical unit that
 * is there, by illumos's SCSA nexus rule (a node is made only for it): the
 * peripheral qualifier is 000b, or a vendor-unique qualifier on LUN 0, and
 * the device type is not DTYPE_UNKNOWN.  Qualifier 001b ("supported, not
 * connected") and 011b (DTYPE_NOTPRESENT, 0x7f) are not there.
 */
static bool scsa_inq_lun_exists(struct scsi_device *devp)
{
	uchar_t b0 = devp->sd_inq->inq_dtype;

	if ((b0 & DTYPE_MASK) == DTYPE_UNKNOWN)
		return false;
	if (b0 & DPQ_VUNIQ)
		return devp->sd_address.a_lun == 0;
	return (b0 & DPQ_MASK) == DPQ_POSSIBLE;
}

/**
 * scsi_probe() - check that a device is there; fill devp->sd_inq.
 * @devp:     the target's scsi_device (from ddi_get_driver_private()).
 * @callback: SLEEP_FUNC to sleep for memory, or NULL_FUNC; a runout
 *            function is treated as NULL_FUNC, as on illumos.
 *
 * Sends INQUIRY for SUN_INQSIZE bytes, polled (FLAG_NOINTR), with a
 * 60-second timeout per try and up to 3 tries, and copies the data to
 * sd_inq (SUN_INQSIZE bytes, allocated on the first call).  sd_inq stays
 * allocated until the device is detached: scsi_unprobe() frees nothing.
 * Source: scsi_probe(9F).
 *
 * Context: process; sleeps (the polled INQUIRY) whatever @callback is.
 * Not with a kmutex_t held, from interrupt context or pkt_comp.
 * Return: SCSIPROBE_EXISTS; SCSIPROBE_NORESP (no LUN there: qualifier 3
 * or type 0x1f; the device is gone; or the command was never accepted,
 * e.g. called where sleeping is not allowed); SCSIPROBE_NOMEM (no memory
 * for sd_inq or the buffer, or the packet failed with b_error set);
 * SCSIPROBE_NOMEM_CB (packet resources short with NULL_FUNC: try again
 * later); SCSIPROBE_BUSY
 * (BUSY status on the last try); SCSIPROBE_NONCCS (no data, or fewer
 * than SUN_MIN_INQLEN bytes); SCSIPROBE_FAILURE (@devp or its address
 * unset, the command failed, or a status other than GOOD or BUSY).
 */
int scsi_probe(struct scsi_device *devp, int (*callback)(void))
{
	int (*mode)(caddr_t) = (void *)callback == (void *)SLEEP_FUNC ?
			       SLEEP_FUNC : NULL_FUNC;
	struct scsi_pkt *pkt;
	struct buf *bp;
	int rv = SCSIPROBE_FAILURE, tries, busy = 0;

	if (!devp || !devp->sd_address.a_hba_tran)
		return SCSIPROBE_FAILURE;
	if (scsa_lnx_gone(scsa_ap_lun(&devp->sd_address)))
		return SCSIPROBE_NORESP;
	if (!devp->sd_inq) {
		devp->sd_inq = kzalloc(SUN_INQSIZE, mode == SLEEP_FUNC ?
				       GFP_KERNEL : GFP_ATOMIC);
		if (!devp->sd_inq)
			return SCSIPROBE_NOMEM;
	}
	bp = scsi_alloc_consistent_buf(&devp->sd_address, NULL, SUN_INQSIZE,
				       B_READ, mode, NULL);
	if (!bp)
		return SCSIPROBE_NOMEM;
	pkt = scsi_init_pkt(&devp->sd_address, NULL, bp, CDB_GROUP0,
			    sizeof(struct scsi_arq_status), 0, PKT_CONSISTENT,
			    mode, NULL);
	if (!pkt) {
		rv = bp->b_error ? SCSIPROBE_NOMEM : SCSIPROBE_NOMEM_CB;
		goto out_buf;
	}
	pkt->pkt_cdbp[0] = SCMD_INQUIRY;
	pkt->pkt_cdbp[4] = SUN_INQSIZE;
	pkt->pkt_flags = FLAG_NOINTR | FLAG_NOPARITY;
	pkt->pkt_time = 60;
	for (tries = 0; tries < 3; tries++) {
		int tr;

		pkt->pkt_resid = 0;
		tr = scsi_transport(pkt);
		if (tr == TRAN_BUSY && busy++ < 6000) {
			/* as illumos scsi_test(): busy is retried (up to 60 s) */
			msleep(10);
			tries--;
			continue;
		}
		if (tr != TRAN_ACCEPT) {
			rv = SCSIPROBE_NORESP;
			break;
		}
		if (pkt->pkt_reason == CMD_DEV_GONE) {
			rv = SCSIPROBE_NORESP;
			break;
		}
		if (pkt->pkt_reason != CMD_CMPLT) {
			rv = SCSIPROBE_FAILURE;
			continue;
		}
		if ((pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_BUSY) {
			rv = SCSIPROBE_BUSY;
			continue;
		}
		if ((pkt->pkt_scbp[0] & STATUS_MASK) != STATUS_GOOD) {
			rv = SCSIPROBE_FAILURE;
			continue;
		}
		if (!(pkt->pkt_state & STATE_XFERRED_DATA) ||
		    SUN_INQSIZE - pkt->pkt_resid < SUN_MIN_INQLEN) {
			rv = SCSIPROBE_NONCCS;
			break;
		}
		memcpy(devp->sd_inq, bp->b_un.b_addr, SUN_INQSIZE);
		rv = scsa_inq_lun_exists(devp) ? SCSIPROBE_EXISTS :
						 SCSIPROBE_NORESP;
		break;
	}
	scsi_destroy_pkt(pkt);
out_buf:
	scsi_free_consistent_buf(bp);
	return rv;
}
EXPORT_SYMBOL_GPL(scsi_probe);

/**
 * scsi_unprobe() - undo scsi_probe().
 * @devp: the target's scsi_device; unused.
 *
 * Frees nothing: sd_inq is freed when the device is detached, as on
 * illumos.  Source: scsi_unprobe(9F).
 *
 * Context: any; does not sleep.
 */
void scsi_unprobe(struct scsi_device *devp)
{
}
EXPORT_SYMBOL_GPL(scsi_unprobe);

static int scsa_attachments_show(struct seq_file *m, void *v)
{
	struct dev_info *dip;
	struct scsa_node *n;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(n, &scsa_nodes, node)
		list_for_each_entry(dip, &n->dips, node)
			seq_printf(m, "%s %s %d\n", n->info.name,
				   ddi_driver_name(dip), dip->instance);
	mutex_unlock(&scsa_bind_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_attachments);

int scsa_attach_init(void)
{
	debugfs_create_file("attachments", 0444, scsa_debugfs_dir, NULL,
			    &scsa_attachments_fops);
	return 0;
}

void scsa_attach_exit(void)
{
	WARN_ON(!list_empty(&scsa_drivers));
}
