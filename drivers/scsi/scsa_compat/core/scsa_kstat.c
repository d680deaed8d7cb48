// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_kstat.c - kernel statistics: kstat_create(9F), kstat_install(9F),
 * kstat_delete(9F), kstat_named_init(9F), the I/O queue accounting of
 * kstat_queue(9F) and the event timers, and their Linux face: every
 * installed kstat is a read-only debugfs file
 *
 *   /sys/kernel/debug/scsa_compat/kstat/<module>/<instance>/<name>
 *
 * whose lines are "<statistic>\t<value>" (see <sys/kstat.h> and
 * Documentation/porting-guide.rst, "Kernel statistics").
 *
 * Lifetime: a kstat is on scsa_kstat_all from kstat_create() to
 * kstat_delete(), which looks the pointer up there (never dereferencing
 * an unknown one), so a double or bogus delete is refused with a warning.
 * Readers touch the kstat only inside debugfs's file operations; debugfs
 * (full proxy) makes debugfs_remove() wait for a read in progress and
 * fails later reads of a still-open file with EIO, so kstat_delete() can
 * free the kstat as soon as the file is removed.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"
#include <linux/module.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/limits.h>
#include <linux/ktime.h>
#include <linux/build_bug.h>
#include <sys/kstat.h>
#include <sys/devops.h>

/* The largest data section kstat_create() allocates (deviation). */
#define SCSA_KSTAT_MAX_DATA	(16UL << 20)
/* The largest text a read shows (EFBIG beyond). */
#define SCSA_KSTAT_MAX_TEXT	(64UL << 20)

/* The illumos LP64 layouts (<sys/kstat.h>). */
static_assert(sizeof(kstat_named_t) == 48);
static_assert(offsetof(kstat_named_t, data_type) == 31);
static_assert(offsetof(kstat_named_t, value) == 32);
static_assert(offsetof(kstat_named_t, value.str.len) == 40);
static_assert(sizeof(kstat_io_t) == 80);
static_assert(offsetof(kstat_io_t, wtime) == 24);
static_assert(offsetof(kstat_io_t, wcnt) == 72);
static_assert(sizeof(kstat_intr_t) == 20);
static_assert(sizeof(kstat_timer_t) == 80);
static_assert(offsetof(kstat_t, ks_module) == 20);
static_assert(offsetof(kstat_t, ks_instance) == 52);
static_assert(offsetof(kstat_t, ks_class) == 88);
static_assert(offsetof(kstat_t, ks_data) == 120);
static_assert(offsetof(kstat_t, ks_data_size) == 136);
static_assert(offsetof(kstat_t, ks_lock) == 176);
static_assert(sizeof(kstat_t) == 184);

/* a debugfs directory: a module's, or an instance's under it */
struct scsa_kstat_dir {
	struct list_head node;		/* on scsa_kstat_dirs */
	struct scsa_kstat_dir *parent;	/* NULL: a module directory */
	struct dentry *dentry;
	unsigned int users;		/* installed kstats (and children) */
	char name[KSTAT_STRLEN + 1];
};

/* the framework's kstat: the driver sees ks only */
struct scsa_ekstat {
	kstat_t ks;			/* first */
	struct list_head node;		/* on scsa_kstat_all */
	struct scsa_kstat_dir *dir;	/* its instance directory, installed */
	struct dentry *file;
	bool installed;
	bool busy;			/* kstat_delete/_install at work */
	size_t data_bytes;		/* allocated after this struct */
	u64 data[];			/* a physical kstat's ks_data */
};

/* scsa_kstat_all, scsa_kstat_dirs, scsa_kstat_next_kid, the dentries */
static DEFINE_MUTEX(scsa_kstat_lock);
static LIST_HEAD(scsa_kstat_all);
static LIST_HEAD(scsa_kstat_dirs);
static kid_t scsa_kstat_next_kid;
static struct dentry *scsa_kstat_root;
/* one read at a time per system, as illumos holds a kstat to read it */
static DEFINE_MUTEX(scsa_kstat_read_lock);

static const struct {
	size_t size;
	uint_t min_ndata, max_ndata;
} scsa_kstat_types[KSTAT_NUM_TYPES] = {
	[KSTAT_TYPE_RAW]	= { 1, 0, INT_MAX },
	[KSTAT_TYPE_NAMED]	= { sizeof(kstat_named_t), 0, INT_MAX },
	[KSTAT_TYPE_INTR]	= { sizeof(kstat_intr_t), 1, 1 },
	[KSTAT_TYPE_IO]		= { sizeof(kstat_io_t), 1, 1 },
	[KSTAT_TYPE_TIMER]	= { sizeof(kstat_timer_t), 0, INT_MAX },
};

static hrtime_t scsa_hrtime(void)
{
	return (hrtime_t)ktime_get_ns();
}

/* ---- strings ---- */

/**
 * kstat_set_string() - copy a kstat name into a KSTAT_STRLEN buffer.
 * @dst: KSTAT_STRLEN (31) bytes; all are written: at most 30 characters
 *       of @src, then NULs.
 * @src: a NUL-terminated string; NULL gives an empty name.
 *
 * Source: illumos kstat_set_string() (<sys/kstat.h>).
 *
 * Context: any; does not sleep.  A NULL @dst is refused with a warning.
 */
void kstat_set_string(char *dst, const char *src)
{
	if (!dst) {
		pr_warn_ratelimited("kstat_set_string(NULL), from %pS\n",
				    __builtin_return_address(0));
		return;
	}
	memset(dst, 0, KSTAT_STRLEN);
	if (src)
		strncpy(dst, src, KSTAT_STRLEN - 1);
}
EXPORT_SYMBOL_GPL(scsa_kstat_set_string);

/**
 * kstat_named_init() - name a statistic of a KSTAT_TYPE_NAMED kstat and
 * set its type.
 * @knp:       one kstat_named_t of the kstat's ks_data.
 * @name:      its name; at most 30 characters are kept (KSTAT_STRLEN).
 *             NULL: an empty name, with a warning.
 * @data_type: KSTAT_DATA_CHAR, _INT32, _UINT32, _INT64, _UINT64, _LONG,
 *             _ULONG, _STRING (and the obsolete _FLOAT, _DOUBLE).  For
 *             KSTAT_DATA_STRING the string is set to NULL (length 0).
 *
 * The value is left as it is (zero in a fresh kstat).  Source:
 * kstat_named_init(9F).
 *
 * Context: any; does not sleep.  Errors: a NULL @knp is refused with a
 * warning; a @data_type that is no KSTAT_DATA_* value is stored, as on
 * illumos, with a warning (the debugfs file shows it as unknown).
 */
