// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_ddi.c - the DDI substrate target drivers lean on: kmem, kmutex and
 * kcondvar, soft state, timeout, and the buf(9S) helpers.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include <linux/module.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>
#include <linux/kref.h>
#include "scsa_sol.h"

/* ---- kmem(9F) ---- */

static void *scsa_kmem(size_t size, int kmflag, bool zero)
{
	gfp_t gfp = (kmflag & KM_NOSLEEP) ? GFP_ATOMIC | __GFP_NOWARN :
					    GFP_NOIO;
	void *p;

	if (zero)
		gfp |= __GFP_ZERO;
	if (kmflag & KM_NOSLEEP)
		return kmalloc(size, gfp);
	if (!scsa_may_sleep()) {
		WARN_ONCE(1, "scsa_compat: KM_SLEEP allocation where sleeping is not allowed\n");
		return NULL;
	}
	/* KM_SLEEP never returns NULL (kmem_alloc(9F)) */
	while (!(p = kvmalloc(size, gfp | (size > PAGE_SIZE ? 0 : __GFP_NOFAIL))))
		msleep(10);
	return p;
}

/**
 * kmem_alloc() - allocate @size bytes.
 * @size:   bytes.
 * @kmflag: KM_SLEEP (may sleep, never NULL; I/O-safe GFP_NOIO) or
 *          KM_NOSLEEP (never sleeps, may return NULL).
 * Return: the memory, or NULL only with KM_NOSLEEP (or KM_SLEEP where
 * sleeping is not allowed, with a warning).  Context: KM_SLEEP: may sleep;
 * KM_NOSLEEP: any.  Source: kmem_alloc(9F).
 */
void *kmem_alloc(size_t size, int kmflag)
{
	return scsa_kmem(size, kmflag, false);
}
EXPORT_SYMBOL_GPL(kmem_alloc);

/**
 * kmem_zalloc() - as kmem_alloc(), zeroed.  Source: kmem_alloc(9F).
 */
void *kmem_zalloc(size_t size, int kmflag)
{
	return scsa_kmem(size, kmflag, true);
}
EXPORT_SYMBOL_GPL(kmem_zalloc);

/**
 * kmem_free() - free memory from kmem_alloc()/kmem_zalloc().
 * @buf: the memory (NULL ignored).  @size: its size (unused on Linux).
 * Context: any.  Source: kmem_alloc(9F).
 */
void kmem_free(void *buf, size_t size)
{
	kvfree(buf);
}
EXPORT_SYMBOL_GPL(kmem_free);

/* ---- kmutex_t, kcondvar_t ---- */

/**
 * scsa_mutex_init() - mutex_init(9F): initialise a kmutex_t.
 * @mp: the mutex.  @name, @type, @arg: accepted and ignored: every kmutex_t
 * may be taken in interrupt context (see <sys/ksynch.h>).  Context: any.
 */
void scsa_mutex_init(kmutex_t *mp, char *name, kmutex_type_t type, void *arg)
{
	spin_lock_init(&mp->m_lock);
	mp->m_owner = NULL;
}
EXPORT_SYMBOL_GPL(scsa_mutex_init);

/** scsa_mutex_destroy() - mutex_destroy(9F).  Context: any. */
void scsa_mutex_destroy(kmutex_t *mp)
{
	WARN_ON_ONCE(mp->m_owner);
}
EXPORT_SYMBOL_GPL(scsa_mutex_destroy);

/**
 * mutex_enter() - take @mp, spinning with interrupts off.
 * Context: any; the holder must not sleep.  Source: mutex(9F).
 */
void mutex_enter(kmutex_t *mp)
{
	unsigned long flags;

	spin_lock_irqsave(&mp->m_lock, flags);
	mp->m_flags = flags;
	mp->m_owner = current;
}
EXPORT_SYMBOL_GPL(mutex_enter);

