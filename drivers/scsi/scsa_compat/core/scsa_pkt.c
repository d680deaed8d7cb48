// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_pkt.c - packets and DMA resources: scsi_init_pkt(9F) and friends.
 *
 * A packet is one object from a kmem_cache holding struct scsi_pkt, the
 * CDB, status and private areas (inline up to a size, allocated beyond it)
 * and the bio table of its window.  "DMA resources" are a window of the
 * buffer computed from the LUN's limits (scsa_window.c): nothing is mapped
 * here and no Linux request is held; both happen at scsi_transport() time.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/hardirq.h>
#include <linux/rcupdate.h>
#include <linux/delay.h>
#include <linux/sched/mm.h>
#include <linux/workqueue.h>

static struct kmem_cache *scsa_pkt_cache;

/* Errors of the binding step, as DDI DMA results. */
#define SCSA_NORESOURCES	(-ENOMEM)	/* transient (memory): b_error = 0 */
#define SCSA_NOWINDOW		(-EAGAIN)	/* transient (host window): b_error = 0 */
#define SCSA_TOOBIG		(-EINVAL)	/* B_ERROR, EINVAL */
#define SCSA_NOMAPPING		(-EFAULT)	/* B_ERROR, EFAULT */

/**
 * scsa_may_sleep() - is the caller allowed to block?
 * Context: any.  False in interrupt context, with preemption or interrupts
 * disabled, and inside an RCU read-side section.
 */
bool scsa_may_sleep(void)
{
	return preemptible() && !rcu_preempt_depth();
}

struct scsa_pkt *scsa_pkt_from(struct scsi_pkt *pkt)
{
	struct scsa_pkt *sp;

	if (!pkt)
		return NULL;
	sp = container_of(pkt, struct scsa_pkt, pkt);
	if (sp->magic != SCSA_PKT_MAGIC) {
		pr_warn_ratelimited("not a packet from scsi_init_pkt(): %p\n",
				    pkt);
		return NULL;
	}
	return sp;
}

/**
 * scsi_pkt_allocated_correctly() - was @pkt allocated by the framework?
 * @pkt: a packet.
 *
 * Return: 1 if it came from scsi_init_pkt() or an obsolete allocator, else 0.
 * Context: any.  Source: illumos scsi_hba.c (private interface used by sd/st).
 */
int scsi_pkt_allocated_correctly(struct scsi_pkt *pkt)
{
	return pkt && container_of(pkt, struct scsa_pkt, pkt)->magic ==
		SCSA_PKT_MAGIC;
}
EXPORT_SYMBOL_GPL(scsi_pkt_allocated_correctly);

/* Record a failed binding in the buf, as scsi_init_pkt(9F) requires. */
void scsa_bp_fail(struct buf *bp, int err)
{
	if (!bp)
		return;
	if (err == SCSA_NORESOURCES || err == SCSA_NOWINDOW)
		bp->b_error = 0;		/* transient; B_ERROR untouched */
	else
		bioerror(bp, err == SCSA_NOMAPPING ? EFAULT : EINVAL);
}

static void *scsa_area(u8 *inl, size_t inl_size, void **ext, int len,
		       gfp_t gfp)
{
	if (len <= 0)
		return NULL;
	if (len <= inl_size) {
		memset(inl, 0, len);
		return inl;
	}
	*ext = kzalloc(len, gfp);
	return *ext;
}

static void scsa_pkt_unbind(struct scsa_pkt *sp);

static void scsa_pkt_free(struct scsa_pkt *sp)
{
	scsa_pkt_unbind(sp);
	kfree(sp->cdb_ext);
	kfree(sp->scb_ext);
	kfree(sp->priv_ext);
	kfree(sp->bvt_ext);
	sp->magic = 0;
	scsa_lnx_put(sp->lun);
	kmem_cache_free(scsa_pkt_cache, sp);
	scsa_stat_add(pkts_freed, 1);
}

