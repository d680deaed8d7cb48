// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_kstat.c - scsa_ktest: kernel statistics (<sys/kstat.h>), checked
 * against kstat_create(9F), kstat_named_init(9F), kstat_queue(9F) and
 * illumos's behaviour, through the kstat_t the driver sees and through the
 * debugfs file that Linux users read
 * (/sys/kernel/debug/scsa_compat/kstat/<module>/<instance>/<name>):
 *
 *   kstat_named [keep]
 *                 a KSTAT_TYPE_NAMED kstat with a statistic of every data
 *                 type, ks_lock, ks_update (called with KSTAT_READ and the
 *                 lock held before every read; its errno fails the read),
 *                 the defaults kstat_create() sets, kstat_named_setstr,
 *                 ks_update = nulldev; "keep" leaves "ktest_ks" <inst>
 *                 "named" installed for the guest to read
 *   kstat_virtual KSTAT_FLAG_VIRTUAL: ks_data NULL, the driver's memory
 *                 shown as it changes and left alone by kstat_delete
 *   kstat_types   KSTAT_TYPE_INTR, _TIMER (kstat_timer_init/_start/_stop)
 *                 and _RAW, and their lines
 *   kstat_io [keep]
 *                 the six queue functions, the exact wtime/wlentime/
 *                 rtime/rlentime arithmetic, nanosecond timestamps, the
 *                 snapshot of pending requests, then 4 real READ(10)s on
 *                 the LUN accounted as sd does it (functions as values),
 *                 reads/nread, the file's lines; "keep" leaves "ktest_ks"
 *                 <inst> "io" installed
 *   kstat_delete_open
 *                 kstat_delete while a reader has the file open (later
 *                 reads: EIO; no ks_update after the delete), and while
 *                 its file is read in a loop (another thread deletes)
 *   kstat_bad     bad input: NULL and empty names, unknown types, ndata
 *                 out of range or too big, bad flag combinations,
 *                 collisions, long and '/' names, bad kstat_named_init /
 *                 setstr arguments, NULL, unknown and double deletes,
 *                 empty queues, non-sleeping context, the lock held
 *   kstat_persist KSTAT_FLAG_PERSISTENT: kstat_delete leaves it dormant
 *                 (a last update, the driver's pointers dropped, its file
 *                 readable), kstat_create of its names takes it back with
 *                 its data (EAGAIN until installed, KSTAT_WRITE update),
 *                 also across an unload of this module; bad reactivations
 *   kstat_drop    delete what "keep" left (kstat_delete_byname)
 *
 * Solaris side: the kstat and DDI calls are what is tested; Linux calls
 * only for the test's scaffolding (reading the debugfs files, a thread).
 */
#include "ktest_int.h"
#include <linux/fs.h>
#include <linux/kthread.h>
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/completion.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/limits.h>
#include <linux/err.h>
#include <linux/mman.h>
#include <linux/uaccess.h>
#include <sys/kstat.h>

#define KKS_MOD		"ktest_ks"
#define KKS_ROOT	"/sys/kernel/debug/scsa_compat/kstat"
#define KKS_BUF		8192

/* ---- scaffolding ---- */

/* The debugfs file of @ksp into @buf (NUL-terminated); bytes or -errno. */
static ssize_t kks_path(kstat_t *ksp, const char *name, char *path, size_t n)
{
	return snprintf(path, n, KKS_ROOT "/%s/%d/%s", ksp->ks_module,
			ksp->ks_instance, name ? name : ksp->ks_name);
}

/*
 * read(2) of @f into the user memory at @ua: debugfs files have no
 * read_iter, so kernel_read() cannot read them; the test runs in the
 * context of the process that wrote the test's name, whose memory it uses.
 */
static ssize_t kks_fread(struct file *f, unsigned long ua, size_t n,
			 loff_t *pos)
{
	if (!f->f_op->read)
		return -EINVAL;
	return f->f_op->read(f, (char __user *)ua, n, pos);
}

static unsigned long kks_umem(void)
{
	return vm_mmap(NULL, 0, KKS_BUF, PROT_READ | PROT_WRITE,
		       MAP_ANONYMOUS | MAP_PRIVATE, 0);
}

/* The whole file at @path into @buf (NUL-terminated): bytes or -errno. */
static ssize_t kks_read_path(const char *path, char *buf, size_t len)
{
	unsigned long ua = kks_umem();
	ssize_t n = 0, tot = 0;
	struct file *f;
	loff_t pos = 0;

	if (IS_ERR_VALUE(ua))
		return -ENOMEM;
	len = min_t(size_t, len, KKS_BUF);
	f = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(f)) {
		vm_munmap(ua, KKS_BUF);
		return PTR_ERR(f);
	}
	while (tot < len - 1) {
		n = kks_fread(f, ua + tot, len - 1 - tot, &pos);
		if (n <= 0)
			break;
		tot += n;
	}
	filp_close(f, NULL);
	if (copy_from_user(buf, (void __user *)ua, tot))
		n = -EFAULT;
	vm_munmap(ua, KKS_BUF);
	buf[tot] = 0;
	return n < 0 ? n : tot;
}

static ssize_t kks_read(kstat_t *ksp, char *buf, size_t len)
{
	char path[160];

	kks_path(ksp, NULL, path, sizeof(path));
	return kks_read_path(path, buf, len);
}

static bool kks_exists(kstat_t *ksp, const char *name)
{
	char path[160];
	struct file *f;

	kks_path(ksp, name, path, sizeof(path));
	f = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(f))
		return false;
	filp_close(f, NULL);
	return true;
}

static bool kks_exists_path(const char *path)
{
	struct file *f = filp_open(path, O_RDONLY, 0);

	if (IS_ERR(f))
		return false;
	filp_close(f, NULL);
	return true;
}

/* The value of "<stat>\t<value>" in @text, as a string (NULL if none). */
static const char *kks_line(const char *text, const char *stat, char *val,
			    size_t n)
{
	size_t l = strlen(stat);
	const char *p = text, *e;

	while (p && *p) {
		e = strchr(p, '\n');
		if (!strncmp(p, stat, l) && p[l] == '\t') {
			p += l + 1;
			l = e ? e - p : strlen(p);
			if (l >= n)
				l = n - 1;
			memcpy(val, p, l);
			val[l] = 0;
			return val;
		}
		p = e ? e + 1 : NULL;
	}
	return NULL;
}

static bool kks_s64(const char *text, const char *stat, s64 *v)
{
	char val[64];

	return kks_line(text, stat, val, sizeof(val)) && !kstrtoll(val, 10, v);
}

/* state of a test kstat's provider */
struct kks_state {
	kmutex_t lock;
	int calls, writes, bad_rw, not_held, after_delete, fail;
	bool deleted;
	unsigned int spin_us;
	kstat_named_t *updates;		/* set to the count of calls */
};

static int kks_update(kstat_t *ksp, int rw)
{
	struct kks_state *s = ksp->ks_private;

	if (rw == KSTAT_WRITE) {	/* a dormant kstat's data comes back */
		s->writes++;
		return 0;
	}
	if (rw != KSTAT_READ) {
		s->bad_rw++;
		return EACCES;
	}
	if (ksp->ks_lock && !mutex_owned(ksp->ks_lock))
		s->not_held++;
	if (READ_ONCE(s->deleted))
		s->after_delete++;
	s->calls++;
	if (s->updates)
		s->updates->value.ui64 = s->calls;
	if (s->spin_us)
		udelay(s->spin_us);
	return s->fail;
}

static struct kks_state *kks_state_new(void)
{
	struct kks_state *s = kzalloc(sizeof(*s), GFP_KERNEL);

	if (s)
		mutex_init(&s->lock, NULL, MUTEX_DRIVER, NULL);
	return s;
}

static void kks_state_free(struct kks_state *s)
{
	if (!s)
		return;
	mutex_destroy(&s->lock);
	kfree(s);
}

/* what "keep" leaves installed, and kstat_drop deletes */
static kstat_t *kks_kept_named, *kks_kept_io;
static struct kks_state *kks_kept_named_s, *kks_kept_io_s;

