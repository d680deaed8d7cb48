// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_prop.c - Solaris DDI device properties: ddi_prop_op(9F), the typed
 * ddi_prop_lookup(9F)/ddi_prop_update(9F) interfaces, ddi_prop_get_int(9F),
 * the older ddi_prop_create(9F)/ddi_getprop(9F) family, and the property
 * lists of the shim's nodes (struct scsa_propset, scsa_sol.h).
 *
 * Storage: a property is a name, a dev_t, a type (DDI_PROP_TYPE_*) and an
 * encoded value, as on illumos: an int is 4 native-endian bytes, an int64
 * 8, an array is its elements one after the other, a string is its bytes
 * and a NUL, a string array its strings one after the other, a byte array
 * the bytes.  ddi_prop_create()'s properties are untyped
 * (DDI_PROP_TYPE_ANY: they match any lookup but an int64 one) and may
 * have any length; a length of 0 is a boolean property.  Lists are LIFO:
 * a property pushed later hides an older one of the same name, type and
 * dev_t until removed.
 *
 * Lookup order and dev_t matching: <sys/ddipropdefs.h>.  Each node's
 * lists are protected by a spinlock (lookups are allowed in interrupt
 * context with DDI_PROP_DONTSLEEP); values are copied out under it.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/seq_file.h>

#define SCSA_PROP_LOOKUP_FLAGS	(DDI_PROP_DONTPASS | DDI_PROP_NOTPROM | \
				 LDI_DEV_T_ANY | DDI_UNBND_DLPI2 | \
				 DDI_PROP_ROOTNEX_GLOBAL)

static bool scsa_prop_may_sleep(uint_t flags)
{
	return (flags & DDI_PROP_CANSLEEP) && !(flags & DDI_PROP_DONTSLEEP) &&
	       scsa_may_sleep();
}

static gfp_t scsa_prop_gfp(uint_t flags)
{
	return scsa_prop_may_sleep(flags) ? GFP_KERNEL :
					    GFP_ATOMIC | __GFP_NOWARN;
}

static void scsa_prop_nomem(const char *name)
{
	pr_warn_ratelimited("can't allocate memory for ddi property <%s>\n",
			    name);
}

/* ---- the lists ---- */

static void scsa_prop_free1(ddi_prop_t *p)
{
	kfree(p->prop_val);
	kfree(p->prop_name);
	kfree(p);
}

void scsa_prop_list_free(ddi_prop_t *list)
{
	ddi_prop_t *next;

	for (; list; list = next) {
		next = list->prop_next;
		scsa_prop_free1(list);
	}
}

static ddi_prop_t *scsa_prop_new(dev_t dev, const char *name, int flags,
				 const void *val, int len, gfp_t gfp)
{
	ddi_prop_t *p = kzalloc(sizeof(*p), gfp);

	if (!p)
		return NULL;
	p->prop_name = kstrdup(name, gfp);
	if (len > 0 && p->prop_name)
		p->prop_val = kmemdup(val, len, gfp);
	if (!p->prop_name || (len > 0 && !p->prop_val)) {
		scsa_prop_free1(p);
		return NULL;
	}
	p->prop_dev = dev;
	p->prop_flags = flags & (DDI_PROP_TYPE_MASK | DDI_PROP_UNDEF_IT);
	p->prop_len = len > 0 ? len : 0;
	return p;
}

/* A property for a driver.conf list (DDI_DEV_T_NONE); process context. */
ddi_prop_t *scsa_prop_new_conf(const char *name, int type, const void *val,
			       int len)
{
	return scsa_prop_new(DDI_DEV_T_NONE, name, type, val, len, GFP_KERNEL);
}

/* A copy of @list in the same order (for a node entry's properties). */
ddi_prop_t *scsa_prop_list_dup(const ddi_prop_t *list)
{
	ddi_prop_t *head = NULL, **tail = &head;

	for (; list; list = list->prop_next) {
		*tail = scsa_prop_new(list->prop_dev, list->prop_name,
				      list->prop_flags, list->prop_val,
				      list->prop_len, GFP_KERNEL);
		if (!*tail) {
			scsa_prop_list_free(head);
			return NULL;
		}
		tail = &(*tail)->prop_next;
	}
	return head;
}

void scsa_propset_init(struct scsa_propset *ps, struct scsa_propset *parent)
{
	memset(ps, 0, sizeof(*ps));
	spin_lock_init(&ps->lock);
	ps->parent = parent;
}

void scsa_propset_fini(struct scsa_propset *ps)
{
	scsa_prop_list_free(ps->drv);
	scsa_prop_list_free(ps->sys);
	scsa_prop_list_free(ps->hw);
	ps->drv = ps->sys = ps->hw = NULL;
	if (ps->conf)
		scsa_conf_put(ps->conf);
	ps->conf = NULL;
}

/*
 * The first property of @list named @name, of one of the types in
 * @flags, and of dev_t @dev (DDI_DEV_T_ANY, or DDI_DEV_T_NONE, match any).
 */
static ddi_prop_t *scsa_prop_find(ddi_prop_t *list, dev_t dev,
				  const char *name, uint_t flags)
{
	if (dev == DDI_DEV_T_NONE)
		dev = DDI_DEV_T_ANY;
	for (; list; list = list->prop_next) {
		if (strcmp(list->prop_name, name))
			continue;
		if (dev != DDI_DEV_T_ANY && list->prop_dev != dev)
			continue;
		if (!(list->prop_flags & flags & DDI_PROP_TYPE_MASK))
			continue;
		return list;
	}
	return NULL;
}

/* driver, system, global driver.conf, then framework properties */
static ddi_prop_t *scsa_propset_find(struct scsa_propset *ps, dev_t dev,
				     const char *name, uint_t flags)
{
	ddi_prop_t *p;

	p = scsa_prop_find(ps->drv, dev, name, flags);
	if (!p)
		p = scsa_prop_find(ps->sys, dev, name, flags);
	if (!p && ps->conf)
		p = scsa_prop_find(ps->conf->global, dev, name, flags);
	if (!p)
		p = scsa_prop_find(ps->hw, dev, name, flags);
	return p;
}

static ddi_prop_t **scsa_propset_list(struct scsa_propset *ps, uint_t flags)
{
	if (flags & DDI_PROP_SYSTEM_DEF)
		return &ps->sys;
	if (flags & DDI_PROP_HW_DEF)
		return &ps->hw;
	return &ps->drv;
}

/*
 * Look @name up on @ps and, unless DDI_PROP_DONTPASS, its parents; do
 * @op with the value (ddi_prop_search_common() on illumos).
 */
