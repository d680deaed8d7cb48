// SPDX-License-Identifier: GPL-2.0
/*
 * sdsk_lnx.c - the Linux glue of the sample Solaris-style disk driver: a
 * blk-mq block device /dev/sdsk<instance> whose requests become struct buf
 * (B_PAGEIO, the request's bio_vecs, no copy) handed to sdsk_strategy().
 * The only file of the driver that uses Linux block interfaces; it uses no
 * Linux SCSI interface.
 */
#define pr_fmt(fmt) "sdsk: " fmt

#include <sys/buf.h>
#include <sys/sunddi.h>
#include <linux/module.h>
#include <linux/blk-mq.h>
#include <linux/blkdev.h>
#include <linux/slab.h>
#include <scsa/scsa_kcompat.h>
#include "sdsk.h"

#define SDSK_MAX_SEGS		128
#define SDSK_MAX_SECTORS	2048	/* 1 MiB requests; the shim splits */
#define SDSK_QUEUE_DEPTH	64

struct sdsk_lnx {
	struct blk_mq_tag_set	tag_set;
	struct gendisk		*disk;
};

struct sdsk_cmd {
	struct buf		buf;
	struct sdsk_xbuf	xb;
	struct bio_vec		*bv_ext;
	struct bio_vec		bv[SDSK_MAX_SEGS];
};

static int sdsk_major;

/**
 * sdsk_lnx_major() - the block major number of /dev/sdsk*.
 *
 * Description: dynamically allocated by register_blkdev() at module load.
 * Source: none, Linux glue.
 *
 * Context: any; does not sleep.
 * Return: the major number.
 */
uint32_t sdsk_lnx_major(void)
{
	return sdsk_major;
}

/* b_iodone: the buf is finished; end the Linux request. */
static int sdsk_lnx_iodone(struct buf *bp)
{
	struct sdsk_cmd *cmd = container_of(bp, struct sdsk_cmd, buf);
	struct request *rq = blk_mq_rq_from_pdu(cmd);
	blk_status_t sts = BLK_STS_OK;

	if (geterror(bp) || bp->b_resid)
		sts = BLK_STS_IOERR;
	kfree(cmd->bv_ext);
	cmd->bv_ext = NULL;
	blk_mq_end_request(rq, sts);
	return 0;
}

static blk_status_t sdsk_queue_rq(struct blk_mq_hw_ctx *hctx,
				  const struct blk_mq_queue_data *bd)
{
	struct request *rq = bd->rq;
	struct sdsk_cmd *cmd = blk_mq_rq_to_pdu(rq);
	struct gendisk *disk = rq->q->disk;
	struct req_iterator iter;
	struct bio_vec bv, *tab = cmd->bv;
	unsigned int n = 0;

	switch (req_op(rq)) {
	case REQ_OP_READ:
	case REQ_OP_WRITE:
		break;
	default:
		return BLK_STS_NOTSUPP;
	}
	rq_for_each_bvec(bv, rq, iter)
		n++;
	if (n > SDSK_MAX_SEGS) {
		tab = kmalloc_array(n, sizeof(*tab), GFP_ATOMIC);
		if (!tab)
			return BLK_STS_RESOURCE;
	}
	blk_mq_start_request(rq);
	bioinit(&cmd->buf);
	cmd->bv_ext = tab == cmd->bv ? NULL : tab;
	n = 0;
	rq_for_each_bvec(bv, rq, iter)
		tab[n++] = bv;

	cmd->buf.b_flags = B_BUSY | B_PAGEIO |
			   (req_op(rq) == REQ_OP_READ ? B_READ : B_WRITE);
	cmd->buf.b_bcount = blk_rq_bytes(rq);
	cmd->buf.b_lblkno = blk_rq_pos(rq);	/* = b_blkno: one field */
	cmd->buf.b_pages = tab;
	cmd->buf.b_npages = n;
	cmd->buf.b_iodone = sdsk_lnx_iodone;
	memset(&cmd->xb, 0, sizeof(cmd->xb));	/* ours, not sdsk_strategy's */
	cmd->buf.b_private = &cmd->xb;
	cmd->buf.b_edev = makedevice(MAJOR(disk_devt(disk)),
				      MINOR(disk_devt(disk)));
	sdsk_strategy(&cmd->buf);
	return BLK_STS_OK;
}

static const struct blk_mq_ops sdsk_mq_ops = {
	.queue_rq	= sdsk_queue_rq,
};

static const struct block_device_operations sdsk_fops = {
	.owner		= THIS_MODULE,
};