static int scsa_pkt_alloc(struct scsi_address *ap, int cmdlen, int statuslen,
			  int privatelen, gfp_t gfp, struct scsa_pkt **out)
{
	struct scsa_lun *lun = scsa_ap_lun(ap);
	struct scsa_limits lim;
	struct scsa_pkt *sp;

	scsa_lnx_limits(lun, &lim);
	if (cmdlen < 0 || cmdlen > lim.max_cdb || statuslen < 0 ||
	    statuslen > 255 + (int)sizeof(struct scsi_arq_status) ||
	    privatelen < 0 || privatelen > (1 << 20)) {
		pr_warn_ratelimited("scsi_init_pkt: bad lengths cdb %d (max %u) status %d private %d\n",
				    cmdlen, lim.max_cdb, statuslen, privatelen);
		return SCSA_TOOBIG;
	}

	sp = kmem_cache_alloc(scsa_pkt_cache, gfp);
	if (!sp)
		return SCSA_NORESOURCES;
	memset(&sp->pkt, 0, sizeof(sp->pkt));
	sp->magic = SCSA_PKT_MAGIC;
	sp->iflags = 0;
	sp->bind_flags = 0;
	sp->lun = lun;
	scsa_lnx_get(lun);
	sp->bp = NULL;
	sp->iopb_bp = NULL;
	sp->bounce = NULL;
	sp->upin = NULL;
	sp->reserved = false;
	sp->mapped = sp->win_off = sp->win_len = 0;
	atomic_set(&sp->busy, 0);
	sp->wait = NULL;
	sp->cdb_ext = sp->scb_ext = sp->priv_ext = NULL;
	sp->bvt_ext = NULL;
	sp->bvt_cap = SCSA_INLINE_BVECS;
	INIT_LIST_HEAD(&sp->xfer.defer_node);

	sp->pkt.pkt_address = *ap;
	sp->pkt.pkt_ha_private = sp;
	sp->pkt.pkt_cdblen = cmdlen;
	sp->pkt.pkt_scblen = statuslen;
	sp->pkt.pkt_tgtlen = privatelen;
	sp->pkt.pkt_cdbp = scsa_area(sp->cdb, sizeof(sp->cdb), &sp->cdb_ext,
				     cmdlen, gfp);
	sp->pkt.pkt_scbp = scsa_area(sp->scb, sizeof(sp->scb), &sp->scb_ext,
				     statuslen, gfp);
	sp->pkt.pkt_private = scsa_area(sp->priv, sizeof(sp->priv),
					&sp->priv_ext, privatelen, gfp);
	if ((cmdlen > 0 && !sp->pkt.pkt_cdbp) ||
	    (statuslen > 0 && !sp->pkt.pkt_scbp) ||
	    (privatelen > 0 && !sp->pkt.pkt_private)) {
		scsa_pkt_free(sp);
		return SCSA_NORESOURCES;
	}
	scsa_stat_add(pkts_allocated, 1);
	*out = sp;
	return 0;
}

/* Pinned pages of a B_PHYS buffer, released (possibly later) in one go. */
struct scsa_upin {
	struct work_struct work;
	struct page **pages;
	struct bio_vec *bv;
	unsigned int n;
	bool dirty;			/* the device wrote into them */
};

static void scsa_upin_free(struct scsa_upin *u)
{
	unpin_user_pages_dirty_lock(u->pages, u->n, u->dirty);
	kvfree(u->pages);
	kvfree(u->bv);
	kfree(u);
}

static void scsa_upin_work(struct work_struct *w)
{
	scsa_upin_free(container_of(w, struct scsa_upin, work));
}

/* Dirtying a page may sleep (page lock): from atomic context defer it. */
static void scsa_upin_release(struct scsa_upin *u)
{
	if (scsa_may_sleep()) {
		scsa_upin_free(u);
	} else {
		INIT_WORK(&u->work, scsa_upin_work);
		schedule_work(&u->work);
	}
}

/*
 * B_PHYS: pin the user pages of bp (which must belong to the calling
 * process) and describe them as a bio_vec list.  May sleep (page faults).
 */
static int scsa_pin_user(struct scsa_pkt *sp, struct buf *bp,
			 struct scsa_bufdesc *d)
{
	unsigned long ua = (unsigned long)bp->b_un.b_addr;
	unsigned int off = offset_in_page(ua), i, n;
	size_t left = bp->b_bcount;
	struct scsa_upin *u;
	int got;

	if (!scsa_may_sleep() || !current->mm ||
	    (bp->b_proc && bp->b_proc != current)) {
		pr_warn_ratelimited("B_PHYS buffer bound outside its process or where sleeping is not allowed\n");
		return SCSA_NOMAPPING;
	}
	if (!access_ok((void __user *)ua, left))
		return SCSA_NOMAPPING;
	n = DIV_ROUND_UP(off + left, PAGE_SIZE);
	u = kzalloc(sizeof(*u), GFP_KERNEL);
	if (!u)
		return SCSA_NORESOURCES;
	u->pages = kvmalloc_array(n, sizeof(*u->pages), GFP_KERNEL);
	u->bv = kvmalloc_array(n, sizeof(*u->bv), GFP_KERNEL);
	if (!u->pages || !u->bv) {
		kvfree(u->pages);
		kvfree(u->bv);
		kfree(u);
		return SCSA_NORESOURCES;
	}
	u->dirty = bp->b_flags & B_READ;
	got = pin_user_pages_fast(ua & PAGE_MASK, n,
				  u->dirty ? FOLL_WRITE : 0, u->pages);
	if (got != n) {
		if (got > 0)
			unpin_user_pages(u->pages, got);
		kvfree(u->pages);
		kvfree(u->bv);
		kfree(u);
		return SCSA_NOMAPPING;
	}
	u->n = n;
	for (i = 0; i < n; i++) {
		u->bv[i].bv_page = u->pages[i];
		u->bv[i].bv_offset = i ? 0 : off;
		u->bv[i].bv_len = min_t(size_t, left,
					PAGE_SIZE - u->bv[i].bv_offset);
		left -= u->bv[i].bv_len;
	}
	sp->upin = u;
	d->kind = SCSA_BUF_BVEC;
	d->bv = u->bv;
	d->nbv = n;
	return 0;
}

