/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/param.h>: system parameters with illumos's values (x86-64).
 * Block units: DEV_BSIZE (512 bytes) is what b_blkno counts.
 */
#ifndef _SCSA_SYS_PARAM_H
#define _SCSA_SYS_PARAM_H

#include <sys/types.h>

#define	NBBY		8		/* bits per byte */
#define	DEV_BSIZE	512
#define	DEV_BSHIFT	9
#define	MAXBSIZE	8192
#define	MAXPATHLEN	1024
#define	MAXNAMELEN	256
#define	MAXLINK		32767
#define	MAXOFF32_T	0x7fffffff
#define	PAGESIZE	((uintptr_t)PAGE_SIZE)
#define	PAGESHIFT	PAGE_SHIFT
#define	PAGEOFFSET	(PAGESIZE - 1)
#define	PAGEMASK	(~PAGEOFFSET)
#define	MMU_PAGESIZE	PAGESIZE
#define	MMU_PAGESHIFT	PAGESHIFT
#define	MMU_PAGEOFFSET	PAGEOFFSET
#define	MMU_PAGEMASK	PAGEMASK
#define	_PAGESIZE	PAGESIZE

/* 512-byte blocks and bytes */
#define	btodb(bytes)	((unsigned long)(bytes) >> DEV_BSHIFT)
#define	dbtob(db)	((unsigned long)(db) << DEV_BSHIFT)
#define	lbtodb(bytes)	((u_offset_t)(bytes) >> DEV_BSHIFT)
#define	ldbtob(db)	((u_offset_t)(db) << DEV_BSHIFT)
#define	btodt(bytes)	((unsigned long)(bytes) >> DEV_BSHIFT)
#define	btop(x)		(((unsigned long)(x)) >> PAGESHIFT)
#define	btopr(x)	((((unsigned long)(x) + PAGEOFFSET) >> PAGESHIFT))
#define	ptob(x)		((unsigned long)(x) << PAGESHIFT)
#define	mmu_btop(x)	btop(x)
#define	mmu_ptob(x)	ptob(x)

#ifndef NODEV
#define	NODEV		((dev_t)(-1l))
#endif
#define	NODEV32		((uint32_t)(-1))

/* time units */
#define	NANOSEC		1000000000LL
#define	MICROSEC	1000000
#define	MILLISEC	1000

/* the clock: hz(9F) ticks per second are Linux's HZ */
#define	hz		((int)HZ)

/* the largest transfer physio(9F) gives a driver by default: minphys() */
#define	maxphys		((int)SCSA_MAXPHYS)
#ifndef SCSA_MAXPHYS
#define	SCSA_MAXPHYS	(1024 * 1024)	/* bytes; what minphys() allows */
#endif

/* further names and values of illumos's header */
#define	lobyte(X) (((unsigned char *)&(X))[0])
#define	hibyte(X) (((unsigned char *)&(X))[1])
#define	loword(X) (((ushort_t *)&(X))[0])
#define	hiword(X) (((ushort_t *)&(X))[1])

#endif /* _SCSA_SYS_PARAM_H */