/* ---- kstat_named ---- */

struct kks_named {
	kstat_named_t c, i32, ui32, i64, ui64, l, ul, str, f, d, unk, updates;
};

#define KKS_NNAMED	(sizeof(struct kks_named) / sizeof(kstat_named_t))
static const char kks_str[] = "hello, kstat world";

static const char kks_named_text[] =
	"chars\tABCDEFGH12345678\n"
	"int32\t-2147483648\n"
	"uint32\t4294967295\n"
	"int64\t-9223372036854775808\n"
	"uint64\t18446744073709551615\n"
	"long\t-42\n"
	"ulong\t46179488366592\n"
	"string\thello, kstat world\n"
	"float\t0x3fc00000\n"
	"double\t0x3ff8000000000000\n"
	"bogus\tunknown data type 42\n";

static kstat_t *kks_named_make(struct ktest_ctx *c, int inst,
			       struct kks_state *s)
{
	struct kks_named *kn;
	kstat_t *ksp;

	ksp = kstat_create(KKS_MOD, inst, "named", "misc", KSTAT_TYPE_NAMED,
			   KKS_NNAMED, 0);
	KCHECK(c, ksp, "kstat_create(\"%s\", %d, \"named\", \"misc\", NAMED, %zu, 0)",
	       KKS_MOD, inst, KKS_NNAMED);
	if (!ksp)
		return NULL;
	kn = ksp->ks_data;
	kstat_named_init(&kn->c, "chars", KSTAT_DATA_CHAR);
	kstat_named_init(&kn->i32, "int32", KSTAT_DATA_INT32);
	kstat_named_init(&kn->ui32, "uint32", KSTAT_DATA_UINT32);
	kstat_named_init(&kn->i64, "int64", KSTAT_DATA_INT64);
	kstat_named_init(&kn->ui64, "uint64", KSTAT_DATA_UINT64);
	kstat_named_init(&kn->l, "long", KSTAT_DATA_LONG);
	kstat_named_init(&kn->ul, "ulong", KSTAT_DATA_ULONG);
	kstat_named_init(&kn->str, "string", KSTAT_DATA_STRING);
	kstat_named_init(&kn->f, "float", KSTAT_DATA_FLOAT);
	kstat_named_init(&kn->d, "double", KSTAT_DATA_DOUBLE);
	kstat_named_init(&kn->unk, "bogus", 42);
	kstat_named_init(&kn->updates, "updates", KSTAT_DATA_UINT64);
	KCHECK(c, kn->str.data_type == KSTAT_DATA_STRING &&
	       !KSTAT_NAMED_STR_PTR(&kn->str) &&
	       KSTAT_NAMED_STR_BUFLEN(&kn->str) == 0,
	       "kstat_named_init(KSTAT_DATA_STRING): NULL string, length 0");
	KCHECK(c, kn->unk.data_type == 42,
	       "kstat_named_init with an unknown type stores it, as illumos");
	memcpy(kn->c.value.c, "ABCDEFGH12345678", 16);	/* no NUL */
	kn->i32.value.i32 = INT_MIN;
	kn->ui32.value.ui32 = UINT_MAX;
	kn->i64.value.i64 = S64_MIN;
	kn->ui64.value.ui64 = U64_MAX;
	kn->l.value.l = -42;
	kn->ul.value.ul = 42UL << 40;
	kstat_named_setstr(&kn->str, kks_str);
	KCHECK(c, KSTAT_NAMED_STR_PTR(&kn->str) == kks_str &&
	       KSTAT_NAMED_STR_BUFLEN(&kn->str) == sizeof(kks_str),
	       "kstat_named_setstr: the pointer, length strlen + 1 (%u)",
	       KSTAT_NAMED_STR_BUFLEN(&kn->str));
	kn->f.value.ui32 = 0x3fc00000;		/* 1.5f */
	kn->d.value.ui64 = 0x3ff8000000000000ULL;	/* 1.5 */
	s->updates = &kn->updates;
	ksp->ks_lock = &s->lock;
	ksp->ks_private = s;
	ksp->ks_update = kks_update;
	return ksp;
}

static int t_kstat_named(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip);
	bool keep = argc > 0 && !strcmp(argv[0], "keep");
	struct kks_state *s = kks_state_new();
	char *buf = kzalloc(KKS_BUF, GFP_KERNEL), *want;
	kstat_t *ksp, *k2;
	char path[160];
	s64 crtime, snaptime;
	hrtime_t t0 = ktime_get_ns();
	ssize_t n;

	if (!s || !buf) {
		kks_state_free(s);
		kfree(buf);
		return -ENOMEM;
	}
	if (kks_kept_named) {
		kstat_delete(kks_kept_named);
		kks_state_free(kks_kept_named_s);
		kks_kept_named = NULL;
	}
	ksp = kks_named_make(c, inst, s);
	if (!ksp)
		goto out;

	/* what kstat_create() set (kstat_create(9F), illumos) */
	KCHECK(c, !strcmp(ksp->ks_module, KKS_MOD) && ksp->ks_instance == inst &&
	       !strcmp(ksp->ks_name, "named") && !strcmp(ksp->ks_class, "misc") &&
	       ksp->ks_type == KSTAT_TYPE_NAMED && ksp->ks_ndata == KKS_NNAMED,
	       "module, instance, name, class, type, ndata as given");
	KCHECK(c, ksp->ks_data_size == KKS_NNAMED * sizeof(kstat_named_t) &&
	       sizeof(kstat_named_t) == 48,
	       "ks_data_size %zu = ndata x sizeof(kstat_named_t) (48, LP64)",
	       ksp->ks_data_size);
	KCHECK(c, ksp->ks_flags & KSTAT_FLAG_INVALID,
	       "KSTAT_FLAG_INVALID until kstat_install (flags %#x)", ksp->ks_flags);
	KCHECK(c, ksp->ks_crtime >= t0 && ksp->ks_crtime <= ktime_get_ns() &&
	       ksp->ks_snaptime == ksp->ks_crtime,
	       "ks_crtime is now (ns, monotonic); ks_snaptime = ks_crtime");
	KCHECK(c, !kks_exists(ksp, NULL), "no debugfs file before kstat_install");

	kstat_install(ksp);
	KCHECK(c, !(ksp->ks_flags & KSTAT_FLAG_INVALID) &&
	       (ksp->ks_flags & KSTAT_FLAG_LONGSTRINGS),
	       "installed: INVALID cleared, LONGSTRINGS set (a string statistic) (flags %#x)",
	       ksp->ks_flags);
	kstat_install(ksp);	/* again: nothing happens */

	n = kks_read(ksp, buf, KKS_BUF);
	klog(c, "read %zd bytes:\n%s", n, n > 0 ? buf : "");
	want = kasprintf(GFP_KERNEL, "%supdates\t1\nclass\tmisc\ncrtime\t%lld\n",
			 kks_named_text, ksp->ks_crtime);
	KCHECK(c, n > 0 && want && !strncmp(buf, want, strlen(want)),
	       "the file: one line per statistic, every data type, then class and crtime");
	kfree(want);
	KCHECK(c, s->calls == 1 && s->not_held == 0 && s->bad_rw == 0,
	       "ks_update called once, with KSTAT_READ, ks_lock held (calls %d, unheld %d)",
	       s->calls, s->not_held);
	KCHECK(c, kks_s64(buf, "crtime", &crtime) && crtime == ksp->ks_crtime &&
	       kks_s64(buf, "snaptime", &snaptime) &&
	       snaptime == ksp->ks_snaptime && snaptime > ksp->ks_crtime,
	       "crtime and snaptime lines; ks_snaptime set by the read");

	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n > 0 && strstr(buf, "\nupdates\t2\n") && s->calls == 2,
	       "a second read calls ks_update again: the value it set is shown");

	s->fail = EIO;
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n == -EIO, "ks_update returning EIO fails the read with EIO (%zd)", n);
	s->fail = ENXIO;
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n == -ENXIO, "ks_update returning ENXIO: ENXIO (%zd)", n);
	s->fail = 0;

	/* KSTAT_UPDATE/KSTAT_SNAPSHOT of the framework's defaults */
	k2 = kstat_create(KKS_MOD, inst, "defaults", "misc", KSTAT_TYPE_NAMED, 2, 0);
	KCHECK(c, k2 && k2->ks_update && k2->ks_snapshot && !k2->ks_private &&
	       !k2->ks_lock && k2->ks_kid != ksp->ks_kid,
	       "kstat_create sets a default ks_update and ks_snapshot, ks_private and ks_lock NULL, a new ks_kid");
	if (k2) {
		kstat_named_t snap[2], *kn = KSTAT_NAMED_PTR(k2);

		kstat_named_init(&kn[0], "a", KSTAT_DATA_UINT32);
		kstat_named_init(&kn[1], "b", KSTAT_DATA_INT64);
		kn[0].value.ui32 = 7;
		kn[1].value.i64 = -7;
		KCHECK(c, KSTAT_UPDATE(k2, KSTAT_READ) == 0,
		       "KSTAT_UPDATE of the default routine: 0");
		memset(snap, 0xff, sizeof(snap));
		KCHECK(c, KSTAT_SNAPSHOT(k2, snap, KSTAT_READ) == 0 &&
		       !memcmp(snap, kn, sizeof(snap)),
		       "KSTAT_SNAPSHOT(KSTAT_READ) of the default routine copies ks_data");
		KCHECK(c, KSTAT_SNAPSHOT(k2, snap, KSTAT_WRITE) == EACCES,
		       "KSTAT_SNAPSHOT(KSTAT_WRITE) of a kstat not KSTAT_FLAG_WRITABLE: EACCES");
		/* sgen, st and sd set ks_update = nulldev (here with a cast) */
		k2->ks_update = (int (*)(kstat_t *, int))(void *)nulldev;
		kstat_install(k2);
		n = kks_read(k2, buf, KKS_BUF);
		KCHECK(c, n > 0 && !strncmp(buf, "a\t7\nb\t-7\nclass\tmisc\n", 20),
		       "ks_update = nulldev: read without an update");
		kks_path(k2, NULL, path, sizeof(path));
		kstat_delete(k2);
		KCHECK(c, !kks_exists_path(path), "its file is gone after kstat_delete");
	}

	if (keep) {
		kks_kept_named = ksp;
		kks_kept_named_s = s;
		klog(c, "kept %s/%d/named", KKS_MOD, inst);
		kfree(buf);
		return 0;
	}
	kks_path(ksp, NULL, path, sizeof(path));
	kstat_delete(ksp);
	KCHECK(c, !kks_exists_path(path), "kstat_delete removes the file");
