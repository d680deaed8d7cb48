// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_sync.c - the Solaris synchronisation DDI on Linux: adaptive and
 * spin kmutex_t, kcondvar_t, krwlock_t, ksema_t, kernel threads, the
 * clocks (gethrtime, ddi_get_lbolt64, drv_usecwait),
 * and the one-time report of a sleeping call where Linux cannot sleep.
 * Contexts: Documentation/design.rst, "Execution contexts".
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <sys/ddi.h>
#include <sys/systm.h>
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/kthread.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/timekeeping.h>
#include <linux/slab.h>
#include <linux/lockdep.h>
#include <linux/printk.h>

/* ---- the one-time report ---- */

static unsigned long scsa_bug_sites[64];

/**
 * scsa_sleep_bug() - report, once per call site, a call that would sleep
 * where Linux does not allow it.
 * @what:   the call, e.g. "KM_SLEEP allocation".
 * @caller: the driver's return address (_RET_IP_ of the DDI function).
 *
 * Description: on Solaris such a call is a driver bug too (an adaptive
 * mutex or KM_SLEEP from high-level interrupt context, or under a spin
 * mutex).  The line is printed at KERN_ERR with the caller's symbol, the
 * first time each caller does it (64 distinct callers, then rate-limited);
 * the DDI function then fails safe as its kernel-doc says.
 * Source: none (shim-internal).
 *
 * Context: any; does not sleep.
 */
void scsa_sleep_bug(const char *what, unsigned long caller)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(scsa_bug_sites); i++) {
		unsigned long s = READ_ONCE(scsa_bug_sites[i]);

		if (s == caller)
			return;
		if (!s && cmpxchg(&scsa_bug_sites[i], 0, caller) == 0)
			break;
		if (READ_ONCE(scsa_bug_sites[i]) == caller)
			return;
	}
	if (i == ARRAY_SIZE(scsa_bug_sites)) {
		pr_err_ratelimited("driver bug: %s where sleeping is not allowed, from %pS\n",
				   what, (void *)caller);
		return;
	}
	pr_err("driver bug: %s where sleeping is not allowed (in_interrupt %d, irqs off %d, preempt count %#x), from %pS; reported once for this caller\n",
	       what, !!in_interrupt(), irqs_disabled(), preempt_count(),
	       (void *)caller);
}

/* ---- kmutex_t ---- */

static struct lock_class_key scsa_mx_uninit_key;

static void scsa_mx_setup(kmutex_t *mp, bool spin, const char *site,
			  struct lock_class_key *key)
{
	if (spin) {
		spin_lock_init(&mp->m_spin.m_lock);
		lockdep_set_class_and_name(&mp->m_spin.m_lock, key, site);
		mp->m_spin.m_flags = 0;
	} else {
		__mutex_init(&mp->m_adaptive, site, key);
	}
	mp->m_owner = NULL;
}

/**
 * scsa_mutex_init() - mutex_init(9F): initialise a kmutex_t.
 * @mp:   the mutex, not held, not in use.
 * @name: accepted and ignored (lockdep names the mutex after @site).
 * @type: MUTEX_DRIVER, MUTEX_ADAPTIVE, MUTEX_DEFAULT or MUTEX_SPIN.
 * @arg:  NULL, or an interrupt priority (DDI_INTR_PRI(pri)).
 * @site: the call site's name for lockdep (from the mutex_init() macro).
 * @key:  the call site's static lockdep class key (from the macro).
 *
 * The mutex is a spin mutex if @type is MUTEX_SPIN or @arg is a priority
 * above LOCK_LEVEL (10); otherwise it is adaptive (a Linux struct mutex),
 * and its holder may block.  (illumos decides on @arg alone; a MUTEX_SPIN
 * request is honoured here, which only forbids what a spin mutex forbids
 * anyway.)  Called through the mutex_init() macro of <sys/mutex.h>.
 * Source: mutex(9F), illumos mutex_init().
 *
 * Context: any; does not sleep.
 */
void scsa_mutex_init(kmutex_t *mp, char *name, kmutex_type_t type, void *arg,
		     const char *site, struct lock_class_key *key)
{
	uintptr_t pri = (uintptr_t)arg;
	bool spin = type == MUTEX_SPIN ||
		    (pri > LOCK_LEVEL && pri < PAGE_SIZE);

	if (!mp)
		return;
	scsa_mx_setup(mp, spin, site, key);
	smp_store_release(&mp->m_kind, spin ? SCSA_MX_SPIN : SCSA_MX_ADAPTIVE);
}
EXPORT_SYMBOL_GPL(scsa_mutex_init);

/*
 * The kind of @mp.  A kmutex_t that was never initialised (zeroed memory)
 * is reported once and made an adaptive mutex of a shared class here;
 * concurrent first users wait for the one that initialises it.
 */
static int scsa_mx_kind(kmutex_t *mp, unsigned long caller)
{
	int kind = smp_load_acquire(&mp->m_kind);

	if (likely(kind == SCSA_MX_ADAPTIVE || kind == SCSA_MX_SPIN))
		return kind;
	if (kind == SCSA_MX_UNINIT &&
	    cmpxchg(&mp->m_kind, SCSA_MX_UNINIT, SCSA_MX_INITING) ==
	    SCSA_MX_UNINIT) {
		pr_err_ratelimited("driver bug: kmutex_t %p used without mutex_init(), from %pS\n",
				   mp, (void *)caller);
		scsa_mx_setup(mp, false, "kmutex_t without mutex_init()",
			      &scsa_mx_uninit_key);
		smp_store_release(&mp->m_kind, SCSA_MX_ADAPTIVE);
		return SCSA_MX_ADAPTIVE;
	}
	while ((kind = smp_load_acquire(&mp->m_kind)) == SCSA_MX_INITING)
		cpu_relax();
	return kind;
}