static int scsa_describe(struct scsa_pkt *sp, struct buf *bp,
			 struct scsa_bufdesc *d)
{
	d->len = bp->b_bcount;
	d->bv = NULL;
	d->nbv = 0;
	d->kva = NULL;
	/*
	 * Bound from the page list in b_pages: a B_PAGEIO buf, or a B_PHYS
	 * buf whose pages physio(9F) pinned and listed itself (B_SHADOW),
	 * which can so be bound in any context.  Any other B_PHYS buf is
	 * pinned here, in its owner's context.
	 */
	if ((bp->b_flags & B_PAGEIO) ||
	    ((bp->b_flags & (B_PHYS | B_SHADOW)) == (B_PHYS | B_SHADOW) &&
	     bp->b_pages && bp->b_npages)) {
		if (!bp->b_pages || !bp->b_npages)
			return SCSA_NOMAPPING;
		d->kind = SCSA_BUF_BVEC;
		d->bv = bp->b_pages;
		d->nbv = bp->b_npages;
		return 0;
	}
	if (bp->b_flags & B_PHYS)
		return scsa_pin_user(sp, bp, d);
	if (!bp->b_un.b_addr)
		return SCSA_NOMAPPING;
	d->kind = SCSA_BUF_KVA;
	d->kva = bp->b_un.b_addr;
	return 0;
}

/*
 * A buffer the host cannot take as it is (misaligned for its DMA): give
 * the block layer a bounce copy instead.  The only data copy the shim
 * makes; writes are copied in at transport, reads out at completion.
 */
static int scsa_bounce(struct scsa_pkt *sp, bool sleep, gfp_t gfp)
{
	/*
	 * Whole pages: kmalloc of a power-of-two size is naturally aligned and
	 * larger ones come from the page allocator (or vmalloc), so the bounce
	 * buffer is page-aligned whatever DMA alignment the queue asks for
	 * (6.12 makes it the logical block size).
	 */
	size_t len = round_up(sp->orig.len, PAGE_SIZE);
	unsigned int noio;
	void *b;

	if (sleep) {
		noio = memalloc_noio_save();
		b = kvmalloc(len, GFP_KERNEL);
		memalloc_noio_restore(noio);
	} else {
		b = kmalloc(len, gfp);
	}
	if (!b)
		return SCSA_NORESOURCES;
	sp->bounce = b;
	sp->desc.kind = SCSA_BUF_KVA;
	sp->desc.kva = b;
	sp->desc.bv = NULL;
	sp->desc.nbv = 0;
	sp->desc.len = sp->orig.len;
	return 0;
}

/* Release what binding took: bounce buffer, pinned pages, the window. */
static void scsa_pkt_unbind(struct scsa_pkt *sp)
{
	if (sp->reserved) {
		scsa_lnx_release(sp->lun);
		sp->reserved = false;
	}
	kvfree(sp->bounce);
	sp->bounce = NULL;
	if (sp->upin) {
		scsa_upin_release(sp->upin);
		sp->upin = NULL;
	}
	sp->iflags &= ~SCSA_PF_BOUND;
	sp->bp = NULL;
	sp->mapped = sp->win_off = sp->win_len = 0;
	sp->bind_flags = 0;
}

/*
 * Bind @bp to @sp, or move to the next window.  On failure the packet's
 * previous window (if any) is left as it was.
 */
static int scsa_pkt_bind(struct scsa_pkt *sp, struct buf *bp, int flags,
			 bool sleep, gfp_t gfp)
{
	bool first = !(sp->iflags & SCSA_PF_BOUND);
	struct scsa_limits lim;
	unsigned int segs;
	size_t off = 0;
	ssize_t w;
	int err;

	if (!first) {
		/* Already bound: only a PKT_DMA_PARTIAL binding moves on. */
		if (!(sp->bind_flags & PKT_DMA_PARTIAL))
			return 0;
		if (bp != sp->bp || sp->mapped >= sp->desc.len) {
			pr_warn_ratelimited("scsi_init_pkt: no next DMA window for this packet and buf\n");
			return SCSA_TOOBIG;
		}
		off = sp->mapped;
		flags = sp->bind_flags;
	} else {
		/* the host's DMA window ("map register"), if it counts them */
		err = scsa_lnx_reserve(sp->lun);
		if (err < 0)
			return err == -EAGAIN ? SCSA_NOWINDOW : SCSA_NOMAPPING;
		sp->reserved = err > 0;
		err = scsa_describe(sp, bp, &sp->orig);
		if (err)
			goto fail;
		sp->desc = sp->orig;
	}

	scsa_lnx_limits(sp->lun, &lim);
	w = scsa_window(&sp->desc, off, &lim, &segs);
	if (w == -EXDEV && first) {
		err = scsa_bounce(sp, sleep, gfp);
		if (err)
			goto fail;
		w = scsa_window(&sp->desc, off, &lim, &segs);
	}
	err = SCSA_NOMAPPING;
	if (w <= 0)
		goto fail;
	err = SCSA_TOOBIG;
	if (off + w < sp->desc.len && !(flags & PKT_DMA_PARTIAL))
		goto fail;

	if (segs > sp->bvt_cap) {
		struct bio_vec *t = kmalloc_array(segs, sizeof(*t), gfp);

		err = SCSA_NORESOURCES;
		if (!t)
			goto fail;
		kfree(sp->bvt_ext);
		sp->bvt_ext = t;
		sp->bvt_cap = segs;
	}

	sp->bp = bp;
	sp->win_off = off;
	sp->win_len = w;
	sp->mapped = off + w;
	if (first)
		sp->bind_flags = flags & (PKT_CONSISTENT | PKT_DMA_PARTIAL |
					  PKT_XARQ);
	sp->iflags |= SCSA_PF_BOUND;
	sp->pkt.pkt_resid = sp->desc.len - sp->mapped;
	return 0;

fail:
	/* a failed first binding leaves nothing behind */
	if (first)
		scsa_pkt_unbind(sp);
	return err;
}

