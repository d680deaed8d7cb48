// SPDX-License-Identifier: GPL-2.0
/*
 * ktest.c - scsa_ktest: an in-kernel, Solaris-style target driver whose
 * only job is to exercise the SCSA interface on a real LUN and check what
 * comes back.  It attaches to direct-access devices like any target driver
 * and runs one named test at a time on request (ktest_lnx.c, debugfs).
 */
#include "ktest_int.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/vmalloc.h>
#include <linux/mutex.h>
#include <linux/mman.h>
#include <linux/uaccess.h>
#include <linux/slab.h>
#include <linux/kthread.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/atomic.h>
#include <linux/wait.h>
#include <linux/preempt.h>
#include "ktest.h"

static LIST_HEAD(ktest_units);
/* held across a whole test run, and by attach/detach */
static DEFINE_MUTEX(ktest_lock);

void klog(struct ktest_ctx *c, const char *fmt, ...)
{
	va_list ap;

	if (c->used >= c->logsz)
		return;
	va_start(ap, fmt);
	c->used += vscnprintf(c->log + c->used, c->logsz - c->used, fmt, ap);
	va_end(ap);
	if (c->used < c->logsz - 1)
		c->log[c->used++] = '\n';
	c->log[c->used] = 0;
}

/*
 * Issue one polled command.  @bp may be NULL.  @statuslen and @flags are
 * passed to scsi_init_pkt().  Returns the packet (caller destroys) or NULL.
 */
struct scsi_pkt *ktest_cmd(struct ktest_ctx *c, const uchar_t *cdb,
			   int cdblen, struct buf *bp, int statuslen,
			   int flags, int time, int *tran)
{
	struct scsi_pkt *pkt;

	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, cdblen, statuslen, 0, flags,
			    SLEEP_FUNC, NULL);
	if (!pkt) {
		klog(c, "scsi_init_pkt failed (b_error %d)", bp ? bp->b_error : 0);
		return NULL;
	}
	memcpy(pkt->pkt_cdbp, cdb, cdblen);
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = time;
	*tran = scsi_transport(pkt);
	klog(c, "cdb %02x: transport %d reason %d state %#x stat %#x status %#x resid %zd",
	     cdb[0], *tran, pkt->pkt_reason, pkt->pkt_state,
	     pkt->pkt_statistics, statuslen ? *pkt->pkt_scbp : 0,
	     pkt->pkt_resid);
	return pkt;
}

/*
 * Send a polled INQUIRY of @len bytes on @pkt (already bound to a buffer
 * whose data is at @data) and check that the vendor id arrived.
 */
bool ktest_inquiry_into(struct ktest_ctx *c, struct scsi_pkt *pkt,
			const char *data, int len)
{
	memset(pkt->pkt_cdbp, 0, CDB_GROUP0);
	pkt->pkt_cdbp[0] = SCMD_INQUIRY;
	pkt->pkt_cdbp[4] = len;
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = 10;
	return scsi_transport(pkt) == TRAN_ACCEPT &&
	       pkt->pkt_reason == CMD_CMPLT &&
	       !memcmp(data + 8, c->un->sd->sd_inq->inq_vid, 8);
}

