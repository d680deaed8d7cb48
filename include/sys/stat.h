/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/stat.h>: the file-type bits a driver passes to
 * ddi_create_minor_node(9F) (S_IFCHR, S_IFBLK, ...).  Their values are the
 * same on Linux and illumos; Linux's <linux/stat.h> (read by the prelude)
 * defines them.
 */
#ifndef _SCSA_SYS_STAT_H
#define _SCSA_SYS_STAT_H

#include <sys/types.h>

#endif /* _SCSA_SYS_STAT_H */