/**
 * scsi_init_pkt() - prepare a complete SCSI packet.
 * @ap:         target address (scsi_device's sd_address).
 * @pktp:       NULL to allocate, or a packet to (re)bind or move to its
 *              next DMA window.
 * @bp:         buf to transfer, or NULL; b_bcount 0 means no transfer.
 *              Direction from B_READ.  Kernel memory (direct map, vmalloc,
 *              module data), a B_PAGEIO bio_vec list, or user memory
 *              (B_PHYS): pinned by physio(9F) (B_SHADOW: b_pages lists
 *              the pages), or else pinned here, which needs the owner's
 *              process context and a context that may sleep.
 * @cmdlen:     CDB bytes (up to the host's max-cdb-length, at most 32).
 * @statuslen:  status bytes: 0, 1, sizeof(struct scsi_arq_status), or that
 *              plus N extra sense bytes with PKT_XARQ (N <= 235).
 * @privatelen: bytes of zeroed pkt_private (NULL when 0).
 * @flags:      PKT_CONSISTENT, PKT_DMA_PARTIAL, PKT_XARQ.
 * @callback:   NULL_FUNC (never sleep), SLEEP_FUNC (sleep through transient
 *              shortages) or a runout function called, from a workqueue,
 *              once resources may have come free.
 * @arg:        the runout function's argument.
 *
 * With @pktp given, @cmdlen, @statuslen and @privatelen are ignored and
 * @pktp is returned on success.  For a packet bound with PKT_DMA_PARTIAL,
 * a call with the same @bp moves to the next window; pkt_resid is then the
 * number of bytes beyond the current window (0 for the last).
 *
 * Return: the packet, or NULL.  After NULL with a @bp: b_error 0 and B_ERROR
 * untouched for a transient shortage (retry later); B_ERROR and EINVAL when
 * the transfer can never fit (DDI_DMA_TOOBIG: no PKT_DMA_PARTIAL, bad
 * lengths, no next window); B_ERROR and EFAULT when the buffer cannot be
 * mapped (DDI_DMA_NOMAPPING).  A runout function is queued on any NULL.
 *
 * Context: NULL_FUNC or a runout function: any context, never sleeps.
 * SLEEP_FUNC: where sleeping is allowed (process context, also with
 * adaptive kmutex_t held, timeout() handlers, runout callbacks, taskq
 * functions); elsewhere (hard IRQ, a spin mutex or spinlock held) it is a
 * driver bug, reported once for the caller, and fails (NULL, B_ERROR,
 * EINVAL) rather than sleep.  Source: scsi_init_pkt(9F); illumos scsi_resource.c for what the
 * man page leaves open.  Deviation: a caller-supplied packet is never freed
 * on failure (illumos's cache path frees it).
 */