static int t_inquiry(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t cdb[CDB_GROUP0] = { SCMD_INQUIRY, 0, 0, 0, 36, 0 };
	struct buf *bp = getrbuf(KM_SLEEP);
	char *data = kmem_zalloc(36, KM_SLEEP);
	struct scsi_inquiry *inq = (void *)data;
	struct scsi_pkt *pkt;
	int tran;

	bp->b_un.b_addr = data;
	bp->b_bcount = 36;
	bp->b_flags = B_READ;
	pkt = ktest_cmd(c, cdb, CDB_GROUP0, bp,
			sizeof(struct scsi_arq_status), 0, 10, &tran);
	KCHECK(c, pkt && pkt->pkt_resid == 0, "pkt_resid 0 after scsi_init_pkt of 36 bytes");
	if (pkt) {
		KCHECK(c, tran == TRAN_ACCEPT, "TRAN_ACCEPT");
		KCHECK(c, pkt->pkt_reason == CMD_CMPLT, "CMD_CMPLT");
		KCHECK(c, (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD,
		       "STATUS_GOOD");
		KCHECK(c, pkt->pkt_state & STATE_XFERRED_DATA,
		       "STATE_XFERRED_DATA");
		KCHECK(c, (pkt->pkt_state & (STATE_GOT_BUS | STATE_GOT_TARGET |
			   STATE_SENT_CMD | STATE_GOT_STATUS)) ==
		       (STATE_GOT_BUS | STATE_GOT_TARGET | STATE_SENT_CMD |
			STATE_GOT_STATUS), "state bits of a completed command");
		klog(c, "vendor '%.8s' product '%.16s' type %d", inq->inq_vid,
		     inq->inq_pid, inq->inq_dtype & DTYPE_MASK);
		KCHECK(c, inq->inq_dtype == DTYPE_DIRECT, "direct-access type");
		if (argc > 0)
			KCHECK(c, !strncmp(inq->inq_vid, argv[0],
					   strlen(argv[0])),
			       "vendor is %s", argv[0]);
		/* the framework's own probe must agree */
		KCHECK(c, c->un->sd->sd_inq &&
		       !memcmp(c->un->sd->sd_inq->inq_vid, inq->inq_vid, 8),
		       "scsi_probe() filled sd_inq with the same vendor");
		scsi_destroy_pkt(pkt);
	}
	kmem_free(data, 36);
	freerbuf(bp);
	return 0;
}

static u64 be(const uchar_t *p, int n)
{
	u64 v = 0;

	while (n--)
		v = v << 8 | *p++;
	return v;
}

static int t_readcap(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t cdb10[CDB_GROUP1] = { SCMD_READ_CAPACITY };
	uchar_t cdb16[CDB_GROUP4] = { SCMD_SVC_ACTION_IN_G4,
				      SSVC_ACTION_READ_CAPACITY_G4 };
	struct buf *bp;
	struct scsi_pkt *pkt;
	u64 blocks10 = 0, blocks16 = 0;
	u32 bs10 = 0, bs16 = 0;
	int tran;

	cdb16[13] = 32;
	bp = scsi_alloc_consistent_buf(ROUTE(c), NULL, 32, B_READ, SLEEP_FUNC,
				       NULL);
	KCHECK(c, bp && (bp->b_flags & B_READ) && bp->b_bcount == 32,
	       "scsi_alloc_consistent_buf(32, B_READ)");
	if (!bp)
		return 0;
	bp->b_bcount = 8;
	pkt = ktest_cmd(c, cdb10, CDB_GROUP1, bp,
			sizeof(struct scsi_arq_status), PKT_CONSISTENT, 10,
			&tran);
	if (pkt) {
		KCHECK(c, tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT &&
		       (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD,
		       "READ CAPACITY(10) good");
		blocks10 = be((uchar_t *)bp->b_un.b_addr, 4) + 1;
		bs10 = be((uchar_t *)bp->b_un.b_addr + 4, 4);
		scsi_destroy_pkt(pkt);
	}
	bp->b_bcount = 32;
	pkt = ktest_cmd(c, cdb16, CDB_GROUP4, bp,
			sizeof(struct scsi_arq_status), PKT_CONSISTENT, 10,
			&tran);
	if (pkt) {
		KCHECK(c, tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT &&
		       (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD,
		       "READ CAPACITY(16) good");
		blocks16 = be((uchar_t *)bp->b_un.b_addr, 8) + 1;
		bs16 = be((uchar_t *)bp->b_un.b_addr + 8, 4);
		scsi_destroy_pkt(pkt);
	}
	klog(c, "capacity(10) %llu x %u, capacity(16) %llu x %u", blocks10,
	     bs10, blocks16, bs16);
	KCHECK(c, blocks10 == blocks16 && bs10 == bs16 && bs10 >= 512,
	       "both READ CAPACITY forms agree");
	if (argc > 0) {
		unsigned long long want;

		if (kstrtoull(argv[0], 0, &want) == 0)
			KCHECK(c, blocks16 == want, "capacity is %llu blocks",
			       want);
	}
	scsi_free_consistent_buf(bp);
	return 0;
}

/* An unsupported opcode must end in CHECK CONDITION with sense. */
static int t_check(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t cdb[CDB_GROUP1] = { 0xC5 };	/* vendor-specific, unsupported */
	struct scsi_arq_status *arq;
	struct scsi_pkt *pkt;
	int tran, extra = 40;

	/* statuslen = sizeof(struct scsi_arq_status): ARQ, 20 bytes */
	pkt = ktest_cmd(c, cdb, CDB_GROUP1, NULL,
			sizeof(struct scsi_arq_status), 0, 10, &tran);
	if (pkt) {
		arq = (void *)pkt->pkt_scbp;
		KCHECK(c, tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT,
		       "CMD_CMPLT");
		KCHECK(c, (*pkt->pkt_scbp & STATUS_MASK) == STATUS_CHECK,
		       "STATUS_CHECK");
		KCHECK(c, pkt->pkt_state & STATE_ARQ_DONE, "STATE_ARQ_DONE");
		KCHECK(c, !(pkt->pkt_state & STATE_XARQ_DONE),
		       "no STATE_XARQ_DONE without PKT_XARQ");
		klog(c, "sense: class %d code %d key %#x asc %#x ascq %#x rqpkt_resid %d",
		     arq->sts_sensedata.es_class, arq->sts_sensedata.es_code,
		     arq->sts_sensedata.es_key, arq->sts_sensedata.es_add_code,
		     arq->sts_sensedata.es_qual_code, arq->sts_rqpkt_resid);
		KCHECK(c, arq->sts_sensedata.es_class == CLASS_EXTENDED_SENSE,
		       "extended sense");
		KCHECK(c, arq->sts_sensedata.es_key == KEY_ILLEGAL_REQUEST,
		       "sense key ILLEGAL REQUEST");
		KCHECK(c, arq->sts_rqpkt_reason == CMD_CMPLT &&
		       (arq->sts_rqpkt_state & STATE_XFERRED_DATA),
		       "request sense reported complete");
		KCHECK(c, arq->sts_rqpkt_resid < SENSE_LENGTH,
		       "sts_rqpkt_resid %d < 20", arq->sts_rqpkt_resid);
		scsi_destroy_pkt(pkt);
	}

	/* statuslen 1: status byte only, no ARQ */
	pkt = ktest_cmd(c, cdb, CDB_GROUP1, NULL, 1, 0, 10, &tran);
	if (pkt) {
		KCHECK(c, (*pkt->pkt_scbp & STATUS_MASK) == STATUS_CHECK,
		       "statuslen 1: STATUS_CHECK");
		KCHECK(c, !(pkt->pkt_state & STATE_ARQ_DONE),
		       "statuslen 1: no STATE_ARQ_DONE");
		scsi_destroy_pkt(pkt);
	}

	/* PKT_XARQ: statuslen = sizeof + extra, extended sense requested */
	pkt = ktest_cmd(c, cdb, CDB_GROUP1, NULL,
			sizeof(struct scsi_arq_status) + extra, PKT_XARQ, 10,
			&tran);
	if (pkt) {
		arq = (void *)pkt->pkt_scbp;
		KCHECK(c, (pkt->pkt_state & (STATE_ARQ_DONE | STATE_XARQ_DONE)) ==
		       (STATE_ARQ_DONE | STATE_XARQ_DONE),
		       "PKT_XARQ: STATE_ARQ_DONE and STATE_XARQ_DONE");
		KCHECK(c, arq->sts_sensedata.es_key == KEY_ILLEGAL_REQUEST,
		       "PKT_XARQ: sense key ILLEGAL REQUEST");
		KCHECK(c, arq->sts_rqpkt_resid <= SENSE_LENGTH + extra,
		       "PKT_XARQ: sts_rqpkt_resid %d of %d requested",
		       arq->sts_rqpkt_resid, SENSE_LENGTH + extra);
		scsi_destroy_pkt(pkt);
	}
	return 0;
}

/* The caller armed the HBA to drop the next command. */
static int t_timeout(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t cdb[CDB_GROUP0] = { SCMD_TEST_UNIT_READY };
	struct scsi_pkt *pkt;
	int tran;

	pkt = ktest_cmd(c, cdb, CDB_GROUP0, NULL,
			sizeof(struct scsi_arq_status), 0, 2, &tran);
	if (pkt) {
		KCHECK(c, tran == TRAN_ACCEPT, "TRAN_ACCEPT");
		KCHECK(c, pkt->pkt_reason == CMD_TIMEOUT, "CMD_TIMEOUT");
		KCHECK(c, pkt->pkt_statistics & STAT_TIMEOUT, "STAT_TIMEOUT");
		scsi_destroy_pkt(pkt);
	}
	return 0;
}

static int t_poll(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pkt;
	int i;

	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0,
			    sizeof(struct scsi_arq_status), 0, 0, SLEEP_FUNC,
			    NULL);
	if (!pkt) {
		KCHECK(c, 0, "scsi_init_pkt");
		return 0;
	}
	pkt->pkt_cdbp[0] = SCMD_TEST_UNIT_READY;
	pkt->pkt_time = 0;	/* scsi_poll uses 60 s and restores 0 */
	pkt->pkt_comp = (void (*)(struct scsi_pkt *))0x1;	/* never called */
	for (i = 0; i < 3; i++) {
		int rv = scsi_poll(pkt);

		klog(c, "scsi_poll -> %d reason %d status %#x", rv,
		     pkt->pkt_reason, *pkt->pkt_scbp);
		if (rv == 0)
			break;
	}
	KCHECK(c, i < 3, "scsi_poll(TEST UNIT READY) returned 0");
	KCHECK(c, pkt->pkt_time == 0 &&
	       pkt->pkt_comp == (void (*)(struct scsi_pkt *))0x1 &&
	       !(pkt->pkt_flags & FLAG_NOINTR),
	       "pkt_time, pkt_comp, pkt_flags restored");
	scsi_destroy_pkt(pkt);
	return 0;
}

/*
 * Move @len bytes at LBA 0 through partial DMA windows with a buf of
 * @flags (B_READ or B_WRITE, plus B_PHYS for user memory).  Returns the
 * number of windows, or -1.
 */
static int ktest_rw_buf(struct ktest_ctx *c, char *data, size_t len,
			int flags)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt = NULL;
	bool rd = flags & B_READ;
	size_t off = 0, win;
	int windows = 0, tran;

	bp->b_un.b_addr = data;
	bp->b_bcount = len;
	bp->b_flags = flags;
	if (flags & B_PHYS)
		bp->b_proc = get_current();
	while (off < len) {
		pkt = scsi_init_pkt(ROUTE(c), pkt, bp, CDB_GROUP1,
				    sizeof(struct scsi_arq_status), 0,
				    PKT_DMA_PARTIAL, SLEEP_FUNC, NULL);
		if (!pkt) {
			KCHECK(c, 0, "scsi_init_pkt window at %zu (b_error %d)",
			       off, bp->b_error);
			break;
		}
		win = len - off - pkt->pkt_resid;
		if (!win || win % 512) {
			KCHECK(c, 0, "window of %zu bytes is whole sectors", win);
			break;
		}
		memset(pkt->pkt_cdbp, 0, CDB_GROUP1);
		pkt->pkt_cdbp[0] = rd ? SCMD_READ_G1 : SCMD_WRITE_G1;
		FORMG1ADDR(pkt->pkt_cdbp, (uint_t)(off / 512));
		FORMG1COUNT(pkt->pkt_cdbp, (uint_t)(win / 512));
		pkt->pkt_flags = FLAG_NOINTR;
		pkt->pkt_time = 30;
		pkt->pkt_resid = 0;
		tran = scsi_transport(pkt);
		if (tran != TRAN_ACCEPT || pkt->pkt_reason != CMD_CMPLT ||
		    (*pkt->pkt_scbp & STATUS_MASK) != STATUS_GOOD ||
		    pkt->pkt_resid) {
			struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;

			KCHECK(c, 0, "%s window at %zu: tran %d reason %d status %#x key %#x resid %zd",
			       rd ? "read" : "write", off, tran,
			       pkt->pkt_reason, *pkt->pkt_scbp,
			       (pkt->pkt_state & STATE_ARQ_DONE) ?
			       arq->sts_sensedata.es_key : 0, pkt->pkt_resid);
			break;
		}
		off += win;
		windows++;
	}
	if (pkt)
		scsi_destroy_pkt(pkt);
	freerbuf(bp);
	klog(c, "%s %zu bytes in %d window(s)", rd ? "read" : "wrote", off,
	     windows);
	return off == len ? windows : -1;
}

/*
 * Write a pattern at LBA 0 and read it back through partial DMA windows,
 * from a vmalloc'd buffer (pages not physically contiguous).
 */

static int ktest_rw_dir(struct ktest_ctx *c, char *data, size_t len, bool rd)
{
	return ktest_rw_buf(c, data, len, rd ? B_READ : B_WRITE);
}

static int t_rw(struct ktest_ctx *c, int argc, char **argv)
{
	unsigned long len = 65536, i;
	char *w, *r;

	if (argc > 0 && kstrtoul(argv[0], 0, &len))
		return -EINVAL;
	if (!len || len % 512 || len > (64UL << 20))
		return -EINVAL;
	w = vmalloc(len);
	r = vzalloc(len);
	if (!w || !r) {
		vfree(w);
		vfree(r);
		return -ENOMEM;
	}
	for (i = 0; i < len; i += 4)
		*(u32 *)(w + i) = (u32)(i * 2654435761u) ^ 0x5c5a;
	if (ktest_rw_dir(c, w, len, false) > 0 &&
	    ktest_rw_dir(c, r, len, true) > 0)
		KCHECK(c, !memcmp(w, r, len), "%lu bytes read back equal", len);
	else
		KCHECK(c, 0, "transfer of %lu bytes", len);
	vfree(w);
	vfree(r);
	return 0;
}

/* ---- runout callbacks (issue 4); the guest sets the vhba's map registers ---- */

#define KTEST_MAX_HOLD	64

struct ktest_hold {
	struct buf *bp;
	char *mem;
	struct scsi_pkt *pkt[KTEST_MAX_HOLD];
	int n;
};

static struct buf *ktest_small_buf(char **mem)
{
	struct buf *bp = getrbuf(KM_SLEEP);

	*mem = kmem_zalloc(512, KM_SLEEP);
	bp->b_un.b_addr = *mem;
	bp->b_bcount = 512;
	bp->b_flags = B_READ;
	return bp;
}

/* Bind packets (one window each) until @want are held or one fails. */
static int ktest_hold_windows(struct ktest_ctx *c, struct ktest_hold *h,
			      int want)
{
	h->bp = ktest_small_buf(&h->mem);
	for (h->n = 0; h->n < want && h->n < KTEST_MAX_HOLD; h->n++) {
		h->pkt[h->n] = scsi_init_pkt(ROUTE(c), NULL, h->bp, CDB_GROUP1,
					     1, 0, 0, NULL_FUNC, NULL);
		if (!h->pkt[h->n])
			break;
	}
	return h->n;
}

static void ktest_release_one(struct ktest_hold *h)
{
	if (h->n > 0)
		scsi_destroy_pkt(h->pkt[--h->n]);
}

static void ktest_release_all(struct ktest_hold *h)
{
	while (h->n > 0)
		ktest_release_one(h);
	if (h->bp) {
		freerbuf(h->bp);
		kmem_free(h->mem, 512);
		h->bp = NULL;
	}
}

struct ktest_rcb {
	struct ktest_ctx *c;
	struct completion done;
	struct task_struct *task;
	bool preemptible;
	kmutex_t *mutex;		/* taken in the callback if set */
	struct scsi_pkt *got;		/* packet the callback allocated */
	struct buf *bp;
	atomic_t calls;
};

static int ktest_rcb_fn(caddr_t arg)
{
	struct ktest_rcb *r = (struct ktest_rcb *)arg;

	r->task = get_current();
	r->preemptible = preemptible();
	if (r->mutex) {
		mutex_enter(r->mutex);
		mutex_exit(r->mutex);
	}
	if (r->bp && !r->got)
		r->got = scsi_init_pkt(ROUTE(r->c), NULL, r->bp, CDB_GROUP1, 1,
				       0, 0, NULL_FUNC, NULL);
	atomic_inc(&r->calls);
	complete(&r->done);
	return 1;
}

struct ktest_sleeper {
	struct ktest_ctx *c;
	struct buf *bp;
	struct scsi_pkt *pkt;
	struct completion done;
};

static int ktest_sleeper_fn(void *arg)
{
	struct ktest_sleeper *s = arg;

	s->pkt = scsi_init_pkt(ROUTE(s->c), NULL, s->bp, CDB_GROUP1, 1, 0, 0,
			       SLEEP_FUNC, NULL);
	complete(&s->done);
	return 0;
}

/* runout <limit>: the man page's callback contract on one LUN. */
static int t_runout(struct ktest_ctx *c, int argc, char **argv)
{
	struct ktest_hold h = {};
	struct ktest_rcb r = { .c = c };
	struct ktest_sleeper sl = { .c = c };
	struct task_struct *t;
	struct scsi_pkt *pkt;
	unsigned long flags;
	unsigned int limit;
	char *mem, *mem2;
	kmutex_t m;
	spinlock_t lock;

	if (argc < 1 || kstrtouint(argv[0], 0, &limit) || !limit ||
	    limit >= KTEST_MAX_HOLD)
		return -EINVAL;
	init_completion(&r.done);
	spin_lock_init(&lock);
	mutex_init(&m, NULL, MUTEX_DRIVER, NULL);
	KCHECK(c, ktest_hold_windows(c, &h, limit) == limit,
	       "%u packets bound (all the host's windows)", limit);

	/* a transient shortage: NULL, b_error 0, B_ERROR untouched */
	r.bp = ktest_small_buf(&mem);
	r.mutex = &m;
	mutex_enter(&m);	/* held across the call; the callback takes it */
	pkt = scsi_init_pkt(ROUTE(c), NULL, r.bp, CDB_GROUP1, 1, 0, 0,
			    ktest_rcb_fn, (caddr_t)&r);
	mutex_exit(&m);
	KCHECK(c, !pkt && r.bp->b_error == 0 && !(r.bp->b_flags & B_ERROR),
	       "exhausted: NULL with b_error 0 and no B_ERROR (transient)");
	KCHECK(c, atomic_read(&r.calls) == 0,
	       "callback not called synchronously");

	/* NULL_FUNC with a spinlock held and interrupts off: never sleeps */
	spin_lock_irqsave(&lock, flags);
	pkt = scsi_init_pkt(ROUTE(c), NULL, r.bp, CDB_GROUP1, 1, 0, 0,
			    NULL_FUNC, NULL);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, !pkt, "NULL_FUNC under a spinlock: NULL at once");
	/* SLEEP_FUNC where sleeping is not allowed: NULL and a warning */
	spin_lock_irqsave(&lock, flags);
	pkt = scsi_init_pkt(ROUTE(c), NULL, r.bp, CDB_GROUP1, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, !pkt && (r.bp->b_flags & B_ERROR),
	       "SLEEP_FUNC under a spinlock: NULL with B_ERROR, no sleep");
	bioerror(r.bp, 0);

	/* a release runs the callback, elsewhere, where it cannot sleep */
	ktest_release_one(&h);
	KCHECK(c, wait_for_completion_timeout(&r.done, 5 * HZ),
	       "callback ran after a window was released");
	KCHECK(c, r.task && r.task != get_current(),
	       "callback ran in another thread (%s)", r.task ? r.task->comm : "-");
	KCHECK(c, r.preemptible,
	       "callback ran in a thread where it may block (it took the mutex)");
	KCHECK(c, r.got != NULL, "callback's own scsi_init_pkt succeeded");
	KCHECK(c, atomic_read(&r.calls) == 1, "callback called once (%d)",
	       atomic_read(&r.calls));
	if (r.got)
		scsi_destroy_pkt(r.got);
	r.got = NULL;

	/* SLEEP_FUNC sleeps through the shortage, then succeeds */
	while (h.n < limit) {
		h.pkt[h.n] = scsi_init_pkt(ROUTE(c), NULL, h.bp, CDB_GROUP1,
					   1, 0, 0, NULL_FUNC, NULL);
		if (!h.pkt[h.n])
			break;
		h.n++;
	}
	KCHECK(c, h.n == limit, "all %u windows held again", limit);
	sl.bp = ktest_small_buf(&mem2);
	init_completion(&sl.done);
	t = kthread_run(ktest_sleeper_fn, &sl, "ktest_sleeper");
	if (!IS_ERR(t)) {
		KCHECK(c, !wait_for_completion_timeout(&sl.done, HZ / 2),
		       "SLEEP_FUNC blocked while no window is free");
		ktest_release_one(&h);
		KCHECK(c, wait_for_completion_timeout(&sl.done, 5 * HZ) &&
		       sl.pkt, "SLEEP_FUNC returned a packet after a release");
		if (sl.pkt)
			scsi_destroy_pkt(sl.pkt);
	}

	/* a permanent failure: B_ERROR; the host's fault injection */
	ktest_release_all(&h);
	freerbuf(sl.bp);
	kmem_free(mem2, 512);
	freerbuf(r.bp);
	kmem_free(mem, 512);
	mutex_destroy(&m);
	return 0;
}

