// SPDX-License-Identifier: GPL-2.0
/*
 * desc: blk_mq_alloc_disk(set, queuedata), limits set afterwards with
 *       blk_queue_*() (before Linux 6.9)
 * group: blk_mq_alloc_disk
 */
#include <linux/blk-mq.h>
#include <linux/blkdev.h>

struct gendisk *scsa_probe(struct blk_mq_tag_set *set, void *queuedata);
struct gendisk *scsa_probe(struct blk_mq_tag_set *set, void *queuedata)
{
	struct gendisk *disk = blk_mq_alloc_disk(set, queuedata);

	if (!IS_ERR(disk)) {
		blk_queue_logical_block_size(disk->queue, 512);
		blk_queue_physical_block_size(disk->queue, 512);
		blk_queue_max_hw_sectors(disk->queue, 256);
		blk_queue_max_segments(disk->queue, 16);
	}
	return disk;
}
