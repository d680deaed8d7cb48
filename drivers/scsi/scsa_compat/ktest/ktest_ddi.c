// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_ddi.c - scsa_ktest: the DDI substrate and the SCSA utility
 * routines (issue 6), each case checked against the interfaces' man pages,
 * on the real LUN wherever a command is involved.
 *
 *   ddi_softstate   ddi_soft_state_init/_zalloc/_free/_fini and
 *                   ddi_get_soft_state, also freed from pkt_comp and a
 *                   timeout() handler
 *   ddi_time        drv_usectohz, drv_hztousec, ddi_get_lbolt, delay
 *   ddi_timeout     timeout, untimeout: a pending, fired, unknown and
 *                   running handler; from pkt_comp, with a kmutex_t held,
 *                   from the handler itself
 *   ddi_kmem        kmem_alloc, kmem_zalloc, kmem_free, KM_SLEEP and
 *                   KM_NOSLEEP, from atomic and interrupt context
 *   ddi_mutex       kmutex_t initialised with an interrupt priority, taken
 *                   in the pkt_comp of real commands; mutex_tryenter and
 *                   mutex_owned from another thread
 *   ddi_cv          cv_wait, cv_signal (wakes one), cv_broadcast (all),
 *                   cv_timedwait
 *   ddi_buf         getrbuf, freerbuf, bioinit, biofini, bioerror,
 *                   geterror, biodone, biowait, bioreset, clrbuf, also
 *                   around real commands
 *   ddi_makecom <lba> [g5]
 *                   makecom_g0/_g0_s/_g1/_g5 and scsi_setup_cdb bytes;
 *                   real commands built with them (READ(12)/WRITE(12)
 *                   with "g5"), scsi_sync_pkt
 *   ddi_sense       scsi_validate_sense, scsi_sense_key/_asc/_ascq,
 *                   scsi_sense_info_uint64 on fixed and descriptor sense
 *   ddi_sense_real fixed|descr <key> <asc> <ascq> [<lba> [<info>|-]]
 *                   the same on the sense of a real CHECK CONDITION of a
 *                   READ(10) of <lba>, which the guest arranged
 *   ddi_names       scsi_sname, scsi_rname, scsi_mname, scsi_dname,
 *                   scsi_cname, scsi_cmd_name, scsi_esname
 *   ddi_log <token> scsi_log, cmn_err, vcmn_err, scsi_errmsg: the guest
 *                   looks for the lines (and their levels) in the log
 *   ddi_dev <instance> <target,lun>
 *                   ddi_get_instance, ddi_driver_name, ddi_get_name_addr,
 *                   ddi_report_dev, ddi_get/set_driver_private,
 *                   ddi_get_linux_device, mod_info, mod_install/mod_remove
 *                   errors, nulldev, nodev, ddi_quiesce_not_needed,
 *                   scsi_pkt_allocated_correctly, scsi_probe
 *
 * Solaris side: DDI and SCSA calls for what is tested; Linux calls only for
 * the test's own scaffolding (threads, timers, CPU placement).  Memory an
 * unfinished callback may still touch is leaked on purpose, never freed.
 */
#include "ktest_int.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/kthread.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/delay.h>
#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/preempt.h>
#include <linux/smp.h>
#include <linux/cpumask.h>
#include <linux/vmalloc.h>
#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include <linux/string.h>
#include <linux/limits.h>

/* ---- scaffolding ---- */

/* Sleep-poll until @v is non-zero, for at most @ms milliseconds. */
static bool kdd_wait(atomic_t *v, unsigned int ms)
{
	unsigned long end = jiffies + msecs_to_jiffies(ms);

	while (!atomic_read(v)) {
		if (time_after(jiffies, end))
			return atomic_read(v);
		usleep_range(500, 1000);
	}
	smp_rmb();	/* what the setter wrote before the flag */
	return true;
}

static bool kdd_zero(const void *p, size_t n)
{
	return !memchr_inv(p, 0, n);
}

/* Two different online CPUs; false on a single-CPU guest. */
static bool kdd_two_cpus(int *a, int *b)
{
	*a = cpumask_first(cpu_online_mask);
	*b = cpumask_next(*a, cpu_online_mask);
	return *b < nr_cpu_ids;
}

/* Block size the shim uses for windows (the device's, by default). */
static int kdd_bsize(struct ktest_ctx *c)
{
	int bs = scsi_ifgetcap(ROUTE(c), "sector-size", 1);

	return bs >= 512 ? bs : 512;
}

/* An interrupt-driven TEST UNIT READY whose pkt_comp runs a hook. */
struct kdd_cmd {
	struct ktest_ctx *c;
	struct scsi_pkt *pkt;
	void (*hook)(struct kdd_cmd *k);
	void *arg;
	int in_intr, irqs_off, preemptible;	/* pkt_comp's context */
	struct completion done;
};

static void kdd_cmd_comp(struct scsi_pkt *pkt)
{
	struct kdd_cmd *k = (struct kdd_cmd *)pkt->pkt_private;

	k->in_intr = !!in_interrupt();
	k->irqs_off = irqs_disabled();
	k->preemptible = preemptible();
	if (k->hook)
		k->hook(k);
	complete(&k->done);
}

/* kzalloc'd: pkt_comp may outlive a failed wait. */
static struct kdd_cmd *kdd_tur(struct ktest_ctx *c,
			       void (*hook)(struct kdd_cmd *k), void *arg)
{
	struct kdd_cmd *k = kzalloc(sizeof(*k), GFP_KERNEL);
	int tran;

	if (!k)
		return NULL;
	k->c = c;
	k->hook = hook;
	k->arg = arg;
	init_completion(&k->done);
	k->pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0,
			       sizeof(struct scsi_arq_status), 0, 0,
			       SLEEP_FUNC, NULL);
	if (!k->pkt) {
		KCHECK(c, 0, "scsi_init_pkt of a TEST UNIT READY");
		kfree(k);
		return NULL;
	}
	memset(k->pkt->pkt_cdbp, 0, CDB_GROUP0);	/* TEST UNIT READY */
	k->pkt->pkt_comp = kdd_cmd_comp;
	k->pkt->pkt_private = (opaque_t)k;
	k->pkt->pkt_flags = 0;
	k->pkt->pkt_time = 30;
	tran = scsi_transport(k->pkt);
	if (tran != TRAN_ACCEPT) {
		KCHECK(c, 0, "TEST UNIT READY accepted (%d)", tran);
		scsi_destroy_pkt(k->pkt);
		kfree(k);
		return NULL;
	}
	return k;
}

/* Wait for pkt_comp and free; false (all leaked) if it never ran. */
static bool kdd_tur_end(struct ktest_ctx *c, struct kdd_cmd *k)
{
	if (!wait_for_completion_timeout(&k->done, 60 * HZ)) {
		KCHECK(c, 0, "pkt_comp ran within 60 s (packet leaked)");
		return false;
	}
	KCHECK(c, k->pkt->pkt_reason == CMD_CMPLT && !k->in_intr &&
	       k->preemptible,
	       "TEST UNIT READY completed (%s), pkt_comp in a completion thread",
	       scsi_rname(k->pkt->pkt_reason));
	scsi_destroy_pkt(k->pkt);
	kfree(k);
	return true;
}

/*
 * A polled READ or WRITE of @nblk blocks at @lba from @data, the CDB built
 * by makecom_g0/g1/g5 or scsi_setup_cdb (group 1 or 4).
 */
enum kdd_how { KDD_G0, KDD_G1, KDD_G5, KDD_SETUP_G1, KDD_SETUP_G4 };

static const char * const kdd_how_name[] = {
	"makecom_g0", "makecom_g1", "makecom_g5", "scsi_setup_cdb group 1",
	"scsi_setup_cdb group 4",
};

static bool kdd_io(struct ktest_ctx *c, enum kdd_how how, bool rd,
		   uint_t lba, uint_t nblk, char *data, size_t len)
{
	static const int cdblen[] = { CDB_GROUP0, CDB_GROUP1, CDB_GROUP5,
				      CDB_GROUP1, CDB_GROUP4 };
	struct scsi_device *sd = c->un->sd;
	struct buf *bp = getrbuf(KM_SLEEP);
	union scsi_cdb *cdb;
	struct scsi_pkt *pkt;
	bool ok;
	int tran;

	bp->b_un.b_addr = data;
	bp->b_bcount = len;
	bp->b_flags = rd ? B_READ : B_WRITE;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, cdblen[how],
			    sizeof(struct scsi_arq_status), 0, 0, SLEEP_FUNC,
			    NULL);
	if (!pkt) {
		klog(c, "scsi_init_pkt for %s failed", kdd_how_name[how]);
		freerbuf(bp);
		return false;
	}
	cdb = (union scsi_cdb *)pkt->pkt_cdbp;
	memset(cdb, 0, cdblen[how]);
	switch (how) {
	case KDD_G0:
		makecom_g0(pkt, sd, FLAG_NOINTR, rd ? SCMD_READ : SCMD_WRITE,
			   lba, nblk);
		break;
	case KDD_G1:
		makecom_g1(pkt, sd, FLAG_NOINTR,
			   rd ? SCMD_READ_G1 : SCMD_WRITE_G1, lba, nblk);
		break;
	case KDD_G5:
		makecom_g5(pkt, sd, FLAG_NOINTR,
			   rd ? SCMD_READ_G5 : SCMD_WRITE_G5, lba, nblk);
		break;
	case KDD_SETUP_G1:
		scsi_setup_cdb(cdb, rd ? SCMD_READ_G1 : SCMD_WRITE_G1, lba,
			       nblk, 0);
		pkt->pkt_flags = FLAG_NOINTR;
		break;
	case KDD_SETUP_G4:
		/* 64-bit LBA: high half in bytes 2-5, low half in 6-9 */
		scsi_setup_cdb(cdb, rd ? SCMD_READ_G4 : SCMD_WRITE_G4, 0,
			       nblk, lba);
		pkt->pkt_flags = FLAG_NOINTR;
		break;
	}
	pkt->pkt_time = 30;
	tran = scsi_transport(pkt);
	ok = tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT &&
	     (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD && !pkt->pkt_resid;
	if (!ok) {
		struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;

		klog(c, "%s %s %02x at %u: tran %d reason %s status %#x key %#x asc %#x resid %zd",
		     kdd_how_name[how], rd ? "read" : "write", cdb->scc_cmd,
		     lba, tran, scsi_rname(pkt->pkt_reason), *pkt->pkt_scbp,
		     (pkt->pkt_state & STATE_ARQ_DONE) ?
		     scsi_sense_key((uint8_t *)&arq->sts_sensedata) : 0,
		     (pkt->pkt_state & STATE_ARQ_DONE) ?
		     scsi_sense_asc((uint8_t *)&arq->sts_sensedata) : 0,
		     pkt->pkt_resid);
	} else if (rd) {
		scsi_sync_pkt(pkt);	/* the data is for the CPU now */
	}
	scsi_destroy_pkt(pkt);
	freerbuf(bp);
	return ok;
}

/* ---- ddi_soft_state(9F) ---- */

struct kdd_item {
	u8 bytes[100];
};

struct kdd_ss_free {
	void *state;
	int item;
	bool before, after;
	atomic_t done;
};

static void kdd_ss_free_now(struct kdd_ss_free *f)
{
	f->before = ddi_get_soft_state(f->state, f->item) != NULL;
	ddi_soft_state_free(f->state, f->item);
	f->after = ddi_get_soft_state(f->state, f->item) != NULL;
	smp_wmb();
	atomic_set(&f->done, 1);
}

static void kdd_ss_free_hook(struct kdd_cmd *k)
{
	kdd_ss_free_now(k->arg);
}

static void kdd_ss_free_handler(void *arg)
{
	kdd_ss_free_now(arg);
}

