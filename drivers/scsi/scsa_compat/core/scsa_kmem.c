// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_kmem.c - <sys/kmem.h>'s object caches: kmem_cache_create(9F),
 * kmem_cache_alloc(9F), kmem_cache_free(9F), kmem_cache_destroy(9F), on
 * Linux slab caches.
 *
 * A Solaris cache holds constructed objects: the constructor runs when an
 * object is built, the destructor when the cache gives its memory back,
 * and an object freed to the cache keeps its constructed state.  Here the
 * constructor runs in every kmem_cache_alloc() and the destructor in every
 * kmem_cache_free(): what a driver sees is the same (an allocated object is
 * always constructed, a freed one is never touched again by the driver),
 * only the cost differs.  A constructor that fails (non-zero) fails the
 * allocation, as on Solaris (which then returns NULL for KM_NOSLEEP; for
 * KM_SLEEP illumos retries, and so do we).
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/delay.h>

struct scsa_kmem_cache {
	struct kmem_cache *kc;
	int (*ctor)(void *buf, void *priv, int kmflag);
	void (*dtor)(void *buf, void *priv);
	void *priv;
	char name[32];
};

/**
 * scsa_kmem_cache_create() - kmem_cache_create(9F): a cache of objects.
 * @name:        the cache's name (copied; the Linux slab's name, in
 *               /proc/slabinfo); NULL or "" is refused.
 * @bufsize:     object size in bytes, at least 1.
 * @align:       alignment in bytes: 0 (the default, 8), or a power of 2.
 * @constructor: run on every kmem_cache_alloc(), (buf, @priv, kmflag);
 *               non-zero fails the allocation.  May be NULL.
 * @destructor:  run on every kmem_cache_free(), (buf, @priv).  May be NULL.
 * @reclaim:     accepted and never called (Linux reclaims slabs itself).
 * @priv:        passed to the constructor and destructor.
 * @vmp:         must be NULL (the default arena); anything else is refused.
 * @cflags:      KMC_* flags; accepted and not interpreted.
 *
 * Context: may sleep (user or kernel context, no spin mutex held).
 * Source: kmem_cache_create(9F).
 *
 * Return: the cache, or NULL (logged) for a bad argument or no memory.
 * Solaris panics on bad arguments; a NULL is the safe form of that.
 */
kmem_cache_t *scsa_kmem_cache_create(char *name, size_t bufsize,
	size_t align, int (*constructor)(void *buf, void *priv, int kmflag),
	void (*destructor)(void *buf, void *priv), void (*reclaim)(void *priv),
	void *priv, vmem_t *vmp, int cflags)
{
	struct scsa_kmem_cache *cp;

	if (!name || !*name || !bufsize || (align & (align - 1)) || vmp) {
		pr_warn("kmem_cache_create(%s, %zu, %zu): bad argument, from %pS\n",
			name ?: "(null)", bufsize, align,
			__builtin_return_address(0));
		return NULL;
	}
	cp = kzalloc(sizeof(*cp), GFP_KERNEL);
	if (!cp)
		return NULL;
	strscpy(cp->name, name, sizeof(cp->name));
	cp->ctor = constructor;
	cp->dtor = destructor;
	cp->priv = priv;
	cp->kc = kmem_cache_create(cp->name, bufsize, align, 0, NULL);
	if (!cp->kc) {
		kfree(cp);
		return NULL;
	}
	return cp;
}
EXPORT_SYMBOL_GPL(scsa_kmem_cache_create);

/**
 * scsa_kmem_cache_destroy() - kmem_cache_destroy(9F).
 * @cp: a cache from kmem_cache_create() whose objects are all freed, or
 *      NULL (nothing happens).
 *
 * Objects still allocated are reported by Linux's slab code and leak (as
 * on Solaris, where it is a driver bug too).
 * Context: may sleep.  Source: kmem_cache_create(9F).
 */
void scsa_kmem_cache_destroy(kmem_cache_t *cp)
{
	if (!cp)
		return;
	kmem_cache_destroy(cp->kc);
	kfree(cp);
}
EXPORT_SYMBOL_GPL(scsa_kmem_cache_destroy);

/**
 * scsa_kmem_cache_alloc() - kmem_cache_alloc(9F): a constructed object.
 * @cp:     the cache.
 * @kmflag: KM_SLEEP (may sleep; never returns NULL: retried every 10 ms
 *          while memory is short or the constructor fails), or a flag
 *          word with KM_NOSLEEP (never sleeps; NULL when no memory is free
 *          at once or the constructor fails).
 *
 * Context: KM_SLEEP where the caller may sleep; KM_NOSLEEP anywhere,
 * including interrupt context and pkt_comp.  A KM_SLEEP call where Linux
 * cannot sleep is a driver bug: it is logged once and treated as
 * KM_NOSLEEP.  Source: kmem_cache_create(9F).
 *
 * Return: the object (sized as created), or NULL as above.
 */
void *scsa_kmem_cache_alloc(kmem_cache_t *cp, int kmflag)
{
	bool nosleep = kmflag & KM_NOSLEEP;
	void *buf;

	if (!nosleep && !preemptible() && IS_ENABLED(CONFIG_PREEMPT_COUNT)) {
		WARN_ONCE(1, "kmem_cache_alloc(%s, KM_SLEEP) where it cannot sleep, from %pS\n",
			  cp->name, __builtin_return_address(0));
		nosleep = true;
	}
	for (;;) {
		buf = kmem_cache_alloc(cp->kc, nosleep ?
				       GFP_ATOMIC | __GFP_NOWARN : GFP_NOIO);
		if (buf && cp->ctor &&
		    cp->ctor(buf, cp->priv, nosleep ? KM_NOSLEEP : KM_SLEEP)) {
			kmem_cache_free(cp->kc, buf);
			buf = NULL;
		}
		if (buf || nosleep)
			return buf;
		msleep(10);
	}
}
EXPORT_SYMBOL_GPL(scsa_kmem_cache_alloc);

/**
 * scsa_kmem_cache_free() - kmem_cache_free(9F).
 * @cp:  the cache @buf came from.
 * @buf: the object, or NULL (nothing happens).
 *
 * Runs the destructor, then gives the memory back.
 * Context: any, including interrupt context and pkt_comp (the destructor
 * must allow that where the driver frees there).
 * Source: kmem_cache_create(9F).
 */
void scsa_kmem_cache_free(kmem_cache_t *cp, void *buf)
{
	if (!buf)
		return;
	if (cp->dtor)
		cp->dtor(buf, cp->priv);
	kmem_cache_free(cp->kc, buf);
}
EXPORT_SYMBOL_GPL(scsa_kmem_cache_free);
