// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_sync.c - scsa_ktest: Solaris execution contexts and the
 * synchronisation DDI (issue 11), on the real LUN.  A Solaris-style
 * driver's unit does what illumos st and sd do with their unit mutex:
 *
 *   sync_st         the st pattern: KM_SLEEP (st_update_error_stack),
 *                   delay, cv_wait on another variable and biowait while
 *                   holding the unit's adaptive mutex; the same mutex in
 *                   pkt_comp (held by the issuer across scsi_transport:
 *                   pkt_comp blocks on it), in a timeout() handler (with a
 *                   KM_SLEEP allocation there) and the next command issued
 *                   from pkt_comp, with scsi_init_pkt(NULL_FUNC) there
 *   sync_mutex      adaptive vs spin (DDI_INTR_PRI(12), MUTEX_SPIN):
 *                   mutex_owned/MUTEX_HELD/mutex_tryenter from another
 *                   thread, mutex_owner, the holder's context
 *   sync_atomic_bug KM_SLEEP, delay and an adaptive mutex_enter where Linux
 *                   cannot sleep: fail safe (memory, no sleep, the mutex
 *                   taken) and reported once; the guest finds the lines
 *   sync_cv         cv_wait_sig, cv_timedwait_sig, cv_reltimedwait(_sig):
 *                   signalled, timed out, a pending signal
 *   sync_rw         rwlock: shared readers, exclusive writer, writers
 *                   favoured, tryenter, tryupgrade, downgrade, the HELD
 *                   predicates, rw_read_locked
 *   sync_sema       sema_init/p/v/tryp/p_sig/destroy, SEMA_HELD
 *   sync_thread     thread_create (arg copy with len, &p0, TS_RUN,
 *                   minclsyspri/maxclsyspri), thread_exit
 *   sync_taskq      taskq_create/dispatch/wait/destroy: order of a single
 *                   thread, concurrency of several, TQ_NOSLEEP from atomic
 *                   context, taskq_member; ddi_taskq_* with suspend/resume
 *   sync_misc       the atomics at each width, gethrtime, ddi_get_lbolt64,
 *                   drv_usecwait, ddi_in_panic
 *   sync_stress <threads> <cmds> <seconds>
 *                   <threads> threads each pushing <cmds> READs through a
 *                   strategy routine and pkt_comp sharing one adaptive
 *                   mutex (at most <seconds>): no lost completion, counts
 *                   match
 *
 * Solaris side: DDI and SCSA calls for what is tested; Linux calls only for
 * scaffolding (kthreads for the test's own threads, signals, spinlocks to
 * make an atomic context).  Memory an unfinished callback may still touch
 * is leaked on purpose, never freed.
 */
#include "ktest_int.h"	/* first: see <scsa/scsa_prelude.h> */
#include <sys/ddi.h>
#include <sys/atomic.h>
#include <linux/kthread.h>
#include <linux/sched/signal.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <linux/completion.h>

/* ---- a unit with its adaptive mutex ---- */

struct ks_unit {
	struct ktest_ctx *c;
	kmutex_t mu;			/* the unit mutex (ST_MUTEX, SD_MUTEX) */
	kcondvar_t cv;			/* signalled under mu */
	kmutex_t mu2;			/* another variable's mutex */
	kcondvar_t cv2;
	int flag2;
	int comps, chain_left, chain_sent, chain_bad;
	int ctx_bad;			/* callbacks that ran where they may not block */
	int nofunc_ok, nofunc_bad;
	int to_calls, to_mem;
	struct scsi_pkt *pkt;
	struct buf *bp;
	char *mem;
};

static int ks_bsize(struct ktest_ctx *c)
{
	int bs = scsi_ifgetcap(ROUTE(c), "sector-size", 1);

	return bs >= 512 && bs <= 65536 ? bs : 512;
}

/* may block (adaptive mutex) here? */
static bool ks_thread_ctx(void)
{
	return !in_interrupt() && preemptible();
}

static struct ks_unit *ks_unit_new(struct ktest_ctx *c)
{
	struct ks_unit *u = kmem_zalloc(sizeof(*u), KM_SLEEP);

	u->c = c;
	mutex_init(&u->mu, NULL, MUTEX_DRIVER, NULL);
	cv_init(&u->cv, NULL, CV_DRIVER, NULL);
	mutex_init(&u->mu2, NULL, MUTEX_DRIVER, NULL);
	cv_init(&u->cv2, NULL, CV_DRIVER, NULL);
	return u;
}

static void ks_unit_free(struct ks_unit *u)
{
	mutex_destroy(&u->mu);
	cv_destroy(&u->cv);
	mutex_destroy(&u->mu2);
	cv_destroy(&u->cv2);
	kmem_free(u, sizeof(*u));
}

/* A timeout() handler signalling the other variable (not taking mu). */
static void ks_signal2(void *arg)
{
	struct ks_unit *u = arg;

	mutex_enter(&u->mu2);
	u->flag2 = 1;
	cv_signal(&u->cv2);
	mutex_exit(&u->mu2);
}

/* pkt_comp of the biowait case: biodone only. */
static void ks_bio_comp(struct scsi_pkt *pkt)
{
	struct buf *bp = (struct buf *)pkt->pkt_private;

	if (pkt->pkt_reason != CMD_CMPLT || (*pkt->pkt_scbp & STATUS_MASK))
		bioerror(bp, EIO);
	biodone(bp);
}

/*
 * pkt_comp of the chain: takes the unit mutex, counts, and while commands
 * are left issues the same packet again from here; a scsi_init_pkt() with
 * NULL_FUNC here must not sleep and may succeed.
 */
static void ks_chain_comp(struct scsi_pkt *pkt)
{
	struct ks_unit *u = (struct ks_unit *)pkt->pkt_private;
	struct scsi_pkt *np;
	bool again;

	if (!ks_thread_ctx())
		u->ctx_bad++;		/* before the mutex: may not block */
	mutex_enter(&u->mu);
	u->comps++;
	if (pkt->pkt_reason != CMD_CMPLT)
		u->chain_bad++;
	np = scsi_init_pkt(ROUTE(u->c), NULL, NULL, CDB_GROUP0, 1, 0, 0,
			   NULL_FUNC, NULL);
	if (np)
		u->nofunc_ok++;
	again = u->chain_left > 0;
	if (again) {
		u->chain_left--;
		u->chain_sent++;
	}
	mutex_exit(&u->mu);
	if (np)
		scsi_destroy_pkt(np);
	if (again && scsi_transport(pkt) == TRAN_ACCEPT)
		return;
	mutex_enter(&u->mu);
	if (again)
		u->chain_bad++;
	u->chain_left = -1;		/* the chain has ended */
	cv_broadcast(&u->cv);
	mutex_exit(&u->mu);
}

