// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_attach.c - binding target drivers to SCSI devices.
 *
 * A target driver registers with mod_install().  For every Linux SCSI
 * device the shim keeps a node with its INQUIRY data and "compatible"
 * forms ("scsiclass,00.vVENDOR.pPRODUCT", ..., "scsiclass,00",
 * "scsiclass", as illumos builds them).  A driver is offered a device
 * (a dev_info_t and a Solaris struct scsi_device, then devo_probe and
 * devo_attach(DDI_ATTACH)) when one of its aliases equals one of the
 * device's compatible forms, or when its driver.conf(5) file has a node
 * entry (name="<driver>" class="scsi" [target=T] [lun=L]) that matches the
 * device.  The aliases come from struct modldrv's drv_aliases, from
 * scsa_driver_aliases() (a driver's Linux glue), from the driver_aliases
 * module parameter and from writes to debugfs scsa_compat/new_id.  The
 * framework's properties ("target", "lun", "compatible", "inquiry-*",
 * ...) are set on every dev_info before devo_probe.
 * devo_detach(DDI_DETACH) is called when the device or its host goes
 * away, and from mod_remove().  One mutex serialises binding; it is
 * never taken on the I/O path.  See Documentation/porting-guide.rst,
 * "Binding a driver".
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/idr.h>
#include <linux/ctype.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>
#include <linux/delay.h>
#include <scsa/scsa_prop_bridge.h>

#define SCSA_INQ_MAX		96	/* INQUIRY bytes kept per node */
#define SCSA_ALIAS_MAX		96	/* bytes of an alias, with its NUL */

/* The SCSI host adapter as the parent of its devices' nodes. */
struct scsa_nexus {
	struct list_head node;
	int host;
	int refs;			/* its scsa_nodes */
	struct scsa_propset props;
};

/* Solaris-side view of a LUN: its attachments. */
struct scsa_node {
	struct list_head node;
	struct scsa_lun *lun;
	struct scsa_lun_info info;
	struct list_head dips;
	struct scsa_nexus *nexus;
	u8 inq[SCSA_INQ_MAX];		/* zero-filled past inq_len */
	unsigned int inq_len;
	char *compat;			/* NUL-separated compatible forms */
	unsigned int compat_len;	/* bytes, NULs included */
	u8 *vpd80, *vpd83;		/* VPD pages, or NULL */
	unsigned int vpd80_len, vpd83_len;
};

/* An alias given other than in drv_aliases. */
struct scsa_alias {
	struct list_head node;
	char drv[SCSA_DRV_NAME_MAX];
	char alias[SCSA_ALIAS_MAX];
	const char *src;		/* "glue", "param", "new_id" */
};

static DEFINE_MUTEX(scsa_bind_lock);
static LIST_HEAD(scsa_drivers);
static LIST_HEAD(scsa_nodes);
static LIST_HEAD(scsa_nexi);
static LIST_HEAD(scsa_aliases);

static char *driver_aliases;
module_param(driver_aliases, charp, 0444);
MODULE_PARM_DESC(driver_aliases,
		 "extra driver aliases: \"drv=alias[;drv=alias...]\", e.g. \"sgen=scsiclass,08\"");

struct mod_ops mod_driverops = { .mo_type = 1 };
EXPORT_SYMBOL_GPL(scsa_mod_driverops);

/* ---- dev_info accessors ---- */

/**
 * ddi_get_instance() - the instance number of an attachment.
 * @dip: the device, as passed to devo_probe/devo_attach.
 *
 * Instances are numbered per driver from 0, the lowest free number first;
 * a detached instance's number is reused.  Source: ddi_get_instance(9F).
 *
 * Context: any; does not sleep.
 * Return: the instance number, >= 0; -1 if @dip is NULL.
 */
int ddi_get_instance(dev_info_t *dip)
{
	return dip ? dip->instance : -1;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_instance);

/**
 * ddi_get_driver_private() - the driver-private pointer of @dip.
 * @dip: the device.
 *
 * For a SCSI target it is the struct scsi_device until the driver changes
 * it (scsi_device(9S)).  Source: ddi_get_driver_private(9F).
 *
 * Context: any; does not sleep.
 * Return: the pointer; NULL if @dip is NULL or the driver set NULL.
 */
void *ddi_get_driver_private(dev_info_t *dip)
{
	return dip ? dip->driver_private : NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_driver_private);

/**
 * ddi_set_driver_private() - set the driver-private pointer of @dip.
 * @dip:  the device; NULL is ignored.
 * @data: the new pointer, returned by ddi_get_driver_private().
 *
 * Source: ddi_get_driver_private(9F).
 *
 * Context: any; does not sleep.
 */
void ddi_set_driver_private(dev_info_t *dip, void *data)
{
	if (dip)
		dip->driver_private = data;
}
EXPORT_SYMBOL_GPL(scsa_ddi_set_driver_private);

/**
 * ddi_driver_name() - the name of the driver @dip is attached to.
 * @dip: the device.
 *
 * The name is the driver's struct modldrv drv_linkinfo when that is a
 * plain name (letters, digits, '_', '-', '.'; fewer than 32 bytes), as
 * the sample drivers give it; otherwise (an illumos driver's drv_linkinfo
 * is a description such as "SCSI generic driver") the name of its Linux
 * module, as illumos names a driver after its module.  It names the
 * driver's /etc/scsa/<name>.conf file and its nodes.
 * Source: ddi_driver_name(9F).
 *
 * Context: any; does not sleep.
 * Return: the name; "unknown" if @dip is NULL.  Never NULL.
 */
