/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/modctl.h>: mod_install(9F)/mod_remove(9F) for target drivers.
 *
 * Binding: Solaris binds a driver to devices through driver aliases kept
 * outside the module (add_drv -i '"scsiclass,00"') and through the node
 * entries of its driver.conf(5) file.  Here a driver is offered every
 * SCSI device one of whose "compatible" forms ("scsiclass,TT", TT = the
 * peripheral device type in hex as in INQUIRY byte 0, up to
 * "scsiclass,TT.vVENDOR.pPRODUCT.rREV") equals one of its aliases: those
 * of struct modldrv's drv_aliases (a scsa-compat extension: a
 * NULL-terminated list; leave it NULL in an unchanged illumos driver),
 * those its Linux glue gives with scsa_driver_aliases() before _init(),
 * those of scsa_compat's driver_aliases module parameter and those
 * written to debugfs scsa_compat/new_id; and every device a node entry
 * name="<driver>" class="scsi" [target=T] [lun=L] of
 * /etc/scsa/<driver>.conf matches.  See Documentation/porting-guide.rst,
 * "Binding a driver".
 * A Linux module calls _init() from module_init() and _fini() from
 * module_exit(); see Documentation/porting-guide.rst.  On Linux _fini()
 * cannot refuse: mod_remove() detaches every instance; a devo_detach that
 * fails is logged and the instance is torn down anyway, because the
 * module's code is about to go away.
 */
#ifndef _SCSA_SYS_MODCTL_H
#define _SCSA_SYS_MODCTL_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/module.h>
#include <sys/devops.h>

struct mod_ops { int mo_type; };
extern struct mod_ops mod_driverops;

struct modldrv {
	struct mod_ops	*drv_modops;
	const char	*drv_linkinfo;
	struct dev_ops	*drv_dev_ops;
	const char * const *drv_aliases;	/* scsa-compat: binding */
};

#define	MODREV_1	1

struct modlinkage {
	int		ml_rev;
	void		*ml_linkage[4];
};

struct modinfo;

/**
 * scsa_mod_install_owner() - the real mod_install(); use the mod_install() macro.
 */
struct module;
int scsa_mod_install_owner(struct modlinkage *ml, struct module *owner);
#define	mod_install(ml)	scsa_mod_install_owner((ml), THIS_MODULE)
int mod_remove(struct modlinkage *ml);
const char *scsa_mod_modname_owner(struct modlinkage *ml,
				   struct module *owner);
#define	mod_modname(ml)	scsa_mod_modname_owner((ml), THIS_MODULE)

/* a driver's module entry points, _init(9E), _info(9E), _fini(9E) */
int _init(void);
int _fini(void);
int _info(struct modinfo *modinfop);
/* scsa-compat extension for a driver's Linux glue: see core/scsa_attach.c */
int scsa_driver_aliases(const char *drvname, const char * const *aliases);
int mod_info(struct modlinkage *ml, struct modinfo *mi);

#endif /* _SCSA_SYS_MODCTL_H */
