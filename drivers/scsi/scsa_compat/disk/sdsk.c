// SPDX-License-Identifier: GPL-2.0
/*
 * sdsk.c - a disk target driver written the way a Solaris SCSA target
 * driver is written: attach/detach per device, soft state, a strategy
 * routine that builds packets with scsi_init_pkt(9F) (partial DMA windows),
 * scsi_transport(9F), completion in pkt_comp, biodone(9F), and a raw
 * character device per disk (as sd's /dev/rdsk): a minor node "raw" made
 * with ddi_create_minor_node(9F), whose read(9E)/write(9E) go through
 * physio(9F) to the same strategy routine.  It calls no Linux SCSI
 * interface: only SCSA and the DDI of scsa_compat.  Its Linux block
 * device lives in sdsk_lnx.c.
 */
#include <sys/scsi/scsi.h>
#include <sys/conf.h>
#include "sdsk.h"
#include <sys/file.h>
#include <sys/uio.h>

#define	SDSK_RETRIES		5
#define	SDSK_IO_TIME		30	/* seconds per command */
#define	SDSK_THROTTLE		32	/* commands outstanding per unit */
#define	SDSK_RESTART_USEC	10000	/* after TRAN_BUSY */

struct sdsk_unit {
	dev_info_t		*un_dip;
	struct scsi_device	*un_sd;
	kmutex_t		un_mutex;
	int			un_instance;
	diskaddr_t		un_blkcount;	/* device blocks */
	uint_t			un_blksize;	/* bytes */
	size_t			un_max_xfer;	/* bytes per raw buf (dma-max) */
	struct buf		*un_waitq_head;	/* via av_forw */
	struct buf		*un_waitq_tail;
	int			un_ncmds;
	timeout_id_t		un_restart_tid;
	struct sdsk_lnx		*un_lnx;
};

static void *sdsk_state;

#define	ROUTE(un)	(&(un)->un_sd->sd_address)

static void sdsk_start(struct sdsk_unit *un);

/* ---- small synchronous commands (attach time) ---- */

/*
 * Run one polled command with a data-in buffer of @len bytes copied to
 * @data.  Returns 0, or the pkt_reason / status that failed (as -1).
 */
