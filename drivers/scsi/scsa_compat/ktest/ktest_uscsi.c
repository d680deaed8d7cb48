// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_uscsi.c - scsa_ktest: the framework's uscsi helpers
 * (<sys/scsi/impl/uscsi.h>, core/scsa_uscsi.c) used by a kernel caller,
 * as sd's internal commands use them: the struct uscsi_cmd, its CDB and
 * sense buffer in kernel memory (FKIOCTL), the data in kernel memory
 * (UIO_SYSSPACE) or in a user page of the running process
 * (UIO_USERSPACE), through a strategy routine of this driver that makes
 * the packet, calls scsi_uscsi_pktinit() and completes in pkt_comp with
 * scsi_uscsi_pktfini().
 *
 *   uscsi_k       INQUIRY, READ CAPACITY, WRITE(10)/READ(10) of a pattern
 *                 (kmem_alloc'ed, 64 KiB), TEST UNIT READY (no data): the buf
 *                 the strategy routine gets (b_private = private_data,
 *                 B_READ from USCSI_READ, b_bcount = uscsi_buflen, b_edev,
 *                 not B_PHYS), a driver's own buf keeps its b_private,
 *                 the caller's addresses are restored by the copy-out
 *   uscsi_sense   a bad opcode with USCSI_RQENABLE: the kernel sense
 *                 buffer (SENSE_LENGTH / MAX_SENSE_LENGTH), rqresid and
 *                 the sense bytes the caller gets for uscsi_rqlen 252, 8
 *                 and 255; without USCSI_RQENABLE no sense buffer
 *   uscsi_check   scsi_uscsi_copyin()'s checks (EINVAL, EFAULT), what
 *                 scsi_uscsi_alloc_and_copyin() makes of them (EFAULT),
 *                 resets (no CDB; a failed scsi_reset is EIO), reuse of
 *                 one command, bad arguments to every helper
 *   uscsi_pkt     scsi_uscsi_pktinit()/pktfini(): path instance, NACA
 *                 bit cleared (argument "keep": the module parameter
 *                 uscsi_allow_naca is 1 and the bit stays), packets not
 *                 from the framework
 *   uscsi_user    UIO_USERSPACE data from the kernel: a user page of the
 *                 running process (B_PHYS), an unmapped one (EFAULT, the
 *                 strategy routine is not called, uscsi_resid = buflen)
 *   uscsi_timeout a TEST UNIT READY with uscsi_timeout 2 that the vhba
 *                 drops (drop_next armed by the caller): EIO, pkt_time 2
 *
 * Solaris side: SCSA and DDI interfaces only (ktest_user_page() for the
 * user page, vm_munmap to unmap it).
 */
#include "ktest_int.h"
#include <linux/mman.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <sys/file.h>
#include <sys/uio.h>
#include <sys/scsi/impl/uscsi.h>

#define KU_DEV		makedevice(7, 21)
#define KU_LBA		4096		/* 512-byte blocks: 2 MiB in */
#define KU_BYTES	65536		/* pattern size, bytes */
#define KU_BADOP	0xc5

/* What the strategy routine and pkt_comp saw; one run at a time. */
static struct ku_run {
	struct ktest_ctx *c;
	struct uscsi_cmd *uc;	/* the command the strategy routine runs */
	int calls;
	int b_flags;
	size_t b_bcount;
	void *b_private;
	caddr_t b_addr;
	dev_t b_edev;
	daddr_t blkno;
	bool had_pages;
	uint_t pkt_flags;	/* after scsi_uscsi_pktinit() */
	int pkt_time;
	int pktinit, pktfini;
} ku;

static char ku_marker;		/* private_data */

static void ku_comp(struct scsi_pkt *pkt)
{
	struct buf *bp = (struct buf *)pkt->pkt_private;
	struct uscsi_cmd *uc = ku.uc;

	ku.pktfini = scsi_uscsi_pktfini(pkt, uc);
	if (pkt->pkt_reason != CMD_CMPLT) {
		uc->uscsi_status = 0;
		bp->b_resid = bp->b_bcount;
		bioerror(bp, EIO);
	} else {
		uc->uscsi_status = *pkt->pkt_scbp;
		bp->b_resid = pkt->pkt_resid;
		if ((uc->uscsi_flags & USCSI_RQENABLE) &&
		    (pkt->pkt_state & STATE_ARQ_DONE)) {
			struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;
			int got = (int)uc->uscsi_rqlen -
				  (int)arq->sts_rqpkt_resid;

			got = clamp_t(int, got, 0, uc->uscsi_rqlen);
			memcpy(uc->uscsi_rqbuf, &arq->sts_sensedata, got);
			uc->uscsi_rqresid = uc->uscsi_rqlen - got;
			uc->uscsi_rqstatus = *(uchar_t *)&arq->sts_rqpkt_status;
		}
	}
	scsi_destroy_pkt(pkt);
	biodone(bp);
}

/* strategy(9E) for the uscsi commands of the tests */
static int ku_strategy(struct buf *bp)
{
	struct uscsi_cmd *uc = ku.uc;
	struct scsi_pkt *pkt;
	int statlen = 1, pflags = 0;

	ku.calls++;
	ku.b_flags = bp->b_flags;
	ku.b_bcount = bp->b_bcount;
	ku.b_private = bp->b_private;
	ku.b_addr = bp->b_un.b_addr;
	ku.b_edev = bp->b_edev;
	ku.blkno = bp->b_blkno;
	ku.had_pages = bp->b_pages != NULL;
	if (uc->uscsi_flags & USCSI_RQENABLE) {
		statlen = sizeof(struct scsi_arq_status);
		if (uc->uscsi_rqlen > SENSE_LENGTH) {
			statlen += uc->uscsi_rqlen -
				   (int)sizeof(struct scsi_extended_sense);
			pflags = PKT_XARQ;
		}
	}
	pkt = scsi_init_pkt(ROUTE(ku.c), NULL, bp->b_bcount ? bp : NULL,
			    uc->uscsi_cdblen, statlen, 0, pflags, SLEEP_FUNC,
			    NULL);
	if (!pkt) {
		int err = geterror(bp);

		bp->b_resid = bp->b_bcount;
		bioerror(bp, err ? err : EIO);
		biodone(bp);
		return 0;
	}
	pkt->pkt_time = uc->uscsi_timeout > 0 ? uc->uscsi_timeout : 30;
	pkt->pkt_flags = (uc->uscsi_flags & USCSI_SILENT) ? FLAG_SILENT : 0;
	ku.pktinit = scsi_uscsi_pktinit(uc, pkt);
	ku.pkt_flags = pkt->pkt_flags;
	ku.pkt_time = pkt->pkt_time;
	memcpy(pkt->pkt_cdbp, uc->uscsi_cdb, uc->uscsi_cdblen);
	pkt->pkt_comp = ku_comp;
	pkt->pkt_private = (opaque_t)bp;
	if (scsi_transport(pkt) != TRAN_ACCEPT) {
		scsi_destroy_pkt(pkt);
		bp->b_resid = bp->b_bcount;
		bioerror(bp, EIO);
		biodone(bp);
	}
	return 0;
}

static void ku_reset(struct ktest_ctx *c)
{
	memset(&ku, 0, sizeof(ku));
	ku.c = c;
}

/*
 * A kernel uscsi_cmd of @cdb (@cdblen bytes), @flags, data @buf/@buflen.
 * The CDB is copied into @cdbbuf (which must stay until the copy-out).
 */
static void ku_fill(struct uscsi_cmd *in, uchar_t *cdbbuf, const uchar_t *cdb,
		    int cdblen, int flags, void *buf, size_t buflen)
{
	memset(in, 0, sizeof(*in));
	memcpy(cdbbuf, cdb, cdblen);
	in->uscsi_flags = flags;
	in->uscsi_cdb = (caddr_t)cdbbuf;
	in->uscsi_cdblen = cdblen;
	in->uscsi_bufaddr = buf;
	in->uscsi_buflen = buflen;
	in->uscsi_timeout = 30;
	in->uscsi_status = -1;
	in->uscsi_resid = buflen + 1;
}

/*
 * One command as sd's internal commands do it: scsi_uscsi_alloc(),
 * scsi_uscsi_copyin(FKIOCTL), scsi_uscsi_handle_cmd(@space, bp NULL,
 * private_data &ku_marker, or @bp), scsi_uscsi_copyout(), scsi_uscsi_free().
 * Return: handle_cmd's error, or the copy-in's (then *@cerr too).
 */
static int ku_run_cmd(struct ktest_ctx *c, struct uscsi_cmd *in,
		      enum uio_seg space, struct buf *bp, int *cerr)
{
	struct uscsi_cmd *uc = scsi_uscsi_alloc();
	int err;

	ku_reset(c);
	*cerr = 0;
	if (!uc) {
		KCHECK(c, 0, "scsi_uscsi_alloc");
		return ENOMEM;
	}
	err = scsi_uscsi_copyin((intptr_t)in, FKIOCTL, ROUTE(c), &uc);
	if (err) {
		*cerr = err;
		scsi_uscsi_free(uc);
		return err;
	}
	ku.uc = uc;
	err = scsi_uscsi_handle_cmd(KU_DEV, space, uc, ku_strategy, bp,
				    &ku_marker);
	KCHECK(c, scsi_uscsi_copyout((intptr_t)in, uc) == 0,
	       "scsi_uscsi_copyout(FKIOCTL): 0");
	scsi_uscsi_free(uc);
	klog(c, "cdb %02x: handle_cmd %d status %#x resid %zu rqstatus %#x rqresid %u; strategy calls %d flags %#x bcount %zu",
	     (uchar_t)in->uscsi_cdb[0], err, (unsigned)(ushort_t)in->uscsi_status,
	     in->uscsi_resid, in->uscsi_rqstatus, in->uscsi_rqresid,
	     ku.calls, ku.b_flags, ku.b_bcount);
	return err;
}

static void ku_rw10(uchar_t *cdb, uchar_t op, u32 lba, u16 blocks)
{
	memset(cdb, 0, CDB_GROUP1);
	cdb[0] = op;
	cdb[2] = lba >> 24;
	cdb[3] = lba >> 16;
	cdb[4] = lba >> 8;
	cdb[5] = lba;
	cdb[7] = blocks >> 8;
	cdb[8] = blocks;
}

/* uscsi_k: kernel callers, kernel data */
static int t_uscsi_k(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t inq[CDB_GROUP0] = { SCMD_INQUIRY, 0, 0, 0, 36, 0 };
	uchar_t rc10[CDB_GROUP1] = { SCMD_READ_CAPACITY };
	uchar_t tur[CDB_GROUP0] = { SCMD_TEST_UNIT_READY };
	uchar_t cdb[CDB_GROUP1], cdbk[CDB_GROUP4];
	struct uscsi_cmd in;
	char *data = kmem_zalloc(64, KM_SLEEP);
	char *pat = kmem_alloc(KU_BYTES, KM_SLEEP);
	char *got = kmem_zalloc(KU_BYTES, KM_SLEEP);
	struct buf *bp;
	u32 blksz = 512, i;
	int err, cerr;

	/* INQUIRY, private_data as b_private of the buf made for it */
	ku_fill(&in, cdbk, inq, CDB_GROUP0, USCSI_READ | USCSI_SILENT, data,
		36);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && cerr == 0, "INQUIRY: handle_cmd 0 (%d/%d)",
	       err, cerr);
	KCHECK(c, in.uscsi_status == STATUS_GOOD && in.uscsi_resid == 0,
	       "INQUIRY: status GOOD, resid 0 copied out");
	KCHECK(c, !memcmp(data + 8, c->un->sd->sd_inq->inq_vid, 8),
	       "INQUIRY: the vendor scsi_probe saw, in the kernel buffer");
	KCHECK(c, ku.calls == 1, "the strategy routine ran once (%d)",
	       ku.calls);
	KCHECK(c, ku.b_private == &ku_marker,
	       "b_private of the buf handle_cmd made = private_data");
	KCHECK(c, (ku.b_flags & (B_BUSY | B_READ)) == (B_BUSY | B_READ) &&
	       !(ku.b_flags & B_PHYS), "b_flags B_BUSY|B_READ, not B_PHYS (%#x)",
	       ku.b_flags);
	KCHECK(c, ku.b_bcount == 36 && ku.b_addr == data && !ku.had_pages,
	       "b_bcount = uscsi_buflen 36, b_addr = uscsi_bufaddr");
	KCHECK(c, ku.b_edev == KU_DEV, "b_edev = dev");
	KCHECK(c, ku.pktinit == 1 && ku.pktfini == 1,
	       "scsi_uscsi_pktinit and scsi_uscsi_pktfini: 1");
	KCHECK(c, (ku.pkt_flags & FLAG_SILENT) &&
	       !(ku.pkt_flags & FLAG_PKT_PATH_INSTANCE),
	       "pktinit kept the driver's pkt_flags, no path instance");
	KCHECK(c, ku.pkt_time == 30, "pkt_time = uscsi_timeout 30");
	KCHECK(c, in.uscsi_cdb == (caddr_t)cdbk && in.uscsi_rqbuf == NULL &&
	       in.uscsi_rqlen == 0, "the caller's CDB address back");

	/* READ CAPACITY: the block size */
	memset(data, 0, 64);
	ku_fill(&in, cdbk, rc10, CDB_GROUP1, USCSI_READ, data, 8);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && in.uscsi_status == STATUS_GOOD &&
	       in.uscsi_resid == 0, "READ CAPACITY(10): 0, GOOD, resid 0");
	if (!err) {
		blksz = (u32)(uchar_t)data[4] << 24 | (u32)(uchar_t)data[5] << 16 |
			(u32)(uchar_t)data[6] << 8 | (uchar_t)data[7];
		klog(c, "block size %u", blksz);
		if (blksz < 512 || blksz > 4096 || KU_BYTES % blksz)
			blksz = 512;
	}

	/* a pattern written, read back, compared: 64 KiB of kmem_alloc memory */
	for (i = 0; i < KU_BYTES; i++)
		pat[i] = (char)(i * 7 + (i >> 9) + 0x5a);
	ku_rw10(cdb, SCMD_WRITE_G1, KU_LBA * 512 / blksz, KU_BYTES / blksz);
	ku_fill(&in, cdbk, cdb, CDB_GROUP1, USCSI_WRITE, pat, KU_BYTES);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && in.uscsi_status == STATUS_GOOD &&
	       in.uscsi_resid == 0, "WRITE(10) %d bytes: 0, GOOD, resid 0",
	       KU_BYTES);
	KCHECK(c, !(ku.b_flags & B_READ) && ku.b_bcount == KU_BYTES,
	       "WRITE: no B_READ, b_bcount %d", KU_BYTES);
	ku_rw10(cdb, SCMD_READ_G1, KU_LBA * 512 / blksz, KU_BYTES / blksz);
	ku_fill(&in, cdbk, cdb, CDB_GROUP1, USCSI_READ, got, KU_BYTES);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && in.uscsi_resid == 0, "READ(10): 0, resid 0");
	KCHECK(c, !memcmp(pat, got, KU_BYTES),
	       "the pattern read back through uscsi");

	/* no data: what physio would have made */
	ku_fill(&in, cdbk, tur, CDB_GROUP0, USCSI_WRITE, NULL, 0);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && in.uscsi_resid == 0,
	       "TEST UNIT READY: 0, resid 0 (status %#x)",
	       (unsigned)(ushort_t)in.uscsi_status);
	KCHECK(c, ku.calls == 1 && ku.b_bcount == 0 && ku.blkno == 0 &&
	       (ku.b_flags & B_BUSY) && !(ku.b_flags & B_READ) &&
	       ku.b_edev == KU_DEV && ku.b_private == &ku_marker,
	       "no data: the strategy routine got B_BUSY, b_bcount 0, b_blkno 0");

	/* the driver's own buf: its b_private stays */
	bp = getrbuf(KM_SLEEP);
	bp->b_private = (void *)bp;
	memset(data, 0, 64);
	ku_fill(&in, cdbk, inq, CDB_GROUP0, USCSI_READ, data, 36);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, bp, &cerr);
	KCHECK(c, err == 0 && !memcmp(data + 8, c->un->sd->sd_inq->inq_vid, 8),
	       "INQUIRY with the driver's buf: 0 and the data");
	KCHECK(c, ku.b_private == (void *)bp && bp->b_private == (void *)bp,
	       "the driver's buf kept its b_private (private_data unused)");
	KCHECK(c, !(bp->b_flags & B_BUSY), "and is no longer B_BUSY");
	freerbuf(bp);

	kmem_free(got, KU_BYTES);
	kmem_free(pat, KU_BYTES);
	kmem_free(data, 64);
	return 0;
}

