// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_bp_map.c - <sys/buf.h>'s data access helpers beyond bp_mapin(9F):
 * bp_copyin(9F), bp_copyout(9F), bp_mapin_common() and biosize(9F).
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
