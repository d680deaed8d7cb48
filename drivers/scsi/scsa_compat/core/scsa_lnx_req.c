// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_lnx_req.c - Linux side: one SCSA command becomes one blk-mq
 * passthrough request.
 *
 * Rules this file keeps (Documentation/design.rst, "Transport"):
 *  - the request is allocated at transport time with BLK_MQ_REQ_NOWAIT, never
 *    held idle inside a packet (an allocated request blocks device removal
 *    and queue freezes);
 *  - data is attached from the packet's own bio and table, built from the
 *    buffer's pages for exactly the current window; the shim never DMA-maps
 *    anything (the host adapter does), and blk_rq_bytes() is checked against
 *    the window before the command is sent;
 *  - submission happens only where blk_execute_rq_nowait() is safe (task
 *    context with interrupts on, not in softirq); anything else is deferred
 *    to a per-LUN work item on a WQ_MEM_RECLAIM workqueue;
 *  - end_io (hard IRQ, softirq or nested in the submit call) takes no lock
 *    that is held across a submission;
 *  - a request never goes onto the submitting task's block plug (see
 *    scsa_execute_unplugged()).
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include <linux/module.h>
#include <linux/blk-mq.h>
#include <linux/blkdev.h>
#include <linux/hash.h>
#include <scsi/scsi.h>
#include <scsi/scsi_cmnd.h>
#include <scsi/scsi_device.h>
#include <scsi/scsi_host.h>

#define SCSA_INTERNAL
#include <scsa/scsa_bridge.h>
#include <scsa/scsa_ctl_bridge.h>
#include "scsa_lnx.h"

#ifdef _SCSA_SYS_SCSI_CONF_DEVICE_H
#error "Linux-side files must not include Solaris SCSI headers"
#endif

/* pkt_time 0 means "no timeout": one day stands in for it. */
#define SCSA_NO_TIMEOUT_SEC	(24 * 60 * 60)

static struct workqueue_struct *scsa_submit_wq;

/**
 * scsa_lnx_can_submit() - may blk_execute_rq_nowait() be called here?
 *
 * It WARNs with interrupts off and takes blk-mq locks that assume task
 * context, so hard IRQ, softirq and BH-disabled sections must defer.
 * Context: any.
 */
bool scsa_lnx_can_submit(void)
{
	return !in_interrupt() && !irqs_disabled();
}

/**
 * scsa_xs_from_result() - Linux completion facts to a transfer status.
 * @result:    scsi_cmnd result (host byte in bits 16-23).
 * @sts:       the block status handed to end_io.
 * @sense_len: bytes of valid sense.
 * @gone:      the device is being removed.
 *
 * Some hosts report a CHECK CONDITION with sense as DID_ERROR and status 0
 * (vmw_pvscsi, measured); whenever sense arrived with DID_OK or DID_ERROR
 * the command reached the target.
 */
u8 scsa_xs_from_result(int result, blk_status_t sts, unsigned int sense_len,
		       bool gone)
{
	switch (host_byte(result)) {
	case DID_OK:
		if (sts != BLK_STS_OK && result == 0 && !sense_len)
			return gone ? SCSA_XS_DEV_GONE : SCSA_XS_TRAN_ERR;
		return SCSA_XS_OK;
	case DID_TIME_OUT:
		return SCSA_XS_TIMEOUT;
	case DID_ABORT:
		return SCSA_XS_ABORTED;
	case DID_RESET:
		return SCSA_XS_RESET;
	case DID_NO_CONNECT:
	case DID_BAD_TARGET:
		return SCSA_XS_DEV_GONE;
	case DID_ERROR:
		if (sense_len)
			return SCSA_XS_OK;
		return gone ? SCSA_XS_DEV_GONE : SCSA_XS_TRAN_ERR;
	default:
		return gone ? SCSA_XS_DEV_GONE : SCSA_XS_TRAN_ERR;
	}
}

/*
 * A command scsi_abort() or scsi_reset() ended (x->ctl) reports that, not
 * the timeout through which Linux's error handler finished it.
 */
static u8 scsa_xs_ctl(u8 xs, u8 ctl)
{
	bool early = xs == SCSA_XS_TIMEOUT || xs == SCSA_XS_ABORTED ||
		     xs == SCSA_XS_RESET;

	if (early && (ctl & SCSA_XC_RESET))
		return SCSA_XS_RESET;
	if (early && (ctl & SCSA_XC_ABORT))
		return SCSA_XS_ABORTED;
	return xs;
}

static enum rq_end_io_ret scsa_end_io(struct request *rq, blk_status_t sts);

/* Is @rq one of the shim's requests (end_io_data a struct scsa_xfer)? */
bool scsa_lnx_rq_is_ours(struct request *rq)
{
	return rq->end_io == scsa_end_io;
}

