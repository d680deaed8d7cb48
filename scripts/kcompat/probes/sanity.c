// SPDX-License-Identifier: GPL-2.0
/*
 * desc: the kernel tree and compiler can build a trivial object against
 *       the headers every probe uses
 * group: required
 *
 * Not an API probe: if this fails, the toolchain or KDIR is broken and
 * gen-config.sh stops instead of reporting every API as missing.
 */
#include <linux/module.h>
#include <linux/device.h>
#include <linux/blk-mq.h>
#include <linux/blkdev.h>
#include <scsi/scsi_host.h>

int scsa_probe(void);
int scsa_probe(void)
{
	return 0;
}
