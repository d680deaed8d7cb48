// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_taskq.c - taskq_*() and ddi_taskq_*(9F) on Linux workqueues.
 *
 * One taskq is one workqueue of its own: ordered (one task at a time, in
 * dispatch order) for a single-threaded taskq, else with at most nthreads
 * tasks running at once.  Every task is a small allocation carrying the
 * work item, freed after the function returned.  Suspension (ddi_taskq)
 * holds back tasks that have not started and waits for running ones.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <sys/ddi.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <linux/wait.h>
#include <linux/cpumask.h>

struct taskq {
	struct workqueue_struct *wq;
	atomic_t running;		/* tasks inside their function */
	bool suspended;
	wait_queue_head_t waitq;	/* suspend/resume hand-over */
	char name[TASKQ_NAMELEN + 1];
};

struct scsa_task {
	struct work_struct work;
	task_func_t *func;
	void *arg;
	taskq_t *tq;
};

static void scsa_task_run(struct work_struct *w)
{
	struct scsa_task *t = container_of(w, struct scsa_task, work);
	taskq_t *tq = t->tq;

	for (;;) {
		atomic_inc(&tq->running);
		smp_mb__after_atomic();		/* pairs with ddi_taskq_suspend() */
		if (!READ_ONCE(tq->suspended))
			break;
		if (atomic_dec_and_test(&tq->running))
			wake_up_all(&tq->waitq);
		wait_event(tq->waitq, !READ_ONCE(tq->suspended));
	}
	t->func(t->arg);
	kfree(t);
	if (atomic_dec_and_test(&tq->running))
		wake_up_all(&tq->waitq);
}

/**
 * taskq_create() - create a task queue.
 * @name:     its name (the workqueue's; at most TASKQ_NAMELEN bytes used).
 * @nthreads: how many tasks may run at once (1: in dispatch order, one
 *            at a time); with TASKQ_THREADS_CPU_PCT a percentage of the
 *            CPUs.  Values below 1 count as 1.
 * @pri:      minclsyspri..maxclsyspri; maxclsyspri gives a high-priority
 *            workqueue.
 * @minalloc: accepted and ignored (tasks are allocated per dispatch).
 * @maxalloc: accepted and ignored.
 * @flags:    TASKQ_PREPOPULATE, TASKQ_CPR_SAFE, TASKQ_DYNAMIC: accepted;
 *            TASKQ_THREADS_CPU_PCT as above.
 *
 * The workqueue may be used for memory reclaim (a storage driver's
 * progress may depend on it).  Source: illumos taskq_create().
 *
 * Context: thread context where sleeping is allowed; sleeps.
 * Return: the task queue; NULL if Linux could not create the workqueue
 * (illumos never fails).
 */
taskq_t *taskq_create(const char *name, int nthreads, pri_t pri, int minalloc,
		      int maxalloc, uint_t flags)
{
	unsigned int wqf = WQ_MEM_RECLAIM;
	taskq_t *tq;

	if (flags & TASKQ_THREADS_CPU_PCT)
		nthreads = DIV_ROUND_UP(num_online_cpus() * max(nthreads, 0),
					100);
	if (nthreads < 1)
		nthreads = 1;
	if (pri >= MAXCLSYSPRI)
		wqf |= WQ_HIGHPRI;
	tq = kzalloc(sizeof(*tq), GFP_KERNEL);
	if (!tq)
		return NULL;
	strscpy(tq->name, name ?: "taskq", sizeof(tq->name));
	atomic_set(&tq->running, 0);
	init_waitqueue_head(&tq->waitq);
	if (nthreads == 1)
		tq->wq = alloc_ordered_workqueue("%s", wqf, tq->name);
	else
		tq->wq = alloc_workqueue("%s", wqf | WQ_UNBOUND,
					 min(nthreads, WQ_MAX_ACTIVE),
					 tq->name);
	if (!tq->wq) {
		kfree(tq);
		pr_err("taskq_create(%s) failed\n", name);
		return NULL;
	}
	return tq;
}
EXPORT_SYMBOL_GPL(scsa_taskq_create);

