/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/kmem.h>: kmem_alloc(9F), kmem_zalloc(9F), kmem_free(9F) and the
 * object caches, kmem_cache_create(9F).
 *
 * KM_SLEEP allocations never return NULL (they retry with GFP_NOIO, since a
 * storage driver may sit on the reclaim path); KM_NOSLEEP allocations never
 * sleep and may return NULL.
 */
#ifndef _SCSA_SYS_KMEM_H
#define _SCSA_SYS_KMEM_H

#include <sys/types.h>
#include <sys/scsa_names.h>
#include <sys/vmem.h>


#define	KM_SLEEP	0x0000	/* may block; never fails */
#define	KM_NOSLEEP	0x0001	/* never blocks; may return NULL */
#define	KM_PANIC	0x0002	/* accepted; as KM_SLEEP (never fails) */
#define	KM_PUSHPAGE	0x0004	/* as KM_SLEEP; may use reserves */
#define	KM_NORMALPRI	0x0008	/* with KM_NOSLEEP: no reserves */
#define	KM_NOSLEEP_LAZY	(KM_NOSLEEP | KM_NORMALPRI)
#define	KM_VMFLAGS	0x00ff
#define	KM_FLAGS	0xffff

void *kmem_alloc(size_t size, int kmflag);
void *kmem_zalloc(size_t size, int kmflag);
void kmem_free(void *buf, size_t size);

/*
 * Object caches: kmem_cache_create(9F) and friends, with the Solaris
 * arguments.  kmem_cache_t is scsa-compat's own structure around a Linux
 * slab cache.  The constructor runs on every kmem_cache_alloc() and the
 * destructor on every kmem_cache_free() (Solaris may keep freed objects
 * constructed; a driver cannot tell the difference, except in cost);
 * reclaim, private's use by reclaim, vmp and cflags are accepted.  See
 * core/scsa_kmem.c.
 */
#define	KMC_NOTOUCH	0x00010000
#define	KMC_NODEBUG	0x00020000
#define	KMC_NOMAGAZINE	0x00040000
#define	KMC_NOHASH	0x00080000
#define	KMC_QCACHE	0x00100000
#define	KMC_KMEM_ALLOC	0x00200000
#define	KMC_IDENTIFIER	0x00400000
#define	KMC_PREFILL	0x00800000

typedef struct scsa_kmem_cache kmem_cache_t;
typedef struct vmem vmem_t;

kmem_cache_t *scsa_kmem_cache_create(char *name, size_t bufsize,
	size_t align, int (*constructor)(void *buf, void *priv, int kmflag),
	void (*destructor)(void *buf, void *priv), void (*reclaim)(void *priv),
	void *priv, vmem_t *vmp, int cflags);
void scsa_kmem_cache_destroy(kmem_cache_t *cp);
void *scsa_kmem_cache_alloc(kmem_cache_t *cp, int kmflag);
void scsa_kmem_cache_free(kmem_cache_t *cp, void *buf);

/*
 * The names are Linux's too (<linux/slab.h>, other arguments): a Solaris
 * translation unit gets the Solaris ones; the shim's own files
 * (SCSA_INTERNAL) keep Linux's.
 */
#ifndef SCSA_INTERNAL
/* illumos code also spells the type "struct kmem_cache" */
#define	kmem_cache		scsa_kmem_cache
#undef kmem_cache_create
#undef kmem_cache_destroy
#undef kmem_cache_alloc
#undef kmem_cache_free
#define	kmem_cache_create(...)	scsa_kmem_cache_create(__VA_ARGS__)
#define	kmem_cache_destroy(...)	scsa_kmem_cache_destroy(__VA_ARGS__)
#define	kmem_cache_alloc(...)	scsa_kmem_cache_alloc(__VA_ARGS__)
#define	kmem_cache_free(...)	scsa_kmem_cache_free(__VA_ARGS__)
#endif

#endif /* _SCSA_SYS_KMEM_H */