/**
 * scsa_mutex_destroy() - mutex_destroy(9F): retire a kmutex_t.
 * @mp: the mutex; it must not be held (reported if it is).
 *
 * Called through the mutex_destroy() macro of <sys/mutex.h>.  There is
 * nothing to free; the mutex may be initialised again.  Source: mutex(9F).
 *
 * Context: any; does not sleep.
 */
void scsa_mutex_destroy(kmutex_t *mp)
{
	if (!mp)
		return;
	if (READ_ONCE(mp->m_owner))
		pr_warn_ratelimited("mutex_destroy() of a held mutex, from %pS\n",
				    __builtin_return_address(0));
	if (READ_ONCE(mp->m_kind) == SCSA_MX_ADAPTIVE && !mp->m_owner)
		(mutex_destroy)(&mp->m_adaptive);	/* Linux's */
}
EXPORT_SYMBOL_GPL(scsa_mutex_destroy);

/**
 * mutex_enter() - take @mp, waiting until it is free.
 * @mp: an initialised kmutex_t, not already held by the caller (it does
 *      not recurse; lockdep reports a recursion in the debug lane).
 *
 * Adaptive: spins while the owner runs, else sleeps; the holder may
 * block.  Spin: spins with local interrupts off until mutex_exit().
 * Source: mutex(9F).
 *
 * Context: adaptive: thread context where sleeping is allowed -- process
 * context, pkt_comp, timeout() handlers, runout callbacks, taskq
 * functions, strategy(9E) -- with no spin mutex or Linux spinlock held.
 * Elsewhere (hard IRQ, a spinlock held) it is a driver bug, reported once
 * for the caller, and the mutex is taken by spinning instead.  Spin: any.
 */
void mutex_enter(kmutex_t *mp)
{
	if (scsa_mx_kind(mp, _RET_IP_) == SCSA_MX_SPIN) {
		unsigned long flags;

		spin_lock_irqsave(&mp->m_spin.m_lock, flags);
		mp->m_spin.m_flags = flags;
	} else if (likely(scsa_may_sleep())) {
		mutex_lock(&mp->m_adaptive);
	} else {
		scsa_sleep_bug("mutex_enter() of an adaptive mutex", _RET_IP_);
		while (!mutex_trylock(&mp->m_adaptive))
			cpu_relax();
	}
	mp->m_owner = current;
}
EXPORT_SYMBOL_GPL(scsa_mutex_enter);

/**
 * mutex_exit() - release @mp (a spin mutex restores the interrupt state
 * mutex_enter() saved).
 * @mp: a kmutex_t held by the caller.  Releasing one the caller does not
 *      hold is reported and ignored.
 *
 * Source: mutex(9F).
 *
 * Context: any the matching mutex_enter() ran in; does not sleep.
 */
void mutex_exit(kmutex_t *mp)
{
	if (unlikely(mp->m_owner != current)) {
		pr_err_ratelimited("driver bug: mutex_exit() of a mutex the caller does not hold, from %pS\n",
				   __builtin_return_address(0));
		return;
	}
	mp->m_owner = NULL;
	if (mp->m_kind == SCSA_MX_SPIN)
		spin_unlock_irqrestore(&mp->m_spin.m_lock, mp->m_spin.m_flags);
	else
		mutex_unlock(&mp->m_adaptive);
}
EXPORT_SYMBOL_GPL(scsa_mutex_exit);

/**
 * mutex_tryenter() - take @mp if it is free, without waiting.
 * @mp: an initialised kmutex_t.
 *
 * On success the caller holds it as after mutex_enter().
 * Source: mutex(9F).
 *
 * Context: adaptive: thread or softirq context (not hard IRQ); spin: any.
 * Does not sleep.
 * Return: non-zero (1) if @mp was taken, 0 if it is held.
 */
int mutex_tryenter(kmutex_t *mp)
{
	if (scsa_mx_kind(mp, _RET_IP_) == SCSA_MX_SPIN) {
		unsigned long flags;

		if (!spin_trylock_irqsave(&mp->m_spin.m_lock, flags))
			return 0;
		mp->m_spin.m_flags = flags;
	} else if (!mutex_trylock(&mp->m_adaptive)) {
		return 0;
	}
	mp->m_owner = current;
	return 1;
}
EXPORT_SYMBOL_GPL(scsa_mutex_tryenter);

/**
 * mutex_owned() - does the caller hold @mp?
 * @mp: an initialised kmutex_t.
 *
 * For an adaptive mutex: held by the calling thread.  For a spin mutex,
 * as on illumos: held at all (by anyone).  Always true during a panic.
 * Meant for ASSERT()s and MUTEX_HELD().  Source: mutex(9F), illumos
 * mutex_owned().
 *
 * Context: any; does not sleep.
 * Return: non-zero if held as described, 0 otherwise.
 */
int mutex_owned(const kmutex_t *mp)
{
	if (ddi_in_panic())
		return 1;
	if (READ_ONCE(mp->m_kind) == SCSA_MX_SPIN)
		return spin_is_locked((spinlock_t *)&mp->m_spin.m_lock);
	return READ_ONCE(mp->m_owner) == current;
}
EXPORT_SYMBOL_GPL(scsa_mutex_owned);

