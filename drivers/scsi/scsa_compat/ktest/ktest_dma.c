// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_dma.c - scsa_ktest: DMA binding and window cases (issue 3
 * traceability rows).  Solaris side: SCSA and DDI interfaces only (see
 * ktest_int.h).
 *
 *   dma_derr          CMD_DMA_DERR for an unexpected data phase
 *   consistent_intr   PKT_CONSISTENT (or PKT_CONSISTENT_OLD) data visible
 *                     in an interrupt-driven pkt_comp
 *   rebound           a bound packet passed again without PKT_DMA_PARTIAL
 *   keep_areas        moving to the next window keeps the packet's areas
 *   iopb_write        get_pktiopb() with readflag 0
 *   obs_runout        runout callbacks of the obsolete allocators
 *   obs_context       the obsolete allocators where sleeping is not allowed
 *
 * The data cases use blocks from KD_LBA on; the guest runs them on the
 * scsa_vhba LUN.
 */
#include "ktest_int.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/completion.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/atomic.h>
#include <linux/preempt.h>
#include <linux/vmalloc.h>

#define KD_LBA		4096	/* 2 MiB into the LUN */
#define KD_BLK		512

static void kd_pattern(char *p, size_t len, u32 seed)
{
	size_t i;

	for (i = 0; i < len; i++)
		p[i] = (char)((i * 31 + seed * 7 + (i >> 9)) ^ (seed >> 3));
}

static void kd_rw_cdb(uchar_t *cdb, bool rd, uint_t lba, uint_t nblk)
{
	memset(cdb, 0, CDB_GROUP1);
	cdb[0] = rd ? SCMD_READ_G1 : SCMD_WRITE_G1;
	FORMG1ADDR(cdb, lba);
	FORMG1COUNT(cdb, nblk);
}

/*
 * Polled READ(10)/WRITE(10) of @len bytes at @lba from kernel memory, the
 * buf direction as the CDB.  Returns 0 when the command completed GOOD.
 */
static int kd_io(struct ktest_ctx *c, bool rd, uint_t lba, char *data,
		 size_t len)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	uchar_t cdb[CDB_GROUP1];
	struct scsi_pkt *pkt;
	int tran, rv = -1;

	bp->b_un.b_addr = data;
	bp->b_bcount = len;
	bp->b_flags = rd ? B_READ : B_WRITE;
	kd_rw_cdb(cdb, rd, lba, len / KD_BLK);
	pkt = ktest_cmd(c, cdb, CDB_GROUP1, bp,
			sizeof(struct scsi_arq_status), 0, 10, &tran);
	if (pkt) {
		if (tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT &&
		    (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD &&
		    pkt->pkt_resid == 0)
			rv = 0;
		scsi_destroy_pkt(pkt);
	}
	freerbuf(bp);
	return rv;
}

/* ---- dma_derr: only one direction per command (scsi_pktalloc(9F)) ---- */

/*
 * Transport @cdb polled with a buf of @flags over @data (NULL: no buf) and
 * return its pkt_reason, or -1 if it did not get that far.
 */
static int kd_reason(struct ktest_ctx *c, const uchar_t *cdb, char *data,
		     size_t len, int flags)
{
	struct buf *bp = NULL;
	struct scsi_pkt *pkt;
	int tran, reason = -1;

	if (data) {
		bp = getrbuf(KM_SLEEP);
		bp->b_un.b_addr = data;
		bp->b_bcount = len;
		bp->b_flags = flags;
	}
	pkt = ktest_cmd(c, cdb, CDB_GROUP1, bp,
			sizeof(struct scsi_arq_status), 0, 10, &tran);
	if (pkt) {
		if (tran == TRAN_ACCEPT)
			reason = pkt->pkt_reason;
		scsi_destroy_pkt(pkt);
	}
	if (bp)
		freerbuf(bp);
	return reason;
}