static int scsa_prop_search(dev_t dev, struct scsa_propset *ps,
			    ddi_prop_op_t op, uint_t flags, const char *name,
			    void *valuep, uint_t *lengthp)
{
	void *buf = NULL;
	uint_t blen = 0, have;
	unsigned long irqf;
	ddi_prop_t *p;
	int rv;

	if (!ps || !name || !*name || (unsigned int)op > PROP_EXISTS ||
	    (op != PROP_EXISTS && !lengthp) ||
	    ((op == PROP_LEN_AND_VAL_BUF || op == PROP_LEN_AND_VAL_ALLOC) &&
	     !valuep))
		return DDI_PROP_INVAL_ARG;
	while (ps) {
		spin_lock_irqsave(&ps->lock, irqf);
		p = scsa_propset_find(ps, dev, name, flags);
		if (!p) {
			spin_unlock_irqrestore(&ps->lock, irqf);
			if (flags & DDI_PROP_DONTPASS)
				break;
			ps = ps->parent;
			continue;
		}
		if (p->prop_flags & DDI_PROP_UNDEF_IT) {
			rv = DDI_PROP_UNDEFINED;
		} else if (op == PROP_EXISTS) {
			rv = DDI_PROP_SUCCESS;
		} else if (op == PROP_LEN || p->prop_len == 0) {
			*lengthp = p->prop_len;
			if (op == PROP_LEN_AND_VAL_ALLOC)
				*(caddr_t *)valuep = NULL;
			rv = DDI_PROP_SUCCESS;
		} else if (op == PROP_LEN_AND_VAL_BUF) {
			have = *lengthp;
			*lengthp = p->prop_len;	/* also when too small */
			if (p->prop_len > have) {
				rv = DDI_PROP_BUF_TOO_SMALL;
			} else {
				memcpy(valuep, p->prop_val, p->prop_len);
				rv = DDI_PROP_SUCCESS;
			}
		} else if (buf && blen == p->prop_len) {
			/* PROP_LEN_AND_VAL_ALLOC, with a buffer of the size */
			memcpy(buf, p->prop_val, blen);
			*lengthp = blen;
			*(caddr_t *)valuep = buf;
			buf = NULL;
			rv = DDI_PROP_SUCCESS;
		} else {
			/* allocate outside the lock, then look again */
			uint_t want = p->prop_len;

			spin_unlock_irqrestore(&ps->lock, irqf);
			if (buf)
				kmem_free(buf, blen);
			blen = want;
			buf = kmem_alloc(blen, scsa_prop_may_sleep(flags) ?
					 KM_SLEEP : KM_NOSLEEP);
			if (!buf) {
				scsa_prop_nomem(name);
				return DDI_PROP_NO_MEMORY;
			}
			continue;
		}
		spin_unlock_irqrestore(&ps->lock, irqf);
		if (buf)
			kmem_free(buf, blen);
		return rv;
	}
	if (buf)
		kmem_free(buf, blen);
	return DDI_PROP_NOT_FOUND;
}

static struct scsa_propset *scsa_dip_props(dev_info_t *dip)
{
	return dip ? &dip->props : NULL;
}

/* ---- ddi_prop_op(9F) and the older interfaces ---- */

/**
 * ddi_prop_op() - get a property's length and/or value: cb_prop_op's default.
 * @dev:       DDI_DEV_T_ANY (properties of any dev_t), DDI_DEV_T_NONE
 *             (the same, for a lookup) or a dev_t (its properties only).
 * @dip:       the node.
 * @prop_op:   PROP_LEN (*@lengthp = the length, bytes), PROP_LEN_AND_VAL_BUF
 *             (copy the value into @valuep, a buffer of *@lengthp bytes),
 *             PROP_LEN_AND_VAL_ALLOC (*(caddr_t *)@valuep = a kmem_alloc()ed
 *             copy the caller frees with kmem_free(buf, *@lengthp); NULL for
 *             a zero-length property) or PROP_EXISTS.
 * @mod_flags: DDI_PROP_DONTPASS (this node only), DDI_PROP_CANSLEEP (the
 *             allocation may sleep), DDI_PROP_NOTPROM (accepted),
 *             DDI_PROP_DYNAMIC (DDI_PROP_NOT_FOUND at once, as on illumos),
 *             DDI_PROP_CONSUMER_TYPED (int64 properties match too).
 * @name:      the property name.
 * @valuep:    see @prop_op; unused for PROP_LEN and PROP_EXISTS.
 * @lengthp:   in: the size of @valuep's buffer (PROP_LEN_AND_VAL_BUF); out:
 *             the property's length in bytes.
 *
 * Properties of every type but int64 match (an untyped lookup).  Source:
 * ddi_prop_op(9F), illumos ddi_prop_op().
 *
 * Context: any; sleeps only with DDI_PROP_CANSLEEP and PROP_LEN_AND_VAL_ALLOC
 * where sleeping is allowed.
 * Return: DDI_PROP_SUCCESS; DDI_PROP_NOT_FOUND; DDI_PROP_UNDEFINED
 * (ddi_prop_undefine()); DDI_PROP_BUF_TOO_SMALL (*@lengthp is set to the
 * length needed); DDI_PROP_NO_MEMORY (PROP_LEN_AND_VAL_ALLOC); or
 * DDI_PROP_INVAL_ARG (@dip or @name NULL or "", an unknown @prop_op, or a
 * NULL @lengthp/@valuep the operation needs).
 */
int ddi_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
		int mod_flags, char *name, caddr_t valuep, int *lengthp)
{
	uint_t flags = mod_flags;

	if (flags & DDI_PROP_DYNAMIC)
		return DDI_PROP_NOT_FOUND;
	if (flags & DDI_PROP_CONSUMER_TYPED)
		flags |= DDI_PROP_TYPE_INT64;
	flags |= DDI_PROP_TYPE_ANY;
	return scsa_prop_search(dev, scsa_dip_props(dip), prop_op, flags,
				name, valuep, (uint_t *)lengthp);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_op);

/**
 * nopropop() - a cb_prop_op that has no properties.
 * @dev:       unused.
 * @dip:       unused.
 * @prop_op:   unused.
 * @mod_flags: unused.
 * @name:      unused.
 * @valuep:    unused.
 * @lengthp:   unused.
 *
 * Source: illumos nopropop().
 *
 * Context: any; does not sleep.
 * Return: DDI_PROP_NOT_FOUND, always.
 */
int nopropop(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
	     int mod_flags, char *name, caddr_t valuep, int *lengthp)
{
	return DDI_PROP_NOT_FOUND;
}
EXPORT_SYMBOL_GPL(scsa_nopropop);

