/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/semaphore.h>: ksema_t, semaphore(9F), on a Linux struct semaphore.
 *
 * Linux's <linux/semaphore.h> has its own sema_init(struct semaphore *,
 * int); in a Solaris translation unit the Solaris one wins: Linux's
 * header has been read by then (<sys/types.h> reads every Linux header
 * first, <scsa/scsa_prelude.h>), and this one maps the name to
 * scsa_sema_init().
 */
#ifndef _SCSA_SYS_SEMAPHORE_H
#define _SCSA_SYS_SEMAPHORE_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/semaphore.h>

typedef enum {
	SEMA_DEFAULT,
	SEMA_DRIVER
} ksema_type_t;

typedef struct ksema {
	struct semaphore	s_sem;
} ksema_t;

#define	SEMA_HELD(x)		(sema_held((x)))

#undef sema_init
#define	sema_init(...)		scsa_sema_init(__VA_ARGS__)
void sema_init(ksema_t *sp, uint32_t count, char *name, ksema_type_t type,
	       void *arg);
void sema_destroy(ksema_t *sp);
void sema_p(ksema_t *sp);
int sema_p_sig(ksema_t *sp);
void sema_v(ksema_t *sp);
int sema_tryp(ksema_t *sp);
int sema_held(ksema_t *sp);

#endif /* _SCSA_SYS_SEMAPHORE_H */