static int t_dma_derr(struct ktest_ctx *c, int argc, char **argv)
{
	size_t len = 8 * KD_BLK;
	char *w = kmem_zalloc(len, KM_SLEEP);
	char *r = kmem_zalloc(len, KM_SLEEP);
	char *x = kmem_zalloc(len, KM_SLEEP);
	uchar_t cdb[CDB_GROUP1];
	int reason;

	kd_pattern(w, len, 21);
	KCHECK(c, kd_io(c, false, KD_LBA, w, len) == 0,
	       "WRITE(10) of %zu bytes with a write buf: GOOD", len);

	/* READ CDB, write-direction buf: data would arrive the wrong way */
	kd_pattern(x, len, 22);
	memcpy(r, x, len);
	kd_rw_cdb(cdb, true, KD_LBA, len / KD_BLK);
	reason = kd_reason(c, cdb, x, len, B_WRITE);
	KCHECK(c, reason == CMD_DMA_DERR,
	       "READ(10) with a B_WRITE buf: pkt_reason CMD_DMA_DERR (%d)",
	       reason);
	KCHECK(c, !memcmp(x, r, len), "the B_WRITE buf was not written into");

	/* WRITE CDB, read-direction buf: the medium must not change */
	memset(x, 0, len);
	kd_rw_cdb(cdb, false, KD_LBA, len / KD_BLK);
	reason = kd_reason(c, cdb, x, len, B_READ);
	KCHECK(c, reason == CMD_DMA_DERR,
	       "WRITE(10) with a B_READ buf: pkt_reason CMD_DMA_DERR (%d)",
	       reason);

	/* a data phase where none is expected (no buf) */
	kd_rw_cdb(cdb, true, KD_LBA, len / KD_BLK);
	reason = kd_reason(c, cdb, NULL, 0, 0);
	KCHECK(c, reason == CMD_DMA_DERR,
	       "READ(10) of 8 blocks without a buf: pkt_reason CMD_DMA_DERR (%d)",
	       reason);
	kd_rw_cdb(cdb, false, KD_LBA, len / KD_BLK);
	reason = kd_reason(c, cdb, NULL, 0, 0);
	KCHECK(c, reason == CMD_DMA_DERR,
	       "WRITE(10) of 8 blocks without a buf: pkt_reason CMD_DMA_DERR (%d)",
	       reason);

	/* no data phase and no buf: a normal command */
	kd_rw_cdb(cdb, true, KD_LBA, 0);
	reason = kd_reason(c, cdb, NULL, 0, 0);
	KCHECK(c, reason == CMD_CMPLT,
	       "READ(10) of 0 blocks without a buf: CMD_CMPLT (%d)", reason);

	KCHECK(c, kd_io(c, true, KD_LBA, r, len) == 0 && !memcmp(w, r, len),
	       "medium unchanged by the refused commands, the right direction still works");
	kmem_free(w, len);
	kmem_free(r, len);
	kmem_free(x, len);
	return 0;
}

/* ---- consistent_intr [old]: PKT_CONSISTENT and an interrupt pkt_comp ---- */

#define KD_CONS_LEN	(4 * KD_BLK)

static struct {
	struct completion done;
	struct buf *bp;
	char seen[KD_CONS_LEN];		/* the buffer as pkt_comp saw it */
	int reason, status, calls;
	bool preemptible;
	bool leaked;			/* a packet was left in transport */
} kd_cons;

static void kd_cons_comp(struct scsi_pkt *pkt)
{
	memcpy(kd_cons.seen, kd_cons.bp->b_un.b_addr, KD_CONS_LEN);
	kd_cons.reason = pkt->pkt_reason;
	kd_cons.status = *pkt->pkt_scbp & STATUS_MASK;
	kd_cons.preemptible = preemptible();
	kd_cons.calls++;
	complete(&kd_cons.done);
}