/* runout_perm: the guest armed "fail_alloc 1 permanent" first. */
static int t_runout_perm(struct ktest_ctx *c, int argc, char **argv)
{
	struct ktest_rcb r = { .c = c };
	struct scsi_pkt *pkt;
	char *mem;

	init_completion(&r.done);
	r.bp = ktest_small_buf(&mem);
	pkt = scsi_init_pkt(ROUTE(c), NULL, r.bp, CDB_GROUP1, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	KCHECK(c, !pkt && (r.bp->b_flags & B_ERROR) && r.bp->b_error,
	       "permanent failure: NULL, B_ERROR, b_error %d even with SLEEP_FUNC",
	       r.bp->b_error);
	if (pkt)
		scsi_destroy_pkt(pkt);
	freerbuf(r.bp);
	kmem_free(mem, 512);
	return 0;
}

/*
 * runout_rereg: the guest armed "fail_alloc 3 transient" (windows free but
 * refused three times).  The test's own attempt fails and registers C; C
 * retries from inside the callback, fails, registers itself again and
 * returns 1; on the third call it gets its packet.  Releases (of
 * packets without DMA) drive the runs.
 */
struct ktest_rereg {
	struct ktest_ctx *c;
	struct buf *bp;
	struct scsi_pkt *got;
	atomic_t calls;
};

static int ktest_rereg_cb(caddr_t arg)
{
	struct ktest_rereg *r = (struct ktest_rereg *)arg;

	atomic_inc(&r->calls);
	r->got = scsi_init_pkt(ROUTE(r->c), NULL, r->bp, CDB_GROUP1, 1, 0, 0,
			       ktest_rereg_cb, arg);
	return 1;
}

static void ktest_kick(struct ktest_ctx *c)
{
	struct scsi_pkt *p = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0, 1,
					   0, 0, SLEEP_FUNC, NULL);

	if (p)
		scsi_destroy_pkt(p);	/* a release: runs the callback list */
}

