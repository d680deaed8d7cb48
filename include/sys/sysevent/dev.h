/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/sysevent/dev.h>: the names, values and structure layouts of illumos's LP64
 * <sys/sysevent/dev.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_SYSEVENT_DEV_H
#define _SCSA_SYS_SYSEVENT_DEV_H

#include <sys/types.h>
#include <sys/sysevent/eventdefs.h>

#define	EV_VERSION		"version"
#define	DEV_PHYS_PATH		"phys_path"
#define	DEV_NAME		"dev_name"
#define	DEV_DRIVER_NAME		"driver_name"
#define	DEV_INSTANCE		"instance"
#define	DEV_PROP_PREFIX		"prop-"

#define	EV_V1			1

#define	MAX_PROP_COUNT		100

#define	PROP_LEN_LIMIT		1024

#endif /* _SCSA_SYS_SYSEVENT_DEV_H */