/* A timeout() handler taking the unit mutex and allocating KM_SLEEP. */
static void ks_to_handler(void *arg)
{
	struct ks_unit *u = arg;
	void *p;

	mutex_enter(&u->mu);
	if (!ks_thread_ctx())
		u->ctx_bad++;
	p = kmem_zalloc(8192, KM_SLEEP);	/* may sleep: we are a thread */
	if (p)
		u->to_mem++;
	kmem_free(p, 8192);
	u->to_calls++;
	cv_broadcast(&u->cv);
	mutex_exit(&u->mu);
}

static int t_sync_st(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_unit *u = ks_unit_new(c);
	struct buf *bp;
	char *mem, *p;
	clock_t deadline;
	int i, err, tran, chain = 32;

	KCHECK(c, !MUTEX_HELD(&u->mu), "a fresh mutex is not held");
	mutex_enter(&u->mu);
	KCHECK(c, MUTEX_HELD(&u->mu) && mutex_owner(&u->mu) == curthread,
	       "MUTEX_HELD and mutex_owner after mutex_enter");

	/* st_update_error_stack(): KM_SLEEP under ST_MUTEX */
	for (i = 0; i < 64; i++) {
		p = kmem_zalloc(i < 32 ? 256 : 65536, KM_SLEEP);
		if (!p)
			break;
		kmem_free(p, i < 32 ? 256 : 65536);
	}
	KCHECK(c, i == 64, "KM_SLEEP allocations (256 B, 64 KiB) under the adaptive mutex");
	delay(1);
	KCHECK(c, MUTEX_HELD(&u->mu), "delay(1) under the mutex: still held");

	/* cv_wait on another variable, signalled by a timeout() handler */
	mutex_enter(&u->mu2);
	KCHECK(c, timeout(ks_signal2, u, drv_usectohz(20000)) != 0,
	       "timeout() armed under two mutexes");
	while (!u->flag2)
		cv_wait(&u->cv2, &u->mu2);
	mutex_exit(&u->mu2);
	KCHECK(c, MUTEX_HELD(&u->mu) && u->flag2,
	       "cv_wait on another variable while holding the unit mutex");

	/* biowait under the mutex on a real READ whose pkt_comp biodone()s */
	bp = getrbuf(KM_SLEEP);
	mem = kmem_zalloc(ks_bsize(c), KM_SLEEP);
	bp->b_un.b_addr = mem;
	bp->b_bcount = ks_bsize(c);
	bp->b_flags = B_READ;
	u->pkt = scsi_init_pkt(ROUTE(c), NULL, bp, CDB_GROUP1,
			       sizeof(struct scsi_arq_status), 0, 0,
			       SLEEP_FUNC, NULL);
	KCHECK(c, u->pkt != NULL, "scsi_init_pkt(SLEEP_FUNC) under the mutex");
	if (!u->pkt) {
		mutex_exit(&u->mu);
		return 0;
	}
	makecom_g1(u->pkt, c->un->sd, 0, SCMD_READ_G1, 0, 1);
	u->pkt->pkt_comp = ks_bio_comp;
	u->pkt->pkt_private = (opaque_t)bp;
	u->pkt->pkt_time = 30;
	tran = scsi_transport(u->pkt);
	err = tran == TRAN_ACCEPT ? biowait(bp) : -1;
	KCHECK(c, tran == TRAN_ACCEPT && err == 0 && MUTEX_HELD(&u->mu),
	       "biowait under the mutex: READ done (transport %d, error %d)",
	       tran, err);

	/*
	 * The same packet, now a TEST UNIT READY chain whose pkt_comp takes
	 * the mutex -- which the issuer holds across scsi_transport(): the
	 * first pkt_comp blocks on it until cv_wait() below releases it.
	 */
	scsi_dmafree(u->pkt);
	memset(u->pkt->pkt_cdbp, 0, CDB_GROUP0);
	u->pkt->pkt_comp = ks_chain_comp;
	u->pkt->pkt_private = (opaque_t)u;
	u->chain_left = chain - 1;
	u->chain_sent = 1;
	tran = scsi_transport(u->pkt);
	KCHECK(c, tran == TRAN_ACCEPT, "TEST UNIT READY accepted with the mutex held (%d)",
	       tran);
	if (tran == TRAN_ACCEPT) {
		msleep(50);
		KCHECK(c, u->comps == 0,
		       "pkt_comp waits for the mutex the issuer holds (%d ran)",
		       u->comps);
		deadline = ddi_get_lbolt() + drv_usectohz(60 * 1000000);
		while (u->chain_left >= 0 &&
		       cv_timedwait(&u->cv, &u->mu, deadline) > 0)
			;
		KCHECK(c, u->chain_left < 0 && u->comps == chain &&
		       u->chain_sent == chain && !u->chain_bad,
		       "%d commands, each issued from the previous one's pkt_comp: %d completed, %d bad",
		       chain, u->comps, u->chain_bad);
		KCHECK(c, u->nofunc_ok > 0,
		       "scsi_init_pkt(NULL_FUNC) in pkt_comp: %d of %d returned a packet",
		       u->nofunc_ok, u->comps);
	}

	/* a timeout() handler taking the mutex, with KM_SLEEP inside */
	for (i = 0; i < 4; i++)
		timeout(ks_to_handler, u, i);
	deadline = ddi_get_lbolt() + drv_usectohz(10 * 1000000);
	while (u->to_calls < 4 && cv_timedwait(&u->cv, &u->mu, deadline) > 0)
		;
	KCHECK(c, u->to_calls == 4 && u->to_mem == 4,
	       "4 timeout() handlers took the mutex and allocated KM_SLEEP (%d, %d)",
	       u->to_calls, u->to_mem);
	KCHECK(c, u->ctx_bad == 0,
	       "pkt_comp and timeout() handlers ran in threads that may block (%d did not)",
	       u->ctx_bad);
	mutex_exit(&u->mu);
	KCHECK(c, !MUTEX_HELD(&u->mu), "not held after mutex_exit");

	if (u->chain_left < 0)
		scsi_destroy_pkt(u->pkt);
	freerbuf(bp);
	kmem_free(mem, ks_bsize(c));
	if (u->chain_left < 0 && u->to_calls == 4)
		ks_unit_free(u);	/* else leaked: a callback may still run */
	return 0;
}