static int t_softstate(struct ktest_ctx *c, int argc, char **argv)
{
	static const int items[] = { 1, 2, 7, 100, 4096, 1 << 20 };
	void *st = NULL, *none = NULL, *keep = &keep;
	struct kdd_ss_free *f;
	struct kdd_item *p, *q;
	struct kdd_cmd *k;
	bool ok = true;
	int i, rv;

	rv = ddi_soft_state_init(NULL, sizeof(*p), 1);
	KCHECK(c, rv == EINVAL, "init with state_p NULL: EINVAL (%d)", rv);
	rv = ddi_soft_state_init(&keep, 0, 1);
	KCHECK(c, rv == EINVAL && keep == &keep,
	       "init with size 0: EINVAL, *state_p untouched (%d)", rv);
	rv = ddi_soft_state_init(&st, sizeof(*p), 2);
	KCHECK(c, rv == 0 && st, "init(100 bytes, n_items 2): 0 and a handle (%d)", rv);
	if (rv || !st)
		return 0;

	KCHECK(c, !ddi_get_soft_state(st, 0), "item 0 before zalloc: NULL");
	rv = ddi_soft_state_zalloc(st, 0);
	p = ddi_get_soft_state(st, 0);
	KCHECK(c, rv == DDI_SUCCESS && p, "zalloc item 0: DDI_SUCCESS, then found");
	if (!p)
		goto out;
	KCHECK(c, kdd_zero(p, sizeof(*p)), "item 0 is zeroed");
	memset(p, 0xA5, sizeof(*p));
	rv = ddi_soft_state_zalloc(st, 0);
	KCHECK(c, rv == DDI_FAILURE && ddi_get_soft_state(st, 0) == p &&
	       p->bytes[0] == 0xA5 && p->bytes[99] == 0xA5,
	       "zalloc of an existing item: DDI_FAILURE, the item unchanged (%d)", rv);
	ddi_soft_state_free(st, 0);
	KCHECK(c, !ddi_get_soft_state(st, 0), "freed item 0: NULL");
	rv = ddi_soft_state_zalloc(st, 0);
	q = ddi_get_soft_state(st, 0);
	KCHECK(c, rv == DDI_SUCCESS && q && kdd_zero(q, sizeof(*q)),
	       "item 0 allocated again is zeroed (%s memory)",
	       q == p ? "the same" : "other");

	/* growth past n_items; items are distinct */
	for (i = 0; i < ARRAY_SIZE(items); i++) {
		if (ddi_soft_state_zalloc(st, items[i]) != DDI_SUCCESS)
			ok = false;
		p = ddi_get_soft_state(st, items[i]);
		if (!p || !kdd_zero(p, sizeof(*p)))
			ok = false;
		else
			memset(p, i + 1, sizeof(*p));
	}
	KCHECK(c, ok, "items 1, 2, 7, 100, 4096, 2^20 beyond n_items 2: allocated and zeroed");
	for (ok = true, i = 0; i < ARRAY_SIZE(items); i++) {
		p = ddi_get_soft_state(st, items[i]);
		if (!p || p->bytes[0] != i + 1 || p->bytes[99] != i + 1)
			ok = false;
	}
	KCHECK(c, ok, "each item keeps its own contents");
	KCHECK(c, !ddi_get_soft_state(st, 3) && !ddi_get_soft_state(st, 99) &&
	       !ddi_get_soft_state(st, INT_MAX),
	       "absent items between and beyond them: NULL");
	ddi_soft_state_free(st, 3);	/* never allocated: ignored */
	KCHECK(c, ddi_get_soft_state(st, 2) && ddi_get_soft_state(st, 7),
	       "free of an absent item leaves its neighbours");

	/* bad input: documented errors, no oops */
	KCHECK(c, ddi_soft_state_zalloc(st, -1) == DDI_FAILURE &&
	       ddi_soft_state_zalloc(st, INT_MIN) == DDI_FAILURE,
	       "zalloc of a negative item: DDI_FAILURE");
	KCHECK(c, !ddi_get_soft_state(st, -1) && !ddi_get_soft_state(st, INT_MIN),
	       "get of a negative item: NULL");
	ddi_soft_state_free(st, -1);
	KCHECK(c, ddi_soft_state_zalloc(NULL, 0) == DDI_FAILURE &&
	       !ddi_get_soft_state(NULL, 0),
	       "NULL handle: zalloc DDI_FAILURE, get NULL");
	ddi_soft_state_free(NULL, 0);
	ddi_soft_state_fini(NULL);
	ddi_soft_state_fini(&none);
	KCHECK(c, !none, "free and fini with NULL handles are ignored");

	/* free "from any driver context": pkt_comp, a timeout() handler */
	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		goto out;
	f->state = st;
	f->item = 42;
	rv = ddi_soft_state_zalloc(st, 42);
	KCHECK(c, rv == DDI_SUCCESS, "zalloc of item 42");
	k = rv == DDI_SUCCESS ? kdd_tur(c, kdd_ss_free_hook, f) : NULL;
	if (k && kdd_tur_end(c, k))
		KCHECK(c, f->before && !f->after && !ddi_get_soft_state(st, 42),
		       "ddi_soft_state_free from pkt_comp: item 42 gone");
	else if (k)
		goto leak;	/* pkt_comp may still run on f and st */
	f->item = 43;
	atomic_set(&f->done, 0);
	rv = ddi_soft_state_zalloc(st, 43);
	if (rv != DDI_SUCCESS || !timeout(kdd_ss_free_handler, f, 1)) {
		KCHECK(c, 0, "zalloc of item 43 and timeout()");
	} else if (!kdd_wait(&f->done, 10000)) {
		KCHECK(c, 0, "the timeout() handler ran within 10 s");
		goto leak;
	} else {
		KCHECK(c, f->before && !f->after && !ddi_get_soft_state(st, 43),
		       "ddi_soft_state_free from a timeout() handler: item 43 gone");
	}
	kfree(f);
out:
	ddi_soft_state_fini(&st);
	KCHECK(c, st == NULL, "fini frees the items left and clears the handle");
	return 0;
leak:
	klog(c, "soft state and its handle leaked on purpose");
	return 0;
}

/* ---- drv_usectohz(9F), drv_hztousec(9F), ddi_get_lbolt(9F), delay(9F) ---- */

static int t_time(struct ktest_ctx *c, int argc, char **argv)
{
	clock_t usec_tick = 1000000 / HZ, t0, t1, ticks;
	ktime_t k0;
	s64 ms;
	long u;
	bool ok = true;

	KCHECK(c, drv_usectohz(1000000) == HZ, "drv_usectohz(1 s) = %ld ticks (HZ %d)",
	       drv_usectohz(1000000), HZ);
	KCHECK(c, drv_usectohz(0) == 0 && drv_usectohz(-1) == 0 &&
	       drv_usectohz(LONG_MIN) == 0,
	       "drv_usectohz of 0 or a negative time: 0 (-1 gives %ld)",
	       drv_usectohz(-1));
	KCHECK(c, drv_usectohz(1) == 1 && drv_usectohz(usec_tick) == 1 &&
	       drv_usectohz(usec_tick + 1) == 2, "drv_usectohz rounds up");
	KCHECK(c, drv_usectohz(5000000000L) == 5000L * HZ,
	       "drv_usectohz(5000 s) = %ld ticks, not truncated to 32 bits",
	       drv_usectohz(5000000000L));
	KCHECK(c, drv_hztousec(HZ) == 1000000 && drv_hztousec(1) == usec_tick,
	       "drv_hztousec(HZ) = 1 s, drv_hztousec(1) = %ld us",
	       drv_hztousec(1));
	KCHECK(c, drv_hztousec(0) == 0 && drv_hztousec(-1) == 0 &&
	       drv_hztousec(LONG_MIN) == 0,
	       "drv_hztousec of 0 or negative ticks: 0 (-1 gives %ld)",
	       drv_hztousec(-1));
	KCHECK(c, drv_hztousec(5000L * HZ) == 5000000000L,
	       "drv_hztousec(5000 s of ticks) = %ld us, not truncated",
	       drv_hztousec(5000L * HZ));
	KCHECK(c, drv_hztousec(LONG_MAX) == LONG_MAX,
	       "drv_hztousec overflow: the largest clock_t");
	for (u = 1; u < 4000000000L; u = u * 7 + 3)
		if (drv_hztousec(drv_usectohz(u)) < u ||
		    drv_hztousec(drv_usectohz(u)) >= u + usec_tick)
			ok = false;
	KCHECK(c, ok, "drv_hztousec(drv_usectohz(t)) is t rounded up to a tick");

	t0 = ddi_get_lbolt();
	msleep(200);
	t1 = ddi_get_lbolt();
	KCHECK(c, t1 - t0 >= drv_usectohz(200000) - 1 &&
	       t1 - t0 <= 10 * drv_usectohz(200000) + HZ,
	       "ddi_get_lbolt advanced %ld ticks over 200 ms", t1 - t0);

	ticks = drv_usectohz(300000);
	k0 = ktime_get();
	t0 = ddi_get_lbolt();
	delay(ticks);
	t1 = ddi_get_lbolt();
	ms = ktime_ms_delta(ktime_get(), k0);
	KCHECK(c, t1 - t0 >= ticks - 1 && t1 - t0 <= 10 * ticks + HZ,
	       "delay(%ld) slept %ld ticks", ticks, t1 - t0);
	KCHECK(c, ms >= 290 && ms <= 3000 + 1000,
	       "delay of 300 ms took %lld ms", ms);
	t0 = ddi_get_lbolt();
	delay(0);
	delay(-5);
	t1 = ddi_get_lbolt();
	KCHECK(c, t1 - t0 <= HZ / 2, "delay(0) and delay(-5) return at once (%ld ticks)",
	       t1 - t0);
	return 0;
}

/* ---- timeout(9F), untimeout(9F) ---- */

struct kdd_to {
	atomic_t calls;
	clock_t when;		/* ddi_get_lbolt() at the last call */
	void *arg_seen;
	struct task_struct *task;
	bool atomic_ctx;
	int cpu, rearm;
	/* the spinning handler */
	atomic_t started, finished, release;
	ktime_t t_finish;
	struct hrtimer rel;
	/* the handler that cancels itself */
	timeout_id_t id;
	clock_t self_rv;
};

static struct kdd_to *kdd_to_new(void)
{
	struct kdd_to *t = kzalloc(sizeof(*t), GFP_KERNEL);