const char *ddi_driver_name(dev_info_t *dip)
{
	if (dip && dip->is_nexus)
		return dip->nexus_name;
	return dip ? dip->drv->name : "unknown";
}
EXPORT_SYMBOL_GPL(scsa_ddi_driver_name);

/**
 * ddi_get_name_addr() - the unit address of @dip.
 * @dip: the device.
 *
 * Source: ddi_get_name_addr(9F).
 *
 * Context: any; does not sleep.
 * Return: "target,lun" in hex, e.g. "2,0" (valid while @dip is
 * attached); NULL if @dip is NULL.
 */
char *ddi_get_name_addr(dev_info_t *dip)
{
	return dip ? dip->addr : NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_name_addr);

/**
 * ddi_report_dev() - announce an attached device in the kernel log.
 * @dip: the device; NULL is ignored.
 *
 * Logs "<driver><instance> at <target,lun>" against the Linux SCSI
 * device.  Source: ddi_report_dev(9F).
 *
 * Context: any; does not sleep (usually called from devo_attach).
 */
void ddi_report_dev(dev_info_t *dip)
{
	if (dip)
		dev_info(dip->sd.sd_address.a_hba_tran ?
			 ddi_get_linux_device(dip) : NULL, "%s%d at %s\n",
			 ddi_driver_name(dip), dip->instance, dip->addr);
}
EXPORT_SYMBOL_GPL(scsa_ddi_report_dev);

/**
 * ddi_get_linux_device() - the Linux SCSI device @dip is attached to.
 * @dip: the device.
 *
 * For a driver's Linux glue: the parent of its block device, say.  The
 * struct device stays valid while @dip is attached.  Source: none, a
 * scsa-compat extension.
 *
 * Context: any; does not sleep.
 * Return: the struct scsi_device's struct device; NULL if @dip is NULL.
 */
struct device *ddi_get_linux_device(dev_info_t *dip)
{
	struct scsa_lun_info info;

	if (!dip)
		return NULL;
	scsa_lnx_info(dip->lun, &info);
	return info.dev;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_linux_device);

/* ---- the framework's properties ---- */

/*
 * illumos string_scsi_to_1275(): the field up to a NUL, NUL-padded,
 * trailing blanks cut, every other character outside [A-Za-z0-9_+-]
 * (the padding NULs included) made '_'.
 */
static void scsa_scsi_to_1275(char *out, const u8 *in, int len)
{
	int i;

	strncpy(out, (const char *)in, len);
	out[len] = 0;
	for (i = len - 1; i >= 0 && out[i] == ' '; i--)
		out[i] = 0;
	for (; i >= 0; i--)
		if (!isalnum((unsigned char)out[i]) && out[i] != '_' &&
		    out[i] != '+' && out[i] != '-')
			out[i] = '_';
}

/* the compatible forms of a primary SCSI target node, highest first */
static int scsa_node_compat(struct scsa_node *n)
{
	char vid[9], pid[17], rev[5], gf[3];
	const u8 *q = n->inq;
	int dtype, i = 0, len = 0, cap = 512;
	char *b;

	dtype = n->inq_len ? q[0] & 0x1f : n->info.type & 0x1f;
	scsa_scsi_to_1275(vid, q + 8, 8);
	scsa_scsi_to_1275(pid, q + 16, 16);
	scsa_scsi_to_1275(rev, q + 32, 4);
	if ((q[1] & 0x80) || dtype == DTYPE_WORM || dtype == DTYPE_RODIRECT ||
	    dtype == DTYPE_OPTICAL)
		gf[i++] = 'R';
	if (dtype == DTYPE_PROCESSOR && !strncmp((const char *)q + 44,
						 "SAF-TE", 4))
		gf[i++] = 'S';
	gf[i] = 0;
	b = kzalloc(cap, GFP_KERNEL);
	if (!b)
		return -ENOMEM;
#define COMPAT(...) (len += 1 + scnprintf(b + len, cap - len, __VA_ARGS__))
	if (*gf && *vid && *pid && *rev)
		COMPAT("scsiclass,%02x%s.v%s.p%s.r%s", dtype, gf, vid, pid, rev);
	if (*vid && *pid && *rev)
		COMPAT("scsiclass,%02x.v%s.p%s.r%s", dtype, vid, pid, rev);
	if (*gf && *vid && *pid)
		COMPAT("scsiclass,%02x%s.v%s.p%s", dtype, gf, vid, pid);
	if (*vid && *pid)
		COMPAT("scsiclass,%02x.v%s.p%s", dtype, vid, pid);
	if (*gf)
		COMPAT("scsiclass,%02x%s", dtype, gf);
	COMPAT("scsiclass,%02x", dtype);
	COMPAT("scsiclass");
#undef COMPAT
	n->compat = b;
	n->compat_len = len;
	return 0;
}

static void scsa_set_int(struct scsa_propset *ps, int flags, const char *name,
			 int v)
{
	scsa_prop_set(ps, flags | DDI_PROP_TYPE_INT, name, &v, sizeof(v));
}

/* illumos scsi_ascii_inquiry_len(): up to a NUL, trailing blanks cut */
static int scsa_inq_strlen(const u8 *f, int len)
{
	len = strnlen((const char *)f, len);
	while (len > 0 && f[len - 1] == ' ')
		len--;
	return len;
}

