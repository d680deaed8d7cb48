/* SPDX-License-Identifier: GPL-2.0 */
/* ktest.h - between the Solaris-style test driver and its debugfs glue. */
#ifndef _KTEST_H
#define _KTEST_H

#include <linux/types.h>

/*
 * Run @test on the unit attached to @hctl.  Detail lines go to @log.
 * Return: 0 pass, -EIO fail, -ENODEV no such unit, -EINVAL unknown test.
 */
int ktest_run(const char *test, const char *hctl, int argc, char **argv,
	      char *log, size_t logsz);
int _init(void);
int _fini(void);

#endif
