/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/debug.h>: ASSERT(), VERIFY() and their relatives.
 *
 * As on illumos, ASSERT*() are checked only in a DEBUG build (a driver
 * built with SCSA_DEBUG=1, see scripts/Makefile.driver) and VERIFY*()
 * always.  A failed check logs the expression, the file and line and a
 * stack trace (WARN) and the driver goes on; illumos panics instead.  A
 * kernel that keeps running lets the test that hit the assertion report
 * it (see Documentation/deviations.rst).  ASSERT3*()/VERIFY3*() also
 * print both values.  CTASSERT() is a compile-time check.
 */
#ifndef _SCSA_SYS_DEBUG_H
#define _SCSA_SYS_DEBUG_H

#include <sys/types.h>

int scsa_assfail(const char *expr, const char *file, int line);
int scsa_assfail3(const char *expr, unsigned long long l, const char *op,
		  unsigned long long r, const char *file, int line);
#define	assfail(e, f, l)	scsa_assfail((e), (f), (l))

#define	VERIFY(EX)	((void)(likely(EX) || scsa_assfail(#EX, __FILE__, __LINE__)))
#define	VERIFY3_IMPL(LEFT, OP, RIGHT, TYPE) do {			\
	const TYPE __left = (TYPE)(LEFT);				\
	const TYPE __right = (TYPE)(RIGHT);				\
	if (unlikely(!(__left OP __right)))				\
		scsa_assfail3(#LEFT " " #OP " " #RIGHT,			\
			      (unsigned long long)__left, #OP,		\
			      (unsigned long long)__right,		\
			      __FILE__, __LINE__);			\
} while (0)
#define	VERIFY3B(x, y, z)	VERIFY3_IMPL(x, y, z, boolean_t)
#define	VERIFY3S(x, y, z)	VERIFY3_IMPL(x, y, z, int64_t)
#define	VERIFY3U(x, y, z)	VERIFY3_IMPL(x, y, z, uint64_t)
#define	VERIFY3P(x, y, z)	VERIFY3_IMPL(x, y, z, uintptr_t)
#define	VERIFY0(x)		VERIFY3_IMPL(x, ==, 0, uintmax_t)

#ifdef DEBUG
#define	ASSERT(EX)		VERIFY(EX)
#define	ASSERT3B(x, y, z)	VERIFY3B(x, y, z)
#define	ASSERT3S(x, y, z)	VERIFY3S(x, y, z)
#define	ASSERT3U(x, y, z)	VERIFY3U(x, y, z)
#define	ASSERT3P(x, y, z)	VERIFY3P(x, y, z)
#define	ASSERT0(x)		VERIFY0(x)
#define	IMPLY(A, B)		((void)(!(A) || (B) || scsa_assfail("(" #A ") implies (" #B ")", __FILE__, __LINE__)))
#define	EQUIV(A, B)		((void)(!!(A) == !!(B) || scsa_assfail("(" #A ") is equivalent to (" #B ")", __FILE__, __LINE__)))
#else
#define	ASSERT(x)		((void)0)
#define	ASSERT3B(x, y, z)	((void)0)
#define	ASSERT3S(x, y, z)	((void)0)
#define	ASSERT3U(x, y, z)	((void)0)
#define	ASSERT3P(x, y, z)	((void)0)
#define	ASSERT0(x)		((void)0)
#define	IMPLY(A, B)		((void)0)
#define	EQUIV(A, B)		((void)0)
#endif
#define	ASSERT64(x)		ASSERT(x)
#define	ASSERT32(x)

#define	CTASSERT(x)		_Static_assert((x), #x)
/* illumos's SET_ERROR() marks where an errno is first set (for DTrace) */
#ifndef SET_ERROR
#define	SET_ERROR(err)		(err)
#endif

#endif /* _SCSA_SYS_DEBUG_H */