static int t_runout_rereg(struct ktest_ctx *c, int argc, char **argv)
{
	struct ktest_rereg *r = kzalloc(sizeof(*r), GFP_KERNEL);
	struct scsi_pkt *pkt;
	char *mem;
	int want, i;

	if (!r)
		return -ENOMEM;
	r->c = c;
	r->bp = ktest_small_buf(&mem);
	pkt = scsi_init_pkt(ROUTE(c), NULL, r->bp, CDB_GROUP1, 1, 0, 0,
			    ktest_rereg_cb, (caddr_t)r);
	KCHECK(c, !pkt && !(r->bp->b_flags & B_ERROR),
	       "first attempt refused (transient), callback registered");
	for (want = 1; want <= 3 && !READ_ONCE(r->got); want++) {
		ktest_kick(c);
		for (i = 0; i < 500 && atomic_read(&r->calls) < want; i++)
			msleep(10);
		KCHECK(c, atomic_read(&r->calls) == want,
		       "release %d: callback called %d time(s)", want,
		       atomic_read(&r->calls));
	}
	KCHECK(c, r->got != NULL,
	       "after re-registering itself twice the callback got its packet");
	KCHECK(c, atomic_read(&r->calls) == 3, "called exactly 3 times (%d)",
	       atomic_read(&r->calls));
	msleep(50);	/* no further call may come */
	KCHECK(c, atomic_read(&r->calls) == 3, "no call after success");
	if (!r->got)
		return 0;	/* a registration may still name r: keep it */
	scsi_destroy_pkt(r->got);
	freerbuf(r->bp);
	kmem_free(mem, 512);
	kfree(r);
	return 0;
}

/* ---- order of several registering threads ---- */

#define KTEST_ORDER_MAX	512

struct ktest_order {
	struct ktest_ctx *c;
	spinlock_t lock;
	int reg[KTEST_ORDER_MAX], nreg;		/* registration order */
	int ran[KTEST_ORDER_MAX], nran;		/* call order */
	u8 cookie[KTEST_ORDER_MAX];		/* distinct arguments */
	struct buf *bp;
	int per_thread;
	atomic_t threads_left;
	struct completion all_registered;
};

static struct ktest_order *ktest_cur_order;

static int ktest_order_cb(caddr_t arg)
{
	struct ktest_order *o = ktest_cur_order;
	unsigned long flags;

	spin_lock_irqsave(&o->lock, flags);
	if (o->nran < KTEST_ORDER_MAX)
		o->ran[o->nran++] = (u8 *)arg - o->cookie;
	spin_unlock_irqrestore(&o->lock, flags);
	return 1;
}

/* Wait (up to 10 s) until o->nreg callbacks ran. */
static void ktest_wait_callbacks(struct ktest_ctx *c, struct ktest_order *o)
{
	int i;

	for (i = 0; i < 1000 && READ_ONCE(o->nran) < o->nreg; i++)
		msleep(10);
}

struct ktest_order_thread {
	struct ktest_order *o;
	int base;
};

static int ktest_order_thread_fn(void *arg)
{
	struct ktest_order_thread *t = arg;
	struct ktest_order *o = t->o;
	unsigned long flags;
	int i;

	for (i = 0; i < o->per_thread; i++) {
		int id = t->base + i;
		struct scsi_pkt *pkt;

		/* the lock orders registrations; NULL_FUNC-style calls never sleep */
		spin_lock_irqsave(&o->lock, flags);
		pkt = scsi_init_pkt(ROUTE(o->c), NULL, o->bp, CDB_GROUP1, 1, 0,
				    0, ktest_order_cb, (caddr_t)&o->cookie[id]);
		if (!pkt && o->nreg < KTEST_ORDER_MAX)
			o->reg[o->nreg++] = id;
		spin_unlock_irqrestore(&o->lock, flags);
		if (pkt)
			scsi_destroy_pkt(pkt);
		cond_resched();
	}
	if (atomic_dec_and_test(&o->threads_left))
		complete(&o->all_registered);
	return 0;
}

