// SPDX-License-Identifier: GPL-2.0
/*
 * sgen_lnx.c - the Linux glue of the sample Solaris-style pass-through
 * driver scsa_sgen: module_init/module_exit calling _init(9E)/_fini(9E).
 * Its /dev/scsa/scsa_sgen<N>:<type> nodes come from scsa_compat.
 */
#include "sgen.h"
#include <linux/module.h>

static int __init sgen_module_init(void)
{
	int err = _init();

	return err ? -err : 0;		/* _init returns a positive errno */
}

static void __exit sgen_module_exit(void)
{
	_fini();
}

module_init(sgen_module_init);
module_exit(sgen_module_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Sample Solaris-style SCSA generic SCSI (uscsi) driver");
MODULE_AUTHOR("scsa-compat developers");