/* uscsi_sense: USCSI_RQENABLE from a kernel caller */
static int t_uscsi_sense(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t bad[CDB_GROUP1] = { KU_BADOP };
	uchar_t cdbk[CDB_GROUP1];
	static const int lens[] = { 252, 8, 255, 20, 21 };
	uchar_t *sense = kmem_zalloc(256, KM_SLEEP);
	uchar_t first[MAX_SENSE_LENGTH];
	struct uscsi_cmd in, *uc;
	int i, err, cerr, n, nfirst = 0;

	for (i = 0; i < (int)ARRAY_SIZE(lens); i++) {
		/* what the copy-in gives the driver */
		ku_fill(&in, cdbk, bad, CDB_GROUP1, USCSI_RQENABLE, NULL, 0);
		in.uscsi_rqbuf = (caddr_t)sense;
		in.uscsi_rqlen = lens[i];
		uc = scsi_uscsi_alloc();
		err = scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc);
		KCHECK(c, err == 0 && uc->uscsi_rqbuf &&
		       uc->uscsi_rqbuf != (caddr_t)sense &&
		       uc->uscsi_rqlen == (lens[i] <= SENSE_LENGTH ?
					   SENSE_LENGTH : MAX_SENSE_LENGTH) &&
		       uc->uscsi_rqresid == uc->uscsi_rqlen,
		       "rqlen %d: a kernel sense buffer of %d bytes, rqresid = its size",
		       lens[i], uc->uscsi_rqlen);
		KCHECK(c, uc->uscsi_cdb && uc->uscsi_cdb != (caddr_t)cdbk &&
		       !memcmp(uc->uscsi_cdb, bad, CDB_GROUP1),
		       "rqlen %d: a kernel copy of the CDB", lens[i]);
		scsi_uscsi_free(uc);

		memset(sense, 0, 256);
		err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
		n = lens[i] - in.uscsi_rqresid;
		klog(c, "rqlen %d: %d sense bytes: %*ph", lens[i], n,
		     min(n, 18), sense);
		KCHECK(c, err == 0 && (in.uscsi_status & STATUS_MASK) ==
		       STATUS_CHECK, "rqlen %d: CHECK CONDITION", lens[i]);
		KCHECK(c, in.uscsi_rqstatus == STATUS_GOOD,
		       "rqlen %d: uscsi_rqstatus GOOD", lens[i]);
		KCHECK(c, in.uscsi_rqbuf == (caddr_t)sense &&
		       in.uscsi_rqlen == lens[i],
		       "rqlen %d: the caller's rqbuf and rqlen back", lens[i]);
		KCHECK(c, n >= (lens[i] < 14 ? lens[i] : 14) && n <= lens[i],
		       "rqlen %d: rqresid %u leaves %d sense bytes", lens[i],
		       in.uscsi_rqresid, n);
		if (lens[i] >= 14)
			KCHECK(c, (sense[0] & 0x7f) == 0x70 &&
			       (sense[2] & 0xf) == KEY_ILLEGAL_REQUEST &&
			       sense[12] == 0x20,
			       "rqlen %d: ILLEGAL REQUEST, ASC 0x20", lens[i]);
		KCHECK(c, n >= lens[i] || !sense[n],
		       "rqlen %d: nothing past the sense bytes", lens[i]);
		if (i == 0) {
			nfirst = min_t(int, n, sizeof(first));
			memcpy(first, sense, nfirst);
		} else {
			KCHECK(c, !memcmp(first, sense, min(n, nfirst)),
			       "rqlen %d: the same sense bytes as with 252",
			       lens[i]);
			if (lens[i] > nfirst && lens[i] <= MAX_SENSE_LENGTH)
				KCHECK(c, n == nfirst,
				       "rqlen %d: as many bytes as with 252",
				       lens[i]);
		}
		if (lens[i] == 8)
			KCHECK(c, in.uscsi_rqresid == 0, "rqlen 8: rqresid 0");
		if (lens[i] == 255)
			KCHECK(c, in.uscsi_rqresid == 255 - nfirst,
			       "rqlen 255: rqresid 255 - %d", nfirst);
	}

	/* without USCSI_RQENABLE: no sense buffer, nothing copied */
	ku_fill(&in, cdbk, bad, CDB_GROUP1, 0, NULL, 0);
	in.uscsi_rqbuf = (caddr_t)sense;
	in.uscsi_rqlen = 32;
	memset(sense, 0xee, 256);
	uc = scsi_uscsi_alloc();
	err = scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc);
	KCHECK(c, err == 0 && !uc->uscsi_rqbuf && !uc->uscsi_rqlen &&
	       !uc->uscsi_rqresid,
	       "no USCSI_RQENABLE: no kernel sense buffer, rqlen/rqresid 0");
	scsi_uscsi_free(uc);
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && (in.uscsi_status & STATUS_MASK) == STATUS_CHECK,
	       "no USCSI_RQENABLE: CHECK CONDITION");
	KCHECK(c, sense[0] == 0xee && in.uscsi_rqlen == 32 &&
	       in.uscsi_rqbuf == (caddr_t)sense,
	       "no USCSI_RQENABLE: the caller's buffer untouched");
	kmem_free(sense, 256);
	return 0;
}