/* runout_order <limit> <threads> <per_thread> */
static int t_runout_order(struct ktest_ctx *c, int argc, char **argv)
{
	struct ktest_order_thread th[8];
	struct ktest_hold h = {};
	struct ktest_order *o;
	unsigned int limit, nth, per;
	char *mem;
	int i, same = 1;

	if (argc < 3 || kstrtouint(argv[0], 0, &limit) ||
	    kstrtouint(argv[1], 0, &nth) || kstrtouint(argv[2], 0, &per) ||
	    !limit || limit >= KTEST_MAX_HOLD || !nth || nth > 8 || !per ||
	    nth * per > KTEST_ORDER_MAX)
		return -EINVAL;
	o = kzalloc(sizeof(*o), GFP_KERNEL);
	if (!o)
		return -ENOMEM;
	o->c = c;
	spin_lock_init(&o->lock);
	o->per_thread = per;
	atomic_set(&o->threads_left, nth);
	init_completion(&o->all_registered);
	o->bp = ktest_small_buf(&mem);
	ktest_cur_order = o;
	KCHECK(c, ktest_hold_windows(c, &h, limit) == limit,
	       "%u windows held", limit);
	for (i = 0; i < nth; i++) {
		th[i].o = o;
		th[i].base = i * per;
		if (IS_ERR(kthread_run(ktest_order_thread_fn, &th[i],
				       "ktest_order%d", i)))
			atomic_dec(&o->threads_left);
	}
	KCHECK(c, wait_for_completion_timeout(&o->all_registered, 30 * HZ),
	       "%u threads registered %d callbacks", nth, o->nreg);
	KCHECK(c, o->nreg == nth * per, "every attempt failed and registered");
	/* free everything: every queued callback runs, in first-come order */
	ktest_release_all(&h);
	ktest_wait_callbacks(c, o);
	KCHECK(c, o->nran == o->nreg, "%d of %d callbacks ran", o->nran,
	       o->nreg);
	for (i = 0; i < o->nreg && i < o->nran; i++)
		same &= o->reg[i] == o->ran[i];
	KCHECK(c, same, "callback order equals registration order");

	/* the same (function, argument) registered 3 times: counted */
	o->nran = 0;
	KCHECK(c, ktest_hold_windows(c, &h, limit) == limit, "re-exhausted");
	for (i = 0; i < 3; i++) {
		struct scsi_pkt *p = scsi_init_pkt(ROUTE(c), NULL, o->bp,
						   CDB_GROUP1, 1, 0, 0,
						   ktest_order_cb,
						   (caddr_t)&o->cookie[7]);

		KCHECK(c, !p, "registration %d of the same pair", i + 1);
		if (p)
			scsi_destroy_pkt(p);
	}
	ktest_release_all(&h);
	o->nreg = 3;
	ktest_wait_callbacks(c, o);
	KCHECK(c, o->nran == 3 && o->ran[0] == 7 && o->ran[2] == 7,
	       "a pair registered 3 times is called 3 times (%d)", o->nran);
	ktest_cur_order = NULL;
	freerbuf(o->bp);
	kmem_free(mem, 512);
	kfree(o);
	return 0;
}

/* ---- no lost wakeup: runout cycles under contention ---- */

struct ktest_stress;

struct ktest_sworker {
	struct ktest_stress *s;
	struct completion wake;
};

struct ktest_stress {
	struct ktest_ctx *c;
	struct buf *bp;
	atomic_t left, runouts, lost, hard, running;
	int target;
	unsigned long deadline;
	struct completion finished;
	struct ktest_sworker w[4];
};

static int ktest_stress_cb(caddr_t arg)
{
	complete(&((struct ktest_sworker *)arg)->wake);
	return 1;
}

static int ktest_stress_fn(void *arg)
{
	struct ktest_sworker *w = arg;
	struct ktest_stress *s = w->s;
	struct scsi_pkt *pkt;

	while (atomic_read(&s->runouts) < s->target &&
	       time_before(jiffies, s->deadline)) {
		atomic_inc(&s->left);
		pkt = scsi_init_pkt(ROUTE(s->c), NULL, s->bp, CDB_GROUP1, 1, 0,
				    0, ktest_stress_cb, (caddr_t)w);
		if (pkt) {
			/*
			 * Hold the window until another thread ran out (or
			 * 2 ms passed): every hand-over is then a runout
			 * cycle, instead of a rare collision.
			 */
			int seen = atomic_read(&s->runouts);
			unsigned long hold = jiffies + msecs_to_jiffies(2) + 1;

			while (atomic_read(&s->runouts) == seen &&
			       time_before(jiffies, hold))
				cond_resched();
			scsi_destroy_pkt(pkt);
			continue;
		}
		if (s->bp->b_flags & B_ERROR) {
			atomic_inc(&s->hard);
			break;
		}
		atomic_inc(&s->runouts);
		/* the callback must come: a release always follows */
		if (!wait_for_completion_timeout(&w->wake, 5 * HZ)) {
			atomic_inc(&s->lost);
			break;
		}
	}
	if (atomic_dec_and_test(&s->running))
		complete(&s->finished);
	return 0;
}

/*
 * runout_stress <runouts> [threads] [seconds]: the guest limited map
 * registers to 1; threads (default 2) take and release the window until
 * <runouts> runout cycles (failure, callback, retry) happened, for at most
 * <seconds> (default 200).
 */
static int t_runout_stress(struct ktest_ctx *c, int argc, char **argv)
{
	struct ktest_sworker *w;
	struct ktest_stress *s;
	unsigned int cycles, nth = 2, secs = 200;
	unsigned long t0 = jiffies;
	char *mem;
	int i;

	if (argc < 1 || kstrtouint(argv[0], 0, &cycles) || !cycles ||
	    (argc > 1 && (kstrtouint(argv[1], 0, &nth) || !nth || nth > 4)) ||
	    (argc > 2 && (kstrtouint(argv[2], 0, &secs) || !secs ||
			  secs > 500)))
		return -EINVAL;
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	w = s->w;
	s->c = c;
	s->bp = ktest_small_buf(&mem);
	s->target = cycles;
	s->deadline = jiffies + secs * HZ;	/* attempts counted in left */
	atomic_set(&s->running, nth);
	init_completion(&s->finished);
	for (i = 0; i < nth; i++) {
		struct task_struct *t;

		w[i].s = s;
		init_completion(&w[i].wake);
		t = kthread_create(ktest_stress_fn, &w[i], "ktest_stress%d", i);
		if (IS_ERR(t)) {
			if (atomic_dec_and_test(&s->running))
				complete(&s->finished);
			continue;
		}
		/*
		 * One thread per CPU: on a shared CPU a thread holding the
		 * window is rarely interrupted by the other, and runouts
		 * become rare.
		 */
		kthread_bind(t, cpumask_nth(i % num_online_cpus(),
					    cpu_online_mask));
		wake_up_process(t);
	}
	/*
	 * Killable, not uninterruptible: this may take minutes, and the hung
	 * task detector flags uninterruptible waits over 120 s.
	 */
	if (wait_for_completion_killable_timeout(&s->finished, 600 * HZ) <= 0) {
		KCHECK(c, 0, "threads finished");
		return 0;	/* they still use s: keep it */
	}
	klog(c, "%d runout cycles in %d attempts, %u ms",
	     atomic_read(&s->runouts), atomic_read(&s->left),
	     jiffies_to_msecs(jiffies - t0));
	KCHECK(c, atomic_read(&s->lost) == 0, "no lost wakeup (%d)",
	       atomic_read(&s->lost));
	KCHECK(c, atomic_read(&s->hard) == 0, "no permanent failure");
	KCHECK(c, atomic_read(&s->runouts) >= cycles,
	       "at least %u runout cycles (%d)", cycles,
	       atomic_read(&s->runouts));
	/* a lost wakeup leaves a callback naming s->w queued: keep s */
	if (atomic_read(&s->lost))
		return 0;
	freerbuf(s->bp);
	kmem_free(mem, 512);
	kfree(s);
	return 0;
}

/* ---- cancellation: callbacks left queued at detach / module unload ---- */

static atomic_t ktest_late_calls = ATOMIC_INIT(0);
static unsigned int ktest_slow_ms;

static int ktest_late_cb(caddr_t arg)
{
	if (ktest_slow_ms)
		mdelay(ktest_slow_ms);
	atomic_inc(&ktest_late_calls);
	return 1;
}

/*
 * runout_leave [slow_ms]: the guest armed "fail_alloc 1 transient"; queue a
 * callback and leave it there.
 */
static int t_runout_leave(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pkt;
	struct buf *bp;
	char *mem;

	ktest_slow_ms = 0;
	if (argc > 0 && (kstrtouint(argv[0], 0, &ktest_slow_ms) ||
			 ktest_slow_ms > 2000))
		return -EINVAL;
	bp = ktest_small_buf(&mem);
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1, 1, 0, 0,
			    ktest_late_cb, (caddr_t)c->un);
	KCHECK(c, !pkt && !(bp->b_flags & B_ERROR),
	       "transient failure queued the callback");
	if (pkt)
		scsi_destroy_pkt(pkt);
	freerbuf(bp);
	kmem_free(mem, 512);
	return 0;
}

