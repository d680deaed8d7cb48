/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/int_limits.h>: the names, values and structure layouts of illumos's LP64
 * <sys/int_limits.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_INT_LIMITS_H
#define _SCSA_SYS_INT_LIMITS_H

#include <sys/types.h>
#include <sys/feature_tests.h>

#ifndef INT8_MAX
#define	INT8_MAX	(127)
#endif
#ifndef INT16_MAX
#define	INT16_MAX	(32767)
#endif
#ifndef INT32_MAX
#define	INT32_MAX	(2147483647)
#endif
#ifndef INT64_MAX
#define	INT64_MAX	(9223372036854775807L)
#endif

#ifndef UINT8_MAX
#define	UINT8_MAX	(255U)
#endif
#ifndef UINT16_MAX
#define	UINT16_MAX	(65535U)
#endif
#ifndef UINT32_MAX
#define	UINT32_MAX	(4294967295U)
#endif
#ifndef UINT64_MAX
#define	UINT64_MAX	(18446744073709551615UL)
#endif

#ifndef INTMAX_MAX
#define	INTMAX_MAX	INT64_MAX
#endif
#ifndef INTMAX_MAX
#define	INTMAX_MAX	INT32_MAX
#endif

#ifndef UINTMAX_MAX
#define	UINTMAX_MAX	UINT64_MAX
#endif
#ifndef UINTMAX_MAX
#define	UINTMAX_MAX	UINT32_MAX
#endif

#ifndef INT_LEAST8_MAX
#define	INT_LEAST8_MAX	INT8_MAX
#endif
#ifndef INT_LEAST16_MAX
#define	INT_LEAST16_MAX INT16_MAX
#endif
#ifndef INT_LEAST32_MAX
#define	INT_LEAST32_MAX INT32_MAX
#endif
#ifndef INT_LEAST64_MAX
#define	INT_LEAST64_MAX INT64_MAX
#endif

#ifndef UINT_LEAST8_MAX
#define	UINT_LEAST8_MAX	UINT8_MAX
#endif
#ifndef UINT_LEAST16_MAX
#define	UINT_LEAST16_MAX UINT16_MAX
#endif
#ifndef UINT_LEAST32_MAX
#define	UINT_LEAST32_MAX UINT32_MAX
#endif
#ifndef UINT_LEAST64_MAX
#define	UINT_LEAST64_MAX UINT64_MAX
#endif

#ifndef INT_FAST8_MAX
#define	INT_FAST8_MAX	INT8_MAX
#endif
#ifndef INT_FAST16_MAX
#define	INT_FAST16_MAX INT16_MAX
#endif
#ifndef INT_FAST32_MAX
#define	INT_FAST32_MAX INT32_MAX
#endif
#ifndef INT_FAST64_MAX
#define	INT_FAST64_MAX INT64_MAX
#endif

#ifndef UINT_FAST8_MAX
#define	UINT_FAST8_MAX	UINT8_MAX
#endif
#ifndef UINT_FAST16_MAX
#define	UINT_FAST16_MAX UINT16_MAX
#endif
#ifndef UINT_FAST32_MAX
#define	UINT_FAST32_MAX UINT32_MAX
#endif
#ifndef UINT_FAST64_MAX
#define	UINT_FAST64_MAX UINT64_MAX
#endif

#ifndef INTPTR_MAX
#define	INTPTR_MAX	INT64_MAX
#endif
#ifndef UINTPTR_MAX
#define	UINTPTR_MAX	UINT64_MAX
#endif
#ifndef INTPTR_MAX
#define	INTPTR_MAX	INT32_MAX
#endif
#ifndef UINTPTR_MAX
#define	UINTPTR_MAX	UINT32_MAX
#endif

#ifndef PTRDIFF_MAX
#define	PTRDIFF_MAX	9223372036854775807L
#endif
#ifndef PTRDIFF_MAX
#define	PTRDIFF_MAX	2147483647
#endif

/* Linux's SIZE_MAX has a cast: illumos code tests it in #if */
#undef SIZE_MAX
#define	SIZE_MAX	18446744073709551615UL

#ifndef SIG_ATOMIC_MAX
#define	SIG_ATOMIC_MAX	2147483647
#endif

#ifndef WCHAR_MAX
#define	WCHAR_MAX	2147483647
#endif

#ifndef WINT_MAX
#define	WINT_MAX	2147483647
#endif

#ifndef INT8_MIN
#define	INT8_MIN	(-128)
#endif
#ifndef INT16_MIN
#define	INT16_MIN	(-32767-1)
#endif
#ifndef INT32_MIN
#define	INT32_MIN	(-2147483647-1)
#endif
#ifndef INT64_MIN
#define	INT64_MIN	(-9223372036854775807L-1)
#endif

#ifndef INTMAX_MIN
#define	INTMAX_MIN	INT64_MIN
#endif
#ifndef INTMAX_MIN
#define	INTMAX_MIN	INT32_MIN
#endif

#ifndef INT_LEAST8_MIN
#define	INT_LEAST8_MIN	INT8_MIN
#endif
#ifndef INT_LEAST16_MIN
#define	INT_LEAST16_MIN	INT16_MIN
#endif
#ifndef INT_LEAST32_MIN
#define	INT_LEAST32_MIN INT32_MIN
#endif
#ifndef INT_LEAST64_MIN
#define	INT_LEAST64_MIN	INT64_MIN
#endif

#ifndef INT_FAST8_MIN
#define	INT_FAST8_MIN	INT8_MIN
#endif
#ifndef INT_FAST16_MIN
#define	INT_FAST16_MIN	INT16_MIN
#endif
#ifndef INT_FAST32_MIN
#define	INT_FAST32_MIN INT32_MIN
#endif
#ifndef INT_FAST64_MIN
#define	INT_FAST64_MIN	INT64_MIN
#endif

#ifndef INTPTR_MIN
#define	INTPTR_MIN	INT64_MIN
#endif
#ifndef INTPTR_MIN
#define	INTPTR_MIN	INT32_MIN
#endif

#ifndef PTRDIFF_MIN
#define	PTRDIFF_MIN	(-9223372036854775807L-1L)
#endif
#ifndef PTRDIFF_MIN
#define	PTRDIFF_MIN	(-2147483647-1)
#endif

#ifndef SIG_ATOMIC_MIN
#define	SIG_ATOMIC_MIN	(-2147483647-1)
#endif

#ifndef WCHAR_MIN
#define	WCHAR_MIN	(-2147483647-1)
#endif

#ifndef WINT_MIN
#define	WINT_MIN	(-2147483647-1)
#endif

#endif /* _SCSA_SYS_INT_LIMITS_H */