static int sdsk_cmd_in(struct sdsk_unit *un, uchar_t *cdb, int cdblen,
		       void *data, size_t len, uchar_t *key)
{
	struct scsi_pkt *pkt;
	struct buf *bp = NULL;
	int rv = -1;

	*key = 0;
	if (len) {
		bp = scsi_alloc_consistent_buf(ROUTE(un), NULL, len, B_READ,
					       SLEEP_FUNC, NULL);
		if (!bp)
			return -1;
	}
	pkt = scsi_init_pkt(ROUTE(un), NULL, bp, cdblen,
			    sizeof(struct scsi_arq_status), 0, PKT_CONSISTENT,
			    SLEEP_FUNC, NULL);
	if (!pkt)
		goto out;
	memcpy(pkt->pkt_cdbp, cdb, cdblen);
	pkt->pkt_flags = FLAG_NOINTR;
	pkt->pkt_time = SDSK_IO_TIME;
	if (scsi_transport(pkt) == TRAN_ACCEPT &&
	    pkt->pkt_reason == CMD_CMPLT) {
		if ((*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD) {
			if (len)
				memcpy(data, bp->b_un.b_addr, len);
			rv = 0;
		} else if (pkt->pkt_state & STATE_ARQ_DONE) {
			struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;

			*key = arq->sts_sensedata.es_key;
		}
	}
	scsi_destroy_pkt(pkt);
out:
	if (bp)
		scsi_free_consistent_buf(bp);
	return rv;
}

static int sdsk_read_capacity(struct sdsk_unit *un)
{
	uchar_t cdb[CDB_GROUP4] = { 0 }, key, d[32];
	int tries;

	/* TEST UNIT READY until unit attentions are consumed */
	for (tries = 0; tries < 5; tries++) {
		cdb[0] = SCMD_TEST_UNIT_READY;
		if (sdsk_cmd_in(un, cdb, CDB_GROUP0, NULL, 0, &key) == 0)
			break;
	}
	memset(cdb, 0, sizeof(cdb));
	cdb[0] = SCMD_READ_CAPACITY;
	for (tries = 0; tries < 3; tries++)
		if (sdsk_cmd_in(un, cdb, CDB_GROUP1, d, 8, &key) == 0)
			break;
	if (tries == 3)
		return -1;
	un->un_blkcount = ((uint32_t)d[0] << 24 | d[1] << 16 | d[2] << 8 | d[3]);
	un->un_blkcount += 1;
	un->un_blksize = (uint32_t)d[4] << 24 | d[5] << 16 | d[6] << 8 | d[7];
	if (un->un_blkcount == 0x100000000ULL) {
		memset(cdb, 0, sizeof(cdb));
		cdb[0] = SCMD_SVC_ACTION_IN_G4;
		cdb[1] = SSVC_ACTION_READ_CAPACITY_G4;
		cdb[13] = 32;
		if (sdsk_cmd_in(un, cdb, CDB_GROUP4, d, 32, &key))
			return -1;
		un->un_blkcount = 0;
		for (tries = 0; tries < 8; tries++)
			un->un_blkcount = un->un_blkcount << 8 | d[tries];
		un->un_blkcount += 1;
		un->un_blksize = (uint32_t)d[8] << 24 | d[9] << 16 | d[10] << 8 |
				 d[11];
	}
	if (un->un_blksize < 512 || un->un_blksize > 65536 ||
	    (un->un_blksize & (un->un_blksize - 1)))
		return -1;
	return 0;
}

/* ---- I/O path ---- */

/* Fill the READ/WRITE CDB for the packet's current window. */
static void sdsk_setup_rw(struct sdsk_unit *un, struct scsi_pkt *pkt,
			  struct buf *bp, struct sdsk_xbuf *xb)
{
	diskaddr_t blk = xb->xb_blkno + xb->xb_off / un->un_blksize;
	uint_t nblk;
	uchar_t *cdb = pkt->pkt_cdbp;
	boolean_t rd = (bp->b_flags & B_READ) ? B_TRUE : B_FALSE;

	/* pkt_resid after scsi_init_pkt(): bytes beyond this window */
	xb->xb_dma_resid = pkt->pkt_resid;
	xb->xb_win = bp->b_bcount - xb->xb_off - pkt->pkt_resid;
	pkt->pkt_resid = 0;
	nblk = xb->xb_win / un->un_blksize;

	memset(cdb, 0, xb->xb_g4 ? CDB_GROUP4 : CDB_GROUP1);
	if (xb->xb_g4) {
		cdb[0] = rd ? SCMD_READ_G4 : SCMD_WRITE_G4;
		FORMG4LONGADDR(cdb, blk);
		FORMG4COUNT(cdb, nblk);
	} else {
		cdb[0] = rd ? SCMD_READ_G1 : SCMD_WRITE_G1;
		FORMG1ADDR(cdb, (uint_t)blk);
		FORMG1COUNT(cdb, nblk);
	}
	pkt->pkt_comp = NULL;	/* set by the caller */
	pkt->pkt_private = (opaque_t)bp;
	pkt->pkt_time = SDSK_IO_TIME;
	pkt->pkt_flags = 0;
}

static void sdsk_intr(struct scsi_pkt *pkt);

static int sdsk_runout(caddr_t arg)
{
	sdsk_start((struct sdsk_unit *)arg);
	return 1;
}

static void sdsk_restart(void *arg)
{
	struct sdsk_unit *un = arg;

	mutex_enter(&un->un_mutex);
	un->un_restart_tid = NULL;
	mutex_exit(&un->un_mutex);
	sdsk_start(un);
}

/* Take the head of the wait queue (un_mutex held). */
static struct buf *sdsk_dequeue(struct sdsk_unit *un)
{
	struct buf *bp = un->un_waitq_head;

	if (bp) {
		un->un_waitq_head = bp->av_forw;
		if (!un->un_waitq_head)
			un->un_waitq_tail = NULL;
		bp->av_forw = NULL;
	}
	return bp;
}

static void sdsk_enqueue(struct sdsk_unit *un, struct buf *bp, boolean_t head)
{
	if (head) {
		bp->av_forw = un->un_waitq_head;
		un->un_waitq_head = bp;
		if (!un->un_waitq_tail)
			un->un_waitq_tail = bp;
	} else {
		bp->av_forw = NULL;
		if (un->un_waitq_tail)
			un->un_waitq_tail->av_forw = bp;
		else
			un->un_waitq_head = bp;
		un->un_waitq_tail = bp;
	}
}

/* The xbuf sdsk_strategy() gave a physio buf goes before biodone(). */
static void sdsk_xbuf_free(struct buf *bp)
{
	struct sdsk_xbuf *xb = bp->b_private;

	if (xb && xb->xb_alloc) {
		bp->b_private = NULL;
		kmem_free(xb, sizeof(*xb));
	}
}

/* Finish @bp: destroy its packet, set the error, biodone (no lock held). */
static void sdsk_done(struct sdsk_unit *un, struct buf *bp, int err)
{
	struct sdsk_xbuf *xb = bp->b_private;

	if (xb->xb_pkt) {
		scsi_destroy_pkt(xb->xb_pkt);
		xb->xb_pkt = NULL;
	}
	if (err) {
		bioerror(bp, err);
		bp->b_resid = bp->b_bcount - xb->xb_off;
	} else {
		bp->b_resid = 0;
	}
	sdsk_xbuf_free(bp);
	biodone(bp);
}

/*
 * Start as many queued bufs as the throttle allows.  Any context: packets
 * are allocated with a runout callback (never sleeping), and scsi_transport
 * is called without un_mutex held, as SCSA requires.
 */
static void sdsk_start(struct sdsk_unit *un)
{
	struct scsi_pkt *pkt;
	struct sdsk_xbuf *xb;
	struct buf *bp;
	int rv;

	mutex_enter(&un->un_mutex);
	while (un->un_waitq_head && un->un_ncmds < SDSK_THROTTLE &&
	       !un->un_restart_tid) {
		bp = un->un_waitq_head;
		xb = bp->b_private;
		if (!xb->xb_pkt) {
			pkt = scsi_init_pkt(ROUTE(un), NULL, bp,
					    xb->xb_g4 ? CDB_GROUP4 : CDB_GROUP1,
					    sizeof(struct scsi_arq_status), 0,
					    PKT_DMA_PARTIAL, sdsk_runout,
					    (caddr_t)un);
			if (!pkt) {
				if (geterror(bp)) {
					/* permanent: fail this buf */
					sdsk_dequeue(un);
					mutex_exit(&un->un_mutex);
					sdsk_done(un, bp, geterror(bp));
					mutex_enter(&un->un_mutex);
					continue;
				}
				break;	/* sdsk_runout() will call us again */
			}
			xb->xb_pkt = pkt;
			sdsk_setup_rw(un, pkt, bp, xb);
			pkt->pkt_comp = sdsk_intr;
		}
		pkt = xb->xb_pkt;
		sdsk_dequeue(un);
		un->un_ncmds++;
		mutex_exit(&un->un_mutex);
		rv = scsi_transport(pkt);
		mutex_enter(&un->un_mutex);
		if (rv == TRAN_ACCEPT)
			continue;
		un->un_ncmds--;
		if (rv == TRAN_BUSY) {
			sdsk_enqueue(un, bp, B_TRUE);
			un->un_restart_tid = timeout(sdsk_restart, un,
					drv_usectohz(SDSK_RESTART_USEC));
			if (un->un_restart_tid)
				break;
			/* no callout to retry from: fail it, never strand it */
			sdsk_dequeue(un);
			cmn_err(CE_WARN, "sdsk%d: busy and no timeout: I/O failed",
				un->un_instance);
			rv = TRAN_BADPKT;
		}
		mutex_exit(&un->un_mutex);
		sdsk_done(un, bp, rv == TRAN_FATAL_ERROR ? ENXIO : EIO);
		mutex_enter(&un->un_mutex);
	}
	mutex_exit(&un->un_mutex);
}

/* Resend the packet's current window (retry or next window). */
static void sdsk_resend(struct sdsk_unit *un, struct buf *bp)
{
	mutex_enter(&un->un_mutex);
	un->un_ncmds--;
	sdsk_enqueue(un, bp, B_TRUE);
	mutex_exit(&un->un_mutex);
	sdsk_start(un);
}

static boolean_t sdsk_retryable(struct scsi_pkt *pkt)
{
	if (pkt->pkt_reason == CMD_DEV_GONE)
		return B_FALSE;
	if (pkt->pkt_reason == CMD_CMPLT &&
	    (*pkt->pkt_scbp & STATUS_MASK) == STATUS_CHECK &&
	    (pkt->pkt_state & STATE_ARQ_DONE)) {
		struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;

		switch (arq->sts_sensedata.es_key) {
		case KEY_UNIT_ATTENTION:
		case KEY_NOT_READY:
		case KEY_ABORTED_COMMAND:
		case KEY_NO_SENSE:
		case KEY_RECOVERABLE_ERROR:
			return B_TRUE;
		default:
			return B_FALSE;
		}
	}
	return B_TRUE;
}

/* pkt_comp: interrupt context on Solaris; never sleeps. */
static void sdsk_intr(struct scsi_pkt *pkt)
{
	struct buf *bp = (struct buf *)pkt->pkt_private;
	struct sdsk_xbuf *xb = bp->b_private;
	struct sdsk_unit *un = xb->xb_un;

	if (pkt->pkt_reason == CMD_CMPLT &&
	    (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD &&
	    pkt->pkt_resid == 0) {
		xb->xb_off += xb->xb_win;
		xb->xb_retries = 0;
		if (xb->xb_dma_resid) {
			/* next DMA window of the same buf */
			if (scsi_init_pkt(ROUTE(un), pkt, bp, 0, 0, 0, 0,
					  NULL_FUNC, NULL) != pkt)
				goto fail;
			sdsk_setup_rw(un, pkt, bp, xb);
			pkt->pkt_comp = sdsk_intr;
			sdsk_resend(un, bp);
			return;
		}
		mutex_enter(&un->un_mutex);
		un->un_ncmds--;
		mutex_exit(&un->un_mutex);
		sdsk_done(un, bp, 0);
		sdsk_start(un);
		return;
	}
	if (sdsk_retryable(pkt) && xb->xb_retries++ < SDSK_RETRIES) {
		pkt->pkt_resid = 0;
		sdsk_resend(un, bp);
		return;
	}
fail:
	mutex_enter(&un->un_mutex);
	un->un_ncmds--;
	mutex_exit(&un->un_mutex);
	sdsk_done(un, bp, pkt->pkt_reason == CMD_DEV_GONE ? ENXIO : EIO);
	sdsk_start(un);
}

/**
 * sdsk_strategy() - strategy(9E): queue @bp for the unit of its minor.
 * @bp: the buf.  getminor(b_edev) is the instance (the block device's
 *      and the raw node's minor are both the instance); b_lblkno is the
 *      start in 512-byte blocks and b_bcount the length in bytes, both
 *      multiples of the unit's block size and within its capacity;
 *      B_READ or B_WRITE.  From the block glue: a B_PAGEIO buf whose
 *      b_private points to a struct sdsk_xbuf that stays the driver's
 *      until biodone().  From physio(9F) (the raw node): a B_PHYS buf
 *      of user memory (pinned by physio, so it can be started from any
 *      context) with no b_private; an xbuf is allocated for it here and
 *      freed before biodone().
 *
 * The transfer is split into DMA windows (PKT_DMA_PARTIAL); a window
 * that fails retryably is retried up to SDSK_RETRIES (5) times, with
 * SDSK_IO_TIME (30) seconds per command.  The outcome is reported
 * through the buf, with biodone(), possibly before this returns: errors
 * are set with bioerror(), and b_resid is the bytes not transferred.
 * Source: strategy(9E).
 *
 * Context: any (called from blk-mq queue_rq, or from physio in the
 * reader's or writer's process context); never sleeps except to
 * allocate the xbuf of a B_PHYS buf (KM_SLEEP: physio's context allows
 * it).  biodone() may run in pkt_comp context.
 * Return: 0, always (strategy(9E)).  Errors go to the buf: ENXIO (no unit
 * for the minor, the device is gone, or TRAN_FATAL_ERROR); ENOMEM (no
 * xbuf for a non-B_PHYS buf without one);
 * EINVAL (misaligned, or beyond the capacity: nothing transferred; or the
 * transfer can never be mapped, from scsi_init_pkt()); EFAULT (the
 * buffer cannot be mapped); EIO (the command failed after its retries,
 * was refused by scsi_transport(), or its next DMA window could not be
 * set up).
 */
int sdsk_strategy(struct buf *bp)
{
	struct sdsk_unit *un = ddi_get_soft_state(sdsk_state,
						  getminor(bp->b_edev));
	struct sdsk_xbuf *xb = bp->b_private;
	diskaddr_t blk, nblk;

	if (!un) {
		bioerror(bp, ENXIO);
		bp->b_resid = bp->b_bcount;
		biodone(bp);
		return 0;
	}
	if (!xb) {
		xb = kmem_zalloc(sizeof(*xb), (bp->b_flags & B_PHYS) ?
				 KM_SLEEP : KM_NOSLEEP);
		if (!xb) {
			bioerror(bp, ENOMEM);
			bp->b_resid = bp->b_bcount;
			biodone(bp);
			return 0;
		}
		xb->xb_alloc = 1;
		bp->b_private = xb;
	}
	blk = bp->b_lblkno * 512 / un->un_blksize;
	nblk = bp->b_bcount / un->un_blksize;
	if (bp->b_bcount % un->un_blksize ||
	    (bp->b_lblkno * 512) % un->un_blksize ||
	    blk + nblk > un->un_blkcount) {
		bioerror(bp, EINVAL);
		bp->b_resid = bp->b_bcount;
		sdsk_xbuf_free(bp);
		biodone(bp);
		return 0;
	}
	xb->xb_un = un;
	xb->xb_pkt = NULL;
	xb->xb_blkno = blk;
	xb->xb_off = 0;
	xb->xb_retries = 0;
	xb->xb_g4 = (blk + nblk > 0xffffffffULL || nblk > 0xffff);

	mutex_enter(&un->un_mutex);
	sdsk_enqueue(un, bp, B_FALSE);
	mutex_exit(&un->un_mutex);
	sdsk_start(un);
	return 0;
}

/* ---- the raw character device: open(9E), read(9E), write(9E) ---- */

/* minphys for physio: no raw buf larger than the host moves at once */
static void sdsk_minphys(struct buf *bp)
{
	struct sdsk_unit *un = ddi_get_soft_state(sdsk_state,
						  getminor(bp->b_edev));

	if (un && bp->b_bcount > un->un_max_xfer)
		bp->b_bcount = un->un_max_xfer;
}

static int sdsk_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	if (!ddi_get_soft_state(sdsk_state, getminor(*devp)))
		return ENXIO;
	if (otyp != OTYP_CHR)
		return EINVAL;
	return 0;
}

static int sdsk_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	return 0;
}