/*
 * scsi_abort() and scsi_reset() find a transfer through its request
 * (scsa_lnx_cap.c).  end_io clears rq->end_io_data under this lock before
 * the packet can be completed and freed, so a walker that finds it
 * non-NULL under the lock may touch the transfer.
 */
#define SCSA_RQ_LOCK_BITS	5
static spinlock_t scsa_rq_locks[1 << SCSA_RQ_LOCK_BITS];

spinlock_t *scsa_lnx_rq_lock(struct request *rq)
{
	return &scsa_rq_locks[hash_ptr(rq, SCSA_RQ_LOCK_BITS)];
}

static enum rq_end_io_ret scsa_end_io(struct request *rq, blk_status_t sts)
{
	struct scsa_xfer *x = rq->end_io_data;
	struct scsi_cmnd *cmd = blk_mq_rq_to_pdu(rq);
	spinlock_t *lock = scsa_lnx_rq_lock(rq);
	unsigned int slen = 0;
	unsigned long flags;
	u8 ctl;

	spin_lock_irqsave(lock, flags);
	rq->end_io_data = NULL;
	ctl = x->ctl;
	spin_unlock_irqrestore(lock, flags);

	if (cmd->sense_len && cmd->sense_buffer) {
		slen = min_t(unsigned int, cmd->sense_len, SCSA_SENSE_MAX);
		memcpy(x->sense, cmd->sense_buffer, slen);
	}
	x->sense_len = slen;
	x->status = cmd->result & 0xff;
	x->resid = min_t(u32, scsi_get_resid(cmd), x->len);
	x->xs = scsa_xs_from_result(cmd->result, sts, slen,
				    scsa_lnx_gone(x->lun));
	x->xs = scsa_xs_ctl(x->xs, ctl);
	if (x->xs == SCSA_XS_OK && x->status == 0 && slen)
		x->status = 0x02;	/* sense without status: CHECK */
	if (x->xs == SCSA_XS_OK)
		scsa_stat_add(bytes_transferred, x->len - x->resid);
	x->done(x);
	return RQ_END_IO_FREE;
}

/**
 * scsa_execute_unplugged() - blk_execute_rq_nowait() bypassing current->plug.
 * @rq:      the prepared passthrough request.
 * @at_head: insert at the head of the queue (FLAG_HEAD).
 *
 * On 6.1 and 6.12 blk_execute_rq_nowait() adds the request to the task's
 * plug when it has one.  A Solaris driver's strategy routine often runs
 * inside its block device's queue_rq, which blk-mq calls while it flushes
 * the very plug of the submitting task (blk_mq_flush_plug_list): a request
 * added then lands in a plug that is being drained, whose count goes on
 * growing while its list is emptied, and blk_add_rq_to_plug() later
 * dereferences a NULL "last" request (seen on the 6.1 debug kernel with
 * many small windows).  The shim gains nothing from plugging its own
 * commands, so the plug is set aside for the call: the request is inserted
 * and its hardware queue run directly, as with no plug at all.  Only this
 * task's pointer is touched, and it is restored before returning.
 *
 * Context: task context with interrupts enabled (scsa_lnx_can_submit()).
 */
static void scsa_execute_unplugged(struct request *rq, bool at_head)
{
	struct blk_plug *plug = current->plug;

	current->plug = NULL;
	blk_execute_rq_nowait(rq, at_head);
	current->plug = plug;
}

static int scsa_lnx_issue(struct scsa_xfer *x, blk_mq_req_flags_t flags)
{
	struct scsa_lun *lun = x->lun;
	struct request_queue *q = lun->sdev->request_queue;
	blk_opf_t op = x->dir == SCSA_DIR_WRITE ? REQ_OP_DRV_OUT : REQ_OP_DRV_IN;
	struct scsa_piece_iter it;
	struct scsi_cmnd *cmd;
	struct request *rq;
	struct page *pg;
	unsigned int po, pl;

	if (x->cdb_len > sizeof(cmd->cmnd) ||
	    x->cdb_len > lun->sdev->host->max_cmd_len)
		return -EINVAL;

	rq = scsi_alloc_request(q, op, flags);
	if (IS_ERR(rq)) {
		if (scsa_lnx_gone(lun) || PTR_ERR(rq) == -ENODEV)
			return -ENODEV;
		return -EBUSY;
	}
	cmd = blk_mq_rq_to_pdu(rq);

	if (x->len) {
		bio_init(&x->bio, NULL, x->bvt, x->bvt_cap, op);
		scsa_piece_start(&it, x->buf, x->off);
		while (scsa_piece_next(&it, x->off + x->len, &pg, &po, &pl))
			if (bio_add_pc_page(q, &x->bio, pg, pl, po) != pl)
				goto bad;
		if (blk_rq_append_bio(rq, &x->bio))
			goto bad;
		/* blk_rq_map_kern() on 6.1 can map less than asked: check. */
		if (blk_rq_bytes(rq) != x->len)
			goto bad;
	}

	memcpy(cmd->cmnd, x->cdb, x->cdb_len);
	cmd->cmd_len = x->cdb_len;
	cmd->allowed = 0;		/* the target driver retries, not us */
	rq->timeout = (x->timeout_sec ?: SCSA_NO_TIMEOUT_SEC) * HZ;
	rq->rq_flags |= RQF_QUIET;
	rq->end_io = scsa_end_io;
	rq->end_io_data = x;
	scsa_stat_add(pkts_transported, 1);
	scsa_execute_unplugged(rq, x->at_head);
	return 0;

bad:
	pr_warn_ratelimited("%s: window of %zu bytes does not fit the queue limits\n",
			    lun->name, x->len);
	blk_mq_free_request(rq);
	return -EINVAL;
}

