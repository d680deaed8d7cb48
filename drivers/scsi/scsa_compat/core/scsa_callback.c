// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_callback.c - the resource runout callback list.
 *
 * Semantics (illumos ddi_set_callback/ddi_run_callback, see
 * Documentation/design.rst "Runout callbacks"):
 *  - one list for the whole shim, first-come order;
 *  - the same (function, argument) registered again is counted, not
 *    duplicated;
 *  - a run calls each entry; a return of 1 consumes one count, 0 puts the
 *    entry back at the tail with what is left and moves on;
 *  - a run is scheduled after every release of a resource, and also when a
 *    command completes (its slot is free again), never in the caller's
 *    thread: it runs from an ordered WQ_MEM_RECLAIM workqueue, in a kernel
 *    thread like Solaris's callback threads, so a callback may take the
 *    driver's adaptive mutex (it should not sleep for long: it delays the
 *    other callbacks).
 * Going beyond illumos: a module's queued callbacks are cancelled when it
 * calls mod_remove(), and a running one is waited for.
 * SLEEP_FUNC waiters sleep on a wait queue woken by the same events.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/mempool.h>
#include <linux/workqueue.h>
#include <linux/wait.h>

struct scsa_cb {
	struct list_head node;
	void *fn;
	caddr_t arg;
	enum scsa_cb_kind kind;
	unsigned int count;
	struct scsa_lun *lun;		/* for cancellation at detach; not a ref */
};

static LIST_HEAD(scsa_cb_list);
static DEFINE_SPINLOCK(scsa_cb_lock);
static struct workqueue_struct *scsa_cb_wq;
static struct work_struct scsa_cb_work;
static mempool_t *scsa_cb_pool;
static struct delayed_work scsa_cb_memkick;
static DECLARE_WAIT_QUEUE_HEAD(scsa_res_wq);
static atomic_long_t scsa_res_generation = ATOMIC_LONG_INIT(0);

/**
 * scsa_res_gen() - the resource generation: a count of scsa_cb_kick()s.
 *
 * Description: read it before trying for a resource, and pass it to
 * scsa_res_wait() if the try fails, so that no release in between is
 * missed.  Source: none, shim-internal (SLEEP_FUNC waits).
 *
 * Context: any; does not sleep.
 * Return: the current generation; it only grows (and may wrap).
 */
unsigned long scsa_res_gen(void)
{
	return atomic_long_read(&scsa_res_generation);
}

/**
 * scsa_res_wait() - sleep until a resource is released after @gen.
 * @gen: in: the generation from scsa_res_gen() before the failed try;
 *       out: the generation now, for the next try.
 *
 * Returns at once if a resource was released since @gen.  Each call
 * sleeps at most 100 ms (HZ / 10 jiffies) so memory freed elsewhere in
 * the kernel is noticed too; the caller retries in a loop.  Used for
 * SLEEP_FUNC.  Source: none, shim-internal.
 *
 * Context: process; sleeps.  No kmutex_t (or other spinlock) may be held.
 */
void scsa_res_wait(unsigned long *gen)
{
	wait_event_timeout(scsa_res_wq, scsa_res_gen() != *gen, HZ / 10);
	*gen = scsa_res_gen();
}

/*
 * No lost wakeup: a resource released after the caller's failed attempt
 * (generation @gen) but before its callback was on the list found an
 * empty list and scheduled nothing.  The full barrier pairs with the one
 * in scsa_cb_kick(): either the kick sees the entry, or we see the kick.
 */
static void scsa_cb_recheck(unsigned long gen)
{
	smp_mb();
	if (scsa_res_gen() != gen)
		queue_work(scsa_cb_wq, &scsa_cb_work);
}

/**
 * scsa_cb_register() - queue a runout callback (ddi_set_callback()).
 * @fn:   the target driver's function, int (*)(caddr_t) or, for
 *        SCSA_CB_NOARG, int (*)(void); never NULL_FUNC or SLEEP_FUNC.
 * @arg:  its argument (ignored for SCSA_CB_NOARG).
 * @kind: whether @fn takes an argument (obsolete interfaces' do not).
 * @lun:  the LUN the failed allocation was for (not a reference), so that
 *        a detach of that instance can cancel it; NULL if unknown.
 * @gen:  scsa_res_gen() taken before the failed allocation: a release
 *        since then re-runs the list at once, so no wakeup is lost.
 *
 * The same (@fn, @arg, @kind) already queued is counted, not queued
 * twice.  The callback runs later from the scsa_runout workqueue, in a
 * kernel thread where it may take adaptive mutexes; it returns 1 when
 * done, 0 to stay queued.
 * If both the allocator and the 64-entry reserve pool are exhausted the
 * callback is dropped with a rate-limited error.
 * Source: illumos ddi_set_callback() (<sys/sunddi.h>).
 *
 * Context: any, including interrupt context and pkt_comp, with or without
 * a kmutex_t held; does not sleep.
 */