static int t_consistent_intr(struct ktest_ctx *c, int argc, char **argv)
{
	bool old = argc > 0 && !strcmp(argv[0], "old");
	int flag = old ? PKT_CONSISTENT_OLD : PKT_CONSISTENT;
	const char *fname = old ? "PKT_CONSISTENT_OLD" : "PKT_CONSISTENT";
	char *w = kmem_zalloc(KD_CONS_LEN, KM_SLEEP);
	struct scsi_pkt *pkt;
	struct buf *bp;
	int rd;

	if (kd_cons.leaked) {
		kmem_free(w, KD_CONS_LEN);
		return -EBUSY;
	}
	kd_pattern(w, KD_CONS_LEN, old ? 31 : 32);
	KCHECK(c, kd_io(c, false, KD_LBA, w, KD_CONS_LEN) == 0,
	       "pattern of %d bytes written", KD_CONS_LEN);

	for (rd = 1; rd >= 0; rd--) {
		bp = scsi_alloc_consistent_buf(ROUTE(c), NULL, KD_CONS_LEN,
					       rd ? B_READ : B_WRITE,
					       SLEEP_FUNC, NULL);
		if (!bp) {
			KCHECK(c, 0, "scsi_alloc_consistent_buf(%d)", KD_CONS_LEN);
			break;
		}
		if (rd) {
			/* not the pattern: a stale buffer cannot pass */
			memset(bp->b_un.b_addr, 0xa5, KD_CONS_LEN);
		} else {
			/* write the pattern's complement back */
			int i;

			for (i = 0; i < KD_CONS_LEN; i++)
				w[i] = ~w[i];
			memcpy(bp->b_un.b_addr, w, KD_CONS_LEN);
		}
		pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1,
				    sizeof(struct scsi_arq_status), 0, flag,
				    SLEEP_FUNC, NULL);
		KCHECK(c, pkt && pkt->pkt_resid == 0,
		       "scsi_init_pkt(%s) of a consistent %s buf", fname,
		       rd ? "B_READ" : "B_WRITE");
		if (!pkt) {
			scsi_free_consistent_buf(bp);
			break;
		}
		kd_rw_cdb(pkt->pkt_cdbp, rd, KD_LBA, KD_CONS_LEN / KD_BLK);
		pkt->pkt_flags = 0;	/* interrupt-driven */
		pkt->pkt_time = 10;
		pkt->pkt_comp = kd_cons_comp;
		init_completion(&kd_cons.done);
		kd_cons.bp = bp;
		kd_cons.calls = 0;
		memset(kd_cons.seen, 0, KD_CONS_LEN);
		if (scsi_transport(pkt) != TRAN_ACCEPT) {
			KCHECK(c, 0, "%s: TRAN_ACCEPT", rd ? "READ" : "WRITE");
			scsi_destroy_pkt(pkt);
			scsi_free_consistent_buf(bp);
			break;
		}
		if (!wait_for_completion_timeout(&kd_cons.done, 30 * HZ)) {
			/* still in transport: leave packet and buf to it */
			KCHECK(c, 0, "pkt_comp called within 30 s");
			kd_cons.leaked = true;
			break;
		}
		KCHECK(c, kd_cons.calls == 1 && kd_cons.reason == CMD_CMPLT &&
		       kd_cons.status == STATUS_GOOD,
		       "%s: pkt_comp called once, CMD_CMPLT, STATUS_GOOD",
		       rd ? "READ" : "WRITE");
		KCHECK(c, kd_cons.preemptible,
		       "pkt_comp ran in a completion thread where it may block");
		if (rd)
			KCHECK(c, !memcmp(kd_cons.seen, w, KD_CONS_LEN),
			       "%s: READ data visible to the CPU inside pkt_comp",
			       fname);
		scsi_destroy_pkt(pkt);
		scsi_free_consistent_buf(bp);
		if (!rd) {
			char *r = kmem_zalloc(KD_CONS_LEN, KM_SLEEP);

			KCHECK(c, kd_io(c, true, KD_LBA, r, KD_CONS_LEN) == 0 &&
			       !memcmp(r, w, KD_CONS_LEN),
			       "%s: the WRITE from the consistent buf reached the medium",
			       fname);
			kmem_free(r, KD_CONS_LEN);
		}
	}
	kmem_free(w, KD_CONS_LEN);
	return 0;
}

/* ---- rebound [windows]: a bound packet again, no PKT_DMA_PARTIAL ---- */

static int t_rebound(struct ktest_ctx *c, int argc, char **argv)
{
	size_t len = 8 * KD_BLK;
	char *w = kmem_zalloc(len, KM_SLEEP);
	char *r = kmem_zalloc(len, KM_SLEEP);
	char *mem2 = kmem_zalloc(KD_BLK, KM_SLEEP);
	struct buf *bp = getrbuf(KM_SLEEP);
	struct buf *bp2 = getrbuf(KM_SLEEP);
	struct scsi_pkt *pkt, *p2;
	unsigned int windows = 0;
	uchar_t cdb[CDB_GROUP1];
	int i, same = 1;

	if (argc > 0 && kstrtouint(argv[0], 0, &windows))
		windows = 0;
	kd_pattern(w, len, 41);
	KCHECK(c, kd_io(c, false, KD_LBA, w, len) == 0,
	       "pattern of %zu bytes written", len);
	bp->b_un.b_addr = r;
	bp->b_bcount = len;
	bp->b_flags = B_READ;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1,
			    sizeof(struct scsi_arq_status), 0, 0, SLEEP_FUNC,
			    NULL);
	KCHECK(c, pkt && pkt->pkt_resid == 0,
	       "bound without PKT_DMA_PARTIAL: whole buf, pkt_resid 0");
	if (!pkt)
		goto out;
	kd_rw_cdb(pkt->pkt_cdbp, true, KD_LBA, len / KD_BLK);
	memcpy(cdb, pkt->pkt_cdbp, CDB_GROUP1);
	for (i = 0; i < 3; i++) {
		p2 = scsi_init_pkt(ROUTE(c), pkt, bp, 0, 0, 0, 0, NULL_FUNC,
				   NULL);
		same &= p2 == pkt && pkt->pkt_resid == 0 &&
			!(bp->b_flags & B_ERROR) &&
			!memcmp(pkt->pkt_cdbp, cdb, CDB_GROUP1);
	}
	KCHECK(c, same,
	       "passed again 3 times (flags 0, NULL_FUNC): the same packet, pkt_resid 0, CDB kept, no B_ERROR");
	if (windows == 1) {
		/* the host has one window and this packet holds it */
		bp2->b_un.b_addr = mem2;
		bp2->b_bcount = KD_BLK;
		bp2->b_flags = B_READ;
		p2 = scsi_init_pkt(ROUTE(c), NULL, bp2, CDB_GROUP1, 1, 0, 0,
				   NULL_FUNC, NULL);
		KCHECK(c, !p2 && !(bp2->b_flags & B_ERROR),
		       "the host's only window is held: another binding fails (transient)");
		if (p2)
			scsi_destroy_pkt(p2);
		p2 = scsi_init_pkt(ROUTE(c), pkt, bp, 0, 0, 0, 0, NULL_FUNC,
				   NULL);
		KCHECK(c, p2 == pkt,
		       "passing the bound packet again needs no second window");
	}
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = 10;
	KCHECK(c, scsi_transport(pkt) == TRAN_ACCEPT &&
	       pkt->pkt_reason == CMD_CMPLT &&
	       (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD &&
	       pkt->pkt_resid == 0 && !memcmp(r, w, len),
	       "the packet still carries its whole binding: %zu bytes read equal",
	       len);
	scsi_destroy_pkt(pkt);
out:
	freerbuf(bp);
	freerbuf(bp2);
	kmem_free(w, len);
	kmem_free(r, len);
	kmem_free(mem2, KD_BLK);
	return 0;
}

