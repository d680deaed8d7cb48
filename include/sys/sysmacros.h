/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/sysmacros.h>: illumos's arithmetic and alignment macros.
 * MIN()/MAX() are illumos's plain conditional expressions: Linux's own
 * (type-checked, <linux/minmax.h>) reject the mixed signedness illumos
 * code has.  roundup() is Linux's, with the same meaning.
 */
#ifndef _SCSA_SYS_SYSMACROS_H
#define _SCSA_SYS_SYSMACROS_H

#include <sys/types.h>
#include <sys/param.h>

#undef MIN
#undef MAX
#define	MIN(a, b)	((a) < (b) ? (a) : (b))
#define	MAX(a, b)	((a) < (b) ? (b) : (a))
#define	ABS(a)		((a) < 0 ? -(a) : (a))
#define	SIGNOF(a)	((a) < 0 ? -1 : (a) > 0)

#define	howmany(x, y)		(((x) + ((y) - 1)) / (y))
#define	ISP2(x)			(((x) & ((x) - 1)) == 0)
#define	IS_P2ALIGNED(v, a)	((((uintptr_t)(v)) & ((uintptr_t)(a) - 1)) == 0)
#define	P2ALIGN(x, align)	((x) & -(align))
#define	P2PHASE(x, align)	((x) & ((align) - 1))
#define	P2NPHASE(x, align)	(-(x) & ((align) - 1))
#define	P2ROUNDUP(x, align)	(-(-(x) & -(align)))
#define	P2END(x, align)		(-(~(x) & -(align)))
#define	P2PHASEUP(x, align, phase) ((phase) - (((phase) - (x)) & -(align)))
#define	P2CROSS(x, y, align)	(((x) ^ (y)) > (align) - 1)
#define	P2SAMEHIGHBIT(x, y)	(((x) ^ (y)) < ((x) & (y)))
#define	P2ROUNDUP_TYPED(x, align, type) \
	(-(-(type)(x) & -(type)(align)))
#define	P2ALIGN_TYPED(x, align, type) \
	((type)(x) & -(type)(align))
#define	BT_NBIPUL		(8 * sizeof(ulong_t))
#define	BT_ULSHIFT		6
#define	BT_ULMASK		(BT_NBIPUL - 1)
#define	BT_WIM(bitmap, bitindex) ((bitmap)[(bitindex) >> BT_ULSHIFT])
#define	BT_BIW(bitindex)	(1UL << ((bitindex) & BT_ULMASK))
#define	BT_TEST(bitmap, bitindex) \
	((BT_WIM((bitmap), (bitindex)) & BT_BIW(bitindex)) ? 1 : 0)
#define	BT_SET(bitmap, bitindex) \
	{ BT_WIM((bitmap), (bitindex)) |= BT_BIW(bitindex); }
#define	BT_CLEAR(bitmap, bitindex) \
	{ BT_WIM((bitmap), (bitindex)) &= ~BT_BIW(bitindex); }
#define	BT_BITOUL(nbits)	(((nbits) + BT_NBIPUL - 1l) / BT_NBIPUL)
#define	BT_SIZEOFMAP(nbits)	(BT_BITOUL(nbits) * sizeof(ulong_t))
#define	VOID2BOOLEAN(x)		(((uintptr_t)(x) != 0) ? B_TRUE : B_FALSE)
#define	BOOLEAN2VOID(x)		((x) ? (void *)1 : (void *)0)

#endif /* _SCSA_SYS_SYSMACROS_H */
