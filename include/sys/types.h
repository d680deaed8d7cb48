/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/types.h> for Solaris-style drivers built against scsa-compat.
 *
 * Linux already defines caddr_t, daddr_t, dev_t, off_t, ssize_t, clock_t
 * and uintptr_t with compatible meanings; only the Solaris spellings Linux
 * lacks are added here.
 */
#ifndef _SCSA_SYS_TYPES_H
#define _SCSA_SYS_TYPES_H

#include <linux/types.h>
#include <linux/stddef.h>
/*
 * Linux headers that use Linux's mutex_init()/mutex_destroy() must be seen
 * before <sys/ksynch.h> replaces them: pull in the common ones here, first.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>
#include <linux/device.h>

typedef unsigned char		uchar_t;
typedef unsigned short		ushort_t;
typedef unsigned int		uint_t;
typedef unsigned long		ulong_t;
typedef long long		longlong_t;
typedef unsigned long long	u_longlong_t;
typedef void			*opaque_t;
typedef u64			diskaddr_t;
typedef s64			hrtime_t;
typedef unsigned int		minor_t;
typedef unsigned int		major_t;
typedef long long		offset_t;	/* file offsets (uio_loffset) */
typedef long			intptr_t;	/* ioctl(9E) argument */

typedef enum { B_FALSE = 0, B_TRUE = 1 } boolean_t;

#endif /* _SCSA_SYS_TYPES_H */