void scsa_cb_register(void *fn, caddr_t arg, enum scsa_cb_kind kind,
		      struct scsa_lun *lun, unsigned long gen)
{
	struct scsa_cb *cb, *new;
	unsigned long flags;

	new = mempool_alloc(scsa_cb_pool, GFP_ATOMIC);
	spin_lock_irqsave(&scsa_cb_lock, flags);
	list_for_each_entry(cb, &scsa_cb_list, node) {
		if (cb->fn == fn && cb->arg == arg && cb->kind == kind) {
			cb->count++;
			spin_unlock_irqrestore(&scsa_cb_lock, flags);
			if (new)
				mempool_free(new, scsa_cb_pool);
			scsa_cb_recheck(gen);
			return;
		}
	}
	if (!new) {
		spin_unlock_irqrestore(&scsa_cb_lock, flags);
		pr_err_ratelimited("runout callback %ps lost: no memory\n", fn);
		return;
	}
	new->fn = fn;
	new->arg = arg;
	new->kind = kind;
	new->count = 1;
	new->lun = lun;
	list_add_tail(&new->node, &scsa_cb_list);
	spin_unlock_irqrestore(&scsa_cb_lock, flags);
	scsa_cb_recheck(gen);
}

/**
 * scsa_cb_kick() - a resource came free: schedule a run of the list and
 * wake SLEEP_FUNC waiters.
 *
 * Description: bumps the generation of scsa_res_gen().  The run happens on
 * the scsa_runout workqueue, never in the caller's thread.
 * Source: illumos ddi_run_callback(), which runs the list synchronously.
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Cheap when nobody waits.
 */
void scsa_cb_kick(void)
{
	atomic_long_inc(&scsa_res_generation);
	smp_mb__after_atomic();		/* pairs with scsa_cb_recheck() */
	if (wq_has_sleeper(&scsa_res_wq))
		wake_up_all(&scsa_res_wq);
	if (!list_empty_careful(&scsa_cb_list))
		queue_work(scsa_cb_wq, &scsa_cb_work);
}

static void scsa_cb_memkick_run(struct work_struct *work)
{
	scsa_cb_kick();
}

/**
 * scsa_cb_mem_short() - a non-sleeping allocation failed: kick the list
 * again in 100 ms (HZ / 10 jiffies).
 *
 * Description: window and slot shortages end with a release the shim
 * sees (and kicks on); the end of a memory shortage is not seen, so
 * without this a runout callback queued for it could wait forever when no
 * other packet is in flight.  Several calls within the 100 ms arm one
 * kick.  Source: none (illumos re-runs its callback lists only on
 * releases; see Documentation/deviations.rst).
 *
 * Context: any, including interrupt context; does not sleep.
 */
void scsa_cb_mem_short(void)
{
	scsa_stat_add(mem_short, 1);
	queue_delayed_work(scsa_cb_wq, &scsa_cb_memkick, HZ / 10);
}

/**
 * scsa_cb_queued() - runout callbacks waiting, counting repeats.
 *
 * Context: any; does not sleep.  Source: none (debugfs statistics).
 * Return: the sum of the queued entries' counts.
 */
unsigned long scsa_cb_queued(void)
{
	unsigned long flags, n = 0;
	struct scsa_cb *cb;

	if (!scsa_cb_pool)
		return 0;
	spin_lock_irqsave(&scsa_cb_lock, flags);
	list_for_each_entry(cb, &scsa_cb_list, node)
		n += cb->count;
	spin_unlock_irqrestore(&scsa_cb_lock, flags);
	return n;
}

static int scsa_cb_call(struct scsa_cb *cb)
{
	int rv;

	if (cb->kind == SCSA_CB_NOARG)
		rv = ((int (*)(void))cb->fn)();
	else
		rv = ((int (*)(caddr_t))cb->fn)(cb->arg);
	scsa_stat_add(callbacks_run, 1);
	return rv;
}