/*
 * The INQUIRY properties (illumos create_inquiry_props()): the device
 * type always; the strings only for a device past SCSI-1 and only if not
 * defined yet (the first definition sticks).
 */
static void scsa_inquiry_props(dev_info_t *dip, const u8 *inq)
{
	static const struct { const char *name; int off, len; } f[] = {
		{ INQUIRY_VENDOR_ID, 8, 8 },
		{ INQUIRY_PRODUCT_ID, 16, 16 },
		{ INQUIRY_REVISION_ID, 32, 4 },
	};
	char s[17];
	int i, l;

	scsa_set_int(&dip->props, DDI_PROP_HW_DEF, INQUIRY_DEVICE_TYPE,
		     inq[0] & 0x1f);
	if ((inq[2] & 0x7) == 1)
		return;
	for (i = 0; i < ARRAY_SIZE(f); i++) {
		if (ddi_prop_exists(DDI_DEV_T_NONE, dip, DDI_PROP_DONTPASS,
				    (char *)f[i].name))
			continue;
		l = scsa_inq_strlen(inq + f[i].off, f[i].len);
		if (l <= 0)
			continue;
		memcpy(s, inq + f[i].off, l);
		s[l] = 0;
		scsa_prop_set(&dip->props, DDI_PROP_HW_DEF |
			      DDI_PROP_TYPE_STRING, f[i].name, s, l + 1);
	}
}

/* what illumos' SCSA nexus code puts on a target node */
static void scsa_node_props(dev_info_t *dip, struct scsa_node *n)
{
	struct scsa_propset *ps = &dip->props;
	s64 lun64 = n->info.lun;

	scsa_set_int(ps, DDI_PROP_HW_DEF, SCSI_ADDR_PROP_TARGET, n->info.id);
	if (n->info.lun < 32)
		scsa_set_int(ps, DDI_PROP_HW_DEF, SCSI_ADDR_PROP_LUN,
			     (int)n->info.lun);
	scsa_prop_set(ps, DDI_PROP_HW_DEF | DDI_PROP_TYPE_INT64,
		      SCSI_ADDR_PROP_LUN64, &lun64, sizeof(lun64));
	if (n->compat)
		scsa_prop_set(ps, DDI_PROP_HW_DEF | DDI_PROP_TYPE_STRING,
			      "compatible", n->compat, n->compat_len);
	if (n->vpd80)
		scsa_prop_set(ps, DDI_PROP_HW_DEF | DDI_PROP_TYPE_BYTE,
			      "inquiry-page-80", n->vpd80, n->vpd80_len);
	if (n->vpd83)
		scsa_prop_set(ps, DDI_PROP_HW_DEF | DDI_PROP_TYPE_BYTE,
			      "inquiry-page-83", n->vpd83, n->vpd83_len);
	scsa_prop_set(ps, DDI_PROP_HW_DEF | DDI_PROP_TYPE_STRING, "class",
		      "scsi", sizeof("scsi"));
	if (n->inq_len >= SUN_MIN_INQLEN)
		scsa_inquiry_props(dip, n->inq);
}

/* the host's node, with what scsi_hba_attach_setup() puts on an HBA's */
static struct scsa_nexus *scsa_nexus_get(struct scsa_node *n)
{
	struct scsa_nexus *x;
	int id;

	lockdep_assert_held(&scsa_bind_lock);
	list_for_each_entry(x, &scsa_nexi, node) {
		if (x->host == n->info.host) {
			x->refs++;
			return x;
		}
	}
	x = kzalloc(sizeof(*x), GFP_KERNEL);
	if (!x)
		return NULL;
	x->host = n->info.host;
	x->refs = 1;
	scsa_propset_init(&x->props, NULL);
	scsa_set_int(&x->props, 0, "scsi-enumeration", 0);
	scsa_set_int(&x->props, 0, "scsi-reset-delay", 3000);
	scsa_set_int(&x->props, 0, "scsi-watchdog-tick", 10);
	scsa_set_int(&x->props, 0, "scsi-selection-timeout", 250);
	scsa_set_int(&x->props, 0, "scsi-tag-age-limit", 2);
	id = scsa_lnx_initiator_id(n->lun);
	if (id >= 0)
		scsa_set_int(&x->props, 0, "scsi-initiator-id", id);
	list_add_tail(&x->node, &scsa_nexi);
	return x;
}

static void scsa_nexus_put(struct scsa_nexus *x)
{
	if (!x || --x->refs)
		return;
	list_del(&x->node);
	scsa_propset_fini(&x->props);
	kfree(x);
}

/* ---- binding ---- */

static bool scsa_compat_has(struct scsa_node *n, const char *alias)
{
	unsigned int pos;

	for (pos = 0; n->compat && pos < n->compat_len;
	     pos += strlen(n->compat + pos) + 1)
		if (!strcmp(n->compat + pos, alias))
			return true;
	return false;
}

/* the first node entry of the driver's driver.conf matching @n */
static struct scsa_conf_entry *scsa_conf_match(struct scsa_tgt_driver *drv,
					       struct scsa_node *n)
{
	struct scsa_conf_entry *e;

	if (!drv->conf)
		return NULL;
	list_for_each_entry(e, &drv->conf->entries, node)
		if ((e->any_target || e->target == n->info.id) &&
		    (e->any_lun || e->lun == n->info.lun))
			return e;
	return NULL;
}