struct scsi_pkt *scsi_init_pkt(struct scsi_address *ap,
			       struct scsi_pkt *pktp, struct buf *bp,
			       int cmdlen, int statuslen, int privatelen,
			       int flags, int (*callback)(caddr_t), caddr_t arg)
{
	bool sleep = callback == SLEEP_FUNC;
	gfp_t gfp = sleep ? GFP_NOIO : (GFP_ATOMIC | __GFP_NOWARN);
	struct scsa_pkt *sp = NULL;
	unsigned long gen;
	bool fresh = false;
	int err;

	if (flags & PKT_CONSISTENT_OLD)
		flags |= PKT_CONSISTENT;
	if (sleep && !scsa_may_sleep()) {
		scsa_sleep_bug("scsi_init_pkt(SLEEP_FUNC)", _RET_IP_);
		scsa_bp_fail(bp, SCSA_TOOBIG);
		return NULL;
	}

	if (pktp) {
		sp = scsa_pkt_from(pktp);
		if (!sp || atomic_read(&sp->busy)) {
			pr_warn_ratelimited("scsi_init_pkt: packet %p is %s\n",
					    pktp, sp ? "in transport" : "invalid");
			scsa_bp_fail(bp, SCSA_TOOBIG);
			return NULL;
		}
	} else if (!ap || !ap->a_hba_tran) {
		pr_warn_ratelimited("scsi_init_pkt: no address\n");
		scsa_bp_fail(bp, SCSA_TOOBIG);
		return NULL;
	}

retry:
	gen = scsa_res_gen();
	err = 0;
	if (!sp) {
		err = scsa_pkt_alloc(ap, cmdlen, statuslen, privatelen, gfp, &sp);
		fresh = !err;
		if (fresh)
			sp->xarq = flags & PKT_XARQ;
	}
	if (!err) {
		if (bp && bp->b_bcount)
			err = scsa_pkt_bind(sp, bp, flags, sleep, gfp);
		else
			sp->pkt.pkt_resid = 0;
	}
	if (!err)
		return &sp->pkt;

	if (fresh) {
		scsa_pkt_free(sp);
		sp = NULL;
		fresh = false;
	}
	if ((err == SCSA_NORESOURCES || err == SCSA_NOWINDOW) && sleep) {
		/* SLEEP_FUNC: wait for a release, never return NULL for it */
		scsa_res_wait(&gen);
		goto retry;
	}
	/* nothing of ours is released when memory comes back: poll for it */
	if (err == SCSA_NORESOURCES)
		scsa_cb_mem_short();
	scsa_bp_fail(bp, err);
	if (scsa_real_callback(callback))
		scsa_cb_register(callback, arg, SCSA_CB_ARG,
				 sp ? sp->lun : scsa_ap_lun(ap),
				 gen);
	return NULL;
}
EXPORT_SYMBOL_GPL(scsi_init_pkt);

/**
 * scsi_destroy_pkt() - free a packet and its DMA resources.
 * @pkt: a packet from scsi_init_pkt() (NULL is ignored).
 *
 * Data needs no synchronisation here: the host adapter unmapped it when the
 * command completed.  Runs the runout callback list afterwards.
 * Context: any.  A packet still in transport is refused with a warning
 * (destroying it would free memory the host adapter still uses).
 * Source: scsi_destroy_pkt(9F).
 */
void scsi_destroy_pkt(struct scsi_pkt *pkt)
{
	struct scsa_pkt *sp = scsa_pkt_from(pkt);

	if (!sp)
		return;
	if (atomic_read(&sp->busy)) {
		pr_warn_ratelimited("scsi_destroy_pkt() of a packet in transport, from %pS: not freed\n",
				    __builtin_return_address(0));
		return;
	}
	scsa_pkt_free(sp);
	scsa_cb_kick();
}
EXPORT_SYMBOL_GPL(scsi_destroy_pkt);

/**
 * scsi_dmafree() - release a packet's DMA resources, keep the packet.
 * @pkt: a packet (NULL and packets without DMA are accepted).
 *
 * A later scsi_init_pkt(@pkt, bp, ...) binds again from the start of bp.
 * Runs the runout callback list.  Context: any.  Source: scsi_dmaget(9F).
 */
void scsi_dmafree(struct scsi_pkt *pkt)
{
	struct scsa_pkt *sp = scsa_pkt_from(pkt);

	if (!sp || atomic_read(&sp->busy))
		return;
	scsa_pkt_unbind(sp);
	scsa_cb_kick();
}
EXPORT_SYMBOL_GPL(scsi_dmafree);

/**
 * scsi_sync_pkt() - synchronise a packet's data for the CPU or the device.
 * @pkt: a packet.
 *
 * Does nothing unless pkt_state has STATE_XFERRED_DATA (illumos).  The host
 * adapter's own DMA unmap already made the data visible; what remains is
 * the kernel's vmap alias of vmalloc'd buffers, flushed or invalidated here.
 * Context: any.  Source: scsi_sync_pkt(9F).
 */
void scsi_sync_pkt(struct scsi_pkt *pkt)
{
	struct scsa_pkt *sp = scsa_pkt_from(pkt);

	if (!sp || !(pkt->pkt_state & STATE_XFERRED_DATA) ||
	    !(sp->iflags & SCSA_PF_BOUND) || sp->desc.kind != SCSA_BUF_KVA ||
	    !is_vmalloc_addr(sp->desc.kva))
		return;
	if (sp->bp && (sp->bp->b_flags & B_READ))
		invalidate_kernel_vmap_range((char *)sp->desc.kva + sp->win_off,
					     sp->win_len);
	else
		flush_kernel_vmap_range((char *)sp->desc.kva + sp->win_off,
					sp->win_len);
}
EXPORT_SYMBOL_GPL(scsi_sync_pkt);

/**
 * scsi_alloc_consistent_buf() - a buf with DMA-able memory of its own.
 * @ap:       target address (unused: any host can reach kernel memory).
 * @in_bp:    a buf from getrbuf() to reuse, or NULL to allocate one.
 * @datalen:  bytes of data memory (0: none).
 * @bflags:   B_READ or B_WRITE; kept only when @datalen > 0 (illumos).
 * @callback: NULL_FUNC, SLEEP_FUNC, or a runout function.
 * @arg:      its argument.
 *
 * The memory is zeroed (illumos leaves it uninitialised; zeroing keeps old
 * kernel data away from devices).  Use the buf with PKT_CONSISTENT.
 *
 * Return: the buf, or NULL (runout function queued).  SLEEP_FUNC does not
 * return NULL for memory shortage but gives up, with NULL, on a request no
 * allocator can satisfy (> 64 MiB), instead of looping forever as illumos.
 * Context: as scsi_init_pkt().  Source: scsi_alloc_consistent_buf(9F).
 */