/*
 * Raw I/O, as sd: the offset and every length must be whole blocks
 * (EINVAL).  A transfer reaching past the end is cut short there; one
 * starting at the end reads nothing (end of file), a write there or
 * anything starting beyond fails with ENXIO.
 */
static int sdsk_rw(dev_t dev, struct uio *uio, int rw)
{
	struct sdsk_unit *un = ddi_get_soft_state(sdsk_state, getminor(dev));
	offset_t size, off;
	ssize_t over = 0;
	int i, err;

	if (!un)
		return ENXIO;
	off = uio->uio_loffset;
	if (off < 0 || off % un->un_blksize ||
	    uio->uio_resid % un->un_blksize)
		return EINVAL;
	for (i = 0; i < uio->uio_iovcnt; i++)
		if (uio->uio_iov[i].iov_len % un->un_blksize)
			return EINVAL;
	size = (offset_t)un->un_blkcount * un->un_blksize;
	if (off >= size)
		return (off == size && rw == B_READ) ? 0 : ENXIO;
	if (uio->uio_resid > size - off) {
		over = uio->uio_resid - (size - off);
		uio->uio_resid -= over;
	}
	err = physio(sdsk_strategy, NULL, dev, rw, sdsk_minphys, uio);
	uio->uio_resid += over;
	return err;
}

