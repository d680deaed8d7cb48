/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_kcompat.h - every difference between the Linux kernels we build for
 * (Debian 12's 6.1 and 6.12 LTS) that the shim's Linux-facing code meets.
 * Nothing else in the tree tests a kernel version.
 */
#ifndef _SCSA_KCOMPAT_H
#define _SCSA_KCOMPAT_H

#include <linux/version.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/device.h>
#include <asm/pgtable.h>
#include <linux/blk-mq.h>
#include <linux/blkdev.h>

/*
 * Linux 6.4 compat: class_interface add_dev/remove_dev lost their second
 * argument (commit 6caf8fee "driver core: class: remove struct
 * class_interface * from callbacks").
 */
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
#define SCSA_CLASS_INTF_ARGS(dev)	struct device *dev
#else
#define SCSA_CLASS_INTF_ARGS(dev)	struct device *dev, \
					struct class_interface *intf
#endif

/*
 * Linux 6.1 compat: is_vmalloc_or_module_addr() is not exported, and
 * blk_rq_map_kern() misses module addresses; test both ranges ourselves.
 */
static inline bool scsa_is_vmap_addr(const void *p)
{
	unsigned long a = (unsigned long)p;

	if (is_vmalloc_addr(p))
		return true;
#if defined(CONFIG_MODULES) && defined(MODULES_VADDR)
	return a >= MODULES_VADDR && a < MODULES_END;
#else
	return false;
#endif
}

/*
 * Linux 6.10 compat: dma_pad_mask moved from struct request_queue into its
 * queue_limits (the atomic queue limits series).
 */
static inline unsigned int scsa_queue_dma_align(struct request_queue *q)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 10, 0)
	return queue_dma_alignment(q) | q->limits.dma_pad_mask;
#else
	return queue_dma_alignment(q) | q->dma_pad_mask;
#endif
}

/**
 * scsa_alloc_disk() - a blk-mq disk with the given limits.
 * @set: the tag set.  @lbs: logical block size, bytes.  @max_sectors:
 * 512-byte sectors per request.  @max_segs: segments per request.
 * @queuedata: the queue's private pointer.
 *
 * Linux 6.9 compat: blk_mq_alloc_disk() takes struct queue_limits (commit
 * 27e32cd23fed "block: pass a queue_limits argument to blk_mq_alloc_disk").
 */
static inline struct gendisk *scsa_alloc_disk(struct blk_mq_tag_set *set,
					      unsigned int lbs,
					      unsigned int max_sectors,
					      unsigned short max_segs,
					      void *queuedata)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 9, 0)
	struct queue_limits lim = {
		.logical_block_size	= lbs,
		.physical_block_size	= lbs,
		.max_hw_sectors		= max_sectors,
		.max_segments		= max_segs,
	};

	return blk_mq_alloc_disk(set, &lim, queuedata);
#else
	struct gendisk *disk = blk_mq_alloc_disk(set, queuedata);

	if (!IS_ERR(disk)) {
		blk_queue_logical_block_size(disk->queue, lbs);
		blk_queue_physical_block_size(disk->queue, lbs);
		blk_queue_max_hw_sectors(disk->queue, max_sectors);
		blk_queue_max_segments(disk->queue, max_segs);
	}
	return disk;
#endif
}

#endif /* _SCSA_KCOMPAT_H */
