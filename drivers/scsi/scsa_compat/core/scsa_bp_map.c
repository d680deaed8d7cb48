// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_bp_map.c - <sys/buf.h>'s data access helpers beyond bp_mapin(9F):
 * bp_copyin(9F), bp_copyout(9F), bp_mapin_common(), biosize(9F) and
 * bioclone(9F).
 *
 * A buf's data is one of: kernel memory at b_un.b_addr; a B_PAGEIO buf's
 * b_pages (b_npages bio_vecs, in transfer order); a B_PHYS buf physio(9F)
 * pinned, its pages in b_pages too (B_SHADOW).  The copies walk the
 * bio_vecs through kmap_local_page(), so no mapping is made and they work
 * in any context; no buf is copied as a whole.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/highmem.h>
#include <linux/bvec.h>
#include <linux/string.h>

/* Copy @size bytes at @off of @bp's data to (@in) or from @kbuf. */
static int scsa_bp_copy(struct buf *bp, void *kbuf, offset_t off, size_t size,
			bool in)
{
	unsigned int i;
	char *k = kbuf;

	if (!bp || (!kbuf && size) || off < 0 || off > bp->b_bcount ||
	    size > bp->b_bcount - off)
		return -1;
	if (!size)
		return 0;
	if (bp->b_pages && (bp->b_flags & (B_PAGEIO | B_SHADOW))) {
		for (i = 0; i < bp->b_npages && size; i++) {
			struct bio_vec *bv = &bp->b_pages[i];
			size_t skip, n;
			char *va;

			if (off >= bv->bv_len) {
				off -= bv->bv_len;
				continue;
			}
			skip = bv->bv_offset + off;
			n = min_t(size_t, bv->bv_len - off, size);
			/* a bio_vec may span pages: map one page at a time */
			while (n) {
				struct page *pg = bv->bv_page + skip / PAGE_SIZE;
				size_t po = skip % PAGE_SIZE;
				size_t c = min_t(size_t, n, PAGE_SIZE - po);

				va = kmap_local_page(pg);
				if (in)
					memcpy(k, va + po, c);
				else
					memcpy(va + po, k, c);
				kunmap_local(va);
				if (!in)
					flush_dcache_page(pg);
				k += c;
				skip += c;
				n -= c;
				size -= c;
			}
			off = 0;
		}
		return size ? -1 : 0;
	}
	if (bp->b_flags & (B_PHYS | B_PAGEIO))
		return -1;	/* user memory not pinned, or no pages: none */
	if (!bp->b_un.b_addr)
		return -1;
	if (in)
		memcpy(k, bp->b_un.b_addr + off, size);
	else
		memcpy(bp->b_un.b_addr + off, k, size);
	return 0;
}

/**
 * bp_copyin() - copy from a buf's data into a driver's buffer.
 * @bp:        the buf: kernel memory (b_un.b_addr), a B_PAGEIO buf, or a
 *             B_PHYS buf whose user pages physio(9F) pinned (B_SHADOW).
 * @driverbuf: kernel memory for @size bytes.
 * @offset:    bytes into the buf's data.
 * @size:      bytes to copy; @offset + @size must not pass b_bcount.
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Source: bp_copyin(9F) (illumos asserts a good range; here a bad one, a
 * NULL buf or a B_PHYS buf without pinned pages fails without copying).
 * Return: 0, or -1 for bad input.
 */
int bp_copyin(struct buf *bp, void *driverbuf, offset_t offset, size_t size)
{
	return scsa_bp_copy(bp, driverbuf, offset, size, true);
}
EXPORT_SYMBOL_GPL(scsa_bp_copyin);

/**
 * bp_copyout() - copy a driver's buffer into a buf's data.
 * @driverbuf: kernel memory holding @size bytes.
 * @bp:        the buf, as for bp_copyin().
 * @offset:    bytes into the buf's data.
 * @size:      bytes to copy; @offset + @size must not pass b_bcount.
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Source: bp_copyout(9F); bad input as bp_copyin().
 * Return: 0, or -1 for bad input.
 */