struct buf *scsi_alloc_consistent_buf(struct scsi_address *ap,
				      struct buf *in_bp, size_t datalen,
				      uint_t bflags, int (*callback)(caddr_t),
				      caddr_t arg)
{
	bool sleep = callback == SLEEP_FUNC;
	unsigned long gen0 = scsa_res_gen();
	struct buf *bp = in_bp;
	void *mem = NULL;

	if (sleep && !scsa_may_sleep()) {
		scsa_sleep_bug("scsi_alloc_consistent_buf(SLEEP_FUNC)", _RET_IP_);
		return NULL;
	}
	if (datalen > SZ_64M) {
		pr_warn_ratelimited("scsi_alloc_consistent_buf: %zu bytes is too large\n",
				    datalen);
		return NULL;
	}
	if (!bp) {
		bp = getrbuf(sleep ? KM_SLEEP : KM_NOSLEEP);
		if (!bp)
			goto fail;
	} else {
		bp->b_flags &= ~(B_PAGEIO | B_PHYS | B_REMAPPED | B_SHADOW);
		bp->b_proc = NULL;
		bp->b_pages = NULL;
		bp->b_npages = 0;
	}
	bp->b_un.b_addr = NULL;
	if (datalen) {
		mem = sleep ? kvzalloc(datalen, GFP_KERNEL) :
			      kzalloc(datalen, GFP_ATOMIC | __GFP_NOWARN);
		while (!mem && sleep) {
			unsigned long gen = scsa_res_gen();

			scsa_res_wait(&gen);
			mem = kvzalloc(datalen, GFP_KERNEL);
		}
		if (!mem) {
			if (!in_bp)
				freerbuf(bp);
			goto fail;
		}
		bp->b_un.b_addr = mem;
		bp->b_flags |= bflags & (B_READ | B_WRITE);
	}
	bp->b_bcount = datalen;
	bp->b_resid = 0;
	return bp;
fail:
	scsa_cb_mem_short();
	if (scsa_real_callback(callback))
		scsa_cb_register(callback, arg, SCSA_CB_ARG,
				 scsa_ap_lun(ap),
				 gen0);
	return NULL;
}
EXPORT_SYMBOL_GPL(scsi_alloc_consistent_buf);

/* Free a consistent buf's memory and header; runs no callbacks. */
static void scsa_consistent_free(struct buf *bp)
{
	kvfree(bp->b_un.b_addr);
	bp->b_un.b_addr = NULL;
	freerbuf(bp);
}

/**
 * scsi_free_consistent_buf() - free a buf from scsi_alloc_consistent_buf().
 * @bp: the buf (NULL ignored).  The header is freed too, as on illumos,
 *      even if it was passed in as in_bp.  Destroy packets bound to it first.
 * Context: any.  Source: scsi_free_consistent_buf(9F).
 */
void scsi_free_consistent_buf(struct buf *bp)
{
	if (!bp)
		return;
	scsa_consistent_free(bp);
	scsa_cb_kick();
}
EXPORT_SYMBOL_GPL(scsi_free_consistent_buf);

/* ---- obsolete interfaces (scsi_pktalloc(9F), scsi_dmaget(9F), ...) ---- */

/* A runout callback without an argument, as the obsolete calls take. */
static struct scsi_pkt *scsa_init_noarg(struct scsi_address *ap,
					struct scsi_pkt *pktp, struct buf *bp,
					int cmdlen, int statuslen, int flags,
					int (*callback)(void))
{
	unsigned long gen = scsa_res_gen();
	struct scsi_pkt *pkt;
	void *cb = (void *)callback;

	pkt = scsi_init_pkt(ap, pktp, bp, cmdlen, statuslen, 0, flags,
			    cb == (void *)SLEEP_FUNC ? SLEEP_FUNC : NULL_FUNC,
			    NULL);
	if (!pkt && scsa_real_callback(cb))
		scsa_cb_register(cb, NULL, SCSA_CB_NOARG,
				 scsa_ap_lun(ap),
				 gen);
	return pkt;
}

/**
 * scsi_pktalloc() - allocate a packet without DMA resources (obsolete).
 * @ap:        the target's address (sd_address of its scsi_device).
 * @cmdlen:    CDB length in bytes, up to the host's maximum CDB length.
 * @statuslen: status area in bytes (1, or sizeof(struct scsi_arq_status)
 *             for auto request sense).
 * @callback:  NULL_FUNC (do not wait), SLEEP_FUNC (wait for resources) or
 *             a runout function taking no argument, queued when NULL is
 *             returned and called once resources may be free again.
 *
 * Obsolete: use scsi_init_pkt(9F) with a NULL buf, on which it is built.
 * Source: scsi_pktalloc(9F).
 *
 * Context: as scsi_init_pkt(): SLEEP_FUNC only where sleeping is allowed;
 * NULL_FUNC and runout functions anywhere, also in pkt_comp and with
 * spinlocks held.
 * Return: the packet; NULL if @ap is invalid, @cmdlen is beyond the host's
 * maximum, or (not with SLEEP_FUNC) memory is short.
 */