/*
 * Is @drv offered @n?  *@ep: the matching driver.conf node entry;
 * *@by_conf: offered only through such an entry (no alias matches), which
 * makes the node not self-identifying (ddi_dev_is_sid(9F) fails, as for a
 * driver.conf node on illumos, whose driver then probes for itself).
 */
static bool scsa_driver_claims(struct scsa_tgt_driver *drv,
			       struct scsa_node *n,
			       struct scsa_conf_entry **ep, bool *by_conf)
{
	const char * const *a;
	struct scsa_alias *al;

	*ep = scsa_conf_match(drv, n);
	*by_conf = false;
	for (a = drv->md->drv_aliases; a && *a; a++)
		if (scsa_compat_has(n, *a))
			return true;
	list_for_each_entry(al, &scsa_aliases, node)
		if (!strcmp(al->drv, drv->name) &&
		    scsa_compat_has(n, al->alias))
			return true;
	*by_conf = *ep;
	return *ep;
}

static void scsa_dip_free(struct dev_info *dip)
{
	/* minor nodes the driver left (Solaris removes them at detach too) */
	scsa_cdev_remove_all(dip);
	scsa_propset_fini(&dip->props);
	kfree(dip->sd.sd_inq);
	scsa_devinfo_free_parent(dip);
	scsa_reset_notify_drop(&dip->sd.sd_address);
	ida_free(&dip->drv->ida, dip->instance);
	kfree(dip);
}

static bool scsa_is_attached(struct scsa_tgt_driver *drv, struct scsa_node *n)
{
	struct dev_info *dip;

	list_for_each_entry(dip, &n->dips, node)
		if (dip->drv == drv)
			return true;
	return false;
}

static void scsa_try_attach(struct scsa_tgt_driver *drv, struct scsa_node *n)
{
	struct dev_ops *ops = drv->md->drv_dev_ops;
	struct scsa_conf_entry *e;
	struct dev_info *dip;
	bool by_conf;
	int id, rv;

	if (scsa_is_attached(drv, n) ||
	    !scsa_driver_claims(drv, n, &e, &by_conf) ||
	    scsa_lnx_gone(n->lun))
		return;
	dip = kzalloc(sizeof(*dip), GFP_KERNEL);
	if (!dip)
		return;
	id = ida_alloc(&drv->ida, GFP_KERNEL);
	if (id < 0) {
		kfree(dip);
		return;
	}
	dip->drv = drv;
	dip->lun = n->lun;
	dip->instance = id;
	dip->conf_node = by_conf;
	snprintf(dip->addr, sizeof(dip->addr), "%x,%llx", n->info.id,
		 n->info.lun);
	dip->sd.sd_address.a_hba_tran = (struct scsi_hba_tran *)n->lun;
	dip->sd.sd_address.a_target = n->info.id;
	dip->sd.sd_address.a_lun = n->info.lun;
	dip->sd.sd_dev = dip;
	mutex_init(&dip->sd.sd_mutex, NULL, MUTEX_DRIVER, NULL);
	dip->driver_private = &dip->sd;
	INIT_LIST_HEAD(&dip->minors);
	/* properties: the node entry's, the driver.conf's, the framework's */
	scsa_propset_init(&dip->props, n->nexus ? &n->nexus->props : NULL);
	dip->props.major = &drv->cmajor;
	dip->props.conf = scsa_conf_get(drv->conf);
	if (e)
		dip->props.sys = scsa_prop_list_dup(e->props);
	scsa_node_props(dip, n);

	if (ops->devo_probe && ops->devo_probe(dip) == DDI_PROBE_FAILURE) {
		dev_dbg(n->info.dev, "%s: probe declined\n", drv->name);
		scsa_dip_free(dip);
		return;
	}
	dip->attaching = true;
	rv = ops->devo_attach ? ops->devo_attach(dip, DDI_ATTACH) :
				DDI_FAILURE;
	dip->attaching = false;
	if (rv != DDI_SUCCESS) {
		dev_info(n->info.dev, "%s: attach declined\n", drv->name);
		scsa_dip_free(dip);
		return;
	}
	/* its minor nodes can be opened now that attach has succeeded */
	scsa_cdev_attached(dip);
	list_add_tail(&dip->node, &n->dips);
}

static void scsa_detach(struct dev_info *dip)
{
	struct dev_ops *ops = dip->drv->md->drv_dev_ops;

	list_del(&dip->node);
	/*
	 * Beyond illumos, which refuses to detach an open device: detach
	 * cannot be refused here, so first wait for every call into the
	 * driver's cb_ops to return and make later ones fail (ENXIO).
	 */
	scsa_cdev_revoke(dip);
	WRITE_ONCE(dip->detaching, true);
	if (ops->devo_detach &&
	    ops->devo_detach(dip, DDI_DETACH) != DDI_SUCCESS)
		pr_warn("%s%d: detach refused; the device is going away regardless\n",
			ddi_driver_name(dip), dip->instance);
	/* beyond illumos: no runout callback reaches a detached instance */
	scsa_cb_cancel(dip->drv->owner, dip->lun);
	scsa_dip_free(dip);
}

static void scsa_node_free(struct scsa_node *n)
{
	scsa_nexus_put(n->nexus);
	kfree(n->compat);
	kfree(n->vpd80);
	kfree(n->vpd83);
	kfree(n);
}

