// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_lnx.c - debugfs front end of scsa_ktest:
 *   echo "<test> <H:C:T:L> [args]" > /sys/kernel/debug/scsa_ktest/run
 *   cat /sys/kernel/debug/scsa_ktest/log
 * The write fails with EIO when a check failed, ENODEV when the test driver
 * is not attached to that device, EINVAL for an unknown test.
 */
#include <linux/module.h>
#include <linux/debugfs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "ktest.h"

#define KTEST_LOG_SIZE	16384
#define KTEST_MAX_ARGS	8

static struct dentry *ktest_dir;
static DEFINE_MUTEX(ktest_log_lock);
static char *ktest_log;

static ssize_t ktest_run_write(struct file *f, const char __user *ubuf,
			       size_t len, loff_t *ppos)
{
	char *buf, *p, *argv[KTEST_MAX_ARGS + 2];
	int argc = 0, rv;

	if (len == 0 || len > 256)
		return -EINVAL;
	buf = memdup_user_nul(ubuf, len);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	p = strim(buf);
	while (p && *p && argc < ARRAY_SIZE(argv)) {
		argv[argc++] = strsep(&p, " \t\n");
		while (p && (*p == ' ' || *p == '\t' || *p == '\n'))
			p++;
	}
	if (argc < 2) {
		kfree(buf);
		return -EINVAL;
	}
	mutex_lock(&ktest_log_lock);
	rv = ktest_run(argv[0], argv[1], argc - 2, argv + 2, ktest_log,
		       KTEST_LOG_SIZE);
	mutex_unlock(&ktest_log_lock);
	kfree(buf);
	return rv ? rv : len;
}

static ssize_t ktest_log_read(struct file *f, char __user *ubuf, size_t len,
			      loff_t *ppos)
{
	ssize_t rv;

	mutex_lock(&ktest_log_lock);
	rv = simple_read_from_buffer(ubuf, len, ppos, ktest_log,
				     strlen(ktest_log));
	mutex_unlock(&ktest_log_lock);
	return rv;
}

static const struct file_operations ktest_run_fops = {
	.owner	= THIS_MODULE,
	.write	= ktest_run_write,
};

static const struct file_operations ktest_log_fops = {
	.owner	= THIS_MODULE,
	.read	= ktest_log_read,
};

static int __init ktest_module_init(void)
{
	int err;

	ktest_log = kzalloc(KTEST_LOG_SIZE, GFP_KERNEL);
	if (!ktest_log)
		return -ENOMEM;
	err = _init();
	if (err) {
		kfree(ktest_log);
		return -err;
	}
	ktest_dir = debugfs_create_dir("scsa_ktest", NULL);
	debugfs_create_file("run", 0200, ktest_dir, NULL, &ktest_run_fops);
	debugfs_create_file("log", 0400, ktest_dir, NULL, &ktest_log_fops);
	return 0;
}

static void __exit ktest_module_exit(void)
{
	debugfs_remove_recursive(ktest_dir);
	_fini();
	kfree(ktest_log);
}

module_init(ktest_module_init);
module_exit(ktest_module_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("In-kernel Solaris-style test target driver for scsa_compat");
MODULE_INFO(test, "Y");
