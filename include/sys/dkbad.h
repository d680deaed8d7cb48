/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/dkbad.h>: the names, values and structure layouts of illumos's LP64
 * <sys/dkbad.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_DKBAD_H
#define _SCSA_SYS_DKBAD_H

#include <sys/types.h>
#define	NDKBAD		126

struct dkbad {
	long	bt_csn;
	ushort_t bt_mbz;
	ushort_t bt_flag;
	struct bt_bad {
		short	bt_cyl;
		short	bt_trksec;
	} bt_bad[NDKBAD];
};

#endif /* _SCSA_SYS_DKBAD_H */
