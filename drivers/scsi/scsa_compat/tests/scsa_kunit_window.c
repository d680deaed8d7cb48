// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: DMA window computation from host limits (core/scsa_window.c).
 * Built into scsa_compat.ko when the kernel has CONFIG_KUNIT.
 */
#include <kunit/test.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#define SCSA_INTERNAL
#include <scsa/scsa_bridge.h>

static const struct scsa_limits lim_default = {
	.max_bytes = 1 << 20, .max_segs = 128, .max_seg_size = 65536,
	.dma_align = 3, .gran = 512, .max_cdb = 16,
};

static void window_small_buffer_fits(struct kunit *test)
{
	void *p = kmalloc(36, GFP_KERNEL);
	struct scsa_bufdesc d = { .kind = SCSA_BUF_KVA, .kva = p, .len = 36 };
	unsigned int segs;

	KUNIT_ASSERT_NOT_NULL(test, p);
	/* a buffer smaller than a granule fits whole: no rounding */
	KUNIT_EXPECT_EQ(test, scsa_window(&d, 0, &lim_default, &segs), 36);
	KUNIT_EXPECT_EQ(test, segs, 1u);
	kfree(p);
}

static void window_bounded_by_segments(struct kunit *test)
{
	size_t len = 4 << 20;
	void *p = vmalloc(len);
	struct scsa_bufdesc d = { .kind = SCSA_BUF_KVA, .kva = p, .len = len };
	struct scsa_limits lim = lim_default;
	unsigned int segs;
	size_t off = 0;
	int n = 0;
	ssize_t w;

	KUNIT_ASSERT_NOT_NULL(test, p);
	lim.max_segs = 8;
	lim.max_bytes = 1 << 30;
	/* vmalloc: one piece per page, 8 pages per window */
	while (off < len) {
		w = scsa_window(&d, off, &lim, &segs);
		KUNIT_ASSERT_GT(test, w, 0);
		KUNIT_EXPECT_EQ(test, w, (ssize_t)(8 * PAGE_SIZE));
		KUNIT_EXPECT_LE(test, segs, 8u);
		off += w;
		n++;
	}
	KUNIT_EXPECT_EQ(test, n, (int)(len / (8 * PAGE_SIZE)));
	vfree(p);
}

static void window_rounded_to_granule(struct kunit *test)
{
	size_t len = 1 << 20;
	void *p = vmalloc(len + PAGE_SIZE);
	struct scsa_bufdesc d = { .kind = SCSA_BUF_KVA, .len = len };
	struct scsa_limits lim = lim_default;
	unsigned int segs;
	ssize_t w;

	KUNIT_ASSERT_NOT_NULL(test, p);
	/* start 1 KiB into a page: 4 pieces hold 3 KiB + 3 pages */
	d.kva = p + 1024;
	lim.max_segs = 4;
	lim.gran = 4096;
	w = scsa_window(&d, 0, &lim, &segs);
	KUNIT_EXPECT_EQ(test, w, (ssize_t)(3 * 4096));
	KUNIT_EXPECT_EQ(test, w % lim.gran, 0);
	/* max_bytes caps too, still whole granules */
	lim.max_segs = 128;
	lim.max_bytes = 10000;
	w = scsa_window(&d, 0, &lim, &segs);
	KUNIT_EXPECT_EQ(test, w, (ssize_t)8192);
	vfree(p);
}

static void window_last_is_the_rest(struct kunit *test)
{
	size_t len = 3 * 4096 + 512;
	void *p = vmalloc(len);
	struct scsa_bufdesc d = { .kind = SCSA_BUF_KVA, .kva = p, .len = len };
	struct scsa_limits lim = lim_default;
	unsigned int segs;

	KUNIT_ASSERT_NOT_NULL(test, p);
	lim.max_segs = 2;
	KUNIT_EXPECT_EQ(test, scsa_window(&d, 0, &lim, &segs), (ssize_t)8192);
	KUNIT_EXPECT_EQ(test, scsa_window(&d, 8192, &lim, &segs),
			(ssize_t)(4096 + 512));
	KUNIT_EXPECT_EQ(test, scsa_window(&d, len, &lim, &segs), 0);
	vfree(p);
}

