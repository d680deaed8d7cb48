/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/isa_defs.h>: the instruction-set facts illumos code tests (x86-64). */
#ifndef _SCSA_SYS_ISA_DEFS_H
#define _SCSA_SYS_ISA_DEFS_H

#include <sys/types.h>

#ifndef _LITTLE_ENDIAN
#define	_LITTLE_ENDIAN
#endif
#define	_BIT_FIELDS_LTOH
#define	_LONG_LONG_LTOH
#define	_CHAR_ALIGNMENT		1
#define	_SHORT_ALIGNMENT	2
#define	_INT_ALIGNMENT		4
#define	_LONG_ALIGNMENT		8
#define	_LONG_LONG_ALIGNMENT	8
#define	_POINTER_ALIGNMENT	8
#define	_MAX_ALIGNMENT		16
#define	_SUNOS_VTOC_16
#define	_DMA_USES_PHYSADDR
#define	_FIRMWARE_NEEDS_FDISK
#define	_PSM_MODULES
#define	_RTC_CONFIG
#define	_DONT_USE_1275_GENERIC_NAMES
#define	_HAVE_CPUID_INSN
#if !defined(__amd64)
#define	__amd64	1
#endif
#if !defined(__x86)
#define	__x86	1
#endif

#endif /* _SCSA_SYS_ISA_DEFS_H */