out:
	kks_state_free(s);
	kfree(buf);
	return 0;
}

/* ---- kstat_virtual ---- */

static int t_kstat_virtual(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip);
	char *buf = kzalloc(KKS_BUF, GFP_KERNEL);
	kstat_named_t *mine = kcalloc(3, sizeof(*mine), GFP_KERNEL);
	kstat_t *ksp;
	ssize_t n;

	if (!buf || !mine)
		goto out;
	ksp = kstat_create(KKS_MOD, inst, "virtual", "misc", KSTAT_TYPE_NAMED,
			   3, KSTAT_FLAG_VIRTUAL);
	KCHECK(c, ksp && !ksp->ks_data && ksp->ks_data_size == 3 * sizeof(*mine) &&
	       (ksp->ks_flags & KSTAT_FLAG_VIRTUAL),
	       "KSTAT_FLAG_VIRTUAL: ks_data NULL, ks_data_size 3 x 48");
	if (!ksp)
		goto out;
	kstat_install(ksp);
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n > 0 && !strncmp(buf, "class\tmisc\n", 11),
	       "installed with ks_data NULL: only class, crtime, snaptime");
	kstat_delete(ksp);

	ksp = kstat_create(KKS_MOD, inst, "virtual", "misc", KSTAT_TYPE_NAMED,
			   3, KSTAT_FLAG_VIRTUAL);
	KCHECK(c, ksp, "created again after kstat_delete");
	if (!ksp)
		goto out;
	ksp->ks_data = mine;
	kstat_named_init(&mine[0], "v0", KSTAT_DATA_UINT32);
	kstat_named_init(&mine[1], "v1", KSTAT_DATA_CHAR);
	kstat_named_init(&mine[2], "v2", KSTAT_DATA_STRING);
	mine[0].value.ui32 = 7;
	strscpy(mine[1].value.c, "abc", sizeof(mine[1].value.c));
	kstat_named_setstr(&mine[2], "tab\there");
	kstat_install(ksp);
	n = kks_read(ksp, buf, KKS_BUF);
	klog(c, "read:\n%s", n > 0 ? buf : "");
	KCHECK(c, n > 0 && !strncmp(buf, "v0\t7\nv1\tabc\nv2\ttab?here\nclass\tmisc\n", 34),
	       "the driver's memory, shown (a control character as '?')");
	mine[0].value.ui32 = 8;
	kstat_named_setstr(&mine[2], NULL);
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n > 0 && !strncmp(buf, "v0\t8\nv1\tabc\nv2\t\nclass", 21),
	       "a change of the driver's memory is shown by the next read; NULL string empty");
	kstat_delete(ksp);
	mine[0].value.ui32 = 9;		/* still ours: KASAN would object */
	KCHECK(c, mine[0].value.ui32 == 9 && !strcmp(mine[0].name, "v0"),
	       "kstat_delete leaves a virtual kstat's memory to the driver");
out:
	kfree(mine);
	kfree(buf);
	return 0;
}

/* ---- kstat_types: INTR, TIMER, RAW ---- */

static int t_kstat_types(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip), i;
	char *buf = kzalloc(KKS_BUF, GFP_KERNEL);
	kstat_timer_t *kt;
	kstat_intr_t *ki;
	hrtime_t d1, d2;
	kstat_t *ksp;
	ssize_t n;
	s64 v;

	if (!buf)
		return -ENOMEM;
	/* interrupts */
	ksp = kstat_create(KKS_MOD, inst, "intr", "controller", KSTAT_TYPE_INTR, 1, 0);
	KCHECK(c, ksp && ksp->ks_data_size == sizeof(kstat_intr_t) &&
	       sizeof(kstat_intr_t) == 20, "KSTAT_TYPE_INTR: one kstat_intr_t");
	if (ksp) {
		ki = KSTAT_INTR_PTR(ksp);
		for (i = 0; i < KSTAT_NUM_INTRS; i++)
			ki->intrs[i] = i + 1;
		kstat_install(ksp);
		n = kks_read(ksp, buf, KKS_BUF);
		KCHECK(c, n > 0 && !strncmp(buf, "hard\t1\nsoft\t2\nwatchdog\t3\nspurious\t4\nmultsvc\t5\nclass\tcontroller\n", 62),
		       "intr lines: hard soft watchdog spurious multsvc");
		kstat_delete(ksp);
	}

	/* event timers */
	ksp = kstat_create(KKS_MOD, inst, "timer", "misc", KSTAT_TYPE_TIMER, 2, 0);
	KCHECK(c, ksp && ksp->ks_data_size == 2 * sizeof(kstat_timer_t) &&
	       sizeof(kstat_timer_t) == 80, "KSTAT_TYPE_TIMER: 2 kstat_timer_t");
	if (ksp) {
		kt = KSTAT_TIMER_PTR(ksp);
		kstat_timer_init(&kt[0], "ev");
		kstat_timer_init(&kt[1], "idle");
		kstat_timer_start(&kt[0]);
		usleep_range(3000, 4000);
		kstat_timer_stop(&kt[0]);
		d1 = kt[0].stop_time - kt[0].start_time;
		kstat_timer_start(&kt[0]);
		usleep_range(1000, 1500);
		kstat_timer_stop(&kt[0]);
		d2 = kt[0].stop_time - kt[0].start_time;
		KCHECK(c, kt[0].num_events == 2 && kt[0].elapsed_time == d1 + d2 &&
		       kt[0].min_time == min(d1, d2) && kt[0].max_time == max(d1, d2),
		       "two events: num_events 2, elapsed = the sum, min and max");
		KCHECK(c, d1 >= 3000000 && d1 < 10 * NSEC_PER_SEC && d2 >= 1000000,
		       "durations in nanoseconds (%lld, %lld)", d1, d2);
		kstat_install(ksp);
		n = kks_read(ksp, buf, KKS_BUF);
		klog(c, "read:\n%s", n > 0 ? buf : "");
		KCHECK(c, n > 0 && kks_s64(buf, "ev.num_events", &v) && v == 2 &&
		       kks_s64(buf, "ev.elapsed_time", &v) && v == d1 + d2 &&
		       kks_s64(buf, "ev.min_time", &v) && v == min(d1, d2) &&
		       kks_s64(buf, "ev.max_time", &v) && v == max(d1, d2) &&
		       kks_s64(buf, "ev.stop_time", &v) && v == kt[0].stop_time &&
		       kks_s64(buf, "idle.num_events", &v) && v == 0,
		       "timer lines <name>.num_events, elapsed_time, min_time, max_time, stop_time");
		kstat_delete(ksp);
	}

	/* raw */
	ksp = kstat_create(KKS_MOD, inst, "raw", "misc", KSTAT_TYPE_RAW, 20, 0);
	KCHECK(c, ksp && ksp->ks_data_size == 20, "KSTAT_TYPE_RAW: ks_ndata bytes");
	if (ksp) {
		for (i = 0; i < 20; i++)
			((u8 *)ksp->ks_data)[i] = i;
		kstat_install(ksp);
		n = kks_read(ksp, buf, KKS_BUF);
		KCHECK(c, n > 0 && !strncmp(buf, "00000000\t00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f\n00000010\t10 11 12 13\nclass\tmisc\n", 83),
		       "raw: a hex dump, 16 bytes a line");
		kstat_delete(ksp);
	}
	kfree(buf);
	return 0;
}