/*
 * ---- keep_areas: moving to the next window ignores cmdlen, statuslen
 * and privatelen and leaves the CDB, status and private areas alone ----
 */
static int t_keep_areas(struct ktest_ctx *c, int argc, char **argv)
{
	size_t len = 4UL << 20;		/* more than one window on any host */
	uchar_t *cdbp, *scbp, cdb[CDB_GROUP1], priv[24];
	struct buf *bp = getrbuf(KM_SLEEP);
	char *mem = vzalloc(len);
	struct scsi_pkt *pkt, *p2;
	ssize_t resid;
	void *privp;
	int moves = 0, kept = 1, i;

	if (!mem) {
		freerbuf(bp);
		return -ENOMEM;
	}
	bp->b_un.b_addr = mem;
	bp->b_bcount = len;
	bp->b_flags = B_READ;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1,
			    sizeof(struct scsi_arq_status), sizeof(priv),
			    PKT_DMA_PARTIAL, SLEEP_FUNC, NULL);
	KCHECK(c, pkt && pkt->pkt_resid > 0 && pkt->pkt_private,
	       "first window of %zu bytes (pkt_resid %zd), private area", len,
	       pkt ? pkt->pkt_resid : -1);
	if (!pkt || !pkt->pkt_resid)
		goto out;
	/* contents the target put there before asking for the next window */
	kd_rw_cdb(pkt->pkt_cdbp, true, KD_LBA, 1);
	memcpy(cdb, pkt->pkt_cdbp, CDB_GROUP1);
	for (i = 0; i < sizeof(priv); i++)
		priv[i] = (uchar_t)(0x30 + i);
	memcpy(pkt->pkt_private, priv, sizeof(priv));
	pkt->pkt_scbp[0] = 0x5a;
	cdbp = pkt->pkt_cdbp;
	scbp = pkt->pkt_scbp;
	privp = pkt->pkt_private;
	while (pkt->pkt_resid) {
		resid = pkt->pkt_resid;
		/* other lengths than at allocation: they must be ignored */
		p2 = scsi_init_pkt(ROUTE(c), pkt, bp, CDB_GROUP4, 1, 100, 0,
				   NULL_FUNC, NULL);
		if (p2 != pkt || pkt->pkt_resid >= resid) {
			KCHECK(c, 0, "next window after pkt_resid %zd", resid);
			break;
		}
		moves++;
		kept &= pkt->pkt_cdbp == cdbp && pkt->pkt_scbp == scbp &&
			pkt->pkt_private == privp &&
			pkt->pkt_cdblen == CDB_GROUP1 &&
			pkt->pkt_scblen == sizeof(struct scsi_arq_status) &&
			pkt->pkt_tgtlen == sizeof(priv) &&
			!memcmp(pkt->pkt_cdbp, cdb, CDB_GROUP1) &&
			!memcmp(pkt->pkt_private, priv, sizeof(priv)) &&
			pkt->pkt_scbp[0] == 0x5a;
	}
	KCHECK(c, moves > 0 && kept,
	       "%d moves with cmdlen 16, statuslen 1, privatelen 100: areas, their lengths and contents kept",
	       moves);
	/* the areas still work: one command through the last window */
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = 10;
	KCHECK(c, scsi_transport(pkt) == TRAN_ACCEPT &&
	       pkt->pkt_reason == CMD_CMPLT &&
	       (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD,
	       "READ(10) of 1 block through the kept CDB: GOOD");
	scsi_destroy_pkt(pkt);
out:
	vfree(mem);
	freerbuf(bp);
	return 0;
}

/* ---- iopb_write: get_pktiopb(readflag 0) ---- */

