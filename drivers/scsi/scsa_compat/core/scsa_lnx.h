/* SPDX-License-Identifier: GPL-2.0 */
/* scsa_lnx.h - private to the shim's Linux-facing files (scsa_lnx_*.c). */
#ifndef _SCSA_LNX_H
#define _SCSA_LNX_H

#include <linux/kref.h>
#include <linux/workqueue.h>
#include <linux/spinlock.h>
#include <linux/blk_types.h>

struct scsi_device;
struct scsa_hba_ops;

struct scsa_lun {
	struct list_head node;
	struct kref ref;
	struct scsi_device *sdev;
	bool gone;
	u32 gran;			/* window granularity, bytes */
	struct scsa_hba_ops __rcu *hba_ops;	/* the host's DMA windows */
	char name[32];
	/* submissions deferred out of interrupt context */
	spinlock_t defer_lock;
	struct list_head defer_list;
	struct work_struct defer_work;
	/* capabilities set by target drivers (scsa_lnx_cap.c) */
	int cap_total_sectors;		/* 0: never set */
	bool cap_lun_reset;		/* "lun-reset" enabled */
};

void scsa_lnx_defer_work(struct work_struct *work);
void scsa_lnx_defer_flush(struct scsa_lun *lun);
struct request;
bool scsa_lnx_rq_is_ours(struct request *rq);
spinlock_t *scsa_lnx_rq_lock(struct request *rq);
u8 scsa_xs_from_result(int result, blk_status_t sts, unsigned int sense_len,
		       bool gone);

#endif