/* ---- kstat_io ---- */

struct kks_rd {
	struct scsi_pkt *pkt;
	struct buf *bp;
	char *mem;
	kstat_t *ksp;
	struct kks_state *s;
	int bs, ok;
	atomic_t *left;
	struct completion *done;
};

/* st's way: the queue function is a macro argument (ST_DO_KSTATS) */
#define KKS_DO_KSTATS(kio, kstat_function)	kstat_function(kio)

/* pkt_comp: the request leaves the run queue; the driver counts it */
static void kks_rd_comp(struct scsi_pkt *pkt)
{
	struct kks_rd *r = (struct kks_rd *)pkt->pkt_private;
	kstat_io_t *kio = KSTAT_IO_PTR(r->ksp);

	mutex_enter(&r->s->lock);
	KKS_DO_KSTATS(kio, kstat_runq_exit);
	if (pkt->pkt_reason == CMD_CMPLT &&
	    (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD) {
		r->ok = 1;
		kio->reads++;
		kio->nread += r->bs - pkt->pkt_resid;
	}
	mutex_exit(&r->s->lock);
	if (atomic_dec_and_test(r->left))
		complete(r->done);
}

#define KKS_NREAD	4

/* 4 READ(10)s, accounted as sd does (statp function values); 0 if ok */
static int kks_real_reads(struct ktest_ctx *c, kstat_t *ksp,
			  struct kks_state *s, int *bsp)
{
	kstat_io_t *kio = KSTAT_IO_PTR(ksp);
	void (*statp)(kstat_io_t *) = kstat_waitq_enter;
	int bs = scsi_ifgetcap(ROUTE(c), "sector-size", 1), i, bad = 0;
	DECLARE_COMPLETION_ONSTACK(done);
	struct kks_rd *rd;
	atomic_t left;

	if (bs < 512)
		bs = 512;
	*bsp = bs;
	/* the pkt_comps may outlive a failed wait: leaked then */
	rd = kcalloc(KKS_NREAD, sizeof(*rd), GFP_KERNEL);
	if (!rd)
		return -ENOMEM;
	atomic_set(&left, KKS_NREAD);
	for (i = 0; i < KKS_NREAD; i++) {
		struct kks_rd *r = &rd[i];

		r->bp = getrbuf(KM_SLEEP);
		r->mem = kmem_zalloc(bs, KM_SLEEP);
		r->bp->b_un.b_addr = r->mem;
		r->bp->b_bcount = bs;
		r->bp->b_flags = B_READ;
		r->pkt = scsi_init_pkt(ROUTE(c), NULL, r->bp, CDB_GROUP1,
				       sizeof(struct scsi_arq_status), 0, 0,
				       SLEEP_FUNC, NULL);
		if (!r->pkt) {
			KCHECK(c, 0, "scsi_init_pkt of READ(10) %d", i);
			return -EIO;	/* leaks: a test failure */
		}
		memset(r->pkt->pkt_cdbp, 0, CDB_GROUP1);
		makecom_g1(r->pkt, c->un->sd, 0, SCMD_READ_G1, i, 1);
		r->pkt->pkt_time = 30;
		r->pkt->pkt_comp = kks_rd_comp;
		r->pkt->pkt_private = (opaque_t)r;
		r->ksp = ksp;
		r->s = s;
		r->bs = bs;
		r->left = &left;
		r->done = &done;
	}
	KCHECK(c, statp == kstat_waitq_enter,
	       "kstat_waitq_enter is a value (a function pointer), as sd uses it");
	/* all four wait first (sd's waitq in sd_start_cmds) ... */
	mutex_enter(&s->lock);
	for (i = 0; i < KKS_NREAD; i++)
		statp(kio);
	KCHECK(c, kio->wcnt == KKS_NREAD, "wcnt %u after 4 kstat_waitq_enter", kio->wcnt);
	mutex_exit(&s->lock);
	/* ... then each moves to the run queue as it is transported */
	statp = kstat_waitq_to_runq;
	for (i = 0; i < KKS_NREAD; i++) {
		mutex_enter(&s->lock);
		statp(kio);
		mutex_exit(&s->lock);
		if (scsi_transport(rd[i].pkt) != TRAN_ACCEPT) {
			KCHECK(c, 0, "READ(10) %d accepted", i);
			mutex_enter(&s->lock);
			kstat_runq_exit(kio);
			mutex_exit(&s->lock);
			if (atomic_dec_and_test(&left))
				complete(&done);
		}
	}
	if (!wait_for_completion_timeout(&done, 60 * HZ)) {
		KCHECK(c, 0, "the 4 READs completed in 60 s");
		return -EIO;	/* leaked on purpose */
	}
	for (i = 0; i < KKS_NREAD; i++) {
		bad += !rd[i].ok;
		scsi_destroy_pkt(rd[i].pkt);
		kmem_free(rd[i].mem, bs);
		freerbuf(rd[i].bp);
	}
	kfree(rd);
	KCHECK(c, !bad, "the 4 READ(10)s of %d bytes completed GOOD", bs);
	return bad ? -EIO : 0;
}

/* kstat_io_t fields by name, as the file shows them */
static bool kks_io_file(struct ktest_ctx *c, const char *buf,
			const kstat_io_t *k)
{
	s64 v[12];
	static const char *const names[12] = {
		"nread", "nwritten", "reads", "writes", "wtime", "wlentime",
		"wlastupdate", "rtime", "rlentime", "rlastupdate", "wcnt",
		"rcnt"
	};
	s64 want[12] = {
		k->nread, k->nwritten, k->reads, k->writes, k->wtime,
		k->wlentime, k->wlastupdate, k->rtime, k->rlentime,
		k->rlastupdate, k->wcnt, k->rcnt
	};
	int i, ok = 1;

	for (i = 0; i < 12; i++)
		if (!kks_s64(buf, names[i], &v[i]) || v[i] != want[i]) {
			klog(c, "%s: file %lld, kstat_io_t %lld", names[i],
			     v[i], want[i]);
			ok = 0;
		}
	return ok;
}

static int t_kstat_io(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip), bs = 0;
	bool keep = argc > 0 && !strcmp(argv[0], "keep");
	struct kks_state *s = kks_state_new();
	char *buf = kzalloc(KKS_BUF, GFP_KERNEL);
	hrtime_t a, b, cc, d, e, f, g, h, before, wl;
	kstat_io_t *kio, saved;
	kstat_t *ksp;
	ssize_t n;
	s64 v;

	if (!s || !buf) {
		kks_state_free(s);
		kfree(buf);
		return -ENOMEM;
	}
	if (kks_kept_io) {
		kstat_delete(kks_kept_io);
		kks_state_free(kks_kept_io_s);
		kks_kept_io = NULL;
	}
	ksp = kstat_create(KKS_MOD, inst, "io", "disk", KSTAT_TYPE_IO, 1, 0);
	KCHECK(c, ksp && ksp->ks_data_size == sizeof(kstat_io_t) &&
	       sizeof(kstat_io_t) == 80, "KSTAT_TYPE_IO: one kstat_io_t of 80 bytes");
	if (!ksp)
		goto out;
	kio = KSTAT_IO_PTR(ksp);
	KCHECK(c, kio && !memchr_inv(kio, 0, sizeof(*kio)), "zeroed");
	ksp->ks_lock = &s->lock;
	kstat_install(ksp);

	/* exact arithmetic: each step's timestamp is the queue's lastupdate */
	mutex_enter(&s->lock);
	before = ktime_get_ns();
	kstat_waitq_enter(kio);
	a = kio->wlastupdate;
	KCHECK(c, a >= before && a <= ktime_get_ns() && kio->wcnt == 1 &&
	       kio->wtime == 0 && kio->wlentime == 0,
	       "waitq_enter on an empty queue: wcnt 1, wlastupdate now (ns), nothing accrued");
	mutex_exit(&s->lock);
	usleep_range(2000, 3000);
	mutex_enter(&s->lock);
	kstat_waitq_enter(kio);
	b = kio->wlastupdate;
	KCHECK(c, kio->wcnt == 2 && kio->wtime == b - a && kio->wlentime == b - a,
	       "second waitq_enter: wtime = wlentime = the time at length 1");
	KCHECK(c, b - a >= 2000000 && b - a < 10 * NSEC_PER_SEC,
	       "timestamps in nanoseconds: %lld ns for a 2-3 ms sleep", b - a);
	mutex_exit(&s->lock);
	usleep_range(1000, 2000);
	mutex_enter(&s->lock);
	kstat_waitq_to_runq(kio);
	cc = kio->rlastupdate;
	KCHECK(c, cc == kio->wlastupdate && kio->wcnt == 1 && kio->rcnt == 1 &&
	       kio->wtime == cc - a && kio->wlentime == (b - a) + 2 * (cc - b) &&
	       kio->rtime == 0 && kio->rlentime == 0,
	       "waitq_to_runq: one timestamp for both queues, wlentime integrates length 2");
	mutex_exit(&s->lock);
	usleep_range(1000, 2000);
	mutex_enter(&s->lock);
	kstat_runq_enter(kio);
	d = kio->rlastupdate;
	KCHECK(c, kio->rcnt == 2 && kio->rtime == d - cc && kio->rlentime == d - cc,
	       "runq_enter: rcnt 2, rtime = rlentime = the time at length 1");
	mutex_exit(&s->lock);
	usleep_range(1000, 2000);
	mutex_enter(&s->lock);
	kstat_runq_back_to_waitq(kio);
	e = kio->rlastupdate;
	KCHECK(c, e == kio->wlastupdate && kio->rcnt == 1 && kio->wcnt == 2 &&
	       kio->rtime == e - cc && kio->rlentime == (d - cc) + 2 * (e - d) &&
	       kio->wtime == e - a &&
	       kio->wlentime == (b - a) + 2 * (cc - b) + (e - cc),
	       "runq_back_to_waitq: rcnt 1, wcnt 2, both integrals exact");
	mutex_exit(&s->lock);
	usleep_range(1000, 2000);
	mutex_enter(&s->lock);
	kstat_waitq_exit(kio);
	f = kio->wlastupdate;
	kstat_waitq_exit(kio);
	g = kio->wlastupdate;
	wl = (b - a) + 2 * (cc - b) + (e - cc) + 2 * (f - e) + (g - f);
	KCHECK(c, kio->wcnt == 0 && kio->wtime == g - a && kio->wlentime == wl,
	       "two waitq_exit: wcnt 0, wtime = the whole busy time, wlentime exact");
	kstat_runq_exit(kio);
	h = kio->rlastupdate;
	KCHECK(c, kio->rcnt == 0 && kio->rtime == h - cc &&
	       kio->rlentime == (d - cc) + 2 * (e - d) + (h - e),
	       "runq_exit: rcnt 0, rtime = the whole busy time, rlentime exact");

	/* bad input: empty queues, NULL */
	saved = *kio;
	kstat_waitq_exit(kio);
	kstat_runq_exit(kio);
	kstat_waitq_to_runq(kio);
	kstat_runq_back_to_waitq(kio);
	KCHECK(c, !memcmp(&saved, kio, sizeof(saved)),
	       "exit/move from an empty queue: refused (warning), nothing changed");
	mutex_exit(&s->lock);
	kstat_waitq_enter(NULL);
	kstat_waitq_exit(NULL);
	kstat_runq_enter(NULL);
	kstat_runq_exit(NULL);
	kstat_waitq_to_runq(NULL);
	kstat_runq_back_to_waitq(NULL);
	KCHECK(c, 1, "the six queue functions with NULL: no oops");

	n = kks_read(ksp, buf, KKS_BUF);
	mutex_enter(&s->lock);
	saved = *kio;
	mutex_exit(&s->lock);
	KCHECK(c, n > 0 && kks_io_file(c, buf, &saved),
	       "the file shows every kstat_io_t field as it is (queues empty)");
	KCHECK(c, n > 0 && strstr(buf, "\nclass\tdisk\n"), "class disk");

	/* a pending request counts up to the read (illumos's snapshot) */
	mutex_enter(&s->lock);
	kstat_runq_enter(kio);
	saved = *kio;
	mutex_exit(&s->lock);
	usleep_range(5000, 6000);
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n > 0 && kks_s64(buf, "rcnt", &v) && v == 1 &&
	       kks_s64(buf, "rtime", &v) && v >= saved.rtime + 5000000 &&
	       kks_s64(buf, "rlastupdate", &v) && v == ksp->ks_snaptime &&
	       kks_s64(buf, "rlentime", &v) &&
	       v == saved.rlentime + (ksp->ks_snaptime - saved.rlastupdate),
	       "a request still running: rtime/rlentime counted to snaptime, as illumos");
	mutex_enter(&s->lock);
	KCHECK(c, kio->rtime == saved.rtime && kio->rlastupdate == saved.rlastupdate,
	       "the read does not change the kstat_io_t itself");
	kstat_runq_exit(kio);
	/* start the real I/O from zero counters */
	memset(kio, 0, sizeof(*kio));
	mutex_exit(&s->lock);

	if (!kks_real_reads(c, ksp, s, &bs)) {
		mutex_enter(&s->lock);
		saved = *kio;
		mutex_exit(&s->lock);
		klog(c, "io after %d READs: reads %u nread %llu wtime %lld wlentime %lld rtime %lld rlentime %lld",
		     KKS_NREAD, saved.reads, saved.nread, saved.wtime,
		     saved.wlentime, saved.rtime, saved.rlentime);
		KCHECK(c, saved.reads == KKS_NREAD &&
		       saved.nread == (u64)KKS_NREAD * bs && saved.writes == 0 &&
		       saved.nwritten == 0, "reads %u, nread %llu = 4 x %d",
		       saved.reads, saved.nread, bs);
		KCHECK(c, saved.wcnt == 0 && saved.rcnt == 0,
		       "both queues empty after the completions");
		KCHECK(c, saved.wtime > 0 && saved.rtime > 0 &&
		       saved.wlentime >= saved.wtime && saved.rlentime >= saved.rtime,
		       "wtime, rtime > 0; the length x time integrals at least the busy times");
		KCHECK(c, saved.rtime < 60 * NSEC_PER_SEC, "rtime below 60 s");
		n = kks_read(ksp, buf, KKS_BUF);
		klog(c, "read:\n%s", n > 0 ? buf : "");
		KCHECK(c, n > 0 && kks_io_file(c, buf, &saved),
		       "the file shows the counters of the real READs");
		klog(c, "kstat-io reads %u nread %llu", saved.reads, saved.nread);
	}
	if (keep) {
		kks_kept_io = ksp;
		kks_kept_io_s = s;
		klog(c, "kept %s/%d/io", KKS_MOD, inst);
		kfree(buf);
		return 0;
	}
	kstat_delete(ksp);