/**
 * ddi_getprop() - an int-sized or boolean property's value.
 * @dev:      as for ddi_prop_op().
 * @dip:      the node.
 * @flags:    DDI_PROP_DONTPASS, DDI_PROP_NOTPROM or 0.
 * @name:     the property name.
 * @defvalue: what to return when it cannot be had.
 *
 * A zero-length (boolean) property gives 1; a property longer than an int
 * gives @defvalue; a shorter one is copied over @defvalue's first bytes,
 * as on illumos.  Source: ddi_getprop(9F).
 *
 * Context: any; does not sleep.
 * Return: the value, 1, or @defvalue (not found, undefined, too long, bad
 * arguments).  There is no error code.
 */
int ddi_getprop(dev_t dev, dev_info_t *dip, int flags, char *name,
		int defvalue)
{
	int value = defvalue, len = sizeof(int);

	if (ddi_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name,
			(caddr_t)&value, &len) == DDI_PROP_SUCCESS && len == 0)
		value = 1;
	return value;
}
EXPORT_SYMBOL_GPL(scsa_ddi_getprop);

/**
 * ddi_getlongprop() - a property's value in a buffer allocated for it.
 * @dev:     as for ddi_prop_op().
 * @dip:     the node.
 * @flags:   DDI_PROP_DONTPASS, DDI_PROP_CANSLEEP, DDI_PROP_NOTPROM.
 * @name:    the property name.
 * @valuep:  a caddr_t *: set to the kmem_alloc()ed value (NULL for a
 *           zero-length property); free it with kmem_free(*valuep, *lengthp).
 * @lengthp: set to the length in bytes.
 *
 * ddi_prop_op(PROP_LEN_AND_VAL_ALLOC).  Source: ddi_getlongprop(9F).
 *
 * Context: any; sleeps for memory only with DDI_PROP_CANSLEEP where
 * sleeping is allowed.
 * Return: DDI_PROP_SUCCESS, DDI_PROP_NOT_FOUND, DDI_PROP_UNDEFINED,
 * DDI_PROP_NO_MEMORY, DDI_PROP_INVAL_ARG (as ddi_prop_op()).
 */
int ddi_getlongprop(dev_t dev, dev_info_t *dip, int flags, char *name,
		    caddr_t valuep, int *lengthp)
{
	return ddi_prop_op(dev, dip, PROP_LEN_AND_VAL_ALLOC, flags, name,
			   valuep, lengthp);
}
EXPORT_SYMBOL_GPL(scsa_ddi_getlongprop);

/**
 * ddi_getlongprop_buf() - a property's value in the caller's buffer.
 * @dev:     as for ddi_prop_op().
 * @dip:     the node.
 * @flags:   DDI_PROP_DONTPASS, DDI_PROP_NOTPROM or 0.
 * @name:    the property name.
 * @valuep:  the buffer.
 * @lengthp: in: its size in bytes; out: the property's length.
 *
 * ddi_prop_op(PROP_LEN_AND_VAL_BUF).  Source: ddi_getlongprop_buf(9F).
 *
 * Context: any; does not sleep.
 * Return: DDI_PROP_SUCCESS, DDI_PROP_NOT_FOUND, DDI_PROP_UNDEFINED,
 * DDI_PROP_BUF_TOO_SMALL (nothing copied; *@lengthp is the length
 * needed), DDI_PROP_INVAL_ARG.
 */
int ddi_getlongprop_buf(dev_t dev, dev_info_t *dip, int flags, char *name,
			caddr_t valuep, int *lengthp)
{
	return ddi_prop_op(dev, dip, PROP_LEN_AND_VAL_BUF, flags, name,
			   valuep, lengthp);
}
EXPORT_SYMBOL_GPL(scsa_ddi_getlongprop_buf);

/**
 * ddi_getproplen() - a property's length.
 * @dev:     as for ddi_prop_op().
 * @dip:     the node.
 * @flags:   DDI_PROP_DONTPASS, DDI_PROP_NOTPROM or 0.
 * @name:    the property name.
 * @lengthp: set to its length in bytes (0: a boolean property).
 *
 * ddi_prop_op(PROP_LEN).  Source: ddi_getproplen(9F).
 *
 * Context: any; does not sleep.
 * Return: DDI_PROP_SUCCESS, DDI_PROP_NOT_FOUND, DDI_PROP_UNDEFINED,
 * DDI_PROP_INVAL_ARG.
 */
int ddi_getproplen(dev_t dev, dev_info_t *dip, int flags, char *name,
		   int *lengthp)
{
	return ddi_prop_op(dev, dip, PROP_LEN, flags, name, NULL, lengthp);
}
EXPORT_SYMBOL_GPL(scsa_ddi_getproplen);

/* ---- typed lookups ---- */

static void scsa_pdd_free(struct prop_driver_data *pdd)
{
	kmem_free(pdd, pdd->pdd_size);
}

/* memory for decoded data, freed by ddi_prop_free() */
static void *scsa_pdd_alloc(size_t size, int km)
{
	struct prop_driver_data *pdd;

	pdd = kmem_zalloc(sizeof(*pdd) + size, km);
	if (!pdd)
		return NULL;
	pdd->pdd_size = sizeof(*pdd) + size;
	pdd->pdd_prop_free = scsa_pdd_free;
	return pdd + 1;
}

/**
 * ddi_prop_free() - free what a ddi_prop_lookup_*() returned.
 * @data: the int, int64, string, string array or byte array pointer; NULL
 *        is ignored.
 *
 * Source: ddi_prop_free(9F) (ddi_prop_lookup(9F)).
 *
 * Context: any; does not sleep.
 */
void ddi_prop_free(void *data)
{
	struct prop_driver_data *pdd;

	if (!data)
		return;
	pdd = (struct prop_driver_data *)data - 1;
	pdd->pdd_prop_free(pdd);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_free);

typedef int (*scsa_decoder_t)(const u8 *enc, uint_t len, void *data,
			      uint_t *n, int km);

static int scsa_dec_int(const u8 *enc, uint_t len, void *data, uint_t *n,
			int km)
{
	if (len == 0)
		return DDI_PROP_END_OF_DATA;
	if (len < sizeof(int))
		return DDI_PROP_CANNOT_DECODE;
	memcpy(data, enc, sizeof(int));
	*n = 1;
	return DDI_PROP_SUCCESS;
}

static int scsa_dec_int64(const u8 *enc, uint_t len, void *data, uint_t *n,
			  int km)
{
	if (len == 0)
		return DDI_PROP_END_OF_DATA;
	if (len < sizeof(int64_t))
		return DDI_PROP_CANNOT_DECODE;
	memcpy(data, enc, sizeof(int64_t));
	*n = 1;
	return DDI_PROP_SUCCESS;
}

