/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sgen.h - between the Solaris-style pass-through driver (sgen.c) and its
 * Linux glue (sgen_lnx.c): the module entry points only.  The driver's
 * character device is made by scsa_compat (ddi_create_minor_node(9F)), so
 * the glue has nothing else to do.
 */
#ifndef _SGEN_H
#define _SGEN_H

int _init(void);
int _fini(void);

#endif