	if (t) {
		hrtimer_init(&t->rel, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
		t->cpu = -1;
	}
	return t;
}

static void kdd_to_handler(void *arg)
{
	struct kdd_to *t = arg;

	t->when = ddi_get_lbolt();
	t->arg_seen = arg;
	t->task = get_current();
	t->atomic_ctx = !preemptible();
	t->cpu = raw_smp_processor_id();
	if (t->rearm > 0) {
		t->rearm--;
		timeout(kdd_to_handler, arg, 0);	/* from the handler */
	}
	smp_wmb();
	atomic_inc(&t->calls);
}

/*
 * Spins until released or 10 s passed; never sleeps.  The release is an
 * hrtimer 1 s later on this CPU, whose hard interrupts stay on (the
 * waiter's CPU may have them off, in untimeout() under a kmutex_t).
 */
static void kdd_spin_handler(void *arg)
{
	struct kdd_to *t = arg;
	ktime_t end = ktime_add_ms(ktime_get(), 10000);

	t->cpu = raw_smp_processor_id();
	hrtimer_start(&t->rel, ms_to_ktime(1000), HRTIMER_MODE_REL_PINNED);
	atomic_set(&t->started, 1);
	while (!atomic_read(&t->release) && ktime_before(ktime_get(), end))
		cpu_relax();
	t->t_finish = ktime_get();
	smp_wmb();
	atomic_set(&t->finished, 1);
}

static enum hrtimer_restart kdd_release(struct hrtimer *h)
{
	atomic_set(&container_of(h, struct kdd_to, rel)->release, 1);
	return HRTIMER_NORESTART;
}

static void kdd_self_handler(void *arg)
{
	struct kdd_to *t = arg;

	t->self_rv = untimeout(READ_ONCE(t->id));
	smp_wmb();
	atomic_inc(&t->calls);
}

/* timeout() from another CPU, in interrupt context (an IPI) */
struct kdd_arm {
	void (*fn)(void *);
	void *arg;
	clock_t ticks;
	timeout_id_t id;
};

static void kdd_arm_ipi(void *p)
{
	struct kdd_arm *a = p;

	a->id = timeout(a->fn, a->arg, a->ticks);
}

/* untimeout() of a running handler, from a thread on another CPU */
struct kdd_waiter {
	struct kdd_to *t;
	timeout_id_t id;
	kmutex_t *hold;		/* held across untimeout() if set */
	clock_t rv;
	int pre, post;
	bool saw_start;
	ktime_t t_call;
	struct completion done;
};

static int kdd_waiter_fn(void *arg)
{
	struct kdd_waiter *w = arg;
	struct kdd_to *t = w->t;

	w->saw_start = kdd_wait(&t->started, 10000);
	if (w->hold)
		mutex_enter(w->hold);
	w->pre = atomic_read(&t->finished);
	w->t_call = ktime_get();
	w->rv = untimeout(w->id);
	w->post = atomic_read(&t->finished);
	if (w->hold)
		mutex_exit(w->hold);
	complete(&w->done);
	return 0;
}

/*
 * The handler is started on CPU @a (timeout() from an IPI there) and spins
 * for 1 s; the waiter, on CPU @b, sees it start and calls untimeout().
 * Returns 1 (checked), 0 (inconclusive: try again), -1 (stuck: all leaked).
 */
static int kdd_running_once(struct ktest_ctx *c, int a, int b, kmutex_t *hold,
			    const char *how)
{
	struct kdd_to *t = kdd_to_new();
	struct kdd_waiter *w = kzalloc(sizeof(*w), GFP_KERNEL);
	struct kdd_arm arm = { .fn = kdd_spin_handler, .ticks = 0 };
	struct task_struct *task;
	int rv = 1;

	if (!t || !w) {
		kfree(t);
		kfree(w);
		return -1;
	}
	t->rel.function = kdd_release;
	w->t = t;
	w->hold = hold;
	init_completion(&w->done);
	task = kthread_create(kdd_waiter_fn, w, "kdd_untimeout");
	if (IS_ERR(task)) {
		kfree(t);
		kfree(w);
		return -1;
	}
	kthread_bind(task, b);
	arm.arg = t;
	smp_call_function_single(a, kdd_arm_ipi, &arm, 1);
	w->id = arm.id;
	KCHECK(c, arm.id != NULL, "%s: timeout() from an IPI on CPU %d", how, a);
	wake_up_process(task);
	if (!wait_for_completion_timeout(&w->done, 60 * HZ)) {
		KCHECK(c, 0, "%s: untimeout() returned within 60 s (leaked)", how);
		return -1;
	}
	if (!kdd_wait(&t->finished, 15000)) {
		KCHECK(c, 0, "%s: the handler finished (leaked)", how);
		return -1;
	}
	hrtimer_cancel(&t->rel);
	if (!w->saw_start || w->pre ||
	    !ktime_after(t->t_finish, w->t_call)) {
		klog(c, "%s: handler on CPU %d (waiter on %d) had %s: inconclusive",
		     how, t->cpu, b, w->saw_start ? "finished first" :
		     "not started in 10 s");
		rv = 0;
	} else {
		KCHECK(c, w->rv == -1, "%s: untimeout() of a running handler: -1 (%ld)",
		       how, w->rv);
		KCHECK(c, w->post,
		       "%s: untimeout() returned only after the handler finished (%lld ms)",
		       how, ktime_ms_delta(t->t_finish, w->t_call));
	}
	kfree(t);
	kfree(w);
	return rv;
}

/* false if a waiter or handler is stuck (its memory then leaked) */
static bool kdd_running(struct ktest_ctx *c, kmutex_t *hold, const char *how)
{
	int a, b, i, rv = 0;

	if (!kdd_two_cpus(&a, &b)) {
		klog(c, "%s: one CPU only: not tested", how);
		return true;
	}
	for (i = 0; i < 4 && rv == 0; i++)
		rv = i & 1 ? kdd_running_once(c, b, a, hold, how) :
			     kdd_running_once(c, a, b, hold, how);
	if (rv == 0)
		KCHECK(c, 0, "%s: a running handler observed in 4 tries", how);
	return rv >= 0;
}

struct kdd_to_comp {
	timeout_id_t id, new_id;
	clock_t rv;
	struct kdd_to *t2;
};

static void kdd_to_comp_hook(struct kdd_cmd *k)
{
	struct kdd_to_comp *s = k->arg;

	s->rv = untimeout(s->id);	/* from interrupt context */
	s->new_id = timeout(kdd_to_handler, s->t2, drv_usectohz(50000));
}

static int t_timeout(struct ktest_ctx *c, int argc, char **argv)
{
	struct kdd_to *t = kdd_to_new(), *t2 = NULL;
	struct kdd_to_comp *s = NULL;
	clock_t ticks, t0, t1, left, rv;
	struct kdd_cmd *k;
	timeout_id_t id;
	kmutex_t *m;
	int i;

	if (!t)
		return -ENOMEM;
	/* runs once, about @ticks later, with its argument, not sleeping */
	ticks = drv_usectohz(200000);
	t0 = ddi_get_lbolt();
	id = timeout(kdd_to_handler, t, ticks);
	KCHECK(c, id != NULL, "timeout() returns a non-zero id");
	if (!kdd_wait(&t->calls, 20000)) {
		KCHECK(c, 0, "the handler ran within 20 s (leaked)");
		return 0;
	}
	msleep(300);
	KCHECK(c, atomic_read(&t->calls) == 1, "the handler ran once (%d)",
	       atomic_read(&t->calls));
	KCHECK(c, t->when - t0 >= ticks - 1 && t->when - t0 <= 10 * ticks + HZ,
	       "it ran %ld ticks after timeout(%ld)", t->when - t0, ticks);
	KCHECK(c, t->arg_seen == t && t->task != get_current() && !t->atomic_ctx,
	       "with its argument, in another thread, where it may block");
	rv = untimeout(id);
	KCHECK(c, rv == -1, "untimeout() of a handler that ran: -1 (%ld)", rv);

	/* pending: the ticks left, and the handler never runs */
	atomic_set(&t->calls, 0);
	ticks = drv_usectohz(20000000);
	t0 = ddi_get_lbolt();
	id = timeout(kdd_to_handler, t, ticks);
	msleep(200);
	left = untimeout(id);
	t1 = ddi_get_lbolt();
	KCHECK(c, left <= ticks && left >= ticks - (t1 - t0) - 1,
	       "untimeout() of a pending handler: %ld of %ld ticks left after %ld",
	       left, ticks, t1 - t0);
	rv = untimeout(id);
	KCHECK(c, rv == -1, "untimeout() of that id again: -1 (%ld)", rv);
	ticks = drv_usectohz(300000);
	id = timeout(kdd_to_handler, t, ticks);
	left = untimeout(id);
	msleep(1500);
	KCHECK(c, left >= 0 && atomic_read(&t->calls) == 0,
	       "a handler cancelled before it was due never runs (left %ld, %d calls)",
	       left, atomic_read(&t->calls));
	KCHECK(c, untimeout(NULL) == -1 &&
	       untimeout((timeout_id_t)0x7ffffff0UL) == -1,
	       "untimeout() of 0 or an unknown id: -1");

	/* ticks 0 runs soon; the handler may arm another timeout() */
	t->rearm = 1;
	id = timeout(kdd_to_handler, t, 0);
	for (i = 0; i < 2000 && atomic_read(&t->calls) < 2; i++)
		usleep_range(1000, 2000);
	KCHECK(c, id && atomic_read(&t->calls) == 2,
	       "timeout(0), re-armed by its handler: ran twice (%d)",
	       atomic_read(&t->calls));
	msleep(100);
	if (atomic_read(&t->calls) != 2)
		return 0;	/* handlers still running on t: leaked */

	/* from pkt_comp (a completion thread): untimeout and timeout */
	t2 = kdd_to_new();
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!t2 || !s)
		goto out;
	atomic_set(&t->calls, 0);
	ticks = drv_usectohz(4000000);
	t0 = ddi_get_lbolt();
	s->id = timeout(kdd_to_handler, t, ticks);
	s->t2 = t2;
	k = kdd_tur(c, kdd_to_comp_hook, s);
	if (k && !kdd_tur_end(c, k))
		return 0;	/* leaked */
	if (k) {
		KCHECK(c, s->rv >= 0 && s->rv <= ticks,
		       "untimeout() in pkt_comp of a pending handler: %ld ticks left",
		       s->rv);
		if (!s->new_id || !kdd_wait(&t2->calls, 10000)) {
			KCHECK(c, 0, "timeout() in pkt_comp: its handler ran (leaked)");
			return 0;
		}
		KCHECK(c, 1, "timeout() in pkt_comp: its handler ran");
		/* until 1 s after it was due */
		while (ddi_get_lbolt() - t0 < ticks + HZ)
			msleep(100);
		KCHECK(c, atomic_read(&t->calls) == 0,
		       "the handler cancelled in pkt_comp never ran");
	} else {
		untimeout(s->id);
	}

	/* untimeout() waits for a running handler */
	m = kmem_zalloc(sizeof(*m), KM_SLEEP);
	mutex_init(m, NULL, MUTEX_DRIVER, NULL);
	if (!kdd_running(c, NULL, "process context") ||
	    !kdd_running(c, m, "with a kmutex_t held"))
		return 0;	/* a waiter is stuck: everything leaked */
	mutex_destroy(m);
	kmem_free(m, sizeof(*m));

	/* the handler cancelling itself: -1, no deadlock */
	atomic_set(&t->calls, 0);
	t->self_rv = -7;
	WRITE_ONCE(t->id, timeout(kdd_self_handler, t, drv_usectohz(100000)));
	if (!kdd_wait(&t->calls, 20000)) {
		KCHECK(c, 0, "the self-cancelling handler returned within 20 s (leaked)");
		return 0;
	}
	KCHECK(c, t->self_rv == -1,
	       "untimeout() of its own id in the handler: -1 (%ld)", t->self_rv);
out:
	kfree(s);
	kfree(t2);
	kfree(t);
	return 0;
}

/* ---- kmem_alloc(9F) ---- */

struct kdd_kmem_irq {
	struct hrtimer timer;
	int zeroed;
	atomic_t done;
};

static enum hrtimer_restart kdd_kmem_hardirq(struct hrtimer *h)
{
	struct kdd_kmem_irq *x = container_of(h, struct kdd_kmem_irq, timer);
	char *p = kmem_zalloc(256, KM_NOSLEEP);

	x->zeroed = p ? kdd_zero(p, 256) : -1;
	kmem_free(p, 256);
	smp_wmb();
	atomic_set(&x->done, 1);
	return HRTIMER_NORESTART;
}

struct kdd_kmem_comp {
	int ok;
};

static void kdd_kmem_hook(struct kdd_cmd *k)
{
	struct kdd_kmem_comp *x = k->arg;
	char *p = kmem_zalloc(1024, KM_NOSLEEP);
	struct buf *bp = getrbuf(KM_NOSLEEP);

	x->ok = p && kdd_zero(p, 1024) && bp && !bp->b_flags && !bp->b_bcount;
	kmem_free(p, 1024);
	freerbuf(bp);
}

static int t_kmem(struct ktest_ctx *c, int argc, char **argv)
{
	static const size_t sizes[] = {
		1, 8, 100, 4095, 4096, 4097, 65536, 1 << 20, 8 << 20,
	};
	struct kdd_kmem_comp kc = { 0 };
	struct kdd_kmem_irq *x;
	struct kdd_cmd *k;
	unsigned long flags;
	spinlock_t lock;
	kmutex_t m;
	char *p, *q;
	int i;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		size_t n = sizes[i];
		bool ok = true, nos = true;

		/* dirty memory of the size first: zalloc must clear it */
		p = kmem_alloc(n, KM_SLEEP);
		if (!p || ((uintptr_t)p & 7))
			ok = false;
		if (p)
			memset(p, 0xA5, n);
		kmem_free(p, n);
		p = kmem_zalloc(n, KM_SLEEP);
		if (!p || ((uintptr_t)p & 7) || !kdd_zero(p, n))
			ok = false;
		if (p)
			memset(p, 0x5A, n);
		kmem_free(p, n);
		if (n <= 65536) {
			p = kmem_zalloc(n, KM_NOSLEEP);
			nos = p && kdd_zero(p, n);
			kmem_free(p, n);
		}
		KCHECK(c, ok && nos,
		       "%zu bytes: KM_SLEEP alloc and zalloc (zeroed, 8-byte aligned)%s",
		       n, n <= 65536 ? ", KM_NOSLEEP zalloc" : "");
	}
	p = kmem_alloc(0, KM_SLEEP);
	q = kmem_zalloc(0, KM_NOSLEEP);
	KCHECK(c, !p && !q && !kmem_alloc(0, KM_NOSLEEP) && !kmem_zalloc(0, KM_SLEEP),
	       "kmem_alloc(0) and kmem_zalloc(0): NULL (%p %p)", p, q);
	kmem_free(p, 0);
	kmem_free(NULL, 0);	/* legal */
	p = kmem_zalloc(64, KM_PUSHPAGE);
	q = kmem_alloc(64, KM_NOSLEEP_LAZY);
	KCHECK(c, p && kdd_zero(p, 64) && q, "KM_PUSHPAGE and KM_NOSLEEP_LAZY allocate");
	kmem_free(p, 64);
	kmem_free(q, 64);

	/* where sleeping is not allowed */
	spin_lock_init(&lock);
	spin_lock_irqsave(&lock, flags);
	p = kmem_zalloc(512, KM_NOSLEEP);
	q = kmem_alloc(64, KM_SLEEP);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, p && kdd_zero(p, 512),
	       "KM_NOSLEEP zalloc under a spinlock, interrupts off: zeroed memory");
	KCHECK(c, q != NULL,
	       "KM_SLEEP where sleeping is not allowed: memory, without a sleep (reported)");
	kmem_free(p, 512);
	kmem_free(q, 64);
	mutex_init(&m, NULL, MUTEX_DRIVER, NULL);
	mutex_enter(&m);
	p = kmem_alloc(4096, KM_NOSLEEP);
	if (p)
		memset(p, 1, 4096);
	kmem_free(p, 4096);	/* any context for a page or less */
	mutex_exit(&m);
	mutex_destroy(&m);
	KCHECK(c, p != NULL, "KM_NOSLEEP with a kmutex_t held, freed under it");

	/* hard interrupt context (an hrtimer) */
	x = kzalloc(sizeof(*x), GFP_KERNEL);
	if (x) {
		hrtimer_init(&x->timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
		x->timer.function = kdd_kmem_hardirq;
		hrtimer_start(&x->timer, ms_to_ktime(10), HRTIMER_MODE_REL);
		KCHECK(c, kdd_wait(&x->done, 10000) && x->zeroed == 1,
		       "KM_NOSLEEP zalloc and kmem_free in hard interrupt context (%d)",
		       x->zeroed);
		hrtimer_cancel(&x->timer);
		kfree(x);
	}
	/* pkt_comp */
	k = kdd_tur(c, kdd_kmem_hook, &kc);
	if (k && kdd_tur_end(c, k))
		KCHECK(c, kc.ok, "KM_NOSLEEP zalloc and getrbuf(KM_NOSLEEP) in pkt_comp");
	return 0;
}