void scsa_sol_lun_added(struct scsa_lun *lun)
{
	struct scsa_tgt_driver *drv;
	struct scsa_node *n;

	n = kzalloc(sizeof(*n), GFP_KERNEL);
	if (!n)
		return;
	n->lun = lun;
	scsa_lnx_info(lun, &n->info);
	INIT_LIST_HEAD(&n->dips);
	n->inq_len = scsa_lnx_inquiry(lun, n->inq, sizeof(n->inq));
	n->vpd80 = scsa_lnx_vpd(lun, 0x80, &n->vpd80_len);
	n->vpd83 = scsa_lnx_vpd(lun, 0x83, &n->vpd83_len);
	if (scsa_node_compat(n))
		pr_warn("%s: no memory for its compatible forms\n",
			n->info.name);
	mutex_lock(&scsa_bind_lock);
	n->nexus = scsa_nexus_get(n);
	list_add_tail(&n->node, &scsa_nodes);
	list_for_each_entry(drv, &scsa_drivers, node)
		scsa_try_attach(drv, n);
	mutex_unlock(&scsa_bind_lock);
}

void scsa_sol_lun_removed(struct scsa_lun *lun)
{
	struct dev_info *dip, *tmp;
	struct scsa_node *n;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(n, &scsa_nodes, node) {
		if (n->lun != lun)
			continue;
		list_for_each_entry_safe_reverse(dip, tmp, &n->dips, node)
			scsa_detach(dip);
		list_del(&n->node);
		scsa_node_free(n);
		break;
	}
	mutex_unlock(&scsa_bind_lock);
}

/* ---- aliases ---- */

static bool scsa_plain_name(const char *s, size_t max)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("_-.", s[i]))
			return false;
	return i > 0 && i < max;
}

static int scsa_alias_add(const char *drv, const char *alias,
			  const char *src)
{
	struct scsa_tgt_driver *d;
	struct scsa_alias *al;
	struct scsa_node *n;
	size_t i;

	lockdep_assert_held(&scsa_bind_lock);
	if (!drv || !alias || !scsa_plain_name(drv, SCSA_DRV_NAME_MAX) ||
	    !alias[0] || strlen(alias) >= SCSA_ALIAS_MAX)
		return -EINVAL;
	for (i = 0; alias[i]; i++)
		if (isspace((unsigned char)alias[i]) || alias[i] == '"')
			return -EINVAL;
	list_for_each_entry(al, &scsa_aliases, node)
		if (!strcmp(al->drv, drv) && !strcmp(al->alias, alias))
			return 0;
	al = kzalloc(sizeof(*al), GFP_KERNEL);
	if (!al)
		return -ENOMEM;
	strscpy(al->drv, drv, sizeof(al->drv));
	strscpy(al->alias, alias, sizeof(al->alias));
	al->src = src;
	list_add_tail(&al->node, &scsa_aliases);
	/* an installed driver is offered the devices it now claims */
	list_for_each_entry(d, &scsa_drivers, node)
		if (!strcmp(d->name, drv))
			list_for_each_entry(n, &scsa_nodes, node)
				scsa_try_attach(d, n);
	return 0;
}

/**
 * scsa_driver_aliases() - give a driver aliases from its Linux glue.
 * @drvname: the driver's name (ddi_driver_name(): its drv_linkinfo if
 *           that is a plain name, else its Linux module name).
 * @aliases: NULL-terminated list of compatible forms it binds to, e.g.
 *           "scsiclass,08" or "scsiclass,00.vACME.pUltraToast_4000";
 *           copied.
 *
 * What add_drv -i '"alias" ...' does on illumos, for a driver whose
 * source has no drv_aliases: call it in module_init before _init(); a
 * driver already installed is offered the devices the new aliases match
 * at once.  The aliases stay until scsa_compat is unloaded (calling it
 * again with the same ones adds nothing).  Source: none, a scsa-compat
 * extension.
 *
 * Context: process; may sleep (and attach).  Not from devo_attach or
 * devo_detach.
 * Return: 0; EINVAL for a bad name or alias (empty, too long, white
 * space or quotes); ENOMEM.  Positive errno values, as mod_install().
 */
int scsa_driver_aliases(const char *drvname, const char * const *aliases)
{
	int err = 0;

	if (!aliases)
		return EINVAL;
	mutex_lock(&scsa_bind_lock);
	for (; *aliases && !err; aliases++)
		err = -scsa_alias_add(drvname, *aliases, "glue");
	mutex_unlock(&scsa_bind_lock);
	return err;
}
EXPORT_SYMBOL_GPL(scsa_driver_aliases);

/* "drv=alias[;drv=alias...]" (';' or white space between them) */
static void scsa_parse_alias_param(void)
{
	char *buf, *p, *item, *eq;
	int err;

	if (!driver_aliases || !*driver_aliases)
		return;
	buf = kstrdup(driver_aliases, GFP_KERNEL);
	if (!buf)
		return;
	p = buf;
	mutex_lock(&scsa_bind_lock);
	while ((item = strsep(&p, "; \t\n"))) {
		if (!*item)
			continue;
		eq = strchr(item, '=');
		err = -EINVAL;
		if (eq) {
			*eq = 0;
			err = scsa_alias_add(item, eq + 1, "param");
		}
		if (err)
			pr_warn("driver_aliases: bad item '%s'%s (%d): ignored\n",
				item, eq ? "=..." : "", err);
	}
	mutex_unlock(&scsa_bind_lock);
	kfree(buf);
}