/* ---- mutex(9F) kinds ---- */

struct ks_probe {
	kmutex_t *m;
	int owned, tried, owner_null;
	struct completion done;
};

static int ks_probe_fn(void *arg)
{
	struct ks_probe *p = arg;

	p->owned = mutex_owned(p->m);
	p->tried = mutex_tryenter(p->m);
	if (p->tried)
		mutex_exit(p->m);
	complete(&p->done);
	return 0;
}

static void ks_probe_other(struct ks_probe *p, kmutex_t *m)
{
	struct task_struct *t;

	p->m = m;
	init_completion(&p->done);
	t = kthread_run(ks_probe_fn, p, "ks_probe");
	if (IS_ERR(t)) {
		p->owned = p->tried = -1;
		return;
	}
	wait_for_completion(&p->done);
}

static int t_sync_mutex(struct ktest_ctx *c, int argc, char **argv)
{
	kmutex_t *a = kmem_zalloc(sizeof(*a), KM_SLEEP);
	kmutex_t *s = kmem_zalloc(sizeof(*s), KM_SLEEP);
	kmutex_t *s2 = kmem_zalloc(sizeof(*s2), KM_SLEEP);
	kmutex_t *lo = kmem_zalloc(sizeof(*lo), KM_SLEEP);
	struct ks_probe p;
	bool atomic_in;

	mutex_init(a, NULL, MUTEX_DEFAULT, NULL);
	mutex_init(s, NULL, MUTEX_DRIVER, DDI_INTR_PRI(12));
	mutex_init(s2, NULL, MUTEX_SPIN, NULL);
	mutex_init(lo, NULL, MUTEX_DRIVER, DDI_INTR_PRI(LOCK_LEVEL));

	mutex_enter(a);
	atomic_in = !preemptible();
	ks_probe_other(&p, a);
	KCHECK(c, !atomic_in && p.owned == 0 && p.tried == 0,
	       "adaptive (MUTEX_DEFAULT): holder may block; another thread: not owned, tryenter fails");
	mutex_exit(a);
	ks_probe_other(&p, a);
	KCHECK(c, p.owned == 0 && p.tried == 1,
	       "adaptive, released: another thread's tryenter succeeds");

	mutex_enter(lo);
	atomic_in = !preemptible();
	mutex_exit(lo);
	KCHECK(c, !atomic_in, "DDI_INTR_PRI(LOCK_LEVEL): adaptive");

	mutex_enter(s);
	atomic_in = !preemptible() && irqs_disabled();
	KCHECK(c, mutex_owned(s) && mutex_owner(s) == NULL,
	       "spin (DDI_INTR_PRI(12)): owned, mutex_owner() NULL");
	mutex_exit(s);
	KCHECK(c, atomic_in, "spin: held with interrupts off");
	mutex_enter(s2);
	atomic_in = !preemptible() && irqs_disabled();
	mutex_exit(s2);
	KCHECK(c, atomic_in, "MUTEX_SPIN: held with interrupts off");
	KCHECK(c, mutex_tryenter(s) == 1 && mutex_owned(s), "spin tryenter");
	mutex_exit(s);
	KCHECK(c, !mutex_owned(s) && !mutex_owned(a), "free mutexes are not owned");
	/* an adaptive mutex inside a spin mutex would be a bug; spin in adaptive is fine */
	mutex_enter(a);
	mutex_enter(s);
	KCHECK(c, mutex_owned(a) && mutex_owned(s), "spin mutex nested in an adaptive one");
	mutex_exit(s);
	mutex_exit(a);

	mutex_destroy(a);
	mutex_destroy(s);
	mutex_destroy(s2);
	mutex_destroy(lo);
	kmem_free(a, sizeof(*a));
	kmem_free(s, sizeof(*s));
	kmem_free(s2, sizeof(*s2));
	kmem_free(lo, sizeof(*lo));
	return 0;
}

/* ---- where Linux cannot sleep: reported once, failing safe ---- */

static noinline void *ks_kmsleep_atomic(spinlock_t *l)
{
	unsigned long flags;
	void *p;

	spin_lock_irqsave(l, flags);
	p = kmem_alloc(128, KM_SLEEP);
	spin_unlock_irqrestore(l, flags);
	return p;
}

static noinline __maybe_unused void ks_mutex_atomic(spinlock_t *l, kmutex_t *m,
						   int *ok)
{
	unsigned long flags;

	spin_lock_irqsave(l, flags);
	mutex_enter(m);
	*ok = mutex_owned(m);
	mutex_exit(m);
	spin_unlock_irqrestore(l, flags);
}

static noinline hrtime_t ks_delay_atomic(spinlock_t *l)
{
	unsigned long flags;
	hrtime_t t0;

	spin_lock_irqsave(l, flags);
	t0 = gethrtime();
	delay(drv_usectohz(10000));
	t0 = gethrtime() - t0;
	spin_unlock_irqrestore(l, flags);
	return t0;
}

static int t_sync_atomic_bug(struct ktest_ctx *c, int argc, char **argv)
{
	kmutex_t *m = kmem_zalloc(sizeof(*m), KM_SLEEP);
	spinlock_t lock;
	void *p, *q;
	hrtime_t took;
	int ok __maybe_unused = 0;

	spin_lock_init(&lock);
	p = ks_kmsleep_atomic(&lock);
	q = ks_kmsleep_atomic(&lock);	/* same caller: not reported again */
	KCHECK(c, p && q, "KM_SLEEP under a spinlock: memory without sleeping (fail safe)");
	kmem_free(p, 128);
	kmem_free(q, 128);
	mutex_init(m, NULL, MUTEX_DRIVER, NULL);
#ifdef CONFIG_PROVE_LOCKING
	/* lockdep reports it itself ("Invalid wait context") and stops */
	klog(c, "lockdep kernel: adaptive mutex_enter under a spinlock not tried");
#else
	ks_mutex_atomic(&lock, m, &ok);
	KCHECK(c, ok, "adaptive mutex_enter under a spinlock: taken by spinning (fail safe)");
#endif
	took = ks_delay_atomic(&lock);
	KCHECK(c, took >= MSEC2NSEC(9), "delay() under a spinlock busy-waits (%lld ns)",
	       took);
	mutex_destroy(m);
	kmem_free(m, sizeof(*m));
	return 0;
}

