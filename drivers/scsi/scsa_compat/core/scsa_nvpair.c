// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_nvpair.c - <sys/nvpair.h>: the name-value lists a target driver
 * builds for sysevents and ereports (nvlist_alloc, nvlist_free, the
 * scalar and string nvlist_add_* and nvlist_lookup_* calls,
 * nvlist_remove_all, nvlist_exists, nvlist_empty).
 *
 * A list is kept in memory only (no packing: nothing here crosses to
 * user space in illumos's encoded form): nvl_priv points at a list of
 * pairs, each with its own copy of the name and, for a string, of the
 * value.  Calls on one list must not run concurrently (as on illumos).
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/list.h>
#include <linux/string.h>
#include <sys/nvpair.h>

struct scsa_nvl {
	struct list_head pairs;
	int kmflag;		/* KM_SLEEP or KM_NOSLEEP, from nvlist_alloc */
};

struct scsa_nvp {
	struct list_head node;
	data_type_t type;
	char *name;
	union {
		uint64_t u;
		int64_t i;
		char *s;
	} v;
	size_t name_len;	/* strlen + 1 */
	size_t str_len;		/* a string value's strlen + 1 */
};

static struct scsa_nvl *scsa_nvl(nvlist_t *nvl)
{
	return nvl ? (struct scsa_nvl *)(uintptr_t)nvl->nvl_priv : NULL;
}

static void scsa_nvp_free(struct scsa_nvp *p)
{
	list_del(&p->node);
	if (p->type == DATA_TYPE_STRING)
		kmem_free(p->v.s, p->str_len);
	kmem_free(p->name, p->name_len);
	kmem_free(p, sizeof(*p));
}

/**
 * nvlist_alloc() - a new, empty name-value list.
 * @nvlp:   where to store it.
 * @nvflag: NV_UNIQUE_NAME (a name is there once: adding it again
 *          replaces it), NV_UNIQUE_NAME_TYPE (once per name and type), or
 *          0 (names may repeat).
 * @kmflag: KM_SLEEP or KM_NOSLEEP, for this and every later allocation
 *          of the list.
 *
 * Free it with nvlist_free().  Source: nvlist_alloc(9F).
 *
 * Context: KM_NOSLEEP: any; KM_SLEEP: where sleeping is allowed.
 * Return: 0; EINVAL if @nvlp is NULL or @nvflag has other bits; ENOMEM
 * (KM_NOSLEEP) if memory is short.
 */
int nvlist_alloc(nvlist_t **nvlp, uint_t nvflag, int kmflag)
{
	struct scsa_nvl *l;
	nvlist_t *nvl;

	if (!nvlp || (nvflag & ~(NV_UNIQUE_NAME | NV_UNIQUE_NAME_TYPE)))
		return EINVAL;
	nvl = kmem_zalloc(sizeof(*nvl), kmflag);
	l = nvl ? kmem_zalloc(sizeof(*l), kmflag) : NULL;
	if (!l) {
		if (nvl)
			kmem_free(nvl, sizeof(*nvl));
		return ENOMEM;
	}
	INIT_LIST_HEAD(&l->pairs);
	l->kmflag = kmflag;
	nvl->nvl_version = NV_VERSION;
	nvl->nvl_nvflag = nvflag;
	nvl->nvl_priv = (uint64_t)(uintptr_t)l;
	*nvlp = nvl;
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_nvlist_alloc);

/**
 * nvlist_free() - free a list from nvlist_alloc() and all its pairs.
 * @nvl: the list; NULL is ignored.
 *
 * Source: nvlist_free(9F).  Context: any; does not sleep.
 */
void nvlist_free(nvlist_t *nvl)
{
	struct scsa_nvl *l = scsa_nvl(nvl);
	struct scsa_nvp *p, *n;

	if (!l)
		return;
	list_for_each_entry_safe(p, n, &l->pairs, node)
		scsa_nvp_free(p);
	kmem_free(l, sizeof(*l));
	kmem_free(nvl, sizeof(*nvl));
}
EXPORT_SYMBOL_GPL(scsa_nvlist_free);

static int scsa_nvl_add(nvlist_t *nvl, const char *name, data_type_t type,
			uint64_t u, const char *s)
{
	struct scsa_nvl *l = scsa_nvl(nvl);
	struct scsa_nvp *p, *n;

	if (!l || !name || !*name || (type == DATA_TYPE_STRING && !s))
		return EINVAL;
	p = kmem_zalloc(sizeof(*p), l->kmflag);
	if (!p)
		return ENOMEM;
	p->type = type;
	p->name_len = strlen(name) + 1;
	p->name = kmem_alloc(p->name_len, l->kmflag);
	if (type == DATA_TYPE_STRING) {
		p->str_len = strlen(s) + 1;
		p->v.s = kmem_alloc(p->str_len, l->kmflag);
	} else {
		p->v.u = u;
	}
	if (!p->name || (type == DATA_TYPE_STRING && !p->v.s)) {
		if (p->name)
			kmem_free(p->name, p->name_len);
		if (type == DATA_TYPE_STRING && p->v.s)
			kmem_free(p->v.s, p->str_len);
		kmem_free(p, sizeof(*p));
		return ENOMEM;
	}
	memcpy(p->name, name, p->name_len);
	if (type == DATA_TYPE_STRING)
		memcpy(p->v.s, s, p->str_len);
	/* the pair it replaces goes only once the new one is made */
	if (nvl->nvl_nvflag & (NV_UNIQUE_NAME | NV_UNIQUE_NAME_TYPE)) {
		struct scsa_nvp *q;

		list_for_each_entry_safe(q, n, &l->pairs, node)
			if (!strcmp(q->name, name) &&
			    ((nvl->nvl_nvflag & NV_UNIQUE_NAME) ||
			     q->type == type))
				scsa_nvp_free(q);
	}
	list_add_tail(&p->node, &l->pairs);
	return 0;
}

static int scsa_nvl_lookup(nvlist_t *nvl, const char *name, data_type_t type,
			   struct scsa_nvp **pp)
{
	struct scsa_nvl *l = scsa_nvl(nvl);
	struct scsa_nvp *p;

	if (!l || !name)
		return EINVAL;
	list_for_each_entry(p, &l->pairs, node)
		if (p->type == type && !strcmp(p->name, name)) {
			*pp = p;
			return 0;
		}
	return ENOENT;
}

/*
 * nvlist_add_<type>(nvl, name, value) and nvlist_lookup_<type>(nvl, name,
 * valuep) for the scalar types: see the kernel-doc of nvlist_add_string()
 * and nvlist_lookup_string(), which they follow.
 */
#define	SCSA_NV_SCALAR(suffix, ctype, dtype)				\
int nvlist_add_##suffix(nvlist_t *nvl, const char *name, ctype val)	\
{									\
	return scsa_nvl_add(nvl, name, dtype, (uint64_t)val, NULL);	\
}									\
EXPORT_SYMBOL_GPL(scsa_nvlist_add_##suffix);				\
int nvlist_lookup_##suffix(nvlist_t *nvl, const char *name, ctype *valp) \
{									\
	struct scsa_nvp *p;						\
	int err;							\
									\
	if (!valp)							\
		return EINVAL;						\
	err = scsa_nvl_lookup(nvl, name, dtype, &p);			\
	if (!err)							\
		*valp = (ctype)p->v.u;					\
	return err;							\
}									\
EXPORT_SYMBOL_GPL(scsa_nvlist_lookup_##suffix)

SCSA_NV_SCALAR(boolean_value, boolean_t, DATA_TYPE_BOOLEAN_VALUE);
SCSA_NV_SCALAR(byte, uchar_t, DATA_TYPE_BYTE);
SCSA_NV_SCALAR(int8, int8_t, DATA_TYPE_INT8);
SCSA_NV_SCALAR(uint8, uint8_t, DATA_TYPE_UINT8);
SCSA_NV_SCALAR(int16, int16_t, DATA_TYPE_INT16);
SCSA_NV_SCALAR(uint16, uint16_t, DATA_TYPE_UINT16);
SCSA_NV_SCALAR(int32, int32_t, DATA_TYPE_INT32);
SCSA_NV_SCALAR(uint32, uint32_t, DATA_TYPE_UINT32);
SCSA_NV_SCALAR(int64, int64_t, DATA_TYPE_INT64);
SCSA_NV_SCALAR(uint64, uint64_t, DATA_TYPE_UINT64);
SCSA_NV_SCALAR(hrtime, hrtime_t, DATA_TYPE_HRTIME);

/**
 * nvlist_add_string() - add a string pair (its text is copied).
 * @nvl:  a list from nvlist_alloc().
 * @name: the pair's name (copied; not empty).
 * @val:  the string.
 *
 * With NV_UNIQUE_NAME a pair of the same name (NV_UNIQUE_NAME_TYPE: and
 * type) is replaced.  The scalar forms (nvlist_add_boolean_value, _byte,
 * _int8 ... _uint64, _hrtime) behave the same.  Source: nvlist_add_*(9F).
 *
 * Context: as the list's kmflag allows (KM_NOSLEEP: any).
 * Return: 0; EINVAL for a NULL list, name or value, or an empty name;
 * ENOMEM (KM_NOSLEEP) if memory is short (the list is unchanged).
 */
int nvlist_add_string(nvlist_t *nvl, const char *name, const char *val)
{
	return scsa_nvl_add(nvl, name, DATA_TYPE_STRING, 0, val);
}
EXPORT_SYMBOL_GPL(scsa_nvlist_add_string);

/**
 * nvlist_lookup_string() - the value of a string pair.
 * @nvl:  the list.
 * @name: the pair's name.
 * @valp: where to store the string (the list's copy: valid until the
 *        pair is replaced or removed).
 *
 * The first pair of that name and type.  The scalar forms
 * (nvlist_lookup_uint32 and the others) behave the same.  Source:
 * nvlist_lookup_*(9F).
 *
 * Context: any; does not sleep.
 * Return: 0; ENOENT if no pair of that name has that type; EINVAL for a
 * NULL list, name or @valp.
 */
int nvlist_lookup_string(nvlist_t *nvl, const char *name, char **valp)
{
	struct scsa_nvp *p;
	int err;

	if (!valp)
		return EINVAL;
	err = scsa_nvl_lookup(nvl, name, DATA_TYPE_STRING, &p);
	if (!err)
		*valp = p->v.s;
	return err;
}
EXPORT_SYMBOL_GPL(scsa_nvlist_lookup_string);

/**
 * nvlist_remove_all() - remove every pair of a name.
 * @nvl:  the list.
 * @name: the name.
 *
 * Source: nvlist_remove(9F).  Context: any; does not sleep.
 * Return: 0; ENOENT if there was none; EINVAL for a NULL list or name.
 */
int nvlist_remove_all(nvlist_t *nvl, const char *name)
{
	struct scsa_nvl *l = scsa_nvl(nvl);
	struct scsa_nvp *p, *n;
	int err = ENOENT;

	if (!l || !name)
		return EINVAL;
	list_for_each_entry_safe(p, n, &l->pairs, node)
		if (!strcmp(p->name, name)) {
			scsa_nvp_free(p);
			err = 0;
		}
	return err;
}
EXPORT_SYMBOL_GPL(scsa_nvlist_remove_all);

/**
 * nvlist_exists() - whether a pair of a name is in a list.
 * @nvl:  the list.
 * @name: the name.
 *
 * Source: nvlist_lookup_*(9F).  Context: any; does not sleep.
 * Return: B_TRUE or B_FALSE (also for a NULL list or name).
 */
boolean_t nvlist_exists(nvlist_t *nvl, const char *name)
{
	struct scsa_nvl *l = scsa_nvl(nvl);
	struct scsa_nvp *p;

	if (l && name)
		list_for_each_entry(p, &l->pairs, node)
			if (!strcmp(p->name, name))
				return B_TRUE;
	return B_FALSE;
}
EXPORT_SYMBOL_GPL(scsa_nvlist_exists);

/**
 * nvlist_empty() - whether a list has no pair.
 * @nvl: the list.
 *
 * Source: nvlist_empty(9F).  Context: any; does not sleep.
 * Return: B_TRUE if it has none (or is NULL), else B_FALSE.
 */
boolean_t nvlist_empty(nvlist_t *nvl)
{
	struct scsa_nvl *l = scsa_nvl(nvl);

	return !l || list_empty(&l->pairs) ? B_TRUE : B_FALSE;
}
EXPORT_SYMBOL_GPL(scsa_nvlist_empty);

/* ---- for ddi_log_sysevent() (scsa_sysevent.c) ---- */

/* Call @fn for every pair of @nvl, with its value as text; stops at <0 */
int scsa_nvlist_each(nvlist_t *nvl,
		     int (*fn)(void *arg, const char *name, const char *val),
		     void *arg)
{
	struct scsa_nvl *l = scsa_nvl(nvl);
	struct scsa_nvp *p;
	char num[24];
	int err;

	if (!l)
		return 0;
	list_for_each_entry(p, &l->pairs, node) {
		switch (p->type) {
		case DATA_TYPE_STRING:
			err = fn(arg, p->name, p->v.s);
			break;
		case DATA_TYPE_BOOLEAN_VALUE:
		case DATA_TYPE_INT8:
		case DATA_TYPE_INT16:
		case DATA_TYPE_INT32:
		case DATA_TYPE_INT64:
		case DATA_TYPE_HRTIME:
			snprintf(num, sizeof(num), "%lld", (long long)p->v.i);
			err = fn(arg, p->name, num);
			break;
		default:
			snprintf(num, sizeof(num), "%llu",
				 (unsigned long long)p->v.u);
			err = fn(arg, p->name, num);
			break;
		}
		if (err < 0)
			return err;
	}
	return 0;
}