out:
	kks_state_free(s);
	kfree(buf);
	return 0;
}

/* ---- kstat_delete_open ---- */

/* deletes a kstat while the test thread reads its file */
struct kks_deleter {
	kstat_t *ksp;
	struct kks_state *s;
	atomic_t gone;
	struct completion done;
};

static int kks_deleter_fn(void *arg)
{
	struct kks_deleter *d = arg;

	msleep(50);
	kstat_delete(d->ksp);
	WRITE_ONCE(d->s->deleted, true);
	atomic_set(&d->gone, 1);
	complete(&d->done);
	return 0;
}

static int t_kstat_delete_open(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip);
	struct kks_state *s = kks_state_new();
	struct kks_deleter *d = kzalloc(sizeof(*d), GFP_KERNEL);
	char *d_buf = kzalloc(KKS_BUF, GFP_KERNEL);
	int i, ok = 0, eio = 0, enoent = 0, other = 0;
	char path[160], small[16];
	struct task_struct *t;
	unsigned long ua;
	kstat_named_t *kn;
	struct file *f;
	loff_t pos = 0;
	kstat_t *ksp;
	ssize_t n;

	if (!s || !d || !d_buf)
		goto out;

	/* an open file, partly read */
	ksp = kstat_create(KKS_MOD, inst, "open", "misc", KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, ksp, "kstat_create \"open\"");
	if (!ksp)
		goto out;
	kn = ksp->ks_data;
	kstat_named_init(kn, "updates", KSTAT_DATA_UINT64);
	s->updates = kn;
	ksp->ks_lock = &s->lock;
	ksp->ks_private = s;
	ksp->ks_update = kks_update;
	kstat_install(ksp);
	kks_path(ksp, NULL, path, sizeof(path));
	f = filp_open(path, O_RDONLY, 0);
	KCHECK(c, !IS_ERR(f), "open %s", path);
	if (IS_ERR(f)) {
		kstat_delete(ksp);
		goto out;
	}
	ua = kks_umem();
	if (IS_ERR_VALUE(ua)) {
		KCHECK(c, 0, "vm_mmap");
		filp_close(f, NULL);
		kstat_delete(ksp);
		goto out;
	}
	n = kks_fread(f, ua, 8, &pos);
	KCHECK(c, n == 8 && !copy_from_user(small, (void __user *)ua, 8) &&
	       !strncmp(small, "updates\t", 8) && s->calls == 1,
	       "8 bytes read from the open file (ks_update called once)");
	kstat_delete(ksp);
	WRITE_ONCE(s->deleted, true);
	KCHECK(c, 1, "kstat_delete returned while the file is open");
	n = kks_fread(f, ua, sizeof(small), &pos);
	KCHECK(c, n == -EIO, "a read of the open file after kstat_delete: EIO (%zd)", n);
	vm_munmap(ua, KKS_BUF);
	filp_close(f, NULL);
	KCHECK(c, s->calls == 1 && s->after_delete == 0,
	       "ks_update not called after kstat_delete");
	f = filp_open(path, O_RDONLY, 0);
	KCHECK(c, IS_ERR(f) && PTR_ERR(f) == -ENOENT, "the file is gone (ENOENT)");
	if (!IS_ERR(f))
		filp_close(f, NULL);

	/* a thread reading in a loop while the kstat is deleted */
	s->calls = 0;
	WRITE_ONCE(s->deleted, false);
	ksp = kstat_create(KKS_MOD, inst, "open", "misc", KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, ksp, "kstat_create \"open\" again");
	if (!ksp)
		goto out;
	kn = ksp->ks_data;
	kstat_named_init(kn, "updates", KSTAT_DATA_UINT64);
	s->updates = kn;
	s->spin_us = 300;	/* a slow update widens the window */
	ksp->ks_lock = &s->lock;
	ksp->ks_private = s;
	ksp->ks_update = kks_update;
	kstat_install(ksp);
	d->ksp = ksp;
	d->s = s;
	init_completion(&d->done);
	t = kthread_run(kks_deleter_fn, d, "kks_deleter");
	if (IS_ERR(t)) {
		KCHECK(c, 0, "kthread_run");
		kstat_delete(ksp);
		goto out;
	}
	/* read until the kstat is gone, and 20 times more */
	for (i = 0; i < 20; i += atomic_read(&d->gone)) {
		n = kks_read_path(path, d_buf, KKS_BUF);
		if (n > 0)
			ok++;
		else if (n == -EIO)
			eio++;
		else if (n == -ENOENT)
			enoent++;
		else
			other++;
		cond_resched();
	}
	wait_for_completion(&d->done);
	klog(c, "reader: %d reads, %d EIO, %d ENOENT, %d other; %d updates",
	     ok, eio, enoent, other, s->calls);
	KCHECK(c, ok > 0 && enoent > 0 && other == 0,
	       "the reader read the file, then found it gone");
	KCHECK(c, s->after_delete == 0 && s->not_held == 0,
	       "no ks_update after kstat_delete returned; ks_lock always held");
