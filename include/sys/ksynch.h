/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/ksynch.h>: kmutex_t and kcondvar_t.
 *
 * Every kmutex_t is a spinning lock taken with interrupts disabled, so that
 * it may be taken in pkt_comp (interrupt context on Solaris, hard or soft IRQ
 * on Linux) whatever priority it was initialised with.  Deviation: the
 * holder of a kmutex_t must not sleep (no KM_SLEEP allocation, no
 * SLEEP_FUNC) -- on Solaris an adaptive mutex holder may block.  cv_wait()
 * drops the mutex while it sleeps, as on Solaris.
 *
 * Linux's <linux/mutex.h> defines mutex_init() and mutex_destroy() as
 * macros with other arguments; this header replaces them, so it must be
 * included after every Linux header in a Solaris-side translation unit
 * (<sys/scsi/scsi.h> does that for you).
 */
#ifndef _SCSA_SYS_KSYNCH_H
#define _SCSA_SYS_KSYNCH_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/mutex.h>

typedef struct kmutex {
	spinlock_t	m_lock;
	unsigned long	m_flags;
	void		*m_owner;
} kmutex_t;

typedef struct kcondvar {
	wait_queue_head_t cv_wq;	/* exclusive waiters: cv_signal wakes one */
} kcondvar_t;

typedef enum { MUTEX_ADAPTIVE = 0, MUTEX_SPIN = 1, MUTEX_DRIVER = 4,
	       MUTEX_DEFAULT = 6 } kmutex_type_t;
typedef enum { CV_DEFAULT = 0, CV_DRIVER = 1 } kcv_type_t;

#undef mutex_init
#undef mutex_destroy
void scsa_mutex_init(kmutex_t *mp, char *name, kmutex_type_t type, void *arg);
#define	mutex_init(mp, name, type, arg)	scsa_mutex_init(mp, name, type, arg)
void scsa_mutex_destroy(kmutex_t *mp);
#define	mutex_destroy(mp)		scsa_mutex_destroy(mp)
void mutex_enter(kmutex_t *mp);
void mutex_exit(kmutex_t *mp);
int mutex_tryenter(kmutex_t *mp);
int mutex_owned(kmutex_t *mp);

void cv_init(kcondvar_t *cvp, char *name, kcv_type_t type, void *arg);
void cv_destroy(kcondvar_t *cvp);
void cv_wait(kcondvar_t *cvp, kmutex_t *mp);
clock_t cv_timedwait(kcondvar_t *cvp, kmutex_t *mp, clock_t abstime);
void cv_signal(kcondvar_t *cvp);
void cv_broadcast(kcondvar_t *cvp);

#endif /* _SCSA_SYS_KSYNCH_H */