static int sdsk_read(dev_t dev, struct uio *uio, cred_t *credp)
{
	return sdsk_rw(dev, uio, B_READ);
}

static int sdsk_write(dev_t dev, struct uio *uio, cred_t *credp)
{
	return sdsk_rw(dev, uio, B_WRITE);
}

static struct cb_ops sdsk_cb_ops = {
	.cb_open	= sdsk_open,
	.cb_close	= sdsk_close,
	.cb_strategy	= sdsk_strategy,
	.cb_read	= sdsk_read,
	.cb_write	= sdsk_write,
	.cb_flag	= D_MP | D_NEW | D_64BIT,
	.cb_rev		= CB_REV,
};

/* ---- autoconfiguration ---- */

static int sdsk_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *devp = ddi_get_driver_private(dip);
	int instance = ddi_get_instance(dip);
	struct sdsk_unit *un;
	int rv, dmamax;

	if (cmd != DDI_ATTACH)
		return DDI_FAILURE;
	rv = scsi_probe(devp, SLEEP_FUNC);
	if (rv != SCSIPROBE_EXISTS || (devp->sd_inq->inq_dtype & DTYPE_MASK) != DTYPE_DIRECT) {
		scsi_log(dip, "sdsk", CE_NOTE, "sdsk%d: not a disk (probe %d)",
			 instance, rv);
		scsi_unprobe(devp);
		return DDI_FAILURE;
	}
	if (ddi_soft_state_zalloc(sdsk_state, instance) != DDI_SUCCESS) {
		scsi_log(dip, "sdsk", CE_WARN, "sdsk%d: no soft state",
			 instance);
		goto fail_probe;
	}
	un = ddi_get_soft_state(sdsk_state, instance);
	un->un_dip = dip;
	un->un_sd = devp;
	un->un_instance = instance;
	devp->sd_private = (caddr_t)un;
	mutex_init(&un->un_mutex, NULL, MUTEX_DRIVER, NULL);

	if (sdsk_read_capacity(un)) {
		scsi_log(dip, "sdsk", CE_WARN, "sdsk%d: READ CAPACITY failed",
			 instance);
		goto fail_soft;
	}
	/*
	 * As sd does: no request larger than the host moves in one command
	 * ("dma-max"), so that large I/O reaches us already split and its
	 * pieces run in parallel instead of one DMA window after another.
	 */
	dmamax = scsi_ifgetcap(ROUTE(un), "dma-max", 1);
	un->un_max_xfer = dmamax >= (int)un->un_blksize ?
			  (size_t)dmamax - dmamax % un->un_blksize :
			  un->un_blksize;
	un->un_lnx = sdsk_lnx_create(dip, instance, un->un_blkcount,
				     un->un_blksize,
				     dmamax > 0 ? (uint32_t)dmamax : 0);
	if (!un->un_lnx) {
		scsi_log(dip, "sdsk", CE_WARN, "sdsk%d: no block device",
			 instance);
		goto fail_soft;
	}
	/* the raw disk, as sd's "<slice>,raw" nodes: minor = instance */
	if (ddi_create_minor_node(dip, "raw", S_IFCHR, instance,
				  DDI_NT_BLOCK_CHAN, 0) != DDI_SUCCESS) {
		scsi_log(dip, "sdsk", CE_WARN, "sdsk%d: no raw device node",
			 instance);
		sdsk_lnx_destroy(un->un_lnx);
		goto fail_soft;
	}
	ddi_report_dev(dip);
	return DDI_SUCCESS;