/* ---- condvar(9F): the _sig and relative forms ---- */

/*
 * A kernel thread that lets SIGUSR1 in (for a user process it would be
 * fatal at once) and waits in each _sig form in turn; the test sends it
 * the signal while it waits.  Phase 5 waits with the signal already
 * pending.
 */
struct ks_sig {
	struct ks_unit *u;
	ksema_t sem;
	atomic_t phase;
	long rv[6];
	int held[6];
	struct completion done;
};

static int ks_sig_fn(void *arg)
{
	struct ks_sig *k = arg;
	struct ks_unit *u = k->u;
	int ph;

	allow_signal(SIGUSR1);
	for (ph = 1; ph <= 5; ph++) {
		mutex_enter(&u->mu2);
		atomic_set(&k->phase, ph);
		if (ph == 5)
			send_sig(SIGUSR1, get_current(), 0);
		switch (ph) {
		case 1:
			k->rv[ph] = cv_wait_sig(&u->cv2, &u->mu2);
			break;
		case 2:
			k->rv[ph] = cv_timedwait_sig(&u->cv2, &u->mu2,
				ddi_get_lbolt() + drv_usectohz(10000000));
			break;
		case 3:
			k->rv[ph] = cv_reltimedwait_sig(&u->cv2, &u->mu2,
				drv_usectohz(10000000), TR_MILLISEC);
			break;
		case 4:
		case 5:
			mutex_exit(&u->mu2);
			k->rv[ph] = sema_p_sig(&k->sem);
			mutex_enter(&u->mu2);
			break;
		}
		k->held[ph] = MUTEX_HELD(&u->mu2);
		mutex_exit(&u->mu2);
		flush_signals(get_current());
	}
	complete(&k->done);
	return 0;
}

static void ks_sig_run(struct ktest_ctx *c, struct ks_unit *u)
{
	struct ks_sig *k = kmem_zalloc(sizeof(*k), KM_SLEEP);
	struct task_struct *t;
	int ph, i;

	k->u = u;
	sema_init(&k->sem, 0, NULL, SEMA_DRIVER, NULL);
	init_completion(&k->done);
	t = kthread_run(ks_sig_fn, k, "ks_sig");
	if (IS_ERR(t)) {
		KCHECK(c, 0, "a thread for the signal cases");
		return;
	}
	get_task_struct(t);
	for (ph = 1; ph <= 4; ph++) {
		for (i = 0; i < 1000 && atomic_read(&k->phase) < ph; i++)
			msleep(5);
		msleep(30);		/* let it block */
		send_sig(SIGUSR1, t, 0);
	}
	if (!wait_for_completion_timeout(&k->done, 30 * HZ)) {
		KCHECK(c, 0, "the signal thread finished (leaked)");
		return;
	}
	put_task_struct(t);
	KCHECK(c, k->rv[1] == 0 && k->held[1], "cv_wait_sig interrupted by a signal: 0, mutex held (%ld)",
	       k->rv[1]);
	KCHECK(c, k->rv[2] == 0 && k->held[2], "cv_timedwait_sig interrupted: 0 (%ld)", k->rv[2]);
	KCHECK(c, k->rv[3] == 0 && k->held[3], "cv_reltimedwait_sig interrupted: 0 (%ld)", k->rv[3]);
	KCHECK(c, k->rv[4] == 1, "sema_p_sig interrupted: 1, not taken (%ld)", k->rv[4]);
	KCHECK(c, k->rv[5] == 1, "sema_p_sig with a signal pending: 1 (%ld)", k->rv[5]);
	KCHECK(c, sema_tryp(&k->sem) == 0, "the semaphore was never taken");
	sema_destroy(&k->sem);
	kmem_free(k, sizeof(*k));
}

static int t_sync_cv(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_unit *u = ks_unit_new(c);
	clock_t r, t0;
	int rs;

	mutex_enter(&u->mu2);
	t0 = ddi_get_lbolt();
	r = cv_reltimedwait(&u->cv2, &u->mu2, drv_usectohz(50000), TR_CLOCK_TICK);
	KCHECK(c, r == -1 && ddi_get_lbolt() - t0 >= drv_usectohz(50000) &&
	       MUTEX_HELD(&u->mu2), "cv_reltimedwait: -1 after the time, mutex held again");
	KCHECK(c, cv_reltimedwait(&u->cv2, &u->mu2, 0, TR_CLOCK_TICK) == -1,
	       "cv_reltimedwait(0): -1 at once");
	u->flag2 = 0;
	timeout(ks_signal2, u, drv_usectohz(10000));
	r = 1;
	while (!u->flag2 && r > 0)
		r = cv_reltimedwait(&u->cv2, &u->mu2, drv_usectohz(5000000),
				    TR_MILLISEC);
	KCHECK(c, u->flag2 && r > 0, "cv_reltimedwait signalled: > 0 (%ld)", r);
	u->flag2 = 0;
	timeout(ks_signal2, u, drv_usectohz(10000));
	rs = 1;
	while (!u->flag2 && rs > 0)
		rs = cv_wait_sig(&u->cv2, &u->mu2);
	KCHECK(c, u->flag2 && rs > 0, "cv_wait_sig signalled: > 0 (%d)", rs);
	r = cv_timedwait_sig(&u->cv2, &u->mu2, ddi_get_lbolt() + drv_usectohz(20000));
	KCHECK(c, r == -1, "cv_timedwait_sig timed out: -1 (%ld)", r);
	r = cv_reltimedwait_sig(&u->cv2, &u->mu2, drv_usectohz(20000), TR_CLOCK_TICK);
	KCHECK(c, r == -1, "cv_reltimedwait_sig timed out: -1 (%ld)", r);

	mutex_exit(&u->mu2);
	delay(drv_usectohz(20000));	/* let the handlers finish */

	/* a signal to a waiting thread ends the _sig waits (kthread: not fatal) */
	ks_sig_run(c, u);
	ks_unit_free(u);
	return 0;
}

