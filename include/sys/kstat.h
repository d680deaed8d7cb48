/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/kstat.h>: kernel statistics (kstat(9S), kstat_create(9F) and
 * friends) for Solaris-style drivers built against scsa-compat.
 *
 * Names, values and the LP64 layouts of kstat_t, kstat_named_t,
 * kstat_intr_t, kstat_io_t and kstat_timer_t are illumos's.  Differences
 * (Documentation/deviations.rst):
 *
 *  - The structure behind kstat_t is "struct kstat_s", not "struct
 *    kstat": Linux's <linux/stat.h> (which every Solaris-side translation
 *    unit sees, through <sys/sunddi.h>) already defines "struct kstat" for
 *    stat(2).  Drivers use the kstat_t typedef, so their source does not
 *    change; only code that spells "struct kstat" must write kstat_t.
 *    OpenZFS's SPL made the same choice.
 *  - ks_update is called with (kstat_t *, int).  nulldev is "int (void)"
 *    in <sys/devops.h>, so "ksp->ks_update = nulldev" needs a cast, as for
 *    the cb_ops slots; the shim recognises nulldev and does not call it.
 *  - There is no /dev/kstat and no libkstat: an installed kstat is the
 *    debugfs file /sys/kernel/debug/scsa_compat/kstat/<module>/<instance>/
 *    <name>, one "<statistic>\t<value>" line per statistic (see
 *    Documentation/porting-guide.rst, "Kernel statistics").
 *  - A persistent kstat goes dormant at kstat_delete(), as on illumos,
 *    but its KSTAT_DATA_STRING statistics lose their (driver's) strings.
 *    KSTAT_FLAG_WRITABLE is accepted; the debugfs files are read-only.
 *    ks_snapshot is kept (and defaulted) but the reader does not call a
 *    driver's own snapshot routine.
 *
 * kstat_create(), kstat_install() and kstat_delete() may sleep (user or
 * kernel context, as on Solaris; not in interrupt context nor with a
 * kmutex_t held).  The queue functions (kstat_waitq_enter() ...) and
 * kstat_named_init()/kstat_named_setstr() never sleep and take no lock:
 * the driver holds its ks_lock around them.
 */
#ifndef _SCSA_SYS_KSTAT_H
#define _SCSA_SYS_KSTAT_H

#include <sys/scsa_names.h>

#include <sys/types.h>
#include <sys/ksynch.h>

typedef int	kid_t;

/*
 * illumos code names the structure "struct kstat" too; Linux's struct
 * kstat (<linux/stat.h>, read by the prelude) has that tag, so in a
 * Solaris translation unit the tag is renamed: both spellings are
 * kstat_t.  (The shim's own files, SCSA_INTERNAL, keep Linux's.)
 */
#ifndef SCSA_INTERNAL
#define	kstat	kstat_s
#endif

#define	KSTAT_STRLEN	31	/* names: 30 characters and a NUL */

typedef struct kstat_s {
	/* what a kstat reader sees */
	hrtime_t	ks_crtime;	/* kstat_create() time, ns */
	struct kstat_s	*ks_next;	/* unused on Linux (NULL) */
	kid_t		ks_kid;		/* unique id */
	char		ks_module[KSTAT_STRLEN];
	uchar_t		ks_resv;
	int		ks_instance;
	char		ks_name[KSTAT_STRLEN];
	uchar_t		ks_type;	/* KSTAT_TYPE_* */
	char		ks_class[KSTAT_STRLEN];
	uchar_t		ks_flags;	/* KSTAT_FLAG_* */
	void		*ks_data;	/* the statistics */
	uint_t		ks_ndata;	/* number of records in ks_data */
	size_t		ks_data_size;	/* bytes of ks_data */
	hrtime_t	ks_snaptime;	/* time of the last read, ns */
	/* the provider's */
	int		(*ks_update)(struct kstat_s *, int);
	void		*ks_private;
	int		(*ks_snapshot)(struct kstat_s *, void *, int);
	void		*ks_lock;	/* a kmutex_t *, or NULL */
} kstat_t;

/* the provider's lock around its data, if it set one */
#define	KSTAT_ENTER(k)	\
	{ kmutex_t *_ks_lp = (k)->ks_lock; if (_ks_lp) mutex_enter(_ks_lp); }
#define	KSTAT_EXIT(k)	\
	{ kmutex_t *_ks_lp = (k)->ks_lock; if (_ks_lp) mutex_exit(_ks_lp); }
#define	KSTAT_UPDATE(k, rw)		(*(k)->ks_update)((k), (rw))
#define	KSTAT_SNAPSHOT(k, buf, rw)	(*(k)->ks_snapshot)((k), (buf), (rw))

/* ks_type */
#define	KSTAT_TYPE_RAW		0	/* anything; ks_ndata is bytes */
#define	KSTAT_TYPE_NAMED	1	/* kstat_named_t[ks_ndata] */
#define	KSTAT_TYPE_INTR		2	/* one kstat_intr_t */
#define	KSTAT_TYPE_IO		3	/* one kstat_io_t */
#define	KSTAT_TYPE_TIMER	4	/* kstat_timer_t[ks_ndata] */
#define	KSTAT_NUM_TYPES		5

/* ks_flags */
#define	KSTAT_FLAG_VIRTUAL		0x01
#define	KSTAT_FLAG_VAR_SIZE		0x02
#define	KSTAT_FLAG_WRITABLE		0x04
#define	KSTAT_FLAG_PERSISTENT		0x08
#define	KSTAT_FLAG_DORMANT		0x10
#define	KSTAT_FLAG_INVALID		0x20
#define	KSTAT_FLAG_LONGSTRINGS		0x40

/* the rw argument of ks_update and ks_snapshot */
#define	KSTAT_READ	0
#define	KSTAT_WRITE	1

typedef struct kstat_named {
	char	name[KSTAT_STRLEN];
	uchar_t	data_type;		/* KSTAT_DATA_* */
	union {
		char		c[16];
		int32_t		i32;
		uint32_t	ui32;
		struct {
			union {
				char	*ptr;	/* NUL-terminated string */
				char	__pad[8];
			} addr;
			uint32_t	len;	/* strlen + 1, or 0 */
		} str;
		int64_t		i64;
		uint64_t	ui64;
		long		l;
		ulong_t		ul;
		/* obsolete */
		longlong_t	ll;
		u_longlong_t	ull;
		float		f;
		double		d;
	} value;
} kstat_named_t;

/* kstat_named_t.data_type (the kernel's LP64 values) */
#define	KSTAT_DATA_CHAR		0
#define	KSTAT_DATA_INT32	1
#define	KSTAT_DATA_UINT32	2
#define	KSTAT_DATA_INT64	3
#define	KSTAT_DATA_UINT64	4
#define	KSTAT_DATA_FLOAT	5
#define	KSTAT_DATA_DOUBLE	6
#define	KSTAT_DATA_LONG		7
#define	KSTAT_DATA_ULONG	8
#define	KSTAT_DATA_STRING	9
#define	KSTAT_DATA_LONGLONG	KSTAT_DATA_INT64
#define	KSTAT_DATA_ULONGLONG	KSTAT_DATA_UINT64

#define	KSTAT_NAMED_PTR(kptr)		((kstat_named_t *)(kptr)->ks_data)
#define	KSTAT_NAMED_STR_PTR(knptr)	((knptr)->value.str.addr.ptr)
#define	KSTAT_NAMED_STR_BUFLEN(knptr)	((knptr)->value.str.len)

/* kstat_intr_t.intrs[] */
#define	KSTAT_INTR_HARD			0
#define	KSTAT_INTR_SOFT			1
#define	KSTAT_INTR_WATCHDOG		2
#define	KSTAT_INTR_SPURIOUS		3
#define	KSTAT_INTR_MULTSVC		4
#define	KSTAT_NUM_INTRS			5

typedef struct kstat_intr {
	uint_t	intrs[KSTAT_NUM_INTRS];
} kstat_intr_t;

#define	KSTAT_INTR_PTR(kptr)	((kstat_intr_t *)(kptr)->ks_data)

/*
 * I/O statistics.  The driver adds to nread/nwritten/reads/writes when a
 * transfer ends.  The time fields (nanoseconds of the monotonic clock,
 * as gethrtime()) change only through kstat_waitq_enter() and the other
 * five queue functions: each one adds the time since the queue's last
 * change to wtime/rtime (if the queue was not empty) and that time
 * multiplied by the queue length to wlentime/rlentime.
 */
typedef struct kstat_io {
	u_longlong_t	nread;		/* bytes read */
	u_longlong_t	nwritten;	/* bytes written */
	uint_t		reads;		/* read operations */
	uint_t		writes;		/* write operations */
	hrtime_t	wtime;		/* time the wait queue was not empty */
	hrtime_t	wlentime;	/* wait queue length x time */
	hrtime_t	wlastupdate;	/* last change of the wait queue */
	hrtime_t	rtime;		/* time the run queue was not empty */
	hrtime_t	rlentime;	/* run queue length x time */
	hrtime_t	rlastupdate;	/* last change of the run queue */
	uint_t		wcnt;		/* requests waiting */
	uint_t		rcnt;		/* requests running */
} kstat_io_t;

#define	KSTAT_IO_PTR(kptr)	((kstat_io_t *)(kptr)->ks_data)

typedef struct kstat_timer {
	char		name[KSTAT_STRLEN];
	uchar_t		resv;
	u_longlong_t	num_events;
	hrtime_t	elapsed_time;	/* sum of the events' durations, ns */
	hrtime_t	min_time;
	hrtime_t	max_time;
	hrtime_t	start_time;	/* of the last event */
	hrtime_t	stop_time;
} kstat_timer_t;

#define	KSTAT_TIMER_PTR(kptr)	((kstat_timer_t *)(kptr)->ks_data)

/*
 * The functions (exported as scsa_<name>, see <sys/scsa_names.h>).
 */
kstat_t *kstat_create(const char *ks_module, int ks_instance,
	const char *ks_name, const char *ks_class, uchar_t ks_type,
	uint_t ks_ndata, uchar_t ks_flags);
void kstat_install(kstat_t *ksp);
void kstat_delete(kstat_t *ksp);
void kstat_delete_byname(const char *ks_module, int ks_instance,
	const char *ks_name);
void kstat_named_init(kstat_named_t *knp, const char *name,
	uchar_t data_type);
void kstat_named_setstr(kstat_named_t *knp, const char *src);
void kstat_set_string(char *dst, const char *src);
void kstat_timer_init(kstat_timer_t *ktp, const char *name);
void kstat_timer_start(kstat_timer_t *ktp);
void kstat_timer_stop(kstat_timer_t *ktp);
void kstat_waitq_enter(kstat_io_t *kiop);
void kstat_waitq_exit(kstat_io_t *kiop);
void kstat_runq_enter(kstat_io_t *kiop);
void kstat_runq_exit(kstat_io_t *kiop);
void kstat_waitq_to_runq(kstat_io_t *kiop);
void kstat_runq_back_to_waitq(kstat_io_t *kiop);

#endif /* _SCSA_SYS_KSTAT_H */
