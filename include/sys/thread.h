/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/thread.h>: kernel threads, thread_create() and thread_exit().
 *
 * A kthread_t is a Linux kernel thread (struct task_struct); curthread is
 * current.  thread_create() starts a kthread running the driver's
 * function; the thread ends when the function returns or calls
 * thread_exit().  While it runs it holds a reference on the module that
 * created it, so that module cannot be unloaded under it.
 * Priorities run from minclsyspri (60) to maxclsyspri (99), illumos's
 * system class; they map to Linux nice values from 0 down to -20.
 */
#ifndef _SCSA_SYS_THREAD_H
#define _SCSA_SYS_THREAD_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/sched.h>

typedef struct task_struct	kthread_t;
typedef struct task_struct	*kthread_id_t;
typedef short			pri_t;

/* thread states (illumos <sys/thread.h>); thread_create() takes TS_RUN */
#define	TS_FREE		0x00
#define	TS_SLEEP	0x01
#define	TS_RUN		0x02
#define	TS_ONPROC	0x04
#define	TS_ZOMB		0x08
#define	TS_STOPPED	0x10
#define	TS_WAIT		0x20

/* the system scheduling class's range (illumos <sys/disp.h>) */
#define	MINCLSYSPRI	60
#define	MAXCLSYSPRI	99
#define	minclsyspri	((pri_t)MINCLSYSPRI)
#define	maxclsyspri	((pri_t)MAXCLSYSPRI)

#define	curthread	(get_current())

/* process 0, the owner of kernel threads (illumos <sys/proc.h>) */
typedef struct proc { int p_scsa_unused; } proc_t;
extern proc_t p0;

kthread_t *scsa_thread_create(caddr_t stk, size_t stksize, void (*proc)(void *),
			      void *arg, size_t len, proc_t *pp, int state,
			      pri_t pri, struct module *owner);
#define	thread_create(stk, stksize, proc, arg, len, pp, state, pri)	\
	scsa_thread_create((stk), (stksize), (void (*)(void *))(proc),	\
			   (arg), (len), (pp), (state), (pri), THIS_MODULE)
void thread_exit(void);	/* does not return */

#endif /* _SCSA_SYS_THREAD_H */