/** mutex_exit() - release @mp.  Context: any.  Source: mutex(9F). */
void mutex_exit(kmutex_t *mp)
{
	unsigned long flags = mp->m_flags;

	mp->m_owner = NULL;
	spin_unlock_irqrestore(&mp->m_lock, flags);
}
EXPORT_SYMBOL_GPL(mutex_exit);

/**
 * mutex_tryenter() - take @mp if free.  Return: 1 taken, 0 not.
 * Context: any.  Source: mutex(9F).
 */
int mutex_tryenter(kmutex_t *mp)
{
	unsigned long flags;

	if (!spin_trylock_irqsave(&mp->m_lock, flags))
		return 0;
	mp->m_flags = flags;
	mp->m_owner = current;
	return 1;
}
EXPORT_SYMBOL_GPL(mutex_tryenter);

/**
 * mutex_owned() - does the caller hold @mp?  Deviation: in interrupt
 * context "the caller" is the interrupted task.  Source: mutex(9F).
 */
int mutex_owned(kmutex_t *mp)
{
	return spin_is_locked(&mp->m_lock) && mp->m_owner == current;
}
EXPORT_SYMBOL_GPL(mutex_owned);

/** cv_init() - initialise a condition variable.  Source: condvar(9F). */
void cv_init(kcondvar_t *cvp, char *name, kcv_type_t type, void *arg)
{
	init_waitqueue_head(&cvp->cv_wq);
	cvp->cv_seq = 0;
}
EXPORT_SYMBOL_GPL(cv_init);

/** cv_destroy() - nothing to free.  Source: condvar(9F). */
void cv_destroy(kcondvar_t *cvp)
{
	WARN_ON_ONCE(waitqueue_active(&cvp->cv_wq));
}
EXPORT_SYMBOL_GPL(cv_destroy);

static long scsa_cv_block(kcondvar_t *cvp, kmutex_t *mp, long timeout)
{
	unsigned long seq = cvp->cv_seq;
	DEFINE_WAIT(wait);

	prepare_to_wait(&cvp->cv_wq, &wait, TASK_UNINTERRUPTIBLE);
	mutex_exit(mp);
	if (READ_ONCE(cvp->cv_seq) == seq)
		timeout = schedule_timeout(timeout);
	finish_wait(&cvp->cv_wq, &wait);
	mutex_enter(mp);
	return timeout;
}

/**
 * cv_wait() - release @mp, sleep until signalled, retake @mp.
 * Context: may sleep (not with other locks held).  Source: condvar(9F).
 */
void cv_wait(kcondvar_t *cvp, kmutex_t *mp)
{
	scsa_cv_block(cvp, mp, MAX_SCHEDULE_TIMEOUT);
}
EXPORT_SYMBOL_GPL(cv_wait);

/**
 * cv_timedwait() - cv_wait() until @abstime (lbolt ticks, jiffies).
 * Return: -1 if the time passed, else a positive value.
 * Context: may sleep.  Source: condvar(9F).
 */
clock_t cv_timedwait(kcondvar_t *cvp, kmutex_t *mp, clock_t abstime)
{
	long left = (long)(abstime - (clock_t)jiffies);

	if (left <= 0)
		return -1;
	return scsa_cv_block(cvp, mp, left) ? 1 : -1;
}
EXPORT_SYMBOL_GPL(cv_timedwait);

/** cv_signal() - wake one waiter.  Context: any.  Source: condvar(9F). */
void cv_signal(kcondvar_t *cvp)
{
	WRITE_ONCE(cvp->cv_seq, cvp->cv_seq + 1);
	wake_up(&cvp->cv_wq);
}
EXPORT_SYMBOL_GPL(cv_signal);

/** cv_broadcast() - wake all waiters.  Context: any.  Source: condvar(9F). */
void cv_broadcast(kcondvar_t *cvp)
{
	WRITE_ONCE(cvp->cv_seq, cvp->cv_seq + 1);
	wake_up_all(&cvp->cv_wq);
}
EXPORT_SYMBOL_GPL(cv_broadcast);

