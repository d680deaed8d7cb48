// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_ddi.c - the DDI substrate target drivers lean on: kmem, soft state,
 * timeout, the buf(9S) helpers with bp_mapin(9F), and
 * ddi_copyin(9F)/ddi_copyout(9F).  The synchronisation DDI (kmutex_t,
 * kcondvar_t, ...) is in scsa_sync.c.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
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
#include <linux/wait_bit.h>
#include <linux/limits.h>
#include <linux/uaccess.h>
#include <linux/bvec.h>

/* ---- kmem(9F) ---- */

static void *scsa_kmem(size_t size, int kmflag, bool zero,
		       unsigned long caller)
{
	gfp_t gfp = (kmflag & KM_NOSLEEP) ? GFP_ATOMIC | __GFP_NOWARN :
					    GFP_NOIO;
	void *p;

	/* kmem_alloc(0, flag) always returns NULL (kmem_alloc(9F) NOTES) */
	if (!size)
		return NULL;
	if (zero)
		gfp |= __GFP_ZERO;
	if (kmflag & KM_NOSLEEP)
		return kmalloc(size, gfp);
	if (unlikely(!scsa_may_sleep())) {
		/* a driver bug: report it, then fail safe -- do not sleep */
		scsa_sleep_bug("KM_SLEEP allocation", caller);
		return kmalloc(size, (gfp & __GFP_ZERO) | GFP_ATOMIC |
			       __GFP_NOWARN);
	}
	/* KM_SLEEP never returns NULL (kmem_alloc(9F)) */
	while (!(p = kvmalloc(size, gfp | (size > PAGE_SIZE ? 0 : __GFP_NOFAIL))))
		msleep(10);
	return p;
}

/**
 * kmem_alloc() - allocate @size bytes.
 * @size:   size of the allocation, in bytes.
 * @kmflag: KM_SLEEP (may sleep, never NULL; I/O-safe GFP_NOIO, retried
 *          every 10 ms until it succeeds) or KM_NOSLEEP (never sleeps,
 *          may return NULL).  Any flag word with the KM_NOSLEEP bit
 *          (KM_NOSLEEP_LAZY) is KM_NOSLEEP; KM_PUSHPAGE alone is KM_SLEEP.
 *
 * The memory is not zeroed.  KM_SLEEP memory larger than PAGE_SIZE may
 * come from vmalloc (virtually contiguous only); KM_NOSLEEP memory is
 * always kmalloc memory.  Source: kmem_alloc(9F).
 *
 * Context: KM_SLEEP: thread context where sleeping is allowed -- process
 * context, also with adaptive kmutex_t held (illumos st.c allocates under
 * its ST_MUTEX), timeout() handlers, runout callbacks, taskq functions,
 * strategy(9E).  Where Linux cannot sleep (hard IRQ, a spin mutex or
 * other spinlock held) that is a driver bug: it is reported once for the
 * caller and the allocation is tried without sleeping from the atomic
 * reserves instead.  KM_NOSLEEP: any, including interrupt context.
 * Return: the memory; NULL if @size is 0 (always, as on Solaris), or with
 * KM_NOSLEEP when memory is short.  KM_SLEEP never returns NULL where it
 * may sleep; in the reported driver-bug case it may, if the atomic
 * reserves are exhausted.  There is no error code.
 */