/* runout_count <n>: how many left-behind callbacks ran. */
static int t_runout_count(struct ktest_ctx *c, int argc, char **argv)
{
	unsigned int want;

	if (argc < 1 || kstrtouint(argv[0], 0, &want))
		return -EINVAL;
	KCHECK(c, atomic_read(&ktest_late_calls) == want,
	       "%d left-behind callback(s) ran, expected %u",
	       atomic_read(&ktest_late_calls), want);
	return 0;
}

static void ktest_pattern(char *p, size_t len, u32 seed)
{
	size_t i;

	for (i = 0; i + 4 <= len; i += 4)
		*(u32 *)(p + i) = (u32)((i + seed) * 2654435761u);
	for (; i < len; i++)
		p[i] = (char)(i ^ seed);
}

/* rwk <bytes> <misalign>: kernel buffer starting @misalign bytes off. */
static int t_rwk(struct ktest_ctx *c, int argc, char **argv)
{
	unsigned long len = 65536, mis = 1;
	char *w, *r;

	if ((argc > 0 && kstrtoul(argv[0], 0, &len)) ||
	    (argc > 1 && kstrtoul(argv[1], 0, &mis)))
		return -EINVAL;
	if (!len || len % 512 || len > (16UL << 20) || mis > 4095)
		return -EINVAL;
	w = kvmalloc(len + mis, GFP_KERNEL);
	r = kvzalloc(len + mis, GFP_KERNEL);
	if (!w || !r) {
		kvfree(w);
		kvfree(r);
		return -ENOMEM;
	}
	ktest_pattern(w + mis, len, 7);
	if (ktest_rw_dir(c, w + mis, len, false) > 0 &&
	    ktest_rw_dir(c, r + mis, len, true) > 0)
		KCHECK(c, !memcmp(w + mis, r + mis, len),
		       "%lu bytes at offset %lu read back equal", len, mis);
	else
		KCHECK(c, 0, "transfer of %lu bytes at offset %lu", len, mis);
	kvfree(w);
	kvfree(r);
	return 0;
}

/*
 * uphys <bytes> <offset>: B_PHYS buffers in the memory of the process that
 * wrote to the debugfs file (pinned by the shim), written then read back.
 */
static int t_uphys(struct ktest_ctx *c, int argc, char **argv)
{
	unsigned long len = 65536, off = 0, ua;
	char *k = NULL, *k2 = NULL;
	int ok = 0;

	if ((argc > 0 && kstrtoul(argv[0], 0, &len)) ||
	    (argc > 1 && kstrtoul(argv[1], 0, &off)))
		return -EINVAL;
	if (!len || len % 512 || len > (16UL << 20) || off > 4095)
		return -EINVAL;
	ua = vm_mmap(NULL, 0, 2 * (len + off) + PAGE_SIZE,
		     PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, 0);
	if (IS_ERR_VALUE(ua))
		return -ENOMEM;
	k = kvmalloc(len, GFP_KERNEL);
	k2 = kvmalloc(len, GFP_KERNEL);
	if (!k || !k2)
		goto out;
	ktest_pattern(k, len, 11);
	if (copy_to_user((void __user *)(ua + off), k, len))
		goto out;
	if (ktest_rw_buf(c, (char *)(ua + off), len, B_WRITE | B_PHYS) <= 0)
		goto out;
	if (ktest_rw_buf(c, (char *)(ua + len + 2 * off + 512), len,
			 B_READ | B_PHYS) <= 0)
		goto out;
	if (copy_from_user(k2, (void __user *)(ua + len + 2 * off + 512), len))
		goto out;
	ok = !memcmp(k, k2, len);
out:
	KCHECK(c, ok, "B_PHYS user buffer of %lu bytes at offset %lu read back equal",
	       len, off);
	kvfree(k);
	kvfree(k2);
	vm_munmap(ua, 2 * (len + off) + PAGE_SIZE);
	return 0;
}

/* The failure contract of scsi_init_pkt(9F). */
static int t_errors(struct ktest_ctx *c, int argc, char **argv)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt;
	size_t big = 64UL << 20;
	char *mem;

	/* DDI_DMA_TOOBIG: no PKT_DMA_PARTIAL, more than one command */
	mem = vmalloc(big);
	bp->b_un.b_addr = mem;
	bp->b_bcount = big;
	bp->b_flags = B_READ;
	pkt = mem ? scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1, 1, 0, 0,
				  NULL_FUNC, NULL) : NULL;
	KCHECK(c, mem && !pkt && (bp->b_flags & B_ERROR) &&
	       bp->b_error == EINVAL,
	       "64 MiB without PKT_DMA_PARTIAL: NULL, B_ERROR, EINVAL (b_error %d)",
	       bp->b_error);
	if (pkt)
		scsi_destroy_pkt(pkt);

	/* with PKT_DMA_PARTIAL the same buffer binds, pkt_resid > 0 */
	bioerror(bp, 0);
	pkt = mem ? scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1, 1, 0,
				  PKT_DMA_PARTIAL, NULL_FUNC, NULL) : NULL;
	KCHECK(c, pkt && pkt->pkt_resid > 0 && pkt->pkt_resid < big &&
	       !(bp->b_flags & B_ERROR),
	       "PKT_DMA_PARTIAL: first window, pkt_resid %zd", pkt ? pkt->pkt_resid : -1);
	if (pkt)
		scsi_destroy_pkt(pkt);
	vfree(mem);

	/* DDI_DMA_NOMAPPING: no memory behind the buffer */
	bioerror(bp, 0);
	bp->b_un.b_addr = NULL;
	bp->b_bcount = 4096;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1, 1, 0, 0,
			    NULL_FUNC, NULL);
	KCHECK(c, !pkt && (bp->b_flags & B_ERROR) && bp->b_error == EFAULT,
	       "unmappable buffer: NULL, B_ERROR, EFAULT (b_error %d)",
	       bp->b_error);

	/* b_bcount 0: no DMA, pkt_resid 0 */
	bioerror(bp, 0);
	bp->b_bcount = 0;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP0, 1, 0, 0,
			    NULL_FUNC, NULL);
	KCHECK(c, pkt && pkt->pkt_resid == 0, "b_bcount 0: packet without DMA");
	if (pkt)
		scsi_destroy_pkt(pkt);

	/* cmdlen beyond the host's maximum fails clearly */
	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, 33, 1, 0, 0, NULL_FUNC, NULL);
	KCHECK(c, !pkt, "cmdlen 33: NULL");
	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP4, 0, 0, 0,
			    NULL_FUNC, NULL);
	KCHECK(c, pkt && pkt->pkt_cdbp && !pkt->pkt_scbp && !pkt->pkt_private,
	       "cmdlen 16 statuslen 0 privatelen 0: no status, no private area");
	if (pkt)
		scsi_destroy_pkt(pkt);

	/* privatelen: zeroed area; statuslen variants */
	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP1,
			    sizeof(struct scsi_arq_status) + 235, 100, PKT_XARQ,
			    NULL_FUNC, NULL);
	if (pkt) {
		uchar_t *p = pkt->pkt_private;
		int i, zero = 1;

		for (i = 0; p && i < 100; i++)
			zero &= p[i] == 0;
		KCHECK(c, p && zero, "privatelen 100: zeroed pkt_private");
		KCHECK(c, pkt->pkt_scbp && pkt->pkt_scblen ==
		       sizeof(struct scsi_arq_status) + 235,
		       "statuslen sizeof(scsi_arq_status) + 235 allocated");
		KCHECK(c, scsi_pkt_allocated_correctly(pkt),
		       "scsi_pkt_allocated_correctly");
		scsi_destroy_pkt(pkt);
	} else {
		KCHECK(c, 0, "packet with privatelen 100 and XARQ status");
	}
	freerbuf(bp);
	return 0;
}

/*
 * Partial windows, then scsi_dmafree and a new binding from the start;
 * asking for a window past the last fails and keeps the packet.
 */