/* ---- rwlock(9F) ---- */

struct ks_rw {
	krwlock_t rw;
	krwlock_t *lock;	/* the one the thread takes */
	krw_t how;
	int got;
	struct completion started, done;
};

static int ks_rw_fn(void *arg)
{
	struct ks_rw *r = arg;

	complete(&r->started);
	rw_enter(r->lock, r->how);
	WRITE_ONCE(r->got, 1);
	rw_exit(r->lock);
	complete(&r->done);
	return 0;
}

static bool ks_rw_spawn(struct ks_rw *r, krw_t how)
{
	r->how = how;
	r->got = 0;
	init_completion(&r->started);
	init_completion(&r->done);
	if (IS_ERR(kthread_run(ks_rw_fn, r, "ks_rw")))
		return false;
	wait_for_completion(&r->started);
	msleep(30);
	return true;
}

static int t_sync_rw(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_rw *r = kmem_zalloc(sizeof(*r), KM_SLEEP);
	struct ks_rw *w = kmem_zalloc(sizeof(*w), KM_SLEEP);
	bool ok;

	rw_init(&r->rw, NULL, RW_DRIVER, NULL);
	r->lock = &r->rw;
	w->lock = &r->rw;
	KCHECK(c, !RW_LOCK_HELD(&r->rw) && !RW_READ_HELD(&r->rw) &&
	       !RW_WRITE_HELD(&r->rw), "a fresh rwlock is not held");

	rw_enter(&r->rw, RW_READER);
	ok = ks_rw_spawn(r, RW_READER) &&
	     wait_for_completion_timeout(&r->done, 5 * HZ) && r->got;
	KCHECK(c, ok, "two readers at once");
	KCHECK(c, RW_READ_HELD(&r->rw) && RW_LOCK_HELD(&r->rw) &&
	       !RW_WRITE_HELD(&r->rw) && rw_read_locked(&r->rw) &&
	       !RW_ISWRITER(&r->rw), "read-held: the predicates");
	KCHECK(c, rw_tryenter(&r->rw, RW_READER) == 1, "rw_tryenter(RW_READER) beside a reader");
	KCHECK(c, rw_tryupgrade(&r->rw) == 0, "rw_tryupgrade fails with two readers");
	rw_exit(&r->rw);
	KCHECK(c, rw_tryenter(&r->rw, RW_WRITER) == 0, "rw_tryenter(RW_WRITER) fails beside a reader");

	/* a writer waits for the reader; a new reader waits behind the writer */
	if (ks_rw_spawn(w, RW_WRITER)) {
		KCHECK(c, !w->got, "a writer waits while a reader holds the lock");
		KCHECK(c, rw_tryenter(&r->rw, RW_READER) == 0,
		       "rw_tryenter(RW_READER) fails while a writer waits (writers favoured)");
		KCHECK(c, rw_tryupgrade(&r->rw) == 0,
		       "rw_tryupgrade fails while a writer waits");
		rw_exit(&r->rw);
		KCHECK(c, wait_for_completion_timeout(&w->done, 5 * HZ) && w->got,
		       "the writer gets the lock when the reader leaves");
	} else {
		rw_exit(&r->rw);
	}
	KCHECK(c, !RW_LOCK_HELD(&r->rw), "free again");

	rw_enter(&r->rw, RW_READER);
	KCHECK(c, rw_tryupgrade(&r->rw) == 1 && RW_WRITE_HELD(&r->rw) &&
	       RW_ISWRITER(&r->rw) && !rw_read_locked(&r->rw) &&
	       rw_owner(&r->rw) == curthread,
	       "rw_tryupgrade of the only reader: now the writer");
	ok = ks_rw_spawn(r, RW_READER);
	KCHECK(c, ok && !r->got, "a reader waits while the writer holds the lock");
	rw_downgrade(&r->rw);
	KCHECK(c, RW_READ_HELD(&r->rw) && !RW_WRITE_HELD(&r->rw),
	       "rw_downgrade: read-held");
	KCHECK(c, ok && wait_for_completion_timeout(&r->done, 5 * HZ) && r->got,
	       "the waiting reader enters after rw_downgrade");
	rw_exit(&r->rw);
	rw_enter(&r->rw, RW_WRITER);
	KCHECK(c, RW_WRITE_HELD(&r->rw) && rw_tryenter(&r->rw, RW_READER) == 0,
	       "write-held: rw_tryenter(RW_READER) fails");
	rw_exit(&r->rw);
	KCHECK(c, rw_tryenter(&r->rw, RW_WRITER) == 1, "rw_tryenter(RW_WRITER) of a free lock");
	rw_exit(&r->rw);
	rw_destroy(&r->rw);
	kmem_free(r, sizeof(*r));
	kmem_free(w, sizeof(*w));
	return 0;
}

/* ---- semaphore(9F) ---- */

struct ks_sem {
	ksema_t s;
	int got;
	struct completion done;
};

static int ks_sema_fn(void *arg)
{
	struct ks_sem *s = arg;

	sema_p(&s->s);
	WRITE_ONCE(s->got, 1);
	complete(&s->done);
	return 0;
}

static int t_sync_sema(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_sem *s = kmem_zalloc(sizeof(*s), KM_SLEEP);

	sema_init(&s->s, 2, NULL, SEMA_DRIVER, NULL);
	KCHECK(c, !SEMA_HELD(&s->s), "count 2: not held");
	KCHECK(c, sema_tryp(&s->s) == 1 && sema_tryp(&s->s) == 1,
	       "sema_tryp twice on a count of 2");
	KCHECK(c, sema_tryp(&s->s) == 0 && SEMA_HELD(&s->s), "a third sema_tryp fails; held");
	init_completion(&s->done);
	if (!IS_ERR(kthread_run(ks_sema_fn, s, "ks_sema"))) {
		KCHECK(c, !wait_for_completion_timeout(&s->done, HZ / 20),
		       "sema_p waits at count 0");
		sema_v(&s->s);
		KCHECK(c, wait_for_completion_timeout(&s->done, 5 * HZ) && s->got,
		       "sema_v wakes the waiter");
	}
	sema_v(&s->s);
	KCHECK(c, sema_p_sig(&s->s) == 0, "sema_p_sig at count 1: 0, taken");
	sema_v(&s->s);
	sema_p(&s->s);
	KCHECK(c, SEMA_HELD(&s->s), "sema_p took the last count");
	sema_v(&s->s);
	sema_v(&s->s);
	sema_destroy(&s->s);
	kmem_free(s, sizeof(*s));
	return 0;
}