void *kmem_alloc(size_t size, int kmflag)
{
	return scsa_kmem(size, kmflag, false, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_kmem_alloc);

/**
 * kmem_zalloc() - allocate @size bytes of zeroed memory.
 * @size:   size of the allocation, in bytes.
 * @kmflag: KM_SLEEP or KM_NOSLEEP, exactly as for kmem_alloc().
 *
 * As kmem_alloc(), but the memory is zeroed.  Source: kmem_alloc(9F).
 *
 * Context: as kmem_alloc(): KM_SLEEP where sleeping is allowed (with
 * adaptive mutexes held too; elsewhere reported once and tried without
 * sleeping); KM_NOSLEEP: any, including interrupt context.
 * Return: the zeroed memory; NULL if @size is 0, or with KM_NOSLEEP when
 * memory is short (KM_SLEEP: as kmem_alloc()).
 */
void *kmem_zalloc(size_t size, int kmflag)
{
	return scsa_kmem(size, kmflag, true, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_kmem_zalloc);

/**
 * kmem_free() - free memory from kmem_alloc()/kmem_zalloc().
 * @buf:  the memory; NULL is ignored (kmem_free(NULL, 0) is legal).
 * @size: its size in bytes, as allocated; unused on Linux (kvfree()).
 *
 * Source: kmem_alloc(9F).
 *
 * Context: any but NMI, for memory of at most PAGE_SIZE bytes.  Larger
 * KM_SLEEP memory may be vmalloc memory, whose freeing may sleep: free it
 * in thread context (adaptive kmutex_t held or not), or in interrupt
 * context (where kvfree() defers the work).
 */
void kmem_free(void *buf, size_t size)
{
	kvfree(buf);
}
EXPORT_SYMBOL_GPL(scsa_kmem_free);

/* ---- soft state ---- */

struct scsa_softstate {
	struct xarray items;
	size_t size;
};

/**
 * ddi_soft_state_init() - set up a soft state array of @size-byte items.
 * @state_p: receives the handle, for the other ddi_soft_state functions.
 * @size:    size of each item, in bytes; non-zero.
 * @n_items: the expected number of items, a hint: unused (the array
 *           grows as needed).
 *
 * Source: ddi_soft_state(9F).
 *
 * Context: process; may sleep.
 * Return: 0; EINVAL if @state_p is NULL or @size is 0; ENOMEM if memory
 * is short.  Positive errno values, as on Solaris.
 */
int ddi_soft_state_init(void **state_p, size_t size, size_t n_items)
{
	struct scsa_softstate *ss;

	if (!state_p || !size)
		return EINVAL;
	ss = kzalloc(sizeof(*ss), GFP_KERNEL);
	if (!ss)
		return ENOMEM;
	/* interrupt-safe lock: items may be freed from any context */
	xa_init_flags(&ss->items, XA_FLAGS_LOCK_IRQ);
	ss->size = size;
	*state_p = ss;
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_ddi_soft_state_init);

/**
 * ddi_soft_state_zalloc() - allocate the zeroed item @item.
 * @state: the handle from ddi_soft_state_init().
 * @item:  the item number, >= 0 (usually the instance number).
 *
 * The item is the size given to ddi_soft_state_init(), zeroed.
 * Source: ddi_soft_state(9F).
 *
 * Context: process; may sleep.
 * Return: DDI_SUCCESS; DDI_FAILURE if @state is NULL, @item is negative,
 * the item already exists, or memory is short.
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
	if (xa_insert_irq(&ss->items, item, p, GFP_KERNEL)) {
		kfree(p);
		return DDI_FAILURE;
	}
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_soft_state_zalloc);

/**
 * ddi_get_soft_state() - look up item @item.
 * @state: the handle from ddi_soft_state_init().
 * @item:  the item number.
 *
 * Lockless; the caller keeps the item from being freed while it uses it.
 * Source: ddi_soft_state(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Return: the item, or NULL if @state is NULL, @item is negative or the
 * item is not allocated.
 */
void *ddi_get_soft_state(void *state, int item)
{
	struct scsa_softstate *ss = state;

	if (!ss || item < 0)
		return NULL;
	return xa_load(&ss->items, item);
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_soft_state);

/**
 * ddi_soft_state_free() - free item @item.
 * @state: the handle from ddi_soft_state_init(); NULL is ignored.
 * @item:  the item number; a negative or unallocated item is ignored.
 *
 * The memory is freed at once: nobody may still be using the item.
 * Source: ddi_soft_state(9F).
 *
 * Context: any ("any driver context"), including interrupt context and
 * pkt_comp, with or without a kmutex_t held; does not sleep.
 */
void ddi_soft_state_free(void *state, int item)
{
	struct scsa_softstate *ss = state;
	unsigned long flags;
	void *p;

	if (!ss || item < 0)
		return;
	xa_lock_irqsave(&ss->items, flags);
	p = __xa_erase(&ss->items, item);
	xa_unlock_irqrestore(&ss->items, flags);
	kfree(p);
}
EXPORT_SYMBOL_GPL(scsa_ddi_soft_state_free);

/**
 * ddi_soft_state_fini() - free the array and any items left.
 * @state_p: the handle's address; *@state_p is set to NULL.  A NULL
 *           @state_p or *@state_p is ignored.
 *
 * Source: ddi_soft_state(9F).
 *
 * Context: any (usually _fini()); does not sleep.  No other soft state
 * call on the array may run concurrently.
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
EXPORT_SYMBOL_GPL(scsa_ddi_soft_state_fini);

/* ---- timeout(9F) ---- */

/*
 * Each timeout has two references: its id in scsa_timeouts (dropped by
 * whoever erases the id: the handler after it ran, or untimeout()) and
 * the pending work (dropped by the work function, or by untimeout() if it
 * took the work off its queue before it ran).
 *
 * Its state decides between the handler and untimeout(): PENDING becomes
 * RUNNING when the work function starts the handler, or CANCELLED when
 * untimeout() gets there first (the handler is then never called).
 * RUNNING becomes DONE when the handler returned; untimeout() of a RUNNING
 * handler waits for that.  @task is the thread that runs the handler, set
 * before RUNNING, so that untimeout() from the handler itself (or from an
 * interrupt on top of it) does not wait for itself.
 */
enum { SCSA_TO_PENDING, SCSA_TO_RUNNING, SCSA_TO_DONE, SCSA_TO_CANCELLED };

struct scsa_timeout {
	struct delayed_work dw;
	struct kref ref;
	u32 id;
	atomic_t state;
	struct task_struct *task;
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

	WRITE_ONCE(t->task, current);
	if (atomic_cmpxchg(&t->state, SCSA_TO_PENDING, SCSA_TO_RUNNING) ==
	    SCSA_TO_PENDING) {
		t->func(t->arg);
		atomic_set_release(&t->state, SCSA_TO_DONE);
		wake_up_var(&t->state);
		if (xa_cmpxchg_irq(&scsa_timeouts, t->id, t, NULL, 0) == t)
			kref_put(&t->ref, scsa_timeout_release);
	}
	kref_put(&t->ref, scsa_timeout_release);		/* the work's */
}

/**
 * timeout() - call @func(@arg) once, after @ticks clock ticks.
 * @func:  the handler.
 * @arg:   its argument.
 * @ticks: delay in clock ticks (jiffies; drv_usectohz() converts from
 *         microseconds); 0 or negative means as soon as possible.
 *
 * The handler runs in a kernel thread (a worker of the high-priority,
 * memory-reclaim-safe scsa_timeout workqueue), like a Solaris callout
 * thread: it may take adaptive kmutex_t (blocking on them), allocate
 * with KM_SLEEP, call timeout() again and untimeout() (of its own id
 * too).  As on Solaris it should not sleep for long: handlers of one CPU
 * share workers.  Source: timeout(9F).
 *
 * Context: any, including interrupt context and pkt_comp, with or without
 * a kmutex_t held; does not sleep.
 * Return: a non-zero id for untimeout(), or 0 (NULL) when memory or ids
 * are exhausted; timeout(9F) documents no failure, so callers must allow
 * for this one.  No error code.
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
	atomic_set(&t->state, SCSA_TO_PENDING);
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
	queue_delayed_work(scsa_timeout_wq ?: system_wq, &t->dw,
			   ticks > 0 ? ticks : 0);
	return (timeout_id_t)(unsigned long)t->id;
}
EXPORT_SYMBOL_GPL(scsa_timeout);

/**
 * untimeout() - cancel a timeout; wait for a running handler to return.
 * @id: from timeout(); stale ids and 0 are ignored.
 *
 * A handler that has not started is cancelled and never runs.  One that
 * is running is waited for: untimeout() returns after it returned --
 * sleeping where that is allowed, spinning elsewhere (interrupt context,
 * a spin mutex or other spinlock held).  So, as
 * untimeout(9F) warns, no lock the handler takes may be held across the
 * call.  Called by the handler itself, or from an interrupt that
 * interrupted the handler, it does not wait (the handler cannot finish
 * first) and returns -1.  Source: untimeout(9F).
 *
 * Context: any ("user, interrupt, or kernel context"); sleeps only where
 * sleeping is allowed, and only while a handler runs.
 * Return: the clock ticks (jiffies) that were left, >= 0, if the handler
 * was cancelled before it started; -1 if it had already run or was
 * running (it has returned by then, except when called from the handler
 * itself), or if @id is 0 or stale.
 */
clock_t untimeout(timeout_id_t id)
{
	struct scsa_timeout *t;
	unsigned long flags;
	clock_t left;

	xa_lock_irqsave(&scsa_timeouts, flags);
	t = __xa_erase(&scsa_timeouts, (unsigned long)id);
	xa_unlock_irqrestore(&scsa_timeouts, flags);
	if (!t)
		return -1;
	/* the id's reference is ours now */
	left = (clock_t)(READ_ONCE(t->dw.timer.expires) - jiffies);
	switch (atomic_cmpxchg(&t->state, SCSA_TO_PENDING, SCSA_TO_CANCELLED)) {
	case SCSA_TO_PENDING:
		/* the handler never runs; drop the work early if still queued */
		if (cancel_delayed_work(&t->dw))
			kref_put(&t->ref, scsa_timeout_release);
		left = max_t(clock_t, left, 0);
		break;
	case SCSA_TO_RUNNING:
		if (READ_ONCE(t->task) != current) {
			if (scsa_may_sleep())
				wait_var_event(&t->state,
					       atomic_read_acquire(&t->state) ==
					       SCSA_TO_DONE);
			else
				while (atomic_read_acquire(&t->state) !=
				       SCSA_TO_DONE)
					cpu_relax();
		}
		fallthrough;
	default:
		left = -1;
		break;
	}
	kref_put(&t->ref, scsa_timeout_release);		/* the id's */
	return left;
}
EXPORT_SYMBOL_GPL(scsa_untimeout);

/*
 * Module exit: cancel the timeouts still pending (a driver that left one
 * behind), so that no timer queues work on the destroyed scsa_timeout
 * workqueue.  Running handlers are waited for by untimeout().  Process
 * context.
 */
void scsa_timeout_cancel_all(void)
{
	struct scsa_timeout *t;
	unsigned long id, n = 0;

	xa_for_each(&scsa_timeouts, id, t) {
		untimeout((timeout_id_t)id);
		n++;
	}
	if (n)
		pr_warn("%lu timeout(9F) handlers still pending at unload: cancelled\n",
			n);
}

/**
 * delay() - sleep for @ticks clock ticks.
 * @ticks: clock ticks (jiffies; drv_usectohz() converts from
 *         microseconds); 0 or negative returns at once.
 *
 * The sleep is uninterruptible.  Source: delay(9F).
 *
 * Context: thread context where sleeping is allowed (process context,
 * also with adaptive kmutex_t held, timeout() handlers, runout
 * callbacks, taskq functions; not pkt_comp, as on Solaris); sleeps.
 * Where Linux cannot sleep it is a driver bug, reported once for the
 * caller, and the time is busy-waited instead (drv_usecwait()).
 */
void delay(clock_t ticks)
{
	if (ticks <= 0)
		return;
	if (unlikely(!scsa_may_sleep())) {
		scsa_sleep_bug("delay()", _RET_IP_);
		/* on gethrtime()'s clock: mdelay() ran 70% short under TCG */
		drv_usecwait(drv_hztousec(ticks));
		return;
	}
	schedule_timeout_uninterruptible(ticks);
}
EXPORT_SYMBOL_GPL(scsa_delay);

/**
 * drv_usectohz() - convert microseconds to clock ticks.
 * @microsecs: microseconds; any clock_t value.
 *
 * Source: drv_usectohz(9F).
 *
 * Context: any; does not sleep.
 * Return: clock ticks (jiffies), rounded up to a whole tick; 0 if
 * @microsecs is 0 or negative, as on Solaris.  (The largest clock_t of
 * microseconds is far less than the largest clock_t of ticks: no
 * overflow.)
 */
clock_t drv_usectohz(clock_t microsecs)
{
	u64 us = microsecs;

	if (microsecs <= 0)
		return 0;
	/* whole seconds apart, so that neither product can overflow */
	return (clock_t)(div_u64(us, USEC_PER_SEC) * HZ +
			 DIV_ROUND_UP((u32)(us % USEC_PER_SEC) * (u64)HZ,
				      USEC_PER_SEC));
}
EXPORT_SYMBOL_GPL(scsa_drv_usectohz);

/**
 * drv_hztousec() - convert clock ticks to microseconds.
 * @ticks: clock ticks (jiffies); any clock_t value.
 *
 * Source: drv_hztousec(9F).
 *
 * Context: any; does not sleep.
 * Return: microseconds (exact where HZ divides a second); 0 if @ticks is
 * 0 or negative, and the largest clock_t (LONG_MAX) if the result would
 * not fit, as on Solaris.
 */
clock_t drv_hztousec(clock_t ticks)
{
	u64 t = ticks, secs;

	if (ticks <= 0)
		return 0;
	secs = div_u64(t, HZ);
	if (secs >= LONG_MAX / USEC_PER_SEC)
		return LONG_MAX;
	return (clock_t)(secs * USEC_PER_SEC +
			 div_u64((t % HZ) * USEC_PER_SEC, HZ));
}
EXPORT_SYMBOL_GPL(scsa_drv_hztousec);

/**
 * ddi_get_lbolt() - the current time in clock ticks.
 *
 * Description: the clock of cv_timedwait(): jiffies, which do not start
 * at 0 at boot and wrap; compare times by subtraction.
 * Source: ddi_get_lbolt(9F).
 *
 * Context: any; does not sleep.
 * Return: jiffies, as a clock_t.
 */
clock_t ddi_get_lbolt(void)
{
	return (clock_t)jiffies;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_lbolt);

/**
 * nulldev() - a cb_ops/dev_ops entry point that does nothing.
 *
 * Description: always succeeds.  Source: nulldev(9F).
 *
 * Context: any; does not sleep.
 * Return: 0.
 */
int nulldev(void)
{
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_nulldev);

/**
 * nodev() - a cb_ops/dev_ops entry point that is not supported.
 *
 * Description: always fails.  Source: nodev(9F).
 *
 * Context: any; does not sleep.
 * Return: ENXIO (positive, as on Solaris).
 */
int nodev(void)
{
	return ENXIO;
}
EXPORT_SYMBOL_GPL(scsa_nodev);

/**
 * ddi_quiesce_not_needed() - a devo_quiesce for a device that needs none.
 * @dip: the device; unused.
 *
 * The shim never calls devo_quiesce (Linux has no fast reboot); this only
 * fills the slot.  Source: ddi_quiesce_not_needed(9F), quiesce(9E).
 *
 * Context: any; does not sleep.
 * Return: DDI_SUCCESS.
 */
int ddi_quiesce_not_needed(dev_info_t *dip)
{
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_quiesce_not_needed);

/* ---- buf(9S) helpers ---- */

/**
 * bioinit() - initialise a buf.
 * @bp: the buf (caller's memory, sizeof(struct buf) bytes); every field
 *      is zeroed.
 *
 * Source: bioinit(9F).
 *
 * Context: any; does not sleep.
 */
void bioinit(struct buf *bp)
{
	memset(bp, 0, sizeof(*bp));
	init_completion(&bp->b_io_done);
}
EXPORT_SYMBOL_GPL(scsa_bioinit);

/**
 * biofini() - uninitialise a buf from bioinit().
 * @bp: the buf, with no transfer in progress; NULL is ignored.
 *
 * Frees what the framework allocated for it: the bio_vec array of a
 * bioclone() of a B_PAGEIO buf.  Source: biofini(9F).
 *
 * Context: any; does not sleep.
 */
void biofini(struct buf *bp)
{
	if (bp && bp->b_bvown) {
		kmem_free(bp->b_bvown, bp->b_nbvown * sizeof(*bp->b_bvown));
		bp->b_bvown = NULL;
		bp->b_nbvown = 0;
	}
}
EXPORT_SYMBOL_GPL(scsa_biofini);

/**
 * getrbuf() - allocate a zeroed, initialised buf (no data buffer).
 * @sleepflag: KM_SLEEP or KM_NOSLEEP, as for kmem_alloc().
 *
 * Free it with freerbuf().  Source: getrbuf(9F).
 *
 * Context: KM_SLEEP: only where sleeping is allowed (elsewhere it fails
 * with a one-time warning); KM_NOSLEEP: any, including interrupt context
 * and pkt_comp.
 * Return: the buf; NULL only with KM_NOSLEEP when memory is short, or
 * with KM_SLEEP where sleeping is not allowed.
 */
struct buf *getrbuf(int sleepflag)
{
	struct buf *bp = kmem_alloc(sizeof(*bp), sleepflag);

	if (bp)
		bioinit(bp);
	return bp;
}
EXPORT_SYMBOL_GPL(scsa_getrbuf);

/**
 * freerbuf() - free a buf from getrbuf().
 * @bp: the buf, with no transfer in progress; NULL is ignored.  Its data
 *      buffer, if any, is the caller's to free.
 *
 * Source: freerbuf(9F).
 *
 * Context: any; does not sleep.
 */
void freerbuf(struct buf *bp)
{
	if (bp) {
		biofini(bp);
		kmem_free(bp, sizeof(*bp));
	}
}
EXPORT_SYMBOL_GPL(scsa_freerbuf);

/**
 * bioerror() - set or clear the error of a buf.
 * @bp:    the buf; NULL is ignored.
 * @error: a positive errno value (EIO, ENXIO, ...) to set b_error to it
 *         and B_ERROR, or 0 to clear both.
 *
 * Source: bioerror(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
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
EXPORT_SYMBOL_GPL(scsa_bioerror);

/**
 * geterror() - the error of a buf.
 * @bp: the buf; NULL counts as no error.
 *
 * Source: geterror(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Return: 0 if B_ERROR is clear (or @bp is NULL); otherwise b_error, a
 * positive errno value, or EIO if b_error is 0.
 */
int geterror(struct buf *bp)
{
	if (!bp || !(bp->b_flags & B_ERROR))
		return 0;
	return bp->b_error ?: EIO;
}
EXPORT_SYMBOL_GPL(scsa_geterror);

/**
 * biodone() - a transfer finished: call b_iodone, or wake biowait().
 * @bp: the buf; NULL is ignored.  Set b_resid and the error (bioerror())
 *      first.
 *
 * If b_iodone is set it is cleared and called with @bp; then B_DONE is
 * not set and biowait() is not woken (the routine owns the buf).
 * Otherwise B_DONE is set and biowait() is woken.  Source: biodone(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep
 * (a b_iodone routine must not sleep either).
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
EXPORT_SYMBOL_GPL(scsa_biodone);

/**
 * biowait() - wait for biodone() on @bp.
 * @bp: a buf initialised by bioinit() or getrbuf() (or reset by
 *      bioreset()), without b_iodone: a buf with b_iodone set is never
 *      woken.
 *
 * The wait is uninterruptible, has no time limit and counts as I/O wait.
 * Source: biowait(9F).
 *
 * Context: thread context where sleeping is allowed (also with adaptive
 * kmutex_t held); sleeps.  Never from interrupt context, under a spin
 * mutex, or in pkt_comp (as on Solaris).
 * Return: geterror(@bp): 0, or the buf's positive errno value (b_error,
 * or EIO if B_ERROR is set with b_error 0).
 */
int biowait(struct buf *bp)
{
	wait_for_completion_io(&bp->b_io_done);
	return geterror(bp);
}
EXPORT_SYMBOL_GPL(scsa_biowait);

/**
 * bioreset() - make a used buf ready for another transfer.
 * @bp: the buf, with no transfer in progress (and not bp_mapin()ed).
 *
 * Resets the buf to the state getrbuf() or bioinit() gave it: every field
 * is zeroed (b_flags, b_un.b_addr, b_bcount, b_iodone, ...; the driver
 * sets them again for the next transfer) and biowait() is re-armed, as
 * illumos does (biofini() then bioinit()).  Source: bioreset(9F).
 *
 * Context: any; does not sleep.
 */
void bioreset(struct buf *bp)
{
	biofini(bp);
	bioinit(bp);
}
EXPORT_SYMBOL_GPL(scsa_bioreset);

/**
 * clrbuf() - zero a buf's data and set b_resid to 0.
 * @bp: the buf; NULL is ignored.
 *
 * Zeroes b_bcount bytes at b_un.b_addr.  B_PAGEIO and B_PHYS bufs, and
 * bufs with a NULL b_un.b_addr, are not zeroed; only b_resid is set.
 * Source: clrbuf(9F).
 *
 * Context: any; does not sleep.
 */
void clrbuf(struct buf *bp)
{
	if (bp && bp->b_un.b_addr && !(bp->b_flags & (B_PAGEIO | B_PHYS)))
		memset(bp->b_un.b_addr, 0, bp->b_bcount);
	if (bp)
		bp->b_resid = 0;
}
EXPORT_SYMBOL_GPL(scsa_clrbuf);

/**
 * bp_mapin() - give a buf a kernel virtual address for its data.
 * @bp: the buf; NULL is ignored.
 *
 * A B_PAGEIO buf (b_pages: b_npages bio_vecs) gets b_un.b_addr pointing at
 * its b_bcount bytes and B_REMAPPED set.  When the bio_vecs tile whole
 * pages (each after the first starts a page, each before the last ends
 * one) the pages themselves are mapped (vmap()); otherwise -- deviation --
 * the address is of a copy of the data, copied back to the pages by
 * bp_mapout().  Bufs that are not B_PAGEIO, or already mapped, are left
 * as they are; B_PHYS (user memory) bufs are not mapped (deviation: a
 * one-time warning).  Source: bp_mapin(9F).
 *
 * Context: process context; may sleep.  Elsewhere, or if memory for the
 * mapping cannot be had, nothing is done (b_un.b_addr stays as it was)
 * and a warning is logged.
 */
void bp_mapin(struct buf *bp)
{
	struct scsa_bufdesc d = { .kind = SCSA_BUF_BVEC };
	struct page **pages;
	bool tiled = true;
	size_t left, first_off = 0;
	unsigned int i, n = 0, npg = 0;
	void *va;

	if (!bp || (bp->b_flags & B_REMAPPED))
		return;
	if (!(bp->b_flags & B_PAGEIO)) {
		if (bp->b_flags & B_PHYS)
			pr_warn_ratelimited("bp_mapin: B_PHYS buffers are not mapped\n");
		return;
	}
	if (!bp->b_bcount)
		return;		/* nothing to map */
	if (!scsa_may_sleep() || !bp->b_pages) {
		pr_warn_ratelimited("bp_mapin: no pages, or called where sleeping is not allowed: not mapped\n");
		return;
	}
	/* the bio_vecs that hold b_bcount bytes, and whether they tile */
	for (left = bp->b_bcount; left && n < bp->b_npages; n++) {
		const struct bio_vec *bv = &bp->b_pages[n];
		size_t off = bv->bv_offset & ~PAGE_MASK;
		size_t len = min_t(size_t, bv->bv_len, left);

		if (n == 0)
			first_off = off;
		else if (off)
			tiled = false;
		left -= len;
		if (left && (off + len) & ~PAGE_MASK)
			tiled = false;
		npg += DIV_ROUND_UP(off + len, PAGE_SIZE);
	}
	if (left) {
		pr_warn_ratelimited("bp_mapin: b_pages hold less than b_bcount (%zu)\n",
				    bp->b_bcount);
		return;
	}
	d.bv = bp->b_pages;
	d.nbv = n;
	d.len = bp->b_bcount;
	if (!tiled) {
		va = kvmalloc(bp->b_bcount, GFP_NOIO);
		if (!va)
			goto nomem;
		scsa_buf_copy(&d, 0, va, bp->b_bcount, false);
		bp->b_mapped = va;
		bp->b_un.b_addr = va;
		bp->b_flags |= B_REMAPPED | B_MAPCOPY;
		return;
	}
	pages = kvmalloc_array(npg, sizeof(*pages), GFP_NOIO);
	if (!pages)
		goto nomem;
	npg = 0;
	for (left = bp->b_bcount, i = 0; i < n; i++) {
		const struct bio_vec *bv = &bp->b_pages[i];
		struct page *pg = nth_page(bv->bv_page, bv->bv_offset >> PAGE_SHIFT);
		size_t off = bv->bv_offset & ~PAGE_MASK;
		size_t len = min_t(size_t, bv->bv_len, left);
		unsigned int j, k = DIV_ROUND_UP(off + len, PAGE_SIZE);

		for (j = 0; j < k; j++)
			pages[npg++] = nth_page(pg, j);
		left -= len;
	}
	va = vmap(pages, npg, VM_MAP, PAGE_KERNEL);
	kvfree(pages);
	if (!va)
		goto nomem;
	bp->b_mapped = va;
	bp->b_un.b_addr = (caddr_t)va + first_off;
	bp->b_flags |= B_REMAPPED;
	return;
nomem:
	pr_warn_ratelimited("bp_mapin: out of memory: not mapped\n");
}
EXPORT_SYMBOL_GPL(scsa_bp_mapin);

/**
 * bp_mapout() - undo bp_mapin().
 * @bp: the buf; NULL, and bufs bp_mapin() did not map, are ignored.
 *
 * Unmaps the pages (or, for a copy, writes it back to the pages first
 * and frees it), clears B_REMAPPED and sets b_un.b_addr to NULL.  Call
 * it before the buf is freed or its pages are given back.
 * Source: bp_mapout(9F).
 *
 * Context: process context; may sleep.
 */
void bp_mapout(struct buf *bp)
{
	if (!bp || !(bp->b_flags & B_REMAPPED) || !bp->b_mapped)
		return;
	if (bp->b_flags & B_MAPCOPY) {
		struct scsa_bufdesc d = {
			.kind = SCSA_BUF_BVEC, .bv = bp->b_pages,
			.nbv = bp->b_npages, .len = bp->b_bcount,
		};

		scsa_buf_copy(&d, 0, bp->b_mapped, bp->b_bcount, true);
		kvfree(bp->b_mapped);
	} else {
		vunmap(bp->b_mapped);
	}
	bp->b_mapped = NULL;
	bp->b_un.b_addr = NULL;
	bp->b_flags &= ~(B_REMAPPED | B_MAPCOPY);
}
EXPORT_SYMBOL_GPL(scsa_bp_mapout);

/* ---- ddi_copyin(9F), ddi_copyout(9F) ---- */

/**
 * ddi_copyin() - copy data into a driver buffer, from user or kernel space.
 * @buf:       source: a user address, or with FKIOCTL a kernel address.
 * @driverbuf: destination, kernel memory of at least @cn bytes.
 * @cn:        bytes to copy.
 * @flags:     the ioctl's mode argument; only FKIOCTL is looked at.
 *
 * Source: ddi_copyin(9F).
 *
 * Context: user addresses: process context of the process they belong to
 * (may fault and sleep); elsewhere -1 with a warning.  FKIOCTL: any.
 * Return: 0 on success; -1 if the source is not readable (a fault, a NULL
 * pointer) or cannot be read from here.
 */
int ddi_copyin(const void *buf, void *driverbuf, size_t cn, int flags)
{
	if (!cn)
		return 0;
	if (!buf || !driverbuf)
		return -1;
	if (flags & FKIOCTL) {
		memcpy(driverbuf, buf, cn);
		return 0;
	}
	if (!scsa_may_sleep() || !current->mm) {
		pr_warn_ratelimited("ddi_copyin: user copy where it is not possible\n");
		return -1;
	}
	return copy_from_user(driverbuf, (const void __user *)buf, cn) ? -1 : 0;
}
EXPORT_SYMBOL_GPL(scsa_ddi_copyin);

/**
 * ddi_copyout() - copy data from a driver buffer, to user or kernel space.
 * @driverbuf: source, kernel memory of at least @cn bytes.
 * @buf:       destination: a user address, or with FKIOCTL a kernel
 *             address.
 * @cn:        bytes to copy.
 * @flags:     the ioctl's mode argument; only FKIOCTL is looked at.
 *
 * Source: ddi_copyout(9F).
 *
 * Context: as ddi_copyin().
 * Return: 0 on success; -1 if the destination is not writable (a fault, a
 * NULL pointer) or cannot be written from here.
 */
int ddi_copyout(const void *driverbuf, void *buf, size_t cn, int flags)
{
	if (!cn)
		return 0;
	if (!buf || !driverbuf)
		return -1;
	if (flags & FKIOCTL) {
		memcpy(buf, driverbuf, cn);
		return 0;
	}
	if (!scsa_may_sleep() || !current->mm) {
		pr_warn_ratelimited("ddi_copyout: user copy where it is not possible\n");
		return -1;
	}
	return copy_to_user((void __user *)buf, driverbuf, cn) ? -1 : 0;
}
EXPORT_SYMBOL_GPL(scsa_ddi_copyout);
