/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/types.h>: the basic Solaris types, with illumos's LP64 widths.
 *
 * It is the first header of every Solaris translation unit: it reads the
 * Linux headers the Solaris side needs (<scsa/scsa_prelude.h>, which must
 * come before any other Linux header), then defines the Solaris types.
 * Linux's caddr_t, off_t, size_t, ssize_t, clock_t, uintptr_t and the
 * fixed-width intN_t/uintN_t have the widths illumos gives them and are
 * used as they are.  dev_t and daddr_t are illumos's own here:
 *
 * - dev_t is 64 bits, a 32-bit major above a 32-bit minor (getmajor(9F),
 *   getminor(9F), makedevice(9F) in <sys/sunddi.h>); scsa-compat converts
 *   it to and from Linux's 32-bit dev_t where a node meets Linux.
 * - daddr_t is a long (64 bits), so that b_blkno can hold any block.
 *
 * Every Solaris translation unit sees _KERNEL defined (drivers test it
 * before their kernel-only declarations); scripts/Makefile.driver also
 * passes -D_KERNEL.
 */
#ifndef _SCSA_SYS_TYPES_H
#define _SCSA_SYS_TYPES_H

#ifndef _KERNEL
#define	_KERNEL
#endif
#ifndef _LP64
#define	_LP64	1
#endif
#ifndef _MULTI_DATAMODEL
/* no 32-bit ioctl model: ddi_model_convert_from() is always DDI_MODEL_NONE */
#endif

#include <scsa/scsa_prelude.h>
#include <sys/isa_defs.h>
#include <sys/int_limits.h>
#include <sys/int_fmtio.h>
#include <sys/int_const.h>

typedef unsigned long		dev_t;		/* 32-bit major, 32-bit minor */
typedef long			daddr_t;	/* disk address, 512-byte blocks */

typedef unsigned char		uchar_t;
typedef unsigned short		ushort_t;
typedef unsigned int		uint_t;
typedef unsigned long		ulong_t;
typedef long long		longlong_t;
typedef unsigned long long	u_longlong_t;
typedef short			cnt_t;
typedef unsigned long		pgcnt_t;
typedef long			spgcnt_t;
typedef short			index_t;
typedef void			*opaque_t;
typedef long long		offset_t;	/* file offsets (uio_loffset) */
typedef unsigned long long	u_offset_t;
typedef unsigned long long	len_t;
typedef unsigned long long	diskaddr_t;	/* 64-bit disk address */
typedef unsigned long long	paddr_t;
typedef long long		hrtime_t;	/* nanoseconds */
typedef unsigned int		minor_t;
typedef unsigned int		major_t;
typedef short			o_dev_t;
typedef int			daddr32_t;	/* 32-bit disk address (labels) */
typedef int			time32_t;
typedef long			time_t;		/* seconds (Linux has no time_t) */
typedef unsigned int		caddr32_t;
typedef unsigned int		size32_t;
typedef int			off32_t;
typedef unsigned int		dev32_t;	/* old (16-bit) dev_t: cmpdev() */
typedef int			id_t;
typedef short			pri_t;
typedef unsigned int		useconds_t;
typedef long			intptr_t;	/* ioctl(9E) argument */
typedef unsigned long		fsblkcnt_t;
typedef int			key_t;
typedef unsigned int		processorid_t;
typedef unsigned long long	upad64_t;
typedef long long		pad64_t;
typedef long			t_scalar_t;
typedef unsigned long		t_uscalar_t;

typedef enum { B_FALSE = 0, B_TRUE = 1 } boolean_t;

/*
 * Linux's "current" (the running task) is a macro; illumos code has
 * variables of that name (st.c does).  The shim's own files keep it.
 */
#ifndef SCSA_INTERNAL
#undef current
#endif

#endif /* _SCSA_SYS_TYPES_H */