/* ---- mutex(9F) ---- */

#define KDD_MX_CMDS	8

struct kdd_mx {
	kmutex_t m;
	kcondvar_t cv;
	int done, owned, irqs_off, good, overlap;
	atomic_t in_cs, restored;
	struct scsi_pkt *pkt[KDD_MX_CMDS];
	struct buf *bp[KDD_MX_CMDS];
	char *mem;
};

static void kdd_mx_comp(struct scsi_pkt *pkt)
{
	struct kdd_mx *x = (struct kdd_mx *)pkt->pkt_private;
	bool before = irqs_disabled();

	mutex_enter(&x->m);
	if (atomic_inc_return(&x->in_cs) != 1)
		x->overlap++;
	x->owned += !!mutex_owned(&x->m);
	x->irqs_off += !!irqs_disabled();
	x->good += pkt->pkt_reason == CMD_CMPLT &&
		   (*pkt->pkt_scbp & STATUS_MASK) == STATUS_GOOD;
	x->done++;
	atomic_dec(&x->in_cs);
	cv_broadcast(&x->cv);
	mutex_exit(&x->m);
	if (irqs_disabled() == before)
		atomic_inc(&x->restored);
}

/* cross-thread: a holder on one CPU, a checker on another */
struct kdd_mx2 {
	kmutex_t m;
	atomic_t holding, release;
	int tried, owned_other, holding_after, owned_after, released_by_checker;
	struct completion hdone, cdone;
};

static int kdd_mx_holder(void *arg)
{
	struct kdd_mx2 *y = arg;
	ktime_t end;

	mutex_enter(&y->m);
	atomic_set(&y->holding, 1);
	end = ktime_add_ms(ktime_get(), 10000);
	while (!atomic_read(&y->release) && ktime_before(ktime_get(), end))
		cpu_relax();
	y->released_by_checker = atomic_read(&y->release);
	atomic_set(&y->holding, 0);
	mutex_exit(&y->m);
	complete(&y->hdone);
	return 0;
}

static int kdd_mx_checker(void *arg)
{
	struct kdd_mx2 *y = arg;

	if (kdd_wait(&y->holding, 10000)) {
		y->tried = mutex_tryenter(&y->m);
		if (y->tried)
			mutex_exit(&y->m);
		y->owned_other = mutex_owned(&y->m);
	}
	atomic_set(&y->release, 1);
	mutex_enter(&y->m);	/* spins until the holder lets go */
	y->holding_after = atomic_read(&y->holding);
	y->owned_after = !!mutex_owned(&y->m);
	mutex_exit(&y->m);
	complete(&y->cdone);
	return 0;
}

static void kdd_mx_cross(struct ktest_ctx *c)
{
	struct kdd_mx2 *y = kzalloc(sizeof(*y), GFP_KERNEL);
	struct task_struct *h, *k;
	int a, b;

	if (!y)
		return;
	if (!kdd_two_cpus(&a, &b)) {
		klog(c, "one CPU only: mutex_tryenter from another thread not tested");
		kfree(y);
		return;
	}
	mutex_init(&y->m, NULL, MUTEX_DRIVER, NULL);
	init_completion(&y->hdone);
	init_completion(&y->cdone);
	h = kthread_create(kdd_mx_holder, y, "kdd_mx_holder");
	k = kthread_create(kdd_mx_checker, y, "kdd_mx_checker");
	if (IS_ERR(h) || IS_ERR(k)) {
		/* never woken: nothing ran */
		KCHECK(c, 0, "kthread_create");
		if (!IS_ERR(h))
			kthread_stop(h);
		if (!IS_ERR(k))
			kthread_stop(k);
		kfree(y);
		return;
	}
	kthread_bind(h, a);
	kthread_bind(k, b);
	wake_up_process(h);
	wake_up_process(k);
	if (!wait_for_completion_timeout(&y->hdone, 60 * HZ) ||
	    !wait_for_completion_timeout(&y->cdone, 60 * HZ)) {
		KCHECK(c, 0, "the two threads finished (leaked)");
		return;
	}
	KCHECK(c, y->released_by_checker, "the checker saw the mutex held");
	KCHECK(c, y->tried == 0,
	       "mutex_tryenter of a mutex another thread holds: 0 (%d)", y->tried);
	KCHECK(c, y->owned_other == 0,
	       "mutex_owned of a mutex another thread holds: 0 (%d)", y->owned_other);
	KCHECK(c, !y->holding_after && y->owned_after,
	       "mutex_enter waited for the holder's mutex_exit, then owned it");
	mutex_destroy(&y->m);
	kfree(y);
}

static int t_mutex(struct ktest_ctx *c, int argc, char **argv)
{
	struct kdd_mx *x = kzalloc(sizeof(*x), GFP_KERNEL);
	int bs = kdd_bsize(c), i, n = 0, j, tran;
	clock_t deadline;
	kmutex_t d;

	if (!x)
		return -ENOMEM;
	x->mem = kmem_zalloc(KDD_MX_CMDS * bs, KM_SLEEP);
	/* as a Solaris driver does for a mutex its interrupt handler takes */
	mutex_init(&x->m, NULL, MUTEX_DRIVER, DDI_INTR_PRI(5));
	cv_init(&x->cv, NULL, CV_DRIVER, NULL);
	mutex_init(&d, NULL, MUTEX_DEFAULT, NULL);
	mutex_enter(&d);
	KCHECK(c, mutex_owned(&d), "a MUTEX_DEFAULT mutex works too");
	mutex_exit(&d);
	mutex_destroy(&d);

	for (i = 0; i < KDD_MX_CMDS; i++) {
		x->bp[i] = getrbuf(KM_SLEEP);
		x->bp[i]->b_un.b_addr = x->mem + i * bs;
		x->bp[i]->b_bcount = bs;
		x->bp[i]->b_flags = B_READ;
		x->pkt[i] = scsi_init_pkt(ROUTE(c), NULL, x->bp[i], CDB_GROUP1,
					  sizeof(struct scsi_arq_status), 0, 0,
					  SLEEP_FUNC, NULL);
		if (!x->pkt[i]) {
			KCHECK(c, 0, "scsi_init_pkt %d", i);
			break;
		}
		memset(x->pkt[i]->pkt_cdbp, 0, CDB_GROUP1);
		makecom_g1(x->pkt[i], c->un->sd, 0, SCMD_READ_G1, i, 1);
		x->pkt[i]->pkt_comp = kdd_mx_comp;
		x->pkt[i]->pkt_private = (opaque_t)x;
		x->pkt[i]->pkt_time = 30;
	}
	for (j = 0; j < i; j++) {
		tran = scsi_transport(x->pkt[j]);
		if (tran != TRAN_ACCEPT) {
			KCHECK(c, 0, "READ %d accepted (%d)", j, tran);
			break;
		}
		n++;
	}
	/* contend with the completions from process context */
	for (j = 0; j < 200; j++) {
		mutex_enter(&x->m);
		if (atomic_inc_return(&x->in_cs) != 1)
			x->overlap++;
		udelay(20);
		atomic_dec(&x->in_cs);
		mutex_exit(&x->m);
	}
	mutex_enter(&x->m);
	deadline = ddi_get_lbolt() + drv_usectohz(60000000);
	while (x->done < n && cv_timedwait(&x->cv, &x->m, deadline) > 0)
		;
	mutex_exit(&x->m);
	if (x->done < n) {
		KCHECK(c, 0, "%d of %d pkt_comp ran (packets leaked)", x->done, n);
		return 0;
	}
	KCHECK(c, n == KDD_MX_CMDS && x->good == n, "%d READs completed good", x->good);
	KCHECK(c, x->owned == n,
	       "mutex_enter in pkt_comp: mutex_owned true there (%d of %d)", x->owned, n);
	KCHECK(c, x->irqs_off == 0 && atomic_read(&x->restored) == n,
	       "DDI_INTR_PRI(5) is below LOCK_LEVEL: an adaptive mutex, interrupts on while held");
	KCHECK(c, x->overlap == 0, "never two holders at once (%d overlaps)", x->overlap);
	for (j = 0; j < i; j++)
		scsi_destroy_pkt(x->pkt[j]);
	for (j = 0; j < KDD_MX_CMDS; j++)
		freerbuf(x->bp[j]);
	cv_destroy(&x->cv);
	mutex_destroy(&x->m);
	kmem_free(x->mem, KDD_MX_CMDS * bs);
	kfree(x);

	kdd_mx_cross(c);
	return 0;
}

/* ---- condvar(9F) ---- */

#define KDD_CV_N	4

struct kdd_cvs;

struct kdd_cvw {
	struct kdd_cvs *s;
	struct completion done;
};

struct kdd_cvs {
	kmutex_t m;
	kcondvar_t cv, ready;
	int waiting, woken, flag;
	struct kdd_cvw w[KDD_CV_N];
};

static int kdd_cv_waiter(void *arg)
{
	struct kdd_cvw *w = arg;
	struct kdd_cvs *s = w->s;

	mutex_enter(&s->m);
	s->waiting++;
	cv_signal(&s->ready);
	cv_wait(&s->cv, &s->m);		/* once: no re-check loop here */
	s->woken++;
	mutex_exit(&s->m);
	complete(&w->done);
	return 0;
}

static void kdd_cv_poke(void *arg)
{
	struct kdd_cvs *s = arg;

	mutex_enter(&s->m);
	s->flag = 1;
	cv_broadcast(&s->cv);
	mutex_exit(&s->m);
}

static void kdd_cv_hook(struct kdd_cmd *k)
{
	struct kdd_cvs *s = k->arg;

	mutex_enter(&s->m);
	s->flag = 2;
	cv_signal(&s->cv);
	mutex_exit(&s->m);
}

