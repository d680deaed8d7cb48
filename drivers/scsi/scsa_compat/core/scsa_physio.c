// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_physio.c - raw I/O for character drivers: physio(9F), minphys(9F),
 * and aphysio(9F), which is not supported.
 *
 * physio() turns each iovec of a uio into bufs no larger than the
 * driver's mincnt routine allows and hands them to its strategy routine
 * one at a time.  User memory is not copied: the bufs are B_PHYS with
 * b_proc = the caller, and physio() pins their pages for the time of the
 * buf, as Solaris' physio locks them, listing them in b_pages (B_SHADOW,
 * b_npages bio_vecs): scsi_init_pkt(9F) binds such a buf in any context,
 * so a strategy routine may queue it and start it later from pkt_comp or
 * a runout callback.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/mm.h>
#include <linux/bvec.h>
#include <sys/uio.h>
#include <sys/aio_req.h>

#define SCSA_DEV_BSHIFT		9	/* b_lblkno units: 512 bytes */

/*
 * Pin the user pages under bp's b_bcount bytes at b_un.b_addr and list
 * them in b_pages (B_SHADOW).  Return: 0, EFAULT or ENOMEM.
 */
static int scsa_physio_pin(struct buf *bp, struct page ***pagesp)
{
	unsigned long ua = (unsigned long)bp->b_un.b_addr;
	unsigned int off = offset_in_page(ua), i, n;
	size_t left = bp->b_bcount;
	struct page **pages;
	struct bio_vec *bv;
	int got;

	n = DIV_ROUND_UP(off + left, PAGE_SIZE);
	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	bv = kvmalloc_array(n, sizeof(*bv), GFP_KERNEL);
	if (!pages || !bv) {
		kvfree(pages);
		kvfree(bv);
		return ENOMEM;
	}
	got = pin_user_pages_fast(ua & PAGE_MASK, n,
				  (bp->b_flags & B_READ) ? FOLL_WRITE : 0,
				  pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(pages, got);
		kvfree(pages);
		kvfree(bv);
		return EFAULT;
	}
	for (i = 0; i < n; i++) {
		bv[i].bv_page = pages[i];
		bv[i].bv_offset = i ? 0 : off;
		bv[i].bv_len = min_t(size_t, left, PAGE_SIZE - bv[i].bv_offset);
		left -= bv[i].bv_len;
	}
	bp->b_pages = bv;
	bp->b_npages = n;
	bp->b_flags |= B_SHADOW;
	*pagesp = pages;
	return 0;
}

/* Undo scsa_physio_pin(); pages the device wrote into are dirtied. */
static void scsa_physio_unpin(struct buf *bp, struct page **pages)
{
	unpin_user_pages_dirty_lock(pages, bp->b_npages,
				    !!(bp->b_flags & B_READ));
	kvfree(pages);
	kvfree(bp->b_pages);
	bp->b_pages = NULL;
	bp->b_npages = 0;
	bp->b_flags &= ~B_SHADOW;
}

/* See scsa_sol.h. */
int scsa_uio_is_user(const struct uio *uio)
{
	switch (uio->uio_segflg) {
	case UIO_USERSPACE:
	case UIO_USERISPACE:
		return 1;
	case UIO_SYSSPACE:
		return 0;
	default:
		return -1;
	}
}

/**
 * minphys() - limit a buf to what physio() sends in one piece by default.
 * @bp: the buf; b_bcount is lowered to SCSA_MAXPHYS (1 MiB) if larger.
 *
 * Source: minphys(9F).  Deviation: the limit is 1 MiB (illumos' maxphys
 * depends on the platform).
 *
 * Context: any; does not sleep.
 */
void minphys(struct buf *bp)
{
	if (bp && bp->b_bcount > SCSA_MAXPHYS)
		bp->b_bcount = SCSA_MAXPHYS;
}
EXPORT_SYMBOL_GPL(scsa_minphys);

/**
 * physio() - raw I/O of a uio through a strategy routine.
 * @strat:  the driver's strategy(9E) routine; it is called in the
 *          caller's context and must end each buf with biodone(9F).
 * @bp:     a buf to use (initialised with getrbuf(9F)/bioinit(9F), no
 *          transfer in progress; b_private is left alone, b_iodone must
 *          be NULL and is cleared), or NULL to have physio() allocate one.
 * @dev:    the device number, given to the strategy routine as b_edev.
 * @rw:     B_READ (device to memory) or B_WRITE.
 * @mincnt: lowers b_bcount to what the driver can take in one buf
 *          (minphys or the driver's own); NULL is minphys.  A mincnt that
 *          leaves b_bcount 0 ends the transfer with EINVAL.
 * @uio:    the transfer: UIO_USERSPACE (B_PHYS bufs of the caller's
 *          memory, b_proc = current) or UIO_SYSSPACE (kernel addresses)
 *          iovecs.  uio_iov, uio_iovcnt, uio_loffset and uio_resid are
 *          advanced by the bytes transferred; at most uio_resid bytes
 *          are moved.
 *
 * For each piece: b_flags = B_BUSY | B_PHYS (user memory) | @rw, b_edev,
 * b_un.b_addr, b_bcount, b_lblkno = b_blkno = uio_loffset in 512-byte
 * units (the driver checks its own alignment); for user memory the pages
 * are pinned and listed in b_pages/b_npages (bio_vecs) with B_SHADOW, so
 * scsi_init_pkt(9F) can bind the buf from any context; then strategy,
 * biowait(9F), and the pages are released (dirtied after a read).  The
 * transfer stops at the first error or short buf (b_resid != 0).
 * Source: physio(9F).
 *
 * Context: process, where sleeping is allowed, for user memory in the
 * context of its process; sleeps.  No kmutex_t may be held.
 * Return: 0 (also after a short transfer: uio_resid says how much is
 * left); EFAULT if a user address range is not accessible or not
 * mapped (nothing of that piece moved) or user memory cannot be reached
 * from here; ENOMEM if the page list cannot be allocated; EINVAL
 * if @strat or @uio is NULL, uio_segflg is unknown, mincnt left 0 bytes,
 * or called where sleeping is not allowed; otherwise the buf's error
 * (geterror(9F): the strategy routine's bioerror()).  Positive errno
 * values.
 */