static int scsa_dec_array(const u8 *enc, uint_t len, void *data, uint_t *n,
			  int km, uint_t esize)
{
	void *a;

	if (len == 0)
		return DDI_PROP_END_OF_DATA;
	if (len % esize)
		return DDI_PROP_CANNOT_DECODE;
	a = scsa_pdd_alloc(len, km);
	if (!a)
		return DDI_PROP_NO_MEMORY;
	memcpy(a, enc, len);
	*(void **)data = a;
	*n = len / esize;
	return DDI_PROP_SUCCESS;
}

static int scsa_dec_ints(const u8 *enc, uint_t len, void *data, uint_t *n,
			 int km)
{
	return scsa_dec_array(enc, len, data, n, km, sizeof(int));
}

static int scsa_dec_int64s(const u8 *enc, uint_t len, void *data,
			   uint_t *n, int km)
{
	return scsa_dec_array(enc, len, data, n, km, sizeof(int64_t));
}

static int scsa_dec_bytes(const u8 *enc, uint_t len, void *data, uint_t *n,
			  int km)
{
	return scsa_dec_array(enc, len, data, n, km, 1);
}

static int scsa_dec_string(const u8 *enc, uint_t len, void *data,
			   uint_t *n, int km)
{
	size_t sl;
	char *s;

	if (len == 0)
		return DDI_PROP_END_OF_DATA;
	sl = strnlen((const char *)enc, len);
	s = scsa_pdd_alloc(sl + 1, km);
	if (!s)
		return DDI_PROP_NO_MEMORY;
	memcpy(s, enc, sl);		/* zeroed: NUL-terminated */
	*(char **)data = s;
	*n = 1;
	return DDI_PROP_SUCCESS;
}

/* each NUL ends a string; a last one without it counts too */
static int scsa_dec_strings(const u8 *enc, uint_t len, void *data,
			    uint_t *n, int km)
{
	uint_t pos, cnt = 0, i;
	size_t bytes = 0, sl;
	char **v, *p;

	if (len == 0)
		return DDI_PROP_END_OF_DATA;
	for (pos = 0; pos < len; pos += sl + 1, cnt++) {
		sl = strnlen((const char *)enc + pos, len - pos);
		bytes += sl + 1;
	}
	v = scsa_pdd_alloc((cnt + 1) * sizeof(char *) + bytes, km);
	if (!v)
		return DDI_PROP_NO_MEMORY;
	p = (char *)(v + cnt + 1);
	for (pos = 0, i = 0; i < cnt; i++, pos += sl + 1) {
		sl = strnlen((const char *)enc + pos, len - pos);
		memcpy(p, enc + pos, sl);
		v[i] = p;
		p += sl + 1;		/* zeroed: NUL-terminated */
	}
	v[cnt] = NULL;
	*(char ***)data = v;
	*n = cnt;
	return DDI_PROP_SUCCESS;
}

static int scsa_prop_lookup(dev_t match_dev, dev_info_t *dip, uint_t flags,
			    const char *name, void *data, uint_t *nelements,
			    scsa_decoder_t decode)
{
	void *enc = NULL;
	uint_t len = 0;
	int rv;

	if (match_dev == DDI_DEV_T_NONE || !dip || !name || !*name ||
	    !data || !nelements)
		return DDI_PROP_INVAL_ARG;
	if (!(flags & DDI_PROP_DONTSLEEP))
		flags |= DDI_PROP_CANSLEEP;
	rv = scsa_prop_search(match_dev, &dip->props, PROP_LEN_AND_VAL_ALLOC,
			      flags, name, &enc, &len);
	if (rv != DDI_PROP_SUCCESS)
		return rv;
	rv = decode(enc, len, data, nelements,
		    scsa_prop_may_sleep(flags) ? KM_SLEEP : KM_NOSLEEP);
	if (enc)
		kmem_free(enc, len);
	return rv;
}

/* invalid lookup flags are dropped, as illumos does (with a DEBUG warning) */
static uint_t scsa_lookup_flags(uint_t flags)
{
	if (flags & ~SCSA_PROP_LOOKUP_FLAGS)
		flags &= DDI_PROP_DONTPASS | DDI_PROP_NOTPROM | LDI_DEV_T_ANY |
			 DDI_UNBND_DLPI2;
	return flags;
}

/**
 * ddi_prop_get_int() - an int property's value.
 * @match_dev: DDI_DEV_T_ANY or a dev_t (DDI_DEV_T_NONE: @defvalue).
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM; other bits are ignored.
 * @name:      the property name.
 * @defvalue:  returned when the property cannot be had.
 *
 * Int properties (and untyped ones of at least 4 bytes) match; the first
 * element of an array is returned; a boolean (zero-length) property
 * gives 1.  Source: ddi_prop_get_int(9F).
 *
 * Context: any (with DDI_PROP_DONTSLEEP implied where sleeping is not
 * allowed); sleeps for a temporary copy elsewhere.
 * Return: the value, 1, or @defvalue.  There is no error code.
 */
int ddi_prop_get_int(dev_t match_dev, dev_info_t *dip, uint_t flags,
		     char *name, int defvalue)
{
	uint_t n;
	int data, rv;

	rv = scsa_prop_lookup(match_dev, dip,
			      scsa_lookup_flags(flags) | DDI_PROP_TYPE_INT,
			      name, &data, &n, scsa_dec_int);
	if (rv != DDI_PROP_SUCCESS)
		data = rv == DDI_PROP_END_OF_DATA ? 1 : defvalue;
	return data;
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_get_int);

/**
 * ddi_prop_get_int64() - an int64 property's value.
 * @match_dev: DDI_DEV_T_ANY or a dev_t.
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM.
 * @name:      the property name.
 * @defvalue:  returned when the property cannot be had.
 *
 * Only int64 properties match (not int or untyped ones).  Source:
 * ddi_prop_get_int64(9F).
 *
 * Context: as ddi_prop_get_int().
 * Return: the value, 1 for a boolean property, or @defvalue; as on
 * illumos, DDI_PROP_INVAL_ARG (4) when @flags has another bit.
 */
int64_t ddi_prop_get_int64(dev_t match_dev, dev_info_t *dip, uint_t flags,
			   char *name, int64_t defvalue)
{
	int64_t data;
	uint_t n;
	int rv;

	if (flags & ~SCSA_PROP_LOOKUP_FLAGS)
		return DDI_PROP_INVAL_ARG;
	rv = scsa_prop_lookup(match_dev, dip, flags | DDI_PROP_TYPE_INT64 |
			      DDI_PROP_NOTPROM, name, &data, &n,
			      scsa_dec_int64);
	if (rv != DDI_PROP_SUCCESS)
		data = rv == DDI_PROP_END_OF_DATA ? 1 : defvalue;
	return data;
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_get_int64);

