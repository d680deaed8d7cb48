/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/kmem.h>: kmem_alloc(9F), kmem_zalloc(9F), kmem_free(9F).
 *
 * KM_SLEEP allocations never return NULL (they retry with GFP_NOIO, since a
 * storage driver may sit on the reclaim path); KM_NOSLEEP allocations never
 * sleep and may return NULL.
 */
#ifndef _SCSA_SYS_KMEM_H
#define _SCSA_SYS_KMEM_H

#include <sys/scsa_names.h>

#include <sys/types.h>

#define	KM_SLEEP	0x0000
#define	KM_NOSLEEP	0x0001
#define	KM_PUSHPAGE	0x0002
#define	KM_NOSLEEP_LAZY	(KM_NOSLEEP | 0x0008)

void *kmem_alloc(size_t size, int kmflag);
void *kmem_zalloc(size_t size, int kmflag);
void kmem_free(void *buf, size_t size);

#endif /* _SCSA_SYS_KMEM_H */