static int t_dmafree(struct ktest_ctx *c, int argc, char **argv)
{
	/* more than one command on any host here (scsi_debug: 8 MiB) */
	size_t len = 32UL << 20;
	struct buf *bp = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt, *p2;
	char *mem = vzalloc(len);
	ssize_t first;
	int n = 1;

	if (!mem) {
		freerbuf(bp);
		return -ENOMEM;
	}
	bp->b_un.b_addr = mem;
	bp->b_bcount = len;
	bp->b_flags = B_READ;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1, 1, 0,
			    PKT_DMA_PARTIAL, SLEEP_FUNC, NULL);
	if (!pkt) {
		KCHECK(c, 0, "bind 8 MiB");
		goto out;
	}
	first = pkt->pkt_resid;
	/* flags 0 on later calls, as sd does: the binding remembers */
	while (pkt->pkt_resid) {
		p2 = scsi_init_pkt(ROUTE(c), pkt, bp, 0, 0, 0, 0, NULL_FUNC,
				   NULL);
		if (p2 != pkt)
			break;
		n++;
	}
	KCHECK(c, pkt->pkt_resid == 0 && n > 1,
	       "%d windows until pkt_resid 0 (first pkt_resid %zd)", n, first);
	p2 = scsi_init_pkt(ROUTE(c), pkt, bp, 0, 0, 0, 0, NULL_FUNC, NULL);
	KCHECK(c, !p2 && (bp->b_flags & B_ERROR) && bp->b_error == EINVAL &&
	       scsi_pkt_allocated_correctly(pkt),
	       "no window past the last: NULL, EINVAL, packet kept");
	bioerror(bp, 0);
	scsi_dmafree(pkt);
	p2 = scsi_init_pkt(ROUTE(c), pkt, bp, 0, 0, 0, PKT_DMA_PARTIAL,
			   NULL_FUNC, NULL);
	KCHECK(c, p2 == pkt && pkt->pkt_resid == first,
	       "scsi_dmafree then scsi_init_pkt binds from the start (pkt_resid %zd)",
	       pkt->pkt_resid);
	scsi_destroy_pkt(pkt);
out:
	vfree(mem);
	freerbuf(bp);
	return 0;
}

static int ktest_noarg_cb(void)
{
	return 1;
}

/* The obsolete allocators, on top of scsi_init_pkt (scsi_pktalloc(9F)...) */
static int t_obsolete(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pkt, *p2;
	struct buf *bp;
	caddr_t data = NULL;
	char *mem;

	/* scsi_pktalloc + scsi_dmaget + transport + scsi_dmafree + scsi_pktfree */
	pkt = scsi_pktalloc(ROUTE(c), CDB_GROUP0,
			    sizeof(struct scsi_arq_status), ktest_noarg_cb);
	KCHECK(c, pkt && pkt->pkt_cdbp && pkt->pkt_scbp,
	       "scsi_pktalloc: packet with CDB and status");
	bp = getrbuf(KM_SLEEP);
	mem = kmem_zalloc(36, KM_SLEEP);
	bp->b_un.b_addr = mem;
	bp->b_bcount = 36;
	bp->b_flags = B_READ;
	if (pkt) {
		p2 = scsi_dmaget(pkt, NULL, SLEEP_FUNC);
		KCHECK(c, p2 == pkt && pkt->pkt_resid == 0,
		       "scsi_dmaget(NULL dmatoken): no resources, packet returned");
		p2 = scsi_dmaget(pkt, (opaque_t)bp, SLEEP_FUNC);
		KCHECK(c, p2 == pkt, "scsi_dmaget(bp)");
		KCHECK(c, ktest_inquiry_into(c, pkt, mem, 36),
		       "INQUIRY through scsi_pktalloc/scsi_dmaget");
		scsi_dmafree(pkt);
		scsi_pktfree(pkt);
	}

	/* scsi_resalloc + scsi_resfree */
	memset(mem, 0, 36);
	pkt = scsi_resalloc(ROUTE(c), CDB_GROUP0,
			    sizeof(struct scsi_arq_status), (opaque_t)bp,
			    NULL_FUNC);
	if (pkt) {
		KCHECK(c, ktest_inquiry_into(c, pkt, mem, 36),
		       "INQUIRY through scsi_resalloc");
		scsi_resfree(pkt);
	} else {
		KCHECK(c, 0, "scsi_resalloc");
	}
	kmem_free(mem, 36);
	freerbuf(bp);

	/* get_pktiopb + free_pktiopb */
	pkt = get_pktiopb(ROUTE(c), &data, CDB_GROUP0,
			  sizeof(struct scsi_arq_status), 36, 1, SLEEP_FUNC);
	KCHECK(c, pkt && data, "get_pktiopb: packet and data area");
	if (pkt) {
		KCHECK(c, ktest_inquiry_into(c, pkt, data, 36),
		       "INQUIRY into the get_pktiopb data area");
		free_pktiopb(pkt, data, 36);
	}
	KCHECK(c, !get_pktiopb(ROUTE(c), NULL, CDB_GROUP0, 1, 36, 1, NULL_FUNC),
	       "get_pktiopb with datap NULL: NULL");
	return 0;
}

/* Example 4 of scsi_init_pkt(9F): a consistent buf with PKT_CONSISTENT. */
static int t_consistent(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pkt;
	struct buf *bp;

	bp = scsi_alloc_consistent_buf(ROUTE(c), NULL, SUN_INQSIZE, B_READ,
				       SLEEP_FUNC, NULL);
	KCHECK(c, bp && bp->b_un.b_addr && bp->b_bcount == SUN_INQSIZE,
	       "scsi_alloc_consistent_buf(SUN_INQSIZE)");
	if (!bp)
		return 0;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP0,
			    sizeof(struct scsi_arq_status), sizeof(void *),
			    PKT_CONSISTENT, SLEEP_FUNC, NULL);
	if (pkt) {
		KCHECK(c, ktest_inquiry_into(c, pkt, bp->b_un.b_addr,
					     SUN_INQSIZE),
		       "INQUIRY data visible in the consistent buffer");
		scsi_destroy_pkt(pkt);
	}
	scsi_free_consistent_buf(bp);
	bp = scsi_alloc_consistent_buf(ROUTE(c), NULL, 1UL << 30, B_READ,
				       SLEEP_FUNC, NULL);
	KCHECK(c, !bp, "SLEEP_FUNC consistent buf of 1 GiB fails instead of spinning");
	scsi_free_consistent_buf(bp);
	return 0;
}

/*
 * runout_mem: a memory shortage with nothing else in flight.  The guest
 * arms one injected failure of the shim's packet allocation
 * (failslab on the scsa_pkt cache, times 1) before running this.  The
 * callback must still run: no packet is ever released to trigger it, so
 * only the shim's memory-shortage retry can.
 */
static int t_runout_mem(struct ktest_ctx *c, int argc, char **argv)
{
	struct ktest_rcb r = { .c = c };
	struct scsi_pkt *pkt;
	char *mem;

	init_completion(&r.done);
	r.bp = ktest_small_buf(&mem);
	pkt = scsi_init_pkt(ROUTE(c), NULL, r.bp, CDB_GROUP1, 1, 0, 0,
			    ktest_rcb_fn, (caddr_t)&r);
	KCHECK(c, !pkt, "injected memory failure: scsi_init_pkt returned NULL");
	if (pkt) {
		scsi_destroy_pkt(pkt);
		freerbuf(r.bp);
		kmem_free(mem, 512);
		return 0;
	}
	KCHECK(c, r.bp->b_error == 0 && !(r.bp->b_flags & B_ERROR),
	       "memory shortage is transient: b_error 0, no B_ERROR");
	KCHECK(c, wait_for_completion_timeout(&r.done, 5 * HZ),
	       "callback ran within 5 s with no packet released");
	if (!atomic_read(&r.calls)) {
		/* still queued: leave its memory to it (leak, never free) */
		klog(c, "callback still queued: buffers leaked on purpose");
		return 0;
	}
	KCHECK(c, r.got != NULL, "callback's own scsi_init_pkt succeeded");
	KCHECK(c, r.preemptible, "callback ran in a thread where it may block");
	if (r.got)
		scsi_destroy_pkt(r.got);
	freerbuf(r.bp);
	kmem_free(mem, 512);
	return 0;
}