int bp_copyout(void *driverbuf, struct buf *bp, offset_t offset, size_t size)
{
	return scsa_bp_copy(bp, driverbuf, offset, size, false);
}
EXPORT_SYMBOL_GPL(scsa_bp_copyout);

/**
 * bp_mapin_common() - bp_mapin(9F) with a sleep flag, returning the address.
 * @bp:   the buf.
 * @flag: VM_SLEEP (may sleep) or VM_NOSLEEP (never sleeps: a buf that
 *        would need a mapping made is left unmapped and NULL returned).
 *
 * Context: VM_SLEEP: process context; VM_NOSLEEP: any.
 * Source: illumos's bp_mapin_common() (bp_map.c).
 * Return: b_un.b_addr after mapping (a kernel address), or NULL if the
 * buf has none (NULL @bp, B_PHYS, VM_NOSLEEP with a mapping to make, or a
 * failed mapping).
 */
void *bp_mapin_common(struct buf *bp, int flag)
{
	if (!bp || (bp->b_flags & B_PHYS))
		return NULL;
	if ((bp->b_flags & B_PAGEIO) && !(bp->b_flags & B_REMAPPED)) {
		if ((flag & VM_NOSLEEP) || !preemptible())
			return NULL;
		bp_mapin(bp);
		if (!(bp->b_flags & B_REMAPPED))
			return NULL;
	}
	return bp->b_un.b_addr;
}
EXPORT_SYMBOL_GPL(scsa_bp_mapin_common);

/**
 * biosize() - the size of a struct buf, for drivers that allocate bufs
 * themselves (and then bioinit(9F) them).
 *
 * Context: any; does not sleep.
 * Source: biosize(9F).
 * Return: sizeof(struct buf) in bytes.
 */
size_t biosize(void)
{
	return sizeof(struct buf);
}
EXPORT_SYMBOL_GPL(scsa_biosize);

/* what a clone takes over of its original's flags (bioclone(9F)) */
#define	SCSA_BUF_CLONE_FLAGS	(B_READ | B_WRITE | B_SHADOW | B_PHYS | \
				 B_PAGEIO | B_FAILFAST | B_ABRWRITE)

/*
 * The bio_vecs of @len bytes at @off of @bp's b_pages, into a new array
 * (*@nvp, *@np; none for an empty part) the clone owns.  0; EINVAL if the
 * vectors hold less than that; ENOMEM if memory is short (KM_NOSLEEP).
 */
static int scsa_clone_bvecs(struct buf *bp, size_t off, size_t len, int sleep,
			    struct bio_vec **nvp, unsigned int *np)
{
	struct bio_vec *nv;
	unsigned int i, first, n = 0;
	size_t skip = off, left = len;

	for (i = 0; i < bp->b_npages && skip >= bp->b_pages[i].bv_len; i++)
		skip -= bp->b_pages[i].bv_len;
	first = i;
	for (; i < bp->b_npages && left; i++, n++)
		left -= min_t(size_t, left,
			      bp->b_pages[i].bv_len - (i == first ? skip : 0));
	if (left)
		return EINVAL;
	*nvp = NULL;
	*np = 0;
	if (!n)
		return 0;
	nv = kmem_alloc(n * sizeof(*nv), sleep);
	if (!nv)
		return ENOMEM;
	memcpy(nv, &bp->b_pages[first], n * sizeof(*nv));
	nv[0].bv_offset += skip;
	nv[0].bv_len -= skip;
	left = len;
	for (i = 0; i < n; i++) {
		nv[i].bv_len = min_t(size_t, nv[i].bv_len, left);
		left -= nv[i].bv_len;
	}
	*nvp = nv;
	*np = n;
	return 0;
}