fail_soft:
	mutex_destroy(&un->un_mutex);
	ddi_soft_state_free(sdsk_state, instance);
fail_probe:
	scsi_unprobe(devp);
	return DDI_FAILURE;
}

static int sdsk_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct sdsk_unit *un = ddi_get_soft_state(sdsk_state, instance);
	timeout_id_t tid;

	if (cmd != DDI_DETACH || !un)
		return DDI_FAILURE;
	/* no raw I/O runs: the framework stopped the entry points first */
	ddi_remove_minor_node(dip, NULL);
	/* removes the block device; waits for its requests to finish */
	sdsk_lnx_destroy(un->un_lnx);
	mutex_enter(&un->un_mutex);
	tid = un->un_restart_tid;
	un->un_restart_tid = NULL;
	mutex_exit(&un->un_mutex);
	if (tid)
		(void) untimeout(tid);
	mutex_destroy(&un->un_mutex);
	scsi_unprobe(un->un_sd);
	ddi_soft_state_free(sdsk_state, instance);
	return DDI_SUCCESS;
}

static struct dev_ops sdsk_ops = {
	.devo_rev	= DEVO_REV,
	.devo_attach	= sdsk_attach,
	.devo_detach	= sdsk_detach,
	.devo_cb_ops	= &sdsk_cb_ops,
	.devo_quiesce	= ddi_quiesce_not_needed,
};