out:
	kfree(d_buf);
	kfree(d);
	kks_state_free(s);
	return 0;
}

/* ---- kstat_bad ---- */

static int t_kstat_bad(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip);
	struct kks_state *s = kks_state_new();
	kstat_t *ksp, *k2, fake;
	kstat_named_t kn;
	unsigned long fl;
	spinlock_t sl;
	char want[40], path[160];

	if (!s)
		return -ENOMEM;
	KCHECK(c, !kstat_create(NULL, inst, "x", "misc", KSTAT_TYPE_NAMED, 1, 0),
	       "NULL module: NULL");
	KCHECK(c, !kstat_create("", inst, "x", "misc", KSTAT_TYPE_NAMED, 1, 0),
	       "empty module: NULL");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", NULL, KSTAT_TYPE_NAMED, 1, 0),
	       "NULL class: NULL");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_NUM_TYPES, 1, 0) &&
	       !kstat_create(KKS_MOD, inst, "x", "misc", 255, 1, 0),
	       "unknown type (5, 255): NULL");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", "disk", KSTAT_TYPE_IO, 0, 0) &&
	       !kstat_create(KKS_MOD, inst, "x", "disk", KSTAT_TYPE_IO, 2, 0) &&
	       !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_INTR, 2, 0),
	       "IO/INTR with ndata other than 1: NULL");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_NAMED, UINT_MAX, 0) &&
	       !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_NAMED, (uint_t)INT_MAX + 1, KSTAT_FLAG_VIRTUAL),
	       "ndata above INT_MAX: NULL");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_NAMED, 1U << 20, 0) &&
	       !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_RAW, INT_MAX, 0),
	       "a data section above 16 MiB (48 MiB named, 2 GiB raw): NULL");
	ksp = kstat_create(KKS_MOD, inst, "huge", "misc", KSTAT_TYPE_NAMED, INT_MAX,
			   KSTAT_FLAG_VIRTUAL);
	KCHECK(c, ksp && ksp->ks_data_size == (size_t)INT_MAX * 48,
	       "a virtual kstat of INT_MAX records: nothing allocated, accepted");
	kstat_delete(ksp);
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_NAMED, 1,
				KSTAT_FLAG_PERSISTENT | KSTAT_FLAG_VIRTUAL),
	       "PERSISTENT | VIRTUAL: NULL");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "x", "misc", KSTAT_TYPE_NAMED, 1,
				KSTAT_FLAG_VAR_SIZE),
	       "VAR_SIZE without VIRTUAL: NULL");
	ksp = kstat_create(KKS_MOD, inst, "varsize", "misc", KSTAT_TYPE_NAMED, 1,
			   KSTAT_FLAG_VAR_SIZE | KSTAT_FLAG_VIRTUAL);
	KCHECK(c, ksp, "VAR_SIZE | VIRTUAL: accepted");
	if (ksp) {
		ksp->ks_data = &kn;
		kstat_named_init(&kn, "v", KSTAT_DATA_UINT32);
		kstat_install(ksp);
		KCHECK(c, (ksp->ks_flags & KSTAT_FLAG_INVALID) && !kks_exists(ksp, NULL),
		       "installing it without ks_lock is refused");
		kstat_delete(ksp);
	}

	/* namespace */
	ksp = kstat_create(KKS_MOD, inst, "dup", "misc", KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, ksp, "kstat_create \"dup\"");
	KCHECK(c, !kstat_create(KKS_MOD, inst, "dup", "other", KSTAT_TYPE_IO, 1, 0),
	       "same module, instance and name: NULL (namespace collision)");
	k2 = kstat_create(KKS_MOD, inst + 1000, "dup", "misc", KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, k2, "same name, other instance: accepted");
	kstat_delete(k2);
	if (ksp) {
		KSTAT_NAMED_PTR(ksp)->value.ui32 = 5;
		kstat_delete(ksp);
	}
	ksp = kstat_create(KKS_MOD, inst, "dup", "misc", KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, ksp && KSTAT_NAMED_PTR(ksp)->value.ui32 == 0,
	       "after kstat_delete the name is free (a new, zeroed kstat)");
	kstat_delete(ksp);

	ksp = kstat_create(KKS_MOD, inst, NULL, "misc", KSTAT_TYPE_NAMED, 1, 0);
	snprintf(want, sizeof(want), "%s%d", KKS_MOD, inst);
	KCHECK(c, ksp && !strcmp(ksp->ks_name, want),
	       "ks_name NULL: \"<module><instance>\" (%s)", ksp ? ksp->ks_name : "-");
	kstat_delete(ksp);
	ksp = kstat_create("a_module_name_longer_than_thirty_chars", inst,
			   "a/b", "a_class_name_longer_than_thirty_chars",
			   KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, ksp && strlen(ksp->ks_module) == 30 &&
	       !strcmp(ksp->ks_module, "a_module_name_longer_than_thir") &&
	       strlen(ksp->ks_class) == 30 && !strcmp(ksp->ks_name, "a/b"),
	       "names cut to 30 characters (KSTAT_STRLEN - 1)");
	if (ksp) {
		kstat_install(ksp);
		KCHECK(c, kks_exists(ksp, "a_b"), "'/' of a name is '_' in the file name");
		kstat_delete(ksp);
	}

	/* kstat_named_init, kstat_named_setstr, kstat_set_string */
	kstat_named_init(NULL, "x", KSTAT_DATA_UINT32);
	memset(&kn, 0x55, sizeof(kn));
	kstat_named_init(&kn, NULL, KSTAT_DATA_UINT32);
	KCHECK(c, kn.name[0] == 0 && !memchr_inv(kn.name, 0, KSTAT_STRLEN) &&
	       kn.data_type == KSTAT_DATA_UINT32,
	       "kstat_named_init(NULL knp) no oops; NULL name: empty");
	kstat_named_init(&kn, "a_statistic_name_longer_than_thirty", KSTAT_DATA_UINT32);
	KCHECK(c, !strcmp(kn.name, "a_statistic_name_longer_than_t"),
	       "a long statistic name is cut to 30 characters");
	kn.value.ui32 = 3;
	kstat_named_setstr(&kn, "abc");
	KCHECK(c, kn.value.ui32 == 3, "kstat_named_setstr on a UINT32: refused, unchanged");
	kstat_named_setstr(NULL, "abc");
	kstat_named_init(&kn, "s", KSTAT_DATA_STRING);
	kstat_named_setstr(&kn, "abc");
	KCHECK(c, KSTAT_NAMED_STR_BUFLEN(&kn) == 4, "setstr(\"abc\"): length 4");
	kstat_named_setstr(&kn, NULL);
	KCHECK(c, !KSTAT_NAMED_STR_PTR(&kn) && KSTAT_NAMED_STR_BUFLEN(&kn) == 0,
	       "setstr(NULL): NULL, length 0");
	kstat_set_string(NULL, "x");
	kstat_set_string(kn.name, NULL);
	KCHECK(c, kn.name[0] == 0, "kstat_set_string(NULL src): empty");
	kstat_timer_init(NULL, "t");
	kstat_timer_start(NULL);
	kstat_timer_stop(NULL);

	/* install, delete of what is no kstat */
	kstat_install(NULL);
	memset(&fake, 0, sizeof(fake));
	kstat_install(&fake);
	kstat_delete(NULL);
	kstat_delete(&fake);
	kstat_delete_byname(KKS_MOD, inst, "no-such-kstat");
	kstat_delete_byname(NULL, inst, NULL);
	KCHECK(c, 1, "install/delete of NULL and of a kstat_t not from kstat_create: no oops");
	ksp = kstat_create(KKS_MOD, inst, "twice", "misc", KSTAT_TYPE_NAMED, 1, 0);
	kstat_install(ksp);
	kstat_delete(ksp);
	kstat_delete(ksp);	/* freed: looked up, never dereferenced */
	KCHECK(c, ksp != NULL, "a second kstat_delete of a freed kstat: refused, no use after free");

	/* the caller holds ks_lock: refused */
	ksp = kstat_create(KKS_MOD, inst, "locked", "misc", KSTAT_TYPE_NAMED, 1, 0);
	if (ksp) {
		ksp->ks_lock = &s->lock;
		kstat_install(ksp);
		mutex_enter(&s->lock);
		kstat_delete(ksp);
		mutex_exit(&s->lock);
		KCHECK(c, kks_exists(ksp, NULL),
		       "kstat_delete with its ks_lock held: refused, the kstat stays");
		kks_path(ksp, NULL, path, sizeof(path));
		kstat_delete(ksp);
		KCHECK(c, !kks_exists_path(path), "deleted once the lock is released");
	}

	/* where sleeping is not allowed */
	spin_lock_init(&sl);
	spin_lock_irqsave(&sl, fl);
	ksp = kstat_create(KKS_MOD, inst, "atomic", "misc", KSTAT_TYPE_NAMED, 1, 0);
	spin_unlock_irqrestore(&sl, fl);
	KCHECK(c, !ksp, "kstat_create under a spinlock: NULL");
	kstat_delete(ksp);

	/* kstat_delete_byname */
	ksp = kstat_create(KKS_MOD, inst, "byname", "misc", KSTAT_TYPE_NAMED, 1, 0);
	KCHECK(c, ksp, "kstat_create \"byname\"");
	if (ksp) {
		kstat_install(ksp);
		kks_path(ksp, NULL, path, sizeof(path));
		KCHECK(c, kks_exists_path(path), "installed: %s", path);
		kstat_delete_byname(KKS_MOD, inst, "byname");
		k2 = kstat_create(KKS_MOD, inst, "byname", "misc",
				  KSTAT_TYPE_NAMED, 1, 0);
		KCHECK(c, !kks_exists_path(path) && k2,
		       "kstat_delete_byname deleted it: no file, the name is free");
		kstat_delete(k2);
	}
	kks_state_free(s);
	return 0;
}