/**
 * mutex_owner() - the thread holding an adaptive mutex.
 * @mp: an initialised kmutex_t.
 *
 * Source: illumos mutex_owner().
 *
 * Context: any; does not sleep.  The answer may be stale at once.
 * Return: the owner, or NULL if @mp is free or a spin mutex.
 */
struct task_struct *mutex_owner(const kmutex_t *mp)
{
	if (READ_ONCE(mp->m_kind) != SCSA_MX_ADAPTIVE)
		return NULL;
	return READ_ONCE(mp->m_owner);
}
EXPORT_SYMBOL_GPL(scsa_mutex_owner);

/* ---- kcondvar_t ---- */

/**
 * scsa_cv_init() - cv_init(9F): initialise a condition variable.
 * @cvp:  the condition variable, with no waiters.
 * @name: accepted and ignored (lockdep names it after @site).
 * @type: CV_DRIVER or CV_DEFAULT: accepted and ignored.
 * @arg:  accepted and ignored.
 * @site: the call site's name (from the cv_init() macro).
 * @key:  the call site's static lockdep class key (from the macro).
 *
 * Source: condvar(9F).
 *
 * Context: any; does not sleep.
 */
void scsa_cv_init(kcondvar_t *cvp, char *name, kcv_type_t type, void *arg,
		  const char *site, struct lock_class_key *key)
{
	__init_waitqueue_head(&cvp->cv_wq, site, key);
}
EXPORT_SYMBOL_GPL(scsa_cv_init);

/**
 * cv_destroy() - retire a condition variable; there is nothing to free.
 * @cvp: the condition variable; it must have no waiters (reported if it
 *       has).
 *
 * Source: condvar(9F).
 *
 * Context: any; does not sleep.
 */
void cv_destroy(kcondvar_t *cvp)
{
	if (waitqueue_active(&cvp->cv_wq))
		pr_warn_ratelimited("cv_destroy() with waiters, from %pS\n",
				    __builtin_return_address(0));
}
EXPORT_SYMBOL_GPL(scsa_cv_destroy);

/*
 * Queue the caller as an exclusive waiter (so that cv_signal()'s wake_up()
 * wakes exactly one) before @mp is released: a wakeup after that sets the
 * task running again and schedule_timeout() returns at once.  Returns the
 * jiffies left of @timeout, but at least 1 if a cv_signal()/cv_broadcast()
 * woke the caller (autoremove_wake_function() took it off the queue) as
 * the time ran out: that signal was taken by this waiter and must count.
 * *@sig is set if an interruptible wait ended for a signal and not a
 * wakeup.
 */
static long scsa_cv_block(kcondvar_t *cvp, kmutex_t *mp, long timeout,
			  int state, bool *sig, unsigned long caller)
{
	DEFINE_WAIT(wait);
	bool woken;
	long left;

	if (unlikely(!mutex_owned(mp))) {
		pr_err_ratelimited("driver bug: cv_wait() without its mutex held, from %pS\n",
				   (void *)caller);
		return 1;		/* a premature wakeup: callers re-check */
	}
	if (mp->m_kind != SCSA_MX_SPIN && !scsa_may_sleep()) {
		scsa_sleep_bug("cv_wait()", caller);
		return 1;
	}
	prepare_to_wait_exclusive(&cvp->cv_wq, &wait, state);
	mutex_exit(mp);
	left = schedule_timeout(timeout);
	woken = list_empty_careful(&wait.entry);
	if (!left && woken)
		left = 1;
	finish_wait(&cvp->cv_wq, &wait);
	if (sig)
		*sig = !woken && signal_pending(current);
	mutex_enter(mp);
	return left;
}

/**
 * cv_wait() - release @mp, sleep until signalled, retake @mp.
 * @cvp: the condition variable.
 * @mp:  a kmutex_t held by the caller; held again on return.
 *
 * The sleep is uninterruptible and has no time limit.  A cv_signal() or
 * cv_broadcast() after @mp was released is never missed; cv_signal()
 * wakes one waiter, cv_broadcast() all.  As on Solaris the caller
 * re-checks its condition in a loop.  Other adaptive mutexes may stay
 * held across the wait.  Source: condvar(9F).
 *
 * Context: thread context where sleeping is allowed (process context,
 * timeout() handlers, runout callbacks, taskq functions, driver threads;
 * pkt_comp must not, as on Solaris).  Where Linux cannot sleep it is
 * reported once and returns at once (a premature wakeup).
 */