static void window_misaligned_needs_bounce(struct kunit *test)
{
	char *p = kmalloc(8192, GFP_KERNEL);
	struct scsa_bufdesc d = { .kind = SCSA_BUF_KVA, .kva = p + 1,
				  .len = 4096 };
	unsigned int segs;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, scsa_window(&d, 0, &lim_default, &segs),
			(ssize_t)-EXDEV);
	/* an odd length at the very end of the buffer is allowed */
	d.kva = p;
	d.len = 4097;
	KUNIT_EXPECT_EQ(test, scsa_window(&d, 0, &lim_default, &segs),
			(ssize_t)4097);
	kfree(p);
}

static void window_bvec_pieces(struct kunit *test)
{
	struct page *pg = alloc_pages(GFP_KERNEL, 2);	/* 4 pages */
	struct bio_vec bv[3];
	struct scsa_bufdesc d = { .kind = SCSA_BUF_BVEC, .bv = bv, .nbv = 3 };
	struct scsa_limits lim = lim_default;
	struct scsa_piece_iter it;
	struct page *p;
	unsigned int po, pl, segs, n = 0;
	size_t total = 0;

	KUNIT_ASSERT_NOT_NULL(test, pg);
	/* 512 B, then a 2-page bvec starting mid-page, then 1 KiB */
	bv[0] = (struct bio_vec){ .bv_page = pg, .bv_offset = 0, .bv_len = 512 };
	bv[1] = (struct bio_vec){ .bv_page = pg + 1, .bv_offset = 2048,
				  .bv_len = 2 * PAGE_SIZE };
	bv[2] = (struct bio_vec){ .bv_page = pg, .bv_offset = 1024,
				  .bv_len = 1024 };
	d.len = 512 + 2 * PAGE_SIZE + 1024;
	scsa_piece_start(&it, &d, 0);
	while (scsa_piece_next(&it, d.len, &p, &po, &pl)) {
		KUNIT_EXPECT_LE(test, po + pl, (unsigned int)PAGE_SIZE);
		total += pl;
		n++;
	}
	/* 512 | 2048, 4096, 2048 (page crossings) | 1024 */
	KUNIT_EXPECT_EQ(test, n, 5u);
	KUNIT_EXPECT_EQ(test, total, d.len);
	/* start in the middle of the second bvec */
	scsa_piece_start(&it, &d, 512 + 1024);
	KUNIT_EXPECT_TRUE(test, scsa_piece_next(&it, d.len, &p, &po, &pl));
	KUNIT_EXPECT_PTR_EQ(test, p, pg + 1);
	KUNIT_EXPECT_EQ(test, po, 3072u);
	KUNIT_EXPECT_EQ(test, pl, 1024u);
	lim.max_segs = 3;
	KUNIT_EXPECT_EQ(test, scsa_window(&d, 0, &lim, &segs),
			(ssize_t)(512 + 2048 + 4096));
	__free_pages(pg, 2);
}

static void buf_copy_roundtrip(struct kunit *test)
{
	size_t len = 3 * PAGE_SIZE + 100;
	char *src = vmalloc(len), *dst = kzalloc(len, GFP_KERNEL);
	struct scsa_bufdesc d = { .kind = SCSA_BUF_KVA, .kva = src, .len = len };
	size_t i;

	KUNIT_ASSERT_NOT_NULL(test, src);
	KUNIT_ASSERT_NOT_NULL(test, dst);
	for (i = 0; i < len; i++)
		src[i] = (char)(i * 7);
	scsa_buf_copy(&d, 100, dst, len - 100, false);
	KUNIT_EXPECT_EQ(test, memcmp(dst, src + 100, len - 100), 0);
	memset(src, 0, len);
	scsa_buf_copy(&d, 100, dst, len - 100, true);
	for (i = 100; i < len; i++)
		if (src[i] != (char)(i * 7))
			break;
	KUNIT_EXPECT_EQ(test, i, len);
	vfree(src);
	kfree(dst);
}

static struct kunit_case scsa_window_cases[] = {
	KUNIT_CASE(window_small_buffer_fits),
	KUNIT_CASE(window_bounded_by_segments),
	KUNIT_CASE(window_rounded_to_granule),
	KUNIT_CASE(window_last_is_the_rest),
	KUNIT_CASE(window_misaligned_needs_bounce),
	KUNIT_CASE(window_bvec_pieces),
	KUNIT_CASE(buf_copy_roundtrip),
	{}
};

static struct kunit_suite scsa_window_suite = {
	.name = "scsa_window",
	.test_cases = scsa_window_cases,
};
kunit_test_suite(scsa_window_suite);