static int t_cv(struct ktest_ctx *c, int argc, char **argv)
{
	struct kdd_cvs *s = kzalloc(sizeof(*s), GFP_KERNEL);
	int i, started = 0, w1, w2, left;
	clock_t deadline, rv, t0;
	struct kdd_cmd *k;
	unsigned long end;

	if (!s)
		return -ENOMEM;
	mutex_init(&s->m, NULL, MUTEX_DRIVER, NULL);
	cv_init(&s->cv, NULL, CV_DRIVER, NULL);
	cv_init(&s->ready, NULL, CV_DRIVER, NULL);
	cv_signal(&s->cv);	/* no waiters: nothing happens */
	cv_broadcast(&s->cv);

	for (i = 0; i < KDD_CV_N; i++) {
		s->w[i].s = s;
		init_completion(&s->w[i].done);
		if (IS_ERR(kthread_run(kdd_cv_waiter, &s->w[i], "kdd_cv%d", i)))
			complete(&s->w[i].done);
		else
			started++;
	}
	mutex_enter(&s->m);
	deadline = ddi_get_lbolt() + drv_usectohz(30000000);
	while (s->waiting < started &&
	       cv_timedwait(&s->ready, &s->m, deadline) > 0)
		;
	KCHECK(c, started == KDD_CV_N && s->waiting == started,
	       "%d threads blocked in cv_wait", s->waiting);
	/* all are queued (they dropped the mutex in cv_wait): wake one */
	cv_signal(&s->cv);
	mutex_exit(&s->m);
	/* wait for that one, then give any other the time to wake too */
	for (i = 0; i < 1000 && !READ_ONCE(s->woken); i++)
		msleep(10);
	msleep(500);
	mutex_enter(&s->m);
	w1 = s->woken;
	cv_broadcast(&s->cv);
	mutex_exit(&s->m);
	KCHECK(c, w1 == 1, "cv_signal woke one of %d waiters (%d woke)", started, w1);
	/* broadcast (again until all returned: a late starter may arrive) */
	end = jiffies + 30 * HZ;
	for (left = started; time_before(jiffies, end); ) {
		for (left = 0, i = 0; i < KDD_CV_N; i++)
			left += !completion_done(&s->w[i].done);
		if (!left)
			break;
		msleep(100);
		mutex_enter(&s->m);
		cv_broadcast(&s->cv);
		mutex_exit(&s->m);
	}
	if (left) {
		KCHECK(c, 0, "%d waiters never returned (leaked)", left);
		return 0;
	}
	w2 = s->woken;
	KCHECK(c, w2 == started, "cv_broadcast woke the other %d (%d in all)",
	       started - 1, w2);
	for (i = 0; i < KDD_CV_N; i++)
		wait_for_completion(&s->w[i].done);

	/* cv_timedwait: woken by cv_broadcast from a timeout() handler */
	mutex_enter(&s->m);
	s->flag = 0;
	rv = 1;
	if (!timeout(kdd_cv_poke, s, drv_usectohz(100000)))
		rv = 0;
	deadline = ddi_get_lbolt() + drv_usectohz(10000000);
	while (!s->flag && rv > 0)
		rv = cv_timedwait(&s->cv, &s->m, deadline);
	KCHECK(c, s->flag == 1 && rv > 0,
	       "cv_timedwait woken by cv_broadcast in a timeout() handler: > 0 (%ld)", rv);
	/* nobody signals: -1 at the deadline, not before */
	t0 = ddi_get_lbolt();
	deadline = t0 + drv_usectohz(100000);
	rv = cv_timedwait(&s->cv, &s->m, deadline);
	KCHECK(c, rv == -1 && ddi_get_lbolt() - deadline >= 0 && mutex_owned(&s->m),
	       "cv_timedwait without a signal: -1 at the deadline, mutex held (%ld)", rv);
	s->flag = 0;
	mutex_exit(&s->m);
	/* woken by cv_signal in pkt_comp */
	k = kdd_tur(c, kdd_cv_hook, s);
	if (k) {
		mutex_enter(&s->m);
		rv = 1;
		deadline = ddi_get_lbolt() + drv_usectohz(30000000);
		while (s->flag != 2 && rv > 0)
			rv = cv_timedwait(&s->cv, &s->m, deadline);
		mutex_exit(&s->m);
		KCHECK(c, s->flag == 2 && rv > 0,
		       "cv_timedwait woken by cv_signal in pkt_comp: > 0 (%ld)", rv);
		if (!kdd_tur_end(c, k))
			return 0;
	}
	cv_destroy(&s->ready);
	cv_destroy(&s->cv);
	mutex_destroy(&s->m);
	kfree(s);
	return 0;
}

/* ---- buf(9S): getrbuf, bioerror, biodone, biowait, bioreset, clrbuf ---- */

static bool kdd_buf_clear(const struct buf *bp)
{
	return !bp->b_flags && !bp->av_forw && !bp->av_back &&
	       !bp->b_bcount && !bp->b_un.b_addr && !bp->b_blkno &&
	       !bp->b_lblkno && !bp->b_resid && !bp->b_bufsize &&
	       !bp->b_iodone && !bp->b_error && !bp->b_private &&
	       !bp->b_edev && !bp->b_proc && !bp->b_pages && !bp->b_npages;
}

struct kdd_bio {
	struct buf *bp;
	int error;
	size_t resid;
	atomic_t iodone_calls;
	struct buf *iodone_bp;
	struct completion iodone;
};

static void kdd_biodone_handler(void *arg)
{
	struct kdd_bio *b = arg;

	b->bp->b_resid = b->resid;
	bioerror(b->bp, b->error);
	biodone(b->bp);
}

static int kdd_iodone(struct buf *bp)
{
	struct kdd_bio *b = bp->b_private;

	b->iodone_bp = bp;
	atomic_inc(&b->iodone_calls);
	complete(&b->iodone);
	return 0;
}

/* the strategy/interrupt pattern: pkt_comp ends the buf */
static void kdd_buf_comp(struct scsi_pkt *pkt)
{
	struct buf *bp = (struct buf *)pkt->pkt_private;

	if (pkt->pkt_reason != CMD_CMPLT ||
	    (*pkt->pkt_scbp & STATUS_MASK) != STATUS_GOOD)
		bioerror(bp, EIO);
	else
		bp->b_resid = pkt->pkt_resid;
	biodone(bp);
}

/*
 * A packet (with auto request sense, pkt_time 30 s) for READ(10) of one
 * @bs-byte block at @lba into @mem through @bp, makecom_g1() @flag; NULL
 * if scsi_init_pkt() fails.
 */
static struct scsi_pkt *kdd_read1_pkt(struct ktest_ctx *c, struct buf *bp,
				      char *mem, int bs, uint_t lba, int flag)
{
	struct scsi_pkt *pkt;

	bp->b_un.b_addr = mem;
	bp->b_bcount = bs;
	bp->b_flags = B_READ;
	pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1,
			    sizeof(struct scsi_arq_status), 0, 0, SLEEP_FUNC,
			    NULL);
	if (!pkt)
		return NULL;
	memset(pkt->pkt_cdbp, 0, CDB_GROUP1);
	makecom_g1(pkt, c->un->sd, flag, SCMD_READ_G1, lba, 1);
	pkt->pkt_time = 30;
	return pkt;
}

/* READ(10) of 1 block at @lba ended by biodone() in pkt_comp */
static struct scsi_pkt *kdd_buf_read(struct ktest_ctx *c, struct buf *bp,
				     char *mem, int bs, uint_t lba)
{
	struct scsi_pkt *pkt;
	int tran;

	pkt = kdd_read1_pkt(c, bp, mem, bs, lba, 0);
	if (!pkt)
		return NULL;
	pkt->pkt_comp = kdd_buf_comp;
	pkt->pkt_private = (opaque_t)bp;
	tran = scsi_transport(pkt);
	if (tran != TRAN_ACCEPT) {
		klog(c, "READ at %u not accepted (%d)", lba, tran);
		scsi_destroy_pkt(pkt);
		return NULL;
	}
	return pkt;
}

static int t_buf(struct ktest_ctx *c, int argc, char **argv)
{
	struct kdd_bio *b = kzalloc(sizeof(*b), GFP_KERNEL);
	int bs = kdd_bsize(c), rv;
	size_t msz = max_t(size_t, 4096, bs);
	struct scsi_pkt *pkt;
	unsigned long flags;
	struct buf *bp, *kb;
	spinlock_t lock;
	char *mem;

	if (!b)
		return -ENOMEM;
	bp = getrbuf(KM_SLEEP);
	KCHECK(c, bp && kdd_buf_clear(bp), "getrbuf(KM_SLEEP): a cleared buf");
	if (!bp) {
		kfree(b);
		return 0;
	}
	b->bp = bp;
	init_completion(&b->iodone);

	/* bioerror(9F), geterror(9F) */
	KCHECK(c, geterror(bp) == 0, "geterror of a fresh buf: 0");
	bioerror(bp, EIO);
	KCHECK(c, (bp->b_flags & B_ERROR) && bp->b_error == EIO && geterror(bp) == EIO,
	       "bioerror(EIO): B_ERROR, b_error, geterror EIO");
	bioerror(bp, 0);
	KCHECK(c, !(bp->b_flags & B_ERROR) && !bp->b_error && geterror(bp) == 0,
	       "bioerror(0) clears the error");
	bp->b_flags |= B_ERROR;
	KCHECK(c, geterror(bp) == EIO, "B_ERROR with b_error 0: geterror EIO");
	bioerror(bp, 0);
	bioerror(NULL, EIO);
	biodone(NULL);
	clrbuf(NULL);
	freerbuf(NULL);
	KCHECK(c, geterror(NULL) == 0, "NULL bufs: ignored, geterror 0");

	/* clrbuf(9F): b_bcount bytes zeroed, b_resid 0 */
	mem = kmem_alloc(msz, KM_SLEEP);
	memset(mem, 0xA5, 4096);
	bp->b_un.b_addr = mem;
	bp->b_bcount = 1000;
	bp->b_resid = 77;
	clrbuf(bp);
	KCHECK(c, kdd_zero(mem, 1000) && !memchr_inv(mem + 1000, 0xA5, 3096) &&
	       bp->b_resid == 0, "clrbuf zeroes b_bcount bytes only, b_resid 0");

	/* biodone(9F) in a timeout() handler wakes biowait(9F) */
	b->resid = 12;
	b->error = 0;
	if (timeout(kdd_biodone_handler, b, drv_usectohz(50000))) {
		rv = biowait(bp);
		KCHECK(c, rv == 0 && (bp->b_flags & B_DONE) && bp->b_resid == 12,
		       "biowait returns 0 after biodone in a timeout() handler, B_DONE set");
	} else {
		KCHECK(c, 0, "timeout()");
	}
	/* bioreset(9F): the state getrbuf() gave */
	bioreset(bp);
	KCHECK(c, kdd_buf_clear(bp), "bioreset: the buf as getrbuf returned it (flags %#x, addr %p, count %zu)",
	       bp->b_flags, bp->b_un.b_addr, bp->b_bcount);
	b->resid = 0;
	b->error = ENXIO;
	if (timeout(kdd_biodone_handler, b, drv_usectohz(50000))) {
		rv = biowait(bp);
		KCHECK(c, rv == ENXIO && geterror(bp) == ENXIO && (bp->b_flags & B_DONE),
		       "after bioreset, biowait waits again: ENXIO from biodone (%d)", rv);
	}
	/* b_iodone: called instead; no B_DONE */
	bioreset(bp);
	bp->b_private = b;
	bp->b_iodone = kdd_iodone;
	biodone(bp);
	KCHECK(c, atomic_read(&b->iodone_calls) == 1 && b->iodone_bp == bp &&
	       !(bp->b_flags & B_DONE), "biodone calls b_iodone once, sets no B_DONE");

	/* bioinit(9F)/biofini(9F) of a buf in the driver's memory */
	kb = kmem_alloc(sizeof(*kb), KM_SLEEP);
	memset(kb, 0x5A, sizeof(*kb));
	bioinit(kb);
	KCHECK(c, kdd_buf_clear(kb), "bioinit clears a buf in kmem_alloc memory");
	biodone(kb);
	KCHECK(c, biowait(kb) == 0 && (kb->b_flags & B_DONE),
	       "biodone then biowait on it: 0 at once");
	biofini(kb);
	kmem_free(kb, sizeof(*kb));

	/* getrbuf(KM_NOSLEEP) and freerbuf in atomic context */
	spin_lock_init(&lock);
	spin_lock_irqsave(&lock, flags);
	kb = getrbuf(KM_NOSLEEP);
	rv = kb && kdd_buf_clear(kb);
	freerbuf(kb);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, rv, "getrbuf(KM_NOSLEEP) and freerbuf under a spinlock");

	/* real commands: pkt_comp calls biodone, the thread biowaits */
	bioreset(bp);
	memset(mem, 0xA5, bs);
	pkt = kdd_buf_read(c, bp, mem, bs, 0);
	if (pkt) {
		rv = biowait(bp);
		KCHECK(c, rv == 0 && (bp->b_flags & B_DONE) && bp->b_resid == 0 &&
		       memchr_inv(mem, 0xA5, bs),
		       "READ ended by biodone in pkt_comp: biowait 0, data arrived");
		scsi_destroy_pkt(pkt);
	} else {
		KCHECK(c, 0, "READ of LBA 0");
	}
	bioreset(bp);
	pkt = kdd_buf_read(c, bp, mem, bs, 0xFFFFFFF0);	/* beyond the end */
	if (pkt) {
		rv = biowait(bp);
		KCHECK(c, rv == EIO && geterror(bp) == EIO,
		       "READ beyond the end: bioerror in pkt_comp, biowait EIO (%d)", rv);
		scsi_destroy_pkt(pkt);
	} else {
		KCHECK(c, 0, "READ beyond the end accepted");
	}
	bioreset(bp);
	reinit_completion(&b->iodone);
	atomic_set(&b->iodone_calls, 0);
	bp->b_private = b;
	bp->b_iodone = kdd_iodone;
	pkt = kdd_buf_read(c, bp, mem, bs, 1);
	if (pkt) {
		rv = wait_for_completion_timeout(&b->iodone, 60 * HZ);
		if (!rv) {
			KCHECK(c, 0, "b_iodone ran within 60 s (leaked)");
			return 0;
		}
		KCHECK(c, atomic_read(&b->iodone_calls) == 1 && !geterror(bp),
		       "READ with b_iodone: called from pkt_comp's biodone");
		scsi_destroy_pkt(pkt);
	}
	kmem_free(mem, msz);
	freerbuf(bp);
	kfree(b);
	return 0;
}

