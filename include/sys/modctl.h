/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/modctl.h>: mod_install(9F)/mod_remove(9F) for target drivers.
 *
 * Deviation: Solaris binds a driver to devices through driver aliases kept
 * outside the module (add_drv -i '"scsiclass,00"').  Here the aliases are in
 * struct modldrv's drv_aliases, a NULL-terminated list of "scsiclass,TT"
 * strings (TT = peripheral device type in hex, as in INQUIRY byte 0).
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
int mod_info(struct modlinkage *ml, struct modinfo *mi);

#endif /* _SCSA_SYS_MODCTL_H */