/**
 * ddi_prop_lookup_int_array() - an int property's elements.
 * @match_dev: DDI_DEV_T_ANY or a dev_t (DDI_DEV_T_NONE: DDI_PROP_INVAL_ARG).
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM; other bits are ignored.
 * @name:      the property name.
 * @data:      set to the array; free it with ddi_prop_free().
 * @nelements: set to the number of ints.
 *
 * Source: ddi_prop_lookup(9F).
 *
 * Context: any with DDI_PROP_DONTSLEEP-like behaviour where sleeping is
 * not allowed (memory may then be short); may sleep elsewhere.
 * Return: DDI_PROP_SUCCESS; DDI_PROP_NOT_FOUND (no such int or untyped
 * property); DDI_PROP_UNDEFINED; DDI_PROP_END_OF_DATA (zero length);
 * DDI_PROP_CANNOT_DECODE (its length is not a multiple of 4);
 * DDI_PROP_NO_MEMORY; DDI_PROP_INVAL_ARG (a NULL argument, "" name,
 * DDI_DEV_T_NONE).
 */
int ddi_prop_lookup_int_array(dev_t match_dev, dev_info_t *dip,
			      uint_t flags, char *name, int **data,
			      uint_t *nelements)
{
	return scsa_prop_lookup(match_dev, dip, scsa_lookup_flags(flags) |
				DDI_PROP_TYPE_INT, name, data, nelements,
				scsa_dec_ints);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_lookup_int_array);

/**
 * ddi_prop_lookup_int64_array() - an int64 property's elements.
 * @match_dev: as ddi_prop_lookup_int_array().
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM.
 * @name:      the property name.
 * @data:      set to the array; free it with ddi_prop_free().
 * @nelements: set to the number of int64s.
 *
 * Only int64 properties match.  Source: ddi_prop_lookup(9F).
 *
 * Context: as ddi_prop_lookup_int_array().
 * Return: as ddi_prop_lookup_int_array() (CANNOT_DECODE: the length is
 * not a multiple of 8); DDI_PROP_INVAL_ARG also for another @flags bit.
 */
int ddi_prop_lookup_int64_array(dev_t match_dev, dev_info_t *dip,
				uint_t flags, char *name, int64_t **data,
				uint_t *nelements)
{
	if (flags & ~SCSA_PROP_LOOKUP_FLAGS)
		return DDI_PROP_INVAL_ARG;
	return scsa_prop_lookup(match_dev, dip, flags | DDI_PROP_TYPE_INT64 |
				DDI_PROP_NOTPROM, name, data, nelements,
				scsa_dec_int64s);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_lookup_int64_array);

/**
 * ddi_prop_lookup_string() - a string property's (first) string.
 * @match_dev: as ddi_prop_lookup_int_array().
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM; other bits are ignored.
 * @name:      the property name.
 * @data:      set to the NUL-terminated string; free with ddi_prop_free().
 *
 * Source: ddi_prop_lookup(9F).
 *
 * Context: as ddi_prop_lookup_int_array().
 * Return: DDI_PROP_SUCCESS, DDI_PROP_NOT_FOUND (no string or untyped
 * property of that name), DDI_PROP_UNDEFINED, DDI_PROP_END_OF_DATA (zero
 * length), DDI_PROP_NO_MEMORY, DDI_PROP_INVAL_ARG.
 */
int ddi_prop_lookup_string(dev_t match_dev, dev_info_t *dip, uint_t flags,
			   char *name, char **data)
{
	uint_t n;

	return scsa_prop_lookup(match_dev, dip, scsa_lookup_flags(flags) |
				DDI_PROP_TYPE_STRING, name, data, &n,
				scsa_dec_string);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_lookup_string);

/**
 * ddi_prop_lookup_string_array() - a string property's strings.
 * @match_dev: as ddi_prop_lookup_int_array().
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM; other bits are ignored.
 * @name:      the property name.
 * @data:      set to a NULL-terminated array of the strings (one
 *             allocation); free it with ddi_prop_free().
 * @nelements: set to the number of strings.
 *
 * Source: ddi_prop_lookup(9F).
 *
 * Context: as ddi_prop_lookup_int_array().
 * Return: as ddi_prop_lookup_string().
 */
int ddi_prop_lookup_string_array(dev_t match_dev, dev_info_t *dip,
				 uint_t flags, char *name, char ***data,
				 uint_t *nelements)
{
	return scsa_prop_lookup(match_dev, dip, scsa_lookup_flags(flags) |
				DDI_PROP_TYPE_STRING, name, data, nelements,
				scsa_dec_strings);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_lookup_string_array);

/**
 * ddi_prop_lookup_byte_array() - a byte property's bytes.
 * @match_dev: as ddi_prop_lookup_int_array().
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM; other bits are ignored.
 * @name:      the property name.
 * @data:      set to the bytes; free with ddi_prop_free().
 * @nelements: set to the number of bytes.
 *
 * Byte and untyped properties match.  Source: ddi_prop_lookup(9F).
 *
 * Context: as ddi_prop_lookup_int_array().
 * Return: as ddi_prop_lookup_string().
 */
int ddi_prop_lookup_byte_array(dev_t match_dev, dev_info_t *dip,
			       uint_t flags, char *name, uchar_t **data,
			       uint_t *nelements)
{
	return scsa_prop_lookup(match_dev, dip, scsa_lookup_flags(flags) |
				DDI_PROP_TYPE_BYTE, name, data, nelements,
				scsa_dec_bytes);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_lookup_byte_array);

/**
 * ddi_prop_exists() - does a property exist (of any type)?
 * @match_dev: DDI_DEV_T_ANY, DDI_DEV_T_NONE or a dev_t.
 * @dip:       the node.
 * @flags:     DDI_PROP_DONTPASS, DDI_PROP_NOTPROM.
 * @name:      the property name.
 *
 * An undefined property (ddi_prop_undefine()) does not exist.  Source:
 * ddi_prop_exists(9F).
 *
 * Context: any; does not sleep.
 * Return: 1 if it exists; 0 if not or on bad arguments.
 */
int ddi_prop_exists(dev_t match_dev, dev_info_t *dip, uint_t flags,
		    char *name)
{
	uint_t x = 0;

	return scsa_prop_search(match_dev, scsa_dip_props(dip), PROP_EXISTS,
				flags | DDI_PROP_TYPE_MASK, name, NULL, &x) ==
	       DDI_PROP_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_exists);

/* ---- creating, changing, removing ---- */