/* ---- mod_install / mod_remove ---- */

static void scsa_drv_set_name(struct scsa_tgt_driver *drv)
{
	const char *li = drv->md->drv_linkinfo;

	if (li && scsa_plain_name(li, SCSA_DRV_NAME_MAX))
		strscpy(drv->name, li, sizeof(drv->name));
	else if (drv->owner)
		strscpy(drv->name, module_name(drv->owner), sizeof(drv->name));
	else
		strscpy(drv->name, "unknown", sizeof(drv->name));
}

/**
 * scsa_mod_install_owner() - register a target driver (use mod_install()).
 * @ml:    the driver's modlinkage; ml_linkage[0] is its struct modldrv,
 *         whose drv_dev_ops must have devo_rev == DEVO_REV.
 * @owner: the Linux module (THIS_MODULE, supplied by the macro); its
 *         runout callbacks are cancelled by mod_remove().
 *
 * Reads the driver's /etc/scsa/<name>.conf (driver.conf(5); a missing
 * file is fine, bad entries are logged with file:line and skipped), then
 * attaches the driver to every present SCSI device it is offered (see
 * the top of this file) and to those that appear later: devo_probe, then
 * devo_attach(DDI_ATTACH), called here under the binding lock (they must
 * not call mod_install() or mod_remove()).  Minor nodes made in
 * devo_attach can be opened once it has returned DDI_SUCCESS; a failed
 * attach's nodes are removed.  A device whose probe or attach fails is
 * skipped; that is not an error of mod_install().  Source: mod_install(9F).
 *
 * Context: process; may sleep (file I/O; attach runs here).
 * Return: 0; EINVAL for a malformed linkage (@ml NULL, no modldrv, no
 * dev_ops, wrong devo_rev); ENOMEM if memory is short; EEXIST if @ml is
 * already installed.  Positive errno values, as on Solaris.
 */
int scsa_mod_install_owner(struct modlinkage *ml, struct module *owner)
{
	struct modldrv *md = ml ? ml->ml_linkage[0] : NULL;
	struct scsa_tgt_driver *drv, *d;
	struct scsa_node *n;

	if (!md || !md->drv_dev_ops || md->drv_dev_ops->devo_rev != DEVO_REV) {
		pr_warn("mod_install: malformed modlinkage\n");
		return EINVAL;
	}
	drv = kzalloc(sizeof(*drv), GFP_KERNEL);
	if (!drv)
		return ENOMEM;
	drv->ml = ml;
	drv->md = md;
	drv->owner = owner;
	ida_init(&drv->ida);
	scsa_drv_set_name(drv);

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(d, &scsa_drivers, node) {
		if (d->ml == ml) {
			mutex_unlock(&scsa_bind_lock);
			kfree(drv);
			return EEXIST;
		}
	}
	mutex_unlock(&scsa_bind_lock);
	/* outside the lock: file I/O */
	drv->conf = scsa_conf_load(drv->name);

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(d, &scsa_drivers, node) {
		if (d->ml == ml) {		/* a racing mod_install() */
			mutex_unlock(&scsa_bind_lock);
			scsa_conf_put(drv->conf);
			kfree(drv);
			return EEXIST;
		}
	}
	list_add_tail(&drv->node, &scsa_drivers);
	list_for_each_entry(n, &scsa_nodes, node)
		scsa_try_attach(drv, n);
	mutex_unlock(&scsa_bind_lock);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_mod_install_owner);

/**
 * mod_remove() - unregister a target driver: detach every instance, cancel
 * its queued runout callbacks and wait for a running one.
 * @ml: the driver's modlinkage, as given to mod_install().
 *
 * Instances are detached with devo_detach(DDI_DETACH), each after its
 * minor nodes have been stopped (no entry point runs any more); the
 * nodes a driver leaves are removed and its character major released.
 * Deviation: on Linux module exit cannot fail, so a devo_detach that
 * refuses is logged and overridden, and EBUSY is never returned (a
 * module with a minor node open cannot get to its exit: the open file
 * holds it).  Source: mod_remove(9F).
 *
 * Context: process; may sleep.  Not from devo_attach/devo_detach or a
 * runout callback.
 * Return: 0; EINVAL if @ml is not installed.
 */
int mod_remove(struct modlinkage *ml)
{
	struct scsa_tgt_driver *drv = NULL, *d;
	struct dev_info *dip, *tmp;
	struct scsa_node *n;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(d, &scsa_drivers, node)
		if (d->ml == ml)
			drv = d;
	if (!drv) {
		mutex_unlock(&scsa_bind_lock);
		return EINVAL;
	}
	list_for_each_entry(n, &scsa_nodes, node)
		list_for_each_entry_safe_reverse(dip, tmp, &n->dips, node)
			if (dip->drv == drv)
				scsa_detach(dip);
	list_del(&drv->node);
	mutex_unlock(&scsa_bind_lock);

	scsa_cdev_driver_fini(drv);
	scsa_cb_cancel(drv->owner, NULL);
	scsa_conf_put(drv->conf);
	ida_destroy(&drv->ida);
	kfree(drv);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_mod_remove);

/**
 * mod_info() - module information (nothing to report on Linux).
 * @ml: the driver's modlinkage; unused.
 * @mi: the caller's struct modinfo; unused, nothing is filled in.
 *
 * Source: mod_info(9F).
 *
 * Context: any; does not sleep.
 * Return: 1 (non-zero: success); never fails.
 */