int physio(int (*strat)(struct buf *), struct buf *bp, dev_t dev, int rw,
	   void (*mincnt)(struct buf *), struct uio *uio)
{
	struct page **pages = NULL;
	bool user, own = false;
	int err = 0;

	if (!strat || !uio)
		return EINVAL;
	if (scsa_uio_is_user(uio) < 0)
		return EINVAL;
	user = scsa_uio_is_user(uio);
	if (!scsa_may_sleep()) {
		pr_warn_ratelimited("physio() where sleeping is not allowed, from %pS\n",
				    __builtin_return_address(0));
		return EINVAL;
	}
	if (user && !current->mm)
		return EFAULT;
	if (!mincnt)
		mincnt = minphys;
	if (!bp) {
		bp = getrbuf(KM_SLEEP);
		own = true;
	}

	while (uio->uio_resid > 0 && uio->uio_iovcnt > 0) {
		iovec_t *iov = uio->uio_iov;
		size_t len = min_t(size_t, iov->iov_len, uio->uio_resid);
		size_t c, done;

		if (!len) {
			uio->uio_iov++;
			uio->uio_iovcnt--;
			continue;
		}
		if (user && !access_ok(iov->iov_base, len)) {
			err = EFAULT;
			break;
		}
		bp->b_flags = B_BUSY | (rw & B_READ ? B_READ : B_WRITE) |
			      (user ? B_PHYS : 0);
		bp->b_error = 0;
		bp->b_resid = 0;
		bp->b_iodone = NULL;
		reinit_completion(&bp->b_io_done);
		bp->b_edev = dev;
		bp->b_un.b_addr = (caddr_t)(void __force *)iov->iov_base;
		bp->b_proc = user ? current : NULL;
		bp->b_pages = NULL;
		bp->b_npages = 0;
		bp->b_lblkno = (diskaddr_t)uio->uio_loffset >> SCSA_DEV_BSHIFT;
		bp->b_bcount = len;
		mincnt(bp);
		c = bp->b_bcount;
		if (!c) {
			err = EINVAL;
			break;
		}
		if (c > len)
			bp->b_bcount = c = len;
		if (user) {
			err = scsa_physio_pin(bp, &pages);
			if (err)
				break;
		}

		(void)strat(bp);
		err = biowait(bp);
		if (user)
			scsa_physio_unpin(bp, pages);

		done = c - min_t(size_t, bp->b_resid, c);
		iov->iov_base += done;
		iov->iov_len -= done;
		uio->uio_resid -= done;
		uio->uio_loffset += done;
		if (err || done < c)
			break;
	}
	bp->b_flags &= ~(B_BUSY | B_PHYS);
	bp->b_proc = NULL;
	if (own)
		freerbuf(bp);
	return err;
}
EXPORT_SYMBOL_GPL(scsa_physio);

/**
 * aphysio() - asynchronous raw I/O: not supported.
 * @strat:  the strategy routine; unused.
 * @cancel: anocancel; unused.
 * @dev:    the device; unused.
 * @rw:     B_READ or B_WRITE; unused.
 * @mincnt: the mincnt routine; unused.
 * @aio:    the request; unused, nothing is transferred.
 *
 * The shim never calls cb_aread/cb_awrite (Linux asynchronous I/O does not
 * reach character drivers through them), so a driver only gets here by
 * calling it itself.  Source: aphysio(9F); deviation: not implemented.
 *
 * Context: any; does not sleep.
 * Return: ENOTSUP, always.
 */
int aphysio(int (*strat)(struct buf *), int (*cancel)(struct buf *),
	    dev_t dev, int rw, void (*mincnt)(struct buf *),
	    struct aio_req *aio)
{
	return ENOTSUP;
}
EXPORT_SYMBOL_GPL(scsa_aphysio);

/**
 * anocancel() - the cancel routine to pass to aphysio(9F).
 * @bp: the buf; unused.
 *
 * Source: anocancel(9F).
 *
 * Context: any; does not sleep.
 * Return: ENXIO (a cancel is never possible).
 */
int anocancel(struct buf *bp)
{
	return ENXIO;
}
EXPORT_SYMBOL_GPL(scsa_anocancel);