void kstat_named_init(kstat_named_t *knp, const char *name,
		      uchar_t data_type)
{
	if (!knp) {
		pr_warn_ratelimited("kstat_named_init(NULL, \"%s\"), from %pS\n",
				    name ?: "(null)", __builtin_return_address(0));
		return;
	}
	if (!name)
		pr_warn_ratelimited("kstat_named_init() with a NULL name, from %pS\n",
				    __builtin_return_address(0));
	kstat_set_string(knp->name, name);
	knp->data_type = data_type;
	if (data_type > KSTAT_DATA_STRING)
		pr_warn_ratelimited("kstat_named_init(\"%s\"): unknown data type %u, from %pS\n",
				    knp->name, data_type,
				    __builtin_return_address(0));
	if (data_type == KSTAT_DATA_STRING) {
		KSTAT_NAMED_STR_PTR(knp) = NULL;
		KSTAT_NAMED_STR_BUFLEN(knp) = 0;
	}
}
EXPORT_SYMBOL_GPL(scsa_kstat_named_init);

/**
 * kstat_named_setstr() - point a KSTAT_DATA_STRING statistic at a string.
 * @knp: a kstat_named_t of type KSTAT_DATA_STRING.
 * @src: a NUL-terminated string, or NULL; not copied: it must stay valid
 *       (and unchanged while the kstat's ks_lock is held) until it is
 *       replaced or the kstat is deleted.
 *
 * Sets value.str.addr.ptr to @src and value.str.len to strlen(@src) + 1
 * (0 for NULL).  Source: illumos kstat_named_setstr().
 *
 * Context: any; does not sleep.  Errors: a NULL @knp, or one that is not
 * KSTAT_DATA_STRING, is left unchanged with a warning (illumos panics).
 */
void kstat_named_setstr(kstat_named_t *knp, const char *src)
{
	if (!knp || knp->data_type != KSTAT_DATA_STRING) {
		pr_warn_ratelimited("kstat_named_setstr(%p): not a KSTAT_DATA_STRING statistic, from %pS\n",
				    knp, __builtin_return_address(0));
		return;
	}
	KSTAT_NAMED_STR_PTR(knp) = (char *)src;
	KSTAT_NAMED_STR_BUFLEN(knp) = src ? strlen(src) + 1 : 0;
}
EXPORT_SYMBOL_GPL(scsa_kstat_named_setstr);

/* ---- the default update and snapshot routines ---- */

static int scsa_kstat_default_update(kstat_t *ksp, int rw)
{
	kstat_named_t *knp = KSTAT_NAMED_PTR(ksp);
	size_t strings = 0;
	uint_t i;

	/* a named kstat with strings counts them into ks_data_size */
	if (knp && ksp->ks_type == KSTAT_TYPE_NAMED &&
	    (ksp->ks_flags & (KSTAT_FLAG_VAR_SIZE | KSTAT_FLAG_LONGSTRINGS))) {
		for (i = 0; i < ksp->ks_ndata; i++)
			if (knp[i].data_type == KSTAT_DATA_STRING)
				strings += KSTAT_NAMED_STR_BUFLEN(&knp[i]);
		ksp->ks_data_size = ksp->ks_ndata * sizeof(*knp) + strings;
	}
	return 0;
}

/* What KSTAT_SNAPSHOT() does unless the driver set its own routine. */
static int scsa_kstat_default_snapshot(kstat_t *ksp, void *buf, int rw)
{
	size_t n = ksp->ks_data_size;

	ksp->ks_snaptime = scsa_hrtime();
	if (!ksp->ks_data || !buf)
		return EINVAL;
	if (ksp->ks_type == KSTAT_TYPE_NAMED)
		n = min_t(size_t, n, ksp->ks_ndata * sizeof(kstat_named_t));
	if (rw == KSTAT_WRITE) {
		if (!(ksp->ks_flags & KSTAT_FLAG_WRITABLE))
			return EACCES;
		memcpy(ksp->ks_data, buf, n);
		return 0;
	}
	memcpy(buf, ksp->ks_data, n);
	return 0;
}

/* ---- the debugfs files ---- */

/*
 * The text of one read.  Not a seq_file: a driver test that reads a kstat
 * with its own locks held must not tie them to every seq_file's lock.
 */
struct scsa_ktext {
	size_t size, len;
	bool overflow;
	char buf[];
};

static __printf(2, 3) void kt_printf(struct scsa_ktext *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (t->overflow)
		return;
	va_start(ap, fmt);
	n = vsnprintf(t->buf + t->len, t->size - t->len, fmt, ap);
	va_end(ap);
	if (n < 0 || t->len + n >= t->size)
		t->overflow = true;
	else
		t->len += n;
}

static void kt_putc(struct scsa_ktext *t, char ch)
{
	if (t->len + 1 >= t->size) {
		t->overflow = true;
		return;
	}
	t->buf[t->len++] = ch;
	t->buf[t->len] = 0;
}

/* Bytes of text, at most @n, stopping at a NUL; controls become '?'. */
static void scsa_kstat_put_text(struct scsa_ktext *m, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n && p[i]; i++)
		kt_putc(m, (isprint(p[i]) || p[i] == ' ') ? p[i] : '?');
}

static void scsa_kstat_show_named(struct scsa_ktext *m, kstat_named_t *knp,
				  uint_t n)
{
	uint_t i;

	for (i = 0; i < n; i++, knp++) {
		scsa_kstat_put_text(m, knp->name, KSTAT_STRLEN);
		kt_putc(m, '\t');
		switch (knp->data_type) {
		case KSTAT_DATA_CHAR:
			scsa_kstat_put_text(m, knp->value.c,
					    sizeof(knp->value.c));
			break;
		case KSTAT_DATA_INT32:
			kt_printf(m, "%d", knp->value.i32);
			break;
		case KSTAT_DATA_UINT32:
			kt_printf(m, "%u", knp->value.ui32);
			break;
		case KSTAT_DATA_INT64:
			kt_printf(m, "%lld", (long long)knp->value.i64);
			break;
		case KSTAT_DATA_UINT64:
			kt_printf(m, "%llu",
				   (unsigned long long)knp->value.ui64);
			break;
		case KSTAT_DATA_LONG:
			kt_printf(m, "%ld", knp->value.l);
			break;
		case KSTAT_DATA_ULONG:
			kt_printf(m, "%lu", knp->value.ul);
			break;
		case KSTAT_DATA_STRING:
			/* the driver's string, bounded by its length */
			if (KSTAT_NAMED_STR_PTR(knp))
				scsa_kstat_put_text(m, KSTAT_NAMED_STR_PTR(knp),
					KSTAT_NAMED_STR_BUFLEN(knp) ?: PAGE_SIZE);
			break;
		case KSTAT_DATA_FLOAT:	/* no floating point in the kernel */
			kt_printf(m, "0x%08x", knp->value.ui32);
			break;
		case KSTAT_DATA_DOUBLE:
			kt_printf(m, "0x%016llx",
				   (unsigned long long)knp->value.ui64);
			break;
		default:
			kt_printf(m, "unknown data type %u", knp->data_type);
			break;
		}
		kt_putc(m, '\n');
	}
}