/* ---- thread_create ---- */

struct ks_targ {
	struct ks_unit *u;
	int value;
	int *seen;
	int *nice;
	bool do_exit;
};

static void ks_thread_fn(void *arg)
{
	struct ks_targ *a = arg;	/* the thread's own copy (len given) */
	struct ks_unit *u = a->u;

	mutex_enter(&u->mu);
	*a->seen = a->value;
	*a->nice = task_nice(curthread);
	u->comps++;
	cv_broadcast(&u->cv);
	mutex_exit(&u->mu);
	if (a->do_exit)
		thread_exit();
}

static int t_sync_thread(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_unit *u = ks_unit_new(c);
	struct ks_targ a = { .u = u };
	int seen[2] = { 0, 0 }, nice[2] = { 99, 99 };
	kthread_t *t1, *t2;
	clock_t deadline;

	a.value = 1111;
	a.seen = &seen[0];
	a.nice = &nice[0];
	t1 = thread_create(NULL, 0, ks_thread_fn, &a, sizeof(a), &p0, TS_RUN,
			   minclsyspri);
	a.value = 2222;			/* the first thread has its own copy */
	a.seen = &seen[1];
	a.nice = &nice[1];
	a.do_exit = true;
	t2 = thread_create(NULL, 0, ks_thread_fn, &a, sizeof(a), &p0, TS_RUN,
			   maxclsyspri);
	KCHECK(c, t1 && t2 && t1 != curthread, "thread_create twice");
	mutex_enter(&u->mu);
	deadline = ddi_get_lbolt() + drv_usectohz(10 * 1000000);
	while (u->comps < (t1 != NULL) + (t2 != NULL) &&
	       cv_timedwait(&u->cv, &u->mu, deadline) > 0)
		;
	mutex_exit(&u->mu);
	KCHECK(c, seen[0] == 1111 && seen[1] == 2222,
	       "each thread got its copy of the argument (%d, %d)", seen[0], seen[1]);
	KCHECK(c, nice[0] == 0 && nice[1] == -20,
	       "minclsyspri runs at nice 0, maxclsyspri at -20 (%d, %d)",
	       nice[0], nice[1]);
	KCHECK(c, thread_create((caddr_t)&a, 0, ks_thread_fn, &a, 0, &p0,
				TS_RUN, minclsyspri) == NULL,
	       "thread_create with a caller's stack: NULL");
	delay(drv_usectohz(20000));	/* let both threads end */
	ks_unit_free(u);
	return 0;
}

/* ---- taskq ---- */

#define KS_TQ_N	200

struct ks_tq {
	struct ks_unit *u;
	taskq_t *tq;
	int order[KS_TQ_N];
	atomic_t next, running, maxrun, member;
	ksema_t gate;
	int gated;
};

struct ks_task {
	struct ks_tq *q;
	int i;
};

static struct ks_task ks_tasks[KS_TQ_N];

static void ks_task_order(void *arg)
{
	struct ks_task *t = arg;

	t->q->order[atomic_inc_return(&t->q->next) - 1] = t->i;
	if (taskq_member(t->q->tq, curthread))
		atomic_inc(&t->q->member);
}

static void ks_task_gate(void *arg)
{
	struct ks_tq *q = arg;
	int n = atomic_inc_return(&q->running), m;

	while ((m = atomic_read(&q->maxrun)) < n &&
	       atomic_cmpxchg(&q->maxrun, m, n) != m)
		;
	if (q->gated)
		sema_p(&q->gate);
	atomic_dec(&q->running);
	atomic_inc(&q->next);
}

