// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_lnx_host.c - Linux side: track every Linux SCSI device.
 *
 * A class interface on the scsi_device class (the model sg uses) sees every
 * device whatever upper driver (sd, sr, st) is bound to it, so Linux's own
 * drivers and Solaris-style ones can share a LUN.  For each device the shim
 * keeps a struct scsa_lun holding a reference to the device structure (not
 * to the host module: the low-level driver stays unloadable) and tells the
 * Solaris half, which attaches matching target drivers.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include <linux/module.h>
#include <linux/slab.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <linux/blkdev.h>
#include <scsi/scsi.h>
#include <scsi/scsi_device.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_driver.h>

#define SCSA_INTERNAL
#include <scsa/scsa_bridge.h>
#include <scsa/scsa_kcompat.h>
#include <scsa/scsa_hba.h>
#include "scsa_lnx.h"

#ifdef _SCSA_SYS_SCSI_CONF_DEVICE_H
#error "Linux-side files must not include Solaris SCSI headers"
#endif

static LIST_HEAD(scsa_luns);
static LIST_HEAD(scsa_hba_regs);
/* protects scsa_luns and scsa_hba_regs; never taken on the I/O path */
static DEFINE_MUTEX(scsa_luns_lock);

struct scsa_hba_reg {
	struct list_head node;
	struct Scsi_Host *shost;
	struct scsa_hba_ops *ops;
};

static struct scsa_hba_ops *scsa_hba_find(struct Scsi_Host *shost)
{
	struct scsa_hba_reg *r;

	list_for_each_entry(r, &scsa_hba_regs, node)
		if (r->shost == shost)
			return r->ops;
	return NULL;
}

/**
 * scsa_hba_register_ops() - a host adapter declares its DMA windows.
 * @shost: the host.
 * @ops:   reserve/release of one window; @ops->kick is filled in here.
 *
 * See <scsa/scsa_hba.h>.  Return: 0, -EEXIST if @shost has ops, -ENOMEM.
 * Context: process; may sleep.
 */
int scsa_hba_register_ops(struct Scsi_Host *shost, struct scsa_hba_ops *ops)
{
	struct scsa_hba_reg *r = kzalloc(sizeof(*r), GFP_KERNEL);
	struct scsa_lun *lun;

	if (!r)
		return -ENOMEM;
	r->shost = shost;
	r->ops = ops;
	ops->kick = scsa_cb_kick;
	mutex_lock(&scsa_luns_lock);
	if (scsa_hba_find(shost)) {
		mutex_unlock(&scsa_luns_lock);
		kfree(r);
		return -EEXIST;
	}
	list_add_tail(&r->node, &scsa_hba_regs);
	list_for_each_entry(lun, &scsa_luns, node)
		if (lun->sdev->host == shost)
			rcu_assign_pointer(lun->hba_ops, ops);
	mutex_unlock(&scsa_luns_lock);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_hba_register_ops);

/**
 * scsa_hba_unregister_ops() - undo scsa_hba_register_ops(); on return no
 * call into the host's ops is running or will be made.
 * @shost: the host.
 * Context: process; sleeps (waits for an RCU grace period).
 */
void scsa_hba_unregister_ops(struct Scsi_Host *shost)
{
	struct scsa_hba_reg *r, *tmp;
	struct scsa_lun *lun;

	mutex_lock(&scsa_luns_lock);
	list_for_each_entry_safe(r, tmp, &scsa_hba_regs, node)
		if (r->shost == shost) {
			list_del(&r->node);
			kfree(r);
		}
	list_for_each_entry(lun, &scsa_luns, node)
		if (lun->sdev->host == shost)
			RCU_INIT_POINTER(lun->hba_ops, NULL);
	mutex_unlock(&scsa_luns_lock);
	synchronize_rcu();
}
EXPORT_SYMBOL_GPL(scsa_hba_unregister_ops);

/**
 * scsa_lnx_reserve() - take one DMA window of @lun's host, if it counts them.
 * @lun: the LUN.
 * Return: 1 taken (release it later), 0 the host does not count windows,
 * -EAGAIN transient shortage, -EIO permanent failure.  Context: any.
 */
int scsa_lnx_reserve(struct scsa_lun *lun)
{
	struct scsa_hba_ops *ops;
	int rv = 0;

	rcu_read_lock();
	ops = rcu_dereference(lun->hba_ops);
	if (ops)
		rv = ops->reserve(lun->sdev) ?: 1;
	rcu_read_unlock();
	return rv;
}

/**
 * scsa_lnx_release() - give back a window taken by scsa_lnx_reserve().
 * @lun: the LUN.  Context: any.
 */
void scsa_lnx_release(struct scsa_lun *lun)
{
	struct scsa_hba_ops *ops;

	rcu_read_lock();
	ops = rcu_dereference(lun->hba_ops);
	if (ops)
		ops->release(lun->sdev);
	rcu_read_unlock();
}

static void scsa_lun_release(struct kref *kref)
{
	struct scsa_lun *lun = container_of(kref, struct scsa_lun, ref);

	put_device(&lun->sdev->sdev_gendev);
	kfree(lun);
}

void scsa_lnx_get(struct scsa_lun *lun)
{
	kref_get(&lun->ref);
}

void scsa_lnx_put(struct scsa_lun *lun)
{
	kref_put(&lun->ref, scsa_lun_release);
}