int mod_info(struct modlinkage *ml, struct modinfo *mi)
{
	return 1;
}
EXPORT_SYMBOL_GPL(scsa_mod_info);

/* ---- scsi_probe(9F) ---- */

/*
 * Whether the INQUIRY data in devp->sd_inq describes a logical unit that
 * is there, by illumos's SCSA nexus rule (a node is made only for it): the
 * peripheral qualifier is 000b, or a vendor-unique qualifier on LUN 0, and
 * the device type is not DTYPE_UNKNOWN.  Qualifier 001b ("supported, not
 * connected") and 011b (DTYPE_NOTPRESENT, 0x7f) are not there.
 */
static bool scsa_inq_lun_exists(struct scsi_device *devp)
{
	uchar_t b0 = devp->sd_inq->inq_dtype;

	if ((b0 & DTYPE_MASK) == DTYPE_UNKNOWN)
		return false;
	if (b0 & DPQ_VUNIQ)
		return devp->sd_address.a_lun == 0;
	return (b0 & DPQ_MASK) == DPQ_POSSIBLE;
}

/**
 * scsi_probe() - check that a device is there; fill devp->sd_inq.
 * @devp:     the target's scsi_device (from ddi_get_driver_private()).
 * @callback: SLEEP_FUNC to sleep for memory, or NULL_FUNC; a runout
 *            function is treated as NULL_FUNC, as on illumos.
 *
 * Sends INQUIRY for SUN_INQSIZE bytes, polled (FLAG_NOINTR), with a
 * 60-second timeout per try and up to 3 tries, and copies the data to
 * sd_inq (SUN_INQSIZE bytes, allocated on the first call).  sd_inq stays
 * allocated until the device is detached: scsi_unprobe() frees nothing.
 * When the device exists, the INQUIRY properties of its node are set
 * from the fresh data as illumos does (inquiry-device-type; the
 * inquiry-*-id strings only if not defined yet).
 * Source: scsi_probe(9F).
 *
 * Context: process; sleeps (the polled INQUIRY) whatever @callback is.
 * Not with a kmutex_t held, from interrupt context or pkt_comp.
 * Return: SCSIPROBE_EXISTS; SCSIPROBE_NORESP (no LUN there: qualifier 3
 * or type 0x1f; the device is gone; or the command was never accepted,
 * e.g. called where sleeping is not allowed); SCSIPROBE_NOMEM (no memory
 * for sd_inq or the buffer, or the packet failed with b_error set);
 * SCSIPROBE_NOMEM_CB (packet resources short with NULL_FUNC: try again
 * later); SCSIPROBE_BUSY
 * (BUSY status on the last try); SCSIPROBE_NONCCS (no data, or fewer
 * than SUN_MIN_INQLEN bytes); SCSIPROBE_FAILURE (@devp or its address
 * unset, the command failed, or a status other than GOOD or BUSY).
 */