/* ---- kstat_persist ---- */

#define KKS_PMOD	"ktest_ksp"

static int t_kstat_persist(struct ktest_ctx *c, int argc, char **argv)
{
	int inst = ddi_get_instance(c->un->dip), calls, writes;
	struct kks_state *s = kks_state_new();
	char *buf = kzalloc(KKS_BUF, GFP_KERNEL), *serial = kstrdup("S123", GFP_KERNEL);
	kstat_t *ksp, *k2;
	kstat_named_t *kn;
	kstat_io_t *kio;
	ssize_t n;
	s64 v;

	if (!s || !buf || !serial)
		goto out;
	/* attach: an I/O kstat as sd makes it */
	ksp = kstat_create(KKS_PMOD, inst, "io", "disk", KSTAT_TYPE_IO, 1,
			   KSTAT_FLAG_PERSISTENT);
	KCHECK(c, ksp, "kstat_create(\"%s\", %d, \"io\", \"disk\", IO, 1, PERSISTENT)",
	       KKS_PMOD, inst);
	if (!ksp)
		goto out;
	kio = KSTAT_IO_PTR(ksp);
	if (ksp->ks_flags & KSTAT_FLAG_DORMANT) {
		/* what an earlier run (maybe of an unloaded module) left */
		KCHECK(c, (ksp->ks_flags & KSTAT_FLAG_INVALID) &&
		       kio->reads == 4 && kio->nread == 2048,
		       "the dormant kstat of an earlier run comes back with its data (reads %u, nread %llu)",
		       kio->reads, kio->nread);
	} else {
		KCHECK(c, !memchr_inv(kio, 0, sizeof(*kio)), "a new, zeroed kstat");
	}
	ksp->ks_lock = &s->lock;
	ksp->ks_private = s;
	ksp->ks_update = kks_update;
	kstat_install(ksp);
	KCHECK(c, !(ksp->ks_flags & (KSTAT_FLAG_DORMANT | KSTAT_FLAG_INVALID)),
	       "installed: active (flags %#x)", ksp->ks_flags);
	mutex_enter(&s->lock);
	memset(kio, 0, sizeof(*kio));
	kio->reads = 3;
	kio->nread = 1536;
	mutex_exit(&s->lock);

	/* detach: kstat_delete makes it dormant */
	calls = s->calls;
	kstat_delete(ksp);
	KCHECK(c, s->calls == calls + 1 && s->not_held == 0,
	       "kstat_delete of a persistent kstat: a last ks_update(KSTAT_READ), ks_lock held");
	KCHECK(c, (ksp->ks_flags & KSTAT_FLAG_DORMANT) && !ksp->ks_lock &&
	       !ksp->ks_private && ksp->ks_update != kks_update && ksp->ks_update,
	       "dormant: ks_lock, ks_private NULL, ks_update the default (flags %#x)",
	       ksp->ks_flags);
	calls = s->calls;
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n > 0 && kks_s64(buf, "reads", &v) && v == 3 &&
	       kks_s64(buf, "nread", &v) && v == 1536 && s->calls == calls,
	       "its file stays: the kept data, without the driver's ks_update");
	KCHECK(c, !kstat_create(KKS_PMOD, inst, "io", "tape", KSTAT_TYPE_IO, 1,
				KSTAT_FLAG_PERSISTENT) &&
	       !kstat_create(KKS_PMOD, inst, "io", "disk", KSTAT_TYPE_NAMED, 1,
			     KSTAT_FLAG_PERSISTENT) &&
	       !kstat_create(KKS_PMOD, inst, "io", "disk", KSTAT_TYPE_IO, 1,
			     KSTAT_FLAG_VIRTUAL),
	       "its names with another class, type, or VIRTUAL: NULL (invalid reactivation)");

	/* attach again */
	k2 = kstat_create(KKS_PMOD, inst, "io", "disk", KSTAT_TYPE_IO, 1,
			  KSTAT_FLAG_PERSISTENT);
	KCHECK(c, k2 == ksp && (ksp->ks_flags & KSTAT_FLAG_INVALID) &&
	       (ksp->ks_flags & KSTAT_FLAG_DORMANT) && kio->reads == 3 &&
	       kio->nread == 1536,
	       "kstat_create of its names: the same kstat, its data, invalid until installed");
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n == -EAGAIN, "its file reads EAGAIN meanwhile (%zd)", n);
	if (k2 != ksp)
		goto out;
	ksp->ks_lock = &s->lock;
	ksp->ks_private = s;
	ksp->ks_update = kks_update;
	writes = s->writes;
	kstat_install(ksp);
	KCHECK(c, s->writes == writes + 1 &&
	       !(ksp->ks_flags & (KSTAT_FLAG_DORMANT | KSTAT_FLAG_INVALID)),
	       "kstat_install: ks_update(KSTAT_WRITE) once, active again");
	KCHECK(c, !kstat_create(KKS_PMOD, inst, "io", "disk", KSTAT_TYPE_IO, 1,
				KSTAT_FLAG_PERSISTENT),
	       "kstat_create of an active kstat's names: NULL (collision)");
	mutex_enter(&s->lock);
	kio->reads++;
	kio->nread += 512;
	mutex_exit(&s->lock);
	calls = s->calls;
	n = kks_read(ksp, buf, KKS_BUF);
	KCHECK(c, n > 0 && kks_s64(buf, "reads", &v) && v == 4 &&
	       kks_s64(buf, "nread", &v) && v == 2048 && s->calls == calls + 1,
	       "the counters go on from the kept ones (reads 4, nread 2048); ks_update called");
	kstat_delete(ksp);	/* dormant again, for the guest and a later run */

	/* a named persistent kstat: its strings are the driver's */
	k2 = kstat_create(KKS_PMOD, inst, "err", "device_error", KSTAT_TYPE_NAMED,
			  2, KSTAT_FLAG_PERSISTENT);
	KCHECK(c, k2, "kstat_create of a persistent named kstat");
	if (!k2)
		goto out;
	kn = KSTAT_NAMED_PTR(k2);
	kstat_named_init(&kn[0], "Vendor", KSTAT_DATA_CHAR);
	kstat_named_init(&kn[1], "Serial No", KSTAT_DATA_STRING);
	memcpy(kn[0].value.c, "SCSAVHBA", 8);
	kstat_named_setstr(&kn[1], serial);
	kstat_install(k2);
	n = kks_read(k2, buf, KKS_BUF);
	KCHECK(c, n > 0 && !strncmp(buf, "Vendor\tSCSAVHBA\nSerial No\tS123\n", 31),
	       "Vendor and Serial No lines");
	kstat_delete(k2);
	kfree(serial);		/* the driver's string is gone */
	serial = NULL;
	n = kks_read(k2, buf, KKS_BUF);
	KCHECK(c, n > 0 && !strncmp(buf, "Vendor\tSCSAVHBA\nSerial No\t\n", 27),
	       "dormant: CHAR data kept, the string dropped (no use of freed memory)");
