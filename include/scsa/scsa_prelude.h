/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <scsa/scsa_prelude.h>: every Linux header the Solaris side of the tree
 * sees, included once, first, by <sys/types.h>.
 *
 * Solaris and Linux give some type names different meanings: illumos's LP64
 * dev_t is 64 bits (32-bit major, 32-bit minor) and daddr_t is a long;
 * Linux's are 32 and 32 bits.  A Solaris translation unit needs the
 * Solaris ones (drivers cast a pointer-sized ioctl argument to dev_t,
 * decode 32-bit minors, and keep block numbers above 2^31 in daddr_t; a
 * uuid_t is 16 bytes, not Linux's structure),
 * while the Linux structures it reaches must keep their layout.  So the
 * Linux headers are read here with those names renamed (Linux's dev_t is
 * then called __scsa_linux_dev_t), and <sys/types.h> defines the Solaris
 * types afterwards.  This only works if no Linux header that uses them is
 * read after this one: a Solaris translation unit includes a Solaris
 * header first (the shim's own files begin with "scsa_sol.h"), and any
 * Linux header a Solaris-side file needs belongs in the list below.
 *
 * Linux macros whose names are Solaris functions with other arguments
 * (min, max, mutex_init, ...) are undefined by the Solaris header that
 * defines the Solaris name.
 */
#ifndef _SCSA_SCSA_PRELUDE_H
#define _SCSA_SCSA_PRELUDE_H

#ifdef _LINUX_TYPES_H
#error "a Solaris translation unit must include a Solaris header (e.g. <sys/types.h>) before any Linux header"
#endif

#define	dev_t		__scsa_linux_dev_t
#define	daddr_t		__scsa_linux_daddr_t
#define	uuid_t		__scsa_linux_uuid_t

#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/limits.h>
#include <linux/kernel.h>
#include <linux/compiler.h>
#include <linux/stdarg.h>
#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/printk.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/init.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/list.h>
#include <linux/llist.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/rwsem.h>
#include <linux/semaphore.h>
#include <linux/completion.h>
#include <linux/wait.h>
#include <linux/wait_bit.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/kthread.h>
#include <linux/hardirq.h>
#include <linux/bottom_half.h>
#include <linux/interrupt.h>
#include <linux/preempt.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include <linux/delay.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/rcupdate.h>
#include <linux/kref.h>
#include <linux/idr.h>
#include <linux/xarray.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/highmem.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mempool.h>
#include <linux/gfp.h>
#include <linux/uaccess.h>
#include <linux/uio.h>
#include <linux/bvec.h>
#include <linux/kdev_t.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/user_namespace.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <linux/blkdev.h>
#include <linux/blk-mq.h>
#include <linux/hdreg.h>
#include <linux/byteorder/generic.h>
#include <linux/kobject.h>
#include <linux/uuid.h>
#include <linux/random.h>
#include <linux/panic.h>
#include <linux/ctype.h>
#include <asm/byteorder.h>
/* get_unaligned_be32() ...: <linux/unaligned.h> since 6.12, <asm/...> before */
#if __has_include(<linux/unaligned.h>)
#include <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif

#undef	dev_t
#undef	daddr_t
#undef	uuid_t

#endif /* _SCSA_SCSA_PRELUDE_H */