/**
 * scsa_lnx_submit() - send @x to its LUN.
 * @x: the command; x->done() is called exactly once if 0 is returned.
 *
 * Return: 0 accepted (x->done() will run, possibly before this returns);
 * -EBUSY no request could be had without waiting (TRAN_BUSY); -ENODEV the
 * device is gone (TRAN_FATAL_ERROR); -EINVAL the command cannot be sent
 * (TRAN_BADPKT).
 * Context: any.  Never sleeps unless x->may_wait (then only in process
 * context, for a request); from interrupt context the submission is
 * deferred to process context and 0 is returned.
 */
int scsa_lnx_submit(struct scsa_xfer *x)
{
	struct scsa_lun *lun = x->lun;
	unsigned long flags;

	if (scsa_lnx_gone(lun))
		return -ENODEV;
	/*
	 * A caller that waits for completion anyway (FLAG_NOINTR) may also
	 * wait for a request: a queue frozen for a moment (sd setting up its
	 * disk, an elevator switch) is not worth a TRAN_BUSY.
	 */
	if (scsa_lnx_can_submit())
		return scsa_lnx_issue(x, x->may_wait ? 0 : BLK_MQ_REQ_NOWAIT);

	scsa_stat_add(deferred, 1);
	spin_lock_irqsave(&lun->defer_lock, flags);
	list_add_tail(&x->defer_node, &lun->defer_list);
	spin_unlock_irqrestore(&lun->defer_lock, flags);
	scsa_lnx_get(lun);
	if (!queue_work(scsa_submit_wq, &lun->defer_work))
		scsa_lnx_put(lun);	/* already queued: holds its own ref */
	return 0;
}

static void scsa_lnx_fail(struct scsa_xfer *x, u8 xs)
{
	x->xs = xs;
	x->status = 0;
	x->sense_len = 0;
	x->resid = x->len;
	x->done(x);
}

static struct scsa_xfer *scsa_defer_pop(struct scsa_lun *lun)
{
	struct scsa_xfer *x;

	spin_lock_irq(&lun->defer_lock);
	x = list_first_entry_or_null(&lun->defer_list, struct scsa_xfer,
				     defer_node);
	if (x)
		list_del_init(&x->defer_node);
	spin_unlock_irq(&lun->defer_lock);
	return x;
}

/*
 * Deferred submissions, in order.  Process context, so the request may be
 * waited for (a tag comes free, or -ENODEV once the queue is dying).
 */
void scsa_lnx_defer_work(struct work_struct *work)
{
	struct scsa_lun *lun = container_of(work, struct scsa_lun, defer_work);
	struct scsa_xfer *x;
	int err;

	while ((x = scsa_defer_pop(lun))) {
		err = scsa_lnx_gone(lun) ? -ENODEV : scsa_lnx_issue(x, 0);
		if (err)
			scsa_lnx_fail(x, err == -ENODEV ? SCSA_XS_DEV_GONE :
				      SCSA_XS_TRAN_ERR);
	}
	scsa_lnx_put(lun);
}

/* Device removal: finish every deferred command as gone. */
void scsa_lnx_defer_flush(struct scsa_lun *lun)
{
	struct scsa_xfer *x;

	flush_work(&lun->defer_work);
	while ((x = scsa_defer_pop(lun)))
		scsa_lnx_fail(x, SCSA_XS_DEV_GONE);
}

int scsa_lnx_req_init(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(scsa_rq_locks); i++)
		spin_lock_init(&scsa_rq_locks[i]);
	scsa_submit_wq = alloc_workqueue("scsa_submit",
					 WQ_MEM_RECLAIM | WQ_UNBOUND, 0);
	return scsa_submit_wq ? 0 : -ENOMEM;
}

void scsa_lnx_req_exit(void)
{
	destroy_workqueue(scsa_submit_wq);
}
