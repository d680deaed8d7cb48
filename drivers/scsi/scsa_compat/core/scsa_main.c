// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_main.c - module init and exit of scsa_compat.ko, in order, and the
 * debugfs statistics.
 *
 * scsa_compat lets target drivers written for the Solaris/illumos SCSI
 * architecture (SCSA) run on Linux over any Linux SCSI host adapter.  It
 * must be GPL: it uses GPL-only block and SCSI exports (see
 * Documentation/porting-guide.rst, "Licensing").
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>

struct dentry *scsa_debugfs_dir;
DEFINE_PER_CPU(struct scsa_stats, scsa_stats);

static int scsa_stats_show(struct seq_file *m, void *v)
{
	struct scsa_stats sum = {};
	int cpu;

	for_each_possible_cpu(cpu) {
		struct scsa_stats *s = per_cpu_ptr(&scsa_stats, cpu);

		sum.pkts_allocated += s->pkts_allocated;
		sum.pkts_freed += s->pkts_freed;
		sum.pkts_transported += s->pkts_transported;
		sum.pkts_completed += s->pkts_completed;
		sum.tran_busy += s->tran_busy;
		sum.bytes_transferred += s->bytes_transferred;
		sum.callbacks_run += s->callbacks_run;
		sum.deferred += s->deferred;
		sum.mem_short += s->mem_short;
	}
	seq_printf(m, "pkts_allocated %llu\npkts_freed %llu\n"
		   "pkts_transported %llu\npkts_completed %llu\n"
		   "tran_busy %llu\nbytes_transferred %llu\n"
		   "callbacks_run %llu\ndeferred %llu\n"
		   "mem_short %llu\ncallbacks_queued %lu\n",
		   sum.pkts_allocated, sum.pkts_freed, sum.pkts_transported,
		   sum.pkts_completed, sum.tran_busy, sum.bytes_transferred,
		   sum.callbacks_run, sum.deferred, sum.mem_short,
		   scsa_cb_queued());
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_stats);

static int __init scsa_init(void)
{
	int err;

	scsa_debugfs_dir = debugfs_create_dir("scsa_compat", NULL);
	debugfs_create_file("stats", 0444, scsa_debugfs_dir, NULL,
			    &scsa_stats_fops);
	scsa_kstat_init();
	err = scsa_sysevent_init();
	if (err)
		goto out_debugfs;
	err = scsa_pkt_init();
	if (err)
		goto out_sysevent;
	err = scsa_cb_init();
	if (err)
		goto out_pkt;
	err = scsa_lnx_req_init();
	if (err)
		goto out_cb;
	err = scsa_attach_init();
	if (err)
		goto out_req;
	err = scsa_cdev_init();
	if (err)
		goto out_attach;
	/* last: this attaches to every SCSI device present */
	err = scsa_lnx_host_init();
	if (err)
		goto out_cdev;
	pr_info("SCSA target-driver interface ready\n");
	return 0;

out_cdev:
	scsa_cdev_exit();
out_attach:
	scsa_attach_exit();
out_req:
	scsa_lnx_req_exit();
out_cb:
	scsa_cb_exit();
out_pkt:
	scsa_pkt_exit();
out_sysevent:
	scsa_sysevent_exit();
out_debugfs:
	scsa_kstat_exit();
	debugfs_remove_recursive(scsa_debugfs_dir);
	return err;
}

static void __exit scsa_exit(void)
{
	scsa_lnx_host_exit();
	scsa_cdev_exit();
	scsa_attach_exit();
	scsa_lnx_req_exit();
	scsa_cb_exit();
	scsa_pkt_exit();
	scsa_sysevent_exit();
	scsa_kstat_exit();
	debugfs_remove_recursive(scsa_debugfs_dir);
}

module_init(scsa_init);
module_exit(scsa_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Solaris SCSA target-driver interface on the Linux SCSI midlayer");
MODULE_AUTHOR("scsa-compat developers");
MODULE_SOFTDEP("pre: scsi_mod");