/* As illumos's snapshot: pending requests count up to @now. */
static void scsa_kstat_show_io(struct scsa_ktext *m, const kstat_io_t *kio,
			       hrtime_t now)
{
	kstat_io_t io = *kio;

	if (io.wcnt) {
		io.wlentime += (now - io.wlastupdate) * io.wcnt;
		io.wtime += now - io.wlastupdate;
		io.wlastupdate = now;
	}
	if (io.rcnt) {
		io.rlentime += (now - io.rlastupdate) * io.rcnt;
		io.rtime += now - io.rlastupdate;
		io.rlastupdate = now;
	}
	kt_printf(m, "nread\t%llu\nnwritten\t%llu\nreads\t%u\nwrites\t%u\n"
		   "wtime\t%lld\nwlentime\t%lld\nwlastupdate\t%lld\n"
		   "rtime\t%lld\nrlentime\t%lld\nrlastupdate\t%lld\n"
		   "wcnt\t%u\nrcnt\t%u\n",
		   io.nread, io.nwritten, io.reads, io.writes,
		   io.wtime, io.wlentime, io.wlastupdate,
		   io.rtime, io.rlentime, io.rlastupdate, io.wcnt, io.rcnt);
}

static void scsa_kstat_show_intr(struct scsa_ktext *m, const kstat_intr_t *ki)
{
	static const char *const names[KSTAT_NUM_INTRS] = {
		"hard", "soft", "watchdog", "spurious", "multsvc"
	};
	int i;

	for (i = 0; i < KSTAT_NUM_INTRS; i++)
		kt_printf(m, "%s\t%u\n", names[i], ki->intrs[i]);
}

static void scsa_kstat_show_timer(struct scsa_ktext *m, kstat_timer_t *kt,
				  uint_t n)
{
	uint_t i;

	for (i = 0; i < n; i++, kt++) {
#define KT_LINE(field, v) do {						\
		scsa_kstat_put_text(m, kt->name, KSTAT_STRLEN);		\
		kt_printf(m, "." field "\t%lld\n", (long long)(v));	\
	} while (0)
		KT_LINE("num_events", kt->num_events);
		KT_LINE("elapsed_time", kt->elapsed_time);
		KT_LINE("min_time", kt->min_time);
		KT_LINE("max_time", kt->max_time);
		KT_LINE("start_time", kt->start_time);
		KT_LINE("stop_time", kt->stop_time);
#undef KT_LINE
	}
}

static bool scsa_kstat_is_nulldev(int (*fn)(kstat_t *, int))
{
	return (void *)fn == (void *)nulldev;
}

static int scsa_kstat_show(struct scsa_ktext *m, struct scsa_ekstat *e)
{
	kstat_t *ksp = &e->ks;
	kmutex_t *lp = ksp->ks_lock;
	size_t size;
	uint_t n;
	int err = 0;

	/* reactivated, not installed again: its fields are being set */
	if (ksp->ks_flags & KSTAT_FLAG_INVALID)
		return -EAGAIN;
	if (lp)
		mutex_enter(lp);
	if (ksp->ks_update && !scsa_kstat_is_nulldev(ksp->ks_update))
		err = ksp->ks_update(ksp, KSTAT_READ);
	if (err)
		goto out;
	ksp->ks_snaptime = scsa_hrtime();
	if (!ksp->ks_data || ksp->ks_type >= KSTAT_NUM_TYPES)
		goto out;
	n = ksp->ks_ndata;
	size = scsa_kstat_types[ksp->ks_type].size;
	/* a physical kstat's records stay inside what was allocated */
	if (ksp->ks_data == (void *)e->data)
		n = min_t(size_t, n, e->data_bytes / size);
	switch (ksp->ks_type) {
	case KSTAT_TYPE_NAMED:
		scsa_kstat_show_named(m, ksp->ks_data, n);
		break;
	case KSTAT_TYPE_IO:
		if (n)
			scsa_kstat_show_io(m, ksp->ks_data, ksp->ks_snaptime);
		break;
	case KSTAT_TYPE_INTR:
		if (n)
			scsa_kstat_show_intr(m, ksp->ks_data);
		break;
	case KSTAT_TYPE_TIMER:
		scsa_kstat_show_timer(m, ksp->ks_data, n);
		break;
	case KSTAT_TYPE_RAW:
		for (size = 0; size < n; size += 16)
			kt_printf(m, "%08zx\t%*ph\n", size,
				   (int)min_t(size_t, 16, n - size),
				   (u8 *)ksp->ks_data + size);
		break;
	}
out:
	if (lp)
		mutex_exit(lp);
	if (!err) {
		kt_printf(m, "class\t");
		scsa_kstat_put_text(m, ksp->ks_class, KSTAT_STRLEN);
		kt_printf(m, "\ncrtime\t%lld\nsnaptime\t%lld\n",
			   ksp->ks_crtime, ksp->ks_snaptime);
	}
	/* ks_update's errno (positive on Solaris) fails the read */
	if (err < 0)
		err = -err;
	return err ? -(err < MAX_ERRNO ? err : EIO) : 0;
}

/* The text of @e into a new buffer, large enough; -errno on failure. */
static struct scsa_ktext *scsa_kstat_render(struct scsa_ekstat *e)
{
	size_t size = PAGE_SIZE;
	struct scsa_ktext *t;
	int err;

	for (;;) {
		t = kvmalloc(struct_size(t, buf, size), GFP_KERNEL);
		if (!t)
			return ERR_PTR(-ENOMEM);
		t->size = size;
		t->len = 0;
		t->overflow = false;
		t->buf[0] = 0;
		err = scsa_kstat_show(t, e);
		if (err || !t->overflow)
			break;
		kvfree(t);
		if (size >= SCSA_KSTAT_MAX_TEXT)
			return ERR_PTR(-EFBIG);
		size *= 2;
	}
	if (err) {
		kvfree(t);
		return ERR_PTR(err);
	}
	return t;
}

/*
 * A read at offset 0 takes a new snapshot (ks_update, under ks_lock);
 * reads further on continue the snapshot of this open file.
 */
static ssize_t scsa_kstat_read(struct file *file, char __user *ubuf,
			       size_t n, loff_t *ppos)
{
	struct scsa_ekstat *e = file_inode(file)->i_private;
	struct scsa_ktext *t;
	ssize_t rv;

	mutex_lock(&scsa_kstat_read_lock);
	t = file->private_data;
	if (*ppos == 0 || !t) {
		kvfree(t);
		file->private_data = NULL;
		t = scsa_kstat_render(e);
		if (IS_ERR(t)) {
			mutex_unlock(&scsa_kstat_read_lock);
			return PTR_ERR(t);
		}
		file->private_data = t;
	}
	rv = simple_read_from_buffer(ubuf, n, ppos, t->buf, t->len);
	mutex_unlock(&scsa_kstat_read_lock);
	return rv;
}

static int scsa_kstat_open(struct inode *inode, struct file *file)
{
	file->private_data = NULL;	/* the text, made by the first read */
	return 0;
}

static int scsa_kstat_release(struct inode *inode, struct file *file)
{
	kvfree(file->private_data);
	return 0;
}

