/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/open.h>: the otyp argument of open(9E) and close(9E).
 *
 * scsa-compat opens character minor nodes only: a driver's cb_open and
 * cb_close always see OTYP_CHR (its block device, if any, is Linux glue
 * and never goes through cb_open).  OTYP_BLK and OTYP_LYR are defined for
 * source compatibility.
 */
#ifndef _SCSA_SYS_OPEN_H
#define _SCSA_SYS_OPEN_H

#define	OTYP_BLK	0	/* block device */
#define	OTYP_MNT	1	/* obsolete: mounted file system */
#define	OTYP_CHR	2	/* character device */
#define	OTYP_SWP	3	/* obsolete: swap device */
#define	OTYP_LYR	4	/* layered open (per open, not last close) */
#define	OTYPCNT		5

#endif /* _SCSA_SYS_OPEN_H */
