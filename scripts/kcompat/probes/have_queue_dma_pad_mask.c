// SPDX-License-Identifier: GPL-2.0
/*
 * desc: dma_pad_mask is in struct request_queue (before Linux 6.10)
 * group: dma_pad_mask
 */
#include <linux/blkdev.h>

unsigned int scsa_probe(struct request_queue *q);
unsigned int scsa_probe(struct request_queue *q)
{
	return queue_dma_alignment(q) | q->dma_pad_mask;
}
