// SPDX-License-Identifier: GPL-2.0
/*
 * desc: blk_mq_alloc_disk(set, lim, queuedata) takes struct queue_limits
 *       (Linux 6.9, "block: pass a queue_limits argument to
 *       blk_mq_alloc_disk")
 * group: blk_mq_alloc_disk
 */
#include <linux/blk-mq.h>
#include <linux/blkdev.h>

struct gendisk *scsa_probe(struct blk_mq_tag_set *set, void *queuedata);
struct gendisk *scsa_probe(struct blk_mq_tag_set *set, void *queuedata)
{
	struct queue_limits lim = {
		.logical_block_size	= 512,
		.physical_block_size	= 512,
		.max_hw_sectors		= 256,
		.max_segments		= 16,
	};

	return blk_mq_alloc_disk(set, &lim, queuedata);
}
