/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/taskq.h>: task queues, taskq_create() and friends, and the DDI's
 * ddi_taskq_*(9F), on Linux workqueues.
 *
 * A taskq with one thread is an ordered workqueue (tasks run one at a
 * time, in dispatch order, as a single-threaded taskq promises); one
 * with more threads runs up to that many tasks at once.  Task functions
 * run in a kernel thread: they may block and take adaptive mutexes.
 * (illumos declares ddi_taskq_* in <sys/sunddi.h>; here they are in this
 * header, which <sys/sunddi.h> includes.)
 */
#ifndef _SCSA_SYS_TASKQ_H
#define _SCSA_SYS_TASKQ_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/thread.h>

#define	TASKQ_NAMELEN	31

typedef struct taskq taskq_t;
typedef uintptr_t taskqid_t;
#define	TASKQID_INVALID	((taskqid_t)0)	/* what a failed dispatch returns */
typedef void (task_func_t)(void *);

/* taskq_create() flags */
#define	TASKQ_PREPOPULATE	0x0001
#define	TASKQ_CPR_SAFE		0x0002
#define	TASKQ_DYNAMIC		0x0004
#define	TASKQ_THREADS_CPU_PCT	0x0008
#define	TASKQ_DC_BATCH		0x0010

/* taskq_dispatch() flags */
#define	TQ_SLEEP	0x00	/* may block for memory */
#define	TQ_NOSLEEP	0x01	/* may not block; may fail */
#define	TQ_NOQUEUE	0x02	/* accepted: a workqueue always queues */
#define	TQ_NOALLOC	0x04	/* fails: every task needs memory here */
#define	TQ_FRONT	0x08	/* accepted: queued at the tail */

taskq_t *taskq_create(const char *name, int nthreads, pri_t pri, int minalloc,
		      int maxalloc, uint_t flags);
taskqid_t taskq_dispatch(taskq_t *tq, task_func_t func, void *arg,
			 uint_t flags);
void taskq_wait(taskq_t *tq);
void taskq_destroy(taskq_t *tq);
int taskq_member(taskq_t *tq, kthread_t *thread);

/* the DDI task queues (ddi_taskq_create(9F), ...) */
struct dev_info;
typedef struct ddi_taskq ddi_taskq_t;

#define	TASKQ_DEFAULTPRI	-1

/* ddi_taskq_dispatch() flags (illumos <sys/sunddi.h>) */
#ifndef DDI_SLEEP
#define	DDI_SLEEP	0
#define	DDI_NOSLEEP	1
#endif

ddi_taskq_t *ddi_taskq_create(struct dev_info *dip, const char *name,
			      int nthreads, pri_t pri, uint_t cflags);
void ddi_taskq_destroy(ddi_taskq_t *tq);
int ddi_taskq_dispatch(ddi_taskq_t *tq, void (*func)(void *), void *arg,
		       uint_t dflags);
void ddi_taskq_wait(ddi_taskq_t *tq);
void ddi_taskq_suspend(ddi_taskq_t *tq);
void ddi_taskq_resume(ddi_taskq_t *tq);
boolean_t ddi_taskq_suspended(ddi_taskq_t *tq);

#endif /* _SCSA_SYS_TASKQ_H */
