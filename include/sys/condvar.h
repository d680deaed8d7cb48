/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/condvar.h>: kcondvar_t, condvar(9F).
 *
 * A condition variable is a Linux wait queue of exclusive waiters.  It
 * works with adaptive and spin mutexes alike; cv_wait() and its variants
 * drop the mutex while they sleep, as on Solaris.  cv_init() is a macro
 * with a static lockdep class key at each call site (the wait queue's
 * lock).  Times: ticks are jiffies on the ddi_get_lbolt() clock.
 */
#ifndef _SCSA_SYS_CONDVAR_H
#define _SCSA_SYS_CONDVAR_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/mutex.h>
#include <linux/wait.h>

typedef struct kcondvar {
	wait_queue_head_t cv_wq;	/* exclusive waiters: cv_signal wakes one */
} kcondvar_t;

typedef enum { CV_DEFAULT = 0, CV_DRIVER = 1 } kcv_type_t;

/* how exactly a relative timeout must expire (cv_reltimedwait()) */
typedef enum {
	TR_NANOSEC,
	TR_MICROSEC,
	TR_MILLISEC,
	TR_SEC,
	TR_CLOCK_TICK,
	TR_COUNT
} time_res_t;

#define	TIME_RES_VALID(tr)	((tr) >= TR_NANOSEC && (tr) < TR_COUNT)

void scsa_cv_init(kcondvar_t *cvp, char *name, kcv_type_t type, void *arg,
		  const char *site, struct lock_class_key *key);
#define	cv_init(cvp, name, type, arg)					\
	do {								\
		static struct lock_class_key __scsa_cv_key;		\
									\
		scsa_cv_init((cvp), (name), (type), (arg),		\
			     SCSA_LOCK_SITE(cvp), &__scsa_cv_key);	\
	} while (0)
void cv_destroy(kcondvar_t *cvp);
void cv_wait(kcondvar_t *cvp, kmutex_t *mp);
int cv_wait_sig(kcondvar_t *cvp, kmutex_t *mp);
clock_t cv_timedwait(kcondvar_t *cvp, kmutex_t *mp, clock_t abstime);
clock_t cv_timedwait_sig(kcondvar_t *cvp, kmutex_t *mp, clock_t abstime);
clock_t cv_reltimedwait(kcondvar_t *cvp, kmutex_t *mp, clock_t delta,
			time_res_t res);
clock_t cv_reltimedwait_sig(kcondvar_t *cvp, kmutex_t *mp, clock_t delta,
			    time_res_t res);
void cv_signal(kcondvar_t *cvp);
void cv_broadcast(kcondvar_t *cvp);

#endif /* _SCSA_SYS_CONDVAR_H */