/* ---- makecom(9F), scsi_setup_cdb(9F) ---- */

/* the CDB bytes: @want, and every other byte still 0xEE */
static bool kdd_cdb_is(const uchar_t *cdb, const uchar_t *want, int n)
{
	int i;

	for (i = 0; i < SCSI_CDB_SIZE; i++)
		if (cdb[i] != (i < n ? want[i] : 0xEE))
			return false;
	return true;
}

static void kdd_cdb_log(struct ktest_ctx *c, const char *what, const uchar_t *b)
{
	klog(c, "%s: %*ph", what, 12, b);
}

static void kdd_makecom_bytes(struct ktest_ctx *c)
{
	/* the LUN 5 goes into byte 1 bits 7-5, SCSI-1 style */
	static const uchar_t g0[] = { 0x08, 0xBA, 0xBC, 0xDE, 0x7F };
	static const uchar_t g0_big[] = { 0x08, 0xBF, 0xFF, 0xFF, 0x01 };
	static const uchar_t g0s[] = { 0x08, 0xA1, 0x12, 0x34, 0x56 };
	/* g1, g5: byte 1 bits 4-0 are not theirs (0x0E kept) */
	static const uchar_t g1[] = { 0x2A, 0xAE, 0x12, 0x34, 0x56, 0x78,
				      0xEE, 0xAB, 0xCD };
	static const uchar_t g5[] = { 0xA8, 0xAE, 0x01, 0x02, 0x03, 0x04,
				      0x0A, 0x0B, 0x0C, 0x0D };
	/* scsi_setup_cdb touches byte 1 only for group 0 (address bits) */
	static const uchar_t s1[] = { 0x28, 0xEE, 0x00, 0x01, 0x00, 0x02,
				      0xEE, 0x00, 0x10 };
	static const uchar_t s4[] = { 0x88, 0xEE, 0x00, 0x00, 0x00, 0x01,
				      0x89, 0xAB, 0xCD, 0xEF, 0x00, 0x01,
				      0x00, 0x00 };
	static const uchar_t s0[] = { 0x08, 0xE1, 0x23, 0x45, 0x10 };
	struct scsi_device *fake = kmem_zalloc(sizeof(*fake), KM_SLEEP);
	struct scsi_pkt *pkt;
	union scsi_cdb *cdb;
	uchar_t *b;
	uint_t fl;

	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, SCSI_CDB_SIZE, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	if (!pkt) {
		KCHECK(c, 0, "scsi_init_pkt with a 16-byte CDB");
		kmem_free(fake, sizeof(*fake));
		return;
	}
	b = pkt->pkt_cdbp;
	cdb = (union scsi_cdb *)b;
	fake->sd_address = *ROUTE(c);
	fake->sd_address.a_target = 3;
	fake->sd_address.a_lun = 5;

	memset(b, 0xEE, SCSI_CDB_SIZE);
	pkt->pkt_flags = FLAG_HEAD;
	pkt->pkt_time = 77;
	makecom_g0(pkt, fake, FLAG_NOINTR | FLAG_STAG, SCMD_READ, 0x1ABCDE, 0x7F);
	kdd_cdb_log(c, "makecom_g0", b);
	KCHECK(c, kdd_cdb_is(b, g0, sizeof(g0)),
	       "makecom_g0: opcode, LUN, 21-bit address, count; other bytes kept");
	fl = pkt->pkt_flags;
	KCHECK(c, fl == (FLAG_NOINTR | FLAG_STAG) && pkt->pkt_time == 77,
	       "pkt_flags set to the flag (%#x), pkt_time untouched (%d)", fl,
	       pkt->pkt_time);
	KCHECK(c, pkt->pkt_address.a_target == 3 && pkt->pkt_address.a_lun == 5,
	       "pkt_address copied from the scsi_device");
	memset(b, 0xEE, SCSI_CDB_SIZE);
	makecom_g0(pkt, fake, 0, SCMD_READ, 0xFFFFFF, 0x101);
	KCHECK(c, kdd_cdb_is(b, g0_big, sizeof(g0_big)) && pkt->pkt_flags == 0,
	       "makecom_g0 truncates address and count, never the LUN bits");
	memset(b, 0xEE, SCSI_CDB_SIZE);
	makecom_g0_s(pkt, fake, FLAG_NOINTR, SCMD_READ, 0x123456, 1);
	kdd_cdb_log(c, "makecom_g0_s", b);
	KCHECK(c, kdd_cdb_is(b, g0s, sizeof(g0s)) && pkt->pkt_flags == FLAG_NOINTR,
	       "makecom_g0_s: fixed bit in byte 1, 24-bit count in bytes 2-4");
	memset(b, 0xEE, SCSI_CDB_SIZE);
	makecom_g1(pkt, fake, FLAG_NOINTR, SCMD_WRITE_G1, 0x12345678, 0xABCD);
	kdd_cdb_log(c, "makecom_g1", b);
	KCHECK(c, kdd_cdb_is(b, g1, sizeof(g1)),
	       "makecom_g1: 32-bit address in bytes 2-5, count in 7-8, byte 6 kept");
	memset(b, 0xEE, SCSI_CDB_SIZE);
	makecom_g5(pkt, fake, FLAG_NOINTR, SCMD_READ_G5, 0x01020304, 0x0A0B0C0D);
	kdd_cdb_log(c, "makecom_g5", b);
	KCHECK(c, kdd_cdb_is(b, g5, sizeof(g5)) && pkt->pkt_time == 77,
	       "makecom_g5: 32-bit address in bytes 2-5, 32-bit count in 6-9");
	/* the real device (LUN 0 here): byte 1 gets its LUN */
	memset(b, 0xEE, SCSI_CDB_SIZE);
	makecom_g1(pkt, c->un->sd, 0, SCMD_READ_G1, 1, 1);
	KCHECK(c, (b[1] >> 5) == (ROUTE(c)->a_lun & 7) &&
	       pkt->pkt_address.a_lun == ROUTE(c)->a_lun,
	       "with the LUN's own scsi_device: its LUN %d", ROUTE(c)->a_lun);
	/* bad input: nothing done */
	memset(b, 0xEE, SCSI_CDB_SIZE);
	pkt->pkt_flags = FLAG_HEAD;
	makecom_g0(pkt, NULL, 0, SCMD_READ, 1, 1);
	makecom_g1(NULL, fake, 0, SCMD_READ_G1, 1, 1);
	makecom_g0_s(pkt, NULL, 0, SCMD_READ, 1, 1);
	makecom_g5(pkt, NULL, 0, SCMD_READ_G5, 1, 1);
	KCHECK(c, kdd_cdb_is(b, NULL, 0) && pkt->pkt_flags == FLAG_HEAD,
	       "makecom with a NULL pkt or scsi_device: nothing changed");

	/* scsi_setup_cdb(9F): opcode, address, count; LUN bits kept */
	memset(b, 0xEE, SCSI_CDB_SIZE);
	cdb->scc_lun = 7;
	KCHECK(c, scsi_setup_cdb(cdb, SCMD_READ, 0x12345, 0x10, 0) == 1 &&
	       kdd_cdb_is(b, s0, sizeof(s0)), "scsi_setup_cdb group 0: 1, bytes");
	memset(b, 0xEE, SCSI_CDB_SIZE);
	cdb->scc_lun = 7;
	KCHECK(c, scsi_setup_cdb(cdb, SCMD_READ_G1, 0x00010002, 0x10, 0) == 1 &&
	       kdd_cdb_is(b, s1, sizeof(s1)), "scsi_setup_cdb group 1: 1, bytes");
	memset(b, 0xEE, SCSI_CDB_SIZE);
	cdb->scc_lun = 7;
	KCHECK(c, scsi_setup_cdb(cdb, SCMD_READ_G4, 1, 0x10000, 0x89ABCDEF) == 1 &&
	       kdd_cdb_is(b, s4, sizeof(s4)),
	       "scsi_setup_cdb group 4: 64-bit address, 32-bit count");
	KCHECK(c, scsi_setup_cdb(cdb, 0x7F, 1, 1, 0) == 0 && b[0] == 0x7F &&
	       scsi_setup_cdb(cdb, 0xC0, 1, 1, 0) == 0 &&
	       scsi_setup_cdb(NULL, SCMD_READ, 1, 1, 0) == 0,
	       "scsi_setup_cdb of groups 3 and 6, or a NULL CDB: 0");
	pkt->pkt_address = *ROUTE(c);
	scsi_destroy_pkt(pkt);
	kmem_free(fake, sizeof(*fake));
}

static void kdd_fill(char *p, size_t n, u32 seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (char)(i * 13 + seed * 101 + (i >> 9));
}

/* ddi_makecom <lba> [g5] */
static int t_makecom(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_pkt *pkt;
	unsigned int lba = 8192, n = 4;
	int bs = kdd_bsize(c), i, tran;
	bool g5 = argc > 1 && !strcmp(argv[1], "g5");
	size_t len;
	char *w, *r;

	if (argc > 0 && (kstrtouint(argv[0], 0, &lba) || lba >= (1 << 21) - n))
		return -EINVAL;
	kdd_makecom_bytes(c);

	len = (size_t)n * bs;
	w = vmalloc(len);
	r = vmalloc(len);
	if (!w || !r) {
		vfree(w);
		vfree(r);
		return -ENOMEM;
	}
	kdd_fill(w, len, lba);
	KCHECK(c, kdd_io(c, KDD_G1, false, lba, n, w, len),
	       "WRITE(10) built by makecom_g1 at %u", lba);
	for (i = KDD_G0; i <= KDD_SETUP_G4; i++) {
		if (i == KDD_G5 && !g5)
			continue;
		memset(r, 0, len);
		KCHECK(c, kdd_io(c, i, true, lba, n, r, len) && !memcmp(w, r, len),
		       "READ built by %s: the data written", kdd_how_name[i]);
	}
	if (g5) {
		kdd_fill(w, len, lba + 1);
		memset(r, 0, len);
		KCHECK(c, kdd_io(c, KDD_G5, false, lba, n, w, len) &&
		       kdd_io(c, KDD_G1, true, lba, n, r, len) && !memcmp(w, r, len),
		       "WRITE(12) built by makecom_g5, read back by READ(10)");
	}
	kdd_fill(w, len, lba + 2);
	memset(r, 0, len);
	KCHECK(c, kdd_io(c, KDD_G0, false, lba, n, w, len) &&
	       kdd_io(c, KDD_SETUP_G1, true, lba, n, r, len) && !memcmp(w, r, len),
	       "WRITE(6) built by makecom_g0, read back");
	vfree(w);
	vfree(r);

	/* scsi_sync_pkt of a packet without data, and of NULL: nothing */
	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	if (pkt) {
		makecom_g0(pkt, c->un->sd, FLAG_NOINTR, SCMD_TEST_UNIT_READY, 0, 0);
		pkt->pkt_time = 30;
		tran = scsi_transport(pkt);
		scsi_sync_pkt(pkt);
		scsi_sync_pkt(NULL);
		KCHECK(c, tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT,
		       "TEST UNIT READY by makecom_g0; scsi_sync_pkt without data");
		scsi_destroy_pkt(pkt);
	}
	return 0;
}

/* ---- scsi_validate_sense(9F), scsi_sense_key(9F) and friends ---- */