struct scsi_pkt *scsi_pktalloc(struct scsi_address *ap, int cmdlen,
			       int statuslen, int (*callback)(void))
{
	return scsa_init_noarg(ap, NULL, NULL, cmdlen, statuslen, 0, callback);
}
EXPORT_SYMBOL_GPL(scsi_pktalloc);

/**
 * scsi_resalloc() - allocate a packet with DMA resources (obsolete).
 * @ap:        the target's address.
 * @cmdlen:    CDB length in bytes, up to the host's maximum CDB length.
 * @statuslen: status area in bytes, as for scsi_pktalloc().
 * @dmatoken:  the struct buf * of the transfer (b_bcount bytes, direction
 *             from B_READ); NULL or b_bcount 0: no DMA resources.
 * @callback:  NULL_FUNC, SLEEP_FUNC or a runout function, as for
 *             scsi_pktalloc().
 *
 * There is no partial DMA: a transfer that does not fit one command fails.
 * Obsolete: use scsi_init_pkt(9F), on which it is built.
 * Source: scsi_pktalloc(9F).
 *
 * Context: as scsi_init_pkt() (SLEEP_FUNC only where sleeping is allowed).
 * Return: the packet; NULL on failure, with the buf's errors as
 * scsi_init_pkt() sets them: B_ERROR and b_error EINVAL (too big for one
 * command: DDI_DMA_TOOBIG), EFAULT (the buffer cannot be mapped), or
 * b_error 0 and B_ERROR untouched for a transient shortage (the runout
 * function, if any, is queued).
 */
struct scsi_pkt *scsi_resalloc(struct scsi_address *ap, int cmdlen,
			       int statuslen, opaque_t dmatoken,
			       int (*callback)(void))
{
	return scsa_init_noarg(ap, NULL, dmatoken, cmdlen, statuslen, 0,
			       callback);
}
EXPORT_SYMBOL_GPL(scsi_resalloc);

/**
 * scsi_resfree() - free a packet and all its resources (obsolete).
 * @pkt: a packet from scsi_resalloc() (or any allocator); NULL is ignored,
 *       a foreign pointer refused with a rate-limited warning.
 *
 * Runs the runout callback list afterwards, as every release does.
 * Obsolete: use scsi_destroy_pkt(9F).  Source: scsi_pktalloc(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 */
void scsi_resfree(struct scsi_pkt *pkt)
{
	scsi_destroy_pkt(pkt);
}
EXPORT_SYMBOL_GPL(scsi_resfree);

/**
 * scsi_pktfree() - free a packet (obsolete).
 * @pkt: a packet from scsi_pktalloc(); any DMA resources go with it.  NULL
 *       is ignored, a foreign pointer refused with a rate-limited warning.
 *
 * Runs the runout callback list afterwards, as every release does.
 * Obsolete: use scsi_destroy_pkt(9F).  Source: scsi_pktalloc(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 */
void scsi_pktfree(struct scsi_pkt *pkt)
{
	scsi_destroy_pkt(pkt);
}
EXPORT_SYMBOL_GPL(scsi_pktfree);

/**
 * scsi_dmaget() - give a packet DMA resources for a buf (obsolete).
 * @pkt:      a packet from scsi_pktalloc(); NULL returns NULL.
 * @dmatoken: the struct buf * of the transfer (b_bcount bytes, direction
 *            from B_READ); NULL: no resources are allocated.
 * @callback: NULL_FUNC, SLEEP_FUNC or a runout function, as for
 *            scsi_pktalloc().
 *
 * Obsolete: use scsi_init_pkt(9F) with @pkt as pktp, on which it is built.
 * Source: scsi_dmaget(9F).
 *
 * Context: as scsi_init_pkt() (SLEEP_FUNC only where sleeping is allowed).
 * Return: @pkt; NULL if resources are not available, with the buf's
 * errors as for scsi_resalloc() (B_ERROR + EINVAL or EFAULT for permanent
 * failures, b_error 0 for a transient shortage); @pkt itself is kept.
 */
struct scsi_pkt *scsi_dmaget(struct scsi_pkt *pkt, opaque_t dmatoken,
			     int (*callback)(void))
{
	if (!pkt)
		return NULL;
	return scsa_init_noarg(&pkt->pkt_address, pkt, dmatoken, 0, 0, 0,
			       callback);
}
EXPORT_SYMBOL_GPL(scsi_dmaget);