/* a dev_t of major 0 means "my driver's major" (illumos ddi_prop_add) */
static dev_t scsa_prop_dev(struct scsa_propset *ps, dev_t dev)
{
	unsigned int maj;

	if (dev == DDI_DEV_T_NONE || dev == DDI_DEV_T_ANY ||
	    getmajor(dev) != DDI_MAJOR_T_UNKNOWN || !ps->major)
		return dev;
	maj = READ_ONCE(*ps->major);
	return maj ? makedevice(maj, getminor(dev)) : dev;
}

static int scsa_prop_add(struct scsa_propset *ps, dev_t dev, uint_t flags,
			 const char *name, const void *val, int len)
{
	unsigned long irqf;
	ddi_prop_t *p, **list;

	p = scsa_prop_new(scsa_prop_dev(ps, dev), name, flags,
			  (flags & DDI_PROP_UNDEF_IT) ? NULL : val,
			  (flags & DDI_PROP_UNDEF_IT) ? 0 : len,
			  scsa_prop_gfp(flags));
	if (!p) {
		scsa_prop_nomem(name);
		return DDI_PROP_NO_MEMORY;
	}
	spin_lock_irqsave(&ps->lock, irqf);
	list = scsa_propset_list(ps, flags);
	p->prop_next = *list;
	*list = p;
	spin_unlock_irqrestore(&ps->lock, irqf);
	return DDI_PROP_SUCCESS;
}

/* replace the value of the first match on the list, or push a new one */
static int scsa_prop_change(struct scsa_propset *ps, dev_t dev, uint_t flags,
			    const char *name, const void *val, int len)
{
	unsigned long irqf;
	void *nv = NULL, *old;
	ddi_prop_t *p;

	if (len > 0) {
		nv = kmemdup(val, len, scsa_prop_gfp(flags));
		if (!nv) {
			scsa_prop_nomem(name);
			return DDI_PROP_NO_MEMORY;
		}
	}
	dev = scsa_prop_dev(ps, dev);
	spin_lock_irqsave(&ps->lock, irqf);
	p = scsa_prop_find(*scsa_propset_list(ps, flags), dev, name, flags);
	if (p) {
		old = p->prop_val;
		p->prop_val = nv;
		p->prop_len = len;
		p->prop_flags &= ~DDI_PROP_UNDEF_IT;
		spin_unlock_irqrestore(&ps->lock, irqf);
		kfree(old);
		return DDI_PROP_SUCCESS;
	}
	spin_unlock_irqrestore(&ps->lock, irqf);
	kfree(nv);
	return scsa_prop_add(ps, dev, flags, name, val, len);
}

static int scsa_prop_update(dev_t match_dev, struct scsa_propset *ps,
			    uint_t flags, const char *name, const void *enc,
			    int len)
{
	if (match_dev == DDI_DEV_T_ANY || !ps || !name || !*name)
		return DDI_PROP_INVAL_ARG;
	if (!(flags & DDI_PROP_DONTSLEEP))
		flags |= DDI_PROP_CANSLEEP;
	if (flags & DDI_PROP_STACK_CREATE)
		return scsa_prop_add(ps, match_dev, flags, name, enc, len);
	return scsa_prop_change(ps, match_dev, flags, name, enc, len);
}

/* For the framework: set (replace) a property of a list, process context. */
int scsa_prop_set(struct scsa_propset *ps, int flags, const char *name,
		  const void *val, int len)
{
	return scsa_prop_update(DDI_DEV_T_NONE, ps, flags, name, val, len);
}

static bool scsa_update_args_ok(dev_t match_dev, dev_info_t *dip,
				const char *name)
{
	return match_dev != DDI_DEV_T_ANY && dip && name && *name;
}

/**
 * ddi_prop_update_int() - create or replace an int property.
 * @match_dev: DDI_DEV_T_NONE (no dev_t) or a dev_t (one of major 0 gets the
 *             driver's major, when it has one); not DDI_DEV_T_ANY.
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the value.
 *
 * The first of the driver's properties with that name, type and dev_t
 * (DDI_DEV_T_NONE: any dev_t) gets the new value; if there is none, a
 * property is created.  Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: DDI_PROP_SUCCESS; DDI_PROP_INVAL_ARG (DDI_DEV_T_ANY, NULL or ""
 * name, NULL @dip); DDI_PROP_NO_MEMORY.
 */
int ddi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name,
			int data)
{
	return scsa_prop_update(match_dev, scsa_dip_props(dip),
				DDI_PROP_TYPE_INT, name, &data, sizeof(data));
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_int);

/**
 * ddi_prop_update_int64() - create or replace an int64 property.
 * @match_dev: as ddi_prop_update_int().
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the value.
 *
 * Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: as ddi_prop_update_int().
 */
int ddi_prop_update_int64(dev_t match_dev, dev_info_t *dip, char *name,
			  int64_t data)
{
	return scsa_prop_update(match_dev, scsa_dip_props(dip),
				DDI_PROP_TYPE_INT64, name, &data,
				sizeof(data));
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_int64);

static int scsa_update_array(dev_t match_dev, dev_info_t *dip, char *name,
			     uint_t type, const void *data, uint_t n,
			     size_t esize)
{
	if (!scsa_update_args_ok(match_dev, dip, name))
		return DDI_PROP_INVAL_ARG;
	if (n == 0 || n > INT_MAX / esize || !data)
		return DDI_PROP_CANNOT_ENCODE;
	return scsa_prop_update(match_dev, &dip->props, type, name, data,
				n * esize);
}

/**
 * ddi_prop_update_int_array() - create or replace an int array property.
 * @match_dev: as ddi_prop_update_int().
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the ints.
 * @nelements: how many (at least 1).
 *
 * Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: as ddi_prop_update_int(); DDI_PROP_CANNOT_ENCODE for no
 * elements (or a NULL @data).
 */
int ddi_prop_update_int_array(dev_t match_dev, dev_info_t *dip, char *name,
			      int *data, uint_t nelements)
{
	return scsa_update_array(match_dev, dip, name, DDI_PROP_TYPE_INT,
				 data, nelements, sizeof(int));
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_int_array);

/**
 * ddi_prop_update_int64_array() - create or replace an int64 array property.
 * @match_dev: as ddi_prop_update_int().
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the int64s.
 * @nelements: how many (at least 1).
 *
 * Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: as ddi_prop_update_int_array().
 */
int ddi_prop_update_int64_array(dev_t match_dev, dev_info_t *dip,
				char *name, int64_t *data, uint_t nelements)
{
	return scsa_update_array(match_dev, dip, name, DDI_PROP_TYPE_INT64,
				 data, nelements, sizeof(int64_t));
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_int64_array);