/* copy-in of @in (FKIOCTL); the error, and the command freed */
static int ku_copyin(struct ktest_ctx *c, struct uscsi_cmd *in, bool *nulls)
{
	struct uscsi_cmd *uc = scsi_uscsi_alloc();
	int err = scsi_uscsi_copyin((intptr_t)in, FKIOCTL, ROUTE(c), &uc);

	*nulls = !uc->uscsi_cdb && !uc->uscsi_rqbuf;
	scsi_uscsi_free(uc);
	return err;
}

static const uchar_t ku_inq16[CDB_GROUP4] = { SCMD_INQUIRY, 0, 0, 0, 36 };
static const uchar_t ku_rd16[CDB_GROUP4] = { SCMD_READ_G1 };
static const uchar_t ku_var16[CDB_GROUP4] = { 0x7f };

/* uscsi_check: the copy-in's checks, resets, reuse, bad arguments */
static int t_uscsi_check(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t cdbk[CDB_GROUP4 + 4], sense[32];
	char data[36];
	struct uscsi_cmd in, *uc, *uc2;
	char *foreign;
	bool nulls;
	int err, cerr;
	static const struct {
		const char *what;
		const uchar_t *cdb;
		int cdblen, flags, err;
		bool rq, rqnull;
	} cases[] = {
		{ "cdblen 0", ku_inq16, 0, USCSI_READ, EINVAL },
		{ "cdblen 5 for INQUIRY", ku_inq16, 5, USCSI_READ, EINVAL },
		{ "cdblen 17", ku_inq16, 17, USCSI_READ, EINVAL },
		{ "cdblen 20", ku_inq16, 20, USCSI_READ, EINVAL },
		{ "cdblen 6 for READ(10)", ku_rd16, 6, USCSI_READ, EINVAL },
		{ "cdblen 16 for INQUIRY", ku_inq16, 16, USCSI_READ, 0 },
		{ "cdblen 10 for 0x7f (not 4n)", ku_var16, 10, 0, EINVAL },
		{ "cdblen 12 for 0x7f", ku_var16, 12, 0, 0 },
		{ "USCSI_RESERVED bit 0x00200000", ku_inq16, 6, 0x00200000, EINVAL },
		{ "USCSI_RESERVED bit 0x80000000", ku_inq16, 6, (int)0x80000000,
		  EINVAL },
		{ "USCSI_PATH_INSTANCE (no scsi_vhci)", ku_inq16, 6,
		  USCSI_PATH_INSTANCE, EFAULT },
		{ "USCSI_RQENABLE, rqlen 0", ku_inq16, 6, USCSI_RQENABLE, EINVAL,
		  false },
		{ "USCSI_RQENABLE, rqbuf NULL", ku_inq16, 6, USCSI_RQENABLE, EINVAL,
		  true, true },
		{ "USCSI_RQENABLE", ku_inq16, 6, USCSI_RQENABLE, 0, true },
		{ "a reset with any CDB length", ku_inq16, 20, USCSI_RESET_LUN, 0 },
	};
	int i;

	for (i = 0; i < (int)ARRAY_SIZE(cases); i++) {
		memset(&in, 0, sizeof(in));
		memset(cdbk, 0, sizeof(cdbk));
		memcpy(cdbk, cases[i].cdb, CDB_GROUP4);
		in.uscsi_flags = cases[i].flags;
		in.uscsi_cdb = (caddr_t)cdbk;
		in.uscsi_cdblen = cases[i].cdblen;
		if (cases[i].rq) {
			in.uscsi_rqlen = sizeof(sense);
			in.uscsi_rqbuf = cases[i].rqnull ? NULL :
							   (caddr_t)sense;
		}
		err = ku_copyin(c, &in, &nulls);
		KCHECK(c, err == cases[i].err, "copyin, %s: %d (expected %d)",
		       cases[i].what, err, cases[i].err);
		if (err || (cases[i].flags & USCSI_RESET_LUN))
			KCHECK(c, nulls, "%s: uscsi_cdb and uscsi_rqbuf NULL after it",
			       cases[i].what);
		if (cases[i].err != EINVAL)
			continue;
		uc = (void *)&in;	/* not left alone on failure */
		err = scsi_uscsi_alloc_and_copyin((intptr_t)&in, FKIOCTL,
						  ROUTE(c), &uc);
		KCHECK(c, err == EFAULT && uc == NULL,
		       "alloc_and_copyin, %s: EFAULT and NULL, as illumos (%d)",
		       cases[i].what, err);
	}

	/* addresses */
	ku_fill(&in, cdbk, ku_inq16, CDB_GROUP0, USCSI_READ, data, 36);
	in.uscsi_cdb = NULL;
	KCHECK(c, ku_copyin(c, &in, &nulls) == EFAULT && nulls,
	       "NULL CDB: EFAULT");
	uc = scsi_uscsi_alloc();
	KCHECK(c, scsi_uscsi_copyin(0, FKIOCTL, ROUTE(c), &uc) == EFAULT,
	       "NULL uscsi_cmd: EFAULT");
	KCHECK(c, scsi_uscsi_copyin((intptr_t)&in, 0, ROUTE(c), &uc) == EFAULT,
	       "a kernel address without FKIOCTL: EFAULT");
	scsi_uscsi_free(uc);
	uc = NULL;
	KCHECK(c, scsi_uscsi_alloc_and_copyin(0, FKIOCTL, ROUTE(c), &uc) ==
	       EFAULT && !uc, "alloc_and_copyin of NULL: EFAULT");
	KCHECK(c, scsi_uscsi_alloc_and_copyin(0, FKIOCTL, ROUTE(c), NULL) ==
	       EINVAL, "alloc_and_copyin with no uscmdp: EINVAL");

	/* one command, copied in twice (the first buffers are freed) */
	ku_fill(&in, cdbk, ku_inq16, CDB_GROUP0, USCSI_READ | USCSI_RQENABLE, data,
		36);
	in.uscsi_rqbuf = (caddr_t)sense;
	in.uscsi_rqlen = sizeof(sense);
	uc = NULL;
	err = scsi_uscsi_alloc_and_copyin((intptr_t)&in, FKIOCTL, ROUTE(c),
					  &uc);
	KCHECK(c, err == 0 && uc, "alloc_and_copyin: 0");
	if (uc) {
		uc2 = uc;
		err = scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc2);
		KCHECK(c, err == 0 && uc2 == uc && uc->uscsi_cdb &&
		       uc->uscsi_rqbuf && uc->uscsi_rqlen == MAX_SENSE_LENGTH,
		       "a second copy-in into the same command: 0 (kmemleak: the first buffers freed)");
		ku_reset(c);
		ku.uc = uc;
		err = scsi_uscsi_handle_cmd(KU_DEV, UIO_SYSSPACE, uc,
					    ku_strategy, NULL, NULL);
		KCHECK(c, err == 0 && ku.b_private == NULL,
		       "handle_cmd: 0; private_data NULL is b_private");
		KCHECK(c, scsi_uscsi_copyout_and_free((intptr_t)&in, uc) == 0,
		       "copyout_and_free: 0");
		KCHECK(c, in.uscsi_status == STATUS_GOOD &&
		       in.uscsi_rqresid == sizeof(sense) &&
		       in.uscsi_rqbuf == (caddr_t)sense &&
		       in.uscsi_rqlen == sizeof(sense),
		       "INQUIRY with RQENABLE and no sense: rqresid = rqlen %zu",
		       sizeof(sense));
	}

	/* resets: nothing is sent; scsi_reset on no target fails: EIO */
	ku_fill(&in, cdbk, ku_inq16, 0, USCSI_RESET_ALL, NULL, 0);
	uc = scsi_uscsi_alloc();
	err = scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, NULL, &uc);
	KCHECK(c, err == 0 && !uc->uscsi_cdb, "USCSI_RESET_ALL: copyin 0, no CDB");
	ku_reset(c);
	ku.uc = uc;
	err = scsi_uscsi_handle_cmd(KU_DEV, UIO_SYSSPACE, uc, ku_strategy,
				    NULL, NULL);
	KCHECK(c, err == EIO && ku.calls == 0,
	       "USCSI_RESET_ALL with no target: EIO, no strategy call (%d)",
	       err);
	scsi_uscsi_free(uc);

	/* bad arguments: no oops, a clear error */
	ku_fill(&in, cdbk, ku_inq16, CDB_GROUP0, USCSI_READ, data, 36);
	KCHECK(c, scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), NULL) ==
	       EINVAL, "copyin with no uscmdp: EINVAL");
	uc = NULL;
	KCHECK(c, scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc) ==
	       EINVAL, "copyin into NULL: EINVAL");
	foreign = kmem_zalloc(4096, KM_SLEEP);
	uc = (struct uscsi_cmd *)foreign;
	KCHECK(c, scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc) ==
	       EINVAL, "copyin into a uscsi_cmd not from scsi_uscsi_alloc: EINVAL");
	KCHECK(c, scsi_uscsi_handle_cmd(KU_DEV, UIO_SYSSPACE, uc, ku_strategy,
					NULL, NULL) == EINVAL,
	       "handle_cmd of a foreign uscsi_cmd: EINVAL");
	KCHECK(c, scsi_uscsi_copyout((intptr_t)&in, uc) == EINVAL,
	       "copyout of a foreign uscsi_cmd: EINVAL");
	scsi_uscsi_free(uc);	/* left alone */
	klog(c, "scsi_uscsi_free of a foreign uscsi_cmd: left alone");
	kmem_free(foreign, 4096);
	KCHECK(c, scsi_uscsi_handle_cmd(KU_DEV, UIO_SYSSPACE, NULL,
					ku_strategy, NULL, NULL) == EINVAL,
	       "handle_cmd(NULL): EINVAL");
	KCHECK(c, scsi_uscsi_copyout((intptr_t)&in, NULL) == EINVAL,
	       "copyout(NULL): EINVAL");
	KCHECK(c, scsi_uscsi_copyout_and_free((intptr_t)&in, NULL) == EINVAL,
	       "copyout_and_free(NULL): EINVAL");
	scsi_uscsi_free(NULL);
	uc = scsi_uscsi_alloc();
	err = scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc);
	KCHECK(c, err == 0, "copyin: 0");
	KCHECK(c, scsi_uscsi_handle_cmd(KU_DEV, UIO_SYSSPACE, uc, NULL, NULL,
					NULL) == EINVAL,
	       "handle_cmd without a strategy routine: EINVAL");
	ku_reset(c);
	ku.uc = uc;
	KCHECK(c, scsi_uscsi_handle_cmd(KU_DEV, (enum uio_seg)7, uc,
					ku_strategy, NULL, NULL) == EINVAL &&
	       ku.calls == 0, "handle_cmd with dataspace 7: EINVAL, not sent");
	scsi_uscsi_free(uc);
	(void) cerr;
	return 0;
}

