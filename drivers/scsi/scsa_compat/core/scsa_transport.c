// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_transport.c - scsi_transport(9F), scsi_poll(9F) and completion.
 *
 * A packet's current window goes to Linux as one passthrough request
 * (scsa_lnx_req.c).  At completion the Linux outcome, already reduced to a
 * neutral transfer status, becomes pkt_reason, pkt_state, pkt_statistics,
 * the status byte and, when statuslen allows it, auto request sense in
 * struct scsi_arq_status -- then pkt_comp runs.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/delay.h>
#include <linux/highmem.h>
#include <linux/vmalloc.h>
#include <scsa/scsa_ctl_bridge.h>

#define SCSA_STATE_SENT	(STATE_GOT_BUS | STATE_GOT_TARGET | STATE_SENT_CMD)

static u32 scsa_be32(const u8 *p)
{
	return (u32)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

/*
 * The data phase a READ or WRITE CDB asks for: SCSA_DIR_READ or
 * SCSA_DIR_WRITE, SCSA_DIR_NONE for a transfer length of 0, or -1 when the
 * opcode is not one of these (its data phase is not known here).
 */
static int scsa_cdb_data_dir(const u8 *cdb, unsigned int len)
{
	bool wr;
	u32 n;

	if (!cdb || !len)
		return -1;
	switch (cdb[0]) {
	case SCMD_READ:
	case SCMD_WRITE:
		/* a transfer length of 0 means 256 blocks */
		return cdb[0] == SCMD_WRITE ? SCSA_DIR_WRITE : SCSA_DIR_READ;
	case SCMD_READ_G1:
	case SCMD_WRITE_G1:
		if (len < CDB_GROUP1)
			return -1;
		wr = cdb[0] == SCMD_WRITE_G1;
		n = cdb[7] << 8 | cdb[8];
		break;
	case SCMD_READ_G5:
	case SCMD_WRITE_G5:
		if (len < CDB_GROUP5)
			return -1;
		wr = cdb[0] == SCMD_WRITE_G5;
		n = scsa_be32(&cdb[6]);
		break;
	case SCMD_READ_G4:
	case SCMD_WRITE_G4:
		if (len < CDB_GROUP4)
			return -1;
		wr = cdb[0] == SCMD_WRITE_G4;
		n = scsa_be32(&cdb[10]);
		break;
	default:
		return -1;
	}
	if (!n)
		return SCSA_DIR_NONE;
	return wr ? SCSA_DIR_WRITE : SCSA_DIR_READ;
}

/*
 * A transport error on a command whose data phase contradicts the packet's
 * DMA resources (a data phase with none bound, or the other direction):
 * scsi_pktalloc(9F) wants CMD_DMA_DERR for it.  Linux host adapters report
 * such a command as an ordinary error (DID_ERROR: scsi_debug, virtio-scsi's
 * overrun, scsa_vhba), so the shim recognises the contradiction from the
 * READ/WRITE CDB itself; other opcodes keep CMD_TRAN_ERR.
 */
static bool scsa_data_phase_mismatch(const struct scsa_xfer *x)
{
	int want = scsa_cdb_data_dir(x->cdb, x->cdb_len);

	return want > 0 && want != x->dir;
}

/* Fill pkt_reason/state/statistics, status and ARQ from the transfer. */
void scsa_pkt_result(struct scsa_pkt *sp)
{
	struct scsa_xfer *x = &sp->xfer;
	struct scsi_pkt *pkt = &sp->pkt;
	uint_t scblen = pkt->pkt_scblen;

	pkt->pkt_statistics = 0;
	pkt->pkt_resid = x->resid;
	switch (x->xs) {
	case SCSA_XS_OK:
		pkt->pkt_reason = CMD_CMPLT;
		pkt->pkt_state = SCSA_STATE_SENT | STATE_GOT_STATUS;
		if (x->len > x->resid)
			pkt->pkt_state |= STATE_XFERRED_DATA;
		break;
	case SCSA_XS_TIMEOUT:
		pkt->pkt_reason = CMD_TIMEOUT;
		pkt->pkt_state = SCSA_STATE_SENT;
		pkt->pkt_statistics = STAT_TIMEOUT | STAT_ABORTED;
		break;
	case SCSA_XS_ABORTED:
		pkt->pkt_reason = CMD_ABORTED;
		pkt->pkt_state = SCSA_STATE_SENT;
		pkt->pkt_statistics = STAT_ABORTED;
		break;
	case SCSA_XS_RESET:
		pkt->pkt_reason = CMD_RESET;
		pkt->pkt_state = SCSA_STATE_SENT;
		pkt->pkt_statistics = (x->ctl & SCSA_XC_BUS) ? STAT_BUS_RESET :
				      STAT_DEV_RESET;
		break;
	case SCSA_XS_DEV_GONE:
		pkt->pkt_reason = CMD_DEV_GONE;
		pkt->pkt_state = 0;
		break;
	default:
		pkt->pkt_reason = scsa_data_phase_mismatch(x) ? CMD_DMA_DERR :
			CMD_TRAN_ERR;
		pkt->pkt_state = STATE_GOT_BUS;
		break;
	}
	if (scblen >= 1 && pkt->pkt_scbp)
		pkt->pkt_scbp[0] = x->xs == SCSA_XS_OK ? x->status : 0;

	/* Auto request sense: Linux always fetches sense; report it. */
	if (x->xs == SCSA_XS_OK && x->sense_len && pkt->pkt_scbp &&
	    scblen >= sizeof(struct scsi_arq_status)) {
		struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;
		size_t off = offsetof(struct scsi_arq_status, sts_sensedata);
		size_t want = SENSE_LENGTH, got;

		/* PKT_XARQ: statuslen - 12 bytes of sense, at most 255 */
		if (sp->xarq)
			want = clamp_t(size_t, scblen - off, SENSE_LENGTH, 255);
		got = min_t(size_t, want, x->sense_len);
		memset(pkt->pkt_scbp + 1, 0, off + want - 1);
		memcpy(pkt->pkt_scbp + off, x->sense, got);
		arq->sts_rqpkt_reason = CMD_CMPLT;
		arq->sts_rqpkt_resid = want - got;
		arq->sts_rqpkt_state = SCSA_STATE_SENT | STATE_XFERRED_DATA |
				       STATE_GOT_STATUS;
		arq->sts_rqpkt_statistics = 0;
		pkt->pkt_state |= STATE_ARQ_DONE;
		if (want > SENSE_LENGTH)
			pkt->pkt_state |= STATE_XARQ_DONE;
	}
}

/*
 * Completion threads.  Linux ends a request in hard IRQ, softirq or nested
 * in the submit call; Solaris runs pkt_comp in an interrupt thread, where
 * a driver may block on an adaptive mutex.  So end_io only queues the
 * packet on a lock-free list of the CPU that submitted it (where the
 * driver's data is likely cache-hot) and, when that list was empty, queues
 * that CPU's work item on a high-priority per-CPU workqueue: a burst of
 * completions costs one wake-up.  The work item runs the list in
 * completion order.  FLAG_NOINTR packets are woken directly (their waiter
 * does the rest) and never take this hop.
 */
struct scsa_comp_cpu {
	struct llist_head list;
	struct work_struct work;
};

static DEFINE_PER_CPU(struct scsa_comp_cpu, scsa_comp_cpus);
static struct workqueue_struct *scsa_comp_wq;
struct workqueue_struct *scsa_timeout_wq;

static void scsa_comp_run(struct work_struct *w)
{
	struct scsa_comp_cpu *cc = container_of(w, struct scsa_comp_cpu, work);
	struct llist_node *n = llist_reverse_order(llist_del_all(&cc->list));

	while (n) {
		struct scsa_pkt *sp = llist_entry(n, struct scsa_pkt, comp_node);
		struct scsi_pkt *pkt = &sp->pkt;
		void (*comp)(struct scsi_pkt *) = pkt->pkt_comp;

		/* read first: pkt_comp may send the packet again or free it */
		n = n->next;
		atomic_set(&sp->busy, 0);
		if (comp)
			comp(pkt);
		/* the command slot is free again: let runout callbacks retry */
		scsa_cb_kick();
		cond_resched();
	}
}

static void scsa_comp_queue(struct scsa_pkt *sp)
{
	int cpu = READ_ONCE(sp->comp_cpu);
	struct scsa_comp_cpu *cc;

	if (!scsa_comp_wq) {		/* KUnit, before module_init */
		void (*comp)(struct scsi_pkt *) = sp->pkt.pkt_comp;

		atomic_set(&sp->busy, 0);
		if (comp)
			comp(&sp->pkt);
		return;
	}
	if (cpu < 0 || cpu >= nr_cpu_ids || !cpu_online(cpu))
		cpu = raw_smp_processor_id();
	cc = per_cpu_ptr(&scsa_comp_cpus, cpu);
	if (llist_add(&sp->comp_node, &cc->list))
		queue_work_on(cpu, scsa_comp_wq, &cc->work);
}

int scsa_comp_init(void)
{
	int cpu;

	for_each_possible_cpu(cpu) {
		struct scsa_comp_cpu *cc = per_cpu_ptr(&scsa_comp_cpus, cpu);

		init_llist_head(&cc->list);
		INIT_WORK(&cc->work, scsa_comp_run);
	}
	scsa_comp_wq = alloc_workqueue("scsa_comp", WQ_HIGHPRI |
				       WQ_MEM_RECLAIM, 0);
	scsa_timeout_wq = alloc_workqueue("scsa_timeout", WQ_HIGHPRI |
					  WQ_MEM_RECLAIM, 0);
	if (!scsa_comp_wq || !scsa_timeout_wq) {
		scsa_comp_exit();
		return -ENOMEM;
	}
	return 0;
}

/* Wait until every completion queued so far has run its pkt_comp. */
void scsa_comp_flush(void)
{
	if (scsa_comp_wq)
		flush_workqueue(scsa_comp_wq);
}

void scsa_comp_exit(void)
{
	if (scsa_timeout_wq) {
		scsa_timeout_cancel_all();
		destroy_workqueue(scsa_timeout_wq);
	}
	if (scsa_comp_wq)
		destroy_workqueue(scsa_comp_wq);
	scsa_timeout_wq = NULL;
	scsa_comp_wq = NULL;
}

/**
 * scsa_xfer_done() - completion of a transfer; hands the packet to its
 * CPU's completion thread, which runs the target's pkt_comp.
 * @x: the transfer, embedded in its packet.
 *
 * Context: hard IRQ, softirq, the submitter's own stack, or a worker;
 * does not sleep.  pkt_comp itself runs later in a kernel thread, as on
 * Solaris's interrupt threads: it may block on an adaptive mutex and call
 * scsi_transport() and scsi_init_pkt(NULL_FUNC or a callback) directly.
 */
void scsa_xfer_done(struct scsa_xfer *x)
{
	struct scsa_pkt *sp = container_of(x, struct scsa_pkt, xfer);
	struct scsi_pkt *pkt = &sp->pkt;
	struct completion *wait;

	scsa_pkt_result(sp);
	if (sp->bounce && x->dir == SCSA_DIR_READ && x->len > x->resid)
		scsa_buf_copy(&sp->orig, x->off, (char *)sp->bounce + x->off,
			      x->len - x->resid, true);
	if (x->len && sp->desc.kind == SCSA_BUF_KVA &&
	    is_vmalloc_addr(sp->desc.kva) && x->dir == SCSA_DIR_READ)
		invalidate_kernel_vmap_range((char *)sp->desc.kva + x->off,
					     x->len);
	scsa_stat_add(pkts_completed, 1);

	wait = sp->wait;
	if (wait) {
		sp->wait = NULL;
		atomic_set(&sp->busy, 0);
		complete(wait);
		scsa_cb_kick();
		return;
	}
	pkt->pkt_flags |= FLAG_PKT_COMP_CALLED;
	if (!pkt->pkt_comp) {
		atomic_set(&sp->busy, 0);
		scsa_cb_kick();
		return;
	}
	scsa_comp_queue(sp);
}

/**
 * scsi_transport() - start a packet.
 * @pkt: a packet from scsi_init_pkt(), CDB filled in, pkt_comp and
 *       pkt_time (seconds, 0 = no timeout) set.
 *
 * The current DMA window is transferred (pkt_resid from scsi_init_pkt()
 * says how much lies beyond it).  FLAG_HEAD queues at the head of the
 * queue.  With FLAG_NOINTR the call waits for completion and pkt_comp is
 * not called.
 *
 * Return: TRAN_ACCEPT (pkt_comp will run, possibly before this returns, in
 * a completion thread: see scsa_xfer_done()); TRAN_BUSY (no command slot now: retry later);
 * TRAN_BADPKT (not a packet, already in transport, CDB too long for the
 * host, or FLAG_NOINTR where sleeping is not allowed); TRAN_FATAL_ERROR
 * (the device is gone).
 * Context: any, including pkt_comp (the next command goes out from the
 * completion thread directly); never sleeps except with FLAG_NOINTR.
 * From interrupt context or under a spin mutex the command is queued to
 * a worker and TRAN_ACCEPT returned.
 * Source: scsi_transport(9F), tran_start(9E).
 */
int scsi_transport(struct scsi_pkt *pkt)
{
	struct scsa_pkt *sp = scsa_pkt_from(pkt);
	DECLARE_COMPLETION_ONSTACK(done);
	struct scsa_xfer *x;
	bool bound, nointr;
	int err;

	if (!sp)
		return TRAN_BADPKT;
	if ((pkt->pkt_flags & FLAG_NOINTR) && !scsa_may_sleep()) {
		pr_warn_ratelimited("scsi_transport: FLAG_NOINTR where sleeping is not allowed\n");
		return TRAN_BADPKT;
	}
	if (atomic_cmpxchg(&sp->busy, 0, 1) != 0) {
		pr_warn_ratelimited("scsi_transport: packet %p already in transport\n",
				    pkt);
		return TRAN_BADPKT;
	}

	pkt->pkt_flags &= ~FLAG_PKT_COMP_CALLED;
	pkt->pkt_reason = CMD_CMPLT;
	pkt->pkt_state = 0;
	pkt->pkt_statistics = 0;

	bound = sp->iflags & SCSA_PF_BOUND;
	x = &sp->xfer;
	x->lun = sp->lun;
	x->cdb = pkt->pkt_cdbp;
	x->cdb_len = pkt->pkt_cdbp ? pkt->pkt_cdblen : 0;
	x->buf = &sp->desc;
	x->off = bound ? sp->win_off : 0;
	x->len = bound ? sp->win_len : 0;
	x->dir = !x->len ? SCSA_DIR_NONE :
		 (sp->bp->b_flags & B_READ) ? SCSA_DIR_READ : SCSA_DIR_WRITE;
	x->bvt = sp->bvt_ext ?: sp->bvt;
	x->bvt_cap = sp->bvt_cap;
	x->timeout_sec = pkt->pkt_time > 0 ? pkt->pkt_time : 0;
	x->at_head = pkt->pkt_flags & FLAG_HEAD;
	x->may_wait = pkt->pkt_flags & FLAG_NOINTR;
	x->done = scsa_xfer_done;
	WRITE_ONCE(x->ctl, 0);		/* set by scsi_abort()/scsi_reset() */
	if (sp->bounce && x->dir == SCSA_DIR_WRITE)
		scsa_buf_copy(&sp->orig, x->off, (char *)sp->bounce + x->off,
			      x->len, false);
	if (x->dir == SCSA_DIR_WRITE && sp->desc.kind == SCSA_BUF_KVA &&
	    is_vmalloc_addr(sp->desc.kva))
		flush_kernel_vmap_range((char *)sp->desc.kva + x->off, x->len);

	/* read now: once submitted, pkt_comp may free the packet */
	nointr = pkt->pkt_flags & FLAG_NOINTR;
	sp->comp_cpu = raw_smp_processor_id();
	if (nointr)
		sp->wait = &done;
	err = scsa_lnx_submit(x);
	if (err) {
		sp->wait = NULL;
		atomic_set(&sp->busy, 0);
		if (err == -EBUSY) {
			scsa_stat_add(tran_busy, 1);
			return TRAN_BUSY;
		}
		return err == -ENODEV ? TRAN_FATAL_ERROR : TRAN_BADPKT;
	}
	/* From here the packet may already be completed and even freed. */
	if (nointr)
		wait_for_completion_io(&done);
	return TRAN_ACCEPT;
}
EXPORT_SYMBOL_GPL(scsi_transport);

static bool scsa_becoming_ready(struct scsi_pkt *pkt)
{
	struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;

	return (pkt->pkt_state & STATE_ARQ_DONE) &&
	       arq->sts_sensedata.es_key == KEY_NOT_READY &&
	       arq->sts_sensedata.es_add_code == 0x04 &&
	       arq->sts_sensedata.es_qual_code == 0x01;
}

/**
 * scsi_poll() - run a packet to completion, polling.
 * @pkt: a packet with a status area (pkt_scbp).
 *
 * Runs the command with FLAG_NOINTR and no pkt_comp, retrying within
 * pkt_time (60 s if 0) on TRAN_BUSY, QUEUE FULL and incomplete-undispatched
 * every 10 ms, and on BUSY and NOT READY/becoming ready every second, as
 * illumos does.  pkt_flags, pkt_comp and pkt_time are restored.
 *
 * Return: 0 if the command completed with GOOD status, else -1.
 * Context: may sleep; process context only (deviation: illumos busy-waits
 * in interrupt context, which cannot make a Linux command complete).
 * Source: scsi_poll(9F), illumos scsi_subr.c.
 */
int scsi_poll(struct scsi_pkt *pkt)
{
	uint_t flags;
	void (*comp)(struct scsi_pkt *);
	int time, budget, rv = -1;

	if (!scsa_pkt_from(pkt) || !pkt->pkt_scbp) {
		pr_warn_ratelimited("scsi_poll: no packet or no status area\n");
		return -1;
	}
	if (!scsa_may_sleep()) {
		pr_warn_ratelimited("scsi_poll: called where sleeping is not allowed\n");
		return -1;
	}
	flags = pkt->pkt_flags;
	comp = pkt->pkt_comp;
	time = pkt->pkt_time;
	pkt->pkt_flags |= FLAG_NOINTR;
	pkt->pkt_comp = NULL;
	if (pkt->pkt_time <= 0)
		pkt->pkt_time = SCSI_POLL_TIMEOUT;
	budget = pkt->pkt_time * 100;

	while (budget > 0) {
		int tr, wait = 1;

		pkt->pkt_scbp[0] = 0;
		pkt->pkt_reason = 0;
		pkt->pkt_state = 0;
		tr = scsi_transport(pkt);
		if (tr == TRAN_BUSY) {
			wait = 1;
		} else if (tr != TRAN_ACCEPT) {
			break;
		} else if (pkt->pkt_reason == CMD_CMPLT &&
			   (pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_GOOD) {
			rv = 0;
			break;
		} else if (pkt->pkt_reason == CMD_DEV_GONE) {
			break;
		} else if (pkt->pkt_reason == CMD_INCOMPLETE &&
			   pkt->pkt_state == 0) {
			wait = 1;
		} else if (pkt->pkt_reason == CMD_CMPLT &&
			   (pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_QFULL) {
			wait = 1;
		} else if (pkt->pkt_reason == CMD_CMPLT &&
			   (pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_BUSY) {
			wait = 100;
		} else if (pkt->pkt_reason == CMD_CMPLT &&
			   pkt->pkt_scblen >= sizeof(struct scsi_arq_status) &&
			   scsa_becoming_ready(pkt)) {
			wait = 100;
		} else {
			break;
		}
		msleep(wait * 10);
		budget -= wait;
	}
	pkt->pkt_flags = flags;
	pkt->pkt_comp = comp;
	pkt->pkt_time = time;
	if (rv == 0)
		scsi_sync_pkt(pkt);
	return rv;
}
EXPORT_SYMBOL_GPL(scsi_poll);