/**
 * taskq_dispatch() - queue @func(@arg) on @tq.
 * @tq:    the task queue.
 * @func:  the task function; it runs in a kernel thread and may block.
 * @arg:   its argument.
 * @flags: TQ_SLEEP (may sleep for memory; never fails) or TQ_NOSLEEP (may
 *         fail); TQ_NOALLOC always fails (every task needs memory here);
 *         TQ_NOQUEUE and TQ_FRONT are accepted (queued at the tail).
 *
 * Source: illumos taskq_dispatch().
 *
 * Context: TQ_NOSLEEP: any, including interrupt context.  TQ_SLEEP:
 * where sleeping is allowed (elsewhere reported once, and tried without
 * sleeping).
 * Return: a non-zero task id, or 0 if the task could not be queued.
 */
taskqid_t taskq_dispatch(taskq_t *tq, task_func_t func, void *arg,
			 uint_t flags)
{
	struct scsa_task *t;

	if (!tq || !func || (flags & TQ_NOALLOC))
		return 0;
	if (!(flags & TQ_NOSLEEP) && !scsa_may_sleep()) {
		scsa_sleep_bug("taskq_dispatch(TQ_SLEEP)", _RET_IP_);
		flags |= TQ_NOSLEEP;
	}
	t = kmalloc(sizeof(*t), (flags & TQ_NOSLEEP) ?
		    GFP_ATOMIC | __GFP_NOWARN : GFP_NOIO | __GFP_NOFAIL);
	if (!t)
		return 0;
	INIT_WORK(&t->work, scsa_task_run);
	t->func = func;
	t->arg = arg;
	t->tq = tq;
	queue_work(tq->wq, &t->work);
	return (taskqid_t)t;
}
EXPORT_SYMBOL_GPL(scsa_taskq_dispatch);

/**
 * taskq_wait() - wait until every task dispatched before the call ran.
 * @tq: the task queue.
 *
 * Source: illumos taskq_wait().
 *
 * Context: thread context where sleeping is allowed, not a task of @tq;
 * sleeps.
 */
void taskq_wait(taskq_t *tq)
{
	if (tq)
		flush_workqueue(tq->wq);
}
EXPORT_SYMBOL_GPL(scsa_taskq_wait);

/**
 * taskq_destroy() - run the tasks still queued, then free @tq.
 * @tq: the task queue (a suspended one is resumed first); NULL is ignored.
 *
 * Source: illumos taskq_destroy().
 *
 * Context: thread context where sleeping is allowed, not a task of @tq;
 * sleeps.
 */
void taskq_destroy(taskq_t *tq)
{
	if (!tq)
		return;
	WRITE_ONCE(tq->suspended, false);
	wake_up_all(&tq->waitq);
	destroy_workqueue(tq->wq);
	kfree(tq);
}
EXPORT_SYMBOL_GPL(scsa_taskq_destroy);

/**
 * taskq_member() - is @thread running a task of @tq?
 * @tq:     the task queue.
 * @thread: a thread; only the calling thread (curthread) can be told.
 *
 * Source: illumos taskq_member().
 *
 * Context: any; does not sleep.
 * Return: 1 if @thread is the caller and it runs a task of @tq, else 0.
 */
int taskq_member(taskq_t *tq, kthread_t *thread)
{
	struct work_struct *w;

	if (!tq || thread != current)
		return 0;
	w = current_work();
	return w && w->func == scsa_task_run &&
	       container_of(w, struct scsa_task, work)->tq == tq;
}
EXPORT_SYMBOL_GPL(scsa_taskq_member);

/* ---- ddi_taskq(9F) ---- */

static taskq_t *scsa_dtq(ddi_taskq_t *tq)
{
	return (taskq_t *)tq;
}