/* uscsi_pkt: scsi_uscsi_pktinit, scsi_uscsi_pktfini */
static int t_uscsi_pkt(struct ktest_ctx *c, int argc, char **argv)
{
	bool keep = argc > 0 && !strcmp(argv[0], "keep");
	uchar_t inq[CDB_GROUP0] = { SCMD_INQUIRY, 0, 0, 0, 36, 0x04 };
	uchar_t cdbk[CDB_GROUP0];
	struct uscsi_cmd in, *uc;
	struct scsi_pkt *pkt, *fake;
	char *fakemem;
	int err;

	ku_fill(&in, cdbk, inq, CDB_GROUP0, USCSI_READ, NULL, 0);
	uc = scsi_uscsi_alloc();
	err = scsi_uscsi_copyin((intptr_t)&in, FKIOCTL, ROUTE(c), &uc);
	KCHECK(c, err == 0, "copyin of an INQUIRY with NACA in its control byte: 0");
	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	if (!pkt || err) {
		KCHECK(c, 0, "scsi_init_pkt");
		scsi_uscsi_free(uc);
		return 0;
	}
	pkt->pkt_flags = FLAG_SILENT | FLAG_PKT_PATH_INSTANCE;
	pkt->pkt_path_instance = 3;
	KCHECK(c, scsi_uscsi_pktinit(uc, pkt) == 1, "pktinit: 1");
	if (keep)
		KCHECK(c, uc->uscsi_cdb[5] == 0x04,
		       "uscsi_allow_naca=1: the NACA bit stays (warning logged)");
	else
		KCHECK(c, uc->uscsi_cdb[5] == 0,
		       "the NACA bit is cleared (warning logged)");
	KCHECK(c, cdbk[5] == 0x04, "the caller's CDB is not touched");
	KCHECK(c, pkt->pkt_flags == FLAG_SILENT && pkt->pkt_path_instance == 0,
	       "no USCSI_PATH_INSTANCE: path instance and its flag cleared, the rest kept");

	/* a path instance (only a driver's own command can ask for one) */
	uc->uscsi_flags |= USCSI_PATH_INSTANCE;
	uc->uscsi_path_instance = 7;
	KCHECK(c, scsi_uscsi_pktinit(uc, pkt) == 1 &&
	       (pkt->pkt_flags & FLAG_PKT_PATH_INSTANCE) &&
	       pkt->pkt_path_instance == 7,
	       "USCSI_PATH_INSTANCE 7: FLAG_PKT_PATH_INSTANCE, pkt_path_instance 7");
	uc->uscsi_path_instance = 0;
	pkt->pkt_path_instance = 9;
	KCHECK(c, scsi_uscsi_pktfini(pkt, uc) == 1 &&
	       uc->uscsi_path_instance == 9 && pkt->pkt_path_instance == 0 &&
	       !(pkt->pkt_flags & FLAG_PKT_PATH_INSTANCE),
	       "pktfini: uscsi_path_instance = pkt's (9), the pkt's cleared");

	/* packets not from the framework (kmem, large enough to look at) */
	fakemem = kmem_zalloc(4096, KM_SLEEP);
	fake = (struct scsi_pkt *)fakemem;
	uc->uscsi_path_instance = 7;
	KCHECK(c, scsi_uscsi_pktinit(uc, fake) == 0 &&
	       !fake->pkt_path_instance,
	       "pktinit with a path instance, a packet not from scsi_init_pkt: 0");
	uc->uscsi_flags &= ~USCSI_PATH_INSTANCE;
	fake->pkt_flags = FLAG_PKT_PATH_INSTANCE;
	fake->pkt_path_instance = 5;
	KCHECK(c, scsi_uscsi_pktinit(uc, fake) == 1 && !fake->pkt_flags &&
	       fake->pkt_path_instance == 5,
	       "pktinit without one: 1, the flag cleared, pkt_path_instance not touched");
	KCHECK(c, scsi_uscsi_pktfini(fake, uc) == 0 &&
	       uc->uscsi_path_instance == 0,
	       "pktfini of a packet not from scsi_init_pkt: 0, path instance 0");
	kmem_free(fakemem, 4096);
	KCHECK(c, scsi_uscsi_pktinit(NULL, pkt) == 0 &&
	       scsi_uscsi_pktinit(uc, NULL) == 0 &&
	       scsi_uscsi_pktfini(NULL, uc) == 0 &&
	       scsi_uscsi_pktfini(pkt, NULL) == 0, "NULL arguments: 0");
	scsi_destroy_pkt(pkt);
	scsi_uscsi_free(uc);
	return 0;
}