static const struct file_operations scsa_kstat_fops = {
	.owner		= THIS_MODULE,
	.open		= scsa_kstat_open,
	.read		= scsa_kstat_read,
	.llseek		= default_llseek,
	.release	= scsa_kstat_release,
};

/* A file or directory name from a kstat name: no '/', never "", ".", "..". */
static void scsa_kstat_fname(char *dst, const char *src)
{
	char *p;

	strscpy(dst, src, KSTAT_STRLEN);
	for (p = dst; *p; p++)
		if (*p == '/' || !isprint(*p))
			*p = '_';
	if (!dst[0])
		strscpy(dst, "_", KSTAT_STRLEN);
	else if (!strcmp(dst, "."))
		strscpy(dst, "_", KSTAT_STRLEN);
	else if (!strcmp(dst, ".."))
		strscpy(dst, "__", KSTAT_STRLEN);
}

/* A reference to directory @name under @parent, made if need be. */
static struct scsa_kstat_dir *scsa_kstat_dir_get(struct scsa_kstat_dir *parent,
						 const char *name)
{
	struct scsa_kstat_dir *d;

	lockdep_assert_held(&scsa_kstat_lock);
	list_for_each_entry(d, &scsa_kstat_dirs, node)
		if (d->parent == parent && !strcmp(d->name, name)) {
			d->users++;
			return d;
		}
	d = kzalloc(sizeof(*d), GFP_KERNEL);
	if (!d)
		return NULL;
	strscpy(d->name, name, sizeof(d->name));
	d->dentry = debugfs_create_dir(d->name,
				       parent ? parent->dentry : scsa_kstat_root);
	if (IS_ERR_OR_NULL(d->dentry)) {
		kfree(d);
		return NULL;
	}
	d->parent = parent;
	d->users = 1;
	if (parent)
		parent->users++;
	list_add(&d->node, &scsa_kstat_dirs);
	return d;
}

static void scsa_kstat_dir_put(struct scsa_kstat_dir *d)
{
	struct scsa_kstat_dir *parent;

	lockdep_assert_held(&scsa_kstat_lock);
	for (; d && !--d->users; d = parent) {
		parent = d->parent;
		list_del(&d->node);
		debugfs_remove(d->dentry);
		kfree(d);
	}
}

/* The file of @e (installed, scsa_kstat_lock held); false if none. */
static bool scsa_kstat_publish(struct scsa_ekstat *e)
{
	kstat_t *ksp = &e->ks;
	struct scsa_kstat_dir *md, *id;
	char name[KSTAT_STRLEN];
	char inst[16];

	if (IS_ERR_OR_NULL(scsa_kstat_root))
		return false;
	scsa_kstat_fname(name, ksp->ks_module);
	md = scsa_kstat_dir_get(NULL, name);
	if (!md)
		return false;
	snprintf(inst, sizeof(inst), "%d", ksp->ks_instance);
	id = scsa_kstat_dir_get(md, inst);
	scsa_kstat_dir_put(md);		/* id holds it now */
	if (!id)
		return false;
	scsa_kstat_fname(name, ksp->ks_name);
	e->file = debugfs_create_file(name, 0444, id->dentry, e,
				      &scsa_kstat_fops);
	if (IS_ERR_OR_NULL(e->file)) {
		e->file = NULL;
		scsa_kstat_dir_put(id);
		return false;
	}
	e->dir = id;
	return true;
}

/* @ksp if it is a kstat from kstat_create() not yet deleted (lock held) */
static struct scsa_ekstat *scsa_kstat_find(kstat_t *ksp)
{
	struct scsa_ekstat *e;

	lockdep_assert_held(&scsa_kstat_lock);
	list_for_each_entry(e, &scsa_kstat_all, node)
		if (&e->ks == ksp)
			return e;
	return NULL;
}

/* the kstat named so (lock held) */
static struct scsa_ekstat *scsa_kstat_byname(const char *module, int instance,
					     const char *name)
{
	struct scsa_ekstat *e;

	lockdep_assert_held(&scsa_kstat_lock);
	list_for_each_entry(e, &scsa_kstat_all, node)
		if (e->ks.ks_instance == instance &&
		    !strncmp(e->ks.ks_module, module, KSTAT_STRLEN - 1) &&
		    !strncmp(e->ks.ks_name, name, KSTAT_STRLEN - 1))
			return e;
	return NULL;
}

/* ---- create, install, delete ---- */

/*
 * kstat_create() of the name of @old (scsa_kstat_lock held, dropped and
 * taken again on success), @want the
 * new kstat's fields: a dormant kstat of the same class, type and ndata
 * comes back, invalid until kstat_install(); anything else is refused.
 */