int scsi_probe(struct scsi_device *devp, int (*callback)(void))
{
	int (*mode)(caddr_t) = (void *)callback == (void *)SLEEP_FUNC ?
			       SLEEP_FUNC : NULL_FUNC;
	struct scsi_pkt *pkt;
	struct buf *bp;
	int rv = SCSIPROBE_FAILURE, tries, busy = 0;

	if (!devp || !devp->sd_address.a_hba_tran)
		return SCSIPROBE_FAILURE;
	if (scsa_lnx_gone(scsa_ap_lun(&devp->sd_address)))
		return SCSIPROBE_NORESP;
	if (!devp->sd_inq) {
		devp->sd_inq = kzalloc(SUN_INQSIZE, mode == SLEEP_FUNC ?
				       GFP_KERNEL : GFP_ATOMIC);
		if (!devp->sd_inq)
			return SCSIPROBE_NOMEM;
	}
	bp = scsi_alloc_consistent_buf(&devp->sd_address, NULL, SUN_INQSIZE,
				       B_READ, mode, NULL);
	if (!bp)
		return SCSIPROBE_NOMEM;
	pkt = scsi_init_pkt(&devp->sd_address, NULL, bp, CDB_GROUP0,
			    sizeof(struct scsi_arq_status), 0, PKT_CONSISTENT,
			    mode, NULL);
	if (!pkt) {
		rv = bp->b_error ? SCSIPROBE_NOMEM : SCSIPROBE_NOMEM_CB;
		goto out_buf;
	}
	pkt->pkt_cdbp[0] = SCMD_INQUIRY;
	pkt->pkt_cdbp[4] = SUN_INQSIZE;
	pkt->pkt_flags = FLAG_NOINTR | FLAG_NOPARITY;
	pkt->pkt_time = 60;
	for (tries = 0; tries < 3; tries++) {
		int tr;

		pkt->pkt_resid = 0;
		tr = scsi_transport(pkt);
		if (tr == TRAN_BUSY && busy++ < 6000) {
			/* as illumos scsi_test(): busy is retried (up to 60 s) */
			msleep(10);
			tries--;
			continue;
		}
		if (tr != TRAN_ACCEPT) {
			rv = SCSIPROBE_NORESP;
			break;
		}
		if (pkt->pkt_reason == CMD_DEV_GONE) {
			rv = SCSIPROBE_NORESP;
			break;
		}
		if (pkt->pkt_reason != CMD_CMPLT) {
			rv = SCSIPROBE_FAILURE;
			continue;
		}
		if ((pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_BUSY) {
			rv = SCSIPROBE_BUSY;
			continue;
		}
		if ((pkt->pkt_scbp[0] & STATUS_MASK) != STATUS_GOOD) {
			rv = SCSIPROBE_FAILURE;
			continue;
		}
		if (!(pkt->pkt_state & STATE_XFERRED_DATA) ||
		    SUN_INQSIZE - pkt->pkt_resid < SUN_MIN_INQLEN) {
			rv = SCSIPROBE_NONCCS;
			break;
		}
		memcpy(devp->sd_inq, bp->b_un.b_addr, SUN_INQSIZE);
		rv = scsa_inq_lun_exists(devp) ? SCSIPROBE_EXISTS :
						 SCSIPROBE_NORESP;
		/* as illumos: the INQUIRY properties of the node */
		if (rv == SCSIPROBE_EXISTS && devp->sd_dev)
			scsa_inquiry_props(devp->sd_dev,
					   (const u8 *)devp->sd_inq);
		break;
	}
	scsi_destroy_pkt(pkt);
out_buf:
	scsi_free_consistent_buf(bp);
	return rv;
}
EXPORT_SYMBOL_GPL(scsi_probe);

/**
 * scsi_unprobe() - undo scsi_probe().
 * @devp: the target's scsi_device; unused.
 *
 * Frees nothing: sd_inq is freed when the device is detached, as on
 * illumos.  Source: scsi_unprobe(9F).
 *
 * Context: any; does not sleep.
 */
void scsi_unprobe(struct scsi_device *devp)
{
}
EXPORT_SYMBOL_GPL(scsi_unprobe);

static int scsa_attachments_show(struct seq_file *m, void *v)
{
	struct dev_info *dip;
	struct scsa_node *n;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(n, &scsa_nodes, node)
		list_for_each_entry(dip, &n->dips, node)
			seq_printf(m, "%s %s %d\n", n->info.name,
				   ddi_driver_name(dip), dip->instance);
	mutex_unlock(&scsa_bind_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_attachments);

/*
 * debugfs "props": every attachment's properties, one a line:
 * "<H:C:T:L> <driver> <instance> <list> <name> <type> <value>", list
 * being driver, system, global or framework; then the host's as
 * "<H:C:T:L> <driver> <instance> parent <name> <type> <value>".
 */
static int scsa_props_show(struct seq_file *m, void *v)
{
	struct dev_info *dip;
	struct scsa_node *n;
	char pfx[96];

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(n, &scsa_nodes, node) {
		list_for_each_entry(dip, &n->dips, node) {
			snprintf(pfx, sizeof(pfx), "%s %s %d ", n->info.name,
				 ddi_driver_name(dip), dip->instance);
			scsa_propset_show(m, pfx, &dip->props);
			if (!dip->props.parent)
				continue;
			strlcat(pfx, "parent:", sizeof(pfx));
			scsa_propset_show(m, pfx, dip->props.parent);
		}
	}
	mutex_unlock(&scsa_bind_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_props);

/* debugfs "aliases": "<driver> <alias> <source>" of every added alias */
static int scsa_aliases_show(struct seq_file *m, void *v)
{
	struct scsa_alias *al;

	mutex_lock(&scsa_bind_lock);
	list_for_each_entry(al, &scsa_aliases, node)
		seq_printf(m, "%s %s %s\n", al->drv, al->alias, al->src);
	mutex_unlock(&scsa_bind_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_aliases);

/*
 * debugfs "new_id": write "<driver> <alias>" to add an alias at run time
 * (as illumos' update_drv -a -i '"<alias>"' <driver>); an installed
 * driver is offered the devices it now matches before the write returns.
 * EINVAL for a malformed line.
 */
static ssize_t scsa_new_id_write(struct file *f, const char __user *ubuf,
				 size_t len, loff_t *ppos)
{
	char *buf, *p, *drv, *alias;
	int err;

	if (len == 0 || len > 256)
		return -EINVAL;
	buf = memdup_user_nul(ubuf, len);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	p = strim(buf);
	drv = strsep(&p, " \t");
	alias = p ? strim(p) : NULL;
	err = -EINVAL;
	if (drv && alias && *alias) {
		mutex_lock(&scsa_bind_lock);
		err = scsa_alias_add(drv, alias, "new_id");
		mutex_unlock(&scsa_bind_lock);
	}
	kfree(buf);
	return err ? err : len;
}

static const struct file_operations scsa_new_id_fops = {
	.owner	= THIS_MODULE,
	.write	= scsa_new_id_write,
};

int scsa_attach_init(void)
{
	debugfs_create_file("attachments", 0444, scsa_debugfs_dir, NULL,
			    &scsa_attachments_fops);
	debugfs_create_file("props", 0444, scsa_debugfs_dir, NULL,
			    &scsa_props_fops);
	debugfs_create_file("aliases", 0444, scsa_debugfs_dir, NULL,
			    &scsa_aliases_fops);
	debugfs_create_file("new_id", 0200, scsa_debugfs_dir, NULL,
			    &scsa_new_id_fops);
	scsa_parse_alias_param();
	return 0;
}

void scsa_attach_exit(void)
{
	struct scsa_alias *al, *tmp;

	WARN_ON(!list_empty(&scsa_drivers));
	list_for_each_entry_safe(al, tmp, &scsa_aliases, node) {
		list_del(&al->node);
		kfree(al);
	}
}