static const char * const sdsk_aliases[] = { "scsiclass,00", NULL };

static struct modldrv sdsk_modldrv = {
	.drv_modops	= &mod_driverops,
	.drv_linkinfo	= "scsa_disk",
	.drv_dev_ops	= &sdsk_ops,
	.drv_aliases	= sdsk_aliases,
};

static struct modlinkage sdsk_modlinkage = {
	.ml_rev		= MODREV_1,
	.ml_linkage	= { &sdsk_modldrv, NULL },
};

/**
 * _init() - _init(9E): set up the soft state and register the driver.
 *
 * Description: mod_install() attaches every present direct-access device
 * before it returns.  Called by the Linux glue's module_init.
 * Source: _init(9E).
 *
 * Context: process; may sleep.
 * Return: 0; EINVAL or ENOMEM from ddi_soft_state_init(); EINVAL, ENOMEM
 * or EEXIST from mod_install().  Positive errno values.
 */
int _init(void)
{
	int err;

	err = ddi_soft_state_init(&sdsk_state, sizeof(struct sdsk_unit), 4);
	if (err)
		return err;
	err = mod_install(&sdsk_modlinkage);
	if (err)
		ddi_soft_state_fini(&sdsk_state);
	return err;
}

/**
 * _fini() - _fini(9E): detach every instance and unregister the driver.
 *
 * Description: the soft state is freed only if mod_remove() succeeds.
 * Called by the Linux glue's module_exit.  Source: _fini(9E).
 *
 * Context: process; may sleep.
 * Return: 0; EINVAL from mod_remove() if the driver was not installed.
 */
int _fini(void)
{
	int err = mod_remove(&sdsk_modlinkage);

	if (!err)
		ddi_soft_state_fini(&sdsk_state);
	return err;
}
