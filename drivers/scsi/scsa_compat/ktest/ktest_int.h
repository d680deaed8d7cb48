/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ktest_int.h - shared by the Solaris-style test cases of scsa_ktest
 * (ktest.c, ktest_dma.c, ktest_ctl.c, ktest_ddi.c): the per-run context,
 * the log and check macros, and the polled-command helper.  Solaris side: includes
 * <sys/scsi/scsi.h>, never Linux SCSI headers.
 */
#ifndef _KTEST_INT_H
#define _KTEST_INT_H

/*
 * The shim's own test driver keeps Linux's current, min, kmem_cache_*;
 * ktest_sol.c, which tests the Solaris ones, defines KTEST_SOLARIS_NAMES.
 */
#ifndef KTEST_SOLARIS_NAMES
#define SCSA_INTERNAL
#endif
#include <sys/scsi/scsi.h>

struct ktest_unit {
	struct list_head	node;
	dev_info_t		*dip;
	struct scsi_device	*sd;
	char			name[32];
};

struct ktest_ctx {
	struct ktest_unit *un;
	char *log;
	size_t logsz, used;
	int failed;
};

/* One named test case: returns 0 (then failed checks make it -EIO). */
struct ktest_case {
	const char *name;
	int (*fn)(struct ktest_ctx *c, int argc, char **argv);
};

/* NULL-terminated tables of the other files */
extern const struct ktest_case ktest_dma_cases[];
extern const struct ktest_case ktest_ctl_cases[];
extern const struct ktest_case ktest_ddi_cases[];
extern const struct ktest_case ktest_cdev_cases[];
extern const struct ktest_case ktest_kstat_cases[];

/* deletes the kstats "kstat_named keep"/"kstat_io keep" left (_fini) */
void ktest_kstat_fini(void);
extern const struct ktest_case ktest_props_cases[];
void ktest_props_fini(void);
extern const struct ktest_case ktest_uscsi_cases[];
extern const struct ktest_case ktest_sol_cases[];
extern const struct ktest_case ktest_sync_cases[];

/* the character entry points of the test nodes (ktest_cdev.c) */
struct cb_ops;
extern struct cb_ops ktest_cb_ops;

__printf(2, 3) void klog(struct ktest_ctx *c, const char *fmt, ...);

#define KCHECK(c, cond, fmt, ...) do {					\
	if (cond) {							\
		klog(c, "ok: " fmt, ##__VA_ARGS__);			\
	} else {							\
		klog(c, "FAILED: " fmt " (%s:%d)", ##__VA_ARGS__,	\
		     __func__, __LINE__);				\
		(c)->failed++;						\
	}								\
} while (0)

#define ROUTE(c)	(&(c)->un->sd->sd_address)

struct scsi_pkt *ktest_cmd(struct ktest_ctx *c, const uchar_t *cdb,
			   int cdblen, struct buf *bp, int statuslen,
			   int flags, int time, int *tran);

/*
 * One anonymous read/write page in the address space of the process that
 * runs the test (vm_munmap(ua, PAGE_SIZE) it when done); 0, after a failed
 * check, if it cannot be had.
 */
unsigned long ktest_user_page(struct ktest_ctx *c);

bool ktest_inquiry_into(struct ktest_ctx *c, struct scsi_pkt *pkt,
			const char *data, int len);

#endif