/**
 * sdsk_lnx_create() - the block device of one attached disk.
 * @dip:      the driver instance's dev_info; its Linux SCSI device
 *            (ddi_get_linux_device()) is the disk's parent (sysfs
 *            "device" link).
 * @instance: the driver instance: /dev/sdsk<instance>, minor @instance.
 * @nblocks:  capacity in @blksize-byte logical blocks.
 * @blksize:  logical block size in bytes: a power of two, 512 or more.
 * @max_xfer: the most bytes one request may carry (the host's "dma-max");
 *            0 for SDSK_MAX_SECTORS.  Rounded down to whole blocks, at
 *            most SDSK_MAX_SECTORS (1 MiB), at least one block.
 *
 * The disk has no partitions, one hardware queue of SDSK_QUEUE_DEPTH (64)
 * requests of up to SDSK_MAX_SECTORS (2048) 512-byte sectors, and handles
 * only reads and writes.  Its requests go to sdsk_strategy().
 * Source: none, Linux glue.
 *
 * Context: process; may sleep.
 * Return: the glue object; NULL if memory is short or the tag set or disk
 * could not be set up or added (no error code).
 */
struct sdsk_lnx *sdsk_lnx_create(struct dev_info *dip, int instance,
				 uint64_t nblocks, uint32_t blksize,
				 uint32_t max_xfer)
{
	struct sdsk_lnx *l = kzalloc(sizeof(*l), GFP_KERNEL);
	unsigned int max_sectors = SDSK_MAX_SECTORS;
	struct gendisk *disk;

	if (max_xfer) {
		max_xfer -= max_xfer % blksize;
		max_sectors = clamp_t(unsigned int, max_xfer >> SECTOR_SHIFT,
				      blksize >> SECTOR_SHIFT,
				      SDSK_MAX_SECTORS);
	}

	if (!l)
		return NULL;
	l->tag_set.ops = &sdsk_mq_ops;
	l->tag_set.nr_hw_queues = 1;
	l->tag_set.queue_depth = SDSK_QUEUE_DEPTH;
	l->tag_set.numa_node = NUMA_NO_NODE;
	l->tag_set.cmd_size = sizeof(struct sdsk_cmd);
	/*
	 * sdsk_strategy() takes the driver's adaptive mutex and may block on
	 * it, as strategy(9E) may on Solaris: queue_rq must be allowed to
	 * sleep.  No I/O scheduler by default: on a BLOCKING queue every
	 * scheduled dispatch is punted to kblockd (6.1, 6.12), while without
	 * one a request is issued directly from the submitting task; the
	 * driver keeps its own wait queue anyway, as sd does on Solaris.
	 */
	l->tag_set.flags = BLK_MQ_F_BLOCKING | BLK_MQ_F_NO_SCHED_BY_DEFAULT;
	if (blk_mq_alloc_tag_set(&l->tag_set))
		goto out_free;
	disk = scsa_alloc_disk(&l->tag_set, blksize, max_sectors,
			       SDSK_MAX_SEGS, l);
	if (IS_ERR(disk))
		goto out_tags;
	disk->major = sdsk_major;
	disk->first_minor = instance;
	disk->minors = 1;
	disk->flags |= GENHD_FL_NO_PART;
	disk->fops = &sdsk_fops;
	disk->private_data = l;
	snprintf(disk->disk_name, sizeof(disk->disk_name), "sdsk%d", instance);
	set_capacity(disk, nblocks * (blksize >> SECTOR_SHIFT));
	if (device_add_disk(ddi_get_linux_device(dip), disk, NULL)) {
		put_disk(disk);
		goto out_tags;
	}
	l->disk = disk;
	return l;

out_tags:
	blk_mq_free_tag_set(&l->tag_set);
out_free:
	kfree(l);
	return NULL;
}

/**
 * sdsk_lnx_destroy() - remove the block device; waits for its requests.
 * @l: the glue object from sdsk_lnx_create(); NULL is ignored.
 *
 * After it returns no request reaches sdsk_strategy() for this disk.
 * Source: none, Linux glue.
 *
 * Context: process; sleeps.  No kmutex_t (or other spinlock) may be held.
 */
void sdsk_lnx_destroy(struct sdsk_lnx *l)
{
	if (!l)
		return;
	del_gendisk(l->disk);
	put_disk(l->disk);
	blk_mq_free_tag_set(&l->tag_set);
	kfree(l);
}

static int __init sdsk_module_init(void)
{
	int err;

	sdsk_major = register_blkdev(0, "sdsk");
	if (sdsk_major < 0)
		return sdsk_major;
	err = _init();
	if (err) {
		unregister_blkdev(sdsk_major, "sdsk");
		return -err;
	}
	return 0;
}

static void __exit sdsk_module_exit(void)
{
	_fini();
	unregister_blkdev(sdsk_major, "sdsk");
}

module_init(sdsk_module_init);
module_exit(sdsk_module_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Sample Solaris-style SCSA disk target driver");
MODULE_AUTHOR("scsa-compat developers");