/**
 * ddi_taskq_create() - create a DDI task queue.
 * @dip:      the instance's dev_info (may be NULL).
 * @name:     the queue's name.
 * @nthreads: tasks that may run at once (1: in dispatch order).
 * @pri:      TASKQ_DEFAULTPRI, or minclsyspri..maxclsyspri.
 * @cflags:   must be 0 (accepted and ignored otherwise).
 *
 * Source: ddi_taskq_create(9F).
 *
 * Context: thread context where sleeping is allowed (attach(9E));
 * sleeps.
 * Return: the task queue, or NULL if it could not be created.
 */
ddi_taskq_t *ddi_taskq_create(struct dev_info *dip, const char *name,
			      int nthreads, pri_t pri, uint_t cflags)
{
	if (pri == TASKQ_DEFAULTPRI)
		pri = minclsyspri;
	return (ddi_taskq_t *)taskq_create(name, nthreads, pri, 0, 0, 0);
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_create);

/**
 * ddi_taskq_destroy() - wait for queued tasks and free @tq.
 * @tq: from ddi_taskq_create().
 *
 * Source: ddi_taskq_destroy(9F).
 * Context: as taskq_destroy().
 */
void ddi_taskq_destroy(ddi_taskq_t *tq)
{
	taskq_destroy(scsa_dtq(tq));
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_destroy);

/**
 * ddi_taskq_dispatch() - queue @func(@arg) on @tq.
 * @tq:     from ddi_taskq_create().
 * @func:   the task function (kernel thread context, may block).
 * @arg:    its argument.
 * @dflags: DDI_SLEEP (never fails) or DDI_NOSLEEP (may fail).
 *
 * Source: ddi_taskq_dispatch(9F).
 * Context: as taskq_dispatch() with TQ_SLEEP or TQ_NOSLEEP.
 * Return: DDI_SUCCESS, or DDI_FAILURE if the task could not be queued.
 */
int ddi_taskq_dispatch(ddi_taskq_t *tq, void (*func)(void *), void *arg,
		       uint_t dflags)
{
	return taskq_dispatch(scsa_dtq(tq), func, arg,
			      (dflags & 1) ? TQ_NOSLEEP : TQ_SLEEP) ?
		DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_dispatch);

/**
 * ddi_taskq_wait() - wait until every task dispatched so far ran.
 * @tq: from ddi_taskq_create(); not suspended.
 *
 * Source: ddi_taskq_wait(9F).
 * Context: as taskq_wait().
 */
void ddi_taskq_wait(ddi_taskq_t *tq)
{
	taskq_wait(scsa_dtq(tq));
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_wait);

/**
 * ddi_taskq_suspend() - hold back tasks that have not started; wait for
 * the running ones to finish.
 * @tq: from ddi_taskq_create().
 *
 * Source: ddi_taskq_suspend(9F).
 * Context: thread context where sleeping is allowed, not a task of @tq;
 * sleeps.
 */
void ddi_taskq_suspend(ddi_taskq_t *tq)
{
	taskq_t *q = scsa_dtq(tq);

	WRITE_ONCE(q->suspended, true);
	smp_mb();		/* pairs with scsa_task_run() */
	wait_event(q->waitq, atomic_read(&q->running) == 0);
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_suspend);

/**
 * ddi_taskq_resume() - let a suspended @tq run its tasks again.
 * @tq: from ddi_taskq_create().
 *
 * Source: ddi_taskq_resume(9F).
 * Context: any; does not sleep.
 */
void ddi_taskq_resume(ddi_taskq_t *tq)
{
	taskq_t *q = scsa_dtq(tq);

	WRITE_ONCE(q->suspended, false);
	wake_up_all(&q->waitq);
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_resume);

/**
 * ddi_taskq_suspended() - is @tq suspended?
 * @tq: from ddi_taskq_create().
 *
 * Source: ddi_taskq_suspended(9F).
 * Context: any; does not sleep.
 * Return: B_TRUE if suspended, B_FALSE otherwise.
 */
boolean_t ddi_taskq_suspended(ddi_taskq_t *tq)
{
	return READ_ONCE(scsa_dtq(tq)->suspended) ? B_TRUE : B_FALSE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_taskq_suspended);
