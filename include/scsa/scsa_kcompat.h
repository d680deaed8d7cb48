/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_kcompat.h - every difference between the Linux kernels we build for
 * (Debian 12's 6.1 and 6.12 LTS, and the 6.1 debug kernel) that the
 * project's Linux-facing code meets.  Nothing else in the tree tests a
 * kernel version or an API shape.
 *
 * The decisions are not taken from LINUX_VERSION_CODE (distribution
 * kernels backport API changes, so a version number can mislead) but from
 * the HAVE_* macros of scsa_config.h, which scripts/kcompat/gen-config.sh
 * generates for each kernel tree by compiling the probes in
 * scripts/kcompat/probes/ against it (the top-level Makefile runs it
 * before every module build; the header lives in
 * build/<kernel release>/kcompat/).  Every HAVE_* is 0 or 1: test it
 * with #if.
 */
#ifndef _SCSA_KCOMPAT_H
#define _SCSA_KCOMPAT_H

/* build/<kver>/kcompat/scsa_config.h, on the include path (Kbuild) */
#if !__has_include("scsa_config.h")
#error "no scsa_config.h: build with the top-level Makefile, which generates it"
#endif
#include "scsa_config.h"

#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <linux/device.h>
#include <asm/pgtable.h>
#include <linux/blk-mq.h>
#include <linux/blkdev.h>

/*
 * Unaligned-access helpers (get_unaligned_be32() ...): <linux/unaligned.h>
 * since Linux 6.12, <asm/unaligned.h> before.
 */
#if HAVE_LINUX_UNALIGNED_H
#include <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif

/*
 * scsi_host_alloc() takes a const host template since Linux 6.4; declare
 * a template "static SCSA_SHT_CONST struct scsi_host_template x = {...}".
 */
#if HAVE_SHOST_TEMPLATE_CONST
#define SCSA_SHT_CONST			const
#else
#define SCSA_SHT_CONST
#endif

/*
 * class_interface add_dev/remove_dev lost their second argument in Linux
 * 6.4 (commit 6caf8fee "driver core: class: remove struct
 * class_interface * from callbacks").
 */
#if HAVE_CLASS_INTF_DEV_ONLY
#define SCSA_CLASS_INTF_ARGS(dev)	struct device *dev
#else
#define SCSA_CLASS_INTF_ARGS(dev)	struct device *dev, \
					struct class_interface *intf
#endif

/*
 * struct class's devnode callback takes a const struct device * since
 * Linux 6.2; define it as "char *fn(SCSA_DEVNODE_CONST struct device *dev,
 * umode_t *mode)".
 */
#if HAVE_CLASS_DEVNODE_CONST
#define SCSA_DEVNODE_CONST		const
#else
#define SCSA_DEVNODE_CONST
#endif

/*
 * Is @p a vmalloc or module address (not in the linear map)?
 * blk_rq_map_kern() misses module addresses, so we test both ranges.
 * is_vmalloc_or_module_addr() does exactly that but is exported only by
 * some kernels (6.12, not 6.1); elsewhere test both ranges ourselves.
 */
static inline bool scsa_is_vmap_addr(const void *p)
{
#if HAVE_EXPORTED_IS_VMALLOC_OR_MODULE_ADDR
	return is_vmalloc_or_module_addr(p);
#else
	unsigned long a = (unsigned long)p;

	if (is_vmalloc_addr(p))
		return true;
#if defined(CONFIG_MODULES) && defined(MODULES_VADDR)
	return a >= MODULES_VADDR && a < MODULES_END;
#else
	return false;
#endif
#endif
}

/*
 * dma_pad_mask moved from struct request_queue into its queue_limits in
 * Linux 6.10 (the atomic queue limits series).
 */
static inline unsigned int scsa_queue_dma_align(struct request_queue *q)
{
#if HAVE_LIM_DMA_PAD_MASK
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
 * blk_mq_alloc_disk() takes struct queue_limits since Linux 6.9 (commit
 * 27e32cd23fed "block: pass a queue_limits argument to blk_mq_alloc_disk");
 * before, the limits are set on the new disk's queue.
 */
static inline struct gendisk *scsa_alloc_disk(struct blk_mq_tag_set *set,
					      unsigned int lbs,
					      unsigned int max_sectors,
					      unsigned short max_segs,
					      void *queuedata)
{
#if HAVE_BLK_MQ_ALLOC_DISK_LIM
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