/**
 * ddi_prop_update_string() - create or replace a string property.
 * @match_dev: as ddi_prop_update_int().
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the NUL-terminated string (stored with its NUL).
 *
 * Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: as ddi_prop_update_int(); DDI_PROP_CANNOT_ENCODE for a NULL
 * @data.
 */
int ddi_prop_update_string(dev_t match_dev, dev_info_t *dip, char *name,
			   char *data)
{
	if (!scsa_update_args_ok(match_dev, dip, name))
		return DDI_PROP_INVAL_ARG;
	if (!data)
		return DDI_PROP_CANNOT_ENCODE;
	return scsa_prop_update(match_dev, &dip->props, DDI_PROP_TYPE_STRING,
				name, data, strlen(data) + 1);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_string);

/**
 * ddi_prop_update_string_array() - create or replace a string array property.
 * @match_dev: as ddi_prop_update_int().
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the strings.
 * @nelements: how many (at least 1).
 *
 * Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: as ddi_prop_update_int(); DDI_PROP_CANNOT_ENCODE for no
 * strings or a NULL one.
 */
int ddi_prop_update_string_array(dev_t match_dev, dev_info_t *dip,
				 char *name, char **data, uint_t nelements)
{
	size_t total = 0, sl;
	uint_t i;
	char *enc, *p;
	int rv;

	if (!scsa_update_args_ok(match_dev, dip, name))
		return DDI_PROP_INVAL_ARG;
	if (nelements == 0 || !data)
		return DDI_PROP_CANNOT_ENCODE;
	for (i = 0; i < nelements; i++) {
		if (!data[i])
			return DDI_PROP_CANNOT_ENCODE;
		total += strlen(data[i]) + 1;
		if (total > INT_MAX)
			return DDI_PROP_CANNOT_ENCODE;
	}
	enc = kmalloc(total, scsa_prop_gfp(DDI_PROP_CANSLEEP));
	if (!enc) {
		scsa_prop_nomem(name);
		return DDI_PROP_NO_MEMORY;
	}
	for (i = 0, p = enc; i < nelements; i++, p += sl) {
		sl = strlen(data[i]) + 1;
		memcpy(p, data[i], sl);
	}
	rv = scsa_prop_update(match_dev, &dip->props, DDI_PROP_TYPE_STRING,
			      name, enc, total);
	kfree(enc);
	return rv;
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_string_array);

/**
 * ddi_prop_update_byte_array() - create or replace a byte array property.
 * @match_dev: as ddi_prop_update_int().
 * @dip:       the node.
 * @name:      the property name.
 * @data:      the bytes.
 * @nelements: how many (at least 1).
 *
 * Source: ddi_prop_update(9F).
 *
 * Context: process; may sleep.
 * Return: as ddi_prop_update_int(); DDI_PROP_INVAL_ARG also for no bytes
 * (illumos); DDI_PROP_CANNOT_ENCODE for a NULL @data.
 */
int ddi_prop_update_byte_array(dev_t match_dev, dev_info_t *dip,
			       char *name, uchar_t *data, uint_t nelements)
{
	if (nelements == 0)
		return DDI_PROP_INVAL_ARG;
	return scsa_update_array(match_dev, dip, name, DDI_PROP_TYPE_BYTE,
				 data, nelements, 1);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_update_byte_array);

/**
 * ddi_prop_create() - push an untyped property (the older interface).
 * @dev:    DDI_DEV_T_NONE or a dev_t (not DDI_DEV_T_ANY).
 * @dip:    the node.
 * @flag:   DDI_PROP_CANSLEEP (else it does not sleep); DDI_PROP_SYSTEM_DEF
 *          is ignored.
 * @name:   the property name.
 * @value:  @length bytes; unused when @length is 0 (a boolean property).
 * @length: bytes.
 *
 * Always pushes a new property, which hides an older one of the same name
 * until removed (the lists are LIFO).  It is untyped: every lookup but
 * an int64 one matches it.  Source: ddi_prop_create(9F).
 *
 * Context: any without DDI_PROP_CANSLEEP; process with it.
 * Return: DDI_PROP_SUCCESS; DDI_PROP_INVAL_ARG (DDI_DEV_T_ANY, bad name,
 * NULL @dip, @length < 0, or NULL @value with a length);
 * DDI_PROP_NO_MEMORY.
 */
int ddi_prop_create(dev_t dev, dev_info_t *dip, int flag, char *name,
		    caddr_t value, int length)
{
	uint_t flags = flag;

	if (length < 0 || (length > 0 && !value))
		return DDI_PROP_INVAL_ARG;
	if (!(flags & DDI_PROP_CANSLEEP))
		flags |= DDI_PROP_DONTSLEEP;
	flags &= ~(DDI_PROP_SYSTEM_DEF | DDI_PROP_HW_DEF | DDI_PROP_TYPE_MASK);
	flags |= DDI_PROP_STACK_CREATE | DDI_PROP_TYPE_ANY;
	return scsa_prop_update(dev, scsa_dip_props(dip), flags, name, value,
				length);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_create);

/**
 * ddi_prop_modify() - change the value of an existing property.
 * @dev:    as ddi_prop_create().
 * @dip:    the node.
 * @flag:   DDI_PROP_CANSLEEP, DDI_PROP_DONTPASS (for the existence test).
 * @name:   the property name.
 * @value:  @length bytes.
 * @length: bytes (0: boolean).
 *
 * The property must exist (ddi_prop_exists(), including the parent
 * unless DDI_PROP_DONTPASS); the first byte or untyped property of the
 * driver's with that name and dev_t gets the new value, or one is
 * created on the driver's list.  Source: ddi_prop_modify(9F).
 *
 * Context: as ddi_prop_create().
 * Return: DDI_PROP_SUCCESS; DDI_PROP_NOT_FOUND; DDI_PROP_INVAL_ARG (as
 * ddi_prop_create()); DDI_PROP_NO_MEMORY.
 */
int ddi_prop_modify(dev_t dev, dev_info_t *dip, int flag, char *name,
		    caddr_t value, int length)
{
	uint_t flags = flag & ~DDI_PROP_TYPE_MASK;

	if (!scsa_update_args_ok(dev, dip, name) || length < 0 ||
	    (length > 0 && !value))
		return DDI_PROP_INVAL_ARG;
	if (!(flags & DDI_PROP_CANSLEEP))
		flags |= DDI_PROP_DONTSLEEP;
	flags &= ~(DDI_PROP_SYSTEM_DEF | DDI_PROP_HW_DEF |
		   DDI_PROP_STACK_CREATE);
	if (!ddi_prop_exists(dev, dip, flags | DDI_PROP_NOTPROM, name))
		return DDI_PROP_NOT_FOUND;
	return scsa_prop_update(dev, &dip->props, flags | DDI_PROP_TYPE_BYTE,
				name, value, length);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_modify);