/*
 * slots N: the host's command slots as SCSA sees them.  The guest limits
 * the LUN's queue to N requests (queue/nr_requests with no I/O scheduler)
 * and slows the vhba down (delay_us), so commands stay in flight.  Sends
 * TEST UNIT READY packets with pkt_comp until scsi_transport() says
 * TRAN_BUSY: exactly N must be accepted.  After they complete, a command
 * is accepted again.
 */
#define KTEST_MAX_SLOTS	64

struct ktest_slots {
	atomic_t done;
	wait_queue_head_t wq;
};

static void ktest_slots_comp(struct scsi_pkt *pkt)
{
	struct ktest_slots *ks = (struct ktest_slots *)pkt->pkt_private;

	atomic_inc(&ks->done);
	wake_up(&ks->wq);
}

static struct scsi_pkt *ktest_tur_pkt(struct ktest_ctx *c,
				      struct ktest_slots *ks)
{
	struct scsi_pkt *pkt;

	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	if (!pkt)
		return NULL;
	memset(pkt->pkt_cdbp, 0, CDB_GROUP0);	/* TEST UNIT READY */
	pkt->pkt_comp = ktest_slots_comp;
	pkt->pkt_private = (opaque_t)ks;
	pkt->pkt_time = 30;
	return pkt;
}

static int t_slots(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pkt[KTEST_MAX_SLOTS + 1], *extra;
	struct ktest_slots ks;
	unsigned int want, n = 0, i;
	int rv = TRAN_ACCEPT;
	long left;

	if (argc < 1 || kstrtouint(argv[0], 0, &want) || !want ||
	    want > KTEST_MAX_SLOTS)
		return -EINVAL;
	atomic_set(&ks.done, 0);
	init_waitqueue_head(&ks.wq);
	for (i = 0; i <= want; i++) {
		pkt[i] = ktest_tur_pkt(c, &ks);
		if (!pkt[i]) {
			klog(c, "FAILED: scsi_init_pkt of packet %u", i);
			c->failed++;
			want = i;	/* destroy only those we have */
			goto out_destroy;
		}
	}
	while (n <= want) {
		rv = scsi_transport(pkt[n]);
		if (rv != TRAN_ACCEPT)
			break;
		n++;
	}
	KCHECK(c, n == want && rv == TRAN_BUSY,
	       "%u of %u commands accepted, then TRAN_BUSY (got %u, last %d)",
	       want, want + 1, n, rv);
	/* every accepted packet's pkt_comp must run before anything is freed */
	left = wait_event_killable_timeout(ks.wq,
					   atomic_read(&ks.done) == n, 60 * HZ);
	if (left <= 0) {
		klog(c, "FAILED: %d of %u completions: packets leaked on purpose",
		     atomic_read(&ks.done), n);
		c->failed++;
		return 0;
	}
	/* slots free again: the refused packet goes through */
	if (n < want + 1) {
		extra = pkt[n];
		rv = scsi_transport(extra);
		KCHECK(c, rv == TRAN_ACCEPT,
		       "TRAN_ACCEPT again once the slots came free (%d)", rv);
		if (rv == TRAN_ACCEPT)
			left = wait_event_killable_timeout(ks.wq,
					atomic_read(&ks.done) == n + 1, 60 * HZ);
		if (rv == TRAN_ACCEPT && left <= 0) {
			klog(c, "FAILED: last command never completed: leaked");
			c->failed++;
			return 0;
		}
	}
	want++;
out_destroy:
	for (i = 0; i < want; i++)
		scsi_destroy_pkt(pkt[i]);
	return 0;
}

/* See ktest_int.h. */
unsigned long ktest_user_page(struct ktest_ctx *c)
{
	unsigned long ua = vm_mmap(NULL, 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
				   MAP_ANONYMOUS | MAP_PRIVATE, 0);

	if (IS_ERR_VALUE(ua)) {
		KCHECK(c, 0, "vm_mmap of a user page");
		return 0;
	}
	return ua;
}

static const struct ktest_case ktest_cases[] = {
	{ "inquiry", t_inquiry },
	{ "readcap", t_readcap },
	{ "check", t_check },
	{ "timeout", t_timeout },
	{ "poll", t_poll },
	{ "rw", t_rw },
	{ "rwk", t_rwk },
	{ "uphys", t_uphys },
	{ "errors", t_errors },
	{ "dmafree", t_dmafree },
	{ "obsolete", t_obsolete },
	{ "consistent", t_consistent },
	{ "runout", t_runout },
	{ "runout_perm", t_runout_perm },
	{ "runout_rereg", t_runout_rereg },
	{ "runout_order", t_runout_order },
	{ "runout_stress", t_runout_stress },
	{ "runout_leave", t_runout_leave },
	{ "runout_count", t_runout_count },
	{ "runout_mem", t_runout_mem },
	{ "slots", t_slots },
	{ }
};

static const struct ktest_case *const ktest_tables[] = {
	ktest_cases, ktest_dma_cases, ktest_ctl_cases, ktest_ddi_cases,
	ktest_cdev_cases, ktest_kstat_cases, ktest_props_cases,
	ktest_uscsi_cases, ktest_sol_cases, ktest_sync_cases,
};

static const struct ktest_case *ktest_find(const char *name)
{
	const struct ktest_case *t;
	int i;

	for (i = 0; i < ARRAY_SIZE(ktest_tables); i++)
		for (t = ktest_tables[i]; t->name; t++)
			if (!strcmp(t->name, name))
				return t;
	return NULL;
}

int ktest_run(const char *test, const char *hctl, int argc, char **argv,
	      char *log, size_t logsz)
{
	struct ktest_ctx c = { .log = log, .logsz = logsz };
	const struct ktest_case *t = ktest_find(test);
	struct ktest_unit *un;
	int rv;

	log[0] = 0;
	mutex_lock(&ktest_lock);
	list_for_each_entry(un, &ktest_units, node)
		if (!strcmp(un->name, hctl))
			c.un = un;
	rv = c.un ? -EINVAL : -ENODEV;
	if (c.un && t) {
		rv = t->fn(&c, argc, argv);
		if (!rv && c.failed)
			rv = -EIO;
	}
	mutex_unlock(&ktest_lock);
	return rv;
}

static int ktest_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	struct ktest_unit *un;

	if (cmd != DDI_ATTACH || scsi_probe(sd, SLEEP_FUNC) != SCSIPROBE_EXISTS)
		return DDI_FAILURE;
	un = kmem_zalloc(sizeof(*un), KM_SLEEP);
	un->dip = dip;
	un->sd = sd;
	strscpy(un->name, dev_name(ddi_get_linux_device(dip)), sizeof(un->name));
	sd->sd_private = (caddr_t)un;
	mutex_lock(&ktest_lock);
	list_add_tail(&un->node, &ktest_units);
	mutex_unlock(&ktest_lock);
	return DDI_SUCCESS;
}

static int ktest_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	struct ktest_unit *un = (struct ktest_unit *)sd->sd_private;

	ddi_remove_minor_node(dip, NULL);	/* a node the cdev case made */
	mutex_lock(&ktest_lock);
	list_del(&un->node);
	mutex_unlock(&ktest_lock);
	kmem_free(un, sizeof(*un));
	scsi_unprobe(sd);
	return DDI_SUCCESS;
}

static struct dev_ops ktest_ops = {
	.devo_rev	= DEVO_REV,
	.devo_attach	= ktest_attach,
	.devo_detach	= ktest_detach,
	.devo_cb_ops	= &ktest_cb_ops,
};

static const char * const ktest_aliases[] = { "scsiclass,00", NULL };

static struct modldrv ktest_modldrv = {
	.drv_modops	= &mod_driverops,
	.drv_linkinfo	= "scsa_ktest",
	.drv_dev_ops	= &ktest_ops,
	.drv_aliases	= ktest_aliases,
};

static struct modlinkage ktest_modlinkage = {
	.ml_rev = MODREV_1,
	.ml_linkage = { &ktest_modldrv, NULL },
};

int _init(void)
{
	return mod_install(&ktest_modlinkage);
}

int _fini(void)
{
	ktest_kstat_fini();	/* what "kstat_* keep" left */
	ktest_props_fini();
	return mod_remove(&ktest_modlinkage);
}