static int t_iopb_write(struct ktest_ctx *c, int argc, char **argv)
{
	size_t len = 2 * KD_BLK;
	char *w = kmem_zalloc(len, KM_SLEEP);
	char *r = kmem_zalloc(len, KM_SLEEP);
	struct scsi_pkt *pkt;
	caddr_t data = NULL;

	kd_pattern(w, len, 51);
	pkt = get_pktiopb(ROUTE(c), &data, CDB_GROUP1,
			  sizeof(struct scsi_arq_status), len, 0, SLEEP_FUNC);
	KCHECK(c, pkt && data, "get_pktiopb(readflag 0): packet and data area");
	if (pkt) {
		memcpy(data, w, len);
		kd_rw_cdb(pkt->pkt_cdbp, false, KD_LBA, len / KD_BLK);
		pkt->pkt_flags = FLAG_NOINTR;
		pkt->pkt_time = 10;
		KCHECK(c, scsi_transport(pkt) == TRAN_ACCEPT &&
		       pkt->pkt_reason == CMD_CMPLT &&
		       (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD &&
		       (pkt->pkt_state & STATE_XFERRED_DATA) &&
		       pkt->pkt_resid == 0,
		       "WRITE(10) from the data area: GOOD, %zu bytes moved", len);
		free_pktiopb(pkt, data, len);
	}
	KCHECK(c, kd_io(c, true, KD_LBA, r, len) == 0 && !memcmp(r, w, len),
	       "readflag 0: the data area's bytes reached the medium");

	/* readflag 0 means data out: a READ CDB on it is a wrong direction */
	pkt = get_pktiopb(ROUTE(c), &data, CDB_GROUP1,
			  sizeof(struct scsi_arq_status), len, 0, SLEEP_FUNC);
	if (pkt) {
		memset(data, 0x5a, len);
		kd_rw_cdb(pkt->pkt_cdbp, true, KD_LBA, len / KD_BLK);
		pkt->pkt_flags = FLAG_NOINTR;
		pkt->pkt_time = 10;
		KCHECK(c, scsi_transport(pkt) == TRAN_ACCEPT &&
		       pkt->pkt_reason == CMD_DMA_DERR &&
		       ((uchar_t *)data)[0] == 0x5a,
		       "readflag 0 with a READ CDB: CMD_DMA_DERR, data area untouched (reason %d)",
		       pkt->pkt_reason);
		free_pktiopb(pkt, data, len);
	} else {
		KCHECK(c, 0, "second get_pktiopb(readflag 0)");
	}
	/* and readflag 1 reads the same bytes back */
	pkt = get_pktiopb(ROUTE(c), &data, CDB_GROUP1,
			  sizeof(struct scsi_arq_status), len, 1, SLEEP_FUNC);
	if (pkt) {
		kd_rw_cdb(pkt->pkt_cdbp, true, KD_LBA, len / KD_BLK);
		pkt->pkt_flags = FLAG_NOINTR;
		pkt->pkt_time = 10;
		KCHECK(c, scsi_transport(pkt) == TRAN_ACCEPT &&
		       pkt->pkt_reason == CMD_CMPLT && !memcmp(data, w, len),
		       "get_pktiopb(readflag 1) reads them back");
		free_pktiopb(pkt, data, len);
	} else {
		KCHECK(c, 0, "get_pktiopb(readflag 1)");
	}
	kmem_free(w, len);
	kmem_free(r, len);
	return 0;
}

/* ---- obs_runout <windows>: the obsolete allocators' runout callbacks ---- */

#define KD_HOLD_MAX	16

/*
 * State of the callbacks.  Static, not on the stack: a callback left queued
 * by a failed run must find it (the module's callbacks are cancelled at
 * unload).  Runs are serialised by scsa_ktest.
 */
static struct {
	struct scsi_address *ap;
	struct buf *bp_res, *bp_dma;
	char *mem_res, *mem_dma;
	struct scsi_pkt *pkt_dma;		/* from scsi_pktalloc */
	struct scsi_pkt *got_res, *got_dma, *got_iopb, *got_pa, *got_perm;
	caddr_t iopb_data;
	atomic_t calls_res, calls_dma, calls_iopb, calls_pa, calls_perm;
	atomic_t sleepable;		/* calls where sleeping was allowed */
	atomic_t in_caller;		/* calls in the test's own thread */
	struct task_struct *caller;
	atomic_t done;
	bool busy;			/* callbacks may still be queued */
} kd_obs;

static void kd_obs_called(atomic_t *calls)
{
	atomic_inc(calls);
	if (get_current() == kd_obs.caller)
		atomic_inc(&kd_obs.in_caller);
	if (preemptible())
		atomic_inc(&kd_obs.sleepable);
}

static int kd_obs_res_cb(void)
{
	kd_obs_called(&kd_obs.calls_res);
	kd_obs.got_res = scsi_resalloc(kd_obs.ap, CDB_GROUP1, 1,
				       (opaque_t)kd_obs.bp_res, NULL_FUNC);
	if (!kd_obs.got_res)
		return 0;		/* still short: call me again */
	atomic_inc(&kd_obs.done);
	return 1;
}

static int kd_obs_dma_cb(void)
{
	kd_obs_called(&kd_obs.calls_dma);
	kd_obs.got_dma = scsi_dmaget(kd_obs.pkt_dma, (opaque_t)kd_obs.bp_dma,
				     NULL_FUNC);
	if (!kd_obs.got_dma)
		return 0;
	atomic_inc(&kd_obs.done);
	return 1;
}

static int kd_obs_iopb_cb(caddr_t arg)
{
	kd_obs_called(&kd_obs.calls_iopb);
	kd_obs.got_iopb = get_pktiopb(kd_obs.ap, &kd_obs.iopb_data,
				      CDB_GROUP0, 1, SUN_INQSIZE, 1, NULL_FUNC);
	if (!kd_obs.got_iopb)
		return 0;
	atomic_inc(&kd_obs.done);
	return 1;
}

static int kd_obs_pa_cb(void)
{
	kd_obs_called(&kd_obs.calls_pa);
	kd_obs.got_pa = scsi_pktalloc(kd_obs.ap, CDB_GROUP0, 1, NULL_FUNC);
	if (!kd_obs.got_pa)
		return 0;
	atomic_inc(&kd_obs.done);
	return 1;
}

static int kd_obs_perm_cb(caddr_t arg)
{
	kd_obs_called(&kd_obs.calls_perm);
	kd_obs.got_perm = scsi_init_pkt(kd_obs.ap, NULL, NULL, CDB_GROUP0, 1,
					0, 0, NULL_FUNC, NULL);
	if (!kd_obs.got_perm)
		return 0;
	atomic_inc(&kd_obs.done);
	return 1;
}

static struct buf *kd_small_buf(char **mem)
{
	struct buf *bp = getrbuf(KM_SLEEP);

	*mem = kmem_zalloc(KD_BLK, KM_SLEEP);
	bp->b_un.b_addr = *mem;
	bp->b_bcount = KD_BLK;
	bp->b_flags = B_READ;
	return bp;
}

static int t_obs_runout(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *hold[KD_HOLD_MAX], *p;
	unsigned int windows, n, i;
	caddr_t data = NULL;
	char *hmem;
	struct buf *hbp;
	int late;

	if (argc < 1 || kstrtouint(argv[0], 0, &windows) || windows < 3 ||
	    windows > KD_HOLD_MAX)
		return -EINVAL;
	if (kd_obs.busy)
		return -EBUSY;
	memset(&kd_obs, 0, sizeof(kd_obs));
	kd_obs.busy = true;
	kd_obs.ap = ROUTE(c);
	kd_obs.caller = get_current();
	kd_obs.bp_res = kd_small_buf(&kd_obs.mem_res);
	kd_obs.bp_dma = kd_small_buf(&kd_obs.mem_dma);
	hbp = kd_small_buf(&hmem);

	/* the packet scsi_dmaget will need; no window is taken for it */
	kd_obs.pkt_dma = scsi_pktalloc(ROUTE(c), CDB_GROUP1, 1, NULL_FUNC);
	KCHECK(c, kd_obs.pkt_dma != NULL, "scsi_pktalloc without DMA");
	if (!kd_obs.pkt_dma)
		goto out;

	for (n = 0; n < windows; n++) {
		hold[n] = scsi_init_pkt(ROUTE(c), NULL, hbp, CDB_GROUP1, 1, 0,
					0, NULL_FUNC, NULL);
		if (!hold[n])
			break;
	}
	KCHECK(c, n == windows, "%u packets bound (all the host's windows)",
	       windows);

	/* a shortage: each obsolete allocator fails and queues its callback */
	p = scsi_resalloc(ROUTE(c), CDB_GROUP1, 1, (opaque_t)kd_obs.bp_res,
			  kd_obs_res_cb);
	KCHECK(c, !p && !(kd_obs.bp_res->b_flags & B_ERROR) &&
	       kd_obs.bp_res->b_error == 0,
	       "scsi_resalloc: NULL in a shortage, b_error 0, no B_ERROR");
	if (p)
		scsi_resfree(p);
	p = scsi_dmaget(kd_obs.pkt_dma, (opaque_t)kd_obs.bp_dma,
			kd_obs_dma_cb);
	KCHECK(c, !p && !(kd_obs.bp_dma->b_flags & B_ERROR) &&
	       scsi_pkt_allocated_correctly(kd_obs.pkt_dma),
	       "scsi_dmaget: NULL when resources are not available, packet kept");
	p = get_pktiopb(ROUTE(c), &data, CDB_GROUP0, 1, SUN_INQSIZE, 1,
			kd_obs_iopb_cb);
	KCHECK(c, !p && !data, "get_pktiopb: NULL in a shortage, *datap not set");
	if (p)
		free_pktiopb(p, data, SUN_INQSIZE);
	/* permanent failures queue a real callback too (scsa-semantics 2.1) */
	p = scsi_pktalloc(ROUTE(c), 33, 1, kd_obs_pa_cb);
	KCHECK(c, !p, "scsi_pktalloc with cmdlen 33: NULL");
	if (p)
		scsi_pktfree(p);
	p = scsi_init_pkt(ROUTE(c), NULL, NULL, 33, 1, 0, 0, kd_obs_perm_cb,
			  NULL);
	KCHECK(c, !p, "scsi_init_pkt with cmdlen 33 and a callback: NULL");
	if (p)
		scsi_destroy_pkt(p);
	KCHECK(c, atomic_read(&kd_obs.in_caller) == 0,
	       "no callback called from inside the failing call");
	/*
	 * While the shortage lasts nothing is released, so a callback that
	 * retries and fails must not be called over and over.
	 */
	msleep(300);
	klog(c, "calls during 300 ms of shortage: resalloc %d dmaget %d iopb %d",
	     atomic_read(&kd_obs.calls_res), atomic_read(&kd_obs.calls_dma),
	     atomic_read(&kd_obs.calls_iopb));
	KCHECK(c, atomic_read(&kd_obs.calls_res) <= 3 &&
	       atomic_read(&kd_obs.calls_dma) <= 3 &&
	       atomic_read(&kd_obs.calls_iopb) <= 3,
	       "no callback called over and over while nothing is released");

	/* the shortage ends: every callback gets what it asked for */
	for (i = 0; i < n; i++)
		scsi_destroy_pkt(hold[i]);
	for (i = 0; i < 500 && atomic_read(&kd_obs.done) < 5; i++)
		msleep(10);
	klog(c, "calls: resalloc %d dmaget %d iopb %d pktalloc %d init_pkt %d",
	     atomic_read(&kd_obs.calls_res), atomic_read(&kd_obs.calls_dma),
	     atomic_read(&kd_obs.calls_iopb), atomic_read(&kd_obs.calls_pa),
	     atomic_read(&kd_obs.calls_perm));
	KCHECK(c, kd_obs.got_res && kd_obs.got_res->pkt_resid == 0,
	       "scsi_resalloc's callback ran and got its packet with DMA");
	KCHECK(c, kd_obs.got_dma == kd_obs.pkt_dma &&
	       kd_obs.pkt_dma->pkt_resid == 0,
	       "scsi_dmaget's callback ran and got DMA resources for its packet");
	KCHECK(c, kd_obs.got_iopb && kd_obs.iopb_data,
	       "get_pktiopb's callback ran and got packet and data area");
	KCHECK(c, kd_obs.got_pa && kd_obs.got_pa->pkt_cdbp,
	       "scsi_pktalloc's callback (queued for a permanent error) ran after a release");
	KCHECK(c, kd_obs.got_perm != NULL,
	       "scsi_init_pkt's callback (queued for a permanent error) ran after a release");
	KCHECK(c, atomic_read(&kd_obs.sleepable) ==
	       atomic_read(&kd_obs.calls_res) + atomic_read(&kd_obs.calls_dma) +
	       atomic_read(&kd_obs.calls_iopb) + atomic_read(&kd_obs.calls_pa) +
	       atomic_read(&kd_obs.calls_perm),
	       "every callback ran in a thread where it may block (%d)",
	       atomic_read(&kd_obs.sleepable));
	if (atomic_read(&kd_obs.done) < 5) {
		klog(c, "a callback is still queued: its buffers are leaked on purpose");
		return 0;	/* kd_obs.busy stays set */
	}
	late = atomic_read(&kd_obs.calls_res) + atomic_read(&kd_obs.calls_dma) +
	       atomic_read(&kd_obs.calls_iopb) + atomic_read(&kd_obs.calls_pa) +
	       atomic_read(&kd_obs.calls_perm);
	msleep(50);
	KCHECK(c, late == atomic_read(&kd_obs.calls_res) +
	       atomic_read(&kd_obs.calls_dma) +
	       atomic_read(&kd_obs.calls_iopb) +
	       atomic_read(&kd_obs.calls_pa) +
	       atomic_read(&kd_obs.calls_perm),
	       "no call after each returned 1");

	/* the packets are real: an INQUIRY through the get_pktiopb one */
	memset(kd_obs.got_iopb->pkt_cdbp, 0, CDB_GROUP0);
	kd_obs.got_iopb->pkt_cdbp[0] = SCMD_INQUIRY;
	kd_obs.got_iopb->pkt_cdbp[4] = SUN_INQSIZE;
	kd_obs.got_iopb->pkt_flags = FLAG_NOINTR;
	kd_obs.got_iopb->pkt_time = 10;
	KCHECK(c, scsi_transport(kd_obs.got_iopb) == TRAN_ACCEPT &&
	       kd_obs.got_iopb->pkt_reason == CMD_CMPLT &&
	       !memcmp(kd_obs.iopb_data + 8, c->un->sd->sd_inq->inq_vid, 8),
	       "INQUIRY into the data area the callback got");
	free_pktiopb(kd_obs.got_iopb, kd_obs.iopb_data, SUN_INQSIZE);
	scsi_resfree(kd_obs.got_res);
	scsi_destroy_pkt(kd_obs.got_perm);
	scsi_pktfree(kd_obs.got_pa);
out:
	if (kd_obs.pkt_dma) {
		scsi_dmafree(kd_obs.pkt_dma);
		scsi_pktfree(kd_obs.pkt_dma);
	}
	freerbuf(kd_obs.bp_res);
	freerbuf(kd_obs.bp_dma);
	freerbuf(hbp);
	kmem_free(kd_obs.mem_res, KD_BLK);
	kmem_free(kd_obs.mem_dma, KD_BLK);
	kmem_free(hmem, KD_BLK);
	kd_obs.busy = false;
	return 0;
}

/* ---- obs_context: where sleeping is not allowed ---- */

static int t_obs_context(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pa, *res, *iopb, *dg, *sl;
	caddr_t data = NULL;
	unsigned long flags;
	spinlock_t lock;
	struct buf *bp;
	char *mem;
	int tran;

	spin_lock_init(&lock);
	bp = kd_small_buf(&mem);

	/* NULL_FUNC: any context, with a spinlock held and interrupts off */
	spin_lock_irqsave(&lock, flags);
	pa = scsi_pktalloc(ROUTE(c), CDB_GROUP1, 1, NULL_FUNC);
	dg = pa ? scsi_dmaget(pa, (opaque_t)bp, NULL_FUNC) : NULL;
	res = scsi_resalloc(ROUTE(c), CDB_GROUP0,
			    sizeof(struct scsi_arq_status), NULL, NULL_FUNC);
	iopb = get_pktiopb(ROUTE(c), &data, CDB_GROUP0, 1, SUN_INQSIZE, 1,
			   NULL_FUNC);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, pa && dg == pa && pa->pkt_resid == 0,
	       "scsi_pktalloc + scsi_dmaget(NULL_FUNC) under a spinlock");
	KCHECK(c, res && res->pkt_resid == 0,
	       "scsi_resalloc(NULL_FUNC) under a spinlock");
	KCHECK(c, iopb && data, "get_pktiopb(NULL_FUNC) under a spinlock");

	/* scsi_resalloc(NULL dmatoken): no DMA resources, a command works */
	if (res) {
		res->pkt_cdbp[0] = SCMD_TEST_UNIT_READY;
		res->pkt_flags = FLAG_NOINTR;
		res->pkt_time = 10;
		tran = scsi_transport(res);
		KCHECK(c, tran == TRAN_ACCEPT && res->pkt_reason == CMD_CMPLT &&
		       !(res->pkt_state & STATE_XFERRED_DATA),
		       "scsi_resalloc(NULL dmatoken): no DMA, TEST UNIT READY completes");
	}

	/* SLEEP_FUNC where sleeping is not allowed: NULL, never a sleep */
	spin_lock_irqsave(&lock, flags);
	sl = scsi_pktalloc(ROUTE(c), CDB_GROUP0, 1, SLEEP_FUNC);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, !sl, "scsi_pktalloc(SLEEP_FUNC) under a spinlock: NULL");
	if (sl)
		scsi_pktfree(sl);
	spin_lock_irqsave(&lock, flags);
	sl = get_pktiopb(ROUTE(c), &data, CDB_GROUP0, 1, SUN_INQSIZE, 1,
			 SLEEP_FUNC);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, !sl, "get_pktiopb(SLEEP_FUNC) under a spinlock: NULL");

	/* the deallocation routines: any context */
	spin_lock_irqsave(&lock, flags);
	if (pa) {
		scsi_dmafree(pa);
		scsi_pktfree(pa);
	}
	if (res)
		scsi_resfree(res);
	if (iopb)
		free_pktiopb(iopb, data, SUN_INQSIZE);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, 1, "scsi_dmafree, scsi_pktfree, scsi_resfree, free_pktiopb under a spinlock");
	freerbuf(bp);
	kmem_free(mem, KD_BLK);
	return 0;
}

const struct ktest_case ktest_dma_cases[] = {
	{ "dma_derr", t_dma_derr },
	{ "consistent_intr", t_consistent_intr },
	{ "rebound", t_rebound },
	{ "keep_areas", t_keep_areas },
	{ "iopb_write", t_iopb_write },
	{ "obs_runout", t_obs_runout },
	{ "obs_context", t_obs_context },
	{ }
};