out:
	kfree(serial);
	kfree(buf);
	kks_state_free(s);
	return 0;
}

/* ---- kstat_drop ---- */

/* Delete what "keep" left; also called by _fini(). */
void ktest_kstat_fini(void)
{
	if (kks_kept_named) {
		kstat_delete_byname(kks_kept_named->ks_module,
				    kks_kept_named->ks_instance, "named");
		kks_state_free(kks_kept_named_s);
		kks_kept_named = NULL;
	}
	if (kks_kept_io) {
		kstat_delete(kks_kept_io);
		kks_state_free(kks_kept_io_s);
		kks_kept_io = NULL;
	}
}

static int t_kstat_drop(struct ktest_ctx *c, int argc, char **argv)
{
	int had = !!kks_kept_named + !!kks_kept_io;

	ktest_kstat_fini();
	klog(c, "dropped %d kept kstats", had);
	return 0;
}

const struct ktest_case ktest_kstat_cases[] = {
	{ "kstat_named", t_kstat_named },
	{ "kstat_virtual", t_kstat_virtual },
	{ "kstat_types", t_kstat_types },
	{ "kstat_io", t_kstat_io },
	{ "kstat_delete_open", t_kstat_delete_open },
	{ "kstat_bad", t_kstat_bad },
	{ "kstat_persist", t_kstat_persist },
	{ "kstat_drop", t_kstat_drop },
	{ }
};
