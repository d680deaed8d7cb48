/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/int_const.h>: INTn_C()/UINTn_C() constants with illumos's LP64 types. */
#ifndef _SCSA_SYS_INT_CONST_H
#define _SCSA_SYS_INT_CONST_H

#include <sys/types.h>

#undef INT8_C
#undef INT16_C
#undef INT32_C
#undef INT64_C
#undef UINT8_C
#undef UINT16_C
#undef UINT32_C
#undef UINT64_C
#undef INTMAX_C
#undef UINTMAX_C
#define	INT8_C(c)	(c)
#define	INT16_C(c)	(c)
#define	INT32_C(c)	(c)
#define	INT64_C(c)	(c ## L)
#define	UINT8_C(c)	(c)
#define	UINT16_C(c)	(c)
#define	UINT32_C(c)	(c ## U)
#define	UINT64_C(c)	(c ## UL)
#define	INTMAX_C(c)	(c ## L)
#define	UINTMAX_C(c)	(c ## UL)

#endif /* _SCSA_SYS_INT_CONST_H */