/* uscsi_user: UIO_USERSPACE data from the kernel */
static int t_uscsi_user(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t inq[CDB_GROUP0] = { SCMD_INQUIRY, 0, 0, 0, 36, 0 };
	uchar_t cdbk[CDB_GROUP0];
	unsigned long ua = ktest_user_page(c);
	struct uscsi_cmd in;
	char got[36];
	int err, cerr;

	if (!ua)
		return 0;
	ku_fill(&in, cdbk, inq, CDB_GROUP0, USCSI_READ,
		(void *)(ua + 100), 36);
	err = ku_run_cmd(c, &in, UIO_USERSPACE, NULL, &cerr);
	KCHECK(c, err == 0 && in.uscsi_resid == 0,
	       "INQUIRY into a user page: 0, resid 0");
	KCHECK(c, (ku.b_flags & B_PHYS) && ku.had_pages &&
	       ku.b_addr == (caddr_t)(ua + 100),
	       "the strategy routine got a B_PHYS buf of the user address, pages listed");
	KCHECK(c, !copy_from_user(got, (void __user *)(ua + 100), 36) &&
	       !memcmp(got + 8, c->un->sd->sd_inq->inq_vid, 8),
	       "the vendor is in the user page");
	vm_munmap(ua, PAGE_SIZE);

	/* the page is gone: EFAULT before anything is sent */
	ku_fill(&in, cdbk, inq, CDB_GROUP0, USCSI_READ, (void *)ua, 36);
	err = ku_run_cmd(c, &in, UIO_USERSPACE, NULL, &cerr);
	KCHECK(c, err == EFAULT && ku.calls == 0 && in.uscsi_resid == 36,
	       "an unmapped user buffer: EFAULT, not sent, resid = buflen (%d, %zu)",
	       err, in.uscsi_resid);
	return 0;
}

/* uscsi_timeout: the caller armed the vhba's drop_next */
static int t_uscsi_timeout(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t tur[CDB_GROUP0] = { SCMD_TEST_UNIT_READY };
	uchar_t cdbk[CDB_GROUP0];
	struct uscsi_cmd in;
	int err, cerr;

	ku_fill(&in, cdbk, tur, CDB_GROUP0, 0, NULL, 0);
	in.uscsi_timeout = 2;
	err = ku_run_cmd(c, &in, UIO_SYSSPACE, NULL, &cerr);
	KCHECK(c, err == EIO, "a dropped command: EIO (%d)", err);
	KCHECK(c, ku.pkt_time == 2, "pkt_time = uscsi_timeout 2");
	KCHECK(c, in.uscsi_status == 0, "uscsi_status 0 (not completed)");
	return 0;
}

const struct ktest_case ktest_uscsi_cases[] = {
	{ "uscsi_k", t_uscsi_k },
	{ "uscsi_sense", t_uscsi_sense },
	{ "uscsi_check", t_uscsi_check },
	{ "uscsi_pkt", t_uscsi_pkt },
	{ "uscsi_user", t_uscsi_user },
	{ "uscsi_timeout", t_uscsi_timeout },
	{ }
};