/**
 * get_pktiopb() - a packet with a small consistent data area (obsolete).
 * @ap:        the target's address.
 * @datap:     receives the kernel address of the data area; NULL fails.
 * @cdblen:    CDB length in bytes.
 * @statuslen: status area in bytes.
 * @datalen:   data area in bytes (zeroed, at most 64 MiB); negative fails.
 * @readflag:  non-zero: data moves from the target into the area.
 * @func:      NULL_FUNC, SLEEP_FUNC or a runout function taking the
 *             argument NULL, queued when NULL is returned.
 *
 * Built on scsi_alloc_consistent_buf(9F) and scsi_init_pkt(9F) with
 * PKT_CONSISTENT; free it with free_pktiopb().  Deviation: SLEEP_FUNC is
 * never queued as a callback (illumos queues the value 1 as a function
 * pointer).  Obsolete: use scsi_alloc_consistent_buf() and
 * scsi_init_pkt().  Source: get_pktiopb(9F).
 *
 * Context: as scsi_init_pkt() (SLEEP_FUNC only where sleeping is allowed).
 * Return: the packet; NULL if @datap is NULL, @datalen is negative or too
 * big, @cdblen is beyond the host's maximum, or resources are short.
 */
struct scsi_pkt *get_pktiopb(struct scsi_address *ap, caddr_t *datap,
			     int cdblen, int statuslen, int datalen,
			     int readflag, int (*func)(caddr_t))
{
	int (*mode)(caddr_t) = func == SLEEP_FUNC ? SLEEP_FUNC : NULL_FUNC;
	unsigned long gen = scsa_res_gen();
	struct scsi_pkt *pkt;
	struct scsa_pkt *sp;
	struct buf *bp;

	if (!datap || datalen < 0)
		return NULL;
	bp = scsi_alloc_consistent_buf(ap, NULL, datalen,
				       readflag ? B_READ : B_WRITE, mode, NULL);
	if (!bp)
		goto fail;
	pkt = scsi_init_pkt(ap, NULL, bp, cdblen, statuslen, 0,
			    PKT_CONSISTENT, mode, NULL);
	if (!pkt) {
		/*
		 * Not a release: this call allocated the buf.  Running the
		 * callback list here would call a runout function that
		 * retries get_pktiopb() again at once, and again, for as
		 * long as the shortage lasts.
		 */
		scsa_consistent_free(bp);
		goto fail;
	}
	sp = scsa_pkt_from(pkt);
	sp->iopb_bp = bp;
	sp->iflags |= SCSA_PF_IOPB;
	*datap = bp->b_un.b_addr;
	return pkt;
fail:
	if (scsa_real_callback(func))
		scsa_cb_register(func, NULL, SCSA_CB_ARG,
				 scsa_ap_lun(ap),
				 gen);
	return NULL;
}
EXPORT_SYMBOL_GPL(get_pktiopb);

/**
 * free_pktiopb() - free a packet from get_pktiopb() and its data area.
 * @pkt:     the packet; NULL is ignored, a foreign pointer refused with a
 *           rate-limited warning; a packet of another allocator is only
 *           destroyed.
 * @datap:   the data area get_pktiopb() returned (another address gets a
 *           rate-limited warning; the packet's own area is freed).
 * @datalen: its size in bytes, as asked of get_pktiopb().
 *
 * Runs the runout callback list afterwards, as every release does.
 * Obsolete: use scsi_destroy_pkt() and scsi_free_consistent_buf().
 * Source: get_pktiopb(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 */
void free_pktiopb(struct scsi_pkt *pkt, caddr_t datap, int datalen)
{
	struct scsa_pkt *sp = scsa_pkt_from(pkt);
	struct buf *bp;

	if (!sp)
		return;
	bp = sp->iopb_bp;
	if (bp && datap && bp->b_un.b_addr != datap)
		pr_warn_ratelimited("free_pktiopb: data %p is not the packet's\n",
				    datap);
	scsi_destroy_pkt(pkt);
	scsi_free_consistent_buf(bp);
}
EXPORT_SYMBOL_GPL(free_pktiopb);

int scsa_pkt_init(void)
{
	scsa_pkt_cache = kmem_cache_create("scsa_pkt", sizeof(struct scsa_pkt),
					   0, SLAB_HWCACHE_ALIGN, NULL);
	if (!scsa_pkt_cache)
		return -ENOMEM;
	if (scsa_comp_init()) {
		kmem_cache_destroy(scsa_pkt_cache);
		return -ENOMEM;
	}
	return 0;
}

void scsa_pkt_exit(void)
{
	scsa_comp_exit();
	kmem_cache_destroy(scsa_pkt_cache);
}

/**
 * scsi_pkt_size() - sizeof(struct scsi_pkt), for drivers that allocate
 * packet-shaped memory themselves (legacy use, as illumos says).
 *
 * Context: any; does not sleep.
 * Source: illumos's scsi_pkt_size() (scsi_hba.c).
 * Return: the size in bytes of the struct scsi_pkt target drivers see.
 */
size_t scsi_pkt_size(void)
{
	return sizeof(struct scsi_pkt);
}
EXPORT_SYMBOL_GPL(scsi_pkt_size);