static int t_sense(struct ktest_ctx *c, int argc, char **argv)
{
	/* fixed, current: MEDIUM ERROR 0x11/0x04, INFORMATION 0x12345 */
	static const uint8_t fixed[18] = {
		0x70, 0x00, 0x03, 0x00, 0x01, 0x23, 0x45, 0x0A,
		0, 0, 0, 0, 0x11, 0x04, 0, 0, 0, 0,
	};
	/* descriptor, current: ILLEGAL REQUEST 0x24/0x00, an FRU
	 * descriptor, then INFORMATION 0x0102030405060708 */
	static const uint8_t descr[24] = {
		0x72, 0x05, 0x24, 0x00, 0, 0, 0, 0x10,
		0x03, 0x02, 0x00, 0x5A,
		0x00, 0x0A, 0x80, 0x00, 1, 2, 3, 4, 5, 6, 7, 8,
	};
	uint8_t f[32], d[32];
	uint64_t info;
	int fl;

	memcpy(f, fixed, sizeof(fixed));
	memcpy(d, descr, sizeof(descr));
	fl = -1;
	KCHECK(c, scsi_validate_sense(f, 18, &fl) == SENSE_FIXED_FORMAT && fl == 0,
	       "fixed sense: SENSE_FIXED_FORMAT, flags 0");
	KCHECK(c, scsi_sense_key(f) == KEY_MEDIUM_ERROR && scsi_sense_asc(f) == 0x11 &&
	       scsi_sense_ascq(f) == 0x04, "fixed: key 3, asc 0x11, ascq 0x04");
	info = 0;
	KCHECK(c, !scsi_sense_info_uint64(f, 18, &info),
	       "fixed without the valid bit: no information");
	f[0] = 0xF0;
	info = 0;
	KCHECK(c, scsi_sense_info_uint64(f, 18, &info) && info == 0x12345,
	       "fixed with the valid bit: information 0x%llx", info);
	f[0] = 0x71;
	KCHECK(c, scsi_validate_sense(f, 18, &fl) == SENSE_FIXED_FORMAT &&
	       fl == SNS_BUF_DEFERRED, "response code 0x71: SNS_BUF_DEFERRED");
	f[0] = 0x70;
	KCHECK(c, scsi_validate_sense(f, 14, &fl) == SENSE_FIXED_FORMAT &&
	       fl == SNS_BUF_OVERFLOW, "14 of 18 bytes: usable, SNS_BUF_OVERFLOW");
	KCHECK(c, scsi_validate_sense(f, 13, &fl) == SENSE_UNUSABLE,
	       "13 bytes (no ASCQ): SENSE_UNUSABLE");
	f[7] = 5;
	KCHECK(c, scsi_validate_sense(f, 18, NULL) == SENSE_UNUSABLE,
	       "additional length short of the ASCQ: SENSE_UNUSABLE");
	f[7] = 0x0A;
	f[0] = 0x7F;
	KCHECK(c, scsi_validate_sense(f, 18, NULL) == SENSE_UNUSABLE,
	       "vendor-specific response code 0x7F: SENSE_UNUSABLE");
	f[0] = 0x60;
	KCHECK(c, scsi_validate_sense(f, 18, NULL) == SENSE_UNUSABLE,
	       "not class 7: SENSE_UNUSABLE");

	fl = -1;
	KCHECK(c, scsi_validate_sense(d, 24, &fl) == SENSE_DESCR_FORMAT && fl == 0,
	       "descriptor sense: SENSE_DESCR_FORMAT, flags 0");
	KCHECK(c, scsi_sense_key(d) == KEY_ILLEGAL_REQUEST &&
	       scsi_sense_asc(d) == 0x24 && scsi_sense_ascq(d) == 0,
	       "descriptor: key 5, asc 0x24, ascq 0 (bytes 1-3)");
	info = 0;
	KCHECK(c, scsi_sense_info_uint64(d, 24, &info) &&
	       info == 0x0102030405060708ULL,
	       "information descriptor after an FRU one: 0x%llx", info);
	KCHECK(c, !scsi_sense_info_uint64(d, 23, &info),
	       "information descriptor cut short: none");
	KCHECK(c, scsi_validate_sense(d, 8, &fl) == SENSE_DESCR_FORMAT &&
	       fl == SNS_BUF_OVERFLOW && scsi_validate_sense(d, 7, NULL) == SENSE_UNUSABLE,
	       "8 bytes: usable with SNS_BUF_OVERFLOW; 7: unusable");
	d[0] = 0x73;
	KCHECK(c, scsi_validate_sense(d, 24, &fl) == SENSE_DESCR_FORMAT &&
	       fl == SNS_BUF_DEFERRED, "response code 0x73: SNS_BUF_DEFERRED");
	d[12] = 0x01;	/* no information descriptor any more */
	KCHECK(c, !scsi_sense_info_uint64(d, 24, &info),
	       "without an information descriptor: none");

	/* bad input */
	fl = -1;
	KCHECK(c, scsi_validate_sense(NULL, 18, &fl) == SENSE_UNUSABLE && fl == 0 &&
	       scsi_validate_sense(f, 0, NULL) == SENSE_UNUSABLE &&
	       scsi_validate_sense(f, -4, NULL) == SENSE_UNUSABLE,
	       "NULL sense, length 0 or negative: SENSE_UNUSABLE");
	KCHECK(c, !scsi_sense_key(NULL) && !scsi_sense_asc(NULL) && !scsi_sense_ascq(NULL),
	       "key/asc/ascq of NULL: 0");
	KCHECK(c, !scsi_sense_info_uint64(NULL, 18, &info) &&
	       !scsi_sense_info_uint64(d, 24, NULL),
	       "scsi_sense_info_uint64 with NULL pointers: B_FALSE");
	return 0;
}

/* ddi_sense_real fixed|descr <key> <asc> <ascq> [<lba> [<info>|-]] */
static int t_sense_real(struct ktest_ctx *c, int argc, char **argv)
{
	unsigned int key, asc, ascq, lba = 0;
	unsigned long long want_info = 0;
	bool descr, has_info = false;
	struct scsi_arq_status *arq;
	int bs = kdd_bsize(c), len, fl = -1, tran;
	struct scsi_pkt *pkt;
	struct buf *bp;
	uint64_t info = 0;
	uint8_t *s;
	char *mem;

	if (argc < 4 || (strcmp(argv[0], "fixed") && strcmp(argv[0], "descr")) ||
	    kstrtouint(argv[1], 0, &key) || kstrtouint(argv[2], 0, &asc) ||
	    kstrtouint(argv[3], 0, &ascq) ||
	    (argc > 4 && kstrtouint(argv[4], 0, &lba)))
		return -EINVAL;
	if (argc > 5 && strcmp(argv[5], "-")) {
		if (kstrtoull(argv[5], 0, &want_info))
			return -EINVAL;
		has_info = true;
	}
	descr = !strcmp(argv[0], "descr");
	mem = kmem_zalloc(bs, KM_SLEEP);
	bp = getrbuf(KM_SLEEP);
	pkt = kdd_read1_pkt(c, bp, mem, bs, lba, FLAG_NOINTR);
	if (!pkt) {
		KCHECK(c, 0, "scsi_init_pkt");
		goto out;
	}
	tran = scsi_transport(pkt);
	arq = (struct scsi_arq_status *)pkt->pkt_scbp;
	s = (uint8_t *)&arq->sts_sensedata;
	KCHECK(c, tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT &&
	       (*pkt->pkt_scbp & STATUS_MASK) == STATUS_CHECK &&
	       (pkt->pkt_state & STATE_ARQ_DONE),
	       "READ(10) of %u: CHECK CONDITION with auto request sense (%s, %#x)",
	       lba, scsi_rname(pkt->pkt_reason), *pkt->pkt_scbp);
	if (!(pkt->pkt_state & STATE_ARQ_DONE))
		goto destroy;
	len = SENSE_LENGTH - arq->sts_rqpkt_resid;
	klog(c, "sense (%d bytes): %*ph", len, min(len, 20), s);
	KCHECK(c, scsi_validate_sense(s, len, &fl) ==
	       (descr ? SENSE_DESCR_FORMAT : SENSE_FIXED_FORMAT) &&
	       !(fl & SNS_BUF_DEFERRED),
	       "scsi_validate_sense: %s format, current (flags %#x)",
	       descr ? "descriptor" : "fixed", fl);
	KCHECK(c, scsi_sense_key(s) == key && scsi_sense_asc(s) == asc &&
	       scsi_sense_ascq(s) == ascq,
	       "key %#x (%s), asc %#x, ascq %#x as the device sent", scsi_sense_key(s),
	       scsi_sname(scsi_sense_key(s)), scsi_sense_asc(s), scsi_sense_ascq(s));
	if (!descr)
		KCHECK(c, arq->sts_sensedata.es_key == key &&
		       arq->sts_sensedata.es_add_code == asc,
		       "struct scsi_extended_sense fields agree");
	if (has_info)
		KCHECK(c, scsi_sense_info_uint64(s, len, &info) && info == want_info,
		       "information %llu (%llu expected)", info, want_info);
	else
		KCHECK(c, !scsi_sense_info_uint64(s, len, &info),
		       "no valid information field");
destroy:
	scsi_destroy_pkt(pkt);
out:
	freerbuf(bp);
	kmem_free(mem, bs);
	return 0;
}

/* ---- scsi_cname(9F) and the other names ---- */

static int t_names(struct ktest_ctx *c, int argc, char **argv)
{
	static char *vec[] = { "\000test unit ready", "\010read",
			       "\212write(16)", NULL };
	struct scsi_key_strings list[] = {
		{ SCMD_INQUIRY, "inquiry" }, { 0xA8, "read(12)" }, { -1, NULL },
	};
	char tmp[32], *r;

	KCHECK(c, !strcmp(scsi_sname(KEY_NO_SENSE), "No_Additional_Sense") &&
	       !strcmp(scsi_sname(KEY_MEDIUM_ERROR), "Media_Error") &&
	       !strcmp(scsi_sname(KEY_UNIT_ATTENTION), "Unit_Attention") &&
	       !strcmp(scsi_sname(KEY_MISCOMPARE), "Miscompare_Error"),
	       "scsi_sname of sense keys");
	KCHECK(c, !strcmp(scsi_sname(SUN_KEY_FATAL), "fatal") &&
	       !strcmp(scsi_sname(SUN_KEY_LENGTH), "length_error") &&
	       !strcmp(scsi_sname(SUN_KEY_WRONGMEDIA), "wrong_tape_media"),
	       "scsi_sname of the SCSA pseudo keys");
	KCHECK(c, !strcmp(scsi_sname(0x17), "<unknown sense key>") &&
	       !strcmp(scsi_sname(0xFF), "<unknown sense key>"),
	       "scsi_sname of an unknown key");
	KCHECK(c, !strcmp(scsi_rname(CMD_CMPLT), "cmplt") &&
	       !strcmp(scsi_rname(CMD_TIMEOUT), "timeout") &&
	       !strcmp(scsi_rname(CMD_UNX_BUS_FREE), "unexpected_bus_free") &&
	       !strcmp(scsi_rname(CMD_TAG_REJECT), "tag reject") &&
	       !strcmp(scsi_rname(CMD_DEV_GONE), "gone"),
	       "scsi_rname of completion reasons");
	KCHECK(c, !strcmp(scsi_rname(23), "<unknown reason>") &&
	       !strcmp(scsi_rname(25), "<unknown reason>") &&
	       !strcmp(scsi_rname(0xFF), "<unknown reason>"),
	       "scsi_rname of reasons without a name");
	KCHECK(c, !strcmp(scsi_mname(0x00), "COMMAND COMPLETE") &&
	       !strcmp(scsi_mname(0x07), "REJECT") &&
	       !strcmp(scsi_mname(0x80), "IDENTIFY") &&
	       !strcmp(scsi_mname(0x20), "SIMPLE QUEUE TAG") &&
	       !strcmp(scsi_mname(0x23), "IGNORE WIDE RESIDUE") &&
	       !strcmp(scsi_mname(0x30), "<unknown msg>"),
	       "scsi_mname of messages");
	KCHECK(c, !strcmp(scsi_dname(DTYPE_DIRECT), "Direct Access") &&
	       !strcmp(scsi_dname(DTYPE_SEQUENTIAL), "Sequential Access") &&
	       !strcmp(scsi_dname(DTYPE_CHANGER), "Changer") &&
	       !strcmp(scsi_dname(DTYPE_NOTPRESENT), "Not Present") &&
	       !strcmp(scsi_dname(0x1F), "<unknown device type>") &&
	       !strcmp(scsi_dname(0x13), "<unknown device type>"),
	       "scsi_dname of device types");
	KCHECK(c, !strcmp(scsi_dname(c->un->sd->sd_inq->inq_dtype), "Direct Access"),
	       "scsi_dname of this LUN's INQUIRY type");
	KCHECK(c, !strcmp(scsi_cname(0x00, vec), "test unit ready") &&
	       !strcmp(scsi_cname(0x08, vec), "read") &&
	       !strcmp(scsi_cname(0x8A, vec), "write(16)"),
	       "scsi_cname from a driver's list (opcodes 0x80 and up too)");
	KCHECK(c, !strcmp(scsi_cname(0x05, vec), "<undecoded cmd 0x5>") &&
	       !strcmp(scsi_cname(0xAB, NULL), "<undecoded cmd 0xab>"),
	       "scsi_cname of an opcode not listed, or no list");
	r = scsi_cmd_name(SCMD_INQUIRY, list, tmp);
	KCHECK(c, !strcmp(r, "inquiry") &&
	       !strcmp(scsi_cmd_name(0xA8, list, tmp), "read(12)"),
	       "scsi_cmd_name from a key list");
	r = scsi_cmd_name(0x35, list, tmp);
	KCHECK(c, r == tmp && !strcmp(tmp, "<undecoded cmd 0x35>"),
	       "scsi_cmd_name of an unlisted opcode: the caller's buffer");
	r = scsi_esname(0x80, tmp);
	KCHECK(c, r == tmp && !strcmp(tmp, "<vendor unique code 0x80>"),
	       "scsi_esname of a vendor code: the caller's buffer");
	/* the texts are Linux's: without CONFIG_SCSI_CONSTANTS, all unknown */
	r = scsi_esname(0x20, tmp);
	if (IS_ENABLED(CONFIG_SCSI_CONSTANTS))
		KCHECK(c, r != tmp && !strcmp(r, "Invalid command operation code"),
		       "scsi_esname(0x20): '%s'", r);
	else
		KCHECK(c, r == tmp && !strcmp(r, "<vendor unique code 0x20>"),
		       "no CONFIG_SCSI_CONSTANTS: scsi_esname(0x20) '%s'", r);
	r = scsi_esname(0x11, tmp);
	KCHECK(c, !strcmp(r, IS_ENABLED(CONFIG_SCSI_CONSTANTS) ?
			  "Unrecovered read error" : "<vendor unique code 0x11>"),
	       "scsi_esname(0x11): '%s'", r);
	r = scsi_esname(0x1000, tmp);
	KCHECK(c, r == tmp && !strcmp(tmp, "<vendor unique code 0x1000>"),
	       "scsi_esname of a value beyond a byte: unknown");
	return 0;
}

