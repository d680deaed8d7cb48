// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_window.c - DMA windows computed from queue limits, without mapping.
 *
 * scsi_init_pkt(9F) with PKT_DMA_PARTIAL must say up front how much of a
 * buffer one command carries.  The shim never DMA-maps (the host adapter
 * does: a second mapping of the same pages corrupts reads under swiotlb),
 * so a window is computed from the LUN's limits by walking the buffer in
 * pieces that never cross a page: each piece is at most one scatter/gather
 * entry, it never crosses a segment boundary mask (>= PAGE_SIZE - 1) and
 * never exceeds max_segment_size (>= PAGE_SIZE).  Pure logic: no locks, no
 * allocation, usable in any context and in KUnit.
 */
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/highmem.h>

#define SCSA_INTERNAL
#include <scsa/scsa_bridge.h>
#include <scsa/scsa_kcompat.h>

void scsa_piece_start(struct scsa_piece_iter *it,
		      const struct scsa_bufdesc *d, size_t off)
{
	it->d = d;
	it->pos = off;
	it->bvi = 0;
	it->bvoff = off;
	if (d->kind == SCSA_BUF_BVEC) {
		while (it->bvi < d->nbv && it->bvoff >= d->bv[it->bvi].bv_len) {
			it->bvoff -= d->bv[it->bvi].bv_len;
			it->bvi++;
		}
	}
}

static struct page *scsa_kva_page(const void *p)
{
	if (scsa_is_vmap_addr(p))
		return vmalloc_to_page(p);
	if (!virt_addr_valid(p))
		return NULL;
	return virt_to_page(p);
}

/**
 * scsa_piece_next() - the next piece of the buffer, stopping at @limit.
 * @it:    iterator from scsa_piece_start().
 * @limit: byte offset in the buffer where to stop.
 * @page:  the piece's page (NULL if the address has no struct page).
 * @poff:  offset in the page.
 * @plen:  bytes, at most to the end of the page.
 *
 * Return: false when @limit or the end of the buffer is reached.
 */
bool scsa_piece_next(struct scsa_piece_iter *it, size_t limit,
		     struct page **page, unsigned int *poff, unsigned int *plen)
{
	const struct scsa_bufdesc *d = it->d;
	size_t end = min(limit, d->len), want;

	if (it->pos >= end)
		return false;
	want = end - it->pos;

	if (d->kind == SCSA_BUF_KVA) {
		const char *p = (const char *)d->kva + it->pos;

		*poff = offset_in_page(p);
		*plen = min_t(size_t, want, PAGE_SIZE - *poff);
		*page = scsa_kva_page(p);
	} else {
		const struct bio_vec *bv;
		size_t o;

		if (it->bvi >= d->nbv)
			return false;
		bv = &d->bv[it->bvi];
		o = bv->bv_offset + it->bvoff;
		*page = nth_page(bv->bv_page, o >> PAGE_SHIFT);
		*poff = offset_in_page(o);
		*plen = min_t(size_t, want, PAGE_SIZE - *poff);
		*plen = min_t(size_t, *plen, bv->bv_len - it->bvoff);
		it->bvoff += *plen;
		if (it->bvoff >= bv->bv_len) {
			it->bvi++;
			it->bvoff = 0;
		}
	}
	it->pos += *plen;
	return true;
}

/**
 * scsa_window() - bytes of @d from @off that one command can carry.
 * @d:    the buffer.
 * @off:  start of the window, bytes.
 * @lim:  the LUN's limits.
 * @segs: set to an upper bound of the scatter/gather entries needed.
 *
 * The window holds as many pieces as max_segs and max_bytes allow.  When it
 * stops short of the end of the buffer it is rounded down to a multiple of
 * lim->gran, so READ/WRITE windows stay whole sectors.
 *
 * Return: the window length in bytes; 0 if not one granule fits in a
 * command; -EFAULT if some byte has no struct page; -EXDEV if a piece breaks
 * the host's DMA alignment (offsets, and every length but the buffer's
 * last): such a buffer can only be moved through a bounce buffer (the buffer cannot be handed to the block layer).
 */
ssize_t scsa_window(const struct scsa_bufdesc *d, size_t off,
		    const struct scsa_limits *lim, unsigned int *segs)
{
	struct scsa_piece_iter it;
	size_t bytes = 0, remaining, cap;
	unsigned int n = 0, po, pl;
	struct page *pg;

	*segs = 0;
	if (off >= d->len)
		return 0;
	remaining = d->len - off;
	cap = min_t(size_t, remaining, lim->max_bytes);

	scsa_piece_start(&it, d, off);
	while (n < lim->max_segs &&
	       scsa_piece_next(&it, off + cap, &pg, &po, &pl)) {
		if (!pg)
			return -EFAULT;
		/* offsets aligned; lengths too except the buffer's tail */
		if ((po & lim->dma_align) ||
		    ((pl & lim->dma_align) && it.pos < d->len))
			return -EXDEV;
		n++;
		bytes += pl;
	}
	if (bytes < remaining)
		bytes = rounddown(bytes, lim->gran);
	*segs = n;
	return bytes;
}

/**
 * scsa_buf_copy() - copy between a buffer and contiguous kernel memory.
 * @d:       the buffer.
 * @off:     byte offset in @d.
 * @kbuf:    kernel memory, @len bytes.
 * @len:     bytes to copy.
 * @to_desc: true: @kbuf -> @d; false: @d -> @kbuf.
 *
 * Pages are mapped with kmap_local_page(), so any context will do.
 */
void scsa_buf_copy(const struct scsa_bufdesc *d, size_t off, void *kbuf,
		   size_t len, bool to_desc)
{
	struct scsa_piece_iter it;
	unsigned int po, pl;
	struct page *pg;
	char *k = kbuf;

	scsa_piece_start(&it, d, off);
	while (scsa_piece_next(&it, off + len, &pg, &po, &pl)) {
		char *va = kmap_local_page(pg);

		if (to_desc)
			memcpy(va + po, k, pl);
		else
			memcpy(k, va + po, pl);
		kunmap_local(va);
		k += pl;
	}
}