/**
 * ddi_prop_undefine() - hide a property: lookups get DDI_PROP_UNDEFINED.
 * @dev:  as ddi_prop_create().
 * @dip:  the node.
 * @flag: DDI_PROP_CANSLEEP.
 * @name: the property name.
 *
 * Pushes an "undefined" marker on the driver's list: it hides properties
 * of that name (on every list of the node and the parent) from every
 * lookup that would match it until ddi_prop_remove() takes it off.
 * Source: ddi_prop_undefine(9F).
 *
 * Context: as ddi_prop_create().
 * Return: DDI_PROP_SUCCESS, DDI_PROP_INVAL_ARG, DDI_PROP_NO_MEMORY.
 */
int ddi_prop_undefine(dev_t dev, dev_info_t *dip, int flag, char *name)
{
	uint_t flags = flag;

	if (!(flags & DDI_PROP_CANSLEEP))
		flags |= DDI_PROP_DONTSLEEP;
	flags &= ~(DDI_PROP_SYSTEM_DEF | DDI_PROP_HW_DEF | DDI_PROP_TYPE_MASK);
	flags |= DDI_PROP_STACK_CREATE | DDI_PROP_UNDEF_IT | DDI_PROP_TYPE_ANY;
	return scsa_prop_update(dev, scsa_dip_props(dip), flags, name, NULL, 0);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_undefine);

/**
 * ddi_prop_remove() - remove one of the driver's properties.
 * @dev:  the dev_t it was created with, exactly (DDI_DEV_T_NONE only
 *        matches DDI_DEV_T_NONE properties); not DDI_DEV_T_ANY.
 * @dip:  the node.
 * @name: the property name.
 *
 * Removes the first (newest) property of the driver's list with that
 * name and dev_t, of any type, including an undefine marker.  System,
 * driver.conf and framework properties cannot be removed.  Source:
 * ddi_prop_remove(9F).
 *
 * Context: any; does not sleep.
 * Return: DDI_PROP_SUCCESS; DDI_PROP_NOT_FOUND; DDI_PROP_INVAL_ARG
 * (DDI_DEV_T_ANY, NULL or "" name, NULL @dip).
 */
int ddi_prop_remove(dev_t dev, dev_info_t *dip, char *name)
{
	ddi_prop_t **pp, *p = NULL;
	unsigned long irqf;

	if (dev == DDI_DEV_T_ANY || !dip || !name || !*name)
		return DDI_PROP_INVAL_ARG;
	spin_lock_irqsave(&dip->props.lock, irqf);
	for (pp = &dip->props.drv; *pp; pp = &(*pp)->prop_next) {
		if (!strcmp((*pp)->prop_name, name) && (*pp)->prop_dev == dev) {
			p = *pp;
			*pp = p->prop_next;
			break;
		}
	}
	spin_unlock_irqrestore(&dip->props.lock, irqf);
	if (!p)
		return DDI_PROP_NOT_FOUND;
	scsa_prop_free1(p);
	return DDI_PROP_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_remove);

/**
 * ddi_prop_remove_all() - remove every one of the driver's properties.
 * @dip: the node; NULL is ignored.
 *
 * Removes all properties (and undefine markers) of the driver's list, of
 * every dev_t; system, driver.conf and framework properties stay.
 * Source: ddi_prop_remove_all(9F).
 *
 * Context: any; does not sleep.
 */
void ddi_prop_remove_all(dev_info_t *dip)
{
	unsigned long irqf;
	ddi_prop_t *list;

	if (!dip)
		return;
	spin_lock_irqsave(&dip->props.lock, irqf);
	list = dip->props.drv;
	dip->props.drv = NULL;
	spin_unlock_irqrestore(&dip->props.lock, irqf);
	scsa_prop_list_free(list);
}
EXPORT_SYMBOL_GPL(scsa_ddi_prop_remove_all);

/* ---- debugfs ---- */

static void scsa_prop_show1(struct seq_file *m, const char *prefix,
			    const char *where, const ddi_prop_t *p)
{
	const u8 *v = (const u8 *)p->prop_val;
	int i, t = p->prop_flags & DDI_PROP_TYPE_MASK;

	seq_printf(m, "%s%s %s ", prefix, where, p->prop_name);
	if (p->prop_flags & DDI_PROP_UNDEF_IT) {
		seq_puts(m, "undefined\n");
		return;
	}
	if (t == DDI_PROP_TYPE_INT && p->prop_len % 4 == 0 && p->prop_len) {
		seq_puts(m, "int");
		for (i = 0; i < p->prop_len; i += 4) {
			int x;

			memcpy(&x, v + i, 4);
			seq_printf(m, "%s%d", i ? "," : " ", x);
		}
	} else if (t == DDI_PROP_TYPE_INT64 && p->prop_len % 8 == 0 &&
		   p->prop_len) {
		seq_puts(m, "int64");
		for (i = 0; i < p->prop_len; i += 8) {
			s64 x;

			memcpy(&x, v + i, 8);
			seq_printf(m, "%s%lld", i ? "," : " ", x);
		}
	} else if (t == DDI_PROP_TYPE_STRING) {
		int pos = 0;

		seq_puts(m, "string");
		while (pos < p->prop_len) {
			int sl = strnlen((const char *)v + pos,
					 p->prop_len - pos);

			seq_printf(m, "%s\"%.*s\"", pos ? "," : " ", sl,
				   v + pos);
			pos += sl + 1;
		}
	} else {
		seq_puts(m, t == DDI_PROP_TYPE_BYTE ? "byte" : "any");
		if (p->prop_len)
			seq_printf(m, " %*phN", min(p->prop_len, 64), v);
	}
	seq_putc(m, '\n');
}

/*
 * Print every property of @ps (not its parent's), one a line:
 * "<prefix><list> <name> <type> <value>", list being driver, system,
 * global or framework.
 */
void scsa_propset_show(struct seq_file *m, const char *prefix,
		       struct scsa_propset *ps)
{
	static const char *const names[] = { "driver", "system", "global",
					     "framework" };
	unsigned long irqf;
	const ddi_prop_t *p;
	int i;

	spin_lock_irqsave(&ps->lock, irqf);
	for (i = 0; i < 4; i++) {
		p = i == 0 ? ps->drv : i == 1 ? ps->sys :
		    i == 2 ? (ps->conf ? ps->conf->global : NULL) : ps->hw;
		for (; p; p = p->prop_next)
			scsa_prop_show1(m, prefix, names[i], p);
	}
	spin_unlock_irqrestore(&ps->lock, irqf);
}
