/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/rwlock.h>: krwlock_t, rwlock(9F).
 *
 * A readers/writer lock whose holders may block, favouring writers as
 * illumos does: a reader waits while a writer holds the lock or waits for
 * it (except RW_READER_STARVEWRITER).  rw_tryupgrade() succeeds only for
 * the sole reader with no writer waiting.  rw_init() is a macro with a
 * static lockdep class key at each call site.  Never from interrupt
 * context.
 */
#ifndef _SCSA_SYS_RWLOCK_H
#define _SCSA_SYS_RWLOCK_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/mutex.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/lockdep.h>

typedef enum {
	RW_DRIVER = 2,		/* driver (DDI) rwlock */
	RW_DEFAULT = 4		/* kernel default rwlock */
} krw_type_t;

typedef enum {
	RW_WRITER,
	RW_READER,
	RW_READER_STARVEWRITER
} krw_t;

typedef struct krwlock {
	spinlock_t		rw_guard;
	int			rw_holders;	/* readers, or -1: a writer */
	unsigned int		rw_wwait;	/* writers waiting */
	struct task_struct	*rw_owner;	/* the writer */
	wait_queue_head_t	rw_wq;
#ifdef CONFIG_DEBUG_LOCK_ALLOC
	struct lockdep_map	rw_dep_map;
#endif
} krwlock_t;

#define	RW_READ_HELD(x)		(rw_read_held((x)))
#define	RW_WRITE_HELD(x)	(rw_write_held((x)))
#define	RW_LOCK_HELD(x)		(rw_lock_held((x)))
#define	RW_ISWRITER(x)		(rw_iswriter(x))

void scsa_rw_init(krwlock_t *rwlp, char *name, krw_type_t type, void *arg,
		  const char *site, struct lock_class_key *key);
#define	rw_init(rwlp, name, type, arg)					\
	do {								\
		static struct lock_class_key __scsa_rw_key;		\
									\
		scsa_rw_init((rwlp), (name), (type), (arg),		\
			     SCSA_LOCK_SITE(rwlp), &__scsa_rw_key);	\
	} while (0)
void rw_destroy(krwlock_t *rwlp);
void rw_enter(krwlock_t *rwlp, krw_t enter_type);
int rw_tryenter(krwlock_t *rwlp, krw_t enter_type);
void rw_exit(krwlock_t *rwlp);
void rw_downgrade(krwlock_t *rwlp);
int rw_tryupgrade(krwlock_t *rwlp);
int rw_read_held(krwlock_t *rwlp);
int rw_write_held(krwlock_t *rwlp);
int rw_lock_held(krwlock_t *rwlp);
int rw_read_locked(krwlock_t *rwlp);
int rw_iswriter(krwlock_t *rwlp);
struct task_struct *rw_owner(krwlock_t *rwlp);

#endif /* _SCSA_SYS_RWLOCK_H */
