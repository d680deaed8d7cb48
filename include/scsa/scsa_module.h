/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <scsa/scsa_module.h>: the Linux glue of a Solaris target driver.
 *
 * A Solaris driver's module entry points are _init(9E), _info(9E) and
 * _fini(9E); a Linux module has module_init/module_exit.  A ported
 * driver's glue file is these lines and nothing else:
 *
 *	#include <scsa/scsa_module.h>
 *	SCSA_SOLARIS_MODULE("what the driver is");
 *	MODULE_LICENSE("GPL");
 *
 * module_init calls _init() and turns its positive errno (or DDI_FAILURE)
 * into Linux's negative one; module_exit calls _fini().  On Linux a module
 * cannot refuse to unload once rmmod has started: scsa-compat refuses
 * rmmod earlier, while one of the driver's nodes is open, and otherwise
 * mod_remove() detaches every instance (see <sys/modctl.h>).
 */
#ifndef _SCSA_SCSA_MODULE_H
#define _SCSA_SCSA_MODULE_H

#include <linux/init.h>
#include <linux/module.h>

int _init(void);
int _fini(void);

#define	SCSA_SOLARIS_MODULE(description)				\
static int __init scsa_solaris_module_init(void)			\
{									\
	int err = _init();						\
									\
	return err > 0 ? -err : (err < 0 ? -EIO : 0);			\
}									\
static void __exit scsa_solaris_module_exit(void)			\
{									\
	(void)_fini();							\
}									\
module_init(scsa_solaris_module_init);					\
module_exit(scsa_solaris_module_exit);					\
MODULE_DESCRIPTION(description)

#endif /* _SCSA_SCSA_MODULE_H */