static int t_sync_taskq(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_tq *q = kmem_zalloc(sizeof(*q), KM_SLEEP);
	ddi_taskq_t *dq;
	unsigned long flags;
	spinlock_t lock;
	taskqid_t id;
	int i, inorder = 0, ok = 1;

	spin_lock_init(&lock);
	q->tq = taskq_create("ks_tq1", 1, minclsyspri, 1, 4, TASKQ_PREPOPULATE);
	KCHECK(c, q->tq != NULL, "taskq_create with one thread");
	if (!q->tq)
		return 0;
	for (i = 0; i < KS_TQ_N; i++) {
		ks_tasks[i].q = q;
		ks_tasks[i].i = i;
		if (i & 1) {
			spin_lock_irqsave(&lock, flags);
			id = taskq_dispatch(q->tq, ks_task_order, &ks_tasks[i],
					    TQ_NOSLEEP);
			spin_unlock_irqrestore(&lock, flags);
		} else {
			id = taskq_dispatch(q->tq, ks_task_order, &ks_tasks[i],
					    TQ_SLEEP);
		}
		if (!id)
			ok = 0;
	}
	taskq_wait(q->tq);
	for (i = 0; i < KS_TQ_N; i++)
		inorder += q->order[i] == i;
	KCHECK(c, ok && atomic_read(&q->next) == KS_TQ_N && inorder == KS_TQ_N,
	       "%d tasks (TQ_SLEEP, and TQ_NOSLEEP under a spinlock) ran by taskq_wait(), %d in dispatch order",
	       atomic_read(&q->next), inorder);
	KCHECK(c, atomic_read(&q->member) == KS_TQ_N && !taskq_member(q->tq, curthread),
	       "taskq_member: true in its tasks, false outside");
	KCHECK(c, taskq_dispatch(q->tq, ks_task_order, &ks_tasks[0], TQ_NOALLOC) == 0,
	       "TQ_NOALLOC: 0 (not queued)");
	taskq_destroy(q->tq);

	/* several threads: tasks run at once */
	q->tq = taskq_create("ks_tq4", 4, maxclsyspri, 4, 4, 0);
	sema_init(&q->gate, 0, NULL, SEMA_DRIVER, NULL);
	q->gated = 1;
	atomic_set(&q->next, 0);
	for (i = 0; i < 4 && q->tq; i++)
		taskq_dispatch(q->tq, ks_task_gate, q, TQ_SLEEP);
	for (i = 0; i < 100 && atomic_read(&q->running) < 4; i++)
		delay(drv_usectohz(10000));
	KCHECK(c, atomic_read(&q->maxrun) >= 2,
	       "a 4-thread taskq runs tasks at once (%d)", atomic_read(&q->maxrun));
	for (i = 0; i < 4; i++)
		sema_v(&q->gate);
	taskq_destroy(q->tq);
	KCHECK(c, atomic_read(&q->next) == 4, "taskq_destroy after every task ran");

	/* ddi_taskq with suspend/resume */
	q->gated = 0;
	atomic_set(&q->next, 0);
	dq = ddi_taskq_create(c->un->dip, "ks_dtq", 1, TASKQ_DEFAULTPRI, 0);
	KCHECK(c, dq != NULL, "ddi_taskq_create");
	if (!dq)
		return 0;
	KCHECK(c, ddi_taskq_dispatch(dq, ks_task_gate, q, DDI_SLEEP) == DDI_SUCCESS,
	       "ddi_taskq_dispatch(DDI_SLEEP)");
	ddi_taskq_wait(dq);
	KCHECK(c, atomic_read(&q->next) == 1 && !ddi_taskq_suspended(dq),
	       "ddi_taskq_wait: the task ran");
	ddi_taskq_suspend(dq);
	KCHECK(c, ddi_taskq_suspended(dq) == B_TRUE, "ddi_taskq_suspended after suspend");
	spin_lock_irqsave(&lock, flags);
	i = ddi_taskq_dispatch(dq, ks_task_gate, q, DDI_NOSLEEP);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, i == DDI_SUCCESS, "ddi_taskq_dispatch(DDI_NOSLEEP) under a spinlock");
	delay(drv_usectohz(50000));
	KCHECK(c, atomic_read(&q->next) == 1, "a suspended taskq holds its task back");
	ddi_taskq_resume(dq);
	ddi_taskq_wait(dq);
	KCHECK(c, atomic_read(&q->next) == 2 && !ddi_taskq_suspended(dq),
	       "ddi_taskq_resume: the task ran");
	ddi_taskq_destroy(dq);
	kmem_free(q, sizeof(*q));
	return 0;
}

/* ---- atomics, clocks ---- */

static int t_sync_misc(struct ktest_ctx *c, int argc, char **argv)
{
	volatile uint8_t u8 = 250;
	volatile uint16_t u16 = 65535;
	volatile uint32_t u32 = 7;
	volatile uint64_t u64 = 0xffffffffULL;
	volatile ulong_t ul = 0;
	volatile uint_t ui = 5;
	char buf[16];
	void *volatile ptr = &buf[0];
	hrtime_t t0, t1;
	int64_t lb;

	atomic_add_8(&u8, 10);
	KCHECK(c, u8 == 4, "atomic_add_8 wraps at 8 bits (%u)", u8);
	KCHECK(c, atomic_inc_16_nv(&u16) == 0 && atomic_dec_16_nv(&u16) == 65535,
	       "atomic_inc_16_nv/dec_16_nv wrap at 16 bits");
	KCHECK(c, atomic_cas_32(&u32, 7, 9) == 7 && u32 == 9 &&
	       atomic_cas_32(&u32, 7, 11) == 9 && u32 == 9,
	       "atomic_cas_32 returns the old value, swaps only on a match");
	atomic_inc_64(&u64);
	KCHECK(c, u64 == 0x100000000ULL && atomic_add_64_nv(&u64, -1) == 0xffffffffULL,
	       "atomic_inc_64 carries past 32 bits; atomic_add_64_nv with a negative delta");
	atomic_or_ulong(&ul, 0x5);
	KCHECK(c, atomic_and_ulong_nv(&ul, 0x4) == 0x4 && atomic_or_32_nv(&u32, 0x10) == 0x19,
	       "atomic_or/and (_nv)");
	KCHECK(c, atomic_swap_uint(&ui, 8) == 5 && ui == 8 && atomic_add_int_nv(&ui, -3) == 5,
	       "atomic_swap_uint, atomic_add_int_nv");
	KCHECK(c, atomic_add_ptr_nv(&ptr, 3) == &buf[3] &&
	       atomic_cas_ptr(&ptr, &buf[3], &buf[1]) == &buf[3] && ptr == &buf[1],
	       "atomic_add_ptr_nv in bytes, atomic_cas_ptr");
	KCHECK(c, atomic_set_long_excl(&ul, 0) == 0 && atomic_set_long_excl(&ul, 0) == -1 &&
	       atomic_clear_long_excl(&ul, 0) == 0 && atomic_clear_long_excl(&ul, 0) == -1,
	       "atomic_set_long_excl/atomic_clear_long_excl: 0, then -1");
	KCHECK(c, sizeof(atomic_add_64_nv(&u64, 0)) == 8 &&
	       sizeof(atomic_add_32_nv(&u32, 0)) == 4 &&
	       sizeof(atomic_add_16_nv(&u16, 0)) == 2 &&
	       sizeof(atomic_add_8_nv(&u8, 0)) == 1, "result widths");

	t0 = gethrtime();
	drv_usecwait(3000);
	t1 = gethrtime();
	KCHECK(c, t1 - t0 >= USEC2NSEC(3000), "drv_usecwait(3000) waits >= 3 ms (%lld ns)",
	       t1 - t0);
	lb = ddi_get_lbolt64();
	delay(2);
	KCHECK(c, ddi_get_lbolt64() - lb >= 2 && (clock_t)lb - ddi_get_lbolt() <= 0,
	       "ddi_get_lbolt64 advances with ddi_get_lbolt");
	KCHECK(c, gethrtime() > t1, "gethrtime is monotonic");
	KCHECK(c, ddi_in_panic() == 0, "ddi_in_panic: 0");
	return 0;
}

/* ---- stress: strategy and pkt_comp share the unit mutex ---- */