bool scsa_lnx_gone(struct scsa_lun *lun)
{
	return READ_ONCE(lun->gone) ||
	       lun->sdev->sdev_state == SDEV_DEL ||
	       lun->sdev->sdev_state == SDEV_CANCEL;
}

/**
 * scsa_lnx_limits() - read what one command to @lun can carry.
 * @lun: the LUN.
 * @lim: filled with limits in bytes (see struct scsa_limits).
 *
 * A window carries at most max_sectors: the hardware limit
 * (max_hw_sectors) as lowered by the kernel's default or the
 * administrator (queue/max_sectors_kb), the same bound Linux's own sd
 * gets.  Pass-through requests would be allowed up to max_hw_sectors, but
 * a target driver should not send larger commands than sd does.  Called
 * for every binding; a handful of loads.
 * Context: any.
 */
void scsa_lnx_limits(struct scsa_lun *lun, struct scsa_limits *lim)
{
	struct request_queue *q = lun->sdev->request_queue;
	u64 bytes = (u64)min(queue_max_sectors(q), queue_max_hw_sectors(q))
		    << SECTOR_SHIFT;
	u32 gran = lun->gran;

	lim->max_bytes = min_t(u64, bytes, SZ_1G);
	lim->max_segs = queue_max_segments(q);
	lim->max_seg_size = queue_max_segment_size(q);
	lim->dma_align = scsa_queue_dma_align(q);
	if (lun->sdev->sector_size > gran)
		gran = lun->sdev->sector_size;
	lim->gran = gran ?: SECTOR_SIZE;
	lim->max_cdb = lun->sdev->host->max_cmd_len;
	if (lim->max_cdb > 32)
		lim->max_cdb = 32;
}

void scsa_lnx_info(struct scsa_lun *lun, struct scsa_lun_info *info)
{
	struct scsi_device *sdev = lun->sdev;

	info->host = sdev->host->host_no;
	info->channel = sdev->channel;
	info->id = sdev->id;
	info->lun = sdev->lun;
	info->type = sdev->type;
	info->dev = &sdev->sdev_gendev;
	strscpy(info->name, lun->name, sizeof(info->name));
	strscpy(info->hba, sdev->host->hostt->proc_name ?:
		sdev->host->hostt->name ?: "scsi", sizeof(info->hba));
}

static int scsa_add_dev(SCSA_CLASS_INTF_ARGS(cdev))
{
	struct scsi_device *sdev = to_scsi_device(cdev->parent);
	struct scsa_lun *lun;

	lun = kzalloc(sizeof(*lun), GFP_KERNEL);
	if (!lun)
		return -ENOMEM;
	kref_init(&lun->ref);
	get_device(&sdev->sdev_gendev);
	lun->sdev = sdev;
	lun->gran = SECTOR_SIZE;
	spin_lock_init(&lun->defer_lock);
	INIT_LIST_HEAD(&lun->defer_list);
	INIT_WORK(&lun->defer_work, scsa_lnx_defer_work);
	snprintf(lun->name, sizeof(lun->name), "%d:%d:%d:%llu",
		 sdev->host->host_no, sdev->channel, sdev->id, sdev->lun);

	mutex_lock(&scsa_luns_lock);
	RCU_INIT_POINTER(lun->hba_ops, scsa_hba_find(sdev->host));
	list_add_tail(&lun->node, &scsa_luns);
	mutex_unlock(&scsa_luns_lock);

	scsa_sol_lun_added(lun);
	return 0;
}

static struct scsa_lun *scsa_find_lun(struct scsi_device *sdev)
{
	struct scsa_lun *lun;

	list_for_each_entry(lun, &scsa_luns, node)
		if (lun->sdev == sdev)
			return lun;
	return NULL;
}

static void scsa_remove_dev(SCSA_CLASS_INTF_ARGS(cdev))
{
	struct scsi_device *sdev = to_scsi_device(cdev->parent);
	struct scsa_lun *lun;

	mutex_lock(&scsa_luns_lock);
	lun = scsa_find_lun(sdev);
	if (lun)
		list_del(&lun->node);
	mutex_unlock(&scsa_luns_lock);
	if (!lun)
		return;

	/* Refuse new packets, detach target drivers, flush deferred ones. */
	WRITE_ONCE(lun->gone, true);
	scsa_sol_lun_removed(lun);
	scsa_lnx_defer_flush(lun);
	/* the host is going: later releases must not call into it */
	RCU_INIT_POINTER(lun->hba_ops, NULL);
	synchronize_rcu();
	scsa_lnx_put(lun);
}

static struct class_interface scsa_interface = {
	.add_dev	= scsa_add_dev,
	.remove_dev	= scsa_remove_dev,
};

static int scsa_luns_show(struct seq_file *m, void *v)
{
	struct scsa_lun *lun;

	mutex_lock(&scsa_luns_lock);
	list_for_each_entry(lun, &scsa_luns, node)
		seq_printf(m, "%s type=%#x state=%s\n", lun->name,
			   lun->sdev->type,
			   scsa_lnx_gone(lun) ? "gone" : "running");
	mutex_unlock(&scsa_luns_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_luns);

int scsa_lnx_host_init(void)
{
	debugfs_create_file("luns", 0444, scsa_debugfs_dir, NULL,
			    &scsa_luns_fops);
	return scsi_register_interface(&scsa_interface);
}

void scsa_lnx_host_exit(void)
{
	scsi_unregister_interface(&scsa_interface);
}
