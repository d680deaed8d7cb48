/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/ksynch.h>: the kernel synchronisation objects, as on illumos:
 * kmutex_t (<sys/mutex.h>), kcondvar_t (<sys/condvar.h>), krwlock_t
 * (<sys/rwlock.h>) and ksema_t (<sys/semaphore.h>).
 *
 * Include it (or <sys/scsi/scsi.h>) after every Linux header: it replaces
 * Linux's mutex_init(), mutex_destroy() and sema_init() with the Solaris
 * ones.
 */
#ifndef _SCSA_SYS_KSYNCH_H
#define _SCSA_SYS_KSYNCH_H

#include <sys/mutex.h>
#include <sys/condvar.h>
#include <sys/rwlock.h>
#include <sys/semaphore.h>

#endif /* _SCSA_SYS_KSYNCH_H */