static kstat_t *scsa_kstat_reactivate(struct scsa_ekstat *old, kstat_t *want)
{
	kstat_t *ksp = &old->ks;

	if (!(ksp->ks_flags & KSTAT_FLAG_DORMANT) || old->busy) {
		pr_warn("kstat_create('%s', %d, '%s'): namespace collision\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
		return NULL;
	}
	if (strcmp(ksp->ks_class, want->ks_class) ||
	    ksp->ks_type != want->ks_type || ksp->ks_ndata != want->ks_ndata ||
	    (want->ks_flags & KSTAT_FLAG_VIRTUAL)) {
		pr_warn("kstat_create('%s', %d, '%s'): invalid reactivation of a dormant kstat\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
		return NULL;
	}
	/*
	 * Readers stay away from it until kstat_install().  The flag is set
	 * under scsa_kstat_read_lock but not under scsa_kstat_lock: a reader
	 * holds the read lock while it waits for a ks_lock, and a driver may
	 * hold its ks_lock around kstat_create().  @old stays busy meanwhile.
	 */
	old->busy = true;
	mutex_unlock(&scsa_kstat_lock);
	mutex_lock(&scsa_kstat_read_lock);
	ksp->ks_flags |= KSTAT_FLAG_INVALID;
	mutex_unlock(&scsa_kstat_read_lock);
	mutex_lock(&scsa_kstat_lock);
	old->busy = false;
	return ksp;
}

/**
 * kstat_create() - allocate and initialise a kstat.
 * @ks_module:   the provider's module name (at most 30 characters kept).
 * @ks_instance: the provider's instance number.
 * @ks_name:     the kstat's name; NULL: "<module><instance>".
 * @ks_class:    its class ("disk", "tape", "misc", "device_error", ...).
 * @ks_type:     KSTAT_TYPE_RAW, _NAMED, _INTR, _IO or _TIMER.
 * @ks_ndata:    number of records: bytes for RAW, kstat_named_t or
 *               kstat_timer_t records for NAMED and TIMER (0 to INT_MAX),
 *               exactly 1 for INTR and IO.
 * @ks_flags:    KSTAT_FLAG_VIRTUAL: ks_data is NULL, the driver points it
 *               at its own memory (of ks_data_size bytes) before
 *               kstat_install().  Otherwise ks_data is zeroed memory of
 *               the type's record size times @ks_ndata bytes, owned by the
 *               kstat.  KSTAT_FLAG_PERSISTENT: kstat_delete() leaves
 *               the kstat dormant (see there).  KSTAT_FLAG_WRITABLE is
 *               accepted; KSTAT_FLAG_VAR_SIZE only with
 *               KSTAT_FLAG_VIRTUAL.
 *
 * The kstat is not visible until kstat_install(); until then the driver
 * sets ks_data (virtual kstats), ks_lock (a kmutex_t * that the reader
 * holds around ks_update and the read), ks_update (called with
 * KSTAT_READ before every read, under ks_lock), ks_private, and names
 * the statistics of a NAMED kstat with kstat_named_init().  If a dormant
 * kstat (deleted with KSTAT_FLAG_PERSISTENT) has these names, the same
 * class, type and ndata, and @ks_flags is not VIRTUAL, that kstat is
 * returned with its data (and ks_kid, ks_crtime, its old flags), marked
 * KSTAT_FLAG_INVALID until kstat_install(); reads of its file fail with
 * EAGAIN meanwhile.  Source: kstat_create(9F), illumos.
 *
 * Context: user or kernel context; may sleep (refused, NULL, where
 * sleeping is not allowed: interrupt context, a spin kmutex_t held).
 * Return: the kstat, or NULL (with a warning) when @ks_module or
 * @ks_class is NULL or @ks_module is empty, @ks_type is unknown,
 * @ks_ndata is out of range, the flags combine PERSISTENT with VIRTUAL or
 * VAR_SIZE without VIRTUAL, a kstat of that module, instance and name
 * exists (not dormant, or dormant with another class, type or ndata, or
 * asked VIRTUAL), the data section would exceed 16 MiB (deviation), or
 * memory is short.
 */
kstat_t *kstat_create(const char *ks_module, int ks_instance,
		      const char *ks_name, const char *ks_class,
		      uchar_t ks_type, uint_t ks_ndata, uchar_t ks_flags)
{
	char namebuf[KSTAT_STRLEN + 16];
	struct scsa_ekstat *e, *old;
	size_t size = 0;
	kstat_t *ksp;

	if (!ks_module || !ks_module[0] || !ks_class) {
		pr_warn("kstat_create('%s', %d, '%s', '%s'): NULL or empty module or class\n",
			ks_module ?: "(null)", ks_instance, ks_name ?: "(null)",
			ks_class ?: "(null)");
		return NULL;
	}
	if (!ks_name) {
		snprintf(namebuf, sizeof(namebuf), "%.*s%d", KSTAT_STRLEN - 1,
			 ks_module, ks_instance);
		ks_name = namebuf;
	}
	if (ks_type >= KSTAT_NUM_TYPES) {
		pr_warn("kstat_create('%s', %d, '%s'): invalid kstat type %u\n",
			ks_module, ks_instance, ks_name, ks_type);
		return NULL;
	}
	if ((ks_flags & KSTAT_FLAG_PERSISTENT) &&
	    (ks_flags & KSTAT_FLAG_VIRTUAL)) {
		pr_warn("kstat_create('%s', %d, '%s'): a persistent kstat cannot be virtual\n",
			ks_module, ks_instance, ks_name);
		return NULL;
	}
	if ((ks_flags & KSTAT_FLAG_VAR_SIZE) &&
	    !(ks_flags & KSTAT_FLAG_VIRTUAL)) {
		pr_warn("kstat_create('%s', %d, '%s'): a variable-size kstat must be virtual\n",
			ks_module, ks_instance, ks_name);
		return NULL;
	}
	if (ks_ndata < scsa_kstat_types[ks_type].min_ndata ||
	    ks_ndata > scsa_kstat_types[ks_type].max_ndata) {
		pr_warn("kstat_create('%s', %d, '%s'): ks_ndata=%u out of range [%u, %u]\n",
			ks_module, ks_instance, ks_name, ks_ndata,
			scsa_kstat_types[ks_type].min_ndata,
			scsa_kstat_types[ks_type].max_ndata);
		return NULL;
	}
	size = scsa_kstat_types[ks_type].size * ks_ndata;
	if (!(ks_flags & KSTAT_FLAG_VIRTUAL) && size > SCSA_KSTAT_MAX_DATA) {
		pr_warn("kstat_create('%s', %d, '%s'): %zu bytes of data, more than %lu\n",
			ks_module, ks_instance, ks_name, size,
			SCSA_KSTAT_MAX_DATA);
		return NULL;
	}
	if (!scsa_may_sleep()) {
		pr_warn("kstat_create('%s', %d, '%s') where sleeping is not allowed, from %pS\n",
			ks_module, ks_instance, ks_name,
			__builtin_return_address(0));
		return NULL;
	}
	e = kvzalloc(struct_size(e, data, 0) +
		     ((ks_flags & KSTAT_FLAG_VIRTUAL) ? 0 : size), GFP_KERNEL);
	if (!e) {
		pr_notice("kstat_create('%s', %d, '%s'): out of memory\n",
			  ks_module, ks_instance, ks_name);
		return NULL;
	}
	INIT_LIST_HEAD(&e->node);
	ksp = &e->ks;
	ksp->ks_crtime = scsa_hrtime();
	kstat_set_string(ksp->ks_module, ks_module);
	ksp->ks_instance = ks_instance;
	kstat_set_string(ksp->ks_name, ks_name);
	ksp->ks_type = ks_type;
	kstat_set_string(ksp->ks_class, ks_class);
	ksp->ks_flags = ks_flags | KSTAT_FLAG_INVALID;
	if (!(ks_flags & KSTAT_FLAG_VIRTUAL)) {
		e->data_bytes = size;
		ksp->ks_data = e->data;
	}
	ksp->ks_ndata = ks_ndata;
	ksp->ks_data_size = size;
	ksp->ks_snaptime = ksp->ks_crtime;
	ksp->ks_update = scsa_kstat_default_update;
	ksp->ks_snapshot = scsa_kstat_default_snapshot;

	mutex_lock(&scsa_kstat_lock);
	old = scsa_kstat_byname(ksp->ks_module, ks_instance, ksp->ks_name);
	if (old) {
		ksp = scsa_kstat_reactivate(old, ksp);
		mutex_unlock(&scsa_kstat_lock);
		kvfree(e);
		return ksp;
	}
	ksp->ks_kid = scsa_kstat_next_kid++;
	list_add_tail(&e->node, &scsa_kstat_all);
	mutex_unlock(&scsa_kstat_lock);
	return ksp;
}
EXPORT_SYMBOL_GPL(scsa_kstat_create);

/**
 * kstat_install() - make a kstat from kstat_create() visible.
 * @ksp: the kstat, fully set up (ks_data of a virtual kstat, ks_lock,
 *       ks_update, the names of its statistics).
 *
 * Clears KSTAT_FLAG_INVALID and creates the kstat's debugfs file
 * /sys/kernel/debug/scsa_compat/kstat/<module>/<instance>/<name> ('/' and
 * unprintable characters of the names become '_').  A named kstat with a
 * KSTAT_DATA_STRING statistic gets KSTAT_FLAG_LONGSTRINGS, as on illumos.
 * Installing an installed kstat again does nothing.  A dormant kstat
 * (from kstat_create() of a persistent kstat's names) gets
 * ks_update(ksp, KSTAT_WRITE) first, under ks_lock if the caller does not
 * hold it, so that the driver can take up the kept data, and is active
 * again.  Source: kstat_install(9F), illumos.
 *
 * Context: user or kernel context; may sleep (refused with a warning
 * where sleeping is not allowed).  Errors (a warning, nothing done): @ksp
 * NULL or not a kstat from kstat_create() (or deleted already); a
 * variable-size kstat without ks_lock.  If debugfs is not available or
 * the file cannot be made (two names equal after the '_' substitution),
 * the kstat is installed without a file, with a warning.
 */
void kstat_install(kstat_t *ksp)
{
	struct scsa_ekstat *e;
	uint_t i;

	if (!scsa_may_sleep()) {
		pr_warn("kstat_install(%p) where sleeping is not allowed, from %pS\n",
			ksp, __builtin_return_address(0));
		return;
	}
	mutex_lock(&scsa_kstat_lock);
	e = ksp ? scsa_kstat_find(ksp) : NULL;
	if (!e) {
		mutex_unlock(&scsa_kstat_lock);
		pr_warn("kstat_install(%p): no such kstat, from %pS\n", ksp,
			__builtin_return_address(0));
		return;
	}
	if (e->busy) {
		mutex_unlock(&scsa_kstat_lock);
		pr_warn("kstat_install('%s', %d, '%s'): being deleted or installed\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
		return;
	}
	if (ksp->ks_flags & KSTAT_FLAG_DORMANT) {
		kmutex_t *lp = ksp->ks_lock;
		bool take = lp && !mutex_owned(lp);

		/*
		 * The driver takes up the data the kstat kept, under its
		 * ks_lock and without scsa_kstat_lock (see kstat_delete()).
		 */
		e->busy = true;
		mutex_unlock(&scsa_kstat_lock);
		if (take)
			mutex_enter(lp);
		if (ksp->ks_update && !scsa_kstat_is_nulldev(ksp->ks_update))
			(void)ksp->ks_update(ksp, KSTAT_WRITE);
		if (take)
			mutex_exit(lp);
		mutex_lock(&scsa_kstat_read_lock);
		ksp->ks_flags &= ~(KSTAT_FLAG_DORMANT | KSTAT_FLAG_INVALID);
		mutex_unlock(&scsa_kstat_read_lock);
		mutex_lock(&scsa_kstat_lock);
		e->busy = false;
		goto out;
	}
	if (e->installed)
		goto out;
	if ((ksp->ks_flags & KSTAT_FLAG_VAR_SIZE) && !ksp->ks_lock) {
		pr_warn("kstat_install('%s', %d, '%s'): a variable-size kstat needs ks_lock\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
		goto out;
	}
	if (ksp->ks_type == KSTAT_TYPE_NAMED && ksp->ks_data)
		for (i = 0; i < ksp->ks_ndata; i++)
			if (KSTAT_NAMED_PTR(ksp)[i].data_type ==
			    KSTAT_DATA_STRING) {
				ksp->ks_flags |= KSTAT_FLAG_LONGSTRINGS;
				break;
			}
	if (!scsa_kstat_publish(e))
		pr_warn("kstat_install('%s', %d, '%s'): no debugfs file for it\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
	ksp->ks_flags &= ~KSTAT_FLAG_INVALID;
	e->installed = true;
out:
	mutex_unlock(&scsa_kstat_lock);
}
EXPORT_SYMBOL_GPL(scsa_kstat_install);

/*
 * Unlink and free @e (scsa_kstat_lock held) once the caller has removed
 * its file: debugfs_remove() waits for a read in progress (later reads
 * fail, EIO), and a reader may be waiting for the driver's ks_lock, so
 * kstat_delete() removes it without scsa_kstat_lock.
 */
static void scsa_kstat_destroy(struct scsa_ekstat *e)
{
	list_del(&e->node);
	if (e->file)
		scsa_kstat_dir_put(e->dir);
	kvfree(e);
}

/*
 * kstat_delete() of a persistent kstat (@e busy, scsa_kstat_lock not
 * held: ks_update runs under the driver's ks_lock, and the driver may
 * hold that lock around kstat_create()): a last update, then nothing of
 * the driver's is used again (its ks_lock, ks_update, ks_private,
 * snapshot routine and the strings of a named kstat are dropped) and the
 * kstat stays, readable, for a later kstat_create() of the same name.
 */
static void scsa_kstat_make_dormant(struct scsa_ekstat *e)
{
	kstat_t *ksp = &e->ks;
	kstat_named_t *knp;
	uint_t i, n;

	lockdep_assert_not_held(&scsa_kstat_lock);
	KSTAT_ENTER(ksp);
	if (ksp->ks_update && !scsa_kstat_is_nulldev(ksp->ks_update))
		(void)ksp->ks_update(ksp, KSTAT_READ);
	KSTAT_EXIT(ksp);
	mutex_lock(&scsa_kstat_read_lock);
	ksp->ks_flags |= KSTAT_FLAG_DORMANT;
	ksp->ks_lock = NULL;
	ksp->ks_update = scsa_kstat_default_update;
	ksp->ks_private = NULL;
	ksp->ks_snapshot = scsa_kstat_default_snapshot;
	if (ksp->ks_type == KSTAT_TYPE_NAMED && ksp->ks_data == (void *)e->data) {
		knp = ksp->ks_data;
		n = min_t(size_t, ksp->ks_ndata, e->data_bytes / sizeof(*knp));
		for (i = 0; i < n; i++)
			if (knp[i].data_type == KSTAT_DATA_STRING) {
				KSTAT_NAMED_STR_PTR(&knp[i]) = NULL;
				KSTAT_NAMED_STR_BUFLEN(&knp[i]) = 0;
			}
	}
	mutex_unlock(&scsa_kstat_read_lock);
}

/**
 * kstat_delete() - remove a kstat and free it.
 * @ksp: a kstat from kstat_create(), installed or not; NULL is ignored.
 *
 * Removes its debugfs file first: a read in progress is waited for, and
 * later reads of a file still open fail with EIO, so once kstat_delete()
 * returns the kstat's ks_update, ks_lock and (virtual) ks_data are never
 * used again and the driver may free them.
 * A KSTAT_FLAG_PERSISTENT kstat is not freed: ks_update(ksp, KSTAT_READ)
 * runs a last time (under ks_lock), then it becomes dormant
 * (KSTAT_FLAG_DORMANT): ks_lock, ks_private and ks_update/ks_snapshot go
 * back to NULL and the defaults, the pointers of its KSTAT_DATA_STRING
 * statistics to NULL (they are the driver's memory), and its file stays
 * readable with the data it kept until a kstat_create() of its names
 * takes it up again, or scsa_compat unloads.
 * Source: kstat_delete(9F), illumos.
 *
 * Context: user or kernel context; may sleep; the caller must not hold
 * the kstat's ks_lock.  Errors (a warning, nothing done): @ksp not a kstat
 * from kstat_create() or deleted already; called where sleeping is not
 * allowed; @ksp's ks_lock held by the caller (illumos panics).
 */
void kstat_delete(kstat_t *ksp)
{
	struct scsa_ekstat *e;

	if (!ksp)
		return;
	if (!scsa_may_sleep()) {
		pr_warn("kstat_delete(%p) where sleeping is not allowed, from %pS\n",
			ksp, __builtin_return_address(0));
		return;
	}
	mutex_lock(&scsa_kstat_lock);
	e = scsa_kstat_find(ksp);
	if (!e) {
		mutex_unlock(&scsa_kstat_lock);
		pr_warn("kstat_delete(%p): no such kstat, from %pS\n", ksp,
			__builtin_return_address(0));
		return;
	}
	if (ksp->ks_lock && mutex_owned(ksp->ks_lock)) {
		mutex_unlock(&scsa_kstat_lock);
		pr_warn("kstat_delete('%s', %d, '%s'): the caller holds its ks_lock\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
		return;
	}
	if (e->busy) {
		mutex_unlock(&scsa_kstat_lock);
		pr_warn("kstat_delete('%s', %d, '%s'): being deleted or installed already\n",
			ksp->ks_module, ksp->ks_instance, ksp->ks_name);
		return;
	}
	/*
	 * The driver's ks_lock and a reader (which holds it) are waited for
	 * without scsa_kstat_lock: a driver may hold its ks_lock around
	 * kstat_create() or kstat_install() of another kstat.
	 */
	e->busy = true;
	mutex_unlock(&scsa_kstat_lock);
	if (ksp->ks_flags & KSTAT_FLAG_PERSISTENT) {
		scsa_kstat_make_dormant(e);
		mutex_lock(&scsa_kstat_lock);
		e->busy = false;
		mutex_unlock(&scsa_kstat_lock);
		return;
	}
	debugfs_remove(e->file);
	mutex_lock(&scsa_kstat_lock);
	scsa_kstat_destroy(e);
	mutex_unlock(&scsa_kstat_lock);
}
EXPORT_SYMBOL_GPL(scsa_kstat_delete);

/**
 * kstat_delete_byname() - kstat_delete() of the kstat with these names.
 * @ks_module:   its module name.
 * @ks_instance: its instance.
 * @ks_name:     its name.
 *
 * Nothing happens if there is no such kstat (or a name is NULL).
 * Source: illumos kstat_delete_byname() (<sys/kstat.h>).
 *
 * Context: as kstat_delete().
 */
void kstat_delete_byname(const char *ks_module, int ks_instance,
			 const char *ks_name)
{
	struct scsa_ekstat *e;

	if (!ks_module || !ks_name)
		return;
	mutex_lock(&scsa_kstat_lock);
	e = scsa_kstat_byname(ks_module, ks_instance, ks_name);
	mutex_unlock(&scsa_kstat_lock);
	if (e)
		kstat_delete(&e->ks);	/* checks again: it may be gone */
}
EXPORT_SYMBOL_GPL(scsa_kstat_delete_byname);

/* ---- I/O queues (kstat_queue(9F)) ---- */

/*
 * One change of one queue at @now: the time since its last change counts
 * into *@busy if it was not empty, and times its length into *@lentime;
 * then its length goes up or down by one.
 */
static void scsa_kstat_q(hrtime_t now, hrtime_t *last, hrtime_t *busy,
			 hrtime_t *lentime, uint_t *cnt, bool up,
			 const char *fn, unsigned long caller)
{
	hrtime_t delta = now - *last;

	if (!up && !*cnt) {
		pr_warn_ratelimited("%s: the queue is empty, from %pS\n", fn,
				    (void *)caller);
		return;
	}
	*last = now;
	if (*cnt) {
		*lentime += delta * *cnt;
		*busy += delta;
	}
	*cnt += up ? 1 : -1;
}

#define SCSA_KIO_OK(kiop, fn) ({					\
	bool _ok = (kiop) != NULL;					\
	if (!_ok)							\
		pr_warn_ratelimited(fn "(NULL), from %pS\n",		\
				    __builtin_return_address(0));	\
	_ok;								\
})
#define SCSA_WAITQ(k, now, up, fn)					\
	scsa_kstat_q(now, &(k)->wlastupdate, &(k)->wtime,		\
		     &(k)->wlentime, &(k)->wcnt, up, fn, _RET_IP_)
#define SCSA_RUNQ(k, now, up, fn)					\
	scsa_kstat_q(now, &(k)->rlastupdate, &(k)->rtime,		\
		     &(k)->rlentime, &(k)->rcnt, up, fn, _RET_IP_)

/**
 * kstat_waitq_enter() - a request joins the wait queue (accepted, not yet
 * started).
 * @kiop: the kstat_io_t (KSTAT_IO_PTR() of a KSTAT_TYPE_IO kstat).
 *
 * The time since the wait queue's last change is added to wtime if the
 * queue was not empty, and that time multiplied by its length (wcnt) to
 * wlentime; wlastupdate becomes now (nanoseconds of the monotonic clock,
 * as gethrtime()); wcnt goes up by one.  Usable as a value (a function
 * pointer), as sd and st do.  Source: kstat_queue(9F).
 *
 * Context: any; does not sleep and takes no lock: the caller serialises
 * the updates of @kiop (normally it holds the kstat's ks_lock).  NULL
 * @kiop: a warning, nothing done.
 */
void kstat_waitq_enter(kstat_io_t *kiop)
{
	if (SCSA_KIO_OK(kiop, "kstat_waitq_enter"))
		SCSA_WAITQ(kiop, scsa_hrtime(), true, "kstat_waitq_enter");
}
EXPORT_SYMBOL_GPL(scsa_kstat_waitq_enter);

/**
 * kstat_waitq_exit() - a request leaves the wait queue.
 * @kiop: the kstat_io_t.
 *
 * Accounts the time as kstat_waitq_enter() does, then wcnt goes down by
 * one.  Source: kstat_queue(9F).
 *
 * Context: any; does not sleep (the caller serialises, as for
 * kstat_waitq_enter()).  Errors: NULL @kiop, or an empty wait queue (wcnt
 * 0; illumos asserts): a warning, nothing changed.
 */
void kstat_waitq_exit(kstat_io_t *kiop)
{
	if (SCSA_KIO_OK(kiop, "kstat_waitq_exit"))
		SCSA_WAITQ(kiop, scsa_hrtime(), false, "kstat_waitq_exit");
}
EXPORT_SYMBOL_GPL(scsa_kstat_waitq_exit);

/**
 * kstat_runq_enter() - a request joins the run queue (being serviced).
 * @kiop: the kstat_io_t.
 *
 * As kstat_waitq_enter(), for rtime, rlentime, rlastupdate and rcnt.
 * Source: kstat_queue(9F).
 *
 * Context: any; does not sleep (the caller serialises).  NULL @kiop: a
 * warning, nothing done.
 */
void kstat_runq_enter(kstat_io_t *kiop)
{
	if (SCSA_KIO_OK(kiop, "kstat_runq_enter"))
		SCSA_RUNQ(kiop, scsa_hrtime(), true, "kstat_runq_enter");
}
EXPORT_SYMBOL_GPL(scsa_kstat_runq_enter);

/**
 * kstat_runq_exit() - a request leaves the run queue (it is done).
 * @kiop: the kstat_io_t.
 *
 * As kstat_waitq_exit(), for the run queue.  Source: kstat_queue(9F).
 *
 * Context: any; does not sleep (the caller serialises).  Errors: NULL
 * @kiop, or an empty run queue: a warning, nothing changed.
 */
void kstat_runq_exit(kstat_io_t *kiop)
{
	if (SCSA_KIO_OK(kiop, "kstat_runq_exit"))
		SCSA_RUNQ(kiop, scsa_hrtime(), false, "kstat_runq_exit");
}
EXPORT_SYMBOL_GPL(scsa_kstat_runq_exit);

/**
 * kstat_waitq_to_runq() - kstat_waitq_exit() then kstat_runq_enter(),
 * with one timestamp for both.
 * @kiop: the kstat_io_t.
 *
 * Source: kstat_queue(9F).
 *
 * Context: any; does not sleep (the caller serialises).  Errors: NULL
 * @kiop, or an empty wait queue: a warning, nothing changed.
 */
void kstat_waitq_to_runq(kstat_io_t *kiop)
{
	hrtime_t now;

	if (!SCSA_KIO_OK(kiop, "kstat_waitq_to_runq"))
		return;
	if (!kiop->wcnt) {
		pr_warn_ratelimited("kstat_waitq_to_runq: the wait queue is empty, from %pS\n",
				    __builtin_return_address(0));
		return;
	}
	now = scsa_hrtime();
	SCSA_WAITQ(kiop, now, false, "kstat_waitq_to_runq");
	SCSA_RUNQ(kiop, now, true, "kstat_waitq_to_runq");
}
EXPORT_SYMBOL_GPL(scsa_kstat_waitq_to_runq);

/**
 * kstat_runq_back_to_waitq() - kstat_runq_exit() then
 * kstat_waitq_enter(), with one timestamp for both (a request put back,
 * as for a retry or write throttling).
 * @kiop: the kstat_io_t.
 *
 * Source: kstat_queue(9F).
 *
 * Context: any; does not sleep (the caller serialises).  Errors: NULL
 * @kiop, or an empty run queue: a warning, nothing changed.
 */
void kstat_runq_back_to_waitq(kstat_io_t *kiop)
{
	hrtime_t now;

	if (!SCSA_KIO_OK(kiop, "kstat_runq_back_to_waitq"))
		return;
	if (!kiop->rcnt) {
		pr_warn_ratelimited("kstat_runq_back_to_waitq: the run queue is empty, from %pS\n",
				    __builtin_return_address(0));
		return;
	}
	now = scsa_hrtime();
	SCSA_RUNQ(kiop, now, false, "kstat_runq_back_to_waitq");
	SCSA_WAITQ(kiop, now, true, "kstat_runq_back_to_waitq");
}
EXPORT_SYMBOL_GPL(scsa_kstat_runq_back_to_waitq);

/* ---- event timers ---- */

/**
 * kstat_timer_init() - name an event timer of a KSTAT_TYPE_TIMER kstat.
 * @ktp:  one kstat_timer_t of the kstat's ks_data.
 * @name: its name (at most 30 characters kept; NULL: empty).
 *
 * The counters are left as they are (zero in a fresh kstat).
 * Source: illumos kstat_timer_init() (<sys/kstat.h>).
 *
 * Context: any; does not sleep.  NULL @ktp: a warning, nothing done.
 */
void kstat_timer_init(kstat_timer_t *ktp, const char *name)
{
	if (!ktp) {
		pr_warn_ratelimited("kstat_timer_init(NULL), from %pS\n",
				    __builtin_return_address(0));
		return;
	}
	kstat_set_string(ktp->name, name);
}
EXPORT_SYMBOL_GPL(scsa_kstat_timer_init);

/**
 * kstat_timer_start() - an event begins: start_time becomes now (ns).
 * @ktp: the timer.
 *
 * Source: illumos kstat_timer_start().
 *
 * Context: any; does not sleep (the caller serialises).  NULL @ktp: a
 * warning, nothing done.
 */
void kstat_timer_start(kstat_timer_t *ktp)
{
	if (!ktp) {
		pr_warn_ratelimited("kstat_timer_start(NULL), from %pS\n",
				    __builtin_return_address(0));
		return;
	}
	ktp->start_time = scsa_hrtime();
}
EXPORT_SYMBOL_GPL(scsa_kstat_timer_start);

/**
 * kstat_timer_stop() - an event ends.
 * @ktp: the timer, started with kstat_timer_start().
 *
 * stop_time becomes now; the event's duration (now - start_time, ns) is
 * added to elapsed_time and updates min_time (also set by the first
 * event) and max_time; num_events goes up by one.
 * Source: illumos kstat_timer_stop().
 *
 * Context: any; does not sleep (the caller serialises).  NULL @ktp: a
 * warning, nothing done.
 */
void kstat_timer_stop(kstat_timer_t *ktp)
{
	hrtime_t t;

	if (!ktp) {
		pr_warn_ratelimited("kstat_timer_stop(NULL), from %pS\n",
				    __builtin_return_address(0));
		return;
	}
	ktp->stop_time = scsa_hrtime();
	t = ktp->stop_time - ktp->start_time;
	if (!ktp->num_events || t < ktp->min_time)
		ktp->min_time = t;
	if (t > ktp->max_time)
		ktp->max_time = t;
	ktp->elapsed_time += t;
	ktp->num_events++;
}
EXPORT_SYMBOL_GPL(scsa_kstat_timer_stop);

/* ---- module init and exit (scsa_main.c) ---- */

void scsa_kstat_init(void)
{
	scsa_kstat_root = debugfs_create_dir("kstat", scsa_debugfs_dir);
}

void scsa_kstat_exit(void)
{
	struct scsa_ekstat *e, *n;

	mutex_lock(&scsa_kstat_lock);
	list_for_each_entry_safe(e, n, &scsa_kstat_all, node) {
		if (!(e->ks.ks_flags & KSTAT_FLAG_DORMANT))
			pr_warn("kstat '%s', %d, '%s' was not deleted by its driver\n",
				e->ks.ks_module, e->ks.ks_instance,
				e->ks.ks_name);
		debugfs_remove(e->file);	/* no driver is left to wait for */
		scsa_kstat_destroy(e);
	}
	mutex_unlock(&scsa_kstat_lock);
	debugfs_remove(scsa_kstat_root);
	scsa_kstat_root = NULL;
}
