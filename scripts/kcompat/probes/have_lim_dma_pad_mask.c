// SPDX-License-Identifier: GPL-2.0
/*
 * desc: dma_pad_mask is in struct queue_limits (Linux 6.10, atomic queue
 *       limits series)
 * group: dma_pad_mask
 */
#include <linux/blkdev.h>

unsigned int scsa_probe(struct request_queue *q);
unsigned int scsa_probe(struct request_queue *q)
{
	return queue_dma_alignment(q) | q->limits.dma_pad_mask;
}