/* ---- scsi_log(9F), cmn_err(9F), vcmn_err(9F), scsi_errmsg(9F) ---- */

static char kdd_asc_text[64];
static const char *kdd_fru_tok;
static struct scsi_asq_key_strings kdd_asq[] = {
	{ 0x11, 0xffff, kdd_asc_text },		/* any ASCQ */
	{ 0xffff, 0, NULL }
};

static char *kdd_decode_fru(struct scsi_device *devp, char *buf, int len,
			    uchar_t code)
{
	snprintf(buf, len, "fru-%s-%#x", kdd_fru_tok, code);
	return buf;
}

static __printf(2, 3) void kdd_vcmn(int level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vcmn_err(level, fmt, ap);
	va_end(ap);
}

/* ddi_log <token>: the guest finds (or must not find) these lines */
static int t_log(struct ktest_ctx *c, int argc, char **argv)
{
	uint8_t sense[SENSE_LENGTH] = {
		0xF0, 0, KEY_MEDIUM_ERROR, 0, 0, 0, 0x7B, 0x0A,
		0, 0, 0, 0, 0x11, 0x00, 0, 0, 0, 0,
	};
	struct scsi_key_strings list[] = { { SCMD_READ_G1, NULL }, { -1, NULL } };
	dev_info_t *dip = c->un->dip;
	const char *tok, *nofmt = NULL;
	struct scsi_pkt *pkt;
	char name[80], tmp[32];
	uchar_t fsense[sizeof(sense)];

	if (argc < 1 || strlen(argv[0]) > 40)
		return -EINVAL;
	tok = argv[0];
	/* for the guest: the text scsi_errmsg gives ASC 0x11 here */
	klog(c, "asc-text %s", scsi_esname(0x11, tmp));
	scsi_log(dip, "ktest18", CE_WARN, "%s warn", tok);
	scsi_log(dip, NULL, CE_NOTE, "%s note\n", tok);
	scsi_log(NULL, "ktest18", CE_CONT, "%s cont\n", tok);
	scsi_log(dip, "ktest18", CE_WARN, "!%s logonly", tok);
	scsi_log(dip, "ktest18", SCSI_DEBUG, "%s debug", tok);
	scsi_log(dip, "ktest18", CE_NOTE, "%s long %300s|", tok, "x");
	scsi_log(dip, "ktest18", CE_WARN, nofmt);	/* ignored */
	scsi_log(NULL, NULL, CE_NOTE, "%s bare", tok);
	cmn_err(CE_NOTE, "%s cmn note", tok);
	cmn_err(CE_WARN, "%s cmn warn\n", tok);
	cmn_err(CE_CONT, "?%s cmn boot\n", tok);
	cmn_err(CE_IGNORE, "%s ignored", tok);
	kdd_vcmn(CE_NOTE, "%s vcmn %d", tok, 42);

	snprintf(name, sizeof(name), "read-%s", tok);
	list[0].message = name;
	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP1, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	if (pkt) {
		memset(pkt->pkt_cdbp, 0, CDB_GROUP1);
		makecom_g1(pkt, c->un->sd, 0, SCMD_READ_G1, 100, 1);
		scsi_errmsg(c->un->sd, pkt, "ktest18", SCSI_ERR_FATAL, 100, 123,
			    list, (struct scsi_extended_sense *)sense);
		/* a driver's ASC text and FRU decoder (sd's scsi_vu_errmsg) */
		snprintf(kdd_asc_text, sizeof(kdd_asc_text), "vu-asc-%s", tok);
		kdd_fru_tok = tok;
		memcpy(fsense, sense, sizeof(fsense));
		fsense[14] = 0x42;
		scsi_vu_errmsg(c->un->sd, pkt, "ktest18", SCSI_ERR_RETRYABLE, -1,
			       -1, list, (struct scsi_extended_sense *)fsense,
			       kdd_asq, kdd_decode_fru);
		scsi_destroy_pkt(pkt);
	}
	scsi_generic_errmsg(c->un->sd, "ktest18", SCSI_ERR_INFO, -1, -1,
			    SCMD_WRITE_G1, NULL, NULL, NULL, NULL);
	KCHECK(c, pkt != NULL, "messages logged (token %s)", tok);
	return 0;
}

/* ---- dev_info, modctl, nulldev/nodev ---- */

static int kdd_dummy_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	return DDI_FAILURE;
}

static struct dev_ops kdd_dummy_ops = {
	.devo_rev	= DEVO_REV,
	.devo_attach	= kdd_dummy_attach,
	.devo_quiesce	= ddi_quiesce_not_needed,
};

static struct dev_ops kdd_bad_ops = { .devo_rev = DEVO_REV - 1 };

/* a device type nothing here has: the driver attaches nowhere */
static const char * const kdd_dummy_aliases[] = { "scsiclass,1e", NULL };

static struct modldrv kdd_dummy_md = {
	.drv_modops	= &mod_driverops,
	.drv_linkinfo	= "kdd_dummy",
	.drv_dev_ops	= &kdd_dummy_ops,
	.drv_aliases	= kdd_dummy_aliases,
};

static struct modldrv kdd_bad_md = {
	.drv_modops	= &mod_driverops,
	.drv_linkinfo	= "kdd_bad",
	.drv_dev_ops	= &kdd_bad_ops,
};

static struct modlinkage kdd_dummy_ml = {
	.ml_rev = MODREV_1, .ml_linkage = { &kdd_dummy_md, NULL },
};

static struct modlinkage kdd_bad_ml = {
	.ml_rev = MODREV_1, .ml_linkage = { &kdd_bad_md, NULL },
};

struct kdd_mod {
	int first, again, rem, rem_again;
	struct completion done;
};

/*
 * In a thread of its own: mod_install takes the binding lock, which is
 * held around scsa_ktest's own attach (which takes ktest_lock, held here).
 */
static int kdd_mod_fn(void *arg)
{
	struct kdd_mod *m = arg;

	m->first = mod_install(&kdd_dummy_ml);
	m->again = mod_install(&kdd_dummy_ml);
	m->rem = m->first ? -1 : mod_remove(&kdd_dummy_ml);
	m->rem_again = mod_remove(&kdd_dummy_ml);
	complete(&m->done);
	return 0;
}

static int t_dev(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	struct scsi_device *sd = c->un->sd;
	int (*fn)(void) = nulldev, inst = -1;
	struct scsi_pkt *pkt, *foreign;
	struct kdd_mod *m;
	struct device *dev;
	const char *name;
	char *addr;

	if (argc < 2 || kstrtoint(argv[0], 0, &inst))
		return -EINVAL;
	KCHECK(c, ddi_get_instance(dip) == inst, "ddi_get_instance: %d (%d expected)",
	       ddi_get_instance(dip), inst);
	name = ddi_driver_name(dip);
	KCHECK(c, name && !strcmp(name, "scsa_ktest"), "ddi_driver_name: %s", name);
	addr = ddi_get_name_addr(dip);
	KCHECK(c, addr && !strcmp(addr, argv[1]), "ddi_get_name_addr: %s (%s expected)",
	       addr ? addr : "(null)", argv[1]);
	ddi_report_dev(dip);
	KCHECK(c, ddi_get_driver_private(dip) == sd && sd->sd_dev == dip,
	       "ddi_get_driver_private: the scsi_device, whose sd_dev is the dip");
	ddi_set_driver_private(dip, (void *)c);
	KCHECK(c, ddi_get_driver_private(dip) == (void *)c,
	       "ddi_set_driver_private, read back");
	ddi_set_driver_private(dip, sd);
	KCHECK(c, ddi_get_driver_private(dip) == sd, "and set back");
	dev = ddi_get_linux_device(dip);
	KCHECK(c, dev && !strcmp(dev_name(dev), c->un->name),
	       "ddi_get_linux_device: %s", dev ? dev_name(dev) : "(null)");
	KCHECK(c, ddi_get_instance(NULL) == -1 &&
	       !strcmp(ddi_driver_name(NULL), "unknown") &&
	       !ddi_get_name_addr(NULL) && !ddi_get_driver_private(NULL) &&
	       !ddi_get_linux_device(NULL),
	       "NULL dip: -1, \"unknown\", NULL, NULL, NULL");
	ddi_set_driver_private(NULL, c);
	ddi_report_dev(NULL);

	KCHECK(c, mod_info(NULL, NULL) != 0, "mod_info: non-zero");
	KCHECK(c, nulldev() == 0 && fn() == 0, "nulldev: 0, also through a pointer");
	fn = nodev;
	KCHECK(c, nodev() == ENXIO && fn() == ENXIO, "nodev: ENXIO");
	KCHECK(c, ddi_quiesce_not_needed(dip) == DDI_SUCCESS &&
	       kdd_dummy_ops.devo_quiesce(dip) == DDI_SUCCESS,
	       "ddi_quiesce_not_needed: DDI_SUCCESS");

	KCHECK(c, mod_install(NULL) == EINVAL && mod_install(&kdd_bad_ml) == EINVAL,
	       "mod_install of no or a malformed linkage (devo_rev %d): EINVAL",
	       DEVO_REV - 1);
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (m) {
		init_completion(&m->done);
		if (IS_ERR(kthread_run(kdd_mod_fn, m, "kdd_mod"))) {
			kfree(m);
		} else if (!wait_for_completion_timeout(&m->done, 30 * HZ)) {
			KCHECK(c, 0, "mod_install/mod_remove returned (leaked)");
		} else {
			KCHECK(c, m->first == 0 && m->again == EEXIST,
			       "mod_install: 0, the same linkage again EEXIST (%d %d)",
			       m->first, m->again);
			KCHECK(c, m->rem == 0 && m->rem_again == EINVAL,
			       "mod_remove: 0, again EINVAL (%d %d)", m->rem,
			       m->rem_again);
			kfree(m);
		}
	}

	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0, 1, 0, 0,
			    SLEEP_FUNC, NULL);
	/* room behind it, so that looking at a foreign packet reads nothing wrong */
	foreign = kmem_zalloc(sizeof(*foreign) + 256, KM_SLEEP);
	KCHECK(c, pkt && scsi_pkt_allocated_correctly(pkt) &&
	       !scsi_pkt_allocated_correctly(foreign) &&
	       !scsi_pkt_allocated_correctly(NULL),
	       "scsi_pkt_allocated_correctly: 1 for scsi_init_pkt's, 0 otherwise");
	kmem_free(foreign, sizeof(*foreign) + 256);
	if (pkt)
		scsi_destroy_pkt(pkt);
	KCHECK(c, scsi_probe(sd, NULL_FUNC) == SCSIPROBE_EXISTS && sd->sd_inq &&
	       sd->sd_inq->inq_dtype == DTYPE_DIRECT,
	       "scsi_probe again: SCSIPROBE_EXISTS, sd_inq kept");
	scsi_unprobe(sd);
	KCHECK(c, scsi_probe(NULL, NULL_FUNC) == SCSIPROBE_FAILURE,
	       "scsi_probe(NULL): SCSIPROBE_FAILURE");
	return 0;
}

const struct ktest_case ktest_ddi_cases[] = {
	{ "ddi_softstate", t_softstate },
	{ "ddi_time", t_time },
	{ "ddi_timeout", t_timeout },
	{ "ddi_kmem", t_kmem },
	{ "ddi_mutex", t_mutex },
	{ "ddi_cv", t_cv },
	{ "ddi_buf", t_buf },
	{ "ddi_makecom", t_makecom },
	{ "ddi_sense", t_sense },
	{ "ddi_sense_real", t_sense_real },
	{ "ddi_names", t_names },
	{ "ddi_log", t_log },
	{ "ddi_dev", t_dev },
	{ }
};