static void scsa_cb_run(struct work_struct *work)
{
	struct scsa_cb *cb, *twin;
	unsigned long pending = 0;

	spin_lock_irq(&scsa_cb_lock);
	list_for_each_entry(cb, &scsa_cb_list, node)
		pending += cb->count;

	while (pending && !list_empty(&scsa_cb_list)) {
		cb = list_first_entry(&scsa_cb_list, struct scsa_cb, node);
		list_del(&cb->node);
		while (cb->count && pending) {
			int rv;

			spin_unlock_irq(&scsa_cb_lock);
			rv = scsa_cb_call(cb);
			spin_lock_irq(&scsa_cb_lock);
			pending--;
			if (!rv)
				break;
			cb->count--;
		}
		if (!cb->count) {
			mempool_free(cb, scsa_cb_pool);
			continue;
		}
		/* back to the tail, merged with a twin queued meanwhile */
		list_for_each_entry(twin, &scsa_cb_list, node) {
			if (twin->fn == cb->fn && twin->arg == cb->arg &&
			    twin->kind == cb->kind) {
				twin->count += cb->count;
				mempool_free(cb, scsa_cb_pool);
				cb = NULL;
				break;
			}
		}
		if (cb)
			list_add_tail(&cb->node, &scsa_cb_list);
	}
	spin_unlock_irq(&scsa_cb_lock);
}

/*
 * Unlink and free every queued callback whose function lies in @mod (and
 * which was registered for @lun, unless @lun is NULL).  Returns true if
 * there was one.  Process context with interrupts on.
 */
static bool scsa_cb_drop(struct module *mod, struct scsa_lun *lun)
{
	struct scsa_cb *cb, *tmp;
	bool found = false;
	LIST_HEAD(dead);

	spin_lock_irq(&scsa_cb_lock);
	list_for_each_entry_safe(cb, tmp, &scsa_cb_list, node)
		if (within_module((unsigned long)cb->fn, mod) &&
		    (!lun || cb->lun == lun))
			list_move(&cb->node, &dead);
	spin_unlock_irq(&scsa_cb_lock);
	list_for_each_entry_safe(cb, tmp, &dead, node) {
		mempool_free(cb, scsa_cb_pool);
		found = true;
	}
	return found;
}

/**
 * scsa_cb_cancel() - drop every queued callback whose function is in @mod
 * (registered for @lun, or for any LUN if @lun is NULL), and wait for a
 * running one to return.
 * @mod: the target driver's Linux module (the owner given to
 *       mod_install()); not NULL.
 * @lun: the LUN an instance was attached to, or NULL for all.
 *
 * Called after devo_detach() for that attachment, and by mod_remove() for
 * the whole module, so that no callback runs into a detached instance or
 * unloaded code.  Completions already queued for the completion threads
 * are run (and their pkt_comp returned) before this returns.  Source: none; goes beyond illumos, whose callbacks
 * cannot be cancelled.
 *
 * Context: process; sleeps (waits for the scsa_runout and scsa_comp
 * work).  No kmutex_t may be held; never from a runout callback or
 * pkt_comp.
 */
void scsa_cb_cancel(struct module *mod, struct scsa_lun *lun)
{
	/*
	 * A run in progress holds its entry off the list while calling it
	 * and may put it back: drop, wait for the run, until none is left.
	 */
	do {
		scsa_cb_drop(mod, lun);
		flush_work(&scsa_cb_work);
	} while (scsa_cb_drop(mod, lun));
	/* and no pkt_comp of the module is still queued or returning */
	scsa_comp_flush();
}

/**
 * scsa_cb_flush() - wait until a scheduled run of the list has finished.
 *
 * Context: may sleep.  Source: none (shim-internal; used by tests).
 */
void scsa_cb_flush(void)
{
	flush_work(&scsa_cb_work);
}

/*
 * Idempotent: KUnit runs a module's suites while the module is still
 * coming up, before module_init, so the callback suite initialises the
 * list itself and scsa_init() then finds it ready.
 */
int scsa_cb_init(void)
{
	if (scsa_cb_pool)
		return 0;
	scsa_cb_pool = mempool_create_kmalloc_pool(64, sizeof(struct scsa_cb));
	if (!scsa_cb_pool)
		return -ENOMEM;
	scsa_cb_wq = alloc_ordered_workqueue("scsa_runout", WQ_MEM_RECLAIM);
	if (!scsa_cb_wq) {
		mempool_destroy(scsa_cb_pool);
		return -ENOMEM;
	}
	INIT_WORK(&scsa_cb_work, scsa_cb_run);
	INIT_DELAYED_WORK(&scsa_cb_memkick, scsa_cb_memkick_run);
	return 0;
}

void scsa_cb_exit(void)
{
	struct scsa_cb *cb, *tmp;

	cancel_delayed_work_sync(&scsa_cb_memkick);
	destroy_workqueue(scsa_cb_wq);
	list_for_each_entry_safe(cb, tmp, &scsa_cb_list, node) {
		list_del(&cb->node);
		mempool_free(cb, scsa_cb_pool);
	}
	mempool_destroy(scsa_cb_pool);
}
