/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/mutex.h>: kmutex_t, mutex(9F).
 *
 * An adaptive mutex (MUTEX_DRIVER, MUTEX_ADAPTIVE, MUTEX_DEFAULT with no
 * interrupt priority above LOCK_LEVEL) is a Linux struct mutex: it spins
 * while its owner runs and sleeps otherwise, and its holder may block
 * (KM_SLEEP, SLEEP_FUNC, cv_wait() on another variable, biowait(),
 * delay()), as on Solaris.  A spin mutex (MUTEX_SPIN, or an interrupt
 * priority above LOCK_LEVEL as mutex_init()'s last argument, e.g.
 * DDI_INTR_PRI(12)) is a spinlock taken with interrupts off; its holder
 * must not block.  Every call the framework makes into a target driver
 * (pkt_comp, timeout(9F) handlers, runout callbacks, taskq functions,
 * strategy(9E) from the sample disk's block glue) runs in a thread, where
 * an adaptive mutex may be taken.
 *
 * mutex_init() is a macro with a static lockdep class key at each call
 * site, the way Linux's own mutex_init() is: lockdep sees every driver
 * mutex as a class of its own, named "<argument>@<file>:<line>".
 *
 * Linux's <linux/mutex.h> defines mutex_init() and mutex_destroy() as
 * macros with other arguments; this header replaces them.  That is safe
 * because <sys/types.h> has read every Linux header a Solaris translation
 * unit sees before (<scsa/scsa_prelude.h>).
 */
#ifndef _SCSA_SYS_MUTEX_H
#define _SCSA_SYS_MUTEX_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/lockdep.h>
#include <linux/stringify.h>

/* Interrupt levels (illumos <sys/machlock.h>, x86) */
#ifndef LOCK_LEVEL
#define	LOCK_LEVEL	10
#endif

typedef enum {
	MUTEX_ADAPTIVE = 0,	/* spin while the owner runs, else block */
	MUTEX_SPIN = 1,		/* block interrupts and spin */
	MUTEX_DRIVER = 4,	/* DDI mutex: adaptive unless the priority says spin */
	MUTEX_DEFAULT = 6	/* the same as MUTEX_ADAPTIVE */
} kmutex_type_t;

/* kmutex_t.m_kind */
#define	SCSA_MX_UNINIT		0	/* zeroed memory: mutex_init() not called */
#define	SCSA_MX_ADAPTIVE	1
#define	SCSA_MX_SPIN		2
#define	SCSA_MX_INITING		3

typedef struct kmutex {
	union {
		struct mutex	m_adaptive;
		struct {
			spinlock_t	m_lock;
			unsigned long	m_flags; /* saved by the holder */
		} m_spin;
	};
	struct task_struct	*m_owner;
	int			m_kind;
} kmutex_t;

#define	MUTEX_HELD(x)		(mutex_owned(x))
#define	MUTEX_NOT_HELD(x)	(!mutex_owned(x) || oops_in_progress)

/* The lockdep name of a mutex_init()/cv_init()/rw_init() call site. */
#ifdef KBUILD_BASENAME
#define	SCSA_LOCK_SITE(x)	(#x "@" KBUILD_BASENAME ".c:" __stringify(__LINE__))
#else
#define	SCSA_LOCK_SITE(x)	(#x "@" __FILE__ ":" __stringify(__LINE__))
#endif

#undef mutex_init
#undef mutex_destroy
void scsa_mutex_init(kmutex_t *mp, char *name, kmutex_type_t type, void *arg,
		     const char *site, struct lock_class_key *key);
#define	mutex_init(mp, name, type, arg)					\
	do {								\
		static struct lock_class_key __scsa_mx_key;		\
									\
		scsa_mutex_init((mp), (name), (type), (arg),		\
				SCSA_LOCK_SITE(mp), &__scsa_mx_key);	\
	} while (0)
void scsa_mutex_destroy(kmutex_t *mp);
#define	mutex_destroy(mp)		scsa_mutex_destroy(mp)
void mutex_enter(kmutex_t *mp);
void mutex_exit(kmutex_t *mp);
int mutex_tryenter(kmutex_t *mp);
int mutex_owned(const kmutex_t *mp);
struct task_struct *mutex_owner(const kmutex_t *mp);

#endif /* _SCSA_SYS_MUTEX_H */