struct ks_stress {
	struct ktest_ctx *c;
	kmutex_t mu;
	kcondvar_t cv;
	long issued, completed, bad, busy;
	int running, cmds;
	hrtime_t end;
};

struct ks_sthread {
	struct ks_stress *s;
	struct buf *bp;
	struct scsi_pkt *pkt;
	char *mem;
	long done;
};

static void ks_stress_comp(struct scsi_pkt *pkt)
{
	struct ks_sthread *t = (struct ks_sthread *)pkt->pkt_private;
	struct ks_stress *s = t->s;

	mutex_enter(&s->mu);
	s->completed++;
	if (pkt->pkt_reason != CMD_CMPLT || (*pkt->pkt_scbp & STATUS_MASK))
		s->bad++;
	mutex_exit(&s->mu);
	biodone(t->bp);
}

/* The strategy routine: count under the unit mutex, send, as sd does. */
static int ks_stress_strategy(struct ks_sthread *t)
{
	struct ks_stress *s = t->s;
	int tran;

	mutex_enter(&s->mu);
	s->issued++;
	mutex_exit(&s->mu);
	for (;;) {
		tran = scsi_transport(t->pkt);
		if (tran != TRAN_BUSY)
			break;
		mutex_enter(&s->mu);
		s->busy++;
		mutex_exit(&s->mu);
		delay(1);
	}
	if (tran != TRAN_ACCEPT) {
		mutex_enter(&s->mu);
		s->issued--;
		s->bad++;
		mutex_exit(&s->mu);
		return -1;
	}
	return 0;
}

static void ks_stress_thread(void *arg)
{
	struct ks_sthread *t = arg;
	struct ks_stress *s = t->s;
	int i;

	for (i = 0; i < s->cmds && gethrtime() < s->end; i++) {
		bioreset(t->bp);
		t->bp->b_flags = B_READ;
		if (ks_stress_strategy(t))
			break;
		if (biowait(t->bp))
			break;
		t->done++;
	}
	mutex_enter(&s->mu);
	s->running--;
	cv_broadcast(&s->cv);
	mutex_exit(&s->mu);
}

static int t_sync_stress(struct ktest_ctx *c, int argc, char **argv)
{
	struct ks_stress *s;
	struct ks_sthread *t;
	unsigned int nthr, cmds, secs;
	long done = 0;
	int i, started = 0, bs = ks_bsize(c);
	bool hung = false;
	clock_t deadline;

	if (argc < 3 || kstrtouint(argv[0], 0, &nthr) || !nthr || nthr > 64 ||
	    kstrtouint(argv[1], 0, &cmds) || kstrtouint(argv[2], 0, &secs))
		return -EINVAL;
	s = kmem_zalloc(sizeof(*s), KM_SLEEP);
	t = kmem_zalloc(nthr * sizeof(*t), KM_SLEEP);
	s->c = c;
	s->cmds = cmds;
	s->end = gethrtime() + SEC2NSEC(secs);
	mutex_init(&s->mu, NULL, MUTEX_DRIVER, NULL);
	cv_init(&s->cv, NULL, CV_DRIVER, NULL);
	for (i = 0; i < nthr; i++) {
		t[i].s = s;
		t[i].bp = getrbuf(KM_SLEEP);
		t[i].mem = kmem_zalloc(bs, KM_SLEEP);
		t[i].bp->b_un.b_addr = t[i].mem;
		t[i].bp->b_bcount = bs;
		t[i].bp->b_flags = B_READ;
		t[i].pkt = scsi_init_pkt(ROUTE(c), NULL, t[i].bp, CDB_GROUP1,
					 sizeof(struct scsi_arq_status), 0, 0,
					 SLEEP_FUNC, NULL);
		if (!t[i].pkt)
			break;
		makecom_g1(t[i].pkt, c->un->sd, 0, SCMD_READ_G1, i, 1);
		t[i].pkt->pkt_comp = ks_stress_comp;
		t[i].pkt->pkt_private = (opaque_t)&t[i];
		t[i].pkt->pkt_time = 30;
	}
	KCHECK(c, i == nthr, "%u packets of one %d-byte READ each", nthr, bs);
	mutex_enter(&s->mu);
	for (i = 0; i < nthr && t[i].pkt; i++) {
		if (!thread_create(NULL, 0, ks_stress_thread, &t[i], 0, &p0,
				   TS_RUN, minclsyspri))
			break;
		s->running++;
		started++;
	}
	deadline = ddi_get_lbolt() + drv_usectohz((secs + 60) * 1000000ULL);
	while (s->running > 0 && cv_timedwait(&s->cv, &s->mu, deadline) > 0)
		;
	hung = s->running > 0;
	mutex_exit(&s->mu);
	KCHECK(c, started == nthr && !hung, "%d threads started, all finished (%d still running)",
	       started, s->running);
	for (i = 0; i < nthr; i++)
		done += t[i].done;
	klog(c, "stress: %d threads, %ld commands in at most %u s (%u per thread asked), %ld TRAN_BUSY retries",
	     started, done, secs, cmds, s->busy);
	KCHECK(c, s->issued == s->completed && s->completed == done && !s->bad,
	       "no lost completion: issued %ld, completed %ld, waited for %ld, bad %ld",
	       s->issued, s->completed, done, s->bad);
	if (hung)
		return 0;	/* leaked: threads may still run */
	for (i = 0; i < nthr; i++) {
		if (t[i].pkt)
			scsi_destroy_pkt(t[i].pkt);
		freerbuf(t[i].bp);
		kmem_free(t[i].mem, bs);
	}
	mutex_destroy(&s->mu);
	cv_destroy(&s->cv);
	kmem_free(t, nthr * sizeof(*t));
	kmem_free(s, sizeof(*s));
	return 0;
}

const struct ktest_case ktest_sync_cases[] = {
	{ "sync_st", t_sync_st },
	{ "sync_mutex", t_sync_mutex },
	{ "sync_atomic_bug", t_sync_atomic_bug },
	{ "sync_cv", t_sync_cv },
	{ "sync_rw", t_sync_rw },
	{ "sync_sema", t_sync_sema },
	{ "sync_thread", t_sync_thread },
	{ "sync_taskq", t_sync_taskq },
	{ "sync_misc", t_sync_misc },
	{ "sync_stress", t_sync_stress },
	{ }
};