void cv_wait(kcondvar_t *cvp, kmutex_t *mp)
{
	scsa_cv_block(cvp, mp, MAX_SCHEDULE_TIMEOUT, TASK_UNINTERRUPTIBLE,
		      NULL, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_cv_wait);

/**
 * cv_wait_sig() - cv_wait(), but a signal to the caller ends the wait.
 * @cvp: the condition variable.
 * @mp:  a kmutex_t held by the caller; held again on return.
 *
 * Source: condvar(9F).
 *
 * Context: as cv_wait().  Kernel threads (pkt_comp, handlers) get no
 * signals: there it is cv_wait().
 * Return: 0 if a signal ended the wait, a positive value (1) otherwise.
 */
int cv_wait_sig(kcondvar_t *cvp, kmutex_t *mp)
{
	bool sig = false;

	if (signal_pending(current))
		return 0;
	scsa_cv_block(cvp, mp, MAX_SCHEDULE_TIMEOUT, TASK_INTERRUPTIBLE,
		      &sig, _RET_IP_);
	return sig ? 0 : 1;
}
EXPORT_SYMBOL_GPL(scsa_cv_wait_sig);

static clock_t scsa_cv_until(kcondvar_t *cvp, kmutex_t *mp, long left,
			     bool intr, unsigned long caller)
{
	bool sig = false;

	if (intr && signal_pending(current))
		return 0;
	if (left <= 0)
		return -1;
	left = scsa_cv_block(cvp, mp, left, intr ? TASK_INTERRUPTIBLE :
			     TASK_UNINTERRUPTIBLE, &sig, caller);
	if (sig)
		return 0;
	return left ? (clock_t)left : -1;
}

/**
 * cv_timedwait() - cv_wait(), but give up at time @abstime.
 * @cvp:     the condition variable.
 * @mp:      a kmutex_t held by the caller; held again on return.
 * @abstime: absolute deadline in clock ticks (jiffies), on the
 *           ddi_get_lbolt() clock: ddi_get_lbolt() + drv_usectohz(usecs).
 *
 * If @abstime has already passed, returns at once without releasing @mp.
 * Source: condvar(9F).
 *
 * Context: as cv_wait().
 * Return: -1 if @abstime was reached (or had passed) without a signal;
 * otherwise a positive value, the ticks that were left (at least 1, also
 * when the signal came as @abstime was reached, or for a premature
 * wakeup, which condvar(9F) allows; callers re-check).
 */
clock_t cv_timedwait(kcondvar_t *cvp, kmutex_t *mp, clock_t abstime)
{
	return scsa_cv_until(cvp, mp, (long)(abstime - (clock_t)jiffies),
			     false, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_cv_timedwait);

/**
 * cv_timedwait_sig() - cv_timedwait(), but a signal ends the wait too.
 * @cvp:     the condition variable.
 * @mp:      a kmutex_t held by the caller; held again on return.
 * @abstime: absolute deadline in clock ticks, as for cv_timedwait().
 *
 * Source: condvar(9F).
 *
 * Context: as cv_wait().
 * Return: 0 if a signal ended the wait (or was pending), -1 if @abstime
 * was reached, a positive value otherwise.
 */
clock_t cv_timedwait_sig(kcondvar_t *cvp, kmutex_t *mp, clock_t abstime)
{
	return scsa_cv_until(cvp, mp, (long)(abstime - (clock_t)jiffies),
			     true, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_cv_timedwait_sig);

/**
 * cv_reltimedwait() - cv_wait() for at most @delta clock ticks.
 * @cvp:   the condition variable.
 * @mp:    a kmutex_t held by the caller; held again on return.
 * @delta: the longest wait, in clock ticks (jiffies); 0 or negative
 *         returns -1 at once without releasing @mp.
 * @res:   the resolution wanted (TR_CLOCK_TICK, ...): accepted; the
 *         wait is in whole ticks.
 *
 * Source: condvar(9F).
 *
 * Context: as cv_wait().
 * Return: -1 if the time ran out, a positive value otherwise.
 */
clock_t cv_reltimedwait(kcondvar_t *cvp, kmutex_t *mp, clock_t delta,
			time_res_t res)
{
	return scsa_cv_until(cvp, mp, delta, false, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_cv_reltimedwait);

/**
 * cv_reltimedwait_sig() - cv_reltimedwait(), but a signal ends it too.
 * @cvp:   the condition variable.
 * @mp:    a kmutex_t held by the caller; held again on return.
 * @delta: the longest wait, in clock ticks, as for cv_reltimedwait().
 * @res:   accepted, as for cv_reltimedwait().
 *
 * Source: condvar(9F).
 *
 * Context: as cv_wait().
 * Return: 0 for a signal, -1 if the time ran out, a positive value
 * otherwise.
 */
clock_t cv_reltimedwait_sig(kcondvar_t *cvp, kmutex_t *mp, clock_t delta,
			    time_res_t res)
{
	return scsa_cv_until(cvp, mp, delta, true, _RET_IP_);
}
EXPORT_SYMBOL_GPL(scsa_cv_reltimedwait_sig);

/**
 * cv_signal() - wake one thread waiting on @cvp.
 * @cvp: the condition variable.
 *
 * The longest waiting thread (waiters queue in order) is woken; with no
 * waiter nothing happens and the signal is not remembered.  Calling it
 * with the waiters' mutex held is not required.  Source: condvar(9F).
 *
 * Context: any, including interrupt context; does not sleep.
 */
void cv_signal(kcondvar_t *cvp)
{
	wake_up(&cvp->cv_wq);
}
EXPORT_SYMBOL_GPL(scsa_cv_signal);

/**
 * cv_broadcast() - wake every thread waiting on @cvp.
 * @cvp: the condition variable.
 *
 * Source: condvar(9F).
 *
 * Context: any, including interrupt context; does not sleep.
 */
void cv_broadcast(kcondvar_t *cvp)
{
	wake_up_all(&cvp->cv_wq);
}
EXPORT_SYMBOL_GPL(scsa_cv_broadcast);

/* ---- krwlock_t ---- */

#ifdef CONFIG_DEBUG_LOCK_ALLOC
#define SCSA_RW_DEP(rw)		(&(rw)->rw_dep_map)
#else
#define SCSA_RW_DEP(rw)		NULL
#endif

/**
 * scsa_rw_init() - rw_init(9F): initialise a readers/writer lock.
 * @rwlp: the lock, not held.
 * @name: accepted and ignored (lockdep names it after @site).
 * @type: RW_DRIVER or RW_DEFAULT: accepted and ignored.
 * @arg:  an interrupt priority: accepted and ignored (the lock is never
 *        taken in interrupt context).
 * @site: the call site's name (from the rw_init() macro).
 * @key:  the call site's static lockdep class key (from the macro).
 *
 * Source: rwlock(9F).
 *
 * Context: any; does not sleep.
 */
void scsa_rw_init(krwlock_t *rwlp, char *name, krw_type_t type, void *arg,
		  const char *site, struct lock_class_key *key)
{
	spin_lock_init(&rwlp->rw_guard);
	rwlp->rw_holders = 0;
	rwlp->rw_wwait = 0;
	rwlp->rw_owner = NULL;
	init_waitqueue_head(&rwlp->rw_wq);
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	lockdep_init_map(&rwlp->rw_dep_map, site, key, 0);
#endif
}
EXPORT_SYMBOL_GPL(scsa_rw_init);

/**
 * rw_destroy() - retire a readers/writer lock; there is nothing to free.
 * @rwlp: the lock; it must not be held (reported if it is).
 *
 * Source: rwlock(9F).
 *
 * Context: any; does not sleep.
 */
void rw_destroy(krwlock_t *rwlp)
{
	if (READ_ONCE(rwlp->rw_holders))
		pr_warn_ratelimited("rw_destroy() of a held lock, from %pS\n",
				    __builtin_return_address(0));
}
EXPORT_SYMBOL_GPL(scsa_rw_destroy);

/* Take it if @enter_type may have it now; under no lock. */
static bool scsa_rw_try(krwlock_t *rwlp, krw_t enter_type, bool waiting)
{
	bool got = false;

	spin_lock_irq(&rwlp->rw_guard);
	if (enter_type == RW_WRITER) {
		if (rwlp->rw_holders == 0) {
			rwlp->rw_holders = -1;
			rwlp->rw_owner = current;
			if (waiting)
				rwlp->rw_wwait--;
			got = true;
		}
	} else if (rwlp->rw_holders >= 0 &&
		   (!rwlp->rw_wwait || enter_type == RW_READER_STARVEWRITER)) {
		rwlp->rw_holders++;
		got = true;
	}
	spin_unlock_irq(&rwlp->rw_guard);
	return got;
}

/**
 * rw_enter() - take @rwlp as a reader or as the writer, waiting for it.
 * @rwlp:       an initialised lock, not held by the caller.
 * @enter_type: RW_READER (waits while a writer holds or waits for the
 *              lock), RW_READER_STARVEWRITER (waits only while a writer
 *              holds it) or RW_WRITER (waits until nobody holds it).
 *
 * Source: rwlock(9F), illumos rw_enter() (writers are favoured).
 *
 * Context: thread context where sleeping is allowed; sleeps.
 */
void rw_enter(krwlock_t *rwlp, krw_t enter_type)
{
	if (enter_type == RW_WRITER) {
		rwsem_acquire(SCSA_RW_DEP(rwlp), 0, 0, _RET_IP_);
		if (scsa_rw_try(rwlp, RW_WRITER, false))
			return;
		spin_lock_irq(&rwlp->rw_guard);
		rwlp->rw_wwait++;
		spin_unlock_irq(&rwlp->rw_guard);
		wait_event(rwlp->rw_wq, scsa_rw_try(rwlp, RW_WRITER, true));
	} else {
		rwsem_acquire_read(SCSA_RW_DEP(rwlp), 0, 0, _RET_IP_);
		wait_event(rwlp->rw_wq, scsa_rw_try(rwlp, enter_type, false));
	}
}
EXPORT_SYMBOL_GPL(scsa_rw_enter);

/**
 * rw_tryenter() - rw_enter() if it would not wait.
 * @rwlp:       an initialised lock.
 * @enter_type: RW_READER, RW_READER_STARVEWRITER or RW_WRITER.
 *
 * Source: rwlock(9F).
 *
 * Context: any but hard IRQ; does not sleep.
 * Return: non-zero (1) if taken, 0 otherwise.
 */
int rw_tryenter(krwlock_t *rwlp, krw_t enter_type)
{
	if (!scsa_rw_try(rwlp, enter_type, false))
		return 0;
	if (enter_type == RW_WRITER)
		rwsem_acquire(SCSA_RW_DEP(rwlp), 0, 1, _RET_IP_);
	else
		rwsem_acquire_read(SCSA_RW_DEP(rwlp), 0, 1, _RET_IP_);
	return 1;
}
EXPORT_SYMBOL_GPL(scsa_rw_tryenter);

/**
 * rw_exit() - release @rwlp (the caller's read hold, or its write hold).
 * @rwlp: a lock the caller holds.  Releasing a free lock is reported and
 *        ignored.
 *
 * Source: rwlock(9F).
 *
 * Context: any the rw_enter() ran in; does not sleep.
 */
void rw_exit(krwlock_t *rwlp)
{
	bool wake;

	spin_lock_irq(&rwlp->rw_guard);
	if (rwlp->rw_holders == 0) {
		spin_unlock_irq(&rwlp->rw_guard);
		pr_err_ratelimited("driver bug: rw_exit() of a free lock, from %pS\n",
				   __builtin_return_address(0));
		return;
	}
	if (rwlp->rw_holders < 0) {
		rwlp->rw_holders = 0;
		rwlp->rw_owner = NULL;
	} else {
		rwlp->rw_holders--;
	}
	wake = rwlp->rw_holders == 0;
	spin_unlock_irq(&rwlp->rw_guard);
	rwsem_release(SCSA_RW_DEP(rwlp), _RET_IP_);
	if (wake)
		wake_up_all(&rwlp->rw_wq);
}
EXPORT_SYMBOL_GPL(scsa_rw_exit);

/**
 * rw_downgrade() - turn the caller's write hold into a read hold.
 * @rwlp: a lock the caller holds as the writer (reported otherwise).
 *
 * Waiting readers may then enter too, unless a writer waits.
 * Source: rwlock(9F).
 *
 * Context: any the rw_enter() ran in; does not sleep.
 */
void rw_downgrade(krwlock_t *rwlp)
{
	spin_lock_irq(&rwlp->rw_guard);
	if (rwlp->rw_holders != -1 || rwlp->rw_owner != current) {
		spin_unlock_irq(&rwlp->rw_guard);
		pr_err_ratelimited("driver bug: rw_downgrade() without the write lock, from %pS\n",
				   __builtin_return_address(0));
		return;
	}
	rwlp->rw_holders = 1;
	rwlp->rw_owner = NULL;
	spin_unlock_irq(&rwlp->rw_guard);
	lock_downgrade(SCSA_RW_DEP(rwlp), _RET_IP_);
	wake_up_all(&rwlp->rw_wq);
}
EXPORT_SYMBOL_GPL(scsa_rw_downgrade);

/**
 * rw_tryupgrade() - turn the caller's read hold into the write hold, if
 * that needs no wait.
 * @rwlp: a lock the caller holds as a reader.
 *
 * Succeeds only if the caller is the only reader and no writer waits; on
 * failure the caller still holds its read hold.  Source: rwlock(9F).
 *
 * Context: any the rw_enter() ran in; does not sleep.
 * Return: non-zero (1) if upgraded, 0 otherwise.
 */
int rw_tryupgrade(krwlock_t *rwlp)
{
	bool ok;

	spin_lock_irq(&rwlp->rw_guard);
	ok = rwlp->rw_holders == 1 && !rwlp->rw_wwait;
	if (ok) {
		rwlp->rw_holders = -1;
		rwlp->rw_owner = current;
	}
	spin_unlock_irq(&rwlp->rw_guard);
	if (ok) {
		rwsem_release(SCSA_RW_DEP(rwlp), _RET_IP_);
		rwsem_acquire(SCSA_RW_DEP(rwlp), 0, 1, _RET_IP_);
	}
	return ok;
}
EXPORT_SYMBOL_GPL(scsa_rw_tryupgrade);

/**
 * rw_read_held() - is @rwlp held by a reader (any reader)?
 * @rwlp: an initialised lock.
 *
 * Source: rwlock(9F), RW_READ_HELD().
 * Context: any; does not sleep.
 * Return: non-zero if read-held, 0 otherwise.
 */
int rw_read_held(krwlock_t *rwlp)
{
	return READ_ONCE(rwlp->rw_holders) > 0;
}
EXPORT_SYMBOL_GPL(scsa_rw_read_held);

/**
 * rw_write_held() - does the caller hold @rwlp as the writer?
 * @rwlp: an initialised lock.
 *
 * Source: rwlock(9F), RW_WRITE_HELD().
 * Context: any; does not sleep.
 * Return: non-zero if so, 0 otherwise.
 */
int rw_write_held(krwlock_t *rwlp)
{
	return READ_ONCE(rwlp->rw_holders) < 0 &&
	       READ_ONCE(rwlp->rw_owner) == current;
}
EXPORT_SYMBOL_GPL(scsa_rw_write_held);

/**
 * rw_lock_held() - read-held by anyone, or write-held by the caller.
 * @rwlp: an initialised lock.
 *
 * Source: rwlock(9F), RW_LOCK_HELD().
 * Context: any; does not sleep.
 * Return: non-zero if so, 0 otherwise.
 */
int rw_lock_held(krwlock_t *rwlp)
{
	return rw_read_held(rwlp) || rw_write_held(rwlp);
}
EXPORT_SYMBOL_GPL(scsa_rw_lock_held);

/**
 * rw_read_locked() - is a held @rwlp held for reading?
 * @rwlp: a held lock.
 *
 * Source: rwlock(9F).
 * Context: any; does not sleep.
 * Return: non-zero if held by readers, 0 if held by the writer (or free).
 */
int rw_read_locked(krwlock_t *rwlp)
{
	return READ_ONCE(rwlp->rw_holders) > 0;
}
EXPORT_SYMBOL_GPL(scsa_rw_read_locked);

/**
 * rw_iswriter() - is @rwlp write-locked (by anyone)?
 * @rwlp: an initialised lock.
 *
 * Source: illumos rw_iswriter(), RW_ISWRITER().
 * Context: any; does not sleep.
 * Return: non-zero if write-locked, 0 otherwise.
 */
int rw_iswriter(krwlock_t *rwlp)
{
	return READ_ONCE(rwlp->rw_holders) < 0;
}
EXPORT_SYMBOL_GPL(scsa_rw_iswriter);

/**
 * rw_owner() - the writer holding @rwlp.
 * @rwlp: an initialised lock.
 *
 * Source: illumos rw_owner().
 * Context: any; does not sleep.
 * Return: the writer, or NULL if read-held or free.
 */
struct task_struct *rw_owner(krwlock_t *rwlp)
{
	return READ_ONCE(rwlp->rw_owner);
}
EXPORT_SYMBOL_GPL(scsa_rw_owner);

/* ---- ksema_t ---- */

/**
 * sema_init() - initialise a counting semaphore.
 * @sp:    the semaphore.
 * @count: its initial count (at most INT_MAX).
 * @name:  accepted and ignored.
 * @type:  SEMA_DRIVER or SEMA_DEFAULT: accepted and ignored.
 * @arg:   accepted and ignored.
 *
 * The Solaris sema_init() (a macro for scsa_sema_init() in Solaris
 * translation units); Linux's own is another function.
 * Source: semaphore(9F).
 *
 * Context: any; does not sleep.
 */
void sema_init(ksema_t *sp, uint32_t count, char *name, ksema_type_t type,
	       void *arg)
{
	/* Linux's sema_init(): the parentheses keep the macro away */
	(sema_init)(&sp->s_sem, min_t(u32, count, INT_MAX));
}
EXPORT_SYMBOL_GPL(scsa_sema_init);

/**
 * sema_destroy() - retire a semaphore; there is nothing to free.
 * @sp: the semaphore, with no waiters.
 *
 * Source: semaphore(9F).
 * Context: any; does not sleep.
 */
void sema_destroy(ksema_t *sp)
{
}
EXPORT_SYMBOL_GPL(scsa_sema_destroy);

/**
 * sema_p() - decrement the count, waiting while it is 0 ("P").
 * @sp: the semaphore.
 *
 * The wait is uninterruptible.  Source: semaphore(9F).
 *
 * Context: thread context where sleeping is allowed; sleeps.  Where Linux
 * cannot sleep it is reported once and spins on sema_tryp() instead.
 */
void sema_p(ksema_t *sp)
{
	if (unlikely(!scsa_may_sleep())) {
		scsa_sleep_bug("sema_p()", _RET_IP_);
		while (down_trylock(&sp->s_sem))
			cpu_relax();
		return;
	}
	down(&sp->s_sem);
}
EXPORT_SYMBOL_GPL(scsa_sema_p);

/**
 * sema_p_sig() - sema_p(), but a signal to the caller ends the wait.
 * @sp: the semaphore.
 *
 * Source: semaphore(9F).
 *
 * Context: as sema_p().
 * Return: 0 if the count was decremented, 1 if a signal ended the wait
 * (the count is unchanged).
 */
int sema_p_sig(ksema_t *sp)
{
	if (unlikely(!scsa_may_sleep())) {
		sema_p(sp);
		return 0;
	}
	return down_interruptible(&sp->s_sem) ? 1 : 0;
}
EXPORT_SYMBOL_GPL(scsa_sema_p_sig);

/**
 * sema_v() - increment the count, waking one waiter ("V").
 * @sp: the semaphore.
 *
 * Source: semaphore(9F).
 * Context: any, including interrupt context; does not sleep.
 */
void sema_v(ksema_t *sp)
{
	up(&sp->s_sem);
}
EXPORT_SYMBOL_GPL(scsa_sema_v);

/**
 * sema_tryp() - decrement the count if it is above 0, without waiting.
 * @sp: the semaphore.
 *
 * Source: semaphore(9F).
 * Context: any, including interrupt context; does not sleep.
 * Return: 1 if the count was decremented, 0 if it was 0.
 */
int sema_tryp(ksema_t *sp)
{
	return down_trylock(&sp->s_sem) ? 0 : 1;
}
EXPORT_SYMBOL_GPL(scsa_sema_tryp);

/**
 * sema_held() - is the count 0 (the semaphore "held")?
 * @sp: the semaphore.
 *
 * Source: illumos sema_held(), SEMA_HELD() (for ASSERT()s).
 * Context: any; does not sleep.
 * Return: non-zero if the count is 0, 0 otherwise.
 */
int sema_held(ksema_t *sp)
{
	return READ_ONCE(sp->s_sem.count) <= 0;
}
EXPORT_SYMBOL_GPL(scsa_sema_held);

/* ---- clocks ---- */

/**
 * gethrtime() - the high-resolution time in nanoseconds.
 *
 * Description: a monotonic clock (CLOCK_MONOTONIC) that does not jump
 * with the time of day; from an arbitrary origin.  Source: gethrtime(9F).
 *
 * Context: any; does not sleep.
 * Return: nanoseconds.
 */
hrtime_t gethrtime(void)
{
	return (hrtime_t)ktime_get_ns();
}
EXPORT_SYMBOL_GPL(scsa_gethrtime);

/**
 * ddi_get_lbolt64() - clock ticks since boot, 64 bits wide.
 *
 * Description: jiffies_64, which, like ddi_get_lbolt(), does not start at
 * 0; it does not wrap in practice.  Source: ddi_get_lbolt64(9F).
 *
 * Context: any; does not sleep.
 * Return: the tick count.
 */
int64_t ddi_get_lbolt64(void)
{
	return (int64_t)get_jiffies_64();
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_lbolt64);

/**
 * drv_usecwait() - busy-wait for at least @usecs microseconds.
 * @usecs: microseconds; 0 or negative returns at once.
 *
 * Description: spins on the monotonic clock of gethrtime() until
 * @usecs have passed; it does not sleep, so long waits should use
 * delay(9F) where sleeping is allowed.  Source: drv_usecwait(9F).
 *
 * Context: any, including interrupt context.
 */
void drv_usecwait(clock_t usecs)
{
	u64 end;

	if (usecs <= 0)
		return;
	/* on gethrtime()'s clock, so "at least" holds by that clock too */
	end = ktime_get_ns() + (u64)usecs * NSEC_PER_USEC;
	while (ktime_get_ns() < end)
		cpu_relax();
}
EXPORT_SYMBOL_GPL(scsa_drv_usecwait);

/* ---- kernel threads ---- */

proc_t p0;
EXPORT_SYMBOL_GPL(scsa_p0);

struct scsa_thread {
	struct list_head node;
	struct task_struct *task;
	void (*proc)(void *);
	void *arg;
	void *copy;		/* thread_create()'s len bytes of arg */
	struct module *owner;
};

static LIST_HEAD(scsa_threads);
static DEFINE_SPINLOCK(scsa_threads_lock);

static void __noreturn scsa_thread_end(struct scsa_thread *t)
{
	struct module *owner = t->owner;

	spin_lock(&scsa_threads_lock);
	list_del(&t->node);
	spin_unlock(&scsa_threads_lock);
	kfree(t->copy);
	kfree(t);
	__module_put_and_kthread_exit(owner, 0);
}

static int scsa_thread_main(void *data)
{
	struct scsa_thread *t = data;

	t->proc(t->copy ?: t->arg);
	scsa_thread_end(t);
}

/**
 * scsa_thread_create() - thread_create(): start a kernel thread.
 * @stk:     must be NULL (a caller-supplied stack is not supported).
 * @stksize: accepted and ignored (Linux kernel threads have a fixed
 *           stack).
 * @proc:    the function the thread runs, with @arg; the thread ends when
 *           it returns or calls thread_exit().
 * @arg:     its argument.
 * @len:     0: @proc gets @arg; otherwise @len bytes at @arg are copied
 *           and @proc gets the copy, as illumos does.
 * @pp:      &p0 (kernel threads belong to process 0): accepted.
 * @state:   TS_RUN: the thread starts at once (any state does).
 * @pri:     minclsyspri..maxclsyspri; mapped to nice 0..-20.
 * @owner:   THIS_MODULE of the caller (from the thread_create() macro):
 *           the thread holds a reference on it until it ends.
 *
 * Source: illumos thread_create() (<sys/thread.h>); drivers use it as
 * thread_create(NULL, 0, func, arg, 0, &p0, TS_RUN, minclsyspri).
 *
 * Context: thread context where sleeping is allowed; sleeps.
 * Return: the new thread; NULL if Linux could not create it (out of
 * memory, a fatal signal pending, @stk given, or the owner module going
 * away) -- illumos never fails, so this is reported.
 */
kthread_t *scsa_thread_create(caddr_t stk, size_t stksize,
			      void (*proc)(void *), void *arg, size_t len,
			      proc_t *pp, int state, pri_t pri,
			      struct module *owner)
{
	struct scsa_thread *t;
	struct task_struct *task;
	int nice = 0;

	if (stk || !proc || !scsa_may_sleep()) {
		pr_err("thread_create(%ps): %s\n", proc,
		       stk ? "a caller-supplied stack is not supported" :
		       !proc ? "no function" :
		       "called where sleeping is not allowed");
		return NULL;
	}
	t = kzalloc(sizeof(*t), GFP_KERNEL);
	if (!t)
		goto fail;
	t->proc = proc;
	t->arg = arg;
	t->owner = owner;
	if (len && arg) {
		t->copy = kmemdup(arg, len, GFP_KERNEL);
		if (!t->copy)
			goto fail_free;
	}
	if (!try_module_get(owner))
		goto fail_free;
	task = kthread_create(scsa_thread_main, t, "%ps", proc);
	if (IS_ERR(task)) {
		module_put(owner);
		goto fail_free;
	}
	t->task = task;
	if (pri > MINCLSYSPRI)
		nice = -(min_t(int, pri, MAXCLSYSPRI) - MINCLSYSPRI) * 20 /
			(MAXCLSYSPRI - MINCLSYSPRI);
	set_user_nice(task, nice);
	spin_lock(&scsa_threads_lock);
	list_add(&t->node, &scsa_threads);
	spin_unlock(&scsa_threads_lock);
	wake_up_process(task);
	return task;

fail_free:
	kfree(t->copy);
	kfree(t);
fail:
	pr_err("thread_create(%ps) failed\n", proc);
	return NULL;
}
EXPORT_SYMBOL_GPL(scsa_thread_create);

/**
 * thread_exit() - end the calling thread (one from thread_create()).
 *
 * Description: does not return; the thread's module reference is
 * dropped.  Called by any other thread it is reported and that thread
 * sleeps forever instead (it cannot be ended safely).
 * Source: illumos thread_exit().
 *
 * Context: a thread_create() thread, holding no lock.
 */
void thread_exit(void)
{
	struct scsa_thread *t, *found = NULL;

	spin_lock(&scsa_threads_lock);
	list_for_each_entry(t, &scsa_threads, node)
		if (t->task == current)
			found = t;
	spin_unlock(&scsa_threads_lock);
	if (found)
		scsa_thread_end(found);
	pr_err("driver bug: thread_exit() from a thread thread_create() did not start, from %pS\n",
	       __builtin_return_address(0));
	for (;;)
		schedule_timeout_uninterruptible(MAX_SCHEDULE_TIMEOUT);
}
EXPORT_SYMBOL_GPL(scsa_thread_exit);