/**
 * bioclone() - a buf for a part of another buf's data.
 * @bp:     the original buf: kernel memory, a B_PAGEIO buf (b_pages), a
 *          B_PHYS buf (user memory, pinned by physio(9F) or not).
 * @off:    where the part starts, in bytes from the start of @bp's data.
 * @len:    its length in bytes (the clone's b_bcount); @off + @len must
 *          not pass @bp's b_bcount.
 * @dev:    the clone's b_edev.
 * @blkno:  the clone's b_blkno (= b_lblkno), in 512-byte blocks.
 * @iodone: the clone's b_iodone (biodone() calls it), or NULL.
 * @bp_mem: a buf to use (it is bioreset() first), or NULL for a new one
 *          (as getrbuf(@sleep) makes; free it with freerbuf()).
 * @sleep:  KM_SLEEP or KM_NOSLEEP, for the buf and (B_PAGEIO, B_SHADOW)
 *          the clone's bio_vecs.
 *
 * The clone shares @bp's data, no byte is copied: its b_un.b_addr is
 * @off further on (B_PAGEIO: its b_pages are its own array of the
 * bio_vecs of that part, freed by freerbuf(), biofini() or bioreset()),
 * its flags B_BUSY and those of B_READ, B_WRITE, B_PAGEIO, B_PHYS,
 * B_SHADOW, B_FAILFAST and B_ABRWRITE @bp has (B_REMAPPED is not taken
 * over, as on illumos: a clone of a mapped B_PAGEIO buf is not mapped);
 * b_proc, b_file and b_offset are @bp's.  The original must outlive the
 * clone.  Source: bioclone(9F), illumos bio.c.
 *
 * Context: KM_NOSLEEP: any, including pkt_comp; KM_SLEEP: where
 * sleeping is allowed.
 * Return: the clone; NULL (nothing allocated, @bp_mem untouched) if
 * memory is short with KM_NOSLEEP, or with a warning if @bp is NULL,
 * @off is negative, the part passes @bp's end or @bp's b_pages hold
 * less than that.
 */
struct buf *bioclone(struct buf *bp, off_t off, size_t len, dev_t dev,
		     daddr_t blkno, int (*iodone)(struct buf *),
		     struct buf *bp_mem, int sleep)
{
	struct bio_vec *nv = NULL;
	unsigned int n = 0;
	struct buf *nbp;
	int err;

	if (!bp || off < 0 || (size_t)off > bp->b_bcount ||
	    len > bp->b_bcount - off) {
		pr_warn("bioclone(%p, %lld, %zu): no such part of the buf, from %pS\n",
			bp, (long long)off, len, __builtin_return_address(0));
		return NULL;
	}
	/* the bio_vecs first, so that a failure leaves @bp_mem as it was */
	if (bp->b_pages && (bp->b_flags & (B_PAGEIO | B_SHADOW))) {
		err = scsa_clone_bvecs(bp, off, len, sleep, &nv, &n);
		if (err == EINVAL)
			pr_warn("bioclone(%p, %lld, %zu): its b_pages hold less, from %pS\n",
				bp, (long long)off, len,
				__builtin_return_address(0));
		if (err)
			return NULL;
	}
	if (bp_mem) {
		nbp = bp_mem;
		bioreset(nbp);
	} else {
		nbp = getrbuf(sleep);
		if (!nbp) {
			if (nv)
				kmem_free(nv, n * sizeof(*nv));
			return NULL;
		}
	}
	nbp->b_pages = nv;
	nbp->b_npages = n;
	nbp->b_bvown = nv;
	nbp->b_nbvown = n;
	nbp->b_flags = (bp->b_flags & SCSA_BUF_CLONE_FLAGS) | B_BUSY;
	nbp->b_bcount = len;
	nbp->b_blkno = blkno;
	nbp->b_iodone = iodone;
	nbp->b_proc = bp->b_proc;
	nbp->b_edev = dev;
	nbp->b_file = bp->b_file;
	nbp->b_offset = bp->b_offset;
	if ((bp->b_flags & B_PAGEIO) && !(bp->b_flags & B_SHADOW))
		/* as illumos: the offset into the first page */
		nbp->b_un.b_addr = (caddr_t)(uintptr_t)
			(nbp->b_npages ? nbp->b_pages[0].bv_offset & ~PAGE_MASK : 0);
	else
		nbp->b_un.b_addr = bp->b_un.b_addr + off;
	if ((bp->b_flags & B_SHADOW) && bp->b_shadow)
		nbp->b_shadow = bp->b_shadow +
			((((uintptr_t)bp->b_un.b_addr & ~PAGE_MASK) + off) >>
			 PAGE_SHIFT);
	return nbp;
}
EXPORT_SYMBOL_GPL(scsa_bioclone);
