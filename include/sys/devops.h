/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/devops.h>: struct dev_ops, the driver entry points the framework
 * calls.  scsa-compat calls devo_probe (if set), devo_attach(DDI_ATTACH)
 * for every SCSI device the driver's aliases match, and devo_detach
 * (DDI_DETACH) when the device or its host goes away or mod_remove() runs.
 * devo_cb_ops (struct cb_ops, <sys/conf.h>) holds the entry points of the
 * driver's character minor nodes (ddi_create_minor_node(9F)); before
 * devo_detach runs, the shim stops every call into them (see
 * Documentation/porting-guide.rst, "Character devices").
 */
#ifndef _SCSA_SYS_DEVOPS_H
#define _SCSA_SYS_DEVOPS_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/sunddi.h>
#include <sys/systm.h>

#define	DEVO_REV	4

struct cb_ops;
struct bus_ops;

typedef enum { DDI_RESET_FORCE = 0 } ddi_reset_cmd_t;

struct dev_ops {
	int	devo_rev;
	int	devo_refcnt;
	int	(*devo_getinfo)(dev_info_t *, ddi_info_cmd_t, void *, void **);
	int	(*devo_identify)(dev_info_t *);
	int	(*devo_probe)(dev_info_t *);
	int	(*devo_attach)(dev_info_t *, ddi_attach_cmd_t);
	int	(*devo_detach)(dev_info_t *, ddi_detach_cmd_t);
	int	(*devo_reset)(dev_info_t *, ddi_reset_cmd_t);
	struct cb_ops *devo_cb_ops;
	struct bus_ops *devo_bus_ops;	/* nexus drivers only: NULL */
	int	(*devo_power)(dev_info_t *, int, int);
	int	(*devo_quiesce)(dev_info_t *);
};

int ddi_quiesce_not_needed(dev_info_t *dip);
int ddi_quiesce_not_supported(dev_info_t *dip);

#endif /* _SCSA_SYS_DEVOPS_H */
