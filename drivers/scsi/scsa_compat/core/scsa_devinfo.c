// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_devinfo.c - the dev_info accessors and the small DDI entry points
 * illumos's target drivers call beyond the ones in scsa_attach.c:
 * ddi_get_name(9F), ddi_node_name(9F), ddi_get_parent(9F),
 * ddi_dev_is_sid(9F), ddi_dev_is_needed(9F), ddi_get_cred(9F),
 * nochpoll(9F), ddi_quiesce_not_supported(9F), mod_modname().
 *
 * The parent of a target's dev_info is its host adapter's node.  Linux
 * has no dev_info for it, so the first ddi_get_parent() call makes one:
 * a dev_info with is_nexus set, named after the Linux host adapter driver
 * (the host template's proc_name: "virtio_scsi", "scsa_vhba", ...), whose
 * instance is the Linux host number.  It lives as long as the child.  Only
 * the accessors (ddi_get_name, ddi_driver_name, ddi_node_name,
 * ddi_get_instance, ddi_get_parent) are meaningful on it.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/cred.h>
#include <sys/conf.h>
#include <sys/poll.h>
#include <sys/param.h>

/**
 * ddi_get_name() - the name of @dip's node.
 * @dip: a device (a target's or its parent's).
 *
 * On illumos a target's node name is its binding name (the driver's name
 * once bound); here it is the driver's name, as ddi_driver_name(9F).
 * Source: ddi_binding_name(9F).
 *
 * Context: any; does not sleep.
 * Return: the name (never NULL; "unknown" for a NULL @dip).
 */
char *ddi_get_name(dev_info_t *dip)
{
	return (char *)ddi_driver_name(dip);
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_name);

/**
 * ddi_node_name() - the node name of @dip: as ddi_get_name().
 * @dip: a device.
 *
 * Source: ddi_node_name(9F).
 * Context: any; does not sleep.
 * Return: the name (never NULL).
 */
char *ddi_node_name(dev_info_t *dip)
{
	return ddi_get_name(dip);
}
EXPORT_SYMBOL_GPL(scsa_ddi_node_name);

/**
 * ddi_get_parent() - the parent node of @dip: its host adapter's.
 * @dip: a target driver's device, or a parent (whose parent is NULL:
 *       the tree ends there).
 *
 * Source: ddi_get_parent(9F).
 * Context: may sleep the first time it is called for @dip (the parent is
 * made then, with a GFP_KERNEL allocation); not from interrupt context or
 * pkt_comp before that.
 * Return: the parent, or NULL for a NULL @dip, a parent, or no memory.
 */
dev_info_t *ddi_get_parent(dev_info_t *dip)
{
	struct scsa_lun_info info;
	struct dev_info *p;

	if (!dip || dip->is_nexus)
		return NULL;
	p = READ_ONCE(dip->parent);
	if (p)
		return p;
	p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return NULL;
	scsa_lnx_info(dip->lun, &info);
	p->is_nexus = true;
	p->instance = info.host;
	p->lun = dip->lun;
	strscpy(p->nexus_name, info.hba, sizeof(p->nexus_name));
	snprintf(p->addr, sizeof(p->addr), "%x", info.host);
	INIT_LIST_HEAD(&p->minors);
	if (cmpxchg(&dip->parent, NULL, p)) {
		kfree(p);
		p = READ_ONCE(dip->parent);
	}
	return p;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_parent);

/* the parent of @dip goes with it (scsa_attach.c frees @dip) */
void scsa_devinfo_free_parent(struct dev_info *dip)
{
	kfree(dip->parent);
	dip->parent = NULL;
}

/**
 * ddi_dev_is_sid() - whether @dip is a self-identifying device.
 * @dip: a target driver's device.
 *
 * A SCSI target the host adapter found is self-identifying (it answers
 * INQUIRY); one made from a driver.conf entry is not, and its driver's
 * probe(9E) must look for itself, as on illumos.
 * Source: ddi_dev_is_sid(9F).
 *
 * Context: any; does not sleep.
 * Return: DDI_SUCCESS if it is, DDI_FAILURE if not (or @dip is NULL).
 */
int ddi_dev_is_sid(dev_info_t *dip)
{
	return dip && !dip->conf_node && !dip->is_nexus ? DDI_SUCCESS :
							   DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_dev_is_sid);

/**
 * scsa_devi_is_device_removed() - DEVI_IS_DEVICE_REMOVED(): whether @dip's
 * device has been removed (its Linux SCSI device is gone or going).
 * @dip: a target driver's device.
 *
 * illumos drivers read this dev_info state through the macro, e.g. to
 * skip commands to a device that is no longer there at detach.
 * Context: any; does not sleep.
 * Return: 1 if removed (or @dip is NULL or a parent node), else 0.
 */
int scsa_devi_is_device_removed(dev_info_t *dip)
{
	return !dip || dip->is_nexus || scsa_lnx_gone(dip->lun);
}
EXPORT_SYMBOL_GPL(scsa_devi_is_device_removed);

/**
 * scsa_devi_is_detaching() - DEVI_IS_DETACHING(): whether @dip's driver
 * is being detached from it (its devo_detach is running or has run).
 * @dip: a target driver's device.
 *
 * Context: any; does not sleep.
 * Return: 1 if detaching, else 0 (also for NULL).
 */
int scsa_devi_is_detaching(dev_info_t *dip)
{
	return dip && READ_ONCE(dip->detaching);
}
EXPORT_SYMBOL_GPL(scsa_devi_is_detaching);

/**
 * scsa_devi() - DEVI(dip): the dev_info members drivers read directly.
 * @dip: a device; NULL gives an empty view (every member NULL).
 *
 * devi_devid_str is NULL until a devid is registered for the device.
 * Context: any; does not sleep.
 * Return: the view, never NULL; do not write to it.
 */
struct scsa_devi *scsa_devi(dev_info_t *dip)
{
	static struct scsa_devi none;

	return dip ? &dip->devi : &none;
}
EXPORT_SYMBOL_GPL(scsa_devi);

/**
 * ddi_pathname() - the device path of @dip, as illumos writes it in a
 * dev_info path: the Linux device's sysfs path, then
 * "/<node name>@<unit address>".
 * @dip:  the device (a target's or its parent's).
 * @path: MAXPATHLEN bytes, written with the NUL-terminated path (cut to
 *        fit), e.g. "/devices/.../1:0:0:0/scsa_disk@0,0".
 *
 * Context: process or kernel-thread context (the sysfs path is built with
 * a GFP_KERNEL allocation).
 * Source: ddi_pathname(9F).
 * Return: @path; for a NULL @dip, or when the path cannot be had, "" (a
 * NULL @path: NULL).
 */
char *ddi_pathname(dev_info_t *dip, char *path)
{
	struct device *dev;
	char *kp;

	if (!path)
		return NULL;
	path[0] = 0;
	if (!dip)
		return path;
	dev = dip->is_nexus ? NULL : ddi_get_linux_device(dip);
	kp = dev ? kobject_get_path(&dev->kobj, GFP_KERNEL) : NULL;
	if (dip->is_nexus)
		snprintf(path, MAXPATHLEN, "/scsi_host%d", dip->instance);
	else
		snprintf(path, MAXPATHLEN, "%s/%s@%s", kp ? kp : "",
			 ddi_node_name(dip), ddi_get_name_addr(dip));
	kfree(kp);
	return path;
}
EXPORT_SYMBOL_GPL(scsa_ddi_pathname);

/**
 * ddi_driver_major() - the major number of @dip's driver: that of its
 * character nodes (ddi_create_minor_node(9F)), the same for each of its
 * instances.
 * @dip: a target driver's device.
 *
 * Context: any; does not sleep.
 * Source: ddi_driver_major(9F).
 * Return: the major, or DDI_MAJOR_T_NONE if the driver has no node yet
 * (the major is allocated with its first node) or @dip is NULL or a
 * parent node.
 */
major_t ddi_driver_major(dev_info_t *dip)
{
	unsigned int m;

	if (!dip || dip->is_nexus)
		return DDI_MAJOR_T_NONE;
	m = READ_ONCE(dip->drv->cmajor);
	return m ? (major_t)m : DDI_MAJOR_T_NONE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_driver_major);

/**
 * ddi_removing_power() - whether the system is about to remove power
 * from @dip's device (a shutdown that powers devices off).
 * @dip: the device.
 *
 * Linux tells drivers of shutdown through its own device model, not
 * through target drivers' detach, so this is never the case here.
 * Source: ddi_removing_power(9F).
 * Context: any; does not sleep.
 * Return: 0.
 */
int ddi_removing_power(dev_info_t *dip)
{
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_ddi_removing_power);

/**
 * ddi_dev_is_needed() - ask for a device's component to be powered.
 * @dip:  the device.
 * @cmpt: the power component.
 * @level: the power level wanted.
 *
 * Every device here is always at full power (Linux runtime PM of SCSI
 * devices is the host's business), so there is nothing to raise.
 * Source: ddi_dev_is_needed(9F).
 *
 * Context: any; does not sleep.
 * Return: DDI_SUCCESS, or DDI_FAILURE for a NULL @dip or a negative
 * component or level.
 */
int ddi_dev_is_needed(dev_info_t *dip, int cmpt, int level)
{
	return dip && cmpt >= 0 && level >= 0 ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_dev_is_needed);

/**
 * ddi_get_cred() - the credentials of the current thread.
 *
 * Source: ddi_get_cred(9F).
 * Context: process or kernel-thread context (a kernel thread has the
 * kernel's credentials).
 * Return: the current task's cred_t (not referenced: valid while the
 * caller runs, as on illumos).
 */
cred_t *ddi_get_cred(void)
{
	return (cred_t *)current_cred();
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_cred);

/**
 * nochpoll() - the cb_chpoll of a driver that does not support poll(2).
 * @dev:      the device (unused).
 * @events:   the events asked for (unused).
 * @anyyet:   whether another descriptor already has events (unused).
 * @reventsp: not written.
 * @phpp:     not written.
 *
 * scsa-compat never calls cb_chpoll; this fills the slot.
 * Source: nochpoll(9F).
 * Context: any; does not sleep.
 * Return: ENXIO (positive, as on Solaris).
 */
int nochpoll(dev_t dev, short events, int anyyet, short *reventsp,
	     struct pollhead **phpp)
{
	return ENXIO;
}
EXPORT_SYMBOL_GPL(scsa_nochpoll);

/**
 * ddi_quiesce_not_supported() - a devo_quiesce for a device that cannot
 * be quiesced.
 * @dip: the device (unused).
 *
 * The shim never calls devo_quiesce (Linux has no fast reboot).
 * Source: ddi_quiesce_not_supported(9F), quiesce(9E).
 * Context: any; does not sleep.
 * Return: DDI_FAILURE.
 */
int ddi_quiesce_not_supported(dev_info_t *dip)
{
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_quiesce_not_supported);

/**
 * scsa_mod_modname_owner() - mod_modname(): the name of a driver module.
 * @ml:    the driver's modlinkage (not needed: the module is @owner).
 * @owner: the calling module (the mod_modname() macro passes THIS_MODULE).
 *
 * Callable before mod_install(), as sgen's _init does.
 * Context: any; does not sleep.
 * Return: the Linux module's name ("scsa_sgen", ...), or "scsa_compat"
 * when called from a module built into the kernel.
 */
const char *scsa_mod_modname_owner(struct modlinkage *ml, struct module *owner)
{
	return owner ? owner->name : "scsa_compat";
}
EXPORT_SYMBOL_GPL(scsa_mod_modname_owner);

/* ---- events (ddi_get_eventcookie(9F) and friends) ---- */

/**
 * ddi_get_eventcookie() - the cookie of a named bus event.
 * @dip:           the device.
 * @name:          the event ("FCAL_INSERT_EVENT", "DDI:DEVI_REMOVE_EVENT",
 *                 ...).
 * @event_cookiep: where the cookie would go; set to NULL.
 *
 * No host adapter under scsa-compat defines bus events (Linux reports
 * device arrival and removal through the SCSI midlayer, which attaches
 * and detaches the driver), so no event is found.  Source:
 * ddi_get_eventcookie(9F).
 *
 * Context: user or kernel context; does not sleep.
 * Return: DDI_FAILURE.
 */
int ddi_get_eventcookie(dev_info_t *dip, char *name,
			ddi_eventcookie_t *event_cookiep)
{
	if (event_cookiep)
		*event_cookiep = NULL;
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_get_eventcookie);

/**
 * ddi_add_event_handler() - register a handler for a bus event.
 * @dip:     the device.
 * @event:   a cookie from ddi_get_eventcookie() (there are none).
 * @handler: the handler.
 * @arg:     its argument.
 * @id:      where the callback id would go; set to NULL.
 *
 * Source: ddi_add_event_handler(9F).
 *
 * Context: user or kernel context; does not sleep.
 * Return: DDI_FAILURE: no event exists to attach a handler to (see
 * ddi_get_eventcookie()).
 */
int ddi_add_event_handler(dev_info_t *dip, ddi_eventcookie_t event,
			  void (*handler)(dev_info_t *, ddi_eventcookie_t,
					  void *, void *),
			  void *arg, ddi_callback_id_t *id)
{
	if (id)
		*id = NULL;
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_add_event_handler);

/**
 * ddi_remove_event_handler() - remove a handler ddi_add_event_handler()
 * registered.
 * @id: its callback id.
 *
 * Source: ddi_remove_event_handler(9F).
 *
 * Context: user or kernel context; does not sleep.
 * Return: DDI_FAILURE: no handler can have been registered (see
 * ddi_add_event_handler()), so @id names none.
 */
int ddi_remove_event_handler(ddi_callback_id_t id)
{
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_remove_event_handler);