/* ---- soft state ---- */

struct scsa_softstate {
	struct xarray items;
	size_t size;
};

/**
 * ddi_soft_state_init() - set up a soft state array of @size-byte items.
 * @state_p: receives the handle.  @n_items: a hint, unused.
 * Return: 0, EINVAL or ENOMEM.  Context: may sleep.
 * Source: ddi_soft_state(9F).
 */
int ddi_soft_state_init(void **state_p, size_t size, size_t n_items)
{
	struct scsa_softstate *ss;

	if (!state_p || !size)
		return EINVAL;
	ss = kzalloc(sizeof(*ss), GFP_KERNEL);
	if (!ss)
		return ENOMEM;
	xa_init(&ss->items);
	ss->size = size;
	*state_p = ss;
	return 0;
}
EXPORT_SYMBOL_GPL(ddi_soft_state_init);

/**
 * ddi_soft_state_zalloc() - allocate the zeroed item @item.
 * Return: DDI_SUCCESS, or DDI_FAILURE if it exists or memory is short.
 * Context: may sleep.  Source: ddi_soft_state(9F).
 */
int ddi_soft_state_zalloc(void *state, int item)
{
	struct scsa_softstate *ss = state;
	void *p;

	if (!ss || item < 0)
		return DDI_FAILURE;
	p = kzalloc(ss->size, GFP_KERNEL);
	if (!p)
		return DDI_FAILURE;
	if (xa_insert(&ss->items, item, p, GFP_KERNEL)) {
		kfree(p);
		return DDI_FAILURE;
	}
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(ddi_soft_state_zalloc);

/**
 * ddi_get_soft_state() - item @item, or NULL.  Context: any (lockless).
 * Source: ddi_soft_state(9F).
 */
void *ddi_get_soft_state(void *state, int item)
{
	struct scsa_softstate *ss = state;

	if (!ss || item < 0)
		return NULL;
	return xa_load(&ss->items, item);
}
EXPORT_SYMBOL_GPL(ddi_get_soft_state);

/** ddi_soft_state_free() - free item @item.  Source: ddi_soft_state(9F). */
void ddi_soft_state_free(void *state, int item)
{
	struct scsa_softstate *ss = state;

	if (ss && item >= 0)
		kfree(xa_erase(&ss->items, item));
}
EXPORT_SYMBOL_GPL(ddi_soft_state_free);

/**
 * ddi_soft_state_fini() - free the array and any items left.
 * Source: ddi_soft_state(9F).
 */
void ddi_soft_state_fini(void **state_p)
{
	struct scsa_softstate *ss;
	unsigned long i;
	void *p;

	if (!state_p || !*state_p)
		return;
	ss = *state_p;
	xa_for_each(&ss->items, i, p)
		kfree(p);
	xa_destroy(&ss->items);
	kfree(ss);
	*state_p = NULL;
}
EXPORT_SYMBOL_GPL(ddi_soft_state_fini);

/* ---- timeout(9F) ---- */

/*
 * Each timeout has two references: its id in scsa_timeouts (dropped by
 * whoever erases the id: the handler after it ran, or untimeout()) and
 * the pending work (dropped by the handler, or by untimeout() if it
 * cancelled the work before it ran).
 */
struct scsa_timeout {
	struct delayed_work dw;
	struct kref ref;
	u32 id;
	void (*func)(void *);
	void *arg;
};

static DEFINE_XARRAY_FLAGS(scsa_timeouts, XA_FLAGS_ALLOC1 | XA_FLAGS_LOCK_IRQ);
static u32 scsa_timeout_next;

static void scsa_timeout_release(struct kref *ref)
{
	kfree(container_of(ref, struct scsa_timeout, ref));
}

static void scsa_timeout_run(struct work_struct *w)
{
	struct scsa_timeout *t = container_of(to_delayed_work(w),
					      struct scsa_timeout, dw);

	local_bh_disable();
	t->func(t->arg);
	local_bh_enable();
	if (xa_cmpxchg_irq(&scsa_timeouts, t->id, t, NULL, 0) == t)
		kref_put(&t->ref, scsa_timeout_release);
	kref_put(&t->ref, scsa_timeout_release);
}

/**
 * timeout() - call @func(@arg) once, after @ticks clock ticks (jiffies).
 * Return: a non-zero id for untimeout(), or 0 if memory is short.  The
 * handler runs in a non-sleeping context.  Context: any.
 * Source: timeout(9F).
 */
timeout_id_t timeout(void (*func)(void *), void *arg, clock_t ticks)
{
	struct scsa_timeout *t = kzalloc(sizeof(*t), GFP_ATOMIC);
	unsigned long flags;
	int err;

	if (!t)
		return NULL;
	t->func = func;
	t->arg = arg;
	kref_init(&t->ref);
	kref_get(&t->ref);
	INIT_DELAYED_WORK(&t->dw, scsa_timeout_run);
	/* may be called with interrupts off: save and restore them */
	xa_lock_irqsave(&scsa_timeouts, flags);
	err = __xa_alloc_cyclic(&scsa_timeouts, &t->id, t, xa_limit_31b,
				&scsa_timeout_next, GFP_ATOMIC);
	xa_unlock_irqrestore(&scsa_timeouts, flags);
	if (err < 0) {
		kfree(t);
		return NULL;
	}
	queue_delayed_work(system_wq, &t->dw, ticks > 0 ? ticks : 0);
	return (timeout_id_t)(unsigned long)t->id;
}
EXPORT_SYMBOL_GPL(timeout);

/**
 * untimeout() - cancel a timeout; wait for a running handler to return.
 * @id: from timeout(); stale ids and 0 are ignored.
 * Return: ticks that were left, or -1 if the handler already ran.
 * Context: may sleep; never from the handler itself.
 * Source: untimeout(9F).
 */
clock_t untimeout(timeout_id_t id)
{
	struct scsa_timeout *t;
	clock_t left;

	t = xa_erase_irq(&scsa_timeouts, (unsigned long)id);
	if (!t)
		return -1;
	left = (clock_t)(t->dw.timer.expires - jiffies);
	if (cancel_delayed_work_sync(&t->dw)) {
		kref_put(&t->ref, scsa_timeout_release);	/* the work's */
		left = max_t(clock_t, left, 0);
	} else {
		left = -1;
	}
	kref_put(&t->ref, scsa_timeout_release);		/* the id's */
	return left;
}
EXPORT_SYMBOL_GPL(untimeout);

/** delay() - sleep @ticks jiffies.  Context: may sleep.  Source: delay(9F). */
void delay(clock_t ticks)
{
	if (ticks > 0)
		schedule_timeout_uninterruptible(ticks);
}
EXPORT_SYMBOL_GPL(delay);

/** drv_usectohz() - microseconds to ticks.  Source: drv_usectohz(9F). */
clock_t drv_usectohz(clock_t microsecs)
{
	return usecs_to_jiffies(microsecs);
}
EXPORT_SYMBOL_GPL(drv_usectohz);

/** drv_hztousec() - ticks to microseconds.  Source: drv_hztousec(9F). */
clock_t drv_hztousec(clock_t ticks)
{
	return jiffies_to_usecs(ticks);
}
EXPORT_SYMBOL_GPL(drv_hztousec);

/** ddi_get_lbolt() - ticks since boot.  Source: ddi_get_lbolt(9F). */
clock_t ddi_get_lbolt(void)
{
	return (clock_t)jiffies;
}
EXPORT_SYMBOL_GPL(ddi_get_lbolt);

int nulldev(void)
{
	return 0;
}
EXPORT_SYMBOL_GPL(nulldev);

int nodev(void)
{
	return ENXIO;
}
EXPORT_SYMBOL_GPL(nodev);

int ddi_quiesce_not_needed(dev_info_t *dip)
{
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(ddi_quiesce_not_needed);

/* ---- buf(9S) helpers ---- */

/**
 * bioinit() - initialise a buf.  Source: bioinit(9F).
 */
void bioinit(struct buf *bp)
{
	memset(bp, 0, sizeof(*bp));
	init_completion(&bp->b_io_done);
}
EXPORT_SYMBOL_GPL(bioinit);

/** biofini() - uninitialise a buf.  Source: biofini(9F). */
void biofini(struct buf *bp)
{
}
EXPORT_SYMBOL_GPL(biofini);

/**
 * getrbuf() - allocate a zeroed, initialised buf.
 * @sleepflag: KM_SLEEP or KM_NOSLEEP.
 * Return: the buf, or NULL (KM_NOSLEEP only).  Source: getrbuf(9F).
 */
struct buf *getrbuf(int sleepflag)
{
	struct buf *bp = kmem_alloc(sizeof(*bp), sleepflag);

	if (bp)
		bioinit(bp);
	return bp;
}
EXPORT_SYMBOL_GPL(getrbuf);

/** freerbuf() - free a buf from getrbuf().  Source: freerbuf(9F). */
void freerbuf(struct buf *bp)
{
	if (bp) {
		biofini(bp);
		kmem_free(bp, sizeof(*bp));
	}
}
EXPORT_SYMBOL_GPL(freerbuf);

/**
 * bioerror() - set b_error to @error and B_ERROR if non-zero, clear both
 * if zero.  Context: any.  Source: bioerror(9F).
 */
void bioerror(struct buf *bp, int error)
{
	if (!bp)
		return;
	bp->b_error = error;
	if (error)
		bp->b_flags |= B_ERROR;
	else
		bp->b_flags &= ~B_ERROR;
}
EXPORT_SYMBOL_GPL(bioerror);

/**
 * geterror() - 0 unless B_ERROR; then b_error, or EIO if that is 0.
 * Context: any.  Source: geterror(9F).
 */
int geterror(struct buf *bp)
{
	if (!bp || !(bp->b_flags & B_ERROR))
		return 0;
	return bp->b_error ?: EIO;
}
EXPORT_SYMBOL_GPL(geterror);

/**
 * biodone() - a transfer finished: call b_iodone if set, else mark the buf
 * B_DONE and wake biowait().  Context: any.  Source: biodone(9F).
 */
void biodone(struct buf *bp)
{
	int (*iodone)(struct buf *);

	if (!bp)
		return;
	iodone = bp->b_iodone;
	if (iodone) {
		bp->b_iodone = NULL;
		iodone(bp);
		return;
	}
	bp->b_flags |= B_DONE;
	complete(&bp->b_io_done);
}
EXPORT_SYMBOL_GPL(biodone);

/**
 * biowait() - wait for biodone().  Return: geterror(bp).
 * Context: may sleep.  Source: biowait(9F).
 */
int biowait(struct buf *bp)
{
	wait_for_completion_io(&bp->b_io_done);
	return geterror(bp);
}
EXPORT_SYMBOL_GPL(biowait);

/** bioreset() - make a used buf ready for another transfer. */
void bioreset(struct buf *bp)
{
	bp->b_flags &= ~(B_DONE | B_ERROR);
	bp->b_error = 0;
	bp->b_resid = 0;
	reinit_completion(&bp->b_io_done);
}
EXPORT_SYMBOL_GPL(bioreset);

/** clrbuf() - zero a buf's kernel data.  Source: clrbuf(9F). */
void clrbuf(struct buf *bp)
{
	if (bp && bp->b_un.b_addr && !(bp->b_flags & (B_PAGEIO | B_PHYS)))
		memset(bp->b_un.b_addr, 0, bp->b_bcount);
	if (bp)
		bp->b_resid = 0;
}
EXPORT_SYMBOL_GPL(clrbuf);
